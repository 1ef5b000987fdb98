// ner_tagger.cpp — scoring, Viterbi decoding and the binary model format.
#include "ner_tagger.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "ner_text.hpp"

namespace np::ner {

namespace {

constexpr char kMagic[8] = {'N', 'P', 'N', 'E', 'R', 0, 0, 1};
constexpr uint32_t kVersion = 4;  // (3: 32-bit row keys, still read)
constexpr size_t kHeader = 8 + 4 * 6;
constexpr int kMaxExponent = 8;  // 127 << 8 still fits int16
constexpr int32_t kViterbiNeg = -(1 << 29);  // score of a label the BIO constraints forbid

uint32_t fnv32(const unsigned char* p, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; ++i) { h ^= p[i]; h *= 16777619u; }
    return h;
}

void put32(std::string& s, uint32_t v) { for (int i = 0; i < 4; ++i) s += char((v >> (8 * i)) & 0xFF); }
void put16(std::string& s, uint16_t v) { s += char(v & 0xFF); s += char(v >> 8); }
// Byte planes: byte 0 of every value, then byte 1 of every value, ... The high planes of small
// deltas are mostly zero, so gzip (the page is served compressed) packs them far better than
// interleaved or varint bytes: the model ships ~13% smaller.
void put_planes(std::string& s, const std::vector<uint32_t>& v) {
    for (int b = 0; b < 4; ++b)
        for (uint32_t x : v) s += char((x >> (8 * b)) & 0xFF);
}
uint32_t get32(const unsigned char* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24; }
uint16_t get16(const unsigned char* p) { return uint16_t(p[0] | (p[1] << 8)); }

// Smallest exponent e with every weight of the row = q * 2^e, |q| <= 127 (-1: not representable).
int row_exponent(const int16_t* r) {
    for (int e = 0; e <= kMaxExponent; ++e) {
        bool ok = true;
        for (int c = 0; c < kLabels && ok; ++c) {
            int v = r[c];
            ok = v % (1 << e) == 0 && v / (1 << e) >= -127 && v / (1 << e) <= 127;
        }
        if (ok) return e;
    }
    return -1;
}

}  // namespace

void TaggerModel::index() {
    size_t buckets = 8;
    while (buckets < keys.size() + 1) buckets *= 2;  // two places a key: at most half full
    table.assign(buckets, Bucket{});
    const size_t mask = buckets - 1;
    for (size_t r = 0; r < keys.size(); ++r) {
        if (!keys[r]) continue;  // 0 marks an empty place; the loader never gives key 0
        const size_t home = keys[r] & mask;
        size_t b = home;
        int j = 0;
        for (;; b = (b + 1) & mask) {
            for (j = 0; j < kBucketKeys && table[b].key[j] && table[b].key[j] != keys[r]; ++j) {}
            if (j < kBucketKeys) break;
        }
        if (b != home) table[home].overflow = 1;
        table[b].key[j] = keys[r];
        for (int c = 0; c < kLabels; ++c) table[b].w[j][c] = rows[r * kRow + size_t(c)];
    }
    viterbi_trans.clear();
    if (transitions.size() == size_t(kLabels + 1) * kLabels) {
        int32_t t32[(kLabels + 1) * kLabels];
        for (size_t i = 0; i < transitions.size(); ++i) t32[i] = transitions[i];
        viterbi_trans.resize(size_t(kLabels + 1) * kTransWide);
        mask_transitions(t32, viterbi_trans.data());
    }
}

// A key whose home bucket was full sits in the first later bucket that had room when it was
// added: search on until the key, or a bucket with an empty place (the key would be there or
// before it: places are never emptied).
const int16_t* TaggerModel::overflow_row(uint32_t key, size_t home_bucket) const {
    const size_t mask = table.size() - 1;
    for (size_t b = (home_bucket + 1) & mask; b != home_bucket; b = (b + 1) & mask) {
        for (int j = 0; j < kBucketKeys; ++j) {
            if (table[b].key[j] == row_key(key)) return table[b].w[j];
            if (!table[b].key[j]) return kNoRow;
        }
    }
    return kNoRow;
}

