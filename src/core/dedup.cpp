// dedup.cpp — decides the status of every segment (kept / duplicate / boilerplate), then
// reports paragraphs shared across documents. Linear in the input: hashing, one-permutation
// MinHash and LSH banding through flat hash indexes; no pairwise comparison of segments.
//
// Order inside a document:
//   1. features + boilerplate (boilerplate.cpp): chrome, link lists, metadata;
//   2. exact repeats: equal comparison keys (text::fold: case, whitespace, quote and dash
//      variants) -> duplicate of the first occurrence, similarity 1;
//   3. near-duplicates (segments of >= 8 words): MinHash over word bigrams, 10 LSH bands of 3
//      rows give candidates among first copies (up to 4 per segment); those whose estimated
//      Jaccard (from 16-bit copies of the minima) is >= 0.35 are checked exactly:
//      bigram Jaccard >= 0.5 (>= 0.6 under 20 words) -> duplicate, and that exact Jaccard is
//      the reported similarity;
//   3b. repeated sentences (segments of >= 6 words still kept): a segment whose sentences all
//      begin as sentences of earlier kept segments begin (the first four words), and >= 85% of
//      whose word bigrams are in those segments, repeats their text cut into other paragraphs
//      (two paragraphs of the first copy joined into one, one split in two, a pull quote) ->
//      duplicate of the first of them, the share of its bigrams found is the similarity;
//   3d. a paragraph right before a repeated copy repeats the paragraph right before the copy's
//      original when half their words (as sets) or more are the same (a rewritten lede);
//   4. lines under 4 words are removed only inside a repeated block (a "Yes" or "Analysis"
//      line can legitimately occur twice);
//   4b. a short line (a headline) right before a repeated copy repeats the short line right
//      before the copy's original when their word bigrams overlap by >= 0.4 (an edited title);
//   5. repeated blocks: consecutive duplicates whose originals are also consecutive (gaps of
//      up to 3 allowed) are reported as one run in every reason of the run.
// The first copy is always the one kept. The original text is never modified.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "dedup_parts.hpp"
#include "parallel.hpp"
#include "segment_parts.hpp"
#include "stage_inputs.hpp"
#include "stages.hpp"
#include "text.hpp"

