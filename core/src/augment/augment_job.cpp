// augment(): one shard of the augmentation plan, orchestrated over the public API only (Model::load, generate,
// sample_style/encode_style/style_from_pca, scan_dataset/preprocess, write_png/read_png_text/read_image).
// Resume: an image whose PNG exists with the same seed, prompt, steps and cfg in its recipe is kept (a
// re-generation would give the same pixels; the style is not compared because μ of AroundReal may differ in the
// last bits between devices). Manifests are rewritten at the end of every run, also a cancelled one.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "augment/memorisation.h"
#include "clue/augment.h"
#include "common/atomic_file.h"
#include "io/image_folder/csv.h"
#include "clue/engine.h"
#include "clue/png_meta.h"
#include "clue/style.h"

namespace fs = std::filesystem;

namespace clue {
namespace augment_job_detail {

constexpr std::int64_t kUnits = 1000;  // progress units per image

/// Forwards cancellation; turns generate()'s per-image progress into the job's "augment" progress.
class ItemContext : public JobContext {
public:
    ItemContext(JobContext& outer, std::int64_t done_items, std::int64_t total_items)
        : outer_(outer), base_(done_items * kUnits), total_(total_items * kUnits) {}
    bool cancel_requested() const override { return outer_.cancel_requested(); }
    void report(std::string_view, std::int64_t done, std::int64_t total) override {
        if (total > 0) outer_.report("augment", base_ + std::min(kUnits - 1, done * kUnits / total), total_);
    }

private:
    JobContext& outer_;
    std::int64_t base_, total_;
};

struct Record {
    AugmentItem item;
    std::string prompt;
    bool existing = false, verified = true, flagged = false, excluded = false, checked = false;
    std::string nearest_real;
    double pixel_distance = 0, feature_distance = 0;
};

nlohmann::json read_json_file(const fs::path& p) {
    std::ifstream in(p);
    if (!in) return nullptr;
    std::stringstream s;
    s << in.rdbuf();
    return nlohmann::json::parse(s.str(), nullptr, false);  // discarded (null-like) on bad JSON
}

/// The training run's choices (split, preprocessing) from <run>/config.json beside <run>/model, when it is there:
/// "real training count" and the real images the model saw must match what the run used.
struct RunSettings {
    DatasetOptions split;
    PreprocessOptions preprocess;
    std::map<std::string, std::string> class_prompts;
};

RunSettings run_settings(const std::string& model_dir) {
    RunSettings s;
    const auto clue = read_json_file(fs::path(model_dir) / "clue.json");
    if (clue.is_object() && clue.contains("class_prompts") && clue["class_prompts"].is_object())
        for (const auto& [k, v] : clue["class_prompts"].items())
            if (v.is_string()) s.class_prompts[k] = v.get<std::string>();
    const auto config = read_json_file(fs::path(model_dir).parent_path() / "config.json");
    if (!config.is_object()) return s;
    if (config.contains("validation_fraction") && config["validation_fraction"].is_number())
        s.split.validation_fraction = config["validation_fraction"].get<double>();
    if (config.contains("min_edge") && config["min_edge"].is_number_integer())
        s.split.min_edge = config["min_edge"].get<int>();
    if (config.contains("preprocess"))
        if (auto p = preprocess_options_from_json(config["preprocess"].dump())) s.preprocess = *p;
    return s;
}

/// Same rule as training: the template with {class} replaced; no {class} = the template itself; none = the text.
std::string prompt_for(const ModelInfo& info, const RunSettings& run, const std::string& class_name) {
    ModelInfo with_run = info;
    if (!run.class_prompts.empty()) with_run.class_prompts = run.class_prompts;
    return prompt_for_class(with_run, class_name);
}

/// A real image as the model saw it in training (preprocessed), or the clean image when preprocessing fails.
Result<Image> training_view(const std::string& path, PreprocessOptions pre, int size) {
    auto img = load_clean_image(path);
    if (!img) return img.error();
    pre.size = size;
    auto p = preprocess(*img, pre);
    return p ? *p : *img;
}

bool matches_recipe(const fs::path& png, const GenerateOptions& g) {
    auto text = read_png_text(png.string());
    if (!text) return false;
    const auto j = nlohmann::json::parse(text->clue_json, nullptr, false);
    if (!j.is_object() || !j.contains("recipe") || !j["recipe"].is_object()) return false;
    const auto& r = j["recipe"];
    return r.value("seed", std::int64_t(-2)) == g.seed && r.value("prompt", std::string()) == g.prompt &&
           r.value("steps", -1) == g.steps && r.value("cfg", -1.0) == g.cfg;
}

Status write_manifests(const AugmentOptions& o, const ModelInfo* info, const std::vector<Record>& records,
                       const std::vector<std::string>& notes, AugmentSummary& summary) {
    summary.notes = notes;
    // One file pair per shard, so shards running at the same time never write the same file.
    const std::string stem = o.shard_count == 1 ? std::string("manifest")
                                                : "manifest.shard-" + std::to_string(o.shard_index) + "-of-" +
                                                      std::to_string(o.shard_count);
    const fs::path out(o.output_dir);
    std::string csv = "path,class,seed,style_seed,flagged,nearest_real,nearest_pixel_distance,nearest_feature_distance\n";
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const auto& r : records) {
        const std::string path = r.excluded ? "_excluded/" + r.item.relative_path : r.item.relative_path;
        if (!r.excluded)
            csv += csv::quote(path) + "," + csv::quote(r.item.class_name) + "," + std::to_string(r.item.seed) + "," +
                   std::to_string(r.item.style_seed) + "," + (r.flagged ? "1" : "0") + "," + csv::quote(r.nearest_real) +
                   "," + (r.checked ? std::to_string(r.pixel_distance) : "") + "," +
                   (r.checked ? std::to_string(r.feature_distance) : "") + "\n";
        nlohmann::ordered_json j{{"path", path}, {"class", r.item.class_name}, {"index", r.item.index_in_class},
                                 {"global_index", r.item.global_index}, {"seed", r.item.seed},
                                 {"style_seed", r.item.style_seed}, {"prompt", r.prompt}, {"existing", r.existing},
                                 {"verified", r.verified}, {"flagged", r.flagged}, {"excluded", r.excluded}};
        if (r.checked)
            j["nearest_real"] = r.nearest_real, j["nearest_pixel_distance"] = r.pixel_distance,
            j["nearest_feature_distance"] = r.feature_distance;
        items.push_back(std::move(j));
    }
    nlohmann::ordered_json m;
    m["options"] = nlohmann::ordered_json::parse(to_json(o));
    if (info) m["model"] = {{"path", info->path}, {"name", info->name}, {"sha256", info->sha256},
                            {"style_dim", info->style_dim}};
    m["state"] = summary.state == JobState::Cancelled ? "cancelled" : "succeeded";
    m["summary"] = {{"planned", summary.planned}, {"generated", summary.generated},
                    {"skipped_existing", summary.skipped_existing}, {"flagged", summary.flagged},
                    {"excluded", summary.excluded}};
    m["notes"] = notes;
    m["items"] = std::move(items);  // flagged + excluded ones too (with their _excluded/ path), for the audit
    summary.manifest_csv = (out / (stem + ".csv")).string();
    summary.manifest_json = (out / (stem + ".json")).string();
    if (auto st = write_file_atomic(summary.manifest_csv, csv); !st) return st;
    return write_file_atomic(summary.manifest_json,
                             m.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
}

/// Moves a file between <out>/<rel> and <out>/_excluded/<rel>.
Status move_file(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    fs::create_directories(to.parent_path(), ec);
    fs::rename(from, to, ec);
    if (ec) return Error{Errc::WriteFailed, "cannot move " + from.string() + " to " + to.string() + ": " + ec.message()};
    return Ok{};
}

std::uint64_t fnv1a(const std::string& s) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
}

double percentile(std::vector<double> v, double q) {  // linear interpolation between order statistics
    std::sort(v.begin(), v.end());
    const double pos = q * (v.size() - 1);
    const size_t lo = static_cast<size_t>(std::floor(pos)), hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (pos - lo) * (v[hi] - v[lo]);
}

/// The style vector of each item (empty for a model without a style path). Deterministic given the plan.
class StylePlanner {
public:
    StylePlanner(Model& model, const AugmentOptions& o, const Dataset& real, const RunSettings& run,
                 const std::vector<AugmentItem>& plan, std::vector<std::string>& notes)
        : model_(model), o_(o), real_(real), run_(run), notes_(notes), strategy_(o.style_strategy) {
        const ModelInfo& info = model.info();
        for (const auto& it : plan) ++class_counts_[it.class_name];
        if (info.style_dim == 0) {
            if (o.style_strategy != StyleStrategy::Prior)
                notes.push_back("the model has no style path (vanilla fine-tune): the style strategy is ignored");
            return;
        }
        if (strategy_ != StyleStrategy::PcaStratified) return;
        auto space = info.style_space.empty() ? Result<StyleSpace>(Error{Errc::FileNotFound, "the model has none"})
                                              : load_style_space(info.style_space);
        if (space && space->components > 0 && space->coords.size() == space->size() * space->components) {
            space_ = std::move(*space);
        } else {
            notes.push_back("pca: no usable style space (" +
                            (space ? std::string("no PCA components") : space.error().detail) +
                            "): styles drawn from the prior instead; run `clue pca` on the model first");
            strategy_ = StyleStrategy::Prior;
        }
    }

