// test_measures_rules.cpp — trade-measure rules on small texts: rates in words and numbers,
// status from modality and tense, reasons, conditions, merging, and actors resolved through
// hand-made entities (a NORP mention maps to its country's GPE entity).
#include <doctest/doctest.h>

#include <algorithm>

#include "models.hpp"
#include "stages.hpp"
#include "test_support.hpp"

namespace {

// Runs the pipeline up to the entity stage, then uses the given entities instead of the NER.
np::Document prepared(const std::string& text) {
    np::Document d;
    d.id = "t";
    d.text = text;
    np::normalize(d);
    np::segment(d);
    std::vector<np::Document> docs{std::move(d)};
    std::vector<np::CrossDocumentDuplicate> cross;
    np::dedup(docs, cross);
    np::Document out = std::move(docs[0]);
    out.analysed.assign(out.segments.size(), 0);
    for (size_t i = 0; i < out.segments.size(); ++i) out.analysed[i] = out.segments[i].kept();
    return out;
}

// An entity with a mention at every occurrence of each of the given surface forms.
void add_entity(np::Document& d, const char* name, np::EntityType type, std::vector<std::string> forms) {
    np::Entity e;
    e.id = int32_t(d.entities.size());
    e.name = name;
    e.type = type;
    for (const auto& f : forms)
        for (size_t p = d.text.find(f); p != std::string::npos; p = d.text.find(f, p + 1)) {
            bool left = p == 0 || !std::isalpha(static_cast<unsigned char>(d.text[p - 1]));
            bool right = p + f.size() >= d.text.size() || !std::isalpha(static_cast<unsigned char>(d.text[p + f.size()]));
            if (left && right) e.mentions.push_back(np::Mention{uint32_t(p), uint32_t(p + f.size()), 0});
        }
    e.count = uint32_t(e.mentions.size());
    d.entities.push_back(e);
}

#define REQ_PTR(p) do { REQUIRE(p); if (!(p)) return; } while (0)

}  // namespace

using np::test::count_of;
using np::test::first_of;
using np::test::measures_of;
using np::test::with_goods;

TEST_CASE("measures: rates in numbers and words") {
    struct Case { const char* text; double rate; };
    const Case cases[] = {
        {"Ottawa imposed a 100 per cent tariff on electric vehicles made in China.", 100},
        {"Ottawa imposed a 20% tariff on steel from China.", 20},
        {"Ottawa imposed tariffs of twenty-five percent on Chinese aluminium.", 25},
        {"Ottawa imposed a levy of 7.5 percent on imported wine.", 7.5},
    };
    for (const auto& c : cases) {
        auto ms = measures_of(c.text);
        const np::Measure* m = first_of(ms, "tariff");
        CHECK_MESSAGE(m != nullptr, c.text);
        if (!m) continue;
        CHECK(m->has_rate);
        CHECK(m->rate_value == doctest::Approx(c.rate));
        CHECK(m->rate_unit == "percent");
        CHECK(m->status == "in_force");
    }
}

TEST_CASE("measures: changes — halve, double, lower to, cut by a tenth") {
    auto ms = measures_of("The government may cut the tariff on imported rice in half next year.");
    const np::Measure* m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->change_direction == "halve");
    CHECK(m->status == "expected_change");

    ms = measures_of("Washington will double its duties on Mexican tomatoes next month.");
    m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->change_direction == "double");
    CHECK(m->status == "announced");
    CHECK(m->target_name == "Mexico");

    ms = measures_of("Seoul lowered its 8% tariff on American beef to 4% in January.");
    m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->rate_value == 8);
    CHECK(m->change_direction == "lower");
    CHECK(m->change_to == 4);
    CHECK(m->status == "in_force");

    ms = measures_of("India will cut its tariffs on American motorcycles by a tenth from April.");
    m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->change_direction == "lower");
    CHECK(m->has_change_by);
    CHECK(m->change_by == doctest::Approx(10));
}

TEST_CASE("measures: status from modality and tense") {
    struct Case { const char* text; const char* status; };
    const Case cases[] = {
        {"Since 2019, a 25% tariff on Chinese steel has remained in place.", "in_force"},
        {"Brazil announced tariffs of 30% on American ethanol on Tuesday.", "announced"},
        {"The president threatened to impose a 50% tariff on Indian textiles.", "threatened"},
        {"Canada is considering a 10% levy on imported dairy products.", "proposed"},
        {"Japan lifted its ban on imports of American beef last year.", "lifted"},
        {"Mexico suspended its tariffs on US pork for six months.", "suspended"},
        {"Officials expect Vietnam to lower its tariffs on American chicken.", "expected_change"},
    };
    for (const auto& c : cases) {
        auto ms = measures_of(c.text);
        CHECK_MESSAGE(!ms.empty(), c.text);
        if (ms.empty()) continue;
        CHECK_MESSAGE(ms[0].status == c.status, c.text << " -> " << ms[0].status);
    }
}

TEST_CASE("measures: reason from causal cues, condition from exchange cues") {
    auto ms = measures_of(
        "Jakarta banned exports of copper concentrate in June, prompting Tokyo to announce duties of 12% on "
        "Indonesian steel.");
    const np::Measure* duty = first_of(ms, "tariff");
    REQ_PTR(duty);
    CHECK(duty->reason.find("banned exports of copper concentrate") != std::string::npos);
    CHECK(duty->imposer_name == "Japan");
    CHECK(duty->target_name == "Indonesia");
    const np::Measure* ban = first_of(ms, "ban");
    REQ_PTR(ban);
    CHECK(ban->imposer_name == "Indonesia");
    CHECK(ban->goods.find("copper") != std::string::npos);

    ms = measures_of("Britain will scrap its 20% tariff on Australian wine in exchange for lower duties on cars.");
    const np::Measure* wine = first_of(ms, "tariff");
    REQ_PTR(wine);
    CHECK(wine->condition.find("in exchange for lower duties on cars") == 0);
    CHECK(wine->change_direction == "remove");

    ms = measures_of("Ankara imposed tariffs on American cars in retaliation for US duties on Turkish steel.");
    const np::Measure* cars = first_of(ms, "tariff");
    REQ_PTR(cars);
    CHECK(cars->reason.find("US duties on Turkish steel") != std::string::npos);
}

TEST_CASE("measures: mentions of one measure across sentences become one record with a history") {
    auto ms = measures_of(
        "Since March, a 15% tariff on Canadian lumber has been in force.\n\n"
        "Builders say the levy has raised house prices. Separately, Ottawa imposed a 5% duty on American bourbon.\n\n"
        "Officials said on Friday they expect to lower the tariff in the coming weeks, a step that would help "
        "builders in both countries.");
    int lumber = 0;
    for (const auto& m : ms)
        if (m.kind == "tariff" && m.has_rate && m.rate_value == 15) {
            ++lumber;
            CHECK(m.history.size() == 3);
            CHECK(m.history[0].status == "in_force");
            CHECK(m.status == "expected_change");
            CHECK(m.time == "Since March");
            CHECK(m.evidence.size() == 3);
        }
    CHECK(lumber == 1);
    const np::Measure* bourbon = nullptr;
    for (const auto& m : ms)
        if (m.has_rate && m.rate_value == 5) bourbon = &m;
    REQ_PTR(bourbon);
    CHECK(bourbon->imposer_name == "Canada");
}

TEST_CASE("measures: actors resolve through hand-made entities; a NORP mention maps to its country") {
    np::Document d = prepared(
        "Beijing announced a 34% tariff on American soybeans. The White House said the Chinese duties were unfair.");
    add_entity(d, "China", np::EntityType::GPE, {"Beijing"});
    add_entity(d, "United States", np::EntityType::GPE, {"White House"});
    add_entity(d, "American", np::EntityType::NORP, {"American"});
    add_entity(d, "Chinese", np::EntityType::NORP, {"Chinese"});
    np::find_measures(d, np::test::models());
    REQUIRE(d.measures.size() == 1);
    const np::Measure& m = d.measures[0];
    CHECK(m.imposer == 0);  // China (GPE) — "Beijing" and "Chinese" both
    CHECK(m.target == 1);   // "American" (NORP) -> the United States GPE entity
    CHECK(m.imposer_name == "China");
    CHECK(m.target_name == "United States");
    CHECK(m.history.size() == 2);
    CHECK(m.status == "announced");
}

TEST_CASE("measures: generic mentions are not records; kinds of measures") {
    CHECK(measures_of("Markets worry about trade tariffs and tech restrictions.").empty());
    struct Case { const char* text; const char* kind; };
    const Case cases[] = {
        {"The EU adopted sanctions against Belarus over the crackdown.", "sanction"},
        {"Kazakhstan imposed a quota on wheat exports of 1 million tonnes.", "quota"},
        {"Washington tightened export controls on chipmaking tools to China.", "export_control"},
        {"Egypt will buy 3 million tonnes of Russian wheat under a new agreement.", "purchase"},
        {"Moscow banned imports of Moldovan fruit in July.", "ban"},
    };
    for (const auto& c : cases) {
        auto ms = measures_of(c.text);
        CHECK_MESSAGE(first_of(ms, c.kind) != nullptr, c.text);
    }
}

// Phrases around the goods that are not goods: a reason opened by "for", a value before or
// inside the object, an amount a quota is cut to, a place or time after it. Each case read
// the phrase as goods before (e.g. "Russia for its invasion of Ukraine", "its tin exports to
// 30,000 tonnes", "steel at the border") or lost the object behind a value.
TEST_CASE("measures: goods stop where a reason, a value, an amount or a place begins") {
    struct Case {
        const char* text;
        const char* kind;
        const char* goods;   // "" = none
        const char* reason;  // "" = none
    };
    const Case cases[] = {
        {"The European Union imposed sanctions on Russia for its invasion of Ukraine.", "sanction", "",
         "its invasion of Ukraine"},
        {"Beijing imposed duties on Australian barley for dumping, the commerce ministry said.", "tariff",
         "Australian barley", "dumping"},
        {"Canada slapped tariffs worth $2 billion on American steel on Monday.", "tariff", "American steel", ""},
        {"Indonesia agreed to limit its tin exports to 30,000 tonnes this year.", "quota", "its tin exports", ""},
        {"Washington imposed a 25% tariff on steel at the border on Friday.", "tariff", "steel", ""},
        {"Brazil agreed to buy $20 billion of American farm goods and machinery.", "purchase",
         "American farm goods and machinery", ""},
        {"Ottawa imposed 25% duties on C$30 billion of US products.", "tariff", "US products", ""},
        {"China restricted exports of gallium, in a move seen as retaliation for US curbs on chip technology.",
         "export_control", "exports of gallium", "US curbs on chip technology"},
        // "for" before the use of the goods is no reason
        {"The United States tightened export controls on equipment for making advanced chips.", "export_control",
         "equipment for making advanced chips", ""},
    };
    for (const auto& c : cases) {
        auto ms = measures_of(c.text);
        const np::Measure* m = first_of(ms, c.kind);
        CHECK_MESSAGE(m != nullptr, c.text);
        if (!m) continue;
        CHECK_MESSAGE(m->goods == c.goods, c.text, " -> goods '", m->goods, "'");
        CHECK_MESSAGE(m->reason == c.reason, c.text, " -> reason '", m->reason, "'");
    }
}

