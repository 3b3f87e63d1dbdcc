#pragma once
// The Generate view: submits txt2img jobs built from the Parameters dock, shows live previews and
// results on the canvas, saves every result as PNG with its parameters, and restores parameters
// from gallery items and dropped PNGs (A1111 infotext).
#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include "clue/job.h"
#include "clue/result.h"
#include "models/gallery_model.h"

class AppSettings;
class ImageCanvas;
class JobController;
class ModelSession;
class ParametersPanel;
class QLabel;

class GenerateView : public QWidget {
    Q_OBJECT

public:
    GenerateView(JobController* jobs, ModelSession* session, AppSettings* settings, GalleryModel* gallery,
                 ParametersPanel* parameters, QWidget* parent = nullptr);

    bool canGenerate() const;
    /// Queues one generation with the current parameters; returns the job id, 0 if nothing was queued.
    quint64 generate();
    bool isGenerating() const { return !m_jobSteps.isEmpty(); }

    /// Shows a gallery row on the canvas with its parameters.
    void showGalleryItem(int row);
    /// Puts a gallery row's parameters into the Parameters dock.
    void restoreParameters(int row);
    /// Reads a PNG's `parameters` text (ours or A1111's) into the Parameters dock and shows the image.
    /// On failure returns false and sets `message` (translated).
    bool restoreFromFile(const QString& path, QString* message = nullptr);
    bool restoreFromInfotext(const QString& infotext);

    ImageCanvas* canvas() const { return m_canvas; }
    /// The image on the canvas and where it is saved ("" for previews and unsaved images).
    QString currentFilePath() const { return m_currentFile; }
    QString currentInfotext() const { return m_currentInfotext; }

    void updateEmptyState();

Q_SIGNALS:
    void resultsArrived(int count);
    void statusMessage(const QString& text);

private:
    void onPreview(quint64 id, const QImage& image, int step);
    void onResults(const QList<GalleryItem>& items, const clue::Error& saveError, bool saveFailed);
    void onFinished(quint64 id, clue::JobState state, const QString& message);
    void onFailed(quint64 id, const clue::Error& error);
    void showInfotext(const QString& infotext);

    JobController* m_jobs;
    ModelSession* m_session;
    AppSettings* m_settings;
    GalleryModel* m_gallery;
    ParametersPanel* m_parameters;
    ImageCanvas* m_canvas;
    QLabel* m_info;
    QHash<quint64, int> m_jobSteps;  // running/queued generation jobs -> their step count
    QString m_currentFile;
    QString m_currentInfotext;
};
