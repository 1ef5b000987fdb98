// test_dedup_prekey.cpp — the exact-repeat pre-key (dedup.cpp, alnum_multiset_hash): only
// segments whose lowered ASCII letters and digits form the same multiset get a fold key, so
// this checks that every variant fold() treats as equal still reaches the fold key, and that
// segments with the same letters in another order are still told apart by it.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

using namespace np::test;
using np::SegmentStatus;

namespace {
const char* kFiller = "Exporters in three countries warned that the decision would hurt jobs and raise prices for builders.";
}

TEST_CASE("dedup pre-key: every fold variant of a paragraph is still an exact repeat") {
    // Original, then: upper case; curly quotes and an em dash; an ellipsis; a Latin-1 capital;
    // a zero-width space and a soft hyphen inside words; tabs, non-breaking and double spaces.
    const std::string base = "Caf\xC3\xA9 owners said \"prices\" rose - again... by 5% in `March' at the \xC3\x89toile market.";
    const std::string variants[] = {
        "CAF\xC3\x89 OWNERS SAID \"PRICES\" ROSE - AGAIN... BY 5% IN `MARCH' AT THE \xC3\x89TOILE MARKET.",
        "Caf\xC3\xA9 owners said \xE2\x80\x9Cprices\xE2\x80\x9D rose \xE2\x80\x94 again... by 5% in \xE2\x80\x98March\xE2\x80\x99 at the \xC3\x89toile market.",
        "Caf\xC3\xA9 owners said \"prices\" rose - again\xE2\x80\xA6 by 5% in 'March' at the \xC3\xA9toile market.",
        "Caf\xC3\xA9 own\xE2\x80\x8B" "ers said \"pri\xC2\xAD" "ces\" rose - again... by 5% in `March' at the \xC3\x89toile market.",
        "Caf\xC3\xA9\towners  said\xC2\xA0\"prices\" rose -   again... by 5% in `March' at the \xC3\x89toile market.",
    };
    std::string t = base + "\n" + kFiller + "\n";
    for (const auto& v : variants) t += v + "\n";
    auto d = clean_doc(t);
    REQ(d.segments.size() == 2 + std::size(variants));
    CHECK(d.segments[0].status == SegmentStatus::kept);
    CHECK(d.segments[1].status == SegmentStatus::kept);
    for (size_t i = 2; i < d.segments.size(); ++i) {
        CAPTURE(i);
        CHECK(d.segments[i].status == SegmentStatus::duplicate);
        CHECK(d.segments[i].duplicate_of == 0);
        CHECK(d.segments[i].similarity == doctest::Approx(1.0));
        CHECK(np::segment_reason(d, i).find("exact repeat of segment 0") != std::string::npos);
    }
}

TEST_CASE("dedup pre-key: the same letters in another order are not an exact repeat") {
    // Same multiset of letters and digits (the pre-key matches), words in another order: the
    // fold key decides, and they are not exact repeats (nor near ones: their word bigrams
    // differ). The real repeat of the first paragraph is still found among them.
    const std::string a = "Steel tariffs rose 25 percent in March after the ministry changed its import rules.";
    const std::string b = "Rules changed after its import ministry the March in percent 52 rose tariffs steel.";
    const std::string c = "Rules import its changed ministry the after March in percent 25 rose tariffs steel.";
    auto d = clean_doc(a + "\n" + kFiller + "\n" + b + "\n" + c + "\n" + a + "\n");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[2].status == SegmentStatus::kept);
    CHECK(d.segments[3].status == SegmentStatus::kept);
    CHECK(d.segments[4].status == SegmentStatus::duplicate);
    CHECK(d.segments[4].duplicate_of == 0);
    CHECK(np::segment_reason(d, 4).find("exact repeat of segment 0") != std::string::npos);
}
