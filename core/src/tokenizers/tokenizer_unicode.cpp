#include "tokenizers/tokenizer_unicode.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace clue::tok::uni {
namespace unidata {
#include "tokenizers/unicode_tables.inc"

constexpr std::uint8_t kFlagL = 1, kFlagN = 2, kFlagC = 4, kFlagZs = 8, kFlagSpace = 16, kFlagIgnorable = 32,
                       kFlagCased = 64, kFlagNoMatch = 128;

// Run-length table lookup: entries are (start << 8) | value, sorted by start, the first starting at 0.
template <std::size_t N>
std::uint8_t run_value(const std::uint32_t (&runs)[N], char32_t cp) {
    if (cp > 0x10FFFF) return runs[0] & 0xFF;  // treated like U+0000's run (never reached: decoder gives U+FFFD)
    const std::uint32_t key = (static_cast<std::uint32_t>(cp) << 8) | 0xFFu;
    const auto* it = std::upper_bound(std::begin(runs), std::end(runs), key);
    return static_cast<std::uint8_t>(*(it - 1) & 0xFFu);
}

std::uint8_t props(char32_t cp) {
    if (cp > 0x10FFFF) return kFlagC;
    return run_value(kPropRuns, cp);
}

// Hangul syllable constants (Unicode ch. 3.12).
constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr char32_t kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

void decompose_into(char32_t cp, std::u32string& out) {
    if (cp >= kSBase && cp < kSBase + kSCount) {
        const char32_t s = cp - kSBase;
        out.push_back(kLBase + s / kNCount);
        out.push_back(kVBase + (s % kNCount) / kTCount);
        if (s % kTCount != 0) out.push_back(kTBase + s % kTCount);
        return;
    }
    const auto* it = std::lower_bound(std::begin(kDecomp), std::end(kDecomp), static_cast<std::uint32_t>(cp),
                                      [](const Decomp& d, std::uint32_t c) { return d.cp < c; });
    if (it == std::end(kDecomp) || it->cp != cp) {
        out.push_back(cp);
        return;
    }
    decompose_into(it->a, out);
    if (it->b) decompose_into(it->b, out);
}

/// The primary composite of (a, b), or 0.
char32_t compose_pair(char32_t a, char32_t b) {
    if (a >= kLBase && a < kLBase + kLCount && b >= kVBase && b < kVBase + kVCount)
        return kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
    if (a >= kSBase && a < kSBase + kSCount && (a - kSBase) % kTCount == 0 && b > kTBase && b < kTBase + kTCount)
        return a + (b - kTBase);
    const auto* it = std::lower_bound(std::begin(kCompose), std::end(kCompose), std::pair<char32_t, char32_t>(a, b),
                                      [](const Compose& c, const std::pair<char32_t, char32_t>& k) {
                                          return c.a != k.first ? c.a < k.first : c.b < k.second;
                                      });
    if (it != std::end(kCompose) && it->a == a && it->b == b) return it->composite;
    return 0;
}

char32_t simple_lower(char32_t cp) {
    const auto* it = std::upper_bound(std::begin(kLower), std::end(kLower), static_cast<std::uint32_t>(cp),
                                      [](std::uint32_t c, const LowerRange& r) { return c < r.first; });
    if (it == std::begin(kLower)) return cp;
    --it;
    if (cp > it->last || (cp - it->first) % it->stride != 0) return cp;
    return static_cast<char32_t>(static_cast<std::int64_t>(cp) + it->delta);
}

}  // namespace unidata

std::u32string utf8_decode(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            out.push_back(c);
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0, min = 0;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; min = 0x10000; }
        if (len == 0) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        int k = 1;
        for (; k < len && i + k < n && (p[i + k] & 0xC0) == 0x80; ++k) cp = (cp << 6) | (p[i + k] & 0x3F);
        if (k < len || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) {
            out.push_back(0xFFFD);
            i += k;  // skip the lead byte and the continuation bytes seen so far
            continue;
        }
        out.push_back(cp);
        i += len;
    }
    return out;
}

