// app.hpp — the whole app state in one struct, and the functions each view file provides.
//
// Index
//   1. Input documents
//   2. Settings (remembered in localStorage unless Private mode)
//   3. Per-view state
//   4. App
//   5. Views (one file each) and shared helpers
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bridge.hpp"
#include "imgui.h"
#include "text_layout.hpp"
#include "view_model.hpp"

struct SDL_Window;

namespace np::ui {

// ---- 1. Input documents ------------------------------------------------------------------------
struct InputDoc {
    std::string id, title;
    std::shared_ptr<const std::string> text;
    bool html = false;  // passed through the HTML extractor in the worker
};

// Inputs larger than this are shown as a read-only summary instead of the editor.
constexpr size_t kEditorLimit = 256 * 1024;

// ---- 2. Settings -----------------------------------------------------------------------------------
struct Settings {
    bool dark = true;
    float font_size = 16.0f;     // CSS pixels
    bool private_mode = false;   // store nothing (this visit only)
    bool keep_all = false;       // analyse removed segments too
    bool panel[7] = {true, true, true, true, true, true, true};  // see Panel
    float left = 0.24f, right = 0.28f;                            // column widths (fractions)
    float left_split = 0.45f, center_split = 0.66f, right_split = 0.55f;  // heights (fractions)
};

enum Panel { P_INPUT, P_ARTICLE, P_ENTITIES, P_MEASURES, P_ISSUES, P_QUOTES, P_STATS, kPanelCount };
const char* panel_name(int p);

// ---- 3. Per-view state ------------------------------------------------------------------------------
struct ArticleState {
    int doc = 0;
    bool show_removed = false;
    bool type_on[kTypeCount] = {true, true, true, true, true, true, true, true, true};
    int selected_entity = -1;  // index into the document's entities
    int mention_cursor = 0;    // which of its mentions is current
    std::vector<Span> focus;   // evidence of the selected measure / issue / quote
    std::string focus_label;
    bool scroll_pending = false;
    uint32_t scroll_to = 0;
    // Find (Ctrl+F)
    bool find_open = false, find_focus = false;
    char find[256] = {};
    std::string find_done;      // the query `matches` were computed for
    std::vector<Span> matches;
    int match_cursor = -1;
    // Layout cache: rebuilt when the view model, document or "show removed" changes.
    TextLayout layout;
    uint64_t layout_key = ~0ull;
};

struct MeasuresState {
    int selected = -1;
    std::vector<int> order;  // row order after sorting
    uint64_t order_key = ~0ull;
};

struct EntitiesState {
    char filter[128] = {};
    // The rows shown, per type, sorted: made again only when the result, the document or the
    // filter changes (a 10 MB paste has tens of thousands of entities: not every frame).
    uint64_t rows_generation = ~0ull;
    int rows_doc = -1;
    std::string rows_filter;
    std::vector<int> rows[kTypeCount];
};

// Rectangles of the last frame, for the JS hook's ui.layout() (tests click and sample there).
struct Probe {
    std::map<std::string, ImVec4> items;  // name -> x, y, w, h (CSS pixels)
    struct Mark { int entity; int type; ImVec4 rect; ImU32 color; };
    std::vector<Mark> marks;              // visible entity highlights (first few hundred)
    void item(const std::string& name) {  // the last ImGui item
        ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        items[name] = ImVec4(a.x, a.y, b.x - a.x, b.y - a.y);
    }
};

// ---- 4. App ---------------------------------------------------------------------------------------------
struct App {
    SDL_Window* window = nullptr;
    float dpr = 1.0f;
    Settings settings;
    bool fonts_dirty = false;
    ImFont* font = nullptr;

    // Input
    std::vector<InputDoc> input;
    int input_sel = 0;
    std::string edit_buf;                   // editor text of input[input_sel] (small inputs)
    int edit_doc = -1;                      // which document edit_buf holds, -1 none
    int editor_epoch = 0;                   // bumps when the input is replaced: a new editor widget
    std::vector<InputDoc> undo;             // input before the last Clear / paste / open
    bool has_undo = false;
    uint64_t input_gen = 0;                 // bumps on every change
    bool had_saved_input = false;           // the browser held a remembered input (even an empty one) at start
    double input_changed_at = 0;
    double input_saved_at = 0;
    bool input_dirty_for_save = false;
    std::string clipboard;                  // last text pasted from the browser
    std::string incoming_text;              // a text arriving from the page in slices

    // Analysis
    uint64_t requested_gen = 0;             // last generation sent to the worker
    uint64_t shown_input_gen = 0;           // the input generation the last painted frame showed
    bool painting = false;                  // inside a painted frame (main.cpp)
    bool request_painted = false;           // the last request was sent from a painted frame
    std::map<uint64_t, std::vector<std::shared_ptr<const std::string>>> sent_texts;
    bool busy = false;
    float progress = 0;
    double busy_since = 0;
    double busy_started_ms = 0;             // emscripten_get_now() when it began (frames skip early on)
    // The page's progress strip over the status bar (view_panels.cpp, section 4): where it
    // goes, whether it is shown, what it last showed (percent, or 1000 for the result's
    // intake) and when.
    bridge::StripLook strip_look;
    bool progress_shown = false;
    int progress_key = -1;
    double progress_set_ms = 0;
    uint64_t incoming_gen = 0;              // result waiting in the page's part queue
    double incoming_ms = 0;
    VmBuilder builder;
    ViewModel vm;

