// PSNR and SSIM. ref: Z. Wang, A. Bovik, H. Sheikh, E. Simoncelli, "Image quality assessment: from error visibility
// to structural similarity", IEEE TIP 13(4), 2004 (Gaussian 11×11 window, σ = 1.5, C1 = (0.01 L)², C2 = (0.03 L)²).
#include "clue/image_metrics.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <limits>
#include <string>

namespace clue {

namespace {

Status check_pair(const Image& a, const Image& b, const PixelWeights& w) {
    if (a.empty() || b.empty()) return Error{Errc::InvalidArgument, "image metric: an image is empty"};
    if (a.width != b.width || a.height != b.height)
        return Error{Errc::InvalidArgument, "image metric: sizes differ (" + std::to_string(a.width) + "x" +
                                                std::to_string(a.height) + " vs " + std::to_string(b.width) + "x" +
                                                std::to_string(b.height) + ")"};
    if (!w.empty() && w.size() != size_t(a.width) * size_t(a.height))
        return Error{Errc::InvalidArgument, "image metric: " + std::to_string(w.size()) + " weights for " +
                                                std::to_string(a.width * a.height) + " pixels"};
    double total = 0;
    for (float x : w) {
        if (!(x >= 0)) return Error{Errc::InvalidArgument, "image metric: a weight is negative or not a number"};
        total += x;
    }
    if (!w.empty() && !(total > 0)) return Error{Errc::InvalidArgument, "image metric: the region is empty (all weights 0)"};
    return Ok{};
}

// Channel c of an image as float (gray images repeat their one channel).
cv::Mat channel(const Image& im, int c) {
    cv::Mat m(im.height, im.width, CV_64F);
    const int cc = im.channels >= 3 ? c : 0;
    for (int y = 0; y < im.height; ++y)
        for (int x = 0; x < im.width; ++x) m.at<double>(y, x) = im.row(y)[x * im.channels + cc];
    return m;
}

double weight_at(const PixelWeights& w, int width, int x, int y) { return w.empty() ? 1.0 : w[size_t(y) * width + x]; }

}  // namespace

Result<double> psnr(const Image& a, const Image& b, const PixelWeights& w) {
    if (auto s = check_pair(a, b, w); !s) return s.error();
    double se = 0, wt = 0;
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            const double k = weight_at(w, a.width, x, y);
            for (int c = 0; c < 3; ++c) {
                const double d = double(a.row(y)[x * a.channels + (a.channels >= 3 ? c : 0)]) -
                                 double(b.row(y)[x * b.channels + (b.channels >= 3 ? c : 0)]);
                se += k * d * d;
                wt += k;
            }
        }
    const double mse = se / wt;
    if (mse == 0) return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(255.0 * 255.0 / mse);
}

Result<double> ssim(const Image& a, const Image& b, const PixelWeights& w) {
    if (auto s = check_pair(a, b, w); !s) return s.error();
    const double c1 = std::pow(0.01 * 255, 2), c2 = std::pow(0.03 * 255, 2);
    auto blur = [](const cv::Mat& m) {
        cv::Mat o;
        cv::GaussianBlur(m, o, cv::Size(11, 11), 1.5, 1.5, cv::BORDER_REFLECT);
        return o;
    };
    double sum = 0, wt = 0;
    for (int c = 0; c < 3; ++c) {
        const cv::Mat x = channel(a, c), y = channel(b, c);
        const cv::Mat mx = blur(x), my = blur(y);
        const cv::Mat sxx = blur(x.mul(x)) - mx.mul(mx), syy = blur(y.mul(y)) - my.mul(my), sxy = blur(x.mul(y)) - mx.mul(my);
        for (int r = 0; r < a.height; ++r)
            for (int q = 0; q < a.width; ++q) {
                const double ux = mx.at<double>(r, q), uy = my.at<double>(r, q);
                const double v = ((2 * ux * uy + c1) * (2 * sxy.at<double>(r, q) + c2)) /
                                 ((ux * ux + uy * uy + c1) * (sxx.at<double>(r, q) + syy.at<double>(r, q) + c2));
                const double k = weight_at(w, a.width, q, r);
                sum += k * v;
                wt += k;
            }
    }
    return sum / wt;
}

PixelWeights mask_weights(const std::vector<float>& mask, int mw, int mh, int w, int h, bool invert) {
    PixelWeights out(size_t(w) * size_t(h), 0.f);
    if (mask.size() != size_t(mw) * size_t(mh) || w <= 0 || h <= 0) return out;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float m = mask[size_t(y * mh / h) * mw + size_t(x * mw / w)];
            out[size_t(y) * w + x] = invert ? 1.f - m : m;
        }
    return out;
}

}  // namespace clue