    std::string strategy_used() const {
        return strategy_ == StyleStrategy::AroundReal ? "around_real"
               : strategy_ == StyleStrategy::PcaStratified ? "pca" : "prior";
    }

    Result<std::vector<float>> style_for(const AugmentItem& item, const std::string& prompt, JobContext& context) {
        const int dim = model_.info().style_dim;
        if (dim == 0) return std::vector<float>{};
        if (strategy_ == StyleStrategy::AroundReal) return around_real(item, prompt, dim);
        if (strategy_ == StyleStrategy::PcaStratified) return pca_cell(item);
        return sample_style(dim, item.style_seed);
    }

private:
    /// μ of a training image of the class (picked by style_seed) plus σ·ξ, ξ = sample_style(dim, style_seed + 1).
    Result<std::vector<float>> around_real(const AugmentItem& item, const std::string& prompt, int dim) {
        std::vector<const DatasetItem*> same;
        for (const auto& it : real_.items)
            if (!it.validation && it.class_name == item.class_name) same.push_back(&it);
        if (same.empty()) {
            note_once("around_real: class '" + item.class_name + "' has no training image: prior styles instead");
            return sample_style(dim, item.style_seed);
        }
        const DatasetItem& pick = *same[static_cast<size_t>(item.style_seed) % same.size()];
        auto cached = mu_.find(pick.path);
        if (cached == mu_.end()) {
            auto view = training_view(pick.path, run_.preprocess, model_.info().native_size);
            if (!view) return view.error();
            auto mu = encode_style(model_, *view, prompt);
            if (!mu) return mu.error();
            cached = mu_.emplace(pick.path, std::move(*mu)).first;
        }
        std::vector<float> s = cached->second;
        const std::vector<float> xi = sample_style(dim, item.style_seed + 1);
        for (size_t i = 0; i < s.size() && i < xi.size(); ++i)
            s[i] += static_cast<float>(o_.around_real_sigma) * xi[i];
        return s;
    }

