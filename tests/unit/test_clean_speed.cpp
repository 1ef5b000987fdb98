// test_clean_speed.cpp — the fast paths of Core I (normalize + segment + dedup) against what
// they replace: each one must give the same result as the plain way on real inputs.
//   * seg::make_token(): one 64-bit store per token instead of bit-field assignments;
//   * dd::signature(): densified bins equal to a plain scan for the next filled bin;
//   * word-at-a-time helpers against byte loops.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dedup_parts.hpp"
#include "segment_parts.hpp"
#include "text.hpp"

using namespace np;
using namespace np::test;

namespace {

// Real news text: the Reuters bodies of ../shared (up to `max_bytes`), else empty.
std::string reuters_text(size_t max_bytes) {
    std::string out;
    for_each_reuters_body([&](const std::string& body) {
        if (out.size() >= max_bytes) return false;
        out += body;
        out += "\n\n";
        return true;
    });
    return out;
}

}  // namespace

TEST_CASE("clean speed: make_token packs exactly the fields a Token{} gets") {
    const uint32_t starts[] = {0, 1, 77, 0xFFFFFFFu, 0x12345678u};
    const uint32_t ends[] = {0, 2, 1000, 0xFFFFFFFu, 0xABCDEFu};
    const TokenKind kinds[] = {TokenKind::word, TokenKind::number, TokenKind::punct, TokenKind::symbol,
                               TokenKind::other};
    for (uint32_t s : starts)
        for (uint32_t e : ends)
            for (TokenKind k : kinds) {
                const Token fast = seg::make_token(s, e, k);
                const Token plain{s, e, k};
                CAPTURE(s);
                CAPTURE(e);
                CHECK(fast.start == plain.start);
                CHECK(uint32_t(fast.end) == uint32_t(plain.end));
                CHECK(fast.kind == plain.kind);
                CHECK(std::memcmp(&fast, &plain, sizeof fast) == 0);
            }
}

TEST_CASE("clean speed: densified signatures equal a plain scan for the next filled bin") {
    std::string text = reuters_text(300000);
    if (text.empty()) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    Document d = seg_doc(text);
    REQ(d.segments.size() > 500);
    size_t checked = 0, with_empty = 0;
    for (const Segment& s : d.segments) {
        uint32_t sig[dd::kSigSize];
        if (!dd::signature(d, s, sig)) continue;
        // The plain way: the raw bins (minimum low 32 bits of the shingle hashes per top-5-bit
        // bin) rebuilt from exact_jaccard's shingle set (the same shingles signature() sees),
        // then each empty bin densified by scanning for the next filled one.
        dd::JaccardScratch scratch;
        (void)dd::exact_jaccard(d, s, d, s, scratch);  // fills scratch.x with the shingle set
        uint32_t raw[dd::kSigSize];
        for (uint32_t& r : raw) r = UINT32_MAX;
        for (uint64_t sh : scratch.x) {
            uint32_t bin = uint32_t(sh >> 59), v = uint32_t(sh);
            if (v < raw[bin]) raw[bin] = v;
        }
        uint32_t plain[dd::kSigSize];
        bool any_empty = false;
        for (int k = 0; k < dd::kSigSize; ++k) {
            plain[k] = raw[k];
            if (raw[k] != UINT32_MAX) continue;
            any_empty = true;
            for (int dist = 1; dist < dd::kSigSize; ++dist) {
                int j = (k + dist) % dd::kSigSize;
                if (raw[j] == UINT32_MAX) continue;
                plain[k] = uint32_t(text::mix64(uint64_t(raw[j]) + uint64_t(dist) * 0x100000001ull)) | 0x80000000u;
                break;
            }
        }
        with_empty += any_empty;
        ++checked;
        bool same = std::equal(sig, sig + dd::kSigSize, plain);
        CHECK(same);
        if (!same) break;
    }
    CHECK(checked > 500);
    CHECK(with_empty > 100);  // short segments: densification really ran
}

