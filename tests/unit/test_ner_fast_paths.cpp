// test_ner_fast_paths.cpp — the entity stage's shortcuts give exactly what the plain functions
// give: word_facts() vs case_of()/hash_lower()/lower(), shape_hash() vs shape(), find_numeric()
// with and without word hashes, and the tagger on partially vs fully prepared sentences
// (with the shipped model and gazetteers, and one SentenceInfo reused across sentences).
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "models.hpp"
#include "ner_numeric.hpp"
#include "ner_tagger.hpp"
#include "ner_text.hpp"
#include "test_support.hpp"

using namespace np::ner;

namespace {

// Words of a sentence split on spaces (the sentences below are written pre-tokenized).
std::vector<std::string_view> split(std::string_view s) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        size_t j = s.find(' ', i);
        if (j == std::string_view::npos) j = s.size();
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

// Sentences written for these tests: names next to lowercase stretches, titles, places,
// numbers, an ALL-CAPS line and a Title Case line.
const char* const kSentences[] = {
    "The European Commission said on Tuesday that Maria Lopez , its trade chief , would visit Buenos Aires in March .",
    "Shares of Acme Corp rose 4.5 percent to $ 12.30 after the Bank of England kept rates at 5 % last week .",
    "Secretary of State Anna Berg met officials from Bosnia and Herzegovina and the Czech Republic .",
    "a quiet day with nothing but lowercase words in it from start to end",
    "FARMERS PROTEST NEW TARIFFS IN PARIS AND LYON",
    "New Rules For Steel Imports Take Effect In Canada",
    "He said prices had risen two years ago , earlier this month and since 2019 .",
    "O'Neill and McDonald 's iPhone sales in São Paulo and Zürich fell 3 pct on Friday , March 6 , 2020 .",
};

}  // namespace

TEST_CASE("ner fast paths: word_facts equals case_of, hash_lower and lower") {
    const char* words[] = {"the", "Obama", "NATO", "iPhone", "McDonald", "1996", "U.S.", "--", "'s",
                           "Éric", "ÉCOLE", "école", "São", "Zürich", "\xE2\x80\x99s", "\xC3", "\xFFzz",
                           "A", "a", "x1", "X1", "$", "3.5", "O'NEILL", "Straße"};
    for (const char* c : words) {
        const std::string_view w(c);
        std::string buf = "prefix";
        uint64_t h = 0;
        bool appended = false;
        const Case cs = word_facts(w, buf, h, appended);
        CAPTURE(w);
        CHECK(cs == case_of(w));
        CHECK(h == hash_lower(w));
        CHECK(h == hash_bytes(lower(w)));
        CHECK((appended ? buf.substr(6) : std::string(w)) == lower(w));
        CHECK(buf.size() <= 6 + w.size());  // lowercase never grows a word (stage_sentences relies on it)
    }
}

TEST_CASE("ner fast paths: shape_hash equals the hash of shape()") {
    const char* words[] = {"Obama", "U.S.", "1996-08-30", "$1.2bn", "iPhone", "Éric", "ÉCOLE", "--", "a",
                           "VeryLongMixedCaseWord123", "\xE2\x80\x99s", "\xC3", "São-Paulo"};
    for (const char* c : words) {
        CAPTURE(c);
        CHECK(shape_hash(c, 2) == hash_bytes(shape(c), 2));
        CHECK(shape_hash(c, 7) == hash_bytes(shape(c), 7));
    }
}

TEST_CASE("ner fast paths: find_numeric with word hashes finds the same spans") {
    size_t found = 0;
    for (const char* s : kSentences) {
        auto words = split(s);
        std::vector<std::string> low;
        std::vector<std::string_view> lv;
        std::vector<uint64_t> hl;
        std::vector<uint8_t> glued(words.size(), 0);
        for (auto w : words) { low.push_back(lower(w)); hl.push_back(hash_lower(w)); }
        for (auto& l : low) lv.push_back(l);
        auto plain = find_numeric(words, lv, glued);
        std::vector<NumericSpan> fast = {{9, 9, np::EntityType::MONEY}};  // cleared by the call
        find_numeric(words, lv, glued, hl.data(), fast);
        REQUIRE(fast.size() == plain.size());
        for (size_t k = 0; k < plain.size(); ++k) {
            CHECK(fast[k].start == plain[k].start);
            CHECK(fast[k].end == plain[k].end);
            CHECK(fast[k].type == plain[k].type);
        }
        found += plain.size();
    }
    CHECK(found >= 8);  // the sentences hold dates, percentages and money
}

TEST_CASE("ner fast paths: partial preparation tags exactly as full preparation") {
    const np::EntityModels& m = np::test::tagger_models();
    FeatureContext ctx;
    ctx.lexicon = &m.lexicon;
    ctx.lower_vocab = &m.tagger.lower_vocab;
    SentenceInfo reused;  // one info for all sentences, as find_mentions does
    TagScratch scratch;
    size_t names = 0, partial_lines = 0;
    for (int pass = 0; pass < 2; ++pass)  // second pass: long and short sentences follow each other
        for (size_t si = 0; si < std::size(kSentences); ++si) {
            const char* s = kSentences[pass ? std::size(kSentences) - 1 - si : si];
            CAPTURE(s);
            auto words = split(s);
            for (const bool heading : {false, true}) {
                SentenceInfo full;
                prepare_sentence(words, heading, ctx, full, true);
                prepare_sentence(words, heading, ctx, reused, false);
                REQUIRE(full.mode == reused.mode);
                std::vector<uint8_t> want, got;
                tag(m.tagger, full, want, true);
                tag(m.tagger, reused, got, true, &scratch);
                CHECK(got == want);
                if (!reused.scored.empty()) {
                    ++partial_lines;
                    // Every scored token has the features it has when all tokens are prepared.
                    for (size_t i = 0; i < words.size(); ++i) {
                        if (!reused.scored[i]) continue;
                        uint32_t a[kMaxFeatures], b[kMaxFeatures];
                        const int na = token_features(full, i, a), nb = token_features(reused, i, b);
                        REQUIRE(na == nb);
                        CHECK(std::vector<uint32_t>(a, a + na) == std::vector<uint32_t>(b, b + nb));
                    }
                }
                for (uint8_t l : got) names += label_begins(l);
            }
        }
    CHECK(partial_lines >= 10);
    CHECK(names >= 10);  // the tagger does find names here: the comparison is not between empty results
}
