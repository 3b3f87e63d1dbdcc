// Loader robustness (safetensors header checks, pickles refused, missing/mis-shaped tensors named) and the
// single-file checkpoints end to end.
#include <QtTest/QtTest>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include "clue/engine.h"
#include "common/error.h"
#include "io/safetensors.h"
#include "models/sd_model.h"
#include "test_util.h"

using namespace clue;
namespace fs = std::filesystem;

namespace clue::models {
SDModel& sd_model_of(Model& m);
}

namespace {
void write_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}
std::string header_file(const std::string& json, size_t data_bytes, uint64_t claimed_len = 0) {
    std::string s(8, '\0');
    const uint64_t n = claimed_len ? claimed_len : json.size();
    for (int i = 0; i < 8; ++i) s[i] = static_cast<char>((n >> (8 * i)) & 0xff);
    return s + json + std::string(data_bytes, '\0');
}
/// Opens `path` and returns the error (code, message); fails the test when it opens.
std::pair<Errc, std::string> open_error(const std::string& path) {
    try {
        io::SafetensorsFile::open(path);
    } catch (const CoreError& e) {
        return {e.code(), e.what()};
    }
    return {Errc::Internal, "opened without error"};
}
}  // namespace

class TestLoader : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;
    std::string p(const char* name) { return tmp.filePath(name).toStdString(); }

