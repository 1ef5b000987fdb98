// view_issues.cpp — the Issues panel: issues ranked by salience (bars scaled to the top one),
// each opening to its key sentences, actors with their stance, and quotes.
#include <algorithm>
#include <cstdio>

#include "app.hpp"

namespace np::ui {

// A sentence as a clickable wrapped paragraph: a click highlights it in the article.
bool sentence_link(App& a, const VmDocument& d, Span s, const char* label_for_focus, int id) {
    std::string text = d.slice(s);
    if (text.empty()) return false;
    ImGui::PushID(id);
    ImGui::PushTextWrapPos(0);
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    bool hovered = ImGui::IsItemHovered();
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("Show in the article");
    }
    bool clicked = ImGui::IsItemClicked();
    if (clicked) focus_spans(a, {s}, label_for_focus);
    ImGui::PopID();
    return clicked;
}

void draw_issues(App& a) {
    if (!a.taxonomy.empty()) {
        ImGui::TextDisabled("Taxonomy: %s", a.taxonomy.c_str());
        a.probe.item("issues:taxonomy");
    }
    const VmDocument* d = current_doc(a);
    if (!d) {
        ImGui::TextDisabled("The issues the article covers appear here, ranked.");
        return;
    }
    if (d->issues.empty()) {
        ImGui::TextDisabled("No issues found in this document.");
        return;
    }
    std::vector<int> order(d->issues.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = int(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return d->issues[size_t(x)].salience > d->issues[size_t(y)].salience; });
    double top = std::max(1e-9, d->issues[size_t(order[0])].salience);
    begin_child_no_bg("##issues", ImVec2(0, 0));  // the panel's colour is under it
    int rank = 0;
    for (int i : order) {
        const VmIssue& is = d->issues[size_t(i)];
        ImGui::PushID(i);
        char head[300];
        std::snprintf(head, sizeof head, "%d. %.200s###issue", ++rank, is.label.c_str());
        bool open = ImGui::TreeNodeEx(head, rank == 1 ? ImGuiTreeNodeFlags_DefaultOpen : 0);
        a.probe.item("issue:" + std::to_string(i));
        if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) {
            a.selected_issue = i;
            focus_spans(a, is.key_sentences, is.label);
        }
        char bar[64];
        std::snprintf(bar, sizeof bar, "salience %.2f \xC2\xB7 %d mention%s", is.salience, is.mentions,
                      is.mentions == 1 ? "" : "s");
        ImGui::ProgressBar(float(is.salience / top), ImVec2(-1, ImGui::GetFontSize() * 0.9f), bar);
        if (open) {
            if (!is.key_sentences.empty()) {
                ImGui::TextDisabled("Key sentences");
                for (size_t k = 0; k < is.key_sentences.size(); ++k)
                    sentence_link(a, *d, is.key_sentences[k], is.label.c_str(), int(k));
            }
            if (!is.actors.empty()) {
                ImGui::TextDisabled("Actors");
                for (size_t k = 0; k < is.actors.size(); ++k) {
                    const VmActor& act = is.actors[k];
                    ImGui::PushID(int(100 + k));
                    std::string label = act.name.empty() ? "?" : act.name;
                    if (!act.stance.empty()) label += " \xE2\x80\x94 " + act.stance;
                    if (ImGui::Selectable(label.c_str(), false) && act.entity >= 0) select_entity(a, act.entity, 0);
                    ImGui::PopID();
                }
            }
            if (!is.quotes.empty()) {
                ImGui::TextDisabled("Quotes");
                for (size_t k = 0; k < is.quotes.size(); ++k) {
                    int q = is.quotes[k];
                    if (q < 0 || q >= int(d->quotes.size())) continue;
                    const VmQuote& qt = d->quotes[size_t(q)];
                    ImGui::PushID(int(1000 + k));
                    ImGui::PushTextWrapPos(0);
                    ImGui::TextUnformatted(("\xE2\x80\x9C" + qt.text + "\xE2\x80\x9D \xE2\x80\x94 " +
                                            (qt.speaker_name.empty() ? "unattributed" : qt.speaker_name))
                                               .c_str());
                    ImGui::PopTextWrapPos();
                    if (ImGui::IsItemClicked()) focus_spans(a, {qt.span}, "quote");
                    ImGui::PopID();
                }
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace np::ui
