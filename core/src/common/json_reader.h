#pragma once
// Reading option structs from JSON: a key that is present must have the right type; the first problem is kept as an
// English message naming the key ("<what>: \"steps\" must be an integer, got string \"x\"").
#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdint>
#include <limits>
#include <string>

namespace clue::options_detail {

/// Shortest round-trip form of a number, independent of the C locale (Qt sets it from the environment: "7,5").
inline std::string format_number(double v) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, end) : std::string("?");
}

class Reader {
public:
    explicit Reader(const nlohmann::json& j, std::string what = "recipe JSON") : j_(j), what_(std::move(what)) {}
    const std::string& error() const { return error_; }

    void str(const char* key, std::string& out) {
        if (const auto* v = get(key, "a string", [](const nlohmann::json& x) { return x.is_string(); }))
            out = v->get<std::string>();
    }
    void real(const char* key, double& out) {
        if (const auto* v = get(key, "a number", [](const nlohmann::json& x) { return x.is_number(); }))
            out = v->get<double>();
    }
    void boolean(const char* key, bool& out) {
        if (const auto* v = get(key, "true or false", [](const nlohmann::json& x) { return x.is_boolean(); }))
            out = v->get<bool>();
    }
    template <class T>
    void integer(const char* key, T& out) {
        const nlohmann::json* v = get(key, "an integer", [](const nlohmann::json& x) { return x.is_number_integer(); });
        if (!v) return;
        const bool fits = v->is_number_unsigned()
                              ? v->get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())
                              : v->get<std::int64_t>() >= std::numeric_limits<T>::min() &&
                                    v->get<std::int64_t>() <= std::numeric_limits<T>::max();
        if (fits)
            out = static_cast<T>(v->is_number_unsigned() ? static_cast<std::int64_t>(v->get<std::uint64_t>())
                                                         : v->get<std::int64_t>());
        else
            fail(key, "is out of range: " + v->dump());
    }
    /// An array of numbers (e.g. the style vector).
    template <class T>
    void numbers(const char* key, std::vector<T>& out) {
        const nlohmann::json* v = get(key, "an array of numbers", [](const nlohmann::json& x) {
            if (!x.is_array()) return false;
            for (const auto& e : x)
                if (!e.is_number()) return false;
            return true;
        });
        if (!v) return;
        out.clear();
        for (const auto& e : *v) out.push_back(static_cast<T>(e.get<double>()));
    }
    /// An array of strings.
    void strings(const char* key, std::vector<std::string>& out) {
        const nlohmann::json* v = get(key, "an array of strings", [](const nlohmann::json& x) {
            if (!x.is_array()) return false;
            for (const auto& e : x)
                if (!e.is_string()) return false;
            return true;
        });
        if (!v) return;
        out.clear();
        for (const auto& e : *v) out.push_back(e.get<std::string>());
    }
    /// A nested object, or nullptr (an error when present but not an object).
    const nlohmann::json* object(const char* key) {
        return get(key, "an object", [](const nlohmann::json& x) { return x.is_object(); });
    }
    void fail(const char* key, const std::string& why) {
        if (error_.empty()) error_ = what_ + ": \"" + key + "\" " + why;
    }

private:
    template <class Pred>
    const nlohmann::json* get(const char* key, const char* expected, Pred ok) {
        auto it = j_.find(key);
        if (it == j_.end()) return nullptr;
        if (!ok(*it)) {
            std::string got = it->type_name();
            if (!it->is_null()) got += " " + it->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            fail(key, std::string("must be ") + expected + ", got " + got);
            return nullptr;
        }
        return &*it;
    }
    const nlohmann::json& j_;
    std::string what_;
    std::string error_;
};

}  // namespace clue::options_detail
