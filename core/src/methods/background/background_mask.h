#pragma once
// Subject mask from an importance map (methods.md §4.5). Internal to core.
#include <ATen/core/Tensor.h>

#include "clue/background.h"

namespace clue::methods {

/// map: [h, w] in 0…1. add / erase: [h, w] float 0/1 brush layers or undefined. Returns [h, w] float in 0…1:
/// blur (depthwise Gaussian), threshold (mean + k·std, or top fraction), dilation (iterated max-pool), brush add then
/// erase, optional feathering (Gaussian of the binary mask).
at::Tensor build_mask(const at::Tensor& map, const MaskOptions& options, const at::Tensor& add = {},
                      const at::Tensor& erase = {});

/// Normalised 2-D Gaussian kernel [k, k] (σ in pixels).
at::Tensor gaussian_kernel(int size, double sigma);

/// A brush image (any size; painted = any channel > 127) as a [h, w] 0/1 float layer (area resize, > 0.5).
at::Tensor brush_layer(const Image& brush, int64_t height, int64_t width);

}  // namespace clue::methods
