#include "clue/version.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <cstdio>

namespace clue {

const char* version_string() { return CLUE_VERSION; }

std::string torch_version() { return TORCH_VERSION; }

std::string device_description() {
    if (torch::cuda::is_available()) {
        return "CUDA (" + std::to_string(torch::cuda::device_count()) + " device(s))";
    }
    return "CPU (" + std::to_string(at::get_num_threads()) + " threads)";
}

void set_num_threads(int threads) {
    if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
    if (threads <= 0) threads = 1;
    at::set_num_threads(threads);
}

}  // namespace clue
