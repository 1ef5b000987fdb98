// test_measures_subjects.cpp — who imposes a measure and who faces it, from the verbs around it:
// a second predicate of the same subject ("X has imposed A on B, including C, and has
// threatened D": after "and" and only auxiliaries the subject is the first verb's, however long
// its object ran), who is hit with a measure (its target), whose "its" a reason means, and who
// threatens what "could face" a measure.
#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.hpp"

using np::test::count_of;
using np::test::measures_of;

TEST_CASE("measures: a second predicate after 'and' shares the first one's subject") {
    auto a = np::test::analyze_text(
        "Prime Minister Jane Okafor has imposed 50% tariffs on steel and aluminum imports from most countries, "
        "including Vexland and Norland, and has threatened further levies on lumber.");
    const auto& ms = a.documents[0].measures;
    const np::Measure* lumber = nullptr;
    for (const auto& m : ms)
        if (m.goods == "lumber") lumber = &m;
    REQUIRE(lumber != nullptr);
    if (!lumber) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(lumber->imposer_name == "Jane Okafor");
    CHECK(lumber->status == "threatened");
    // a new subject after "and" is that clause's own
    auto b = np::test::analyze_text("Vexland raised tariffs on cars, and Norland threatened new duties on textiles.");
    const np::Measure* textiles = nullptr;
    for (const auto& m : b.documents[0].measures)
        if (m.goods == "textiles") textiles = &m;
    REQUIRE(textiles != nullptr);
    if (!textiles) return;
    CHECK(textiles->imposer_name == "Norland");
}

// "Brazil was hit with a 40% additional duty": the subject of the passive is the target, not the
// imposer; "The U.S. hit China with 25% tariffs": the one hit is the target.
TEST_CASE("measures: who is hit with a measure is its target") {
    auto a = np::test::analyze_text("Vexland was hit with a 40% additional duty in July. Norland could be slapped with new duties on lumber next year.");
    const auto& ms = a.documents[0].measures;
    REQUIRE(ms.size() == 2);
    if (ms.size() != 2) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(ms[0].target_name == "Vexland");
    CHECK(ms[0].imposer_name == "");
    CHECK(ms[0].status == "in_force");
    CHECK(ms[1].target_name == "Norland");
    CHECK(ms[1].status == "threatened");
    auto b = np::test::analyze_text("Ostria hit Vexland with 25% tariffs on steel.");
    REQUIRE(b.documents[0].measures.size() == 1);
    if (b.documents[0].measures.size() != 1) return;
    CHECK(b.documents[0].measures[0].imposer_name == "Ostria");
    CHECK(b.documents[0].measures[0].target_name == "Vexland");
}

// "an extra 25% tariff on India over its purchases of Russian oil": "its" inside the tariff's
// reason is India's, so India makes the purchases (it was the tariff's imposer).
TEST_CASE("measures: 'its' inside a measure's reason is that measure's target") {
    auto a = np::test::analyze_text("Ostria imposed an extra 25% tariff on Vexland over its purchases of Norland oil.");
    const np::Measure* purchase = nullptr;
    for (const auto& m : a.documents[0].measures)
        if (m.kind == "purchase") purchase = &m;
    REQUIRE(purchase != nullptr);
    if (!purchase) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(purchase->imposer_name == "Vexland");
}

// "Canada said a list of American goods, including bourbon and motorcycles, could face a 25%
// surtax": what faces it are the goods (a list aside skipped), not "Canada said American goods";
// the country that says so threatens it (a person saying so does not make it theirs).
TEST_CASE("measures: goods that 'could face' a measure, and the country that says so") {
    for (const char* text : {"Canada said American goods could face a 25% surtax.",
                             "Canada said a list of American goods, including bourbon and motorcycles, could face a 25% surtax."}) {
        auto a = np::test::analyze_text(text);
        const auto& ms = a.documents[0].measures;
        REQUIRE(ms.size() == 1);
        if (ms.size() != 1) return;  // (no exceptions: REQUIRE cannot stop the test)
        CHECK(ms[0].goods == "American goods");
        CHECK(ms[0].target_name == "United States");
        CHECK(ms[0].imposer_name == "Canada");
        CHECK(ms[0].status == "threatened");
    }
    auto b = np::test::analyze_text("Analysts said Chinese goods could face a 25% tariff.");
    REQUIRE(b.documents[0].measures.size() == 1);
    if (b.documents[0].measures.size() != 1) return;
    CHECK(b.documents[0].measures[0].imposer_name == "");
    CHECK(b.documents[0].measures[0].target_name == "China");
}

// "... American goods could face a 25% surtax. ... the higher U.S. duty would hurt growth": the
// U.S. duty is not that surtax (it made the surtax the United States' own, on the United States).
TEST_CASE("measures: a reference naming a record's target as its imposer is another measure") {
    auto a = np::test::analyze_text(
        "Analysts said American goods could face a 25% surtax. Economists said the higher U.S. duty would hurt growth.");
    const auto& ms = a.documents[0].measures;
    REQUIRE(!ms.empty());
    if (ms.empty()) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(ms[0].target_name == "United States");
    CHECK(ms[0].imposer_name == "");
    for (const auto& m : ms) CHECK(m.imposer_name != m.target_name);
}

// "Separately, Vexland and Norland said they aimed to conclude a trade agreement ...": a deal's
// two parties named together as the sentence's subject are its imposer and target; and "said
// after meeting X" tells when it was said, not why (no reason).
TEST_CASE("measures: a deal's two parties as one subject, and a meeting is no reason") {
    auto a = np::test::analyze_text(
        "Separately, Vexland and Norland said they aimed to conclude a free trade agreement by the end of the "
        "year, Trade Commissioner Jane Okafor said after meeting Commerce Minister Tom Brandt in Brussels.");
    const np::Measure* deal = nullptr;
    for (const auto& m : a.documents[0].measures)
        if (m.kind == "deal") deal = &m;
    REQUIRE(deal != nullptr);
    if (!deal) return;  // (no exceptions: REQUIRE cannot stop the test)
    const std::string parties = deal->imposer_name + "+" + deal->target_name;
    CHECK((parties == "Vexland+Norland" || parties == "Norland+Vexland"));
    CHECK(deal->reason.empty());
    // a reason after "after" that is one stays one
    auto b = np::test::analyze_text("Vexland imposed tariffs on Norland steel after Norland raised its duties on cars.");
    REQUIRE(!b.documents[0].measures.empty());
    if (b.documents[0].measures.empty()) return;
    CHECK(b.documents[0].measures[0].reason == "Norland raised its duties on cars");
}

// "Brazil will impose a 25 percent surtax on steel ... U.S. President Tom Brandt doubled tariffs
// on steel imports": a person and a place may name one government (a leader's measure is the
// country's), but not when the person's title names another country.
TEST_CASE("measures: a leader titled by another country imposes another measure") {
    auto a = np::test::analyze_text(
        "Brazil will impose a 25 percent surtax on steel, its prime minister said on Wednesday.\n\n"
        "U.S. President Tom Brandt doubled tariffs on steel imports to 50 percent in June.");
    const auto& ms = a.documents[0].measures;
    const np::Measure* surtax = nullptr;
    const np::Measure* doubled = nullptr;
    for (const auto& m : ms) {
        if (m.imposer_name == "Brazil") surtax = &m;
        if (m.imposer_name == "Tom Brandt") doubled = &m;
    }
    REQUIRE(surtax != nullptr);
    REQUIRE(doubled != nullptr);
    if (!surtax || !doubled) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(surtax != doubled);
    CHECK(surtax->rate_value == doctest::Approx(25.0));
    CHECK(doubled->change_to == doctest::Approx(50.0));
}

// "Vexland pledged to invest $550 billion in exchange for lower tariffs": a measure given in
// exchange is the other side's, on the sentence's subject (Vexland imposed nothing); with the
// other side named ("buy more Norland rice in return for lower tariffs on its cars") it imposes.
TEST_CASE("measures: a measure given in exchange falls on the subject") {
    auto a = np::test::analyze_text(
        "Under the framework agreed in July, Vexland pledged to create a $550 billion investment fund in exchange "
        "for lower tariffs.");
    const auto& ms = a.documents[0].measures;
    REQUIRE(ms.size() == 1);
    if (ms.size() != 1) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(ms[0].imposer_name.empty());
    CHECK(ms[0].target_name == "Vexland");
    auto b = np::test::analyze_text("Vexland agreed to buy more Norland rice in return for lower tariffs on its cars.");
    const np::Measure* tariff = nullptr;
    for (const auto& m : b.documents[0].measures)
        if (m.kind == "tariff") tariff = &m;
    REQUIRE(tariff != nullptr);
    if (!tariff) return;
    CHECK(tariff->imposer_name == "Norland");
    CHECK(tariff->target_name == "Vexland");
}

// "Vexland has since opened investigations into X, and in July imposed duties of up to 39% on
// brandy": after "and" and a time phrase, with no measure verb before it, the name that opens
// the sentence is the subject.
TEST_CASE("measures: a second predicate after 'and' and a time phrase keeps the sentence's subject") {
    auto a = np::test::analyze_text(
        "Vexland has since opened anti-dumping investigations into Norland pork, poultry, cheese, butter and dairy "
        "products from several member states, and in July imposed provisional duties of up to 39% on brandy.");
    const np::Measure* brandy = nullptr;
    for (const auto& m : a.documents[0].measures)
        if (m.goods == "brandy") brandy = &m;
    REQUIRE(brandy != nullptr);
    if (!brandy) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(brandy->imposer_name == "Vexland");
    CHECK(brandy->rate_value == doctest::Approx(39.0));
}

// "Vexland has offered to lower duties on ... and to buy more Norland aircraft, to avoid a 46%
// tariff announced by President Jane Okafor": a second infinitive after "and to" shares the
// subject, and the agent of "announced by" (after a title) imposes; "a stock transactions tax"
// is a tax, no deal.
TEST_CASE("measures: 'and to' shares the subject, and 'announced by' names the imposer") {
    auto a = np::test::analyze_text(
        "Vexland has offered to lower import duties on a range of Norland farm products, including ethanol, corn and "
        "wood, and to buy more Norland aircraft and liquefied natural gas, in an effort to avoid a 46% tariff "
        "announced by President Jane Okafor last week.");
    const np::Measure* purchase = nullptr;
    const np::Measure* tariff = nullptr;
    for (const auto& m : a.documents[0].measures) {
        if (m.kind == "purchase") purchase = &m;
        if (m.kind == "tariff" && m.has_rate) tariff = &m;
    }
    REQUIRE(purchase != nullptr);
    REQUIRE(tariff != nullptr);
    if (!purchase || !tariff) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(purchase->imposer_name == "Vexland");
    CHECK(tariff->imposer_name == "Jane Okafor");
    auto b = np::test::analyze_text("Tom Brandt said he opposed a stock transactions tax proposed by Jane Okafor.");
    for (const auto& m : b.documents[0].measures) CHECK(m.kind != "deal");
    CHECK(!b.documents[0].measures.empty());
}

// "..., adding 140 Chinese companies to its trade blacklist": whoever adds them imposes the
// blacklist (the walk back from the list had stopped at "adding", and "its" then named the
// listed companies' country as the imposer); where the goods go is the target, not part of the
// goods ("export controls on chips and chipmaking tools to China").
TEST_CASE("measures: who adds companies to a blacklist imposes it; a destination ends the goods") {
    auto a = np::test::analyze_text(
        "The Commerce Department on Friday widened export controls on advanced chips and chipmaking tools to China, "
        "adding 140 Chinese companies to its trade blacklist.");
    const np::Measure* controls = nullptr;
    const np::Measure* blacklist = nullptr;
    for (const auto& m : a.documents[0].measures) {
        // (a trade blacklist is an export control, the entity list: the one without goods)
        if (m.kind == "export_control" && !m.goods.empty()) controls = &m;
        if (m.kind == "export_control" && m.goods.empty()) blacklist = &m;
    }
    REQUIRE(controls != nullptr);
    REQUIRE(blacklist != nullptr);
    if (!controls || !blacklist) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(controls->goods == "advanced chips and chipmaking tools");
    CHECK(controls->target_name == "China");
    CHECK(blacklist->imposer_name == "Commerce Department");
    CHECK(blacklist->target_name == "China");
}

// "Beijing last year imposed licensing requirements on exports of gallium ..., and in October
// threatened to restrict sales of magnets to U.S. defense contractors": licences asked of exports
// are an export control; a time between the subject (or "and") and the verb is the measure's;
// the second clause's time and destination are not the first measure's, and its subject is the
// sentence's (through "threatened to").
TEST_CASE("measures: times before the verb, and a second clause's time, place and subject") {
    auto a = np::test::analyze_text(
        "Beijing last year imposed licensing requirements on exports of gallium and germanium, two metals used in "
        "chipmaking, and in October threatened to restrict sales of magnets to U.S. defense contractors.");
    const np::Measure* licences = nullptr;
    const np::Measure* magnets = nullptr;
    for (const auto& m : a.documents[0].measures) {
        if (m.goods.find("gallium") != std::string::npos) licences = &m;
        if (m.goods.find("magnets") != std::string::npos) magnets = &m;
    }
    REQUIRE(licences != nullptr);
    REQUIRE(magnets != nullptr);
    if (!licences || !magnets) return;
    CHECK(licences->kind == "export_control");
    CHECK(licences->imposer_name == "China");
    CHECK(licences->time == "last year");
    CHECK(licences->target_name.empty());
    CHECK(magnets->imposer_name == "China");
    CHECK(magnets->time == "in October");
    CHECK(magnets->status == "threatened");
}

