#pragma once
// UNet down/mid/up blocks (CrossAttnDownBlock2D, DownBlock2D, UNetMidBlock2DCrossAttn, UpBlock2D, CrossAttnUpBlock2D).
// ref: diffusers v0.27.2 src/diffusers/models/unets/unet_2d_blocks.py
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>

#include <vector>

#include "models/blocks/attention.h"
#include "models/blocks/resnet.h"

namespace clue::models {

struct UNetBlockOptions {
    int64_t in_channels = 0;
    int64_t out_channels = 0;
    int64_t prev_output_channels = 0;  ///< up blocks only
    int64_t temb_channels = 0;
    int64_t num_layers = 1;
    bool cross_attention = false;
    bool add_sample = false;  ///< add_downsample / add_upsample
    int64_t heads = 8;
    int64_t cross_attention_dim = 768;
    int64_t groups = 32;
    double eps = 1e-5;
    bool use_linear_projection = false;
    bool upcast_attention = false;
    double output_scale_factor = 1.0;
    bool style_attention = false;  ///< CLUE second cross-attention path in every transformer block
};

/// CrossAttnDownBlock2D (cross_attention) or DownBlock2D. Returns the output and appends skip states.
class DownBlockImpl : public torch::nn::Module {
public:
    explicit DownBlockImpl(const UNetBlockOptions& o);
    at::Tensor forward(at::Tensor x, const at::Tensor& temb, const at::Tensor& context, std::vector<at::Tensor>& skips,
                       const at::Tensor& style = {});
    torch::nn::ModuleList resnets{nullptr}, attentions{nullptr}, downsamplers{nullptr};
};
TORCH_MODULE(DownBlock);

class MidBlockImpl : public torch::nn::Module {
public:
    explicit MidBlockImpl(const UNetBlockOptions& o);
    at::Tensor forward(at::Tensor x, const at::Tensor& temb, const at::Tensor& context, const at::Tensor& style = {});
    torch::nn::ModuleList resnets{nullptr}, attentions{nullptr};
};
TORCH_MODULE(MidBlock);

/// CrossAttnUpBlock2D (cross_attention) or UpBlock2D. Consumes skip states from the back.
class UpBlockImpl : public torch::nn::Module {
public:
    explicit UpBlockImpl(const UNetBlockOptions& o);
    at::Tensor forward(at::Tensor x, std::vector<at::Tensor>& skips, const at::Tensor& temb, const at::Tensor& context,
                       const at::Tensor& style = {});
    torch::nn::ModuleList resnets{nullptr}, attentions{nullptr}, upsamplers{nullptr};
};
TORCH_MODULE(UpBlock);

/// All Transformer2DModel instances of a ModuleList (for attention hooks).
void collect_transformers(const torch::nn::ModuleList& list, std::vector<Transformer2DModel>& out);

}  // namespace clue::models
