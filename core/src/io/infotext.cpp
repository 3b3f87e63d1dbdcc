// A1111 infotext (conventions.md §6.1): format like modules/processing.py create_infotext, parse like
// modules/infotext_utils.py parse_generation_parameters (its findall regex is reimplemented as a scanner:
// std::regex recursion can overflow the stack on long quoted values).
#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "clue/engine.h"
#include "clue/png_meta.h"

namespace clue::infotext_detail {
namespace {

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }
/// Python's \w on str is Unicode-aware: treat every non-ASCII byte as a word character.
bool is_word(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
/// ASCII only: std::tolower depends on the C locale, which Qt sets from the environment (tr_TR: 'I' -> 'ı').
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_key_char(unsigned char c) { return is_word(c) || c == ' ' || c == '-' || c == '/'; }

std::string strip(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && is_space(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && is_space(static_cast<unsigned char>(s[e - 1]))) --e;
    return std::string(s.substr(b, e - b));
}

/// Python json.dumps(text, ensure_ascii=False).
std::string json_dumps(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

/// A1111 quote(): JSON-quote a value holding ',', ':' or a newline.
std::string quote(const std::string& v) {
    if (v.find_first_of(",:\n") == std::string::npos) return v;
    return json_dumps(v);
}

/// A1111 unquote(): json.loads a "..." value; on failure the text as is.
std::string unquote(const std::string& v) {
    if (v.size() < 2 || v.front() != '"' || v.back() != '"') return v;
    const nlohmann::json j = nlohmann::json::parse(v, nullptr, false);
    if (j.is_discarded() || !j.is_string()) return v;
    return j.get<std::string>();
}

/// One match of `\s*(\w[\w \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$)` anchored at `p`.
bool match_param(std::string_view s, size_t p, size_t& end, std::string& key, std::string& value) {
    const size_t n = s.size();
    auto at = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    while (p < n && is_space(at(p))) ++p;
    if (p >= n || !is_word(at(p)) || (at(p) & 0xC0) == 0x80) return false;  // not inside a UTF-8 sequence
    size_t k = p + 1, chars = 1;
    for (; k < n && is_key_char(at(k)); ++k) chars += (at(k) & 0xC0) != 0x80;
    if (chars < 2 || k >= n || s[k] != ':') return false;
    key.assign(s.substr(p, k - p));
    size_t v = k + 1;
    while (v < n && is_space(at(v))) ++v;
    if (v < n && s[v] == '"') {  // quoted alternative; deterministic, see the regex
        size_t q = v + 1;
        while (q < n) {
            if (s[q] == '\\' && q + 1 < n && s[q + 1] != '\n')
                q += 2;
            else if (s[q] != '\\' && s[q] != '"')
                ++q;
            else
                break;
        }
        if (q > v + 1 && q < n && s[q] == '"' && (q + 1 == n || s[q + 1] == ',')) {
            value.assign(s.substr(v, q + 1 - v));
            end = q + 1 < n ? q + 2 : n;
            return true;
        }
    }
    size_t c = v;
    while (c < n && s[c] != ',') ++c;
    value.assign(s.substr(v, c - v));
    end = c < n ? c + 1 : n;
    return true;
}

/// re.findall over the whole line.
std::vector<std::pair<std::string, std::string>> find_params(std::string_view line) {
    std::vector<std::pair<std::string, std::string>> out;
    size_t p = 0, end = 0;
    std::string key, value;
    while (p < line.size()) {
        if (match_param(line, p, end, key, value)) {
            out.emplace_back(key, value);
            p = end;
        } else {
            ++p;
        }
    }
    return out;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i]))
            return false;
    return true;
}

template <class T>
bool parse_number(const std::string& text, T& out) {
    const std::string t = strip(text);
    const char* b = t.data();
    const char* e = t.data() + t.size();
    if (b != e && *b == '+') ++b;
    T value{};
    auto [ptr, ec] = std::from_chars(b, e, value);
    if (ec != std::errc() || ptr != e || b == e) return false;
    out = value;
    return true;
}

const std::string* find(const Infotext& info, const char* key) {
    auto it = info.params.find(key);
    return it == info.params.end() ? nullptr : &it->second;
}

/// Schedule labels A1111 ≤1.8 folded into sampler names ("DPM++ 2M Karras").
constexpr std::array<std::string_view, 11> kSchedules = {
    "Karras", "Exponential", "Polyexponential", "SGM Uniform", "Uniform", "Simple",
    "Normal", "DDIM",        "Beta",            "KL Optimal",  "Align Your Steps"};

