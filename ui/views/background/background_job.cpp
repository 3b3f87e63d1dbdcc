#include "views/background/background_job.h"

#include <QDate>
#include <QDir>

#include <algorithm>
#include <string_view>

#include "clue/image_metrics.h"
#include "clue/png_meta.h"
#include "common/image_convert.h"
#include "common/output_paths.h"

namespace {

/// Forwards everything but the previews of the baseline run (they would overwrite the result's).
class ReplacementPreviews : public clue::JobContext {
public:
    explicit ReplacementPreviews(clue::JobContext& parent) : m_parent(parent) {}
    bool cancel_requested() const override { return m_parent.cancel_requested(); }
    void report(std::string_view stage, std::int64_t done, std::int64_t total) override {
        m_baseline = stage == "baseline";
        m_parent.report(stage, done, total);
    }
    void preview(const clue::Image& image, int step) override {
        if (!m_baseline) m_parent.preview(image, step);
    }

private:
    clue::JobContext& m_parent;
    bool m_baseline = false;
};

/// The heat ramp with an alpha that rises with it (the ramp's brightness rises with the importance): unimportant
/// places stay faint over the reference, important ones glow.
QImage translucentHeat(const clue::Image& heat) {
    QImage image = toQImage(heat).convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = row[x];
            row[x] = qRgba(qRed(c), qGreen(c), qBlue(c), std::min(255, 60 + qGray(c) * 4 / 5));
        }
    }
    return image;
}

/// The map stretched between its 2nd and 98th percentile for display: a few extreme cells (often at the latent's
/// border) would otherwise leave the rest of the map in the dark end of the ramp.
std::vector<float> stretched(std::vector<float> map) {
    if (map.size() < 2) return map;
    std::vector<float> sorted = map;
    std::sort(sorted.begin(), sorted.end());
    const float lo = sorted[sorted.size() * 2 / 100], hi = sorted[sorted.size() * 98 / 100];
    if (!(hi > lo)) return map;
    for (float& v : map) v = std::clamp((v - lo) / (hi - lo), 0.0f, 1.0f);
    return map;
}

}  // namespace

BackgroundMetrics backgroundMetrics(const clue::Image& image, const clue::Image& reference,
                                    const std::vector<float>& mask, int maskWidth, int maskHeight) {
    BackgroundMetrics m;
    if (image.empty() || reference.empty() || mask.empty()) return m;
    const clue::PixelWeights weights =
        clue::mask_weights(mask, maskWidth, maskHeight, reference.width, reference.height, /*invert=*/true);
    if (auto p = clue::psnr(image, reference, weights)) m.psnr = *p;
    if (auto s = clue::ssim(image, reference, weights)) m.ssim = *s;
    return m;
}

JobController::JobFunction backgroundJob(std::shared_ptr<clue::Model> model, clue::BackgroundOptions options,
                                         QSize referenceSize, std::shared_ptr<BackgroundOutcome> out) {
    return [model = std::move(model), options = std::move(options), referenceSize,
            out = std::move(out)](clue::JobContext& context) -> clue::Status {
        ReplacementPreviews previews(context);
        auto r = clue::replace_background(*model, options, previews);
        if (!r) return r.error();
        out->result = std::move(*r);
        out->masksOnly = options.masks_only;
        const clue::BackgroundResult& res = out->result;
        // Heat maps over the reference as loaded (at most 1024 px a side: the canvas scales them anyway).
        const QSize heatSize = referenceSize.isEmpty() ? QSize(res.latent_width * 8, res.latent_height * 8)
                                                       : referenceSize.boundedTo(QSize(1024, 1024));
        for (const clue::BackgroundStepMaps& maps : res.maps)
            out->heat.append(translucentHeat(clue::heat_image(stretched(maps.importance), res.latent_width,
                                                              res.latent_height, heatSize.width(), heatSize.height())));
        if (!res.maps.empty()) {
            const std::vector<float>& mask = res.maps.back().mask;
            const int w = res.latent_width, h = res.latent_height;
            out->resultMetrics = backgroundMetrics(res.image, res.reference, mask, w, h);
            out->baselineMetrics = backgroundMetrics(res.baseline, res.reference, mask, w, h);
            out->reconstructionMetrics = backgroundMetrics(res.reconstruction, res.reference, mask, w, h);
        }
        return clue::Ok{};
    };
}

JobController::JobFunction backgroundExportJob(std::shared_ptr<const BackgroundOutcome> outcome, qint64 seed,
                                               QString root, std::shared_ptr<QStringList> files) {
    return [outcome = std::move(outcome), seed, root = std::move(root),
            files = std::move(files)](clue::JobContext&) -> clue::Status {
        const clue::BackgroundResult& r = outcome->result;
        if (r.image.empty()) return clue::Error{clue::Errc::InvalidArgument, "there is no result to export"};
        const QString folder = OutputPaths::dayFolder(root, QDate::currentDate());
        if (!QDir().mkpath(folder))
            return clue::Error{clue::Errc::WriteFailed, "cannot create folder " + folder.toStdString()};
        const QString path = OutputPaths::nextImagePath(folder, seed);
        const QString stem = path.left(path.size() - 4);
        auto write = [&files](const QString& file, const clue::Image& image, const std::string& infotext) -> clue::Status {
            clue::PngText text;
            text.parameters = infotext;
            if (auto s = clue::write_png(file.toStdString(), image, text); !s) return s;
            files->append(file);
            return clue::Ok{};
        };
        if (auto s = write(path, r.image, r.infotext); !s) return s;
        if (!r.baseline.empty())
            if (auto s = write(stem + QStringLiteral("-img2img.png"), r.baseline, {}); !s) return s;
        if (!r.maps.empty()) {
            const std::vector<float>& mask = r.maps.back().mask;
            const clue::Image maskImage =
                clue::mask_image(mask, r.latent_width, r.latent_height, r.image.width, r.image.height);
            if (auto s = write(stem + QStringLiteral("-mask.png"), maskImage, {}); !s) return s;
            const clue::Image overlay = clue::mask_overlay(r.image, mask, r.latent_width, r.latent_height);
            if (auto s = write(stem + QStringLiteral("-overlay.png"), overlay, {}); !s) return s;
        }
        return clue::Ok{};
    };
}
