// bench_support.hpp — what the native benchmarks share: reading a file, the assets as the CLI
// loads them, and Reuters-21578 bodies from ../shared as a corpus of a given size.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "newsprism.hpp"

namespace np::bench {

inline bool read_file(const std::string& path, std::string& out) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    out.clear();
    std::fseek(f, 0, SEEK_END);
    long n = std::ftell(f);
    std::fseek(f, 0, SEEK_SET);
    if (n > 0) {
        out.resize(size_t(n));
        out.resize(std::fread(out.data(), 1, out.size(), f));
    }
    std::fclose(f);
    return true;
}

// $NEWSPRISM_ASSETS, else the source tree's assets/.
inline std::string assets_dir() {
    if (const char* env = std::getenv("NEWSPRISM_ASSETS"); env && *env) return env;
    return std::string(NEWSPRISM_SOURCE_DIR) + "/assets";
}

// Every asset as the CLI loads them (not README.md, not sample*).
inline Resources all_assets() {
    Resources res;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(assets_dir(), ec)) {
        if (!e.is_regular_file()) continue;
        std::string name = e.path().filename().string();
        if (name == "README.md" || name.rfind("sample", 0) == 0) continue;
        read_file(e.path().string(), res.files[name]);
    }
    return res;
}

// ../shared/data/news/reuters21578-articles.jsonl ($NEWSPRISM_SHARED overrides ../shared).
inline std::string reuters_path() {
    const char* env = std::getenv("NEWSPRISM_SHARED");
    return std::string(env && *env ? env : NEWSPRISM_SHARED_DIR_DEFAULT) + "/data/news/reuters21578-articles.jsonl";
}

// Article bodies from the JSONL until `want_mb` MB (10^6 bytes), starting over at the end of the
// file for sizes above it. `total` gets their bytes.
inline std::vector<std::string> reuters_bodies(const std::string& jsonl, double want_mb, size_t& total) {
    std::vector<std::string> bodies;
    const size_t want = size_t(want_mb * 1e6);
    size_t pos = 0;
    total = 0;
    bool any = false;
    while (pos < jsonl.size() && total < want) {
        size_t eol = jsonl.find('\n', pos);
        if (eol == std::string::npos) eol = jsonl.size();
        auto j = nlohmann::json::parse(jsonl.substr(pos, eol - pos), nullptr, false);
        pos = eol + 1;
        if (!j.is_discarded() && j.contains("body") && j["body"].is_string()) {
            bodies.push_back(j["body"].get<std::string>());
            total += bodies.back().size();
            any = true;
        }
        if (pos >= jsonl.size() && total < want && any) pos = 0;  // wrap around
    }
    return bodies;
}

}  // namespace np::bench
