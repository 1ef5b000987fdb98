// test_ner_fast_paths_cache.cpp — the entity stage's per-document shortcuts give exactly what
// the plain path gives, on real articles (assets/sample.txt, Reuters articles from
// ../shared/data/news joined into one long document so that names recur):
//   * the tagger with an OwnScoreCache (a word's own feature sums reused), alone and seeded
//     from the load-time sums of the gazetteer words (EntityModels::common_words), labels
//     every sentence as the tagger without it;
//   * token_own_features() + token_context_features() are token_features(), split.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "models.hpp"
#include "ner_stage.hpp"
#include "ner_tagger.hpp"
#include "ner_text.hpp"
#include "test_support.hpp"

using namespace np::ner;

namespace {

struct CacheRun {
    size_t sentences = 0, scored = 0, hits = 0, names = 0;
};

// Tags every analysed sentence of `text` with and without the own-score cache; checks both agree.
CacheRun compare_cache(const std::string& text, const np::EntityModels& m, bool common) {
    CacheRun run;
    auto analysis = np::test::analyze_text(text);
    REQUIRE(analysis.documents.size() == 1);
    StageDoc staged;
    stage_sentences(analysis.documents[0], staged);
    KeySet doc_lower;  // as find_mentions builds it
    for (const auto& s : staged.sents)
        for (size_t i = 1; i < s.words.size(); ++i)
            if (Case(s.cases[i]) == Case::lower) doc_lower.keys.push_back(key32(s.hl[i]));
    doc_lower.index();
    FeatureContext plain_ctx;
    plain_ctx.lexicon = &m.lexicon;
    plain_ctx.lower_vocab = &m.tagger.lower_vocab;
    plain_ctx.doc_lower = &doc_lower;
    FeatureContext cached_ctx = plain_ctx;
    OwnScoreCache cache;
    cached_ctx.own_cache = &cache;
    if (common) cached_ctx.common = &m.common_words;
    SentenceInfo plain, cached;
    TagScratch scratch;
    for (const auto& s : staged.sents) {
        WordFacts facts{s.cases.data(), s.hl.data(), s.lower.data()};
        prepare_sentence(s.words, s.heading, plain_ctx, plain, false, &facts);
        prepare_sentence(s.words, s.heading, cached_ctx, cached, false, &facts);
        std::vector<uint8_t> want, got;
        tag(m.tagger, plain, want, true);
        tag(m.tagger, cached, got, true, &scratch);
        CAPTURE(s.index);
        CHECK(got == want);
        ++run.sentences;
        for (size_t i = 0; i < cached.tokens.size(); ++i) {
            if (cached.scored.size() != cached.tokens.size() || !cached.scored[i]) continue;
            ++run.scored;
            run.hits += cached.tokens[i].own && !cached.tokens[i].own_fill;
        }
        for (uint8_t l : got) run.names += label_begins(l);
    }
    return run;
}

}  // namespace

TEST_CASE("ner fast paths: the own-score cache tags real articles exactly as the plain tagger") {
    const np::EntityModels& m = np::test::tagger_models();
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    REQUIRE(m.common_words.entries.size() >= 1000);  // built at load from the gazetteers
    for (const bool common : {false, true}) {
        CAPTURE(common);
        CacheRun a = compare_cache(sample, m, common);
        CHECK(a.sentences >= 5);
        CHECK(a.names >= 5);
    }
    const std::string reuters = np::test::first_reuters_bodies(60);
    if (reuters.empty()) {
        MESSAGE("skipped: ../shared absent (Reuters part)");
        return;
    }
    CacheRun b = compare_cache(reuters, m, false);
    CHECK(b.sentences >= 100);
    CHECK(b.names >= 100);
    CHECK(b.hits * 5 >= b.scored);  // the cache is used: many names recur in 60 articles
    CacheRun c = compare_cache(reuters, m, true);
    CHECK(c.names == b.names);
    CHECK(c.hits > b.hits);  // gazetteer words hit at their first occurrence too
}

TEST_CASE("ner fast paths: own and context features are token_features split in two") {
    const np::EntityModels& m = np::test::tagger_models();
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    auto analysis = np::test::analyze_text(sample);
    REQUIRE(analysis.documents.size() == 1);
    StageDoc staged;
    stage_sentences(analysis.documents[0], staged);
    FeatureContext ctx;
    ctx.lexicon = &m.lexicon;
    ctx.lower_vocab = &m.tagger.lower_vocab;
    SentenceInfo info;
    size_t tokens = 0, gazetteer = 0;
    for (const auto& s : staged.sents)
        for (const bool heading : {false, true}) {
            prepare_sentence(s.words, heading, ctx, info, true);
            for (size_t i = 0; i < info.tokens.size(); ++i) {
                uint32_t all[kMaxFeatures], part[2 * kMaxFeatures];
                const int n = token_features(info, i, all);
                const int no = token_own_features(info, i, part);
                REQUIRE(no == kOwnFeatures);
                const int nc = token_context_features(info, i, part + no);
                REQUIRE(no + nc == n);
                std::vector<uint32_t> x(all, all + n), y(part, part + n);
                std::sort(x.begin(), x.end());
                std::sort(y.begin(), y.end());
                CHECK(x == y);
                ++tokens;
                gazetteer += n > 29;  // gazetteer features present: the capped loop is covered
            }
        }
    CHECK(tokens >= 100);
    CHECK(gazetteer >= 5);
}
