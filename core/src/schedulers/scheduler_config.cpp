// SchedulerConfig parsing, diffusers' from_config resolution, beta schedules.
// ref: diffusers v0.27.2 src/diffusers/configuration_utils.py (ConfigMixin.extract_init_dict, register_to_config:
//      `_use_default_values`), src/diffusers/schedulers/scheduling_ddim.py (__init__, betas_for_alpha_bar,
//      rescale_zero_terminal_snr) and the `__init__` signatures of the six scheduler classes.
#include <torch/torch.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <numbers>
#include <type_traits>
#include <utility>

#include "common/error.h"
#include "schedulers/scheduler.h"
#include "schedulers/scheduler_common.h"

namespace clue::sched {
namespace {

using nlohmann::json;

[[noreturn]] void config_type_error(const std::string& key, const char* expected) {
    fail(Errc::BadConfig, "scheduler config: \"" + key + "\" must be " + expected);
}

// Python's json.dumps writes NaN, Infinity, -Infinity as bare tokens; nlohmann rejects them, so quote them first.
std::string quote_python_specials(const std::string& text) {
    std::string out;
    out.reserve(text.size() + 16);
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (in_string) {
            out += ch;
            if (ch == '\\' && i + 1 < text.size())
                out += text[++i];
            else if (ch == '"')
                in_string = false;
            continue;
        }
        if (ch == '"') in_string = true;
        bool replaced = false;
        for (const char* token : {"-Infinity", "Infinity", "NaN"}) {
            const std::string t(token);
            if (text.compare(i, t.size(), t) == 0) {
                out += '"' + t + '"';
                i += t.size() - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced) out += ch;
    }
    return out;
}

double number_of(const json& v, const std::string& key) {
    if (v.is_number()) return v.get<double>();
    if (v.is_string()) {
        const auto s = v.get<std::string>();
        if (s == "NaN") return std::nan("");
        if (s == "Infinity") return std::numeric_limits<double>::infinity();
        if (s == "-Infinity") return -std::numeric_limits<double>::infinity();
    }
    config_type_error(key, "a number");
}

// Readers per member type; `null` is accepted where diffusers' parameter is Optional.
void read(int& dst, const json& v, const std::string& key) {
    const double d = number_of(v, key);
    if (d != std::floor(d) || std::abs(d) > 1e9) config_type_error(key, "an integer");
    dst = static_cast<int>(d);
}
void read(double& dst, const json& v, const std::string& key) { dst = number_of(v, key); }
void read(bool& dst, const json& v, const std::string& key) {
    if (v.is_null())
        dst = false;  // Optional[bool] = None is falsy
    else if (v.is_boolean())
        dst = v.get<bool>();
    else
        config_type_error(key, "true or false");
}
void read(std::string& dst, const json& v, const std::string& key) {
    if (!v.is_string()) config_type_error(key, "a string");
    dst = v.get<std::string>();
}
void read(std::optional<double>& dst, const json& v, const std::string& key) {
    if (v.is_null())
        dst.reset();
    else
        dst = number_of(v, key);
}
void read(std::vector<double>& dst, const json& v, const std::string& key) {
    dst.clear();
    if (v.is_null()) return;
    if (!v.is_array()) config_type_error(key, "a list of numbers or null");
    for (const auto& e : v) dst.push_back(number_of(e, key));
}

template <class T>
constexpr bool kAcceptsNull =
    std::is_same_v<T, bool> || std::is_same_v<T, std::optional<double>> || std::is_same_v<T, std::vector<double>>;

struct Field {
    const char* key;
    bool accepts_null;
    void (*parse)(SchedulerConfig&, const json&, const std::string& key);
    void (*copy)(SchedulerConfig&, const SchedulerConfig&);
};

template <auto Member>
Field make_field(const char* key) {
    using T = std::remove_reference_t<decltype(std::declval<SchedulerConfig&>().*Member)>;
    return Field{key, kAcceptsNull<T>,
                 [](SchedulerConfig& c, const json& v, const std::string& k) { read(c.*Member, v, k); },
                 [](SchedulerConfig& d, const SchedulerConfig& s) { d.*Member = s.*Member; }};
}
#define CLUE_SCHED_FIELD(name) make_field<&SchedulerConfig::name>(#name)

const std::vector<Field>& fields() {
    static const std::vector<Field> f = {
        CLUE_SCHED_FIELD(num_train_timesteps),
        CLUE_SCHED_FIELD(beta_start),
        CLUE_SCHED_FIELD(beta_end),
        CLUE_SCHED_FIELD(beta_schedule),
        CLUE_SCHED_FIELD(trained_betas),
        CLUE_SCHED_FIELD(prediction_type),
        CLUE_SCHED_FIELD(timestep_spacing),
        CLUE_SCHED_FIELD(steps_offset),
        CLUE_SCHED_FIELD(set_alpha_to_one),
        CLUE_SCHED_FIELD(skip_prk_steps),
        CLUE_SCHED_FIELD(clip_sample),
        CLUE_SCHED_FIELD(clip_sample_range),
        CLUE_SCHED_FIELD(use_karras_sigmas),
        CLUE_SCHED_FIELD(rescale_betas_zero_snr),
        CLUE_SCHED_FIELD(thresholding),
        CLUE_SCHED_FIELD(dynamic_thresholding_ratio),
        CLUE_SCHED_FIELD(sample_max_value),
        CLUE_SCHED_FIELD(interpolation_type),
        CLUE_SCHED_FIELD(timestep_type),
        CLUE_SCHED_FIELD(sigma_min),
        CLUE_SCHED_FIELD(sigma_max),
        CLUE_SCHED_FIELD(solver_order),
        CLUE_SCHED_FIELD(algorithm_type),
        CLUE_SCHED_FIELD(solver_type),
        CLUE_SCHED_FIELD(lower_order_final),
        CLUE_SCHED_FIELD(euler_at_final),
        CLUE_SCHED_FIELD(use_lu_lambdas),
        CLUE_SCHED_FIELD(final_sigmas_type),
        CLUE_SCHED_FIELD(lambda_min_clipped),
    };
    return f;
}
#undef CLUE_SCHED_FIELD

// `__init__` parameters of each class (diffusers 0.27.2), besides the common ones.
bool class_has_param(const std::string& cls, const std::string& key) {
    static const std::set<std::string> common = {"num_train_timesteps", "beta_start",    "beta_end",
                                                 "beta_schedule",       "trained_betas", "prediction_type",
                                                 "timestep_spacing",    "steps_offset"};
    static const std::map<std::string, std::set<std::string>> extra = {
        {kDDIM,
         {"clip_sample", "set_alpha_to_one", "thresholding", "dynamic_thresholding_ratio", "clip_sample_range",
          "sample_max_value", "rescale_betas_zero_snr"}},
        {kPNDM, {"skip_prk_steps", "set_alpha_to_one"}},
        {kLMS, {"use_karras_sigmas"}},
        {kEuler,
         {"interpolation_type", "use_karras_sigmas", "sigma_min", "sigma_max", "timestep_type",
          "rescale_betas_zero_snr"}},
        {kEulerA, {"rescale_betas_zero_snr"}},
        {kDPM,
         {"solver_order", "thresholding", "dynamic_thresholding_ratio", "sample_max_value", "algorithm_type",
          "solver_type", "lower_order_final", "euler_at_final", "use_karras_sigmas", "use_lu_lambdas",
          "final_sigmas_type", "lambda_min_clipped", "rescale_betas_zero_snr"}},
    };
    const auto it = extra.find(cls);
    if (it == extra.end()) return false;
    return common.count(key) != 0 || it->second.count(key) != 0;
}

// The defaults of a class's `__init__` where they differ from the struct's initialisers.
SchedulerConfig class_defaults(const std::string& cls) {
    SchedulerConfig c;
    c.class_name = cls;
    if (cls == kDDIM) {
        c.clip_sample = true;
        c.set_alpha_to_one = true;
        c.timestep_spacing = "leading";
    } else if (cls == kPNDM) {
        c.set_alpha_to_one = false;
        c.skip_prk_steps = false;
        c.timestep_spacing = "leading";
    } else if (cls == kLMS || cls == kEuler || cls == kEulerA || cls == kDPM) {
        c.timestep_spacing = "linspace";
    }
    return c;
}

// ref: scheduling_ddim.py betas_for_alpha_bar (cosine), float64 math then torch.tensor(float32)
at::Tensor betas_for_alpha_bar(int num_diffusion_timesteps, double max_beta = 0.999) {
    const auto alpha_bar_fn = [](double t) {
        return std::pow(std::cos((t + 0.008) / 1.008 * std::numbers::pi / 2), 2.0);
    };
    std::vector<double> betas;
    for (int i = 0; i < num_diffusion_timesteps; ++i) {
        const double t1 = static_cast<double>(i) / num_diffusion_timesteps;
        const double t2 = static_cast<double>(i + 1) / num_diffusion_timesteps;
        betas.push_back(std::min(1 - alpha_bar_fn(t2) / alpha_bar_fn(t1), max_beta));
    }
    return detail::tensor_f32(betas);
}

// ref: scheduling_ddim.py rescale_zero_terminal_snr
at::Tensor rescale_zero_terminal_snr(const at::Tensor& betas) {
    at::Tensor alphas = at::rsub(betas, 1.0);
    at::Tensor alphas_cumprod = at::cumprod(alphas, 0);
    at::Tensor alphas_bar_sqrt = alphas_cumprod.sqrt();
    at::Tensor a0 = alphas_bar_sqrt[0].clone();
    at::Tensor aT = alphas_bar_sqrt[-1].clone();
    alphas_bar_sqrt.sub_(aT);
    alphas_bar_sqrt.mul_(a0 / (a0 - aT));
    at::Tensor alphas_bar = at::pow(alphas_bar_sqrt, 2);
    const auto n = alphas_bar.size(0);
    at::Tensor ratios = alphas_bar.slice(0, 1, n) / alphas_bar.slice(0, 0, n - 1);
    alphas = at::cat({alphas_bar.slice(0, 0, 1), ratios});
    return at::rsub(alphas, 1);
}

}  // namespace

SchedulerConfig SchedulerConfig::from_json(const std::string& json_text) {
    json j;
    try {
        j = json::parse(quote_python_specials(json_text));
    } catch (const json::exception& e) {
        fail(Errc::BadConfig, std::string("scheduler config is not valid JSON: ") + e.what());
    }
    if (!j.is_object()) fail(Errc::BadConfig, "scheduler config must be a JSON object");
    std::string cls;
    if (j.contains("_class_name") && j["_class_name"].is_string()) cls = j["_class_name"].get<std::string>();

    SchedulerConfig parsed;
    for (const Field& f : fields()) {
        if (!j.contains(f.key)) continue;
        const json& v = j[f.key];
        if (v.is_null() && !f.accepts_null) continue;  // None for a required value: keep the class default
        f.parse(parsed, v, f.key);
        parsed.keys.insert(f.key);
    }
    SchedulerConfig out = class_defaults(cls);
    for (const Field& f : fields())
        if (parsed.has(f.key)) f.copy(out, parsed);
    out.keys = std::move(parsed.keys);
    out.raw_json = json_text;
    return out;
}

SchedulerConfig SchedulerConfig::for_class(const std::string& target) const {
    SchedulerConfig out = class_defaults(target);
    for (const Field& f : fields())
        if (has(f.key) && class_has_param(target, f.key)) f.copy(out, *this);
    out.keys = keys;
    out.raw_json = raw_json;
    return out;
}

at::Tensor make_betas(const SchedulerConfig& c) {
    const auto f32 = at::TensorOptions().dtype(at::kFloat);
    at::Tensor betas;
    if (!c.trained_betas.empty()) {
        betas = detail::tensor_f32(c.trained_betas);
    } else if (c.beta_schedule == "linear") {
        betas = at::linspace(c.beta_start, c.beta_end, c.num_train_timesteps, f32);
    } else if (c.beta_schedule == "scaled_linear") {
        betas = at::pow(
            at::linspace(std::pow(c.beta_start, 0.5), std::pow(c.beta_end, 0.5), c.num_train_timesteps, f32), 2);
    } else if (c.beta_schedule == "squaredcos_cap_v2") {
        betas = betas_for_alpha_bar(c.num_train_timesteps);
    } else {
        detail::bad_config(c.class_name.c_str(), "beta_schedule", c.beta_schedule);
    }
    if (c.rescale_betas_zero_snr) betas = rescale_zero_terminal_snr(betas);
    return betas;
}

at::Tensor make_alphas_cumprod(const SchedulerConfig& c) { return at::cumprod(at::rsub(make_betas(c), 1.0), 0); }

}  // namespace clue::sched
