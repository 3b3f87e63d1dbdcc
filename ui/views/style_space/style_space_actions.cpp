// StyleSpaceView: computing, loading, saving and exporting the style space (all as jobs).
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMetaObject>
#include <QPushButton>

#include "clue/dataset.h"
#include "clue/engine.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "common/style_space_holder.h"
#include "views/style_space/style_space_view.h"
#include "widgets/error_dialog.h"

namespace {

constexpr int kComponents = 8;

bool canWriteFile(const QString& path) {
    QDir dir = QFileInfo(path).absoluteDir();
    while (!dir.exists() && dir.cdUp()) {}  // the nearest existing folder decides (mkpath creates the rest)
    return QFileInfo(dir.absolutePath()).isWritable();
}

}  // namespace

QString StyleSpaceView::defaultSpacePath() const {
    const auto model = m_session->model();
    if (!model) return {};
    const clue::ModelInfo& info = model->info();
    if (!info.style_space.empty()) return QString::fromStdString(info.style_space);
    const QFileInfo file(QString::fromStdString(info.path));
    if (file.isDir()) return QDir(file.absoluteFilePath()).filePath(QStringLiteral("style/style_space.safetensors"));
    return file.absoluteDir().filePath(file.completeBaseName() + QStringLiteral("_style_space.safetensors"));
}

void StyleSpaceView::computeDialog() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Dataset for the style space"), QString());
    if (!folder.isEmpty()) computeFromDataset(folder);
}

void StyleSpaceView::computeFromDataset(const QString& source) {
    const auto model = m_session->model();
    if (!model || model->info().style_dim <= 0 || m_computeJob != 0) return;
    clue::PreprocessOptions preprocess;
    preprocess.size = model->info().native_size;
    const std::string promptTemplate = model->info().prompt_template;
    const std::string path = source.toStdString();
    const QString target = defaultSpacePath();
    const QString savePath = !target.isEmpty() && canWriteFile(target) ? target : QString();
    // `this` outlives the job: MainWindow destroys the JobController (joining the worker) first.
    m_computeJob = m_jobs->submit(
        tr("Compute style space"),
        [this, model, preprocess, promptTemplate, path, savePath](clue::JobContext& context) -> clue::Status {
            auto dataset = clue::scan_dataset(path, {}, &context);
            if (!dataset) return dataset.error();
            if (context.cancel_requested()) return clue::Ok{};
            auto space = clue::compute_style_space(*model, dataset.value(), preprocess, promptTemplate, kComponents,
                                                   context);
            if (!space) return space.error();
            if (context.cancel_requested()) return clue::Ok{};
            auto shared = std::make_shared<const clue::StyleSpace>(std::move(space.value()));
            QString saved;
            if (!savePath.isEmpty() && QDir().mkpath(QFileInfo(savePath).absolutePath()) &&
                clue::save_style_space(*shared, savePath.toStdString()))
                saved = savePath;
            QMetaObject::invokeMethod(this, [this, shared, saved] { onComputed(shared, saved); },
                                      Qt::QueuedConnection);
            return clue::Ok{};
        });
    updateState();
    Q_EMIT statusMessage(tr("Computing the style space of %1 …").arg(QDir::toNativeSeparators(source)));
}

void StyleSpaceView::onComputed(std::shared_ptr<const clue::StyleSpace> space, const QString& savedPath) {
    m_spaces->setSpace(space, savedPath);
    if (!savedPath.isEmpty()) {
        Q_EMIT statusMessage(tr("Style space saved to %1").arg(QDir::toNativeSeparators(savedPath)));
        return;
    }
    const auto answer = QMessageBox::question(
        window(), tr("Save the style space"),
        tr("The style space cannot be saved next to the model (the folder is not writable). Save it elsewhere?"));
    if (answer == QMessageBox::Yes) saveSpaceAs(space);
}

void StyleSpaceView::saveSpaceAs(std::shared_ptr<const clue::StyleSpace> space) {
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the style space"),
                                                      QDir::home().filePath(QStringLiteral("style_space.safetensors")),
                                                      tr("Style spaces (*.safetensors)"));
    if (file.isEmpty()) return;
    const std::string path = file.toStdString();
    m_otherJob = m_jobs->submit(tr("Save style space"), [this, space, path, file](clue::JobContext&) -> clue::Status {
        const clue::Status saved = clue::save_style_space(*space, path);
        if (!saved) return saved.error();
        QMetaObject::invokeMethod(this, [this, space, file] { m_spaces->setSpace(space, file); }, Qt::QueuedConnection);
        return clue::Ok{};
    });
}

void StyleSpaceView::loadDialog() {
    const QString start = m_spaces->path().isEmpty() ? defaultSpacePath() : m_spaces->path();
    const QString file = QFileDialog::getOpenFileName(this, tr("Load a style space"), start,
                                                      tr("Style spaces (*.safetensors)"));
    if (file.isEmpty()) return;
    m_spaces->load(file);
    updateState();
}

void StyleSpaceView::exportDialog() {
    const auto space = m_spaces->space();
    if (!space) return;
    const QString start = m_spaces->path().isEmpty()
                              ? QDir::home().filePath(QStringLiteral("style_space.csv"))
                              : QFileInfo(m_spaces->path()).absoluteDir().filePath(QStringLiteral("style_space.csv"));
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the style space as CSV"), start,
                                                      tr("CSV files (*.csv)"));
    if (file.isEmpty()) return;
    const std::string path = file.toStdString();
    m_otherJob = m_jobs->submit(tr("Export style space"), [space, path](clue::JobContext&) -> clue::Status {
        return clue::export_style_space_csv(*space, path);
    });
    Q_EMIT statusMessage(tr("Exporting %1 …").arg(QDir::toNativeSeparators(file)));
}

void StyleSpaceView::onFinished(quint64 id) {
    if (id == m_computeJob) {
        m_computeJob = 0;
        updateState();
    } else if (id == m_otherJob) {
        m_otherJob = 0;
    }
    m_queue.jobFinished(id);
}

void StyleSpaceView::onFailed(quint64 id, const clue::Error& error) {
    if (id == m_computeJob) ErrorDialog::showError(window(), tr("The style space could not be computed"), error);
    else if (id == m_otherJob) ErrorDialog::showError(window(), tr("The style space could not be written"), error);
    else if (id == m_queue.runningId()) ErrorDialog::showError(window(), tr("Generation failed"), error);
}
