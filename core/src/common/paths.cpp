#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "clue/engine.h"

namespace fs = std::filesystem;

namespace clue {

std::string bundled_model_path() {
    const char* env = std::getenv("CLUE_MODELS_DIR");
    if (env && fs::exists(fs::path(env) / "tiny-sd15" / "model_index.json")) return (fs::path(env) / "tiny-sd15").string();
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    const fs::path dir = exe.parent_path();
    for (const fs::path& p : {dir / ".." / "share" / "clue-studio" / "models", dir / ".." / ".." / "resources" / "models",
                              dir / ".." / "resources" / "models", dir / "models"}) {
        if (fs::exists(p / "tiny-sd15" / "model_index.json")) return fs::weakly_canonical(p / "tiny-sd15").string();
    }
    return {};
}

}  // namespace clue
