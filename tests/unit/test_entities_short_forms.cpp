// test_entities_short_forms.cpp — a company named in full once and by its short form after
// ("Kelvorn Industries Ltd" ... "a Kelvorn spokesperson") is one entity: org_short_form()
// (ner_mentions.cpp) gives the short form, find_mentions finds it where the tagger did not, and
// group_entities joins the two.
#include <doctest/doctest.h>

#include "ner_stage.hpp"
#include "test_entities_support.hpp"

using np::EntityType;
using np::test::entity_named;
using np::test::has_mention;

namespace {

// org_short_form() over a name written as lowercase words, through the shipped lexicon.
std::pair<size_t, size_t> short_form(std::initializer_list<std::string_view> words) {
    const np::EntityModels& m = np::test::tagger_models();
    std::vector<std::string_view> lower(words);
    std::vector<uint64_t> hl;
    for (std::string_view w : lower) hl.push_back(np::ner::hash_lower(w));  // (StageSentence::hl)
    return np::ner::org_short_form(lower, hl, m.lexicon);
}

}  // namespace

TEST_CASE("org_short_form: the name without the words that say it is a company") {
    using P = std::pair<size_t, size_t>;
    CHECK(short_form({"kelvorn", "industries", "ltd"}) == P{0, 1});
    CHECK(short_form({"the", "tessik", "group"}) == P{1, 2});
    CHECK(short_form({"marrow", "and", "co"}) == P{0, 1});              // "and Co" goes too
    CHECK(short_form({"tessik", "capital", "corp."}) == P{0, 2});       // a name of two words stays whole
    CHECK(short_form({"tessik", "capital"}) == P{0, 0});                // nothing to strip: none
    CHECK(short_form({"holdings", "inc"}) == P{0, 0});                  // nothing left: none
    CHECK(short_form({"general", "group"}) == P{0, 0});                 // a generic word is no name
    CHECK(short_form({"texas", "industries", "inc"}) == P{0, 0});       // nor a place
    CHECK(short_form({"american", "holdings", "inc"}) == P{0, 0});      // nor a people
    CHECK(short_form({"kelvorn", "electronics", "co", "ltd"}) == P{0, 1});  // one word of its trade goes too
    CHECK(short_form({"kelvorn", "motor", "steel"}) == P{0, 2});            // (one only)
}

TEST_CASE("entities: a company's short form is the company") {
    auto a = np::test::analyze_text(
        "Kelvorn Industries Ltd, a maker of industrial pumps, said on Monday it would cut 400 jobs at its plant in "
        "Leeds. A Kelvorn spokesperson declined to comment on the talks. Shares of Kelvorn fell 4% in London.\n\n"
        "Analysts said Kelvorn had been losing orders to rivals for two years.");
    const auto& d = a.documents[0];
    const np::Entity* k = entity_named(d, "Kelvorn Industries Ltd");
    REQUIRE(k != nullptr);
    if (!k) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(k->type == EntityType::ORG);
    CHECK(k->mentions.size() == 4);  // the full name and three short forms, one entity
    CHECK(entity_named(d, "Kelvorn") == k);
    int kelvorn_entities = 0;
    for (const auto& e : d.entities) kelvorn_entities += e.name.find("Kelvorn") != std::string::npos;
    CHECK(kelvorn_entities == 1);
}

