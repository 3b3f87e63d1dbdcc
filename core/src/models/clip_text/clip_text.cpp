#include "models/clip_text/clip_text.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cmath>
#include <limits>

#include "common/error.h"

namespace clue::models {
namespace F = torch::nn::functional;

namespace {
// A plain container module so submodules get transformers' dotted names (text_model.encoder.layers.N…).
struct Container : torch::nn::Module {
    using torch::nn::Module::register_module;
};
}  // namespace

CLIPTextOptions CLIPTextOptions::from_json(const std::string& text) {
    const auto j = nlohmann::json::parse(text);
    CLIPTextOptions o;
    auto get = [&](const char* k, auto& v) {
        if (j.contains(k) && !j[k].is_null()) v = j[k].get<std::decay_t<decltype(v)>>();
    };
    get("vocab_size", o.vocab_size);
    get("hidden_size", o.hidden_size);
    get("intermediate_size", o.intermediate_size);
    get("num_hidden_layers", o.num_hidden_layers);
    get("num_attention_heads", o.num_attention_heads);
    get("max_position_embeddings", o.max_position_embeddings);
    get("hidden_act", o.hidden_act);
    get("layer_norm_eps", o.layer_norm_eps);
    get("eos_token_id", o.eos_token_id);
    if (o.hidden_act != "quick_gelu" && o.hidden_act != "gelu")
        fail(Errc::UnsupportedModel, "text encoder: hidden_act '" + o.hidden_act + "' is not supported");
    if (o.hidden_size % o.num_attention_heads != 0) fail(Errc::BadConfig, "text encoder: hidden_size % heads != 0");
    return o;
}

CLIPEncoderLayerImpl::CLIPEncoderLayerImpl(const CLIPTextOptions& o) : options_(o) {
    const int64_t d = o.hidden_size;
    auto attn = std::make_shared<Container>();
    q_proj = attn->register_module("q_proj", torch::nn::Linear(d, d));
    k_proj = attn->register_module("k_proj", torch::nn::Linear(d, d));
    v_proj = attn->register_module("v_proj", torch::nn::Linear(d, d));
    out_proj = attn->register_module("out_proj", torch::nn::Linear(d, d));
    self_attn = register_module("self_attn", std::shared_ptr<torch::nn::Module>(attn));
    auto ln = [&] { return torch::nn::LayerNorm(torch::nn::LayerNormOptions({d}).eps(o.layer_norm_eps)); };
    layer_norm1 = register_module("layer_norm1", ln());
    auto m = std::make_shared<Container>();
    fc1 = m->register_module("fc1", torch::nn::Linear(d, o.intermediate_size));
    fc2 = m->register_module("fc2", torch::nn::Linear(o.intermediate_size, d));
    mlp = register_module("mlp", std::shared_ptr<torch::nn::Module>(m));
    layer_norm2 = register_module("layer_norm2", ln());
}

at::Tensor CLIPEncoderLayerImpl::forward(const at::Tensor& x, const at::Tensor& causal_mask) {
    const auto b = x.size(0), s = x.size(1), d = x.size(2);
    const auto heads = options_.num_attention_heads, hd = d / heads;
    at::Tensor h = layer_norm1(x);
    // ref: modeling_clip.py CLIPAttention.forward: q scaled before the bmm, mask added, softmax, bmm
    auto shape = [&](const at::Tensor& t) { return t.view({b, s, heads, hd}).transpose(1, 2).reshape({b * heads, s, hd}); };
    at::Tensor q = shape(q_proj(h) * (1.0 / std::sqrt(static_cast<double>(hd))));
    at::Tensor k = shape(k_proj(h));
    at::Tensor v = shape(v_proj(h));
    at::Tensor w = at::bmm(q, k.transpose(1, 2));
    w = (w.view({b, heads, s, s}) + causal_mask).view({b * heads, s, s});
    w = w.softmax(-1);
    at::Tensor o = at::bmm(w, v).view({b, heads, s, hd}).transpose(1, 2).reshape({b, s, d});
    at::Tensor y = x + out_proj(o);
    h = fc1(layer_norm2(y));
    h = options_.hidden_act == "quick_gelu" ? h * torch::sigmoid(1.702 * h) : F::gelu(h);
    return y + fc2(h);
}

CLIPTextModelImpl::CLIPTextModelImpl(const CLIPTextOptions& o) : options_(o) {
    auto tm = std::make_shared<Container>();
    auto emb = std::make_shared<Container>();
    token_embedding = emb->register_module("token_embedding", torch::nn::Embedding(o.vocab_size, o.hidden_size));
    position_embedding =
        emb->register_module("position_embedding", torch::nn::Embedding(o.max_position_embeddings, o.hidden_size));
    auto enc = std::make_shared<Container>();
    layers = enc->register_module("layers", torch::nn::ModuleList());
    for (int64_t i = 0; i < o.num_hidden_layers; ++i) layers->push_back(CLIPEncoderLayer(o));
    embeddings = tm->register_module("embeddings", std::shared_ptr<torch::nn::Module>(emb));
    encoder = tm->register_module("encoder", std::shared_ptr<torch::nn::Module>(enc));
    final_layer_norm = tm->register_module(
        "final_layer_norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({o.hidden_size}).eps(o.layer_norm_eps)));
    text_model = register_module("text_model", std::shared_ptr<torch::nn::Module>(tm));
}

CLIPTextOutput CLIPTextModelImpl::forward(const at::Tensor& ids0, int skip_layers, bool all_hidden_states) {
    const at::Tensor ids = ids0.to(token_embedding->weight.device());
    const auto s = ids.size(1);
    auto pos = torch::arange(s, torch::TensorOptions().dtype(torch::kLong).device(ids.device()));
    at::Tensor x = token_embedding(ids) + position_embedding(pos).unsqueeze(0);
    // Causal mask with finfo(dtype).min above the diagonal (transformers _create_4d_causal_attention_mask).
    const double neg = x.scalar_type() == at::kHalf ? -65504.0 : std::numeric_limits<float>::lowest();
    auto mask = torch::full({s, s}, neg, x.options()).triu(1).view({1, 1, s, s});
    CLIPTextOutput out;
    if (all_hidden_states) out.hidden_states.push_back(x);
    const int64_t run = static_cast<int64_t>(layers->size()) - std::max(0, skip_layers);
    if (run < 1) fail(Errc::InvalidArgument, "clip skip " + std::to_string(skip_layers + 1) + " exceeds the " +
                                                 std::to_string(layers->size()) + " text encoder layers");
    for (int64_t i = 0; i < run; ++i) {
        x = layers[i]->as<CLIPEncoderLayer>()->forward(x, mask);
        if (all_hidden_states) out.hidden_states.push_back(x);
    }
    out.last_hidden_state = final_layer_norm(x);
    at::Tensor eos = options_.eos_token_id == 2 ? ids.argmax(-1) : (ids == options_.eos_token_id).to(torch::kInt).argmax(-1);
    out.pooler_output = out.last_hidden_state.index({torch::arange(ids.size(0), ids.options()), eos});
    return out;
}

}  // namespace clue::models
