#include "models/vae/vae.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "common/error.h"

namespace clue::models {
namespace F = torch::nn::functional;

namespace {
constexpr double kEps = 1e-6;  // every VAE norm uses eps 1e-6
torch::nn::Conv2d conv(int64_t in, int64_t out, int64_t k) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, k).padding(k / 2));
}
}  // namespace

VAEOptions VAEOptions::from_json(const std::string& text) {
    const auto j = nlohmann::json::parse(text);
    VAEOptions o;
    auto get = [&](const char* k, auto& v) {
        if (j.contains(k) && !j[k].is_null()) v = j[k].get<std::decay_t<decltype(v)>>();
    };
    get("in_channels", o.in_channels);
    get("out_channels", o.out_channels);
    get("latent_channels", o.latent_channels);
    get("block_out_channels", o.block_out_channels);
    get("layers_per_block", o.layers_per_block);
    get("norm_num_groups", o.norm_num_groups);
    get("scaling_factor", o.scaling_factor);
    get("sample_size", o.sample_size);
    if (o.block_out_channels.empty()) fail(Errc::BadConfig, "vae config: empty block_out_channels");
    return o;
}

VAEMidBlockImpl::VAEMidBlockImpl(int64_t c, int64_t groups) {
    resnets = register_module("resnets", torch::nn::ModuleList());
    attentions = register_module("attentions", torch::nn::ModuleList());
    resnets->push_back(ResnetBlock2D(ResnetOptions{c, c, 0, groups, kEps}));
    AttentionOptions a;
    a.query_dim = c;
    a.heads = 1;
    a.dim_head = c;
    a.bias = true;
    a.group_norm = true;
    a.norm_groups = groups;
    a.norm_eps = kEps;
    attentions->push_back(Attention(a));
    resnets->push_back(ResnetBlock2D(ResnetOptions{c, c, 0, groups, kEps}));
}

at::Tensor VAEMidBlockImpl::forward(at::Tensor x) {
    x = resnets[0]->as<ResnetBlock2D>()->forward(x);
    x = attentions[0]->as<Attention>()->forward(x);
    return resnets[1]->as<ResnetBlock2D>()->forward(x);
}

VAECoderBlockImpl::VAECoderBlockImpl(int64_t in, int64_t out, int64_t layers, int64_t groups, bool down,
                                     bool add_sample) {
    resnets = register_module("resnets", torch::nn::ModuleList());
    for (int64_t i = 0; i < layers; ++i) resnets->push_back(ResnetBlock2D(ResnetOptions{i == 0 ? in : out, out, 0, groups, kEps}));
    if (add_sample) {
        samplers = register_module(down ? "downsamplers" : "upsamplers", torch::nn::ModuleList());
        if (down) samplers->push_back(Downsample2D(out, 0));
        else samplers->push_back(Upsample2D(out));
    }
}

at::Tensor VAECoderBlockImpl::forward(at::Tensor x) {
    for (const auto& r : *resnets) x = r->as<ResnetBlock2D>()->forward(x);
    if (samplers) {
        if (auto d = samplers[0]->as<Downsample2D>()) x = d->forward(x);
        else x = samplers[0]->as<Upsample2D>()->forward(x);
    }
    return x;
}

VAEEncoderImpl::VAEEncoderImpl(const VAEOptions& o) {
    const auto& ch = o.block_out_channels;
    conv_in = register_module("conv_in", conv(o.in_channels, ch[0], 3));
    down_blocks = register_module("down_blocks", torch::nn::ModuleList());
    for (size_t i = 0; i < ch.size(); ++i)
        down_blocks->push_back(VAECoderBlock(i == 0 ? ch[0] : ch[i - 1], ch[i], o.layers_per_block, o.norm_num_groups,
                                             true, i + 1 != ch.size()));
    mid_block = register_module("mid_block", VAEMidBlock(ch.back(), o.norm_num_groups));
    conv_norm_out = register_module(
        "conv_norm_out", torch::nn::GroupNorm(torch::nn::GroupNormOptions(o.norm_num_groups, ch.back()).eps(kEps)));
    conv_out = register_module("conv_out", conv(ch.back(), 2 * o.latent_channels, 3));
}

at::Tensor VAEEncoderImpl::forward(const at::Tensor& x0) {
    at::Tensor x = conv_in(x0);
    for (const auto& b : *down_blocks) x = b->as<VAECoderBlock>()->forward(x);
    x = mid_block(x);
    return conv_out(F::silu(conv_norm_out(x)));
}

VAEDecoderImpl::VAEDecoderImpl(const VAEOptions& o) {
    const auto& ch = o.block_out_channels;
    const size_t n = ch.size();
    conv_in = register_module("conv_in", conv(o.latent_channels, ch.back(), 3));
    mid_block = register_module("mid_block", VAEMidBlock(ch.back(), o.norm_num_groups));
    up_blocks = register_module("up_blocks", torch::nn::ModuleList());
    int64_t out = ch.back();
    for (size_t i = 0; i < n; ++i) {
        const int64_t prev = out;
        out = ch[n - 1 - i];
        up_blocks->push_back(VAECoderBlock(prev, out, o.layers_per_block + 1, o.norm_num_groups, false, i + 1 != n));
    }
    conv_norm_out = register_module(
        "conv_norm_out", torch::nn::GroupNorm(torch::nn::GroupNormOptions(o.norm_num_groups, ch[0]).eps(kEps)));
    conv_out = register_module("conv_out", conv(ch[0], o.out_channels, 3));
}

at::Tensor VAEDecoderImpl::forward(const at::Tensor& z) {
    at::Tensor x = conv_in(z);
    x = mid_block(x);
    for (const auto& b : *up_blocks) x = b->as<VAECoderBlock>()->forward(x);
    return conv_out(F::silu(conv_norm_out(x)));
}

at::Tensor Posterior::sample(at::Generator* gen) const {
    auto noise = at::randn(mean.sizes(), gen ? c10::optional<at::Generator>(*gen) : c10::nullopt,
                           torch::TensorOptions().dtype(torch::kFloat32));
    return mean + std * noise.to(mean.device(), mean.scalar_type());
}

AutoencoderKLImpl::AutoencoderKLImpl(const VAEOptions& o) : options_(o) {
    encoder = register_module("encoder", VAEEncoder(o));
    decoder = register_module("decoder", VAEDecoder(o));
    quant_conv = register_module("quant_conv", conv(2 * o.latent_channels, 2 * o.latent_channels, 1));
    post_quant_conv = register_module("post_quant_conv", conv(o.latent_channels, o.latent_channels, 1));
}

Posterior AutoencoderKLImpl::encode(const at::Tensor& image) {
    auto moments = quant_conv(encoder(image));
    auto parts = moments.chunk(2, 1);
    Posterior p;
    p.mean = parts[0];
    p.logvar = parts[1].clamp(-30.0, 20.0);
    p.std = torch::exp(0.5 * p.logvar);
    return p;
}

at::Tensor AutoencoderKLImpl::decode(const at::Tensor& z) { return decoder(post_quant_conv(z)); }

}  // namespace clue::models
