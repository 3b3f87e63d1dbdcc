#include "models/unet/unet_blocks.h"

#include <torch/torch.h>

namespace clue::models {

namespace {
ResnetBlock2D make_resnet(const UNetBlockOptions& o, int64_t in, int64_t out) {
    return ResnetBlock2D(ResnetOptions{in, out, o.temb_channels, o.groups, o.eps, o.output_scale_factor});
}
Transformer2DModel make_transformer(const UNetBlockOptions& o, int64_t channels) {
    return Transformer2DModel(Transformer2DOptions{channels, o.heads, channels / o.heads, o.cross_attention_dim,
                                                   o.groups, o.use_linear_projection, o.upcast_attention, 1,
                                                   o.style_attention});
}
}  // namespace

DownBlockImpl::DownBlockImpl(const UNetBlockOptions& o) {
    resnets = register_module("resnets", torch::nn::ModuleList());
    if (o.cross_attention) attentions = register_module("attentions", torch::nn::ModuleList());
    for (int64_t i = 0; i < o.num_layers; ++i) {
        resnets->push_back(make_resnet(o, i == 0 ? o.in_channels : o.out_channels, o.out_channels));
        if (o.cross_attention) attentions->push_back(make_transformer(o, o.out_channels));
    }
    if (o.add_sample) {
        downsamplers = register_module("downsamplers", torch::nn::ModuleList());
        downsamplers->push_back(Downsample2D(o.out_channels, 1));
    }
}

at::Tensor DownBlockImpl::forward(at::Tensor x, const at::Tensor& temb, const at::Tensor& context,
                                  std::vector<at::Tensor>& skips, const at::Tensor& style) {
    for (size_t i = 0; i < resnets->size(); ++i) {
        x = resnets[i]->as<ResnetBlock2D>()->forward(x, temb);
        if (attentions) x = attentions[i]->as<Transformer2DModel>()->forward(x, context, style);
        skips.push_back(x);
    }
    if (downsamplers) {
        x = downsamplers[0]->as<Downsample2D>()->forward(x);
        skips.push_back(x);
    }
    return x;
}

MidBlockImpl::MidBlockImpl(const UNetBlockOptions& o) {
    resnets = register_module("resnets", torch::nn::ModuleList());
    attentions = register_module("attentions", torch::nn::ModuleList());
    resnets->push_back(make_resnet(o, o.in_channels, o.in_channels));
    for (int64_t i = 0; i < o.num_layers; ++i) {
        attentions->push_back(make_transformer(o, o.in_channels));
        resnets->push_back(make_resnet(o, o.in_channels, o.in_channels));
    }
}

at::Tensor MidBlockImpl::forward(at::Tensor x, const at::Tensor& temb, const at::Tensor& context,
                                 const at::Tensor& style) {
    x = resnets[0]->as<ResnetBlock2D>()->forward(x, temb);
    for (size_t i = 0; i < attentions->size(); ++i) {
        x = attentions[i]->as<Transformer2DModel>()->forward(x, context, style);
        x = resnets[i + 1]->as<ResnetBlock2D>()->forward(x, temb);
    }
    return x;
}

UpBlockImpl::UpBlockImpl(const UNetBlockOptions& o) {
    resnets = register_module("resnets", torch::nn::ModuleList());
    if (o.cross_attention) attentions = register_module("attentions", torch::nn::ModuleList());
    for (int64_t i = 0; i < o.num_layers; ++i) {
        const int64_t skip = i == o.num_layers - 1 ? o.in_channels : o.out_channels;
        const int64_t in = i == 0 ? o.prev_output_channels : o.out_channels;
        resnets->push_back(make_resnet(o, in + skip, o.out_channels));
        if (o.cross_attention) attentions->push_back(make_transformer(o, o.out_channels));
    }
    if (o.add_sample) {
        upsamplers = register_module("upsamplers", torch::nn::ModuleList());
        upsamplers->push_back(Upsample2D(o.out_channels));
    }
}

at::Tensor UpBlockImpl::forward(at::Tensor x, std::vector<at::Tensor>& skips, const at::Tensor& temb,
                                const at::Tensor& context, const at::Tensor& style) {
    for (size_t i = 0; i < resnets->size(); ++i) {
        at::Tensor skip = skips.back();
        skips.pop_back();
        x = resnets[i]->as<ResnetBlock2D>()->forward(at::cat({x, skip}, 1), temb);
        if (attentions) x = attentions[i]->as<Transformer2DModel>()->forward(x, context, style);
    }
    if (upsamplers) {
        // Upsample to the size of the next skip state: equals ×2 when sizes divide, and handles odd sizes as
        // diffusers' forward_upsample_size does.
        c10::optional<std::vector<int64_t>> size;
        if (!skips.empty()) size = std::vector<int64_t>{skips.back().size(2), skips.back().size(3)};
        x = upsamplers[0]->as<Upsample2D>()->forward(x, size);
    }
    return x;
}

void collect_transformers(const torch::nn::ModuleList& list, std::vector<Transformer2DModel>& out) {
    if (!list) return;
    for (const auto& m : *list)
        if (auto t = std::dynamic_pointer_cast<Transformer2DModelImpl>(m)) out.emplace_back(t);
}

}  // namespace clue::models
