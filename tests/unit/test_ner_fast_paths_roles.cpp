// test_ner_fast_paths_roles.cpp — mention_at() (binary search over the sorted mentions, used by
// the role finder) gives the plain scan's answer for every word of real articles
// (assets/sample.txt; Reuters articles from ../shared/data/news as one long document).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "models.hpp"
#include "ner_stage.hpp"
#include "test_support.hpp"

using namespace np::ner;

namespace {

// Compares both lookups at every word (and one past the end) of every sentence; returns how
// many words lie inside a mention.
size_t compare_lookups(const std::string& text, const np::EntityModels& m) {
    auto analysis = np::test::analyze_text(text);
    REQUIRE(analysis.documents.size() == 1);
    StageDoc staged;
    stage_sentences(analysis.documents[0], staged);
    const std::vector<RawMention> ms = find_mentions(staged.sents, &m);
    size_t covered = 0;
    for (uint32_t si = 0; si < staged.sents.size(); ++si)
        for (uint32_t t = 0; t <= staged.sents[si].words.size(); ++t) {
            const int32_t fast = mention_at(ms, si, t), plain = mention_at_scan(ms, si, t);
            CAPTURE(si);
            CAPTURE(t);
            CHECK(fast == plain);
            covered += plain >= 0;
        }
    CHECK(mention_at(ms, uint32_t(staged.sents.size()), 0) == -1);  // past the last sentence
    return covered;
}

}  // namespace

TEST_CASE("ner fast paths: mention_at finds the mention the plain scan finds") {
    const np::EntityModels& m = np::test::tagger_models();
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    CHECK(compare_lookups(sample, m) >= 10);
    const std::string reuters = np::test::first_reuters_bodies(40);
    if (reuters.empty()) {
        MESSAGE("skipped: ../shared absent (Reuters part)");
        return;
    }
    CHECK(compare_lookups(reuters, m) >= 500);
}
