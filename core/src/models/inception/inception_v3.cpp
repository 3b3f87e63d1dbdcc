// ref: torchvision/models/inception.py (Inception3, BasicConv2d, InceptionA–E) and pytorch-fid
// src/pytorch_fid/inception.py (fid_inception_v3, FIDInceptionA/C/E_1/E_2, InceptionV3.forward with resize_input and
// normalize_input).
#include "models/inception/inception_v3.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/pooling.h>
#include <torch/nn/functional/upsampling.h>
#include <torch/torch.h>

namespace clue::models {
namespace F = torch::nn::functional;
namespace {

/// 3×3 average pool, stride 1, padding 1, without counting the padding (pytorch-fid's FID blocks).
at::Tensor avg_pool_3x3(const at::Tensor& x) {
    return F::avg_pool2d(x, F::AvgPool2dFuncOptions(3).stride(1).padding(1).count_include_pad(false));
}
at::Tensor max_pool(const at::Tensor& x, int64_t stride, int64_t padding = 0) {
    return F::max_pool2d(x, F::MaxPool2dFuncOptions(3).stride(stride).padding(padding));
}

}  // namespace

BasicConv2dImpl::BasicConv2dImpl(int64_t in, int64_t out, std::array<int64_t, 2> kernel, std::array<int64_t, 2> stride,
                                 std::array<int64_t, 2> padding) {
    conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, {kernel[0], kernel[1]})
                                                         .stride({stride[0], stride[1]})
                                                         .padding({padding[0], padding[1]})
                                                         .bias(false)));
    bn = register_module("bn", torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(out).eps(0.001)));
}

at::Tensor BasicConv2dImpl::forward(const at::Tensor& x) { return F::relu(bn->forward(conv->forward(x))); }

