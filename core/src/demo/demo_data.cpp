// make_demo_data: the synthetic otoscopy benchmark of issue #4 (three classes, ground-truth unprompted attributes).
// The drawing is in otoscopy_render.cpp; here: attribute sampling, validation, file layout, manifest, provenance.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "clue/demo_data.h"
#include "common/atomic_file.h"
#include "clue/png_meta.h"
#include "common/error.h"
#include "demo/otoscopy_render.h"

namespace fs = std::filesystem;

namespace clue {
namespace demo_data_detail {

using otoscopy_detail::DemoClass;

constexpr const char* kClassNames[] = {"Normal", "OME", "COM"};
// Sub-stream salts: attributes and pixels of one image must not share random numbers.
constexpr std::uint64_t kAttributeStream = 0xA77Bull, kImageStream = 0x1A6Eull;

bool parse_class(const std::string& name, DemoClass& out) {
    for (int i = 0; i < 3; ++i)
        if (name == kClassNames[i]) {
            out = DemoClass(i);
            return true;
        }
    return false;
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    return buf;
}

/// Each attribute must lie in the range documented in demo_data.h (with room for the 4-decimal rounding of the CSV).
Status check_attributes(const DemoAttributes& a) {
    struct Range {
        const char* name;
        double value, lo, hi;
    };
    const Range ranges[] = {{"illumination", a.illumination, 0.55, 1.25},
                            {"color_temperature", a.color_temperature, -1, 1},
                            {"rotation_deg", a.rotation_deg, -30, 30},
                            {"zoom", a.zoom, 0.8, 1.25},
                            {"blur", a.blur, 0, 2.5},
                            {"specular", a.specular, 0, 1},
                            {"wax", a.wax, 0, 0.35},
                            {"fov_radius", a.fov_radius, 0.38, 0.49}};
    for (const auto& r : ranges)
        if (!std::isfinite(r.value) || r.value < r.lo - 1e-6 || r.value > r.hi + 1e-6)
            return Error{Errc::InvalidArgument, std::string("demo image: ") + r.name + " must be in " + number(r.lo) +
                                                    "…" + number(r.hi) + ", got " + number(r.value)};
    if (a.timestamp != 0 && a.timestamp != 1)
        return Error{Errc::InvalidArgument, "demo image: timestamp must be 0 or 1, got " + std::to_string(a.timestamp)};
    return Ok{};
}

Status check_size(int size) {
    if (size < 32 || size > 1024)
        return Error{Errc::InvalidArgument, "demo data: size must be 32…1024, got " + std::to_string(size)};
    return Ok{};
}

/// The `clue` PNG chunk: render_demo_image(class, attributes, size, render_seed) redraws the image exactly.
nlohmann::json provenance(const DemoDataOptions& o, const std::string& cls, int index, std::uint64_t render_seed,
                          const DemoAttributes& a) {
    return {{"synthetic", true},  {"generator", "clue make-demo-data"},
            {"seed", o.seed},     {"index", index},
            {"render_seed", std::int64_t(render_seed)},
            {"class", cls},       {"size", o.size},
            {"illumination", a.illumination}, {"color_temperature", a.color_temperature},
            {"rotation_deg", a.rotation_deg}, {"zoom", a.zoom},
            {"blur", a.blur},     {"specular", a.specular},
            {"wax", a.wax},       {"fov_radius", a.fov_radius},
            {"timestamp", a.timestamp}};
}

}  // namespace demo_data_detail

DemoAttributes sample_demo_attributes(std::int64_t seed, int index) {
    using namespace otoscopy_detail;
    Rng rng(mix_seed(mix_seed(std::uint64_t(seed), demo_data_detail::kAttributeStream), std::uint64_t(index)));
    DemoAttributes a;
    a.illumination = rng.uniform(0.55, 1.25);
    a.color_temperature = rng.uniform(-1.0, 1.0);
    a.rotation_deg = rng.uniform(-30.0, 30.0);
    a.zoom = rng.uniform(0.8, 1.25);
    a.blur = rng.uniform(0.0, 2.5);
    a.specular = rng.uniform(0.0, 1.0);
    a.wax = rng.uniform(0.0, 0.35);
    a.fov_radius = rng.uniform(0.38, 0.49);
    a.timestamp = rng.chance(0.7) ? 1 : 0;
    return a;
}

Result<Image> render_demo_image(const std::string& class_name, const DemoAttributes& attributes, int size,
                                std::int64_t seed) {
    otoscopy_detail::DemoClass cls;
    if (!demo_data_detail::parse_class(class_name, cls))
        return Error{Errc::InvalidArgument, "demo image: class must be Normal, OME or COM, got '" + class_name + "'"};
    if (Status s = demo_data_detail::check_size(size); !s) return s.error();
    if (Status s = demo_data_detail::check_attributes(attributes); !s) return s.error();
    return run_guarded([&]() -> Result<Image> {
        return otoscopy_detail::render_otoscopy(cls, attributes, size, std::uint64_t(seed));
    });
}

Result<DemoDataSummary> make_demo_data(const DemoDataOptions& options, JobContext& context) {
    using namespace demo_data_detail;
    if (options.output_dir.empty()) return Error{Errc::InvalidArgument, "demo data: output_dir is empty"};
    if (options.per_class < 1 || options.per_class > 100000)
        return Error{Errc::InvalidArgument,
                     "demo data: per_class must be 1…100000, got " + std::to_string(options.per_class)};
    if (Status s = check_size(options.size); !s) return s.error();
    return run_guarded([&]() -> Result<DemoDataSummary> {
        const fs::path root(options.output_dir);
        std::error_code ec;
        for (const char* cls : kClassNames) {
            fs::create_directories(root / cls, ec);
            if (ec) fail(Errc::WriteFailed, (root / cls).string() + ": cannot create folder: " + ec.message());
        }
        const std::int64_t total = 3 * std::int64_t(options.per_class);
        std::string csv = "path,class,illumination,color_temperature,rotation_deg,zoom,blur,specular,wax,fov_radius,"
                          "timestamp\n";
        context.report("demo-data", 0, total);
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < options.per_class; ++i) {
                if (context.cancel_requested()) return Error{Errc::Cancelled, "demo data: cancelled"};
                const int index = c * options.per_class + i;
                const DemoAttributes a = sample_demo_attributes(options.seed, index);
                const std::uint64_t image_seed =
                    otoscopy_detail::mix_seed(otoscopy_detail::mix_seed(std::uint64_t(options.seed), kImageStream),
                                              std::uint64_t(index));
                const Image img = otoscopy_detail::render_otoscopy(DemoClass(c), a, options.size, image_seed);
                char name[64];
                std::snprintf(name, sizeof name, "%s/%s_%05d.png", kClassNames[c], kClassNames[c], i);
                PngText text;
                text.clue_json = provenance(options, kClassNames[c], index, image_seed, a).dump();
                if (Status s = write_png((root / name).string(), img, text); !s) return s.error();
                csv += std::string(name) + "," + kClassNames[c] + "," + number(a.illumination) + "," +
                       number(a.color_temperature) + "," + number(a.rotation_deg) + "," + number(a.zoom) + "," +
                       number(a.blur) + "," + number(a.specular) + "," + number(a.wax) + "," +
                       number(a.fov_radius) + "," + std::to_string(a.timestamp) + "\n";
                context.report("demo-data", index + 1, total);
            }
        // The manifest goes last and atomically: its presence means every image it lists is complete.
        const fs::path manifest = root / "manifest.csv";
        write_file_atomic_or_throw(manifest.string(), csv);
        return DemoDataSummary{int(total), manifest.string()};
    });
}

}  // namespace clue
