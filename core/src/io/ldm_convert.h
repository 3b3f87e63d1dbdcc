#pragma once
// Single-file (original LDM / CompVis / Stability) Stable Diffusion checkpoints -> diffusers names and configs.
// This is the ONE place where legacy names are mapped (architecture.md rule 2); the model code only knows
// diffusers/transformers names. The tables live in ldm_unet_names.cpp, ldm_vae_names.cpp, ldm_clip_names.cpp.
// ref: diffusers@v0.27.2 src/diffusers/loaders/single_file_utils.py (convert_ldm_unet_checkpoint,
//      convert_ldm_vae_checkpoint, convert_ldm_clip_checkpoint, convert_open_clip_checkpoint,
//      create_unet_diffusers_config, create_vae_diffusers_config, create_scheduler), generalised to any number
//      of UNet/VAE levels, res blocks per level and text-encoder layers (the originals hard-code real SD).
#include <ATen/core/Tensor.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "io/safetensors.h"

namespace clue::io {

struct ConvertedCheckpoint {
    std::string family;  ///< "sd1" (CLIP ViT-L text tower) or "sd2" (OpenCLIP text tower)
    /// Diffusers/transformers key names, float32 CPU tensors. Text encoder keys as in
    /// text_encoder/model.safetensors ("text_model.encoder.layers.0.…").
    std::map<std::string, at::Tensor> unet, vae, text_encoder;
    /// Same keys and meaning as the config.json files of a diffusers folder (unet/, vae/, text_encoder/,
    /// scheduler/); version keys (_diffusers_version, transformers_version) are not written.
    nlohmann::json unet_config, vae_config, text_encoder_config, scheduler_config;
    /// Keys of the file that belong to no converted component: DDPM buffers, EMA copies, the unused last
    /// OpenCLIP block(s), text_projection, position_ids, …
    std::vector<std::string> ignored_keys;
    /// Values taken from real-SD defaults because neither the file's shapes nor the yaml determine them, e.g.
    /// "unet.attention_head_dim = 8 heads (SD1 default; no num_heads in a yaml)". For a UI or log; empty for the
    /// tiny checkpoints with their yaml.
    std::vector<std::string> notes;
};

/// Converts an LDM single-file checkpoint (all tensors, fp16/bf16 -> fp32).
/// `yaml_path`: the LDM config next to the checkpoint (same name, .yaml); empty = infer everything from tensor
/// shapes plus real-SD defaults (SD1: 8 heads, epsilon, 512 px; SD2: head dim 64, v-prediction, 768 px).
/// The tiny text-encoder sizes that the LDM yaml cannot express are read from its header comment
/// ("# heads=4 mlp=37 act=quick_gelu …"). Shapes are the truth: a yaml that contradicts them is BadConfig.
/// Throws CoreError: UnsupportedModel (not SD1/SD2: SDXL, class-conditioned UNet, …), MissingTensor,
/// UnexpectedTensor (a key of a component that has no diffusers counterpart), BadConfig; each message names
/// the file and the key or yaml field.
/// Example: `auto c = convert_ldm_checkpoint(*SafetensorsFile::open(p), "model.yaml"); c.unet.at("conv_in.weight");`
ConvertedCheckpoint convert_ldm_checkpoint(const SafetensorsFile& file, const std::string& yaml_path);

/// True when the file holds an LDM UNet (`model.diffusion_model.*` keys).
bool looks_like_ldm_checkpoint(const SafetensorsFile& file);

}  // namespace clue::io
