# app.cmake — the browser app (emscripten only). Filled in by the Foundation build.
