#include "models/unet/unet.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cmath>

#include "common/error.h"

namespace clue::models {
namespace F = torch::nn::functional;

UNetOptions UNetOptions::from_json(const std::string& text) {
    const auto j = nlohmann::json::parse(text);
    UNetOptions o;
    auto get = [&](const char* k, auto& v) {
        if (j.contains(k) && !j[k].is_null()) v = j[k].get<std::decay_t<decltype(v)>>();
    };
    get("in_channels", o.in_channels);
    get("out_channels", o.out_channels);
    get("block_out_channels", o.block_out_channels);
    get("down_block_types", o.down_block_types);
    get("up_block_types", o.up_block_types);
    get("layers_per_block", o.layers_per_block);
    get("cross_attention_dim", o.cross_attention_dim);
    get("norm_num_groups", o.norm_num_groups);
    get("norm_eps", o.norm_eps);
    get("use_linear_projection", o.use_linear_projection);
    get("upcast_attention", o.upcast_attention);
    get("flip_sin_to_cos", o.flip_sin_to_cos);
    get("freq_shift", o.freq_shift);
    get("mid_block_scale_factor", o.mid_block_scale_factor);
    get("sample_size", o.sample_size);
    // diffusers: num_attention_heads = num_attention_heads or attention_head_dim (the latter is really the head count)
    nlohmann::json heads = j.value("num_attention_heads", nlohmann::json());
    if (heads.is_null()) heads = j.value("attention_head_dim", nlohmann::json(8));
    const size_t levels = o.block_out_channels.size();
    if (heads.is_number()) o.attention_heads.assign(levels, heads.get<int64_t>());
    else o.attention_heads = heads.get<std::vector<int64_t>>();
    if (o.attention_heads.size() != levels || o.down_block_types.size() != levels || o.up_block_types.size() != levels)
        fail(Errc::BadConfig, "unet config: block_out_channels, attention heads and block types differ in length");
    for (const char* k : {"class_embed_type", "addition_embed_type", "encoder_hid_dim", "time_cond_proj_dim"})
        if (j.contains(k) && !j[k].is_null())
            fail(Errc::UnsupportedModel, std::string("unet config: '") + k + "' is not supported (SD 1.x/2.x only)");
    if (j.value("transformer_layers_per_block", nlohmann::json(1)) != nlohmann::json(1))
        fail(Errc::UnsupportedModel, "unet config: transformer_layers_per_block != 1 is not supported (SDXL?)");
    if (j.contains("mid_block_type") && !j["mid_block_type"].is_null() &&
        j["mid_block_type"] != "UNetMidBlock2DCrossAttn")
        fail(Errc::UnsupportedModel, "unet config: mid_block_type " + j["mid_block_type"].dump() + " is not supported");
    return o;
}

TimestepEmbeddingImpl::TimestepEmbeddingImpl(int64_t in, int64_t out) {
    linear_1 = register_module("linear_1", torch::nn::Linear(in, out));
    linear_2 = register_module("linear_2", torch::nn::Linear(out, out));
}

at::Tensor TimestepEmbeddingImpl::forward(const at::Tensor& x) { return linear_2(F::silu(linear_1(x))); }

UNetImpl::UNetImpl(const UNetOptions& o) : options_(o) {
    const auto& ch = o.block_out_channels;
    const int64_t levels = static_cast<int64_t>(ch.size());
    const int64_t temb = ch[0] * 4;
    conv_in = register_module("conv_in", torch::nn::Conv2d(torch::nn::Conv2dOptions(o.in_channels, ch[0], 3).padding(1)));
    time_embedding = register_module("time_embedding", TimestepEmbedding(ch[0], temb));

    auto base = [&](int64_t level) {
        UNetBlockOptions b;
        b.temb_channels = temb;
        b.heads = o.attention_heads[level];
        b.cross_attention_dim = o.cross_attention_dim;
        b.groups = o.norm_num_groups;
        b.eps = o.norm_eps;
        b.use_linear_projection = o.use_linear_projection;
        b.upcast_attention = o.upcast_attention;
        b.style_attention = o.style_dim > 0;
        return b;
    };
    down_blocks = register_module("down_blocks", torch::nn::ModuleList());
    for (int64_t i = 0; i < levels; ++i) {
        auto b = base(i);
        b.in_channels = i == 0 ? ch[0] : ch[i - 1];
        b.out_channels = ch[i];
        b.num_layers = o.layers_per_block;
        b.cross_attention = o.down_block_types[i] == "CrossAttnDownBlock2D";
        if (!b.cross_attention && o.down_block_types[i] != "DownBlock2D")
            fail(Errc::UnsupportedModel, "unet: down block type '" + o.down_block_types[i] + "' is not supported");
        b.add_sample = i != levels - 1;
        down_blocks->push_back(DownBlock(b));
    }
    auto mid = base(levels - 1);
    mid.in_channels = mid.out_channels = ch.back();
    mid.cross_attention = true;
    mid.output_scale_factor = o.mid_block_scale_factor;
    mid_block = register_module("mid_block", MidBlock(mid));

    up_blocks = register_module("up_blocks", torch::nn::ModuleList());
    int64_t out_ch = ch.back();
    for (int64_t i = 0; i < levels; ++i) {
        auto b = base(levels - 1 - i);  // reversed heads
        b.prev_output_channels = out_ch;
        out_ch = ch[levels - 1 - i];
        b.out_channels = out_ch;
        b.in_channels = ch[std::max<int64_t>(levels - 2 - i, 0)];
        b.num_layers = o.layers_per_block + 1;
        b.cross_attention = o.up_block_types[i] == "CrossAttnUpBlock2D";
        if (!b.cross_attention && o.up_block_types[i] != "UpBlock2D")
            fail(Errc::UnsupportedModel, "unet: up block type '" + o.up_block_types[i] + "' is not supported");
        b.add_sample = i != levels - 1;
        up_blocks->push_back(UpBlock(b));
    }
    conv_norm_out = register_module(
        "conv_norm_out", torch::nn::GroupNorm(torch::nn::GroupNormOptions(o.norm_num_groups, ch[0]).eps(o.norm_eps)));
    conv_out = register_module("conv_out", torch::nn::Conv2d(torch::nn::Conv2dOptions(ch[0], o.out_channels, 3).padding(1)));
    if (o.style_dim > 0) {
        if (o.style_tokens < 1) fail(Errc::BadConfig, "unet: style_tokens must be >= 1");
        style_proj = register_module("style_proj", StyleProjector(o.style_dim, o.style_tokens, o.cross_attention_dim));
    }
}

StyleProjectorImpl::StyleProjectorImpl(int64_t style_dim, int64_t tokens, int64_t token_dim)
    : tokens_(tokens), token_dim_(token_dim) {
    proj = register_module("proj", torch::nn::Linear(style_dim, tokens * token_dim));
    norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({token_dim})));
}

