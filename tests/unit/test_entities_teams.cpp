// test_entities_teams.cpp — sports teams from the layout of results lines (ner_teams.cpp) and
// their propagation through the document. Text written for this test (invented clubs).
#include <doctest/doctest.h>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::has_mention;

TEST_CASE("teams: names before scores in results and standings lines are ORG, everywhere in the document") {
    auto a = np::test::analyze_text(
        "Results of weekend matches:\n\n"
        "Riverton 3 Oakfield 1\n\n"
        "Halden 0 Lakeport 2\n\n"
        "Standings:\n\n"
        "Riverton 5 4 1 0 12 3 13\n\n"
        "Playing Sunday: Northgate v Eastbury\n\n"
        "France 2 Italy 1\n\n"
        "Coach Mark Ellison said Oakfield had deserved more after a strong second half.\n");
    const auto& d = a.documents[0];
    for (const char* team : {"Riverton", "Oakfield", "Halden", "Lakeport", "Northgate", "Eastbury"})
        CHECK_MESSAGE(has_mention(d, EntityType::ORG, team), team);
    // Propagation: the prose mention of a club follows the results line.
    size_t prose = d.text.find("said Oakfield") + 5;
    bool found = false;
    for (const auto& e : d.entities)
        for (const auto& m : e.mentions)
            if (m.start == prose) { found = true; CHECK(e.type == EntityType::ORG); }
    CHECK(found);
    // National teams stay countries; people stay people.
    CHECK(has_mention(d, EntityType::GPE, "France"));
    CHECK(has_mention(d, EntityType::GPE, "Italy"));
    CHECK(has_mention(d, EntityType::PERSON, "Mark Ellison"));
}

TEST_CASE("teams: golfers, batsmen and runners before numbers stay PERSON") {
    auto a = np::test::analyze_text(
        "Leading scores after the second round:\n\n"
        "Anna Lindqvist 68 71\n\n"
        "M. Carter 70 69\n\n"
        "Times: 1. Peter Holm 1:34\n");
    const auto& d = a.documents[0];
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Anna Lindqvist"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Carter"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "M. Carter"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Peter Holm"));
}
