#pragma once
// Text -> token ids, behind one interface: CLIP BPE (vocab.json + merges.txt, identical to transformers'
// slow CLIPTokenizer) and a sentencepiece-backed tokenizer for text encoders that ship a `.model` file.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace clue::tok {

class Tokenizer {
public:
    virtual ~Tokenizer() = default;
    /// BPE ids of the text, without BOS/EOS, untruncated.
    virtual std::vector<std::int64_t> encode(const std::string& text) const = 0;
    /// Token strings (e.g. "photo</w>") for the same split, for subject-word lookup.
    virtual std::vector<std::string> tokens(const std::string& text) const = 0;
    virtual std::int64_t bos_id() const = 0;
    virtual std::int64_t eos_id() const = 0;
    virtual std::int64_t pad_id() const = 0;
    /// What SD pipelines feed the text encoder: [bos] + first max_length-2 ids + [eos] + pad to max_length.
    std::vector<std::int64_t> encode_padded(const std::string& text, int max_length = 77) const;
};

/// Loads a tokenizer folder: vocab.json + merges.txt (+ special_tokens_map.json / tokenizer_config.json for the
/// pad token: "<|endoftext|>" for SD 1.x, "!" for SD 2.x), or a sentencepiece `*.model` file.
/// Throws CoreError naming the missing file.
std::unique_ptr<Tokenizer> load_tokenizer(const std::string& folder);

}  // namespace clue::tok