at::Tensor StyleProjectorImpl::forward(const at::Tensor& s) {
    return norm(proj(s).reshape({s.size(0), tokens_, token_dim_}));
}

void UNetImpl::set_style_scale(double scale) {
    for (const auto& t : transformers())
        for (const auto& b : *t->transformer_blocks) b->as<BasicTransformerBlock>()->style_scale = scale;
}

std::vector<std::pair<std::string, at::Tensor>> UNetImpl::style_parameters() const {
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (const auto& p : named_parameters())
        if (p.key().rfind("style_proj.", 0) == 0 || p.key().find(".attn_style.") != std::string::npos)
            out.emplace_back(p.key(), p.value());
    return out;
}

at::Tensor UNetImpl::time_proj(const at::Tensor& timesteps) const {
    // ref: diffusers models/embeddings.py get_timestep_embedding (max_period 10000, scale 1)
    const int64_t dim = options_.block_out_channels[0];
    const int64_t half = dim / 2;
    auto exponent = -std::log(10000.0) * torch::arange(0, half, torch::TensorOptions().dtype(torch::kFloat32));
    exponent = exponent / (static_cast<double>(half) - options_.freq_shift);
    auto emb = torch::exp(exponent).to(timesteps.device());
    emb = timesteps.unsqueeze(1).to(torch::kFloat32) * emb.unsqueeze(0);
    emb = torch::cat({torch::sin(emb), torch::cos(emb)}, -1);
    if (options_.flip_sin_to_cos) emb = torch::cat({emb.slice(1, half), emb.slice(1, 0, half)}, -1);
    if (dim % 2 == 1) emb = F::pad(emb, F::PadFuncOptions({0, 1, 0, 0}));
    return emb;
}

at::Tensor UNetImpl::forward(const at::Tensor& sample, const at::Tensor& timestep, const at::Tensor& context,
                             const at::Tensor& style) {
    const auto batch = sample.size(0);
    at::Tensor t = timestep.to(sample.device());
    if (t.dim() == 0) t = t.unsqueeze(0);
    t = t.expand({batch});
    auto rec = [&](const std::string& name, const at::Tensor& v) {
        if (record_intermediates) intermediates.emplace_back(name, v);
    };
    intermediates.clear();
    at::Tensor t_emb = time_proj(t).to(sample.scalar_type());
    rec("time_proj", t_emb);
    at::Tensor emb = time_embedding(t_emb);
    rec("time_embedding", emb);

    at::Tensor tokens;
    if (style.defined() && style_proj) {
        TORCH_CHECK(style.dim() == 2 && style.size(1) == options_.style_dim, "unet: style must be [B, ",
                    options_.style_dim, "], got ", style.sizes());
        tokens = style_proj(style.to(sample.scalar_type()).expand({batch, options_.style_dim}));
    }
    at::Tensor x = conv_in(sample);
    std::vector<at::Tensor> skips{x};
    for (size_t i = 0; i < down_blocks->size(); ++i) {
        x = down_blocks[i]->as<DownBlock>()->forward(x, emb, context, skips, tokens);
        rec("down_block_" + std::to_string(i), x);
    }
    x = mid_block(x, emb, context, tokens);
    rec("mid_block", x);
    for (size_t i = 0; i < up_blocks->size(); ++i) {
        x = up_blocks[i]->as<UpBlock>()->forward(x, skips, emb, context, tokens);
        rec("up_block_" + std::to_string(i), x);
    }
    return conv_out(F::silu(conv_norm_out(x)));
}

std::vector<Transformer2DModel> UNetImpl::transformers() const {
    std::vector<Transformer2DModel> out;
    for (const auto& m : *down_blocks) collect_transformers(m->as<DownBlock>()->attentions, out);
    collect_transformers(mid_block->attentions, out);
    for (const auto& m : *up_blocks) collect_transformers(m->as<UpBlock>()->attentions, out);
    return out;
}

}  // namespace clue::models
