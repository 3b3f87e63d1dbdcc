#pragma once
// Coalescing for the live style preview: at most one generation runs, and at most one waits. A request
// made while a job runs replaces the waiting one (the latest slider position wins), so dragging a
// slider never queues dozens of jobs. Plain C++ with an injected submit function (testable without
// a model or a JobController).
#include <QtGlobal>

#include <functional>
#include <optional>

#include "clue/options.h"

class LivePreviewQueue {
public:
    /// Submits one generation; returns its job id (0 = nothing was submitted).
    using SubmitFunction = std::function<quint64(const clue::GenerateOptions&)>;

    explicit LivePreviewQueue(SubmitFunction submit = {});
    void setSubmitFunction(SubmitFunction submit) { m_submit = std::move(submit); }

    /// Runs `options` now when idle (returns the job id), else keeps it as the one pending request (returns 0).
    quint64 request(const clue::GenerateOptions& options);
    /// Call for every finished job: when it was ours, the pending request (if any) is submitted; returns its id.
    quint64 jobFinished(quint64 id);
    /// Drops the pending request (the running one, if any, goes on).
    void clearPending() { m_pending.reset(); }

    bool isRunning() const { return m_running != 0; }
    quint64 runningId() const { return m_running; }
    bool hasPending() const { return m_pending.has_value(); }
    const std::optional<clue::GenerateOptions>& pending() const { return m_pending; }
    int submittedCount() const { return m_submitted; }

private:
    quint64 submitNow(const clue::GenerateOptions& options);

    SubmitFunction m_submit;
    quint64 m_running = 0;
    std::optional<clue::GenerateOptions> m_pending;
    int m_submitted = 0;
};
