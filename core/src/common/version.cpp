#include "clue/version.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <cstdio>
#include <thread>
#ifdef CLUE_WITH_CUDA
#include <ATen/cuda/CUDAContext.h>
#endif

namespace clue {

const char* version_string() { return CLUE_VERSION; }

std::string torch_version() { return TORCH_VERSION; }

std::string device_description() {
    char buf[256];
    if (torch::cuda::is_available()) {
#ifdef CLUE_WITH_CUDA
        const auto* p = at::cuda::getDeviceProperties(0);
        std::snprintf(buf, sizeof buf, "CUDA 0 · %s · %.1f GB", p->name, p->totalGlobalMem / 1e9);
        return buf;
#else
        return "CUDA 0";
#endif
    }
    const int n = at::get_num_threads();
    std::snprintf(buf, sizeof buf, "CPU · %d thread%s", n, n == 1 ? "" : "s");
    return buf;
}

void set_num_threads(int threads) {
    if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
    if (threads <= 0) threads = 1;
    at::set_num_threads(threads);
}

}  // namespace clue
