// TrainOptions: range checks, JSON round trip (config.json of a run, the CLI's --config) and presets.
#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <filesystem>

#include "clue/train.h"
#include "common/json_reader.h"

namespace clue {
namespace train_detail {
namespace {


const char* mode_name(TrainMode m) { return m == TrainMode::Vanilla ? "vanilla" : "clue"; }
const char* parts_name(TrainParts p) { return p == TrainParts::NewLayersOnly ? "new_layers" : "full_unet"; }

}  // namespace
}  // namespace train_detail

Status validate(const TrainOptions& o) {
    using namespace train_detail;
    namespace fs = std::filesystem;
    std::vector<std::string> e;
    auto range = [&](const char* name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi))
            e.push_back(std::string(name) + " must be between " + options_detail::format_number(lo) + " and " + options_detail::format_number(hi) + ", got " + options_detail::format_number(v));
    };
    if (o.dataset.empty()) e.push_back("dataset is empty: give an image folder or a CSV manifest");
    else if (!fs::exists(o.dataset)) e.push_back("dataset '" + o.dataset + "' does not exist");
    if (o.base_model.empty()) e.push_back("base_model is empty: give a diffusers folder or .safetensors file");
    else if (!fs::exists(o.base_model)) e.push_back("base_model '" + o.base_model + "' does not exist");
    if (o.output_dir.empty()) e.push_back("output_dir is empty: give a run folder");
    if (o.resolution != 0 && (o.resolution < 32 || o.resolution > 2048 || o.resolution % 8))
        e.push_back("resolution must be 0 (model default) or a multiple of 8 in 32…2048, got " +
                    std::to_string(o.resolution));
    range("style_dim", o.style_dim, 1, 8192);
    range("style_tokens", o.style_tokens, 1, 64);
    range("encoder_channels", o.encoder_channels, 0, 1024);
    range("batch_size", o.batch_size, 1, 1024);
    range("grad_accumulation", o.grad_accumulation, 1, 1024);
    range("max_steps", o.max_steps, 1, 10000000);
    range("lr_unet", o.lr_unet, 0, 1);
    range("lr_new", o.lr_new, 0, 1);
    range("weight_decay", o.weight_decay, 0, 1);
    range("adam_beta1", o.adam_beta1, 0, 0.999999);
    range("adam_beta2", o.adam_beta2, 0, 0.999999999);
    range("adam_eps", o.adam_eps, 1e-12, 1e-2);
    range("grad_clip", o.grad_clip, 0, 1e6);
    range("warmup_steps", o.warmup_steps, 0, 10000000);
    if (o.lr_schedule != "cosine" && o.lr_schedule != "constant")
        e.push_back("lr_schedule must be \"cosine\" or \"constant\", got \"" + o.lr_schedule + "\"");
    range("ema_decay", o.ema_decay, 0, 0.999999999);
    range("kl_beta", o.kl_beta, 0, 10);
    range("kl_warmup_steps", o.kl_warmup_steps, 0, 10000000);
    range("prompt_dropout", o.prompt_dropout, 0, 1);
    range("style_dropout", o.style_dropout, 0, 1);
    range("validate_every", o.validate_every, 0, 10000000);
    range("sample_every", o.sample_every, 0, 10000000);
    range("sample_steps", o.sample_steps, 1, 1000);
    range("checkpoint_every", o.checkpoint_every, 0, 10000000);
    range("keep_checkpoints", o.keep_checkpoints, 1, 1000);
    range("threads", o.threads, 0, 1024);
    range("validation_fraction", o.dataset_options.validation_fraction, 0, 0.9);
    if (o.precision != "auto" && o.precision != "fp32" && o.precision != "fp16" && o.precision != "bf16")
        e.push_back("precision must be auto, fp32, fp16 or bf16, got \"" + o.precision + "\"");
    if (o.precision == "fp16")
        e.push_back("precision fp16 needs loss scaling, which CLUE Studio does not do yet: use bf16 (CUDA) or fp32");
    if (o.gradient_checkpointing)
        e.push_back("gradient_checkpointing is not available yet (LibTorch C++ has no torch.utils.checkpoint): lower "
                    "batch_size (with grad_accumulation) or the resolution instead");
    if (o.prompt_template.empty()) e.push_back("prompt_template is empty (use {class} for the class text)");
    if (o.mode == TrainMode::Vanilla && o.parts == TrainParts::NewLayersOnly)
        e.push_back("parts new_layers needs mode clue: a vanilla fine-tune has no new layers");
    if (e.empty()) return Ok{};
    std::string msg;
    for (const auto& x : e) msg += (msg.empty() ? "" : "; ") + x;
    return Error{Errc::InvalidArgument, msg};
}

