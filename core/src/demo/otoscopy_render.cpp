// Procedural otoscopy frames: ear-canal skin, tympanic membrane with malleus and cone of light, the class findings
// (OME: amber fluid, meniscus, bubbles; COM: perforation, discharge) and the unprompted attributes. Drawn in float RGB
// [0, 1] with every length relative to the field-of-view radius, so a frame looks the same at 64² and at 512².
// Each component draws from its own random stream, so changing one attribute never moves anything else.
#include "demo/otoscopy_render.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace clue::otoscopy_detail {

using Poly = std::vector<cv::Point2d>;
constexpr double kPi = 3.14159265358979323846;

/// Unit vector at `deg` clockwise from 12 o'clock (image y points down).
cv::Point2d clock_dir(double deg) {
    const double r = deg * kPi / 180.0;
    return {std::sin(r), -std::cos(r)};
}

/// Smooth value noise in [-1, 1]: a cells × cells random grid, bicubically enlarged.
cv::Mat value_noise(Rng& rng, int size, int cells) {
    cv::Mat grid(cells, cells, CV_32F);
    for (int y = 0; y < cells; ++y)
        for (int x = 0; x < cells; ++x) grid.at<float>(y, x) = float(rng.uniform(-1.0, 1.0));
    cv::Mat out;
    cv::resize(grid, out, cv::Size(size, size), 0, 0, cv::INTER_CUBIC);
    return out;
}

/// Coverage mask in [0, 1]: anti-aliased with 1/16-pixel vertices, optionally feathered (Gaussian sigma in pixels).
cv::Mat poly_mask(int size, const Poly& poly, double feather = 0.0) {
    cv::Mat m8 = cv::Mat::zeros(size, size, CV_8U);
    std::vector<std::vector<cv::Point>> pts(1);
    for (const auto& p : poly) pts[0].emplace_back(int(std::lround(p.x * 16)), int(std::lround(p.y * 16)));
    cv::fillPoly(m8, pts, cv::Scalar(255), cv::LINE_AA, 4);
    cv::Mat m;
    m8.convertTo(m, CV_32F, 1.0 / 255.0);
    if (feather > 0.3) cv::GaussianBlur(m, m, cv::Size(), feather);
    return m;
}

/// Closed outline whose radius is modulated by harmonics 2…5 (all zero: an ellipse).
Poly wobbly_ellipse(cv::Point2d c, double rx, double ry, double angle_deg, const std::array<double, 4>& amp,
                    const std::array<double, 4>& phase) {
    const double ca = std::cos(angle_deg * kPi / 180), sa = std::sin(angle_deg * kPi / 180);
    Poly out;
    for (int i = 0; i < 120; ++i) {
        const double t = 2 * kPi * i / 120;
        double f = 1.0;
        for (int k = 0; k < 4; ++k) f += amp[k] * std::cos((k + 2) * t + phase[k]);
        const double u = rx * f * std::cos(t), v = ry * f * std::sin(t);
        out.emplace_back(c.x + u * ca - v * sa, c.y + u * sa + v * ca);
    }
    return out;
}

Poly ellipse(cv::Point2d c, double rx, double ry, double angle_deg = 0) {
    return wobbly_ellipse(c, rx, ry, angle_deg, {}, {});
}

/// Irregular outline: wax, perforations, plaques, discharge, highlights. Always draws 8 numbers.
Poly blob(Rng& rng, cv::Point2d c, double rx, double ry, double angle_deg, double irregularity) {
    std::array<double, 4> amp{}, phase{};
    for (int k = 0; k < 4; ++k)
        amp[k] = irregularity * rng.uniform(0.3, 1.0) / (k + 1), phase[k] = rng.uniform(0, 2 * kPi);
    return wobbly_ellipse(c, rx, ry, angle_deg, amp, phase);
}

/// A point at a random clock angle and a random fraction lo…hi of `radius` from `c` (draws in a fixed order:
/// function arguments are evaluated in an unspecified order, so no two draws may share an expression).
cv::Point2d random_around(Rng& rng, cv::Point2d c, double radius, double lo, double hi) {
    const double deg = rng.uniform(0, 360);
    const double r = radius * rng.uniform(lo, hi);
    return c + clock_dir(deg) * r;
}

