#pragma once
// CLUE style inference (methods.md §2.6): sample s ~ N(0, I), encode s from an image (posterior mean μ), style
// components (raw dimensions ranked by average KL, or PCA directions of the training posterior means) moved by
// sliders, and the style space (PCA map). Generation with a style: GenerateOptions::style.
#include <cstdint>
#include <string>
#include <vector>

#include "clue/dataset.h"
#include "clue/engine.h"
#include "clue/image.h"
#include "clue/job.h"
#include "clue/result.h"

namespace clue {

/// s ~ N(0, I) of `dim` numbers from a seed (the same seed always gives the same s, on every device).
std::vector<float> sample_style(int dim, std::int64_t seed);

/// Posterior mean μ(x, prompt) of the model's style encoder. The image is resized to the model's resolution (apply
/// preprocess() first for raw endoscope frames). UnsupportedModel when the model has no style path.
Result<std::vector<float>> encode_style(Model& model, const Image& image, const std::string& prompt,
                                        JobContext* context = nullptr);

/// The style space of a set of images: posterior means, per-dimension KL and a PCA of the means.
struct StyleSpace {
    int dim = 0;
    std::vector<std::string> paths;      ///< one per point
    std::vector<std::string> classes;    ///< one per point
    std::vector<std::string> sources;    ///< "real" or "generated", one per point
    std::vector<float> means;            ///< N × dim, row-major (posterior means μ)
    std::vector<float> kl_per_dim;       ///< dim: average over the points of KL(q_j || N(0,1))
    int components = 0;                  ///< k PCA directions kept
    std::vector<float> pca_mean;         ///< dim
    std::vector<float> pca_directions;   ///< k × dim, unit length, by decreasing variance
    std::vector<double> explained_variance_ratio;  ///< k
    std::vector<float> coords;           ///< N × k: (μ − pca_mean) · direction
    std::size_t size() const { return paths.size(); }
};

/// Encodes every image of `dataset` (train and validation items; prompt from the template per class) and fits the
/// PCA (k ≤ min(N, dim) components). Progress stage "encode". UnsupportedModel when the model has no style path.
Result<StyleSpace> compute_style_space(Model& model, const Dataset& dataset, const PreprocessOptions& preprocess,
                                       const std::string& prompt_template, int components, JobContext& context);
/// Fits the PCA again (e.g. after appending generated points); keeps means/classes/paths.
Status refit_pca(StyleSpace& space, int components);
/// style_space.safetensors beside a CSV (path,class,source,pc1..pck): save and load.
Status save_style_space(const StyleSpace& space, const std::string& safetensors_path);
Result<StyleSpace> load_style_space(const std::string& safetensors_path);
/// CSV: path,class,source,pc1,…,pck (the PCA coordinates), and a header comment line with explained variance.
Status export_style_space_csv(const StyleSpace& space, const std::string& csv_path);
/// A scatter PNG of pc1/pc2 coloured by class (OpenCV drawing), with a legend and axis labels (explained variance).
Status render_style_space_png(const StyleSpace& space, const std::string& png_path, int width = 800, int height = 600);

/// A style component a slider moves: a raw dimension of s, or a PCA direction.
struct StyleComponent {
    enum class Kind { Dimension = 1, Pca } kind = Kind::Dimension;
    int index = 0;                  ///< dimension index, or PCA component index (0 = pc1)
    double score = 0;               ///< average KL (Dimension) or explained variance ratio (Pca)
    std::vector<float> direction;   ///< unit vector in s-space (one-hot for a dimension)
    std::string label() const;      ///< "dim 17" / "PC 1"
};

/// The `count` components of each kind: dimensions ranked by average KL (largest first), then PCA directions.
std::vector<StyleComponent> style_components(const StyleSpace& space, int count);
/// Without a style space (fresh model): the first `count` raw dimensions, unranked.
std::vector<StyleComponent> default_style_components(int dim, int count);
/// Sets the coordinate of `s` along `component` to `value` (prior units: N(0,1) along any unit direction, so ±3
/// is the paper's slider range), all other components unchanged: s + (value − ⟨s, d⟩)·d.
std::vector<float> set_style_component(const std::vector<float>& s, const StyleComponent& component, double value);
/// ⟨s, d⟩: where `s` lies along `component`.
double style_component_value(const std::vector<float>& s, const StyleComponent& component);
/// A point of the PCA map (pc coordinates, missing ones 0) back to s: pca_mean + Σ c_k d_k.
std::vector<float> style_from_pca(const StyleSpace& space, const std::vector<double>& pc_coords);

/// Does a slider do what it says? For each value v of `values` (e.g. −3…3): generate with s = set(base, component, v)
/// (same noise), re-encode the image and read μ along the component. Returns the re-encoded coordinates (one per value);
/// a faithful slider gives a rising sequence (Spearman ρ near 1). Progress stage "generate". `images`, when given,
/// receives the generated image of each value (e.g. to check with a classifier that the class is kept).
Result<std::vector<double>> slider_response(Model& model, const GenerateOptions& options, const StyleComponent& component,
                                            const std::vector<double>& values, JobContext& context,
                                            std::vector<Image>* images = nullptr);

/// Style vector as text (comma-separated, 6 significant digits) for the clipboard, and back (InvalidArgument
/// naming the position of a bad number or a wrong count when expected_dim > 0).
std::string style_to_text(const std::vector<float>& s);
Result<std::vector<float>> style_from_text(const std::string& text, int expected_dim = 0);

}  // namespace clue
