// test_summary_speed_rank.cpp — the summary's TextRank (summary_from_view) gives exactly what a
// plain implementation of the same method gives, sentence spans and scores bit for bit.
//
// summary_from_view is tuned for instruction count: a flat open-addressing word table cleared
// by memset, insertion sorts, postings in flat arrays, edges with a zero-weight neighbour dropped
// once, PageRank four edges per step with its change summed inside the main loop. The plain
// version below has none of that: a std::unordered_map word table, std::sort + std::unique, a
// map of neighbour overlaps per sentence, one edge per step and a separate pass for the change.
// It keeps only what defines the result: word ids in order of first appearance (they fix the
// edge order and so every floating-point sum), the same window, posting limit, damping,
// iteration count, stop test, lead bias and selection.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "models.hpp"
#include "stages.hpp"
#include "summarize_view.hpp"
#include "test_support.hpp"

namespace {

struct Picked {
    uint32_t start, end;
    double score;
};

std::vector<Picked> plain_textrank(const np::sv::View& v, bool flags) {
    const uint32_t kWindow = 120, kMaxPosting = 200;
    std::vector<uint32_t> cand;
    for (uint32_t s = 0; s < v.sents.size(); ++s) {
        if (v.sents[s].heading) continue;
        uint32_t words = 0;
        for (uint32_t i = v.sents[s].t0; i < v.sents[s].t1; ++i) words += v.toks[i].kind == np::sv::TK::word;
        if (words >= 6) cand.push_back(s);
    }
    if (cand.empty())
        for (uint32_t s = 0; s < v.sents.size() && cand.size() < 3; ++s) cand.push_back(s);
    const uint32_t n = uint32_t(cand.size());
    if (n == 0) return {};
    std::unordered_map<std::string, uint32_t> ids;
    std::vector<std::vector<uint32_t>> words(n);
    for (uint32_t c = 0; c < n; ++c) {
        const auto& s = v.sents[cand[c]];
        for (uint32_t i = s.t0; i < s.t1; ++i) {
            if (v.toks[i].kind != np::sv::TK::word) continue;
            std::string w(v.lo(i));
            if (w.size() < 3 || (flags ? (v.toks[i].info & np::sv::wi_stop) != 0 : np::sv::is_stopword(w))) continue;
            if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
            auto it = ids.emplace(w, uint32_t(ids.size())).first;
            words[c].push_back(it->second);
        }
        std::sort(words[c].begin(), words[c].end());
        words[c].erase(std::unique(words[c].begin(), words[c].end()), words[c].end());
    }
    std::vector<std::vector<uint32_t>> postings(ids.size());
    for (uint32_t c = 0; c < n; ++c)
        for (uint32_t id : words[c]) postings[id].push_back(c);
    std::vector<double> loglen(n);
    for (uint32_t c = 0; c < n; ++c) loglen[c] = std::log(double(words[c].size()) + 1.0);
    // Edges of c in the order the neighbours are first met (words ascending, postings ascending).
    std::vector<std::vector<std::pair<uint32_t, float>>> edges(n);
    for (uint32_t c = 0; c < n; ++c) {
        std::vector<uint32_t> order;
        std::map<uint32_t, uint32_t> overlap;
        for (uint32_t id : words[c]) {
            const auto& p = postings[id];
            if (p.size() > kMaxPosting) continue;
            for (uint32_t d : p) {
                if (d == c || d + kWindow < c || d > c + kWindow) continue;
                if (overlap[d]++ == 0) order.push_back(d);
            }
        }
        for (uint32_t d : order) {
            const double denom = loglen[c] + loglen[d];
            if (denom > 0) edges[c].emplace_back(d, float(double(overlap[d]) / denom));
        }
    }
    std::vector<double> out_weight(n, 0.0);
    for (uint32_t c = 0; c < n; ++c)
        for (const auto& e : edges[c]) out_weight[c] += e.second;
    std::vector<double> score(n, 1.0), next(n, 0.0);
    for (int it = 0; it < 30; ++it) {
        for (uint32_t c = 0; c < n; ++c) {
            double sum = 0;
            for (const auto& e : edges[c]) {
                const double ow = out_weight[e.first];
                if (!(ow > 0)) continue;
                const double share = e.second / ow;
                sum += share * score[e.first];
            }
            next[c] = (1 - 0.85) + 0.85 * sum;
        }
        double delta = 0;
        for (uint32_t c = 0; c < n; ++c) delta += std::fabs(next[c] - score[c]);
        std::swap(score, next);
        if (delta < 1e-6 * n) break;
    }
    for (uint32_t c = 0; c < n && c < 3; ++c) score[c] *= 1.15 - 0.05 * c;
    const uint32_t k = n <= 3 ? n : std::min<uint32_t>(5, std::max<uint32_t>(3, 3 + n / 20));
    std::vector<uint32_t> idx(n);
    for (uint32_t c = 0; c < n; ++c) idx[c] = c;
    std::stable_sort(idx.begin(), idx.end(), [&](uint32_t a, uint32_t b) { return score[a] > score[b]; });
    idx.resize(k);
    std::sort(idx.begin(), idx.end());
    double top = 0;
    for (uint32_t c : idx) top = std::max(top, score[c]);
    std::vector<Picked> out;
    for (uint32_t c : idx) out.push_back(Picked{v.sents[cand[c]].start, v.sents[cand[c]].end, top > 0 ? score[c] / top : 0});
    return out;
}

// Compares np::summarize on the analysed document with the plain TextRank; returns sentences picked.
size_t check_rank(const np::Document& analysed, const np::Models* models) {
    np::Document d = analysed;
    np::summarize(d, models);
    const np::sv::View v = np::sv::build_view(d, &models->summary, 0);
    const std::vector<Picked> want = plain_textrank(v, models->summary.loaded);
    REQUIRE(d.summary.size() == want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        CHECK(d.summary[i].span.start == want[i].start);
        CHECK(d.summary[i].span.end == want[i].end);
        CHECK(d.summary[i].score == want[i].score);  // bit for bit: same sums in the same order
    }
    return want.size();
}

}  // namespace

