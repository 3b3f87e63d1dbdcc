// scan_dataset: a class-per-folder tree or a CSV manifest -> checked items with a SHA-256-stable split.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>

#include "clue/dataset.h"
#include "clue/png_meta.h"
#include "common/error.h"
#include "common/sha256.h"
#include "io/image_folder/csv.h"
#include "io/image_folder/dataset_columns.h"

namespace clue {

namespace dataset_detail {

namespace fs = std::filesystem;

struct Candidate {
    std::string path;  // absolute
    std::string class_name;
    std::map<std::string, std::string> extra;
    std::optional<bool> validation;  // set by a CSV `split` column; otherwise decided by the hash
};

struct Scan {
    std::vector<Candidate> candidates;
    std::vector<SkippedFile> skipped;
};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

bool starts_with(const std::vector<unsigned char>& b, const char* magic, size_t n, size_t at = 0) {
    return b.size() >= at + n && std::memcmp(b.data() + at, magic, n) == 0;
}

// A JPEG is complete when an end-of-image marker (FF D9) follows the last start-of-scan (FF DA). Entropy-coded data
// never contains FF DA or FF D9 (FF is byte-stuffed), an EXIF thumbnail's EOI comes before the main scan, and bytes
// some cameras append after the EOI are tolerated. libjpeg would otherwise decode a cut file with a grey bottom.
bool jpeg_complete(const std::vector<unsigned char>& b) {
    size_t last_sos = 0, last_eoi = 0;
    for (size_t i = 2; i + 1 < b.size(); ++i) {
        if (b[i] != 0xFF) continue;
        if (b[i + 1] == 0xDA) last_sos = i;
        if (b[i + 1] == 0xD9) last_eoi = i;
    }
    return last_sos > 0 && last_eoi > last_sos;
}

bool read_bytes(const std::string& path, std::vector<unsigned char>& bytes, std::string& why) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        why = std::string("cannot read (") + std::strerror(errno) + ")";
        return false;
    }
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
        why = "cannot read (I/O error)";
        return false;
    }
    return true;
}

struct Checked {
    std::string reason;  // empty: usable
    std::string sha256;
    int width = 0, height = 0;
};

// Decodes the file once; every failure becomes a reason, never an error (the scan goes on).
Checked check_file(const std::string& path, int min_edge) {
    Checked c;
    std::error_code ec;
    if (!fs::exists(path, ec)) return c.reason = "file not found", c;
    std::vector<unsigned char> bytes;
    if (!read_bytes(path, bytes, c.reason)) return c;
    if (bytes.empty()) return c.reason = "empty file", c;
    Sha256 h;
    h.update(bytes.data(), bytes.size());
    c.sha256 = h.hex_digest();

    const bool png = starts_with(bytes, "\x89PNG\r\n\x1a\n", 8);
    const bool jpeg = starts_with(bytes, "\xFF\xD8\xFF", 3);
    const bool webp = starts_with(bytes, "RIFF", 4) && starts_with(bytes, "WEBP", 4, 8);
    const bool tiff = starts_with(bytes, "II*\0", 4) || starts_with(bytes, "MM\0*", 4);
    const bool known = png || jpeg || webp || tiff || starts_with(bytes, "BM", 2);
    // Formats people do drop into image folders that OpenCV cannot decode: say which, not just "not an image".
    const char* unsupported = starts_with(bytes, "GIF8", 4)        ? "GIF"
                              : starts_with(bytes, "ftyp", 4, 4)   ? "HEIF/AVIF"
                              : starts_with(bytes, "DICM", 4, 128) ? "DICOM"
                                                                   : nullptr;
    if (jpeg && !jpeg_complete(bytes)) return c.reason = "truncated or corrupt", c;
    bytes = {};
    Result<Image> image = read_image(path);
    if (!image) {
        if (image.error().code == Errc::FileNotFound || image.error().code == Errc::Io)
            c.reason = "cannot read (" + image.error().detail + ")";
        else if (known)
            c.reason = "truncated or corrupt";
        else if (unsupported)
            c.reason = std::string("unsupported format (") + unsupported + ")";
        else
            c.reason = "not an image";
        return c;
    }
    c.width = image->width;
    c.height = image->height;
    if (std::min(c.width, c.height) < min_edge)
        c.reason = "too small (" + std::to_string(c.width) + "x" + std::to_string(c.height) + ")";
    return c;
}

bool hidden(const fs::path& p) { return !p.filename().empty() && p.filename().string()[0] == '.'; }

