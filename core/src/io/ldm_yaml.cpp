// The YAML subset of LDM configs (v1-inference.yaml, v2-inference-v.yaml, …): block mappings and sequences by
// indentation, flow [..] / {..}, plain and quoted scalars typed as PyYAML (YAML 1.1) would, comments.
// Not supported (BadConfig): anchors/aliases, tags, block scalars (| >), multiple documents, tabs as indent.
#include <cctype>
#include <cerrno>
#include <cstring>
#include <limits>
#include <cstdlib>
#include <sstream>

#include "common/error.h"
#include "io/ldm_names.h"

namespace clue::io::ldm {
namespace yaml_reader {

using nlohmann::json;

struct Line {
    int indent = 0;
    std::string text;  ///< without indentation, comment and trailing blanks
    int number = 0;    ///< 1-based, for messages
};

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return std::string(s.substr(b, e - b));
}

/// Position of the '#' starting a comment (outside quotes, at start or after a blank), or npos.
std::size_t comment_start(std::string_view s) {
    char quote = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            if (i == 0 || std::isspace(static_cast<unsigned char>(s[i - 1])) || std::strchr("[{,:-", s[i - 1])) quote = c;
        } else if (c == '#' && (i == 0 || std::isspace(static_cast<unsigned char>(s[i - 1])))) {
            return i;
        }
    }
    return std::string_view::npos;
}

/// Position of the ':' that ends a mapping key (followed by a blank or the end), outside quotes and brackets.
std::size_t key_colon(std::string_view s) {
    if (s.empty() || s[0] == '[' || s[0] == '{') return std::string_view::npos;
    char quote = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if ((c == '"' || c == '\'') && i == 0) {
            quote = c;
        } else if (c == ':' && (i + 1 == s.size() || s[i + 1] == ' ')) {
            return i;
        }
    }
    return std::string_view::npos;
}

bool is_item(const std::string& text) { return text == "-" || text.starts_with("- "); }

json typed_scalar(const std::string& t) {
    static const char* kNull[] = {"", "~", "null", "Null", "NULL"};
    static const char* kTrue[] = {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"};
    static const char* kFalse[] = {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"};
    for (const char* n : kNull)
        if (t == n) return nullptr;
    for (const char* n : kTrue)
        if (t == n) return true;
    for (const char* n : kFalse)
        if (t == n) return false;
    if (t == ".inf" || t == "+.inf") return std::numeric_limits<double>::infinity();
    if (t == "-.inf") return -std::numeric_limits<double>::infinity();
    bool digit = false, numeric = true, integer = true;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digit = true;
        } else if ((c == '+' || c == '-') && (i == 0 || t[i - 1] == 'e' || t[i - 1] == 'E')) {
            integer = integer && i == 0;
        } else if (c == '.' || c == 'e' || c == 'E') {
            integer = false;
        } else {
            numeric = false;
        }
    }
    if (digit && numeric) {
        errno = 0;
        char* end = nullptr;
        if (integer) {
            const long long v = std::strtoll(t.c_str(), &end, 10);
            if (errno == 0 && end == t.c_str() + t.size()) return v;
        }
        errno = 0;
        const double d = std::strtod(t.c_str(), &end);
        if (end == t.c_str() + t.size()) return d;
    }
    return t;
}

class Parser {
public:
    Parser(std::vector<Line> lines, std::string origin) : lines_(std::move(lines)), origin_(std::move(origin)) {}

    json document() {
        if (lines_.empty()) return json::object();
        json root = node(lines_[0].indent);
        if (pos_ < lines_.size()) fail(lines_[pos_], "unexpected indentation");
        return root;
    }

private:
    [[noreturn]] void fail(const Line& line, const std::string& why) const {
        clue::fail(Errc::BadConfig, origin_ + ":" + std::to_string(line.number) + ": " + why + " (in '" + line.text + "')");
    }
    bool at(int indent) const { return pos_ < lines_.size() && lines_[pos_].indent == indent; }

    json node(int indent) { return is_item(lines_[pos_].text) ? sequence(indent) : mapping(indent); }

    json mapping(int indent) {
        json m = json::object();
        while (at(indent) && !is_item(lines_[pos_].text)) {
            const Line& line = lines_[pos_];
            const std::size_t colon = key_colon(line.text);
            if (colon == std::string::npos) fail(line, "expected 'key: value'");
            const std::string raw_key = trim(std::string_view(line.text).substr(0, colon));
            json key = inline_value(raw_key, line);
            const std::string name = key.is_string() ? key.get<std::string>() : key.dump();
            const std::string value = trim(std::string_view(line.text).substr(colon + 1));
            ++pos_;
            if (m.contains(name)) fail(line, "duplicate key '" + name + "'");
            if (!value.empty()) {
                m[name] = inline_value(value, line);
            } else if (pos_ < lines_.size() && lines_[pos_].indent > indent) {
                m[name] = node(lines_[pos_].indent);
            } else if (at(indent) && is_item(lines_[pos_].text)) {
                m[name] = sequence(indent);  // "key:\n- a" (items at the key's indentation)
            } else {
                m[name] = nullptr;
            }
        }
        if (pos_ < lines_.size() && lines_[pos_].indent > indent) fail(lines_[pos_], "unexpected indentation");
        return m;
    }

