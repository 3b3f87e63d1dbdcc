#include "pipelines/denoise_loop.h"

#include <torch/torch.h>

namespace clue::pipelines {

at::Tensor denoise(models::UNet& unet, at::Tensor latents, Conditioning conditioning, const DenoiseParams& p,
                   JobContext& context, const StepHook& hook, const std::function<void(int)>& on_step) {
    auto& sched = *p.scheduler;
    const at::Tensor timesteps = sched.timesteps();
    const int n = static_cast<int>(timesteps.size(0));
    const int total = n - p.start_index;
    const bool cfg = p.guidance_scale > 1.0;  // diffusers: do_classifier_free_guidance = guidance_scale > 1
    for (int step = 0; step < total; ++step) {
        if (context.cancel_requested()) return {};
        const int index = p.start_index + step;
        const at::Tensor t = timesteps[index];
        at::Tensor none;
        if (hook) {
            StepState s{StepPhase::BeforeModel, step, total, index, t, latents, conditioning, {}, {}, &sched,
                        p.guidance_scale};
            hook(s);
        }
        // ref: pipeline_stable_diffusion.py: latent_model_input = cat([latents] * 2); scale_model_input; unet; guidance
        at::Tensor model_in = cfg ? at::cat({latents, latents}) : latents;
        model_in = sched.scale_model_input(model_in, index);
        at::Tensor context_emb = cfg ? at::cat({conditioning.uncond, conditioning.cond}) : conditioning.cond;
        const at::Tensor& s = conditioning.style;
        at::Tensor style_in = s.defined() && cfg ? at::cat({s, s}) : s;
        at::Tensor out = unet->forward(model_in.to(p.unet_dtype), t, context_emb.to(p.unet_dtype), style_in)
                             .to(latents.scalar_type());
        at::Tensor cond_out = out;
        if (cfg) {
            auto parts = out.chunk(2);
            cond_out = parts[1];
            out = parts[0] + p.guidance_scale * (parts[1] - parts[0]);
        }
        if (s.defined() && conditioning.style_guidance != 0.0) {
            // Style guidance: the conditional branch once more with s = 0 (the prior mean).
            const at::Tensor plain = unet->forward(sched.scale_model_input(latents, index).to(p.unet_dtype), t,
                                                   conditioning.cond.to(p.unet_dtype), at::zeros_like(s))
                                         .to(latents.scalar_type());
            out = out + conditioning.style_guidance * (cond_out - plain);
        }
        latents = sched.step(out, index, latents, p.generator);
        if (hook) {
            StepState s{StepPhase::AfterStep, step, total, index, t, latents, conditioning,
                        sched.last_pred_original_sample(), out, &sched, p.guidance_scale};
            hook(s);
        }
        if (on_step) on_step(step + 1);
    }
    return latents;
}

StepHook chain_hooks(std::vector<StepHook> hooks) {
    return [hooks = std::move(hooks)](StepState& s) {
        for (const auto& h : hooks)
            if (h) h(s);
    };
}

}  // namespace clue::pipelines
