#pragma once
// Near-copy ("memorisation") check of the augmentation job: is a generated image (almost) one of the real training
// images? Two cheap, deterministic distances against every real image, thresholds from AugmentOptions:
//  - pixel: mean |Δ| of 64×64 RGB thumbnails (area-resized), 0…1. Catches copies up to small noise/compression.
//  - feature: cosine distance of a hand-made descriptor (not learned): the 8×8×3 thumbnail with its mean removed
//    and scaled to unit length (layout, invariant to brightness and contrast) joined with a 3×16-bin colour
//    histogram of the 64² thumbnail (colour make-up, invariant to small shifts and flips). A memorised training
//    image comes back with the same layout and colours, perhaps re-toned or slightly shifted; that is what this
//    catches and the pixel distance may miss. It does not judge semantic similarity — neither does it need to: a
//    generated image that merely looks like the class should *not* be flagged.
// No torch; OpenCV core/imgproc for the resizing.
#include <cstdint>
#include <string>
#include <vector>

#include "clue/image.h"

namespace clue::memorisation {

constexpr int kThumbSize = 64;   ///< edge of the pixel-space thumbnail
constexpr int kLayoutSize = 8;   ///< edge of the layout part of the feature
constexpr int kHistBins = 16;    ///< bins per RGB channel of the colour part

/// An image reduced to what the check compares (computed once per real image).
struct Signature {
    std::vector<std::uint8_t> thumb;  ///< 64×64×3 RGB (gray/RGBA converted), area-resized without keeping aspect
    std::vector<float> feature;       ///< unit length: 8·8·3 layout values then 3·16 histogram values
};

Signature signature(const Image& image);
/// Mean absolute difference of the thumbnails in [0, 1].
double pixel_distance(const Signature& a, const Signature& b);
/// 1 − cosine similarity of the features, in [0, 2].
double feature_distance(const Signature& a, const Signature& b);

struct Match {
    int nearest = -1;               ///< index of the real image that decided (the flagging one, else pixel-nearest)
    double pixel_distance = 1.0;    ///< smallest pixel distance over all real images
    double feature_distance = 2.0;  ///< smallest feature distance over all real images (may be another image)
    bool flagged = false;           ///< pixel_distance < threshold or feature_distance < threshold / 5
};

/// The real training images, reduced once; nearest() is a linear scan (a few thousand images at most).
class RealIndex {
public:
    void add(std::string path, const Image& image);
    std::size_t size() const { return paths_.size(); }
    const std::string& path(int index) const { return paths_[static_cast<size_t>(index)]; }
    /// The nearest real image to `generated`; `threshold` is AugmentOptions::near_copy_threshold.
    Match nearest(const Image& generated, double threshold) const;
    Match nearest(const Signature& generated, double threshold) const;

private:
    std::vector<std::string> paths_;
    std::vector<Signature> signatures_;
};

}  // namespace clue::memorisation
