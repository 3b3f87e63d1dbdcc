#pragma once
// Image: the value type that crosses the public API (no torch, no Qt). 8-bit, interleaved, row-major.
#include <cstdint>
#include <vector>

namespace clue {

struct Image {
    int width = 0;
    int height = 0;
    int channels = 3;  ///< 3 = RGB, 1 = gray, 4 = RGBA
    std::vector<std::uint8_t> pixels;  ///< width*height*channels bytes

    bool empty() const { return width <= 0 || height <= 0 || pixels.empty(); }
    std::uint8_t* row(int y) { return pixels.data() + static_cast<size_t>(y) * width * channels; }
    const std::uint8_t* row(int y) const { return pixels.data() + static_cast<size_t>(y) * width * channels; }
    static Image blank(int w, int h, int c = 3) { return Image{w, h, c, std::vector<std::uint8_t>(size_t(w) * h * c, 0)}; }
};

}  // namespace clue
