// view_menu.cpp — the menu bar (File, Edit, View, Help), keyboard shortcuts, the Help windows
// and the notice dialog (refused input, storage errors).
//
// Index
//   1. Actions shared by menus and shortcuts
//   2. Keyboard shortcuts
//   3. Menu bar
//   4. Help windows
//   5. Notice dialog
#include <algorithm>

#include "app.hpp"
#include "bridge.hpp"

namespace np::ui {

namespace {

// ---- 1. Actions -----------------------------------------------------------------------------------
void font_step(App& a, float delta) {
    float s = delta == 0 ? 16.0f : std::clamp(a.settings.font_size + delta, 10.0f, 32.0f);
    if (s == a.settings.font_size) return;
    a.settings.font_size = s;
    a.fonts_dirty = true;
    save_settings(a);
}

void set_theme(App& a, bool dark) {
    a.settings.dark = dark;
    apply_theme(a.settings);
    save_settings(a);
}

void set_private(App& a, bool on) {
    a.settings.private_mode = on;
    if (on) {
        bridge::action("storage-clear");
        a.status = "Private mode: nothing is stored, and what was stored is gone.";
    } else {
        save_settings(a);
        save_input_soon(a);
        a.status = "Private mode off: settings and the last input are remembered in this browser.";
    }
    a.status_error = false;
}

void open_find(App& a) {
    a.article.find_open = true;
    a.article.find_focus = true;
}

bool has_result(const App& a) { return a.vm.valid && !a.vm.docs.empty(); }

// ---- 2. Keyboard shortcuts ----------------------------------------------------------------------------
}  // namespace

void handle_shortcuts(App& a) {
    ImGuiIO& io = ImGui::GetIO();
    bool ctrl = io.KeyCtrl || io.KeySuper;
    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(k, false); };
    if (ctrl && pressed(ImGuiKey_O)) bridge::action("open");
    if (ctrl && pressed(ImGuiKey_F)) open_find(a);
    if (ctrl && (pressed(ImGuiKey_Equal) || pressed(ImGuiKey_KeypadAdd))) font_step(a, 1);
    if (ctrl && (pressed(ImGuiKey_Minus) || pressed(ImGuiKey_KeypadSubtract))) font_step(a, -1);
    if (ctrl && pressed(ImGuiKey_0)) font_step(a, 0);
    if (ctrl && pressed(ImGuiKey_S) && has_result(a)) bridge::action("export:json");
    if (ctrl && !io.WantTextInput && pressed(ImGuiKey_Z)) undo_input(a);
    if (pressed(ImGuiKey_F1)) a.show_help = true;
    if (!io.WantTextInput && a.article.selected_entity >= 0) {
        if (pressed(ImGuiKey_F8) || pressed(ImGuiKey_N))
            select_entity(a, a.article.selected_entity, a.article.mention_cursor + (io.KeyShift ? -1 : 1));
        if (pressed(ImGuiKey_P)) select_entity(a, a.article.selected_entity, a.article.mention_cursor - 1);
    }
    if (pressed(ImGuiKey_Escape) && !io.WantTextInput) {
        a.article.selected_entity = -1;
        a.article.focus.clear();
        a.article.find_open = false;
    }
}

