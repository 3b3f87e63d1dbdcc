#include "tokenizers/tokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "tokenizers/clip_bpe.h"
#include "tokenizers/spm_tokenizer.h"

namespace clue::tok {
namespace {

/// Optional JSON file of a tokenizer folder: null when absent, BadFormat when unparsable.
nlohmann::json tokenizer_read_json(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return nullptr;
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(Errc::Io, "cannot read " + path.string());
    try {
        return nlohmann::json::parse(in);
    } catch (const std::exception& e) {
        fail(Errc::BadFormat, "invalid JSON in " + path.string() + ": " + e.what());
    }
}

/// A special-token value: "text" or {"content": "text", ...} (AddedToken serialisation).
bool tokenizer_token_string(const nlohmann::json& v, std::string* out) {
    if (v.is_string()) {
        *out = v.get<std::string>();
        return true;
    }
    if (v.is_object() && v.contains("content") && v["content"].is_string()) {
        *out = v["content"].get<std::string>();
        return true;
    }
    return false;
}

std::unique_ptr<Tokenizer> load_clip_folder(const std::filesystem::path& dir) {
    const auto vocab = dir / "vocab.json";
    const auto merges = dir / "merges.txt";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(merges, ec))
        fail(Errc::FileNotFound, "tokenizer merges.txt not found: " + merges.string());

    ClipBpeConfig cfg;
    const nlohmann::json config = tokenizer_read_json(dir / "tokenizer_config.json");
    const nlohmann::json special = tokenizer_read_json(dir / "special_tokens_map.json");
    // transformers: tokenizer_config.json first, special_tokens_map.json overrides
    for (const nlohmann::json* j : {&config, &special}) {
        if (!j->is_object()) continue;
        const std::pair<const char*, std::string*> keys[] = {
            {"bos_token", &cfg.bos_token}, {"eos_token", &cfg.eos_token},
            {"unk_token", &cfg.unk_token}, {"pad_token", &cfg.pad_token}};
        for (const auto& [key, dst] : keys)
            if (j->contains(key)) tokenizer_token_string((*j)[key], dst);
    }
    if (config.is_object() && config.contains("added_tokens_decoder") && config["added_tokens_decoder"].is_object()) {
        for (const auto& [id, v] : config["added_tokens_decoder"].items()) {
            ClipAddedToken t;
            if (!tokenizer_token_string(v, &t.content)) continue;
            try {
                t.id = std::stoll(id);
            } catch (const std::exception&) {
                fail(Errc::BadFormat, "bad added token id '" + id + "' in " + (dir / "tokenizer_config.json").string());
            }
            if (v.is_object()) {
                t.lstrip = v.value("lstrip", false);
                t.rstrip = v.value("rstrip", false);
            }
            cfg.added_tokens.push_back(std::move(t));
        }
    }
    // legacy added_tokens.json: {token: id}
    const nlohmann::json added = tokenizer_read_json(dir / "added_tokens.json");
    if (added.is_object())
        for (const auto& [tok, id] : added.items())
            if (id.is_number_integer()) cfg.added_tokens.push_back(ClipAddedToken{tok, id.get<std::int64_t>()});
    return std::make_unique<ClipBpeTokenizer>(vocab.string(), merges.string(), std::move(cfg));
}

}  // namespace

std::vector<std::int64_t> Tokenizer::encode_padded(const std::string& text, int max_length) const {
    const std::int64_t bos = bos_id(), eos = eos_id();
    const int specials = (bos >= 0 ? 1 : 0) + (eos >= 0 ? 1 : 0);
    if (max_length < specials || max_length <= 0)
        fail(Errc::InvalidArgument, "max_length must be at least " + std::to_string(std::max(specials, 1)) +
                                        ", got " + std::to_string(max_length));
    const std::vector<std::int64_t> ids = encode(text);
    std::vector<std::int64_t> out;
    out.reserve(static_cast<std::size_t>(max_length));
    if (bos >= 0) out.push_back(bos);
    const std::size_t keep = std::min(ids.size(), static_cast<std::size_t>(max_length - specials));
    out.insert(out.end(), ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(keep));
    if (eos >= 0) out.push_back(eos);
    out.resize(static_cast<std::size_t>(max_length), pad_id());
    return out;
}

std::unique_ptr<Tokenizer> load_tokenizer(const std::string& folder) {
    namespace stdfs = std::filesystem;
    const stdfs::path p(folder);
    std::error_code ec;
    if (stdfs::is_regular_file(p, ec)) {
        if (p.extension() == ".model") return load_spm_tokenizer(p.string());
        if (p.filename() == "vocab.json") return load_clip_folder(p.parent_path());
        fail(Errc::BadFormat, "not a tokenizer file (expected a folder, vocab.json or a sentencepiece .model): " + folder);
    }
    if (!stdfs::is_directory(p, ec)) fail(Errc::FileNotFound, "tokenizer folder not found: " + folder);
    if (stdfs::is_regular_file(p / "vocab.json", ec)) return load_clip_folder(p);
    // sentencepiece: spiece.model (T5), tokenizer.model, else the first *.model by name
    for (const char* name : {"spiece.model", "tokenizer.model"})
        if (stdfs::is_regular_file(p / name, ec)) return load_spm_tokenizer((p / name).string());
    std::vector<stdfs::path> models;
    for (const auto& e : stdfs::directory_iterator(p, ec))
        if (e.is_regular_file(ec) && e.path().extension() == ".model") models.push_back(e.path());
    if (!models.empty()) {
        std::sort(models.begin(), models.end());
        return load_spm_tokenizer(models.front().string());
    }
    if (stdfs::is_regular_file(p / "merges.txt", ec))
        fail(Errc::FileNotFound, "tokenizer vocab.json not found: " + (p / "vocab.json").string());
    fail(Errc::FileNotFound, "no tokenizer in " + folder +
                                 ": expected vocab.json + merges.txt (CLIP BPE) or a sentencepiece *.model file");
}

}  // namespace clue::tok
