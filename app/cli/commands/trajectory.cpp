// clue trajectory — prompt-swap trajectory (issue #5): the image of every swap step λ as a strip, the Bézier frames
// as PNGs, and a CSV of the latent-direction cosines.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli_context.h"
#include "clue/evaluate.h"
#include "clue/png_meta.h"
#include "clue/trajectory.h"
#include "commands.h"

namespace clue::cli {

Runner add_trajectory_command(CLI::App& app) {
    struct Args {
        std::string model, out, sampler = "ddim", device = "auto", classifier, target;
        int seeds = 1;
        TrajectoryOptions o = default_trajectory_options();
        bool quiet = false;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("trajectory", "Prompt-swap trajectory: neutral prompt, then the attribute prompt "
                                                 "from step λ; strip of every λ and Bézier frames");
    cmd->add_option("--model", a->model, "model folder or .safetensors")->required();
    cmd->add_option("--neutral", a->o.neutral_prompt, "neutral prompt e")->required();
    cmd->add_option("--attribute", a->o.attribute_prompt, "attribute prompt e'")->required();
    cmd->add_option("--swap-steps", a->o.swap_steps, "swap steps λ, neutral end first")->delimiter(',')->capture_default_str();
    cmd->add_option("--frames", a->o.frames, "Bézier frames")->capture_default_str();
    cmd->add_option("--steps", a->o.base.steps, "sampler steps")->capture_default_str();
    cmd->add_option("--cfg", a->o.base.cfg, "guidance scale")->capture_default_str();
    cmd->add_option("--seed", a->o.base.seed, "noise seed (the same for every λ)")->capture_default_str();
    cmd->add_option("--sampler", a->sampler, "sampler")->capture_default_str();
    cmd->add_option("--out", a->out, "output folder (strip.png, frames/, trajectory.csv)")->required();
    cmd->add_option("--device", a->device, "auto, cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_option("--classifier", a->classifier, "classifier (.safetensors from `clue evaluate`) for CFRT");
    cmd->add_option("--target", a->target, "the class the attribute prompt should produce (CFRT target)");
    cmd->add_option("--seeds", a->seeds, "seeds for CFRT (seed, seed+1, …); the strip and frames are of the first")
        ->capture_default_str();
    cmd->add_flag("--quiet,-q", a->quiet, "no progress bar");
    return [a]() {
        a->o.base.sampler = a->sampler;
        if (auto s = validate(a->o); !s) return report_error(s.error());
        TerminalJobContext ctx(a->quiet);
        LoadOptions lo;
        lo.device = a->device;
        auto m = Model::load(a->model, lo, &ctx);
        if (!m) return report_error(m.error());
        auto t = run_trajectory(**m, a->o, ctx);
        ctx.finish_line();
        if (!t) return t.error().code == Errc::Cancelled ? 130 : report_error(t.error());
        if (!a->classifier.empty()) {
            // CFRT as the authors' code (methods.md §3): the edits of λ ∈ {5, 10, 15} against the neutral image.
            auto judge = Classifier::load(a->classifier, a->device);
            if (!judge) return report_error(judge.error());
            const auto& names = judge->classes();
            const int target = int(std::find(names.begin(), names.end(), a->target) - names.begin());
            if (target == int(names.size()))
                return report_error({Errc::InvalidArgument, "--target '" + a->target + "' is not a class of the classifier"});
            int hits = 0;
            for (int k = 0; k < a->seeds; ++k) {
                Trajectory run = *t;
                if (k > 0) {
                    TrajectoryOptions o = a->o;
                    o.base.seed += k;
                    o.frames = 2;
                    auto r = run_trajectory(**m, o, ctx);
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
                std::printf("seed %lld: Δ", static_cast<long long>(a->o.base.seed + k));
                for (size_t j = 0; j < names.size(); ++j) std::printf(" %s %+.3f", names[j].c_str(), c.delta[j]);
                std::printf("  %s\n", c.hit ? "hit" : "miss");
            }
            std::printf("CFRT (authors' code definition, λ ∈ {5, 10, 15}, %d seeds): %.3f\n", a->seeds, double(hits) / a->seeds);
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
        std::ofstream csv(fs::path(a->out) / "trajectory.csv");
        csv << "index,swap_step,cos_to_total_direction,cos_of_consecutive_steps\n";
        for (size_t i = 0; i < t->swap_steps.size(); ++i) {
            csv << i << "," << t->swap_steps[i] << ",";
            if (i >= 1) csv << t->direction_cosine[i - 1];
            csv << ",";
            if (i >= 1 && i - 1 < t->step_cosine.size()) csv << t->step_cosine[i - 1];
            csv << "\n";
        }
        std::printf("strip: %s/strip.png (%zu swap steps), %zu frames in %s/frames, metrics %s/trajectory.csv\n",
                    a->out.c_str(), t->images.size(), t->frames.size(), a->out.c_str(), a->out.c_str());
        return 0;
    };
}

}  // namespace clue::cli
