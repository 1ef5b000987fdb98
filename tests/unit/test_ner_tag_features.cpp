// test_ner_tag_features.cpp — the gazetteer features of token_features() (templates 40-44),
// now made by visiting only the kinds present, are the ones the plain loop over all nine kinds
// makes, in the same order and with the same cap, on every token of real text (the sample and
// 60 Reuters articles, as sentences and as headings).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "models.hpp"
#include "ner_stage.hpp"
#include "ner_tagger.hpp"
#include "ner_text.hpp"
#include "test_support.hpp"

using namespace np::ner;

namespace {

constexpr int kFixed = 29;  // templates 1-29: written for every token, before the gazetteer ones

// The gazetteer keys of token i as the plain loop writes them (every kind, lowest first).
std::vector<uint32_t> plain_gazetteer_keys(const SentenceInfo& s, size_t i) {
    static const TokenInfo kPad(kZeroed);
    const size_t n = s.tokens.size();
    const TokenInfo& t = s.tokens[i];
    const TokenInfo& p1 = i >= 1 ? s.tokens[i - 1] : kPad;
    const TokenInfo& n1 = i + 1 < n ? s.tokens[i + 1] : kPad;
    std::vector<uint32_t> out;
    int all = kFixed;
    auto g = [&](uint64_t tmpl, uint64_t v) {
        ++all;
        out.push_back(key32(mix(tmpl, v)));
    };
    const uint16_t any = uint16_t(t.gaz_b | t.gaz_i | p1.gaz_b | p1.gaz_i | n1.gaz_b | n1.gaz_i);
    for (int b = 0; any && b < kLexKinds; ++b) {
        const uint16_t bit = uint16_t(1u << b);
        if (!(any & bit)) continue;
        if (t.gaz_b & bit) { g(40, uint64_t(b) * 16 + t.cs); g(41, mix(uint64_t(b), t.hl)); }
        if (t.gaz_i & bit) g(42, uint64_t(b) * 16 + t.cs);
        if ((p1.gaz_b | p1.gaz_i) & bit) g(43, uint64_t(b));
        if ((n1.gaz_b | n1.gaz_i) & bit) g(44, uint64_t(b));
        if (all >= kMaxFeatures - 5) break;
    }
    return out;
}

struct Coverage {
    size_t tokens = 0, with_gazetteer = 0, several_kinds = 0;
};

void compare_text(const std::string& text, const np::EntityModels& m, Coverage& cov) {
    auto analysis = np::test::analyze_text(text);
    REQUIRE(analysis.documents.size() == 1);
    StageDoc staged;
    stage_sentences(analysis.documents[0], staged);
    FeatureContext ctx;
    ctx.lexicon = &m.lexicon;
    ctx.lower_vocab = &m.tagger.lower_vocab;
    SentenceInfo info;
    for (const auto& s : staged.sents)
        for (const bool heading : {false, true}) {
            prepare_sentence(s.words, heading, ctx, info, true);
            for (size_t i = 0; i < info.tokens.size(); ++i) {
                uint32_t keys[kMaxFeatures];
                const int nk = token_features(info, i, keys);
                REQUIRE(nk >= kFixed);
                const std::vector<uint32_t> got(keys + kFixed, keys + nk);
                const std::vector<uint32_t> want = plain_gazetteer_keys(info, i);
                CAPTURE(s.index);
                CAPTURE(i);
                CHECK(got == want);
                ++cov.tokens;
                cov.with_gazetteer += !want.empty();
                const TokenInfo& t = info.tokens[i];
                const unsigned kinds = unsigned(t.gaz_b | t.gaz_i) & ((1u << kLexKinds) - 1);
                cov.several_kinds += (kinds & (kinds - 1)) != 0;
            }
        }
}

}  // namespace

TEST_CASE("ner tag features: gazetteer features visit only the kinds present, as the plain loop") {
    const np::EntityModels& m = np::test::tagger_models();
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    Coverage cov;
    compare_text(sample, m, cov);
    CHECK(cov.tokens >= 100);
    CHECK(cov.with_gazetteer >= 20);
    const std::string reuters = np::test::first_reuters_bodies(60);
    if (reuters.empty()) {
        MESSAGE("skipped: ../shared absent (Reuters part)");
        return;
    }
    compare_text(reuters, m, cov);
    CHECK(cov.with_gazetteer >= 1000);
    CHECK(cov.several_kinds >= 10);  // tokens of two kinds at once (a name that is a country and a city)
}
