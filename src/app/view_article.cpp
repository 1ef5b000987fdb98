// view_article.cpp — the Article panel: the clean text word-wrapped with entity highlights,
// drawn run by run with ImDrawList (text_layout.hpp does the wrapping), only the visible lines.
//
// Index
//   1. Selection helpers (select_entity, focus_spans, scroll_article_to)
//   2. Blocks: which segments are shown (kept, or all with "Show removed")
//   3. Toolbar: document, Show removed, legend with per-type toggles, selection, Find
//   4. Drawing one block (header of a removed part, highlights, text, strike-through)
//   5. Hover tooltip and clicks
//   6. draw_article
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

#include "app.hpp"

namespace np::ui {

const VmDocument* current_doc(const App& a) {
    if (!a.vm.valid || a.vm.docs.empty()) return nullptr;
    int i = std::clamp(a.article.doc, 0, int(a.vm.docs.size()) - 1);
    return &a.vm.docs[size_t(i)];
}

// ---- 1. Selection helpers ---------------------------------------------------------------------------
static int segment_at(const VmDocument& d, uint32_t offset) {
    auto it = std::upper_bound(d.segments.begin(), d.segments.end(), offset,
                               [](uint32_t o, const VmSegment& s) { return o < s.span.start; });
    if (it == d.segments.begin()) return -1;
    int i = int(it - d.segments.begin()) - 1;
    return offset < d.segments[size_t(i)].span.end ? i : -1;
}

void scroll_article_to(App& a, uint32_t offset) {
    const VmDocument* d = current_doc(a);
    if (!d) return;
    int s = segment_at(*d, offset);
    if (s >= 0 && !d->segments[size_t(s)].kept) a.article.show_removed = true;
    a.article.scroll_pending = true;
    a.article.scroll_to = offset;
}

void select_entity(App& a, int entity, int mention) {
    const VmDocument* d = current_doc(a);
    if (!d || entity < 0 || entity >= int(d->entities.size())) return;
    const VmEntity& e = d->entities[size_t(entity)];
    a.article.selected_entity = entity;
    int n = int(e.mentions.size());
    if (n == 0) return;
    mention = ((mention % n) + n) % n;
    a.article.mention_cursor = mention;
    scroll_article_to(a, e.mentions[size_t(mention)].start);
}

void focus_spans(App& a, std::vector<Span> spans, std::string label) {
    spans.erase(std::remove_if(spans.begin(), spans.end(), [](const Span& s) { return s.empty(); }), spans.end());
    std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) { return x.start < y.start; });
    a.article.focus = std::move(spans);
    a.article.focus_label = std::move(label);
    if (!a.article.focus.empty()) scroll_article_to(a, a.article.focus.front().start);
}

