// ner_features.hpp — hashed features of one sentence for the entity tagger.
//
// A sentence is first "cased": in an ALL-CAPS line (CoNLL headlines, shouting titles) or a
// Title Case heading, capitalization says nothing, so each word that is a common lowercase
// word (the model's lowercase vocabulary, or seen lowercase in this document) is lowered and
// every other word is title-cased. The features then see ordinary sentence casing plus a
// flag saying the casing was guessed.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ner_lexicon.hpp"

namespace np::ner {

enum class LineMode : uint8_t { normal, caps, title };

// 32-bit key of a 64-bit hash (its high half; 0 is reserved for "empty").
inline uint32_t key32(uint64_t h) {
    uint32_t k = uint32_t(h >> 32);
    return k ? k : 1u;
}

// Set of word keys (lowercase vocabulary, words seen lowercase in a document): a flat
// open-addressing table, one probe in the common case.
struct KeySet {
    std::vector<uint32_t> keys;   // the members (the model file stores them sorted)
    std::vector<uint32_t> slots;  // power-of-two table, 0 = empty; index() builds it from keys
    void index();
    bool contains_key(uint32_t k) const {
        if (slots.empty()) return false;
        const size_t mask = slots.size() - 1;
        for (size_t i = k & mask;; i = (i + 1) & mask) {
            if (slots[i] == k) return true;
            if (!slots[i]) return false;
        }
    }
    bool contains(uint64_t h) const { return contains_key(key32(h)); }
};

// Not zeroed when made (why: SentenceInfo::tokens is resized for every sentence, and
// value-initialising the ~120 bytes of each token a longer sentence adds cost ~3 M Ir per MB
// in memset). prepare_sentence() sets every field that is read (see SentenceInfo::scored);
// the padding token of the feature templates is built zeroed with TokenInfo(kZeroed).
struct TokenZeroed {};
constexpr TokenZeroed kZeroed{};
struct TokenInfo {
    TokenInfo() noexcept {}  // fields left as they are: prepare_sentence() sets them
    constexpr explicit TokenInfo(TokenZeroed) noexcept
        : hw(0), hl(0), hs(0), pre{0, 0, 0}, suf{0, 0, 0, 0}, gaz_b(0), gaz_i(0), cs(0), orig_cs(0),
          lc_vocab(false), title_cue_before(false), short_word(false), own(0), own_fill(false) {}
    uint64_t hw, hl, hs;              // exact (after casing), lower, shape
    uint64_t pre[3], suf[4];
    uint16_t gaz_b, gaz_i;            // lexicon kinds starting here / continuing here
    uint8_t cs;                       // Case of the cased word
    uint8_t orig_cs;                  // Case as written
    bool lc_vocab;                    // the lowercase form is a common word
    bool title_cue_before;            // a title phrase ends right before this token
    bool short_word;                  // a lowercase word of at most 4 bytes ("of", "the", "van")
    // OwnScoreCache entry + 1 of this word (0: none). With own_fill, tag() computes the word's
    // own feature sums and stores them there; without, it reads them (hw, pre and suf are then
    // stale: only the word's own features read them).
    uint32_t own;
    bool own_fill;
};

// Cache of the tagger's word-own score sums: the features that depend only on the word and
// the line's casing mode (templates 1-11, 24, 25: the word's hashes, shape, affixes; see
// token_features()), summed per label. Why: names recur within a document and across the
// documents of a run, and those 13 of ~35 features (hashing, affixes, table lookups) are the
// same at every occurrence. Exact: an entry is keyed by the word's bytes and the mode, and its
// sums depend on nothing else (one model: the owner resets the cache for another). Integer
// sums do not depend on order. The vocabulary flag (lc_vocab) depends on the document (its
// lowercase words): it holds for document `doc` only, and is recomputed when a later document
// (a higher `doc` stamp, see next_document()) finds the entry.
// The cache owns its words' bytes (`text`), so it may outlive the documents (EntityScratch).
struct OwnScoreCache {
    static constexpr int kWide = 12;
    struct Entry {
        uint64_t hl = 0, hs = 0;
        uint32_t at = 0, len = 0;  // the word: text[at, at + len)
        uint32_t doc = 0;          // the document lc_vocab was computed for
        uint8_t mode = 0, cs = 0;
        bool lc_vocab = false, ready = false;
        int32_t sum[kWide] = {0};
    };
    std::vector<Entry> entries;
    std::vector<uint32_t> slots;  // entry index + 1, 0 = empty; power-of-two size, at most half full
    std::string text;             // the entries' words, back to back
    uint32_t doc = 0;             // stamp of the current document
    std::string_view word(const Entry& e) const { return std::string_view(text).substr(e.at, e.len); }
    // Entry + 1 for the word (0: none).
    uint32_t find(uint64_t hl, std::string_view word, uint8_t mode) const {
        if (slots.empty()) return 0;
        const size_t mask = slots.size() - 1;
        for (size_t i = size_t(hl ^ (hl >> 31)) & mask; slots[i]; i = (i + 1) & mask) {
            const Entry& e = entries[slots[i] - 1];
            if (e.hl == hl && e.mode == mode && e.len == word.size() &&
                std::string_view(text.data() + e.at, e.len) == word)
                return slots[i];
        }
        return 0;
    }
    // Entry + 1; the word must not be in the cache. Copies `word` (e.at and e.len are set here).
    uint32_t add(const Entry& e, std::string_view word);
    void reserve(size_t words);    // room for `words` more entries without growing
    // A new document: lc_vocab of every entry is stale from now on.
    void next_document() { ++doc; }
    // Empties the cache, keeping its memory when it is small (scratch reuse), freeing it when
    // it is larger than `keep_bytes`.
    void clear(size_t keep_bytes);
    size_t bytes() const { return entries.capacity() * sizeof(Entry) + slots.capacity() * 4 + text.capacity(); }
};

struct SentenceInfo {
    LineMode mode = LineMode::normal;
    uint16_t gaz_kinds = 0;     // lexicon kinds of all phrases found in the sentence (OR)
    std::vector<TokenInfo> tokens;
    std::vector<uint8_t> near;  // scratch of prepare_sentence (kept: no allocation per sentence)
    // Set by prepare_sentence(full = false) on a normal-case line: the tokens tag() will score
    // (scored_tokens()); only they got their own features (affixes, exact hash, vocabulary
    // flag), their neighbours only a shape; those fields of other tokens are stale (left from
    // an earlier sentence) and never read. Empty otherwise (every token prepared).
    std::vector<uint8_t> scored;
    OwnScoreCache* own_cache = nullptr;  // from the FeatureContext (TokenInfo::own indexes it)
};

// Which tokens the tagger scores when it skips lowercase stretches (tag(), skip_lowercase):
// capitalized words and gazetteer hits ("candidates"), and short lowercase words between two
// candidates at most two words apart ("Bank of England", "Bosnia and Herzegovina").
// Reads only cs, gaz_b, gaz_i and short_word of each token.
void scored_tokens(const std::vector<TokenInfo>& tokens, std::vector<uint8_t>& need);

struct FeatureContext {
    const Lexicon* lexicon = nullptr;       // may be null
    const KeySet* lower_vocab = nullptr;   // may be null
    const KeySet* doc_lower = nullptr;     // words seen lowercase in this document, may be null
    // Optional, per document: scored words seen before take their own feature sums from it
    // (prepare_sentence(full = false) on normal-case lines only).
    OwnScoreCache* own_cache = nullptr;
    // Optional, read-only: sums computed at load for common words (EntityModels::common_words);
    // a word found there enters own_cache ready. Used only with own_cache.
    const OwnScoreCache* common = nullptr;
};

// `cases` (optional): Case of each word, when the caller has them.
LineMode line_mode(std::span<const std::string_view> words, bool heading, const uint8_t* cases = nullptr);

// Per-word facts a caller may already have (the entity stage computes them once per sentence).
struct WordFacts {
    const uint8_t* cases;             // Case of each word
    const uint64_t* hl;               // hash_lower of each word
    const std::string_view* lower;    // lower() of each word
};

// With full = false, the costly per-word parts (shape, affixes) are computed only for words
// the tagger will score (see scored_tokens()) and, the shape only, for their neighbours;
// training uses full. tag() must then skip lowercase stretches (it does by default).
void prepare_sentence(std::span<const std::string_view> words, bool heading,
                      const FeatureContext& ctx, SentenceInfo& out, bool full = false,
                      const WordFacts* facts = nullptr);

constexpr int kMaxFeatures = 48;
// Feature keys (key32 of each feature's 64-bit hash) of token i; returns how many.
int token_features(const SentenceInfo& s, size_t i, uint32_t* out);
// The same keys split in two: the word's own features (the OwnScoreCache part, always
// kOwnFeatures of them) and the rest (context, position, gazetteer).
constexpr int kOwnFeatures = 13;
int token_own_features(const SentenceInfo& s, size_t i, uint32_t* out);
int token_context_features(const SentenceInfo& s, size_t i, uint32_t* out);

}  // namespace np::ner
