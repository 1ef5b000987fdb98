// minhash.cpp — near-duplicate signatures (one-permutation MinHash) and a flat hash index.
//
// Why one-permutation: classic MinHash hashes every shingle K times; here each shingle is
// hashed once and its hash goes to one of K bins (min kept per bin), so a signature costs
// O(words) instead of O(K*words). Empty bins (short segments) borrow the next filled bin
// ("rotation densification"), which keeps the estimate unbiased enough for a 0.5 threshold.
#include "dedup_parts.hpp"
#include "text.hpp"

namespace np::dd {

namespace {
uint64_t word_hash(std::string_view w, uint32_t s, uint32_t e) {
    text::Hasher h;
    for (uint32_t i = s; i < e; ++i) {
        unsigned char c = static_cast<unsigned char>(w[i]);
        if (c == 0x7F) continue;
        h.byte(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return h.done();
}
}  // namespace

bool signature(const Document& doc, const Segment& seg, uint32_t* sig) {
    for (int k = 0; k < kSigSize; ++k) sig[k] = UINT32_MAX;
    uint64_t prev = 0;
    int words = 0;
    bool any = false;
    const std::string_view w = doc.work;
    for (uint32_t si = seg.first_sentence; si < seg.first_sentence + seg.sentence_count; ++si) {
        const Sentence& st = doc.sentences[si];
        for (uint32_t ti = st.first_token; ti < st.first_token + st.token_count; ++ti) {
            const Token& t = doc.tokens[ti];
            if (t.kind != TokenKind::word && t.kind != TokenKind::number) continue;
            uint64_t h = word_hash(w, t.start, t.end);
            if (words > 0) {
                uint64_t sh = text::mix64(prev * 0x9E3779B97F4A7C15ull ^ h);
                uint32_t bin = uint32_t(sh >> 59);          // top 5 bits: one of 32 bins
                uint32_t v = uint32_t(sh);                  // low 32 bits: the value
                if (v < sig[bin]) sig[bin] = v;
                any = true;
            }
            prev = h;
            ++words;
        }
    }
    if (!any) return false;
    // Densify: an empty bin takes the value of the next originally filled bin (circularly),
    // salted by the distance so that two empty bins do not copy the same value.
    uint32_t orig[kSigSize];
    for (int k = 0; k < kSigSize; ++k) orig[k] = sig[k];
    for (int k = 0; k < kSigSize; ++k) {
        if (orig[k] != UINT32_MAX) continue;
        for (int d = 1; d < kSigSize; ++d) {
            int j = (k + d) % kSigSize;
            if (orig[j] == UINT32_MAX) continue;
            sig[k] = uint32_t(text::mix64(uint64_t(orig[j]) + uint64_t(d) * 0x100000001ull)) | 0x80000000u;
            break;
        }
    }
    return true;
}

float estimate_jaccard(const uint32_t* a, const uint32_t* b) {
    int same = 0;
    for (int k = 0; k < kSigSize; ++k) same += a[k] == b[k];
    return float(same) / float(kSigSize);
}

uint64_t band_key(const uint32_t* sig, int band) {
    uint64_t h = uint64_t(band + 1) * 0xD6E8FEB86659FD93ull;
    for (int r = 0; r < kRows; ++r) h = text::mix64(h ^ sig[band * kRows + r]);
    return h;
}

FlatIndex::FlatIndex(size_t expected) {
    size_t cap = 16;
    while (cap < expected * 2) cap <<= 1;
    keys_.assign(cap, 0);
    vals_.assign(cap, UINT32_MAX);
    mask_ = cap - 1;
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

}  // namespace np::dd