    /// The centre of this item's cell of a g×g grid (g = ⌈√n⌉) over the 5–95 % range of the class's real pc1/pc2.
    /// Cells are visited in a fixed pseudo-random order, so n < g² leaves no systematic hole at the high end.
    Result<std::vector<float>> pca_cell(const AugmentItem& item) {
        const int k = space_.components;
        std::vector<double> pc[2];
        for (int pass = 0; pass < 2 && pc[0].empty(); ++pass)  // pass 1: all real points if the class has none
            for (size_t i = 0; i < space_.size(); ++i)
                if (space_.sources[i] == "real" && (pass == 1 || space_.classes[i] == item.class_name))
                    for (int d = 0; d < std::min(k, 2); ++d) pc[d].push_back(space_.coords[i * k + d]);
        if (pc[0].empty()) {
            note_once("pca: the style space has no real points: prior styles instead");
            return sample_style(model_.info().style_dim, item.style_seed);
        }
        const int n = class_counts_[item.class_name];
        const int g = k >= 2 ? std::max(1, static_cast<int>(std::ceil(std::sqrt(double(n))))) : std::max(1, n);
        const int rows = k >= 2 ? g : 1;
        std::vector<int>& order = cell_order_[item.class_name];
        if (order.empty()) {
            order.resize(static_cast<size_t>(g * rows));
            for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
            std::uint64_t h = fnv1a(item.class_name) ^ static_cast<std::uint64_t>(o_.seed);
            for (size_t i = order.size(); i > 1; --i) {  // Fisher–Yates with an xorshift: same on every platform
                h ^= h << 13, h ^= h >> 7, h ^= h << 17;
                std::swap(order[i - 1], order[h % i]);
            }
        }
        const int cell = order[static_cast<size_t>(item.index_in_class) % order.size()];
        std::vector<double> coords(static_cast<size_t>(k), 0.0);
        const int cell_of[2] = {cell % g, cell / g};
        for (int d = 0; d < std::min(k, 2); ++d) {
            const double lo = percentile(pc[d], 0.05), hi = percentile(pc[d], 0.95);
            coords[d] = lo + (cell_of[d] + 0.5) / (d == 0 ? g : rows) * (hi - lo);
        }
        return style_from_pca(space_, coords);
    }

