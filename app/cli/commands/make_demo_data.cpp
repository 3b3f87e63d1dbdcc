// clue make-demo-data — write the synthetic otoscopy benchmark (Normal / OME / COM, ground-truth attributes in
// manifest.csv). Ctrl-C stops after the current image; every file left behind is complete.
#include <cstdio>

#include "cli_context.h"
#include "clue/demo_data.h"
#include "commands.h"

namespace clue::cli {

Runner add_make_demo_data_command(CLI::App& app) {
    auto o = std::make_shared<DemoDataOptions>();
    auto quiet = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand("make-demo-data",
                                   "Write the synthetic otoscopy benchmark: <out>/<class>/*.png (Normal, OME, COM) and "
                                   "<out>/manifest.csv with the ground-truth unprompted attributes");
    cmd->add_option("--out", o->output_dir, "output folder (created)")->required();
    cmd->add_option("--per-class", o->per_class, "images per class (1…100000)")->capture_default_str();
    cmd->add_option("--size", o->size, "image edge in pixels (32…1024)")->capture_default_str();
    cmd->add_option("--seed", o->seed, "the same seed writes byte-identical images")->capture_default_str();
    cmd->add_flag("--quiet,-q", *quiet, "no progress bar");
    return [o, quiet]() {
        TerminalJobContext ctx(*quiet);
        auto r = make_demo_data(*o, ctx);
        ctx.finish_line();
        if (!r) {
            if (r.error().code != Errc::Cancelled) return report_error(r.error());
            std::fprintf(stderr, "stopped: the images written so far are complete; manifest.csv was not written\n");
            return 130;
        }
        std::printf("images: %d\nmanifest: %s\n", r->images, r->manifest.c_str());
        return 0;
    };
}

}  // namespace clue::cli
