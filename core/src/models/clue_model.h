#pragma once
// The files a fine-tune adds to a diffusers folder (see train.h for the run layout):
//   <model>/clue.json                       what was trained: mode, prompt template, classes, style sizes, base model
//   <model>/style/config.json               style-encoder options
//   <model>/style/diffusion_pytorch_model.safetensors   unet.<style path keys> + encoder.<keys> (CLUE only)
//   <model>/style/style_space.safetensors   optional: posterior means + PCA of the training set
// The U-Net under <model>/unet/ keeps diffusers' keys only, so other tools load the fine-tuned U-Net as is.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "models/style_encoder/style_encoder.h"
#include "models/unet/unet.h"

namespace clue::models {

struct SDModel;

struct FineTuneInfo {
    std::string mode;  ///< "clue" or "vanilla"; empty = not a CLUE Studio fine-tune
    std::string prompt_template;
    std::vector<std::string> classes;
    std::map<std::string, std::string> class_prompts;
    std::string base_model, base_sha256;
    int64_t style_dim = 0, style_tokens = 0;
    int64_t steps = 0;
    StyleEncoderOptions encoder;

    /// The prompt of a class: template with {class} replaced by class_prompts[class] (or the class name).
    std::string prompt_for(const std::string& class_name) const;
};

/// Reads <model>/clue.json (+ style/config.json); a default FineTuneInfo (mode "") when absent. Throws BadConfig.
FineTuneInfo read_finetune_info(const std::filesystem::path& root);
/// True for U-Net parameter names of the style path (style_proj.*, *.attn_style.*).
bool is_style_parameter(const std::string& name);
/// Loads style/diffusion_pytorch_model.safetensors into the U-Net's style path and the encoder (strict).
void load_style_weights(const std::filesystem::path& file, UNet& unet, StyleEncoder& encoder);
/// Style path + encoder tensors (unet.* / encoder.*), for checkpoints and exports.
std::vector<std::pair<std::string, at::Tensor>> style_tensors(const UNet& unet, const StyleEncoder& encoder);

/// Writes a complete diffusers folder at `out` (atomic per file): the current U-Net weights (style keys excluded),
/// clue.json, style/ (CLUE) and — once, when absent — vae/, text_encoder/, tokenizer/, scheduler/, model_index.json
/// copied from the base folder (hard links where possible) or written from the loaded modules (single-file base).
void export_model_folder(const std::filesystem::path& out, const SDModel& model, const FineTuneInfo& info,
                         const std::string& tokenizer_dir);

}  // namespace clue::models
