#pragma once
// One file per subcommand (llama.cpp tools/ style); each registers its options and returns the exit code.
#include <CLI/CLI.hpp>

#include <functional>

#include "clue/result.h"

namespace clue::cli {

using Runner = std::function<int()>;
Runner add_generate_command(CLI::App& app);
Runner add_info_command(CLI::App& app);
Runner add_train_command(CLI::App& app);
Runner add_style_command(CLI::App& app);
Runner add_pca_command(CLI::App& app);
Runner add_make_demo_model_command(CLI::App& app);
Runner add_make_demo_data_command(CLI::App& app);
Runner add_augment_command(CLI::App& app);
Runner add_evaluate_command(CLI::App& app);
Runner add_export_model_command(CLI::App& app);
Runner add_trajectory_command(CLI::App& app);
Runner add_replace_background_command(CLI::App& app);

/// Prints an error (and its area) to stderr and returns the exit code for its area.
int report_error(const Error& error);

}  // namespace clue::cli
