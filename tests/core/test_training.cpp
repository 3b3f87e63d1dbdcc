// A short CPU training run on the tiny SD 2.1 model (v-prediction): losses go down, stop-and-resume repeats the exact
// loss sequence, the exported CLUE model loads and its style changes the output.
#include <QtTest/QtTest>

#include <cmath>
#include <filesystem>
#include <numeric>
#include <random>

#include "clue/engine.h"
#include "clue/png_meta.h"
#include "clue/style.h"
#include "clue/train.h"
#include "models/vae/vae.h"
#include "test_util.h"
#include "training/vae_trainer.h"
#include <torch/torch.h>

using namespace clue;
namespace fs = std::filesystem;

namespace {

/// 3 classes × 10 images, 64² with a black surround: the class sets the membrane colour, a random brightness
/// and a random bright spot are the "unprompted" attributes.
void make_dataset(const fs::path& root) {
    const int colours[3][3] = {{150, 150, 160}, {200, 150, 40}, {120, 40, 40}};
    const char* names[3] = {"COM", "Normal", "OME"};
    std::mt19937 rng(5);
    for (int c = 0; c < 3; ++c) {
        fs::create_directories(root / names[c]);
        for (int i = 0; i < 10; ++i) {
            const double bright = 0.6 + 0.4 * std::uniform_real_distribution<>(0, 1)(rng);
            const int sx = 20 + rng() % 24, sy = 20 + rng() % 24;
            Image im = Image::blank(64, 64);
            for (int y = 0; y < 64; ++y)
                for (int x = 0; x < 64; ++x) {
                    const double r = std::hypot(x - 31.5, y - 31.5);
                    if (r > 28) continue;
                    const bool spot = std::hypot(x - sx, y - sy) < 4;
                    for (int k = 0; k < 3; ++k)
                        im.row(y)[x * 3 + k] = spot ? 255 : static_cast<uint8_t>(colours[(c + 1) % 3][k] * bright);
                }
            QVERIFY(write_png((root / names[c] / ("img" + std::to_string(i) + ".png")).string(), im, {}).ok());
        }
    }
}

TrainOptions smoke(const fs::path& data, const fs::path& run) {
    TrainOptions o = *train_preset("smoke");
    o.dataset = data.string();
    o.base_model = test::models_dir() + "/tiny-sd21";
    o.output_dir = run.string();
    o.dataset_options.validation_fraction = 0.2;
    o.preprocess.fov_shrink = 0.0;
    o.batch_size = 4;
    o.lr_unet = 1e-3;
    o.lr_new = 1e-3;
    o.kl_beta = 1e-3;
    return o;
}

double mean_of(const std::vector<double>& v, size_t from, size_t to) {
    return std::accumulate(v.begin() + from, v.begin() + to, 0.0) / double(to - from);
}


}  // namespace

class TestTraining : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    fs::path data_;