void collect_folder(const fs::path& root, Scan& scan) {
    std::vector<fs::path> classes, top_files;
    for (const auto& e : fs::directory_iterator(root)) {
        if (hidden(e.path())) continue;
        (e.is_directory() ? classes : top_files).push_back(e.path());
    }
    std::sort(classes.begin(), classes.end());
    std::sort(top_files.begin(), top_files.end());
    for (const auto& f : top_files) scan.skipped.push_back({f.string(), "not in a class folder"});
    for (const auto& dir : classes) {
        std::vector<std::string> files;
        for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) {
            if (hidden(it->path())) {
                if (it->is_directory()) it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file()) files.push_back(it->path().string());
        }
        std::sort(files.begin(), files.end());
        if (files.empty()) scan.skipped.push_back({dir.string(), "empty class folder"});
        for (auto& f : files) scan.candidates.push_back({std::move(f), dir.filename().string(), {}, std::nullopt});
    }
}

void collect_csv(const fs::path& csv_path, Scan& scan) {
    const std::string what = csv_path.string();
    std::vector<unsigned char> bytes;
    std::string why;
    if (!read_bytes(what, bytes, why)) fail(Errc::Io, what + ": " + why);
    auto records = csv::parse(std::string(bytes.begin(), bytes.end()), what);
    if (!records) fail(records.error().code, records.error().detail);
    if (records->empty()) fail(Errc::BadFormat, what + ": empty CSV (a header with path and class is required)");
    const auto& header = records->front().fields;
    int path_col = -1, class_col = -1, split_col = -1;
    std::set<std::string> seen;
    std::string names;
    for (int i = 0; i < int(header.size()); ++i) {
        const std::string key = lower(trim(header[i]));
        names += (i ? ", " : "") + trim(header[i]);
        if (!seen.insert(key).second)
            fail(Errc::BadFormat, what + ": column \"" + trim(header[i]) + "\" appears twice");
        if (key == "path") path_col = i;
        if (key == "class") class_col = i;
        if (key == "split") split_col = i;
    }
    if (path_col < 0 || class_col < 0)
        fail(Errc::BadFormat, what + ": the header must name the columns path and class, got: " + names);
    const fs::path base = csv_path.parent_path();
    for (size_t r = 1; r < records->size(); ++r) {
        const auto& rec = (*records)[r];
        if (rec.fields.size() != header.size())
            fail(Errc::BadFormat, what + ": line " + std::to_string(rec.line) + " has " +
                                      std::to_string(rec.fields.size()) + " fields, the header has " +
                                      std::to_string(header.size()));
        const std::string where = what + ":" + std::to_string(rec.line);
        const std::string rel = trim(rec.fields[path_col]);
        if (rel.empty()) {
            scan.skipped.push_back({where, "empty path"});
            continue;
        }
        const std::string path = fs::absolute(base / fs::path(rel)).lexically_normal().string();
        Candidate c{path, trim(rec.fields[class_col]), {}, std::nullopt};
        if (c.class_name.empty()) {
            scan.skipped.push_back({path, "empty class (" + where + ")"});
            continue;
        }
        if (split_col >= 0) {
            const std::string s = lower(trim(rec.fields[split_col]));
            if (s == "train" || s == "training") c.validation = false;
            else if (s == "validation" || s == "val" || s == "valid") c.validation = true;
            else if (!s.empty()) {
                scan.skipped.push_back(
                    {path, "split \"" + trim(rec.fields[split_col]) + "\" (only train and validation are used)"});
                continue;
            }
        }
        for (int i = 0; i < int(header.size()); ++i)
            if (!is_manifest_column(header[i])) c.extra[trim(header[i])] = rec.fields[i];
        scan.candidates.push_back(std::move(c));
    }
}

// Hash split, then per class: every class keeps >= 1 training image (a class with none cannot be learned), and a
// class with >= 5 images gets >= 1 validation image when validation is wanted (per-class metrics need one). The
// image moved is chosen by hash (largest to training, smallest to validation), so the result never depends on file
// names; only these edge cases depend on which other files the class holds. Explicit CSV splits are never moved.
void split(Dataset& ds, double fraction, const std::vector<bool>& decided_by_hash) {
    auto key = [](const std::string& sha) { return std::stoul(sha.substr(0, 8), nullptr, 16); };
    for (size_t i = 0; i < ds.items.size(); ++i)
        if (decided_by_hash[i]) ds.items[i].validation = double(key(ds.items[i].sha256)) / 4294967296.0 < fraction;
    for (int c = 0; c < int(ds.classes.size()); ++c) {
        int train = 0, val = 0, n = 0;
        long best_up = -1, best_down = -1;  // candidates to move
        for (size_t i = 0; i < ds.items.size(); ++i) {
            const auto& it = ds.items[i];
            if (it.class_index != c) continue;
            ++n;
            (it.validation ? val : train)++;
            if (!decided_by_hash[i]) continue;
            if (it.validation && (best_up < 0 || key(it.sha256) > key(ds.items[best_up].sha256)))
                best_up = long(i);
            if (!it.validation && (best_down < 0 || key(it.sha256) < key(ds.items[best_down].sha256)))
                best_down = long(i);
        }
        if (train == 0 && best_up >= 0)
            ds.items[best_up].validation = false;
        else if (fraction > 0 && val == 0 && n >= 5 && train >= 2 && best_down >= 0)
            ds.items[best_down].validation = true;
    }
    ds.train_counts.assign(ds.classes.size(), 0);
    ds.validation_counts.assign(ds.classes.size(), 0);
    for (const auto& it : ds.items) (it.validation ? ds.validation_counts : ds.train_counts)[it.class_index]++;
}

