#pragma once
// The Unicode the CLIP tokenizer needs, without ICU: UTF-8, a few general-category groups, Python's str.lower() and
// str.isspace(), NFC. Data from Python 3.11's unicodedata (Unicode 14.0), see gen_unicode_tables.py.
#include <string>
#include <string_view>

namespace clue::tok::uni {

/// UTF-8 -> code points; each invalid or truncated sequence (and each surrogate) becomes U+FFFD.
std::u32string utf8_decode(std::string_view s);
void utf8_append(std::string& out, char32_t cp);
std::string utf8_encode(std::u32string_view s);

bool is_letter(char32_t cp);   ///< general category L*
bool is_number(char32_t cp);   ///< N*
bool is_other(char32_t cp);    ///< C* (Cc, Cf, Cn, Co, Cs)
bool is_zs(char32_t cp);       ///< Zs
bool is_py_space(char32_t cp); ///< Python str.isspace()
/// True for the characters that the `regex` module, with IGNORECASE, matches with none of CLIP's classes
/// ([\p{L}], [\p{N}], \s, [^\s\p{L}\p{N}]): only U+0345.
bool is_regex_unmatched(char32_t cp);
/// BasicTokenizer._is_chinese_char: CJK Unified Ideographs (+ extensions A-E) and compatibility ideographs.
bool is_cjk_ideograph(char32_t cp);

/// Python str.lower(): full mapping (U+0130 -> "i\u0307") and the Final_Sigma rule for U+03A3.
std::u32string py_lower(std::u32string_view s);
/// unicodedata.normalize("NFC", s).
std::u32string nfc(std::u32string_view s);

int combining_class(char32_t cp);

}  // namespace clue::tok::uni
