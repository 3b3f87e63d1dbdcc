#pragma once
// Saves the images of a generation as PNGs with their A1111 infotext and `clue` JSON chunk under
// <root>/<yyyy-MM-dd>/NNNNN-<seed>.png, and returns them as gallery items. Runs on the worker thread
// (no shared state), like the Generate view's own saving.
#include <QList>
#include <QString>

#include <functional>
#include <memory>

#include "clue/engine.h"
#include "clue/result.h"
#include "common/job_controller.h"
#include "models/gallery_model.h"

struct SavedResults {
    QList<GalleryItem> items;
    bool saveFailed = false;
    clue::Error saveError;
};

SavedResults saveGenerateResult(const clue::GenerateResult& result, const QString& outputRoot);

/// The job body every generating view submits: generate, save (saveGenerateResult), then call `deliver(saved)` on
/// `receiver`'s thread. A cancelled run has no images and delivers nothing. Lifetime rule of job_controller.h:
/// `receiver` must outlive the JobController.
JobController::JobFunction generateAndSaveJob(std::shared_ptr<clue::Model> model, clue::GenerateOptions options,
                                              QString outputRoot, QObject* receiver,
                                              std::function<void(const SavedResults&)> deliver);
