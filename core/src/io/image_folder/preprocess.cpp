// The four-stage endoscope preprocessing of methods.md §2.7: field-of-view circle, mask, square crop, resize.
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "clue/dataset.h"
#include "common/error.h"
#include "common/json_reader.h"

namespace clue {

namespace preprocess_detail {

// Below this share of dark pixels there is no aperture surround worth trusting (a plain photo or a full-frame scope).
constexpr double kMinDarkFraction = 0.02;
// The aperture must cover at least this share of the frame; smaller bright blobs are reflections or overlays.
constexpr double kMinApertureFraction = 0.05;
// Share of the rim (outline off the frame border) that must lie on the fitted circle.
constexpr double kMinOnCircle = 0.6;

struct Circle {
    double x = 0, y = 0, r = 0;
};

cv::Mat to_rgb_mat(const Image& image) {
    if (image.empty() || (image.channels != 1 && image.channels != 3 && image.channels != 4) ||
        image.pixels.size() != size_t(image.width) * image.height * image.channels)
        fail(Errc::InvalidArgument, "preprocess: invalid image (" + std::to_string(image.width) + "x" +
                                        std::to_string(image.height) + "x" + std::to_string(image.channels) + ", " +
                                        std::to_string(image.pixels.size()) + " bytes)");
    const int type = image.channels == 1 ? CV_8UC1 : image.channels == 3 ? CV_8UC3 : CV_8UC4;
    cv::Mat view(image.height, image.width, type, const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat rgb;
    if (image.channels == 1)
        cv::cvtColor(view, rgb, cv::COLOR_GRAY2RGB);
    else if (image.channels == 4)
        cv::cvtColor(view, rgb, cv::COLOR_RGBA2RGB);
    else
        rgb = view.clone();
    return rgb;
}

Image to_image(const cv::Mat& rgb) {
    Image out = Image::blank(rgb.cols, rgb.rows, 3);
    for (int y = 0; y < rgb.rows; ++y) std::memcpy(out.row(y), rgb.ptr(y), size_t(rgb.cols) * 3);
    return out;
}

// Algebraic (Kåsa) least-squares circle: x² + y² + D·x + E·y + F = 0. Unlike cv::minEnclosingCircle it only needs
// an arc, so it recovers the true aperture when the frame edges clip it (the chord along the edge is excluded
// by the caller); minEnclosingCircle of a one-sided clipped disc is too small and off-centre.
bool fit_circle(const std::vector<cv::Point>& pts, Circle& out) {
    if (pts.size() < 8) return false;
    cv::Mat a(int(pts.size()), 3, CV_64F), b(int(pts.size()), 1, CV_64F), sol;
    for (int i = 0; i < int(pts.size()); ++i) {
        const double x = pts[i].x, y = pts[i].y;
        a.at<double>(i, 0) = x;
        a.at<double>(i, 1) = y;
        a.at<double>(i, 2) = 1.0;
        b.at<double>(i, 0) = -(x * x + y * y);
    }
    if (!cv::solve(a, b, sol, cv::DECOMP_SVD)) return false;
    const double d = sol.at<double>(0), e = sol.at<double>(1), f = sol.at<double>(2);
    const double r2 = (d * d + e * e) / 4.0 - f;
    if (!(r2 > 0) || !std::isfinite(r2)) return false;
    out = Circle{-d / 2.0, -e / 2.0, std::sqrt(r2)};
    return true;
}

// Stage 1. Returns false when there is no meaningful dark surround or no plausible aperture.
bool detect_fov(const cv::Mat& rgb, int dark_threshold, Circle& circle) {
    cv::Mat gray;
    cv::cvtColor(rgb, gray, cv::COLOR_RGB2GRAY);
    const double total = double(gray.total());
    cv::Mat bright = gray >= dark_threshold;  // 255 = inside the aperture (non-surround)
    if (total - cv::countNonZero(bright) < kMinDarkFraction * total) return false;

    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(bright, labels, stats, centroids, 8, CV_32S);
    int best = 0, best_area = 0;
    for (int i = 1; i < n; ++i) {
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (area > best_area) best = i, best_area = area;  // ties: the lower label (first in raster order)
    }
    if (best == 0 || best_area < kMinApertureFraction * total) return false;

    // Outer contour only: dark spots inside the aperture (shadows, wax) make holes, which must not count as rim.
    cv::Mat component = labels == best;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(component, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    if (contours.empty()) return false;
    const auto& contour = *std::max_element(contours.begin(), contours.end(), [](const auto& p, const auto& q) {
        return p.size() < q.size();
    });

    // Points on the frame border are where the image clips the aperture, not its rim: leave them out of the fit.
    std::vector<cv::Point> rim;
    for (const cv::Point& p : contour)
        if (p.x > 0 && p.y > 0 && p.x < gray.cols - 1 && p.y < gray.rows - 1) rim.push_back(p);
    const std::vector<cv::Point> outline = rim;
    Circle c;
    bool ok = fit_circle(rim, c);
    // Two rounds of outlier rejection: overlays touching the rim and dark intrusions bend the contour locally.
    for (int round = 0; ok && round < 2; ++round) {
        const double tol = std::max(2.0, 0.03 * c.r);
        std::vector<cv::Point> kept;
        for (const cv::Point& p : rim)
            if (std::abs(std::hypot(p.x - c.x, p.y - c.y) - c.r) <= tol) kept.push_back(p);
        if (kept.size() == rim.size()) break;
        Circle refit;
        if (kept.size() < rim.size() / 2 || !fit_circle(kept, refit)) break;
        rim.swap(kept);
        c = refit;
    }
    const double max_r = std::max(gray.cols, gray.rows);
    ok = ok && c.r <= max_r && c.x >= 0 && c.y >= 0 && c.x < gray.cols && c.y < gray.rows;
    if (ok) {
        // A round aperture puts most of its outline on the circle; the bright rectangle of a letterboxed video or
        // an irregular bright scene does not, and must not be cropped as if it were round.
        const double tol = std::max(2.0, 0.03 * c.r);
        const auto on_circle = std::count_if(outline.begin(), outline.end(), [&](const cv::Point& p) {
            return std::abs(std::hypot(p.x - c.x, p.y - c.y) - c.r) <= tol;
        });
        if (double(on_circle) < kMinOnCircle * double(outline.size())) return false;
    } else {
        // Too little rim left to fit an arc (the aperture is mostly outside the frame): the enclosing circle of
        // the component is then the best remaining guess.
        cv::Point2f centre;
        float radius = 0;
        cv::minEnclosingCircle(contour, centre, radius);
        c = Circle{centre.x, centre.y, radius};
    }
    if (c.r < 0.1 * std::min(gray.cols, gray.rows)) return false;
    // The contour runs through the outermost aperture pixels' centres; the rim itself lies half a pixel further out.
    c.r += 0.5;
    circle = c;
    return true;
}

// Stage 2: zero every pixel whose centre lies outside the circle.
void mask_outside(cv::Mat& rgb, const Circle& c) {
    const double r2 = c.r * c.r;
    for (int y = 0; y < rgb.rows; ++y) {
        auto* p = rgb.ptr<cv::Vec3b>(y);
        const double dy2 = (y - c.y) * (y - c.y);
        for (int x = 0; x < rgb.cols; ++x)
            if ((x - c.x) * (x - c.x) + dy2 > r2) p[x] = cv::Vec3b(0, 0, 0);
    }
}

// Stage 3. The square is centred on the circle and as wide as its bounding box; what lies outside the image stays
// black. That is "crop to the bounding box clipped to the image, then pad to a square" with the padding put where
// the frame clipped the aperture, so the circle stays centred and round (a 16:9 frame clipped top and bottom gets
// black bands top and bottom). Without a circle: the centred square of the shorter edge.
cv::Mat crop_square(const cv::Mat& rgb, const Circle* c) {
    int x0, y0, side;
    if (c) {
        // every pixel centre within r of the true centre is within r + 0.5 of the rounded one
        const int half = int(std::floor(c->r + 0.5));
        side = 2 * half + 1;
        x0 = int(std::lround(c->x)) - half;
        y0 = int(std::lround(c->y)) - half;
    } else {
        side = std::min(rgb.cols, rgb.rows);
        x0 = (rgb.cols - side) / 2;
        y0 = (rgb.rows - side) / 2;
    }
    cv::Mat out(side, side, CV_8UC3, cv::Scalar::all(0));
    const cv::Rect inside = cv::Rect(x0, y0, side, side) & cv::Rect(0, 0, rgb.cols, rgb.rows);
    if (inside.area() > 0) rgb(inside).copyTo(out(cv::Rect(inside.x - x0, inside.y - y0, inside.width, inside.height)));
    return out;
}

// Stage 4: area averaging when shrinking (no aliasing), bicubic when enlarging (area would be nearest-neighbour).
cv::Mat resize_to(const cv::Mat& rgb, int size) {
    if (rgb.cols == size && rgb.rows == size) return rgb;
    cv::Mat out;
    const bool shrink = double(rgb.cols) * rgb.rows > double(size) * size;
    cv::resize(rgb, out, cv::Size(size, size), 0, 0, shrink ? cv::INTER_AREA : cv::INTER_CUBIC);
    return out;
}

Result<PreprocessStages> run(const Image& image, const PreprocessOptions& options, bool keep_stages) {
    if (Status s = validate(options); !s) return s.error();
    return run_guarded([&]() -> Result<PreprocessStages> {
        PreprocessStages st;
        cv::Mat rgb = to_rgb_mat(image);
        if (keep_stages) st.original = to_image(rgb);
        Circle circle;
        if (options.detect_fov && detect_fov(rgb, options.dark_threshold, circle)) {
            circle.r *= 1.0 - options.fov_shrink;
            st.fov_found = true;
            st.circle_x = circle.x, st.circle_y = circle.y, st.circle_radius = circle.r;
        }
        if (keep_stages) {
            cv::Mat overlay = rgb.clone();
            if (st.fov_found) {
                const int thick = std::max(1, std::min(rgb.cols, rgb.rows) / 200);
                cv::circle(overlay, cv::Point(int(std::lround(circle.x)), int(std::lround(circle.y))),
                           int(std::lround(circle.r)), cv::Scalar(0, 255, 0), thick, cv::LINE_AA);
            }
            st.fov_overlay = to_image(overlay);
        }
        // Without a circle there is nothing to mask: the centred-square crop removes the sides instead.
        if (options.mask_outside && st.fov_found) mask_outside(rgb, circle);
        if (keep_stages) st.masked = to_image(rgb);
        if (options.crop_square) rgb = crop_square(rgb, st.fov_found ? &circle : nullptr);
        if (keep_stages) st.cropped = to_image(rgb);
        if (options.resize) rgb = resize_to(rgb, options.size);
        st.result = to_image(rgb);
        return st;
    });
}

}  // namespace preprocess_detail

Status validate(const PreprocessOptions& o) {
    std::string why;
    auto add = [&why](const std::string& s) { why += (why.empty() ? "" : "; ") + s; };
    if (o.size < 8 || o.size > 4096) add("size must be 8…4096, got " + std::to_string(o.size));
    if (o.dark_threshold < 0 || o.dark_threshold > 255)
        add("dark_threshold must be 0…255, got " + std::to_string(o.dark_threshold));
    if (!(o.fov_shrink >= 0.0 && o.fov_shrink <= 0.5))  // also rejects NaN
        add("fov_shrink must be 0…0.5, got " + nlohmann::json(o.fov_shrink).dump());
    if (!why.empty()) return Error{Errc::InvalidArgument, "preprocess options: " + why};
    return Ok{};
}

std::string to_json(const PreprocessOptions& o) {
    nlohmann::ordered_json j;
    j["detect_fov"] = o.detect_fov;
    j["mask_outside"] = o.mask_outside;
    j["crop_square"] = o.crop_square;
    j["resize"] = o.resize;
    j["size"] = o.size;
    j["dark_threshold"] = o.dark_threshold;
    j["fov_shrink"] = o.fov_shrink;
    return j.dump();
}

Result<PreprocessOptions> preprocess_options_from_json(const std::string& json) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception& e) {
        return Error{Errc::BadFormat, std::string("preprocess options: not valid JSON (") + e.what() + ")"};
    }
    if (!j.is_object())
        return Error{Errc::InvalidArgument,
                     std::string("preprocess options: expected an object, got ") + j.type_name()};
    PreprocessOptions o;
    options_detail::Reader r(j, "preprocess options");
    r.boolean("detect_fov", o.detect_fov);
    r.boolean("mask_outside", o.mask_outside);
    r.boolean("crop_square", o.crop_square);
    r.boolean("resize", o.resize);
    r.integer("size", o.size);
    r.integer("dark_threshold", o.dark_threshold);
    r.real("fov_shrink", o.fov_shrink);
    if (!r.error().empty()) return Error{Errc::InvalidArgument, r.error()};
    if (Status s = validate(o); !s) return s.error();
    return o;
}

Result<PreprocessStages> preprocess_stages(const Image& image, const PreprocessOptions& options) {
    return preprocess_detail::run(image, options, true);
}

Result<Image> preprocess(const Image& image, const PreprocessOptions& options) {
    auto st = preprocess_detail::run(image, options, false);
    if (!st) return st.error();
    return std::move(st->result);
}

}  // namespace clue
