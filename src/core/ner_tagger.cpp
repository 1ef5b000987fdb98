// ner_tagger.cpp — scoring, Viterbi decoding and the binary model format.
#include "ner_tagger.hpp"

#include <cstring>

#include "ner_text.hpp"

namespace np::ner {

namespace {

constexpr char kMagic[8] = {'N', 'P', 'N', 'E', 'R', 0, 0, 1};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeader = 8 + 4 * 6;

uint32_t fnv32(const unsigned char* p, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; ++i) { h ^= p[i]; h *= 16777619u; }
    return h;
}

void put32(std::string& s, uint32_t v) { for (int i = 0; i < 4; ++i) s += char((v >> (8 * i)) & 0xFF); }
void put16(std::string& s, int16_t v) { uint16_t u = uint16_t(v); s += char(u & 0xFF); s += char(u >> 8); }
void put64(std::string& s, uint64_t v) { for (int i = 0; i < 8; ++i) s += char((v >> (8 * i)) & 0xFF); }
uint32_t get32(const unsigned char* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24; }
int16_t get16(const unsigned char* p) { return int16_t(uint16_t(p[0] | (p[1] << 8))); }
uint64_t get64(const unsigned char* p) { return uint64_t(get32(p)) | uint64_t(get32(p + 4)) << 32; }

}  // namespace

std::string serialize(const TaggerModel& m) {
    std::string s;
    s.reserve(kHeader + m.weights.size() * 2 + m.transitions.size() * 2 + m.lower_vocab.keys.size() * 8 + 4);
    s.append(kMagic, 8);
    put32(s, kVersion);
    put32(s, kLabels);
    put32(s, uint32_t(m.bits));
    put32(s, uint32_t(m.lower_vocab.keys.size()));
    uint32_t sc;
    std::memcpy(&sc, &m.scale, 4);
    put32(s, sc);
    put32(s, 0);
    for (int16_t w : m.weights) put16(s, w);
    for (int16_t w : m.transitions) put16(s, w);
    for (uint64_t k : m.lower_vocab.keys) put64(s, k);
    put32(s, fnv32(reinterpret_cast<const unsigned char*>(s.data()), s.size()));
    return s;
}

bool load_tagger(std::string_view data, TaggerModel& m, std::string& error) {
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    if (data.size() < kHeader + 4 || std::memcmp(p, kMagic, 8) != 0) {
        error = "not a NewsPrism tagger model (bad magic or too short)";
        return false;
    }
    uint32_t version = get32(p + 8), labels = get32(p + 12), bits = get32(p + 16), vocab = get32(p + 20);
    if (version != kVersion) { error = "unsupported model version " + std::to_string(version); return false; }
    if (labels != kLabels) { error = "model has " + std::to_string(labels) + " labels, expected " + std::to_string(kLabels); return false; }
    if (bits < 8 || bits > 24) { error = "bad bucket bits " + std::to_string(bits); return false; }
    if (vocab > (1u << 24)) { error = "bad vocabulary size"; return false; }
    size_t nw = (size_t(1) << bits) * kLabels, nt = size_t(kLabels + 1) * kLabels;
    size_t expect = kHeader + nw * 2 + nt * 2 + size_t(vocab) * 8 + 4;
    if (data.size() != expect) {
        error = "model size " + std::to_string(data.size()) + " bytes, expected " + std::to_string(expect) + " (truncated or corrupt)";
        return false;
    }
    if (fnv32(p, expect - 4) != get32(p + expect - 4)) { error = "model checksum mismatch (corrupt file)"; return false; }
    m.bits = int(bits);
    uint32_t sc = get32(p + 24);
    std::memcpy(&m.scale, &sc, 4);
    const unsigned char* q = p + kHeader;
    m.weights.resize(nw);
    for (size_t i = 0; i < nw; ++i, q += 2) m.weights[i] = get16(q);
    m.transitions.resize(nt);
    for (size_t i = 0; i < nt; ++i, q += 2) m.transitions[i] = get16(q);
    m.lower_vocab.keys.resize(vocab);
    for (size_t i = 0; i < vocab; ++i, q += 8) m.lower_vocab.keys[i] = get64(q);
    for (size_t i = 1; i < vocab; ++i)
        if (m.lower_vocab.keys[i - 1] >= m.lower_vocab.keys[i]) { error = "model vocabulary not sorted (corrupt)"; return false; }
    pad_rows(m);
    return true;
}

