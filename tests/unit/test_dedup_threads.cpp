// One document's Core I on several threads (a Team: segment() cut in two halves, dedup's
// features pass and hashes, the near-duplicate loop overlapped with signing the next block of
// candidates) against the same stages on the calling thread
// alone: every segment and sentence field, the token count and the text after the stages must
// be the same, in clean-only and in full mode, on real Reuters text and on the project's own
// articles made into one long paste (repeats, near-repeats and link lists included).
#include <string>
#include <vector>

#include "../../src/core/parallel.hpp"
#include "core1_helpers.hpp"

namespace {

using namespace np;

// normalize + segment + dedup of one document, as analyze() runs them for a lone document.
Document core1(const std::string& text, bool clean_only, unsigned threads) {
    std::vector<Document> docs(1);
    docs[0].text = text;
    docs[0].clean_only = clean_only;
    Team team(threads);
    normalize(docs[0]);
    segment(docs[0], &team);
    std::vector<CrossDocumentDuplicate> cross;
    dedup(docs, cross, &team);
    return std::move(docs[0]);
}

// How many segments / sentences / tokens differ in any field (0 when the runs agree).
size_t differences(const Document& a, const Document& b) {
    const size_t segs = test::segment_differences(a, b), sents = test::sentence_differences(a, b);
    if (segs == SIZE_MAX || sents == SIZE_MAX) return SIZE_MAX;
    size_t differ = segs + sents;
    for (size_t i = 0; i < a.tokens.size() && i < b.tokens.size(); ++i)
        differ += a.tokens[i].start != b.tokens[i].start || a.tokens[i].end != b.tokens[i].end ||
                  a.tokens[i].kind != b.tokens[i].kind;
    return differ;
}

void check_threads_agree(const std::string& text) {
    for (bool clean_only : {true, false}) {
        CAPTURE(clean_only);
        const Document one = core1(text, clean_only, 1);
        size_t dup = 0, bp = 0;
        for (const Segment& s : one.segments) {
            dup += s.status == SegmentStatus::duplicate;
            bp += s.status == SegmentStatus::boilerplate;
        }
        // The input exercises what the threads split: repeats, boilerplate, many segments.
        CHECK(one.segments.size() >= 2048);
        CHECK(dup > 0);
        CHECK(bp > 0);
        for (unsigned threads : {2u, 3u}) {
            CAPTURE(threads);
            const Document many = core1(text, clean_only, threads);
            CHECK(many.text == text);  // the original bytes are back (clean-only mode)
            CHECK(many.token_count() == one.token_count());
            CHECK(many.tokens.size() == one.tokens.size());
            CHECK(differences(one, many) == 0);
            CHECK(clean_text(many) == clean_text(one));
        }
    }
}

}  // namespace

TEST_CASE("Core I on a team of threads: the project's articles as one long paste") {
    const Input in = test::article_input();
    REQUIRE(in.documents.size() >= 5);
    // Each round pastes every article; every third round repeats the previous round's first
    // half (a repeated block), every round edits one word per article (near-duplicates), and
    // a related-links block follows every second round.
    std::string text;
    for (int round = 0; text.size() < (size_t(600) << 10); ++round) {
        const size_t round_start = text.size();
        for (const auto& d : in.documents) {
            std::string body = d.text;
            const size_t at = body.find(" the ");
            if (at != std::string::npos && round % 2 == 1) body.replace(at, 5, " a ");
            text += body + "\n\n";
        }
        if (round % 3 == 2) text += text.substr(round_start, (text.size() - round_start) / 2) + "\n\n";
        if (round % 2 == 0)
            text += "Related stories\n\nMarkets rally as talks resume\n\nWhat the new duties mean for farmers\n\n"
                    "Port strike enters its second week\n\n";
    }
    check_threads_agree(text);
}

TEST_CASE("Core I on a team of threads: Reuters articles as one long paste") {
    const std::string bodies = test::first_reuters_bodies(4000);
    if (bodies.empty()) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    // The first 2000 bodies again after the rest (exact and near repeats far apart).
    std::string text = bodies + bodies.substr(0, bodies.size() / 2);
    check_threads_agree(text);
}

TEST_CASE("Team: every index once, on any number of threads, job after job") {
    for (unsigned threads : {1u, 2u, 4u}) {
        Team team(threads);
        for (size_t n : {0, 1, 7, 1000}) {
            std::vector<int> hits(n, 0);
            std::vector<unsigned> worker_of(n, 99);
            team.run(n, [&](unsigned worker, size_t i) {
                ++hits[i];
                worker_of[i] = worker;
            });
            size_t once = 0, valid_worker = 0;
            for (size_t i = 0; i < n; ++i) {
                once += hits[i] == 1;
                valid_worker += worker_of[i] < team.size();
            }
            CHECK(once == n);
            CHECK(valid_worker == n);
        }
    }
}