/// A band from p0 (width w0) to p1 (width w1): malleus handle, meniscus pieces.
Poly tapered(cv::Point2d p0, cv::Point2d p1, double w0, double w1) {
    cv::Point2d d = p1 - p0;
    const double len = std::max(1e-9, std::hypot(d.x, d.y));
    const cv::Point2d n(-d.y / len, d.x / len);
    return {p0 + n * (w0 / 2), p1 + n * (w1 / 2), p1 - n * (w1 / 2), p0 - n * (w0 / 2)};
}

/// img ← img·(1 − α·mask) + source·α·mask; the source is `layer` (CV_32FC3) or, when empty, a flat colour.
void blend(cv::Mat& img, const cv::Mat& mask, const cv::Mat& layer, cv::Vec3f colour, double alpha) {
    for (int y = 0; y < img.rows; ++y) {
        auto* p = img.ptr<cv::Vec3f>(y);
        const float* m = mask.ptr<float>(y);
        const cv::Vec3f* l = layer.empty() ? nullptr : layer.ptr<cv::Vec3f>(y);
        for (int x = 0; x < img.cols; ++x) {
            const float a = float(alpha) * m[x];
            if (a > 0) p[x] = p[x] * (1 - a) + (l ? l[x] : colour) * a;
        }
    }
}

/// colour · (1 + Σ amplitude·noise): skin, membrane, fluid, mucosa and wax textures.
cv::Mat textured(cv::Vec3f colour, const std::vector<std::pair<const cv::Mat*, double>>& noises) {
    const int size = noises.front().first->rows;
    cv::Mat out(size, size, CV_32FC3);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            float f = 1;
            for (const auto& [n, a] : noises) f += float(a) * n->at<float>(y, x);
            out.at<cv::Vec3f>(y, x) = colour * f;
        }
    return out;
}

cv::Vec3f jitter(Rng& rng, cv::Vec3f c, double amount) {
    for (int k = 0; k < 3; ++k) c[k] = float(c[k] * (1 + rng.uniform(-amount, amount)));
    return c;
}

/// Area inside the field of view (radius fov) of a disc of radius r centred on its rim (circle-circle lens).
double rim_disc_area(double fov, double r) {
    const double d = fov;
    const double a1 = r * r * std::acos(std::clamp((d * d + r * r - fov * fov) / (2 * d * r), -1.0, 1.0));
    const double a2 = fov * fov * std::acos(std::clamp((d * d + fov * fov - r * r) / (2 * d * fov), -1.0, 1.0));
    const double k = (-d + r + fov) * (d + r - fov) * (d - r + fov) * (d + r + fov);
    return a1 + a2 - 0.5 * std::sqrt(std::max(0.0, k));
}

struct Scene {
    int size = 0;
    double fov = 0;               // field-of-view radius in pixels
    cv::Point2d centre;           // of the field of view
    cv::Point2d membrane, umbo;   // membrane centre, malleus tip
    double a = 0, b = 0, tilt = 0;  // membrane semi-axes (px) and orientation (deg)
    double malleus_deg = 0;
    cv::Mat img, membrane_mask;   // CV_32FC3 canvas, CV_32F coverage of the membrane
    cv::Mat low, low2, mid, fine;  // value-noise fields
};

void draw_membrane(Scene& s, DemoClass cls, Rng& rng) {
    static const cv::Vec3f kColour[] = {{0.76f, 0.72f, 0.71f}, {0.92f, 0.68f, 0.20f}, {0.88f, 0.85f, 0.80f}};
    const cv::Vec3f base = jitter(rng, kColour[int(cls)], 0.04);
    s.membrane_mask = cv::Mat(s.size, s.size, CV_32F);
    cv::Mat layer = textured(base, {{&s.low, cls == DemoClass::Com ? 0.10 : 0.07}, {&s.mid, 0.035}});
    cv::Mat annulus(s.size, s.size, CV_32F);
    const double ca = std::cos(s.tilt * kPi / 180), sa = std::sin(s.tilt * kPi / 180);
    for (int y = 0; y < s.size; ++y)
        for (int x = 0; x < s.size; ++x) {
            const double dx = x - s.membrane.x, dy = y - s.membrane.y;
            const double u = dx * ca + dy * sa, v = -dx * sa + dy * ca;
            const double rho = std::sqrt((u * u) / (s.a * s.a) + (v * v) / (s.b * s.b));
            s.membrane_mask.at<float>(y, x) = float(std::clamp((1 - rho) * std::min(s.a, s.b) + 0.5, 0.0, 1.0));
            // The membrane is a shallow cone: its periphery faces away from the light.
            layer.at<cv::Vec3f>(y, x) *= float(1.06 - 0.2 * rho * rho);
            annulus.at<float>(y, x) = float(std::exp(-std::pow((rho - 0.95) / 0.04, 2)));
            // the deep canal just outside the annulus (the sulcus) gets little light
            s.img.at<cv::Vec3f>(y, x) *= float(1 - 0.3 * std::exp(-std::pow((rho - 1.06) / 0.08, 2)));
        }
    blend(s.img, s.membrane_mask, layer, {}, cls == DemoClass::Normal ? 0.9 : 0.97);
    blend(s.img, annulus, {}, {0.93f, 0.86f, 0.84f}, cls == DemoClass::Com ? 0.55 : 0.35);
}