namespace {

// ---- 2. Blocks ----------------------------------------------------------------------------------------------
constexpr uint32_t kMaxBlock = 32 * 1024;  // longer segments are cut so no frame wraps more than this at once

void build_blocks(App& a, const VmDocument& d) {
    std::vector<LayoutBlock> blocks;
    const std::string& t = *d.text;
    const uint32_t n = uint32_t(t.size());
    for (size_t i = 0; i < d.segments.size(); ++i) {
        const VmSegment& s = d.segments[i];
        if (!s.kept && !a.article.show_removed) continue;
        uint32_t p = std::min(s.span.start, n), end = std::min(std::max(s.span.end, p), n);
        bool first = true;
        do {
            uint32_t q = end;
            if (end - p > kMaxBlock) {
                q = p + kMaxBlock;
                uint32_t back = q;
                while (back > p + kMaxBlock / 2 && t[back] != '\n' && t[back] != ' ') --back;
                if (back > p + kMaxBlock / 2) q = back + 1;
                while (q < end && (static_cast<unsigned char>(t[q]) & 0xC0) == 0x80) ++q;  // not inside a character
            }
            LayoutBlock b;
            b.start = p;
            b.end = q;
            b.segment = int(i);
            b.header = first && !s.kept;
            blocks.push_back(std::move(b));
            first = false;
            p = q;
        } while (p < end);
    }
    a.article.layout.set_blocks(d.text.get(), std::move(blocks));
}

// Case-insensitive (ASCII) search over the shown blocks.
void run_find(App& a, const VmDocument& d) {
    ArticleState& s = a.article;
    s.find_done = s.find;
    s.matches.clear();
    s.match_cursor = -1;
    size_t qn = std::strlen(s.find);
    if (qn == 0) return;
    const std::string& t = *d.text;
    auto lower = [](char c) { return char(std::tolower(static_cast<unsigned char>(c))); };
    for (const auto& b : s.layout.blocks()) {
        for (uint32_t p = b.start; p + qn <= b.end && s.matches.size() < 100000; ++p) {
            if (lower(t[p]) != lower(s.find[0])) continue;
            size_t k = 1;
            while (k < qn && lower(t[p + k]) == lower(s.find[k])) ++k;
            if (k == qn) {
                s.matches.push_back({p, uint32_t(p + qn)});
                p += uint32_t(qn) - 1;
            }
        }
    }
    if (!s.matches.empty()) {
        s.match_cursor = 0;
        scroll_article_to(a, s.matches[0].start);
    }
}

// ---- 3. Toolbar -------------------------------------------------------------------------------------------------
void legend(App& a, const VmDocument& d) {
    int counts[kTypeCount] = {};
    for (const auto& e : d.entities) counts[e.type_idx] += int(e.mentions.size());
    bool dark = a.settings.dark;
    float right = ImGui::GetContentRegionMax().x;
    bool first = true;
    for (int t = 0; t < kTypeCount; ++t) {
        if (!counts[t]) continue;
        char label[48];
        std::snprintf(label, sizeof label, "%s %d##legend%d", type_label(t), counts[t], t);
        float w = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        if (!first) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        }
        first = false;
        bool on = a.article.type_on[t];
        ImGui::PushStyleColor(ImGuiCol_Button, on ? type_color(t, dark) : ImGui::GetColorU32(ImGuiCol_FrameBg));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, type_swatch(t, dark));
        ImGui::PushStyleColor(ImGuiCol_Text, on ? article_text(dark, false) : ImGui::GetColorU32(ImGuiCol_TextDisabled));
        if (ImGui::SmallButton(label)) a.article.type_on[t] = !on;
        ImGui::PopStyleColor(3);
        a.probe.item(std::string("legend:") + type_label(t));
        ImGui::SetItemTooltip("%s \xE2\x80\x94 %s. Click to %s their highlights.", type_label(t), type_description(t),
                              on ? "hide" : "show");
    }
}

