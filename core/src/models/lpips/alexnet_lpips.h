#pragma once
// LPIPS with the AlexNet backbone, version 0.1 (Zhang et al., "The Unreasonable Effectiveness of Deep Features as a
// Perceptual Metric", CVPR 2018), as the `lpips` package computes it. ref: richzhang/PerceptualSimilarity
// lpips/lpips.py (LPIPS.forward, ScalingLayer, NetLinLayer, normalize_tensor, spatial_average) and
// lpips/pretrained_networks.py (alexnet: torchvision AlexNet `features` cut after each ReLU into slice1…slice5).
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include <map>
#include <string>
#include <vector>

namespace clue::models {

class AlexNetLpipsImpl : public torch::nn::Module {
public:
    AlexNetLpipsImpl();
    /// x: [N,3,H,W] in [−1, 1] → the five ReLU taps, each unit-normalised over channels.
    std::vector<at::Tensor> features(const at::Tensor& x);
    /// LPIPS between two feature sets (the batch of one may be 1 and broadcast) → [N].
    at::Tensor compare(const std::vector<at::Tensor>& a, const std::vector<at::Tensor>& b);
    at::Tensor forward(const at::Tensor& x, const at::Tensor& y) { return compare(features(x), features(y)); }

    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr}, conv4{nullptr}, conv5{nullptr};
    torch::nn::Conv2d lin0{nullptr}, lin1{nullptr}, lin2{nullptr}, lin3{nullptr}, lin4{nullptr};  ///< 1×1, no bias
};
TORCH_MODULE(AlexNetLpips);

/// One tensor of the network under its three names: this module's, the lpips package's full state dict
/// (lpips.LPIPS(net='alex').state_dict()), and torchvision's alexnet().features plus the lpips lin layers.
struct LpipsTensorName {
    std::string internal, lpips, torchvision;
    std::vector<int64_t> shape;
};
const std::vector<LpipsTensorName>& alexnet_lpips_tensor_names();

/// Copies the file's tensors into `net`, accepting either naming. Throws CoreError(MissingTensor / ShapeMismatch) that
/// lists every missing and mis-shaped tensor under the file's naming; other tensors in the file are ignored.
void load_alexnet_lpips(AlexNetLpipsImpl& net, const std::map<std::string, at::Tensor>& file, const std::string& source);

}  // namespace clue::models
