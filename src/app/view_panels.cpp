// view_panels.cpp — the window below the menu bar: three columns of panels separated by
// splitters a person drags (Dear ImGui 1.90.1 from Debian has no docking), and the status bar.
//
//   | Input     | Article            | Issues                    |
//   |-----------|--------------------|---------------------------|
//   | Entities  | Measures           | [Quotes & summary | Stats]|
//   status bar: messages and totals; while analysing, the page's progress strip over it
//
// Index
//   1. Splitter
//   2. Panel frame (2a. backgrounds: painted only between the panels)
//   3. Columns
//   4. Status bar
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "app.hpp"
#include "bridge.hpp"

namespace np::ui {

namespace {

constexpr float kBar = 6.0f;  // splitter thickness
ImVec2 g_spacing;             // the style's item spacing (the columns run with zero spacing)
std::vector<ImVec4> g_panels;  // this frame's panel rectangles (x0, y0, x1, y1): see paint_gaps

// ---- 1. Splitter ------------------------------------------------------------------------
// An invisible button between two areas; dragging it moves *frac by the mouse delta / total.
// sign = -1 when the fraction belongs to the area after the bar (the right column).
void splitter(App& a, const char* id, bool vertical_bar, ImVec2 size, float* frac, float total, float sign) {
    ImGui::InvisibleButton(id, size);
    bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
    if (hovered || active) ImGui::SetMouseCursor(vertical_bar ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
    if (active && total > 0) {
        ImVec2 d = ImGui::GetIO().MouseDelta;
        *frac = std::clamp(*frac + sign * (vertical_bar ? d.x : d.y) / total, 0.1f, 0.9f);
    }
    if (ImGui::IsItemDeactivated()) save_settings(a);
    ImVec2 p0 = ImGui::GetItemRectMin(), p1 = ImGui::GetItemRectMax();
    ImU32 col = ImGui::GetColorU32(active ? ImGuiCol_SeparatorActive : hovered ? ImGuiCol_SeparatorHovered
                                                                               : ImGuiCol_Border);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (vertical_bar) {
        float x = (p0.x + p1.x) * 0.5f;
        dl->AddLine(ImVec2(x, p0.y + 4), ImVec2(x, p1.y - 4), col, active || hovered ? 3.0f : 1.0f);
    } else {
        float y = (p0.y + p1.y) * 0.5f;
        dl->AddLine(ImVec2(p0.x + 4, y), ImVec2(p1.x - 4, y), col, active || hovered ? 3.0f : 1.0f);
    }
    a.probe.item(id);
}

// ---- 2. Panel frame --------------------------------------------------------------------------
void draw_panel_body(App& a, int p) {
    switch (p) {
        case P_INPUT: draw_input(a); break;
        case P_ARTICLE: draw_article(a); break;
        case P_ENTITIES: draw_entities(a); break;
        case P_MEASURES: draw_measures(a); break;
        case P_ISSUES: draw_issues(a); break;
        case P_QUOTES: draw_quotes(a); break;
        case P_STATS: draw_stats(a); break;
        default: break;
    }
}

// ---- 2a. Backgrounds -------------------------------------------------------------------------
// Where the canvas is painted in software (SwiftShader in headless browsers, machines without a
// GPU) every pixel a frame covers costs: a 1280x800 frame of the sample took the GPU process
// 44-47 ms with this window's full-screen background, the panels' backgrounds (drawn in this
// window's list) and their lists' (the same colour) under them: the canvas covered three times
// before any text. So the canvas is cleared with the panels' colour (main.cpp), the panels and
// their lists (begin_child_no_bg) and this window draw no background, and only what lies between
// the panels (margins, splitters, the status bar, the outside of the panels' rounded corners) is
// painted in this window's colour: the same picture, ~18 ms a frame (bench/paint.mjs measures
// both; tests/e2e/paint.test.mjs checks the pixels a frame covers).
void add_panel_rect() {
    ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
    g_panels.push_back(ImVec4(p.x, p.y, p.x + s.x, p.y + s.y));
}

// Fills `area` minus the panels with `col`, band by band between the panels' top and bottom
// edges, and the outside of each panel's rounded corners (the arcs ImGui's own rounded
// background uses; the panel's border is stroked over them).
void paint_gaps(ImDrawList* dl, ImVec4 area, const std::vector<ImVec4>& panels, ImU32 col, float rounding) {
    std::vector<float> ys = {area.y, area.w};
    for (const ImVec4& r : panels) {
        ys.push_back(std::clamp(r.y, area.y, area.w));
        ys.push_back(std::clamp(r.w, area.y, area.w));
    }
    std::sort(ys.begin(), ys.end());
    ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
    std::vector<ImVec4> row;
    for (size_t i = 0; i + 1 < ys.size(); ++i) {
        float y0 = ys[i], y1 = ys[i + 1];
        row.clear();
        for (const ImVec4& r : panels)
            if (r.y <= y0 && r.w >= y1) row.push_back(r);
        std::sort(row.begin(), row.end(), [](const ImVec4& l, const ImVec4& r) { return l.x < r.x; });
        float x = area.x;
        for (const ImVec4& r : row) {
            if (r.x > x) dl->AddRectFilled(ImVec2(x, y0), ImVec2(std::min(r.x, area.z), y1), col);
            x = std::max(x, r.z);
        }
        if (x < area.z) dl->AddRectFilled(ImVec2(x, y0), ImVec2(area.z, y1), col);
    }
    if (rounding <= 0) return;
    // Each corner: the corner point and the quarter arc, a fan from the corner (the region is
    // not convex, but every triangle of the fan lies in it; anti-aliased fill would fringe the
    // concave side, so it is off here).
    const ImDrawListFlags flags = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (const ImVec4& r : panels) {
        const float k = std::min(rounding, std::min(r.z - r.x, r.w - r.y) * 0.5f);
        struct Corner { ImVec2 at, center; int a0, a1; };
        const Corner corners[4] = {{ImVec2(r.x, r.y), ImVec2(r.x + k, r.y + k), 6, 9},
                                   {ImVec2(r.z, r.y), ImVec2(r.z - k, r.y + k), 9, 12},
                                   {ImVec2(r.z, r.w), ImVec2(r.z - k, r.w - k), 0, 3},
                                   {ImVec2(r.x, r.w), ImVec2(r.x + k, r.w - k), 3, 6}};
        for (const Corner& c : corners) {
            dl->PathLineTo(c.at);
            dl->PathArcToFast(c.center, k, c.a0, c.a1);
            dl->PathFillConvex(col);
        }
    }
    dl->Flags = flags;
}

void panel(App& a, int p, ImVec2 size) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 6));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, g_spacing);
    begin_child_no_bg(panel_name(p), size, ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
    a.probe.items[std::string("panel:") + panel_name(p)] =
        ImVec4(ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, size.x, size.y);
    add_panel_rect();
    ImGui::TextColored(ImGui::GetStyle().Colors[ImGuiCol_PlotHistogram], "%s", panel_name(p));
    ImGui::Separator();
    draw_panel_body(a, p);
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
}

