// view_quotes.cpp — the Quotes & summary panel: the dedup sentence ("47% of the input was
// repeated; 6 boilerplate lines removed"), the short summary, and every quote with its speaker.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app.hpp"

namespace np::ui {

bool sentence_link(App& a, const VmDocument& d, Span s, const char* label_for_focus, int id);  // view_issues.cpp

std::string dedup_sentence(const VmDocument& d) {
    char buf[256];
    double total = double(d.kept_bytes + d.removed_bytes);
    double repeated = d.repeated_fraction >= 0 ? d.repeated_fraction
                      : total > 0             ? double(d.removed_bytes) / total
                                              : 0;
    int pct = int(std::lround(repeated * 100));
    if (d.removed_segments == 0) return "Nothing repeated and no boilerplate: the whole input was kept.";
    std::snprintf(buf, sizeof buf, "%d%% of the input was repeated; %d repeated part%s and %d boilerplate line%s removed.",
                  pct, d.duplicate_segments, d.duplicate_segments == 1 ? "" : "s", d.boilerplate_segments,
                  d.boilerplate_segments == 1 ? "" : "s");
    return buf;
}

void draw_quotes(App& a) {
    const VmDocument* d = current_doc(a);
    if (!d) {
        ImGui::TextDisabled("Quotes, a short summary and what was removed appear here.");
        return;
    }
    begin_child_no_bg("##quotes", ImVec2(0, 0));  // the panel's colour is under it
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(dedup_sentence(*d).c_str());
    a.probe.item("dedup-sentence");
    ImGui::PopTextWrapPos();
    ImGui::Separator();

    ImGui::TextDisabled("Summary");
    if (d->summary.empty()) {
        ImGui::TextDisabled("  (none yet)");
    } else {
        std::vector<VmSummary> in_order = d->summary;  // read in the article's order
        std::sort(in_order.begin(), in_order.end(),
                  [](const VmSummary& x, const VmSummary& y) { return x.span.start < y.span.start; });
        for (size_t i = 0; i < in_order.size(); ++i) sentence_link(a, *d, in_order[i].span, "summary", int(i));
    }
    ImGui::Separator();
    ImGui::TextDisabled("Quotes (%zu)", d->quotes.size());
    // An article has a handful of quotes, shown in full. A long input (thousands) gets one line
    // per quote, drawn only where visible (the list clipper): wrapping every quote each frame
    // took most of a frame's time on a 10 MB paste. The full quote is in the tooltip and, on a
    // click, in the article.
    constexpr size_t kFullQuotes = 100;
    auto select = [&](size_t i) {
        a.selected_quote = int(i);
        focus_spans(a, {d->quotes[i].span}, "quote");
    };
    if (d->quotes.size() <= kFullQuotes) {
        for (size_t i = 0; i < d->quotes.size(); ++i) {
            const VmQuote& q = d->quotes[i];
            ImGui::PushID(int(i));
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(("\xE2\x80\x9C" + q.text + "\xE2\x80\x9D").c_str());
            bool clicked = ImGui::IsItemClicked();
            ImGui::PopTextWrapPos();
            ImGui::TextDisabled("  \xE2\x80\x94 %s%s%s", q.speaker_name.empty() ? "unattributed" : q.speaker_name.c_str(),
                                q.verb.empty() ? "" : ", ", q.verb.c_str());
            a.probe.item("quote:" + std::to_string(i));
            if (clicked || ImGui::IsItemClicked()) select(i);
            ImGui::Spacing();
            ImGui::PopID();
        }
    } else {
        ImGuiListClipper clip;
        clip.Begin(int(d->quotes.size()));
        while (clip.Step())
            for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
                const VmQuote& q = d->quotes[size_t(i)];
                char line[300];
                std::snprintf(line, sizeof line, "%.60s: \xE2\x80\x9C%.200s\xE2\x80\x9D##q%d",
                              q.speaker_name.empty() ? "unattributed" : q.speaker_name.c_str(), q.text.c_str(), i);
                for (char* c = line; *c; ++c)  // one line high, for the clipper
                    if (*c == '\n' || *c == '\r' || *c == '\t') *c = ' ';
                if (ImGui::Selectable(line, a.selected_quote == i)) select(size_t(i));
                a.probe.item("quote:" + std::to_string(i));
                if (ImGui::BeginItemTooltip()) {
                    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
                    ImGui::TextUnformatted(("\xE2\x80\x9C" + q.text + "\xE2\x80\x9D").c_str());
                    ImGui::TextDisabled("\xE2\x80\x94 %s%s%s", q.speaker_name.empty() ? "unattributed" : q.speaker_name.c_str(),
                                        q.verb.empty() ? "" : ", ", q.verb.c_str());
                    ImGui::PopTextWrapPos();
                    ImGui::EndTooltip();
                }
            }
    }
    ImGui::EndChild();
}

}  // namespace np::ui
