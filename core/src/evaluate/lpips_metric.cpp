// clue::Lpips: the AlexNet-LPIPS module behind an opaque handle (see clue/lpips.h, models/lpips/alexnet_lpips.h).
#include "clue/lpips.h"

#include <torch/nn/functional/upsampling.h>
#include <torch/torch.h>

#include <filesystem>

#include "common/error.h"
#include "common/image_tensor.h"
#include "io/safetensors.h"
#include "models/lpips/alexnet_lpips.h"
#include "models/pickle_guard.h"
#include "models/sd_model.h"

namespace clue {

struct Lpips::Impl {
    models::AlexNetLpips net{nullptr};
    torch::Device device{torch::kCPU};
    int size = 512;
};

Lpips::Lpips() = default;
Lpips::~Lpips() = default;
Lpips::Lpips(Lpips&&) noexcept = default;
Lpips& Lpips::operator=(Lpips&&) noexcept = default;

namespace {

/// [1,3,S,S] in [−1, 1] on the device. Bilinear, half-pixel centres (align_corners = false); when shrinking with
/// antialiasing, as PIL's bilinear resize that the authors' image loading used (methods.md §3.5), so that a 512² input
/// does not alias; enlarging (the usual case for small models) is plain bilinear either way.
at::Tensor lpips_input(const Image& image, int size, const torch::Device& device) {
    at::Tensor x = image_to_tensor(image).to(device);
    if (size > 0 && (x.size(2) != size || x.size(3) != size)) {
        namespace F = torch::nn::functional;
        const bool shrink = x.size(2) > size || x.size(3) > size;
        x = F::interpolate(x, F::InterpolateFuncOptions()
                                  .size(std::vector<int64_t>{size, size})
                                  .mode(torch::kBilinear)
                                  .align_corners(false)
                                  .antialias(shrink));
    }
    return x;
}

}  // namespace

Result<Lpips> Lpips::load(const std::string& path, const std::string& device) {
    return run_guarded([&]() -> Result<Lpips> {
        if (models::is_pickle_path(path))
            fail(Errc::UnsafeFormat,
                 path + ": pickled PyTorch files are refused because loading them can execute code. Convert the "
                        "LPIPS model once, on a machine you trust: python -c \"import lpips; from safetensors.torch "
                        "import save_file; m = lpips.LPIPS(net='alex', version='0.1'); save_file({k: v.contiguous() "
                        "for k, v in m.state_dict().items()}, 'lpips_alex.safetensors')\"");
        if (!std::filesystem::exists(path)) fail(Errc::FileNotFound, "LPIPS weights not found: " + path);
        auto file = io::SafetensorsFile::open(path);
        std::map<std::string, at::Tensor> tensors;
        for (const auto& name : file->names()) tensors[name] = file->tensor(name);
        Lpips out;
        out.impl_ = std::make_unique<Impl>();
        out.impl_->net = models::AlexNetLpips();
        models::load_alexnet_lpips(*out.impl_->net, tensors, path);
        out.impl_->device = models::resolve_device(device);
        out.impl_->net->to(out.impl_->device);
        out.impl_->net->eval();
        return out;
    });
}

Status Lpips::set_resize(int size) {
    if (size < 0 || size > 4096) return Error{Errc::InvalidArgument, "LPIPS resize must be 0 (native) … 4096, got " + std::to_string(size)};
    if (impl_) impl_->size = size;
    return Ok{};
}

int Lpips::resize() const { return impl_ ? impl_->size : 512; }

Result<double> Lpips::distance(const Image& a, const Image& b) const {
    auto d = distances(a, {b});
    if (!d) return d.error();
    return d->front();
}

Result<std::vector<double>> Lpips::distances(const Image& reference, const std::vector<Image>& images) const {
    if (!impl_) return Error{Errc::InvalidArgument, "LPIPS: not loaded"};
    auto size_text = [](const Image& im) { return std::to_string(im.width) + "×" + std::to_string(im.height); };
    for (size_t i = 0; i < images.size(); ++i) {
        if (images[i].empty() || reference.empty()) return Error{Errc::InvalidArgument, "LPIPS: empty image"};
        if (impl_->size == 0 && (images[i].width != reference.width || images[i].height != reference.height))
            return Error{Errc::InvalidArgument, "LPIPS at native size needs equally sized images: image " + std::to_string(i) +
                                                    " is " + size_text(images[i]) + ", the reference " + size_text(reference)};
    }
    return run_guarded([&]() -> Result<std::vector<double>> {
        torch::NoGradGuard ng;
        auto& net = *impl_->net;
        const auto ref = net.features(lpips_input(reference, impl_->size, impl_->device));
        std::vector<double> out;
        for (const Image& im : images)
            out.push_back(net.compare(ref, net.features(lpips_input(im, impl_->size, impl_->device))).item<double>());
        return out;
    });
}

}  // namespace clue
