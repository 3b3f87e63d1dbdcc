#pragma once
// The augmentation job (issue #4): N synthetic images per class from a trained model, written folder-per-class with
// full provenance and a manifest, resumable (existing images are skipped), splittable into shards, with a
// memorisation check against the real training images before export. No torch, no Qt.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "clue/dataset.h"
#include "clue/job.h"
#include "clue/result.h"

namespace clue {

enum class StyleStrategy { Prior = 1, AroundReal, PcaStratified };

struct AugmentOptions {
    std::string model;        ///< a (CLUE or vanilla) fine-tuned model folder
    std::string dataset;      ///< the real images (quotas by percentage, memorisation check, styles around real μ)
    std::string output_dir;   ///< <out>/<class>/<class>_NNNNN.png, <out>/manifest.csv, <out>/manifest.json
    std::map<std::string, int> quotas;  ///< absolute count per class; classes not listed use scale_percent
    double scale_percent = 100.0;       ///< 100…1000: per class round(scale/100 × real training count)
    StyleStrategy style_strategy = StyleStrategy::Prior;
    double around_real_sigma = 0.5;     ///< AroundReal: s = μ(real image) + σ·ξ
    std::int64_t seed = 1;              ///< item i of class c always gets the same noise seed and style
    std::string sampler = "ddim";
    int steps = 25;
    double cfg = 5.0;
    int shard_index = 0, shard_count = 1;  ///< this process makes items with (global index % count) == index
    bool memorisation_check = true;
    double near_copy_threshold = 0.05;  ///< flagged when the nearest real image is closer than this (mean abs
                                        ///< pixel difference at 64², 0…1) or its feature cosine distance < threshold/5
    bool exclude_near_copies = true;    ///< flagged images are moved to <out>/_excluded/ and left out of the manifest
    std::string device = "auto";
};

Status validate(const AugmentOptions& options);
std::string to_json(const AugmentOptions& options);
Result<AugmentOptions> augment_options_from_json(const std::string& json);

/// One planned image.
struct AugmentItem {
    int global_index = 0;        ///< position in the whole plan (shards split on it)
    std::string class_name;
    int index_in_class = 0;
    std::int64_t seed = 0;       ///< noise seed
    std::int64_t style_seed = 0; ///< seed of the style draw
    std::string relative_path;   ///< <class>/<class>_NNNNN.png
};

/// The deterministic plan of every item for these options and real class counts (all shards), in order.
std::vector<AugmentItem> plan_augmentation(const AugmentOptions& options, const Dataset& real);
/// The items of one shard.
std::vector<AugmentItem> shard_items(const std::vector<AugmentItem>& plan, int shard_index, int shard_count);

struct AugmentSummary {
    JobState state = JobState::Succeeded;
    int planned = 0, generated = 0, skipped_existing = 0, flagged = 0, excluded = 0;
    std::string manifest_csv, manifest_json;
    std::vector<std::string> notes;  ///< e.g. a style strategy that fell back, real images the check could not read
};

/// Runs this shard (resumable: an existing PNG with a matching recipe is skipped). Progress stage "augment".
Result<AugmentSummary> augment(const AugmentOptions& options, JobContext& context);

}  // namespace clue
