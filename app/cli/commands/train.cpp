// clue train — fine-tune a base model on an image folder (CLUE or vanilla). Ctrl-C stops after the current step and
// writes a checkpoint; running the same command again resumes.
#include <cstdio>

#include "cli_context.h"
#include "clue/train.h"
#include "commands.h"
#include "recipe_file.h"

namespace clue::cli {
namespace {

struct TrainArgs {
    std::string preset = "few-hundred-images", config, mode, parts;
    std::vector<std::string> class_prompts;
    TrainOptions o;
    bool no_resume = false, quiet = false;
};

int run(TrainArgs& a, CLI::App* cmd) {
    TrainOptions o;
    if (!a.config.empty()) {
        auto r = read_recipe(a.config, "training config", train_options_from_json);
        if (!r) return report_error(r.error());
        o = *r;
    } else {
        auto p = train_preset(a.preset);
        if (!p) return report_error(p.error());
        o = *p;
    }
    // Flags given on the command line win over the preset/config.
    for (auto* opt : cmd->get_options()) {
        if (opt->count() == 0) continue;
        const std::string n = opt->get_name();
        if (n == "--data") o.dataset = a.o.dataset;
        else if (n == "--base") o.base_model = a.o.base_model;
        else if (n == "--out") o.output_dir = a.o.output_dir;
        else if (n == "--steps") o.max_steps = a.o.max_steps;
        else if (n == "--batch") o.batch_size = a.o.batch_size;
        else if (n == "--grad-accumulation") o.grad_accumulation = a.o.grad_accumulation;
        else if (n == "--resolution") o.resolution = a.o.resolution;
        else if (n == "--lr-unet") o.lr_unet = a.o.lr_unet;
        else if (n == "--lr-new") o.lr_new = a.o.lr_new;
        else if (n == "--kl-beta") o.kl_beta = a.o.kl_beta;
        else if (n == "--kl-warmup") o.kl_warmup_steps = a.o.kl_warmup_steps;
        else if (n == "--style-dim") o.style_dim = a.o.style_dim;
        else if (n == "--style-tokens") o.style_tokens = a.o.style_tokens;
        else if (n == "--prompt-template") o.prompt_template = a.o.prompt_template;
        else if (n == "--seed") o.seed = a.o.seed;
        else if (n == "--device") o.device = a.o.device;
        else if (n == "--validate-every") o.validate_every = a.o.validate_every;
        else if (n == "--sample-every") o.sample_every = a.o.sample_every;
        else if (n == "--checkpoint-every") o.checkpoint_every = a.o.checkpoint_every;
        else if (n == "--ema") o.ema_decay = a.o.ema_decay;
        else if (n == "--validation-fraction") o.dataset_options.validation_fraction = a.o.dataset_options.validation_fraction;
        else if (n == "--flip") o.horizontal_flip = true;
    }
    if (!a.mode.empty()) o.mode = a.mode == "vanilla" ? TrainMode::Vanilla : TrainMode::Clue;
    if (!a.parts.empty()) o.parts = a.parts == "new-layers" ? TrainParts::NewLayersOnly : TrainParts::FullUNet;
    for (const auto& cp : a.class_prompts) {
        const auto eq = cp.find('=');
        if (eq == std::string::npos)
            return report_error({Errc::InvalidArgument, "--class-prompt expects CLASS=TEXT, got '" + cp + "'"});
        o.class_prompts[cp.substr(0, eq)] = cp.substr(eq + 1);
    }
    if (a.no_resume) o.resume = false;
    if (auto st = validate(o); !st) return report_error(st.error());

    TerminalJobContext ctx(a.quiet);
    auto r = train(o, ctx, [&](const TrainEvent& e) {
        if (a.quiet) return;
        switch (e.kind) {
            case TrainEvent::Kind::Started:
                ctx.finish_line();
                std::fprintf(stderr, "%s\n", e.message.c_str());
                break;
            case TrainEvent::Kind::Validation:
                ctx.finish_line();
                std::fprintf(stderr, "step %d/%d  validation loss %.5f\n", e.step, e.total_steps, e.validation_loss);
                break;
            case TrainEvent::Kind::Checkpoint:
                ctx.finish_line();
                std::fprintf(stderr, "step %d  checkpoint %s\n", e.step, e.path.c_str());
                break;
            case TrainEvent::Kind::Samples:
                ctx.finish_line();
                std::fprintf(stderr, "step %d  samples %s\n", e.step, e.path.c_str());
                break;
            case TrainEvent::Kind::Step:
                if (e.step % 50 == 0) {
                    ctx.finish_line();
                    std::fprintf(stderr, "step %d/%d  loss %.5f  mse %.5f  kl %.2f  lr %.2e  %.1f img/s\n", e.step,
                                 e.total_steps, e.loss, e.mse, e.kl, e.lr, e.images_per_second);
                }
                break;
        }
    });
    ctx.finish_line();
    if (!r) return report_error(r.error());
    std::printf("model: %s\ncheckpoint: %s\nsteps: %d (resumed from %d)\nlast loss: %.6f  validation loss: %.6f\n",
                r->model_dir.c_str(), r->checkpoint_dir.c_str(), r->steps_done, r->resumed_from, r->last_loss,
                r->last_validation_loss);
    if (r->state == JobState::Cancelled) {
        std::fprintf(stderr, "stopped: checkpoint written; run the same command again to resume\n");
        return 130;
    }
    return 0;
}

}  // namespace

Runner add_train_command(CLI::App& app) {
    auto a = std::make_shared<TrainArgs>();
    auto* cmd = app.add_subcommand("train", "Fine-tune a base model on an image folder (CLUE style latent or vanilla)");
    cmd->add_option("--data", a->o.dataset, "image folder (one sub-folder per class) or CSV manifest (path,class,…)");
    cmd->add_option("--base", a->o.base_model, "base model: diffusers folder or .safetensors (SD 1.x / 2.x)");
    cmd->add_option("--out", a->o.output_dir, "run folder (created; an existing run there is resumed)");
    std::string presets;
    for (const auto& p : train_preset_names()) presets += (presets.empty() ? "" : ", ") + p;
    cmd->add_option("--preset", a->preset, "settings preset: " + presets)->capture_default_str();
    cmd->add_option("--config", a->config, "training config JSON (a run's config.json works); flags override it");
    cmd->add_option("--mode", a->mode, "clue (style latent) or vanilla (the baseline)")
        ->check(CLI::IsMember({"clue", "vanilla"}));
    cmd->add_option("--parts", a->parts, "full-unet or new-layers (U-Net frozen)")
        ->check(CLI::IsMember({"full-unet", "new-layers"}));
    cmd->add_option("--steps", a->o.max_steps, "optimizer steps");
    cmd->add_option("--batch", a->o.batch_size, "images per micro-batch");
    cmd->add_option("--grad-accumulation", a->o.grad_accumulation, "micro-batches per optimizer step");
    cmd->add_option("--resolution", a->o.resolution, "training resolution in pixels (0 = the model's native size)");
    cmd->add_option("--lr-unet", a->o.lr_unet, "learning rate of the U-Net");
    cmd->add_option("--lr-new", a->o.lr_new, "learning rate of the style attention, projector and encoder");
    cmd->add_option("--kl-beta", a->o.kl_beta, "weight β of the KL term");
    cmd->add_option("--kl-warmup", a->o.kl_warmup_steps, "steps of linear β warm-up");
    cmd->add_option("--style-dim", a->o.style_dim, "dimension of the style vector s");
    cmd->add_option("--style-tokens", a->o.style_tokens, "tokens s is projected to");
    cmd->add_option("--prompt-template", a->o.prompt_template, "fixed-format prompt; {class} is replaced per class");
    cmd->add_option("--class-prompt", a->class_prompts, "CLASS=TEXT used for {class} (repeatable)");
    cmd->add_option("--validation-fraction", a->o.dataset_options.validation_fraction, "share held out (by file hash)");
    cmd->add_option("--validate-every", a->o.validate_every, "steps between validation losses (0 = never)");
    cmd->add_option("--sample-every", a->o.sample_every, "steps between sample grids (0 = never)");
    cmd->add_option("--checkpoint-every", a->o.checkpoint_every, "steps between checkpoints (0 = at the end / stop)");
    cmd->add_option("--ema", a->o.ema_decay, "EMA decay of the trained weights (0 = off)");
    cmd->add_flag("--flip", a->o.horizontal_flip, "random horizontal flips (only when left and right ears are interchangeable)");
    cmd->add_option("--seed", a->o.seed, "seed of everything random in training");
    cmd->add_option("--device", a->o.device, "auto, cpu, cuda or cuda:N");
    cmd->add_flag("--no-resume", a->no_resume, "start from scratch even if the run folder has a checkpoint");
    cmd->add_flag("--quiet,-q", a->quiet, "no progress output");
    return [a, cmd]() { return run(*a, cmd); };
}

}  // namespace clue::cli