namespace np {

namespace dd {
// A segment of an earlier document, cut again from its original bytes: normalized, split into
// sentences and tokens as segment() did. The step never reads another document's work, tokens
// or sentences: once its turn is over, a document's own thread may free them at any time
// (analyze() streams documents; release_internals), while its text and segments stay as they
// are for the rest of the run.
// Both steps look only inside the segment (it starts and ends at non-blank bytes, so no UTF-8
// sequence or CRLF pair crosses its ends), so its words and every hash dedup takes of them are
// the same; tests/unit/test_dedup_stream.cpp checks that on every segment of real articles.
// A leading space keeps a U+FEFF at the segment's start from being read as a BOM.
// Called only for the rare candidates (multiset-hash chain hits, LSH band hits).
const Segment& cut_again(const Document& src, const Segment& s, Document& probe) {
    probe.text.assign(1, ' ');
    probe.text.append(src.text, s.start, s.end - s.start);
    normalize(probe);
    Segment one;
    one.start = 1;
    one.end = uint32_t(probe.text.size());
    one.kind = s.kind;
    probe.segments.assign(1, one);
    probe.sentences.clear();
    probe.tokens.clear();
    seg::split_sentences(probe, 0);
    return probe.segments[0];
}

}  // namespace dd

namespace {

constexpr uint32_t kNone = UINT32_MAX;
constexpr uint32_t kShortWords = 4;
constexpr uint32_t kMaxRunGap = 3;
constexpr uint32_t kMinRepeatWords = 6;   // step 3b: shorter segments are not checked
constexpr float kRepeatShare = 0.85f;     // step 3b: share of a segment's bigrams found earlier
constexpr float kRepeatShareInBlock = 0.6f;  // ... inside a repeated block (step 3c)
constexpr int kStartWords = 4;            // step 3b: words of a sentence's start key

// What a byte is to sentence_start_key(): the lowered byte of a word (>= '0'), or one of these.
constexpr unsigned char kSkSeparator = 0, kSkPunct3 = 1, kSkIgnore = 2;
constexpr auto kStartByte = [] {
    struct T { unsigned char v[256] = {}; } t{};
    for (int c = 0; c < 256; ++c) {
        if (c >= 'a' && c <= 'z') t.v[c] = (unsigned char)c;
        else if (c >= 'A' && c <= 'Z') t.v[c] = (unsigned char)(c + 32);
        else if (c >= '0' && c <= '9') t.v[c] = (unsigned char)c;
        else if (c == 0xE2) t.v[c] = kSkPunct3;
        else if (c == 0x7F) t.v[c] = kSkIgnore;
        else if (c >= 0x80) t.v[c] = (unsigned char)c;
        else t.v[c] = kSkSeparator;
    }
    return t;
}();

// Step 3b's key of a sentence: its first kStartWords words (0: it has fewer). A word is a run
// of ASCII letters and digits (lowered) or of non-ASCII characters other than those led by
// 0xE2 (U+2000-U+2FFF: curly quotes, dashes, bullets), so a quote opened with \u201C and one
// opened with '"' start alike. The key only nominates candidates: the bigram share decides.
uint64_t sentence_start_key(std::string_view w, uint32_t s, uint32_t e) {
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    // The words' lowered bytes, a space after each, eight at a time into one multiply-xorshift
    // step (a byte-at-a-time hash is one serial multiply per byte).
    uint64_t h = 0, acc = 0;
    int fill = 0, words = 0;
    bool in_word = false;
    auto put = [&](unsigned char c) {
        acc = acc << 8 | c;
        if (++fill == 8) {
            h = (h ^ acc) * 0x9E3779B97F4A7C15ull;
            h ^= h >> 29;
            acc = 0;
            fill = 0;
        }
    };
    for (uint32_t i = s; i < e; ++i) {
        const unsigned char c = kStartByte.v[p[i]];
        if (c >= '0') {  // a word's byte
            if (!in_word) {
                if (++words > kStartWords) break;
                in_word = true;
            }
            put(c);
            continue;
        }
        if (c == kSkIgnore) continue;  // an ignorable (normalize()): inside a word as outside
        if (c == kSkPunct3) i += 2;    // U+2000-U+2FFF: the rest of its three-byte sequence
        if (in_word) {
            put(' ');
            in_word = false;
        }
    }
    if (words < kStartWords) return 0;
    const uint64_t key = text::mix64(h ^ (acc * 0xD6E8FEB86659FD93ull) ^ uint64_t(fill));
    return key ? key : 1;  // 0 means "no key"
}

// ---- a cheap pre-key for exact repeats ----------------------------------------------------------
// text::fold_hash() costs ~17 instructions a byte, and most segments of a paste are not
// repeated. Every fold key determines the multiset of its ASCII letters and digits, lowered
// (fold lowers A-Z; every other mapping - quotes, dashes, ellipsis, whitespace, ignorables,
// Latin-1 capitals - neither makes nor removes an ASCII letter or digit), so two segments
// with equal fold keys have equal multiset hashes. A segment whose multiset hash no other
// segment shares therefore has no exact repeat and repeats nothing: it needs no fold key.
// The multiset hash is a sum of one random 64-bit value per lowered byte: a table look-up and
// an add per byte.
constexpr auto kAlnumWeight = [] {
    struct T { uint64_t v[256] = {}; } t{};
    for (int c = 0; c < 128; ++c) {
        int l = c >= 'A' && c <= 'Z' ? c + 32 : c;
        bool alnum = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
        if (!alnum) continue;
        uint64_t x = uint64_t(l) * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull;  // splitmix64 of l
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        t.v[c] = x ^ (x >> 31);
    }
    return t;
}();
uint64_t alnum_multiset_hash(std::string_view w, uint32_t start, uint32_t end) {
    if (end > w.size()) end = uint32_t(w.size());
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    uint64_t a = 0, b = 0, c = 0, d = 0;  // four sums: independent adds
    uint32_t i = start;
    // 8 bytes a step from one load (bytes taken by shifts): fewer loads and loop tests.
    for (; i + 8 <= end; i += 8) {
        const uint64_t x = text::load8(w.data() + i);
        a += kAlnumWeight.v[x & 0xFF];
        b += kAlnumWeight.v[(x >> 8) & 0xFF];
        c += kAlnumWeight.v[(x >> 16) & 0xFF];
        d += kAlnumWeight.v[(x >> 24) & 0xFF];
        a += kAlnumWeight.v[(x >> 32) & 0xFF];
        b += kAlnumWeight.v[(x >> 40) & 0xFF];
        c += kAlnumWeight.v[(x >> 48) & 0xFF];
        d += kAlnumWeight.v[x >> 56];
    }
    for (; i < end; ++i) a += kAlnumWeight.v[p[i]];
    return (a + b) + (c + d);
}

// Compact copies of the signatures of indexed first copies: 16 bits per minimum are plenty to
// estimate a Jaccard (a chance match of two unrelated minima is 1/65536) at half the memory.
inline uint16_t fold16(uint32_t v) { return uint16_t(v ^ (v >> 16)); }
struct SigStore {
    std::vector<uint16_t> mins;
    uint32_t add(const uint32_t* sig) {
        uint32_t slot = uint32_t(mins.size() / dd::kSigSize);
        mins.resize(mins.size() + dd::kSigSize);  // one size check, not one per minimum
        uint16_t* m = mins.data() + size_t(slot) * dd::kSigSize;
        for (int k = 0; k < dd::kSigSize; ++k) m[k] = fold16(sig[k]);
        return slot;
    }
    uint32_t add_folded(const uint16_t* folded) {  // minima already folded by fold16()
        uint32_t slot = uint32_t(mins.size() / dd::kSigSize);
        mins.insert(mins.end(), folded, folded + dd::kSigSize);
        return slot;
    }
    float estimate(uint32_t slot, const uint32_t* sig) const {
        const uint16_t* m = mins.data() + size_t(slot) * dd::kSigSize;
        int same = 0;
        for (int k = 0; k < dd::kSigSize; ++k) same += m[k] == fold16(sig[k]);
        return float(same) / float(dd::kSigSize);
    }
    float estimate_folded(uint32_t slot, const uint16_t* folded) const {
        const uint16_t* m = mins.data() + size_t(slot) * dd::kSigSize;
        int same = 0;
        for (int k = 0; k < dd::kSigSize; ++k) same += m[k] == folded[k];
        return float(same) / float(dd::kSigSize);
    }
};
constexpr float kCandidate = 0.35f;  // estimated Jaccard worth an exact check
constexpr int kMaxCandidates = 4;    // distinct candidates checked per segment

// Near-duplicate lookup: among the first copies sharing an LSH band with `sig` whose estimate
// is >= kCandidate, the one with the highest exact bigram Jaccard, if it reaches the
// threshold; else kNone.
uint32_t best_candidate(const Document& doc, uint32_t i, uint32_t words, const dd::BandIndex& bands,
                        const SigStore& store, const std::vector<uint32_t>& slot_of,
                        const uint32_t* sig, const uint64_t* band_keys, dd::JaccardScratch& scratch,
                        float& best_sim) {
    uint32_t best = kNone, seen[dd::kBands];
    int nseen = 0;
    best_sim = 0;
    for (int b = 0; b < dd::kBands && nseen < kMaxCandidates; ++b) {
        uint32_t cand = bands.find(band_keys[b]);
        if (cand == kNone || std::find(seen, seen + nseen, cand) != seen + nseen) continue;
        seen[nseen++] = cand;
        if (store.estimate(slot_of[cand], sig) < kCandidate) continue;
        float sim = dd::exact_jaccard(doc, doc.segments[cand], doc, doc.segments[i], scratch);
        if (sim > best_sim) { best_sim = sim; best = cand; }
    }
    float need = words >= dd::kLongWords ? dd::kNearThreshold : dd::kNearThresholdShort;
    return best_sim >= need ? best : kNone;
}

// What cross_step() needs from one document, computed by dedup_document() anyway (only
// filled when there are several documents; freed after that document's cross step).
struct CrossInputs {
    std::vector<dd::SegFeatures> f;
    std::vector<uint64_t> mset;      // alnum_multiset_hash per non-boilerplate segment
    std::vector<uint32_t> sig_slot;  // per segment: slot in mins/keys, kNone when none was kept
    std::vector<uint16_t> mins;      // dd::kSigSize minima per slot, folded to 16 bits (all the
                                     // cross step uses of a signature besides its band keys)
    std::vector<uint64_t> keys;      // dd::kBands band keys per slot
};

// The near-duplicate loop, fed signatures made ahead. A candidate is a segment the loop will
// sign: not boilerplate, not an exact repeat, >= kMinNearWords words; all three are known before
// the loop and do not change in it. Candidates are taken in blocks of consecutive ones, each
// block with the range of segments up to its last candidate. While one thread runs the loop
// over block k's range (the loop is sequential: each segment looks up the first copies before
// it), the others sign block k+1's candidates, and the thread that finishes the loop joins
// them (Team::run hands out "the loop" and the signing pieces together). A segment's signature
// depends on that segment alone (the word-hash caches only save work), so the loop gets the
// values it would have computed in order. Two block buffers (at most ~1/64 of the input each:
// 212 bytes a candidate). With one thread, all of it runs in order on the caller.
class NearDuplicateLoop {
public:
    NearDuplicateLoop(const Document& doc, const std::vector<dd::SegFeatures>& f, const std::vector<uint32_t>& target,
                      Team& team, dd::WordHashCache& loop_cache, std::vector<Token>& loop_tokens, size_t cache_words)
        : doc_(doc), f_(f), target_(target), team_(team) {
        constexpr size_t kEntry = dd::kSigSize * sizeof(uint32_t) + dd::kBands * sizeof(uint64_t) + 5;
        block_size_ = std::clamp<size_t>(doc.text.size() / 64 / kEntry, 64, 4096);
        if (team.size() == 1) {  // one thread: the loop and the signing never overlap
            caches_.push_back(&loop_cache);
            tokens_.push_back(&loop_tokens);
            return;
        }
        // The signing threads' caches are a quarter of the loop's: they only save work, and
        // memory is the tighter budget on small inputs.
        for (unsigned t = 0; t < team.size(); ++t) {
            own_caches_.emplace_back(std::make_unique<dd::WordHashCache>(cache_words / 4));
            own_tokens_.emplace_back(std::make_unique<std::vector<Token>>());
            caches_.push_back(own_caches_.back().get());
            tokens_.push_back(own_tokens_.back().get());
        }
    }

