#include "models/clue_model.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <fstream>

#include "common/atomic_file.h"
#include "common/error.h"
#include "io/safetensors.h"
#include "models/sd_model.h"
#include "models/weights.h"

namespace fs = std::filesystem;

namespace clue::models {

std::string FineTuneInfo::prompt_for(const std::string& class_name) const {
    ModelInfo info;
    info.prompt_template = prompt_template;
    info.class_prompts = class_prompts;
    return prompt_for_class(info, class_name);
}

FineTuneInfo read_finetune_info(const fs::path& root) {
    FineTuneInfo info;
    if (!fs::exists(root / "clue.json")) return info;
    try {
        const auto j = nlohmann::json::parse(read_text(root / "clue.json"));
        info.mode = j.value("mode", "");
        info.prompt_template = j.value("prompt_template", "");
        info.classes = j.value("classes", std::vector<std::string>{});
        info.class_prompts = j.value("class_prompts", std::map<std::string, std::string>{});
        info.base_model = j.value("base_model", "");
        info.base_sha256 = j.value("base_sha256", "");
        info.style_dim = j.value("style_dim", int64_t(0));
        info.style_tokens = j.value("style_tokens", int64_t(0));
        info.steps = j.value("steps", int64_t(0));
        if (info.style_dim > 0) info.encoder = StyleEncoderOptions::from_json(read_text(root / "style" / "config.json"));
    } catch (const nlohmann::json::exception& e) {
        fail(Errc::BadConfig, (root / "clue.json").string() + ": " + e.what());
    }
    if (info.style_dim < 0 || (info.style_dim > 0 && info.style_tokens < 1))
        fail(Errc::BadConfig, (root / "clue.json").string() + ": style_dim/style_tokens out of range");
    return info;
}

bool is_style_parameter(const std::string& name) {
    return name.rfind("style_proj.", 0) == 0 || name.find(".attn_style.") != std::string::npos;
}

std::vector<std::pair<std::string, at::Tensor>> style_tensors(const UNet& unet, const StyleEncoder& encoder) {
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (auto& [k, v] : unet->style_parameters()) out.emplace_back("unet." + k, v);
    for (const auto& p : encoder->named_parameters()) out.emplace_back("encoder." + p.key(), p.value());
    for (const auto& b : encoder->named_buffers()) out.emplace_back("encoder." + b.key(), b.value());
    return out;
}

void load_style_weights(const fs::path& file, UNet& unet, StyleEncoder& encoder) {
    auto f = io::SafetensorsFile::open(file.string());
    std::map<std::string, at::Tensor> u, e;
    for (const auto& name : f->names()) {
        if (name.rfind("unet.", 0) == 0) u[name.substr(5)] = f->tensor(name);
        else if (name.rfind("encoder.", 0) == 0) e[name.substr(8)] = f->tensor(name);
        else fail(Errc::UnexpectedTensor, file.string() + ": unexpected tensor " + name + " (want unet.* / encoder.*)");
    }
    // Only the style path of the U-Net comes from this file: everything else must be "missing" here.
    load_weights(*unet, u, "unet style path", file.string(), {},
                 [](const std::string& n) { return !is_style_parameter(n); });
    load_weights(*encoder, e, "style encoder", file.string());
}

namespace {

void write_text(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    write_file_atomic_or_throw(p.string(), text);
}

/// Hard link (same file system, no extra disk) or copy.
void link_or_copy_tree(const fs::path& from, const fs::path& to) {
    fs::create_directories(to);
    for (const auto& e : fs::directory_iterator(from)) {
        const fs::path dst = to / e.path().filename();
        if (e.is_directory()) {
            link_or_copy_tree(e.path(), dst);
            continue;
        }
        if (fs::exists(dst)) continue;
        std::error_code ec;
        fs::create_hard_link(e.path(), dst, ec);
        if (ec) fs::copy_file(e.path(), dst, fs::copy_options::overwrite_existing);
    }
}

const std::string& component_config(const SDModel& m, const std::string& name) {
    for (const auto& c : m.info.components)
        if (c.name == name) return c.config_json;
    fail(Errc::Internal, "no config for component " + name);
}

}  // namespace

void export_model_folder(const fs::path& out, const SDModel& m, const FineTuneInfo& info,
                         const std::string& tokenizer_dir) {
    fs::create_directories(out);
    const fs::path base(m.info.path);
    const bool base_folder = fs::is_directory(base);
    for (const char* comp : {"vae", "text_encoder", "scheduler"}) {
        if (fs::exists(out / comp)) continue;
        if (base_folder && fs::exists(base / comp)) {
            link_or_copy_tree(base / comp, out / comp);
        } else if (std::string(comp) == "scheduler") {
            write_text(out / comp / "scheduler_config.json", m.scheduler_config.raw_json);
        } else {
            const bool te = std::string(comp) == "text_encoder";
            write_text(out / comp / "config.json", component_config(m, comp));
            io::write_safetensors((out / comp / (te ? "model.safetensors" : "diffusion_pytorch_model.safetensors")).string(),
                                  te ? module_tensors(*m.text_encoder) : module_tensors(*m.vae));
        }
    }
    if (!fs::exists(out / "tokenizer")) link_or_copy_tree(tokenizer_dir, out / "tokenizer");
    if (!fs::exists(out / "model_index.json")) {
        if (base_folder && fs::exists(base / "model_index.json")) {
            fs::copy_file(base / "model_index.json", out / "model_index.json");
        } else {
            write_text(out / "model_index.json",
                              nlohmann::json{{"_class_name", "StableDiffusionPipeline"},
                                             {"unet", {"diffusers", "UNet2DConditionModel"}},
                                             {"vae", {"diffusers", "AutoencoderKL"}},
                                             {"text_encoder", {"transformers", "CLIPTextModel"}},
                                             {"tokenizer", {"transformers", "CLIPTokenizer"}},
                                             {"scheduler", {"diffusers", m.scheduler_config.class_name}}}
                                  .dump(2));
        }
    }
    write_text(out / "unet" / "config.json", component_config(m, "unet"));
    io::write_safetensors((out / "unet" / "diffusion_pytorch_model.safetensors").string(),
                          module_tensors(*m.unet, [](const std::string& n) { return !is_style_parameter(n); }));
    if (info.style_dim > 0 && m.style_encoder) {
        write_text(out / "style" / "config.json", info.encoder.to_json());
        io::NamedTensors st;
        for (auto& [k, v] : style_tensors(m.unet, m.style_encoder)) st.emplace_back(k, v.detach().to(at::kCPU, at::kFloat));
        io::write_safetensors((out / "style" / "diffusion_pytorch_model.safetensors").string(), st);
    }
    nlohmann::json j{{"format", "clue-studio-finetune"}, {"version", 1},          {"mode", info.mode},
                     {"prompt_template", info.prompt_template}, {"classes", info.classes},
                     {"class_prompts", info.class_prompts},     {"base_model", info.base_model},
                     {"base_sha256", info.base_sha256},         {"style_dim", info.style_dim},
                     {"style_tokens", info.style_tokens},       {"steps", info.steps}};
    write_text(out / "clue.json", j.dump(2));  // last: a folder with clue.json is complete
}

}  // namespace clue::models

namespace clue {

std::string prompt_for_class(const ModelInfo& info, const std::string& class_name) {
    auto it = info.class_prompts.find(class_name);
    const std::string& text = it != info.class_prompts.end() ? it->second : class_name;
    std::string out = info.prompt_template;
    const auto pos = out.find("{class}");
    if (pos == std::string::npos) return out.empty() ? text : out;
    return out.replace(pos, 7, text);
}

}  // namespace clue
