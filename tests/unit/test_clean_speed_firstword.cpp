// seg::first_word() (8 bytes a step) against the byte loop it replaced, at every start
// position of real text: Reuters bodies, plus a copy with multi-byte UTF-8 (accented letters,
// curly quotes, dashes) so that continuation bytes fall on every side of the 8-byte chunks.
#include <doctest/doctest.h>

#include <string>

#include "../../src/core/segment_parts.hpp"
#include "test_support.hpp"

namespace {
np::seg::FirstWord plain_first_word(std::string_view w, uint32_t s, uint32_t e) {
    uint32_t i = s, cont = 0;
    for (; i < e && w[i] != ' '; ++i) cont += (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80;
    return {i - s, cont};
}
}  // namespace

TEST_CASE("first_word: the 8-byte scan equals the byte loop at every position of real text") {
    std::string text = np::test::first_reuters_bodies(60);
    if (text.empty()) { MESSAGE("skipped: ../shared absent"); return; }
    std::string accented;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == 'e' && i % 3 == 0) accented += "\xC3\xA9";           // é
        else if (c == '"') accented += i % 2 ? "\xE2\x80\x9C" : "\xE2\x80\x9D";  // curly quotes
        else if (c == '-') accented += "\xE2\x80\x94";                 // em dash
        else accented += c;
    }
    size_t checked = 0, with_cont = 0;
    for (const std::string& t : {text, accented}) {
        const std::string_view w(t);
        size_t line_end = w.find('\n');
        for (uint32_t s = 0; s < w.size(); ++s) {
            if (s > line_end) line_end = w.find('\n', s);
            const uint32_t e = uint32_t(line_end == std::string_view::npos ? w.size() : line_end);
            for (uint32_t end : {e, std::min<uint32_t>(e, s + 5)}) {  // whole lines and short tails
                const np::seg::FirstWord a = np::seg::first_word(w, s, end), b = plain_first_word(w, s, end);
                if (a.bytes != b.bytes || a.cont != b.cont) {
                    FAIL_CHECK("first_word differs at " << s << ".." << end);
                    return;
                }
                ++checked;
                with_cont += b.cont > 0;
            }
        }
    }
    CHECK(checked > 100000);
    CHECK(with_cont > 1000);  // continuation bytes were counted, not only ASCII words
}
