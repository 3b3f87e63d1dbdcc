#pragma once
// Full-reference image similarity, optionally restricted to a region (issue #5: background fidelity of Abs-Grad-SAM
// against the reference, inside the inverted subject mask). No torch, no Qt.
#include <vector>

#include "clue/image.h"
#include "clue/result.h"

namespace clue {

/// Per-pixel weights (row-major, width × height, ≥ 0) selecting a region; empty = the whole image.
using PixelWeights = std::vector<float>;

/// PSNR in dB over RGB (8-bit peak 255), weighted mean of squared errors; +inf for identical images.
/// InvalidArgument for differing sizes, wrong weight count or zero total weight.
Result<double> psnr(const Image& a, const Image& b, const PixelWeights& weights = {});
/// SSIM (Wang et al. 2004: Gaussian window 11×11, σ 1.5, K1 0.01, K2 0.03, L 255) per RGB channel on the whole
/// image, averaged over channels; the SSIM map is averaged with the weights. Near a region's edge the 11×11 window
/// also sees pixels outside it (so a background SSIM next to a changed subject reads a little low).
Result<double> ssim(const Image& a, const Image& b, const PixelWeights& weights = {});

/// Weights of a latent-resolution mask (mw × mh, 0…1) at w × h (nearest, as the replacement acts per latent cell);
/// `invert`: 1 − mask (the background).
PixelWeights mask_weights(const std::vector<float>& mask, int mask_width, int mask_height, int width, int height,
                          bool invert);

}  // namespace clue
