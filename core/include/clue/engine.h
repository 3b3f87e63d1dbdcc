#pragma once
// The Stable Diffusion engine behind an opaque handle (sd.cpp `sd_ctx_t` style): no torch in this header.
// Example: auto m = clue::Model::load("/models/sd15"); auto r = clue::generate(**m, opts, ctx);
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "clue/image.h"
#include "clue/job.h"
#include "clue/options.h"
#include "clue/result.h"

namespace clue {

struct LoadOptions {
    std::string device = "auto";      ///< "auto", "cpu", "cuda", "cuda:N"
    std::string unet_dtype = "auto";  ///< "auto" (fp32 on CPU, fp16 on CUDA), "fp32", "fp16", "bf16"
    bool vae_fp32 = true;             ///< keep the VAE in fp32 on CUDA (SD 2.1 black-image guard)
    bool channels_last = true;        ///< CUDA only
};

struct ComponentInfo {
    std::string name;        ///< unet, vae, text_encoder, tokenizer, scheduler
    std::string class_name;  ///< UNet2DConditionModel, …
    std::int64_t parameters = 0;
    std::string config_json;
};

struct ModelInfo {
    std::string path;
    std::string name;    ///< folder or file stem, as A1111 shows it
    std::string format;  ///< "diffusers" or "single-file"
    std::string family;  ///< "sd1" or "sd2"
    std::string sha256;  ///< of the single file, or of the UNet weights file of a folder
    std::string short_hash;  ///< first 10 hex of sha256 (A1111 "AutoV2" model hash)
    std::string prediction_type;  ///< epsilon or v_prediction
    std::string scheduler_class;  ///< the model's own scheduler (PNDMScheduler, DDIMScheduler, …)
    int native_size = 512;        ///< image size in pixels the model was trained at
    int vae_scale_factor = 8;
    std::string device;           ///< where the weights live now
    int style_dim = 0;            ///< CLUE models: dimension of the style vector s; 0 = no style path
    int style_tokens = 0;         ///< CLUE models: tokens s is projected to
    std::string style_space;      ///< CLUE models: path of style/style_space.safetensors when the run wrote one
    std::string prompt_template;  ///< CLUE/fine-tuned models: the training prompt template ("" = unknown)
    std::vector<std::string> classes;  ///< fine-tuned models: the training classes (for {class})
    std::map<std::string, std::string> class_prompts;  ///< class name → its text for {class} ("" map = the name)
    std::vector<ComponentInfo> components;
};

/// The prompt a fine-tuned model was trained with for `class_name`: the template with {class} replaced by the class's
/// text (class_prompts, else the name); no {class} = the template itself; no template = the text.
std::string prompt_for_class(const ModelInfo& info, const std::string& class_name);

class Model {
public:
    /// Loads a diffusers folder or a single `.safetensors` file (LDM names). Pickled `.ckpt`/`.pt` files are refused.
    static Result<std::shared_ptr<Model>> load(const std::string& path, const LoadOptions& options = {},
                                               JobContext* context = nullptr);
    ~Model();
    const ModelInfo& info() const;

    struct Impl;
    Impl& impl();

private:
    explicit Model(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d_;
};

struct GenerateResult {
    JobState state = JobState::Succeeded;  ///< Succeeded or Cancelled (cancel is not an error)
    std::vector<Image> images;
    std::vector<std::int64_t> seeds;        ///< one per image
    std::vector<std::string> infotexts;     ///< A1111 `parameters` text per image
    std::vector<std::string> clue_jsons;    ///< our provenance JSON per image
    std::vector<float> latents;             ///< final latents (before division by the VAE scaling factor)
    std::vector<std::int64_t> latents_shape;  ///< [batch, 4, H/f, W/f]
};

/// txt2img, or img2img when options.init_image is set. Progress stages: encode 1, denoise 8, decode 1.
Result<GenerateResult> generate(Model& model, const GenerateOptions& options, JobContext& context);

/// Writes float32 data as a safetensors file holding one tensor `name`.
Status save_tensor_safetensors(const std::string& path, const std::string& name, const std::vector<float>& data,
                               const std::vector<std::int64_t>& shape);

/// Canonical sampler key for a name or A1111 display name ("Euler a" -> "euler_a"); error lists the valid names.
Result<std::string> canonical_sampler_name(const std::string& name);
/// A1111 display name for a canonical key ("dpmpp_2m_karras" -> "DPM++ 2M Karras").
std::string sampler_display_name(const std::string& key);
/// All canonical sampler keys.
std::vector<std::string> sampler_names();

}  // namespace clue

namespace clue {
/// The bundled tiny demo model (a diffusers folder), found next to the executable: $CLUE_MODELS_DIR/tiny-sd15,
/// <exe>/../share/clue-studio/models/tiny-sd15 (installed) or the source tree's resources/models/tiny-sd15 (build tree).
/// Empty when none is found.
std::string bundled_model_path();
/// The project-trained CLUE demo model (resources/models/demo-otoscopy: synthetic otoscopy benchmark, 64², fp16
/// weights; README "Demo model"), or "" when not installed.
std::string bundled_demo_model_path();
}  // namespace clue