std::string to_json(const TrainOptions& o) {
    using namespace train_detail;
    nlohmann::ordered_json j;
    j["dataset"] = o.dataset;
    j["validation_fraction"] = o.dataset_options.validation_fraction;
    j["min_edge"] = o.dataset_options.min_edge;
    j["preprocess"] = nlohmann::json::parse(to_json(o.preprocess));
    j["base_model"] = o.base_model;
    j["output_dir"] = o.output_dir;
    j["prompt_template"] = o.prompt_template;
    j["class_prompts"] = o.class_prompts;
    j["mode"] = mode_name(o.mode);
    j["parts"] = parts_name(o.parts);
    j["resolution"] = o.resolution;
    j["style_dim"] = o.style_dim;
    j["style_tokens"] = o.style_tokens;
    j["encoder_channels"] = o.encoder_channels;
    j["batch_size"] = o.batch_size;
    j["grad_accumulation"] = o.grad_accumulation;
    j["max_steps"] = o.max_steps;
    j["lr_unet"] = o.lr_unet;
    j["lr_new"] = o.lr_new;
    j["weight_decay"] = o.weight_decay;
    j["adam_beta1"] = o.adam_beta1;
    j["adam_beta2"] = o.adam_beta2;
    j["adam_eps"] = o.adam_eps;
    j["grad_clip"] = o.grad_clip;
    j["warmup_steps"] = o.warmup_steps;
    j["lr_schedule"] = o.lr_schedule;
    j["ema_decay"] = o.ema_decay;
    j["kl_beta"] = o.kl_beta;
    j["kl_warmup_steps"] = o.kl_warmup_steps;
    j["prompt_dropout"] = o.prompt_dropout;
    j["style_dropout"] = o.style_dropout;
    j["horizontal_flip"] = o.horizontal_flip;
    j["validate_every"] = o.validate_every;
    j["sample_every"] = o.sample_every;
    j["sample_steps"] = o.sample_steps;
    j["checkpoint_every"] = o.checkpoint_every;
    j["keep_checkpoints"] = o.keep_checkpoints;
    j["seed"] = o.seed;
    j["device"] = o.device;
    j["precision"] = o.precision;
    j["gradient_checkpointing"] = o.gradient_checkpointing;
    j["resume"] = o.resume;
    j["threads"] = o.threads;
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Result<TrainOptions> train_options_from_json(const std::string& text) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& ex) {
        return Error{Errc::BadFormat, std::string("training config: not valid JSON (") + ex.what() + ")"};
    }
    if (!j.is_object()) return Error{Errc::InvalidArgument, "training config: expected a JSON object"};
    TrainOptions o;
    options_detail::Reader r(j, "training config");
    r.str("dataset", o.dataset);
    r.real("validation_fraction", o.dataset_options.validation_fraction);
    r.integer("min_edge", o.dataset_options.min_edge);
    if (const auto* p = r.object("preprocess")) {
        auto pre = preprocess_options_from_json(p->dump());
        if (!pre) return pre.error();
        o.preprocess = *pre;
    }
    r.str("base_model", o.base_model);
    r.str("output_dir", o.output_dir);
    r.str("prompt_template", o.prompt_template);
    if (const auto* cp = r.object("class_prompts")) {
        for (auto it = cp->begin(); it != cp->end(); ++it) {
            if (!it.value().is_string()) return Error{Errc::InvalidArgument, "training config: class_prompts values must be strings"};
            o.class_prompts[it.key()] = it.value().get<std::string>();
        }
    }
    std::string mode = "clue", parts = "full_unet";
    r.str("mode", mode);
    r.str("parts", parts);
    r.integer("resolution", o.resolution);
    r.integer("style_dim", o.style_dim);
    r.integer("style_tokens", o.style_tokens);
    r.integer("encoder_channels", o.encoder_channels);
    r.integer("batch_size", o.batch_size);
    r.integer("grad_accumulation", o.grad_accumulation);
    r.integer("max_steps", o.max_steps);
    r.real("lr_unet", o.lr_unet);
    r.real("lr_new", o.lr_new);
    r.real("weight_decay", o.weight_decay);
    r.real("adam_beta1", o.adam_beta1);
    r.real("adam_beta2", o.adam_beta2);
    r.real("adam_eps", o.adam_eps);
    r.real("grad_clip", o.grad_clip);
    r.integer("warmup_steps", o.warmup_steps);
    r.str("lr_schedule", o.lr_schedule);
    r.real("ema_decay", o.ema_decay);
    r.real("kl_beta", o.kl_beta);
    r.integer("kl_warmup_steps", o.kl_warmup_steps);
    r.real("prompt_dropout", o.prompt_dropout);
    r.real("style_dropout", o.style_dropout);
    r.boolean("horizontal_flip", o.horizontal_flip);
    r.integer("validate_every", o.validate_every);
    r.integer("sample_every", o.sample_every);
    r.integer("sample_steps", o.sample_steps);
    r.integer("checkpoint_every", o.checkpoint_every);
    r.integer("keep_checkpoints", o.keep_checkpoints);
    r.integer("seed", o.seed);
    r.str("device", o.device);
    r.str("precision", o.precision);
    r.boolean("gradient_checkpointing", o.gradient_checkpointing);
    r.boolean("resume", o.resume);
    r.integer("threads", o.threads);
    if (!r.error().empty()) return Error{Errc::InvalidArgument, r.error()};
    if (mode == "clue") o.mode = TrainMode::Clue;
    else if (mode == "vanilla") o.mode = TrainMode::Vanilla;
    else return Error{Errc::InvalidArgument, "training config: \"mode\" must be \"clue\" or \"vanilla\", got \"" + mode + "\""};
    if (parts == "full_unet") o.parts = TrainParts::FullUNet;
    else if (parts == "new_layers") o.parts = TrainParts::NewLayersOnly;
    else return Error{Errc::InvalidArgument,
                      "training config: \"parts\" must be \"full_unet\" or \"new_layers\", got \"" + parts + "\""};
    return o;
}

