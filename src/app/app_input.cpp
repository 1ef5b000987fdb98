// app_input.cpp — every change of the input goes through here: it bumps the generation (the
// analysis follows ~300 ms later), keeps one step of undo and schedules remembering it.
#include "app.hpp"

namespace np::ui {

uint64_t input_bytes(const App& a) {
    uint64_t n = 0;
    for (const auto& d : a.input) n += d.text ? d.text->size() : 0;
    return n;
}

void mark_input_changed(App& a) {
    ++a.input_gen;
    a.input_changed_at = ImGui::GetTime();
    save_input_soon(a);
}

static void load_editor(App& a) {
    ++a.editor_epoch;  // an editor being typed in keeps its own copy: give it a new identity
    a.edit_doc = -1;
    a.edit_buf.clear();
    if (a.input_sel >= 0 && a.input_sel < int(a.input.size())) {
        const auto& t = a.input[size_t(a.input_sel)].text;
        if (!t || t->size() <= kEditorLimit) {
            a.edit_doc = a.input_sel;
            a.edit_buf = t ? *t : std::string();
        }
    } else if (a.input.empty()) {
        a.edit_doc = 0;  // typing into an empty input creates the first document
    }
}

void set_input(App& a, std::vector<InputDoc> docs, bool keep_undo) {
    if (keep_undo) {
        a.undo = std::move(a.input);
        a.has_undo = true;
    }
    a.input = std::move(docs);
    for (size_t i = 0; i < a.input.size(); ++i)
        if (a.input[i].id.empty()) a.input[i].id = "doc" + std::to_string(i + 1);
    a.input_sel = 0;
    a.article.doc = 0;
    load_editor(a);
    mark_input_changed(a);
}

void add_documents(App& a, std::vector<InputDoc> docs) {
    // A lone empty document (a fresh editor) is replaced rather than kept beside the new ones.
    if (a.input.size() == 1 && (!a.input[0].text || a.input[0].text->empty())) a.input.clear();
    for (auto& d : docs) {
        if (d.id.empty()) d.id = "doc" + std::to_string(a.input.size() + 1);
        a.input.push_back(std::move(d));
    }
    a.input_sel = int(a.input.size()) - 1;
    load_editor(a);
    mark_input_changed(a);
}

void clear_input(App& a) {
    set_input(a, {}, true);
    a.status = "Input cleared. Edit \xE2\x86\x92 Undo brings it back.";
    a.status_error = false;
}

void undo_input(App& a) {
    if (!a.has_undo) return;
    std::vector<InputDoc> prev = std::move(a.undo);
    a.has_undo = false;
    set_input(a, std::move(prev), false);
    a.status = "Previous input restored.";
    a.status_error = false;
}

}  // namespace np::ui
