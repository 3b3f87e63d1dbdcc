#include "training/train_log.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "common/atomic_file.h"
#include "common/error.h"

namespace fs = std::filesystem;

namespace clue::training {
namespace {
constexpr const char* kHeader = "step,loss,mse,kl,kl_beta,lr,images_per_second,validation_loss,grad_norm";

}  // namespace

double parse_double_field(const std::string& s) {
    if (s == "nan" || s == "NaN" || s == "-nan" || s.empty()) return std::nan("");
    return std::strtod(s.c_str(), nullptr);
}

void prepare_train_log(const fs::path& file, int keep_until) {
    std::vector<std::string> keep;
    if (std::ifstream in(file); in) {
        std::string line;
        std::getline(in, line);  // header
        while (std::getline(in, line))
            if (!line.empty() && std::atoi(line.c_str()) <= keep_until) keep.push_back(line);
    }
    std::string text = std::string(kHeader) + "\n";
    for (const auto& l : keep) text += l + "\n";
    write_file_atomic_or_throw(file.string(), text);
}

void append_train_log(const fs::path& file, const TrainLogRow& r, double grad_norm) {
    std::ofstream out(file, std::ios::app);
    char buf[512];
    std::snprintf(buf, sizeof buf, "%d,%.9g,%.9g,%.9g,%.9g,%.9g,%.6g,%.9g,%.6g\n", r.step, r.loss, r.mse, r.kl,
                  r.kl_beta, r.lr, r.images_per_second, r.validation_loss, grad_norm);
    out << buf;
    out.flush();  // a crash loses at most the current line
}

}  // namespace clue::training

namespace clue {

Result<std::vector<TrainLogRow>> read_train_log(const std::string& run_dir) {
    const fs::path file = fs::path(run_dir) / "train_log.csv";
    std::ifstream in(file);
    if (!in) return Error{Errc::FileNotFound, file.string() + ": no training log yet"};
    std::vector<TrainLogRow> rows;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream ss(line);
        for (std::string x; std::getline(ss, x, ',');) f.push_back(x);
        if (f.size() < 8) continue;  // a line cut by a crash
        TrainLogRow r;
        r.step = std::atoi(f[0].c_str());
        r.loss = training::parse_double_field(f[1]);
        r.mse = training::parse_double_field(f[2]);
        r.kl = training::parse_double_field(f[3]);
        r.kl_beta = training::parse_double_field(f[4]);
        r.lr = training::parse_double_field(f[5]);
        r.images_per_second = training::parse_double_field(f[6]);
        r.validation_loss = training::parse_double_field(f[7]);
        rows.push_back(r);
    }
    return rows;
}

}  // namespace clue
