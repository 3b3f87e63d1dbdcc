// Four-stage endoscope preprocessing: synthetic apertures of known geometry (centre, radius, clipping), burnt-in
// overlays outside the aperture, each stage switched off in turn, options JSON.
#include <QtTest>

#include <array>
#include <cmath>

#include "clue/dataset.h"

namespace {

constexpr std::uint8_t kOverlay = 255;

/// Black frame with a textured reddish disc of centre (cx, cy), radius r (pixel centres within r are inside) and
/// white overlay boxes: a "timestamp" in the bottom-left corner and a "logo" at the top left.
clue::Image scope_frame(int w, int h, double cx, double cy, double r, bool overlays = true) {
    clue::Image im = clue::Image::blank(w, h, 3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint8_t* p = im.row(y) + 3 * x;
            if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                p[0] = std::uint8_t(150 + (x * 7 + y * 3) % 60);
                p[1] = std::uint8_t(80 + (x + y) % 40);
                p[2] = std::uint8_t(60 + (x * 5) % 30);
            } else if (overlays) {
                const bool timestamp = x >= 4 && x < 36 && y >= 110 && y < 117;
                const bool logo = x >= 32 && x < 40 && y >= 12 && y < 18;
                if (timestamp || logo) p[0] = p[1] = p[2] = kOverlay;
            }
        }
    return im;
}

const std::uint8_t* px(const clue::Image& im, int x, int y) { return im.row(y) + im.channels * x; }
bool is_black(const clue::Image& im, int x, int y) {
    const auto* p = px(im, x, y);
    return p[0] == 0 && p[1] == 0 && p[2] == 0;
}

clue::PreprocessOptions exact() {
    clue::PreprocessOptions o;
    o.fov_shrink = 0.0;
    o.size = 64;
    return o;
}

}  // namespace

