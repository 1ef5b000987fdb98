// ner_stage.hpp — internal steps of the entity stage (entities.cpp drives them):
//   ner_mentions.cpp  tag each analysed sentence, add numeric patterns, then make the
//                     document consistent (a name is one type everywhere; surnames join)
//   ner_group.cpp     mentions -> entities (canonical name, aliases, count)
//   ner_roles.cpp     roles and affiliations from titles and appositions
//   ner_teams.cpp     sports teams from the layout of results lines
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document.hpp"
#include "entities_model.hpp"

namespace np::ner {

// One analysed sentence: views into the document's flat word arrays (StageDoc).
struct StageSentence {
    uint32_t index = 0;         // into doc.sentences
    uint32_t first_token = 0;   // into doc.tokens
    bool heading = false;       // the segment is a heading (Title Case: weak case evidence)
    std::span<const std::string_view> words;  // token texts (from doc.work)
    std::span<const uint8_t> glued;           // token touches the previous one
    // Computed once per word, used by every step (why: each step used to recompute them).
    std::span<const uint8_t> cases;           // Case of each word (ner_text.hpp)
    std::span<const uint64_t> hl;             // hash_lower of each word
    std::span<const std::string_view> lower;  // lowercased words: the word itself, or a view into StageDoc::lower_text
};

// The words of all analysed sentences of a document in flat arrays, one allocation per array
// (why: per-sentence vectors and strings cost more than the work done on short sentences).
// The sentences' spans point into the arrays: not copyable, not movable.
struct StageDoc {
    std::vector<StageSentence> sents;
    std::vector<std::string_view> words, lower;
    std::vector<uint8_t> glued, cases;
    std::vector<uint64_t> hl;
    std::string lower_text;  // lowercase copies of the words that have capitals
    StageDoc() = default;
    StageDoc(const StageDoc&) = delete;
    StageDoc& operator=(const StageDoc&) = delete;
};

struct RawMention {
    uint32_t sentence = 0;            // index into the StageSentence vector
    uint32_t start = 0, end = 0;      // token indexes within that sentence, end exclusive
    EntityType type = EntityType::PERSON;
    bool fixed = false;               // type set by strong local evidence: no document vote
};

// Analysed sentences of the document with their words, into `out` (cleared first).
void stage_sentences(const Document& doc, StageDoc& out);

// Tagger + gazetteer + numeric mentions, document-consistent, sorted by position.
std::vector<RawMention> find_mentions(const std::vector<StageSentence>& sents, const EntityModels* m);

// Sports teams shown by layout (ner_teams.cpp): names before scores in results/standings
// lines and on either side of "v"/"vs"; persons and countries excluded. Token spans.
std::vector<std::pair<uint32_t, uint32_t>> team_spans(const StageSentence& s, const std::vector<uint8_t>& taken,
                                                      const Lexicon& lex);

// Builds doc.entities from mentions (fills roles through ner_roles.cpp).
void group_entities(Document& doc, const std::vector<StageSentence>& sents,
                    const std::vector<RawMention>& mentions, const EntityModels* m);

// Index of the first mention (in vector order) covering token t of sentence si, -1 if none.
// mention_at binary-searches: `ms` must be sorted by (sentence, start), as find_mentions returns
// them (why: find_role asks for every word around every person; a scan of all mentions made
// one long document quadratic). mention_at_scan is the plain scan, for any order.
int32_t mention_at(const std::vector<RawMention>& ms, uint32_t si, uint32_t t);
int32_t mention_at_scan(const std::vector<RawMention>& ms, uint32_t si, uint32_t t);

// Role text and affiliation (an index into `mentions`, -1 none) of PERSON mention k.
struct RoleInfo {
    std::string role;
    int32_t affiliation_mention = -1;
};
RoleInfo find_role(const Document& doc, const std::vector<StageSentence>& sents,
                   const std::vector<RawMention>& mentions, size_t k, const EntityModels* m);

}  // namespace np::ner
