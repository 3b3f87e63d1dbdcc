// Sampler names (conventions.md §6.3): canonical keys, A1111 display names and common aliases
// (A1111 k_* aliases, ComfyUI, diffusers scheduler classes, sd.cpp).
#include <string_view>

#include "clue/engine.h"

namespace clue::sampler_names_detail {
namespace {

struct SamplerName {
    const char* key;
    const char* display;
    const char* aliases[5];  ///< nullptr-terminated
};

const SamplerName kSamplers[] = {
    {"ddim", "DDIM", {"DDIMScheduler"}},
    {"pndm", "PLMS", {"plms", "PNDMScheduler"}},
    {"lms", "LMS", {"k_lms", "LMSDiscreteScheduler"}},
    {"euler", "Euler", {"k_euler", "EulerDiscreteScheduler"}},
    {"euler_a", "Euler a", {"euler_ancestral", "k_euler_a", "k_euler_ancestral", "EulerAncestralDiscreteScheduler"}},
    {"dpmpp_2m", "DPM++ 2M", {"k_dpmpp_2m", "dpm++2m", "DPMSolverMultistepScheduler"}},
    {"dpmpp_2m_karras", "DPM++ 2M Karras", {"k_dpmpp_2m_ka", "k_dpmpp_2m_karras", "dpm++2m_karras"}},
};

/// Lower case, trimmed, runs of ' ', '-', '_' folded to one '_': "Euler a" == "euler_a" == "EULER-A".
std::string normalize(std::string_view s) {
    std::string out;
    bool sep = false;
    for (unsigned char c : s) {
        if (c == ' ' || c == '-' || c == '_' || c == '\t') {
            sep = true;
            continue;
        }
        if (sep && !out.empty()) out += '_';
        sep = false;
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);  // ASCII only, locale-independent
    }
    return out;
}

const SamplerName* find_sampler(const std::string& name) {
    const std::string n = normalize(name);
    if (n.empty()) return nullptr;
    for (const auto& s : kSamplers) {
        if (n == normalize(s.key) || n == normalize(s.display)) return &s;
        for (const char* const* a = s.aliases; *a; ++a)
            if (n == normalize(*a)) return &s;
    }
    return nullptr;
}

}  // namespace
}  // namespace clue::sampler_names_detail

namespace clue {

Result<std::string> canonical_sampler_name(const std::string& name) {
    using namespace sampler_names_detail;  // not at namespace scope: safe in unity builds
    if (const SamplerName* s = find_sampler(name)) return std::string(s->key);
    std::string keys, displays;
    for (const auto& s : kSamplers) {
        keys += std::string(keys.empty() ? "" : ", ") + s.key;
        displays += std::string(displays.empty() ? "" : ", ") + "\"" + s.display + "\"";
    }
    return Error{Errc::InvalidArgument,
                 "unknown sampler '" + name + "'; valid names: " + keys + " (or A1111 names " + displays + ")"};
}

std::string sampler_display_name(const std::string& key) {
    using namespace sampler_names_detail;  // not at namespace scope: safe in unity builds
    if (const SamplerName* s = find_sampler(key)) return s->display;
    return key;
}

std::vector<std::string> sampler_names() {
    using namespace sampler_names_detail;  // not at namespace scope: safe in unity builds
    std::vector<std::string> out;
    for (const auto& s : kSamplers) out.emplace_back(s.key);
    return out;
}

}  // namespace clue
