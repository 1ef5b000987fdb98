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
    ImGui::BeginChild("##entlist", ImVec2(0, 0));
    const char* f = a.entities.filter;
    bool dark = a.settings.dark;
    for (int t = 0; t < kTypeCount; ++t) {
        std::vector<int> rows;
        for (int i = 0; i < int(d->entities.size()); ++i) {
            const VmEntity& e = d->entities[size_t(i)];
            if (e.type_idx != t) continue;
            bool match = contains_ci(e.name, f) || contains_ci(e.role, f);
            for (size_t k = 0; !match && k < e.aliases.size(); ++k) match = contains_ci(e.aliases[k], f);
            if (match) rows.push_back(i);
        }
        if (rows.empty()) continue;
        std::stable_sort(rows.begin(), rows.end(), [&](int x, int y) {
            return d->entities[size_t(x)].count > d->entities[size_t(y)].count;
        });
        char head[96];
        std::snprintf(head, sizeof head, "%s \xE2\x80\x94 %s (%zu)###enttype%d", type_label(t), type_description(t),
                      rows.size(), t);
        ImGui::PushStyleColor(ImGuiCol_Header, type_color(t, dark));
        bool open = ImGui::CollapsingHeader(head, ImGuiTreeNodeFlags_DefaultOpen);
        ImGui::PopStyleColor();
        if (!open) continue;
        for (int i : rows) {
            const VmEntity& e = d->entities[size_t(i)];
            char label[300];
            std::snprintf(label, sizeof label, "%.200s##ent%d", e.name.c_str(), i);
            ImGui::PushID(i);
            if (ImGui::Selectable(label, a.article.selected_entity == i)) select_entity(a, i, 0);
            a.probe.item("entity:" + std::to_string(e.id));
            if (ImGui::BeginItemTooltip()) {
                ImGui::Text("%s (%s)", e.name.c_str(), e.type.c_str());
                if (!e.role.empty()) ImGui::Text("Role: %s", e.role.c_str());
                if (e.affiliation >= 0) ImGui::Text("Affiliation: %s", d->entities[size_t(e.affiliation)].name.c_str());
                ImGui::TextDisabled("Click: select all %zu mentions, jump to the first", e.mentions.size());
                ImGui::EndTooltip();
            }
            float right = ImGui::GetContentRegionMax().x;
            char cnt[16];
            std::snprintf(cnt, sizeof cnt, "%d", e.count);
            ImGui::SameLine(right - ImGui::CalcTextSize(cnt).x);
            ImGui::TextDisabled("%s", cnt);
            if (!e.role.empty()) {
                ImGui::Indent();
                ImGui::TextDisabled("%.120s", e.role.c_str());
                ImGui::Unindent();
            }
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
}

}  // namespace np::ui
