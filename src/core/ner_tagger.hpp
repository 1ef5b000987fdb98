// ner_tagger.hpp — the averaged-perceptron sequence tagger: labels, model file, decoding.
//
// Features are 32-bit keys (high half of a 64-bit feature hash, see ner_features.hpp); the
// model keeps one weight row per key that training kept (seen often enough, weights not
// negligible), under the key's top 26 bits (row_key(): features that share them share the row,
// their weights summed). Unknown keys score nothing. Rows are looked up in a flat
// open-addressing table.
//
// Model file (assets/ner.model), little-endian, laid out in planes so that gzip (the page is
// served compressed) sees like next to like — 13% smaller gzipped than rows written one by one:
//   8 bytes magic "NPNER\0\0\1", u32 version (=4), u32 label count (=kLabels), u32 row count R,
//   u32 vocabulary size V, f32 scale (int16 units per perceptron unit), u32 reserved (=0),
//   i16 transitions[(kLabels + 1) * kLabels]   (row kLabels = sentence start)
//   vocabulary: V sorted keys of common lowercase words as u32 deltas (the first from 0, never 0),
//     stored as 4 byte planes (byte 0 of every delta, then byte 1, ...)
//   row keys: R sorted 26-bit row keys (the feature keys' top 26 bits) as deltas, 4 byte planes
//     likewise, the first delta from 0 (may be 0) (version 3 had the whole 32-bit keys; such files
//     still load, their keys cut to 26 bits there)
//   row heads: R low bytes, then R high bytes of a u16 each: bits 0-10 = which labels have a
//     weight, bits 11-14 = exponent e (0..8), bit 15 = 0
//   weights: for each row in order, one i8 q per set bit (non-zero, -127..127); weight = q * 2^e
//   u32 FNV-1a checksum of all bytes before it.
// Int8 with a per-row power-of-two scale keeps the file small and loading exact: the in-memory
// int16 weights are the trained ones, bit for bit.
// The loader checks the magic, version, sizes, checksum, key order and every field, and never
// reads past the buffer: a truncated or corrupt file gives an error, not a crash.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner_features.hpp"

