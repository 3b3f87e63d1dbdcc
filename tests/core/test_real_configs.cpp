// The real SD 1.5 / SD 2.1 configurations (diffusers config.json values) build networks with exactly the published
// parameter counts, so real weights will fit (no download needed to check the architecture).
#include <QtTest/QtTest>
#include <torch/torch.h>

#include "models/clip_text/clip_text.h"
#include "models/unet/unet.h"
#include "models/vae/vae.h"
#include "models/weights.h"

using namespace clue::models;

class TestRealConfigs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unet_data() {
        QTest::addColumn<QString>("config");
        QTest::addColumn<qlonglong>("params");
        // runwayml/stable-diffusion-v1-5 unet/config.json
        QTest::newRow("sd15") << R"({"attention_head_dim":8,"block_out_channels":[320,640,1280,1280],
            "cross_attention_dim":768,"down_block_types":["CrossAttnDownBlock2D","CrossAttnDownBlock2D","CrossAttnDownBlock2D","DownBlock2D"],
            "up_block_types":["UpBlock2D","CrossAttnUpBlock2D","CrossAttnUpBlock2D","CrossAttnUpBlock2D"],
            "layers_per_block":2,"sample_size":64,"norm_num_groups":32,"in_channels":4,"out_channels":4})"
                              << 859520964LL;
        // stabilityai/stable-diffusion-2-1 unet/config.json
        QTest::newRow("sd21") << R"({"attention_head_dim":[5,10,20,20],"block_out_channels":[320,640,1280,1280],
            "cross_attention_dim":1024,"down_block_types":["CrossAttnDownBlock2D","CrossAttnDownBlock2D","CrossAttnDownBlock2D","DownBlock2D"],
            "up_block_types":["UpBlock2D","CrossAttnUpBlock2D","CrossAttnUpBlock2D","CrossAttnUpBlock2D"],
            "layers_per_block":2,"sample_size":96,"use_linear_projection":true,"upcast_attention":true})"
                              << 865910724LL;
    }
    void unet() {
        QFETCH(QString, config);
        QFETCH(qlonglong, params);
        UNet u(UNetOptions::from_json(config.toStdString()));
        QCOMPARE(static_cast<qlonglong>(parameter_count(*u)), params);
        QCOMPARE(u->transformers().size(), size_t(16));  // 2+2+2 down, 1 mid, 3+3+3 up (methods.md §1)
    }
    void vae_and_text_encoder() {
        AutoencoderKL vae(VAEOptions{});  // the SD VAE (block_out_channels 128, 256, 512, 512)
        QCOMPARE(parameter_count(*vae), int64_t(83653863));
        CLIPTextModel clip(CLIPTextOptions{});  // CLIP ViT-L/14 text tower (SD 1.x)
        QCOMPARE(parameter_count(*clip), int64_t(123060480));
    }
};

QTEST_GUILESS_MAIN(TestRealConfigs)
#include "test_real_configs.moc"
