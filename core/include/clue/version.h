#pragma once
#include <string>

namespace clue {
/// "0.1.0"
const char* version_string();
/// "1.13.0" — the LibTorch the core was built against.
std::string torch_version();
/// "CPU (2 threads)" or "CUDA 0 · NVIDIA H100 · 79.1 GB"
std::string device_description();
/// Keeps large freed blocks in the process heap instead of returning them to the OS (glibc mallopt), so tensor
/// buffers are reused without page faults; called by set_num_threads() and Model::load(). Idempotent.
void tune_cpu_allocator();
/// Sets torch's intra-op threads (0 = all cores). LibTorch defaults to 1 thread on some VMs (toolchain.md §4.2).
void set_num_threads(int threads);
}  // namespace clue
