// bridge.cpp — the seam between the UI module and the page (web/bridge.js): calls into JS
// (EM_JS), the functions JS calls (np_app_*), and settings/input persistence.
//
// Index
//   1. Calls into the page (EM_JS)
//   2. Persistence: settings and the last input (localStorage, never in Private mode)
//   3. Functions the page calls (exported)
//   4. The layout probe for the JS hook (ui.layout())
#include <emscripten.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <type_traits>

#include "../core/json_view.hpp"
#include "../core/json_writer.hpp"
#include "app.hpp"
#include "bridge.hpp"

using np::JsonWriter;

// One member of a small object, whatever its C++ type (the settings and the probes below).
template <class T>
static void member(JsonWriter& w, std::string_view key, const T& v) {
    w.key(key);
    if constexpr (std::is_same_v<T, bool>) w.boolean(v);
    else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) w.sint(v);
    else if constexpr (std::is_integral_v<T>) w.uint(v);
    else if constexpr (std::is_floating_point_v<T>) w.number(double(v));
    else w.string(v);
}

// ---- 1. Calls into the page -----------------------------------------------------------------------
// Each forwards to window.npBridge (web/bridge.js); strings cross as pointer + length.
EM_JS(void, js_begin_request, (double gen, int keep_all), { npBridge.beginRequest(gen, !!keep_all); });
EM_JS(void, js_add_request_doc, (const char* id, const char* title, const char* text, int len, int html), {
    // Where the text's UTF-8 bytes are: send_request() copies every document's into one buffer
    // for the worker (no decoding on the main thread, one copy, one transfer). The texts stay
    // in place until then (App::input holds them; the request is built in one call).
    npBridge.addRequestDoc(UTF8ToString(id), UTF8ToString(title), text, len, !!html);
});
EM_JS(void, js_send_request, (), { npBridge.sendRequest(); });
EM_JS(char*, js_take_part, (), { return npBridge.takePart(); });
EM_JS(void, js_cancel, (), { npBridge.cancel(); });
EM_JS(void, js_shown, (double gen), { npBridge.shown(gen); });
EM_JS(void, js_action, (const char* what), { npBridge.action(UTF8ToString(what)); });
EM_JS(void, js_clipboard_write, (const char* text), { npBridge.clipboardWrite(UTF8ToString(text)); });
EM_JS(char*, js_storage_get, (const char* key), { return npBridge.storageGet(UTF8ToString(key)); });
EM_JS(int, js_storage_set, (const char* key, const char* value, int len), {
    return npBridge.storageSet(UTF8ToString(key), UTF8ToString(value, len));
});
EM_JS(void, js_storage_clear, (), { npBridge.storageClear(); });
// The input as {"documents":[{id,title,html,text}]}, one document per call, stored by the last
// call: the page decodes and serializes it (native TextDecoder and JSON.stringify: ~3 ms for the
// 1 MB bench corpus). A json tree and dump() here copied the input twice more inside one frame:
// frames of 60-75 ms of UI time showed up about a second after a 1 MB input changed, holding
// back the worker's next result too.
EM_JS(void, js_storage_input_doc, (const char* id, const char* title, const char* text, int len, int html), {
    npBridge.storageInputDoc(UTF8ToString(id), UTF8ToString(title), text, len, !!html);
});
EM_JS(int, js_storage_input_store, (const char* key), { return npBridge.storageInputStore(UTF8ToString(key)); });
EM_JS(double, js_now, (), { return performance.now(); });
EM_JS(void, js_progress_place, (const float* f, const unsigned* c), {
    var F = HEAPF32.subarray(f >> 2, (f >> 2) + 8), C = HEAPU32.subarray(c >> 2, (c >> 2) + 7);
    npBridge.progressPlace({ x: F[0], y: F[1], w: F[2], h: F[3], rounding: F[4], fontPx: F[5], padX: F[6],
                             spacing: F[7], bg: C[0], frame: C[1], fill: C[2], text: C[3], button: C[4],
                             buttonHovered: C[5], buttonActive: C[6] });
});
EM_JS(void, js_progress_set, (int show, const char* label, float value, int cancellable), {
    npBridge.progressSet(!!show, UTF8ToString(label), value, !!cancellable);
});
EM_JS(void, js_progress_hide, (), { npBridge.progressHide(); });

