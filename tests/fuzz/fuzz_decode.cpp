// fuzz_decode.cpp — libFuzzer target: decode_input() on arbitrary bytes never crashes, and
// whatever it accepts goes through analyze() safely.
#include <cstdint>
#include <string>

#include "input_decode.hpp"
#include "newsprism.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string out, err;
    std::string_view in(reinterpret_cast<const char*>(data), size);
    if (np::decode_input(in, out, err)) {
        if (!err.empty()) __builtin_trap();
        np::Analysis a = np::analyze(np::Input{{{"fuzz", "", out}}}, np::Options{});
        if (a.documents.size() != 1) __builtin_trap();
    } else if (err.empty()) {
        __builtin_trap();
    }
    return 0;
}
