// test_ner_numeric.cpp — DATE, PERCENT and MONEY patterns, through the whole pipeline.
#include <algorithm>

#include <doctest/doctest.h>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::has_mention;

TEST_CASE("numeric: PERCENT forms") {
    auto a = np::test::analyze_text("Prices rose 20% in March. Turnout was 100 per cent and costs fell 10 percent, or 3.5 pct.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::PERCENT, "20%"));
    CHECK(has_mention(d, EntityType::PERCENT, "100 per cent"));
    CHECK(has_mention(d, EntityType::PERCENT, "10 percent"));
    CHECK(has_mention(d, EntityType::PERCENT, "3.5 pct"));
}

TEST_CASE("numeric: MONEY forms") {
    auto a = np::test::analyze_text("The group paid $1.2bn for the unit, then €5 million in fees and US$300 per share. "
                                    "Farmers lost 5 million euros and £3 each.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::MONEY, "$1.2bn"));
    CHECK(has_mention(d, EntityType::MONEY, "€5 million"));
    CHECK(has_mention(d, EntityType::MONEY, "US$300"));
    CHECK(has_mention(d, EntityType::MONEY, "5 million euros"));
    CHECK(has_mention(d, EntityType::MONEY, "£3"));
    // A money amount is not also a date or a country.
    CHECK_FALSE(has_mention(d, EntityType::GPE, "US"));
}

// Amounts in reais, guilders, marks or lire were no MONEY (the currency words were missing).
TEST_CASE("numeric: MONEY in more currencies") {
    auto a = np::test::analyze_text("The deals were worth about 27 billion reais. The bank lost 100 mln guilders, "
                                    "then 240 million marks and 302 billion lire.");
    const auto& d = a.documents[0];
    for (const char* m : {"27 billion reais", "100 mln guilders", "240 million marks", "302 billion lire"})
        CHECK_MESSAGE(has_mention(d, EntityType::MONEY, m), m);
}

// The Indian rupee written "Rs" before the amount ("Rs 5,000 crore") was no MONEY ("Rs" was no
// currency code nor a word a pattern may start with); the same letters in capitals are a model's.
TEST_CASE("numeric: MONEY in rupees written Rs") {
    auto a = np::test::analyze_text("The government set aside Rs 5,000 crore for exporters. The RS 200 sold well.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::MONEY, "Rs 5,000 crore"));
    CHECK_FALSE(has_mention(d, EntityType::MONEY, "RS 200"));
}

TEST_CASE("numeric: DATE forms") {
    auto a = np::test::analyze_text("The talks ended on Thursday. Exports have fallen since March and again last weekend. "
                                    "Officials said earlier this month that the plan, first drafted in 2019, would start on April 1, 2026.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::DATE, "Thursday"));
    CHECK(has_mention(d, EntityType::DATE, "since March"));
    CHECK(has_mention(d, EntityType::DATE, "last weekend"));
    CHECK(has_mention(d, EntityType::DATE, "earlier this month"));
    CHECK(has_mention(d, EntityType::DATE, "2019"));
    CHECK(has_mention(d, EntityType::DATE, "April 1, 2026"));
}

TEST_CASE("numeric: modal 'may' and plain numbers are not dates") {
    auto a = np::test::analyze_text("Officials may decide later. The company has 2500 workers and sold 40 cars.");
    for (const auto& e : a.documents[0].entities) {
        CHECK(e.type != EntityType::DATE);
        CHECK(e.type != EntityType::MONEY);
    }
}

// "meet again in mid-May": one token, which no date rule started at (the tagger made a place or an
// organisation of it in 97 of the 4,755 Reuters pastes' dates). "mid-", "early-" and "late-"
// before a month, a year or a decade are dates.
TEST_CASE("numeric: 'mid-May', 'mid-2024', 'late-1990s' are dates") {
    auto a = np::test::analyze_text(
        "The two sides would meet again in mid-May, he said. Prices peaked in mid-2024 and were low in the "
        "late-1990s. The middle-class vote and a mid-size car are no dates.");
    std::vector<std::string> dates;
    for (const auto& e : a.documents[0].entities) {
        if (e.type == np::EntityType::DATE) dates.push_back(e.name);
        if (e.name.find("mid-May") != std::string::npos) CHECK(e.type == np::EntityType::DATE);
    }
    CHECK(std::find(dates.begin(), dates.end(), "mid-May") != dates.end());
    CHECK(std::find(dates.begin(), dates.end(), "mid-2024") != dates.end());
    bool nineties = false;
    for (const auto& d : dates) nineties |= d.find("late-1990s") != std::string::npos;
    CHECK(nineties);
    for (const auto& d : dates) CHECK(d.find("mid-size") == std::string::npos);
}

// "Jan de Vries, the Dutch trade minister, said": "Jan" was read as January and the person lost.
// Before a capitalized word or a name particle "Jan" is a given name; before a day or a year, after
// "in"/"during"/"/" and in "Jan/Sept" it is the month.
TEST_CASE("numeric: 'Jan de Vries' is a person, 'Jan 27' and 'Jan/Sept' the month") {
    auto a = np::test::analyze_text(
        "Jan de Vries, the Dutch trade minister, said talks would resume. Imports fell on Jan 27 and output "
        "during Jan/Sept was flat.");
    const auto& d = a.documents[0];
    const auto* p = np::test::entity_named(d, "Jan de Vries");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->type == np::EntityType::PERSON);
    bool day = false, range = false;
    for (const auto& e : d.entities)
        if (e.type == np::EntityType::DATE) {
            day |= e.name == "Jan 27";
            range |= e.name.rfind("Jan", 0) == 0 && e.name != "Jan 27";
        }
    CHECK(day);
    CHECK(range);
}
