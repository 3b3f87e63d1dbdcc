// Inception-v3 (TF-FID variant) for FID features: architecture checked against torchvision's published parameter
// count and key names; loading through InceptionExtractor equals running the module; pickles are refused.
#include <QtTest>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include "clue/evaluate.h"
#include "io/safetensors.h"
#include "models/inception/inception_v3.h"
#include "models/weights.h"

using namespace clue;
namespace fs = std::filesystem;

namespace {

Image gradient(int w, int h, int phase) {
    Image im = Image::blank(w, h, 3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint8_t* p = im.row(y) + x * 3;
            p[0] = static_cast<std::uint8_t>((x * 255) / w);
            p[1] = static_cast<std::uint8_t>((y * 255) / h);
            p[2] = static_cast<std::uint8_t>((x + y + phase) % 256);
        }
    return im;
}

}  // namespace

class TestInception : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;

private Q_SLOTS:
    void parameter_count_matches_torchvision() {
        // torchvision documents 27,161,264 parameters for inception_v3(aux_logits=True, num_classes=1000). Without the
        // auxiliary classifier (conv0 128·768 + BN 2·128, conv1 768·128·25 + BN 2·768, fc 768·1000 + 1000 =
        // 3,326,696) and the main fc (2048·1000 + 1000 = 2,049,000): 21,785,568. BN running statistics are buffers.
        models::InceptionV3 net;
        QCOMPARE(models::parameter_count(*net), int64_t(27161264 - 3326696 - 2049000));
    }

    void key_names_and_shapes_are_torchvisions() {
        models::InceptionV3 net;
        std::map<std::string, std::vector<int64_t>> shapes;
        for (const auto& [name, t] : models::module_tensors(*net)) shapes[name] = t.sizes().vec();
        const std::vector<std::pair<std::string, std::vector<int64_t>>> expected{
            {"Conv2d_1a_3x3.conv.weight", {32, 3, 3, 3}},
            {"Conv2d_1a_3x3.bn.running_mean", {32}},
            {"Conv2d_4a_3x3.conv.weight", {192, 80, 3, 3}},
            {"Mixed_5b.branch5x5_2.conv.weight", {64, 48, 5, 5}},
            {"Mixed_5b.branch_pool.conv.weight", {32, 192, 1, 1}},
            {"Mixed_5d.branch_pool.conv.weight", {64, 288, 1, 1}},
            {"Mixed_6a.branch3x3.conv.weight", {384, 288, 3, 3}},
            {"Mixed_6b.branch7x7_2.conv.weight", {128, 128, 1, 7}},
            {"Mixed_6e.branch7x7dbl_5.bn.bias", {192}},
            {"Mixed_7a.branch3x3_2.conv.weight", {320, 192, 3, 3}},
            {"Mixed_7b.branch3x3_2b.conv.weight", {384, 384, 3, 1}},
            {"Mixed_7c.branch3x3dbl_1.conv.weight", {448, 2048, 1, 1}},
            {"Mixed_7c.branch_pool.conv.weight", {192, 2048, 1, 1}},
            {"Mixed_7c.branch1x1.bn.num_batches_tracked", {}},
        };
        for (const auto& [name, shape] : expected) {
            QVERIFY2(shapes.count(name), name.c_str());
            QCOMPARE(shapes[name], shape);
        }
    }

    void extractor_loads_a_safetensors_file_and_matches_the_module() {
        torch::manual_seed(3);
        models::InceptionV3 net;
        {  // Batch-norm statistics of one batch of noise (momentum 1), so that the random network keeps its input's
           // information to the end and a wrong mapping of any tensor shows.
            for (auto& m : net->modules(false))
                if (auto* bn = m->as<torch::nn::BatchNorm2d>()) bn->options.momentum(1.0);
            torch::NoGradGuard ng;
            net->train();
            net->forward(torch::rand({4, 3, 299, 299}));
        }
        net->eval();
        io::NamedTensors tensors = models::module_tensors(*net);
        tensors.emplace_back("fc.weight", torch::randn({1008, 2048}));  // present in pytorch-fid's file, not used
        tensors.emplace_back("fc.bias", torch::randn({1008}));
        const std::string path = (fs::path(tmp_.path().toStdString()) / "inception.safetensors").string();
        io::write_safetensors(path, tensors);
        auto ex = InceptionExtractor::load(path, "cpu");
        QVERIFY2(ex, ex ? "" : ex.error().detail.c_str());
        QCOMPARE(ex->sha256().size(), size_t(64));
        const std::vector<Image> images{gradient(299, 299, 0), gradient(299, 299, 97)};
        auto f = ex->features(images);
        QVERIFY2(f, f ? "" : f.error().detail.c_str());
        QCOMPARE(f->dim, 2048);
        QCOMPARE(f->size(), size_t(2));
        // Direct run: [0,1] input at 299² (no resize needed).
        at::Tensor x = torch::empty({2, 3, 299, 299});
        for (int i = 0; i < 2; ++i)
            x[i] = torch::from_blob(const_cast<std::uint8_t*>(images[i].pixels.data()), {299, 299, 3}, at::kByte)
                       .permute({2, 0, 1}).to(at::kFloat).div(255.0);
        torch::NoGradGuard ng;
        const at::Tensor ref = net->forward(x);
        const at::Tensor got = torch::from_blob(f->data.data(), {2, 2048}, at::kFloat);
        QVERIFY(torch::isfinite(got).all().item<bool>());
        QVERIFY2(torch::allclose(got, ref, 1e-4, 1e-5), std::to_string((got - ref).abs().max().item<double>()).c_str());
        // Different images, different features (relative to their size: random weights shrink activations).
        const double scale = got.abs().max().item<double>(), diff = (got[0] - got[1]).abs().max().item<double>();
        qInfo("feature max %.3g, max difference between the two images %.3g", scale, diff);
        QVERIFY(scale > 0 && diff > 1e-3 * scale);
    }

    void unsafe_missing_and_incomplete_files_are_refused() {
        const fs::path dir(tmp_.path().toStdString());
        std::ofstream(dir / "pt_inception.pth") << "pickle";
        QCOMPARE(InceptionExtractor::load((dir / "pt_inception.pth").string()).error().code, Errc::UnsafeFormat);
        QCOMPARE(InceptionExtractor::load((dir / "none.safetensors").string()).error().code, Errc::FileNotFound);
        models::InceptionV3 net;
        io::NamedTensors tensors;
        for (auto& [name, t] : models::module_tensors(*net))
            if (name != "Mixed_6c.branch1x1.conv.weight") tensors.emplace_back(name, t);
        io::write_safetensors((dir / "partial.safetensors").string(), tensors);
        auto r = InceptionExtractor::load((dir / "partial.safetensors").string());
        QVERIFY(!r);
        QCOMPARE(r.error().code, Errc::MissingTensor);
        QVERIFY2(r.error().detail.find("Mixed_6c.branch1x1.conv.weight") != std::string::npos, r.error().detail.c_str());
    }
};

QTEST_GUILESS_MAIN(TestInception)
#include "test_inception.moc"
