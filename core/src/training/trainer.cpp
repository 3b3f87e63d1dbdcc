#include "training/trainer.h"

#include <nlohmann/json.hpp>
#include <ATen/autocast_mode.h>
#include <torch/torch.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <map>

#include "common/error.h"
#include "common/torch_compat.h"
#include "io/safetensors.h"
#include "models/weights.h"

namespace fs = std::filesystem;

namespace clue::training {

std::uint64_t mix_seed(std::uint64_t a, std::uint64_t b) {
    // splitmix64 (Steele et al. 2014) over a ^ golden·b: neighbouring steps get unrelated generator seeds.
    std::uint64_t z = a ^ (b * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

namespace {

constexpr std::uint64_t kEpochStream = 0xE90C;
constexpr std::uint64_t kValidationStream = 0x5A11D;

int64_t auto_encoder_channels(const models::UNetOptions& u) {
    return std::clamp<int64_t>(u.block_out_channels.front() / 2, 32, 128);
}

at::Generator cpu_generator(std::uint64_t seed) { return at::make_generator<at::CPUGeneratorImpl>(seed); }

/// CUDA bf16 autocast for the forward passes (fp32 master weights, fp32 loss): torch.autocast("cuda", bfloat16).
/// ref: torch/amp/autocast_mode.py __enter__/__exit__ (enable, dtype, nesting, cache cleared at the outermost exit).
class CudaAutocast {
public:
    explicit CudaAutocast(bool on) : on_(on) {
        if (!on_) return;
        previous_ = at::autocast::is_enabled();
        at::autocast::set_enabled(true);
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::increment_nesting();
    }
    ~CudaAutocast() {
        if (!on_) return;
        if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
        at::autocast::set_enabled(previous_);
    }
    CudaAutocast(const CudaAutocast&) = delete;
    CudaAutocast& operator=(const CudaAutocast&) = delete;

private:
    bool on_, previous_ = false;
};

}  // namespace

Trainer::Trainer(models::SDModel& model, const TrainOptions& options, LatentSet data, at::Tensor class_text,
                 at::Tensor empty_text)
    : m_(model), o_(options), data_(std::move(data)), class_text_(std::move(class_text)),
      empty_text_(std::move(empty_text)) {
    clue_ = o_.mode == TrainMode::Clue;
    v_pred_ = m_.scheduler_config.prediction_type == "v_prediction";
    scaling_ = static_cast<float>(m_.vae->options().scaling_factor);
    const at::Tensor ac = sched::make_alphas_cumprod(m_.scheduler_config).to(at::kFloat);
    sqrt_ac_ = ac.sqrt().to(m_.device);
    sqrt_1m_ac_ = (1 - ac).sqrt().to(m_.device);
    for (int i = 0; i < static_cast<int>(data_.size()); ++i) (data_.validation[i] ? val_idx_ : train_idx_).push_back(i);
    if (train_idx_.empty()) fail(Errc::InvalidArgument, "the dataset has no training images (all are validation)");

    torch::manual_seed(o_.seed);  // the new layers' initialisation is reproducible too
    if (clue_ && !m_.unet->has_style()) {
        auto uo = m_.unet->options();
        uo.style_dim = o_.style_dim;
        uo.style_tokens = o_.style_tokens;
        models::UNet u(uo);
        u->to(m_.device);
        models::load_weights(*u, [&] {
            std::map<std::string, at::Tensor> w;
            for (const auto& p : m_.unet->named_parameters()) w[p.key()] = p.value();
            for (const auto& b : m_.unet->named_buffers()) w[b.key()] = b.value();
            return w;
        }(), "unet", m_.info.path, {}, models::is_style_parameter);
        m_.unet = u;
        models::StyleEncoderOptions eo;
        eo.channels = o_.encoder_channels > 0 ? o_.encoder_channels : auto_encoder_channels(uo);
        eo.text_dim = uo.cross_attention_dim;
        eo.style_dim = o_.style_dim;
        eo.hidden = std::clamp<int64_t>(2 * o_.style_dim, 256, 2048);
        m_.style_encoder = models::StyleEncoder(eo);
        m_.style_encoder->to(m_.device);
    }
    m_.unet->to(at::kFloat);  // fp32 master weights; low precision only inside autocast (CUDA)
    m_.unet_dtype = at::kFloat;
    m_.unet->set_style_scale(1.0);
    for (auto& p : m_.vae->parameters()) p.set_requires_grad(false);
    for (auto& p : m_.text_encoder->parameters()) p.set_requires_grad(false);

    ParamGroup unet{"unet", o_.lr_unet, o_.weight_decay, {}}, fresh{"new", o_.lr_new, o_.weight_decay, {}};
    for (const auto& p : m_.unet->named_parameters()) {
        const bool style = models::is_style_parameter(p.key());
        const bool train = style || o_.parts == TrainParts::FullUNet;
        p.value().set_requires_grad(train);
        if (train) (style ? fresh : unet).params.emplace_back("unet." + p.key(), p.value());
    }
    if (m_.style_encoder)
        for (const auto& p : m_.style_encoder->named_parameters()) fresh.params.emplace_back("encoder." + p.key(), p.value());
    std::vector<ParamGroup> groups;
    if (!unet.params.empty()) groups.push_back(unet);
    if (!fresh.params.empty()) groups.push_back(fresh);
    opt_ = std::make_unique<AdamW>(groups, o_.adam_beta1, o_.adam_beta2, o_.adam_eps);
    if (o_.ema_decay > 0) {
        torch::NoGradGuard no_grad;
        for (const auto& [name, p] : trainable()) ema_.emplace_back(name, p.detach().clone());
    }
}

std::vector<std::pair<std::string, at::Tensor>> Trainer::trainable() const {
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (const auto& g : opt_->groups()) out.insert(out.end(), g.params.begin(), g.params.end());
    return out;
}

at::Tensor Trainer::micro_batch_loss(int step, int micro, double beta, double& mse_out, double& kl_out) {
    const int64_t B = o_.batch_size;
    const int64_t N = static_cast<int64_t>(train_idx_.size());
    auto gen = cpu_generator(mix_seed(static_cast<std::uint64_t>(o_.seed), std::uint64_t(step) * 4096 + micro));
    // Sample k of the endless stream: epoch k / N, position k % N of that epoch's permutation.
    std::vector<int64_t> idx(B);
    std::map<int64_t, at::Tensor> perms;
    const int64_t k0 = (int64_t(step) * o_.grad_accumulation + micro) * B;
    for (int64_t b = 0; b < B; ++b) {
        const int64_t k = k0 + b, epoch = k / N;
        auto it = perms.find(epoch);
        if (it == perms.end()) {
            auto g = cpu_generator(mix_seed(static_cast<std::uint64_t>(o_.seed) ^ kEpochStream, epoch));
            it = perms.emplace(epoch, at::randperm(N, g, torch::kLong)).first;
        }
        idx[b] = train_idx_[it->second[k % N].item<int64_t>()];
    }
    const auto f32 = torch::TensorOptions().dtype(torch::kFloat32);
    at::Tensor flip = o_.horizontal_flip ? at::rand({B}, gen, f32) < 0.5 : at::zeros({B}, torch::kBool);
    std::vector<at::Tensor> means, stds, cls;
    for (int64_t b = 0; b < B; ++b) {
        const bool f = flip[b].item<bool>();
        means.push_back(f ? data_.mean_flip[idx[b]] : data_.mean[idx[b]]);
        stds.push_back(f ? data_.std_flip[idx[b]] : data_.std[idx[b]]);
        cls.push_back(torch::tensor(int64_t(data_.class_index[idx[b]])));
    }
    const at::Tensor mean = torch::stack(means), std_ = torch::stack(stds);
    // Draw order (fixed): posterior sample, timesteps, noise, prompt dropout, style dropout, ξ.
    const at::Tensor n1 = at::randn(mean.sizes(), gen, f32);
    const at::Tensor t = at::randint(0, sqrt_ac_.size(0), {B}, gen, torch::TensorOptions().dtype(torch::kLong));
    const at::Tensor eps = at::randn(mean.sizes(), gen, f32).to(m_.device);
    const at::Tensor u_prompt = at::rand({B}, gen, f32).to(m_.device);
    const at::Tensor u_style = at::rand({B}, gen, f32).to(m_.device);
    at::Tensor xi = clue_ ? at::randn({B, o_.style_dim}, gen, f32).to(m_.device) : at::Tensor();

    const at::Tensor x0 = ((mean + std_ * n1) * scaling_).to(m_.device);
    const at::Tensor td = t.to(m_.device);
    const at::Tensor a = sqrt_ac_.index_select(0, td).view({B, 1, 1, 1});
    const at::Tensor s = sqrt_1m_ac_.index_select(0, td).view({B, 1, 1, 1});
    const at::Tensor xt = a * x0 + s * eps;
    const at::Tensor target = v_pred_ ? a * eps - s * x0 : eps;
    const at::Tensor text = class_text_.index_select(0, torch::stack(cls).to(m_.device));
    const at::Tensor drop_p = (u_prompt < o_.prompt_dropout).view({B, 1, 1});
    const at::Tensor text_in = at::where(drop_p, empty_text_.expand_as(text), text);

    at::Tensor style, kl = torch::zeros({}, f32.device(m_.device));
    const CudaAutocast autocast(m_.device.is_cuda() && o_.precision != "fp32");
    if (clue_) {
        auto [mu, logvar] = m_.style_encoder->forward((mean * scaling_).to(m_.device), text);
        style = models::reparameterize(mu, logvar, xi);
        style = at::where((u_style < o_.style_dropout).view({B, 1}), at::zeros_like(style), style);
        kl = models::kl_to_standard_normal(mu.to(at::kFloat), logvar.to(at::kFloat)).mean();
    }
    const at::Tensor pred = m_.unet->forward(xt, td, text_in, style).to(at::kFloat);
    const at::Tensor mse = torch::mse_loss(pred, target);
    mse_out += mse.item<double>();
    kl_out += kl.item<double>();
    return mse + beta * kl;
}

StepResult Trainer::step(int step) {
    StepResult r;
    r.kl_beta = clue_ ? kl_weight(o_.kl_beta, step, o_.kl_warmup_steps) : 0.0;
    const double factor = lr_factor(o_.lr_schedule, step, o_.warmup_steps, o_.max_steps);
    r.lr = factor * (o_.parts == TrainParts::FullUNet ? o_.lr_unet : o_.lr_new);
    opt_->zero_grad();
    for (int micro = 0; micro < o_.grad_accumulation; ++micro) {
        at::Tensor loss = micro_batch_loss(step, micro, r.kl_beta, r.mse, r.kl) / o_.grad_accumulation;
        loss.backward();
    }
    r.mse /= o_.grad_accumulation;
    r.kl /= o_.grad_accumulation;
    r.loss = r.mse + r.kl_beta * r.kl;
    r.grad_norm = opt_->clip_grad_norm(o_.grad_clip);
    opt_->step(factor);
    if (!ema_.empty()) {
        // diffusers EMAModel warm-up: decay_t = min(decay, (1 + t) / (10 + t))
        const double d = std::min(o_.ema_decay, (1.0 + step) / (10.0 + step));
        torch::NoGradGuard no_grad;
        const auto params = trainable();
        for (size_t i = 0; i < ema_.size(); ++i) ema_[i].second.mul_(d).add_(params[i].second.detach(), 1.0 - d);
    }
    return r;
}

double Trainer::validation_loss() {
    if (val_idx_.empty()) return std::numeric_limits<double>::quiet_NaN();
    torch::NoGradGuard no_grad;
    const auto f32 = torch::TensorOptions().dtype(torch::kFloat32);
    double total = 0;
    const size_t n = std::min<size_t>(val_idx_.size(), 256);
    for (size_t start = 0; start < n; start += o_.batch_size) {
        const size_t end = std::min(n, start + o_.batch_size);
        std::vector<at::Tensor> x0s, epss, ts, cls;
        for (size_t j = start; j < end; ++j) {
            const int i = val_idx_[j];
            auto g = cpu_generator(mix_seed(static_cast<std::uint64_t>(o_.seed) ^ kValidationStream, j));
            ts.push_back(at::randint(0, sqrt_ac_.size(0), {1}, g, torch::TensorOptions().dtype(torch::kLong)));
            epss.push_back(at::randn(data_.mean[i].sizes(), g, f32));
            x0s.push_back(data_.mean[i] * scaling_);
            cls.push_back(torch::tensor(int64_t(data_.class_index[i])));
        }
        const int64_t B = static_cast<int64_t>(end - start);
        const at::Tensor x0 = torch::stack(x0s).to(m_.device), eps = torch::stack(epss).to(m_.device);
        const at::Tensor t = torch::cat(ts).to(m_.device);
        const at::Tensor a = sqrt_ac_.index_select(0, t).view({B, 1, 1, 1});
        const at::Tensor s = sqrt_1m_ac_.index_select(0, t).view({B, 1, 1, 1});
        const at::Tensor text = class_text_.index_select(0, torch::stack(cls).to(m_.device));
        at::Tensor style;
        if (clue_) style = m_.style_encoder->forward(x0, text).first;  // s = μ: the image's own style
        const at::Tensor pred = m_.unet->forward(a * x0 + s * eps, t, text, style).to(at::kFloat);
        const at::Tensor target = v_pred_ ? a * eps - s * x0 : eps;
        total += torch::mse_loss(pred, target, at::Reduction::Sum).item<double>() / pred[0].numel();
    }
    return total / static_cast<double>(n);
}

std::pair<at::Tensor, at::Tensor> Trainer::posteriors() {
    if (!clue_) return {};
    torch::NoGradGuard no_grad;
    std::vector<at::Tensor> mus, logvars;
    for (size_t start = 0; start < data_.size(); start += 32) {
        std::vector<at::Tensor> x0s, cls;
        for (size_t i = start; i < std::min(data_.size(), start + 32); ++i) {
            x0s.push_back(data_.mean[i] * scaling_);
            cls.push_back(torch::tensor(int64_t(data_.class_index[i])));
        }
        const at::Tensor text = class_text_.index_select(0, torch::stack(cls).to(m_.device));
        auto [mu, logvar] = m_.style_encoder->forward(torch::stack(x0s).to(m_.device), text);
        mus.push_back(mu.cpu());
        logvars.push_back(logvar.cpu());
    }
    return {torch::cat(mus), torch::cat(logvars)};
}

std::string Trainer::signature() const {
    nlohmann::json j{{"mode", clue_ ? "clue" : "vanilla"},
                     {"parts", o_.parts == TrainParts::FullUNet ? "full_unet" : "new_layers"},
                     {"style_dim", clue_ ? o_.style_dim : 0},
                     {"style_tokens", clue_ ? o_.style_tokens : 0},
                     {"encoder", m_.style_encoder ? nlohmann::json::parse(m_.style_encoder->options().to_json())
                                                  : nlohmann::json()},
                     {"base_sha256", m_.info.sha256},
                     {"ema", !ema_.empty()}};
    return j.dump();
}

models::FineTuneInfo Trainer::finetune_info() const {
    models::FineTuneInfo info;
    info.mode = clue_ ? "clue" : "vanilla";
    info.prompt_template = o_.prompt_template;
    info.class_prompts = o_.class_prompts;
    info.base_model = o_.base_model;
    info.base_sha256 = m_.info.sha256;
    if (clue_) {
        info.style_dim = o_.style_dim;
        info.style_tokens = o_.style_tokens;
        info.encoder = m_.style_encoder->options();
    }
    info.steps = opt_->steps();
    return info;
}

void Trainer::save_checkpoint(const fs::path& folder, int step) const {
    const fs::path tmp = folder.string() + ".tmp";
    fs::remove_all(tmp);
    fs::create_directories(tmp);
    io::NamedTensors w, e;
    for (const auto& [name, p] : trainable()) w.emplace_back(name, p.detach().cpu());
    io::write_safetensors((tmp / "weights.safetensors").string(), w);
    io::write_safetensors((tmp / "optimizer.safetensors").string(), opt_->state_tensors(),
                          {{"step", std::to_string(opt_->steps())}});
    if (!ema_.empty()) {
        for (const auto& [name, t] : ema_) e.emplace_back(name, t.cpu());
        io::write_safetensors((tmp / "ema.safetensors").string(), e);
    }
    {
        std::ofstream out(tmp / "state.json");
        out << nlohmann::json{{"step", step}, {"signature", nlohmann::json::parse(signature())}}.dump(2);
        if (!out) fail(Errc::WriteFailed, (tmp / "state.json").string() + ": cannot write");
    }
    fs::remove_all(folder);
    fs::rename(tmp, folder);  // the folder appears complete or not at all
}

int Trainer::load_checkpoint(const fs::path& folder) {
    const auto state = nlohmann::json::parse(models::read_text(folder / "state.json"));
    const auto want = nlohmann::json::parse(signature());
    if (state.at("signature") != want)
        fail(Errc::Training, folder.string() + ": this checkpoint was trained with other settings (" +
                                 state.at("signature").dump() + ", now " + want.dump() +
                                 "); choose a new run folder or turn resume off");
    const int step = state.at("step").get<int>();
    torch::NoGradGuard no_grad;
    auto load_into = [&](const fs::path& file, std::vector<std::pair<std::string, at::Tensor>> targets) {
        auto f = io::SafetensorsFile::open(file.string());
        for (auto& [name, t] : targets) {
            if (!f->has(name)) fail(Errc::MissingTensor, file.string() + ": missing " + name);
            t.copy_(f->tensor(name));
        }
    };
    load_into(folder / "weights.safetensors", trainable());
    if (!ema_.empty()) load_into(folder / "ema.safetensors", ema_);
    auto of = io::SafetensorsFile::open((folder / "optimizer.safetensors").string());
    std::map<std::string, at::Tensor> st;
    for (const auto& n : of->names()) st[n] = of->tensor(n);
    opt_->load_state(st, std::stoll(of->metadata().at("step")));
    return step;
}

void Trainer::swap_ema() {
    torch::NoGradGuard no_grad;
    const auto params = trainable();
    for (size_t i = 0; i < ema_.size(); ++i) {
        at::Tensor live = params[i].second.detach().clone();
        params[i].second.detach().copy_(ema_[i].second);
        ema_[i].second.copy_(live);
    }
}

}  // namespace clue::training