// A headline names the country ("U.S. widens export curbs on chips to China"), the text its
// department ("The U.S. Commerce Department ... widened export controls on advanced chips"): an
// organisation the country names as its own and the country are one government, so one measure.
TEST_CASE("measures: a country and its own department impose one measure") {
    auto a = np::test::analyze_text(
        "U.S. widens export curbs on chips to China\n\n"
        "WASHINGTON (Reuters) - The U.S. Commerce Department on Friday widened export controls on advanced chips to "
        "China, officials said.\n");
    size_t controls = 0;
    const np::Measure* m = nullptr;
    for (const auto& x : a.documents[0].measures)
        if (x.kind == "export_control") { ++controls; m = &x; }
    CHECK(controls == 1);
    REQUIRE(m != nullptr);
    if (!m) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(m->evidence.size() == 2);
    CHECK(m->target_name == "China");
    // two countries' bodies stay two governments
    auto b = np::test::analyze_text(
        "Canada raises steel tariffs\n\n"
        "OTTAWA (Reuters) - The U.S. Commerce Department on Friday raised tariffs on steel to 50%, and Canada "
        "raised its own tariffs on steel to 25%, officials said.\n");
    size_t tariffs = 0;
    for (const auto& x : b.documents[0].measures) tariffs += x.kind == "tariff";
    CHECK(tariffs == 2);
}

// "... similar steps by Canada, which in July imposed a 25% tariff on Chinese steel": the subject of
// a relative clause is the name before its comma (the measure had no imposer and no time).
TEST_CASE("measures: a relative clause's subject is the name before 'which'") {
    auto a = np::test::analyze_text(
        "The move follows similar steps by Canada, which in July imposed a 25% tariff on Chinese steel.");
    const np::Measure* steel = nullptr;
    for (const auto& m : a.documents[0].measures)
        if (m.kind == "tariff") steel = &m;
    REQUIRE(steel != nullptr);
    if (!steel) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(steel->imposer_name == "Canada");
    CHECK(steel->target_name == "China");
    CHECK(steel->time == "in July");
}

// "will cut the volume of steel that can enter the bloc tariff-free by almost half and raise the
// duty on imports above that quota to 50%": the relative clause after "steel" does not end the
// search for the first verb's subject, and "above" ends the goods like any preposition.
TEST_CASE("measures: 'and' past a relative clause keeps the subject; 'above' ends the goods") {
    auto a = np::test::analyze_text(
        "The European Union will cut the volume of steel that can enter the bloc tariff-free by almost half and "
        "raise the duty on imports above that quota to 50%, the European Commission said on Tuesday.");
    const np::Measure* duty = nullptr;
    for (const auto& m : a.documents[0].measures)
        if (m.kind == "tariff") duty = &m;
    REQUIRE(duty != nullptr);
    if (!duty) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(duty->imposer_name == "European Union");
    CHECK(duty->goods == "imports");
    CHECK(duty->has_change_to);
    CHECK(duty->change_to == doctest::Approx(50.0));
}

// "Quotas would fall to 18.3 million tonnes a year" names no one and no goods: with one quota in
// the story two sentences before, it is that quota's level (it was a quota of its own, with no
// imposer).
TEST_CASE("measures: a level with no actor joins the story's only measure of its kind") {
    auto a = np::test::analyze_text(
        "EU to halve steel import quotas\n\n"
        "The European Union will cut its steel import quotas, the European Commission said on Tuesday. The plan "
        "must still be approved by member states. Quotas would fall to 18.3 million tonnes a year.\n");
    size_t quotas = 0;
    const np::Measure* q = nullptr;
    for (const auto& m : a.documents[0].measures)
        if (m.kind == "quota") { ++quotas; q = &m; }
    CHECK(quotas == 1);
    REQUIRE(q != nullptr);
    if (!q) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(q->imposer_name == "European Union");
    CHECK(q->has_rate);
    CHECK(q->rate_value == doctest::Approx(18300000.0));
}

// "Beijing opened probes into brandy. In July it imposed duties ...": "it" had nothing to its left
// in its own sentence and the measure lost its imposer; the sentence before, in the same paragraph,
// opens with the place that acts. A person opening it is no antecedent, nor a paragraph before of
// more than one sentence; a paragraph of one sentence is one ("Beijing called the tariffs
// protectionism. ¶ In July 2025 it imposed anti-dumping duties", a probe of my own writing).
TEST_CASE("measures: a sentence's opening 'it' is the place that opened the sentence before") {
    const auto tariff_of = [](const char* text) { return np::test::first_measure(text, "tariff"); };
    np::Measure m = tariff_of("Beijing opened probes into European brandy last year. In July it imposed duties of 39% on "
                              "brandy from the EU.");
    CHECK(m.rate_value == 39);
    CHECK(m.imposer_name == "China");
    CHECK(m.target_name == "European Union");
    m = tariff_of("Ottawa opened a review of steel imports. Mills welcomed it.\n\nIt imposed duties of 25% on steel.");
    CHECK(m.rate_value == 25);
    CHECK(m.imposer_name.empty());  // (another paragraph, of two sentences)
    m = tariff_of("Ottawa opened a review of steel imports.\n\nIt imposed duties of 25% on steel.");
    CHECK(m.rate_value == 25);
    CHECK(m.imposer_name == "Canada");  // (a paragraph of one sentence right before)
}

// "China said it would add 28 U.S. firms to its control list, banning shipments to them": a
// participle after a comma has the main clause's subject, not the nearest name ("U.S." here).
// After "while"/"after"/"by" too; a reporting clause between the two ("..., Prime Minister X said
// on Friday, while keeping duties on steel") names the speaker, not the subject.
TEST_CASE("measures: a participle after a comma has the main clause's subject") {
    auto ban_of = [](const char* text) -> np::Measure {
        auto a = np::test::analyze_text(text);
        for (const auto& m : a.documents[0].measures)
            if (m.kind == "ban") return m;
        return np::Measure{};
    };
    np::Measure m = ban_of("China's commerce ministry said it would add 28 U.S. firms to its export control list, "
                           "banning shipments of dual-use items to them.");
    CHECK(m.goods == "shipments of dual-use items");
    CHECK(m.imposer_name == "China");
    m = ban_of("Japan placed 12 Russian banks on its sanctions list on Friday, banning exports of machinery to them.");
    CHECK(m.goods == "exports of machinery");
    CHECK(m.imposer_name == "Japan");
    // (", while keeping ...": after a conjunction too, past an inserted reporting clause)
    auto a = np::test::analyze_text(
        "Canada will remove its 25% counter-tariffs on many U.S. goods from September 1, Prime Minister Jane "
        "Okafor said on Friday, while keeping duties on American steel, aluminum and autos.");
    const np::Measure* kept = nullptr;
    for (const auto& x : a.documents[0].measures)
        if (x.goods == "American steel, aluminum and autos") kept = &x;
    REQUIRE(kept != nullptr);
    if (!kept) return;
    CHECK(kept->imposer_name == "Canada");
}

// "tariffs of 10% to 50% on most U.S. trading partners": the place names whose partners they
// are, not the target, and partners are no goods. A place named in a list stays the target.
TEST_CASE("measures: a place's trading partners or allies are no target and no goods") {
    const auto tariff_of = [](const char* text) { return np::test::first_measure(text, "tariff"); };
    np::Measure m = tariff_of("Jane Okafor imposed tariffs of 10% to 50% on most U.S. trading partners.");
    CHECK(m.rate_value == 10);
    CHECK(m.target_name.empty());
    CHECK(m.goods.empty());
    m = tariff_of("Jane Okafor imposed tariffs on America's allies.");
    CHECK(m.imposer_name == "Jane Okafor");
    CHECK(m.target_name.empty());
    m = tariff_of("Jane Okafor imposed tariffs on Canada and other partners.");
    CHECK(m.target_name == "Canada");
}

// "the 25% duties on Canada, Mexico and China that he justified by the flow of fentanyl": a
// relative clause's pronoun subject is who imposes the measure (as a named one is), and
// "justified by" gives the reason.
TEST_CASE("measures: 'that he justified by X': the pronoun's person imposes, X is the reason") {
    auto a = np::test::analyze_text(
        "Jane Okafor said the court erred. The court said the law did not give the president the authority to "
        "impose the 25% duties on Canada, Mexico and China that she justified by the flow of fentanyl.");
    const np::Measure* t = nullptr;
    for (const auto& m : a.documents[0].measures)
        if (m.kind == "tariff") t = &m;
    REQUIRE(t != nullptr);
    if (!t) return;
    CHECK(t->rate_value == 25);
    CHECK(t->imposer_name == "Jane Okafor");
    CHECK(t->reason == "the flow of fentanyl");
}

// "New Delhi, India – An additional tariff ... took effect, doubling the total levy ...": a
// dateline's places say where the story was filed; no verb after them has them as its subject.
TEST_CASE("measures: a dateline's place is no subject of the sentence after its dash") {
    auto a = np::test::analyze_text(
        "Lagos, Nigeria – An additional 25 percent tariff on Nigerian goods took effect on Wednesday, doubling the "
        "total levy on many exports to 50 percent.");
    const np::Measure* doubled = nullptr;
    for (const auto& m : a.documents[0].measures)
        if (m.change_direction == "double") doubled = &m;
    REQUIRE(doubled != nullptr);
    if (!doubled) return;
    CHECK(doubled->imposer_name.empty());
    for (const auto& m : a.documents[0].measures) CHECK(m.imposer_name != "Nigeria");
}

// "Osterlich's Commerce Ministry said it would lift ...": a country's ministry acts for the
// country (as the lower-case "commerce ministry" did); a company keeps its own name.
TEST_CASE("measures: a country's ministry named in capitals imposes for the country") {
    const auto tariff_of = [](const char* text) { return np::test::first_measure(text, "tariff"); };
    np::Measure m = tariff_of("China's Commerce Ministry said it would lift tariffs of up to 15% on U.S. farm products.");
    CHECK(m.imposer_name == "China");
    CHECK(m.target_name == "United States");
    m = tariff_of("China's Commerce Ministry imposed a 10% duty on U.S. farm goods.");
    CHECK(m.imposer_name == "China");
    m = tariff_of("Japan's Finance Ministry raised the tariff on beef to 50%.");
    CHECK(m.imposer_name == "Japan");
}

// "a 39% tariff imposed by President Jane Okafor on imports from Switzerland": the agent, then
// the object, after the participle.
TEST_CASE("measures: 'imposed by X on Y' gives the imposer and the goods") {
    auto a = np::test::analyze_text(
        "Officials scrambled to respond to a 39% tariff imposed by President Jane Okafor on imports from Switzerland.");
    REQUIRE(!a.documents[0].measures.empty());
    if (a.documents[0].measures.empty()) return;
    const auto& m = a.documents[0].measures[0];
    CHECK(m.rate_value == 39);
    CHECK(m.imposer_name == "Jane Okafor");
    CHECK(m.goods == "imports from Switzerland");
    CHECK(m.target_name == "Switzerland");
}

// An agreement or a law acts for no one ("goods covered by the Pacific Trade Agreement from its
// 35% tariff" is the tariff of the place before), nor a maker's name counting goods ("buy 100
// Vantor aircraft ... under its quota").
TEST_CASE("measures: an agreement, a law or a counted maker's name is no antecedent of 'its'") {
    auto a = np::test::analyze_text(
        "Carney said the move mirrors Washington's decision to exempt goods covered by the North American Free Trade "
        "Agreement (NAFTA) from its 35% tariff on Canadian imports.");
    const np::Measure* t = nullptr;
    for (const auto& m : a.documents[0].measures)
        if (m.kind == "tariff") t = &m;
    REQUIRE(t != nullptr);
    if (!t) return;
    CHECK(t->imposer_name == "United States");
    auto b = np::test::analyze_text(
        "Japan will also buy 100 Vantor aircraft and increase purchases of U.S. rice under its existing quota.");
    const np::Measure* q = nullptr;
    for (const auto& m : b.documents[0].measures)
        if (m.kind == "quota") q = &m;
    REQUIRE(q != nullptr);
    if (!q) return;
    CHECK(q->imposer_name == "Japan");
}

// "had been unable to reach a deal", "failed to reach agreement": no deal announced. (Since the
// 39th session a deal that was not reached is no record at all, as a deal a country does not have:
// it was one of status "unknown" with the speaker as its party.)
TEST_CASE("measures: 'unable to' and 'failed to' negate the verb after them") {
    auto a = np::test::analyze_text(
        "President Jane Okafor said she had spoken with Prime Minister Tom Hale but had been unable to reach a trade deal.");
    for (const auto& m : a.documents[0].measures) CHECK(m.kind != "deal");
    auto b = np::test::analyze_text("Ruritania and Osterlich failed to reach agreement on quota distribution.");
    REQUIRE(!b.documents[0].measures.empty());
    if (b.documents[0].measures.empty()) return;
    CHECK(b.documents[0].measures[0].status == "unknown");
}

// "Ruritania has asked the United States to delay a 46% tariff on its exports for at least 45
// days and offered to buy more American goods": the one asked imposes, the one asking is the
// target and the buyer; "for at least 45 days" is the time, not goods.
TEST_CASE("measures: 'X asked Y to delay a tariff on its exports ... and offered to buy'") {
    auto a = np::test::analyze_text(
        "Vietnam has asked the United States to delay a 46% tariff on its exports for at least 45 days and offered "
        "to buy more American goods, including aircraft and farm products.");
    const np::Measure* t = nullptr;
    const np::Measure* p = nullptr;
    for (const auto& m : a.documents[0].measures) {
        if (m.kind == "tariff") t = &m;
        if (m.kind == "purchase") p = &m;
    }
    REQUIRE(t != nullptr);
    REQUIRE(p != nullptr);
    if (!t || !p) return;
    CHECK(t->imposer_name == "United States");
    CHECK(t->target_name == "Vietnam");
    CHECK(t->goods == "its exports");
    CHECK(t->time == "for at least 45 days");
    CHECK(p->imposer_name == "Vietnam");
}

