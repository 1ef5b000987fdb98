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
}  // namespace bridge
}  // namespace np::ui
