#pragma once
// Option structs shared by the GUI and the CLI (architecture.md §4.5): defaults here, JSON round-trip in core.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "clue/image.h"
#include "clue/result.h"

namespace clue {

enum class PreviewMode { Approximate = 1, FullDecode };

struct GenerateOptions {
    std::string prompt;
    std::string negative_prompt;
    /// Sampler name: ddim, pndm, lms, euler, euler_a, dpmpp_2m, dpmpp_2m_karras, or an A1111 display name
    /// ("Euler a", "DPM++ 2M Karras"). Empty = the model's own scheduler config (what diffusers uses).
    std::string sampler;
    int steps = 20;
    double cfg = 7.5;
    std::int64_t seed = -1;  ///< -1 = random; batch item i uses seed + i
    int width = 0;           ///< 0 = the model's native size
    int height = 0;
    int batch = 1;
    std::optional<Image> init_image;  ///< img2img when set
    double strength = 0.75;           ///< img2img denoising strength in (0, 1]
    double eta = 0.0;                 ///< DDIM eta
    int clip_skip = 1;                ///< A1111 "Clip skip": 1 = last layer, 2 = penultimate
    int preview_every = 0;            ///< 0 = no previews
    PreviewMode preview_mode = PreviewMode::Approximate;
    /// CLUE models: the style vector s (ModelInfo::style_dim numbers); empty = s = 0, the prior mean. Ignored
    /// (with an error) for models without a style path.
    std::vector<float> style;
    double style_scale = 1.0;     ///< λ_s: multiplies the style attention output (1 = as trained)
    double style_guidance = 0.0;  ///< w_s: + w_s·(v(c, s) − v(c, 0)), one extra U-Net pass per step when ≠ 0
};

/// Checks ranges before any heavy work; the message names every offending value ("steps must be between 1 and
/// 1000, got 0"; several joined by "; "). Errc::InvalidArgument.
Status validate(const GenerateOptions& options);

/// Recipe JSON (the `clue` PNG chunk's "recipe" object): every field but init_image, keys named as the members,
/// preview_mode as "approximate" / "full_decode". Invalid UTF-8 in prompts becomes U+FFFD.
std::string to_json(const GenerateOptions& options);
/// Missing keys keep the defaults, unknown keys are ignored; a value of the wrong type or out of range is
/// Errc::InvalidArgument naming the key; text that is not JSON is Errc::BadFormat. Does not call validate().
Result<GenerateOptions> generate_options_from_json(const std::string& json);

}  // namespace clue
