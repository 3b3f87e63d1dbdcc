// Animated GIF89a writer (issue #5: trajectory frames as one file). OpenCV 4.6 has no GIF encoder and videoio is not
// in the stack, so the format is written here. ref: W3C/CompuServe "Graphics Interchange Format Version 89a"
// (logical screen, colour table, graphic control extension, image descriptor, variable-length-code LZW, Appendix F),
// Netscape's NETSCAPE2.0 application extension for looping; median cut: Heckbert, "Color image quantization for
// frame buffer display", SIGGRAPH 1982.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "clue/animation.h"
#include "common/atomic_file.h"

namespace clue {
namespace {

using Rgb = std::uint32_t;  // 0x00RRGGBB
constexpr int kGifMaxDelayMs = 65535 * 10;  // GIF stores the delay as a 16-bit count of 1/100 s

Rgb gif_pixel(const Image& im, size_t i) {
    const std::uint8_t* p = im.pixels.data() + i * size_t(im.channels);
    if (im.channels < 3) return Rgb(p[0]) << 16 | Rgb(p[0]) << 8 | p[0];
    return Rgb(p[0]) << 16 | Rgb(p[1]) << 8 | p[2];
}
int gif_channel(Rgb c, int k) { return int(c >> (16 - 8 * k)) & 0xff; }

Status gif_check(const std::vector<Image>& frames, int delay_ms) {
    auto bad = [](const std::string& m) -> Status { return Error{Errc::InvalidArgument, "animated GIF: " + m}; };
    if (frames.empty()) return bad("no frames to write");
    // 10 ms is the shortest delay GIF can state (1/100 s); browsers show 0 as ~100 ms, which is not what was asked.
    if (delay_ms < 10 || delay_ms > kGifMaxDelayMs)
        return bad("frame delay must be 10…" + std::to_string(kGifMaxDelayMs) + " ms, got " + std::to_string(delay_ms));
    const Image& f0 = frames.front();
    for (size_t i = 0; i < frames.size(); ++i) {
        const Image& f = frames[i];
        const std::string name = "frame " + std::to_string(i);
        if (f.empty()) return bad(name + " is empty (" + std::to_string(f.width) + "×" + std::to_string(f.height) + ")");
        if (f.channels != 1 && f.channels != 3 && f.channels != 4)
            return bad(name + " has " + std::to_string(f.channels) + " channels (1, 3 or 4 expected)");
        if (f.pixels.size() != size_t(f.width) * size_t(f.height) * size_t(f.channels))
            return bad(name + " holds " + std::to_string(f.pixels.size()) + " bytes, not width×height×channels");
        if (f.width > 65535 || f.height > 65535)
            return bad(name + " is " + std::to_string(f.width) + "×" + std::to_string(f.height) + " (GIF allows ≤ 65535)");
        if (f.width != f0.width || f.height != f0.height)
            return bad(name + " is " + std::to_string(f.width) + "×" + std::to_string(f.height) + ", frame 0 is " +
                       std::to_string(f0.width) + "×" + std::to_string(f0.height));
    }
    return Ok{};
}

/// Every distinct colour when there are at most 256 (then the GIF is lossless), else empty.
std::vector<Rgb> gif_exact_palette(const std::vector<Image>& frames) {
    std::unordered_map<Rgb, int> seen;
    for (const Image& f : frames)
        for (size_t i = 0, n = size_t(f.width) * size_t(f.height); i < n; ++i)
            if (seen.emplace(gif_pixel(f, i), 0).second && seen.size() > 256) return {};
    std::vector<Rgb> out;
    for (const auto& [c, unused] : seen) out.push_back(c);
    std::sort(out.begin(), out.end());
    return out;
}

/// Median cut over a sample of all frames' pixels: split the box with the widest channel range at its median along that
/// channel until 256 boxes; each palette entry is its box's mean.
std::vector<Rgb> gif_median_cut(const std::vector<Image>& frames) {
    constexpr size_t kMaxSamples = size_t(1) << 20;  // enough for a stable palette, bounded time on long animations
    size_t total = 0;
    for (const Image& f : frames) total += size_t(f.width) * size_t(f.height);
    const size_t stride = std::max<size_t>(1, total / kMaxSamples);
    std::vector<Rgb> px;
    px.reserve(total / stride + frames.size());
    size_t k = 0;
    for (const Image& f : frames)
        for (size_t i = 0, n = size_t(f.width) * size_t(f.height); i < n; ++i, ++k)
            if (k % stride == 0) px.push_back(gif_pixel(f, i));
    struct Box {
        size_t begin, end;
        int channel, range;
    };
    auto measure = [&](size_t b, size_t e) {
        std::array<int, 3> lo{255, 255, 255}, hi{0, 0, 0};
        for (size_t i = b; i < e; ++i)
            for (int c = 0; c < 3; ++c) lo[c] = std::min(lo[c], gif_channel(px[i], c)), hi[c] = std::max(hi[c], gif_channel(px[i], c));
        Box box{b, e, 0, -1};
        for (int c = 0; c < 3; ++c)
            if (hi[c] - lo[c] > box.range) box.channel = c, box.range = hi[c] - lo[c];
        return box;
    };
    std::vector<Box> boxes{measure(0, px.size())};
    while (boxes.size() < 256) {
        auto widest = std::max_element(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.range < b.range; });
        if (widest->range <= 0) break;  // every box holds one colour
        const Box box = *widest;
        const size_t mid = box.begin + (box.end - box.begin) / 2;
        const int c = box.channel;
        std::nth_element(px.begin() + long(box.begin), px.begin() + long(mid), px.begin() + long(box.end),
                         [c](Rgb a, Rgb b) { return gif_channel(a, c) < gif_channel(b, c); });
        *widest = measure(box.begin, mid);
        boxes.push_back(measure(mid, box.end));
    }
    std::vector<Rgb> palette;
    for (const Box& b : boxes) {
        std::array<double, 3> sum{};
        for (size_t i = b.begin; i < b.end; ++i)
            for (int c = 0; c < 3; ++c) sum[size_t(c)] += gif_channel(px[i], c);
        const double n = double(b.end - b.begin);
        Rgb out = 0;
        for (int c = 0; c < 3; ++c) out = out << 8 | Rgb(sum[size_t(c)] / n + 0.5);
        palette.push_back(out);
    }
    return palette;
}

/// Nearest palette entry (squared RGB distance), memoised per colour: trajectory frames share most colours.
class GifMapper {
public:
    explicit GifMapper(const std::vector<Rgb>& palette) : palette_(palette) {}
    std::uint8_t operator()(Rgb c) {
        auto it = cache_.find(c);
        if (it != cache_.end()) return it->second;
        int best = 0, best_d = 1 << 30;
        for (size_t i = 0; i < palette_.size(); ++i) {
            int d = 0;
            for (int k = 0; k < 3; ++k) {
                const int e = gif_channel(c, k) - gif_channel(palette_[i], k);
                d += e * e;
            }
            if (d < best_d) best = int(i), best_d = d;
        }
        cache_.emplace(c, std::uint8_t(best));
        return std::uint8_t(best);
    }

private:
    const std::vector<Rgb>& palette_;
    std::unordered_map<Rgb, std::uint8_t> cache_;
};

/// Packs variable-width codes LSB first into ≤ 255-byte data sub-blocks.
class GifBitSink {
public:
    explicit GifBitSink(std::string& out) : out_(out) {}
    void put(int code, int bits) {
        acc_ |= std::uint32_t(code) << nbits_;
        nbits_ += bits;
        while (nbits_ >= 8) byte(std::uint8_t(acc_ & 0xff)), acc_ >>= 8, nbits_ -= 8;
    }
    void finish() {
        if (nbits_ > 0) byte(std::uint8_t(acc_ & 0xff));
        acc_ = 0, nbits_ = 0;
        if (!block_.empty()) flush_block();
        out_.push_back('\0');  // block terminator
    }

private:
    void byte(std::uint8_t b) {
        block_.push_back(char(b));
        if (block_.size() == 255) flush_block();
    }
    void flush_block() {
        out_.push_back(char(block_.size()));
        out_ += block_;
        block_.clear();
    }
    std::string& out_;
    std::string block_;
    std::uint32_t acc_ = 0;
    int nbits_ = 0;
};

/// GIF LZW with 8-bit indices: clear code first, codes widen from 9 to 12 bits, a clear code when the 4096-entry table
/// is full. The (prefix code, byte) → code table is open-addressed with a generation stamp so a clear costs nothing.
void gif_lzw(const std::vector<std::uint8_t>& idx, std::string& out) {
    constexpr int kMin = 8, kClear = 1 << kMin, kEnd = kClear + 1, kMaxCodes = 4096;
    constexpr size_t kSlots = 8192;  // power of two, ≥ 2× the table so probes stay short
    std::vector<std::uint32_t> keys(kSlots), stamp(kSlots, 0);
    std::vector<std::uint16_t> codes(kSlots);
    std::uint32_t generation = 1;
    int width = kMin + 1, next = kEnd + 1;
    out.push_back(char(kMin));
    GifBitSink sink(out);
    sink.put(kClear, width);
    auto slot_of = [&](std::uint32_t key) {
        size_t s = (key * 2654435761u) & (kSlots - 1);
        while (stamp[s] == generation && keys[s] != key) s = (s + 1) & (kSlots - 1);
        return s;
    };
    int cur = idx.empty() ? -1 : idx[0];
    for (size_t i = 1; i < idx.size(); ++i) {
        const std::uint32_t key = std::uint32_t(cur) << 8 | idx[i];
        const size_t s = slot_of(key);
        if (stamp[s] == generation) {
            cur = codes[s];
            continue;
        }
        sink.put(cur, width);
        if (next < kMaxCodes) {
            stamp[s] = generation, keys[s] = key, codes[s] = std::uint16_t(next);
            // The decoder adds each entry one code later than here, so it widens after entry 2^w − 1; the encoder's
            // next code after adding entry 2^w may be 2^w itself and must already be wide.
            if (next == (1 << width) && width < 12) ++width;
            ++next;
        } else {
            sink.put(kClear, width);
            ++generation, width = kMin + 1, next = kEnd + 1;
        }
        cur = idx[i];
    }
    if (cur >= 0) {
        sink.put(cur, width);
        // The decoder adds an entry after this last code too, and may widen before it reads the end code.
        if (next < kMaxCodes && next == (1 << width) && width < 12) ++width;
    }
    sink.put(kEnd, width);
    sink.finish();
}

void gif_u16(std::string& out, int v) {
    out.push_back(char(v & 0xff));
    out.push_back(char((v >> 8) & 0xff));
}

}  // namespace

