// LPIPS (AlexNet, v0.1): clue::Lpips on random weights against a naive reference written here in plain loops (direct
// convolution, max-pool, channel normalisation, lin layers, spatial mean) in double precision; identity, symmetry,
// both weight namings, and the loader's refusals.
#include <QtTest>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "clue/lpips.h"
#include "io/safetensors.h"

using namespace clue;
namespace fs = std::filesystem;

namespace {

struct Map3 {  // C × H × W, row-major
    int c = 0, h = 0, w = 0;
    std::vector<double> v;
    double& at(int k, int y, int x) { return v[(size_t(k) * size_t(h) + size_t(y)) * size_t(w) + size_t(x)]; }
    double at(int k, int y, int x) const { return v[(size_t(k) * size_t(h) + size_t(y)) * size_t(w) + size_t(x)]; }
};

struct ConvSpec {
    int out, in, k, stride, pad;
};
const ConvSpec kConvs[5] = {{64, 3, 11, 4, 2}, {192, 64, 5, 1, 2}, {384, 192, 3, 1, 1}, {256, 384, 3, 1, 1}, {256, 256, 3, 1, 1}};

struct RefWeights {
    std::vector<std::vector<float>> w, b, lin;  // per conv: [out,in,k,k] and [out]; per tap: [C]
};

Map3 ref_conv_relu(const Map3& x, const ConvSpec& s, const std::vector<float>& w, const std::vector<float>& b) {
    Map3 y{s.out, (x.h + 2 * s.pad - s.k) / s.stride + 1, (x.w + 2 * s.pad - s.k) / s.stride + 1, {}};
    y.v.assign(size_t(y.c) * size_t(y.h) * size_t(y.w), 0.0);
    for (int o = 0; o < s.out; ++o)
        for (int oy = 0; oy < y.h; ++oy)
            for (int ox = 0; ox < y.w; ++ox) {
                double acc = b[size_t(o)];
                for (int i = 0; i < s.in; ++i)
                    for (int ky = 0; ky < s.k; ++ky) {
                        const int iy = oy * s.stride - s.pad + ky;
                        if (iy < 0 || iy >= x.h) continue;
                        for (int kx = 0; kx < s.k; ++kx) {
                            const int ix = ox * s.stride - s.pad + kx;
                            if (ix < 0 || ix >= x.w) continue;
                            acc += double(w[((size_t(o) * size_t(s.in) + size_t(i)) * size_t(s.k) + size_t(ky)) * size_t(s.k) + size_t(kx)]) * x.at(i, iy, ix);
                        }
                    }
                y.at(o, oy, ox) = std::max(acc, 0.0);
            }
    return y;
}

Map3 ref_max_pool(const Map3& x) {  // 3×3, stride 2, no padding, floor
    Map3 y{x.c, (x.h - 3) / 2 + 1, (x.w - 3) / 2 + 1, {}};
    y.v.assign(size_t(y.c) * size_t(y.h) * size_t(y.w), 0.0);
    for (int k = 0; k < x.c; ++k)
        for (int oy = 0; oy < y.h; ++oy)
            for (int ox = 0; ox < y.w; ++ox) {
                double m = -1e300;
                for (int dy = 0; dy < 3; ++dy)
                    for (int dx = 0; dx < 3; ++dx) m = std::max(m, x.at(k, oy * 2 + dy, ox * 2 + dx));
                y.at(k, oy, ox) = m;
            }
    return y;
}

std::vector<Map3> ref_taps(const Image& im, const RefWeights& rw) {
    const double shift[3] = {-.030, -.088, -.188}, scale[3] = {.458, .448, .450};
    Map3 x{3, im.height, im.width, {}};
    x.v.resize(size_t(3) * size_t(im.height) * size_t(im.width));
    for (int y = 0; y < im.height; ++y)
        for (int xx = 0; xx < im.width; ++xx)
            for (int k = 0; k < 3; ++k) {
                // The float32 values the network sees: u8/127.5 − 1 and the scaling layer's float constants.
                const float in = float(im.row(y)[xx * 3 + k]) / 127.5f - 1.0f;
                x.at(k, y, xx) = (double(in) - double(float(shift[k]))) / double(float(scale[k]));
            }
    std::vector<Map3> taps;
    taps.push_back(ref_conv_relu(x, kConvs[0], rw.w[0], rw.b[0]));
    taps.push_back(ref_conv_relu(ref_max_pool(taps.back()), kConvs[1], rw.w[1], rw.b[1]));
    taps.push_back(ref_conv_relu(ref_max_pool(taps.back()), kConvs[2], rw.w[2], rw.b[2]));
    taps.push_back(ref_conv_relu(taps.back(), kConvs[3], rw.w[3], rw.b[3]));
    taps.push_back(ref_conv_relu(taps.back(), kConvs[4], rw.w[4], rw.b[4]));
    for (Map3& t : taps)
        for (int y = 0; y < t.h; ++y)
            for (int xx = 0; xx < t.w; ++xx) {
                double ss = 0;
                for (int k = 0; k < t.c; ++k) ss += t.at(k, y, xx) * t.at(k, y, xx);
                for (int k = 0; k < t.c; ++k) t.at(k, y, xx) /= std::sqrt(ss) + 1e-10;
            }
    return taps;
}

double ref_lpips(const Image& a, const Image& b, const RefWeights& rw) {
    const auto ta = ref_taps(a, rw), tb = ref_taps(b, rw);
    double total = 0;
    for (size_t l = 0; l < 5; ++l) {
        double sum = 0;
        for (int y = 0; y < ta[l].h; ++y)
            for (int x = 0; x < ta[l].w; ++x)
                for (int k = 0; k < ta[l].c; ++k) {
                    const double d = ta[l].at(k, y, x) - tb[l].at(k, y, x);
                    sum += double(rw.lin[l][size_t(k)]) * d * d;
                }
        total += sum / double(ta[l].h * ta[l].w);
    }
    return total;
}

std::vector<float> values_of(const at::Tensor& t) {
    const at::Tensor c = t.contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

/// Random weights (He-scaled, so activations neither vanish nor explode), written under lpips or torchvision names.
RefWeights random_weights(const std::string& path, bool torchvision_names, const std::vector<std::string>& skip = {},
                          bool bad_conv1 = false) {
    torch::manual_seed(11);
    RefWeights rw;
    io::NamedTensors out;
    const int index[5] = {0, 3, 6, 8, 10};
    for (int k = 0; k < 5; ++k) {
        const ConvSpec& s = kConvs[k];
        const at::Tensor w = torch::randn({s.out, s.in, bad_conv1 && k == 0 ? 7 : s.k, bad_conv1 && k == 0 ? 7 : s.k}) *
                             std::sqrt(2.0 / (s.in * s.k * s.k));
        const at::Tensor b = torch::randn({s.out}) * 0.1;
        const at::Tensor lin = torch::rand({1, s.out, 1, 1});  // the published lin weights are non-negative
        rw.w.push_back(values_of(w)), rw.b.push_back(values_of(b)), rw.lin.push_back(values_of(lin));
        const std::string i = std::to_string(index[k]);
        const std::string base = torchvision_names ? "features." + i : "net.slice" + std::to_string(k + 1) + "." + i;
        out.emplace_back(base + ".weight", w);
        out.emplace_back(base + ".bias", b);
        out.emplace_back("lin" + std::to_string(k) + ".model.1.weight", lin);
    }
    if (!torchvision_names) {  // the buffers of lpips' ScalingLayer are in its state dict; the loader ignores them
        out.emplace_back("scaling_layer.shift", torch::tensor({-.030f, -.088f, -.188f}).view({1, 3, 1, 1}));
        out.emplace_back("scaling_layer.scale", torch::tensor({.458f, .448f, .450f}).view({1, 3, 1, 1}));
    }
    io::NamedTensors kept;
    for (auto& [name, t] : out)
        if (std::find(skip.begin(), skip.end(), name) == skip.end()) kept.emplace_back(name, t);
    io::write_safetensors(path, kept);
    return rw;
}

Image test_image(int w, int h, int phase) {
    Image im = Image::blank(w, h, 3);
    std::uint32_t s = 77u + std::uint32_t(phase);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            s = s * 1103515245u + 12345u;
            std::uint8_t* p = im.row(y) + x * 3;
            p[0] = std::uint8_t((x * 4 + phase * 30) % 256);
            p[1] = std::uint8_t((y * 3 + ((s >> 16) % 40)) % 256);
            p[2] = std::uint8_t(128 + 100 * std::sin(0.2 * (x + y) + phase));
        }
    return im;
}

}  // namespace

