#pragma once
// The Style-space view: the PCA map of the style vectors of a dataset (pc1/pc2 coloured by class).
// Hover a point for its image; click a point or empty space to generate the style at that position
// (s = style_from_pca). Compute from a dataset (saved next to the model when possible), load, and
// export the map as CSV. Every slow step is a job.
#include <QList>
#include <QWidget>

#include <memory>

#include "clue/result.h"
#include "clue/style.h"
#include "models/gallery_model.h"
#include "views/style/live_preview_queue.h"

class AppSettings;
class ImageCanvas;
class JobController;
class ModelSession;
class ParametersPanel;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class StyleSpaceHolder;
class StyleSpacePlot;

class StyleSpaceView : public QWidget {
    Q_OBJECT

public:
    StyleSpaceView(JobController* jobs, ModelSession* session, AppSettings* settings, GalleryModel* gallery,
                   ParametersPanel* parameters, StyleSpaceHolder* spaces, QWidget* parent = nullptr);

    StyleSpacePlot* plot() const { return m_plot; }
    ImageCanvas* canvas() const { return m_canvas; }
    /// The empty-state sentence shown instead of the map ("" while the map is shown).
    QString emptyText() const;
    bool canGenerate() const;
    /// Generates at the last chosen position (Ctrl+Enter); 0 when nothing was chosen yet.
    quint64 generate();
    /// Generates the style at plot position (x, y); `pointIndex` (−1 = none) picks the class.
    quint64 generateAt(double x, double y, int pointIndex);
    /// Where a computed style space is saved by default ("" when the model path gives none).
    QString defaultSpacePath() const;

    void computeFromDataset(const QString& source);
    void updateState();

Q_SIGNALS:
    void resultsArrived(int count);
    void statusMessage(const QString& text);

private:
    quint64 submitGeneration(const clue::GenerateOptions& options, const QString& caption);
    void computeDialog();
    void loadDialog();
    void exportDialog();
    void saveSpaceAs(std::shared_ptr<const clue::StyleSpace> space);
    void onComputed(std::shared_ptr<const clue::StyleSpace> space, const QString& savedPath);
    void onResults(const QList<GalleryItem>& items, const clue::Error& saveError, bool saveFailed);
    void onFinished(quint64 id);
    void onFailed(quint64 id, const clue::Error& error);
    QString classForPoint(int pointIndex, double x, double y) const;

    JobController* m_jobs;
    ModelSession* m_session;
    AppSettings* m_settings;
    GalleryModel* m_gallery;
    ParametersPanel* m_parameters;
    StyleSpaceHolder* m_spaces;
    QPushButton* m_compute;
    QPushButton* m_load;
    QPushButton* m_export;
    QComboBox* m_class;
    QSpinBox* m_seed;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    StyleSpacePlot* m_plot;
    ImageCanvas* m_canvas;
    QLabel* m_info;
    LivePreviewQueue m_queue;
    QString m_pendingCaption;
    QString m_runningCaption;
    bool m_hasPosition = false;
    double m_x = 0, m_y = 0;
    int m_pointIndex = -1;
    quint64 m_computeJob = 0;
    quint64 m_otherJob = 0;  // save / export
};
