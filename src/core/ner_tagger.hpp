// ner_tagger.hpp — the averaged-perceptron sequence tagger: labels, model file, decoding.
//
// Model file (assets/ner.model), little-endian:
//   8 bytes magic "NPNER\0\0\1", u32 version (=1), u32 label count (=kLabels), u32 bucket bits,
//   u32 vocabulary size V, f32 scale, u32 reserved,
//   i16 weights[2^bits * kLabels]   (row = one hashed feature, one column per label)
//   i16 transitions[(kLabels + 1) * kLabels]   (row kLabels = sentence start)
//   u64 lowercase vocabulary[V]     (sorted hashes of common lowercase words)
//   u32 FNV-1a checksum of all bytes before it.
// The loader checks every size, the magic, the version and the checksum, and never reads
// past the buffer: a truncated or corrupt file gives an error, not a crash.
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

struct TaggerModel {
    int bits = 0;
    float scale = 1.0f;
    std::vector<int16_t> weights;      // (1 << bits) * kLabels
    std::vector<int16_t> transitions;  // (kLabels + 1) * kLabels
    HashSet lower_vocab;
    // Weights again with rows padded to 16 labels (32 bytes), for vectorized scoring;
    // filled by load_tagger() / pad_rows().
    std::vector<int16_t> padded;
    bool empty() const { return weights.empty(); }
};

std::string serialize(const TaggerModel& m);
constexpr int kRow = 16;
void pad_rows(TaggerModel& m);
bool load_tagger(std::string_view data, TaggerModel& m, std::string& error);

// Labels for one prepared sentence. With `skip_lowercase`, stretches of lowercase words
// far from any capitalized word or gazetteer hit are labelled O without scoring (speed;
// the tagger never learned to start an entity there).
void tag(const TaggerModel& m, const SentenceInfo& s, std::vector<uint8_t>& labels, bool skip_lowercase = true);

// Viterbi over token scores (n * kLabels) with transition weights and BIO constraints.
void viterbi(const int32_t* scores, size_t n, const int32_t* trans, std::vector<uint8_t>& labels);

}  // namespace np::ner
