#pragma once
// PNG with metadata: A1111 `parameters` text chunk (conventions.md §6.1) and our `clue` JSON chunk.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "clue/image.h"
#include "clue/options.h"
#include "clue/result.h"

namespace clue {

struct PngText {
    std::string parameters;  ///< A1111 infotext ("" when absent)
    std::string clue_json;   ///< our provenance JSON ("" when absent)
    std::map<std::string, std::string> other;  ///< any other tEXt/iTXt/zTXt chunks by keyword
};

/// Writes an 8-bit PNG (RGB/RGBA/gray) with `parameters` and `clue` as iTXt (UTF-8) chunks; atomic (temp + rename).
Status write_png(const std::string& path, const Image& image, const PngText& text);
/// Reads the text chunks (tEXt, zTXt and iTXt) of a PNG.
Result<PngText> read_png_text(const std::string& path);
/// Reads the pixels (RGB) of a PNG/JPEG/… file.
Result<Image> read_image(const std::string& path);

/// Everything the A1111 infotext carries.
struct Infotext {
    std::string prompt;
    std::string negative_prompt;
    std::map<std::string, std::string> params;  ///< "Steps" -> "20", "Sampler" -> "Euler a", unquoted values
};

/// Formats per A1111 `create_infotext`: prompt lines, optional "Negative prompt:" line, then `Key: value, …`;
/// values with ',', ':' or a newline are JSON-quoted. `ordered_keys` gives the order of params.
std::string format_infotext(const std::string& prompt, const std::string& negative_prompt,
                            const std::vector<std::pair<std::string, std::string>>& params);
/// Parses A1111 infotext (also old "DPM++ 2M Karras" sampler names, quoted values).
Infotext parse_infotext(const std::string& text);
/// Builds generate options from infotext (sampler, steps, cfg, seed, size, strength, clip skip).
GenerateOptions options_from_infotext(const Infotext& info);

}  // namespace clue
