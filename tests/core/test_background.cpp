// Abs-Grad-SAM background replacement (issue #5, methods.md §4): the checks methods.md §4.10 asks for — no
// manipulation step = plain img2img, an all-background mask at the last step = the reference's reconstruction, the
// mask is deterministic for a seed — plus the gradient against central finite differences, the mask operations and
// PSNR/SSIM against hand-derived values.
#include <QtTest>

#include <torch/torch.h>

#include <cmath>

#include "clue/background.h"
#include "clue/image_metrics.h"
#include "methods/background/attention_importance.h"
#include "methods/background/background_mask.h"
#include "models/sd_model.h"
#include "schedulers/scheduler.h"
#include "test_util.h"

using namespace clue;

namespace {

std::shared_ptr<Model> tiny() { return test::load_model_or_die("tiny-sd15"); }

Image reference_image(int size) {  // a smooth scene with a bright blob: something for the VAE to keep
    Image im = Image::blank(size, size, 3);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const double d = std::hypot(x - size * 0.6, y - size * 0.4) / size;
            im.row(y)[3 * x] = static_cast<std::uint8_t>(40 + 150 * x / size);
            im.row(y)[3 * x + 1] = static_cast<std::uint8_t>(200 * std::exp(-8 * d * d));
            im.row(y)[3 * x + 2] = static_cast<std::uint8_t>(60 + 120 * y / size);
        }
    return im;
}

BackgroundOptions options() {
    BackgroundOptions o = default_background_options();
    o.base.prompt = "a photo of a dog on a beach";
    o.subject = "dog";
    o.base.steps = 8;
    o.base.strength = 0.75;  // 6 run steps
    o.base.cfg = 5.0;
    o.base.seed = 11;
    o.base.init_image = reference_image(64);
    o.manipulation_steps = {1, 2};
    return o;
}

int max_diff(const Image& a, const Image& b) {
    if (a.pixels.size() != b.pixels.size()) return 1000;
    int m = 0;
    for (size_t i = 0; i < a.pixels.size(); ++i) m = std::max(m, std::abs(int(a.pixels[i]) - int(b.pixels[i])));
    return m;
}

}  // namespace

