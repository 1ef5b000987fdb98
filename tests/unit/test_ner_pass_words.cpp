// test_ner_pass_words.cpp — round 6's shortcuts in the entity stage's word passes give exactly
// what the plain functions give, on real text (assets/sample.txt, and the first Reuters
// articles of ../shared/data/news joined into one document):
//   * stage_sentences() (lowercase copies written through a cursor, the word-facts cache
//     reused across documents) equals case_of(), hash_lower() and lower() of every word;
//   * find_numeric() with word hashes (first-byte gates, number_at() remembered) finds the
//     spans of the plain find_numeric() (no gates) in every sentence;
//   * after prepare_sentence(), each word's gaz_b is the kinds of Lexicon::match() at that
//     word (0 when nothing matches), and gaz_kinds their union: find_mentions' gazetteer-place
//     pass reads them instead of matching every word again.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "models.hpp"
#include "ner_features.hpp"
#include "ner_numeric.hpp"
#include "ner_stage.hpp"
#include "ner_text.hpp"
#include "stages.hpp"
#include "test_support.hpp"

using namespace np::ner;

namespace {

struct Counts {
    size_t words = 0, lowered = 0, spans = 0, sentences = 0;
};

// Stages `doc` with `cache` and checks each word's facts against the plain functions, then
// compares the two find_numeric paths on every sentence.
void check_document(const np::Document& doc, WordFactsCache* cache, Counts& c) {
    StageDoc staged;
    stage_sentences(doc, staged, cache);
    std::vector<NumericSpan> fast;
    for (const StageSentence& s : staged.sents) {
        ++c.sentences;
        for (size_t i = 0; i < s.words.size(); ++i) {
            const std::string_view w = s.words[i];
            CAPTURE(w);
            CHECK(Case(s.cases[i]) == case_of(w));
            CHECK(s.hl[i] == hash_lower(w));
            CHECK(s.lower[i] == lower(w));
            ++c.words;
            c.lowered += s.lower[i] != w;
        }
        const std::vector<NumericSpan> plain = find_numeric(s.words, s.lower, s.glued);
        find_numeric(s.words, s.lower, s.glued, s.hl.data(), fast);
        CAPTURE(s.index);
        REQUIRE(fast.size() == plain.size());
        for (size_t k = 0; k < plain.size(); ++k) {
            CHECK(fast[k].start == plain[k].start);
            CHECK(fast[k].end == plain[k].end);
            CHECK(fast[k].type == plain[k].type);
        }
        c.spans += plain.size();
    }
}

}  // namespace

TEST_CASE("ner pass: staged words and numeric spans equal the plain functions on real text") {
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    WordFactsCache cache;  // shared by every document below, as EntityScratch shares it
    {
        auto a = np::test::analyze_text(sample);
        REQUIRE(a.documents.size() == 1);
        Counts c;
        check_document(a.documents[0], nullptr, c);
        check_document(a.documents[0], &cache, c);  // first use: fills the cache
        check_document(a.documents[0], &cache, c);  // second: words come from the cache
        WordFactsCache small;  // 256 slots: words share slots and replace each other
        small.bits = WordFactsCache::kMinBits;
        check_document(a.documents[0], &small, c);
        check_document(a.documents[0], &small, c);
        CHECK(small.slots.size() == size_t(1) << WordFactsCache::kMinBits);
        CHECK(c.sentences >= 15);
        CHECK(c.lowered >= 30);
        CHECK(c.spans >= 3);
    }
    const std::string reuters = np::test::first_reuters_bodies(80);
    if (reuters.empty()) {
        MESSAGE("skipped: ../shared absent (Reuters part)");
        return;
    }
    auto b = np::test::analyze_text(reuters);
    REQUIRE(b.documents.size() == 1);
    Counts c;
    check_document(b.documents[0], nullptr, c);
    check_document(b.documents[0], &cache, c);
    CHECK(c.words >= 20000);
    CHECK(c.spans >= 200);  // Reuters is full of money, percentages and dates
    // Smaller tables (a scratch with a smaller memory bound): more words share a slot and
    // replace each other, with the same facts.
    for (int bits : {WordFactsCache::kMinBits, 11}) {
        CAPTURE(bits);
        WordFactsCache small;
        small.bits = bits;
        Counts d;
        check_document(b.documents[0], &small, d);
        check_document(b.documents[0], &small, d);
        CHECK(small.slots.size() == size_t(1) << bits);
        CHECK(d.words == c.words);  // (both counted two passes)
    }
}