Status write_animated_gif(const std::string& path, const std::vector<Image>& frames, int delay_ms, bool loop) {
    if (auto s = gif_check(frames, delay_ms); !s) return s;
    std::vector<Rgb> palette = gif_exact_palette(frames);
    if (palette.empty()) palette = gif_median_cut(frames);
    const int w = frames.front().width, h = frames.front().height;
    std::string out = "GIF89a";
    gif_u16(out, w);
    gif_u16(out, h);
    out.push_back(char(0xF7));  // global colour table, 8 bits per primary, unsorted, 2^(7+1) = 256 entries
    out.push_back('\0');        // background colour index
    out.push_back('\0');        // no pixel aspect ratio
    for (size_t i = 0; i < 256; ++i) {
        const Rgb c = i < palette.size() ? palette[i] : 0;
        for (int k = 0; k < 3; ++k) out.push_back(char(gif_channel(c, k)));
    }
    if (loop) {  // NETSCAPE2.0: sub-block 1 = loop count, 0 = forever
        out += "\x21\xFF\x0BNETSCAPE2.0\x03\x01";
        gif_u16(out, 0);
        out.push_back('\0');
    }
    const int centiseconds = (delay_ms + 5) / 10;
    GifMapper map(palette);
    std::vector<std::uint8_t> idx(size_t(w) * size_t(h));
    for (const Image& f : frames) {
        out += "\x21\xF9\x04";
        out.push_back(char(1 << 2));  // disposal 1: leave the frame in place (each frame covers the screen anyway)
        gif_u16(out, centiseconds);
        out.push_back('\0');  // transparent index (unused)
        out.push_back('\0');
        out.push_back(char(0x2C));  // image descriptor: the whole screen, no local table, not interlaced
        gif_u16(out, 0);
        gif_u16(out, 0);
        gif_u16(out, w);
        gif_u16(out, h);
        out.push_back('\0');
        for (size_t i = 0; i < idx.size(); ++i) idx[i] = map(gif_pixel(f, i));
        gif_lzw(idx, out);
    }
    out.push_back(char(0x3B));  // trailer
    return write_file_atomic(path, out);
}

}  // namespace clue
