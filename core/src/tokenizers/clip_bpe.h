#pragma once
// CLIP byte-level BPE, identical to transformers' slow CLIPTokenizer without ftfy (what diffusers runs by default):
//   1. split out the added/special tokens (leftmost-longest; "<|startoftext|>", "<|endoftext|>", and the pad token
//      when it is a special token such as SD 2.x's "!", which then always maps to its id),
//   2. BasicTokenizer fallback on the rest: drop NUL/U+FFFD/control (C*) chars, whitespace -> ' ', spaces around CJK
//      ideographs, NFC, split on whitespace, lower-case each word (Python str.lower, accents kept),
//   3. the CLIP regex  <\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+
//      (IGNORECASE, as the `regex` module applies it),
//   4. bytes -> unicode symbols, BPE with the merge ranks (cached), vocab lookup (unknown -> unk id).
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "tokenizers/tokenizer.h"

namespace clue::tok {

struct ClipAddedToken {
    std::string content;
    std::int64_t id = -1;  ///< -1: look it up in the vocab (or append it after the vocab when absent)
    bool lstrip = false;   ///< eats the whitespace on its left
    bool rstrip = false;   ///< eats the whitespace on its right
};

struct ClipBpeConfig {
    std::string bos_token = "<|startoftext|>";
    std::string eos_token = "<|endoftext|>";
    std::string unk_token = "<|endoftext|>";
    std::string pad_token = "<|endoftext|>";
    /// Extra added tokens (tokenizer_config.json "added_tokens_decoder"); bos/eos/unk/pad are always added.
    std::vector<ClipAddedToken> added_tokens;
};

class ClipBpeTokenizer final : public Tokenizer {
public:
    /// Reads vocab.json and merges.txt; throws CoreError (FileNotFound / BadFormat) naming the file.
    ClipBpeTokenizer(const std::string& vocab_json_path, const std::string& merges_path, ClipBpeConfig config = {});

    std::vector<std::int64_t> encode(const std::string& text) const override;
    std::vector<std::string> tokens(const std::string& text) const override;
    std::int64_t bos_id() const override { return bos_id_; }
    std::int64_t eos_id() const override { return eos_id_; }
    std::int64_t pad_id() const override { return pad_id_; }

    /// Both at once: ids and token strings of the same split.
    void encode_with_tokens(const std::string& text, std::vector<std::int64_t>* ids,
                            std::vector<std::string>* tokens) const;
    /// Id of a token string (vocab or added token); unk id when unknown.
    std::int64_t token_to_id(const std::string& token) const;
    std::size_t vocab_size() const { return encoder_.size(); }

    /// The BasicTokenizer fallback alone: the normalised words of `text`, joined with ' ' (for tests).
    static std::string basic_normalize(const std::string& text);
    /// The CLIP regex pieces of an already normalised text (for tests).
    static std::vector<std::string> regex_split(const std::string& normalized_text);

private:
    struct BpeResult {
        std::vector<std::string> tokens;
        std::vector<std::int64_t> ids;
    };
    const BpeResult& bpe(const std::string& byte_encoded) const;
    void encode_chunk(const std::u32string& chunk, std::vector<std::int64_t>* ids,
                      std::vector<std::string>* tokens) const;

    std::unordered_map<std::string, std::int64_t> encoder_;
    std::unordered_map<std::string, int> bpe_ranks_;  ///< key: "first second"
    std::vector<ClipAddedToken> added_;               ///< no-split tokens, ids resolved
    std::int64_t bos_id_ = 0, eos_id_ = 0, unk_id_ = 0, pad_id_ = 0;

    mutable std::mutex cache_mutex_;
    mutable std::unordered_map<std::string, BpeResult> cache_;
};

}  // namespace clue::tok
