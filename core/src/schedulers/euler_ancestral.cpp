// Euler ancestral ("Euler a"): an Euler step down to sigma_down, then fresh noise scaled by sigma_up.
// ref: diffusers v0.27.2 src/diffusers/schedulers/scheduling_euler_ancestral_discrete.py —
//      EulerAncestralDiscreteScheduler.__init__, init_noise_sigma, scale_model_input, set_timesteps, step, add_noise.
#include <torch/torch.h>

#include <cmath>

#include "common/error.h"
#include "schedulers/scheduler.h"
#include "schedulers/scheduler_common.h"

namespace clue::sched {
namespace {

class EulerAncestralDiscreteScheduler final : public Scheduler {
public:
    explicit EulerAncestralDiscreteScheduler(const SchedulerConfig& config) : cfg_(config) {
        if (cfg_.prediction_type != "epsilon" && cfg_.prediction_type != "v_prediction")
            detail::bad_config(kEulerA, "prediction_type",
                               cfg_.prediction_type);  // diffusers: "sample" not implemented
        alphas_cumprod_ = make_alphas_cumprod(cfg_);
        if (cfg_.rescale_betas_zero_snr) alphas_cumprod_[-1] = std::ldexp(1.0, -24);
    }

    void set_timesteps(int n) override {
        const int T = cfg_.num_train_timesteps;
        detail::check_num_steps(n, T, kEulerA);
        std::vector<double> ts;  // float32 values
        if (cfg_.timestep_spacing == "linspace") {
            const auto v = detail::round_to_f32(detail::np_linspace(0, T - 1, n));
            ts.assign(v.rbegin(), v.rend());
        } else if (cfg_.timestep_spacing == "leading") {
            const std::int64_t ratio = T / n;
            for (int i = n - 1; i >= 0; --i)
                ts.push_back(
                    static_cast<double>(static_cast<float>(i * ratio) + static_cast<float>(cfg_.steps_offset)));
        } else if (cfg_.timestep_spacing == "trailing") {
            for (double v : detail::np_arange(T, 0, -static_cast<double>(T) / n))
                ts.push_back(static_cast<double>(static_cast<float>(detail::np_round(v)) - 1.0f));
        } else {
            detail::bad_config(kEulerA, "timestep_spacing", cfg_.timestep_spacing);
        }
        const std::vector<double> full = detail::to_doubles(detail::sigmas_of(alphas_cumprod_));
        std::vector<double> sig = detail::np_interp_index(ts, full);
        sig.push_back(0.0);
        sigmas_ = detail::tensor_f32(sig);
        timesteps_ = detail::tensor_f32(ts);
        last_x0_ = at::Tensor();
    }

    const at::Tensor& timesteps() const override { return timesteps_; }
    at::Tensor sigmas() const override { return sigmas_; }
    const SchedulerConfig& config() const override { return cfg_; }
    at::Tensor last_pred_original_sample() const override { return last_x0_; }

    double init_noise_sigma() const override {
        const at::Tensor max_sigma = sigmas_.max();
        if (cfg_.timestep_spacing == "linspace" || cfg_.timestep_spacing == "trailing") return max_sigma.item<double>();
        return at::pow(at::pow(max_sigma, 2) + 1, 0.5).item<double>();
    }

    at::Tensor scale_model_input(const at::Tensor& sample, int step_index) override {
        detail::check_step_index(step_index, timesteps_.numel(), kEulerA);
        const at::Tensor sigma = sigmas_[step_index];
        return sample / at::pow(at::pow(sigma, 2) + 1, 0.5);
    }

    at::Tensor step_with(const at::Tensor& model_output, int step_index, const at::Tensor& sample0,
                         const NoiseSource& noise_source) override {
        detail::check_step_index(step_index, timesteps_.numel(), kEulerA);
        const at::Tensor sigma = sigmas_[step_index];
        const at::Tensor sample = sample0.to(at::kFloat);
        at::Tensor pred_original_sample;
        if (cfg_.prediction_type == "epsilon") {
            pred_original_sample = sample - sigma * model_output;
        } else {  // v_prediction
            pred_original_sample =
                model_output * (-sigma / at::pow(at::pow(sigma, 2) + 1, 0.5)) + (sample / (at::pow(sigma, 2) + 1));
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

    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, int step_index) const override {
        detail::check_step_index(step_index, timesteps_.numel(), kEulerA);
        const at::Tensor sigmas = sigmas_.to(original.device(), original.scalar_type());
        const at::Tensor sigma = detail::unsqueeze_to(sigmas.slice(0, step_index, step_index + 1), original);
        return original + noise * sigma;
    }

private:
    SchedulerConfig cfg_;
    at::Tensor alphas_cumprod_;
    at::Tensor sigmas_;
    at::Tensor timesteps_ = at::empty({0}, at::kFloat);
    at::Tensor last_x0_;
};

}  // namespace

std::unique_ptr<Scheduler> make_euler_ancestral_scheduler(const SchedulerConfig& config) {
    return std::make_unique<EulerAncestralDiscreteScheduler>(config);
}

}  // namespace clue::sched
