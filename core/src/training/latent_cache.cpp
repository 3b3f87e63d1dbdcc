#include "training/latent_cache.h"

#include <torch/torch.h>

#include "common/error.h"
#include "common/image_tensor.h"
#include "common/sha256.h"
#include "io/safetensors.h"

namespace fs = std::filesystem;

namespace clue::training {

std::string vae_key(const models::SDModel& model) {
    const fs::path root(model.info.path);
    if (fs::is_directory(root)) {
        const fs::path w = models::weights_file(root / "vae", {"diffusion_pytorch_model"});
        return sha256_file_hex(w.string());
    }
    return sha256_hex("single-file-vae:" + model.info.sha256);
}

namespace {

Image mirror(const Image& im) {
    Image out = im;
    for (int y = 0; y < im.height; ++y)
        for (int x = 0; x < im.width; ++x)
            for (int c = 0; c < im.channels; ++c)
                out.row(y)[x * im.channels + c] = im.row(y)[(im.width - 1 - x) * im.channels + c];
    return out;
}

std::pair<at::Tensor, at::Tensor> encode(models::SDModel& m, const Image& im) {
    const at::Tensor x = image_to_tensor(im).to(m.device, m.vae_dtype);
    auto post = m.vae->encode(x);
    return {post.mean[0].to(at::kCPU, at::kFloat).contiguous(), post.std[0].to(at::kCPU, at::kFloat).contiguous()};
}

}  // namespace

LatentSet encode_dataset(models::SDModel& m, const Dataset& ds, const PreprocessOptions& pre, bool flips,
                         const fs::path& cache_dir, JobContext& ctx, const std::function<void(int, int)>& progress) {
    torch::NoGradGuard no_grad;
    fs::create_directories(cache_dir);
    const std::string vkey = vae_key(m);
    const std::string pkey = to_json(pre) + "|flip=" + (flips ? "1" : "0");
    LatentSet set;
    const int total = static_cast<int>(ds.items.size());
    for (int i = 0; i < total; ++i) {
        if (ctx.cancel_requested()) return {};
        const DatasetItem& item = ds.items[i];
        const fs::path file = cache_dir / (sha256_hex(item.sha256 + "|" + pkey + "|" + vkey).substr(0, 32) + ".safetensors");
        at::Tensor mean, std_, mean_f, std_f;
        bool hit = false;
        if (fs::exists(file)) {
            try {
                auto f = io::SafetensorsFile::open(file.string());
                mean = f->tensor("mean"), std_ = f->tensor("std");
                if (flips) mean_f = f->tensor("mean_flip"), std_f = f->tensor("std_flip");
                hit = true;
            } catch (const std::exception&) {
                hit = false;  // a damaged cache entry is re-made, never fatal
            }
        }
        if (!hit) {
            auto img = load_clean_image(item.path);
            if (!img) fail(img.error().code, img.error().detail);
            auto prepared = preprocess(*img, pre);
            if (!prepared) fail(prepared.error().code, item.path + ": " + prepared.error().detail);
            std::tie(mean, std_) = encode(m, *prepared);
            io::NamedTensors t{{"mean", mean}, {"std", std_}};
            if (flips) {
                std::tie(mean_f, std_f) = encode(m, mirror(*prepared));
                t.emplace_back("mean_flip", mean_f);
                t.emplace_back("std_flip", std_f);
            }
            io::write_safetensors(file.string(), t, {{"source", item.path}, {"sha256", item.sha256}});
        } else {
            ++set.cache_hits;
        }
        set.mean.push_back(mean);
        set.std.push_back(std_);
        if (flips) set.mean_flip.push_back(mean_f), set.std_flip.push_back(std_f);
        set.class_index.push_back(item.class_index);
        set.validation.push_back(item.validation);
        set.paths.push_back(item.path);
        if (progress) progress(i + 1, total);
    }
    return set;
}

}  // namespace clue::training
