// clue evaluate — FID / KID / k-NN precision-recall and the classifier-F1 protocol over synthetic sets (issue #4,
// methods.md §2.8), written as a report folder (report.html, figures, results.json, CSV).
#include <cstdio>

#include "cli_context.h"
#include "clue/evaluate.h"
#include "commands.h"
#include "recipe_file.h"

namespace clue::cli {
namespace {

struct EvaluateArgs {
    std::string recipe, save_recipe, inception;
    std::vector<std::string> synthetic;
    EvaluateOptions o;
    bool no_fid = false, no_real = false, no_mixed = false, quiet = false;
};

int run(EvaluateArgs& a, CLI::App* cmd) {
    EvaluateOptions o;
    if (!a.recipe.empty()) {
        auto r = read_recipe(a.recipe, "evaluation recipe", evaluate_options_from_json);
        if (!r) return report_error(r.error());
        o = *r;
    }
    for (auto* opt : cmd->get_options()) {  // flags given on the command line win over the recipe
        if (opt->count() == 0) continue;
        const std::string n = opt->get_name();
        if (n == "--real") o.real = a.o.real;
        else if (n == "--test") o.test = a.o.test;
        else if (n == "--external") o.external = a.o.external;
        else if (n == "--out") o.output_dir = a.o.output_dir;
        else if (n == "--scales") o.scales = a.o.scales;
        else if (n == "--seeds") o.seeds = a.o.seeds;
        else if (n == "--steps") o.classifier.steps = a.o.classifier.steps;
        else if (n == "--extractor-steps") o.extractor.steps = a.o.extractor.steps;
        else if (n == "--width") o.classifier.width = o.extractor.width = a.o.classifier.width;
        else if (n == "--size") o.classifier.image_size = o.extractor.image_size = a.o.classifier.image_size;
        else if (n == "--validation-fraction") o.real_options.validation_fraction = a.o.real_options.validation_fraction;
        else if (n == "--inception") o.inception_weights = a.inception;
        else if (n == "--device") o.device = o.classifier.device = o.extractor.device = a.o.device;
    }
    for (const auto& s : a.synthetic) {
        const auto eq = s.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == s.size())
            return report_error({Errc::InvalidArgument, "--synthetic expects NAME=FOLDER, got '" + s + "'"});
        o.synthetic.push_back({s.substr(0, eq), s.substr(eq + 1)});
    }
    if (a.no_fid) o.fid = false;
    if (a.no_real) o.real_only = false;
    if (a.no_mixed) o.real_plus_synthetic = false;
    if (!a.save_recipe.empty())
        if (auto st = write_recipe(a.save_recipe, to_json(o)); !st) return report_error(st.error());
    if (auto st = validate(o); !st) return report_error(st.error());

    TerminalJobContext ctx(a.quiet);
    auto r = evaluate(o, ctx);
    ctx.finish_line();
    if (!r) return r.error().code == Errc::Cancelled ? 130 : report_error(r.error());
    if (!r->distribution.empty()) {
        std::printf("features: %s\n\n%-12s %-8s %6s %6s %9s %10s %10s %8s\n", r->extractor.c_str(), "set", "class",
                    "real", "synth", "FID", "KID×1e3", "precision", "recall");
        for (const auto& d : r->distribution)
            std::printf("%-12s %-8s %6d %6d %9.3f %10.3f %9.1f%% %7.1f%%\n", d.set.c_str(), d.class_name.c_str(),
                        d.real_count, d.synthetic_count, d.fid, 1000 * d.kid, 100 * d.precision, 100 * d.recall);
    }
    std::printf("\n%-15s %-10s %6s %-9s %6s %16s %16s\n", "training", "set", "scale", "test", "images",
                "macro-F1 (%)", "accuracy (%)");
    for (const auto& f : r->f1) {
        char scale[16] = "";
        if (f.scale > 0) std::snprintf(scale, sizeof scale, "%.0f%%", f.scale);
        std::printf("%-15s %-10s %6s %-9s %6d %9.1f ± %4.1f %9.1f ± %4.1f\n", f.training.c_str(), f.set.c_str(), scale,
                    f.test.c_str(), f.train_count, 100 * f.macro_f1_mean, 100 * f.macro_f1_sd, 100 * f.accuracy_mean,
                    100 * f.accuracy_sd);
    }
    for (const auto& n : r->notes) std::fprintf(stderr, "note: %s\n", n.c_str());
    std::printf("\nreport: %s\n", r->html.c_str());
    return 0;
}

}  // namespace

Runner add_evaluate_command(CLI::App& app) {
    auto a = std::make_shared<EvaluateArgs>();
    auto* cmd = app.add_subcommand("evaluate", "FID / KID / k-NN precision-recall and classifier F1 (real, synthetic "
                                               "at 100…1000 %, real + synthetic) of synthetic sets; writes a report");
    cmd->add_option("--recipe", a->recipe, "evaluation recipe JSON (see --save-recipe); flags override it");
    cmd->add_option("--real", a->o.real, "real training images (folder or manifest); its validation split stops early");
    cmd->add_option("--test", a->o.test, "held-out real test images (folder or manifest)");
    cmd->add_option("--external", a->o.external, "optional external real test images");
    cmd->add_option("--synthetic", a->synthetic, "NAME=FOLDER of a synthetic set, e.g. CLUE=out/clue (repeatable)");
    cmd->add_option("--out", a->o.output_dir, "report folder");
    cmd->add_option("--scales", a->o.scales, "synthetic-only scales in % of the real training set")
        ->capture_default_str()->delimiter(',');
    cmd->add_option("--seeds", a->o.seeds, "classifier seeds per configuration (mean ± sd)")->capture_default_str();
    cmd->add_option("--steps", a->o.classifier.steps, "classifier training steps")->capture_default_str();
    cmd->add_option("--extractor-steps", a->o.extractor.steps, "training steps of the project feature extractor")
        ->capture_default_str();
    cmd->add_option("--width", a->o.classifier.width, "classifier width (ResNet-18 layout, w·{1,2,4,8})")
        ->capture_default_str();
    cmd->add_option("--size", a->o.classifier.image_size, "classifier input edge in pixels")->capture_default_str();
    cmd->add_option("--validation-fraction", a->o.real_options.validation_fraction,
                    "validation share of the real set (use the fine-tune's, default 0.1)")->capture_default_str();
    cmd->add_option("--inception", a->inception, "Inception-v3 TF-FID weights (.safetensors); default: the project "
                                                 "extractor trained here on the real images");
    cmd->add_flag("--no-fid", a->no_fid, "skip FID / KID / precision-recall");
    cmd->add_flag("--no-real-only", a->no_real, "skip the real-only baseline");
    cmd->add_flag("--no-real-plus-synthetic", a->no_mixed, "skip real + synthetic");
    cmd->add_option("--save-recipe", a->save_recipe, "write the effective options as a recipe JSON, then run");
    cmd->add_option("--device", a->o.device, "auto, cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_flag("--quiet,-q", a->quiet, "no progress output");
    return [a, cmd]() { return run(*a, cmd); };
}

}  // namespace clue::cli
