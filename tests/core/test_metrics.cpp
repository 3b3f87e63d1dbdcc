// Evaluation arithmetic (issue #4): every expected value below is worked out by hand or from a closed form in the
// comments, never captured from the implementation.
#include <QElapsedTimer>
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "clue/metrics.h"

namespace {

clue::Features make(int dim, std::vector<float> data) { return clue::Features{dim, std::move(data)}; }

/// N × dim standard normal values rounded to multiples of 1/256 (so shifting by small dyadic numbers is exact).
clue::Features gaussian(int n, int dim, unsigned seed, double mean = 0) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> nd(mean, 1.0);
    clue::Features f{dim, {}};
    f.data.reserve(static_cast<std::size_t>(n) * dim);
    for (int i = 0; i < n * dim; ++i) f.data.push_back(static_cast<float>(std::round(nd(rng) * 256) / 256));
    return f;
}

/// Full factorial ±c design around `mean`: all 2^k sign patterns over the k dims with c ≠ 0. The sample mean is
/// exactly `mean`, the unbiased covariance exactly diag(c² · 2^k / (2^k − 1)) (cross sums of ± patterns vanish).
clue::Features factorial(const std::vector<double>& mean, const std::vector<double>& c) {
    std::vector<int> active;
    for (std::size_t j = 0; j < c.size(); ++j)
        if (c[j] != 0) active.push_back(static_cast<int>(j));
    clue::Features f{static_cast<int>(mean.size()), {}};
    for (int pattern = 0; pattern < (1 << active.size()); ++pattern) {
        std::vector<double> row = mean;
        for (std::size_t t = 0; t < active.size(); ++t)
            row[active[t]] += ((pattern >> t) & 1 ? 1 : -1) * c[active[t]];
        for (double v : row) f.data.push_back(static_cast<float>(v));
    }
    return f;
}

double factorial_variance(const std::vector<double>& c, std::size_t j) {
    int k = 0;
    for (double v : c) k += v != 0;
    const double n = std::ldexp(1.0, k);
    return c[j] * c[j] * n / (n - 1);
}

/// Closed-form FID of two diagonal Gaussians: Σ_i (μ_ai − μ_bi)² + σ²_ai + σ²_bi − 2 σ_ai σ_bi.
double diagonal_fid(const std::vector<double>& ma, const std::vector<double>& ca, const std::vector<double>& mb,
                    const std::vector<double>& cb) {
    double s = 0;
    for (std::size_t i = 0; i < ma.size(); ++i) {
        const double va = factorial_variance(ca, i), vb = factorial_variance(cb, i);
        s += (ma[i] - mb[i]) * (ma[i] - mb[i]) + va + vb - 2 * std::sqrt(va * vb);
    }
    return s;
}

clue::Features shifted(const clue::Features& f, const std::vector<double>& t) {
    clue::Features g = f;
    for (std::size_t i = 0; i < g.data.size(); ++i) g.data[i] += static_cast<float>(t[i % f.dim]);
    return g;
}

std::vector<double> column_means(const clue::Features& f) {
    std::vector<double> m(f.dim, 0.0);
    for (std::size_t i = 0; i < f.data.size(); ++i) m[i % f.dim] += f.data[i];
    for (double& v : m) v /= static_cast<double>(f.size());
    return m;
}

double trace_of_covariance(const clue::Features& f) {
    const auto m = column_means(f);
    double s = 0;
    for (std::size_t i = 0; i < f.data.size(); ++i) s += (f.data[i] - m[i % f.dim]) * (f.data[i] - m[i % f.dim]);
    return s / static_cast<double>(f.size() - 1);
}

std::string near_message(const char* expr, double got, double want) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s = %.17g, want %.17g (diff %.3g)", expr, got, want, std::abs(got - want));
    return buf;
}

