#pragma once
// LibTorch version guards: the same code builds against Debian's 1.13 (CPU) and any 2.x (CUDA) — toolchain.md §7.
#include <torch/version.h>

#define CLUE_TORCH_AT_LEAST(maj, min) \
    (TORCH_VERSION_MAJOR > (maj) || (TORCH_VERSION_MAJOR == (maj) && TORCH_VERSION_MINOR >= (min)))
