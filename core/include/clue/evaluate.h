#pragma once
// Evaluation of synthetic sets (issue #4, methods.md §2.8): image features (Inception-v3 pool3 from a user-supplied
// safetensors file, or the project's own extractor trained on the real images), FID / KID / k-NN precision-recall
// per class and overall, and the classifier-F1 protocol — a ResNet-18-style classifier trained on real only,
// synthetic only at 100…1000 % scale, and real + synthetic in equal amounts, tested on held-out real images (and an
// external folder), mean ± sd over seeds. Writes a report folder (report.html, figures as PNG, results.json, CSV).
// No torch, no Qt.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "clue/dataset.h"
#include "clue/image.h"
#include "clue/job.h"
#include "clue/metrics.h"
#include "clue/result.h"

namespace clue {

// ---------------------------------------------------------------------------------------------------------------
// Classifier
// ---------------------------------------------------------------------------------------------------------------

struct ClassifierOptions {
    int width = 16;            ///< channels of the first stage (ResNet-18 layout: width × {1, 2, 4, 8}); 8…128
    int image_size = 64;       ///< input edge (images are resized, area/bilinear); 32…512
    int steps = 600;           ///< optimizer steps (the same budget whatever the training-set size)
    int batch_size = 32;
    double lr = 1e-3;          ///< AdamW, linear warm-up over 5 % of the steps, then cosine to 0
    double weight_decay = 1e-4;
    int evaluate_every = 50;   ///< steps between validation passes (early stopping keeps the best macro-F1)
    bool flips = true;         ///< random horizontal + vertical flips
    bool color_jitter = true;  ///< brightness/contrast/saturation ±10 %
    std::vector<std::string> attribute_targets;  ///< numeric manifest columns regressed from the features as an
                                                 ///< auxiliary task (the feature extractor: keeps unprompted
                                                 ///< attributes such as illumination in the features)
    double attribute_weight = 1.0;
    std::int64_t seed = 1;
    std::string device = "auto";
};

Status validate(const ClassifierOptions& options);

/// One labelled image set. `labels` index into `classes` (shared by every set of one evaluation).
struct LabelledImages {
    std::vector<std::string> paths;
    std::vector<int> labels;
    std::vector<std::vector<double>> attributes;  ///< per image, per ClassifierOptions::attribute_targets (may be empty)
};

/// A trained classifier (opaque; the LibTorch module lives inside core).
class Classifier {
public:
    Classifier();
    ~Classifier();
    Classifier(Classifier&&) noexcept;
    Classifier& operator=(Classifier&&) noexcept;

    bool valid() const;
    const std::vector<std::string>& classes() const;
    const ClassifierOptions& options() const;
    int feature_dim() const;
    int best_step() const;           ///< the step whose weights were kept (early stopping)
    double best_validation_f1() const;

    /// Class index per image (images are resized to the classifier's input size). Cancellable.
    Result<std::vector<int>> predict(const std::vector<Image>& images, JobContext* context = nullptr) const;
    /// Softmax class probabilities per image (rows sum to 1).
    Result<std::vector<std::vector<double>>> probabilities(const std::vector<Image>& images,
                                                           JobContext* context = nullptr) const;
    /// Penultimate (global-average-pooled) features, N × feature_dim.
    Result<Features> features(const std::vector<Image>& images, JobContext* context = nullptr) const;

    /// `<path>` = a .safetensors file; its metadata holds the classes and options (JSON).
    Status save(const std::string& path) const;
    static Result<Classifier> load(const std::string& path, const std::string& device = "auto");

