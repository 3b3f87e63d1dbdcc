#pragma once
// Abs-Grad-SAM background replacement (issue #5, methods.md §4): img2img from a reference image in which, at chosen
// steps, the latents the subject word does not drive are replaced by the reference latent noised to the current
// timestep. The subject mask comes from cross-attention × |∂(denoised latent)/∂attention|. Everything runs as hooks on
// the one denoise loop. No torch, no Qt.
#include <cstdint>
#include <string>
#include <vector>

#include "clue/engine.h"
#include "clue/image.h"
#include "clue/job.h"
#include "clue/options.h"
#include "clue/result.h"

namespace clue {

/// What scores a latent position (methods.md §4.4, §4.9 ablations).
enum class ImportanceKind {
    AbsGradSam,     ///< attention × |gradient| (the method)
    AttentionOnly,  ///< attention alone (|gradient| ≡ 1): the key ablation
    ReluGradSam,    ///< attention × ReLU(gradient): the original Grad-SAM's sign rule
};
const char* importance_kind_name(ImportanceKind kind);
/// "abs-grad-sam", "attention", "relu-grad-sam" (the CLI's names); nullopt otherwise.
std::optional<ImportanceKind> parse_importance_kind(const std::string& name);

/// The scalar whose gradient explains the attention (methods.md §4.4 [P]).
enum class GradientObjective {
    Sum,              ///< L = Σ ẑ_{t−1}: the "gradients for the denoised latent" as stated
    TextConditional,  ///< L = Σ|ẑ_{t−1} − ẑ_{t−1}^(∅)|: only what the prompt changes (one extra unconditional pass)
};

/// Mask construction (methods.md §4.5; every parameter exposed, defaults [P] there). Mask convention:
/// 1 = subject (keep the generated latent), 0 = background (take the reference).
struct MaskOptions {
    int blur_kernel = 5;          ///< odd, ≥ 1 (1 = no blur)
    double blur_sigma = 1.0;      ///< > 0
    double threshold_std = 0.5;   ///< τ = mean + k·std of the normalised map
    double top_fraction = 0.0;    ///< > 0: keep this share of positions instead (0 < p < 1)
    int dilate_kernel = 3;        ///< odd, ≥ 1
    int dilate_iterations = 2;    ///< ≥ 0
    double feather_sigma = 0.0;   ///< > 0: soft edges (blurred binary mask), in latent pixels
    bool skip_lowest_resolution = false;  ///< drop the coarsest attention maps (prompt-to-prompt practice)
};

struct BackgroundOptions {
    /// prompt, sampler, steps, CFG, seed, strength and the reference as init_image (required). batch must be 1.
    GenerateOptions base;
    std::string subject;                    ///< subject word(s) of the prompt, e.g. "dog" or "fluid level"
    std::vector<int> manipulation_steps = {2, 3, 4};  ///< 0-based steps of this run (img2img: after the skipped ones)
    ImportanceKind importance = ImportanceKind::AbsGradSam;
    GradientObjective objective = GradientObjective::Sum;
    MaskOptions mask;
    bool reuse_first_mask = false;  ///< compute the mask once at the first manipulation step, re-apply it later
    int extend_to_step = -1;        ///< ≥ 0: apply the latest mask at every step from the first one up to this (Blended-LD)
    /// painted (any channel > 127) = subject, added after dilation; any size (area-resized to the latent, so strokes
    /// narrower than half a latent cell vanish)
    std::optional<Image> brush_add;
    std::optional<Image> brush_erase;  ///< painted = background, erased after the add
    bool masks_only = false;   ///< stop after the last manipulation step ("compute mask"): maps only, no image
    bool run_baseline = true;  ///< also run plain img2img at the same strength and seed (the comparison)
};

BackgroundOptions default_background_options();
/// Validates before any heavy work, naming the offending value.
Status validate(const BackgroundOptions& options);

/// Maps at one manipulation step, at latent resolution (row-major latent_height × latent_width).
struct BackgroundStepMaps {
    int step = 0;
    std::vector<float> importance;  ///< normalised 0…1 (before smoothing)
    std::vector<float> mask;        ///< applied mask, 0…1 (after threshold, dilation, brush, feather)
};

struct BackgroundResult {
    JobState state = JobState::Succeeded;  ///< Cancelled: nothing but what was done
    Image image;                           ///< with background replacement (empty when masks_only)
    Image baseline;                        ///< plain img2img, same strength and seed (empty when not run)
    Image reconstruction;                  ///< VAE decode of the reference latent z_ref (the replacement's limit)
    Image reference;                       ///< the reference as the VAE saw it (resized to the output size)
    int latent_width = 0, latent_height = 0;
    std::vector<BackgroundStepMaps> maps;  ///< one per manipulation step reached
    std::vector<int> subject_tokens;       ///< token positions (BOS = 0) used
    std::string infotext;                  ///< A1111 parameters of the image, plus the replacement settings
    std::int64_t seed = 0;                 ///< the seed used (resolved when the options had −1)
};

/// Runs replacement (progress: "background" then "baseline"). Cancel → state Cancelled, not an error.
Result<BackgroundResult> replace_background(Model& model, const BackgroundOptions& options, JobContext& context);

/// Token positions of `subject` in `prompt` as the text encoder sees them (BOS at 0); every sub-token of a multi-token
/// word; every occurrence. InvalidArgument naming the word and the prompt's words when it is absent.
Result<std::vector<int>> subject_token_positions(Model& model, const std::string& prompt,
                                                 const std::string& subject);
/// The words of a prompt a user can pick as the subject (letters/digits runs, in order, unique).
std::vector<std::string> prompt_words(const std::string& prompt);

/// `mask` (row-major mh × mw, 0…1) resized onto `image`: subject tinted, background dimmed (for review and export).
Image mask_overlay(const Image& image, const std::vector<float>& mask, int mask_width, int mask_height);
/// A map (0…1) as a colour heat image of the given size (bilinear, "inferno"-like ramp).
Image heat_image(const std::vector<float>& map, int map_width, int map_height, int width, int height);
/// A mask as an 8-bit grey image of the given size (255 = subject).
Image mask_image(const std::vector<float>& mask, int mask_width, int mask_height, int width, int height);

}  // namespace clue
