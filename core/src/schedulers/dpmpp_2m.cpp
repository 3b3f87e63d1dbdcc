// DPM-Solver++ multistep ("DPM++ 2M", optionally with Karras sigmas; also orders 1/3 and sde-dpmsolver++).
// ref: diffusers v0.27.2 src/diffusers/schedulers/scheduling_dpmsolver_multistep.py —
//      DPMSolverMultistepScheduler.__init__, set_timesteps, _sigma_to_t, _sigma_to_alpha_sigma_t, _convert_to_karras,
//      _convert_to_lu, convert_model_output, dpm_solver_first_order_update,
//      multistep_dpm_solver_second_order_update, multistep_dpm_solver_third_order_update, step, add_noise.
#include <torch/torch.h>

#include <cmath>

#include "common/error.h"
#include "schedulers/scheduler.h"
#include "schedulers/scheduler_common.h"

namespace clue::sched {
namespace {

class DPMSolverMultistepScheduler final : public Scheduler {
public:
    explicit DPMSolverMultistepScheduler(const SchedulerConfig& config) : cfg_(config) {
        if (cfg_.algorithm_type == "deis") cfg_.algorithm_type = "dpmsolver++";  // as diffusers
        if (cfg_.algorithm_type != "dpmsolver++" && cfg_.algorithm_type != "sde-dpmsolver++")
            detail::bad_config(kDPM, "algorithm_type", cfg_.algorithm_type);  // deprecated dpmsolver/sde-dpmsolver
        if (cfg_.solver_type == "logrho" || cfg_.solver_type == "bh1" || cfg_.solver_type == "bh2")
            cfg_.solver_type = "midpoint";
        if (cfg_.solver_type != "midpoint" && cfg_.solver_type != "heun")
            detail::bad_config(kDPM, "solver_type", cfg_.solver_type);
        if (cfg_.solver_order < 1 || cfg_.solver_order > 3)
            detail::bad_config(kDPM, "solver_order", std::to_string(cfg_.solver_order));
        if (cfg_.algorithm_type == "sde-dpmsolver++" && cfg_.solver_order == 3)
            detail::bad_config(kDPM, "solver_order", "3 with sde-dpmsolver++");
        if (cfg_.final_sigmas_type != "zero" && cfg_.final_sigmas_type != "sigma_min")
            detail::bad_config(kDPM, "final_sigmas_type", cfg_.final_sigmas_type);
        if (cfg_.prediction_type != "epsilon" && cfg_.prediction_type != "sample" &&
            cfg_.prediction_type != "v_prediction")
            detail::bad_config(kDPM, "prediction_type", cfg_.prediction_type);
        alphas_cumprod_ = make_alphas_cumprod(cfg_);
        if (cfg_.rescale_betas_zero_snr) alphas_cumprod_[-1] = std::ldexp(1.0, -24);
        const at::Tensor alpha_t = at::sqrt(alphas_cumprod_);
        const at::Tensor sigma_t = at::sqrt(at::rsub(alphas_cumprod_, 1));
        lambda_t_ = at::log(alpha_t) - at::log(sigma_t);
    }

    void set_timesteps(int n) override {
        const int T = cfg_.num_train_timesteps;
        detail::check_num_steps(n, T, kDPM);
        // clipped_idx = searchsorted(flip(lambda_t), lambda_min_clipped); last_timestep = T - clipped_idx
        const std::int64_t clipped_idx =
            at::searchsorted(at::flip(lambda_t_, {0}), at::Scalar(cfg_.lambda_min_clipped)).item<std::int64_t>();
        const std::int64_t last_timestep = T - clipped_idx;

        std::vector<double> ts;  // integral values (int64 in diffusers)
        if (cfg_.timestep_spacing == "linspace") {
            const auto v = detail::np_linspace(0, static_cast<double>(last_timestep - 1), n + 1);
            for (std::size_t i = v.size() - 1; i >= 1; --i) ts.push_back(detail::np_round(v[i]));  // [::-1][:-1]
        } else if (cfg_.timestep_spacing == "leading") {
            const std::int64_t ratio = last_timestep / (n + 1);
            for (int i = n; i >= 1; --i) ts.push_back(static_cast<double>(i * ratio + cfg_.steps_offset));
        } else if (cfg_.timestep_spacing == "trailing") {
            const double ratio = static_cast<double>(T) / n;
            for (double v : detail::np_arange(static_cast<double>(last_timestep), 0, -ratio))
                ts.push_back(detail::np_round(v) - 1);
        } else {
            detail::bad_config(kDPM, "timestep_spacing", cfg_.timestep_spacing);
        }
        const std::vector<double> full = detail::to_doubles(detail::sigmas_of(alphas_cumprod_));
        const std::vector<float> log_sigmas = detail::log_f32(full);
        std::vector<double> sig;
        if (cfg_.use_karras_sigmas) {
            // in_sigmas = flip(sigmas): sigma_min = sigmas[0], sigma_max = sigmas[-1]
            sig = detail::karras_sigmas(full.front(), full.back(), n);
            ts.clear();
            for (double s : sig) ts.push_back(detail::np_round(detail::sigma_to_t(s, log_sigmas)));
        } else if (cfg_.use_lu_lambdas) {
            // lambdas = flip(log_sigmas): lambda_min = log_sigmas[0], lambda_max = log_sigmas[-1]; rho = 1
            const double lmin = log_sigmas.front(), lmax = log_sigmas.back();
            ts.clear();
            for (double r : detail::np_linspace(0, 1, n)) {
                const double s = std::exp(lmax + r * (lmin - lmax));
                sig.push_back(s);
                ts.push_back(detail::np_round(detail::sigma_to_t(s, log_sigmas)));
            }
        } else {
            sig = detail::np_interp_index(ts, full);
        }
        if (cfg_.final_sigmas_type == "sigma_min")
            sig.push_back(at::pow(at::rsub(alphas_cumprod_[0], 1) / alphas_cumprod_[0], 0.5).item<double>());
        else
            sig.push_back(0.0);
        sigmas_ = detail::tensor_f32(sig);
        std::vector<std::int64_t> ti;
        for (double t : ts) ti.push_back(static_cast<std::int64_t>(t));
        timesteps_ = detail::tensor_i64(ti);
        model_outputs_.assign(static_cast<std::size_t>(cfg_.solver_order), at::Tensor());
        lower_order_nums_ = 0;
    }

