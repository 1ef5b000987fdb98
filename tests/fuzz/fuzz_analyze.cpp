// fuzz_analyze.cpp — libFuzzer target: analyze() on arbitrary bytes, with the project's
// models, must never crash, hang or read out of bounds, and its JSON must serialize to valid
// JSON that parses back (pretty and compact alike, to the same value; the JSONL line too).
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "newsprism.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const np::Models* models = np::fuzz::models();
    np::Options opt;
    opt.models = models;
    opt.keep_all = size % 2 == 1;  // exercise both views
    std::string text(reinterpret_cast<const char*>(data), size);
    np::Analysis a = np::analyze(np::Input{{{"fuzz", "", text}}}, opt);
    std::string json = np::to_json(a);
    if (json.empty()) __builtin_trap();
    // The writer escapes by hand (json_writer.cpp): whatever the bytes, the output must parse.
    auto pretty = nlohmann::json::parse(json, nullptr, false);
    auto compact = nlohmann::json::parse(np::to_json(a, -1), nullptr, false);
    if (pretty.is_discarded() || compact.is_discarded() || pretty != compact) __builtin_trap();
    const auto& docs = pretty["documents"];
    if (!docs.is_array() || docs.size() != a.documents.size()) __builtin_trap();
    for (const auto& d : a.documents) {
        auto line = nlohmann::json::parse(np::to_json_line(d, a), nullptr, false);
        if (line.is_discarded() || !line["clean_text"].is_string()) __builtin_trap();
    }
    for (const auto& d : a.documents)
        for (const auto& s : d.segments)
            if (s.start > s.end || s.end > text.size()) __builtin_trap();
    return 0;
}
