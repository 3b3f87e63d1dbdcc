#pragma once
// One scheduler algorithm per file behind this interface (architecture.md rule 3), ported from diffusers 0.27.2
// `schedulers/scheduling_*.py`. Schedulers never include model headers.
#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>

#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clue::sched {

/// The model's `scheduler_config.json`, with diffusers' defaults for absent keys.
///
/// diffusers semantics kept here (configuration_utils.py, `extract_init_dict` + `_use_default_values`): a value
/// counts only if the JSON has its key (`keys`); `XScheduler.from_config(config)` takes every `__init__` parameter
/// of X from the JSON when present and otherwise uses X's own default — not the default of the JSON's class.
/// So an SD 1.5 JSON without `timestep_spacing` gives Euler "linspace" but DDIM "leading". See `for_class()`.
struct SchedulerConfig {
    std::string class_name;  ///< "_class_name": PNDMScheduler, DDIMScheduler, …
    int num_train_timesteps = 1000;
    double beta_start = 0.0001;
    double beta_end = 0.02;
    std::string beta_schedule = "linear";  ///< linear, scaled_linear, squaredcos_cap_v2
    std::vector<double> trained_betas;
    std::string prediction_type = "epsilon";   ///< epsilon, v_prediction, sample
    std::string timestep_spacing = "leading";  ///< leading, trailing, linspace
    int steps_offset = 0;
    bool set_alpha_to_one = true;
    bool skip_prk_steps = false;
    bool clip_sample = false;
    double clip_sample_range = 1.0;
    bool use_karras_sigmas = false;
    bool rescale_betas_zero_snr = false;
    std::string raw_json;  ///< the file as read, for `clue info`

    // --- further diffusers parameters (same names as the JSON keys) ---
    bool thresholding = false;  ///< DDIM, DPM-Solver dynamic thresholding
    double dynamic_thresholding_ratio = 0.995;
    double sample_max_value = 1.0;
    std::string interpolation_type = "linear";  ///< Euler: linear, log_linear
    std::string timestep_type = "discrete";     ///< Euler: discrete, continuous
    std::optional<double> sigma_min;            ///< Euler (Karras sigmas)
    std::optional<double> sigma_max;
    int solver_order = 2;                        ///< DPM-Solver: 1, 2, 3
    std::string algorithm_type = "dpmsolver++";  ///< DPM-Solver: dpmsolver++, sde-dpmsolver++
    std::string solver_type = "midpoint";        ///< DPM-Solver: midpoint, heun
    bool lower_order_final = true;
    bool euler_at_final = false;
    bool use_lu_lambdas = false;
    std::string final_sigmas_type = "zero";  ///< DPM-Solver: zero, sigma_min
    double lambda_min_clipped = -std::numeric_limits<double>::infinity();

    /// The JSON keys present (without "_class_name"/"_diffusers_version"); only these override class defaults.
    std::set<std::string> keys;

    /// Parses a scheduler_config.json text; unknown keys are ignored. Python's `NaN`/`Infinity`/`-Infinity`
    /// (written by diffusers' `json.dumps`) are accepted. Absent keys take the defaults of the JSON's own class.
    /// Throws CoreError(BadConfig) on invalid JSON or wrongly typed values.
    static SchedulerConfig from_json(const std::string& json_text);

    /// The parameters diffusers' `<class_name>.from_config(this)` would use: class defaults, overridden by the
    /// JSON values of that class's `__init__` parameters. `class_name` of the result is the given class.
    SchedulerConfig for_class(const std::string& class_name) const;

    bool has(const std::string& key) const { return keys.count(key) != 0; }
};

