// Text towers -> transformers CLIPTextModel names and config.
// SD1 (FrozenCLIPEmbedder) stores HF CLIP names under cond_stage_model.transformer. — only the prefix goes.
// SD2 (FrozenOpenCLIPEmbedder, layer="penultimate") stores OpenCLIP names under cond_stage_model.model.; SD2
// runs all blocks but the last, then ln_final, which is a CLIPTextModel with num_hidden_layers = blocks - 1.
// ref: diffusers@v0.27.2 src/diffusers/loaders/single_file_utils.py convert_ldm_clip_checkpoint,
//      convert_open_clip_checkpoint (textenc_conversion_lst, textenc_transformer_conversion_lst); generalised:
//      q;k;v are split by in_proj_weight's own size (diffusers assumes width 1024 without text_projection), and
//      the unused blocks are counted from the file (diffusers hard-codes resblocks.23).
#include <string>

#include "common/error.h"
#include "io/ldm_names.h"

namespace clue::io::ldm {
namespace clip_names {

const std::string kClip(kClipPrefix);
const std::string kOpenClip(kOpenClipPrefix);
std::string num(int i) { return std::to_string(i); }

/// SD1 keys may lack "text_model." (checkpoints saved with transformers < 4.17).
std::string clip_base(const SafetensorsFile& f) {
    return has_prefix(f, kClip + "text_model.") ? kClip + "text_model." : kClip;
}

constexpr std::string_view kClipLayerTensors[] = {
    "self_attn.q_proj.weight", "self_attn.q_proj.bias",   "self_attn.k_proj.weight", "self_attn.k_proj.bias",
    "self_attn.v_proj.weight", "self_attn.v_proj.bias",   "self_attn.out_proj.weight", "self_attn.out_proj.bias",
    "layer_norm1.weight",      "layer_norm1.bias",        "mlp.fc1.weight",          "mlp.fc1.bias",
    "mlp.fc2.weight",          "mlp.fc2.bias",            "layer_norm2.weight",      "layer_norm2.bias",
};
constexpr std::pair<std::string_view, std::string_view> kOpenClipBlock[] = {
    {"ln_1.", "layer_norm1."},        {"ln_2.", "layer_norm2."},
    {"mlp.c_fc.", "mlp.fc1."},        {"mlp.c_proj.", "mlp.fc2."},
    {"attn.out_proj.", "self_attn.out_proj."},
};
constexpr std::string_view kOpenClipBlockTensors[] = {
    "ln_1.weight",    "ln_1.bias",      "attn.in_proj_weight", "attn.in_proj_bias", "attn.out_proj.weight",
    "attn.out_proj.bias", "ln_2.weight", "ln_2.bias",          "mlp.c_fc.weight",   "mlp.c_fc.bias",
    "mlp.c_proj.weight",  "mlp.c_proj.bias",
};

std::optional<std::int64_t> hint_int(const Context& ctx, const std::string& name) {
    auto it = ctx.hints.find(name);
    if (it == ctx.hints.end()) return std::nullopt;
    try {
        std::size_t used = 0;
        const long long v = std::stoll(it->second, &used);
        if (used == it->second.size()) return v;
    } catch (const std::exception&) {
    }
    fail_yaml(ctx, "header comment " + name, "'" + it->second + "' is not an integer");
}

void check_hint(const Context& ctx, const std::string& name, std::int64_t file_value) {
    if (auto v = hint_int(ctx, name); v && *v != file_value)
        fail_yaml(ctx, "header comment " + name,
                  "says " + std::to_string(*v) + " but the checkpoint's text encoder has " + std::to_string(file_value));
}

int used_layers(const Context& ctx, int blocks) {
    const std::string layer_field = "model.params.cond_stage_config.params.layer";
    if (auto v = hint_int(ctx, "layers")) {
        if (*v < 1 || *v > blocks || (ctx.family == "sd1" && *v != blocks))
            fail_yaml(ctx, "header comment layers",
                      std::to_string(*v) + " does not fit the " + num(blocks) + " blocks in the checkpoint");
        return static_cast<int>(*v);
    }
    if (ctx.family == "sd1") return blocks;
    const nlohmann::json* params = yaml_at(ctx, {"model", "params", "cond_stage_config", "params"});
    if (params && params->contains("layer")) {
        const auto& layer = params->at("layer");
        if (layer == "last") return blocks;
        if (layer == "penultimate") return blocks - 1;
        fail_yaml(ctx, layer_field, "unsupported value " + layer.dump() + " (expected \"last\" or \"penultimate\")");
    }
    note(ctx, "text_encoder.num_hidden_layers = OpenCLIP blocks - 1 (SD2 penultimate default; no " + layer_field + ")");
    return blocks - 1;
}

}  // namespace clip_names

TextLayout infer_text_layout(const Context& ctx) {
    using namespace clip_names;
    const SafetensorsFile& f = ctx.file;
    TextLayout lay;
    if (ctx.family == "sd1") {
        const std::string base = clip_base(f);
        const auto& token = shape_of(f, base + "embeddings.token_embedding.weight");
        lay.vocab = token.at(0);
        lay.hidden = token.at(1);
        lay.positions = shape_of(f, base + "embeddings.position_embedding.weight").at(0);
        lay.blocks_in_file = count_indexed(f, base + "encoder.layers.");
        if (lay.blocks_in_file == 0) fail_key(Errc::MissingTensor, f, base + "encoder.layers.0.*", "no CLIP layers");
        lay.intermediate = shape_of(f, base + "encoder.layers.0.mlp.fc1.weight").at(0);
        lay.layers = used_layers(ctx, lay.blocks_in_file);
        for (int i = 0; i < lay.layers; ++i)
            for (auto t : kClipLayerTensors) shape_of(f, base + "encoder.layers." + num(i) + "." + std::string(t));
        shape_of(f, base + "final_layer_norm.weight");
        shape_of(f, base + "final_layer_norm.bias");
        lay.projection = lay.hidden;
    } else {
        const auto& token = shape_of(f, kOpenClip + "token_embedding.weight");
        lay.vocab = token.at(0);
        lay.hidden = token.at(1);
        lay.positions = shape_of(f, kOpenClip + "positional_embedding").at(0);
        lay.blocks_in_file = count_indexed(f, kOpenClip + "transformer.resblocks.");
        if (lay.blocks_in_file < 2)
            fail_key(Errc::MissingTensor, f, kOpenClip + "transformer.resblocks.*",
                     "OpenCLIP tower needs at least 2 blocks (SD2 skips the last), found " + num(lay.blocks_in_file));
        lay.intermediate = shape_of(f, kOpenClip + "transformer.resblocks.0.mlp.c_fc.weight").at(0);
        lay.layers = used_layers(ctx, lay.blocks_in_file);
        for (int i = 0; i < lay.layers; ++i) {
            const std::string block = kOpenClip + "transformer.resblocks." + num(i) + ".";
            for (auto t : kOpenClipBlockTensors) shape_of(f, block + std::string(t));
            const auto& in_proj = shape_of(f, block + "attn.in_proj_weight");
            if (in_proj.size() != 2 || in_proj[0] != 3 * lay.hidden || in_proj[1] != lay.hidden)
                fail_key(Errc::ShapeMismatch, f, block + "attn.in_proj_weight",
                         "expected [3*" + std::to_string(lay.hidden) + ", " + std::to_string(lay.hidden) + "]");
        }
        shape_of(f, kOpenClip + "ln_final.weight");
        shape_of(f, kOpenClip + "ln_final.bias");
        lay.projection = f.has(kOpenClip + "text_projection") ? shape_of(f, kOpenClip + "text_projection").at(1)
                                                               : lay.hidden;
    }
    check_hint(ctx, "width", lay.hidden);
    check_hint(ctx, "mlp", lay.intermediate);
    check_hint(ctx, "vocab", lay.vocab);
    check_hint(ctx, "ctx", lay.positions);
    if (auto heads = hint_int(ctx, "heads")) {
        if (*heads < 1 || lay.hidden % *heads != 0)
            fail_yaml(ctx, "header comment heads", std::to_string(*heads) + " does not divide width " +
                                                       std::to_string(lay.hidden));
        lay.heads = static_cast<int>(*heads);
    } else {
        // The real towers (CLIP ViT-L/14 768, OpenCLIP ViT-H/14 1024, ViT-bigG/14 1280) all use head dim 64.
        lay.heads = lay.hidden % 64 == 0 ? static_cast<int>(lay.hidden / 64) : 1;
        if (lay.hidden != 768 && lay.hidden != 1024 && lay.hidden != 1280)
            note(ctx, "text_encoder.num_attention_heads = " + num(lay.heads) + " (head dim 64 as in real SD; no heads= hint)");
    }
    auto act = ctx.hints.find("act");
    lay.act = act != ctx.hints.end() ? act->second : ctx.family == "sd1" ? "quick_gelu" : "gelu";
    return lay;
}

Plan plan_text(const Context& ctx, const TextLayout& lay) {
    using namespace clip_names;
    Plan plan;
    if (ctx.family == "sd1") {
        const std::string base = clip_base(ctx.file);
        for (const std::string& rest : keys_under(ctx.file, kClip)) {
            std::string_view s = rest;
            if (!take(s, base.substr(kClip.size()))) {
                plan.ignored.push_back(kClip + rest);
                continue;
            }
            const std::string name = "text_model." + std::string(s);
            bool known = name == "text_model.embeddings.token_embedding.weight" ||
                         name == "text_model.embeddings.position_embedding.weight" ||
                         name == "text_model.final_layer_norm.weight" || name == "text_model.final_layer_norm.bias";
            std::string_view layer_rest = s;
            if (take(layer_rest, "encoder.layers.")) {
                const auto i = take_index(layer_rest);
                for (auto t : kClipLayerTensors) known = known || (i && *i < lay.layers && layer_rest == t);
            }
            if (known)
                plan.renames.push_back({kClip + rest, name, Op::Copy, 0});
            else
                plan.ignored.push_back(kClip + rest);  // position_ids buffer and the like
        }
        return plan;
    }
    for (const std::string& rest : keys_under(ctx.file, kOpenClip)) {
        const std::string from = kOpenClip + rest;
        std::string_view s = rest;
        if (rest == "positional_embedding") {
            plan.renames.push_back({from, "text_model.embeddings.position_embedding.weight", Op::Copy, 0});
        } else if (rest == "token_embedding.weight") {
            plan.renames.push_back({from, "text_model.embeddings.token_embedding.weight", Op::Copy, 0});
        } else if (take(s, "ln_final.")) {
            plan.renames.push_back({from, "text_model.final_layer_norm." + std::string(s), Op::Copy, 0});
        } else if (take(s, "transformer.resblocks.")) {
            const auto i = take_index(s);
            if (!i || *i >= lay.layers) {  // the block(s) after the penultimate output
                plan.ignored.push_back(from);
                continue;
            }
            const std::string layer = "text_model.encoder.layers." + num(*i) + ".";
            if (s == "attn.in_proj_weight" || s == "attn.in_proj_bias") {
                const std::string suffix = s == "attn.in_proj_weight" ? "weight" : "bias";
                const char* parts[] = {"q_proj.", "k_proj.", "v_proj."};
                for (int c = 0; c < 3; ++c)
                    plan.renames.push_back({from, layer + "self_attn." + parts[c] + suffix, Op::Chunk, c});
                continue;
            }
            bool mapped = false;
            for (const auto& [ldm_name, diffusers_name] : kOpenClipBlock) {
                std::string_view t = s;
                if (take(t, ldm_name)) {
                    plan.renames.push_back({from, layer + std::string(diffusers_name) + std::string(t), Op::Copy, 0});
                    mapped = true;
                    break;
                }
            }
            if (!mapped)
                fail_key(Errc::UnexpectedTensor, ctx.file, from, "has no CLIPTextModel counterpart");
        } else {
            plan.ignored.push_back(from);  // text_projection, logit_scale, …: not part of CLIPTextModel
        }
    }
    return plan;
}

nlohmann::json make_text_config(const Context& ctx, const TextLayout& lay) {
    return nlohmann::json{
        {"architectures", nlohmann::json::array({"CLIPTextModel"})},
        {"attention_dropout", 0.0},
        {"bos_token_id", 0},
        {"eos_token_id", 2},
        {"hidden_act", lay.act},
        {"hidden_size", lay.hidden},
        {"initializer_factor", 1.0},
        {"initializer_range", 0.02},
        {"intermediate_size", lay.intermediate},
        {"layer_norm_eps", 1e-05},
        {"max_position_embeddings", lay.positions},
        {"model_type", "clip_text_model"},
        {"num_attention_heads", lay.heads},
        {"num_hidden_layers", lay.layers},
        {"pad_token_id", 1},
        {"projection_dim", lay.projection},
        {"torch_dtype", "float32"},
        {"vocab_size", lay.vocab},
    };
}

}  // namespace clue::io::ldm
