#include "test_util.h"

#include <torch/torch.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace clue::test {

std::string data_dir() { return CLUE_TEST_DATA_DIR; }
std::string golden_dir() { return data_dir() + "/golden"; }
std::string models_dir() { return CLUE_MODELS_DIR; }
std::string case_path(const std::string& name) { return golden_dir() + "/cases/" + name; }

std::shared_ptr<Model> load_model_or_die(const std::string& name) {
    LoadOptions lo;
    lo.device = "cpu";
    auto m = Model::load(models_dir() + "/" + name, lo);
    if (!m) {
        std::fprintf(stderr, "cannot load %s: %s\n", name.c_str(), m.error().detail.c_str());
        std::abort();
    }
    return *m;
}

GoldenCase load_case(const std::string& name) {
    GoldenCase c;
    std::ifstream in(case_path(name + ".json"));
    std::stringstream text;
    text << in.rdbuf();
    // Python's json writes bare -Infinity/NaN (DPM-Solver configs); JSON has no such literals.
    std::string s = text.str();
    for (const std::string bad : {"-Infinity", "Infinity", "NaN"})
        for (size_t pos; (pos = s.find(bad)) != std::string::npos;) s.replace(pos, bad.size(), "null");
    c.json = nlohmann::json::parse(s);
    c.tensors = io::SafetensorsFile::open(case_path(name + ".safetensors"));
    return c;
}

Closeness close(const at::Tensor& got0, const at::Tensor& ref0, double atol, double rtol) {
    Closeness c{};
    at::Tensor got = got0.detach().to(torch::kCPU).to(torch::kDouble);
    at::Tensor ref = ref0.detach().to(torch::kCPU).to(torch::kDouble);
    std::ostringstream msg;
    if (got.sizes() != ref.sizes()) {
        msg << "shape " << got.sizes() << " != reference " << ref.sizes();
        c.ok = false;
        c.message = msg.str();
        return c;
    }
    c.max_abs_diff = ref.numel() ? (got - ref).abs().max().item<double>() : 0.0;
    const double max_ref = ref.numel() ? ref.abs().max().item<double>() : 0.0;
    c.bound = atol + rtol * max_ref;
    c.ok = c.max_abs_diff <= c.bound && !std::isnan(c.max_abs_diff);
    msg << "max|got-ref| = " << c.max_abs_diff << " vs bound " << c.bound << " (atol " << atol << ", rtol " << rtol
        << ", max|ref| " << max_ref << ")";
    c.message = msg.str();
    return c;
}

}  // namespace clue::test
