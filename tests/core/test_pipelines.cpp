// End-to-end parity with diffusers' StableDiffusionPipeline / Img2ImgPipeline (golden cases), through the public API,
// plus the denoise-loop hook (prompt swap reference) and cancellation.
#include <QtTest/QtTest>
#include <torch/torch.h>

#include "clue/engine.h"
#include "clue/png_meta.h"
#include "models/sd_model.h"
#include "pipelines/generate.h"
#include "test_util.h"

using namespace clue;

namespace clue::models {
SDModel& sd_model_of(Model& m);
}

namespace {
// README "Recommended checks": full pipelines
constexpr double kAtol = 1e-4, kRtol = 2e-5;

std::shared_ptr<Model> load(const std::string& name) { return test::load_model_or_die(name); }

at::Tensor latents_of(const GenerateResult& r) {
    return torch::from_blob(const_cast<float*>(r.latents.data()), r.latents_shape, torch::kFloat32).clone();
}

/// PNG check of the README: ≤ 1 LSB per value and ≥ 99.9 % exact.
void expect_image(const Image& got, const at::Tensor& ref01) {
    auto ref = (ref01[0] * 255).round().to(torch::kUInt8);
    QCOMPARE(got.width, static_cast<int>(ref.size(1)));
    auto g = torch::from_blob(const_cast<uint8_t*>(got.pixels.data()), {got.height, got.width, 3}, torch::kUInt8);
    auto diff = (g.to(torch::kInt) - ref.to(torch::kInt)).abs();
    QVERIFY2(diff.max().item<int>() <= 1, "pixel differs by more than 1 LSB");
    const double exact = (diff == 0).to(torch::kDouble).mean().item<double>();
    QVERIFY2(exact >= 0.999, qPrintable(QString("only %1 of pixels exact").arg(exact)));
}

struct Counting : SimpleJobContext {
    int previews = 0, reports = 0, cancel_after_reports = -1;
    bool cancel_requested() const override {
        return SimpleJobContext::cancel_requested() || (cancel_after_reports >= 0 && reports >= cancel_after_reports);
    }
    void report(std::string_view, std::int64_t, std::int64_t) override { ++reports; }
    void preview(const Image& image, int) override {
        if (!image.empty()) ++previews;
    }
};
}  // namespace

