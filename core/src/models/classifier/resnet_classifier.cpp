#include "models/classifier/resnet_classifier.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/pooling.h>
#include <torch/nn/init.h>

namespace clue::models {
namespace F = torch::nn::functional;
namespace {

torch::nn::Conv2d plain_conv3x3(int64_t in, int64_t out, int64_t stride) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(stride).padding(1).bias(false));
}

torch::nn::Sequential make_layer(int64_t in, int64_t out, int64_t stride) {
    return torch::nn::Sequential(BasicBlock(in, out, stride), BasicBlock(out, out, 1));
}

}  // namespace

BasicBlockImpl::BasicBlockImpl(int64_t in, int64_t out, int64_t stride) {
    conv1 = register_module("conv1", plain_conv3x3(in, out, stride));
    bn1 = register_module("bn1", torch::nn::BatchNorm2d(out));
    conv2 = register_module("conv2", plain_conv3x3(out, out, 1));
    bn2 = register_module("bn2", torch::nn::BatchNorm2d(out));
    if (stride != 1 || in != out)
        downsample = register_module(
            "downsample", torch::nn::Sequential(
                              torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 1).stride(stride).bias(false)),
                              torch::nn::BatchNorm2d(out)));
    // torchvision's zero_init_residual: each block starts as the identity, which trains faster from scratch
    // (Goyal et al. 2017, §5.1).
    torch::NoGradGuard ng;
    bn2->weight.zero_();
}

at::Tensor BasicBlockImpl::forward(const at::Tensor& x) {
    auto y = F::relu(bn1->forward(conv1->forward(x)));
    y = bn2->forward(conv2->forward(y));
    return F::relu(y + (downsample ? downsample->forward(x) : x));
}

ResNetClassifierImpl::ResNetClassifierImpl(const ResNetClassifierOptions& o) : options_(o) {
    const int64_t w = o.width;
    conv1 = register_module("conv1", plain_conv3x3(3, w, 2));
    bn1 = register_module("bn1", torch::nn::BatchNorm2d(w));
    layer1 = register_module("layer1", make_layer(w, w, 1));
    layer2 = register_module("layer2", make_layer(w, 2 * w, 2));
    layer3 = register_module("layer3", make_layer(2 * w, 4 * w, 2));
    layer4 = register_module("layer4", make_layer(4 * w, 8 * w, 2));
    fc = register_module("fc", torch::nn::Linear(8 * w, o.classes));
    if (o.attributes > 0) attr_head = register_module("attr_head", torch::nn::Linear(8 * w, o.attributes));
    // Kaiming-normal fan-out for convolutions, as torchvision's ResNet.
    torch::NoGradGuard ng;
    for (auto& m : modules(false))
        if (auto* c = m->as<torch::nn::Conv2d>())
            torch::nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut, torch::kReLU);
}

at::Tensor ResNetClassifierImpl::features(const at::Tensor& x) {
    auto y = F::relu(bn1->forward(conv1->forward(x)));
    y = layer4->forward(layer3->forward(layer2->forward(layer1->forward(y))));
    return F::adaptive_avg_pool2d(y, F::AdaptiveAvgPool2dFuncOptions(1)).flatten(1);
}

}  // namespace clue::models
