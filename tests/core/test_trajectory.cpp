// Prompt-swap trajectories (issue #5): the Bernstein weights, the Bézier curve's endpoints, and the λ rule — no swap
// equals plain generation with the neutral prompt, λ = 0 equals the attribute prompt, and a middle λ equals the
// A1111 edit `[neutral:attribute:λ]` (whose golden case, made with diffusers components, test_pipelines matches).
#include <QtTest>

#include <cmath>

#include "clue/trajectory.h"
#include "test_util.h"

using namespace clue;

namespace {

std::shared_ptr<Model> tiny() { return test::load_model_or_die("tiny-sd15"); }

std::vector<float> latents_of(Model& m, GenerateOptions g, const std::string& prompt) {
    g.prompt = prompt;
    g.batch = 1;
    SimpleJobContext ctx;
    auto r = generate(m, g, ctx);
    if (!r) qFatal("%s", r.error().detail.c_str());
    return r->latents;
}

}  // namespace

class TestTrajectory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bernstein_weights() {
        // Degree 3 at t = 0.5: C(3,i)/8 = 1/8, 3/8, 3/8, 1/8 (exact in binary).
        const auto w = bezier_weights(3, 0.5);
        QCOMPARE(w.size(), size_t(4));
        QCOMPARE(w[0], 0.125);
        QCOMPARE(w[1], 0.375);
        QCOMPARE(w[2], 0.375);
        QCOMPARE(w[3], 0.125);
        for (int n : {1, 5, 9, 20})
            for (double t : {0.0, 0.1, 0.37, 1.0}) {
                double s = 0;
                for (double x : bezier_weights(n, t)) s += x;
                QVERIFY(std::abs(s - 1) < 1e-12);
            }
        // Degree 2 through (0, 1, 4) at t: (1−t)²·0 + 2t(1−t)·1 + t²·4.
        const std::vector<std::vector<float>> c{{0.f}, {1.f}, {4.f}};
        QCOMPARE(bezier_point(c, 0.0)[0], 0.f);
        QCOMPARE(bezier_point(c, 1.0)[0], 4.f);
        QCOMPARE(bezier_point(c, 0.25)[0], float(2 * 0.25 * 0.75 + 0.0625 * 4));
        QCOMPARE(cosine_similarity({1, 0}, {0, 2}), 0.0);
        QCOMPARE(cosine_similarity({1, 1}, {2, 2}), 1.0);
    }

    void cfrt_as_the_authors_code() {
        // Neutral p = (0.6, 0.3, 0.1); edits move mass to class 2: Δ = mean(p_edit − p_neutral) per class.
        const std::vector<double> neutral{0.6, 0.3, 0.1};
        const std::vector<std::vector<double>> edited{{0.4, 0.3, 0.3}, {0.2, 0.3, 0.5}};
        const auto r = cfrt_code(neutral, edited, 2);
        QVERIFY(std::abs(r.delta[0] + 0.3) < 1e-12 && std::abs(r.delta[1]) < 1e-12 && std::abs(r.delta[2] - 0.3) < 1e-12);
        QVERIFY(r.hit);
        QVERIFY(!cfrt_code(neutral, edited, 1).hit);  // class 1 did not gain the most
        QVERIFY(!cfrt_code(neutral, {}, 2).hit);       // nothing edited, no hit
    }

    void options_are_checked() {
        TrajectoryOptions o = default_trajectory_options();
        QVERIFY(!validate(o));  // no prompts
        o.neutral_prompt = "a membrane";
        o.attribute_prompt = "a membrane: red";
        auto s = validate(o);
        QVERIFY(!s);
        QVERIFY(s.error().detail.find("':'") != std::string::npos);
        o.attribute_prompt = "a red membrane";
        o.swap_steps = {60};
        QVERIFY(!validate(o));
        o.swap_steps = {45, 5};
        QVERIFY(validate(o));
    }

    void swap_rule_matches_plain_and_edited_generation() {
        auto m = tiny();
        TrajectoryOptions o = default_trajectory_options();
        o.base.steps = 6;
        o.base.cfg = 5;
        o.base.seed = 7;
        o.base.width = o.base.height = 64;
        o.neutral_prompt = "a photo of a cat";
        o.attribute_prompt = "a photo of a dog";
        o.swap_steps = {3, 0};
        o.frames = 5;
        SimpleJobContext ctx;
        auto t = run_trajectory(*m, o, ctx);
        QVERIFY2(t, t ? "" : t.error().detail.c_str());
        QCOMPARE(t->swap_steps, (std::vector<int>{6, 3, 0}));
        QCOMPARE(t->latents.size(), size_t(3));
        QCOMPARE(t->frames.size(), size_t(5));
        QCOMPARE(t->latents[0], latents_of(*m, o.base, o.neutral_prompt));
        QCOMPARE(t->latents[2], latents_of(*m, o.base, o.attribute_prompt));
        QCOMPARE(t->latents[1], latents_of(*m, o.base, "[a photo of a cat:a photo of a dog:3]"));
        QVERIFY(t->latents[1] != t->latents[0] && t->latents[1] != t->latents[2]);
        // The curve starts and ends at its control points: frame 0 decodes the neutral latents.
        QCOMPARE(t->frames.front().pixels, t->images.front().pixels);
        QCOMPARE(t->frames.back().pixels, t->images.back().pixels);
        QCOMPARE(t->step_cosine.size(), size_t(1));
        QCOMPARE(t->direction_cosine.size(), size_t(2));
        QVERIFY(std::abs(t->direction_cosine.back() - 1) < 1e-9);
        // the authors' reference is the first swap point: cos_1 = 1, and the last one is cos(z_2 − z_0, z_1 − z_0)
        QCOMPARE(t->authors_cosine.size(), size_t(2));
        QVERIFY(std::abs(t->authors_cosine.front() - 1) < 1e-9);
        QVERIFY(std::abs(t->authors_cosine.back() - t->direction_cosine.front()) < 1e-9);  // the same angle
    }
};

QTEST_GUILESS_MAIN(TestTrajectory)
#include "test_trajectory.moc"
