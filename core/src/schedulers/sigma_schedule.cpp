// The parts that diffusers' EulerDiscreteScheduler, EulerAncestralDiscreteScheduler and LMSDiscreteScheduler share.
// ref: diffusers v0.27.2 src/diffusers/schedulers/scheduling_euler_discrete.py — __init__, init_noise_sigma,
//      scale_model_input, set_timesteps (timestep_spacing, sigma interpolation), add_noise; the same methods of
//      scheduling_euler_ancestral_discrete.py and scheduling_lms_discrete.py.
#include "schedulers/sigma_schedule.h"

#include <torch/torch.h>

#include <cmath>
#include <cstdint>
#include <utility>

#include "schedulers/scheduler_common.h"

namespace clue::sched::detail {

SigmaScheduler::SigmaScheduler(const SchedulerConfig& config, const char* class_name)
    : cfg_(config), name_(class_name), timesteps_(at::empty({0}, at::kFloat)) {}

double SigmaScheduler::init_noise_sigma() const {
    const at::Tensor max_sigma = sigmas_.max();
    if (cfg_.timestep_spacing == "linspace" || cfg_.timestep_spacing == "trailing") return max_sigma.item<double>();
    return at::pow(at::pow(max_sigma, 2) + 1, 0.5).item<double>();
}

at::Tensor SigmaScheduler::scale_model_input(const at::Tensor& sample, int step_index) {
    check_step(step_index);
    const at::Tensor sigma = sigmas_[step_index];
    return sample / input_scale(sigma);
}

at::Tensor SigmaScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise, int step_index) const {
    check_step(step_index);
    const at::Tensor sigmas = sigmas_.to(original.device(), original.scalar_type());
    const at::Tensor sigma = unsqueeze_to(sigmas.slice(0, step_index, step_index + 1), original);
    return original + noise * sigma;
}

void SigmaScheduler::init_alphas_cumprod(bool zero_snr_fix) {
    alphas_cumprod_ = make_alphas_cumprod(cfg_);
    if (zero_snr_fix && cfg_.rescale_betas_zero_snr) alphas_cumprod_[-1] = std::ldexp(1.0, -24);
}

std::vector<double> SigmaScheduler::spaced_timesteps(int n) const {
    const int T = cfg_.num_train_timesteps;
    check_num_steps(n, T, name_);
    std::vector<double> ts;  // float32 values
    if (cfg_.timestep_spacing == "linspace") {
        const auto v = round_to_f32(np_linspace(0, T - 1, n));
        ts.assign(v.rbegin(), v.rend());
    } else if (cfg_.timestep_spacing == "leading") {
        const std::int64_t ratio = T / n;
        for (int i = n - 1; i >= 0; --i)
            ts.push_back(static_cast<double>(static_cast<float>(i * ratio) + static_cast<float>(cfg_.steps_offset)));
    } else if (cfg_.timestep_spacing == "trailing") {
        for (double v : np_arange(T, 0, -static_cast<double>(T) / n))
            ts.push_back(static_cast<double>(static_cast<float>(np_round(v)) - 1.0f));
    } else {
        bad_config(name_, "timestep_spacing", cfg_.timestep_spacing);
    }
    return ts;
}

std::vector<double> SigmaScheduler::train_sigmas() const { return to_doubles(sigmas_of(alphas_cumprod_)); }

void SigmaScheduler::set_tables(std::vector<double> sig, at::Tensor timesteps) {
    sig.push_back(0.0);
    sigmas_ = tensor_f32(sig);
    timesteps_ = std::move(timesteps);
    last_x0_ = at::Tensor();
}

void SigmaScheduler::check_step(int step_index) const { check_step_index(step_index, timesteps_.numel(), name_); }

at::Tensor SigmaScheduler::input_scale(const at::Tensor& sigma) { return at::pow(at::pow(sigma, 2) + 1, 0.5); }

at::Tensor SigmaScheduler::x0_from_v(const at::Tensor& model_output, const at::Tensor& sample,
                                     const at::Tensor& sigma) {
    return model_output * (-sigma / input_scale(sigma)) + (sample / (at::pow(sigma, 2) + 1));
}

}  // namespace clue::sched::detail
