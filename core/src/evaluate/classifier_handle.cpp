// clue::Classifier: the public handle (predict, features, save/load as one safetensors file with JSON metadata).
#include <torch/torch.h>

#include <filesystem>

#include "common/error.h"
#include "evaluate/classifier_impl.h"
#include "evaluate/evaluate_json.h"
#include "io/safetensors.h"
#include "models/pickle_guard.h"
#include "models/sd_model.h"
#include "models/weights.h"

namespace clue {

Classifier::Classifier() = default;
Classifier::~Classifier() = default;
Classifier::Classifier(Classifier&&) noexcept = default;
Classifier& Classifier::operator=(Classifier&&) noexcept = default;
Classifier::Classifier(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

bool Classifier::valid() const { return impl_ && impl_->net; }
const std::vector<std::string>& Classifier::classes() const {
    static const std::vector<std::string> none;
    return impl_ ? impl_->classes : none;
}
const ClassifierOptions& Classifier::options() const {
    static const ClassifierOptions defaults;
    return impl_ ? impl_->options : defaults;
}
int Classifier::feature_dim() const { return valid() ? static_cast<int>(impl_->net->feature_dim()) : 0; }
int Classifier::best_step() const { return impl_ ? impl_->best_step : 0; }
double Classifier::best_validation_f1() const { return impl_ ? impl_->best_validation_f1 : 0; }

Result<std::vector<int>> Classifier::predict(const std::vector<Image>& images, JobContext* context) const {
    if (!valid()) return Error{Errc::InvalidArgument, "classifier: not loaded"};
    return run_guarded([&]() -> Result<std::vector<int>> {
        return eval::predict_u8(*impl_, eval::images_to_u8(images, impl_->options.image_size), context);
    });
}

Result<std::vector<std::vector<double>>> Classifier::probabilities(const std::vector<Image>& images,
                                                                   JobContext* context) const {
    if (!valid()) return Error{Errc::InvalidArgument, "classifier: not loaded"};
    return run_guarded([&]() -> Result<std::vector<std::vector<double>>> {
        const at::Tensor f = eval::features_u8(*impl_, eval::images_to_u8(images, impl_->options.image_size), context);
        torch::NoGradGuard ng;
        const at::Tensor p = torch::softmax(impl_->net.ptr()->logits(f.to(impl_->device)), 1).to(torch::kCPU).to(at::kDouble).contiguous();
        std::vector<std::vector<double>> out(static_cast<size_t>(p.size(0)));
        for (int64_t i = 0; i < p.size(0); ++i) out[size_t(i)].assign(p[i].data_ptr<double>(), p[i].data_ptr<double>() + p.size(1));
        return out;
    });
}

Result<Features> Classifier::features(const std::vector<Image>& images, JobContext* context) const {
    if (!valid()) return Error{Errc::InvalidArgument, "classifier: not loaded"};
    return run_guarded([&]() -> Result<Features> {
        const at::Tensor f = eval::features_u8(*impl_, eval::images_to_u8(images, impl_->options.image_size), context);
        Features out{static_cast<int>(f.size(1)), {}};
        out.data.assign(f.data_ptr<float>(), f.data_ptr<float>() + f.numel());
        return out;
    });
}

Status Classifier::save(const std::string& path) const {
    if (!valid()) return Error{Errc::InvalidArgument, "classifier: not loaded"};
    return run_guarded([&]() -> Status {
        nlohmann::ordered_json meta;
        meta["classes"] = impl_->classes;
        meta["options"] = eval::to_json_value(impl_->options);
        meta["attribute_mean"] = impl_->attribute_mean;
        meta["attribute_std"] = impl_->attribute_std;
        meta["best_step"] = impl_->best_step;
        meta["best_validation_f1"] = impl_->best_validation_f1;
        io::write_safetensors(path, models::module_tensors(*impl_->net), {{"clue_classifier", meta.dump()}});
        return Ok{};
    });
}

Result<Classifier> Classifier::load(const std::string& path, const std::string& device) {
    return run_guarded([&]() -> Result<Classifier> {
        if (!std::filesystem::exists(path)) fail(Errc::FileNotFound, "classifier file not found: " + path);
        if (models::is_pickle_path(path)) models::refuse_pickle(path);
        auto file = io::SafetensorsFile::open(path);
        auto it = file->metadata().find("clue_classifier");
        if (it == file->metadata().end())
            fail(Errc::BadFormat, path + " is not a CLUE Studio classifier (no clue_classifier metadata)");
        nlohmann::json meta;
        try {
            meta = nlohmann::json::parse(it->second);
        } catch (const nlohmann::json::exception& ex) {
            fail(Errc::BadFormat, path + ": classifier metadata is not JSON (" + ex.what() + ")");
        }
        auto impl = std::make_unique<Impl>();
        if (meta.contains("options")) {
            const std::string err = eval::read_json_value(meta["options"], impl->options, "classifier metadata");
            if (!err.empty()) fail(Errc::BadFormat, path + ": " + err);
        }
        impl->options.device = device;
        try {
            impl->classes = meta.at("classes").get<std::vector<std::string>>();
            impl->attribute_mean = meta.value("attribute_mean", std::vector<double>{});
            impl->attribute_std = meta.value("attribute_std", std::vector<double>{});
            impl->best_step = meta.value("best_step", 0);
            impl->best_validation_f1 = meta.value("best_validation_f1", 0.0);
        } catch (const nlohmann::json::exception& ex) {
            fail(Errc::BadFormat, path + ": classifier metadata: " + ex.what());
        }
        if (impl->classes.size() < 2) fail(Errc::BadFormat, path + ": classifier metadata lists fewer than 2 classes");
        impl->device = models::resolve_device(device);
        impl->net = models::ResNetClassifier(models::ResNetClassifierOptions{
            impl->options.width, static_cast<int64_t>(impl->classes.size()),
            static_cast<int64_t>(impl->attribute_mean.size())});
        std::map<std::string, at::Tensor> tensors;
        for (const auto& name : file->names()) tensors[name] = file->tensor(name);
        models::load_weights(*impl->net, tensors, "classifier", path);
        impl->net->to(impl->device);
        impl->net->eval();
        return Classifier(std::move(impl));
    });
}

}  // namespace clue
