// AugmentOptions (range checks, JSON round trip for the CLI's --recipe/--save-recipe and manifest.json) and the
// deterministic plan: which image of which class gets which seeds and file name, and how shards split it.
#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "clue/augment.h"
#include "clue/engine.h"
#include "common/json_reader.h"

namespace clue {
namespace augment_detail {

// Independent streams of mix_seed: the noise seed and the style seed of an item must not be the same number.
constexpr std::uint64_t kNoiseStream = 1, kStyleStream = 2;


const char* strategy_name(StyleStrategy s) {
    switch (s) {
        case StyleStrategy::AroundReal: return "around_real";
        case StyleStrategy::PcaStratified: return "pca";
        case StyleStrategy::Prior: break;
    }
    return "prior";
}

std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/// FNV-1a 64 of a class name (stable across platforms and runs, unlike std::hash).
std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char ch : text) h = (h ^ ch) * 0x100000001b3ull;
    return h;
}

std::int64_t mix_seed(std::int64_t seed, std::uint64_t stream, std::int64_t index) {
    // Two splitmix64 rounds (Steele et al. 2014): the first decorrelates (seed, stream), the second adds the index.
    // The top 32 bits are kept so the seed is in [0, 2^32): A1111 and diffusers users can type it back in.
    const std::uint64_t base = splitmix64(static_cast<std::uint64_t>(seed) ^ (stream * 0xD1B54A32D192ED03ull));
    return static_cast<std::int64_t>(splitmix64(base + static_cast<std::uint64_t>(index)) >> 32);
}

std::string path_component(const std::string& name) {
    // Class names come from folder names or a CSV column; a CSV class could hold a separator.
    std::string out = name;
    for (char& ch : out)
        if (ch == '/' || ch == '\\' || ch == ':' || static_cast<unsigned char>(ch) < 32) ch = '_';
    if (out.empty() || out == "." || out == "..") out = "_" + out;
    return out;
}

Result<StyleStrategy> parse_strategy(const std::string& name) {
    if (name == "prior") return StyleStrategy::Prior;
    if (name == "around_real" || name == "around-real") return StyleStrategy::AroundReal;
    if (name == "pca" || name == "pca_stratified") return StyleStrategy::PcaStratified;
    return Error{Errc::InvalidArgument, "must be prior, around_real or pca, got \"" + name + "\""};
}

int planned_count(const AugmentOptions& o, const std::string& class_name, int train_count) {
    if (auto it = o.quotas.find(class_name); it != o.quotas.end()) return it->second;
    // Round half up: scale × count / 100 is exact for whole percentages, the epsilon absorbs 110 % × 5 = 5.500…01.
    return static_cast<int>(std::floor(o.scale_percent * train_count / 100.0 + 0.5 + 1e-9));
}

}  // namespace augment_detail

Status validate(const AugmentOptions& o) {
    namespace fs = std::filesystem;
    std::vector<std::string> e;
    auto range = [&](const char* name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi))
            e.push_back(std::string(name) + " must be between " + options_detail::format_number(lo) + " and " + options_detail::format_number(hi) + ", got " + options_detail::format_number(v));
    };
    if (o.model.empty()) e.push_back("model is empty: give a fine-tuned model folder (a run's model/)");
    else if (!fs::exists(o.model)) e.push_back("model '" + o.model + "' does not exist");
    if (o.dataset.empty()) e.push_back("dataset is empty: give the real image folder or CSV manifest");
    else if (!fs::exists(o.dataset)) e.push_back("dataset '" + o.dataset + "' does not exist");
    if (o.output_dir.empty()) e.push_back("output_dir is empty: give a folder for the synthetic images");
    for (const auto& [cls, n] : o.quotas) {
        if (cls.empty()) e.push_back("quota with an empty class name");
        if (n < 0 || n > 1000000) e.push_back("quota of class '" + cls + "' must be between 0 and 1000000, got " + std::to_string(n));
    }
    range("scale_percent", o.scale_percent, 100, 1000);
    if (o.style_strategy != StyleStrategy::Prior && o.style_strategy != StyleStrategy::AroundReal &&
        o.style_strategy != StyleStrategy::PcaStratified)
        e.push_back("style_strategy has the invalid value " + std::to_string(static_cast<int>(o.style_strategy)));
    range("around_real_sigma", o.around_real_sigma, 0, 10);
    if (o.seed < 0) e.push_back("seed must be >= 0 (the plan derives every image's seed from it), got " + std::to_string(o.seed));
    if (!o.sampler.empty())
        if (auto s = canonical_sampler_name(o.sampler); !s) e.push_back(s.error().detail);
    range("steps", o.steps, 1, 1000);
    range("cfg", o.cfg, 0, 100);
    range("shard_count", o.shard_count, 1, 100000);
    if (o.shard_index < 0 || o.shard_index >= o.shard_count)
        e.push_back("shard_index must be between 0 and shard_count - 1 (" + std::to_string(o.shard_count - 1) +
                    "), got " + std::to_string(o.shard_index));
    range("near_copy_threshold", o.near_copy_threshold, 0, 1);
    if (o.device.empty()) e.push_back("device is empty: use auto, cpu, cuda or cuda:N");
    if (e.empty()) return Ok{};
    std::string msg;
    for (const auto& x : e) msg += (msg.empty() ? "" : "; ") + x;
    return Error{Errc::InvalidArgument, msg};
}