    const at::Tensor& timesteps() const override { return timesteps_; }
    at::Tensor sigmas() const override { return sigmas_; }
    const SchedulerConfig& config() const override { return cfg_; }
    at::Tensor last_pred_original_sample() const override {
        return model_outputs_.empty() ? at::Tensor() : model_outputs_.back();
    }

    at::Tensor step_with(const at::Tensor& model_output0, int step_index, const at::Tensor& sample0,
                         const NoiseSource& noise_source) override {
        const std::int64_t n = timesteps_.numel();
        detail::check_step_index(step_index, n, kDPM);
        idx_ = step_index;
        const bool lower_order_final =
            step_index == n - 1 &&
            (cfg_.euler_at_final || (cfg_.lower_order_final && n < 15) || cfg_.final_sigmas_type == "zero");
        const bool lower_order_second = step_index == n - 2 && cfg_.lower_order_final && n < 15;

        const at::Tensor model_output = convert_model_output(model_output0, sample0);
        for (int i = 0; i + 1 < cfg_.solver_order; ++i) model_outputs_[i] = model_outputs_[i + 1];
        model_outputs_.back() = model_output;

        const at::Tensor sample = sample0.to(at::kFloat);
        at::Tensor noise;
        if (cfg_.algorithm_type == "sde-dpmsolver++")
            noise = noise_source.draw(model_output.sizes(), at::kFloat, model_output.device());

        at::Tensor prev_sample;
        if (cfg_.solver_order == 1 || lower_order_nums_ < 1 || lower_order_final)
            prev_sample = first_order_update(model_output, sample, noise);
        else if (cfg_.solver_order == 2 || lower_order_nums_ < 2 || lower_order_second)
            prev_sample = second_order_update(sample, noise);
        else
            prev_sample = third_order_update(sample);
        if (lower_order_nums_ < cfg_.solver_order) ++lower_order_nums_;
        return prev_sample.to(model_output.scalar_type());
    }

    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, int step_index) const override {
        detail::check_step_index(step_index, timesteps_.numel(), kDPM);
        const at::Tensor sigmas = sigmas_.to(original.device(), original.scalar_type());
        const at::Tensor sigma = detail::unsqueeze_to(sigmas.slice(0, step_index, step_index + 1), original);
        const auto [alpha_t, sigma_t] = alpha_sigma(sigma);
        return alpha_t * original + sigma_t * noise;
    }

private:
    struct AlphaSigma {
        at::Tensor alpha, sigma;
    };
    // _sigma_to_alpha_sigma_t: alpha_t = 1 / ((sigma**2 + 1) ** 0.5) — Python's `1 / t` is `t.reciprocal() * 1`
    static AlphaSigma alpha_sigma(const at::Tensor& sigma) {
        at::Tensor alpha_t = at::reciprocal(at::pow(at::pow(sigma, 2) + 1, 0.5)) * 1;
        return {alpha_t, sigma * alpha_t};
    }
    static at::Tensor lambda_of(const AlphaSigma& as) { return at::log(as.alpha) - at::log(as.sigma); }
    AlphaSigma at_index(std::int64_t i) const { return alpha_sigma(sigmas_[i]); }

    at::Tensor convert_model_output(const at::Tensor& model_output, const at::Tensor& sample) const {
        at::Tensor x0_pred;
        if (cfg_.prediction_type == "epsilon") {
            const auto [alpha_t, sigma_t] = at_index(idx_);
            x0_pred = (sample - sigma_t * model_output) / alpha_t;
        } else if (cfg_.prediction_type == "sample") {
            x0_pred = model_output;
        } else {  // v_prediction
            const auto [alpha_t, sigma_t] = at_index(idx_);
            x0_pred = alpha_t * sample - sigma_t * model_output;
        }
        if (cfg_.thresholding)
            x0_pred = detail::threshold_sample(x0_pred, cfg_.dynamic_thresholding_ratio, cfg_.sample_max_value);
        return x0_pred;
    }

