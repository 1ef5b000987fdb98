// bench_stages.cpp — the native benchmark harness: throughput and peak memory of each stage
// group and of the whole pipeline (np::analyze) on one corpus file. bench/run.sh runs it once
// per size and mode, each in its own process, so peak memory is that run's alone.
//
//   bench_stages stages   FILE [--repeat N] [--max-seconds S] [--keep-all]   per stage group (stage_runner.hpp)
//   bench_stages pipeline FILE [--repeat N] [--max-seconds S] [--keep-all] [--threads T] [--stream]
//                                             np::analyze() as the app calls it; T > 1 (or 0: one per
//                                             core) analyses documents in parallel (Options::threads),
//                                             as the CLI does: then wall time is the figure, CPU time
//                                             adds up the threads
//
// --max-seconds: no further repeat starts once S seconds have gone (at least one run), so the
// 100 MB runs stay bounded while the stages are slow; "repeat" in the output is the runs done.
//
// FILE is a corpus from bench/corpus.mjs: pastes separated by "\n\f\n", one document each.
// Prints one JSON object on stdout. Times are the best of N repeats (default 3), wall clock and
// process CPU time (cpu_ms: on a shared machine the steadier of the two); memory is the
// high-water mark (VmHWM, /proc/self/status) of each stage, reset before the stage through
// /proc/self/clear_refs ("5"), so a stage's peak is not hidden by an earlier one's. The ratio
// reported is (peak - baseline) / input bytes, where baseline is the resident size with the
// models loaded and before the input is read: the input's own copy is part of the peak.
// Pipeline mode takes its baseline after one warm-up analysis of a small made-up document
// with the same options: the program's code pages, its constant tables and the threads' stacks
// and malloc arenas become resident on first use (~0.8-1.2 MB whatever the input), and they are
// the program's size, not memory spent on the input.
//
// Index
//   1. Process memory (/proc/self)
//   2. Models from assets/ (what the CLI loads)
//   3. Modes: stages, pipeline
//   4. main
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "parallel.hpp"
#include "stage_runner.hpp"

namespace {

using namespace np;
using namespace np::bench;

// ---- 1. Process memory ------------------------------------------------------------------
// "VmHWM:  12345 kB" -> bytes; 0 when /proc is not there.
size_t status_field(const char* key) {
    FILE* f = std::fopen("/proc/self/status", "r");
    if (!f) return 0;
    char line[256];
    size_t kb = 0, klen = std::strlen(key);
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, key, klen) == 0 && line[klen] == ':') {
            kb = std::strtoull(line + klen + 1, nullptr, 10);
            break;
        }
    }
    std::fclose(f);
    return kb * 1024;
}
size_t rss() { return status_field("VmRSS"); }
size_t hwm() { return status_field("VmHWM"); }

// Resets VmHWM to the current RSS (Linux >= 4.0). Returns false when not allowed.
bool reset_hwm() {
    FILE* f = std::fopen("/proc/self/clear_refs", "w");
    if (!f) return false;
    bool ok = std::fputs("5", f) >= 0;
    ok = std::fclose(f) == 0 && ok;
    return ok;
}


// ---- 2. Models ----------------------------------------------------------------------------
ModelsPtr load_assets(std::string& warnings) { return load_models(np::bench::all_assets(), warnings); }

// ---- 3. Modes ------------------------------------------------------------------------------
struct StageResult {
    double best_ms = 1e300;
    double best_cpu_ms = 1e300;  // CPU time of the same stage (best of the repeats)
    size_t peak = 0;   // VmHWM during the stage (bytes)
};

struct Timing : StageHooks {
    StageResult r[kStageCount];
    bool first = true;      // memory is read on the first repeat only (later ones reuse the heap)
    bool hwm_reset = false;
    double t0 = 0, c0 = 0;
    void begin(int) override {
        if (first) hwm_reset = reset_hwm();
        c0 = cpu_ms();
        t0 = now_ms();
    }
    void end(int s) override {
        double ms = now_ms() - t0;
        r[s].best_ms = std::min(r[s].best_ms, ms);
        r[s].best_cpu_ms = std::min(r[s].best_cpu_ms, cpu_ms() - c0);
        if (first) r[s].peak = hwm();
    }
};

