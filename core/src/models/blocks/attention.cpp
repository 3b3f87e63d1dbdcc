#include "models/blocks/attention.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <cmath>

#include "common/torch_compat.h"

namespace clue::models {
namespace F = torch::nn::functional;

AttentionImpl::AttentionImpl(const AttentionOptions& o) : options_(o) {
    const int64_t inner = o.heads * o.dim_head;
    const int64_t kv_dim = o.cross_attention_dim > 0 ? o.cross_attention_dim : o.query_dim;
    if (o.group_norm)
        group_norm = register_module(
            "group_norm", torch::nn::GroupNorm(torch::nn::GroupNormOptions(o.norm_groups, o.query_dim).eps(o.norm_eps)));
    to_q = register_module("to_q", torch::nn::Linear(torch::nn::LinearOptions(o.query_dim, inner).bias(o.bias)));
    to_k = register_module("to_k", torch::nn::Linear(torch::nn::LinearOptions(kv_dim, inner).bias(o.bias)));
    to_v = register_module("to_v", torch::nn::Linear(torch::nn::LinearOptions(kv_dim, inner).bias(o.bias)));
    to_out = register_module("to_out", torch::nn::ModuleList());
    to_out->push_back(torch::nn::Linear(inner, o.query_dim));
    to_out->push_back(torch::nn::Dropout(0.0));
}

namespace {
// [B, N, heads*d] -> [B*heads, N, d]  (diffusers head_to_batch_dim)
at::Tensor head_to_batch(const at::Tensor& x, int64_t heads) {
    const auto b = x.size(0), n = x.size(1), c = x.size(2);
    return x.reshape({b, n, heads, c / heads}).permute({0, 2, 1, 3}).reshape({b * heads, n, c / heads});
}
// [B*heads, N, d] -> [B, N, heads*d]  (diffusers batch_to_head_dim)
at::Tensor batch_to_head(const at::Tensor& x, int64_t heads) {
    const auto bh = x.size(0), n = x.size(1), d = x.size(2);
    return x.reshape({bh / heads, heads, n, d}).permute({0, 2, 1, 3}).reshape({bh / heads, n, heads * d});
}
// Score matrices above this many bytes are computed in query chunks (sliced attention: same result, bounded memory).
constexpr int64_t kMaxScoreBytes = int64_t(32) << 20;
}  // namespace

at::Tensor dot_product_attention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, double scale,
                                 bool upcast, const AttentionProbsHook& hook, int heads) {
#if CLUE_TORCH_AT_LEAST(2, 1)  // the `scale` argument arrived in 2.1
    // Fused kernels (flash / memory-efficient / CPU flash) where no one needs the probabilities.
    if (!hook && !(upcast && q.scalar_type() != at::kFloat) && !q.requires_grad()) {
        return at::scaled_dot_product_attention(q.unsqueeze(0), k.unsqueeze(0), v.unsqueeze(0), c10::nullopt, 0.0,
                                                false, scale)
            .squeeze(0);
    }
#endif
    const auto dtype = q.scalar_type();
    const bool up = upcast || dtype == at::kHalf || dtype == at::kBFloat16;
    const at::Tensor qq = up ? q.to(at::kFloat) : q;
    const at::Tensor kt = (up ? k.to(at::kFloat) : k).transpose(-1, -2);
    const int64_t bh = q.size(0), nq = q.size(1), nk = k.size(1);
    const int64_t bytes = bh * nq * nk * 4;
    auto one = [&](const at::Tensor& qs) {
        // ref: attention_processor.py Attention.get_attention_scores: baddbmm(empty, q, k^T, beta=0, alpha=scale)
        at::Tensor scores;
        if (qs.requires_grad() || kt.requires_grad()) {
            // Training / Grad-SAM: with autograd on, LibTorch 1.13 CPU baddbmm(beta=0) on an uninitialised input gave
            // sporadic NaNs (seen in the training test); bmm·scale is the same product without that input.
            scores = at::bmm(qs, kt) * scale;
        } else {
            auto empty = at::empty({qs.size(0), qs.size(1), nk}, qs.options());
            scores = at::baddbmm(empty, qs, kt, /*beta=*/0, /*alpha=*/scale);
        }
        auto probs = scores.softmax(-1);
        if (hook) probs = hook(probs, heads);
        return at::bmm(probs.to(v.scalar_type()), v);
    };
    if (hook || bytes <= kMaxScoreBytes) return one(qq).to(dtype);
    const int64_t chunk = std::max<int64_t>(1, kMaxScoreBytes / (bh * nk * 4));
    std::vector<at::Tensor> parts;
    for (int64_t s = 0; s < nq; s += chunk) parts.push_back(one(qq.slice(1, s, std::min(nq, s + chunk))));
    return at::cat(parts, 1).to(dtype);
}