std::vector<std::string> train_preset_names() { return {"few-hundred-images", "cpu-small", "smoke"}; }

Result<TrainOptions> train_preset(const std::string& name) {
    TrainOptions o;
    if (name == "few-hundred-images") {
        // A few hundred real images on one GPU: methods.md §2.5 learning rates, a shorter schedule than the paper's
        // 20k–40k steps (which assume thousands of images), KL warm-up over the first quarter.
        o.batch_size = 4, o.grad_accumulation = 2, o.max_steps = 6000, o.warmup_steps = 200;
        o.kl_warmup_steps = 1500, o.ema_decay = 0.999, o.validate_every = 250, o.sample_every = 500;
        o.checkpoint_every = 500, o.sample_steps = 30;
    } else if (name == "cpu-small") {
        // Tiny/demo models on a laptop CPU: higher learning rates (weights trained from scratch move further).
        o.batch_size = 8, o.max_steps = 1500, o.lr_unet = 3e-4, o.lr_new = 5e-4, o.warmup_steps = 50;
        o.kl_warmup_steps = 300, o.kl_beta = 1e-4, o.validate_every = 100, o.sample_every = 250;
        o.checkpoint_every = 250, o.sample_steps = 20;
    } else if (name == "smoke") {
        o.batch_size = 2, o.max_steps = 6, o.lr_unet = 1e-4, o.lr_new = 1e-3, o.warmup_steps = 0;
        o.kl_warmup_steps = 0, o.validate_every = 3, o.sample_every = 0, o.checkpoint_every = 3, o.sample_steps = 4;
        o.style_dim = 16, o.style_tokens = 2, o.encoder_channels = 32;
    } else {
        std::string names;
        for (const auto& n : train_preset_names()) names += (names.empty() ? "" : ", ") + n;
        return Error{Errc::InvalidArgument, "unknown training preset '" + name + "' (presets: " + names + ")"};
    }
    return o;
}

}  // namespace clue
