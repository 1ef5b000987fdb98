// test_summary_speed_bits.cpp — fast paths of the summary stages added for issue #9 give the same
// answers as the plain paths on real news articles (Reuters bodies from ../shared):
//   * quotes and the fallback chunker test speech verbs, -ing speech forms, titles and stopwords by
//     the token's word-class bit (tok_speech, tok_speech_ing, tok_title, tok_stop) instead of a
//     word-list scan: each must equal the list function on the token's lowercase form;
//   * measures' boundary / determiner / preposition tests by bit equal the word-list tests;
//   * number_at rejects words without the wi_time_start bit (number words, fractions, "a", "one"
//     have it): same answers as the comparisons of the plain path;
//   * measure triggers: trigger nouns are tested only on tokens with the wi_trigger bit; the
//     trigger found at every token must equal the one found with all comparisons made;
//   * place_payload's quick reject (first word begins no place name) must give the payload of the
//     full tokenize-and-walk path, for every entity name and alias and for capitalized runs.
#include <doctest/doctest.h>

#include <string>

#include "measures.hpp"
#include "models.hpp"
#include "summarize_view.hpp"
#include "test_support.hpp"

namespace {

using np::sv::View;

// Word-class bits against the word lists, at every token. Returns how many tokens had any class.
size_t check_word_bits(const np::Document& doc, const np::SummaryModels& m) {
    View v = np::sv::build_view(doc, &m, np::sv::with_actors);
    size_t hits = 0;
    for (uint32_t i = 0; i < v.toks.size(); ++i) {
        const std::string_view w = v.lo(i);
        const bool sp = np::sv::tok_speech(v, i), ing = np::sv::tok_speech_ing(v, i);
        const bool ti = np::sv::tok_title(v, i), st = np::sv::tok_stop(v, i);
        CHECK_MESSAGE(sp == np::sv::is_speech_verb(w), "speech '", std::string(w), "'");
        CHECK_MESSAGE(ing == np::sv::is_participle_speech(w), "speech-ing '", std::string(w), "'");
        CHECK_MESSAGE(ti == np::sv::is_title_word(w), "title '", std::string(w), "'");
        CHECK_MESSAGE(st == np::sv::is_stopword(w), "stop '", std::string(w), "'");
        hits += sp || ing || ti || st;
    }
    return hits;
}

// number_at with the models (word-class quick reject) against number_at without (comparisons).
size_t check_numbers(const np::Document& doc, const np::SummaryModels& m) {
    View fast = np::sv::build_view(doc, &m, 0);
    View slow = np::sv::build_view(doc, nullptr, 0);
    REQUIRE(fast.toks.size() == slow.toks.size());
    size_t numbers = 0;
    for (const auto& s : fast.sents)
        for (uint32_t i = s.t0; i < s.t1; ++i) {
            double a = -1, b = -1;
            uint32_t ua = 0, ub = 0;
            bool fa = false, fb = false;
            const bool ra = np::sv::number_at(fast, i, s.t1, a, ua, fa), rb = np::sv::number_at(slow, i, s.t1, b, ub, fb);
            CHECK_MESSAGE(ra == rb, "number at '", std::string(fast.lo(i)), "'");
            if (ra && rb) {
                CHECK(a == b);
                CHECK(ua == ub);
                CHECK(fa == fb);
            }
            numbers += ra && fast.toks[i].kind != np::sv::TK::number;  // number words: "two", "a third"
        }
    return numbers;
}

// Measure triggers with and without the trigger-noun quick reject, at every token.
size_t check_triggers(const np::Document& doc, const np::SummaryModels& m) {
    View v = np::sv::build_view(doc, &m, np::sv::with_actors);
    size_t found = 0;
    for (const auto& s : v.sents)
        for (uint32_t i = s.t0; i < s.t1; ++i) {
            const std::string fast = np::measures::trigger_for_test(v, i, s.t1, true);
            CHECK_MESSAGE(fast == np::measures::trigger_for_test(v, i, s.t1, false), "at '", std::string(v.lo(i)), "'");
            found += !fast.empty();
            CHECK_MESSAGE(np::measures::word_classes_for_test(v, i, true) == np::measures::word_classes_for_test(v, i, false),
                          "classes of '", std::string(v.lo(i)), "'");
        }
    return found;
}

// Quick reject against the full walk: entity names, aliases, and runs of capitalized tokens.
// Returns how many names resolved to a place (so the test sees both answers).
size_t check_places(const np::Document& doc, const np::SummaryModels& m, size_t& names) {
    size_t places = 0;
    auto check = [&](std::string_view name) {
        const int32_t fast = np::sv::place_payload(m, name, true), plain = np::sv::place_payload(m, name, false);
        CHECK_MESSAGE(fast == plain, "name '", std::string(name), "'");
        places += plain >= 0;
        ++names;
    };
    for (const auto& e : doc.entities) {
        check(e.name);
        for (const auto& a : e.aliases) check(a);
    }
    View v = np::sv::build_view(doc, &m, 0);
    for (const auto& s : v.sents)
        for (uint32_t i = s.t0; i < s.t1; ++i) {
            if (!(v.toks[i].flags & np::sv::cap)) continue;
            uint32_t j = i;
            while (j < s.t1 && j < i + 4 && (v.toks[j].flags & np::sv::cap)) ++j;
            check(v.cut(i, j));
            if (i > s.t0) check(v.cut(i - 1, j));  // "the United States", "of China"
            i = j - 1;
        }
    return places;
}

}  // namespace

TEST_CASE("summary speed: word-class bits, trigger and place quick rejects agree with the plain paths (Reuters)") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    REQUIRE(models->summary.loaded);
    size_t docs = 0, classed = 0, places = 0, names = 0, triggers = 0, number_words = 0;
    const bool have = np::test::for_each_reuters_body([&](const std::string& body) {
        if (body.size() < 200) return true;
        np::Analysis a = np::test::analyze_text(body);
        if (a.documents.empty()) return true;
        classed += check_word_bits(a.documents[0], models->summary);
        places += check_places(a.documents[0], models->summary, names);
        triggers += check_triggers(a.documents[0], models->summary);
        number_words += check_numbers(a.documents[0], models->summary);
        return ++docs < 80;
    });
    if (!have) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    CHECK(docs == 80);
    CHECK(classed > 500);      // "said", "the", "minister", ... occur in every article
    CHECK(places > 20);        // "U.S.", "Japan", "the United States" resolve
    CHECK(names > places);     // and most names are no places ("Reuters", "Federal Reserve")
    CHECK(number_words > 5);   // "two", "one", "a third" are spelled out in some stories
    CHECK(triggers > 10);      // Reuters trade stories: "tariffs", "quota", "agreement", "raised"
}