void toolbar(App& a, const VmDocument& d) {
    ArticleState& s = a.article;
    if (a.vm.docs.size() > 1) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
        const VmDocument& cur = a.vm.docs[size_t(s.doc)];
        std::string preview = cur.title.empty() ? cur.id : cur.title;
        if (ImGui::BeginCombo("##doc", preview.c_str())) {
            for (int i = 0; i < int(a.vm.docs.size()); ++i) {
                const VmDocument& o = a.vm.docs[size_t(i)];
                char label[300];
                std::snprintf(label, sizeof label, "%d. %.250s##d%d", i + 1, (o.title.empty() ? o.id : o.title).c_str(), i);
                if (ImGui::Selectable(label, i == s.doc)) {
                    s.doc = i;
                    a.input_sel = i;
                    s.selected_entity = -1;
                    s.focus.clear();
                }
            }
            ImGui::EndCombo();
        }
        a.probe.item("article:document");
        ImGui::SameLine();
    }
    char label[96];
    std::snprintf(label, sizeof label, "Show removed (%d)", d.removed_segments);
    ImGui::BeginDisabled(d.removed_segments == 0);
    ImGui::Checkbox(label, &s.show_removed);
    ImGui::EndDisabled();
    a.probe.item("article:show-removed");
    ImGui::SameLine();
    if (ImGui::SmallButton("Find")) {
        s.find_open = !s.find_open;
        s.find_focus = s.find_open;
    }
    a.probe.item("article:find");
    legend(a, d);

    if (s.find_open) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
        bool enter = ImGui::InputTextWithHint("##find", "Find in article", s.find, sizeof s.find,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
        a.probe.item("article:find-box");
        if (s.find_focus) {  // focus the box just drawn (offset -1 resolves at once)
            ImGui::SetKeyboardFocusHere(-1);
            s.find_focus = false;
        }
        bool typed = s.find_done != s.find;
        if (typed) run_find(a, d);
        if (enter && !s.matches.empty()) {
            int n = int(s.matches.size());
            s.match_cursor = (s.match_cursor + (ImGui::GetIO().KeyShift ? n - 1 : 1)) % n;
            scroll_article_to(a, s.matches[size_t(s.match_cursor)].start);
        }
        if (enter) ImGui::SetKeyboardFocusHere(-1);  // keep typing / stepping
        ImGui::SameLine();
        if (s.find[0] == 0) ImGui::TextDisabled("type to search");
        else if (s.matches.empty()) ImGui::TextDisabled("no matches");
        else ImGui::Text("%d of %zu%s", s.match_cursor + 1, s.matches.size(), s.matches.size() >= 100000 ? "+" : "");
        a.probe.item("article:find-count");
        ImGui::SameLine();
        if (ImGui::SmallButton("x##closefind")) s.find_open = false;
    }

    if (s.selected_entity >= 0 && s.selected_entity < int(d.entities.size())) {
        const VmEntity& e = d.entities[size_t(s.selected_entity)];
        if (ImGui::ArrowButton("##prev", ImGuiDir_Left)) select_entity(a, s.selected_entity, s.mention_cursor - 1);
        a.probe.item("article:prev");
        ImGui::SameLine();
        if (ImGui::ArrowButton("##next", ImGuiDir_Right)) select_entity(a, s.selected_entity, s.mention_cursor + 1);
        a.probe.item("article:next");
        ImGui::SameLine();
        ImGui::Text("%s \xC2\xB7 %s \xC2\xB7 mention %d of %zu", e.name.c_str(), e.type.c_str(), s.mention_cursor + 1,
                    e.mentions.size());
        ImGui::SameLine();
        if (ImGui::SmallButton("x##clearsel")) s.selected_entity = -1;
    }
    if (!s.focus.empty()) {
        ImGui::TextColored(ImVec4(0.95f, 0.75f, 0.3f, 1), "Evidence: %s", s.focus_label.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("x##clearfocus")) s.focus.clear();
    }
}

// ---- 4. Drawing one block -------------------------------------------------------------------------------------
struct DrawCtx {
    App& a;
    const VmDocument& d;
    ImDrawList* dl;
    ImVec2 origin;
    float clip_top, clip_bottom;
    float size;
    bool dark;
};

// First index in a start-sorted span list that may overlap [from, ...).
template <typename T, typename Get>
size_t first_overlap(const std::vector<T>& v, uint32_t from, Get get) {
    size_t i = size_t(std::lower_bound(v.begin(), v.end(), from,
                                       [&](const T& x, uint32_t o) { return get(x).start < o; }) -
                      v.begin());
    size_t back = 0;
    while (i > 0 && back < 8 && get(v[i - 1]).end > from) { --i; ++back; }
    return i;
}

void draw_spans_on_line(DrawCtx& c, const LayoutLine& line, float ly, const std::vector<Span>& spans, ImU32 fill,
                        bool underline) {
    TextLayout& L = c.a.article.layout;
    float lh = L.line_height();
    for (size_t k = first_overlap(spans, line.start, [](const Span& s) { return s; }); k < spans.size(); ++k) {
        const Span& s = spans[k];
        if (s.start >= line.end && !(s.start == line.end && line.start == line.end)) break;
        if (s.end <= line.start) continue;
        float x0 = c.origin.x + L.x_of(line, std::max(s.start, line.start));
        float x1 = c.origin.x + L.x_of(line, std::min(s.end, line.end));
        if (x1 <= x0) continue;
        if (underline) {
            c.dl->AddRectFilled(ImVec2(x0 - 2, ly), ImVec2(x1 + 2, ly + lh), fill, 2.0f);
            c.dl->AddLine(ImVec2(x0, ly + lh - 1.5f), ImVec2(x1, ly + lh - 1.5f), IM_COL32(235, 160, 40, 255), 2.0f);
        } else {
            c.dl->AddRectFilled(ImVec2(x0 - 1, ly + 1), ImVec2(x1 + 1, ly + lh - 1), fill, 3.0f);
        }
    }
}

