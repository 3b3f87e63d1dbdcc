#pragma once
// Page 5 of the augmentation wizard: the plan's size, Start (clue::augment as a JobController job, stage
// "augment"), Cancel (a state: finished images stay; Start again resumes and skips them) and, at the end,
// the summary (generated, already there, flagged, excluded, manifest) with "Open folder".
#include <QWizardPage>

#include <memory>

#include "clue/augment.h"

class AugmentWizard;
class QLabel;
class QProgressBar;
class QPushButton;

class RunPage : public QWizardPage {
    Q_OBJECT

public:
    explicit RunPage(AugmentWizard* wizard);

    /// Images of the whole plan and of this shard (0 without a scanned dataset).
    int planSize() const { return m_planSize; }
    int shardSize() const { return m_shardSize; }
    /// Starts (or resumes) the job; 0 when the settings are not usable (the reasons are shown).
    quint64 start();
    void cancel();
    bool isRunning() const { return m_job != 0; }
    /// "Open folder" with the output folder in the file manager.
    void openFolder();

    QLabel* planLabel() const { return m_plan; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* openFolderButton() const { return m_openFolder; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* problemLabel() const { return m_problems; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    /// The job ended; `state` is Succeeded, Cancelled or Failed.
    void runFinished(int state);

private:
    struct Outcome {
        bool done = false;
        clue::AugmentSummary summary;
        QStringList notes;
    };
    void updatePlan();
    void updateButtons();
    void onProgress(quint64 id, const QString& stage, qint64 done, qint64 total);
    void onFinished(quint64 id, int state);
    void showSummary(const Outcome& outcome, int state);

    AugmentWizard* m_wizard;
    QLabel* m_plan;
    QLabel* m_note;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_stage;
    QLabel* m_summary;
    QPushButton* m_openFolder;
    QLabel* m_problems;
    quint64 m_job = 0;
    std::shared_ptr<Outcome> m_outcome;
    QString m_error;
    QString m_outputDir;
    int m_planSize = 0;
    int m_shardSize = 0;
};
