// DDIM (Song et al. 2020), deterministic for eta = 0.
// ref: diffusers v0.27.2 src/diffusers/schedulers/scheduling_ddim.py — DDIMScheduler.__init__, set_timesteps,
//      _get_variance, step, add_noise. Scalars are 0-d float32 tensors exactly where diffusers has them, so the
//      float32 arithmetic (and its rounding) is the same.
#include <torch/torch.h>

#include "common/error.h"
#include "schedulers/scheduler.h"
#include "schedulers/scheduler_common.h"

namespace clue::sched {
namespace {

class DDIMScheduler final : public Scheduler {
public:
    explicit DDIMScheduler(const SchedulerConfig& config) : cfg_(config) {
        if (cfg_.prediction_type != "epsilon" && cfg_.prediction_type != "sample" &&
            cfg_.prediction_type != "v_prediction")
            detail::bad_config(kDDIM, "prediction_type", cfg_.prediction_type);
        alphas_cumprod_ = make_alphas_cumprod(cfg_);
        final_alpha_cumprod_ = cfg_.set_alpha_to_one ? at::scalar_tensor(1.0, at::kFloat) : alphas_cumprod_[0];
    }

    void set_timesteps(int n) override {
        const int T = cfg_.num_train_timesteps;
        detail::check_num_steps(n, T, kDDIM);
        std::vector<std::int64_t> ts;
        if (cfg_.timestep_spacing == "linspace") {
            const auto v = detail::np_linspace(0, T - 1, n);
            for (auto it = v.rbegin(); it != v.rend(); ++it)
                ts.push_back(static_cast<std::int64_t>(detail::np_round(*it)));
        } else if (cfg_.timestep_spacing == "leading") {
            const std::int64_t ratio = T / n;
            for (int i = n - 1; i >= 0; --i) ts.push_back(i * ratio + cfg_.steps_offset);
        } else if (cfg_.timestep_spacing == "trailing") {
            const double ratio = static_cast<double>(T) / n;
            for (double v : detail::np_arange(T, 0, -ratio))
                ts.push_back(static_cast<std::int64_t>(detail::np_round(v)) - 1);
        } else {
            detail::bad_config(kDDIM, "timestep_spacing", cfg_.timestep_spacing);
        }
        num_inference_steps_ = n;
        timesteps_ = detail::tensor_i64(ts);
        last_x0_ = at::Tensor();
    }

    const at::Tensor& timesteps() const override { return timesteps_; }
    void set_eta(double eta) override { eta_ = eta; }
    at::Tensor last_pred_original_sample() const override { return last_x0_; }
    const SchedulerConfig& config() const override { return cfg_; }

    at::Tensor step_with(const at::Tensor& model_output, int step_index, const at::Tensor& sample,
                         const NoiseSource& noise) override {
        detail::check_step_index(step_index, timesteps_.numel(), kDDIM);
        const std::int64_t timestep = timesteps_[step_index].item<std::int64_t>();
        const std::int64_t prev_timestep = timestep - cfg_.num_train_timesteps / num_inference_steps_;

        const at::Tensor alpha_prod_t = alpha_at(timestep);
        const at::Tensor alpha_prod_t_prev = alpha_at(prev_timestep);
        const at::Tensor beta_prod_t = at::rsub(alpha_prod_t, 1);

        at::Tensor pred_original_sample, pred_epsilon;
        if (cfg_.prediction_type == "epsilon") {
            pred_original_sample = (sample - at::pow(beta_prod_t, 0.5) * model_output) / at::pow(alpha_prod_t, 0.5);
            pred_epsilon = model_output;
        } else if (cfg_.prediction_type == "sample") {
            pred_original_sample = model_output;
            pred_epsilon = (sample - at::pow(alpha_prod_t, 0.5) * pred_original_sample) / at::pow(beta_prod_t, 0.5);
        } else {  // v_prediction
            pred_original_sample = at::pow(alpha_prod_t, 0.5) * sample - at::pow(beta_prod_t, 0.5) * model_output;
            pred_epsilon = at::pow(alpha_prod_t, 0.5) * model_output + at::pow(beta_prod_t, 0.5) * sample;
        }

        if (cfg_.thresholding) {
            pred_original_sample =
                detail::threshold_sample(pred_original_sample, cfg_.dynamic_thresholding_ratio, cfg_.sample_max_value);
        } else if (cfg_.clip_sample) {
            pred_original_sample = pred_original_sample.clamp(-cfg_.clip_sample_range, cfg_.clip_sample_range);
        }

        // _get_variance
        const at::Tensor beta_prod_t_prev = at::rsub(alpha_prod_t_prev, 1);
        const at::Tensor variance = (beta_prod_t_prev / beta_prod_t) * at::rsub(alpha_prod_t / alpha_prod_t_prev, 1);
        const at::Tensor std_dev_t = at::pow(variance, 0.5) * eta_;

        const at::Tensor pred_sample_direction =
            at::pow(at::rsub(alpha_prod_t_prev, 1) - at::pow(std_dev_t, 2), 0.5) * pred_epsilon;
        at::Tensor prev_sample = at::pow(alpha_prod_t_prev, 0.5) * pred_original_sample + pred_sample_direction;

        if (eta_ > 0) {
            const at::Tensor variance_noise =
                noise.draw(model_output.sizes(), model_output.scalar_type(), model_output.device());
            prev_sample = prev_sample + std_dev_t * variance_noise;
        }
        last_x0_ = pred_original_sample;
        return prev_sample;
    }

    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, int step_index) const override {
        return detail::alpha_add_noise(alphas_cumprod_, timesteps_, original, noise, step_index, kDDIM);
    }

private:
    at::Tensor alpha_at(std::int64_t t) const { return t >= 0 ? alphas_cumprod_[t] : final_alpha_cumprod_; }

    SchedulerConfig cfg_;
    at::Tensor alphas_cumprod_;
    at::Tensor final_alpha_cumprod_;
    at::Tensor timesteps_ = at::empty({0}, at::kLong);
    int num_inference_steps_ = 0;
    double eta_ = 0.0;
    at::Tensor last_x0_;
};

}  // namespace

std::unique_ptr<Scheduler> make_ddim_scheduler(const SchedulerConfig& config) {
    return std::make_unique<DDIMScheduler>(config);
}

}  // namespace clue::sched
