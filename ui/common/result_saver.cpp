#include "common/result_saver.h"

#include <QDate>
#include <QDir>

#include "clue/png_meta.h"
#include "common/image_convert.h"
#include "common/output_paths.h"

SavedResults saveGenerateResult(const clue::GenerateResult& r, const QString& outputRoot) {
    SavedResults saved;
    const QString folder = OutputPaths::dayFolder(outputRoot, QDate::currentDate());
    for (size_t i = 0; i < r.images.size(); ++i) {
        GalleryItem item;
        item.image = toQImage(r.images[i]);
        item.seed = i < r.seeds.size() ? r.seeds[i] : -1;
        clue::PngText text;
        if (i < r.infotexts.size()) text.parameters = r.infotexts[i];
        if (i < r.clue_jsons.size()) text.clue_json = r.clue_jsons[i];
        item.infotext = QString::fromStdString(text.parameters);
        item.clueJson = QString::fromStdString(text.clue_json);
        if (!QDir().mkpath(folder)) {
            saved.saveFailed = true;
            saved.saveError = clue::Error{clue::Errc::WriteFailed, "cannot create folder " + folder.toStdString()};
        } else {
            const QString path = OutputPaths::nextImagePath(folder, item.seed);
            const clue::Status written = clue::write_png(path.toStdString(), r.images[i], text);
            if (written) {
                item.filePath = path;
            } else {
                saved.saveFailed = true;
                saved.saveError = written.error();
            }
        }
        saved.items.append(item);
    }
    return saved;
}

JobController::JobFunction generateAndSaveJob(std::shared_ptr<clue::Model> model, clue::GenerateOptions options,
                                              QString outputRoot, QObject* receiver,
                                              std::function<void(const SavedResults&)> deliver) {
    return [model = std::move(model), options = std::move(options), root = std::move(outputRoot), receiver,
            deliver = std::move(deliver)](clue::JobContext& context) -> clue::Status {
        auto result = clue::generate(*model, options, context);
        if (!result) return result.error();
        if (result.value().images.empty()) return clue::Ok{};  // cancelled before the first image
        const SavedResults saved = saveGenerateResult(result.value(), root);
        QMetaObject::invokeMethod(receiver, [deliver, saved] { deliver(saved); }, Qt::QueuedConnection);
        return clue::Ok{};
    };
}
