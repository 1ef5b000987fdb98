// test_normalize.cpp — the same-length `work` text and its counters (document.hpp, section 2).
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include "text.hpp"

using namespace np::test;

TEST_CASE("normalize: work has the original's length and plain ASCII is untouched") {
    np::Document d;
    d.text = "Plain text.\nSecond line.";
    np::normalize(d);
    CHECK(d.work == d.text);
    CHECK(d.norm.invalid_bytes == 0);
}

TEST_CASE("normalize: BOM, CRLF, lone CR") {
    np::Document d;
    d.text = "\xEF\xBB\xBFTitle\r\nBody one.\rBody two.";
    np::normalize(d);
    REQ(d.work.size() == d.text.size());
    CHECK(d.work == "   Title \nBody one.\nBody two.");
    CHECK(d.norm.bom);
    CHECK(d.norm.crlf == 1);
    CHECK(d.norm.lone_cr == 1);
}

TEST_CASE("normalize: invalid UTF-8 in the middle of a word becomes 0x1A, display shows U+FFFD") {
    np::Document d;
    d.text = "Tari\xFF" "ff and caf\xC3 au lait";
    np::normalize(d);
    REQ(d.work.size() == d.text.size());
    CHECK(d.norm.invalid_bytes == 2);
    CHECK(d.work[4] == '\x1A');
    CHECK(np::text::display(d.text, 0, uint32_t(d.text.size())) == "Tari\xEF\xBF\xBD" "ff and caf\xEF\xBF\xBD au lait");
    // The tokenizer keeps the word whole around the bad byte.
    np::segment(d);
    CHECK(tok_text(d, 0) == "Tari\xFF" "ff");
}

TEST_CASE("normalize: NUL, other controls, DEL and C1 controls become spaces and are counted") {
    np::Document d;
    d.text = std::string("a\0b\x01" "c\x7F" "d\xC2\x85" "e\tf", 12);
    np::normalize(d);
    REQ(d.work.size() == d.text.size());
    CHECK(d.work == std::string("a b c d  e f"));
    CHECK(d.norm.control_chars == 4);  // NUL, 0x01, DEL, U+0085 (the tab is not counted)
}

TEST_CASE("normalize: non-breaking and zero-width spaces, soft hyphen, line separator") {
    np::Document d;
    d.text = "20\xC2\xA0per cent, zero\xE2\x80\x8Bwidth, soft\xC2\xADhyphen\xE2\x80\xA8next";
    np::normalize(d);
    REQ(d.work.size() == d.text.size());
    CHECK(d.work.substr(0, 6) == "20  pe");
    CHECK(d.norm.unicode_spaces == 1);
    CHECK(d.norm.zero_width == 2);
    CHECK(d.work.find("zero\x7F\x7F\x7Fwidth") != std::string::npos);
    CHECK(d.work.find("hyphen\n  next") != std::string::npos);
    // zero-width characters stay inside the token: "zero​width" is one word
    np::segment(d);
    CHECK(has(tokens_of(d), "zero\xE2\x80\x8Bwidth"));
    // ...and the display drops them
    CHECK(np::text::display(d.text, 0, uint32_t(d.text.size())).find("zerowidth") != std::string::npos);
}

TEST_CASE("normalize: truncated multi-byte sequence at the very end") {
    np::Document d;
    d.text = "end \xE2\x80";
    np::normalize(d);
    CHECK(d.work.size() == d.text.size());
    CHECK(d.norm.invalid_bytes == 2);
}

TEST_CASE("fold: case, quotes, dashes and whitespace variants give one key") {
    std::string a = "“Tariffs”  — it’s\n time", b = "\"tariffs\" - IT'S time";
    CHECK(np::text::fold(a, 0, uint32_t(a.size())) == np::text::fold(b, 0, uint32_t(b.size())));
    CHECK(np::text::fold_hash(a, 0, uint32_t(a.size())) == np::text::fold_hash(b, 0, uint32_t(b.size())));
    std::string c = "tariffs it's time now";
    CHECK(np::text::fold_hash(a, 0, uint32_t(a.size())) != np::text::fold_hash(c, 0, uint32_t(c.size())));
}
