// Review images for masks and importance maps (CLI outputs, GUI overlays).
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

#include "clue/background.h"

namespace clue {

namespace {

cv::Mat resized_map(const std::vector<float>& map, int mw, int mh, int w, int h) {
    cv::Mat m(mh, mw, CV_32F, const_cast<float*>(map.data()));
    cv::Mat out;
    cv::resize(m, out, cv::Size(w, h), 0, 0, cv::INTER_LINEAR);
    return out;
}

// A black → purple → orange → yellow ramp (inferno-like, perceptually ordered), v in 0…1.
void ramp(float v, std::uint8_t* rgb) {
    static const float stops[5][3] = {{0, 0, 4}, {87, 16, 110}, {188, 55, 84}, {249, 142, 9}, {252, 255, 164}};
    v = std::clamp(v, 0.f, 1.f) * 4.f;
    const int i = std::min(3, static_cast<int>(v));
    const float t = v - static_cast<float>(i);
    for (int c = 0; c < 3; ++c)
        rgb[c] = static_cast<std::uint8_t>(std::lround(stops[i][c] + t * (stops[i + 1][c] - stops[i][c])));
}

}  // namespace

Image heat_image(const std::vector<float>& map, int mw, int mh, int w, int h) {
    Image out = Image::blank(w, h, 3);
    if (mw <= 0 || mh <= 0 || map.size() != size_t(mw) * size_t(mh) || w <= 0 || h <= 0) return out;
    const cv::Mat m = resized_map(map, mw, mh, w, h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) ramp(m.at<float>(y, x), out.row(y) + 3 * x);
    return out;
}

Image mask_image(const std::vector<float>& mask, int mw, int mh, int w, int h) {
    Image out = Image::blank(w, h, 1);
    if (mw <= 0 || mh <= 0 || mask.size() != size_t(mw) * size_t(mh) || w <= 0 || h <= 0) return out;
    // nearest for a hard mask keeps the latent cells visible as the replacement actually works on them
    cv::Mat m(mh, mw, CV_32F, const_cast<float*>(mask.data())), r;
    cv::resize(m, r, cv::Size(w, h), 0, 0, cv::INTER_NEAREST);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            out.row(y)[x] = static_cast<std::uint8_t>(std::lround(std::clamp(r.at<float>(y, x), 0.f, 1.f) * 255));
    return out;
}

Image mask_overlay(const Image& image, const std::vector<float>& mask, int mw, int mh) {
    Image out = Image::blank(image.width, image.height, 3);
    if (image.empty() || mw <= 0 || mh <= 0 || mask.size() != size_t(mw) * size_t(mh)) return out;
    const cv::Mat m = resized_map(mask, mw, mh, image.width, image.height);
    static const float tint[3] = {255, 64, 160};  // subject tinted magenta, background dimmed to 45 %
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t* p = image.row(y) + x * image.channels;
            const float a = std::clamp(m.at<float>(y, x), 0.f, 1.f);
            for (int c = 0; c < 3; ++c) {
                const float v = image.channels >= 3 ? p[c] : p[0];
                const float bg = 0.45f * v, fg = 0.65f * v + 0.35f * tint[c];
                out.row(y)[3 * x + c] = static_cast<std::uint8_t>(std::lround(std::clamp(a * fg + (1 - a) * bg, 0.f, 255.f)));
            }
        }
    return out;
}

}  // namespace clue