// 'citing what he called a "witch hunt" against a former president': a few quoted words do not
// cut the reason short.
TEST_CASE("measures: a short quotation inside a reason stays in it") {
    auto a = np::test::analyze_text(
        "Jane Okafor announced the 50% tariff on Brazilian goods on Wednesday, citing what she called a \"witch hunt\" "
        "against a former president, who faces trial.");
    REQUIRE(!a.documents[0].measures.empty());
    if (a.documents[0].measures.empty()) return;
    CHECK(a.documents[0].measures[0].reason == "what she called a \"witch hunt\" against a former president");
}

// "Mexico had asked Washington to also lift a 25% tariff on steel": an adverb after "to" does
// not hide who asks; "no tariffs on U.S. goods for now": "for now" is a time, not goods.
TEST_CASE("measures: 'asked X to also lift' and 'for now'") {
    auto a = np::test::analyze_text(
        "The minister said Mexico had asked Washington to also lift a 25% tariff on steel and aluminum.");
    REQUIRE(!a.documents[0].measures.empty());
    if (a.documents[0].measures.empty()) return;
    CHECK(a.documents[0].measures[0].imposer_name == "United States");
    CHECK(a.documents[0].measures[0].target_name == "Mexico");
    auto b = np::test::analyze_text("The president said there would be no tariffs on U.S. goods for now.");
    REQUIRE(!b.documents[0].measures.empty());
    if (b.documents[0].measures.empty()) return;
    CHECK(b.documents[0].measures[0].goods == "U.S. goods");
    CHECK(b.documents[0].measures[0].time == "for now");
}

// "Automakers such as Toyota and Nissan have been hit hard by the higher tariffs": the subject
// of a passive whose agent is the measure is what it falls on, never who imposes it (the 15% cap
// of the sentence before took Nissan for its imposer); a firm is not made the target either.
TEST_CASE("measures: the subject of 'has been hit by the tariffs' does not impose them") {
    auto a = np::test::analyze_text(
        "The agreement caps tariffs on most Japanese goods at 15%.\n\n"
        "Japanese automakers such as Toyota, Honda and Nissan have been hit hard by the higher tariffs.");
    REQUIRE(!a.documents[0].measures.empty());
    for (const auto& m : a.documents[0].measures) {
        CHECK(m.imposer_name != "Nissan");
        CHECK(m.target_name != "Nissan");
    }
    const np::Measure c = np::test::first_measure("Canada has been hit hard by the 25% U.S. tariffs on steel.", "tariff");
    CHECK(c.imposer_name == "United States");
    CHECK(c.target_name == "Canada");
    CHECK(c.status == "in_force");
}

// "The ministry also added 14 foreign entities, including a drone maker, to its unreliable entity
// list": "the ministry" is the ministry named before (its country when the name gives one), not
// the company "its" found last inside the list.
TEST_CASE("measures: 'the ministry' as a subject is the ministry named before") {
    const np::Measure a = np::test::first_measure(
        "The Ministry of Commerce said new rules take effect on Dec. 1.\n\n"
        "The ministry also added 14 foreign entities, including U.S. drone maker Quillon Systems and a "
        "defense contractor, to its unreliable entity list.", "export_control");
    CHECK(a.imposer_name == "Ministry of Commerce");
    CHECK(a.target_name == "United States");
    const np::Measure b = np::test::first_measure(
        "China's Commerce Ministry said on Friday it would investigate chip firms.\n\n"
        "The ministry also added 14 foreign entities, including U.S. drone maker Quillon Systems, to its "
        "unreliable entity list.", "export_control");
    CHECK(b.imposer_name == "China");
}

// "threatened to impose a 100% tariff ... starting Nov. 1, on top of the roughly 30% levies
// already in place, and to impose export controls on ...": the second infinitive shares the
// first one's subject and its threat, however long the first one's object (an abbreviation's
// full stop, an aside between commas, a noun that could be a verb: "levies").
TEST_CASE("measures: 'threatened to impose X ..., and to impose Y' - Y is threatened by the same subject") {
    const np::Measure m = np::test::first_measure(
        "Jane Okafor threatened on Friday to impose an additional 100% tariff on Chinese imports starting "
        "Nov. 1, on top of the roughly 30% levies already in place, and to impose export controls on "
        "\"any and all critical software.\"", "export_control");
    CHECK(m.imposer_name == "Jane Okafor");
    CHECK(m.status == "threatened");
    const np::Measure o = np::test::first_measure(
        "India has offered to lower import duties on almonds and apples and to buy more U.S. energy, officials said.",
        "purchase");
    CHECK(o.imposer_name == "India");
    CHECK(o.status == "proposed");
}

// "Canada will remove many of its retaliatory tariffs ..., Prime Minister X said on Friday, in a
// bid to revive talks, but will keep counter-duties on U.S. steel": "but" joins a second predicate
// of the same subject as "and" does; and ", as well as a 50% tariff on steel and aluminum and 25%
// on autos" lists more of the first verb's measures (they had no imposer, and merged with the
// other side's measures on the same goods).
TEST_CASE("measures: 'but will keep' shares the subject; 'as well as' lists the verb's measures") {
    auto a = np::test::analyze_text(
        "Canada will remove many of its retaliatory tariffs on U.S. goods from Sept. 1, Prime Minister Jane "
        "Okafor said on Friday, in a bid to revive stalled trade talks, but will keep counter-duties on U.S. "
        "steel, aluminum and autos in place.");
    bool kept = false;
    for (const auto& m : a.documents[0].measures)
        if (m.goods == "U.S. steel, aluminum and autos") {
            kept = true;
            CHECK(m.imposer_name == "Canada");
            CHECK(m.status == "in_force");
        }
    CHECK(kept);
    auto b = np::test::analyze_text(
        "The U.S. currently imposes a 35% tariff on Canadian goods not covered by USMCA, as well as a 50% tariff "
        "on steel and aluminum and 25% on non-U.S. content of autos.");
    REQUIRE(b.documents[0].measures.size() == 3);
    for (const auto& m : b.documents[0].measures) {
        CHECK(m.imposer_name == "United States");
        CHECK(m.target_name == "Canada");
        CHECK(m.status == "in_force");
    }
}

// "Trump had imposed a 25% tariff on Korean imports in August, and autos faced a 25% levy": the
// second clause's subject is a thing; the name before ", and" neither faces the levy nor is its
// goods' first word ("and autos").
TEST_CASE("measures: ', and autos faced a levy' - a thing faces it, not the name before the comma") {
    auto a = np::test::analyze_text(
        "Jane Okafor had imposed a 25% tariff on Korean imports in August, and autos faced a 25% sector-specific levy.");
    bool autos = false;
    for (const auto& m : a.documents[0].measures)
        if (m.goods == "autos") {
            autos = true;
            CHECK(m.target_name != "Jane Okafor");
        }
    CHECK(autos);
}

// "Vietnam agreed to give U.S. goods zero-tariff access": a place whose goods are named before the
// measure's noun is where the goods come from; the one who gives imposes (the United States was
// the imposer, and the record merged into the U.S. tariff on Vietnam). "U.S. import tariffs" stay
// the place's own.
TEST_CASE("measures: 'give U.S. goods zero-tariff access' - the goods' place is the target") {
    const np::Measure a = np::test::first_measure("Vietnam agreed to give U.S. goods zero-tariff access.", "tariff");
    CHECK(a.imposer_name == "Vietnam");
    CHECK(a.target_name == "United States");
    const np::Measure b = np::test::first_measure("The U.S. import tariffs hurt Canadian farmers.", "tariff");
    CHECK(b.imposer_name == "United States");
}

// "China halts U.S. sorghum purchases": for a purchase, a place's name before a traded good is
// where the good comes from, as a nationality is ("American sorghum"); the headline then joins the
// text's record instead of naming the United States as the buyer.
TEST_CASE("measures: 'China halts U.S. sorghum purchases' - China buys, from the United States") {
    auto a = np::test::analyze_text(
        "China halts U.S. sorghum purchases\n\n"
        "U.S. farm groups warned on Tuesday that China's halt to purchases of American sorghum and corn would cost "
        "growers billions of dollars.\n");
    size_t n = 0;
    for (const auto& m : a.documents[0].measures) {
        if (m.kind != "purchase") continue;
        ++n;
        CHECK(m.imposer_name == "China");
    }
    CHECK(n == 1);
}

// "EU and China agree to talks on electric vehicle tariffs": who agrees to talk about a measure
// does not impose it (China was the imposer); talks on a deal stay the deal's own course.
TEST_CASE("measures: 'agree to talks on X tariffs' - the talkers impose nothing") {
    const np::Measure m =
        np::test::first_measure("Norland and Valdoria agree to talks on electric vehicle tariffs", "tariff");
    CHECK(m.imposer_name.empty());
    const np::Measure c = np::test::first_measure("Canada agreed to talks on its digital services tax.", "other");
    CHECK(c.imposer_name == "Canada");  // (its own tax, by "its")
}

// "Brazil will challenge the 50% U.S. tariff on its goods": "its" is not the imposer the
// measure's own phrase names (no one imposes a measure on itself, so there was no target) but
// the name before the phrase.
TEST_CASE("measures: 'the 50% U.S. tariff on its goods' - 'its' is the subject's, not the imposer's") {
    const np::Measure m = np::test::first_measure(
        "Brazil will challenge the 50% U.S. tariff on its goods at the World Trade Organization.", "tariff");
    CHECK(m.imposer_name == "United States");
    CHECK(m.target_name == "Brazil");
}

// "Farmers braced for lost orders on Wednesday as a U.S. tariff took effect": the walk left from
// the measure went past "as" to "orders", read it as the verb "to order" and called the tariff
// announced. "as" before an article opens a clause whose subject is the measure.
TEST_CASE("measures: '... as a 50% tariff took effect' - a verb before 'as' does not govern it") {
    const np::Measure m = np::test::first_measure(
        "Shrimp farmers braced for lost orders on Wednesday as a U.S. tariff of 50% on Valdorian goods took effect.",
        "tariff");
    CHECK(m.status == "in_force");
}

// "..., doubling a 25% duty imposed earlier": the subject search took the nationality inside "on
// most Indian goods" for the doubler (a quantity word hid the preposition); now it is passed over.
TEST_CASE("measures: 'on most Indian goods' - a place inside a phrase on goods is no subject") {
    auto a = np::test::analyze_text(
        "A U.S. tariff of 50% on most Indian goods took effect, doubling a 25% duty imposed earlier this month.");
    bool quarter = false;
    for (const auto& m : a.documents[0].measures)
        if (m.has_rate && m.rate_value == 25.0) {
            quarter = true;
            CHECK(m.imposer_name != "India");
        }
    CHECK(quarter);
}

// "could face secondary tariffs, though no such measure has been announced": the second phrase
// made the threat "announced". What the phrase's own "no" denies is not done.
TEST_CASE("measures: 'no such measure has been announced' keeps a threat a threat") {
    const np::Measure m = np::test::first_measure(
        "Officials warned that Norland could face secondary tariffs, though no such measure has been announced.",
        "tariff");
    CHECK(m.status == "threatened");
}

// "Britain, which reached a deal in May, will continue to pay a 25% rate on its metal shipments":
// a country that pays a measure faces it, and "continue to" keeps it in force (it was "unknown",
// and "will continue to face" read as a threat). Importers who pay a tariff are not its target.
TEST_CASE("measures: 'will continue to pay a 25% rate' - the country is the target, in force") {
    const np::Measure a = np::test::first_measure(
        "Britain, which reached a separate arrangement in May, will continue to pay a 25% tariff on its metal "
        "shipments.", "tariff");
    CHECK(a.target_name == "United Kingdom");
    CHECK(a.status == "in_force");
    const np::Measure b = np::test::first_measure("Britain will continue to face a 25% tariff on its steel.", "tariff");
    CHECK(b.status == "in_force");
    const np::Measure c = np::test::first_measure("U.S. importers pay the 25% tariff on Chinese goods.", "tariff");
    CHECK(c.target_name != "United States");
}

// "secured a 15% rate on most of its goods": a percentage rate on traded goods is a tariff when
// the goods are generic ("its goods", "U.S. imports") or come after "most of"; it was no measure.
TEST_CASE("measures: 'a 15% rate on most of its goods' is a tariff") {
    const np::Measure m = np::test::first_measure(
        "The European Union, by contrast, secured a 15% rate on most of its goods under a deal struck in July.",
        "tariff");
    REQUIRE(m.has_rate);
    CHECK(m.rate_value == 15.0);
}

// "Producers will pay combined duties of about 45% after a new 10% tariff took effect, on top
// of anti-dumping duties that Valdoria raised to 35.19% in August": the raised duties joined the
// 45% record (the verb's own mention, "raised to 35.19%", went to the sentence's first
// measure), and "after ... took effect" was read as the 45%'s reason.
TEST_CASE("measures: duties raised to another level in the sentence of a rate are another measure") {
    auto a = np::test::analyze_text(
        "Norland lumber producers will pay combined Valdorian duties of about 45% after a new 10% tariff on softwood "
        "lumber took effect on Tuesday, on top of anti-dumping duties that Valdoria raised to 35.19% in August.");
    bool combined = false, raised = false;
    for (const auto& m : a.documents[0].measures) {
        if (m.has_rate && m.rate_value == 45.0) {
            combined = true;
            CHECK(!m.has_change_to);
            CHECK(m.reason.empty());
        }
        if (m.has_change_to && m.change_to == 35.19) raised = true;
    }
    CHECK(combined);
    CHECK(raised);
}

