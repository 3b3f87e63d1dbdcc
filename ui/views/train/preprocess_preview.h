#pragma once
// The preprocessing preview of the Train view: pick an image of the dataset and see the five stages
// of preprocess_stages() side by side (original, field of view, masked, cropped, resized). Each
// stage's checkbox switches that stage on or off in the training options. The stages are computed by
// a job; while one runs, only the newest request waits.
#include <QList>
#include <QStringList>
#include <QWidget>

#include "clue/dataset.h"

class JobController;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;

class PreprocessPreview : public QWidget {
    Q_OBJECT

public:
    static constexpr int kStageCount = 5;

    explicit PreprocessPreview(JobController* jobs, QWidget* parent = nullptr);

    /// The four switches from the checkboxes (size, threshold and shrink as last set).
    clue::PreprocessOptions preprocessOptions() const;
    void setPreprocessOptions(const clue::PreprocessOptions& options);
    void setResolution(int size);

    /// The dataset images to pick from (absolute paths); the first is previewed.
    void setImages(const QStringList& paths);
    QString currentImage() const;

    /// Stage 1…4 switch (stage 0, the original, has none).
    QCheckBox* stageCheckBox(int stage) const;
    QComboBox* imageCombo() const { return m_image; }
    bool isComputing() const { return m_job != 0; }

Q_SIGNALS:
    void optionsChanged();

private:
    void requestPreview();
    void submitPreview();
    void showStages(const QList<QImage>& images, const QString& note);
    void onFinished(quint64 id);

    JobController* m_jobs;
    clue::PreprocessOptions m_options;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QComboBox* m_image;
    QLabel* m_note;
    QList<QCheckBox*> m_checks;  // stages 1…4
    QList<QLabel*> m_images;     // stages 0…4
    quint64 m_job = 0;
    bool m_dirty = false;
};
