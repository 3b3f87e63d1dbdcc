#pragma once
// clue::Image <-> tensors. Images in the networks are [B,3,H,W] in [-1, 1] (diffusers VaeImageProcessor).
#include <ATen/core/Tensor.h>

#include "clue/image.h"

namespace clue {

/// RGB Image -> [1,3,H,W] float32 in [-1,1] (x/127.5 - 1), resized (bicubic, as PIL's default for SD) when w/h given.
at::Tensor image_to_tensor(const Image& image, int width = 0, int height = 0);
/// [3,H,W] or [1,3,H,W] in [-1,1] -> RGB Image: round(255 * clamp(x/2 + 0.5, 0, 1)) (diffusers numpy_to_pil).
Image tensor_to_image(const at::Tensor& x);
/// [1,4,h,w] SD latents -> a cheap RGB preview (linear projection, A1111 "Approx cheap"), upscaled ×`scale`.
Image latents_to_preview(const at::Tensor& latents, int scale = 8);

}  // namespace clue
