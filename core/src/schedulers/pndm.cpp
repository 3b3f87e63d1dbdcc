// PNDM (Liu et al. 2022): Runge–Kutta warm-up (PRK) then linear multistep (PLMS). Stable Diffusion configs set
// skip_prk_steps, i.e. pure PLMS whose first step is repeated (10 steps -> 11 model calls: 901, 801, 801, 701, …).
// ref: diffusers v0.27.2 src/diffusers/schedulers/scheduling_pndm.py — PNDMScheduler.__init__, set_timesteps, step,
//      step_prk, step_plms, _get_prev_sample, add_noise.
#include <torch/torch.h>

#include <deque>

#include "common/error.h"
#include "schedulers/scheduler.h"
#include "schedulers/scheduler_common.h"

namespace clue::sched {
namespace {

class PNDMScheduler final : public Scheduler {
public:
    explicit PNDMScheduler(const SchedulerConfig& config) : cfg_(config) {
        if (cfg_.prediction_type != "epsilon" && cfg_.prediction_type != "v_prediction")
            detail::bad_config(kPNDM, "prediction_type", cfg_.prediction_type);
        alphas_cumprod_ = make_alphas_cumprod(cfg_);
        final_alpha_cumprod_ = cfg_.set_alpha_to_one ? at::scalar_tensor(1.0, at::kFloat) : alphas_cumprod_[0];
    }

    void set_timesteps(int n) override {
        const int T = cfg_.num_train_timesteps;
        detail::check_num_steps(n, T, kPNDM);
        std::vector<std::int64_t> base;  // self._timesteps, ascending
        if (cfg_.timestep_spacing == "linspace") {
            for (double v : detail::np_linspace(0, T - 1, n))
                base.push_back(static_cast<std::int64_t>(detail::np_round(v)));
        } else if (cfg_.timestep_spacing == "leading") {
            const std::int64_t ratio = T / n;
            for (int i = 0; i < n; ++i) base.push_back(i * ratio + cfg_.steps_offset);
        } else if (cfg_.timestep_spacing == "trailing") {
            const auto v = detail::np_arange(T, 0, -static_cast<double>(T) / n);
            for (auto it = v.rbegin(); it != v.rend(); ++it)
                base.push_back(static_cast<std::int64_t>(detail::np_round(*it)) - 1);
        } else {
            detail::bad_config(kPNDM, "timestep_spacing", cfg_.timestep_spacing);
        }
        prk_timesteps_.clear();
        std::vector<std::int64_t> plms;
        const auto m = static_cast<std::int64_t>(base.size());
        if (cfg_.skip_prk_steps) {
            // concatenate([_timesteps[:-1], _timesteps[-2:-1], _timesteps[-1:]])[::-1]
            std::vector<std::int64_t> c(base.begin(), base.end() - 1);
            if (m >= 2) c.push_back(base[m - 2]);
            c.push_back(base[m - 1]);
            plms.assign(c.rbegin(), c.rend());
        } else {
            // prk = _timesteps[-4:].repeat(2) + tile([0, T // n // 2], 4); then prk[:-1].repeat(2)[1:-1][::-1]
            std::vector<std::int64_t> prk;
            const std::int64_t half = T / n / 2;
            for (std::int64_t i = std::max<std::int64_t>(0, m - kPndmOrder); i < m; ++i) {
                prk.push_back(base[i]);
                prk.push_back(base[i] + half);
            }
            if (!prk.empty()) prk.pop_back();
            std::vector<std::int64_t> rep;
            for (auto v : prk) rep.insert(rep.end(), {v, v});
            if (rep.size() >= 2)
                rep = std::vector<std::int64_t>(rep.begin() + 1, rep.end() - 1);
            else
                rep.clear();
            prk_timesteps_.assign(rep.rbegin(), rep.rend());
            if (m > 3) plms.assign(base.rbegin() + 3, base.rend());  // _timesteps[:-3][::-1]
        }
        std::vector<std::int64_t> all = prk_timesteps_;
        all.insert(all.end(), plms.begin(), plms.end());
        timesteps_ = detail::tensor_i64(all);
        num_inference_steps_ = n;
        ets_.clear();
        counter_ = 0;
        cur_model_output_ = at::Tensor();
        cur_sample_ = at::Tensor();
    }

    const at::Tensor& timesteps() const override { return timesteps_; }
    const SchedulerConfig& config() const override { return cfg_; }

    at::Tensor step_with(const at::Tensor& model_output, int step_index, const at::Tensor& sample,
                         const NoiseSource&) override {
        detail::check_step_index(step_index, timesteps_.numel(), kPNDM);
        const std::int64_t timestep = timesteps_[step_index].item<std::int64_t>();
        if (counter_ < static_cast<std::int64_t>(prk_timesteps_.size()) && !cfg_.skip_prk_steps)
            return step_prk(model_output, timestep, sample);
        return step_plms(model_output, timestep, sample);
    }

    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, int step_index) const override {
        return detail::alpha_add_noise(alphas_cumprod_, timesteps_, original, noise, step_index, kPNDM);
    }

private:
    static constexpr std::int64_t kPndmOrder = 4;

