// The evaluation protocol of issue #4 / methods.md §2.8: features → FID, KID, k-NN precision/recall per class and
// overall; the classifier-F1 grid (real only, synthetic only per scale, real + synthetic) over seeds; the report.
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <numeric>
#include <optional>
#include <filesystem>
#include <map>
#include <set>

#include "common/error.h"
#include "evaluate/classifier_impl.h"
#include "evaluate/image_set.h"
#include "evaluate/report_writer.h"

namespace clue {
namespace eval {
namespace {
namespace fs = std::filesystem;

/// Forwards cancellation and maps a sub-task's progress into [offset, offset + span) of the whole job.
class SubContext : public JobContext {
public:
    SubContext(JobContext& parent, std::string stage, std::int64_t offset, std::int64_t span, std::int64_t total)
        : parent_(parent), stage_(std::move(stage)), offset_(offset), span_(span), total_(total) {}
    bool cancel_requested() const override { return parent_.cancel_requested(); }
    void report(std::string_view, std::int64_t done, std::int64_t total) override {
        const double f = total > 0 ? double(done) / double(total) : 0;
        parent_.report(stage_, offset_ + static_cast<std::int64_t>(f * double(span_)), total_);
    }

private:
    JobContext& parent_;
    std::string stage_;
    std::int64_t offset_, span_, total_;
};

/// A folder written by `clue augment` is read through its manifest (its _excluded/ near-copies stay out).
std::string dataset_source(const std::string& path) {
    const fs::path manifest = fs::path(path) / "manifest.csv";
    std::error_code ec;
    return fs::is_directory(path, ec) && fs::exists(manifest, ec) ? manifest.string() : path;
}

Dataset scan_or_throw(const std::string& what, const std::string& path, const DatasetOptions& o, JobContext& ctx) {
    auto ds = scan_dataset(dataset_source(path), o, &ctx);
    if (!ds) fail(ds.error().code, what + " (" + path + "): " + ds.error().detail);
    return std::move(*ds);
}

/// Items of a set grouped by the evaluation's class index (classes it does not know are noted and left out).
using ByClass = std::vector<std::vector<const DatasetItem*>>;
ByClass group(const Dataset& ds, const std::vector<std::string>& classes, const std::string& what,
              std::vector<std::string>& notes, int split /* −1 all, 0 train, 1 validation */) {
    ByClass out(classes.size());
    std::set<std::string> unknown;
    for (const auto& item : ds.items) {
        if (split >= 0 && item.validation != (split == 1)) continue;
        auto it = std::find(classes.begin(), classes.end(), item.class_name);
        if (it == classes.end()) unknown.insert(item.class_name);
        else out[static_cast<size_t>(it - classes.begin())].push_back(&item);
    }
    for (const auto& u : unknown) notes.push_back(what + ": class '" + u + "' is not a class of the real set; left out");
    return out;
}

struct Subset {
    std::vector<std::string> paths;
    std::vector<int> labels;
    std::vector<std::vector<double>> attributes;
};
void append(Subset& s, const ByClass& by, const std::vector<int>& counts) {
    for (size_t c = 0; c < by.size(); ++c)
        for (int i = 0; i < counts[c] && i < static_cast<int>(by[c].size()); ++i) {
            s.paths.push_back(by[c][static_cast<size_t>(i)]->path);
            s.labels.push_back(static_cast<int>(c));
        }
}
std::vector<int> all_counts(const ByClass& by) {
    std::vector<int> n;
    for (const auto& v : by) n.push_back(static_cast<int>(v.size()));
    return n;
}

Features to_features(const at::Tensor& t) {
    const at::Tensor c = t.to(torch::kCPU).to(at::kFloat).contiguous();
    Features f{static_cast<int>(c.size(1)), {}};
    f.data.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
    return f;
}

std::vector<Image> u8_to_images(const at::Tensor& u8) {
    std::vector<Image> out;
    for (int64_t i = 0; i < u8.size(0); ++i) {
        const at::Tensor hwc = u8[i].permute({1, 2, 0}).contiguous();
        Image im{int(u8.size(3)), int(u8.size(2)), 3, {}};
        im.pixels.assign(hwc.data_ptr<std::uint8_t>(), hwc.data_ptr<std::uint8_t>() + hwc.numel());
        out.push_back(std::move(im));
    }
    return out;
}

double mean(const std::vector<double>& v) {
    double s = 0;
    for (double x : v) s += x;
    return v.empty() ? 0 : s / double(v.size());
}
double sd(const std::vector<double>& v) {  // sample standard deviation (n − 1), 0 for one seed
    if (v.size() < 2) return 0;
    const double m = mean(v);
    double s = 0;
    for (double x : v) s += (x - m) * (x - m);
    return std::sqrt(s / double(v.size() - 1));
}

/// Numeric manifest columns present in every real training item (the extractor's default attribute targets).
std::vector<std::string> numeric_columns(const ByClass& train) {
    std::map<std::string, int> seen;
    int n = 0;
    for (const auto& v : train)
        for (const auto* item : v) {
            ++n;
            for (const auto& [k, value] : item->extra) {
                char* end = nullptr;
                std::strtod(value.c_str(), &end);
                if (!value.empty() && end && *end == '\0') ++seen[k];
            }
        }
    std::vector<std::string> out;
    for (const auto& [k, count] : seen)
        if (count == n && k != "split" && k != "width" && k != "height") out.push_back(k);
    return out;
}

}  // namespace

EvaluationReport run_evaluation(const EvaluateOptions& o, JobContext& ctx) {
    EvaluationReport report;
    auto& notes = report.notes;
    const Dataset real = scan_or_throw("real images", o.real, o.real_options, ctx);
    const Dataset test = scan_or_throw("test images", o.test, DatasetOptions{0.0, o.real_options.min_edge}, ctx);
    std::optional<Dataset> external;
    if (!o.external.empty())
        external = scan_or_throw("external images", o.external, DatasetOptions{0.0, o.real_options.min_edge}, ctx);
    std::vector<Dataset> synth;
    for (const auto& s : o.synthetic)
        synth.push_back(scan_or_throw("synthetic set '" + s.name + "'", s.source, DatasetOptions{0.0, 8}, ctx));

    const auto& classes = real.classes;
    report.classes = classes;
    const int k = static_cast<int>(classes.size());
    const ByClass real_train = group(real, classes, "real", notes, 0), real_val = group(real, classes, "real", notes, 1);
    const ByClass test_by = group(test, classes, "test", notes, -1);
    ByClass external_by;
    if (external) external_by = group(*external, classes, "external", notes, -1);
    std::vector<ByClass> synth_by;
    for (size_t i = 0; i < synth.size(); ++i)
        synth_by.push_back(group(synth[i], classes, "synthetic set '" + o.synthetic[i].name + "'", notes, -1));
    const std::vector<int> train_counts = all_counts(real_train);

    // The classifier-F1 grid: which trainings, with how many images each.
    struct Config {
        std::string training, set;
        double scale = 0;
        Subset train;
    };
    std::vector<Config> configs;
    if (o.real_only) {
        Config c{"real", "", 0, {}};
        append(c.train, real_train, train_counts);
        configs.push_back(std::move(c));
    }
    auto scaled = [&](double scale) {
        std::vector<int> n;
        for (int c : train_counts) n.push_back(static_cast<int>(std::lround(scale / 100.0 * c)));
        return n;
    };
    for (size_t i = 0; i < synth_by.size(); ++i) {
        auto enough = [&](const std::vector<int>& need, double scale) {
            for (int c = 0; c < k; ++c)
                if (static_cast<int>(synth_by[i][size_t(c)].size()) < need[size_t(c)]) {
                    notes.push_back("synthetic set '" + o.synthetic[i].name + "' has " +
                                    std::to_string(synth_by[i][size_t(c)].size()) + " images of " + classes[size_t(c)] +
                                    "; " + std::to_string(static_cast<int>(scale)) + " % needs " +
                                    std::to_string(need[size_t(c)]) + ": that scale is left out");
                    return false;
                }
            return true;
        };
        for (double scale : o.scales)
            if (enough(scaled(scale), scale)) {
                Config c{"synthetic", o.synthetic[i].name, scale, {}};
                append(c.train, synth_by[i], scaled(scale));
                configs.push_back(std::move(c));
            }
        if (o.real_plus_synthetic && enough(train_counts, 100)) {
            Config c{"real+synthetic", o.synthetic[i].name, 100, {}};
            append(c.train, real_train, train_counts);
            append(c.train, synth_by[i], train_counts);
            configs.push_back(std::move(c));
        }
    }

    const std::int64_t step_units = o.classifier.steps;
    const std::int64_t total = (o.fid ? o.extractor.steps : 0) + std::int64_t(configs.size()) * o.seeds * step_units;
    std::int64_t offset = 0;

    ImageSet real_images(o.classifier.image_size, o.preprocess_real ? &o.preprocess : nullptr);
    ImageSet synth_images(o.classifier.image_size, nullptr);
    Subset val;
    append(val, real_val, all_counts(real_val));
    Subset test_all, external_all;
    append(test_all, test_by, all_counts(test_by));
    if (external) append(external_all, external_by, all_counts(external_by));
    const at::Tensor val_u8 = real_images.load(val.paths, &ctx);
    const at::Tensor test_u8 = real_images.load(test_all.paths, &ctx);
    const at::Tensor external_u8 = real_images.load(external_all.paths, &ctx);

    ReportInputs inputs;
    inputs.options = &o;
    if (o.fid) {
        // Features: Inception-v3 pool3 from the user's weights file, or the project's extractor (Inception-v3
        // weights cannot ship; see README "Evaluation").
        std::function<at::Tensor(bool, const std::vector<std::string>&)> extract;
        std::optional<InceptionExtractor> inception;
        std::optional<Classifier> extractor;
        const PreprocessOptions* pre = o.preprocess_real ? &o.preprocess : nullptr;
        if (!o.inception_weights.empty()) {
            auto inc = InceptionExtractor::load(o.inception_weights, o.device);
            if (!inc) fail(inc.error().code, inc.error().detail);
            inception = std::move(*inc);
            report.extractor = "Inception-v3 pool3, 2048-d (TF-FID weights " + o.inception_weights + ", SHA-256 " +
                               inception->sha256().substr(0, 10) + "); images resized to 299² bilinear";
            auto sets = std::make_shared<std::pair<ImageSet, ImageSet>>(ImageSet(299, pre), ImageSet(299, nullptr));
            extract = [&, sets](bool is_real, const std::vector<std::string>& paths) {
                const at::Tensor u8 = (is_real ? sets->first : sets->second).load(paths, &ctx);
                auto f = inception->features(u8_to_images(u8), &ctx);
                if (!f) fail(f.error().code, f.error().detail);
                return torch::from_blob(f->data.data(), {int64_t(f->size()), f->dim}, at::kFloat).clone();
            };
        } else {
            ClassifierOptions eo = o.extractor;
            Subset tr;
            append(tr, real_train, train_counts);
            if (eo.attribute_targets.empty()) eo.attribute_targets = numeric_columns(real_train);
            at::Tensor attrs;
            if (!eo.attribute_targets.empty()) {
                attrs = torch::zeros({int64_t(tr.paths.size()), int64_t(eo.attribute_targets.size())}, at::kDouble);
                int64_t row = 0;
                for (const auto& v : real_train)
                    for (const auto* item : v) {
                        for (size_t j = 0; j < eo.attribute_targets.size(); ++j)
                            attrs[row][int64_t(j)] = std::strtod(item->extra.at(eo.attribute_targets[j]).c_str(), nullptr);
                        ++row;
                    }
            }
            auto sets = std::make_shared<std::pair<ImageSet, ImageSet>>(ImageSet(eo.image_size, pre),
                                                                        ImageSet(eo.image_size, nullptr));
            SubContext sub(ctx, "features", offset, eo.steps, total);
            extractor = train_on_tensors(classes, sets->first.load(tr.paths, &ctx), tr.labels, attrs,
                                         sets->first.load(val.paths, &ctx), val.labels, eo, sub);
            offset += eo.steps;
            std::string attr_text;
            for (const auto& a : eo.attribute_targets) attr_text += (attr_text.empty() ? "" : ", ") + a;
            char f1[32];
            std::snprintf(f1, sizeof f1, "%.3f", extractor->best_validation_f1());
            report.extractor = "project extractor: ResNet-18-style classifier (width " + std::to_string(eo.width) +
                               ", input " + std::to_string(eo.image_size) + "², " +
                               std::to_string(extractor->feature_dim()) + "-d pooled features) trained from scratch on " +
                               std::to_string(tr.paths.size()) + " real training images to predict the class" +
                               (attr_text.empty() ? "" : " and the manifest attributes " + attr_text) +
                               " (validation macro-F1 " + f1 +
                               "); FIDs in this space are not comparable with Inception-v3 FIDs";
            extract = [&, sets](bool is_real, const std::vector<std::string>& paths) {
                return features_u8(*extractor->impl(), (is_real ? sets->first : sets->second).load(paths, &ctx), &ctx);
            };
        }
        const at::Tensor test_f = extract(true, test_all.paths);
        std::vector<at::Tensor> pca_rows{test_f};
        std::vector<int> pca_groups(size_t(test_f.size(0)), 0);
        inputs.groups.push_back("real (test)");
        for (size_t i = 0; i < synth_by.size(); ++i) {
            // Generated = the same count per class as the real test set (methods.md §2.8).
            Subset g;
            std::vector<int> need = all_counts(test_by);
            for (int c = 0; c < k; ++c)
                if (static_cast<int>(synth_by[i][size_t(c)].size()) < need[size_t(c)])
                    notes.push_back("synthetic set '" + o.synthetic[i].name + "': only " +
                                    std::to_string(synth_by[i][size_t(c)].size()) + " images of " +
                                    classes[size_t(c)] + " for " + std::to_string(need[size_t(c)]) + " real test images");
            append(g, synth_by[i], need);
            const at::Tensor gf = extract(false, g.paths);
            pca_rows.push_back(gf);
            pca_groups.insert(pca_groups.end(), size_t(gf.size(0)), int(i) + 1);
            inputs.groups.push_back(o.synthetic[i].name);
            for (int c = -1; c < k; ++c) {
                std::vector<int64_t> ri, gi;
                for (size_t r = 0; r < test_all.labels.size(); ++r)
                    if (c < 0 || test_all.labels[r] == c) ri.push_back(int64_t(r));
                for (size_t r = 0; r < g.labels.size(); ++r)
                    if (c < 0 || g.labels[r] == c) gi.push_back(int64_t(r));
                DistributionRow row;
                row.set = o.synthetic[i].name;
                row.class_name = c < 0 ? "all" : classes[size_t(c)];
                row.real_count = int(ri.size());
                row.synthetic_count = int(gi.size());
                if (ri.size() < 2 || gi.size() < 2) {
                    notes.push_back("distribution metrics of '" + row.set + "', " + row.class_name +
                                    ": fewer than 2 images on one side; left out");
                    continue;
                }
                const Features a = to_features(test_f.index_select(0, torch::tensor(ri)));
                const Features b = to_features(gf.index_select(0, torch::tensor(gi)));
                auto fid = frechet_distance(a, b);
                auto kid = kernel_inception_distance(a, b, 100, 1000, 0);
                auto pr = knn_precision_recall(a, b, std::min<int>(o.knn_k, int(std::min(ri.size(), gi.size())) - 1));
                if (!fid || !kid || !pr) fail(Errc::Internal, "distribution metrics failed for " + row.set);
                row.fid = *fid;
                row.kid = kid->mean;
                row.kid_sd = kid->stddev;
                row.precision = pr->precision;
                row.recall = pr->recall;
                report.distribution.push_back(row);
            }
        }
        // PCA of real ∪ generated features (the papers' Fig. 5), by source.
        const at::Tensor all = torch::cat(pca_rows).to(at::kDouble);
        const at::Tensor centred = all - all.mean(0, true);
        const auto svd = torch::linalg_svd(centred, false);
        const at::Tensor proj = centred.matmul(std::get<2>(svd).slice(0, 0, 2).t());
        const at::Tensor s2 = std::get<1>(svd).pow(2);
        inputs.pca_explained[0] = (s2[0] / s2.sum()).item<double>();
        inputs.pca_explained[1] = s2.size(0) > 1 ? (s2[1] / s2.sum()).item<double>() : 0;
        for (int64_t r = 0; r < proj.size(0); ++r)
            inputs.pca.push_back({proj[r][0].item<double>(), proj[r][1].item<double>(), pca_groups[size_t(r)]});
        const fs::path dir(o.output_dir);
        fs::create_directories(dir);
        if (extractor)
            if (auto s = extractor->save((dir / "extractor.safetensors").string()); !s)
                fail(s.error().code, s.error().detail);
    }

    for (const Config& cfg : configs) {
        const bool synthetic_paths = cfg.training != "real";
        // Real images of a mixed set come first (append order), then the synthetic ones.
        const size_t n_real = cfg.training == "synthetic" ? 0 : static_cast<size_t>(std::accumulate(
                                                                    train_counts.begin(), train_counts.end(), 0));
        std::vector<std::string> rp(cfg.train.paths.begin(), cfg.train.paths.begin() + long(n_real));
        std::vector<std::string> sp(cfg.train.paths.begin() + long(n_real), cfg.train.paths.end());
        at::Tensor train_u8 = real_images.load(rp, &ctx);
        if (synthetic_paths) train_u8 = torch::cat({train_u8, synth_images.load(sp, &ctx)});
        std::map<std::string, std::vector<std::vector<double>>> per_class;
        std::map<std::string, std::vector<double>> f1s, accs;
        std::map<std::string, std::vector<std::vector<int>>> confusion;
        for (int seed = 0; seed < o.seeds; ++seed) {
            ClassifierOptions co = o.classifier;
            co.seed = o.classifier.seed + seed;
            co.attribute_targets.clear();
            SubContext sub(ctx, "classifier", offset, step_units, total);
            const Classifier clf = train_on_tensors(classes, train_u8, cfg.train.labels, {}, val_u8, val.labels, co, sub);
            offset += step_units;
            for (const char* which : {"internal", "external"}) {
                const bool internal = std::string(which) == "internal";
                if (!internal && !external) continue;
                const auto& truth = internal ? test_all.labels : external_all.labels;
                const auto pred = predict_u8(*clf.impl(), internal ? test_u8 : external_u8, &ctx);
                auto s = classification_scores(truth, pred, k);
                if (!s) fail(s.error().code, s.error().detail);
                f1s[which].push_back(s->macro_f1);
                accs[which].push_back(s->accuracy);
                per_class[which].push_back(s->per_class_f1);
                auto& m = confusion[which];
                if (m.empty()) m.assign(size_t(k), std::vector<int>(size_t(k), 0));
                for (int a = 0; a < k; ++a)
                    for (int b = 0; b < k; ++b) m[size_t(a)][size_t(b)] += s->confusion[size_t(a)][size_t(b)];
            }
        }
        for (const char* which : {"internal", "external"}) {
            if (!f1s.count(which)) continue;
            const auto& values = f1s[which];
            F1Row row;
            row.training = cfg.training;
            row.set = cfg.set;
            row.scale = cfg.scale;
            row.test = which;
            row.train_count = int(cfg.train.paths.size());
            row.macro_f1_mean = mean(values);
            row.macro_f1_sd = sd(values);
            row.accuracy_mean = mean(accs[which]);
            row.accuracy_sd = sd(accs[which]);
            for (int c = 0; c < k; ++c) {
                std::vector<double> v;
                for (const auto& pc : per_class[which]) v.push_back(pc[size_t(c)]);
                row.per_class_f1_mean.push_back(mean(v));
            }
            row.confusion = confusion[which];
            report.f1.push_back(std::move(row));
        }
    }
    write_report(report, inputs);
    return report;
}

}  // namespace eval

Result<EvaluationReport> evaluate(const EvaluateOptions& options, JobContext& context) {
    if (auto s = validate(options); !s) return s.error();
    return run_guarded([&]() -> Result<EvaluationReport> { return eval::run_evaluation(options, context); });
}

}  // namespace clue