class TestPipelines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }

    void txt2img_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("sampler");
        QTest::addColumn<bool>("negative");
        for (const char* m : {"tiny-sd15", "tiny-sd21"})
            for (const char* s : {"ddim", "euler"})
                for (bool neg : {false, true})
                    QTest::newRow(qPrintable(QString("%1 %2%3").arg(m, s, neg ? " negative" : ""))) << m << s << neg;
    }
    void txt2img() {
        QFETCH(QString, model);
        QFETCH(QString, sampler);
        QFETCH(bool, negative);
        auto m = load(model.toStdString());
        auto c = test::load_case(model.toStdString() + "__txt2img_" + sampler.toStdString() + (negative ? "_negative" : ""));
        GenerateOptions o;
        o.prompt = c.json["prompt"];
        if (negative) o.negative_prompt = c.json["negative_prompt"];
        o.sampler = sampler.toStdString();
        o.steps = c.json["num_inference_steps"];
        o.cfg = c.json["guidance_scale"];
        o.seed = c.json["seed"];
        o.width = c.json["width"];
        o.height = c.json["height"];
        SimpleJobContext ctx;
        auto r = generate(*m, o, ctx);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->state, JobState::Succeeded);
        CLUE_EXPECT_CLOSE(latents_of(*r), c["final_latents"], kAtol, kRtol);
        expect_image(r->images[0], c["image"]);
        // the prompt embeddings the pipeline used
        auto& sd = models::sd_model_of(*m);
        torch::NoGradGuard ng;
        CLUE_EXPECT_CLOSE(pipelines::encode_prompt(sd, o.prompt, 1), c["prompt_embeds"], 2e-5, 1e-5);
        CLUE_EXPECT_CLOSE(pipelines::encode_prompt(sd, o.negative_prompt, 1), c["negative_prompt_embeds"], 2e-5, 1e-5);
    }

    void img2img_data() {
        QTest::addColumn<QString>("model");
        QTest::newRow("sd15") << "tiny-sd15";
        QTest::newRow("sd21") << "tiny-sd21";
    }
    void img2img() {
        QFETCH(QString, model);
        auto m = load(model.toStdString());
        auto c = test::load_case(model.toStdString() + "__img2img_ddim");
        auto init = read_image(test::case_path(model.toStdString() + "__img2img_input.png"));
        QVERIFY(init.ok());
        GenerateOptions o;
        o.prompt = c.json["prompt"];
        o.sampler = "ddim";
        o.steps = c.json["num_inference_steps"];
        o.cfg = c.json["guidance_scale"];
        o.seed = c.json["seed"];
        o.strength = c.json["strength"];
        o.init_image = *init;
        SimpleJobContext ctx;
        auto r = generate(*m, o, ctx);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        CLUE_EXPECT_CLOSE(latents_of(*r), c["final_latents"], kAtol, kRtol);
        expect_image(r->images[0], c["image"]);
        QVERIFY(r->infotexts[0].find("Denoising strength: 0.6") != std::string::npos);
    }

    /// The golden prompt-swap run, made with the one loop and a BeforeModel hook that swaps the conditioning.
    void prompt_swap_hook_data() { img2img_data(); }
    void prompt_swap_hook() {
        QFETCH(QString, model);
        auto m = load(model.toStdString());
        auto& sd = models::sd_model_of(*m);
        auto c = test::load_case(model.toStdString() + "__prompt_edit_ddim");
        torch::NoGradGuard ng;
        const int k = c.json["swap_step_k"];
        const at::Tensor b = pipelines::encode_prompt(sd, c.json["prompt_b"], 1);
        pipelines::GenerateExtras extras;
        extras.hook = [&](pipelines::StepState& s) {
            if (s.phase == pipelines::StepPhase::BeforeModel && s.step == k) s.conditioning.cond = b;
        };
        pipelines::ImageJob job;
        job.options.prompt = c.json["prompt_a"];
        job.options.sampler = "ddim";
        job.options.steps = c.json["num_inference_steps"];
        job.options.cfg = c.json["guidance_scale"];
        job.options.width = job.options.height = 64;
        job.seed = c.json["seed"];
        SimpleJobContext ctx;
        auto out = pipelines::generate_one(sd, job, ctx, [](const char*, double) {}, extras);
        CLUE_EXPECT_CLOSE(out.latents, c["final_latents"], kAtol, kRtol);
        CLUE_EXPECT_CLOSE(out.image, c["image_raw"], kAtol, kRtol);
    }

    void previews_and_progress() {
        auto m = load("tiny-sd21");
        GenerateOptions o;
        o.prompt = "a cat";
        o.steps = 4;
        o.seed = 1;
        o.preview_every = 2;
        Counting ctx;
        auto r = generate(*m, o, ctx);
        QVERIFY(r.ok());
        QCOMPARE(ctx.previews, 2);
        QVERIFY(ctx.reports >= 6);  // encode, 4 steps, decode
        o.preview_mode = PreviewMode::FullDecode;
        Counting ctx2;
        QVERIFY(generate(*m, o, ctx2).ok());
        QCOMPARE(ctx2.previews, 2);
    }

    void cancel_mid_run_is_a_state() {
        auto m = load("tiny-sd21");
        GenerateOptions o;
        o.prompt = "a cat";
        o.steps = 10;
        o.seed = 1;
        Counting ctx;
        ctx.cancel_after_reports = 3;  // after encode + 2 steps
        auto r = generate(*m, o, ctx);
        QVERIFY(r.ok());
        QCOMPARE(r->state, JobState::Cancelled);
        QVERIFY(r->images.empty());
        QVERIFY(ctx.reports <= 4);  // stopped within one step
    }

    void batch_uses_seed_plus_i() {
        auto m = load("tiny-sd21");
        GenerateOptions o;
        o.prompt = "a cat";
        o.steps = 3;
        o.seed = 5;
        o.batch = 2;
        SimpleJobContext ctx;
        auto r = generate(*m, o, ctx);
        QVERIFY(r.ok());
        QCOMPARE(r->seeds, (std::vector<std::int64_t>{5, 6}));
        o.batch = 1;
        o.seed = 6;
        auto r1 = generate(*m, o, ctx);
        QVERIFY(r1.ok());
        QVERIFY(r1->images[0].pixels == r->images[1].pixels);
        QCOMPARE(r->latents_shape[0], 2);
    }

    void ddim_eta_is_applied() {
        auto m = load("tiny-sd21");
        GenerateOptions o;
        o.prompt = "a cat";
        o.steps = 4;
        o.seed = 2;
        o.sampler = "ddim";
        SimpleJobContext ctx;
        auto a = generate(*m, o, ctx);
        o.eta = 0.8;
        auto b = generate(*m, o, ctx);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->latents != b->latents);  // eta > 0 adds the DDIM variance noise
        QVERIFY(b->infotexts[0].find("Eta: 0.8") != std::string::npos);
    }

    void cancelled_load_is_not_a_failure() {
        SimpleJobContext ctx;
        ctx.request_cancel();
        auto r = Model::load(test::models_dir() + "/tiny-sd21", {}, &ctx);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Errc::Cancelled);
        QCOMPARE(errc_exit_code(r.error().code), 130);
    }

    void invalid_input_is_named() {
        auto m = load("tiny-sd21");
        GenerateOptions o;
        o.steps = 0;
        SimpleJobContext ctx;
        auto r = generate(*m, o, ctx);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Errc::InvalidArgument);
        QVERIFY(r.error().detail.find("steps") != std::string::npos);
        o.steps = 5;
        o.width = 60;
        r = generate(*m, o, ctx);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("60") != std::string::npos, r.error().detail.c_str());
    }
};

QTEST_GUILESS_MAIN(TestPipelines)
#include "test_pipelines.moc"