    at::Tensor step_prk(const at::Tensor& model_output0, std::int64_t timestep, const at::Tensor& sample) {
        const std::int64_t diff_to_prev = (counter_ % 2) ? 0 : cfg_.num_train_timesteps / num_inference_steps_ / 2;
        const std::int64_t prev_timestep = timestep - diff_to_prev;
        timestep = prk_timesteps_[static_cast<std::size_t>(counter_ / 4 * 4)];
        at::Tensor model_output = model_output0;
        const auto accumulate = [this](const at::Tensor& term) {
            cur_model_output_ = cur_model_output_.defined() ? cur_model_output_.add_(term) : term;
        };
        if (counter_ % 4 == 0) {
            accumulate(model_output * (1.0 / 6));
            ets_.push_back(model_output);
            cur_sample_ = sample;
        } else if ((counter_ - 1) % 4 == 0 || (counter_ - 2) % 4 == 0) {
            accumulate(model_output * (1.0 / 3));
        } else {
            const at::Tensor sixth = model_output * (1.0 / 6);
            model_output = cur_model_output_.defined() ? cur_model_output_ + sixth : sixth;
            cur_model_output_ = at::Tensor();
        }
        const at::Tensor& cur_sample = cur_sample_.defined() ? cur_sample_ : sample;
        at::Tensor prev_sample = get_prev_sample(cur_sample, timestep, prev_timestep, model_output);
        ++counter_;
        return prev_sample;
    }

    at::Tensor step_plms(const at::Tensor& model_output0, std::int64_t timestep, at::Tensor sample) {
        if (!cfg_.skip_prk_steps && ets_.size() < 3)
            fail(Errc::InvalidArgument, "PNDMScheduler: PLMS steps need the 12 PRK warm-up steps first");
        const std::int64_t step = cfg_.num_train_timesteps / num_inference_steps_;
        std::int64_t prev_timestep = timestep - step;
        if (counter_ != 1) {
            while (ets_.size() > 3) ets_.pop_front();
            ets_.push_back(model_output0);
        } else {
            prev_timestep = timestep;
            timestep = timestep + step;
        }
        at::Tensor model_output = model_output0;
        const auto e = [this](std::size_t back) -> const at::Tensor& { return ets_[ets_.size() - back]; };
        if (ets_.size() == 1 && counter_ == 0) {
            cur_sample_ = sample;
        } else if (ets_.size() == 1 && counter_ == 1) {
            model_output = (model_output + e(1)) / 2;
            sample = cur_sample_;
            cur_sample_ = at::Tensor();
        } else if (ets_.size() == 2) {
            model_output = (e(1) * 3 - e(2)) / 2;
        } else if (ets_.size() == 3) {
            model_output = (e(1) * 23 - e(2) * 16 + e(3) * 5) / 12;
        } else {
            model_output = (e(1) * 55 - e(2) * 59 + e(3) * 37 - e(4) * 9) * (1.0 / 24);
        }
        at::Tensor prev_sample = get_prev_sample(sample, timestep, prev_timestep, model_output);
        ++counter_;
        return prev_sample;
    }

    // formula (9) of the PNDM paper
    at::Tensor get_prev_sample(const at::Tensor& sample, std::int64_t timestep, std::int64_t prev_timestep,
                               at::Tensor model_output) const {
        const at::Tensor alpha_prod_t = alphas_cumprod_[timestep];
        const at::Tensor alpha_prod_t_prev = prev_timestep >= 0 ? alphas_cumprod_[prev_timestep] : final_alpha_cumprod_;
        const at::Tensor beta_prod_t = at::rsub(alpha_prod_t, 1);
        const at::Tensor beta_prod_t_prev = at::rsub(alpha_prod_t_prev, 1);
        if (cfg_.prediction_type == "v_prediction")
            model_output = at::pow(alpha_prod_t, 0.5) * model_output + at::pow(beta_prod_t, 0.5) * sample;
        const at::Tensor sample_coeff = at::pow(alpha_prod_t_prev / alpha_prod_t, 0.5);
        const at::Tensor model_output_denom_coeff = alpha_prod_t * at::pow(beta_prod_t_prev, 0.5) +
                                                    at::pow(alpha_prod_t * beta_prod_t * alpha_prod_t_prev, 0.5);
        return sample_coeff * sample - (alpha_prod_t_prev - alpha_prod_t) * model_output / model_output_denom_coeff;
    }

    SchedulerConfig cfg_;
    at::Tensor alphas_cumprod_;
    at::Tensor final_alpha_cumprod_;
    at::Tensor timesteps_ = at::empty({0}, at::kLong);
    std::vector<std::int64_t> prk_timesteps_;
    int num_inference_steps_ = 0;
    std::deque<at::Tensor> ets_;
    std::int64_t counter_ = 0;
    at::Tensor cur_model_output_;
    at::Tensor cur_sample_;
};

}  // namespace

std::unique_ptr<Scheduler> make_pndm_scheduler(const SchedulerConfig& config) {
    return std::make_unique<PNDMScheduler>(config);
}

}  // namespace clue::sched
