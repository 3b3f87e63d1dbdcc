#pragma once
// The training set as VAE posteriors, cached on disk so that epochs (and resumed runs) never re-encode: one
// safetensors file per image keyed by SHA-256(file hash + preprocessing JSON + resolution + VAE hash).
#include <ATen/core/Tensor.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "clue/dataset.h"
#include "clue/job.h"
#include "models/sd_model.h"

namespace clue::training {

struct LatentSet {
    std::vector<at::Tensor> mean, std;            ///< [4, h, w] unscaled posterior mean / std (CPU fp32)
    std::vector<at::Tensor> mean_flip, std_flip;  ///< of the mirrored image (empty unless flips are on)
    std::vector<int> class_index;
    std::vector<bool> validation;
    std::vector<std::string> paths;
    int cache_hits = 0;
    std::size_t size() const { return mean.size(); }
};

/// A stable hex key for the VAE weights (hash of its weights file, or of the single-file checkpoint).
std::string vae_key(const models::SDModel& model);

/// Preprocesses and encodes every dataset item (cancellable; returns an empty set when cancelled). `progress(done,
/// total)` after each image.
LatentSet encode_dataset(models::SDModel& model, const Dataset& dataset, const PreprocessOptions& preprocess,
                         bool flips, const std::filesystem::path& cache_dir, JobContext& context,
                         const std::function<void(int, int)>& progress);

}  // namespace clue::training
