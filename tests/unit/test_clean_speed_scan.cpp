// test_clean_speed_scan.cpp — the sentence splitter's 8-byte scan for a possible sentence end
// ('.', '!', '?', or 0xE2, the lead byte of U+2026) uses text::first_zero_bytes(), which may
// mark bytes after the first match. Only the first mark is read, so it must equal a plain
// byte loop at every position of real text (and find nothing where the loop finds nothing).
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include <string>

#include "text.hpp"

using namespace np;

namespace {

// The scan of split_sentences(): index 0..7 of the first possible end in p[0..8), 8 if none.
uint32_t fast_first_end(const char* p) {
    using text::first_zero_bytes, text::kOnes;
    const uint64_t x = text::load8(p);
    const uint64_t m = first_zero_bytes(x ^ (kOnes * '.')) | first_zero_bytes(x ^ (kOnes * '!')) |
                       first_zero_bytes(x ^ (kOnes * '?')) | first_zero_bytes(x ^ (kOnes * 0xE2));
    return m ? text::first_byte(m) : 8;
}

uint32_t plain_first_end(const char* p) {
    for (uint32_t k = 0; k < 8; ++k) {
        const unsigned char b = static_cast<unsigned char>(p[k]);
        if (b == '.' || b == '!' || b == '?' || b == 0xE2) return k;
    }
    return 8;
}

void check_every_position(const std::string& t) {
    size_t differ = 0, found = 0;
    for (size_t i = 0; i + 8 <= t.size(); ++i) {
        const uint32_t f = fast_first_end(t.data() + i), p = plain_first_end(t.data() + i);
        differ += f != p;
        found += p < 8;
    }
    CHECK(differ == 0);
    CHECK(found > 0);  // the text has sentence ends: the comparison saw matches
}

}  // namespace

TEST_CASE("clean speed: the sentence-end scan finds the first '.', '!', '?' or 0xE2 as a byte loop does") {
    // Runs of the marked bytes, the bytes one above them (a borrow could mark those), and
    // every byte value at every position of a window, so bytes after a match are exercised.
    std::string synthetic;
    for (int b = 0; b < 256; ++b)
        for (int pos = 0; pos < 8; ++pos) {
            std::string w(8, 'a');
            w[size_t(pos)] = char(b);
            synthetic += w;
            synthetic += ".";
            synthetic += char(b + 1);
            synthetic += "\xE2\x80\xA6/?\x01!\x22";
        }
    check_every_position(synthetic);

    std::string text;
    const std::string dir = test::shared_dir();
    if (!dir.empty()) test::for_each_reuters_body([&](const std::string& body) {
        if (text.size() >= 300000) return false;
        text += body;
        text += "\n\n";
        return true;
    });
    std::string sample;
    if (test::read_file(test::source_dir() + "/assets/sample.txt", sample)) text += sample;  // curly quotes, dashes
    REQUIRE(!text.empty());
    check_every_position(text);
}
