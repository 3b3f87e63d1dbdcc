#pragma once
// Inside core, failures are exceptions (LibTorch throws anyway); they are caught at the job boundary
// (run_guarded) and become clue::Error. Never let one cross the public API.
#include <stdexcept>
#include <string>

#include "clue/result.h"

namespace clue {

class CoreError : public std::runtime_error {
public:
    CoreError(Errc code, const std::string& detail) : std::runtime_error(detail), code_(code) {}
    Errc code() const { return code_; }

private:
    Errc code_;
};

[[noreturn]] inline void fail(Errc code, const std::string& detail) { throw CoreError(code, detail); }

/// Maps any in-flight exception to an Error (c10 out-of-memory -> DeviceOutOfMemory).
Error error_from_current_exception();

template <class F>
auto run_guarded(F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (...) {
        return error_from_current_exception();
    }
}

}  // namespace clue