    // Messages
    std::string status;                     // one line in the status bar
    bool status_error = false;
    std::string notice;                     // a modal message (refused input, quota, ...)
    std::string worker_note;                // model warnings from the worker
    std::string taxonomy;                   // the user's issue taxonomy file in use ("" = built-in)

    // Views
    ArticleState article;
    EntitiesState entities;
    MeasuresState measures;
    int selected_issue = -1, selected_quote = -1;
    bool show_help = false, show_shortcuts = false, show_about = false;
    bool want_text_input = false;           // last frame: an ImGui text field has focus
    // Frame cost on the main thread (ms): building the UI, and issuing the GL calls. The
    // maxima are since the last ui.layout() call (tests read them).
    double ui_ms = 0, gl_ms = 0, ui_ms_max = 0, gl_ms_max = 0, pump_ms_max = 0;
    // Idle frames are skipped (nothing drawn, the canvas keeps its picture): see main.cpp.
    double last_activity = 0, last_render = 0;
    bool software_paint = false;            // the canvas is painted on the CPU (web/loader.js)
    int wake_frames = 0;                    // frames to paint after a change from the page (wake())
    uint64_t frames_drawn = 0, frames_skipped = 0;
    Probe probe;
};

App& app();
void wake(App& a);  // something changed outside a frame (page events): draw the next frames

// ---- 5. Views and helpers ----------------------------------------------------------------------------
void draw_menu(App& a);        // view_menu.cpp: menu bar, Help windows, notices
void draw_panels(App& a);      // view_panels.cpp: the splitters and the panel frames
void draw_input(App& a);       // view_input.cpp
void draw_article(App& a);     // view_article.cpp
// view_article.cpp: wraps more of the article's off-screen blocks for up to budget_ms outside a
// painted frame; false when there is no layout to continue (the next painted frame makes it).
bool layout_article_rest(App& a, double budget_ms);
void draw_entities(App& a);    // view_entities.cpp
void draw_measures(App& a);    // view_measures.cpp
void draw_issues(App& a);      // view_issues.cpp
void draw_quotes(App& a);      // view_quotes.cpp (quotes & summary)
void draw_stats(App& a);       // view_stats.cpp
void handle_shortcuts(App& a); // view_menu.cpp

// Input changes (app_input.cpp)
void set_input(App& a, std::vector<InputDoc> docs, bool keep_undo);
void add_documents(App& a, std::vector<InputDoc> docs);
void mark_input_changed(App& a);
void undo_input(App& a);
void clear_input(App& a);
uint64_t input_bytes(const App& a);

// Analysis round trip (app_analysis.cpp)
void pump_analysis(App& a);     // once per frame: debounce, request, take result parts
// Result parts for up to budget_ms; true: more to come. in_frame: called from a painted frame
// (which leaves the last part, the view model's indexes, to a task of its own).
bool take_parts(App& a, double budget_ms, bool in_frame = false);
uint64_t request_analysis(App& a);
// Requests the analysis of a changed input once it has rested and been painted; now: ImGui's
// clock (seconds). true: sent.
bool request_if_due(App& a, double now);

// The page's progress strip (view_panels.cpp, section 4)
void progress_begin(App& a);    // the analysis has run past its quiet start: show it
void progress_changed(App& a);  // a.progress or the result's intake moved on
void progress_end(App& a);      // the analysis is over: the frame painting its end hides it

// Selections that move the article (view_article.cpp)
void select_entity(App& a, int entity, int mention = 0);
void focus_spans(App& a, std::vector<Span> spans, std::string label);
void scroll_article_to(App& a, uint32_t offset);
const VmDocument* current_doc(const App& a);

// Theme (theme.cpp)
void apply_theme(const Settings& s);
ImU32 type_color(int type, bool dark);         // opaque highlight background
ImU32 type_swatch(int type, bool dark);        // legend swatch / stronger accent
ImU32 article_bg(bool dark);
// BeginChild without a background of its own (its border stays): for a child whose colour is
// the one under it already (view_panels.cpp, section 2a: covered pixels cost where the canvas
// is painted in software).
bool begin_child_no_bg(const char* id, ImVec2 size, ImGuiChildFlags child_flags = 0, ImGuiWindowFlags flags = 0);
ImU32 article_text(bool dark, bool dim);
ImU32 heading_text(bool dark);  // kept headings in the article view
std::string human_bytes(uint64_t n);

// Settings and persistence (bridge.cpp)
void save_settings(const App& a);
void load_settings(App& a);
void save_input_soon(App& a);
void persist_tick(App& a);

}  // namespace np::ui
