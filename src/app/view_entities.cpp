// view_entities.cpp — the Entities panel: grouped by type, each group sorted by mention count,
// a filter box (name, alias or role); a click selects the entity and jumps to its first mention.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

#include "app.hpp"

namespace np::ui {

static bool contains_ci(const std::string& hay, const char* needle) {
    if (!*needle) return true;
    auto it = std::search(hay.begin(), hay.end(), needle, needle + std::strlen(needle), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
    return it != hay.end();
}

// The rows of each type that pass the filter, most mentioned first (kept in a.entities until
// the result, the document or the filter changes).
static void update_rows(App& a, const VmDocument& d) {
    EntitiesState& st = a.entities;
    const int doc = int(&d - a.vm.docs.data());
    if (st.rows_generation == a.vm.generation && st.rows_doc == doc && st.rows_filter == st.filter) return;
    st.rows_generation = a.vm.generation;
    st.rows_doc = doc;
    st.rows_filter = st.filter;
    const char* f = st.filter;
    for (auto& r : st.rows) r.clear();
    for (int i = 0; i < int(d.entities.size()); ++i) {
        const VmEntity& e = d.entities[size_t(i)];
        bool match = contains_ci(e.name, f) || contains_ci(e.role, f);
        for (size_t k = 0; !match && k < e.aliases.size(); ++k) match = contains_ci(e.aliases[k], f);
        if (match) st.rows[std::clamp(e.type_idx, 0, kTypeCount - 1)].push_back(i);
    }
    for (auto& rows : st.rows)
        std::stable_sort(rows.begin(), rows.end(), [&](int x, int y) {
            return d.entities[size_t(x)].count > d.entities[size_t(y)].count;
        });
}

// One entity: its name (selectable), its role dimmed after it, its count at the right. One line
// each, so that the list clipper can skip the rows out of view.
static void draw_entity_row(App& a, const VmDocument& d, int i) {
    const VmEntity& e = d.entities[size_t(i)];
    char label[300];
    std::snprintf(label, sizeof label, "%.200s##ent%d", e.name.c_str(), i);
    // A name taken across a line break keeps the row one line high (the clipper needs that).
    for (char* c = label; *c; ++c)
        if (*c == '\n' || *c == '\r' || *c == '\t') *c = ' ';
    ImGui::PushID(i);
    if (ImGui::Selectable(label, a.article.selected_entity == i)) select_entity(a, i, 0);
    a.probe.item("entity:" + std::to_string(e.id));
    if (ImGui::BeginItemTooltip()) {
        ImGui::Text("%s (%s)", e.name.c_str(), e.type.c_str());
        if (!e.role.empty()) ImGui::Text("Role: %s", e.role.c_str());
        if (e.affiliation >= 0) ImGui::Text("Affiliation: %s", d.entities[size_t(e.affiliation)].name.c_str());
        ImGui::TextDisabled("Click: select all %zu mentions, jump to the first", e.mentions.size());
        ImGui::EndTooltip();
    }
    float right = ImGui::GetContentRegionMax().x;
    char cnt[16];
    std::snprintf(cnt, sizeof cnt, "%d", e.count);
    const float cnt_w = ImGui::CalcTextSize(cnt).x;
    if (!e.role.empty()) {
        // Dimmed after the name, clipped before the count; drawn, not laid out, so the row stays one line.
        ImVec2 at = ImGui::GetItemRectMin();
        at.y += (ImGui::GetItemRectSize().y - ImGui::GetTextLineHeight()) * 0.5f;  // on the name's baseline
        const float gap = ImGui::GetStyle().ItemSpacing.x;
        const float x = at.x + ImGui::CalcTextSize(label, nullptr, true).x + 2 * gap;
        const float x_end = ImGui::GetWindowPos().x + right - cnt_w - gap;
        if (x_end - x > 20) {
            const ImVec4 clip(x, at.y, x_end, at.y + ImGui::GetTextLineHeight());
            const char* end = std::strpbrk(e.role.c_str(), "\r\n");  // first line only
            ImGui::GetWindowDrawList()->AddText(nullptr, 0, ImVec2(x, at.y), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                                                e.role.c_str(), end, 0, &clip);
        }
    }
    ImGui::SameLine(right - cnt_w);
    ImGui::TextDisabled("%s", cnt);
    ImGui::PopID();
}

void draw_entities(App& a) {
    const VmDocument* d = current_doc(a);
    if (!d) {
        ImGui::TextDisabled("People, organizations, places, dates and amounts appear here.");
        return;
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##entfilter", "Filter (name, alias, role)", a.entities.filter, sizeof a.entities.filter);
    a.probe.item("entities:filter");
    if (d->entities.empty()) {
        ImGui::TextDisabled("No entities found in this document.");
        return;
    }
    update_rows(a, *d);
    begin_child_no_bg("##entlist", ImVec2(0, 0));  // the panel's colour is under it
    bool dark = a.settings.dark;
    for (int t = 0; t < kTypeCount; ++t) {
        const std::vector<int>& rows = a.entities.rows[t];
        if (rows.empty()) continue;
        char head[96];
        std::snprintf(head, sizeof head, "%s \xE2\x80\x94 %s (%zu)###enttype%d", type_label(t), type_description(t),
                      rows.size(), t);
        ImGui::PushStyleColor(ImGuiCol_Header, type_color(t, dark));
        bool open = ImGui::CollapsingHeader(head, ImGuiTreeNodeFlags_DefaultOpen);
        ImGui::PopStyleColor();
        if (!open) continue;
        ImGuiListClipper clip;
        clip.Begin(int(rows.size()));
        while (clip.Step())
            for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) draw_entity_row(a, *d, rows[size_t(r)]);
    }
    ImGui::EndChild();
}

}  // namespace np::ui
