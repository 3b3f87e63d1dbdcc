// LDM openaimodel.UNetModel -> diffusers UNet2DConditionModel names and config.
// ref: diffusers@v0.27.2 src/diffusers/loaders/single_file_utils.py convert_ldm_unet_checkpoint,
//      renew_resnet_paths, assign_to_checkpoint, create_unet_diffusers_config.
// Generalised: the level / layer of every key is computed from its input_blocks/output_blocks index and the
// number of res blocks per level (found from the first downsampler), so any number of levels works.
#include <algorithm>
#include <string>

#include "common/error.h"
#include "io/ldm_names.h"

namespace clue::io::ldm {
namespace unet_names {

const std::string kPrefix(kUnetPrefix);
const std::string kYamlParams = "model.params.unet_config.params";

std::string key(const std::string& rest) { return kPrefix + rest; }
std::string num(int i) { return std::to_string(i); }

// ResBlock (openaimodel) -> ResnetBlock2D. ref: single_file_utils.py renew_resnet_paths
std::optional<std::string> resnet_name(std::string_view rest) {
    static constexpr std::pair<std::string_view, std::string_view> kTable[] = {
        {"in_layers.0.", "norm1."},        {"in_layers.2.", "conv1."},  {"out_layers.0.", "norm2."},
        {"out_layers.3.", "conv2."},       {"emb_layers.1.", "time_emb_proj."},
        {"skip_connection.", "conv_shortcut."},
    };
    for (const auto& [ldm_name, diffusers_name] : kTable) {
        std::string_view s = rest;
        if (take(s, ldm_name)) return std::string(diffusers_name) + std::string(s);
    }
    return std::nullopt;
}

// `rest` is relative to model.diffusion_model.; nullopt = no diffusers counterpart.
std::optional<std::string> map_key(std::string_view s, int layers_per_block, int levels) {
    const int per_level = layers_per_block + 1;
    if (take(s, "time_embed.0.")) return "time_embedding.linear_1." + std::string(s);
    if (take(s, "time_embed.2.")) return "time_embedding.linear_2." + std::string(s);
    if (take(s, "out.0.")) return "conv_norm_out." + std::string(s);
    if (take(s, "out.2.")) return "conv_out." + std::string(s);
    if (take(s, "input_blocks.")) {
        const auto i = take_index(s), j = take_index(s);
        if (!i || !j) return std::nullopt;
        if (*i == 0) return *j == 0 ? std::optional("conv_in." + std::string(s)) : std::nullopt;
        const int block = (*i - 1) / per_level, layer = (*i - 1) % per_level;
        if (block >= levels) return std::nullopt;
        const std::string down = "down_blocks." + num(block) + ".";
        if (layer == layers_per_block) {  // the level's downsampler
            if (*j == 0 && take(s, "op.")) return down + "downsamplers.0.conv." + std::string(s);
            return std::nullopt;
        }
        if (*j == 0) {
            auto r = resnet_name(s);
            return r ? std::optional(down + "resnets." + num(layer) + "." + *r) : std::nullopt;
        }
        if (*j == 1) return down + "attentions." + num(layer) + "." + std::string(s);
        return std::nullopt;
    }
    if (take(s, "middle_block.")) {
        const auto j = take_index(s);
        if (!j) return std::nullopt;
        if (*j == 1) return "mid_block.attentions.0." + std::string(s);
        if (*j != 0 && *j != 2) return std::nullopt;
        auto r = resnet_name(s);
        return r ? std::optional("mid_block.resnets." + num(*j / 2) + "." + *r) : std::nullopt;
    }
    if (take(s, "output_blocks.")) {
        const auto i = take_index(s), j = take_index(s);
        if (!i || !j) return std::nullopt;
        const int block = *i / per_level, layer = *i % per_level;
        if (block >= levels) return std::nullopt;
        const std::string up = "up_blocks." + num(block) + ".";
        if (*j == 0) {
            auto r = resnet_name(s);
            return r ? std::optional(up + "resnets." + num(layer) + "." + *r) : std::nullopt;
        }
        // Upsample is the last sub-module of the level's last layer: output_blocks.i.1 (no attention) or .2.
        if (take(s, "conv.")) {
            if (layer != layers_per_block || block == levels - 1) return std::nullopt;
            return up + "upsamplers.0.conv." + std::string(s);
        }
        if (*j == 1) return up + "attentions." + num(layer) + "." + std::string(s);
    }
    return std::nullopt;
}

bool is_attention_projection(const std::string& name) {
    // ref: assign_to_checkpoint: "attentions" in new_path and "to_" in new_path -> conv to linear
    return name.find("attentions.") != std::string::npos && name.find(".to_") != std::string::npos &&
           name.ends_with(".weight");
}

void check_against_yaml(const Context& ctx, const UnetLayout& lay) {
    const nlohmann::json* p = yaml_at(ctx, {"model", "params", "unet_config", "params"});
    if (!p) return;
    auto mismatch = [&](const std::string& field, const std::string& yaml_value, const std::string& file_value) {
        fail_yaml(ctx, kYamlParams + "." + field,
                  "says " + yaml_value + " but the checkpoint's tensors give " + file_value);
    };
    const auto model_channels = yaml_int(ctx, p, "model_channels", kYamlParams);
    const auto mult = yaml_int_list(ctx, p, "channel_mult", kYamlParams);
    if (model_channels && mult) {
        std::vector<std::int64_t> expected;
        for (auto m : *mult) expected.push_back(*model_channels * m);
        if (expected != lay.channels) {
            auto str = [](const std::vector<std::int64_t>& v) { return nlohmann::json(v).dump(); };
            mismatch("channel_mult", "channels " + str(expected), str(lay.channels));
        }
    }
    if (auto n = yaml_int(ctx, p, "num_res_blocks", kYamlParams); n && *n != lay.layers_per_block)
        mismatch("num_res_blocks", std::to_string(*n), std::to_string(lay.layers_per_block));
    if (auto res = yaml_int_list(ctx, p, "attention_resolutions", kYamlParams)) {
        for (int b = 0; b < lay.levels; ++b) {
            const bool yaml_attention = std::count(res->begin(), res->end(), std::int64_t{1} << b) > 0;
            if (yaml_attention != lay.down_attention[b])
                mismatch("attention_resolutions", yaml_attention ? "attention at level " + num(b) : "none at level " + num(b),
                         lay.down_attention[b] ? "attention" : "none");
        }
    }
    const nlohmann::json* context = p->contains("context_dim") ? &p->at("context_dim") : nullptr;
    if (context && context->is_array() && !context->empty()) context = &context->at(0);
    if (context && context->is_number_integer() && context->get<std::int64_t>() != lay.cross_attention_dim)
        mismatch("context_dim", context->dump(), std::to_string(lay.cross_attention_dim));
    if (auto linear = yaml_bool(ctx, p, "use_linear_in_transformer", kYamlParams); linear && *linear != lay.linear_projection)
        mismatch("use_linear_in_transformer", *linear ? "true" : "false", lay.linear_projection ? "Linear proj_in" : "1x1 conv proj_in");
    if (auto n = yaml_int(ctx, p, "in_channels", kYamlParams); n && *n != lay.in_channels)
        mismatch("in_channels", std::to_string(*n), std::to_string(lay.in_channels));
    if (auto n = yaml_int(ctx, p, "out_channels", kYamlParams); n && *n != lay.out_channels)
        mismatch("out_channels", std::to_string(*n), std::to_string(lay.out_channels));
    if (auto n = yaml_int(ctx, p, "transformer_depth", kYamlParams)) {
        for (int b = 0; b < lay.levels; ++b)
            if (lay.down_attention[b] && lay.transformer_depth[b] != *n)
                mismatch("transformer_depth", std::to_string(*n), std::to_string(lay.transformer_depth[b]));
    }
}

}  // namespace unet_names

UnetLayout infer_unet_layout(const Context& ctx) {
    using namespace unet_names;
    const SafetensorsFile& f = ctx.file;
    if (has_prefix(f, key("label_emb.")))
        fail_key(Errc::UnsupportedModel, f, key("label_emb.*"),
                 "class/size-conditioned UNet (SDXL, SD upscaler, unCLIP) is not supported");
    UnetLayout lay;
    const auto& conv_in = shape_of(f, key("input_blocks.0.0.weight"));
    const auto& conv_out = shape_of(f, key("out.2.weight"));
    if (conv_in.size() != 4 || conv_out.size() != 4)
        fail_key(Errc::ShapeMismatch, f, key("input_blocks.0.0.weight"), "conv_in/conv_out weights must be 4-D");
    for (const char* name : {"time_embed.0.weight", "time_embed.0.bias", "time_embed.2.weight", "time_embed.2.bias",
                             "input_blocks.0.0.bias", "out.0.weight", "out.0.bias", "out.2.bias"})
        shape_of(f, key(name));
    lay.in_channels = conv_in[1];
    lay.conv_in_kernel = conv_in[2];
    lay.out_channels = conv_out[0];
    lay.conv_out_kernel = conv_out[2];

    const int inputs = count_indexed(f, key("input_blocks."));
    const int outputs = count_indexed(f, key("output_blocks."));
    int per_level = inputs;  // a single level has no downsampler
    for (int i = 1; i < inputs; ++i)
        if (f.has(key("input_blocks." + num(i) + ".0.op.weight"))) {
            per_level = i;  // blocks 1..i-1 are res blocks, i the downsampler
            break;
        }
    lay.layers_per_block = per_level - 1;
    if (lay.layers_per_block < 1)
        fail_key(Errc::UnsupportedModel, f, key("input_blocks.1.0.op.weight"), "a UNet level without res blocks");
    lay.levels = inputs / per_level;
    if (lay.levels * per_level != inputs)
        fail_key(Errc::MissingTensor, f, key("input_blocks." + num(inputs) + ".*"),
                 std::to_string(inputs) + " input_blocks do not fill levels of " + num(lay.layers_per_block) +
                     " res blocks + downsampler (truncated file?)");
    if (outputs != lay.levels * per_level)
        fail_key(Errc::MissingTensor, f, key("output_blocks." + num(std::max(outputs, 0)) + ".*"),
                 std::to_string(outputs) + " output_blocks, expected " + num(lay.levels * per_level));

    for (int b = 0; b < lay.levels; ++b) {
        const std::string first = "input_blocks." + num(1 + b * per_level);
        lay.channels.push_back(shape_of(f, key(first + ".0.out_layers.3.weight"))[0]);
        const bool attention = has_prefix(f, key(first + ".1."));
        lay.down_attention.push_back(attention);
        lay.transformer_depth.push_back(attention ? count_indexed(f, key(first + ".1.transformer_blocks.")) : 0);
        if (b + 1 < lay.levels) shape_of(f, key("input_blocks." + num((b + 1) * per_level) + ".0.op.weight"));
    }
    for (int u = 0; u < lay.levels; ++u) {
        const std::string first = "output_blocks." + num(u * per_level);
        lay.up_attention.push_back(f.has(key(first + ".1.proj_in.weight")));
        if (u + 1 < lay.levels) {
            const std::string last = "output_blocks." + num(u * per_level + lay.layers_per_block);
            if (!f.has(key(last + ".1.conv.weight")) && !f.has(key(last + ".2.conv.weight")))
                fail_key(Errc::MissingTensor, f, key(last + ".{1|2}.conv.weight"), "upsampler of UNet up level " + num(u));
        }
    }
    if (!f.has(key("middle_block.1.proj_in.weight")))
        fail_key(Errc::UnsupportedModel, f, key("middle_block.1.proj_in.weight"),
                 "the UNet mid block has no cross-attention transformer (not a Stable Diffusion UNet)");
    shape_of(f, key("middle_block.2.out_layers.3.weight"));
    lay.mid_depth = count_indexed(f, key("middle_block.1.transformer_blocks."));
    lay.linear_projection = shape_of(f, key("middle_block.1.proj_in.weight")).size() == 2;
    lay.cross_attention_dim = shape_of(f, key("middle_block.1.transformer_blocks.0.attn2.to_k.weight")).at(1);
    check_against_yaml(ctx, lay);
    return lay;
}

Plan plan_unet(const Context& ctx, const UnetLayout& lay) {
    using namespace unet_names;
    Plan plan;
    for (const std::string& rest : keys_under(ctx.file, kUnetPrefix)) {
        auto to = map_key(rest, lay.layers_per_block, lay.levels);
        if (!to)
            fail_key(Errc::UnexpectedTensor, ctx.file, key(rest),
                     "has no diffusers UNet2DConditionModel counterpart (" + num(lay.levels) + " levels, " +
                         num(lay.layers_per_block) + " res blocks per level)");
        const Op op = is_attention_projection(*to) && ctx.file.entries().at(key(rest)).shape.size() > 2 ? Op::Squeeze
                                                                                                      : Op::Copy;
        plan.renames.push_back({key(rest), *to, op, 0});
    }
    return plan;
}

nlohmann::json make_unet_config(const Context& ctx, const UnetLayout& lay, std::int64_t sample_size) {
    using namespace unet_names;
    using nlohmann::json;
    const json* p = yaml_at(ctx, {"model", "params", "unet_config", "params"});
    // Head counts are not in the shapes. ref: create_unet_diffusers_config: num_heads (SD1) is used as is
    // ("attention_head_dim" = heads in diffusers' legacy naming); num_head_channels (SD2) gives per-level heads.
    const auto num_heads = yaml_int(ctx, p, "num_heads", kYamlParams);
    auto head_channels = yaml_int(ctx, p, "num_head_channels", kYamlParams);
    json head_dim;
    if (num_heads && *num_heads > 0) {
        head_dim = *num_heads;
    } else {
        const bool guessed = !head_channels || *head_channels <= 0;
        if (guessed && ctx.family == "sd1") {
            note(ctx, "unet.attention_head_dim = 8 heads (SD1 default; no num_heads in a yaml)");
            head_dim = 8;
        } else {
            if (guessed) note(ctx, "unet.attention_head_dim from head channels 64 (SD2 default; no num_head_channels in a yaml)");
            const std::int64_t size = guessed ? 64 : *head_channels;
            head_dim = json::array();
            for (auto c : lay.channels) {
                if (c % size != 0 && !guessed)
                    fail_yaml(ctx, kYamlParams + ".num_head_channels",
                              std::to_string(size) + " does not divide block channels " + std::to_string(c));
                head_dim.push_back(std::max<std::int64_t>(c / size, 1));
            }
        }
    }
    // The original SD2 code computes attention scores in float32 (ATTN_PRECISION), SD1 does not.
    const bool upcast = yaml_bool(ctx, p, "upcast_attention", kYamlParams).value_or(ctx.family == "sd2");

    json down = json::array(), up = json::array();
    for (int b = 0; b < lay.levels; ++b) down.push_back(lay.down_attention[b] ? "CrossAttnDownBlock2D" : "DownBlock2D");
    for (int u = 0; u < lay.levels; ++u) up.push_back(lay.up_attention[u] ? "CrossAttnUpBlock2D" : "UpBlock2D");
    json depth = lay.mid_depth;
    for (int b = 0; b < lay.levels; ++b)
        if (lay.down_attention[b] && lay.transformer_depth[b] != lay.mid_depth) depth = nullptr;
    if (depth.is_null()) {
        depth = json::array();
        for (int b = 0; b < lay.levels; ++b) depth.push_back(std::max(lay.transformer_depth[b], 1));
    }
    return json{
        {"_class_name", "UNet2DConditionModel"},
        {"act_fn", "silu"},
        {"addition_embed_type", nullptr},
        {"addition_embed_type_num_heads", 64},
        {"addition_time_embed_dim", nullptr},
        {"attention_head_dim", head_dim},
        {"attention_type", "default"},
        {"block_out_channels", lay.channels},
        {"center_input_sample", false},
        {"class_embed_type", nullptr},
        {"class_embeddings_concat", false},
        {"conv_in_kernel", lay.conv_in_kernel},
        {"conv_out_kernel", lay.conv_out_kernel},
        {"cross_attention_dim", lay.cross_attention_dim},
        {"cross_attention_norm", nullptr},
        {"down_block_types", down},
        {"downsample_padding", 1},
        {"dropout", 0.0},
        {"dual_cross_attention", false},
        {"encoder_hid_dim", nullptr},
        {"encoder_hid_dim_type", nullptr},
        {"flip_sin_to_cos", true},
        {"freq_shift", 0},
        {"in_channels", lay.in_channels},
        {"layers_per_block", lay.layers_per_block},
        {"mid_block_only_cross_attention", nullptr},
        {"mid_block_scale_factor", 1},
        {"mid_block_type", "UNetMidBlock2DCrossAttn"},
        {"norm_eps", 1e-05},
        {"norm_num_groups", 32},
        {"num_attention_heads", nullptr},
        {"num_class_embeds", nullptr},
        {"only_cross_attention", false},
        {"out_channels", lay.out_channels},
        {"projection_class_embeddings_input_dim", nullptr},
        {"resnet_out_scale_factor", 1.0},
        {"resnet_skip_time_act", false},
        {"resnet_time_scale_shift", "default"},
        {"reverse_transformer_layers_per_block", nullptr},
        {"sample_size", sample_size},
        {"time_cond_proj_dim", nullptr},
        {"time_embedding_act_fn", nullptr},
        {"time_embedding_dim", nullptr},
        {"time_embedding_type", "positional"},
        {"timestep_post_act", nullptr},
        {"transformer_layers_per_block", depth},
        {"up_block_types", up},
        {"upcast_attention", upcast},
        {"use_linear_projection", lay.linear_projection},
    };
}

}  // namespace clue::io::ldm