class TestLpips : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    std::string path(const std::string& name) const { return (fs::path(tmp_.path().toStdString()) / name).string(); }

private Q_SLOTS:
    void matches_a_naive_reference() {
        const RefWeights rw = random_weights(path("lpips.safetensors"), false);
        auto lp = Lpips::load(path("lpips.safetensors"), "cpu");
        QVERIFY2(lp, lp ? "" : lp.error().detail.c_str());
        QCOMPARE(lp->resize(), 512);
        QVERIFY(lp->set_resize(0));
        const Image a = test_image(64, 64, 0), b = test_image(64, 64, 1);
        const auto got = lp->distance(a, b);
        QVERIFY2(got, got ? "" : got.error().detail.c_str());
        const double ref = ref_lpips(a, b, rw);
        qInfo("LPIPS %.8f, naive reference %.8f", *got, ref);
        QVERIFY(ref > 1e-3);
        QVERIFY(std::abs(*got - ref) <= 1e-4 * ref);
        // Identity and symmetry.
        QCOMPARE(*lp->distance(a, a), 0.0);
        QVERIFY(std::abs(*lp->distance(b, a) - *got) <= 1e-12);
        // distances() against one reference equals pairwise distance().
        const auto many = lp->distances(a, {b, a, test_image(64, 64, 2)});
        QVERIFY(many && many->size() == 3);
        QVERIFY(std::abs((*many)[0] - *got) <= 1e-9 && (*many)[1] == 0.0);
        QVERIFY(std::abs((*many)[2] - ref_lpips(a, test_image(64, 64, 2), rw)) <= 1e-4 * (*many)[2]);
        // Native size needs equal sizes; the 512² resize (the default) accepts any.
        const auto unequal = lp->distance(a, test_image(48, 64, 1));
        QVERIFY(!unequal);
        QVERIFY2(unequal.error().detail.find("48×64") != std::string::npos, unequal.error().detail.c_str());
        QVERIFY(!lp->set_resize(-1));
        QVERIFY(lp->set_resize(512));
        const auto resized = lp->distance(a, test_image(48, 64, 1));
        QVERIFY(resized && *resized > 0);
    }

    void torchvision_names_load_the_same_network() {
        const RefWeights rw = random_weights(path("tv.safetensors"), true);
        auto lp = Lpips::load(path("tv.safetensors"), "cpu");
        QVERIFY2(lp, lp ? "" : lp.error().detail.c_str());
        QVERIFY(lp->set_resize(0));
        const Image a = test_image(64, 64, 3), b = test_image(64, 64, 4);
        const double ref = ref_lpips(a, b, rw);
        QVERIFY(std::abs(*lp->distance(a, b) - ref) <= 1e-4 * ref);
    }

    void missing_and_misshaped_tensors_are_listed() {
        random_weights(path("partial.safetensors"), false, {"net.slice3.6.weight", "lin2.model.1.weight"});
        auto r = Lpips::load(path("partial.safetensors"), "cpu");
        QVERIFY(!r);
        QCOMPARE(r.error().code, Errc::MissingTensor);
        for (const char* name : {"net.slice3.6.weight", "lin2.model.1.weight"})
            QVERIFY2(r.error().detail.find(name) != std::string::npos, r.error().detail.c_str());
        random_weights(path("shape.safetensors"), true, {}, true);
        auto s = Lpips::load(path("shape.safetensors"), "cpu");
        QVERIFY(!s);
        QCOMPARE(s.error().code, Errc::ShapeMismatch);
        QVERIFY2(s.error().detail.find("features.0.weight [64,3,7,7] (expected [64,3,11,11])") != std::string::npos,
                 s.error().detail.c_str());
    }

    void pickles_and_absent_files_are_refused() {
        std::ofstream(path("alex.pth")) << "pickle";
        auto p = Lpips::load(path("alex.pth"));
        QVERIFY(!p);
        QCOMPARE(p.error().code, Errc::UnsafeFormat);
        QVERIFY2(p.error().detail.find("safetensors") != std::string::npos, p.error().detail.c_str());
        QCOMPARE(Lpips::load(path("none.safetensors")).error().code, Errc::FileNotFound);
        QVERIFY(!Lpips().distance(test_image(8, 8, 0), test_image(8, 8, 0)));  // not loaded
    }
};

QTEST_GUILESS_MAIN(TestLpips)
#include "test_lpips.moc"