void draw_malleus(Scene& s, DemoClass cls, Rng& rng) {
    const bool ome = cls == DemoClass::Ome;
    const double len = s.a * (ome ? 0.48 : 0.58) * rng.uniform(0.9, 1.1);
    const cv::Point2d dir = clock_dir(s.malleus_deg), end = s.umbo + dir * len;
    const double w = s.fov * (ome ? 0.06 : 0.042);
    const cv::Point2d side(-dir.y, dir.x);
    if (ome)  // retraction throws a shadow along the handle and makes it stand out
        blend(s.img, poly_mask(s.size, tapered(s.umbo + side * w * 0.6, end + side * w * 0.6, w, w * 1.3), w * 0.3),
              {}, {0.35f, 0.22f, 0.10f}, 0.45);
    if (cls == DemoClass::Normal)  // the vascular strip along the handle
        blend(s.img,
              poly_mask(s.size, tapered(s.umbo - side * w * 0.9, end - side * w * 0.9, w * 0.3, w * 0.5), w * 0.2),
              {}, {0.80f, 0.35f, 0.32f}, 0.35);
    blend(s.img, poly_mask(s.size, tapered(s.umbo, end, w * 0.8, w * 1.2), w * 0.12), {}, {0.97f, 0.93f, 0.80f},
          ome ? 0.95 : cls == DemoClass::Com ? 0.6 : 0.8);
    blend(s.img, poly_mask(s.size, blob(rng, end + dir * w * 0.4, w * 1.1, w * 0.9, s.malleus_deg, 0.05), w * 0.15),
          {}, {0.99f, 0.96f, 0.86f}, ome ? 0.95 : 0.8);  // lateral (short) process
}

void draw_cone_of_light(Scene& s, DemoClass cls, Rng& rng) {
    if (cls == DemoClass::Com) return;  // a perforated, thickened membrane reflects no cone
    const bool ome = cls == DemoClass::Ome;
    const double deg = s.malleus_deg + 150 + rng.uniform(-8, 8);
    const double half = (ome ? 8 : 14) * rng.uniform(0.85, 1.15), len = s.a * (ome ? 0.4 : 0.62);
    const cv::Point2d apex = s.umbo + clock_dir(deg) * (0.1 * s.a);
    const Poly tri{apex, apex + clock_dir(deg - half) * len, apex + clock_dir(deg + half) * len};
    blend(s.img, poly_mask(s.size, tri, s.fov * 0.02), {}, {1.0f, 1.0f, 0.97f}, ome ? 0.35 : 0.85);
}

