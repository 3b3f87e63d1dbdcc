#include "clue/version.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <malloc.h>

#include <cstdio>
#include <mutex>
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

void tune_cpu_allocator() {
    // glibc serves blocks above 32 MB with mmap and gives them back on free, and trims the heap top, so every UNet
    // call re-faults its activation/attention buffers page by page and OpenBLAS zeroes fresh pages (perf: 27 % page
    // faults + 14 % sgemm_beta). Keeping freed memory in the heap: SD 1.5 512² CFG step 32.4 s -> 8.4 s on 2 cores
    // (clue-bench), same peak RSS. PyTorch's CPU guide recommends jemalloc/tcmalloc for the same reason.
    static std::once_flag once;
    std::call_once(once, [] {
#ifdef M_MMAP_MAX
        mallopt(M_MMAP_MAX, 0);
        mallopt(M_TRIM_THRESHOLD, 1 << 30);
        mallopt(M_TOP_PAD, 256 << 20);
#endif
    });
}

void set_num_threads(int threads) {
    tune_cpu_allocator();
    if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
    if (threads <= 0) threads = 1;
    at::set_num_threads(threads);
}

}  // namespace clue
