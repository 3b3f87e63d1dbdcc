#pragma once
// The Background view's work on the device worker: replace_background (or its masks-only run), then what the view
// shows, made there so the GUI thread never waits on the core — the heat map of every step at the reference's size
// and the background PSNR/SSIM (inside the inverted mask) of the result, plain img2img and the VAE reconstruction
// against the reference. Export writes the result (with its infotext), plain img2img, the mask and the overlay.
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "clue/background.h"
#include "clue/engine.h"
#include "common/job_controller.h"

struct BackgroundMetrics {
    std::optional<double> psnr;  ///< dB; +inf when identical
    std::optional<double> ssim;
    bool valid() const { return psnr.has_value() && ssim.has_value(); }
};

struct BackgroundOutcome {
    clue::BackgroundResult result;
    bool masksOnly = false;
    QList<QImage> heat;  ///< one per map, over the whole reference (contrast stretched, translucent where low)
    BackgroundMetrics resultMetrics, baselineMetrics, reconstructionMetrics;
};

/// Background PSNR/SSIM of `image` against `reference` inside 1 − mask (nothing when either is empty or the mask
/// leaves no background).
BackgroundMetrics backgroundMetrics(const clue::Image& image, const clue::Image& reference,
                                    const std::vector<float>& mask, int maskWidth, int maskHeight);

/// The job body. `out` is written on the worker and read by the GUI thread after finished() (queued, so ordered).
/// Previews of the replacement run pass through; those of the plain img2img run that follows are dropped.
JobController::JobFunction backgroundJob(std::shared_ptr<clue::Model> model, clue::BackgroundOptions options,
                                         QSize referenceSize, std::shared_ptr<BackgroundOutcome> out);

/// Writes <root>/<yyyy-MM-dd>/NNNNN-<seed>.png (infotext) plus -img2img, -mask and -overlay PNGs beside it;
/// the paths written go to `files`. Runs on the worker.
JobController::JobFunction backgroundExportJob(std::shared_ptr<const BackgroundOutcome> outcome, qint64 seed,
                                               QString root, std::shared_ptr<QStringList> files);