private Q_SLOTS:
    void initTestCase() {
        data_ = fs::path(dir_.path().toStdString()) / "data";
        make_dataset(data_);
    }

    void short_run_lowers_training_and_validation_loss() {
        TrainOptions o = smoke(data_, fs::path(dir_.path().toStdString()) / "run_a");
        o.max_steps = 40;
        o.validate_every = 5;
        o.checkpoint_every = 0;
        o.sample_every = 40;
        std::vector<double> val;
        std::string grid;
        SimpleJobContext ctx;
        auto r = train(o, ctx, [&](const TrainEvent& e) {
            if (e.kind == TrainEvent::Kind::Validation) val.push_back(e.validation_loss);
            if (e.kind == TrainEvent::Kind::Samples) grid = e.path;
        });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->state, JobState::Succeeded);
        QCOMPARE(r->losses.size(), size_t(40));
        const double first = mean_of(r->losses, 0, 8), last = mean_of(r->losses, 32, 40);
        qInfo("training loss: first 8 steps %.4f, last 8 steps %.4f; validation %.4f -> %.4f", first, last,
              val.front(), val.back());
        QVERIFY2(last < 0.8 * first, "training loss did not go down");
        QVERIFY2(val.back() < val.front(), "validation loss did not go down");
        QVERIFY(fs::exists(grid));
        auto log = read_train_log(o.output_dir);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), size_t(40));
        QVERIFY(std::abs(log->back().loss - r->losses.back()) < 1e-6 * std::abs(r->losses.back()));

        // The exported model is a CLUE model whose style changes the image.
        auto m = Model::load(r->model_dir);
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().detail.c_str());
        QCOMPARE((*m)->info().style_dim, 16);
        QCOMPARE((*m)->info().classes, (std::vector<std::string>{"COM", "Normal", "OME"}));
        QVERIFY(!(*m)->info().style_space.empty());
        GenerateOptions g;
        g.prompt = "an otoendoscopic image of the tympanic membrane, OME";
        g.steps = 4, g.seed = 3, g.sampler = "ddim";
        SimpleJobContext c2;
        auto plain = generate(**m, g, c2);
        QVERIFY(plain.ok());
        auto space = load_style_space((*m)->info().style_space);
        QVERIFY(space.ok());
        QCOMPARE(space->size(), size_t(30));
        const auto comps = style_components(*space, 2);
        g.style = set_style_component({}, comps[0], 3.0);
        auto styled = generate(**m, g, c2);
        QVERIFY(styled.ok());
        QVERIFY2(styled->latents != plain->latents, "moving a style slider did not change the output");
        QVERIFY(styled->clue_jsons[0].find("\"style\"") != std::string::npos);
        auto mu = encode_style(**m, plain->images[0], g.prompt);
        QVERIFY(mu.ok());
        QCOMPARE(mu->size(), size_t(16));
        // A style vector of the wrong size is refused, naming both sizes.
        g.style.resize(5);
        auto bad = generate(**m, g, c2);
        QVERIFY(!bad.ok() && bad.error().detail.find("expects 16") != std::string::npos);
    }

    void stop_and_resume_repeat_the_same_losses() {
        const fs::path root(dir_.path().toStdString());
        TrainOptions o = smoke(data_, root / "straight");
        o.max_steps = 8;
        o.checkpoint_every = 4;
        o.ema_decay = 0.9;
        SimpleJobContext ctx;
        auto straight = train(o, ctx);
        QVERIFY2(straight.ok(), straight.ok() ? "" : straight.error().detail.c_str());

        o.output_dir = (root / "stopped").string();
        o.checkpoint_every = 0;  // the stop itself must write the checkpoint
        SimpleJobContext stop;
        auto first = train(o, stop, [&](const TrainEvent& e) {
            if (e.kind == TrainEvent::Kind::Step && e.step == 3) stop.request_cancel();
        });
        QVERIFY(first.ok());
        QCOMPARE(first->state, JobState::Cancelled);
        QCOMPARE(first->steps_done, 3);
        QVERIFY(fs::exists(root / "stopped" / "checkpoints" / "step_000003" / "optimizer.safetensors"));
        SimpleJobContext ctx2;
        auto second = train(o, ctx2);
        QVERIFY(second.ok());
        QCOMPARE(second->resumed_from, 3);
        QCOMPARE(second->state, JobState::Succeeded);
        std::vector<double> joined = first->losses;
        joined.insert(joined.end(), second->losses.begin(), second->losses.end());
        QCOMPARE(joined.size(), straight->losses.size());
        for (size_t i = 0; i < joined.size(); ++i)
            QVERIFY2(joined[i] == straight->losses[i],
                     qPrintable(QString("step %1: %2 vs %3").arg(i + 1).arg(joined[i], 0, 'g', 17)
                                    .arg(straight->losses[i], 0, 'g', 17)));
        auto log = read_train_log(o.output_dir);
        QCOMPARE(log->size(), size_t(8));  // no duplicated rows after the resume
    }

    void vanilla_mode_has_no_style_path() {
        TrainOptions o = smoke(data_, fs::path(dir_.path().toStdString()) / "vanilla");
        o.mode = TrainMode::Vanilla;
        o.max_steps = 3;
        SimpleJobContext ctx;
        auto r = train(o, ctx);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        auto m = Model::load(r->model_dir);
        QVERIFY(m.ok());
        QCOMPARE((*m)->info().style_dim, 0);
        QCOMPARE((*m)->info().prompt_template, o.prompt_template);
        QVERIFY(!fs::exists(fs::path(r->model_dir) / "style"));
    }

    void vae_training_lowers_reconstruction_error() {
        // The demo model's VAE recipe on 16 random smooth images: L1 after 60 steps well below the initial one.
        models::VAEOptions vo;
        vo.block_out_channels = {32, 32};
        vo.layers_per_block = 1;
        torch::manual_seed(0);
        models::AutoencoderKL vae(vo);
        const at::Tensor images = torch::nn::functional::interpolate(
            torch::rand({16, 3, 4, 4}) * 2 - 1,
            torch::nn::functional::InterpolateFuncOptions().size(std::vector<int64_t>{32, 32}).mode(torch::kBilinear)
                .align_corners(false));
        const double before = training::evaluate_vae(vae, images).first;
        training::VaeTrainOptions o;
        o.steps = 60, o.batch_size = 8, o.warmup = 5;
        SimpleJobContext ctx;
        QVERIFY(training::train_vae(vae, images, o, ctx, {}));
        const double after = training::evaluate_vae(vae, images).first;
        qInfo("VAE L1: %.4f -> %.4f", before, after);
        QVERIFY2(after < 0.6 * before, "VAE reconstruction did not improve");
        SimpleJobContext cancelled;
        cancelled.request_cancel();
        QVERIFY(!training::train_vae(vae, images, o, cancelled, {}));
    }

    void bad_options_fail_before_any_work() {
        TrainOptions o = smoke(data_, fs::path(dir_.path().toStdString()) / "bad");
        o.base_model = "/no/such/model";
        o.kl_beta = -1;
        SimpleJobContext ctx;
        auto r = train(o, ctx);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Errc::InvalidArgument);
        QVERIFY(r.error().detail.find("/no/such/model") != std::string::npos);
        QVERIFY(r.error().detail.find("kl_beta") != std::string::npos);
        QVERIFY(!fs::exists(o.output_dir));
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
