#pragma once
// Page 1 of the augmentation wizard: the fine-tuned model (default: the open model; says whether it has a
// style path) and the real images (folder or CSV), scanned as a job with the per-class real counts shown.
#include <QWizardPage>

#include <memory>

#include "clue/augment.h"
#include "clue/dataset.h"

class AugmentWizard;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class ModelDataPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ModelDataPage(AugmentWizard* wizard);

    QString modelPath() const;
    QString datasetPath() const;
    void setDatasetPath(const QString& path);
    /// The path the wizard filled in from the open model (kept in step with it until the user types another).
    QString defaultModelPath() const { return m_defaultModel; }
    void setDefaultModelPath(const QString& path) { m_defaultModel = path; }
    /// Shows `path` in the model field (the wizard calls it after reading the model's facts).
    void showModel(const QString& path);

    void applyTo(clue::AugmentOptions& options) const;
    void setFrom(const clue::AugmentOptions& options);
    /// Scan state problems (not scanned, scanning, failed).
    QStringList ownProblems() const;

    /// Scans the dataset field as a job; 0 when there is nothing to scan.
    quint64 startScan();
    bool isScanning() const { return m_scanJob != 0; }
    /// The wizard's dataset is a scan of the dataset field.
    bool isScanned() const;

    QLineEdit* modelEdit() const { return m_model; }
    QLineEdit* datasetEdit() const { return m_dataset; }
    QLabel* modelFactsLabel() const { return m_facts; }
    QTableWidget* classTable() const { return m_classes; }
    QLabel* problemLabel() const { return m_problems; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateFacts();
    void updateDataset();
    void browseModel();
    void browseDataset(bool csv);
    void onJobFinished(quint64 id, int state);

    AugmentWizard* m_wizard;
    QLineEdit* m_model;
    QLabel* m_facts;
    QLineEdit* m_dataset;
    QPushButton* m_scan;
    QLabel* m_status;
    QTableWidget* m_classes;
    QLabel* m_problems;
    QString m_defaultModel;
    QString m_scanPath;     // what the running scan reads
    QString m_scanError;
    quint64 m_scanJob = 0;
    std::shared_ptr<std::shared_ptr<const clue::Dataset>> m_scanResult;
};
