// test_segment_basic.cpp — first smoke tests of normalize + segment + exact dedup.
#include <doctest/doctest.h>

#include "stages.hpp"
#include "test_support.hpp"

namespace {
np::Document make(const std::string& t) {
    np::Document d;
    d.text = t;
    np::normalize(d);
    np::segment(d);
    return d;
}
std::string tok(const np::Document& d, size_t i) { return d.text.substr(d.tokens[i].start, d.tokens[i].end - d.tokens[i].start); }
}  // namespace

TEST_CASE("segment: one paragraph per line, sentences and tokens") {
    auto d = make("Headline here\nThe U.S. said it would act. Mr. Smith agreed.\nTrump’s plan costs $1,200.50 today.");
    REQUIRE(d.segments.size() == 3);
    CHECK(d.segments[0].kind == np::SegmentKind::heading);
    CHECK(d.segments[1].sentence_count == 2);
    std::vector<std::string> toks;
    for (size_t i = 0; i < d.tokens.size(); ++i) toks.push_back(tok(d, i));
    CHECK(std::find(toks.begin(), toks.end(), "U.S.") != toks.end());
    CHECK(std::find(toks.begin(), toks.end(), "Trump") != toks.end());
    CHECK(std::find(toks.begin(), toks.end(), "’s") != toks.end());
    CHECK(std::find(toks.begin(), toks.end(), "1,200.50") != toks.end());
}
