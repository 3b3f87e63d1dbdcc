// make_scheduler: sampler key -> diffusers class, built like `XScheduler.from_config(model_config, **overrides)`.
// ref: diffusers v0.27.2 src/diffusers/configuration_utils.py (ConfigMixin.from_config); A1111 sampler names as in
//      ../shared/design/conventions.md §6.3.
#include <algorithm>
#include <cctype>
#include <utility>

#include "common/error.h"
#include "schedulers/scheduler.h"
#include "schedulers/scheduler_common.h"

namespace clue::sched {
namespace {

std::string lower_ascii(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string valid_key_list() {
    std::string list;
    for (const auto& k : sampler_keys()) list += (list.empty() ? "" : ", ") + k;
    return list + ", or \"\" for the model's own scheduler";
}

std::unique_ptr<Scheduler> make_for_class(const std::string& cls, const SchedulerConfig& resolved) {
    if (cls == kDDIM) return make_ddim_scheduler(resolved);
    if (cls == kPNDM) return make_pndm_scheduler(resolved);
    if (cls == kLMS) return make_lms_scheduler(resolved);
    if (cls == kEuler) return make_euler_scheduler(resolved);
    if (cls == kEulerA) return make_euler_ancestral_scheduler(resolved);
    if (cls == kDPM) return make_dpm_multistep_scheduler(resolved);
    fail(Errc::UnsupportedModel,
         "scheduler class \"" + cls + "\" of the model is not supported; choose a sampler: " + valid_key_list());
}

}  // namespace

const std::vector<std::string>& sampler_keys() {
    static const std::vector<std::string> keys = {"ddim",     "pndm",           "lms", "euler", "euler_a",
                                                  "dpmpp_2m", "dpmpp_2m_karras"};
    return keys;
}

std::string canonical_sampler_key(const std::string& name) {
    static const std::vector<std::pair<std::string, std::string>> aliases = {
        {"ddim", "ddim"},
        {"pndm", "pndm"},
        {"plms", "pndm"},
        {"lms", "lms"},
        {"euler", "euler"},
        {"euler_a", "euler_a"},
        {"euler a", "euler_a"},
        {"euler_ancestral", "euler_a"},
        {"dpmpp_2m", "dpmpp_2m"},
        {"dpm++ 2m", "dpmpp_2m"},
        {"dpmpp_2m_karras", "dpmpp_2m_karras"},
        {"dpm++ 2m karras", "dpmpp_2m_karras"},
    };
    const std::string l = lower_ascii(name);
    for (const auto& [alias, key] : aliases)
        if (l == alias) return key;
    return name;
}

std::unique_ptr<Scheduler> make_scheduler(const std::string& key0, const SchedulerConfig& model_config) {
    const std::string key = canonical_sampler_key(key0);
    if (key.empty()) {
        if (model_config.class_name.empty())
            fail(Errc::BadConfig,
                 "the model's scheduler config names no _class_name; choose a sampler: " + valid_key_list());
        return make_for_class(model_config.class_name, model_config.for_class(model_config.class_name));
    }
    static const std::vector<std::pair<std::string, std::string>> classes = {
        {"ddim", kDDIM},    {"pndm", kPNDM},           {"lms", kLMS}, {"euler", kEuler}, {"euler_a", kEulerA},
        {"dpmpp_2m", kDPM}, {"dpmpp_2m_karras", kDPM},
    };
    for (const auto& [k, cls] : classes) {
        if (k != key) continue;
        SchedulerConfig resolved = model_config.for_class(cls);
        if (cls == kDPM) {  // from_config(config, algorithm_type=…, solver_order=2, use_karras_sigmas=…)
            resolved.algorithm_type = "dpmsolver++";
            resolved.solver_order = 2;
            resolved.use_karras_sigmas = key == "dpmpp_2m_karras";
            resolved.use_lu_lambdas = false;
        }
        return make_for_class(cls, resolved);
    }
    fail(Errc::InvalidArgument, "unknown sampler \"" + key0 + "\"; valid samplers: " + valid_key_list());
}

}  // namespace clue::sched
