// assets.cpp — locating and reading the core's data files for the CLI.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "commands.hpp"

namespace np::cli {

std::string assets_dir() {
    if (const char* env = std::getenv("NEWSPRISM_ASSETS"); env && *env) return env;
    return NEWSPRISM_ASSETS_DIR;
}

bool read_file(const std::string& path, std::string& out, std::string& error) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = path + ": " + std::strerror(errno);
        return false;
    }
    out.clear();
    char buf[1 << 16];
    size_t n;
    errno = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    const bool bad = std::ferror(f);
    const int why = errno;  // EISDIR for a folder: fopen opens one, the first read fails
    std::fclose(f);
    if (bad) {
        error = path + ": " + (why == EISDIR ? std::string("is a folder, not a file")
                                             : why ? std::string(std::strerror(why)) : std::string("read error"));
        return false;
    }
    return true;
}

bool read_assets(const std::string& given, Resources& res, std::string& error) {
    namespace fs = std::filesystem;
    const std::string dir = given.empty() ? assets_dir() : given;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        // Why the source: "set NEWSPRISM_ASSETS" misleads someone who gave --assets, or who
        // set the variable already.
        const char* env = std::getenv("NEWSPRISM_ASSETS");
        error = dir + ": assets folder not found (" +
                (!given.empty()   ? "given with --assets"
                 : env && *env    ? "named by NEWSPRISM_ASSETS"
                                  : "the build's default: set NEWSPRISM_ASSETS to the folder of the core's data files") +
                ")";
        return false;
    }
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        if (!e.is_regular_file()) continue;
        std::string name = e.path().filename().string();
        if (name == "README.md" || name.rfind("sample", 0) == 0) continue;
        std::string data, err;
        if (!read_file(e.path().string(), data, err)) {
            error = err;
            return false;
        }
        res.files[name] = std::move(data);
    }
    return true;
}

}  // namespace np::cli
