#pragma once
// The Background view (issue #5, methods.md §4): Abs-Grad-SAM background replacement. The canvas shows the reference
// image with the importance map of a chosen manipulation step, the mask and the brush strokes (add = subject, erase =
// background); "Compute mask" runs only up to the last manipulation step, "Generate" runs the replacement with live
// preview and plain img2img at the same strength and seed, shown side by side with the reference and their background
// PSNR/SSIM. Everything slow is a job on the device worker; settings live in a Parameters-dock group (panel()).
#include <QImage>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

#include "clue/background.h"
#include "clue/job.h"
#include "clue/result.h"

class AppSettings;
class BackgroundPanel;
class BackgroundResultPanel;
class BrushLayers;
class JobController;
class MaskCanvas;
class ModelSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
struct BackgroundOutcome;

class BackgroundView : public QWidget {
    Q_OBJECT

public:
    BackgroundView(JobController* jobs, ModelSession* session, AppSettings* settings, QWidget* parent = nullptr);
    ~BackgroundView() override;

    /// The group for the Parameters dock (owned by this view until the window reparents it).
    BackgroundPanel* panel() const { return m_panel; }
    MaskCanvas* canvas() const { return m_canvas; }
    BackgroundResultPanel* resultPanel() const { return m_results; }
    BrushLayers* layers() const { return m_layers; }
    QComboBox* stepCombo() const { return m_stepCombo; }

    /// Makes `image` the reference (the brush starts over, earlier maps go); `name` is shown in the panel.
    void setReference(const QImage& image, const QString& name = QString());
    /// Reads an image file as the reference; false (and a status message) when it cannot be read.
    bool openReference(const QString& path);
    QImage reference() const { return m_reference; }

    /// A model is loaded and no run of this view is in flight.
    bool canRun() const;
    bool isRunning() const { return m_job != 0; }
    /// The options a run would use now (panel + reference + brush layers); nullopt and `problem` when the form
    /// cannot be used (no reference, the subject not in the prompt, unparsable steps, an invalid value).
    std::optional<clue::BackgroundOptions> options(QString* problem = nullptr) const;
    /// Queue a masks-only run or the full replacement; 0 (and an inline message) when it cannot start.
    quint64 computeMask();
    quint64 generate();
    void cancel();
    /// Queue writing the shown result to the outputs folder; 0 when there is none.
    quint64 exportResult();

    /// The newest finished run (null before the first).
    std::shared_ptr<const BackgroundOutcome> outcome() const { return m_outcome; }

    void updateEmptyState();

Q_SIGNALS:
    void statusMessage(const QString& text);
    /// A run ended with maps to show (compute mask or generate).
    void masksShown();
    /// A generation ended with a result on screen.
    void resultsArrived();
    void runFinished(clue::JobState state);
    void exportFinished(const QStringList& files);

private:
    quint64 submit(bool masksOnly);
    void onModelChanged();
    void onFinished(quint64 id, clue::JobState state);
    void onFailed(quint64 id, const clue::Error& error);
    void onPreview(quint64 id, const QImage& image, int step);
    void showOutcome(std::shared_ptr<const BackgroundOutcome> outcome);
    void showStep(int index);
    void updateBrush();
    void updateHistory();
    void chooseReferenceFile();
    QWidget* createMapBar();

    JobController* m_jobs;
    ModelSession* m_session;
    AppSettings* m_settings;
    BrushLayers* m_layers;
    BackgroundPanel* m_panel;
    MaskCanvas* m_canvas;
    BackgroundResultPanel* m_results;
    QComboBox* m_stepCombo = nullptr;
    QCheckBox* m_showHeat = nullptr;
    QCheckBox* m_showMask = nullptr;
    QSlider* m_heatOpacity = nullptr;
    QLabel* m_mapInfo = nullptr;
    QImage m_reference;
    QString m_referenceName;

    quint64 m_job = 0;
    bool m_jobMasksOnly = false;
    int m_jobRunSteps = 0;
    std::shared_ptr<BackgroundOutcome> m_pending;
    std::shared_ptr<const BackgroundOutcome> m_outcome;
    qint64 m_outcomeSeed = 0;
    quint64 m_exportJob = 0;
    std::shared_ptr<QStringList> m_exportFiles;
};
