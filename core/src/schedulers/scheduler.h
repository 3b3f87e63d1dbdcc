#pragma once
// One scheduler algorithm per file behind this interface (architecture.md rule 3), ported from diffusers 0.27.2
// `schedulers/scheduling_*.py`. Schedulers never include model headers.
#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>

#include <memory>
#include <string>
#include <vector>

namespace clue::sched {

/// The model's `scheduler_config.json`, with diffusers' defaults for absent keys.
struct SchedulerConfig {
    std::string class_name;  ///< "_class_name": PNDMScheduler, DDIMScheduler, …
    int num_train_timesteps = 1000;
    double beta_start = 0.0001;
    double beta_end = 0.02;
    std::string beta_schedule = "linear";  ///< linear, scaled_linear, squaredcos_cap_v2
    std::vector<double> trained_betas;
    std::string prediction_type = "epsilon";  ///< epsilon, v_prediction, sample
    std::string timestep_spacing = "leading";  ///< leading, trailing, linspace
    int steps_offset = 0;
    bool set_alpha_to_one = true;
    bool skip_prk_steps = false;
    bool clip_sample = false;
    double clip_sample_range = 1.0;
    bool use_karras_sigmas = false;
    bool rescale_betas_zero_snr = false;
    std::string raw_json;  ///< the file as read, for `clue info`

    /// Parses a scheduler_config.json text; unknown keys are ignored.
    static SchedulerConfig from_json(const std::string& json_text);
};

class Scheduler {
public:
    virtual ~Scheduler() = default;
    /// diffusers `set_timesteps(num_inference_steps)`; resets all multistep state.
    virtual void set_timesteps(int num_inference_steps) = 0;
    /// The timesteps the denoise loop iterates over, one loop iteration each (PNDM repeats one: 11 for 10 steps).
    /// dtype as diffusers: int64 for DDIM/PNDM/DPM-Solver, float32 for Euler/Euler a/LMS.
    virtual const at::Tensor& timesteps() const = 0;
    /// Sigma table (sigma schedulers only; undefined tensor otherwise).
    virtual at::Tensor sigmas() const { return {}; }
    virtual double init_noise_sigma() const { return 1.0; }
    /// diffusers `scale_model_input(sample, timesteps[step_index])`.
    virtual at::Tensor scale_model_input(const at::Tensor& sample, int step_index) { return sample; }
    /// diffusers `step(model_output, timesteps[step_index], sample, generator=gen).prev_sample`.
    /// `step_index` is absolute into timesteps() (img2img starts later). Noise, where drawn, comes from `gen` on the CPU
    /// as `torch.randn(shape, generator=gen)` and is then moved to the sample's device.
    virtual at::Tensor step(const at::Tensor& model_output, int step_index, const at::Tensor& sample,
                            at::Generator* gen) = 0;
    /// The last step's pred_original_sample (x0 estimate) where the algorithm has one; else undefined.
    virtual at::Tensor last_pred_original_sample() const { return {}; }
    /// diffusers `add_noise(original, noise, timesteps[step_index])` (img2img start, Grad-SAM background).
    virtual at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, int step_index) const = 0;
    /// diffusers `order` (img2img: first kept index = t_start * order).
    virtual int order() const { return 1; }
    /// Number of model calls per loop iteration (1 for all current ones).
    virtual const SchedulerConfig& config() const = 0;
};

/// Builds a scheduler the way diffusers' `XScheduler.from_config(model_scheduler_config)` does:
/// key = ddim, pndm, lms, euler, euler_a, dpmpp_2m, dpmpp_2m_karras, or "" for the config's own class.
/// Throws CoreError(InvalidArgument) for an unknown key.
std::unique_ptr<Scheduler> make_scheduler(const std::string& key, const SchedulerConfig& model_config);

/// betas/alphas_cumprod of a config (float32, as diffusers computes them).
at::Tensor make_betas(const SchedulerConfig& config);

}  // namespace clue::sched
