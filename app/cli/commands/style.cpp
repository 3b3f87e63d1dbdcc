// clue style sample|encode|traverse — explore the style latent of a CLUE model (methods.md §2.6).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_context.h"
#include "clue/dataset.h"
#include "clue/engine.h"
#include "clue/metrics.h"
#include "clue/png_meta.h"
#include "clue/evaluate.h"
#include "clue/style.h"
#include "commands.h"

namespace fs = std::filesystem;

namespace clue::cli {
namespace {

struct StyleArgs {
    std::string model, prompt, class_name, out, image, style, components = "pca", device = "auto";
    GenerateOptions o;
    int count = 4, grid = 7;
    std::int64_t style_seed = 0;
    double range = 3.0;
    std::vector<int> pair{0, 1};
    std::string data;  ///< check: a dataset whose manifest has ground-truth attribute columns
    std::string classifier;  ///< check: a classifier (.safetensors from `clue evaluate`) judging the class kept
    int top = 3;
};

std::string prompt_of(const StyleArgs& a, const ModelInfo& info) {
    return a.prompt.empty() ? prompt_for_class(info, a.class_name) : a.prompt;
}

Result<std::shared_ptr<Model>> open(const StyleArgs& a, TerminalJobContext& ctx) {
    LoadOptions lo;
    lo.device = a.device;
    auto m = Model::load(a.model, lo, &ctx);
    ctx.finish_line();
    if (m && (*m)->info().style_dim == 0)
        return Error{Errc::UnsupportedModel, a.model + ": not a CLUE model (no style path); train one with `clue train`"};
    return m;
}

/// A style given as text, @file or a seed.
Result<std::vector<float>> base_style(const StyleArgs& a, int dim) {
    if (a.style.empty()) return std::vector<float>{};
    std::string text = a.style;
    if (text[0] == '@') {
        std::ifstream in(text.substr(1));
        if (!in) return Error{Errc::FileNotFound, text.substr(1) + ": cannot read the style file"};
        std::stringstream s;
        s << in.rdbuf();
        text = s.str();
    }
    return style_from_text(text, dim);
}

int write(const std::string& path, const GenerateResult& r, int i) {
    if (auto st = write_png(path, r.images[i], PngText{r.infotexts[i], r.clue_jsons[i], {}}); !st)
        return report_error(st.error());
    std::printf("%s\n", path.c_str());
    return 0;
}

int sample(StyleArgs& a) {
    TerminalJobContext ctx;
    auto m = open(a, ctx);
    if (!m) return report_error(m.error());
    GenerateOptions o = a.o;
    o.prompt = prompt_of(a, (*m)->info());
    for (int i = 0; i < a.count; ++i) {
        o.style = sample_style((*m)->info().style_dim, a.style_seed + i);  // same noise seed, a new style each
        auto r = generate(**m, o, ctx);
        ctx.finish_line();
        if (!r) return report_error(r.error());
        if (r->state == JobState::Cancelled) return 130;
        fs::path p(a.out.empty() ? "style.png" : a.out);
        char suffix[32];
        std::snprintf(suffix, sizeof suffix, "-style%lld", static_cast<long long>(a.style_seed + i));
        if (int rc = write((p.parent_path() / (p.stem().string() + suffix + ".png")).string(), *r, 0)) return rc;
    }
    return 0;
}

int encode(StyleArgs& a) {
    TerminalJobContext ctx(true);
    auto m = open(a, ctx);
    if (!m) return report_error(m.error());
    auto img = read_image(a.image);
    if (!img) return report_error(img.error());
    auto s = encode_style(**m, *img, prompt_of(a, (*m)->info()));
    if (!s) return report_error(s.error());
    const std::string text = style_to_text(*s);
    if (a.out.empty()) {
        std::printf("%s\n", text.c_str());
    } else {
        std::ofstream(a.out) << text << "\n";
        std::printf("%s\n", a.out.c_str());
    }
    return 0;
}

/// A grid: rows = component pair[0] from −range to +range, columns = pair[1]; same seed and noise everywhere.
int traverse(StyleArgs& a) {
    TerminalJobContext ctx;
    auto m = open(a, ctx);
    if (!m) return report_error(m.error());
    const ModelInfo& info = (*m)->info();
    auto base = base_style(a, info.style_dim);
    if (!base) return report_error(base.error());
    std::vector<StyleComponent> comps;
    if (!info.style_space.empty()) {
        auto space = load_style_space(info.style_space);
        if (!space) return report_error(space.error());
        comps = style_components(*space, std::max(a.pair[0], a.pair[1]) + 1);
    } else {
        comps = default_style_components(info.style_dim, std::max(a.pair[0], a.pair[1]) + 1);
    }
    std::vector<StyleComponent> chosen;
    for (int idx : a.pair) {
        std::vector<StyleComponent> of_kind;
        for (const auto& c : comps)
            if ((c.kind == StyleComponent::Kind::Pca) == (a.components == "pca")) of_kind.push_back(c);
        if (idx < 0 || idx >= static_cast<int>(of_kind.size()))
            return report_error({Errc::InvalidArgument, "component " + std::to_string(idx) + " is not available (" +
                                                            std::to_string(of_kind.size()) + " " + a.components +
                                                            " components)"});
        chosen.push_back(of_kind[idx]);
    }
    GenerateOptions o = a.o;
    o.prompt = prompt_of(a, info);
    if (o.seed < 0) o.seed = 1;
    std::vector<Image> cells;
    const int n = a.grid;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            const double vr = -a.range + 2 * a.range * r / std::max(1, n - 1);
            const double vc = -a.range + 2 * a.range * c / std::max(1, n - 1);
            o.style = set_style_component(set_style_component(*base, chosen[0], vr), chosen[1], vc);
            auto res = generate(**m, o, ctx);
            if (!res) return report_error(res.error());
            if (res->state == JobState::Cancelled) return 130;
            cells.push_back(res->images[0]);
        }
    ctx.finish_line();
    const int w = cells[0].width, h = cells[0].height;
    Image grid = Image::blank(w * n, h * n);
    for (int i = 0; i < n * n; ++i)
        for (int y = 0; y < h; ++y)
            std::copy(cells[i].row(y), cells[i].row(y) + w * 3, grid.row((i / n) * h + y) + (i % n) * w * 3);
    PngText text;
    text.clue_json = "{\"app\":\"CLUE Studio\",\"kind\":\"style traverse\",\"rows\":\"" + chosen[0].label() +
                     "\",\"columns\":\"" + chosen[1].label() + "\",\"range\":" + std::to_string(a.range) +
                     ",\"synthetic\":true}";
    const std::string out = a.out.empty() ? "traverse.png" : a.out;
    if (auto st = write_png(out, grid, text); !st) return report_error(st.error());
    std::printf("%s  rows: %s, columns: %s, %g…%g\n", out.c_str(), chosen[0].label().c_str(), chosen[1].label().c_str(),
                -a.range, a.range);
    return 0;
}

/// Slider faithfulness (re-encoded μ along each of the top components, Spearman against the slider value) and,
/// with --data, which ground-truth attribute each component follows over the real images.
int check(StyleArgs& a) {
    TerminalJobContext ctx;
    auto m = open(a, ctx);
    if (!m) return report_error(m.error());
    const ModelInfo& info = (*m)->info();
    StyleSpace space;
    std::optional<Dataset> ds;
    if (!a.data.empty()) {
        auto d = scan_dataset(a.data, {}, &ctx);
        ctx.finish_line();
        if (!d) return report_error(d.error());
        ds = *d;
        auto sp = compute_style_space(**m, *ds, PreprocessOptions{}, "", 8, ctx);
        ctx.finish_line();
        if (!sp) return report_error(sp.error());
        space = *sp;
    } else if (!info.style_space.empty()) {
        auto sp = load_style_space(info.style_space);
        if (!sp) return report_error(sp.error());
        space = *sp;
    } else {
        return report_error({Errc::InvalidArgument, "the model has no style space: pass --data"});
    }
    std::vector<StyleComponent> comps;
    for (const auto& c : style_components(space, a.top))
        if (c.kind == StyleComponent::Kind::Pca) comps.push_back(c);
    GenerateOptions o = a.o;
    o.prompt = prompt_of(a, info);
    if (o.seed < 0) o.seed = 1;
    std::optional<Classifier> judge;
    int wanted = -1;
    if (!a.classifier.empty()) {
        auto c = Classifier::load(a.classifier, a.device.empty() ? "auto" : a.device);
        if (!c) return report_error(c.error());
        const auto& names = c->classes();
        wanted = static_cast<int>(std::find(names.begin(), names.end(), a.class_name) - names.begin());
        if (wanted == static_cast<int>(names.size()))
            return report_error({Errc::InvalidArgument, "--classifier: the classifier does not know class '" +
                                                            a.class_name + "' (pass --class)"});
        judge = std::move(*c);
    }
    const std::vector<double> values{-3, -2, -1, 0, 1, 2, 3};
    std::printf("component  explained  slider response (re-encoded μ at -3…3)                  Spearman ρ%s\n",
                judge ? "  class kept" : "");
    for (const auto& c : comps) {
        std::vector<Image> images;
        auto r = slider_response(**m, o, c, values, ctx, judge ? &images : nullptr);
        ctx.finish_line();
        if (!r) return report_error(r.error());
        std::printf("%-9s  %8.1f %%  ", c.label().c_str(), 100 * c.score);
        for (double v : *r) std::printf("%7.3f ", v);
        std::printf("   %6.3f", spearman(values, *r));
        if (judge) {
            auto pred = judge->predict(images);
            if (!pred) return report_error(pred.error());
            std::printf("   %d/%zu", static_cast<int>(std::count(pred->begin(), pred->end(), wanted)), pred->size());
        }
        std::printf("\n");
    }
    if (ds) {
        // Attribute columns: every extra manifest column whose values are all numbers.
        std::map<std::string, std::vector<double>> attrs;
        for (const auto& item : ds->items)
            for (const auto& [k, v] : item.extra) {
                char* end = nullptr;
                const double x = std::strtod(v.c_str(), &end);
                if (end != v.c_str() && *end == 0) attrs[k].push_back(x);
            }
        std::printf("\ncomponent  Spearman ρ of the real images' coordinate with each attribute (|ρ| largest first)\n");
        for (const auto& c : comps) {
            std::vector<double> coord;
            for (size_t i = 0; i < space.size(); ++i) coord.push_back(space.coords[i * space.components + c.index]);
            std::vector<std::pair<double, std::string>> rho;
            for (const auto& [k, v] : attrs)
                if (v.size() == coord.size()) rho.emplace_back(spearman(coord, v), k);
            std::sort(rho.begin(), rho.end(), [](auto& x, auto& y) { return std::abs(x.first) > std::abs(y.first); });
            std::printf("%-9s ", c.label().c_str());
            for (size_t i = 0; i < rho.size() && i < 4; ++i) std::printf(" %s %+.2f", rho[i].second.c_str(), rho[i].first);
            std::printf("\n");
        }
    }
    return 0;
}

void common(CLI::App* c, StyleArgs& a) {
    c->add_option("--model", a.model, "CLUE model folder (a run's model/)")->required();
    c->add_option("--prompt", a.prompt, "prompt (default: the model's template with --class)");
    c->add_option("--class", a.class_name, "class name for the model's prompt template");
    c->add_option("--device", a.device, "auto, cpu, cuda or cuda:N");
}

void sampling(CLI::App* c, StyleArgs& a) {
    c->add_option("--seed", a.o.seed, "noise seed (the same for every style)")->capture_default_str();
    c->add_option("--steps", a.o.steps, "sampler steps")->capture_default_str();
    c->add_option("--cfg", a.o.cfg, "text guidance scale")->capture_default_str();
    c->add_option("--sampler", a.o.sampler, "sampler (default: the model's)");
    c->add_option("--style-scale", a.o.style_scale, "style strength λ_s")->capture_default_str();
    c->add_option("--style-guidance", a.o.style_guidance, "style guidance w_s (0 = off)")->capture_default_str();
}

}  // namespace