void draw_block(DrawCtx& c, size_t bi, float top) {
    ArticleState& s = c.a.article;
    TextLayout& L = s.layout;
    const LayoutBlock& b = L.blocks()[bi];
    const float lh = L.line_height();
    const VmSegment* seg = b.segment >= 0 && b.segment < int(c.d.segments.size()) ? &c.d.segments[size_t(b.segment)] : nullptr;
    const bool removed = seg && !seg->kept;
    float y = top;
    const char* text = c.d.text->data();

    if (b.header && seg) {
        char head[400];
        std::snprintf(head, sizeof head, "Removed \xC2\xB7 %s: %.300s", seg->status.c_str(),
                      seg->reason.empty() ? "no reason given" : seg->reason.c_str());
        ImU32 col = c.dark ? IM_COL32(240, 150, 120, 255) : IM_COL32(170, 60, 30, 255);
        c.dl->AddText(nullptr, c.size * 0.9f, ImVec2(c.origin.x, y + (lh - c.size) * 0.5f), col, head);
        bool link = seg->duplicate_of >= 0 || seg->first_doc >= 0;
        if (link) {
            float hx = c.origin.x + ImGui::CalcTextSize(head).x * 0.9f + 12;
            const char* go = seg->first_doc >= 0 && seg->first_doc != c.a.article.doc ? "\xE2\x86\x92 first copy (other document)"
                                                                                         : "\xE2\x86\x92 kept copy";
            ImVec2 p0(hx, y), p1(hx + ImGui::CalcTextSize(go).x * 0.9f, y + lh);
            bool hov = ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(p0, p1);
            ImU32 lc = ImGui::GetColorU32(hov ? ImGuiCol_ButtonHovered : ImGuiCol_PlotHistogram);
            c.dl->AddText(nullptr, c.size * 0.9f, ImVec2(hx, y + (lh - c.size) * 0.5f), lc, go);
            c.dl->AddLine(ImVec2(p0.x, p1.y - 3), ImVec2(p1.x, p1.y - 3), lc);
            if (hov) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (hov && ImGui::IsMouseClicked(0)) {
                if (seg->first_doc >= 0 && seg->first_doc != c.a.article.doc &&
                    seg->first_doc < int(c.a.vm.docs.size())) {
                    const VmDocument& other = c.a.vm.docs[size_t(seg->first_doc)];
                    c.a.article.doc = seg->first_doc;
                    c.a.input_sel = seg->first_doc;
                    if (seg->first_seg >= 0 && seg->first_seg < int(other.segments.size()))
                        scroll_article_to(c.a, other.segments[size_t(seg->first_seg)].span.start);
                } else if (seg->duplicate_of >= 0 && seg->duplicate_of < int(c.d.segments.size())) {
                    scroll_article_to(c.a, c.d.segments[size_t(seg->duplicate_of)].span.start);
                }
            }
        }
        y += lh;
    }

    // Headings: the accent colour and a faux bold (drawn twice, 0.7 px apart: one font face
    // ships, and the advances stay the ones the layout measured).
    const bool heading = seg && seg->kind == "heading";
    const ImU32 fg = heading && !removed ? heading_text(c.dark) : article_text(c.dark, removed);
    const ImU32 match_fill = c.dark ? IM_COL32(120, 90, 20, 255) : IM_COL32(255, 226, 140, 255);
    const ImU32 focus_fill = c.dark ? IM_COL32(70, 60, 30, 255) : IM_COL32(255, 243, 205, 255);
    for (const LayoutLine& line : b.lines) {
        float ly = y;
        y += lh;
        if (ly + lh < c.clip_top || ly > c.clip_bottom) continue;
        if (!s.focus.empty()) draw_spans_on_line(c, line, ly, s.focus, focus_fill, true);
        if (!s.matches.empty()) draw_spans_on_line(c, line, ly, s.matches, match_fill, false);
        // Entity highlights.
        const auto& ms = c.d.mentions;
        for (size_t k = first_overlap(ms, line.start, [](const VmMention& m) { return m.span; }); k < ms.size(); ++k) {
            const VmMention& m = ms[k];
            if (m.span.start >= line.end) break;
            if (m.span.end <= line.start) continue;
            const VmEntity& e = c.d.entities[size_t(m.entity)];
            if (!s.type_on[e.type_idx]) continue;
            float x0 = c.origin.x + L.x_of(line, std::max(m.span.start, line.start));
            float x1 = c.origin.x + L.x_of(line, std::min(m.span.end, line.end));
            ImVec2 p0(x0 - 1, ly + 1), p1(x1 + 1, ly + lh - 1);
            ImU32 col = type_color(e.type_idx, c.dark);
            c.dl->AddRectFilled(p0, p1, col, 3.0f);
            if (m.entity == s.selected_entity) {
                const VmEntity& se = c.d.entities[size_t(m.entity)];
                bool current = s.mention_cursor < int(se.mentions.size()) &&
                               se.mentions[size_t(s.mention_cursor)].start == m.span.start;
                c.dl->AddRect(p0, p1, type_swatch(e.type_idx, c.dark), 3.0f, 0, current ? 3.0f : 1.5f);
            }
            if (c.a.probe.marks.size() < 400 && p0.y >= c.clip_top && p1.y <= c.clip_bottom)
                c.a.probe.marks.push_back({m.entity, e.type_idx, ImVec4(p0.x, p0.y, p1.x - p0.x, p1.y - p0.y), col});
        }
        c.dl->AddText(c.a.font, c.size, ImVec2(c.origin.x, ly + (lh - c.size) * 0.5f), fg, text + line.start,
                      text + line.end);
        if (heading)
            c.dl->AddText(c.a.font, c.size, ImVec2(c.origin.x + 0.7f, ly + (lh - c.size) * 0.5f), fg,
                          text + line.start, text + line.end);
        if (removed && line.end > line.start) {
            float w = L.x_of(line, line.end);
            float sy = ly + lh * 0.52f;
            c.dl->AddLine(ImVec2(c.origin.x, sy), ImVec2(c.origin.x + w, sy), fg, 1.0f);
        }
    }
}

