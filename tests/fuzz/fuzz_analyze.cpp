// fuzz_analyze.cpp — libFuzzer target: analyze() on arbitrary bytes, with the project's
// models, must never crash, hang or read out of bounds, and its JSON must serialize.
#include <cstdint>
#include <cstdio>
#include <filesystem>
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
    for (const auto& d : a.documents)
        for (const auto& s : d.segments)
            if (s.start > s.end || s.end > text.size()) __builtin_trap();
    return 0;
}
