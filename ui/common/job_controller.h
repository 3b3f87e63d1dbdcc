#pragma once
// JobController: the Qt adapter over one device worker thread (architecture.md §4.3, rule 7).
// Jobs run one at a time, in submission order, on a single std::thread that owns the device work.
// The worker talks to the GUI thread only through queued invocations; progress is coalesced to
// at most one signal per interval (10 Hz by default) and previews to the latest image.
// The destructor cancels everything and waits for the running job to return (Qt Creator `~Async`).
//
// Lifetime rule for job bodies: a job may post to another QObject with
// QMetaObject::invokeMethod(obj, …, Qt::QueuedConnection) only if `obj` outlives this controller
// (destroy the controller first: it joins the worker).
#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>

#include "clue/job.h"
#include "clue/result.h"

Q_DECLARE_METATYPE(clue::JobState)
Q_DECLARE_METATYPE(clue::Error)

class JobController : public QObject {
    Q_OBJECT

public:
    /// A job body; it runs on the worker thread. Return an Error to fail; cancellation is read
    /// from the context (a job that returns Ok after cancel_requested() ends as Cancelled).
    using JobFunction = std::function<clue::Status(clue::JobContext&)>;

    explicit JobController(QObject* parent = nullptr);
    ~JobController() override;

    /// Queues `job`; returns its id (> 0). `title` is shown in the job strip.
    quint64 submit(const QString& title, JobFunction job);

    /// Convenience for bodies that cannot fail (they may still throw: that ends as Failed).
    template <class F, std::enable_if_t<std::is_void_v<std::invoke_result_t<F&, clue::JobContext&>>, int> = 0>
    quint64 submit(const QString& title, F job) {
        return submit(title, JobFunction([job = std::move(job)](clue::JobContext& context) mutable {
                          job(context);
                          return clue::Status(clue::Ok{});
                      }));
    }

    /// A queued job is dropped (finished: Cancelled); a running one is asked to stop at its next step.
    void cancel(quint64 id);
    /// Cancels the running job and drops every queued one.
    void cancelAll();

    quint64 runningJob() const;  ///< 0 when idle (as seen by the GUI thread)
    QString runningTitle() const;
    int queuedCount() const;
    bool isBusy() const;

    /// Minimum time between two progressChanged signals of one job (default 100 ms = 10 Hz).
    void setProgressIntervalMs(int intervalMs);
    int progressIntervalMs() const;

Q_SIGNALS:
    void submitted(quint64 id, const QString& title);
    void started(quint64 id, const QString& title);
    /// `stage` is the core's English key ("load", "encode", "denoise", "decode"); views translate it.
    void progressChanged(quint64 id, const QString& stage, qint64 done, qint64 total);
    void previewReady(quint64 id, const QImage& image, int step);
    /// Emitted just before finished() when a job fails.
    void failed(quint64 id, const clue::Error& error);
    void finished(quint64 id, clue::JobState state, const QString& message);

private:
    class Context;
    struct Job;
    struct Shared;

    void workerLoop();
    void scheduleProgressFlush(const std::shared_ptr<Context>& context, int delayMs);
    void flushProgress(const std::shared_ptr<Context>& context);
    void deliverPreview(const std::shared_ptr<Context>& context);
    void onJobStarted(const std::shared_ptr<Job>& job);
    void onJobFinished(const std::shared_ptr<Job>& job, clue::JobState state, const clue::Error& error);

    std::unique_ptr<Shared> m_shared;
    quint64 m_runningId = 0;
    QString m_runningTitle;
};
