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

// "WASHINGTON, May 13 (Reuters) - The Trump administration plans ...": the story's first word
// after the dateline's dash is capitalized by its place, and the tagger took "The" into a name
// ("The Trump" an organisation, "The Reserve Bank", "The Food Department": 230 names of the
// Reuters pastes). A known name's own article stays ("The Hague"). And a lone name before
// "administration" is the person it is named after, as CoNLL marks "the Clinton administration".
TEST_CASE("entities: 'The' after a dateline's dash is no part of a name; 'the X administration' is X") {
    auto a = np::test::analyze_text(
        "KELVORNBURG, May 13 (Reuters) - The Vexel Group said it sold shares in a steel mill.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Vexel Group"));
    for (const auto& e : d.entities) CHECK(e.name.rfind("The ", 0) != 0);
    a = np::test::analyze_text("THE HAGUE, May 13 (Reuters) - The Hague court ruled on Tuesday.");
    bool hague = false;
    for (const auto& e : a.documents[0].entities) hague |= e.name == "The Hague";
    CHECK(hague);
    for (const char* text : {"KELVORNBURG, May 13 (Reuters) - The Reagan administration plans to rescind a rule.",
                             "Officials said the Reagan administration would rescind the rule."}) {
        a = np::test::analyze_text(text);
        CHECK_MESSAGE(has_mention(a.documents[0], EntityType::PERSON, "Reagan"), text);
    }
    // (a place's administration stays the place's)
    a = np::test::analyze_text("Officials said the U.S. administration would rescind the rule.");
    CHECK(has_mention(a.documents[0], EntityType::GPE, "U.S."));
}

// A place named only in a dateline's capitals is displayed as a name ("Huangpu"), or as the text
// spells it elsewhere; an acronym in capitals elsewhere keeps its capitals.
TEST_CASE("entities: a city named only in a dateline's capitals reads as a name") {
    auto a = np::test::analyze_text("HUANGPU, China, Nov 3 (Reuters) - Exports from the port rose 4% in October, "
                                    "officials said.");
    bool shown = false;
    for (const auto& e : a.documents[0].entities) shown |= e.type == EntityType::GPE && e.name == "Huangpu";
    CHECK(shown);
    auto b = np::test::analyze_text("ZHONGSHAN, Nov 3 - Factories in Zhongshan cut output in October.");
    bool spelled = false;
    for (const auto& e : b.documents[0].entities) spelled |= e.name == "Zhongshan";
    CHECK(spelled);
}

// "ST. PAUL, Minn., March 6 -", "FORT WORTH, Texas, March 3 -", "TROY, Mich., March 3 -": a
// dateline's "ST." ends no sentence, and its place of capitals, and the state's abbreviation
// after its comma, are places however the tagger read them (or if it passed them over).
TEST_CASE("entities: a dateline's Saint, its unknown town and its state are places") {
    auto a = np::test::analyze_text("Unit sold\n\nST. PAUL, Minn., March 6 - Kelvorn Inc said it sold a unit.");
    CHECK(has_mention(a.documents[0], EntityType::GPE, "ST. PAUL"));
    CHECK(has_mention(a.documents[0], EntityType::GPE, "Minn."));
    auto b = np::test::analyze_text("Unit sold\n\nFORT WORTH, Texas, March 3 - Kelvorn Inc said it sold a unit.");
    CHECK(has_mention(b.documents[0], EntityType::GPE, "FORT WORTH"));
    auto c = np::test::analyze_text("Unit sold\n\nTROY, Mich., March 3 - Kelvorn Inc said it sold a unit.");
    CHECK(has_mention(c.documents[0], EntityType::GPE, "TROY"));
    CHECK(has_mention(c.documents[0], EntityType::GPE, "Mich."));
}

// An AP dateline has no month nor agency: "GARY, Ind. — Hundreds of ..." (a probe of my own
// writing). The sentence ended after "Ind." (a state's abbreviation was no abbreviation to the
// splitter), and the tagger's "GARY" stayed an organisation. A state's abbreviation (or one of
// the eight states the AP spells out) then the dash is a dateline; its name is the place even
// when the tagger read it as something else; and a state after a place's comma is an address,
// no subject ("of Racine, Wis., said they").
TEST_CASE("entities: an AP dateline with a state and no month is a place's") {
    for (const char* text : {"GARY, Ind. — Hundreds of steelworkers rallied outside the mill on Friday.",
                             "KELVORNVILLE, Ore. — Hundreds of steelworkers rallied outside the mill on Friday.",
                             "BOISE, Idaho — Hundreds of steelworkers rallied outside the mill on Friday."}) {
        auto a = np::test::analyze_text(std::string("Mill rally\n\n") + text + "\n");
        const std::string city(text, std::string_view(text).find(','));
        CHECK_MESSAGE(has_mention(a.documents[0], EntityType::GPE, city), city);
        CHECK_MESSAGE(!has_mention(a.documents[0], EntityType::ORG, city), city);
    }
    const auto ms = np::test::measures_of("Kelvorn Holdings and Fabrikam Savings of Racine, Wis., said they have signed a "
                                          "definitive agreement to combine.\n");
    const np::Measure* deal = np::test::first_of(ms, "deal");
    REQUIRE(deal);
    CHECK(deal->imposer_name != "Wis.");
}

// "which counts Amazon and Microsoft among its customers" (a probe of my own writing): the river
// in the gazetteer made the company a place. One word of the gazetteer's "loc" kind coordinated
// with an organisation the gazetteer knows is an organisation; a continent beside a body stays a
// place, and so does a river beside another river.
TEST_CASE("entities: a river's name beside a known company is a company") {
    auto a = np::test::analyze_text("Fabrikam Holdings counts Amazon and Microsoft among its customers.\n");
    CHECK(has_mention(a.documents[0], EntityType::ORG, "Amazon"));
    auto b = np::test::analyze_text("Barges on the Amazon and the Orinoco carry timber to the coast.\n");
    CHECK(has_mention(b.documents[0], EntityType::LOC, "Amazon"));
}
