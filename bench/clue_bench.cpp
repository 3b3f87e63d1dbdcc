// clue-bench: U-Net CFG step time for full-size SD 1.5 / SD 2.1 architectures (random weights, no download),
// text-encoder and VAE-decode times, whole-image time of the tiny models, peak memory and achieved GFLOP/s.
// Example: clue-bench --threads 2 --size 512 --repeats 2
#include <CLI/CLI.hpp>
#include <sys/resource.h>
#include <torch/torch.h>

#include <chrono>
#include <cstdio>

#include "clue/engine.h"
#include "clue/version.h"
#include "models/clip_text/clip_text.h"
#include "models/unet/unet.h"
#include "models/vae/vae.h"

using namespace clue;
using Clock = std::chrono::steady_clock;

namespace {
double peak_rss_gb() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024.0 / 1024.0;
}

template <class F>
double time_s(F&& f, int repeats, torch::Device dev) {
    f();  // warm-up
    if (dev.is_cuda()) torch::cuda::synchronize();
    double best = 1e30;
    for (int i = 0; i < repeats; ++i) {
        auto t0 = Clock::now();
        f();
        if (dev.is_cuda()) torch::cuda::synchronize();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
    }
    return best;
}

models::UNetOptions sd_unet(bool sd2) {
    models::UNetOptions o;  // defaults are SD 1.5
    if (sd2) {
        o.attention_heads = {5, 10, 20, 20};
        o.cross_attention_dim = 1024;
        o.use_linear_projection = true;
        o.upcast_attention = true;
    }
    return o;
}

void bench_unet(const char* name, bool sd2, int size, int repeats, torch::Device dev, at::ScalarType dt,
                double tflop_per_step) {
    torch::NoGradGuard ng;
    models::UNet unet(sd_unet(sd2));
    unet->to(dev, dt);
    unet->eval();
    auto x = torch::randn({2, 4, size / 8, size / 8}).to(dev, dt);
    if (dev.is_cuda()) {  // channels-last convolution weights and input
        for (auto& p : unet->parameters())
            if (p.dim() == 4) p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
        x = x.contiguous(torch::MemoryFormat::ChannelsLast);
    }
    auto ctx = torch::randn({2, 77, sd2 ? 1024 : 768}).to(dev, dt);
    auto t = torch::tensor(500);
    const double s = time_s([&] { unet->forward(x, t, ctx); }, repeats, dev);
    std::printf("%-28s %4d²  CFG step (batch 2): %8.3f s  %8.1f GFLOP/s  peak RSS %.2f GB\n", name, size, s,
                tflop_per_step > 0 ? tflop_per_step * 1e3 / s : 0.0, peak_rss_gb());
}
}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"clue-bench"};
    int threads = 0, size = 512, repeats = 2;
    std::string device = "cpu", what = "all", dtype = "fp32";
    app.add_option("--threads", threads, "CPU threads (0 = all)");
    app.add_option("--size", size, "image size for the full-size networks");
    app.add_option("--repeats", repeats, "timed repeats (best of)");
    app.add_option("--device", device, "cpu or cuda");
    app.add_option("--dtype", dtype, "fp32, fp16 or bf16 (UNet)");
    app.add_option("--only", what, "all, tiny, unet, text, vae")->check(CLI::IsMember({"all", "tiny", "unet", "text", "vae"}));
    CLI11_PARSE(app, argc, argv);
    set_num_threads(threads);
    torch::Device dev(device);
    const at::ScalarType dt = dtype == "fp16" ? at::kHalf : dtype == "bf16" ? at::kBFloat16 : at::kFloat;
    std::printf("clue-bench %s, LibTorch %s, %s, threads %d, dtype %s\n", version_string(), torch_version().c_str(),
                device.c_str(), at::get_num_threads(), dtype.c_str());
    if (what == "all" || what == "tiny") {
        for (const char* m : {"tiny-sd15", "tiny-sd21"}) {
            auto path = bundled_model_path();
            if (path.empty()) break;
            path = path.substr(0, path.rfind('/')) + "/" + m;
            LoadOptions lo;
            lo.device = device;
            auto model = Model::load(path, lo);
            if (!model) continue;
            GenerateOptions o;
            o.prompt = "a photo of a cat";
            o.steps = 20;
            o.seed = 1;
            SimpleJobContext ctx;
            const double s = time_s([&] { (void)generate(**model, o, ctx); }, repeats, dev);
            std::printf("%-28s  64²  20 steps, whole image: %8.3f s  (%.1f it/s)\n", m, s, 20 / s);
        }
    }
    // SD1.5 UNet at 512² is 1.607 TFLOP per CFG step (issue #2); scales with the pixel count.
    const double scale = (size / 512.0) * (size / 512.0);
    if (what == "all" || what == "unet") {
        bench_unet("SD 1.5 UNet (random)", false, size, repeats, dev, dt, 1.607 * scale);
        bench_unet("SD 2.1 UNet (random)", true, size, repeats, dev, dt, 0);
    }
    if (what == "all" || what == "text") {
        torch::NoGradGuard ng;
        models::CLIPTextModel te(models::CLIPTextOptions{});  // CLIP ViT-L/14 text tower
        te->to(dev);
        auto ids = torch::randint(0, 49407, {2, 77}, torch::kLong);
        const double s = time_s([&] { te->forward(ids); }, repeats, dev);
        std::printf("%-28s       batch 2:            %8.3f s\n", "CLIP ViT-L text encoder", s);
    }
    if (what == "all" || what == "vae") {
        torch::NoGradGuard ng;
        models::AutoencoderKL vae(models::VAEOptions{});
        vae->to(dev);
        auto z = torch::randn({1, 4, size / 8, size / 8}).to(dev);
        const double s = time_s([&] { vae->decode(z); }, repeats, dev);
        std::printf("%-28s %4d²  decode:             %8.3f s  peak RSS %.2f GB\n", "SD VAE", size, s, peak_rss_gb());
    }
    return 0;
}
