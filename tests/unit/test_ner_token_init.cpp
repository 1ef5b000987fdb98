// test_ner_token_init.cpp — TokenInfo is not zeroed when SentenceInfo::tokens grows (speed:
// ner_features.hpp). This checks that prepare_sentence() sets every field the tagger reads:
// tokens filled with junk bytes before each sentence tag exactly as freshly, fully prepared
// ones, on the sentences of real text (assets/sample.txt and the project articles).
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "models.hpp"
#include "ner_tagger.hpp"
#include "ner_text.hpp"
#include "test_support.hpp"

using namespace np::ner;

namespace {

// Sentences of a text, roughly: lines split at ". ", words split at spaces with the
// punctuation that ends a word set apart (enough to give the tagger real word sequences).
std::vector<std::vector<std::string_view>> sentences_of(std::string_view text) {
    std::vector<std::vector<std::string_view>> out(1);
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) {
            if (text[i] == '\n' && !out.back().empty()) out.emplace_back();
            ++i;
        }
        size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
        if (j == i) break;
        std::string_view w = text.substr(i, j - i);
        const bool stop = w.size() > 1 && (w.back() == '.' || w.back() == ',');
        if (stop) w.remove_suffix(1);
        out.back().push_back(w);
        if (stop) {
            out.back().push_back(text.substr(j - 1, 1));
            if (text[j - 1] == '.') out.emplace_back();
        }
        i = j;
    }
    return out;
}

}  // namespace

TEST_CASE("ner token init: junk in reused tokens never reaches the tagger") {
    const np::EntityModels& m = np::test::tagger_models();
    std::string text;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", text));
    FeatureContext ctx;
    ctx.lexicon = &m.lexicon;
    ctx.lower_vocab = &m.tagger.lower_vocab;
    SentenceInfo reused;
    TagScratch scratch;
    size_t names = 0, partial = 0, checked = 0;
    for (const auto& words : sentences_of(text)) {
        if (words.empty()) continue;
        for (const bool heading : {false, true}) {
            // Junk in every token the sentence will use, as a grown vector may hold.
            reused.tokens.resize(words.size());
            std::memset(static_cast<void*>(reused.tokens.data()), 0xA5, words.size() * sizeof(TokenInfo));
            prepare_sentence(words, heading, ctx, reused, false);
            SentenceInfo full;
            prepare_sentence(words, heading, ctx, full, true);
            std::vector<uint8_t> want, got;
            tag(m.tagger, full, want, true);
            tag(m.tagger, reused, got, true, &scratch);
            CHECK(got == want);
            partial += !reused.scored.empty();
            ++checked;
            for (uint8_t l : got) names += label_begins(l);
        }
    }
    CHECK(checked >= 20);
    CHECK(partial >= 10);  // the partial (fast) preparation was the one exercised
    CHECK(names >= 10);    // and the tagger found names: not a comparison of empty results
}
