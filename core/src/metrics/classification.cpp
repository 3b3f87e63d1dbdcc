// Classification scores and Spearman rank correlation (issue #4, methods.md §2.8). Plain counting, no torch.
// Conventions follow scikit-learn: precision_recall_fscore_support(labels=range(classes), zero_division=0) and
// scipy.stats.spearmanr (Pearson correlation of average ranks).
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "clue/metrics.h"
#include "common/error.h"

namespace clue {
namespace classification_detail {

void check_labels(const std::vector<int>& labels, const char* name, int classes) {
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] < 0 || labels[i] >= classes)
            fail(Errc::InvalidArgument, std::string("classification_scores: ") + name + "[" + std::to_string(i) +
                                            "] = " + std::to_string(labels[i]) + " is outside [0, " +
                                            std::to_string(classes) + ")");
}

/// 0/0 counts as 0, like sklearn's zero_division=0 (a class never predicted has precision 0, not NaN).
double ratio(long num, long den) { return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den); }

/// 1-based ranks, ties sharing the mean of the ranks they span (scipy.stats.rankdata method='average').
std::vector<double> average_ranks(const std::vector<double>& v) {
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) { return v[i] < v[j]; });
    std::vector<double> ranks(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]]) ++j;
        const double rank = 0.5 * static_cast<double>(i + j) + 1.0;  // mean of positions i..j, 1-based
        for (std::size_t t = i; t <= j; ++t) ranks[order[t]] = rank;
        i = j + 1;
    }
    return ranks;
}

}  // namespace classification_detail

Result<ClassificationScores> classification_scores(const std::vector<int>& truth, const std::vector<int>& predicted,
                                                   int classes) {
    return run_guarded([&]() -> Result<ClassificationScores> {
        if (classes < 1)
            fail(Errc::InvalidArgument, "classification_scores: classes must be >= 1, got " + std::to_string(classes));
        if (truth.size() != predicted.size())
            fail(Errc::InvalidArgument, "classification_scores: truth has " + std::to_string(truth.size()) +
                                            " labels but predicted has " + std::to_string(predicted.size()));
        if (truth.empty()) fail(Errc::InvalidArgument, "classification_scores: truth is empty (0 labels)");
        classification_detail::check_labels(truth, "truth", classes);
        classification_detail::check_labels(predicted, "predicted", classes);

        ClassificationScores s;
        s.confusion.assign(classes, std::vector<int>(classes, 0));
        for (std::size_t i = 0; i < truth.size(); ++i) ++s.confusion[truth[i]][predicted[i]];
        long correct = 0;
        double f1_sum = 0;
        for (int c = 0; c < classes; ++c) {
            long tp = s.confusion[c][c], predicted_c = 0, true_c = 0;
            for (int o = 0; o < classes; ++o) {
                predicted_c += s.confusion[o][c];  // column: everything predicted as c
                true_c += s.confusion[c][o];       // row: everything truly c
            }
            correct += tp;
            s.per_class_precision.push_back(classification_detail::ratio(tp, predicted_c));
            s.per_class_recall.push_back(classification_detail::ratio(tp, true_c));
            // F1 = 2TP / (2TP + FP + FN): equals 2PR/(P+R) where both are defined and is 0 when the class is
            // absent from both truth and predictions (sklearn zero_division=0)
            s.per_class_f1.push_back(classification_detail::ratio(2 * tp, predicted_c + true_c));
            f1_sum += s.per_class_f1.back();
        }
        s.accuracy = static_cast<double>(correct) / static_cast<double>(truth.size());
        s.macro_f1 = f1_sum / classes;  // every class in [0, classes) counts, present or not
        return s;
    });
}

double spearman(const std::vector<double>& a, const std::vector<double>& b) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    // the signature has no error channel: mismatched, too short or non-finite input is "undefined" -> NaN
    if (a.size() != b.size() || a.size() < 2) return nan;
    auto finite = [](double x) { return std::isfinite(x); };
    if (!std::all_of(a.begin(), a.end(), finite) || !std::all_of(b.begin(), b.end(), finite)) return nan;
    const auto ra = classification_detail::average_ranks(a), rb = classification_detail::average_ranks(b);
    const double n = static_cast<double>(a.size());
    const double mean = (n + 1) / 2;  // average ranks always sum to n(n+1)/2
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < ra.size(); ++i) {
        sab += (ra[i] - mean) * (rb[i] - mean);
        saa += (ra[i] - mean) * (ra[i] - mean);
        sbb += (rb[i] - mean) * (rb[i] - mean);
    }
    if (saa == 0 || sbb == 0) return nan;  // a constant side has no ranking
    return sab / std::sqrt(saa * sbb);
}

}  // namespace clue
