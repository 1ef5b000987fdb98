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
    issues_from_view(doc, sv::build_view(doc, &models->summary, sv::with_actors));
}

namespace {
// Token i follows a number or a scale word ("10 yen", "60 billion yen", "billions of dollars"):
// it is the unit of an amount (IssueDef::skip_amount_units).
bool amount_unit(const sv::View& v, uint32_t i, uint32_t t0) {
    if (i <= t0) return false;
    if (v.toks[i - 1].kind == sv::TK::number || sv::scale_word(v.lo(i - 1))) return true;
    return i - 1 > t0 && v.lo(i - 1) == "of" && sv::scale_word(v.lo(i - 2));
}
}  // namespace

namespace {
// A capitalized word right before an office's word: "Economy Minister", "Economy Ministry"
// (IssueDef::skip_office_names).
bool office_name(const sv::View& v, uint32_t i, uint32_t t1) {
    if (!(v.toks[i].flags & sv::cap) || i + 1 >= t1 || !(v.toks[i + 1].flags & sv::cap)) return false;
    static const char* const kOffice[] = {"minister", "ministry", "department", "secretary", "committee",
        "commission", "commissioner", "council", "office", nullptr};
    return sv::in_list(v.lo(i + 1), kOffice);
}

// A place named as where something happened: after "in"/"at" following a meeting's noun, or a
// dateline's city opening the sentence (capitals, a comma, then a time: "STOCKHOLM, July 29").
bool venue(const sv::View& v, const sv::Sent& s, const sv::ActorRef& ar) {
    static const char* const kEvent[] = {"talks", "meeting", "meetings", "summit", "conference", "forum",
        "negotiations", "visit", "speech", "hearing", "ceremony", "event", "gathering", "session", nullptr};
    if (ar.t0 >= s.t0 + 2 && (v.is(ar.t0 - 1, "in") || v.is(ar.t0 - 1, "at")) && sv::in_list(v.lo(ar.t0 - 2), kEvent))
        return true;
    // (the time after the comma read as every time phrase is: sv::time_at)
    return ar.t0 == s.t0 && ar.t1 + 1 < s.t1 && v.is(ar.t1, ",") && (v.toks[ar.t0].flags & sv::all_cap) &&
           sv::time_at(v, ar.t1 + 1, s.t1) > 0;
}
}  // namespace