TEST_CASE("summary speed: summary_from_view equals a plain TextRank (test articles, sample)") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    std::string text;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", text));
    np::Analysis a = np::test::analyze_text(text);
    REQUIRE(a.documents.size() == 1);
    CHECK(check_rank(a.documents[0], models) >= 3);
    // Each test article, and all of them as one document (hundreds of sentences: words in more
    // sentences than the posting limit, neighbours beyond the window).
    np::Input in = np::test::article_input();
    REQUIRE(in.documents.size() > 5);
    std::string all;
    for (const auto& d : in.documents) {
        np::Analysis one = np::test::analyze_text(d.text);
        REQUIRE(one.documents.size() == 1);
        CHECK(check_rank(one.documents[0], models) >= 1);
        all += d.text;
        all += "\n\n";
    }
    np::Analysis big = np::test::analyze_text(all);
    REQUIRE(big.documents.size() == 1);
    CHECK(check_rank(big.documents[0], models) == 5);
}

TEST_CASE("summary speed: summary_from_view equals a plain TextRank (Reuters)") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    size_t docs = 0, picked = 0;
    const bool have = np::test::for_each_reuters_body([&](const std::string& body) {
        if (body.size() < 200) return true;
        np::Analysis a = np::test::analyze_text(body);
        if (a.documents.empty()) return true;
        picked += check_rank(a.documents[0], models);
        return ++docs < 150;
    });
    if (!have) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    CHECK(docs == 150);
    CHECK(picked > 2 * 150);  // short stories have fewer than three candidate sentences
}

// issues_from_view orders its records through an index sort instead of std::stable_sort on the
// records: the order must still be salience descending with ties in taxonomy order.
TEST_CASE("summary speed: issues ordered as a stable sort by salience would (test articles, Reuters)") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    REQUIRE(models->summary.has_taxonomy);
    std::unordered_map<std::string, size_t> rank;
    for (size_t i = 0; i < models->summary.issues.size(); ++i) rank.emplace(models->summary.issues[i].id, i);
    size_t pairs = 0, ties = 0;
    auto check = [&](const std::string& text) {
        np::Analysis a = np::test::analyze_text(text);
        if (a.documents.empty()) return;
        const auto& is = a.documents[0].issues;
        for (size_t i = 1; i < is.size(); ++i) {
            ++pairs;
            CHECK(is[i - 1].salience >= is[i].salience);
            if (is[i - 1].salience == is[i].salience) {
                ++ties;
                CHECK(rank[is[i - 1].id] < rank[is[i].id]);
            }
        }
    };
    np::Input in = np::test::article_input();
    for (const auto& d : in.documents) check(d.text);
    size_t docs = 0;
    np::test::for_each_reuters_body([&](const std::string& body) {
        check(body);
        return ++docs < 300;
    });
    CHECK(pairs > 10);  // the test articles alone name several issues each
    MESSAGE("issue pairs: ", pairs, ", equal salience: ", ties);
}
