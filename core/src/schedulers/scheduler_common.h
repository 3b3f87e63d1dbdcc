#pragma once
// Internal helpers shared by the scheduler files: numpy-exact schedule arithmetic (diffusers builds its timestep and
// sigma tables with numpy in float64), the per-algorithm constructors used by the factory, small tensor helpers.
// Not part of the scheduler interface; include only from core/src/schedulers/*.cpp and tests.
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "schedulers/scheduler.h"

namespace clue::sched {

// diffusers class names.
inline constexpr const char* kDDIM = "DDIMScheduler";
inline constexpr const char* kPNDM = "PNDMScheduler";
inline constexpr const char* kLMS = "LMSDiscreteScheduler";
inline constexpr const char* kEuler = "EulerDiscreteScheduler";
inline constexpr const char* kEulerA = "EulerAncestralDiscreteScheduler";
inline constexpr const char* kDPM = "DPMSolverMultistepScheduler";

// One constructor per algorithm file; each takes an already resolved config (`for_class(<its class>)`).
std::unique_ptr<Scheduler> make_ddim_scheduler(const SchedulerConfig& config);
std::unique_ptr<Scheduler> make_pndm_scheduler(const SchedulerConfig& config);
std::unique_ptr<Scheduler> make_lms_scheduler(const SchedulerConfig& config);
std::unique_ptr<Scheduler> make_euler_scheduler(const SchedulerConfig& config);
std::unique_ptr<Scheduler> make_euler_ancestral_scheduler(const SchedulerConfig& config);
std::unique_ptr<Scheduler> make_dpm_multistep_scheduler(const SchedulerConfig& config);

namespace detail {

/// numpy.linspace(start, stop, num) (endpoint=True, float64), bit-exact to numpy 1.24.
std::vector<double> np_linspace(double start, double stop, std::int64_t num);
/// numpy.arange(start, stop, step) in float64, bit-exact (numpy fills start + i*((start+step)-start)).
std::vector<double> np_arange(double start, double stop, double step);
/// numpy.round / ndarray.round: half to even.
double np_round(double v);
/// numpy.interp(x, arange(len(fp)), fp) in float64.
std::vector<double> np_interp_index(const std::vector<double>& x, const std::vector<double>& fp);
/// diffusers `_convert_to_karras` (rho 7): (max^(1/rho) + ramp*(min^(1/rho) - max^(1/rho)))^rho.
std::vector<double> karras_sigmas(double sigma_min, double sigma_max, int num_inference_steps);
/// diffusers `_sigma_to_t(sigma, log_sigmas)` with numpy 1.24's float32/float64 promotions.
double sigma_to_t(double sigma, const std::vector<float>& log_sigmas);
/// `((1 - alphas_cumprod) / alphas_cumprod) ** 0.5` in float32 (torch), as used by every sigma scheduler.
at::Tensor sigmas_of(const at::Tensor& alphas_cumprod);

std::vector<double> to_doubles(const at::Tensor& t);                    ///< any 1-d tensor
std::vector<float> log_f32(const std::vector<double>& float32_values);  ///< numpy np.log on a float32 array
at::Tensor tensor_f32(const std::vector<double>& v);                    ///< `torch.from_numpy(v).to(float32)`
at::Tensor tensor_f64(const std::vector<double>& v);
at::Tensor tensor_i64(const std::vector<std::int64_t>& v);
/// `float32_array.astype(np.float32)`-style rounding of each value.
std::vector<double> round_to_f32(std::vector<double> v);

/// Throws CoreError(InvalidArgument) unless 1 <= n <= num_train_timesteps.
void check_num_steps(int n, int num_train_timesteps, const char* class_name);
/// Throws CoreError(BadConfig) naming the key and value.
[[noreturn]] void bad_config(const char* class_name, const std::string& key, const std::string& value);
/// Throws CoreError(InvalidArgument) for a step index outside [0, count).
void check_step_index(int step_index, std::int64_t count, const char* class_name);

/// diffusers `_threshold_sample` (dynamic thresholding, Imagen).
at::Tensor threshold_sample(const at::Tensor& sample, double ratio, double max_value);
/// Makes a per-batch value tensor `v` ([1]) broadcastable against `like`: flatten, then unsqueeze(-1) to its rank.
at::Tensor unsqueeze_to(at::Tensor v, const at::Tensor& like);

/// add_noise of the alpha-schedule samplers (DDIM, PNDM): sqrt(ᾱ_t)·x0 + sqrt(1-ᾱ_t)·noise at timesteps[step_index].
/// ref: diffusers v0.27.2 scheduling_ddim.py / scheduling_pndm.py add_noise
at::Tensor alpha_add_noise(const at::Tensor& alphas_cumprod, const at::Tensor& timesteps, const at::Tensor& original,
                           const at::Tensor& noise, int step_index, const char* class_name);

}  // namespace detail
}  // namespace clue::sched