at::Tensor AttentionImpl::attend(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
    const double scale = 1.0 / std::sqrt(static_cast<double>(options_.dim_head));
    auto out = dot_product_attention(head_to_batch(q, options_.heads), head_to_batch(k, options_.heads),
                                     head_to_batch(v, options_.heads), scale, options_.upcast_attention, probs_hook_,
                                     static_cast<int>(options_.heads));
    return batch_to_head(out, options_.heads);
}

at::Tensor AttentionImpl::forward(const at::Tensor& x0, const at::Tensor& context) {
    at::Tensor x = x0;
    at::Tensor residual = x0;
    int64_t b = 0, c = 0, h = 0, w = 0;
    if (x.dim() == 4) {  // VAE mid-block: [B, C, H, W] -> [B, HW, C]
        b = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
        x = x.view({b, c, h * w}).transpose(1, 2);
    }
    if (group_norm) x = group_norm(x.transpose(1, 2)).transpose(1, 2);
    const at::Tensor& ctx = context.defined() ? context : x;
    at::Tensor out = forward_query(to_q(x), ctx);
    if (h > 0) out = out.transpose(-1, -2).reshape({b, c, h, w});
    if (options_.group_norm) out = out + residual;  // residual_connection=True (VAE attention)
    return out;
}

at::Tensor AttentionImpl::forward_query(const at::Tensor& q, const at::Tensor& context) {
    return to_out[0]->as<torch::nn::Linear>()->forward(attend(q, to_k(context), to_v(context)));
}

StyleAttentionImpl::StyleAttentionImpl(int64_t dim, int64_t style_token_dim, int64_t heads, int64_t dim_head,
                                       bool upcast)
    : heads_(heads), dim_head_(dim_head), upcast_(upcast) {
    const int64_t inner = heads * dim_head;
    to_k = register_module("to_k", torch::nn::Linear(torch::nn::LinearOptions(style_token_dim, inner).bias(false)));
    to_v = register_module("to_v", torch::nn::Linear(torch::nn::LinearOptions(style_token_dim, inner).bias(false)));
    to_out = register_module("to_out", torch::nn::ModuleList());
    torch::nn::Linear out(inner, dim);
    torch::NoGradGuard no_grad;
    out->weight.zero_();  // zero output: training starts exactly at the pretrained model (methods.md §2.10)
    out->bias.zero_();
    to_out->push_back(out);
}

at::Tensor StyleAttentionImpl::forward(const at::Tensor& q, const at::Tensor& tokens) {
    const double scale = 1.0 / std::sqrt(static_cast<double>(dim_head_));
    auto out = dot_product_attention(head_to_batch(q, heads_), head_to_batch(to_k(tokens), heads_),
                                     head_to_batch(to_v(tokens), heads_), scale, upcast_, {},
                                     static_cast<int>(heads_));
    return to_out[0]->as<torch::nn::Linear>()->forward(batch_to_head(out, heads_));
}

GEGLUImpl::GEGLUImpl(int64_t dim_in, int64_t dim_out) {
    proj = register_module("proj", torch::nn::Linear(dim_in, dim_out * 2));
}

at::Tensor GEGLUImpl::forward(const at::Tensor& x) {
    auto chunks = proj(x).chunk(2, -1);
    return chunks[0] * F::gelu(chunks[1]);
}

FeedForwardImpl::FeedForwardImpl(int64_t dim, int64_t mult) {
    net = register_module("net", torch::nn::ModuleList());
    net->push_back(GEGLU(dim, dim * mult));
    net->push_back(torch::nn::Dropout(0.0));
    net->push_back(torch::nn::Linear(dim * mult, dim));
}

at::Tensor FeedForwardImpl::forward(const at::Tensor& x) {
    return net[2]->as<torch::nn::Linear>()->forward(net[0]->as<GEGLU>()->forward(x));
}

