// Prompt-swap trajectories and their Bézier frames (methods.md §3). Each λ is one generate() with the prompt
// `[neutral:attribute:λ]`: the neutral prompt conditions the first λ scheduler steps, the attribute prompt the rest —
// the same hook the A1111 prompt editing uses, on the one denoise loop.
#include "clue/trajectory.h"

#include <torch/torch.h>

#include <cmath>
#include <random>

#include "common/error.h"
#include "common/image_tensor.h"
#include "models/sd_model.h"

namespace clue {

TrajectoryOptions default_trajectory_options() {
    TrajectoryOptions o;
    o.base.sampler = "ddim";
    o.base.steps = 50;
    o.base.cfg = 7.5;
    o.base.seed = 1;
    return o;
}

Status validate(const TrajectoryOptions& o) {
    auto bad = [](const std::string& m) -> Status { return Error{Errc::InvalidArgument, "trajectory: " + m}; };
    if (o.neutral_prompt.empty() || o.attribute_prompt.empty()) return bad("both prompts are required");
    for (const std::string* p : {&o.neutral_prompt, &o.attribute_prompt})
        if (p->find_first_of("[]:") != std::string::npos)
            return bad("prompts may not contain '[', ']' or ':' (they carry the swap), got \"" + *p + "\"");
    if (o.base.steps < 1) return bad("steps must be ≥ 1, got " + std::to_string(o.base.steps));
    if (o.swap_steps.empty() && !o.include_neutral) return bad("no swap steps");
    for (int s : o.swap_steps)
        if (s < 0 || s > o.base.steps)
            return bad("swap step " + std::to_string(s) + " is outside 0…" + std::to_string(o.base.steps));
    if (o.frames < 2 || o.frames > 1000) return bad("frames must be 2…1000, got " + std::to_string(o.frames));
    return Ok{};
}

std::vector<double> bezier_weights(int n, double t) {
    std::vector<double> w(static_cast<size_t>(n) + 1);
    double binom = 1;  // C(n, i), built up exactly in double for the small degrees used here
    for (int i = 0; i <= n; ++i) {
        w[size_t(i)] = binom * std::pow(t, i) * std::pow(1 - t, n - i);
        binom = binom * (n - i) / (i + 1);
    }
    return w;
}

std::vector<float> bezier_point(const std::vector<std::vector<float>>& controls, double t) {
    if (controls.empty()) return {};
    const auto w = bezier_weights(static_cast<int>(controls.size()) - 1, t);
    std::vector<double> acc(controls[0].size(), 0.0);
    for (size_t i = 0; i < controls.size(); ++i)
        for (size_t k = 0; k < acc.size(); ++k) acc[k] += w[i] * controls[i][k];
    return std::vector<float>(acc.begin(), acc.end());
}

CfrtResult cfrt_code(const std::vector<double>& p_neutral, const std::vector<std::vector<double>>& p_edited, int target) {
    CfrtResult r;
    r.delta.assign(p_neutral.size(), 0.0);
    for (const auto& p : p_edited)
        for (size_t a = 0; a < p_neutral.size() && a < p.size(); ++a)
            r.delta[a] += (p[a] - p_neutral[a]) / double(p_edited.size());
    r.hit = target >= 0 && target < static_cast<int>(r.delta.size()) && !p_edited.empty();
    for (size_t j = 0; r.hit && j < r.delta.size(); ++j)
        if (static_cast<int>(j) != target && !(r.delta[size_t(target)] > r.delta[j])) r.hit = false;
    return r;
}

double cosine_similarity(const std::vector<float>& a, const std::vector<float>& b) {
    double ab = 0, aa = 0, bb = 0;
    for (size_t k = 0; k < a.size() && k < b.size(); ++k) ab += double(a[k]) * b[k], aa += double(a[k]) * a[k], bb += double(b[k]) * b[k];
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

namespace {

std::vector<float> minus(const std::vector<float>& a, const std::vector<float>& b) {
    std::vector<float> d(a.size());
    for (size_t k = 0; k < a.size(); ++k) d[k] = a[k] - b[k];
    return d;
}

/// Counts the trajectory's images on one progress bar.
class Counter : public JobContext {
public:
    Counter(JobContext& parent, std::int64_t total) : parent_(parent), total_(total) {}
    bool cancel_requested() const override { return parent_.cancel_requested(); }
    void report(std::string_view, std::int64_t done, std::int64_t total) override {
        const double f = total > 0 ? double(done) / double(total) : 0;
        parent_.report("trajectory", static_cast<std::int64_t>((double(index) + f) * 100), total_ * 100);
    }
    int index = 0;

private:
    JobContext& parent_;
    std::int64_t total_;
};

Image decode_point(Model& model, const Trajectory& t, double at) {
    auto& sd = models::sd_model_of(model);
    torch::NoGradGuard ng;
    std::vector<float> z = bezier_point(t.latents, at);
    const at::Tensor lat = torch::from_blob(z.data(), t.latents_shape, at::kFloat).clone().to(sd.device);
    const at::Tensor img = sd.vae->decode((lat / sd.vae->options().scaling_factor).to(sd.vae_dtype)).to(at::kFloat);
    return tensor_to_image(img.to(torch::kCPU));
}

}  // namespace

Result<Image> decode_trajectory_point(Model& model, const Trajectory& t, double at) {
    if (t.latents.empty()) return Error{Errc::InvalidArgument, "trajectory: no control latents to decode"};
    if (!(at >= 0.0 && at <= 1.0)) return Error{Errc::InvalidArgument, "trajectory: curve position " + std::to_string(at) + " is outside 0…1"};
    return run_guarded([&]() -> Result<Image> { return decode_point(model, t, at); });
}

Result<Trajectory> run_trajectory(Model& model, const TrajectoryOptions& o, JobContext& context) {
    if (auto s = validate(o); !s) return s.error();
    Trajectory t;
    // One seed for every λ: a random seed (−1) resolved per generate() call would give each λ its own noise.
    t.seed = o.base.seed >= 0 ? o.base.seed : static_cast<std::int64_t>(std::random_device{}() & 0xffffffffu);
    if (o.include_neutral) t.swap_steps.push_back(o.base.steps);
    t.swap_steps.insert(t.swap_steps.end(), o.swap_steps.begin(), o.swap_steps.end());
    Counter counter(context, static_cast<std::int64_t>(t.swap_steps.size()) + 1);
    for (size_t i = 0; i < t.swap_steps.size(); ++i) {
        GenerateOptions g = o.base;
        g.batch = 1;
        g.seed = t.seed;
        const int lambda = t.swap_steps[i];
        // λ = steps: never swapped; λ = 0: the attribute prompt from the start (plain prompts, no editing syntax).
        g.prompt = lambda >= o.base.steps ? o.neutral_prompt
                   : lambda == 0          ? o.attribute_prompt
                                          : "[" + o.neutral_prompt + ":" + o.attribute_prompt + ":" + std::to_string(lambda) + "]";
        counter.index = static_cast<int>(i);
        auto r = generate(model, g, counter);
        if (!r) return r.error();
        if (r->state == JobState::Cancelled) return Error{Errc::Cancelled, "cancelled"};
        t.latents.push_back(r->latents);
        t.latents_shape = r->latents_shape;
        t.images.push_back(r->images[0]);
    }
    for (size_t i = 0; i + 2 < t.latents.size(); ++i)
        t.step_cosine.push_back(cosine_similarity(minus(t.latents[i + 1], t.latents[i]), minus(t.latents[i + 2], t.latents[i + 1])));
    const auto total_dir = minus(t.latents.back(), t.latents.front());
    for (size_t i = 1; i < t.latents.size(); ++i)
        t.direction_cosine.push_back(cosine_similarity(minus(t.latents[i], t.latents.front()), total_dir));
    if (t.latents.size() >= 2) {
        const auto first_dir = minus(t.latents[1], t.latents.front());
        for (size_t i = 1; i < t.latents.size(); ++i)
            t.authors_cosine.push_back(cosine_similarity(minus(t.latents[i], t.latents.front()), first_dir));
    }
    auto frames = run_guarded([&]() -> Result<std::vector<Image>> {
        std::vector<Image> out;
        for (int k = 0; k < o.frames; ++k) {
            if (context.cancel_requested()) fail(Errc::Cancelled, "cancelled");
            out.push_back(decode_point(model, t, double(k) / double(o.frames - 1)));
            counter.index = static_cast<int>(t.swap_steps.size());
            counter.report("decode", k + 1, o.frames);
        }
        return out;
    });
    if (!frames) return frames.error();
    t.frames = std::move(*frames);
    return t;
}

}  // namespace clue
