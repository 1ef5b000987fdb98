// bridge.hpp — calls from the UI into the page (web/bridge.js); see bridge.cpp.
#pragma once
#include <cstdint>

namespace np::ui {
struct InputDoc;
namespace bridge {
void begin_request(uint64_t generation, bool keep_all);
void add_request_doc(const InputDoc& d);
void send_request();
char* take_part();               // next part of the latest result (malloc'd; caller frees), or null
void cancel();                   // terminate the running analysis (the worker is restarted)
void shown(uint64_t generation); // the UI now shows this result (resolves the hook's promises)
void action(const char* what);   // "open", "sample", "export:json", "copy:md", "help-privacy", ...
void clipboard_write(const char* text);
double now_ms();
// A running analysis shows its progress bar and Cancel button in an element of the page laid
// over the status bar (web/bridge.js, view_panels.cpp section 4): the canvas needs no painting
// while it runs. place: the status bar's rectangle (CSS pixels) and the theme's look;
// colours are ImGui's packed 0xAABBGGRR.
struct StripLook {
    float x = 0, y = 0, w = 0, h = 0, rounding = 0, font_px = 0, pad_x = 0, spacing = 0;
    unsigned bg = 0, frame = 0, fill = 0, text = 0, button = 0, button_hovered = 0, button_active = 0;
    bool operator==(const StripLook&) const = default;
};
void progress_place(const StripLook& look);
void progress_show(const char* label, float value, bool cancellable);
void progress_set(const char* label, float value, bool cancellable);
void progress_hide();
}  // namespace bridge
}  // namespace np::ui
