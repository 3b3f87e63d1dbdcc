#pragma once
// Saves the images of a generation as PNGs with their A1111 infotext and `clue` JSON chunk under
// <root>/<yyyy-MM-dd>/NNNNN-<seed>.png, and returns them as gallery items. Runs on the worker thread
// (no shared state), like the Generate view's own saving.
#include <QList>
#include <QString>

#include "clue/engine.h"
#include "clue/result.h"
#include "models/gallery_model.h"

struct SavedResults {
    QList<GalleryItem> items;
    bool saveFailed = false;
    clue::Error saveError;
};

SavedResults saveGenerateResult(const clue::GenerateResult& result, const QString& outputRoot);
