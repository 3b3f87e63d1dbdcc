// CFRT in the poster's definition ([P] reading in clue/trajectory.h), on hand-made probability vectors whose terms are
// worked out in the comments; the contrast with the authors' code variant (cfrt_code) where the two differ.
#include <QtTest>

#include "clue/trajectory.h"

using namespace clue;

namespace {

CfrtStatedInput sample(std::vector<double> neutral, std::vector<std::vector<double>> edited) {
    CfrtStatedInput s;
    s.p_neutral = std::move(neutral);
    s.p_edited = std::move(edited);
    return s;
}

bool near(double a, double b) { return std::abs(a - b) < 1e-12; }

}  // namespace

class TestCfrt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specificity_term() {
        // Target A = 1. p_A(x) = 0.2; the A edit gives 0.6 (|Δ| = 0.4), the edit toward attribute 2 gives 0.3
        // (|Δ| = 0.1); attribute 0 was not edited, so the max over j ≠ A is 0.1 → 0.4 > 0.1, a hit.
        const auto hit = cfrt_stated(sample({0.7, 0.2, 0.1}, {{}, {0.3, 0.6, 0.1}, {0.5, 0.3, 0.2}}), 1);
        QVERIFY2(hit, hit ? "" : hit.error().detail.c_str());
        QVERIFY(near(hit->effect_target, 0.4) && near(hit->effect_other_max, 0.1));
        QCOMPARE(hit->strongest_other, 2);
        QVERIFY(hit->specific && hit->hit);
        // The A edit barely moves p_A (0.2 → 0.25, |Δ| = 0.05) while the edit toward 2 moves it to 0.5 (|Δ| = 0.3): miss.
        const auto miss = cfrt_stated(sample({0.7, 0.2, 0.1}, {{}, {0.6, 0.25, 0.15}, {0.2, 0.5, 0.3}}), 1);
        QVERIFY(miss && near(miss->effect_target, 0.05) && near(miss->effect_other_max, 0.3) && !miss->hit);
        // Equal effects (0.5 → 0.75 and 0.5 → 0.25, both 0.25 exactly in binary): the inequality is strict, a miss.
        const auto tie = cfrt_stated(sample({0.5, 0.5, 0.0}, {{}, {0.25, 0.75, 0.0}, {0.75, 0.25, 0.0}}), 1);
        QVERIFY(tie && tie->effect_target == tie->effect_other_max && !tie->hit);
    }

    void absolute_value_differs_from_the_code_variant() {
        // The A edit lowers p_A from 0.7 to 0.1: |Δ| = 0.6 beats the edit toward 2 (0.7 → 0.8, |Δ| = 0.1), so the
        // stated definition counts a hit. The authors' code (signed Δ over the A edits only) sees Δ_1 = −0.6 below
        // Δ_0 = +0.5: a miss.
        const CfrtStatedInput s = sample({0.2, 0.7, 0.1}, {{}, {0.7, 0.1, 0.2}, {0.1, 0.8, 0.1}});
        const auto r = cfrt_stated(s, 1);
        QVERIFY(r && near(r->effect_target, 0.6) && near(r->effect_other_max, 0.1) && r->hit);
        QVERIFY(!cfrt_code(s.p_neutral, {s.p_edited[1]}, 1).hit);
    }

    void optional_label_term() {
        // Label classifier: x is class 0 (0.8 vs 0.2), x'_A is class 1 (0.4 vs 0.6) → the label changed.
        CfrtStatedInput s = sample({0.7, 0.2, 0.1}, {{}, {0.3, 0.6, 0.1}, {0.5, 0.3, 0.2}});
        s.label_neutral = {0.8, 0.2};
        s.label_edited = {0.4, 0.6};
        const auto checked = cfrt_stated(s, 1);
        QVERIFY(checked && checked->specific && !checked->label_kept && !checked->hit);
        CfrtStatedOptions o;
        o.check_label = false;
        QVERIFY(cfrt_stated(s, 1, o)->hit);
        s.label_edited = {0.7, 0.3};  // still class 0
        QVERIFY(cfrt_stated(s, 1)->hit);
        s.label_neutral.clear();  // no labels given: the term is not checked
        s.label_edited = {0.4, 0.6};
        QVERIFY(cfrt_stated(s, 1)->hit);
    }

    void optional_other_attributes_term() {
        // Multi-label (sigmoid) probabilities: p(x) = (0.6, 0.1, 0.3). The A edit (0.4, 0.9, 0.3) is specific
        // (|0.1 − 0.9| = 0.8 against |0.1 − 0.2| = 0.1) but flips attribute 0 across 0.5 (0.6 → 0.4).
        CfrtStatedInput s = sample({0.6, 0.1, 0.3}, {{}, {0.4, 0.9, 0.3}, {0.6, 0.2, 0.8}});
        CfrtStatedOptions o;
        QVERIFY(cfrt_stated(s, 1, o)->hit);  // off by default (softmax classifiers)
        o.check_other_attributes = true;
        const auto r = cfrt_stated(s, 1, o);
        QVERIFY(r && r->specific && !r->others_kept && !r->hit);
        // 0.6 → 0.55 stays ≥ 0.5, 0.3 → 0.45 stays below: every other attribute kept, a hit.
        s.p_edited[1] = {0.55, 0.9, 0.45};
        QVERIFY(cfrt_stated(s, 1, o)->hit);
    }

    void rate_and_errors() {
        // Hit, miss, hit, miss (the first three cases above and the tie): CFRT = 2 / 4.
        const std::vector<CfrtStatedInput> samples{
            sample({0.7, 0.2, 0.1}, {{}, {0.3, 0.6, 0.1}, {0.5, 0.3, 0.2}}),
            sample({0.7, 0.2, 0.1}, {{}, {0.6, 0.25, 0.15}, {0.2, 0.5, 0.3}}),
            sample({0.2, 0.7, 0.1}, {{}, {0.7, 0.1, 0.2}, {0.1, 0.8, 0.1}}),
            sample({0.5, 0.5, 0.0}, {{}, {0.25, 0.75, 0.0}, {0.75, 0.25, 0.0}})};
        const auto rate = cfrt_stated_rate(samples, 1);
        QVERIFY(rate && *rate == 0.5);
        QVERIFY(!cfrt_stated_rate({}, 1));
        const auto range = cfrt_stated(samples[0], 3);
        QVERIFY(!range && range.error().detail.find("target 3") != std::string::npos);
        QVERIFY(!cfrt_stated(sample({0.7, 0.2, 0.1}, {{}, {}, {0.5, 0.3, 0.2}}), 1));  // no A edit
        QVERIFY(!cfrt_stated(sample({0.7, 0.2, 0.1}, {{}, {0.3, 0.6, 0.1}, {}}), 1));  // nothing to compare with
        const auto sizes = cfrt_stated(sample({0.7, 0.2, 0.1}, {{}, {0.3, 0.6, 0.1}, {0.5, 0.5}}), 1);
        QVERIFY(!sizes && sizes.error().detail.find("attribute 2 has 2") != std::string::npos);
        auto bad = samples;
        bad[2].p_edited[1].clear();
        const auto named = cfrt_stated_rate(bad, 1);
        QVERIFY(!named && named.error().detail.find("(sample 2)") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCfrt)
#include "test_cfrt.moc"
