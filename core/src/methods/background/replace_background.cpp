// Abs-Grad-SAM background replacement (methods.md §4.6 algorithm): img2img from the reference; at each manipulation
// step k, before the model call, one extra conditional U-Net pass with gradients gives the subject map; after the
// sampler step, z ← m ⊙ z + (1 − m) ⊙ q(z_ref, ε_ref, t_next), with z_ref and ε_ref exactly the img2img start's
// clean latents and noise. All of it is a hook on the one denoise loop (pipelines::generate_one), so with no
// manipulation step the run *is* plain img2img, draw for draw.
#include <torch/torch.h>

#include <algorithm>
#include <set>

#include "clue/background.h"
#include "common/error.h"
#include "common/image_tensor.h"
#include "methods/background/attention_importance.h"
#include "methods/background/background_mask.h"
#include "models/sd_model.h"
#include "pipelines/generate.h"
#include "schedulers/scheduler.h"

namespace clue {

namespace {

/// Forwards progress and cancellation; `stop` ends the loop early (masks only) without it counting as a cancel.
class StopAfterMasks : public JobContext {
public:
    explicit StopAfterMasks(JobContext& parent) : parent_(parent) {}
    bool cancel_requested() const override { return stop || parent_.cancel_requested(); }
    void report(std::string_view stage, std::int64_t done, std::int64_t total) override { parent_.report(stage, done, total); }
    void preview(const Image& image, int step) override { parent_.preview(image, step); }
    bool stop = false;

private:
    JobContext& parent_;
};

std::vector<float> to_vector(const at::Tensor& t) {
    const at::Tensor c = t.to(torch::kCPU, torch::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

std::string join_steps(const std::vector<int>& v) {
    std::string s;
    for (int x : v) s += (s.empty() ? "" : " ") + std::to_string(x);
    return s;
}

}  // namespace

Result<BackgroundResult> replace_background(Model& model, const BackgroundOptions& o, JobContext& context) {
    if (auto s = validate(o); !s) return s.error();
    auto tokens = subject_token_positions(model, o.base.prompt, o.subject);
    if (!tokens) return tokens.error();
    return run_guarded([&]() -> Result<BackgroundResult> {
        auto& sd = models::sd_model_of(model);
        const GenerateOptions g = pipelines::resolve_options(sd, o.base);
        auto probe = sched::make_scheduler(g.sampler, sd.scheduler_config);
        probe->set_timesteps(g.steps);
        const int run_steps = static_cast<int>(probe->timesteps().size(0)) - pipelines::start_index_of(*probe, g);
        // PNDM's linear multistep update restarts from its stored sample (diffusers step_plms: counter 1 uses
        // cur_sample), so latents replaced after a step would be dropped by the next one.
        if (probe->config().class_name == "PNDMScheduler")
            fail(Errc::InvalidArgument, "the PNDM/PLMS sampler (the model's default when no sampler is chosen) cannot take "
                                        "replaced latents between its steps: choose ddim, euler, euler_a, lms or dpmpp_2m");
        for (int k : o.manipulation_steps)
            if (k >= run_steps)
                fail(Errc::InvalidArgument, "manipulation step " + std::to_string(k) + " is beyond this run's " +
                                                std::to_string(run_steps) + " steps (0…" + std::to_string(run_steps - 1) +
                                                "; img2img at strength " + std::to_string(g.strength) + ")");
        if (o.extend_to_step >= run_steps)
            fail(Errc::InvalidArgument, "extend-to step " + std::to_string(o.extend_to_step) + " is beyond this run's " +
                                            std::to_string(run_steps) + " steps");

        const int f = sd.info.vae_scale_factor;
        const int64_t h = g.height / f, w = g.width / f;
        const at::Tensor add = o.brush_add ? methods::brush_layer(*o.brush_add, h, w) : at::Tensor();
        const at::Tensor erase = o.brush_erase ? methods::brush_layer(*o.brush_erase, h, w) : at::Tensor();
        const std::set<int> ks(o.manipulation_steps.begin(), o.manipulation_steps.end());
        const int last_k = ks.empty() ? -1 : *ks.rbegin();

        BackgroundResult result;
        result.latent_width = static_cast<int>(w);
        result.latent_height = static_cast<int>(h);
        result.subject_tokens = *tokens;
        result.seed = g.seed;
        at::Tensor z_ref, eps_ref, mask;
        StopAfterMasks ctx(context);
        pipelines::GenerateExtras extras;
        extras.on_img2img_start = [&](const at::Tensor& init, const at::Tensor& noise) {
            z_ref = init;
            eps_ref = noise;
        };
        extras.hook = [&](pipelines::StepState& s) {
            const bool manipulate = ks.count(s.step) > 0;
            if (s.phase == pipelines::StepPhase::BeforeModel) {
                if (!manipulate || (o.reuse_first_mask && mask.defined())) return;
                const at::Tensor in = s.scheduler->scale_model_input(s.latents, s.index).to(sd.unet_dtype);
                const at::Tensor& style = s.conditioning.style;
                at::Tensor uncond;
                if (o.objective == GradientObjective::TextConditional) {
                    // ∅ = the unconditional branch as CFG runs it: the negative prompt when one is given
                    if (!s.conditioning.uncond.defined())  // CFG ≤ 1 runs no unconditional branch: encode "" here
                        s.conditioning.uncond = pipelines::encode_prompt(sd, "", g.clip_skip).to(sd.device);
                    uncond = s.conditioning.uncond.to(sd.unet_dtype);
                }
                auto layers = methods::capture_cross_attention(sd.unet, in, s.timestep,
                                                               s.conditioning.cond.to(sd.unet_dtype),
                                                               style.defined() ? style : at::Tensor(),
                                                               o.importance != ImportanceKind::AttentionOnly, uncond);
                const at::Tensor map = methods::importance_map(layers, *tokens, o.importance, h, w,
                                                               o.mask.skip_lowest_resolution);
                if (!map.isfinite().all().item<bool>() || map.max().item<float>() <= 0.f)
                    fail(Errc::InvalidArgument,
                         "the importance map of step " + std::to_string(s.step) + " is " +
                             (map.isfinite().all().item<bool>() ? "flat" : "not finite (fp16 overflow? use --device cpu or fp32)") +
                             ": no position of the latent stands out for \"" + o.subject + "\"");
                mask = methods::build_mask(map, o.mask, add, erase);
                result.maps.push_back({s.step, to_vector(map), to_vector(mask)});
                return;
            }
            // Blended-LD variant: every step from the first mask up to extend_to_step (gaps between K included)
            const bool extended = o.extend_to_step >= 0 && s.step <= o.extend_to_step;
            if (mask.defined() && (manipulate || extended)) {
                // the latents now belong to the next timestep; after the last one the reference itself (t = 0)
                const int next = s.index + 1;
                const at::Tensor ref = next < s.scheduler->timesteps().size(0)
                                           ? s.scheduler->add_noise(z_ref, eps_ref, next)
                                           : z_ref;
                const at::Tensor m = mask.to(s.latents.device()).reshape({1, 1, h, w});
                s.latents = m * s.latents + (1 - m) * ref;
            }
            if (o.masks_only && s.step == last_k) ctx.stop = true;
        };

        const double units = o.run_baseline && !o.masks_only ? 20.0 : 10.0;
        auto progress_of = [&](const char* stage, double offset) {
            return [&context, stage, offset, units](const char*, double done) {
                context.report(stage, static_cast<int64_t>(1000 * (offset + done) / units), 1000);
            };
        };
        pipelines::ImageJob job{g, g.seed, 0};
        auto out = pipelines::generate_one(sd, job, ctx, progress_of("background", 0), extras);
        if (out.cancelled && (!ctx.stop || context.cancel_requested())) {
            result.state = JobState::Cancelled;
            return result;
        }
        torch::NoGradGuard no_grad;
        const double sf = sd.vae->options().scaling_factor;
        result.reference = tensor_to_image(image_to_tensor(*g.init_image, g.width, g.height));
        if (z_ref.defined())
            result.reconstruction = tensor_to_image(sd.vae->decode((z_ref / sf).to(sd.vae_dtype)).to(torch::kFloat).cpu());
        if (o.masks_only) return result;
        result.image = tensor_to_image(out.image.cpu());
        result.infotext = pipelines::make_infotext(sd, g, g.seed) + ", Background: " + importance_kind_name(o.importance) +
                          ", Subject: \"" + o.subject + "\", Replace steps: \"" + join_steps(o.manipulation_steps) + "\"";
        if (o.run_baseline) {
            pipelines::ImageJob plain = job;
            plain.options.preview_every = 0;  // the live preview shows the replacement only
            auto base = pipelines::generate_one(sd, plain, context, progress_of("baseline", 10));
            if (base.cancelled) {
                result.state = JobState::Cancelled;
                return result;
            }
            result.baseline = tensor_to_image(base.image.cpu());
        }
        return result;
    });
}

}  // namespace clue