    at::Tensor first_order_update(const at::Tensor& model_output, const at::Tensor& sample,
                                  const at::Tensor& noise) const {
        const AlphaSigma t = at_index(idx_ + 1), s = at_index(idx_);
        const at::Tensor h = lambda_of(t) - lambda_of(s);
        if (cfg_.algorithm_type == "dpmsolver++")
            return (t.sigma / s.sigma) * sample - (t.alpha * (at::exp(-h) - 1.0)) * model_output;
        // sde-dpmsolver++
        return (t.sigma / s.sigma * at::exp(-h)) * sample + (t.alpha * at::rsub(at::exp(h * -2.0), 1)) * model_output +
               t.sigma * at::sqrt(at::rsub(at::exp(h * -2), 1.0)) * noise;
    }

    at::Tensor second_order_update(const at::Tensor& sample, const at::Tensor& noise) const {
        const AlphaSigma t = at_index(idx_ + 1), s0 = at_index(idx_), s1 = at_index(idx_ - 1);
        const at::Tensor lambda_t = lambda_of(t), lambda_s0 = lambda_of(s0), lambda_s1 = lambda_of(s1);
        const at::Tensor& m0 = model_outputs_[model_outputs_.size() - 1];
        const at::Tensor& m1 = model_outputs_[model_outputs_.size() - 2];
        const at::Tensor h = lambda_t - lambda_s0, h_0 = lambda_s0 - lambda_s1;
        const at::Tensor r0 = h_0 / h;
        const at::Tensor& D0 = m0;
        const at::Tensor D1 = (at::reciprocal(r0) * 1.0) * (m0 - m1);
        const bool midpoint = cfg_.solver_type == "midpoint";
        if (cfg_.algorithm_type == "dpmsolver++") {
            const at::Tensor c = t.alpha * (at::exp(-h) - 1.0);
            if (midpoint) return (t.sigma / s0.sigma) * sample - c * D0 - (c * 0.5) * D1;
            return (t.sigma / s0.sigma) * sample - c * D0 + (t.alpha * ((at::exp(-h) - 1.0) / h + 1.0)) * D1;
        }
        // sde-dpmsolver++
        const at::Tensor c = t.alpha * at::rsub(at::exp(h * -2.0), 1);
        const at::Tensor first = (t.sigma / s0.sigma * at::exp(-h)) * sample + c * D0;
        const at::Tensor tail = t.sigma * at::sqrt(at::rsub(at::exp(h * -2), 1.0)) * noise;
        if (midpoint) return first + (c * 0.5) * D1 + tail;
        return first + (t.alpha * (at::rsub(at::exp(h * -2.0), 1.0) / (h * -2.0) + 1.0)) * D1 + tail;
    }

    at::Tensor third_order_update(const at::Tensor& sample) const {
        const AlphaSigma t = at_index(idx_ + 1), s0 = at_index(idx_), s1 = at_index(idx_ - 1), s2 = at_index(idx_ - 2);
        const at::Tensor lambda_t = lambda_of(t), lambda_s0 = lambda_of(s0), lambda_s1 = lambda_of(s1),
                         lambda_s2 = lambda_of(s2);
        const std::size_t k = model_outputs_.size();
        const at::Tensor &m0 = model_outputs_[k - 1], &m1 = model_outputs_[k - 2], &m2 = model_outputs_[k - 3];
        const at::Tensor h = lambda_t - lambda_s0, h_0 = lambda_s0 - lambda_s1, h_1 = lambda_s1 - lambda_s2;
        const at::Tensor r0 = h_0 / h, r1 = h_1 / h;
        const at::Tensor& D0 = m0;
        const at::Tensor D1_0 = (at::reciprocal(r0) * 1.0) * (m0 - m1);
        const at::Tensor D1_1 = (at::reciprocal(r1) * 1.0) * (m1 - m2);
        const at::Tensor D1 = D1_0 + (r0 / (r0 + r1)) * (D1_0 - D1_1);
        const at::Tensor D2 = (at::reciprocal(r0 + r1) * 1.0) * (D1_0 - D1_1);
        return (t.sigma / s0.sigma) * sample - (t.alpha * (at::exp(-h) - 1.0)) * D0 +
               (t.alpha * ((at::exp(-h) - 1.0) / h + 1.0)) * D1 -
               (t.alpha * ((at::exp(-h) - 1.0 + h) / at::pow(h, 2) - 0.5)) * D2;
    }

    SchedulerConfig cfg_;
    at::Tensor alphas_cumprod_;
    at::Tensor lambda_t_;
    at::Tensor sigmas_;
    at::Tensor timesteps_ = at::empty({0}, at::kLong);
    std::vector<at::Tensor> model_outputs_;
    int lower_order_nums_ = 0;
    std::int64_t idx_ = 0;  // diffusers' self.step_index during a step
};

}  // namespace

std::unique_ptr<Scheduler> make_dpm_multistep_scheduler(const SchedulerConfig& config) {
    return std::make_unique<DPMSolverMultistepScheduler>(config);
}

}  // namespace clue::sched
