// Animated GIF writer (issue #5): a small GIF89a decoder written here from the specification (blocks, extensions,
// LZW decoding with its own code-width rule) reads the file back; ≤ 256 colours round-trip exactly, a gradient within
// the quantisation error of a 256-colour palette; bad inputs are refused naming the value.
#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "clue/animation.h"

using namespace clue;
namespace fs = std::filesystem;

namespace {

struct DecodedGif {
    std::string signature;
    int width = 0, height = 0;
    bool loop_extension = false;
    int loop_count = -1;
    std::vector<int> delays_cs;            // per frame, 1/100 s
    std::vector<std::vector<std::uint8_t>> rgb;  // per frame, width*height*3
};

/// Reads a GIF with a global colour table and full-screen frames (what the writer produces); throws on anything else.
class GifReader {
public:
    explicit GifReader(std::string bytes) : b_(std::move(bytes)) {}

    DecodedGif read() {
        DecodedGif g;
        g.signature = b_.substr(0, 6);
        pos_ = 6;
        g.width = u16(), g.height = u16();
        const int packed = u8();
        u8(), u8();
        if (!(packed & 0x80)) throw std::runtime_error("no global colour table");
        const int table = 1 << ((packed & 7) + 1);
        std::vector<std::uint8_t> palette(size_t(table) * 3);
        for (auto& c : palette) c = std::uint8_t(u8());
        int pending_delay = -1;
        for (;;) {
            const int kind = u8();
            if (kind == 0x3B) break;
            if (kind == 0x21) {
                const int label = u8();
                std::string first = sub_block();
                if (label == 0xF9) pending_delay = std::uint8_t(first[1]) | std::uint8_t(first[2]) << 8;
                if (label == 0xFF && first == "NETSCAPE2.0") {
                    const std::string data = sub_block();
                    g.loop_extension = true;
                    g.loop_count = std::uint8_t(data[1]) | std::uint8_t(data[2]) << 8;
                }
                while (!sub_block().empty()) {
                }
                continue;
            }
            if (kind != 0x2C) throw std::runtime_error("unexpected block " + std::to_string(kind));
            const int left = u16(), top = u16(), w = u16(), h = u16(), fpacked = u8();
            if (left || top || w != g.width || h != g.height || (fpacked & 0xC0)) throw std::runtime_error("unsupported frame");
            const int min_size = u8();
            std::string data;
            for (std::string s = sub_block(); !s.empty(); s = sub_block()) data += s;
            const auto idx = lzw_decode(data, min_size);
            if (idx.size() != size_t(w) * size_t(h)) throw std::runtime_error("wrong pixel count " + std::to_string(idx.size()));
            std::vector<std::uint8_t> rgb;
            for (int i : idx) rgb.insert(rgb.end(), palette.begin() + i * 3, palette.begin() + i * 3 + 3);
            g.rgb.push_back(std::move(rgb));
            g.delays_cs.push_back(pending_delay);
            pending_delay = -1;
        }
        return g;
    }

private:
    int u8() {
        if (pos_ >= b_.size()) throw std::runtime_error("truncated");
        return std::uint8_t(b_[pos_++]);
    }
    int u16() {
        const int lo = u8();
        return lo | u8() << 8;
    }
    std::string sub_block() {
        const int n = u8();
        if (pos_ + size_t(n) > b_.size()) throw std::runtime_error("truncated sub-block");
        std::string s = b_.substr(pos_, size_t(n));
        pos_ += size_t(n);
        return s;
    }

    /// The decoder's side of GIF LZW: a table of strings, the width grows when the next free code reaches 2^width.
    static std::vector<int> lzw_decode(const std::string& data, int min_size) {
        const int clear = 1 << min_size, end = clear + 1;
        std::vector<std::vector<int>> table;
        int width = 0;
        auto reset = [&] {
            table.assign(size_t(end) + 1, {});
            for (int i = 0; i < clear; ++i) table[size_t(i)] = {i};
            width = min_size + 1;
        };
        reset();
        std::vector<int> out, prev;
        size_t bit = 0;
        for (;;) {
            if (bit + size_t(width) > data.size() * 8) throw std::runtime_error("LZW data ends without an end code");
            int code = 0;
            for (int k = 0; k < width; ++k, ++bit)
                code |= ((std::uint8_t(data[bit / 8]) >> (bit % 8)) & 1) << k;
            if (code == clear) {
                reset();
                prev.clear();
                continue;
            }
            if (code == end) break;
            std::vector<int> entry;
            if (code < int(table.size()) && !(code > end && table[size_t(code)].empty())) entry = table[size_t(code)];
            else if (code == int(table.size()) && !prev.empty()) entry = prev, entry.push_back(prev[0]);
            else throw std::runtime_error("bad LZW code " + std::to_string(code));
            out.insert(out.end(), entry.begin(), entry.end());
            if (!prev.empty() && table.size() < 4096) {
                prev.push_back(entry[0]);
                table.push_back(prev);
                if (int(table.size()) == (1 << width) && width < 12) ++width;
            }
            prev = entry;
        }
        return out;
    }

    std::string b_;
    size_t pos_ = 0;
};

DecodedGif read_gif(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return GifReader(std::string(std::istreambuf_iterator<char>(in), {})).read();
}

std::vector<std::uint8_t> rgb_of(const Image& im) {
    std::vector<std::uint8_t> out;
    for (size_t i = 0; i < size_t(im.width) * size_t(im.height); ++i)
        for (int c = 0; c < 3; ++c) out.push_back(im.pixels[i * size_t(im.channels) + size_t(im.channels >= 3 ? c : 0)]);
    return out;
}

}  // namespace

