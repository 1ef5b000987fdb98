// summarize.cpp — extractive summary: the 3–5 most central sentences (TextRank over the
// analysed body sentences), returned in article order.
//
// Sentence similarity is the TextRank overlap of content words, normalized by the log of the
// sentence lengths. To stay near-linear on huge inputs, a sentence is only compared with the
// sentences within kWindow of it, and words found in very many sentences are skipped.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "models.hpp"
#include "stages.hpp"
#include "summarize_view.hpp"

namespace np {

namespace {
constexpr uint32_t kWindow = 120;      // neighbours compared on each side
constexpr uint32_t kMaxPosting = 200;  // a word in more sentences than this carries no signal
constexpr int kIterations = 30;

// Bytes of a chunk of `len` bytes (1..8) as a little-endian load puts them.
inline uint64_t chunk_mask(uint32_t len) { return len >= 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * len)) - 1; }

// WordIds::hash of the word low[off, off+len), and its first 8 bytes as a zero-padded chunk
// (`first`, used to compare short words). The tail is one masked 8-byte load where the string
// holds it (every word but those in its last 8 bytes) instead of WordIds::hash's byte loop.
// Only the table's slot order depends on the hash, never the ids, but both ways of computing
// it must agree for a word to be found again: they give the same value.
inline uint64_t table_hash(const char* low, size_t low_size, uint32_t off, uint32_t len, uint64_t& first) {
    const uint32_t full = len & ~7u;  // bytes in whole chunks
    if (size_t(off) + full + 8 > low_size) {
        first = 0;
        for (uint32_t j = 0; j < len && j < 8; ++j) first |= uint64_t(static_cast<unsigned char>(low[off + j])) << (8 * j);
        return WordIds::hash(std::string_view(low + off, len));
    }
    uint64_t h = len, x;
    for (uint32_t i = 0; i < full; i += 8) {
        std::memcpy(&x, low + off + i, 8);
        h = WordIds::mix(h, x);
    }
    std::memcpy(&x, low + off + full, 8);
    x &= (len - full) ? chunk_mask(len - full) : 0;
    h = WordIds::mix(h, x);
    std::memcpy(&first, low + off, 8);
    first &= chunk_mask(len);
    return h;
}
}  // namespace

void summarize(Document& doc, const Models* models) {
    summary_from_view(doc, sv::build_view(doc, models ? &models->summary : nullptr, 0), models && models->summary.loaded);
}

