// copy_model_folder (fp16 export) and the bundled demo model it produced (issue #4). References: fp16 rounding of
// the source tensors (exact), byte equality of the other files, and the benchmark's class colours (OME membranes
// are amber, Normal ones grey) for the trained demo model.
#include <QtTest>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "clue/engine.h"
#include "clue/model_files.h"
#include "io/safetensors.h"
#include "test_util.h"

using namespace clue;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Mean of (R − B) over the pixels of an RGB image, in 0…255 units.
double warmth(const Image& im) {
    double s = 0;
    for (size_t i = 0; i + 2 < im.pixels.size(); i += 3) s += double(im.pixels[i]) - double(im.pixels[i + 2]);
    return s / double(im.pixels.size() / 3);
}

}  // namespace

class TestModelFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;

private Q_SLOTS:
    void fp16_copy_rounds_weights_and_keeps_everything_else() {
        const fs::path src = fs::path(test::models_dir()) / "tiny-sd15", dst = fs::path(tmp_.path().toStdString()) / "half";
        CopyModelOptions o;
        o.fp16_weights = true;
        auto s = copy_model_folder(src.string(), dst.string(), o);
        QVERIFY2(s, s ? "" : s.error().detail.c_str());
        const fs::path w = fs::path("unet") / "diffusion_pytorch_model.safetensors";
        const double ratio = double(fs::file_size(dst / w)) / double(fs::file_size(src / w));
        QVERIFY2(ratio > 0.45 && ratio < 0.55, std::to_string(ratio).c_str());
        auto a = io::SafetensorsFile::open((src / w).string()), b = io::SafetensorsFile::open((dst / w).string());
        QCOMPARE(b->names(), a->names());
        for (const auto& name : a->names()) {
            QCOMPARE(b->entries().at(name).dtype, std::string("F16"));
            QVERIFY2(torch::equal(b->tensor(name), a->tensor(name).to(at::kHalf).to(at::kFloat)), name.c_str());
        }
        QCOMPARE(slurp(dst / "tokenizer" / "vocab.json"), slurp(src / "tokenizer" / "vocab.json"));
        QCOMPARE(slurp(dst / "unet" / "config.json"), slurp(src / "unet" / "config.json"));
        LoadOptions lo;
        lo.device = "cpu";
        QVERIFY(Model::load(dst.string(), lo).ok());
        // Not over a non-empty folder; not from a folder that is no model.
        QCOMPARE(copy_model_folder(src.string(), dst.string(), o).error().code, Errc::InvalidArgument);
        QCOMPARE(copy_model_folder((src / "nope").string(), (dst / "x").string(), o).error().code, Errc::FileNotFound);
    }

    void portable_copy_drops_absolute_base_paths() {
        const fs::path root(tmp_.path().toStdString());
        const fs::path m = root / "run_model";
        fs::create_directories(m);
        std::ofstream(m / "model_index.json") << "{}";
        std::ofstream(m / "clue.json") << R"({"base_model": "/home/someone/models/sd21-base", "mode": "clue"})";
        QVERIFY(copy_model_folder(m.string(), (root / "shared").string(), CopyModelOptions{}));
        const std::string text = slurp(root / "shared" / "clue.json");
        QVERIFY2(text.find("\"sd21-base\"") != std::string::npos && text.find("/home") == std::string::npos, text.c_str());
    }

    void bundled_demo_model_draws_its_classes() {
        const fs::path demo = fs::path(test::models_dir()) / "demo-otoscopy";
        LoadOptions lo;
        lo.device = "cpu";
        auto m = Model::load(demo.string(), lo);
        QVERIFY2(m, m ? "" : m.error().detail.c_str());
        QCOMPARE((*m)->info().style_dim, 128);
        // The benchmark's OME membranes are amber (fluid behind the drum), Normal ones translucent grey: a model that
        // learned its classes draws OME clearly warmer than Normal for the same seeds.
        auto mean_warmth = [&](const std::string& cls) {
            double w = 0;
            for (int seed = 1; seed <= 3; ++seed) {
                GenerateOptions o;
                o.prompt = "an otoendoscopic image of the tympanic membrane, " + cls;
                o.steps = 15;
                o.cfg = 3;
                o.seed = seed;
                o.sampler = "ddim";
                SimpleJobContext ctx;
                auto r = generate(**m, o, ctx);
                if (!r) qFatal("%s", r.error().detail.c_str());
                w += warmth(r->images[0]) / 3;
            }
            return w;
        };
        const double ome = mean_warmth("otitis media with effusion"), normal = mean_warmth("normal");
        qInfo("mean R-B: OME %.1f, Normal %.1f", ome, normal);
        QVERIFY(ome > normal + 10);
    }
};

QTEST_GUILESS_MAIN(TestModelFiles)
#include "test_model_files.moc"
