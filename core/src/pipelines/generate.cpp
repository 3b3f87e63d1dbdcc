#include "pipelines/generate.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <random>

#include "clue/png_meta.h"
#include "clue/version.h"
#include "common/error.h"
#include "common/image_tensor.h"
#include "methods/prompt_swap/prompt_schedule.h"

namespace clue::pipelines {

at::Tensor encode_prompt(models::SDModel& model, const std::string& prompt, int clip_skip) {
    auto ids = model.tokenizer->encode_padded(prompt, static_cast<int>(model.text_encoder->options().max_position_embeddings));
    auto t = torch::tensor(ids, torch::kLong).unsqueeze(0);
    return model.text_encoder->forward(t, std::max(0, clip_skip - 1)).last_hidden_state.to(torch::kFloat32);
}

GenerateOptions resolve_options(const models::SDModel& model, const GenerateOptions& in) {
    GenerateOptions o = in;
    const int f = model.info.vae_scale_factor;
    if (o.init_image) {  // diffusers fills each missing dimension from the image, rounded down to the VAE factor
        if (o.width == 0) o.width = o.init_image->width / f * f;
        if (o.height == 0) o.height = o.init_image->height / f * f;
        if (o.width < 64 || o.height < 64 || o.width > 4096 || o.height > 4096)
            fail(Errc::InvalidArgument, "the init image (" + std::to_string(o.init_image->width) + "x" +
                                            std::to_string(o.init_image->height) + ") gives a " + std::to_string(o.width) +
                                            "x" + std::to_string(o.height) +
                                            " image, outside 64..4096: pass --width/--height");
    }
    if (o.width == 0) o.width = model.info.native_size;
    if (o.height == 0) o.height = model.info.native_size;
    if (o.width % f || o.height % f)
        fail(Errc::InvalidArgument, "width and height must be multiples of " + std::to_string(f) + ", got " +
                                        std::to_string(o.width) + "x" + std::to_string(o.height));
    if (!o.sampler.empty()) {
        auto key = canonical_sampler_name(o.sampler);
        if (!key) fail(key.error().code, key.error().detail);
        o.sampler = *key;
    }
    if (o.seed < 0) o.seed = static_cast<std::int64_t>(std::random_device{}() & 0xffffffffu);
    const int64_t style_dim = model.unet->options().style_dim;
    if (!o.style.empty() && style_dim == 0)
        fail(Errc::InvalidArgument, "a style vector was given but model '" + model.info.name +
                                        "' has no style path (train a CLUE model first)");
    if (!o.style.empty() && static_cast<int64_t>(o.style.size()) != style_dim)
        fail(Errc::InvalidArgument, "the style vector has " + std::to_string(o.style.size()) + " numbers, model '" +
                                        model.info.name + "' expects " + std::to_string(style_dim));
    return o;
}

int start_index_of(const sched::Scheduler& sched, const GenerateOptions& o) {
    if (!o.init_image) return 0;
    // ref: img2img get_timesteps: init_timestep = min(int(steps*strength), steps); t_start = steps - init_timestep
    const int n = static_cast<int>(sched.timesteps().size(0));
    const int init_timestep = std::min(static_cast<int>(o.steps * o.strength), o.steps);
    const int start_index = std::max(o.steps - init_timestep, 0) * sched.order();
    if (start_index >= n)
        fail(Errc::InvalidArgument, "strength " + std::to_string(o.strength) + " with " + std::to_string(o.steps) +
                                        " steps leaves no step to run");
    return start_index;
}

ImageOutput generate_one(models::SDModel& model, const ImageJob& job, JobContext& context,
                         const std::function<void(const char*, double)>& progress, const GenerateExtras& extras) {
    const GenerateOptions& o = job.options;
    torch::NoGradGuard no_grad;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(static_cast<uint64_t>(job.seed));
    ImageOutput out;
    const int f = model.info.vae_scale_factor;

    auto sched = sched::make_scheduler(o.sampler, model.scheduler_config);
    sched->set_eta(o.eta);  // DDIM only; the others ignore it
    sched->set_timesteps(o.steps);
    const int n = static_cast<int>(sched->timesteps().size(0));
    const int start_index = start_index_of(*sched, o);
    const int run_steps = n - start_index;

    // Prompt editing [from:to:when] becomes a prompt swap on the one loop (a BeforeModel hook).
    auto encode_schedule = [&](const std::string& text) {
        std::vector<std::pair<int, at::Tensor>> out;
        for (const auto& seg : methods::parse_prompt_schedule(text, run_steps))
            out.emplace_back(seg.until_step, encode_prompt(model, seg.text, o.clip_skip).to(model.device));
        return out;
    };
    const auto cond_schedule = encode_schedule(o.prompt);
    std::vector<std::pair<int, at::Tensor>> uncond_schedule;
    if (o.cfg > 1.0) uncond_schedule = encode_schedule(o.negative_prompt);
    Conditioning cond;
    cond.cond = cond_schedule.front().second;
    if (o.cfg > 1.0) cond.uncond = uncond_schedule.front().second;
    if (model.unet->has_style()) {
        // CLUE: s conditions both guidance branches; no style given = s = 0, the prior mean (methods.md §2.6).
        const int64_t d = model.unet->options().style_dim;
        at::Tensor s = o.style.empty() ? torch::zeros({1, d}) : torch::tensor(o.style, torch::kFloat32).reshape({1, d});
        cond.style = s.to(model.device);
        cond.style_guidance = o.style_guidance;
        model.unet->set_style_scale(o.style_scale);
    }
    StepHook swap_hook;
    if (cond_schedule.size() > 1 || uncond_schedule.size() > 1) {
        swap_hook = [&](StepState& s) {
            if (s.phase != StepPhase::BeforeModel) return;
            auto pick = [&](const std::vector<std::pair<int, at::Tensor>>& sch) {
                for (const auto& [until, emb] : sch)
                    if (s.step < until) return emb;
                return sch.back().second;
            };
            s.conditioning.cond = pick(cond_schedule);
            if (!uncond_schedule.empty()) s.conditioning.uncond = pick(uncond_schedule);
        };
    }
    progress("encode", 1.0);
    const auto cpu_f32 = torch::TensorOptions().dtype(torch::kFloat32);
    const std::vector<int64_t> shape{1, model.unet->options().in_channels, o.height / f, o.width / f};
    at::Tensor latents;
    if (!o.init_image) {
        // ref: prepare_latents — first generator draw; scaled by init_noise_sigma
        latents = at::randn(shape, gen, cpu_f32).to(model.device) * sched->init_noise_sigma();
    } else {
        at::Tensor image = image_to_tensor(*o.init_image, o.width, o.height).to(model.device, model.vae_dtype);
        auto post = model.vae->encode(image);
        // first draw: posterior sample; second draw: the added noise (diffusers' order)
        at::Tensor init = post.sample(&gen).to(torch::kFloat32) * model.vae->options().scaling_factor;
        at::Tensor noise = at::randn(init.sizes(), gen, cpu_f32).to(model.device);
        latents = sched->add_noise(init, noise, start_index);
        if (extras.on_img2img_start) extras.on_img2img_start(init, noise);
    }
    DenoiseParams params;
    params.scheduler = sched.get();
    params.start_index = start_index;
    params.guidance_scale = o.cfg;
    params.generator = &gen;
    params.unet_dtype = model.unet_dtype;
    const int total = run_steps;

    StepHook preview_hook;
    if (o.preview_every > 0) {
        preview_hook = [&](StepState& s) {
            if (s.phase != StepPhase::AfterStep) return;
            if ((s.step + 1) % o.preview_every != 0 && s.step + 1 != s.total) return;
            const at::Tensor& src = s.pred_original.defined() ? s.pred_original : s.latents;
            if (o.preview_mode == PreviewMode::FullDecode)
                context.preview(tensor_to_image(model.vae->decode((src / model.vae->options().scaling_factor)
                                                                      .to(model.vae_dtype))),
                                s.step + 1);
            else
                context.preview(latents_to_preview(src, f), s.step + 1);
        };
    }
    out.latents = denoise(model.unet, latents, cond, params, context, chain_hooks({swap_hook, extras.hook, preview_hook}),
                          [&](int done) { progress("denoise", 1.0 + 8.0 * done / total); });
    if (!out.latents.defined()) {
        out.cancelled = true;
        return out;
    }
    out.image = model.vae->decode((out.latents / model.vae->options().scaling_factor).to(model.vae_dtype))
                    .to(torch::kFloat32);
    progress("decode", 10.0);
    return out;
}

namespace {
std::string fmt_number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}
std::string default_sampler_key(const models::SDModel& m) {
    const std::string& c = m.scheduler_config.class_name;
    if (c == "DDIMScheduler") return "ddim";
    if (c == "PNDMScheduler") return "pndm";
    if (c == "LMSDiscreteScheduler") return "lms";
    if (c == "EulerDiscreteScheduler") return "euler";
    if (c == "EulerAncestralDiscreteScheduler") return "euler_a";
    if (c == "DPMSolverMultistepScheduler") return m.scheduler_config.use_karras_sigmas ? "dpmpp_2m_karras" : "dpmpp_2m";
    return "";
}
}  // namespace