TEST_CASE("measures: a value before the measure does not hide its verb; a month is not what a deal is about") {
    // The governing verb sits left of "as much as $300 million in": status and imposer come from it.
    auto ms = measures_of("Washington announced plans for as much as $300 million in tariffs on Japanese electronics "
                          "for Tokyo's alleged failure to honour a chip pact.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "announced");
    CHECK(t->imposer_name == "United States");
    CHECK(t->target_name == "Japan");
    CHECK(t->goods == "Japanese electronics");
    CHECK(t->reason == "Tokyo's alleged failure to honour a chip pact");
    // "for" + a possessor without a reason word is no reason
    auto ms2 = measures_of("Producers said they would wait for the council's September session to discuss quotas on coffee.");
    for (const auto& m : ms2) CHECK_MESSAGE(m.reason.find("September session") == std::string::npos, m.reason);
    auto ms3 = measures_of("Officials said the September agreement covered soybeans.");
    for (const auto& m : ms3) CHECK_MESSAGE(m.goods != "September", m.kind);
}

// A quota's level is its rate, in the quantity's own unit (before, the amount was read as the goods
// or lost: "goods: only 872,000 tonnes").
TEST_CASE("measures: a quota's level in tonnes or barrels per day is its rate") {
    struct Case {
        const char* text;
        double value;
        const char* unit;
    };
    const Case cases[] = {
        {"Thailand said it would keep to its 19,000 tonne quota.", 19000, "tonnes"},
        {"Nigeria stayed within its export quota of 1,461 tonnes last year.", 1461, "tonnes"},
        {"Indonesia agreed to limit its tin exports to 30,000 tonnes this year.", 30000, "tonnes"},
        {"The cartel kept its production quota of 15.8 million barrels per day.", 15.8e6, "barrels per day"},
    };
    for (const auto& c : cases) {
        auto ms = measures_of(c.text);
        const np::Measure* m = first_of(ms, "quota");
        CHECK_MESSAGE(m != nullptr, c.text);
        if (!m) continue;
        CHECK_MESSAGE(m->has_rate, c.text);
        CHECK_MESSAGE(m->rate_value == doctest::Approx(c.value), c.text);
        CHECK_MESSAGE(m->rate_unit == c.unit, c.text, " -> unit '", m->rate_unit, "'");
        CHECK_MESSAGE(m->goods.find("tonne") == std::string::npos, c.text, " -> goods '", m->goods, "'");
    }
    // A percentage stays a percentage.
    auto ms = measures_of("Japan set a quota of 20% on rice imports.");
    const np::Measure* q = first_of(ms, "quota");
    REQ_PTR(q);
    CHECK(q->rate_unit == "percent");
}

TEST_CASE("measures: a verb inside an if-clause gives no status; 'to as much as 50%' is the new level") {
    // The canola duties are only a condition: "lifts" there does not announce anything.
    auto ms = measures_of("Canada will drop its 100% tariff on Chinese electric vehicles if Beijing lifts duties on canola.");
    const np::Measure* canola = with_goods(ms, "canola");
    REQ_PTR(canola);
    CHECK(canola->status == "unknown");
    const np::Measure* ev = with_goods(ms, "Chinese electric vehicles");
    REQ_PTR(ev);
    CHECK(ev->status != "unknown");  // the main clause still says what Canada will do
    auto ms2 = measures_of("Mexico raised tariffs on Chinese cars to as much as 50%.");
    const np::Measure* t = first_of(ms2, "tariff");
    REQ_PTR(t);
    CHECK(t->has_change_to);
    CHECK(t->change_to == doctest::Approx(50));
}

TEST_CASE("measures: a subject after 'after' imposes; a place inside a phrase does not") {
    // "after Washington imposed": a clause, not a prepositional phrase (the imposer was Beijing).
    auto ms = measures_of("Beijing retaliated after Washington imposed tariffs on Chinese steel.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name == "United States");
    CHECK(t->target_name == "China");
    // ... also through a pronoun: "after Washington said it would double tariffs"
    auto ms2 = measures_of("Steel makers are worried after Washington said it would double tariffs on imported steel.");
    const np::Measure* doubled = with_goods(ms2, "imported steel");
    REQ_PTR(doubled);
    CHECK(doubled->imposer_name == "United States");
    // A verb after the goods is not part of them.
    auto ms3 = measures_of("Tariffs on steel from Japan rose to 25% last year.");
    const np::Measure* r = first_of(ms3, "tariff");
    REQ_PTR(r);
    CHECK(r->goods == "steel from Japan");
}

TEST_CASE("measures: an offer is a proposal; buying more of a country's goods is a purchase, buying time is not") {
    // "has offered to lower": the perfect tense made it "in_force"
    auto ms = measures_of("Vietnam has offered to lower tariffs on US farm products.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "proposed");
    auto ms2 = measures_of("Vietnam agreed to buy more American aircraft and liquefied natural gas.");
    const np::Measure* p = first_of(ms2, "purchase");
    REQ_PTR(p);
    CHECK(p->imposer_name == "Vietnam");
    CHECK(p->target_name == "United States");
    CHECK(p->goods == "American aircraft and liquefied natural gas");
    CHECK(measures_of("The delay will buy more time for the negotiators.").empty());
    // The owner of "its exports" is a levy's target.
    auto ms3 = measures_of("Vietnam has offered to lower tariffs, as it seeks to avoid a 46% levy on its exports.");
    const np::Measure* levy = with_goods(ms3, "its exports");
    REQ_PTR(levy);
    CHECK(levy->target_name == "Vietnam");
}

// "suspended exports of ..." was no measure at all, and "halted shipments" was a measure
// "suspended": the halt is the measure, in force once done.
TEST_CASE("measures: suspending or halting exports is an export control in force; suspending tariffs suspends them") {
    auto ms = measures_of("Beijing suspended exports of rare earth magnets to the United States in April.");
    const np::Measure* e = first_of(ms, "export_control");
    REQ_PTR(e);
    CHECK(e->status == "in_force");
    CHECK(e->imposer_name == "China");
    CHECK(e->target_name == "United States");
    auto ms2 = measures_of("Russia halted all shipments of wheat to Egypt.");
    const np::Measure* h = first_of(ms2, "export_control");
    REQ_PTR(h);
    CHECK(h->status == "in_force");
    auto ms3 = measures_of("The EU suspended tariffs on imports of US whiskey.");
    const np::Measure* t = first_of(ms3, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "suspended");
    CHECK(first_of(ms3, "export_control") == nullptr);
    CHECK(first_of(ms3, "ban") == nullptr);
}

// "its countermeasures ... after the two sides agreed a deal that sets a 15% tariff on EU
// exports" made one record: the bloc's suspended countermeasures with the other side's 15%
// tariff as their rate. A generic "countermeasures" names a specific measure of its own
// sentence only outside a clause of its own (after, because, when, ...).
TEST_CASE("measures: countermeasures do not absorb a tariff of a later clause") {
    auto ms = measures_of(
        "The European Commission said it would suspend its planned countermeasures on US goods for six months "
        "after Brussels and Washington agreed a framework deal that sets a 15% tariff on most EU exports.");
    const np::Measure* other = first_of(ms, "other");
    REQ_PTR(other);
    CHECK(!other->has_rate);
    CHECK(other->status == "suspended");
    const np::Measure* tariff = first_of(ms, "tariff");
    REQ_PTR(tariff);
    CHECK(tariff->rate_value == doctest::Approx(15));
    CHECK(tariff->status != "suspended");
}

// "on 93 billion euros ($108 billion) of U.S. goods": the bracketed conversion ended the object
// at the value, so the goods were empty.
TEST_CASE("measures: a value's conversion in brackets is skipped before the goods") {
    auto ms = measures_of(
        "The EU will impose countermeasures on 93 billion euros ($108 billion) of American goods. "
        "Ottawa put tariffs on C$30 billion (US$21 billion) in US products.");
    CHECK(with_goods(ms, "American goods") != nullptr);
    CHECK(with_goods(ms, "US products") != nullptr);
}

// "1,400 tariff lines" was a tariff being announced; "countries without trade agreements" a deal
// that took the tariff's "to 50% from 20%", which the tariff lost: its object ends at
// "imported", and the change lay beyond the eight words looked at after it.
TEST_CASE("measures: tariff lines, absent agreements, and a change after a participle phrase") {
    auto ms = measures_of(
        "Lima proposed raising tariffs on shoes imported from Vietnam and other countries without trade "
        "agreements to 40% from 15%. The increase would cover some 300 tariff lines, officials said.");
    REQUIRE(ms.size() == 1);
    const np::Measure& m = ms[0];
    CHECK(m.kind == "tariff");
    CHECK(m.has_rate);
    CHECK(m.rate_value == doctest::Approx(15));
    CHECK(m.has_change_to);
    CHECK(m.change_to == doctest::Approx(40));
    CHECK(first_of(ms, "deal") == nullptr);
}

// "Oslo will invest $40 billion in the United States and cut its tariff": the cut was in force
// (the modal lay beyond the nine words looked at) and imposed by the United States ("its" took
// the name of "in the United States").
TEST_CASE("measures: a coordinated verb shares its modal; 'its' skips a name after 'in the'") {
    auto ms = measures_of(
        "Norway will invest $40 billion in the United States and cut its tariff on American salmon to 5%. "
        "Peru agreed to buy more wheat from Canada and to lower its duties on Canadian lumber.");
    const np::Measure* salmon = with_goods(ms, "American salmon");
    REQ_PTR(salmon);
    CHECK(salmon->status == "announced");
    CHECK(salmon->imposer_name == "Norway");
    CHECK(salmon->target_name == "United States");
    const np::Measure* lumber = with_goods(ms, "Canadian lumber");
    REQ_PTR(lumber);
    CHECK(lumber->status == "announced");
    CHECK(lumber->imposer_name == "Peru");
}

// "buy up to 24.9 pct of ..." had the goods "up" (and took "to 24.9 pct" as a new rate).
TEST_CASE("measures: 'buy up to N of X' buys X") {
    auto ms = measures_of("Halvorsen Group said it agreed to buy up to 20,000 tonnes of Argentine soybeans.");
    const np::Measure* p = first_of(ms, "purchase");
    REQ_PTR(p);
    CHECK(p->goods == "Argentine soybeans");
    CHECK_FALSE(p->has_change_to);
}

// "is preparing countermeasures" had no imposer and an unknown status ("preparing" was neither
// a verb of the finder nor a word of intent); "to deal with" was a deal.
TEST_CASE("measures: a side preparing countermeasures proposes them; 'to deal with' is no deal") {
    auto ms = measures_of("The European Union is preparing countermeasures on up to 90 billion euros of U.S. goods.");
    const np::Measure* m = with_goods(ms, "U.S. goods");
    REQ_PTR(m);
    CHECK(m->imposer_name == "European Union");
    CHECK(m->target_name == "United States");
    CHECK(m->status == "proposed");
    auto none = measures_of("The Federal Savings and Loan Insurance Corp needs money to deal with insolvent thrifts, "
                            "the chairman said.");
    CHECK(first_of(none, "deal") == nullptr);
}

// A headline's short goods ("steel duties") stayed on the measure although the text below said
// more of the same; "buy at least N of X" had the goods "least N of X".
TEST_CASE("measures: the text's fuller goods replace the headline's; 'at least' is no goods") {
    auto ms = measures_of("Ottawa doubles steel duties\n\n"
                          "Canada doubled its tariffs on imported steel and aluminum to 50% on Tuesday.\n\n"
                          "Millers are likely to buy at least 200,000 tonnes of Brazilian wheat this year.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "imported steel and aluminum");
    const np::Measure* p = first_of(ms, "purchase");
    REQ_PTR(p);
    CHECK(p->goods == "200,000 tonnes of Brazilian wheat");
}

// "in May" made every measure of its sentence a maybe: "A truce agreed in Geneva in May had cut
// U.S. tariffs ... to 30%" was an expected change. The month is no modal; the modal still is.
TEST_CASE("measures: the month May is no 'may'") {
    auto ms = measures_of("A truce agreed in Geneva in May had cut U.S. tariffs on Chinese goods to 30% from 145%.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "in_force");
    auto maybe = measures_of("The United States may cut its tariffs on Chinese goods to 30% by May 12.");
    const np::Measure* u = first_of(maybe, "tariff");
    REQ_PTR(u);
    CHECK(u->status == "expected_change");
}

// A headline's status outranked the text's: "Lima vows reply as Ottawa doubles steel duties"
// read as announced (the vow's intent), and "announced" beat the text's "in force" below it.
// The text's sentences decide; the headline only where they say nothing.
TEST_CASE("measures: the text's status over the headline's") {
    auto ms = measures_of("Lima vows reply as Ottawa doubles steel duties\n\n"
                          "Canada doubled its tariffs on imported steel to 50% on Tuesday, effective immediately.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "in_force");
    auto only = measures_of("Ottawa threatens steel duties\n\nThe mills welcomed the news.");
    const np::Measure* h = first_of(only, "tariff");
    REQ_PTR(h);
    CHECK(h->status == "threatened");
}

// "Canada to impose 25% tariff on Chinese steel": a headline's name and infinitive tell a plan
// (a headline's present is no firm status, and the infinitive had been read as one).
TEST_CASE("measures: a headline's 'X to impose' is announced") {
    auto ms = measures_of("Canada to impose 25% tariff on Chinese steel\n\nThe mills welcomed the news.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "announced");
    CHECK(t->imposer_name == "Canada");
}

// "a 15% tariff on most Vexland imports, including cars, down from the 25% rate President Jane
// Okafor threatened in April": after "including", the comparison ran on as goods, and "the 25% rate
// ... threatened" became a threat of its own that gave the measure its status and time.
TEST_CASE("measures: 'down from the 25% rate' is the measure's earlier level, not goods nor a second measure") {
    auto ms = measures_of("Under the agreement, Norland will charge a 15% tariff on most Vexland imports, including "
                          "cars, down from the 25% rate President Jane Okafor threatened in April.");
    CHECK(count_of(ms, "tariff") == 1);
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "most Vexland imports, including cars");
    CHECK(t->rate_value == doctest::Approx(25.0));
    CHECK(t->change_to == doctest::Approx(15.0));
    CHECK(t->status == "announced");
}

// "a great deal of resistance" was a deal; "purchases on any day" bought "any day".
TEST_CASE("measures: 'a great deal of' is no deal; 'on any day' is a time") {
    auto none = measures_of("The plan met a great deal of resistance among the delegations, the minister said.");
    CHECK(first_of(none, "deal") == nullptr);
    auto ms = measures_of("The agreement said buffer stock purchases on any day would be limited to 40 pct of the "
                          "cocoa market.");
    CHECK(with_goods(ms, "any day") == nullptr);
}

// "a 10% tariff on crude oil and a 15% levy on liquefied natural gas" was one tariff whose goods
// ran over the second measure; now two, the second with the first's imposer and target.
TEST_CASE("measures: a second measure after 'and' is a measure of its own") {
    auto ms = measures_of("Beijing has kept in place a 10% tariff on U.S. crude oil and a 15% levy on liquefied "
                          "natural gas that it imposed in February.");
    const np::Measure* oil = with_goods(ms, "U.S. crude oil");
    const np::Measure* gas = with_goods(ms, "liquefied natural gas");
    REQ_PTR(oil);
    REQ_PTR(gas);
    CHECK(oil->goods == "U.S. crude oil");
    CHECK(gas->has_rate);
    CHECK(gas->rate_value == doctest::Approx(15.0));
    CHECK(gas->imposer_name == "China");
    CHECK(gas->target_name == "United States");
    // goods joined by "and" stay one list
    auto list = measures_of("Beijing imposed a 10% tariff on crude oil and farm machinery.");
    CHECK(with_goods(list, "crude oil and farm machinery") != nullptr);
}

// Who "faces" a tariff was nobody ("Vietnam, which faces a 46% U.S. tariff": no target, status
// unknown); "Aug. 1" was the time "Aug".
TEST_CASE("measures: who faces a measure is its target; an abbreviated month keeps its day") {
    auto ms = measures_of("Vietnam, which faces a 46% U.S. tariff, has offered to buy more American farm goods.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->target_name == "Vietnam");
    CHECK(t->imposer_name == "United States");
    CHECK(t->status == "in_force");
    auto may = measures_of("Vietnam could face a 46% U.S. tariff on its shoes.");
    const np::Measure* u = first_of(may, "tariff");
    REQ_PTR(u);
    CHECK(u->target_name == "Vietnam");
    CHECK(u->status == "threatened");
    auto none = measures_of("The minister said the government faced political constraints getting such measures "
                            "through parliament.");
    for (const auto& m : none) CHECK(m.status != "in_force");
    auto when = measures_of("Ottawa will lower its tariff on cars to 10% from Aug. 1, the ministry said.");
    const np::Measure* c = first_of(when, "tariff");
    REQ_PTR(c);
    CHECK(c->time == "from Aug. 1");
}

// "X will remain subject to a 50% U.S. tariff" had no goods and no status: the clause's subject
// is what the measure falls on, the verb before "subject" its status.
TEST_CASE("measures: what is 'subject to' a measure is its goods or its target") {
    auto ms = measures_of("Copper and zinc will remain subject to a 40% U.S. tariff, officials said.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "Copper and zinc");
    CHECK(t->status == "in_force");
    CHECK(t->imposer_name == "United States");
    auto place = measures_of("Peru will be subject to a 15% tariff from Friday, the White House said.");
    const np::Measure* p = first_of(place, "tariff");
    REQ_PTR(p);
    CHECK(p->target_name == "Peru");
    CHECK(p->status == "announced");
    auto maybe = measures_of("Chinese solar panels could be subject to new duties.");
    const np::Measure* c = first_of(maybe, "tariff");
    REQ_PTR(c);
    CHECK(c->goods == "Chinese solar panels");
    CHECK(c->target_name == "China");
    CHECK(c->status == "threatened");
    // not a measure's subject: "subject to approval", a verb phrase joined by "and"
    auto joined = measures_of("The insurer may be found in breach of the rules by officials in Ohio and be subject to "
                              "sanctions in other states.");
    for (const auto& m : joined) CHECK(m.goods.find("officials") == std::string::npos);
}

// Ending the "de minimis" exemption for low-value parcels was no measure at all.
TEST_CASE("measures: a trade exemption ended is a measure lifted; a tax exemption for charities is none") {
    auto ms = measures_of("Washington ended the de minimis exemption for low-value parcels on Aug. 29.");
    const np::Measure* e = with_goods(ms, "low-value parcels");
    REQ_PTR(e);
    CHECK(e->status == "lifted");
    CHECK(e->imposer_name == "United States");
    CHECK(e->time == "on Aug. 29");
    auto none = measures_of("The city kept its property tax exemption for charities.");
    CHECK(with_goods(none, "charities") == nullptr);
    // (in quote marks, as most stories write it: no record at all)
    auto quoted = measures_of("Washington ended the \"de minimis\" exemption for low-value parcels on Aug. 29.");
    const np::Measure* q = with_goods(quoted, "low-value parcels");
    REQ_PTR(q);
    CHECK(q->status == "lifted");
}

// "its quota for duty-free steel exports" had no goods.
TEST_CASE("measures: a quota's goods follow 'for'") {
    auto ms = measures_of("Seoul has asked Washington to raise its quota for duty-free steel exports, the minister said.");
    CHECK(with_goods(ms, "duty-free steel exports") != nullptr);
    auto when = measures_of("Beijing will issue nationwide quotas for the first time this year.");
    for (const auto& m : when) CHECK(m.goods.find("first") == std::string::npos);
}

// "agreed on a new package of sanctions targeting ..." had no verb (the package's words used up
// the five words the left scan looks at): unknown status, no imposer.
TEST_CASE("measures: the verb before 'a package of' governs the measures in it") {
    auto ms = measures_of("European leaders agreed on a new package of sanctions targeting Russia's oil exports.\n\n"
                          "Norway imposed a fresh round of tariffs on imported steel.");
    const np::Measure* s = first_of(ms, "sanction");
    REQ_PTR(s);
    CHECK(s->status == "announced");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name == "Norway");
    CHECK(t->status == "in_force");
}

// "The Commission also proposed export restrictions on ferrous scrap" had no status and no
// imposer ("proposed" was read as a modifier of the measure), and "the planned tariffs" nothing.
TEST_CASE("measures: 'proposed'/'planned' as the verb and as the measure's own word") {
    auto verb = measures_of("Brussels also proposed export restrictions on ferrous scrap.");
    const np::Measure* e = with_goods(verb, "ferrous scrap");
    REQ_PTR(e);
    CHECK(e->status == "proposed");
    CHECK(e->imposer_name == "European Union");
    auto modifier = measures_of("Officials said the planned tariffs on imported timber would start in May.\n\n"
                                "Canada's proposed levy on digital services drew protests.");
    const np::Measure* p = with_goods(modifier, "imported timber");
    REQ_PTR(p);
    CHECK(p->status == "announced");
    const np::Measure* l = nullptr;
    for (const auto& m : modifier)
        if (m.goods.find("digital services") == 0) l = &m;
    REQ_PTR(l);
    CHECK(l->status == "proposed");
    CHECK(l->imposer_name == "Canada");
}

// "Taiwan faces tariffs on steel" made Taiwan the imposer (a bare plural took "faces" and the
// name before it as its modifiers), "could face counter-tariffs" had no status, and what faced
// the measure was never its goods.
TEST_CASE("measures: who or what faces a measure, with a bare plural and a relative clause") {
    auto bare = measures_of("Norway faces tariffs on salmon.");
    const np::Measure* n = with_goods(bare, "salmon");
    REQ_PTR(n);
    CHECK(n->target_name == "Norway");
    CHECK(n->imposer_name.empty());
    CHECK(n->status == "in_force");
    auto rel = measures_of("Ottawa published a list of Brazilian goods worth 2 billion dollars (1.5 billion euros) "
                           "that could face counter-tariffs of up to 25% from July 14.");
    const np::Measure* r = first_of(rel, "tariff");
    REQ_PTR(r);
    CHECK(r->goods == "Brazilian goods worth 2 billion dollars");
    CHECK(r->target_name == "Brazil");
    CHECK(r->status == "threatened");
    auto party = measures_of("The Japanese government, which faces the same 50% metal tariffs, said it would seek an "
                             "exemption.");
    const np::Measure* p = first_of(party, "tariff");
    REQ_PTR(p);
    CHECK(p->target_name == "Japan");
    CHECK(p->goods.find("government") == std::string::npos);
}

// "doubled the duties to 50%" ... "had raised the duty to 25% in March": the later mention's
// level replaced the lead's.
TEST_CASE("measures: the first level a measure is changed to stays") {
    auto ms = measures_of("Washington doubled its duties on imported steel to 50% this week.\n\n"
                          "It had raised the steel duties to 25% in March.");
    const np::Measure* m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->has_change_to);
    CHECK(m->change_to == doctest::Approx(50.0));
}

// "the fentanyl-related duty could be cut to 10%" joined "a 10% baseline levy" named in between
// (the latest record in reach) instead of the tariff imposed over fentanyl.
TEST_CASE("measures: a co-referring mention joins the record it agrees with before the latest") {
    auto ms = measures_of("Washington imposes a 20% tariff on Mexican goods over the fentanyl trade, on top of a 10% "
                          "baseline levy.\n\n"
                          "Officials said the fentanyl-related duty could be cut to 10% next month.");
    const np::Measure* f = nullptr;
    for (const auto& m : ms)
        if (m.has_rate && m.rate_value == 20) f = &m;
    REQ_PTR(f);
    CHECK(f->history.size() == 2);
    CHECK(f->status == "expected_change");
    CHECK(f->has_change_to);
    for (const auto& m : ms)
        if (m.has_rate && m.rate_value == 10) CHECK(m.history.size() == 1);
}

// "raised tariffs to 145% before a truce cut them back to 30%", "a 125% duty ..., which it later
// lowered to 10%": a change made through a pronoun was not read at all.
TEST_CASE("measures: a measure changed through a pronoun or a relative clause") {
    auto them = measures_of("In April, Ruritania raised tariffs on Freedonian imports to 145% before a truce cut them "
                            "back to 30%.");
    const np::Measure* t = first_of(them, "tariff");
    REQ_PTR(t);
    CHECK(t->change_direction == "lower");
    CHECK(t->change_to == doctest::Approx(30.0));
    CHECK(t->history.size() == 2);
    auto which = measures_of("Ottawa had retaliated with a 125% duty on steel, which it later lowered to 10%.");
    const np::Measure* w = first_of(which, "tariff");
    REQ_PTR(w);
    CHECK(w->rate_value == doctest::Approx(125.0));
    CHECK(w->change_direction == "lower");
    CHECK(w->change_to == doctest::Approx(10.0));
    auto next = measures_of("Ottawa imposed a 25% duty on steel in May.\n\nIn July it doubled it.");
    const np::Measure* d = first_of(next, "tariff");
    REQ_PTR(d);
    CHECK(d->change_direction == "double");
    // a pronoun with no measure before it is no measure; nor a price raised through one
    CHECK(measures_of("The company raised it to 34% last year.").empty());
    auto offer = measures_of("Acme amended its tender offer, raising it to 35 dlrs per share.");
    for (const auto& m : offer) CHECK(m.change_direction != "raise");
}

// "... said it would spend 12 billion pesos on farmers hit by a 25% U.S. tariff": the main
// clause's "would" made the tariff "announced" and its "hit" an imposition.
TEST_CASE("measures: a measure that is the agent of a past participle is in place") {
    auto ms = measures_of("The government said it would spend 2 billion pesos on farmers hit by a 25% U.S. tariff on "
                          "avocados.\n\nCanada, hit by U.S. tariffs on lumber, said it would respond.");
    const np::Measure* a = with_goods(ms, "avocados");
    REQ_PTR(a);
    CHECK(a->status == "in_force");
    CHECK(a->imposer_name == "United States");
    CHECK_FALSE(a->has_change);
    const np::Measure* l = with_goods(ms, "lumber");
    REQ_PTR(l);
    CHECK(l->status == "in_force");
    CHECK(l->target_name == "Canada");
}

// "The U.S. currently imposes 25% tariffs on Canadian goods" was "announced" (and a change):
// the present of a measure after its subject is its state; "wage increases", "shipping bans"
// are nouns. And an aside no longer hides an "if" ("if the European Community (EC) implements").
TEST_CASE("measures: the present tense after a subject is the measure's state") {
    auto now = measures_of("Ottawa said the U.S. currently imposes 25% tariffs on Canadian lumber.");
    const np::Measure* t = first_of(now, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "in_force");
    CHECK_FALSE(t->has_change);
    auto cond = measures_of("Coconut exports would suffer if the European Community (EC) implements a new tax on "
                            "vegetable oils.");
    for (const auto& m : cond) CHECK(m.status == "unknown");
}

// "added 140 Chinese companies, including chipmaker X, to its Entity List" was no measure at
// all ("list" was no trigger), and "its" would have named the company of the list.
TEST_CASE("measures: an entity list is an export control, imposed by the one who adds to it") {
    auto ms = measures_of("The United States in December added 140 Chinese companies, including chipmaker Acme "
                          "Semiconductor Group, to its Entity List.\n\nHere is a list of the companies.");
    REQUIRE(ms.size() == 1);
    if (ms.size() != 1) return;
    CHECK(ms[0].kind == "export_control");
    CHECK(ms[0].imposer_name == "United States");
    CHECK(ms[0].target_name == "China");
    CHECK(ms[0].status == "in_force");
    auto other = measures_of("Beijing put two U.S. drone makers on its unreliable entity list.");
    REQUIRE(other.size() == 1);
    if (other.size() != 1) return;
    CHECK(other[0].imposer_name == "China");
    CHECK(other[0].target_name == "United States");
}

// "US adds Chinese chip firms to trade blacklist" over "added 23 Chinese companies to its entity
// list": the headline's blacklist was a sanction, a record apart from the text's export control.
TEST_CASE("measures: a trade blacklist is the entity list, an export control") {
    auto ms = measures_of("Chile adds Peruvian chip firms to trade blacklist\n\n"
                          "Chile's trade ministry on Friday added 23 Peruvian companies to its entity list.\n");
    CHECK(count_of(ms, "export_control") == 1);
    CHECK(count_of(ms, "sanction") == 0);
    // (a blacklist of no trade stays a sanction)
    CHECK(count_of(measures_of("Chile put three Peruvian officials on a blacklist."), "sanction") == 1);
}

// "would require X to apply for licences to export its machines to China" was no measure: a
// licence was an export control only after "export".
TEST_CASE("measures: licences to export are an export control") {
    auto ms = measures_of("The Dutch government said on Friday it would require Acme Lithography to apply for "
                          "licences to export some of its older machines to China.");
    const np::Measure* e = first_of(ms, "export_control");
    REQ_PTR(e);
    CHECK(e->imposer_name == "Netherlands");
    CHECK(e->target_name == "China");
    CHECK(e->status == "announced");
    CHECK(first_of(measures_of("Drivers need licences to drive."), "export_control") == nullptr);
}

// "respond to a 50% tariff that U.S. President Donald Trump ordered on Brazilian imports": the
// relative clause's subject and goods were not read (only "that it/they" + verb was).
TEST_CASE("measures: the subject of a relative clause on a measure imposes it") {
    auto ms = measures_of("Lula said his government would respond to a 50% tariff that U.S. President Donald Trump "
                          "ordered on Brazilian imports.\n\n"
                          "The tariffs that Washington imposed on Chinese steel in 2018 remain.");
    const np::Measure* b = with_goods(ms, "Brazilian imports");
    REQ_PTR(b);
    CHECK(b->imposer_name == "Donald Trump");
    CHECK(b->target_name == "Brazil");
    const np::Measure* c = with_goods(ms, "Chinese steel");
    REQ_PTR(c);
    CHECK(c->imposer_name == "United States");
    CHECK(c->target_name == "China");
    CHECK(c->status == "in_force");
}

// "raised tariffs on Chinese goods to 145%, on top of a 20% tariff over fentanyl": the cue after
// the second measure gave the first its reason, that shared issue merged the two (rate 20%,
// "lower to 145%"), and "the fentanyl tariff ... after talks" lost its modifier's issue to the
// cue's and joined the latest record instead of the fentanyl one.
TEST_CASE("measures: a reason stays with its own measure, and a level with its direction") {
    auto ms = measures_of("Washington raised tariffs on Chinese goods to 145% in April, on top of a 20% tariff over "
                          "fentanyl imposed in February.\n\n"
                          "Beijing cut its duties on American farm goods to 10% in May.\n\n"
                          "Washington lowered its tariffs to 30% on Monday.\n\n"
                          "The president said he would halve the fentanyl tariff to 10% after talks in Seoul.");
    const np::Measure* raised = with_goods(ms, "Chinese goods");
    REQ_PTR(raised);
    CHECK_FALSE(raised->has_rate);
    CHECK(raised->reason.empty());
    CHECK(raised->change_to == 145);
    CHECK(raised->change_direction == "raise");  // not "lower" from the 30% mention
    const np::Measure* fentanyl = nullptr;
    for (const auto& m : ms)
        if (m.has_rate && m.rate_value == 20) fentanyl = &m;
    REQ_PTR(fentanyl);
    CHECK(fentanyl->reason.find("fentanyl") != std::string::npos);
    CHECK(fentanyl->change_direction == "halve");
    CHECK(fentanyl->change_to == 10);
    const np::Measure* farm = with_goods(ms, "American farm goods");
    REQ_PTR(farm);
    CHECK(farm->change_direction == "lower");  // the halving went to the fentanyl tariff
}

// "Beijing answered with 125% duties": no verb of the list governed the measure, so it had no
// imposer and no status.
TEST_CASE("measures: a response made with a measure imposes it") {
    auto ms = measures_of("Beijing answered with 125% duties on American products.");
    const np::Measure* m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "China");
    CHECK(m->target_name == "United States");
    CHECK(m->status == "in_force");
    ms = measures_of("Ottawa hit back with 25% counter-tariffs on U.S. steel.");
    m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Canada");
    // responding TO a measure is no imposing of it
    ms = measures_of("Mexico responded to the U.S. tariffs on its tomatoes with talks.");
    m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name != "Mexico");
}

// "Beijing retaliated against the U.S. tariffs with tariffs of its own": the second measure had
// no imposer, goods nor status (the verb sat before the first measure's object, and "of its own"
// stood between the noun and its goods), and was merged into the first.
TEST_CASE("measures: a measure answered 'with tariffs of its own' is the responder's") {
    auto ms = measures_of("Beijing retaliated against the U.S. tariffs with tariffs of its own on American soybeans and pork.");
    const np::Measure* own = with_goods(ms, "American soybeans and pork");
    REQ_PTR(own);
    CHECK(own->kind == "tariff");
    CHECK(own->imposer_name == "China");
    CHECK(own->target_name == "United States");
    CHECK(own->status == "in_force");
    ms = measures_of("China responded to the move with export curbs on gallium and germanium.");
    const np::Measure* curbs = first_of(ms, "export_control");
    REQ_PTR(curbs);
    CHECK(curbs->imposer_name == "China");
    CHECK(curbs->status == "in_force");
    ms = measures_of("Ottawa retaliated against the steel tariffs with 25% counter-tariffs on C$30 billion of U.S. goods in March.");
    const np::Measure* counter = nullptr;
    for (const auto& m : ms)
        if (m.has_rate && m.rate_value == 25) counter = &m;
    REQ_PTR(counter);
    CHECK(counter->imposer_name == "Canada");
    CHECK(counter->target_name == "United States");
    CHECK(counter->status == "in_force");
    // What was retaliated against stays the other side's ("retaliate against" imposes nothing).
    ms = measures_of("Mexico said it would not retaliate against the U.S. tariffs on its tomatoes.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name != "Mexico");
}

// "Imports rose to 292,000 tonnes", "steel imports in 2019": a verb "import" took the figure's
// verb or a year as its quantity, and made a purchase (39 of them in the Reuters pastes, goods
// "rose", "were 32,000"). A safeguard was no measure at all.
TEST_CASE("measures: import statistics and years are no purchases; a safeguard on a trade flow is a measure") {
    for (const char* text : {"Animal fat imports rose to 371,700 from 345,800 tonnes.",
                             "Soybean imports were 32,000 tonnes in January.",
                             "Fishoil imports fell to 12,000 tonnes in 1986."})
        CHECK(first_of(measures_of(text), "purchase") == nullptr);
    // ... while buying an amount still is one
    auto ms = measures_of("China imports 100 million tonnes of soybeans a year.");
    REQ_PTR(first_of(ms, "purchase"));
    ms = measures_of("The EU introduced safeguard measures on steel imports in 2019.");
    CHECK(first_of(ms, "purchase") == nullptr);
    const np::Measure* sg = first_of(ms, "other");
    REQ_PTR(sg);
    CHECK(sg->imposer_name == "European Union");
    CHECK(sg->goods == "steel imports");
    CHECK(sg->status == "in_force");
    ms = measures_of("The EU extended its safeguard on steel imports until 2026.");
    REQ_PTR(first_of(ms, "other"));
    // "safeguard tariffs": the tariff is the measure; to safeguard jobs is none
    ms = measures_of("Washington imposed safeguard tariffs of 30% on imported solar panels in 2018.");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].kind == "tariff");
    CHECK(measures_of("The government said it would safeguard jobs at the steel plant.").empty());
    CHECK(measures_of("The new rules include safeguards against fraud in public procurement.").empty());
}

// From a probe article on export controls: "weeks after the U.S. Commerce Department expanded
// restrictions" lost its imposer (the clause's subject was taken for a preposition's object: the
// "the" hid "after"), and what was added to an export control list was not its goods.
TEST_CASE("measures: a subject after 'after the', and what is added to an export control list") {
    auto ms = measures_of("The measures come weeks after the U.S. Commerce Department expanded restrictions on "
                          "sales of advanced semiconductors to Chinese firms.");
    const np::Measure* r = first_of(ms, "export_control");
    REQ_PTR(r);
    CHECK(r->imposer_name == "U.S. Commerce Department");
    CHECK(r->target_name == "China");
    ms = measures_of("China's Ministry of Commerce on Thursday added five rare earth elements to its export control "
                     "list, requiring companies to obtain licences before shipping them abroad.");
    const np::Measure* c = first_of(ms, "export_control");
    REQ_PTR(c);
    CHECK(c->imposer_name == "China");
    CHECK(c->goods == "five rare earth elements");
    CHECK(c->status == "in_force");
    // A company added to a list is its target's, not goods
    ms = measures_of("The Commerce Department added 140 Chinese companies to its entity list.");
    const np::Measure* e = first_of(ms, "export_control");
    REQ_PTR(e);
    CHECK(e->goods.empty());
    CHECK(e->target_name == "China");
}

// From a probe article on a framework deal: "a 15% tariff on most EU goods entering the U.S."
// had the U.S. as its target and no imposer, took the time of ", averting a threatened 30% levy
// from August 1", "currently 27.5%" was no rate and the cut "will fall to 15%" read "raise",
// "while" opened the goods of "while steel and aluminium will remain subject to", and "exempt
// from tariffs on both sides" had the goods "both sides".
TEST_CASE("measures: goods entering a market, a current rate, a participle clause's time") {
    auto ms = measures_of("The deal sets a 15% tariff on most EU goods entering the U.S., averting a threatened "
                          "30% levy from August 1.");
    const np::Measure* fifteen = nullptr;
    for (const auto& m : ms)
        if (m.has_rate && m.rate_value == 15) fifteen = &m;
    REQ_PTR(fifteen);
    CHECK(fifteen->imposer_name == "United States");
    CHECK(fifteen->target_name == "European Union");
    CHECK(fifteen->time.empty());
    ms = measures_of("Tariffs on European cars, currently 27.5%, will fall to 15%, while steel and aluminium will "
                     "remain subject to a 50% duty, officials said.");
    const np::Measure* cars = with_goods(ms, "European cars");
    REQ_PTR(cars);
    CHECK(cars->rate_value == doctest::Approx(27.5));
    CHECK(cars->change_to == 15);
    CHECK(cars->change_direction == "lower");
    const np::Measure* metals = with_goods(ms, "steel and aluminium");
    REQ_PTR(metals);
    CHECK(metals->status == "in_force");
    ms = measures_of("Some products, including aircraft and parts, will be exempt from tariffs on both sides.");
    for (const auto& m : ms) CHECK(m.goods != "both sides");
}

// "China suspended its export controls on rare earth magnets": the verb was taken for a halt
// of exports (an export control in force, goods "its export controls on rare earth magnets");
// it suspends the controls.
TEST_CASE("measures: suspending export controls suspends them; suspending exports is a halt") {
    auto ms = measures_of("Under the truce, China suspended its export controls on rare earth magnets for a year.");
    const np::Measure* c = first_of(ms, "export_control");
    REQ_PTR(c);
    CHECK(c->status == "suspended");
    CHECK(c->goods == "rare earth magnets");
    ms = measures_of("China suspended exports of rare earth magnets in April.");
    c = first_of(ms, "export_control");
    REQ_PTR(c);
    CHECK(c->status == "in_force");
}

// "tariffs of up to 50% on more than 1,400 products from countries without trade agreements,
// including China": the goods stopped at "more" ("than" was read as a clause boundary).
TEST_CASE("measures: goods counted 'more than N' are goods") {
    auto ms = measures_of("Mexico's Congress approved on Wednesday tariffs of up to 50% on more than 1,400 products "
                          "from countries without trade agreements, including China.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->rate_value == 50);
    CHECK(t->goods.find("1,400 products from countries without trade agreements") != std::string::npos);
    CHECK(t->target_name == "China");
}

// From a probe article on a trade deal: "the 30% rate Trump had threatened" and "a 15% rate will
// apply" were no measures, "most EU exports to the U.S." made the U.S. the target, "which it
// suspended" did not change a prepared measure's status, and a relative clause between commas
// made its subject the one who faces a levy.
TEST_CASE("measures: a tariff rate, the destination of the goods, and clauses after the measure") {
    auto ms = measures_of("The deal sets a 15% tariff on most EU exports to the U.S., half the 30% rate President "
                          "Donald Trump had threatened to impose from August 1.");
    const np::Measure* deal_rate = nullptr;
    const np::Measure* threat = nullptr;
    for (const auto& m : ms) {
        if (m.has_rate && m.rate_value == 15) deal_rate = &m;
        if (m.has_rate && m.rate_value == 30) threat = &m;
    }
    REQ_PTR(deal_rate);
    CHECK(deal_rate->imposer_name == "United States");
    CHECK(deal_rate->target_name != "United States");
    REQ_PTR(threat);
    CHECK(threat->kind == "tariff");
    CHECK(threat->imposer_name == "Donald Trump");
    CHECK(threat->status == "threatened");
    // a rate with no tariff near it is none ("Levy" the economist is a name, not a levy)
    CHECK(measures_of("Economist Jane Levy predicts the economy will grow at a scant 1.5 pct rate this year.").empty());

    ms = measures_of("The EU had prepared counter-tariffs on 93 billion euros of U.S. goods, which it suspended "
                     "for six months on Monday.");
    const np::Measure* counter = first_of(ms, "tariff");
    REQ_PTR(counter);
    CHECK(counter->status == "suspended");

    ms = measures_of("Pharmaceuticals, which Washington has exempted so far, could face a separate levy.");
    const np::Measure* pharma = first_of(ms, "tariff");
    REQ_PTR(pharma);
    CHECK(pharma->target_name != "United States");
    CHECK(pharma->goods == "Pharmaceuticals");
    CHECK(pharma->status == "threatened");

    // retaliating against a measure is no imposing of it; the clause after it names who did
    ms = measures_of("Yeutter said Japan would not retaliate against tariffs President Reagan slapped on 300 mln "
                     "dlrs of Japanese electronic goods today.");
    const np::Measure* slapped = first_of(ms, "tariff");
    REQ_PTR(slapped);
    CHECK(slapped->imposer_name == "Reagan");
    CHECK(slapped->target_name == "Japan");
    CHECK(slapped->goods == "Japanese electronic goods");
}

// "imposes 25% tariffs on ..., a 10% rate on energy and potash, and 50% duties on steel": the
// later measures of the list had no imposer, target or status (only "X and Y" pairs shared them).
TEST_CASE("measures: the measures of a list share the first one's verb") {
    auto ms = measures_of("The U.S. currently imposes 25% tariffs on Canadian goods not covered by the trade pact, "
                          "a 10% rate on energy and potash, and 50% duties on steel and aluminum.");
    REQUIRE(ms.size() == 3);
    if (ms.size() != 3) return;
    for (const auto& m : ms) {
        CHECK(m.kind == "tariff");
        CHECK(m.imposer_name == "United States");
        CHECK(m.target_name == "Canada");
        CHECK(m.status == "in_force");
    }
    CHECK(ms[1].rate_value == 10);
    CHECK(ms[1].goods == "energy and potash");
    CHECK(ms[2].goods == "steel and aluminum");
    // The first one's goods and time may run on for 12 words before the list goes on (at 9,
    // "... trade agreement in August, and 50% duties" was cut off from its verb).
    ms = measures_of("The United States imposed a 35% tariff on Canadian goods not covered by the USMCA trade "
                     "agreement in August, and 50% duties on steel and aluminum in June.");
    const np::Measure* duties = nullptr;
    for (const auto& m : ms)
        if (m.has_rate && m.rate_value == 50) duties = &m;
    REQ_PTR(duties);
    CHECK(duties->imposer_name == "United States");
    CHECK(duties->status == "in_force");
    CHECK(duties->time == "in June");
}

// "19th" and "10.6" were years ("EU agrees 19th sanctions package": time "19th").
TEST_CASE("measures: an ordinal or a decimal is no year") {
    auto ms = measures_of("The EU agreed a 19th sanctions package against Russia.");
    const np::Measure* s = first_of(ms, "sanction");
    REQ_PTR(s);
    CHECK(s->time.empty());
    ms = measures_of("Ruritania imposed a 10.6 pct tariff on steel imports in 2019.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->time == "in 2019");
}

// From a probe article on sanctions: the headline's goods ran on past ", targets ...", "the
// first such measures of Trump's term" gave the goods "Trump's term", a price cap's goods took
// the level "to $47.60", and sanctions on two companies had no target.
TEST_CASE("measures: goods end before a verb or a level; a company is the target of sanctions") {
    auto ms = measures_of("EU agrees sanctions package against Russia, targets LNG and shadow fleet\n\n"
                          "The G7 is considering lowering the price cap on Russian crude to $47.60 a barrel.");
    const np::Measure* s = first_of(ms, "sanction");
    REQ_PTR(s);
    CHECK(s->goods.find("targets") == std::string::npos);
    const np::Measure* cap = first_of(ms, "quota");
    REQ_PTR(cap);
    CHECK(cap->goods == "Russian crude");
    ms = measures_of("The United States imposed sanctions on Rosneft and Lukoil, Russia's two largest oil companies, "
                     "the first such measures of the president's second term.");
    s = first_of(ms, "sanction");
    REQ_PTR(s);
    CHECK(s->goods.empty());  // names only: no "term", no "Rosneft and Lukoil"
    CHECK(s->target_name == "Rosneft");
}

// Where goods end: "for another year" is how long ("U.S. goods for another year" were the goods);
// "including a 25% penalty" is a part of the measure, no goods; "and resume purchases of ..." is a
// second verb (the ban's goods ran on over it, and the purchase was no measure).
TEST_CASE("measures: goods end at a duration, at an included rate and at a second verb") {
    auto a = measures_of("Norland will suspend the additional 24% tariff on Vexland goods for another year, the "
                         "commerce ministry said.");
    const np::Measure* t = first_of(a, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "Vexland goods");
    CHECK(t->time == "for another year");
    auto b = measures_of("Norland slapped a 50% tariff on Vexland goods, including a 25% penalty for buying oil.");
    const np::Measure* p = first_of(b, "tariff");
    REQ_PTR(p);
    CHECK(p->goods == "Vexland goods");
    auto c = measures_of("Norland said it would lift its ban on imports of soybeans and resume purchases of sorghum.");
    const np::Measure* ban = first_of(c, "ban");
    REQ_PTR(ban);
    CHECK(ban->goods == "imports of soybeans");
    const np::Measure* buy = first_of(c, "purchase");
    REQ_PTR(buy);
    CHECK(buy->goods == "sorghum");
}

// Company-specific duties: "17% on Acme Motors, 18.8% on Brightway Corp and 35.3% on Zenith Auto
// Group": each company named alone is its rate's target (the first had none, the last one, after
// "and" alone, ran into the second's goods).
TEST_CASE("measures: a rate per company, the last after 'and' alone") {
    auto a = np::test::analyze_text(
        "The European Union imposed duties of 17% on Acme Motors, 18.8% on Brightway Corp and 35.3% on Zenith "
        "Auto Group.");
    std::vector<std::pair<double, std::string>> got;
    for (const auto& m : a.documents[0].measures)
        if (m.kind == "tariff") got.emplace_back(m.rate_value, m.target_name);
    REQUIRE(got.size() == 3);
    if (got.size() != 3) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(got[0] == std::make_pair(17.0, std::string("Acme Motors")));
    CHECK(got[1] == std::make_pair(18.8, std::string("Brightway Corp")));
    CHECK(got[2] == std::make_pair(35.3, std::string("Zenith Auto Group")));
}

// "will face duties" is decided ("could/would face" stay threats); a list of goods of one or two
// words each runs to its "and" ("cars, steel, textiles and other goods" stopped at "cars");
// "seize control of the mines" is no export control, and "control over the shares" no cause.
TEST_CASE("measures: 'will face' is decided; lists of goods run to their 'and'; 'control of' is no measure") {
    auto a = measures_of("Most Vexland goods will face a 20% duty from January, and Norland cars could face a "
                         "30% surtax.");
    const np::Measure* duty = nullptr;
    const np::Measure* surtax = nullptr;
    for (const auto& m : a) {
        if (m.has_rate && m.rate_value == 20) duty = &m;
        if (m.has_rate && m.rate_value == 30) surtax = &m;
    }
    REQ_PTR(duty);
    REQ_PTR(surtax);
    CHECK(duty->status == "announced");
    CHECK(surtax->status == "threatened");
    auto b = measures_of("The Senate approved tariffs of up to 50% on imports of cars, steel, textiles and other "
                         "goods from Vexland.");
    const np::Measure* t = first_of(b, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "imports of cars, steel, textiles and other goods from Vexland");
    auto c = measures_of("Miners backed a union plan to seize control of the country's gold, uranium and coal mines.");
    CHECK(first_of(c, "export_control") == nullptr);
}

TEST_CASE("measures: a range of rates is the rate and its max") {
    struct Case { const char* text; double lo, hi; const char* goods; };
    const Case cases[] = {
        {"The bloc imposed duties of between 15% and 41% on Chinese electric vehicles.", 15, 41, "Chinese electric vehicles"},
        {"The bloc imposed duties of 17% to 38% on Chinese electric vehicles.", 17, 38, "Chinese electric vehicles"},
        {"The bloc imposed duties of 17-38% on Chinese electric vehicles.", 17, 38, "Chinese electric vehicles"},
        {"Ottawa imposed 10 to 25 percent tariffs on American steel.", 10, 25, "American steel"},
        {"Tariffs on imported solar panels range from 20% to 35%, officials said.", 20, 35, "imported solar panels"},
        {"Washington announced tariffs ranging from 10% to 50% on imports from dozens of countries.", 10, 50, nullptr},
        // (the range before the object: the goods after it are still read)
        {"The Commission imposed duties ranging from 18.4% to 62.1% on hardwood plywood from Vexland.", 18.4, 62.1,
         "hardwood plywood from Vexland"},
    };
    for (const auto& c : cases) {
        auto ms = measures_of(c.text);
        const np::Measure* m = first_of(ms, "tariff");
        CHECK_MESSAGE(m != nullptr, c.text);
        if (!m) continue;
        CHECK_MESSAGE(m->has_rate, c.text);
        CHECK_MESSAGE(m->has_rate_max, c.text);
        CHECK(m->rate_value == c.lo);
        CHECK(m->rate_max == c.hi);
        CHECK_MESSAGE(!m->has_change, c.text);  // a range is no rise to its top
        if (c.goods) CHECK(m->goods == c.goods);
    }
    // A verb of change keeps "from X to Y" its levels; one rate has no max; goods that range
    // over products stay goods.
    auto ms = measures_of("Mexico will raise tariffs on cars to 50% from 20%.");
    const np::Measure* m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(!m->has_rate_max);
    CHECK(m->change_to == 50);
    ms = measures_of("Ottawa imposed a 25% tariff on American steel.");
    m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(!m->has_rate_max);
    ms = measures_of("Tokyo imposed tariffs on goods ranging from computers and television sets to machine tools.");
    m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->goods.rfind("goods ranging from computers and television sets", 0) == 0);
    CHECK(!m->has_rate);
}

TEST_CASE("measures: a percentage penalty is a tariff and stays apart from the tariff it joins") {
    auto ms = measures_of("Goods from the country now pay a 25% tariff plus a 25% penalty that President Ana Ferreira "
                          "imposed over purchases of Russian oil.");
    std::vector<const np::Measure*> tariffs;
    for (const auto& m : ms)
        if (m.kind == "tariff") tariffs.push_back(&m);
    REQUIRE(tariffs.size() == 2);
    CHECK(tariffs[0]->rate_value == 25);
    CHECK(tariffs[1]->rate_value == 25);
    CHECK(tariffs[0]->imposer_name.empty());  // (the relative clause is the penalty's)
    CHECK(tariffs[1]->imposer_name == "Ana Ferreira");
    CHECK(tariffs[1]->reason == "purchases of Russian oil");
    // a penalty without a rate is no tariff; "penalties on" firms stay sanctions
    ms = measures_of("The company paid a penalty of $5 million to settle the case.");
    CHECK(first_of(ms, "tariff") == nullptr);
    ms = measures_of("Washington imposed penalties on three shipping firms.");
    CHECK(first_of(ms, "sanction") != nullptr);
}

// "The duties, imposed last October after an investigation, range from 7.8% for Tesla to 35.3% for
// SAIC": the range verb comes after an aside, each end names whom it is for, and the reason
// ("after an investigation") ends at the comma before the verb.
TEST_CASE("measures: a range after an aside and with whom each end is for") {
    auto ms = measures_of("The duties, imposed last October after a year-long investigation, range from 7.8% for Kelvo "
                          "to 35.3% for Marrit Motors.");
    const np::Measure* m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->has_rate_max);
    CHECK(m->rate_value == doctest::Approx(7.8));
    CHECK(m->rate_max == doctest::Approx(35.3));
    CHECK(m->reason == "a year-long investigation");
    ms = measures_of("Washington announced tariffs ranging from 10% for Britain to 41% for Syria.");
    m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->rate_value == 10);
    CHECK(m->rate_max == 41);
    // a rate of its own stays: a range later in the sentence is another thing's
    ms = measures_of("Canada imposed 25% duties on steel, with effects that range from 10% to 20% of prices.");
    m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->rate_value == 25);
    CHECK(!m->has_rate_max);
}

// "A 15% tariff will also apply to most other goods, down from the 25% rate ...": what a measure
// applies to are its goods (it had none, and the record merged with another); "X said steel would
// remain subject to 50% tariffs": the reporting verb opens the clause whose subject is the goods.
TEST_CASE("measures: goods a measure applies to, and a subject clause after a reporting verb") {
    auto ms = measures_of("A 15% tariff will also apply to most other Ostrian goods, down from the 25% rate "
                          "Washington had threatened.");
    const np::Measure* m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->goods == "most other Ostrian goods");
    CHECK(m->rate_value == 25);
    CHECK(m->change_to == 15);
    ms = measures_of("The chief negotiator, Tomas Ekberg, said steel and aluminum would remain subject to 50% tariffs.");
    m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->goods == "steel and aluminum");
    CHECK(m->status == "in_force");
}

