// Parity of the three networks with diffusers/transformers on the tiny golden models (tests/data/golden).
#include <QtTest/QtTest>
#include <torch/torch.h>

#include "common/error.h"
#include "models/sd_model.h"
#include "models/weights.h"
#include "test_util.h"

using namespace clue;

namespace {
// README "Recommended checks": single calls, float32 CPU
constexpr double kAtol = 2e-5, kRtol = 1e-5;
std::string model(const char* m) { return test::models_dir() + "/" + m; }
}  // namespace

class TestNetworks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }

    void unet_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("sd15") << "tiny-sd15";
        QTest::newRow("sd21") << "tiny-sd21";
    }
    void unet() {
        QFETCH(QString, name);
        torch::NoGradGuard ng;
        auto unet = models::load_unet_folder(model(name.toUtf8().constData()) + "/unet");
        auto c = test::load_case(name.toStdString() + "__unet");
        unet->record_intermediates = true;
        for (int i = 0; i < 3; ++i) {
            const std::string p = "case" + std::to_string(i) + ".";
            auto out = unet->forward(c[p + "sample"], c[p + "timestep"], c[p + "encoder_hidden_states"]);
            CLUE_EXPECT_CLOSE(out, c[p + "out"], kAtol, kRtol);
            if (i == 0) {
                for (const auto& [k, v] : unet->intermediates) {
                    std::string key = k;
                    if (key.rfind("down_block_", 0) == 0) key = "down_blocks." + key.substr(11);
                    if (key.rfind("up_block_", 0) == 0) key = "up_blocks." + key.substr(9);
                    CLUE_EXPECT_CLOSE(v, c[p + "intermediate." + key], kAtol, kRtol);
                }
            }
        }
    }

    void vae_data() { unet_data(); }
    void vae() {
        QFETCH(QString, name);
        torch::NoGradGuard ng;
        auto vae = models::load_vae_folder(model(name.toUtf8().constData()) + "/vae");
        auto c = test::load_case(name.toStdString() + "__vae");
        auto post = vae->encode(c["image"]);
        CLUE_EXPECT_CLOSE(post.mean, c["mean"], kAtol, kRtol);
        CLUE_EXPECT_CLOSE(post.logvar, c["logvar"], kAtol, kRtol);
        CLUE_EXPECT_CLOSE(post.std, c["std"], kAtol, kRtol);
        CLUE_EXPECT_CLOSE(post.mean + post.std * c["sample_noise"], c["sample"], kAtol, kRtol);
        CLUE_EXPECT_CLOSE(vae->decode(post.mean), c["recon_from_mean"], kAtol, kRtol);
        CLUE_EXPECT_CLOSE(vae->decode(c["z"]), c["decode_z"], kAtol, kRtol);
        const double sf = vae->options().scaling_factor;
        CLUE_EXPECT_CLOSE(vae->decode(c["z"] / sf), c["decode_z_over_scaling_factor"], kAtol, kRtol);
    }

    void text_encoder_data() { unet_data(); }
    void text_encoder() {
        QFETCH(QString, name);
        torch::NoGradGuard ng;
        auto te = models::load_text_encoder_folder(model(name.toUtf8().constData()) + "/text_encoder");
        auto c = test::load_case(name.toStdString() + "__text_encoder");
        auto out = te->forward(c["input_ids"], 0, true);
        CLUE_EXPECT_CLOSE(out.last_hidden_state, c["last_hidden_state"], kAtol, kRtol);
        CLUE_EXPECT_CLOSE(out.pooler_output, c["pooler_output"], kAtol, kRtol);
        CLUE_EXPECT_CLOSE(torch::stack(out.hidden_states), c["hidden_states"], kAtol, kRtol);
        if (c.tensors->has("clip_skip_2")) {
            CLUE_EXPECT_CLOSE(te->forward(c["input_ids"], 1).last_hidden_state, c["clip_skip_2"], kAtol, kRtol);
        }
    }

    void missing_tensor_is_named() {
        models::UNetOptions o = models::UNetOptions::from_json(
            R"({"block_out_channels":[32,64],"attention_head_dim":8,"cross_attention_dim":32,"layers_per_block":1,
                "down_block_types":["CrossAttnDownBlock2D","DownBlock2D"],"up_block_types":["UpBlock2D","CrossAttnUpBlock2D"]})");
        models::UNet unet(o);
        std::map<std::string, at::Tensor> w;
        for (const auto& p : unet->named_parameters()) w[p.key()] = p.value().detach().clone();
        w.erase("conv_in.weight");
        w["conv_out.bias"] = torch::zeros({5});
        w["extra.weight"] = torch::zeros({1});
        try {
            models::load_weights(*unet, w, "unet", "test.safetensors");
            QFAIL("expected an error");
        } catch (const CoreError& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find("conv_in.weight") != std::string::npos, msg.c_str());
            QVERIFY2(msg.find("conv_out.bias") != std::string::npos, msg.c_str());
            QVERIFY2(msg.find("extra.weight") != std::string::npos, msg.c_str());
            QCOMPARE(e.code(), Errc::ShapeMismatch);
        }
    }
};

QTEST_GUILESS_MAIN(TestNetworks)
#include "test_networks.moc"
