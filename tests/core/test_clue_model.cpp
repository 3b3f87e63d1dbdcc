// CLUE model pieces: the zero-initialised style path reproduces the base U-Net bit for bit; KL / reparameterisation;
// AdamW and the schedules against hand-computed reference numbers; style vectors, sliders and the PCA.
#include <QtTest/QtTest>
#include <torch/torch.h>

#include <cmath>

#include "clue/style.h"
#include "clue/train.h"
#include "models/clue_model.h"
#include "models/sd_model.h"
#include "models/style_encoder/style_encoder.h"
#include "models/weights.h"
#include "training/adamw.h"
#include "test_util.h"

using namespace clue;

namespace {

/// The base U-Net of a tiny model and the same weights in a CLUE U-Net (fresh style path).
std::pair<models::UNet, models::UNet> base_and_clue(const std::string& name, int64_t style_dim, int64_t tokens) {
    models::UNet base = models::load_unet_folder(test::models_dir() + "/" + name + "/unet");
    auto o = base->options();
    o.style_dim = style_dim;
    o.style_tokens = tokens;
    torch::manual_seed(7);
    models::UNet clue_unet(o);
    std::map<std::string, at::Tensor> w;
    for (const auto& p : base->named_parameters()) w[p.key()] = p.value();
    models::load_weights(*clue_unet, w, "unet", "test", {}, models::is_style_parameter);
    return {base, clue_unet};
}

}  // namespace

class TestClueModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void zero_initialised_style_path_equals_base_bit_for_bit() {
        torch::NoGradGuard no_grad;
        for (const std::string name : {"tiny-sd15", "tiny-sd21"}) {
            auto [base, clue_unet] = base_and_clue(name, 24, 4);
            QVERIFY(clue_unet->has_style());
            QVERIFY(!clue_unet->style_parameters().empty());
            auto gen = at::make_generator<at::CPUGeneratorImpl>(3);
            const auto sz = base->options().sample_size;
            const at::Tensor x = at::randn({2, 4, sz, sz}, gen, torch::kFloat32);
            const at::Tensor ctx = at::randn({2, 77, base->options().cross_attention_dim}, gen, torch::kFloat32);
            const at::Tensor s = at::randn({2, 24}, gen, torch::kFloat32) * 3;
            const at::Tensor t = torch::tensor({981, 1}, torch::kLong);
            const at::Tensor ref = base->forward(x, t, ctx);
            QVERIFY2(torch::equal(clue_unet->forward(x, t, ctx, s), ref), name.c_str());
            QVERIFY(torch::equal(clue_unet->forward(x, t, ctx), ref));  // no style given = base computation
            // The test can fail: a non-zero output projection changes the prediction.
            for (auto& [k, p] : clue_unet->style_parameters())
                if (k.find("attn_style.to_out.0.weight") != std::string::npos) p.fill_(0.01);
            QVERIFY(!torch::equal(clue_unet->forward(x, t, ctx, s), ref));
        }
    }

    void style_scale_zero_is_base_and_scale_changes_output() {
        torch::NoGradGuard no_grad;
        auto [base, clue_unet] = base_and_clue("tiny-sd21", 8, 2);
        for (auto& [k, p] : clue_unet->style_parameters())
            if (k.find("to_out.0.weight") != std::string::npos) p.normal_(0, 0.05);
        const auto sz = base->options().sample_size;
        const at::Tensor x = torch::randn({1, 4, sz, sz}), ctx = torch::randn({1, 77, 32}), s = torch::randn({1, 8});
        const at::Tensor t = torch::tensor(500);
        const at::Tensor full = clue_unet->forward(x, t, ctx, s);
        clue_unet->set_style_scale(0.0);
        QVERIFY(torch::allclose(clue_unet->forward(x, t, ctx, s), base->forward(x, t, ctx), 0, 1e-6));
        clue_unet->set_style_scale(1.0);
        QVERIFY(torch::equal(clue_unet->forward(x, t, ctx, s), full));
    }

    void kl_and_reparameterisation() {
        const at::Tensor mu = torch::tensor({{1.0f, 0.0f}, {0.0f, 0.0f}});
        const at::Tensor logvar = torch::tensor({{0.0f, std::log(4.0f)}, {0.0f, 0.0f}});
        const at::Tensor kl = models::kl_to_standard_normal(mu, logvar);
        // ½[(1 + 1 − 0 − 1) + (0 + 4 − ln 4 − 1)] = ½(4 − ln 4) = 1.3068528; the prior itself has KL 0.
        QVERIFY(std::abs(kl[0].item<double>() - 0.5 * (4.0 - std::log(4.0))) < 1e-6);
        QCOMPARE(kl[1].item<double>(), 0.0);
        const at::Tensor s = models::reparameterize(mu, logvar, torch::tensor({{1.0f, -1.0f}, {0.5f, 2.0f}}));
        QVERIFY(torch::allclose(s, torch::tensor({{2.0f, -2.0f}, {0.5f, 2.0f}})));
        // Encoder: fp32 outputs, log σ² clamped to [−30, 20].
        models::StyleEncoderOptions eo;
        eo.channels = 32, eo.text_dim = 32, eo.hidden = 64, eo.style_dim = 12;
        models::StyleEncoder enc(eo);
        {
            torch::NoGradGuard ng;
            enc->logvar->bias.fill_(100.0);
        }
        auto [m, lv] = enc->forward(torch::randn({3, 4, 8, 8}), torch::randn({3, 77, 32}));
        QCOMPARE(m.sizes(), (at::IntArrayRef{3, 12}));
        QCOMPARE(lv.scalar_type(), at::kFloat);
        QVERIFY(lv.max().item<double>() <= 20.0);
    }

    void adamw_matches_reference_numbers() {
        // One parameter p = 1 with a constant gradient 0.5, lr 0.1, weight decay 0.01 (torch.optim.AdamW):
        // step 1: p·(1 − 0.001) = 0.999; m̂ = 0.5, v̂ = 0.25 → p −= 0.1·0.5/(0.5 + 1e-8) → 0.899 (to 1e-7).
        at::Tensor p = torch::ones({1}).set_requires_grad(true);
        training::AdamW opt({{"g", 0.1, 0.01, {{"p", p}}}}, 0.9, 0.999, 1e-8);
        p.mutable_grad() = torch::full({1}, 0.5);
        opt.step(1.0);
        QVERIFY(std::abs(p.item<double>() - 0.899) < 1e-6);
        // step 2 (same grad): decay 0.899·0.999; m = 0.095, v = 0.0004995; m̂ = 0.5, v̂ = 0.25 → −0.1 again.
        opt.step(1.0);
        QVERIFY(std::abs(p.item<double>() - (0.899 * 0.999 - 0.1)) < 1e-6);
        // Clipping: norm 0.5 clipped to 0.25 halves the gradient.
        QVERIFY(std::abs(opt.clip_grad_norm(0.25) - 0.5) < 1e-9);
        QVERIFY(std::abs(p.grad().item<double>() - 0.25) < 1e-6);
        // State round trip.
        auto st = opt.state_tensors();
        std::map<std::string, at::Tensor> m(st.begin(), st.end());
        QVERIFY(std::abs(m.at("p.exp_avg").item<double>() - 0.095) < 1e-7);
    }

    void schedules() {
        QCOMPARE(training::lr_factor("cosine", 0, 0, 100), 1.0);
        QVERIFY(std::abs(training::lr_factor("cosine", 50, 0, 100) - 0.5) < 1e-12);
        QVERIFY(std::abs(training::lr_factor("cosine", 100, 0, 100)) < 1e-12);
        QVERIFY(std::abs(training::lr_factor("cosine", 4, 9, 100) - 0.5) < 1e-12);  // warm-up (4+1)/(9+1)
        QCOMPARE(training::lr_factor("constant", 70, 10, 100), 1.0);
        QCOMPARE(training::kl_weight(1e-4, 0, 100), 0.0);
        QVERIFY(std::abs(training::kl_weight(1e-4, 50, 100) - 5e-5) < 1e-15);
        QCOMPARE(training::kl_weight(1e-4, 500, 100), 1e-4);
    }

    void style_vectors_and_sliders() {
        const auto a = sample_style(1024, 42), b = sample_style(1024, 42), c = sample_style(1024, 43);
        QCOMPARE(a.size(), size_t(1024));
        QVERIFY(a == b && a != c);
        double mean = 0, var = 0;
        for (float v : a) mean += v / 1024.0;
        for (float v : a) var += (v - mean) * (v - mean) / 1023.0;
        QVERIFY(std::abs(mean) < 0.1 && std::abs(var - 1) < 0.15);  // N(0, I)
        auto comps = default_style_components(8, 3);
        QCOMPARE(comps.size(), size_t(3));
        auto s = set_style_component({}, comps[1], 2.5);
        QCOMPARE(s.size(), size_t(8));
        QCOMPARE(s[1], 2.5f);
        QCOMPARE(s[0], 0.f);
        // A PCA-like direction: only the projection on it changes.
        StyleComponent d;
        d.kind = StyleComponent::Kind::Pca;
        d.direction = {0.6f, 0.8f, 0, 0, 0, 0, 0, 0};
        auto s2 = set_style_component(s, d, -1.0);
        QVERIFY(std::abs(style_component_value(s2, d) + 1.0) < 1e-6);
        QVERIFY(std::abs(s2[1] * 0.6 - s2[0] * 0.8 - (s[1] * 0.6 - s[0] * 0.8)) < 1e-6);  // orthogonal part kept
        auto text = style_to_text(s2);
        auto back = style_from_text("[" + text + "]", 8);
        QVERIFY(back.ok());
        for (int i = 0; i < 8; ++i) QVERIFY(std::abs((*back)[i] - s2[i]) < 1e-5);
        QVERIFY(!style_from_text("1, 2, x", 0).ok());
        QVERIFY(!style_from_text("1, 2, 3", 4).ok());
    }

    void pca_recovers_a_known_direction() {
        // Points on a line along d = (3, 4, 0)/5 plus a small orthogonal spread along (0, 0, 1).
        StyleSpace sp;
        sp.dim = 3;
        for (int i = 0; i < 21; ++i) {
            const float t = (i - 10) * 0.5f, o = (i % 2 ? 0.1f : -0.1f);
            sp.means.insert(sp.means.end(), {0.6f * t + 1, 0.8f * t - 2, o});
            sp.paths.push_back("p" + std::to_string(i));
            sp.classes.push_back(i < 10 ? "A" : "B");
            sp.sources.push_back("real");
        }
        sp.kl_per_dim = {0.1f, 0.3f, 0.2f};
        QVERIFY(refit_pca(sp, 2).ok());
        QCOMPARE(sp.components, 2);
        QVERIFY(std::abs(sp.pca_directions[0] - 0.6f) < 1e-5 && std::abs(sp.pca_directions[1] - 0.8f) < 1e-5);
        QVERIFY(std::abs(sp.pca_mean[0] - 1.0f) < 1e-5 && std::abs(sp.pca_mean[1] + 2.0f) < 1e-5);
        // variance along d: var(t) = 0.25·var(i) = 0.25·38.5 = 9.625; orthogonal (±0.1, 10 vs 11 points, mean
        // −0.1/21): (21·0.01 − 0.01/21)/20; the two are uncorrelated.
        const double ortho = (21 * 0.01 - 0.01 / 21) / 20;
        QVERIFY(std::abs(sp.explained_variance_ratio[0] - 9.625 / (9.625 + ortho)) < 1e-6);
        QVERIFY(std::abs(sp.coords[0] - (-5.0f)) < 1e-4);
        auto comps = style_components(sp, 2);
        QCOMPARE(comps.size(), size_t(4));
        QCOMPARE(comps[0].index, 1);  // largest KL first
        QCOMPARE(comps[1].index, 2);
        QCOMPARE(comps[2].kind, StyleComponent::Kind::Pca);
        const auto s = style_from_pca(sp, {2.0, 0.0});
        QVERIFY(std::abs(s[0] - (1 + 1.2f)) < 1e-5 && std::abs(s[1] - (-2 + 1.6f)) < 1e-5);
        QTemporaryDir dir;
        const std::string f = dir.filePath("space.safetensors").toStdString();
        QVERIFY(save_style_space(sp, f).ok());
        auto back = load_style_space(f);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().detail.c_str());
        QCOMPARE(back->paths, sp.paths);
        QCOMPARE(back->coords, sp.coords);
        QCOMPARE(back->explained_variance_ratio, sp.explained_variance_ratio);
        QVERIFY(export_style_space_csv(sp, dir.filePath("s.csv").toStdString()).ok());
        QVERIFY(render_style_space_png(sp, dir.filePath("s.png").toStdString()).ok());
        QVERIFY(QFileInfo(dir.filePath("s.png")).size() > 1000);
    }

    void train_options_round_trip_and_validation() {
        auto p = train_preset("few-hundred-images");
        QVERIFY(p.ok());
        p->dataset = "/nonexistent/data";
        p->class_prompts["OME"] = "otitis media with effusion";
        auto back = train_options_from_json(to_json(*p));
        QVERIFY(back.ok());
        QCOMPARE(to_json(*back), to_json(*p));
        auto st = validate(*p);
        QVERIFY(!st.ok());
        QVERIFY(st.error().detail.find("dataset '/nonexistent/data' does not exist") != std::string::npos);
        QVERIFY(!train_preset("huge").ok());
        auto bad = train_options_from_json(R"({"max_steps": "many"})");
        QVERIFY(!bad.ok() && bad.error().detail.find("max_steps") != std::string::npos);
        QVERIFY(!train_options_from_json(R"({"mode": "lora"})").ok());
    }
};

QTEST_GUILESS_MAIN(TestClueModel)
#include "test_clue_model.moc"
