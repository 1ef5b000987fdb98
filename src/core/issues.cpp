// issues.cpp — issues from the taxonomy (issues.json): mentions, salience, key sentences,
// actors with their stance, related quotes.
//
// Mentions are longest matches of the compiled taxonomy trie over the analysed sentences (a
// repeated paragraph is not analysed, so it does not count twice). Salience mixes frequency,
// headings, early position and spread over paragraphs, normalized so the top issue has 1.
#include <algorithm>
#include <cmath>

#include "models.hpp"
#include "stages.hpp"
#include "summarize_view.hpp"

namespace np {

namespace {

struct Hit {
    uint32_t sent = 0, tok = 0, len = 0;
};

}  // namespace

void find_issues(Document& doc, const Models* models) {
    doc.issues.clear();
    if (!models || !models->summary.has_taxonomy) return;
    const SummaryModels& M = models->summary;
    sv::View v = sv::build_view(doc, &M, sv::with_actors);
    if (v.sents.empty()) return;

    std::vector<std::vector<Hit>> hits(M.issues.size());
    for (uint32_t si = 0; si < v.sents.size(); ++si) {
        const sv::Sent& s = v.sents[si];
        for (uint32_t i = s.t0; i < s.t1; ++i) {
            if (!(v.toks[i].info & sv::wi_issue_start) && M.issue_trie.nodes[0].prefix_edges.empty()) continue;
            const std::vector<uint32_t>* pl = nullptr;
            uint32_t n = sv::match_at(v, M.issue_trie, i, s.t1, &pl);
            if (!n || !pl) continue;
            for (uint32_t id : *pl) hits[id].push_back(Hit{si, i, n});
            i += n - 1;
        }
    }

    const double nsent = double(v.sents.size());
    const double npara = std::max(1.0, double(v.paragraphs));
    std::vector<Issue> out;
    std::vector<uint32_t> order;
    for (size_t id = 0; id < M.issues.size(); ++id) {
        const auto& hs = hits[id];
        if (hs.empty()) continue;
        Issue is;
        is.id = M.issues[id].id;
        is.label = M.issues[id].label;
        is.parent = M.issues[id].parent;
        is.mentions = uint32_t(hs.size());
        double score = 0;
        std::vector<uint32_t> paras;
        std::vector<std::pair<uint32_t, uint32_t>> per_sent;  // (sentence, hits)
        for (const auto& h : hs) {
            const sv::Sent& s = v.sents[h.sent];
            double w = 1.0;
            if (s.heading) w += 1.0;
            if (double(h.sent) < 0.2 * nsent) w += 0.5;
            score += w;
            if (std::find(paras.begin(), paras.end(), s.para) == paras.end()) paras.push_back(s.para);
            if (!per_sent.empty() && per_sent.back().first == h.sent) ++per_sent.back().second;
            else per_sent.emplace_back(h.sent, 1);
        }
        score *= 1.0 + double(paras.size()) / npara;
        is.salience = score;

        // Key sentences: most hits, body text before headings, earlier first; shown in article order.
        std::sort(per_sent.begin(), per_sent.end(), [&](const auto& a, const auto& b) {
            bool ha = v.sents[a.first].heading, hb = v.sents[b.first].heading;
            if (ha != hb) return !ha;
            if (a.second != b.second) return a.second > b.second;
            return a.first < b.first;
        });
        std::vector<uint32_t> keys;
        for (size_t k = 0; k < per_sent.size() && keys.size() < 3; ++k) keys.push_back(per_sent[k].first);
        std::sort(keys.begin(), keys.end());
        for (uint32_t k : keys) is.key_sentences.push_back(SpanRef{v.sents[k].start, v.sents[k].end});

        // Actors in the key sentences, with the stance verb that follows them in their clause.
        std::vector<uint32_t> seen;
        for (uint32_t k : keys) {
            const sv::Sent& s = v.sents[k];
            for (const auto& ar : v.actors) {
                if (ar.t0 < s.t0 || ar.t0 >= s.t1) continue;
                if (std::find(seen.begin(), seen.end(), ar.key) != seen.end()) continue;
                if (seen.size() >= 6) break;
                seen.push_back(ar.key);
                Actor a;
                a.entity = v.keys[ar.key].entity;
                a.name = v.keys[ar.key].name;
                for (uint32_t j = ar.t1; j < s.t1 && j < ar.t1 + 5; ++j) {
                    std::string_view w = v.lo(j);
                    if (w == "," || w == ";" || v.toks[j].kind == sv::TK::quote || sv::actor_at(v, j) >= 0) break;
                    if (sv::is_stance_verb(w) && !(v.toks[j].flags & sv::cap)) {
                        a.stance = std::string(doc.text.substr(v.toks[j].start, v.toks[j].end - v.toks[j].start));
                        break;
                    }
                }
                is.actors.push_back(std::move(a));
            }
        }

        // Related quotes: quoted text or its sentence mentions the issue.
        for (size_t qi = 0; qi < doc.quotes.size(); ++qi) {
            const Quote& q = doc.quotes[qi];
            bool related = false;
            for (const auto& h : hs) {
                const sv::Sent& s = v.sents[h.sent];
                uint32_t hs0 = v.toks[h.tok].start;
                if ((hs0 >= q.span.start && hs0 < q.span.end) || (s.start == q.sentence.start)) { related = true; break; }
            }
            if (related) is.quotes.push_back(int32_t(qi));
        }
        out.push_back(std::move(is));
    }
    double top = 0;
    for (const auto& i : out) top = std::max(top, i.salience);
    for (auto& i : out) i.salience = top > 0 ? i.salience / top : 0;
    std::stable_sort(out.begin(), out.end(), [](const Issue& a, const Issue& b) { return a.salience > b.salience; });
    doc.issues = std::move(out);
}

}  // namespace np
