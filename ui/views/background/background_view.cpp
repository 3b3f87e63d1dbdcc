#include "views/background/background_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

#include "clue/engine.h"
#include "common/app_settings.h"
#include "common/image_convert.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "views/background/background_job.h"
#include "views/background/background_panel.h"
#include "views/background/background_result_panel.h"
#include "views/background/brush_group.h"
#include "views/background/brush_layers.h"
#include "views/background/mask_canvas.h"
#include "widgets/error_dialog.h"

BackgroundView::BackgroundView(JobController* jobs, ModelSession* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent),
      m_jobs(jobs),
      m_session(session),
      m_settings(settings),
      m_layers(new BrushLayers(this)),
      m_panel(new BackgroundPanel(this)),
      m_canvas(new MaskCanvas(m_layers, this)),
      m_results(new BackgroundResultPanel(this)) {
    m_panel->hide();  // shown in the Parameters dock by the window
    m_canvas->setFocusPolicy(Qt::ClickFocus);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(createMapBar());
    topLayout->addWidget(m_canvas, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    auto* undo = new QShortcut(QKeySequence::Undo, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    auto* redo = new QShortcut(QKeySequence::Redo, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, m_layers, &BrushLayers::undo);
    connect(redo, &QShortcut::activated, m_layers, &BrushLayers::redo);
    BrushGroup* brush = m_panel->brushGroup();
    connect(brush, &BrushGroup::brushChanged, this, &BackgroundView::updateBrush);
    connect(brush, &BrushGroup::undoRequested, m_layers, &BrushLayers::undo);
    connect(brush, &BrushGroup::redoRequested, m_layers, &BrushLayers::redo);
    connect(brush, &BrushGroup::clearRequested, m_layers, &BrushLayers::clear);
    connect(m_layers, &BrushLayers::historyChanged, this, &BackgroundView::updateHistory);
    connect(m_canvas, &MaskCanvas::referenceDropped, this, &BackgroundView::openReference);
    connect(m_panel, &BackgroundPanel::openReferenceRequested, this, &BackgroundView::chooseReferenceFile);
    connect(m_panel, &BackgroundPanel::computeMaskRequested, this, [this] { computeMask(); });
    connect(m_panel, &BackgroundPanel::generateRequested, this, [this] { generate(); });
    connect(m_panel, &BackgroundPanel::cancelRequested, this, &BackgroundView::cancel);
    connect(m_results, &BackgroundResultPanel::exportRequested, this, [this] { exportResult(); });
    connect(m_jobs, &JobController::finished, this,
            [this](quint64 id, clue::JobState state) { onFinished(id, state); });
    connect(m_jobs, &JobController::failed, this, &BackgroundView::onFailed);
    connect(m_jobs, &JobController::previewReady, this, &BackgroundView::onPreview);
    connect(m_session, &ModelSession::loadStarted, this, &BackgroundView::onModelChanged);
    connect(m_session, &ModelSession::loaded, this, &BackgroundView::onModelChanged);
    connect(m_session, &ModelSession::loadFailed, this, &BackgroundView::onModelChanged);
    connect(m_session, &ModelSession::loadCancelled, this, &BackgroundView::onModelChanged);
    updateBrush();
    updateHistory();
    onModelChanged();
}

BackgroundView::~BackgroundView() = default;

QWidget* BackgroundView::createMapBar() {
    auto* bar = new QWidget(this);
    m_stepCombo = new QComboBox(bar);
    m_stepCombo->setToolTip(tr("The manipulation step whose importance map and mask are shown"));
    m_stepCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showHeat = new QCheckBox(tr("Importance map"), bar);
    m_showHeat->setChecked(true);
    m_showHeat->setToolTip(tr("Show the importance map of the subject word over the reference (contrast stretched "
                              "between its 2nd and 98th percentile)"));
    m_heatOpacity = new QSlider(Qt::Horizontal, bar);
    m_heatOpacity->setRange(0, 100);
    m_heatOpacity->setValue(80);
    m_heatOpacity->setMaximumWidth(120);
    m_heatOpacity->setToolTip(tr("Opacity of the importance map"));
    m_showMask = new QCheckBox(tr("Mask"), bar);
    m_showMask->setChecked(true);
    m_showMask->setToolTip(tr("Outline the mask: the subject (kept) tinted blue, the background (taken from the reference) dimmed"));
    m_mapInfo = new QLabel(bar);
    m_mapInfo->setToolTip(tr("Green strokes add to the subject, red strokes erase from it"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(12, 6, 12, 0);
    layout->addWidget(new QLabel(tr("Step"), bar));
    layout->addWidget(m_stepCombo);
    layout->addSpacing(12);
    layout->addWidget(m_showHeat);
    layout->addWidget(m_heatOpacity);
    layout->addWidget(m_showMask);
    layout->addSpacing(12);
    layout->addWidget(m_mapInfo, 1);
    connect(m_stepCombo, &QComboBox::currentIndexChanged, this, &BackgroundView::showStep);
    connect(m_showHeat, &QCheckBox::toggled, m_canvas, &MaskCanvas::setShowHeat);
    connect(m_showMask, &QCheckBox::toggled, m_canvas, &MaskCanvas::setShowMask);
    connect(m_heatOpacity, &QSlider::valueChanged, m_canvas, [this](int value) { m_canvas->setHeatOpacity(value / 100.0); });
    m_stepCombo->setEnabled(false);
    return bar;
}

void BackgroundView::onModelChanged() {
    const auto model = m_session->model();
    if (model && !m_session->isLoading()) {
        QStringList prompts;
        for (const std::string& name : model->info().classes)
            prompts << QString::fromStdString(clue::prompt_for_class(model->info(), name));
        m_panel->setPromptChoices(prompts);
    }
    updateEmptyState();
}

void BackgroundView::setReference(const QImage& image, const QString& name) {
    m_reference = image.convertToFormat(QImage::Format_RGB888);
    m_referenceName = name;
    m_layers->reset(m_reference.size());
    m_canvas->setReference(m_reference);
    m_canvas->clearMaps();
    m_stepCombo->clear();
    m_stepCombo->setEnabled(false);
    m_results->clear();
    m_outcome.reset();
    m_panel->setReferenceName(name.isEmpty() && !image.isNull()
                                  ? tr("%1×%2 image").arg(image.width()).arg(image.height())
                                  : name);
    m_panel->showMessage({});
    updateEmptyState();
}

bool BackgroundView::openReference(const QString& path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        const QString text = tr("%1 cannot be read as an image: %2").arg(QFileInfo(path).fileName(), reader.errorString());
        m_panel->showMessage(text);
        Q_EMIT statusMessage(text);
        return false;
    }
    setReference(image, QFileInfo(path).fileName());
    Q_EMIT statusMessage(tr("Reference: %1 (%2×%3)").arg(QDir::toNativeSeparators(path)).arg(image.width()).arg(image.height()));
    return true;
}

void BackgroundView::chooseReferenceFile() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a reference image"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)"));
    if (!file.isEmpty()) openReference(file);
}

