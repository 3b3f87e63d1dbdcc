#pragma once
// Fine-tuning a Stable Diffusion U-Net on a local image folder: CLUE (style encoder + second cross-attention path,
// methods.md §2.3–2.5) or the vanilla fine-tune baseline. A run is a folder:
//   <run>/config.json        the options (+ dataset summary, versions)         <run>/train_log.csv   one row per step
//   <run>/samples/step_NNNNNN.png   sample grids                              <run>/checkpoints/step_NNNNNN/ (+ latest.txt)
//   <run>/model/             a diffusers folder (+ style/) that Model::load opens
// Example: auto o = clue::train_preset("few-hundred-images"); o->dataset = "..."; clue::train(*o, ctx);
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "clue/dataset.h"
#include "clue/job.h"
#include "clue/result.h"

namespace clue {

enum class TrainMode { Clue = 1, Vanilla };        ///< Vanilla: no style path (the paper's baseline)
enum class TrainParts { FullUNet = 1, NewLayersOnly };  ///< NewLayersOnly: U-Net frozen, style path + encoder train

struct TrainOptions {
    std::string dataset;     ///< folder (one sub-folder per class) or CSV manifest
    DatasetOptions dataset_options;
    PreprocessOptions preprocess;  ///< preprocess.size is set to `resolution` at run time
    std::string base_model;  ///< diffusers folder or single .safetensors (SD 1.x / 2.x)
    std::string output_dir;  ///< the run folder; created; an existing run there is resumed when `resume`
    std::string prompt_template = "an otoendoscopic image of the tympanic membrane, {class}";
    std::map<std::string, std::string> class_prompts;  ///< class name -> text for {class} (default: the name)

    TrainMode mode = TrainMode::Clue;
    TrainParts parts = TrainParts::FullUNet;
    int resolution = 0;      ///< pixels; 0 = the base model's native size
    int style_dim = 1024;    ///< dimension of s
    int style_tokens = 4;    ///< N_s tokens s is projected to
    int encoder_channels = 0;  ///< style-encoder width; 0 = automatic from the model size

    int batch_size = 4;
    int grad_accumulation = 1;
    int max_steps = 2000;    ///< optimizer steps
    double lr_unet = 1e-5;
    double lr_new = 1e-4;    ///< style attention, token projector, style encoder
    double weight_decay = 1e-2;
    double adam_beta1 = 0.9, adam_beta2 = 0.999, adam_eps = 1e-8;
    double grad_clip = 1.0;  ///< global L2 norm; 0 = off
    int warmup_steps = 100;
    std::string lr_schedule = "cosine";  ///< "cosine" (to 0 at max_steps) or "constant" (after warm-up)
    double ema_decay = 0.0;  ///< 0 = no EMA; e.g. 0.9999 for long runs

    double kl_beta = 1e-4;   ///< weight of KL(q(s|x,c) || N(0,I)) (MSE mean + KL sum convention)
    int kl_warmup_steps = 2000;  ///< linear β warm-up (KL annealing)
    double prompt_dropout = 0.1; ///< prompt -> "" (classifier-free guidance)
    double style_dropout = 0.1;  ///< s -> 0 (the prior mean)
    bool horizontal_flip = false;

    int validate_every = 100;   ///< steps; validation loss with fixed noise and timesteps; 0 = never
    int sample_every = 200;     ///< steps; a sample grid (each class × a few styles, fixed seeds); 0 = never
    int sample_steps = 20;      ///< sampler steps for the grid
    int checkpoint_every = 200; ///< steps; 0 = only at the end / on stop
    int keep_checkpoints = 2;   ///< older step_* folders are removed
    std::int64_t seed = 1234;   ///< everything random in a step derives from (seed, step): resume is exact

    std::string device = "auto";     ///< "auto", "cpu", "cuda", "cuda:N"
    std::string precision = "auto";  ///< "auto" (fp32 on CPU, bf16 autocast on CUDA), "fp32", "bf16" (CUDA);
                                     ///< "fp16" is refused (it would need loss scaling)
    bool gradient_checkpointing = false;  ///< not available yet: validate() refuses true (see the README)
    bool resume = true;              ///< continue from <output_dir>/checkpoints/latest.txt when present
    int threads = 0;                 ///< CPU threads; 0 = keep the process setting
};

/// Checks every field (and that dataset/base_model exist); the message names each offending value.
Status validate(const TrainOptions& options);
std::string to_json(const TrainOptions& options);
/// Missing keys keep the defaults; wrong types / out-of-range values are InvalidArgument naming the key.
Result<TrainOptions> train_options_from_json(const std::string& json);
/// Presets: "few-hundred-images" (a few hundred real images, SD 2.1/1.5 on a GPU), "cpu-small" (the tiny/demo models
/// on a laptop CPU), "smoke" (a handful of steps, for tests). Unknown name: InvalidArgument listing the names.
Result<TrainOptions> train_preset(const std::string& name);
std::vector<std::string> train_preset_names();

/// What the trainer reports while it runs (besides JobContext progress "train").
struct TrainEvent {
    enum class Kind { Started = 1, Step, Validation, Samples, Checkpoint } kind = Kind::Step;
    int step = 0;           ///< optimizer steps done
    int total_steps = 0;
    double loss = 0, mse = 0, kl = 0, kl_beta = 0, lr = 0;  ///< Step
    double images_per_second = 0;  ///< Step
    double validation_loss = 0;    ///< Validation (MSE only, fixed noise/timesteps)
    std::string path;              ///< Samples: the grid PNG; Checkpoint: the folder
    std::string message;           ///< Started: dataset summary
};

struct TrainSummary {
    JobState state = JobState::Succeeded;  ///< Succeeded, or Cancelled (a checkpoint of the last step was written)
    int steps_done = 0;
    int resumed_from = 0;          ///< step of the checkpoint the run continued from (0 = fresh)
    double last_loss = 0;
    double last_validation_loss = 0;
    std::string model_dir;         ///< <run>/model
    std::string checkpoint_dir;    ///< the last checkpoint written
    std::vector<double> losses;    ///< training loss of every step of this invocation (tests compare resumes)
};

/// Trains (or resumes). Cancel (context) stops within one step and writes a checkpoint first: nothing is lost.
Result<TrainSummary> train(const TrainOptions& options, JobContext& context,
                           const std::function<void(const TrainEvent&)>& on_event = {});

/// The loss log of a run folder (<run>/train_log.csv): columns step,loss,mse,kl,kl_beta,lr,images_per_second,
/// validation_loss (NaN where not measured). For plots; FileNotFound when the run has none yet.
struct TrainLogRow {
    int step = 0;
    double loss = 0, mse = 0, kl = 0, kl_beta = 0, lr = 0, images_per_second = 0, validation_loss = 0;
};
Result<std::vector<TrainLogRow>> read_train_log(const std::string& run_dir);

}  // namespace clue
