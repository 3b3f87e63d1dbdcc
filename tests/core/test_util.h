#pragma once
// Shared helpers for the core tests: golden-case loading and tolerance checks (../shared/golden/README.md).
#include <ATen/core/Tensor.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

#include "clue/engine.h"

#include "io/safetensors.h"

namespace clue::test {

std::string data_dir();    ///< tests/data
std::string golden_dir();  ///< tests/data/golden
std::string models_dir();  ///< resources/models
std::string case_path(const std::string& name);  ///< golden/cases/<name>
/// A bundled model (resources/models/<name>) on the CPU; aborts the test program when it does not load.
std::shared_ptr<Model> load_model_or_die(const std::string& name);

/// A golden case: its JSON description and its tensors.
struct GoldenCase {
    nlohmann::json json;
    std::shared_ptr<io::SafetensorsFile> tensors;
    at::Tensor operator[](const std::string& name) const { return tensors->tensor(name, false); }
};
GoldenCase load_case(const std::string& name);  ///< e.g. "tiny-sd15__unet"

/// max|got - ref| <= atol + rtol * max|ref|; on failure the message says by how much.
struct Closeness {
    bool ok;
    double max_abs_diff;
    double bound;
    std::string message;
};
Closeness close(const at::Tensor& got, const at::Tensor& ref, double atol, double rtol);

}  // namespace clue::test

/// QVERIFY2 wrapper for tensors.
#define CLUE_EXPECT_CLOSE(got, ref, atol, rtol)                                         \
    do {                                                                                \
        auto _c = ::clue::test::close((got), (ref), (atol), (rtol));                    \
        QVERIFY2(_c.ok, _c.message.c_str());                                            \
    } while (0)