void fold_keys(TaggerModel& m) {
    std::vector<uint32_t> keys;
    std::vector<int16_t> rows;
    keys.reserve(m.keys.size());
    rows.reserve(m.rows.size());
    for (size_t r = 0; r < m.keys.size(); ++r) {
        const uint32_t k = row_key(m.keys[r]);
        const int16_t* w = &m.rows[r * kRow];
        if (!keys.empty() && keys.back() == k) {  // (sorted: keys that fall together are neighbours)
            int16_t* t = &rows[rows.size() - kRow];
            for (int c = 0; c < kRow; ++c) t[c] = int16_t(std::clamp(int(t[c]) + int(w[c]), -32767, 32767));
            continue;
        }
        keys.push_back(k);
        rows.insert(rows.end(), w, w + kRow);
    }
    m.keys = std::move(keys);
    m.rows = std::move(rows);
}

// Rows whose weights are not q * 2^e (|q| <= 127, e <= 8) cannot be written: training
// produces only representable rows (and fold_keys() sums of them, rarely); serialize() rounds any
// other row to the nearest one.
std::string serialize(const TaggerModel& m) {
    const size_t nrows = m.keys.size(), nvocab = m.lower_vocab.keys.size();
    std::vector<uint32_t> row_deltas(nrows), vocab_deltas(nvocab);
    std::string heads_lo(nrows, '\0'), heads_hi(nrows, '\0'), weights;
    weights.reserve(nrows * 5);
    uint32_t prev = 0;
    for (size_t r = 0; r < nrows; ++r) {
        const uint32_t k = m.keys[r] & ((1u << (32 - kKeyShift)) - 1);  // (row keys: the top bit is implied)
        row_deltas[r] = k - prev;
        prev = k;
        const int16_t* row = &m.rows[r * kRow];
        int e = row_exponent(row);
        int16_t q[kLabels];
        if (e < 0) {  // not from training: round to 8 bits with the smallest exponent that fits
            int mx = 0;
            for (int c = 0; c < kLabels; ++c) mx = std::max(mx, std::abs(int(row[c])));
            e = 0;
            while (e < kMaxExponent && (mx >> e) > 127) ++e;
            for (int c = 0; c < kLabels; ++c) q[c] = int16_t(std::clamp(int(row[c]) / (1 << e), -127, 127));
        } else {
            for (int c = 0; c < kLabels; ++c) q[c] = int16_t(row[c] / (1 << e));
        }
        uint16_t head = uint16_t(e << 11);
        for (int c = 0; c < kLabels; ++c) if (q[c]) head |= uint16_t(1u << c);
        heads_lo[r] = char(head & 0xFF);
        heads_hi[r] = char(head >> 8);
        for (int c = 0; c < kLabels; ++c) if (q[c]) weights += char(int8_t(q[c]));
    }
    prev = 0;
    for (size_t i = 0; i < nvocab; ++i) { vocab_deltas[i] = m.lower_vocab.keys[i] - prev; prev = m.lower_vocab.keys[i]; }

    std::string s;
    s.reserve(kHeader + m.transitions.size() * 2 + nvocab * 4 + nrows * 6 + weights.size() + 4);
    s.append(kMagic, 8);
    put32(s, kVersion);
    put32(s, kLabels);
    put32(s, uint32_t(nrows));
    put32(s, uint32_t(nvocab));
    uint32_t sc;
    std::memcpy(&sc, &m.scale, 4);
    put32(s, sc);
    put32(s, 0);
    for (int16_t w : m.transitions) put16(s, uint16_t(w));
    put_planes(s, vocab_deltas);
    put_planes(s, row_deltas);
    s += heads_lo;
    s += heads_hi;
    s += weights;
    put32(s, fnv32(reinterpret_cast<const unsigned char*>(s.data()), s.size()));
    return s;
}

