// main.cpp — NewsPrism in the browser: SDL2 + WebGL2 + Dear ImGui, driven by
// emscripten_set_main_loop (Debian's ImGui has no emscripten main-loop stub).
//
// Index
//   1. Canvas sizing (CSS size x devicePixelRatio, follows the browser window)
//   2. Fonts (DejaVu Sans subset from /fonts, rasterized at the device pixel ratio)
//   3. Frame
//   4. main(): SDL/GL/ImGui init, the JS hook's "ready"
#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "newsprism.hpp"

namespace {

struct App {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    float dpr = 1.0f;
};

// ---- 1. Canvas sizing ------------------------------------------------------------------
void fit_canvas(App& app) {
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    app.dpr = float(emscripten_get_device_pixel_ratio());
    SDL_SetWindowSize(app.window, int(w), int(h));
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void* user) {
    fit_canvas(*static_cast<App*>(user));
    return EM_FALSE;
}

// ---- 2. Fonts ----------------------------------------------------------------------------
void load_fonts(float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    static const ImWchar ranges[] = {
        0x0020, 0x024F,  // Basic Latin, Latin-1, Latin Extended-A/B
        0x0370, 0x03FF,  // Greek
        0x0400, 0x04FF,  // Cyrillic
        0x2000, 0x206F,  // General Punctuation: “ ” ‘ ’ – — …
        0x20A0, 0x20CF,  // Currency: €
        0x2100, 0x214F, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0xFFFD, 0xFFFD, 0};
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    ImFont* f = io.Fonts->AddFontFromFileTTF("/fonts/DejaVuSans.ttf", 16.0f * dpr, &cfg, ranges);
    if (!f) {
        std::fprintf(stderr, "newsprism: font /fonts/DejaVuSans.ttf missing, using the built-in font\n");
        io.Fonts->AddFontDefault();
    }
    io.FontGlobalScale = 1.0f / dpr;  // rasterized at device pixels, laid out in CSS pixels
}

// ---- 3. Frame ------------------------------------------------------------------------------
void frame(void* user) {
    App& app = *static_cast<App*>(user);
    SDL_Event e;
    while (SDL_PollEvent(&e)) ImGui_ImplSDL2_ProcessEvent(&e);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("NewsPrism", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::Text("NewsPrism %s", np::version());
    ImGui::TextUnformatted("Typography check: \xE2\x80\x9C" "quotes" "\xE2\x80\x9D \xE2\x80\x98" "single" "\xE2\x80\x99"
                           " \xE2\x80\x93 en dash \xE2\x80\x94 em dash \xE2\x80\xA6 ellipsis \xE2\x82\xAC" "5");
    ImGui::End();

    ImGui::Render();
    int w, h;
    SDL_GL_GetDrawableSize(app.window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.12f, 0.13f, 0.15f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace

// ---- 4. main ---------------------------------------------------------------------------------
int main() {
    static App app;
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "newsprism: SDL_Init failed: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    app.window = SDL_CreateWindow("NewsPrism", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                                  SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    app.gl = app.window ? SDL_GL_CreateContext(app.window) : nullptr;
    if (!app.gl) {
        EM_ASM({ window.newsprismFail && window.newsprismFail("WebGL2 is not available in this browser."); });
        return 1;
    }
    SDL_GL_MakeCurrent(app.window, app.gl);
    fit_canvas(app);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, &app, EM_FALSE, on_resize);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::StyleColorsDark();
    load_fonts(app.dpr);
    ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    EM_ASM({ window.newsprismReady && window.newsprismReady(UTF8ToString($0)); }, np::version());
    emscripten_set_main_loop_arg(frame, &app, 0, true);
    return 0;
}
