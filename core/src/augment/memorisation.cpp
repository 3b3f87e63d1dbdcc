// Near-copy check: thumbnails, the hand-made feature and the nearest-real scan (see memorisation.h for the why).
#include "augment/memorisation.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdlib>

namespace clue::memorisation {
namespace memorisation_detail {

/// The image as 8-bit RGB (OpenCV view over a copy, so the caller's Image is untouched).
cv::Mat to_rgb(const Image& image) {
    if (image.empty()) return cv::Mat(kThumbSize, kThumbSize, CV_8UC3, cv::Scalar(0, 0, 0));
    cv::Mat src(image.height, image.width, CV_8UC(image.channels), const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat rgb;
    if (image.channels == 1) cv::cvtColor(src, rgb, cv::COLOR_GRAY2RGB);
    else if (image.channels == 4) cv::cvtColor(src, rgb, cv::COLOR_RGBA2RGB);
    else rgb = src.clone();
    return rgb;
}

void normalise(float* v, size_t n) {
    double sq = 0;
    for (size_t i = 0; i < n; ++i) sq += double(v[i]) * v[i];
    // A flat image has no layout: a zero vector (cosine distance 1 to everything) rather than a division by zero.
    const double norm = std::sqrt(sq);
    for (size_t i = 0; i < n; ++i) v[i] = norm > 1e-12 ? static_cast<float>(v[i] / norm) : 0.0f;
}

}  // namespace memorisation_detail

Signature signature(const Image& image) {
    using namespace memorisation_detail;
    cv::Mat rgb = to_rgb(image);
    cv::Mat thumb, layout;
    cv::resize(rgb, thumb, cv::Size(kThumbSize, kThumbSize), 0, 0, cv::INTER_AREA);
    cv::resize(thumb, layout, cv::Size(kLayoutSize, kLayoutSize), 0, 0, cv::INTER_AREA);
    Signature s;
    s.thumb.assign(thumb.data, thumb.data + thumb.total() * 3);

    const size_t n_layout = size_t(kLayoutSize) * kLayoutSize * 3, n_hist = size_t(kHistBins) * 3;
    s.feature.resize(n_layout + n_hist, 0.0f);
    double mean = 0;
    for (size_t i = 0; i < n_layout; ++i) mean += layout.data[i];
    mean /= n_layout;
    for (size_t i = 0; i < n_layout; ++i) s.feature[i] = static_cast<float>(layout.data[i] - mean);
    normalise(s.feature.data(), n_layout);
    float* hist = s.feature.data() + n_layout;
    for (size_t i = 0; i < s.thumb.size(); ++i) hist[(i % 3) * kHistBins + s.thumb[i] * kHistBins / 256] += 1.0f;
    normalise(hist, n_hist);
    // Both halves are unit vectors; the joined one is scaled to unit length so the dot product is the cosine.
    for (auto& v : s.feature) v = static_cast<float>(v / std::sqrt(2.0));
    return s;
}

double pixel_distance(const Signature& a, const Signature& b) {
    if (a.thumb.size() != b.thumb.size() || a.thumb.empty()) return 1.0;
    std::int64_t sum = 0;
    for (size_t i = 0; i < a.thumb.size(); ++i) sum += std::abs(int(a.thumb[i]) - int(b.thumb[i]));
    return static_cast<double>(sum) / (255.0 * static_cast<double>(a.thumb.size()));
}

double feature_distance(const Signature& a, const Signature& b) {
    if (a.feature.size() != b.feature.size()) return 2.0;
    double dot = 0;
    for (size_t i = 0; i < a.feature.size(); ++i) dot += double(a.feature[i]) * b.feature[i];
    return 1.0 - dot;
}

void RealIndex::add(std::string path, const Image& image) {
    paths_.push_back(std::move(path));
    signatures_.push_back(signature(image));
}

Match RealIndex::nearest(const Image& generated, double threshold) const {
    return nearest(signature(generated), threshold);
}

Match RealIndex::nearest(const Signature& g, double threshold) const {
    Match m;
    int nearest_pixel = -1, nearest_feature = -1;
    for (size_t i = 0; i < signatures_.size(); ++i) {
        const double p = pixel_distance(g, signatures_[i]);
        const double f = feature_distance(g, signatures_[i]);
        if (nearest_pixel < 0 || p < m.pixel_distance) m.pixel_distance = p, nearest_pixel = static_cast<int>(i);
        if (nearest_feature < 0 || f < m.feature_distance) m.feature_distance = f, nearest_feature = static_cast<int>(i);
    }
    const bool by_pixel = nearest_pixel >= 0 && m.pixel_distance < threshold;
    const bool by_feature = nearest_feature >= 0 && m.feature_distance < threshold / 5.0;
    m.flagged = by_pixel || by_feature;
    m.nearest = by_pixel || !by_feature ? nearest_pixel : nearest_feature;
    return m;
}

}  // namespace clue::memorisation
