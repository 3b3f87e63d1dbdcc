#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "clue/engine.h"

namespace fs = std::filesystem;

namespace clue {

namespace {
/// resources/models/<name> beside the executable (build tree, install tree) or under $CLUE_MODELS_DIR.
std::string bundled(const std::string& name) {
    const char* env = std::getenv("CLUE_MODELS_DIR");
    if (env && fs::exists(fs::path(env) / name / "model_index.json")) return (fs::path(env) / name).string();
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    const fs::path dir = exe.parent_path();
    for (const fs::path& p : {dir / ".." / "share" / "clue-studio" / "models", dir / ".." / ".." / "resources" / "models",
                              dir / ".." / "resources" / "models", dir / "models"}) {
        if (fs::exists(p / name / "model_index.json")) return fs::weakly_canonical(p / name).string();
    }
    return {};
}
}  // namespace

std::string bundled_demo_model_path() { return bundled("demo-otoscopy"); }

std::string bundled_model_path() { return bundled("tiny-sd15"); }

}  // namespace clue