Result<Dataset> scan(const std::string& source, const DatasetOptions& options, JobContext* context) {
    if (!(options.validation_fraction >= 0 && options.validation_fraction <= 0.9)) {  // also NaN
        char got[32];
        std::snprintf(got, sizeof got, "%g", options.validation_fraction);
        return Error{Errc::InvalidArgument, std::string("validation_fraction must be 0…0.9, got ") + got};
    }
    if (options.min_edge < 1)
        return Error{Errc::InvalidArgument, "min_edge must be >= 1, got " + std::to_string(options.min_edge)};
    std::error_code ec;
    const fs::path root = fs::absolute(fs::path(source), ec).lexically_normal();
    if (ec || !fs::exists(root, ec)) return Error{Errc::FileNotFound, source + ": no such file or folder"};
    Scan sc;
    const bool folder = fs::is_directory(root, ec);
    if (folder) collect_folder(root, sc);
    else collect_csv(root, sc);

    Dataset ds;
    ds.source = source;
    std::map<std::string, std::string> kept_by_sha;
    std::vector<std::pair<DatasetItem, bool>> kept;  // item, split decided by hash
    const auto total = std::int64_t(sc.candidates.size());
    if (context) context->report("scan", 0, total);
    for (std::int64_t i = 0; i < total; ++i) {
        if (context && context->cancel_requested())
            return Error{Errc::Cancelled, "dataset scan of " + source + " cancelled"};
        Candidate& c = sc.candidates[size_t(i)];
        Checked ck = check_file(c.path, options.min_edge);
        if (ck.reason.empty()) {
            if (auto dup = kept_by_sha.find(ck.sha256); dup != kept_by_sha.end())
                ck.reason = "duplicate of " + dup->second;
        }
        if (!ck.reason.empty()) {
            sc.skipped.push_back({c.path, ck.reason});
        } else {
            kept_by_sha.emplace(ck.sha256, c.path);
            if (std::find(ds.classes.begin(), ds.classes.end(), c.class_name) == ds.classes.end())
                ds.classes.push_back(c.class_name);
            DatasetItem item{c.path, c.class_name, 0, ck.sha256, c.validation.value_or(false), ck.width, ck.height,
                             std::move(c.extra)};
            kept.emplace_back(std::move(item), !c.validation.has_value());
        }
        if (context) context->report("scan", i + 1, total);
    }
    if (kept.empty())
        return Error{Errc::InvalidArgument, source + ": no usable images (" + std::to_string(sc.skipped.size()) +
                                                " files skipped)"};
    if (folder) std::sort(ds.classes.begin(), ds.classes.end());
    for (auto& [item, by_hash] : kept)
        item.class_index = int(std::find(ds.classes.begin(), ds.classes.end(), item.class_name) - ds.classes.begin());
    std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
        return a.first.class_index != b.first.class_index ? a.first.class_index < b.first.class_index
                                                          : a.first.path < b.first.path;
    });
    std::vector<bool> by_hash;
    for (auto& [item, h] : kept) ds.items.push_back(std::move(item)), by_hash.push_back(h);
    split(ds, options.validation_fraction, by_hash);
    ds.skipped = std::move(sc.skipped);
    return ds;
}

}  // namespace dataset_detail

Result<Dataset> scan_dataset(const std::string& source, const DatasetOptions& options, JobContext* context) {
    try {
        return dataset_detail::scan(source, options, context);
    } catch (const std::filesystem::filesystem_error& e) {
        return Error{Errc::Io, source + ": " + e.what()};
    } catch (...) {
        return error_from_current_exception();
    }
}

Result<Image> load_clean_image(const std::string& path) {
    // Image carries pixels only, so EXIF, ICC and text chunks are dropped by construction; the JPEG end check keeps
    // a half-decoded file out of training exactly as the scan does.
    std::vector<unsigned char> bytes;
    std::string why;
    if (!dataset_detail::read_bytes(path, bytes, why)) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) return Error{Errc::FileNotFound, path + ": no such file"};
        return Error{Errc::Io, path + ": " + why};
    }
    if (dataset_detail::starts_with(bytes, "\xFF\xD8\xFF", 3) && !dataset_detail::jpeg_complete(bytes))
        return Error{Errc::FileTruncated, path + ": truncated JPEG (no end-of-image marker after the last scan)"};
    return read_image(path);
}

}  // namespace clue
