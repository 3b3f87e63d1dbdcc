#pragma once
// Internal to ldm_convert.cpp: the LDM -> diffusers name tables per component and the pieces they share.
// Naming is separated from tensor work: each table returns a Plan (renames + ignored keys) built from the file
// header only; ldm_convert.cpp reads and reshapes the tensors. No torch here.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clue/result.h"
#include "io/safetensors.h"

namespace clue::io::ldm {

inline constexpr std::string_view kUnetPrefix = "model.diffusion_model.";
inline constexpr std::string_view kVaePrefix = "first_stage_model.";
inline constexpr std::string_view kClipPrefix = "cond_stage_model.transformer.";  // SD1, HF CLIP names
inline constexpr std::string_view kOpenClipPrefix = "cond_stage_model.model.";    // SD2, OpenCLIP names

enum class Op {
    Copy,
    Squeeze,  ///< 1×1 conv weight [C, C, 1, 1] (or [C, C, 1]) -> linear [C, C]
    Chunk,    ///< part `chunk` of 3 equal parts along dim 0 (OpenCLIP in_proj q;k;v)
};

struct Rename {
    std::string from;  ///< full key in the file
    std::string to;    ///< diffusers/transformers key
    Op op = Op::Copy;
    int chunk = 0;
};

struct Plan {
    std::vector<Rename> renames;
    std::vector<std::string> ignored;
};

/// What the tables need besides the file: the parsed yaml (null without one) and its header hints.
struct Context {
    const SafetensorsFile& file;
    std::string family;                         ///< "sd1" / "sd2"
    const nlohmann::json* yaml = nullptr;       ///< root of the LDM yaml, or null
    std::string yaml_path;                      ///< for messages
    std::map<std::string, std::string> hints;   ///< "key=value" tokens of the yaml's comment lines
    std::vector<std::string>* notes = nullptr;  ///< guesses are appended here
};

// ---- shared helpers (ldm_convert.cpp) ----
[[noreturn]] void fail_key(Errc code, const SafetensorsFile& file, std::string_view key, const std::string& why);
[[noreturn]] void fail_yaml(const Context& ctx, const std::string& field, const std::string& why);
/// Keys of the file under `prefix`, with the prefix removed, sorted.
std::vector<std::string> keys_under(const SafetensorsFile& file, std::string_view prefix);
/// Shape of a tensor that must exist (MissingTensor otherwise).
const std::vector<std::int64_t>& shape_of(const SafetensorsFile& file, const std::string& key);
bool has_prefix(const SafetensorsFile& file, std::string_view prefix);
/// Consumes `literal` from the front of `s`.
bool take(std::string_view& s, std::string_view literal);
/// Consumes "<digits>." from the front of `s`.
std::optional<int> take_index(std::string_view& s);
/// Largest N+1 over keys "<prefix>N.…" (0 when none).
int count_indexed(const SafetensorsFile& file, const std::string& prefix);
/// yaml node at a path of mapping keys, or null.
const nlohmann::json* yaml_at(const Context& ctx, std::initializer_list<const char*> path);
/// yaml integer/bool/string with a type check (BadConfig naming the field).
std::optional<std::int64_t> yaml_int(const Context& ctx, const nlohmann::json* node, const char* key,
                                     const std::string& where);
std::optional<bool> yaml_bool(const Context& ctx, const nlohmann::json* node, const char* key,
                              const std::string& where);
std::optional<std::vector<std::int64_t>> yaml_int_list(const Context& ctx, const nlohmann::json* node,
                                                       const char* key, const std::string& where);
void note(const Context& ctx, const std::string& text);

// ---- minimal YAML (ldm_yaml.cpp): block mappings/sequences, flow [..]/{..}, scalars, comments ----
/// Throws CoreError(BadConfig) naming `origin` and the line.
nlohmann::json parse_yaml(const std::string& text, const std::string& origin);
/// "key=value" tokens of full-line comments (the tiny-model header: "#   heads=4 mlp=37 act=quick_gelu").
std::map<std::string, std::string> parse_yaml_hints(const std::string& text);

// ---- UNet (ldm_unet_names.cpp) ----
struct UnetLayout {
    int levels = 0;                       ///< len(block_out_channels)
    int layers_per_block = 0;             ///< res blocks per down level (up levels have one more)
    std::vector<std::int64_t> channels;   ///< block_out_channels
    std::vector<bool> down_attention;     ///< per down level
    std::vector<bool> up_attention;       ///< per up level (up level 0 = lowest resolution)
    std::vector<int> transformer_depth;   ///< per down level (0 without attention)
    int mid_depth = 0;
    bool linear_projection = false;       ///< proj_in is a Linear (SD2) rather than a 1×1 conv (SD1)
    std::int64_t cross_attention_dim = 0;
    std::int64_t in_channels = 0, out_channels = 0, conv_in_kernel = 3, conv_out_kernel = 3;
};
UnetLayout infer_unet_layout(const Context& ctx);
Plan plan_unet(const Context& ctx, const UnetLayout& layout);
nlohmann::json make_unet_config(const Context& ctx, const UnetLayout& layout, std::int64_t sample_size);

// ---- VAE (ldm_vae_names.cpp) ----
struct VaeLayout {
    int levels = 0;
    int layers_per_block = 0;  ///< encoder res blocks per level (decoder has one more)
    std::vector<std::int64_t> channels;
    std::int64_t in_channels = 0, out_channels = 0, latent_channels = 0;
};
VaeLayout infer_vae_layout(const Context& ctx);
Plan plan_vae(const Context& ctx, const VaeLayout& layout);
nlohmann::json make_vae_config(const Context& ctx, const VaeLayout& layout, std::int64_t sample_size);

// ---- text encoder (ldm_clip_names.cpp) ----
struct TextLayout {
    std::int64_t hidden = 0, intermediate = 0, vocab = 0, positions = 0, projection = 0;
    int blocks_in_file = 0;  ///< transformer blocks stored
    int layers = 0;          ///< blocks used (SD2 penultimate: blocks_in_file - 1)
    int heads = 0;
    std::string act;
};
TextLayout infer_text_layout(const Context& ctx);
Plan plan_text(const Context& ctx, const TextLayout& layout);
nlohmann::json make_text_config(const Context& ctx, const TextLayout& layout);

}  // namespace clue::io::ldm