void draw_effusion(Scene& s, Rng& rng) {
    const int mode = rng.integer(0, 2);  // 0 meniscus, 1 bubbles, 2 both
    // Meniscus: the lowest arc of a large circle; above it the middle ear holds air and the membrane looks greyer.
    const double big = s.a * rng.uniform(1.6, 2.4), level = s.a * rng.uniform(-0.25, 0.3);
    const cv::Point2d bc = s.membrane + cv::Point2d(s.a * rng.uniform(-0.2, 0.2), level - big);
    if (mode != 1) {
        cv::Mat air = poly_mask(s.size, ellipse(bc, big, big), s.fov * 0.01).mul(s.membrane_mask);
        blend(s.img, air, {}, {0.80f, 0.72f, 0.55f}, 0.45);
        cv::Mat line8 = cv::Mat::zeros(s.size, s.size, CV_8U), line;
        const double w = std::max(1.0, s.fov * 0.025);
        cv::circle(line8, cv::Point(int(std::lround(bc.x * 16)), int(std::lround(bc.y * 16))), int(big * 16),
                   cv::Scalar(255), int(std::lround(w)), cv::LINE_AA, 4);
        line8.convertTo(line, CV_32F, 1.0 / 255.0);
        blend(s.img, line.mul(s.membrane_mask), {}, {0.38f, 0.22f, 0.06f}, 0.8);
    }
    const int n = rng.integer(3, 8);
    for (int i = 0; i < 8; ++i) {
        const double t = rng.uniform(0, 2 * kPi), r = s.a * std::sqrt(rng.uniform(0.02, 0.5));
        const double br = s.a * rng.uniform(0.04, 0.09);
        if (mode == 0 || i >= n) continue;
        const cv::Point2d c = s.membrane + cv::Point2d(std::cos(t) * r, std::sin(t) * r * 0.8 + 0.2 * s.a);
        const double rim_w = std::max(0.8, br * 0.25);
        const cv::Mat inner = poly_mask(s.size, ellipse(c, br - rim_w, br - rim_w));
        blend(s.img, poly_mask(s.size, ellipse(c, br, br), 0.3) - inner, {}, {0.40f, 0.25f, 0.08f}, 0.7);
        blend(s.img, inner, {}, {1, 0.92f, 0.7f}, 0.3);
        blend(s.img, poly_mask(s.size, ellipse(c + cv::Point2d(-0.35, -0.35) * br, br * 0.3, br * 0.22, -45), 0.3), {},
              {1, 1, 1}, 0.9);
    }
}

void draw_perforation(Scene& s, Rng& rng) {
    for (int i = 0; i < 2; ++i) {  // tympanosclerotic plaques on the remnant
        const cv::Point2d c = random_around(rng, s.membrane, s.a, 0.45, 0.75);
        const double len = s.a * rng.uniform(0.1, 0.2), deg = rng.uniform(0, 180);
        blend(s.img, poly_mask(s.size, blob(rng, c, len, s.a * 0.1, deg, 0.3), s.fov * 0.02).mul(s.membrane_mask), {},
              {0.98f, 0.97f, 0.93f}, 0.75);
    }
    const double share = rng.uniform(0.15, 0.45), aspect = rng.uniform(0.8, 1.25);
    const double r = std::sqrt(share * s.a * s.b);
    const double cx = s.a * rng.uniform(-0.2, 0.2), cy = s.b * rng.uniform(-0.1, 0.25), deg = rng.uniform(0, 180);
    const cv::Point2d c = s.membrane + cv::Point2d(cx, cy);
    const Poly hole = blob(rng, c, r * std::sqrt(aspect), r / std::sqrt(aspect), deg, 0.35);
    cv::Mat mask = poly_mask(s.size, hole).mul(s.membrane_mask), depth;
    // The rim of the hole shades the middle ear behind it; the promontory in the middle catches the light.
    cv::GaussianBlur(mask, depth, cv::Size(), std::max(0.5, r * 0.25));
    cv::Mat mucosa = textured({0.50f, 0.16f, 0.11f}, {{&s.mid, 0.22}, {&s.fine, 0.1}});
    for (int y = 0; y < s.size; ++y)
        for (int x = 0; x < s.size; ++x) mucosa.at<cv::Vec3f>(y, x) *= 0.35f + 0.65f * depth.at<float>(y, x);
    Poly thick = hole;
    for (auto& p : thick) p = c + (p - c) * 1.13;
    blend(s.img, poly_mask(s.size, thick, s.fov * 0.012).mul(s.membrane_mask), {}, {0.97f, 0.95f, 0.9f}, 0.7);
    blend(s.img, mask, mucosa, {}, 1.0);
    const int n = rng.chance(0.5) ? rng.integer(1, 3) : 0;  // discharge
    for (int i = 0; i < 3; ++i) {
        const cv::Point2d p = random_around(rng, c, r, 0.5, 1.0);
        const double rx = s.a * rng.uniform(0.06, 0.14), ry = s.a * rng.uniform(0.05, 0.1), deg = rng.uniform(0, 180);
        const Poly drop = blob(rng, p, rx, ry, deg, 0.3);
        if (i < n) blend(s.img, poly_mask(s.size, drop, s.fov * 0.01), {}, {0.95f, 0.88f, 0.55f}, 0.9);
    }
}

