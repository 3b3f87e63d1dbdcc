#pragma once
// Inception-v3 as used for FID: torchvision's Inception3 (Szegedy et al. 2016) with pytorch-fid's changes to match the
// TF-FID graph (pytorch_fid/inception.py: FIDInceptionA/C/E_1 average-pool without counting padding, FIDInceptionE_2
// max-pools), up to pool3 (2048-d). Submodule names are torchvision's, so a safetensors file converted from
// pytorch-fid's pt_inception-2015-12-05-6726825d.pth loads 1:1 (its fc.* and any AuxLogits.* are not part of this).
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include <array>

namespace clue::models {

/// conv (no bias) + BatchNorm(eps 0.001) + ReLU.
class BasicConv2dImpl : public torch::nn::Module {
public:
    BasicConv2dImpl(int64_t in, int64_t out, std::array<int64_t, 2> kernel, std::array<int64_t, 2> stride = {1, 1},
                    std::array<int64_t, 2> padding = {0, 0});
    at::Tensor forward(const at::Tensor& x);
    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d bn{nullptr};
};
TORCH_MODULE(BasicConv2d);

class InceptionAImpl : public torch::nn::Module {
public:
    InceptionAImpl(int64_t in, int64_t pool_features);
    at::Tensor forward(const at::Tensor& x);
    BasicConv2d branch1x1{nullptr}, branch5x5_1{nullptr}, branch5x5_2{nullptr}, branch3x3dbl_1{nullptr},
        branch3x3dbl_2{nullptr}, branch3x3dbl_3{nullptr}, branch_pool{nullptr};
};
TORCH_MODULE(InceptionA);

class InceptionBImpl : public torch::nn::Module {
public:
    explicit InceptionBImpl(int64_t in);
    at::Tensor forward(const at::Tensor& x);
    BasicConv2d branch3x3{nullptr}, branch3x3dbl_1{nullptr}, branch3x3dbl_2{nullptr}, branch3x3dbl_3{nullptr};
};
TORCH_MODULE(InceptionB);

class InceptionCImpl : public torch::nn::Module {
public:
    InceptionCImpl(int64_t in, int64_t channels_7x7);
    at::Tensor forward(const at::Tensor& x);
    BasicConv2d branch1x1{nullptr}, branch7x7_1{nullptr}, branch7x7_2{nullptr}, branch7x7_3{nullptr},
        branch7x7dbl_1{nullptr}, branch7x7dbl_2{nullptr}, branch7x7dbl_3{nullptr}, branch7x7dbl_4{nullptr},
        branch7x7dbl_5{nullptr}, branch_pool{nullptr};
};
TORCH_MODULE(InceptionC);

class InceptionDImpl : public torch::nn::Module {
public:
    explicit InceptionDImpl(int64_t in);
    at::Tensor forward(const at::Tensor& x);
    BasicConv2d branch3x3_1{nullptr}, branch3x3_2{nullptr}, branch7x7x3_1{nullptr}, branch7x7x3_2{nullptr},
        branch7x7x3_3{nullptr}, branch7x7x3_4{nullptr};
};
TORCH_MODULE(InceptionD);

class InceptionEImpl : public torch::nn::Module {
public:
    /// max_pool_branch: pytorch-fid's FIDInceptionE_2 (Mixed_7c) — a TF-graph quirk kept for comparable FIDs.
    InceptionEImpl(int64_t in, bool max_pool_branch);
    at::Tensor forward(const at::Tensor& x);
    BasicConv2d branch1x1{nullptr}, branch3x3_1{nullptr}, branch3x3_2a{nullptr}, branch3x3_2b{nullptr},
        branch3x3dbl_1{nullptr}, branch3x3dbl_2{nullptr}, branch3x3dbl_3a{nullptr}, branch3x3dbl_3b{nullptr},
        branch_pool{nullptr};

private:
    bool max_pool_branch_;
};
TORCH_MODULE(InceptionE);

class InceptionV3Impl : public torch::nn::Module {
public:
    InceptionV3Impl();
    /// x: [B,3,H,W] in [0, 1] → bilinear to 299² (align_corners = false) → 2x − 1 → pool3 features [B, 2048].
    at::Tensor forward(const at::Tensor& x);

    BasicConv2d Conv2d_1a_3x3{nullptr}, Conv2d_2a_3x3{nullptr}, Conv2d_2b_3x3{nullptr}, Conv2d_3b_1x1{nullptr},
        Conv2d_4a_3x3{nullptr};
    InceptionA Mixed_5b{nullptr}, Mixed_5c{nullptr}, Mixed_5d{nullptr};
    InceptionB Mixed_6a{nullptr};
    InceptionC Mixed_6b{nullptr}, Mixed_6c{nullptr}, Mixed_6d{nullptr}, Mixed_6e{nullptr};
    InceptionD Mixed_7a{nullptr};
    InceptionE Mixed_7b{nullptr}, Mixed_7c{nullptr};
};
TORCH_MODULE(InceptionV3);

}  // namespace clue::models
