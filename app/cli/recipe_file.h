#pragma once
// Recipe files of the CLI (train --config, augment/evaluate --recipe and --save-recipe): read + parse with the
// options' own from_json, or write; errors name the file.
#include <fstream>
#include <sstream>
#include <string>

#include "clue/result.h"

namespace clue::cli {

/// Reads `path` and parses it with `parse` (e.g. evaluate_options_from_json). FileNotFound names `what`.
template <class Parse>
auto read_recipe(const std::string& path, const std::string& what, Parse parse) -> decltype(parse(std::string())) {
    std::ifstream in(path);
    if (!in) return Error{Errc::FileNotFound, path + ": cannot read the " + what};
    std::stringstream s;
    s << in.rdbuf();
    return parse(s.str());
}

/// Writes `json` (plus a newline) to `path`. WriteFailed names the file.
inline Status write_recipe(const std::string& path, const std::string& json) {
    std::ofstream out(path);
    out << json << "\n";
    if (!out) return Error{Errc::WriteFailed, path + ": cannot write the recipe"};
    return Ok{};
}

}  // namespace clue::cli
