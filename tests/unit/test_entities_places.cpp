// test_entities_places.cpp — places the gazetteers know whole and the tagger leaves out:
// add_gazetteer_places() (ner_missed.cpp).
#include <doctest/doctest.h>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::has_mention;

TEST_CASE("entities: a region of two proper words is a place wherever it stands") {
    // "British" is a nationality: the tagger read "British Columbia" as nothing at all.
    auto a = np::test::analyze_text(
        "Sawmills in British Columbia cut shifts on Monday. Forestry officials in British Columbia said the "
        "duties were unfair.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::GPE, "British Columbia"));
    const np::Entity* bc = np::test::entity_named(d, "British Columbia");
    REQUIRE(bc != nullptr);
    if (!bc) return;
    CHECK(bc->mentions.size() == 2);
    CHECK(!has_mention(d, EntityType::NORP, "British"));
}

// "City council approves new bike lanes" ... "make the city safer": the headline's first word,
// alone, was a place; the document writes it in lower case, so its capital is the sentence's.
TEST_CASE("entities: a headline's first word the text uses in lower case is no place") {
    auto a = np::test::analyze_text(
        "City council approves new bike lanes after heated debate\n\n"
        "The council voted 7-4 on Wednesday to approve the plan. The mayor said the lanes would make the city "
        "safer.");
    CHECK(np::test::entity_named(a.documents[0], "City") == nullptr);
}

// "Many New Zealanders cheered": a people of two words the tagger left out whole (it rarely saw one
// in training), and "South Koreans" cut into a place "South" and a people "Koreans" (the
// gazetteer had the singular only).
TEST_CASE("entities: a people of two words is one nationality mention") {
    auto a = np::test::analyze_text(
        "Many New Zealanders cheered the ruling. Officials said South Koreans and Sri Lankans were also affected.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::NORP, "New Zealanders"));
    CHECK(has_mention(d, EntityType::NORP, "South Koreans"));
    CHECK(has_mention(d, EntityType::NORP, "Sri Lankans"));
    CHECK(np::test::entity_named(d, "South") == nullptr);
    CHECK(np::test::entity_named(d, "Sri") == nullptr);
}

// "... a key supplier of energy to the U.S. Mexico's economy minister said ...": the sentence did
// not end after the dotted "U.S." and the tagger ran the two countries into one place.
TEST_CASE("entities: a dotted country and a country after it are two places") {
    auto a = np::test::analyze_text(
        "Canada's ambassador said Canada was a key supplier of energy to the U.S. Mexico's Economy Minister Marcelo "
        "Ebrard said the tariffs would hurt consumers.");
    const auto& d = a.documents[0];
    CHECK(np::test::entity_named(d, "U.S. Mexico") == nullptr);
    CHECK(has_mention(d, EntityType::GPE, "Mexico"));
    CHECK(has_mention(d, EntityType::GPE, "U.S."));
}

// "imports from the Alpine country": a capitalized adjective between "the" and a noun of a
// country was a place "Alpine"; "the Kulyab region" names one and stays.
TEST_CASE("entities: an adjective before 'country' or 'nation' is no place") {
    auto a = np::test::analyze_text(
        "Ruritania slapped a 39% tariff on imports from the Alpine country. Water broke through the dam in the "
        "Kulyab region, officials said.");
    const auto& d = a.documents[0];
    CHECK(np::test::entity_named(d, "Alpine") == nullptr);
}

// "Arabica futures rose 3% in New York" made Arabica a place (and "Robusta" a person in the
// Reuters pastes): the coffee varieties, capitalized at a sentence's start, are common words.
TEST_CASE("entities: coffee varieties at a sentence's start are no names") {
    auto a = np::test::analyze_text("Arabica futures rose 3% in New York. Robusta futures fell 1% in London.");
    const auto& d = a.documents[0];
    CHECK(np::test::entity_named(d, "Arabica") == nullptr);
    CHECK(np::test::entity_named(d, "Robusta") == nullptr);
    CHECK(has_mention(d, EntityType::GPE, "London"));
}

// "took effect at 12:01 a.m. ET" made "ET" an organisation (and then a tariff's imposer): time
// zones after a clock time are common words.
TEST_CASE("entities: time zones are no names") {
    auto a = np::test::analyze_text("An additional 10% tariff on all Peruvian imports took effect at 12:01 a.m. ET, "
                                    "doubling the duty Chile imposed in February. Trading resumed at 1430 GMT.");
    const auto& d = a.documents[0];
    CHECK(np::test::entity_named(d, "ET") == nullptr);
    CHECK(np::test::entity_named(d, "GMT") == nullptr);
}

// "Sorghum, pork, beef, aquatic products, fruits and dairy products will face a 10% duty" made
// "Sorghum" a person (and the duty's target): a word capitalized only as the sentence's first,
// opening a list of lower-case nouns, is one of them. Not an apposition or a list of titles.
TEST_CASE("entities: a list's first word, capitalized by the sentence, is no name") {
    auto a = np::test::analyze_text("Sorghum, pork, beef, aquatic products, fruits and dairy products will face a "
                                    "10% duty. Hale, chairman of the board, said on Monday it would cut jobs. Hale, "
                                    "spokesman and adviser, agreed.");
    const auto& d = a.documents[0];
    CHECK(np::test::entity_named(d, "Sorghum") == nullptr);
    CHECK(has_mention(d, EntityType::PERSON, "Hale"));
}

// "Tehran radio said" kept a city as an organisation: a word that may name a body ("radio") after
// a known place keeps the organisation only when it is capitalized, part of the name.
TEST_CASE("entities: a place before a lowercase body word is the place") {
    auto a = np::test::analyze_text("LONDON, March 15 - The revolutionary leader warned the nation's civilian and "
                                    "military hierarchy against discord and dissent, Tehran radio said.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::GPE, "Tehran"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Tehran"));
}

// "a decree published in the Official Gazette" gave a place: the journal of decrees is a publication.
TEST_CASE("entities: the Official Gazette is a publication, no place") {
    auto a = np::test::analyze_text("According to a decree published in the Official Gazette, the tariff on Peruvian "
                                    "cars rose to 120%.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Official Gazette"));
    CHECK_FALSE(has_mention(d, EntityType::GPE, "Official Gazette"));
}

