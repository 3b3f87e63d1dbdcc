// Euler (Karras et al. 2022, Algorithm 2) with s_churn = 0, as diffusers' pipelines call it.
// diffusers draws `randn_tensor(model_output.shape, generator=…)` on every step even when s_churn = 0 and the noise
// is unused; that draw is kept because it advances the pipeline's generator.
// The sigma table, timestep spacing, init_noise_sigma, scale_model_input and add_noise live in sigma_schedule.cpp.
// ref: diffusers v0.27.2 src/diffusers/schedulers/scheduling_euler_discrete.py — EulerDiscreteScheduler.__init__,
//      set_timesteps (interpolation_type, use_karras_sigmas, timestep_type), _sigma_to_t, _convert_to_karras, step.
#include <torch/torch.h>

#include <utility>
#include <vector>

#include "common/error.h"
#include "schedulers/scheduler.h"
#include "schedulers/scheduler_common.h"
#include "schedulers/sigma_schedule.h"

namespace clue::sched {
namespace {

class EulerDiscreteScheduler final : public detail::SigmaScheduler {
public:
    explicit EulerDiscreteScheduler(const SchedulerConfig& config) : SigmaScheduler(config, kEuler) {
        if (cfg_.prediction_type != "epsilon" && cfg_.prediction_type != "sample" &&
            cfg_.prediction_type != "original_sample" && cfg_.prediction_type != "v_prediction")
            detail::bad_config(kEuler, "prediction_type", cfg_.prediction_type);
        if (cfg_.interpolation_type != "linear" && cfg_.interpolation_type != "log_linear")
            detail::bad_config(kEuler, "interpolation_type", cfg_.interpolation_type);
        init_alphas_cumprod(/*zero_snr_fix=*/true);
    }

    void set_timesteps(int n) override {
        std::vector<double> ts = spaced_timesteps(n);
        const std::vector<double> full = train_sigmas();
        const std::vector<float> log_sigmas = detail::log_f32(full);
        std::vector<double> sig;
        if (cfg_.interpolation_type == "linear") {
            sig = detail::np_interp_index(ts, full);
        } else {  // log_linear: torch.linspace(log(sigmas[-1]), log(sigmas[0]), n + 1).exp()
            sig = detail::to_doubles(at::linspace(static_cast<double>(log_sigmas.back()),
                                                  static_cast<double>(log_sigmas.front()), n + 1,
                                                  at::TensorOptions().dtype(at::kFloat))
                                         .exp());
        }
        if (cfg_.use_karras_sigmas) {
            const double smin = cfg_.sigma_min ? *cfg_.sigma_min : sig.back();
            const double smax = cfg_.sigma_max ? *cfg_.sigma_max : sig.front();
            sig = detail::karras_sigmas(smin, smax, n);
            ts.clear();
            for (double s : sig) ts.push_back(detail::sigma_to_t(s, log_sigmas));
        }
        at::Tensor timesteps;
        if (cfg_.timestep_type == "continuous" && cfg_.prediction_type == "v_prediction") {
            // torch.Tensor([0.25 * sigma.log() for sigma in sigmas]): element by element (scalar log, not SIMD)
            const at::Tensor sigmas = detail::tensor_f32(sig);
            timesteps = at::empty_like(sigmas);
            for (std::int64_t i = 0; i < sigmas.numel(); ++i) timesteps[i] = at::log(sigmas[i]) * 0.25;
        } else {
            timesteps = detail::tensor_f32(ts);
        }
        set_tables(std::move(sig), std::move(timesteps));
    }

    at::Tensor step_with(const at::Tensor& model_output, int step_index, const at::Tensor& sample0,
                         const NoiseSource& noise_source) override {
        check_step(step_index);
        const at::Tensor sample = sample0.to(at::kFloat);
        const at::Tensor sigma = sigmas_[step_index];
        // s_churn = 0 -> gamma = 0.0; the noise is drawn anyway (and unused), as in diffusers
        const double gamma = 0.0;
        (void)noise_source.draw(model_output.sizes(), model_output.scalar_type(), model_output.device());
        const at::Tensor sigma_hat = sigma * (gamma + 1);

        at::Tensor pred_original_sample;
        if (cfg_.prediction_type == "original_sample" || cfg_.prediction_type == "sample") {
            pred_original_sample = model_output;
        } else if (cfg_.prediction_type == "epsilon") {
            pred_original_sample = sample - sigma_hat * model_output;
        } else {  // v_prediction
            pred_original_sample = x0_from_v(model_output, sample, sigma);
        }
        const at::Tensor derivative = (sample - pred_original_sample) / sigma_hat;
        const at::Tensor dt = sigmas_[step_index + 1] - sigma_hat;
        const at::Tensor prev_sample = sample + derivative * dt;
        last_x0_ = pred_original_sample;
        return prev_sample.to(model_output.scalar_type());
    }
};

}  // namespace

std::unique_ptr<Scheduler> make_euler_scheduler(const SchedulerConfig& config) {
    return std::make_unique<EulerDiscreteScheduler>(config);
}

}  // namespace clue::sched