    void note_once(const std::string& note) {
        if (std::find(notes_.begin(), notes_.end(), note) == notes_.end()) notes_.push_back(note);
    }

    Model& model_;
    const AugmentOptions& o_;
    const Dataset& real_;
    const RunSettings& run_;
    std::vector<std::string>& notes_;
    StyleStrategy strategy_;
    StyleSpace space_;
    std::map<std::string, int> class_counts_;
    std::map<std::string, std::vector<int>> cell_order_;
    std::map<std::string, std::vector<float>> mu_;  // μ per real image path: encoded once
};

}  // namespace augment_job_detail

Result<AugmentSummary> augment(const AugmentOptions& o, JobContext& context) {
    using namespace augment_job_detail;
    if (auto st = validate(o); !st) return st.error();
    const RunSettings run = run_settings(o.model);
    AugmentSummary summary;
    std::vector<Record> records;
    std::vector<std::string> notes;
    auto stopped = [&]() -> Result<AugmentSummary> {  // cancelled before the first image: an empty manifest
        summary.state = JobState::Cancelled;
        std::error_code dir_ec;
        fs::create_directories(o.output_dir, dir_ec);  // write_manifests reports a folder that cannot be made
        if (auto st = write_manifests(o, nullptr, records, notes, summary); !st) return st.error();
        return summary;
    };
    auto real = scan_dataset(o.dataset, run.split, &context);
    if (!real && real.error().code == Errc::Cancelled) return stopped();
    if (!real) return real.error();
    for (const auto& [cls, n] : o.quotas)
        if (std::find(real->classes.begin(), real->classes.end(), cls) == real->classes.end()) {
            std::string all;
            for (const auto& c : real->classes) all += (all.empty() ? "" : ", ") + c;
            return Error{Errc::InvalidArgument, "quota for class '" + cls + "', but the dataset " + o.dataset +
                                                    " has the classes " + all};
        }
    const std::vector<AugmentItem> plan = plan_augmentation(o, *real);
    const std::vector<AugmentItem> items = shard_items(plan, o.shard_index, o.shard_count);
    summary.planned = static_cast<int>(items.size());
    std::error_code ec;
    fs::create_directories(o.output_dir, ec);
    if (ec) return Error{Errc::WriteFailed, o.output_dir + ": cannot create the output folder: " + ec.message()};
    if (context.cancel_requested()) return stopped();

    LoadOptions lo;
    lo.device = o.device;
    auto model = Model::load(o.model, lo, &context);
    if (!model && model.error().code == Errc::Cancelled) return stopped();
    if (!model) return model.error();
    const ModelInfo& info = (*model)->info();

    memorisation::RealIndex index;
    if (o.memorisation_check) {
        std::vector<const DatasetItem*> train;
        for (const auto& it : real->items)
            if (!it.validation) train.push_back(&it);
        for (size_t i = 0; i < train.size(); ++i) {
            if (context.cancel_requested()) break;
            context.report("memorisation", static_cast<std::int64_t>(i), static_cast<std::int64_t>(train.size()));
            auto view = training_view(train[i]->path, run.preprocess, memorisation::kThumbSize);
            if (view) index.add(train[i]->path, *view);
            else notes.push_back("memorisation check: " + train[i]->path + " left out: " + view.error().detail);
        }
        if (index.size() == 0 && !context.cancel_requested()) notes.push_back("memorisation check: no real training image could be read");
    }
    StylePlanner styles(**model, o, *real, run, plan, notes);

    const fs::path out(o.output_dir);
    const std::int64_t n = static_cast<std::int64_t>(items.size());
    std::int64_t k = 0;
    for (; k < n; ++k) {
        if (context.cancel_requested()) {
            summary.state = JobState::Cancelled;
            break;
        }
        const AugmentItem& item = items[static_cast<size_t>(k)];
        Record rec{item, prompt_for(info, run, item.class_name)};
        const fs::path target = out / item.relative_path, excluded = out / "_excluded" / item.relative_path;
        GenerateOptions g;
        g.prompt = rec.prompt;
        g.sampler = o.sampler;
        g.steps = o.steps;
        g.cfg = o.cfg;
        g.seed = item.seed;
        fs::path at;
        if (fs::exists(target) && matches_recipe(target, g)) at = target;
        else if (fs::exists(excluded) && matches_recipe(excluded, g)) at = excluded;
        Image image;
        if (!at.empty()) {
            auto img = read_image(at.string());
            if (!img) return img.error();
            image = std::move(*img);
            rec.existing = true;
            ++summary.skipped_existing;
        } else {
            auto style = styles.style_for(item, rec.prompt, context);
            if (!style) return style.error();
            g.style = std::move(*style);
            ItemContext item_context(context, k, n);
            auto r = generate(**model, g, item_context);
            if (!r) return r.error();
            if (r->state == JobState::Cancelled || r->images.empty()) {  // the half-made image is dropped
                summary.state = JobState::Cancelled;
                break;
            }
            const nlohmann::json tag{{"class", item.class_name}, {"index", item.index_in_class},
                                     {"global_index", item.global_index}, {"style_seed", item.style_seed},
                                     {"shard", std::to_string(o.shard_index) + "/" + std::to_string(o.shard_count)},
                                     {"strategy", info.style_dim > 0 ? styles.strategy_used() : "none"}};
            fs::create_directories(target.parent_path(), ec);
            auto st = write_png(target.string(), r->images[0],
                                PngText{r->infotexts[0], r->clue_jsons[0], {{"clue_augment", tag.dump()}}});
            if (!st) return st.error();
            if (fs::exists(excluded)) fs::remove(excluded, ec);  // a stale copy from another recipe
            at = target;
            image = std::move(r->images[0]);
            ++summary.generated;
        }
        rec.excluded = at == excluded;
        if (rec.excluded && fs::exists(target)) fs::remove(target, ec);  // a stale image from another recipe
        if (o.memorisation_check && index.size() > 0) {
            const auto m = index.nearest(image, o.near_copy_threshold);
            rec.checked = true;
            rec.flagged = m.flagged;
            rec.nearest_real = index.path(m.nearest);
            rec.pixel_distance = m.pixel_distance;
            rec.feature_distance = m.feature_distance;
            // The current thresholds decide, also for images kept from an earlier run.
            const bool exclude = m.flagged && o.exclude_near_copies;
            if (exclude != rec.excluded) {
                if (auto st = exclude ? move_file(target, excluded) : move_file(excluded, target); !st)
                    return st.error();
                rec.excluded = exclude;
            }
        }
        summary.flagged += rec.flagged ? 1 : 0;
        summary.excluded += rec.excluded ? 1 : 0;
        records.push_back(std::move(rec));
        context.report("augment", (k + 1) * kUnits, n * kUnits);
    }
    // Stopped early: the manifest still lists the later items whose files an earlier run left (existence only, so
    // that Ctrl-C stays quick; "verified": false, no distances). The next full run checks them.
    for (; k < n; ++k) {
        const AugmentItem& item = items[static_cast<size_t>(k)];
        Record rec{item, prompt_for(info, run, item.class_name)};
        rec.existing = true;
        rec.verified = false;
        if (fs::exists(out / "_excluded" / item.relative_path)) rec.excluded = true;
        else if (!fs::exists(out / item.relative_path)) continue;
        records.push_back(std::move(rec));
    }
    if (auto st = write_manifests(o, &info, records, notes, summary); !st) return st.error();
    return summary;
}

}  // namespace clue
