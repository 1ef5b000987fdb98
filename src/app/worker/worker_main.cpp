// worker_main.cpp — the analysis worker's wasm module: the core behind three C functions that
// web/worker_pre.js (this module's message loop, running in a Web Worker) calls.
//
//   np_worker_init()                  reads /assets once (the preloaded models) -> JSON status
//   np_worker_analyze(input, keep)    {"documents":[{id,title,text,html}]} -> analysis JSON
//   np_worker_texts()                 the texts the last analysis's offsets refer to: null for a
//                                     document analysed as given, the extracted article for HTML
//
// The strings returned stay valid until the next call. Progress goes straight to the page as
// {type:"progress"} messages from inside the core's Options::progress callback. There is no
// cancel flag to poll: a Web Worker busy in a call cannot read messages, so the page cancels
// by terminating the worker and starting a new one (web/bridge.js).
#include <dirent.h>
#include <emscripten.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsprism.hpp"
#if __has_include("html_extract.hpp")
#include "html_extract.hpp"
#define NP_WORKER_HAS_HTML 1
#else
#define NP_WORKER_HAS_HTML 0
#endif

namespace {

using nlohmann::json;

struct WorkerState {
    np::ModelsPtr models;
    std::string out;    // the last answer, returned by pointer
    std::string texts;  // np_worker_texts()
};

WorkerState& state() {
    static WorkerState s;  // the worker's one long-lived state (this is app code, not core)
    return s;
}

bool read_whole(const std::string& path, std::string& out) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    char buf[1 << 16];
    size_t n;
    out.clear();
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    std::fclose(f);
    return true;
}

std::string str_field(const json& o, const char* key) {
    auto it = o.find(key);
    if (it == o.end()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
    return {};
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* np_worker_init() {
    WorkerState& s = state();
    np::Resources res;
    json names = json::array();
    if (DIR* d = opendir("/assets")) {
        while (dirent* e = readdir(d)) {
            std::string name = e->d_name;
            if (name == "." || name == ".." || name == "README.md" || name.rfind("sample", 0) == 0) continue;
            std::string data;
            if (read_whole("/assets/" + name, data)) {
                names.push_back(name);
                res.files[name] = std::move(data);
            }
        }
        closedir(d);
    }
    std::string err;
    s.models = np::load_models(res, err);
    json o;
    o["ok"] = s.models != nullptr;
    o["message"] = err;
    o["assets"] = names;
    o["html"] = bool(NP_WORKER_HAS_HTML);
    o["version"] = np::version();
    s.out = o.dump(-1, ' ', false, json::error_handler_t::replace);
    return s.out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* np_worker_analyze(const char* input_json, int keep_all) {
    WorkerState& s = state();
    json in = json::parse(input_json ? input_json : "", nullptr, false);
    np::Input input;
    json texts = json::array();
    if (!in.is_discarded() && in.is_object() && in.contains("documents") && in["documents"].is_array()) {
        for (const auto& d : in["documents"]) {
            if (!d.is_object()) continue;
            np::InputDocument doc{str_field(d, "id"), str_field(d, "title"), str_field(d, "text")};
            json analysed_text = nullptr;
#if NP_WORKER_HAS_HTML
            auto html = d.find("html");
            if (html != d.end() && html->is_boolean() && html->get<bool>()) {
                np::ExtractedArticle art = np::extract_article(doc.text);
                if (doc.title.empty()) doc.title = art.title;
                doc.text = std::move(art.text);
                analysed_text = doc.text;
            }
#endif
            texts.push_back(std::move(analysed_text));
            input.documents.push_back(std::move(doc));
        }
    }
    np::Options opt;
    opt.keep_all = keep_all != 0;
    opt.models = s.models.get();
    opt.progress = [](float f) {
        EM_ASM({ postMessage({type : 'progress', value : $0}); }, f);
        return true;
    };
    np::Analysis a = np::analyze(input, opt);
    s.texts = texts.dump(-1, ' ', false, json::error_handler_t::replace);
    s.out = np::to_json(a, -1);
    return s.out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* np_worker_texts() { return state().texts.c_str(); }

}  // extern "C"

int main() { return 0; }
