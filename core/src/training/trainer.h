#pragma once
// One CLUE / vanilla fine-tuning run's state and its step (methods.md §2.4): the loss
//   L = ‖target − f_θ(z_t, t, c_txt, s)‖² (mean) + β_t · KL(q_φ(s|z0,c) ‖ N(0,I)) (sum over dims, mean over batch),
// target = ε (SD 1.x) or v = √ᾱ_t ε − √(1−ᾱ_t) z0 (SD 2.x v-prediction).
// Every random draw of step k comes from a generator seeded by (seed, k) and the epoch permutation from (seed, epoch):
// the state to resume is only weights + AdamW moments + k, so a resumed run repeats the same loss sequence exactly.
#include <ATen/core/Tensor.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clue/train.h"
#include "models/sd_model.h"
#include "training/adamw.h"
#include "training/latent_cache.h"

namespace clue::training {

struct StepResult {
    double loss = 0, mse = 0, kl = 0, kl_beta = 0, lr = 0, grad_norm = 0;
};

class Trainer {
public:
    /// Adds the style path/encoder (CLUE) to `model`'s U-Net, freezes what does not train, builds the optimizer.
    /// `class_text` [C, 77, D] (one prompt embedding per class), `empty_text` [1, 77, D].
    Trainer(models::SDModel& model, const TrainOptions& options, LatentSet data, at::Tensor class_text,
            at::Tensor empty_text);

    /// Optimizer step number `step` (0-based): grad_accumulation micro-batches, clip, AdamW, EMA.
    StepResult step(int step);
    /// Mean MSE over the validation items with fixed noise/timesteps and s = μ; NaN without validation items.
    double validation_loss();

    void save_checkpoint(const std::filesystem::path& folder, int step) const;
    /// Loads weights, optimizer and EMA of a checkpoint folder; returns its step. Throws CoreError (Training area)
    /// when the checkpoint was made with other model/style settings.
    int load_checkpoint(const std::filesystem::path& folder);
    /// Swaps EMA weights in (for export) and back.
    void swap_ema();
    bool has_ema() const { return !ema_.empty(); }

    models::FineTuneInfo finetune_info() const;
    int train_items() const { return static_cast<int>(train_idx_.size()); }
    int validation_items() const { return static_cast<int>(val_idx_.size()); }
    const LatentSet& data() const { return data_; }
    models::SDModel& model() { return m_; }
    /// Posterior means μ and log σ² of every item (style space); empty for vanilla runs.
    std::pair<at::Tensor, at::Tensor> posteriors();

private:
    at::Tensor micro_batch_loss(int step, int micro, double beta, double& mse_out, double& kl_out);
    std::vector<std::pair<std::string, at::Tensor>> trainable() const;
    std::string signature() const;

    models::SDModel& m_;
    TrainOptions o_;
    LatentSet data_;
    at::Tensor class_text_, empty_text_, sqrt_ac_, sqrt_1m_ac_;
    std::vector<int> train_idx_, val_idx_;
    bool v_pred_ = false, clue_ = true;
    float scaling_ = 0.18215f;
    std::unique_ptr<AdamW> opt_;
    std::vector<std::pair<std::string, at::Tensor>> ema_;
};

/// splitmix64 of (a, b): decorrelated generator seeds for (seed, step) pairs.
std::uint64_t mix_seed(std::uint64_t a, std::uint64_t b);

}  // namespace clue::training
