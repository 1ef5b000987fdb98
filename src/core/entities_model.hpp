// entities_model.hpp — loaded NER weights and gazetteers (owned by the entities stage).
//   assets/ner.model          the tagger (ner_tagger.hpp documents the format)
//   assets/gazetteer*.tsv     gazetteers and cue lists (ner_lexicon.hpp), all merged
#pragma once
#include "ner_lexicon.hpp"
#include "ner_tagger.hpp"

namespace np {
struct EntityModels {
    bool loaded = false;       // the tagger is present
    ner::Lexicon lexicon;
    ner::TaggerModel tagger;
};
}  // namespace np
