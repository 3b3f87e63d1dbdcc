#pragma once
// UNet2DConditionModel for SD 1.x / 2.x: submodule names equal diffusers' attribute names, so the diffusers
// safetensors keys load 1:1. ref: diffusers v0.27.2 src/diffusers/models/unets/unet_2d_condition.py
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

#include <string>
#include <utility>
#include <vector>

#include "models/unet/unet_blocks.h"

namespace clue::models {

struct UNetOptions {
    int64_t in_channels = 4;
    int64_t out_channels = 4;
    std::vector<int64_t> block_out_channels{320, 640, 1280, 1280};
    std::vector<std::string> down_block_types{"CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D",
                                              "DownBlock2D"};
    std::vector<std::string> up_block_types{"UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D",
                                            "CrossAttnUpBlock2D"};
    int64_t layers_per_block = 2;
    std::vector<int64_t> attention_heads{8, 8, 8, 8};  ///< heads per level (diffusers' `attention_head_dim` misnomer)
    int64_t cross_attention_dim = 768;
    int64_t norm_num_groups = 32;
    double norm_eps = 1e-5;
    bool use_linear_projection = false;
    bool upcast_attention = false;
    bool flip_sin_to_cos = true;
    double freq_shift = 0;
    double mid_block_scale_factor = 1.0;
    int64_t sample_size = 64;
    /// CLUE (methods.md §2.3): s ∈ R^style_dim is projected to style_tokens tokens of width cross_attention_dim
    /// that a second cross-attention path in every transformer block attends to. 0 = a plain SD U-Net.
    int64_t style_dim = 0;
    int64_t style_tokens = 4;

    /// From a diffusers unet/config.json text; unsupported features (class embeddings, addition embeddings, …) throw.
    static UNetOptions from_json(const std::string& json_text);
};

/// diffusers TimestepEmbedding: linear_1 -> SiLU -> linear_2.
class TimestepEmbeddingImpl : public torch::nn::Module {
public:
    TimestepEmbeddingImpl(int64_t in, int64_t out);
    at::Tensor forward(const at::Tensor& x);
    torch::nn::Linear linear_1{nullptr}, linear_2{nullptr};
};
TORCH_MODULE(TimestepEmbedding);

/// s [B, style_dim] -> style tokens [B, N_s, D]: LayerNorm(reshape(Linear(s))) (IP-Adapter's ImageProjModel).
class StyleProjectorImpl : public torch::nn::Module {
public:
    StyleProjectorImpl(int64_t style_dim, int64_t tokens, int64_t token_dim);
    at::Tensor forward(const at::Tensor& s);
    torch::nn::Linear proj{nullptr};
    torch::nn::LayerNorm norm{nullptr};

private:
    int64_t tokens_, token_dim_;
};
TORCH_MODULE(StyleProjector);

class UNetImpl : public torch::nn::Module {
public:
    explicit UNetImpl(const UNetOptions& options);
    /// sample [B,4,h,w], timestep 0-d or [B] (float or int), context [B,77,D] -> noise/v prediction [B,4,h,w].
    /// style: s [B, style_dim] for a CLUE U-Net (undefined: the style path is skipped, i.e. the base computation).
    at::Tensor forward(const at::Tensor& sample, const at::Tensor& timestep, const at::Tensor& context,
                       const at::Tensor& style = {});
    bool has_style() const { return options_.style_dim > 0; }
    /// λ_s of every style attention (the inference "style strength").
    void set_style_scale(double scale);
    /// Parameters of the style path (attn_style.* and style_proj.*), by their full names.
    std::vector<std::pair<std::string, at::Tensor>> style_parameters() const;
    /// Sinusoidal time projection [B, C0] (diffusers Timesteps / get_timestep_embedding).
    at::Tensor time_proj(const at::Tensor& timesteps) const;
    /// Every Transformer2DModel in forward order (down, mid, up), for attention hooks.
    std::vector<Transformer2DModel> transformers() const;
    const UNetOptions& options() const { return options_; }

    // Intermediates recorded by the last forward when `record_intermediates` is true (for tests).
    bool record_intermediates = false;
    std::vector<std::pair<std::string, at::Tensor>> intermediates;

    torch::nn::Conv2d conv_in{nullptr}, conv_out{nullptr};
    torch::nn::ModuleList down_blocks{nullptr}, up_blocks{nullptr};
    MidBlock mid_block{nullptr};
    torch::nn::GroupNorm conv_norm_out{nullptr};
    TimestepEmbedding time_embedding{nullptr};
    StyleProjector style_proj{nullptr};

private:
    UNetOptions options_;
};
TORCH_MODULE(UNet);

}  // namespace clue::models
