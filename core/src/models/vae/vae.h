#pragma once
// AutoencoderKL (encoder, decoder, quant convs, diagonal Gaussian posterior).
// ref: diffusers v0.27.2 src/diffusers/models/autoencoders/autoencoder_kl.py, vae.py (Encoder, Decoder),
//      unet_2d_blocks.py (DownEncoderBlock2D, UpDecoderBlock2D, UNetMidBlock2D)
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/normalization.h>

#include <string>
#include <vector>

#include "models/blocks/attention.h"
#include "models/blocks/resnet.h"

namespace clue::models {

struct VAEOptions {
    int64_t in_channels = 3;
    int64_t out_channels = 3;
    int64_t latent_channels = 4;
    std::vector<int64_t> block_out_channels{128, 256, 512, 512};
    int64_t layers_per_block = 2;
    int64_t norm_num_groups = 32;
    double scaling_factor = 0.18215;
    int64_t sample_size = 512;
    static VAEOptions from_json(const std::string& json_text);
    /// Pixels per latent cell: 2^(levels-1).
    int64_t scale_factor() const { return int64_t(1) << (block_out_channels.size() - 1); }
};

/// UNetMidBlock2D without time embedding: resnet, attention (1 head, GroupNorm, residual), resnet.
class VAEMidBlockImpl : public torch::nn::Module {
public:
    VAEMidBlockImpl(int64_t channels, int64_t groups);
    at::Tensor forward(at::Tensor x);
    torch::nn::ModuleList resnets{nullptr}, attentions{nullptr};
};
TORCH_MODULE(VAEMidBlock);

/// DownEncoderBlock2D / UpDecoderBlock2D: resnets then an optional down/upsampler.
class VAECoderBlockImpl : public torch::nn::Module {
public:
    VAECoderBlockImpl(int64_t in, int64_t out, int64_t layers, int64_t groups, bool down, bool add_sample);
    at::Tensor forward(at::Tensor x);
    torch::nn::ModuleList resnets{nullptr}, samplers{nullptr};
};
TORCH_MODULE(VAECoderBlock);

class VAEEncoderImpl : public torch::nn::Module {
public:
    explicit VAEEncoderImpl(const VAEOptions& o);
    at::Tensor forward(const at::Tensor& x);
    torch::nn::Conv2d conv_in{nullptr}, conv_out{nullptr};
    torch::nn::ModuleList down_blocks{nullptr};
    VAEMidBlock mid_block{nullptr};
    torch::nn::GroupNorm conv_norm_out{nullptr};
};
TORCH_MODULE(VAEEncoder);

class VAEDecoderImpl : public torch::nn::Module {
public:
    explicit VAEDecoderImpl(const VAEOptions& o);
    at::Tensor forward(const at::Tensor& z);
    torch::nn::Conv2d conv_in{nullptr}, conv_out{nullptr};
    torch::nn::ModuleList up_blocks{nullptr};
    VAEMidBlock mid_block{nullptr};
    torch::nn::GroupNorm conv_norm_out{nullptr};
};
TORCH_MODULE(VAEDecoder);

struct Posterior {
    at::Tensor mean, logvar, std;  ///< logvar clamped to [-30, 20]
    /// mean + std * randn(mean.shape, generator) — the draw diffusers' DiagonalGaussianDistribution.sample makes.
    at::Tensor sample(at::Generator* gen) const;
};

class AutoencoderKLImpl : public torch::nn::Module {
public:
    explicit AutoencoderKLImpl(const VAEOptions& o);
    /// image in [-1, 1], [B,3,H,W] -> posterior over latents (unscaled)
    Posterior encode(const at::Tensor& image);
    /// unscaled latents -> image in about [-1, 1]
    at::Tensor decode(const at::Tensor& z);
    const VAEOptions& options() const { return options_; }

    VAEEncoder encoder{nullptr};
    VAEDecoder decoder{nullptr};
    torch::nn::Conv2d quant_conv{nullptr}, post_quant_conv{nullptr};

private:
    VAEOptions options_;
};
TORCH_MODULE(AutoencoderKL);

}  // namespace clue::models
