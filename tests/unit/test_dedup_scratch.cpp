// dedup_document() with a DedupScratch carried from document to document (the word-hash cache
// and per-segment buffers analyze() keeps per thread on multi-document input) against the
// plain path (a fresh cache and fresh buffers for every document): every segment field and
// every cross-document duplicate must be the same, in full and clean-only mode, on real
// Reuters text cut into pastes (repeats inside a paste, across pastes, one-word edits) and on
// the project's own articles.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../../src/core/stage_inputs.hpp"
#include "../../src/core/stages.hpp"
#include "test_support.hpp"

namespace {

using namespace np;

// normalize + segment of every text, then dedup_document + the cross step document by
// document, as analyze() runs them; `scratch` (may be null) is carried through all documents.
struct Run {
    std::vector<Document> docs;
    std::vector<CrossDocumentDuplicate> cross;
};
Run core1(const std::vector<std::string>& texts, bool clean_only, DedupScratch* scratch) {
    Run r;
    r.docs.resize(texts.size());
    size_t segments = 0;
    for (size_t i = 0; i < texts.size(); ++i) {
        r.docs[i].text = texts[i];
        r.docs[i].clean_only = clean_only;
        normalize(r.docs[i]);
        segment(r.docs[i]);
        segments += r.docs[i].segments.size();
    }
    CrossDedup across(segments);
    for (uint32_t d = 0; d < r.docs.size(); ++d) {
        DedupCarry carry;
        dedup_document(r.docs[d], &carry, nullptr, scratch);
        across.add(r.docs, d, carry, r.cross);
        restore_text(r.docs[d]);
    }
    return r;
}

size_t differences(const Run& a, const Run& b) {
    if (a.docs.size() != b.docs.size() || a.cross.size() != b.cross.size()) return SIZE_MAX;
    size_t differ = 0;
    for (size_t d = 0; d < a.docs.size(); ++d) {
        const auto &x = a.docs[d].segments, &y = b.docs[d].segments;
        if (x.size() != y.size()) return SIZE_MAX;
        for (size_t i = 0; i < x.size(); ++i)
            differ += x[i].start != y[i].start || x[i].end != y[i].end || x[i].status != y[i].status ||
                      x[i].kind != y[i].kind || x[i].reason != y[i].reason || x[i].duplicate_of != y[i].duplicate_of ||
                      x[i].similarity != y[i].similarity || x[i].reason_a != y[i].reason_a ||
                      x[i].reason_b != y[i].reason_b;
    }
    for (size_t k = 0; k < a.cross.size(); ++k) {
        const auto &x = a.cross[k], &y = b.cross[k];
        differ += x.document != y.document || x.segment != y.segment || x.first_document != y.first_document ||
                  x.first_segment != y.first_segment || x.similarity != y.similarity;
    }
    return differ;
}

// Pastes of 1-3 texts: every 4th paste pastes its first text twice, every 5th repeats an
// earlier paste's text with one word changed (a near-duplicate across documents), every 3rd
// ends with a related-links block.
std::vector<std::string> pastes_of(const std::vector<std::string>& parts) {
    std::vector<std::string> out;
    size_t next = 0;
    for (int p = 0; next < parts.size(); ++p) {
        std::string t;
        const size_t take = 1 + size_t(p % 3);
        const size_t first = next;
        for (size_t k = 0; k < take && next < parts.size(); ++k) t += parts[next++] + "\n\n";
        if (p % 4 == 0) t += parts[first] + "\n\n";
        if (p % 5 == 4 && first >= 3) {
            std::string again = parts[first - 3];
            const size_t at = again.find(" the ");
            if (at != std::string::npos) again.replace(at, 5, " a ");
            t += again + "\n\n";
        }
        if (p % 3 == 2) t += "Related stories\n\nMarkets rally as talks resume\n\nPort strike enters its second week\n\n";
        out.push_back(t);
    }
    return out;
}

void check_scratch_agrees(const std::vector<std::string>& texts, size_t expected_bytes) {
    for (bool clean_only : {false, true}) {
        CAPTURE(clean_only);
        const Run plain = core1(texts, clean_only, nullptr);
        size_t dup = 0;
        for (const auto& d : plain.docs)
            for (const Segment& s : d.segments) dup += s.status == SegmentStatus::duplicate;
        CHECK(dup > 0);                   // repeats inside documents...
        CHECK(!plain.cross.empty());      // ...and across them
        // A cache as large as analyze() gives one thread, and one smaller than a document's own
        // (that document then uses its own cache).
        for (size_t bytes : {expected_bytes, size_t(4096)}) {
            CAPTURE(bytes);
            DedupScratch scratch(bytes);
            const Run carried = core1(texts, clean_only, &scratch);
            CHECK(differences(plain, carried) == 0);
        }
    }
}

}  // namespace

TEST_CASE("dedup scratch carried across documents: Reuters pastes, same result as without") {
    const std::string bodies = test::first_reuters_bodies(1500);
    if (bodies.empty()) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    // Pieces of ~1.5 KB ending at a blank line (a short article's size).
    std::vector<std::string> parts;
    for (size_t at = 0; at < bodies.size();) {
        size_t end = bodies.find("\n\n", at + 1500);
        if (end == std::string::npos) end = bodies.size();
        parts.push_back(bodies.substr(at, end - at));
        at = end + 2;
    }
    const auto texts = pastes_of(parts);
    REQUIRE(texts.size() >= 100);
    size_t bytes = 0;
    for (const auto& t : texts) bytes += t.size();
    check_scratch_agrees(texts, bytes);
}

TEST_CASE("dedup scratch carried across documents: the project's articles, same result as without") {
    const Input in = test::article_input();
    REQUIRE(in.documents.size() >= 5);
    std::vector<std::string> parts;
    for (int round = 0; round < 3; ++round)
        for (const auto& d : in.documents) parts.push_back(d.text);
    const auto texts = pastes_of(parts);
    size_t bytes = 0;
    for (const auto& t : texts) bytes += t.size();
    check_scratch_agrees(texts, bytes);
}
