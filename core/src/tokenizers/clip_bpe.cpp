#include "tokenizers/clip_bpe.h"

#include <array>
#include <fstream>
#include <limits>

#include "common/error.h"
#include "tokenizers/tokenizer_unicode.h"

namespace clue::tok {
namespace {

// The CLIP merges file holds 48 894 merges after its "#version" line; CLIPTokenizer reads exactly
// lines [1 : 49152 - 256 - 2 + 1] of it.
constexpr std::size_t kClipMaxMerges = 49152 - 256 - 2;
constexpr std::size_t kClipBpeCacheLimit = 1 << 16;

std::string clip_read_file(const std::string& path, const char* what) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) fail(Errc::FileNotFound, std::string("tokenizer ") + what + " not found: " + path);
    const std::streamoff size = in.tellg();
    std::string data(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
    in.seekg(0);
    if (size < 0 || !in.read(data.data(), static_cast<std::streamsize>(data.size())))
        fail(Errc::Io, std::string("cannot read tokenizer ") + what + ": " + path);
    return data;
}

/// vocab.json is a flat JSON object {token: id}; a dedicated parser is ~10x faster than a JSON DOM (49 408 entries).
void clip_parse_vocab(const std::string& text, const std::string& path,
                      std::unordered_map<std::string, std::int64_t>& out) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    auto bad = [&](const std::string& why) {
        fail(Errc::BadFormat, "tokenizer vocab.json is not a JSON object {token: id} (" + why + " at byte " +
                                  std::to_string(i) + "): " + path);
    };
    auto ws = [&] {
        while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    };
    auto hex4 = [&]() -> char32_t {
        if (n - i < 4) bad("truncated \\u escape");
        char32_t v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<char32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<char32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<char32_t>(c - 'A' + 10);
            else bad("bad \\u escape");
        }
        return v;
    };
    std::string key;
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // tolerate a UTF-8 BOM
    ws();
    if (i >= n || text[i] != '{') bad("expected '{'");
    ++i;
    ws();
    if (i < n && text[i] == '}') bad("empty object");
    while (true) {
        ws();
        if (i >= n || text[i] != '"') bad("expected a string key");
        ++i;
        key.clear();
        while (true) {
            if (i >= n) bad("unterminated string");
            const char c = text[i++];
            if (c == '"') break;
            if (static_cast<unsigned char>(c) < 0x20) bad("control character in string");
            if (c != '\\') {
                key.push_back(c);
                continue;
            }
            if (i >= n) bad("unterminated escape");
            const char e = text[i++];
            switch (e) {
                case '"': key.push_back('"'); break;
                case '\\': key.push_back('\\'); break;
                case '/': key.push_back('/'); break;
                case 'b': key.push_back('\b'); break;
                case 'f': key.push_back('\f'); break;
                case 'n': key.push_back('\n'); break;
                case 'r': key.push_back('\r'); break;
                case 't': key.push_back('\t'); break;
                case 'u': {
                    char32_t cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && n - i >= 6 && text[i] == '\\' && text[i + 1] == 'u') {
                        const std::size_t save = i;
                        i += 2;
                        const char32_t lo = hex4();
                        if (lo >= 0xDC00 && lo < 0xE000)
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        else
                            i = save;
                    }
                    if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;  // lone surrogate
                    uni::utf8_append(key, cp);
                    break;
                }
                default: bad("bad escape");
            }
        }
        ws();
        if (i >= n || text[i] != ':') bad("expected ':'");
        ++i;
        ws();
        const std::size_t start = i;
        if (i < n && text[i] == '-') ++i;
        std::int64_t v = 0;
        const bool neg = i > start;
        const std::size_t digits = i;
        while (i < n && text[i] >= '0' && text[i] <= '9' && i - digits < 18) v = v * 10 + (text[i++] - '0');
        if (i == digits || (i < n && (text[i] == '.' || text[i] == 'e' || text[i] == 'E' || (text[i] >= '0' && text[i] <= '9'))))
            bad("entry '" + key + "' has no integer id");
        out[key] = neg ? -v : v;
        ws();
        if (i < n && text[i] == ',') {
            ++i;
            continue;
        }
        if (i < n && text[i] == '}') {
            ++i;
            break;
        }
        bad("expected ',' or '}'");
    }
    ws();
    if (i != n) bad("trailing data");
}

/// GPT-2/CLIP bytes_to_unicode(): every byte -> a printable code point (UTF-8 encoded here).
const std::array<std::string, 256>& clip_byte_encoder() {
    static const std::array<std::string, 256> table = [] {
        std::array<std::string, 256> t;
        int n = 0;
        for (int b = 0; b < 256; ++b) {
            const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            const char32_t cp = printable ? static_cast<char32_t>(b) : static_cast<char32_t>(256 + n++);
            uni::utf8_append(t[static_cast<std::size_t>(b)], cp);
        }
        return t;
    }();
    return table;
}

