#pragma once
// Pickled PyTorch files can execute code when loaded: every loader refuses them by name, with one list of suffixes.
#include <string>

namespace clue::models {

/// True for .ckpt / .pt / .pth / .bin / .pkl (any letter case).
bool is_pickle_path(const std::string& path);

}  // namespace clue::models
