// cmd_extract.cpp — `newsprism extract [--format json|text] [--no-json-ld-body] FILE...`
//
// Prints the main article of each saved HTML page (a file `-` reads stdin; gzip-compressed
// files, e.g. page.html.gz, are decompressed first).
//   json (default): one JSON object per file {"file","title","byline","date","text"} on its
//                   own line (JSON Lines), so several files stream and concatenate cleanly;
//   text:           the article text; with several files, each is preceded by a line
//                   "==> FILE <==" (like head(1)).
// Exit codes: 0 ok, 1 a file was unreadable or had no article text, 2 usage error.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "../core/html_extract.hpp"
#include "../core/html_gunzip.hpp"
#include "commands.hpp"

namespace np::cli {

static const char* kExtractHelp =
    "Usage: newsprism extract [--format json|text] [--no-json-ld-body] FILE.html...\n"
    "  --format json   one JSON object per file and line: file, title, byline, date, text (default)\n"
    "  --format text   the article text only (several files: '==> FILE <==' headers)\n"
    "  --no-json-ld-body  ignore the page's JSON-LD articleBody (structure only)\n"
    "  FILE '-' reads standard input.\n";

int cmd_extract(const Args& args) {
    std::string format = "json";
    std::vector<std::string> files;
    ExtractOptions opt;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") { std::fputs(kExtractHelp, stdout); return 0; }
        if (a == "--format" && i + 1 < args.size()) { format = args[++i]; continue; }
        if (a.rfind("--format=", 0) == 0) { format = a.substr(9); continue; }
        if (a == "--no-json-ld-body") { opt.use_json_ld_body = false; continue; }
        if (a.size() > 1 && a[0] == '-' && a != "-") {
            std::fprintf(stderr, "newsprism extract: unknown option '%s'\n%s", a.c_str(), kExtractHelp);
            return 2;
        }
        files.push_back(a);
    }
    if (format != "json" && format != "text") {
        std::fprintf(stderr, "newsprism extract: --format must be json or text\n");
        return 2;
    }
    if (files.empty()) { std::fputs(kExtractHelp, stderr); return 2; }
    int rc = 0;
    for (const auto& f : files) {
        std::string html, err;
        if (f == "-") html.assign(std::istreambuf_iterator<char>(std::cin), {});
        else if (!read_file(f, html, err)) {
            std::fprintf(stderr, "newsprism extract: %s\n", err.c_str());
            rc = 1;
            continue;
        }
        if (html::is_gzip(html)) {  // saved pages often come as .html.gz
            std::string plain;
            if (!html::gunzip(html, plain, err)) {
                std::fprintf(stderr, "newsprism extract: %s: %s\n", f.c_str(), err.c_str());
                rc = 1;
                continue;
            }
            html.swap(plain);
        }
        ExtractedArticle a = extract_article(html, opt);
        if (!a.error.empty()) {
            std::fprintf(stderr, "newsprism extract: %s: %s\n", f.c_str(), a.error.c_str());
            rc = 1;
        }
        if (format == "json") {
            nlohmann::json j = {{"file", f}, {"title", a.title}, {"byline", a.byline},
                                {"date", a.date}, {"text", a.text}};
            std::puts(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        } else {
            if (files.size() > 1) std::printf("==> %s <==\n", f.c_str());
            std::fwrite(a.text.data(), 1, a.text.size(), stdout);
            std::fputc('\n', stdout);
        }
    }
    return rc;
}

}  // namespace np::cli
