// test_measures_subjects.cpp — who imposes a measure named by a second predicate of the same
// subject: "X has imposed A on B, including C, and has threatened D" (the object of the first
// verb may run long; after "and" and only auxiliaries the subject is the first verb's).
#include <doctest/doctest.h>

#include "test_support.hpp"

TEST_CASE("measures: a second predicate after 'and' shares the first one's subject") {
    auto a = np::test::analyze_text(
        "Prime Minister Jane Okafor has imposed 50% tariffs on steel and aluminum imports from most countries, "
        "including Vexland and Norland, and has threatened further levies on lumber.");
    const auto& ms = a.documents[0].measures;
    const np::Measure* lumber = nullptr;
    for (const auto& m : ms)
        if (m.goods == "lumber") lumber = &m;
    REQUIRE(lumber != nullptr);
    if (!lumber) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(lumber->imposer_name == "Jane Okafor");
    CHECK(lumber->status == "threatened");
    // a new subject after "and" is that clause's own
    auto b = np::test::analyze_text("Vexland raised tariffs on cars, and Norland threatened new duties on textiles.");
    const np::Measure* textiles = nullptr;
    for (const auto& m : b.documents[0].measures)
        if (m.goods == "textiles") textiles = &m;
    REQUIRE(textiles != nullptr);
    if (!textiles) return;
    CHECK(textiles->imposer_name == "Norland");
}
