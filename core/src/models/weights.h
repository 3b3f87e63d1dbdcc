#pragma once
// Copies named tensors into a module's parameters/buffers, with one clear error listing every missing,
// unexpected and mis-shaped tensor (not just the first).
#include <torch/nn/module.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace clue::models {

struct WeightReport {
    std::vector<std::string> missing, unexpected, mismatched;
    bool ok() const { return missing.empty() && unexpected.empty() && mismatched.empty(); }
    std::string describe(const std::string& component, const std::string& source, size_t max_items = 12) const;
};

/// Checks first, then copies (nothing is half-loaded on error). `ignore_prefixes` lists keys that may be present
/// but are not used. Throws CoreError(MissingTensor / UnexpectedTensor / ShapeMismatch).
void load_weights(torch::nn::Module& module, const std::map<std::string, at::Tensor>& tensors,
                  const std::string& component, const std::string& source,
                  const std::vector<std::string>& ignore_prefixes = {},
                  const std::function<bool(const std::string&)>& may_be_missing = {});

/// Parameters and buffers by name (detached, contiguous, on the CPU; floating point as fp32), optionally filtered:
/// what a module's safetensors file holds.
std::vector<std::pair<std::string, at::Tensor>> module_tensors(const torch::nn::Module& module,
                                                               const std::function<bool(const std::string&)>& keep = {});

/// Total number of parameters.
int64_t parameter_count(const torch::nn::Module& module);

}  // namespace clue::models
