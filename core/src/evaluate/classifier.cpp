// The F1 protocol's classifier (methods.md §2.8): training with AdamW + warm-up/cosine, flips and colour jitter,
// early stopping on the macro-F1 of real validation images, optional attribute regression (feature extractor).
#include <torch/nn/functional/loss.h>
#include <torch/optim/adamw.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "common/error.h"
#include "evaluate/classifier_impl.h"
#include "evaluate/image_set.h"
#include "models/sd_model.h"

namespace clue {
namespace eval {
namespace {

constexpr int kEvalBatch = 64;

/// Random flips and colour jitter on a float batch in [−1, 1]; decisions from `rng` (reproducible per seed).
at::Tensor augment_batch(at::Tensor x, const ClassifierOptions& o, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<at::Tensor> rows;
    rows.reserve(static_cast<size_t>(x.size(0)));
    for (int64_t i = 0; i < x.size(0); ++i) {
        at::Tensor r = x[i];
        if (o.flips) {
            if (u(rng) < 0.5) r = r.flip({2});
            if (u(rng) < 0.5) r = r.flip({1});
        }
        if (o.color_jitter) {
            const double b = 0.9 + 0.2 * u(rng), c = 0.9 + 0.2 * u(rng), s = 0.9 + 0.2 * u(rng);
            at::Tensor p = (r + 1) * 0.5 * b;                     // brightness, in [0, 1] units
            p = (p - p.mean()) * c + p.mean();                     // contrast about the mean
            const at::Tensor gray = p.mean(0, true);
            p = gray + (p - gray) * s;                             // saturation
            r = p.clamp(0, 1) * 2 - 1;
        }
        rows.push_back(r);
    }
    return torch::stack(rows);
}

using State = std::vector<at::Tensor>;
State snapshot(torch::nn::Module& m) {
    State s;
    for (const auto& p : m.parameters()) s.push_back(p.detach().clone());
    for (const auto& b : m.buffers()) s.push_back(b.detach().clone());
    return s;
}
void restore(torch::nn::Module& m, const State& s) {
    torch::NoGradGuard ng;
    size_t i = 0;
    for (auto& p : m.parameters()) p.copy_(s[i++]);
    for (auto& b : m.buffers()) b.copy_(s[i++]);
}

}  // namespace

at::Tensor u8_to_input(const at::Tensor& u8, const torch::Device& device) {
    return u8.to(device).to(at::kFloat).div(127.5).sub(1.0);
}

double macro_f1(const std::vector<int>& truth, const std::vector<int>& predicted, int classes) {
    if (truth.empty()) return 0;
    auto s = classification_scores(truth, predicted, classes);
    return s ? s->macro_f1 : 0;
}

std::vector<int> predict_u8(const Classifier::Impl& c, const at::Tensor& u8, JobContext* context) {
    std::vector<int> out;
    const at::Tensor f = features_u8(c, u8, context);
    torch::NoGradGuard ng;
    const at::Tensor pred = c.net.ptr()->logits(f.to(c.device)).argmax(1).to(torch::kCPU).to(at::kLong);
    const auto* p = pred.data_ptr<int64_t>();
    for (int64_t i = 0; i < pred.size(0); ++i) out.push_back(static_cast<int>(p[i]));
    return out;
}

at::Tensor features_u8(const Classifier::Impl& c, const at::Tensor& u8, JobContext* context) {
    torch::NoGradGuard ng;
    auto net = c.net.ptr();  // forward passes are not const in LibTorch; the weights are not changed here
    net->eval();
    std::vector<at::Tensor> parts;
    const int64_t n = u8.size(0);
    for (int64_t b = 0; b < n; b += kEvalBatch) {
        if (context && context->cancel_requested()) fail(Errc::Cancelled, "cancelled");
        const int64_t e = std::min(n, b + kEvalBatch);
        parts.push_back(net->features(u8_to_input(u8.slice(0, b, e), c.device)).to(torch::kCPU));
    }
    if (parts.empty()) return torch::zeros({0, net->feature_dim()});
    return torch::cat(parts).contiguous();
}

Classifier train_on_tensors(const std::vector<std::string>& classes, const at::Tensor& train_u8,
                            const std::vector<int>& train_labels, const at::Tensor& train_attributes,
                            const at::Tensor& val_u8, const std::vector<int>& val_labels,
                            const ClassifierOptions& o, JobContext& context) {
    auto impl = std::make_unique<Classifier::Impl>();
    impl->classes = classes;
    impl->options = o;
    impl->device = models::resolve_device(o.device);
    const int64_t n_attr = train_attributes.defined() ? train_attributes.size(1) : 0;
    torch::manual_seed(static_cast<uint64_t>(o.seed));  // initialisation reproducible per seed
    impl->net = models::ResNetClassifier(models::ResNetClassifierOptions{
        o.width, static_cast<int64_t>(classes.size()), n_attr});
    impl->net->to(impl->device);

    at::Tensor attr_z;  // standardised targets
    if (n_attr > 0) {
        const at::Tensor a = train_attributes.to(at::kDouble);
        const at::Tensor mean = a.mean(0), sd = a.std(0).clamp_min(1e-8);
        for (int64_t j = 0; j < n_attr; ++j) {
            impl->attribute_mean.push_back(mean[j].item<double>());
            impl->attribute_std.push_back(sd[j].item<double>());
        }
        attr_z = ((a - mean) / sd).to(at::kFloat);
    }
    const at::Tensor labels = torch::tensor(std::vector<int64_t>(train_labels.begin(), train_labels.end()));

    torch::optim::AdamW opt(impl->net->parameters(),
                            torch::optim::AdamWOptions(o.lr).weight_decay(o.weight_decay));
    const int warmup = std::max(1, o.steps / 20);
    std::mt19937_64 rng(static_cast<uint64_t>(o.seed) * 0x9E3779B97F4A7C15ull + 1);
    const int64_t n = train_u8.size(0);
    std::vector<int64_t> order(static_cast<size_t>(n));
    size_t cursor = order.size();

    State best;
    impl->best_validation_f1 = -1;
    for (int step = 1; step <= o.steps; ++step) {
        if (context.cancel_requested()) fail(Errc::Cancelled, "cancelled");
        // Learning rate: linear warm-up, then cosine to 0 (the protocol's schedule).
        const double f = step <= warmup ? double(step) / warmup
                                        : 0.5 * (1 + std::cos(M_PI * double(step - warmup) / std::max(1, o.steps - warmup)));
        for (auto& g : opt.param_groups()) static_cast<torch::optim::AdamWOptions&>(g.options()).lr(o.lr * f);
        // Batches walk through reshuffled epochs, so every image is seen equally often.
        std::vector<int64_t> idx;
        for (int k = 0; k < o.batch_size; ++k) {
            if (cursor >= order.size()) {
                std::iota(order.begin(), order.end(), 0);
                std::shuffle(order.begin(), order.end(), rng);
                cursor = 0;
            }
            idx.push_back(order[cursor++]);
        }
        const at::Tensor index = torch::tensor(idx);
        impl->net->train();
        at::Tensor x = augment_batch(u8_to_input(train_u8.index_select(0, index), torch::kCPU), o, rng).to(impl->device);
        const at::Tensor feats = impl->net->features(x);
        at::Tensor loss = torch::nn::functional::cross_entropy(impl->net->logits(feats),
                                                               labels.index_select(0, index).to(impl->device));
        if (n_attr > 0)
            loss = loss + o.attribute_weight * torch::mse_loss(impl->net->attributes(feats),
                                                               attr_z.index_select(0, index).to(impl->device));
        opt.zero_grad();
        loss.backward();
        opt.step();
        context.report("classifier", step, o.steps);

        const bool evaluate_now = step == o.steps || (o.evaluate_every > 0 && step % o.evaluate_every == 0);
        if (evaluate_now && !val_labels.empty()) {
            const double f1 = macro_f1(val_labels, predict_u8(*impl, val_u8, &context), static_cast<int>(classes.size()));
            if (f1 > impl->best_validation_f1) {  // strictly better: the earliest best step is kept
                impl->best_validation_f1 = f1;
                impl->best_step = step;
                best = snapshot(*impl->net);
            }
        }
    }
    if (val_labels.empty()) {
        impl->best_step = o.steps;
        impl->best_validation_f1 = 0;
    } else {
        restore(*impl->net, best);
    }
    impl->net->eval();
    return Classifier(std::move(impl));
}

}  // namespace eval

Status validate(const ClassifierOptions& o) {
    auto bad = [](const std::string& m) -> Status { return Error{Errc::InvalidArgument, "classifier: " + m}; };
    if (o.width < 8 || o.width > 128) return bad("width must be 8…128, got " + std::to_string(o.width));
    if (o.image_size < 32 || o.image_size > 512)
        return bad("image_size must be 32…512, got " + std::to_string(o.image_size));
    if (o.steps < 1 || o.steps > 1000000) return bad("steps must be 1…1000000, got " + std::to_string(o.steps));
    if (o.batch_size < 2 || o.batch_size > 4096)
        return bad("batch_size must be 2…4096 (batch norm needs 2), got " + std::to_string(o.batch_size));
    if (!(o.lr > 0 && o.lr < 1)) return bad("lr must be in (0, 1), got " + std::to_string(o.lr));
    if (!(o.weight_decay >= 0)) return bad("weight_decay must be ≥ 0, got " + std::to_string(o.weight_decay));
    if (o.evaluate_every < 0) return bad("evaluate_every must be ≥ 0, got " + std::to_string(o.evaluate_every));
    if (!(o.attribute_weight >= 0)) return bad("attribute_weight must be ≥ 0");
    return Ok{};
}

Result<Classifier> train_classifier(const std::vector<std::string>& classes, const LabelledImages& train,
                                    const LabelledImages& validation, const ClassifierOptions& options,
                                    JobContext& context) {
    if (auto s = validate(options); !s) return s.error();
    if (classes.size() < 2) return Error{Errc::InvalidArgument, "classifier: needs at least 2 classes"};
    if (train.paths.empty()) return Error{Errc::InvalidArgument, "classifier: the training set is empty"};
    for (const LabelledImages* set : {&train, &validation}) {
        if (set->labels.size() != set->paths.size())
            return Error{Errc::InvalidArgument, "classifier: " + std::to_string(set->paths.size()) + " paths but " +
                                                    std::to_string(set->labels.size()) + " labels"};
        for (size_t i = 0; i < set->labels.size(); ++i)
            if (set->labels[i] < 0 || set->labels[i] >= static_cast<int>(classes.size()))
                return Error{Errc::InvalidArgument, "classifier: label " + std::to_string(set->labels[i]) + " of " +
                                                        set->paths[i] + " is not a class index"};
    }
    const size_t n_attr = options.attribute_targets.size();
    if (n_attr > 0 && train.attributes.size() != train.paths.size())
        return Error{Errc::InvalidArgument, "classifier: attribute_targets given but the training set has " +
                                                std::to_string(train.attributes.size()) + " attribute rows"};
    return run_guarded([&]() -> Result<Classifier> {
        eval::ImageSet images(options.image_size, nullptr);
        const at::Tensor tr = images.load(train.paths, &context);
        const at::Tensor va = images.load(validation.paths, &context);
        at::Tensor attrs;
        if (n_attr > 0) {
            attrs = torch::zeros({static_cast<int64_t>(train.paths.size()), static_cast<int64_t>(n_attr)}, at::kDouble);
            for (size_t i = 0; i < train.attributes.size(); ++i) {
                if (train.attributes[i].size() != n_attr)
                    fail(Errc::InvalidArgument, "classifier: attribute row of " + train.paths[i] + " has " +
                                                    std::to_string(train.attributes[i].size()) + " values, expected " +
                                                    std::to_string(n_attr));
                for (size_t j = 0; j < n_attr; ++j) attrs[int64_t(i)][int64_t(j)] = train.attributes[i][j];
            }
        }
        return eval::train_on_tensors(classes, tr, train.labels, attrs, va, validation.labels, options, context);
    });
}

}  // namespace clue
