// worker_main.cpp — the analysis worker's wasm module: the core behind three C functions that
// web/worker_pre.js (this module's message loop, running in a Web Worker) calls.
//
//   np_worker_add_asset(name, data, len) one file of assets/ (the page's script fetched it:
//                                     there is no file system in this module), copied
//   np_worker_init()                  builds the models from the files added -> JSON status
//   np_worker_analyze(input, keep)    {"documents":[{id,title,text,html}]} -> "ok" or null
//   np_worker_add_document(id, title, text, len, html) + np_worker_run(keep, first, last)
//                                     the same without JSON around the texts (the page sends
//                                     them as bytes: no escaping, no decoding of 10 MB)
//   np_worker_parts() / np_worker_parts_size() / np_worker_part_offsets() / np_worker_part_count()
//                                     the last analysis cut into parts (result_parts.hpp): what
//                                     the page hands to the UI and assembles for the hook (parts
//                                     cut during the run have already gone as {type:"parts"})
//   np_worker_texts()                 the texts the last analysis's offsets refer to: null for a
//                                     document analysed as given, the extracted article for HTML
//   np_worker_set_taxonomy(text, len) a user's issue taxonomy replaces assets/issues.json (len < 0:
//                                     back to the built-in one) -> {"ok","error","issues"}; a bad
//                                     one is refused with the loader's message and the models in
//                                     use stay as they were
//
// The strings returned stay valid until the next call. Progress goes straight to the page as
// {type:"progress"} messages from inside the core's Options::progress callback. There is no
// cancel flag to poll: a Web Worker busy in a call cannot read messages, so the page cancels
// by terminating the worker and starting a new one (web/bridge.js).
#include <emscripten.h>

#include <cstring>
#include <string>
#include <vector>

#include "json_view.hpp"
#include "json_writer.hpp"
#include "newsprism.hpp"
#include "result_parts.hpp"
#if __has_include("html_extract.hpp")
#include "html_extract.hpp"
#define NP_WORKER_HAS_HTML 1
#else
#define NP_WORKER_HAS_HTML 0
#endif

namespace {

struct PendingDoc {
    np::InputDocument doc;
    bool html = false;
};

struct WorkerState {
    np::ModelsPtr models;
    np::Resources resources;  // the built-in assets, kept to rebuild the models with a user's taxonomy
    std::vector<PendingDoc> pending;  // np_worker_add_document() until np_worker_run()
    std::string out;    // the last answer, returned by pointer
    std::string texts;  // np_worker_texts()
    np::worker::ResultParts parts;  // np_worker_parts()
    std::string timing;  // np_worker_timing(): ms per step of the last analysis
};

WorkerState& state() {
    static WorkerState s;  // the worker's one long-lived state (this is app code, not core)
    return s;
}

// A member as text: a string, or an integer as written ("id": 7); anything else is "".
std::string str_field(np::jv::Value o, const char* key) {
    np::jv::Value v = o.find(key);
    if (v.is_string()) return v.str();
    if (v.is_number() && v.raw().find_first_of(".eE") == std::string_view::npos) return std::string(v.raw());
    return {};
}

}  // namespace

