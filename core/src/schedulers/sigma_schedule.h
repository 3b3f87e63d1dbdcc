#pragma once
// Shared part of the sigma schedulers (Euler, Euler a, LMS): the Karras sigma table built from the training
// alphas_cumprod, diffusers' `timestep_spacing`, `init_noise_sigma`, `scale_model_input` and `add_noise`.
// Each algorithm file derives from SigmaScheduler and keeps only its own validation and step maths.
// ref: diffusers v0.27.2 src/diffusers/schedulers/scheduling_euler_discrete.py,
//      scheduling_euler_ancestral_discrete.py, scheduling_lms_discrete.py (the identical parts of each).
// Internal; include only from core/src/schedulers/*.cpp.
#include <ATen/core/Tensor.h>

#include <vector>

#include "schedulers/scheduler.h"

namespace clue::sched::detail {

class SigmaScheduler : public Scheduler {
public:
    const at::Tensor& timesteps() const final { return timesteps_; }
    at::Tensor sigmas() const final { return sigmas_; }
    const SchedulerConfig& config() const final { return cfg_; }
    at::Tensor last_pred_original_sample() const final { return last_x0_; }

    /// max sigma for "linspace"/"trailing" spacing, else sqrt(max_sigma^2 + 1).
    double init_noise_sigma() const final;
    /// sample / sqrt(sigma^2 + 1).
    at::Tensor scale_model_input(const at::Tensor& sample, int step_index) final;
    /// original + noise * sigma, sigma broadcast per batch.
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, int step_index) const final;

protected:
    SigmaScheduler(const SchedulerConfig& config, const char* class_name);

    /// alphas_cumprod_ = make_alphas_cumprod(cfg_); with `zero_snr_fix` and `rescale_betas_zero_snr`, the last
    /// entry becomes 2^-24 (diffusers' "FP16 smallest positive subnormal" fix of Euler and Euler a).
    void init_alphas_cumprod(bool zero_snr_fix);
    /// Checks 1 <= n <= num_train_timesteps, then returns diffusers' `timestep_spacing` timesteps (float32 values,
    /// descending). Throws BadConfig for an unknown spacing.
    std::vector<double> spaced_timesteps(int n) const;
    /// The training sigma table `((1 - alphas_cumprod) / alphas_cumprod) ** 0.5` (float32 values).
    std::vector<double> train_sigmas() const;
    /// sigmas_ = float32(sig + [0]), timesteps_ = `timesteps`; clears last_pred_original_sample.
    void set_tables(std::vector<double> sig, at::Tensor timesteps);
    /// Throws InvalidArgument for a step index outside the timesteps.
    void check_step(int step_index) const;

    /// sqrt(sigma^2 + 1).
    static at::Tensor input_scale(const at::Tensor& sigma);
    /// pred_original_sample of a v_prediction model output.
    static at::Tensor x0_from_v(const at::Tensor& model_output, const at::Tensor& sample, const at::Tensor& sigma);

    SchedulerConfig cfg_;
    const char* name_;
    at::Tensor alphas_cumprod_;
    at::Tensor sigmas_;
    at::Tensor timesteps_;  ///< empty float32 until set_timesteps()
    at::Tensor last_x0_;
};

}  // namespace clue::sched::detail