// ---- 5. Hover tooltip and clicks -------------------------------------------------------------------------------
void hover(App& a, const VmDocument& d, ImVec2 origin) {
    if (!ImGui::IsWindowHovered()) return;
    TextLayout& L = a.article.layout;
    if (L.blocks().empty()) return;
    ImVec2 mp = ImGui::GetMousePos();
    float yr = mp.y - origin.y;
    size_t bi = L.block_at(yr);
    L.layout(bi);
    const LayoutBlock& b = L.blocks()[bi];
    float in = yr - L.block_y(bi) - (b.header ? L.line_height() : 0);
    if (in < 0) return;
    size_t k = size_t(in / L.line_height());
    if (k >= b.lines.size()) return;
    const LayoutLine& line = b.lines[k];
    float xr = mp.x - origin.x;
    if (xr < 0 || xr > L.x_of(line, line.end)) return;
    uint32_t off = L.offset_at(line, xr);
    const auto& ms = d.mentions;
    for (size_t i = first_overlap(ms, off, [](const VmMention& m) { return m.span; }); i < ms.size(); ++i) {
        const VmMention& m = ms[i];
        if (m.span.start > off) break;
        if (off >= m.span.end) continue;
        const VmEntity& e = d.entities[size_t(m.entity)];
        if (!a.article.type_on[e.type_idx]) continue;
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::BeginTooltip()) {
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(type_swatch(e.type_idx, a.settings.dark)), "%s",
                               e.type.c_str());
            ImGui::SameLine();
            ImGui::TextDisabled("(%s)", type_description(e.type_idx));
            ImGui::Text("%s", e.name.c_str());
            if (!e.role.empty()) ImGui::Text("Role: %s", e.role.c_str());
            if (e.affiliation >= 0) ImGui::Text("Affiliation: %s", d.entities[size_t(e.affiliation)].name.c_str());
            ImGui::Text("Mentioned %d time%s", e.count, e.count == 1 ? "" : "s");
            if (e.aliases.size() > 1) {
                std::string al;
                for (const auto& x : e.aliases) al += (al.empty() ? "" : ", ") + x;
                ImGui::TextDisabled("Also: %.200s", al.c_str());
            }
            ImGui::TextDisabled("Click to select every mention");
            ImGui::EndTooltip();
        }
        if (ImGui::IsMouseClicked(0)) {
            int idx = 0;
            for (size_t j = 0; j < e.mentions.size(); ++j)
                if (e.mentions[j].start == m.span.start) idx = int(j);
            select_entity(a, m.entity, idx);
            a.article.scroll_pending = false;  // it is already in view
        }
        return;
    }
}

}  // namespace

