// Style vectors: prior samples, slider components (raw dimensions by KL, PCA directions), text form.
#include <torch/torch.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "clue/style.h"

namespace clue {

std::vector<float> sample_style(int dim, std::int64_t seed) {
    // torch.Generator('cpu').manual_seed(seed); torch.randn(dim): identical on every device and platform.
    auto gen = at::make_generator<at::CPUGeneratorImpl>(static_cast<uint64_t>(seed));
    const at::Tensor t = at::randn({std::max(dim, 0)}, gen, torch::TensorOptions().dtype(torch::kFloat32));
    return std::vector<float>(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
}

std::string StyleComponent::label() const {
    return kind == Kind::Pca ? "PC " + std::to_string(index + 1) : "dim " + std::to_string(index);
}

std::vector<StyleComponent> default_style_components(int dim, int count) {
    std::vector<StyleComponent> out;
    for (int i = 0; i < std::min(dim, count); ++i) {
        StyleComponent c;
        c.kind = StyleComponent::Kind::Dimension;
        c.index = i;
        c.direction.assign(dim, 0.f);
        c.direction[i] = 1.f;
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<StyleComponent> style_components(const StyleSpace& space, int count) {
    std::vector<StyleComponent> out;
    std::vector<int> order(space.kl_per_dim.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return space.kl_per_dim[a] > space.kl_per_dim[b]; });
    for (int i = 0; i < std::min<int>(count, static_cast<int>(order.size())); ++i) {
        StyleComponent c;
        c.kind = StyleComponent::Kind::Dimension;
        c.index = order[i];
        c.score = space.kl_per_dim[order[i]];
        c.direction.assign(space.dim, 0.f);
        c.direction[order[i]] = 1.f;
        out.push_back(std::move(c));
    }
    for (int k = 0; k < std::min(count, space.components); ++k) {
        StyleComponent c;
        c.kind = StyleComponent::Kind::Pca;
        c.index = k;
        c.score = space.explained_variance_ratio[k];
        c.direction.assign(space.pca_directions.begin() + static_cast<size_t>(k) * space.dim,
                           space.pca_directions.begin() + static_cast<size_t>(k + 1) * space.dim);
        out.push_back(std::move(c));
    }
    return out;
}

double style_component_value(const std::vector<float>& s, const StyleComponent& c) {
    double v = 0;
    for (size_t i = 0; i < std::min(s.size(), c.direction.size()); ++i) v += double(s[i]) * c.direction[i];
    return v;
}

std::vector<float> set_style_component(const std::vector<float>& s_in, const StyleComponent& c, double value) {
    std::vector<float> s = s_in;
    if (s.empty()) s.assign(c.direction.size(), 0.f);  // "no style" is s = 0, the prior mean
    const double delta = value - style_component_value(s, c);
    for (size_t i = 0; i < std::min(s.size(), c.direction.size()); ++i)
        s[i] = static_cast<float>(s[i] + delta * c.direction[i]);
    return s;
}

std::vector<float> style_from_pca(const StyleSpace& space, const std::vector<double>& pc) {
    std::vector<float> s = space.pca_mean;
    if (s.empty()) s.assign(space.dim, 0.f);
    for (int k = 0; k < std::min<int>(space.components, static_cast<int>(pc.size())); ++k)
        for (int i = 0; i < space.dim; ++i)
            s[i] = static_cast<float>(s[i] + pc[k] * space.pca_directions[static_cast<size_t>(k) * space.dim + i]);
    return s;
}

std::string style_to_text(const std::vector<float>& s) {
    std::string out;
    char buf[32];
    for (size_t i = 0; i < s.size(); ++i) {
        std::snprintf(buf, sizeof buf, "%.6g", static_cast<double>(s[i]));
        if (i) out += ",";
        out += buf;
    }
    return out;
}

Result<std::vector<float>> style_from_text(const std::string& text, int expected_dim) {
    std::vector<float> out;
    size_t pos = 0;
    // Accept "1, 2, 3", "[1,2,3]" (JSON) and whitespace/newline separated numbers.
    auto is_sep = [](char c) { return c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '[' || c == ']'; };
    while (pos < text.size()) {
        while (pos < text.size() && is_sep(text[pos])) ++pos;
        if (pos >= text.size()) break;
        size_t end = pos;
        while (end < text.size() && !is_sep(text[end])) ++end;
        const std::string token = text.substr(pos, end - pos);
        char* stop = nullptr;
        const double v = std::strtod(token.c_str(), &stop);
        if (stop != token.c_str() + token.size() || !std::isfinite(v))
            return Error{Errc::InvalidArgument, "style text: number " + std::to_string(out.size() + 1) + " ('" +
                                                    token.substr(0, 24) + "') is not a finite number"};
        out.push_back(static_cast<float>(v));
        pos = end;
    }
    if (out.empty()) return Error{Errc::InvalidArgument, "style text: no numbers found"};
    if (expected_dim > 0 && static_cast<int>(out.size()) != expected_dim)
        return Error{Errc::InvalidArgument, "style text: " + std::to_string(out.size()) + " numbers, the model expects " +
                                                std::to_string(expected_dim)};
    return out;
}

}  // namespace clue