// An explainer's "Steel, aluminum and copper face 50% tariffs" lost "Steel" at the list's comma,
// and its question heading "Which sectors face separate duties?" gave a tariff on "Which sectors".
TEST_CASE("measures: a list of goods that faces a measure keeps its first item; a question names no goods") {
    auto a = np::test::analyze_text(
        "Which sectors face separate duties?\n\nSteel, aluminum and copper face 50% tariffs under Section 232.\n");
    bool fifty = false;
    for (const auto& m : a.documents[0].measures) {
        CHECK(m.goods.find("Which") == std::string::npos);
        if (m.has_rate && m.rate_value == 50.0) {
            fifty = true;
            CHECK(m.goods == "Steel, aluminum and copper");
        }
    }
    CHECK(fifty);
}

// "Valdoria adds new tariff" over "... anti-dumping duties that Valdoria raised to 35.19% in August.
// Valdoria also imposed 25% tariffs on furniture.": the raised duties, with no rate, goods or
// target, joined the headline's record of their imposer as an "underspecified" mention (and the
// furniture tariff then took their level). A headline's record alone names a measure of its own.
// In the text, "U.S. duties fall to 30%" still joins the U.S. record named before (t10-like).
TEST_CASE("measures: a mention with no rate or goods does not join a headline's record of its imposer") {
    auto a = np::test::analyze_text(
        "Valdoria adds new tariff\n\n"
        "Norland mills now pay anti-dumping duties that Valdoria raised to 35.19% in August. "
        "Valdoria also imposed 25% tariffs on upholstered furniture.\n");
    bool furniture = false;
    for (const auto& m : a.documents[0].measures)
        if (m.goods == "upholstered furniture") {
            furniture = true;
            CHECK(!(m.has_change_to && m.change_to == 35.19));
        }
    CHECK(furniture);
    auto b = np::test::analyze_text(
        "April 9: Washington raises the tariff on Chinese goods to 125%. China retaliates with a 125% levy on U.S. "
        "goods.\n\n"
        "May 12: After talks in Geneva, both sides agree to cut tariffs. U.S. duties fall to 30% and Chinese duties "
        "to 10%.\n");
    bool lowered = false;
    for (const auto& m : b.documents[0].measures)
        lowered = lowered || (m.imposer_name == "China" && m.has_change_to && m.change_to == 10.0 &&
                              m.change_direction == "lower");
    CHECK(lowered);
}

// "Tariffs would cut its profit by $9 billion even after Valdoria lowered the levy to 15%": the
// reason was the clause after "after", which is a concession (and "shortly after the meeting", a
// time), no cause.
TEST_CASE("measures: 'even after' and 'shortly after' give no reason") {
    auto a = np::test::analyze_text(
        "Valdorian tariffs would cut the carmaker's profit by $9 billion this year, even after Valdoria lowered "
        "the levy on Norland cars to 15% from 27.5%.");
    bool any = false;
    for (const auto& m : a.documents[0].measures) {
        any = true;
        CHECK(m.reason.empty());
    }
    CHECK(any);
}

// "Brazil approves tariffs of up to 50% on Vietnamese cars, steel and textiles" / "... approved tariffs
// of up to 50% on more than 1,400 products from Norland": the headline's goods shared no word with
// the text's, so the same measure was two records. The same rate, imposer and target join them.
TEST_CASE("measures: a headline's goods in other words do not split a measure of the same rate and parties") {
    auto a = np::test::analyze_text(
        "Brazil approves tariffs of up to 50% on Vietnamese cars, steel and textiles\n\n"
        "Brazil's Senate on Wednesday approved tariffs of up to 50% on more than 1,400 products from Vietnam "
        "and other Asian countries that do not have trade agreements with Brazil.\n");
    size_t fifty = 0;
    for (const auto& m : a.documents[0].measures) fifty += m.has_rate && m.rate_value == 50.0;
    CHECK(fifty == 1);
}

// "Under the framework, Vietnam will give U.S. products preferential access and buy more American
// aircraft": the second predicate's subject fell back to the nearest name, "U.S." inside the
// first predicate's object, and the United States became the buyer. After an opening phrase, the
// name before a modal or an auxiliary (outside a preposition's phrase) is the subject.
TEST_CASE("measures: 'Under X, Vietnam will give ... and buy ...' - Vietnam buys") {
    const np::Measure m = np::test::first_measure(
        "Under the framework, Vietnam will give U.S. industrial and agricultural products preferential access and "
        "buy more American aircraft and farm goods, the White House said in a statement.",
        "purchase");
    CHECK(m.imposer_name == "Vietnam");
}

// "The 25% counter-tariffs, imposed in March on American imports including orange juice, will be
// lifted. Canada also imposed 25% tariffs on some U.S.-made vehicles in April.": the vehicle
// tariffs joined the lifted ones (same rate, parties). A measure "also" imposed, with no article
// pointing back, is another one.
TEST_CASE("measures: a measure 'also imposed' is another one") {
    auto a = np::test::analyze_text(
        "Canada will remove its retaliatory tariffs on U.S. goods from Sept. 1, Prime Minister Jane Okafor said. "
        "The 25% counter-tariffs, imposed in March on American imports including orange juice and wine, will be "
        "lifted. Canada also imposed 25% tariffs on some U.S.-made vehicles in April.");
    bool vehicles = false;
    for (const auto& m : a.documents[0].measures)
        if (m.goods.find("vehicles") != std::string::npos) {
            vehicles = true;
            CHECK(m.change_direction != "remove");
            CHECK(m.status == "in_force");
        }
    CHECK(vehicles);
}

// "slap 25% tariffs on all heavy trucks made in other countries": the object's last word,
// "countries", made it a list of parties with no goods. The head is the word before a
// post-modifier ("made in", "from", "in"), as before "without".
TEST_CASE("measures: 'on heavy trucks made in other countries' names trucks") {
    const np::Measure m = np::test::first_measure(
        "Jane Okafor said she would impose 25% tariffs on heavy trucks made in other countries.", "tariff");
    CHECK(m.goods == "heavy trucks made in other countries");
}

// "The U.S. tariff on EU cars will drop to 15% from 27.5%": the measure's own change of level had
// no status ("unknown"); "will drop" is announced, "could fall" an expected change, "fell" done.
// And "a 15% tariff ceiling on most EU goods" lost its goods at "ceiling".
TEST_CASE("measures: a tariff that will drop to 15% is announced; a tariff ceiling keeps its goods") {
    CHECK(np::test::first_measure("The U.S. tariff on EU cars will drop to 15% from 27.5%.", "tariff").status ==
          "announced");
    CHECK(np::test::first_measure("The tariff on steel could fall to 10% next year.", "tariff").status ==
          "expected_change");
    CHECK(np::test::first_measure("The tariff on steel fell to 10% in May.", "tariff").status == "in_force");
    CHECK(np::test::first_measure("Under the deal, tariffs on UK steel were to fall to zero within a quota.", "tariff")
              .status != "in_force");  // (a plan)
    const np::Measure c =
        np::test::first_measure("The U.S. will apply a 15% tariff ceiling on most EU goods, including cars.", "tariff");
    CHECK(c.goods == "most EU goods, including cars");
}

// "Ruritania raised tariffs on goods not covered by the regional pact to 35% from 25%, citing the
// flow of drugs": the reason loop stopped at the pact's noun, so the pact (a deal) took the reason
// and the tariff had none. A deal that only bounds the goods ("covered by", "under", "without")
// does not end the tariff's reason, and itself takes no reason or time of the clause.
TEST_CASE("measures: a reason after 'goods not covered by the pact' is the tariff's") {
    auto a = np::test::analyze_text(
        "Ruritania raised tariffs on Freedonian goods not covered by the regional trade pact to 35% from 25% on "
        "Aug. 1, citing Freedonia's failure to stem the flow of drugs across the border.");
    bool tariff = false;
    for (const auto& m : a.documents[0].measures) {
        if (m.kind == "tariff") {
            tariff = true;
            CHECK(m.reason.find("failure to stem") != std::string::npos);
        }
        if (m.kind == "deal") {
            CHECK(m.reason.empty());
            CHECK(m.time.empty());
        }
    }
    CHECK(tariff);
}

// "European cars, which had been subject to a 27.5% levy": the clause's subject was read back to
// "had", so the goods were "had". The relative pronoun's antecedent is the goods, and "had been"
// makes the rate history.
TEST_CASE("measures: 'cars, which had been subject to a 27.5% levy' names cars") {
    auto a = np::test::analyze_text(
        "Most exports face a 15% tariff under the framework, including cars, which had been subject to a 27.5% levy.");
    bool old_rate = false;
    for (const auto& m : a.documents[0].measures)
        if (m.has_rate && m.rate_value == 27.5) {
            old_rate = true;
            CHECK(m.goods == "cars");
        }
    CHECK(old_rate);
}

// "Freedonia's copper will keep flowing without tariffs": the possessor became the imposer of a
// tariff in force. A duty after "without" ("without tariffs", "without paying duties") is none.
TEST_CASE("measures: 'without tariffs' and 'without paying duties' are no measures") {
    CHECK(measures_of("Freedonia's copper will keep flowing without tariffs, the finance minister said.").empty());
    CHECK(measures_of("Parcels worth less than $800 could enter the country without paying duties.").empty());
    CHECK(!measures_of("Freedonia's copper will face tariffs of 50% from Friday.").empty());
}

// "More than 25 postal operators, including those of Ruritania and Freedonia, have suspended some
// shipments to the United States": the last name of the examples became the imposer of an export
// control. Examples set off by ", including ..." are no subject, and a business that halts its own
// shipments takes no government's measure.
TEST_CASE("measures: postal operators suspending shipments is no trade measure") {
    CHECK(measures_of("More than 25 postal operators, including those of Ruritania and Freedonia, have "
                           "suspended some shipments to the United States.")
              .empty());
    CHECK(!measures_of("Ruritania has suspended shipments of rare earths to the United States.").empty());
}

// "most EU exports to the United States face a 15% tariff": the faced goods stopped at the
// destination's name, and nobody imposed the tariff. The destination of the subject's trade flow
// ends the goods and imposes the measure.
TEST_CASE("measures: 'Ruritanian exports to Freedonia face a 15% tariff' - Freedonia imposes") {
    auto a = np::test::analyze_text(
        "Under the framework, most Ruritanian exports to Freedonia face a 15% tariff, officials said.");
    const np::Measure* m = nullptr;
    for (const auto& x : a.documents[0].measures)
        if (x.has_rate && x.rate_value == 15.0) m = &x;
    REQUIRE(m != nullptr);
    if (!m) return;
    CHECK(m->imposer_name == "Freedonia");
    CHECK(m->goods == "most Ruritanian exports");
}

// "a 100% tariff on all movies produced outside the United States": the place the goods are not
// made in became the target.
TEST_CASE("measures: a place after 'outside' or 'except' is no target") {
    const np::Measure m = np::test::first_measure(
        "Jane Okafor said she would impose a 100% tariff on all movies produced outside Ruritania.", "tariff");
    CHECK(m.target_name.empty());
    CHECK(m.goods == "all movies produced outside Ruritania");
}

// Reason and goods edges: "a say over some of X's decisions" is no cause; "national security
// grounds, days before he left office" ends at the comma; "apply to streaming services or only to
// films" has no "or only" in its goods; "the state's film tax credit" is no measure.
TEST_CASE("measures: 'a say over', ', days before', 'or only', 'tax credit'") {
    auto a = np::test::analyze_text(
        "The deal includes a golden share that gives the government a say over some of the company's decisions.");
    for (const auto& m : a.documents[0].measures) CHECK(m.reason.empty());
    const np::Measure b = np::test::first_measure(
        "Jane Okafor blocked the acquisition in January on national security grounds, days before she left office.",
        "deal");
    CHECK(b.reason == "national security grounds");
    // (a measure named by its article, "whether the tariff would apply to ...", now widens the
    // one before it: the goods are read on a measure named afresh)
    auto c = np::test::analyze_text(
        "It was not clear whether a 100% tariff would apply to streaming services or only to films shown in "
        "cinemas.");
    bool streaming = false;
    for (const auto& m : c.documents[0].measures)
        if (m.goods.find("streaming") != std::string::npos) {
            streaming = true;
            CHECK(m.goods.find("or only") == std::string::npos);
        }
    CHECK(streaming);
    CHECK(measures_of("The governor has proposed doubling the state's film tax credit to $750 million a year.")
              .empty());
    CHECK(!measures_of("Ruritania will impose a digital services tax of 3% on large technology firms.").empty());
}

// "Under the deal announced by Jane Okafor on social media, goods deemed to be transshipped ...
// will face a 40% levy": the subject search for "face" went back to the opening phrase's agent,
// and a person became the target; the deal's goods were "social media"; and in "waiting for
// details of a deal, a day after President X said goods would face a 20% tariff" the words were
// the deal's reason.
TEST_CASE("measures: no person faces a levy; 'announced by X on social media'; 'a day after X said'") {
    auto a = np::test::analyze_text(
        "Under the deal announced by Jane Okafor on social media, goods deemed to be transshipped through "
        "Ruritania will face a 40% levy.");
    bool levy = false;
    for (const auto& m : a.documents[0].measures) {
        if (m.has_rate && m.rate_value == 40.0) {
            levy = true;
            CHECK(m.target_name != "Jane Okafor");
        }
        if (m.kind == "deal") CHECK(m.goods.find("social media") == std::string::npos);
    }
    CHECK(levy);
    auto b = np::test::analyze_text(
        "Ruritanian exporters said they were still waiting for details of a trade agreement with Freedonia, a day "
        "after President Jane Okafor said goods from Ruritania would face a 20% tariff.");
    bool deal = false;
    for (const auto& m : b.documents[0].measures)
        if (m.kind == "deal") {
            deal = true;
            CHECK(m.reason.empty());
        }
    CHECK(deal);
}

