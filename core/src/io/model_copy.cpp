// copy_model_folder (model_files.h): the bundled demo model is the project-trained folder stored this way in fp16.
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "clue/model_files.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "io/safetensors.h"

namespace clue {
namespace {
namespace fs = std::filesystem;

std::string read_all_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Network weights: every safetensors file except the style space (its PCA means and components stay exact).
bool is_weight_file(const fs::path& rel) {
    return rel.extension() == ".safetensors" && rel.filename() != "style_space.safetensors";
}

}  // namespace

Status copy_model_folder(const std::string& model_dir, const std::string& out_dir, const CopyModelOptions& o,
                         JobContext* ctx) {
    return run_guarded([&]() -> Status {
        const fs::path in(model_dir), out(out_dir);
        if (!fs::is_directory(in)) fail(Errc::FileNotFound, "model folder not found: " + model_dir);
        if (!fs::exists(in / "model_index.json") && !fs::exists(in / "unet" / "config.json"))
            fail(Errc::InvalidArgument, model_dir + " is not a diffusers model folder (no model_index.json)");
        if (fs::exists(out) && !fs::is_empty(out))
            fail(Errc::InvalidArgument, "output folder " + out_dir + " exists and is not empty");
        std::vector<fs::path> files;
        for (const auto& e : fs::recursive_directory_iterator(in))
            if (e.is_regular_file()) files.push_back(fs::relative(e.path(), in));
        std::sort(files.begin(), files.end());
        for (size_t i = 0; i < files.size(); ++i) {
            if (ctx && ctx->cancel_requested()) fail(Errc::Cancelled, "cancelled");
            const fs::path& rel = files[i];
            fs::create_directories((out / rel).parent_path());
            if (o.fp16_weights && is_weight_file(rel)) {
                auto f = io::SafetensorsFile::open((in / rel).string());
                io::NamedTensors tensors;
                for (const auto& name : f->names()) {
                    at::Tensor t = f->tensor(name, false);
                    if (t.scalar_type() == at::kFloat || t.scalar_type() == at::kDouble) t = t.to(at::kHalf);
                    tensors.emplace_back(name, t);
                }
                io::write_safetensors((out / rel).string(), tensors, f->metadata());
            } else if (o.portable && rel == "clue.json") {
                nlohmann::ordered_json j = nlohmann::ordered_json::parse(read_all_text(in / rel));
                if (j.contains("base_model") && j["base_model"].is_string())
                    j["base_model"] = fs::path(j["base_model"].get<std::string>()).filename().string();
                write_file_atomic_or_throw((out / rel).string(), j.dump(2) + "\n");
            } else {
                write_file_atomic_or_throw((out / rel).string(), read_all_text(in / rel));
            }
            if (ctx) ctx->report("copy", static_cast<std::int64_t>(i + 1), static_cast<std::int64_t>(files.size()));
        }
        return Ok{};
    });
}

}  // namespace clue
