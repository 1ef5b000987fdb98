// test_ner_pass_mentions.cpp — round 7's shortcuts in stage_sentences() and find_mentions'
// first pass give what the plain computations give, on real text (assets/sample.txt and the
// first Reuters articles of ../shared/data/news, with and without the word-facts cache):
//   * `glued` (now from the previous token's end carried in the loop) is "this token starts
//     where the previous token of the sentence ends", from the document's tokens;
//   * collect_lower_words() lists exactly the capitalized words (Case title, upper, mixed) by
//     flat index, in order (rule 3 now visits only those), and its keys are the key32 set of
//     the words seen lowercase after the first word of a sentence.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "ner_features.hpp"
#include "ner_stage.hpp"
#include "ner_text.hpp"
#include "test_support.hpp"

using namespace np::ner;

TEST_CASE("ner pass: staged glued flags and collect_lower_words equal the plain scans on real text") {
    std::string text;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", text));
    const std::string reuters = np::test::first_reuters_bodies(80);
    if (reuters.empty()) MESSAGE("Reuters part skipped: ../shared absent");
    text += "\n\n" + reuters;
    auto a = np::test::analyze_text(text);
    REQUIRE(a.documents.size() == 1);
    const np::Document& doc = a.documents[0];
    WordFactsCache cache;
    size_t glued = 0, capitals_seen = 0;
    for (int pass = 0; pass < 3; ++pass) {  // no cache, cache filled, cache reused
        StageDoc staged;
        stage_sentences(doc, staged, pass ? &cache : nullptr);
        REQUIRE(!staged.sents.empty());
        size_t words = 0;
        std::vector<uint32_t> want_capitals;
        std::set<uint32_t> want_keys;
        for (const StageSentence& s : staged.sents) {
            for (size_t i = 0; i < s.words.size(); ++i) {
                const np::Token& t = doc.tokens[s.first_token + i];
                const bool want = i > 0 && doc.tokens[s.first_token + i - 1].end == t.start;
                CAPTURE(s.words[i]);
                CHECK(bool(s.glued[i]) == want);
                glued += want;
                const Case c = case_of(s.words[i]);
                if (c == Case::title || c == Case::upper || c == Case::mixed) want_capitals.push_back(uint32_t(words + i));
                if (c == Case::lower && i > 0) want_keys.insert(key32(hash_lower(s.words[i])));
            }
            words += s.words.size();
        }
        std::vector<uint32_t> keys, capitals(words + 1, 0xFFFFFFFFu);
        const size_t n = collect_lower_words(staged.sents, keys, capitals.data());
        REQUIRE(n == want_capitals.size());
        CHECK(std::equal(want_capitals.begin(), want_capitals.end(), capitals.begin()));
        CHECK(capitals[n] == 0xFFFFFFFFu);  // nothing written past the capitalized words
        CHECK(std::set<uint32_t>(keys.begin(), keys.end()) == want_keys);
        capitals_seen += n;
    }
    CHECK(glued >= 100);  // "U.S.-China", "$5", "5%": tokens that touch are common in news
    CHECK(capitals_seen >= 1000);
}

TEST_CASE("ner pass: lowercase copies get room again when token offsets are out of order") {
    // Tokens listed backwards: the sentence's byte span (last end - first start) is empty, so
    // the first room given to the lowercase copies is too small and the words are staged again
    // with room for all of their bytes. The result must equal the plain functions.
    np::Document doc;
    doc.text = "Alpha BRAVO Charlie Ärger DELTA-ECHO Foxtrot";
    np::Segment seg;
    seg.start = 0;
    seg.end = uint32_t(doc.text.size());
    doc.segments.push_back(seg);
    doc.analysed.push_back(1);
    const uint32_t starts[] = {37, 26, 20, 12, 6, 0}, ends[] = {44, 36, 25, 19, 11, 5};
    for (size_t k = 0; k < 6; ++k) {
        np::Token t;
        t.start = starts[k];
        t.end = ends[k];
        doc.tokens.push_back(t);
    }
    np::Sentence s;
    s.start = 0;
    s.end = seg.end;
    s.first_token = 0;
    s.token_count = 6;
    doc.sentences.push_back(s);
    WordFactsCache cache;
    for (int pass = 0; pass < 3; ++pass) {
        StageDoc staged;
        stage_sentences(doc, staged, pass ? &cache : nullptr);
        REQUIRE(staged.sents.size() == 1);
        const StageSentence& st = staged.sents[0];
        REQUIRE(st.words.size() == 6);
        for (size_t i = 0; i < 6; ++i) {
            CAPTURE(st.words[i]);
            CHECK(st.words[i] == std::string_view(doc.text).substr(starts[i], ends[i] - starts[i]));
            CHECK(st.lower[i] == lower(st.words[i]));
            CHECK(st.hl[i] == hash_lower(st.words[i]));
        }
    }
}