TEST_CASE("ner pass: the word-facts table takes at most a quarter of the scratch's memory bound") {
    // make_entity_scratch(keep_bytes) sizes it: the most slots (up to 2^13, 256 KB) whose
    // bytes fit in keep_bytes / 4, and never fewer than 2^kMinBits.
    const size_t slot = sizeof(WordFactsCache::Slot);
    CHECK(slot == 32);
    const struct {
        size_t keep;
        int bits;
    } cases[] = {{size_t(8) << 20, 13}, {size_t(1) << 20, 13}, {(size_t(1) << 20) - 1, 12},
                 {size_t(512) << 10, 12}, {999800 / 2, 11}, {size_t(256) << 10, 11},
                 {size_t(100) << 10, 9}, {0, WordFactsCache::kMinBits}};
    for (const auto& k : cases) {
        CAPTURE(k.keep);
        np::EntityScratchPtr s = np::make_entity_scratch(k.keep);
        CHECK(s->word_facts.bits == k.bits);
        CHECK(s->word_facts.slots.empty());  // allocated on first use
        if (k.bits > WordFactsCache::kMinBits) CHECK((slot << k.bits) <= k.keep / 4);
        if (k.bits < WordFactsCache::kMaxBits) CHECK((slot << (k.bits + 1)) > k.keep / 4);
    }
}

TEST_CASE("ner pass: prepared gazetteer kinds are Lexicon::match at each word, on real text") {
    const np::Models* models = np::test::models();
    REQUIRE(models != nullptr);
    const Lexicon& lex = models->entities.lexicon;
    if (!lex.size()) {
        MESSAGE("skipped: gazetteers not loaded");
        return;
    }
    const std::string text = np::test::sample_and_reuters(80);
    auto a = np::test::analyze_text(text);
    REQUIRE(a.documents.size() == 1);
    StageDoc staged;
    stage_sentences(a.documents[0], staged);
    FeatureContext ctx;
    ctx.lexicon = &lex;
    SentenceInfo info;  // reused across sentences, as find_mentions does
    size_t matched = 0, gpe_sentences = 0;
    for (const StageSentence& s : staged.sents) {
        WordFacts facts{s.cases.data(), s.hl.data(), s.lower.data()};
        prepare_sentence(s.words, s.heading, ctx, info, false, &facts);
        REQUIRE(info.tokens.size() == s.words.size());
        uint16_t all = 0;
        for (size_t i = 0; i < s.words.size(); ++i) {
            const LexMatch lm = lex.match(s.hl.data(), s.hl.size(), i);
            const uint16_t want = lm.length ? lm.kinds : 0;
            CAPTURE(s.words[i]);
            CHECK(info.tokens[i].gaz_b == want);
            all |= want;
            matched += lm.length != 0;
        }
        CHECK(info.gaz_kinds == all);
        gpe_sentences += (all & LK_GPE) != 0;
    }
    CHECK(matched >= 20);
    CHECK(gpe_sentences >= 5);
}

TEST_CASE("ner pass: printable_ascii (8 bytes at a time) equals the byte loop") {
    // Every byte value at every position of strings of 1-24 printable bytes, and the boundary
    // bytes next to each other.
    size_t yes = 0, no = 0;
    for (size_t len = 1; len <= 24; ++len)
        for (size_t at = 0; at < len; ++at)
            for (int b = 0; b < 256; ++b) {
                std::string w(len, 'a');
                for (size_t k = 0; k < len; ++k) w[k] = char(0x20 + (k * 7) % 95);
                w[at] = char(b);
                const bool want = printable_ascii_plain(w);
                CAPTURE(len);
                CAPTURE(at);
                CAPTURE(b);
                REQUIRE(printable_ascii(w) == want);
                (want ? yes : no)++;
            }
    CHECK(yes > 0);
    CHECK(no > 0);
    const char* edges[] = {"\x1F\x20\x7E\x7F", "~~~~~~~~\x7F", "        \x1F", "\x80       ", "Caf\xC3\xA9 au lait", ""};
    for (const char* e : edges) CHECK(printable_ascii(e) == printable_ascii_plain(e));
    // Real text: every line of the sample article.
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    size_t lines = 0;
    for (size_t i = 0; i < sample.size();) {
        size_t j = sample.find('\n', i);
        if (j == std::string::npos) j = sample.size();
        const std::string_view line(sample.data() + i, j - i);
        CHECK(printable_ascii(line) == printable_ascii_plain(line));
        ++lines;
        i = j + 1;
    }
    CHECK(lines >= 10);
}
