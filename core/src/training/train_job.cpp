// clue::train — the job around Trainer: options check, dataset scan, model load, latent cache, the step loop with
// validation / sample grids / checkpoints / log, cancel-with-checkpoint, export of <run>/model and its style space.
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <fstream>

#include "clue/png_meta.h"
#include "clue/style.h"
#include "clue/version.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/image_tensor.h"
#include "methods/clue_style/style_space_builder.h"
#include "pipelines/generate.h"
#include "training/train_log.h"
#include "training/trainer.h"

namespace fs = std::filesystem;

namespace clue {
namespace train_job_detail {
namespace {

std::string step_name(int step) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "step_%06d", step);
    return buf;
}

void write_text(const fs::path& p, const std::string& text) { write_file_atomic_or_throw(p.string(), text); }

void prune_checkpoints(const fs::path& dir, int keep) {
    std::vector<fs::path> steps;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_directory() && e.path().filename().string().rfind("step_", 0) == 0 &&
            e.path().extension() != ".tmp")
            steps.push_back(e.path());
    std::sort(steps.begin(), steps.end());
    for (size_t i = 0; i + keep < steps.size(); ++i) fs::remove_all(steps[i]);
}

/// One row per class (at most 6), columns: s = 0 and two sampled styles (CLUE) or three seeds (vanilla).
fs::path sample_grid(training::Trainer& tr, const TrainOptions& o, const models::FineTuneInfo& info,
                     const std::vector<std::string>& classes, int resolution, const fs::path& out, JobContext& ctx) {
    auto& m = tr.model();
    std::vector<at::Tensor> rows;
    for (size_t c = 0; c < classes.size() && c < 6; ++c) {
        std::vector<at::Tensor> cols;
        for (int col = 0; col < 3; ++col) {
            GenerateOptions g;
            g.prompt = info.prompt_for(classes[c]);
            g.sampler = "ddim";
            g.steps = o.sample_steps;
            g.cfg = 5.0;
            g.seed = 1000 + col;
            g.width = g.height = resolution;
            if (info.style_dim > 0 && col > 0) g.style = sample_style(static_cast<int>(info.style_dim), 2000 + col);
            if (info.style_dim > 0) g.seed = 1000;  // same noise, different styles
            pipelines::ImageJob job{pipelines::resolve_options(m, g), g.seed, 0};
            auto r = pipelines::generate_one(m, job, ctx, [](const char*, double) {});
            if (r.cancelled) return {};
            cols.push_back(r.image[0].clamp(-1, 1).cpu());
        }
        rows.push_back(torch::cat(cols, 2));
    }
    m.unet->set_style_scale(1.0);
    const Image grid = tensor_to_image(torch::cat(rows, 1));
    PngText text;
    text.clue_json = nlohmann::json{{"app", "CLUE Studio"}, {"kind", "training sample grid"}, {"classes", classes},
                                    {"synthetic", true}}
                         .dump();
    if (auto st = write_png(out.string(), grid, text); !st) fail(st.error().code, st.error().detail);
    return out;
}

}  // namespace
}  // namespace train_job_detail

