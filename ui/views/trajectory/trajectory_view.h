#pragma once
// The Trajectory view (issue #5, methods.md §3): a prompt swap from a neutral to an attribute prompt after step λ,
// for every λ on the timeline; the strip shows one image per λ, a slider moves along the Bézier path through their
// latents (nearest frame at once, the exact point decoded on the worker when it rests), a plot shows the direction
// cosines, and the results export as strip PNG, frame PNGs, animated GIF and CSV. The run, the exact decodes and the
// exports are jobs on the device worker (JobController); settings live in a Parameters-dock group (panel()).
#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clue/job.h"
#include "clue/result.h"
#include "clue/trajectory.h"

class AppSettings;
class CosinePlot;
class CurvePreview;
class JobController;
class ModelSession;
class QLineEdit;
class QPushButton;
class SwapTimeline;
class TrajectoryPanel;
class TrajectoryStrip;

class TrajectoryView : public QWidget {
    Q_OBJECT

public:
    TrajectoryView(JobController* jobs, ModelSession* session, AppSettings* settings, QWidget* parent = nullptr);

    /// The group for the Parameters dock (owned by this view until the window reparents it).
    TrajectoryPanel* panel() const { return m_panel; }
    SwapTimeline* timeline() const { return m_timeline; }
    TrajectoryStrip* strip() const { return m_strip; }
    CurvePreview* preview() const { return m_preview; }
    CosinePlot* cosinePlot() const { return m_plot; }
    QLineEdit* exportFolderEdit() const { return m_exportFolder; }

    /// The class prompts of the open model (ModelInfo; tests call it without a model): prefill the prompts.
    void setClassPrompts(const std::vector<std::string>& classes, const std::vector<std::string>& prompts);

    /// A model is loaded and no run of this view is in flight.
    bool canRun() const;
    bool isRunning() const { return m_runJob != 0; }
    /// The options Run uses: the panel's, with the timeline's swap steps.
    clue::TrajectoryOptions options() const;
    /// Validates, then queues the run; 0 (and an inline message) when it cannot start.
    quint64 run();
    void cancel();

    /// The last finished trajectory (null before the first run).
    std::shared_ptr<const clue::Trajectory> trajectory() const { return m_trajectory; }
    /// Queues writing `parts` (TrajectoryExport::Part) of the trajectory into `folder`; 0 when there is nothing.
    quint64 exportTo(const QString& folder, int parts);

    void updateEmptyState();

Q_SIGNALS:
    void statusMessage(const QString& text);
    /// A run ended (Succeeded with the strip filled, Cancelled, or Failed).
    void runFinished(clue::JobState state);
    /// An export ended; `files` written (empty when it failed).
    void exportFinished(const QStringList& files);

private:
    QWidget* createExportBar();
    void onModelChanged();
    void onFinished(quint64 id, clue::JobState state);
    void onFailed(quint64 id, const clue::Error& error);
    void onProgress(quint64 id, const QString& stage, qint64 done, qint64 total);
    void showTrajectory(std::shared_ptr<const clue::Trajectory> trajectory);
    void decodeExact(double t);
    void setExportEnabled(bool enabled);
    QString defaultExportFolder(qint64 seed) const;

    JobController* m_jobs;
    ModelSession* m_session;
    AppSettings* m_settings;
    TrajectoryPanel* m_panel;
    SwapTimeline* m_timeline;
    CurvePreview* m_preview;
    TrajectoryStrip* m_strip;
    CosinePlot* m_plot;
    QLineEdit* m_exportFolder = nullptr;
    QList<QPushButton*> m_exportButtons;
    bool m_exportFolderEdited = false;

    quint64 m_runJob = 0;
    quint64 m_decodeJob = 0;
    quint64 m_exportJob = 0;
    std::optional<double> m_pendingDecode;  ///< the newest exact point asked for while a decode runs
    std::shared_ptr<clue::Trajectory> m_runResult;  ///< filled by the run job, read after finished()
    std::shared_ptr<const clue::Trajectory> m_trajectory;
    int m_runSteps = 0;  ///< N of the shown trajectory
    qint64 m_runSeed = 0;
    std::shared_ptr<QStringList> m_exportResult;
};
