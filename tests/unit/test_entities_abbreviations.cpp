// test_entities_abbreviations.cpp — an abbreviation that is a common noun ("EV", "IPO", "LNG":
// gazetteer kind `common` in assets/gazetteer_world.tsv) is no entity alone, however the tagger
// reads its capitals; a longer name that holds one still is ("LNG Canada"), and organisations'
// abbreviations stay organisations.
#include <doctest/doctest.h>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::entity_named;
using np::test::has_mention;

TEST_CASE("entities: a common-noun abbreviation is no name alone") {
    auto a = np::test::analyze_text(
        "Vexland imposed duties in retaliation for the EV tariffs. EV sales rose 4% in May. The listing was the "
        "biggest IPO of the year, and LNG exports fell. LNG Canada began shipments. The EU and the IMF met.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "EV") == nullptr);
    CHECK(entity_named(d, "IPO") == nullptr);
    CHECK(entity_named(d, "LNG") == nullptr);
    CHECK(has_mention(d, EntityType::ORG, "LNG Canada"));
    CHECK(has_mention(d, EntityType::ORG, "EU"));
    CHECK(has_mention(d, EntityType::ORG, "IMF"));
}

// Element and mineral names (also `common` in the gazetteer) open sentences and lists in stories
// about export controls and metal prices ("Holmium, erbium and thulium join ...", "Platinum was
// fixed at ..."): the tagger read them as people or companies.
TEST_CASE("entities: a mineral or element name opening a sentence is no name") {
    auto a = np::test::analyze_text(
        "Holmium, erbium and thulium join seven elements Beijing placed under controls in April. Platinum was "
        "fixed this morning at 583.50 dollars an ounce. Lithium Americas said it would build a mine.");
    const auto& d = a.documents[0];
    for (const char* n : {"Holmium", "Platinum"}) {
        CHECK_MESSAGE(entity_named(d, n) == nullptr, n);
    }
    CHECK(has_mention(d, EntityType::GPE, "Beijing"));
    CHECK(has_mention(d, EntityType::ORG, "Lithium Americas"));  // (a longer name holding one stays)
}

// "AI" (artificial intelligence) and chip words fill technology and export-control stories: the
// tagger, trained on older news, read "curbs on AI chip exports" as a place and "AI" as a
// company. They are `common` in the gazetteer.
TEST_CASE("entities: AI and chip abbreviations are no names") {
    auto a = np::test::analyze_text(
        "Japan tightens curbs on AI chip exports.\n\n"
        "The rules cap sales of GPUs and HBM to most countries. \"Japan leads the world in AI now,\" "
        "the minister said. Tarnow Systems makes DRAM.");
    const auto& d = a.documents[0];
    for (const char* n : {"AI", "GPUs", "HBM", "DRAM"}) {
        CHECK_MESSAGE(entity_named(d, n) == nullptr, n);
    }
    CHECK(has_mention(d, EntityType::GPE, "Japan"));
}

// A `common` phrase of several capitalized words is no name, in part or whole: "aboard Air Force
// One" gave the organisation "Air Force" (the tagger stopped before "One"); the air force itself
// stays one.
TEST_CASE("entities: a capitalized common phrase is no name, in part or whole") {
    auto a = np::test::analyze_text(
        "Jane Okafor told reporters aboard Air Force One on Sunday that the tariffs would stay. "
        "The Vexland Air Force said it would buy new jets.");
    const auto& d = a.documents[0];
    for (const auto& e : d.entities) CHECK_MESSAGE(e.name.find("Force One") == std::string::npos, e.name);
    CHECK(entity_named(d, "Air Force") == nullptr);
    CHECK(has_mention(d, EntityType::PERSON, "Jane Okafor"));
    CHECK(has_mention(d, EntityType::ORG, "Vexland Air Force"));
    // "Western sanctions", "a Western diplomat": an adjective, no place ("Western" was a GPE and
    // the imposer of the sanctions); names that hold it stay
    auto b = np::test::analyze_text("Moscow has said Western sanctions are illegal, a Western diplomat said. "
                                    "Western Union shares fell, and Western Sahara was quiet.");
    const auto& db = b.documents[0];
    CHECK(entity_named(db, "Western") == nullptr);
    CHECK(has_mention(db, EntityType::ORG, "Western Union"));
    CHECK(has_mention(db, EntityType::GPE, "Western Sahara"));
}

// A sentence adverb opening a short sentence ("Maybe so.") or a long one ("Furthermore, the
// committee passed ...") was read as a surname; they are `common` in the gazetteer. A surname
// opening a short sentence stays a person.
TEST_CASE("entities: a sentence adverb is no name") {
    auto a = np::test::analyze_text(
        "Supporters of the tariff say it is leverage in a broader fight with Vexland over dairy and lumber. "
        "Maybe so. But farmers have seen this before. Furthermore, the committee passed an amendment offered by "
        "Rep. Tom Glickwood on Tuesday. Glickwood smiled.");
    const auto& d = a.documents[0];
    for (const char* n : {"Maybe", "Furthermore"}) {
        CHECK_MESSAGE(entity_named(d, n) == nullptr, n);
    }
    CHECK(has_mention(d, EntityType::PERSON, "Tom Glickwood"));
}

// "B.C. Premier Jane Okafor": an abbreviated province written with its dots was an organization
// (and the premier's role lost its place). The gazetteer names a few such abbreviations as regions
// under their ISO names; "D.C." after "Washington" too.
TEST_CASE("entities: abbreviated provinces and states with their dots are places") {
    auto a = np::test::analyze_text(
        "B.C. Premier Jane Okafor said the duties hurt forestry workers. A plant near Trenton, N.J., will close, "
        "officials in Washington, D.C., said.");
    const auto& d = a.documents[0];
    const np::Entity* bc = np::test::entity_of_type(d, EntityType::GPE, "B.C.");
    REQUIRE(bc);
    if (!bc) return;  // (doctest runs without exceptions here)
    CHECK(bc->name == "British Columbia");
    CHECK(has_mention(d, EntityType::GPE, "N.J."));
    CHECK(has_mention(d, EntityType::GPE, "D.C."));
    const np::Entity* p = entity_named(d, "Jane Okafor");
    REQUIRE(p);
    if (!p) return;
    CHECK(p->role == "B.C. Premier");
}

// "Mark Molumphy, a lawyer for the plaintiffs, called the settlement fair" had no role: lawyers,
// attorneys, bankers, traders, lobbyists are role heads; and "attorney at the law firm of Baker
// and Botts representing Pennzoil" ends before the participle that takes an object.
TEST_CASE("entities: a lawyer's apposition is a role; a participle with its object ends it") {
    auto a = np::test::analyze_text(
        "Tom Hale, a lawyer for the plaintiffs, called the settlement fair. \"We will appeal,\" said Jane Okafor, "
        "an attorney at the law firm of Kelvorn and Roe representing the company.");
    const auto& d = a.documents[0];
    const np::Entity* hale = np::test::entity_named(d, "Tom Hale");
    REQUIRE(hale != nullptr);
    if (!hale) return;
    CHECK(hale->role == "lawyer for the plaintiffs");
    const np::Entity* ok = np::test::entity_named(d, "Jane Okafor");
    REQUIRE(ok != nullptr);
    if (!ok) return;
    CHECK(ok->role == "attorney at the law firm of Kelvorn and Roe");
}

// "shares closed up 0.8% on the Nasdaq" read the exchange as a place (or a person): it is a
// known organisation.
TEST_CASE("entities: the Nasdaq is an organisation") {
    auto a = np::test::analyze_text("Shares of Kelvorn closed up 0.8% at $45.30 on the Nasdaq on Friday.");
    const np::Entity* n = np::test::entity_named(a.documents[0], "Nasdaq");
    REQUIRE(n != nullptr);
    if (!n) return;
    CHECK(n->type == np::EntityType::ORG);
}

// "a truce agreed by Presidents Xi Jinping and Donald Trump" gave neither a role: a plural title
// before coordinated names is each one's title in the singular ("Foreign Ministers X and Y": with
// its portfolio).
TEST_CASE("entities: a plural title before coordinated names is each one's role") {
    auto a = np::test::analyze_text("The truce was agreed by Presidents Tom Hale and Jane Okafor in Lima. Foreign "
                                    "Ministers Rafael Souza and Ana Ruiz met on Monday.");
    const auto& d = a.documents[0];
    for (const char* n : {"Tom Hale", "Jane Okafor"}) {
        const np::Entity* p = np::test::entity_named(d, n);
        REQUIRE(p != nullptr);
        if (p) CHECK(p->role == "President");
    }
    for (const char* n : {"Rafael Souza", "Ana Ruiz"}) {
        const np::Entity* p = np::test::entity_named(d, n);
        REQUIRE(p != nullptr);
        if (p) CHECK(p->role == "Foreign Minister");
    }
}
