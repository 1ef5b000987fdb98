// bench_extract.cpp — extraction throughput in MB/s of HTML (target: >= 50 MB/s natively).
//
// Corpus: the article-extraction benchmark pages in ../shared (decompressed once, before
// timing); without them, the golden pages in tests/html/ repeated. Each round runs
// extract_article() on every page; the best of several rounds is reported, along with the
// parse-only (charset + tokenizer + tree) rate.
//   ./build/native/bench_extract [ROUNDS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "html_charset.hpp"
#include "html_dom.hpp"
#include "html_extract.hpp"
#include "html_gunzip.hpp"

namespace {


std::vector<std::string> load_corpus(std::string& source) {
    std::vector<std::string> pages;
    const char* env = std::getenv("NEWSPRISM_SHARED");
    std::string shared = env && *env ? env : NEWSPRISM_SHARED_DIR_DEFAULT;
    std::string base = shared + "/data/article-extraction";
    std::string ids;
    if (np::bench::read_file(base + "/ids.txt", ids)) {
        size_t pos = 0;
        while (pos < ids.size()) {
            size_t nl = ids.find('\n', pos);
            if (nl == std::string::npos) nl = ids.size();
            std::string id = ids.substr(pos, nl - pos);
            pos = nl + 1;
            if (id.empty()) continue;
            std::string gz, html, err;
            if (np::bench::read_file(base + "/html/" + id + ".html.gz", gz) && np::html::gunzip(gz, html, err))
                pages.push_back(std::move(html));
        }
        source = base;
    }
    if (pages.empty()) {
        source = "tests/html/*.html x 200";
        for (const char* name : {"news_basic", "blog_comments", "legacy_cp1252", "teasers"}) {
            std::string html;
            if (np::bench::read_file(std::string(NEWSPRISM_SOURCE_DIR) + "/tests/html/" + name + ".html", html))
                for (int i = 0; i < 200; ++i) pages.push_back(html);
        }
    }
    return pages;
}

}  // namespace

int main(int argc, char** argv) {
    int rounds = argc > 1 ? std::atoi(argv[1]) : 5;
    if (rounds < 1) rounds = 1;
    std::string source;
    std::vector<std::string> pages = load_corpus(source);
    if (pages.empty()) {
        std::fprintf(stderr, "bench_extract: no pages found\n");
        return 1;
    }
    double bytes = 0;
    for (const auto& p : pages) bytes += double(p.size());
    using clock = std::chrono::steady_clock;
    double best_extract = 1e9, best_parse = 1e9;
    size_t sink = 0;
    for (int r = 0; r < rounds; ++r) {
        auto t0 = clock::now();
        for (const auto& p : pages) sink += np::extract_article(p).text.size();
        auto t1 = clock::now();
        for (const auto& p : pages) sink += np::html::parse_html(np::html::to_utf8(p)).nodes.size();
        auto t2 = clock::now();
        best_extract = std::min(best_extract, std::chrono::duration<double>(t1 - t0).count());
        best_parse = std::min(best_parse, std::chrono::duration<double>(t2 - t1).count());
    }
    double mb = bytes / 1e6;
    std::printf("corpus: %zu pages, %.1f MB (%s)\n", pages.size(), mb, source.c_str());
    std::printf("extract_article: %.1f MB/s (%.2f ms/page)  [target >= 50 MB/s]\n", mb / best_extract,
                1000.0 * best_extract / double(pages.size()));
    std::printf("parse only:      %.1f MB/s\n", mb / best_parse);
    std::printf("(checksum %zu)\n", sink);
    return 0;
}
