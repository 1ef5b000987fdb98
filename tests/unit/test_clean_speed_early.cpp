// Early signatures (dd::EarlySignatures: clean-only dedup signs long segments while features()
// holds their tokens, instead of tokenizing them again) against the plain path: the same
// signatures segment by segment, and the same dedup results as the full mode (which signs
// from stored tokens) on real Reuters text whose paragraphs are long enough to be signed early.
#include <doctest/doctest.h>

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "../../src/core/dedup_parts.hpp"
#include "../../src/core/stages.hpp"
#include "test_support.hpp"

namespace {
using namespace np;

// Reuters bodies with their wrapped lines joined: paragraphs of several hundred bytes, as in
// web news, most over dd::kEarlyMinBytes. Then a second copy of the first half with every
// 9th word of every 3rd paragraph changed (near-duplicates around the thresholds).
std::string long_paragraph_paste() {
    std::string bodies = test::first_reuters_bodies(200);
    if (bodies.empty()) return bodies;
    std::string joined;
    for (size_t i = 0; i < bodies.size(); ++i) {
        const bool lone_newline = bodies[i] == '\n' && (i + 1 >= bodies.size() || bodies[i + 1] != '\n') &&
                                  (i == 0 || bodies[i - 1] != '\n');
        joined += lone_newline ? ' ' : bodies[i];
    }
    std::string copy = joined.substr(0, joined.size() / 2);
    size_t para = 0, word = 0;
    for (size_t i = 0; i + 1 < copy.size(); ++i) {
        if (copy[i] == '\n') ++para;
        if (copy[i] == ' ' && para % 3 == 0 && ++word % 9 == 0) copy.insert(i + 1, "altered ");
    }
    return joined + "\n\n" + copy;
}

Analysis run(const std::string& text, bool clean_only) {
    Input in;
    in.documents.push_back({"d", "", text});
    Options opt;
    opt.clean_only = clean_only;
    return analyze(in, opt);
}
}  // namespace

TEST_CASE("early signatures: the same signature from a segment's tokens as from the segment") {
    const std::string text = long_paragraph_paste();
    if (text.empty()) { MESSAGE("skipped: ../shared absent"); return; }
    Document doc;
    doc.text = text;
    normalize(doc);
    segment(doc);
    size_t signed_segments = 0, long_ones = 0;
    for (const Segment& s : doc.segments) {
        if (s.sentence_count == 0) continue;
        const Sentence& a = doc.sentences[s.first_sentence];
        const Sentence& b = doc.sentences[s.first_sentence + s.sentence_count - 1];
        std::span<const Token> toks(doc.tokens.data() + a.first_token, b.first_token + b.token_count - a.first_token);
        uint32_t x[dd::kSigSize], y[dd::kSigSize];
        dd::WordHashCache cache(64);
        const bool px = dd::signature(doc, s, x), py = dd::signature(doc.work_view(), toks, y, &cache);
        REQUIRE(px == py);
        if (!px) continue;
        ++signed_segments;
        long_ones += s.end - s.start >= dd::kEarlyMinBytes;
        CHECK(std::equal(x, x + dd::kSigSize, y));
    }
    CHECK(signed_segments > 200);
    CHECK(long_ones > 50);  // the early path is taken on this text
}

TEST_CASE("early signatures: clean-only dedup equals the full mode on long paragraphs") {
    const std::string text = long_paragraph_paste();
    if (text.empty()) { MESSAGE("skipped: ../shared absent"); return; }
    const Analysis full = run(text, false), lean = run(text, true);
    REQUIRE(full.documents.size() == 1);
    const Document &a = full.documents[0], &b = lean.documents[0];
    REQUIRE(a.segments.size() == b.segments.size());
    size_t differ = 0, near = 0;
    for (size_t i = 0; i < a.segments.size(); ++i) {
        const Segment &x = a.segments[i], &y = b.segments[i];
        differ += x.status != y.status || x.reason != y.reason || x.duplicate_of != y.duplicate_of ||
                  x.similarity != y.similarity || x.reason_a != y.reason_a || x.reason_b != y.reason_b;
        near += x.reason == ReasonCode::near_duplicate;
    }
    CHECK(differ == 0);
    CHECK(near > 20);  // the near-duplicate path (estimates from early minima) is exercised
    CHECK(clean_text(a) == clean_text(b));
}
