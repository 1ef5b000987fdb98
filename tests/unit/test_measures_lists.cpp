// test_measures_lists.cpp — measures named together in one sentence: a list joined by "as well
// as", a measure stacked "on top of" another, and the causes and figures around them ("imports
// linked to fentanyl", "buying goods worth $87 billion last year").
#include <doctest/doctest.h>

#include "test_support.hpp"

using np::test::count_of;
using np::test::measures_of;
using np::test::with_goods;

#define REQ_PTR(p) do { REQUIRE(p); if (!(p)) return; } while (0)

// "imposes a 35% tariff on Canadian goods as well as a 50% levy on steel": the second measure was
// left with no imposer, target or status when no comma came before "as well as" (", as well as"
// was a list), and when the first one's goods held a clause ("goods that do not comply with the
// pact, as well as ..."), so it joined any other record of its goods, the other side's included.
TEST_CASE("measures: 'as well as' lists the verb's measures, past a clause of the goods too") {
    for (const char* text :
         {"Ruritania imposes a 35% tariff on Vexland goods as well as a 50% levy on steel.",
          "Ruritania imposes a 35% tariff on Vexland goods that do not comply with the trade pact, as well as a 50% "
          "levy on steel."}) {
        CAPTURE(text);
        const auto ms = measures_of(text);
        const np::Measure* steel = with_goods(ms, "steel");
        REQ_PTR(steel);
        CHECK(steel->imposer_name == "Ruritania");
        CHECK(steel->target_name == "Vexland");
        CHECK(steel->status == "in_force");
    }
    // (after ", and" a clause of the goods still ends the list: its own verb may be the one listing)
    const auto ms = measures_of(
        "Ruritania imposes a 35% tariff on goods that Vexland sells, and a 50% levy on steel.");
    const np::Measure* steel = with_goods(ms, "steel");
    REQ_PTR(steel);
    CHECK(steel->imposer_name.empty());
}

// "charges a 20% tariff on Vexland imports, on top of a 10% reciprocal tariff, and duties of up
// to 25% on many goods": the stacked tariff and the list after it had no sides and no status.
TEST_CASE("measures: a measure stacked 'on top of' another is the same side's, on the same side") {
    const auto ms = measures_of(
        "Ruritania currently charges a 20% tariff on Vexland imports, on top of a 10% reciprocal tariff, and "
        "duties of up to 25% on many goods.");
    REQUIRE(count_of(ms, "tariff") == 3);
    for (const auto& m : ms) {
        CAPTURE(m.rate_value);
        CHECK(m.imposer_name == "Ruritania");
        CHECK(m.target_name == "Vexland");
        CHECK(m.status == "in_force");
    }
    // (what a threatened measure is stacked on keeps a status of its own)
    const auto t = measures_of("Ruritania threatened a 30% tariff on Vexland cars, on top of a 10% levy.");
    REQUIRE(t.size() == 2);
    CHECK(t[1].imposer_name == "Ruritania");
    CHECK(t[1].status != "threatened");
}

// "imposing an additional 25% duty on imports from India as a penalty for its purchases of Russian
// oil, on top of a 25% tariff that took effect on Thursday": the tariff stacked on took the sides
// of the purchase named between (India buying from Russia), not of the duty it is stacked under.
TEST_CASE("measures: a purchase named between is not what a measure is stacked on") {
    const auto ms = measures_of(
        "Ruritania signed an order on Wednesday imposing an additional 25% duty on imports from Vexland as a "
        "penalty for its purchases of Norland oil, on top of a 25% tariff that took effect on Thursday.");
    size_t tariffs = 0;
    for (const auto& m : ms) {
        if (m.kind != "tariff") continue;
        ++tariffs;
        CAPTURE(m.time);
        CHECK(m.imposer_name == "Ruritania");
        CHECK(m.target_name == "Vexland");
    }
    CHECK(tariffs == 2);
}