    // Calls step(i) for every segment i in order; step reads candidates' entries with get().
    template <class Step>
    void run(Step&& step) {
        const uint32_t n = uint32_t(doc_.segments.size());
        int cur = 0;
        select(cur, 0);
        team_.run(pieces(cur), [&](unsigned worker, size_t p) { sign(cur, p, worker); });
        for (uint32_t from = 0;;) {
            const uint32_t to = block_[cur].end;
            const bool more = to < n;
            if (more) select(cur ^ 1, to);
            reading_ = cur;
            block_[cur].pos = 0;
            team_.run(1 + (more ? pieces(cur ^ 1) : 0), [&](unsigned worker, size_t j) {
                if (j == 0) {
                    for (uint32_t i = from; i < to; ++i) step(i);
                } else {
                    sign(cur ^ 1, j - 1, worker);
                }
            });
            if (!more) break;
            from = to;
            cur ^= 1;
        }
    }

    // Segment i's entry (a candidate of the block being read, asked for in increasing i):
    // false when it has no signature (fewer than 2 words); else its signature and band keys.
    bool get(uint32_t i, const uint32_t*& sig, const uint64_t*& keys) {
        Block& b = block_[reading_];
        const size_t k = b.pos++;
        (void)i;  // always b.idx[k] (the loop asks for exactly the block's candidates, in order)
        sig = b.sigs.data() + k * dd::kSigSize;
        keys = b.keys.data() + k * dd::kBands;
        return b.ok[k] != 0;
    }

private:
    struct Block {
        std::vector<uint32_t> idx, sigs;
        std::vector<uint64_t> keys;
        std::vector<uint8_t> ok;
        uint32_t end = 0;  // the block's segment range ends here (after its last candidate)
        size_t pos = 0;    // next entry get() returns
    };
    static constexpr size_t kPiece = 16;  // candidates per hand-out

    bool candidate(uint32_t j) const {
        return doc_.segments[j].status != SegmentStatus::boilerplate && target_[j] == kNone &&
               f_[j].words >= dd::kMinNearWords;
    }
    // The next block_size_ candidates from segment `from` into buffer `which` (read-only on shared state:
    // it runs before the loop over the previous block starts).
    void select(int which, uint32_t from) {
        Block& b = block_[which];
        b.idx.clear();
        const uint32_t n = uint32_t(doc_.segments.size());
        uint32_t j = from;
        for (; j < n && b.idx.size() < block_size_; ++j)
            if (candidate(j)) b.idx.push_back(j);
        b.end = j;
        b.sigs.resize(b.idx.size() * dd::kSigSize);
        b.keys.resize(b.idx.size() * dd::kBands);
        b.ok.resize(b.idx.size());
    }
    size_t pieces(int which) const { return (block_[which].idx.size() + kPiece - 1) / kPiece; }
    void sign(int which, size_t piece, unsigned worker) {
        Block& b = block_[which];
        const size_t e = std::min(b.idx.size(), (piece + 1) * kPiece);
        for (size_t k = piece * kPiece; k < e; ++k) {
            uint32_t* sig = b.sigs.data() + k * dd::kSigSize;
            b.ok[k] = dd::signature(doc_, doc_.segments[b.idx[k]], sig, *tokens_[worker], caches_[worker]);
            if (b.ok[k])
                for (int band = 0; band < dd::kBands; ++band) b.keys[k * dd::kBands + band] = dd::band_key(sig, band);
        }
    }

