#pragma once
// The demo model (issue #4): a tiny SD-architecture model trained from scratch by the project's own code on the
// synthetic otoscopy benchmark — VAE first, then the CLUE and vanilla U-Nets through clue::train. The result is a
// diffusers folder per run that Model::load opens like any other model.
#include <cstdint>
#include <functional>
#include <string>

#include "clue/job.h"
#include "clue/result.h"

namespace clue {

struct DemoModelOptions {
    std::string data_dir;    ///< a benchmark folder from make_demo_data (or any class-folder dataset)
    std::string output_dir;  ///< <out>/base (VAE trained, U-Net random, text encoder random + real CLIP vocabulary),
                             ///< <out>/runs/clue/model, <out>/runs/vanilla/model
    int size = 64;           ///< training resolution (VAE factor 4: 16×16 latents at 64²)
    int vae_steps = 1500;
    int unet_steps = 2500;
    int batch_size = 16;
    bool vanilla = true;     ///< also train the vanilla baseline at the same budget
    std::int64_t seed = 1;
    int threads = 0;
};

struct DemoModelSummary {
    std::string base_model, clue_model, vanilla_model;
    double vae_l1 = 0;          ///< mean |x − decode(encode(x))| on the validation images, in [0, 1] pixel units
    double vae_scaling_factor = 0;
    double clue_validation_loss = 0, vanilla_validation_loss = 0;
};

/// Runs the whole recipe (resumable: a finished stage is skipped; the U-Net runs resume from their checkpoints).
/// `log` receives one line per stage and milestone. Progress stages "vae", "train".
Result<DemoModelSummary> make_demo_model(const DemoModelOptions& options, JobContext& context,
                                         const std::function<void(const std::string&)>& log = {});

}  // namespace clue