// "threatening a 100% tariff on Chinese imports and export controls on "any and all critical
// software"": the export controls are a second measure with the same verb (they were the tariff's
// goods), and goods quoted whole are goods; "were due to meet" is a schedule, no reason.
TEST_CASE("measures: a bare second measure after 'and' shares the verb; quoted goods; 'due to' a schedule") {
    auto ms = measures_of("Washington responded by threatening an additional 100% tariff on Ostrian imports and export "
                          "controls on \"any and all critical software\" from Nov. 1.");
    const np::Measure* t = first_of(ms, "tariff");
    const np::Measure* x = first_of(ms, "export_control");
    REQ_PTR(t);
    REQ_PTR(x);
    CHECK(t->goods == "Ostrian imports");
    CHECK(x->goods == "any and all critical software");
    CHECK(x->imposer_name == "United States");
    CHECK(x->status == "threatened");
    ms = measures_of("Ottawa imposed a 25% tariff on steel. The move came before the two leaders were due to meet in Rome.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->reason.empty());
    ms = measures_of("Ottawa imposed a 25% tariff on steel due to a surge in imports.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->reason == "a surge in imports");
}

// "lower its tariffs on US industrial goods to zero": a level of 0%, which had read as no level.
TEST_CASE("measures: a cut 'to zero' is a level of 0") {
    auto ms = measures_of("The bloc will lower its tariffs on Ostrian industrial goods to zero.");
    const np::Measure* m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->change_direction == "lower");
    CHECK(m->has_change_to);
    CHECK(m->change_to == 0);
    ms = measures_of("Britain cut the tariff on Ostrian beef to zero from 20% in June.");
    m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->rate_value == 20);
    CHECK(m->has_change_to);
    CHECK(m->change_to == 0);
    CHECK(m->time == "in June");
}