class TestGif : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    std::string path(const std::string& name) const { return (fs::path(tmp_.path().toStdString()) / name).string(); }

private Q_SLOTS:
    void few_colours_round_trip_exactly() {
        // 3 frames of noise over 200 colours: long random runs fill the LZW table many times (clear codes) and the
        // palette is exactly the colours used, so every pixel comes back.
        std::vector<Image> frames;
        std::uint32_t state = 12345;
        auto rnd = [&] { return state = state * 1664525u + 1013904223u, state >> 8; };
        std::vector<std::array<std::uint8_t, 3>> colours(200);
        for (auto& c : colours) c = {std::uint8_t(rnd()), std::uint8_t(rnd()), std::uint8_t(rnd())};
        for (int f = 0; f < 3; ++f) {
            Image im = Image::blank(97, 61, f == 2 ? 4 : 3);  // odd sizes; an RGBA frame (alpha ignored)
            for (size_t i = 0; i < size_t(97 * 61); ++i) {
                // Runs of one colour as well as noise, so both long and short LZW strings occur.
                const auto& c = colours[(i / (f == 1 ? 7 : 1) + size_t(rnd() % (f == 0 ? 200 : 3))) % 200];
                std::copy(c.begin(), c.end(), im.pixels.begin() + long(i) * im.channels);
                if (im.channels == 4) im.pixels[i * 4 + 3] = 17;
            }
            frames.push_back(im);
        }
        QVERIFY(write_animated_gif(path("few.gif"), frames, 120));
        QVERIFY(!fs::exists(path("few.gif.tmp")));
        const DecodedGif g = read_gif(path("few.gif"));
        QCOMPARE(g.signature, std::string("GIF89a"));
        QCOMPARE(g.width, 97);
        QCOMPARE(g.height, 61);
        QVERIFY(g.loop_extension);
        QCOMPARE(g.loop_count, 0);  // forever
        QCOMPARE(g.delays_cs, (std::vector<int>{12, 12, 12}));
        QCOMPARE(g.rgb.size(), size_t(3));
        for (int f = 0; f < 3; ++f) QVERIFY2(g.rgb[size_t(f)] == rgb_of(frames[size_t(f)]), std::to_string(f).c_str());
    }

    void gradient_round_trips_within_quantisation_error() {
        // A 128×128 RGB gradient (R and G in steps of 2, B tied to R): 16384 colours. 256 median-cut boxes split R
        // and G about 16 ways each, boxes ≈ 16 levels wide, so a pixel is off by ≤ ~8 levels per channel and ≈ 4 on
        // average in R and G (less in B).
        Image im = Image::blank(128, 128, 3);
        for (int y = 0; y < 128; ++y)
            for (int x = 0; x < 128; ++x) {
                std::uint8_t* p = im.row(y) + x * 3;
                p[0] = std::uint8_t(2 * x), p[1] = std::uint8_t(2 * y), p[2] = std::uint8_t(64 + x / 2);
            }
        QVERIFY(write_animated_gif(path("grad.gif"), {im, im}, 1000, false));
        const DecodedGif g = read_gif(path("grad.gif"));
        QVERIFY(!g.loop_extension);
        QCOMPARE(g.delays_cs, (std::vector<int>{100, 100}));
        const auto ref = rgb_of(im);
        double sum = 0;
        int worst = 0;
        for (size_t i = 0; i < ref.size(); ++i) {
            const int e = std::abs(int(g.rgb[1][i]) - int(ref[i]));
            sum += e, worst = std::max(worst, e);
        }
        qInfo("gradient: mean |error| %.3f, max %d", sum / double(ref.size()), worst);
        QVERIFY(sum / double(ref.size()) < 4.0);
        QVERIFY(worst <= 8);
        // A gray ramp (1 channel, 128 levels) fits the palette: exact.
        Image gray = Image::blank(128, 64, 1);
        for (size_t i = 0; i < gray.pixels.size(); ++i) gray.pixels[i] = std::uint8_t(i % 128 * 2);
        QVERIFY(write_animated_gif(path("gray.gif"), {gray}, 120));
        QVERIFY(read_gif(path("gray.gif")).rgb.front() == rgb_of(gray));
    }

    void bad_inputs_are_refused_naming_the_value() {
        const Image a = Image::blank(8, 8, 3), b = Image::blank(8, 9, 3);
        auto detail = [](const Status& s) { return s ? std::string() : s.error().detail; };
        const Status none = write_animated_gif(path("x.gif"), {}, 100);
        QVERIFY(!none);
        QCOMPARE(none.error().code, Errc::InvalidArgument);
        QVERIFY(detail(write_animated_gif(path("x.gif"), {a, b}, 100)).find("frame 1 is 8×9, frame 0 is 8×8") != std::string::npos);
        QVERIFY(detail(write_animated_gif(path("x.gif"), {a, Image{}}, 100)).find("frame 1 is empty") != std::string::npos);
        QVERIFY(detail(write_animated_gif(path("x.gif"), {a}, 5)).find("got 5") != std::string::npos);
        QVERIFY(detail(write_animated_gif(path("x.gif"), {a}, 700000)).find("got 700000") != std::string::npos);
        QVERIFY(!fs::exists(path("x.gif")));
        const Status dir = write_animated_gif(path("no/such/dir/x.gif"), {a}, 100);
        QVERIFY(!dir);
        QCOMPARE(dir.error().code, Errc::WriteFailed);
    }
};

QTEST_GUILESS_MAIN(TestGif)
#include "test_gif.moc"
