#include "models/weights.h"

#include <torch/torch.h>

#include <set>
#include <sstream>

#include "common/error.h"

namespace clue::models {

std::string WeightReport::describe(const std::string& component, const std::string& source, size_t max_items) const {
    std::ostringstream s;
    s << component << " weights in " << source << " do not fit the model:";
    auto list = [&](const char* what, const std::vector<std::string>& v) {
        if (v.empty()) return;
        s << "\n  " << v.size() << " " << what << ":";
        for (size_t i = 0; i < v.size() && i < max_items; ++i) s << "\n    " << v[i];
        if (v.size() > max_items) s << "\n    … and " << (v.size() - max_items) << " more";
    };
    list("missing", missing);
    list("unexpected", unexpected);
    list("mis-shaped", mismatched);
    return s.str();
}

void load_weights(torch::nn::Module& module, const std::map<std::string, at::Tensor>& tensors,
                  const std::string& component, const std::string& source,
                  const std::vector<std::string>& ignore_prefixes,
                  const std::function<bool(const std::string&)>& may_be_missing) {
    torch::NoGradGuard no_grad;
    auto params = module.named_parameters(true);
    auto buffers = module.named_buffers(true);
    std::map<std::string, at::Tensor> targets;
    for (const auto& p : params) targets[p.key()] = p.value();
    for (const auto& b : buffers) targets[b.key()] = b.value();

    WeightReport r;
    for (const auto& [name, target] : targets) {
        auto it = tensors.find(name);
        if (it == tensors.end()) {
            if (!may_be_missing || !may_be_missing(name)) r.missing.push_back(name);
        } else if (it->second.sizes() != target.sizes()) {
            std::ostringstream m;
            m << name << ": file " << it->second.sizes() << ", model " << target.sizes();
            r.mismatched.push_back(m.str());
        }
    }
    for (const auto& [name, t] : tensors) {
        if (targets.count(name)) continue;
        bool ignored = false;
        for (const auto& p : ignore_prefixes) ignored |= name.rfind(p, 0) == 0;
        if (!ignored) r.unexpected.push_back(name);
    }
    if (!r.ok()) {
        const Errc code = !r.mismatched.empty() ? Errc::ShapeMismatch
                          : !r.missing.empty()  ? Errc::MissingTensor
                                                : Errc::UnexpectedTensor;
        fail(code, r.describe(component, source));
    }
    for (auto& [name, target] : targets) {
        auto it = tensors.find(name);
        if (it != tensors.end()) target.copy_(it->second.to(target.device(), target.scalar_type()));
    }
}

std::vector<std::pair<std::string, at::Tensor>> module_tensors(const torch::nn::Module& module,
                                                               const std::function<bool(const std::string&)>& keep) {
    std::vector<std::pair<std::string, at::Tensor>> out;
    auto add = [&](const std::string& name, const at::Tensor& t) {
        if (keep && !keep(name)) return;
        at::Tensor c = t.detach().to(at::kCPU);
        out.emplace_back(name, (c.is_floating_point() ? c.to(at::kFloat) : c).contiguous());
    };
    for (const auto& p : module.named_parameters()) add(p.key(), p.value());
    for (const auto& b : module.named_buffers()) add(b.key(), b.value());
    return out;
}

int64_t parameter_count(const torch::nn::Module& module) {
    int64_t n = 0;
    for (const auto& p : module.parameters(true)) n += p.numel();
    return n;
}

}  // namespace clue::models