// "Ruritania bought $29 billion of Freedonian farm goods last year": a figure of past trade joined
// the halt of purchases the article was about, which became "in force, last year". A past purchase
// with an amount of money and a past time is no measure.
TEST_CASE("measures: 'bought $29 billion of X last year' is a figure, not a measure") {
    auto a = np::test::analyze_text(
        "Ruritania has halted purchases of Freedonian farm goods, officials said. Ruritania bought $29 billion "
        "of Freedonian farm goods last year, down from $38 billion in 2022.");
    size_t purchases = 0;
    for (const auto& m : a.documents[0].measures)
        if (m.kind == "purchase") {
            ++purchases;
            CHECK(m.time != "last year");
            CHECK(m.status != "in_force");
        }
    CHECK(purchases == 1);
    CHECK(!measures_of("Under the deal, Ruritania will buy $50 billion of Freedonian energy next year.").empty());
}

// "Ruritania has told state-owned grain traders to stop buying Freedonian farm goods": the stop had
// no name for its subject ("traders"), so no measure; and "told" ended the subject search. The
// one who tells others to stop is the subject, and "told X to" is an order, not speech.
TEST_CASE("measures: 'X has told traders to stop buying Y' is X's halt") {
    const np::Measure m = np::test::first_measure(
        "Ruritania has told state-owned grain traders to stop buying Freedonian farm goods, two people said.", "ban");
    CHECK(m.imposer_name == "Ruritania");
    CHECK(m.goods == "Freedonian farm goods");
    CHECK(measures_of("The company told its staff to stop buying office supplies.").empty());
}

// "... would meet again, Jane Okafor told reporters after returning from Vexland": a journey's end
// is when she spoke, not the deal's reason.
TEST_CASE("measures: 'after returning from X' is no reason") {
    auto a = np::test::analyze_text(
        "Ruritania cannot accept a trade deal that leaves out cars, negotiator Jane Okafor told reporters after "
        "returning from Vexland.");
    for (const auto& m : a.documents[0].measures) CHECK(m.reason.find("returning") == std::string::npos);
    // (an act after "after" still is one: "retaliated after X raised tariffs")
    const np::Measure b = np::test::first_measure(
        "Ruritania imposed 25% tariffs on Vexland's cars after Vexland raised duties on its steel.", "tariff");
    CHECK(b.reason.find("raised duties") != std::string::npos);
}

// "Ruritania's negotiator says tariff deal hinges on auto relief": "tariff" there names the deal's
// subject, and made a tariff record of its own with the possessor as imposer.
TEST_CASE("measures: 'a tariff deal' is a deal, no tariff") {
    auto a = np::test::analyze_text("Ruritania's trade negotiator says tariff deal with Vexland hinges on auto relief.");
    CHECK(count_of(a.documents[0].measures, "tariff") == 0);
    CHECK(count_of(a.documents[0].measures, "deal") == 1);
}

// "Ruritania will impose a 25% surtax on steel from Vexland. The government will also introduce
// tariff rate quotas on steel imports": "tariff rate quotas" made a bare tariff record besides the
// quota (only the hyphenated "tariff-rate quotas" was the quota's name), and the quota had no
// imposer. "The government" is the country whose measure the article reported last.
TEST_CASE("measures: 'tariff rate quotas' are a quota; 'the government' is the last imposer") {
    auto a = np::test::analyze_text(
        "Canada will impose a 25% surtax on imports of steel from Vexland, the prime minister said on "
        "Wednesday. The government will also introduce tariff rate quotas on steel imports from other countries.");
    const auto& ms = a.documents[0].measures;
    CHECK(count_of(ms, "quota") == 1);
    for (const auto& m : ms) {
        if (m.kind == "quota") CHECK(m.imposer_name == "Canada");
        if (m.kind == "tariff") CHECK(m.has_rate);
    }
}

// An explainer's bulleted rates under the sentence that announces them had no imposer:
// "Jane Okafor announced a fresh wave of sector tariffs last week." / "• A 100% tariff on branded
// drugs." A list item's measure takes the imposer (and status) of the prose's last measure before
// the list, past headings and the list's other items; not one further back than that measure.
TEST_CASE("measures: bulleted measures take the imposer of the intro before the list") {
    auto a = np::test::analyze_text(
        "Canada announced a fresh wave of sector tariffs last week.\n\nWhat are the new rates?\n\n"
        "\xE2\x80\xA2 A 100% tariff on branded pharmaceutical products.\n"
        "\xE2\x80\xA2 A 25% tariff on heavy trucks.\n"
        "\xE2\x80\xA2 A 50% tariff on kitchen cabinets.\n");
    size_t bulleted = 0;
    for (const auto& m : a.documents[0].measures)
        if (m.has_rate) {
            ++bulleted;
            CHECK(m.imposer_name == "Canada");
            CHECK(m.status == "announced");
        }
    CHECK(bulleted == 3);
    // (prose with a measure of no imposer between: nothing inherited; the article's news opens
    // with no country as subject, whose tariffs the others would be)
    auto b = np::test::analyze_text(
        "A fresh wave of sector tariffs was announced by Canada last week. Analysts said duties would rise.\n\n"
        "\xE2\x80\xA2 A 100% tariff on branded pharmaceutical products.\n"
        "\xE2\x80\xA2 A 25% tariff on heavy trucks.\n");
    for (const auto& m : b.documents[0].measures)
        if (m.has_rate) CHECK(m.imposer_name.empty());
}

// "The government reversed an April ban on chip sales": "reverse" was no verb of a measure, and the
// ban read as one imposed. Its inflected forms lift a measure ("a reverse takeover" is none); and
// "the 1988 tax cuts", domestic taxes, are no trade measure.
TEST_CASE("measures: 'reversed a ban' lifts it; 'reverse takeover' and 'tax cuts' are none") {
    const np::Measure m =
        np::test::first_measure("The government reversed a ban on chip sales to Ruritania on Monday.", "ban");
    CHECK(m.change_direction == "remove");
    CHECK(m.status == "lifted");
    CHECK(measures_of("The figures reflect reverse takeover accounting for the merged group.").empty());
    CHECK(measures_of("The finance minister pledged to increase the size of the 1988 tax cuts.").empty());
}

// "Washington last month ended Ruritania's preferential trade status": no measure (the status is no
// trigger). Trade preferences, and a preferential trade status, are a measure ("other"); whose
// preferences they are is the target, who ends them the imposer.
TEST_CASE("measures: ending a country's preferential trade status is a measure on it") {
    const np::Measure m = np::test::first_measure(
        "The United States last month ended Ruritania's preferential trade status under the programme.", "other");
    CHECK(m.imposer_name == "United States");
    CHECK(m.target_name == "Ruritania");
    CHECK(m.change_direction == "remove");
    CHECK(measures_of("The status of the talks was unclear, and their preferences differ.").empty());
}

// "'Some of the cost of the tariff will fall on consumers,' Jane Okafor told reporters after the
// bank's two-day policy meeting": the meeting was the tariff's reason. A meeting (summit, talks,
// session, briefing, visit) whose phrase ends within a few words after "after" is a time.
TEST_CASE("measures: 'after the bank's two-day policy meeting' is no reason") {
    auto a = np::test::analyze_text(
        "\"Ultimately, the cost of the tariff has to be paid,\" Jane Okafor told reporters after the bank's "
        "two-day policy meeting.");
    for (const auto& m : a.documents[0].measures) CHECK(m.reason.find("meeting") == std::string::npos);
    const np::Measure b = np::test::first_measure(
        "Ruritania imposed 25% tariffs on Vexland's cars after Vexland raised duties on its steel.", "tariff");
    CHECK(!b.reason.empty());
}

// "He said the government had offered to buy U.S. liquefied natural gas": buying needed an amount
// or "more". A commitment verb ("offered/agreed/pledged/promised to buy") before a place's goods or
// a traded good is a purchase (not a company: "agreed to buy Canadian ski maker X"), and "the
// government" is not the other side of the trade (the United States, of a tariff two sentences
// before).
TEST_CASE("measures: 'offered to buy U.S. natural gas' is a purchase, not a company's takeover") {
    auto a = np::test::analyze_text(
        "A 30% U.S. tariff on South African exports took effect on Thursday. The trade minister said the "
        "government had offered to buy U.S. liquefied natural gas.");
    const np::Measure* p = nullptr;
    for (const auto& m : a.documents[0].measures)
        if (m.kind == "purchase") p = &m;
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->imposer_name != "United States");
    CHECK(p->target_name == "United States");
    CHECK(p->status == "proposed");
    CHECK(count_of(measures_of("Skis Dynastar SA agreed to buy Canadian ski and boot manufacturer Vexco."),
                     "purchase") == 0);
}

// "President Jane Okafor said she had spoken with the president on Thursday but could not reach a
// deal": a deal record with the speaker as its party. A deal that could not be reached, or that
// the sides failed to reach, is none (as a deal a country does not have).
TEST_CASE("measures: 'could not reach a deal' and 'failed to reach a deal' are no deals") {
    CHECK(count_of(measures_of("Jane Okafor said she had spoken with the president on Thursday but could not "
                                      "reach a deal."),
                     "deal") == 0);
    CHECK(count_of(measures_of("Ruritania and Vexland failed to reach a trade deal on Friday."), "deal") == 0);
    CHECK(count_of(measures_of("Ruritania and Vexland reached a trade deal on Friday."), "deal") == 1);
}

// "The EU had offered a beef quota of about 30,000 tonnes": "offer" was no verb of a measure, so
// the quota had no imposer and no status. An offered measure is proposed, by whoever offers it.
TEST_CASE("measures: 'X offered a beef quota' is X's proposal") {
    const np::Measure m =
        np::test::first_measure("The European Union had offered a beef quota of about 30,000 tonnes.", "quota");
    CHECK(m.imposer_name == "European Union");
    CHECK(m.status == "proposed");
}

// "Jane Okafor, who had also vowed to stop the deal, reversed course after Vexco agreed to the
// government's conditions": with "reverse" a verb of removal (b210e85) the deal read as lifted. A
// course, a position, oneself reversed is a change of mind, no verb of the measure.
TEST_CASE("measures: 'reversed course' lifts nothing") {
    auto a = np::test::analyze_text(
        "Jane Okafor, who had also vowed to stop the deal, reversed course after Vexco agreed to the "
        "government's conditions.");
    for (const auto& m : a.documents[0].measures) {
        CHECK(m.change_direction != "remove");
        CHECK(m.status != "lifted");
    }
}

// "X said he was ending all trade talks with Vexland over the tax, calling it a "direct and
// blatant attack" on the country, and threatened to set new tariffs": the scare quotes ended the
// walk back to the first verb's subject, and the threatened tariffs had no imposer.
TEST_CASE("measures: a second predicate finds its subject past a few words in scare quotes") {
    const np::Measure m = np::test::first_measure(
        "President Jane Okafor said she was ending all trade talks with Vexland over the tax, calling it a \"direct "
        "and blatant attack\" on Ruritania, and threatened to set new tariffs on Vexland goods within a week.",
        "tariff");
    CHECK(m.imposer_name == "Jane Okafor");
    CHECK(m.status == "threatened");
}

// "Commerce Secretary X told a TV channel that he expected the two countries to reach a deal": the
// walk back from "reach" passed "the two countries" (no name) to "he", and the secretary became
// the deal's party. The infinitive's subject is the object of "expected"/"urged"/"asked"; when it
// is no name there is none ("Ruritania wants to lift" keeps its own subject).
TEST_CASE("measures: 'expected the two countries to reach a deal' - the expecter is no party") {
    auto ms = np::test::measures_of(
        "Commerce Secretary Jane Okafor told reporters that she expected the two countries to reach a deal by a July "
        "21 deadline.");
    REQUIRE(count_of(ms, "deal") == 1);
    CHECK(ms[0].imposer_name.empty());
    ms = np::test::measures_of("Vexland urged both sides to lift the tariffs on steel.");
    REQUIRE(count_of(ms, "tariff") == 1);
    CHECK(ms[0].imposer_name.empty());
    ms = np::test::measures_of("Vexland wants to lift the tariffs on steel.");
    REQUIRE(count_of(ms, "tariff") == 1);
    CHECK(ms[0].imposer_name == "Vexland");
}

// (the wish of the subject itself, through a second infinitive, keeps it: "X wants to amend its
// agreement to purchase Y")
TEST_CASE("measures: 'X wants to amend its agreement to purchase Y' - X buys") {
    const auto ms = np::test::measures_of(
        "Vexel Systems wants to amend its agreement to purchase a 65 pct interest in Tessik Communications.");
    REQUIRE(count_of(ms, "purchase") == 1);
    CHECK(ms[0].imposer_name == "Vexel Systems");
}