namespace np::ui::bridge {

void begin_request(uint64_t gen, bool keep_all) { js_begin_request(double(gen), keep_all); }
void add_request_doc(const InputDoc& d) {
    static const std::string empty;
    const std::string& t = d.text ? *d.text : empty;
    js_add_request_doc(d.id.c_str(), d.title.c_str(), t.data(), int(t.size()), d.html);
}
void send_request() { js_send_request(); }
char* take_part() { return js_take_part(); }
void cancel() { js_cancel(); }
void shown(uint64_t gen) { js_shown(double(gen)); }
void action(const char* what) { js_action(what); }
void clipboard_write(const char* text) { js_clipboard_write(text); }
double now_ms() { return js_now(); }
void progress_place(const StripLook& l) {
    const float f[8] = {l.x, l.y, l.w, l.h, l.rounding, l.font_px, l.pad_x, l.spacing};
    const unsigned c[7] = {l.bg, l.frame, l.fill, l.text, l.button, l.button_hovered, l.button_active};
    js_progress_place(f, c);
}
void progress_show(const char* label, float value, bool cancellable) { js_progress_set(1, label, value, cancellable); }
void progress_set(const char* label, float value, bool cancellable) { js_progress_set(0, label, value, cancellable); }
void progress_hide() { js_progress_hide(); }

}  // namespace np::ui::bridge

namespace np::ui {

// ---- 2. Persistence ------------------------------------------------------------------------------------
static const char* kSettingsKey = "newsprism.settings";
static const char* kInputKey = "newsprism.input";
// localStorage holds about 5 M UTF-16 characters per origin in current browsers; larger inputs
// are not attempted (and the user is told), smaller ones report a real quota error if it comes.
static const size_t kRememberLimit = 4 * 1024 * 1024;

void save_settings(const App& a) {
    if (a.settings.private_mode) return;
    const Settings& s = a.settings;
    std::string out;
    {
        JsonWriter w(out, -1);
        w.begin_object();
        member(w, "dark", s.dark);
        member(w, "font_size", s.font_size);
        member(w, "keep_all", s.keep_all);
        w.key("panels");
        w.begin_array();
        for (bool p : s.panel) w.boolean(p);
        w.end_array();
        member(w, "left", s.left);
        member(w, "right", s.right);
        member(w, "left_split", s.left_split);
        member(w, "center_split", s.center_split);
        member(w, "right_split", s.right_split);
        w.end_object();
    }
    js_storage_set(kSettingsKey, out.data(), int(out.size()));
}

static float clampf(float v, float lo, float hi) { return v < lo ? lo : v > hi ? hi : v; }

void load_settings(App& a) {
    jv::Doc doc;
    char* raw = js_storage_get(kSettingsKey);
    if (raw) {
        jv::Value j = doc.parse(raw, std::strlen(raw)) ? doc.root() : jv::Value();
        Settings& s = a.settings;
        auto num = [&](const char* k, float def) {
            jv::Value v = j.find(k);
            return v.is_number() ? float(v.number()) : def;
        };
        auto flag = [&](const char* k, bool def) {
            jv::Value v = j.find(k);
            return v.is_boolean() ? v.boolean() : def;
        };
        if (j.is_object()) {
            s.dark = flag("dark", s.dark);
            s.font_size = clampf(num("font_size", s.font_size), 10, 32);
            s.keep_all = flag("keep_all", s.keep_all);
            s.left = clampf(num("left", s.left), 0.1f, 0.5f);
            s.right = clampf(num("right", s.right), 0.1f, 0.5f);
            s.left_split = clampf(num("left_split", s.left_split), 0.1f, 0.9f);
            s.center_split = clampf(num("center_split", s.center_split), 0.1f, 0.9f);
            s.right_split = clampf(num("right_split", s.right_split), 0.1f, 0.9f);
            jv::Value p = j.find("panels");
            if (p.is_array()) {
                size_t i = 0;
                for (jv::Value v : p) {
                    if (i >= size_t(kPanelCount)) break;
                    if (v.is_boolean()) s.panel[i] = v.boolean();
                    ++i;
                }
            }
        }
        std::free(raw);
    }
    // The last input, if one was remembered.
    raw = js_storage_get(kInputKey);
    a.had_saved_input = raw != nullptr;
    if (raw) {
        std::vector<InputDoc> docs;
        jv::Value list = doc.parse(raw, std::strlen(raw)) ? doc.root().find("documents") : jv::Value();
        if (list.is_array())
            for (jv::Value d : list) {
                jv::Value text = d.find("text");
                if (!text.is_string()) continue;
                InputDoc in;
                if (jv::Value id = d.find("id"); id.is_string()) in.id = id.str();
                if (jv::Value title = d.find("title"); title.is_string()) in.title = title.str();
                in.html = d.find("html").boolean();
                in.text = std::make_shared<const std::string>(text.str());
                docs.push_back(std::move(in));
            }
        std::free(raw);
        if (!docs.empty()) set_input(a, std::move(docs), false);
    }
}

void save_input_soon(App& a) {
    a.input_dirty_for_save = true;
    a.input_saved_at = emscripten_get_now();
}

// Writes the input a second after the last change (not on every keystroke). Called in every
// frame, painted or not (main.cpp): the page's clock, not ImGui's (which moves in painted
// frames only).
// Every status line about an input that could not be stored starts with this, so that a later
// input that is stored can take the line back (it stays otherwise: it is an error line, which a
// new result does not clear).
constexpr const char* kNotRemembered = "Input not remembered: ";

void persist_tick(App& a) {
    if (!a.input_dirty_for_save || emscripten_get_now() - a.input_saved_at < 1000.0) return;
    a.input_dirty_for_save = false;
    wake(a);  // a status line below must be painted
    if (a.settings.private_mode) return;
    uint64_t bytes = input_bytes(a);
    if (bytes > kRememberLimit) {
        js_storage_set(kInputKey, "", 0);
        a.status = kNotRemembered + human_bytes(bytes) +
                   " is more than this browser's storage holds (about 4 MB); it stays until you close the page.";
        a.status_error = true;
        return;
    }
    for (const auto& d : a.input)
        js_storage_input_doc(d.id.c_str(), d.title.c_str(), d.text ? d.text->data() : "", d.text ? int(d.text->size()) : 0,
                             d.html ? 1 : 0);
    int rc = js_storage_input_store(kInputKey);
    if (rc != 0) {
        a.status = std::string(kNotRemembered) +
                   (rc == 1 ? "the browser's storage is full (quota exceeded). Nothing was cut; the input stays until you "
                              "close the page."
                            : "this browser does not let the page store it. Nothing was cut; the input stays until you "
                              "close the page.");
        a.status_error = true;
    } else if (a.status.rfind(kNotRemembered, 0) == 0) {  // this input is stored: the old line is wrong now
        a.status.clear();
        a.status_error = false;
    }
}

}  // namespace np::ui

