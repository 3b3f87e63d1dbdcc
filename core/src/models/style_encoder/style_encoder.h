#pragma once
// CLUE style encoder q_φ(s | x0, c) (methods.md §2.3): a Gaussian posterior over the style vector s from the clean
// image and the prompt.
//
// Design choice (the paper's backbone is not recoverable; no pretrained ImageNet/CLIP vision weights are available
// offline): the image branch reads the image's *VAE latent* (the same 4-channel z0 the U-Net is trained on) with a
// small convolutional trunk trained from scratch. Why: (1) the latents are cached on disk, so an epoch neither
// re-encodes nor resizes images for a second network; (2) a 64² latent is 48× fewer inputs than a 512² RGB image, which
// trains on a few hundred images without a pretrained trunk; (3) everything the decoder can show is in z0, so no
// unprompted attribute is out of reach. The trunk pools mean *and* standard deviation of its last feature map: global
// illumination/colour ride on the mean, texture/blur/contrast on the spread.
// Prompt branch: the mean over the 77 token embeddings of the (frozen) text encoder output the U-Net already uses.
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <string>
#include <utility>

namespace clue::models {

struct StyleEncoderOptions {
    int64_t in_channels = 4;    ///< latent channels
    int64_t channels = 128;     ///< trunk width (doubles once per level, capped at 4×)
    int64_t levels = 3;         ///< stride-2 stages
    int64_t groups = 32;        ///< GroupNorm groups (reduced to divide the width)
    int64_t text_dim = 1024;    ///< text encoder hidden size
    int64_t hidden = 2048;      ///< fusion MLP width
    int64_t style_dim = 1024;   ///< dimension of s
    static StyleEncoderOptions from_json(const std::string& json_text);
    std::string to_json() const;
};

class StyleEncoderImpl : public torch::nn::Module {
public:
    explicit StyleEncoderImpl(const StyleEncoderOptions& options);
    /// latents [B, 4, h, w] (scaled VAE latents), text [B, 77, text_dim] -> {μ, log σ²} [B, style_dim] in fp32;
    /// log σ² clamped to [−30, 20] (methods.md §2.3).
    std::pair<at::Tensor, at::Tensor> forward(const at::Tensor& latents, const at::Tensor& text);
    const StyleEncoderOptions& options() const { return options_; }

    torch::nn::Conv2d conv_in{nullptr};
    torch::nn::ModuleList resnets{nullptr}, downsamplers{nullptr};
    torch::nn::GroupNorm norm_out{nullptr};
    torch::nn::Linear fc1{nullptr}, fc2{nullptr}, mu{nullptr}, logvar{nullptr};

private:
    StyleEncoderOptions options_;
};
TORCH_MODULE(StyleEncoder);

/// s = μ + exp(½ log σ²)·ξ (the reparameterisation trick); ξ given so that callers control the randomness.
at::Tensor reparameterize(const at::Tensor& mu, const at::Tensor& logvar, const at::Tensor& xi);
/// KL(N(μ, σ²) || N(0, I)) = ½ Σ_j (μ_j² + σ_j² − log σ_j² − 1), summed over dimensions -> [B] (methods.md §2.4).
at::Tensor kl_to_standard_normal(const at::Tensor& mu, const at::Tensor& logvar);

}  // namespace clue::models
