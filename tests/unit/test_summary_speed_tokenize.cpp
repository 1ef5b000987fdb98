// test_summary_speed_tokenize.cpp — the summary view's word-at-a-time tokenizer path (and its
// one-byte punctuation path) cuts the same tokens as the plain byte-by-byte scanner
// (sv::tokenize_plain).
//
// sv::tokenize finds the end of a plain ASCII word with 8-byte loads, lowercases and hashes it
// in a register and looks it up with one compare per probe; everything else goes to the plain
// scanner. These tests run both on the same ranges and compare every field of every token
// (offsets, kind, flags, lowercase form, word id and classes) and the lowercase buffer:
//   * hand-made edge cases, cut at every end offset (a range ending inside a word, a word ending
//     at the very end of the text where an 8-byte load would pass it, words of 7-9 and 15-17 bytes,
//     numbers "2,000" / "3.5", initialisms, apostrophes, '&', hyphens, all-caps, non-ASCII);
//   * every Reuters article body (/work/shared/data/news), by line, whole, and in odd windows;
//   * the bench corpus (.cache/bench/news-1mb.txt) by line, when it is there.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "models.hpp"
#include "summarize_view.hpp"
#include "test_support.hpp"

namespace {

using np::sv::Tok;

struct Compare {
    const np::SummaryModels* models = nullptr;
    size_t ranges = 0, tokens = 0, mismatches = 0;
    std::string first;  // the first mismatch, for the failure message
    std::vector<Tok> a, b;
    std::string la, lb;

    void range(std::string_view text, uint32_t from, uint32_t to) {
        a.clear();
        b.clear();
        // A non-empty buffer first: tokens' `lo` offsets must account for what is already there.
        la.assign("xy");
        lb.assign("xy");
        np::sv::tokenize(text, from, to, a, la, models);
        np::sv::tokenize_plain(text, from, to, b, lb, models);
        ++ranges;
        tokens += b.size();
        bool same = a.size() == b.size() && la == lb;
        for (size_t i = 0; same && i < a.size(); ++i) {
            const Tok &x = a[i], &y = b[i];
            same = x.start == y.start && x.end == y.end && x.lo == y.lo && x.lolen == y.lolen && x.kind == y.kind &&
                   x.flags == y.flags && x.wid == y.wid && x.info == y.info;
        }
        if (!same && mismatches++ == 0) {
            first = "range [" + std::to_string(from) + "," + std::to_string(to) + ") of \"" +
                    std::string(text.substr(from, std::min<size_t>(to - from, 200))) + "\": fast " +
                    std::to_string(a.size()) + " tokens, plain " + std::to_string(b.size());
            for (size_t i = 0; i < a.size() && i < b.size(); ++i)
                if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].flags != b[i].flags ||
                    a[i].wid != b[i].wid || a[i].kind != b[i].kind) {
                    first += "; first difference at token " + std::to_string(i) + " '" +
                             std::string(text.substr(b[i].start, b[i].end - b[i].start)) + "'";
                    break;
                }
        }
    }

    // Every line of `text`, the whole text, and windows with odd ends (inside words, spaces).
    void text(std::string_view t) {
        size_t ls = 0;
        while (ls < t.size()) {
            size_t le = t.find('\n', ls);
            if (le == std::string_view::npos) le = t.size();
            if (le > ls) range(t, uint32_t(ls), uint32_t(le));
            ls = le + 1;
        }
        range(t, 0, uint32_t(t.size()));
        for (size_t s = 0; s < t.size(); s += 997) range(t, uint32_t(s), uint32_t(std::min(t.size(), s + 613)));
    }
};

const char* const kEdgeCases[] = {
    "Tariffs",                                   // a word that is the whole text (no 8 readable bytes)
    "The EU said tariffs would rise",            // last word ends the text
    "abcdefg abcdefgh abcdefghi ABCDEFGH ABCDEFGHIJKLMNOPQ abcdefghijklmnopqrstuvwxyz0123456789 x",
    "abcdefghijklmno abcdefghijklmnop ABCDEFGHIJKLMNO AbcdefghijklmnO semiconductors Semiconductors. "
    "COUNTERVAILING, 123456789012345 1234567890123456 governments' Government's administration",
    "2,000 tonnes, 3.5% and 1,234,567.89 dollars; 2024. 7, 12.",
    "U.S. and U.K. officials, N.A.T.O. allies, a.m. and p.m., e.g. this. A. B. Smith",
    "Canada's don't O'Neil AT&T S&P's R&D rock 'n' roll ' quoted ' 'single'",
    "Canada\xE2\x80\x99s steel\xE2\x80\x99s \xE2\x80\x98quote\xE2\x80\x99 \xE2\x80\x9C" "double\xE2\x80\x9D \"plain\" \"",
    "security-related U.S.-made 20-year -dash - x- -y well\xE2\x80\x90known",
    "NATO OPEC WTO IMF US I A Ab AB aB A1 1A B2B COVID-19 G7 G20 IPv6",
    "Z\xC3\xBCrich caf\xC3\xA9 na\xC3\xAFve \xC2\xA0space\xE2\x80\x83wide tar\xE2\x80\x8Biffs \x7F del",
    "end with period. end with comma, end with colon: end with semicolon; (paren) [bracket] {brace}",
    "tabs\tand\nnewlines\r\nand\fform\vfeed   many    spaces",
    "word's words' wordss 's 'S It'S JOHN'S",
    "x.y x,y 1.a a.1 1,a a,1 ab.cd ab,cd a.b.c.d. 3.14159.",
    "!?!?...---***&&&'''\"\"\"",
};

}  // namespace

TEST_CASE("summary view tokenizer: fast path equals plain path on edge cases, cut at every end") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    for (const np::SummaryModels* m : {&models->summary, static_cast<const np::SummaryModels*>(nullptr)}) {
        Compare c;
        c.models = m;
        for (const char* s : kEdgeCases) {
            const std::string text(s);  // exactly sized: loads near the end must be refused
            for (uint32_t to = 1; to <= text.size(); ++to) c.range(text, 0, to);
            for (uint32_t from = 0; from < text.size(); ++from) c.range(text, from, uint32_t(text.size()));
        }
        CHECK_MESSAGE(c.mismatches == 0, c.first);
        CHECK(c.tokens > 1000);
    }
}

TEST_CASE("summary view tokenizer: fast path equals plain path on every Reuters article") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    Compare c;
    c.models = &models->summary;
    size_t docs = 0;
    if (!np::test::for_each_reuters_body([&](const std::string& body) { c.text(body); ++docs; return true; })) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    CHECK_MESSAGE(c.mismatches == 0, c.first);
    CHECK(docs > 10000);
    CHECK(c.tokens > 2000000);
}

TEST_CASE("summary view tokenizer: fast path equals plain path on the bench corpus") {
    std::string data;
    if (!np::test::read_file(np::test::source_dir() + "/.cache/bench/news-1mb.txt", data)) {
        MESSAGE("skipped: .cache/bench/news-1mb.txt absent (./dev.sh bench builds it)");
        return;
    }
    const np::Models* models = np::test::models();
    REQUIRE(models);
    Compare c;
    c.models = &models->summary;
    c.text(data);
    CHECK_MESSAGE(c.mismatches == 0, c.first);
    CHECK(c.tokens > 100000);
}