bool load_tagger(std::string_view data, TaggerModel& m, std::string& error) {
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    if (data.size() < kHeader + 4 || std::memcmp(p, kMagic, 8) != 0) {
        error = "not a NewsPrism tagger model (bad magic or too short)";
        return false;
    }
    uint32_t version = get32(p + 8), labels = get32(p + 12), nrows = get32(p + 16), vocab = get32(p + 20);
    if (version != kVersion && version != 3) {
        error = "unsupported model version " + std::to_string(version) + " (expected " + std::to_string(kVersion) + ")";
        return false;
    }
    if (labels != kLabels) { error = "model has " + std::to_string(labels) + " labels, expected " + std::to_string(kLabels); return false; }
    const size_t nt = size_t(kLabels + 1) * kLabels;
    const size_t end = data.size() - 4;
    // Fixed-size parts (all but the weights) must fit: bounds before allocating.
    const size_t fixed = kHeader + nt * 2 + size_t(vocab) * 4 + size_t(nrows) * 6;
    if (size_t(vocab) > end || size_t(nrows) > end || fixed > end) {
        error = "model size " + std::to_string(data.size()) + " bytes is too small for its header (truncated or corrupt)";
        return false;
    }
    if (fnv32(p, end) != get32(p + end)) { error = "model checksum mismatch (truncated or corrupt file)"; return false; }
    TaggerModel out;
    uint32_t sc = get32(p + 24);
    std::memcpy(&out.scale, &sc, 4);
    size_t q = kHeader;
    out.transitions.resize(nt);
    for (size_t i = 0; i < nt; ++i, q += 2) out.transitions[i] = int16_t(get16(p + q));
    // Keys are sums of non-zero deltas: strictly increasing, below 2^bits.
    // (a version 4 row key may be 0: its implied top bit keeps it off the table's empty mark)
    auto read_keys = [&](size_t n, std::vector<uint32_t>& keys, int bits, bool zero_first) {
        keys.resize(n);
        uint64_t key = 0;
        for (size_t i = 0; i < n; ++i) {
            const uint32_t delta = uint32_t(p[q + i]) | uint32_t(p[q + n + i]) << 8 | uint32_t(p[q + 2 * n + i]) << 16 |
                                   uint32_t(p[q + 3 * n + i]) << 24;
            key += delta;
            if ((delta == 0 && !(i == 0 && zero_first)) || key >> bits) return false;
            keys[i] = uint32_t(key);
        }
        q += 4 * n;
        return true;
    };
    if (!read_keys(vocab, out.lower_vocab.keys, 32, false)) { error = "model vocabulary not sorted (corrupt)"; return false; }
    if (!read_keys(nrows, out.keys, version == 3 ? 32 : 32 - kKeyShift, version != 3)) {
        error = "model row keys out of order (corrupt)";
        return false;
    }
    if (version != 3)
        for (uint32_t& k : out.keys) k |= 1u << (32 - kKeyShift);  // (the row keys' implied bit)
    const unsigned char* lo = p + q;
    const unsigned char* hi = p + q + nrows;
    q += 2 * size_t(nrows);
    out.rows.assign(size_t(nrows) * kRow, 0);
    for (size_t r = 0; r < nrows; ++r) {
        uint16_t head = uint16_t(lo[r] | (hi[r] << 8));
        int e = (head >> 11) & 0xF;
        if ((head & 0x8000) || e > kMaxExponent || (head & 0x7FF) >> kLabels) {
            error = "model row " + std::to_string(r) + ": bad row header (corrupt)";
            return false;
        }
        for (int c = 0; c < kLabels; ++c) {
            if (!(head & (1u << c))) continue;
            if (q >= end) { error = "model truncated in row " + std::to_string(r); return false; }
            int v = int8_t(p[q++]);
            if (v == 0 || v == -128) { error = "model row " + std::to_string(r) + ": bad weight (corrupt)"; return false; }
            out.rows[r * kRow + size_t(c)] = int16_t(v * (1 << e));
        }
    }
    if (q != end) { error = "model has " + std::to_string(end - q) + " bytes after the last row (corrupt)"; return false; }
    if (version == 3) fold_keys(out);
    out.index();
    out.lower_vocab.index();
    m = std::move(out);
    return true;
}

