#pragma once
// ResnetBlock2D, Downsample2D, Upsample2D. ref: diffusers v0.27.2 src/diffusers/models/resnet.py, downsampling.py,
// upsampling.py. Used by the UNet (with time embedding) and the VAE (without).
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

namespace clue::models {

struct ResnetOptions {
    int64_t in_channels = 0;
    int64_t out_channels = 0;
    int64_t temb_channels = 0;  ///< 0 = no time embedding (VAE)
    int64_t groups = 32;
    double eps = 1e-5;
    double output_scale_factor = 1.0;
};

class ResnetBlock2DImpl : public torch::nn::Module {
public:
    explicit ResnetBlock2DImpl(const ResnetOptions& o);
    at::Tensor forward(const at::Tensor& x, const at::Tensor& temb = {});

    torch::nn::GroupNorm norm1{nullptr}, norm2{nullptr};
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv_shortcut{nullptr};
    torch::nn::Linear time_emb_proj{nullptr};

private:
    ResnetOptions options_;
};
TORCH_MODULE(ResnetBlock2D);

class Downsample2DImpl : public torch::nn::Module {
public:
    /// padding 1: conv stride 2 pad 1 (UNet); padding 0: pad right/bottom by 1, then conv (VAE encoder).
    Downsample2DImpl(int64_t channels, int64_t padding);
    at::Tensor forward(const at::Tensor& x);
    torch::nn::Conv2d conv{nullptr};

private:
    int64_t padding_;
};
TORCH_MODULE(Downsample2D);

class Upsample2DImpl : public torch::nn::Module {
public:
    explicit Upsample2DImpl(int64_t channels);
    /// Nearest ×2, or to `size` {H, W} when given (UNet with sizes not divisible by 2^levels).
    at::Tensor forward(const at::Tensor& x, c10::optional<std::vector<int64_t>> size = c10::nullopt);
    torch::nn::Conv2d conv{nullptr};
};
TORCH_MODULE(Upsample2D);

}  // namespace clue::models