void utf8_append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string utf8_encode(std::u32string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char32_t c : s) utf8_append(out, c);
    return out;
}

bool is_letter(char32_t cp) { return unidata::props(cp) & unidata::kFlagL; }
bool is_number(char32_t cp) { return unidata::props(cp) & unidata::kFlagN; }
bool is_other(char32_t cp) { return unidata::props(cp) & unidata::kFlagC; }
bool is_zs(char32_t cp) { return unidata::props(cp) & unidata::kFlagZs; }
bool is_py_space(char32_t cp) { return unidata::props(cp) & unidata::kFlagSpace; }
bool is_regex_unmatched(char32_t cp) { return unidata::props(cp) & unidata::kFlagNoMatch; }

bool is_cjk_ideograph(char32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF) ||
           (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
}

int combining_class(char32_t cp) { return unidata::run_value(unidata::kCccRuns, cp); }

std::u32string py_lower(std::u32string_view s) {
    std::u32string out;
    out.reserve(s.size());
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char32_t c = s[i];
        if (c < 0x80) {
            out.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (c == 0x130) {
            out.push_back(U'i');
            out.push_back(0x307);
        } else if (c == 0x3A3) {
            // CPython's handle_capital_sigma: \p{cased}\p{case-ignorable}* SIGMA !(\p{case-ignorable}* \p{cased})
            std::size_t j = i;
            char32_t prev = 0;
            bool found = false;
            while (j > 0) {
                prev = s[--j];
                if (!(unidata::props(prev) & unidata::kFlagIgnorable)) {
                    found = true;
                    break;
                }
            }
            bool final_sigma = found && (unidata::props(prev) & unidata::kFlagCased);
            if (final_sigma) {
                std::size_t k = i + 1;
                while (k < n && (unidata::props(s[k]) & unidata::kFlagIgnorable)) ++k;
                final_sigma = k == n || !(unidata::props(s[k]) & unidata::kFlagCased);
            }
            out.push_back(final_sigma ? 0x3C2 : 0x3C3);
        } else {
            out.push_back(unidata::simple_lower(c));
        }
    }
    return out;
}

std::u32string nfc(std::u32string_view s) {
    if (std::all_of(s.begin(), s.end(), [](char32_t c) { return c < 0x80; })) return std::u32string(s);
    // 1. full canonical decomposition
    std::u32string d;
    d.reserve(s.size() + 8);
    for (char32_t c : s) unidata::decompose_into(c, d);
    // 2. canonical ordering: stable sort of each run of non-starters by combining class
    for (std::size_t i = 0; i < d.size();) {
        if (combining_class(d[i]) == 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < d.size() && combining_class(d[j]) != 0) ++j;
        std::stable_sort(d.begin() + static_cast<std::ptrdiff_t>(i), d.begin() + static_cast<std::ptrdiff_t>(j),
                         [](char32_t a, char32_t b) { return combining_class(a) < combining_class(b); });
        i = j;
    }
    // 3. canonical composition
    std::u32string out;
    out.reserve(d.size());
    std::ptrdiff_t starter = -1;
    for (char32_t c : d) {
        const int ccc = combining_class(c);
        if (starter >= 0) {
            const bool adjacent = static_cast<std::ptrdiff_t>(out.size()) == starter + 1;
            const int last_ccc = adjacent ? 0 : combining_class(out.back());
            if (adjacent || (last_ccc != 0 && last_ccc < ccc)) {
                const char32_t comp = unidata::compose_pair(out[static_cast<std::size_t>(starter)], c);
                if (comp) {
                    out[static_cast<std::size_t>(starter)] = comp;
                    continue;
                }
            }
        }
        if (ccc == 0) starter = static_cast<std::ptrdiff_t>(out.size());
        out.push_back(c);
    }
    return out;
}

}  // namespace clue::tok::uni
