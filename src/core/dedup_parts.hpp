// dedup_parts.hpp — internal pieces of the dedup stage, testable alone.
//   features      per-segment facts the decisions use (word count, final punctuation, title-like)
//   boilerplate   boilerplate.cpp: markers, chrome lines, metadata, link-title runs, article end
//   minhash       minhash.cpp: shingle signatures, LSH banding, a flat hash index
#pragma once
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "document.hpp"

namespace np {
class Team;
}

namespace np::dd {

// ---- features ----------------------------------------------------------------------------
struct SegFeatures {
    uint32_t words = 0;        // word and number tokens
    bool terminal = false;     // ends with . ! ? … (possibly inside a closing quote)
    bool title_like = false;   // one line, one sentence, <= 20 words, no final punctuation
    bool body = false;         // a real paragraph: terminal punctuation and >= 12 words
    bool prose = false;        // >= 6 words, at least half of those after the first lowercase
    bool title_lines = false;  // >= 2 lines, each a title: 1-20 words, no final punctuation (a "?" after <= 14)
};
std::vector<SegFeatures> features(const Document& doc);

// ---- boilerplate ---------------------------------------------------------------------------
// Sets status=boilerplate (kind boilerplate or metadata) and a reason on every segment judged
// to be page chrome, link lists or byline/dateline metadata. Other segments are untouched.
void find_boilerplate(Document& doc, const std::vector<SegFeatures>& f);

// What a single line is on its own (no context): exposed for tests.
enum class LineClass : uint8_t { none, list_marker, chrome, copyright, metadata, marker_link, menu };
LineClass classify_line(const Document& doc, uint32_t seg, const SegFeatures& f);
// features() and every segment's classify_line() in one pass (a clean-only document tokenizes
// each segment once for both, and counts its tokens: see count_segment_tokens()), then
// find_boilerplate() with those classes. With `team` (parallel.hpp) the pass runs on its threads
// (the result is the same).
std::vector<SegFeatures> features(Document& doc, std::vector<LineClass>& cls, Team* team = nullptr);
void find_boilerplate(Document& doc, const std::vector<SegFeatures>& f, const std::vector<LineClass>& cls);

// ---- minhash -------------------------------------------------------------------------------
// One-permutation MinHash over word-bigram shingles (case-folded words; punctuation and
// whitespace ignored, so re-wrapping and punctuation edits do not change a signature).
constexpr int kSigSize = 32;   // minima per signature
constexpr int kBands = 10;     // LSH: 10 bands x 3 rows (the first 30 minima)
constexpr int kRows = 3;
constexpr float kNearThreshold = 0.5f;  // exact bigram Jaccard at or above: near-duplicate...
constexpr float kNearThresholdShort = 0.6f;  // ...for segments under kLongWords words
constexpr uint32_t kLongWords = 20;     // (short template lines differing in one figure stay apart)
constexpr uint32_t kMinNearWords = 8;   // shorter segments are only exact-matched

// Word hashes already computed, for signature() and exact_jaccard(): news repeats its words
// ("the", "said", names), and the word hash (FNV-1a, one serial multiply per byte) was ~80
// instructions a word, 12% of normalize + segment + dedup. Direct-mapped; words of at most 8
// bytes (~80% of news words) keyed by their raw bytes. A hit gives the very value word_hash()
// gives, so nothing changes (tested in test_clean_speed_wordcache.cpp). 64..16384 slots of
// 16 bytes, a power of two at least `words` (capped).
struct WordHashCache {
    struct Entry { uint64_t key = 0, hash = 0; };
    std::vector<Entry> slots;
    unsigned shift = 58;  // slot = (key * odd constant) >> shift
    explicit WordHashCache(size_t words);
};

// Fills sig[kSigSize]; returns false when the segment has fewer than 2 words. `cache` (may be
// null) only saves work: the result is the same with or without it.
bool signature(const Document& doc, const Segment& seg, uint32_t* sig, WordHashCache* cache = nullptr);
// The same; `scratch` holds the segment's tokens when they are rebuilt (Document::clean_only).
bool signature(const Document& doc, const Segment& seg, uint32_t* sig, std::vector<Token>& scratch,
               WordHashCache* cache = nullptr);
float estimate_jaccard(const uint32_t* a, const uint32_t* b);
// Exact Jaccard of two segments' word-bigram sets. `scratch` holds the two sets between
// calls (no allocation per comparison once it has grown).
struct JaccardScratch {
    std::vector<uint64_t> x, y;
    WordHashCache* words = nullptr;  // optional: word hashes shared with signature()
    std::vector<Token> tokens;       // a segment's tokens when rebuilt (Document::clean_only)
};
float exact_jaccard(const Document& da, const Segment& a, const Document& db, const Segment& b,
                    JaccardScratch& scratch);
inline float exact_jaccard(const Document& da, const Segment& a, const Document& db, const Segment& b) {
    JaccardScratch scratch;
    return exact_jaccard(da, a, db, b, scratch);
}
uint64_t band_key(const uint32_t* sig, int band);
// The share of segment s's word bigrams found among the bigrams of the segments `sources` (of
// the same document): 1 when s only repeats their text, re-cut into other paragraphs (0 when
// s has no bigram).
float containment(const Document& doc, const Segment& s, std::span<const uint32_t> sources,
                  JaccardScratch& scratch);


// A segment of `src` cut again from src.text into `probe` (normalized, split into sentences and
// tokens as normalize()/segment() did); returns probe's one segment. The cross-document step
// reads earlier documents through it, never their work/tokens (dedup.cpp).
const Segment& cut_again(const Document& src, const Segment& s, Document& probe);

// Open-addressing map uint64 -> uint32 (first value inserted wins): no per-entry allocation.
// Keys must be hashes (well mixed). Exact: the whole key is stored and compared.
class FlatIndex {
public:
    explicit FlatIndex(size_t expected = 16);
    // Empty, with the size FlatIndex(expected) gets, in the storage already held (no allocation
    // when it is large enough: dedup's scratch reuses its indexes from document to document).
    void reset(size_t expected);
    // Returns the stored value for key, or inserts `value` and returns UINT32_MAX.
    uint32_t find_or_insert(uint64_t key, uint32_t value);
    uint32_t find(uint64_t key) const;
private:
    void grow();
    std::vector<uint64_t> keys_;
    std::vector<uint32_t> vals_;
    size_t used_ = 0, mask_ = 0;
};

// The LSH band index: the same interface in 8 bytes a slot instead of 12 (it holds 10 entries
// per indexed segment, the largest dedup table). A slot keeps 32 bits of the key (the tag,
// which also chooses the slot, so the table can grow without the full keys) next to the value.
// Two different keys are confused only when their tags are equal and meet in one probe run
// (~1e-9 per look-up), and the cost
// is bounded: a false candidate is still checked by estimate and exact Jaccard, so it can
// never make a segment a duplicate; at worst one band of one segment is not indexed.
//
// Sized for `expected` entries at a load of at most 3/4, with any number of slots (not a power
// of two: a slot is chosen by multiplying the tag by the slot count), so a caller that
// knows an upper bound gets a table of about 11 bytes per entry with no regrowth. Regrowth
// (doubling) still happens when more entries arrive. The layout never changes a result: two
// keys with equal tags start at the same slot, so the first one inserted always answers.
class BandIndex {
public:
    explicit BandIndex(size_t expected = 16);
    void reset(size_t expected);  // as FlatIndex::reset
    uint32_t find_or_insert(uint64_t key, uint32_t value);
    uint32_t find(uint64_t key) const;
    // Asks the CPU to bring key's home slot into the cache (a hint: changes no result). The
    // cross-document index spans megabytes, and a segment looks up ten keys at random slots.
    void prefetch(uint64_t key) const {
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(slots_.data() + home(uint32_t(key >> 32)));
#else
        (void)key;
#endif
    }
private:
    void grow();
    // The tag is 32 bits of a band key (a splitmix64 output): uniform already, so it picks
    // the slot directly (multiply-shift onto [0, slots)).
    size_t home(uint32_t tag) const { return size_t((uint64_t(tag) * slots_.size()) >> 32); }
    struct Slot { uint32_t tag, value; };  // value UINT32_MAX: empty
    std::vector<Slot> slots_;
    size_t used_ = 0;
};

}  // namespace np::dd
