#include "views/generate/generate_view.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMetaObject>
#include <QVBoxLayout>

#include "clue/engine.h"
#include "clue/png_meta.h"
#include "common/app_settings.h"
#include "common/image_convert.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "common/output_paths.h"
#include "common/result_saver.h"
#include "views/generate/parameters_panel.h"
#include "widgets/error_dialog.h"
#include "widgets/image_canvas.h"

GenerateView::GenerateView(JobController* jobs, ModelSession* session, AppSettings* settings, GalleryModel* gallery,
                           ParametersPanel* parameters, QWidget* parent)
    : QWidget(parent),
      m_jobs(jobs),
      m_session(session),
      m_settings(settings),
      m_gallery(gallery),
      m_parameters(parameters),
      m_canvas(new ImageCanvas(this)),
      m_info(new QLabel(this)) {
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setToolTip(tr("The parameters of the image shown (A1111 format)"));
    m_info->setContentsMargins(12, 0, 12, 8);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_info);
    m_info->setVisible(false);

    connect(m_jobs, &JobController::previewReady, this, &GenerateView::onPreview);
    connect(m_jobs, &JobController::failed, this, &GenerateView::onFailed);
    connect(m_jobs, &JobController::finished, this, &GenerateView::onFinished);
    connect(m_session, &ModelSession::loadStarted, this, &GenerateView::updateEmptyState);
    connect(m_session, &ModelSession::loaded, this, &GenerateView::updateEmptyState);
    connect(m_session, &ModelSession::loadFailed, this, &GenerateView::updateEmptyState);
    connect(m_session, &ModelSession::loadCancelled, this, &GenerateView::updateEmptyState);
    updateEmptyState();
}

bool GenerateView::canGenerate() const { return m_session->hasModel() && !m_session->isLoading(); }

quint64 GenerateView::generate() {
    if (!canGenerate()) {
        Q_EMIT statusMessage(tr("Open a model first."));
        return 0;
    }
    clue::GenerateOptions options = m_parameters->options();
    options.preview_every = m_settings->previewEverySteps();
    options.preview_mode =
        m_settings->previewFullDecode() ? clue::PreviewMode::FullDecode : clue::PreviewMode::Approximate;
    if (const clue::Status valid = clue::validate(options); !valid) {
        ErrorDialog::showError(window(), tr("The parameters cannot be used"), valid.error());
        return 0;
    }
    std::shared_ptr<clue::Model> model = m_session->model();
    const QString root = m_settings->outputFolder();
    // `this` outlives the job: MainWindow destroys the JobController (joining the worker) first.
    auto deliver = [this](const SavedResults& saved) { onResults(saved.items, saved.saveError, saved.saveFailed); };
    const quint64 id = m_jobs->submit(tr("Generate"), generateAndSaveJob(model, options, root, this, deliver));
    m_jobSteps.insert(id, options.steps);
    Q_EMIT statusMessage(tr("Generation queued."));
    return id;
}

void GenerateView::onPreview(quint64 id, const QImage& image, int step) {
    const auto it = m_jobSteps.constFind(id);
    if (it == m_jobSteps.constEnd()) return;
    m_currentFile.clear();
    m_currentInfotext.clear();
    m_canvas->setImage(image, tr("Preview · step %1 of %2").arg(step).arg(it.value()));
    showInfotext(QString());
}

void GenerateView::onResults(const QList<GalleryItem>& items, const clue::Error& saveError, bool saveFailed) {
    for (const GalleryItem& item : items) m_gallery->prepend(item);
    if (!items.isEmpty()) {
        showGalleryItem(0);
        m_parameters->setLastSeed(items.first().seed);
    }
    if (saveFailed) ErrorDialog::showError(window(), tr("The image could not be saved"), saveError);
    else if (!items.isEmpty())
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(items.first().filePath)));
    Q_EMIT resultsArrived(int(items.size()));
}

void GenerateView::onFinished(quint64 id, clue::JobState state, const QString&) {
    if (!m_jobSteps.remove(id)) return;
    if (state == clue::JobState::Cancelled) {
        Q_EMIT statusMessage(tr("Generation cancelled."));
        if (m_currentFile.isEmpty() && !m_canvas->image().isNull())
            m_canvas->setImage(m_canvas->image(), tr("Cancelled"));
    }
    updateEmptyState();
}

void GenerateView::onFailed(quint64 id, const clue::Error& error) {
    if (m_jobSteps.contains(id)) ErrorDialog::showError(window(), tr("Generation failed"), error);
}

void GenerateView::showGalleryItem(int row) {
    if (row < 0 || row >= m_gallery->rowCount()) return;
    const GalleryItem& item = m_gallery->item(row);
    m_currentFile = item.filePath;
    m_currentInfotext = item.infotext;
    const QString caption = item.filePath.isEmpty()
                                ? tr("Seed %1 · %2×%3").arg(item.seed).arg(item.image.width()).arg(item.image.height())
                                : tr("Seed %1 · %2×%3 · %4")
                                      .arg(item.seed)
                                      .arg(item.image.width())
                                      .arg(item.image.height())
                                      .arg(QFileInfo(item.filePath).fileName());
    m_canvas->setImage(item.image, caption);
    showInfotext(item.infotext);
}

void GenerateView::restoreParameters(int row) {
    if (row < 0 || row >= m_gallery->rowCount()) return;
    if (restoreFromInfotext(m_gallery->item(row).infotext)) Q_EMIT statusMessage(tr("Parameters restored."));
}

bool GenerateView::restoreFromInfotext(const QString& infotext) {
    if (infotext.trimmed().isEmpty()) return false;
    const clue::Infotext parsed = clue::parse_infotext(infotext.toStdString());
    clue::GenerateOptions options = clue::options_from_infotext(parsed);
    options.prompt = parsed.prompt;
    options.negative_prompt = parsed.negative_prompt;
    m_parameters->setOptions(options);
    return true;
}

bool GenerateView::restoreFromFile(const QString& path, QString* message) {
    const QString name = QFileInfo(path).fileName();
    const auto text = clue::read_png_text(path.toStdString());
    if (!text) {
        if (message) *message = tr("%1 could not be read.").arg(name);
        return false;
    }
    const QString infotext = QString::fromStdString(text.value().parameters);
    if (!restoreFromInfotext(infotext)) {
        if (message) *message = tr("%1 has no generation parameters.").arg(name);
        return false;
    }
    const QImage image(path);
    if (!image.isNull()) {
        m_currentFile = path;
        m_currentInfotext = infotext;
        m_canvas->setImage(image, tr("Parameters restored from %1").arg(name));
        showInfotext(infotext);
    }
    if (message) *message = tr("Parameters restored from %1.").arg(name);
    return true;
}

void GenerateView::showInfotext(const QString& infotext) {
    m_info->setText(infotext);
    m_info->setVisible(!infotext.isEmpty());
}

void GenerateView::updateEmptyState() {
    if (m_session->isLoading())
        m_canvas->setEmptyText(tr("Loading %1 …").arg(QFileInfo(m_session->loadingPath()).fileName()));
    else if (!m_session->hasModel())
        m_canvas->setEmptyText(tr("Open a model to start\n\nFile ▸ Open model folder… or drop a model or a PNG here"));
    else
        m_canvas->setEmptyText(tr("Write a prompt and press Generate (Ctrl+Enter)"));
}