// "its 25% safeguard duty on British steel" gave an organisation "British" (the company "British
// Steel" the tagger's gazetteer feature saw), and the duty no target. A people's word alone as an
// organisation, before a lower-case word, is the people (not a party's word: "Democratic party").
TEST_CASE("entities: 'British steel' in lower case is the people's adjective, no company") {
    auto a = np::test::analyze_text("Under the deal, the EU will cut its 25% safeguard duty on British steel above quota "
                                    "to 15%.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::NORP, "British"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "British"));
    const auto* m = np::test::first_of(d.measures, "tariff");
    REQUIRE(m);
    if (!m) return;
    CHECK(m->target_name == "United Kingdom");
}

// "jobs in Port Talbot, Scunthorpe and Rotherham" made the middle town a person: one word read as a
// person between places in a list after "in" is a place.
TEST_CASE("entities: a one-word person in a list of places after 'in' is a place") {
    auto a = np::test::analyze_text("The minister said the agreement would protect thousands of jobs in Port Talbot, "
                                    "Scunthorpe and Rotherham.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::GPE, "Scunthorpe"));
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Scunthorpe"));
    auto b = np::test::analyze_text("Did not bat: Dharmasena, Vaas, Muralitharan.");
    CHECK_FALSE(has_mention(b.documents[0], EntityType::GPE, "Vaas"));
}

// "A Commission spokesman, Olof Gill, told reporters" gave the role "A Commission spokesman": the
// walk that extends a role over capitalized words took the sentence's article.
TEST_CASE("entities: a role extended left stops at a sentence's capitalized article") {
    auto a = np::test::analyze_text("A Commission spokesman, Tom Hale, told reporters the bloc had prepared a list.");
    const auto& d = a.documents[0];
    const auto* e = np::test::entity_named(d, "Tom Hale");
    REQUIRE(e);
    if (!e) return;
    CHECK(e->role.find("A ") != 0);
    CHECK(e->role.find("spokesman") != std::string::npos);
}
