// Public engine API: Model (opaque handle over models::SDModel) and generate(). Exceptions stop here.
#include "clue/engine.h"
#include "clue/version.h"

#include <torch/torch.h>


#include "common/error.h"
#include "common/image_tensor.h"
#include "io/safetensors.h"
#include "models/sd_model.h"
#include "pipelines/generate.h"

namespace clue {

struct Model::Impl {
    std::unique_ptr<models::SDModel> sd;
};

Model::Model(std::unique_ptr<Impl> impl) : d_(std::move(impl)) {}
Model::~Model() = default;
const ModelInfo& Model::info() const { return d_->sd->info; }
Model::Impl& Model::impl() { return *d_; }

Result<std::shared_ptr<Model>> Model::load(const std::string& path, const LoadOptions& options, JobContext* context) {
    tune_cpu_allocator();
    return run_guarded([&]() -> Result<std::shared_ptr<Model>> {
        auto impl = std::make_unique<Impl>();
        impl->sd = models::load_sd_model(path, options, context);
        return std::shared_ptr<Model>(new Model(std::move(impl)));
    });
}

namespace models {
SDModel& sd_model_of(Model& m) { return *m.impl().sd; }
}  // namespace models

Result<GenerateResult> generate(Model& model, const GenerateOptions& options, JobContext& context) {
    if (auto st = validate(options); !st) return st.error();  // before any heavy work
    return run_guarded([&]() -> Result<GenerateResult> {
        auto& sd = *model.impl().sd;
        const GenerateOptions o = pipelines::resolve_options(sd, options);
        GenerateResult result;
        const double per_image = 10.0;  // weights: encode 1, denoise 8, decode 1
        const double total = per_image * o.batch;
        const int64_t units = 1000;
        for (int i = 0; i < o.batch; ++i) {
            if (context.cancel_requested()) {
                result.state = JobState::Cancelled;
                return result;
            }
            pipelines::ImageJob job{o, o.seed + i, i};
            job.options.seed = o.seed + i;
            auto progress = [&](const char* stage, double done_in_image) {
                context.report(stage, static_cast<int64_t>(units * (per_image * i + done_in_image) / total), units);
            };
            auto out = pipelines::generate_one(sd, job, context, progress);
            if (out.cancelled) {
                result.state = JobState::Cancelled;
                return result;
            }
            result.images.push_back(tensor_to_image(out.image));
            result.seeds.push_back(job.seed);
            result.infotexts.push_back(pipelines::make_infotext(sd, job.options, job.seed));
            result.clue_jsons.push_back(pipelines::make_clue_json(sd, job.options, job.seed, i));
            at::Tensor l = out.latents.to(torch::kCPU, torch::kFloat32).contiguous();
            result.latents.insert(result.latents.end(), l.data_ptr<float>(), l.data_ptr<float>() + l.numel());
            result.latents_shape = {i + 1, l.size(1), l.size(2), l.size(3)};
        }
        result.state = JobState::Succeeded;
        return result;
    });
}

Status save_tensor_safetensors(const std::string& path, const std::string& name, const std::vector<float>& data,
                               const std::vector<std::int64_t>& shape) {
    return run_guarded([&]() -> Status {
        int64_t n = 1;
        for (auto d : shape) n *= d;
        if (n != static_cast<int64_t>(data.size()))
            return Error{Errc::InvalidArgument, "tensor '" + name + "': shape does not match the data size"};
        auto t = torch::from_blob(const_cast<float*>(data.data()), shape, torch::kFloat32);
        io::write_safetensors(path, {{name, t}}, {{"format", "pt"}});
        return Ok{};
    });
}

}  // namespace clue
