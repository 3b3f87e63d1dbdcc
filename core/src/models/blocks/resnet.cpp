#include "models/blocks/resnet.h"

#include <torch/torch.h>

namespace clue::models {
namespace F = torch::nn::functional;

namespace {
torch::nn::Conv2d conv3x3(int64_t in, int64_t out, int64_t stride = 1, int64_t padding = 1) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(stride).padding(padding));
}
}  // namespace

ResnetBlock2DImpl::ResnetBlock2DImpl(const ResnetOptions& o) : options_(o) {
    norm1 = register_module("norm1", torch::nn::GroupNorm(torch::nn::GroupNormOptions(o.groups, o.in_channels).eps(o.eps)));
    conv1 = register_module("conv1", conv3x3(o.in_channels, o.out_channels));
    if (o.temb_channels > 0) time_emb_proj = register_module("time_emb_proj", torch::nn::Linear(o.temb_channels, o.out_channels));
    norm2 = register_module("norm2", torch::nn::GroupNorm(torch::nn::GroupNormOptions(o.groups, o.out_channels).eps(o.eps)));
    conv2 = register_module("conv2", conv3x3(o.out_channels, o.out_channels));
    if (o.in_channels != o.out_channels)
        conv_shortcut = register_module("conv_shortcut",
                                        torch::nn::Conv2d(torch::nn::Conv2dOptions(o.in_channels, o.out_channels, 1)));
}

at::Tensor ResnetBlock2DImpl::forward(const at::Tensor& x, const at::Tensor& temb) {
    at::Tensor h = conv1(F::silu(norm1(x)));
    if (time_emb_proj && temb.defined()) h = h + time_emb_proj(F::silu(temb)).unsqueeze(-1).unsqueeze(-1);
    h = conv2(F::silu(norm2(h)));
    at::Tensor shortcut = conv_shortcut ? conv_shortcut(x) : x;
    at::Tensor out = shortcut + h;
    if (options_.output_scale_factor != 1.0) out = out / options_.output_scale_factor;
    return out;
}

Downsample2DImpl::Downsample2DImpl(int64_t channels, int64_t padding) : padding_(padding) {
    conv = register_module("conv", conv3x3(channels, channels, 2, padding));
}

at::Tensor Downsample2DImpl::forward(const at::Tensor& x) {
    if (padding_ == 0) return conv(F::pad(x, F::PadFuncOptions({0, 1, 0, 1}).mode(torch::kConstant).value(0)));
    return conv(x);
}

Upsample2DImpl::Upsample2DImpl(int64_t channels) { conv = register_module("conv", conv3x3(channels, channels)); }

at::Tensor Upsample2DImpl::forward(const at::Tensor& x, c10::optional<std::vector<int64_t>> size) {
    // ref: upsampling.py Upsample2D.forward — nearest interpolation, upcast bf16 is not needed in fp32/fp16
    auto opts = F::InterpolateFuncOptions().mode(torch::kNearest);
    if (size) opts.size(*size);
    else opts.scale_factor(std::vector<double>{2.0, 2.0});
    at::Tensor in = x.scalar_type() == at::kBFloat16 ? x.to(at::kFloat) : x;
    at::Tensor up = F::interpolate(in.contiguous(), opts).to(x.scalar_type());
    return conv(up);
}

}  // namespace clue::models
