#pragma once
// Inside of clue::Classifier (evaluate.h): the module, its input convention and the tensor-level helpers that the
// evaluation protocol uses on cached image tensors (decoding each image once for dozens of classifier runs).
#include <torch/types.h>

#include <string>
#include <vector>

#include "clue/evaluate.h"
#include "models/classifier/resnet_classifier.h"

namespace clue {

struct Classifier::Impl {
    models::ResNetClassifier net{nullptr};
    std::vector<std::string> classes;
    ClassifierOptions options;
    torch::Device device{torch::kCPU};
    std::vector<double> attribute_mean, attribute_std;  ///< standardisation of the regression targets
    int best_step = 0;
    double best_validation_f1 = 0;
};

namespace eval {

/// RGB images → uint8 [N,3,S,S] (area when shrinking, bilinear when enlarging; gray/RGBA converted).
at::Tensor images_to_u8(const std::vector<Image>& images, int size);
/// uint8 [N,3,S,S] → float [N,3,S,S] in [−1, 1] on `device`.
at::Tensor u8_to_input(const at::Tensor& u8, const torch::Device& device);

/// Trains on uint8 image tensors (the public train_classifier decodes paths and calls this).
Classifier train_on_tensors(const std::vector<std::string>& classes, const at::Tensor& train_u8,
                            const std::vector<int>& train_labels, const at::Tensor& train_attributes,
                            const at::Tensor& val_u8, const std::vector<int>& val_labels,
                            const ClassifierOptions& options, JobContext& context);
/// Predicted class indices; throws CoreError(Cancelled) on cancel.
std::vector<int> predict_u8(const Classifier::Impl& c, const at::Tensor& u8, JobContext* context);
/// Pooled features [N, D] (CPU float).
at::Tensor features_u8(const Classifier::Impl& c, const at::Tensor& u8, JobContext* context);
/// Macro-F1 of predictions (0 when empty).
double macro_f1(const std::vector<int>& truth, const std::vector<int>& predicted, int classes);

}  // namespace eval
}  // namespace clue
