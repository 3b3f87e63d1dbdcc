// clue generate — txt2img / img2img. The flag names are a contract for scripts (issue #2).
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_context.h"
#include "clue/engine.h"
#include "clue/png_meta.h"
#include "clue/style.h"
#include "commands.h"

namespace fs = std::filesystem;

namespace clue::cli {
namespace {

struct GenerateArgs {
    std::string model, out = "clue.png", init_image, save_latents, recipe, device = "auto", preview_mode = "approx";
    std::string style;                 ///< numbers or @file
    std::int64_t style_seed = -1;      ///< >= 0: s ~ N(0, I) from this seed
    GenerateOptions o;
    bool quiet = false;
};

std::string numbered(const std::string& out, int i, int n) {
    if (n == 1) return out;
    fs::path p(out);
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "-%02d", i);
    return (p.parent_path() / (p.stem().string() + suffix + p.extension().string())).string();
}

int run(GenerateArgs& a, CLI::App* cmd) {
    GenerateOptions o = a.o;
    if (!a.recipe.empty()) {  // a recipe saved from the GUI; explicit flags win
        std::ifstream in(a.recipe);
        if (!in) return report_error({Errc::FileNotFound, a.recipe + ": cannot read recipe"});
        std::stringstream s;
        s << in.rdbuf();
        auto r = generate_options_from_json(s.str());
        if (!r) return report_error(r.error());
        GenerateOptions base = *r;
        for (auto* opt : cmd->get_options()) {
            if (opt->count() == 0) continue;
            const std::string n = opt->get_name();
            if (n == "--prompt") base.prompt = o.prompt;
            else if (n == "--negative-prompt") base.negative_prompt = o.negative_prompt;
            else if (n == "--sampler") base.sampler = o.sampler;
            else if (n == "--steps") base.steps = o.steps;
            else if (n == "--cfg") base.cfg = o.cfg;
            else if (n == "--seed") base.seed = o.seed;
            else if (n == "--width") base.width = o.width;
            else if (n == "--height") base.height = o.height;
            else if (n == "--batch") base.batch = o.batch;
            else if (n == "--strength") base.strength = o.strength;
            else if (n == "--clip-skip") base.clip_skip = o.clip_skip;
            else if (n == "--eta") base.eta = o.eta;
        }
        base.preview_every = o.preview_every;
        o = base;
    }
    o.preview_mode = a.preview_mode == "full" ? PreviewMode::FullDecode : PreviewMode::Approximate;
    if (!a.init_image.empty()) {
        auto img = read_image(a.init_image);
        if (!img) return report_error(img.error());
        o.init_image = std::move(*img);
    }
    if (auto st = validate(o); !st) return report_error(st.error());  // before loading anything heavy
    if (a.model.empty()) a.model = bundled_model_path();
    if (a.model.empty()) return report_error({Errc::InvalidArgument, "--model is required (no bundled model found)"});

    TerminalJobContext ctx(a.quiet);
    const std::string preview = fs::path(a.out).replace_extension(".preview.png").string();
    if (o.preview_every > 0) ctx.set_preview_path(preview);
    // The preview file is scratch: gone on every exit path.
    struct RemoveOnExit {
        std::string path;
        ~RemoveOnExit() {
            std::error_code ec;
            if (!path.empty()) fs::remove(path, ec);
        }
    } cleanup{o.preview_every > 0 ? preview : std::string()};
    LoadOptions lo;
    lo.device = a.device;
    auto model = Model::load(a.model, lo, &ctx);
    ctx.finish_line();
    if (!model) return report_error(model.error());
    const int style_dim = (*model)->info().style_dim;
    if ((a.style_seed >= 0 || !a.style.empty()) && style_dim == 0)
        return report_error({Errc::InvalidArgument, a.model + ": --style/--style-seed need a CLUE model (no style path)"});
    if (a.style_seed >= 0) o.style = sample_style(style_dim, a.style_seed);
    if (!a.style.empty()) {
        std::string text = a.style;
        if (text[0] == '@') {
            std::ifstream in(text.substr(1));
            if (!in) return report_error({Errc::FileNotFound, text.substr(1) + ": cannot read the style file"});
            std::stringstream s;
            s << in.rdbuf();
            text = s.str();
        }
        auto s = style_from_text(text, style_dim);
        if (!s) return report_error(s.error());
        o.style = *s;
    }
    auto res = generate(**model, o, ctx);
    ctx.finish_line();
    if (!res) return report_error(res.error());
    // Images finished before a cancel are complete: they are written; the interrupted one never is.
    const int n = static_cast<int>(res->images.size());
    for (int i = 0; i < n; ++i) {
        const std::string path = numbered(a.out, i, o.batch);
        if (auto st = write_png(path, res->images[i], PngText{res->infotexts[i], res->clue_jsons[i], {}}); !st)
            return report_error(st.error());
        std::printf("%s  seed %lld\n", path.c_str(), static_cast<long long>(res->seeds[i]));
    }
    if (!a.save_latents.empty() && n > 0) {
        if (auto st = save_tensor_safetensors(a.save_latents, "latents", res->latents, res->latents_shape); !st)
            return report_error(st.error());
    }
    if (res->state == JobState::Cancelled) {
        std::fprintf(stderr, "cancelled: %d of %d images written, the interrupted one was not\n", n, o.batch);
        return 130;
    }
    return 0;
}

}  // namespace

