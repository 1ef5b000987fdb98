// fuzz_support.hpp — loads the project's assets once for a fuzz target; checks UTF-8.
#pragma once
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

#include "newsprism.hpp"
#include "text.hpp"

namespace np::fuzz {

// Every byte of s is part of a valid UTF-8 sequence.
inline bool valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (size_t i = 0; i < s.size();) {
        int len = np::text::utf8_valid_len(p + i, s.size() - i);
        if (len <= 0) return false;
        i += size_t(len);
    }
    return true;
}

inline std::string read_all(const std::string& path) {
    std::string out;
    if (FILE* f = std::fopen(path.c_str(), "rb")) {
        char buf[1 << 16];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
        std::fclose(f);
    }
    return out;
}

inline Resources resources() {
    Resources res;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(NEWSPRISM_SOURCE_DIR "/assets", ec)) {
        std::string name = e.path().filename().string();
        if (!e.is_regular_file() || name == "README.md" || name.rfind("sample", 0) == 0) continue;
        res.files[name] = read_all(e.path().string());
    }
    return res;
}

inline const Models* models() {
    static ModelsPtr m = [] {
        std::string err;
        ModelsPtr p = load_models(resources(), err);
        if (!p) std::fprintf(stderr, "fuzz: models failed to load: %s\n", err.c_str());
        return p;
    }();
    return m.get();
}

}  // namespace np::fuzz