bool BackgroundView::canRun() const { return m_session->hasModel() && !m_session->isLoading() && m_job == 0; }

std::optional<clue::BackgroundOptions> BackgroundView::options(QString* problem) const {
    auto fail = [problem](const QString& text) {
        if (problem) *problem = text;
        return std::nullopt;
    };
    if (m_reference.isNull()) return fail(tr("Open a reference image first (or drop one on the canvas)."));
    QString panelProblem;
    std::optional<clue::BackgroundOptions> o = m_panel->options(&panelProblem);
    if (!o) return fail(panelProblem);
    if (m_panel->subject().isEmpty()) return fail(tr("Choose the subject word from the prompt."));
    if (!m_panel->subjectInPrompt())
        return fail(tr("The subject “%1” is not a word of the prompt.").arg(m_panel->subject()));
    o->base.init_image = fromQImage(m_reference, 3);
    o->brush_add = BrushLayers::toClueImage(m_layers->addLayer());
    o->brush_erase = BrushLayers::toClueImage(m_layers->eraseLayer());
    o->base.preview_every = m_settings->previewEverySteps();
    o->base.preview_mode =
        m_settings->previewFullDecode() ? clue::PreviewMode::FullDecode : clue::PreviewMode::Approximate;
    if (const clue::Status valid = clue::validate(*o); !valid)
        return fail(QString::fromStdString(valid.error().detail));
    return o;
}

quint64 BackgroundView::computeMask() { return submit(true); }

quint64 BackgroundView::generate() { return submit(false); }

quint64 BackgroundView::submit(bool masksOnly) {
    if (!canRun()) {
        Q_EMIT statusMessage(m_job ? tr("A background run is already going.") : tr("Open a model first."));
        return 0;
    }
    QString problem;
    std::optional<clue::BackgroundOptions> o = options(&problem);
    if (!o) {
        m_panel->showMessage(problem);
        return 0;
    }
    m_panel->showMessage({});
    o->masks_only = masksOnly;
    o->run_baseline = !masksOnly;
    if (masksOnly) o->base.preview_every = 0;
    m_jobMasksOnly = masksOnly;
    m_jobRunSteps = std::clamp(int(o->base.steps * o->base.strength), 1, o->base.steps);
    m_outcomeSeed = o->base.seed;
    m_pending = std::make_shared<BackgroundOutcome>();
    const QSize size = m_reference.size();
    m_job = m_jobs->submit(masksOnly ? tr("Compute mask") : tr("Replace background"),
                           backgroundJob(m_session->model(), std::move(*o), size, m_pending));
    if (!masksOnly) m_results->showRunning(m_jobRunSteps);
    m_panel->setRunning(true, canRun());
    Q_EMIT statusMessage(masksOnly ? tr("Computing the mask …") : tr("Background replacement queued."));
    return m_job;
}

void BackgroundView::cancel() {
    if (m_job != 0) m_jobs->cancel(m_job);
}

void BackgroundView::onPreview(quint64 id, const QImage& image, int step) {
    if (id != m_job || m_jobMasksOnly) return;
    m_results->showPreview(image, step, m_jobRunSteps);
}