    json sequence(int indent) {
        json a = json::array();
        while (at(indent) && is_item(lines_[pos_].text)) {
            Line& line = lines_[pos_];
            std::size_t skip = 1;
            while (skip < line.text.size() && line.text[skip] == ' ') ++skip;
            const std::string rest = line.text.substr(skip);
            if (rest.empty()) {
                ++pos_;
                a.push_back(pos_ < lines_.size() && lines_[pos_].indent > indent ? node(lines_[pos_].indent) : json());
            } else if (key_colon(rest) != std::string::npos) {
                line.indent = indent + static_cast<int>(skip);  // "- key: v" opens a mapping at the key's column
                line.text = rest;
                a.push_back(mapping(line.indent));
            } else {
                a.push_back(inline_value(rest, line));
                ++pos_;
            }
        }
        return a;
    }

    json inline_value(const std::string& text, const Line& line) const {
        if (text[0] == '|' || text[0] == '>' || text[0] == '&' || text[0] == '*' || text[0] == '!')
            fail(line, "YAML anchors, aliases, tags and block scalars are not supported");
        std::string_view s = text;
        json v = flow(s, line, false);
        skip_blanks(s);
        if (!s.empty()) fail(line, "unexpected '" + std::string(s) + "'");
        return v;
    }

    static void skip_blanks(std::string_view& s) {
        while (!s.empty() && s[0] == ' ') s.remove_prefix(1);
    }

    json flow(std::string_view& s, const Line& line, bool nested) const {
        skip_blanks(s);
        if (s.empty()) return nullptr;
        if (s[0] == '[' || s[0] == '{') {
            const bool list = s[0] == '[';
            const char close = list ? ']' : '}';
            s.remove_prefix(1);
            json out = list ? json::array() : json::object();
            for (;;) {
                skip_blanks(s);
                if (s.empty()) fail(line, std::string("missing '") + close + "'");
                if (s[0] == close) break;
                if (list) {
                    out.push_back(flow(s, line, true));
                } else {
                    json key = flow(s, line, true);
                    skip_blanks(s);
                    if (s.empty() || s[0] != ':') fail(line, "expected ':' in a flow mapping");
                    s.remove_prefix(1);
                    out[key.is_string() ? key.get<std::string>() : key.dump()] = flow(s, line, true);
                }
                skip_blanks(s);
                if (!s.empty() && s[0] == ',') s.remove_prefix(1);
                else if (s.empty() || s[0] != close) fail(line, std::string("expected ',' or '") + close + "'");
            }
            s.remove_prefix(1);
            return out;
        }
        if (s[0] == '"' || s[0] == '\'') {
            const char quote = s[0];
            std::string out;
            std::size_t i = 1;
            for (; i < s.size(); ++i) {
                if (s[i] == quote) {
                    if (quote == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
                        out += '\'';
                        ++i;
                        continue;
                    }
                    break;
                }
                if (quote == '"' && s[i] == '\\' && i + 1 < s.size()) {
                    const char e = s[++i];
                    out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
                } else {
                    out += s[i];
                }
            }
            if (i >= s.size()) fail(line, "unterminated quoted string");
            s.remove_prefix(i + 1);
            return out;
        }
        std::size_t end = 0;
        while (end < s.size() && !(nested && std::strchr(",]}", s[end])) &&
               !(nested && s[end] == ':' && (end + 1 == s.size() || s[end + 1] == ' ')))
            ++end;
        json v = typed_scalar(trim(s.substr(0, end)));
        s.remove_prefix(end);
        return v;
    }

    std::vector<Line> lines_;
    std::string origin_;
    std::size_t pos_ = 0;
};

}  // namespace yaml_reader

nlohmann::json parse_yaml(const std::string& text, const std::string& origin) {
    using namespace yaml_reader;
    std::vector<Line> lines;
    std::istringstream in(text);
    std::string raw;
    for (int number = 1; std::getline(in, raw); ++number) {
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        std::string_view s = raw;
        s = s.substr(0, comment_start(s));
        int indent = 0;
        while (indent < static_cast<int>(s.size()) && s[indent] == ' ') ++indent;
        const std::string body = trim(s);
        if (body.empty() || body == "---") continue;
        if (s[indent] == '\t')
            fail(Errc::BadConfig, origin + ":" + std::to_string(number) + ": tab in indentation");
        if (body == "...") break;
        lines.push_back({indent, body, number});
    }
    return Parser(std::move(lines), origin).document();
}

std::map<std::string, std::string> parse_yaml_hints(const std::string& text) {
    std::map<std::string, std::string> hints;
    std::istringstream in(text);
    std::string raw;
    while (std::getline(in, raw)) {
        const std::string line = yaml_reader::trim(raw);
        if (!line.starts_with('#')) continue;
        std::istringstream words(line.substr(1));
        std::string word;
        while (words >> word) {
            const std::size_t eq = word.find('=');
            if (eq == 0 || eq == std::string::npos || eq + 1 == word.size()) continue;
            const std::string name = word.substr(0, eq);
            bool identifier = !std::isdigit(static_cast<unsigned char>(name[0]));
            for (char c : name) identifier = identifier && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
            if (identifier) hints.emplace(name, word.substr(eq + 1));
        }
    }
    return hints;
}

}  // namespace clue::io::ldm
