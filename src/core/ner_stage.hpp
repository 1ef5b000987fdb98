// ner_stage.hpp — internal steps of the entity stage (entities.cpp drives them):
//   ner_mentions.cpp  tag each analysed sentence, add numeric patterns, then make the
//                     document consistent (a name is one type everywhere; surnames join)
//   ner_group.cpp     mentions -> entities (canonical name, aliases, count)
//   ner_roles.cpp     roles and affiliations from titles and appositions
//   ner_teams.cpp     sports teams from the layout of results lines
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document.hpp"
#include "entities_model.hpp"
#include "ner_features.hpp"
#include "ner_numeric.hpp"
#include "ner_tagger.hpp"
#include "ner_text.hpp"

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
    std::span<const uint8_t> num_start;       // numeric_may_start() of each word (ner_numeric.hpp)
};

// The words of all analysed sentences of a document in flat arrays, one allocation per array
// (why: per-sentence vectors and strings cost more than the work done on short sentences).
// The sentences' spans point into the arrays: not copyable, not movable.
struct StageDoc {
    std::vector<StageSentence> sents;
    std::vector<std::string_view> words, lower;
    std::vector<uint8_t> glued, cases, num_start;
    std::vector<uint64_t> hl;
    // Lowercase copies of the words that have capitals: a plain buffer written through a
    // cursor, not a std::string (why: append() per capitalized word, and reading the string's
    // size for every word, cost ~1 M Ir per MB); `lower_cap` bytes, uninitialised until written.
    std::unique_ptr<char[]> lower_text;
    size_t lower_cap = 0;
    std::string lower_tmp;  // word_facts()' output for one word, copied into lower_text
    StageDoc() = default;
    void release() {  // frees the arrays (after a huge document)
        std::vector<StageSentence>().swap(sents);
        std::vector<std::string_view>().swap(words);
        std::vector<std::string_view>().swap(lower);
        std::vector<uint8_t>().swap(glued);
        std::vector<uint8_t>().swap(cases);
        std::vector<uint8_t>().swap(num_start);
        std::vector<uint64_t>().swap(hl);
        lower_text.reset();
        lower_cap = 0;
        std::string().swap(lower_tmp);
    }
    StageDoc(const StageDoc&) = delete;
    StageDoc& operator=(const StageDoc&) = delete;
};

// Facts of short ASCII words (hash_lower, Case, lowercase bytes) as word_facts() gave them for
// the same bytes earlier, in this document or an earlier one: a direct-mapped table keyed by
// the word's whole bytes (exact; a colliding word replaces the slot). Why: every word of every
// sentence is hashed byte by byte, and news repeats its short words ("the", "said", "U.S.")
// all the time. 2^bits slots of 32 bytes (256 KB at most), allocated on first use
// (EntityScratch holds one per thread and sets `bits` from its memory bound).
struct WordFactsCache {
    struct Slot {
        uint64_t word = 0, lower = 0, hl = 0;  // bytes (zero-padded), lowercase bytes, hash_lower
        uint8_t len = 0, cs = 0, appended = 0; // len 0 = empty
        uint8_t num_start = 0;                 // numeric_may_start()
    };
    static constexpr int kMinBits = 8, kMaxBits = 13;
    int bits = kMaxBits;  // kMinBits..kMaxBits; read when the slots are allocated
    std::vector<Slot> slots;
};

struct RawMention {
    uint32_t sentence = 0;            // index into the StageSentence vector
    uint32_t start = 0, end = 0;      // token indexes within that sentence, end exclusive
    EntityType type = EntityType::PERSON;
    bool fixed = false;               // type set by strong local evidence: no document vote
};

// Analysed sentences of the document with their words, into `out` (cleared first). `facts`
// (optional) speeds up the per-word facts; the result is the same without it.
void stage_sentences(const Document& doc, StageDoc& out, WordFactsCache* facts = nullptr);

