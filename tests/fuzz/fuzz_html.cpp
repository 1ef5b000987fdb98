// fuzz_html.cpp — libFuzzer target: the HTML main-content extractor (extract_article, with
// and without the JSON-LD guide) and looks_like_html() on arbitrary bytes.
// Checked properties, beyond "no crash, no leak, no UB, no deep recursion":
//   * the result is either an error or some text, never both, never neither;
//   * title, byline, date, text and every block are valid UTF-8 (the header promises UTF-8
//     whatever the page's encoding or character references);
//   * text is the blocks joined by blank lines.
#include <cstdint>
#include <string>
#include <string_view>

#include "html_extract.hpp"
#include "fuzz_support.hpp"
#include "text.hpp"

namespace {

void check(const np::ExtractedArticle& a) {
    if (a.error.empty() == a.text.empty()) __builtin_trap();
    for (const std::string* s : {&a.title, &a.byline, &a.date, &a.text})
        if (!np::fuzz::valid_utf8(*s)) __builtin_trap();
    std::string joined;
    for (const auto& b : a.blocks) {
        if (!np::fuzz::valid_utf8(b.text)) __builtin_trap();
        if (!joined.empty()) joined += "\n\n";
        joined += b.text;
    }
    if (joined != a.text) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view html(reinterpret_cast<const char*>(data), size);
    (void)np::looks_like_html(html);
    check(np::extract_article(html));
    np::ExtractOptions structure_only;
    structure_only.use_json_ld_body = false;
    check(np::extract_article(html, structure_only));
    return 0;
}
