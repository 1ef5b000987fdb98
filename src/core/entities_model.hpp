// entities_model.hpp — loaded NER weights and gazetteers (owned by the entities stage).
//   assets/ner.model          the tagger (ner_tagger.hpp documents the format)
//   assets/gazetteer*.tsv     gazetteers and cue lists (ner_lexicon.hpp), all merged
#pragma once
#include <memory>
#include <string>

#include "ner_lexicon.hpp"
#include "ner_tagger.hpp"

namespace np {
struct EntityModels {
    bool loaded = false;       // the tagger is present
    ner::Lexicon lexicon;
    ner::TaggerModel tagger;
    // The tagger's own-feature sums (ner::OwnScoreCache) of every word of the gazetteers'
    // names, computed at load. Why: those names are the capitalized words that recur across
    // articles; a document's first occurrence then costs no hashing or lookups either.
    ner::OwnScoreCache common_words;
};
}  // namespace np