std::string to_json(const AugmentOptions& o) {
    nlohmann::ordered_json j;
    j["model"] = o.model;
    j["dataset"] = o.dataset;
    j["output_dir"] = o.output_dir;
    j["quotas"] = o.quotas;
    j["scale_percent"] = o.scale_percent;
    j["style_strategy"] = augment_detail::strategy_name(o.style_strategy);
    j["around_real_sigma"] = o.around_real_sigma;
    j["seed"] = o.seed;
    j["sampler"] = o.sampler;
    j["steps"] = o.steps;
    j["cfg"] = o.cfg;
    j["shard_index"] = o.shard_index;
    j["shard_count"] = o.shard_count;
    j["memorisation_check"] = o.memorisation_check;
    j["near_copy_threshold"] = o.near_copy_threshold;
    j["exclude_near_copies"] = o.exclude_near_copies;
    j["device"] = o.device;
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Result<AugmentOptions> augment_options_from_json(const std::string& text) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& ex) {
        return Error{Errc::BadFormat, std::string("augmentation recipe: not valid JSON (") + ex.what() + ")"};
    }
    if (!j.is_object()) return Error{Errc::InvalidArgument, "augmentation recipe: expected a JSON object"};
    AugmentOptions o;
    options_detail::Reader r(j, "augmentation recipe");
    r.str("model", o.model);
    r.str("dataset", o.dataset);
    r.str("output_dir", o.output_dir);
    if (const auto* q = r.object("quotas")) {
        for (auto it = q->begin(); it != q->end(); ++it) {
            const auto& v = it.value();
            if (!v.is_number_integer() || v.get<std::int64_t>() < 0 || v.get<std::int64_t>() > 1000000)
                return Error{Errc::InvalidArgument, "augmentation recipe: quota of class \"" + it.key() +
                                                        "\" must be an integer 0…1000000, got " + v.dump()};
            o.quotas[it.key()] = v.get<int>();
        }
    }
    r.real("scale_percent", o.scale_percent);
    std::string strategy = augment_detail::strategy_name(o.style_strategy);
    r.str("style_strategy", strategy);
    r.real("around_real_sigma", o.around_real_sigma);
    r.integer("seed", o.seed);
    r.str("sampler", o.sampler);
    r.integer("steps", o.steps);
    r.real("cfg", o.cfg);
    r.integer("shard_index", o.shard_index);
    r.integer("shard_count", o.shard_count);
    r.boolean("memorisation_check", o.memorisation_check);
    r.real("near_copy_threshold", o.near_copy_threshold);
    r.boolean("exclude_near_copies", o.exclude_near_copies);
    r.str("device", o.device);
    if (!r.error().empty()) return Error{Errc::InvalidArgument, r.error()};
    if (auto s = augment_detail::parse_strategy(strategy)) o.style_strategy = *s;
    else return Error{Errc::InvalidArgument, "augmentation recipe: \"style_strategy\" " + s.error().detail};
    return o;
}


std::vector<AugmentItem> plan_augmentation(const AugmentOptions& o, const Dataset& real) {
    std::vector<AugmentItem> plan;
    for (size_t c = 0; c < real.classes.size(); ++c) {
        const std::string& name = real.classes[c];
        const int train = c < real.train_counts.size() ? real.train_counts[c] : 0;
        const int n = augment_detail::planned_count(o, name, train);
        const std::string dir = augment_detail::path_component(name);
        for (int i = 0; i < n; ++i) {
            AugmentItem it;
            it.global_index = static_cast<int>(plan.size());
            it.class_name = name;
            it.index_in_class = i;
            // Keyed by (class, index in class), not the global position: raising one class's quota never changes
            // the seeds (and so the files) of the other classes, and a resume keeps them.
            const std::int64_t class_seed = o.seed ^ static_cast<std::int64_t>(augment_detail::fnv1a(name) >> 1);
            it.seed = augment_detail::mix_seed(class_seed, augment_detail::kNoiseStream, i);
            it.style_seed = augment_detail::mix_seed(class_seed, augment_detail::kStyleStream, i);
            char file[32];
            std::snprintf(file, sizeof file, "_%05d.png", i);
            it.relative_path = dir + "/" + dir + file;
            plan.push_back(std::move(it));
        }
    }
    return plan;
}

std::vector<AugmentItem> shard_items(const std::vector<AugmentItem>& plan, int shard_index, int shard_count) {
    std::vector<AugmentItem> out;
    if (shard_count < 1 || shard_index < 0 || shard_index >= shard_count) return out;
    // Round robin on the global index: every shard gets a share of every class, so partial runs stay balanced.
    for (const auto& it : plan)
        if (it.global_index % shard_count == shard_index) out.push_back(it);
    return out;
}

}  // namespace clue
