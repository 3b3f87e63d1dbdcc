#include "views/train/train_view.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMetaObject>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "common/app_settings.h"
#include "common/job_controller.h"
#include "common/model_session.h"
#include "views/train/dataset_panel.h"
#include "views/train/preprocess_preview.h"
#include "views/train/train_progress_panel.h"
#include "views/train/train_settings_panel.h"
#include "widgets/error_dialog.h"

namespace {

QString defaultRunFolder(const AppSettings* settings) {
    const QDir root = QFileInfo(settings->outputFolder()).absoluteDir();
    return root.filePath(QStringLiteral("runs/run-%1")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
}

bool hasModel(const QString& modelDir) {
    return !modelDir.isEmpty() && QFileInfo::exists(QDir(modelDir).filePath(QStringLiteral("model_index.json")));
}

}  // namespace

TrainView::TrainView(JobController* jobs, ModelSession* session, AppSettings* settings, QWidget* parent)
    : QWidget(parent),
      m_jobs(jobs),
      m_session(session),
      m_settings(settings),
      m_settingsPanel(new TrainSettingsPanel(this)),
      m_pages(new QTabWidget(this)),
      m_dataset(new DatasetPanel(this)),
      m_preview(new PreprocessPreview(jobs, this)),
      m_progress(new TrainProgressPanel(this)) {
    m_settingsPanel->hide();  // shown in the Parameters dock by the window
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_dataset, tr("Dataset"));
    m_pages->setTabToolTip(0, tr("Classes and image counts of the scanned dataset, and the skipped files"));
    m_pages->addTab(m_preview, tr("Preprocessing"));
    m_pages->setTabToolTip(1, tr("How the images are prepared for training, stage by stage"));
    m_pages->addTab(m_progress, tr("Progress"));
    m_pages->setTabToolTip(2, tr("Loss curves and sample grids of the run"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_settingsPanel->setRunFolder(defaultRunFolder(settings));
    updateBaseModelDefault();

    connect(m_settingsPanel, &TrainSettingsPanel::scanRequested, this, [this] { scanDataset(); });
    connect(m_settingsPanel, &TrainSettingsPanel::trainRequested, this, [this] { startTraining(false); });
    connect(m_settingsPanel, &TrainSettingsPanel::resumeRequested, this, [this] { startTraining(true); });
    connect(m_settingsPanel, &TrainSettingsPanel::stopRequested, this, &TrainView::stopTraining);
    connect(m_settingsPanel, &TrainSettingsPanel::openRunRequested, this, &TrainView::openRunDialog);
    connect(m_progress, &TrainProgressPanel::openModelRequested, this, &TrainView::openModelRequested);
    connect(m_session, &ModelSession::loaded, this, &TrainView::updateBaseModelDefault);
    connect(m_jobs, &JobController::finished, this,
            [this](quint64 id, clue::JobState state) { onJobFinished(id, state); });
    connect(m_jobs, &JobController::failed, this, &TrainView::onJobFailed);
}

void TrainView::updateBaseModelDefault() {
    // Follow the open model until the user types another base model.
    const QString current = m_settingsPanel->baseModel();
    if (!m_session->hasModel() || (!current.isEmpty() && current != m_defaultBaseModel)) return;
    m_defaultBaseModel = m_session->path();
    m_settingsPanel->setBaseModel(m_defaultBaseModel);
}

clue::TrainOptions TrainView::trainOptions() const {
    clue::TrainOptions options = m_settingsPanel->options();
    options.preprocess = m_preview->preprocessOptions();
    return options;
}

quint64 TrainView::scanDataset() {
    const QString source = m_settingsPanel->datasetPath();
    if (source.isEmpty()) {
        m_dataset->showMessage(tr("Choose a dataset folder or CSV manifest first"));
        return 0;
    }
    if (m_scanJob != 0) m_jobs->cancel(m_scanJob);
    const std::string path = source.toStdString();
    const clue::DatasetOptions options = trainOptions().dataset_options;
    // `this` outlives the job: MainWindow destroys the JobController (joining the worker) first.
    m_scanJob = m_jobs->submit(tr("Scan dataset"), [this, path, options](clue::JobContext& context) -> clue::Status {
        auto dataset = clue::scan_dataset(path, options, &context);
        if (!dataset) return dataset.error();
        if (context.cancel_requested()) return clue::Ok{};
        auto shared = std::make_shared<const clue::Dataset>(std::move(dataset.value()));
        QMetaObject::invokeMethod(this, [this, shared] { onDatasetScanned(shared); }, Qt::QueuedConnection);
        return clue::Ok{};
    });
    m_settingsPanel->setScanning(true);
    m_dataset->showMessage(tr("Scanning %1 …").arg(QDir::toNativeSeparators(source)));
    m_pages->setCurrentWidget(m_dataset);
    return m_scanJob;
}

void TrainView::onDatasetScanned(std::shared_ptr<const clue::Dataset> dataset) {
    m_dataset->setDataset(*dataset);
    QStringList paths;
    for (const clue::DatasetItem& item : dataset->items) paths.append(QString::fromStdString(item.path));
    const int resolution = m_settingsPanel->options().resolution;
    m_preview->setResolution(resolution > 0 ? resolution : m_session->nativeSize());
    m_preview->setImages(paths);
    Q_EMIT statusMessage(tr("Dataset scanned. Usable images: %1.").arg(dataset->items.size()));
}

quint64 TrainView::startTraining(bool resume) {
    if (m_trainJob != 0) return 0;
    clue::TrainOptions options = trainOptions();
    options.resume = resume;
    const QString runDir = QString::fromStdString(options.output_dir);
    if (!resume && QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("checkpoints/latest.txt")))) {
        QMessageBox box(QMessageBox::Question, tr("Train"),
                        tr("The run folder %1 already holds a run.").arg(QDir::toNativeSeparators(runDir)),
                        QMessageBox::NoButton, window());
        box.setInformativeText(tr("Resume it from its latest checkpoint, or start over (its checkpoints are "
                                  "replaced)?"));
        QPushButton* resumeButton = box.addButton(tr("Resume"), QMessageBox::AcceptRole);
        QPushButton* overButton = box.addButton(tr("Start over"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(resumeButton);
        box.exec();
        if (box.clickedButton() == resumeButton) options.resume = true;
        else if (box.clickedButton() != overButton) return 0;
    }
    if (const clue::Status valid = clue::validate(options); !valid) {
        ErrorDialog::showError(window(), tr("The training settings cannot be used"), valid.error());
        return 0;
    }
    if (!options.resume) m_progress->clear();
    m_progress->setModelDir(QString());
    m_progress->setStatus(options.resume ? tr("Resuming …") : tr("Starting …"));
    // `this` outlives the job: MainWindow destroys the JobController (joining the worker) first.
    m_trainJob = m_jobs->submit(tr("Train"), [this, options](clue::JobContext& context) -> clue::Status {
        if (options.resume) {
            auto log = clue::read_train_log(options.output_dir);
            if (log) {
                std::vector<clue::TrainLogRow> rows = std::move(log.value());
                QMetaObject::invokeMethod(this, [this, rows] { m_progress->setLog(rows); }, Qt::QueuedConnection);
            }
        }
        auto summary = clue::train(options, context, [this](const clue::TrainEvent& event) {
            QImage samples;  // decoded here, on the worker: the GUI thread only paints
            if (event.kind == clue::TrainEvent::Kind::Samples) samples.load(QString::fromStdString(event.path));
            QMetaObject::invokeMethod(this, [this, event, samples] { onTrainEvent(event, samples); },
                                      Qt::QueuedConnection);
        });
        if (!summary) return summary.error();
        clue::TrainSummary result = std::move(summary.value());
        QMetaObject::invokeMethod(this, [this, result] { onTrainSummary(result); }, Qt::QueuedConnection);
        return clue::Ok{};
    });
    m_settingsPanel->setTraining(true);
    m_pages->setCurrentWidget(m_progress);
    Q_EMIT statusMessage(options.resume ? tr("Training resumes.") : tr("Training queued."));
    return m_trainJob;
}

void TrainView::stopTraining() {
    if (m_trainJob == 0) return;
    m_jobs->cancel(m_trainJob);
    m_progress->setStatus(tr("Stopping after the current step; a checkpoint is written …"));
}

void TrainView::onTrainEvent(const clue::TrainEvent& event, const QImage& samples) {
    m_progress->addEvent(event);
    if (event.kind == clue::TrainEvent::Kind::Samples && !samples.isNull())
        m_progress->setSamples(samples, QString::fromStdString(event.path));
}

void TrainView::onTrainSummary(const clue::TrainSummary& summary) {
    const QString modelDir = QString::fromStdString(summary.model_dir);
    if (summary.state == clue::JobState::Cancelled)
        m_progress->setStatus(tr("Stopped at step %1; checkpoint: %2 (Resume continues from there)")
                                  .arg(summary.steps_done)
                                  .arg(QDir::toNativeSeparators(QString::fromStdString(summary.checkpoint_dir))));
    else
        m_progress->setStatus(tr("Finished: %1 steps · last loss %2 · validation loss %3")
                                  .arg(summary.steps_done)
                                  .arg(summary.last_loss, 0, 'g', 4)
                                  .arg(summary.last_validation_loss, 0, 'g', 4));
    if (hasModel(modelDir)) m_progress->setModelDir(modelDir);
}

void TrainView::openRunDialog() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open run"), m_settingsPanel->runFolder());
    if (!folder.isEmpty()) openRun(folder);
}

quint64 TrainView::openRun(const QString& runDir) {
    const QDir dir(runDir);
    // `this` outlives the job: MainWindow destroys the JobController (joining the worker) first.
    m_openRunJob = m_jobs->submit(tr("Open run"), [this, runDir, dir](clue::JobContext&) -> clue::Status {
        QString config;
        QFile file(dir.filePath(QStringLiteral("config.json")));
        if (file.open(QIODevice::ReadOnly)) config = QString::fromUtf8(file.readAll());
        std::vector<clue::TrainLogRow> log;
        if (auto rows = clue::read_train_log(runDir.toStdString())) log = std::move(rows.value());
        if (config.isEmpty() && log.empty())
            return clue::Error{clue::Errc::FileNotFound, "no config.json or train_log.csv in " + runDir.toStdString()};
        const QStringList grids = QDir(dir.filePath(QStringLiteral("samples")))
                                      .entryList({QStringLiteral("step_*.png")}, QDir::Files, QDir::Name);
        QString samplesPath;
        QImage samples;
        if (!grids.isEmpty()) {
            samplesPath = dir.filePath(QStringLiteral("samples/") + grids.last());
            samples.load(samplesPath);
        }
        const QString modelDir = dir.filePath(QStringLiteral("model"));
        QMetaObject::invokeMethod(
            this,
            [this, runDir, config, log, samples, samplesPath, modelDir] {
                onRunOpened(runDir, config, log, samples, samplesPath, hasModel(modelDir) ? modelDir : QString());
            },
            Qt::QueuedConnection);
        return clue::Ok{};
    });
    return m_openRunJob;
}

void TrainView::onRunOpened(const QString& runDir, const QString& configJson,
                            const std::vector<clue::TrainLogRow>& log, const QImage& samples,
                            const QString& samplesPath, const QString& modelDir) {
    if (!configJson.isEmpty()) {
        if (auto options = clue::train_options_from_json(configJson.toStdString())) {
            m_settingsPanel->setOptions(options.value());
            m_preview->setPreprocessOptions(options.value().preprocess);
        }
    }
    m_settingsPanel->setRunFolder(runDir);
    m_progress->clear();
    m_progress->setLog(log);
    if (!samples.isNull()) m_progress->setSamples(samples, samplesPath);
    m_progress->setModelDir(modelDir);
    m_progress->setStatus(log.empty() ? tr("Run %1: no steps logged yet.").arg(QDir::toNativeSeparators(runDir))
                                      : tr("Run %1: %2 steps logged, last loss %3")
                                            .arg(QDir::toNativeSeparators(runDir))
                                            .arg(log.back().step)
                                            .arg(log.back().loss, 0, 'g', 4));
    m_pages->setCurrentWidget(m_progress);
}

void TrainView::onJobFinished(quint64 id, clue::JobState state) {
    if (id == m_scanJob) {
        m_scanJob = 0;
        m_settingsPanel->setScanning(false);
        if (state == clue::JobState::Cancelled) m_dataset->showMessage(tr("The scan was cancelled."));
    } else if (id == m_trainJob) {
        m_trainJob = 0;
        m_settingsPanel->setTraining(false);
        if (state == clue::JobState::Cancelled) Q_EMIT statusMessage(tr("Training stopped."));
        else if (state == clue::JobState::Succeeded) Q_EMIT statusMessage(tr("Training finished."));
    } else if (id == m_openRunJob) {
        m_openRunJob = 0;
    }
}

void TrainView::onJobFailed(quint64 id, const clue::Error& error) {
    if (id == m_scanJob) {
        m_dataset->showMessage(tr("The dataset could not be scanned."));
        ErrorDialog::showError(window(), tr("The dataset could not be scanned"), error);
    } else if (id == m_trainJob) {
        m_progress->setStatus(tr("Training failed."));
        ErrorDialog::showError(window(), tr("Training failed"), error);
    } else if (id == m_openRunJob) {
        ErrorDialog::showError(window(), tr("The run could not be opened"), error);
    }
}
