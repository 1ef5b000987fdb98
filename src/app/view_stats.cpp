// view_stats.cpp — the Stats panel: sizes, what was removed, timings, entity counts by type,
// and every statistic the core reports (as sent, so new ones show without changes here).
#include <cstdarg>
#include <cstdio>

#include "app.hpp"

namespace np::ui {

std::string dedup_sentence(const VmDocument& d);  // view_quotes.cpp

static void row(const char* k, const char* fmt, ...) IM_FMTARGS(2);
static void row(const char* k, const char* fmt, ...) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", k);
    ImGui::TableNextColumn();
    va_list args;
    va_start(args, fmt);
    ImGui::TextV(fmt, args);
    va_end(args);
}

void draw_stats(App& a) {
    const VmDocument* d = current_doc(a);
    if (!d) {
        ImGui::TextDisabled("Statistics appear here after the analysis.");
        return;
    }
    begin_child_no_bg("##stats", ImVec2(0, 0));  // the panel's colour is under it
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(dedup_sentence(*d).c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::BeginTable("##st", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        row("documents", "%zu", a.vm.docs.size());
        row("input", "%s", human_bytes(input_bytes(a)).c_str());
        row("kept", "%s", human_bytes(d->kept_bytes).c_str());
        row("removed", "%s in %d parts", human_bytes(d->removed_bytes).c_str(), d->removed_segments);
        row("segments", "%zu", d->segments.size());
        row("entities", "%zu (%zu mentions)", d->entities.size(), d->mentions.size());
        int counts[kTypeCount] = {};
        for (const auto& e : d->entities) ++counts[e.type_idx];
        for (int t = 0; t < kTypeCount; ++t)
            if (counts[t]) row(type_label(t), "%d", counts[t]);
        row("measures", "%zu", d->measures.size());
        row("issues", "%zu", d->issues.size());
        row("quotes", "%zu", d->quotes.size());
        row("cross-document repeats", "%zu", a.vm.cross.size());
        row("analysis time", "%.1f ms (in the worker)", a.vm.analysis_ms);
        row("core version", "%s", a.vm.version.c_str());
        ImGui::EndTable();
    }
    if (!d->stats.empty() && ImGui::CollapsingHeader("All statistics from the core")) {
        if (ImGui::BeginTable("##all", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            for (const auto& [k, v] : d->stats) row(k.c_str(), "%s", v.c_str());
            ImGui::EndTable();
        }
    }
    ImGui::EndChild();
}

}  // namespace np::ui