namespace {

// ---- 3. Menu bar ----------------------------------------------------------------------------------------
bool item(App& a, const char* menu, const char* label, const char* shortcut = nullptr, bool selected = false,
          bool enabled = true) {
    bool r = ImGui::MenuItem(label, shortcut, selected, enabled);
    a.probe.item(std::string("menu:") + menu + "/" + label);
    return r;
}

void menu_file(App& a) {
    bool open = ImGui::BeginMenu("File");
    a.probe.item("menu:File");
    if (!open) return;
    if (item(a, "File", "Open\xE2\x80\xA6", "Ctrl+O")) bridge::action("open");
    if (item(a, "File", "Load sample")) bridge::action("sample");
    ImGui::Separator();
    // Issues are found with a taxonomy (assets/issues.json); a person can bring their own.
    if (item(a, "File", "Load taxonomy\xE2\x80\xA6")) bridge::action("taxonomy");
    if (item(a, "File", "Use built-in taxonomy", nullptr, a.taxonomy.empty(), !a.taxonomy.empty()))
        bridge::action("taxonomy-builtin");
    ImGui::Separator();
    bool can = has_result(a);
    // The original input can be exported before (and whatever) the analysis says.
    bool exp = ImGui::BeginMenu("Export", can || !a.input.empty());
    a.probe.item("menu:File/Export");
    if (exp) {
        if (item(a, "Export", "Analysis (JSON)", "Ctrl+S", false, can)) bridge::action("export:json");
        if (item(a, "Export", "Report (Markdown)", nullptr, false, can)) bridge::action("export:md");
        if (item(a, "Export", "Report (HTML, printable)", nullptr, false, can)) bridge::action("export:html");
        if (item(a, "Export", "Entities (CSV)", nullptr, false, can)) bridge::action("export:csv-entities");
        if (item(a, "Export", "Measures (CSV)", nullptr, false, can)) bridge::action("export:csv-measures");
        ImGui::Separator();
        if (item(a, "Export", "Clean text (TXT)", nullptr, false, can)) bridge::action("export:clean");
        if (item(a, "Export", "Original input (as given)", nullptr, false, !a.input.empty()))
            bridge::action("export:original");
        ImGui::EndMenu();
    }
    ImGui::Separator();
    if (item(a, "File", "Clear input", nullptr, false, !a.input.empty())) clear_input(a);
    ImGui::EndMenu();
}

void menu_edit(App& a) {
    bool open = ImGui::BeginMenu("Edit");
    a.probe.item("menu:Edit");
    if (!open) return;
    if (item(a, "Edit", "Undo input change", "Ctrl+Z", false, a.has_undo)) undo_input(a);
    item(a, "Edit", "Paste: press Ctrl+V anywhere", nullptr, false, false);
    if (item(a, "Edit", "Find in article\xE2\x80\xA6", "Ctrl+F")) open_find(a);
    ImGui::Separator();
    bool can = has_result(a);
    if (item(a, "Edit", "Copy report (Markdown)", nullptr, false, can)) bridge::action("copy:md");
    if (item(a, "Edit", "Copy clean text", nullptr, false, can)) bridge::action("copy:clean");
    if (item(a, "Edit", "Copy analysis (JSON)", nullptr, false, can)) bridge::action("copy:json");
    ImGui::Separator();
    if (item(a, "Edit", "Analyze now", nullptr, false, !a.input.empty())) request_analysis(a);
    if (item(a, "Edit", "Analyse removed parts too", nullptr, a.settings.keep_all)) {
        a.settings.keep_all = !a.settings.keep_all;
        save_settings(a);
        mark_input_changed(a);
    }
    ImGui::EndMenu();
}

void menu_view(App& a) {
    bool open = ImGui::BeginMenu("View");
    a.probe.item("menu:View");
    if (!open) return;
    for (int p = 0; p < kPanelCount; ++p)
        if (item(a, "View", panel_name(p), nullptr, a.settings.panel[p])) {
            a.settings.panel[p] = !a.settings.panel[p];
            save_settings(a);
        }
    ImGui::Separator();
    if (item(a, "View", "Show removed parts", nullptr, a.article.show_removed))
        a.article.show_removed = !a.article.show_removed;
    ImGui::Separator();
    if (item(a, "View", "Dark theme", nullptr, a.settings.dark)) set_theme(a, true);
    if (item(a, "View", "Light theme", nullptr, !a.settings.dark)) set_theme(a, false);
    if (item(a, "View", "Larger text", "Ctrl +")) font_step(a, 1);
    if (item(a, "View", "Smaller text", "Ctrl \xE2\x88\x92")) font_step(a, -1);
    if (item(a, "View", "Default text size", "Ctrl 0")) font_step(a, 0);
    ImGui::Separator();
    if (item(a, "View", "Private mode (store nothing)", nullptr, a.settings.private_mode))
        set_private(a, !a.settings.private_mode);
    ImGui::EndMenu();
}

void menu_help(App& a) {
    bool open = ImGui::BeginMenu("Help");
    a.probe.item("menu:Help");
    if (!open) return;
    if (item(a, "Help", "How to use", "F1")) a.show_help = true;
    if (item(a, "Help", "Keyboard shortcuts")) a.show_shortcuts = true;
    if (item(a, "Help", "About and privacy")) a.show_about = true;
    ImGui::EndMenu();
}

// ---- 4. Help windows ---------------------------------------------------------------------------------------
void centered_window(const char* title, bool* open, ImVec2 size) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.4f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    ImGui::Begin(title, open, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse);
}

