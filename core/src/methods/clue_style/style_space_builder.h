#pragma once
// Building a StyleSpace from posterior tensors (trainer export, compute_style_space).
#include <ATen/core/Tensor.h>

#include <string>
#include <vector>

#include "clue/style.h"

namespace clue::methods {

/// mu, logvar: [N, dim] (CPU); class_index into `classes`; fits a PCA with up to `components` directions.
StyleSpace build_style_space(const at::Tensor& mu, const at::Tensor& logvar, const std::vector<std::string>& paths,
                             const std::vector<int>& class_index, const std::vector<std::string>& classes,
                             int components);

}  // namespace clue::methods
