#pragma once
// LPIPS perceptual distance (issue #5, methods.md §3.5): AlexNet-LPIPS v0.1 as the `lpips` package computes it, from
// weights the user supplies as .safetensors (never downloaded; pickles are refused). No torch, no Qt.
#include <memory>
#include <string>
#include <vector>

#include "clue/image.h"
#include "clue/result.h"

namespace clue {

/// What callers print when no weights were given.
inline constexpr const char* kLpipsNotAvailable =
    "LPIPS: not available (pass --lpips FILE with AlexNet-LPIPS weights as .safetensors)";

class Lpips {
public:
    /// `path`: a .safetensors file with either the lpips package's full state dict (net.slice1.0.weight …,
    /// lin0.model.1.weight …) or torchvision AlexNet `features.*` plus the lin layers. Errors list every missing or
    /// mis-shaped tensor; .pth/.pt/.ckpt/.bin are refused (Errc::UnsafeFormat) with a conversion hint.
    static Result<Lpips> load(const std::string& path, const std::string& device = "auto");
    Lpips();
    ~Lpips();
    Lpips(Lpips&&) noexcept;
    Lpips& operator=(Lpips&&) noexcept;

    /// Images are resized (bilinear) to size × size before the network; 512 = the authors' evaluation (default),
    /// 0 = native size (both images must then be equally sized).
    Status set_resize(int size);
    int resize() const;

    /// LPIPS(a, b) ≥ 0; 0 for identical images. RGB, gray or RGBA (alpha ignored).
    Result<double> distance(const Image& a, const Image& b) const;
    /// LPIPS(reference, images[i]) for every image (the reference's features are computed once).
    Result<std::vector<double>> distances(const Image& reference, const std::vector<Image>& images) const;

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace clue
