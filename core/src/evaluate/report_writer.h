#pragma once
// The report folder of an evaluation: results.json, f1.csv, distribution.csv, f1_vs_scale.png, features_pca.png and
// report.html tying them together (plain HTML + PNG, opens in any browser, no scripts).
#include <string>
#include <vector>

#include "clue/evaluate.h"

namespace clue::eval {

/// 2-D points of the feature-space PCA figure (methods.md §2.8 "PCA plot"): group 0 = real, k = synthetic set k.
struct PcaPoint {
    double x = 0, y = 0;
    int group = 0;
};

struct ReportInputs {
    const EvaluateOptions* options = nullptr;
    std::vector<std::string> groups;      ///< "real (test)", then the synthetic set names
    std::vector<PcaPoint> pca;            ///< empty = no PCA figure
    double pca_explained[2] = {0, 0};
};

/// Writes every file (atomically, each) into options.output_dir and fills report.html/json/figures. Throws CoreError.
void write_report(EvaluationReport& report, const ReportInputs& inputs);

}  // namespace clue::eval