// "an additional 10% tariff on all Chinese imports on his first day in office": the goods ran on
// into the time ("all Chinese imports on his first day"), which no time rule knew; "in its first
// year", "in the first quarter" are times too. An adverb before "face" is no part of the goods.
TEST_CASE("measures: an ordinal day, week or year after a preposition is a time") {
    auto ms = measures_of("Jane Okafor said she will impose an additional 10% tariff on all Vexlandic imports on her "
                          "first day in office.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "all Vexlandic imports");
    CHECK(t->time == "on her first day in office");
    ms = measures_of("Most of the affected goods currently face duties of 20%.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "affected goods");
    // (no preposition, no time)
    ms = measures_of("The first year of the 25% tariff on steel cost Norland $5 billion.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->time.empty());
}

// "EU slaps duties of up to 35% on Chinese-made EVs" over "duties of up to 35.3% on electric
// vehicles": the headline rounds the text's rate, and the two were two records. A whole-number
// headline rate within one of the text's fraction is the same measure, with the exact rate; a
// different rate in the text stays its own.
TEST_CASE("measures: a headline's rounded rate is the text's exact rate") {
    auto ms = measures_of("EU slaps provisional duties of up to 35% on Chinese-made electric vehicles\n\n"
                          "The European Union will impose provisional duties of up to 35.3% on electric vehicles "
                          "imported from China starting Friday, the European Commission said.");
    CHECK(count_of(ms, "tariff") == 1);
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->rate_value == doctest::Approx(35.3));
    CHECK(t->status == "announced");
    ms = measures_of("EU slaps provisional duties of up to 35% on Chinese-made electric vehicles\n\n"
                     "The European Union will impose provisional duties of 38.1% on electric vehicles "
                     "imported from China starting Friday, the European Commission said.");
    CHECK(count_of(ms, "tariff") == 2);
}

// Headlines put a verb of change after the goods in the present tense: "U.S. tariff on goods
// doubles to 50%" had goods "goods doubles", "tariff on steel rises to 50%" goods "steel rises".
TEST_CASE("measures: a present verb of change ends the goods") {
    for (const char* text : {"The Vexlandic tariff on steel rises to 50% on Wednesday.",
                             "The Vexlandic tariff on steel doubles to 50% on Wednesday.",
                             "The Vexlandic tariff on steel climbs to 50% on Wednesday."}) {
        auto ms = measures_of(text);
        const np::Measure* t = first_of(ms, "tariff");
        REQ_PTR(t);
        CHECK_MESSAGE(t->goods == "steel", text);
        CHECK_MESSAGE(t->time == "on Wednesday", text);
    }
}

// A relative clause without "that" opens with its subject pronoun: "controls on rare earths and
// related technologies it announced in October" had the goods "... technologies it".
TEST_CASE("measures: a pronoun ends the goods") {
    auto ms = measures_of("Vexland will suspend the export controls on rare earths and related technologies it "
                          "announced in October, the ministry said.");
    const np::Measure* e = first_of(ms, "export_control");
    REQ_PTR(e);
    CHECK(e->goods == "rare earths and related technologies");
    ms = measures_of("Norland lifted sanctions on the cash payments they made to Vexland.");
    const np::Measure* s = first_of(ms, "sanction");
    REQ_PTR(s);
    CHECK(s->goods == "the cash payments");
}

// "tariffs on steel, aluminum and copper imposed under Section 232 ..., or the 25% tariffs on
// Chinese goods that X imposed under Section 301": one sentence, two measures each with goods of
// its own ("the" did not make the second point back to the first); they were one record with
// the steel goods, the 25% rate and China as target.
TEST_CASE("measures: two measures with goods of their own in one sentence are two") {
    auto ms = measures_of("The ruling does not affect tariffs on steel, aluminum and copper imposed under Section 232, "
                          "or the 25% tariffs on Chinese goods that Jane Okafor imposed in her first term.");
    const np::Measure* metals = with_goods(ms, "steel, aluminum and copper");
    REQ_PTR(metals);
    CHECK_FALSE(metals->has_rate);
    const np::Measure* other = with_goods(ms, "Chinese goods");
    REQ_PTR(other);
    CHECK(other->rate_value == 25);
    CHECK(other->imposer_name == "Jane Okafor");
}

// "the tariffs could add 0.2 percentage points to inflation in 2026": the year is the effect's,
// not the tariffs' (it was their time, overriding nothing better in an article with no other).
TEST_CASE("measures: a time after a verb of the measure's effect is not the measure's") {
    auto ms = measures_of("Ruritania imposed a 40% tariff on Vexland cars. "
                          "An analyst said the tariffs could add 0.2 percentage points to inflation in 2026.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->rate_value == 40);
    CHECK(t->time.empty());
    ms = measures_of("Ruritania imposed a 40% tariff on Vexland cars. The tariffs will take effect in 2026.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->time == "in 2026");
}

// A trade investigation is the first step toward duties, and news reports its launch as a
// measure: "launched an anti-dumping investigation into X pork" had no record at all.
TEST_CASE("measures: a trade investigation is a measure; a police one is none") {
    auto ms = measures_of("Norland launched an anti-dumping investigation into Vexland pork in September.");
    const np::Measure* p = first_of(ms, "other");
    REQ_PTR(p);
    CHECK(p->imposer_name == "Norland");
    CHECK(p->goods == "Vexland pork");
    CHECK(p->status == "announced");
    CHECK(p->time == "in September");
    ms = measures_of("The ministry opened a Section 232 probe into imports of drones.");
    p = first_of(ms, "other");
    REQ_PTR(p);
    CHECK(p->goods == "imports of drones");
    CHECK(measures_of("Police opened an investigation into the crash in September.").empty());
}

// "Tokyo weighs response to auto levy": the noun phrase ran back over "response to", so the
// verb before it governed the levy and Tokyo imposed it.
TEST_CASE("measures: who weighs a response to a measure does not impose it") {
    auto ms = measures_of("Norland weighs response to auto levy");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name.empty());
    CHECK(t->goods == "auto");
    ms = measures_of("Norland weighs retaliation for the steel levy.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name.empty());
    CHECK(t->goods == "steel");
    ms = measures_of("Norland imposed up to 50% tariffs on Vexland steel.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name == "Norland");
    CHECK(t->rate_value == 50);
}

// "The move raised tariffs to 100 pct from about five pct": the generic "move" (the sanctions
// of the sentence before) took the tariffs' 5% as its rate. And "doubling the duty on imports
// above that quota to 50%": "that quota" (a threshold of the duty's goods) took the duty's 50%
// into the quota's record.
TEST_CASE("measures: a level after another measure's noun is that one's; a quota as a threshold is none") {
    auto ms = measures_of("Norland imposed sanctions on Vexland goods in April. "
                          "The move raised tariffs to 100 pct from about five pct on Vexland television sets.");
    const np::Measure* sa = first_of(ms, "sanction");
    REQ_PTR(sa);
    CHECK_FALSE(sa->has_rate);
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->rate_value == 5);
    CHECK(t->change_to == 100);
    ms = measures_of("Norland agrees steel import quota cut\n\nThe commission proposed cutting the steel quota and "
                     "doubling the duty on imports above that quota to 50%.");
    const np::Measure* q = first_of(ms, "quota");
    REQ_PTR(q);
    CHECK_FALSE(q->has_change_to);
    const np::Measure* d = first_of(ms, "tariff");
    REQ_PTR(d);
    CHECK(d->change_to == 50);
}

// "..., effectively lifting a ban imposed in December 2024": the participle "imposed" made the
// ban in force while the verb over it lifts it.
TEST_CASE("measures: where a lifted measure came from does not put it in force") {
    auto ms = measures_of("The ministry will issue licences for exports of gallium to Vexland users, "
                          "effectively lifting a ban imposed in December 2024.");
    const np::Measure* b = first_of(ms, "ban");
    REQ_PTR(b);
    CHECK(b->change_direction == "remove");
    CHECK(b->status != "in_force");
    ms = measures_of("Norland has lifted a ban on rice imports imposed earlier this year.");
    b = first_of(ms, "ban");
    REQ_PTR(b);
    CHECK(b->status == "lifted");
}

// "..., while most textiles will be charged 35%", "American cars will be taxed at 15%, down from
// 25%": a passive levy with its rate had no trigger noun and gave no measure; its subject is the
// goods (as of "face"), and only in a story about tariffs ("taxpayers are taxed at 19 pct" is none).
TEST_CASE("measures: a passive levy with a rate is a tariff on its subject") {
    auto ms = measures_of("Norland approved new tariffs on Asian imports. Imports of Vexland cars will face a 50% "
                          "duty, while most textiles will be charged 35%.");
    const np::Measure* t = with_goods(ms, "most textiles");
    REQ_PTR(t);
    CHECK(t->rate_value == 35);
    CHECK(t->status == "announced");
    ms = measures_of("Norland will cut its tariffs on Vexland goods. Canadian cars will be taxed at 15%, down from 25%.");
    t = with_goods(ms, "Canadian cars");
    REQ_PTR(t);
    CHECK(t->rate_value == 25);
    CHECK(t->change_to == 15);
    CHECK(measures_of("Taxpayers are taxed at a rate of 19 pct under the plan.").empty());
}

// "adding a 25% penalty for purchases of Russian crude to a 25% tariff": the purchase's goods and
// the penalty's reason ran on into "to a 25%" (what the penalty is added to).
TEST_CASE("measures: goods and reasons end before 'to a X%' measure") {
    auto ms = measures_of("Norland doubled the levy on Vexland imports to 50% in August, adding a 25% penalty for "
                          "Vexland's purchases of Russian crude to a 25% tariff.");
    bool penalty = false;
    for (const auto& m : ms) {
        CHECK(m.goods.find("to a 25%") == std::string::npos);
        if (m.reason.find("purchases of Russian crude") != std::string::npos) {
            penalty = true;
            CHECK(m.reason.find("to a") == std::string::npos);
        }
    }
    CHECK(penalty);
    ms = measures_of("Norland raised tariffs on steel after Vexland doubled tariffs on most Norland goods to 50%.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->reason.find("to 50%") != std::string::npos);
}

// "banks in Central Asia that help Moscow evade earlier sanctions": "Moscow evade" was read as a
// modifier of "sanctions", so Moscow imposed them.
TEST_CASE("measures: who evades a measure is its target, not its imposer") {
    auto ms = measures_of("The package targets banks that help Vexland evade earlier sanctions.");
    const np::Measure* s = first_of(ms, "sanction");
    REQ_PTR(s);
    CHECK(s->imposer_name.empty());
    CHECK(s->target_name == "Vexland");
}

// "EU adopts 19th sanctions package against Russia, bans LNG imports from 2027": the package took
// the ban's year; a participle after the comma (", imposed earlier this year") keeps its time.
TEST_CASE("measures: a headline's second predicate has its own time") {
    auto ms = measures_of("Norland adopts sanctions package against Vexland, bans LNG imports from 2027");
    const np::Measure* s = first_of(ms, "sanction");
    REQ_PTR(s);
    CHECK(s->time.empty());
    ms = measures_of("Norland has lifted the ban on rice imports, imposed earlier this year, after the drought.");
    const np::Measure* b = first_of(ms, "ban");
    REQ_PTR(b);
    CHECK(b->time == "earlier this year");
}

// "the extra 25% tariff would stay until Vexland stops buying oil from Norland": "until" opening
// a clause is the measure's condition (it was none), "would stay" says the measure is in force;
// "until the end of the year" stays a time, no condition.
TEST_CASE("measures: 'until' with a clause is a condition, 'until' a date is a time") {
    auto ms = measures_of("Norland said the extra 25% tariff on Vexland would stay until Vexland stops buying oil "
                          "from Ostia.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->condition == "until Vexland stops buying oil from Ostia");
    CHECK(t->status == "in_force");
    ms = measures_of("Norland will keep its 10% tariff on Vexland steel until the end of the year.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->condition.empty());
    CHECK(t->time == "until the end of the year");
}

// 'the extra 25% "penalty"': a scare-quoted noun was no measure (the mark stood between the rate
// and the noun), and the closing mark ended the scan for "would stay" after it.
TEST_CASE("measures: a scare-quoted penalty after its rate is a tariff") {
    auto ms = measures_of("Norland said the extra 25% \"penalty\" would stay until Vexland stops buying oil from Ostia.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->rate_value == doctest::Approx(25.0));
    CHECK(t->status == "in_force");
    CHECK(t->condition == "until Vexland stops buying oil from Ostia");
}

// "threatened to raise tariffs on motorcycles, but backed off after X cut prices": the clause
// after "but" gave the threat its reason.
TEST_CASE("measures: a clause after 'but' does not give the measure its reason") {
    auto ms = measures_of("Norland had threatened to raise tariffs on Vexland motorcycles, but backed off after "
                          "Halvex Motors cut prices.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->reason.empty());
    ms = measures_of("Norland raised tariffs on Vexland steel, not over prices but over dumping by state mills.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->reason.find("dumping") != std::string::npos);
}

// "countervailing duties on Vexland-made cars, which currently range from 7.8% to 35.3%" had no
// rate (the relative clause ended the scan), and "..., which range from X to Y, took effect"
// no status (the scan for "took effect" stopped at the range).
TEST_CASE("measures: a range of rates in a relative clause") {
    auto ms = measures_of("Norland is considering raising its duties on Vexland-made cars, which currently range "
                          "from 7.8% to 35.3%.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->rate_value == doctest::Approx(7.8));
    CHECK(t->has_rate_max);
    CHECK(t->rate_max == doctest::Approx(35.3));
    ms = measures_of("Norland's duties on Vexland cars, which range from 10% to 20%, took effect in May.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->rate_max == doctest::Approx(20.0));
    CHECK(t->status == "in_force");
}

// "Norland's parliament approved tariffs of up to 50% ... The measure, proposed by the
// president in September, raises ...": the participle set off after "The measure" made the
// record "proposed" (the latest mention), though the news is its approval.
TEST_CASE("measures: a participle set off after a measure named again is background") {
    auto ms = measures_of("Norland's parliament on Tuesday approved tariffs of up to 50% on 1,400 products from Vexland. "
                          "The measure, proposed by President Ana Ruiz in September, covers cars and steel.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "announced");
    REQUIRE(t->history.size() == 2);
    CHECK(t->history[1].status == "proposed");
    // ... and its time ("in September") gives way to the time of the measure's own news
    ms = measures_of("Norland's parliament on Tuesday approved tariffs of up to 50% on 1,400 products from Vexland. "
                     "The measure, proposed by President Ana Ruiz in September, covers cars and steel. "
                     "It takes effect on January 1.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->time == "on January 1");
}

// "... approved tariffs of up to 50% on 1,400 products. It takes effect on January 1.": the
// pronoun named the measure, whose time was lost. A pronoun with no entry-into-force verb ("It
// said ...") and one inside a sentence ("bought it for $41 million") name none.
TEST_CASE("measures: 'It takes effect on <date>' after a measure is that measure's time") {
    auto ms = measures_of("Norland's parliament approved tariffs of up to 50% on 1,400 products from Vexland. "
                          "It takes effect on January 1.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->time == "on January 1");
    CHECK(t->history.size() == 2);
    ms = measures_of("Norland's parliament approved tariffs of up to 50% on 1,400 products from Vexland. "
                     "It said the rules would apply to cars.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->time.empty());
}

// 'Vexland "firmly opposes" the move and would take "resolute measures" ... if Norland went
// ahead': the condition of Vexland's threat went to Norland's measure ("the move"); a measure
// that is the subject keeps the condition of its own coordinated verb.
TEST_CASE("measures: a condition after 'and would' belongs to the clause the measure is the object of") {
    auto ms = measures_of("Norland will restrict exports of chip tools to Vexland from July 23. A Vexland spokeswoman "
                          "said Vexland \"firmly opposes\" the move and would take \"resolute measures\" if Norland "
                          "went ahead.");
    const np::Measure* t = first_of(ms, "export_control");
    REQ_PTR(t);
    CHECK(t->condition.empty());
    ms = measures_of("The group said sanctions should be imposed against Vexland chipmakers as of April 1 and should "
                     "continue until Norland is satisfied that there is full compliance.");
    t = first_of(ms, "sanction");
    REQ_PTR(t);
    CHECK(t->condition.find("until Norland is satisfied") == 0);
}

// "would sign its long-delayed trade agreement" read "delayed" as the verb: the deal was
// "suspended". "a 35% duty that Norland charges on Vexland cars" (a present verb after the
// relative clause's named subject) gave no imposer and no goods. "a Canada-Mexico deal" named
// its two parties as goods.
TEST_CASE("measures: 'long-delayed' is an adjective, a present verb in a relative clause, hyphen-joined parties") {
    auto ms = measures_of("Norland said it would sign its long-delayed trade agreement with Vexland this month.");
    const np::Measure* d = first_of(ms, "deal");
    REQ_PTR(d);
    CHECK(d->status == "announced");
    CHECK(d->change_direction.empty());
    ms = measures_of("The agreement would eliminate a 35% duty that Norland charges on Vexland cars.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name == "Norland");
    CHECK(t->goods == "Vexland cars");
    ms = measures_of("Markets rallied on hopes for a Canada-Mexico trade deal.");
    d = first_of(ms, "deal");
    REQ_PTR(d);
    CHECK(d->imposer_name == "Canada");
    CHECK(d->target_name == "Mexico");
    CHECK(d->goods.empty());
}

// "investigating chip imports under Section 232" was a purchase (the section's number read as a
// quantity bought), and "tariffs on national security grounds" had the grounds as goods.
TEST_CASE("measures: a law's section is no quantity; 'on ... grounds' is a reason") {
    auto ms = measures_of("The Commerce Department has been investigating chip imports under Section 232 of a 1962 "
                          "trade law since April.");
    CHECK(first_of(ms, "purchase") == nullptr);
    ms = measures_of("Norland imposed tariffs on steel on national security grounds.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "steel");
    CHECK(t->reason == "national security grounds");
    ms = measures_of("Norland bought a 35 pct stake in Halvex Corp on a friendly basis.");
    const np::Measure* p = first_of(ms, "purchase");
    REQ_PTR(p);
    CHECK(p->goods.find("basis") == std::string::npos);
    CHECK(p->reason.empty());
}

// "Seoul to seek chip tariff exemption" made South Korea the tariff's imposer; "South Korea will
// seek an exemption from U.S. tariffs" gave no target. Who seeks or wins an exemption is who the
// measure falls on.
TEST_CASE("measures: who seeks an exemption from a measure is its target") {
    auto ms = measures_of("Seoul to seek chip tariff exemption in Washington talks");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name.empty());
    CHECK(t->target_name == "South Korea");
    ms = measures_of("South Korea will seek an exemption from U.S. tariffs on semiconductors.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name == "United States");
    CHECK(t->target_name == "South Korea");
}

// "Norland announced a 10% tariff on all imports and higher duties on dozens of countries. The
// higher rates include 34% on Vexland, 20% on Ostia and 46% on Peru.": the goods ran on into the
// second measure ("all imports ... and higher duties on dozens of countries"), and the list of
// rates by country was no measure at all.
TEST_CASE("measures: 'the higher rates include X% on A, Y% on B'; a second measure after 'and higher'") {
    auto ms = measures_of("Norland announced a 10% tariff on all imports and higher duties on dozens of countries. "
                          "The higher rates include 34% on China, 20% on Japan and 46% on Vietnam.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "all imports");
    std::vector<std::pair<std::string, double>> rates;
    for (const auto& m : ms)
        if (m.has_rate && !m.target_name.empty()) rates.emplace_back(m.target_name, m.rate_value);
    REQUIRE(rates.size() == 3);
    CHECK(rates[0].first == "China");
    CHECK(rates[0].second == doctest::Approx(34.0));
    CHECK(rates[2].first == "Vietnam");
    for (const auto& m : ms)
        if (m.has_rate && !m.target_name.empty()) CHECK(m.imposer_name == "Norland");
}

// "25% tariffs on Canada and Mexico" named Canada alone, "Canada and Mexico face 25% tariffs"
// Mexico alone: one target per record, so the same measure on each place of the pair or list is
// a record of its own. A deal between two parties stays one.
TEST_CASE("measures: a measure on each of coordinated places") {
    auto targets = [](const std::vector<np::Measure>& ms) {
        std::vector<std::string> t;
        for (const auto& m : ms) t.push_back(m.target_name);
        std::sort(t.begin(), t.end());
        return t;
    };
    auto ms = measures_of("Washington imposed 25% tariffs on Canada and Mexico over fentanyl.");
    CHECK(targets(ms) == std::vector<std::string>{"Canada", "Mexico"});
    for (const auto& m : ms) CHECK(m.rate_value == doctest::Approx(25.0));
    ms = measures_of("Canada and Mexico, already facing 25% tariffs over fentanyl, were not on the list.");
    CHECK(targets(ms) == std::vector<std::string>{"Canada", "Mexico"});
    ms = measures_of("Washington imposed tariffs on China, Japan and South Korea.");
    CHECK(targets(ms) == std::vector<std::string>{"China", "Japan", "South Korea"});
    ms = measures_of("The EU and Japan signed a trade deal.");
    CHECK(ms.size() == 1);
}

// "a 30% tariff would cut euro zone growth by 0.5 percentage points in 2026": the growth's cut
// was the tariff's change (by 0.5) and its year the tariff's time. A passive verb after the
// measure ("would be implemented starting on April 20") is still the measure's own.
TEST_CASE("measures: what a measure does to something else is no change of its own") {
    auto ms = measures_of("Economists estimate a 30% tariff would cut euro zone growth by 0.5 percentage points in 2026.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(!t->has_change_by);
    CHECK(t->time.empty());
    ms = measures_of("Officials said the new tariff cuts on Vexland goods would be implemented starting on April 20.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->time == "on April 20");
}

// "Canada will remove many of its retaliatory tariffs on U.S. goods ... Canada would keep its
// 25% counter-tariffs on U.S. steel, aluminum and autos": one record said the steel tariffs were
// lifted. What is kept is not what goes. "on Canadian goods not covered by the USMCA trade pact to
// 35% from 25% on August 1" lost its change and its time to the pact; "the duties would cover
// steel and cars" gave no goods.
TEST_CASE("measures: kept apart from lifted; a pact bounding the goods; what duties cover") {
    auto ms = measures_of("Canada will remove many of its retaliatory tariffs on U.S. goods from September 1. "
                          "Canada would keep its 25% counter-tariffs on U.S. steel, aluminum and autos.");
    const np::Measure* lifted = nullptr;
    const np::Measure* kept = nullptr;
    for (const auto& m : ms) {
        if (m.kind != "tariff") continue;
        if (m.change_direction == "remove") lifted = &m;  // (announced: "will remove")
        else if (m.status == "in_force") kept = &m;
    }
    REQ_PTR(lifted);
    REQ_PTR(kept);
    CHECK(lifted != kept);
    CHECK(kept->goods.find("steel") != std::string::npos);
    CHECK(lifted->goods.find("steel") == std::string::npos);
    ms = measures_of("The U.S. raised tariffs on Canadian goods not covered by the USMCA trade pact to 35% from 25% "
                     "on August 1.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->change_to == doctest::Approx(35.0));
    CHECK(t->time == "on August 1");
    ms = measures_of("The duties would cover steel and cars from Vietnam.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "steel and cars from Vietnam");
}

// "The Supreme Court struck down the president's emergency tariffs" left their status unknown
// ("struck" is a deal's verb: "struck a deal"); a court's "overturned", "invalidated" likewise.
TEST_CASE("measures: a court striking down or invalidating a measure lifts it") {
    auto ms = measures_of("The Supreme Court struck down Norland's emergency tariffs on Friday.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "lifted");
    ms = measures_of("The court invalidated the 25% duties on Canadian lumber.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "lifted");
    ms = measures_of("Norland and Vexland struck a trade deal on Friday.");
    const np::Measure* d = first_of(ms, "deal");
    REQ_PTR(d);
    CHECK(d->status != "lifted");
}

// Explainer phrasings that lost the measure's parts: "the tariff threatened on Japanese goods"
// (a participle between the noun and "on": no goods, no target), "the tariffs imposed on its
// exports by Washington" (the agent in the goods), "buy 100 U.S.-made Boeing aircraft" (goods
// cut at the hyphen: "100 U.S"), "• Steel and aluminum remain subject to a 50% tariff" (the
// bullet in the goods), "Autos and auto parts will also face 15%" (a bare rate faced: none).
TEST_CASE("measures: participle before the object, its agent, a glued hyphen, a bullet, a bare rate faced") {
    auto ms = measures_of("The deal lowers the tariff threatened on Japanese goods.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "Japanese goods");
    CHECK(t->target_name == "Japan");
    ms = measures_of("Vexland retaliated against the tariffs imposed on its exports by Norland.");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "its exports");
    CHECK(t->imposer_name == "Norland");
    ms = measures_of("Japan will buy 100 U.S.-made Boeing aircraft.");
    const np::Measure* p = first_of(ms, "purchase");
    REQ_PTR(p);
    CHECK(p->goods == "100 U.S.-made Boeing aircraft");
    ms = measures_of("What is left?\n\u2022 Steel and aluminum remain subject to a 50% U.S. tariff.\n");
    t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "Steel and aluminum");
    ms = measures_of("The tariff deal sets 15% on most goods. Autos and auto parts will also face 15%, instead of 27.5%.");
    bool autos = false;
    for (const auto& m : ms) autos |= m.goods == "Autos and auto parts" && m.has_rate && m.rate_value == 15.0;
    CHECK(autos);
}

// A steel article's phrasings (4 Dec, 31st session): "the tariff-rate quota" was a tariff lowered;
// "countries that do not have a free trade agreement with X" a deal; "Imports above the quota will
// face a 50% tariff" had the goods "quota" (the walk stopped at "Imports", a verb form too, then
// at "above"); "tariffs of 100% on Canadian canola oil and 25% on pork" lost the target of the
// second rate.
TEST_CASE("measures: a tariff-rate quota, a deal that is not there, a threshold in what faces a measure") {
    auto ms = measures_of("Canada will lower the tariff-rate quota for steel imports.");
    CHECK(first_of(ms, "tariff") == nullptr);
    const np::Measure* q = first_of(ms, "quota");
    REQ_PTR(q);
    CHECK(q->change_direction == "lower");
    ms = measures_of("Countries that do not have a free trade agreement with Norland face a 25% tariff. "
                     "Vexland, which has no trade deal with Norland, faces a 10% tariff. "
                     "Nations without a trade deal face higher rates.");
    CHECK(first_of(ms, "deal") == nullptr);
    CHECK(first_of(ms, "tariff") != nullptr);
    ms = measures_of("Norland and Vexland have a trade deal that cut tariffs to 15%.");
    CHECK(first_of(ms, "deal") != nullptr);
    ms = measures_of("Imports above the quota will face a 50% tariff.");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "Imports above the quota");
    ms = measures_of("China retaliated with tariffs of 100% on Canadian canola oil and 25% on pork and seafood.");
    bool pork = false;
    for (const auto& m : ms) pork |= m.goods == "pork and seafood" && m.target_name == "Canada" && m.rate_value == 25.0;
    CHECK(pork);
    ms = measures_of("The U.S. imposed tariffs of 30% on South Africa and 25% on steel.");
    for (const auto& m : ms)
        if (m.goods == "steel") CHECK(m.target_name.empty());  // (after a place alone: whose steel is not said)
}

// "Canada will impose a 25% surtax on steel from China" ... "Canada imposed a 25% tariff on
// Chinese steel last year": the same rate, parties and goods, but the second was put in place at
// a time that is over, and the first is still to come: two measures (they were one, announced,
// with the time "last year").
TEST_CASE("measures: a measure put in place at a past time is not the one still to come") {
    auto ms = measures_of("Canada will impose a 25% surtax on steel products from China, officials said on Wednesday. "
                          "Canada imposed a 25% tariff on Chinese steel last year.");
    const np::Measure* soon = nullptr;
    const np::Measure* past = nullptr;
    for (const auto& m : ms) {
        if (m.kind != "tariff" || m.rate_value != 25.0) continue;
        if (m.status == "announced") soon = &m;
        if (m.status == "in_force") past = &m;
    }
    REQ_PTR(soon);
    REQ_PTR(past);
    CHECK(past->time == "last year");
    CHECK(soon->time != "last year");
}

// A headline and the text under it name one measure in other words: "chip exports" and "exports
// of advanced semiconductors" (trade-lexicon.json's same_goods makes them one good), and the
// text's "new restrictions" (a fresh mention, which never joins an older record) is the news the
// headline reports. The text's goods then stand for the record ("auto levy" / "the 25% tariff
// on Japanese cars"). A headline with no shared goods or rate keeps its own record.
TEST_CASE("measures: a headline's measure and the text's in other words are one") {
    auto ms = measures_of("US tightens curbs on chip exports to China\n\n"
                          "The U.S. on Monday unveiled new restrictions on exports of advanced semiconductors to China.");
    CHECK(count_of(ms, "export_control") == 1);
    const np::Measure* c = first_of(ms, "export_control");
    REQ_PTR(c);
    CHECK(c->goods == "exports of advanced semiconductors");
    ms = measures_of("Tokyo weighs response to auto levy\n\n"
                     "Japan is still pressing Washington to cut the 25% tariff on Japanese cars to 15%.");
    CHECK(count_of(ms, "tariff") == 1);
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "Japanese cars");
    ms = measures_of("US tightens curbs on chip exports to China\n\n"
                     "The U.S. on Monday unveiled new restrictions on exports of soybeans to China.");
    CHECK(count_of(ms, "export_control") == 2);
}

// A live blog: entries under headings of their own. "Trump raised the duty on Chinese goods to
// 20%" in one entry joined the record of "tariffs on a further C$125 billion of goods" from the
// entry before (the latest tariff with no conflicting fact): across a heading that stands on its
// own line, "the duty" reaches back only on positive evidence. The entry's heading "tariffs of up
// to 15% on US farm goods" and its text's "additional tariffs of 10% to 15% on U.S. agricultural
// products" are one measure (a rate at an end of the range; farm = agricultural), with the range.
TEST_CASE("measures: a heading of its own bounds co-reference; a headline's 'up to' rate and the text's range") {
    const std::string text =
        "Live updates: tariffs\n\n"
        "9:30 AM\n\n"
        "Canada hits back with tariffs on US goods\n\n"
        "Canada will impose 25% tariffs on C$30 billion of U.S. imports, with tariffs on a further C$125 billion "
        "of goods to follow in 21 days.\n\n"
        "8:05 AM\n\n"
        "China retaliates with tariffs of up to 15% on US farm goods\n\n"
        "China announced additional tariffs of 10% to 15% on U.S. agricultural products, after Washington "
        "raised the duty on Chinese goods to 20% from 10%.\n";
    auto ms = measures_of(text);
    const np::Measure* raised = nullptr;
    size_t farm = 0;
    for (const auto& m : ms) {
        if (m.has_change_to && m.change_to == 20.0) raised = &m;
        if (m.imposer_name == "China" && m.kind == "tariff") {
            ++farm;
            CHECK(m.has_rate_max);
            CHECK(m.rate_value == 10.0);
            CHECK(m.rate_max == 15.0);
        }
    }
    REQ_PTR(raised);
    CHECK(raised->goods.find("C$125") == std::string::npos);
    CHECK(raised->time != "in 21 days");
    CHECK(farm == 1);
}

// An explainer's questions are headings of their own too, but "The tariffs take effect on June 4"
// under one names nothing itself: it is still the measure the article is about, and joins it
// (the heading bound above had left it out of the record).
TEST_CASE("measures: a bare 'the tariffs' under an explainer's question joins the article's measure") {
    auto ms = measures_of("What to know about the new steel tariffs\n\n"
                          "Norland on Monday raised its tariff on imported steel to 50% from 25%.\n\n"
                          "When do they take effect?\n\n"
                          "The tariffs take effect on June 4.\n");
    CHECK(count_of(ms, "tariff") == 1);
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->history.size() >= 3);
}

TEST_CASE("measures: what came before the news is history; a relative clause set off after the measure") {
    auto ms = measures_of("Norland approves tariffs of up to 40% on cars\n\n"
                          "Norland's parliament on Tuesday approved tariffs of up to 40% on imports of cars from Valdoria.\n\n"
                          "The measure, which passed 80-12, will take effect on March 1.\n\n"
                          "Valdoria had opened an anti-dumping investigation into Norland pork in May, after Norland "
                          "first proposed the duties.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    // "after Norland first proposed the duties": Norland's own duties (not Valdoria's, the
    // sentence's subject), and what they were before the vote, not their status now
    CHECK(count_of(ms, "tariff") == 1);
    CHECK(t->imposer_name == "Norland");
    CHECK(t->status == "announced");
    CHECK(t->time == "on March 1");  // past the clause "which passed 80-12"
    // a relative clause with a time of its own gives it
    auto deal = measures_of("Acme Corp said it signed a supply agreement with Zenith Inc.\n\n"
                            "Under the agreement, which runs through 2031, Acme will sell Zenith 30,000 tonnes a year.\n");
    const np::Measure* d = first_of(deal, "deal");
    REQ_PTR(d);
    CHECK(d->time == "through 2031");
    // the clause's own subject, past an adverb
    auto after = measures_of("Valdoria opened an investigation into Norland pork in May, after Norland first proposed "
                             "duties on Valdorian cars.\n");
    const np::Measure* a = first_of(after, "tariff");
    REQ_PTR(a);
    CHECK(a->imposer_name == "Norland");
    // "a 1986 agreement" names an agreement, not the time of the measure
    auto why = measures_of("Washington imposed 100% tariffs on Norland computers because of Norland's failure to "
                           "honour a 1986 agreement on chips.\n");
    const np::Measure* w = first_of(why, "tariff");
    REQ_PTR(w);
    CHECK(w->time.empty());
    // nor "two days" when it counts from another event
    auto span = measures_of("Norland imposed a 20% tariff on Valdorian steel two days after Valdoria widened its "
                            "curbs on chip sales.\n");
    const np::Measure* sp = first_of(span, "tariff");
    REQ_PTR(sp);
    CHECK(sp->time.empty());
}

TEST_CASE("measures: what is added to a list does not list it; a nationality before a plural is no 'its'") {
    auto ms = measures_of("The Ministry of Commerce said exporters would need a licence for shipments of gallium to "
                          "Norland. Fifteen Canadian companies were added to its unreliable entity list.\n");
    REQUIRE(!ms.empty());
    for (const auto& m : ms) CHECK(m.imposer_name != "Canada");
    // (a nationality before a singular noun still is: "Norwegian production stayed below its quota")
    auto q = measures_of("Norwegian production stayed below its quota of 4.1 million barrels per day.\n");
    const np::Measure* quota = first_of(q, "quota");
    REQ_PTR(quota);
    CHECK(quota->imposer_name == "Norway");
}

TEST_CASE("measures: 'the rate will also apply to X' extends the measure; its auxiliary gives the status") {
    auto ms = measures_of("Norland will impose a 15% tariff on most Valdorian goods.\n\n"
                          "The 15% rate will also apply to cars, which currently face a 27.5% levy, she said.\n");
    const np::Measure* fifteen = nullptr;
    for (const auto& m : ms)
        if (m.has_rate && m.rate_value == 15.0) fifteen = &m;
    CHECK(count_of(ms, "tariff") == 2);  // 15% and the 27.5% levy on cars now
    REQ_PTR(fifteen);
    CHECK(fifteen->goods == "most Valdorian goods");
    CHECK(fifteen->history.size() == 2);
    // alone, "will apply to" plans it; "applies to" is in force
    auto plan = measures_of("A 10% duty will apply to Norland cars.\n");
    REQUIRE(!plan.empty());
    CHECK(plan[0].status == "announced");
    auto now = measures_of("A 10% duty now applies to Norland cars.\n");
    REQUIRE(!now.empty());
    CHECK(now[0].status == "in_force");
}

TEST_CASE("measures: resuming purchases; an office's duties; a meeting after which something was said") {
    auto buy = measures_of("Valdoria will suspend its export controls on gallium and resume purchases of Norland soybeans.\n");
    const np::Measure* p = first_of(buy, "purchase");
    REQ_PTR(p);
    CHECK(p->imposer_name == "Valdoria");
    CHECK(p->status == "announced");
    CHECK(first_of(measures_of("Acme Corp said Jane Doe stepped down from her duties as chairman of the board.\n"),
                   "tariff") == nullptr);
    CHECK(first_of(measures_of("Zenith Inc said its founder will resume the duties of president.\n"), "tariff") == nullptr);
    // ("duties of 25%" is still a tariff)
    CHECK(first_of(measures_of("Norland imposed duties of 25% on Valdorian steel.\n"), "tariff") != nullptr);
    auto said = measures_of("Norland will cut its tariff on Valdorian goods to 10% from 20%, its president said after the "
                            "two leaders met in Geneva.\n");
    const np::Measure* t = first_of(said, "tariff");
    REQ_PTR(t);
    CHECK(t->reason.empty());
}

TEST_CASE("measures: 'tariff talks' and a 'tariff truce' are no tariff") {
    CHECK(first_of(measures_of("Norland and Valdoria held tariff talks on Monday.\n"), "tariff") == nullptr);
    auto truce = measures_of("Norland and Valdoria agree to extend tariff truce for another 90 days\n");
    CHECK(first_of(truce, "tariff") == nullptr);
    CHECK(first_of(truce, "deal") != nullptr);
    // (the measure still: "tariff rates", "tariff hikes")
    CHECK(first_of(measures_of("Norland raised tariff rates on Valdorian steel to 25%.\n"), "tariff") != nullptr);
}

TEST_CASE("measures: 'Beijing levies 10% on U.S. imports' is a levy in force at that rate") {
    auto ms = measures_of("Norland charges a 30% tariff on most Valdorian goods, while Valdoria levies 10% on Norland imports.\n");
    const np::Measure* ten = nullptr;
    for (const auto& m : ms)
        if (m.has_rate && m.rate_value == 10.0) ten = &m;
    REQ_PTR(ten);
    CHECK(ten->status == "in_force");
    CHECK(ten->imposer_name == "Valdoria");
}

TEST_CASE("measures: goods after 'took effect in April on'; a second verb ends a purchase's goods") {
    auto ms = measures_of("The deal reduces the 25% tariff that took effect in April on Valdorian autos.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "Valdorian autos");
    const np::Measure* d = first_of(ms, "deal");
    REQ_PTR(d);
    CHECK(d->goods.empty());  // (the clause is the tariff's, not the deal's)
    auto buy = measures_of("Valdoria will also buy 100 Norland aircraft and invest $550 billion in Norland.\n");
    const np::Measure* p = first_of(buy, "purchase");
    REQ_PTR(p);
    CHECK(p->goods == "100 Norland aircraft");
}

TEST_CASE("measures: a headline's rate that is the level the text's change reaches is one measure") {
    auto ms = measures_of("Valdoria hits back at 50% Norland tariff\n\n"
                          "Norland doubled tariffs on Valdorian goods to 50% on Wednesday. The additional 25% duty takes "
                          "effect on August 27.\n");
    CHECK(count_of(ms, "tariff") == 1);
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->has_change_to);
    CHECK(t->change_to == 50.0);
    CHECK(t->goods == "Valdorian goods");
}

// "Valdoria, Norland strike deal on investment, tariffs cut to 15%" over "Norland will lower
// tariffs on Valdorian cars to 15%": the headline's change to a level is the text's change.
TEST_CASE("measures: a headline's change to a level and the text's same change are one measure") {
    auto ms = measures_of("Valdoria, Norland strike deal on $350 billion investment, tariffs cut to 15%\n\n"
                          "Valdoria and Norland have agreed on a trade deal under which Norland will lower tariffs on "
                          "Valdorian cars to 15%, a senior official said on Wednesday.\n");
    CHECK(count_of(ms, "tariff") == 1);
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->change_to == 15.0);
    CHECK(t->goods == "Valdorian cars");
}

TEST_CASE("measures: a headline's 'LNG imports' and the text's liquefied natural gas are one ban; an adverb ends goods") {
    auto ms = measures_of("Valdoria bans LNG imports from Norland from 2027\n\n"
                          "Valdoria on Thursday approved a ban on imports of Norland liquefied natural gas that will start "
                          "in January 2027.\n\n"
                          "It will also raise tariffs on Norland fertilisers gradually to about 430 euros per tonne by 2028.\n");
    CHECK(count_of(ms, "ban") == 1);
    const np::Measure* f = with_goods(ms, "Norland fertilisers");
    CHECK(f != nullptr);
}

TEST_CASE("measures: 'the bloc' is the trade bloc named last") {
    auto ms = measures_of("The European Union approved new sanctions on Norland on Thursday. Separately, the bloc plans to "
                          "cut the quota for Valdorian sugar imports to 109,000 tonnes.\n");
    const np::Measure* q = first_of(ms, "quota");
    REQ_PTR(q);
    CHECK(q->imposer_name == "European Union");
}

// "The 27-nation bloc had already suspended ...": the bloc with its size before it.
TEST_CASE("measures: 'the 27-nation bloc' is the trade bloc named last") {
    const np::Measure m = np::test::first_measure(
        "The European Union said it was ready to act. The 27-nation bloc had already suspended a first package "
        "of tariffs on U.S. imports for 90 days.", "tariff");
    CHECK(m.imposer_name == "European Union");
    CHECK(m.status == "suspended");
}

TEST_CASE("measures: an explainer's list of partners and rates under a sentence about tariffs") {
    auto ms = measures_of("Norland's president on Thursday signed an order setting new tariff rates for dozens of trading "
                          "partners. Here are the key rates:\n\n"
                          "\xE2\x80\xA2 Switzerland: 39%, up from 31% announced in April\n"
                          "\xE2\x80\xA2 Canada: 35% on goods not covered by the USMCA, up from 25%\n"
                          "\xE2\x80\xA2 Brazil: 10%, on top of a separate 40% levy\n"
                          "\xE2\x80\xA2 Taiwan: 20%\n");
    size_t listed = 0;
    for (const auto& m : ms) {
        if (m.target_name == "Switzerland") {
            ++listed;
            CHECK(m.has_change_to);
            CHECK(m.change_to == 39.0);
            CHECK(m.rate_value == 31.0);
        }
        if (m.target_name == "Canada") {
            ++listed;
            CHECK(m.goods == "goods not covered by the USMCA");
        }
        // (its 10%, and the separate 40% levy of its line)
        if (m.target_name == "Brazil") {
            ++listed;
            CHECK((m.rate_value == 10.0 || m.rate_value == 40.0));
        }
        if (m.target_name == "Taiwan") {
            ++listed;
            CHECK(m.rate_value == 20.0);
            CHECK(m.status == "announced");
        }
    }
    CHECK(listed == 5);
    // (no tariff before the list: a list of results is no measure)
    auto scores = measures_of("The group stage ended on Sunday. Final standings:\n\nBrazil: 9 points\nCanada: 6 points\n"
                              "Switzerland: 45%\n");
    CHECK(scores.empty());
}

TEST_CASE("measures: a government that will stop exporting or buying something; not a quake that stops exports") {
    auto ms = measures_of("Chile said on Thursday it would stop exporting rare earth magnets to Peruvian defence firms.\n");
    const np::Measure* c = first_of(ms, "export_control");
    REQ_PTR(c);
    CHECK(c->imposer_name == "Chile");
    CHECK(c->goods == "rare earth magnets to Peruvian defence firms");
    CHECK(c->status == "announced");
    auto buy = measures_of("Norland agreed to stop buying Valdorian oil.\n");
    CHECK(first_of(buy, "ban") != nullptr);
    CHECK(measures_of("The earthquake will stop crude exports for five months.\n").empty());
    CHECK(measures_of("Cairo stopped repaying Moscow for arms purchases in 1977.\n").empty());
}

TEST_CASE("measures: a plural noun opening the sentence is what faces the measure; a party is not") {
    auto ms = measures_of("Buses will face a 10 per cent duty, the president said.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "Buses");
    auto party = measures_of("Investors will face a 10 per cent duty, the president said.\n");
    const np::Measure* p = first_of(party, "tariff");
    REQ_PTR(p);
    CHECK(p->goods.empty());
}

TEST_CASE("measures: 'export rules' are export controls; a vowed measure is a threat, a vow to veto is none") {
    auto ms = measures_of("Japan tightens chip export rules as Seoul vows countermeasures.\n");
    const np::Measure* c = first_of(ms, "export_control");
    REQ_PTR(c);
    CHECK(c->imposer_name == "Japan");
    const np::Measure* o = first_of(ms, "other");
    REQ_PTR(o);
    CHECK(o->status == "threatened");
    CHECK(o->imposer_name != "Japan");
    // ("has vowed to veto any tax increase": the veto is no measure, the vow not its verb)
    auto veto = measures_of("The governor has repeatedly vowed to veto any tax increase passed by the assembly.\n");
    for (const auto& m : veto) CHECK(m.status != "threatened");
}

TEST_CASE("measures: 'once' ends the goods") {
    auto ms = measures_of("The president-elect has threatened a 60% tariff on all Mexican imports once he takes office.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "all Mexican imports");
    CHECK(t->status == "threatened");
}

TEST_CASE("measures: a second verb after 'and' and a time keeps its subject past a relative clause") {
    auto ms = measures_of("Canada has kept tariffs of 25% on Chinese goods that were first imposed by the previous "
                          "government, and in May raised duties on Chinese electric vehicles to 100%.\n");
    size_t seen = 0;
    for (const auto& m : ms) {
        if (m.goods == "Chinese goods") {
            ++seen;
            CHECK(m.time.empty());  // ("in May" is the second verb's)
        }
        if (m.goods == "Chinese electric vehicles") {
            ++seen;
            CHECK(m.imposer_name == "Canada");
            CHECK(m.time == "in May");
        }
    }
    CHECK(seen == 2);
    auto pair = measures_of("Chile kept its tariffs on steel and in May raised duties on copper to 30%.\n");
    REQUIRE(count_of(pair, "tariff") == 2);
    for (const auto& m : pair)
        if (m.goods == "steel") CHECK(m.time.empty());
}

TEST_CASE("measures: a clause from 'after' with its own subject is not qualified by the words before it") {
    auto ms = measures_of("The proposal comes weeks after Chile tightened its steel quotas and imposed a 25% surtax on "
                          "imports from Asia.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name == "Chile");
    CHECK(t->status == "in_force");
}

TEST_CASE("measures: what had been due to take effect is the background of a pause") {
    auto ms = measures_of("The president agreed on Monday to pause for 30 days the 25% tariffs on Colombian goods. "
                          "The duties had been due to take effect on Tuesday.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "suspended");
    CHECK(t->history.size() == 2);
}

TEST_CASE("measures: a ministry after its country's possessive is that government; a fronted past time parts measures") {
    auto ms = measures_of("Peru expands export controls on copper technologies\n\n"
                          "Peru's Ministry of Commerce on Thursday announced export controls on copper mining and "
                          "smelting technologies. The controls take effect on Nov. 8.\n\n"
                          "Earlier this year, Peru imposed licensing requirements on exports of copper ore in response "
                          "to Chilean tariffs.\n");
    REQUIRE(count_of(ms, "export_control") == 2);
    for (const auto& m : ms) {
        if (m.kind != "export_control") continue;
        CHECK(m.imposer_name == "Peru");
        if (m.time == "Earlier this year") CHECK(m.goods == "exports of copper ore");
        else CHECK(m.status == "announced");
    }
    // (the fronted time is the main clause's, not the tariffs' it answers)
    for (const auto& m : ms)
        if (m.kind == "tariff") CHECK(m.time.empty());
}

TEST_CASE("measures: what a country wants done is a wish, and the goods it calls its own make it the target") {
    auto ms = measures_of("Peru wants the 25% penalty removed before any deal is signed, officials said.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "unknown");
    CHECK(t->change_direction == "remove");
    const np::Measure* d = first_of(ms, "deal");
    REQ_PTR(d);
    CHECK(d->change_direction != "remove");  // ("removed" is the penalty's, before "before")
    auto own = measures_of("Peru also wants lower duties on its copper and fishmeal.\n");
    const np::Measure* o = first_of(own, "tariff");
    REQ_PTR(o);
    CHECK(o->target_name == "Peru");
    CHECK(o->imposer_name.empty());
    // (a time after "until" is no clause: "announced the lifting until December 1989 of import taxes")
    // (import taxes are tariffs)
    auto lift = measures_of("Chile announced the lifting until December 1989 of import taxes on capital goods.\n");
    const np::Measure* l = first_of(lift, "tariff");
    REQ_PTR(l);
    CHECK(l->status == "lifted");
}

TEST_CASE("measures: adding a penalty of a stated size imposes it; adding words does not") {
    auto ms = measures_of("Washington doubled the tariff on Peruvian goods to 50% in August, adding a 25 percentage point "
                          "penalty for Peru's purchases of Venezuelan oil.\n");
    size_t penalties = 0;
    for (const auto& m : ms)
        if (m.kind == "tariff" && m.reason == "Peru's purchases of Venezuelan oil") {
            ++penalties;
            CHECK(m.imposer_name == "United States");
            CHECK(m.status == "in_force");
        }
    CHECK(penalties == 1);
    CHECK(count_of(ms, "tariff") == 2);  // (the penalty is a measure of its own, the doubling another)
    CHECK(measures_of("French experts added the principle of a single tax was clumsy.\n").empty());
}

TEST_CASE("measures: a subject's past verb before the measure governs it; 'confirmed' announces") {
    auto ms = measures_of("Beijing has since opened anti-dumping investigations into Spanish brandy and pork.\n");
    const np::Measure* o = first_of(ms, "other");
    REQ_PTR(o);
    CHECK(o->imposer_name == "China");
    CHECK(o->status == "announced");
    auto c = measures_of("The European Union on Tuesday confirmed definitive duties of up to 35.3% on electric vehicles "
                         "made in Vietnam.\n");
    const np::Measure* t = first_of(c, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name == "European Union");
    CHECK(t->status == "announced");
    // (a figure confirmed is no measure announced)
    auto f = measures_of("Recent Soviet purchases of U.S. corn, which he confirmed at 1.5 mln tonnes, met demand.\n");
    for (const auto& m : f) CHECK(m.status != "announced");
}

TEST_CASE("measures: a measure inside a relative clause takes no time past it; 'the duties' agree in number") {
    auto ms = measures_of("The EU on Tuesday confirmed duties of up to 35% on electric vehicles made in Vietnam.\n\n"
                          "The duties, which come on top of the EU's standard 10% car import duty, will apply for five "
                          "years from Wednesday.\n\n"
                          "Germany voted against the duties in October.\n");
    REQUIRE(count_of(ms, "tariff") == 2);
    for (const auto& m : ms) {
        if (m.kind != "tariff") continue;
        if (m.rate_value == 10.0) {
            CHECK(m.time.empty());
            CHECK(m.history.size() == 1);  // ("the duties" in the last sentence are the 35% duties)
        } else {
            CHECK(m.history.size() == 3);
        }
    }
}

TEST_CASE("measures: a nationality before a compound's plural head is no antecedent of 'its'") {
    auto ms = measures_of("Chile will buy more American farm products and cut tariffs on U.S. cars as it tries to head "
                          "off a 46% tariff on its exports.\n");
    size_t seen = 0;
    for (const auto& m : ms)
        if (m.kind == "tariff" && m.rate_value == 46.0) {
            ++seen;
            CHECK(m.target_name == "Chile");
        }
    CHECK(seen == 1);
}

TEST_CASE("measures: 'sanctions' as a verb after 'and'; an oil price cap; a nationality before a good is its origin") {
    auto ms = measures_of("Norway lowers Russian oil price cap and sanctions shadow fleet tankers\n");
    const np::Measure* cap = first_of(ms, "quota");
    REQ_PTR(cap);
    CHECK(cap->imposer_name == "Norway");
    CHECK(cap->target_name == "Russia");
    CHECK(cap->change_direction == "lower");
    const np::Measure* s = first_of(ms, "sanction");
    REQ_PTR(s);
    CHECK(s->imposer_name == "Norway");
    CHECK(s->goods == "shadow fleet tankers");
    // (the noun stays a noun: "the sanctions regime", "sanctions on")
    auto regime = measures_of("Norway keeps its oil price cap and sanctions on Russian banks.\n");
    const np::Measure* on = first_of(regime, "sanction");
    REQ_PTR(on);
    CHECK(on->goods == "Russian banks");
    auto steel = measures_of("Canada raises Chinese steel tariffs to 25%.\n");
    const np::Measure* t = first_of(steel, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name == "Canada");
    CHECK(t->target_name == "China");
    // (with no subject the nationality still names the measure's country)
    auto fall = measures_of("Japanese auto tariffs will fall to 15%.\n");
    const np::Measure* f = first_of(fall, "tariff");
    REQ_PTR(f);
    CHECK(f->imposer_name == "Japan");
    CHECK(f->change_direction == "lower");
}

TEST_CASE("measures: a deal that removed an uncertainty is no deal lifted; 'would still face' is in force") {
    auto ms = measures_of("Minister Ana Ruiz said the agreement removed \"the biggest uncertainty\" facing exporters.\n");
    CHECK(ms.empty());  // (a bare "the agreement" acting on something is no record; it was a deal "lifted")
    auto ago = measures_of("The ban, imposed a week ago over a pay claim, had prevented the movement of ships.\n");
    const np::Measure* b = first_of(ago, "ban");
    REQ_PTR(b);
    CHECK(b->status == "in_force");
    auto still = measures_of("An analyst warned that steel and aluminum would still face a 50% tariff.\n");
    const np::Measure* t = first_of(still, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "in_force");
}

TEST_CASE("measures: a measure that started, began or kicked in is in force; a start of something else is not") {
    auto ms = measures_of("A separate 25% duty on engines, transmissions and other parts started in May.\n");
    const np::Measure* d = first_of(ms, "tariff");
    REQ_PTR(d);
    CHECK(d->goods == "engines, transmissions and other parts");  // (the verb ends the goods)
    CHECK(d->status == "in_force");
    CHECK(d->time == "in May");
    auto kicked = measures_of("A 12% levy on imported wine kicked in on March 3.\n");
    const np::Measure* k = first_of(kicked, "tariff");
    REQ_PTR(k);
    CHECK(k->goods == "imported wine");
    CHECK(k->status == "in_force");
    auto will = measures_of("The 15% tariff on Korean trucks will begin on Aug. 1.\n");
    const np::Measure* w = first_of(will, "tariff");
    REQ_PTR(w);
    CHECK(w->status == "announced");
    // (talks about a pact that began, a tax that starts at a level, a tender offer a deal
    // calls for: the measure is not what starts)
    auto talks = measures_of("Discussions on the extension of the Rubber Agreement began in Geneva.\n");
    for (const auto& m : talks) CHECK(m.status != "in_force");
    auto level = measures_of("The commission proposes that the tax should start at 300 euros per tonne.\n");
    for (const auto& m : level) CHECK(m.status != "in_force");
}

TEST_CASE("measures: past a relative clause set off by commas, a verb of entry into force is the sentence's own") {
    auto ms = measures_of("The 25% tariff on cars, which Washington announced in March, took effect on April 3.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "in_force");
    CHECK(t->time == "on April 3");
    CHECK(t->imposer_name == "United States");
    auto will = measures_of("The duties on steel, which Ottawa unveiled last month, will come into force on July 1.\n");
    const np::Measure* d = first_of(will, "tariff");
    REQ_PTR(d);
    CHECK(d->status == "announced");
    CHECK(d->time == "on July 1");
    // (a main verb of another kind leaves the clause's status: announced)
    auto other = measures_of("The 25% tariff on cars, which Washington announced in March, worries dealers.\n");
    const np::Measure* o = first_of(other, "tariff");
    REQ_PTR(o);
    CHECK(o->status == "announced");
}

TEST_CASE("measures: what faces a measure 'from' or 'made in' a place: the goods before it, the place its target") {
    auto ms = measures_of("Cars and car parts from the EU face a 25% levy, while most other goods are charged 10%.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->rate_value == 25.0);
    CHECK(t->goods == "Cars and car parts");
    CHECK(t->target_name == "European Union");
    auto made = measures_of("Shoes made in Vietnam could face a 46% tariff.\n");
    const np::Measure* s = first_of(made, "tariff");
    REQ_PTR(s);
    CHECK(s->goods == "Shoes");
    CHECK(s->target_name == "Vietnam");
    CHECK(s->status == "threatened");
    // (a party from a place is no goods)
    auto party = measures_of("Exporters from Brazil face a 50% tariff.\n");
    const np::Measure* p = first_of(party, "tariff");
    REQ_PTR(p);
    CHECK(p->goods.empty());
    CHECK(p->target_name == "Brazil");
}

TEST_CASE("measures: a count of days or months after 'by' is an amount of change, no time") {
    auto ms = measures_of("The bloc delays retaliation against US steel tariffs by 90 days\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->time.empty());
    auto ext = measures_of("Ottawa extended its 25% surtax on Chinese steel by six months.\n");
    const np::Measure* e = first_of(ext, "tariff");
    REQ_PTR(e);
    CHECK(e->time.empty());
    // ("by 2027", "by the end of the year" stay times)
    auto by = measures_of("Canada will cut its 25% tariff on steel by 2027.\n");
    const np::Measure* c = first_of(by, "tariff");
    REQ_PTR(c);
    CHECK(c->time == "by 2027");
}

TEST_CASE("measures: what a penalty comes on top of ends its reason; the country it punishes is its target") {
    auto ms = measures_of("The United States imposed an additional 25% duty in late August as a penalty for India's "
                          "purchases of Russian oil, on top of a 25% tariff that took effect earlier that month.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->reason == "India's purchases of Russian oil");
    CHECK(t->target_name == "India");
    CHECK(t->imposer_name == "United States");
}

TEST_CASE("measures: the transfer of technology, jobs or power is no deal; the transfer of shares is") {
    CHECK(count_of(measures_of("The government invoked an emergency law to prevent the transfer of technology abroad.\n"), "deal") == 0);
    CHECK(count_of(measures_of("Job losses were largely due to the transfer of jobs outside the country.\n"), "deal") == 0);
    CHECK(count_of(measures_of("The transfer of shares to the state fund was completed on Monday.\n"), "deal") == 1);
}

TEST_CASE("measures: what is added to an entity list, by a passive's subject or by name, is the target") {
    auto ms = measures_of("Huawei was placed on the entity list in 2019.\n");
    const np::Measure* t = first_of(ms, "export_control");
    REQ_PTR(t);
    CHECK(t->target_name == "Huawei");
    CHECK(t->status == "in_force");
    auto act = measures_of("The Commerce Department added Huawei Technologies to its entity list in May.\n");
    const np::Measure* a = first_of(act, "export_control");
    REQ_PTR(a);
    CHECK(a->target_name == "Huawei Technologies");
}

TEST_CASE("measures: a rate list's line of several places gives each its record; the line's other measure is on its place") {
    auto ms = measures_of(
        "The president signed an order setting new tariff rates for dozens of partners.\n\n"
        "The White House said countries without agreements would face the rates below:\n\n"
        "\xE2\x80\xA2 Brazil: 10%, on top of a separate 40% levy\n"
        "\xE2\x80\xA2 Laos and Myanmar: 40%\n"
        "\xE2\x80\xA2 Syria: 41%\n");
    size_t laos = 0, myanmar = 0, syria = 0, brazil = 0;
    for (const auto& m : ms) {
        if (m.kind != "tariff") continue;
        laos += m.target_name == "Laos" && m.rate_value == 40.0;
        myanmar += m.target_name == "Myanmar" && m.rate_value == 40.0;
        syria += m.target_name == "Syria" && m.rate_value == 41.0;
        brazil += m.target_name == "Brazil";
    }
    CHECK(laos == 1);
    CHECK(myanmar == 1);
    CHECK(syria == 1);   // (past a line of two places: the list's intro is still found)
    CHECK(brazil == 2);  // (its 10% and the separate 40% levy)
}

TEST_CASE("measures: who prepares for a measure braces for it; who prepares one proposes it") {
    auto ms = measures_of("Automakers are preparing for a 25% tariff on imported cars.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "unknown");
    auto prep = measures_of("The EU is preparing tariffs on 20 billion euros of US goods.\n");
    const np::Measure* p = first_of(prep, "tariff");
    REQ_PTR(p);
    CHECK(p->status == "proposed");
    CHECK(p->imposer_name == "European Union");
}

// A relative clause with no commas between the goods and "face" is skipped to its noun:
// "Canadian goods that do not meet the rules of the pact currently face a 35% tariff" (the
// goods and their place were lost); "Officials said that ..." is a reporting verb's clause.
TEST_CASE("measures: what faces a measure past a relative clause with no commas") {
    auto ms = measures_of(
        "Canadian goods that do not meet the rules of the trade pact currently face a 35% tariff.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->rate_value == 35.0);
    CHECK(t->goods == "Canadian goods");
    CHECK(t->target_name == "Canada");
    auto first = measures_of("Products that contain Chinese steel will face a 25% duty.\n");
    const np::Measure* p = first_of(first, "tariff");
    REQ_PTR(p);
    CHECK(p->goods == "Products");
    auto said = measures_of("Officials said that Canadian goods face a 35% tariff.\n");
    const np::Measure* s = first_of(said, "tariff");
    REQ_PTR(s);
    CHECK(s->goods == "Canadian goods");
}

// "take effect" in the present tense: in force now with no time after it ("New curbs on chip
// exports take effect", a live page's headline), a schedule with one ("take effect on January
// 1"), in either number ("the tariff takes effect on January 1" was in force, "the tariffs take
// effect" announced).
TEST_CASE("measures: 'take(s) effect' is in force now, a schedule with a time after it") {
    struct Case { const char* text; const char* status; };
    const Case cases[] = {
        {"Ruritanian tariffs on Vexland lumber take effect.\n", "in_force"},
        {"The Ruritanian tariff on Vexland lumber takes effect.\n", "in_force"},
        {"Ruritanian tariffs on Vexland lumber take effect immediately.\n", "in_force"},
        {"Ruritanian tariffs on Vexland lumber take effect on January 1.\n", "announced"},
        {"The Ruritanian tariff on Vexland lumber takes effect on January 1.\n", "announced"},
        {"Ruritanian tariffs on Vexland lumber are expected to take effect.\n", "announced"},
    };
    for (const auto& c : cases) {
        auto ms = measures_of(c.text);
        const np::Measure* m = first_of(ms, "tariff");
        CHECK_MESSAGE(m != nullptr, c.text);
        if (m) CHECK_MESSAGE(m->status == c.status, c.text);
    }
}

// A headline's "up to 62%" rounds the end of the text's range "from 18.4% to 62.1%": one measure
// (they were two, the headline's with no status).
TEST_CASE("measures: a headline's rounded 'up to' rate joins the text's range") {
    auto ms = measures_of(
        "Ruritania slaps duties of up to 62% on Vexland plywood\n\n"
        "Ruritania on Monday imposed duties ranging from 18.4% to 62.1% on plywood from Vexland, after an "
        "investigation found exporters were selling below cost.\n");
    size_t n = 0;
    for (const auto& m : ms) {
        if (m.kind != "tariff") continue;
        ++n;
        CHECK(m.has_rate_max);
        CHECK(m.rate_value == 18.4);
        CHECK(m.rate_max == 62.1);
    }
    CHECK(n == 1);
}

// A decision still to be made is a proposal ("has until April to decide whether to impose
// definitive duties"), and "duties, which would normally last five years" uses "last" as a verb:
// no time "last five years" ("the pact, agreed to last July" keeps its time).
TEST_CASE("measures: 'whether to impose' is proposed; the verb 'last' is no time") {
    auto ms = measures_of("The Commission has until April to decide whether to impose definitive duties on Vexland plywood.\n");
    const np::Measure* m = first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->status == "proposed");
    auto last = measures_of("Ruritania imposed duties on Vexland plywood, which would normally last five years.\n");
    const np::Measure* l = first_of(last, "tariff");
    REQ_PTR(l);
    CHECK(l->time.find("last") == std::string::npos);
    auto july = measures_of("Ruritania imposed duties on Vexland plywood last July.\n");
    const np::Measure* j = first_of(july, "tariff");
    REQ_PTR(j);
    CHECK(j->time == "last July");
}

// "most tariffs on cars were eliminated in 2016" names a class of measures (under a trade pact),
// never the planned 25% car tariff the story is about: a record of its own (the planned tariff
// read as lifted).
TEST_CASE("measures: a quantified plural ('most tariffs') joins no earlier record") {
    auto ms = measures_of(
        "Vexland is seeking an exemption from a planned 25% Ruritanian tariff on imported cars.\n\n"
        "Vexland and Ruritania have a free trade agreement under which most tariffs on cars were eliminated in 2016.\n");
    const np::Measure* planned = nullptr;
    for (const auto& m : ms)
        if (m.kind == "tariff" && m.has_rate && m.rate_value == 25.0) planned = &m;
    REQ_PTR(planned);
    CHECK(planned->status == "announced");
}

// A request is a wish, not the deed: "we ask the United States to postpone the new tariff"
// suspends nothing, and "the Senate voted to urge the president to impose penalties" imposes none.
TEST_CASE("measures: asking or urging someone to act is a wish") {
    auto a = measures_of("\"In return we ask Ruritania to postpone the new tariff on Vexland shoes for 45 days,\" he said.\n");
    const np::Measure* t = first_of(a, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "unknown");
    auto b = measures_of("The Senate voted 93 to 0 to urge the president to impose penalties on Vexland electronics.\n");
    const np::Measure* s = first_of(b, "sanction");
    REQ_PTR(s);
    CHECK(s->status == "unknown");
}

// "25% tariffs on imports from Canada and Mexico and 10% on goods from China": the elided
// rate's goods come from China, its target (it took Canada's); and a dateline naming a target's
// capital ("WASHINGTON/OTTAWA —") hid the coordinated "and Mexico" (Mexico had no record).
TEST_CASE("measures: an elided rate's goods name their origin; a dateline hides no coordinated target") {
    auto ms = measures_of(
        "WASHINGTON/OTTAWA \xE2\x80\x94 The United States on Saturday ordered 25% tariffs on imports from Canada and "
        "Mexico and 10% on goods from China.\n");
    std::vector<std::string> targets;
    for (const auto& m : ms)
        if (m.kind == "tariff") targets.push_back(m.target_name + " " + std::to_string(int(m.rate_value)));
    std::sort(targets.begin(), targets.end());
    CHECK(targets == std::vector<std::string>{"Canada 25", "China 10", "Mexico 25"});
}

// "Canadian energy exports will face a lower 10% duty": after an article "lower" is an adjective,
// no verb governing the measure (its subject became the imposer, the goods were lost); nor is "a
// lower effective tax rate" a tax being lowered.
TEST_CASE("measures: 'a lower' rate is an adjective, no verb of change") {
    auto ms = measures_of("Canadian energy exports will face a lower 10% duty.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->imposer_name.empty());
    CHECK(t->target_name == "Canada");
    CHECK(t->goods == "Canadian energy exports");
    auto tax = measures_of("Raytheon said a 10 pct rise in its first quarter net reflected a lower effective tax rate.\n");
    CHECK(tax.empty());
}

// "The U.S. president said on Saturday he would impose a 30% tariff": the unnamed title holder
// opening the sentence is the pronoun's antecedent, and his country imposes (the last person
// named before, a European official, was taken).
TEST_CASE("measures: 'he' after an unnamed title holder opening the sentence is that title's country") {
    auto ms = measures_of(
        "\"We will prepare further countermeasures,\" Commission President Ursula Fischer said.\n\n"
        "The U.S. president said on Saturday he would impose a 30% tariff on imports from the EU from August 1.\n");
    const np::Measure* t = nullptr;
    for (const auto& m : ms)
        if (m.kind == "tariff" && m.has_rate && m.rate_value == 30.0) t = &m;
    REQ_PTR(t);
    CHECK(t->imposer_name == "United States");
}

// "German carmakers, which face a 25% U.S. tariff on vehicles": the place of the nouns before
// the clause is the target (a name right before the comma was needed).
TEST_CASE("measures: the place of the nouns before ', which face' is the target") {
    auto ms = measures_of("German carmakers, which face a 25% U.S. tariff on vehicles, urged the Commission to act.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->target_name == "Germany");
    CHECK(t->imposer_name == "United States");
}

// "The penalty comes on top of a 25% reciprocal tariff that took effect last week": what a
// measure comes on top of, named with "a", is another measure (it joined the new penalty).
TEST_CASE("measures: what a penalty comes on top of is another measure") {
    auto ms = measures_of(
        "Vexland said it would keep buying oil despite a new 25% Ruritanian tariff penalty.\n\n"
        "The penalty comes on top of a 25% reciprocal tariff that took effect last week.\n");
    size_t tariffs = 0;
    for (const auto& m : ms) tariffs += m.kind == "tariff";
    CHECK(tariffs == 2);
}

// "Russian oil purchases" are India's purchases of Russian oil, "Indonesian palm oil purchases"
// Indonesia's own: a nationality before a purchase's good names neither buyer nor seller surely
// (Russia was read as the buyer).
TEST_CASE("measures: a nationality before a purchase's good is no buyer") {
    auto ms = measures_of("Vexland rejects pressure over Russian oil purchases\n");
    const np::Measure* p = first_of(ms, "purchase");
    REQ_PTR(p);
    CHECK(p->imposer_name.empty());
}

// "on Jan. 1, 2024", "until May 28, 1988": the year after the day's comma is part of the time
// (it was cut at the day); "on January 1, a day later" has none.
TEST_CASE("measures: a date's year after the day's comma is part of the time") {
    auto ms = measures_of("Vexland abolished all its industrial tariffs on Jan. 1, 2024.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->time == "on Jan. 1, 2024");
    auto b = measures_of("Vexland abolished all its industrial tariffs on January 1, a day later.\n");
    const np::Measure* u = first_of(b, "tariff");
    REQ_PTR(u);
    CHECK(u->time == "on January 1");
}

// "duties of 10% to 15% on U.S. coal, liquefied natural gas, crude oil and farm machinery": a
// list's items may be three words long (the goods stopped at "U.S. coal"); and "a 34% tariff on
// all U.S. goods" names its goods, no anaphor of the last good named ("chicken").
TEST_CASE("measures: a list of three-word goods; goods of a place are no anaphor") {
    auto ms = measures_of("Vexland responds with duties of 10% to 15% on U.S. coal, liquefied natural gas, crude oil and "
                          "farm machinery.\n");
    const np::Measure* t = first_of(ms, "tariff");
    REQ_PTR(t);
    CHECK(t->goods == "U.S. coal, liquefied natural gas, crude oil and farm machinery");
    auto b = measures_of("Vexland imposed a 15% tariff on U.S. chicken, wheat and corn.\n\n"
                         "Ruritania matched it with a 34% tariff on all U.S. goods.\n");
    bool all_goods = false;
    for (const auto& m : b) all_goods |= m.has_rate && m.rate_value == 34.0 && m.goods == "all U.S. goods";
    CHECK(all_goods);
}

// "a trade deal last month, under which tariffs on UK steel were to fall to zero": a deal's
// term is a measure of its own (it joined the doubled steel duties, giving them a level of 0).
TEST_CASE("measures: a deal's term under 'under which' joins no earlier record") {
    auto ms = measures_of(
        "Exporters face a 50% tariff from Wednesday after the president doubled duties on foreign steel.\n\n"
        "Vexland had expected to be spared after the two countries agreed a trade deal last month, under which "
        "tariffs on Vexland steel were to fall to zero within a quota.\n");
    for (const auto& m : ms)
        if (m.change_direction == "double") CHECK(!(m.has_change_to && m.change_to == 0.0));
    bool zero = false;
    for (const auto& m : ms) zero |= m.has_change_to && m.change_to == 0.0 && m.change_direction == "lower";
    CHECK(zero);
}

// "cuts tariff to 10% after leaders' talks": whose talks they were does not make a meeting a
// cause; "meant to protect jobs, not to punish any country": a purpose denied is no reason (the
// purpose stated before it is).
TEST_CASE("measures: 'after leaders' talks' and 'not to punish' give no reason") {
    const auto tariff_of = [](const char* text) { return np::test::first_measure(text, "tariff"); };
    np::Measure m = tariff_of("Ruritania cut its tariff on Osterlich goods to 10% after leaders' talks.");
    CHECK(m.change_to == 10);
    CHECK(m.reason.empty());
    m = tariff_of("Ruritania cut its tariff on Osterlich goods to 10% after the two presidents' meeting.");
    CHECK(m.reason.empty());
    m = tariff_of("Cars from Osterlich will face a 50% tariff, up from 20%. The minister said the measure is meant to "
                  "protect jobs, not to punish any country.");
    CHECK(m.rate_value == 20);
    CHECK(m.reason == "protect jobs");
    m = tariff_of("Ruritania imposed a 30% tariff on Osterlich steel to punish Osterlich for its subsidies.");
    CHECK(m.reason == "Osterlich for its subsidies");
}

// "would remain suspended at 10% for another year": still paused, not in force; "will be
// applied": a plan; "proposed ... to cut the volume of steel that can enter ... and to raise the
// duty": the relative clause does not hide the proposal.
TEST_CASE("measures: 'remain suspended', 'will apply' and a proposal past a relative clause") {
    const auto tariff_of = [](const char* text) { return np::test::first_measure(text, "tariff"); };
    np::Measure m = tariff_of(
        "The ministry said the reciprocal tariff of 34% on Chinese goods would remain suspended for another year.");
    CHECK(m.rate_value == 34);
    CHECK(m.status == "suspended");
    m = tariff_of("The 25% tariff on Chinese goods remains in place.");
    CHECK(m.status == "in_force");
    m = tariff_of("Chip tariffs on Korean goods will be no higher than those applied to Japan.");
    CHECK(m.target_name == "South Korea");
    CHECK(m.status == "announced");
    m = tariff_of("The European Commission proposed on Tuesday to cut the volume of steel that can enter the bloc "
                  "tariff-free and to raise the duty on imports above those quotas to 50% from 25%.");
    CHECK(m.rate_value == 25);
    CHECK(m.status == "proposed");
}

// A framework deal's terms: "will cap tariffs on most EU goods, including cars and lumber, at
// 15%" (the verb "cap", the level after the list), "lower its tariff on cars to 15% once the EU
// introduces legislation" (a condition, and no measure of the EU's in force), "eliminate tariffs
// on all U.S. industrial goods and give market access to ..." (a verb ends the goods).
TEST_CASE("measures: 'cap tariffs ... at 15%', 'once X introduces', 'and give' end or shape a term") {
    auto a = np::test::analyze_text("Washington will cap tariffs on most EU goods, including cars and lumber, at 15%.");
    REQUIRE(!a.documents[0].measures.empty());
    if (a.documents[0].measures.empty()) return;
    const auto& cap = a.documents[0].measures[0];
    CHECK(cap.rate_value == 15);
    CHECK(cap.imposer_name == "United States");
    CHECK(cap.status == "announced");
    auto b = np::test::analyze_text(
        "The U.S. will lower its tariff on European cars and car parts to 15% from 27.5% once the EU introduces "
        "legislation to cut its own duties.");
    bool conditioned = false, eu_in_force = false;
    for (const auto& m : b.documents[0].measures) {
        if (m.goods == "European cars and car parts")
            conditioned = m.condition == "once the EU introduces legislation to cut its own duties";
        if (m.imposer_name == "European Union" && m.status == "in_force") eu_in_force = true;
    }
    CHECK(conditioned);
    CHECK_FALSE(eu_in_force);
    auto c = np::test::analyze_text(
        "The European Union will eliminate tariffs on all U.S. industrial goods and give preferential market access "
        "to some American seafood, the EU said.");
    REQUIRE(!c.documents[0].measures.empty());
    if (c.documents[0].measures.empty()) return;
    CHECK(c.documents[0].measures[0].goods == "all U.S. industrial goods");
}

// "to 10% over several years": how long, no cause; "over concerns about dumping" stays one.
TEST_CASE("measures: 'over several years' is no reason") {
    const auto tariff_of = [](const char* text) { return np::test::first_measure(text, "tariff"); };
    np::Measure m = tariff_of("India would lower its import duty on European cars from 110% to 10% over several years.");
    CHECK(m.change_to == 10);
    CHECK(m.reason.empty());
    m = tariff_of("Ruritania would cut its tariff on cars to 10% over the next five years.");
    CHECK(m.reason.empty());
    m = tariff_of("Canada imposed tariffs on steel over concerns about dumping.");
    CHECK(m.reason == "concerns about dumping");
}

// "raise tariffs on cars from China and other Asian countries to 50%", then "would also increase
// duties on steel, textiles, toys and plastics from those countries": where goods come from is no
// good, so the second measure (no imposer of its own) is not the first one with its goods lost.
TEST_CASE("measures: goods that share only 'countries' are different goods") {
    auto ms = measures_of(
        "Norland's government will raise import tariffs on cars from Valdoria and other Asian countries to 50%, "
        "the economy minister said on Wednesday.\n\n"
        "The proposal would also increase duties on steel, textiles, toys and plastics from those countries.\n");
    CHECK(with_goods(ms, "cars from Valdoria and other Asian countries") != nullptr);
    CHECK(with_goods(ms, "steel, textiles, toys and plastics from those countries") != nullptr);
}

// "extended a safeguard duty of 12% on certain steel products for three more years": a count,
// "more" and a unit are a time, not the goods' tail.
TEST_CASE("measures: 'for three more years' is a time") {
    const np::Measure m = np::test::first_measure(
        "Norland extended a safeguard duty of 12% on certain steel products for three more years.", "tariff");
    CHECK(m.goods == "certain steel products");
    CHECK(m.time == "for three more years");
}

// "Beijing said it would impose an 11% surcharge on Canadian canola oil": a surcharge on goods of a
// place is a tariff (only "import surcharge" was); a fuel surcharge, an insurance surcharge on
// shipments and a company's surcharge on orders are not.
TEST_CASE("measures: a surcharge on a place's goods is a tariff; a fuel or insurance surcharge is not") {
    const np::Measure m = np::test::first_measure(
        "Beijing said it would impose an 11% surcharge on Canadian canola oil from March 20.", "tariff");
    CHECK(m.rate_value == 11.0);
    CHECK(m.imposer_name == "China");
    CHECK(m.target_name == "Canada");
    CHECK(m.goods == "Canadian canola oil");
    for (const char* text : {"Airlines added a fuel surcharge on flights to Valdoria.",
                             "The conference will cut the risk insurance surcharges on shipments to Valdorian ports.",
                             "The company charged a 5% surcharge on orders."})
        CHECK_MESSAGE(measures_of(text).empty(), text);
}

// "raised the basic customs duty on crude palm oil to 20% from zero" ... "The duty on refined palm
// oil was increased to 32.5% from 12.5%": "from zero" is a level of 0% before the change (it read
// as none, and the next sentence's 12.5% filled it), and a change from another level to another
// level is another measure's, though it opens with "The duty".
TEST_CASE("measures: a rise 'from zero'; a change between two other levels is another measure") {
    auto ms = measures_of("Norland has raised the import duty on crude fish oil to 20% from zero. The duty on refined "
                          "fish oil was increased to 32.5% from 12.5%, the notification said.\n");
    const np::Measure* crude = with_goods(ms, "crude fish oil");
    REQ_PTR(crude);
    CHECK(crude->has_rate);
    CHECK(crude->rate_value == 0.0);
    CHECK(crude->change_to == 20.0);
    const np::Measure* refined = with_goods(ms, "refined fish oil");
    REQ_PTR(refined);
    CHECK(refined->rate_value == 12.5);
    CHECK(refined->change_to == 32.5);
    // the same measure's later change starts where the record's ended: one measure
    auto later = measures_of("Norland has raised the import duty on crude fish oil to 20% from 10%. In June the duty was "
                             "increased to 32.5% from 20%.\n");
    CHECK(count_of(later, "tariff") == 1);
}

// "The U.S. Commerce Department on Monday finalized anti-dumping and countervailing duties on solar
// panels made in Cambodia, Malaysia, Thailand and Vietnam": "finalized" (a deal's verb) imposes a
// duty; a body whose name opens with a country acts for that country when the text names it; a
// list of places after "made in" is the goods' origin, each place a target, as after "imported
// from".
TEST_CASE("measures: duties finalized by a country's department on goods made in a list of places") {
    auto ms = measures_of("The Chilean Trade Department on Monday finalized anti-dumping duties on solar panels made in "
                          "Peru, Bolivia, Ecuador and Paraguay. Chile buys most of its panels abroad.\n");
    REQUIRE(count_of(ms, "tariff") == 4);
    std::vector<std::string> targets;
    for (const auto& m : ms) {
        CHECK(m.imposer_name == "Chile");
        CHECK(m.status == "in_force");
        CHECK(m.goods == "solar panels made in Peru, Bolivia, Ecuador and Paraguay");
        targets.push_back(m.target_name);
    }
    CHECK(targets == std::vector<std::string>{"Peru", "Bolivia", "Ecuador", "Paraguay"});
    auto imported = measures_of("Chile imposed duties on solar panels imported from Peru, Bolivia and Ecuador.\n");
    CHECK(count_of(imported, "tariff") == 3);
    // (one name that opens with its country acts for it when the text names the country too, and
    // keeps its own name when not)
    const np::Measure named = np::test::first_measure(
        "The U.S. Commerce Department finalized duties on solar panels made in Peru. The United States buys most of "
        "its panels abroad.", "tariff");
    CHECK(named.imposer_name == "United States");
    const np::Measure alone = np::test::first_measure(
        "The U.S. Commerce Department finalized duties on solar panels made in Peru.", "tariff");
    CHECK(alone.imposer_name == "U.S. Commerce Department");
}

// The last measure of `ms` with a rate (null without one).
const np::Measure* last_with_rate(const std::vector<np::Measure>& ms) {
    const np::Measure* r = nullptr;
    for (const auto& m : ms)
        if (m.has_rate) r = &m;
    return r;
}

// "most Malaysian producers will pay between 14% and 81%", "Britain pays 25% under its deal",
// "face rates of between 10% and 35%": a rate or a range paid or faced, in a story about tariffs,
// is a tariff on the payer; "pay 25% more for cars" is a price, and who pays is no good.
TEST_CASE("measures: a rate or a range paid or faced is a tariff on the payer") {
    const char* lede = "Chile imposed tariffs on Peru in May. ";
    for (const char* text : {"Peruvian producers will pay between 14% and 81%.", "Peruvian exporters face rates of "
                             "between 14% and 81%."}) {
        auto ms = measures_of(std::string(lede) + text + "\n");
        const np::Measure* r = last_with_rate(ms);
        REQ_PTR(r);
        CHECK(r->rate_value == 14.0);
        CHECK(r->has_rate_max);
        CHECK(r->rate_max == 81.0);
        CHECK(r->target_name == "Peru");
        CHECK(r->imposer_name == "Chile");
    }
    auto paid = measures_of(std::string(lede) + "Peru pays 25% under its deal.\n");
    const np::Measure* p = last_with_rate(paid);
    REQ_PTR(p);
    CHECK(p->kind == "tariff");
    CHECK(p->rate_value == 25.0);
    CHECK(p->target_name == "Peru");
    CHECK(p->status == "in_force");
    auto stuck = measures_of(std::string(lede) + "Peruvian producers are stuck paying 25% with no end in sight.\n");
    const np::Measure* st = last_with_rate(stuck);
    REQ_PTR(st);
    CHECK(st->goods.empty());
    CHECK(st->target_name == "Peru");
    auto price = measures_of(std::string(lede) + "Consumers will pay 25% more for cars.\n");
    for (const auto& m : price) CHECK_FALSE(m.has_rate);
}

// "The United States exempts goods that comply with the USMCA pact from its 35% tariff on Canadian
// imports": the tariff the exemption is carved out of is in force (its status was unknown); a
// party that "will exempt" goods may be making a plan.
TEST_CASE("measures: a tariff some goods are exempted from is in force") {
    const np::Measure now = np::test::first_measure(
        "Chile exempts goods that comply with the pact from its 35% tariff on Peruvian imports.", "tariff");
    CHECK(now.rate_value == 35.0);
    CHECK(now.imposer_name == "Chile");
    CHECK(now.status == "in_force");
    const np::Measure later = np::test::first_measure(
        "Chile will exempt goods that comply with the pact from its 35% tariff on Peruvian imports.", "tariff");
    CHECK(later.status != "in_force");
}

// "The suspension could be reversed at any time if the deal unravels": the main clause's verb is
// not done to the deal in the condition (it read as a deal to be removed); "after the European
// Union and the United States reached a trade deal": a pair opening a later clause is the deal's
// two parties (only a pair opening the sentence was read).
TEST_CASE("measures: a verb before 'if' does not govern the condition's measure; a deal's pair after 'after'") {
    auto ms = measures_of("Chile suspended its countermeasures after Chile and Peru reached a trade deal. The suspension "
                          "could be reversed at any time if the deal unravels, he said.\n");
    const np::Measure* deal = first_of(ms, "deal");
    REQ_PTR(deal);
    CHECK(deal->change_direction.empty());
    CHECK(deal->status != "expected_change");
    CHECK(((deal->imposer_name == "Chile" && deal->target_name == "Peru") ||
           (deal->imposer_name == "Peru" && deal->target_name == "Chile")));
    // (a pair that is a preposition's object is no pair of parties)
    auto objects = measures_of("Tariffs on Chile and Peru rose after Bolivia reached a trade deal.\n");
    const np::Measure* d2 = first_of(objects, "deal");
    REQ_PTR(d2);
    CHECK(d2->target_name.empty());
}

// From a probe of my own writing (a country racing to avoid a tariff): "increase purchases of
// American LNG and cooperate on shipbuilding" took "cooperate on shipbuilding" into the goods, and
// "a 25% tariff on its exports" borrowed the purchase's goods as if "its exports" were theirs; "to
// the 15% level granted to Japan" read no level; ", which he raised to 145%" read no change.
TEST_CASE("measures: goods end before a coordinated verb; 'its exports' are the country's; levels named with a noun") {
    auto ms = measures_of("Peru will offer to increase purchases of Chilean copper and cooperate on shipbuilding, as it "
                          "races to avoid a 25% tariff on its exports.\n");
    const np::Measure* buy = first_of(ms, "purchase");
    REQ_PTR(buy);
    CHECK(buy->goods == "Chilean copper");
    const np::Measure* tariff = first_of(ms, "tariff");
    REQ_PTR(tariff);
    CHECK(tariff->goods == "its exports");
    const np::Measure level = np::test::first_measure(
        "Peru hopes to secure a deal that would lower the duty on Peruvian cars, currently 25%, to the 15% level granted "
        "to Bolivia.", "tariff");
    CHECK(level.rate_value == 25.0);
    CHECK(level.has_change_to);
    CHECK(level.change_to == 15.0);
    const np::Measure raised = np::test::first_measure(
        "The curbs were seen as retaliation for President Tom Hale's tariffs on Peru, which he raised to 145% in April.",
        "tariff");
    CHECK(raised.change_direction == "raise");
    CHECK(raised.change_to == 145.0);
    // (a clause about the measure with a subject of its own and no change is not one)
    const np::Measure said = np::test::first_measure(
        "Chile imposed a 10% tariff on Peruvian wine, which Peru said was unfair.", "tariff");
    CHECK_FALSE(said.has_change_to);
}

// "US doubles tariff on coffee, beef to 50%": a headline lists goods with a comma and no "and";
// "The export restrictions" eight sentences after the article's only export control still point
// back to it (a co-reference reached six sentences).
TEST_CASE("measures: a headline's comma list of goods; a rare measure's co-reference reaches further") {
    const np::Measure h = np::test::first_measure("Chile doubles tariff on coffee, beef to 50%\n\nBody.", "tariff");
    CHECK(h.goods == "coffee, beef");
    CHECK(h.change_to == 50.0);
    std::string text = "Chile halts exports of copper cathodes to Peru\n\nSANTIAGO, June 4 - Chile required licences "
                       "for copper cathodes, officials said on Wednesday.\n\n";
    for (int i = 0; i < 8; ++i) text += "Mining output fell in the north of the country in the first quarter. ";
    text += "\n\nThe export restrictions, announced on April 4, were seen as retaliation for a dispute over water.\n";
    auto ms = measures_of(text);
    CHECK(count_of(ms, "export_control") == 1);
    const np::Measure* c = first_of(ms, "export_control");
    REQ_PTR(c);
    CHECK(c->imposer_name == "Chile");
    CHECK(c->time == "on April 4");
}

// "the European Union was prepared to hit 95 billion euros of U.S. goods with counter-tariffs":
// the verb before its object and "with" imposes the measure, the object is its goods (not the
// value) and the place in it the target; the walk for a verb stopped five words short of "hit".
TEST_CASE("measures: 'hit X of goods with counter-tariffs' imposes them on the goods") {
    const np::Measure m = np::test::first_measure(
        "The government said Chile was prepared to hit 95 billion pesos of Peruvian goods with counter-tariffs if talks "
        "failed.", "tariff");
    CHECK(m.imposer_name == "Chile");
    CHECK(m.target_name == "Peru");
    CHECK(m.goods == "Peruvian goods");
    CHECK(m.change_direction == "impose");
    const np::Measure passive = np::test::first_measure("Chile was hit with tariffs on its copper.", "tariff");
    CHECK(passive.imposer_name.empty());
    CHECK(passive.target_name == "Chile");
}

// "The cuts lower the most-favoured-nation rate on cars ... to 32% from 64%, and on ethanol to 5%
// from 10%" (an MFN cut, in a probe of my own writing): "most-favoured-nation rate" and "MFN rate"
// name a tariff; a list of changes may open with "the"; and the elided item's "from" level is its
// rate, as the first one's is.
TEST_CASE("measures: an MFN rate is a tariff; an elided change keeps its 'from' level") {
    for (const char* text : {"Peru will lower the most-favoured-nation rate on cars to 32% from 64%, and on ethanol to 5% "
                             "from 10%.",
                             "Peru will lower the MFN rate on cars to 32% from 64%, and on ethanol to 5% from 10%."}) {
        auto ms = measures_of(std::string(text) + "\n");
        const np::Measure* cars = with_goods(ms, "cars");
        REQ_PTR(cars);
        CHECK(cars->rate_value == 64.0);
        CHECK(cars->change_to == 32.0);
        const np::Measure* ethanol = with_goods(ms, "ethanol");
        REQ_PTR(ethanol);
        CHECK(ethanol->rate_value == 10.0);
        CHECK(ethanol->change_to == 5.0);
        CHECK(ethanol->imposer_name == "Peru");
    }
    auto plain = measures_of("Peru cut tariffs on frozen chicken legs to 15% from 20% and on almonds to 2% from 5%.\n");
    const np::Measure* almonds = with_goods(plain, "almonds");
    REQ_PTR(almonds);
    CHECK(almonds->has_rate);
    CHECK(almonds->rate_value == 5.0);
}

// "Chile set a tariff-rate quota of 50,000 tonnes", "established a quota", "Japan sets an annual
// beef import quota": the quota had no imposer and no status ("set" and "establish" were no
// verbs of a measure); a deal's terms "established at the time of sale" make no deal.
TEST_CASE("measures: a quota set or established is imposed") {
    for (const char* text : {"Chile set a tariff-rate quota of 50,000 tonnes for Peruvian sugar.",
                             "Chile established a tariff-rate quota of 50,000 tonnes for Peruvian sugar.",
                             "Chile sets an annual sugar import quota."}) {
        const np::Measure m = np::test::first_measure(text, "quota");
        CHECK_MESSAGE(m.imposer_name == "Chile", std::string(text));
        CHECK_MESSAGE(m.status == "in_force", std::string(text));
    }
    CHECK(measures_of("Specific terms of each transaction will be established at the time of sale, the company said.\n")
              .empty());
}

// "launched an anti-dumping investigation into pork imported from the European Union, a move seen
// as retaliation for the bloc's tariffs of up to 35.3% on Chinese electric vehicles" (a probe of
// my own writing): the investigation had no target (only a tariff's goods "imported from" gave
// one), and its reason stopped at "up" (a "to" and a rate after the cause read as the change's).
TEST_CASE("measures: an investigation into goods imported from a place; a cause's 'up to' rate") {
    const np::Measure m = np::test::first_measure(
        "Chile launched an anti-dumping investigation into pork imported from Peru, a move seen as retaliation for "
        "Peru's tariffs of up to 35.3% on Chilean wine.", "other");
    CHECK(m.imposer_name == "Chile");
    CHECK(m.target_name == "Peru");
    CHECK(m.reason == "Peru's tariffs of up to 35.3% on Chilean wine");
}

// "The EU currently charges an 8% tariff on live lobster and up to 20% on processed lobster" (a
// probe of my own writing): the second rate, after "up to", read as a raise of the first tariff to
// 20% and its goods as "live lobster and up"; with "and 20% on" the list was already two
// measures. A bound's words ("up to", "as much as", "about") before a listed rate change nothing.
TEST_CASE("measures: a listed rate after 'up to' is a second measure, not a change") {
    for (const char* text : {"Peru charges an 8% tariff on live crabs and up to 20% on frozen crabs.",
                             "Peru charges an 8% tariff on live crabs and as much as 20% on frozen crabs."}) {
        CAPTURE(text);
        auto ms = measures_of(std::string(text) + "\n");
        const np::Measure* live = with_goods(ms, "live crabs");
        REQ_PTR(live);
        CHECK(live->rate_value == 8.0);
        CHECK_FALSE(live->has_change_to);
        CHECK(live->change_direction.empty());
        const np::Measure* frozen = with_goods(ms, "frozen crabs");
        REQ_PTR(frozen);
        CHECK(frozen->rate_value == 20.0);
        CHECK(frozen->imposer_name == "Peru");
    }
}

// "days after the bloc moved ahead with provisional tariffs of up to 38.1% on Chinese-made electric
// vehicles" (a probe of my own writing): going on with a measure named no imposer and no status;
// "to proceed with tariffs" read as past ("-ed") and so in force.
TEST_CASE("measures: moving ahead or proceeding with a measure imposes it") {
    const np::Measure moved = np::test::first_measure(
        "Peru moved ahead with provisional tariffs of up to 38.1% on Chilean electric buses.", "tariff");
    CHECK(moved.imposer_name == "Peru");
    CHECK(moved.target_name == "Chile");
    CHECK(moved.status == "in_force");
    const np::Measure press = np::test::first_measure("Peru said it would press ahead with a 15% levy on Chilean wine.",
                                                      "tariff");
    CHECK(press.imposer_name == "Peru");
    CHECK(press.status == "announced");
    const np::Measure proceed = np::test::first_measure(
        "Markets fell after a Peruvian decision last week to proceed with tariffs on some Chilean computer products.",
        "tariff");
    CHECK(proceed.status == "announced");
    CHECK(proceed.change_direction == "impose");
}

// "Beijing has previously threatened to target European brandy ... in response to the EV duties"
// (same probe): the sentence's "threatened" made the duties it answers a threat.
TEST_CASE("measures: a threat made in response to a measure does not make that measure a threat") {
    auto ms = measures_of("Lima has previously threatened to target Chilean wine in response to the steel duties.\n");
    REQUIRE_FALSE(ms.empty());
    for (const auto& m : ms) CHECK_MESSAGE(m.status != "threatened", std::string(m.goods));
    auto plain = measures_of("Lima has threatened to impose duties on Chilean wine.\n");
    REQUIRE_FALSE(plain.empty());
    CHECK(plain[0].status == "threatened");
}

// "India will extend a minimum import price on 19 steel products" (a probe of my own writing): it
// was a purchase of "price on 19 steel products" (the verb "import" and a number after it); and
// "quota negotiations" were a quota.
TEST_CASE("measures: a minimum import price is a measure; import prices and quota talks are none") {
    const np::Measure mip =
        np::test::first_measure("Peru will impose a minimum import price on 19 steel products from Chile.", "other");
    CHECK(mip.imposer_name == "Peru");
    CHECK(mip.target_name == "Chile");
    CHECK(mip.goods == "19 steel products from Chile");
    auto stats = measures_of("Peru's import prices on 19 steel products rose 0.4% in March.\n");
    CHECK(first_of(stats, "purchase") == nullptr);
    auto talks = measures_of("Producers will meet in the coming months to decide how to proceed with quota "
                             "negotiations.\n");
    CHECK(first_of(talks, "quota") == nullptr);
}

// A deal story (a probe of my own writing): "reached a trade deal that lowers tariffs on Japanese
// cars to 15% from the 27.5% that took effect in April" had no "from" level (the "the" before
// it), read as in force (the present "lowers") and would have taken April, the old level's time;
// "U.S. tariffs on steel and aluminium, which remain at 50%" had no rate, and "would not include
// any cut to" them made a cut; "an Aug. 1 deadline, after which X has threatened ..." gave the
// deal a reason.
TEST_CASE("measures: a deal's change, its old level, a level in a relative clause, a cut denied") {
    auto ms = measures_of("Peru and Chile reached a trade deal that lowers tariffs on Chilean cars to 15% from the 27.5% "
                          "that took effect in April, officials said on Wednesday.\n\n"
                          "The deal would not include any cut to Peruvian tariffs on Chilean copper, which remain at 50%.\n\n"
                          "The deal comes ahead of an Aug. 1 deadline, after which Peru has threatened to raise other "
                          "tariffs.\n");
    const np::Measure* cars = with_goods(ms, "Chilean cars");
    REQ_PTR(cars);
    CHECK(cars->rate_value == 27.5);
    CHECK(cars->change_to == 15.0);
    CHECK(cars->status == "announced");
    CHECK(cars->time.empty());
    const np::Measure* copper = with_goods(ms, "Chilean copper");
    REQ_PTR(copper);
    CHECK(copper->has_rate);
    CHECK(copper->rate_value == 50.0);
    CHECK(copper->change_direction.empty());
    const np::Measure* deal = first_of(ms, "deal");
    REQ_PTR(deal);
    CHECK(deal->reason.empty());
}

// A tariff-cut decree (a probe of my own writing): "the most-favoured-nation tariff on ethanol will
// be cut to 5% from 10%, on frozen chicken legs to 15% from 20%, and on almonds to 2% from 5%" kept
// only ethanol (a list of changes was read after "and on" alone, one item); "Tariffs on cars with
// engines of 3,000 cc or more will drop to 32% from 64%" had no levels (the "with" phrase used up
// the words the change is read in); and ethanol's change joined the lede's cut on "a range of
// goods including ... cars and ethanol" ("the" before it made it a co-reference).
TEST_CASE("measures: a comma list of changes; goods with a 'with' phrase; an item's own change") {
    auto ms = measures_of(
        "Peru has lowered import tariffs on a range of Chilean goods including natural gas, cars and ethanol, the "
        "government said on Monday.\n\n"
        "Under a decree signed on Friday, the tariff on ethanol will be cut to 5% from 10%, on frozen chicken legs to "
        "15% from 20%, and on almonds to 2% from 5%.\n\n"
        "Tariffs on trucks with engines of 3,000 cc or more will drop to 32% from 64%.\n");
    const struct { const char* goods; double from, to; } kWant[] = {
        {"ethanol", 10, 5}, {"frozen chicken legs", 20, 15}, {"almonds", 5, 2}, {"trucks", 64, 32}};
    for (const auto& w : kWant) {
        const std::string goods = w.goods;
        CAPTURE(goods);
        const np::Measure* m = with_goods(ms, w.goods);
        REQ_PTR(m);
        CHECK(m->rate_value == w.from);
        CHECK(m->change_to == w.to);
    }
    const np::Measure* range = first_of(ms, "tariff");
    REQ_PTR(range);
    CHECK(range->goods.find("a range of Chilean goods") == 0);
    CHECK_FALSE(range->has_rate);
}

// "Canada would keep its 25% counter-tariffs on U.S. steel until Washington lifts its own levies on
// the metals" (a probe of my own writing): the levies in the "until" clause read as announced to be
// lifted; a condition's verb says nothing of its measure's status, as inside "if" and "unless".
TEST_CASE("measures: a measure inside an 'until' clause has no status from its verb") {
    auto ms = measures_of("Peru will keep its 25% counter-tariffs on Chilean wine until Chile lifts its own levies on "
                          "Peruvian copper.\n");
    const np::Measure* wine = with_goods(ms, "Chilean wine");
    REQ_PTR(wine);
    CHECK(wine->status == "in_force");
    const np::Measure* copper = with_goods(ms, "Peruvian copper");
    REQ_PTR(copper);
    CHECK(copper->status == "unknown");
    CHECK(copper->imposer_name == "Chile");
}

// "lowers the price cap on Russian crude oil to $45 a barrel from $60" (a sanctions probe of my
// own writing), and a Reuters story's "increased its duty on crude oil imports to 4.29 dlrs a barrel
// from 3.29 dlrs": a level per unit before a "from" level that leaves its unit out had no levels
// (the "to" one was read only after a "from" one, and a price cap's never).
TEST_CASE("measures: a level per unit before a 'from' level without its unit; a price cap's levels") {
    auto cap = measures_of("The package lowers the price cap on Chilean crude oil to $45 a barrel from $60.\n");
    const np::Measure* c = first_of(cap, "quota");
    REQ_PTR(c);
    CHECK(c->rate_value == 60.0);
    CHECK(c->rate_unit == "dollars per barrel");
    CHECK(c->change_to == 45.0);
    auto duty = measures_of("Peru has increased its duty on crude oil imports to 4.29 dlrs a barrel from 3.29 dlrs, "
                            "effective today. A separate 24.5 pct import tax on crude oil is unchanged.\n");
    const np::Measure* d = with_goods(duty, "crude oil imports");
    REQ_PTR(d);
    CHECK(d->rate_value == 3.29);
    CHECK(d->change_to == 4.29);
    CHECK(d->imposer_name == "Peru");
}

// A graphite story (a probe of my own writing): the headline "China curbs exports of graphite,
// citing national security" named no measure ("curbs" was read as a noun), "will require export
// permits for some graphite products" none either (only "export licences" were), nor "tightened
// rules on exports of advanced chips"; and a headline's cause other than the text's kept the
// headline's measure apart from the text's.
TEST_CASE("measures: 'curbs exports' as a verb; export permits; rules on exports; a headline's other cause") {
    auto ms = measures_of("Peru curbs exports of lithium, citing national security\n\n"
                          "Peru will require export permits for some lithium products from Dec. 1, in response to "
                          "Chilean curbs on copper exports, the trade ministry said.\n\n"
                          "Chile earlier this week tightened rules on exports of refined copper to Peru.\n");
    size_t peru = 0;
    for (const auto& m : ms) peru += m.kind == "export_control" && m.imposer_name == "Peru";
    CHECK(peru == 1);
    const np::Measure* lithium = first_of(ms, "export_control");
    REQ_PTR(lithium);
    CHECK(lithium->imposer_name == "Peru");
    CHECK(lithium->time == "from Dec. 1");
    bool chile = false;
    for (const auto& m : ms) chile = chile || (m.kind == "export_control" && m.imposer_name == "Chile");
    CHECK(chile);
}

// A retaliation story (a probe of my own writing): "in retaliation for Washington's refusal to
// exempt India from higher steel and aluminium duties" gave the duties no sides, and "refused to
// exempt India from its steel duties" made India ("its") their imposer; "the tariff on apples will
// go up to 70% from 50%" had no status ("go up" was no verb of a change).
TEST_CASE("measures: who refuses to exempt a party imposes the measure on it; 'go up to'") {
    const np::Measure refused = np::test::first_measure("Chile refused to exempt Peru from its steel duties.", "tariff");
    CHECK(refused.imposer_name == "Chile");
    CHECK(refused.target_name == "Peru");
    const np::Measure refusal = np::test::first_measure(
        "Peru acted in retaliation for Chile's refusal to exempt Peru from higher steel and aluminium duties.", "tariff");
    CHECK(refusal.imposer_name == "Chile");
    CHECK(refusal.target_name == "Peru");
    const np::Measure apples =
        np::test::first_measure("The tariff on apples will go up to 70% from 50%, a notification said.", "tariff");
    CHECK(apples.status == "announced");
    CHECK(apples.change_to == 70.0);
}

// A steel story (a probe of my own writing): the headline "UK firms face costs as US levy doubles"
// read no change ("doubles", a headline's present, after the measure) and stayed a record of its
// own beside the text's doubling; "UK steel still pays 25% under the deal" had no imposer (a tariff
// with no imposer took the article's one imposer only when two records had it).
TEST_CASE("measures: a headline's 'levy doubles' is the text's doubling; a paying party's tariff takes the one imposer") {
    auto ms = measures_of("Norland firms face costs as Valdoria levy doubles\n\n"
                          "Valdoria doubled its tariffs on imported steel and aluminium to 50% on Wednesday.\n\n"
                          "Norland steel still pays 25% under the deal.\n");
    CHECK(count_of(ms, "tariff") == 2);  // (the headline's levy is the doubled tariffs)
    const np::Measure* steel = with_goods(ms, "imported steel and aluminium");
    REQ_PTR(steel);
    CHECK(steel->change_to == 50.0);
    const np::Measure* paid = with_goods(ms, "Norland steel");
    REQ_PTR(paid);
    CHECK(paid->rate_value == 25.0);
    CHECK(paid->imposer_name == "Valdoria");
    CHECK(paid->target_name == "Norland");
}

// "The UK was spared the increase under a trade deal agreed last month, but the exemption expires
// on 9 July unless the two countries agree on quotas" (a probe of my own writing): the deal took the
// "unless" of the clause after "but" as its condition, and with it read as threatened.
TEST_CASE("measures: a condition after 'but' belongs to that clause") {
    const np::Measure deal = np::test::first_measure(
        "Norland was spared the increase under a trade deal agreed last month, but the exemption expires on "
        "9 July unless the two countries agree on quotas.", "deal");
    CHECK(deal.condition.empty());
    CHECK(deal.status != "threatened");
    const np::Measure only = np::test::first_measure(
        "Valdoria will impose a 25% tariff on Norland steel, but only if talks fail.", "tariff");
    CHECK(only.condition == "if talks fail");
}

// "who has threatened tariffs on countries that regulate American technology firms" (a probe of my
// own writing): the goods were "countries". A kind of party alone is no goods.
TEST_CASE("measures: 'tariffs on countries that ...' have no goods") {
    const np::Measure m =
        np::test::first_measure("Peru has threatened tariffs on countries that regulate Peruvian technology firms.", "tariff");
    CHECK(m.goods.empty());
    CHECK(m.imposer_name == "Peru");
}

// A tariff explainer (a probe of my own writing): "Laos and Myanmar face the highest rate in Asia at
// 40%" and "Vietnam's rate was set at 20%, down from the 46% Trump threatened in April" named no
// measure ("rate" with no tariff word or percentage before it), and "the highest rate" read as a
// co-reference to the order named before. A party's rate or the rate it faces, with its level
// after "at", by a tariff named up to four sentences back (an explainer's questions between), is
// a tariff on that party.
TEST_CASE("measures: a party's rate and the highest rate a party faces, in an explainer") {
    auto ms = measures_of("Valdoria's president signed an order setting new tariff rates for dozens of trading "
                          "partners.\n\nWHICH COUNTRIES FACE THE HIGHEST RATES?\n\n"
                          "Laos and Myanmar face the highest rate in Asia at 40%, followed by Cambodia and Thailand "
                          "at 19%. Norland's rate was set at 20%, "
                          "down from the 46% threatened in April.\n");
    // (the targets of the tariffs at a rate, sorted)
    const auto targets_at = [&](double rate) {
        std::vector<std::string> t;
        for (const auto& m : ms)
            if (m.kind == "tariff" && m.has_rate && m.rate_value == rate) t.push_back(m.target_name);
        std::sort(t.begin(), t.end());
        return t;
    };
    CHECK(targets_at(40.0) == std::vector<std::string>{"Laos", "Myanmar"});
    // (", followed by Cambodia and Thailand at 19%": the next in the ranking)
    CHECK(targets_at(19.0) == std::vector<std::string>{"Cambodia", "Thailand"});
    const np::Measure* norland = nullptr;
    for (const auto& m : ms)
        if (m.target_name == "Norland") norland = &m;
    REQ_PTR(norland);
    CHECK(norland->imposer_name != "Norland");
    CHECK(norland->change_to == 20.0);
    CHECK(norland->rate_value == 46.0);
}

// A factbox's "* European Union: 15% on most goods" gave no record (a list line's place had to be
// a country, and the EU is an organisation), and "Countries not listed face a baseline tariff of
// 10%" joined Brazil's 10% line with the goods "listed": a trade bloc heads a line as a place does,
// and the countries not listed are the rest of the world, no goods.
TEST_CASE("measures: a trade bloc's list line; the countries not listed are the others") {
    auto ms = measures_of(
        "New U.S. tariff rates on imports from dozens of trading partners took effect on Thursday. Here is where the "
        "rates stand:\n\n"
        "* European Union: 15% on most goods.\n"
        "* Chile: 10%, plus a 40% duty.\n\n"
        "Countries not listed face a baseline tariff of 10%.\n");
    size_t eu = 0, chile10 = 0;
    for (const auto& m : ms) {
        if (m.kind != "tariff") continue;
        eu += m.target_name == "European Union" && m.rate_value == 15.0;
        chile10 += m.target_name == "Chile" && m.rate_value == 10.0;
        CHECK(m.goods != "listed");
    }
    CHECK(eu == 1);
    CHECK(chile10 == 1);
}

// "cut the basic customs duty on crude palm oil to 10% from 20%" then, three paragraphs on, "the
// widening of the duty difference" turned the cut into a rise: a later bare direction does not
// overrule the change the record's own levels tell.
TEST_CASE("measures: a later bare direction does not overrule the levels' change") {
    const auto ms = measures_of(
        "Chile has cut the import duty on crude palm oil to 10% from 20%, the government said on Friday.\n\n"
        "The widening of the duty difference will help local refiners, a trade group said.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->change_direction == "lower");
}

// "Japan warns China over seafood ban as row deepens" gave a ban on "row deepens": a conjunction
// after "ban" makes it a noun (a verb "ban" takes an object), and the noun before it its goods.
TEST_CASE("measures: a ban before a conjunction is a noun with its goods before it") {
    const auto ms = measures_of("Peru warns Chile over seafood ban as row deepens\n\n"
                                "Peru on Thursday urged Chile to lift the ban.");
    const np::Measure* m = np::test::first_of(ms, "ban");
    REQ_PTR(m);
    CHECK(m->goods == "seafood");
}

// "The government had initially proposed the tariffs in September" made the tariffs the Senate
// approved "proposed" again: an adverb between "had" and the verb still makes it background.
TEST_CASE("measures: 'had initially proposed' is background, not the status") {
    const auto ms = measures_of("Chile's Senate on Wednesday approved tariffs of up to 50% on products from Peru.\n\n"
                                "The government had initially proposed the tariffs in September but delayed a vote.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->status == "announced");
}

// "cars, auto parts and steel from countries including China, South Korea and India" kept the
// origin and half its list in the goods: a generic plural after "from" ends them.
TEST_CASE("measures: goods end before 'from countries including'") {
    const auto ms = measures_of("Chile will impose tariffs on cars and steel from countries including Peru, "
                                "Bolivia and Ecuador.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->goods == "cars and steel");
    CHECK(m->imposer_name == "Chile");
}

// "Mexican goods not covered by the USMCA over what it says is Mexico's failure ..." ran the goods
// into the reason: the bound "not covered by ..." ends at "over".
TEST_CASE("measures: a 'not covered by' bound ends before the reason's 'over'") {
    const auto ms = measures_of("Chile has imposed a 25% tariff on Peruvian goods not covered by the trade pact over "
                                "what it says is Peru's failure to stop smuggling.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->goods == "Peruvian goods not covered by the trade pact");
}

// "approved counter-tariffs on U.S. goods, but immediately suspended them for six months" stayed
// announced: a measure of the sentence suspended or lifted through "them" takes that status.
TEST_CASE("measures: a measure suspended through 'them' in its own sentence is suspended") {
    const auto ms = measures_of("Chile on Thursday approved counter-tariffs on Peruvian goods, but immediately "
                                "suspended them for six months to give talks a chance.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->status == "suspended");
}

// "the bloc remains fully committed to reaching a deal with Washington" gave an announced deal,
// "looked close to ending without agreement on quotas" a lifted quota, "aimed at curbing
// shipments" a control in force: a gerund after "committed to", "close to", "hopes of", "aimed
// at", "towards" is a course aimed at, not taken; nor does a gerund asked for ("urged speedy
// action on removing the tariffs") take the tense of the verb that asks.
TEST_CASE("measures: a gerund aimed at ('committed to reaching') is no status") {
    const auto taken = [](const std::vector<np::Measure>& ms) {
        int n = 0;
        for (const auto& m : ms) n += m.status == "announced" || m.status == "in_force" || m.status == "lifted";
        return n;
    };
    CHECK(taken(measures_of("Chile remains fully committed to reaching a trade deal with Peru.")) == 0);
    CHECK(taken(measures_of("Chile said it urged speedy action on removing the tariffs on imported Peruvian "
                            "cars.")) == 0);
}

// "Tariffs on Korean steel, aluminium and copper will remain at 50%" had no rate ("held at",
// "set at" were read; a modal and "remain", or "remains unchanged at", were not).
TEST_CASE("measures: 'will remain at 50%' and 'remains unchanged at' give the rate") {
    const auto ms = measures_of("Tariffs on Chilean steel, aluminium and copper will remain at 50%.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->rate_value == 50);
    const auto d = measures_of("The duty on refined palm oil remains unchanged at 35.75%.");
    const np::Measure* r = np::test::first_of(d, "tariff");
    REQ_PTR(r);
    CHECK(r->rate_value == doctest::Approx(35.75));
}

// "China retaliates with tariffs on U.S. coal as Trump's levy takes effect" over "Trump's new 10%
// tariffs on Chinese goods, which took effect": the headline's levy, named only by its imposer,
// stayed a record of its own beside the text's (a "new" measure joins a headline's record only
// on shared goods or rate): one of the same imposer and kind with nothing else is that one.
TEST_CASE("measures: a headline's measure named only by its imposer joins the text's") {
    const auto ms = measures_of(
        "Peru retaliates with tariffs on Chilean wine as Okafor's levy takes effect\n\n"
        "LIMA, Feb 4 (Reuters) - Peru on Tuesday announced tariffs on Chilean wine in retaliation for "
        "Chilean President Jane Okafor's new 10% tariffs on Peruvian goods, which took effect earlier in the day.");
    int okafor = 0;
    for (const auto& m : ms) okafor += m.imposer_name == "Jane Okafor";
    CHECK(okafor == 1);
}

// "US slaps 50% tariff on Brazilian goods" over "imposing an additional 40% tariff on most Brazilian
// goods, bringing the total to 50%": an additional measure joins a headline's record only on shared
// goods words or rate, and "Brazilian goods" has no goods word; the level the text's change
// reaches, on the same target, is the headline's rate.
TEST_CASE("measures: the headline's rate the text's additional tariff brings the total to is one measure") {
    const auto ms = measures_of(
        "Chile slaps 50% tariff on Peruvian goods\n\n"
        "SANTIAGO (AP) - President Jane Okafor signed an order on Wednesday imposing an additional 40% tariff on "
        "most Peruvian goods, bringing the total to 50%.");
    int tariffs = 0;
    for (const auto& m : ms) tariffs += m.kind == "tariff";
    CHECK(tariffs == 1);
}

// "India's trade ministry said it was studying the impact of a 25% U.S. tariff on Indian goods" made
// the tariff proposed ("study" proposes the measure it governs): a verb before "the impact of",
// "the effect of", "the consequences of" is done to the impact.
TEST_CASE("measures: studying the impact of a tariff does not propose it") {
    const auto ms = measures_of("Peru's trade ministry said it was studying the impact of a 25% Chilean tariff on "
                                "Peruvian goods.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->status != "proposed");
}

// "Britain pays 25% on steel under a deal" had no goods (the payer's verb was read as a passive,
// what is paid on never), so it joined another 25% tariff; "Heavy trucks will face a 25% duty from
// Nov. 1, and lumber a 10% duty from Oct. 14" gave the 10% duty no goods: the verb left out of the
// second clause, its goods are the words between "and" and the measure.
TEST_CASE("measures: 'pays 25% on steel' has goods; a gapped clause's goods are read") {
    const auto ms = measures_of("Heavy trucks will face a 25% duty from Nov. 1, and lumber a 10% duty from Oct. 14. "
                                "Peru pays 25% on steel under a deal reached in May.");
    CHECK(with_goods(ms, "lumber") != nullptr);
    const np::Measure* steel = with_goods(ms, "steel");
    REQ_PTR(steel);
    CHECK(steel->target_name == "Peru");
    const np::Measure* trucks = with_goods(ms, "Heavy trucks");
    REQ_PTR(trucks);
    CHECK(trucks->target_name.empty());
}

// An explainer's "Section 232 of the Trade Expansion Act of 1962 allows the president to restrict
// imports", "The law gives the president the power to impose tariffs" gave announced measures: a
// law's permission grants a power; no measure is taken.
TEST_CASE("measures: a power a law grants is no measure") {
    CHECK(measures_of("Section 301 of the Trade Act allows the president to restrict imports that threaten "
                      "national security.").empty());
    CHECK(measures_of("The law gives the president the power to impose tariffs in a national emergency.").empty());
    CHECK(measures_of("The statute authorizes the president to impose tariffs of up to 15% for 150 days.").empty());
    // (a government's own measure stays: "Chile will impose tariffs of 15% on Peruvian wine")
    CHECK_FALSE(measures_of("Chile said it would impose tariffs of 15% on Peruvian wine.").empty());
}

// "a 40% rate on goods deemed to have been transshipped through Vietnam" gave the goods "goods
// deemed": the infinitive after a judgement ("deemed", "found", "considered" ... to) is part of
// the goods, its auxiliaries too.
TEST_CASE("measures: goods 'deemed to have been transshipped' keep the judgement") {
    const auto ms = measures_of("The deal set a 40% tariff on goods deemed to have been transshipped through Peru.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->goods.starts_with("goods deemed to have been transshipped"));
}

// "The Argentine Rural Society welcomed the decision but called for the taxes to be removed
// permanently" made the export taxes "lifted": a measure someone calls for "to be removed" is a
// wish (as "wants the penalty removed"), not the deed.
TEST_CASE("measures: 'called for the taxes to be removed' is a wish, not a lifting") {
    const auto ms = measures_of("Farmers in Chile called for the tariffs on fertilizer to be removed permanently.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->status != "lifted");
}

// "Ghana's cocoa regulator said it was studying the implications of the ban for its own shea
// processors" gave the ban the reason "its own shea processors": after "the implications/impact/
// effects of" the measure, what follows is whom the effects fall on, no cause.
TEST_CASE("measures: 'the implications of the ban for X' gives no reason") {
    const auto ms = measures_of("Peru has banned exports of raw shea nuts for one year.\n\n"
                                "Chile's trade ministry said it was studying the implications of the ban for its own "
                                "shea processors.");
    const np::Measure* m = np::test::first_of(ms, "ban");
    REQ_PTR(m);
    CHECK(m->reason.empty());
}

// A factbox's "Tariffs on most Chinese goods total about 47%, after Washington cut the fentanyl-
// related levy to 10% from 20%" ran the goods on to "total about 47%" (the level's qualifier hid it)
// and joined the cut: the goods end before "total/stand/average" and a qualified rate, which is the
// measure's rate in force.
TEST_CASE("measures: 'tariffs on X total about 47%' is a rate in force") {
    const auto ms = measures_of("Tariffs on most Peruvian goods total about 47%, after Chile cut the copper levy to "
                                "10% from 20% on Nov. 10.");
    const np::Measure* m = with_goods(ms, "most Peruvian goods");
    REQ_PTR(m);
    CHECK(m->rate_value == 47);
    CHECK(m->status == "in_force");
    CHECK_FALSE(m->has_change);
}

// "raised the basic customs duty on gold to 12.5 per cent ..., in a bid to curb imports and rein in
// the current account deficit" gave a ban on "imports and rein": a restricting verb of a purpose
// ("in a bid to", "in an effort to", "aimed at"...) after a measure of its sentence is why that one
// was taken.
TEST_CASE("measures: 'in a bid to curb imports' after a measure is its purpose, no ban") {
    const auto ms = measures_of("Chile has raised the customs duty on gold to 12.5 per cent from 7.5 per cent, in a "
                                "bid to curb imports and rein in the current account deficit.");
    CHECK(np::test::first_of(ms, "ban") == nullptr);
    CHECK(np::test::first_of(ms, "tariff") != nullptr);
}

// "The truce cut U.S. tariffs on Chinese goods to 30% from 145% and Chinese duties on U.S. products to
// 10% from 125%" left the second cut "unknown"; and "disputes over export controls on advanced chips
// and China's purchases of American farm goods" gave the controls the purchases for goods.
TEST_CASE("measures: a change's second object has its status; a party's own thing ends the goods") {
    const auto ms = measures_of("The truce cut Chilean tariffs on Peruvian goods to 30% from 145% and Peruvian duties "
                                "on Chilean products to 10% from 125%.");
    int in_force = 0;
    for (const auto& m : ms) in_force += m.kind == "tariff" && m.status == "in_force";
    CHECK(in_force == 2);
    const auto c = measures_of("The truce gives both sides time to resolve disputes over export controls on advanced "
                               "chips and Peru's purchases of Chilean farm goods.");
    const np::Measure* x = np::test::first_of(c, "export_control");
    REQ_PTR(x);
    CHECK(x->goods == "advanced chips");
}

// "Indonesia began enforcing a ban on bauxite exports on Saturday. The ban, first announced in
// December, ..." was announced: "began" is no "-ed" past, so the gerund said nothing, and the
// participle "first announced in December" told the record's latest news.
TEST_CASE("measures: 'began enforcing a ban' is in force; 'first announced in December' is history") {
    const auto ms = measures_of("Peru began enforcing a ban on bauxite exports on Saturday. The ban, first announced "
                                "in December, is intended to force miners to build smelters at home.");
    const np::Measure* m = np::test::first_of(ms, "ban");
    REQ_PTR(m);
    CHECK(m->status == "in_force");
    CHECK(m->imposer_name == "Peru");
}

// "Indonesia bans bauxite ore exports" ... "Indonesia halted exports of nickel ore in 2020" made
// one record: a halt joins a ban on shared goods, and "ore" was shared. A word of the raw form
// or of the flow is no shared good.
TEST_CASE("measures: a halt of nickel ore exports is no part of a ban on bauxite ore exports") {
    const auto ms = measures_of("Peru began enforcing a ban on bauxite ore exports on Saturday. Peru halted exports "
                                "of nickel ore in 2020, a move Chile challenged at the World Trade Organization.");
    int bans = 0, halts = 0;
    for (const auto& m : ms) {
        bans += m.kind == "ban";
        halts += m.kind == "export_control" && m.goods.find("nickel") != std::string::npos;
    }
    CHECK(bans == 1);
    CHECK(halts == 1);
}

// "Duties on cosmetics, rice and coal were also raised" after "Turkey doubled tariffs on some U.S.
// imports" had no status, direction or sides: "also" between "were" and the participle hid the
// passive. A step "also" done with no side named is by the sides of the sentence before.
TEST_CASE("measures: 'were also raised' is a raise by the sides of the measure before") {
    const auto ms = measures_of("Peru doubled tariffs on some Chilean imports on Wednesday. Duties on cosmetics, "
                                "rice and coal were also raised.");
    const np::Measure* m = nullptr;
    for (const auto& x : ms)
        if (x.goods.find("cosmetics") != std::string::npos) m = &x;
    REQ_PTR(m);
    CHECK(m->status == "in_force");
    CHECK(m->change_direction == "raise");
    CHECK(m->imposer_name == "Peru");
    CHECK(m->target_name == "Chile");
}

// "The duties effectively halted barley exports to China" was an export control on China: the
// measure's effect read as a halt of its own.
TEST_CASE("measures: duties that halted exports are an effect, no export control") {
    const auto ms = measures_of("Chile imposed the duties in May 2020. The duties effectively halted barley exports "
                                "to Chile, then the largest buyer.");
    CHECK(np::test::first_of(ms, "export_control") == nullptr);
    CHECK(np::test::first_of(ms, "tariff") != nullptr);
}

// "Canada's steel faces 50% U.S. tariffs" and "U.S. President X threatened new tariffs on Canadian
// goods" beside "most other Canadian goods face a 25% levy" (and Canada's counter-tariffs): the levy
// had no imposer, as the president and the country counted as two sides on Canada. A person whose
// title names the country is it.
TEST_CASE("measures: a president of the one imposing country does not make a second side") {
    const auto ms = measures_of("Chilean President Tom Hale threatened new tariffs on Peruvian goods. Peru's steel "
                                "faces 50% Chilean tariffs, and most other Peruvian goods face a 25% levy. Peru has "
                                "retaliated with 10% counter-tariffs on Chilean goods.");
    const np::Measure* m = nullptr;
    for (const auto& x : ms)
        if (x.has_rate && x.rate_value == 25) m = &x;
    REQ_PTR(m);
    CHECK(m->target_name == "Peru");
    CHECK(m->imposer_name == "Chile");
}

// "will buy more U.S. farm goods and Boeing aircraft and crack down on the transshipment of
// Chinese goods" took the second verb's phrase into the purchase's goods. After a list joined by
// "and", "and" + a lower-case word + a particle or an article is a second verb.
TEST_CASE("measures: a purchase's goods end at a second verb after 'and'") {
    const auto ms = measures_of("Peru will buy more Chilean farm products and Kelvorn aircraft and crack down on "
                                "the transshipment of Bolivian goods, he said.");
    const np::Measure* m = np::test::first_of(ms, "purchase");
    REQ_PTR(m);
    CHECK(m->goods == "Chilean farm products and Kelvorn aircraft");
}

// "raising tariffs on cars imported from China to 50% from the current 15% to 20%" gave a change
// to 20%: the old level's range ended with "to 20%", read as a second level. "from the current"
// is the old level, and a "to" right after it ends that range.
TEST_CASE("measures: 'to 50% from the current 15% to 20%' is a change to 50%") {
    const auto ms = measures_of("Peru proposed raising tariffs on cars imported from Chile to 50% from the current "
                                "15% to 20%.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->has_change_to);
    CHECK(m->change_to == doctest::Approx(50));
    CHECK(m->rate_value == doctest::Approx(15));
}

// "The Commission said BYD would face an additional duty of 17.4%" was a threat with no imposer:
// "would face" reads as a threat. Reported by a government or a body that decides, it is that
// body's announcement (by analysts, or with "could", it stays a threat).
TEST_CASE("measures: 'the Commission said X would face a duty' is the body's announcement") {
    const auto ms = measures_of("The European Commission said Kelvorn would face an additional duty of 17.4%.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->status == "announced");
    CHECK(m->imposer_name == "European Union");
    const auto a = measures_of("Analysts said Kelvorn would face an additional duty of 17.4%.");
    const np::Measure* t = np::test::first_of(a, "tariff");
    REQ_PTR(t);
    CHECK(t->status == "threatened");
}

// "U.S. adds 80 Chinese firms to export blacklist" over "added 80 companies ... to its export
// restrictions list" made two records: a headline's measure joins the text's of the same
// government and head word, and a blacklist was no list.
TEST_CASE("measures: a headline's blacklist and the text's export list are one measure") {
    const auto ms = measures_of("Chile adds 80 Peruvian firms to export blacklist\n\nSANTIAGO (Reuters) - Chile's "
                                "Commerce Ministry on Tuesday added 80 companies, most of them in Peru, to its export "
                                "restrictions list.");
    int n = 0;
    for (const auto& m : ms) n += m.kind == "export_control";
    CHECK(n == 1);
}

// "rules to limit exports of AI chips to most countries" was a quota: a limit on a flow to places
// with no level is an export control, and "most countries" are places unnamed.
TEST_CASE("measures: a limit on exports to most countries is an export control") {
    const auto ms = measures_of("In January, Chile unveiled sweeping rules to limit exports of AI chips to most "
                                "countries.");
    CHECK(np::test::first_of(ms, "export_control") != nullptr);
    CHECK(np::test::first_of(ms, "quota") == nullptr);
}

// "India has raised the basic customs duty on crude palm oil ... to 20% from zero ... The duty on
// refined palm oil was increased to 32.5% from 12.5%" left the second without imposer: one tariff
// with an imposer was too few to give the others theirs. When that one is the country whose news
// opens the article, its tariffs are the others too.
TEST_CASE("measures: the article's own country imposes its other tariffs named with no side") {
    const auto ms = measures_of("LIMA, Sept 14 - Peru has raised the basic customs duty on crude palm oil to 20% from "
                                "zero, the government said on Friday.\n\nThe duty on refined palm oil was increased to "
                                "32.5% from 12.5%, according to the notification.");
    int peru = 0, tariffs = 0;
    for (const auto& m : ms) {
        if (m.kind != "tariff") continue;
        ++tariffs;
        peru += m.imposer_name == "Peru";
    }
    CHECK(tariffs == 2);
    CHECK(peru == 2);
}

// "Korean steel and aluminium will continue to face a 50% U.S. tariff" gave the goods "continue":
// the goods' end was read before "continue to" as facing_subject() reads it.
TEST_CASE("measures: 'will continue to face' has the goods before it") {
    const auto ms = measures_of("Peruvian steel and aluminium will continue to face a 50% Chilean tariff, the "
                                "ministry added.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->goods == "Peruvian steel and aluminium");
    CHECK(m->target_name == "Peru");
}

// "will also lift the 15% tariffs it imposed in March on some U.S. farm products" had no goods: a
// time phrase stood between the relative clause's verb and "on".
TEST_CASE("measures: 'the tariffs it imposed in March on X' has X for goods") {
    const auto ms = measures_of("Chile will also lift the 15% tariffs it imposed in March on some Peruvian farm "
                                "products, including chicken, wheat and corn.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->goods.starts_with("some Peruvian farm products"));
    CHECK(m->target_name == "Peru");
}

// "South Korea, U.S. finalise tariff deal" over "their trade deal, under which Washington will
// lower its tariffs" made two deals: the headline's first party and the text's were different
// imposers. A deal's two parties may come in either order (in a headline, or the deal named
// again; "X signed a similar agreement with Y" is another deal).
TEST_CASE("measures: a headline's deal and the text's with the parties the other way are one") {
    const auto ms = measures_of("Peru, U.S. finalise tariff deal; Lima to invest $350 billion\n\nLIMA, Nov 14 (Reuters) "
                                "-- Peru and the United States on Friday released a joint fact sheet finalising their "
                                "trade deal, under which Washington will lower its tariffs on Peruvian cars and auto "
                                "parts to 15% from 25%, presidential policy chief Tom Hale said.");
    int deals = 0;
    for (const auto& m : ms) {
        if (m.kind != "deal") continue;
        ++deals;
        CHECK(m.imposer_name == "Peru");
        CHECK(m.target_name == "United States");
    }
    CHECK(deals == 1);
}

// "Chile's copper exports hit by new U.S. levy" over "Washington imposed a 50% tariff on
// semi-finished copper products" made two records: a headline's measure joins the text's of one
// government and head word, and "levy" was not "tariff".
TEST_CASE("measures: a headline's levy is the text's tariff of the same government") {
    const auto ms = measures_of("Peru's copper exports hit by new Chilean levy\n\nLIMA, Aug 2 (Reuters) - Peru's copper "
                                "exports to Chile will fall sharply this year after Santiago imposed a 50% tariff on "
                                "semi-finished copper products, Mining Minister Jane Okafor said on Friday.");
    int n = 0;
    for (const auto& m : ms) n += m.kind == "tariff";
    CHECK(n == 1);
}

// "approved counter-tariffs on U.S. goods ..., in response to U.S. duties on steel" ... "The duties
// range from 10% to 25%" gave the range (and the suspension offered later) to the U.S. duties: a
// head word picks its record first, and the U.S. duties were named only as the reason. A measure
// named only inside another's reason is no first pick for "the duties".
TEST_CASE("measures: 'the duties' after a reason's duties are the measure the sentence is about") {
    const auto ms = measures_of("Chile's government approved on Wednesday counter-tariffs on Peruvian goods, in "
                                "response to Peruvian duties on steel and aluminium. The duties range from 10% to 25%.");
    const np::Measure* counter = nullptr;
    for (const auto& m : ms)
        if (m.imposer_name == "Chile") counter = &m;
    REQ_PTR(counter);
    CHECK(counter->has_rate);
    CHECK(counter->rate_value == doctest::Approx(10));
}

// "counter-tariffs on U.S. goods, including corn from Louisiana" had Louisiana for the target: where
// an example of the goods comes from, after their owner, is no target of its own.
TEST_CASE("measures: an example's origin after the goods' owner is no target") {
    const auto ms = measures_of("Chile approved counter-tariffs on 21 billion euros of Peruvian goods, including corn "
                                "from Arequipa.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->target_name == "Peru");
}

// "approved counter-tariffs on U.S. goods" ... "the measures could be suspended at any time if the
// United States agreed to a fair deal" read as an expected change: a change that may come on a
// condition is no news over the plan.
TEST_CASE("measures: a change that could come on a condition leaves the status") {
    const auto ms = measures_of("Chile approved counter-tariffs on Peruvian goods on Wednesday. The minister said the "
                                "measures could be suspended at any time if Peru agreed to a fair deal.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->status == "announced");
}

// "agreed to reduce tariffs on steel imports above quota levels" ... "will cut its 25% safeguard
// duty on British steel above quota to 15%" made two records: a rate for a part of a list of three
// goods or more is that part's own measure, and the four words of one good counted as a list.
TEST_CASE("measures: a rate for one good named in four words is no part of a list") {
    const auto ms = measures_of("Chile agreed on Monday to reduce tariffs on steel imports above quota levels, the two "
                                "sides said.\n\nUnder the deal, Chile will cut its 25% safeguard duty on Peruvian steel "
                                "above quota to 15%.");
    int n = 0;
    for (const auto& m : ms) n += m.kind == "tariff";
    CHECK(n == 1);
}

// "Most EU goods face a 15% tariff": past the quantifier, a bloc (no place) names whose goods they
// are; the goods were dropped as a company's.
TEST_CASE("measures: 'Most EU goods face' keeps its goods") {
    const auto ms = measures_of("Most EU goods face a 15% tariff under the deal.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->goods == "Most EU goods");
    CHECK(m->target_name == "European Union");
}

// "Section 232 ... lets the president restrict imports that threaten national security" was a
// ban: a power a law grants is no measure taken, and "let" takes a bare infinitive.
TEST_CASE("measures: 'the law lets the president restrict imports' is no measure") {
    const auto ms = measures_of("Section 232 of the Trade Expansion Act of 1962 lets the president restrict imports "
                                "that threaten national security after a Commerce Department investigation.");
    CHECK(ms.empty());
}

// "U.S. pressing Mexico to curb Chinese imports" (a summary's bullet) was a ban announced by
// Mexico: pressing someone to act is a wish, as urging is ("a pressing need to reach a pact" and
// "a press release" are no verbs).
TEST_CASE("measures: 'pressing X to curb imports' is a wish, no measure announced") {
    const auto ms = measures_of("Chile is pressing Peru to curb Bolivian imports.");
    const np::Measure* m = np::test::first_of(ms, "ban");
    REQ_PTR(m);
    CHECK(m->status == "unknown");
}

// "threatened to raise tariffs on Indian goods substantially over ..." took the adverb into the
// goods: an adverb of manner in -ally ends them ("crude oil annually from Iran" goes on).
TEST_CASE("measures: goods end at an adverb of manner") {
    const auto ms = measures_of("Tom Hale threatened to raise tariffs on Peruvian goods substantially over Lima's "
                                "purchases of Bolivian oil.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->goods == "Peruvian goods");
}

// "added 140 entities to its trade restriction list" made no measure: the list of restricted
// trade partners is an export control whatever reports call it ("entity list", "trade blacklist",
// "export restriction list", "trade restriction list").
TEST_CASE("measures: adding entities to a trade restriction list is an export control") {
    const auto ms = measures_of("Chile's Commerce Ministry on Monday added 140 entities to its trade restriction list.");
    const np::Measure* m = np::test::first_of(ms, "export_control");
    REQ_PTR(m);
    CHECK(m->status == "in_force");
}

// "Beijing has not announced a formal ban" and "has never threatened Tokyo with sanctions" made
// measures of unknown status: a measure denied in its own verb group, named afresh with no rate,
// was not taken. ("has not lifted its ban" names one that exists, in force; "has not decided
// whether sanctions levied last April should be lifted" too.)
TEST_CASE("measures: a measure not announced or imposed is none; 'has not lifted its ban' is in force") {
    CHECK(measures_of("Lima has not announced a formal ban.").empty());
    CHECK(measures_of("Chile has never threatened Peru with sanctions.").empty());
    const auto a = measures_of("Chile has not lifted its ban on Peruvian canola.");
    const np::Measure* m = np::test::first_of(a, "ban");
    REQ_PTR(m);
    CHECK(m->status == "in_force");
    const auto b = measures_of("Chile has not yet decided whether trade sanctions levied against Peru last April should "
                               "be lifted, officials said.");
    CHECK(np::test::first_of(b, "sanction") != nullptr);
}

// "Chile lowers copper export levy" over "Chile will cut its export tax on refined copper to 2%
// from 5%" made two records: an export tax is of kind "other", the headline's levy a tariff. A
// levy on exports by any of its names is one measure.
TEST_CASE("measures: a headline's export levy is the text's export tax") {
    const auto ms = measures_of("Peru lowers copper export levy in bid to attract investors\n\nLIMA (Reuters) - Peru will "
                                "cut its export tax on refined copper to 2% from 5% from April, the finance ministry "
                                "said on Monday.");
    CHECK(ms.size() == 1);
}

// "revoked the validated end-user status of two chipmakers' plants, meaning they will need
// licences to ship U.S. chipmaking tools there" made no measure: only "licences to export" was
// a licence to send goods abroad, and its goods were not read. Shipping, selling or supplying
// abroad is exporting ("licences to sell alcohol" are a shop's), and what is sent is the goods
// (not at a tender a trader asks licences for).
TEST_CASE("measures: 'need licences to ship X there' is an export control on X") {
    const auto ms = measures_of("Chile revoked the validated end-user status of two Peruvian chipmakers' plants, "
                                "meaning they will need licences to ship chipmaking tools there.");
    const np::Measure* m = np::test::first_of(ms, "export_control");
    REQ_PTR(m);
    CHECK(m->goods == "chipmaking tools");
    CHECK(measures_of("Retailers need licences to sell alcohol.").empty());
}

// "China said it would resume general licences for exports of gallium to the United States" read
// as an export control imposed: "resume" is a verb of imposing, but licences given back ease the
// control they belong to.
TEST_CASE("measures: resuming general licences for exports eases the control") {
    const auto ms = measures_of("Chile said it would resume general licences for exports of gallium to Peru.");
    const np::Measure* m = np::test::first_of(ms, "export_control");
    REQ_PTR(m);
    CHECK(m->change_direction == "lower");
    CHECK(m->imposer_name == "Chile");
}

// "would suspend for one year the export controls on rare earths it announced in October" ...
// "The earlier April controls on seven rare earths remain in force" made one record, suspended:
// what is kept is not what goes, and a measure that "remains" with "earlier" or its own month in
// its phrase is kept while another is suspended.
TEST_CASE("measures: earlier controls that remain in force are not the ones suspended") {
    const auto ms = measures_of("Chile's commerce ministry said on Friday it would suspend for one year the export "
                                "controls on rare earths it announced in October. The earlier April controls on seven "
                                "medium and heavy rare earths remain in force, analysts said.");
    int suspended = 0, in_force = 0;
    for (const auto& m : ms) {
        if (m.kind != "export_control") continue;
        suspended += m.status == "suspended";
        in_force += m.status == "in_force";
    }
    CHECK(suspended == 1);
    CHECK(in_force == 1);
}

// "... suspended for a year a rule that would have extended its export restrictions ... the April
// controls on seven rare earths, which require exporters to apply for licences, remain in place":
// the April controls joined the suspended ones (an aside before "remain"), then the other side's
// restrictions. After a relative clause between commas "remain in place" is the measure's verb,
// and a measure kept beside one of the same goods that goes is that one's imposer's.
TEST_CASE("measures: earlier controls that remain in place past an aside are their imposer's own") {
    const auto ms = measures_of("Chile said it would suspend for one year the export controls on rare earths it "
                                "announced on October 9. In return, Peru suspended a rule that would have extended its "
                                "export restrictions. Analysts said the April controls on seven heavy rare earths, "
                                "which require exporters to apply for licences, remain in place.");
    const np::Measure* april = nullptr;
    for (const auto& m : ms)
        if (m.goods.find("seven") != std::string::npos) april = &m;
    REQ_PTR(april);
    CHECK(april->imposer_name == "Chile");
    CHECK(april->status == "in_force");
}

// "India on Saturday lifted a ban on exports of non-basmati white rice ... The world's biggest rice
// exporter had banned shipments of the variety in July 2023" made a second ban, in force: the
// history of a measure just lifted or suspended, told right after it (its goods pointing back),
// is that measure's.
TEST_CASE("measures: a lifted ban's history told right after it is the same ban") {
    const auto ms = measures_of("Peru on Saturday lifted a ban on exports of non-basmati white rice, the government "
                                "said. The world's biggest rice exporter had banned shipments of the variety in July "
                                "2023 to cool domestic prices.");
    int bans = 0;
    for (const auto& m : ms) bans += m.kind == "ban";
    CHECK(bans == 1);
    const np::Measure* m = np::test::first_of(ms, "ban");
    REQ_PTR(m);
    CHECK(m->status == "lifted");
}

// "investors weighed the risk of higher U.S. tariffs taking effect on Friday" ... "seeking to lower
// the 25% tariff on Japanese cars" made one record: "the" pointed back to the latest tariff. With
// a rate and goods of its own, "the" names a measure in full; a record with neither, in another
// sentence, is it only on positive evidence ("the bourse transaction taxes" ... "the 25 pct
// withholding tax levied on investment income" are two taxes).
TEST_CASE("measures: 'the 25% tariff on X' does not point back to a bare earlier tariff") {
    const auto ms = measures_of("Asian shares slipped as investors weighed the risk of higher Chilean tariffs taking "
                                "effect on Friday. Peru's chief negotiator arrived in Santiago, seeking to lower the 25% "
                                "tariff on Peruvian cars.");
    int tariffs = 0;
    for (const auto& m : ms) tariffs += m.kind == "tariff";
    CHECK(tariffs == 2);
}

// "Peru's tariffs on Chilean cheese, in place since 2019, will be scrapped" read as in force, and
// "The tariffs, which took effect in April, were raised to 50% in June" as no raise: the aside's
// verb was read as the measure's. After an aside between commas, an auxiliary and a verb of
// change (not "had prevented ...", "should put Argentina on the road") are the sentence's news.
TEST_CASE("measures: the verb after an aside between commas is the measure's news") {
    const auto a = measures_of("Peru's tariffs on Chilean cheese, in place since 2019, will be scrapped.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->change_direction == "remove");
    CHECK(m->status == "announced");
    const auto b = measures_of("The ban, imposed a week ago over a pay claim, had prevented the movement of 20 ships.");
    const np::Measure* n = np::test::first_of(b, "ban");
    REQ_PTR(n);
    CHECK(n->status == "in_force");
}

// "Chile said it would probably impose tariffs of 25% on Peruvian cars" was announced: "probably"
// hedges as "possibly" does.
TEST_CASE("measures: 'would probably impose' is no announcement") {
    const auto ms = measures_of("Chile said it would probably impose tariffs of 25% on Peruvian cars.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->status != "announced");
}

// "The tariffs, which took effect in April, were raised to 50% in June" had no level: the change's
// amounts were read only right after the measure's phrase. Past an aside between commas, they are
// read after the sentence's own verb of change.
TEST_CASE("measures: 'X, which took effect in April, were raised to 50%' reaches 50%") {
    const auto ms = measures_of("Chile's tariffs on Peruvian steel, which took effect in April, were raised to 50% in "
                                "June.");
    const np::Measure* m = np::test::first_of(ms, "tariff");
    REQ_PTR(m);
    CHECK(m->change_direction == "raise");
    CHECK(m->has_change_to);
    CHECK(m->change_to == doctest::Approx(50));
}

// "Tariffs on Chilean copper, however, will remain at 50%" had no level and no status: a one-word
// discourse aside between commas hid the sentence's verb, which a longer aside does not.
TEST_CASE("measures: a discourse aside ('however') is transparent to the verb after it") {
    const auto a = measures_of("Tariffs on Chilean copper, however, will remain at 50%.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->status == "in_force");
    CHECK(m->has_rate);
    CHECK(m->rate_value == doctest::Approx(50));
    const auto b = measures_of("The duties on Peruvian wine, in turn, were lifted on Monday.");
    const np::Measure* n = np::test::first_of(b, "tariff");
    REQ_PTR(n);
    CHECK(n->status == "lifted");
}

// "Peru wants to cut the 39% tariff the United States imposed on its goods" read Peru as the
// imposer: the relative clause's subject was taken only without an article ("Washington imposed").
// "the 15% duty the U.S. imposed on Chilean lumber on grounds the shipments were subsidized" took
// "on grounds ..." into the goods.
TEST_CASE("measures: 'the tariff the United States imposed on ...' names the imposer") {
    const auto a = measures_of("Peru is seeking to reduce the 39% tariff the United States imposed on its goods in August.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "United States");
    CHECK(m->target_name == "Peru");
    const auto b = measures_of("A recent example was the 15% duty the U.S. imposed on Chilean lumber on grounds the shipments "
                               "were subsidized.");
    const np::Measure* n = np::test::first_of(b, "tariff");
    REQ_PTR(n);
    CHECK(n->goods == "Chilean lumber");
    CHECK(n->imposer_name == "United States");
}

// "Smaller bikes will now attract a duty of 40%, down from 50%" had no goods and joined the cut on
// larger motorcycles: what "attracts" a duty bears it, as what pays it does.
TEST_CASE("measures: what attracts a duty is its goods") {
    const auto a = measures_of("Chile cut the duty on motorcycles to 30% from 50%. Smaller bikes will now attract a duty of "
                               "40%, down from 50%.");
    const np::Measure* bikes = nullptr;
    for (const np::Measure& m : a)
        if (m.goods == "Smaller bikes") bikes = &m;
    REQ_PTR(bikes);
    CHECK(bikes->change_direction == "lower");
    CHECK(bikes->change_to == doctest::Approx(40));
}

// "The duty on motorcycles with engines above 1,600 cc was cut to 30% from 50%" had no imposer in
// a story with two governments' tariffs: a side-less tariff on the goods of one government's
// tariff is that government's.
TEST_CASE("measures: a side-less tariff on another tariff's goods takes its imposer") {
    const auto a = measures_of(
        "SANTIAGO - Chile has lowered import duties on large motorcycles and wine, and the tariff on wine was halved "
        "to 50%. The duty on motorcycles with engines above 1,600 cc was cut to 30% from 50%. Peruvian President "
        "Tom Hale has repeatedly threatened reciprocal tariffs on countries that tax Peruvian goods heavily.");
    const np::Measure* bikes = nullptr;
    for (const np::Measure& m : a)
        if (m.goods == "motorcycles") bikes = &m;
    REQ_PTR(bikes);
    CHECK(bikes->imposer_name == "Chile");
}

// "a 24% tariff on Peruvian goods on top of a 25% levy on imported cars" took the second measure
// into the first one's goods and lost it: "on top of" and "in addition to" end the goods.
TEST_CASE("measures: 'on top of' another measure ends the goods") {
    const auto a = measures_of("Chile slapped a 24% tariff on Peruvian goods on top of a 25% levy on imported cars that "
                               "took effect earlier in the day.");
    const np::Measure* goods = nullptr;
    const np::Measure* cars = nullptr;
    for (const np::Measure& m : a) {
        if (m.goods == "Peruvian goods") goods = &m;
        if (m.goods == "imported cars") cars = &m;
    }
    REQ_PTR(goods);
    REQ_PTR(cars);
    CHECK(cars->rate_value == doctest::Approx(25));
}

// "Lima was not considering retaliatory tariffs for now" made a Peruvian tariff of unknown status:
// a measure not even weighed, named afresh, is none (as one not announced or imposed).
TEST_CASE("measures: a measure 'not considered' is none") {
    const auto a = measures_of("Peru's president said Lima was not considering retaliatory tariffs for now.");
    CHECK(np::test::first_of(a, "tariff") == nullptr);
    const auto b = measures_of("Peru's president said Lima was considering retaliatory tariffs.");
    CHECK(np::test::first_of(b, "tariff") != nullptr);
}

// "A separate 10% tariff on all Peruvian imports would stay in place" joined the 20% tariff to be
// lowered "to 10%" and was lost: "a separate" measure is a new one, as "another" is.
TEST_CASE("measures: 'a separate tariff' is not the one named before") {
    const auto a = measures_of("Chile's president said he would lower the 20% tariff on Peruvian goods to 10%. A separate "
                               "10% tariff on all Peruvian imports would stay in place, he said.");
    size_t tariffs = 0;
    for (const np::Measure& m : a) tariffs += m.kind == "tariff";
    CHECK(tariffs == 2);
}

// "a deal under which most Peruvian exports to Chile face a 15% tariff" had no imposer and no
// goods: the walk back to the goods ran past "which" and read the clause as a question ("Which
// sectors face ...?").
TEST_CASE("measures: goods that face a measure in an 'under which' clause") {
    const auto a = measures_of("The deal, under which most Peruvian exports to Chile face a 15% tariff, was reached last "
                               "month.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Chile");
    CHECK(m->target_name == "Peru");
    CHECK(m->goods == "most Peruvian exports");
}

// "cut India's tariff on Scotch whisky to 75% from 150%" had the target "Scotch", a people of no
// country: Scotch and Scottish goods are the United Kingdom's in trade (the lexicon's demonyms).
TEST_CASE("measures: Scotch whisky is the United Kingdom's") {
    const auto a = measures_of("Peru cut its tariff on Scotch whisky to 75% from 150% on Thursday.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->target_name == "United Kingdom");
}

// "The Peruvian Commerce Ministry is drafting a rule that would limit chip shipments to Chile" had
// no imposer: the verb of a relative clause on a rule, order or bill is done by whoever makes the
// document, as "a rule to limit" already read.
TEST_CASE("measures: 'drafting a rule that would limit ...' is the drafter's measure") {
    const auto a = measures_of("Peru is drafting a rule that would limit AI chip shipments to Chile.");
    const np::Measure* m = np::test::first_of(a, "export_control");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Peru");
    CHECK(m->target_name == "Chile");
}

// "Malaysia will require companies to obtain permits before exporting or transshipping AI chips"
// was no measure: permits asked before an export curb it, and the goods follow the gerunds.
TEST_CASE("measures: permits required before exporting are an export control") {
    const auto a = measures_of("Peru will require companies to obtain permits before exporting or transshipping "
                               "high-performance chips of U.S. origin, the trade ministry said.");
    const np::Measure* m = np::test::first_of(a, "export_control");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Peru");
    CHECK(m->goods == "high-performance chips of U.S. origin");
}

// "Carney said the measures aim to protect Canadian workers from ... after Washington doubled its
// steel tariffs" gave the reason "Washington doubled ...": the purpose the measures' own verb
// states ("aim to", "are designed to", "intended to") is the reason; "designed to be tax free"
// states none.
TEST_CASE("measures: 'the measures aim to protect ...' states their purpose") {
    const auto a = measures_of("Peru will impose a 25% surtax on steel imports from Chile. Hale said the measures aim to "
                               "protect Peruvian workers after Bolivia doubled its own steel tariffs.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->reason.starts_with("protect Peruvian workers"));
    const auto b = measures_of("Peru signed a trade deal with Chile. Hale said the deal is designed to be tax free to "
                               "exporters.");
    const np::Measure* d = np::test::first_of(b, "deal");
    REQ_PTR(d);
    CHECK(d->reason.empty());
}

// "Peru extends ban on onion exports indefinitely" read the goods as "onion exports indefinitely":
// an adverb in -ly ends the goods before punctuation, a preposition or the end (not "annually
// from Iran", which goes on to the origin, nor "monthly imports").
TEST_CASE("measures: an adverb in -ly ends the goods") {
    const auto a = measures_of("Peru extends ban on onion exports indefinitely");
    const np::Measure* m = np::test::first_of(a, "ban");
    REQ_PTR(m);
    CHECK(m->goods == "onion exports");
    const auto b = measures_of("Chile imposed a ban on garlic exports temporarily, the ministry said.");
    const np::Measure* n = np::test::first_of(b, "ban");
    REQ_PTR(n);
    CHECK(n->goods == "garlic exports");
}

// "The agreement came after Beijing this month expanded its export controls" had no imposer: a
// time phrase between the subject of an "after" clause and its verb hid the subject.
TEST_CASE("measures: 'after X this month expanded ...' is X's") {
    const auto a = measures_of("The agreement came after Lima this month expanded its export controls on copper.");
    const np::Measure* m = np::test::first_of(a, "export_control");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Peru");
}

// "Chile will lift its sanctions on Peru ... Sanctions on the former president and his associates
// will remain in place" left the kept sanctions with no imposer: a measure said to remain, named
// with no side, after one of its kind that goes, is that government's other measure, kept.
TEST_CASE("measures: sanctions that remain beside ones lifted are the same government's") {
    const auto a = measures_of("Chile said on Tuesday it would lift its sanctions on Peru. The ministry will issue "
                               "guidance. Sanctions on former President Tom Hale and his associates will remain in "
                               "place.");
    const np::Measure* kept = nullptr;
    for (const np::Measure& m : a)
        if (m.kind == "sanction" && m.status == "in_force") kept = &m;
    REQ_PTR(kept);
    CHECK(kept->imposer_name == "Chile");
}

// "Goods transshipped through Vietnam from third countries will face a 40% tariff" had no target:
// the transit place was read only when it ended the goods ("Goods transshipped through Vietnam").
TEST_CASE("measures: a transit place inside the goods is the target") {
    const auto a = measures_of("Goods transshipped through Peru from third countries will face a 40% tariff, the "
                               "Chilean minister said.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->target_name == "Peru");
}

// "Peru votes to scrap tax on imported sugar" (a tax: kind other) stayed apart from "voted to remove
// a 35% duty on sugar imported from ...": a tax on imports is a tariff by another word.
TEST_CASE("measures: a headline's tax on imports and the text's duty are one measure") {
    const auto a = measures_of("Peru's parliament votes to scrap tax on imported sugar\n\nLIMA - Peru's Congress on "
                               "Wednesday voted to remove a 35% duty on sugar imported from countries outside the Andean "
                               "Community, a move aimed at lowering retail prices.\n");
    size_t n = 0;
    for (const np::Measure& m : a) n += m.kind == "tariff" || m.kind == "other";
    CHECK(n == 1);
}

// "Chile blocks avocado shipments" (an export control by its verb) stayed apart from "Chile halted
// imports of Peruvian avocados" (a ban): a block of a flow is a halt of it, one measure with the
// ban on the same goods.
TEST_CASE("measures: a headline's blocked shipments and the text's halt are one measure") {
    const auto a = measures_of("Peruvian farmers protest as Chile blocks avocado shipments\n\nLIMA - Growers blocked "
                               "highways on Monday after Chile halted imports of Peruvian avocados, citing the detection "
                               "of a fruit fly.\n");
    size_t n = 0;
    for (const np::Measure& m : a) n += m.kind == "ban" || m.kind == "export_control";
    CHECK(n == 1);
}

// "Peru, Chile reach trade deal" named one party (Peru), "Chile and Peru have agreed on a trade
// framework" no deal at all, and the two, once read, stayed two records (parties the other way
// round): a headline's comma joins two parties as "and" does, "a trade framework" is a deal, and a
// deal of the same two parties named the other way round is the same deal.
TEST_CASE("measures: a headline's 'X, Y reach deal' and the text's 'trade framework' are one deal") {
    const auto a = measures_of("Peru, Chile reach trade deal\n\nLIMA - Chile and Peru have agreed on a trade framework "
                               "that sets a 20% Chilean tariff on imports from Peru, officials said on Thursday.\n");
    size_t deals = 0;
    const np::Measure* d = nullptr;
    for (const np::Measure& m : a)
        if (m.kind == "deal") {
            ++deals;
            d = &m;
        }
    CHECK(deals == 1);
    REQ_PTR(d);
    CHECK(((d->imposer_name == "Peru" && d->target_name == "Chile") ||
           (d->imposer_name == "Chile" && d->target_name == "Peru")));
}

// "Peru will keep negotiating with Chile to lower a 30% tariff that takes effect next week" read
// Peru as the imposer: the one negotiated with imposes the tariff to be lowered, the one
// negotiating is its target.
TEST_CASE("measures: 'negotiating with X to lower a tariff' is X's tariff") {
    const auto a = measures_of("Peru will keep negotiating with Chile to lower a 30% tariff that takes effect next week, "
                               "the trade minister said.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->imposer_name == "Chile");
    CHECK(m->target_name == "Peru");
}

// The rule above gave "the 25% tariff on Japanese cars" (a live blog's, its imposer unnamed) to
// Vietnam, whose tariff cut on U.S. cars shares the word: a tariff on another party's goods is no
// step of that cut.
TEST_CASE("measures: a side-less tariff on another party's goods keeps no imposer from the goods") {
    const auto a = measures_of("Live: Trade ministers meet\n\n14:05 GMT - Chile offers to cut tariffs\nChile's trade "
                               "minister said Santiago was ready to cut tariffs on Bolivian farm goods and cars to avert "
                               "higher duties.\n\n13:40 GMT - Ecuador readies countermeasures\nEcuador said it had prepared a list of "
                               "goods worth 72 billion dollars that could face duties if talks fail.\n\n12:30 GMT - Peru "
                               "sends negotiator\nPeru's chief negotiator arrived in "
                               "La Paz for talks, seeking to lower the 25% tariff on Peruvian cars.\n");
    const np::Measure* cars = nullptr;
    for (const np::Measure& m : a)
        if (m.goods == "Peruvian cars") cars = &m;
    REQ_PTR(cars);
    CHECK(cars->imposer_name != "Chile");
}

// The lexicon's places named 70 countries: "a ban on Zimbabwean exports" had the target
// "Zimbabwean", a people tied to no country, and "Bolivian cars" likewise. Every sovereign country
// is in it now, with its demonyms and capital (those that are common words or names left out).
TEST_CASE("measures: a smaller country's people and capital name the country") {
    const auto a = measures_of("The European Community will ban Zimbabwean exports of beef, officials said.");
    const np::Measure* m = np::test::first_of(a, "ban");
    REQ_PTR(m);
    CHECK(m->target_name == "Zimbabwe");
    const auto b = measures_of("LIMA - Peru raised its tariff on Bolivian cars to 30%. La Paz said it would retaliate.");
    const np::Measure* t = np::test::first_of(b, "tariff");
    REQ_PTR(t);
    CHECK(t->target_name == "Bolivia");
}

// "The Cyprus-based weekly newsletter quoted Saudi sources as saying ..." gave the quote to Cyprus
// once Cyprus was a known place: where a firm is based is no party to what it says or does.
TEST_CASE("quotes: an 'X-based' place is no speaker") {
    const auto a = np::test::analyze_text("The Cyprus-based weekly newsletter quoted authoritative Saudi sources as saying "
                                          "the policy would not change \"unless and until demand revives.\"\n");
    const auto& d = a.documents[0];
    REQUIRE(d.quotes.size() == 1);
    CHECK(d.quotes[0].speaker_name != "Cyprus");
}

// "The sanctions, some of which date back to 1979, had cut Peru off" gave the lifting of the
// sanctions the time "1979": how old some of them are is history, no time of the news.
TEST_CASE("measures: 'some of which date back to 1979' is no time of the measure") {
    const auto a = measures_of("Chile will lift its sanctions on Peru. The sanctions, some of which date back to 1979, had "
                               "cut Peru off from the financial system.");
    const np::Measure* m = np::test::first_of(a, "sanction");
    REQ_PTR(m);
    CHECK(m->time.find("1979") == std::string::npos);
}

// "would take Chile to the WTO over a 50% tariff on Peruvian goods due to start on Aug. 1, and would
// consider using a new reciprocity law if talks fail" gave the tariff the condition "if talks
// fail": a second predicate after ", and" has its own condition (not the measure's own: "The
// purchase would be for 10 mln dlrs, and would, if completed, ...").
TEST_CASE("measures: a condition of a second predicate after ', and' is not the measure's") {
    const auto a = measures_of("Peru's president said his government would take Chile to the World Trade Organization "
                               "over a 50% tariff on Peruvian goods due to start on Aug. 1, and would consider using a new "
                               "reciprocity law if talks fail.");
    const np::Measure* m = np::test::first_of(a, "tariff");
    REQ_PTR(m);
    CHECK(m->condition.empty());
}

// "Peru and Chile have agreed to lift restrictions on trade in fruit and fuel" made no measure:
// "restrictions" need a trade flow or goods near them, and "trade in" goods is one.
TEST_CASE("measures: restrictions on trade in goods are a trade measure") {
    const auto a = measures_of("Peru and Chile have agreed to lift restrictions on trade in fruit and fuel imposed during "
                               "a border dispute in June.");
    bool lifted = false;
    for (const np::Measure& m : a) lifted = lifted || m.change_direction == "remove";
    CHECK(lifted);
    const auto b = measures_of("The union said new restrictions on trade union meetings were unlawful.");
    CHECK(b.empty());
}

// "Peru hikes tariffs on imported fabrics to fight smuggling" stayed apart from the text's "raised
// import tariffs on textiles and clothing to 40% from 15%": fabrics are textiles (same_goods).
TEST_CASE("measures: a headline's fabrics and the text's textiles are one measure's goods") {
    const auto a = measures_of("Peru hikes tariffs on imported fabrics to fight smuggling\n\nLIMA - Peru's government on "
                               "Thursday raised import tariffs on textiles and clothing to 40% from 15%, the trade ministry "
                               "said.\n");
    size_t n = 0;
    for (const np::Measure& m : a) n += m.kind == "tariff";
    CHECK(n == 1);
}
