// main.cpp — NewsPrism in the browser: SDL2 + WebGL2 + Dear ImGui, driven by
// emscripten_set_main_loop (Debian's ImGui has no emscripten main-loop stub).
//
// Index
//   1. Canvas sizing (CSS size x devicePixelRatio, follows the browser window)
//   2. Fonts (DejaVu Sans subset compiled in, rasterized at size x devicePixelRatio; rebuilt
//      when the font size or the pixel ratio changes)
//   3. Clipboard (the browser's, through the page)
//   4. Frame (skipped while idle: no events, nothing pending, nothing animating)
//   5. main(): SDL/GL/ImGui init, settings, the JS hook's "ready"
#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app.hpp"
#include "bridge.hpp"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"

// The font's bytes, compiled in (cmake/app.cmake: pyftsubset + tools/bin2cpp.py).
extern const unsigned char np_font_ttf[];
extern const unsigned np_font_ttf_size;

namespace np::ui {

App& app() {
    static App a;  // the one app instance (the UI is single-threaded)
    return a;
}

// A few frames, not a moment of them (frame(), 4.): ImGui settles a change within two.
void wake(App& a) { a.wake_frames = 3; }

namespace {

// ---- 1. Canvas sizing ------------------------------------------------------------------
void fit_canvas(App& a) {
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    float dpr = float(emscripten_get_device_pixel_ratio());
    if (dpr != a.dpr) a.fonts_dirty = true;
    a.dpr = dpr;
    SDL_SetWindowSize(a.window, int(w), int(h));
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void* user) {
    fit_canvas(*static_cast<App*>(user));
    return EM_FALSE;
}

// ---- 2. Fonts ----------------------------------------------------------------------------
void load_fonts(App& a) {
    ImGuiIO& io = ImGui::GetIO();
    // The same code points as the subset (cmake/app.cmake).
    static const ImWchar ranges[] = {
        0x0020, 0x024F,  // Basic Latin, Latin-1, Latin Extended-A/B
        0x0370, 0x03FF,  // Greek
        0x0400, 0x045F, 0x0490, 0x0491,  // Cyrillic (Russian, Ukrainian, Belarusian, Serbian)
        0x2000, 0x206F,  // General Punctuation: “ ” ‘ ’ – — …
        0x20A0, 0x20CF,  // Currency: €
        0x2116, 0x2116, 0x2122, 0x2122, 0x2190, 0x2195, 0x2212, 0x2212, 0x2248, 0x2248, 0x2260, 0x2260,
        0x2264, 0x2265, 0x25A0, 0x25A1, 0x25B2, 0x25BC, 0x25CF, 0x25CF, 0xFFFD, 0xFFFD, 0};
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.OversampleH = a.dpr >= 2 ? 1 : 2;
    cfg.FontDataOwnedByAtlas = false;  // static bytes: ImGui must not free them
    a.font = io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(::np_font_ttf), int(::np_font_ttf_size),
                                            std::round(a.settings.font_size * a.dpr), &cfg, ranges);
    if (!a.font) a.font = io.Fonts->AddFontDefault();  // never expected: the bytes are compiled in
    io.FontGlobalScale = 1.0f / a.dpr;  // rasterized at device pixels, laid out in CSS pixels
    a.fonts_dirty = false;
}

void rebuild_fonts(App& a) {
    load_fonts(a);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    a.article.layout_key = ~0ull;
}

// ---- 3. Clipboard ---------------------------------------------------------------------------
// Reading: the text of the last browser `paste` event (web/bridge.js forwards it); SDL's own
// clipboard is not the browser's. Writing: navigator.clipboard through the page.
const char* get_clipboard(void*) { return app().clipboard.c_str(); }
void set_clipboard(void*, const char* text) {
    app().clipboard = text ? text : "";
    bridge::clipboard_write(app().clipboard.c_str());
}

// ---- 4. Frame ------------------------------------------------------------------------------
void frame(void* user) {
    App& a = *static_cast<App*>(user);
    double t0 = emscripten_get_now();
    SDL_Event e;
    bool had_event = false;
    while (SDL_PollEvent(&e)) {
        ImGui_ImplSDL2_ProcessEvent(&e);
        a.last_activity = t0;
        had_event = true;
    }
    // A changed input that a painted frame has shown is sent from here, in a frame that paints
    // nothing (app_analysis.cpp, request_if_due): ImGui's clock stood still since the last
    // painted frame (a.last_render), so the time since is added to it.
    if (!had_event && a.input_gen != a.requested_gen)
        request_if_due(a, ImGui::GetTime() + (t0 - a.last_render) / 1000.0);
    // The first moments of an analysis draw nothing: most finish within them, and there is
    // nothing new to show until they do. Where the canvas is painted in software (headless
    // browsers, machines without a GPU) every frame holds up this thread, and with it the
    // worker's result: drawing "Analysing…" made the sample take 80 ms instead of 10.
    // Longer analyses get their progress strip after kQuietStartMs.
    // Remembering the input waits for time to pass, not for a painted frame (persist_tick reads
    // the clock itself); it waits for the analysis, so it never competes with it for the thread.
    const bool working = a.busy || a.builder.active();
    if (!working) persist_tick(a);
    constexpr double kQuietStartMs = 150;
    if (working && !had_event && t0 - a.busy_started_ms < kQuietStartMs) {
        ++a.frames_skipped;
        return;
    }
    // Past the quiet start, the progress bar and Cancel are an element of the page over the
    // status bar (view_panels.cpp, section 4), and the canvas is painted only when the person
    // does something or a newer input waits to be sent: nothing else on it changes. Painting
    // the bar on the canvas, even once a second, cost a frame of 70-130 ms each time during a
    // 10 MB analysis where the canvas is painted in software (SwiftShader's threads raster
    // 1280x800 while a worker holds one core of two): the only frames over 100 ms.
    if (working && !a.progress_shown) progress_begin(a);
    if (working && !had_event && !ImGui::IsAnyItemActive() && a.input_gen == a.requested_gen) {
        ++a.frames_skipped;
        return;
    }
    // An idle UI draws nothing: ImGui frames cost the GPU (and the battery) even when every
    // pixel stays the same. Frames continue a moment after the last event (menus open,
    // trickled input settles) and while anything moves or waits for the person. A change from
    // the page (a result shown, a hook call: wake()) gets a few frames, enough for ImGui to
    // settle its windows, not 400 ms of them: where the canvas is painted in software each
    // frame costs the page's thread and the GPU process's tens of ms of the cores the analysis
    // workers need (a 1 MB result painted 24 frames after it was shown, overlapping the next
    // analysis).
    bool pending = a.busy || a.builder.active() || a.fonts_dirty || a.want_text_input ||
                   a.article.scroll_pending || a.input_gen != a.requested_gen || ImGui::IsAnyItemActive();
    if (!pending && a.wake_frames == 0 && t0 - a.last_activity > 400) {
        // The article's off-screen blocks are wrapped without painting (what is on screen was
        // wrapped exactly by the frame that showed it; the rest only changes the scroll bar's
        // length): up to kLayoutStepMs a frame, one painted frame at the end (or every
        // kLayoutFrameMs meanwhile). It was 2 ms a painted frame, 60 painted frames a second
        // for ~0.6 s after a 10 MB result.
        constexpr double kLayoutStepMs = 8, kLayoutFrameMs = 500;
        bool laying_out = !a.article.layout.complete() && layout_article_rest(a, kLayoutStepMs);
        if (laying_out) {
            if (!a.article.layout.complete() && t0 - a.last_render < kLayoutFrameMs) {
                ++a.frames_skipped;
                return;
            }
        } else if (t0 - a.last_render < 1000) {
            ++a.frames_skipped;
            return;
        }
    }
    if (!working) progress_end(a);  // hidden as this frame paints what the analysis ended in
    if (a.wake_frames > 0) --a.wake_frames;
    a.last_render = t0;
    ++a.frames_drawn;
    a.painting = true;
    if (a.fonts_dirty) rebuild_fonts(a);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    a.probe.items.clear();
    a.probe.marks.clear();

    handle_shortcuts(a);
    double tp = emscripten_get_now();
    pump_analysis(a);
    a.pump_ms_max = std::max(a.pump_ms_max, emscripten_get_now() - tp);
    draw_menu(a);
    draw_panels(a);
    a.want_text_input = ImGui::GetIO().WantTextInput;

    ImGui::Render();
    a.shown_input_gen = a.input_gen;
    double t1 = emscripten_get_now();
    int w, h;
    SDL_GL_GetDrawableSize(a.window, &w, &h);
    glViewport(0, 0, w, h);
    // The panels' colour: they draw no background of their own (view_panels.cpp, section 2a).
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_ChildBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    double t2 = emscripten_get_now();
    a.ui_ms = t1 - t0;
    a.gl_ms = t2 - t1;
    a.ui_ms_max = std::max(a.ui_ms_max, a.ui_ms);
    a.gl_ms_max = std::max(a.gl_ms_max, a.gl_ms);
    a.painting = false;
}

}  // namespace
}  // namespace np::ui

// ---- 5. main ---------------------------------------------------------------------------------
int main() {
    using namespace np::ui;
    App& a = app();
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "newsprism: SDL_Init failed: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    a.window = SDL_CreateWindow("NewsPrism", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    SDL_GLContext gl = a.window ? SDL_GL_CreateContext(a.window) : nullptr;
    if (!gl) {
        EM_ASM({ window.newsprismFail && window.newsprismFail("WebGL2 is not available in this browser."); });
        return 1;
    }
    SDL_GL_MakeCurrent(a.window, gl);
    a.dpr = 0;
    a.software_paint = EM_ASM_INT({ return window.newsprism && window.newsprism.softwarePainting ? 1 : 0; }) != 0;
    fit_canvas(a);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, &a, EM_FALSE, on_resize);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    load_settings(a);
    apply_theme(a.settings);
    load_fonts(a);
    ImGui_ImplSDL2_InitForOpenGL(a.window, gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;

    EM_ASM({ window.newsprismReady && window.newsprismReady(UTF8ToString($0)); }, NEWSPRISM_VERSION);
    emscripten_set_main_loop_arg(frame, &a, 0, true);
    return 0;
}