void summary_from_view(Document& doc, const sv::View& v, bool flags, RankBuffers* buffers) {
    doc.summary.clear();
    RankBuffers local;  // no scratch: this call's own (empty until used)
    RankBuffers& B = buffers ? *buffers : local;
    // Candidates: body sentences with enough words.
    std::vector<uint32_t>& cand = B.cand;
    cand.clear();
    cand.reserve(v.sents.size());
    size_t cand_tokens = 0;  // sizes the word table below (tokens: at least its words)
    for (uint32_t s = 0; s < v.sents.size(); ++s) {
        if (v.sents[s].heading) continue;
        // Counting stops at the sixth word: the table is sized by tokens, an upper bound on
        // words (its size places the slots, never the ids, which follow first appearance).
        uint32_t words = 0;
        for (uint32_t i = v.sents[s].t0; i < v.sents[s].t1 && words < 6; ++i) words += v.toks[i].kind == sv::TK::word;
        if (words >= 6) {
            cand.push_back(s);
            cand_tokens += v.sents[s].t1 - v.sents[s].t0;
        }
    }
    if (cand.empty())
        for (uint32_t s = 0; s < v.sents.size() && cand.size() < 3; ++s) {
            cand.push_back(s);
            cand_tokens += v.sents[s].t1 - v.sents[s].t0;
        }
    const uint32_t n = uint32_t(cand.size());
    if (n == 0) return;

    // Content-word ids per sentence (sorted, unique), in one flat array (wbeg[c]..wbeg[c+1]).
    // Ids are given in order of first appearance through a flat open-addressing table whose keys
    // are (offset, length) in v.low: no string or node allocation per word.
    // An empty slot is all zero (idp1 = id + 1), so the table is cleared by a memset rather
    // than a store loop over every slot.
    using Slot = RankBuffers::Slot;
    size_t cap = 64;
    while (cap < cand_tokens * 2 + 64) cap <<= 1;  // at most one id per word token: half full at most
    std::vector<Slot>& table = B.table;
    table.assign(cap, Slot{0, 0, 0});
    uint32_t nids = 0;
    // Per-candidate arrays in two buffers (one allocation each rather than nine): offsets of
    // words, edges and shares (n + 1 each) and overlap counts; log lengths, out weights and the
    // two PageRank score vectors.
    std::vector<uint32_t>& ubuf = B.ubuf;
    ubuf.assign(size_t(n + 1) * 3 + n, 0);
    uint32_t* const wbeg = ubuf.data();
    uint32_t* const abeg = wbeg + (n + 1);
    uint32_t* const sbeg = abeg + (n + 1);
    uint32_t* const overlap = sbeg + (n + 1);
    std::vector<double>& dbuf = B.dbuf;
    dbuf.assign(size_t(n) * 4, 0.0);
    double* const loglen = dbuf.data();
    double* const out_weight = loglen + n;
    double* score = out_weight + n;
    double* next = score + n;
    std::vector<uint32_t>& wflat = B.wflat;
    wflat.clear();
    wflat.reserve(v.toks.size() / 2 + 16);
    const char* const low = v.low.data();
    const size_t low_size = v.low.size();

    for (uint32_t c = 0; c < n; ++c) {
        const sv::Sent& s = v.sents[cand[c]];
        const size_t from = wflat.size();
        for (uint32_t i = s.t0; i < s.t1; ++i) {
            if (v.toks[i].kind != sv::TK::word) continue;
            std::string_view lw = v.lo(i);
            if (lw.size() < 3 || (flags ? (v.toks[i].info & sv::wi_stop) != 0 : sv::is_stopword(lw))) continue;
            if (lw.size() > 4 && lw.back() == 's' && lw[lw.size() - 2] != 's') lw.remove_suffix(1);
            // The slot is chosen by table_hash (ids follow first appearance whatever the hash, so
            // any hash gives the same ids); short words compare as one masked 8-byte chunk.
            const uint32_t off = v.toks[i].lo, len = uint32_t(lw.size());
            uint64_t first = 0;
            size_t h = size_t(table_hash(low, low_size, off, len, first)) & (cap - 1);
            for (;; h = (h + 1) & (cap - 1)) {
                Slot& sl = table[h];
                if (sl.idp1 == 0) { sl = Slot{off, len, ++nids}; break; }
                if (sl.len != len) continue;
                if (len <= 8 && sl.off + 8 <= low_size) {
                    uint64_t y;
                    std::memcpy(&y, low + sl.off, 8);
                    if ((y & chunk_mask(len)) == first) break;
                } else if (std::equal(lw.begin(), lw.end(), low + sl.off)) {
                    break;
                }
            }
            wflat.push_back(table[h].idp1 - 1);
        }
        // Sort and drop repeats in place: an insertion sort for the usual sentence of a few
        // dozen words (std::sort's setup costs more there), std::sort for long ones.
        uint32_t* const wb = wflat.data() + from;
        const size_t wn = wflat.size() - from;
        if (wn > 48) std::sort(wb, wb + wn);
        for (size_t a = 1; a < wn && wn <= 48; ++a) {
            const uint32_t x = wb[a];
            size_t b = a;
            for (; b > 0 && wb[b - 1] > x; --b) wb[b] = wb[b - 1];
            wb[b] = x;
        }
        size_t kept = wn ? 1 : 0;
        for (size_t a = 1; a < wn; ++a)
            if (wb[a] != wb[kept - 1]) wb[kept++] = wb[a];
        wflat.resize(from + kept);
        wbeg[c + 1] = uint32_t(wflat.size());
    }
    auto wcount = [&](uint32_t c) { return wbeg[c + 1] - wbeg[c]; };
    // Postings (sentences holding each word, ascending), flat as well.
    std::vector<uint32_t>& pbeg = B.pbeg;
    std::vector<uint32_t>& pflat = B.pflat;
    pbeg.assign(size_t(nids) + 1, 0);
    pflat.assign(wflat.size(), 0);
    for (uint32_t id : wflat) ++pbeg[id + 1];
    for (uint32_t id = 0; id < nids; ++id) pbeg[id + 1] += pbeg[id];
    {
        std::vector<uint32_t>& fill = B.fill;
        fill.assign(pbeg.begin(), pbeg.end() - 1);
        for (uint32_t c = 0; c < n; ++c)
            for (uint32_t k = wbeg[c]; k < wbeg[c + 1]; ++k) pflat[fill[wflat[k]]++] = c;
    }
    for (uint32_t c = 0; c < n; ++c) loglen[c] = std::log(double(wcount(c)) + 1.0);

    // Sparse similarity graph via the postings, limited to the window (edges of c: abeg[c]..abeg[c+1]).
    std::vector<std::pair<uint32_t, float>>& aflat = B.aflat;
    aflat.clear();
    aflat.reserve(size_t(n) * 16);
    std::vector<uint32_t>& touched = B.touched;
    touched.clear();
    touched.reserve(n);
    for (uint32_t c = 0; c < n; ++c) {
        touched.clear();
        for (uint32_t k = wbeg[c]; k < wbeg[c + 1]; ++k) {
            const uint32_t id = wflat[k];
            const uint32_t* pb = pflat.data() + pbeg[id];
            const uint32_t* pe = pflat.data() + pbeg[id + 1];
            if (uint32_t(pe - pb) > kMaxPosting) continue;
            const uint32_t* lo = std::lower_bound(pb, pe, c > kWindow ? c - kWindow : 0);
            for (const uint32_t* it = lo; it != pe && *it <= c + kWindow; ++it) {
                if (*it == c) continue;
                if (overlap[*it]++ == 0) touched.push_back(*it);
            }
        }
        for (uint32_t d : touched) {
            double denom = loglen[c] + loglen[d];
            if (denom > 0) aflat.emplace_back(d, float(double(overlap[d]) / denom));
            overlap[d] = 0;
        }
        abeg[c + 1] = uint32_t(aflat.size());
    }
    for (uint32_t c = 0; c < n; ++c)
        for (uint32_t k = abeg[c]; k < abeg[c + 1]; ++k) out_weight[c] += aflat[k].second;

    // PageRank (symmetric graph: score flows along each edge in proportion to its weight).
    // Each edge's share weight / out_weight[neighbour] is the same in every iteration: divide once.
    // Edges from a neighbour that sends nothing (out weight 0) are left out here, once, rather
    // than tested in every iteration; the kept ones stay in order, so every sum is the same.
    std::vector<uint32_t>& snb = B.snb;
    std::vector<double>& share = B.share;
    snb.clear();
    share.clear();
    snb.reserve(aflat.size());
    share.reserve(aflat.size());
    for (uint32_t c = 0; c < n; ++c) {
        for (uint32_t k = abeg[c]; k < abeg[c + 1]; ++k) {
            const double ow = out_weight[aflat[k].first];
            if (!(ow > 0)) continue;
            snb.push_back(aflat[k].first);
            share.push_back(aflat[k].second / ow);
        }
        // Padded to a multiple of four edges with shares of 0 (adding +0.0 to a sum of
        // non-negative terms changes no bit): the loop below then has no remainder loop, whose
        // varying trip count the CPU mispredicted for most sentences in every iteration.
        while ((snb.size() - sbeg[c]) % 4) {
            snb.push_back(c);
            share.push_back(0.0);
        }
        sbeg[c + 1] = uint32_t(snb.size());
    }
    std::fill(score, score + n, 1.0);
    const double d = 0.85;
    for (int it = 0; it < kIterations; ++it) {
        double delta = 0;
        for (uint32_t c = 0; c < n; ++c) {
            // Four edges per step (the loop's own test and increment were a third of its cost);
            // the products are still added one at a time in edge order, so the sum is the same.
            double sum = 0;
            uint32_t k = sbeg[c];
            const uint32_t kend = sbeg[c + 1];
            for (; k < kend; k += 4) {  // kend - k: a multiple of 4 (padded above)
                sum += share[k] * score[snb[k]];
                sum += share[k + 1] * score[snb[k + 1]];
                sum += share[k + 2] * score[snb[k + 2]];
                sum += share[k + 3] * score[snb[k + 3]];
            }
            next[c] = (1 - d) + d * sum;
            // The change is summed in the same order (c ascending) as a separate pass would.
            delta += std::fabs(next[c] - score[c]);
        }
        std::swap(score, next);
        if (delta < 1e-6 * n) break;
    }
    // A small lead bias: news puts the gist first.
    for (uint32_t c = 0; c < n && c < 3; ++c) score[c] *= 1.15 - 0.05 * c;

    uint32_t k = n <= 3 ? n : std::min<uint32_t>(5, std::max<uint32_t>(3, 3 + n / 20));
    std::vector<uint32_t>& idx = B.idx;
    idx.resize(n);
    for (uint32_t c = 0; c < n; ++c) idx[c] = c;
    doc.summary.reserve(k);
    std::partial_sort(idx.begin(), idx.begin() + k, idx.end(), [&](uint32_t a, uint32_t b) {
        return score[a] != score[b] ? score[a] > score[b] : a < b;
    });
    idx.resize(k);
    std::sort(idx.begin(), idx.end());
    double top = 0;
    for (uint32_t c : idx) top = std::max(top, score[c]);
    for (uint32_t c : idx) {
        const sv::Sent& s = v.sents[cand[c]];
        doc.summary.push_back(SummarySentence{SpanRef{s.start, s.end}, top > 0 ? score[c] / top : 0});
    }
}