void help_windows(App& a) {
    float fs = ImGui::GetFontSize();
    if (a.show_help) {
        centered_window("How to use NewsPrism", &a.show_help, ImVec2(fs * 36, fs * 26));
        a.probe.items["window:help"] = ImVec4(ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
                                              ImGui::GetWindowSize().x, ImGui::GetWindowSize().y);
        ImGui::TextWrapped("1. Put in one or more articles: paste with Ctrl+V (Cmd+V) anywhere, type in the Input "
                           "panel, drop files on the page, or File \xE2\x86\x92 Open\xE2\x80\xA6 (.txt, .md, .html, "
                           ".json and .jsonl with {\"id\",\"title\",\"text\"} objects).");
        ImGui::TextWrapped("2. The analysis runs by itself a moment after the input changes. Long inputs show a "
                           "progress bar with Cancel.");
        ImGui::TextWrapped("3. The Article panel shows each article once: repeats, near-duplicates and page "
                           "boilerplate are removed (View \xE2\x86\x92 Show removed parts puts them back, struck "
                           "through, with the reason). Names are highlighted by type; hover for details, click to "
                           "select every mention and step through them with N / P.");
        ImGui::TextWrapped("4. Entities, Measures (tariffs and other trade measures), Issues, Quotes & summary and "
                           "Stats panels: click a row to see its evidence in the article. Drag the bars between "
                           "panels to resize them; View hides or shows panels.");
        ImGui::TextWrapped("5. File \xE2\x86\x92 Export saves the analysis as JSON, a Markdown or HTML report, or "
                           "CSV tables, the clean text, or the original input as given. Edit \xE2\x86\x92 Copy "
                           "puts them on the clipboard.");
        ImGui::TextWrapped("6. Issues are found with a taxonomy of issues and their patterns. File \xE2\x86\x92 "
                           "Load taxonomy\xE2\x80\xA6 uses your own (.json, the format of assets/issues.json); a "
                           "file with errors is refused with the error and its place in the file.");
        ImGui::End();
    }
    if (a.show_shortcuts) {
        centered_window("Keyboard shortcuts", &a.show_shortcuts, ImVec2(fs * 26, fs * 22));
        static const char* const rows[][2] = {
            {"Ctrl+V / Cmd+V", "paste an article (replaces the input)"},
            {"Ctrl+O", "open files"},
            {"Ctrl+F", "find in the article; Enter / Shift+Enter: next / previous"},
            {"Ctrl+Z", "undo the last input change (outside the editor)"},
            {"Ctrl + / Ctrl \xE2\x88\x92 / Ctrl 0", "larger / smaller / default text"},
            {"Ctrl+S", "export the analysis (JSON)"},
            {"N / P (or F8 / Shift+F8)", "next / previous mention of the selected entity"},
            {"Esc", "clear the selection, close Find"},
            {"F1", "how to use"},
        };
        if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
            for (const auto& r : rows) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(r[0]);
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", r[1]);
            }
            ImGui::EndTable();
        }
        ImGui::End();
    }
    if (a.show_about) {
        centered_window("About NewsPrism", &a.show_about, ImVec2(fs * 30, fs * 20));
        ImGui::Text("NewsPrism %s", NEWSPRISM_VERSION);
        if (!a.vm.version.empty()) ImGui::TextDisabled("analysis core %s", a.vm.version.c_str());
        ImGui::Separator();
        ImGui::TextWrapped("What stays private: everything. Articles are read and analysed inside this page (a "
                           "WebAssembly module in a Web Worker); nothing is sent anywhere, and the page loads "
                           "nothing from other sites.");
        ImGui::TextWrapped("What is stored: your settings and the last input, in this browser's localStorage, so "
                           "they are back after a reload. View \xE2\x86\x92 Private mode clears them and stores "
                           "nothing for the rest of the visit.");
        if (!a.worker_note.empty()) {
            ImGui::Separator();
            ImGui::TextDisabled("Models: %s", a.worker_note.c_str());
        }
        ImGui::End();
    }
}

// ---- 5. Notice dialog ---------------------------------------------------------------------------------------
void notice(App& a) {
    if (a.notice.empty()) return;
    if (!ImGui::IsPopupOpen("Notice")) ImGui::OpenPopup("Notice");
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.35f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 28, 0));
    if (ImGui::BeginPopupModal("Notice", nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize)) {
        ImGui::TextWrapped("%s", a.notice.c_str());
        ImGui::Spacing();
        if (ImGui::Button("OK", ImVec2(120, 0)) || ImGui::IsKeyPressed(ImGuiKey_Enter) ||
            ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            a.notice.clear();
            ImGui::CloseCurrentPopup();
        }
        a.probe.item("notice-ok");
        ImGui::EndPopup();
    }
}

}  // namespace

void draw_menu(App& a) {
    if (ImGui::BeginMainMenuBar()) {
        menu_file(a);
        menu_edit(a);
        menu_view(a);
        menu_help(a);
        const char* v = "NewsPrism " NEWSPRISM_VERSION;
        float w = ImGui::CalcTextSize(v).x;
        ImGui::SameLine(ImGui::GetWindowWidth() - w - 12);
        ImGui::TextDisabled("%s", v);
        ImGui::EndMainMenuBar();
    }
    help_windows(a);
    notice(a);
}

}  // namespace np::ui