Runner add_generate_command(CLI::App& app) {
    auto a = std::make_shared<GenerateArgs>();
    auto* cmd = app.add_subcommand("generate", "Generate images (txt2img, or img2img with --init-image)");
    cmd->add_option("--model", a->model, "diffusers folder or .safetensors file (default: the bundled tiny model)");
    cmd->add_option("--prompt", a->o.prompt, "prompt");
    cmd->add_option("--negative-prompt", a->o.negative_prompt, "negative prompt");
    cmd->add_option("--sampler", a->o.sampler,
                    "ddim, pndm, lms, euler, euler_a, dpmpp_2m, dpmpp_2m_karras or an A1111 name (\"Euler a\"); "
                    "default: the model's own scheduler");
    cmd->add_option("--steps", a->o.steps, "sampler steps")->capture_default_str();
    cmd->add_option("--cfg", a->o.cfg, "classifier-free guidance scale")->capture_default_str();
    cmd->add_option("--seed", a->o.seed, "seed (-1 = random; batch item i uses seed+i)")->capture_default_str();
    cmd->add_option("--width", a->o.width, "width in pixels (0 = model's native size)");
    cmd->add_option("--height", a->o.height, "height in pixels (0 = model's native size)");
    cmd->add_option("--batch", a->o.batch, "number of images")->capture_default_str();
    cmd->add_option("--init-image", a->init_image, "img2img input image");
    cmd->add_option("--strength", a->o.strength, "img2img denoising strength")->capture_default_str();
    cmd->add_option("--clip-skip", a->o.clip_skip, "A1111 clip skip (1 = last layer)")->capture_default_str();
    cmd->add_option("--eta", a->o.eta, "DDIM eta")->capture_default_str();
    cmd->add_option("--out", a->out, "output PNG (batch: -00, -01, … appended)")->capture_default_str();
    cmd->add_option("--save-latents", a->save_latents, "write final latents as safetensors ('latents')");
    cmd->add_option("--preview-every", a->o.preview_every, "write <out>.preview.png every N steps (0 = off)");
    cmd->add_option("--preview-mode", a->preview_mode, "approx (latent projection) or full (VAE decode)")
        ->check(CLI::IsMember({"approx", "full"}));
    cmd->add_option("--recipe", a->recipe, "recipe JSON saved by CLUE Studio (flags given here override it)");
    cmd->add_option("--device", a->device, "auto, cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_option("--style", a->style, "CLUE models: style vector s as numbers or @file (see `clue style encode`)");
    cmd->add_option("--style-seed", a->style_seed, "CLUE models: sample s ~ N(0, I) from this seed");
    cmd->add_option("--style-scale", a->o.style_scale, "CLUE models: style strength")->capture_default_str();
    cmd->add_option("--style-guidance", a->o.style_guidance, "CLUE models: style guidance (0 = off)")->capture_default_str();
    cmd->add_flag("--quiet,-q", a->quiet, "no progress bar");
    return [a, cmd]() { return run(*a, cmd); };
}

}  // namespace clue::cli
