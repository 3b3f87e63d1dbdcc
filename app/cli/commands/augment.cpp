// clue augment — N synthetic images per class from a fine-tuned model (issue #4), with provenance, a manifest and a
// near-copy check. Ctrl-C stops after the current image step; the same command resumes (existing images are kept).

#include <cstdio>

#include "cli_context.h"
#include "clue/augment.h"
#include "commands.h"
#include "recipe_file.h"

namespace clue::cli {
namespace {

struct AugmentArgs {
    std::string recipe, save_recipe, style, shard;
    std::vector<std::string> quotas;
    AugmentOptions o;
    bool no_check = false, keep_near_copies = false, quiet = false;
};

/// "i/N" with 0 <= i < N (0-based, like AugmentOptions::shard_index).
Status parse_shard(const std::string& text, int& index, int& count) {
    const auto slash = text.find('/');
    try {
        size_t used_i = 0, used_n = 0;
        if (slash != std::string::npos) {
            index = std::stoi(text.substr(0, slash), &used_i);
            count = std::stoi(text.substr(slash + 1), &used_n);
        }
        if (slash == std::string::npos || used_i != slash || used_n != text.size() - slash - 1)
            throw std::invalid_argument(text);
    } catch (const std::exception&) {
        return Error{Errc::InvalidArgument, "--shard expects i/N (0-based, e.g. 0/4), got '" + text + "'"};
    }
    if (count < 1 || index < 0 || index >= count)
        return Error{Errc::InvalidArgument, "--shard " + text + ": need 0 <= i < N (shards are numbered from 0)"};
    return Ok{};
}

int run(AugmentArgs& a, CLI::App* cmd) {
    AugmentOptions o;
    if (!a.recipe.empty()) {
        auto r = read_recipe(a.recipe, "augmentation recipe", augment_options_from_json);
        if (!r) return report_error(r.error());
        o = *r;
    }
    // Flags given on the command line win over the recipe.
    for (auto* opt : cmd->get_options()) {
        if (opt->count() == 0) continue;
        const std::string n = opt->get_name();
        if (n == "--model") o.model = a.o.model;
        else if (n == "--data") o.dataset = a.o.dataset;
        else if (n == "--out") o.output_dir = a.o.output_dir;
        else if (n == "--scale") o.scale_percent = a.o.scale_percent;
        else if (n == "--sigma") o.around_real_sigma = a.o.around_real_sigma;
        else if (n == "--seed") o.seed = a.o.seed;
        else if (n == "--steps") o.steps = a.o.steps;
        else if (n == "--cfg") o.cfg = a.o.cfg;
        else if (n == "--sampler") o.sampler = a.o.sampler;
        else if (n == "--threshold") o.near_copy_threshold = a.o.near_copy_threshold;
        else if (n == "--device") o.device = a.o.device;
    }
    if (!a.style.empty())
        o.style_strategy = a.style == "around-real" ? StyleStrategy::AroundReal
                           : a.style == "pca"       ? StyleStrategy::PcaStratified
                                                    : StyleStrategy::Prior;
    for (const auto& q : a.quotas) {  // added to (and overriding) the recipe's quotas
        const auto eq = q.find('=');
        int n = -1;
        size_t used = 0;
        try {
            if (eq != std::string::npos) n = std::stoi(q.substr(eq + 1), &used);
        } catch (const std::exception&) {
        }
        if (eq == std::string::npos || eq == 0 || n < 0 || used != q.size() - eq - 1)
            return report_error({Errc::InvalidArgument, "--quota expects CLASS=N with N >= 0, got '" + q + "'"});
        o.quotas[q.substr(0, eq)] = n;
    }
    if (!a.shard.empty())
        if (auto st = parse_shard(a.shard, o.shard_index, o.shard_count); !st) return report_error(st.error());
    if (a.no_check) o.memorisation_check = false;
    if (a.keep_near_copies) o.exclude_near_copies = false;
    if (!a.save_recipe.empty()) {
        if (auto st = write_recipe(a.save_recipe, to_json(o)); !st) return report_error(st.error());
        if (!a.quiet) std::fprintf(stderr, "recipe: %s\n", a.save_recipe.c_str());
    }
    if (auto st = validate(o); !st) return report_error(st.error());

    TerminalJobContext ctx(a.quiet);
    auto r = augment(o, ctx);
    ctx.finish_line();
    if (!r) return r.error().code == Errc::Cancelled ? 130 : report_error(r.error());
    for (const auto& note : r->notes) std::fprintf(stderr, "note: %s\n", note.c_str());
    std::printf("planned %d, generated %d, already there %d, flagged as near copies %d (moved to _excluded: %d)\n"
                "manifest: %s\n",
                r->planned, r->generated, r->skipped_existing, r->flagged, r->excluded, r->manifest_csv.c_str());
    if (r->state == JobState::Cancelled) {
        std::fprintf(stderr, "stopped: finished images are kept; run the same command again to continue\n");
        return 130;
    }
    return 0;
}

}  // namespace

Runner add_augment_command(CLI::App& app) {
    auto a = std::make_shared<AugmentArgs>();
    auto* cmd = app.add_subcommand("augment", "Synthetic images per class from a fine-tuned model, with a manifest "
                                              "and a near-copy check against the real images");
    cmd->add_option("--recipe", a->recipe, "augmentation recipe JSON (see --save-recipe); flags override it");
    cmd->add_option("--model", a->o.model, "fine-tuned model folder (a run's model/; CLUE or vanilla)");
    cmd->add_option("--data", a->o.dataset, "the real images: folder (one sub-folder per class) or CSV manifest");
    cmd->add_option("--out", a->o.output_dir, "output folder: <class>/<class>_NNNNN.png, manifest.csv/.json");
    cmd->add_option("--scale", a->o.scale_percent, "images per class as % of its real training images (100…1000)")
        ->capture_default_str();
    cmd->add_option("--quota", a->quotas, "CLASS=N: exactly N images of CLASS (repeatable; wins over --scale)");
    cmd->add_option("--style", a->style, "style of each image: prior (s ~ N(0,I)), around-real (real μ + σ·ξ), "
                                         "pca (a grid over the class's PCA map)")
        ->check(CLI::IsMember({"prior", "around-real", "pca"}));
    cmd->add_option("--sigma", a->o.around_real_sigma, "σ of --style around-real")->capture_default_str();
    cmd->add_option("--seed", a->o.seed, "seed of the plan (every image's noise and style seed derive from it)")
        ->capture_default_str();
    cmd->add_option("--steps", a->o.steps, "sampler steps")->capture_default_str();
    cmd->add_option("--cfg", a->o.cfg, "text guidance scale")->capture_default_str();
    cmd->add_option("--sampler", a->o.sampler, "sampler (ddim, euler_a, dpmpp_2m_karras, …)")->capture_default_str();
    cmd->add_option("--shard", a->shard, "i/N: make only this share of the plan (0-based; run N processes)");
    cmd->add_option("--threshold", a->o.near_copy_threshold, "near-copy threshold (mean |Δ| of 64² thumbnails, 0…1)")
        ->capture_default_str();
    cmd->add_flag("--no-memorisation-check", a->no_check, "skip the near-copy check against the real images");
    cmd->add_flag("--keep-near-copies", a->keep_near_copies, "flag near copies in the manifest but do not move them");
    cmd->add_option("--save-recipe", a->save_recipe, "write the effective options as a recipe JSON, then run");
    cmd->add_option("--device", a->o.device, "auto, cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_flag("--quiet,-q", a->quiet, "no progress output");
    return [a, cmd]() { return run(*a, cmd); };
}

}  // namespace clue::cli
