# app.cmake — the browser build (emscripten only): the ImGui app and the analysis worker.
#
#   newsprism_app      src/app/*.cpp + Dear ImGui + SDL2 (WebGL2) -> dist/newsprism.{js,wasm}
#                      The UI never runs the core: it parses the worker's JSON into a view model.
#                      The font is compiled in; no .data, no file system: the first frame waits
#                      for nothing but the wasm.
#   newsprism_worker   src/app/worker/*.cpp + the core -> dist/newsprism_worker.{js,wasm,data}
#                      Runs as a Web Worker (web/worker_pre.js is its message loop); its .data
#                      holds assets/ (the models), loaded once when the worker starts.
#   dist/index.html    shell.html, copied as is (our own page: CSP, loader, WebGL2 check)
#   dist/web/*         page-side JS from web/;  dist/sample.txt  the "Load sample" article (assets/sample.txt)
#
# Memory: both modules grow on demand up to a fixed ceiling (docs/app.md, "Limits"): the page
# refuses inputs over 64 MB before they reach either module.
#
# Dear ImGui and SDL2 come from Debian source packages unpacked by ./dev.sh setup into
# .cache/ (NEWSPRISM_THIRD_PARTY); the font is subset from Debian's DejaVu Sans at build time.
set(IMGUI_DIR "${NEWSPRISM_THIRD_PARTY}/debsrc/src/imgui")
set(SDL2_PREFIX "${NEWSPRISM_THIRD_PARTY}/sdl2-wasm")
set(DIST_DIR "${CMAKE_SOURCE_DIR}/dist" CACHE PATH "where the static site is written")

if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp" OR NOT EXISTS "${SDL2_PREFIX}/lib/libSDL2.a")
  message(FATAL_ERROR "Dear ImGui / SDL2 not found under ${NEWSPRISM_THIRD_PARTY}: run ./dev.sh setup")
endif()

# Size matters more than speed for the UI (it draws a few thousand quads a frame):
# -Os for ImGui and the app; the core in the worker keeps the project's -O3/-O2.
set(NP_WEB_SIZE_FLAGS -Os)

# imgui_demo.cpp is left out (IMGUI_DISABLE_DEMO_WINDOWS): it was ~25% of the UI wasm.
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${SDL2_PREFIX}/include/SDL2)
target_compile_options(imgui PRIVATE -w ${NP_WEB_SIZE_FLAGS})
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_FILE_FUNCTIONS)

# The font: a subset of DejaVu Sans so that curly quotes, dashes and ellipses render: Latin,
# Latin-1 and Latin Extended-A/B, Greek, the Cyrillic of Russian/Ukrainian/Belarusian/Serbian,
# General Punctuation, currency signs, and the few arrows, maths and shapes the UI and news text
# use. Whole arrow/maths/shape blocks cost 37 KB gzipped for glyphs no article needs: the
# font is 39 KB gzipped, ~10x smaller than the full face. Other scripts show as "?" boxes
# (the text itself, offsets and exports are unaffected).
set(FONT_SRC /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf)
set(APP_DATA "${CMAKE_BINARY_DIR}/appdata")
add_custom_command(
  OUTPUT ${APP_DATA}/font_data.cpp
  COMMAND ${CMAKE_COMMAND} -E make_directory ${APP_DATA}/fonts
  COMMAND /usr/bin/pyftsubset ${FONT_SRC} --output-file=${APP_DATA}/fonts/DejaVuSans.ttf
          --unicodes=U+0020-024F,U+0370-03FF,U+0400-045F,U+0490-0491,U+2000-206F,U+20A0-20CF,U+2116,U+2122,U+2190-2195,U+2212,U+2248,U+2260,U+2264-2265,U+25A0-25A1,U+25B2-25BC,U+25CF,U+FFFD
          --no-hinting --desubroutinize --layout-features=''
  COMMAND python3 ${CMAKE_SOURCE_DIR}/tools/bin2cpp.py np_font_ttf ${APP_DATA}/fonts/DejaVuSans.ttf ${APP_DATA}/font_data.cpp
  DEPENDS ${FONT_SRC} ${CMAKE_SOURCE_DIR}/tools/bin2cpp.py
  COMMENT "Subsetting DejaVu Sans for the app and compiling it in")