bool clip_is_ascii_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// A character of the text against a pattern character under the `regex` module's IGNORECASE
/// (probed: 's' also matches U+017F LATIN SMALL LETTER LONG S; the other pattern letters only their ASCII cases).
bool clip_ci_equal(char32_t c, char p) {
    if (c == static_cast<unsigned char>(p)) return true;
    if (p >= 'a' && p <= 'z' && c == static_cast<char32_t>(p - 32)) return true;
    return p == 's' && c == 0x17F;
}

bool clip_match_literal(const std::u32string& w, std::size_t pos, std::string_view lit) {
    if (w.size() - pos < lit.size()) return false;
    for (std::size_t k = 0; k < lit.size(); ++k)
        if (!clip_ci_equal(w[pos + k], lit[k])) return false;
    return true;
}

bool clip_is_other_class(char32_t c) {  // [^\s\p{L}\p{N}]
    return !uni::is_letter(c) && !uni::is_number(c) && !uni::is_py_space(c) && !uni::is_regex_unmatched(c);
}

/// Length of the CLIP regex match at `pos` (0: none, findall skips the character).
std::size_t clip_regex_match(const std::u32string& w, std::size_t pos) {
    static constexpr std::string_view kAlternatives[] = {"<|startoftext|>", "<|endoftext|>", "'s", "'t", "'re",
                                                         "'ve", "'m", "'ll", "'d"};
    for (std::string_view lit : kAlternatives)
        if (clip_match_literal(w, pos, lit)) return lit.size();
    const char32_t c = w[pos];
    std::size_t end = pos;
    if (uni::is_letter(c)) {
        while (end < w.size() && uni::is_letter(w[end])) ++end;
        return end - pos;
    }
    if (uni::is_number(c)) return 1;
    if (clip_is_other_class(c)) {
        while (end < w.size() && clip_is_other_class(w[end])) ++end;
        return end - pos;
    }
    return 0;
}

/// BasicTokenizer(strip_accents=False, do_split_on_punc=False).tokenize(text).
std::vector<std::u32string> clip_basic_tokenize(std::u32string_view text) {
    std::u32string cleaned;
    cleaned.reserve(text.size() + 8);
    for (char32_t c : text) {
        const bool tnr = c == U'\t' || c == U'\n' || c == U'\r';
        if (c == 0 || c == 0xFFFD || (!tnr && uni::is_other(c))) continue;  // _clean_text: drop
        if (c == U' ' || tnr || uni::is_zs(c)) {
            cleaned.push_back(U' ');
        } else if (uni::is_cjk_ideograph(c)) {  // _tokenize_chinese_chars
            cleaned.push_back(U' ');
            cleaned.push_back(c);
            cleaned.push_back(U' ');
        } else {
            cleaned.push_back(c);
        }
    }
    const std::u32string normalized = uni::nfc(cleaned);
    std::vector<std::u32string> words;
    std::size_t i = 0;
    while (i < normalized.size()) {
        while (i < normalized.size() && uni::is_py_space(normalized[i])) ++i;
        std::size_t j = i;
        while (j < normalized.size() && !uni::is_py_space(normalized[j])) ++j;
        if (j > i) words.push_back(uni::py_lower(std::u32string_view(normalized).substr(i, j - i)));
        i = j;
    }
    return words;
}