void mask_transitions(const int32_t* trans, int32_t* masked) {
    for (int p = 0; p <= kLabels; ++p)
        for (int c = 0; c < kTransWide; ++c)
            masked[p * kTransWide + c] = c < kLabels && allowed(p, c) ? trans[p * kLabels + c] : kForbidden;
}

void viterbi(const int32_t* scores, size_t n, const int32_t* trans, std::vector<uint8_t>& labels, TagScratch* scratch) {
    int32_t masked[(kLabels + 1) * kTransWide];
    mask_transitions(trans, masked);
    viterbi_masked(scores, n, masked, labels, scratch);
}

namespace {

// Viterbi keeps only the best score of each label at each token; the back pointer of a label
// is found again when the backtrace reaches it (best_previous()): one label per token instead
// of all eleven (exact: it is the same search over the same numbers).

// The best previous label for `c`: the first one with the highest prev[p] + masked[p][c]
// among the labels BIO allows before c (O and B-X after any label, I-X only after B-X or I-X).
// *value = that sum, or kViterbiNeg when none beats it.
int best_previous(const int32_t* prev, const int32_t* masked, int c, int32_t* value) {
    int32_t bv = kViterbiNeg;
    int bp = 0;
    const bool any = c == 0 || label_begins(c);
    for (int p = any ? 0 : c - 1, to = any ? kLabels - 1 : c; p <= to; ++p) {
        const int32_t v = prev[p] + masked[p * kTransWide + c];
        if (v > bv) { bv = v; bp = p; }
    }
    *value = bv;
    return bp;
}

#if defined(__SSE2__) || defined(__wasm_simd128__)
// The best sum of every label at once, 4 labels per vector (the compiler's generic vectors:
// SSE2 natively, WebAssembly SIMD in the worker). A forbidden pair sums to prev[p] + kForbidden
// <= kViterbiNeg (path scores stay far below 2^29 in magnitude: at most 256 tokens of at most
// kMaxFeatures int16 weights), so it never beats the kViterbiNeg start: the maxima are
// best_previous()'s.
typedef int32_t V4 __attribute__((vector_size(16)));
typedef int32_t V4u __attribute__((vector_size(16), aligned(4)));  // unaligned loads

void best_sums(const int32_t* prev, const int32_t* masked, int32_t* out) {
    V4 b[3];
    for (int j = 0; j < 3; ++j) b[j] = V4{kViterbiNeg, kViterbiNeg, kViterbiNeg, kViterbiNeg};
    for (int p = 0; p < kLabels; ++p) {
        const int32_t x = prev[p];
        const V4 pv = V4{x, x, x, x};
        const V4u* t = reinterpret_cast<const V4u*>(masked + p * kTransWide);
        for (int j = 0; j < 3; ++j) {
            const V4 v = pv + V4(t[j]);
            const V4 gt = v > b[j];
            b[j] = (v & gt) | (b[j] & ~gt);
        }
    }
    std::memcpy(out, b, sizeof b);
}
#else
void best_sums(const int32_t* prev, const int32_t* masked, int32_t* out) {
    for (int c = 0; c < kLabels; ++c) best_previous(prev, masked, c, &out[c]);
}
#endif

}  // namespace

