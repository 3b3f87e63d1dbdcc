// clue make-demo-model — train the demo model from scratch on a benchmark folder (VAE, then CLUE and vanilla U-Nets).
#include <cstdio>

#include "cli_context.h"
#include "clue/demo_model.h"
#include "commands.h"

namespace clue::cli {

Runner add_make_demo_model_command(CLI::App& app) {
    auto o = std::make_shared<DemoModelOptions>();
    auto quiet = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand("make-demo-model",
                                   "Train the demo model from scratch (VAE, CLUE U-Net, vanilla U-Net) on a benchmark "
                                   "folder made by `clue make-demo-data`; resumable");
    cmd->add_option("--data", o->data_dir, "benchmark folder (one sub-folder per class)")->required();
    cmd->add_option("--out", o->output_dir, "output folder (base/, runs/clue/model, runs/vanilla/model)")->required();
    cmd->add_option("--size", o->size, "training resolution")->capture_default_str();
    cmd->add_option("--vae-steps", o->vae_steps, "VAE optimizer steps")->capture_default_str();
    cmd->add_option("--unet-steps", o->unet_steps, "U-Net optimizer steps (each run)")->capture_default_str();
    cmd->add_option("--batch", o->batch_size, "batch size")->capture_default_str();
    cmd->add_option("--seed", o->seed, "seed of the whole recipe")->capture_default_str();
    cmd->add_flag("!--no-vanilla", o->vanilla, "skip the vanilla baseline");
    cmd->add_flag("--quiet,-q", *quiet, "no progress bar");
    return [o, quiet]() {
        TerminalJobContext ctx(*quiet);
        auto r = make_demo_model(*o, ctx, [&](const std::string& line) {
            ctx.finish_line();
            std::fprintf(stderr, "%s\n", line.c_str());
        });
        ctx.finish_line();
        if (!r) return r.error().code == Errc::Cancelled ? 130 : report_error(r.error());
        std::printf("base: %s\nclue: %s\nvanilla: %s\nVAE validation L1 %.4f, scaling factor %.4f\n"
                    "validation loss: CLUE %.5f, vanilla %.5f\n",
                    r->base_model.c_str(), r->clue_model.c_str(), r->vanilla_model.c_str(), r->vae_l1,
                    r->vae_scaling_factor, r->clue_validation_loss, r->vanilla_validation_loss);
        return 0;
    };
}

}  // namespace clue::cli
