#pragma once
// Result<T>: the error channel of the public API (architecture.md §4.4). No exceptions cross it.
#include <string>
#include <utility>
#include <variant>

namespace clue {

/// Error codes grouped in ranges by area (MuseScore `Ret` style). 0 is not valid.
enum class Errc : int {
    Cancelled = 1,  ///< the user cancelled (a state, not a failure): callers show no error for it
    Io = 100, FileNotFound, FileTruncated, BadFormat, UnsafeFormat, WriteFailed,
    Model = 200, MissingTensor, UnexpectedTensor, ShapeMismatch, BadConfig, UnsupportedModel,
    Device = 300, DeviceOutOfMemory, DeviceUnavailable,
    Training = 400,
    Input = 500, InvalidArgument,
    Internal = 900,
};

/// Area name of a code ("io", "model", …), for logs and CLI exit codes.
const char* errc_area(Errc code);
/// Process exit code the CLI uses for a failure in this area (2 input, 3 io, 4 model, 5 device, 1 other).
int errc_exit_code(Errc code);

struct Error {
    Errc code = Errc::Internal;
    std::string detail;  ///< English, names the offending value; the UI maps `code` to translated text.
};

/// Minimal expected<T, Error> (switch to std::expected with C++23).
/// Example: `Result<int> r = Error{Errc::InvalidArgument, "steps must be > 0, got 0"}; if (!r) puts(r.error().detail.c_str());`
template <class T>
class Result {
public:
    Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}
    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

struct Ok {};
using Status = Result<Ok>;

}  // namespace clue
