// test_entities_company_lists.cpp — names listed before a plural company apposition are
// companies: "Japan's Kelvorn Chemical and Germany's Tessikwerk, two of the biggest magnet makers
// outside China," (the tagger read both as places after the countries' possessives).
#include <doctest/doctest.h>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::has_mention;

TEST_CASE("entities: each name of a list before a plural company apposition is a company") {
    auto a = np::test::analyze_text(
        "Japan's Kelvorn Chemical and Germany's Tessikwerk, two of the biggest magnet makers outside China, said "
        "they were assessing the impact.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Kelvorn Chemical"));
    CHECK(has_mention(d, EntityType::ORG, "Tessikwerk"));
    CHECK(has_mention(d, EntityType::GPE, "Japan"));    // the places stay places
    CHECK(has_mention(d, EntityType::GPE, "Germany"));
    // not a list of buyers, and not places
    auto b = np::test::analyze_text("China and India, the two biggest buyers of Russian oil, said nothing.");
    CHECK(has_mention(b.documents[0], EntityType::GPE, "China"));
    CHECK(has_mention(b.documents[0], EntityType::GPE, "India"));
}