void viterbi_masked(const int32_t* scores, size_t n, const int32_t* masked, std::vector<uint8_t>& labels,
                    TagScratch* scratch) {
    labels.assign(n, 0);
    if (n == 0) return;
    constexpr int32_t kNeg = kViterbiNeg;
    TagScratch own;
    TagScratch& sc_ = scratch ? *scratch : own;
    std::vector<int32_t>& best = sc_.best;
    best.resize(n * kLabels);
    const int32_t* start = masked + kLabels * kTransWide;
    for (int c = 0; c < kLabels; ++c)
        best[size_t(c)] = start[c] != kForbidden ? scores[c] + start[c] : kNeg;
    for (size_t i = 1; i < n; ++i) {
        int32_t bv[kTransWide];
        best_sums(&best[(i - 1) * kLabels], masked, bv);
        int32_t* cur = &best[i * kLabels];
        const int32_t* sc = &scores[i * kLabels];
        for (int c = 0; c < kLabels; ++c) cur[c] = bv[c] == kNeg ? kNeg : bv[c] + sc[c];
    }
    int cur = 0;
    int32_t bv = kNeg - 1;
    for (int c = 0; c < kLabels; ++c)
        if (best[(n - 1) * kLabels + size_t(c)] > bv) { bv = best[(n - 1) * kLabels + size_t(c)]; cur = c; }
    for (size_t i = n; i-- > 0;) {
        labels[i] = uint8_t(cur);
        int32_t unused;
        if (i) cur = best_previous(&best[(i - 1) * kLabels], masked, cur, &unused);
    }
}

