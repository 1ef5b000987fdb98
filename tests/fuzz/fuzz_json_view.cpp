// fuzz_json_view.cpp — libFuzzer target: the project's JSON reader (src/core/json_view.cpp)
// against nlohmann's parser as an independent oracle, on arbitrary bytes.
// Checked properties, beyond "no crash, no leak, no UB":
//   * on valid UTF-8 both accept or both refuse (the reader also accepts other bytes inside
//     strings, and a \u escape of half a surrogate pair, as U+FFFD, on purpose: the core
//     cleans them, and a line is not lost for one broken character; likewise a number too
//     large for a double, which nlohmann refuses);
//   * when both accept, the values agree: kinds, strings (escapes undone), numbers, booleans,
//     array lengths and elements, and every member of an object by its key (when no key repeats:
//     nlohmann keeps the last of equal keys, the reader finds the first).
// Nesting deeper than the reader's limit (256) is left out: nlohmann has no limit.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

#include "json_view.hpp"
#include "fuzz_support.hpp"
#include "text.hpp"

namespace {

using nlohmann::json;

bool same(np::jv::Value v, const json& j) {
    switch (v.kind()) {
        case np::jv::Kind::Null: return j.is_null();
        case np::jv::Kind::True: return j.is_boolean() && j.get<bool>();
        case np::jv::Kind::False: return j.is_boolean() && !j.get<bool>();
        case np::jv::Kind::String: return j.is_string() && v.str() == j.get<std::string>();
        case np::jv::Kind::Number: {
            if (!j.is_number()) return false;
            double a = v.number(), b = j.get<double>();
            if (std::isinf(a) || std::isinf(b)) return true;  // out of range: both give up
            return a == b || std::fabs(a - b) <= 1e-9 * std::fabs(b);  // big integers: one rounding
        }
        case np::jv::Kind::Array: {
            if (!j.is_array() || v.size() != j.size()) return false;
            size_t i = 0;
            for (np::jv::Value c : v)
                if (!same(c, j[i++])) return false;
            return true;
        }
        case np::jv::Kind::Object: {
            if (!j.is_object()) return false;
            std::set<std::string> keys;
            for (np::jv::Value c : v)
                keys.insert(c.key().find('\\') == std::string_view::npos ? std::string(c.key()) : std::string());
            if (keys.size() != v.size()) return true;  // a repeated (or escaped) key: not compared
            if (j.size() != v.size()) return false;
            for (auto it = j.begin(); it != j.end(); ++it) {
                np::jv::Value c = v.find(it.key());
                if (!c || !same(c, it.value())) return false;
            }
            return true;
        }
    }
    return false;
}

int hex4(std::string_view s, size_t i) {
    if (i + 4 > s.size()) return -1;
    int v = 0;
    for (size_t k = i; k < i + 4; ++k) {
        char c = s[k];
        int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

// A \u escape of a surrogate that is not half of a pair (\ud800 alone, \udc00 first).
bool lone_surrogate(std::string_view s) {
    for (size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] != '\\') continue;
        if (s[i + 1] != 'u') {
            ++i;  // \\ and the other escapes
            continue;
        }
        int u = hex4(s, i + 2);
        if (u >= 0xDC00 && u < 0xE000) return true;
        if (u >= 0xD800 && u < 0xDC00) {
            int lo = i + 7 < s.size() && s[i + 6] == '\\' && s[i + 7] == 'u' ? hex4(s, i + 8) : -1;
            if (lo < 0xDC00 || lo >= 0xE000) return true;
            i += 11;
        }
    }
    return false;
}

// A number too large for a double (nlohmann refuses the document; the reader keeps the
// number's text, raw(), and number() is infinite).
bool has_infinite(np::jv::Value v) {
    if (v.is_number()) return std::isinf(v.number());
    for (np::jv::Value c : v)
        if (has_infinite(c)) return true;
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    int depth = 0, deepest = 0;
    for (char c : in) {
        if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
        else if (c == ']' || c == '}') --depth;
    }
    if (deepest > 200) return 0;
    np::jv::Doc doc;
    const bool ours = doc.parse(in.data(), in.size());
    json j = json::parse(in.begin(), in.end(), nullptr, false);
    const bool theirs = !j.is_discarded();
    // (nlohmann also takes a NUL byte for the end of the input: "0\0" is a number to it.)
    const bool comparable = np::fuzz::valid_utf8(in) && !lone_surrogate(in) && in.find('\0') == std::string_view::npos;
    if (comparable && ours != theirs && !(ours && has_infinite(doc.root()))) __builtin_trap();
    if (ours && theirs && !same(doc.root(), j)) __builtin_trap();
    return 0;
}
