// The synthetic otoscopy benchmark: determinism, classes told apart by plain colour statistics, every attribute
// measurably doing what it says (checked against geometry and physics, not stored outputs), the manifest round trip
// through scan_dataset, progress, cancellation and option checks.
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "clue/dataset.h"
#include "clue/demo_data.h"
#include "clue/png_meta.h"

namespace fs = std::filesystem;

namespace {

const char* const kClasses[] = {"Normal", "OME", "COM"};

/// Attributes that keep everything visible and out of the way of the effect under test.
clue::DemoAttributes plain() {
    clue::DemoAttributes a;
    a.illumination = 1.0, a.color_temperature = 0, a.rotation_deg = 0, a.zoom = 1.0, a.blur = 0, a.specular = 0;
    a.wax = 0, a.fov_radius = 0.45, a.timestamp = 0;
    return a;
}

clue::Image render(const std::string& cls, const clue::DemoAttributes& a, int size = 128, std::int64_t seed = 11) {
    auto r = clue::render_demo_image(cls, a, size, seed);
    if (!r) qFatal("render_demo_image: %s", r.error().detail.c_str());
    return *r;
}

double luma(const std::uint8_t* p) { return (0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2]) / 255.0; }

/// Per-channel means, mean luma and share of dark pixels (luma below 0.6 × the median) inside `inner`·radius.
struct Stats {
    double r = 0, g = 0, b = 0, luma = 0, dark = 0;
};
Stats fov_stats(const clue::Image& im, double fov_radius, double inner = 0.9) {
    const double c = (im.width - 1) / 2.0, rad = fov_radius * im.width * inner;
    std::vector<double> l;
    Stats s;
    for (int y = 0; y < im.height; ++y)
        for (int x = 0; x < im.width; ++x) {
            if (std::hypot(x - c, y - c) > rad) continue;
            const std::uint8_t* p = im.row(y) + 3 * x;
            s.r += p[0], s.g += p[1], s.b += p[2];
            l.push_back(luma(p));
        }
    const double n = double(l.size());
    s.r /= 255 * n, s.g /= 255 * n, s.b /= 255 * n;
    for (double v : l) s.luma += v / n;
    std::vector<double> sorted = l;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    const double median = sorted[sorted.size() / 2];
    for (double v : l) s.dark += (v < 0.6 * median) / n;
    return s;
}

/// Yellowness independent of brightness: blue's shortfall against green (red tissue has little green either).
double yellowness(const Stats& s) { return (s.g - s.b) / (s.r + s.g + s.b); }

/// Variance of the 4-neighbour Laplacian inside `inner`·radius (sharpness).
double laplacian_variance(const clue::Image& im, double fov_radius, double inner = 0.8) {
    const double c = (im.width - 1) / 2.0, rad = fov_radius * im.width * inner;
    double sum = 0, sum2 = 0;
    int n = 0;
    for (int y = 1; y < im.height - 1; ++y)
        for (int x = 1; x < im.width - 1; ++x) {
            if (std::hypot(x - c, y - c) > rad) continue;
            auto at = [&](int xx, int yy) { return luma(im.row(yy) + 3 * xx) * 255; };
            const double v = at(x - 1, y) + at(x + 1, y) + at(x, y - 1) + at(x, y + 1) - 4 * at(x, y);
            sum += v, sum2 += v * v, ++n;
        }
    return sum2 / n - (sum / n) * (sum / n);
}

/// Pixels brighter than mid-grey whose centre lies more than `margin` px outside the field of view.
int bright_outside(const clue::Image& im, double fov_radius, double margin = 1.5) {
    const double c = (im.width - 1) / 2.0, rad = fov_radius * im.width + margin;
    int n = 0;
    for (int y = 0; y < im.height; ++y)
        for (int x = 0; x < im.width; ++x)
            if (std::hypot(x - c, y - c) > rad && luma(im.row(y) + 3 * x) > 0.5) ++n;
    return n;
}

