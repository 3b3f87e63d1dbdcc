#pragma once
// The Train view (ui.md "run"): scan a dataset, preview its preprocessing, fine-tune a model with
// CLUE or the vanilla baseline, watch the loss curves and sample grids, stop (a checkpoint is
// written) and resume, and open the trained model. Settings live in a Parameters-dock group
// (settingsPanel()); the centre holds the Dataset, Preprocessing and Progress pages.
#include <QWidget>

#include <memory>

#include "clue/dataset.h"
#include "clue/job.h"
#include "clue/result.h"
#include "clue/train.h"

class AppSettings;
class DatasetPanel;
class JobController;
class ModelSession;
class PreprocessPreview;
class QTabWidget;
class TrainProgressPanel;
class TrainSettingsPanel;

class TrainView : public QWidget {
    Q_OBJECT

public:
    TrainView(JobController* jobs, ModelSession* session, AppSettings* settings, QWidget* parent = nullptr);

    /// The group for the Parameters dock (owned by this view until the window reparents it).
    TrainSettingsPanel* settingsPanel() const { return m_settingsPanel; }
    DatasetPanel* datasetPanel() const { return m_dataset; }
    PreprocessPreview* preprocessPreview() const { return m_preview; }
    TrainProgressPanel* progressPanel() const { return m_progress; }
    QTabWidget* pages() const { return m_pages; }

    /// The options a Train press would use (settings + preprocessing switches).
    clue::TrainOptions trainOptions() const;

    quint64 scanDataset();
    /// Starts (resume=false) or resumes a run; returns the job id, 0 when nothing was started.
    quint64 startTraining(bool resume);
    void stopTraining();
    /// Reads a run folder's config.json, loss log and latest sample grid (a job).
    quint64 openRun(const QString& runDir);
    bool isTraining() const { return m_trainJob != 0; }

Q_SIGNALS:
    void openModelRequested(const QString& path);
    void statusMessage(const QString& text);

private:
    void onDatasetScanned(std::shared_ptr<const clue::Dataset> dataset);
    void onTrainEvent(const clue::TrainEvent& event, const QImage& samples);
    void onTrainSummary(const clue::TrainSummary& summary);
    void onRunOpened(const QString& runDir, const QString& configJson, const std::vector<clue::TrainLogRow>& log,
                     const QImage& samples, const QString& samplesPath, const QString& modelDir);
    void onJobFinished(quint64 id, clue::JobState state);
    void onJobFailed(quint64 id, const clue::Error& error);
    void openRunDialog();
    void updateBaseModelDefault();

    JobController* m_jobs;
    ModelSession* m_session;
    AppSettings* m_settings;
    TrainSettingsPanel* m_settingsPanel;
    QTabWidget* m_pages;
    DatasetPanel* m_dataset;
    PreprocessPreview* m_preview;
    TrainProgressPanel* m_progress;
    QString m_defaultBaseModel;  // what the base-model field was last filled with automatically
    quint64 m_scanJob = 0;
    quint64 m_trainJob = 0;
    quint64 m_openRunJob = 0;
};
