#pragma once
// Columns of a dataset manifest CSV that scan_dataset interprets itself; every other column is an item's `extra`.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace clue::dataset_detail {

/// In write order: path, class, split, sha256, width, height. sha256/width/height are recomputed on reading.
inline constexpr std::array<const char*, 6> kManifestColumns = {"path", "class", "split", "sha256", "width", "height"};

/// Case-insensitive, surrounding blanks ignored (a hand-edited header " Path" still counts).
inline bool is_manifest_column(const std::string& name) {
    const auto b = name.find_first_not_of(" \t");
    if (b == std::string::npos) return false;
    std::string key = name.substr(b, name.find_last_not_of(" \t") - b + 1);
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return std::find_if(kManifestColumns.begin(), kManifestColumns.end(),
                        [&](const char* k) { return key == k; }) != kManifestColumns.end();
}

}  // namespace clue::dataset_detail