// "Chile is the largest trading partner of the European Union, and it is seeking to renegotiate
// the trade pact": "renegotiate" was no verb of a measure (the pact had no party and no status), and
// "it" took the name after "of the" in the clause before ", and" (kept for "ministers of the G7
// will review their pact", where that phrase is inside the subject).
TEST_CASE("measures: 'it is seeking to renegotiate the pact' - the earlier clause's subject proposes") {
    auto ms = np::test::measures_of(
        "Chile is the largest trading partner of the European Union, and it is seeking to renegotiate the trade pact.");
    REQUIRE(count_of(ms, "deal") == 1);
    if (ms.size() != 1) return;
    CHECK(ms[0].imposer_name == "Chile");
    CHECK(ms[0].status == "proposed");
    // ("traditional tariff sales": a utility's, no measure)
    CHECK(count_of(np::test::measures_of("Vexel Gas Co is engaged in renegotiating its service agreements to provide "
                                          "traditional tariff sales."),
                   "tariff") == 0);
}

// "Vexland's commerce ministry announced sanctions on five subsidiaries of shipbuilder Orlan
// Marine, banning local entities from doing business with them": the participle's subject is the
// main clause's, the country's ministry in lower case (it took the company named last).
TEST_CASE("measures: a participle after 'X's commerce ministry announced ...' is X's") {
    const auto ms = np::test::measures_of(
        "Vexland's commerce ministry announced sanctions on five subsidiaries of Ruritanian shipbuilder Orlan Marine, "
        "banning local entities from doing business with them.");
    const np::Measure* ban = np::test::first_of(ms, "ban");
    REQUIRE(ban != nullptr);
    if (!ban) return;
    CHECK(ban->imposer_name == "Vexland");
}

// "The fees, set by the trade office after an investigation under Section 301, start at $50 per
// net ton": the reason ran past the comma into the sentence's own verb and its level.
TEST_CASE("measures: a reason ends before ', start at $50'") {
    const auto ms = np::test::measures_of(
        "The Ruritanian fees, set by the trade office after an investigation under Section 301, start at $50 per net "
        "ton for Vexland-owned vessels.");
    REQUIRE(ms.size() == 1);
    if (ms.size() != 1) return;
    CHECK(ms[0].reason == "an investigation under Section 301");
}

// "Chile will suspend its export controls, the commerce ministry said" ... "The ministry also said
// it would suspend a ban": no organisation was named (the ministry only in lower case), so "the
// ministry" and its "it" had no imposer. The country of the earlier mention acts.
TEST_CASE("measures: 'the ministry' named only in lower case acts for its country") {
    for (const char* second : {"The ministry also said it would suspend a ban on exports of lithium to Vexland.",
                               "The ministry would suspend a ban on exports of lithium to Vexland."}) {
        CAPTURE(second);
        const auto ms = np::test::measures_of(
            std::string("Chile will suspend its export controls on copper, the commerce ministry said on Friday.\n\n") +
            second);
        const np::Measure* ban = np::test::first_of(ms, "ban");
        REQUIRE(ban != nullptr);
        if (!ban) return;
        CHECK(ban->imposer_name == "Chile");
    }
}

// "Chile's president says EU tariff cuts on wine a good start": the measure names its own
// country; the left walk went on over "says" to the speaker's possessive, and made the speaker's
// country the imposer of the EU's cut. ("his spokesman said trade sanctions ..." still reads
// the speaker's: no country of its own.)
TEST_CASE("measures: a measure that names its country after 'says' is not the speaker's") {
    const auto ms = np::test::measures_of("Chile's Okafor says EU tariff cuts on wine and copper a good start");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQUIRE(m != nullptr);
    if (!m) return;
    CHECK(m->imposer_name == "European Union");
}

// "The commerce ministry also placed export controls on ...": with the ministry's field before
// it the walk did not know the phrase, and the measure had no imposer. A ministry of another field
// named earlier ("the Finance Ministry's tariff commission") is not this one; with no earlier
// word to go by, the country whose news opens the article acts through it, as a ministry named
// by its field alone does.
#define REQ_PTR(p) do { REQUIRE(p); if (!(p)) return; } while (0)

TEST_CASE("measures: 'the commerce ministry' acts for the article's country, not for another ministry") {
    const auto ms = np::test::measures_of(
        "LIMA, May 2 (Reuters) - Peru said on Friday it would impose a 30% tariff on all goods from Chile.\n\n"
        "The Finance Ministry's tariff office said it had studied the case for months.\n\n"
        "The commerce ministry also placed export controls on copper cathodes, and the Finance Ministry "
        "imposed a 10% levy on imported wine.");
    const np::Measure* controls = np::test::with_goods(ms, "copper cathodes");
    REQ_PTR(controls);
    CHECK(controls->imposer_name == "Peru");
    const np::Measure* wine = np::test::with_goods(ms, "imported wine");
    REQ_PTR(wine);
    CHECK(wine->imposer_name == "Peru");
    // ("the Finance Ministry's tariff office" is a body, no measure)
    CHECK(np::test::count_of(ms, "tariff") == 2);
}

// "Britain secures quota for cars": the winner of a quota was read as its imposer (the other side
// grants it), "a quota for its tomatoes" had "its tomatoes" as its reason, and a dateline's city
// could pass for the winner ("LIMA (Reuters) - Chile won ...").
TEST_CASE("measures: who wins or secures a quota is the side it is for") {
    const auto ms = np::test::measures_of(
        "LIMA (Reuters) - Chile obtained a quota for its tomatoes. Peru secured a duty-free quota for 100,000 cars. "
        "Valdoria imposed a quota on steel. Norland is seeking a compromise on quotas.");
    const np::Measure* tomatoes = np::test::with_goods(ms, "its tomatoes");
    REQ_PTR(tomatoes);
    CHECK(tomatoes->target_name == "Chile");
    CHECK(tomatoes->imposer_name.empty());
    CHECK(tomatoes->reason.empty());
    bool peru = false, norland = false;
    for (const auto& m : ms) {
        peru = peru || (m.kind == "quota" && m.target_name == "Peru" && m.imposer_name.empty());
        norland = norland || m.target_name == "Norland" || m.imposer_name == "Norland";
    }
    CHECK(peru);
    CHECK_FALSE(norland);
    const np::Measure* steel = np::test::with_goods(ms, "steel");
    REQ_PTR(steel);
    CHECK(steel->imposer_name == "Valdoria");
    const auto head = np::test::measures_of("Norland secures quota for cars as trade deal takes effect");
    const np::Measure* cars = np::test::with_goods(head, "cars");
    REQ_PTR(cars);
    CHECK(cars->target_name == "Norland");
    CHECK(cars->imposer_name.empty());
}

// "Chile paused most of the tariffs for 90 days, leaving a 10% baseline tariff in place": the
// tariff left in place had no imposer ("leave" was no verb of a measure); who leaves a measure in
// place keeps it.
TEST_CASE("measures: who leaves a measure in place keeps it") {
    for (const char* text : {"LIMA (Reuters) - Chile paused most of the tariffs for 90 days on Wednesday, leaving a 10% "
                             "baseline tariff in place for most countries.",
                             "LIMA (Reuters) - Chile left a 10% baseline tariff in place for most countries."}) {
        CAPTURE(text);
        const auto ms = np::test::measures_of(text);
        const np::Measure* base = nullptr;
        for (const auto& m : ms)
            if (m.rate_value == 10.0) base = &m;
        REQ_PTR(base);
        CHECK(base->imposer_name == "Chile");
        CHECK(base->status == "in_force");
    }
}