// "... an additional 25% duty on imports from India ..., on top of a 25% tariff that took effect on
// Thursday. The extra levy takes effect in 21 days.": "the extra levy" joined the tariff named
// last (the one in force), which became announced; it is the additional duty.
TEST_CASE("measures: 'the extra levy' is the additional duty, not the tariff it came on top of") {
    const auto ms = measures_of(
        "Ruritania signed an order on Wednesday imposing an additional 25% duty on imports from Vexland, on top "
        "of a 25% tariff that took effect on Thursday. The extra levy takes effect in 21 days.");
    const np::Measure* added = nullptr;
    const np::Measure* base = nullptr;
    for (const auto& m : ms)
        if (m.kind == "tariff") (m.time == "in 21 days" ? added : base) = &m;
    REQ_PTR(added);
    REQ_PTR(base);
    CHECK(added->goods == "imports from Vexland");
    CHECK(base->status == "in_force");
    CHECK(base->time == "on Thursday");
}

// "tariffs on Vexland imports linked to fentanyl": the goods ran on to "imports linked" and the
// cause was lost; "linked/tied to" before an issue of the taxonomy gives the reason.
TEST_CASE("measures: 'linked to fentanyl' is the cause, not the goods") {
    auto ms = measures_of("Ruritania charges a 20% tariff on Vexland imports linked to fentanyl.");
    const np::Measure* t = with_goods(ms, "Vexland imports");
    REQ_PTR(t);
    CHECK(t->reason == "fentanyl");
    ms = measures_of("Ruritania imposed tariffs tied to the fentanyl crisis on Vexland in March.");
    REQUIRE(count_of(ms, "tariff") == 1);
    CHECK(ms[0].reason == "the fentanyl crisis");
    // (no issue after it, or "related to": a description of the goods)
    ms = measures_of("Ruritania charges a 20% tariff on machinery related to mining.");
    REQUIRE(count_of(ms, "tariff") == 1);
    CHECK(ms[0].reason.empty());
    ms = measures_of("Ruritania charges a 20% tariff on machinery tied to the new plant.");
    REQUIRE(count_of(ms, "tariff") == 1);
    CHECK(ms[0].reason.empty());
}

// "The United States is Vexland's largest export market, buying goods worth $87 billion last
// year": a figure of past trade, like "bought $29 billion of goods last year", not a purchase.
TEST_CASE("measures: ', buying goods worth $X last year' is a figure, no purchase") {
    CHECK(count_of(measures_of("Ruritania is Vexland's largest export market, buying goods worth $87 billion last "
                               "year."),
                   "purchase") == 0);
    CHECK(count_of(measures_of("Ruritania agreed to start buying $87 billion of Vexland goods next year."),
                   "purchase") == 1);
}

// "Ruritania imposed a 20% tariff on steel" ... "Ruritania lowered its tariffs to 30%": the cut
// joined the 20% tariff ("20%, lower to 30%"). A cut to a level above a record's level (its rate,
// or the level it was changed to) is another measure's, as a rise to a level below it is; a change
// to the record's own level is the same change named again.
TEST_CASE("measures: a cut to 30% is no cut of a 20% tariff") {
    auto ms = measures_of("Ruritania imposed a 20% tariff on Vexland steel in March.\n\n"
                          "Ruritania lowered its tariffs to 30% on Monday.\n");
    const np::Measure* steel = with_goods(ms, "Vexland steel");
    REQ_PTR(steel);
    CHECK(steel->change_direction != "lower");
    CHECK(count_of(ms, "tariff") == 2);
    ms = measures_of("Ruritania imposed a 20% tariff on Vexland steel in March.\n\n"
                     "Ruritania raised its tariffs to 15% on Monday.\n");
    steel = with_goods(ms, "Vexland steel");
    REQ_PTR(steel);
    CHECK(steel->change_direction != "raise");
    ms = measures_of("Ruritania imposed a 20% tariff on Vexland steel in March.\n\n"
                     "Ruritania lowered the steel tariff to 10% on Monday.\n");
    steel = with_goods(ms, "Vexland steel");
    REQ_PTR(steel);
    CHECK(steel->change_direction == "lower");
    CHECK(steel->change_to == 10);
}

