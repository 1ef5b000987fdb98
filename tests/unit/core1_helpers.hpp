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

}  // namespace np::test