void pad_rows(TaggerModel& m) {
    size_t rows = m.weights.size() / kLabels;
    m.padded.assign(rows * kRow, 0);
    for (size_t r = 0; r < rows; ++r)
        for (int c = 0; c < kLabels; ++c) m.padded[r * kRow + size_t(c)] = m.weights[r * kLabels + size_t(c)];
}

void viterbi(const int32_t* scores, size_t n, const int32_t* trans, std::vector<uint8_t>& labels) {
    labels.assign(n, 0);
    if (n == 0) return;
    constexpr int32_t kNeg = -(1 << 29);
    std::vector<int32_t> best(n * kLabels);
    std::vector<uint8_t> back(n * kLabels);
    for (int c = 0; c < kLabels; ++c)
        best[size_t(c)] = allowed(kLabels, c) ? scores[c] + trans[kLabels * kLabels + c] : kNeg;
    for (size_t i = 1; i < n; ++i) {
        for (int c = 0; c < kLabels; ++c) {
            int32_t bv = kNeg;
            int bp = 0;
            for (int p = 0; p < kLabels; ++p) {
                if (!allowed(p, c)) continue;
                int32_t v = best[(i - 1) * kLabels + size_t(p)] + trans[p * kLabels + c];
                if (v > bv) { bv = v; bp = p; }
            }
            best[i * kLabels + size_t(c)] = bv == kNeg ? kNeg : bv + scores[i * kLabels + size_t(c)];
            back[i * kLabels + size_t(c)] = uint8_t(bp);
        }
    }
    int cur = 0;
    int32_t bv = kNeg - 1;
    for (int c = 0; c < kLabels; ++c)
        if (best[(n - 1) * kLabels + size_t(c)] > bv) { bv = best[(n - 1) * kLabels + size_t(c)]; cur = c; }
    for (size_t i = n; i-- > 0;) {
        labels[i] = uint8_t(cur);
        if (i) cur = back[i * kLabels + size_t(cur)];
    }
}

void tag(const TaggerModel& m, const SentenceInfo& s, std::vector<uint8_t>& labels, bool skip_lowercase) {
    const size_t n = s.tokens.size();
    labels.assign(n, 0);
    if (m.empty() || n == 0) return;
    // Which tokens need scoring: capitalized words, gazetteer hits, and one word either side.
    std::vector<uint8_t> need(n, skip_lowercase ? 0 : 1);
    if (skip_lowercase) {
        for (size_t i = 0; i < n; ++i) {
            const TokenInfo& t = s.tokens[i];
            Case c = Case(t.cs);
            bool cand = c == Case::title || c == Case::upper || c == Case::mixed ||
                        ((t.gaz_b | t.gaz_i) & ~(LK_TITLE | LK_ORGWORD));
            if (!cand) continue;
            for (size_t j = i >= 1 ? i - 1 : 0; j <= i + 1 && j < n; ++j) need[j] = 1;
        }
    }
    int32_t trans[(kLabels + 1) * kLabels];
    for (int i = 0; i < (kLabels + 1) * kLabels; ++i) trans[i] = m.transitions[size_t(i)];
    std::vector<int32_t> scores;
    std::vector<uint8_t> part;
    uint32_t feats[kMaxFeatures];
    for (size_t i = 0; i < n;) {
        if (!need[i]) { ++i; continue; }
        size_t j = i;
        while (j < n && need[j] && j - i < 256) ++j;  // bounded: int32 scores never overflow
        scores.assign((j - i) * kLabels, 0);
        const bool fast = m.padded.size() == (m.weights.size() / kLabels) * kRow;
        for (size_t k = i; k < j; ++k) {
            int nf = token_features(s, k, m.bits, feats);
            int32_t* sc = &scores[(k - i) * kLabels];
            if (fast) {
                int32_t acc[kRow] = {0};
                for (int f = 0; f < nf; ++f) {
                    const int16_t* row = &m.padded[size_t(feats[f]) * kRow];
                    for (int c = 0; c < kRow; ++c) acc[c] += row[c];
                }
                for (int c = 0; c < kLabels; ++c) sc[c] = acc[c];
            } else {
                for (int f = 0; f < nf; ++f) {
                    const int16_t* row = &m.weights[size_t(feats[f]) * kLabels];
                    for (int c = 0; c < kLabels; ++c) sc[c] += row[c];
                }
            }
        }
        viterbi(scores.data(), j - i, trans, part);
        for (size_t k = i; k < j; ++k) labels[k] = part[k - i];
        i = j;
    }
}

}  // namespace np::ner
