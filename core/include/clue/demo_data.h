#pragma once
// The synthetic otoscopy benchmark (issue #4): procedural tympanic-membrane images for Normal / OME / COM with the
// *unprompted* attributes drawn at random and written to the manifest as ground truth. No real patient data ships.
#include <cstdint>
#include <string>
#include <vector>

#include "clue/image.h"
#include "clue/job.h"
#include "clue/result.h"

namespace clue {

struct DemoDataOptions {
    std::string output_dir;       ///< created; <output_dir>/<class>/<class>_NNNNN.png + manifest.csv
    int per_class = 200;          ///< images per class
    int size = 128;               ///< edge in pixels (the frame is size × size with a circular field of view)
    std::int64_t seed = 1;        ///< the same seed gives byte-identical images
};

/// Ground-truth attributes of one image (all in the manifest; the class is the only prompted one).
struct DemoAttributes {
    double illumination = 1.0;       ///< overall brightness factor, 0.55…1.25
    double color_temperature = 0.0; ///< −1 (cool/blue) … +1 (warm/yellow)
    double rotation_deg = 0.0;       ///< −30…30: rotation of the membrane (malleus direction)
    double zoom = 1.0;               ///< 0.8…1.25: membrane size in the field of view
    double blur = 0.0;               ///< Gaussian sigma in pixels at 128², 0…2.5
    double specular = 0.0;           ///< 0…1 strength of specular highlights
    double wax = 0.0;                ///< 0…0.35 fraction of the view occluded by wax at the rim
    double fov_radius = 0.45;        ///< field-of-view radius as a fraction of the frame, 0.38…0.49
    int timestamp = 1;               ///< 1 = a burnt-in date/time text outside the field of view
};

struct DemoDataSummary {
    int images = 0;
    std::string manifest;  ///< path of manifest.csv (path,class,split?,illumination,color_temperature,…)
};

/// Draws one image of `class_name` ("Normal", "OME" or "COM"): RGB, size × size. Deterministic in (seed, attributes).
Result<Image> render_demo_image(const std::string& class_name, const DemoAttributes& attributes, int size,
                                std::int64_t seed);
/// Random attributes for image `index` of a run with `seed` (uniform in the documented ranges).
DemoAttributes sample_demo_attributes(std::int64_t seed, int index);
/// Writes the benchmark (cancellable, progress stage "demo-data"). InvalidArgument for bad sizes/counts.
Result<DemoDataSummary> make_demo_data(const DemoDataOptions& options, JobContext& context);

}  // namespace clue
