// test_normalize.cpp — the same-length `work` text and its counters (document.hpp, section 2).
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include "text.hpp"

using namespace np::test;

TEST_CASE("normalize: work has the original's length and plain ASCII is untouched") {
    np::Document d;
    d.text = "Plain text.\nSecond line.";
    np::normalize(d);
    CHECK(d.work_view() == d.text);
    CHECK(d.norm.invalid_bytes == 0);
}

TEST_CASE("normalize: BOM, CRLF, lone CR") {
    np::Document d;
    d.text = "\xEF\xBB\xBFTitle\r\nBody one.\rBody two.";
    np::normalize(d);
    REQ(d.work_view().size() == d.text.size());
    CHECK(d.work_view() == "   Title \nBody one.\nBody two.");
    CHECK(d.norm.bom);
    CHECK(d.norm.crlf == 1);
    CHECK(d.norm.lone_cr == 1);
}

TEST_CASE("normalize: invalid UTF-8 in the middle of a word becomes 0x1A, display shows U+FFFD") {
    np::Document d;
    d.text = "Tari\xFF" "ff and caf\xC3 au lait";
    np::normalize(d);
    REQ(d.work_view().size() == d.text.size());
    CHECK(d.norm.invalid_bytes == 2);
    CHECK(d.work_view()[4] == '\x1A');
    CHECK(np::text::display(d.text, 0, uint32_t(d.text.size())) == "Tari\xEF\xBF\xBD" "ff and caf\xEF\xBF\xBD au lait");
    // The tokenizer keeps the word whole around the bad byte.
    np::segment(d);
    CHECK(tok_text(d, 0) == "Tari\xFF" "ff");
}

TEST_CASE("normalize: NUL, other controls, DEL and C1 controls become spaces and are counted") {
    np::Document d;
    d.text = std::string("a\0b\x01" "c\x7F" "d\xC2\x85" "e\tf", 12);
    np::normalize(d);
    REQ(d.work_view().size() == d.text.size());
    CHECK(d.work_view() == std::string("a b c d  e f"));
    CHECK(d.norm.control_chars == 4);  // NUL, 0x01, DEL, U+0085 (the tab is not counted)
}

TEST_CASE("normalize: non-breaking and zero-width spaces, soft hyphen, line separator") {
    np::Document d;
    d.text = "20\xC2\xA0per cent, zero\xE2\x80\x8Bwidth, soft\xC2\xADhyphen\xE2\x80\xA8next";
    np::normalize(d);
    REQ(d.work_view().size() == d.text.size());
    CHECK(d.work_view().substr(0, 6) == "20  pe");
    CHECK(d.norm.unicode_spaces == 1);
    CHECK(d.norm.zero_width == 2);
    CHECK(d.work_view().find("zero\x7F\x7F\x7Fwidth") != std::string::npos);
    CHECK(d.work_view().find("hyphen\n  next") != std::string::npos);
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
    CHECK(d.work_view().size() == d.text.size());
    CHECK(d.norm.invalid_bytes == 2);
}

TEST_CASE("fold: case, quotes, dashes and whitespace variants give one key") {
    std::string a = "“Tariffs”  — it’s\n time", b = "\"tariffs\" - IT'S time";
    CHECK(np::text::fold(a, 0, uint32_t(a.size())) == np::text::fold(b, 0, uint32_t(b.size())));
    CHECK(np::text::fold_hash(a, 0, uint32_t(a.size())) == np::text::fold_hash(b, 0, uint32_t(b.size())));
    std::string c = "tariffs it's time now";
    CHECK(np::text::fold_hash(a, 0, uint32_t(a.size())) != np::text::fold_hash(c, 0, uint32_t(c.size())));
}

TEST_CASE("fold: the 8-byte fast path and the byte loop agree at every alignment") {
    // Runs of plain ASCII (folded 8 bytes at a time) mixed with what the byte loop handles:
    // double spaces, tabs/newlines, capitals, '`', ignorable 0x7F, multi-byte characters.
    const std::string body = "Exports ROSE 5.2pc in March,  the MINISTRY said\tin a `brief` note\n"
                             "on Tuesday\x7F (Reuters) \xE2\x80\x94 Caf\xC3\x89 prices  \xE2\x80\x9C" "fell\xE2\x80\x9D again.";
    const std::string want = "exports rose 5.2pc in march, the ministry said in a 'brief' note on tuesday (reuters) - "
                             "caf\xC3\xA9 prices \"fell\" again.";
    const uint64_t h = np::text::fold_hash(want, 0, uint32_t(want.size()));
    for (int lead = 0; lead < 9; ++lead) {
        for (int trail = 0; trail < 3; ++trail) {
            std::string t = std::string(size_t(lead), ' ') + body + std::string(size_t(trail), '\n');
            CHECK(np::text::fold(t, 0, uint32_t(t.size())) == want);
            CHECK(np::text::fold_hash(t, 0, uint32_t(t.size())) == h);
        }
        // A sub-range starting mid-text gives the key of that range.
        std::string t = "xx " + body;
        CHECK(np::text::fold(t, 3 + uint32_t(lead), uint32_t(t.size())) == np::text::fold(body, uint32_t(lead), uint32_t(body.size())));
    }
    // One changed letter anywhere changes the hash.
    for (size_t k = 0; k < want.size(); k += 7) {
        std::string v = want;
        v[k] = v[k] == 'q' ? 'z' : 'q';
        CHECK(np::text::fold_hash(v, 0, uint32_t(v.size())) != h);
    }
}

TEST_CASE("fold: random ASCII strings match a byte-by-byte reference (fast path on and off)") {
    // Reference for ASCII: lowercase, '`' -> '\'', 0x7F dropped, whitespace runs -> one space,
    // no leading/trailing space; every other byte as is.
    auto reference = [](const std::string& t) {
        std::string out;
        bool pending = false;
        for (unsigned char c : t) {
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { pending = !out.empty(); continue; }
            if (c == 0x7F) continue;
            if (pending) { out += ' '; pending = false; }
            out += char(c >= 'A' && c <= 'Z' ? c + 32 : c == '`' ? '\'' : c);
        }
        return out;
    };
    const char alphabet[] = {'a', 'b', 'Q', 'Z', '@', '[', ' ', ' ', ' ', '\n', '\t', '\r', '`', '\x7F', '.', '\x1A', '9'};
    uint64_t state = 12345;
    int mismatches = 0;
    for (int iter = 0; iter < 3000; ++iter) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        size_t len = size_t(state >> 58);  // 0..63
        std::string t;
        for (size_t k = 0; k < len; ++k) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            // Mostly letters (long plain runs take the 8-byte path), sometimes anything.
            size_t pick = (state >> 60) < 10 ? size_t(state >> 33) % 4 : size_t(state >> 33) % sizeof alphabet;
            t += alphabet[pick];
        }
        std::string want = reference(t);
        if (np::text::fold(t, 0, uint32_t(t.size())) != want) ++mismatches;
        if (np::text::fold_hash(t, 0, uint32_t(t.size())) != np::text::fold_hash(want, 0, uint32_t(want.size()))) ++mismatches;
    }
    CHECK(mismatches == 0);
}