Runner add_style_command(CLI::App& app) {
    auto a = std::make_shared<StyleArgs>();
    a->o.seed = 1;
    auto* cmd = app.add_subcommand("style", "Explore a CLUE model's style latent");
    cmd->require_subcommand(1);
    auto* s = cmd->add_subcommand("sample", "Images with styles sampled from the prior N(0, I), same noise");
    common(s, *a);
    sampling(s, *a);
    s->add_option("--count", a->count, "number of styles")->capture_default_str();
    s->add_option("--style-seed", a->style_seed, "seed of the first style (then +1, +2, …)")->capture_default_str();
    s->add_option("--out", a->out, "output PNG (-style<seed> appended)");
    auto* e = cmd->add_subcommand("encode", "The style vector μ of an image (text: comma-separated numbers)");
    common(e, *a);
    e->add_option("--image", a->image, "image to encode (preprocess raw endoscope frames first)")->required();
    e->add_option("--out", a->out, "write the style to this text file (default: print)");
    auto* t = cmd->add_subcommand("traverse", "A grid moving two style components from -range to +range");
    common(t, *a);
    sampling(t, *a);
    t->add_option("--components", a->components, "pca (PCA directions) or dims (raw dimensions ranked by KL)")
        ->check(CLI::IsMember({"pca", "dims"}))
        ->capture_default_str();
    t->add_option("--pair", a->pair, "the two components (0-based ranks)")->expected(2)->capture_default_str();
    t->add_option("--range", a->range, "slider range (prior units)")->capture_default_str();
    t->add_option("--grid", a->grid, "cells per side")->capture_default_str();
    t->add_option("--style", a->style, "base style: numbers or @file (default: s = 0)");
    t->add_option("--out", a->out, "output grid PNG")->capture_default_str();
    auto* k = cmd->add_subcommand("check", "Do the sliders work? Re-encoded μ along the top PCA components, and "
                                           "(with --data) which manifest attribute each component follows");
    common(k, *a);
    sampling(k, *a);
    k->add_option("--data", a->data, "dataset with attribute columns in its manifest (e.g. from make-demo-data)");
    k->add_option("--top", a->top, "number of PCA components")->capture_default_str();
    k->add_option("--classifier", a->classifier, "classifier (.safetensors, e.g. <report>/extractor.safetensors of "
                                                 "`clue evaluate`): how many slider images keep --class");
    return [a, s, e, t, k]() {
        if (k->parsed()) return check(*a);
        if (s->parsed()) return sample(*a);
        if (e->parsed()) return encode(*a);
        if (t->parsed()) return traverse(*a);
        return 1;
    };
}

}  // namespace clue::cli