    struct Impl;
    explicit Classifier(std::unique_ptr<Impl> impl);
    Impl* impl() const { return impl_.get(); }

private:
    std::unique_ptr<Impl> impl_;
};

/// Trains on `train`, early-stopping on the macro-F1 of `validation` (may be empty: the last step is kept).
/// Progress stage "classifier". Cancel → Errc::Cancelled. InvalidArgument names empty sets / bad labels.
Result<Classifier> train_classifier(const std::vector<std::string>& classes, const LabelledImages& train,
                                    const LabelledImages& validation, const ClassifierOptions& options,
                                    JobContext& context);

// ---------------------------------------------------------------------------------------------------------------
// Feature extractors
// ---------------------------------------------------------------------------------------------------------------

/// Inception-v3 pool3 features (2048-d) with the TF-FID weights (pytorch-fid's pt_inception-2015-12-05 converted to
/// safetensors; torchvision key names, `fc.*` ignored): images resized to 299² bilinear, scaled to [−1, 1].
class InceptionExtractor {
public:
    static Result<InceptionExtractor> load(const std::string& safetensors_path, const std::string& device = "auto");
    InceptionExtractor();
    ~InceptionExtractor();
    InceptionExtractor(InceptionExtractor&&) noexcept;
    InceptionExtractor& operator=(InceptionExtractor&&) noexcept;
    Result<Features> features(const std::vector<Image>& images, JobContext* context = nullptr) const;
    std::string sha256() const;

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------------------------------------------------------
// The evaluation protocol and its report
// ---------------------------------------------------------------------------------------------------------------

struct SyntheticSet {
    std::string name;    ///< e.g. "CLUE", "vanilla" (report label)
    std::string source;  ///< an augmentation output (folder with manifest.csv, or any class-folder / CSV source)
};

struct EvaluateOptions {
    std::string real;      ///< the real training images (folder / manifest); its validation split is the early-stopping set
    DatasetOptions real_options;  ///< how `real` is split (must equal the fine-tune's to keep its validation images unseen)
    std::string test;      ///< held-out real test images (folder / manifest), never seen by any model
    std::string external;  ///< optional second test set ("external"); empty = none
    std::vector<SyntheticSet> synthetic;
    std::vector<double> scales = {100, 200, 500, 1000};  ///< % of the real training count per class
    bool real_only = true;           ///< the real-only baseline classifier
    bool real_plus_synthetic = true; ///< real + synthetic at 100 % ("in equal amounts")
    int seeds = 3;                   ///< classifier seeds per configuration (mean ± sd)
    bool fid = true;                 ///< FID / KID / precision-recall per set (overall and per class)
    int knn_k = 3;
    ClassifierOptions classifier;
    std::string inception_weights;   ///< safetensors; empty = the project extractor (trained here on `real`)
    ClassifierOptions extractor;     ///< options of the project extractor (seed, attribute targets)
    bool preprocess_real = true;     ///< run the training's four-stage preprocessing on real images (the synthetic
    PreprocessOptions preprocess;    ///< ones come out of the model already framed); size = the classifier's input
    std::string output_dir;          ///< report.html, results.json, f1.csv, fid.csv, f1_vs_scale.png, features_pca.png
    std::string device = "auto";
};

Status validate(const EvaluateOptions& options);
std::string to_json(const EvaluateOptions& options);
Result<EvaluateOptions> evaluate_options_from_json(const std::string& json);

struct DistributionRow {
    std::string set;         ///< synthetic set name
    std::string class_name;  ///< "all" or a class
    int real_count = 0, synthetic_count = 0;
    double fid = 0, kid = 0, kid_sd = 0, precision = 0, recall = 0;
};

struct F1Row {
    std::string training;    ///< "real", "synthetic", "real+synthetic"
    std::string set;         ///< synthetic set name ("" for real only)
    double scale = 0;        ///< % (0 for real only)
    std::string test;        ///< "internal" or "external"
    int train_count = 0;
    double macro_f1_mean = 0, macro_f1_sd = 0, accuracy_mean = 0, accuracy_sd = 0;
    std::vector<double> per_class_f1_mean;
    std::vector<std::vector<int>> confusion;  ///< summed over seeds, [true][predicted]
};

struct EvaluationReport {
    JobState state = JobState::Succeeded;
    std::vector<std::string> classes;
    std::string extractor;        ///< e.g. "Inception-v3 (TF-FID) <sha>" or "project extractor (ResNet-18-style, …)"
    std::vector<DistributionRow> distribution;
    std::vector<F1Row> f1;
    std::vector<std::string> notes;  ///< e.g. "set CLUE has 540 images of OME, 1000 % needs 600: scale skipped"
    std::string html, json;          ///< paths written
    std::vector<std::string> figures;
};

/// Runs the whole protocol (progress stages "features", "fid", "classifier"); a cancelled run writes nothing.
Result<EvaluationReport> evaluate(const EvaluateOptions& options, JobContext& context);
/// Reads results.json of an earlier evaluation (the GUI's report view).
Result<EvaluationReport> read_evaluation_report(const std::string& results_json);

}  // namespace clue
