// LDM autoencoder (ldm.modules.diffusionmodules.model Encoder/Decoder) -> diffusers AutoencoderKL names and config.
// ref: diffusers@v0.27.2 src/diffusers/loaders/single_file_utils.py convert_ldm_vae_checkpoint,
//      renew_vae_resnet_paths, renew_vae_attention_paths, conv_attn_to_linear, create_vae_diffusers_config.
// Generalised: the decoder's `up.N` is numbered from the lowest resolution = highest N, so diffusers
// up_blocks.(levels-1-N); the levels are counted in the file instead of assuming SD's four.
#include <string>

#include "common/error.h"
#include "io/ldm_names.h"

namespace clue::io::ldm {
namespace vae_names {

const std::string kPrefix(kVaePrefix);
const std::string kYamlDd = "model.params.first_stage_config.params.ddconfig";

std::string key(const std::string& rest) { return kPrefix + rest; }
std::string num(int i) { return std::to_string(i); }

std::optional<std::string> resnet_name(std::string_view s) {
    static constexpr std::pair<std::string_view, std::string_view> kTable[] = {
        {"norm1.", "norm1."}, {"conv1.", "conv1."}, {"norm2.", "norm2."},
        {"conv2.", "conv2."}, {"nin_shortcut.", "conv_shortcut."},
    };
    for (const auto& [ldm_name, diffusers_name] : kTable) {
        std::string_view rest = s;
        if (take(rest, ldm_name)) return std::string(diffusers_name) + std::string(rest);
    }
    return std::nullopt;
}

// AttnBlock (1×1 convs) -> Attention. ref: renew_vae_attention_paths
std::optional<std::string> attention_name(std::string_view s) {
    static constexpr std::pair<std::string_view, std::string_view> kTable[] = {
        {"norm.", "group_norm."}, {"q.", "to_q."}, {"k.", "to_k."}, {"v.", "to_v."}, {"proj_out.", "to_out.0."},
    };
    for (const auto& [ldm_name, diffusers_name] : kTable) {
        std::string_view rest = s;
        if (take(rest, ldm_name)) return std::string(diffusers_name) + std::string(rest);
    }
    return std::nullopt;
}

// `s` is relative to first_stage_model.; nullopt = no AutoencoderKL counterpart.
std::optional<std::string> map_key(std::string_view s, int levels) {
    if (take(s, "quant_conv.")) return "quant_conv." + std::string(s);
    if (take(s, "post_quant_conv.")) return "post_quant_conv." + std::string(s);
    for (const std::string part : {"encoder.", "decoder."}) {
        if (!take(s, part)) continue;
        if (take(s, "conv_in.")) return part + "conv_in." + std::string(s);
        if (take(s, "conv_out.")) return part + "conv_out." + std::string(s);
        if (take(s, "norm_out.")) return part + "conv_norm_out." + std::string(s);
        if (take(s, "mid.")) {
            auto with = [&](const std::string& head, std::optional<std::string> tail) {
                return tail ? std::optional(head + *tail) : std::nullopt;
            };
            if (take(s, "block_1.")) return with(part + "mid_block.resnets.0.", resnet_name(s));
            if (take(s, "block_2.")) return with(part + "mid_block.resnets.1.", resnet_name(s));
            if (take(s, "attn_1.")) return with(part + "mid_block.attentions.0.", attention_name(s));
            return std::nullopt;
        }
        const bool encoder = part == "encoder.";
        if (!take(s, encoder ? "down." : "up.")) return std::nullopt;
        const auto level = take_index(s);
        if (!level || *level >= levels) return std::nullopt;
        const int block = encoder ? *level : levels - 1 - *level;
        const std::string head = part + (encoder ? "down_blocks." : "up_blocks.") + num(block) + ".";
        if (take(s, "block.")) {
            const auto j = take_index(s);
            auto r = resnet_name(s);
            return j && r ? std::optional(head + "resnets." + num(*j) + "." + *r) : std::nullopt;
        }
        if (take(s, encoder ? "downsample.conv." : "upsample.conv."))
            return head + (encoder ? "downsamplers.0.conv." : "upsamplers.0.conv.") + std::string(s);
        return std::nullopt;  // down.N.attn.* (attn_resolutions) has no DownEncoderBlock2D counterpart
    }
    return std::nullopt;
}

void check_against_yaml(const Context& ctx, const VaeLayout& lay) {
    const nlohmann::json* dd = yaml_at(ctx, {"model", "params", "first_stage_config", "params", "ddconfig"});
    if (!dd) return;
    auto mismatch = [&](const std::string& field, const std::string& yaml_value, const std::string& file_value) {
        fail_yaml(ctx, kYamlDd + "." + field, "says " + yaml_value + " but the checkpoint's tensors give " + file_value);
    };
    const auto ch = yaml_int(ctx, dd, "ch", kYamlDd);
    const auto mult = yaml_int_list(ctx, dd, "ch_mult", kYamlDd);
    if (ch && mult) {
        std::vector<std::int64_t> expected;
        for (auto m : *mult) expected.push_back(*ch * m);
        if (expected != lay.channels)
            mismatch("ch_mult", "channels " + nlohmann::json(expected).dump(), nlohmann::json(lay.channels).dump());
    }
    if (auto n = yaml_int(ctx, dd, "num_res_blocks", kYamlDd); n && *n != lay.layers_per_block)
        mismatch("num_res_blocks", std::to_string(*n), std::to_string(lay.layers_per_block));
    if (auto n = yaml_int(ctx, dd, "z_channels", kYamlDd); n && *n != lay.latent_channels)
        mismatch("z_channels", std::to_string(*n), std::to_string(lay.latent_channels));
    if (auto n = yaml_int(ctx, dd, "in_channels", kYamlDd); n && *n != lay.in_channels)
        mismatch("in_channels", std::to_string(*n), std::to_string(lay.in_channels));
    if (auto n = yaml_int(ctx, dd, "out_ch", kYamlDd); n && *n != lay.out_channels)
        mismatch("out_ch", std::to_string(*n), std::to_string(lay.out_channels));
}

}  // namespace vae_names

VaeLayout infer_vae_layout(const Context& ctx) {
    using namespace vae_names;
    const SafetensorsFile& f = ctx.file;
    VaeLayout lay;
    lay.levels = count_indexed(f, key("encoder.down."));
    const int decoder_levels = count_indexed(f, key("decoder.up."));
    if (lay.levels == 0) fail_key(Errc::MissingTensor, f, key("encoder.down.0.*"), "no VAE encoder levels");
    if (decoder_levels != lay.levels)
        fail_key(Errc::MissingTensor, f, key("decoder.up.*"),
                 "VAE decoder has " + num(decoder_levels) + " levels, the encoder " + num(lay.levels));
    lay.layers_per_block = count_indexed(f, key("encoder.down.0.block."));
    for (int i = 0; i < lay.levels; ++i) {
        const std::string down = "encoder.down." + num(i);
        if (has_prefix(f, key(down + ".attn.")))
            fail_key(Errc::UnsupportedModel, f, key(down + ".attn.*"),
                     "VAE with attention inside levels (attn_resolutions) is not supported");
        if (count_indexed(f, key(down + ".block.")) != lay.layers_per_block)
            fail_key(Errc::MissingTensor, f, key(down + ".block.*"), "encoder levels differ in res block count");
        lay.channels.push_back(shape_of(f, key(down + ".block.0.conv1.weight")).at(0));
        if (i + 1 < lay.levels) shape_of(f, key(down + ".downsample.conv.weight"));
        const std::string up = "decoder.up." + num(i);
        if (count_indexed(f, key(up + ".block.")) != lay.layers_per_block + 1)
            fail_key(Errc::MissingTensor, f, key(up + ".block.*"),
                     "decoder level should have " + num(lay.layers_per_block + 1) + " res blocks");
        if (i > 0) shape_of(f, key(up + ".upsample.conv.weight"));
    }
    for (const std::string part : {"encoder.", "decoder."}) {
        shape_of(f, key(part + "mid.block_1.conv1.weight"));
        shape_of(f, key(part + "mid.attn_1.q.weight"));
        shape_of(f, key(part + "mid.block_2.conv1.weight"));
    }
    for (const char* name : {"encoder.norm_out.weight", "decoder.norm_out.weight", "encoder.conv_in.bias",
                             "encoder.conv_out.bias", "decoder.conv_in.bias", "decoder.conv_out.bias"})
        shape_of(f, key(name));
    lay.in_channels = shape_of(f, key("encoder.conv_in.weight")).at(1);
    lay.latent_channels = shape_of(f, key("decoder.conv_in.weight")).at(1);
    lay.out_channels = shape_of(f, key("decoder.conv_out.weight")).at(0);
    if (shape_of(f, key("encoder.conv_out.weight")).at(0) != 2 * lay.latent_channels)
        fail_key(Errc::UnsupportedModel, f, key("encoder.conv_out.weight"),
                 "VAE encoder must output mean and log-variance (double_z)");
    shape_of(f, key("quant_conv.weight"));
    shape_of(f, key("post_quant_conv.weight"));
    check_against_yaml(ctx, lay);
    return lay;
}

Plan plan_vae(const Context& ctx, const VaeLayout& lay) {
    using namespace vae_names;
    Plan plan;
    for (const std::string& rest : keys_under(ctx.file, kVaePrefix)) {
        if (rest.starts_with("loss.")) {  // training-only discriminator/LPIPS weights in some full checkpoints
            plan.ignored.push_back(key(rest));
            continue;
        }
        auto to = map_key(rest, lay.levels);
        if (!to)
            fail_key(Errc::UnexpectedTensor, ctx.file, key(rest),
                     "has no diffusers AutoencoderKL counterpart (" + num(lay.levels) + " levels)");
        // ref: conv_attn_to_linear — the mid attention's 1×1 convs become Linear layers
        const bool attention_weight = to->find(".attentions.0.to_") != std::string::npos && to->ends_with(".weight");
        const Op op = attention_weight && ctx.file.entries().at(key(rest)).shape.size() > 2 ? Op::Squeeze : Op::Copy;
        plan.renames.push_back({key(rest), *to, op, 0});
    }
    return plan;
}

nlohmann::json make_vae_config(const Context& ctx, const VaeLayout& lay, std::int64_t sample_size) {
    using nlohmann::json;
    std::optional<double> scale;
    if (const json* params = yaml_at(ctx, {"model", "params"}); params && params->contains("scale_factor")) {
        if (!params->at("scale_factor").is_number())
            fail_yaml(ctx, "model.params.scale_factor", "must be a number, got " + params->at("scale_factor").dump());
        scale = params->at("scale_factor").get<double>();
    }
    if (!scale) note(ctx, "vae.scaling_factor = 0.18215 (SD default; no model.params.scale_factor in a yaml)");
    return json{
        {"_class_name", "AutoencoderKL"},
        {"act_fn", "silu"},
        {"block_out_channels", lay.channels},
        {"down_block_types", std::vector<std::string>(lay.levels, "DownEncoderBlock2D")},
        {"force_upcast", true},
        {"in_channels", lay.in_channels},
        {"latent_channels", lay.latent_channels},
        {"latents_mean", nullptr},
        {"latents_std", nullptr},
        {"layers_per_block", lay.layers_per_block},
        {"norm_num_groups", 32},
        {"out_channels", lay.out_channels},
        {"sample_size", sample_size},
        {"scaling_factor", scale.value_or(0.18215)},
        {"up_block_types", std::vector<std::string>(lay.levels, "UpDecoderBlock2D")},
    };
}

}  // namespace clue::io::ldm
