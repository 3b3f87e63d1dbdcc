#include "common/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "common/error.h"

namespace clue {

Status write_file_atomic(const std::string& path, std::string_view data) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return Error{Errc::WriteFailed, tmp + ": cannot create (" + std::strerror(errno) + ")"};
        out.write(data.data(), static_cast<std::streamsize>(data.size()));
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            return Error{Errc::WriteFailed, tmp + ": write failed"};
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::remove(tmp.c_str());
        return Error{Errc::WriteFailed, path + ": cannot replace (" + ec.message() + ")"};
    }
    return Ok{};
}

void write_file_atomic_or_throw(const std::string& path, std::string_view data) {
    if (auto st = write_file_atomic(path, data); !st) fail(st.error().code, st.error().detail);
}

}  // namespace clue
