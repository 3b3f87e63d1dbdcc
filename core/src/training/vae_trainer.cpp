#include "training/vae_trainer.h"

#include <torch/torch.h>

#include "training/adamw.h"
#include "training/trainer.h"

namespace clue::training {

bool train_vae(models::AutoencoderKL& vae, const at::Tensor& images, const VaeTrainOptions& o, JobContext& ctx,
               const std::function<void(int, double)>& on_step) {
    std::vector<std::pair<std::string, at::Tensor>> params;
    for (const auto& p : vae->named_parameters()) params.emplace_back(p.key(), p.value());
    AdamW opt({{"vae", o.lr, 0.0, params}}, 0.9, 0.999, 1e-8);
    const int64_t n = images.size(0);
    for (int step = 0; step < o.steps; ++step) {
        if (ctx.cancel_requested()) return false;
        auto gen = at::make_generator<at::CPUGeneratorImpl>(mix_seed(static_cast<std::uint64_t>(o.seed), step));
        const at::Tensor idx = at::randint(0, n, {o.batch_size}, gen, torch::TensorOptions().dtype(torch::kLong));
        at::Tensor x = images.index_select(0, idx);
        // Horizontal flips double the data; otoscopy left/right ears make this a harmless augmentation for a VAE.
        const at::Tensor flip = at::rand({o.batch_size}, gen, torch::TensorOptions().dtype(torch::kFloat32)) < 0.5;
        x = at::where(flip.view({-1, 1, 1, 1}), x.flip({3}), x);
        opt.zero_grad();
        auto post = vae->encode(x);
        const at::Tensor z = post.mean + post.std * at::randn(post.mean.sizes(), gen, post.mean.options());
        const at::Tensor rec = vae->decode(z);
        const at::Tensor kl = 0.5 * (post.mean.pow(2) + post.std.pow(2) - 2 * post.std.log() - 1).sum({1, 2, 3}).mean();
        const at::Tensor loss = (rec - x).abs().mean() + (rec - x).pow(2).mean() + o.kl_weight * kl;
        loss.backward();
        opt.clip_grad_norm(1.0);
        opt.step(lr_factor("cosine", step, o.warmup, o.steps));
        if (on_step) on_step(step + 1, loss.item<double>());
    }
    return true;
}

std::pair<double, double> evaluate_vae(models::AutoencoderKL& vae, const at::Tensor& images) {
    torch::NoGradGuard no_grad;
    double l1 = 0;
    std::vector<at::Tensor> means;
    for (int64_t s = 0; s < images.size(0); s += 32) {
        const at::Tensor x = images.slice(0, s, std::min<int64_t>(images.size(0), s + 32));
        const at::Tensor m = vae->encode(x).mean;
        means.push_back(m);
        l1 += (vae->decode(m).clamp(-1, 1) - x).abs().mean().item<double>() / 2.0 * x.size(0);
    }
    return {l1 / images.size(0), torch::cat(means).std().item<double>()};
}

}  // namespace clue::training
