#pragma once
// What the augmentation wizard needs to know about a fine-tuned model folder before it runs: whether it
// has a style path, whether its run wrote a style space, and how its run split the real images (so the
// wizard's real counts equal the ones clue::augment plans with). For the open model the style facts come
// from its clue::ModelInfo; for any other folder they are read from its small JSON files (no weights load).
#include <QString>
#include <QStringList>

#include "clue/dataset.h"
#include "clue/engine.h"

struct ModelFacts {
    QString path;
    bool exists = false;
    int styleDim = 0;              ///< ModelInfo::style_dim: 0 = no style path
    bool hasStyleSpace = false;    ///< the run wrote style/style_space.safetensors (needed by the PCA strategy)
    QStringList classes;           ///< the training classes, when the model names them
    QString trainingDataset;       ///< the run's dataset (config.json), a default for the real images
    clue::DatasetOptions split;    ///< validation fraction and minimum edge of the run (defaults otherwise)

    bool hasStylePath() const { return styleDim > 0; }
};

namespace ModelFactsReader {
/// Reads `path`'s clue.json and its run's config.json (the folder above). Never fails: unknown = defaults.
ModelFacts read(const QString& path);
/// The same, with the style facts taken from a loaded model's info (the open model).
ModelFacts fromInfo(const clue::ModelInfo& info);
}  // namespace ModelFactsReader