// ---- 3. Functions the page calls ---------------------------------------------------------------------
using namespace np::ui;

extern "C" {

EMSCRIPTEN_KEEPALIVE void np_app_clear_input(int keep_undo) {
    wake(app());
    set_input(app(), {}, keep_undo != 0);
}

// Large texts arrive in slices (web/bridge.js sendText): begin, append..., then a call that
// takes the buffer (text == null below).
EMSCRIPTEN_KEEPALIVE void np_app_text_begin() { app().incoming_text.clear(); }
// With its length: a text may hold U+0000 (a NUL byte), which strlen would cut it at.
EMSCRIPTEN_KEEPALIVE void np_app_text_append(const char* part, int len) {
    if (part && len > 0) app().incoming_text.append(part, size_t(len));
}

static std::shared_ptr<const std::string> take_text(const char* text) {
    if (text) return std::make_shared<const std::string>(text);
    auto t = std::make_shared<const std::string>(std::move(app().incoming_text));
    app().incoming_text = std::string();
    return t;
}

EMSCRIPTEN_KEEPALIVE void np_app_add_document(const char* id, const char* title, const char* text, int html) {
    wake(app());
    InputDoc d;
    d.id = id ? id : "";
    d.title = title ? title : "";
    d.text = take_text(text);
    d.html = html != 0;
    add_documents(app(), {std::move(d)});
}

// Whether the page should show the sample article: a first visit (nothing remembered, not
// even an emptied input) whose input nobody has touched yet.
EMSCRIPTEN_KEEPALIVE int np_app_wants_sample() {
    const App& a = app();
    return !a.had_saved_input && a.input_gen == 0 && a.input.empty() ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE double np_app_analyze_now() {
    wake(app());
    return double(request_analysis(app()));
}

EMSCRIPTEN_KEEPALIVE void np_app_on_result(double gen, double ms) {
    wake(app());
    App& a = app();
    a.incoming_gen = uint64_t(gen);
    a.incoming_ms = ms;
    a.busy = false;
    // The intake gets the same quiet start as the analysis (main.cpp draws no frame in the
    // first 150 ms unless the person does something): a result of a few MB is taken in within
    // it by back-to-back tasks, instead of sharing the thread with software-painted frames of
    // an unchanged screen.
    a.busy_started_ms = emscripten_get_now();
    auto it = a.sent_texts.find(uint64_t(gen));
    std::vector<std::shared_ptr<const std::string>> texts;
    if (it != a.sent_texts.end()) texts = it->second;
    a.builder.start(uint64_t(gen), std::move(texts), ms);
    progress_changed(a);
}

// Result parts between frames, for at most budget_ms (web/bridge.js calls it in short tasks
// while a result is arriving). 1: more parts to take.
EMSCRIPTEN_KEEPALIVE int np_app_take_parts(double budget_ms) {
    App& a = app();
    if (!a.builder.active()) return 0;
    wake(a);
    return take_parts(a, budget_ms) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void np_app_on_progress(double gen, double value) {
    wake(app());
    App& a = app();
    if (uint64_t(gen) != a.requested_gen) return;
    a.busy = true;
    a.progress = float(value);
    progress_changed(a);
}

// code: 0 status line, 1 error line, 2 cancelled, 3 worker ready (text = model warnings),
//       4 notice (a modal message: refused input, ...), 5 analysis started,
//       6 the worker now uses this issue taxonomy (text = its file name, "" = the built-in one):
//         the input is analysed again with it
EMSCRIPTEN_KEEPALIVE void np_app_on_status(double gen, int code, const char* text) {
    wake(app());
    App& a = app();
    std::string t = text ? text : "";
    switch (code) {
        case 0: a.status = t; a.status_error = false; break;
        case 1: a.status = t; a.status_error = true; a.busy = false; break;
        case 2: a.status = "Analysis cancelled. Edit the input or press Analyze to run it again.";
                a.status_error = false; a.busy = false; break;
        case 3: a.worker_note = t; break;
        case 4: a.notice = t; break;
        case 5: a.busy = true; a.progress = 0; a.busy_since = ImGui::GetTime(); a.busy_started_ms = emscripten_get_now(); break;
        case 6: a.taxonomy = t; if (!a.input.empty()) mark_input_changed(a); break;
        default: break;
    }
}

EMSCRIPTEN_KEEPALIVE void np_app_on_paste(const char* text) {
    wake(app());
    App& a = app();
    std::shared_ptr<const std::string> t = take_text(text);
    if (a.want_text_input) {
        // An ImGui text field has focus: paste into it, as Ctrl+V would in a native app.
        a.clipboard = *t;
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        io.AddKeyEvent(ImGuiKey_V, true);
        io.AddKeyEvent(ImGuiKey_V, false);
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
        return;
    }
    InputDoc d;
    d.id = "pasted";
    d.text = std::move(t);
    std::vector<InputDoc> docs;
    docs.push_back(std::move(d));
    set_input(a, std::move(docs), true);
    a.status = "Pasted " + human_bytes(input_bytes(a)) + ". Edit \xE2\x86\x92 Undo brings back the previous input.";
    a.status_error = false;
}

EMSCRIPTEN_KEEPALIVE int np_app_select_entity(int id) {
    wake(app());
    App& a = app();
    const VmDocument* d = current_doc(a);
    if (!d) return 0;
    int idx = d->entity_index(id);
    if (idx < 0) return 0;
    select_entity(a, idx, 0);
    return 1;
}

EMSCRIPTEN_KEEPALIVE void np_app_show_removed(int on) {
    wake(app());
    app().article.show_removed = on != 0;
}

// The text document i of the shown result refers to (for exports made in the page).
EMSCRIPTEN_KEEPALIVE const char* np_app_result_text(int i) {
    const App& a = app();
    return i >= 0 && i < int(a.vm.docs.size()) && a.vm.docs[size_t(i)].text ? a.vm.docs[size_t(i)].text->data() : nullptr;
}
EMSCRIPTEN_KEEPALIVE double np_app_result_text_size(int i) {
    const App& a = app();
    return i >= 0 && i < int(a.vm.docs.size()) && a.vm.docs[size_t(i)].text ? double(a.vm.docs[size_t(i)].text->size()) : 0;
}

// The input as the person gave it (File -> Export -> Original input): document i's text, id, title.
static const InputDoc* input_doc(int i) {
    const App& a = app();
    return i >= 0 && i < int(a.input.size()) ? &a.input[size_t(i)] : nullptr;
}
EMSCRIPTEN_KEEPALIVE int np_app_input_count() { return int(app().input.size()); }
EMSCRIPTEN_KEEPALIVE const char* np_app_input_text(int i) {
    const InputDoc* d = input_doc(i);
    return d && d->text ? d->text->data() : nullptr;
}
EMSCRIPTEN_KEEPALIVE double np_app_input_text_size(int i) {
    const InputDoc* d = input_doc(i);
    return d && d->text ? double(d->text->size()) : 0;
}
EMSCRIPTEN_KEEPALIVE const char* np_app_input_id(int i) { return input_doc(i) ? input_doc(i)->id.c_str() : ""; }
EMSCRIPTEN_KEEPALIVE const char* np_app_input_title(int i) { return input_doc(i) ? input_doc(i)->title.c_str() : ""; }

// ---- 4. The layout probe ---------------------------------------------------------------------------------
// Frame costs since the last call (and resets them): {"ui_max","gl_max"} in ms.
EMSCRIPTEN_KEEPALIVE const char* np_app_frame_stats() {
    static std::string out;
    App& a = app();
    out.clear();
    {
        JsonWriter w(out, -1);
        w.begin_object();
        member(w, "ui_max", a.ui_ms_max);
        member(w, "gl_max", a.gl_ms_max);
        member(w, "pump_max", a.pump_ms_max);
        member(w, "drawn", a.frames_drawn);
        member(w, "skipped", a.frames_skipped);
        member(w, "software", a.software_paint);
        w.end_object();
    }
    a.ui_ms_max = a.gl_ms_max = a.pump_ms_max = 0;
    return out.c_str();
}

static void rect(JsonWriter& w, float x, float y, float z, float q) {
    w.begin_array();
    for (float v : {x, y, z, q}) w.number(double(v));
    w.end_array();
}

EMSCRIPTEN_KEEPALIVE const char* np_app_layout() {
    static std::string out;  // valid until the next call (app code, one UI thread)
    App& a = app();
    out.clear();
    JsonWriter w(out, -1);
    w.begin_object();
    w.key("items");
    w.begin_object();
    for (const auto& [k, r] : a.probe.items) {
        w.key(k);
        rect(w, r.x, r.y, r.z, r.w);
    }
    w.end_object();
    w.key("marks");
    w.begin_array();
    for (const auto& m : a.probe.marks) {
        w.begin_object();
        member(w, "entity", m.entity);
        member(w, "type", type_label(m.type));
        w.key("rect");
        rect(w, m.rect.x, m.rect.y, m.rect.z, m.rect.w);
        w.key("color");
        w.begin_array();
        for (int shift : {0, 8, 16}) w.uint((m.color >> shift) & 255);
        w.end_array();
        w.end_object();
    }
    w.end_array();
    member(w, "dark", a.settings.dark);
    member(w, "font_size", a.settings.font_size);
    member(w, "generation", a.vm.generation);
    member(w, "input_generation", a.input_gen);
    member(w, "receiving", a.builder.active());
    member(w, "busy", a.busy);
    member(w, "progress", a.progress);  // of the running analysis, 0..1 (while busy)
    member(w, "document", a.article.doc);
    member(w, "show_removed", a.article.show_removed);
    member(w, "selected_entity", a.article.selected_entity);
    member(w, "matches", a.article.matches.size());
    member(w, "status", a.status);
    member(w, "notice", a.notice);
    member(w, "taxonomy", a.taxonomy);
    member(w, "input_bytes", input_bytes(a));
    member(w, "documents", a.input.size());
    w.key("frame_ms");
    w.begin_object();
    member(w, "ui", a.ui_ms);
    member(w, "gl", a.gl_ms);
    member(w, "ui_max", a.ui_ms_max);
    member(w, "gl_max", a.gl_ms_max);
    w.end_object();
    w.key("frames");
    w.begin_object();
    member(w, "drawn", a.frames_drawn);
    member(w, "skipped", a.frames_skipped);
    w.end_object();
    member(w, "request_painted", a.request_painted);  // the last request came from a painted frame
    member(w, "shown_input_generation", a.shown_input_gen);  // the input the last painted frame showed
    const ImGuiIO& io = ImGui::GetIO();
    w.key("display");
    w.begin_array();
    w.number(double(io.DisplaySize.x));
    w.number(double(io.DisplaySize.y));
    w.end_array();
    w.end_object();
    w.flush();
    return out.c_str();
}

}  // extern "C"
