// test_entities_datelines.cpp — places and peoples the tagger cut short or misread. A name in
// capitals opening a story's dateline ("GYEONGJU, South Korea, Nov 1 (Reuters) -", "ZHONGSHAN,
// Nov 3 -", "HUANGPU (AP) —") is a place, however the tagger read a city no gazetteer knows (a
// name in capitals before a comma without a dateline shape stays what it was); "South Korean"
// is one people, not "Korean" after a "South".
#include <doctest/doctest.h>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::has_mention;

TEST_CASE("entities: the name opening a dateline is a place") {
    for (const char* text : {"KELVORNBURG, South Korea, Nov 1 (Reuters) - Leaders met on Saturday.",
                             "KELVORNBURG, Nov 3 (Reuters) - Leaders met on Saturday.",
                             "KELVORNBURG, Nov 3 - Leaders met on Saturday.",
                             "KELVORNBURG (AP) \xE2\x80\x94 Leaders met on Saturday."}) {
        auto a = np::test::analyze_text(text);
        CHECK_MESSAGE(has_mention(a.documents[0], EntityType::GPE, "KELVORNBURG"), text);
    }
    auto b = np::test::analyze_text("IBM, the computer maker, said on Nov 3 - a Monday - that it would hire.");
    CHECK_FALSE(has_mention(b.documents[0], EntityType::GPE, "IBM"));
}

// "South Korean President Lee", "North Korean troops": the tagger took "Korean" alone, or
// "North" as a place of its own. A people or place mention grows to the front by a capitalized
// word when the gazetteer knows the longer phrase as the same kind.
TEST_CASE("entities: a people's name grows to the gazetteer's longer phrase") {
    auto a = np::test::analyze_text(
        "South Korean President Jane Okafor met officials. North Korean troops moved. The South African rand fell.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::NORP, "South Korean"));
    CHECK(has_mention(d, EntityType::NORP, "North Korean"));
    CHECK(has_mention(d, EntityType::NORP, "South African"));
    CHECK_FALSE(has_mention(d, EntityType::GPE, "North"));
    const np::Entity* p = np::test::entity_named(d, "Jane Okafor");
    REQUIRE(p != nullptr);
    if (!p) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(p->role == "South Korean President");
}
