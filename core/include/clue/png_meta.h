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

/// Writes an 8-bit PNG (RGB/RGBA/gray) with `parameters`, `clue` and `other` as uncompressed iTXt (UTF-8)
/// chunks (empty ones skipped); atomic (temp file beside `path` + rename). Errors: InvalidArgument (bad image or
/// keyword), WriteFailed.
Status write_png(const std::string& path, const Image& image, const PngText& text);
/// Reads the text chunks (tEXt, zTXt and iTXt, before or after the image data) of a PNG; tEXt/zTXt text is
/// Latin-1 by the spec and is converted to UTF-8 unless it already is valid UTF-8. The whole file is checked:
/// FileNotFound, BadFormat (not a PNG, corrupt), FileTruncated.
Result<PngText> read_png_text(const std::string& path);
/// Reads the pixels of a PNG/JPEG/WebP/… file (OpenCV imgcodecs) as 8-bit RGB: gray is replicated, alpha is
/// dropped, 16-bit is scaled to 8-bit; EXIF orientation is not applied. FileNotFound, FileTruncated, BadFormat.
Result<Image> read_image(const std::string& path);

/// Everything the A1111 infotext carries.
struct Infotext {
    std::string prompt;
    std::string negative_prompt;
    std::map<std::string, std::string> params;  ///< "Steps" -> "20", "Sampler" -> "Euler a", unquoted values
};

/// Formats per A1111 `create_infotext`: prompt lines, optional "Negative prompt:" line, then `Key: value, …`
/// in the order of `params`; pairs with an empty value are omitted, values with ',', ':' or a newline are
/// JSON-quoted (json.dumps, ensure_ascii=False), the whole text is stripped.
std::string format_infotext(const std::string& prompt, const std::string& negative_prompt,
                            const std::vector<std::pair<std::string, std::string>>& params);
/// Parses A1111 infotext like `parse_generation_parameters`: the last line holds the params when it has at least
/// 3 `Key: value` pairs, quoted values are unquoted; "Size" stays "512x512" (not split into Size-1/Size-2).
Infotext parse_infotext(const std::string& text);
/// Builds generate options from infotext (prompts, Steps, Sampler + Schedule type, CFG scale, Seed, Size,
/// Denoising strength, Clip skip); unparsable numbers keep the defaults. The sampler becomes a canonical key:
/// "DPM++ 2M Karras" (≤1.8) and "DPM++ 2M" + "Schedule type: Karras" or "Automatic" (≥1.9) -> dpmpp_2m_karras;
/// other schedules fall back to the plain sampler; an unknown sampler is kept as is (validate() reports it).
GenerateOptions options_from_infotext(const Infotext& info);

}  // namespace clue
