// clue pca — the style space of a dataset under a CLUE model: posterior means, PCA, CSV + scatter PNG + safetensors.
#include <cstdio>

#include "cli_context.h"
#include "clue/dataset.h"
#include "clue/engine.h"
#include "clue/style.h"
#include "commands.h"

namespace clue::cli {
namespace {

struct PcaArgs {
    std::string model, data, out = "style_space", prompt_template, device = "auto";
    int components = 8;
};

int run(PcaArgs& a) {
    TerminalJobContext ctx;
    LoadOptions lo;
    lo.device = a.device;
    auto m = Model::load(a.model, lo, &ctx);
    ctx.finish_line();
    if (!m) return report_error(m.error());
    auto ds = scan_dataset(a.data, {}, &ctx);
    ctx.finish_line();
    if (!ds) return report_error(ds.error());
    auto space = compute_style_space(**m, *ds, PreprocessOptions{}, a.prompt_template, a.components, ctx);
    ctx.finish_line();
    if (!space) return report_error(space.error());
    for (const auto& [suffix, st] :
         {std::pair<std::string, Status>{".csv", export_style_space_csv(*space, a.out + ".csv")},
          {".png", render_style_space_png(*space, a.out + ".png")},
          {".safetensors", save_style_space(*space, a.out + ".safetensors")}}) {
        if (!st) return report_error(st.error());
        std::printf("%s%s\n", a.out.c_str(), suffix.c_str());
    }
    std::printf("%zu points, explained variance:", space->size());
    for (double v : space->explained_variance_ratio) std::printf(" %.3f", v);
    std::printf("\n");
    return 0;
}

}  // namespace

Runner add_pca_command(CLI::App& app) {
    auto a = std::make_shared<PcaArgs>();
    auto* cmd = app.add_subcommand("pca", "Style space of a dataset: PCA of the posterior means (CSV + PNG scatter)");
    cmd->add_option("--model", a->model, "CLUE model folder")->required();
    cmd->add_option("--data", a->data, "image folder (one sub-folder per class) or CSV manifest")->required();
    cmd->add_option("--out", a->out, "output prefix (.csv, .png, .safetensors)")->capture_default_str();
    cmd->add_option("--components", a->components, "PCA components kept")->capture_default_str();
    cmd->add_option("--prompt-template", a->prompt_template, "prompt template (default: the model's)");
    cmd->add_option("--device", a->device, "auto, cpu, cuda or cuda:N");
    return [a]() { return run(*a); };
}

}  // namespace clue::cli
