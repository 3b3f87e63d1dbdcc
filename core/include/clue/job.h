#pragma once
// Long-running work reports through a JobContext (architecture.md §4.3): cancellation polled at every
// sampler/training step, weighted progress, optional previews. No globals, no Qt, no torch.
#include <atomic>
#include <cstdint>
#include <string_view>

#include "clue/image.h"

namespace clue {

enum class JobState { Queued = 1, Running, Succeeded, Failed, Cancelled };  // 0 is not valid
enum class CancelMode { Immediately = 1, AfterCurrentImage };

class JobContext {
public:
    virtual ~JobContext() = default;
    /// Polled at least once per sampler step; true ends the job as JobState::Cancelled (not an error).
    virtual bool cancel_requested() const = 0;
    /// Overall progress: `done` of `total` units; `stage` is a short English key ("encode", "denoise", "decode").
    virtual void report(std::string_view stage, std::int64_t done, std::int64_t total) = 0;
    /// A preview image of the job's current state; `step` counts from 1. The caller decides how often.
    virtual void preview(const Image& image, int step) { (void)image; (void)step; }
};

/// A JobContext with an atomic cancel flag and no reporting; base for CLI/GUI adapters and tests.
class SimpleJobContext : public JobContext {
public:
    bool cancel_requested() const override { return cancel_.load(std::memory_order_acquire); }
    void report(std::string_view, std::int64_t, std::int64_t) override {}
    void request_cancel() { cancel_.store(true, std::memory_order_release); }

private:
    std::atomic<bool> cancel_{false};
};

}  // namespace clue