class TestBackground : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void psnr_and_ssim_hand_values() {
        Image a = Image::blank(16, 12, 3), b = Image::blank(16, 12, 3);
        std::fill(a.pixels.begin(), a.pixels.end(), 100);
        std::fill(b.pixels.begin(), b.pixels.end(), 105);
        // constant offset 5: MSE 25 → 10·log10(255²/25)
        QVERIFY(std::abs(*psnr(a, b) - 10 * std::log10(65025.0 / 25.0)) < 1e-9);
        QVERIFY(std::isinf(*psnr(a, a)));
        QVERIFY(std::abs(*ssim(a, a) - 1.0) < 1e-12);
        // constant images: σ = 0, so SSIM = (2μxμy + C1)/(μx² + μy² + C1)
        const double c1 = std::pow(2.55, 2);
        QVERIFY(std::abs(*ssim(a, b) - (2 * 100 * 105 + c1) / (100 * 100 + 105 * 105 + c1)) < 1e-9);
        // a region: the differing pixels weigh 0 → identical inside
        Image c = a;
        PixelWeights w(16 * 12, 1.f);
        for (int x = 0; x < 8; ++x) c.row(0)[3 * x] = 0, w[size_t(x)] = 0.f;
        QVERIFY(std::isinf(*psnr(a, c, w)));
        QVERIFY(*psnr(a, c) < 40);
        QVERIFY(!psnr(a, Image::blank(8, 8, 3)));
        QVERIFY(!psnr(a, b, PixelWeights(3, 1.f)));
        QVERIFY(!ssim(a, b, PixelWeights(16 * 12, 0.f)));
        const auto mw = mask_weights({1, 0, 0, 1}, 2, 2, 4, 4, true);
        QCOMPARE(mw[0], 0.f);
        QCOMPARE(mw[2], 1.f);
        QCOMPARE(mw[15], 0.f);
    }

    void mask_operations() {
        // σ = 1, 5 taps: 1-D weights ∝ e^{-x²/2}; centre of the normalised 2-D kernel = 1/(Σ)².
        const double s = 1 + 2 * std::exp(-0.5) + 2 * std::exp(-2.0);
        const at::Tensor k = methods::gaussian_kernel(5, 1.0);
        QVERIFY(std::abs(k[2][2].item<double>() - 1 / (s * s)) < 1e-7);
        QVERIFY(std::abs(k.sum().item<double>() - 1) < 1e-6);
        // one hot peak, no blur: threshold keeps the peak, each 3×3 dilation grows the square by one cell per side
        at::Tensor map = torch::zeros({12, 12});
        map[5][6] = 1;
        MaskOptions o;
        o.blur_kernel = 1;
        o.dilate_iterations = 1;
        QCOMPARE(methods::build_mask(map, o).sum().item<double>(), 9.0);
        o.dilate_iterations = 2;
        at::Tensor m = methods::build_mask(map, o);
        QCOMPARE(m.sum().item<double>(), 25.0);
        QCOMPARE(m[3][4].item<float>(), 1.f);
        QCOMPARE(m[2][4].item<float>(), 0.f);
        // brush: add a cell far away, erase the centre
        at::Tensor add = torch::zeros({12, 12}), erase = torch::zeros({12, 12});
        add[0][0] = 1;
        erase[5][6] = 1;
        m = methods::build_mask(map, o, add, erase);
        QCOMPARE(m.sum().item<double>(), 25.0);
        QCOMPARE(m[0][0].item<float>(), 1.f);
        QCOMPARE(m[5][6].item<float>(), 0.f);
        // top fraction keeps exactly that share of a map without ties
        o.top_fraction = 0.25;
        o.dilate_iterations = 0;
        QCOMPARE(methods::build_mask(torch::arange(144, torch::kFloat).reshape({12, 12}) / 143, o).sum().item<double>(), 36.0);
        // the brush image: area-resized, painted = > 127
        Image brush = Image::blank(24, 24, 1);
        for (int y = 0; y < 12; ++y)
            for (int x = 0; x < 24; ++x) brush.row(y)[x] = 255;
        QCOMPARE(methods::brush_layer(brush, 12, 12).sum().item<double>(), 72.0);
        QCOMPARE(methods::layer_grid(20, 9, 7), std::make_pair(int64_t(5), int64_t(4)));
    }

    void subject_tokens() {
        auto m = tiny();
        auto p = subject_token_positions(*m, "a photo of a dog on a beach", "dog");
        QVERIFY2(p, p ? "" : p.error().detail.c_str());
        QCOMPARE(*p, std::vector<int>{5});
        auto two = subject_token_positions(*m, "a dog and another dog", "dog");
        QCOMPARE(*two, (std::vector<int>{2, 5}));
        auto multi = subject_token_positions(*m, "an otoscopy view of effusion", "otoscopy");
        QVERIFY(multi && multi->size() >= 1);
        for (size_t i = 1; i < multi->size(); ++i) QCOMPARE((*multi)[i], (*multi)[i - 1] + 1);
        auto missing = subject_token_positions(*m, "a photo of a dog", "cat");
        QVERIFY(!missing);
        QVERIFY(missing.error().detail.find("photo") != std::string::npos);
        QCOMPARE(prompt_words("a dog, a dog's ball"), (std::vector<std::string>{"a", "dog", "dog's", "ball"}));
    }

    void gradient_matches_finite_differences() {
        // ∂(−Σ ε_c)/∂A for one attention entry against a central difference in double precision: the total derivative
        // (through the later layers' attention too), as PyTorch's retain_grad() on the attention gives it.
        auto m = tiny();
        auto& sd = models::sd_model_of(*m);
        sd.unet->to(torch::kDouble);
        torch::manual_seed(3);
        const at::Tensor z = torch::randn({1, 4, 8, 8}, torch::kDouble);
        const at::Tensor t = torch::tensor(500);
        const at::Tensor ctx = torch::randn({1, 77, sd.unet->options().cross_attention_dim}, torch::kDouble);
        const at::Tensor uncond = torch::randn({1, 77, sd.unet->options().cross_attention_dim}, torch::kDouble);
        at::Tensor eps_u;
        {
            torch::NoGradGuard ng;
            eps_u = sd.unet->forward(z, t, uncond);
        }
        std::vector<models::Attention> attns;
        for (const auto& tr : sd.unet->transformers())
            for (const auto& a : tr->cross_attentions()) attns.push_back(a);
        std::vector<methods::LayerAttention> layers;
        for (bool text : {false, true}) {  // L = −Σ ε_c, then the text-conditional variant L = Σ|ε_c − ε_u|
            layers = methods::capture_cross_attention(sd.unet, z, t, ctx, {}, true, text ? uncond : at::Tensor());
            QVERIFY(layers.size() >= 2);
            const int L = 1;
            const at::Tensor g = layers[L].grads;
            const int64_t flat = g.abs().flatten().argmax().item<int64_t>();
            auto objective = [&](double delta) {
                torch::NoGradGuard ng;
                attns[L]->set_probs_hook([&](const at::Tensor& p, int) {
                    at::Tensor q = p.clone();
                    q.view(-1)[flat] += delta;
                    return q;
                });
                const at::Tensor out = sd.unet->forward(z, t, ctx);
                attns[L]->set_probs_hook({});
                return text ? (out - eps_u).abs().sum().item<double>() : -out.sum().item<double>();
            };
            const double h = 1e-3;
            const double fd = (objective(h) - objective(-h)) / (2 * h);
            const double an = g.flatten()[flat].item<double>();
            QVERIFY2(std::abs(fd - an) <= 1e-6 + 1e-5 * std::abs(an),
                     qPrintable(QString("objective %3: finite difference %1 vs autograd %2")
                                    .arg(fd, 0, 'g', 12).arg(an, 0, 'g', 12).arg(text ? "text" : "sum")));
            QVERIFY(std::abs(an) > 1e-6);
        }
        // the importance map of the captured layers is a 0…1 map at latent size
        const at::Tensor map = methods::importance_map(layers, {2, 3}, ImportanceKind::AbsGradSam, 8, 8, false);
        QCOMPARE(map.sizes(), (at::IntArrayRef{8, 8}));
        QCOMPARE(map.max().item<float>(), 1.f);
        QCOMPARE(map.min().item<float>(), 0.f);
    }

    void sum_objective_is_the_ddim_step_up_to_a_positive_factor() {
        // The shortcut L = −Σ ε_c against autograd through the real DDIM step ẑ_{t−1} = step(ε_c, z): the gradients
        // must be proportional with a positive factor (same maps for |·| and for ReLU).
        auto m = tiny();
        auto& sd = models::sd_model_of(*m);
        sd.unet->to(torch::kDouble);
        auto sched = sched::make_scheduler("ddim", sd.scheduler_config);
        sched->set_timesteps(10);
        const int index = 3;
        torch::manual_seed(5);
        const at::Tensor z = torch::randn({1, 4, 8, 8}, torch::kDouble);
        const at::Tensor t = sched->timesteps()[index];
        const at::Tensor ctx = torch::randn({1, 77, sd.unet->options().cross_attention_dim}, torch::kDouble);
        const auto shortcut = methods::capture_cross_attention(sd.unet, z, t, ctx, {}, true);
        std::vector<models::Attention> attns;
        for (const auto& tr : sd.unet->transformers())
            for (const auto& a : tr->cross_attentions()) attns.push_back(a);
        std::vector<at::Tensor> probs;
        for (auto& a : attns) a->set_probs_hook([&](const at::Tensor& p, int) { probs.push_back(p); return p; });
        at::Tensor next;
        {
            torch::AutoGradMode on(true);
            const at::Tensor x = z.clone().requires_grad_(true);
            next = sched->step(sd.unet->forward(x, t, ctx), index, x, nullptr);
            for (auto& a : attns) a->set_probs_hook({});
            const auto grads = torch::autograd::grad({next.sum()}, probs);
            at::Tensor a = torch::cat({grads[0].flatten(), grads[1].flatten()});
            at::Tensor b = torch::cat({shortcut[0].grads.flatten(), shortcut[1].grads.flatten()});
            const double cosine = (a * b).sum().item<double>() / (a.norm() * b.norm()).item<double>();
            QVERIFY2(cosine > 1 - 1e-9, qPrintable(QString("cosine %1").arg(cosine, 0, 'g', 15)));
        }
    }

    void replaced_everywhere_at_step_k_is_img2img_from_step_k_plus_1() {
        // mask ≡ 0 after run step 1 (absolute index 3 of 8 at strength 0.75) puts q(z_ref, ε_ref, t_4) in place: exactly
        // the start of plain img2img at strength 0.5 (start index 4) with the same seed, the same z_ref and ε_ref.
        auto m = tiny();
        BackgroundOptions o = options();
        o.manipulation_steps = {1};
        Image all = Image::blank(64, 64, 1);
        std::fill(all.pixels.begin(), all.pixels.end(), 255);
        o.brush_erase = all;
        o.run_baseline = false;
        SimpleJobContext ctx;
        auto r = replace_background(*m, o, ctx);
        QVERIFY2(r, r ? "" : r.error().detail.c_str());
        GenerateOptions later = o.base;
        later.strength = 0.5;
        auto plain = generate(*m, later, ctx);
        QVERIFY(plain);
        QVERIFY2(max_diff(r->image, plain->images[0]) <= 1, qPrintable(QString::number(max_diff(r->image, plain->images[0]))));
        o.base.sampler = "pndm";  // PNDM keeps its own sample between steps: refused, named
        auto p = replace_background(*m, o, ctx);
        QVERIFY(!p);
        QVERIFY(p.error().detail.find("PNDM") != std::string::npos);
    }

    void no_manipulation_is_plain_img2img() {
        auto m = tiny();
        BackgroundOptions o = options();
        o.manipulation_steps.clear();
        SimpleJobContext ctx;
        auto r = replace_background(*m, o, ctx);
        QVERIFY2(r, r ? "" : r.error().detail.c_str());
        auto plain = generate(*m, o.base, ctx);
        QVERIFY(plain);
        QCOMPARE(max_diff(r->image, plain->images[0]), 0);
        QCOMPARE(max_diff(r->baseline, plain->images[0]), 0);
        QVERIFY(r->maps.empty());
    }

    void all_background_at_last_step_is_the_reconstruction() {
        auto m = tiny();
        BackgroundOptions o = options();
        o.manipulation_steps = {5};  // the last of the 6 run steps
        Image all = Image::blank(64, 64, 1);
        std::fill(all.pixels.begin(), all.pixels.end(), 255);
        o.brush_erase = all;
        SimpleJobContext ctx;
        auto r = replace_background(*m, o, ctx);
        QVERIFY2(r, r ? "" : r.error().detail.c_str());
        QCOMPARE(r->maps.size(), size_t(1));
        for (float v : r->maps[0].mask) QCOMPARE(v, 0.f);
        QVERIFY(max_diff(r->image, r->reconstruction) <= 1);
        QVERIFY(max_diff(r->baseline, r->reconstruction) > 8);  // img2img alone does not reproduce it
    }

    void mask_is_deterministic_and_nontrivial() {
        auto m = tiny();
        BackgroundOptions o = options();
        SimpleJobContext ctx;
        auto a = replace_background(*m, o, ctx);
        auto b = replace_background(*m, o, ctx);
        QVERIFY2(a && b, a ? "" : a.error().detail.c_str());
        QCOMPARE(a->maps.size(), size_t(2));
        QCOMPARE(a->maps[0].step, 1);
        for (size_t i = 0; i < 2; ++i) {
            QCOMPARE(a->maps[i].importance, b->maps[i].importance);
            QCOMPARE(a->maps[i].mask, b->maps[i].mask);
        }
        double on = 0;
        for (float v : a->maps[1].mask) on += v;
        const double n = double(a->maps[1].mask.size());
        QVERIFY2(on > 0 && on < n, qPrintable(QString("mask cells on: %1 of %2").arg(on).arg(n)));
        QCOMPARE(max_diff(a->image, b->image), 0);
        QVERIFY(max_diff(a->image, a->baseline) > 0);
        // the ablation scores differ from the method's
        o.importance = ImportanceKind::AttentionOnly;
        o.masks_only = true;
        auto att = replace_background(*m, o, ctx);
        QVERIFY(att);
        QVERIFY(att->image.empty());
        QCOMPARE(att->maps.size(), size_t(2));
        QVERIFY(att->maps[0].importance != a->maps[0].importance);
    }

    void invalid_options_are_named() {
        auto m = tiny();
        SimpleJobContext ctx;
        BackgroundOptions o = options();
        o.manipulation_steps = {6};
        auto r = replace_background(*m, o, ctx);
        QVERIFY(!r);
        QVERIFY(r.error().detail.find("step 6") != std::string::npos);
        o = options();
        o.base.init_image.reset();
        QVERIFY(!validate(o));
        o = options();
        o.mask.blur_kernel = 4;
        QVERIFY(validate(o).error().detail.find("4") != std::string::npos);
        o = options();
        o.subject = "cat";
        QVERIFY(!replace_background(*m, o, ctx));
        QCOMPARE(*parse_importance_kind("attention"), ImportanceKind::AttentionOnly);
        QVERIFY(!parse_importance_kind("relu"));
    }
};

QTEST_GUILESS_MAIN(TestBackground)
#include "test_background.moc"
