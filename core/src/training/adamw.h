#pragma once
// AdamW with parameter groups, written out (≈ 20 lines of maths) rather than torch::optim::AdamW so that the state is
// plain named tensors: checkpoints are safetensors (no pickles, same file on LibTorch 1.13 and 2.x) and a resumed run
// continues bit-identically. ref: Loshchilov & Hutter 2019, Algorithm 2; torch.optim.AdamW (decoupled weight decay
// applied as p ← p·(1 − lr·λ) before the Adam update; bias-corrected moments).
#include <ATen/core/Tensor.h>

#include <map>
#include <string>
#include <vector>

namespace clue::training {

struct ParamGroup {
    std::string name;  ///< "unet", "new", …
    double lr = 1e-4;  ///< base learning rate (the schedule multiplies it)
    double weight_decay = 1e-2;
    std::vector<std::pair<std::string, at::Tensor>> params;  ///< named, requires_grad
};

class AdamW {
public:
    AdamW(std::vector<ParamGroup> groups, double beta1, double beta2, double eps);
    /// One update with learning rate base_lr × lr_factor for every group; skips parameters without a gradient.
    void step(double lr_factor);
    void zero_grad();
    /// Global L2 norm of all gradients, scaled down to `max_norm` when above (torch.nn.utils.clip_grad_norm_).
    double clip_grad_norm(double max_norm);
    std::int64_t steps() const { return step_; }
    const std::vector<ParamGroup>& groups() const { return groups_; }

    /// "<param>.exp_avg" / "<param>.exp_avg_sq" (fp32, CPU) and the step count, for checkpoints.
    std::vector<std::pair<std::string, at::Tensor>> state_tensors() const;
    /// Restores what state_tensors() wrote; throws CoreError(MissingTensor/ShapeMismatch) naming the tensor.
    void load_state(const std::map<std::string, at::Tensor>& tensors, std::int64_t step);

private:
    std::vector<ParamGroup> groups_;
    double beta1_, beta2_, eps_;
    std::int64_t step_ = 0;
    std::map<std::string, at::Tensor> exp_avg_, exp_avg_sq_;
};

/// Learning-rate factor at `step` (0-based): linear warm-up to 1 over `warmup` steps, then constant or cosine to 0 at
/// `total` (the diffusers get_cosine_schedule_with_warmup formula with 0.5 cycles).
double lr_factor(const std::string& schedule, int step, int warmup, int total);
/// KL weight at `step`: β·min(1, step / warmup) (linear KL annealing, methods.md §2.4).
double kl_weight(double beta, int step, int warmup);

}  // namespace clue::training
