#include "common/job_controller.h"

#include <QMetaObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

#include "common/image_convert.h"

using Clock = std::chrono::steady_clock;

// The JobContext a job body sees. Written by the worker, drained by the GUI thread.
class JobController::Context final : public clue::JobContext, public std::enable_shared_from_this<Context> {
public:
    Context(JobController* owner, quint64 id) : owner(owner), id(id) {}

    bool cancel_requested() const override { return cancelFlag.load(std::memory_order_acquire); }
    void requestCancel() { cancelFlag.store(true, std::memory_order_release); }

    void report(std::string_view stageKey, std::int64_t doneUnits, std::int64_t totalUnits) override {
        int delayMs = 0;
        {
            std::lock_guard lock(mutex);
            if (closed) return;
            stage = QString::fromUtf8(stageKey.data(), qsizetype(stageKey.size()));
            done = doneUnits;
            total = totalUnits;
            dirty = true;
            if (flushPosted) return;  // a flush is already on its way; it will carry these values
            flushPosted = true;
            const auto due = lastEmit + std::chrono::milliseconds(owner->progressIntervalMs());
            const auto now = Clock::now();
            if (due > now)
                delayMs = int(std::chrono::duration_cast<std::chrono::milliseconds>(due - now).count()) + 1;
        }
        auto self = shared_from_this();
        JobController* controller = owner;
        QMetaObject::invokeMethod(
            controller, [controller, self, delayMs] { controller->scheduleProgressFlush(self, delayMs); },
            Qt::QueuedConnection);
    }

    void preview(const clue::Image& image, int step) override {
        QImage converted = toQImage(image);  // conversion on the worker: the GUI only paints
        {
            std::lock_guard lock(mutex);
            if (closed) return;
            previewImage = std::move(converted);
            previewStep = step;
            if (previewPosted) return;  // latest wins while the GUI is busy
            previewPosted = true;
        }
        auto self = shared_from_this();
        JobController* controller = owner;
        QMetaObject::invokeMethod(
            controller, [controller, self] { controller->deliverPreview(self); }, Qt::QueuedConnection);
    }

    JobController* const owner;
    const quint64 id;
    std::atomic<bool> cancelFlag{false};

    std::mutex mutex;  // guards everything below
    QString stage;
    qint64 done = 0;
    qint64 total = 0;
    bool dirty = false;
    bool flushPosted = false;
    bool closed = false;
    Clock::time_point lastEmit{};
    QImage previewImage;
    int previewStep = 0;
    bool previewPosted = false;
};

struct JobController::Job {
    quint64 id = 0;
    QString title;
    JobFunction body;
    std::shared_ptr<Context> context;
};

struct JobController::Shared {
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::shared_ptr<Job>> queue;
    std::shared_ptr<Job> running;
    bool stop = false;
    std::atomic<int> intervalMs{100};
    quint64 nextId = 1;  // GUI thread only
    std::thread worker;
};

JobController::JobController(QObject* parent) : QObject(parent), m_shared(std::make_unique<Shared>()) {
    m_shared->worker = std::thread([this] { workerLoop(); });
}

JobController::~JobController() {
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->queue.clear();
        if (m_shared->running) m_shared->running->context->requestCancel();
        m_shared->stop = true;
    }
    m_shared->wake.notify_all();
    if (m_shared->worker.joinable()) m_shared->worker.join();
    // Posted calls still pending for this object are discarded by ~QObject.
}

quint64 JobController::submit(const QString& title, JobFunction body) {
    auto job = std::make_shared<Job>();
    job->id = m_shared->nextId++;
    job->title = title;
    job->body = std::move(body);
    job->context = std::make_shared<Context>(this, job->id);
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->queue.push_back(job);
    }
    m_shared->wake.notify_one();
    Q_EMIT submitted(job->id, title);
    return job->id;
}

void JobController::cancel(quint64 id) {
    std::shared_ptr<Job> dropped;
    {
        std::lock_guard lock(m_shared->mutex);
        if (m_shared->running && m_shared->running->id == id) {
            m_shared->running->context->requestCancel();
            return;
        }
        for (auto it = m_shared->queue.begin(); it != m_shared->queue.end(); ++it) {
            if ((*it)->id == id) {
                dropped = *it;
                m_shared->queue.erase(it);
                break;
            }
        }
    }
    if (dropped) {
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT finished(id, clue::JobState::Cancelled, QString()); },
            Qt::QueuedConnection);
    }
}