class TestPreprocess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detects_the_aperture_circle() {
        const auto st = clue::preprocess_stages(scope_frame(160, 120, 80, 60, 50), exact());
        QVERIFY2(st.ok(), st.ok() ? "" : st.error().detail.c_str());
        QVERIFY(st->fov_found);
        QVERIFY2(std::abs(st->circle_x - 80) <= 2 && std::abs(st->circle_y - 60) <= 2,
                 qPrintable(QString("centre %1,%2").arg(st->circle_x).arg(st->circle_y)));
        QVERIFY2(std::abs(st->circle_radius - 50) <= 2, qPrintable(QString("radius %1").arg(st->circle_radius)));
        // fov_shrink takes its fraction off the radius
        auto o = exact();
        o.fov_shrink = 0.1;
        const auto shrunk = clue::preprocess_stages(scope_frame(160, 120, 80, 60, 50), o);
        QVERIFY(shrunk.ok());
        QVERIFY(std::abs(shrunk->circle_radius - 0.9 * st->circle_radius) < 1e-6);
        // the overlay shows the circle: pixels on the rim changed, the original is untouched
        QCOMPARE(st->original.pixels, scope_frame(160, 120, 80, 60, 50).pixels);
        QVERIFY(st->fov_overlay.pixels != st->original.pixels);
    }

    void masks_overlays_and_crops_square() {
        const clue::Image in = scope_frame(160, 120, 80, 60, 50);
        const auto st = clue::preprocess_stages(in, exact());
        QVERIFY(st.ok());
        QCOMPARE(st->masked.width, 160);
        for (int y = 110; y < 117; ++y)
            for (int x = 4; x < 36; ++x) QVERIFY2(is_black(st->masked, x, y), "timestamp not masked");
        QVERIFY(is_black(st->masked, 35, 15));
        QCOMPARE(std::vector<std::uint8_t>(px(st->masked, 80, 60), px(st->masked, 80, 60) + 3),
                 std::vector<std::uint8_t>(px(in, 80, 60), px(in, 80, 60) + 3));
        // square around the circle: about 2r+1 wide, the circle's centre in the middle
        QCOMPARE(st->cropped.width, st->cropped.height);
        QVERIFY2(std::abs(st->cropped.width - 101) <= 2, qPrintable(QString::number(st->cropped.width)));
        const int c = st->cropped.width / 2;
        QVERIFY(!is_black(st->cropped, c, c));
        QVERIFY(!is_black(st->cropped, c, 2) && !is_black(st->cropped, 2, c));  // the rim touches the square's edges
        QVERIFY(is_black(st->cropped, 1, 1));                                    // corners are outside the circle
        QCOMPARE(st->result.width, 64);
        QCOMPARE(st->result.height, 64);
        QCOMPARE(st->result.channels, 3);
        QCOMPARE(int(st->result.pixels.size()), 64 * 64 * 3);
        // preprocess() is the last stage of preprocess_stages(), and both are deterministic
        const auto only = clue::preprocess(in, exact());
        QVERIFY(only.ok());
        QCOMPARE(only->pixels, st->result.pixels);
        QCOMPARE(clue::preprocess(in, exact())->pixels, only->pixels);
    }

    void each_stage_can_be_switched_off() {
        const clue::Image in = scope_frame(160, 120, 80, 60, 50);
        auto o = exact();
        o.detect_fov = false;  // no circle: nothing masked, centred 120x120 square
        auto st = clue::preprocess_stages(in, o);
        QVERIFY(st.ok());
        QVERIFY(!st->fov_found);
        QCOMPARE(st->fov_overlay.pixels, in.pixels);
        QCOMPARE(st->masked.pixels, in.pixels);
        QCOMPARE(st->cropped.width, 120);
        QCOMPARE(st->cropped.height, 120);
        QCOMPARE(px(st->cropped, 35 - 20, 15)[0], kOverlay);  // the logo survives, shifted by the 20-px side crop

        o = exact();
        o.mask_outside = false;  // circle found, overlays kept
        st = clue::preprocess_stages(in, o);
        QVERIFY(st.ok() && st->fov_found);
        QCOMPARE(st->masked.pixels, in.pixels);
        const int x0 = int(std::lround(st->circle_x)) - st->cropped.width / 2;
        const int y0 = int(std::lround(st->circle_y)) - st->cropped.width / 2;
        QCOMPARE(px(st->cropped, 35 - x0, 15 - y0)[0], kOverlay);
        st = clue::preprocess_stages(in, exact());
        QVERIFY(is_black(st->cropped, 35 - x0, 15 - y0));

        o = exact();
        o.crop_square = false;  // stage 3 off: full frame, stretched to the square by stage 4
        st = clue::preprocess_stages(in, o);
        QVERIFY(st.ok());
        QCOMPARE(st->cropped.width, 160);
        QCOMPARE(st->cropped.height, 120);
        QCOMPARE(st->result.width, 64);

        o = exact();
        o.resize = false;  // stage 4 off: the result is the crop
        st = clue::preprocess_stages(in, o);
        QVERIFY(st.ok());
        QCOMPARE(st->result.pixels, st->cropped.pixels);
        QCOMPARE(st->result.width, st->cropped.width);

        o = exact();
        o.size = 256;  // enlarging works too
        QCOMPARE(clue::preprocess(in, o)->width, 256);
    }

    void no_dark_surround_falls_back_to_centre_square() {
        clue::Image bright = clue::Image::blank(160, 120, 3);
        for (size_t i = 0; i < bright.pixels.size(); ++i) bright.pixels[i] = std::uint8_t(120 + i % 97);
        const auto st = clue::preprocess_stages(bright, exact());
        QVERIFY(st.ok());
        QVERIFY(!st->fov_found);
        QCOMPARE(st->masked.pixels, bright.pixels);
        QCOMPARE(st->cropped.width, 120);
        QCOMPARE(std::vector<std::uint8_t>(px(st->cropped, 0, 0), px(st->cropped, 0, 0) + 3),
                 std::vector<std::uint8_t>(px(bright, 20, 0), px(bright, 20, 0) + 3));
        QCOMPARE(st->result.width, 64);
    }

    void rectangles_are_not_apertures() {
        // Pillarboxed 4:3 video in a 16:9 frame, and a bright rectangle in a dark frame: dark surround, no circle.
        for (const auto& [w, h, x0, y0, x1, y1] : {std::array<int, 6>{192, 108, 24, 0, 168, 108},
                                                   std::array<int, 6>{160, 120, 30, 20, 130, 100}}) {
            clue::Image im = clue::Image::blank(w, h, 3);
            for (int y = y0; y < y1; ++y)
                for (int x = x0; x < x1; ++x) im.row(y)[3 * x] = im.row(y)[3 * x + 1] = std::uint8_t(100 + x % 50);
            const auto st = clue::preprocess_stages(im, exact());
            QVERIFY(st.ok());
            QVERIFY2(!st->fov_found, qPrintable(QString("%1x%2: circle r=%3").arg(w).arg(h).arg(st->circle_radius)));
            QCOMPARE(st->cropped.width, h);
        }
    }

    void wide_frame_clipped_top_and_bottom() {
        // 16:9 frame, aperture taller than the frame: top and bottom of the circle are cut off.
        const auto st = clue::preprocess_stages(scope_frame(192, 108, 96, 54, 64, false), exact());
        QVERIFY(st.ok() && st->fov_found);
        QVERIFY2(std::abs(st->circle_x - 96) <= 2 && std::abs(st->circle_y - 54) <= 2,
                 qPrintable(QString("centre %1,%2").arg(st->circle_x).arg(st->circle_y)));
        QVERIFY2(std::abs(st->circle_radius - 64) <= 2, qPrintable(QString("radius %1").arg(st->circle_radius)));
        // padded, not squeezed: black bands above and below the frame's 108 rows, circle still centred
        QVERIFY2(std::abs(st->cropped.width - 129) <= 2, qPrintable(QString::number(st->cropped.width)));
        const int c = st->cropped.width / 2;
        QVERIFY(is_black(st->cropped, c, 3) && is_black(st->cropped, c, st->cropped.height - 4));
        QVERIFY(!is_black(st->cropped, c, c) && !is_black(st->cropped, 3, c));
    }

    void off_centre_circle_clipped_on_one_side() {
        // The left 15 px of the disc lie outside the frame; an enclosing circle would be too small and shifted.
        const auto st = clue::preprocess_stages(scope_frame(160, 120, 40, 60, 55, false), exact());
        QVERIFY(st.ok() && st->fov_found);
        QVERIFY2(std::abs(st->circle_x - 40) <= 2 && std::abs(st->circle_y - 60) <= 2,
                 qPrintable(QString("centre %1,%2").arg(st->circle_x).arg(st->circle_y)));
        QVERIFY2(std::abs(st->circle_radius - 55) <= 2, qPrintable(QString("radius %1").arg(st->circle_radius)));
        QVERIFY(is_black(st->cropped, 3, st->cropped.height / 2));  // padding where the frame cut the disc
    }

    void gray_and_rgba_inputs() {
        clue::Image gray = clue::Image::blank(160, 120, 1), rgba = clue::Image::blank(160, 120, 4);
        const clue::Image rgb = scope_frame(160, 120, 80, 60, 50);
        for (int i = 0; i < 160 * 120; ++i) {
            gray.pixels[i] = rgb.pixels[3 * i];
            for (int k = 0; k < 3; ++k) rgba.pixels[4 * i + k] = rgb.pixels[3 * i + k];
            rgba.pixels[4 * i + 3] = 255;
        }
        for (const auto* im : {&gray, &rgba}) {
            const auto st = clue::preprocess_stages(*im, exact());
            QVERIFY(st.ok() && st->fov_found);
            QCOMPARE(st->original.channels, 3);
            QCOMPARE(st->result.channels, 3);
            QVERIFY(std::abs(st->circle_radius - 50) <= 2);
        }
        QCOMPARE(clue::preprocess(rgba, exact())->pixels, clue::preprocess(rgb, exact())->pixels);
        auto bad = clue::preprocess(clue::Image{}, exact());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, clue::Errc::InvalidArgument);
    }

    void options_validate_and_json() {
        clue::PreprocessOptions o;
        QVERIFY(clue::validate(o).ok());
        o.size = 4;
        o.dark_threshold = 300;
        o.fov_shrink = 0.7;
        auto s = clue::validate(o);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, clue::Errc::InvalidArgument);
        for (const char* word : {"size", "4", "dark_threshold", "300", "fov_shrink", "0.7"})
            QVERIFY2(s.error().detail.find(word) != std::string::npos, s.error().detail.c_str());
        QCOMPARE(clue::preprocess(scope_frame(160, 120, 80, 60, 50), o).error().code, clue::Errc::InvalidArgument);

        clue::PreprocessOptions custom;
        custom.detect_fov = false;
        custom.crop_square = false;
        custom.size = 768;
        custom.dark_threshold = 30;
        custom.fov_shrink = 0.125;
        auto back = clue::preprocess_options_from_json(clue::to_json(custom));
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().detail.c_str());
        QCOMPARE(back->detect_fov, false);
        QCOMPARE(back->mask_outside, true);
        QCOMPARE(back->crop_square, false);
        QCOMPARE(back->resize, true);
        QCOMPARE(back->size, 768);
        QCOMPARE(back->dark_threshold, 30);
        QCOMPARE(back->fov_shrink, 0.125);

        auto partial = clue::preprocess_options_from_json(R"({"size": 256})");  // missing keys keep defaults
        QVERIFY(partial.ok());
        QCOMPARE(partial->size, 256);
        QCOMPARE(partial->dark_threshold, 15);
        QCOMPARE(partial->detect_fov, true);

        const std::pair<const char*, const char*> wrong[] = {
            {R"({"size": "big"})", "size"},         {R"({"resize": 1})", "resize"},
            {R"({"fov_shrink": 0.9})", "fov_shrink"}, {R"({"dark_threshold": -1})", "dark_threshold"},
            {R"({"size": 1.5})", "size"},           {R"([1, 2])", "object"}};
        for (const auto& [json, key] : wrong) {
            auto r = clue::preprocess_options_from_json(json);
            QVERIFY2(!r.ok(), json);
            QCOMPARE(r.error().code, clue::Errc::InvalidArgument);
            QVERIFY2(r.error().detail.find(key) != std::string::npos, r.error().detail.c_str());
        }
        auto junk = clue::preprocess_options_from_json("size = 512");
        QVERIFY(!junk.ok());
        QCOMPARE(junk.error().code, clue::Errc::BadFormat);
    }
};

QTEST_GUILESS_MAIN(TestPreprocess)
#include "test_preprocess.moc"