/// Sampler + schedule -> canonical key. A1111 ≥1.9 "Automatic" means the sampler's default schedule, which
/// is Karras for DPM++ 2M; no schedule at all (≤1.8) means the plain sampler. Schedules we do not implement
/// fall back to the plain sampler; an unknown sampler is returned as is, so validate() reports it.
std::string resolve_sampler(const std::string& sampler, std::string schedule) {
    if (auto whole = canonical_sampler_name(sampler); whole && schedule.empty()) return *whole;
    std::string base = sampler;
    if (schedule.empty()) {
        for (std::string_view label : kSchedules) {
            if (base.size() > label.size() + 1 && base[base.size() - label.size() - 1] == ' ' &&
                iequals(std::string_view(base).substr(base.size() - label.size()), label)) {
                schedule = std::string(label);
                base = strip(base.substr(0, base.size() - label.size() - 1));
                break;
            }
        }
    }
    auto key = canonical_sampler_name(base);
    if (!key) return sampler;
    std::string k = *key;
    if (k.size() > 7 && k.ends_with("_karras")) k.resize(k.size() - 7);
    const bool karras = iequals(schedule, "Karras") || (iequals(schedule, "Automatic") && k == "dpmpp_2m") ||
                        (key->ends_with("_karras") && (schedule.empty() || iequals(schedule, "Automatic")));
    if (karras) {
        if (auto kk = canonical_sampler_name(k + "_karras")) return *kk;
    }
    return k;
}

}  // namespace
}  // namespace clue::infotext_detail

namespace clue {

std::string format_infotext(const std::string& prompt, const std::string& negative_prompt,
                            const std::vector<std::pair<std::string, std::string>>& params) {
    using namespace infotext_detail;  // not at namespace scope: safe in unity builds
    std::string line;
    for (const auto& [k, v] : params) {
        if (v.empty()) continue;
        if (!line.empty()) line += ", ";
        line += k == v ? k : k + ": " + quote(v);
    }
    const std::string negative = negative_prompt.empty() ? "" : "\nNegative prompt: " + negative_prompt;
    return strip(prompt + negative + "\n" + line);
}

Infotext parse_infotext(const std::string& text) {
    using namespace infotext_detail;  // not at namespace scope: safe in unity builds
    Infotext info;
    std::vector<std::string_view> lines;
    const std::string all = strip(text);
    for (size_t b = 0;;) {
        const size_t e = all.find('\n', b);
        lines.emplace_back(std::string_view(all).substr(b, e == std::string::npos ? std::string::npos : e - b));
        if (e == std::string::npos) break;
        b = e + 1;
    }
    std::string_view last = lines.back();
    lines.pop_back();
    auto params = find_params(last);
    if (params.size() < 3) {
        lines.push_back(last);
        params.clear();
    }
    bool done_with_prompt = false;
    for (std::string_view raw : lines) {
        std::string line = strip(raw);
        if (line.starts_with("Negative prompt:")) {
            done_with_prompt = true;
            line = strip(std::string_view(line).substr(16));
        }
        std::string& target = done_with_prompt ? info.negative_prompt : info.prompt;
        target += (target.empty() ? "" : "\n") + line;
    }
    for (auto& [k, v] : params) info.params[k] = (v.size() >= 2 && v.front() == '"' && v.back() == '"') ? unquote(v) : v;
    return info;
}

GenerateOptions options_from_infotext(const Infotext& info) {
    using namespace infotext_detail;  // not at namespace scope: safe in unity builds
    GenerateOptions o;
    o.prompt = info.prompt;
    o.negative_prompt = info.negative_prompt;
    if (auto* v = find(info, "Steps")) parse_number(*v, o.steps);
    if (auto* v = find(info, "CFG scale")) parse_number(*v, o.cfg);
    if (auto* v = find(info, "Seed")) parse_number(*v, o.seed);
    if (auto* v = find(info, "Denoising strength")) parse_number(*v, o.strength);
    if (auto* v = find(info, "Clip skip")) parse_number(*v, o.clip_skip);
    if (auto* v = find(info, "Size")) {
        const std::string s = strip(*v);
        const size_t x = s.find('x');
        int w = 0, h = 0;
        if (x != std::string::npos && parse_number(s.substr(0, x), w) && parse_number(s.substr(x + 1), h) &&
            s.find_first_of("+- ") == std::string::npos) {
            o.width = w;
            o.height = h;
        }
    }
    if (auto* v = find(info, "Sampler"); v && !strip(*v).empty()) {
        const std::string* schedule = find(info, "Schedule type");
        o.sampler = resolve_sampler(strip(*v), schedule ? strip(*schedule) : std::string());
    }
    return o;
}

}  // namespace clue
