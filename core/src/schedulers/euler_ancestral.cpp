// Euler ancestral ("Euler a"): an Euler step down to sigma_down, then fresh noise scaled by sigma_up.
// The sigma table, timestep spacing, init_noise_sigma, scale_model_input and add_noise live in sigma_schedule.cpp.
// ref: diffusers v0.27.2 src/diffusers/schedulers/scheduling_euler_ancestral_discrete.py —
//      EulerAncestralDiscreteScheduler.__init__, set_timesteps, step.
#include <torch/torch.h>

#include <utility>
#include <vector>

#include "common/error.h"
#include "schedulers/scheduler.h"
#include "schedulers/scheduler_common.h"
#include "schedulers/sigma_schedule.h"

namespace clue::sched {
namespace {

class EulerAncestralDiscreteScheduler final : public detail::SigmaScheduler {
public:
    explicit EulerAncestralDiscreteScheduler(const SchedulerConfig& config) : SigmaScheduler(config, kEulerA) {
        if (cfg_.prediction_type != "epsilon" && cfg_.prediction_type != "v_prediction")
            detail::bad_config(kEulerA, "prediction_type",
                               cfg_.prediction_type);  // diffusers: "sample" not implemented
        init_alphas_cumprod(/*zero_snr_fix=*/true);
    }

    void set_timesteps(int n) override {
        std::vector<double> ts = spaced_timesteps(n);
        std::vector<double> sig = detail::np_interp_index(ts, train_sigmas());
        set_tables(std::move(sig), detail::tensor_f32(ts));
    }

    at::Tensor step_with(const at::Tensor& model_output, int step_index, const at::Tensor& sample0,
                         const NoiseSource& noise_source) override {
        check_step(step_index);
        const at::Tensor sigma = sigmas_[step_index];
        const at::Tensor sample = sample0.to(at::kFloat);
        at::Tensor pred_original_sample;
        if (cfg_.prediction_type == "epsilon") {
            pred_original_sample = sample - sigma * model_output;
        } else {  // v_prediction
            pred_original_sample = x0_from_v(model_output, sample, sigma);
        }
        const at::Tensor sigma_from = sigmas_[step_index];
        const at::Tensor sigma_to = sigmas_[step_index + 1];
        const at::Tensor sigma_up = at::pow(
            at::pow(sigma_to, 2) * (at::pow(sigma_from, 2) - at::pow(sigma_to, 2)) / at::pow(sigma_from, 2), 0.5);
        const at::Tensor sigma_down = at::pow(at::pow(sigma_to, 2) - at::pow(sigma_up, 2), 0.5);

        const at::Tensor derivative = (sample - pred_original_sample) / sigma;
        const at::Tensor dt = sigma_down - sigma;
        at::Tensor prev_sample = sample + derivative * dt;
        const at::Tensor noise =
            noise_source.draw(model_output.sizes(), model_output.scalar_type(), model_output.device());
        prev_sample = prev_sample + noise * sigma_up;
        last_x0_ = pred_original_sample;
        return prev_sample.to(model_output.scalar_type());
    }
};

}  // namespace

std::unique_ptr<Scheduler> make_euler_ancestral_scheduler(const SchedulerConfig& config) {
    return std::make_unique<EulerAncestralDiscreteScheduler>(config);
}

}  // namespace clue::sched
