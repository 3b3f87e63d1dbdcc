// make_demo_model: the recipe that makes the demo model from scratch (issue #4). Every number of the recipe is here.
#include <cmath>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include "clue/dataset.h"
#include "clue/demo_model.h"
#include "clue/engine.h"
#include "clue/train.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/image_tensor.h"
#include "io/safetensors.h"
#include "models/clip_text/clip_text.h"
#include "models/unet/unet.h"
#include "models/vae/vae.h"
#include "models/weights.h"
#include "training/vae_trainer.h"

namespace fs = std::filesystem;

namespace clue {
namespace demo_model_detail {

// A tiny SD 1.x-style architecture: 16×16×4 latents at 64² (VAE factor 4), a 3-level U-Net with linear projections,
// a 2-layer CLIP-style text encoder over the real CLIP vocabulary (kept at its random initialisation and frozen: the
// fixed-format prompts only have to be told apart, and training it would add nothing the U-Net cannot learn).
nlohmann::json unet_config(int size) {
    return {{"_class_name", "UNet2DConditionModel"}, {"_diffusers_version", "0.27.2"},
            {"block_out_channels", {64, 128, 128}},
            {"down_block_types", {"CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"}},
            {"up_block_types", {"UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"}},
            {"layers_per_block", 1}, {"attention_head_dim", {2, 4, 4}}, {"cross_attention_dim", 64},
            {"in_channels", 4}, {"out_channels", 4}, {"sample_size", size / 4}, {"norm_num_groups", 32},
            {"use_linear_projection", true}, {"upcast_attention", false}};
}

nlohmann::json vae_config(int size, double scaling) {
    return {{"_class_name", "AutoencoderKL"}, {"_diffusers_version", "0.27.2"},
            {"block_out_channels", {32, 64, 64}},
            {"down_block_types", {"DownEncoderBlock2D", "DownEncoderBlock2D", "DownEncoderBlock2D"}},
            {"up_block_types", {"UpDecoderBlock2D", "UpDecoderBlock2D", "UpDecoderBlock2D"}},
            {"latent_channels", 4}, {"layers_per_block", 1}, {"norm_num_groups", 32}, {"sample_size", size},
            {"scaling_factor", scaling}, {"in_channels", 3}, {"out_channels", 3}};
}

nlohmann::json text_config() {
    return {{"architectures", {"CLIPTextModel"}}, {"hidden_size", 64}, {"intermediate_size", 128},
            {"num_hidden_layers", 2}, {"num_attention_heads", 2}, {"max_position_embeddings", 77},
            {"vocab_size", 49408}, {"hidden_act", "quick_gelu"}, {"layer_norm_eps", 1e-5},
            {"bos_token_id", 49406}, {"eos_token_id", 2}, {"pad_token_id", 1}};
}

nlohmann::json scheduler_config() {
    return {{"_class_name", "DDIMScheduler"}, {"_diffusers_version", "0.27.2"}, {"beta_start", 0.00085},
            {"beta_end", 0.012}, {"beta_schedule", "scaled_linear"}, {"num_train_timesteps", 1000},
            {"prediction_type", "epsilon"}, {"set_alpha_to_one", false}, {"steps_offset", 1},
            {"clip_sample", false}, {"timestep_spacing", "leading"}};
}

void write_json(const fs::path& p, const nlohmann::json& j) {
    fs::create_directories(p.parent_path());
    write_file_atomic_or_throw(p.string(), j.dump(2) + "\n");
}

/// The preprocessed training images as one tensor [N, 3, size, size] in [-1, 1].
at::Tensor load_images(const Dataset& ds, int size, bool validation) {
    PreprocessOptions pre;
    pre.size = size;
    std::vector<at::Tensor> xs;
    for (const auto& item : ds.items) {
        if (item.validation != validation) continue;
        auto img = load_clean_image(item.path);
        if (!img) fail(img.error().code, img.error().detail);
        auto p = preprocess(*img, pre);
        if (!p) fail(p.error().code, item.path + ": " + p.error().detail);
        xs.push_back(image_to_tensor(*p));
    }
    if (xs.empty()) return {};
    return torch::cat(xs);
}

/// <out>/base: configs, tokenizer, a trained VAE, random U-Net and text encoder. Skipped when complete.
std::pair<double, double> make_base(const DemoModelOptions& o, const Dataset& ds, const fs::path& base, JobContext& ctx,
                                    const std::function<void(const std::string&)>& log) {
    const fs::path done = base / "base_complete.json";
    if (fs::exists(done)) {
        const auto j = nlohmann::json::parse(std::ifstream(done));
        log("base model: already made (" + base.string() + ")");
        return {j.at("vae_l1").get<double>(), j.at("scaling_factor").get<double>()};
    }
    // The real CLIP BPE vocabulary comes from the bundled tiny model: check it before minutes of VAE training.
    const fs::path tok = fs::path(bundled_model_path()) / "tokenizer";
    if (bundled_model_path().empty() || !fs::exists(tok / "vocab.json"))
        fail(Errc::FileNotFound, "the bundled CLIP tokenizer (resources/models/tiny-sd15/tokenizer) was not found; set "
                                 "CLUE_MODELS_DIR to the folder holding tiny-sd15");
    torch::manual_seed(o.seed);
    const at::Tensor train_images = load_images(ds, o.size, false);
    at::Tensor val_images = load_images(ds, o.size, true);
    if (!val_images.defined()) val_images = train_images.slice(0, 0, std::min<int64_t>(64, train_images.size(0)));
    log("VAE: " + std::to_string(train_images.size(0)) + " training images at " + std::to_string(o.size) + "²");
    models::AutoencoderKL vae(models::VAEOptions::from_json(vae_config(o.size, 1.0).dump()));
    training::VaeTrainOptions vo;
    vo.steps = o.vae_steps, vo.batch_size = o.batch_size, vo.seed = o.seed;
    const bool finished = training::train_vae(vae, train_images, vo, ctx, [&](int step, double loss) {
        ctx.report("vae", step, o.vae_steps);
        if (step % 250 == 0) log("VAE step " + std::to_string(step) + "  loss " + std::to_string(loss));
    });
    if (!finished) fail(Errc::Cancelled, "cancelled");
    auto [l1, latent_std] = training::evaluate_vae(vae, val_images);
    const double scaling = 1.0 / latent_std;  // SD's convention: unit-variance latents for the U-Net
    log("VAE: validation L1 " + std::to_string(l1) + ", latent std " + std::to_string(latent_std));

    models::UNet unet(models::UNetOptions::from_json(unet_config(o.size).dump()));
    models::CLIPTextModel text(models::CLIPTextOptions::from_json(text_config().dump()));
    write_json(base / "unet" / "config.json", unet_config(o.size));
    write_json(base / "vae" / "config.json", vae_config(o.size, scaling));
    write_json(base / "text_encoder" / "config.json", text_config());
    write_json(base / "scheduler" / "scheduler_config.json", scheduler_config());
    io::write_safetensors((base / "unet" / "diffusion_pytorch_model.safetensors").string(), models::module_tensors(*unet));
    io::write_safetensors((base / "vae" / "diffusion_pytorch_model.safetensors").string(), models::module_tensors(*vae));
    io::write_safetensors((base / "text_encoder" / "model.safetensors").string(), models::module_tensors(*text));
    fs::create_directories(base / "tokenizer");
    for (const auto& e : fs::directory_iterator(tok))
        fs::copy_file(e.path(), base / "tokenizer" / e.path().filename(), fs::copy_options::overwrite_existing);
    write_json(base / "model_index.json",
               {{"_class_name", "StableDiffusionPipeline"}, {"unet", {"diffusers", "UNet2DConditionModel"}},
                {"vae", {"diffusers", "AutoencoderKL"}}, {"text_encoder", {"transformers", "CLIPTextModel"}},
                {"tokenizer", {"transformers", "CLIPTokenizer"}}, {"scheduler", {"diffusers", "DDIMScheduler"}}});
    write_json(done, {{"vae_l1", l1}, {"scaling_factor", scaling}, {"vae_steps", o.vae_steps}, {"seed", o.seed}});
    return {l1, scaling};
}

}  // namespace demo_model_detail

Result<DemoModelSummary> make_demo_model(const DemoModelOptions& o, JobContext& ctx,
                                         const std::function<void(const std::string&)>& log_in) {
    using namespace demo_model_detail;
    if (o.data_dir.empty() || o.output_dir.empty())
        return Error{Errc::InvalidArgument, "make_demo_model: data_dir and output_dir are required"};
    if (o.size < 32 || o.size > 256 || o.size % 16)
        return Error{Errc::InvalidArgument, "size must be a multiple of 16 in 32…256, got " + std::to_string(o.size)};
    if (o.vae_steps < 1 || o.unet_steps < 1 || o.batch_size < 1)
        return Error{Errc::InvalidArgument, "vae_steps, unet_steps and batch_size must be >= 1"};
    auto log = [&](const std::string& line) {
        if (log_in) log_in(line);
    };
    return run_guarded([&]() -> Result<DemoModelSummary> {
        if (o.threads > 0) torch::set_num_threads(o.threads);
        DatasetOptions dopt;
        dopt.validation_fraction = 0.1;
        auto ds = scan_dataset(o.data_dir, dopt, nullptr);
        if (!ds) return ds.error();
        const fs::path out(o.output_dir), base = out / "base";
        DemoModelSummary summary;
        std::tie(summary.vae_l1, summary.vae_scaling_factor) = make_base(o, *ds, base, ctx, log);
        summary.base_model = base.string();
        for (const bool vanilla : {false, true}) {
            if (vanilla && !o.vanilla) break;
            TrainOptions t = *train_preset("cpu-small");
            t.dataset = o.data_dir, t.base_model = base.string();
            t.output_dir = (out / "runs" / (vanilla ? "vanilla" : "clue")).string();
            t.mode = vanilla ? TrainMode::Vanilla : TrainMode::Clue;
            t.resolution = o.size, t.batch_size = o.batch_size, t.max_steps = o.unet_steps, t.seed = o.seed;
            // From scratch: one learning rate for everything, a short warm-up; a small style space (s ∈ R^128) keeps
            // the demo fast on two cores — the architecture is the same for 1024.
            t.lr_unet = 5e-4, t.lr_new = 5e-4, t.warmup_steps = 100, t.ema_decay = 0.995;
            t.style_dim = 128, t.style_tokens = 4, t.kl_beta = 1e-4, t.kl_warmup_steps = o.unet_steps / 4;
            t.validate_every = 250, t.sample_every = 500, t.checkpoint_every = 250, t.sample_steps = 25;
            t.class_prompts = {{"Normal", "normal"}, {"OME", "otitis media with effusion"},
                               {"COM", "chronic otitis media"}};
            log(std::string(vanilla ? "vanilla" : "CLUE") + " U-Net: " + std::to_string(o.unet_steps) + " steps");
            auto r = train(t, ctx, [&](const TrainEvent& e) {
                if (e.kind == TrainEvent::Kind::Validation)
                    log("  step " + std::to_string(e.step) + "  validation loss " + std::to_string(e.validation_loss));
            });
            if (!r) return r.error();
            if (r->state == JobState::Cancelled) return Error{Errc::Cancelled, "cancelled (checkpoint written)"};
            (vanilla ? summary.vanilla_model : summary.clue_model) = r->model_dir;
            double loss = r->last_validation_loss;
            if (!(loss > 0))  // a finished run resumed with nothing left to do: its log has the figure
                if (auto rows = read_train_log(t.output_dir))
                    for (const auto& row : *rows)
                        if (std::isfinite(row.validation_loss)) loss = row.validation_loss;
            (vanilla ? summary.vanilla_validation_loss : summary.clue_validation_loss) = loss;
        }
        return summary;
    });
}

}  // namespace clue
