#pragma once
// <run>/train_log.csv: one row per optimizer step (validation_loss NaN where not measured).
#include <filesystem>
#include <string>

#include "clue/train.h"

namespace clue::training {

/// Keeps the rows with step <= `keep_until` (a resumed run rewrites what came after its checkpoint), writes the
/// header when the file is new.
void prepare_train_log(const std::filesystem::path& file, int keep_until);
/// "nan" and empty -> NaN.
double parse_double_field(const std::string& text);
void append_train_log(const std::filesystem::path& file, const TrainLogRow& row, double grad_norm);

}  // namespace clue::training
