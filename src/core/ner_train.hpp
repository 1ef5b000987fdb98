// ner_train.hpp — training the tagger (averaged structured perceptron), pure and deterministic.
//
// Determinism: integer perceptron updates, a fixed-seed LCG shuffle, a fixed iteration count
// and no threads, so the same data and options give the same model bytes on every machine.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ner_lexicon.hpp"
#include "ner_tagger.hpp"

namespace np::ner {

struct TrainSentence {
    std::vector<std::string> words;
    std::vector<uint8_t> labels;  // Label per word
};

struct TrainOptions {
    int iterations = 8;
    uint64_t seed = 20240501;
    // Features seen fewer than min_count times in the training data get no weight row (rare
    // words and word pairs: noise, and most of the file).
    uint32_t min_count = 2;
    // After averaging, rows whose largest weight is below `prune` perceptron updates are
    // dropped (they barely move any score).
    double prune = 2.25;
    // Each 10th sentence (offset 3) is also trained ALL-CAPS and each 10th (offset 7) in Title
    // Case as a heading, so the tagger learns the guessed-casing path.
    bool augment_casing = true;
};

// Words seen lowercase at least twice and at least as often as capitalized mid-sentence.
KeySet build_lower_vocab(const std::vector<TrainSentence>& data);

// Drops the rows of a trained model whose largest weight is below `units` perceptron updates
// (weights are int16 at model.scale units per update), as training's `prune` does; the rows
// left are unchanged. Returns how many rows went. (Why: dist/'s 1.2 MB gzipped budget; the
// shipped model is the trained one pruned at 2.5 updates instead of 2.25, assets/README.md.)
size_t prune_rows(TaggerModel& model, double units);

// progress(iteration, fraction of tokens tagged correctly in that pass)
TaggerModel train_tagger(const std::vector<TrainSentence>& data, const Lexicon& lexicon,
                         const TrainOptions& opt, const std::function<void(int, double)>& progress);

}  // namespace np::ner

namespace np::ner {

struct CorpusDocument;

// Corpus type (GMB lowercase or CoNLL uppercase) of a chunk with text `span` -> tagger type
// (0 PER, 1 ORG, 2 GPE, 3 LOC, 4 NORP) or -1 when the tagger does not learn it:
//   per -> PER; org -> ORG; geo -> GPE if the lexicon knows it as a country, city or region,
//   LOC if the lexicon knows it as a non-political place or it has a natural-feature word
//   ("Red Sea", "Swat Valley", "Middle East"), else GPE (unknown towns and provinces); gpe -> GPE if the lexicon knows it as a country/city/region, else NORP
//   (GMB's gpe is mostly nationalities: "British", "Iraqi"); tim/art/eve/nat -> -1.
int gmb_tagger_type(std::string_view type, std::string_view span, const Lexicon& lexicon);

// GMB puts titles inside person names ("President Bush", "Mr. Blair"); CoNLL and OntoNotes do
// not, and roles are reported apart. First token of the name after leading title words.
uint32_t strip_titles(const std::vector<std::string>& words, uint32_t start, uint32_t end, const Lexicon& lexicon);

// Training sentences from a parsed GMB corpus (person titles stripped). With holdout_tenth, every sentence whose index
// (0-based, over the whole file) is 9 mod 10 is left out (that tenth is the evaluation set).
std::vector<TrainSentence> gmb_training_sentences(const std::vector<CorpusDocument>& docs,
                                                  const Lexicon& lexicon, bool holdout_tenth);

}  // namespace np::ner