BasicTransformerBlockImpl::BasicTransformerBlockImpl(const TransformerBlockOptions& o) {
    auto ln = [&] { return torch::nn::LayerNorm(torch::nn::LayerNormOptions({o.dim}).eps(1e-5)); };
    norm1 = register_module("norm1", ln());
    attn1 = register_module(
        "attn1", Attention(AttentionOptions{o.dim, 0, o.heads, o.dim_head, false, o.upcast_attention}));
    norm2 = register_module("norm2", ln());
    attn2 = register_module("attn2", Attention(AttentionOptions{o.dim, o.cross_attention_dim, o.heads, o.dim_head,
                                                                false, o.upcast_attention}));
    norm3 = register_module("norm3", ln());
    ff = register_module("ff", FeedForward(o.dim));
    if (o.style_attention)
        attn_style = register_module("attn_style", StyleAttention(o.dim, o.cross_attention_dim, o.heads, o.dim_head,
                                                                  o.upcast_attention));
}

at::Tensor BasicTransformerBlockImpl::forward(at::Tensor x, const at::Tensor& context, const at::Tensor& style) {
    x = attn1(norm1(x)) + x;
    if (attn_style && style.defined()) {
        // h2 = h1 + W_o·o_txt + λ_s·W'_o·o_sty with one shared query (methods.md §2.3). Adding the style term after
        // the residual keeps a zero W'_o bit-identical to the base block (x + 0 == x).
        const at::Tensor q = attn2->to_q(norm2(x));
        x = attn2->forward_query(q, context) + x;
        x = x + style_scale * attn_style(q, style);
    } else {
        x = attn2(norm2(x), context) + x;
    }
    return ff(norm3(x)) + x;
}

Transformer2DModelImpl::Transformer2DModelImpl(const Transformer2DOptions& o) : options_(o) {
    const int64_t inner = o.heads * o.dim_head;
    norm = register_module("norm",
                           torch::nn::GroupNorm(torch::nn::GroupNormOptions(o.norm_groups, o.in_channels).eps(1e-6)));
    if (o.use_linear_projection) {
        proj_in_linear = register_module("proj_in", torch::nn::Linear(o.in_channels, inner));
    } else {
        proj_in_conv = register_module("proj_in", torch::nn::Conv2d(torch::nn::Conv2dOptions(o.in_channels, inner, 1)));
    }
    transformer_blocks = register_module("transformer_blocks", torch::nn::ModuleList());
    for (int64_t i = 0; i < o.num_layers; ++i)
        transformer_blocks->push_back(BasicTransformerBlock(
            TransformerBlockOptions{inner, o.heads, o.dim_head, o.cross_attention_dim, o.upcast_attention,
                                    o.style_attention}));
    if (o.use_linear_projection) {
        proj_out_linear = register_module("proj_out", torch::nn::Linear(inner, o.in_channels));
    } else {
        proj_out_conv = register_module("proj_out", torch::nn::Conv2d(torch::nn::Conv2dOptions(inner, o.in_channels, 1)));
    }
}

at::Tensor Transformer2DModelImpl::forward(const at::Tensor& x, const at::Tensor& context, const at::Tensor& style) {
    const auto b = x.size(0), h = x.size(2), w = x.size(3);
    at::Tensor y = norm(x);
    if (!options_.use_linear_projection) {
        y = proj_in_conv(y);
        y = y.permute({0, 2, 3, 1}).reshape({b, h * w, y.size(1)});
    } else {
        y = y.permute({0, 2, 3, 1}).reshape({b, h * w, y.size(1)});
        y = proj_in_linear(y);
    }
    for (const auto& blk : *transformer_blocks) y = blk->as<BasicTransformerBlock>()->forward(y, context, style);
    if (!options_.use_linear_projection) {
        y = y.reshape({b, h, w, y.size(2)}).permute({0, 3, 1, 2}).contiguous();
        y = proj_out_conv(y);
    } else {
        y = proj_out_linear(y);
        y = y.reshape({b, h, w, y.size(2)}).permute({0, 3, 1, 2}).contiguous();
    }
    return y + x;
}

std::vector<Attention> Transformer2DModelImpl::cross_attentions() const {
    std::vector<Attention> out;
    for (const auto& blk : *transformer_blocks) out.push_back(blk->as<BasicTransformerBlock>()->attn2);
    return out;
}

}  // namespace clue::models
