// JobController: order, progress coalescing (≤ 10 Hz), previews, cancel, failure, destroy while running.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "common/job_controller.h"

using namespace std::chrono_literals;

namespace {

// Spins until cancelled (or 10 s as a safety net so a broken cancel fails instead of hanging).
clue::Status runUntilCancelled(clue::JobContext& context, std::atomic<bool>* sawCancel = nullptr) {
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    int step = 0;
    while (!context.cancel_requested() && std::chrono::steady_clock::now() < deadline) {
        context.report("denoise", ++step, 1000000);
        std::this_thread::sleep_for(2ms);
    }
    if (sawCancel) *sawCancel = context.cancel_requested();
    return clue::Ok{};
}

clue::JobState stateOf(const QSignalSpy& finished, quint64 id) {
    for (const QList<QVariant>& args : finished)
        if (args.at(0).toULongLong() == id) return args.at(1).value<clue::JobState>();
    return clue::JobState::Queued;
}

bool hasFinished(const QSignalSpy& finished, quint64 id) { return stateOf(finished, id) != clue::JobState::Queued; }

}  // namespace

class TestJobController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsJobsInOrderOnOneWorkerThread();
    void coalescesProgressToTenHertz();
    void deliversTheLastProgress();
    void deliversPreviews();
    void cancelsTheRunningJob();
    void cancelsAQueuedJob();
    void cancelAllDropsTheQueue();
    void reportsFailures();
    void destroyWhileRunningCancelsAndJoins();
    void guiStaysResponsiveWhileAJobRuns();
};

void TestJobController::runsJobsInOrderOnOneWorkerThread() {
    JobController jobs;
    QSignalSpy finished(&jobs, &JobController::finished);
    QSignalSpy started(&jobs, &JobController::started);
    std::mutex mutex;
    std::vector<int> order;
    std::vector<std::thread::id> threads;
    QList<quint64> ids;
    for (int i = 0; i < 3; ++i) {
        ids << jobs.submit(QStringLiteral("job %1").arg(i), [&, i](clue::JobContext&) {
            std::this_thread::sleep_for(20ms);
            std::lock_guard lock(mutex);
            order.push_back(i);
            threads.push_back(std::this_thread::get_id());
        });
    }
    QCOMPARE(ids.size(), 3);
    QVERIFY(ids[0] > 0 && ids[0] < ids[1] && ids[1] < ids[2]);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 5000);
    QCOMPARE(order, (std::vector<int>{0, 1, 2}));
    QCOMPARE(threads[0], threads[1]);
    QCOMPARE(threads[1], threads[2]);
    QVERIFY(threads[0] != std::this_thread::get_id());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(finished.at(i).at(0).toULongLong(), ids[i]);
        QCOMPARE(finished.at(i).at(1).value<clue::JobState>(), clue::JobState::Succeeded);
    }
    QCOMPARE(started.count(), 3);
    QCOMPARE(started.at(0).at(1).toString(), QStringLiteral("job 0"));
    QVERIFY(!jobs.isBusy());
}