void draw_wax(Scene& s, double wax, Rng& rng) {
    const double deg = rng.uniform(0, 360);
    double lo = 0, hi = 2 * s.fov;  // radius whose in-view area is `wax` of the view
    for (int i = 0; i < 40; ++i) {
        const double mid = (lo + hi) / 2;
        (rim_disc_area(s.fov, mid) < wax * kPi * s.fov * s.fov ? lo : hi) = mid;
    }
    const double ry = lo * rng.uniform(0.85, 1.0), tilt = rng.uniform(0, 180);
    const Poly shape = blob(rng, s.centre + clock_dir(deg) * s.fov, lo, ry, tilt, 0.2);
    if (wax <= 0) return;
    cv::Mat mask = poly_mask(s.size, shape, s.fov * 0.01), edge;
    cv::GaussianBlur(mask, edge, cv::Size(), std::max(0.5, s.fov * 0.05));
    cv::Mat layer = textured({0.66f, 0.46f, 0.17f}, {{&s.low2, 0.12}, {&s.mid, 0.15}, {&s.fine, 0.1}});
    for (int y = 0; y < s.size; ++y)
        for (int x = 0; x < s.size; ++x) layer.at<cv::Vec3f>(y, x) *= 0.7f + 0.3f * edge.at<float>(y, x);
    blend(s.img, mask, layer, {}, 0.97);
}

/// Burnt-in date/time in a corner, as large as fits outside the field of view: two lines, else the time alone, else
/// hours and minutes (a wide aperture in a small frame leaves only a sliver of each corner).
void draw_timestamp(cv::Mat& rgb8, const Scene& s, Rng& rng) {
    int v[6];
    const int lo[6] = {2019, 1, 1, 7, 0, 0}, hi[6] = {2025, 12, 28, 18, 59, 59};
    for (int i = 0; i < 6; ++i) v[i] = std::clamp(rng.integer(lo[i], hi[i]), lo[i], hi[i]);
    char date[48], time[48];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", v[0], v[1], v[2]);
    std::snprintf(time, sizeof time, "%02d:%02d:%02d", v[3], v[4], v[5]);
    const int corner = rng.integer(0, 3);
    const int font = cv::FONT_HERSHEY_SIMPLEX, thick = std::max(1, s.size / 256);
    const double margin = std::max(1.0, s.size * 0.01);
    const std::vector<std::vector<std::string>> layouts = {{date, time}, {time}, {std::string(time).substr(0, 5)}};
    for (const auto& lines : layouts)
        for (double px = s.size * 0.045; px >= (lines.size() > 1 ? 3.0 : 2.0); px *= 0.92) {  // px: line height
            int base = 0;
            const double scale = px / cv::getTextSize(lines[0], font, 1.0, thick, &base).height;
            double w = 0;
            for (const auto& l : lines)
                w = std::max(w, cv::getTextSize(l, font, scale, thick, &base).width + thick + 1.0);
            const double h = px * (1.5 * lines.size() - 0.5) + thick + 1;
            // the text box's corner nearest the centre must stay clear of the aperture (anti-aliasing included)
            const double ix = s.size / 2.0 - margin - w, iy = s.size / 2.0 - margin - h;
            if (ix < 0 || iy < 0 || std::hypot(ix, iy) < s.fov + 1.5 + thick) continue;
            const double x0 = (corner & 1) ? s.size - margin - w : margin;
            const double y0 = (corner & 2) ? s.size - margin - h : margin;
            for (size_t k = 0; k < lines.size(); ++k)
                cv::putText(rgb8, lines[k], cv::Point(int(x0), int(y0 + px * (1 + 1.5 * k))), font, scale,
                            cv::Scalar(235, 235, 225), thick, cv::LINE_AA);
            return;
        }
}

