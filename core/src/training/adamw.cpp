#include "training/adamw.h"

#include <torch/torch.h>

#include <cmath>

#include "common/error.h"

namespace clue::training {

AdamW::AdamW(std::vector<ParamGroup> groups, double beta1, double beta2, double eps)
    : groups_(std::move(groups)), beta1_(beta1), beta2_(beta2), eps_(eps) {
    for (const auto& g : groups_)
        for (const auto& [name, p] : g.params) {
            exp_avg_[name] = torch::zeros_like(p, p.options().dtype(at::kFloat));
            exp_avg_sq_[name] = torch::zeros_like(p, p.options().dtype(at::kFloat));
        }
}

void AdamW::zero_grad() {
    for (auto& g : groups_)
        for (auto& [name, p] : g.params)
            if (p.grad().defined()) p.mutable_grad() = at::Tensor();
}

double AdamW::clip_grad_norm(double max_norm) {
    torch::NoGradGuard no_grad;
    std::vector<at::Tensor> norms;
    for (auto& g : groups_)
        for (auto& [name, p] : g.params)
            if (p.grad().defined()) norms.push_back(p.grad().to(at::kFloat).norm());
    if (norms.empty()) return 0.0;
    const double total = torch::stack(norms).norm().item<double>();
    if (max_norm > 0 && total > max_norm) {
        const double scale = max_norm / (total + 1e-6);  // torch: clip_coef = max_norm / (total_norm + 1e-6)
        for (auto& g : groups_)
            for (auto& [name, p] : g.params)
                if (p.grad().defined()) p.grad().mul_(scale);
    }
    return total;
}

void AdamW::step(double factor) {
    torch::NoGradGuard no_grad;
    ++step_;
    const double bc1 = 1.0 - std::pow(beta1_, static_cast<double>(step_));
    const double bc2 = 1.0 - std::pow(beta2_, static_cast<double>(step_));
    for (auto& g : groups_) {
        const double lr = g.lr * factor;
        for (auto& [name, p] : g.params) {
            if (!p.grad().defined()) continue;
            const at::Tensor grad = p.grad().to(at::kFloat);
            at::Tensor& m = exp_avg_.at(name);
            at::Tensor& v = exp_avg_sq_.at(name);
            m.mul_(beta1_).add_(grad, 1.0 - beta1_);
            v.mul_(beta2_).addcmul_(grad, grad, 1.0 - beta2_);
            // ref: torch/optim/adamw.py _single_tensor_adamw: decay, then p -= lr/bc1 · m / (sqrt(v)/sqrt(bc2) + eps)
            const at::Tensor denom = (v.sqrt() / std::sqrt(bc2)).add_(eps_);
            at::Tensor update = m / denom * (lr / bc1);
            if (p.scalar_type() == at::kFloat) {
                p.mul_(1.0 - lr * g.weight_decay);
                p.sub_(update);
            } else {  // low-precision weights: update in fp32, then round once
                at::Tensor w = p.to(at::kFloat).mul_(1.0 - lr * g.weight_decay).sub_(update);
                p.copy_(w);
            }
        }
    }
}

std::vector<std::pair<std::string, at::Tensor>> AdamW::state_tensors() const {
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (const auto& [name, t] : exp_avg_) out.emplace_back(name + ".exp_avg", t.detach().cpu());
    for (const auto& [name, t] : exp_avg_sq_) out.emplace_back(name + ".exp_avg_sq", t.detach().cpu());
    return out;
}

void AdamW::load_state(const std::map<std::string, at::Tensor>& tensors, std::int64_t step) {
    torch::NoGradGuard no_grad;
    for (auto* table : {&exp_avg_, &exp_avg_sq_}) {
        const char* suffix = table == &exp_avg_ ? ".exp_avg" : ".exp_avg_sq";
        for (auto& [name, t] : *table) {
            auto it = tensors.find(name + suffix);
            if (it == tensors.end()) fail(Errc::MissingTensor, "optimizer state: missing " + name + suffix);
            if (it->second.sizes() != t.sizes())
                fail(Errc::ShapeMismatch, "optimizer state: " + name + suffix + " has the wrong shape");
            t.copy_(it->second);
        }
    }
    step_ = step;
}

double lr_factor(const std::string& schedule, int step, int warmup, int total) {
    if (step < warmup) return static_cast<double>(step + 1) / static_cast<double>(warmup + 1);
    if (schedule == "constant") return 1.0;
    // ref: diffusers optimization.py get_cosine_schedule_with_warmup (num_cycles 0.5)
    const double progress = static_cast<double>(step - warmup) / std::max(1, total - warmup);
    return std::max(0.0, 0.5 * (1.0 + std::cos(M_PI * progress)));
}

double kl_weight(double beta, int step, int warmup) {
    if (warmup <= 0) return beta;
    return beta * std::min(1.0, static_cast<double>(step) / warmup);
}

}  // namespace clue::training
