#pragma once
// diffusers `Attention` (to_q/to_k/to_v/to_out.0), `BasicTransformerBlock`, `Transformer2DModel` (continuous input).
// ref: diffusers v0.27.2 src/diffusers/models/attention_processor.py (Attention, AttnProcessor),
//      models/attention.py (BasicTransformerBlock, FeedForward, GEGLU), models/transformers/transformer_2d.py
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include <functional>

namespace clue::models {

/// Called with the attention probabilities [B*heads, Nq, Nk] of a cross-attention layer; may return a replacement
/// (e.g. a tensor with requires_grad for Abs-Grad-SAM). Set only where needed: it forces the explicit path.
using AttentionProbsHook = std::function<at::Tensor(const at::Tensor& probs, int heads)>;

struct AttentionOptions {
    int64_t query_dim = 0;
    int64_t cross_attention_dim = 0;  ///< 0 = self-attention
    int64_t heads = 8;
    int64_t dim_head = 64;
    bool bias = false;           ///< q/k/v bias (VAE mid-block attention has it)
    bool upcast_attention = false;
    bool group_norm = false;     ///< VAE mid-block attention: GroupNorm on the input, residual inside
    int64_t norm_groups = 32;
    double norm_eps = 1e-6;
};

class AttentionImpl : public torch::nn::Module {
public:
    explicit AttentionImpl(const AttentionOptions& options);
    /// x: [B, N, C] (or [B, C, H, W] when group_norm); context: [B, M, Cc] or undefined for self-attention.
    at::Tensor forward(const at::Tensor& x, const at::Tensor& context = {});
    /// Attention of an already projected query q = to_q(x) [B, N, inner] over `context` (to_k/to_v), then to_out.
    /// The CLUE style path shares the text cross-attention's query this way (IP-Adapter's decoupled form).
    at::Tensor forward_query(const at::Tensor& q, const at::Tensor& context);
    void set_probs_hook(AttentionProbsHook hook) { probs_hook_ = std::move(hook); }
    const AttentionOptions& options() const { return options_; }

    torch::nn::GroupNorm group_norm{nullptr};
    torch::nn::Linear to_q{nullptr}, to_k{nullptr}, to_v{nullptr};
    torch::nn::ModuleList to_out{nullptr};  ///< [0] = Linear, [1] = Dropout (no weights)

private:
    at::Tensor attend(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);
    AttentionOptions options_;
    AttentionProbsHook probs_hook_;
};
TORCH_MODULE(Attention);

/// scaled dot-product attention on [B*heads, N, d] tensors: explicit baddbmm+softmax+bmm (diffusers AttnProcessor),
/// chunked over queries when the score matrix would be large (memory-bounded on CPU), or fused SDPA on LibTorch ≥ 2.0.
at::Tensor dot_product_attention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, double scale,
                                 bool upcast, const AttentionProbsHook& hook, int heads);

class GEGLUImpl : public torch::nn::Module {
public:
    GEGLUImpl(int64_t dim_in, int64_t dim_out);
    at::Tensor forward(const at::Tensor& x);
    torch::nn::Linear proj{nullptr};
};
TORCH_MODULE(GEGLU);

/// diffusers FeedForward with GEGLU: net.0 = GEGLU, net.1 = Dropout, net.2 = Linear.
class FeedForwardImpl : public torch::nn::Module {
public:
    FeedForwardImpl(int64_t dim, int64_t mult = 4);
    at::Tensor forward(const at::Tensor& x);
    torch::nn::ModuleList net{nullptr};
};
TORCH_MODULE(FeedForward);

struct TransformerBlockOptions {
    int64_t dim = 0;
    int64_t heads = 8;
    int64_t dim_head = 64;
    int64_t cross_attention_dim = 768;
    bool upcast_attention = false;
    bool style_attention = false;  ///< CLUE: add the second cross-attention path `attn_style`
};

/// CLUE's second cross-attention path (methods.md §2.3, decoupled form): keys/values from the style tokens, the query
/// shared with attn2, output projection zero-initialised so a fresh CLUE U-Net equals its base model exactly.
class StyleAttentionImpl : public torch::nn::Module {
public:
    StyleAttentionImpl(int64_t dim, int64_t style_token_dim, int64_t heads, int64_t dim_head, bool upcast);
    /// q: attn2's projected query [B, N, inner]; tokens: [B, N_s, style_token_dim] -> [B, N, dim]
    at::Tensor forward(const at::Tensor& q, const at::Tensor& tokens);
    torch::nn::Linear to_k{nullptr}, to_v{nullptr};
    torch::nn::ModuleList to_out{nullptr};  ///< [0] = Linear (zero-initialised)

private:
    int64_t heads_, dim_head_;
    bool upcast_;
};
TORCH_MODULE(StyleAttention);

class BasicTransformerBlockImpl : public torch::nn::Module {
public:
    explicit BasicTransformerBlockImpl(const TransformerBlockOptions& o);
    /// style: projected style tokens [B, N_s, D] or undefined (style path skipped: the base model's computation).
    at::Tensor forward(at::Tensor x, const at::Tensor& context, const at::Tensor& style = {});

    torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr}, norm3{nullptr};
    Attention attn1{nullptr}, attn2{nullptr};
    StyleAttention attn_style{nullptr};
    FeedForward ff{nullptr};
    double style_scale = 1.0;  ///< λ_s (methods.md §2.3): 1 while training; the "style strength" at inference
};
TORCH_MODULE(BasicTransformerBlock);

struct Transformer2DOptions {
    int64_t in_channels = 0;
    int64_t heads = 8;
    int64_t dim_head = 64;
    int64_t cross_attention_dim = 768;
    int64_t norm_groups = 32;
    bool use_linear_projection = false;
    bool upcast_attention = false;
    int64_t num_layers = 1;
    bool style_attention = false;
};

class Transformer2DModelImpl : public torch::nn::Module {
public:
    explicit Transformer2DModelImpl(const Transformer2DOptions& o);
    at::Tensor forward(const at::Tensor& x, const at::Tensor& context, const at::Tensor& style = {});
    /// Cross-attention layers (attn2) of every block, for hooks.
    std::vector<Attention> cross_attentions() const;

    torch::nn::GroupNorm norm{nullptr};
    // Registered as "proj_in"/"proj_out": 1x1 Conv2d, or Linear when use_linear_projection (SD 2.x).
    torch::nn::Conv2d proj_in_conv{nullptr}, proj_out_conv{nullptr};
    torch::nn::Linear proj_in_linear{nullptr}, proj_out_linear{nullptr};
    torch::nn::ModuleList transformer_blocks{nullptr};

private:
    Transformer2DOptions options_;
};
TORCH_MODULE(Transformer2DModel);

}  // namespace clue::models
