// clue::InceptionExtractor: Inception-v3 pool3 features from the user's TF-FID weights (safetensors only).
#include <torch/torch.h>

#include <filesystem>

#include "common/error.h"
#include "common/sha256.h"
#include "evaluate/classifier_impl.h"
#include "io/safetensors.h"
#include "models/inception/inception_v3.h"
#include "models/pickle_guard.h"
#include "models/sd_model.h"
#include "models/weights.h"

namespace clue {

struct InceptionExtractor::Impl {
    models::InceptionV3 net{nullptr};
    torch::Device device{torch::kCPU};
    std::string sha256;
};

InceptionExtractor::InceptionExtractor() = default;
InceptionExtractor::~InceptionExtractor() = default;
InceptionExtractor::InceptionExtractor(InceptionExtractor&&) noexcept = default;
InceptionExtractor& InceptionExtractor::operator=(InceptionExtractor&&) noexcept = default;

std::string InceptionExtractor::sha256() const { return impl_ ? impl_->sha256 : std::string(); }

Result<InceptionExtractor> InceptionExtractor::load(const std::string& path, const std::string& device) {
    return run_guarded([&]() -> Result<InceptionExtractor> {
        namespace fs = std::filesystem;
        if (!fs::exists(path)) fail(Errc::FileNotFound, "Inception-v3 weights not found: " + path);
        if (models::is_pickle_path(path))
            fail(Errc::UnsafeFormat,
                 path + ": pickled PyTorch files are refused because loading them can execute code. Convert the "
                        "pytorch-fid weights once, on a machine you trust: python -c \"import torch; from "
                        "safetensors.torch import save_file; save_file({k: v.contiguous() for k, v in "
                        "torch.load('pt_inception-2015-12-05-6726825d.pth').items()}, 'inception_fid.safetensors')\"");
        auto file = io::SafetensorsFile::open(path);
        std::map<std::string, at::Tensor> tensors;
        for (const auto& name : file->names()) tensors[name] = file->tensor(name);
        InceptionExtractor out;
        out.impl_ = std::make_unique<Impl>();
        out.impl_->net = models::InceptionV3();
        // fc (1008 classes in the TF graph) and the auxiliary classifier are not used for pool3 features.
        models::load_weights(*out.impl_->net, tensors, "Inception-v3", path, {"fc.", "AuxLogits."});
        out.impl_->device = models::resolve_device(device);
        out.impl_->net->to(out.impl_->device);
        out.impl_->net->eval();
        out.impl_->sha256 = sha256_file_hex(path);
        return out;
    });
}

Result<Features> InceptionExtractor::features(const std::vector<Image>& images, JobContext* context) const {
    if (!impl_) return Error{Errc::InvalidArgument, "Inception-v3: not loaded"};
    return run_guarded([&]() -> Result<Features> {
        torch::NoGradGuard ng;
        constexpr size_t kBatch = 16;
        Features out{2048, {}};
        out.data.reserve(images.size() * 2048);
        for (size_t b = 0; b < images.size(); b += kBatch) {
            if (context && context->cancel_requested()) fail(Errc::Cancelled, "cancelled");
            const std::vector<Image> part(images.begin() + long(b), images.begin() + long(std::min(images.size(), b + kBatch)));
            // 299² here (area when shrinking, bilinear with half-pixel centres when enlarging, as the network's own
            // interpolate) so that large images are not decoded at full size into the batch.
            const at::Tensor x = eval::images_to_u8(part, 299).to(impl_->device).to(at::kFloat).div(255.0);
            const at::Tensor f = impl_->net->forward(x).to(torch::kCPU).contiguous();
            out.data.insert(out.data.end(), f.data_ptr<float>(), f.data_ptr<float>() + f.numel());
            if (context) context->report("features", static_cast<std::int64_t>(b + part.size()),
                                         static_cast<std::int64_t>(images.size()));
        }
        return out;
    });
}

}  // namespace clue