void tag(const TaggerModel& m, const SentenceInfo& s, std::vector<uint8_t>& labels, bool skip_lowercase, TagScratch* scratch) {
    const size_t n = s.tokens.size();
    labels.assign(n, 0);
    if (m.empty() || n == 0) return;
    TagScratch own;
    TagScratch& sc_ = scratch ? *scratch : own;
    // Which tokens need scoring (scored_tokens()): other words are O (a lowercase word next to
    // a name is outside it), and the O -> X / X -> O transitions at a stretch's edges are
    // added below. prepare_sentence() may have chosen them already (and prepared only them).
    const uint8_t* need = s.scored.data();  // (prepare_sentence's choice is read in place)
    if (s.scored.size() != n) {
        if (skip_lowercase) scored_tokens(s.tokens, sc_.need);
        else sc_.need.assign(n, 1);
        need = sc_.need.data();
    }
    // The transitions in Viterbi's layout: the model's (index()), else made here. Below, the
    // stretch edges read row O, the start row and column O from it; a pair BIO forbids
    // (O -> I-X, start -> I-X) holds kForbidden there, but those sums go only into I-X scores
    // of a stretch's first token, which decoding never reads (I-X cannot start a stretch).
    int32_t masked_here[(kLabels + 1) * kTransWide];
    const int32_t* masked = m.viterbi_trans.data();
    if (m.viterbi_trans.size() != size_t(kLabels + 1) * kTransWide) {
        int32_t trans[(kLabels + 1) * kLabels];
        for (int i = 0; i < (kLabels + 1) * kLabels; ++i) trans[i] = m.transitions[size_t(i)];
        mask_transitions(trans, masked_here);
        masked = masked_here;
    }
    const int32_t* from_o = masked;                          // O -> c
    const int32_t* from_start = masked + kLabels * kTransWide;  // sentence start -> c
    std::vector<int32_t>& scores = sc_.scores;
    std::vector<uint8_t>& part = sc_.part;
    // Feature keys of every scored token first, each table slot prefetched as its key is
    // known: by the time scoring reads them most are in cache (the misses overlap; no-op
    // where the compiler has no prefetch, as in wasm).
    std::vector<uint32_t>& feats = sc_.feats;
    std::vector<uint32_t>& feat_at = sc_.feat_at;
    feat_at.resize(n + 1);  // (every entry is written below)
    size_t scored = 0;
    for (size_t k = 0; k < n; ++k) scored += need[k];
    if (feats.size() < scored * kMaxFeatures) feats.resize(scored * kMaxFeatures);
    // A word whose own feature sums are cached (TokenInfo::own) gets only its context keys; one
    // that fills the cache gets its own keys first (own_n of them), then the others.
    OwnScoreCache* cache = s.own_cache;
    std::vector<uint8_t>& own_n = sc_.own_n;
    own_n.resize(n);
    size_t at = 0;
    [[maybe_unused]] uint32_t touched = 0;
    for (size_t k = 0; k < n; ++k) {
        feat_at[k] = uint32_t(at);  // token k's keys: [feat_at[k], feat_at[k + 1])
        if (!need[k]) continue;
        const TokenInfo& t = s.tokens[k];
        int nf;
        if (cache && t.own && !t.own_fill) {
            nf = token_context_features(s, k, &feats[at]);
        } else if (cache && t.own) {
            own_n[k] = uint8_t(token_own_features(s, k, &feats[at]));
            nf = own_n[k] + token_context_features(s, k, &feats[at + own_n[k]]);
        } else {
            nf = token_features(s, k, &feats[at]);
        }
#if defined(__wasm__)
        // wasm has no prefetch: a plain load of each slot's first key does its work (the loads
        // do not depend on each other, so their misses overlap as prefetches' would)
        if (!m.table.empty())
            for (int f = 0; f < nf; ++f) touched ^= m.table[m.bucket_of(feats[at + size_t(f)])].key[0];
#else
        for (int f = 0; f < nf; ++f) __builtin_prefetch(m.home(feats[at + size_t(f)]));
#endif
        at += size_t(nf);
    }
    feat_at[n] = uint32_t(at);
#if defined(__wasm__)
    sc_.touched = touched;  // (kept, so the loads above are not optimized away)
#endif
    const bool indexed = !m.table.empty();  // else no row is found: every score is 0
    auto add_rows = [&](uint32_t from, uint32_t to, int32_t* acc) {
        for (uint32_t f = from; indexed && f < to; ++f) {
            const int16_t* row = m.scoring_row(feats[f]);  // zeros for a key not in the model
            for (int c = 0; c < TaggerModel::kWide; ++c) acc[c] += row[c];
        }
    };
    static_assert(OwnScoreCache::kWide == TaggerModel::kWide, "cached sums are whole slots");
    for (size_t i = 0; i < n;) {
        if (!need[i]) { ++i; continue; }
        size_t j = i;
        while (j < n && need[j] && j - i < 256) ++j;  // bounded: int32 scores never overflow
        scores.resize((j - i) * kLabels);  // every score is written below
        for (size_t k = i; k < j; ++k) {
            int32_t acc[TaggerModel::kWide] = {0};
            const TokenInfo& t = s.tokens[k];
            uint32_t from = feat_at[k];
            if (cache && t.own) {
                OwnScoreCache::Entry& e = cache->entries[t.own - 1];
                if (t.own_fill) {
                    add_rows(from, from + own_n[k], acc);
                    from += own_n[k];
                    for (int c = 0; c < TaggerModel::kWide; ++c) e.sum[c] = acc[c];
                    e.ready = true;
                } else {
                    for (int c = 0; c < TaggerModel::kWide; ++c) acc[c] = e.sum[c];
                }
            }
            add_rows(from, feat_at[k + 1], acc);
            int32_t* sc = &scores[(k - i) * kLabels];
            for (int c = 0; c < kLabels; ++c) sc[c] = acc[c];
        }
        // A stretch after an unscored word starts after O, and one before an unscored word ends
        // before O: its first and last scores take those transitions.
        if (i > 0)
            for (int c = 0; c < kLabels; ++c) scores[size_t(c)] += from_o[c] - from_start[c];
        if (j < n)
            for (int c = 0; c < kLabels; ++c) scores[(j - i - 1) * kLabels + size_t(c)] += masked[c * kTransWide + 0];
        if (j - i == 1) {
            // A lone scored word (most stretches): Viterbi over one token is the best allowed
            // start label, the first of equal ones, as viterbi() picks it.
            int best = 0;
            int32_t bv = kViterbiNeg - 1;
            for (int c = 0; c < kLabels; ++c) {
                const int32_t v = allowed(kLabels, c) ? scores[size_t(c)] + from_start[c] : kViterbiNeg;
                if (v > bv) { bv = v; best = c; }
            }
            labels[i] = uint8_t(best);
        } else {
            viterbi_masked(scores.data(), j - i, masked, part, &sc_);
            for (size_t k = i; k < j; ++k) labels[k] = part[k - i];
        }
        i = j;
    }
}

}  // namespace np::ner