/// Where a step's random noise comes from: diffusers `randn_tensor(shape, generator=…)` or, when `given` is
/// defined, that tensor instead (diffusers' `variance_noise`; used to replay recorded noise).
struct NoiseSource {
    at::Generator* generator = nullptr;  ///< CPU generator; nullptr = LibTorch's default CPU generator
    at::Tensor given;
    /// `torch.randn(shape, generator=gen, device="cpu", dtype=dtype).to(device)` (always drawn on the CPU so that
    /// seeds reproduce across devices), or `given.to(device, dtype)`.
    at::Tensor draw(at::IntArrayRef shape, at::ScalarType dtype, at::Device device) const;
};

class Scheduler {
public:
    virtual ~Scheduler() = default;
    /// diffusers `set_timesteps(num_inference_steps)`; resets all multistep state.
    /// Throws CoreError(InvalidArgument) unless 1 <= num_inference_steps <= num_train_timesteps.
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
    /// `step_index` is absolute into timesteps() (img2img starts later). Noise, where drawn, comes from `gen` on the
    /// CPU as `torch.randn(shape, generator=gen, dtype=…)` and is then moved to the sample's device; the dtype is
    /// diffusers' (the model output's for DDIM/Euler/Euler a, float32 for DPM-Solver SDE), so float32 in fp32 runs.
    virtual at::Tensor step(const at::Tensor& model_output, int step_index, const at::Tensor& sample,
                            at::Generator* gen) {
        return step_with(model_output, step_index, sample, NoiseSource{gen, {}});
    }
    /// step() with an explicit noise source (e.g. `NoiseSource{nullptr, recorded_noise}`). Algorithms that draw
    /// no noise ignore it; Euler draws (and discards) one tensor per step as diffusers does.
    virtual at::Tensor step_with(const at::Tensor& model_output, int step_index, const at::Tensor& sample,
                                 const NoiseSource& noise) = 0;
    /// DDIM's `eta` (diffusers passes it to `step`); the other algorithms ignore it.
    virtual void set_eta(double /*eta*/) {}
    /// The last step's pred_original_sample (x0 estimate) where the algorithm has one; else undefined.
    virtual at::Tensor last_pred_original_sample() const { return {}; }
    /// diffusers `add_noise(original, noise, timesteps[step_index])` (img2img start, Grad-SAM background).
    virtual at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, int step_index) const = 0;
    /// diffusers `order` (img2img: first kept index = t_start * order).
    virtual int order() const { return 1; }
    /// The resolved parameters (after `for_class`), `class_name` = the diffusers class implemented.
    virtual const SchedulerConfig& config() const = 0;
};

/// The sampler keys make_scheduler accepts (besides "" and the A1111 display names).
const std::vector<std::string>& sampler_keys();

/// Maps a sampler name to its key: keys as is, A1111 display names ("Euler a", "DPM++ 2M Karras", "PLMS", …,
/// case-insensitive) and "euler_ancestral". Returns the input unchanged when it is unknown.
std::string canonical_sampler_key(const std::string& name);

/// Builds a scheduler the way diffusers' `XScheduler.from_config(model_scheduler_config)` does:
/// key = ddim, pndm, lms, euler, euler_a, dpmpp_2m, dpmpp_2m_karras, or "" for the config's own class.
/// dpmpp_2m / dpmpp_2m_karras also pass `algorithm_type="dpmsolver++", solver_order=2, use_karras_sigmas=…`.
/// Throws CoreError(InvalidArgument) for an unknown key (the message lists the valid ones), CoreError(UnsupportedModel)
/// for "" with a scheduler class not ported, and CoreError(BadConfig) for parameters the algorithm does not support.
std::unique_ptr<Scheduler> make_scheduler(const std::string& key, const SchedulerConfig& model_config);

/// betas of a config (float32, as diffusers computes them, including `rescale_betas_zero_snr`).
at::Tensor make_betas(const SchedulerConfig& config);
/// alphas_cumprod = cumprod(1 - betas) (float32), as diffusers' `__init__`.
at::Tensor make_alphas_cumprod(const SchedulerConfig& config);

}  // namespace clue::sched
