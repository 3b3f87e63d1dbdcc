// Mask construction (methods.md §4.5 and §4.10: Gaussian as a depthwise conv2d with a normalised kernel, dilation as
// an iterated 3×3 max_pool2d).
#include "methods/background/background_mask.h"

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <cmath>

namespace clue::methods {

namespace F = torch::nn::functional;

at::Tensor gaussian_kernel(int size, double sigma) {
    const double c = (size - 1) / 2.0;
    at::Tensor x = torch::arange(size, torch::kDouble) - c;
    at::Tensor g = torch::exp(-(x * x) / (2 * sigma * sigma));
    at::Tensor k = g.unsqueeze(1) * g.unsqueeze(0);
    return (k / k.sum()).to(torch::kFloat);
}

namespace {

// Blur with replicate padding, so the map's border is not pulled towards 0 (which would bias the threshold).
at::Tensor blur_map(const at::Tensor& m, int size, double sigma) {
    if (size <= 1 || sigma <= 0) return m;
    const at::Tensor k = gaussian_kernel(size, sigma).reshape({1, 1, size, size});
    const int64_t p = size / 2;
    at::Tensor x = F::pad(m.reshape({1, 1, m.size(0), m.size(1)}), F::PadFuncOptions({p, p, p, p}).mode(torch::kReplicate));
    return F::conv2d(x, k).reshape({m.size(0), m.size(1)});
}

at::Tensor threshold_map(const at::Tensor& m, const MaskOptions& o) {
    if (o.top_fraction > 0) {
        const int64_t n = m.numel();
        const int64_t keep = std::max<int64_t>(1, static_cast<int64_t>(std::llround(o.top_fraction * double(n))));
        const double tau = std::get<0>(m.flatten().topk(keep)).min().item<double>();
        return (m >= tau).to(torch::kFloat);
    }
    const double tau = m.mean().item<double>() + o.threshold_std * m.std(/*unbiased=*/false).item<double>();
    return (m > tau).to(torch::kFloat);
}

}  // namespace

at::Tensor build_mask(const at::Tensor& map, const MaskOptions& o, const at::Tensor& add, const at::Tensor& erase) {
    torch::NoGradGuard no_grad;
    at::Tensor m = blur_map(map.to(torch::kFloat).cpu(), o.blur_kernel, o.blur_sigma);
    const double lo = m.min().item<double>(), hi = m.max().item<double>();
    m = hi > lo ? (m - lo) / (hi - lo) : at::zeros_like(m);
    m = threshold_map(m, o);
    if (o.dilate_kernel > 1) {
        at::Tensor x = m.reshape({1, 1, m.size(0), m.size(1)});
        const int64_t k = o.dilate_kernel;
        for (int i = 0; i < o.dilate_iterations; ++i)
            x = F::max_pool2d(x, F::MaxPool2dFuncOptions(k).stride(1).padding(k / 2));
        m = x.reshape({m.size(0), m.size(1)});
    }
    if (add.defined()) m = at::maximum(m, add);
    if (erase.defined()) m = m * (1 - erase);
    if (o.feather_sigma > 0) {
        const int size = 2 * static_cast<int>(std::ceil(3 * o.feather_sigma)) + 1;
        m = blur_map(m, size, o.feather_sigma).clamp(0, 1);
    }
    return m;
}

at::Tensor brush_layer(const Image& brush, int64_t height, int64_t width) {
    cv::Mat painted(brush.height, brush.width, CV_32F);
    for (int y = 0; y < brush.height; ++y) {
        const std::uint8_t* r = brush.row(y);
        for (int x = 0; x < brush.width; ++x) {
            bool on = false;
            for (int c = 0; c < std::min(brush.channels, 3); ++c) on = on || r[x * brush.channels + c] > 127;
            if (brush.channels == 4 && r[x * 4 + 3] <= 127) on = false;  // transparent = not painted
            painted.at<float>(y, x) = on ? 1.f : 0.f;
        }
    }
    cv::Mat small;
    cv::resize(painted, small, cv::Size(static_cast<int>(width), static_cast<int>(height)), 0, 0, cv::INTER_AREA);
    at::Tensor t = torch::from_blob(small.data, {height, width}, torch::kFloat).clone();
    return (t > 0.5f).to(torch::kFloat);
}

}  // namespace clue::methods