TEST_CASE("clean speed: the tokenizer's byte fast path gives the tokens of its bounds-checked path") {
    // tokenize() takes its fast path only when 8-byte loads past a sentence stay inside the
    // text; a sentence cut out as a text of its own takes the bounds-checked
    // path (offsets shifted). Every sentence of real news text must get the same tokens both ways.
    std::string text = reuters_text(400000);
    if (text.empty()) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    Document d = seg_doc(text);
    REQ(d.sentences.size() > 2000);
    size_t compared = 0, differ = 0;
    for (const Sentence& st : d.sentences) {
        Document cut;
        cut.work_storage = std::string(d.work_view().substr(st.start, st.end - st.start));  // the text is the sentence alone
        const uint32_t n = seg::tokenize(cut, 0, st.end - st.start);
        bool same = n == st.token_count;
        for (uint32_t k = 0; same && k < n; ++k) {
            const Token& a = d.tokens[st.first_token + k];
            const Token& b = cut.tokens[k];
            same = a.start == b.start + st.start && uint32_t(a.end) == uint32_t(b.end) + st.start && a.kind == b.kind;
        }
        ++compared;
        differ += !same;
    }
    CHECK(compared > 2000);
    CHECK(differ == 0);
}

TEST_CASE("clean speed: segment_reason spells every reason code as dedup used to store it") {
    // The texts below are the strings dedup.cpp and boilerplate.cpp stored per segment before
    // reasons became codes; the JSON output must not change by a byte.
    Document d;
    d.segments.resize(8);
    for (uint32_t i = 0; i < 8; ++i) d.segments[i].start = d.segments[i].end = i;
    auto set = [&](uint32_t i, ReasonCode c, uint32_t a = 0, uint32_t b = 0) {
        d.segments[i].reason = c;
        d.segments[i].reason_a = a;
        d.segments[i].reason_b = b;
    };
    d.segments[4].duplicate_of = 1;
    d.segments[5].duplicate_of = 2;
    d.segments[6].duplicate_of = 3;
    d.segments[6].similarity = 0.8751f;
    set(4, ReasonCode::exact_repeat, 4, 6);
    set(6, ReasonCode::near_duplicate, 4, 6);
    CHECK(segment_reason(d, 4) == "exact repeat of segment 1; part of a repeated block: segments 4-6 repeat segments 1-3");
    CHECK(segment_reason(d, 6) ==
          "near-duplicate of segment 3 (word-bigram Jaccard 0.88); part of a repeated block: segments 4-6 repeat segments 1-3");
    set(5, ReasonCode::exact_repeat);  // a == b: not in a run
    CHECK(segment_reason(d, 5) == "exact repeat of segment 2");
    const struct { ReasonCode c; uint32_t a; const char* text; } cases[] = {
        {ReasonCode::none, 0, ""},
        {ReasonCode::kept_original, 0, "kept: original"},
        {ReasonCode::kept_heading, 0, "kept: heading"},
        {ReasonCode::kept_short_line, 12, "kept: short line also seen as segment 12, outside a repeated block"},
        {ReasonCode::bp_marker, 0, "boilerplate: related-links marker line"},
        {ReasonCode::bp_marker_link, 0, "boilerplate: link with a related-links prefix"},
        {ReasonCode::bp_chrome, 0, "boilerplate: site chrome (advertisement, share, subscribe, menu or sign-in line)"},
        {ReasonCode::bp_copyright, 0, "boilerplate: copyright notice"},
        {ReasonCode::metadata, 0, "metadata: byline, dateline, timestamp, credit or editor's note (not article text)"},
        {ReasonCode::bp_list_title, 3, "boilerplate: link title in the list after the marker line (segment 3)"},
        {ReasonCode::bp_after_end, 0, "boilerplate: link-title-like line after the article's end"},
        {ReasonCode::bp_title_run, 4, "boilerplate: run of 4 link-title-like lines"},
        {ReasonCode::bp_menu, 0, "boilerplate: navigation menu line"},
    };
    for (const auto& c : cases) {
        set(0, c.c, c.a);
        CHECK(segment_reason(d, 0) == c.text);
    }
    // A run pointing outside the document (hand-built) prints -1, it does not read past the end.
    set(7, ReasonCode::exact_repeat, 7, 99);
    d.segments[7].duplicate_of = 0;
    CHECK(segment_reason(d, 7) == "exact repeat of segment 0; part of a repeated block: segments 7-99 repeat segments 0--1");
    CHECK(segment_reason(d, 8).empty());
}