private Q_SLOTS:
    void safetensors_round_trip() {
        auto a = torch::randn({3, 4});
        auto b = torch::arange(5, torch::kLong);
        io::write_safetensors(p("rt.safetensors"), {{"a", a}, {"b", b}, {"h", a.to(torch::kHalf)}}, {{"k", "v"}});
        auto f = io::SafetensorsFile::open(p("rt.safetensors"));
        QVERIFY(torch::equal(f->tensor("a"), a));
        QVERIFY(torch::equal(f->tensor("b"), b));
        QVERIFY(torch::equal(f->tensor("h"), a.to(torch::kHalf).to(torch::kFloat)));  // fp16 -> fp32 on load
        QCOMPARE(f->metadata().at("k"), std::string("v"));
    }

    void truncated_file() {
        io::write_safetensors(p("t.safetensors"), {{"w", torch::randn({64, 64})}});
        fs::resize_file(p("t.safetensors"), fs::file_size(p("t.safetensors")) - 100);
        auto [code, msg] = open_error(p("t.safetensors"));
        QCOMPARE(code, Errc::FileTruncated);
        QVERIFY2(msg.find("'w'") != std::string::npos && msg.find("t.safetensors") != std::string::npos, msg.c_str());
        write_bytes(p("tiny.safetensors"), "abc");
        QCOMPARE(open_error(p("tiny.safetensors")).first, Errc::FileTruncated);
    }

    void header_length_beyond_file() {
        write_bytes(p("h.safetensors"), header_file("{}", 0, 4096));
        auto [code, msg] = open_error(p("h.safetensors"));
        QCOMPARE(code, Errc::FileTruncated);
        QVERIFY2(msg.find("4096") != std::string::npos, msg.c_str());
        write_bytes(p("huge.safetensors"), header_file("{}", 0, uint64_t(1) << 40));
        QCOMPARE(open_error(p("huge.safetensors")).first, Errc::BadFormat);
    }

    void wrong_dtype_and_sizes() {
        write_bytes(p("d.safetensors"),
                    header_file(R"({"x":{"dtype":"F8_E9","shape":[2],"data_offsets":[0,2]}})", 2));
        auto [code, msg] = open_error(p("d.safetensors"));
        QCOMPARE(code, Errc::BadFormat);
        QVERIFY2(msg.find("'x'") != std::string::npos && msg.find("F8_E9") != std::string::npos, msg.c_str());
        write_bytes(p("s.safetensors"),
                    header_file(R"({"y":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", 8));
        auto [code2, msg2] = open_error(p("s.safetensors"));
        QCOMPARE(code2, Errc::BadFormat);
        QVERIFY2(msg2.find("'y'") != std::string::npos, msg2.c_str());
        write_bytes(p("j.safetensors"), header_file("{not json", 0));
        QCOMPARE(open_error(p("j.safetensors")).first, Errc::BadFormat);
    }

    void pickles_are_refused() {
        write_bytes(p("model.ckpt"), "PK\x03\x04");
        auto r = Model::load(p("model.ckpt"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Errc::UnsafeFormat);
        QVERIFY2(r.error().detail.find("execute") != std::string::npos, r.error().detail.c_str());
        QVERIFY2(r.error().detail.find(".safetensors") != std::string::npos, r.error().detail.c_str());
        // a diffusers folder that only has pickled weights
        fs::copy(test::models_dir() + "/tiny-sd21", p("pkl"), fs::copy_options::recursive);
        fs::rename(p("pkl") + "/unet/diffusion_pytorch_model.safetensors", p("pkl") + "/unet/diffusion_pytorch_model.bin");
        r = Model::load(p("pkl"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Errc::UnsafeFormat);
    }

    void mis_shaped_and_missing_tensors_in_a_folder() {
        fs::copy(test::models_dir() + "/tiny-sd21", p("bad"), fs::copy_options::recursive);
        const std::string unet = p("bad") + "/unet/diffusion_pytorch_model.safetensors";
        auto f = io::SafetensorsFile::open(unet);
        io::NamedTensors t;
        for (const auto& n : f->names())
            if (n != "conv_in.bias") t.emplace_back(n, n == "conv_out.weight" ? torch::zeros({4, 32, 1, 1}) : f->tensor(n));
        f.reset();
        io::write_safetensors(unet, t);
        auto r = Model::load(p("bad"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Errc::ShapeMismatch);
        QVERIFY2(r.error().detail.find("conv_out.weight") != std::string::npos, r.error().detail.c_str());
        QVERIFY2(r.error().detail.find("conv_in.bias") != std::string::npos, r.error().detail.c_str());
        QCOMPARE(errc_exit_code(r.error().code), 4);
    }

    void not_a_model() {
        auto r = Model::load(p("nothing-here"));
        QCOMPARE(r.error().code, Errc::FileNotFound);
        io::write_safetensors(p("lora.safetensors"), {{"lora_unet_x.alpha", torch::ones({1})}});
        r = Model::load(p("lora.safetensors"));
        QCOMPARE(r.error().code, Errc::UnsupportedModel);
    }

    /// A single-file checkpoint generates exactly what the diffusers folder generates once the folder's weights are
    /// rounded to float16 like the file's (GOLDEN_README: the files hold the folder weights cast to fp16).
    void single_file_equals_fp16_folder_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("sd15") << "tiny-sd15";
        QTest::newRow("sd21") << "tiny-sd21";
    }
    void single_file_equals_fp16_folder() {
        QFETCH(QString, name);
        torch::set_num_threads(1);
        auto single = Model::load(test::golden_dir() + "/checkpoints/" + name.toStdString() + ".safetensors");
        QVERIFY2(single.ok(), single.ok() ? "" : single.error().detail.c_str());
        auto folder = Model::load(test::models_dir() + "/" + name.toStdString());
        QVERIFY(folder.ok());
        QCOMPARE((*single)->info().format, std::string("single-file"));
        QCOMPARE((*single)->info().family, (*folder)->info().family);
        QCOMPARE((*single)->info().native_size, (*folder)->info().native_size);
        QCOMPARE((*single)->info().prediction_type, (*folder)->info().prediction_type);
        {
            torch::NoGradGuard ng;
            auto& sd = models::sd_model_of(**folder);
            for (auto* m : std::vector<torch::nn::Module*>{sd.unet.get(), sd.vae.get(), sd.text_encoder.get()})
                for (auto& prm : m->parameters()) prm.copy_(prm.to(torch::kHalf).to(torch::kFloat));
        }
        GenerateOptions o;
        o.prompt = "a photo of an astronaut riding a horse on the moon";
        o.steps = 5;
        o.seed = 3;
        o.sampler = "euler_a";
        SimpleJobContext ctx;
        auto a = generate(**single, o, ctx), b = generate(**folder, o, ctx);
        QVERIFY(a.ok() && b.ok());
        auto ta = torch::from_blob(a->latents.data(), a->latents_shape, torch::kFloat32);
        auto tb = torch::from_blob(b->latents.data(), b->latents_shape, torch::kFloat32);
        CLUE_EXPECT_CLOSE(ta, tb, 1e-4, 2e-5);
        QVERIFY(a->infotexts[0].find("Model hash: " + (*single)->info().short_hash) != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestLoader)
#include "test_loader.moc"