// Direct construction: brace-initialised kernel/stride/padding cannot pass through ModuleHolder's forwarding ctor.
#define CLUE_CONV(name, ...) \
    name = register_module(#name, BasicConv2d(std::shared_ptr<BasicConv2dImpl>(new BasicConv2dImpl(__VA_ARGS__))))

InceptionAImpl::InceptionAImpl(int64_t in, int64_t pool_features) {
    CLUE_CONV(branch1x1, in, 64, {1, 1});
    CLUE_CONV(branch5x5_1, in, 48, {1, 1});
    CLUE_CONV(branch5x5_2, 48, 64, {5, 5}, {1, 1}, {2, 2});
    CLUE_CONV(branch3x3dbl_1, in, 64, {1, 1});
    CLUE_CONV(branch3x3dbl_2, 64, 96, {3, 3}, {1, 1}, {1, 1});
    CLUE_CONV(branch3x3dbl_3, 96, 96, {3, 3}, {1, 1}, {1, 1});
    CLUE_CONV(branch_pool, in, pool_features, {1, 1});
}

at::Tensor InceptionAImpl::forward(const at::Tensor& x) {
    return torch::cat({branch1x1->forward(x), branch5x5_2->forward(branch5x5_1->forward(x)),
                       branch3x3dbl_3->forward(branch3x3dbl_2->forward(branch3x3dbl_1->forward(x))),
                       branch_pool->forward(avg_pool_3x3(x))},
                      1);
}

InceptionBImpl::InceptionBImpl(int64_t in) {
    CLUE_CONV(branch3x3, in, 384, {3, 3}, {2, 2});
    CLUE_CONV(branch3x3dbl_1, in, 64, {1, 1});
    CLUE_CONV(branch3x3dbl_2, 64, 96, {3, 3}, {1, 1}, {1, 1});
    CLUE_CONV(branch3x3dbl_3, 96, 96, {3, 3}, {2, 2});
}

at::Tensor InceptionBImpl::forward(const at::Tensor& x) {
    return torch::cat({branch3x3->forward(x),
                       branch3x3dbl_3->forward(branch3x3dbl_2->forward(branch3x3dbl_1->forward(x))), max_pool(x, 2)},
                      1);
}

InceptionCImpl::InceptionCImpl(int64_t in, int64_t c7) {
    CLUE_CONV(branch1x1, in, 192, {1, 1});
    CLUE_CONV(branch7x7_1, in, c7, {1, 1});
    CLUE_CONV(branch7x7_2, c7, c7, {1, 7}, {1, 1}, {0, 3});
    CLUE_CONV(branch7x7_3, c7, 192, {7, 1}, {1, 1}, {3, 0});
    CLUE_CONV(branch7x7dbl_1, in, c7, {1, 1});
    CLUE_CONV(branch7x7dbl_2, c7, c7, {7, 1}, {1, 1}, {3, 0});
    CLUE_CONV(branch7x7dbl_3, c7, c7, {1, 7}, {1, 1}, {0, 3});
    CLUE_CONV(branch7x7dbl_4, c7, c7, {7, 1}, {1, 1}, {3, 0});
    CLUE_CONV(branch7x7dbl_5, c7, 192, {1, 7}, {1, 1}, {0, 3});
    CLUE_CONV(branch_pool, in, 192, {1, 1});
}

at::Tensor InceptionCImpl::forward(const at::Tensor& x) {
    at::Tensor b7 = branch7x7_3->forward(branch7x7_2->forward(branch7x7_1->forward(x)));
    at::Tensor d = branch7x7dbl_2->forward(branch7x7dbl_1->forward(x));
    d = branch7x7dbl_5->forward(branch7x7dbl_4->forward(branch7x7dbl_3->forward(d)));
    return torch::cat({branch1x1->forward(x), b7, d, branch_pool->forward(avg_pool_3x3(x))}, 1);
}

InceptionDImpl::InceptionDImpl(int64_t in) {
    CLUE_CONV(branch3x3_1, in, 192, {1, 1});
    CLUE_CONV(branch3x3_2, 192, 320, {3, 3}, {2, 2});
    CLUE_CONV(branch7x7x3_1, in, 192, {1, 1});
    CLUE_CONV(branch7x7x3_2, 192, 192, {1, 7}, {1, 1}, {0, 3});
    CLUE_CONV(branch7x7x3_3, 192, 192, {7, 1}, {1, 1}, {3, 0});
    CLUE_CONV(branch7x7x3_4, 192, 192, {3, 3}, {2, 2});
}

at::Tensor InceptionDImpl::forward(const at::Tensor& x) {
    at::Tensor b = branch7x7x3_2->forward(branch7x7x3_1->forward(x));
    b = branch7x7x3_4->forward(branch7x7x3_3->forward(b));
    return torch::cat({branch3x3_2->forward(branch3x3_1->forward(x)), b, max_pool(x, 2)}, 1);
}

InceptionEImpl::InceptionEImpl(int64_t in, bool max_pool_branch) : max_pool_branch_(max_pool_branch) {
    CLUE_CONV(branch1x1, in, 320, {1, 1});
    CLUE_CONV(branch3x3_1, in, 384, {1, 1});
    CLUE_CONV(branch3x3_2a, 384, 384, {1, 3}, {1, 1}, {0, 1});
    CLUE_CONV(branch3x3_2b, 384, 384, {3, 1}, {1, 1}, {1, 0});
    CLUE_CONV(branch3x3dbl_1, in, 448, {1, 1});
    CLUE_CONV(branch3x3dbl_2, 448, 384, {3, 3}, {1, 1}, {1, 1});
    CLUE_CONV(branch3x3dbl_3a, 384, 384, {1, 3}, {1, 1}, {0, 1});
    CLUE_CONV(branch3x3dbl_3b, 384, 384, {3, 1}, {1, 1}, {1, 0});
    CLUE_CONV(branch_pool, in, 192, {1, 1});
}

at::Tensor InceptionEImpl::forward(const at::Tensor& x) {
    const at::Tensor b3 = branch3x3_1->forward(x);
    const at::Tensor d = branch3x3dbl_2->forward(branch3x3dbl_1->forward(x));
    const at::Tensor pool = max_pool_branch_ ? max_pool(x, 1, 1) : avg_pool_3x3(x);
    return torch::cat({branch1x1->forward(x), torch::cat({branch3x3_2a->forward(b3), branch3x3_2b->forward(b3)}, 1),
                       torch::cat({branch3x3dbl_3a->forward(d), branch3x3dbl_3b->forward(d)}, 1),
                       branch_pool->forward(pool)},
                      1);
}

InceptionV3Impl::InceptionV3Impl() {
    CLUE_CONV(Conv2d_1a_3x3, 3, 32, {3, 3}, {2, 2});
    CLUE_CONV(Conv2d_2a_3x3, 32, 32, {3, 3});
    CLUE_CONV(Conv2d_2b_3x3, 32, 64, {3, 3}, {1, 1}, {1, 1});
    CLUE_CONV(Conv2d_3b_1x1, 64, 80, {1, 1});
    CLUE_CONV(Conv2d_4a_3x3, 80, 192, {3, 3});
    Mixed_5b = register_module("Mixed_5b", InceptionA(192, 32));
    Mixed_5c = register_module("Mixed_5c", InceptionA(256, 64));
    Mixed_5d = register_module("Mixed_5d", InceptionA(288, 64));
    Mixed_6a = register_module("Mixed_6a", InceptionB(288));
    Mixed_6b = register_module("Mixed_6b", InceptionC(768, 128));
    Mixed_6c = register_module("Mixed_6c", InceptionC(768, 160));
    Mixed_6d = register_module("Mixed_6d", InceptionC(768, 160));
    Mixed_6e = register_module("Mixed_6e", InceptionC(768, 192));
    Mixed_7a = register_module("Mixed_7a", InceptionD(768));
    Mixed_7b = register_module("Mixed_7b", InceptionE(1280, false));
    Mixed_7c = register_module("Mixed_7c", InceptionE(2048, true));
}

#undef CLUE_CONV

at::Tensor InceptionV3Impl::forward(const at::Tensor& input) {
    at::Tensor x = input;
    if (x.size(2) != 299 || x.size(3) != 299)
        x = F::interpolate(x, F::InterpolateFuncOptions()
                                  .size(std::vector<int64_t>{299, 299})
                                  .mode(torch::kBilinear)
                                  .align_corners(false));
    x = 2 * x - 1;
    x = Conv2d_2b_3x3->forward(Conv2d_2a_3x3->forward(Conv2d_1a_3x3->forward(x)));
    x = max_pool(x, 2);
    x = Conv2d_4a_3x3->forward(Conv2d_3b_1x1->forward(x));
    x = max_pool(x, 2);
    x = Mixed_5d->forward(Mixed_5c->forward(Mixed_5b->forward(x)));
    x = Mixed_6a->forward(x);
    x = Mixed_6e->forward(Mixed_6d->forward(Mixed_6c->forward(Mixed_6b->forward(x))));
    x = Mixed_7c->forward(Mixed_7b->forward(Mixed_7a->forward(x)));
    return F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions(1)).flatten(1);
}

}  // namespace clue::models