    const Document& doc_;
    const std::vector<dd::SegFeatures>& f_;
    const std::vector<uint32_t>& target_;
    Team& team_;
    size_t block_size_ = 0;
    Block block_[2];
    int reading_ = 0;
    std::vector<dd::WordHashCache*> caches_;  // per worker
    std::vector<std::vector<Token>*> tokens_;
    std::vector<std::unique_ptr<dd::WordHashCache>> own_caches_;
    std::vector<std::unique_ptr<std::vector<Token>>> own_tokens_;
};

// Segments per hand-out of the per-segment hashes (dedup_document() with a team).
constexpr size_t kHashChunk = 512;

// What one thread keeps from document to document (DedupScratch in stages.hpp). The buffers
// are the per-segment arrays dedup_document() would otherwise allocate for every document;
// after a document of more than kKeepSegments segments they are freed (a big document's
// arrays are not worth keeping for the small ones that usually follow).
constexpr uint32_t kKeepSegments = 1u << 15;
struct ScratchParts {
    dd::WordHashCache words;
    std::vector<uint32_t> target, slot_of, run_first, run_last;
    std::vector<uint8_t> near, shared;
    dd::FlatIndex pre, exact, starts;  // reset() per document: their storage is reused
    std::vector<uint32_t> sources;
    dd::BandIndex bands;
    SigStore store;
    dd::JaccardScratch jaccard;
    explicit ScratchParts(size_t cache_words) : words(cache_words) {}
    void trim(uint32_t n) {
        if (n <= kKeepSegments) return;
        pre = dd::FlatIndex();
        exact = dd::FlatIndex();
        starts = dd::FlatIndex();
        bands = dd::BandIndex();
        store = SigStore();
        jaccard = dd::JaccardScratch();
        std::vector<uint32_t>().swap(target);
        std::vector<uint32_t>().swap(slot_of);
        std::vector<uint32_t>().swap(run_first);
        std::vector<uint32_t>().swap(run_last);
        std::vector<uint8_t>().swap(near);
        std::vector<uint8_t>().swap(shared);
    }
};

// The slots WordHashCache(words) gets (its constructor's rule).
size_t cache_slots(size_t words) {
    size_t n = 64;
    while (n < 16384 && n < words) n <<= 1;
    return n;
}

// The sorted, distinct fold-hashes of a segment's first 40 runs: its words (letters and digits) or
// its numbers (digits with inner "." or ","), for the two comparisons below.
enum class Runs { words, numbers };
int sorted_run_hashes(std::string_view w, const Segment& g, Runs runs, uint64_t* out) {
    const auto starts = [&](uint32_t k) {
        const auto c = static_cast<unsigned char>(w[k]);
        return runs == Runs::words ? std::isalnum(c) != 0 : std::isdigit(c) != 0;
    };
    const auto continues = [&](uint32_t k) {
        if (starts(k)) return true;
        return runs == Runs::numbers && (w[k] == '.' || w[k] == ',') && k + 1 < g.end &&
               std::isdigit(static_cast<unsigned char>(w[k + 1]));
    };
    int n = 0;
    uint32_t k = g.start;
    while (k < g.end && n < 40) {
        while (k < g.end && !starts(k)) ++k;
        const uint32_t s0 = k;
        while (k < g.end && continues(k)) ++k;
        if (k > s0) out[n++] = text::fold_hash(w, s0, k);
    }
    std::sort(out, out + n);
    return int(std::unique(out, out + n) - out);
}

// The Jaccard similarity of two short lines' word sets (case-folded; at most 40 words each):
// step 4b's measure for an edited headline.
float word_set_jaccard(const Document& doc, const Segment& a, const Segment& b) {
    uint64_t x[40], y[40];
    const int nx = sorted_run_hashes(doc.work_view(), a, Runs::words, x);
    const int ny = sorted_run_hashes(doc.work_view(), b, Runs::words, y);
    if (nx == 0 || ny == 0) return 0.0f;
    int both = 0;
    for (int i = 0, j = 0; i < nx && j < ny;) {
        if (x[i] == y[j]) { ++both; ++i; ++j; }
        else if (x[i] < y[j]) ++i;
        else ++j;
    }
    return float(both) / float(nx + ny - both);
}

// The figures of two paragraphs agree: every number in the one with fewer is in the other too
// (step 3d: a rewrite keeps the story's figures; two notes or tranches of the same template differ
// in them: "dividend requirements of 1.5 mln dlrs" / "of 1.1 mln dlrs").
bool numbers_agree(const Document& doc, const Segment& a, const Segment& b) {
    uint64_t x[40], y[40];
    int nx = sorted_run_hashes(doc.work_view(), a, Runs::numbers, x);
    int ny = sorted_run_hashes(doc.work_view(), b, Runs::numbers, y);
    if (nx > ny) {
        std::swap(nx, ny);
        std::swap(x, y);
    }
    for (int i = 0; i < nx; ++i)
        if (!std::binary_search(y, y + ny, x[i])) return false;
    return true;
}

void dedup_document(Document& doc, CrossInputs* out, Team* shared_team, ScratchParts* sp) {
    const uint32_t n = uint32_t(doc.segments.size());
    // The per-segment arrays: the scratch's (reused) or this call's own.
    std::vector<uint32_t> own_target, own_slot_of, own_run_first, own_run_last;
    std::vector<uint8_t> own_near, own_shared;
    std::vector<uint32_t> own_sources;
    std::vector<uint32_t>& target = sp ? sp->target : own_target;
    std::vector<uint32_t>& slot_of = sp ? sp->slot_of : own_slot_of;
    std::vector<uint32_t>& run_first = sp ? sp->run_first : own_run_first;
    std::vector<uint32_t>& run_last = sp ? sp->run_last : own_run_last;
    std::vector<uint8_t>& near = sp ? sp->near : own_near;
    std::vector<uint8_t>& shared = sp ? sp->shared : own_shared;
    std::vector<uint32_t>& sources = sp ? sp->sources : own_sources;
    struct Edited { uint32_t seg, first, last; float share; };  // step 3b's near misses, for 3c
    std::vector<Edited> edited;  // (rare: allocated only when one is found)
    Team alone(1);
    // Too little to share: a hand-out of work costs a thread's wake-up.
    Team& team = shared_team && n >= 2 * kHashChunk ? *shared_team : alone;
    for (auto& s : doc.segments) {
        s.status = SegmentStatus::kept;
        s.duplicate_of = -1;
        s.similarity = -1.0f;
        s.reason = ReasonCode::none;
        s.reason_a = s.reason_b = 0;
    }
    std::vector<dd::SegFeatures> f;
    {
        std::vector<dd::LineClass> cls;
        f = dd::features(doc, cls, &team);
        dd::find_boilerplate(doc, f, cls);
    }

    // Two passes, so that each index is sized from what it will hold and the two never exist at
    // once (the band index was the largest dedup table, and its last regrowth held the old and
    // the new table together: ~2.4x the input at 10 MB):
    //   pass 1: exact repeats; target[i] = the first segment with the same key;
    //   pass 2: in reading order, an exact repeat follows its first copy's own target (already
    //           final, as in one pass), the rest go through MinHash/LSH. Only first copies of
    //           8+ words that pass 1 left alone can enter the band index: that count sizes it.
    size_t candidates = 0;
    for (const auto& s : doc.segments) candidates += s.status != SegmentStatus::boilerplate;
    if (out) {
        out->mset.assign(n, 0);
        out->sig_slot.assign(n, kNone);
    }
    target.assign(n, kNone);
    near.assign(n, 0);
    size_t firsts = 0;  // upper bound on the segments the band index will hold
    {
        // Only segments sharing their multiset hash with another can be exact repeats or be
        // repeated (see alnum_multiset_hash): only they need a fold key. The exact index then
        // holds the same keys in the same order as if every segment were in it, restricted to
        // the ones that can match, so every answer is the same.
        shared.assign(n, 0);
        size_t nshared = 0;
        // With threads: every multiset hash first, in parallel (the same values). Not below 4 MB: 8 bytes a segment is ~0.07x of the input, which a small input's
        // memory budget has not got to spare (1 MB: 2.87x -> 3.1x), for ~1% of the time.
        const bool hash_ahead = team.size() > 1 && doc.text.size() >= (size_t(4) << 20);
        std::vector<uint64_t> ahead;
        if (hash_ahead) {
            ahead.assign(n, 0);
            team.run((n + kHashChunk - 1) / kHashChunk, [&](unsigned, size_t c) {
                const uint32_t e = uint32_t(std::min<size_t>(n, (c + 1) * kHashChunk));
                for (uint32_t i = uint32_t(c * kHashChunk); i < e; ++i) {
                    const Segment& s = doc.segments[i];
                    if (s.status != SegmentStatus::boilerplate)
                        ahead[i] = alnum_multiset_hash(doc.work_view(), s.start, s.end);
                }
            });
        }
        {
            std::optional<dd::FlatIndex> own_pre;
            if (sp) sp->pre.reset(candidates);
            else own_pre.emplace(candidates);
            dd::FlatIndex& pre = sp ? sp->pre : *own_pre;
            for (uint32_t i = 0; i < n; ++i) {
                const Segment& s = doc.segments[i];
                if (s.status == SegmentStatus::boilerplate) continue;
                uint64_t m = hash_ahead ? ahead[i] : alnum_multiset_hash(doc.work_view(), s.start, s.end);
                if (out) out->mset[i] = m;
                uint32_t t = pre.find_or_insert(m, i);
                if (t == kNone) continue;
                nshared += !shared[t] + 1;
                shared[t] = shared[i] = 1;
            }
        }
        // With threads: the fold keys of the segments that need one, in parallel, in place of
        // the multiset hashes (read above, not again).
        if (hash_ahead)
            team.run((n + kHashChunk - 1) / kHashChunk, [&](unsigned, size_t c) {
                const uint32_t e = uint32_t(std::min<size_t>(n, (c + 1) * kHashChunk));
                for (uint32_t i = uint32_t(c * kHashChunk); i < e; ++i) {
                    const Segment& s = doc.segments[i];
                    if (shared[i] && s.status != SegmentStatus::boilerplate)
                        ahead[i] = text::fold_hash(doc.work_view(), s.start, s.end);
                }
            });
        std::optional<dd::FlatIndex> own_exact;
        if (sp) sp->exact.reset(nshared);
        else own_exact.emplace(nshared);
        dd::FlatIndex& exact = sp ? sp->exact : *own_exact;
        for (uint32_t i = 0; i < n; ++i) {
            const Segment& s = doc.segments[i];
            if (s.status == SegmentStatus::boilerplate) continue;
            const auto key = [&] { return hash_ahead ? ahead[i] : text::fold_hash(doc.work_view(), s.start, s.end); };
            uint32_t t = shared[i] ? exact.find_or_insert(key(), i) : kNone;
            if (t != kNone) target[i] = t;
            else firsts += f[i].words >= dd::kMinNearWords;
        }
    }
    {
        // The indexes live only in this block: freed before the reasons (step 5) are written.
        std::optional<dd::BandIndex> own_bands;
        SigStore own_store;
        dd::JaccardScratch own_jaccard;
        if (sp) sp->bands.reset(firsts * dd::kBands);
        else own_bands.emplace(firsts * dd::kBands);
        dd::BandIndex& bands = sp ? sp->bands : *own_bands;
        SigStore& store = sp ? sp->store : own_store;
        store.mins.clear();
        store.mins.reserve(firsts * dd::kSigSize);
        slot_of.assign(n, kNone);
        dd::JaccardScratch& scratch = sp ? sp->jaccard : own_jaccard;
        // Slots for ~16 words per segment to sign, at most one per 256 bytes of text (16 B a
        // slot: at most 1/16 of the input while dedup runs; at 1 MB, 4096 slots). The
        // scratch's cache (carried from the documents before, the same values) when it is no
        // smaller.
        const size_t cache_words = std::min<size_t>(firsts * 16, doc.text.size() / 256);
        const bool carried = sp && sp->words.slots.size() >= cache_slots(cache_words);
        std::unique_ptr<dd::WordHashCache> own_hashes;
        if (!carried) own_hashes = std::make_unique<dd::WordHashCache>(cache_words);
        dd::WordHashCache& word_hashes = carried ? sp->words : *own_hashes;
        scratch.words = &word_hashes;
        if (out) {  // at most `firsts` signatures are kept: no regrowth while they are added
            out->mins.reserve(firsts * dd::kSigSize);
            out->keys.reserve(firsts * dd::kBands);
        }
        NearDuplicateLoop loop(doc, f, target, team, word_hashes, scratch.tokens, cache_words);
        loop.run([&](uint32_t i) {
            Segment& s = doc.segments[i];
            if (s.status == SegmentStatus::boilerplate) return;
            if (uint32_t t = target[i]; t != kNone) {
                while (target[t] != kNone) t = target[t];  // point at the kept first copy
                target[i] = t;
                return;
            }
            if (f[i].words < dd::kMinNearWords) return;
            const uint32_t* sig;
            const uint64_t* keys;  // computed once: used for the look-up and the insertion
            if (!loop.get(i, sig, keys)) return;
            float sim;
            uint32_t c = best_candidate(doc, i, f[i].words, bands, store, slot_of, sig, keys, scratch, sim);
            if (c != kNone) {
                target[i] = c;
                near[i] = 1;
                s.similarity = sim;
                return;
            }
            slot_of[i] = store.add(sig);
            for (int b = 0; b < dd::kBands; ++b) bands.find_or_insert(keys[b], i);
            if (out) {  // every segment that can stay kept with >= 8 words passes here
                out->sig_slot[i] = uint32_t(out->mins.size() / dd::kSigSize);
                const uint16_t* folded = store.mins.data() + size_t(slot_of[i]) * dd::kSigSize;  // fold16(sig)
                out->mins.insert(out->mins.end(), folded, folded + dd::kSigSize);
                out->keys.insert(out->keys.end(), keys, keys + dd::kBands);
            }
        });
    }

    // 3b. Repeated sentences. near[i] == 2 marks them; reason_a/reason_b hold the first and last
    // segment whose text they repeat (a run, step 5, puts its own range there instead).
    {
        size_t keyed = 0;
        for (uint32_t i = 0; i < n; ++i)
            if (doc.segments[i].status != SegmentStatus::boilerplate && target[i] == kNone)
                keyed += doc.segments[i].sentence_count;
        std::optional<dd::FlatIndex> own_starts;
        if (sp) sp->starts.reset(keyed);
        else own_starts.emplace(keyed);
        dd::FlatIndex& starts = sp ? sp->starts : *own_starts;
        dd::JaccardScratch own_jaccard;
        dd::JaccardScratch& scratch = sp ? sp->jaccard : own_jaccard;
        scratch.words = sp ? &sp->words : nullptr;  // (a document's own cache went with its block)
        const std::string_view w = doc.work_view();
        std::vector<uint64_t> keys;  // the sentence start keys of one segment
        edited.clear();
        for (uint32_t i = 0; i < n; ++i) {
            Segment& s = doc.segments[i];
            if (s.status == SegmentStatus::boilerplate || target[i] != kNone) continue;
            keys.clear();
            for (uint32_t k = s.first_sentence, e = k + s.sentence_count; k < e; ++k)
                if (uint64_t key = sentence_start_key(w, doc.sentences[k].start, doc.sentences[k].end))
                    keys.push_back(key);  // (a sentence under four words has none: the share decides)
            // Most segments repeat nothing: their first key is not in the index, and the look-up
            // that tells so inserts it.
            size_t done = 0;
            if (f[i].words >= kMinRepeatWords && !keys.empty()) {
                sources.clear();
                bool all = true;
                for (size_t k = 0; k < keys.size() && all; ++k) {
                    const uint32_t src = k == 0 ? starts.find_or_insert(keys[0], i) : starts.find(keys[k]);
                    all = src != kNone;
                    if (!all && k == 0) done = 1;
                    if (all && std::find(sources.begin(), sources.end(), src) == sources.end()) sources.push_back(src);
                }
                if (all) {
                    std::sort(sources.begin(), sources.end());
                    const float share = dd::containment(doc, s, sources, scratch);
                    if (share >= kRepeatShare) {
                        target[i] = sources.front();
                        near[i] = 2;
                        s.similarity = share;
                        s.reason_a = sources.front();
                        s.reason_b = sources.back();
                        continue;
                    }
                    if (share >= kRepeatShareInBlock) edited.push_back({i, sources.front(), sources.back(), share});
                }
            }
            for (size_t k = done; k < keys.size(); ++k) starts.find_or_insert(keys[k], i);
        }
    }

    // Neighbours in reading order, boilerplate skipped.
    auto prev_of = [&](uint32_t i) -> uint32_t {
        while (i > 0) { --i; if (doc.segments[i].status != SegmentStatus::boilerplate) return i; }
        return kNone;
    };
    auto next_of = [&](uint32_t i) -> uint32_t {
        for (++i; i < n; ++i) if (doc.segments[i].status != SegmentStatus::boilerplate) return i;
        return kNone;
    };
    auto follows = [&](uint32_t a, uint32_t b) {  // b's original comes right after a's
        return a != kNone && b != kNone && target[a] != kNone && target[b] != kNone &&
               target[b] > target[a] && target[b] - target[a] <= kMaxRunGap;
    };
    // 3c. An edited sentence inside a repeated copy: "... and was not directed against any single
    // country" in one wire's copy, "... and was not aimed at any one country" in another's. A
    // segment whose sentences all start as earlier ones do, with 0.6 of its bigrams found there
    // (0.85 elsewhere), repeats them when the copies of its neighbours on both sides repeat the
    // segments around its original (within kMaxRunGap each way).
    for (const Edited& e : edited) {
        const uint32_t p = prev_of(e.seg), q = next_of(e.seg);
        if (p == kNone || q == kNone || target[p] == kNone || target[q] == kNone || near[e.seg] != 0 ||
            target[e.seg] != kNone)
            continue;
        if (!(target[p] < e.first && e.first - target[p] <= kMaxRunGap && target[q] > e.last &&
              target[q] - e.last <= kMaxRunGap))
            continue;
        Segment& s = doc.segments[e.seg];
        target[e.seg] = e.first;
        near[e.seg] = 2;
        s.similarity = e.share;
        s.reason_a = e.first;
        s.reason_b = e.last;
    }
    // 3d. A rewritten paragraph opening a repeated copy: one wire's lede "X will ban exports of
    // lithium concentrate from June 1, the mining ministry said on Monday, in a push to ..." over
    // the first copy, another's "X will ban exports of lithium concentrate starting June 1, its
    // mining ministry said Monday, as ..." over the second. A kept paragraph right before a
    // duplicate whose original has a kept paragraph right before it repeats that paragraph when
    // half their words or more are the same words (as sets, step 4b's measure; their word pairs
    // are too few for step 3) and their figures agree. From the end backwards, so a copy's earlier rewritten paragraphs
    // follow one another.
    for (uint32_t i = n; i-- > 0;) {
        if (target[i] != kNone || doc.segments[i].status == SegmentStatus::boilerplate || f[i].words < 8 ||
            f[i].words > 80)
            continue;
        const uint32_t q = next_of(i);
        if (q == kNone || target[q] == kNone) continue;
        const uint32_t p = prev_of(target[q]);
        if (p == kNone || p >= i || target[p] != kNone || f[p].words < 8 || f[p].words > 80) continue;
        // (lengths within a factor of two first: half the words shared needs it)
        if (f[p].words > 2 * f[i].words || f[i].words > 2 * f[p].words) continue;
        if (word_set_jaccard(doc, doc.segments[p], doc.segments[i]) < 0.5f ||
            !numbers_agree(doc, doc.segments[p], doc.segments[i]))
            continue;
        target[i] = p;
        near[i] = 1;
        doc.segments[i].similarity = dd::exact_jaccard(doc, doc.segments[p], doc, doc.segments[i]);
    }
    // 4. Short lines: only inside a repeated block.
    for (uint32_t i = 0; i < n; ++i) {
        if (target[i] == kNone || f[i].words >= kShortWords) continue;
        uint32_t p = prev_of(i), q = next_of(i);
        bool in_block = (p != kNone && f[p].words >= kShortWords && follows(p, i)) ||
                        (q != kNone && f[q].words >= kShortWords && follows(i, q));
        if (!in_block) {
            doc.segments[i].reason = ReasonCode::kept_short_line;
            doc.segments[i].reason_a = target[i];
            target[i] = kNone;
        }
    }
    // 4b. An edited headline over a repeated copy: "Vietnam agrees to buy more US farm goods"
    // over the first copy, "Vietnam pledges to buy more US farm goods" over the second. A short
    // kept line right before a duplicate whose original has a short kept line right before it
    // repeats that line when their word bigrams overlap by 0.4 or more (the copies' order says
    // which lines match; on its own a headline that short would need 0.6).
    for (uint32_t i = 0; i < n; ++i) {
        if (target[i] != kNone || doc.segments[i].status == SegmentStatus::boilerplate || f[i].words < kShortWords ||
            f[i].words > 25)
            continue;
        const uint32_t q = next_of(i);
        if (q == kNone || target[q] == kNone) continue;
        // (the duplicate may repeat the original's second paragraph, the first two joined: the
        // headline is then a paragraph or two further back)
        uint32_t p = prev_of(target[q]);
        for (int back = 0; back < 2 && p != kNone && f[p].words > 25 && target[p] == kNone; ++back) p = prev_of(p);
        if (p == kNone || p >= i || target[p] != kNone || f[p].words < kShortWords || f[p].words > 25) continue;
        // (a headline is words: a table's header row, "SOYBEANS 1986/87 1987/88", is not)
        const auto words_of = [&](uint32_t k) {
            const Segment& g = doc.segments[k];
            uint32_t alpha = 0;
            for (uint32_t b = g.start; b < g.end; ++b)
                alpha += (b == g.start || doc.text[b - 1] == ' ') && std::isalpha(static_cast<unsigned char>(doc.text[b]));
            return alpha;
        };
        if (words_of(i) < 5 || words_of(p) < 5) continue;
        const float sim = dd::exact_jaccard(doc, doc.segments[p], doc, doc.segments[i]);
        // (a headline edited word for word, "resume talks on electric vehicle price floors" /
        // "restart talks on EV price floors", keeps its words more than its word pairs: 0.6 of
        // its words as a set does too)
        if (sim < 0.4f) {
            // (the reason still reports the word-bigram figure: what "similarity" means)
            if (word_set_jaccard(doc, doc.segments[p], doc.segments[i]) < 0.6f) continue;
        }
        target[i] = p;
        near[i] = 1;
        doc.segments[i].similarity = sim;
    }
    if (out) out->f = std::move(f);
    else std::vector<dd::SegFeatures>().swap(f);  // not needed below: free before the reasons
    // 5. Runs, then reasons.
    run_first.assign(n, kNone);
    run_last.assign(n, kNone);
    for (uint32_t i = 0; i < n;) {
        if (target[i] == kNone || doc.segments[i].status == SegmentStatus::boilerplate) { ++i; continue; }
        uint32_t last = i, j = i;
        for (;;) {
            uint32_t q = next_of(j);
            if (q == kNone || !follows(j, q)) break;
            j = last = q;
        }
        for (uint32_t k = i; k <= last; ++k) { run_first[k] = i; run_last[k] = last; }
        i = last + 1;
    }
    for (uint32_t i = 0; i < n; ++i) {
        Segment& s = doc.segments[i];
        if (s.status == SegmentStatus::boilerplate) continue;
        if (target[i] == kNone) {
            if (s.reason == ReasonCode::none)
                s.reason = s.kind == SegmentKind::heading ? ReasonCode::kept_heading : ReasonCode::kept_original;
            s.similarity = -1.0f;
            continue;
        }
        s.status = SegmentStatus::duplicate;
        s.duplicate_of = int32_t(target[i]);
        if (!near[i]) s.similarity = 1.0f;
        s.reason = near[i] == 2 ? ReasonCode::repeated_sentences
                 : near[i] ? ReasonCode::near_duplicate : ReasonCode::exact_repeat;
        // The run (segment_reason() spells "segments a-b repeat segments target[a]-target[b]",
        // reading the targets back as duplicate_of of a and b); a == b: no run.
        uint32_t a = run_first[i], b = run_last[i];
        if (a != kNone && b != a) {
            s.reason_a = a;
            s.reason_b = b;
        }
    }
    if (sp) sp->trim(n);
}

// Paragraphs shared across documents: exact keys and LSH over all earlier documents. Runs
// once per document, right after its own dedup (a document's step reads only documents whose
// dedup is final), reusing that dedup's features, multiset hashes, signatures and band keys.
//
// Exact repeats: refs are chained by their alnum multiset hash (equal fold keys imply equal
// multiset hashes, see alnum_multiset_hash); a fold key is computed only for a segment whose
// multiset hash an earlier ref has, and for those refs (once each). The first ref in the chain
// with the same fold key is the first inserted with that key, as a fold-key index would answer.
// Only refs are indexed: a segment reported as a near-duplicate is not a ref, so a later exact
// repeat of it is matched the way it was (by LSH), not against an unrelated slot.
struct CrossState {
    struct Ref {
        uint32_t doc, seg;
        uint32_t next = kNone;  // next ref with the same multiset hash
        bool has_fold = false;
        uint64_t fold = 0;
    };
    std::vector<Ref> refs;
    SigStore store;
    std::vector<uint32_t> slot_of;  // ref -> signature slot
    dd::FlatIndex by_mset;          // multiset hash -> first ref with it
    dd::BandIndex bands;
    dd::JaccardScratch scratch;
    Document probe;                 // a released document's segment, cut again (see cut_again)
    // Sized from the expected number of segments, of which ~65% become refs and ~55% have a
    // signature (Reuters pastes): the indexes then never regrow (a regrowth holds the old and
    // the new table at once), and reserved but unwritten vector capacity costs no memory.
    explicit CrossState(size_t total) : by_mset(total * 2 / 3), bands(total * dd::kBands * 3 / 5 + 16) {
        refs.reserve(total);
        slot_of.reserve(total);
        store.mins.reserve(total * dd::kSigSize * 3 / 4);
    }
};

void cross_step(std::vector<Document>& docs, uint32_t d, const CrossInputs& in, CrossState& st,
                std::vector<CrossDocumentDuplicate>& cross) {
    Document& doc = docs[d];
    auto fold_of = [&](uint32_t r) {
        CrossState::Ref& ref = st.refs[r];
        if (!ref.has_fold) {
            const Document& rd = docs[ref.doc];
            const Segment& rs = rd.segments[ref.seg];
            if (ref.doc == d) {
                ref.fold = text::fold_hash(rd.work_view(), rs.start, rs.end);
            } else {
                const Segment& ps = dd::cut_again(rd, rs, st.probe);
                ref.fold = text::fold_hash(st.probe.work_view(), ps.start, ps.end);
            }
            ref.has_fold = true;
        }
        return ref.fold;
    };
    auto jaccard_with = [&](uint32_t r, const Segment& s) {
        const Document& cd = docs[st.refs[r].doc];
        const Segment& cs = cd.segments[st.refs[r].seg];
        if (st.refs[r].doc == d) return dd::exact_jaccard(cd, cs, doc, s, st.scratch);
        const Segment& ps = dd::cut_again(cd, cs, st.probe);
        return dd::exact_jaccard(st.probe, ps, doc, s, st.scratch);
    };
    for (uint32_t i = 0; i < doc.segments.size(); ++i) {
        const Segment& s = doc.segments[i];
        if (!s.kept() || in.f[i].words < kShortWords) continue;
        const uint64_t m = in.mset[i];
        const uint32_t head = st.by_mset.find(m);
        uint64_t fx = 0;
        uint32_t tail = kNone;
        if (head != kNone) {
            fx = text::fold_hash(doc.work_view(), s.start, s.end);
            uint32_t hit = kNone;
            for (uint32_t r = head; r != kNone; r = st.refs[r].next) {
                tail = r;
                if (fold_of(r) == fx) { hit = r; break; }
            }
            if (hit != kNone) {
                if (st.refs[hit].doc != d) cross.push_back({d, i, st.refs[hit].doc, st.refs[hit].seg, 1.0f});
                continue;
            }
        }
        const uint32_t sl = in.f[i].words >= dd::kMinNearWords ? in.sig_slot[i] : kNone;
        const uint16_t* sig = sl != kNone ? in.mins.data() + size_t(sl) * dd::kSigSize : nullptr;
        const uint64_t* keys = sl != kNone ? in.keys.data() + size_t(sl) * dd::kBands : nullptr;
        uint32_t best = kNone, seen[dd::kBands];
        int nseen = 0;
        float best_sim = 0;
        if (sig)  // the ten slots are far apart in a large index: fetch them all at once
            for (int b = 0; b < dd::kBands; ++b) st.bands.prefetch(keys[b]);
        for (int b = 0; sig && b < dd::kBands && nseen < kMaxCandidates; ++b) {
            uint32_t c = st.bands.find(keys[b]);
            if (c == kNone || st.refs[c].doc == d || std::find(seen, seen + nseen, c) != seen + nseen) continue;
            seen[nseen++] = c;
            if (st.store.estimate_folded(st.slot_of[c], sig) < kCandidate) continue;
            float sim = jaccard_with(c, s);
            if (sim > best_sim) { best_sim = sim; best = c; }
        }
        float need = in.f[i].words >= dd::kLongWords ? dd::kNearThreshold : dd::kNearThresholdShort;
        if (best != kNone && best_sim >= need) {
            cross.push_back({d, i, st.refs[best].doc, st.refs[best].seg, best_sim});
            continue;
        }
        const uint32_t slot = uint32_t(st.refs.size());
        CrossState::Ref ref{d, i};
        ref.has_fold = head != kNone;  // computed above
        ref.fold = fx;
        st.refs.push_back(ref);
        if (head == kNone) st.by_mset.find_or_insert(m, slot);
        else st.refs[tail].next = slot;  // tail: the chain's last ref (no hit, so walked to the end)
        st.slot_of.push_back(sig ? st.store.add_folded(sig) : kNone);
        if (sig)
            for (int b = 0; b < dd::kBands; ++b) st.bands.find_or_insert(keys[b], slot);
    }
}

}  // namespace

struct DedupCarry::Parts {
    CrossInputs in;
};
DedupCarry::DedupCarry() = default;
DedupCarry::~DedupCarry() = default;
DedupCarry::DedupCarry(DedupCarry&&) noexcept = default;
DedupCarry& DedupCarry::operator=(DedupCarry&&) noexcept = default;

struct DedupScratch::Parts {
    ScratchParts p;
    explicit Parts(size_t cache_words) : p(cache_words) {}
};
// At most one cache slot per 256 expected bytes, as a document's own cache (16 B a slot: 1/16).
DedupScratch::DedupScratch(size_t expected_bytes) : parts(std::make_unique<Parts>(std::min<size_t>(expected_bytes / 256, 4096))) {}
DedupScratch::~DedupScratch() = default;

void dedup_document(Document& doc, DedupCarry* carry, Team* team, DedupScratch* scratch) {
    ScratchParts* sp = scratch ? &scratch->parts->p : nullptr;
    if (!carry) { dedup_document(doc, static_cast<CrossInputs*>(nullptr), team, sp); return; }
    if (!carry->parts) carry->parts = std::make_unique<DedupCarry::Parts>();
    dedup_document(doc, &carry->parts->in, team, sp);
}

struct CrossDedup::State {
    CrossState st;
    explicit State(size_t total) : st(total) {}
};
CrossDedup::CrossDedup(size_t expected_segments) : state_(std::make_unique<State>(expected_segments)) {}
CrossDedup::~CrossDedup() = default;

void CrossDedup::add(std::vector<Document>& docs, uint32_t d, DedupCarry& carry,
                     std::vector<CrossDocumentDuplicate>& out) {
    if (!carry.parts) return;  // dedup_document() was not given this carry
    cross_step(docs, d, carry.parts->in, state_->st, out);
}

void dedup(std::vector<Document>& docs, std::vector<CrossDocumentDuplicate>& cross, Team* team) {
    cross.clear();
    // A clean-only document's text gets its original bytes back as soon as its own step is done
    // (the cross-document step of later documents cuts its segments again from the text).
    if (docs.size() < 2) {
        for (auto& doc : docs) {
            dedup_document(doc, static_cast<DedupCarry*>(nullptr), team);
            restore_text(doc);
        }
        return;
    }
    size_t total = 0, bytes = 0;
    for (const auto& d : docs) {
        total += d.segments.size();
        bytes += d.text.size();
    }
    CrossDedup across(total);
    DedupScratch scratch(bytes);
    for (uint32_t d = 0; d < docs.size(); ++d) {
        DedupCarry carry;
        dedup_document(docs[d], &carry, team, &scratch);
        across.add(docs, d, carry, cross);
        restore_text(docs[d]);
    }
}

}  // namespace np