void print_common(const char* mode, const std::string& file, size_t bytes, size_t docs, int repeat,
                  size_t baseline, bool hwm_reset) {
    std::printf("{\"mode\":\"%s\",\"file\":\"%s\",\"bytes\":%zu,\"documents\":%zu,\"repeat\":%d,"
                "\"baseline_rss\":%zu,\"hwm_reset\":%s,",
                mode, file.c_str(), bytes, docs, repeat, baseline, hwm_reset ? "true" : "false");
}

void print_stage(const char* key, double ms, double cpu, size_t peak, size_t baseline, size_t bytes, bool comma) {
    double mbps = ms > 0 ? double(bytes) / 1e6 / (ms / 1e3) : 0;
    double cpu_mbps = cpu > 0 ? double(bytes) / 1e6 / (cpu / 1e3) : 0;
    double ratio = peak > baseline ? double(peak - baseline) / double(bytes ? bytes : 1) : 0;
    std::printf("\"%s\":{\"ms\":%.3f,\"mb_s\":%.3f,\"cpu_ms\":%.3f,\"cpu_mb_s\":%.3f,\"peak_rss\":%zu,"
                "\"peak_ratio\":%.3f}%s",
                key, ms, mbps, cpu, cpu_mbps, peak, ratio, comma ? "," : "");
}

int run_stages_mode(const std::string& file, const Models* models, int repeat, double max_ms, bool keep_all) {
    size_t baseline = rss();
    std::vector<std::string> pastes;
    size_t bytes = 0;
    {
        std::string all;
        if (!np::bench::read_file(file, all)) { std::fprintf(stderr, "bench_stages: cannot read %s\n", file.c_str()); return 1; }
        pastes = split_pastes(all);
        for (auto& p : pastes) bytes += p.size();
    }
    Timing t;
    size_t json_bytes = 0;
    double total_best = 1e300;
    const double start = now_ms();
    int done = 0;
    for (int i = 0; i < repeat && (i == 0 || now_ms() - start < max_ms); ++i, ++done) {
        std::vector<Document> docs = make_documents(pastes);
        double t0 = now_ms();
        json_bytes = run_stages(docs, models, t, keep_all);
        total_best = std::min(total_best, now_ms() - t0);
        t.first = false;
    }
    print_common("stages", file, bytes, pastes.size(), done, baseline, t.hwm_reset);
    std::printf("\"json_bytes\":%zu,\"stages\":{", json_bytes);
    for (int s = 0; s < kStageCount; ++s)
        print_stage(stage_key(s), t.r[s].best_ms, t.r[s].best_cpu_ms, t.r[s].peak, baseline, bytes, s + 1 < kStageCount);
    std::printf("},\"sum_ms\":%.3f}\n", total_best);
    return 0;
}

