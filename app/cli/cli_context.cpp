#include "cli_context.h"

#include <atomic>
#include <unistd.h>

#include <csignal>
#include <cstdio>

#include "clue/png_meta.h"

namespace clue::cli {
namespace {
// A signal handler can only reach process-wide state; this flag is the CLI's alone (core has no globals).
std::atomic<bool> g_interrupted{false};
// First Ctrl-C: cancel at the next step. Second: leave at once (e.g. during a long weight read or hash).
extern "C" void on_signal(int) {
    if (g_interrupted.exchange(true, std::memory_order_acq_rel)) _exit(130);
}
}  // namespace

void install_interrupt_handler() {
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
}
bool interrupted() { return g_interrupted.load(std::memory_order_acquire); }

TerminalJobContext::TerminalJobContext(bool quiet) : quiet_(quiet), start_(std::chrono::steady_clock::now()) {}
TerminalJobContext::~TerminalJobContext() { finish_line(); }

bool TerminalJobContext::cancel_requested() const { return interrupted() || SimpleJobContext::cancel_requested(); }

void TerminalJobContext::report(std::string_view stage, std::int64_t done, std::int64_t total) {
    if (quiet_ || total <= 0) return;
    const auto now = std::chrono::steady_clock::now();
    if (drew_ && done < total && now - last_ < std::chrono::milliseconds(100)) return;  // ≤ 10 Hz
    last_ = now;
    const double frac = static_cast<double>(done) / total;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const int width = 30;
    std::string bar(static_cast<size_t>(frac * width), '#');
    bar.resize(width, '.');
    const double eta = frac > 0.01 ? elapsed * (1 - frac) / frac : 0;
    std::fprintf(stderr, "\r%-8.*s [%s] %3d%%  %.1fs elapsed, ETA %.1fs   ", static_cast<int>(stage.size()),
                 stage.data(), bar.c_str(), static_cast<int>(frac * 100 + 0.5), elapsed, eta);
    std::fflush(stderr);
    drew_ = true;
}

void TerminalJobContext::preview(const Image& image, int) {
    if (!preview_path_.empty()) (void)write_png(preview_path_, image, {});
}

void TerminalJobContext::finish_line() {
    if (drew_) std::fprintf(stderr, "\n");
    drew_ = false;
}

}  // namespace clue::cli
