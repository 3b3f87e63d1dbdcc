#pragma once
// The job strip (ui.md): the running job's title, stage, progress, ETA, the number of queued jobs,
// and Cancel. It only listens to the JobController; it owns no work.
#include <QElapsedTimer>
#include <QWidget>

class JobController;
class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

class JobStrip : public QWidget {
    Q_OBJECT

public:
    explicit JobStrip(JobController* jobs, QWidget* parent = nullptr);

    /// The strip's Cancel button triggers `action` (shared with Esc and the Parameters dock).
    void setCancelAction(QAction* action);

    /// Translated name of a core stage key ("denoise" -> "Denoising").
    static QString stageText(const QString& stageKey);
    /// "m:ss"
    static QString formatDuration(qint64 ms);

    /// -1 while idle, else 0…100 of the running job.
    int percent() const { return m_percent; }
    QString statusText() const;

Q_SIGNALS:
    /// For the status bar and the window title: percent is -1 when no job runs.
    void statusChanged(const QString& text, int percent);

private:
    void onStarted(quint64 id, const QString& title);
    void onProgress(quint64 id, const QString& stage, qint64 done, qint64 total);
    void onFinished(quint64 id);
    void updateQueue();
    void setIdle();

    JobController* m_jobs;
    QLabel* m_title;
    QLabel* m_stage;
    QProgressBar* m_progress;
    QLabel* m_eta;
    QLabel* m_queued;
    QToolButton* m_cancel;
    QElapsedTimer m_clock;
    QString m_stageText;
    int m_percent = -1;
};
