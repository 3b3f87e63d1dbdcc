// LMS: linear multistep (order 4) on the Karras sigma ODE, coefficients integrated numerically.
// ref: diffusers v0.27.2 src/diffusers/schedulers/scheduling_lms_discrete.py — LMSDiscreteScheduler.__init__,
//      init_noise_sigma, scale_model_input, get_lms_coefficient, set_timesteps, _sigma_to_t, _convert_to_karras,
//      step, add_noise.
#include <torch/torch.h>

#include <deque>

#include "common/error.h"
#include "schedulers/quadrature.h"
#include "schedulers/scheduler.h"
#include "schedulers/scheduler_common.h"

namespace clue::sched {
namespace {

class LMSDiscreteScheduler final : public Scheduler {
public:
    explicit LMSDiscreteScheduler(const SchedulerConfig& config) : cfg_(config) {
        if (cfg_.prediction_type != "epsilon" && cfg_.prediction_type != "sample" &&
            cfg_.prediction_type != "v_prediction")
            detail::bad_config(kLMS, "prediction_type", cfg_.prediction_type);
        alphas_cumprod_ = make_alphas_cumprod(cfg_);
    }

    void set_timesteps(int n) override {
        const int T = cfg_.num_train_timesteps;
        detail::check_num_steps(n, T, kLMS);
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
            detail::bad_config(kLMS, "timestep_spacing", cfg_.timestep_spacing);
        }
        const std::vector<double> full = detail::to_doubles(detail::sigmas_of(alphas_cumprod_));
        std::vector<double> sig = detail::np_interp_index(ts, full);
        bool float64_timesteps = false;
        if (cfg_.use_karras_sigmas) {
            const std::vector<float> log_sigmas = detail::log_f32(full);
            sig = detail::karras_sigmas(sig.back(), sig.front(), n);
            ts.clear();
            for (double s : sig) ts.push_back(detail::sigma_to_t(s, log_sigmas));
            float64_timesteps = true;  // torch.from_numpy(float64 array)
        }
        sig.push_back(0.0);
        sigmas_ = detail::tensor_f32(sig);
        timesteps_ = float64_timesteps ? detail::tensor_f64(ts) : detail::tensor_f32(ts);
        derivatives_.clear();
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
        detail::check_step_index(step_index, timesteps_.numel(), kLMS);
        const at::Tensor sigma = sigmas_[step_index];
        return sample / at::pow(at::pow(sigma, 2) + 1, 0.5);
    }

    at::Tensor step_with(const at::Tensor& model_output, int step_index, const at::Tensor& sample,
                         const NoiseSource&) override {
        detail::check_step_index(step_index, timesteps_.numel(), kLMS);
        const at::Tensor sigma = sigmas_[step_index];
        at::Tensor pred_original_sample;
        if (cfg_.prediction_type == "epsilon") {
            pred_original_sample = sample - sigma * model_output;
        } else if (cfg_.prediction_type == "v_prediction") {
            pred_original_sample =
                model_output * (-sigma / at::pow(at::pow(sigma, 2) + 1, 0.5)) + (sample / (at::pow(sigma, 2) + 1));
        } else {
            pred_original_sample = model_output;
        }
        const at::Tensor derivative = (sample - pred_original_sample) / sigma;
        derivatives_.push_back(derivative);
        if (static_cast<int>(derivatives_.size()) > kOrder) derivatives_.pop_front();

        const int order = std::min(step_index + 1, kOrder);
        // sum(coeff * derivative for coeff, derivative in zip(lms_coeffs, reversed(self.derivatives)))
        at::Tensor acc;
        auto rit = derivatives_.rbegin();
        for (int cur = 0; cur < order && rit != derivatives_.rend(); ++cur, ++rit) {
            const at::Tensor term = *rit * lms_coefficient(order, step_index, cur);
            acc = acc.defined() ? acc + term : term;
        }
        last_x0_ = pred_original_sample;
        return sample + acc;
    }

    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, int step_index) const override {
        detail::check_step_index(step_index, timesteps_.numel(), kLMS);
        const at::Tensor sigmas = sigmas_.to(original.device(), original.scalar_type());
        const at::Tensor sigma = detail::unsqueeze_to(sigmas.slice(0, step_index, step_index + 1), original);
        return original + noise * sigma;
    }

private:
    static constexpr int kOrder = 4;

    // ∫ from sigma[t] to sigma[t+1] of the Lagrange basis polynomial `current_order` over sigma[t], …,
    // sigma[t-order+1]. diffusers evaluates the integrand with the float32 sigma tensors, so it is a float32 function
    // of tau.
    double lms_coefficient(int order, int t, int current_order) const {
        const float* s = sigmas_.data_ptr<float>();
        const auto lms_derivative = [&](double tau) -> double {
            float prod = 1.0f;
            bool any = false;
            for (int k = 0; k < order; ++k) {
                if (current_order == k) continue;
                const float factor = (static_cast<float>(tau) - s[t - k]) / (s[t - current_order] - s[t - k]);
                prod = any ? prod * factor : factor;
                any = true;
            }
            return static_cast<double>(prod);
        };
        return detail::integrate_adaptive(lms_derivative, s[t], s[t + 1], 1.49e-8, 1e-4).value;
    }

    SchedulerConfig cfg_;
    at::Tensor alphas_cumprod_;
    at::Tensor sigmas_;
    at::Tensor timesteps_ = at::empty({0}, at::kFloat);
    std::deque<at::Tensor> derivatives_;
    at::Tensor last_x0_;
};

}  // namespace

std::unique_ptr<Scheduler> make_lms_scheduler(const SchedulerConfig& config) {
    return std::make_unique<LMSDiscreteScheduler>(config);
}

}  // namespace clue::sched