// The short form a company goes by: its name without the words that only say it is a company
// ("Reliance Industries Ltd" -> "Reliance", "Alibaba Group" -> "Alibaba"), as [begin, end) of
// the name's lowercased tokens; {0, 0}: none (nothing to strip, or a lone word left that is a
// place, a people, a first name or a generic word). find_mentions finds the short form again
// and group_entities joins it to the full name.
// A word of a company's trade that ends its name and no person's ("Hyundai Motor").
bool company_trade_word(std::string_view lower_word);
// A legal word that ends a company's name ("co", "inc", "corp.", "ltd", "holdings", ...).
bool is_company_suffix(std::string_view lower_word);
// `industry` (optional): set when a word of the company's trade went ("Samsung Electronics"):
// such a short form joins only the one company that has it in the document; `with_trade`
// false: legal words only; `legal_end` (optional): where the legal words' short form ends when a
// trade word went too (0: none). `lower_vocab` (optional, with `with_trade`): a name of two
// words left whose first is a word of no lowercase use goes by that word too, as by a trade word
// ("Goldman" of "Goldman Sachs Group Inc", "JPMorgan" of "JPMorgan Chase & Co").
// `region_ok`: a one-word short form left by a trade word may be a region's name ("Meta" of "Meta
// Platforms"); the caller checks that the document names no such place.
std::pair<size_t, size_t> org_short_form(std::span<const std::string_view> lower, std::span<const uint64_t> hl,
                                         const Lexicon& lex, bool* industry = nullptr, bool with_trade = true,
                                         size_t* legal_end = nullptr, const KeySet* lower_vocab = nullptr,
                                         bool region_ok = false);

// Hash map from a name key (already a well-mixed 64-bit hash) to V: open addressing in flat
// arrays. Why: the document rules look up and insert every name; node-based maps allocate
// per name (costly in wasm above all). Lookups only, no iteration: order never matters.
template <class V>
class KeyMap {
public:
    KeyMap() = default;  // no arrays until reset() or the first insert (find() answers at once)
    explicit KeyMap(size_t expected) { rehash(expected); }
    // Empty, with room for `expected` keys, as KeyMap(expected) would be: only the `used`
    // bytes are cleared (keys and values are written when a key is inserted), and the arrays
    // keep their capacity (why: MentionScratch keeps the maps from one paste to the next
    // instead of allocating and filling them per paste). The table size changes no answer:
    // lookups compare whole keys.
    void reset(size_t expected) {
        size_t cap = 16;
        while (cap < expected * 2 + 2) cap *= 2;
        keys_.resize(cap);
        vals_.resize(cap);
        used_.assign(cap, 0);
        n_ = 0;
    }
    inline V& operator[](uint64_t k) {
        if ((n_ + 1) * 2 > keys_.size()) rehash(keys_.size());
        const size_t i = probe(k);
        if (!used_[i]) { used_[i] = 1; keys_[i] = k; vals_[i] = V{}; ++n_; }
        return vals_[i];
    }
    void emplace(uint64_t k, V v) {  // like std::unordered_map::emplace: an existing value stays
        if ((n_ + 1) * 2 > keys_.size()) rehash(keys_.size());
        const size_t i = probe(k);
        if (!used_[i]) { used_[i] = 1; keys_[i] = k; vals_[i] = v; ++n_; }
    }
    const V* find(uint64_t k) const {
        if (!n_) return nullptr;  // (the team map is empty in almost every document)
        const size_t i = probe(k);
        return used_[i] ? &vals_[i] : nullptr;
    }
    bool contains(uint64_t k) const { return find(k) != nullptr; }
    size_t size() const { return n_; }

private:
    size_t probe(uint64_t k) const {
        const size_t mask = keys_.size() - 1;
        size_t i = size_t(k ^ (k >> 29)) & mask;
        while (used_[i] && keys_[i] != k) i = (i + 1) & mask;
        return i;
    }
    void rehash(size_t expected) {
        size_t cap = 16;
        while (cap < expected * 2 + 2) cap *= 2;
        std::vector<uint64_t> keys(std::move(keys_));
        std::vector<V> vals(std::move(vals_));
        std::vector<uint8_t> used(std::move(used_));
        keys_.assign(cap, 0);
        vals_.assign(cap, V{});
        used_.assign(cap, 0);
        n_ = 0;
        for (size_t i = 0; i < keys.size(); ++i)
            if (used[i]) { const size_t j = probe(keys[i]); used_[j] = 1; keys_[j] = keys[i]; vals_[j] = vals[i]; ++n_; }
    }
    std::vector<uint64_t> keys_;
    std::vector<V> vals_;
    std::vector<uint8_t> used_;
    size_t n_ = 0;
};