TEST_CASE("entities: a short form joins only its own company, and a place stays a place") {
    auto a = np::test::analyze_text(
        "Texas Industries Inc said it would buy a cement plant in Texas for $40 million. Marrow and Co advised "
        "the buyer. Marrow said the deal would close in May. Tessik Motors Corp and Tessik Capital are not "
        "related, Tessik Capital said.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::GPE, "Texas"));
    const np::Entity* m = entity_named(d, "Marrow and Co");
    REQUIRE(m != nullptr);
    if (!m) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(m->mentions.size() == 2);
    CHECK(entity_named(d, "Tessik Motors Corp") != entity_named(d, "Tessik Capital"));
}

// "Kelvorn Electronics ... Kelvorn gained 1.8%": one company. But "Tessik Motor" and "Tessik
// Steel" are two companies of one house, and a bare "Tessik" is either; "Marrow Corp" (a
// parent) and "Marrow Chemicals Co" (its unit) stay two, and the bare name is the parent.
TEST_CASE("entities: a short form without a word of the trade joins only an unambiguous company") {
    auto a = np::test::analyze_text(
        "Kelvorn Electronics Co said sales rose. Kelvorn gained 1.8% in Seoul. Tessik Motor and Tessik Steel said "
        "Tessik would invest $2 billion. Marrow Corp said its Marrow Chemicals Co unit would expand. Marrow "
        "shares rose.");
    const auto& d = a.documents[0];
    const np::Entity* k = entity_named(d, "Kelvorn Electronics Co");
    REQUIRE(k != nullptr);
    if (!k) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(entity_named(d, "Kelvorn") == k);
    const np::Entity* motor = entity_named(d, "Tessik Motor");
    const np::Entity* steel = entity_named(d, "Tessik Steel");
    CHECK(motor != nullptr);
    CHECK(steel != nullptr);
    CHECK(motor != steel);
    CHECK((entity_named(d, "Tessik") == nullptr || (entity_named(d, "Tessik") != motor && entity_named(d, "Tessik") != steel)));
    const np::Entity* parent = entity_named(d, "Marrow Corp");
    const np::Entity* unit = entity_named(d, "Marrow Chemicals Co");
    CHECK(parent != nullptr);
    CHECK(unit != nullptr);
    CHECK(parent != unit);
    CHECK(entity_named(d, "Marrow") == parent);
}

// The first of two words is a short form too, when it has no lowercase use and the name is a
// company's ("Goldman" of "Goldman Sachs Group Inc"); the tagger had made it a person.
TEST_CASE("entities: the first word of a two-word company name is the company") {
    auto a = np::test::analyze_text(
        "Varnholt Brisk Group Inc said on Tuesday it would cut 300 jobs in its trading unit. Varnholt has cut staff "
        "twice this year, analysts said. A Varnholt spokeswoman declined to comment.");
    const auto& d = a.documents[0];
    const np::Entity* v = entity_named(d, "Varnholt Brisk Group Inc");
    REQUIRE(v != nullptr);
    if (!v) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(v->type == EntityType::ORG);
    CHECK(v->mentions.size() == 3);
    CHECK(entity_named(d, "Varnholt") == v);
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Varnholt"));
}

TEST_CASE("entities: a name and an office of state are no company; a person's title keeps the person") {
    // "administration" has lowercase use and there is no legal word: "Tolmar" stays a person (no
    // title here: the name alone would otherwise join the administration).
    auto a = np::test::analyze_text(
        "The Tolmar Administration said on Monday it would raise tariffs on steel. Tolmar signed the order "
        "after talks with Congress.");
    CHECK(has_mention(a.documents[0], EntityType::PERSON, "Tolmar"));
    // A company's short form does not take the name after a person's title.
    auto b = np::test::analyze_text(
        "Dorvane Holdings Inc said on Monday it would close two plants. Senator Dorvane, who is not related to the "
        "company's founders, criticised the closures.");
    CHECK(has_mention(b.documents[0], EntityType::PERSON, "Dorvane"));
}

TEST_CASE("entities: a legal word alone after '&' joins the name before it, even at a sentence's start") {
    // The tagger made "Kessling" a company and "Co" a person.
    auto a = np::test::analyze_text("Kessling Draper & Co said on Tuesday it would sell its stake. Kessling shares rose 3%.");
    const auto& d = a.documents[0];
    const np::Entity* k = entity_named(d, "Kessling Draper & Co");
    REQUIRE(k != nullptr);
    if (!k) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(k->type == EntityType::ORG);
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Co"));
}

// "The European Commission proposed ... The Commission said ...": an institution by its head noun
// alone is the one institution of the document that ends with it.
TEST_CASE("entities: 'the Commission' is the one commission named in full") {
    auto a = np::test::analyze_text(
        "The Vexland Trade Commission proposed a quota on steel on Tuesday. The Commission said talks with "
        "exporters would continue next week.");
    const auto& d = a.documents[0];
    const np::Entity* c = entity_named(d, "Vexland Trade Commission");
    REQUIRE(c != nullptr);
    if (!c) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(c->mentions.size() == 2);
    CHECK(entity_named(d, "Commission") == c);
    // two of them: which one is meant is not known, and neither takes it
    auto b = np::test::analyze_text(
        "The Vexland Trade Commission and the Norland Energy Commission met on Tuesday. The Commission said "
        "talks would continue.");
    const np::Entity* v = entity_named(b.documents[0], "Vexland Trade Commission");
    REQUIRE(v != nullptr);
    if (!v) return;
    CHECK(v->mentions.size() == 1);
}

// "Judges on the Chile Supreme Court ... The Supreme Court is expected to rule": a name given once
// with its country's or city's name before it is the name given without it, when only one place's
// form has it; a direction's word is no place ("North Star Mining" is not "Star Mining").
TEST_CASE("entities: 'the Supreme Court' is the one place's Supreme Court named in full") {
    auto a = np::test::analyze_text(
        "Judges on the Chile Supreme Court on Monday heard the appeal of the mining company. The Supreme Court is "
        "expected to rule in March.");
    const np::Entity* c = entity_named(a.documents[0], "Chile Supreme Court");
    REQUIRE(c != nullptr);
    if (!c) return;
    CHECK(c->mentions.size() == 2);
    CHECK(entity_named(a.documents[0], "Supreme Court") == c);
    // two places' courts: which one is meant is not known, and neither takes it
    auto b = np::test::analyze_text(
        "Judges on the Chile Supreme Court and the Peru Supreme Court heard appeals on Monday. The Supreme Court "
        "in Lima is expected to rule in March.");
    const np::Entity* v = entity_named(b.documents[0], "Chile Supreme Court");
    REQUIRE(v != nullptr);
    if (!v) return;
    CHECK(v->mentions.size() == 1);
    auto n = np::test::analyze_text("Shares of North Star Mining rose 4% on Tuesday. Star Mining, a rival, said output fell.");
    const np::Entity* s = entity_named(n.documents[0], "North Star Mining");
    REQUIRE(s != nullptr);
    if (!s) return;
    CHECK(s->mentions.size() == 1);
}

// "Investment Minister Bahlil Lahadalia ... Bahlil said": a person named again by the first word
// of a two-word name (Indonesian and Thai news do), when no family name claims it; a given name
// the gazetteer knows is often another person's family name and stays apart.
TEST_CASE("entities: a person named again by the first word of a two-word name") {
    auto a = np::test::analyze_text("Investment Minister Bahlil Lahadalia said on Wednesday the ban would stay. \"We want "
                                    "more value to stay here,\" Bahlil said.");
    const np::Entity* p = entity_named(a.documents[0], "Bahlil Lahadalia");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->mentions.size() == 2);
    auto b = np::test::analyze_text("Shares of Kelvorn rose, said analyst Martin Eby. Rep. Jane Okafor welcomed the plan. "
                                    "Martin said more contracts would follow.");
    const np::Entity* e = entity_named(b.documents[0], "Martin Eby");
    REQUIRE(e != nullptr);
    if (!e) return;
    CHECK(e->mentions.size() == 1);
}