// "The restrictions on sales to Vexland, including a ban on the X20 chip imposed in April, remain
// in place": the ban ran into the restrictions' goods, and the aside hid the sentence's verb from
// the restrictions' status. A measure after ", including" is a measure of its own (goods that are
// listed stay goods), and the status is read past the aside.
TEST_CASE("measures: ', including a ban on X,' is a measure of its own, and the verb after it counts") {
    auto ms = measures_of(
        "The restrictions on sales to Vexland, including a ban on the X20 chip imposed in April, remain in place.");
    const np::Measure* sales = with_goods(ms, "sales");
    REQ_PTR(sales);
    CHECK(sales->target_name == "Vexland");
    CHECK(sales->status == "in_force");
    const np::Measure* chip = with_goods(ms, "the X20 chip");
    REQ_PTR(chip);
    CHECK(chip->kind == "ban");
    // (listed goods stay the goods)
    ms = measures_of("The tariffs on Vexland goods, including steel and aluminum, will take effect next month.");
    REQUIRE(count_of(ms, "tariff") == 1);
    CHECK(ms[0].goods == "Vexland goods, including steel and aluminum");
    CHECK(ms[0].status == "announced");
}

// "tariffs of up to 50% on imports of cars, auto parts, steel, textiles and other goods from
// Vexland and other Asian countries": the object's length limit cut the goods at "Asian". A long
// phrase cut in the middle of a word group ends before the origin of its goods, which still
// names the target.
TEST_CASE("measures: long goods cut by the length limit end before their origin") {
    const auto ms = measures_of(
        "Ruritania's Senate on Wednesday approved tariffs of up to 50% on imports of cars, auto parts, steel, "
        "textiles and other goods from Vexland and other Asian countries that do not have trade agreements with "
        "Ruritania.");
    REQUIRE(count_of(ms, "tariff") == 1);
    CHECK(ms[0].goods == "imports of cars, auto parts, steel, textiles and other goods");
    CHECK(ms[0].target_name == "Vexland");
}

// A timeline's "U.S. tariffs on Vexland goods reach 145%": the goods ran on to "goods reach 145%"
// and the level was lost. The verb of a level ends the goods, and "reach X%" is a rise to X%.
TEST_CASE("measures: 'tariffs on X reach 145%' - a rise to 145%, goods X") {
    auto ms = measures_of("After tit-for-tat increases, Ruritania's tariffs on Vexland goods reach 145%.");
    REQUIRE(count_of(ms, "tariff") == 1);
    CHECK(ms[0].goods == "Vexland goods");
    CHECK(ms[0].change_direction == "raise");
    CHECK(ms[0].change_to == 145);
    CHECK(ms[0].status == "in_force");
    ms = measures_of("Tariffs on steel will reach 50% in June.");
    REQUIRE(count_of(ms, "tariff") == 1);
    CHECK(ms[0].status == "announced");
}

// "duties of up to 34.9% on brandy imported from the European Union": the object stops at the
// participle, so the place the brandy comes from was no target; and "EU tariffs" had no imposer
// (a trade bloc is an organisation, and only places imposed through a modifier).
TEST_CASE("measures: 'on brandy imported from the EU' targets the EU; 'EU tariffs' are the EU's") {
    auto ms = measures_of("Vexland will impose anti-dumping duties of up to 34.9% on brandy imported from the European "
                          "Union from Saturday.");
    REQUIRE(count_of(ms, "tariff") == 1);
    CHECK(ms[0].goods == "brandy");
    CHECK(ms[0].target_name == "European Union");
    ms = measures_of("The probe was seen as retaliation for EU tariffs of up to 45.3% on Vexland electric vehicles.");
    REQUIRE(count_of(ms, "tariff") == 1);
    CHECK(ms[0].imposer_name == "European Union");
}

// "Lula says will retaliate if U.S. imposes 50% tariff" over "a 50% tariff on Brazilian goods
// announced by President Donald Trump": the president's home country was read by walking back
// over any words ("goods announced by") to "Brazilian", so the person's tariff conflicted with
// the U.S. one and the headline stayed a record of its own. Only title words and capitals lie
// between a title's country and the name. And the tariff's reason is "a response to" what follows
// (not the "for" of someone's trial).
TEST_CASE("measures: a headline's U.S. tariff and the president's are one; 'a response to' is the reason") {
    const auto ms = measures_of(
        "Vexland says will retaliate if U.S. imposes 50% tariff\n\n"
        "Vexland's president said on Thursday the country would respond if the United States goes ahead with a 50% "
        "tariff on Vexland goods announced by President Jane Okafor.\n\n"
        "Okafor announced the tariff on Wednesday, saying it was partly a response to what she called a campaign "
        "against former President Tom Hale, who is on trial for allegedly plotting a coup.\n");
    REQUIRE(count_of(ms, "tariff") == 1);
    if (ms.size() != 1) return;
    CHECK(ms[0].target_name == "Vexland");
    CHECK(ms[0].reason == "what she called a campaign against former President Tom Hale");
}

