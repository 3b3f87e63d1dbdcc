// Validation and JSON of the evaluation options and of the report (results.json).
#include <filesystem>
#include <fstream>

#include "common/json_reader.h"
#include "evaluate/evaluate_json.h"

namespace clue {
namespace eval {

nlohmann::ordered_json to_json_value(const ClassifierOptions& o) {
    nlohmann::ordered_json j;
    j["width"] = o.width;
    j["image_size"] = o.image_size;
    j["steps"] = o.steps;
    j["batch_size"] = o.batch_size;
    j["lr"] = o.lr;
    j["weight_decay"] = o.weight_decay;
    j["evaluate_every"] = o.evaluate_every;
    j["flips"] = o.flips;
    j["color_jitter"] = o.color_jitter;
    j["attribute_targets"] = o.attribute_targets;
    j["attribute_weight"] = o.attribute_weight;
    j["seed"] = o.seed;
    j["device"] = o.device;
    return j;
}

std::string read_json_value(const nlohmann::json& j, ClassifierOptions& o, const std::string& what) {
    if (!j.is_object()) return what + ": expected an object";
    options_detail::Reader r(j, what);
    r.integer("width", o.width);
    r.integer("image_size", o.image_size);
    r.integer("steps", o.steps);
    r.integer("batch_size", o.batch_size);
    r.real("lr", o.lr);
    r.real("weight_decay", o.weight_decay);
    r.integer("evaluate_every", o.evaluate_every);
    r.boolean("flips", o.flips);
    r.boolean("color_jitter", o.color_jitter);
    r.strings("attribute_targets", o.attribute_targets);
    r.real("attribute_weight", o.attribute_weight);
    r.integer("seed", o.seed);
    r.str("device", o.device);
    return r.error();
}

nlohmann::ordered_json to_json_value(const EvaluationReport& r) {
    nlohmann::ordered_json j;
    j["classes"] = r.classes;
    j["extractor"] = r.extractor;
    j["distribution"] = nlohmann::ordered_json::array();
    for (const auto& d : r.distribution)
        j["distribution"].push_back({{"set", d.set}, {"class", d.class_name}, {"real_count", d.real_count},
                                     {"synthetic_count", d.synthetic_count}, {"fid", d.fid}, {"kid", d.kid},
                                     {"kid_sd", d.kid_sd}, {"precision", d.precision}, {"recall", d.recall}});
    j["f1"] = nlohmann::ordered_json::array();
    for (const auto& f : r.f1)
        j["f1"].push_back({{"training", f.training}, {"set", f.set}, {"scale", f.scale}, {"test", f.test},
                           {"train_count", f.train_count}, {"macro_f1_mean", f.macro_f1_mean},
                           {"macro_f1_sd", f.macro_f1_sd}, {"accuracy_mean", f.accuracy_mean},
                           {"accuracy_sd", f.accuracy_sd}, {"per_class_f1_mean", f.per_class_f1_mean},
                           {"confusion", f.confusion}});
    j["notes"] = r.notes;
    j["figures"] = r.figures;
    return j;
}

Result<EvaluationReport> report_from_json_value(const nlohmann::json& j) {
    EvaluationReport r;
    try {
        r.classes = j.at("classes").get<std::vector<std::string>>();
        r.extractor = j.value("extractor", std::string());
        for (const auto& d : j.at("distribution"))
            r.distribution.push_back({d.at("set").get<std::string>(), d.at("class").get<std::string>(),
                                      d.at("real_count").get<int>(), d.at("synthetic_count").get<int>(),
                                      d.at("fid").get<double>(), d.at("kid").get<double>(), d.at("kid_sd").get<double>(),
                                      d.at("precision").get<double>(), d.at("recall").get<double>()});
        for (const auto& f : j.at("f1")) {
            F1Row row;
            row.training = f.at("training").get<std::string>();
            row.set = f.at("set").get<std::string>();
            row.scale = f.at("scale").get<double>();
            row.test = f.at("test").get<std::string>();
            row.train_count = f.at("train_count").get<int>();
            row.macro_f1_mean = f.at("macro_f1_mean").get<double>();
            row.macro_f1_sd = f.at("macro_f1_sd").get<double>();
            row.accuracy_mean = f.at("accuracy_mean").get<double>();
            row.accuracy_sd = f.at("accuracy_sd").get<double>();
            row.per_class_f1_mean = f.at("per_class_f1_mean").get<std::vector<double>>();
            row.confusion = f.at("confusion").get<std::vector<std::vector<int>>>();
            r.f1.push_back(std::move(row));
        }
        r.notes = j.value("notes", std::vector<std::string>{});
        r.figures = j.value("figures", std::vector<std::string>{});
    } catch (const nlohmann::json::exception& ex) {
        return Error{Errc::BadFormat, std::string("evaluation results: ") + ex.what()};
    }
    return r;
}

}  // namespace eval

Status validate(const EvaluateOptions& o) {
    auto bad = [](const std::string& m) -> Status { return Error{Errc::InvalidArgument, "evaluation: " + m}; };
    if (o.real.empty()) return bad("the real training images (real) are required");
    if (o.test.empty()) return bad("held-out real test images (test) are required");
    if (o.output_dir.empty()) return bad("an output folder (output_dir) is required");
    if (o.synthetic.empty() && !o.real_only) return bad("nothing to evaluate: no synthetic set and real_only off");
    for (const auto& s : o.synthetic) {
        if (s.name.empty()) return bad("every synthetic set needs a name (source " + s.source + ")");
        if (s.source.empty()) return bad("synthetic set '" + s.name + "' has no source folder");
    }
    for (size_t i = 0; i < o.synthetic.size(); ++i)
        for (size_t k = i + 1; k < o.synthetic.size(); ++k)
            if (o.synthetic[i].name == o.synthetic[k].name)
                return bad("two synthetic sets are named '" + o.synthetic[i].name + "'");
    for (double s : o.scales)
        if (!(s >= 1 && s <= 10000))
            return bad("scales are percentages 1…10000, got " + options_detail::format_number(s));
    if (o.seeds < 1 || o.seeds > 20) return bad("seeds must be 1…20, got " + std::to_string(o.seeds));
    if (o.knn_k < 1 || o.knn_k > 50) return bad("knn_k must be 1…50, got " + std::to_string(o.knn_k));
    if (auto s = validate(o.classifier); !s) return s;
    if (auto s = validate(o.extractor); !s) return s;
    if (auto s = validate(o.preprocess); !s) return s;
    return Ok{};
}

std::string to_json(const EvaluateOptions& o) {
    nlohmann::ordered_json j;
    j["real"] = o.real;
    j["validation_fraction"] = o.real_options.validation_fraction;
    j["min_edge"] = o.real_options.min_edge;
    j["test"] = o.test;
    j["external"] = o.external;
    j["synthetic"] = nlohmann::ordered_json::array();
    for (const auto& s : o.synthetic) j["synthetic"].push_back({{"name", s.name}, {"source", s.source}});
    j["scales"] = o.scales;
    j["real_only"] = o.real_only;
    j["real_plus_synthetic"] = o.real_plus_synthetic;
    j["seeds"] = o.seeds;
    j["fid"] = o.fid;
    j["knn_k"] = o.knn_k;
    j["classifier"] = eval::to_json_value(o.classifier);
    j["inception_weights"] = o.inception_weights;
    j["extractor"] = eval::to_json_value(o.extractor);
    j["preprocess_real"] = o.preprocess_real;
    j["preprocess"] = nlohmann::json::parse(to_json(o.preprocess));
    j["output_dir"] = o.output_dir;
    j["device"] = o.device;
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Result<EvaluateOptions> evaluate_options_from_json(const std::string& text) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& ex) {
        return Error{Errc::BadFormat, std::string("evaluation recipe: not valid JSON (") + ex.what() + ")"};
    }
    if (!j.is_object()) return Error{Errc::InvalidArgument, "evaluation recipe: expected a JSON object"};
    EvaluateOptions o;
    options_detail::Reader r(j, "evaluation recipe");
    r.str("real", o.real);
    r.real("validation_fraction", o.real_options.validation_fraction);
    r.integer("min_edge", o.real_options.min_edge);
    r.str("test", o.test);
    r.str("external", o.external);
    if (j.contains("synthetic")) {
        if (!j["synthetic"].is_array()) return Error{Errc::InvalidArgument, "evaluation recipe: \"synthetic\" must be an array"};
        for (const auto& s : j["synthetic"]) {
            if (!s.is_object() || !s.value("name", nlohmann::json()).is_string() ||
                !s.value("source", nlohmann::json()).is_string())
                return Error{Errc::InvalidArgument,
                             "evaluation recipe: each \"synthetic\" entry needs string \"name\" and \"source\""};
            o.synthetic.push_back({s["name"].get<std::string>(), s["source"].get<std::string>()});
        }
    }
    r.numbers("scales", o.scales);
    r.boolean("real_only", o.real_only);
    r.boolean("real_plus_synthetic", o.real_plus_synthetic);
    r.integer("seeds", o.seeds);
    r.boolean("fid", o.fid);
    r.integer("knn_k", o.knn_k);
    if (const auto* c = r.object("classifier")) {
        const std::string err = eval::read_json_value(*c, o.classifier, "evaluation recipe: classifier");
        if (!err.empty()) return Error{Errc::InvalidArgument, err};
    }
    r.str("inception_weights", o.inception_weights);
    if (const auto* c = r.object("extractor")) {
        const std::string err = eval::read_json_value(*c, o.extractor, "evaluation recipe: extractor");
        if (!err.empty()) return Error{Errc::InvalidArgument, err};
    }
    r.boolean("preprocess_real", o.preprocess_real);
    if (const auto* p = r.object("preprocess")) {
        auto pre = preprocess_options_from_json(p->dump());
        if (!pre) return pre.error();
        o.preprocess = *pre;
    }
    r.str("output_dir", o.output_dir);
    r.str("device", o.device);
    if (!r.error().empty()) return Error{Errc::InvalidArgument, r.error()};
    return o;
}

Result<EvaluationReport> read_evaluation_report(const std::string& results_json) {
    std::error_code ec;
    if (!std::filesystem::exists(results_json, ec))
        return Error{Errc::FileNotFound, "evaluation results not found: " + results_json};
    nlohmann::json j;
    try {
        std::ifstream in(results_json);
        j = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& ex) {
        return Error{Errc::BadFormat, results_json + ": not valid JSON (" + ex.what() + ")"};
    }
    auto r = eval::report_from_json_value(j);
    if (!r) return Error{r.error().code, results_json + ": " + r.error().detail};
    const auto dir = std::filesystem::path(results_json).parent_path();
    r->json = results_json;
    r->html = (dir / "report.html").string();
    return r;
}

}  // namespace clue
