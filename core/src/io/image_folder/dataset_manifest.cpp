// dataset_report and write_manifest_csv: what a scan found, as text for people and as a CSV scan_dataset reads back.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "clue/dataset.h"
#include "common/atomic_file.h"
#include "io/image_folder/csv.h"
#include "io/image_folder/dataset_columns.h"

namespace clue {

std::string dataset_report(const Dataset& ds) {
    int train = 0, val = 0;
    for (const auto& it : ds.items) (it.validation ? val : train)++;
    std::ostringstream out;
    out << "Dataset " << ds.source << ": " << ds.classes.size() << (ds.classes.size() == 1 ? " class, " : " classes, ")
        << ds.items.size() << " images (" << train << " training, " << val << " validation), " << ds.skipped.size()
        << " skipped\n";
    size_t width = 0;
    for (const auto& c : ds.classes) width = std::max(width, c.size());
    for (size_t c = 0; c < ds.classes.size(); ++c) {
        const int t = c < ds.train_counts.size() ? ds.train_counts[c] : 0;
        const int v = c < ds.validation_counts.size() ? ds.validation_counts[c] : 0;
        out << "  " << ds.classes[c] << ":" << std::string(width - ds.classes[c].size() + 1, ' ') << t
            << " training, " << v << " validation\n";
    }
    if (!ds.skipped.empty()) {
        out << "Skipped files:\n";
        for (const auto& s : ds.skipped) out << "  " << s.path << ": " << s.reason << "\n";
    }
    return out.str();
}

Status write_manifest_csv(const Dataset& ds, const std::string& path) {
    namespace fs = std::filesystem;
    std::set<std::string> extra_keys;
    for (const auto& it : ds.items)
        for (const auto& [k, v] : it.extra) {
            if (dataset_detail::is_manifest_column(k) || k.empty())
                return Error{Errc::InvalidArgument, "manifest " + path + ": extra column \"" + k + "\" of " + it.path +
                                                        " clashes with a manifest column (or is empty)"};
            extra_keys.insert(k);
        }
    std::vector<std::string> header(dataset_detail::kManifestColumns.begin(), dataset_detail::kManifestColumns.end());
    header.insert(header.end(), extra_keys.begin(), extra_keys.end());
    std::string text = csv::format_record(header);

    // Paths under the manifest's folder are written relative to it, so the folder can move with its manifest.
    std::error_code ec;
    const fs::path base = fs::absolute(fs::path(path), ec).lexically_normal().parent_path();
    for (const auto& it : ds.items) {
        fs::path p = fs::path(it.path).lexically_normal();
        const fs::path rel = p.lexically_relative(base);
        if (!rel.empty() && *rel.begin() != "..") p = rel;
        std::vector<std::string> row{p.generic_string(), it.class_name, it.validation ? "validation" : "train",
                                     it.sha256, std::to_string(it.width), std::to_string(it.height)};
        for (const auto& k : extra_keys) {
            auto f = it.extra.find(k);
            row.push_back(f == it.extra.end() ? std::string() : f->second);
        }
        text += csv::format_record(row);
    }

    return write_file_atomic(path, text);  // a reader never sees half a manifest
}

}  // namespace clue
