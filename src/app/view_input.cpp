// view_input.cpp — the Input panel: Open / Sample / Clear, the list of documents (with their
// cross-document repeats), and the editor (or a read-only summary for very large inputs, which
// the multiline editor would make slow).
#include <algorithm>
#include <cstdio>

#include "app.hpp"
#include "bridge.hpp"

namespace np::ui {

namespace {

int resize_callback(ImGuiInputTextCallbackData* d) {
    if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(d->UserData);
        s->resize(size_t(d->BufTextLen));
        d->Buf = s->data();
    }
    return 0;
}

// How many segments of document i appeared first in another document.
int repeats_from_others(const App& a, int i, int* from) {
    int n = 0;
    *from = -1;
    for (const auto& c : a.vm.cross)
        if (c.document == i && c.first_document != i) {
            ++n;
            *from = c.first_document;
        }
    return n;
}

void document_list(App& a) {
    float h = std::min(ImGui::GetTextLineHeightWithSpacing() * float(a.input.size() + 1) + 8,
                       ImGui::GetContentRegionAvail().y * 0.4f);
    begin_child_no_bg("##docs", ImVec2(0, h), ImGuiChildFlags_Border);  // the panel's colour is under it
    bool same_gen = a.vm.valid && a.vm.docs.size() == a.input.size();
    for (int i = 0; i < int(a.input.size()); ++i) {
        const InputDoc& d = a.input[size_t(i)];
        std::string name = !d.title.empty() ? d.title : d.id;
        char label[320];
        std::snprintf(label, sizeof label, "%d. %.200s%s##doc%d", i + 1, name.c_str(), d.html ? "  [HTML]" : "", i);
        if (ImGui::Selectable(label, a.input_sel == i)) {
            a.input_sel = i;
            a.article.doc = i;
            a.edit_doc = -1;
            a.edit_buf.clear();
            ++a.editor_epoch;
            if (!d.text || d.text->size() <= kEditorLimit) {
                a.edit_doc = i;
                a.edit_buf = d.text ? *d.text : std::string();
            }
        }
        a.probe.item("doc:" + std::to_string(i));
        ImGui::SameLine(ImGui::GetContentRegionMax().x - 70);
        ImGui::TextDisabled("%s", human_bytes(d.text ? d.text->size() : 0).c_str());
        if (same_gen) {
            int from = -1;
            int n = repeats_from_others(a, i, &from);
            if (n > 0) {
                ImGui::Indent();
                ImGui::TextDisabled("%d part%s repeated from document %d (removed)", n, n == 1 ? "" : "s", from + 1);
                ImGui::Unindent();
            }
        }
    }
    ImGui::EndChild();
}

void large_summary(App& a, const InputDoc& d) {
    uint64_t total = input_bytes(a);
    ImGui::TextWrapped("%s in %zu document%s \xE2\x80\x94 too large to edit here (the editor takes up to %s); shown "
                       "read-only.",
                       human_bytes(total).c_str(), a.input.size(), a.input.size() == 1 ? "" : "s",
                       human_bytes(kEditorLimit).c_str());
    begin_child_no_bg("##preview", ImVec2(0, 0), ImGuiChildFlags_Border);
    if (d.text) {
        // The first few KB only, cut at a character boundary.
        size_t n = std::min<size_t>(d.text->size(), 4000);
        while (n < d.text->size() && n > 0 && (static_cast<unsigned char>((*d.text)[n]) & 0xC0) == 0x80) --n;
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(d.text->data(), d.text->data() + n);
        if (n < d.text->size()) ImGui::TextDisabled("\xE2\x80\xA6 (%s more)", human_bytes(d.text->size() - n).c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
}

}  // namespace

void draw_input(App& a) {
    if (ImGui::Button("Open\xE2\x80\xA6")) bridge::action("open");
    a.probe.item("input:open");
    ImGui::SameLine();
    if (ImGui::Button("Load sample")) bridge::action("sample");
    a.probe.item("input:sample");
    ImGui::SameLine();
    ImGui::BeginDisabled(a.input.empty());
    if (ImGui::Button("Clear")) clear_input(a);
    a.probe.item("input:clear");
    ImGui::EndDisabled();
    if (a.has_undo) {
        ImGui::SameLine();
        if (ImGui::Button("Undo")) undo_input(a);
        a.probe.item("input:undo");
    }

    if (a.input.size() > 1) document_list(a);

    const InputDoc* sel = a.input_sel >= 0 && a.input_sel < int(a.input.size()) ? &a.input[size_t(a.input_sel)] : nullptr;
    if (a.edit_doc < 0 && sel) {
        large_summary(a, *sel);
        return;
    }
    if (a.edit_doc < 0 && a.input.empty()) a.edit_doc = 0;
    ImVec2 size(-1, -1);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(a.editor_epoch);
    bool changed = ImGui::InputTextMultiline("##editor", a.edit_buf.data(), a.edit_buf.capacity() + 1, size,
                                             ImGuiInputTextFlags_CallbackResize, resize_callback, &a.edit_buf);
    ImGui::PopID();
    a.probe.item("input:editor");
    if (a.edit_buf.empty() && !ImGui::IsItemActive()) {
        ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + 8, pos.y + 6), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                                            "Paste an article (Ctrl+V), type here,\nor drop files on the page.");
    }
    if (changed) {
        if (a.input.empty()) {
            a.input.push_back(InputDoc{"doc1", "", nullptr, false});
            a.input_sel = a.edit_doc = 0;
        }
        if (a.edit_doc >= int(a.input.size())) a.edit_doc = int(a.input.size()) - 1;
        a.input[size_t(a.edit_doc)].text = std::make_shared<const std::string>(a.edit_buf);
        mark_input_changed(a);
    }
}

}  // namespace np::ui
