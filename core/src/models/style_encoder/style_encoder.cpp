#include "models/style_encoder/style_encoder.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <numeric>

#include "models/blocks/resnet.h"

namespace clue::models {
namespace F = torch::nn::functional;

StyleEncoderOptions StyleEncoderOptions::from_json(const std::string& text) {
    const auto j = nlohmann::json::parse(text);
    StyleEncoderOptions o;
    auto get = [&](const char* k, int64_t& v) {
        if (j.contains(k)) v = j[k].get<int64_t>();
    };
    get("in_channels", o.in_channels);
    get("channels", o.channels);
    get("levels", o.levels);
    get("groups", o.groups);
    get("text_dim", o.text_dim);
    get("hidden", o.hidden);
    get("style_dim", o.style_dim);
    return o;
}

std::string StyleEncoderOptions::to_json() const {
    return nlohmann::json{{"in_channels", in_channels}, {"channels", channels}, {"levels", levels},
                          {"groups", groups},           {"text_dim", text_dim}, {"hidden", hidden},
                          {"style_dim", style_dim}}
        .dump(2);
}

namespace {
int64_t level_width(const StyleEncoderOptions& o, int64_t level) {
    return o.channels * std::min<int64_t>(int64_t(1) << level, 4);
}
int64_t groups_for(int64_t groups, int64_t channels) { return std::gcd(groups, channels); }
}  // namespace

StyleEncoderImpl::StyleEncoderImpl(const StyleEncoderOptions& o) : options_(o) {
    conv_in = register_module("conv_in",
                              torch::nn::Conv2d(torch::nn::Conv2dOptions(o.in_channels, o.channels, 3).padding(1)));
    resnets = register_module("resnets", torch::nn::ModuleList());
    downsamplers = register_module("downsamplers", torch::nn::ModuleList());
    int64_t in = o.channels;
    for (int64_t l = 0; l < o.levels; ++l) {
        const int64_t out = level_width(o, l);
        resnets->push_back(ResnetBlock2D(ResnetOptions{in, out, 0, groups_for(o.groups, std::min(in, out)), 1e-6, 1.0}));
        if (l + 1 < o.levels) downsamplers->push_back(Downsample2D(out, 1));
        in = out;
    }
    norm_out = register_module(
        "norm_out", torch::nn::GroupNorm(torch::nn::GroupNormOptions(groups_for(o.groups, in), in).eps(1e-6)));
    fc1 = register_module("fc1", torch::nn::Linear(2 * in + o.text_dim, o.hidden));
    fc2 = register_module("fc2", torch::nn::Linear(o.hidden, o.hidden));
    mu = register_module("mu", torch::nn::Linear(o.hidden, o.style_dim));
    logvar = register_module("logvar", torch::nn::Linear(o.hidden, o.style_dim));
}

std::pair<at::Tensor, at::Tensor> StyleEncoderImpl::forward(const at::Tensor& latents, const at::Tensor& text) {
    at::Tensor h = conv_in(latents);
    for (size_t l = 0; l < resnets->size(); ++l) {
        // Downsample between levels only, and never below 2×2: the pooled spread needs more than one position.
        if (l > 0 && (h.size(2) > 2 || h.size(3) > 2)) h = downsamplers[l - 1]->as<Downsample2D>()->forward(h);
        h = resnets[l]->as<ResnetBlock2D>()->forward(h);
    }
    h = F::silu(norm_out(h)).flatten(2);  // [B, C, hw]
    const at::Tensor mean = h.mean(-1);
    // Biased std (+eps inside the root): defined for a 1×1 map and differentiable at zero spread.
    const at::Tensor spread = ((h - mean.unsqueeze(-1)).pow(2).mean(-1) + 1e-6).sqrt();
    const at::Tensor txt = text.to(h.scalar_type()).mean(1);
    at::Tensor f = F::silu(fc1(at::cat({mean, spread, txt}, 1)));
    f = F::silu(fc2(f));
    return {mu(f).to(at::kFloat), logvar(f).to(at::kFloat).clamp(-30.0, 20.0)};
}

at::Tensor reparameterize(const at::Tensor& mu, const at::Tensor& logvar, const at::Tensor& xi) {
    return mu + (0.5 * logvar).exp() * xi;
}

at::Tensor kl_to_standard_normal(const at::Tensor& mu, const at::Tensor& logvar) {
    return 0.5 * (mu.pow(2) + logvar.exp() - logvar - 1.0).sum(-1);
}

}  // namespace clue::models
