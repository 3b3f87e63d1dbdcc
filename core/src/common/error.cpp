#include "common/error.h"

#include <c10/util/Exception.h>

#include <exception>
#include <new>

namespace clue {

const char* errc_area(Errc code) {
    const int c = static_cast<int>(code);
    if (code == Errc::Cancelled) return "cancelled";
    if (c >= 100 && c < 200) return "io";
    if (c >= 200 && c < 300) return "model";
    if (c >= 300 && c < 400) return "device";
    if (c >= 400 && c < 500) return "training";
    if (c >= 500 && c < 600) return "input";
    return "internal";
}

int errc_exit_code(Errc code) {
    const int c = static_cast<int>(code);
    if (code == Errc::Cancelled) return 130;
    if (c >= 500 && c < 600) return 2;
    if (c >= 100 && c < 200) return 3;
    if (c >= 200 && c < 300) return 4;
    if (c >= 300 && c < 400) return 5;
    return 1;
}

Error error_from_current_exception() {
    try {
        throw;
    } catch (const CoreError& e) {
        return Error{e.code(), e.what()};
    } catch (const c10::Error& e) {
        const std::string msg = e.what_without_backtrace();
        if (msg.find("out of memory") != std::string::npos) return Error{Errc::DeviceOutOfMemory, msg};
        return Error{Errc::Internal, "LibTorch: " + msg};
    } catch (const std::bad_alloc&) {
        return Error{Errc::DeviceOutOfMemory, "out of host memory"};
    } catch (const std::exception& e) {
        return Error{Errc::Internal, e.what()};
    } catch (...) {
        return Error{Errc::Internal, "unknown exception"};
    }
}

}  // namespace clue
