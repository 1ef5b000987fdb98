// test_measures_actors.cpp — who does what to a measure when the sentence's grammar hides it:
// traders who halt their own sales (no government's control), a tariff's relative clause that
// does the next participle's work, a court that rules on tariffs (never their imposer), a
// government that "charges 25% on" goods with no tariff noun, "the ministry" named again after
// its country's ministry, and a tax on imports (a tariff). Text written for these tests.
#include <doctest/doctest.h>

#include "test_support.hpp"

using np::test::first_of;
using np::test::measures_of;

#define REQ_PTR(p) \
    REQUIRE((p) != nullptr); \
    if (!(p)) return

TEST_CASE("measures: traders who halt their own sales impose no export control") {
    auto own = measures_of(
        "Chilean copper exporters said on Monday they had halted new sales to Peruvian smelters after the port strike.\n");
    CHECK(first_of(own, "export_control") == nullptr);
    // a government's halt stays one, with traders named before it
    auto gov = measures_of("Copper exporters said Peru had halted new sales of copper concentrate to Chile.\n");
    CHECK(first_of(gov, "export_control") != nullptr);
    // and so does a limit a body tells traders to keep
    auto told = measures_of("The trade department of Peru has told companies they must limit their imports to 90 pct "
                            "of what they imported in 2024.\n");
    CHECK(first_of(told, "quota") != nullptr);
}

TEST_CASE("measures: a tariff's relative clause is the subject of the participle after it") {
    auto ms = measures_of(
        "Peru said on Wednesday it would help its exporters cope with an additional 25% Chilean tariff that took effect "
        "at midnight, doubling the duty on many Peruvian goods to 50%.\n");
    const np::Measure* t = nullptr;
    for (const auto& m : ms)
        if (m.kind == "tariff" && m.change_direction == "double") t = &m;
    REQ_PTR(t);
    CHECK(t->imposer_name == "Chile");
    CHECK(t->target_name == "Peru");
}

TEST_CASE("measures: a court rules on tariffs and imposes none") {
    auto ms = measures_of("Supreme Court weighs legality of emergency tariffs\n\nThe Supreme Court of Norland heard "
                          "arguments on Wednesday over the tariffs.\n");
    for (const auto& m : ms) CHECK(m.imposer_name.find("Court") == std::string::npos);
}

TEST_CASE("measures: a government that charges a rate on goods imposes a tariff of that rate") {
    auto ms = measures_of("Peru wants lower tariffs. Chile currently charges 25% on Peruvian goods that do not meet "
                          "the rules of origin.\n");
    const np::Measure* t = nullptr;
    for (const auto& m : ms)
        if (m.kind == "tariff" && m.has_rate) t = &m;
    REQ_PTR(t);
    CHECK(t->rate_value == doctest::Approx(25.0));
    CHECK(t->imposer_name == "Chile");
    CHECK(t->target_name == "Peru");
    CHECK(t->goods == "Peruvian goods");
    // a bank's rate on loans is interest
    auto bank = measures_of("Tariffs rose again. The bank charges 5% on loans to small firms.\n");
    for (const auto& m : bank) CHECK_FALSE(m.has_rate);
}

TEST_CASE("measures: 'the ministry' named again acts for the country of the ministry named first") {
    auto ms = measures_of(
        "LIMA, Oct 9 - Peru's commerce ministry on Thursday announced new export controls on copper technology.\n\n"
        "Foreign companies will need a licence to export such items, the ministry said in a statement.\n\n"
        "The ministry also added 14 foreign firms to its unreliable entity list.\n");
    size_t controls = 0;
    for (const auto& m : ms)
        if (m.kind == "export_control") {
            ++controls;
            CHECK(m.imposer_name == "Peru");
        }
    CHECK(controls >= 2);
}