void issues_from_view(Document& doc, const sv::View& v) {
    doc.issues.clear();
    const SummaryModels& M = *v.models;
    if (v.sents.empty()) return;

    // Hits of all issues in scan order, then grouped per issue by a counting sort (stable: each
    // issue's hits stay in scan order): three buffers per document instead of one per issue hit.
    struct IdHit { uint32_t id; Hit h; };
    std::vector<IdHit> found;
    found.reserve(64);  // one allocation for most articles instead of growing 1, 2, 4, ...
    const bool any_start = !M.issue_trie.nodes[0].prefix_edges.empty();  // a prefix edge can start anywhere
    for (uint32_t si = 0; si < v.sents.size(); ++si) {
        const sv::Sent& s = v.sents[si];
        for (uint32_t i = s.t0; i < s.t1; ++i) {
            if (!(v.toks[i].info & sv::wi_issue_start) && !any_start) continue;
            const std::vector<uint32_t>* pl = nullptr;
            uint32_t n = sv::match_at(v, M.issue_trie, i, s.t1, &pl);
            if (!n || !pl) continue;
            // A place named as part of a longer organisation's name is the name, not the issue:
            // "Taiwan Semiconductor Manufacturing Co" is no story about Taiwan's status. (A word
            // of a topic stays: the "Agriculture Department" speaks of farming.)
            if (v.toks[i].flags & sv::cap) {
                const int32_t a = sv::actor_at(v, i);
                const std::vector<uint32_t>* places = nullptr;
                if (a >= 0 && v.actors[size_t(a)].type == sv::AType::org &&
                    (v.actors[size_t(a)].t0 < i || v.actors[size_t(a)].t1 > i + n) &&
                    sv::match_at(v, M.place_trie, i, s.t1, &places) == n && places &&
                    std::none_of(places->begin(), places->end(),  // (a bloc's body is the bloc's: "NATO
                                 [](uint32_t p) { return PlaceForm(p & 3) == PlaceForm::bloc; })) {  // Northern Army Group")
                    i += n - 1;
                    continue;
                }
            }
            // "PORTLAND, Ore.", "Rep. Bob Smith, R-Ore.": a state's abbreviation after a place's
            // comma or a party's hyphen is no word of an issue ("ore")
            if (n == 1 && (v.toks[i].flags & sv::cap) && i > s.t0 && i + 1 < v.toks.size() && v.is(i + 1, ".") &&
                (v.is(i - 1, ",") || v.is(i - 1, "-") || (v.toks[i].flags & sv::hyphen_before)) && v.toks[i].lolen <= 5)
                continue;
            const bool unit = n == 1 && amount_unit(v, i, s.t0);
            const bool office = n == 1 && office_name(v, i, s.t1);
            for (uint32_t id : *pl)
                if (!(unit && M.issues[id].skip_amount_units) && !(office && M.issues[id].skip_office_names))
                    found.push_back(IdHit{id, Hit{si, i, n}});
            i += n - 1;
        }
    }
    if (found.empty()) return;
    std::vector<uint32_t> hbeg(M.issues.size() + 1, 0);
    for (const auto& f : found) ++hbeg[f.id + 1];
    for (size_t id = 0; id < M.issues.size(); ++id) hbeg[id + 1] += hbeg[id];
    std::vector<Hit> hits(found.size());
    {
        std::vector<uint32_t> fill(hbeg.begin(), hbeg.end() - 1);
        for (const auto& f : found) hits[fill[f.id]++] = f.h;
    }

    const double nsent = double(v.sents.size());
    const double npara = std::max(1.0, double(v.paragraphs));
    std::vector<Issue> out;
    out.reserve(8);
    // Per-issue work buffers, kept across issues.
    std::vector<uint32_t> paras, keys, seen;
    std::vector<std::pair<uint32_t, uint32_t>> per_sent;  // (sentence, hits)
    // Sized for a usual article up front: growing them one element at a time was a third of
    // this stage's allocations.
    paras.reserve(32);
    per_sent.reserve(32);
    keys.reserve(4);
    seen.reserve(8);
    for (size_t id = 0; id < M.issues.size(); ++id) {
        if (hbeg[id] == hbeg[id + 1]) continue;
        const Hit* const hb = hits.data() + hbeg[id];
        const Hit* const he = hits.data() + hbeg[id + 1];
        Issue is;
        is.id = M.issues[id].id;
        is.label = M.issues[id].label;
        is.parent = M.issues[id].parent;
        is.mentions = uint32_t(he - hb);
        double score = 0;
        paras.clear();
        per_sent.clear();
        for (const Hit* hp = hb; hp != he; ++hp) {
            const Hit& h = *hp;
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
        keys.clear();
        for (size_t k = 0; k < per_sent.size() && keys.size() < 3; ++k) keys.push_back(per_sent[k].first);
        std::sort(keys.begin(), keys.end());
        is.key_sentences.reserve(keys.size());
        for (uint32_t k : keys) is.key_sentences.push_back(SpanRef{v.sents[k].start, v.sents[k].end});

        // Actors in the key sentences, with the stance verb that follows them in their clause.
        seen.clear();
        for (uint32_t k : keys) {
            const sv::Sent& s = v.sents[k];
            // actors are sorted by t0: visit only those starting inside the sentence
            auto first = std::lower_bound(v.actors.begin(), v.actors.end(), s.t0,
                                          [](const sv::ActorRef& a, uint32_t t) { return a.t0 < t; });
            for (auto ai = first; ai != v.actors.end() && ai->t0 < s.t1; ++ai) {
                const sv::ActorRef& ar = *ai;
                if (std::find(seen.begin(), seen.end(), ar.key) != seen.end()) continue;
                // The wire service of a dateline ("NEW DELHI, Aug 28 (Reuters) -") and an
                // organisation told something ("told Reuters", "told the Handelsblatt newspaper")
                // take no part in the issue.
                if (ar.t0 > s.t0 && ar.t1 + 1 < s.t1 &&
                    ((v.is(ar.t0 - 1, "(") && v.is(ar.t1, ")") &&
                      (v.is(ar.t1 + 1, "-") || v.is(ar.t1 + 1, "--") || v.is(ar.t1 + 1, "\u2014") ||
                       v.is(ar.t1 + 1, "\u2013"))) ||
                     ((v.is(ar.t0 - 1, "told") || v.is(ar.t0 - 1, "tells")) && ar.type == sv::AType::org)))
                    continue;
                // Nor the place of a meeting ("two days of talks in Stockholm", "a summit at
                // Camp David") or a dateline's city ("STOCKHOLM, July 29 -"): where, not who.
                if (ar.type == sv::AType::gpe && venue(v, s, ar)) continue;
                if (seen.size() >= 6) break;
                seen.push_back(ar.key);
                Actor a;
                a.entity = v.keys[ar.key].entity;
                a.name = v.keys[ar.key].name;
                for (uint32_t j = ar.t1; j < s.t1 && j < ar.t1 + 5; ++j) {
                    std::string_view w = v.lo(j);
                    if (w == "," || w == ";" || v.toks[j].kind == sv::TK::quote || sv::actor_at(v, j) >= 0) break;
                    // the loaded models carry the stance class per token (register_grammar)
                    bool stance = M.loaded ? (v.toks[j].info & sv::wi_stance) != 0 : sv::is_stance_verb(w);
                    if (stance && !(v.toks[j].flags & sv::cap)) {
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
            for (const Hit* hp = hb; hp != he; ++hp) {
                const Hit& h = *hp;
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
    // Most salient first, ties in taxonomy order (what a stable sort of the records gives): the
    // order is found on indices and each record moved once, rather than merge-sorting the
    // records themselves (strings and vectors each) through a temporary buffer.
    std::vector<uint32_t> order(out.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return out[a].salience != out[b].salience ? out[a].salience > out[b].salience : a < b;
    });
    doc.issues.reserve(out.size());
    for (uint32_t i : order) doc.issues.push_back(std::move(out[i]));
}

}  // namespace np
