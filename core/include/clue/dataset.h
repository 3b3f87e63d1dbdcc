#pragma once
// A user's image folder (one sub-folder per class) or CSV manifest, and the four-stage endoscope preprocessing of
// methods.md §2.7. No torch, no Qt. Example:
//   auto ds = clue::scan_dataset("/data/otoscopy"); if (ds) puts(clue::dataset_report(*ds).c_str());
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "clue/image.h"
#include "clue/job.h"
#include "clue/result.h"

namespace clue {

/// The four stages (each can be switched off); recorded in a run's config.json.
struct PreprocessOptions {
    bool detect_fov = true;    ///< 1. field-of-view circle: threshold the dark surround, largest component, fit circle
    bool mask_outside = true;  ///< 2. zero everything outside the circle (burnt-in text, timestamps, UI overlays)
    bool crop_square = true;   ///< 3. crop to the circle's bounding box (or the image centre) and pad to a square
    bool resize = true;        ///< 4. resize to `size` x `size` (area when shrinking, bicubic when enlarging)
    int size = 512;            ///< output edge in pixels (the model's resolution); 8…4096
    int dark_threshold = 15;   ///< gray level below which a pixel is surround (0…255)
    double fov_shrink = 0.02;  ///< shrink the fitted circle's radius by this fraction (aperture edge blur), 0…0.5
};

/// One stage picture for the preview (what the GUI shows side by side).
struct PreprocessStages {
    Image original;
    Image fov_overlay;  ///< original with the detected circle drawn (or the original when detection is off)
    Image masked;       ///< after stage 2
    Image cropped;      ///< after stage 3
    Image result;       ///< after stage 4 (the training image)
    bool fov_found = false;  ///< false: no dark surround found; stages 2–3 fall back to the centred square
    double circle_x = 0, circle_y = 0, circle_radius = 0;  ///< in original pixels (when fov_found)
};

/// Checks ranges; the message names each offending value. Errc::InvalidArgument.
Status validate(const PreprocessOptions& options);
std::string to_json(const PreprocessOptions& options);
Result<PreprocessOptions> preprocess_options_from_json(const std::string& json);

/// Runs the enabled stages on an RGB image (gray/RGBA are converted first). Deterministic.
Result<PreprocessStages> preprocess_stages(const Image& image, const PreprocessOptions& options);
/// The final image only (same as preprocess_stages(...).result, without the intermediate copies).
Result<Image> preprocess(const Image& image, const PreprocessOptions& options);

struct DatasetOptions {
    double validation_fraction = 0.1;  ///< 0…0.9; the split is decided by each file's SHA-256 (stable across runs)
    int min_edge = 32;                 ///< images with a shorter edge are skipped (reported)
};

struct DatasetItem {
    std::string path;        ///< absolute path
    std::string class_name;  ///< folder name or CSV `class`
    int class_index = 0;     ///< index into Dataset::classes
    std::string sha256;      ///< of the file's bytes (cache key, split key)
    bool validation = false;
    int width = 0, height = 0;
    std::map<std::string, std::string> extra;  ///< CSV columns other than path/class (e.g. ground-truth attributes)
};

struct SkippedFile {
    std::string path;
    std::string reason;  ///< English, e.g. "not an image", "truncated or corrupt", "too small (20x18)"
};

struct Dataset {
    std::string source;                ///< the folder or CSV file given
    std::vector<std::string> classes;  ///< sorted (folder names) or in CSV order of first appearance
    std::vector<DatasetItem> items;    ///< sorted by class, then path
    std::vector<SkippedFile> skipped;
    std::vector<int> train_counts, validation_counts;  ///< per class
};

/// Scans `source`: a folder with one sub-folder per class (files directly in it are reported as skipped, hidden files
/// and folders ignored), or a CSV manifest with a header naming at least `path` and `class` (relative paths resolve
/// against the CSV's folder; quoted fields per RFC 4180). Every file is decoded once to check it: unreadable,
/// truncated, non-image, too small, or unsupported files are skipped *with a reason*, never a crash. 16-bit, gray,
/// RGBA and CMYK JPEGs are accepted (decoded to 8-bit RGB). Errors: FileNotFound (no such source), BadFormat (CSV
/// without path/class columns), InvalidArgument (no usable images / fewer than 1 class). Progress stage "scan".
Result<Dataset> scan_dataset(const std::string& source, const DatasetOptions& options = {},
                             JobContext* context = nullptr);

/// Human-readable summary: classes with train/validation counts, then skipped files with reasons.
std::string dataset_report(const Dataset& dataset);

/// Writes a manifest CSV (path,class,split,sha256,width,height,extra columns…) that scan_dataset reads back.
Status write_manifest_csv(const Dataset& dataset, const std::string& path);

/// Decodes a dataset image to 8-bit RGB with all metadata (EXIF, ICC, text) dropped. Same errors as read_image.
Result<Image> load_clean_image(const std::string& path);

}  // namespace clue
