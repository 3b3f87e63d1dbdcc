#pragma once
// Animated GIF export (issue #5: trajectory frames). OpenCV 4.6 (Debian 12) has no GIF writer and videoio is not in
// the stack, so GIF89a is written here. No torch, no Qt.
#include <string>
#include <vector>

#include "clue/image.h"
#include "clue/result.h"

namespace clue {

/// Writes `frames` (equal sizes, RGB or RGBA; alpha ignored) as a GIF89a animation with one global 256-colour palette,
/// `delay_ms` per frame (GIF stores 1/100 s), looping forever when `loop`. Atomic (temporary file + rename).
Status write_animated_gif(const std::string& path, const std::vector<Image>& frames, int delay_ms, bool loop = true);

}  // namespace clue
