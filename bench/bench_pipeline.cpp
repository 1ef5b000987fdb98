// bench_pipeline.cpp — throughput of the whole pipeline (Core I + II + III) on real news text,
// the share of each summary stage, and the four together over one shared view (not a test).
//   ./build/native/bench_pipeline [MB]   (default 20 MB of Reuters-21578 bodies from ../shared)
// Target: the whole pipeline >= 15 MB/s natively. Documents are analysed one per analyze() call
// (as the CLI's --jsonl-input does), then each stage is timed alone on prepared documents.
// Times are CPU seconds of this process.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "models.hpp"
#include "stages.hpp"

namespace {

// CPU time of this (single-threaded) process: the machine is shared, wall time is noisy.
struct Clock {
    std::clock_t c = std::clock();
    double seconds() const { return double(std::clock() - c) / CLOCKS_PER_SEC; }
};

}  // namespace

int main(int argc, char** argv) {
    double want_mb = argc > 1 ? std::atof(argv[1]) : 20.0;
    const std::string path = np::bench::reuters_path();
    std::string jsonl;
    if (!np::bench::read_file(path, jsonl)) {
        std::printf("bench_pipeline: skipped: %s not found\n", path.c_str());
        return 0;
    }
    std::string err;
    auto models = np::load_models(np::bench::all_assets(), err);
    if (!models) { std::fprintf(stderr, "bench_pipeline: %s\n", err.c_str()); return 1; }

    size_t total = 0;
    std::vector<std::string> bodies = np::bench::reuters_bodies(jsonl, want_mb, total);
    const double mb = double(total) / 1e6;

    // 1. The whole pipeline, one document per analyze() call.
    np::Options opt;
    opt.models = models.get();
    size_t measures = 0, issues = 0, quotes = 0;
    Clock t0;
    for (size_t i = 0; i < bodies.size(); ++i) {
        np::Analysis a = np::analyze(np::Input{{{std::to_string(i), "", bodies[i]}}}, opt);
        for (const auto& d : a.documents) {
            measures += d.measures.size();
            issues += d.issues.size();
            quotes += d.quotes.size();
        }
    }
    double whole = t0.seconds();
    std::printf("pipeline: %zu documents, %.1f MB, %.3f s, %.1f MB/s (measures %zu, issues %zu, quotes %zu)\n",
                bodies.size(), mb, whole, mb / whole, measures, issues, quotes);

    // 2. Each summary stage alone, on documents prepared up to the entity stage.
    std::vector<np::Document> docs(bodies.size());
    for (size_t i = 0; i < bodies.size(); ++i) {
        docs[i].text = bodies[i];
        np::normalize(docs[i]);
        np::segment(docs[i]);
        docs[i].analysed.assign(docs[i].segments.size(), 1);
        np::find_entities(docs[i], models.get());
    }
    struct Stage { const char* name; void (*fn)(np::Document&, const np::Models*); };
    const Stage stages[] = {{"find_measures", np::find_measures}, {"find_quotes", np::find_quotes},
                            {"find_issues", np::find_issues}, {"summarize", np::summarize}};
    double summary_total = 0;
    for (const auto& st : stages) {
        Clock t;
        for (auto& d : docs) st.fn(d, models.get());
        double s = t.seconds();
        summary_total += s;
        std::printf("  %-14s %.3f s  %7.1f MB/s  %4.1f%% of the pipeline\n", st.name, s, mb / s, 100.0 * s / whole);
    }
    std::printf("  summary stages together: %.3f s, %.1f MB/s, %.1f%% of the pipeline\n", summary_total,
                mb / summary_total, 100.0 * summary_total / whole);
    // 3. What analyze() runs: the four stages over one shared view per document.
    {
        Clock t;
        for (auto& d : docs) np::summarize_document(d, models.get());
        double s = t.seconds();
        std::printf("  summarize_document (one view): %.3f s, %.1f MB/s, %.1f%% of the pipeline\n", s, mb / s,
                    100.0 * s / whole);
    }
    return 0;
}
