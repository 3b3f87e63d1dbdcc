#include "models/sd_model.h"

#include <torch/torch.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/error.h"
#include "common/sha256.h"
#include "io/safetensors.h"
#include "models/pickle_guard.h"
#include "models/weights.h"

namespace fs = std::filesystem;

namespace clue::models {

std::string read_text(const fs::path& p) {
    std::ifstream in(p);
    if (!in) fail(Errc::FileNotFound, p.string() + ": missing");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::map<std::string, at::Tensor> read_all(const io::SafetensorsFile& f) {
    std::map<std::string, at::Tensor> out;
    for (const auto& name : f.names()) out[name] = f.tensor(name, true);
    return out;
}

/// The weights file of a diffusers component folder: safetensors only (fp32 first, then the fp16 variant).
fs::path weights_file(const fs::path& folder, const std::vector<std::string>& stems) {
    for (const auto& stem : stems)
        for (const char* suffix : {".safetensors", ".fp16.safetensors"})
            if (fs::exists(folder / (stem + suffix))) return folder / (stem + suffix);
    for (const auto& stem : stems)
        for (const char* suffix : {".bin", ".fp16.bin", ".ckpt", ".pt"})
            if (fs::exists(folder / (stem + suffix))) refuse_pickle((folder / (stem + suffix)).string());
    fail(Errc::FileNotFound, folder.string() + ": no " + stems.front() + ".safetensors");
}

bool is_pickle_path(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".ckpt" || ext == ".pt" || ext == ".pth" || ext == ".bin" || ext == ".pkl";
}

void refuse_pickle(const std::string& path) {
    fail(Errc::UnsafeFormat,
         path + ": pickled PyTorch checkpoints (.ckpt/.pt/.pth/.bin) are refused because loading them can execute "
                "arbitrary code. Convert it once, on a machine you trust, to .safetensors (e.g. with diffusers' "
                "scripts/convert_original_stable_diffusion_to_diffusers.py --to_safetensors, or the A1111 'Checkpoint "
                "Merger' set to safetensors) and open the .safetensors file or folder instead.");
}

std::string sha256_file(const std::string& path) { return sha256_file_hex(path); }

UNet load_unet_folder(const std::string& folder) {
    UNet unet(UNetOptions::from_json(read_text(fs::path(folder) / "config.json")));
    auto file = io::SafetensorsFile::open(weights_file(folder, {"diffusion_pytorch_model"}).string());
    load_weights(*unet, read_all(*file), "unet", file->path());
    unet->eval();
    return unet;
}

AutoencoderKL load_vae_folder(const std::string& folder) {
    AutoencoderKL vae(VAEOptions::from_json(read_text(fs::path(folder) / "config.json")));
    auto file = io::SafetensorsFile::open(weights_file(folder, {"diffusion_pytorch_model"}).string());
    load_weights(*vae, read_all(*file), "vae", file->path());
    vae->eval();
    return vae;
}

CLIPTextModel load_text_encoder_folder(const std::string& folder) {
    CLIPTextModel te(CLIPTextOptions::from_json(read_text(fs::path(folder) / "config.json")));
    auto file = io::SafetensorsFile::open(weights_file(folder, {"model"}).string());
    // position_ids is a (non-persistent) buffer in newer transformers but saved by older ones.
    load_weights(*te, read_all(*file), "text_encoder", file->path(), {"text_model.embeddings.position_ids"});
    te->eval();
    return te;
}

}  // namespace clue::models