# assets/ minus README and sample* go to the worker (the same files the CLI reads). The README
# stays out: nothing in the page reads it and it cost ~1 KB of the gzipped budget.
file(GLOB APP_ASSETS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/*)
set(WORKER_ASSETS ${APP_ASSETS})
list(FILTER WORKER_ASSETS EXCLUDE REGEX "/(README\\.md|sample[^/]*)$")
# In their compact form (tools/compact-assets.py: the same data without indentation, comments
# and repeated columns; ~17 KB of the gzipped budget), as plain files in dist/assets/ with
# files.json listing them: the worker fetches them itself (web/worker_pre.js) and has no file
# system. (Until 4 Dec they were Emscripten's preloaded newsprism_worker.data, whose file system
# code cost ~13 KB gzipped; the stale file is removed here.)
add_custom_command(
  OUTPUT ${APP_DATA}/assets.stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${DIST_DIR}/assets ${DIST_DIR}/newsprism_worker.data
  COMMAND ${CMAKE_COMMAND} -E make_directory ${DIST_DIR}/assets
  COMMAND python3 ${CMAKE_SOURCE_DIR}/tools/compact-assets.py --index files.json ${DIST_DIR}/assets ${WORKER_ASSETS}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${APP_DATA}
  COMMAND ${CMAKE_COMMAND} -E touch ${APP_DATA}/assets.stamp
  DEPENDS ${APP_ASSETS} ${CMAKE_SOURCE_DIR}/tools/compact-assets.py
  COMMENT "Copying assets for the worker")
add_custom_target(app_data DEPENDS ${APP_DATA}/assets.stamp)

# TEXTDECODER=2: every browser the page supports has TextDecoder (no JS fallback shipped).
set(NP_WEB_RUNTIME -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8 -sTEXTDECODER=2)

# ---- the UI ------------------------------------------------------------------------------------
file(GLOB NEWSPRISM_APP_SOURCES CONFIGURE_DEPENDS src/app/*.cpp)
# The font is compiled in (font_data.cpp): the UI has no file system at all (-sFILESYSTEM=0).
# core/text.cpp: the UTF-8 helpers the UI shares with the core; core/json_view.cpp and
# core/json_writer.cpp: JSON in and out (the UI links no other core file).
add_executable(newsprism_app ${NEWSPRISM_APP_SOURCES} ${CMAKE_SOURCE_DIR}/src/core/text.cpp
  ${CMAKE_SOURCE_DIR}/src/core/json_view.cpp ${CMAKE_SOURCE_DIR}/src/core/json_writer.cpp ${APP_DATA}/font_data.cpp)
set_target_properties(newsprism_app PROPERTIES OUTPUT_NAME newsprism SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY ${DIST_DIR})
target_include_directories(newsprism_app PRIVATE src/app)
target_include_directories(newsprism_app SYSTEM PRIVATE "${NEWSPRISM_HEADER_ONLY}")
target_compile_definitions(newsprism_app PRIVATE JSON_NOEXCEPTION NEWSPRISM_VERSION="${PROJECT_VERSION}")
target_compile_options(newsprism_app PRIVATE ${NP_WEB_SIZE_FLAGS})
target_link_libraries(newsprism_app PRIVATE imgui ${SDL2_PREFIX}/lib/libSDL2.a)
# emmalloc: 3 KB smaller (gzipped) than the default dlmalloc, for dist/'s 1.2 MB gzipped budget;
# the UI's allocations are not its hot path (longest frame during a 10 MB analysis: 87 ms with it).
target_link_options(newsprism_app PRIVATE ${NP_WEB_SIZE_FLAGS} --closure 0
  -sUSE_WEBGL2=1 -sMAX_WEBGL_VERSION=2 -sMIN_WEBGL_VERSION=2 -sFULL_ES3=0
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=32MB -sMAXIMUM_MEMORY=1GB -sFILESYSTEM=0 -sMALLOC=emmalloc
  -sENVIRONMENT=web ${NP_WEB_RUNTIME}
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free,_np_app_add_document,_np_app_text_begin,_np_app_text_append,_np_app_clear_input,_np_app_on_result,_np_app_on_progress,_np_app_on_status,_np_app_on_paste,_np_app_select_entity,_np_app_show_removed,_np_app_layout,_np_app_frame_stats,_np_app_result_text,_np_app_result_text_size,_np_app_analyze_now,_np_app_take_parts,_np_app_input_count,_np_app_input_text,_np_app_input_text_size,_np_app_input_id,_np_app_input_title)

# ---- the analysis worker -------------------------------------------------------------------------
file(GLOB NEWSPRISM_WORKER_SOURCES CONFIGURE_DEPENDS src/app/worker/*.cpp)
add_executable(newsprism_worker ${NEWSPRISM_WORKER_SOURCES})
add_dependencies(newsprism_worker app_data)
set_target_properties(newsprism_worker PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${DIST_DIR})
target_link_libraries(newsprism_worker PRIVATE newsprism_core)
target_link_options(newsprism_worker PRIVATE -O3 --closure 0
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=32MB -sMAXIMUM_MEMORY=2GB -sFILESYSTEM=0
  -sENVIRONMENT=worker ${NP_WEB_RUNTIME}
  -sEXPORTED_FUNCTIONS=_np_worker_add_asset,_np_worker_init,_np_worker_analyze,_np_worker_add_document,_np_worker_run,_np_worker_texts,_np_worker_parts,_np_worker_parts_size,_np_worker_part_offsets,_np_worker_part_count,_np_worker_release,_np_worker_timing,_np_worker_set_taxonomy,_malloc,_free
  "SHELL:--pre-js ${CMAKE_SOURCE_DIR}/web/worker_pre.js")
set_property(TARGET newsprism_worker APPEND PROPERTY LINK_DEPENDS
  ${APP_DATA}/assets.stamp ${CMAKE_SOURCE_DIR}/web/worker_pre.js)

# The page's JavaScript is minified in place (tools/minify-js.mjs, terser from npm): ~19 KB
# gzipped that dist/'s 1.2 MB budget spends on the worker's SIMD build instead.
find_program(NP_NODE node REQUIRED)
set(NP_MINIFY ${NP_NODE} ${CMAKE_SOURCE_DIR}/tools/minify-js.mjs)
add_custom_command(TARGET newsprism_app POST_BUILD COMMAND ${NP_MINIFY} ${DIST_DIR}/newsprism.js VERBATIM)
add_custom_command(TARGET newsprism_worker POST_BUILD COMMAND ${NP_MINIFY} ${DIST_DIR}/newsprism_worker.js VERBATIM)
set_property(TARGET newsprism_app newsprism_worker APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/tools/minify-js.mjs)

# The page, the page-side JS and the sample article, copied into dist/.
file(GLOB WEB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
set(WEB_DIST_JS)
foreach(f ${WEB_FILES})
  get_filename_component(name ${f} NAME)
  if(name MATCHES "\\.js$" AND NOT name STREQUAL "worker_pre.js")
    list(APPEND WEB_DIST_JS ${DIST_DIR}/web/${name})
  endif()
endforeach()
set(SAMPLE_SRC ${CMAKE_SOURCE_DIR}/assets/sample.txt)
add_custom_command(
  OUTPUT ${DIST_DIR}/index.html ${CMAKE_BINARY_DIR}/web.stamp
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/shell.html ${DIST_DIR}/index.html
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${DIST_DIR}/web
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/web ${DIST_DIR}/web
  COMMAND ${CMAKE_COMMAND} -E rm -f ${DIST_DIR}/web/worker_pre.js
  COMMAND ${CMAKE_COMMAND} -E copy ${SAMPLE_SRC} ${DIST_DIR}/sample.txt
  COMMAND ${NP_MINIFY} ${WEB_DIST_JS}
  COMMAND ${CMAKE_COMMAND} -E touch ${CMAKE_BINARY_DIR}/web.stamp
  DEPENDS ${CMAKE_SOURCE_DIR}/shell.html ${WEB_FILES} ${SAMPLE_SRC} ${CMAKE_SOURCE_DIR}/tools/minify-js.mjs
  COMMENT "Copying the page into dist/")
add_custom_target(app_page ALL DEPENDS ${DIST_DIR}/index.html ${CMAKE_BINARY_DIR}/web.stamp)