// A word of the trade of mines, metals, oil or timber goes as "Electronics" and "Motor" do: the
// companies of resource news go by the rest of their names.
TEST_CASE("entities: a resource company's short form drops its trade word") {
    auto a = np::test::analyze_text(
        "The sawmill operator Silver Marten Timber Ltd said on Tuesday it would close two mills in Oregon. Shares of Silver Marten "
        "fell 3% after the announcement. Talvane Mining Corp said its output rose 8%, and Talvane expects a "
        "better year.");
    const auto& d = a.documents[0];
    const np::Entity* k = entity_named(d, "Silver Marten Timber Ltd");
    REQUIRE(k != nullptr);
    if (!k) return;
    CHECK(k->type == EntityType::ORG);
    CHECK(entity_named(d, "Silver Marten") == k);
    const np::Entity* t = entity_named(d, "Talvane Mining Corp");
    REQUIRE(t != nullptr);
    if (!t) return;
    CHECK(entity_named(d, "Talvane") == t);
    CHECK(t->mentions.size() == 2);
}

// "fined Apple ... and Meta Platforms ... Meta said it would appeal" (a known miss of 7 Dec): two
// entities, as "Meta" is a region's name in the gazetteer and a short form is never a place's. A
// region's name left by a trade word is the company's short form where the document names no
// such place; with the place named, they stay apart.
TEST_CASE("entities: a company's short form that is also a region's name, where no such place is named") {
    auto a = np::test::analyze_text("The Commission fined Meta Platforms 200 million euros on Wednesday. Meta said it "
                                    "would appeal.\n");
    const auto& d = a.documents[0];
    const auto* meta = np::test::entity_named(d, "Meta Platforms");
    REQUIRE(meta != nullptr);
    if (!meta) return;
    CHECK(meta->count == 2);
    auto b = np::test::analyze_text("Texas Energy said output rose. Texas passed a law on Tuesday. Texas Energy "
                                    "shares rose.\n");
    for (const auto& e : b.documents[0].entities)
        if (e.name == "Texas") CHECK(e.type == np::EntityType::GPE);
}
