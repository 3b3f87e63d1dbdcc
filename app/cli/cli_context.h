#pragma once
// Terminal side of a job: a `\r` progress bar on stderr (sd.cpp pretty_progress style) and Ctrl-C -> cancel.
#include <chrono>
#include <string>

#include "clue/image.h"
#include "clue/job.h"

namespace clue::cli {

class TerminalJobContext : public SimpleJobContext {
public:
    explicit TerminalJobContext(bool quiet = false);
    ~TerminalJobContext() override;
    bool cancel_requested() const override;
    void report(std::string_view stage, std::int64_t done, std::int64_t total) override;
    void preview(const Image& image, int step) override;
    /// Where previews go (overwritten each time); empty = previews are dropped.
    void set_preview_path(std::string path) { preview_path_ = std::move(path); }
    void finish_line();

private:
    bool quiet_;
    std::string preview_path_;
    std::chrono::steady_clock::time_point start_, last_;
    bool drew_ = false;
};

/// Installs SIGINT/SIGTERM handlers that request cancellation (the first Ctrl-C cancels within one step).
void install_interrupt_handler();
bool interrupted();

}  // namespace clue::cli