namespace np::ner {

// BIO labels over the tagger's types; DATE/PERCENT/MONEY come from rules (ner_numeric).
enum Label : uint8_t { O = 0, B_PER, I_PER, B_ORG, I_ORG, B_GPE, I_GPE, B_LOC, I_LOC, B_NORP, I_NORP };
constexpr int kLabels = 11;
constexpr int kTypes = 5;  // PER ORG GPE LOC NORP
inline int label_type(int label) { return label == 0 ? -1 : (label - 1) / 2; }
inline bool label_begins(int label) { return label != 0 && (label - 1) % 2 == 0; }
inline int begin_label(int type) { return 1 + 2 * type; }
// BIO constraint: I-X only after B-X or I-X.
inline bool allowed(int prev, int cur) {
    if (cur == 0 || label_begins(cur)) return true;
    return prev != 0 && prev != kLabels && label_type(prev) == label_type(cur);
}

// `rows` pads each trained row to 16 int16; scoring reads the rows from `table` (below).
constexpr int kRow = 16;

// The row a feature key scores with: its top 26 bits, and bit 26 set so that no row key is 0 (an
// empty place in the table). Why 26 bits: the row keys' byte planes gzip to 78 KB instead of
// 114 KB; of the model's 49,409 rows 17 pairs fall together, and CoNLL-2003 dev and GMB held-out
// F1 do not move (24 bits: 65 KB, 76 pairs, each F1 one entity lower, and 176 of the 4,755 Reuters
// pastes of the bench file changed their entities against 15) (6 Dec).
constexpr int kKeyShift = 6;
inline uint32_t row_key(uint32_t feature_key) { return (feature_key >> kKeyShift) | (1u << (32 - kKeyShift)); }

struct TaggerModel {
    float scale = 1.0f;
    std::vector<uint32_t> keys;        // sorted row keys (row_key() of feature keys), one per row
    std::vector<int16_t> rows;         // keys.size() * kRow, columns >= kLabels are 0
    std::vector<int16_t> transitions;  // (kLabels + 1) * kLabels
    KeySet lower_vocab;
    // Scoring table: one 64-byte bucket (a cache line) holds two keys and their weights. A
    // key lives in bucket `key & (buckets - 1)` or, when that one was full (~6% of the
    // buckets; `overflow` set there), in the first later bucket with room. Key 0 = an empty
    // place (keys are never 0).
    // Why: scoring is bound by memory latency and by mispredicted branches. One cache line
    // per feature (a separate index and weight array cost two misses), and scoring_row()
    // picks the key's row, or a row of zeros, with no branch on which: with linear probing,
    // whether a feature is in the model was a coin toss the CPU kept getting wrong (callgrind's
    // branch simulation: ~0.7 M of the pipeline's 6.7 M mispredicts per MB of news).
    static constexpr int kWide = 12;  // weights per row: kLabels, then zeros
    static constexpr int kBucketKeys = 2;
    struct alignas(64) Bucket {
        uint32_t key[kBucketKeys];
        uint32_t overflow;  // 1: a key whose home is this bucket lives further on
        uint32_t unused;
        int16_t w[kBucketKeys][kWide];
    };
    static_assert(sizeof(Bucket) == 64, "one bucket, one cache line");
    static constexpr int16_t kNoRow[kWide] = {};  // what a key not in the model scores
    std::vector<Bucket> table;
    // The transitions as Viterbi reads them (index() builds it): int32, one row of kTransWide
    // per previous label, a forbidden pair (BIO) or a padding column holding kForbidden.
    std::vector<int32_t> viterbi_trans;
    bool empty() const { return keys.empty(); }
    void index();
    // (`key`, here and below: a feature key; the table holds row keys)
    size_t bucket_of(uint32_t key) const { return row_key(key) & (table.size() - 1); }
    // Address of the bucket that holds `key` if any does (for prefetching).
    const void* home(uint32_t key) const { return table.empty() ? nullptr : &table[bucket_of(key)]; }
    // The key's weights, or null when the model has no row for it or index() did not run.
    const int16_t* row(uint32_t key) const {
        if (table.empty()) return nullptr;
        const int16_t* r = scoring_row(key);
        return r == kNoRow ? nullptr : r;
    }
    // The key's weights, or kNoRow's zeros: the tagger adds them either way. Only once
    // index() ran.
    const int16_t* scoring_row(uint32_t key) const {
        const size_t b = bucket_of(key);
        const Bucket& B = table[b];
        // Which of the bucket's keys it is (kBucketKeys: neither), and that row or the zeros,
        // picked by index rather than by branches.
        const uint32_t rk = row_key(key);
        const unsigned miss0 = unsigned(B.key[0] != rk), j = miss0 + (miss0 & unsigned(B.key[1] != rk));
        const int16_t* const pick[kBucketKeys + 1] = {B.w[0], B.w[1], kNoRow};
        // One rarely taken branch: `&`, not `&&`, so that "not in the bucket" (a coin toss) is
        // no branch of its own.
        if (__builtin_expect((B.overflow & unsigned(j == kBucketKeys)) != 0, 0)) return overflow_row(key, b);
        return pick[j];
    }
    // A key of a full bucket: its weights, or kNoRow's zeros.
    const int16_t* overflow_row(uint32_t key, size_t home_bucket) const;
};

// Feature keys to row keys: `keys` holding sorted 32-bit feature keys become row_key()s, the
// rows of keys that fall together summed into one (training, and a version 3 file, give the
// former).
void fold_keys(TaggerModel& m);
std::string serialize(const TaggerModel& m);
bool load_tagger(std::string_view data, TaggerModel& m, std::string& error);

// Labels for one prepared sentence. With `skip_lowercase`, stretches of lowercase words
// far from any capitalized word or gazetteer hit are labelled O without scoring (speed;
// the tagger never learned to start an entity there). A sentence prepared partially
// (SentenceInfo::scored set) is always tagged that way: only those tokens have features.
// Buffers tag() and viterbi() reuse between sentences (optional: no allocation per sentence).
struct TagScratch {
    std::vector<uint8_t> need, part;
    std::vector<int32_t> scores, best;
    std::vector<uint32_t> feats, feat_at;  // feature keys of the scored tokens, flat
    std::vector<uint8_t> own_n;            // own keys of a token that fills the OwnScoreCache
    uint32_t touched = 0;                  // (wasm: what tag()'s early loads read; unused)
};
void tag(const TaggerModel& m, const SentenceInfo& s, std::vector<uint8_t>& labels, bool skip_lowercase = true,
         TagScratch* scratch = nullptr);

// Viterbi over token scores (n * kLabels) with transition weights and BIO constraints
// (training calls it; it lays the transitions out with mask_transitions() each time).
// `trans`: (kLabels + 1) * kLabels, row kLabels = sentence start.
void viterbi(const int32_t* scores, size_t n, const int32_t* trans, std::vector<uint8_t>& labels,
             TagScratch* scratch = nullptr);

// The same decoding from transitions already laid out by mask_transitions() (`masked`,
// (kLabels + 1) * kTransWide): tag() keeps them in the model instead of rebuilding them for
// every stretch. Labels equal the plain decoder's, ties included (tests/unit/test_ner_viterbi.cpp).
constexpr int kTransWide = 12;                 // kLabels columns, then padding
constexpr int32_t kForbidden = -(1 << 30);     // a transition BIO forbids
void mask_transitions(const int32_t* trans, int32_t* masked);
void viterbi_masked(const int32_t* scores, size_t n, const int32_t* masked, std::vector<uint8_t>& labels,
                    TagScratch* scratch = nullptr);

}  // namespace np::ner
