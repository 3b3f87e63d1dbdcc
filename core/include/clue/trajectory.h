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
    std::vector<double> direction_cosine;       ///< cos(z_i − z_0, z_n − z_0) for i = 1 … n
};

/// Runs every λ (progress stage "trajectory": one unit per image), then decodes the frames. Cancel → Errc::Cancelled.
Result<Trajectory> run_trajectory(Model& model, const TrajectoryOptions& options, JobContext& context);

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

}  // namespace clue
