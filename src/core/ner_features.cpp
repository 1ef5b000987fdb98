// ner_features.cpp — casing of a line, per-token hashes and the feature templates.
#include "ner_features.hpp"

#include <algorithm>

#include "ner_text.hpp"

namespace np::ner {

void KeySet::index() {
    size_t cap = 16;
    while (cap < keys.size() * 2 + 2) cap *= 2;
    slots.assign(cap, 0);
    const size_t mask = cap - 1;
    for (uint32_t k : keys) {
        if (!k) continue;
        size_t i = k & mask;
        while (slots[i] && slots[i] != k) i = (i + 1) & mask;
        slots[i] = k;
    }
}

void OwnScoreCache::reserve(size_t words) {
    const size_t want = entries.size() + words;
    entries.reserve(want);
    size_t cap = 64;
    while (cap < want * 2 + 2) cap *= 2;
    if (cap > slots.size() && entries.empty()) slots.assign(cap, 0);
}

uint32_t OwnScoreCache::add(const Entry& e, std::string_view w) {
    if ((entries.size() + 1) * 2 > slots.size()) {
        size_t cap = slots.empty() ? 64 : slots.size() * 2;
        slots.assign(cap, 0);
        for (size_t j = 0; j < entries.size(); ++j) {
            size_t i = size_t(entries[j].hl ^ (entries[j].hl >> 31)) & (cap - 1);
            while (slots[i]) i = (i + 1) & (cap - 1);
            slots[i] = uint32_t(j + 1);
        }
    }
    entries.push_back(e);
    entries.back().at = uint32_t(text.size());
    entries.back().len = uint32_t(w.size());
    text.append(w);
    const size_t mask = slots.size() - 1;
    size_t i = size_t(e.hl ^ (e.hl >> 31)) & mask;
    while (slots[i]) i = (i + 1) & mask;
    slots[i] = uint32_t(entries.size());
    return slots[i];
}

void OwnScoreCache::clear(size_t keep_bytes) {
    if (bytes() > keep_bytes) {
        std::vector<Entry>().swap(entries);
        std::vector<uint32_t>().swap(slots);
        std::string().swap(text);
    } else {
        entries.clear();
        std::fill(slots.begin(), slots.end(), 0u);
        text.clear();
    }
}

LineMode line_mode(std::span<const std::string_view> words, bool heading, const uint8_t* cases) {
    int letters = 0, upper = 0, titled = 0, lower_content = 0;
    for (size_t i = 0; i < words.size(); ++i) {
        std::string_view w = words[i];
        Case c = cases ? Case(cases[i]) : case_of(w);
        if (c == Case::digit || c == Case::punct || c == Case::other) continue;
        ++letters;
        if (c == Case::lower && w.size() > 3) ++lower_content;
        if (c == Case::upper && w.size() > 1) ++upper;
        if (c == Case::title || c == Case::upper) ++titled;
    }
    if (letters >= 2 && upper * 4 >= letters * 3) return LineMode::caps;
    // A heading with a lowercase content word ("X beat Y") is written in sentence case.
    if (heading && letters >= 2 && lower_content == 0 && titled * 5 >= letters * 3) return LineMode::title;
    return LineMode::normal;
}

namespace {

// Small function words keep lowercase in Title Case headings.
bool is_small_word(std::string_view l) {
    static constexpr std::string_view kSmall[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for",
                                                  "and", "or", "but", "by", "with", "from", "as", "vs"};
    for (auto s : kSmall) if (s == l) return true;
    return false;
}

// Features of token i computed from its text: vocabulary flag, casing, exact and shape
// hashes, affixes. `lowered`: its lowercase form when the caller has it (null: computed here).
void prepare_token(std::string_view w, const std::string_view* lowered, const FeatureContext& ctx, SentenceInfo& out, size_t i) {
    TokenInfo& t = out.tokens[i];
    std::string lbuf, cbuf;  // only for words without precomputed lowercase, and re-cased words
    std::string_view l;
    if (lowered) l = *lowered;
    else { lbuf = lower(w); l = lbuf; }
    t.lc_vocab = (ctx.lower_vocab && ctx.lower_vocab->contains(t.hl)) ||
                 (ctx.doc_lower && ctx.doc_lower->contains(t.hl));
    Case oc = Case(t.orig_cs);
    std::string_view cased = w;
    if (out.mode != LineMode::normal && (oc == Case::upper || oc == Case::title) && w.find('.') == std::string_view::npos) {
        if (t.lc_vocab || is_small_word(l)) cased = l;
        else if (out.mode == LineMode::caps) { cbuf = title(w); cased = cbuf; }
    }
    t.hw = hash_bytes(cased, 1);
    t.hs = shape_hash(cased, 2);
    t.cs = cased.data() == w.data() ? t.orig_cs : uint8_t(case_of(cased));
    for (size_t k = 0; k < 3; ++k) t.pre[k] = hash_bytes(l.substr(0, std::min(k + 1, l.size())), 10 + k);
    for (size_t k = 0; k < 4; ++k) {
        size_t m = std::min(k + 1, l.size());
        t.suf[k] = hash_bytes(l.substr(l.size() - m), 20 + k);
    }
}

}  // namespace

void prepare_sentence(std::span<const std::string_view> words, bool heading,
                      const FeatureContext& ctx, SentenceInfo& out, bool full, const WordFacts* facts) {
    const size_t n = words.size();
    out.mode = line_mode(words, heading, facts ? facts->cases : nullptr);
    // Tokens are reused from the previous sentence, not cleared (why: clearing 96 bytes per
    // word cost more than the per-word work). Pass 1 sets every field that every token needs;
    // the hashes of prepare_token() are set wherever they are read (see below).
    out.tokens.resize(n);
    out.gaz_kinds = 0;
    // Pass 1 (every word): lowercase hash and case as written.
    for (size_t i = 0; i < n; ++i) {
        TokenInfo& t = out.tokens[i];
        t.hl = facts ? facts->hl[i] : hash_lower(words[i]);
        t.orig_cs = facts ? facts->cases[i] : uint8_t(case_of(words[i]));
        t.cs = t.orig_cs;
        t.short_word = t.orig_cs == uint8_t(Case::lower) && words[i].size() <= 4;
        t.gaz_b = t.gaz_i = 0;
        t.lc_vocab = t.title_cue_before = false;
        t.own = 0;
        t.own_fill = false;
    }
    out.own_cache = ctx.own_cache;
    if (ctx.lexicon && ctx.lexicon->size()) {
        std::vector<uint64_t> own;
        const uint64_t* lh = facts ? facts->hl : nullptr;
        if (!lh) {
            own.resize(n);
            for (size_t i = 0; i < n; ++i) own[i] = out.tokens[i].hl;
            lh = own.data();
        }
        for (size_t i = 0; i < n; ++i) {
            LexMatch m = ctx.lexicon->match(lh, n, i);
            if (!m.length) continue;
            out.gaz_kinds |= m.kinds;
            out.tokens[i].gaz_b |= m.kinds;
            for (int k = 1; k < m.length; ++k) out.tokens[i + size_t(k)].gaz_i |= m.kinds;
            if ((m.kinds & LK_TITLE) && i + size_t(m.length) < n)
                out.tokens[i + size_t(m.length)].title_cue_before = true;
        }
    }
    // In a normal-case line the casing is the written one, so the tokens tag() scores are
    // known now: only they need their own features, and their neighbours a shape (a scored
    // word's features read the neighbours' shapes, hashes, cases and gazetteer kinds). Why:
    // most words of a sentence are lowercase words far from any name.
    std::vector<uint8_t>& near = out.near;
    const bool partial = !full && out.mode == LineMode::normal;
    out.scored.clear();
    if (partial) {
        scored_tokens(out.tokens, out.scored);
        near.assign(n, 0);
        for (size_t i = 0; i < n; ++i) {
            if (!out.scored[i]) continue;
            near[i] = 2;
            if (i >= 1 && !near[i - 1]) near[i - 1] = 1;
            if (i + 1 < n) near[i + 1] = 1;  // overwritten with 2 if scored itself
        }
        for (size_t i = 0; i < n; ++i) {
            if (near[i] == 1) out.tokens[i].hs = shape_hash(words[i], 2);  // cased == written
            else if (near[i] == 2) {
                TokenInfo& t = out.tokens[i];
                OwnScoreCache* cache = ctx.own_cache;
                uint32_t e = cache ? cache->find(t.hl, words[i], uint8_t(out.mode)) : 0;
                if (!e && cache && ctx.common)
                    if (const uint32_t c = ctx.common->find(t.hl, words[i], uint8_t(out.mode))) {
                        OwnScoreCache::Entry E = ctx.common->entries[c - 1];  // ready, from load
                        E.doc = cache->doc - 1;  // its vocabulary flag is set below
                        e = cache->add(E, words[i]);
                    }
                if (e && cache->entries[e - 1].ready) {  // seen before: tag() takes its sums
                    OwnScoreCache::Entry& E = cache->entries[e - 1];
                    if (E.doc != cache->doc) {  // first time in this document: as prepare_token sets it
                        E.lc_vocab = (ctx.lower_vocab && ctx.lower_vocab->contains(t.hl)) ||
                                     (ctx.doc_lower && ctx.doc_lower->contains(t.hl));
                        E.doc = cache->doc;
                    }
                    t.hs = E.hs;
                    t.cs = E.cs;
                    t.lc_vocab = E.lc_vocab;
                    t.own = e;
                    continue;
                }
                prepare_token(words[i], facts ? &facts->lower[i] : nullptr, ctx, out, i);
                if (cache && !e) {  // first time: tag() fills the entry (a second one in this sentence waits)
                    OwnScoreCache::Entry E;
                    E.hl = t.hl;
                    E.hs = t.hs;
                    E.mode = uint8_t(out.mode);
                    E.cs = t.cs;
                    E.lc_vocab = t.lc_vocab;
                    E.doc = cache->doc;
                    t.own = cache->add(E, words[i]);
                    t.own_fill = true;
                }
            }
        }
        return;
    }
    near.assign(n, 1);
    for (size_t i = 0; i < n; ++i) prepare_token(words[i], facts ? &facts->lower[i] : nullptr, ctx, out, i);
}

void scored_tokens(const std::vector<TokenInfo>& tokens, std::vector<uint8_t>& need) {
    const size_t n = tokens.size();
    need.assign(n, 0);
    size_t last = size_t(-1);  // previous candidate
    for (size_t i = 0; i < n; ++i) {
        const TokenInfo& t = tokens[i];
        Case c = Case(t.cs);
        bool cand = c == Case::title || c == Case::upper || c == Case::mixed ||
                    ((t.gaz_b | t.gaz_i) & ~(LK_TITLE | LK_ORGWORD | LK_PORTFOLIO | LK_ROLEHEAD | LK_COMMON));
        if (!cand) continue;
        need[i] = 1;
        if (last != size_t(-1) && i - last <= 3 && i - last >= 2) {
            bool short_gap = true;
            for (size_t k = last + 1; k < i; ++k) short_gap &= tokens[k].short_word;
            if (short_gap)
                for (size_t k = last + 1; k < i; ++k) need[k] = 1;
        }
        last = i;
    }
}

namespace {

// Which features features_of() writes: all (in template order), the word's own, or the others.
enum class Part { all, own, context };

template <Part P>
int features_of(const SentenceInfo& s, size_t i, uint32_t* out) {
    const size_t n = s.tokens.size();
    const TokenInfo& t = s.tokens[i];
    static constexpr TokenInfo kPad(kZeroed);  // constant padding token (no mutable state)
    const TokenInfo& p1 = i >= 1 ? s.tokens[i - 1] : kPad;
    const TokenInfo& p2 = i >= 2 ? s.tokens[i - 2] : kPad;
    const TokenInfo& n1 = i + 1 < n ? s.tokens[i + 1] : kPad;
    const TokenInfo& n2 = i + 2 < n ? s.tokens[i + 2] : kPad;
    const uint64_t edge_p1 = i >= 1 ? 0 : 77, edge_n1 = i + 1 < n ? 0 : 78;
    int k = 0, all = 0;  // written, and counted as if all were written (the gazetteer cap below)
    // `own`: the feature depends only on the word and the mode (OwnScoreCache).
    auto f = [&](bool own, uint64_t tmpl, uint64_t v) {
        ++all;
        if (P == Part::all || (P == Part::own) == own) out[k++] = key32(mix(tmpl, v));
    };
    auto g = [&](uint64_t tmpl, uint64_t v) { f(false, tmpl, v); };
    auto o = [&](uint64_t tmpl, uint64_t v) { f(true, tmpl, v); };
    const uint64_t mode = uint64_t(s.mode);
    o(1, 0);
    o(2, t.hl);
    o(3, t.hw);
    o(4, t.hs);
    for (int j = 0; j < 3; ++j) o(5 + uint64_t(j), t.pre[j]);
    for (int j = 0; j < 4; ++j) o(8 + uint64_t(j), t.suf[j]);
    g(12, p1.hl + edge_p1);
    g(13, n1.hl + edge_n1);
    g(14, p2.hl);
    g(15, n2.hl);
    g(16, p1.hs + edge_p1);
    g(17, n1.hs + edge_n1);
    g(18, mix(p1.hs + edge_p1, t.hs));
    g(19, mix(t.hs, n1.hs + edge_n1));
    g(20, mix(p1.hl + edge_p1, t.hs));
    g(21, mix(t.hs, n1.hl + edge_n1));
    g(22, (i == 0 ? 8u : 0u) + t.cs);
    g(23, (t.lc_vocab ? 8u : 0u) + t.cs + (i == 0 ? 16u : 0u));
    o(24, mix(mode, t.cs));
    o(25, mix(mode, t.hl));
    if constexpr (P == Part::own) return k;
    g(26, mix(p1.hl + edge_p1, t.hl));
    g(27, mix(t.hl, n1.hl + edge_n1));
    g(28, (t.title_cue_before ? 1u : 0u) + 2u * t.cs);
    g(29, mix(p1.cs + 16u * (i >= 1), t.cs) * 31 + n1.cs + 16u * (i + 1 < n));
    // The kinds present, lowest first (only their bits are visited: most tokens near a
    // gazetteer hit have one or two of the nine kinds).
    const unsigned any = unsigned(t.gaz_b | t.gaz_i | p1.gaz_b | p1.gaz_i | n1.gaz_b | n1.gaz_i) & ((1u << kLexKinds) - 1);
    for (unsigned left = any; left; left &= left - 1) {
        const int b = __builtin_ctz(left);
        const uint16_t bit = uint16_t(1u << b);
        if (t.gaz_b & bit) { g(40, uint64_t(b) * 16 + t.cs); g(41, mix(uint64_t(b), t.hl)); }
        if (t.gaz_i & bit) g(42, uint64_t(b) * 16 + t.cs);
        if ((p1.gaz_b | p1.gaz_i) & bit) g(43, uint64_t(b));
        if ((n1.gaz_b | n1.gaz_i) & bit) g(44, uint64_t(b));
        if (all >= kMaxFeatures - 5) break;
    }
    return k;
}

}  // namespace

int token_features(const SentenceInfo& s, size_t i, uint32_t* out) { return features_of<Part::all>(s, i, out); }
int token_own_features(const SentenceInfo& s, size_t i, uint32_t* out) { return features_of<Part::own>(s, i, out); }
int token_context_features(const SentenceInfo& s, size_t i, uint32_t* out) { return features_of<Part::context>(s, i, out); }

}  // namespace np::ner
