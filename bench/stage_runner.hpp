// stage_runner.hpp — the pipeline of analyze.cpp, one stage group at a time, with a hook around
// each group so a harness can time it and read its memory high-water mark. Shared by the native
// harness (bench_stages.cpp) and the WebAssembly one (wasm/bench_wasm.cpp), so both measure the
// same thing. It calls the stage functions of src/core/stages.hpp directly: per-stage numbers
// exist whatever each stage does inside.
//
// Keep the order in step with np::analyze() (src/core/analyze.cpp).
#pragma once
#include <chrono>
#include <ctime>
#include <cstdint>
#include <string>
#include <vector>

#include "newsprism.hpp"
#include "stages.hpp"

namespace np::bench {

// The groups reported by the benchmark (one row each in the table).
enum Stage { kNormalizeSegment, kDedup, kEntities, kSummary, kJson, kStageCount };
inline const char* stage_name(int s) {
    static const char* const names[] = {"normalize+segment", "dedup", "entities",
                                        "measures+issues+quotes+summary", "json"};
    return names[s];
}
inline const char* stage_key(int s) {
    static const char* const keys[] = {"normalize_segment", "dedup", "entities", "summary", "json"};
    return keys[s];
}

inline double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// CPU time of this process (ms): on a shared machine it moves much less than wall time when
// other jobs take the cores. Emscripten has no process clock; there it is wall time.
inline double cpu_ms() {
#if defined(CLOCK_PROCESS_CPUTIME_ID) && !defined(__EMSCRIPTEN__)
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#else
    return now_ms();
#endif
}

// Splits a corpus file's text into pastes (bench/corpus.mjs writes them separated by "\n\f\n").
inline std::vector<std::string> split_pastes(const std::string& all) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at <= all.size()) {
        size_t sep = all.find("\n\f\n", at);
        if (sep == std::string::npos) sep = all.size();
        if (sep > at) out.emplace_back(all, at, sep - at);
        at = sep + 3;
    }
    return out;
}

struct StageHooks {
    virtual ~StageHooks() = default;
    virtual void begin(int stage) {}
    virtual void end(int stage) {}
};

// Runs every stage over `docs` (text/id already set, nothing else) as analyze() would, then
// serializes the result like the CLI. Returns the JSON size in bytes (kept so the work is used).
inline size_t run_stages(std::vector<Document>& docs, const Models* models, StageHooks& hooks,
                         bool keep_all = false) {
    hooks.begin(kNormalizeSegment);
    for (auto& d : docs) {
        normalize(d);
        segment(d);
    }
    hooks.end(kNormalizeSegment);

    Analysis a;
    hooks.begin(kDedup);
    dedup(docs, a.cross_document);
    hooks.end(kDedup);

    for (auto& d : docs) {
        d.analysed.resize(d.segments.size());
        for (size_t s = 0; s < d.segments.size(); ++s) d.analysed[s] = keep_all || d.segments[s].kept();
    }
    hooks.begin(kEntities);
    {
        EntityScratchPtr scratch = make_entity_scratch();  // as analyze() gives each thread one
        for (auto& d : docs) find_entities(d, models, scratch.get());
    }
    hooks.end(kEntities);

    hooks.begin(kSummary);
    // One shared view for the four, as analyze() runs them (find_measures() and the others
    // alone each build their own view: timing them one by one would count that work 4 times).
    {
        SummaryScratchPtr scratch = make_summary_scratch();  // as analyze() gives each thread one
        for (auto& d : docs) summarize_document(d, models, scratch.get());
    }
    hooks.end(kSummary);

    hooks.begin(kJson);
    a.documents = std::move(docs);
    size_t bytes = to_json(a, -1).size();
    docs = std::move(a.documents);
    hooks.end(kJson);
    return bytes;
}

// Documents for run_stages, one per paste (copies: the pastes stay for the next repeat).
inline std::vector<Document> make_documents(const std::vector<std::string>& pastes) {
    std::vector<Document> docs(pastes.size());
    for (size_t i = 0; i < pastes.size(); ++i) {
        docs[i].id = "paste" + std::to_string(i + 1);
        docs[i].text = pastes[i];
    }
    return docs;
}

}  // namespace np::bench
