#pragma once
// CLIPTextModel (transformers names: text_model.embeddings/encoder/final_layer_norm), quick_gelu (SD 1.x) or
// gelu (SD 2.x / OpenCLIP). ref: transformers 4.37 src/transformers/models/clip/modeling_clip.py
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

#include <string>
#include <vector>

namespace clue::models {

struct CLIPTextOptions {
    int64_t vocab_size = 49408;
    int64_t hidden_size = 768;
    int64_t intermediate_size = 3072;
    int64_t num_hidden_layers = 12;
    int64_t num_attention_heads = 12;
    int64_t max_position_embeddings = 77;
    std::string hidden_act = "quick_gelu";
    double layer_norm_eps = 1e-5;
    int64_t eos_token_id = 2;  ///< 2 = legacy configs: pooled output at argmax(input_ids)
    static CLIPTextOptions from_json(const std::string& json_text);
};

class CLIPEncoderLayerImpl : public torch::nn::Module {
public:
    explicit CLIPEncoderLayerImpl(const CLIPTextOptions& o);
    at::Tensor forward(const at::Tensor& x, const at::Tensor& causal_mask);
    std::shared_ptr<torch::nn::Module> self_attn, mlp;
    torch::nn::Linear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, out_proj{nullptr}, fc1{nullptr}, fc2{nullptr};
    torch::nn::LayerNorm layer_norm1{nullptr}, layer_norm2{nullptr};

private:
    CLIPTextOptions options_;
};
TORCH_MODULE(CLIPEncoderLayer);

struct CLIPTextOutput {
    at::Tensor last_hidden_state;           ///< final_layer_norm(last layer)
    at::Tensor pooler_output;               ///< last_hidden_state at the EOS position
    std::vector<at::Tensor> hidden_states;  ///< embeddings + every layer's output (when requested)
};

class CLIPTextModelImpl : public torch::nn::Module {
public:
    explicit CLIPTextModelImpl(const CLIPTextOptions& o);
    /// input_ids [B, S] int64. skip_layers = A1111 "Clip skip" - 1 (0 = all layers): stop early, then final_layer_norm.
    CLIPTextOutput forward(const at::Tensor& input_ids, int skip_layers = 0, bool all_hidden_states = false);
    const CLIPTextOptions& options() const { return options_; }

    std::shared_ptr<torch::nn::Module> text_model, embeddings, encoder;
    torch::nn::Embedding token_embedding{nullptr}, position_embedding{nullptr};
    torch::nn::ModuleList layers{nullptr};
    torch::nn::LayerNorm final_layer_norm{nullptr};

private:
    CLIPTextOptions options_;
};
TORCH_MODULE(CLIPTextModel);

}  // namespace clue::models
