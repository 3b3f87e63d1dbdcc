#pragma once
// Evaluation arithmetic on feature vectors and labels (issue #4, methods.md §2.8): FID, KID, k-NN precision/recall
// (Kynkäänniemi et al. 2019), classification scores. No torch in this header; features are row-major N × D floats.
#include <cstdint>
#include <string>
#include <vector>

#include "clue/result.h"

namespace clue {

struct Features {
    int dim = 0;
    std::vector<float> data;  ///< N × dim, row-major
    std::size_t size() const { return dim > 0 ? data.size() / static_cast<std::size_t>(dim) : 0; }
};

/// Fréchet distance between Gaussians fitted to two feature sets:
/// ‖μ_a − μ_b‖² + Tr(Σ_a + Σ_b − 2 (Σ_a Σ_b)^{1/2}) (pytorch-fid convention: unbiased covariances, float64).
/// InvalidArgument for < 2 samples or differing dims.
Result<double> frechet_distance(const Features& a, const Features& b);
/// Kernel Inception Distance: unbiased MMD² with the cubic polynomial kernel (x·y/d + 1)³, averaged over
/// `subsets` random subsets of size min(subset_size, N_a, N_b) (clean-fid / torch-fidelity defaults 100 × 1000).
struct KidResult { double mean = 0, stddev = 0; };
Result<KidResult> kernel_inception_distance(const Features& a, const Features& b, int subsets = 100,
                                            int subset_size = 1000, std::int64_t seed = 0);
/// k-NN precision (share of generated samples inside the real manifold) and recall (share of real samples inside
/// the generated manifold); a sample is inside when its distance to some set member is ≤ that member's distance to
/// its k-th nearest neighbour within the set (k = 3 by default).
struct PrecisionRecall { double precision = 0, recall = 0; };
Result<PrecisionRecall> knn_precision_recall(const Features& real, const Features& generated, int k = 3);

/// Classification scores of predicted vs true class indices in [0, classes).
struct ClassificationScores {
    double accuracy = 0, macro_f1 = 0;
    std::vector<double> per_class_f1, per_class_precision, per_class_recall;
    std::vector<std::vector<int>> confusion;  ///< [true][predicted]
};
Result<ClassificationScores> classification_scores(const std::vector<int>& truth, const std::vector<int>& predicted,
                                                   int classes);

/// Spearman rank correlation (average ranks for ties); NaN when either side is constant.
double spearman(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace clue
