// clue export-model — copy a model folder for sharing, optionally with fp16 weights (half the size).
#include <cstdio>

#include "cli_context.h"
#include "clue/model_files.h"
#include "commands.h"

namespace clue::cli {

Runner add_export_model_command(CLI::App& app) {
    struct Args {
        std::string model, out;
        CopyModelOptions o;
        bool quiet = false;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("export-model", "Copy a model folder for sharing (fp16 weights optional)");
    cmd->add_option("--model", a->model, "model folder (diffusers layout, e.g. a run's model/)")->required();
    cmd->add_option("--out", a->out, "new folder (must not exist or be empty)")->required();
    cmd->add_flag("--fp16", a->o.fp16_weights, "store the network weights as fp16 (half the size)");
    cmd->add_flag("--quiet,-q", a->quiet, "no progress output");
    return [a]() {
        TerminalJobContext ctx(a->quiet);
        auto r = copy_model_folder(a->model, a->out, a->o, &ctx);
        ctx.finish_line();
        if (!r) return r.error().code == Errc::Cancelled ? 130 : report_error(r.error());
        std::printf("model: %s\n", a->out.c_str());
        return 0;
    };
}

}  // namespace clue::cli
