// ner_train.cpp — averaged structured perceptron over cached hashed features.
#include "ner_train.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "ner_text.hpp"

namespace np::ner {

KeySet build_lower_vocab(const std::vector<TrainSentence>& data) {
    std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> counts;  // lower, capitalized mid-sentence
    for (const auto& s : data)
        for (size_t i = 0; i < s.words.size(); ++i) {
            Case c = case_of(s.words[i]);
            if (c == Case::lower) counts[hash_bytes(s.words[i])].first++;
            else if ((c == Case::title || c == Case::upper) && i > 0) counts[hash_bytes(lower(s.words[i]))].second++;
        }
    KeySet set;
    for (const auto& [h, c] : counts)
        if (c.first >= 2 && c.first >= c.second) set.keys.push_back(key32(h));
    std::sort(set.keys.begin(), set.keys.end());
    set.keys.erase(std::unique(set.keys.begin(), set.keys.end()), set.keys.end());
    set.index();
    return set;
}

namespace {

// Feature key -> count during counting, then -> row index (kNoRow: dropped).
// Open addressing, slot = key << 32 | value, 0 = empty (keys are never 0).
class KeyTable {
public:
    void add(uint32_t key) {
        if ((used_ + 1) * 2 > slots_.size()) grow();
        uint64_t& s = slot(key);
        if (!s) { s = uint64_t(key) << 32; ++used_; }
        if (uint32_t(s) != 0xFFFFFFFFu) ++s;
    }
    uint32_t get(uint32_t key) const {
        if (slots_.empty()) return 0;
        const size_t mask = slots_.size() - 1;
        for (size_t i = key & mask;; i = (i + 1) & mask) {
            if (!slots_[i]) return 0;
            if (uint32_t(slots_[i] >> 32) == key) return uint32_t(slots_[i]);
        }
    }
    void set(uint32_t key, uint32_t v) { uint64_t& s = slot(key); s = uint64_t(key) << 32 | v; }
    template <class F> void each(F f) const { for (uint64_t s : slots_) if (s) f(uint32_t(s >> 32), uint32_t(s)); }

private:
    uint64_t& slot(uint32_t key) {
        const size_t mask = slots_.size() - 1;
        size_t i = key & mask;
        while (slots_[i] && uint32_t(slots_[i] >> 32) != key) i = (i + 1) & mask;
        return slots_[i];
    }
    void grow() {
        std::vector<uint64_t> old;
        old.swap(slots_);
        slots_.assign(old.empty() ? (size_t(1) << 20) : old.size() * 2, 0);
        for (uint64_t s : old) if (s) slot(uint32_t(s >> 32)) = s;
    }
    std::vector<uint64_t> slots_;
    size_t used_ = 0;
};

constexpr uint32_t kNoRow = 0xFFFFFFFFu;

struct Cached {
    std::vector<uint32_t> feats;    // concatenated feature keys, then row indexes
    std::vector<uint32_t> offsets;  // per token start in feats, size n+1
    const std::vector<uint8_t>* labels;
};

std::string titled_heading(const std::string& w, bool first) {
    std::string l = lower(w);
    static constexpr std::string_view kSmall[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with"};
    if (!first)
        for (auto s : kSmall) if (s == l) return l;
    return case_of(w) == Case::lower ? title(w) : w;
}

}  // namespace

TaggerModel train_tagger(const std::vector<TrainSentence>& data, const Lexicon& lexicon,
                         const TrainOptions& opt, const std::function<void(int, double)>& progress) {
    TaggerModel model;
    model.lower_vocab = build_lower_vocab(data);
    FeatureContext ctx;
    ctx.lexicon = &lexicon;
    ctx.lower_vocab = &model.lower_vocab;

    // 1. Features of every (possibly re-cased) sentence, computed once, and counted.
    KeyTable counts;
    std::vector<Cached> cache;
    cache.reserve(data.size() + data.size() / 5 + 2);
    SentenceInfo info;
    std::vector<std::string> tmp;
    std::vector<std::string_view> views;
    auto add = [&](const std::vector<std::string>& words, bool heading, const std::vector<uint8_t>& labels) {
        views.assign(words.begin(), words.end());
        prepare_sentence(views, heading, ctx, info, true);
        Cached c;
        c.labels = &labels;
        uint32_t buf[kMaxFeatures];
        c.offsets.push_back(0);
        for (size_t i = 0; i < words.size(); ++i) {
            int nf = token_features(info, i, buf);
            for (int f = 0; f < nf; ++f) counts.add(buf[f]);
            c.feats.insert(c.feats.end(), buf, buf + nf);
            c.offsets.push_back(uint32_t(c.feats.size()));
        }
        cache.push_back(std::move(c));
    };
    for (size_t si = 0; si < data.size(); ++si) {
        const auto& s = data[si];
        if (s.words.empty() || s.words.size() != s.labels.size()) continue;
        add(s.words, false, s.labels);
        if (!opt.augment_casing) continue;
        if (si % 10 == 3) {
            tmp.clear();
            for (const auto& w : s.words) tmp.push_back(upper(w));
            add(tmp, false, s.labels);
        } else if (si % 10 == 7 && s.words.size() <= 25) {
            tmp.clear();
            for (size_t i = 0; i < s.words.size(); ++i) tmp.push_back(titled_heading(s.words[i], i == 0));
            add(tmp, true, s.labels);
        }
    }

    // 2. Rows for features seen at least min_count times, in key order (deterministic).
    std::vector<uint32_t> kept;
    counts.each([&](uint32_t key, uint32_t n) { if (n >= opt.min_count) kept.push_back(key); });
    std::sort(kept.begin(), kept.end());
    counts.each([&](uint32_t key, uint32_t) { counts.set(key, kNoRow); });
    for (size_t r = 0; r < kept.size(); ++r) counts.set(kept[r], uint32_t(r));
    for (auto& c : cache) {  // keys -> row indexes, dropped features removed
        std::vector<uint32_t> feats, offsets{0};
        feats.reserve(c.feats.size());
        for (size_t t = 0; t + 1 < c.offsets.size(); ++t) {
            for (uint32_t k = c.offsets[t]; k < c.offsets[t + 1]; ++k)
                if (uint32_t r = counts.get(c.feats[k]); r != kNoRow) feats.push_back(r);
            offsets.push_back(uint32_t(feats.size()));
        }
        c.feats.swap(feats);
        c.offsets.swap(offsets);
    }
    counts = KeyTable{};

    // 3. Perceptron passes. w = current weights, u = sum of (update step * delta) for averaging.
    const size_t nw = kept.size() * kLabels, nt = size_t(kLabels + 1) * kLabels;
    std::vector<int32_t> w(nw, 0), tw(nt, 0);
    std::vector<int64_t> u(nw, 0), tu(nt, 0);
    int64_t step = 1;
    std::vector<uint32_t> order(cache.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = uint32_t(i);
    uint64_t rng = opt.seed;
    std::vector<int32_t> scores;
    std::vector<uint8_t> pred;
    for (int it = 0; it < opt.iterations; ++it) {
        for (size_t i = order.size(); i > 1; --i) {  // Fisher-Yates with a 64-bit LCG
            rng = rng * 6364136223846793005ull + 1442695040888963407ull;
            size_t j = size_t((rng >> 33) % i);
            std::swap(order[i - 1], order[j]);
        }
        size_t correct = 0, total = 0;
        for (uint32_t idx : order) {
            const Cached& c = cache[idx];
            const auto& gold = *c.labels;
            const size_t n = gold.size();
            scores.assign(n * kLabels, 0);
            for (size_t t = 0; t < n; ++t)
                for (uint32_t k = c.offsets[t]; k < c.offsets[t + 1]; ++k) {
                    const int32_t* row = &w[size_t(c.feats[k]) * kLabels];
                    for (int l = 0; l < kLabels; ++l) scores[t * kLabels + size_t(l)] += row[l];
                }
            viterbi(scores.data(), n, tw.data(), pred);
            for (size_t t = 0; t < n; ++t) {
                ++total;
                int prev_g = t ? gold[t - 1] : kLabels, prev_p = t ? pred[t - 1] : kLabels;
                if (pred[t] == gold[t]) ++correct;
                if (pred[t] != gold[t]) {
                    for (uint32_t k = c.offsets[t]; k < c.offsets[t + 1]; ++k) {
                        size_t r = size_t(c.feats[k]) * kLabels;
                        w[r + gold[t]] += 1; u[r + gold[t]] += step;
                        w[r + pred[t]] -= 1; u[r + pred[t]] -= step;
                    }
                }
                if (pred[t] != gold[t] || prev_g != prev_p) {
                    size_t g = size_t(prev_g) * kLabels + gold[t], p = size_t(prev_p) * kLabels + pred[t];
                    tw[g] += 1; tu[g] += step;
                    tw[p] -= 1; tu[p] -= step;
                }
            }
            ++step;
        }
        if (progress) progress(it + 1, total ? double(correct) / double(total) : 0.0);
    }

    // 4. Average (w - u/step); drop rows below `prune`; one int16 scale for weights and
    //    transitions; each row rounded to 8 bits with its own power-of-two exponent.
    auto avg = [&](int32_t wv, int64_t uv) { return double(wv) - double(uv) / double(step); };
    double maxabs = 1e-9;
    for (size_t i = 0; i < nw; ++i) maxabs = std::max(maxabs, std::fabs(avg(w[i], u[i])));
    for (size_t i = 0; i < nt; ++i) maxabs = std::max(maxabs, std::fabs(avg(tw[i], tu[i])));
    double scale = 32000.0 / maxabs;
    model.scale = float(scale);
    model.transitions.resize(nt);
    for (size_t i = 0; i < nt; ++i) model.transitions[i] = int16_t(std::lround(avg(tw[i], tu[i]) * scale));
    for (size_t r = 0; r < kept.size(); ++r) {
        double v[kLabels], mx = 0;
        for (int c = 0; c < kLabels; ++c) { v[c] = avg(w[r * kLabels + size_t(c)], u[r * kLabels + size_t(c)]); mx = std::max(mx, std::fabs(v[c])); }
        if (mx < opt.prune || mx == 0) continue;
        long top = std::lround(mx * scale);
        int e = 0;
        while (e < 8 && (top >> e) > 127) ++e;
        int16_t q[kRow] = {0};
        bool any = false;
        for (int c = 0; c < kLabels; ++c) {
            long x = std::clamp(std::lround(v[c] * scale / double(1 << e)), -127L, 127L);
            q[c] = int16_t(x * (1 << e));
            any |= x != 0;
        }
        if (!any) continue;
        model.keys.push_back(kept[r]);
        model.rows.insert(model.rows.end(), q, q + kRow);
    }
    fold_keys(model);  // (24-bit row keys: ner_tagger.hpp)
    model.index();
    return model;
}

size_t prune_rows(TaggerModel& model, double units) {
    const double limit = units * double(model.scale);
    size_t kept = 0;
    for (size_t r = 0; r < model.keys.size(); ++r) {
        int mx = 0;
        for (int c = 0; c < kRow; ++c) mx = std::max(mx, std::abs(int(model.rows[r * kRow + size_t(c)])));
        if (double(mx) < limit) continue;
        if (kept != r) {
            model.keys[kept] = model.keys[r];
            std::copy_n(model.rows.begin() + std::ptrdiff_t(r * kRow), kRow, model.rows.begin() + std::ptrdiff_t(kept * kRow));
        }
        ++kept;
    }
    const size_t dropped = model.keys.size() - kept;
    model.keys.resize(kept);
    model.rows.resize(kept * kRow);
    model.index();
    return dropped;
}

}  // namespace np::ner

#include "ner_corpus.hpp"

namespace np::ner {

uint32_t strip_titles(const std::vector<std::string>& words, uint32_t start, uint32_t end, const Lexicon& lexicon) {
    while (start + 1 < end && (lexicon.kinds_of(hash_bytes(lower(words[start]))) & (LK_TITLE | LK_ROLEWORD))) ++start;
    return start;
}

int gmb_tagger_type(std::string_view type, std::string_view span, const Lexicon& lexicon) {
    std::string t = lower(type);
    if (t == "per") return 0;
    if (t == "org") return 1;
    if (t == "geo" || t == "gpe") {
        LexMatch m = lexicon.lookup(span);
        if (m.kinds & LK_GPE) return 2;
        if (t == "gpe") return 4;
        // geo: most unknown geo names in news are towns and provinces (GPE); LOC only for
        // gazetteer non-political places and names with a natural-feature word.
        if (m.kinds & LK_LOC) return 3;
        static constexpr std::string_view kNatural[] = {"sea", "ocean", "river", "mountains", "mountain", "mount", "gulf",
            "valley", "lake", "island", "islands", "peninsula", "desert", "strait", "bay", "coast", "basin", "plateau",
            "canal", "channel", "sahara", "delta", "region", "east", "west", "north", "south", "asia", "africa", "europe", "america"};
        size_t i = 0;
        while (i < span.size()) {
            size_t j = span.find(' ', i);
            if (j == std::string_view::npos) j = span.size();
            std::string w = lower(span.substr(i, j - i));
            for (auto n : kNatural) if (w == n) return 3;
            i = j + 1;
        }
        return 2;
    }
    return -1;
}

std::vector<TrainSentence> gmb_training_sentences(const std::vector<CorpusDocument>& docs,
                                                  const Lexicon& lexicon, bool holdout_tenth) {
    std::vector<TrainSentence> out;
    size_t index = 0;
    for (const auto& d : docs)
        for (const auto& s : d.sentences) {
            size_t my = index++;
            if (holdout_tenth && my % 10 == 9) continue;
            TrainSentence ts;
            ts.words = s.words;
            ts.labels.assign(s.words.size(), O);
            for (const Chunk& c : chunks(s.tags)) {
                std::string span;
                for (uint32_t k = c.start; k < c.end; ++k) { if (k > c.start) span += ' '; span += s.words[k]; }
                int type = gmb_tagger_type(c.type, span, lexicon);
                if (type < 0) continue;
                Chunk t = c;
                if (type == 0) t.start = strip_titles(s.words, c.start, c.end, lexicon);
                for (uint32_t k = t.start; k < t.end; ++k) ts.labels[k] = uint8_t(k == t.start ? begin_label(type) : begin_label(type) + 1);
            }
            out.push_back(std::move(ts));
        }
    return out;
}

}  // namespace np::ner
