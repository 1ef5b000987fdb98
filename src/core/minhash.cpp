// minhash.cpp — near-duplicate signatures (one-permutation MinHash) and a flat hash index.
//
// Why one-permutation: classic MinHash hashes every shingle K times; here each shingle is
// hashed once and its hash goes to one of K bins (min kept per bin), so a signature costs
// O(words) instead of O(K*words). Empty bins (short segments) borrow the next filled bin
// ("rotation densification"). The estimate only nominates candidates; the reported
// similarity is the exact Jaccard of the two shingle sets (computed for candidates only).
#include <algorithm>
#include <bit>

#include "dedup_parts.hpp"
#include "stage_inputs.hpp"
#include "text.hpp"

namespace np::dd {

namespace {
// A-Z lowered, every other byte itself: one load instead of a compare and a select per byte.
constexpr auto kLowerByte = [] {
    struct T { unsigned char v[256] = {}; } t{};
    for (int c = 0; c < 256; ++c) t.v[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return t;
}();

// Hasher over the lowered bytes of a word, ignorable bytes (0x7F) skipped. Two bytes a step
// where neither is 0x7F (the same sequence of Hasher::byte() steps, fewer loop tests).
// (Hashing 8 bytes from a register with an unrolled FNV step per byte measured no better:
// FNV-1a is one serial multiply per byte whichever way the bytes arrive.)
uint64_t word_hash(std::string_view w, uint32_t s, uint32_t e) {
    text::Hasher h;
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    uint32_t i = s;
    for (; i + 2 <= e; i += 2) {
        unsigned char a = p[i], b = p[i + 1];
        if (a == 0x7F || b == 0x7F) break;
        h.byte(kLowerByte.v[a]);
        h.byte(kLowerByte.v[b]);
    }
    for (; i < e; ++i) {
        unsigned char c = p[i];
        if (c != 0x7F) h.byte(kLowerByte.v[c]);
    }
    return h.done();
}

// word_hash() through the cache when one is given (see WordHashCache in dedup_parts.hpp): a
// word of at most 8 bytes is keyed by its raw bytes, zero-filled (work text has no NUL byte,
// and a word is never empty, so the key tells the word, and 0 marks an empty slot). The value
// is word_hash() of those same bytes: a hit returns exactly what the call would.
inline uint64_t cached_word_hash(std::string_view w, uint32_t s, uint32_t e, WordHashCache* cache) {
    const uint32_t n = e - s;
    if (!cache || n - 1 >= 8 || size_t(s) + 8 > w.size()) return word_hash(w, s, e);
    const uint64_t key = text::load8(w.data() + s) & (~0ull >> (64 - 8 * n));
    WordHashCache::Entry& en = cache->slots[size_t((key * 0x9E3779B97F4A7C15ull) >> cache->shift)];
    if (en.key == key) return en.hash;
    en.key = key;
    en.hash = word_hash(w, s, e);
    return en.hash;
}

// Calls fn(shingle_hash) for every word bigram of the segment.
template <class Fn>
void for_each_shingle(const Document& doc, const Segment& seg, std::vector<Token>& scratch, WordHashCache* cache,
                      Fn&& fn) {
    if (seg.sentence_count == 0) return;
    uint64_t prev = 0;
    bool first = true;
    const std::string_view w = doc.work_view();
    const std::span<const Token> toks = segment_tokens(doc, seg, scratch);
    const Token* t = toks.data();
    const Token* const stop = t + toks.size();
    for (; t < stop; ++t) {
        const TokenKind k = t->kind;
        if (k != TokenKind::word && k != TokenKind::number) continue;
        uint64_t h = cached_word_hash(w, t->start, t->end, cache);
        if (!first) fn(text::mix64(prev * 0x9E3779B97F4A7C15ull ^ h));
        prev = h;
        first = false;
    }
}

void shingle_set(const Document& doc, const Segment& seg, std::vector<uint64_t>& out, std::vector<Token>& scratch,
                 WordHashCache* cache) {
    out.clear();
    for_each_shingle(doc, seg, scratch, cache, [&](uint64_t sh) { out.push_back(sh); });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

// Members two sorted sets of shingles share.
size_t common(const std::vector<uint64_t>& x, const std::vector<uint64_t>& y) {
    size_t i = 0, j = 0, both = 0;
    while (i < x.size() && j < y.size()) {
        if (x[i] == y[j]) { ++both; ++i; ++j; }
        else if (x[i] < y[j]) ++i;
        else ++j;
    }
    return both;
}

}  // namespace

float exact_jaccard(const Document& da, const Segment& a, const Document& db, const Segment& b,
                    JaccardScratch& scratch) {
    std::vector<uint64_t>&x = scratch.x, &y = scratch.y;
    shingle_set(da, a, x, scratch.tokens, scratch.words);
    shingle_set(db, b, y, scratch.tokens, scratch.words);
    if (x.empty() && y.empty()) return 1.0f;
    const size_t both = common(x, y);
    return float(double(both) / double(x.size() + y.size() - both));
}

float containment(const Document& doc, const Segment& s, std::span<const uint32_t> sources,
                  JaccardScratch& scratch) {
    std::vector<uint64_t>&x = scratch.x, &y = scratch.y;
    shingle_set(doc, s, x, scratch.tokens, scratch.words);
    if (x.empty()) return 0.0f;
    y.clear();
    for (uint32_t k : sources)
        for_each_shingle(doc, doc.segments[k], scratch.tokens, scratch.words, [&](uint64_t sh) { y.push_back(sh); });
    std::sort(y.begin(), y.end());
    y.erase(std::unique(y.begin(), y.end()), y.end());
    return float(double(common(x, y)) / double(x.size()));
}

WordHashCache::WordHashCache(size_t words) {
    size_t n = 64;
    shift = 58;
    while (n < 16384 && n < words) { n <<= 1; --shift; }
    slots.assign(n, Entry{});
}

bool signature(const Document& doc, const Segment& seg, uint32_t* sig, WordHashCache* cache) {
    std::vector<Token> scratch;
    return signature(doc, seg, sig, scratch, cache);
}

bool signature(const Document& doc, const Segment& seg, uint32_t* sig, std::vector<Token>& scratch,
               WordHashCache* cache) {
    for (int k = 0; k < kSigSize; ++k) sig[k] = UINT32_MAX;
    uint32_t filled = 0;  // bit k: bin k has a shingle
    for_each_shingle(doc, seg, scratch, cache, [&](uint64_t sh) {
        uint32_t bin = uint32_t(sh >> 59);  // top 5 bits: one of 32 bins
        uint32_t v = uint32_t(sh);          // low 32 bits: the value
        if (v < sig[bin]) {
            sig[bin] = v;
            filled |= 1u << bin;
        }
    });
    // No shingle (or, with odds of 2^-32 a shingle, only shingles of value UINT32_MAX, which
    // leave every bin empty): no signature.
    if (filled == 0) return false;
    // Densify: an empty bin takes the value of the next originally filled bin (circularly),
    // salted by the distance so that two empty bins do not copy the same value. The distance
    // d from bin k is found with one rotate and count of the mask of filled bins.
    static_assert(kSigSize == 32, "the filled-bin mask is one uint32_t");
    for (uint32_t empty = ~filled; empty != 0; empty &= empty - 1) {
        const int k = std::countr_zero(empty);
        const int d = std::countr_zero(std::rotr(filled, (k + 1) & 31)) + 1;  // 1..31 (filled != 0)
        const int j = (k + d) & 31;
        sig[k] = uint32_t(text::mix64(uint64_t(sig[j]) + uint64_t(d) * 0x100000001ull)) | 0x80000000u;
    }
    return true;
}

float estimate_jaccard(const uint32_t* a, const uint32_t* b) {
    int same = 0;
    for (int k = 0; k < kSigSize; ++k) same += a[k] == b[k];
    return float(same) / float(kSigSize);
}

// One mix per band: the three minima packed into one 64-bit value (two in a word, the third
// times an odd constant, plus a per-band salt) go through the splitmix64 finalizer, a bijection,
// so two bands collide only when the packed values do (~2^-64 for hash-valued minima).
uint64_t band_key(const uint32_t* sig, int band) {
    static_assert(kRows == 3, "band_key packs three minima");
    const uint32_t* r = sig + band * kRows;
    const uint64_t packed = ((uint64_t(r[0]) << 32) | r[1]) + uint64_t(r[2]) * 0xD6E8FEB86659FD93ull;
    return text::mix64(packed ^ (uint64_t(band + 1) * 0xA0761D6478BD642Full));
}

FlatIndex::FlatIndex(size_t expected) { reset(expected); }

void FlatIndex::reset(size_t expected) {
    size_t cap = 16;
    while (cap < expected * 2) cap <<= 1;
    keys_.assign(cap, 0);
    vals_.assign(cap, UINT32_MAX);
    mask_ = cap - 1;
    used_ = 0;
}

void FlatIndex::grow() {
    std::vector<uint64_t> ok = std::move(keys_);
    std::vector<uint32_t> ov = std::move(vals_);
    size_t cap = ok.size() * 2;
    keys_.assign(cap, 0);
    vals_.assign(cap, UINT32_MAX);
    mask_ = cap - 1;
    used_ = 0;
    for (size_t i = 0; i < ok.size(); ++i)
        if (ov[i] != UINT32_MAX) find_or_insert(ok[i], ov[i]);
}

uint32_t FlatIndex::find_or_insert(uint64_t key, uint32_t value) {
    if ((used_ + 1) * 2 > keys_.size()) grow();
    size_t i = size_t(text::mix64(key)) & mask_;
    while (vals_[i] != UINT32_MAX) {
        if (keys_[i] == key) return vals_[i];
        i = (i + 1) & mask_;
    }
    keys_[i] = key;
    vals_[i] = value;
    ++used_;
    return UINT32_MAX;
}

uint32_t FlatIndex::find(uint64_t key) const {
    size_t i = size_t(text::mix64(key)) & mask_;
    while (vals_[i] != UINT32_MAX) {
        if (keys_[i] == key) return vals_[i];
        i = (i + 1) & mask_;
    }
    return UINT32_MAX;
}

BandIndex::BandIndex(size_t expected) { reset(expected); }

void BandIndex::reset(size_t expected) {
    size_t cap = expected + expected / 3 + 16;  // load <= 3/4 for `expected` entries
    slots_.assign(cap, Slot{0, UINT32_MAX});
    used_ = 0;
}

// The slot of an entry is a function of its tag alone, so growing rehashes the tags.
void BandIndex::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{0, UINT32_MAX});
    const size_t cap = slots_.size();
    used_ = 0;
    for (const Slot& s : old) {
        if (s.value == UINT32_MAX) continue;
        size_t i = home(s.tag);
        while (slots_[i].value != UINT32_MAX) i = i + 1 == cap ? 0 : i + 1;
        slots_[i] = s;
        ++used_;
    }
}

uint32_t BandIndex::find_or_insert(uint64_t key, uint32_t value) {
    if ((used_ + 1) * 4 > slots_.size() * 3) grow();
    const uint32_t tag = uint32_t(key >> 32);
    const size_t cap = slots_.size();
    size_t i = home(tag);
    while (slots_[i].value != UINT32_MAX) {
        if (slots_[i].tag == tag) return slots_[i].value;
        i = i + 1 == cap ? 0 : i + 1;
    }
    slots_[i] = Slot{tag, value};
    ++used_;
    return UINT32_MAX;
}

uint32_t BandIndex::find(uint64_t key) const {
    const uint32_t tag = uint32_t(key >> 32);
    const size_t cap = slots_.size();
    size_t i = home(tag);
    while (slots_[i].value != UINT32_MAX) {
        if (slots_[i].tag == tag) return slots_[i].value;
        i = i + 1 == cap ? 0 : i + 1;
    }
    return UINT32_MAX;
}

}  // namespace np::dd
