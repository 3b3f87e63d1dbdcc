#pragma once
// A loaded Stable Diffusion model: the three networks, tokenizer and scheduler config, on one device.
// Loading from a diffusers folder or a single `.safetensors` file (LDM names, converted in io/ldm_convert).
#include <torch/types.h>

#include <filesystem>
#include <map>
#include <memory>
#include <vector>
#include <string>

#include "clue/engine.h"
#include "io/safetensors.h"
#include "models/clip_text/clip_text.h"
#include "models/clue_model.h"
#include "models/style_encoder/style_encoder.h"
#include "models/unet/unet.h"
#include "models/vae/vae.h"
#include "schedulers/scheduler.h"
#include "tokenizers/tokenizer.h"

namespace clue::models {

struct SDModel {
    UNet unet{nullptr};
    AutoencoderKL vae{nullptr};
    CLIPTextModel text_encoder{nullptr};
    StyleEncoder style_encoder{nullptr};  ///< CLUE models only
    FineTuneInfo finetune;                ///< clue.json of a CLUE Studio fine-tune (mode "" otherwise)
    std::string tokenizer_dir;            ///< folder the tokenizer was read from (exports copy it)
    std::unique_ptr<tok::Tokenizer> tokenizer;
    sched::SchedulerConfig scheduler_config;
    ModelInfo info;
    torch::Device device{torch::kCPU};
    at::ScalarType unet_dtype = at::kFloat;
    at::ScalarType vae_dtype = at::kFloat;
};

/// Loads every component; throws CoreError. Refuses pickled checkpoints (.ckpt/.pt/.bin/.pth) with advice.
std::unique_ptr<SDModel> load_sd_model(const std::string& path, const LoadOptions& options, JobContext* context);

/// The SDModel behind a public Model handle (engine.cpp).
SDModel& sd_model_of(Model& m);

/// "auto" (CUDA 0 when available, else CPU), "cpu", "cuda[:N]"; throws CoreError(DeviceUnavailable/InvalidArgument).
torch::Device resolve_device(const std::string& name);

/// Individual diffusers-folder components (tests, tools).
UNet load_unet_folder(const std::string& folder);
AutoencoderKL load_vae_folder(const std::string& folder);
CLIPTextModel load_text_encoder_folder(const std::string& folder);

/// Throws CoreError(UnsafeFormat) for pickle-based formats, explaining why and how to convert.
void refuse_pickle(const std::string& path);

/// SHA-256 of a file, lowercase hex (streamed).
std::string sha256_file(const std::string& path);

}  // namespace clue::models

namespace clue::models {
/// Helpers shared by the loaders (components.cpp).
std::string read_text(const std::filesystem::path& p);
std::map<std::string, at::Tensor> read_all(const io::SafetensorsFile& f);
std::filesystem::path weights_file(const std::filesystem::path& folder, const std::vector<std::string>& stems);
}  // namespace clue::models
