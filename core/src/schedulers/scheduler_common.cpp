// Shared numpy-exact helpers of the schedulers and NoiseSource.
// ref: diffusers v0.27.2 src/diffusers/utils/torch_utils.py (randn_tensor),
//      src/diffusers/schedulers/scheduling_euler_discrete.py (_sigma_to_t, _convert_to_karras),
//      src/diffusers/schedulers/scheduling_ddim.py (_threshold_sample); numpy 1.24 linspace/arange/interp.
#include "schedulers/scheduler_common.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>

#include "common/error.h"

namespace clue::sched {

at::Tensor NoiseSource::draw(at::IntArrayRef shape, at::ScalarType dtype, at::Device device) const {
    if (given.defined()) {
        if (given.sizes() != shape)
            fail(Errc::ShapeMismatch,
                 "given noise has shape " + c10::str(given.sizes()) + ", expected " + c10::str(shape));
        return given.to(device, dtype);
    }
    // randn_tensor: a CPU generator draws on the CPU, then `.to(device)`.
    c10::optional<at::Generator> gen;
    if (generator != nullptr) gen = *generator;
    return at::randn(shape, gen, at::TensorOptions().dtype(dtype).device(at::kCPU)).to(device);
}

namespace detail {

std::vector<double> np_linspace(double start, double stop, std::int64_t num) {
    std::vector<double> y(static_cast<std::size_t>(std::max<std::int64_t>(num, 0)));
    if (num <= 0) return y;
    const double div = static_cast<double>(num - 1);
    const double delta = stop - start;
    const double step = div > 0 ? delta / div : std::nan("");
    for (std::int64_t i = 0; i < num; ++i) {
        const double fi = static_cast<double>(i);
        // numpy: y = arange * step (or y / div * delta when step == 0), then y += start
        double v = (div > 0 && step == 0) ? fi / div * delta : (div > 0 ? fi * step : fi * delta);
        y[static_cast<std::size_t>(i)] = v + start;
    }
    if (num > 1) y.back() = stop;
    return y;
}

std::vector<double> np_arange(double start, double stop, double step) {
    const double len_f = std::ceil((stop - start) / step);
    const std::int64_t len = len_f > 0 ? static_cast<std::int64_t>(len_f) : 0;
    std::vector<double> y(static_cast<std::size_t>(len));
    if (len == 0) return y;
    y[0] = start;
    if (len == 1) return y;
    y[1] = start + step;
    const double delta = y[1] - y[0];
    for (std::int64_t i = 2; i < len; ++i) y[static_cast<std::size_t>(i)] = start + static_cast<double>(i) * delta;
    return y;
}

double np_round(double v) { return std::nearbyint(v); }  // default rounding mode: half to even

std::vector<double> np_interp_index(const std::vector<double>& x, const std::vector<double>& fp) {
    // numpy/core/src/multiarray/compiled_base.c arr_interp with xp = 0, 1, …, n-1
    const std::int64_t n = static_cast<std::int64_t>(fp.size());
    std::vector<double> out(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double xv = x[i];
        if (std::isnan(xv)) {
            out[i] = xv;
        } else if (xv < 0.0) {
            out[i] = fp.front();
        } else if (xv >= static_cast<double>(n - 1)) {
            out[i] = fp.back();
        } else {
            const std::int64_t j = static_cast<std::int64_t>(std::floor(xv));
            const double xj = static_cast<double>(j);
            if (xj == xv) {
                out[i] = fp[static_cast<std::size_t>(j)];
            } else {
                const double slope = (fp[j + 1] - fp[j]) / (static_cast<double>(j + 1) - xj);
                out[i] = slope * (xv - xj) + fp[j];
                if (std::isnan(out[i])) {
                    out[i] = slope * (xv - static_cast<double>(j + 1)) + fp[j + 1];
                    if (std::isnan(out[i]) && fp[j] == fp[j + 1]) out[i] = fp[j];
                }
            }
        }
    }
    return out;
}

std::vector<double> karras_sigmas(double sigma_min, double sigma_max, int num_inference_steps) {
    const double rho = 7.0;
    const std::vector<double> ramp = np_linspace(0.0, 1.0, num_inference_steps);
    const double min_inv_rho = std::pow(sigma_min, 1.0 / rho);
    const double max_inv_rho = std::pow(sigma_max, 1.0 / rho);
    std::vector<double> s(ramp.size());
    for (std::size_t i = 0; i < ramp.size(); ++i)
        s[i] = std::pow(max_inv_rho + ramp[i] * (min_inv_rho - max_inv_rho), rho);
    return s;
}

double sigma_to_t(double sigma, const std::vector<float>& log_sigmas) {
    // log_sigma is a float64 numpy scalar; against the float32 log_sigmas array numpy 1.24 computes in float32.
    const double log_sigma = std::log(std::max(sigma, 1e-10));
    const float ls = static_cast<float>(log_sigma);
    const std::int64_t n = static_cast<std::int64_t>(log_sigmas.size());
    // cumsum(dists >= 0).argmax() = last index with dists >= 0 (0 if none)
    std::int64_t low_idx = 0;
    for (std::int64_t i = 0; i < n; ++i)
        if (ls - log_sigmas[static_cast<std::size_t>(i)] >= 0.0f) low_idx = i;
    low_idx = std::min(low_idx, n - 2);
    const std::int64_t high_idx = low_idx + 1;
    const float low = log_sigmas[static_cast<std::size_t>(low_idx)];
    const float high = log_sigmas[static_cast<std::size_t>(high_idx)];
    float w = (low - ls) / (low - high);
    w = std::clamp(w, 0.0f, 1.0f);
    // (1 - w) is float32; times the int64 index array numpy promotes to float64
    return static_cast<double>(1.0f - w) * static_cast<double>(low_idx) +
           static_cast<double>(w) * static_cast<double>(high_idx);
}

at::Tensor sigmas_of(const at::Tensor& alphas_cumprod) {
    return at::pow(at::rsub(alphas_cumprod, 1) / alphas_cumprod, 0.5);
}

std::vector<double> to_doubles(const at::Tensor& t) {
    at::Tensor d = t.detach().to(at::kCPU, at::kDouble).contiguous();
    const double* p = d.data_ptr<double>();
    return std::vector<double>(p, p + d.numel());
}

std::vector<float> log_f32(const std::vector<double>& float32_values) {
    std::vector<float> out(float32_values.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = std::log(static_cast<float>(float32_values[i]));
    return out;
}

at::Tensor tensor_f64(const std::vector<double>& v) {
    auto n = static_cast<std::int64_t>(v.size());
    return at::from_blob(const_cast<double*>(v.data()), {n}, at::TensorOptions().dtype(at::kDouble)).clone();
}
at::Tensor tensor_f32(const std::vector<double>& v) { return tensor_f64(v).to(at::kFloat); }
at::Tensor tensor_i64(const std::vector<std::int64_t>& v) {
    auto n = static_cast<std::int64_t>(v.size());
    return at::from_blob(const_cast<std::int64_t*>(v.data()), {n}, at::TensorOptions().dtype(at::kLong)).clone();
}

std::vector<double> round_to_f32(std::vector<double> v) {
    for (double& x : v) x = static_cast<double>(static_cast<float>(x));
    return v;
}

void check_num_steps(int n, int num_train_timesteps, const char* class_name) {
    if (n < 1 || n > num_train_timesteps)
        fail(Errc::InvalidArgument, std::string(class_name) + ": num_inference_steps must be in [1, " +
                                        std::to_string(num_train_timesteps) + "], got " + std::to_string(n));
}

void bad_config(const char* class_name, const std::string& key, const std::string& value) {
    fail(Errc::BadConfig, std::string(class_name) + ": unsupported " + key + " \"" + value + "\"");
}

at::Tensor alpha_add_noise(const at::Tensor& alphas_cumprod, const at::Tensor& timesteps, const at::Tensor& original,
                           const at::Tensor& noise, int step_index, const char* class_name) {
    check_step_index(step_index, timesteps.numel(), class_name);
    const at::Tensor ac = alphas_cumprod.to(original.device(), original.scalar_type());
    const at::Tensor t = timesteps.slice(0, step_index, step_index + 1).to(original.device());
    const at::Tensor sqrt_alpha_prod = unsqueeze_to(at::pow(ac.index_select(0, t), 0.5), original);
    const at::Tensor sqrt_one_minus_alpha_prod = unsqueeze_to(at::pow(at::rsub(ac.index_select(0, t), 1), 0.5), original);
    return sqrt_alpha_prod * original + sqrt_one_minus_alpha_prod * noise;
}

void check_step_index(int step_index, std::int64_t count, const char* class_name) {
    if (count == 0) fail(Errc::InvalidArgument, std::string(class_name) + ": call set_timesteps() before step()");
    if (step_index < 0 || step_index >= count)
        fail(Errc::InvalidArgument, std::string(class_name) + ": step index " + std::to_string(step_index) +
                                        " outside [0, " + std::to_string(count) + ")");
}

at::Tensor threshold_sample(const at::Tensor& sample0, double ratio, double max_value) {
    const auto dtype = sample0.scalar_type();
    at::Tensor sample = sample0;
    if (dtype != at::kFloat && dtype != at::kDouble) sample = sample.to(at::kFloat);
    const auto shape = sample.sizes().vec();
    sample = sample.reshape({shape[0], sample.numel() / shape[0]});
    at::Tensor s = at::quantile(sample.abs(), ratio, 1);
    s = at::clamp(s, 1, max_value).unsqueeze(1);
    sample = at::clamp(sample, -s, s) / s;
    return sample.reshape(shape).to(dtype);
}

at::Tensor unsqueeze_to(at::Tensor v, const at::Tensor& like) {
    v = v.flatten();
    while (v.dim() < like.dim()) v = v.unsqueeze(-1);
    return v;
}

}  // namespace detail
}  // namespace clue::sched
