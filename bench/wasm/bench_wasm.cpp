// bench_wasm.cpp — the benchmark harness compiled to WebAssembly (target newsprism_bench in
// CMakeLists.txt, emscripten only). One module serves Node (bench/wasm/node.mjs) and a page in
// headless Chromium (bench/page.mjs): the JS side hands it resources and documents through
// the C functions below and times the runs itself as well (the numbers must agree).
//
//   bw_add_resource(name, data, len)   one assets/ file (as the CLI reads them)
//   bw_load_models() -> 1 ok / 0 failed
//   bw_add_document(text, len)         one paste (id "pasteN")
//   bw_add_named_document(id, text, len)   one document with the id the CLI would give it
//   bw_clear_documents()
//   bw_run_pipeline() -> ms            np::analyze() over all documents, as the app calls it
//   bw_run_stages() -> double*         ms per stage group (stage_runner.hpp), then JSON bytes
//   bw_last_json_bytes(), bw_heap_top()
//   bw_analysis_json() -> char*         np::to_json() (indent 2, as the CLI prints it) of one
//                                      np::analyze() over all documents (bench/wasm/output.mjs)
//
// Not part of the core: this file may keep state in statics (the core may not).
#include <emscripten/emscripten.h>

#include <stdint.h>
#include <unistd.h>

#include <memory>
#include <string>

#include "../stage_runner.hpp"

namespace {

struct State {
    np::Resources res;
    np::ModelsPtr models;
    np::Input input;
    double stage_ms[np::bench::kStageCount + 1] = {};
    size_t json_bytes = 0;
    size_t segments = 0, entities = 0;
    std::string json;
};

State& state() {
    static State s;
    return s;
}

struct Timer : np::bench::StageHooks {
    double* out;
    double t0 = 0;
    explicit Timer(double* o) : out(o) {}
    void begin(int) override { t0 = np::bench::now_ms(); }
    void end(int s) override { out[s] = np::bench::now_ms() - t0; }
};

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void bw_add_resource(const char* name, const char* data, int len) {
    state().res.files[name].assign(data, size_t(len));
}

EMSCRIPTEN_KEEPALIVE int bw_load_models() {
    std::string err;
    state().models = np::load_models(state().res, err);
    state().res.files.clear();
    return state().models ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void bw_add_document(const char* text, int len) {
    State& s = state();
    np::InputDocument d;
    d.id = "paste" + std::to_string(s.input.documents.size() + 1);
    d.text.assign(text, size_t(len));
    s.input.documents.push_back(std::move(d));
}

EMSCRIPTEN_KEEPALIVE void bw_add_named_document(const char* id, const char* text, int len) {
    np::InputDocument d;
    d.id = id;
    d.text.assign(text, size_t(len));
    state().input.documents.push_back(std::move(d));
}

EMSCRIPTEN_KEEPALIVE void bw_clear_documents() {
    state().input = np::Input{};
}

EMSCRIPTEN_KEEPALIVE double bw_run_pipeline() {
    State& s = state();
    np::Options opt;
    opt.models = s.models.get();
    double t0 = np::bench::now_ms();
    np::Analysis a = np::analyze(s.input, opt);
    double ms = np::bench::now_ms() - t0;
    s.segments = s.entities = 0;
    for (const auto& d : a.documents) { s.segments += d.segments.size(); s.entities += d.entities.size(); }
    return ms;
}

EMSCRIPTEN_KEEPALIVE double* bw_run_stages() {
    State& s = state();
    std::vector<np::Document> docs(s.input.documents.size());
    for (size_t i = 0; i < docs.size(); ++i) {
        docs[i].id = s.input.documents[i].id;
        docs[i].text = s.input.documents[i].text;
    }
    Timer t(s.stage_ms);
    double t0 = np::bench::now_ms();
    s.json_bytes = np::bench::run_stages(docs, s.models.get(), t);
    s.stage_ms[np::bench::kStageCount] = np::bench::now_ms() - t0;
    return s.stage_ms;
}

// The analysis as JSON, to compare a build's output with the native CLI's byte for byte (a
// compiler flag must never change a result). Valid until the next call; length: strlen.
EMSCRIPTEN_KEEPALIVE const char* bw_analysis_json() {
    State& s = state();
    np::Options opt;
    opt.models = s.models.get();
    s.json = np::to_json(np::analyze(s.input, opt));
    return s.json.c_str();
}

// The top of the heap (sbrk): malloc only grows it, so it is the run's peak heap so far.
EMSCRIPTEN_KEEPALIVE double bw_heap_top() { return double(reinterpret_cast<uintptr_t>(sbrk(0))); }

EMSCRIPTEN_KEEPALIVE double bw_last_json_bytes() { return double(state().json_bytes); }
EMSCRIPTEN_KEEPALIVE double bw_last_segments() { return double(state().segments); }
EMSCRIPTEN_KEEPALIVE double bw_last_entities() { return double(state().entities); }

}  // extern "C"
