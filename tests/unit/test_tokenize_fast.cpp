// test_tokenize_fast.cpp — seg::tokenize() against seg::tokenize_plain(), the same tokenizer
// with every fast path switched off (the per-code-point general code alone). The fast paths
// (ASCII words by 8-byte steps, the short word before a '.', ASCII punctuation and spaces
// by class) must give exactly the tokens of the plain path, on real text and on nasty input.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include <algorithm>
#include <string>
#include <vector>

#include "segment_parts.hpp"

using namespace np;
using namespace np::test;

namespace {

bool same_tokens(const std::vector<Token>& a, const std::vector<Token>& b) {
    if (a.size() != b.size()) return false;
    for (size_t k = 0; k < a.size(); ++k)
        if (a[k].start != b[k].start || uint32_t(a[k].end) != uint32_t(b[k].end) || a[k].kind != b[k].kind) return false;
    return true;
}

// Tokenizes [s, e) of the work text both ways; true when they agree.
bool agree(std::string_view w, uint32_t s, uint32_t e) {
    std::vector<Token> fast, plain;
    const uint32_t nf = seg::tokenize(w, s, e, fast);
    const uint32_t np_ = seg::tokenize_plain(w, s, e, plain);
    return nf == np_ && nf == fast.size() && same_tokens(fast, plain);
}

struct Compared {
    size_t ranges = 0, differ = 0, tokens = 0;
};

// Every sentence and every segment of a normalized + segmented text (clean-only mode
// tokenizes whole segments, the full pipeline sentences), both ways.
Compared compare_document(const std::string& text) {
    Compared c;
    Document d = seg_doc(text);
    const std::string_view w = d.work_view();
    for (const Sentence& st : d.sentences) {
        ++c.ranges;
        c.differ += !agree(w, st.start, st.end);
    }
    for (const Segment& sg : d.segments) {
        ++c.ranges;
        c.differ += !agree(w, sg.start, sg.end);
    }
    c.tokens = d.tokens.size();
    return c;
}

std::vector<std::string> texts_of(std::string_view w, const std::vector<Token>& toks) {
    std::vector<std::string> out;
    for (const Token& t : toks) out.emplace_back(w.substr(t.start, uint32_t(t.end) - t.start));
    return out;
}

}  // namespace

TEST_CASE("tokenize fast: the same tokens as the plain path on real news text") {
    const std::string text = first_reuters_bodies(3000);
    if (text.empty()) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    const Compared c = compare_document(text);
    CHECK(c.ranges > 20000);
    CHECK(c.tokens > 200000);
    CHECK(c.differ == 0);
}

TEST_CASE("tokenize fast: the same tokens as the plain path on the project's articles") {
    size_t files = 0;
    Compared all;
    for (const char* name : {"01_steel_aluminium", "02_antidumping", "03_digital_tax", "04_sanctions",
                             "05_farm_purchase", "06_export_ban", "07_quota", "08_lifted_tariff", "09_suspended",
                             "10_threatened", "11_export_controls", "12_quotes_mixed"}) {
        std::string t;
        if (!read_file(source_dir() + "/tests/articles/" + name + ".txt", t)) continue;
        const Compared c = compare_document(t);
        all.ranges += c.ranges;
        all.differ += c.differ;
        ++files;
    }
    std::string sample;
    if (read_file(source_dir() + "/assets/sample.txt", sample)) {
        const Compared c = compare_document(sample);
        all.ranges += c.ranges;
        all.differ += c.differ;
        ++files;
    }
    CHECK(files == 13);
    CHECK(all.ranges > 50);
    CHECK(all.differ == 0);
}

TEST_CASE("tokenize fast: nasty input gives the plain path's tokens from every start") {
    // Invalid UTF-8, CRLF, NBSP, curly clitics, dotted acronyms, abbreviations before a dot,
    // decimals, ellipses, dashes, symbols, control bytes and placeholders; long enough that
    // the fast paths' 8-byte loads are in range for most starts.
    const std::string nasty =
        "Mr. Smith said. The U.S. and U.K. economies grew 2.5% in 1990s; Trump\xE2\x80\x99s plan "
        "didn't work\r\nat 3 a.m. Jan. 5, No. 10 costs $1,200.50... or \xC2\xA0"
        "1.2bn -- Apple Inc. It rose.\r\n\r\n\xFF\xFE bad bytes \xE2\x80\x9CQuoted.\xE2\x80\x9D "
        "(S&P 500) e.g. this, that: yes! no? O'Brien's rock-n-roll US-made COVID-19 3rd "
        "x\tJ. K. Rowling\x01 said, \"ok.\" \xE2\x80\x94 well\xE2\x80\xA6 end. Gen. Sen. Co. Ltd. "
        "word\xC2\xAD" "break zero\xE2\x80\x8Bwidth a.b.c. A. B. etc. vs. U.S The end";
    Document d = seg_doc(nasty + "\n\n" + nasty);
    const std::string_view w = d.work_view();
    const uint32_t n = uint32_t(w.size());
    size_t starts = 0, differ = 0;
    for (uint32_t s = 0; s < n; ++s) {
        if ((static_cast<unsigned char>(w[s]) & 0xC0) == 0x80) continue;  // not a character start
        ++starts;
        differ += !agree(w, s, n);
        differ += !agree(w, s, std::min(n, s + 37));  // ends inside words too
    }
    CHECK(starts > 500);
    CHECK(differ == 0);
    const Compared c = compare_document(nasty + "\n\n" + nasty);
    CHECK(c.ranges > 10);
    CHECK(c.differ == 0);

    // And what the fast paths decide is what the rules say (not only what the plain path says).
    std::vector<Token> toks;
    const std::string t = "He said. Mr. Lee left the U.S. at 3.5, then... ok - (yes) & more\n\nEnd of the text here.";
    seg::tokenize(t, 0, uint32_t(t.size()), toks);
    const std::vector<std::string> want = {"He", "said", ".", "Mr.", "Lee", "left", "the", "U.S.", "at", "3.5", ",",
                                           "then", "...", "ok", "-", "(", "yes", ")", "&", "more", "End", "of",
                                           "the", "text", "here", "."};
    CHECK(texts_of(t, toks) == want);
    REQ(toks.size() == want.size());
    CHECK(TokenKind(toks[2].kind) == TokenKind::punct);
    CHECK(TokenKind(toks[12].kind) == TokenKind::punct);
    CHECK(TokenKind(toks[18].kind) == TokenKind::symbol);
    CHECK(TokenKind(toks[9].kind) == TokenKind::number);
}
