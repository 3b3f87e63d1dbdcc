#include "views/style/style_view.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMetaObject>
#include <QVBoxLayout>

#include "clue/engine.h"
#include "clue/png_meta.h"
#include "common/app_settings.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "common/result_saver.h"
#include "common/style_space_holder.h"
#include "views/generate/parameters_panel.h"
#include "views/style/style_panel.h"
#include "widgets/error_dialog.h"
#include "widgets/image_canvas.h"

StyleView::StyleView(JobController* jobs, ModelSession* session, AppSettings* settings, GalleryModel* gallery,
                     ParametersPanel* parameters, StyleSpaceHolder* spaces, QWidget* parent)
    : QWidget(parent),
      m_jobs(jobs),
      m_session(session),
      m_settings(settings),
      m_gallery(gallery),
      m_parameters(parameters),
      m_spaces(spaces),
      m_panel(new StylePanel(this)),
      m_canvas(new ImageCanvas(this)) {
    m_panel->hide();  // shown in the Parameters dock by the window
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
    m_queue.setSubmitFunction([this](const clue::GenerateOptions& options) { return submitGeneration(options); });

    connect(m_panel, &StylePanel::componentMoved, this, &StyleView::onComponentMoved);
    connect(m_panel, &StylePanel::settingsChanged, this, [this] {
        if (m_panel->livePreview()) generate();
    });
    connect(m_panel, &StylePanel::componentsWanted, this, &StyleView::rebuildComponents);
    connect(m_panel, &StylePanel::sampleRequested, this, &StyleView::sampleStyle);
    connect(m_panel, &StylePanel::encodeRequested, this, &StyleView::encodeFromImage);
    connect(m_panel, &StylePanel::resetRequested, this,
            [this] { setStyleVector(std::vector<float>(size_t(m_styleDim), 0.0f)); });
    connect(m_panel, &StylePanel::copyRequested, this, &StyleView::copyStyle);
    connect(m_panel, &StylePanel::pasteRequested, this, &StyleView::pasteStyle);
    connect(m_jobs, &JobController::finished, this,
            [this](quint64 id, clue::JobState state) { onFinished(id, state); });
    connect(m_jobs, &JobController::failed, this, &StyleView::onFailed);
    connect(m_session, &ModelSession::loadStarted, this, &StyleView::onModelChanged);
    connect(m_session, &ModelSession::loaded, this, &StyleView::onModelChanged);
    connect(m_session, &ModelSession::loadFailed, this, &StyleView::onModelChanged);
    connect(m_session, &ModelSession::loadCancelled, this, &StyleView::onModelChanged);
    connect(m_spaces, &StyleSpaceHolder::changed, this, &StyleView::rebuildComponents);
    onModelChanged();
}

void StyleView::onModelChanged() {
    const auto model = m_session->model();
    if (model && !m_session->isLoading()) {
        const clue::ModelInfo& info = model->info();
        setStyleModel(info.style_dim, info.classes, QString::fromStdString(info.prompt_template), info.class_prompts);
    } else {
        setStyleModel(0, {}, QString());
    }
}

void StyleView::setStyleModel(int styleDim, const std::vector<std::string>& classes, const QString& promptTemplate,
                              const std::map<std::string, std::string>& classPrompts) {
    m_styleDim = qMax(0, styleDim);
    m_style.assign(size_t(m_styleDim), 0.0f);
    m_queue.clearPending();
    m_canvas->clearImage();
    m_panel->setPromptChoices(classes, promptTemplate, classPrompts);
    rebuildComponents();
    updateEmptyState();
}

bool StyleView::canGenerate() const {
    return hasStyleModel() && m_session->hasModel() && !m_session->isLoading();
}

void StyleView::rebuildComponents() {
    m_components.clear();
    const auto space = m_spaces->space();
    const bool pca = m_styleDim > 0 && space && space->dim == m_styleDim && space->components > 0;
    m_panel->setPcaAvailable(pca);
    if (m_styleDim > 0) {
        const int count = m_panel->componentCount();
        if (space && space->dim == m_styleDim) {
            for (const clue::StyleComponent& component : clue::style_components(*space, count))
                if (component.kind == m_panel->componentKind()) m_components.push_back(component);
        } else {
            m_components = clue::default_style_components(m_styleDim, count);
        }
    }
    m_panel->setComponents(m_components);
    updateSliders();
}

void StyleView::updateSliders() {
    std::vector<double> values;
    values.reserve(m_components.size());
    for (const clue::StyleComponent& component : m_components)
        values.push_back(m_style.empty() ? 0.0 : clue::style_component_value(m_style, component));
    m_panel->setSliderValues(values);
}

void StyleView::setStyleVector(const std::vector<float>& style, bool regenerate) {
    if (int(style.size()) != m_styleDim) return;
    m_style = style;
    updateSliders();
    if (regenerate && m_panel->livePreview()) generate();
}

void StyleView::onComponentMoved(int index, double value) {
    if (index < 0 || index >= int(m_components.size()) || m_style.empty()) return;
    m_style = clue::set_style_component(m_style, m_components[size_t(index)], value);
    if (m_panel->livePreview()) generate();
}