// "LONDON (Reuters) - British steel still faces a 25% levy": the goods that face a measure were
// read from the sentence's start, so they began with the dateline ("LONDON (Reuters) - British
// steel").
TEST_CASE("measures: goods that face a measure in a story's first sentence start past its dateline") {
    const auto ms = np::test::measures_of("LIMA (Reuters) - Chilean copper still faces a 25% levy in Peru.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->goods == "Chilean copper");
}

// "Mexico would seek to lower the 25% tariff on its steel exports": the subject was read as the
// tariff's imposer, so the country whose exports it hits was named as the one charging it. An
// effort ("seek to", "hopes to") on a tariff on the subject's own exports makes the subject its
// target; the owner's own imports, an export duty and a measure taken outright keep their imposer.
TEST_CASE("measures: a tariff on the exports of a subject that seeks its cut falls on that subject") {
    for (const char* text : {"Chile would seek to lower the 25% tariff on its copper exports, the economy minister said.",
                             "Chile hopes to reduce the 25% tariff on its goods before the deadline."}) {
        CAPTURE(text);
        const auto ms = np::test::measures_of(text);
        const np::Measure* m = np::test::first_of(ms, "tariff");
        REQ_PTR(m);
        CHECK(m->target_name == "Chile");
        CHECK(m->imposer_name.empty());
    }
    for (const char* text : {"Peru will cut tariffs on its imports of Chilean wine to 10%.",
                             "Peru will raise the export duty on its copper ore to 15%.",
                             "Peru will scrap the 5% levy on its coffee exports next year."}) {
        CAPTURE(text);
        const auto ms = np::test::measures_of(text);
        const np::Measure* m = np::test::first_of(ms, "tariff");
        REQ_PTR(m);
        CHECK(m->imposer_name == "Peru");
    }
}

// "Chilean exporters brace for a 39% U.S. tariff", "scrambled to absorb a 39% tariff": who braces
// for a measure or absorbs it was not read as what the measure falls on ("face" was); and what one
// braces for is still to come (no status from the verb).
TEST_CASE("measures: who braces for a measure or absorbs it is its target") {
    {
        const auto ms = np::test::measures_of("Chilean exporters brace for 39% U.S. tariff as talks stall");
        const np::Measure* m = np::test::first_of(ms, "tariff");
        REQ_PTR(m);
        CHECK(m->target_name == "Chile");
        CHECK(m->imposer_name == "United States");
        CHECK(m->status != "in_force");
    }
    {
        const auto ms = np::test::measures_of(
            "Chilean winemakers scrambled on Friday to absorb a 39% U.S. tariff that took effect overnight.");
        const np::Measure* m = np::test::first_of(ms, "tariff");
        REQ_PTR(m);
        CHECK(m->target_name == "Chile");
        CHECK(m->status == "in_force");
    }
}

// "The levy is well above the 15% rate agreed by the European Union and Japan": a rate a party
// agreed, negotiated or secured is one charged on it, by the article's side; it had no side at
// all. And a president with no country in his title ("President Tom Hale has threatened ...")
// made a second imposer next to "Washington", so the article's one imposer was not given to it.
TEST_CASE("measures: a rate agreed by two parties falls on both, from the article's one imposer") {
    const auto ms = np::test::measures_of(
        "Washington imposed a 39% tariff on Chile on Friday. President Tom Hale has threatened a tariff of up "
        "to 250% on drug imports. The levy is well above the 15% rate agreed by Peru and Japan.");
    std::vector<std::string> targets;
    for (const auto& m : ms)
        if (m.rate_value == 15.0) {
            CHECK(m.imposer_name == "United States");
            targets.push_back(m.target_name);
        }
    CHECK(targets == std::vector<std::string>{"Peru", "Japan"});
    const auto one = np::test::measures_of("The levy is well above the 15% rate negotiated with Peru, officials said.");
    const np::Measure* m = np::test::first_of(one, "tariff");
    REQ_PTR(m);
    CHECK(m->target_name == "Peru");
}

// "India called Washington's decision to double tariffs on Indian goods to 50% unfair": "called"
// was read as a request ("called on", "calls for"), so the decision had no status. And "China
// called on the United States to remove curbs on its exports" made the caller the imposer (the
// one called on stood after "on", read as a preposition's object); the one called on acts, the
// caller is the target, as with "asked".
TEST_CASE("measures: 'called X unfair' names a decision; who is called on to act imposes") {
    const auto named = measures_of("Chile called Peru's decision to double tariffs on Chilean goods to 50% unfair.");
    const np::Measure* d = np::test::first_of(named, "tariff");
    REQ_PTR(d);
    CHECK(d->status == "announced");
    CHECK(d->imposer_name == "Peru");
    for (const char* text : {"Chile called on Peru to remove the 25% tariff on its goods.",
                             "Chile called on Peru to immediately remove the 25% tariff on its goods."}) {
        CAPTURE(text);
        const auto ms = measures_of(text);
        const np::Measure* m = np::test::first_of(ms, "tariff");
        REQ_PTR(m);
        CHECK(m->imposer_name == "Peru");
        CHECK(m->target_name == "Chile");
        CHECK(m->status != "lifted");
    }
}

// "Japan said its pharmaceutical exports would face a tariff of no more than 15%" (a probe of my
// own writing): the speaker was made the imposer of a threat of its own and the rate was lost.
// Whose goods face a measure is its target; "no more than", "not higher than" and "at most" are a
// ceiling's words before a rate.
TEST_CASE("measures: the owner of goods that face a measure is its target; 'no more than' a rate") {
    const auto ms = measures_of("Chile said its copper exports would face a tariff of no more than 15%.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->target_name == "Chile");
    CHECK(m->imposer_name.empty());
    CHECK(m->rate_value == 15.0);
    const auto most = measures_of("Chile agreed to a tariff of at most 10% on Peruvian wine.");
    const np::Measure* w = np::test::first_of(most, "tariff");
    REQ_PTR(w);
    CHECK(w->rate_value == 10.0);
    // (a threat a country reports about another's goods stays its own)
    const auto own = measures_of("Chile said Peruvian goods could face a 25% surtax.");
    const np::Measure* t = np::test::first_of(own, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name == "Chile");
    CHECK(t->target_name == "Peru");
}

// "Japan and South Korea each secured a 15% rate" (a known miss of 7 Dec): the rate had no
// target. Who secures, wins or obtains a tariff rate is charged it, each of a pair; the article's
// one imposer gives it its side.
TEST_CASE("measures: who secures a tariff rate is charged it") {
    const auto ms = measures_of("Washington imposed a 25% tariff on Chile. Peru and Bolivia each secured a 15% rate "
                                "in July.");
    std::vector<std::string> targets;
    for (const auto& m : ms)
        if (m.rate_value == 15.0) {
            targets.push_back(m.target_name);
            CHECK(m.imposer_name == "United States");
        }
    std::sort(targets.begin(), targets.end());
    CHECK(targets == std::vector<std::string>{"Bolivia", "Peru"});
}

// "Brazil will take the United States to the WTO over a 50% tariff on its exports" (a known miss of
// 7 Dec) made the United States the target: "its" went to the name nearest it, the verb's object;
// "asked the WTO to rule on the tariff on its coffee" made the WTO the target. Whose goods they
// are is the place that opens the sentence.
TEST_CASE("measures: 'its' goods after a verb's object or a trade body are the subject's") {
    const auto a = measures_of("Chile will take Peru to the WTO over a 50% tariff on its exports.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->target_name == "Chile");
    const auto b = measures_of("Chile asked the WTO to rule on the Peruvian tariff on its copper.");
    const np::Measure* t = np::test::first_of(b, "tariff");
    REQ_PTR(t);
    CHECK(t->target_name == "Chile");
    CHECK(t->imposer_name == "Peru");
}

// "The Solvent Extractors' Association had been urging the government to raise duties" made the
// association the duty's imposer: "urged X to" gave the infinitive its object as subject, not
// "had been urging X to".
TEST_CASE("measures: who has been urging someone to act does not impose") {
    const auto ms = measures_of("The Kelvorn Growers Association had been urging the government to raise duties "
                                "for months.");
    for (const auto& m : ms) CHECK(m.imposer_name != "Kelvorn Growers Association");
}

// "The government also said it would keep its 40% duty on exports of rice bran" had no imposer in
// an article whose news opens with the country: the government, with no country named with the
// word, is the lede's country's (as "the commerce ministry" already was).
TEST_CASE("measures: 'the government' with no country named is the lede country's") {
    const auto ms = measures_of("LIMA (Reuters) - Peru raised its import tax on gold to 15% on Friday.\n\n"
                                "The government also said it would keep its 40% duty on exports of fishmeal in place "
                                "until March 31.");
    bool seen = false;
    for (const auto& m : ms)
        if (m.rate_value == 40.0) {
            seen = true;
            CHECK(m.imposer_name == "Peru");
        }
    CHECK(seen);
}

// ("He said he expects the government to announce an agreement with Chile": the government is the
// subject, and an unknown one; not the person named before it.)
TEST_CASE("measures: an unknown government as subject is no name further back") {
    const auto ms = measures_of("Tom Hale, an economist, said he expects the government to announce an agreement "
                                "with Chile to cut tariffs this week.");
    for (const auto& m : ms) CHECK(m.imposer_name != "Tom Hale");
}

// "Mexican President X said her government would announce retaliatory tariffs" gave no measure:
// "her government" named no one. It is the government of the country the person's title names.
TEST_CASE("measures: 'her government' is the country of the person's title") {
    const auto ms = measures_of("Chilean President Jane Okafor said her government would announce retaliatory "
                                "tariffs on Sunday.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Chile");
}

// "President X on Monday restored a 25% tariff on steel imports" had no imposer and no status:
// "restore", "reinstate" and "reintroduce" were no verbs of imposing.
TEST_CASE("measures: who restores or reinstates a tariff imposes it") {
    for (const char* text : {"Chile on Monday restored a 25% tariff on steel imports.",
                             "Chile reinstated a 25% tariff on steel imports."}) {
        const auto ms = measures_of(text);
        const np::Measure* m = np::test::first_of(ms, "tariff");
        REQ_PTR(m);
        CHECK(m->imposer_name == "Chile");
        CHECK(m->status == "in_force");
    }
}

// "Chicken, wheat, corn and cotton will face an extra 15% levy, the Customs Tariff Commission of the
// State Council said" had no imposer (only a threat's reporter before the verb counted): goods, no
// party, facing a measure a government announces face that government's, reported before or after.
// Not a person's or an association's report.
TEST_CASE("measures: goods facing a measure face the reporting government's") {
    for (const char* text : {"Chicken and wheat will face an extra 15% levy, Chile said.",
                             "Chile said chicken and wheat will face an extra 15% levy.",
                             "Chicken and wheat could face an extra 15% levy, said Chile."}) {
        CAPTURE(text);
        const auto ms = measures_of(text);
        const np::Measure* m = np::test::first_of(ms, "tariff");
        REQ_PTR(m);
        CHECK(m->imposer_name == "Chile");
    }
    const auto assoc = measures_of("Chicken and wheat will face an extra 15% levy, the Kelvorn Growers Association "
                                   "said.");
    for (const auto& m : assoc) CHECK(m.imposer_name.empty());
}

// "The new measure would reduce tariff-free import quotas to 18.3 million tonnes a year, the
// Commission said" had no imposer: a measure announced with none named is the reporting
// government's (a place or a government body), when it is not the target.
TEST_CASE("measures: an announced measure with no imposer is the reporting government's") {
    const auto ms = measures_of("The new measure would reduce tariff-free steel import quotas to 18 million tonnes a "
                                "year, Chile said.");
    const np::Measure* m = np::test::first_of(ms, "quota");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Chile");
    // (the reporter of a measure on itself is no imposer)
    const auto own = measures_of("Chilean goods will face 25% tariffs from Monday, Chile said.");
    for (const auto& x : own) CHECK(x.imposer_name != "Chile");
}

// "Ontario Premier Doug Ford said the province would put a 25% surcharge on electricity" had no
// imposer: "the province" (or "the state") is the place no country named before it in its sentence.
TEST_CASE("measures: 'the province' is the province named before it") {
    const auto ms = measures_of("Ontario Premier Jane Okafor said the province would put a 25% surcharge on "
                                "electricity it sends to Michigan.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Ontario");
}

// "The UK already has a 25% safeguard duty on some steel products above quota" had no imposer and no
// status: a place that has a rated tariff holds it in force (not the target: "its exports to Peru").
TEST_CASE("measures: a place that has a tariff imposes it") {
    const auto ms = measures_of("Chile already has a 25% safeguard duty on some steel products above quota.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Chile");
    CHECK(m->status == "in_force");
}

// "Indonesia will cut its tariffs on EU cars to zero" had no target (an organisation's goods were a
// tariff's only before a generic word, "EU goods"), and "the bloc will gain better access for its
// cars, machinery and dairy products" gave the deal those goods for a reason.
TEST_CASE("measures: a trade bloc's goods name it the target; what access is for is no reason") {
    const auto ms = measures_of("Chile will cut its tariffs on EU cars to zero over five years.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->target_name == "European Union");
    const auto d = measures_of("Chile and the European Union signed a trade agreement on Tuesday.\n\nUnder the deal, "
                               "Chilean exports of copper and wine will enter the EU duty-free, while the bloc will "
                               "gain better access for its cars, machinery and dairy products.");
    for (const auto& x : d) CHECK(x.reason.find("cars") == std::string::npos);
}

// "South Africa will seek exemptions for its citrus and car exports from a 30% U.S. tariff" had no
// target: who seeks an exemption from a measure is its target, the goods exempted between too.
TEST_CASE("measures: who seeks exemptions for its goods from a tariff is its target") {
    const auto ms = measures_of("Chile will seek exemptions for its copper and wine exports from a 30% U.S. tariff.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->target_name == "Chile");
}

// "Japan called on China to lift its ban on Japanese seafood" made Japan the ban's imposer: "its"
// passed over a name after a preposition. The one "called on" to act is the infinitive's subject
// (as after "urged China to").
TEST_CASE("measures: the one called on to lift its measure imposes it") {
    const auto ms = measures_of("Peru has called on the United States to drop its 25% tariff on Peruvian copper.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "United States");
    CHECK(m->target_name == "Peru");
}

// "Separately, the commerce ministry and the customs administration said they would impose export
// controls on tungsten" had no imposer: "it"/"they" after a sentence-opening "the ministry" was read
// only right at the sentence's start with no field word; an opening adverb's comma and the
// ministry's field ("the commerce ministry") are passed over, and with no ministry named before,
// the country whose news opens the article acts through it.
TEST_CASE("measures: 'Separately, the commerce ministry said it would' is the lede country's") {
    const auto ms = measures_of("SANTIAGO, Feb 4 (Reuters) - Chile on Tuesday announced tariffs on Peruvian coal.\n\n"
                                "Separately, the commerce ministry said it would impose export controls on lithium "
                                "and copper.");
    const np::Measure* m = np::test::first_of(ms, "export_control");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Chile");
}

// "Swiss shares fell 1.9% after Washington set a 39% tariff on goods from Switzerland" made
// Switzerland the imposer: a name after "after" is a clause's subject only before a verb the
// measure reader knows, and "set" (a measure verb before an article) was not one of them.
TEST_CASE("measures: 'after X set a 39% tariff' makes X the imposer") {
    const auto ms = measures_of("Peruvian shares fell 1.9% after Chile set a 39% tariff on goods from Peru.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Chile");
    CHECK(m->target_name == "Peru");
}

// "The White House has also threatened an unspecified penalty over India's purchases of Russian oil"
// gave only a threatened purchase: a penalty with no rate is a measure when its "over"/"for" names
// a country's trade (purchases, imports, buying), that country its target, and the threat is the
// penalty's, not the purchases'.
TEST_CASE("measures: a penalty over a country's purchases is a threatened measure on it") {
    const auto ms = measures_of("Chile has also threatened an unspecified penalty over Peru's purchases of "
                                "Bolivian gas.");
    const np::Measure* t = np::test::first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "threatened");
    CHECK(t->imposer_name == "Chile");
    CHECK(t->target_name == "Peru");
    const np::Measure* p = np::test::first_of(ms, "purchase");
    if (p) CHECK(p->status != "threatened");
}

// "The Commission must decide by May whether to impose definitive duties" had no imposer ("whether"
// ended the search for a subject), and read as the provisional duties named before, it made them
// "proposed": an infinitive after "whether" has the deciding clause's subject, and definitive duties
// (not a "definitive agreement") are another measure than provisional ones.
TEST_CASE("measures: 'must decide whether to impose definitive duties' is the decider's next measure") {
    const auto ms = measures_of("The European Commission has imposed provisional duties on plywood from Chile.\n\n"
                                "The Commission must decide by May whether to impose definitive duties, usually "
                                "for five years.");
    int in_force = 0, proposed = 0;
    for (const auto& m : ms) {
        if (m.kind != "tariff") continue;
        CHECK(m.imposer_name == "European Union");
        in_force += m.status == "in_force";
        proposed += m.status == "proposed";
    }
    CHECK(in_force == 1);
    CHECK(proposed == 1);
}

// "Canadian goods not covered by the USMCA face a 35% tariff" gave the pact for the target, no goods
// and no status: "not" read as denying "face", the pact as who faces it. The bound is part of the
// goods; whose goods they are says the target.
TEST_CASE("measures: goods 'not covered by' a pact face the measure; the pact is no target") {
    for (const char* text : {"Peruvian goods not covered by the trade pact face a 35% tariff.",
                             "Peruvian goods that are not covered by the trade pact face a 35% tariff."}) {
        const auto ms = measures_of(text);
        const np::Measure* m = np::test::first_of(ms, "tariff");
        REQ_PTR(m);
        CHECK(m->target_name == "Peru");
        CHECK(m->status == "in_force");
        CHECK(m->goods.starts_with("Peruvian goods"));
    }
}

// "New Delhi: The government has raised the basic customs duty on gold to 12.5 per cent" had no
// imposer: "the government" with no country named is the lede's country, and a lede whose subject
// is no country left none. A dateline's capital (a place the trade lexicon knows as the country,
// not a city of its own such as "MUMBAI:") stands for its government.
TEST_CASE("measures: a dateline's capital gives 'the government' its country") {
    const auto ms = measures_of("Lima: The government has raised the basic customs duty on gold to 12.5 per cent "
                                "from 7.5 per cent, a finance ministry notification said on Friday.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Peru");
    const auto c = measures_of("Cusco: The government has raised the basic customs duty on gold to 12.5 per cent.");
    const np::Measure* k = np::test::first_of(c, "tariff");
    REQ_PTR(k);
    CHECK(k->imposer_name.empty());
}

// "Most other Canadian goods not covered by the pact face a 25% levy" had no target: whose goods
// they are was read at the quantifier "Most". Quantifiers are passed over to the owner.
TEST_CASE("measures: whose goods face a measure is read past 'most other'") {
    const auto ms = measures_of("Most other Peruvian goods not covered by the trade pact face a 35% tariff.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->target_name == "Peru");
}

// "Most other Canadian goods not covered by the pact face a 25% levy. Canada has retaliated with
// 25% counter-tariffs on U.S. goods" gave one record, imposed by Canada on the United States with
// the goods of the first: with no target read for the first, the same rate joined them.
TEST_CASE("measures: goods facing a levy and their country's same-rate answer are two measures") {
    const auto ms = measures_of("Most other Peruvian goods not covered by the trade pact face a 25% levy. Peru has "
                                "retaliated with 25% counter-tariffs on about $20 billion of Chilean goods.");
    int on_peru = 0, by_peru = 0;
    for (const auto& m : ms) {
        if (m.kind != "tariff") continue;
        on_peru += m.target_name == "Peru" && m.imposer_name != "Peru";
        by_peru += m.imposer_name == "Peru" && m.target_name == "Chile";
    }
    CHECK(on_peru == 1);
    CHECK(by_peru == 1);
}

// "rescinding its tax after Trump called off talks and threatened new tariffs on Canadian goods"
// made Canada the imposer of the threat: the walk back from "and threatened" passed "called" (no
// verb of a measure) up to "rescinding", whose subject is Canada. A conjunction of time or cause
// opens the clause; the name right after it is the first verb's subject.
TEST_CASE("measures: a second verb after 'and' in an 'after X ...' clause has X for subject") {
    const auto ms = measures_of("Peru said it was scrapping its tax on technology firms, two days after Tom Hale "
                                "called off trade talks and threatened new tariffs on Peruvian goods.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Tom Hale");
    CHECK(m->target_name == "Peru");
    CHECK(m->status == "threatened");
}

// "China will remove the 80.5% tariffs it imposed on Australian barley" had no goods or target,
// and "wine still faces tariffs of up to 218%, which China imposed in 2021" no imposer: a relative
// clause right after the measure was not read. Its subject imposes the measure; its verb's object
// is the goods.
TEST_CASE("measures: a relative clause after the measure names its imposer and goods") {
    const auto a = measures_of("Chile will remove the 80.5% tariffs it imposed on Peruvian barley three years ago.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Chile");
    CHECK(m->target_name == "Peru");
    CHECK(m->goods == "Peruvian barley");
    const auto b = measures_of("Peruvian wine still faces tariffs of up to 218%, which Chile imposed in 2021.");
    const np::Measure* w = np::test::first_of(b, "tariff");
    REQ_PTR(w);
    CHECK(w->imposer_name == "Chile");
    CHECK(w->target_name == "Peru");
}

// "countervailing duties of up to 292% that the department set earlier this year" had no imposer:
// "the department" in a relative clause is the department named before, for its country; and
// "The Commerce Department" under a LIMA dateline acts for the dateline's country, as "the Commerce
// Ministry" did.
TEST_CASE("measures: 'that the department set' and a field's department act for the country") {
    const auto ms = measures_of("LIMA (AP) - The Commerce Department on Tuesday imposed duties of up to 271% on "
                                "solar cells from Chile. The duties come on top of countervailing duties of up to "
                                "292% that the department set earlier this year.");
    int found = 0;
    for (const auto& m : ms) {
        if (m.kind != "tariff") continue;
        ++found;
        CHECK(m.imposer_name == "Peru");
    }
    CHECK(found == 2);
}

// "Reagan, who will hold talks with Prime Minister Nakasone this week, said he would lift tariffs
// imposed last week against some Japanese products" gave the tariffs to the prime minister (the
// last person before "he") and no goods (a time phrase stood between the participle and
// "against"). "he" right after the verb of speech is the person opening the sentence.
TEST_CASE("measures: 'X, who met Y, said he would' is X's; 'imposed last week against' has goods") {
    const auto ms = measures_of("Tom Hale, who will hold talks with Prime Minister Jane Okafor this week, said he "
                                "would lift tariffs imposed last week against some Peruvian products.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Tom Hale");
    CHECK(m->goods == "some Peruvian products");
    CHECK(m->target_name == "Peru");
}

// "Vietnam will buy more U.S. farm goods and Boeing aircraft, X said, as Hanoi seeks to avert a 46%
// U.S. tariff on its exports" made Boeing the tariff's target: "its" passed over "Hanoi" (after
// "as", with "seeks" no verb the clause test knew) to the maker's name. A verb of intent before
// "to" makes the name a clause's subject.
TEST_CASE("measures: 'as X seeks to avert a tariff on its exports' has X for the target") {
    const auto ms = measures_of("Peru will buy more U.S. farm goods and Boeing aircraft, Deputy Prime Minister Tom "
                                "Hale said on Wednesday, as Lima seeks to avert a 46% U.S. tariff on its exports.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->target_name == "Peru");
    CHECK(m->imposer_name == "United States");
}

// "Canada's Prime Minister Justin Trudeau said his government would impose 25% tariffs" had no
// imposer: the title's country was not read past the possessive, a word token of its own.
TEST_CASE("measures: 'Peru's Prime Minister X said his government would' is Peru's") {
    const auto ms = measures_of("Peru's Prime Minister Tom Hale said his government would impose 25% tariffs on "
                                "Chilean goods.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Peru");
    CHECK(m->target_name == "Chile");
}

// "..., though Canadian energy was charged a lower 10% rate" made Canada the rate's imposer: who is
// charged a measure pays it, as who faces one.
TEST_CASE("measures: 'X was charged a lower 10% rate' is on X") {
    const auto ms = measures_of("Tariffs on Peruvian goods of 25% also took effect Tuesday, though Peruvian energy was "
                                "charged a lower 10% rate.");
    const np::Measure* ten = nullptr;
    const np::Measure* quarter = nullptr;
    for (const auto& m : ms) {
        if (m.has_rate && m.rate_value == 10) ten = &m;
        if (m.has_rate && m.rate_value == 25) quarter = &m;
    }
    REQ_PTR(ten);
    CHECK(ten->imposer_name.empty());
    CHECK(ten->target_name == "Peru");
    CHECK(ten->goods == "Peruvian energy");
    REQ_PTR(quarter);
    CHECK(quarter->goods == "Peruvian goods");
}

// "China rejects U.S. steel tariffs" made China the imposer: the walk over the measure's modifiers
// went on past "rejects" (a present verb read as a noun) to the subject. A word in -s between a
// name and a name in the measure's phrase is the subject's verb.
TEST_CASE("measures: 'X rejects Y steel tariffs' are Y's") {
    for (const char* text : {"Chile rejects Peruvian steel tariffs.", "Chilean foreign ministry rejects Peruvian chip curbs"}) {
        const auto ms = measures_of(text);
        REQUIRE(ms.size() == 1);
        if (ms.empty()) return;
        CHECK(ms[0].imposer_name == "Peru");
    }
}

// "Exporters will still have to pay a 10% duty on parboiled rice" had no status: who pays a
// measure is what it falls on, as of "faces" ("still" keeps it in force, "will have to" plans it).
TEST_CASE("measures: 'will still have to pay a 10% duty' is in force") {
    const auto a = measures_of("Exporters will still have to pay a 10% duty on parboiled rice, a government "
                               "notification said.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->status == "in_force");
    CHECK(m->goods == "parboiled rice");
    const auto b = measures_of("Exporters will have to pay a 25% duty on steel from next year.");
    const np::Measure* n = np::test::first_of(b, "tariff");
    REQ_PTR(n);
    CHECK(n->status == "announced");
}

// "Japan's chief negotiator arrived in Washington, seeking to lower the 25% tariff on Japanese
// cars" made Japan the imposer: the owner of the goods, by its people's adjective, under an
// effort to change the measure is the one it falls on (as "its steel exports" was).
TEST_CASE("measures: 'seeking to lower the tariff on Peruvian cars' is on Peru") {
    const auto ms = measures_of("Peru's chief negotiator arrived in Santiago for a ninth round of talks, seeking to "
                                "lower the 25% tariff on Peruvian cars.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->target_name == "Peru");
    CHECK(m->imposer_name != "Peru");
}

// An explainer (a probe of my own writing): "battery electric vehicles imported into the EU from
// China have faced additional duties on top of the standard 10% tariff on cars" gave a tariff on
// "top of the standard 10% tariff on cars" and, once that was fixed, none: "have" stopped the walk
// back to the subject, and "imported into the EU" ended it. The place goods are brought into
// imposes the measure; "on top of" opens no goods.
TEST_CASE("measures: goods 'imported into X from Y' that 'have faced' duties") {
    const auto ms = np::test::measures_of(
        "Since October, electric buses imported into Chile from Peru have faced additional duties on top of the "
        "standard 10% tariff on vehicles.");
    REQUIRE(!ms.empty());
    if (ms.empty()) return;
    CHECK(ms[0].goods == "electric buses");
    CHECK(ms[0].imposer_name == "Chile");
    CHECK(ms[0].target_name == "Peru");
    CHECK(ms[0].status == "in_force");
    for (const auto& m : ms) CHECK(m.goods.find("top of") == std::string::npos);
    const np::Measure f = np::test::first_measure("Wine from Peru has faced a 20% duty since May.", "tariff");
    CHECK(f.goods == "Wine");
    CHECK(f.target_name == "Peru");
}

// An explainer (a probe of my own writing): "it wanted to stay in step with the United States,
// which had raised its own tariffs on Chinese EVs to 100%" made the raise the speaker's country's
// (or China's): "its" inside a relative clause on a place is that place, though a preposition
// stands before the name.
TEST_CASE("measures: 'its' in ', which ...' after a place is that place") {
    const np::Measure m = np::test::first_measure(
        "Chile wanted to stay in step with Peru, which had raised its own tariffs on Bolivian buses to 100%.", "tariff");
    CHECK(m.imposer_name == "Peru");
    CHECK(m.target_name == "Bolivia");
    CHECK(m.change_to == 100.0);
}

// An explainer (a probe of my own writing): "China responded in two stages. From March it put a
// 100% tariff on ... Then in August it imposed ...": the second "it" looked back one sentence and
// found "it" there, not a name. An opening "it" after a time phrase hands on its own antecedent.
TEST_CASE("measures: an opening 'it' after a sentence opening with 'it' has that one's antecedent") {
    const auto ms = np::test::measures_of(
        "Chile imposed tariffs on Peruvian steel. Bolivia has charged a 10% tariff on Chilean wine since 2020.\n\n"
        "Peru responded in two stages. In March it put a 100% tariff on Chilean fruit. Then in August it imposed a "
        "75.8% duty on Chilean copper wire.");
    const np::Measure* last = nullptr;
    for (const auto& m : ms)
        if (m.has_rate && m.rate_value == doctest::Approx(75.8)) last = &m;
    REQ_PTR(last);
    CHECK(last->imposer_name == "Peru");
    CHECK(last->target_name == "Chile");
}

// "Canada, the third USMCA partner, is still negotiating with Washington over a 35% tariff on its
// non-compliant goods" (a probe of my own writing) had no imposer: the one negotiated with over a
// measure imposes it, as when negotiating "to lower" one.
TEST_CASE("measures: negotiating with X over a tariff: X imposes it") {
    const np::Measure m = np::test::first_measure(
        "Chile, a founding member of the pact, is still negotiating with Peru over a 35% tariff on its copper wire.",
        "tariff");
    CHECK(m.imposer_name == "Peru");
    CHECK(m.target_name == "Chile");
}

// "Washington agreed to cap tariffs on Korean chips, while Seoul will recognize U.S. safety
// standards and expand purchases of American liquefied natural gas" (a probe of my own writing):
// the purchase was Washington's. The second predicate's subject is the name after "while".
TEST_CASE("measures: a second predicate after 'while X will ... and' is X's") {
    const auto ms = np::test::measures_of(
        "Under the deal, Peru agreed to cap tariffs on Chilean wine, while Chile will recognize Peruvian safety "
        "standards and expand purchases of Peruvian natural gas.");
    const np::Measure* buy = nullptr;
    for (const auto& m : ms)
        if (m.kind == "purchase") buy = &m;
    REQ_PTR(buy);
    CHECK(buy->imposer_name == "Chile");
}

// A regional story (a probe of my own writing): "the decision followed a review of commitments made
// when the country banned the export of raw lithium ore in December 2022" had no imposer, and the
// ban merged into another country's lithium ban named later. "the country" as a clause's subject is
// the country whose news opens the article (not "regions of the country").
TEST_CASE("measures: 'when the country banned ...' is the article's country") {
    const auto ms = np::test::measures_of(
        "LIMA - Peru will ban exports of copper concentrates from January 2027, the government said on Wednesday.\n\n"
        "The minister said the decision followed a review made when the country banned the export of raw copper "
        "ore in December 2022.\n\nBolivia banned exports of unprocessed copper in 2023.");
    const np::Measure* ore = nullptr;
    for (const auto& m : ms)
        if (m.goods.find("ore") != std::string::npos) ore = &m;
    REQ_PTR(ore);
    CHECK(ore->imposer_name == "Peru");
    CHECK(ore->time == "in December 2022");
}

// A trade wrap (a probe of my own writing): "In Australia, the Anti-Dumping Commission imposed
// dumping duties of A$86 per tonne" had the commission as imposer, a body with no country. A body
// named without its country, in a sentence opening "In <country>,", acts for that country (a
// trade bloc's body stays the bloc's).
TEST_CASE("measures: 'In Chile, the Anti-Dumping Commission imposed' is Chile's") {
    const np::Measure m = np::test::first_measure(
        "In Chile, the Anti-Dumping Commission imposed dumping duties of 20% on precision pipe from Peru.", "tariff");
    CHECK(m.imposer_name == "Chile");
    CHECK(m.target_name == "Peru");
    const np::Measure eu = np::test::first_measure(
        "In Brussels, the European Commission imposed duties of 20% on steel from Peru.", "tariff");
    CHECK(eu.imposer_name == "European Union");
}

// A sanctions story (a probe of my own writing): "Britain on Thursday froze the assets of five
// Russian banks, banned exports of dual-use goods to Russia and lowered the price cap" made the
// ban Russia's (a predicate after a comma had no subject of its own), and "breaches of
// Russia-related financial sanctions" made Russia the sanctions' imposer.
TEST_CASE("measures: a predicate in a comma list has the list's subject; 'X-related sanctions' target X") {
    const np::Measure ban = np::test::first_measure(
        "LIMA - Peru on Thursday froze the assets of five Chilean banks, banned exports of dual-use goods to Chile "
        "and lowered the maximum price of copper sales.",
        "ban");
    CHECK(ban.imposer_name == "Peru");
    CHECK(ban.target_name == "Chile");
    const np::Measure s = np::test::first_measure(
        "The agency issued fines over the past year for breaches of Chile-related financial sanctions.", "sanction");
    CHECK(s.imposer_name.empty());
    CHECK(s.target_name == "Chile");
}