Image render_otoscopy(DemoClass cls, const DemoAttributes& at, int size, std::uint64_t seed) {
    Rng layout(mix_seed(seed, 1)), texture(mix_seed(seed, 2)), finding(mix_seed(seed, 3)), spec(mix_seed(seed, 4)),
        wax(mix_seed(seed, 5)), clock(mix_seed(seed, 6));
    Scene s;
    s.size = size;
    s.fov = at.fov_radius * size;
    s.centre = {(size - 1) / 2.0, (size - 1) / 2.0};
    s.low = value_noise(texture, size, 5), s.low2 = value_noise(texture, size, 7);
    s.mid = value_noise(texture, size, 13), s.fine = value_noise(texture, size, 36);
    const double mx = layout.uniform(-0.05, 0.05), my = layout.uniform(-0.05, 0.05);
    s.membrane = s.centre + cv::Point2d(mx, my) * s.fov;
    s.a = s.fov * 0.8 * at.zoom * layout.uniform(0.95, 1.05);
    s.b = s.a * layout.uniform(0.82, 0.92);
    s.tilt = at.rotation_deg + layout.uniform(-10, 10);
    // OME retracts the membrane: the handle is foreshortened and swings towards the horizontal.
    s.malleus_deg = at.rotation_deg + layout.uniform(-6, 6) + (cls == DemoClass::Ome ? 40 : 0);
    s.umbo = s.membrane - clock_dir(s.malleus_deg) * (s.a * 0.08);

    const cv::Vec3f skin = jitter(layout, {0.88f, 0.58f, 0.50f}, 0.05);
    s.img = textured(skin, {{&s.low2, 0.08}, {&s.fine, 0.04}});
    for (int y = 0; y < size; ++y)  // canal wall nearer the speculum is lit more
        for (int x = 0; x < size; ++x)
            s.img.at<cv::Vec3f>(y, x) *=
                float(0.85 + 0.25 * std::min(1.0, std::hypot(x - s.centre.x, y - s.centre.y) / s.fov));
    draw_membrane(s, cls, layout);
    if (cls != DemoClass::Com)  // the incus shadow through the translucent membrane
        blend(s.img, poly_mask(size, blob(layout, s.membrane + clock_dir(s.malleus_deg + 60) * (0.45 * s.a), 0.12 * s.a,
                                          0.07 * s.a, s.malleus_deg, 0.1), 0.05 * s.a), {}, {0.45f, 0.33f, 0.3f}, 0.22);
    if (cls == DemoClass::Ome) draw_effusion(s, finding);
    draw_malleus(s, cls, layout);
    if (cls == DemoClass::Com) draw_perforation(s, finding);
    draw_cone_of_light(s, cls, layout);
    draw_wax(s, at.wax, wax);

    const double t = at.color_temperature;
    const cv::Scalar gains(1 + 0.12 * t, 1 + 0.01 * t, 1 - 0.16 * t);
    cv::multiply(s.img, gains, s.img);
    const double sigma = at.blur * size / 128.0;
    if (sigma > 0.05) cv::GaussianBlur(s.img, s.img, cv::Size(), sigma);

    cv::Mat glare = cv::Mat::zeros(size, size, CV_32F);  // specular highlights: added light, saturating to white
    for (int i = 0; i < 5; ++i) {
        const cv::Point2d c = random_around(spec, s.membrane, s.a, 0.0, 0.8);
        const double r = size * spec.uniform(0.012, 0.035), ry = r * spec.uniform(0.4, 1.0), deg = spec.uniform(0, 180);
        const Poly spot = blob(spec, c, r, ry, deg, 0.1);
        if (i < 3 || spec.chance(0.5)) cv::max(glare, poly_mask(size, spot, 0.35 * r + sigma), glare);
    }
    const double vignette = 0.3 + 0.15 * (1.25 - at.illumination) / 0.7;
    cv::Mat out(size, size, CV_8UC3);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const double d = std::hypot(x - s.centre.x, y - s.centre.y);
            const double gain = at.illumination * (1 - vignette * std::min(1.0, d * d / (s.fov * s.fov)));
            const double g = at.specular * std::min(1.0, 1.6 * glare.at<float>(y, x));
            const double inside = std::clamp(s.fov + 0.5 - d, 0.0, 1.0);  // anti-aliased aperture edge
            const cv::Vec3f& p = s.img.at<cv::Vec3f>(y, x);
            for (int k = 0; k < 3; ++k) {
                double v = std::min(1.0, p[k] * gain);
                v = v + (1 - v) * g;
                // scattered light keeps the darkest tissue above the preprocessing's surround threshold
                out.at<cv::Vec3b>(y, x)[k] = cv::saturate_cast<uchar>(255.0 * inside * (0.07 + 0.93 * v));
            }
        }
    if (at.timestamp == 1) draw_timestamp(out, s, clock);
    Image image = Image::blank(size, size, 3);
    for (int y = 0; y < size; ++y) std::memcpy(image.row(y), out.ptr(y), size_t(size) * 3);
    return image;
}

}  // namespace clue::otoscopy_detail
