// test_ner_pass_mentions.cpp — round 7's shortcuts in stage_sentences() and find_mentions'
// first pass give what the plain computations give, on real text (assets/sample.txt and the
// first Reuters articles of ../shared/data/news, with and without the word-facts cache):
//   * `glued` (now from the previous token's end carried in the loop) is "this token starts
//     where the previous token of the sentence ends", from the document's tokens;
//   * collect_lower_words() lists exactly the capitalized words (Case title, upper, mixed) by
//     flat index, in order (rule 3 now visits only those), and its keys are the key32 set of
//     the words seen lowercase after the first word of a sentence;
//   * each staged word's num_start (kept in the word-facts cache) is numeric_may_start() of
//     the word, and find_numeric() given them (and the fast number-word + unit test through
//     one union table) finds the spans of the plain find_numeric();
//   * collect_lower_words' per-sentence team gate equals team_spans' own counting (plain: word text, no
//     hashes), and team_spans finds nothing in a sentence whose gate is 0 (find_mentions
//     skips those sentences).
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "models.hpp"
#include "ner_features.hpp"
#include "ner_numeric.hpp"
#include "ner_stage.hpp"
#include "ner_text.hpp"
#include "test_support.hpp"

using namespace np::ner;

TEST_CASE("ner pass: staged glued flags and collect_lower_words equal the plain scans on real text") {
    // A few lines of results and fixtures of our own, so that the team gate opens whether or
    // not ../shared (Reuters, which has such tables) is there.
    const std::string text = np::test::sample_and_reuters(80) +
                             "\n\nResults: Northfield 3 Eastbrook 1\n\nLakeside 2 Hillcrest 2\n\n"
                             "Keller vs. Moreau, 6-4 6-3.\n";
    auto a = np::test::analyze_text(text, true);  // every segment, short result lines included
    REQUIRE(a.documents.size() == 1);
    const np::Document& doc = a.documents[0];
    WordFactsCache cache;
    size_t glued = 0, capitals_seen = 0, gates_open = 0, num_starts = 0, spans = 0;
    std::vector<NumericSpan> fast;
    const np::Models* models = np::test::models();
    const Lexicon* lex = models ? &models->entities.lexicon : nullptr;
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
                CHECK(bool(s.num_start[i]) == numeric_may_start(s.words[i], lower(s.words[i]), hash_lower(s.words[i])));
                num_starts += s.num_start[i];
            }
            const std::vector<NumericSpan> plain = find_numeric(s.words, s.lower, s.glued);
            find_numeric(s.words, s.lower, s.glued, s.hl.data(), fast, s.num_start.data());
            REQUIRE(fast.size() == plain.size());
            for (size_t k = 0; k < plain.size(); ++k) {
                CHECK(fast[k].start == plain[k].start);
                CHECK(fast[k].end == plain[k].end);
                CHECK(fast[k].type == plain[k].type);
            }
            spans += plain.size();
            words += s.words.size();
        }
        std::vector<uint32_t> keys, capitals(words + 1, 0xFFFFFFFFu);
        std::vector<uint8_t> gate(staged.sents.size(), 7);
        const size_t n = collect_lower_words(staged.sents, keys, capitals.data(), gate.data());
        for (size_t si = 0; si < staged.sents.size(); ++si) {
            const StageSentence& st = staged.sents[si];
            int numbers = 0, lowers = 0, versus = 0;
            bool cue = false;
            for (size_t i = 0; i < st.words.size(); ++i) {
                const Case c = case_of(st.words[i]);
                const std::string_view w = st.words[i];
                cue |= w == "as" || w == "including";
                // (a lower-case plural before a capitalized word: "battery makers X and Y")
                cue |= c == Case::lower && i + 1 < st.words.size() && w.size() >= 5 && w.back() == 's' &&
                       (case_of(st.words[i + 1]) == Case::title || case_of(st.words[i + 1]) == Case::upper);
                if (w == "," && i > 0) {  // (after a plural company noun: a list in apposition)
                    const std::string p = lower(st.words[i - 1]);
                    cue |= p == "companies" || p == "firms" || p == "banks" || p == "lenders" || p == "groups";
                }
                const bool vs = w == "v" || w == "vs" || w == "vs." || w == "v." || w == "V" || w == "VS";
                if (c == Case::digit) ++numbers;
                else if (c == Case::lower) { if (vs) ++versus; else ++lowers; }
                else if (c == Case::upper && vs) ++versus;
            }
            const bool want = (numbers >= 2 && lowers <= 2 && lowers * 2 < numbers) || versus > 0;
            CAPTURE(si);
            CHECK((gate[si] & 1) == uint8_t(want));
            CHECK(((gate[si] & 2) != 0) == cue);  // company_lists' cue words
            gates_open += want;
            if (!want && lex) {
                const std::vector<uint8_t> none(st.words.size(), 0);
                CHECK(team_spans(st, none, *lex).empty());
            }
        }
        REQUIRE(n == want_capitals.size());
        CHECK(std::equal(want_capitals.begin(), want_capitals.end(), capitals.begin()));
        CHECK(capitals[n] == 0xFFFFFFFFu);  // nothing written past the capitalized words
        CHECK(std::set<uint32_t>(keys.begin(), keys.end()) == want_keys);
        capitals_seen += n;
    }
    CHECK(glued >= 100);  // "U.S.-China", "$5", "5%": tokens that touch are common in news
    CHECK(capitals_seen >= 1000);
    CHECK(gates_open >= 3);
    CHECK(num_starts >= 300);
    CHECK(spans >= 100);  // tables of figures and fixtures occur in the sample and in Reuters
}

TEST_CASE("ner pass: every versus spelling passes may_be_versus_hash") {
    for (std::string_view w : {"v", "vs", "vs.", "v.", "V", "VS", "Vs", "VS."}) {
        CAPTURE(w);
        CHECK(may_be_versus_hash(hash_lower(w)));
    }
    // The gate rejects most other words: of the words of the sample text, few pass it.
    std::string text;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", text));
    size_t words = 0, passed = 0;
    for (size_t i = 0; i < text.size();) {
        size_t j = text.find(' ', i);
        if (j == std::string::npos) j = text.size();
        if (j > i) {
            ++words;
            passed += may_be_versus_hash(hash_lower(std::string_view(text).substr(i, j - i)));
        }
        i = j + 1;
    }
    CHECK(words >= 200);
    CHECK(passed * 5 < words);
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