// ---- 6. draw_article ---------------------------------------------------------------------------------------------
// What the layout cache was built for: the view model, the document, "Show removed".
static uint64_t layout_key_of(const App& a) {
    return (a.vm.generation << 20) ^ (uint64_t(a.article.doc) << 1) ^ uint64_t(a.article.show_removed);
}

bool layout_article_rest(App& a, double budget_ms) {
    ArticleState& s = a.article;
    // Blocks built for another result or document point into texts that may be gone: the next
    // painted frame builds them again.
    if (!current_doc(a) || s.layout_key != layout_key_of(a) || s.layout.blocks().empty()) return false;
    s.layout.layout_for(budget_ms);
    return true;
}

void draw_article(App& a) {
    const VmDocument* d = current_doc(a);
    if (!d) {
        ImGui::Spacing();
        if (a.input.empty()) {
            ImGui::TextWrapped("Paste a news article anywhere on the page (Ctrl+V / Cmd+V), drop files here, or use "
                               "File \xE2\x86\x92 Open\xE2\x80\xA6 or Load sample.");
            ImGui::TextDisabled("Everything stays in this browser.");
        } else {
            ImGui::TextDisabled(a.busy ? "Analysing\xE2\x80\xA6" : "The analysis appears here in a moment.");
        }
        return;
    }
    ArticleState& s = a.article;
    uint64_t key = layout_key_of(a);
    if (key != s.layout_key) {
        build_blocks(a, *d);
        s.layout_key = key;
        s.find_done.clear();
        if (s.find[0]) run_find(a, *d);
    }
    toolbar(a, *d);

    // Its background only where it differs from the panel's under it (begin_child_no_bg).
    const ImU32 bg = article_bg(a.settings.dark);
    const bool same = bg == ImGui::GetColorU32(ImGuiCol_ChildBg);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, same ? ImVec4(0, 0, 0, 0) : ImGui::ColorConvertU32ToFloat4(bg));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
    ImGui::BeginChild("##article_text", ImVec2(0, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_NoNav);
    a.probe.items["article:text"] = ImVec4(ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
                                           ImGui::GetWindowSize().y);
    TextLayout& L = s.layout;
    float size = ImGui::GetFontSize();
    L.set_metrics(a.font, size, ImGui::GetContentRegionAvail().x - 2);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float scroll = ImGui::GetScrollY();
    float view_h = ImGui::GetWindowHeight();

    if (s.scroll_pending && !L.blocks().empty()) {
        size_t bi = L.block_of_offset(s.scroll_to);
        L.layout(bi);
        float y = L.block_y(bi) + L.y_in_block(bi, s.scroll_to);
        ImGui::SetScrollY(std::max(0.0f, y - view_h * 0.3f));
        s.scroll_pending = false;
    }

    DrawCtx c{a, *d, ImGui::GetWindowDrawList(), origin, ImGui::GetWindowPos().y, ImGui::GetWindowPos().y + view_h,
              size, a.settings.dark};
    if (!L.blocks().empty()) {
        size_t first = L.block_at(scroll);
        for (size_t i = first; i < L.blocks().size(); ++i) {  // wrap what is visible, exactly
            L.layout(i);
            if (L.block_y(i) > scroll + view_h) break;
        }
        for (size_t i = first; i < L.blocks().size(); ++i) {
            float top = L.block_y(i);
            if (top > scroll + view_h) break;
            draw_block(c, i, origin.y + top);
        }
        L.layout_for(2.0);  // the rest in the background, 2 ms a frame
        ImGui::Dummy(ImVec2(1, L.total_height()));
        hover(a, *d, origin);
    } else {
        ImGui::TextDisabled("Nothing kept: every part of this document was removed (Show removed lists them).");
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace np::ui
