#include "models/sd_model.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/error.h"
#include "common/sha256.h"
#include "io/ldm_convert.h"
#include "io/safetensors.h"
#include "models/pickle_guard.h"
#include "models/weights.h"

namespace fs = std::filesystem;

namespace clue::models {
namespace {

void report(JobContext* ctx, int done) {
    if (ctx) ctx->report("load", done, 5);
}

void check_cancel(JobContext* ctx) {
    if (ctx && ctx->cancel_requested()) fail(Errc::Cancelled, "cancelled");
}

void load_folder(SDModel& m, const fs::path& root, JobContext* ctx) {
    if (!fs::exists(root / "model_index.json") && !fs::exists(root / "unet"))
        fail(Errc::BadFormat, root.string() + ": not a diffusers model folder (no model_index.json, no unet/)");
    m.finetune = read_finetune_info(root);
    if (m.finetune.style_dim > 0) {
        // CLUE: the U-Net with its second cross-attention path; style weights come from style/.
        auto o = UNetOptions::from_json(read_text(root / "unet" / "config.json"));
        o.style_dim = m.finetune.style_dim;
        o.style_tokens = m.finetune.style_tokens;
        m.unet = UNet(o);
        auto file = io::SafetensorsFile::open(weights_file(root / "unet", {"diffusion_pytorch_model"}).string());
        load_weights(*m.unet, read_all(*file), "unet", file->path(), {}, is_style_parameter);
        m.style_encoder = StyleEncoder(m.finetune.encoder);
        load_style_weights(weights_file(root / "style", {"diffusion_pytorch_model"}), m.unet, m.style_encoder);
        m.unet->eval();
        m.style_encoder->eval();
    } else {
        m.unet = load_unet_folder((root / "unet").string());
    }
    report(ctx, 1);
    check_cancel(ctx);
    m.vae = load_vae_folder((root / "vae").string());
    report(ctx, 2);
    check_cancel(ctx);
    m.text_encoder = load_text_encoder_folder((root / "text_encoder").string());
    report(ctx, 3);
    m.tokenizer_dir = (root / "tokenizer").string();
    m.tokenizer = tok::load_tokenizer(m.tokenizer_dir);
    const fs::path sched = root / "scheduler" / "scheduler_config.json";
    m.scheduler_config = sched::SchedulerConfig::from_json(fs::exists(sched) ? read_text(sched) : "{}");
    m.info.format = "diffusers";
    m.info.sha256 = sha256_file(weights_file(root / "unet", {"diffusion_pytorch_model"}).string());
    m.info.components = {
        {"unet", "UNet2DConditionModel", parameter_count(*m.unet), read_text(root / "unet" / "config.json")},
        {"vae", "AutoencoderKL", parameter_count(*m.vae), read_text(root / "vae" / "config.json")},
        {"text_encoder", "CLIPTextModel", parameter_count(*m.text_encoder),
         read_text(root / "text_encoder" / "config.json")},
        {"tokenizer", "CLIPTokenizer", 0, ""},
        {"scheduler", m.scheduler_config.class_name, 0, m.scheduler_config.raw_json},
    };
    if (m.style_encoder) {
        int64_t n = parameter_count(*m.style_encoder);
        for (const auto& p : m.unet->style_parameters()) n += p.second.numel();
        m.info.components.push_back({"style", "CLUEStyleEncoder", n, m.finetune.encoder.to_json()});
    }
}

/// The tokenizer of a single-file checkpoint (the file holds none): a `tokenizer/` folder next to it, else
/// $CLUE_TOKENIZER_DIR/<family>, else the real CLIP BPE vocabulary bundled with the app (the tiny models' tokenizer
/// folders: SD 1.x pads with <|endoftext|>, SD 2.x with "!", as their configs say).
std::string tokenizer_for_single_file(const fs::path& file, const std::string& family) {
    for (const fs::path& p : {file.parent_path() / (file.stem().string() + ".tokenizer"),
                              file.parent_path() / "tokenizer"})
        if (fs::exists(p / "vocab.json")) return p.string();
    const char* env = std::getenv("CLUE_TOKENIZER_DIR");
    if (env && fs::exists(fs::path(env) / family / "vocab.json")) return (fs::path(env) / family).string();
    const std::string bundled = bundled_model_path();
    if (!bundled.empty()) {
        const fs::path p = fs::path(bundled).parent_path() / (family == "sd2" ? "tiny-sd21" : "tiny-sd15") / "tokenizer";
        if (fs::exists(p / "vocab.json")) return p.string();
    }
    fail(Errc::FileNotFound, file.string() + ": no CLIP tokenizer found: put a tokenizer/ folder (vocab.json, merges.txt) "
                             "next to the checkpoint or set CLUE_TOKENIZER_DIR");
}

void load_single_file(SDModel& m, const fs::path& path, JobContext* ctx) {
    auto file = io::SafetensorsFile::open(path.string());
    if (!io::looks_like_ldm_checkpoint(*file))
        fail(Errc::UnsupportedModel, path.string() + ": not a Stable Diffusion checkpoint (no model.diffusion_model.* "
                                                     "tensors); LoRA and VAE-only files are not models");
    fs::path yaml = path;
    yaml.replace_extension(".yaml");
    auto conv = io::convert_ldm_checkpoint(*file, fs::exists(yaml) ? yaml.string() : "");
    report(ctx, 1);
    check_cancel(ctx);
    m.unet = UNet(UNetOptions::from_json(conv.unet_config.dump()));
    load_weights(*m.unet, conv.unet, "unet", path.string());
    m.vae = AutoencoderKL(VAEOptions::from_json(conv.vae_config.dump()));
    load_weights(*m.vae, conv.vae, "vae", path.string());
    m.text_encoder = CLIPTextModel(CLIPTextOptions::from_json(conv.text_encoder_config.dump()));
    load_weights(*m.text_encoder, conv.text_encoder, "text_encoder", path.string(),
                 {"text_model.embeddings.position_ids"});
    m.unet->eval(), m.vae->eval(), m.text_encoder->eval();
    report(ctx, 3);
    m.tokenizer_dir = tokenizer_for_single_file(path, conv.family);
    m.tokenizer = tok::load_tokenizer(m.tokenizer_dir);
    m.scheduler_config = sched::SchedulerConfig::from_json(conv.scheduler_config.dump());
    m.info.format = "single-file";
    m.info.sha256 = sha256_file(path.string());
    m.info.components = {
        {"unet", "UNet2DConditionModel", parameter_count(*m.unet), conv.unet_config.dump(2)},
        {"vae", "AutoencoderKL", parameter_count(*m.vae), conv.vae_config.dump(2)},
        {"text_encoder", "CLIPTextModel", parameter_count(*m.text_encoder), conv.text_encoder_config.dump(2)},
        {"tokenizer", "CLIPTokenizer", 0, ""},
        {"scheduler", m.scheduler_config.class_name, 0, conv.scheduler_config.dump(2)},
    };
}

torch::Device pick_device(const std::string& name) {
    if (name == "cpu") return torch::kCPU;
    if (name == "auto") return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    if (name.rfind("cuda", 0) == 0) {
        if (!torch::cuda::is_available())
            fail(Errc::DeviceUnavailable, "device '" + name + "' requested but this LibTorch build sees no CUDA GPU");
        return torch::Device(name);
    }
    fail(Errc::InvalidArgument, "device must be auto, cpu or cuda[:N], got '" + name + "'");
}

at::ScalarType pick_dtype(const std::string& name, const torch::Device& dev) {
    if (name == "fp32") return at::kFloat;
    if (name == "fp16") return at::kHalf;
    if (name == "bf16") return at::kBFloat16;
    if (name == "auto") return dev.is_cuda() ? at::kHalf : at::kFloat;  // bf16/fp16 on CPU are slow and inexact
    fail(Errc::InvalidArgument, "unet dtype must be auto, fp32, fp16 or bf16, got '" + name + "'");
}

}  // namespace

torch::Device resolve_device(const std::string& name) { return pick_device(name); }

std::unique_ptr<SDModel> load_sd_model(const std::string& path_str, const LoadOptions& options, JobContext* ctx) {
    const fs::path path(path_str);
    if (!fs::exists(path)) fail(Errc::FileNotFound, path_str + ": no such file or folder");
    auto m = std::make_unique<SDModel>();
    m->device = pick_device(options.device);
    m->unet_dtype = pick_dtype(options.unet_dtype, m->device);
    m->vae_dtype = (m->device.is_cuda() && !options.vae_fp32) ? m->unet_dtype : at::kFloat;
    torch::NoGradGuard no_grad;
    report(ctx, 0);
    if (fs::is_directory(path)) {
        load_folder(*m, path, ctx);
    } else {
        if (is_pickle_path(path_str)) refuse_pickle(path_str);
        std::string ext = path.extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
        if (ext != ".safetensors")
            fail(Errc::BadFormat, path_str + ": expected a diffusers folder or a .safetensors file");
        load_single_file(*m, path, ctx);
    }
    m->info.path = fs::absolute(path).string();
    const fs::path norm = fs::absolute(path).lexically_normal();
    m->info.name = fs::is_directory(path) ? (norm.has_filename() ? norm.filename() : norm.parent_path().filename()).string()
                                          : path.stem().string();
    // A run's exported model lives in <run>/model: show the run's name instead of "model".
    if (!m->finetune.mode.empty() && m->info.name == "model")
        m->info.name = (norm.has_filename() ? norm : norm.parent_path()).parent_path().filename().string();
    m->info.short_hash = m->info.sha256.substr(0, 10);
    m->info.prediction_type = m->scheduler_config.prediction_type;
    m->info.scheduler_class = m->scheduler_config.class_name;
    m->info.family = m->unet->options().cross_attention_dim >= 1024 || m->unet->options().use_linear_projection ? "sd2" : "sd1";
    m->info.vae_scale_factor = static_cast<int>(m->vae->options().scale_factor());
    m->info.native_size = static_cast<int>(m->unet->options().sample_size * m->info.vae_scale_factor);
    m->unet->to(m->device, m->unet_dtype);
    m->vae->to(m->device, m->vae_dtype);
    m->text_encoder->to(m->device, m->device.is_cuda() ? m->unet_dtype : at::kFloat);
    if (m->style_encoder) m->style_encoder->to(m->device, at::kFloat);  // μ and log σ² stay fp32 (methods.md §2.10)
    m->info.style_dim = static_cast<int>(m->finetune.style_dim);
    m->info.style_tokens = static_cast<int>(m->finetune.style_tokens);
    m->info.prompt_template = m->finetune.prompt_template;
    m->info.classes = m->finetune.classes;
    m->info.class_prompts = m->finetune.class_prompts;
    if (fs::is_directory(path) && fs::exists(path / "style" / "style_space.safetensors"))
        m->info.style_space = fs::absolute(path / "style" / "style_space.safetensors").string();
    if (m->device.is_cuda() && options.channels_last) {
        for (auto& p : m->unet->parameters())
            if (p.dim() == 4) p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
    }
    m->info.device = m->device.str();
    report(ctx, 5);
    return m;
}

}  // namespace clue::models