int run_pipeline_mode(const std::string& file, const Models* models, int repeat, double max_ms, bool keep_all,
                      unsigned threads, bool stream) {
    {
        Options warm;
        warm.models = models;
        warm.threads = threads;
        Input in;
        for (int i = 0; i < 4; ++i)
            in.documents.push_back({"warm-up", "", "Trade talks resumed in Geneva on Monday, officials said.\n\n"
                                    "The United States raised tariffs on steel by 25% on March 3, 2025, "
                                    "the Commerce Department said in a statement."});
        Analysis a = analyze(std::move(in), warm);
        (void)to_json(a);
    }
    size_t baseline = rss();
    // The input is read afresh for every run (not timed) and moved into analyze(), as the CLI
    // does: a copy kept here for the next run would count in the peak as a second input.
    size_t bytes = 0, documents = 0;
    auto read_input = [&](Input& in) {
        std::string all;
        if (!np::bench::read_file(file, all)) return false;
        std::vector<std::string> pastes = split_pastes(all);
        all = std::string();
        in.documents.resize(pastes.size());
        bytes = 0;
        for (size_t i = 0; i < pastes.size(); ++i) {
            bytes += pastes[i].size();
            in.documents[i].id = "paste" + std::to_string(i + 1);
            in.documents[i].text = std::move(pastes[i]);
        }
        documents = pastes.size();
        return true;
    };
    Options opt;
    opt.models = models;
    opt.keep_all = keep_all;
    opt.threads = threads;
    // --stream: what `newsprism analyze --format json FILE...` does. Each document's JSON is
    // written as soon as it and the ones before it are done (here into a buffer that is then
    // dropped, as a pipe would take it), and its results are freed.
    size_t json_bytes = 0, streamed_entities = 0;
    std::unique_ptr<AnalysisJsonStream> js;
    if (stream) {
        opt.release_results = true;
        opt.document_done = [&](const Document& d, size_t) {
            js->document(d);
            streamed_entities += d.entities.size();  // freed after this call
            json_bytes += js->text().size();
            js->text().clear();
        };
    }
    double best = 1e300, best_cpu = 1e300;
    size_t peak = 0, segments = 0, entities = 0;
    bool hwm_reset = false;
    const double start = now_ms();
    int done = 0;
    for (int i = 0; i < repeat && (i == 0 || now_ms() - start < max_ms); ++i, ++done) {
        Input in;
        if (!read_input(in)) { std::fprintf(stderr, "bench_stages: cannot read %s\n", file.c_str()); return 1; }
        if (i == 0) hwm_reset = reset_hwm();
        double c0 = cpu_ms(), t0 = now_ms();
        json_bytes = 0;
        streamed_entities = 0;
        if (stream) js = std::make_unique<AnalysisJsonStream>(2);
        Analysis a = analyze(std::move(in), opt);
        if (stream) {
            js->finish(a);
            json_bytes += js->text().size();
            js.reset();
        }
        best = std::min(best, now_ms() - t0);
        best_cpu = std::min(best_cpu, cpu_ms() - c0);
        if (i == 0) {
            peak = hwm();
            for (const auto& d : a.documents) { segments += d.segments.size(); entities += d.entities.size(); }
            entities += streamed_entities;
        }
    }
    print_common("pipeline", file, bytes, documents, done, baseline, hwm_reset);
    std::printf("\"threads\":%u,\"stream\":%s,\"json_bytes\":%zu,\"segments\":%zu,\"entities\":%zu,",
                thread_count(threads, documents), stream ? "true" : "false", json_bytes, segments, entities);
    print_stage("pipeline", best, best_cpu, peak, baseline, bytes, false);
    std::printf("}\n");
    return 0;
}

}  // namespace

// ---- 4. main --------------------------------------------------------------------------------
int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_stages stages|pipeline FILE [--repeat N] [--max-seconds S] [--keep-all] [--threads T] [--stream]\n");
        return 2;
    }
    std::string mode = argv[1], file = argv[2];
    int repeat = 3;
    double max_ms = 1e300;
    bool keep_all = false;
    unsigned threads = 1;
    bool stream = false;
    for (int i = 3; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
        else if (a == "--max-seconds" && i + 1 < argc) max_ms = 1000.0 * std::atof(argv[++i]);
        else if (a == "--keep-all") keep_all = true;
        else if (a == "--threads" && i + 1 < argc) threads = unsigned(std::max(0, std::atoi(argv[++i])));
        else if (a == "--stream") stream = true;
        else { std::fprintf(stderr, "bench_stages: unknown argument %s\n", a.c_str()); return 2; }
    }
    std::string warnings;
    ModelsPtr models = load_assets(warnings);
    if (!models) {
        std::fprintf(stderr, "bench_stages: models failed to load: %s\n", warnings.c_str());
        return 1;
    }
    if (mode == "stages") return run_stages_mode(file, models.get(), repeat, max_ms, keep_all);
    if (mode == "pipeline") return run_pipeline_mode(file, models.get(), repeat, max_ms, keep_all, threads, stream);
    std::fprintf(stderr, "bench_stages: unknown mode %s\n", mode.c_str());
    return 2;
}