std::string make_infotext(const models::SDModel& model, const GenerateOptions& o, std::int64_t seed) {
    const std::string key = o.sampler.empty() ? default_sampler_key(model) : o.sampler;
    std::vector<std::pair<std::string, std::string>> p;
    p.emplace_back("Steps", std::to_string(o.steps));
    if (key == "dpmpp_2m_karras") {
        p.emplace_back("Sampler", "DPM++ 2M");
        p.emplace_back("Schedule type", "Karras");
    } else {
        p.emplace_back("Sampler", key.empty() ? model.scheduler_config.class_name : sampler_display_name(key));
    }
    p.emplace_back("CFG scale", fmt_number(o.cfg));
    p.emplace_back("Seed", std::to_string(seed));
    p.emplace_back("Size", std::to_string(o.width) + "x" + std::to_string(o.height));
    p.emplace_back("Model hash", model.info.short_hash);
    p.emplace_back("Model", model.info.name);
    if (o.init_image) p.emplace_back("Denoising strength", fmt_number(o.strength));
    if (o.clip_skip > 1) p.emplace_back("Clip skip", std::to_string(o.clip_skip));
    if (key == "ddim" && o.eta > 0) p.emplace_back("Eta", fmt_number(o.eta));
    if (model.unet->has_style()) {  // the 1024 numbers themselves live in the clue JSON chunk (conventions.md §6.1)
        p.emplace_back("Style", o.style.empty() ? "prior mean" : "custom");
        if (o.style_scale != 1.0) p.emplace_back("Style strength", fmt_number(o.style_scale));
        if (o.style_guidance != 0.0) p.emplace_back("Style guidance", fmt_number(o.style_guidance));
    }
    p.emplace_back("RNG", "CPU");
    p.emplace_back("Version", std::string("CLUE Studio ") + version_string());
    return format_infotext(o.prompt, o.negative_prompt, p);
}

std::string make_clue_json(const models::SDModel& model, const GenerateOptions& o, std::int64_t seed, int index) {
    GenerateOptions r = o;
    r.seed = seed;
    r.batch = 1;
    nlohmann::json j;
    j["app"] = "CLUE Studio";
    j["version"] = version_string();
    j["libtorch"] = torch_version();
    j["device"] = model.info.device;
    j["synthetic"] = true;
    j["recipe"] = nlohmann::json::parse(to_json(r));
    j["img2img"] = o.init_image.has_value();
    j["batch_index"] = index;
    j["rng"] = "torch.Generator('cpu').manual_seed(seed); torch.randn float32";
    j["model"] = {{"name", model.info.name}, {"format", model.info.format}, {"family", model.info.family},
                  {"sha256", model.info.sha256}, {"unet_dtype", std::string(c10::toString(model.unet_dtype))}};
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char ts[32];
    std::tm tm{};
    gmtime_r(&now, &tm);
    std::strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", &tm);
    j["created"] = ts;
    return j.dump();
}

}  // namespace clue::pipelines
