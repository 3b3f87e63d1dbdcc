// clue replace-background — Abs-Grad-SAM background replacement (issue #5, methods.md §4): img2img from a reference
// in which the latents the subject word does not drive are replaced by the reference at chosen steps. Writes the
// image, plain img2img at the same strength and seed, the mask, an overlay, the heat map of every manipulation step
// and the background PSNR/SSIM of both against the reference (inside the inverted mask).
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli_context.h"
#include "clue/background.h"
#include "clue/image_metrics.h"
#include "clue/png_meta.h"
#include "commands.h"

namespace clue::cli {

namespace {

struct Fidelity {
    double psnr_bg = 0, ssim_bg = 0, psnr_all = 0;
};

double or_nan(const Result<double>& r) { return r ? *r : std::nan(""); }

Fidelity fidelity(const Image& out, const Image& ref, const PixelWeights& background) {
    Fidelity f;
    f.psnr_bg = or_nan(psnr(out, ref, background));
    f.ssim_bg = or_nan(ssim(out, ref, background));
    f.psnr_all = or_nan(psnr(out, ref));
    return f;
}

}  // namespace

Runner add_replace_background_command(CLI::App& app) {
    struct Args {
        std::string model, reference, out, device = "auto", importance = "abs-grad-sam", objective = "sum", brush_add,
            brush_erase;
        BackgroundOptions o = default_background_options();
        bool no_baseline = false, quiet = false;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("replace-background",
                                   "Abs-Grad-SAM: img2img from a reference whose background (what the subject word does "
                                   "not drive) is restored from the reference at chosen steps");
    cmd->add_option("--model", a->model, "model folder or .safetensors")->required();
    cmd->add_option("--reference", a->reference, "reference image (the scene to keep)")->required();
    cmd->add_option("--prompt", a->o.base.prompt, "prompt, e.g. \"a dog on a beach\"")->required();
    cmd->add_option("--subject", a->o.subject, "the subject word(s) of the prompt, e.g. dog")->required();
    cmd->add_option("--negative-prompt", a->o.base.negative_prompt, "negative prompt");
    cmd->add_option("--steps", a->o.base.steps, "sampler steps")->capture_default_str();
    cmd->add_option("--strength", a->o.base.strength, "img2img denoising strength")->capture_default_str();
    cmd->add_option("--cfg", a->o.base.cfg, "guidance scale")->capture_default_str();
    cmd->add_option("--seed", a->o.base.seed, "seed")->capture_default_str();
    cmd->add_option("--sampler", a->o.base.sampler, "sampler")->capture_default_str();
    cmd->add_option("--width", a->o.base.width, "width (0 = from the reference)");
    cmd->add_option("--height", a->o.base.height, "height (0 = from the reference)");
    cmd->add_option("--replace-steps", a->o.manipulation_steps,
                    "0-based steps of the run at which the mask is computed and the background replaced")
        ->delimiter(',')
        ->capture_default_str();
    cmd->add_option("--importance", a->importance, "abs-grad-sam, attention (|grad| ≡ 1, the ablation) or relu-grad-sam")
        ->capture_default_str();
    cmd->add_option("--objective", a->objective,
                    "gradient of: sum (Σ denoised latent, as stated) or text (Σ|cond − uncond|, the prompt's part)")
        ->capture_default_str();
    cmd->add_option("--blur-kernel", a->o.mask.blur_kernel, "Gaussian kernel size (odd)")->capture_default_str();
    cmd->add_option("--blur-sigma", a->o.mask.blur_sigma, "Gaussian sigma (latent pixels)")->capture_default_str();
    cmd->add_option("--threshold-std", a->o.mask.threshold_std, "threshold k: mean + k·std")->capture_default_str();
    cmd->add_option("--top-fraction", a->o.mask.top_fraction, "keep this share of positions instead (0 = off)");
    cmd->add_option("--dilate-kernel", a->o.mask.dilate_kernel, "dilation kernel (odd)")->capture_default_str();
    cmd->add_option("--dilate-iterations", a->o.mask.dilate_iterations, "dilation iterations")->capture_default_str();
    cmd->add_option("--feather", a->o.mask.feather_sigma, "soft mask edge sigma (0 = hard)")->capture_default_str();
    cmd->add_flag("--skip-lowest-resolution", a->o.mask.skip_lowest_resolution, "drop the coarsest attention maps");
    cmd->add_flag("--reuse-first-mask", a->o.reuse_first_mask, "compute the mask once, at the first replace step");
    cmd->add_option("--extend-to", a->o.extend_to_step, "keep replacing with the last mask up to this step (-1 = off)");
    cmd->add_option("--brush-add", a->brush_add, "PNG: painted (bright) pixels are subject, added to the mask");
    cmd->add_option("--brush-erase", a->brush_erase, "PNG: painted (bright) pixels are background, erased from the mask");
    cmd->add_flag("--no-baseline", a->no_baseline, "skip the plain img2img comparison");
    cmd->add_option("--out", a->out, "output folder")->required();
    cmd->add_option("--device", a->device, "auto, cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_flag("--quiet,-q", a->quiet, "no progress bar");
    return [a]() {
        namespace fs = std::filesystem;
        auto kind = parse_importance_kind(a->importance);
        if (!kind) return report_error({Errc::InvalidArgument, "--importance '" + a->importance +
                                                                   "': use abs-grad-sam, attention or relu-grad-sam"});
        a->o.importance = *kind;
        if (a->objective != "sum" && a->objective != "text")
            return report_error({Errc::InvalidArgument, "--objective '" + a->objective + "': use sum or text"});
        a->o.objective = a->objective == "text" ? GradientObjective::TextConditional : GradientObjective::Sum;
        a->o.run_baseline = !a->no_baseline;
        auto ref = read_image(a->reference);
        if (!ref) return report_error(ref.error());
        a->o.base.init_image = *ref;
        for (auto [path, slot] : {std::pair{&a->brush_add, &a->o.brush_add}, std::pair{&a->brush_erase, &a->o.brush_erase}}) {
            if (path->empty()) continue;
            auto b = read_image(*path);
            if (!b) return report_error(b.error());
            *slot = *b;
        }
        if (auto s = validate(a->o); !s) return report_error(s.error());
        TerminalJobContext ctx(a->quiet);
        LoadOptions lo;
        lo.device = a->device;
        auto m = Model::load(a->model, lo, &ctx);
        if (!m) return report_error(m.error());
        auto r = replace_background(**m, a->o, ctx);
        ctx.finish_line();
        if (!r) return report_error(r.error());
        if (r->state == JobState::Cancelled) return 130;
        const fs::path out(a->out);
        fs::create_directories(out);
        const int W = r->image.width, H = r->image.height, mw = r->latent_width, mh = r->latent_height;
        auto save = [&](const std::string& name, const Image& im, const PngText& text = {}) {
            if (im.empty()) return true;
            auto s = write_png((out / name).string(), im, text);
            if (!s) report_error(s.error());
            return bool(s);
        };
        PngText text;
        text.parameters = r->infotext;
        bool ok = save("image.png", r->image, text) && save("baseline_img2img.png", r->baseline) &&
                  save("reconstruction.png", r->reconstruction) && save("reference.png", r->reference);
        std::vector<float> mask(size_t(mw) * size_t(mh), 1.f);  // no manipulation step: everything generated
        if (!r->maps.empty()) mask = r->maps.back().mask;
        ok = ok && save("mask.png", mask_image(mask, mw, mh, W, H)) && save("overlay.png", mask_overlay(r->image, mask, mw, mh));
        for (const auto& mp : r->maps)
            ok = ok && save("heat_step" + std::to_string(mp.step) + ".png", heat_image(mp.importance, mw, mh, W, H)) &&
                 save("mask_step" + std::to_string(mp.step) + ".png", mask_image(mp.mask, mw, mh, W, H));
        if (!ok) return 1;
        // Background fidelity: inside the inverted mask, against the reference (the VAE round trip is the ceiling).
        double bg = 0;
        for (float v : mask) bg += 1 - v;
        std::ofstream csv(out / "metrics.csv");
        csv << "image,background_share,psnr_background_db,ssim_background,psnr_whole_db\n";
        std::printf("background share of the latent: %.1f %% (%d×%d)\n", 100 * bg / double(mask.size()), mw, mh);
        if (bg > 0) {
            const PixelWeights w = mask_weights(mask, mw, mh, W, H, true);
            auto row = [&](const char* name, const Image& im) {
                if (im.empty()) return;
                const Fidelity f = fidelity(im, r->reference, w);
                csv << name << "," << bg / double(mask.size()) << "," << f.psnr_bg << "," << f.ssim_bg << "," << f.psnr_all << "\n";
                std::printf("%-22s background PSNR %6.2f dB  SSIM %.4f   (whole image PSNR %6.2f dB)\n", name, f.psnr_bg,
                            f.ssim_bg, f.psnr_all);
            };
            row(importance_kind_name(a->o.importance), r->image);
            row("img2img", r->baseline);
            row("vae-reconstruction", r->reconstruction);
        }
        std::printf("wrote %s/{image,baseline_img2img,mask,overlay,reconstruction}.png, %zu heat map(s), metrics.csv\n",
                    a->out.c_str(), r->maps.size());
        return 0;
    };
}

}  // namespace clue::cli