// A factbox: "the trade deal agreed by President X and Commission President Y" had no sides (the
// participle's agents are the deal's two), and "a 15% tariff ceiling on most EU goods, including
// cars and lumber, inclusive of existing most-favoured-nation duties" ran the goods into the
// rate's terms.
TEST_CASE("measures: 'the deal agreed by X and Y' - X and Y; goods end before ', inclusive of'") {
    auto ms = measures_of("The statement sets out the terms of the trade deal reached by Japan and the United States "
                          "last month.");
    REQUIRE(count_of(ms, "deal") == 1);
    if (ms.size() != 1) return;
    CHECK(ms[0].imposer_name == "Japan");
    CHECK(ms[0].target_name == "United States");
    ms = measures_of("Ruritania will apply a 15% tariff ceiling on most Vexland goods, including cars and lumber, "
                     "inclusive of existing most-favoured-nation duties.");
    REQUIRE(count_of(ms, "tariff") == 1);
    if (ms.size() != 1) return;
    CHECK(ms[0].goods == "most Vexland goods, including cars and lumber");
}

// "raised the combined anti-dumping and countervailing duty rate on X to 35% from 14%": the two
// remedies named before one trigger are its modifiers; the walk back to the verb stopped at
// "and" (only "anti-dumping and anti-subsidy", both hyphenated, went on), so the raise had no
// imposer and no status. ("non-contract or spot transactions" stays no measure.)
TEST_CASE("measures: 'anti-dumping and countervailing duty rate' reaches its verb") {
    const auto ms = measures_of(
        "The U.S. Commerce Department raised the combined anti-dumping and countervailing duty rate on Chilean "
        "copper to 35% from 14% on Monday.");
    const np::Measure* m = with_goods(ms, "Chilean copper");
    REQ_PTR(m);
    CHECK(m->imposer_name == "U.S. Commerce Department");
    CHECK(m->status == "in_force");
    CHECK(m->change_direction == "raise");
    CHECK(count_of(measures_of("The increases will affect certain non-contract or spot transactions, it said."),
                   "deal") == 0);
}

// "adding a 25% penalty over Vexland's purchases of oil to a 25% reciprocal tariff": the tariff a
// penalty is added to is the same side's, as one a measure is stacked "on top of" (it had no
// imposer and no status, and joined any 25% record in the article).
TEST_CASE("measures: what a measure is added to is the same imposer's") {
    const auto ms = measures_of(
        "Chile doubled the tariff on Vexland goods to 50% in August, adding a 25% penalty over Vexland's "
        "purchases of Ruritanian oil to a 25% reciprocal tariff.");
    size_t with_chile = 0, quarter = 0;
    for (const auto& m : ms) {
        if (m.kind != "tariff" || !m.has_rate || m.rate_value != 25) continue;
        ++quarter;
        with_chile += m.imposer_name == "Chile" && m.status == "in_force";
    }
    CHECK(quarter == 2);
    CHECK(with_chile == 2);
}

// "has put tariffs on steel, aluminum, copper, lumber, trucks and furniture" ... "Heavy trucks face
// a 25% tariff": a rate given for some goods of a longer list that had none is that part's own
// measure; merged, the whole list read "25%".
TEST_CASE("measures: a rate for part of a list of goods is no rate of the whole list") {
    const auto ms = measures_of(
        "Chile has put tariffs on copper, lumber, trucks and furniture this year.\n\n"
        "Heavy trucks face a 25% tariff from November 1.");
    const np::Measure* list = with_goods(ms, "copper, lumber, trucks and furniture");
    REQ_PTR(list);
    CHECK_FALSE(list->has_rate);
    const np::Measure* trucks = with_goods(ms, "Heavy trucks");
    REQ_PTR(trucks);
    CHECK(trucks->has_rate);
    CHECK(trucks->rate_value == 25);
}