extern "C" {

// The module has no file system (-sFILESYSTEM=0: Emscripten's file system and its preloaded
// .data package were ~13 KB of the page's gzipped budget): web/worker_pre.js fetches the files
// that dist/assets/files.json lists and hands each over here before np_worker_init().
EMSCRIPTEN_KEEPALIVE void np_worker_add_asset(const char* name, const char* data, int len) {
    if (!name || len < 0 || (len > 0 && !data)) return;
    state().resources.files[name] = std::string(data ? data : "", size_t(len));
}

EMSCRIPTEN_KEEPALIVE const char* np_worker_init() {
    WorkerState& s = state();
    std::string err;
    s.models = np::load_models(s.resources, err);
    s.out.clear();
    {
        np::JsonWriter w(s.out, -1);
        w.begin_object();
        w.key("ok"); w.boolean(s.models != nullptr);
        w.key("message"); w.string(err);
        w.key("assets"); w.begin_array();
        for (const auto& [name, data] : s.resources.files) w.string(name);
        w.end_array();
        w.key("html"); w.boolean(NP_WORKER_HAS_HTML);
        w.key("version"); w.string(np::version());
        w.end_object();
    }
    return s.out.c_str();
}

// Runs the core over the pending documents (HTML ones through the extractor first) and cuts
// the result into parts as it goes: each document is serialized and cut as soon as the core
// hands it over (Options::document_done, in order), and what is cut goes to the page every
// ~50 ms as a {type:"parts"} message (web/worker_pre.js, npStreamParts) while later documents
// are analysed. A share [first, last) (last < 0: to the end) analyses only those documents
// (every one is still cleaned: the cross-document step needs them all) and cuts only theirs:
// the page runs one worker per share and puts their parts together (docs/app.md, "Worker pool").
// At the end state().parts holds the documents' parts not yet sent, then the top's parts
// (begin, top-level items, end; np_worker_timing's "top_parts" says how many).
static const char* run_pending(int keep_all, int first, int last) {
    WorkerState& s = state();
    np::Input input;
    std::string texts = "[";  // np_worker_texts(): per document null, or the text analysed
    std::vector<std::string> text_values;  // per document: its "text" in the doc part
    for (auto& p : s.pending) {
        std::string analysed_text = "null";
#if NP_WORKER_HAS_HTML
        // Files flagged by name, and pasted page source (a paste is plain text to the page).
        if (p.html || np::looks_like_html(p.doc.text)) {
            np::ExtractedArticle art = np::extract_article(p.doc.text);
            if (p.doc.title.empty()) p.doc.title = art.title;
            p.doc.text = std::move(art.text);
            analysed_text.clear();
            np::json_out::append_string(analysed_text, p.doc.text);
        }
#endif
        if (texts.size() > 1) texts += ',';
        texts += analysed_text;
        text_values.push_back(analysed_text == "null" ? std::string() : std::move(analysed_text));
        input.documents.push_back(std::move(p.doc));
    }
    texts += ']';
    s.pending.clear();
    const size_t n = input.documents.size();
    const size_t lo = first < 0 ? 0 : std::min(n, size_t(first));
    const size_t hi = last < 0 ? n : std::min(n, size_t(last));
    np::Options opt;
    opt.keep_all = keep_all != 0;
    opt.models = s.models.get();
    if (lo != 0 || hi != n) opt.analyze_document = [lo, hi](size_t i) { return i >= lo && i < hi; };
    // At most one progress message per 50 ms: the core reports after every document (507 for
    // the 1 MB bench corpus), and each message costs this thread a structured clone and the
    // page's thread a task, for a bar that cannot show more than a few steps a second.
    double last_progress = -1e9;
    opt.progress = [&last_progress](float f) {
        double now = emscripten_get_now();
        if (now - last_progress < 50 && f < 1) return true;
        last_progress = now;
        EM_ASM({ npProgress($0); }, f);
        return true;
    };
    s.parts = np::worker::ResultParts{};
    np::AnalysisJsonStream js(-1);
    std::string top_json = js.text();  // the head: schema, version, "documents":[
    js.text().clear();
    double serialize_ms = 0, cut_ms = 0, last_post = emscripten_get_now();
    opt.release_results = true;  // each document's results are in its parts once handed over
    opt.document_done = [&](const np::Document& d, size_t i) {
        double a0 = emscripten_get_now();
        js.document(d);
        double a1 = emscripten_get_now();
        np::worker::cut_document(s.parts, js.text(), i, i < text_values.size() ? text_values[i] : std::string());
        js.text().clear();
        double a2 = emscripten_get_now();
        serialize_ms += a1 - a0;
        cut_ms += a2 - a1;
        // The page takes what is cut while later documents are analysed (npStreamParts
        // declines outside a request, e.g. the warm-up: the parts then stay for the end).
        if (a2 - last_post >= 50 && !s.parts.bytes.empty() && s.parts.ok &&
            EM_ASM_INT({ return npStreamParts(); }) != 0) {
            s.parts = np::worker::ResultParts{};
            last_post = emscripten_get_now();
        }
    };
    double t0 = emscripten_get_now();
    np::Analysis a = np::analyze(std::move(input), opt);
    input = np::Input{};
    s.texts = std::move(texts);
    double t1 = emscripten_get_now();
    js.finish(a);
    top_json += js.text();  // the analysis without its documents: "documents":[], cross_document
    a = np::Analysis{};
    np::worker::ResultParts top = np::worker::cut_top(top_json, n);
    const size_t top_parts = top.offsets.size() / 2;
    const uint32_t base = uint32_t(s.parts.bytes.size());
    s.parts.bytes += top.bytes;
    for (uint32_t o : top.offsets) s.parts.offsets.push_back(base + o);
    s.parts.ok = s.parts.ok && top.ok;
    double t2 = emscripten_get_now();
    char buf[200];
    std::snprintf(buf, sizeof buf,
                  "{\"analyze\":%.1f,\"to_json\":%.1f,\"cut\":%.1f,\"json_bytes\":%zu,\"top_parts\":%zu}",
                  t1 - t0 - serialize_ms - cut_ms, serialize_ms, cut_ms + (t2 - t1), s.parts.bytes.size(), top_parts);
    s.timing = buf;
    if (!s.parts.ok) return nullptr;
    s.out = "ok";
    return s.out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* np_worker_analyze(const char* input_json, int keep_all) {
    WorkerState& s = state();
    s.pending.clear();
    np::jv::Doc in;
    const char* text = input_json ? input_json : "";
    np::jv::Value docs = in.parse(text, std::strlen(text)) ? in.root().find("documents") : np::jv::Value();
    if (docs.is_array())
        for (np::jv::Value d : docs) {
            if (!d.is_object()) continue;
            PendingDoc p;
            p.doc = np::InputDocument{str_field(d, "id"), str_field(d, "title"), str_field(d, "text")};
            p.html = d.find("html").boolean();
            s.pending.push_back(std::move(p));
        }
    return run_pending(keep_all, 0, -1);
}

EMSCRIPTEN_KEEPALIVE void np_worker_add_document(const char* id, const char* title, const char* text, int len,
                                                 int html) {
    PendingDoc p;
    p.doc.id = id ? id : "";
    p.doc.title = title ? title : "";
    if (text && len > 0) p.doc.text.assign(text, size_t(len));
    p.html = html != 0;
    state().pending.push_back(std::move(p));
}

// Documents [first, last) are analysed (last < 0: to the end); see run_pending.
EMSCRIPTEN_KEEPALIVE const char* np_worker_run(int keep_all, int first, int last) {
    return run_pending(keep_all, first, last);
}

EMSCRIPTEN_KEEPALIVE const char* np_worker_parts() { return state().parts.bytes.data(); }
EMSCRIPTEN_KEEPALIVE double np_worker_parts_size() { return double(state().parts.bytes.size()); }
EMSCRIPTEN_KEEPALIVE const uint32_t* np_worker_part_offsets() { return state().parts.offsets.data(); }
EMSCRIPTEN_KEEPALIVE int np_worker_part_count() { return int(state().parts.offsets.size() / 2); }
// Frees the parts (the page has its copy) and the JSON text.
EMSCRIPTEN_KEEPALIVE void np_worker_release() {
    state().parts = np::worker::ResultParts{};
    std::string().swap(state().out);
}

EMSCRIPTEN_KEEPALIVE const char* np_worker_timing() { return state().timing.c_str(); }

EMSCRIPTEN_KEEPALIVE const char* np_worker_texts() { return state().texts.c_str(); }

// The models are rebuilt from the built-in assets with issues.json replaced, through the same
// loader as the CLI's --taxonomy, so the page reports the same errors (with the JSON path).
EMSCRIPTEN_KEEPALIVE const char* np_worker_set_taxonomy(const char* text, int len) {
    WorkerState& s = state();
    np::Resources res = s.resources;
    if (len >= 0) res.files["issues.json"] = std::string(text ? text : "", text ? size_t(len) : 0);
    std::string err;
    np::ModelsPtr m = np::load_models(res, err);
    s.out.clear();
    np::JsonWriter w(s.out, -1);
    w.begin_object();
    w.key("ok"); w.boolean(m != nullptr);
    w.key("error"); w.string(m ? std::string() : err);
    if (m) {
        s.models = std::move(m);
        // How many issues it defines, for the page's message (the loader accepted it as JSON).
        np::jv::Doc tax;
        const std::string& t = res.files["issues.json"];
        w.key("issues"); w.uint(tax.parse(t.data(), t.size()) ? tax.root().find("issues").size() : 0);
    }
    w.end_object();
    w.flush();
    return s.out.c_str();
}

}  // extern "C"

int main() { return 0; }