#define CLUE_EXPECT_NEAR(got, want, tol) \
    QVERIFY2(std::abs((got) - (want)) <= (tol), near_message(#got, (got), (want)).c_str())

}  // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fidOfASetWithItselfIsZero() {
        // N > D (covariance square-root path) and N < D (rank-deficient, data-factor path)
        for (auto [n, d] : {std::pair{500, 16}, std::pair{20, 64}}) {
            const auto a = gaussian(n, d, 7);
            auto r = clue::frechet_distance(a, a);
            QVERIFY(r.ok());
            QVERIFY2(std::abs(*r) < 1e-6 * trace_of_covariance(a), std::to_string(*r).c_str());
        }
    }

    void fidDiagonalClosedForm() {
        // 2-D by hand: var_a = 4/3·(9, 2.25) = (12, 3), var_b = 4/3·(0.5625, 36) = (0.75, 48);
        // FID = 2² + 0.5² + (12 + 0.75 − 2·3) + (3 + 48 − 2·12) = 38
        auto r = clue::frechet_distance(factorial({1, 2}, {3, 1.5}), factorial({-1, 2.5}, {0.75, 6}));
        QVERIFY(r.ok());
        CLUE_EXPECT_NEAR(*r, 38.0, 1e-9);
        // padded dims with zero variance: N ≤ D on one or both sides, against N > D
        const std::vector<double> ma{1, -2, 0.5, 0, 3}, mb{0, 1, 0.5, -1, 3}, mc{2, 2, 2, 2, 2};
        const std::vector<double> ca{1, 2, 0, 0, 0}, cb{0.5, 3, 1, 0.25, 0}, cc{1, 0, 2, 0, 0};
        for (auto [m1, c1, m2, c2] : {std::tuple{ma, ca, mb, cb}, std::tuple{ma, ca, mc, cc},
                                      std::tuple{mb, cb, mc, cc}}) {
            auto f = clue::frechet_distance(factorial(m1, c1), factorial(m2, c2));
            QVERIFY(f.ok());
            const double want = diagonal_fid(m1, c1, m2, c2);
            CLUE_EXPECT_NEAR(*f, want, 1e-9 * (1 + want));
        }
    }

    void fidNonDiagonal2x2() {
        // a = μ_a ± (2, 1), μ_a ± (1, −1): Σ_a = (2/3)[[5, 1], [1, 2]], tr 14/3, det 4
        // b = μ_b ± (1, 2), μ_b ± (3, 0):  Σ_b = (2/3)[[10, 2], [2, 4]], tr 28/3, det 16
        // Σ_aΣ_b = (4/9)[[52, 14], [14, 10]], tr 248/9, det 64; for a 2×2 M with eigenvalues ≥ 0,
        // tr √M = √(tr M + 2√det M) = √(248/9 + 16) = 14√2/3. ‖μ_a − μ_b‖² = 1.5² + 2² = 6.25.
        const auto a = make(2, {2.5f, 0, -1.5f, -2, 1.5f, -2, -0.5f, 0});
        const auto b = make(2, {3, 3, 1, -1, 5, 1, -1, 1});
        const double want = 6.25 + 14.0 / 3 + 28.0 / 3 - 2 * 14 * std::sqrt(2.0) / 3;
        auto r = clue::frechet_distance(a, b);
        QVERIFY(r.ok());
        CLUE_EXPECT_NEAR(*r, want, 1e-9);
        auto s = clue::frechet_distance(b, a);  // symmetric
        QVERIFY(s.ok());
        CLUE_EXPECT_NEAR(*s, want, 1e-9);
    }

    void fidShiftInvariance() {
        const auto a = gaussian(300, 8, 1), b = gaussian(200, 8, 2, 0.25);
        const std::vector<double> t{3, -2, 0.5, 1, -0.25, 4, 0, -1};  // dyadic: the shifted floats are exact
        auto base = clue::frechet_distance(a, b), both = clue::frechet_distance(shifted(a, t), shifted(b, t));
        QVERIFY(base.ok() && both.ok());
        CLUE_EXPECT_NEAR(*both, *base, 1e-9 * (1 + *base));
        // shifting one side only adds ‖μ_a + t − μ_b‖² − ‖μ_a − μ_b‖² = 2 t·(μ_a − μ_b) + ‖t‖²
        const auto mu_a = column_means(a), mu_b = column_means(b);
        double extra = 0;
        for (std::size_t i = 0; i < t.size(); ++i) extra += 2 * t[i] * (mu_a[i] - mu_b[i]) + t[i] * t[i];
        auto one = clue::frechet_distance(shifted(a, t), b);
        QVERIFY(one.ok());
        CLUE_EXPECT_NEAR(*one, *base + extra, 1e-9 * (1 + *one));
    }

    void fidErrors() {
        auto r = clue::frechet_distance(gaussian(10, 3, 1), gaussian(10, 4, 2));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, clue::Errc::InvalidArgument);
        QVERIFY2(r.error().detail.find("a has 3, b has 4") != std::string::npos, r.error().detail.c_str());
        r = clue::frechet_distance(gaussian(10, 3, 1), gaussian(1, 3, 2));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("b has 1 samples") != std::string::npos, r.error().detail.c_str());
        r = clue::frechet_distance(make(3, {1, 2, 3, 4}), gaussian(10, 3, 2));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("4 values, not a multiple of dim 3") != std::string::npos,
                 r.error().detail.c_str());
        r = clue::frechet_distance(make(2, {1, 2, 3, NAN}), gaussian(10, 2, 2));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("row 1, column 1") != std::string::npos, r.error().detail.c_str());
    }

    void kidHandComputed() {
        // d = 2, k(x, y) = (x·y/2 + 1)³. X = (0,0), (2,0), (0,2): off-diagonal dots all 0 -> k = 1, sum 6.
        // Y = (2,2), (−2,0), (0,−2): dots −4, −4, 0 -> k = −1, −1, 1, off-diagonal sum 2·(−1) = −2.
        // X·Y rows: (0,0) -> 1, 1, 1; (2,0) -> 27, −1, 1; (0,2) -> 27, 1, −1: sum 57.
        // unbiased MMD² = (6 − 2)/(3·2) − 2·57/9 = 2/3 − 38/3 = −12
        const auto x = make(2, {0, 0, 2, 0, 0, 2}), y = make(2, {2, 2, -2, 0, 0, -2});
        for (auto [subsets, size] : {std::pair{1, 3}, std::pair{4, 1000}}) {
            auto r = clue::kernel_inception_distance(x, y, subsets, size, 5);
            QVERIFY(r.ok());
            CLUE_EXPECT_NEAR(r->mean, -12.0, 1e-12);
            CLUE_EXPECT_NEAR(r->stddev, 0.0, 1e-12);  // every subset is the whole set
        }
        auto swapped = clue::kernel_inception_distance(y, x, 1, 3);
        QVERIFY(swapped.ok());
        CLUE_EXPECT_NEAR(swapped->mean, -12.0, 1e-12);
    }

    void kidSameSetNearZero() {
        // KID of a set against itself is ≈ 0 but not exactly: the a- and b-subsets are drawn independently from the
        // same N members, so a cross pair is the same member with probability 1/N. With P = mean_{i≠j} k(x_i, x_j)
        // and K = mean_i k(x_i, x_i): E[MMD²] = 2P − 2(K + (N − 1)P)/N = 2(P − K)/N. When a subset is the whole
        // set the estimate is exactly that value.
        const int n = 400, d = 32;
        const auto a = gaussian(n, d, 3), far = gaussian(n, d, 4, 0.5);
        double p = 0, diag = 0;
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                double dot = 0;
                for (int c = 0; c < d; ++c) dot += double(a.data[i * d + c]) * a.data[j * d + c];
                const double k = std::pow(dot / d + 1, 3);
                (i == j ? diag : p) += k;
            }
        p /= double(n) * (n - 1);
        diag /= n;
        const double expected = 2 * (p - diag) / n;
        auto whole = clue::kernel_inception_distance(a, a, 3, n);
        QVERIFY(whole.ok());
        CLUE_EXPECT_NEAR(whole->mean, expected, 1e-12 * std::abs(expected));
        auto same = clue::kernel_inception_distance(a, a, 50, 200, 1);
        auto diff = clue::kernel_inception_distance(a, far, 50, 200, 1);
        QVERIFY(same.ok() && diff.ok());
        // subsets of 200: the same expectation, within 4 standard errors of the 50-subset mean
        CLUE_EXPECT_NEAR(same->mean, expected, 4 * same->stddev / std::sqrt(50.0));
        // a mean shift of 0.5 per dim is far above both the bias and the subset noise
        QVERIFY2(std::abs(same->mean) < 0.1 * diff->mean,
                 (std::to_string(same->mean) + " vs " + std::to_string(diff->mean)).c_str());
        QVERIFY(same->stddev > 0);  // independent subsets of a and of its copy differ
        auto again = clue::kernel_inception_distance(a, a, 50, 200, 1);
        auto other = clue::kernel_inception_distance(a, a, 50, 200, 2);
        QVERIFY(again.ok() && other.ok());
        QCOMPARE(again->mean, same->mean);  // the seed fixes the subsets
        QVERIFY(other->mean != same->mean);
    }

    void kidErrors() {
        const auto a = gaussian(10, 2, 1);
        auto r = clue::kernel_inception_distance(a, a, 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, clue::Errc::InvalidArgument);
        QVERIFY2(r.error().detail.find("subsets must be >= 1, got 0") != std::string::npos, r.error().detail.c_str());
        r = clue::kernel_inception_distance(a, a, 10, 1);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("subset_size must be >= 2, got 1") != std::string::npos,
                 r.error().detail.c_str());
        r = clue::kernel_inception_distance(a, gaussian(10, 5, 1));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("a has 2, b has 5") != std::string::npos, r.error().detail.c_str());
    }

    void precisionRecallExtremes() {
        const auto a = gaussian(300, 8, 11);
        auto same = clue::knn_precision_recall(a, a, 3);
        QVERIFY(same.ok());
        QCOMPARE(same->precision, 1.0);
        QCOMPARE(same->recall, 1.0);
        auto apart = clue::knn_precision_recall(a, gaussian(200, 8, 12, 1000.0), 3);
        QVERIFY(apart.ok());
        QCOMPARE(apart->precision, 0.0);
        QCOMPARE(apart->recall, 0.0);
    }

    void precisionRecallHandWorked() {
        // k = 1. real {0, 1, 3, 12, 13}: radii 1, 1, 2, 1, 1 -> manifold [−1, 5] ∪ [11, 14]
        //   generated {0, 0.5, 12.5, 20, 21}: inside 0, 0.5, 12.5 -> precision 3/5
        // generated radii 0.5, 0.5, 7.5, 1, 1 -> [−0.5, 0.5] ∪ [0, 1] ∪ [5, 20] ∪ [19, 22]
        //   real inside: 0, 1 (on the boundary), 12, 13; not 3 -> recall 4/5
        auto r = clue::knn_precision_recall(make(1, {0, 1, 3, 12, 13}), make(1, {0, 0.5f, 12.5f, 20, 21}), 1);
        QVERIFY(r.ok());
        CLUE_EXPECT_NEAR(r->precision, 3.0 / 5, 1e-15);
        CLUE_EXPECT_NEAR(r->recall, 4.0 / 5, 1e-15);
        // k = 2. real {0, 1, 2, 10, 11, 12}: radii 2, 1, 2, 2, 1, 2 -> [−2, 4] ∪ [8, 14]
        //   generated {3, 4, 5, 9, 20}: inside 3, 4 (boundary), 9 -> precision 3/5
        // generated radii 2, 1, 2, 5, 15 -> [1, 5] ∪ [3, 7] ∪ [4, 14] ∪ [5, 35] = [1, 35]
        //   real inside: all but 0 -> recall 5/6
        r = clue::knn_precision_recall(make(1, {0, 1, 2, 10, 11, 12}), make(1, {3, 4, 5, 9, 20}), 2);
        QVERIFY(r.ok());
        CLUE_EXPECT_NEAR(r->precision, 3.0 / 5, 1e-15);
        CLUE_EXPECT_NEAR(r->recall, 5.0 / 6, 1e-15);
    }

    void precisionRecallAcrossBlocks() {
        // 6000 × 6000 distances span several row blocks. real = 0..5999 (k = 1 radius 1 each, manifold [−1, 6000]);
        // generated i + 0.5, every odd one moved by 10⁶ -> precision 1/2; the even ones (spacing 2, radius 2)
        // cover [−1.5, 6000.5] -> recall 1
        const int n = 6000;
        clue::Features real{1, {}}, gen{1, {}};
        for (int i = 0; i < n; ++i) {
            real.data.push_back(static_cast<float>(i));
            gen.data.push_back(static_cast<float>(i + 0.5 + (i % 2 ? 1e6 : 0)));
        }
        auto r = clue::knn_precision_recall(real, gen, 1);
        QVERIFY(r.ok());
        QCOMPARE(r->precision, 0.5);
        QCOMPARE(r->recall, 1.0);
    }

    void precisionRecallErrors() {
        const auto a = gaussian(3, 2, 1);
        auto r = clue::knn_precision_recall(a, a, 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, clue::Errc::InvalidArgument);
        QVERIFY2(r.error().detail.find("k must be >= 1, got 0") != std::string::npos, r.error().detail.c_str());
        r = clue::knn_precision_recall(gaussian(10, 2, 1), a, 3);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("generated has 3 samples; k = 3 needs at least 4") != std::string::npos,
                 r.error().detail.c_str());
    }

    void classificationHandWorked() {
        // truth 0 0 0 0 1 1 1 2 2 2, predicted 0 0 1 2 1 1 0 2 2 1 -> confusion [true][pred]
        //   [[2, 1, 1], [1, 2, 0], [0, 1, 2]], accuracy 6/10
        // class 0: TP 2, FP 1, FN 2 -> P 2/3, R 1/2, F1 = 2·2/(4 + 1 + 2) = 4/7
        // class 1: TP 2, FP 2, FN 1 -> P 1/2, R 2/3, F1 4/7
        // class 2: TP 2, FP 1, FN 1 -> P 2/3, R 2/3, F1 2/3; macro F1 = (4/7 + 4/7 + 2/3)/3 = 38/63
        const std::vector<int> truth{0, 0, 0, 0, 1, 1, 1, 2, 2, 2}, pred{0, 0, 1, 2, 1, 1, 0, 2, 2, 1};
        auto r = clue::classification_scores(truth, pred, 3);
        QVERIFY(r.ok());
        QCOMPARE(r->confusion, (std::vector<std::vector<int>>{{2, 1, 1}, {1, 2, 0}, {0, 1, 2}}));
        CLUE_EXPECT_NEAR(r->accuracy, 0.6, 1e-15);
        const std::vector<double> p{2.0 / 3, 1.0 / 2, 2.0 / 3}, rc{1.0 / 2, 2.0 / 3, 2.0 / 3};
        const std::vector<double> f1{4.0 / 7, 4.0 / 7, 2.0 / 3};
        QCOMPARE(r->per_class_precision.size(), std::size_t{3});
        for (int c = 0; c < 3; ++c) {
            CLUE_EXPECT_NEAR(r->per_class_precision[c], p[c], 1e-15);
            CLUE_EXPECT_NEAR(r->per_class_recall[c], rc[c], 1e-15);
            CLUE_EXPECT_NEAR(r->per_class_f1[c], f1[c], 1e-15);
        }
        CLUE_EXPECT_NEAR(r->macro_f1, 38.0 / 63, 1e-15);
        // a 4th class absent from both sides scores 0 and still counts in the macro mean
        auto r4 = clue::classification_scores(truth, pred, 4);
        QVERIFY(r4.ok());
        QCOMPARE(r4->per_class_f1[3], 0.0);
        CLUE_EXPECT_NEAR(r4->macro_f1, (4.0 / 7 + 4.0 / 7 + 2.0 / 3) / 4, 1e-15);
    }

    void classificationZeroDivision() {
        // truth 0 1 1, predicted 1 1 1: class 0 never predicted -> P 0 (not NaN), R 0, F1 0;
        // class 1: TP 2, FP 1, FN 0 -> P 2/3, R 1, F1 4/5; macro 2/5, accuracy 2/3
        auto r = clue::classification_scores({0, 1, 1}, {1, 1, 1}, 2);
        QVERIFY(r.ok());
        QCOMPARE(r->per_class_precision, (std::vector<double>{0.0, 2.0 / 3}));
        QCOMPARE(r->per_class_recall, (std::vector<double>{0.0, 1.0}));
        CLUE_EXPECT_NEAR(r->per_class_f1[1], 4.0 / 5, 1e-15);
        CLUE_EXPECT_NEAR(r->macro_f1, 2.0 / 5, 1e-15);
        CLUE_EXPECT_NEAR(r->accuracy, 2.0 / 3, 1e-15);
    }

    void classificationErrors() {
        auto r = clue::classification_scores({0, 1, 2}, {0, 3, 1}, 3);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, clue::Errc::InvalidArgument);
        QVERIFY2(r.error().detail.find("predicted[1] = 3 is outside [0, 3)") != std::string::npos,
                 r.error().detail.c_str());
        r = clue::classification_scores({0, 1}, {0}, 2);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("truth has 2 labels but predicted has 1") != std::string::npos,
                 r.error().detail.c_str());
        r = clue::classification_scores({0}, {0}, 0);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("classes must be >= 1, got 0") != std::string::npos, r.error().detail.c_str());
        QVERIFY(!clue::classification_scores({}, {}, 2).ok());
    }

    void spearmanValues() {
        const std::vector<double> x{0.1, 5, 2, 9, -3, 4.5};
        std::vector<double> up, down;
        for (double v : x) {
            up.push_back(std::exp(v));
            down.push_back(-v * v * v);
        }
        CLUE_EXPECT_NEAR(clue::spearman(x, up), 1.0, 1e-15);
        CLUE_EXPECT_NEAR(clue::spearman(x, down), -1.0, 1e-15);
        // ties: ranks (1, 2.5, 2.5, 4) vs (1, 3, 2, 4); deviations (−1.5, 0, 0, 1.5), (−1.5, 0.5, −0.5, 1.5):
        // r = 4.5/√(4.5·5) = √0.9
        CLUE_EXPECT_NEAR(clue::spearman({1, 2, 2, 3}, {1, 3, 2, 4}), std::sqrt(0.9), 1e-15);
        // ties on both sides: ranks (1.5, 1.5, 3, 4) vs (2.5, 2.5, 1, 4): r = 1.5/√(4.5·4.5) = 1/3
        CLUE_EXPECT_NEAR(clue::spearman({1, 1, 2, 3}, {2, 2, 1, 3}), 1.0 / 3, 1e-15);
        QVERIFY(std::isnan(clue::spearman({1, 2, 3}, {4, 4, 4})));
        QVERIFY(std::isnan(clue::spearman({1, 2, 3}, {1, 2})));
    }

    void largeFeaturesAreHandled() {
        // 2048-d, 1000 vs 1000 (N < D). Timings are printed, not asserted: a shared CI machine is no stopwatch
        // (figures belong to bench/).
        const auto a = gaussian(1000, 2048, 21), b = gaussian(1000, 2048, 22);
        QElapsedTimer t;
        t.start();
        auto fid = clue::frechet_distance(a, b);
        const qint64 fid_ms = t.restart();
        auto self = clue::frechet_distance(a, a);
        t.restart();
        auto kid = clue::kernel_inception_distance(a, b);
        const qint64 kid_ms = t.restart();
        auto pr = clue::knn_precision_recall(a, b);
        const qint64 pr_ms = t.elapsed();
        QVERIFY(fid.ok() && self.ok() && kid.ok() && pr.ok());
        qInfo("FID %.4f (%lld ms), self %.3g, KID %.6f ± %.6f (%lld ms), P %.3f R %.3f (%lld ms)", *fid,
              static_cast<long long>(fid_ms), *self, kid->mean, kid->stddev, static_cast<long long>(kid_ms),
              pr->precision, pr->recall, static_cast<long long>(pr_ms));
        QVERIFY(std::isfinite(*fid) && *fid > 0);
        QVERIFY(std::abs(*self) < 1e-6 * trace_of_covariance(a));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