// "Kelvorn Motors faces a duty rate of 17%, Geely 18.8% and SAIC 35.3%": after a measure with a
// target, a name and a rate is that name's own rate of the same measure (the verb and the
// measure word both left out); the rate after "a duty rate of" no longer ends the list.
TEST_CASE("measures: 'X faces a rate of 17%, Y 18.8% and Z 35.3%' gives each company its rate") {
    const auto ms = measures_of(
        "The European Union set its final duties on Chinese electric cars. BYD faces a duty rate of 17%, Geely "
        "18.8% and SAIC 35.3%.");
    size_t found = 0;
    for (const auto& m : ms) {
        if (m.kind != "tariff" || !m.has_rate) continue;
        found += (m.target_name == "BYD" && m.rate_value == 17) || (m.target_name == "Geely" && m.rate_value == 18.8) ||
                 (m.target_name == "SAIC" && m.rate_value == 35.3);
    }
    CHECK(found == 3);
}

// "halved its tariff on Vexland goods to 10%, bringing the overall tariff on Vexland imports to
// about 47%": the total moves the way the change that brings it there does; a level with no verb
// of its own had read as a rise.
TEST_CASE("measures: a total 'brought to' a level moves with the change before it") {
    const auto ms = measures_of(
        "Chile halved its tariff on Vexland goods to 10%, bringing the overall tariff on Vexland imports to about "
        "47%.");
    const np::Measure* total = with_goods(ms, "Vexland imports");
    REQ_PTR(total);
    CHECK(total->change_direction == "lower");
    CHECK(total->status == "in_force");
    const auto up = measures_of(
        "Chile doubled its tariff on Vexland goods to 20%, bringing the overall tariff on Vexland imports to 57%.");
    const np::Measure* t2 = with_goods(up, "Vexland imports");
    REQ_PTR(t2);
    CHECK(t2->change_direction == "raise");
}

// "tariffs of 50% on steel and 25% on autos, as well as 35% on goods not covered by the trade
// pact": the third rate, after "as well as", was no measure, and the pact that only bounds its
// goods became a deal of its own.
TEST_CASE("measures: a rate after ', as well as' in a list of rates is one more measure") {
    const auto ms = measures_of(
        "Chile faces Ruritanian tariffs of 50% on steel and 25% on autos, as well as 35% on goods not covered by "
        "the regional trade pact, officials said.");
    const np::Measure* third = nullptr;
    for (const auto& m : ms)
        if (m.has_rate && m.rate_value == 35) third = &m;
    REQ_PTR(third);
    CHECK(third->kind == "tariff");
    CHECK(third->goods == "goods not covered by the regional trade pact");
    CHECK(third->target_name == "Chile");
    CHECK(count_of(ms, "deal") == 0);
    CHECK(count_of(ms, "tariff") == 3);
}

// "imposed 100% tariffs on Chinese electric vehicles and 25% on Chinese steel and aluminum": the
// second rate's object starts with a people's name, which made it a rate on the people alone (no
// goods); a people's word before goods names both the target and the goods.
TEST_CASE("measures: a rate left without its noun keeps goods that open with a people's name") {
    const auto ms = measures_of(
        "Ruritania imposed 100% tariffs on Chilean electric vehicles and 25% on Chilean steel and aluminum "
        "last year.");
    const np::Measure* steel = with_goods(ms, "Chilean steel and aluminum");
    REQ_PTR(steel);
    CHECK(steel->rate_value == doctest::Approx(25.0));
    CHECK(steel->imposer_name == "Ruritania");
    CHECK(steel->target_name == "Chile");
    // (a people's name alone is still the target only)
    const auto ms2 = measures_of("Ruritania imposed a 30% tariff on Vexland, 25% on the Chileans and 40% on Peru.");
    CHECK(count_of(ms2, "tariff") == 3);
}

