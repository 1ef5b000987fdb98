// test_summary_speed.cpp — the summary view's fast paths give the same answers as the plain ones.
//
// build_view looks each token's word up while it cuts the token (hash computed as the lowercase
// form is written, eight ASCII bytes at a time), and time_at() rejects tokens by a word-class bit.
// These tests rebuild the same facts the slow way and compare, token by token:
//   * wid/info equal WordIds::find() on the token's lowercase form (ASCII, non-ASCII, ’, zero-width
//     bytes inside a word, words of 8 and 16 bytes, a word ending at the very end of the text);
//   * time_at() with models (bits) equals time_at() without models (word-list comparisons).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "models.hpp"
#include "summarize_view.hpp"
#include "test_support.hpp"

namespace {

using np::sv::View;

// Every token's word id and classes, as the slow lookup finds them.
void check_word_ids(const np::Document& doc, const np::SummaryModels& m) {
    View v = np::sv::build_view(doc, &m, np::sv::with_actors);
    REQUIRE(!v.toks.empty());
    std::string scratch;
    size_t known = 0;
    for (uint32_t i = 0; i < v.toks.size(); ++i) {
        const int64_t id = m.words.find(v.lo(i), scratch);
        CHECK_MESSAGE(v.toks[i].wid == int32_t(id), "token '", std::string(v.lo(i)), "'");
        const uint32_t info = id >= 0 && size_t(id) < m.word_info.size() ? m.word_info[size_t(id)] : 0;
        CHECK(v.toks[i].info == info);
        known += id >= 0;
    }
    CHECK(known > 0);  // the text has grammar words ("the", "said"): lookups must find some
}

// time_at() by bits (models loaded) against time_at() by word lists (no models), at every token.
size_t check_time_at(const np::Document& doc, const np::SummaryModels& m) {
    View fast = np::sv::build_view(doc, &m, 0);
    View slow = np::sv::build_view(doc, nullptr, 0);
    REQUIRE(fast.toks.size() == slow.toks.size());
    REQUIRE(fast.sents.size() == slow.sents.size());
    size_t phrases = 0;
    for (const auto& s : fast.sents)
        for (uint32_t i = s.t0; i < s.t1; ++i) {
            const uint32_t a = np::sv::time_at(fast, i, s.t1), b = np::sv::time_at(slow, i, s.t1);
            CHECK_MESSAGE(a == b, "at '", std::string(fast.lo(i)), "'");
            phrases += a > 0;
        }
    return phrases;
}

const char* const kText =
    "Canada\xE2\x80\x99s finance minister said on Tuesday that tariffs on U.S.-made steel would rise to 25 per cent "
    "from next month. \xE2\x80\x9CWe will respond,\xE2\x80\x9D she told reporters in Z\xC3\xBCrich.\n\n"
    "The COUNTERVAILING duties, imposed since March 2024, cover semiconductors and measures on "
    "electric vehicles for the next three years; a third of imports are affected.\n\n"
    "Officials said the tar\xE2\x80\x8Biffs were lifted earlier this week, effective January 1, and "
    "the ministry\xE2\x80\x99s review ends by the end of the year. Exports fell 3.5% in 2023 "
    "and negotiations resume within 90 days, officials said on Friday after talks in Ottawa ended tariffs";

}  // namespace

TEST_CASE("summary view: word ids looked up while cutting equal WordIds::find") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    REQUIRE(models->summary.loaded);
    np::Analysis a = np::test::analyze_text(kText);
    REQUIRE(a.documents.size() == 1);
    check_word_ids(a.documents[0], models->summary);
}

TEST_CASE("summary view: time_at by word-class bits equals time_at by word lists") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    np::Analysis a = np::test::analyze_text(kText);
    REQUIRE(a.documents.size() == 1);
    // "on Tuesday", "from next month", "since March 2024", "for the next three years",
    // "earlier this week", "January 1", "by the end of the year", "in 2023", "within 90 days", ...
    CHECK(check_time_at(a.documents[0], models->summary) >= 8);
}

TEST_CASE("summary view: fast paths agree on real news articles (Reuters)") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    // The first articles' bodies of at least 200 bytes, one document each.
    size_t docs = 0, phrases = 0;
    const bool have = np::test::for_each_reuters_body([&](const std::string& body) {
        if (body.size() < 200) return true;
        np::Analysis a = np::test::analyze_text(body);
        if (a.documents.empty()) return true;
        check_word_ids(a.documents[0], models->summary);
        phrases += check_time_at(a.documents[0], models->summary);
        return ++docs < 60;
    });
    if (!have) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    CHECK(docs == 60);
    CHECK(phrases > 20);
}
