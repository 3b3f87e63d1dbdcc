#pragma once
// Abs-Grad-SAM importance maps from the U-Net's cross-attention (methods.md §4.4). Internal to core.
#include <ATen/core/Tensor.h>

#include <vector>

#include "clue/background.h"
#include "models/unet/unet.h"

namespace clue::methods {

/// One cross-attention layer's probabilities A [heads, Nq, Nk] (batch 1) and ∂L/∂A (undefined without gradients).
struct LayerAttention {
    at::Tensor probs;
    at::Tensor grads;
    int heads = 0;
};

/// Runs the U-Net's conditional branch once on `model_in` (already scaled by the scheduler) and captures the
/// probabilities of every cross-attention layer (attn2, forward order). With `with_grad`,
/// L = −Σ output is back-propagated to them (see the .cpp for why this is ∂ẑ_{t−1}/∂A up to a positive factor), or,
/// with `uncond_context`, L = Σ|ε_c − ε_u| (the text-conditional variant).
/// Gradient mode is switched on locally, so callers may hold a NoGradGuard; never call it under InferenceMode.
std::vector<LayerAttention> capture_cross_attention(models::UNet& unet, const at::Tensor& model_in, const at::Tensor& t,
                                                    const at::Tensor& context, const at::Tensor& style, bool with_grad,
                                                    const at::Tensor& uncond_context = {});

/// I_n(q) = (1/H) Σ_h Σ_{k∈tokens} A[h,q,k]·g(G[h,q,k]) per layer (g = |·|, ReLU or 1 by `kind`), reshaped to the
/// layer's grid, bilinearly upsampled to h×w, normalised by its sum, averaged over layers, then min–max scaled to
/// 0…1. Returns [h, w] float.
at::Tensor importance_map(const std::vector<LayerAttention>& layers, const std::vector<int>& tokens, ImportanceKind kind,
                          int64_t height, int64_t width, bool skip_lowest_resolution);

/// The layer grid (h_n, w_n) of Nq queries on an h×w latent (each down level halves, rounding up as a stride-2 conv).
std::pair<int64_t, int64_t> layer_grid(int64_t queries, int64_t height, int64_t width);

}  // namespace clue::methods