// "announced a 25% tariff on trucks, a 50% tax on cabinets, and a 30% levy on sofas": the tax was
// kind "other" and broke the list, so it and the levy after it had no imposer and no status.
TEST_CASE("measures: a rated tax listed among rated tariffs is one of them") {
    const auto ms = measures_of(
        "LIMA (AP) - Chile announced a 25% tariff on Peruvian trucks, a 50% tax on kitchen cabinets, and a 30% "
        "levy on upholstered furniture.");
    for (const char* goods : {"kitchen cabinets", "upholstered furniture"}) {
        CAPTURE(goods);
        const np::Measure* m = with_goods(ms, goods);
        REQ_PTR(m);
        CHECK(m->kind == "tariff");
        CHECK(m->imposer_name == "Chile");
        CHECK(m->status == "announced");
    }
    // (a tax with no rate beside them is still a tax of its own)
    const auto other = measures_of("Chile announced a 25% tariff on Peruvian trucks, a digital services tax on "
                                   "online platforms, and a 30% levy on furniture.");
    CHECK(count_of(other, "tariff") == 2);
    CHECK(count_of(other, "other") == 1);
}

// "exempted smartphones, computers and other electronics from its tariffs, including the 125%
// levy on Vexland imports": the walk from "from" back to "exempted" stopped at the list's comma, so
// the goods were not read as taken out of the tariffs; and the levy named after "including" took
// the lifting's status, though an exemption from it leaves it in place.
TEST_CASE("measures: goods listed with commas exempted from tariffs; the tariffs 'including' a levy stay") {
    const auto ms = measures_of(
        "Ruritania on Friday exempted smartphones, computers and other electronics from its tariffs, including the "
        "125% levy on Vexland imports.");
    const np::Measure* phones = with_goods(ms, "smartphones, computers and other electronics");
    REQ_PTR(phones);
    CHECK(phones->status == "lifted");
    const np::Measure* levy = with_goods(ms, "Vexland imports");
    REQ_PTR(levy);
    CHECK(levy->status != "lifted");
}

// "The country's tariffs on about 30 billion Canadian dollars ($21.7 billion) of other U.S.
// products ... will be lifted" (a probe of my own writing): the value was the goods ("30 billion
// Canadian dollars"), its country the target, and the lifting was lost. A currency named with its
// country's word is a value; the goods and the target follow it.
TEST_CASE("measures: a value in a currency named with its country's word is no goods") {
    const auto ms = measures_of("Chile's tariffs on about 30 billion Chilean pesos ($21.7 million) of other Peruvian "
                                "products, including orange juice, will be lifted.");
    const np::Measure* t = np::test::first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "other Peruvian products, including orange juice");
    CHECK(t->target_name == "Peru");
    CHECK(t->change_direction == "remove");
}

// "Japan and the European Union secured 15% tariff rates on their car exports" gave the rate to the
// EU only: the pair's sides were read as places only (the EU is an organisation), and not past
// "the" to the left.
TEST_CASE("measures: a trade bloc is a side of a pair as a country is") {
    const auto ms = np::test::measures_of("Washington imposed a 25% tariff on Chile. Peru and the European Union "
                                          "secured 15% tariff rates on their car exports.");
    std::vector<std::string> targets;
    for (const auto& m : ms)
        if (m.rate_value == 15.0) targets.push_back(m.target_name);
    std::sort(targets.begin(), targets.end());
    CHECK(targets == std::vector<std::string>{"European Union", "Peru"});
    const auto b = np::test::measures_of("Washington imposed 25% tariffs on the European Union and Chile.");
    std::vector<std::string> both;
    for (const auto& m : b) both.push_back(m.target_name);
    std::sort(both.begin(), both.end());
    CHECK(both == std::vector<std::string>{"Chile", "European Union"});
}

// "Mexico's government proposed raising tariffs on cars imported from China to 50% from 20%. The
// proposal would also raise duties on some 1,400 tariff lines including textiles, steel, auto parts,
// plastics and toys" joined the second to the first ("auto" shares the cars' word): a list of three
// goods or more that "also" a verb takes, wider than the record's goods, is a measure of its own.
TEST_CASE("measures: a wider list of goods that 'also' takes is another measure") {
    const auto ms = np::test::measures_of(
        "Chile's government proposed on Wednesday raising tariffs on cars imported from Peru to 50% from 20%.\n\n"
        "The proposal would also raise duties on some 1,400 tariff lines including textiles, steel, auto parts, "
        "plastics and toys.");
    REQUIRE(ms.size() == 2);
    if (ms.size() != 2) return;  // (REQUIRE does not stop a build without exceptions)
    CHECK(ms[0].goods == "cars");
    CHECK(ms[1].goods.find("textiles") != std::string::npos);
    CHECK(ms[1].imposer_name == "Chile");
}