// What a worker keeps between documents: the view's and the summary's buffers.
struct SummaryScratch {
    sv::View view;
    RankBuffers rank;
};
void SummaryScratchDeleter::operator()(SummaryScratch* s) const { delete s; }
SummaryScratchPtr make_summary_scratch() { return SummaryScratchPtr(new SummaryScratch()); }

// One view for the four summary stages: tokenizing and finding actors is most of their cost.
void summarize_document(Document& doc, const Models* models, SummaryScratch* scratch) {
    const SummaryModels* M = models ? &models->summary : nullptr;
    const bool lexicon = M && M->has_lexicon, taxonomy = M && M->has_taxonomy;
    // Actors are needed by measures, quotes and issues only; the summary reads tokens and sentences.
    // With the lexicon or taxonomy loaded the view has actors anyway, and the text is scanned for
    // quotation marks only when the view cut a quote token: without one quotes_from_view pairs no
    // marks and finds nothing, so skipping it gives the same (empty) quotes.
    const bool actors = lexicon || taxonomy;
    bool quotes = actors ? false : has_quote_marks(doc);
    sv::View local;
    sv::View& v = scratch ? scratch->view : local;
    sv::build_view_into(v, doc, M, (actors || quotes) ? unsigned(sv::with_actors) : 0u);
    if (actors) quotes = v.quote_toks > 0 && has_quote_marks(doc);
    if (lexicon) measures_from_view(doc, v);
    else doc.measures.clear();
    if (quotes) quotes_from_view(doc, v);
    else doc.quotes.clear();
    if (taxonomy) issues_from_view(doc, v);
    else doc.issues.clear();
    summary_from_view(doc, v, M && M->loaded, scratch ? &scratch->rank : nullptr);
    v.doc = nullptr;  // the document may go away before the scratch is used again
}

}  // namespace np
