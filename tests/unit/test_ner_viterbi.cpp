// test_ner_viterbi.cpp — the vectorised Viterbi step (ner_tagger.cpp: viterbi_masked, the
// forbidden BIO pairs folded into the transition table) gives exactly the labels of the plain
// decoder it replaced, ties included: on the scores the shipped model gives the sentences of
// assets/sample.txt (with the model's transitions and with the training's raw int32 ones), and
// on random small-range scores where equal path scores are common.
#include <algorithm>
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "models.hpp"
#include "ner_tagger.hpp"
#include "test_support.hpp"

using namespace np::ner;

namespace {

// The decoder as it was before the vectorised step: O and B-X after any label, I-X only after
// B-X or I-X, the first best previous label wins.
std::vector<uint8_t> plain_viterbi(const int32_t* scores, size_t n, const int32_t* trans) {
    std::vector<uint8_t> labels(n, 0);
    if (n == 0) return labels;
    const int32_t kNeg = -(1 << 29);
    std::vector<int32_t> best(n * kLabels);
    std::vector<uint8_t> back(n * kLabels);
    for (int c = 0; c < kLabels; ++c) best[size_t(c)] = allowed(kLabels, c) ? scores[c] + trans[kLabels * kLabels + c] : kNeg;
    for (size_t i = 1; i < n; ++i)
        for (int c = 0; c < kLabels; ++c) {
            int32_t bv = kNeg;
            int bp = 0;
            for (int p = 0; p < kLabels; ++p) {
                if (!allowed(p, c)) continue;
                const int32_t v = best[(i - 1) * kLabels + size_t(p)] + trans[p * kLabels + c];
                if (v > bv) { bv = v; bp = p; }
            }
            best[i * kLabels + size_t(c)] = bv == kNeg ? kNeg : bv + scores[i * kLabels + size_t(c)];
            back[i * kLabels + size_t(c)] = uint8_t(bp);
        }
    int cur = 0;
    int32_t bv = kNeg - 1;
    for (int c = 0; c < kLabels; ++c)
        if (best[(n - 1) * kLabels + size_t(c)] > bv) { bv = best[(n - 1) * kLabels + size_t(c)]; cur = c; }
    for (size_t i = n; i-- > 0;) {
        labels[i] = uint8_t(cur);
        if (i) cur = back[i * kLabels + size_t(cur)];
    }
    return labels;
}

// Lines of text split at spaces: real word sequences for the tagger's features.
std::vector<std::vector<std::string_view>> lines_of(std::string_view text) {
    std::vector<std::vector<std::string_view>> out;
    size_t i = 0;
    while (i < text.size()) {
        size_t e = text.find('\n', i);
        if (e == std::string_view::npos) e = text.size();
        std::vector<std::string_view> words;
        for (size_t a = i; a < e;) {
            while (a < e && text[a] == ' ') ++a;
            size_t b = a;
            while (b < e && text[b] != ' ') ++b;
            if (b > a) words.push_back(text.substr(a, b - a));
            a = b;
        }
        if (!words.empty()) out.push_back(words);
        i = e + 1;
    }
    return out;
}

uint64_t next(uint64_t& s) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return s >> 33;
}

}  // namespace

TEST_CASE("ner viterbi: the vectorised decoder labels real sentences as the plain one") {
    const np::Models* models = np::test::models();
    REQUIRE(models != nullptr);
    const TaggerModel& m = models->entities.tagger;
    if (m.empty()) {
        MESSAGE("skipped: assets/ner.model not loaded");
        return;
    }
    REQUIRE(m.viterbi_trans.size() == size_t(kLabels + 1) * kTransWide);
    std::string text;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", text));
    FeatureContext ctx;
    ctx.lexicon = &models->entities.lexicon;
    ctx.lower_vocab = &m.lower_vocab;
    std::vector<int32_t> trans(m.transitions.begin(), m.transitions.end());
    SentenceInfo info;
    std::vector<uint8_t> got, got_masked;
    TagScratch scratch;
    size_t sentences = 0, named = 0;
    for (const auto& words : lines_of(text)) {
        for (bool heading : {false, true}) {
            prepare_sentence(words, heading, ctx, info, true);
            std::vector<int32_t> scores(words.size() * kLabels, 0);
            uint32_t keys[kMaxFeatures];
            for (size_t i = 0; i < words.size(); ++i) {
                const int nk = token_features(info, i, keys);
                for (int k = 0; k < nk; ++k) {  // the model's rows by binary search, not its table
                    const uint32_t rk = row_key(keys[k]);
                    auto it = std::lower_bound(m.keys.begin(), m.keys.end(), rk);
                    if (it == m.keys.end() || *it != rk) continue;
                    const int16_t* row = &m.rows[size_t(it - m.keys.begin()) * kRow];
                    for (int c = 0; c < kLabels; ++c) scores[i * kLabels + size_t(c)] += row[c];
                }
            }
            const std::vector<uint8_t> want = plain_viterbi(scores.data(), words.size(), trans.data());
            viterbi(scores.data(), words.size(), trans.data(), got, &scratch);
            viterbi_masked(scores.data(), words.size(), m.viterbi_trans.data(), got_masked, &scratch);
            CHECK(got == want);
            CHECK(got_masked == want);
            ++sentences;
            for (uint8_t l : want) named += l != O;
        }
    }
    CHECK(sentences > 20);
    CHECK(named > 20);  // the comparison covered entity labels, not only O
}

TEST_CASE("ner viterbi: equal on random scores with many ties and forbidden-heavy transitions") {
    uint64_t seed = 7;
    std::vector<uint8_t> got;
    int differing_from_all_o = 0;
    for (int round = 0; round < 3000; ++round) {
        const size_t n = 1 + next(seed) % 30;
        // Small ranges make equal path scores (ties) common; some rounds use training-sized
        // (large int32) values and strongly negative transitions.
        const int32_t range = round % 3 == 0 ? 3 : round %3 == 1 ? 40 : 2000000;
        std::vector<int32_t> scores(n * kLabels), trans(size_t(kLabels + 1) * kLabels);
        for (auto& s : scores) s = int32_t(next(seed) % uint64_t(2 * range + 1)) - range;
        for (auto& t : trans) t = int32_t(next(seed) % uint64_t(2 * range + 1)) - range;
        if (round % 5 == 0) trans[next(seed) % trans.size()] = -(1 << 20);
        const std::vector<uint8_t> want = plain_viterbi(scores.data(), n, trans.data());
        viterbi(scores.data(), n, trans.data(), got);
        REQUIRE(got == want);
        for (uint8_t l : want) if (l != O) { ++differing_from_all_o; break; }
    }
    CHECK(differing_from_all_o > 1000);
}
