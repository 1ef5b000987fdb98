// summarize.cpp — extractive summary: the 3–5 most central sentences (TextRank over the
// analysed body sentences), returned in article order.
//
// Sentence similarity is the TextRank overlap of content words, normalized by the log of the
// sentence lengths. To stay near-linear on huge inputs, a sentence is only compared with the
// sentences within kWindow of it, and words found in very many sentences are skipped.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "models.hpp"
#include "stages.hpp"
#include "summarize_view.hpp"

namespace np {

namespace {
constexpr uint32_t kWindow = 120;      // neighbours compared on each side
constexpr uint32_t kMaxPosting = 200;  // a word in more sentences than this carries no signal
constexpr int kIterations = 30;
}  // namespace

void summarize(Document& doc, const Models* models) {
    doc.summary.clear();
    sv::View v = sv::build_view(doc, models ? &models->summary : nullptr, 0);
    // Candidates: body sentences with enough words.
    std::vector<uint32_t> cand;
    for (uint32_t s = 0; s < v.sents.size(); ++s) {
        if (v.sents[s].heading) continue;
        uint32_t words = 0;
        for (uint32_t i = v.sents[s].t0; i < v.sents[s].t1; ++i) words += v.toks[i].kind == sv::TK::word;
        if (words >= 6) cand.push_back(s);
    }
    if (cand.empty())
        for (uint32_t s = 0; s < v.sents.size() && cand.size() < 3; ++s) cand.push_back(s);
    const uint32_t n = uint32_t(cand.size());
    if (n == 0) return;

    // Content-word ids per sentence (sorted, unique).
    // keys view into v.low, which is not modified any more: no string copies per word
    std::unordered_map<std::string_view, uint32_t> ids;
    ids.reserve(v.toks.size() / 2 + 16);
    std::vector<std::vector<uint32_t>> words(n);
    const bool flags = models && models->summary.loaded;
    for (uint32_t c = 0; c < n; ++c) {
        const sv::Sent& s = v.sents[cand[c]];
        for (uint32_t i = s.t0; i < s.t1; ++i) {
            if (v.toks[i].kind != sv::TK::word) continue;
            std::string_view lw = v.lo(i);
            if (lw.size() < 3 || (flags ? (v.toks[i].info & sv::wi_stop) != 0 : sv::is_stopword(lw))) continue;
            if (lw.size() > 4 && lw.back() == 's' && lw[lw.size() - 2] != 's') lw.remove_suffix(1);
            auto it = ids.emplace(lw, uint32_t(ids.size())).first;
            words[c].push_back(it->second);
        }
        std::sort(words[c].begin(), words[c].end());
        words[c].erase(std::unique(words[c].begin(), words[c].end()), words[c].end());
    }
    std::vector<std::vector<uint32_t>> postings(ids.size());
    for (uint32_t c = 0; c < n; ++c)
        for (uint32_t id : words[c]) postings[id].push_back(c);

    // Sparse similarity graph via the postings, limited to the window.
    std::vector<std::vector<std::pair<uint32_t, float>>> adj(n);
    std::vector<uint32_t> overlap(n, 0);
    std::vector<uint32_t> touched;
    for (uint32_t c = 0; c < n; ++c) {
        touched.clear();
        for (uint32_t id : words[c]) {
            const auto& p = postings[id];
            if (p.size() > kMaxPosting) continue;
            auto lo = std::lower_bound(p.begin(), p.end(), c > kWindow ? c - kWindow : 0);
            for (auto it = lo; it != p.end() && *it <= c + kWindow; ++it) {
                if (*it == c) continue;
                if (overlap[*it]++ == 0) touched.push_back(*it);
            }
        }
        for (uint32_t d : touched) {
            double denom = std::log(double(words[c].size()) + 1.0) + std::log(double(words[d].size()) + 1.0);
            if (denom > 0) adj[c].emplace_back(d, float(double(overlap[d]) / denom));
            overlap[d] = 0;
        }
    }
    std::vector<double> out_weight(n, 0);
    for (uint32_t c = 0; c < n; ++c)
        for (const auto& e : adj[c]) out_weight[c] += e.second;

    // PageRank (symmetric graph: score flows along each edge in proportion to its weight).
    std::vector<double> score(n, 1.0), next(n);
    const double d = 0.85;
    for (int it = 0; it < kIterations; ++it) {
        for (uint32_t c = 0; c < n; ++c) {
            double sum = 0;
            for (const auto& e : adj[c])
                if (out_weight[e.first] > 0) sum += e.second / out_weight[e.first] * score[e.first];
            next[c] = (1 - d) + d * sum;
        }
        double delta = 0;
        for (uint32_t c = 0; c < n; ++c) delta += std::fabs(next[c] - score[c]);
        score.swap(next);
        if (delta < 1e-6 * n) break;
    }
    // A small lead bias: news puts the gist first.
    for (uint32_t c = 0; c < n && c < 3; ++c) score[c] *= 1.15 - 0.05 * c;

    uint32_t k = n <= 3 ? n : std::min<uint32_t>(5, std::max<uint32_t>(3, 3 + n / 20));
    std::vector<uint32_t> idx(n);
    for (uint32_t c = 0; c < n; ++c) idx[c] = c;
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

}  // namespace np
