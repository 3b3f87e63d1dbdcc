#pragma once
// THE denoise loop (architecture rule 4): one explicit loop with a per-step hook. Prompt swap, Grad-SAM background
// replacement, style conditioning, previews and cancellation are hooks or conditioning inputs — never copies of it.
// ref: diffusers v0.27.2 pipelines/stable_diffusion/pipeline_stable_diffusion.py __call__ (denoising loop),
//      `callback_on_step_end` (may return new latents / prompt_embeds).
#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>

#include <functional>

#include "clue/job.h"
#include "models/unet/unet.h"
#include "schedulers/scheduler.h"

namespace clue::pipelines {

/// Conditioning for classifier-free guidance; `uncond` is unused when guidance_scale <= 1.
struct Conditioning {
    at::Tensor cond;    ///< [B, 77, D]
    at::Tensor uncond;  ///< [B, 77, D] (negative prompt or "")
    /// CLUE: style vector s [B, style_dim] used in both guidance branches (methods.md §2.6); undefined = no style path.
    at::Tensor style;
    /// w_s: adds w_s·(ε(c, s) − ε(c, 0)) with one extra U-Net pass per step (methods.md §2.6 step 5).
    double style_guidance = 0.0;
};

enum class StepPhase { BeforeModel = 1, AfterStep };

/// What a hook sees and may change. One "step" = one scheduler step (one iteration over timesteps()), however many
/// model calls a sampler makes per step.
struct StepState {
    StepPhase phase;
    int step;            ///< 0-based count of steps done in this run (0 … total-1)
    int total;           ///< steps this run will make (img2img: fewer than the scheduler's timesteps)
    int index;           ///< absolute index into scheduler.timesteps()
    at::Tensor timestep;
    at::Tensor& latents;        ///< AfterStep: the new latents (may be replaced)
    Conditioning& conditioning; ///< BeforeModel: may be replaced (prompt swap)
    at::Tensor pred_original;   ///< AfterStep: x0 estimate where the sampler has one
    at::Tensor model_output;    ///< AfterStep: guided model output
    /// The run's scheduler (scale_model_input / add_noise at `index` for hooks that call the U-Net themselves or
    /// noise a reference, e.g. Abs-Grad-SAM). Hooks must not call step() on it: multistep samplers keep state.
    sched::Scheduler* scheduler = nullptr;
    double guidance_scale = 1.0;
};

using StepHook = std::function<void(StepState&)>;

struct DenoiseParams {
    sched::Scheduler* scheduler = nullptr;  ///< set_timesteps already called
    int start_index = 0;                     ///< img2img: t_start * order
    double guidance_scale = 7.5;
    at::Generator* generator = nullptr;      ///< CPU generator for sampler noise
    at::ScalarType unet_dtype = at::kFloat;
};

/// Runs the loop. Returns the final latents, or an undefined tensor when cancelled (checked before every step).
/// Progress: calls `on_step(done)` after each step (the caller maps it to weighted progress).
at::Tensor denoise(models::UNet& unet, at::Tensor latents, Conditioning conditioning, const DenoiseParams& params,
                   JobContext& context, const StepHook& hook = {}, const std::function<void(int)>& on_step = {});

/// Chains hooks in order.
StepHook chain_hooks(std::vector<StepHook> hooks);

}  // namespace clue::pipelines
