// test_entities_names_cut.cpp — an organisation's name the tagger cut at a nationality or a place
// inside it ("Federation of [Indian] Export Organisations"): a name never ends with "of" or
// "for", so it runs on over the capitalized words after the connector.
#include <doctest/doctest.h>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::has_mention;

TEST_CASE("entities: a name cut after 'of' at a nationality or place runs on to its end") {
    auto a = np::test::analyze_text(
        "Ruth Kamau, director general of the Association of Kenyan Tea Exporters, said sales would fall. "
        "The Federation of Brazilian Coffee Roasters disagreed, and the Institute of Chinese Studies was "
        "not asked.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Association of Kenyan Tea Exporters"));
    CHECK(has_mention(d, EntityType::ORG, "Federation of Brazilian Coffee Roasters"));
    CHECK(has_mention(d, EntityType::ORG, "Institute of Chinese Studies"));
    // no organisation is left ending with its connector
    for (const auto& e : d.entities)
        for (const auto& m : e.mentions) {
            const std::string_view t = std::string_view(d.text).substr(m.start, m.end - m.start);
            CHECK_MESSAGE(!t.ends_with(" of"), t);
        }
    // a name that ends well is left alone, and the place after it stays a place
    auto b = np::test::analyze_text("The Confederation of Tessik Industry met in Nairobi on Monday.");
    CHECK(has_mention(b.documents[0], EntityType::ORG, "Confederation of Tessik Industry"));
    CHECK(has_mention(b.documents[0], EntityType::GPE, "Nairobi"));
}