// What find_mentions keeps from one document to the next (EntityScratch holds one; each
// thread its own): the tagger's word-own score sums, which are the same in every document
// (see OwnScoreCache), and the capacity of its per-document buffers. Why: a news paste is
// ~2 KB, so setting these up per document cost a visible share, and most capitalized words a
// paste meets were met in earlier pastes. Results never depend on what it holds.
struct MentionScratch {
    OwnScoreCache own;
    const EntityModels* model = nullptr;  // the models `own` was computed with
    KeySet doc_lower;
    SentenceInfo info;
    TagScratch tag;
    std::vector<uint8_t> labels, heading_caps, guessed_case, taken, in_title, covered_all;
    std::vector<std::pair<uint32_t, uint32_t>> places;
    std::vector<NumericSpan> numeric;
    std::vector<RawMention> fixed;
    std::vector<uint32_t> sent_at;
    std::vector<uint32_t> capitals;  // flat indexes of the capitalized words (rule 3)
    std::vector<uint8_t> team_gate;  // per sentence: 1 team_spans can find a team, 2 "such as"/"including" in it, 4 "&" in it,
                                     // 8 a hyphen score ("2-0": result_teams reads it)
    std::vector<uint64_t> chain;
    KeySet first_words;
    static constexpr int kRanks = int(EntityType::LAW) + 1;
    KeyMap<std::array<int, kRanks>> votes;  // the document rules' maps (reset per document)
    KeyMap<int> person_surname;
    KeyMap<int> person_family;  // short first words that are no given name ("Xi" of "Xi Jinping")
    KeyMap<EntityType> known;
    KeyMap<uint8_t> teams;
    // Frees the per-document buffers (after a huge document), keeping the cache.
    void release_buffers() {
        OwnScoreCache kept = std::move(own);
        const EntityModels* m = model;
        *this = MentionScratch{};
        own = std::move(kept);
        model = m;
    }
};

// find_mentions' first pass (ner_mentions.cpp): key32 of the words seen lowercase inside
// sentences (not first words) into `keys` (a repeat may be skipped), and the flat indexes
// (sentence after sentence) of the capitalized words (Case title, upper, mixed) into
// `capitals`, which must have room for every word. Returns the count of capitalized words.
// `team_gate` (one per sentence): bit 1 is team_line_counts() of the sentence's words, counted
// as team_spans counts them (a sentence without it has no team span); bit 2 says a lower-case
// "as" or "including" is in it (company_lists reads no other sentence).
size_t collect_lower_words(const std::vector<StageSentence>& sents, std::vector<uint32_t>& keys, uint32_t* capitals,
                           uint8_t* team_gate);

// Tagger + gazetteer + numeric mentions, document-consistent, sorted by position.
// `scratch` (optional) carries caches and buffers between documents; without it they are
// built for this document alone. The result is the same either way.
std::vector<RawMention> find_mentions(const std::vector<StageSentence>& sents, const EntityModels* m,
                                      MentionScratch* scratch = nullptr);

// "v", "vs", "vs.", "v.", "V", "VS": a fixture's versus word (ner_teams.cpp).
bool is_versus_word(std::string_view w);
// Whether a sentence with `numbers` digit words, `lowers` lowercase words other than versus
// words and `versus` versus words can hold a team (team_spans finds none otherwise).
bool team_line_counts(int numbers, int lowers, int versus);
// False for a word whose hash_lower() is none of the versus words' (their top 6 bits select
// bits of one 64-bit mask: one shift and one test; ~1 other word in 16 passes and is then
// compared). Why: collect_lower_words asks it for every lowercase word.
inline bool may_be_versus_hash(uint64_t hl) {
    constexpr uint64_t kMask = (uint64_t(1) << (hash_bytes("v") >> 58)) | (uint64_t(1) << (hash_bytes("vs") >> 58)) |
                               (uint64_t(1) << (hash_bytes("vs.") >> 58)) | (uint64_t(1) << (hash_bytes("v.") >> 58));
    return (kMask >> (hl >> 58)) & 1;
}