void BackgroundView::onFinished(quint64 id, clue::JobState state) {
    if (id == m_exportJob) {
        m_exportJob = 0;
        const QStringList files = m_exportFiles ? *m_exportFiles : QStringList();
        if (state == clue::JobState::Succeeded && !files.isEmpty())
            Q_EMIT statusMessage(tr("Saved %1 and %n more file(s)", nullptr, int(files.size()) - 1)
                                     .arg(QDir::toNativeSeparators(files.first())));
        Q_EMIT exportFinished(state == clue::JobState::Succeeded ? files : QStringList());
        return;
    }
    if (id != m_job) return;
    m_job = 0;
    std::shared_ptr<BackgroundOutcome> pending = std::move(m_pending);
    m_panel->setRunning(false, canRun());
    if (state == clue::JobState::Cancelled) {
        m_results->showCancelled();
        Q_EMIT statusMessage(tr("Background replacement cancelled."));
    } else if (state == clue::JobState::Succeeded && pending) {
        showOutcome(pending);
        Q_EMIT statusMessage(m_jobMasksOnly ? tr("Mask computed at %n step(s).", nullptr, int(pending->result.maps.size()))
                                            : tr("Background replaced."));
    }
    updateEmptyState();
    Q_EMIT runFinished(state);
}

void BackgroundView::onFailed(quint64 id, const clue::Error& error) {
    if (id == m_job) ErrorDialog::showError(window(), tr("Background replacement failed"), error);
    else if (id == m_exportJob) ErrorDialog::showError(window(), tr("The result could not be exported"), error);
}

void BackgroundView::showOutcome(std::shared_ptr<const BackgroundOutcome> outcome) {
    m_outcome = std::move(outcome);
    const clue::BackgroundResult& r = m_outcome->result;
    {
        const QSignalBlocker blocker(m_stepCombo);
        m_stepCombo->clear();
        for (const clue::BackgroundStepMaps& maps : r.maps) m_stepCombo->addItem(QString::number(maps.step));
        m_stepCombo->setEnabled(!r.maps.empty());
    }
    if (!r.maps.empty()) {
        m_stepCombo->setCurrentIndex(int(r.maps.size()) - 1);
        showStep(int(r.maps.size()) - 1);
        Q_EMIT masksShown();
    }
    if (!m_outcome->masksOnly && !r.image.empty()) {
        m_results->showOutcome(*m_outcome);
        Q_EMIT resultsArrived();
    }
}

void BackgroundView::showStep(int index) {
    if (!m_outcome || index < 0 || index >= int(m_outcome->result.maps.size())) return;
    const clue::BackgroundResult& r = m_outcome->result;
    const clue::BackgroundStepMaps& maps = r.maps[size_t(index)];
    m_canvas->setMaps(m_outcome->heat.value(index), maps.mask, r.latent_width, r.latent_height);
    double subject = 0.0;
    for (float v : maps.mask) subject += double(v);
    const double share = maps.mask.empty() ? 0.0 : 100.0 * subject / double(maps.mask.size());
    m_mapInfo->setText(tr("Subject “%1”: %2 token(s) · mask %3×%4, %5 % subject")
                           .arg(m_panel->subject())
                           .arg(r.subject_tokens.size())
                           .arg(r.latent_width)
                           .arg(r.latent_height)
                           .arg(share, 0, 'f', 0));
    m_canvas->setCaption(tr("Reference · importance map and mask of step %1").arg(maps.step));
}

quint64 BackgroundView::exportResult() {
    if (!m_outcome || m_outcome->result.image.empty() || m_exportJob != 0) return 0;
    m_exportFiles = std::make_shared<QStringList>();
    m_exportJob = m_jobs->submit(tr("Export background result"),
                                 backgroundExportJob(m_outcome, m_outcomeSeed, m_settings->outputFolder(), m_exportFiles));
    return m_exportJob;
}

void BackgroundView::updateBrush() {
    const BrushGroup* brush = m_panel->brushGroup();
    m_canvas->setBrush(brush->mode(), brush->radius(), brush->feather());
}

void BackgroundView::updateHistory() {
    m_panel->brushGroup()->setHistory(m_layers->canUndo(), m_layers->canRedo(), !m_layers->isEmpty());
}

void BackgroundView::updateEmptyState() {
    const bool model = m_session->hasModel() && !m_session->isLoading();
    m_panel->setRunning(m_job != 0, canRun());
    if (m_session->isLoading())
        m_canvas->setEmptyText(tr("Loading %1 …").arg(QFileInfo(m_session->loadingPath()).fileName()));
    else if (!model)
        m_canvas->setEmptyText(tr("Open a model to start (File ▸ Open model), then a reference image"));
    else
        m_canvas->setEmptyText(tr("Open a reference image (Parameters ▸ Reference) or drop one here, then choose "
                                  "the subject word of the prompt"));
    if (m_reference.isNull()) m_mapInfo->setText(QString());
    else if (!m_outcome) m_mapInfo->setText(tr("Compute mask shows the importance map; paint to add or erase"));
    m_results->setEmptyText(model ? tr("Generate (Ctrl+Enter): the result, plain img2img and the reference appear "
                                       "here side by side")
                                  : QString());
}
