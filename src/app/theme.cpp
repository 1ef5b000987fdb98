// theme.cpp — dark and light styles, and the entity colours (opaque, pre-mixed with the article
// background so a highlight reads the same everywhere and tests can sample it exactly).
#include <cmath>
#include <cstdio>

#include "app.hpp"

namespace np::ui {

const char* panel_name(int p) {
    static const char* const names[kPanelCount] = {"Input", "Article", "Entities", "Measures",
                                                   "Issues", "Quotes & summary", "Stats"};
    return p >= 0 && p < kPanelCount ? names[p] : "";
}

void apply_theme(const Settings& s) {
    ImGuiStyle& st = ImGui::GetStyle();
    st = ImGuiStyle();
    if (s.dark) ImGui::StyleColorsDark(&st);
    else ImGui::StyleColorsLight(&st);
    st.WindowRounding = 0;
    st.ChildRounding = 4;
    st.FrameRounding = 4;
    st.GrabRounding = 4;
    st.PopupRounding = 4;
    st.TabRounding = 4;
    st.ScrollbarRounding = 6;
    st.ScrollbarSize = 13;
    st.FramePadding = ImVec2(7, 4);
    st.ItemSpacing = ImVec2(8, 6);
    st.CellPadding = ImVec2(6, 3);
    st.WindowBorderSize = 0;
    st.ChildBorderSize = 1;
    if (s.dark) {
        st.Colors[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.12f, 1);
        st.Colors[ImGuiCol_ChildBg] = ImVec4(0.12f, 0.13f, 0.15f, 1);
        st.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.14f, 0.15f, 0.18f, 1);
        st.Colors[ImGuiCol_Border] = ImVec4(0.24f, 0.26f, 0.30f, 1);
    } else {
        st.Colors[ImGuiCol_WindowBg] = ImVec4(0.90f, 0.91f, 0.93f, 1);
        st.Colors[ImGuiCol_ChildBg] = ImVec4(0.97f, 0.97f, 0.98f, 1);
        st.Colors[ImGuiCol_Border] = ImVec4(0.75f, 0.77f, 0.80f, 1);
    }
}

// Hues per entity type (legend order): chosen apart from each other in both themes.
static const float kHue[kTypeCount][3] = {
    {0.30f, 0.55f, 1.00f},  // PERSON  blue
    {1.00f, 0.55f, 0.15f},  // ORG     orange
    {0.20f, 0.80f, 0.35f},  // GPE     green
    {0.10f, 0.75f, 0.75f},  // LOC     teal
    {0.70f, 0.40f, 0.95f},  // NORP    violet
    {0.85f, 0.80f, 0.20f},  // DATE    olive-yellow
    {1.00f, 0.35f, 0.60f},  // PERCENT pink
    {0.95f, 0.70f, 0.10f},  // MONEY   gold
    {0.60f, 0.60f, 0.60f},  // OTHER   grey
};

static ImU32 mix(const float bg[3], const float c[3], float t) {
    int r = int(std::lround((bg[0] + (c[0] - bg[0]) * t) * 255));
    int g = int(std::lround((bg[1] + (c[1] - bg[1]) * t) * 255));
    int b = int(std::lround((bg[2] + (c[2] - bg[2]) * t) * 255));
    return IM_COL32(r, g, b, 255);
}

static const float kDarkBg[3] = {0.12f, 0.13f, 0.15f};
static const float kLightBg[3] = {1.0f, 1.0f, 1.0f};

ImU32 article_bg(bool dark) { return mix(dark ? kDarkBg : kLightBg, kDarkBg, 0); }

// A transparent ChildBg rather than ImGuiWindowFlags_NoBackground, which drops the border too.
bool begin_child_no_bg(const char* id, ImVec2 size, ImGuiChildFlags child_flags, ImGuiWindowFlags flags) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    bool open = ImGui::BeginChild(id, size, child_flags, flags);
    ImGui::PopStyleColor();
    return open;
}

ImU32 article_text(bool dark, bool dim) {
    if (dark) return dim ? IM_COL32(128, 132, 140, 255) : IM_COL32(226, 228, 232, 255);
    return dim ? IM_COL32(140, 142, 148, 255) : IM_COL32(24, 26, 30, 255);
}

ImU32 heading_text(bool dark) {
    return dark ? IM_COL32(150, 190, 255, 255) : IM_COL32(20, 70, 150, 255);
}

ImU32 type_color(int t, bool dark) {
    if (t < 0 || t >= kTypeCount) t = T_OTHER;
    return mix(dark ? kDarkBg : kLightBg, kHue[t], dark ? 0.42f : 0.30f);
}

ImU32 type_swatch(int t, bool dark) {
    if (t < 0 || t >= kTypeCount) t = T_OTHER;
    return mix(dark ? kDarkBg : kLightBg, kHue[t], dark ? 0.85f : 0.80f);
}

std::string human_bytes(uint64_t n) {
    char buf[32];
    if (n < 1024) std::snprintf(buf, sizeof buf, "%llu bytes", (unsigned long long)n);
    else if (n < 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f KB", double(n) / 1024.0);
    else std::snprintf(buf, sizeof buf, "%.1f MB", double(n) / (1024.0 * 1024.0));
    return buf;
}

}  // namespace np::ui
