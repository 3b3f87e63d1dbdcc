// LMS: linear multistep (order 4) on the Karras sigma ODE, coefficients integrated numerically.
// The sigma table, timestep spacing, init_noise_sigma, scale_model_input and add_noise live in sigma_schedule.cpp.
// ref: diffusers v0.27.2 src/diffusers/schedulers/scheduling_lms_discrete.py — LMSDiscreteScheduler.__init__,
//      get_lms_coefficient, set_timesteps (use_karras_sigmas), _sigma_to_t, _convert_to_karras, step.
#include <torch/torch.h>

#include <algorithm>
#include <deque>
#include <utility>
#include <vector>

#include "common/error.h"
#include "schedulers/quadrature.h"
#include "schedulers/scheduler.h"
#include "schedulers/scheduler_common.h"
#include "schedulers/sigma_schedule.h"

namespace clue::sched {
namespace {

class LMSDiscreteScheduler final : public detail::SigmaScheduler {
public:
    explicit LMSDiscreteScheduler(const SchedulerConfig& config) : SigmaScheduler(config, kLMS) {
        if (cfg_.prediction_type != "epsilon" && cfg_.prediction_type != "sample" &&
            cfg_.prediction_type != "v_prediction")
            detail::bad_config(kLMS, "prediction_type", cfg_.prediction_type);
        init_alphas_cumprod(/*zero_snr_fix=*/false);
    }

    void set_timesteps(int n) override {
        std::vector<double> ts = spaced_timesteps(n);
        const std::vector<double> full = train_sigmas();
        std::vector<double> sig = detail::np_interp_index(ts, full);
        bool float64_timesteps = false;
        if (cfg_.use_karras_sigmas) {
            const std::vector<float> log_sigmas = detail::log_f32(full);
            sig = detail::karras_sigmas(sig.back(), sig.front(), n);
            ts.clear();
            for (double s : sig) ts.push_back(detail::sigma_to_t(s, log_sigmas));
            float64_timesteps = true;  // torch.from_numpy(float64 array)
        }
        set_tables(std::move(sig), float64_timesteps ? detail::tensor_f64(ts) : detail::tensor_f32(ts));
        derivatives_.clear();
    }

    at::Tensor step_with(const at::Tensor& model_output, int step_index, const at::Tensor& sample,
                         const NoiseSource&) override {
        check_step(step_index);
        const at::Tensor sigma = sigmas_[step_index];
        at::Tensor pred_original_sample;
        if (cfg_.prediction_type == "epsilon") {
            pred_original_sample = sample - sigma * model_output;
        } else if (cfg_.prediction_type == "v_prediction") {
            pred_original_sample = x0_from_v(model_output, sample, sigma);
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

    std::deque<at::Tensor> derivatives_;
};

}  // namespace

std::unique_ptr<Scheduler> make_lms_scheduler(const SchedulerConfig& config) {
    return std::make_unique<LMSDiscreteScheduler>(config);
}

}  // namespace clue::sched
