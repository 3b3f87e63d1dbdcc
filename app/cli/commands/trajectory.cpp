// clue trajectory — prompt-swap trajectory (issue #5): the image of every swap step λ as a strip, the Bézier frames
// as PNGs and an animated GIF, a CSV of the latent-direction cosines, LPIPS when weights are given, CFRT with a
// classifier.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>

#include "cli_context.h"
#include "clue/animation.h"
#include "clue/evaluate.h"
#include "clue/lpips.h"
#include "clue/png_meta.h"
#include "clue/trajectory.h"
#include "commands.h"

namespace clue::cli {
namespace {

struct TrajArgs {
    std::string model, out, sampler = "ddim", device = "auto", classifier, target, lpips;
    int seeds = 1, gif_delay = 120, lpips_size = 512;
    std::vector<std::string> others;  ///< CLASS=PROMPT
    TrajectoryOptions o = default_trajectory_options();
    bool quiet = false;
};

/// The image of the edit toward `prompt` swapped in at step λ, with the trajectory's seed and settings (the same rule
/// as run_trajectory: λ = steps is the neutral prompt, λ = 0 the edit prompt alone).
Result<Image> traj_edit_image(Model& m, const TrajectoryOptions& o, int lambda, const std::string& prompt, JobContext& ctx) {
    GenerateOptions g = o.base;
    g.batch = 1;
    g.prompt = lambda >= o.base.steps ? o.neutral_prompt
               : lambda == 0          ? prompt
                                      : "[" + o.neutral_prompt + ":" + prompt + ":" + std::to_string(lambda) + "]";
    auto r = generate(m, g, ctx);
    if (!r) return r.error();
    if (r->state == JobState::Cancelled) return Error{Errc::Cancelled, "cancelled"};
    return r->images.front();
}

double traj_mean(const std::vector<double>& v, size_t from) {
    double s = 0;
    for (size_t i = from; i < v.size(); ++i) s += v[i];
    return v.size() > from ? s / double(v.size() - from) : 0.0;
}

/// CFRT over seeds, both variants (methods.md §3.5): the authors' code (λ ∈ {5, 10, 15}) and, when other attribute
/// prompts are given, the poster's statement [P] with the strongest edit (smallest λ) toward each attribute.
int traj_cfrt(const TrajArgs& a, Model& m, const Trajectory& first, TerminalJobContext& ctx) {
    auto judge = Classifier::load(a.classifier, a.device);
    if (!judge) return report_error(judge.error());
    const auto& names = judge->classes();
    auto index_of = [&](const std::string& c) { return int(std::find(names.begin(), names.end(), c) - names.begin()); };
    const int target = index_of(a.target);
    if (target == int(names.size()))
        return report_error({Errc::InvalidArgument, "--target '" + a.target + "' is not a class of the classifier"});
    std::vector<std::pair<int, std::string>> other_idx;
    for (const auto& spec : a.others) {  // CLASS=PROMPT, checked by the runner
        const std::string cls = spec.substr(0, spec.find('='));
        const int j = index_of(cls);
        if (j == int(names.size()) || j == target)
            return report_error({Errc::InvalidArgument, "--other '" + spec + "': '" + cls + "' is not a class of the "
                                                        "classifier other than the target"});
        other_idx.emplace_back(j, spec.substr(spec.find('=') + 1));
    }
    // The strongest edit: the smallest λ (the runner requires swap steps when --other is given).
    const int strongest = a.o.swap_steps.empty() ? a.o.base.steps : *std::min_element(a.o.swap_steps.begin(), a.o.swap_steps.end());
    int hits = 0;
    std::vector<CfrtStatedInput> stated;
    for (int k = 0; k < a.seeds; ++k) {
        Trajectory run = first;
        TrajectoryOptions o = a.o;
        o.base.seed += k;
        if (k > 0) {
            o.frames = 2;
            auto r = run_trajectory(m, o, ctx);
            ctx.finish_line();
            if (!r) return r.error().code == Errc::Cancelled ? 130 : report_error(r.error());
            run = std::move(*r);
        }
        std::vector<Image> edited;
        for (size_t i = 0; i < run.swap_steps.size(); ++i)
            if (run.swap_steps[i] == 5 || run.swap_steps[i] == 10 || run.swap_steps[i] == 15) edited.push_back(run.images[i]);
        auto pn = judge->probabilities({run.images.front()});
        auto pe = judge->probabilities(edited);
        if (!pn || !pe) return report_error(!pn ? pn.error() : pe.error());
        const auto c = cfrt_code(pn->front(), *pe, target);
        hits += c.hit ? 1 : 0;
        std::printf("seed %lld: Δ", static_cast<long long>(o.base.seed));
        for (size_t j = 0; j < names.size(); ++j) std::printf(" %s %+.3f", names[j].c_str(), c.delta[j]);
        std::printf("  %s", c.hit ? "hit" : "miss");
        if (!other_idx.empty()) {
            CfrtStatedInput s;
            s.p_neutral = pn->front();
            s.p_edited.assign(names.size(), {});
            std::vector<Image> images{run.images[size_t(std::find(run.swap_steps.begin(), run.swap_steps.end(), strongest) -
                                                        run.swap_steps.begin())]};
            for (const auto& [j, prompt] : other_idx) {
                auto im = traj_edit_image(m, o, strongest, prompt, ctx);
                ctx.finish_line();
                if (!im) return im.error().code == Errc::Cancelled ? 130 : report_error(im.error());
                images.push_back(*im);
            }
            auto p = judge->probabilities(images);
            if (!p) return report_error(p.error());
            s.p_edited[size_t(target)] = (*p)[0];
            for (size_t i = 0; i < other_idx.size(); ++i) s.p_edited[size_t(other_idx[i].first)] = (*p)[i + 1];
            auto r = cfrt_stated(s, target);
            if (!r) return report_error(r.error());
            std::printf("; stated: |Δp_%s| %.3f vs %.3f (%s)  %s", a.target.c_str(), r->effect_target, r->effect_other_max,
                        names[size_t(r->strongest_other)].c_str(), r->hit ? "hit" : "miss");
            stated.push_back(std::move(s));
        }
        std::printf("\n");
    }
    std::printf("CFRT (authors' code definition, λ ∈ {5, 10, 15}, %d seeds): %.3f\n", a.seeds, double(hits) / a.seeds);
    if (!stated.empty()) {
        auto rate = cfrt_stated_rate(stated, target);
        if (!rate) return report_error(rate.error());
        std::printf("CFRT (poster's definition [P], strongest edit λ = %d, %d seeds; label and other-attribute terms not "
                    "checked: one softmax classifier): %.3f\n", strongest, a.seeds, *rate);
    }
    return 0;
}

}  // namespace

Runner add_trajectory_command(CLI::App& app) {
    auto a = std::make_shared<TrajArgs>();
    auto* cmd = app.add_subcommand("trajectory", "Prompt-swap trajectory: neutral prompt, then the attribute prompt "
                                                 "from step λ; strip of every λ, Bézier frames as PNGs and an animated "
                                                 "GIF (no MP4: OpenCV's videoio is not part of the stack)");
    cmd->add_option("--model", a->model, "model folder or .safetensors")->required();
    cmd->add_option("--neutral", a->o.neutral_prompt, "neutral prompt e")->required();
    cmd->add_option("--attribute", a->o.attribute_prompt, "attribute prompt e'")->required();
    cmd->add_option("--swap-steps", a->o.swap_steps, "swap steps λ, neutral end first")->delimiter(',')->capture_default_str();
    cmd->add_option("--frames", a->o.frames, "Bézier frames")->capture_default_str();
    cmd->add_option("--steps", a->o.base.steps, "sampler steps")->capture_default_str();
    cmd->add_option("--cfg", a->o.base.cfg, "guidance scale")->capture_default_str();
    cmd->add_option("--seed", a->o.base.seed, "noise seed (the same for every λ)")->capture_default_str();
    cmd->add_option("--sampler", a->sampler, "sampler")->capture_default_str();
    cmd->add_option("--out", a->out, "output folder (strip.png, frames/, trajectory.gif, trajectory.csv, frames.csv)")
        ->required();
    cmd->add_option("--gif-delay", a->gif_delay, "delay per frame of trajectory.gif in ms (10…655350)")->capture_default_str();
    cmd->add_option("--device", a->device, "auto, cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_option("--lpips", a->lpips, "AlexNet-LPIPS v0.1 weights (.safetensors) for LPIPS(neutral, λ) and "
                                         "LPIPS(frame 0, frame i)");
    cmd->add_option("--lpips-size", a->lpips_size, "LPIPS input size (bilinear resize; 0 = native)")->capture_default_str();
    cmd->add_option("--classifier", a->classifier, "classifier (.safetensors from `clue evaluate`) for CFRT");
    cmd->add_option("--target", a->target, "the class the attribute prompt should produce (CFRT target)");
    cmd->add_option("--other", a->others, "CLASS=PROMPT of another attribute, repeatable: adds CFRT as the poster "
                                          "states it (strongest edit toward each attribute)");
    cmd->add_option("--seeds", a->seeds, "seeds for CFRT (seed, seed+1, …); the strip and frames are of the first")
        ->capture_default_str();
    cmd->add_flag("--quiet,-q", a->quiet, "no progress bar");
    return [a]() {
        a->o.base.sampler = a->sampler;
        if (auto s = validate(a->o); !s) return report_error(s.error());
        if (a->gif_delay < 10 || a->gif_delay > 655350)
            return report_error({Errc::InvalidArgument, "--gif-delay must be 10…655350 ms, got " + std::to_string(a->gif_delay)});
        for (const auto& spec : a->others) {
            TrajectoryOptions check = a->o;
            check.attribute_prompt = spec.find('=') == std::string::npos ? "" : spec.substr(spec.find('=') + 1);
            if (spec.find('=') == 0 || check.attribute_prompt.empty())
                return report_error({Errc::InvalidArgument, "--other expects CLASS=PROMPT, got '" + spec + "'"});
            if (auto s = validate(check); !s) return report_error(s.error());
        }
        if (!a->others.empty() && (a->classifier.empty() || a->o.swap_steps.empty()))
            return report_error({Errc::InvalidArgument, "--other needs --classifier, --target and at least one swap step"});
        std::optional<Lpips> lpips;
        if (!a->lpips.empty()) {
            auto l = Lpips::load(a->lpips, a->device);
            if (!l) return report_error(l.error());
            if (auto s = l->set_resize(a->lpips_size); !s) return report_error(s.error());
            lpips = std::move(*l);
        }
        TerminalJobContext ctx(a->quiet);
        LoadOptions lo;
        lo.device = a->device;
        auto m = Model::load(a->model, lo, &ctx);
        if (!m) return report_error(m.error());
        auto t = run_trajectory(**m, a->o, ctx);
        ctx.finish_line();
        if (!t) return t.error().code == Errc::Cancelled ? 130 : report_error(t.error());
        if (!a->classifier.empty())
            if (int rc = traj_cfrt(*a, **m, *t, ctx); rc != 0) return rc;
        // LPIPS (methods.md §3.5): each λ image against the neutral one, each frame against frame 0.
        std::vector<double> lp_lambda, lp_frames;
        if (lpips) {
            auto d1 = lpips->distances(t->images.front(), t->images);
            auto d2 = lpips->distances(t->frames.front(), t->frames);
            if (!d1 || !d2) return report_error(!d1 ? d1.error() : d2.error());
            lp_lambda = std::move(*d1), lp_frames = std::move(*d2);
            std::printf("LPIPS (AlexNet v0.1, %s): mean over λ %.4f, mean over frames 1…%zu %.4f\n",
                        a->lpips_size > 0 ? (std::to_string(a->lpips_size) + "²").c_str() : "native size",
                        traj_mean(lp_lambda, 1), lp_frames.size() - 1, traj_mean(lp_frames, 1));
        } else {
            std::printf("%s\n", kLpipsNotAvailable);
        }
        namespace fs = std::filesystem;
        fs::create_directories(fs::path(a->out) / "frames");
        // The strip: every λ side by side, neutral end on the left.
        const Image& first = t->images.front();
        Image strip = Image::blank(first.width * int(t->images.size()), first.height, 3);
        for (size_t i = 0; i < t->images.size(); ++i)
            for (int y = 0; y < first.height; ++y)
                std::copy(t->images[i].row(y), t->images[i].row(y) + first.width * 3, strip.row(y) + i * first.width * 3);
        if (auto s = write_png((fs::path(a->out) / "strip.png").string(), strip, PngText{}); !s) return report_error(s.error());
        for (size_t k = 0; k < t->frames.size(); ++k) {
            char name[32];
            std::snprintf(name, sizeof name, "frame_%03zu.png", k);
            if (auto s = write_png((fs::path(a->out) / "frames" / name).string(), t->frames[k], PngText{}); !s)
                return report_error(s.error());
        }
        if (auto s = write_animated_gif((fs::path(a->out) / "trajectory.gif").string(), t->frames, a->gif_delay); !s)
            return report_error(s.error());
        std::ofstream csv(fs::path(a->out) / "trajectory.csv");
        csv << "index,swap_step,cos_to_total_direction,cos_of_consecutive_steps,cos_to_first_swap" << (lpips ? ",lpips_to_neutral" : "") << "\n";
        for (size_t i = 0; i < t->swap_steps.size(); ++i) {
            csv << i << "," << t->swap_steps[i] << ",";
            if (i >= 1) csv << t->direction_cosine[i - 1];
            csv << ",";
            if (i >= 1 && i - 1 < t->step_cosine.size()) csv << t->step_cosine[i - 1];
            csv << ",";
            if (i >= 1 && i - 1 < t->authors_cosine.size()) csv << t->authors_cosine[i - 1];
            if (lpips) csv << "," << lp_lambda[i];
            csv << "\n";
        }
        std::ofstream fcsv(fs::path(a->out) / "frames.csv");
        fcsv << "frame,t" << (lpips ? ",lpips_to_frame0" : "") << "\n";
        for (size_t k = 0; k < t->frames.size(); ++k) {
            fcsv << k << "," << double(k) / double(t->frames.size() - 1);
            if (lpips) fcsv << "," << lp_frames[k];
            fcsv << "\n";
        }
        std::printf("strip: %s/strip.png (%zu swap steps), %zu frames in %s/frames and %s/trajectory.gif (%d ms), "
                    "metrics %s/trajectory.csv and frames.csv\n",
                    a->out.c_str(), t->images.size(), t->frames.size(), a->out.c_str(), a->out.c_str(), a->gif_delay,
                    a->out.c_str());
        return 0;
    };
}

}  // namespace clue::cli
