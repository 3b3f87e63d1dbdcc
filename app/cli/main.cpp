// `clue` — the command-line front end over the public core API (no Qt).
#include <cstdio>
#include <map>

#include "clue/version.h"
#include "commands.h"
#include "cli_context.h"

int main(int argc, char** argv) {
    CLI::App app{"CLUE Studio command line: Stable Diffusion generation, fine-tuning and evaluation on your own machine"};
    app.set_version_flag("--version", std::string("clue ") + clue::version_string() + " (LibTorch " +
                                          clue::torch_version() + ")");
    int threads = 0;
    app.add_option("--threads", threads, "CPU threads for LibTorch (0 = all cores)")->envname("CLUE_THREADS");
    app.require_subcommand(1);
    std::map<CLI::App*, clue::cli::Runner> runners;
    runners[nullptr] = {};
    for (auto add : {&clue::cli::add_generate_command, &clue::cli::add_info_command,
                     &clue::cli::add_train_command, &clue::cli::add_style_command, &clue::cli::add_pca_command,
                     &clue::cli::add_make_demo_model_command, &clue::cli::add_make_demo_data_command,
                     &clue::cli::add_augment_command, &clue::cli::add_evaluate_command,
                     &clue::cli::add_export_model_command, &clue::cli::add_trajectory_command,
                     &clue::cli::add_replace_background_command}) {
        auto runner = add(app);
        runners[app.get_subcommands([](CLI::App*) { return true; }).back()] = runner;
    }
    CLI11_PARSE(app, argc, argv);
    clue::set_num_threads(threads);
    clue::cli::install_interrupt_handler();
    for (auto* sub : app.get_subcommands())
        if (runners.count(sub)) return runners[sub]();
    return 1;
}