std::u32string clip_py_strip(const std::u32string& s, bool left, bool right) {
    std::size_t b = 0, e = s.size();
    if (left)
        while (b < e && uni::is_py_space(s[b])) ++b;
    if (right)
        while (e > b && uni::is_py_space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

}  // namespace

ClipBpeTokenizer::ClipBpeTokenizer(const std::string& vocab_json_path, const std::string& merges_path,
                                   ClipBpeConfig config) {
    // vocab.json: {token: id}
    encoder_.reserve(1 << 16);
    clip_parse_vocab(clip_read_file(vocab_json_path, "vocab.json"), vocab_json_path, encoder_);
    // merges.txt: read().strip().split("\n")[1 : 48895], each line split on whitespace
    {
        const std::string text = clip_read_file(merges_path, "merges.txt");
        std::size_t b = 0, e = text.size();
        while (b < e && clip_is_ascii_ws(text[b])) ++b;
        while (e > b && clip_is_ascii_ws(text[e - 1])) --e;
        std::size_t line_no = 0, rank = 0;
        std::size_t pos = b;
        while (pos <= e && rank < kClipMaxMerges) {
            std::size_t nl = text.find('\n', pos);
            if (nl == std::string::npos || nl > e) nl = e;
            if (line_no++ > 0) {
                std::vector<std::string> parts;
                std::size_t k = pos;
                while (k < nl) {
                    while (k < nl && clip_is_ascii_ws(text[k])) ++k;
                    std::size_t s = k;
                    while (k < nl && !clip_is_ascii_ws(text[k])) ++k;
                    if (k > s) parts.emplace_back(text, s, k - s);
                }
                if (parts.size() == 2) bpe_ranks_[parts[0] + " " + parts[1]] = static_cast<int>(rank);
                ++rank;
            }
            if (nl == e) break;
            pos = nl + 1;
        }
        if (line_no == 0 || b == e) fail(Errc::BadFormat, "tokenizer merges file is empty: " + merges_path);
    }
    // added (no-split) tokens: the configured ones, then bos/eos/unk/pad
    std::int64_t next_id = static_cast<std::int64_t>(encoder_.size());
    auto add = [&](ClipAddedToken t) {
        if (t.content.empty()) return;
        for (const auto& a : added_)
            if (a.content == t.content) return;
        if (t.id < 0) {
            auto it = encoder_.find(t.content);
            t.id = it != encoder_.end() ? it->second : next_id++;
        }
        added_.push_back(std::move(t));
    };
    for (auto& t : config.added_tokens) add(t);
    for (const std::string* s : {&config.bos_token, &config.eos_token, &config.unk_token, &config.pad_token})
        add(ClipAddedToken{*s});
    auto special_id = [&](const std::string& s, const char* role) {
        for (const auto& a : added_)
            if (a.content == s) return a.id;
        fail(Errc::BadConfig, std::string("tokenizer has no ") + role + " token");
    };
    unk_id_ = special_id(config.unk_token, "unk");
    bos_id_ = special_id(config.bos_token, "bos");
    eos_id_ = special_id(config.eos_token, "eos");
    pad_id_ = special_id(config.pad_token, "pad");
}

std::int64_t ClipBpeTokenizer::token_to_id(const std::string& token) const {
    for (const auto& a : added_)
        if (a.content == token) return a.id;
    auto it = encoder_.find(token);
    return it != encoder_.end() ? it->second : unk_id_;
}

const ClipBpeTokenizer::BpeResult& ClipBpeTokenizer::bpe(const std::string& byte_encoded) const {
    // callers hold cache_mutex_
    if (auto it = cache_.find(byte_encoded); it != cache_.end()) return it->second;
    if (cache_.size() >= kClipBpeCacheLimit) cache_.clear();

    std::vector<std::string> word;
    if (byte_encoded == "<|startoftext|>" || byte_encoded == "<|endoftext|>") {
        word.push_back(byte_encoded);  // CLIPTokenizer pre-seeds its cache with these two
    } else {
        // split into symbols (one per UTF-8 encoded code point), the last one with "</w>"
        for (std::size_t i = 0; i < byte_encoded.size();) {
            const unsigned char c = static_cast<unsigned char>(byte_encoded[i]);
            const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            word.emplace_back(byte_encoded, i, len);
            i += len;
        }
        if (word.empty()) {
            word.push_back("</w>");
        } else {
            word.back() += "</w>";
        }
        std::string key;
        while (word.size() > 1) {
            int best_rank = std::numeric_limits<int>::max();
            std::size_t best = 0;
            for (std::size_t i = 0; i + 1 < word.size(); ++i) {
                key.assign(word[i]).append(" ").append(word[i + 1]);
                auto it = bpe_ranks_.find(key);
                if (it != bpe_ranks_.end() && it->second < best_rank) {
                    best_rank = it->second;
                    best = i;
                }
            }
            if (best_rank == std::numeric_limits<int>::max()) break;
            const std::string first = word[best], second = word[best + 1];
            std::vector<std::string> merged;
            merged.reserve(word.size());
            for (std::size_t i = 0; i < word.size();) {
                if (i + 1 < word.size() && word[i] == first && word[i + 1] == second) {
                    merged.push_back(first + second);
                    i += 2;
                } else {
                    merged.push_back(std::move(word[i]));
                    ++i;
                }
            }
            word = std::move(merged);
        }
    }
    BpeResult r;
    r.ids.reserve(word.size());
    for (const auto& t : word) {
        auto it = encoder_.find(t);
        r.ids.push_back(it != encoder_.end() ? it->second : unk_id_);
    }
    r.tokens = std::move(word);
    return cache_.emplace(byte_encoded, std::move(r)).first->second;
}

void ClipBpeTokenizer::encode_chunk(const std::u32string& chunk, std::vector<std::int64_t>* ids,
                                    std::vector<std::string>* tokens) const {
    const auto& byte_encoder = clip_byte_encoder();
    std::string utf8, encoded;
    std::lock_guard<std::mutex> lock(cache_mutex_);
    for (const std::u32string& w : clip_basic_tokenize(chunk)) {
        for (std::size_t pos = 0; pos < w.size();) {
            const std::size_t len = clip_regex_match(w, pos);
            if (len == 0) {
                ++pos;
                continue;
            }
            utf8 = uni::utf8_encode(std::u32string_view(w).substr(pos, len));
            pos += len;
            encoded.clear();
            for (unsigned char b : utf8) encoded += byte_encoder[b];
            const BpeResult& r = bpe(encoded);
            if (ids) ids->insert(ids->end(), r.ids.begin(), r.ids.end());
            if (tokens) tokens->insert(tokens->end(), r.tokens.begin(), r.tokens.end());
        }
    }
}

void ClipBpeTokenizer::encode_with_tokens(const std::string& text, std::vector<std::int64_t>* ids,
                                          std::vector<std::string>* tokens) const {
    const std::u32string cps = uni::utf8_decode(text);
    // 1. split on the added tokens (leftmost, then longest), as PreTrainedTokenizer.tokenize's trie does
    struct Piece {
        std::u32string text;
        int added = -1;  // index into added_
    };
    std::vector<Piece> pieces;
    std::vector<std::u32string> added_cps;
    added_cps.reserve(added_.size());
    for (const auto& a : added_) added_cps.push_back(uni::utf8_decode(a.content));
    std::u32string pending;
    for (std::size_t i = 0; i < cps.size();) {
        int best = -1;
        std::size_t best_len = 0;
        for (std::size_t k = 0; k < added_cps.size(); ++k) {
            const auto& a = added_cps[k];
            if (a.size() > best_len && cps.compare(i, a.size(), a) == 0) {
                best = static_cast<int>(k);
                best_len = a.size();
            }
        }
        if (best < 0) {
            pending.push_back(cps[i++]);
            continue;
        }
        if (!pending.empty()) pieces.push_back({std::move(pending), -1});
        pending.clear();
        pieces.push_back({std::u32string(), best});
        i += best_len;
    }
    if (!pending.empty()) pieces.push_back({std::move(pending), -1});
    // lstrip / rstrip of added tokens eat the neighbouring whitespace
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i].added < 0) continue;
        const auto& a = added_[static_cast<std::size_t>(pieces[i].added)];
        if (a.rstrip && i + 1 < pieces.size() && pieces[i + 1].added < 0)
            pieces[i + 1].text = clip_py_strip(pieces[i + 1].text, true, false);
        if (a.lstrip && i > 0 && pieces[i - 1].added < 0) pieces[i - 1].text = clip_py_strip(pieces[i - 1].text, false, true);
    }
    // 2. each piece: an added token as is, other text through the BasicTokenizer, the regex and BPE
    for (const auto& p : pieces) {
        if (p.added >= 0) {
            const auto& a = added_[static_cast<std::size_t>(p.added)];
            if (ids) ids->push_back(a.id);
            if (tokens) tokens->push_back(a.content);
        } else if (!p.text.empty()) {
            encode_chunk(p.text, ids, tokens);
        }
    }
}

std::vector<std::int64_t> ClipBpeTokenizer::encode(const std::string& text) const {
    std::vector<std::int64_t> ids;
    encode_with_tokens(text, &ids, nullptr);
    return ids;
}

std::vector<std::string> ClipBpeTokenizer::tokens(const std::string& text) const {
    std::vector<std::string> toks;
    encode_with_tokens(text, nullptr, &toks);
    return toks;
}

std::string ClipBpeTokenizer::basic_normalize(const std::string& text) {
    std::u32string joined;
    for (const auto& w : clip_basic_tokenize(uni::utf8_decode(text))) {
        if (!joined.empty()) joined.push_back(U' ');
        joined += w;
    }
    return uni::utf8_encode(joined);
}

std::vector<std::string> ClipBpeTokenizer::regex_split(const std::string& normalized_text) {
    const std::u32string w = uni::utf8_decode(normalized_text);
    std::vector<std::string> out;
    for (std::size_t pos = 0; pos < w.size();) {
        const std::size_t len = clip_regex_match(w, pos);
        if (len == 0) {
            ++pos;
            continue;
        }
        out.push_back(uni::utf8_encode(std::u32string_view(w).substr(pos, len)));
        pos += len;
    }
    return out;
}

}  // namespace clue::tok
