#pragma once
// Decoded, resized evaluation images as uint8 tensors, each file decoded once per evaluation (the F1 protocol trains
// dozens of classifiers on overlapping subsets of the same files).
#include <ATen/core/Tensor.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "clue/dataset.h"
#include "clue/job.h"

namespace clue::eval {

class ImageSet {
public:
    /// `preprocess`: run the four-stage preprocessing (size forced to `size`) before use — real images straight
    /// from the endoscope; nullptr = only resize (synthetic images are already in the model's framing).
    ImageSet(int size, const PreprocessOptions* preprocess);
    /// uint8 [N,3,size,size]; throws CoreError naming an unreadable file, Cancelled on cancel.
    at::Tensor load(const std::vector<std::string>& paths, JobContext* context);
    int size() const { return size_; }

private:
    int size_;
    std::optional<PreprocessOptions> preprocess_;
    std::map<std::string, at::Tensor> cache_;
};

/// Resizes an RGB image to size² (area when shrinking, bilinear when enlarging) into uint8 [3,size,size].
at::Tensor image_to_u8(const Image& image, int size);

}  // namespace clue::eval
