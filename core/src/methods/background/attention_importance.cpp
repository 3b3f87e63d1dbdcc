// Abs-Grad-SAM importance (methods.md §4.4; Grad-SAM: Barkan et al. 2021, "Grad-SAM: Explaining Transformers via
// Gradient Self-Attention Maps", with |·| instead of ReLU and the query axis kept as in the Abs-Grad-SAM abstract).
#include "methods/background/attention_importance.h"

#include <torch/torch.h>

#include "common/error.h"

namespace clue::methods {

std::vector<LayerAttention> capture_cross_attention(models::UNet& unet, const at::Tensor& model_in, const at::Tensor& t,
                                                    const at::Tensor& context, const at::Tensor& style, bool with_grad,
                                                    const at::Tensor& uncond_context) {
    at::Tensor eps_uncond;
    if (with_grad && uncond_context.defined()) {  // before the hooks: the unconditional branch is not explained
        torch::NoGradGuard ng;
        eps_uncond = unet->forward(model_in, t, uncond_context, style).to(at::kFloat);
    }
    torch::AutoGradMode grad_mode(with_grad);
    std::vector<LayerAttention> layers;
    std::vector<models::Attention> attns;
    for (const auto& tr : unet->transformers())
        for (const auto& a : tr->cross_attentions()) attns.push_back(a);
    for (auto& a : attns)
        a->set_probs_hook([&layers](const at::Tensor& probs, int heads) {
            // Kept in the graph (not detached): ∂L/∂A_n is then the total derivative, through the later layers'
            // attention too, as PyTorch's attn.retain_grad() gives it (a finite-difference test checks this).
            layers.push_back({probs, {}, heads});
            return probs;
        });
    struct Unhook {  // the hooks must not outlive this call (they force the explicit attention path)
        std::vector<models::Attention>& a;
        ~Unhook() {
            for (auto& x : a) x->set_probs_hook({});
        }
    } unhook{attns};
    // The latent input as the graph's root: every activation, and so every A_n, depends on it.
    const at::Tensor x = with_grad ? model_in.detach().clone().requires_grad_(true) : model_in;
    const at::Tensor out = unet->forward(x, t, context, style).to(at::kFloat);
    if (!with_grad) return layers;
    // Objective (methods.md §4.4: "gradients for the denoised latent", L = Σ ẑ_{t−1}). Every sampler here makes
    // ẑ_{t−1} = (terms fixed at this step) + c_t·ε̂ with ε̂ = ε_u + w(ε_c − ε_u), so ∂L/∂A = c_t·w·∂(Σ ε_c)/∂A with
    // scalars c_t, w. c_t < 0 for ε- and v-prediction (a denoising step removes predicted noise: for DDIM η = 0,
    // c_t = √(1−ᾱ_prev) − √ᾱ_prev·√(1−ᾱ_t)/√ᾱ_t < 0 since ᾱ_prev > ᾱ_t), and the per-layer normalisation below removes
    // |c_t·w|. So L = −Σ ε_c gives the same maps without calling the (stateful) scheduler — for |·| and for ReLU.
    // Variant (methods.md §4.4 [P]): L = Σ|ẑ_{t−1} − ẑ_{t−1}^(∅)| = |c_t·w|·Σ|ε_c − ε_u|, the text-conditional part
    // only. A plain sum lets interior effects cancel while zero padding does not, so its maps favour the border.
    const at::Tensor loss = eps_uncond.defined() ? (out - eps_uncond).abs().sum() : -out.sum();
    std::vector<at::Tensor> inputs;
    for (const auto& l : layers) inputs.push_back(l.probs);
    auto grads = torch::autograd::grad({loss}, inputs, /*grad_outputs=*/{}, /*retain_graph=*/false,
                                       /*create_graph=*/false, /*allow_unused=*/true);
    for (size_t i = 0; i < layers.size(); ++i) {
        layers[i].probs = layers[i].probs.detach();  // let the graph go
        layers[i].grads = grads[i].defined() ? grads[i].detach() : at::zeros_like(layers[i].probs);
    }
    return layers;
}

std::pair<int64_t, int64_t> layer_grid(int64_t queries, int64_t height, int64_t width) {
    int64_t h = height, w = width;
    for (int level = 0; level < 8; ++level) {
        if (h * w == queries) return {h, w};
        h = (h + 1) / 2;
        w = (w + 1) / 2;
    }
    fail(Errc::Internal, "an attention layer has " + std::to_string(queries) + " queries, which is no level of a " +
                             std::to_string(height) + "x" + std::to_string(width) + " latent");
}

at::Tensor importance_map(const std::vector<LayerAttention>& layers, const std::vector<int>& tokens, ImportanceKind kind,
                          int64_t height, int64_t width, bool skip_lowest_resolution) {
    torch::NoGradGuard no_grad;
    if (layers.empty()) fail(Errc::Internal, "the U-Net has no cross-attention layer to explain");
    int64_t lowest = layers.front().probs.size(1);
    for (const auto& l : layers) lowest = std::min(lowest, l.probs.size(1));
    const at::Tensor idx = torch::tensor(std::vector<int64_t>(tokens.begin(), tokens.end()), torch::kLong);
    at::Tensor sum = torch::zeros({height, width});
    int used = 0;
    for (const auto& l : layers) {
        const int64_t nq = l.probs.size(1);
        if (skip_lowest_resolution && nq == lowest && lowest < height * width) continue;
        at::Tensor a = l.probs.to(at::kFloat).cpu().index_select(2, idx);  // [B·H, Nq, |S|]
        at::Tensor g;
        switch (kind) {
            case ImportanceKind::AbsGradSam: g = l.grads.to(at::kFloat).cpu().index_select(2, idx).abs(); break;
            case ImportanceKind::ReluGradSam: g = l.grads.to(at::kFloat).cpu().index_select(2, idx).relu(); break;
            case ImportanceKind::AttentionOnly: g = at::ones_like(a); break;
        }
        // Σ over subject tokens, mean over heads (batch 1: the B·H axis is the heads)
        at::Tensor q = (a * g).sum(2).mean(0);  // [Nq]
        const auto [gh, gw] = layer_grid(nq, height, width);
        at::Tensor m = q.reshape({1, 1, gh, gw});
        if (gh != height || gw != width)
            m = torch::nn::functional::interpolate(
                m, torch::nn::functional::InterpolateFuncOptions()
                       .size(std::vector<int64_t>{height, width})
                       .mode(torch::kBilinear)
                       .align_corners(false));
        m = m.reshape({height, width});
        const double total = m.sum().item<double>();
        if (total > 0) m = m / total;
        sum += m;
        ++used;
    }
    if (used == 0) fail(Errc::InvalidArgument, "no attention layer left after skipping the lowest resolution");
    at::Tensor map = sum / used;
    const double lo = map.min().item<double>(), hi = map.max().item<double>();
    return hi > lo ? (map - lo) / (hi - lo) : at::zeros_like(map);
}

}  // namespace clue::methods