// "25% tariffs on imports from Canada and Mexico" ... "Ontario would put a 25% surcharge on
// electricity it sends to Michigan" joined the surcharge to the tariff on Mexico (same rate, and
// the record's goods had no word of their own): goods named afresh in a later sentence, with no
// party, are not the record's all goods from a place.
TEST_CASE("measures: goods named afresh are not a record's goods from a place") {
    const auto ms = np::test::measures_of(
        "Ruritania imposed 25% tariffs on imports from Chile and Peru. Vexland would put a 25% surcharge on "
        "electricity it sends to Chile.");
    const np::Measure* e = nullptr;
    for (const auto& m : ms)
        if (m.goods == "electricity") e = &m;
    REQ_PTR(e);
    CHECK(e->imposer_name != "Ruritania");
    for (const auto& m : ms)
        if (m.target_name == "Peru") CHECK(m.goods != "electricity");
}

// "would suspend the export controls on five rare earth elements" ... "Beijing's April restrictions
// on seven rare earths remain in place" joined the two (shared goods words): goods counted
// differently are other goods (not a purchase's parts: "40 new planes" ... "15 from Boeing").
TEST_CASE("measures: goods counted differently are other goods") {
    const auto ms = np::test::measures_of(
        "Chile said it would suspend the export controls on five rare earth elements until November. Chile's April "
        "restrictions on seven rare earths remain in place.");
    size_t controls = 0;
    for (const auto& m : ms) controls += m.kind == "export_control";
    CHECK(controls == 2);
}

// "a rule that would restrict AI chip shipments to Malaysia and Thailand" (a probe of my own
// writing): the goods kept the list of destinations, which are the records' targets; one place
// alone was already cut off.
TEST_CASE("measures: a list of destinations after the goods is the targets, not the goods") {
    const auto ms = np::test::measures_of(
        "LIMA, May 3 - Peru's trade ministry is drafting a rule that would restrict copper concentrate shipments "
        "to Chile and Bolivia, officials said.");
    REQUIRE(ms.size() == 2);
    if (ms.size() != 2) return;
    for (const auto& m : ms) {
        CHECK(m.goods == "copper concentrate shipments");
        CHECK(m.imposer_name == "Peru");
    }
    CHECK(ms[0].target_name == "Chile");
    CHECK(ms[1].target_name == "Bolivia");
}

// A live blog (a probe of my own writing): "Here's what the Commission has announced: ¶ - Tariff-
// free import quotas cut by 47% to 18.3m tonnes a year ¶ - Out-of-quota tariff doubled to 50% from
// 25%": the items' measures had no imposer. A list item's measure with no side is the one the
// line before the list (ending in ":") names, a place or government body.
TEST_CASE("measures: a list item's measure is the lead-in line's government's") {
    const auto ms = np::test::measures_of(
        "Here is what the Chilean government has announced:\n\n- Copper import quotas cut by 40% to 2m tonnes a "
        "year\n\n- Out-of-quota tariff doubled to 50% from 25%\n");
    REQUIRE(ms.size() == 2);
    if (ms.size() != 2) return;
    for (const auto& m : ms) CHECK(m.imposer_name == "Chile");
    // (a lead-in without ":" or naming no government gives nothing)
    const auto none = np::test::measures_of(
        "Analysts at Banco Tessik listed the risks:\n\n- Out-of-quota tariff doubled to 50% from 25%\n");
    for (const auto& m : none) CHECK(m.imposer_name.empty());
}

// A free trade story (a probe of my own writing): "a deal that would remove tariffs on most goods
// traded between Switzerland, Norway, Iceland and Liechtenstein on one side and ..." made one
// record per place, each a target with no imposer. Places after "traded between" are the two
// sides of a trade: one record, the first side the imposer when the two are named as a pair.
TEST_CASE("measures: goods traded between X and Y are one record of the two sides") {
    const auto ms = np::test::measures_of(
        "The two sides concluded talks on a deal that would remove tariffs on most goods traded between Chile and "
        "Peru.");
    size_t tariffs = 0;
    for (const auto& m : ms)
        if (m.kind == "tariff") {
            ++tariffs;
            CHECK(m.imposer_name == "Chile");
            CHECK(m.target_name == "Peru");
        }
    CHECK(tariffs == 1);
}
