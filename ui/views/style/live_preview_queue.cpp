#include "views/style/live_preview_queue.h"

LivePreviewQueue::LivePreviewQueue(SubmitFunction submit) : m_submit(std::move(submit)) {}

quint64 LivePreviewQueue::request(const clue::GenerateOptions& options) {
    if (m_running != 0) {
        m_pending = options;  // the latest wins; older pending requests are forgotten
        return 0;
    }
    return submitNow(options);
}

quint64 LivePreviewQueue::jobFinished(quint64 id) {
    if (id == 0 || id != m_running) return 0;
    m_running = 0;
    if (!m_pending) return 0;
    const clue::GenerateOptions next = std::move(*m_pending);
    m_pending.reset();
    return submitNow(next);
}

quint64 LivePreviewQueue::submitNow(const clue::GenerateOptions& options) {
    if (!m_submit) return 0;
    m_running = m_submit(options);
    if (m_running != 0) ++m_submitted;
    return m_running;
}
