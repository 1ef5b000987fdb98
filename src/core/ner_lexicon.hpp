// ner_lexicon.hpp — gazetteers and cue lists (assets/gazetteer*.tsv) matched on token sequences.
//
// Rows are KIND<TAB>PHRASE<TAB>CANONICAL. A phrase is matched case-insensitively on whole
// tokens (the phrase is split on spaces; tokens are compared lowercased), longest match first.
// Case is left to the caller: the tagger sees gazetteer hits as features next to case features,
// so "Turkey" the country and "turkey" the bird are told apart by the model, not by the list.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace np::ner {

enum LexKind : uint16_t {
    LK_COUNTRY = 1, LK_CITY = 2, LK_REGION = 4, LK_LOC = 8, LK_NORP = 16, LK_ORG = 32,
    LK_ORGWORD = 64, LK_TITLE = 128, LK_FIRSTNAME = 256,
    // Not tagger features (kLexKinds stops before them): used by grouping and roles only.
    LK_ROLEWORD = 512,
    // A portfolio ("agriculture", "transport") before a title: roles only, never a reason to
    // score a token (scored_tokens) nor a training input (model unchanged).
    LK_PORTFOLIO = 1024,
    // A noun that ends a role as a title does ("chief trade negotiator X", "WTO Director-General
    // X") but is no title row: roles only, like LK_PORTFOLIO (no feature, never scored).
    LK_ROLEHEAD = 2048,
    // An abbreviation that is a common noun ("EV", "IPO", "LNG"): the tagger's capitals make it
    // a name, which it never is alone (find_mentions drops it). No feature, never scored.
    LK_COMMON = 4096,
};
constexpr int kLexKinds = 9;
constexpr uint16_t LK_GPE = LK_COUNTRY | LK_CITY | LK_REGION;

// Token-sequence key: start with kLexSeed, then key = lex_step(key, hash_bytes(lower(token))).
constexpr uint64_t kLexSeed = 0x5EEDF00DBA5Eull;
uint64_t lex_step(uint64_t key, uint64_t token_lower_hash);

struct LexMatch {
    int length = 0;       // tokens, 0 = no match
    uint16_t kinds = 0;
    int32_t entry = -1;   // index for canonical()
};

class Lexicon {
public:
    // Parses rows; unknown kinds and '#' comments are skipped. False (with message) on a
    // malformed row (missing tab).
    bool add_tsv(std::string_view data, std::string_view file_name, std::string& error);
    void add(uint16_t kind, std::string_view phrase, std::string_view canonical);

    // Longest phrase starting at token i; `lower_hashes[k]` = hash_bytes(lower(token k)).
    // Inline first test: it runs for every word, and most words start no phrase.
    LexMatch match(const uint64_t* lower_hashes, size_t n, size_t i) const {
        if (i >= n || !may_begin(lower_hashes[i])) return LexMatch{};
        return match_from(lower_hashes, n, i);
    }
    // Kinds of the single token (fast path used for cues such as first names).
    uint16_t kinds_of(uint64_t lower_hash) const { return may_begin(lower_hash) ? kinds_of_word(lower_hash) : 0; }
    // The phrase made of exactly the n tokens with these lowercase hashes (no match: length 0).
    LexMatch lookup_tokens(const uint64_t* lower_hashes, size_t n) const;
    // Kinds of a whole phrase given as text ("United States").
    LexMatch lookup(std::string_view phrase) const;
    const std::string& canonical(int32_t entry) const;
    // Country whose government a capital city stands for ("capital" rows), empty if none.
    std::string capital_of(std::string_view city) const;
    size_t size() const { return entries_.size(); }
    int max_tokens() const { return max_tokens_; }

private:
    struct Slot { uint64_t key = 0; int32_t entry = -1; uint16_t kinds = 0; uint8_t used = 0, prefix = 0; };
    LexMatch match_from(const uint64_t* lower_hashes, size_t n, size_t i) const;
    uint16_t kinds_of_word(uint64_t lower_hash) const;
    Slot* find_slot(uint64_t key);
    const Slot* get(uint64_t key) const;
    void grow();
    // Bit (h >> 48) set for the lowercase hash h of every phrase's first token: most words
    // start no phrase, and one bit test rejects them before any table probe.
    std::vector<uint64_t> first_bits_ = std::vector<uint64_t>(1024, 0);
    bool may_begin(uint64_t h) const { return (first_bits_[size_t(h >> 54)] >> ((h >> 48) & 63)) & 1u; }
    std::vector<Slot> table_;
    size_t used_ = 0;
    std::vector<std::string> entries_;  // canonical names
    std::vector<std::pair<std::string, std::string>> capitals_;  // lowercase city -> country
    std::vector<uint64_t> capital_hashes_;                       // hash_bytes of each city, sorted
    int max_tokens_ = 0;
};

}  // namespace np::ner
