// core1_helpers.hpp — small helpers for the normalize/segment/dedup/CLI tests.
#pragma once
// The wasm build has no exceptions: doctest must know before it is first included.
#if !defined(__cpp_exceptions) && !defined(DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS)
#define DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#endif
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "stages.hpp"
#include "test_support.hpp"

// doctest is built without exceptions here, so a failed REQUIRE does not stop the test:
// REQ also returns from the test case.
#define REQ(cond)               \
    do {                        \
        REQUIRE(cond);          \
        if (!(cond)) return;    \
    } while (0)

namespace np::test {

// normalize + segment only.
inline Document seg_doc(const std::string& t) {
    Document d;
    d.text = t;
    normalize(d);
    segment(d);
    return d;
}

// The full clean stage (normalize + segment + dedup), no models.
inline Document clean_doc(const std::string& t) {
    Analysis a = analyze(Input{{{"doc", "", t}}}, Options{});
    return a.documents.empty() ? Document{} : std::move(a.documents[0]);
}

inline std::string seg_text(const Document& d, size_t i) {
    return d.text.substr(d.segments[i].start, d.segments[i].end - d.segments[i].start);
}
inline std::string tok_text(const Document& d, size_t i) {
    return d.text.substr(d.tokens[i].start, d.tokens[i].end - d.tokens[i].start);
}
inline std::vector<std::string> tokens_of(const Document& d) {
    std::vector<std::string> v;
    for (size_t i = 0; i < d.tokens.size(); ++i) v.push_back(tok_text(d, i));
    return v;
}
inline std::vector<std::string> sentences_of(const Document& d) {
    std::vector<std::string> v;
    for (const auto& s : d.sentences) v.push_back(d.text.substr(s.start, s.end - s.start));
    return v;
}
inline bool has(const std::vector<std::string>& v, const std::string& s) {
    for (const auto& x : v) if (x == s) return true;
    return false;
}

// How many segments differ in any field between two runs of Core I over the same text (0 when
// they agree; SIZE_MAX when the counts differ).
inline size_t segment_differences(const Document& a, const Document& b) {
    if (a.segments.size() != b.segments.size()) return SIZE_MAX;
    size_t differ = 0;
    for (size_t i = 0; i < a.segments.size(); ++i) {
        const Segment &x = a.segments[i], &y = b.segments[i];
        differ += x.start != y.start || x.end != y.end || x.kind != y.kind || x.status != y.status ||
                  x.reason != y.reason || x.duplicate_of != y.duplicate_of || x.similarity != y.similarity ||
                  x.reason_a != y.reason_a || x.reason_b != y.reason_b || x.first_sentence != y.first_sentence ||
                  x.sentence_count != y.sentence_count;
    }
    return differ;
}

// The same for sentences.
inline size_t sentence_differences(const Document& a, const Document& b) {
    if (a.sentences.size() != b.sentences.size()) return SIZE_MAX;
    size_t differ = 0;
    for (size_t i = 0; i < a.sentences.size(); ++i) {
        const Sentence &x = a.sentences[i], &y = b.sentences[i];
        differ += x.start != y.start || x.end != y.end || x.segment != y.segment || x.first_token != y.first_token ||
                  x.token_count != y.token_count;
    }
    return differ;
}

}  // namespace np::test
