// view_measures.cpp — the Measures panel: a sortable table of trade measures (kind, rate,
// imposer -> target, goods, reason, status, time); a row expands to its history and evidence,
// and selecting it highlights the evidence in the article.
#include <algorithm>
#include <cstdio>

#include "app.hpp"

namespace np::ui {

namespace {

const std::string& column_text(const VmMeasure& m, int col) {
    switch (col) {
        case 0: return m.kind;
        case 2: return m.imposer;
        case 3: return m.goods;
        case 4: return m.reason;
        case 5: return m.status;
        default: return m.time;
    }
}

void sort_rows(App& a, const VmDocument& d, ImGuiTableSortSpecs* specs) {
    MeasuresState& s = a.measures;
    uint64_t key = a.vm.generation * 131 + uint64_t(a.article.doc);
    bool resort = s.order_key != key || s.order.size() != d.measures.size() || (specs && specs->SpecsDirty);
    if (!resort) return;
    s.order.resize(d.measures.size());
    for (size_t i = 0; i < s.order.size(); ++i) s.order[i] = int(i);
    if (specs && specs->SpecsCount > 0) {
        const ImGuiTableColumnSortSpecs& sp = specs->Specs[0];
        int col = sp.ColumnUserID;
        bool asc = sp.SortDirection == ImGuiSortDirection_Ascending;
        std::stable_sort(s.order.begin(), s.order.end(), [&](int x, int y) {
            const VmMeasure& p = d.measures[size_t(x)];
            const VmMeasure& q = d.measures[size_t(y)];
            if (col == 1) return asc ? p.rate_value < q.rate_value : p.rate_value > q.rate_value;
            const std::string& u = column_text(p, col);
            const std::string& v = column_text(q, col);
            return asc ? u < v : v < u;
        });
        specs->SpecsDirty = false;
    }
    s.order_key = key;
}

void select_measure(App& a, const VmDocument& d, int i) {
    a.measures.selected = i;
    const VmMeasure& m = d.measures[size_t(i)];
    std::vector<Span> spans = m.evidence;
    for (const auto& h : m.history) spans.push_back(h.second);
    focus_spans(a, std::move(spans), m.kind + (m.rate.empty() ? "" : " " + m.rate) +
                                         (m.goods.empty() ? "" : " on " + m.goods));
}

}  // namespace

void draw_measures(App& a) {
    const VmDocument* d = current_doc(a);
    if (!d) {
        ImGui::TextDisabled("Tariffs, export controls, bans, quotas, sanctions and deals appear here.");
        return;
    }
    if (d->measures.empty()) {
        ImGui::TextDisabled("No trade measures found in this document.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    // The table's scrolling area is a child window: transparent, the panel's colour is under it
    // (begin_child_no_bg, view_panels.cpp 2a).
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    const bool open = ImGui::BeginTable("##measures", 7, flags);
    ImGui::PopStyleColor();
    if (!open) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // Weights: kind and status words ("export_control", "threatened") must fit at 1280x800.
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_DefaultSort, 1.4f, 0);
    ImGui::TableSetupColumn("Rate", 0, 0.8f, 1);
    ImGui::TableSetupColumn("Imposer \xE2\x86\x92 target", 0, 1.8f, 2);
    ImGui::TableSetupColumn("Goods", 0, 1.5f, 3);
    ImGui::TableSetupColumn("Reason", 0, 1.3f, 4);
    ImGui::TableSetupColumn("Status", 0, 1.3f, 5);
    ImGui::TableSetupColumn("Time", 0, 0.9f, 6);
    ImGui::TableHeadersRow();
    sort_rows(a, *d, ImGui::TableGetSortSpecs());
    // An article has a handful of measures, shown with wrapped cells and expandable rows. A long
    // input (thousands) gets one line per measure, drawn only where visible (the list clipper):
    // laying out every row took 15-25 ms of every frame on a 10 MB paste, and over 100 ms in
    // the first frame of a new result. A click still selects the measure and shows its
    // evidence in the article; the tooltip has the cells in full.
    constexpr size_t kFullMeasures = 100;
    if (d->measures.size() > kFullMeasures) {
        ImGuiListClipper clip;
        clip.Begin(int(a.measures.order.size()));
        while (clip.Step())
            for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) {
                const int i = a.measures.order[size_t(r)];
                const VmMeasure& m = d->measures[size_t(i)];
                ImGui::PushID(i);
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                if (ImGui::Selectable(m.kind.empty() ? "measure" : m.kind.c_str(), a.measures.selected == i,
                                      ImGuiSelectableFlags_SpanAllColumns))
                    select_measure(a, *d, i);
                a.probe.item("measure:" + std::to_string(i));
                ImGui::SetItemTooltip("%s %s\n%s \xE2\x86\x92 %s\ngoods: %s\nreason: %s\nstatus: %s  time: %s",
                                      m.kind.c_str(), m.rate.c_str(), m.imposer.empty() ? "?" : m.imposer.c_str(),
                                      m.target.empty() ? "?" : m.target.c_str(), m.goods.c_str(), m.reason.c_str(),
                                      m.status.c_str(), m.time.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(m.rate.empty() ? "\xE2\x80\x94" : m.rate.c_str());
                ImGui::TableNextColumn();
                ImGui::Text("%.120s \xE2\x86\x92 %.120s", m.imposer.empty() ? "?" : m.imposer.c_str(),
                            m.target.empty() ? "?" : m.target.c_str());
                ImGui::TableNextColumn();
                ImGui::Text("%.200s", m.goods.c_str());
                ImGui::TableNextColumn();
                ImGui::Text("%.200s", m.reason.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(m.status.c_str());
                ImGui::TableNextColumn();
                ImGui::Text("%.200s", m.time.c_str());
                ImGui::PopID();
            }
        ImGui::EndTable();
        return;
    }
    for (int i : a.measures.order) {
        const VmMeasure& m = d->measures[size_t(i)];
        ImGui::PushID(i);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGuiTreeNodeFlags tf = ImGuiTreeNodeFlags_SpanAllColumns | ImGuiTreeNodeFlags_OpenOnArrow;
        if (a.measures.selected == i) tf |= ImGuiTreeNodeFlags_Selected;
        bool open = ImGui::TreeNodeEx("##row", tf, "%s", m.kind.empty() ? "measure" : m.kind.c_str());
        if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) select_measure(a, *d, i);
        a.probe.item("measure:" + std::to_string(i));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(m.rate.empty() ? "\xE2\x80\x94" : m.rate.c_str());
        if (!m.change.empty()) ImGui::SetItemTooltip("Change: %s", m.change.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s \xE2\x86\x92 %s", m.imposer.empty() ? "?" : m.imposer.c_str(),
                           m.target.empty() ? "?" : m.target.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", m.goods.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", m.reason.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(m.status.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", m.time.c_str());
        if (open) {
            if (!m.change.empty() || !m.condition.empty()) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TableNextColumn();
                if (!m.change.empty()) ImGui::TextWrapped("Change: %s", m.change.c_str());
                if (!m.condition.empty()) ImGui::TextWrapped("Condition: %s", m.condition.c_str());
            }
            for (size_t h = 0; h < m.history.size(); ++h) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextDisabled("  history %zu", h + 1);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(m.history[h].first.c_str());
                ImGui::TableNextColumn();
                std::string sent = d->slice(m.history[h].second);
                ImGui::PushID(int(h));
                if (ImGui::Selectable(sent.empty() ? "(no sentence)" : sent.c_str(), false,
                                      ImGuiSelectableFlags_SpanAllColumns))
                    focus_spans(a, {m.history[h].second}, "history: " + m.history[h].first);
                ImGui::PopID();
            }
            for (size_t e = 0; e < m.evidence.size(); ++e) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextDisabled("  evidence %zu", e + 1);
                ImGui::TableNextColumn();
                ImGui::TableNextColumn();
                std::string sent = d->slice(m.evidence[e]);
                ImGui::PushID(1000 + int(e));
                if (ImGui::Selectable(sent.empty() ? "(empty)" : sent.c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
                    focus_spans(a, {m.evidence[e]}, "evidence");
                ImGui::PopID();
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace np::ui