// Sports teams shown by layout (ner_teams.cpp): names before scores in results/standings
// lines and on either side of "v"/"vs"; persons and countries excluded. Token spans.
std::vector<std::pair<uint32_t, uint32_t>> team_spans(const StageSentence& s, const std::vector<uint8_t>& taken,
                                                      const Lexicon& lex);

// "2-0", "10-3": a score written as one word (ner_teams.cpp).
bool is_hyphen_score(std::string_view w);
// Sports teams shown by a result told in prose (ner_teams.cpp): "Arsenal beat Chelsea 2-0",
// "Leeds drew 1-1 with Hull", "Napoli's 2-1 win over Roma"; persons, countries and titles
// excluded. Token spans. Only sentences whose team_gate has bit 8 (a hyphen score) are read.
std::vector<std::pair<uint32_t, uint32_t>> result_teams(const StageSentence& s, const std::vector<uint8_t>& taken,
                                                        const Lexicon& lex);

// Per mention, in group_entities. Texts and keys are views into two per-document arenas
// (no string per mention).
struct GroupWork {
    std::span<const std::string_view> tokens;  // lowercased name tokens (titles stripped), views into StageDoc
    std::span<const uint64_t> token_hashes;    // their hash_bytes() (= StageSentence::hl of the same words)
    uint32_t text_at = 0, text_len = 0;        // display text of the mention, in `texts` or (in_text) doc.text
    uint8_t in_text = 0;                       // printable ASCII: the text is doc.text's own bytes
    uint32_t key_at = 0, key_len = 0;          // grouping key, in `keys`
    uint64_t key_hash = 0;                     // group_key_hash() of the key
    int32_t entity = -1;
};
// The hash of a grouping key that group_entities' by_key table probes with (ner_group.cpp).
uint64_t group_key_hash(std::string_view key);
// group_entities' buffers, kept between documents (EntityScratch) so that their capacity is
// reused (why: ~17 allocations per document, on ~2 KB pastes).
struct GroupScratch {
    struct Group { EntityType type; uint32_t first; uint32_t head, tail, count; };
    struct TokenSlot { std::string_view token; uint64_t hash = 0; uint32_t head = uint32_t(-1), tail = uint32_t(-1); };
    std::vector<GroupWork> w;
    std::string texts, keys;
    std::vector<Group> groups;
    std::vector<uint32_t> next, by_key, chain_next, first_next, member_at, members, fill;
    std::vector<size_t> order, live;
    std::vector<int32_t> id_of;
    std::vector<TokenSlot> last_slots, first_slots, middle_slots;
    struct Short { uint64_t hash; uint32_t group, at, len; bool stripped, industry; };  // ORG groups by short form
    std::vector<Short> shorts;
    std::string short_text;
    std::vector<uint64_t> legal_key;  // per group: the hash of the legal short form it was joined under (0: none)
};

// A lowercase particle inside names ("von", "der", "da", "bin", ...: "Luiz Inacio Lula da Silva").
bool name_particle(std::string_view lower_word);

// Builds doc.entities from mentions (fills roles through ner_roles.cpp). `scratch`: optional
// buffers (the result does not depend on them).
void group_entities(Document& doc, const std::vector<StageSentence>& sents,
                    const std::vector<RawMention>& mentions, const EntityModels* m,
                    GroupScratch* scratch = nullptr);

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

namespace np {
// The entity stage's state kept between documents (stages.hpp: make_entity_scratch). One per
// thread: it is written by every find_entities call.
struct EntityScratch {
    size_t keep_bytes = size_t(8) << 20;  // bound of the score cache (make_entity_scratch)
    ner::StageDoc staged;
    ner::WordFactsCache word_facts;
    ner::MentionScratch mentions;
    ner::GroupScratch group;
};
}  // namespace np
