#pragma once
// The Style view (methods.md §2.6): explore the style vector s of a CLUE model. Sliders move s along
// style components; every move regenerates with the same seed and noise (live preview, coalesced:
// one job runs, only the newest request waits). Results go to the gallery and the outputs folder like
// the Generate view's. Without a CLUE model the canvas says how to get one.
#include <QHash>

#include <map>
#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

#include "clue/options.h"
#include "clue/result.h"
#include "clue/style.h"
#include "models/gallery_model.h"
#include "views/style/live_preview_queue.h"

class AppSettings;
class ImageCanvas;
class JobController;
class ModelSession;
class ParametersPanel;
class StylePanel;
class StyleSpaceHolder;

class StyleView : public QWidget {
    Q_OBJECT

public:
    StyleView(JobController* jobs, ModelSession* session, AppSettings* settings, GalleryModel* gallery,
              ParametersPanel* parameters, StyleSpaceHolder* spaces, QWidget* parent = nullptr);

    /// The group for the Parameters dock (owned by this view until the window reparents it).
    StylePanel* panel() const { return m_panel; }
    ImageCanvas* canvas() const { return m_canvas; }

    /// Style dimension, classes and template of the open model (0 = no style path: empty state).
    /// Called on every model load; tests call it without a model.
    void setStyleModel(int styleDim, const std::vector<std::string>& classes, const QString& promptTemplate,
                       const std::map<std::string, std::string>& classPrompts = {});
    int styleDim() const { return m_styleDim; }
    bool hasStyleModel() const { return m_styleDim > 0; }
    bool canGenerate() const;

    const std::vector<float>& styleVector() const { return m_style; }
    /// Replaces s (size styleDim) and moves the sliders to it; regenerates when live preview is on.
    void setStyleVector(const std::vector<float>& style, bool regenerate = true);
    const std::vector<clue::StyleComponent>& components() const { return m_components; }

    /// The options a generation would use now (common fields of the dock + prompt, seed and s).
    clue::GenerateOptions generateOptions() const;
    /// Requests a generation (coalesced); returns the job id when one started now.
    quint64 generate();
    /// Replaces how generations are submitted (tests: a fake that records the requests).
    void setSubmitFunction(LivePreviewQueue::SubmitFunction submit);
    const LivePreviewQueue& queue() const { return m_queue; }

    void updateEmptyState();

Q_SIGNALS:
    void resultsArrived(int count);
    void statusMessage(const QString& text);

private:
    quint64 submitGeneration(const clue::GenerateOptions& options);
    void rebuildComponents();
    void updateSliders();
    void onComponentMoved(int index, double value);
    void onModelChanged();
    void onResults(const QList<GalleryItem>& items, const clue::Error& saveError, bool saveFailed);
    void onFinished(quint64 id, clue::JobState state);
    void onFailed(quint64 id, const clue::Error& error);
    void sampleStyle();
    void encodeFromImage();
    void copyStyle();
    void pasteStyle();

    JobController* m_jobs;
    ModelSession* m_session;
    AppSettings* m_settings;
    GalleryModel* m_gallery;
    ParametersPanel* m_parameters;
    StyleSpaceHolder* m_spaces;
    StylePanel* m_panel;
    ImageCanvas* m_canvas;
    LivePreviewQueue m_queue;
    int m_styleDim = 0;
    std::vector<float> m_style;
    std::vector<clue::StyleComponent> m_components;
    quint64 m_encodeJob = 0;
};