void JobController::cancelAll() {
    std::deque<std::shared_ptr<Job>> dropped;
    {
        std::lock_guard lock(m_shared->mutex);
        dropped.swap(m_shared->queue);
        if (m_shared->running) m_shared->running->context->requestCancel();
    }
    for (const auto& job : dropped) {
        const quint64 id = job->id;
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT finished(id, clue::JobState::Cancelled, QString()); },
            Qt::QueuedConnection);
    }
}

quint64 JobController::runningJob() const { return m_runningId; }

QString JobController::runningTitle() const { return m_runningTitle; }

int JobController::queuedCount() const {
    std::lock_guard lock(m_shared->mutex);
    return int(m_shared->queue.size());
}

bool JobController::isBusy() const { return m_runningId != 0 || queuedCount() > 0; }

void JobController::setProgressIntervalMs(int intervalMs) { m_shared->intervalMs.store(qMax(0, intervalMs)); }

int JobController::progressIntervalMs() const { return m_shared->intervalMs.load(); }

void JobController::workerLoop() {
    for (;;) {
        std::shared_ptr<Job> job;
        {
            std::unique_lock lock(m_shared->mutex);
            m_shared->wake.wait(lock, [this] { return m_shared->stop || !m_shared->queue.empty(); });
            if (m_shared->stop) return;
            job = m_shared->queue.front();
            m_shared->queue.pop_front();
            m_shared->running = job;
        }
        QMetaObject::invokeMethod(this, [this, job] { onJobStarted(job); }, Qt::QueuedConnection);

        // Exceptions never cross the thread (architecture.md §4.4): they end the job as Failed.
        clue::Status status = clue::Ok{};
        try {
            status = job->body(*job->context);
        } catch (const std::exception& e) {
            status = clue::Error{clue::Errc::Internal, e.what()};
        } catch (...) {
            status = clue::Error{clue::Errc::Internal, "unknown exception"};
        }
        clue::JobState state = clue::JobState::Succeeded;
        clue::Error error;
        if (!status.ok()) {
            state = clue::JobState::Failed;
            error = status.error();
        } else if (job->context->cancel_requested()) {
            state = clue::JobState::Cancelled;
        }
        job->body = nullptr;  // release captured resources (models, images) on the worker
        {
            std::lock_guard lock(m_shared->mutex);
            m_shared->running.reset();
        }
        QMetaObject::invokeMethod(
            this, [this, job, state, error] { onJobFinished(job, state, error); }, Qt::QueuedConnection);
    }
}

void JobController::scheduleProgressFlush(const std::shared_ptr<Context>& context, int delayMs) {
    if (delayMs <= 0) {
        flushProgress(context);
        return;
    }
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [this, context] { flushProgress(context); });
}

void JobController::flushProgress(const std::shared_ptr<Context>& context) {
    QString stage;
    qint64 done = 0;
    qint64 total = 0;
    {
        std::lock_guard lock(context->mutex);
        context->flushPosted = false;
        if (context->closed || !context->dirty) return;
        context->dirty = false;
        context->lastEmit = Clock::now();
        stage = context->stage;
        done = context->done;
        total = context->total;
    }
    Q_EMIT progressChanged(context->id, stage, done, total);
}

void JobController::deliverPreview(const std::shared_ptr<Context>& context) {
    QImage image;
    int step = 0;
    {
        std::lock_guard lock(context->mutex);
        context->previewPosted = false;
        if (context->closed) return;
        image = std::move(context->previewImage);
        context->previewImage = QImage();
        step = context->previewStep;
    }
    if (!image.isNull()) Q_EMIT previewReady(context->id, image, step);
}

void JobController::onJobStarted(const std::shared_ptr<Job>& job) {
    m_runningId = job->id;
    m_runningTitle = job->title;
    Q_EMIT started(job->id, job->title);
}

void JobController::onJobFinished(const std::shared_ptr<Job>& job, clue::JobState state, const clue::Error& error) {
    // The last progress is delivered even if it comes sooner than the interval: views need 100 %.
    flushProgress(job->context);
    {
        std::lock_guard lock(job->context->mutex);
        job->context->closed = true;
    }
    if (m_runningId == job->id) {
        m_runningId = 0;
        m_runningTitle.clear();
    }
    if (state == clue::JobState::Failed) Q_EMIT failed(job->id, error);
    Q_EMIT finished(job->id, state, state == clue::JobState::Failed ? QString::fromStdString(error.detail) : QString());
}
