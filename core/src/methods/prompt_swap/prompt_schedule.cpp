#include "methods/prompt_swap/prompt_schedule.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

namespace clue::methods {
namespace {

/// One piece of the prompt: literal text, or an edit `[from:to:when]` resolved to a switch step.
struct Piece {
    bool edit = false;
    std::string text;  ///< literal text, or `from`
    std::string to;
    int when = 0;
};

/// Parses "when" (a number); false if it is not one.
bool parse_when(const std::string& s, int steps, int& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || *end != '\0' || !(v >= 0)) return false;
    out = v < 1.0 ? static_cast<int>(std::floor(v * steps)) : static_cast<int>(v);
    return true;
}

/// Splits `inner` at top-level colons (outside nested brackets/parentheses, skipping backslash escapes).
std::vector<std::string> split_colons(const std::string& inner) {
    std::vector<std::string> parts(1);
    int depth = 0;
    for (size_t i = 0; i < inner.size(); ++i) {
        const char c = inner[i];
        if (c == '\\' && i + 1 < inner.size()) {
            parts.back() += inner.substr(i, 2);
            ++i;
            continue;
        }
        if (c == '[' || c == '(') ++depth;
        if (c == ']' || c == ')') --depth;
        if (c == ':' && depth == 0) parts.emplace_back();
        else parts.back() += c;
    }
    return parts;
}

std::vector<Piece> parse(const std::string& p, int steps) {
    std::vector<Piece> out;
    auto literal = [&](const std::string& s) {
        if (out.empty() || out.back().edit) out.push_back(Piece{});
        out.back().text += s;
    };
    for (size_t i = 0; i < p.size(); ++i) {
        if (p[i] == '\\' && i + 1 < p.size()) {  // \[ and \] stay literal brackets
            literal(p.substr(i, 2));
            ++i;
            continue;
        }
        if (p[i] != '[') {
            literal(std::string(1, p[i]));
            continue;
        }
        // find the matching ']'
        int depth = 0;
        size_t j = i;
        for (; j < p.size(); ++j) {
            if (p[j] == '\\') {
                ++j;
                continue;
            }
            if (p[j] == '[') ++depth;
            if (p[j] == ']' && --depth == 0) break;
        }
        if (j >= p.size()) {  // unbalanced: literal
            literal(p.substr(i));
            break;
        }
        const std::string inner = p.substr(i + 1, j - i - 1);
        auto parts = split_colons(inner);
        int when = 0;
        if ((parts.size() == 2 || parts.size() == 3) && parse_when(parts.back(), steps, when)) {
            Piece e;
            e.edit = true;
            e.when = when;
            if (parts.size() == 2) e.to = parts[0];  // [to:when]
            else e.text = parts[0], e.to = parts[1];  // [from:to:when], [from::when]
            out.push_back(e);
        } else {
            literal(p.substr(i, j - i + 1));  // emphasis / alternation: not ours, keep as written
        }
        i = j;
    }
    return out;
}

std::string render(const std::vector<Piece>& pieces, int step) {
    std::string s;
    for (const auto& pc : pieces) s += !pc.edit ? pc.text : (step < pc.when ? pc.text : pc.to);
    return s;
}

}  // namespace

bool has_prompt_editing(const std::string& prompt) {
    for (const auto& pc : parse(prompt, 1000)) if (pc.edit) return true;
    return false;
}

std::vector<PromptSegment> parse_prompt_schedule(const std::string& prompt, int steps) {
    const auto pieces = parse(prompt, steps);
    std::set<int> switches;
    for (const auto& pc : pieces)
        if (pc.edit && pc.when > 0 && pc.when < steps) switches.insert(pc.when);
    std::vector<PromptSegment> out;
    int start = 0;
    for (int w : switches) {
        out.push_back({w, render(pieces, start)});
        start = w;
    }
    out.push_back({steps, render(pieces, start)});
    // merge neighbours with identical text
    std::vector<PromptSegment> merged;
    for (const auto& s : out) {
        if (!merged.empty() && merged.back().text == s.text) merged.back().until_step = s.until_step;
        else merged.push_back(s);
    }
    return merged;
}

}  // namespace clue::methods
