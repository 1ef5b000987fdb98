// cmd_analyze.cpp — `newsprism analyze [OPTIONS] [FILE...]` (minimal; Core I completes it).
#include <cstdio>
#include <iostream>
#include <iterator>

#include "commands.hpp"

namespace np::cli {

int cmd_analyze(const Args& args) {
    Input in;
    for (const auto& a : args) {
        if (a == "--help") {
            std::puts("Usage: newsprism analyze [FILE...]   (no FILE or '-' reads stdin)");
            return 0;
        }
        std::string text, err;
        if (a == "-") {
            text.assign(std::istreambuf_iterator<char>(std::cin), {});
        } else if (!read_file(a, text, err)) {
            std::fprintf(stderr, "newsprism analyze: %s\n", err.c_str());
            return 1;
        }
        in.documents.push_back({a, "", std::move(text)});
    }
    if (args.empty()) {
        std::string text(std::istreambuf_iterator<char>(std::cin), {});
        in.documents.push_back({"-", "", std::move(text)});
    }
    Resources res;
    std::string err;
    if (!read_assets(assets_dir(), res, err)) {
        std::fprintf(stderr, "newsprism analyze: %s\n", err.c_str());
        return 1;
    }
    auto models = load_models(res, err);
    if (!models) {
        std::fprintf(stderr, "newsprism analyze: %s\n", err.c_str());
        return 1;
    }
    Options opt;
    opt.models = models.get();
    std::puts(to_json(analyze(in, opt)).c_str());
    return 0;
}

}  // namespace np::cli
