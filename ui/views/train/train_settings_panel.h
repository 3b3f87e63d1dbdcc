#pragma once
// The Train view's group in the Parameters dock: dataset (folder or CSV) and Scan, base model, run
// folder, preset, the key training settings (each with a tooltip), and Train / Stop / Resume.
// Fields not shown keep the values of the last preset (or the opened run's config).
#include <QWidget>

#include "clue/train.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

class TrainSettingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainSettingsPanel(QWidget* parent = nullptr);

    /// Every field shown, over the hidden ones of the last preset/run. preprocess is not set here.
    clue::TrainOptions options() const;
    void setOptions(const clue::TrainOptions& options);
    /// Fills the fields from a core preset (train_preset); false (fields unchanged) for an unknown name.
    bool applyPreset(const QString& name);

    QString datasetPath() const;
    void setDatasetPath(const QString& path);
    QString baseModel() const;
    void setBaseModel(const QString& path);
    QString runFolder() const;
    void setRunFolder(const QString& path);

    /// Enables the buttons: Train/Resume while idle, Stop while training.
    void setTraining(bool training);
    void setScanning(bool scanning);

    /// A translated name for a preset key ("cpu-small" -> "Small model on the CPU").
    static QString presetDisplayName(const QString& key);

    QComboBox* presetCombo() const { return m_preset; }
    QComboBox* modeCombo() const { return m_mode; }
    QSpinBox* stepsBox() const { return m_steps; }
    QSpinBox* batchBox() const { return m_batch; }
    QPushButton* trainButton() const { return m_train; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* resumeButton() const { return m_resume; }

Q_SIGNALS:
    void scanRequested();
    void trainRequested();
    void stopRequested();
    void resumeRequested();
    void openRunRequested();
    void datasetPathChanged(const QString& path);

private:
    void browseDatasetFolder();
    void browseDatasetCsv();
    void browseBaseModelFolder();
    void browseBaseModelFile();
    void browseRunFolder();
    void updateButtons();

    clue::TrainOptions m_hidden;  // the fields without a control
    QLineEdit* m_dataset;
    QPushButton* m_scan;
    QLineEdit* m_baseModel;
    QLineEdit* m_runFolder;
    QComboBox* m_preset;
    QComboBox* m_mode;
    QComboBox* m_parts;
    QSpinBox* m_steps;
    QSpinBox* m_batch;
    QDoubleSpinBox* m_lrUnet;
    QDoubleSpinBox* m_lrNew;
    QDoubleSpinBox* m_klBeta;
    QSpinBox* m_resolution;
    QLineEdit* m_promptTemplate;
    QSpinBox* m_validateEvery;
    QSpinBox* m_sampleEvery;
    QSpinBox* m_checkpointEvery;
    QPushButton* m_train;
    QPushButton* m_stop;
    QPushButton* m_resume;
    bool m_training = false;
    bool m_scanning = false;
};