clue::GenerateOptions StyleView::generateOptions() const {
    clue::GenerateOptions options = m_parameters->options();  // sampler, steps, CFG, size, negative prompt
    options.prompt = m_panel->prompt().toStdString();
    options.seed = m_panel->seed();
    options.batch = 1;
    options.style = m_style;
    options.style_scale = m_panel->styleScale();
    options.style_guidance = m_panel->styleGuidance();
    options.preview_every = 0;  // the next slider position matters more than previews of this one
    return options;
}

void StyleView::setSubmitFunction(LivePreviewQueue::SubmitFunction submit) { m_queue.setSubmitFunction(std::move(submit)); }

quint64 StyleView::generate() {
    if (!hasStyleModel()) {
        Q_EMIT statusMessage(tr("Open a CLUE model first."));
        return 0;
    }
    return m_queue.request(generateOptions());
}

quint64 StyleView::submitGeneration(const clue::GenerateOptions& options) {
    if (!canGenerate()) return 0;
    if (const clue::Status valid = clue::validate(options); !valid) {
        Q_EMIT statusMessage(tr("The parameters cannot be used: %1").arg(QString::fromStdString(valid.error().detail)));
        return 0;
    }
    std::shared_ptr<clue::Model> model = m_session->model();
    const QString root = m_settings->outputFolder();
    // `this` outlives the job: MainWindow destroys the JobController (joining the worker) first.
    auto deliver = [this](const SavedResults& saved) { onResults(saved.items, saved.saveError, saved.saveFailed); };
    return m_jobs->submit(tr("Style preview"), generateAndSaveJob(model, options, root, this, deliver));
}

void StyleView::onResults(const QList<GalleryItem>& items, const clue::Error& saveError, bool saveFailed) {
    for (const GalleryItem& item : items) m_gallery->prepend(item);
    if (!items.isEmpty()) {
        const GalleryItem& item = items.first();
        m_canvas->setImage(item.image, tr("Seed %1 · %2").arg(item.seed).arg(QFileInfo(item.filePath).fileName()));
    }
    if (saveFailed) ErrorDialog::showError(window(), tr("The image could not be saved"), saveError);
    Q_EMIT resultsArrived(int(items.size()));
}

void StyleView::onFinished(quint64 id, clue::JobState) {
    if (id == m_encodeJob) m_encodeJob = 0;
    m_queue.jobFinished(id);
}

void StyleView::onFailed(quint64 id, const clue::Error& error) {
    if (id == m_queue.runningId()) ErrorDialog::showError(window(), tr("Generation failed"), error);
    else if (id == m_encodeJob) ErrorDialog::showError(window(), tr("The style could not be encoded"), error);
}

void StyleView::sampleStyle() {
    if (m_styleDim <= 0) return;
    setStyleVector(clue::sample_style(m_styleDim, m_panel->styleSeed()));
    Q_EMIT statusMessage(tr("Style sampled with style seed %1.").arg(m_panel->styleSeed()));
}

void StyleView::encodeFromImage() {
    if (!canGenerate()) return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Encode the style of an image"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)"));
    if (file.isEmpty()) return;
    std::shared_ptr<clue::Model> model = m_session->model();
    const std::string path = file.toStdString();
    const std::string prompt = m_panel->prompt().toStdString();
    // `this` outlives the job: MainWindow destroys the JobController (joining the worker) first.
    m_encodeJob = m_jobs->submit(tr("Encode style"), [this, model, path, prompt](clue::JobContext& context)
                                                         -> clue::Status {
        auto image = clue::read_image(path);
        if (!image) return image.error();
        auto style = clue::encode_style(*model, image.value(), prompt, &context);
        if (!style) return style.error();
        std::vector<float> s = std::move(style.value());
        QMetaObject::invokeMethod(this, [this, s] { setStyleVector(s); }, Qt::QueuedConnection);
        return clue::Ok{};
    });
    Q_EMIT statusMessage(tr("Encoding the style of %1 …").arg(QFileInfo(file).fileName()));
}

void StyleView::copyStyle() {
    if (m_style.empty()) return;
    QGuiApplication::clipboard()->setText(QString::fromStdString(clue::style_to_text(m_style)));
    Q_EMIT statusMessage(tr("Style vector copied: %1 numbers.").arg(m_style.size()));
}

void StyleView::pasteStyle() {
    if (m_styleDim <= 0) return;
    const auto style = clue::style_from_text(QGuiApplication::clipboard()->text().toStdString(), m_styleDim);
    if (!style) {
        Q_EMIT statusMessage(tr("The clipboard holds no style vector: %1")
                                 .arg(QString::fromStdString(style.error().detail)));
        return;
    }
    setStyleVector(style.value());
    Q_EMIT statusMessage(tr("Style vector pasted."));
}

void StyleView::updateEmptyState() {
    m_panel->setEnabled(hasStyleModel());
    if (m_session->isLoading())
        m_canvas->setEmptyText(tr("Loading %1 …").arg(QFileInfo(m_session->loadingPath()).fileName()));
    else if (!hasStyleModel())
        m_canvas->setEmptyText(tr("Open a CLUE model (train one in the Train view) to explore its styles"));
    else
        m_canvas->setEmptyText(tr("Move a slider, or press Generate (Ctrl+Enter), to see this style"));
}
