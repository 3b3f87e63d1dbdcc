#include "views/dataset_wizard/model_facts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject readObject(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The run folder's config.json: the split the run used (clue::augment rescans with it).
void readRunConfig(const QString& modelPath, ModelFacts& facts) {
    const QDir model(modelPath);
    const QJsonObject config = readObject(QFileInfo(model.absolutePath()).dir().filePath(QStringLiteral("config.json")));
    if (config.isEmpty()) return;
    if (config.value(QStringLiteral("validation_fraction")).isDouble())
        facts.split.validation_fraction = config.value(QStringLiteral("validation_fraction")).toDouble();
    if (config.value(QStringLiteral("min_edge")).isDouble())
        facts.split.min_edge = config.value(QStringLiteral("min_edge")).toInt();
    const QString dataset = config.value(QStringLiteral("dataset")).toString();
    if (!dataset.isEmpty()) {
        // A relative dataset path is relative to where `clue train` ran; keep it only when it resolves.
        const QFileInfo info(dataset);
        if (info.isAbsolute() && info.exists()) facts.trainingDataset = QDir::cleanPath(dataset);
    }
}

}  // namespace

namespace ModelFactsReader {

ModelFacts read(const QString& path) {
    ModelFacts facts;
    facts.path = path;
    facts.exists = !path.isEmpty() && QFileInfo::exists(path);
    if (!facts.exists) return facts;
    const QDir model(path);
    const QJsonObject clue = readObject(model.filePath(QStringLiteral("clue.json")));
    facts.styleDim = qMax(0, clue.value(QStringLiteral("style_dim")).toInt());
    facts.hasStyleSpace =
        facts.styleDim > 0 && QFileInfo::exists(model.filePath(QStringLiteral("style/style_space.safetensors")));
    for (const QJsonValue& c : clue.value(QStringLiteral("classes")).toArray()) facts.classes.append(c.toString());
    readRunConfig(path, facts);
    return facts;
}

ModelFacts fromInfo(const clue::ModelInfo& info) {
    ModelFacts facts = read(QString::fromStdString(info.path));
    facts.styleDim = info.style_dim;
    facts.hasStyleSpace = info.style_dim > 0 && !info.style_space.empty();
    facts.classes.clear();
    for (const std::string& c : info.classes) facts.classes.append(QString::fromStdString(c));
    return facts;
}

}  // namespace ModelFactsReader
