#pragma once
// txt2img / img2img over the one denoise loop. ref: diffusers v0.27.2 pipeline_stable_diffusion.py and
// pipeline_stable_diffusion_img2img.py (prepare_latents, get_timesteps, RNG order).
#include <ATen/core/Tensor.h>

#include <string>
#include <vector>

#include "clue/engine.h"
#include "models/sd_model.h"
#include "pipelines/denoise_loop.h"

namespace clue::pipelines {

/// Prompt -> [1, 77, D] embedding (tokenize, pad to 77, text encoder; clip_skip as A1111: 1 = last layer).
at::Tensor encode_prompt(models::SDModel& model, const std::string& prompt, int clip_skip);

/// Everything one image needs, after validation and defaults.
struct ImageJob {
    GenerateOptions options;  ///< sampler canonical, width/height resolved, seed resolved
    std::int64_t seed = 0;
    int index = 0;            ///< position in the batch
};

/// Extra per-step behaviour (prompt swap, Grad-SAM, …) added by callers of the engine; empty for plain generation.
struct GenerateExtras {
    StepHook hook;
    /// img2img: called once before the loop with the clean init latents z_0 (posterior sample × scaling factor) and
    /// the noise ε that noised them — Abs-Grad-SAM re-noises the reference with this same ε (methods.md §4.6).
    std::function<void(const at::Tensor& init_latents, const at::Tensor& noise)> on_img2img_start;
};

struct ImageOutput {
    bool cancelled = false;
    at::Tensor latents;  ///< final latents [1,4,h,w] (before division by the scaling factor)
    at::Tensor image;    ///< decoded [1,3,H,W] in about [-1,1]
};

/// The first scheduler index a run starts at (img2img: skips by strength; txt2img: 0); `sched` has its timesteps set.
/// Throws InvalidArgument when the strength leaves no step.
int start_index_of(const sched::Scheduler& sched, const GenerateOptions& options);

/// Generates one image. Progress: encode 1, denoise 8, decode 1 (weights), reported through `progress(done, total)`.
ImageOutput generate_one(models::SDModel& model, const ImageJob& job, JobContext& context,
                         const std::function<void(const char*, double)>& progress, const GenerateExtras& extras = {});

/// Resolves defaults (size, sampler, seed) and checks them against the model (options already passed validate());
/// throws CoreError(InvalidArgument).
GenerateOptions resolve_options(const models::SDModel& model, const GenerateOptions& options);

/// The A1111 infotext and our JSON provenance for one image.
std::string make_infotext(const models::SDModel& model, const GenerateOptions& o, std::int64_t seed);
std::string make_clue_json(const models::SDModel& model, const GenerateOptions& o, std::int64_t seed, int index);

}  // namespace clue::pipelines
