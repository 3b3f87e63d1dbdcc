// GenerateOptions: range checks and the recipe JSON (architecture.md §4.5).
#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <limits>

#include "clue/engine.h"
#include "clue/options.h"
#include "common/json_reader.h"

namespace clue::options_detail {
namespace {


void check_size(std::vector<std::string>& errors, const char* name, int v) {
    if (v != 0 && (v < 64 || v > 4096 || v % 8 != 0))
        errors.push_back(std::string(name) + " must be 0 (model default) or a multiple of 8 between 64 and 4096, got " +
                         std::to_string(v));
}

const char* preview_mode_name(PreviewMode m) {
    return m == PreviewMode::FullDecode ? "full_decode" : "approximate";
}

}  // namespace
}  // namespace clue::options_detail

namespace clue {

Status validate(const GenerateOptions& o) {
    using namespace options_detail;  // not at namespace scope: safe in unity builds
    std::vector<std::string> errors;
    if (o.steps < 1 || o.steps > 1000)
        errors.push_back("steps must be between 1 and 1000, got " + std::to_string(o.steps));
    if (!(o.cfg >= 0.0 && o.cfg <= 50.0)) errors.push_back("cfg must be between 0 and 50, got " + options_detail::format_number(o.cfg));
    check_size(errors, "width", o.width);
    check_size(errors, "height", o.height);
    if (o.batch < 1 || o.batch > 64)
        errors.push_back("batch must be between 1 and 64, got " + std::to_string(o.batch));
    if (o.init_image) {
        const Image& im = *o.init_image;
        if (!(o.strength > 0.0 && o.strength <= 1.0))
            errors.push_back("strength must be in (0, 1] for img2img, got " + options_detail::format_number(o.strength));
        if (im.empty() || im.channels < 1 || im.channels > 4 ||
            im.pixels.size() != static_cast<size_t>(im.width) * im.height * im.channels)
            errors.push_back("init_image is empty or inconsistent: " + std::to_string(im.width) + "x" +
                             std::to_string(im.height) + "x" + std::to_string(im.channels) + " with " +
                             std::to_string(im.pixels.size()) + " bytes");
    }
    if (o.clip_skip < 1 || o.clip_skip > 12)
        errors.push_back("clip_skip must be between 1 and 12, got " + std::to_string(o.clip_skip));
    if (o.preview_every < 0) errors.push_back("preview_every must be >= 0, got " + std::to_string(o.preview_every));
    if (o.preview_mode != PreviewMode::Approximate && o.preview_mode != PreviewMode::FullDecode)
        errors.push_back("preview_mode is invalid, got " + std::to_string(static_cast<int>(o.preview_mode)));
    if (!(o.eta >= 0.0) || std::isinf(o.eta)) errors.push_back("eta must be >= 0, got " + options_detail::format_number(o.eta));
    if (o.seed < -1) errors.push_back("seed must be >= -1, got " + std::to_string(o.seed));
    if (!o.sampler.empty()) {
        if (auto s = canonical_sampler_name(o.sampler); !s) errors.push_back(s.error().detail);
    }
    for (size_t i = 0; i < o.style.size(); ++i)
        if (!std::isfinite(o.style[i])) {
            errors.push_back("style[" + std::to_string(i) + "] must be a finite number, got " + options_detail::format_number(o.style[i]));
            break;
        }
    if (!(o.style_scale >= 0.0 && o.style_scale <= 10.0))
        errors.push_back("style_scale must be between 0 and 10, got " + options_detail::format_number(o.style_scale));
    if (!(o.style_guidance >= -20.0 && o.style_guidance <= 20.0))
        errors.push_back("style_guidance must be between -20 and 20, got " + options_detail::format_number(o.style_guidance));
    if (errors.empty()) return Ok{};
    std::string msg;
    for (const auto& e : errors) msg += (msg.empty() ? "" : "; ") + e;
    return Error{Errc::InvalidArgument, msg};
}

std::string to_json(const GenerateOptions& o) {
    using namespace options_detail;  // not at namespace scope: safe in unity builds
    nlohmann::ordered_json j;
    j["prompt"] = o.prompt;
    j["negative_prompt"] = o.negative_prompt;
    j["sampler"] = o.sampler;
    j["steps"] = o.steps;
    j["cfg"] = o.cfg;
    j["seed"] = o.seed;
    j["width"] = o.width;
    j["height"] = o.height;
    j["batch"] = o.batch;
    j["strength"] = o.strength;
    j["eta"] = o.eta;
    j["clip_skip"] = o.clip_skip;
    j["preview_every"] = o.preview_every;
    j["preview_mode"] = preview_mode_name(o.preview_mode);
    if (!o.style.empty()) j["style"] = o.style;
    j["style_scale"] = o.style_scale;
    j["style_guidance"] = o.style_guidance;
    // invalid UTF-8 in a prompt is replaced (U+FFFD) rather than throwing
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Result<GenerateOptions> generate_options_from_json(const std::string& json) {
    using namespace options_detail;  // not at namespace scope: safe in unity builds
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception& e) {
        return Error{Errc::BadFormat, std::string("recipe JSON: not valid JSON (") + e.what() + ")"};
    }
    if (!j.is_object())
        return Error{Errc::InvalidArgument, std::string("recipe JSON: expected an object, got ") + j.type_name()};
    GenerateOptions o;
    Reader r(j);
    r.str("prompt", o.prompt);
    r.str("negative_prompt", o.negative_prompt);
    r.str("sampler", o.sampler);
    r.integer("steps", o.steps);
    r.real("cfg", o.cfg);
    r.integer("seed", o.seed);
    r.integer("width", o.width);
    r.integer("height", o.height);
    r.integer("batch", o.batch);
    r.real("strength", o.strength);
    r.real("eta", o.eta);
    r.integer("clip_skip", o.clip_skip);
    r.integer("preview_every", o.preview_every);
    r.numbers("style", o.style);
    r.real("style_scale", o.style_scale);
    r.real("style_guidance", o.style_guidance);
    std::string mode;
    r.str("preview_mode", mode);
    if (!r.error().empty()) return Error{Errc::InvalidArgument, r.error()};
    if (mode == "full_decode")
        o.preview_mode = PreviewMode::FullDecode;
    else if (mode == "approximate" || mode.empty())
        o.preview_mode = PreviewMode::Approximate;
    else
        return Error{Errc::InvalidArgument,
                     "recipe JSON: \"preview_mode\" must be \"approximate\" or \"full_decode\", got \"" + mode + "\""};
    return o;
}

}  // namespace clue
