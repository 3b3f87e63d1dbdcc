// The evaluation's report folder. Figures are drawn with OpenCV (core has no Qt); colours are Okabe–Ito
// (colour-blind safe), as the style-space scatter.
#include "evaluate/report_writer.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "clue/png_meta.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "evaluate/evaluate_json.h"
#include "io/image_folder/csv.h"

namespace clue::eval {
namespace {
namespace fs = std::filesystem;

const cv::Scalar kPalette[] = {{178, 114, 0}, {0, 159, 230}, {115, 158, 0}, {0, 94, 213},
                               {167, 121, 204}, {233, 180, 86}, {66, 228, 240}, {0, 0, 0}};  // BGR
const char* kHtmlPalette[] = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"};

std::string fmt(double v, int digits = 3) {
    char b[64];
    std::snprintf(b, sizeof b, "%.*f", digits, v);
    return b;
}

std::string html_escape(const std::string& s) {
    std::string o;
    for (char c : s) {
        switch (c) {
            case '&': o += "&amp;"; break;
            case '<': o += "&lt;"; break;
            case '>': o += "&gt;"; break;
            case '"': o += "&quot;"; break;
            default: o += c;
        }
    }
    return o;
}

void save_png(const cv::Mat& bgr, const std::string& path) {
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    Image out{rgb.cols, rgb.rows, 3, std::vector<std::uint8_t>(rgb.data, rgb.data + rgb.total() * 3)};
    if (auto s = write_png(path, out, PngText{}); !s) fail(s.error().code, s.error().detail);
}

void text(cv::Mat& img, const std::string& s, cv::Point at, double scale = 0.45) {
    cv::putText(img, s, at, cv::FONT_HERSHEY_SIMPLEX, scale, {0, 0, 0}, 1, cv::LINE_AA);
}

/// Macro-F1 against synthetic scale, one line (± sd bars) per synthetic set; real-only and real+synthetic as
/// horizontal reference lines (dashed). One panel per test set.
void draw_f1_figure(const EvaluationReport& r, const std::vector<std::string>& sets, const std::string& test,
                    const std::string& path) {
    const int width = 720, height = 420, left = 70, right = 190, top = 40, bottom = 55;
    cv::Mat img(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    const int pw = width - left - right, ph = height - top - bottom;
    std::vector<double> scales;
    for (const auto& f : r.f1)
        if (f.training == "synthetic" && f.test == test &&
            std::find(scales.begin(), scales.end(), f.scale) == scales.end())
            scales.push_back(f.scale);
    std::sort(scales.begin(), scales.end());
    auto px = [&](double scale) {
        const size_t i = size_t(std::find(scales.begin(), scales.end(), scale) - scales.begin());
        return left + (scales.size() <= 1 ? pw / 2 : int(20 + double(i) / double(scales.size() - 1) * (pw - 40)));
    };
    // The y axis starts a little below the lowest mean − sd (rounded down to 0.1), so close values stay apart.
    double lo = 1.0;
    for (const auto& f : r.f1)
        if (f.test == test) lo = std::min(lo, f.macro_f1_mean - f.macro_f1_sd);
    const double y0 = std::clamp(std::floor(lo * 10 - 0.5) / 10, 0.0, 0.9);
    auto py = [&](double f1) { return top + ph - int((std::clamp(f1, y0, 1.0) - y0) / (1 - y0) * ph); };
    cv::rectangle(img, {left, top}, {left + pw, top + ph}, cv::Scalar(80, 80, 80));
    for (int t = 0; t <= 5; ++t) {
        const double v = y0 + (1 - y0) * t / 5;
        const int y = py(v);
        cv::line(img, {left - 4, y}, {left + pw, y}, cv::Scalar(225, 225, 225));
        text(img, fmt(v, 2), {left - 44, y + 5});
    }
    for (double s : scales) text(img, fmt(s, 0) + "%", {px(s) - 18, top + ph + 20});
    text(img, "synthetic images per class (% of the real training set)", {left + 10, height - 12});
    text(img, "macro-F1 (" + test + " test)", {left - 10, top - 15}, 0.5);
    int legend_y = top + 15;
    auto legend = [&](const std::string& label, const cv::Scalar& colour, bool dashed) {
        if (dashed)
            for (int x = 0; x < 24; x += 8) cv::line(img, {left + pw + 12 + x, legend_y - 4}, {left + pw + 16 + x, legend_y - 4}, colour, 2);
        else cv::line(img, {left + pw + 12, legend_y - 4}, {left + pw + 36, legend_y - 4}, colour, 2, cv::LINE_AA);
        text(img, label, {left + pw + 42, legend_y});
        legend_y += 20;
    };
    auto hline = [&](double f1, const cv::Scalar& colour) {
        for (int x = left; x < left + pw; x += 12) cv::line(img, {x, py(f1)}, {std::min(x + 6, left + pw), py(f1)}, colour, 2);
    };
    for (const auto& f : r.f1)
        if (f.training == "real" && f.test == test) {
            hline(f.macro_f1_mean, cv::Scalar(120, 120, 120));
            legend("real only", cv::Scalar(120, 120, 120), true);
        }
    for (size_t si = 0; si < sets.size(); ++si) {
        const cv::Scalar colour = kPalette[si % 8];
        std::vector<cv::Point> pts;
        for (double s : scales)
            for (const auto& f : r.f1)
                if (f.training == "synthetic" && f.set == sets[si] && f.scale == s && f.test == test) {
                    const cv::Point p{px(s), py(f.macro_f1_mean)};
                    cv::line(img, {p.x, py(f.macro_f1_mean - f.macro_f1_sd)}, {p.x, py(f.macro_f1_mean + f.macro_f1_sd)},
                             colour, 1, cv::LINE_AA);
                    cv::circle(img, p, 4, colour, cv::FILLED, cv::LINE_AA);
                    pts.push_back(p);
                }
        if (pts.size() > 1) cv::polylines(img, pts, false, colour, 2, cv::LINE_AA);
        legend(sets[si] + " (synthetic)", colour, false);
        for (const auto& f : r.f1)
            if (f.training == "real+synthetic" && f.set == sets[si] && f.test == test) {
                hline(f.macro_f1_mean, colour);
                legend("real + " + sets[si], colour, true);
            }
    }
    save_png(img, path);
}

void draw_pca_figure(const ReportInputs& in, const std::string& path) {
    const int width = 640, height = 480, left = 60, right = 170, top = 40, bottom = 45;
    cv::Mat img(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    const int pw = width - left - right, ph = height - top - bottom;
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    for (const auto& p : in.pca) x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
    const double dx = std::max(1e-9, x1 - x0), dy = std::max(1e-9, y1 - y0);
    cv::rectangle(img, {left, top}, {left + pw, top + ph}, cv::Scalar(80, 80, 80));
    // Synthetic points first, real on top (the reference distribution stays visible).
    for (int pass = 0; pass < 2; ++pass)
        for (const auto& p : in.pca) {
            if ((p.group == 0) != (pass == 1)) continue;
            const cv::Point q{left + 5 + int((p.x - x0) / dx * (pw - 10)), top + ph - 5 - int((p.y - y0) / dy * (ph - 10))};
            const cv::Scalar colour = p.group == 0 ? cv::Scalar(60, 60, 60) : kPalette[size_t(p.group - 1) % 8];
            if (p.group == 0) cv::circle(img, q, 3, colour, cv::FILLED, cv::LINE_AA);
            else cv::drawMarker(img, q, colour, cv::MARKER_TILTED_CROSS, 7, 1, cv::LINE_AA);
        }
    text(img, "PC 1 (" + fmt(100 * in.pca_explained[0], 1) + " %)", {left + pw / 2 - 50, height - 15});
    text(img, "PC 2 (" + fmt(100 * in.pca_explained[1], 1) + " %)", {left - 40, top - 15});
    for (size_t g = 0; g < in.groups.size(); ++g) {
        const int y = top + 20 + 22 * int(g);
        const cv::Scalar colour = g == 0 ? cv::Scalar(60, 60, 60) : kPalette[(g - 1) % 8];
        if (g == 0) cv::circle(img, {left + pw + 20, y - 4}, 4, colour, cv::FILLED, cv::LINE_AA);
        else cv::drawMarker(img, {left + pw + 20, y - 4}, colour, cv::MARKER_TILTED_CROSS, 8, 2, cv::LINE_AA);
        text(img, in.groups[g], {left + pw + 32, y});
    }
    save_png(img, path);
}

std::string percent(double v) { return fmt(100 * v, 1) + " %"; }

std::string html(const EvaluationReport& r, const ReportInputs& in) {
    const EvaluateOptions& o = *in.options;
    std::ostringstream h;
    h << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>CLUE Studio evaluation</title>\n"
         "<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}"
         "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;text-align:right}"
         "th{background:#eee}td:first-child,td:nth-child(2){text-align:left}.note{color:#a04000}</style></head><body>\n";
    h << "<h1>Evaluation of synthetic sets</h1>\n<p>Real training images: <code>" << html_escape(o.real)
      << "</code><br>Held-out real test images: <code>" << html_escape(o.test) << "</code>";
    if (!o.external.empty()) h << "<br>External test images: <code>" << html_escape(o.external) << "</code>";
    for (size_t i = 0; i < o.synthetic.size(); ++i)
        h << "<br>Synthetic set <b style=\"color:" << kHtmlPalette[i % 8] << "\">" << html_escape(o.synthetic[i].name)
          << "</b>: <code>" << html_escape(o.synthetic[i].source) << "</code>";
    h << "</p>\n";
    if (!r.distribution.empty()) {
        h << "<h2>Distribution metrics</h2>\n<p>Features: " << html_escape(r.extractor)
          << ". Real = the held-out test images; generated = the same number per class. k-NN precision/recall with k = "
          << o.knn_k << " (Kynkäänniemi et al. 2019); KID ×1000.</p>\n<table><tr><th>set</th><th>class</th><th>real</th>"
             "<th>synthetic</th><th>FID ↓</th><th>KID×10³ ↓</th><th>precision ↑</th><th>recall ↑</th></tr>\n";
        for (const auto& d : r.distribution)
            h << "<tr><td>" << html_escape(d.set) << "</td><td>" << html_escape(d.class_name) << "</td><td>"
              << d.real_count << "</td><td>" << d.synthetic_count << "</td><td>" << fmt(d.fid, 2) << "</td><td>"
              << fmt(1000 * d.kid, 2) << " ± " << fmt(1000 * d.kid_sd, 2) << "</td><td>" << percent(d.precision)
              << "</td><td>" << percent(d.recall) << "</td></tr>\n";
        h << "</table>\n";
    }
    if (!r.f1.empty()) {
        h << "<h2>Classifier F1</h2>\n<p>ResNet-18-style classifier (width " << o.classifier.width << ", input "
          << o.classifier.image_size << "², " << o.classifier.steps << " AdamW steps of " << o.classifier.batch_size
          << " images, early stopping on the macro-F1 of the real validation images), mean ± sd over " << o.seeds
          << " seed(s).</p>\n";
        for (const auto& f : r.figures)
            if (fs::path(f).filename().string().rfind("f1_vs_scale", 0) == 0)
                h << "<p><img src=\"" << html_escape(fs::path(f).filename().string()) << "\" alt=\"F1 against scale\"></p>\n";
        h << "<table><tr><th>training</th><th>set</th><th>scale</th><th>test</th><th>images</th><th>macro-F1</th>"
             "<th>accuracy</th>";
        for (const auto& c : r.classes) h << "<th>F1 " << html_escape(c) << "</th>";
        h << "</tr>\n";
        for (const auto& f : r.f1) {
            h << "<tr><td>" << html_escape(f.training) << "</td><td>" << html_escape(f.set) << "</td><td>"
              << (f.scale > 0 ? fmt(f.scale, 0) + " %" : "") << "</td><td>" << f.test << "</td><td>" << f.train_count
              << "</td><td>" << percent(f.macro_f1_mean) << " ± " << fmt(100 * f.macro_f1_sd, 1) << "</td><td>"
              << percent(f.accuracy_mean) << " ± " << fmt(100 * f.accuracy_sd, 1) << "</td>";
            for (double v : f.per_class_f1_mean) h << "<td>" << percent(v) << "</td>";
            h << "</tr>\n";
        }
        h << "</table>\n";
    }
    for (const auto& f : r.figures)
        if (fs::path(f).filename() == "features_pca.png")
            h << "<h2>Feature space</h2>\n<p>2-D PCA of the features of the real test images and the generated images "
                 "(methods.md §2.8).</p><p><img src=\"features_pca.png\" alt=\"PCA of features\"></p>\n";
    if (!r.notes.empty()) {
        h << "<h2>Notes</h2>\n<ul>";
        for (const auto& n : r.notes) h << "<li class=\"note\">" << html_escape(n) << "</li>";
        h << "</ul>\n";
    }
    h << "<p><small>Recipe: <code>evaluation.json</code>; numbers: <code>results.json</code>, <code>f1.csv</code>, "
         "<code>distribution.csv</code>.</small></p>\n</body></html>\n";
    return h.str();
}

}  // namespace

void write_report(EvaluationReport& r, const ReportInputs& in) {
    const fs::path dir(in.options->output_dir);
    fs::create_directories(dir);
    r.figures.clear();
    std::vector<std::string> sets;
    for (const auto& s : in.options->synthetic) sets.push_back(s.name);
    for (const char* test : {"internal", "external"}) {
        const bool any = std::any_of(r.f1.begin(), r.f1.end(), [&](const F1Row& f) { return f.test == test; });
        if (!any) continue;
        const std::string name = std::string("f1_vs_scale") + (std::string(test) == "internal" ? "" : "_external") + ".png";
        draw_f1_figure(r, sets, test, (dir / name).string());
        r.figures.push_back((dir / name).string());
    }
    if (!in.pca.empty()) {
        draw_pca_figure(in, (dir / "features_pca.png").string());
        r.figures.push_back((dir / "features_pca.png").string());
    }
    std::string f1csv = csv::format_record({"training", "set", "scale", "test", "train_count", "macro_f1_mean",
                                            "macro_f1_sd", "accuracy_mean", "accuracy_sd"});
    for (const auto& f : r.f1)
        f1csv += csv::format_record({f.training, f.set, fmt(f.scale, 0), f.test, std::to_string(f.train_count),
                                     fmt(f.macro_f1_mean, 4), fmt(f.macro_f1_sd, 4), fmt(f.accuracy_mean, 4),
                                     fmt(f.accuracy_sd, 4)});
    std::string dcsv = csv::format_record({"set", "class", "real_count", "synthetic_count", "fid", "kid", "kid_sd",
                                           "precision", "recall"});
    for (const auto& d : r.distribution)
        dcsv += csv::format_record({d.set, d.class_name, std::to_string(d.real_count), std::to_string(d.synthetic_count),
                                    fmt(d.fid, 4), fmt(d.kid, 6), fmt(d.kid_sd, 6), fmt(d.precision, 4),
                                    fmt(d.recall, 4)});
    write_file_atomic_or_throw((dir / "f1.csv").string(), f1csv);
    write_file_atomic_or_throw((dir / "distribution.csv").string(), dcsv);
    write_file_atomic_or_throw((dir / "evaluation.json").string(), to_json(*in.options));
    r.json = (dir / "results.json").string();
    r.html = (dir / "report.html").string();
    write_file_atomic_or_throw(r.json, to_json_value(r).dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    write_file_atomic_or_throw(r.html, html(r, in));
}

}  // namespace clue::eval
