// Euler (Karras et al. 2022, Algorithm 2) with s_churn = 0, as diffusers' pipelines call it.
// diffusers draws `randn_tensor(model_output.shape, generator=…)` on every step even when s_churn = 0 and the noise
// is unused; that draw is kept because it advances the pipeline's generator.
// ref: diffusers v0.27.2 src/diffusers/schedulers/scheduling_euler_discrete.py — EulerDiscreteScheduler.__init__,
//      init_noise_sigma, scale_model_input, set_timesteps, _sigma_to_t, _convert_to_karras, step, add_noise.
#include <torch/torch.h>

#include <cmath>

#include "common/error.h"
#include "schedulers/scheduler.h"
#include "schedulers/scheduler_common.h"

namespace clue::sched {
namespace {

class EulerDiscreteScheduler final : public Scheduler {
public:
    explicit EulerDiscreteScheduler(const SchedulerConfig& config) : cfg_(config) {
        if (cfg_.prediction_type != "epsilon" && cfg_.prediction_type != "sample" &&
            cfg_.prediction_type != "original_sample" && cfg_.prediction_type != "v_prediction")
            detail::bad_config(kEuler, "prediction_type", cfg_.prediction_type);
        if (cfg_.interpolation_type != "linear" && cfg_.interpolation_type != "log_linear")
            detail::bad_config(kEuler, "interpolation_type", cfg_.interpolation_type);
        alphas_cumprod_ = make_alphas_cumprod(cfg_);
        if (cfg_.rescale_betas_zero_snr) alphas_cumprod_[-1] = std::ldexp(1.0, -24);
    }

    void set_timesteps(int n) override {
        const int T = cfg_.num_train_timesteps;
        detail::check_num_steps(n, T, kEuler);
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
            detail::bad_config(kEuler, "timestep_spacing", cfg_.timestep_spacing);
        }
        const std::vector<double> full = detail::to_doubles(detail::sigmas_of(alphas_cumprod_));
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
        const at::Tensor sigmas = detail::tensor_f32(sig);
        if (cfg_.timestep_type == "continuous" && cfg_.prediction_type == "v_prediction") {
            // torch.Tensor([0.25 * sigma.log() for sigma in sigmas]): element by element (scalar log, not SIMD)
            timesteps_ = at::empty_like(sigmas);
            for (std::int64_t i = 0; i < sigmas.numel(); ++i) timesteps_[i] = at::log(sigmas[i]) * 0.25;
        } else {
            timesteps_ = detail::tensor_f32(ts);
        }
        sigmas_ = at::cat({sigmas, at::zeros({1}, at::kFloat)});
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
        detail::check_step_index(step_index, timesteps_.numel(), kEuler);
        const at::Tensor sigma = sigmas_[step_index];
        return sample / at::pow(at::pow(sigma, 2) + 1, 0.5);
    }

    at::Tensor step_with(const at::Tensor& model_output, int step_index, const at::Tensor& sample0,
                         const NoiseSource& noise_source) override {
        detail::check_step_index(step_index, timesteps_.numel(), kEuler);
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
            pred_original_sample =
                model_output * (-sigma / at::pow(at::pow(sigma, 2) + 1, 0.5)) + (sample / (at::pow(sigma, 2) + 1));
        }
        const at::Tensor derivative = (sample - pred_original_sample) / sigma_hat;
        const at::Tensor dt = sigmas_[step_index + 1] - sigma_hat;
        const at::Tensor prev_sample = sample + derivative * dt;
        last_x0_ = pred_original_sample;
        return prev_sample.to(model_output.scalar_type());
    }

    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, int step_index) const override {
        detail::check_step_index(step_index, timesteps_.numel(), kEuler);
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

std::unique_ptr<Scheduler> make_euler_scheduler(const SchedulerConfig& config) {
    return std::make_unique<EulerDiscreteScheduler>(config);
}

}  // namespace clue::sched
