#pragma once
// Prompt-swap trajectories (issue #5, methods.md §3): denoise with the neutral prompt, swap to the attribute prompt
// after step λ; the final latents of every λ are the trajectory, a Bézier curve through them gives continuous frames.
// The swap is the A1111 prompt-editing mechanism `[neutral:attribute:λ]` on the one denoise loop (no loop copy).
// No torch, no Qt.
#include <cstdint>
#include <string>
#include <vector>

#include "clue/engine.h"
#include "clue/job.h"
#include "clue/options.h"
#include "clue/result.h"

namespace clue {

struct TrajectoryOptions {
    GenerateOptions base;            ///< sampler, steps, CFG, seed, size, style (prompt and batch are set here)
    std::string neutral_prompt;      ///< e
    std::string attribute_prompt;    ///< e'
    std::vector<int> swap_steps = {45, 40, 35, 30, 25, 20, 15, 10, 5};  ///< λ, neutral end first (the authors' set)
    bool include_neutral = true;     ///< prepend the no-swap image (λ = steps), the curve's neutral end
    int frames = 16;                 ///< K points sampled along the Bézier curve (≥ 2)
};

/// The authors' defaults (methods.md §3): DDIM, 50 steps, CFG 7.5.
TrajectoryOptions default_trajectory_options();
Status validate(const TrajectoryOptions& options);

struct Trajectory {
    std::vector<int> swap_steps;                ///< per control point (steps = no swap)
    std::vector<std::vector<float>> latents;    ///< per control point, [1,4,h,w] before the VAE scaling division
    std::vector<std::int64_t> latents_shape;
    std::vector<Image> images;                  ///< per control point
    std::vector<Image> frames;                  ///< the Bézier frames, t = 0 … 1
    std::vector<double> step_cosine;            ///< cos(z_{i+1} − z_i, z_{i+2} − z_{i+1}) along the control points
    std::vector<double> direction_cosine;       ///< cos(z_i − z_0, z_n − z_0) for i = 1 … n (vs the strongest edit)
    /// methods.md §3.5 (the authors' code): cos(z_i − z_0, z_1 − z_0) for i = 1 … n, the reference being the first
    /// swap point (λ = 45 in their set), so it starts at 1 and decays where the trajectory curves.
    std::vector<double> authors_cosine;
    std::int64_t seed = 0;                      ///< the one noise seed every λ used (resolved when the options had −1)
};

/// Runs every λ (progress stage "trajectory": one unit per image), then decodes the frames. Cancel → Errc::Cancelled.
Result<Trajectory> run_trajectory(Model& model, const TrajectoryOptions& options, JobContext& context);

/// Decodes the point at t ∈ [0, 1] of the trajectory's Bézier curve (the GUI's curve slider between frames).
Result<Image> decode_trajectory_point(Model& model, const Trajectory& trajectory, double t);

/// Bernstein weights C(n, i) tⁱ (1 − t)ⁿ⁻ⁱ of a degree-n Bézier curve, in double precision (they sum to 1).
std::vector<double> bezier_weights(int degree, double t);
/// The point at t of the Bézier curve over equally sized control vectors (accumulated in double).
std::vector<float> bezier_point(const std::vector<std::vector<float>>& controls, double t);
/// CFRT as the authors' code computes it (methods.md §3 [C]; the variant that reproduces the poster): for each class a,
/// Δ_a = mean over the edited images of p_a(edited) − p_a(neutral); a hit when Δ_target > Δ_j for every j ≠ target.
/// CFRT is the mean of hits over seeds.
struct CfrtResult {
    std::vector<double> delta;  ///< per class
    bool hit = false;
};
CfrtResult cfrt_code(const std::vector<double>& p_neutral, const std::vector<std::vector<double>>& p_edited, int target);

/// Cosine similarity of two equally long vectors (0 when either is zero).
double cosine_similarity(const std::vector<float>& a, const std::vector<float>& b);

/// CFRT as the poster states it (methods.md §3.5 "CFRT, as stated" [S]; this reading of it is ours, [P]):
///   CFRT_A = mean over neutral samples x of 𝟙[ |f(x) − f(x'_A)| > max_{j≠A} |f(x) − f(x'_j)| ∧ y(x) = y(x'_A)
///                                              ∧ ∀k≠A: x_k = x'_A(k) ]
/// [P] f = the classifier's probability of the target attribute A (p_A), also for the other attributes' edits x'_j.
/// [P] y = the argmax label of a *separate* label classifier (the poster's MEL/NV diagnosis beside the artifact
///     classifier); optional: with one classifier whose classes are the attributes, A's edit is meant to change the
///     argmax, so comparing that classifier's labels would contradict the first term. Checked only when both label
///     probability vectors are given and check_label is set.
/// [P] x_k = the thresholded prediction p_k ≥ threshold of every other attribute k; optional (check_other_attributes)
///     because it only means something for a multi-label (sigmoid) classifier — softmax probabilities sum to 1, so
///     raising p_A lowers the others by construction.
struct CfrtStatedInput {
    std::vector<double> p_neutral;              ///< f(x): per attribute / class
    std::vector<std::vector<double>> p_edited;  ///< f(x'_j) per attribute j (same indices); empty = j not edited
    std::vector<double> label_neutral, label_edited;  ///< optional label classifier probabilities of x and x'_A
};
struct CfrtStatedOptions {
    bool check_label = true;              ///< applies only when label probabilities are given
    bool check_other_attributes = false;  ///< multi-label classifiers only
    double threshold = 0.5;
};
struct CfrtStatedResult {
    double effect_target = 0;       ///< |p_A(x) − p_A(x'_A)|
    double effect_other_max = 0;    ///< max_{j≠A, edited} |p_A(x) − p_A(x'_j)|
    int strongest_other = -1;       ///< the j of that maximum
    bool specific = false, label_kept = true, others_kept = true, hit = false;
};
/// One neutral sample. InvalidArgument when the target is out of range, its edit or any other edit is missing, or
/// vector sizes differ.
Result<CfrtStatedResult> cfrt_stated(const CfrtStatedInput& sample, int target, const CfrtStatedOptions& options = {});
/// CFRT_A = the mean of the hits over samples (the first error, naming the sample, when one is invalid).
Result<double> cfrt_stated_rate(const std::vector<CfrtStatedInput>& samples, int target, const CfrtStatedOptions& options = {});

}  // namespace clue