/// Share of field-of-view pixels whose colour differs by more than `levels` in some channel.
double changed_share(const clue::Image& a, const clue::Image& b, double fov_radius, int levels = 30) {
    const double c = (a.width - 1) / 2.0, rad = fov_radius * a.width;
    int n = 0, changed = 0;
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            if (std::hypot(x - c, y - c) > rad) continue;
            ++n;
            const std::uint8_t *p = a.row(y) + 3 * x, *q = b.row(y) + 3 * x;
            for (int k = 0; k < 3; ++k)
                if (std::abs(int(p[k]) - int(q[k])) > levels) {
                    ++changed;
                    break;
                }
        }
    return double(changed) / n;
}

class Recorder : public clue::SimpleJobContext {
public:
    explicit Recorder(int cancel_after = -1) : cancel_after_(cancel_after) {}
    bool cancel_requested() const override { return cancel_after_ >= 0 && calls_ > cancel_after_; }
    void report(std::string_view stage, std::int64_t done, std::int64_t total) override {
        stage_ = std::string(stage), done_ = done, total_ = total, ++calls_;
    }
    int cancel_after_;
    std::string stage_;
    std::int64_t done_ = -1, total_ = -1;
    int calls_ = 0;
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

class TestDemoData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void determinism() {
        for (const char* cls : kClasses) {
            const auto a = clue::sample_demo_attributes(5, 17);
            const clue::Image x = render(cls, a, 96, 123), y = render(cls, a, 96, 123), z = render(cls, a, 96, 124);
            QCOMPARE(x.width, 96);
            QCOMPARE(x.height, 96);
            QCOMPARE(x.channels, 3);
            QVERIFY(x.pixels == y.pixels);
            QVERIFY2(changed_share(x, z, a.fov_radius, 10) > 0.01, cls);  // another seed, another ear
        }
    }

    void attribute_sampling() {
        const auto a = clue::sample_demo_attributes(3, 4), b = clue::sample_demo_attributes(3, 4);
        QCOMPARE(a.illumination, b.illumination);
        QCOMPARE(a.fov_radius, b.fov_radius);
        QVERIFY(clue::sample_demo_attributes(3, 5).illumination != a.illumination);
        QVERIFY(clue::sample_demo_attributes(4, 4).illumination != a.illumination);
        int stamps = 0;
        double lo_ill = 9, hi_ill = 0, lo_wax = 9, hi_wax = 0;
        for (int i = 0; i < 400; ++i) {
            const auto s = clue::sample_demo_attributes(8, i);
            QVERIFY(s.illumination >= 0.55 && s.illumination <= 1.25);
            QVERIFY(s.color_temperature >= -1 && s.color_temperature <= 1);
            QVERIFY(s.rotation_deg >= -30 && s.rotation_deg <= 30);
            QVERIFY(s.zoom >= 0.8 && s.zoom <= 1.25);
            QVERIFY(s.blur >= 0 && s.blur <= 2.5);
            QVERIFY(s.specular >= 0 && s.specular <= 1);
            QVERIFY(s.wax >= 0 && s.wax <= 0.35);
            QVERIFY(s.fov_radius >= 0.38 && s.fov_radius <= 0.49);
            QVERIFY(s.timestamp == 0 || s.timestamp == 1);
            stamps += s.timestamp;
            lo_ill = std::min(lo_ill, s.illumination), hi_ill = std::max(hi_ill, s.illumination);
            lo_wax = std::min(lo_wax, s.wax), hi_wax = std::max(hi_wax, s.wax);
        }
        // uniform over the range: 400 draws reach within 3 % of both ends (failure odds ~1e-5 each)
        QVERIFY(lo_ill < 0.55 + 0.03 * 0.7 && hi_ill > 1.25 - 0.03 * 0.7);
        QVERIFY(lo_wax < 0.03 * 0.35 && hi_wax > 0.35 * 0.97);
        QVERIFY2(stamps > 240 && stamps < 320, qPrintable(QString::number(stamps)));  // p = 0.7, ±4 sd
    }