void TestJobController::coalescesProgressToTenHertz() {
    JobController jobs;
    QCOMPARE(jobs.progressIntervalMs(), 100);
    QSignalSpy progress(&jobs, &JobController::progressChanged);
    QSignalSpy finished(&jobs, &JobController::finished);
    std::vector<qint64> times;
    connect(&jobs, &JobController::progressChanged, this, [&times] {
        times.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now().time_since_epoch())
                            .count());
    });
    QElapsedTimer clock;
    clock.start();
    // 1200 reports in about 1.2 s: uncoalesced that would be 1000 Hz.
    jobs.submit(QStringLiteral("busy"), [](clue::JobContext& context) {
        for (int i = 1; i <= 1200; ++i) {
            context.report("denoise", i, 1200);
            std::this_thread::sleep_for(1ms);
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const qint64 elapsed = clock.elapsed();
    const int count = progress.count();
    qInfo("%d progress signals in %lld ms", count, elapsed);
    QVERIFY2(count >= 3, "progress must keep flowing while the job runs");
    QVERIFY2(count <= elapsed / 100 + 2, "more than 10 progress signals per second");
    // Apart from the final flush at the end of the job, signals are at least 100 ms apart (small timer slack).
    for (size_t i = 1; i + 1 < times.size(); ++i) QVERIFY2(times[i] - times[i - 1] >= 95, "signals closer than 100 ms");
}

void TestJobController::deliversTheLastProgress() {
    JobController jobs;
    QSignalSpy progress(&jobs, &JobController::progressChanged);
    QSignalSpy finished(&jobs, &JobController::finished);
    jobs.submit(QStringLiteral("quick"), [](clue::JobContext& context) {
        for (int i = 1; i <= 50; ++i) context.report(i < 50 ? "denoise" : "decode", i, 50);
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(progress.count() >= 1);
    QVERIFY(progress.count() <= 2);
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(1).toString(), QStringLiteral("decode"));
    QCOMPARE(last.at(2).toLongLong(), 50);
    QCOMPARE(last.at(3).toLongLong(), 50);
    // Nothing arrives after finished().
    const int count = progress.count();
    QTest::qWait(250);
    QCOMPARE(progress.count(), count);
}

void TestJobController::deliversPreviews() {
    JobController jobs;
    QSignalSpy previews(&jobs, &JobController::previewReady);
    QSignalSpy finished(&jobs, &JobController::finished);
    const quint64 id = jobs.submit(QStringLiteral("preview"), [](clue::JobContext& context) {
        clue::Image image = clue::Image::blank(8, 4);
        image.row(1)[3 * 2 + 0] = 200;  // pixel (2, 1) red
        context.preview(image, 3);
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(previews.count(), 1);
    QCOMPARE(previews.at(0).at(0).toULongLong(), id);
    const QImage image = previews.at(0).at(1).value<QImage>();
    QCOMPARE(image.size(), QSize(8, 4));
    QCOMPARE(qRed(image.pixel(2, 1)), 200);
    QCOMPARE(qRed(image.pixel(1, 1)), 0);
    QCOMPARE(previews.at(0).at(2).toInt(), 3);
}

void TestJobController::cancelsTheRunningJob() {
    JobController jobs;
    QSignalSpy started(&jobs, &JobController::started);
    QSignalSpy finished(&jobs, &JobController::finished);
    std::atomic<bool> sawCancel{false};
    const quint64 id = jobs.submit(QStringLiteral("long"), [&sawCancel](clue::JobContext& context) {
        return runUntilCancelled(context, &sawCancel);
    });
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    QCOMPARE(jobs.runningJob(), id);
    QElapsedTimer clock;
    clock.start();
    jobs.cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY2(clock.elapsed() < 2000, "cancel must land within a step");
    QVERIFY(sawCancel.load());
    QCOMPARE(stateOf(finished, id), clue::JobState::Cancelled);
    QCOMPARE(jobs.runningJob(), quint64(0));
}

void TestJobController::cancelsAQueuedJob() {
    JobController jobs;
    QSignalSpy started(&jobs, &JobController::started);
    QSignalSpy finished(&jobs, &JobController::finished);
    std::atomic<bool> secondRan{false};
    const quint64 first = jobs.submit(QStringLiteral("first"), [](clue::JobContext& c) { return runUntilCancelled(c); });
    const quint64 second = jobs.submit(QStringLiteral("second"), [&secondRan](clue::JobContext&) { secondRan = true; });
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    QCOMPARE(jobs.queuedCount(), 1);
    jobs.cancel(second);
    QTRY_VERIFY_WITH_TIMEOUT(hasFinished(finished, second), 5000);
    QCOMPARE(stateOf(finished, second), clue::JobState::Cancelled);
    QVERIFY(!hasFinished(finished, first));  // the first one is still running
    jobs.cancel(first);
    QTRY_VERIFY_WITH_TIMEOUT(hasFinished(finished, first), 5000);
    QVERIFY(!secondRan.load());
    QCOMPARE(started.count(), 1);
}

void TestJobController::cancelAllDropsTheQueue() {
    JobController jobs;
    QSignalSpy finished(&jobs, &JobController::finished);
    std::atomic<int> ran{0};
    jobs.submit(QStringLiteral("running"), [&ran](clue::JobContext& c) {
        ++ran;
        return runUntilCancelled(c);
    });
    for (int i = 0; i < 3; ++i) jobs.submit(QStringLiteral("queued"), [&ran](clue::JobContext&) { ++ran; });
    QTRY_VERIFY_WITH_TIMEOUT(jobs.runningJob() != 0, 5000);
    QCOMPARE(jobs.queuedCount(), 3);
    jobs.cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 5000);
    for (const QList<QVariant>& args : finished) QCOMPARE(args.at(1).value<clue::JobState>(), clue::JobState::Cancelled);
    QCOMPARE(ran.load(), 1);
    QVERIFY(!jobs.isBusy());
}

void TestJobController::reportsFailures() {
    JobController jobs;
    QSignalSpy failed(&jobs, &JobController::failed);
    QSignalSpy finished(&jobs, &JobController::finished);
    const quint64 a = jobs.submit(QStringLiteral("error"), [](clue::JobContext&) -> clue::Status {
        return clue::Error{clue::Errc::InvalidArgument, "steps must be > 0, got 0"};
    });
    const quint64 b = jobs.submit(QStringLiteral("throws"), [](clue::JobContext&) { throw std::runtime_error("boom"); });
    const quint64 c = jobs.submit(QStringLiteral("fine"), [](clue::JobContext&) {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 5000);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(0).at(0).toULongLong(), a);
    const clue::Error error = failed.at(0).at(1).value<clue::Error>();
    QCOMPARE(error.code, clue::Errc::InvalidArgument);
    QCOMPARE(finished.at(0).at(2).toString(), QStringLiteral("steps must be > 0, got 0"));
    QCOMPARE(stateOf(finished, a), clue::JobState::Failed);
    QCOMPARE(stateOf(finished, b), clue::JobState::Failed);
    QCOMPARE(failed.at(1).at(1).value<clue::Error>().code, clue::Errc::Internal);
    QCOMPARE(finished.at(1).at(2).toString(), QStringLiteral("boom"));
    QCOMPARE(stateOf(finished, c), clue::JobState::Succeeded);  // the worker survives an exception
}

void TestJobController::destroyWhileRunningCancelsAndJoins() {
    auto jobs = std::make_unique<JobController>();
    QSignalSpy started(jobs.get(), &JobController::started);
    auto sawCancel = std::make_shared<std::atomic<bool>>(false);
    auto returned = std::make_shared<std::atomic<bool>>(false);
    auto queuedRan = std::make_shared<std::atomic<bool>>(false);
    jobs->submit(QStringLiteral("long"), [sawCancel, returned](clue::JobContext& context) {
        runUntilCancelled(context, sawCancel.get());
        std::this_thread::sleep_for(50ms);  // a slow last step: the destructor must wait for it
        *returned = true;
    });
    jobs->submit(QStringLiteral("never"), [queuedRan](clue::JobContext&) { *queuedRan = true; });
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    QElapsedTimer clock;
    clock.start();
    jobs.reset();
    QVERIFY2(clock.elapsed() < 3000, "the destructor must cancel, not wait for the job to end by itself");
    QVERIFY(sawCancel->load());
    QVERIFY(returned->load());  // joined: the body had returned before the destructor did
    QVERIFY(!queuedRan->load());
    QTest::qWait(50);  // posted calls for the dead controller must be dropped, not crash
}

void TestJobController::guiStaysResponsiveWhileAJobRuns() {
    JobController jobs;
    QSignalSpy finished(&jobs, &JobController::finished);
    jobs.submit(QStringLiteral("blocking"), [](clue::JobContext&) { std::this_thread::sleep_for(600ms); });
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(20);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY2(ticks >= 10, "the GUI event loop stalled while the job ran");
}

QTEST_MAIN(TestJobController)
#include "tst_job_controller.moc"
