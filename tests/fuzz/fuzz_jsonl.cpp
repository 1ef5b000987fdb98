// fuzz_jsonl.cpp — libFuzzer target: the --jsonl-input line reader (parse_jsonl_line) on
// arbitrary bytes, split into lines the way `newsprism analyze --jsonl-input` splits them.
// Checked properties, beyond "no crash, no leak, no UB":
//   * a refused line always comes with a reason, an accepted one never does;
//   * an accepted line round-trips: writing its fields back as JSON and reading that
//     gives the same document (bytes that are not UTF-8 included: the reader keeps them);
//   * the accepted documents go through analyze() together, and every offset it returns
//     lies inside the decoded text.
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "formats.hpp"
#include "fuzz_support.hpp"
#include "newsprism.hpp"

// A JSON string for any bytes: quote, backslash and control bytes escaped, the rest as is.
static std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const np::Models* models = np::fuzz::models();
    std::string_view in(reinterpret_cast<const char*>(data), size);
    np::Input input;
    size_t pos = 0;
    while (pos <= in.size()) {
        size_t nl = in.find('\n', pos);
        std::string_view line = in.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? in.size() + 1 : nl + 1;
        np::InputDocument doc;
        std::string err;
        if (!np::parse_jsonl_line(line, doc, err)) {
            if (err.empty()) __builtin_trap();
            continue;
        }
        if (!err.empty()) __builtin_trap();
        // Round trip: the fields written back as JSON strings (bytes that are not UTF-8 are
        // kept as they are: the reader passes them through) read as the same document.
        std::string j = "{\"text\":" + json_string(doc.text) + ",\"title\":" + json_string(doc.title);
        if (!doc.id.empty()) j += ",\"id\":" + json_string(doc.id);
        j += "}";
        np::InputDocument again;
        std::string err2;
        if (!np::parse_jsonl_line(j, again, err2)) __builtin_trap();
        if (again.text != doc.text || again.title != doc.title || again.id != doc.id) __builtin_trap();
        input.documents.push_back(std::move(doc));
        if (input.documents.size() >= 8) break;  // keep one run short
    }
    if (input.documents.empty()) return 0;
    np::Options opt;
    opt.models = models;
    np::Analysis a = np::analyze(input, opt);
    if (a.documents.size() != input.documents.size()) __builtin_trap();
    for (size_t i = 0; i < a.documents.size(); ++i)
        for (const auto& s : a.documents[i].segments)
            if (s.start > s.end || s.end > input.documents[i].text.size()) __builtin_trap();
    if (np::to_json(a).empty()) __builtin_trap();
    return 0;
}
