#pragma once
// Training an AutoencoderKL from scratch (demo model): L1 + MSE reconstruction + a small KL (LDM's kl_weight 1e-6 on
// the summed KL), AdamW with warm-up + cosine. ref: CompVis latent-diffusion ldm/modules/losses/contperceptual.py
// (without the perceptual and GAN terms: at 64² on a CPU the plain reconstruction loss already gives usable latents).
#include <ATen/core/Tensor.h>

#include <functional>

#include "clue/job.h"
#include "models/vae/vae.h"

namespace clue::training {

struct VaeTrainOptions {
    int steps = 1500;
    int batch_size = 16;
    double lr = 1e-3;
    double kl_weight = 1e-6;
    int warmup = 50;
    std::int64_t seed = 1;
};

/// images: [N, 3, H, W] in [-1, 1] (CPU). Returns false when cancelled. `on_step(step, loss)` after each step.
bool train_vae(models::AutoencoderKL& vae, const at::Tensor& images, const VaeTrainOptions& options,
               JobContext& context, const std::function<void(int, double)>& on_step);
/// Mean |x − decode(mean(encode(x)))| in [0, 1] units, and the std of the latent means (for scaling_factor = 1/std).
std::pair<double, double> evaluate_vae(models::AutoencoderKL& vae, const at::Tensor& images);

}  // namespace clue::training
