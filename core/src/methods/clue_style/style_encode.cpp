// Style from images: μ of the style encoder for one image (encode_style) or a whole dataset (compute_style_space).
#include <torch/torch.h>

#include "clue/style.h"
#include "common/error.h"
#include "common/image_tensor.h"
#include "methods/clue_style/style_space_builder.h"
#include "models/sd_model.h"
#include "pipelines/generate.h"

namespace clue {

namespace style_encode_detail {
namespace {

models::SDModel& style_model(Model& model) {
    auto& sd = models::sd_model_of(model);
    if (!sd.style_encoder)
        fail(Errc::UnsupportedModel, "model '" + sd.info.name + "' has no style encoder (train a CLUE model first)");
    return sd;
}

/// μ and log σ² of images [B,3,H,W] in [-1,1] with prompt embeddings [B,77,D].
std::pair<at::Tensor, at::Tensor> posterior(models::SDModel& sd, const at::Tensor& images, const at::Tensor& text) {
    const at::Tensor z = sd.vae->encode(images.to(sd.device, sd.vae_dtype)).mean.to(at::kFloat) *
                         sd.vae->options().scaling_factor;
    return sd.style_encoder->forward(z, text.to(sd.device));
}

}  // namespace
}  // namespace style_encode_detail

Result<std::vector<float>> encode_style(Model& model, const Image& image, const std::string& prompt, JobContext*) {
    using namespace style_encode_detail;
    if (image.empty()) return Error{Errc::InvalidArgument, "encode_style: the image is empty"};
    return run_guarded([&]() -> Result<std::vector<float>> {
        auto& sd = style_model(model);
        torch::NoGradGuard no_grad;
        const int size = sd.info.native_size;
        const at::Tensor x = image_to_tensor(image, size, size);
        const at::Tensor text = pipelines::encode_prompt(sd, prompt, 1);
        const at::Tensor mu = posterior(sd, x, text).first[0].cpu().contiguous();
        return std::vector<float>(mu.data_ptr<float>(), mu.data_ptr<float>() + mu.numel());
    });
}

Result<StyleSpace> compute_style_space(Model& model, const Dataset& dataset, const PreprocessOptions& preprocess_in,
                                       const std::string& prompt_template, int components, JobContext& context) {
    using namespace style_encode_detail;
    if (dataset.items.size() < 2) return Error{Errc::InvalidArgument, "compute_style_space needs at least 2 images"};
    return run_guarded([&]() -> Result<StyleSpace> {
        auto& sd = style_model(model);
        torch::NoGradGuard no_grad;
        PreprocessOptions pre = preprocess_in;
        pre.size = sd.info.native_size;
        models::FineTuneInfo prompts = sd.finetune;
        if (!prompt_template.empty()) prompts.prompt_template = prompt_template;
        std::map<int, at::Tensor> text;
        std::vector<at::Tensor> mus, logvars;
        std::vector<std::string> paths;
        std::vector<int> cls;
        const int total = static_cast<int>(dataset.items.size());
        for (int i = 0; i < total; ++i) {
            if (context.cancel_requested()) return Error{Errc::Cancelled, "cancelled"};
            const auto& item = dataset.items[i];
            auto img = load_clean_image(item.path);
            if (!img) continue;  // scan_dataset already reported unreadable files
            auto prepared = preprocess(*img, pre);
            if (!prepared) fail(prepared.error().code, item.path + ": " + prepared.error().detail);
            if (!text.count(item.class_index))
                text[item.class_index] = pipelines::encode_prompt(sd, prompts.prompt_for(item.class_name), 1);
            auto [mu, logvar] = posterior(sd, image_to_tensor(*prepared), text[item.class_index]);
            mus.push_back(mu.cpu());
            logvars.push_back(logvar.cpu());
            paths.push_back(item.path);
            cls.push_back(item.class_index);
            context.report("encode", i + 1, total);
        }
        if (mus.size() < 2) return Error{Errc::InvalidArgument, "fewer than 2 images could be encoded"};
        return methods::build_style_space(torch::cat(mus), torch::cat(logvars), paths, cls, dataset.classes, components);
    });
}

}  // namespace clue