// The bottom of the right column: Quotes & summary and Stats share it as tabs.
void tabs_panel(App& a, ImVec2 size) {
    bool q = a.settings.panel[P_QUOTES], s = a.settings.panel[P_STATS];
    if (q != s) {
        panel(a, q ? P_QUOTES : P_STATS, size);
        return;
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, g_spacing);
    begin_child_no_bg("##tabs", size, ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
    add_panel_rect();
    if (ImGui::BeginTabBar("##qs")) {
        for (int p : {P_QUOTES, P_STATS}) {
            if (ImGui::BeginTabItem(panel_name(p))) {
                a.probe.item(std::string("tab:") + panel_name(p));
                draw_panel_body(a, p);
                ImGui::EndTabItem();
            } else {
                a.probe.item(std::string("tab:") + panel_name(p));
            }
        }
        ImGui::EndTabBar();
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
}

// ---- 3. Columns ----------------------------------------------------------------------------------
// One column: a top and a bottom area with a horizontal splitter, or one area filling it.
template <typename Top, typename Bottom>
void column(App& a, const char* id, float w, float h, bool top_on, bool bottom_on, float* split, Top top,
            Bottom bottom) {
    ImGui::BeginGroup();
    if (top_on && bottom_on) {
        float th = std::floor((h - kBar) * *split);
        top(ImVec2(w, th));
        splitter(a, id, false, ImVec2(w, kBar), split, h, 1.0f);
        bottom(ImVec2(w, h - kBar - th));
    } else if (top_on) {
        top(ImVec2(w, h));
    } else if (bottom_on) {
        bottom(ImVec2(w, h));
    }
    ImGui::EndGroup();
}

// ---- 4. Status bar ----------------------------------------------------------------------------------
// A running analysis (and the intake of its result) shows its progress bar and Cancel button in
// an element of the page laid over the status bar (web/bridge.js, "progress strip"): past the
// analysis's first 150 ms the canvas is painted only when the person does something (main.cpp),
// and the strip moves without painting it. Where the canvas is painted in software
// each frame took 70-130 ms of the cores the workers need: drawing the bar on the canvas, even
// once a second, made the frames over 100 ms of a 10 MB analysis. With a GPU it saves the
// battery; and a screen reader reads the strip (role=progressbar), as it cannot read a canvas.
std::string progress_label(const App& a) {
    if (!a.busy) return "Showing the result\xE2\x80\xA6";
    char label[64];
    std::snprintf(label, sizeof label, "Analysing %s\xE2\x80\xA6 %d%%", human_bytes(input_bytes(a)).c_str(),
                  int(a.progress * 100));
    return label;
}

void status_bar(App& a) {
    const ImGuiStyle& st = ImGui::GetStyle();
    // Where the strip goes and how it looks, sent when that changes (a resize, the theme).
    bridge::StripLook look;
    ImVec2 p = ImGui::GetCursorScreenPos();
    look.x = p.x;
    look.y = p.y;
    look.w = ImGui::GetContentRegionAvail().x;
    look.h = ImGui::GetFrameHeight();
    look.rounding = st.FrameRounding;
    look.font_px = ImGui::GetFontSize();
    look.pad_x = st.FramePadding.x;
    look.spacing = st.ItemSpacing.x;
    look.bg = ImGui::GetColorU32(ImGuiCol_WindowBg);
    look.frame = ImGui::GetColorU32(ImGuiCol_FrameBg);
    look.fill = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
    look.text = ImGui::GetColorU32(ImGuiCol_Text);
    look.button = ImGui::GetColorU32(ImGuiCol_Button);
    look.button_hovered = ImGui::GetColorU32(ImGuiCol_ButtonHovered);
    look.button_active = ImGui::GetColorU32(ImGuiCol_ButtonActive);
    if (!(look == a.strip_look)) {
        a.strip_look = look;
        bridge::progress_place(look);
    }
    // Under the strip while it is shown; a frame painted in the first moments shows this.
    if (a.busy || a.builder.active()) {
        ImGui::TextDisabled("%s", progress_label(a).c_str());
        ImGui::SameLine();
    }
    if (!a.status.empty()) {
        ImVec4 c = a.status_error ? ImVec4(1.0f, 0.55f, 0.45f, 1) : st.Colors[ImGuiCol_Text];
        ImGui::TextColored(c, "%s", a.status.c_str());
        a.probe.item("status");
    } else if (a.vm.valid && !a.vm.docs.empty()) {
        const VmDocument* d = current_doc(a);
        if (d) {
            int ents = int(d->entities.size());
            ImGui::TextDisabled("%zu document%s \xC2\xB7 %d entities \xC2\xB7 %zu measures \xC2\xB7 %d removed parts \xC2\xB7 analysed in %.1f ms",
                                a.vm.docs.size(), a.vm.docs.size() == 1 ? "" : "s", ents, d->measures.size(),
                                d->removed_segments, a.vm.analysis_ms);
        }
    } else if (a.input.empty()) {
        ImGui::TextDisabled("Paste an article (Ctrl+V), drop files here, or use File \xE2\x86\x92 Open\xE2\x80\xA6 / Load sample.");
    }
}

}  // namespace

// The strip appears (main.cpp: the quiet start of an analysis is over), follows the progress
// and the result's intake (np_app_on_progress, np_app_on_result) at most ~10 times a second
// (each change is a composited frame of the page), and goes with the frame that shows the end.
namespace {
// What the strip shows, as a key that changes when its text does: the whole percent while the
// analysis runs, 1000 once the result is taken in (a full bar, "Showing the result…").
int progress_key(const App& a) { return a.busy ? int(a.progress * 100) : 1000; }
float progress_value(const App& a) { return a.busy ? a.progress : 1.0f; }
}  // namespace

void progress_begin(App& a) {
    a.progress_shown = true;
    a.progress_key = progress_key(a);
    a.progress_set_ms = bridge::now_ms();
    bridge::progress_show(progress_label(a).c_str(), progress_value(a), a.busy);
}

void progress_changed(App& a) {
    if (!a.progress_shown || !(a.busy || a.builder.active())) return;
    const int key = progress_key(a);
    const double now = bridge::now_ms();
    if (key == a.progress_key || (a.busy && key < 100 && now - a.progress_set_ms < 100)) return;
    a.progress_key = key;
    a.progress_set_ms = now;
    bridge::progress_set(progress_label(a).c_str(), progress_value(a), a.busy);
}

void progress_end(App& a) {
    if (!a.progress_shown) return;
    a.progress_shown = false;
    bridge::progress_hide();
}

void draw_panels(App& a) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 6));
    // No background of its own, nor have the panels: see section 2a.
    ImGui::Begin("##root", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
                     ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    // The gaps between the panels are painted at the end, under everything else of this window.
    ImDrawList* gaps_dl = ImGui::GetWindowDrawList();
    gaps_dl->ChannelsSplit(2);
    gaps_dl->ChannelsSetCurrent(1);
    g_panels.clear();
    Settings& s = a.settings;
    const bool* on = s.panel;
    ImVec2 avail = ImGui::GetContentRegionAvail();
    float status_h = ImGui::GetFrameHeight();
    float h = std::max(100.0f, avail.y - status_h - ImGui::GetStyle().ItemSpacing.y);
    float W = avail.x;

    bool left_on = on[P_INPUT] || on[P_ENTITIES];
    bool center_on = on[P_ARTICLE] || on[P_MEASURES];
    bool right_on = on[P_ISSUES] || on[P_QUOTES] || on[P_STATS];
    int bars = int(left_on) + int(center_on) + int(right_on) - 1;
    float usable = W - kBar * float(std::max(0, bars));
    float lw = left_on ? std::floor(usable * s.left) : 0;
    float rw = right_on ? std::floor(usable * s.right) : 0;
    if (!center_on) {  // the side columns share the width
        if (left_on && right_on) { lw = std::floor(usable * s.left / (s.left + s.right)); rw = usable - lw; }
        else if (left_on) lw = usable;
        else rw = usable;
    }
    float cw = center_on ? usable - lw - rw : 0;

    g_spacing = ImGui::GetStyle().ItemSpacing;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    bool first = true;
    auto next = [&](const char* bar_id, float* frac, float sign) {
        if (!first) {
            ImGui::SameLine();
            splitter(a, bar_id, true, ImVec2(kBar, h), frac, usable, sign);
            ImGui::SameLine();
        }
        first = false;
    };
    if (left_on) {
        next("##bar0", &s.left, 1);
        column(a, "##split_left", lw, h, on[P_INPUT], on[P_ENTITIES], &s.left_split,
               [&](ImVec2 sz) { panel(a, P_INPUT, sz); }, [&](ImVec2 sz) { panel(a, P_ENTITIES, sz); });
    }
    if (center_on) {
        next("##bar_left", &s.left, 1);
        column(a, "##split_center", cw, h, on[P_ARTICLE], on[P_MEASURES], &s.center_split,
               [&](ImVec2 sz) { panel(a, P_ARTICLE, sz); }, [&](ImVec2 sz) { panel(a, P_MEASURES, sz); });
    }
    if (right_on) {
        next("##bar_right", &s.right, -1);
        column(a, "##split_right", rw, h, on[P_ISSUES], on[P_QUOTES] || on[P_STATS], &s.right_split,
               [&](ImVec2 sz) { panel(a, P_ISSUES, sz); }, [&](ImVec2 sz) { tabs_panel(a, sz); });
    }
    ImGui::PopStyleVar();
    if (!left_on && !center_on && !right_on) ImGui::Dummy(ImVec2(W, h));
    ImGui::Spacing();
    status_bar(a);
    gaps_dl->ChannelsSetCurrent(0);
    const ImVec2 rp = ImGui::GetWindowPos(), rs = ImGui::GetWindowSize();
    gaps_dl->PushClipRect(rp, ImVec2(rp.x + rs.x, rp.y + rs.y), false);
    paint_gaps(gaps_dl, ImVec4(rp.x, rp.y, rp.x + rs.x, rp.y + rs.y), g_panels, ImGui::GetColorU32(ImGuiCol_WindowBg),
               ImGui::GetStyle().ChildRounding);
    gaps_dl->PopClipRect();
    gaps_dl->ChannelsMerge();
    ImGui::End();
}

}  // namespace np::ui
