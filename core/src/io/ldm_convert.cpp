// Single-file LDM checkpoint -> diffusers components: family detection, yaml, scheduler config, tensor work.
// The name tables are in ldm_{unet,vae,clip}_names.cpp, the yaml subset in ldm_yaml.cpp.
// ref: diffusers@v0.27.2 src/diffusers/loaders/single_file_utils.py (infer_model_type, create_scheduler,
//      create_vae_diffusers_config scaling_factor) and pipelines/stable_diffusion/convert_from_ckpt.py.
#include "io/ldm_convert.h"

#include <torch/torch.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "common/error.h"
#include "io/ldm_names.h"

namespace clue::io {
namespace ldm {

void fail_key(Errc code, const SafetensorsFile& file, std::string_view key, const std::string& why) {
    fail(code, file.path() + ": tensor '" + std::string(key) + "': " + why);
}

void fail_yaml(const Context& ctx, const std::string& field, const std::string& why) {
    fail(Errc::BadConfig, ctx.yaml_path + ": " + field + ": " + why + " (checkpoint " + ctx.file.path() + ")");
}

std::vector<std::string> keys_under(const SafetensorsFile& file, std::string_view prefix) {
    std::vector<std::string> keys;
    const auto& entries = file.entries();
    for (auto it = entries.lower_bound(std::string(prefix)); it != entries.end() && it->first.starts_with(prefix); ++it)
        keys.push_back(it->first.substr(prefix.size()));
    return keys;
}

const std::vector<std::int64_t>& shape_of(const SafetensorsFile& file, const std::string& key) {
    auto it = file.entries().find(key);
    if (it == file.entries().end()) fail_key(Errc::MissingTensor, file, key, "missing");
    return it->second.shape;
}

bool has_prefix(const SafetensorsFile& file, std::string_view prefix) {
    auto it = file.entries().lower_bound(std::string(prefix));
    return it != file.entries().end() && it->first.starts_with(prefix);
}

bool take(std::string_view& s, std::string_view literal) {
    if (!s.starts_with(literal)) return false;
    s.remove_prefix(literal.size());
    return true;
}

std::optional<int> take_index(std::string_view& s) {
    std::size_t n = 0;
    while (n < s.size() && n < 9 && s[n] >= '0' && s[n] <= '9') ++n;
    if (n == 0 || n >= s.size() || s[n] != '.') return std::nullopt;
    const int value = std::stoi(std::string(s.substr(0, n)));
    s.remove_prefix(n + 1);
    return value;
}

int count_indexed(const SafetensorsFile& file, const std::string& prefix) {
    int count = 0;
    for (const std::string& rest : keys_under(file, prefix)) {
        std::string_view s = rest;
        if (auto i = take_index(s)) count = std::max(count, *i + 1);
    }
    return count;
}

const nlohmann::json* yaml_at(const Context& ctx, std::initializer_list<const char*> path) {
    const nlohmann::json* node = ctx.yaml;
    for (const char* name : path) {
        if (!node || !node->is_object() || !node->contains(name)) return nullptr;
        node = &node->at(name);
    }
    return node;
}

std::optional<std::int64_t> yaml_int(const Context& ctx, const nlohmann::json* node, const char* key,
                                     const std::string& where) {
    if (!node || !node->is_object() || !node->contains(key) || node->at(key).is_null()) return std::nullopt;
    const auto& v = node->at(key);
    if (!v.is_number_integer()) fail_yaml(ctx, where + "." + key, "must be an integer, got " + v.dump());
    return v.get<std::int64_t>();
}

std::optional<bool> yaml_bool(const Context& ctx, const nlohmann::json* node, const char* key,
                              const std::string& where) {
    if (!node || !node->is_object() || !node->contains(key) || node->at(key).is_null()) return std::nullopt;
    const auto& v = node->at(key);
    if (!v.is_boolean()) fail_yaml(ctx, where + "." + key, "must be true or false, got " + v.dump());
    return v.get<bool>();
}

std::optional<std::vector<std::int64_t>> yaml_int_list(const Context& ctx, const nlohmann::json* node,
                                                       const char* key, const std::string& where) {
    if (!node || !node->is_object() || !node->contains(key) || node->at(key).is_null()) return std::nullopt;
    const auto& v = node->at(key);
    std::vector<std::int64_t> out;
    if (v.is_number_integer()) return std::vector<std::int64_t>{v.get<std::int64_t>()};
    if (v.is_array())
        for (const auto& item : v) {
            if (!item.is_number_integer()) fail_yaml(ctx, where + "." + key, "must be a list of integers, got " + v.dump());
            out.push_back(item.get<std::int64_t>());
        }
    else
        fail_yaml(ctx, where + "." + key, "must be a list of integers, got " + v.dump());
    return out;
}

void note(const Context& ctx, const std::string& text) {
    if (ctx.notes) ctx.notes->push_back(text);
}

}  // namespace ldm

// Named, not anonymous: clue_core may be built as a unity build, where anonymous namespaces of files merge.
namespace ldm_steps {

using ldm::Context;

std::string family_of(const SafetensorsFile& file) {
    if (ldm::has_prefix(file, "conditioner.embedders."))
        fail(Errc::UnsupportedModel, file.path() + ": SDXL single-file checkpoints (conditioner.embedders.*) are not supported");
    const bool open_clip = ldm::has_prefix(file, std::string(ldm::kOpenClipPrefix) + "transformer.resblocks.");
    const bool clip = ldm::has_prefix(file, ldm::kClipPrefix);
    if (open_clip && clip)
        fail(Errc::UnsupportedModel, file.path() + ": holds both a CLIP and an OpenCLIP text encoder");
    if (!open_clip && !clip)
        ldm::fail_key(Errc::UnsupportedModel, file, "cond_stage_model.*",
                      "no CLIP (SD1) or OpenCLIP (SD2) text encoder in the checkpoint");
    return open_clip ? "sd2" : "sd1";
}

void check_family(const Context& ctx) {
    const nlohmann::json* target = ldm::yaml_at(ctx, {"model", "params", "cond_stage_config", "target"});
    if (!target) return;
    if (!target->is_string()) ldm::fail_yaml(ctx, "model.params.cond_stage_config.target", "must be a string");
    const std::string name = target->get<std::string>();
    const std::string cls = name.substr(name.rfind('.') + 1);
    const std::string expected = ctx.family == "sd1" ? "FrozenCLIPEmbedder" : "FrozenOpenCLIPEmbedder";
    if (cls != expected)
        ldm::fail_yaml(ctx, "model.params.cond_stage_config.target",
                       "is " + name + " but the checkpoint's text encoder is a " + expected);
}

bool v_prediction(const Context& ctx) {
    const nlohmann::json* params = ldm::yaml_at(ctx, {"model", "params"});
    if (!params) {
        if (ctx.family == "sd2") ldm::note(ctx, "scheduler.prediction_type = v_prediction (SD2-768 default; no yaml)");
        return ctx.family == "sd2";
    }
    if (!params->contains("parameterization")) return false;
    const auto& p = params->at("parameterization");
    if (p == "v") return true;
    if (p == "eps") return false;
    ldm::fail_yaml(ctx, "model.params.parameterization", "unsupported value " + p.dump() + " (expected \"eps\" or \"v\")");
}

/// {latent size (UNet sample_size), pixel size (VAE sample_size)}.
std::pair<std::int64_t, std::int64_t> sample_sizes(const Context& ctx, bool v, int vae_levels) {
    // model.params.image_size is the latent size (64 in v1-inference.yaml / v2-inference.yaml); the unet_config's
    // image_size is a training leftover (32, "# unused"). v2-inference-v.yaml also says 64 although SD2-v is a 768 px
    // model: like diffusers' set_image_size (v-prediction -> 768), a v model whose yaml gives 512 px gets 768.
    const int vae_scale = vae_levels - 1;
    const nlohmann::json* params = ldm::yaml_at(ctx, {"model", "params"});
    if (auto size = ldm::yaml_int(ctx, params, "image_size", "model.params")) {
        if (!v || (*size << vae_scale) != 512) return {*size, *size << vae_scale};
        ldm::note(ctx, "vae.sample_size = 768 (v-prediction model; the yaml's image_size gives 512 as in v2-inference-v.yaml)");
        return {768 >> vae_scale, 768};
    }
    const std::int64_t pixels = v ? 768 : 512;  // diffusers' default image_size without a yaml
    ldm::note(ctx, "vae.sample_size = " + std::to_string(pixels) + " (SD default; no model.params.image_size in a yaml)");
    return {std::max<std::int64_t>(pixels >> vae_scale, 1), pixels};
}

nlohmann::json scheduler_config(const Context& ctx, bool v) {
    const nlohmann::json* params = ldm::yaml_at(ctx, {"model", "params"});
    auto number = [&](const char* key, double fallback) {
        if (!params || !params->contains(key)) return fallback;
        if (!params->at(key).is_number()) ldm::fail_yaml(ctx, std::string("model.params.") + key, "must be a number");
        return params->at(key).get<double>();
    };
    // LDM's "linear" schedule is linear in sqrt(beta) = diffusers' scaled_linear.
    if (params && params->contains("beta_schedule") && params->at("beta_schedule") != "linear")
        ldm::fail_yaml(ctx, "model.params.beta_schedule", "only \"linear\" (diffusers scaled_linear) is supported");
    const auto timesteps = ldm::yaml_int(ctx, params, "timesteps", "model.params").value_or(1000);
    nlohmann::json c = {
        {"beta_end", number("linear_end", 0.012)},
        {"beta_schedule", "scaled_linear"},
        {"beta_start", number("linear_start", 0.00085)},
        {"clip_sample", false},
        {"num_train_timesteps", timesteps},
        {"prediction_type", v ? "v_prediction" : "epsilon"},
        {"set_alpha_to_one", false},
        {"skip_prk_steps", true},
        {"steps_offset", 1},
        {"timestep_spacing", "leading"},
        {"trained_betas", nullptr},
    };
    if (!v) {
        c["_class_name"] = "PNDMScheduler";  // as the SD1 / SD2-base diffusers folders
        return c;
    }
    c["_class_name"] = "DDIMScheduler";  // as the SD2-768 (v) diffusers folders
    c["clip_sample_range"] = 1.0;
    c["dynamic_thresholding_ratio"] = 0.995;
    c["rescale_betas_zero_snr"] = false;
    c["sample_max_value"] = 1.0;
    c["thresholding"] = false;
    return c;
}

void apply_plan(const SafetensorsFile& file, const ldm::Plan& plan, std::map<std::string, at::Tensor>& out) {
    std::string cached_name;
    at::Tensor cached;
    for (const ldm::Rename& r : plan.renames) {
        if (r.from != cached_name) {
            cached = file.tensor(r.from, true);
            if (cached.is_floating_point() && cached.scalar_type() != at::kFloat) cached = cached.to(at::kFloat);
            cached_name = r.from;
        }
        at::Tensor t = cached;
        if (r.op == ldm::Op::Squeeze) {
            const bool conv1x1 = t.dim() > 2 && t.numel() == t.size(0) * t.size(1);
            if (!conv1x1) ldm::fail_key(Errc::ShapeMismatch, file, r.from, "expected a 1x1 convolution weight");
            t = t.reshape({t.size(0), t.size(1)});
        } else if (r.op == ldm::Op::Chunk) {
            if (t.dim() < 1 || t.size(0) % 3 != 0)
                ldm::fail_key(Errc::ShapeMismatch, file, r.from, "first dimension is not q;k;v (divisible by 3)");
            t = t.chunk(3, 0)[r.chunk].clone();
        }
        if (!out.emplace(r.to, t).second)
            ldm::fail_key(Errc::UnexpectedTensor, file, r.from, "maps to '" + r.to + "', which another tensor already took");
    }
}

}  // namespace ldm_steps

bool looks_like_ldm_checkpoint(const SafetensorsFile& file) { return ldm::has_prefix(file, ldm::kUnetPrefix); }

ConvertedCheckpoint convert_ldm_checkpoint(const SafetensorsFile& file, const std::string& yaml_path) {
    using namespace ldm_steps;
    if (!looks_like_ldm_checkpoint(file))
        fail(Errc::UnsupportedModel,
             file.path() + ": not an LDM single-file checkpoint (no " + std::string(ldm::kUnetPrefix) + "* tensors)");
    ConvertedCheckpoint out;
    out.family = family_of(file);
    Context ctx{file, out.family, nullptr, yaml_path, {}, &out.notes};
    nlohmann::json yaml;
    if (!yaml_path.empty()) {
        std::ifstream in(yaml_path, std::ios::binary);
        if (!in) fail(Errc::FileNotFound, yaml_path + ": cannot open the LDM config of " + file.path());
        std::stringstream text;
        text << in.rdbuf();
        yaml = ldm::parse_yaml(text.str(), yaml_path);
        if (!yaml.is_object()) fail(Errc::BadConfig, yaml_path + ": not a YAML mapping");
        ctx.yaml = &yaml;
        ctx.hints = ldm::parse_yaml_hints(text.str());
        check_family(ctx);
    }

    const auto unet = ldm::infer_unet_layout(ctx);
    const auto vae = ldm::infer_vae_layout(ctx);
    const auto text = ldm::infer_text_layout(ctx);
    const bool v = v_prediction(ctx);
    const auto [latent, pixels] = sample_sizes(ctx, v, vae.levels);
    out.unet_config = ldm::make_unet_config(ctx, unet, latent);
    out.vae_config = ldm::make_vae_config(ctx, vae, pixels);
    out.text_encoder_config = ldm::make_text_config(ctx, text);
    out.scheduler_config = scheduler_config(ctx, v);

    const ldm::Plan plans[] = {ldm::plan_unet(ctx, unet), ldm::plan_vae(ctx, vae), ldm::plan_text(ctx, text)};
    apply_plan(file, plans[0], out.unet);
    apply_plan(file, plans[1], out.vae);
    apply_plan(file, plans[2], out.text_encoder);

    std::set<std::string> accounted;
    for (const auto& plan : plans) {
        for (const auto& r : plan.renames) accounted.insert(r.from);
        accounted.insert(plan.ignored.begin(), plan.ignored.end());
    }
    const std::string text_prefix(out.family == "sd1" ? ldm::kClipPrefix : ldm::kOpenClipPrefix);
    for (const auto& [name, entry] : file.entries()) {
        if (accounted.count(name)) continue;
        // Only keys outside the three components may be left over: DDPM buffers, EMA copies, …
        if (name.starts_with(ldm::kUnetPrefix) || name.starts_with(ldm::kVaePrefix) || name.starts_with(text_prefix))
            ldm::fail_key(Errc::Internal, file, name, "was neither converted nor ignored");
        out.ignored_keys.push_back(name);
    }
    for (const auto& plan : plans) out.ignored_keys.insert(out.ignored_keys.end(), plan.ignored.begin(), plan.ignored.end());
    std::sort(out.ignored_keys.begin(), out.ignored_keys.end());
    return out;
}

}  // namespace clue::io
