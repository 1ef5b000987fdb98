# app.cmake — the browser build (emscripten only): the ImGui app and the analysis worker.
#
#   newsprism_app     src/app/*.cpp + Dear ImGui + SDL2 (WebGL2) -> dist/newsprism.{js,wasm,data}
#   dist/index.html   shell.html, copied as is (our own page: CSP, loader, WebGL2 check)
#   dist/web/*        page-side JS from web/
#
# Dear ImGui and SDL2 come from Debian source packages unpacked by ./dev.sh setup into
# .cache/ (NEWSPRISM_THIRD_PARTY); the font is subset from Debian's DejaVu Sans at build time.
set(IMGUI_DIR "${NEWSPRISM_THIRD_PARTY}/debsrc/src/imgui")
set(SDL2_PREFIX "${NEWSPRISM_THIRD_PARTY}/sdl2-wasm")
set(DIST_DIR "${CMAKE_SOURCE_DIR}/dist" CACHE PATH "where the static site is written")

if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp" OR NOT EXISTS "${SDL2_PREFIX}/lib/libSDL2.a")
  message(FATAL_ERROR "Dear ImGui / SDL2 not found under ${NEWSPRISM_THIRD_PARTY}: run ./dev.sh setup")
endif()

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/imgui_demo.cpp
  ${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${SDL2_PREFIX}/include/SDL2)
target_compile_options(imgui PRIVATE -w)
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

# The font: a subset of DejaVu Sans (Latin, Latin-1/Extended, Greek, Cyrillic, General
# Punctuation, currency) so that curly quotes, dashes and ellipses render; ~5x smaller.
set(FONT_SRC /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf)
set(APP_DATA "${CMAKE_BINARY_DIR}/appdata")
add_custom_command(
  OUTPUT ${APP_DATA}/fonts/DejaVuSans.ttf
  COMMAND ${CMAKE_COMMAND} -E make_directory ${APP_DATA}/fonts
  COMMAND /usr/bin/pyftsubset ${FONT_SRC} --output-file=${APP_DATA}/fonts/DejaVuSans.ttf
          --unicodes=U+0020-024F,U+0370-03FF,U+0400-04FF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+FFFD
          --no-hinting --desubroutinize --layout-features=''
  DEPENDS ${FONT_SRC}
  COMMENT "Subsetting DejaVu Sans for the app")
# assets/ is copied beside the font so the app loads the same files the CLI reads.
file(GLOB APP_ASSETS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/*)
add_custom_command(
  OUTPUT ${APP_DATA}/assets.stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${APP_DATA}/assets
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/assets ${APP_DATA}/assets
  COMMAND ${CMAKE_COMMAND} -E touch ${APP_DATA}/assets.stamp
  DEPENDS ${APP_ASSETS}
  COMMENT "Copying assets for the app")
add_custom_target(app_data DEPENDS ${APP_DATA}/fonts/DejaVuSans.ttf ${APP_DATA}/assets.stamp)

file(GLOB NEWSPRISM_APP_SOURCES CONFIGURE_DEPENDS src/app/*.cpp)
add_executable(newsprism_app ${NEWSPRISM_APP_SOURCES})
add_dependencies(newsprism_app app_data)
set_target_properties(newsprism_app PROPERTIES OUTPUT_NAME newsprism SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY ${DIST_DIR})
target_include_directories(newsprism_app PRIVATE src/app)
target_link_libraries(newsprism_app PRIVATE newsprism_core imgui ${SDL2_PREFIX}/lib/libSDL2.a)
target_link_options(newsprism_app PRIVATE
  -sUSE_WEBGL2=1 -sMAX_WEBGL_VERSION=2 -sMIN_WEBGL_VERSION=2 -sFULL_ES3=0
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB -sMAXIMUM_MEMORY=2GB
  -sENVIRONMENT=web -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  "SHELL:--preload-file ${APP_DATA}/fonts@/fonts" "SHELL:--preload-file ${APP_DATA}/assets@/assets")
set_property(TARGET newsprism_app APPEND PROPERTY LINK_DEPENDS
  ${APP_DATA}/fonts/DejaVuSans.ttf ${APP_DATA}/assets.stamp)

# The page and the page-side JS, copied into dist/.
file(GLOB WEB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
add_custom_command(
  OUTPUT ${DIST_DIR}/index.html ${CMAKE_BINARY_DIR}/web.stamp
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/shell.html ${DIST_DIR}/index.html
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/web ${DIST_DIR}/web
  COMMAND ${CMAKE_COMMAND} -E touch ${CMAKE_BINARY_DIR}/web.stamp
  DEPENDS ${CMAKE_SOURCE_DIR}/shell.html ${WEB_FILES}
  COMMENT "Copying the page into dist/")
add_custom_target(app_page ALL DEPENDS ${DIST_DIR}/index.html ${CMAKE_BINARY_DIR}/web.stamp)