Result<TrainSummary> train(const TrainOptions& options, JobContext& ctx,
                           const std::function<void(const TrainEvent&)>& on_event) {
    using namespace train_job_detail;
    if (auto st = validate(options); !st) return st.error();
    return run_guarded([&]() -> Result<TrainSummary> {
        auto emit = [&](TrainEvent e) {
            if (on_event) on_event(e);
        };
        TrainOptions o = options;
        if (o.threads > 0) set_num_threads(o.threads);
        const fs::path run(o.output_dir);
        fs::create_directories(run / "checkpoints");
        fs::create_directories(run / "samples");
        // Weighted progress: scan 5 %, load 5 %, encode 10 %, steps 80 %.
        const int64_t units = 100000;
        auto report = [&](const char* stage, double fraction) {
            ctx.report(stage, static_cast<int64_t>(fraction * units), units);
        };

        auto ds = scan_dataset(o.dataset, o.dataset_options, nullptr);
        if (!ds) return ds.error();
        report("scan", 0.05);
        if (ctx.cancel_requested()) return TrainSummary{JobState::Cancelled};
        LoadOptions lo;
        lo.device = o.device;
        lo.unet_dtype = "fp32";
        auto model = models::load_sd_model(o.base_model, lo, nullptr);
        if (model->unet->has_style() || !model->finetune.mode.empty())
            fail(Errc::InvalidArgument, "base_model '" + o.base_model + "' is already a CLUE Studio fine-tune (" +
                                            model->finetune.mode + "); train from its base model (" +
                                            model->finetune.base_model + ")");
        report("load", 0.10);
        if (!model->device.is_cuda() && o.precision == "bf16")
            fail(Errc::InvalidArgument, "precision bf16 is for CUDA devices; on the CPU training runs in fp32 "
                                        "(bf16 there is slow and inexact): set precision to auto or fp32");
        const int resolution = o.resolution > 0 ? o.resolution : model->info.native_size;
        if (resolution % model->info.vae_scale_factor)
            fail(Errc::InvalidArgument, "resolution " + std::to_string(resolution) + " is not a multiple of " +
                                            std::to_string(model->info.vae_scale_factor));
        o.preprocess.size = resolution;
        {
            nlohmann::ordered_json cfg = nlohmann::ordered_json::parse(to_json(o));
            cfg["resolved_resolution"] = resolution;
            cfg["classes"] = ds->classes;
            cfg["train_counts"] = ds->train_counts;
            cfg["validation_counts"] = ds->validation_counts;
            cfg["skipped_files"] = ds->skipped.size();
            cfg["clue_studio"] = version_string();
            cfg["libtorch"] = torch_version();
            write_text(run / "config.json", cfg.dump(2));
        }
        TrainEvent started;
        started.kind = TrainEvent::Kind::Started;
        started.total_steps = o.max_steps;
        started.message = dataset_report(*ds);
        emit(started);

        auto no_grad = std::make_unique<torch::NoGradGuard>();  // encoding only; training needs autograd
        auto data = training::encode_dataset(*model, *ds, o.preprocess, o.horizontal_flip, run / "cache" / "latents",
                                             ctx, [&](int d, int n) { report("encode", 0.10 + 0.10 * d / n); });
        if (data.size() == 0) return TrainSummary{JobState::Cancelled};
        models::FineTuneInfo text_info;
        text_info.prompt_template = o.prompt_template;
        text_info.class_prompts = o.class_prompts;
        std::vector<at::Tensor> class_text;
        for (const auto& c : ds->classes)
            class_text.push_back(pipelines::encode_prompt(*model, text_info.prompt_for(c), 1));
        const at::Tensor empty_text = pipelines::encode_prompt(*model, "", 1).to(model->device);
        no_grad.reset();
        training::Trainer tr(*model, o, std::move(data), torch::cat(class_text).to(model->device), empty_text);
        auto info = tr.finetune_info();
        info.classes = ds->classes;

        TrainSummary summary;
        int step = 0;
        const fs::path latest = run / "checkpoints" / "latest.txt";
        if (o.resume && fs::exists(latest)) {
            std::string name;
            std::ifstream(latest) >> name;
            step = tr.load_checkpoint(run / "checkpoints" / name);
            summary.resumed_from = step;
        }
        training::prepare_train_log(run / "train_log.csv", step);

        auto checkpoint = [&](int at_step) {
            const fs::path dir = run / "checkpoints" / step_name(at_step);
            tr.save_checkpoint(dir, at_step);
            write_text(latest, step_name(at_step) + "\n");
            prune_checkpoints(run / "checkpoints", o.keep_checkpoints);
            summary.checkpoint_dir = dir.string();
            TrainEvent e;
            e.kind = TrainEvent::Kind::Checkpoint, e.step = at_step, e.total_steps = o.max_steps, e.path = dir.string();
            emit(e);
        };
        auto export_model = [&](int at_step) {
            info.steps = at_step;
            if (tr.has_ema()) tr.swap_ema();
            models::export_model_folder(run / "model", *model, info, model->tokenizer_dir);
            if (auto [mu, logvar] = tr.posteriors(); mu.defined()) {
                StyleSpace space = methods::build_style_space(mu, logvar, tr.data().paths, tr.data().class_index,
                                                              ds->classes, 8);
                if (auto st = save_style_space(space, (run / "model" / "style" / "style_space.safetensors").string()); !st)
                    fail(st.error().code, st.error().detail);
            }
            if (tr.has_ema()) tr.swap_ema();
            summary.model_dir = (run / "model").string();
        };

        const int start = step;
        auto t_last = std::chrono::steady_clock::now();
        bool cancelled = false;
        for (; step < o.max_steps; ++step) {
            if (ctx.cancel_requested()) {
                cancelled = true;
                break;
            }
            const auto r = tr.step(step);
            const auto now = std::chrono::steady_clock::now();
            const double secs = std::chrono::duration<double>(now - t_last).count();
            t_last = now;
            TrainLogRow row;
            row.step = step + 1;
            row.loss = r.loss, row.mse = r.mse, row.kl = r.kl, row.kl_beta = r.kl_beta, row.lr = r.lr;
            row.images_per_second = secs > 0 ? o.batch_size * o.grad_accumulation / secs : 0;
            row.validation_loss = std::nan("");
            if (!std::isfinite(r.loss))
                fail(Errc::Training, "the loss became " + std::to_string(r.loss) + " at step " +
                                         std::to_string(step + 1) + ": lower the learning rates (lr_unet " +
                                         std::to_string(o.lr_unet) + ", lr_new " + std::to_string(o.lr_new) + ")");
            summary.losses.push_back(r.loss);
            summary.last_loss = r.loss;
            TrainEvent e;
            e.kind = TrainEvent::Kind::Step, e.step = step + 1, e.total_steps = o.max_steps;
            e.loss = r.loss, e.mse = r.mse, e.kl = r.kl, e.kl_beta = r.kl_beta, e.lr = r.lr;
            e.images_per_second = row.images_per_second;
            emit(e);
            const bool last = step + 1 == o.max_steps;
            if ((o.validate_every > 0 && (step + 1) % o.validate_every == 0) || last) {
                row.validation_loss = tr.validation_loss();
                summary.last_validation_loss = row.validation_loss;
                if (std::isfinite(row.validation_loss)) {
                    TrainEvent v;
                    v.kind = TrainEvent::Kind::Validation, v.step = step + 1, v.total_steps = o.max_steps;
                    v.validation_loss = row.validation_loss;
                    emit(v);
                }
            }
            training::append_train_log(run / "train_log.csv", row, r.grad_norm);
            if (o.checkpoint_every > 0 && (step + 1) % o.checkpoint_every == 0 && !last) checkpoint(step + 1);
            if (o.sample_every > 0 && (step + 1) % o.sample_every == 0) {
                auto grid = sample_grid(tr, o, info, ds->classes, resolution,
                                        run / "samples" / (step_name(step + 1) + ".png"), ctx);
                if (!grid.empty()) {
                    TrainEvent s;
                    s.kind = TrainEvent::Kind::Samples, s.step = step + 1, s.total_steps = o.max_steps;
                    s.path = grid.string();
                    emit(s);
                }
            }
            report("train", 0.20 + 0.80 * (step + 1) / o.max_steps);
        }
        summary.steps_done = step;
        // Stop = checkpoint + export of what exists: nothing but the running step is lost.
        if (step > start || !fs::exists(latest)) checkpoint(step);
        export_model(step);
        summary.state = cancelled ? JobState::Cancelled : JobState::Succeeded;
        return summary;
    });
}

}  // namespace clue
