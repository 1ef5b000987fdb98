// test_entities_teams.cpp — sports teams from the layout of results lines (ner_teams.cpp) and
// their propagation through the document. Text written for this test (invented clubs).
#include <doctest/doctest.h>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::has_mention;

namespace {
// The type of the entity holding the mention that starts at byte `at` ("none" without one).
std::string type_of_mention_at(const np::Document& d, size_t at) {
    for (const auto& e : d.entities)
        for (const auto& m : e.mentions)
            if (m.start == at) return e.type == EntityType::ORG ? "ORG" : e.type == EntityType::PERSON ? "PERSON" : "other";
    return "none";
}
}  // namespace

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
    CHECK(type_of_mention_at(d, d.text.find("said Oakfield") + 5) == "ORG");
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

// A football report (written for this test, invented clubs) tells its results in prose: "Riverton
// beat Oakfield 2-0", "drew 1-1 with", "a 3-1 win over". The clubs were people or nothing; the
// names on either side of a result are teams, and so is the other side of a later fixture of a
// team ("Riverton host Lakeport Athletic"). National teams stay countries, people stay people.
TEST_CASE("teams: results told in prose, and a known team's fixtures") {
    auto a = np::test::analyze_text(
        "Riverton beat Oakfield 2-0 on Saturday to go top of the league.\n\n"
        "Halden drew 1-1 with Eastbury, while Northgate's 3-1 win over Kelvorn Rovers lifted them to third.\n\n"
        "\"We controlled the game,\" Riverton manager Tom Hale said. Oakfield had won their previous four matches.\n\n"
        "Riverton host Lakeport Athletic on Wednesday.\n\n"
        "Peru beat Chile 3-1 in a friendly, with Jane Okafor scoring twice.\n");
    const auto& d = a.documents[0];
    for (const char* team : {"Riverton", "Oakfield", "Halden", "Eastbury", "Northgate", "Kelvorn Rovers",
                             "Lakeport Athletic"})
        CHECK_MESSAGE(has_mention(d, EntityType::ORG, team), std::string(team));
    // (every mention of a team: the prose one with no result of its own too)
    CHECK(type_of_mention_at(d, d.text.find("Oakfield had won")) == "ORG");
    CHECK(has_mention(d, EntityType::GPE, "Peru"));
    CHECK(has_mention(d, EntityType::GPE, "Chile"));
    CHECK(has_mention(d, EntityType::PERSON, "Tom Hale"));
    CHECK(has_mention(d, EntityType::PERSON, "Jane Okafor"));
}