TEST_CASE("measures: an import tax is a tariff; goods end before an adverb") {
    auto ms = measures_of("A 50% Chilean import tax on most Peruvian goods took effect last week.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->rate_value == doctest::Approx(50.0));
    CHECK(first_of(ms, "other") == nullptr);
    auto adv = measures_of("Peru imposed new tariffs in July. Copper bars briefly faced a levy before officials "
                           "said they would not be taxed.\n");
    bool bars = false;
    for (const auto& m : adv) bars = bars || m.goods == "Copper bars";
    CHECK(bars);
}

TEST_CASE("measures: who lists goods that could face counter-tariffs imposes them, past an amount in brackets") {
    auto ms = measures_of(
        "Norland lists Vexland goods for possible counter-tariffs\n\nOSLO, July 17 - The Norland Trade Commission on "
        "Thursday published a list of Vexland products worth 93 billion crowns ($9 billion) that could face "
        "counter-tariffs.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK_FALSE(t->imposer_name.empty());
    CHECK(t->status == "threatened");
}

TEST_CASE("measures: firms taken off a control list: the remover lifts it, their place is its target") {
    auto ms = measures_of("Peru's commerce ministry said it would remove some Chilean firms from its unreliable entity "
                          "list.\n");
    const np::Measure* t = first_of(ms, "export_control");
    REQ_PTR(t);
    CHECK(t->imposer_name == "Peru");
    CHECK(t->target_name == "Chile");
    CHECK(t->change_direction == "remove");
    // an addition stays an imposition
    auto add = measures_of("Peru's commerce ministry said it would add some Chilean firms to its unreliable entity list.\n");
    const np::Measure* a = first_of(add, "export_control");
    REQ_PTR(a);
    CHECK(a->imposer_name == "Peru");
    CHECK(a->target_name == "Chile");
    CHECK(a->change_direction == "impose");
}

TEST_CASE("measures: purchases that rose are a statistic, no purchase") {
    CHECK(first_of(measures_of("Chile remained the largest buyer. Peru's purchases rose 18% last year.\n"), "purchase") ==
          nullptr);
    CHECK(first_of(measures_of("Peru agreed to purchases of 20,000 tonnes of Chilean copper a year.\n"), "purchase") !=
          nullptr);
}

TEST_CASE("measures: changes to other levels are other measures; a measure after 'under' frames the change") {
    auto ms = measures_of(
        "Peru will cut tariffs on Chilean wine and cars under a new deal, officials said.\n\nPeru will halve its 150% "
        "tariff on Chilean wine to 75%. Tariffs on Chilean cars will drop to 10% under a quota.\n");
    const np::Measure* wine = nullptr;
    const np::Measure* cars = nullptr;
    for (const auto& m : ms) {
        if (m.kind == "quota") CHECK(m.change_direction != "remove");  // ("drop" is the tariff's)
        if (m.has_change_to && m.change_to == 75.0) wine = &m;
        if (m.has_change_to && m.change_to == 10.0) cars = &m;
    }
    REQ_PTR(wine);
    REQ_PTR(cars);
    CHECK(wine != cars);
    CHECK(cars->goods == "Chilean cars");
}

TEST_CASE("measures: goods named as a range run from its first item to its last") {
    auto ms = measures_of("Peru will cut tariffs on goods from wine and cars to textiles and jewellery, officials said.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "goods from wine and cars to textiles and jewellery");
}

TEST_CASE("measures: who exempts goods from a tariff on other goods imposes that tariff, still in force") {
    auto ms = measures_of("Peru exempted refined copper from a 50% tariff on copper products that took effect on "
                          "August 1.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name == "Peru");
    CHECK(t->goods == "copper products");
    CHECK(t->status == "in_force");
}

TEST_CASE("measures: a gerund's own subject after 'with' or 'for' acts") {
    // "with Chile charging 25% on Peruvian copper": Chile charges it (not the sentence's subject)
    auto ms = measures_of("The Peruvian copper industry has been hit hard by tariffs, with Chile charging 25% on "
                          "Peruvian copper.\n");
    const np::Measure* t = nullptr;
    for (const auto& m : ms)
        if (m.kind == "tariff" && m.has_rate) t = &m;
    REQ_PTR(t);
    CHECK(t->imposer_name == "Chile");
    // "in exchange for Lima cracking down on smuggling and resuming purchases of ...": Lima buys
    auto buy = measures_of("Tom Hale said he would cut tariffs in exchange for Peru cracking down on smuggling and "
                           "resuming purchases of Chilean farm products.\n");
    const np::Measure* p = first_of(buy, "purchase");
    REQ_PTR(p);
    CHECK(p->imposer_name == "Peru");
}

TEST_CASE("measures: a halving to a level is not a record at another level") {
    auto ms = measures_of("Peru said on Thursday it would cut tariffs on Chilean goods to 47% from 57%. Officials said "
                          "the so-called smuggling tariff would be halved to 10%.\n");
    bool cut = false, halved = false;
    for (const auto& m : ms) {
        if (m.kind != "tariff") continue;
        if (m.has_change_to && m.change_to == 47.0) cut = true;
        if (m.has_change_to && m.change_to == 10.0) halved = true;
        CHECK_FALSE((m.has_rate && m.rate_value == 57.0 && m.change_direction == "halve"));
    }
    CHECK(cut);
    CHECK(halved);
}

TEST_CASE("measures: controls named by their goods are export controls without a trade word") {
    auto ms = measures_of("Peru's commerce ministry said Lima would pause for one year the rare earth controls it "
                          "announced in October.\n");
    const np::Measure* c = first_of(ms, "export_control");
    REQ_PTR(c);
    CHECK(c->imposer_name == "Peru");
    CHECK(c->status == "suspended");
}

TEST_CASE("measures: phasing out removes; opening quotas sets them up; a continent's people is no nation") {
    auto ms = measures_of("Mercosur's 35% tariff on European cars will be phased out, while the EU will open quotas for "
                          "South American beef and poultry.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->change_direction == "remove");
    CHECK(t->status == "announced");
    const np::Measure* q = first_of(ms, "quota");
    REQ_PTR(q);
    CHECK(q->imposer_name == "European Union");
    CHECK(q->target_name.empty());  // ("South American" is no "American": not the United States)
}

TEST_CASE("measures: a threat of a quoted increase; 'any tariff' stacked under another is no measure") {
    auto ms = measures_of("Tom Hale threatened a \"massive increase\" of tariffs on Peruvian imports.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "threatened");
    auto any = measures_of("Chile said it would impose an additional 100% tariff on goods from Peru, on top of any tariff "
                           "currently paid.\n");
    size_t tariffs = 0;
    for (const auto& m : any) tariffs += m.kind == "tariff";
    CHECK(tariffs == 1);
}

TEST_CASE("measures: a tariff with no sides takes the one imposer of the article's other tariffs") {
    auto ms = measures_of("Chile imposed a 10% tariff on most imports in March. Chile also raised its tariff on Peruvian "
                          "wine to 30%.\n\nSTEEL\nTariffs on steel and aluminum imports were doubled to 50% in June.\n");
    const np::Measure* steel = nullptr;
    for (const auto& m : ms)
        if (m.goods == "steel and aluminum imports") steel = &m;
    REQ_PTR(steel);
    CHECK(steel->imposer_name == "Chile");
    // two imposers: it stays open
    auto two = measures_of("Chile imposed a 10% tariff on most imports in March. Peru raised its tariff on Chilean wine "
                           "to 30%.\n\nSTEEL\nTariffs on steel and aluminum imports were doubled to 50% in June.\n");
    for (const auto& m : two)
        if (m.goods == "steel and aluminum imports") CHECK(m.imposer_name.empty());
}

TEST_CASE("measures: a headline's trade curbs and the text's ban on the same goods are one measure") {
    auto ms = measures_of("Peru lifts last of its trade curbs on lobsters\n\nChile said on Friday that Peru had agreed to "
                          "lift its ban on Chilean rock lobsters.\n");
    size_t n = 0;
    for (const auto& m : ms) n += m.kind == "ban" || m.kind == "export_control";
    CHECK(n == 1);
    const np::Measure* b = first_of(ms, "ban");
    REQ_PTR(b);
    CHECK(b->change_direction == "remove");
}

TEST_CASE("measures: a deal's agent, a transit place and a level 'he threatened' in one lede") {
    auto ms = measures_of(
        "LIMA, July 3 - Chile will impose a 20% tariff on goods from Peru under a trade deal announced by President "
        "Tom Hale on Wednesday, well below the 46% rate he threatened in April, while goods transshipped through Peru "
        "will face a 40% levy.\n");
    const np::Measure* t20 = nullptr;
    const np::Measure* t46 = nullptr;
    const np::Measure* t40 = nullptr;
    for (const auto& m : ms) {
        if (m.kind != "tariff" || !m.has_rate) continue;
        if (m.rate_value == 20.0) t20 = &m;
        if (m.rate_value == 46.0) t46 = &m;
        if (m.rate_value == 40.0) t40 = &m;
    }
    REQ_PTR(t20);
    CHECK(t20->imposer_name == "Chile");  // (the deal's agent is the deal's)
    REQ_PTR(t46);
    CHECK(t46->status == "threatened");
    CHECK(t46->imposer_name == "Tom Hale");
    REQ_PTR(t40);
    CHECK(t40->target_name == "Peru");  // (not the president of the clause before "while")
    CHECK(t40->goods == "goods transshipped");
}

TEST_CASE("measures: a question announces nothing") {
    auto ms = measures_of("Will Peru lift its ban on Chilean wine?\n");
    const np::Measure* b = first_of(ms, "ban");
    REQ_PTR(b);
    CHECK(b->status == "unknown");
    CHECK(b->change_direction == "remove");  // (what it asks about)
    auto said = measures_of("Peru will lift its ban on Chilean wine, officials said.\n");
    const np::Measure* a = first_of(said, "ban");
    REQ_PTR(a);
    CHECK(a->status == "announced");
}

// "Ontario said it would put a 25% surcharge on electricity exports to Michigan" made Michigan the
// imposer (where goods go is who taxes them, read before the subject), and "a 25% surcharge on
// electricity it sends to Michigan" was no measure: a place that imposes in so many words taxes its
// own exports, their destination the target; goods a verb sends abroad are trade.
TEST_CASE("measures: a surcharge a place puts on its own exports is its own") {
    const auto a = measures_of("Chile said it would impose a 25% surcharge on copper exports to Peru.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Chile");
    CHECK(m->target_name == "Peru");
    const auto b = measures_of("Chile would put a 25% surcharge on electricity it sends to Peru.");
    const np::Measure* t = np::test::first_of(b, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name == "Chile");
    CHECK(t->goods == "electricity");
    // (the destination still imposes where no place imposes in so many words)
    const auto c = measures_of("Tom Hale imposed a 15% tariff on Chilean exports to Peru.");
    const np::Measure* d = np::test::first_of(c, "tariff");
    REQ_PTR(d);
    CHECK(d->imposer_name != "Chile");
}

// "Argentina will eliminate export taxes on wheat and corn and cut the levy on its main oilseed
// crop to 26% from 33% ... Export duties on beef and poultry will also be lowered to 5% from 6.75%"
// left the beef duties with no imposer: the export taxes (kind "other") did not count as the
// country's measures for the article's one imposer.
TEST_CASE("measures: export taxes count toward the article's one imposer") {
    const auto ms = measures_of(
        "Chile will eliminate export taxes on wheat and corn and cut the levy on copper to 26% from 33%, the "
        "government said on Sunday.\n\nExport duties on beef and poultry will also be lowered to 5% from 6.75%.");
    const np::Measure* beef = np::test::with_goods(ms, "beef and poultry");
    REQ_PTR(beef);
    CHECK(beef->imposer_name == "Chile");
}

// "Thailand will offer to cut tariffs ..., as it seeks to avoid a 36% U.S. tariff due to take effect
// on July 9" gave the 36% tariff no target: "avoid" was left out of the "avert" rule (firms avoid a
// withholding tax in force); a country avoiding another's rated measure is the one it would hit
// (not "residents of third countries avoiding U.S. taxes": no country of its own).
TEST_CASE("measures: a country avoiding another's rated tariff is its target") {
    const auto ms = measures_of("Peru will cut tariffs on farm goods, as it seeks to avoid a 36% Chilean tariff due "
                                "to take effect on July 9.");
    const np::Measure* t = nullptr;
    for (const auto& m : ms)
        if (m.kind == "tariff" && m.imposer_name == "Chile") t = &m;
    REQ_PTR(t);
    CHECK(t->target_name == "Peru");
}
