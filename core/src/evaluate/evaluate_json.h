#pragma once
// JSON of the evaluation's option structs (shared by the classifier file's metadata and the report's results.json).
#include <nlohmann/json.hpp>

#include <string>

#include "clue/evaluate.h"

namespace clue::eval {

nlohmann::ordered_json to_json_value(const ClassifierOptions& o);
/// Reads the keys present into `o`; returns the first problem ("" when fine).
std::string read_json_value(const nlohmann::json& j, ClassifierOptions& o, const std::string& what);

nlohmann::ordered_json to_json_value(const EvaluationReport& r);
Result<EvaluationReport> report_from_json_value(const nlohmann::json& j);

}  // namespace clue::eval
