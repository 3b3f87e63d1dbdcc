#pragma once
// A ResNet-18-style image classifier (He et al. 2016, "Deep Residual Learning", Table 1, 18-layer column; layout of
// torchvision's resnet18: BasicBlock ×[2, 2, 2, 2], widths w·{1, 2, 4, 8}), sized for small images: the 7×7/2 conv +
// 3×3/2 max-pool stem becomes one 3×3/2 conv (one halving instead of two: the benchmark's images are 64², and a
// stride-1 stem would cost 4× the compute on two CPU cores). Trained from scratch (no
// ImageNet weights can be downloaded), it is both the F1 protocol's classifier and the project's fallback feature
// extractor (global-average-pooled features; optional regression head for ground-truth attributes).
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

namespace clue::models {

struct ResNetClassifierOptions {
    int64_t width = 16;
    int64_t classes = 3;
    int64_t attributes = 0;  ///< size of the auxiliary regression head (0 = none)
};

class BasicBlockImpl : public torch::nn::Module {
public:
    BasicBlockImpl(int64_t in, int64_t out, int64_t stride);
    at::Tensor forward(const at::Tensor& x);
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};
    torch::nn::Sequential downsample{nullptr};  ///< 1×1 conv + BN when the shape changes (option B of the paper)
};
TORCH_MODULE(BasicBlock);

class ResNetClassifierImpl : public torch::nn::Module {
public:
    explicit ResNetClassifierImpl(const ResNetClassifierOptions& o);
    /// x: [B,3,H,W] in [−1, 1] → pooled features [B, 8·width].
    at::Tensor features(const at::Tensor& x);
    /// Logits [B, classes] from features.
    at::Tensor logits(const at::Tensor& features) { return fc->forward(features); }
    /// Attribute predictions [B, attributes] (standardised units); requires options().attributes > 0.
    at::Tensor attributes(const at::Tensor& features) { return attr_head->forward(features); }
    const ResNetClassifierOptions& options() const { return options_; }
    int64_t feature_dim() const { return 8 * options_.width; }

    torch::nn::Conv2d conv1{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr};
    torch::nn::Sequential layer1{nullptr}, layer2{nullptr}, layer3{nullptr}, layer4{nullptr};
    torch::nn::Linear fc{nullptr}, attr_head{nullptr};

private:
    ResNetClassifierOptions options_;
};
TORCH_MODULE(ResNetClassifier);

}  // namespace clue::models
