// ref: richzhang/PerceptualSimilarity lpips/lpips.py and lpips/pretrained_networks.py (see alexnet_lpips.h);
// torchvision/models/alexnet.py for the `features` layer indices (0, 3, 6, 8, 10 are the convolutions).
#include "models/lpips/alexnet_lpips.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/pooling.h>
#include <torch/torch.h>

#include <sstream>

#include "common/error.h"
#include "models/weights.h"

namespace clue::models {
namespace F = torch::nn::functional;
namespace {

torch::nn::Conv2d lpips_conv(int64_t in, int64_t out, int64_t k, int64_t stride, int64_t pad, bool bias) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, k).stride(stride).padding(pad).bias(bias));
}

std::string lpips_shape_text(const std::vector<int64_t>& s) {
    std::string t = "[";
    for (size_t i = 0; i < s.size(); ++i) t += (i ? "," : "") + std::to_string(s[i]);
    return t + "]";
}

}  // namespace

AlexNetLpipsImpl::AlexNetLpipsImpl() {
    conv1 = register_module("conv1", lpips_conv(3, 64, 11, 4, 2, true));
    conv2 = register_module("conv2", lpips_conv(64, 192, 5, 1, 2, true));
    conv3 = register_module("conv3", lpips_conv(192, 384, 3, 1, 1, true));
    conv4 = register_module("conv4", lpips_conv(384, 256, 3, 1, 1, true));
    conv5 = register_module("conv5", lpips_conv(256, 256, 3, 1, 1, true));
    lin0 = register_module("lin0", lpips_conv(64, 1, 1, 1, 0, false));
    lin1 = register_module("lin1", lpips_conv(192, 1, 1, 1, 0, false));
    lin2 = register_module("lin2", lpips_conv(384, 1, 1, 1, 0, false));
    lin3 = register_module("lin3", lpips_conv(256, 1, 1, 1, 0, false));
    lin4 = register_module("lin4", lpips_conv(256, 1, 1, 1, 0, false));
}

std::vector<at::Tensor> AlexNetLpipsImpl::features(const at::Tensor& x) {
    // ScalingLayer: the ImageNet mean/std expressed for inputs in [−1, 1].
    const auto opts = x.options();
    const at::Tensor shift = torch::tensor({-.030f, -.088f, -.188f}, opts).view({1, 3, 1, 1});
    const at::Tensor scale = torch::tensor({.458f, .448f, .450f}, opts).view({1, 3, 1, 1});
    auto pool = [](const at::Tensor& t) { return F::max_pool2d(t, F::MaxPool2dFuncOptions(3).stride(2)); };
    std::vector<at::Tensor> taps;
    at::Tensor h = F::relu(conv1->forward((x - shift) / scale));
    taps.push_back(h);
    h = F::relu(conv2->forward(pool(h)));
    taps.push_back(h);
    h = F::relu(conv3->forward(pool(h)));
    taps.push_back(h);
    h = F::relu(conv4->forward(h));
    taps.push_back(h);
    h = F::relu(conv5->forward(h));
    taps.push_back(h);
    // normalize_tensor: x / (‖x‖₂ over channels + 1e-10); the epsilon is added to the norm, not under the root.
    for (auto& t : taps) t = t / (t.pow(2).sum(1, true).sqrt() + 1e-10);
    return taps;
}

at::Tensor AlexNetLpipsImpl::compare(const std::vector<at::Tensor>& a, const std::vector<at::Tensor>& b) {
    torch::nn::Conv2d lins[5] = {lin0, lin1, lin2, lin3, lin4};
    at::Tensor total;
    for (size_t l = 0; l < 5; ++l) {
        // lin layer on the squared difference, then spatial_average (mean over H, W).
        const at::Tensor d = lins[l]->forward((a[l] - b[l]).pow(2)).mean({2, 3});
        total = l == 0 ? d : total + d;
    }
    return total.flatten();
}

const std::vector<LpipsTensorName>& alexnet_lpips_tensor_names() {
    static const std::vector<LpipsTensorName> names = [] {
        std::vector<LpipsTensorName> n;
        const int index[5] = {0, 3, 6, 8, 10};  // torchvision features.<i>; lpips slice<k>.<i> keeps the same index
        const std::vector<int64_t> shapes[5] = {{64, 3, 11, 11}, {192, 64, 5, 5}, {384, 192, 3, 3}, {256, 384, 3, 3}, {256, 256, 3, 3}};
        for (int k = 0; k < 5; ++k) {
            const std::string i = std::to_string(index[k]), slice = "net.slice" + std::to_string(k + 1) + "." + i;
            const std::string conv = "conv" + std::to_string(k + 1);
            n.push_back({conv + ".weight", slice + ".weight", "features." + i + ".weight", shapes[k]});
            n.push_back({conv + ".bias", slice + ".bias", "features." + i + ".bias", {shapes[k][0]}});
        }
        for (int k = 0; k < 5; ++k) {
            const std::string lin = "lin" + std::to_string(k) + ".model.1.weight";  // Sequential(Dropout, Conv2d)
            n.push_back({"lin" + std::to_string(k) + ".weight", lin, lin, {1, shapes[k][0], 1, 1}});
        }
        return n;
    }();
    return names;
}

void load_alexnet_lpips(AlexNetLpipsImpl& net, const std::map<std::string, at::Tensor>& file, const std::string& source) {
    const auto& names = alexnet_lpips_tensor_names();
    int lpips_hits = 0, tv_hits = 0;
    for (const auto& n : names) {
        if (n.lpips == n.torchvision) continue;  // the lin layers are named alike in both
        lpips_hits += int(file.count(n.lpips));
        tv_hits += int(file.count(n.torchvision));
    }
    const bool torchvision = tv_hits > lpips_hits;
    std::vector<std::string> missing, mismatched;
    std::map<std::string, at::Tensor> internal;
    for (const auto& n : names) {
        const std::string& key = torchvision ? n.torchvision : n.lpips;
        auto it = file.find(key);
        if (it == file.end()) {
            missing.push_back(key);
        } else if (it->second.sizes().vec() != n.shape) {
            mismatched.push_back(key + " " + lpips_shape_text(it->second.sizes().vec()) + " (expected " + lpips_shape_text(n.shape) + ")");
        } else {
            internal[n.internal] = it->second;
        }
    }
    if (!missing.empty() || !mismatched.empty()) {
        std::ostringstream m;
        m << "AlexNet-LPIPS weights " << source << " (read with " << (torchvision ? "torchvision" : "lpips") << " names):";
        if (!missing.empty()) {
            m << " missing " << missing.size() << ":";
            for (const auto& k : missing) m << " " << k;
            m << ";";
        }
        if (!mismatched.empty()) {
            m << " wrong shape:";
            for (const auto& k : mismatched) m << " " << k << ";";
        }
        m << " expected lpips.LPIPS(net='alex', version='0.1').state_dict() names (net.slice1.0.weight …, "
             "lin0.model.1.weight …) or torchvision AlexNet names (features.0.weight …) plus lin0.model.1.weight …";
        fail(missing.empty() ? Errc::ShapeMismatch : Errc::MissingTensor, m.str());
    }
    load_weights(net, internal, "AlexNet-LPIPS", source);
}

}  // namespace clue::models
