#pragma once
// Procedural otoscopy frames for the synthetic benchmark (demo_data.cpp). OpenCV core/imgproc drawing only.
#include <cstdint>
#include <random>

#include "clue/demo_data.h"
#include "clue/image.h"

namespace clue::otoscopy_detail {

enum class DemoClass { Normal = 0, Ome = 1, Com = 2 };

/// SplitMix64 finaliser: decorrelates neighbouring seeds before they reach the Mersenne twister.
inline std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/// Seed of sub-stream `b` of seed `a` (image index, drawing component, …).
inline std::uint64_t mix_seed(std::uint64_t a, std::uint64_t b) {
    return splitmix64(splitmix64(a) ^ (b * 0xD6E8FEB86659FD93ull + 0x632BE59BD9B4E019ull));
}

/// std::mt19937_64 output is fixed by the standard, the std distributions are not: they differ between standard
/// libraries, so the conversions to doubles are done here to keep images byte-identical everywhere.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}
    double uniform() { return double(engine_() >> 11) * 0x1.0p-53; }  ///< [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hi) {  ///< [lo, hi]
        const int v = lo + int(uniform() * double(hi - lo + 1));
        return v > hi ? hi : v;
    }
    bool chance(double p) { return uniform() < p; }

private:
    std::mt19937_64 engine_;
};

/// One frame, RGB size × size. `attributes` must be in the documented ranges (checked by the caller).
Image render_otoscopy(DemoClass cls, const DemoAttributes& attributes, int size, std::uint64_t seed);

}  // namespace clue::otoscopy_detail
