// bench_clean.cpp — throughput and peak memory of normalize + segment + dedup (not a test).
//
//   ./build/native/bench_clean            runs 1, 10 and 100 MB, each in its own child process
//                                         (peak RSS is monotonic), and prints a table
//   ./build/native/bench_clean --size N   one run of N MB, one result line
//
// Input: news-like pastes built from the Reuters-21578 bodies in
// ../shared/data/news/reuters21578-articles.jsonl (skipped with a message when absent):
// title line + body, every 5th paste followed by a repeat of its first half (a repeated
// block), every 4th followed by a related-links list (a marker line and 5 titles of other
// articles). Pastes are joined into ONE document of the requested size: the worst case for
// linear time and memory.
//
// Throughput is input MB per second of this process's CPU time (std::clock): the machine is
// shared, so wall time (also printed) includes waiting for a core.
// Memory is reported as the process's peak resident set (VmHWM) divided by the input size,
// and as the growth over the resident set just before the stages ran (input already loaded).
// Targets (guide): >= 100 MB/s, peak <= 3x input, 100 MB within 10x the time of 10 MB.
#include <malloc.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "stages.hpp"

namespace {

std::string shared_dir() {
    const char* env = std::getenv("NEWSPRISM_SHARED");
    return env && *env ? env : NEWSPRISM_SHARED_DIR_DEFAULT;
}

// kB value of a /proc/self/status field.
long status_kb(const char* field) {
    std::ifstream f("/proc/self/status");
    std::string line;
    size_t n = std::strlen(field);
    while (std::getline(f, line))
        if (line.compare(0, n, field) == 0) return std::atol(line.c_str() + n + 1);
    return -1;
}

bool build_text(size_t bytes, std::string& out) {
    std::ifstream in(shared_dir() + "/data/news/reuters21578-articles.jsonl");
    if (!in) return false;
    struct Art { std::string title, body; };
    std::vector<Art> arts;
    std::string line;
    while (std::getline(in, line)) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object()) continue;
        auto b = j.find("body");
        auto t = j.find("title");
        if (b == j.end() || !b->is_string() || t == j.end() || !t->is_string()) continue;
        std::string body = b->get<std::string>();
        if (body.size() < 400) continue;
        arts.push_back({t->get<std::string>(), std::move(body)});
    }
    if (arts.empty()) return false;
    out.reserve(bytes + (1 << 20));
    size_t k = 0;
    while (out.size() < bytes) {
        const Art& a = arts[k % arts.size()];
        out += a.title + "\n\n" + a.body + "\n\n";
        if (k % 5 == 0) out += a.body.substr(0, a.body.size() / 2) + "\n\n";
        if (k % 4 == 0) {
            out += "Related stories\n\n";
            for (size_t r = 1; r <= 5; ++r) out += arts[(k * 7 + r * 13) % arts.size()].title + "\n\n";
        }
        ++k;
    }
    out.resize(bytes);
    return true;
}

int run_one(size_t mb) {
    std::string text;
    if (!build_text(mb << 20, text)) {
        std::printf("skipped: %s/data/news absent\n", shared_dir().c_str());
        return 0;
    }
    malloc_trim(0);
    long before_kb = status_kb("VmRSS:");
    np::Document d;
    d.text = std::move(text);
    std::vector<np::Document> docs;
    docs.push_back(std::move(d));
    std::vector<np::CrossDocumentDuplicate> cross;
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    np::normalize(docs[0]);
    auto ta = std::chrono::steady_clock::now();
    np::segment(docs[0]);
    auto tb = std::chrono::steady_clock::now();
    np::dedup(docs, cross);
    std::clock_t c1 = std::clock();
    auto t1 = std::chrono::steady_clock::now();
    double cpu = double(c1 - c0) / CLOCKS_PER_SEC;
    auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    double sec = std::chrono::duration<double>(t1 - t0).count();
    long peak_kb = status_kb("VmHWM:");
    double in_mb = double(docs[0].text.size()) / double(1 << 20);
    size_t dup = 0, bp = 0;
    for (const auto& s : docs[0].segments) {
        dup += s.status == np::SegmentStatus::duplicate;
        bp += s.status == np::SegmentStatus::boilerplate;
    }
    std::printf("%6zu MB %7.3f s cpu %7.3f s wall %8.1f MB/s  peak %7.1f MB = %4.2fx input  growth %4.2fx  "
                "[normalize %.0f ms, segment %.0f ms, dedup %.0f ms] segments %zu (dup %zu, boilerplate %zu) tokens %zu\n",
                mb, cpu, sec, in_mb / cpu, peak_kb / 1024.0, peak_kb / 1024.0 / in_mb,
                (peak_kb - before_kb) / 1024.0 / in_mb, ms(t0, ta), ms(ta, tb), ms(tb, t1), docs[0].segments.size(), dup, bp, docs[0].tokens.size());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--size") == 0) return run_one(size_t(std::atol(argv[2])));
    std::printf("normalize + segment + dedup, one document of news-like text (Reuters-21578 pastes)\n");
    std::printf("  size    CPU time    wall time   throughput (CPU)  peak resident set     details\n");
    for (int mb : {1, 10, 100}) {
        std::string cmd = std::string(argv[0]) + " --size " + std::to_string(mb);
        FILE* p = popen(cmd.c_str(), "r");
        if (!p) return 1;
        char buf[512];
        while (std::fgets(buf, sizeof buf, p)) std::fputs(buf, stdout);
        pclose(p);
    }
    return 0;
}