    void classes_differ_in_simple_statistics() {
        std::vector<Stats> st[3];
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < 20; ++i) {
                const auto a = clue::sample_demo_attributes(21, i);  // the same nuisance for every class
                st[c].push_back(fov_stats(render(kClasses[c], a, 64, 500 + i), a.fov_radius));
            }
        auto mean = [&](int c, auto f) {
            double m = 0;
            for (const auto& s : st[c]) m += f(s) / st[c].size();
            return m;
        };
        const auto yellow = [](const Stats& s) { return yellowness(s); };
        const auto dark = [](const Stats& s) { return s.dark; };
        const double y[3] = {mean(0, yellow), mean(1, yellow), mean(2, yellow)};
        const double d[3] = {mean(0, dark), mean(1, dark), mean(2, dark)};
        const QString msg = QString("yellowness %1 %2 %3, dark %4 %5 %6")
                                .arg(y[0]).arg(y[1]).arg(y[2]).arg(d[0]).arg(d[1]).arg(d[2]);
        QVERIFY2(y[1] > y[0] + 0.08 && y[1] > y[2] + 0.08, qPrintable(msg));  // amber effusion
        QVERIFY2(d[2] > d[0] + 0.05 && d[2] > d[1] + 0.05, qPrintable(msg));  // the perforation's dark middle ear
        // Per image too: a nearest-centroid rule on (yellowness, dark share), each scaled by its spread over all 60
        // images, leave-one-out, gets most right (chance: 20 of 60).
        double sy = 0, sd = 0;
        for (int c = 0; c < 3; ++c)
            for (const auto& s : st[c]) sy += std::pow(yellowness(s) - (y[0] + y[1] + y[2]) / 3, 2) / 60,
                                        sd += std::pow(s.dark - (d[0] + d[1] + d[2]) / 3, 2) / 60;
        sy = std::sqrt(sy), sd = std::sqrt(sd);
        int right = 0;
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < 20; ++i) {
                int best = -1;
                double best_d = 1e9;
                for (int k = 0; k < 3; ++k) {
                    double cy = 0, cd = 0;
                    int n = 0;
                    for (int j = 0; j < 20; ++j)
                        if (k != c || j != i) cy += yellowness(st[k][j]), cd += st[k][j].dark, ++n;
                    const double dist = std::hypot((yellowness(st[c][i]) - cy / n) / sy, (st[c][i].dark - cd / n) / sd);
                    if (dist < best_d) best_d = dist, best = k;
                }
                right += best == c;
            }
        QVERIFY2(right >= 51, qPrintable(QString("%1 of 60 right; ").arg(right) + msg));
    }

    void illumination_scales_brightness() {
        auto a = plain();
        double last = 0;
        for (double ill : {0.6, 0.9, 1.2}) {
            a.illumination = ill;
            const double l = fov_stats(render("Normal", a), a.fov_radius).luma;
            QVERIFY2(l > last * 1.15,
                     qPrintable(QString("illumination %1: luma %2 after %3").arg(ill).arg(l).arg(last)));
            last = l;
        }
    }

    void color_temperature_shifts_red_against_blue() {
        auto a = plain();
        a.color_temperature = -1;
        const Stats cool = fov_stats(render("Normal", a), a.fov_radius);
        a.color_temperature = 1;
        const Stats warm = fov_stats(render("Normal", a), a.fov_radius);
        QVERIFY(warm.r / warm.b > 1.2 * cool.r / cool.b);
    }

    void blur_lowers_sharpness() {
        auto a = plain();
        double last = 1e18;
        for (double blur : {0.0, 1.0, 2.5}) {
            a.blur = blur;
            const double v = laplacian_variance(render("OME", a), a.fov_radius);
            QVERIFY2(v < 0.7 * last,
                     qPrintable(QString("blur %1: Laplacian variance %2 after %3").arg(blur).arg(v).arg(last)));
            last = v;
        }
    }

    void timestamp_only_outside_the_field_of_view() {
        for (double fov : {0.38, 0.44}) {
            auto a = plain();
            a.fov_radius = fov;
            a.timestamp = 0;
            const clue::Image without = render("COM", a);
            a.timestamp = 1;
            const clue::Image with = render("COM", a);
            QCOMPARE(bright_outside(without, fov), 0);
            QVERIFY2(bright_outside(with, fov) > 15, qPrintable(QString::number(bright_outside(with, fov))));
            QCOMPARE(changed_share(with, without, fov, 0), 0.0);  // nothing inside the circle moves
        }
    }

    void field_of_view_is_what_preprocessing_finds() {
        clue::PreprocessOptions pre;
        pre.fov_shrink = 0;
        pre.size = 64;
        for (double fov : {0.38, 0.43, 0.49})
            for (const char* cls : kClasses) {
                auto a = plain();
                a.fov_radius = fov, a.timestamp = 1, a.wax = 0.2, a.illumination = 0.6;  // text and wax at the rim too
                auto st = clue::preprocess_stages(render(cls, a, 128, 77), pre);
                QVERIFY(st.ok());
                QVERIFY(st->fov_found);
                const QString msg = QString("%1 fov %2: circle (%3, %4) r %5").arg(cls).arg(fov).arg(st->circle_x)
                                        .arg(st->circle_y).arg(st->circle_radius);
                QVERIFY2(std::abs(st->circle_radius - fov * 128) <= 3, qPrintable(msg));
                QVERIFY2(std::hypot(st->circle_x - 63.5, st->circle_y - 63.5) <= 2, qPrintable(msg));
            }
    }

    void specular_adds_white_spots() {
        auto a = plain();
        auto white = [&](const clue::Image& im) {
            int n = 0;
            for (size_t i = 0; i < im.pixels.size(); i += 3)
                n += im.pixels[i] > 245 && im.pixels[i + 1] > 245 && im.pixels[i + 2] > 245;
            return n;
        };
        a.specular = 0;
        const int none = white(render("COM", a));
        a.specular = 1;
        const int full = white(render("COM", a));
        QVERIFY2(full > none + 20, qPrintable(QString("%1 vs %2").arg(full).arg(none)));
    }

    void wax_covers_its_share_of_the_view() {
        auto a = plain();
        const clue::Image clean = render("Normal", a);
        for (double wax : {0.1, 0.3}) {
            a.wax = wax;
            const double share = changed_share(clean, render("Normal", a), a.fov_radius);
            QVERIFY2(share > 0.5 * wax && share < 1.6 * wax,
                     qPrintable(QString("wax %1 changed %2").arg(wax).arg(share)));
        }
    }

    void geometry_attributes_move_the_anatomy() {
        const auto base = plain();
        const clue::Image ref = render("Normal", base);
        auto a = base;
        a.rotation_deg = 30;
        QVERIFY(changed_share(ref, render("Normal", a), base.fov_radius) > 0.02);
        a = base;
        a.zoom = 1.25;
        QVERIFY(changed_share(ref, render("Normal", a), base.fov_radius) > 0.05);
    }

    void manifest_round_trip() {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const fs::path out = fs::path(tmp.path().toStdString()) / "bench";
        clue::DemoDataOptions o;
        o.output_dir = out.string(), o.per_class = 4, o.size = 48, o.seed = 9;
        Recorder rec;
        auto r = clue::make_demo_data(o, rec);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->images, 12);
        QCOMPARE(fs::path(r->manifest), out / "manifest.csv");
        QCOMPARE(rec.stage_, std::string("demo-data"));
        QCOMPARE(rec.done_, std::int64_t(12));
        QCOMPARE(rec.total_, std::int64_t(12));
        QVERIFY(fs::exists(out / "OME" / "OME_00003.png"));
        QVERIFY(!fs::exists(out / "OME" / "OME_00004.png"));

        auto ds = clue::scan_dataset(r->manifest);
        QVERIFY2(ds.ok(), ds.ok() ? "" : ds.error().detail.c_str());
        QVERIFY(ds->skipped.empty());
        QCOMPARE(ds->classes, (std::vector<std::string>{"Normal", "OME", "COM"}));
        QCOMPARE(int(ds->items.size()), 12);
        for (int c = 0; c < 3; ++c) QCOMPARE(ds->train_counts[c] + ds->validation_counts[c], 4);
        for (const auto& item : ds->items) {
            const std::string stem = fs::path(item.path).stem().string();
            const int c = item.class_index, i = std::stoi(stem.substr(stem.size() - 5));
            QCOMPARE(stem.substr(0, stem.size() - 6), item.class_name);
            QCOMPARE(item.width, 48);
            const auto a = clue::sample_demo_attributes(9, c * 4 + i);
            const std::pair<const char*, double> cols[] = {
                {"illumination", a.illumination}, {"color_temperature", a.color_temperature},
                {"rotation_deg", a.rotation_deg}, {"zoom", a.zoom}, {"blur", a.blur}, {"specular", a.specular},
                {"wax", a.wax}, {"fov_radius", a.fov_radius}, {"timestamp", double(a.timestamp)}};
            QCOMPARE(int(item.extra.size()), 9);
            for (const auto& [name, value] : cols) {
                QVERIFY2(item.extra.count(name), name);
                QVERIFY2(std::abs(std::stod(item.extra.at(name)) - value) < 1e-4, name);
            }
            // The PNG says where it came from, and its render seed redraws it exactly.
            auto text = clue::read_png_text(item.path);
            QVERIFY(text.ok());
            const auto j = nlohmann::json::parse(text->clue_json);
            QCOMPARE(j.at("synthetic").get<bool>(), true);
            QCOMPARE(j.at("class").get<std::string>(), item.class_name);
            QCOMPARE(j.at("seed").get<std::int64_t>(), std::int64_t(9));
            QCOMPARE(j.at("wax").get<double>(), a.wax);
            auto pixels = clue::read_image(item.path);
            QVERIFY(pixels.ok());
            QVERIFY(pixels->pixels == render(item.class_name, a, 48, j.at("render_seed").get<std::int64_t>()).pixels);
        }
        // The same options write the same bytes.
        o.output_dir = (out.parent_path() / "again").string();
        QVERIFY(clue::make_demo_data(o, rec).ok());
        QCOMPARE(slurp(out.parent_path() / "again" / "COM" / "COM_00002.png"), slurp(out / "COM" / "COM_00002.png"));
    }

    void cancel_leaves_complete_files_only() {
        QTemporaryDir tmp;
        const fs::path out = fs::path(tmp.path().toStdString()) / "bench";
        clue::DemoDataOptions o;
        o.output_dir = out.string(), o.per_class = 5, o.size = 40;
        Recorder rec(4);  // the initial report plus four images
        auto r = clue::make_demo_data(o, rec);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, clue::Errc::Cancelled);
        QVERIFY(!fs::exists(out / "manifest.csv"));
        int files = 0;
        for (const auto& e : fs::recursive_directory_iterator(out)) {
            if (!e.is_regular_file()) continue;
            ++files;
            QCOMPARE(e.path().extension().string(), std::string(".png"));
            QVERIFY2(clue::read_image(e.path().string()).ok(), e.path().c_str());
        }
        QCOMPARE(files, 4);
    }

    void bad_options_are_rejected() {
        Recorder rec;
        auto expect_invalid = [&](clue::DemoDataOptions o, const std::string& names) {
            auto r = clue::make_demo_data(o, rec);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, clue::Errc::InvalidArgument);
            QVERIFY2(r.error().detail.find(names) != std::string::npos, r.error().detail.c_str());
        };
        QTemporaryDir tmp;
        clue::DemoDataOptions o;
        o.output_dir = tmp.path().toStdString() + "/x";
        auto b = o;
        b.per_class = 0, expect_invalid(b, "0");
        b = o, b.per_class = 100001, expect_invalid(b, "100001");
        b = o, b.size = 31, expect_invalid(b, "31");
        b = o, b.size = 1025, expect_invalid(b, "1025");
        b = o, b.output_dir.clear(), expect_invalid(b, "output_dir");
        QVERIFY(!fs::exists(o.output_dir));  // nothing written for rejected options

        QCOMPARE(clue::render_demo_image("AOM", plain(), 64, 1).error().code, clue::Errc::InvalidArgument);
        QCOMPARE(clue::render_demo_image("Normal", plain(), 16, 1).error().code, clue::Errc::InvalidArgument);
        auto a = plain();
        a.illumination = 2.0;
        auto r = clue::render_demo_image("Normal", a, 64, 1);
        QVERIFY(!r.ok() && r.error().detail.find("illumination") != std::string::npos);
        a = plain(), a.fov_radius = std::nan("");
        QVERIFY(!clue::render_demo_image("Normal", a, 64, 1).ok());
        a = plain(), a.timestamp = 2;
        QVERIFY(!clue::render_demo_image("Normal", a, 64, 1).ok());
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "test_demo_data.moc"
