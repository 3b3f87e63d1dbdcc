#pragma once
// Whole-file writes that appear complete or not at all: temp file beside the target, then rename.
#include <string>
#include <string_view>

#include "clue/result.h"

namespace clue {

/// Writes `data` to `path` atomically; on failure the temp file is removed. Errc::WriteFailed naming the file.
Status write_file_atomic(const std::string& path, std::string_view data);
/// The same, throwing CoreError (for code inside a run_guarded job body).
void write_file_atomic_or_throw(const std::string& path, std::string_view data);

}  // namespace clue
