// Style space: PCA of posterior means (SVD of the centred matrix, float64), its safetensors/CSV files and a PNG scatter.
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <fstream>

#include "clue/png_meta.h"
#include "clue/style.h"
#include "common/error.h"
#include "io/image_folder/csv.h"
#include "io/safetensors.h"
#include "methods/clue_style/style_space_builder.h"

namespace clue {
namespace style_space_detail {
namespace {

at::Tensor means_tensor(const StyleSpace& s) {
    return torch::from_blob(const_cast<float*>(s.means.data()), {static_cast<int64_t>(s.size()), s.dim},
                            torch::kFloat32)
        .clone();
}

template <class T>
std::vector<T> to_vector(const at::Tensor& t) {
    const at::Tensor c = t.contiguous().to(torch::CppTypeToScalarType<T>());
    return std::vector<T>(c.data_ptr<T>(), c.data_ptr<T>() + c.numel());
}

}  // namespace
}  // namespace style_space_detail

Status refit_pca(StyleSpace& s, int components) {
    using namespace style_space_detail;
    return run_guarded([&]() -> Status {
        const int64_t n = static_cast<int64_t>(s.size());
        if (n < 2) return Error{Errc::InvalidArgument, "a style space needs at least 2 points, got " + std::to_string(n)};
        if (s.means.size() != static_cast<size_t>(n) * s.dim)
            return Error{Errc::InvalidArgument, "style space: means do not match points × dim"};
        const at::Tensor x = means_tensor(s).to(torch::kFloat64);
        const at::Tensor mean = x.mean(0);
        const at::Tensor xc = x - mean;
        // ref: sklearn.decomposition.PCA (full SVD): directions = rows of Vᵀ, variance = S² / (n − 1).
        auto [u, sv, vh] = at::linalg_svd(xc, /*full_matrices=*/false);
        const int64_t k = std::min<int64_t>({components, vh.size(0), n - 1});
        at::Tensor dirs = vh.slice(0, 0, k).clone();
        // Deterministic signs (sklearn svd_flip idea): the largest-magnitude entry of each direction is positive.
        const at::Tensor idx = dirs.abs().argmax(1);
        const at::Tensor signs = dirs.gather(1, idx.unsqueeze(1)).sign().squeeze(1);
        dirs = dirs * signs.unsqueeze(1);
        const at::Tensor var = sv.pow(2) / double(n - 1);
        const double total = var.sum().item<double>();
        s.components = static_cast<int>(k);
        s.pca_mean = to_vector<float>(mean);
        s.pca_directions = to_vector<float>(dirs);
        s.explained_variance_ratio = to_vector<double>(total > 0 ? var.slice(0, 0, k) / total : var.slice(0, 0, k) * 0);
        s.coords = to_vector<float>(xc.matmul(dirs.t()));
        return Ok{};
    });
}

namespace methods {

StyleSpace build_style_space(const at::Tensor& mu, const at::Tensor& logvar, const std::vector<std::string>& paths,
                             const std::vector<int>& class_index, const std::vector<std::string>& classes,
                             int components) {
    using namespace style_space_detail;
    StyleSpace s;
    s.dim = static_cast<int>(mu.size(1));
    s.paths = paths;
    for (int c : class_index) s.classes.push_back(classes.at(c));
    s.sources.assign(paths.size(), "real");
    s.means = to_vector<float>(mu.to(torch::kFloat32));
    // Average per-dimension KL(N(μ_j, σ_j²) ‖ N(0, 1)): where the encoder puts information (methods.md §2.6).
    const at::Tensor kl = 0.5 * (mu.pow(2) + logvar.exp() - logvar - 1.0);
    s.kl_per_dim = to_vector<float>(kl.mean(0).to(torch::kFloat32));
    if (s.size() >= 2) {
        if (auto st = refit_pca(s, components); !st) fail(st.error().code, st.error().detail);
    }
    return s;
}

}  // namespace methods

Status save_style_space(const StyleSpace& s, const std::string& path) {
    using namespace style_space_detail;
    return run_guarded([&]() -> Status {
        const int64_t n = static_cast<int64_t>(s.size()), k = s.components;
        auto f32 = [](const std::vector<float>& v, std::vector<int64_t> shape) {
            return torch::from_blob(const_cast<float*>(v.data()), shape, torch::kFloat32).clone();
        };
        io::NamedTensors t{{"means", f32(s.means, {n, s.dim})}, {"kl_per_dim", f32(s.kl_per_dim, {s.dim})}};
        if (k > 0) {
            t.emplace_back("pca_mean", f32(s.pca_mean, {s.dim}));
            t.emplace_back("pca_directions", f32(s.pca_directions, {k, s.dim}));
            t.emplace_back("coords", f32(s.coords, {n, k}));
            t.emplace_back("explained_variance_ratio",
                           torch::tensor(s.explained_variance_ratio, torch::kFloat64));
        }
        const nlohmann::json meta{{"paths", s.paths}, {"classes", s.classes}, {"sources", s.sources}};
        io::write_safetensors(path, t, {{"format", "clue-style-space"}, {"points", meta.dump()}});
        return Ok{};
    });
}

Result<StyleSpace> load_style_space(const std::string& path) {
    using namespace style_space_detail;
    return run_guarded([&]() -> Result<StyleSpace> {
        auto f = io::SafetensorsFile::open(path);
        if (!f->metadata().count("points"))
            return Error{Errc::BadFormat, path + ": not a CLUE style space (no 'points' metadata)"};
        StyleSpace s;
        const auto meta = nlohmann::json::parse(f->metadata().at("points"));
        s.paths = meta.at("paths").get<std::vector<std::string>>();
        s.classes = meta.at("classes").get<std::vector<std::string>>();
        s.sources = meta.at("sources").get<std::vector<std::string>>();
        const at::Tensor means = f->tensor("means");
        if (means.dim() != 2 || means.size(0) != static_cast<int64_t>(s.paths.size()))
            return Error{Errc::BadFormat, path + ": 'means' does not match the number of points"};
        s.dim = static_cast<int>(means.size(1));
        s.means = to_vector<float>(means);
        s.kl_per_dim = to_vector<float>(f->tensor("kl_per_dim"));
        if (f->has("pca_directions")) {
            const at::Tensor d = f->tensor("pca_directions");
            s.components = static_cast<int>(d.size(0));
            s.pca_directions = to_vector<float>(d);
            s.pca_mean = to_vector<float>(f->tensor("pca_mean"));
            s.coords = to_vector<float>(f->tensor("coords"));
            s.explained_variance_ratio = to_vector<double>(f->tensor("explained_variance_ratio", false));
        }
        return s;
    });
}

Status export_style_space_csv(const StyleSpace& s, const std::string& csv_path) {
    std::ofstream out(csv_path, std::ios::trunc);
    if (!out) return Error{Errc::WriteFailed, csv_path + ": cannot write"};
    out << "# explained variance ratio:";
    for (double v : s.explained_variance_ratio) out << " " << v;
    out << "\npath,class,source";
    for (int k = 0; k < s.components; ++k) out << ",pc" << (k + 1);
    out << "\n";
    for (size_t i = 0; i < s.size(); ++i) {
        out << csv::quote(s.paths[i]) << "," << csv::quote(s.classes[i]) << "," << s.sources[i];
        for (int k = 0; k < s.components; ++k) out << "," << s.coords[i * s.components + k];
        out << "\n";
    }
    if (!out) return Error{Errc::WriteFailed, csv_path + ": write failed"};
    return Ok{};
}

Status render_style_space_png(const StyleSpace& s, const std::string& png_path, int width, int height) {
    return run_guarded([&]() -> Status {
        if (s.components < 2) return Error{Errc::InvalidArgument, "the style space has fewer than 2 PCA components"};
        if (width < 200 || height < 150) return Error{Errc::InvalidArgument, "scatter size must be at least 200x150"};
        cv::Mat img(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
        const int left = 70, right = 150, top = 40, bottom = 50;
        float x0 = 1e30f, x1 = -1e30f, y0 = 1e30f, y1 = -1e30f;
        for (size_t i = 0; i < s.size(); ++i) {
            x0 = std::min(x0, s.coords[i * s.components]), x1 = std::max(x1, s.coords[i * s.components]);
            y0 = std::min(y0, s.coords[i * s.components + 1]), y1 = std::max(y1, s.coords[i * s.components + 1]);
        }
        const float dx = std::max(1e-6f, x1 - x0), dy = std::max(1e-6f, y1 - y0);
        const int pw = width - left - right, ph = height - top - bottom;
        // Okabe–Ito colours (colour-blind safe), BGR.
        const cv::Scalar palette[] = {{178, 114, 0}, {0, 159, 230}, {115, 158, 0}, {0, 94, 213},
                                      {167, 121, 204}, {233, 180, 86}, {66, 228, 240}, {0, 0, 0}};
        std::vector<std::string> names;
        for (const auto& c : s.classes)
            if (std::find(names.begin(), names.end(), c) == names.end()) names.push_back(c);
        cv::rectangle(img, {left, top}, {left + pw, top + ph}, cv::Scalar(80, 80, 80));
        for (size_t i = 0; i < s.size(); ++i) {
            const size_t ci = std::find(names.begin(), names.end(), s.classes[i]) - names.begin();
            const int px = left + static_cast<int>((s.coords[i * s.components] - x0) / dx * (pw - 10)) + 5;
            const int py = top + ph - 5 - static_cast<int>((s.coords[i * s.components + 1] - y0) / dy * (ph - 10));
            const bool real = i >= s.sources.size() || s.sources[i] == "real";
            if (real) cv::circle(img, {px, py}, 4, palette[ci % 8], cv::FILLED, cv::LINE_AA);
            else cv::drawMarker(img, {px, py}, palette[ci % 8], cv::MARKER_TILTED_CROSS, 8, 2, cv::LINE_AA);
        }
        char label[96];
        std::snprintf(label, sizeof label, "PC 1 (%.1f %%)", 100 * s.explained_variance_ratio[0]);
        cv::putText(img, label, {left + pw / 2 - 60, height - 15}, cv::FONT_HERSHEY_SIMPLEX, 0.5, {0, 0, 0}, 1, cv::LINE_AA);
        std::snprintf(label, sizeof label, "PC 2 (%.1f %%)", 100 * s.explained_variance_ratio[1]);
        cv::putText(img, label, {left - 40, top - 15}, cv::FONT_HERSHEY_SIMPLEX, 0.5, {0, 0, 0}, 1, cv::LINE_AA);
        for (size_t c = 0; c < names.size(); ++c) {
            const int y = top + 20 + 22 * static_cast<int>(c);
            cv::circle(img, {left + pw + 20, y - 4}, 5, palette[c % 8], cv::FILLED, cv::LINE_AA);
            cv::putText(img, names[c], {left + pw + 32, y}, cv::FONT_HERSHEY_SIMPLEX, 0.5, {0, 0, 0}, 1, cv::LINE_AA);
        }
        cv::Mat rgb;
        cv::cvtColor(img, rgb, cv::COLOR_BGR2RGB);
        Image out{width, height, 3, std::vector<std::uint8_t>(rgb.data, rgb.data + rgb.total() * 3)};
        return write_png(png_path, out, PngText{});
    });
}

}  // namespace clue
