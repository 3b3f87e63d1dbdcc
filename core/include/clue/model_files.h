#pragma once
// Copying a model folder for sharing or shipping (e.g. the bundled demo model). No torch, no Qt.
#include <string>

#include "clue/job.h"
#include "clue/result.h"

namespace clue {

struct CopyModelOptions {
    bool fp16_weights = false;  ///< store network weights (unet/, vae/, text_encoder/, style/ weights) as fp16: half
                                ///< the size; loading converts them back (fp32 on the CPU). The style space and
                                ///< every non-weight file are copied bit for bit.
    bool portable = true;       ///< drop absolute paths of this machine from clue.json (base_model → its file name)
};

/// Copies `model_dir` (a diffusers folder, optionally with clue.json + style/) to `out_dir`, which must not exist or
/// be empty. Each file is written atomically. Errors: FileNotFound, InvalidArgument (not a model folder / out_dir not
/// empty), WriteFailed. Progress stage "copy".
Status copy_model_folder(const std::string& model_dir, const std::string& out_dir, const CopyModelOptions& options,
                         JobContext* context = nullptr);

}  // namespace clue
