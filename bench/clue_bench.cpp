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
#include "clue/png_meta.h"
#include "clue/train.h"
#include "models/clip_text/clip_text.h"
#include "models/style_encoder/style_encoder.h"
#include "training/adamw.h"
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

/// One CLUE training step of a full-size U-Net (random weights): style encoder + U-Net forward, MSE + β·KL, backward,
/// AdamW over U-Net + new layers — the same operations as training::Trainer::step.
void bench_train_step(const char* name, bool sd2, int size, int batch, int repeats, torch::Device dev) {
    auto uo = sd_unet(sd2);
    uo.style_dim = 1024;
    uo.style_tokens = 4;
    models::UNet unet(uo);
    unet->to(dev);
    models::StyleEncoderOptions eo;
    eo.text_dim = uo.cross_attention_dim;
    models::StyleEncoder enc(eo);
    enc->to(dev);
    std::vector<std::pair<std::string, at::Tensor>> params;
    for (const auto& p : unet->named_parameters()) params.emplace_back("unet." + p.key(), p.value());
    for (const auto& p : enc->named_parameters()) params.emplace_back("encoder." + p.key(), p.value());
    training::AdamW opt({{"all", 1e-5, 1e-2, params}}, 0.9, 0.999, 1e-8);
    const int64_t h = size / 8;
    auto x0 = torch::randn({batch, 4, h, h}).to(dev), eps = torch::randn({batch, 4, h, h}).to(dev);
    auto text = torch::randn({batch, 77, uo.cross_attention_dim}).to(dev);
    auto t = torch::randint(0, 1000, {batch}, torch::kLong).to(dev);
    if (dev.is_cuda()) torch::cuda::synchronize();
    auto step = [&] {
        opt.zero_grad();
        auto [mu, logvar] = enc->forward(x0, text);
        auto s = models::reparameterize(mu, logvar, torch::randn_like(mu));
        auto pred = unet->forward(x0 * 0.7 + eps * 0.7, t, text, s);
        auto loss = torch::mse_loss(pred, eps) + 1e-4 * models::kl_to_standard_normal(mu, logvar).mean();
        loss.backward();
        opt.clip_grad_norm(1.0);
        opt.step(1.0);
    };
    const double sec = time_s(step, repeats, dev);
    std::printf("%-28s %4d²  CLUE train step (batch %d): %8.3f s  %6.2f images/s  peak RSS %.2f GB", name, size, batch,
                sec, batch / sec, peak_rss_gb());
#ifdef CLUE_WITH_CUDA
    if (dev.is_cuda()) std::printf("  (see nvidia-smi for GPU memory)");
#endif
    std::printf("\n");
}

/// The tiny model through the public training API on a synthetic 3-class folder (64², batch 8).
void bench_train_tiny(int steps) {
    const auto base = bundled_model_path();
    if (base.empty()) return;
    const std::string model = base.substr(0, base.rfind('/')) + "/tiny-sd21";
    char tmpl[] = "/tmp/clue-bench-XXXXXX";
    const std::string dir = mkdtemp(tmpl);
    for (int c = 0; c < 3; ++c)
        for (int i = 0; i < 16; ++i) {
            Image im = Image::blank(64, 64);
            for (size_t k = 0; k < im.pixels.size(); ++k) im.pixels[k] = static_cast<uint8_t>((k * (7 + c) + i * 13) % 251);
            const std::string folder = dir + "/data/class" + std::to_string(c);
            std::system(("mkdir -p " + folder).c_str());
            (void)write_png(folder + "/" + std::to_string(i) + ".png", im, {});
        }
    auto o = *train_preset("cpu-small");
    o.dataset = dir + "/data", o.base_model = model, o.output_dir = dir + "/run", o.max_steps = steps;
    o.style_dim = 1024, o.validate_every = 0, o.sample_every = 0, o.checkpoint_every = 0;
    SimpleJobContext ctx;
    std::vector<double> ips;
    auto t0 = Clock::now();
    auto r = train(o, ctx, [&](const TrainEvent& e) {
        if (e.kind == TrainEvent::Kind::Step && e.step > 2) ips.push_back(e.images_per_second);
    });
    const double total = std::chrono::duration<double>(Clock::now() - t0).count();
    if (!r) {
        std::printf("tiny-sd21 training failed: %s\n", r.error().detail.c_str());
        return;
    }
    std::sort(ips.begin(), ips.end());
    const double med = ips.empty() ? 0 : ips[ips.size() / 2];
    std::printf("%-28s  64²  CLUE train, batch %d, s ∈ R^1024: %6.1f images/s (median), %.1f ms/step; %d steps "
                "incl. encode/export %.1f s\n",
                "tiny-sd21", o.batch_size, med, 1000.0 * o.batch_size / med, steps, total);
    std::system(("rm -rf " + dir).c_str());
}

int main(int argc, char** argv) {
    CLI::App app{"clue-bench"};
    int threads = 0, size = 512, repeats = 2;
    std::string device = "cpu", what = "all", dtype = "fp32";
    app.add_option("--threads", threads, "CPU threads (0 = all)");
    app.add_option("--size", size, "image size for the full-size networks");
    app.add_option("--repeats", repeats, "timed repeats (best of)");
    app.add_option("--device", device, "cpu or cuda");
    app.add_option("--dtype", dtype, "fp32, fp16 or bf16 (UNet)");
    int train_batch = 1, train_size = 256;
    app.add_option("--only", what, "all, tiny, unet, text, vae, train")
        ->check(CLI::IsMember({"all", "tiny", "unet", "text", "vae", "train"}));
    app.add_option("--train-batch", train_batch, "batch of the full-size training step (SD 2.1 target: 4 at 512²)");
    app.add_option("--train-size", train_size, "image size of the full-size training step");
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
    if (what == "all" || what == "train") {
        bench_train_tiny(60);
        bench_train_step("SD 2.1 CLUE U-Net (random)", true, train_size, train_batch, repeats, dev);
    }
    return 0;
}
