// test_entities.cpp — entity types, document consistency, grouping, roles and JSON output.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::entity_named;
using np::test::entity_of_type;
using np::test::has_mention;

TEST_CASE("entities: the shipped models load") {
    REQUIRE(np::test::models() != nullptr);
}

TEST_CASE("entities: one example per type") {
    auto a = np::test::analyze_text(
        "German Chancellor Olaf Scholz met executives of Siemens in Berlin on Monday. "
        "The Ukrainian delegation later flew over the Black Sea to Istanbul, where Microsoft opened an office.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::PERSON, "Olaf Scholz"));
    CHECK(has_mention(d, EntityType::ORG, "Siemens"));
    CHECK(has_mention(d, EntityType::GPE, "Berlin"));
    CHECK(has_mention(d, EntityType::GPE, "Istanbul"));
    CHECK(has_mention(d, EntityType::LOC, "Black Sea"));
    CHECK(has_mention(d, EntityType::NORP, "Ukrainian"));
    CHECK(has_mention(d, EntityType::NORP, "German"));
    CHECK(has_mention(d, EntityType::DATE, "Monday"));
}

TEST_CASE("entities: Trump, Donald Trump and President Trump are one person; possessive excluded") {
    auto a = np::test::analyze_text(
        "US President Donald Trump said on Friday that tariffs would rise. "
        "Trump's advisers disagreed. President Trump later spoke to reporters.");
    const auto& d = a.documents[0];
    const auto* t = entity_named(d, "Donald Trump");
    REQUIRE(t != nullptr);
    CHECK(t->type == EntityType::PERSON);
    CHECK(t->count == 3);
    for (const auto& m : t->mentions) CHECK(d.text.substr(m.start, m.end - m.start).find("'s") == std::string::npos);
    CHECK(t->role == "US President");
    REQUIRE(t->affiliation >= 0);
    CHECK(d.entities[size_t(t->affiliation)].name == "United States");
}

TEST_CASE("entities: US, U.S., United States, America and Washington-the-government are one GPE") {
    auto a = np::test::analyze_text(
        "The United States imposed new duties. U.S. officials said America would not back down, "
        "and Washington said the US expects talks. Protesters gathered in Washington on Sunday.");
    const auto& d = a.documents[0];
    const auto* us = entity_named(d, "United States");
    REQUIRE(us != nullptr);
    CHECK(us->type == EntityType::GPE);
    CHECK(us->count == 5);
    // "in Washington" is the city, kept apart from the government.
    const np::Entity* city = nullptr;
    for (const auto& e : d.entities) if (e.name == "Washington") city = &e;
    REQUIRE(city != nullptr);
    CHECK(city->type == EntityType::GPE);
    CHECK(city->count == 1);
}

// "Korea" alone is how news names South Korea ("Korea's exports", "U.S.-Korea talks"); the
// North is always "North Korea". The gazetteer's canonical form says so (assets/gazetteer_world.tsv).
TEST_CASE("entities: Korea alone is South Korea, North Korea stays apart") {
    auto a = np::test::analyze_text(
        "South Korea agreed to invest $350 billion in the United States. Korea's exports of cars "
        "fell 3% in October, the trade ministry said. North Korea test-fired a missile on Sunday.");
    const auto& d = a.documents[0];
    const auto* south = entity_named(d, "South Korea");
    REQUIRE(south != nullptr);
    CHECK(south->type == EntityType::GPE);
    CHECK(south->count == 2);
    CHECK(entity_named(d, "Korea") == south);  // an alias of it, no group of its own
    const auto* north = entity_named(d, "North Korea");
    REQUIRE(north != nullptr);
    CHECK(north->count == 1);
}

TEST_CASE("entities: a later surname joins the full name; first-name-first groups stay apart") {
    auto a = np::test::analyze_text(
        "Chipmaker chief Wei Huang spoke in Taipei. Huang said demand was strong. "
        "Separately, Anna Huang, a professor, disagreed.");
    const auto& d = a.documents[0];
    const auto* j = entity_named(d, "Wei Huang");
    REQUIRE(j != nullptr);
    CHECK(j->count >= 2);
    const auto* anna = entity_named(d, "Anna Huang");
    REQUIRE(anna != nullptr);
    CHECK(anna != j);
}

// The tagger cut "Ursula von der Leyen" into "Ursula" and "Leyen" (two people); names with
// particles it already joins must stay as they were.
TEST_CASE("entities: a name with lowercase particles is one person, and so is its surname alone") {
    auto a = np::test::analyze_text(
        "European Commission President Ursula von der Leyen met Saudi Crown Prince Mohammed bin Salman on Monday. "
        "Later, von der Leyen said the talks had gone well. The report was written by Anna de Boer.");
    const auto& d = a.documents[0];
    const auto* u = entity_named(d, "Ursula von der Leyen");
    REQUIRE(u != nullptr);
    CHECK(u->type == EntityType::PERSON);
    CHECK(u->count == 2);  // "von der Leyen" alone joins it
    CHECK(has_mention(d, EntityType::PERSON, "von der Leyen"));
    CHECK(entity_named(d, "Ursula") == nullptr);
    CHECK(entity_named(d, "Leyen") == nullptr);
    CHECK(has_mention(d, EntityType::PERSON, "Mohammed bin Salman"));
    CHECK(has_mention(d, EntityType::PERSON, "Anna de Boer"));
}

// The Chinese surname He was read as the pronoun: "spokesperson He Yadong" gave the person
// "Yadong", "Vice Premier He Lifeng" no person at all, "A spokesperson, He Yanmin," an ORG
// "Yanmin" (and the quote after it went to an earlier name). The pronoun itself stays no name.
TEST_CASE("entities: the surname He after a title or mid-sentence begins a name; the pronoun does not") {
    auto a = np::test::analyze_text(
        "Commerce ministry spokesperson He Wenbo said the rules were fair. "
        "Officials expect to meet Vice Premier He Lanfeng in Geneva next week. "
        "He said the talks would go on. The minister said He Lanfeng would lead them.");
    const auto& d = a.documents[0];
    const auto* w = entity_named(d, "He Wenbo");
    REQUIRE(w != nullptr);
    CHECK(w->type == EntityType::PERSON);
    CHECK(w->role.find("spokesperson") != std::string::npos);
    const auto* l = entity_named(d, "He Lanfeng");
    REQUIRE(l != nullptr);
    CHECK(l->count == 2);
    CHECK(entity_named(d, "Wenbo") == nullptr);
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "He"));
    // in an apposition after a title word: "A spokesperson, He Yanmin, urged ..."
    auto b = np::test::analyze_text("Ostria spoke on Monday. A spokesperson, He Yanmin, urged Vexland to \"think twice\".");
    const auto* y = entity_named(b.documents[0], "He Yanmin");
    CHECK(y != nullptr);
    REQUIRE(b.documents[0].quotes.size() == 1);
    if (b.documents[0].quotes.size() != 1) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(b.documents[0].quotes[0].speaker_name == "He Yanmin");
}

// "Kelvorn and AMD shares slipped": the tagger made Kelvorn a place. A name the gazetteer does
// not know as a place, whose shares or stock are traded, is a company; a country's shares stay.
TEST_CASE("entities: a name with shares or stock is a company, not a place") {
    auto a = np::test::analyze_text(
        "Kelvorn and AMD shares slipped about 2% in late trading. Japan shares rose 1% in Tokyo.");
    const auto& d = a.documents[0];
    for (const char* name : {"Kelvorn", "AMD"}) {
        CAPTURE(name);
        const auto* e = entity_named(d, name);
        REQUIRE(e != nullptr);
        if (e) CHECK(e->type == EntityType::ORG);
    }
    const auto* j = entity_named(d, "Japan");
    REQUIRE(j != nullptr);
    CHECK(j->type == EntityType::GPE);
}

// A one-word name inside a longer one was a person of its own: "Lula" beside "Luiz Inacio Lula
// da Silva", "Okafor" beside "Daniel Okafor Jr." (only a last token or a short first one joined).
TEST_CASE("entities: a single name inside one longer name joins it; a name two people share does not") {
    auto a = np::test::analyze_text(
        "President Luiz Inacio Lula da Silva spoke in Brasilia on Tuesday. Lula said Brazil would appeal. "
        "The plan was drafted by Daniel Okafor Jr., the port's director. Okafor said exports would recover.");
    const auto& d = a.documents[0];
    const auto* lula = entity_named(d, "Luiz Inacio Lula da Silva");
    REQUIRE(lula != nullptr);
    if (!lula) return;
    CHECK(lula->count == 2);
    CHECK(entity_named(d, "Lula") == lula);  // an alias of it
    const auto* ok = entity_named(d, "Daniel Okafor Jr.");
    REQUIRE(ok != nullptr);
    if (!ok) return;
    CHECK(ok->count == 2);
    CHECK(entity_named(d, "Okafor") == ok);

    auto b = np::test::analyze_text(
        "Maria Jose Alvarez and Pedro Jose Ramos signed the accord in Lima. Jose said the talks were long.");
    const auto& e = b.documents[0];
    const auto* m = entity_named(e, "Maria Jose Alvarez");
    const auto* p = entity_named(e, "Pedro Jose Ramos");
    REQUIRE(m != nullptr);
    if (!m) return;
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(m->count == 1);
    CHECK(p->count == 1);
}

// "Korea Harbor Logistics Co" was a place and an ORG "Harbor Logistics Co" (the tagger doubts a
// word it saw lowercase elsewhere in the article); "Kelvorn" before "chief executive" was a place,
// or a person when the gazetteer does not know it as a company.
TEST_CASE("entities: a company name runs left from its suffix; a name before 'chief executive' is a company") {
    auto a = np::test::analyze_text(
        "Port operators said harbor logistics costs had doubled. Shares of Korea Harbor Logistics Co fell 4%. "
        "Japan Tobacco Inc said profits rose. Analysts at Missouri-based Interco Inc were cautious. "
        "Kelvorn chief executive Wei Huang said orders were strong.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Korea Harbor Logistics Co"));
    CHECK(has_mention(d, EntityType::ORG, "Japan Tobacco Inc"));
    CHECK_FALSE(has_mention(d, EntityType::GPE, "Korea"));
    CHECK_FALSE(has_mention(d, EntityType::GPE, "Japan"));
    CHECK(has_mention(d, EntityType::ORG, "Interco Inc"));  // not "Missouri-based Interco Inc"
    CHECK(has_mention(d, EntityType::ORG, "Kelvorn"));
}

// "Ontario Premier Doug Ford" was one ORG, and "Quebec Premier" an ORG beside the person.
TEST_CASE("entities: a place, a one-word person title and a name are a place and a titled person") {
    auto a = np::test::analyze_text(
        "Ontario Premier Doug Ford said the province would respond. Quebec Premier Francois Legault agreed. "
        "Later, Industry Commissioner Karl Brandt joined them.");
    const auto& d = a.documents[0];
    const auto* ford = entity_named(d, "Doug Ford");
    REQUIRE(ford != nullptr);
    if (!ford) return;
    CHECK(ford->type == EntityType::PERSON);
    CHECK(ford->role == "Ontario Premier");
    CHECK(has_mention(d, EntityType::GPE, "Ontario"));
    const auto* legault = entity_named(d, "Francois Legault");
    REQUIRE(legault != nullptr);
    if (!legault) return;
    CHECK(legault->role == "Quebec Premier");
    CHECK(entity_named(d, "Quebec Premier") == nullptr);
    CHECK(entity_named(d, "Industry") == nullptr);  // the word left of a cut title names nothing
}

// The tagger read "Trade Commissioner Maros Sefcovic" as an ORG "Commissioner Maros Sefcovic"
// and "US Commerce Secretary Howard Lutnick" as an ORG "US Commerce" plus a person.
TEST_CASE("entities: a title is not part of a name, before it or after an organisation's words") {
    auto a = np::test::analyze_text(
        "Trade Commissioner Maros Sefcovic said Brussels remained open to talks. "
        "US Commerce Secretary Howard Lutnick said the tariffs would stay. "
        "Later, Sefcovic flew to Washington. A Foreign Ministry spokesman declined to comment. "
        "General Motors Company said its sales rose.");
    const auto& d = a.documents[0];
    const auto* m = entity_named(d, "Maros Sefcovic");
    REQUIRE(m != nullptr);
    if (!m) return;
    CHECK(m->type == EntityType::PERSON);
    CHECK(m->count == 2);
    CHECK(m->role == "Trade Commissioner");
    const auto* h = entity_named(d, "Howard Lutnick");
    REQUIRE(h != nullptr);
    CHECK(h->role == "US Commerce Secretary");
    CHECK(entity_named(d, "US Commerce") == nullptr);
    CHECK(has_mention(d, EntityType::GPE, "US"));
    CHECK(has_mention(d, EntityType::ORG, "Foreign Ministry"));        // an organisation word keeps it whole
    CHECK(has_mention(d, EntityType::ORG, "General Motors Company"));  // a title word that begins a company
}

// The tagger read unknown names after a lower-case title ("... ministry spokesman Yalcin
// Ekrem") as an organisation.
TEST_CASE("entities: unknown names after a lower-case person title are a person") {
    auto a = np::test::analyze_text(
        "Turkish foreign ministry spokesman Yalcin Ekrem said the talks went well. "
        "China's official Xinhua News Agency reported the meeting.");
    const auto& d = a.documents[0];
    const auto* p = entity_named(d, "Yalcin Ekrem");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->type == EntityType::PERSON);
    CHECK(p->role == "Turkish foreign ministry spokesman");
    CHECK(has_mention(d, EntityType::ORG, "Xinhua News Agency"));  // "official" is no person title
}

// "India's commerce secretary, Rajesh Agrawal, said": the same title before the comma that opens
// the name's apposition; the tagger read an organisation.
TEST_CASE("entities: unknown names in apposition after a lower-case person title are a person") {
    auto a = np::test::analyze_text("Chile's commerce secretary, Vikram Tessadar, said negotiators had made progress.");
    const auto& d = a.documents[0];
    const auto* p = entity_named(d, "Vikram Tessadar");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->type == EntityType::PERSON);
    CHECK(p->role == "commerce secretary");
    // (an organisation there stays one: "the bank's president, Acme Holdings, ..." names none)
    auto b = np::test::analyze_text("The ministry's spokesman, Orvin Tessadar Group, declined to comment.");
    CHECK_FALSE(has_mention(b.documents[0], EntityType::PERSON, "Orvin Tessadar Group"));
}

// "Chile's Trade Ministry on Thursday widened ..." had no entity at all: the tagger left the
// ministry out in that context.
TEST_CASE("entities: a government body the tagger missed is an organisation") {
    auto a = np::test::analyze_text(
        "Chile's Trade Ministry on Thursday widened its export controls on copper. "
        "The Ministry on Friday said more rules would follow.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Trade Ministry"));
    CHECK(has_mention(d, EntityType::GPE, "Chile"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Ministry"));  // the head word alone names no one
}

// "Tomato exports to the United States ..." gave a PERSON "Tomato": a first word the document
// uses as a common word elsewhere ("tomatoes") is capitalized only by its place.
TEST_CASE("entities: a sentence's first word the text uses in lower case is no name") {
    auto a = np::test::analyze_text(
        "Growers in Sinaloa ship most of the tomatoes sold in the United States.\n\n"
        "Tomato exports to the United States were worth about $3 billion in 2024.\n\n"
        "Price said prices would rise. Analyst Ellen Price expects more.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "Tomato") == nullptr);
    CHECK(has_mention(d, EntityType::GPE, "United States"));
    const auto* p = entity_named(d, "Ellen Price");  // a surname of a full name stays a name
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->count == 2);
}

// "companies such as Amazon, Google and Meta Platforms" gave a LOC "Amazon" (the river) and one
// ORG "Google and Meta Platforms".
TEST_CASE("entities: the names in a list of companies are companies, one each") {
    auto a = np::test::analyze_text(
        "The levy targeted revenue earned by companies such as Amazon, Google and Meta Platforms, officials said.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Amazon"));
    CHECK(has_mention(d, EntityType::ORG, "Google"));
    CHECK(has_mention(d, EntityType::ORG, "Meta Platforms"));
    CHECK(entity_named(d, "Google and Meta Platforms") == nullptr);
}

// "Japan's chief trade negotiator X", "WTO Director-General Y": no title row, so no role.
TEST_CASE("entities: a role ending in a role head (negotiator, director-general)") {
    auto a = np::test::analyze_text(
        "Ruritania's chief trade negotiator Ana Marquez said on Wednesday the deal was done. "
        "WTO Director-General Tomas Berg told a conference in Geneva that the system was under strain.");
    const auto& d = a.documents[0];
    const auto* m = entity_named(d, "Ana Marquez");
    REQUIRE(m != nullptr);
    if (!m) return;
    CHECK(m->role == "chief trade negotiator");
    const auto* b = entity_named(d, "Tomas Berg");
    REQUIRE(b != nullptr);
    if (!b) return;
    CHECK(b->role.find("Director-General") != std::string::npos);
}

// "Bank of Japan ... The BOJ": an acronym that counts "of" was another organisation.
TEST_CASE("entities: an acronym may count the 'of' of the name") {
    auto a = np::test::analyze_text(
        "Bank of Ruritania Governor Ana Marquez said the deal reduced uncertainty. "
        "The BOR kept its short-term interest rate at 0.5% last week.");
    const auto& d = a.documents[0];
    const auto* b = entity_named(d, "Bank of Ruritania");
    REQUIRE(b != nullptr);
    if (!b) return;
    CHECK(b->count == 2);
    CHECK(entity_named(d, "BOR") == b);  // (found by its alias: the same entity)
}

TEST_CASE("entities: Xi and Xi Jinping are one person") {
    auto a = np::test::analyze_text("Chinese President Xi Jinping arrived on Tuesday. Xi told the summit that trade must stay open.");
    const auto& d = a.documents[0];
    const auto* x = entity_named(d, "Xi Jinping");
    REQUIRE(x != nullptr);
    CHECK(x->count == 2);
    CHECK(x->role == "Chinese President");
}

TEST_CASE("roles: title before the name, with a country in it") {
    auto a = np::test::analyze_text("US Secretary of State Antony Blinken met his counterpart on Monday.");
    const auto* r = entity_named(a.documents[0], "Antony Blinken");
    REQUIRE(r != nullptr);
    CHECK(r->type == EntityType::PERSON);
    CHECK(r->role == "US Secretary of State");
}

// "Treasury" alone is an organisation's name, not a title word: the role stopped at "Secretary".
TEST_CASE("roles: a title phrase whose first word is a name ('Treasury Secretary') stays whole") {
    auto a = np::test::analyze_text(
        "US Treasury Secretary Janet Yellen will visit Beijing on Thursday. "
        "Saudi Crown Prince Mohammed bin Salman met her later.");
    const auto& d = a.documents[0];
    const auto* y = entity_named(d, "Janet Yellen");
    REQUIRE(y != nullptr);
    CHECK(y->role == "US Treasury Secretary");
    const auto* m = entity_named(d, "Mohammed bin Salman");
    REQUIRE(m != nullptr);
    if (!m) return;
    CHECK(m->role.size() >= 12);
    CHECK(m->role.compare(m->role.size() - 12, 12, "Crown Prince") == 0);  // not "Prince" alone
}

TEST_CASE("roles: company possessive gives the affiliation") {
    auto a = np::test::analyze_text("Fabrikam's CEO Jane Okafor said the company would expand production.");
    const auto& d = a.documents[0];
    const auto* h = entity_named(d, "Jane Okafor");
    REQUIRE(h != nullptr);
    CHECK(h->role == "CEO");
    REQUIRE(h->affiliation >= 0);
    CHECK(d.entities[size_t(h->affiliation)].name == "Fabrikam");
    CHECK(d.entities[size_t(h->affiliation)].type == EntityType::ORG);
}

// "The United Steelworkers union welcomed the move. ... said Marty Warren, the union's national
// director for Canada" (a probe of my own writing): the possessor is a kind noun, not a name, and
// the place after "for" became the affiliation. The organisation the text named with that noun
// (right after its name or as its last word, up to three sentences back) is; a place after "for"
// is the post's scope.
TEST_CASE("roles: 'the union's' director works for the union named before") {
    auto a = np::test::analyze_text("The Kelvorn Workers union welcomed the move. \"This is the right call,\" said Tom "
                                    "Hale, the union's national director for Peru.\n");
    const auto& d = a.documents[0];
    const auto* h = entity_named(d, "Tom Hale");
    REQUIRE(h != nullptr);
    if (!h) return;
    REQUIRE(h->affiliation >= 0);
    if (h->affiliation < 0) return;
    CHECK(d.entities[size_t(h->affiliation)].name == "Kelvorn Workers");
}

TEST_CASE("roles: lowercase role phrase before the name") {
    auto a = np::test::analyze_text("Foreign ministry spokesperson Wang Wenbin told a news conference that the talks were useful.");
    const auto* w = entity_named(a.documents[0], "Wang Wenbin");
    REQUIRE(w != nullptr);
    CHECK(w->role == "Foreign ministry spokesperson");
}

// "EU foreign policy chief X" had the role "chief": "policy" ended the role's words.
TEST_CASE("roles: a policy chief's role holds its policy") {
    auto a = np::test::analyze_text("EU foreign policy chief Jane Okafor said in a statement that the package was ready.");
    const auto* w = entity_named(a.documents[0], "Jane Okafor");
    REQUIRE(w != nullptr);
    CHECK(w->role == "foreign policy chief");
    // "EU trade chief X": the tagger made the name after "chief" an organisation
    auto b = np::test::analyze_text("EU trade chief Arvo Sepkovic said the talks would go on.");
    const auto* t = entity_named(b.documents[0], "Arvo Sepkovic");
    REQUIRE(t != nullptr);
    CHECK(t->type == EntityType::PERSON);
    CHECK(t->role == "trade chief");
}

TEST_CASE("roles: apposition after the name") {
    auto a = np::test::analyze_text(
        "Jane Doe, the company's chief executive, said sales grew. "
        "Peter Grant, chairman of Fabrikam Holdings, declined to comment.");
    const auto& d = a.documents[0];
    const auto* j = entity_named(d, "Jane Doe");
    REQUIRE(j != nullptr);
    CHECK(j->role == "chief executive");
    const auto* p = entity_named(d, "Peter Grant");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->role == "chairman");
    REQUIRE(p->affiliation >= 0);
    CHECK(d.entities[size_t(p->affiliation)].type == EntityType::ORG);
}

// "deputy director of industry association Swissmem", "economist at research firm Capital
// Economics": the words saying what the organisation is hid it, so the role kept the name and
// there was no affiliation.
TEST_CASE("roles: an organisation after its descriptor is the affiliation") {
    auto a = np::test::analyze_text(
        "\"This is a shock,\" said Jane Okafor, deputy director of industry association Fabrikam Holdings. "
        "\"It is not great,\" said Tom Hale, senior economist at research firm Contoso Analytics.");
    const auto& d = a.documents[0];
    for (const char* name : {"Jane Okafor", "Tom Hale"}) {
        const auto* p = entity_named(d, name);
        REQUIRE(p != nullptr);
        if (!p) return;
        CHECK(p->role == (std::string(name) == "Jane Okafor" ? "deputy director" : "senior economist"));
        REQUIRE(p->affiliation >= 0);
        if (p->affiliation >= 0) CHECK(d.entities[size_t(p->affiliation)].type == EntityType::ORG);
    }
}

TEST_CASE("roles: honorifics alone are no role") {
    auto a = np::test::analyze_text("Mr. Peter Grant declined to comment on the deal.");
    const auto* p = entity_named(a.documents[0], "Peter Grant");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->role.empty());
}

TEST_CASE("entities: Title Case headings do not invent people") {
    auto a = np::test::analyze_text(
        "Steel Makers Brace For Higher Duties\n\n"
        "Steelmakers in Ohio said on Tuesday that new duties would raise costs for carmakers.\n\n"
        "Rare Earths Remain A Sticking Point\n\n"
        "Officials in Beijing said talks on rare earths would continue.");
    const auto& d = a.documents[0];
    for (const auto& e : d.entities) CHECK_MESSAGE(e.type != EntityType::PERSON, e.name);
}

TEST_CASE("entities: only analysed segments are searched; keep_all includes removed ones") {
    std::string para = "Foreign Minister Penny Wong met Indonesian officials in Jakarta on Friday to discuss trade.";
    std::string text = para + "\n\n" + para + "\n";
    auto kept = np::test::analyze_text(text, false);
    auto all = np::test::analyze_text(text, true);
    const auto* k = entity_named(kept.documents[0], "Penny Wong");
    const auto* x = entity_named(all.documents[0], "Penny Wong");
    REQUIRE(k != nullptr);
    REQUIRE(x != nullptr);
    CHECK(k->count == 1);  // the repeat is a removed duplicate
    CHECK(x->count == 2);
}

TEST_CASE("entities: JSON shape and offsets into the original text") {
    std::string text = "\xEF\xBB\xBFOn Monday, Toyota said Japan\xE2\x80\x99s exports rose 5%.";
    auto a = np::test::analyze_text(text);
    auto j = nlohmann::json::parse(np::to_json(a), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    const auto& ents = j["documents"][0]["entities"];
    REQUIRE(ents.is_array());
    REQUIRE(ents.size() >= 3);
    bool japan = false;
    for (const auto& e : ents) {
        for (const char* k : {"id", "name", "type", "aliases", "role", "affiliation", "count", "mentions"}) CHECK(e.contains(k));
        for (const auto& m : e["mentions"]) {
            auto s = m["start"].get<size_t>(), en = m["end"].get<size_t>();
            CHECK(text.substr(s, en - s) == m["text"].get<std::string>());
        }
        if (e["name"] == "Japan") {
            japan = true;
            CHECK(e["type"] == "GPE");
            CHECK(e["role"].is_null());
            CHECK(e["mentions"][0]["text"] == "Japan");  // no ’s
        }
    }
    CHECK(japan);
}

TEST_CASE("entities: no models still finds numeric entities and never crashes") {
    np::Options opt;
    auto a = np::analyze(np::Input{{{"d", "", "Sales rose 12% to $4 billion on Tuesday."}}}, opt);
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::PERCENT, "12%"));
    CHECK(has_mention(d, EntityType::MONEY, "$4 billion"));
    CHECK(has_mention(d, EntityType::DATE, "Tuesday"));
}

// A span the tagger called a place that holds a known place and a word no place name has was a
// GPE: "Kyoto Ceramics", "Quantix Japan", the "Paris Club" of creditors. Longer place names
// keep their type ("Kansas City", "North Korea", "Hubei Province").
TEST_CASE("entities: a place and a word no place has make a company, not a place") {
    auto a = np::test::analyze_text(
        "Shares of Kyoto Ceramics fell 4% in Osaka after the company cut its forecast.\n\n"
        "\"The outlook is weak,\" said Mia Lund, an analyst at Quantix Japan in Tokyo.\n\n"
        "Officials from Kansas City and Hubei Province met in North Korea on Monday.");
    const auto& d = a.documents[0];
    const auto* k = entity_named(d, "Kyoto Ceramics");
    REQUIRE(k != nullptr);
    CHECK(k->type == EntityType::ORG);
    const auto* q = entity_named(d, "Quantix Japan");
    REQUIRE(q != nullptr);
    CHECK(q->type == EntityType::ORG);
    for (const char* place : {"Kansas City", "Hubei Province", "North Korea", "Osaka", "Tokyo"}) {
        const auto* p = entity_named(d, place);
        REQUIRE_MESSAGE(p != nullptr, place);
        CHECK_MESSAGE(p->type == EntityType::GPE, place);
    }
}

// "Agriculture minister X" had the role "minister" (only some portfolios were title phrases);
// "[Finance] and Planning Minister X" had "and Planning Minister"; "X, and Y as president" gave
// X the role "and Y as president".
TEST_CASE("roles: portfolio ministers and secretaries; no role from a coordination") {
    auto a = np::test::analyze_text(
        "Agriculture minister Paulo Ferraz will visit Beijing in April. "
        "Transport Secretary Helen Grady said the port would reopen. "
        "The board named Victor Lindqvist, and Joseph Marlow as president of the unit.");
    const auto& d = a.documents[0];
    const auto* f = entity_named(d, "Paulo Ferraz");
    REQUIRE(f != nullptr);
    CHECK(f->role == "Agriculture minister");
    const auto* g = entity_named(d, "Helen Grady");
    REQUIRE(g != nullptr);
    CHECK(g->role == "Transport Secretary");
    const auto* v = entity_named(d, "Victor Lindqvist");
    REQUIRE(v != nullptr);
    CHECK(v->role.rfind("and", 0) != 0);
}

// A name broken across lines in hard-wrapped copy was shown with its line break ("Michael\n
// Jopling"), and an acronym did not join its long form when the long form was broken.
TEST_CASE("entities: a name broken across lines is shown with a space") {
    auto a = np::test::analyze_text(
        "LONDON, March 4 - British Agriculture Minister Michael\n"
        "Jopling said the Organisation for Economic Cooperation and\n"
        "Development should study farm subsidies, and the OECD agreed.\n");
    const auto& d = a.documents[0];
    const auto* p = entity_named(d, "Michael Jopling");
    REQUIRE(p != nullptr);
    CHECK(p->role == "British Agriculture Minister");
    for (const auto& e : d.entities) {
        CHECK_MESSAGE(e.name.find('\n') == std::string::npos, e.name);
        for (const auto& al : e.aliases) CHECK_MESSAGE(al.find('\n') == std::string::npos, al);
    }
}

// A dateline's capital joined its country like a capital used for its government: "OTTAWA,
// March 3 - Canada said ..." gave one entity Canada with the mention OTTAWA. Where the story
// was filed is the city.
TEST_CASE("entities: a dateline's capital is the city, a capital that acts is its country") {
    auto a = np::test::analyze_text(
        "OTTAWA, March 3 (Wire) - Canada will raise its steel tariffs, the government said. "
        "Ottawa said the measure would take effect in May.");
    const auto& d = a.documents[0];
    const auto* city = entity_named(d, "Ottawa");
    REQUIRE(city != nullptr);
    CHECK(city->type == EntityType::GPE);
    CHECK(city->mentions.size() == 1);
    const auto* country = entity_named(d, "Canada");
    REQUIRE(country != nullptr);
    CHECK(country->mentions.size() == 2);  // "Canada" and "Ottawa said"
}

// "Nexperia, a chipmaker owned by ..." was a GPE, and "Austmet, a wholly-owned London-based
// company ..." then "Austmet has recruited ..." gave one ORG and one PERSON entry: a company
// apposition makes the name a company, and the document's other mentions follow it.
TEST_CASE("entities: a name with a company apposition is a company throughout") {
    auto a = np::test::analyze_text(
        "The government took control of Kerlavia, a chipmaker owned by a Ruritanian group, citing governance "
        "concerns.\n\n"
        "Kerlavia said it would appeal. Kerlavia employs 12,000 people, and analysts said Kerlavia would "
        "struggle.\n\n"
        "The report by Jane Doe, a senior fellow at the Kiel Institute, said carmakers such as Norvale and "
        "Tessik would suffer, as would fellow Democrat John Roe.");
    const auto& d = a.documents[0];
    const auto* k = entity_named(d, "Kerlavia");
    REQUIRE(k != nullptr);
    if (!k) return;
    CHECK(k->type == EntityType::ORG);
    CHECK(k->count == 4);  // one entry for all four mentions
    CHECK(has_mention(d, EntityType::ORG, "Norvale"));
    CHECK(has_mention(d, EntityType::ORG, "Tessik"));
    CHECK(entity_named(d, "Norvale and Tessik") == nullptr);
    const auto* j = entity_named(d, "Jane Doe");
    REQUIRE(j != nullptr);
    if (!j) return;
    CHECK(j->role == "senior fellow");
    const auto* r = entity_named(d, "John Roe");
    if (r) CHECK(r->role.find("fellow") == std::string::npos);  // "fellow Democrat" is no role
    // a place stays a place
    CHECK(has_mention(np::test::analyze_text("Lyon, a city in France, grew.").documents[0], EntityType::GPE, "Lyon"));
}

// "Hungary's foreign minister, Peter Szijjarto, said": a title before a comma that opens the
// name's apposition had no role (only a title run right before the name, or an apposition after).
TEST_CASE("entities: a role before a comma-enclosed name") {
    auto a = np::test::analyze_text(
        "Ruritania's foreign minister, Ana Marquez, said the talks would go on. The central bank's "
        "governor, Tomas Berg, told reporters rates would hold. A former chairman, Jon Vale, vice chairman "
        "of Acme Corp, resigned.");
    const auto& d = a.documents[0];
    const auto* m = entity_named(d, "Ana Marquez");
    REQUIRE(m != nullptr);
    if (!m) return;
    CHECK(m->role == "foreign minister");
    const auto* b = entity_named(d, "Tomas Berg");
    REQUIRE(b != nullptr);
    if (!b) return;
    CHECK(b->role == "governor");
    const auto* v = entity_named(d, "Jon Vale");  // the apposition after the name goes first
    REQUIRE(v != nullptr);
    if (!v) return;
    CHECK(v->role.find("vice chairman") != std::string::npos);
}

// ", was a vice president until 1986", ", as lead manager of the offering": a clause after the
// name, no apposition (the whole clause was the role).
TEST_CASE("entities: a clause after a name is no role") {
    auto a = np::test::analyze_text(
        "Acme said Tim Rayburn, was a vice president until November 1986, and Ana Marquez, would then "
        "become chief executive officer of the combined company.");
    const auto& d = a.documents[0];
    for (const char* name : {"Tim Rayburn", "Ana Marquez"}) {
        const auto* p = entity_named(d, name);
        REQUIRE(p != nullptr);
        if (!p) return;
        CHECK_MESSAGE(p->role.empty(), name);
    }
}

// "Rosneft and Lukoil, Russia's two largest oil companies" was one ORG.
TEST_CASE("entities: two names before a plural company apposition are two companies") {
    auto a = np::test::analyze_text(
        "Washington imposed sanctions on Kerlavia and Tessik, Ruritania's two largest oil companies, on Wednesday.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Kerlavia"));
    CHECK(has_mention(d, EntityType::ORG, "Tessik"));
    CHECK(entity_named(d, "Kerlavia and Tessik") == nullptr);
}

// "Chipmaker TSMC, which makes ..." gave a PERSON "Chipmaker".
TEST_CASE("entities: a sentence's first word naming a kind of company is no name") {
    auto a = np::test::analyze_text(
        "Chipmaker Kerlavia, which makes most of the region's chips, said its plants were normal. "
        "Carmaker Tessik Motors said sales rose.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "Chipmaker") == nullptr);
    CHECK(entity_named(d, "Chipmaker Kerlavia") == nullptr);
    CHECK(has_mention(d, EntityType::ORG, "Kerlavia"));
    CHECK(entity_named(d, "Carmaker") == nullptr);
    CHECK(has_mention(d, EntityType::ORG, "Tessik Motors"));
}

// "Steelmakers' association Eurofer welcomed the plan": a PERSON "Steelmakers" and a PERSON
// "Eurofer". A lower-case noun naming a kind of organisation right before a name makes it one.
TEST_CASE("entities: a name after a noun naming a kind of organisation is an organisation") {
    auto a = np::test::analyze_text(
        "Steelmakers' association Eurosteel welcomed the plan. Lobby group Tessik and regulator Kerlavia said "
        "oil exporter Saudi Arabia agreed, as did film producer Jane Doe.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "Steelmakers") == nullptr);
    CHECK(has_mention(d, EntityType::ORG, "Eurosteel"));
    CHECK(has_mention(d, EntityType::ORG, "Tessik"));
    CHECK(has_mention(d, EntityType::ORG, "Kerlavia"));
    CHECK(has_mention(d, EntityType::GPE, "Saudi Arabia"));  // a place stays a place
    CHECK(has_mention(d, EntityType::PERSON, "Jane Doe"));
}

// "defense contractor Anduril", "Apple supplier Foxconn", "French producers such as Hennessy":
// a contractor, a supplier and a producer are companies too (the drone maker before it was
// found, the contractor not).
TEST_CASE("entities: a name after 'contractor', 'supplier' or 'producer' is an organisation") {
    auto a = np::test::analyze_text(
        "The list includes drone maker Quillon Systems and defense contractor Varnetta's unit. Engine supplier "
        "Tessaro said it would appeal, as did contractor John Smith. The duties hit French producers such as "
        "Brovalle.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Varnetta"));
    CHECK(has_mention(d, EntityType::ORG, "Tessaro"));
    CHECK(has_mention(d, EntityType::ORG, "Brovalle"));
    CHECK(has_mention(d, EntityType::PERSON, "John Smith"));  // a first name keeps a person
}

// "Reliance Industries, India's largest private refiner, has stopped ...": no entity at all (the
// tagger missed the name, and an apposition only retyped names it had found, after "a/an/the").
TEST_CASE("entities: a name the tagger missed before a company apposition is an organisation") {
    auto a = np::test::analyze_text(
        "NEW DELHI, Nov 22 - Reliance Industries, India's largest private refiner, has stopped importing crude. "
        "Metal Traders, a listed company, was formed in 1980. Currently, the airline and the union are talking. "
        "Maria Lopez, Spain's largest miner of memories, laughed.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Reliance Industries"));
    CHECK(has_mention(d, EntityType::ORG, "Metal Traders"));
    CHECK(entity_named(d, "Currently") == nullptr);        // a sentence's first common word
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Maria Lopez"));  // a given name: a person
}

// "Germany's BDI industry federation warned": BDI was a place. A name the gazetteer does not
// know as a place, before "(industry/business/...) federation/association/institute/group", is
// an organisation; a known place stays one ("the Texas oil group" has no such name).
TEST_CASE("entities: a name before a noun naming a kind of organisation is one") {
    auto a = np::test::analyze_text("Germany's BDI industry federation warned the deal would hurt exporters. "
                                    "The Kerlavia institute said sentiment fell. The France group of lenders met.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "BDI"));
    CHECK(has_mention(d, EntityType::ORG, "Kerlavia"));
    CHECK(has_mention(d, EntityType::GPE, "Germany"));
    CHECK(has_mention(d, EntityType::GPE, "France"));
}

// "Shares of U.S. rare earth miner MP Materials rose": the tagger saw no name ("MP" is a title),
// and "miner Lynas Rare Earths" was a PERSON of three words (only one-word persons were
// retyped). Names the tagger left out after such a noun are organisations now, and so are
// persons of up to three words without a given name; people stay people.
TEST_CASE("entities: names after an organisation noun that the tagger missed or took for people") {
    auto a = np::test::analyze_text(
        "Shares of U.S. rare earth miner MP Materials rose 8% in New York. Shares of Australian miner Lynas Rare "
        "Earths rose 5%. Telecoms operator Unicom said demand was strong.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "MP Materials"));
    CHECK(has_mention(d, EntityType::ORG, "Lynas Rare Earths"));
    CHECK(has_mention(d, EntityType::ORG, "Unicom"));
    // not a person with a given name, a maker who is a person, a ship, a relative clause
    auto b = np::test::analyze_text(
        "\"Prices fell,\" said brokerage analyst John Smith. The goal came when former Auxerre playmaker "
        "Corentine Martins headed home. The aircraft carrier Enterprise sailed on Monday. The shares go to "
        "a company Michaels would form. Lawmaker Jane Doe objected.");
    const auto& e = b.documents[0];
    CHECK(has_mention(e, EntityType::PERSON, "John Smith"));
    CHECK_FALSE(has_mention(e, EntityType::ORG, "Corentine Martins"));
    CHECK_FALSE(has_mention(e, EntityType::ORG, "Enterprise"));
    CHECK_FALSE(has_mention(e, EntityType::ORG, "Michaels"));
    CHECK_FALSE(has_mention(e, EntityType::ORG, "Jane Doe"));
}

// Where analysts, economists or traders work is a firm: the tagger made a place of "Bernstein" and
// a person of "Smith Barney" after "at"; a place the gazetteers know stays one.
TEST_CASE("entities: the firm analysts work at is an organisation, a known city stays a place") {
    auto a = np::test::analyze_text(
        "Analysts at Bernstein said the curbs could cost chipmakers up to $12 billion a year. Mary Kent, an analyst "
        "at Smith Barney, said sales would fall. Brokers at Manila said trading was thin.");
    const auto& d = a.documents[0];
    const auto* bernstein = entity_named(d, "Bernstein");
    REQUIRE(bernstein != nullptr);
    CHECK(bernstein->type == EntityType::ORG);
    const auto* smith = entity_named(d, "Smith Barney");
    REQUIRE(smith != nullptr);
    CHECK(smith->type == EntityType::ORG);
    const auto* manila = entity_named(d, "Manila");
    REQUIRE(manila != nullptr);
    CHECK(manila->type == EntityType::GPE);
}

// "Von der Leyen said" opening a sentence kept only "Leyen" (the particle joining needed lower
// case); "its Orion chips": one word before a product noun is the product, not a person.
TEST_CASE("entities: a capitalized particle opening a sentence, and a product before its noun") {
    auto a = np::test::analyze_text(
        "The plan was announced by Ursula von der Leyen on Monday. Von der Leyen said it would pass. The "
        "company has no plans to sell its Orion chips abroad, chief executive Wei Huang said.");
    const auto& d = a.documents[0];
    const auto* ursula = entity_named(d, "Ursula von der Leyen");
    REQUIRE(ursula != nullptr);
    CHECK(entity_named(d, "Von der Leyen") == ursula);
    CHECK(entity_named(d, "Leyen") == nullptr);
    CHECK(entity_named(d, "Orion") == nullptr);
    const auto* huang = entity_named(d, "Wei Huang");
    REQUIRE(huang != nullptr);
    CHECK(huang->type == EntityType::PERSON);
}

// "A spokesman for the ministry, Omar Haddad, said": a title, "for"/"of"/"at" and what it names,
// then the name between commas: that is the person's role (it had none: the walk back from the
// name stops at "ministry"). A title that is itself another person's apposition stays theirs.
TEST_CASE("entities: a role 'title of X' before the name's apposition") {
    auto a = np::test::analyze_text(
        "A spokesman for the ministry, Omar Haddad, said rates would fall. The head of the central bank, "
        "Lena Moss, told reporters prices were stable. \"Trading is quiet,\" said Tom Hale, vice-president of the "
        "securities firm, Walden Brothers Ltd.");
    const auto& d = a.documents[0];
    const auto* omar = entity_named(d, "Omar Haddad");
    REQUIRE(omar != nullptr);
    CHECK(omar->role == "spokesman for the ministry");
    const auto* lena = entity_named(d, "Lena Moss");
    REQUIRE(lena != nullptr);
    CHECK(lena->role == "head of the central bank");
    const auto* tom = entity_named(d, "Tom Hale");
    REQUIRE(tom != nullptr);
    CHECK(tom->role.find("vice-president") == 0);
    for (const auto& e : d.entities)
        if (e.name != "Tom Hale") CHECK(e.role.find("vice-president") == std::string::npos);
}

// "The National People's Congress met": the tagger stops at the possessive ("National People"),
// and "People's Republic of China" read as an organisation "People" and a place "Republic of
// China". A known name holding a possessive is one mention, of the gazetteer's type, and a
// legislature the tagger never saw in training ("the Bundestag") is an organisation.
TEST_CASE("entities: known names with a possessive inside, and parliaments") {
    auto a = np::test::analyze_text(
        "The National People's Congress approved the plan on Monday. The People's Republic of China said it would "
        "respond. Chancellor Lena Moss told the Bundestag the tariffs were unfair.");
    const auto& d = a.documents[0];
    const auto* npc = entity_named(d, "National People's Congress");
    REQUIRE(npc != nullptr);
    if (!npc) return;
    CHECK(npc->type == EntityType::ORG);
    const auto* china = entity_named(d, "China");
    REQUIRE(china != nullptr);
    if (!china) return;
    CHECK(china->type == EntityType::GPE);
    for (const auto& e : d.entities) {
        CHECK(e.name != "National People");
        CHECK(e.name != "People");
    }
    const auto* parliament = entity_named(d, "Bundestag");
    REQUIRE(parliament != nullptr);
    if (!parliament) return;
    CHECK(parliament->type == EntityType::ORG);
}

// "Pernod Ricard, X and Y are among the firms ..." then "Pernod Ricard gained 2.3%": the share move
// made the second mention a company, unless the document names a person in full with the same
// last word, and the first mention counted as such a person. Only a longer name does. And
// "exempted major Cognac producers": "major" in lower case was read as a rank (role "major") and
// a product before "producers" as a person.
TEST_CASE("entities: a share move names a company even after an earlier mention of it") {
    auto a = np::test::analyze_text(
        "Vexel Tessard, Orlan Group and Kimmel Brands are among the firms that signed price undertakings. Shares "
        "of Orlan Group rose 4.5% in Paris, while Vexel Tessard gained 2.3%. The ministry exempted major Brandonne "
        "producers.");
    const auto& d = a.documents[0];
    const auto* v = entity_named(d, "Vexel Tessard");
    REQUIRE(v != nullptr);
    if (!v) return;
    CHECK(v->type == EntityType::ORG);
    for (const auto& e : d.entities) {
        CHECK(e.role != "major");
        if (e.name == "Brandonne") CHECK(e.type != EntityType::PERSON);
    }
}

// "subsidiaries of South Korean shipbuilder Hanwha Ocean": a name after "shipbuilder" (as after
// "chipmaker", "miner", "producer") is a company; the tagger made it a person. And "USTR" is the
// U.S. trade office, an organisation, not the first word of the person after it, whose role it
// names.
TEST_CASE("entities: 'shipbuilder X' is a company; 'USTR X' is the office and a person") {
    auto a = np::test::analyze_text(
        "Vexland sanctioned five subsidiaries of shipbuilder Orlan Marine. USTR Jane Okafor said the fees were "
        "needed.");
    const auto& d = a.documents[0];
    const auto* orlan = entity_named(d, "Orlan Marine");
    REQUIRE(orlan != nullptr);
    if (!orlan) return;
    CHECK(orlan->type == EntityType::ORG);
    const auto* jane = entity_named(d, "Jane Okafor");
    REQUIRE(jane != nullptr);
    if (!jane) return;
    CHECK(jane->type == EntityType::PERSON);
    CHECK(jane->role == "USTR");  // (the office's abbreviation is a title too)
    const auto* ustr = entity_named(d, "USTR");
    REQUIRE(ustr != nullptr);
    if (!ustr) return;
    CHECK(ustr->type == EntityType::ORG);
}

// "purchase $40 billion of U.S. AI chips": the tagger ran the place into the abbreviation ("U.S.
// AI" an organisation); a common noun's abbreviation after a country or people ends the name. And
// "MFN tariffs" (most-favoured-nation) names no organisation.
TEST_CASE("entities: 'U.S. AI chips' is the United States; 'MFN' is no name") {
    auto a = np::test::analyze_text(
        "From Sept 1, Vexland will apply only MFN tariffs to aircraft. The bloc plans to purchase $40 billion of "
        "U.S. AI chips.");
    const auto& d = a.documents[0];
    for (const auto& e : d.entities) {
        CHECK(e.name != "MFN");
        CHECK(e.name != "U.S. AI");
    }
    CHECK(has_mention(d, EntityType::GPE, "U.S."));
}

// "a spokesperson for the Ministry of External Affairs, X, said": the walk back from the name
// met the organisation's own "of" first, found no title before it and gave no role. A name of
// several words is one step of the walk.
TEST_CASE("entities: 'a spokesperson for the Ministry of Y, Name,' - the role and the ministry") {
    auto a = np::test::analyze_text(
        "\"The move is unjustified,\" a spokesperson for the Ministry of Commerce, Lena Moss, said on Friday.");
    const auto& d = a.documents[0];
    const auto* lena = entity_named(d, "Lena Moss");
    REQUIRE(lena != nullptr);
    if (!lena) return;
    CHECK(lena->role == "spokesperson for the Ministry of Commerce");
    REQUIRE(lena->affiliation >= 0);
    if (lena->affiliation < 0) return;
    CHECK(d.entities[size_t(lena->affiliation)].name == "Ministry of Commerce");
}

// "Canada's ambassador to the United States, Kirsten Hillman, said": an envoy's "to" was no link of a
// title to what it names, and the ambassador had no role. Now the role runs to the comma, and the
// affiliation is the possessor before the title (where the envoy is sent is not whom she speaks for).
TEST_CASE("entities: 'X's ambassador to Y, Name,' - the role, and X as the affiliation") {
    auto a = np::test::analyze_text(
        "Canada's ambassador to the United States, Kirsten Hillman, said talks would continue.");
    const auto& d = a.documents[0];
    const auto* k = entity_named(d, "Kirsten Hillman");
    REQUIRE(k != nullptr);
    if (!k) return;
    CHECK(k->role == "ambassador to the United States");
    REQUIRE(k->affiliation >= 0);
    if (k->affiliation < 0) return;
    CHECK(d.entities[size_t(k->affiliation)].name == "Canada");
}

// "U.S. Ambassador to Canada Pete Hoekstra welcomed": the walk back from the name stopped at "to"
// (no title word), so the ambassador had no role. After a title, "to" continues it; the place
// after "to" is where the envoy is sent, and the place before the title the affiliation.
TEST_CASE("entities: 'U.S. Ambassador to Canada X' - the role, and the U.S. as the affiliation") {
    auto a = np::test::analyze_text("U.S. Ambassador to Canada Pete Hoekstra welcomed the decision.");
    const auto& d = a.documents[0];
    const auto* p = entity_named(d, "Pete Hoekstra");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->role == "U.S. Ambassador to Canada");
    REQUIRE(p->affiliation >= 0);
    if (p->affiliation < 0) return;
    CHECK(d.entities[size_t(p->affiliation)].name == "United States");
}

// "Brazil's Lula says he is ready to talk" over "President Luiz Inacio Lula da Silva said": the
// headline's "Lula", after a country's possessive, was a place of its own. A one-word place the
// gazetteer does not know that is a word of one person's fuller name is that person; a
// company's name that the tagger made a person ("Chemie Linz AG") takes no place.
TEST_CASE("entities: a one-word place that is a word of one person's name is that person") {
    auto a = np::test::analyze_text(
        "Brazil's Lula says he is ready to talk with Trump about 50% tariff\n\n"
        "BRASILIA, Aug 6 (Reuters) - Brazilian President Luiz Inacio Lula da Silva said on Wednesday he was "
        "willing to talk.\n");
    const auto& d = a.documents[0];
    const auto* lula = entity_named(d, "Lula");
    REQUIRE(lula != nullptr);
    if (!lula) return;
    CHECK(lula->type == EntityType::PERSON);
    CHECK(lula->name == "Luiz Inacio Lula da Silva");
}

// "Business Secretary Jonathan Reynolds", "Transportation Secretary Elizabeth Dole", "Homeland
// Security Secretary X": the portfolio words missed business, security, transportation,
// technology and others, so the role was "Secretary" alone.
TEST_CASE("entities: more portfolios before a title (business, homeland security, transportation)") {
    auto a = np::test::analyze_text(
        "Business Secretary Jane Okafor said the deal was good. Homeland Security Secretary Tom Hale spoke. "
        "Transportation Secretary Lena Moss agreed.");
    const auto& d = a.documents[0];
    struct Case { const char* name; const char* role; };
    for (const Case c : {Case{"Jane Okafor", "Business Secretary"}, Case{"Tom Hale", "Homeland Security Secretary"},
                         Case{"Lena Moss", "Transportation Secretary"}}) {
        CAPTURE(std::string(c.name));
        const auto* e = entity_named(d, c.name);
        REQUIRE(e != nullptr);
        if (!e) continue;
        CHECK(e->role == c.role);
    }
}

// "Mocatta Metals Chairman X" where the tagger found no name before the title: the walk back took
// the organisation word and stopped at the unknown capitalized word, leaving "Metals Chairman".
// The role holds the whole name before the title; known phrases keep their words.
TEST_CASE("entities: a role's organisation words take the capitalized name they end") {
    auto a = np::test::analyze_text(
        "Malaysian Primary Industries Minister Ahmad Rusli said output would rise. Dunmore Metals Chairman Dana "
        "Pruitt said so. Ostrow Semiconductor Chairman Li Wen said so. United States Ambassador Paul Grady met "
        "the minister.");
    const auto& d = a.documents[0];
    struct Case { const char* name; const char* role; };
    for (const Case c : {Case{"Ahmad Rusli", "Primary Industries Minister"}, Case{"Dana Pruitt", "Dunmore Metals Chairman"},
                         Case{"Li Wen", "Ostrow Semiconductor Chairman"}, Case{"Paul Grady", "United States Ambassador"}}) {
        const auto* e = entity_named(d, c.name);
        CHECK_MESSAGE(e != nullptr, c.name);
        if (e) CHECK(e->role == c.role);
    }
}

// "President-elect" is a role head as "President" is a title: the role holds it, capitalized or
// not, with the country before it. "managing director" was the role "director".
TEST_CASE("entities: president-elect is a role") {
    auto a = np::test::analyze_text(
        "U.S. President-elect Jane Okafor said she would impose a 10% tariff on her first day. Officials "
        "said president-elect Tomas Brenner would meet her.");
    const auto& d = a.documents[0];
    const auto* o = entity_named(d, "Jane Okafor");
    REQUIRE(o != nullptr);
    CHECK(o->role == "U.S. President-elect");
    const auto* b = entity_named(d, "Tomas Brenner");
    REQUIRE(b != nullptr);
    CHECK(b->role == "president-elect");
    // ("managing" belongs to the role as "acting" and "deputy" do)
    auto c = np::test::analyze_text("Halvex Steel managing director T.V. Drenford said exports would fall.");
    const auto* t = entity_named(c.documents[0], "T.V. Drenford");
    REQUIRE(t != nullptr);
    CHECK(t->role == "managing director");
}

// "said A.K. Dresk, an economist at Nomura": the tagger made an organisation of a name with
// initials; an apposition naming a person's title right after it makes it a person (and gives
// the role). A verb before the title is no apposition ("Halvex Brands, was named president of").
TEST_CASE("entities: a name before an apposition with a person's title is a person") {
    auto a = np::test::analyze_text(
        "Prices rose, said A.K. Dresk, an economist at Nomura. Tomas Brenner, former president of Halvex "
        "Brands, was named president of Halvex Brands North America, the company said.");
    const auto& d = a.documents[0];
    const auto* p = entity_named(d, "A.K. Dresk");
    REQUIRE(p != nullptr);
    CHECK(p->type == EntityType::PERSON);
    CHECK(p->role == "economist");
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Halvex Brands"));
}

// An apposition cut by a bracket or by a verb after a name keeps no dangling word: "vice
// president of (Banca ...)" was the role "vice president of"; "oil analyst with Baird and Co
// agreed that the" ran on into the sentence's verb.
TEST_CASE("entities: a role ends before a dangling preposition or a verb") {
    auto a = np::test::analyze_text(
        "The board named five directors, including Tomas Brenner, vice president of (Banca Ostrava), he said. "
        "Jane Okafor, oil analyst with Drenford Baird and Co agreed that the outlook was poor.");
    const auto& d = a.documents[0];
    const auto* b = entity_named(d, "Tomas Brenner");
    REQUIRE(b != nullptr);
    CHECK(b->role == "vice president");
    const auto* o = entity_named(d, "Jane Okafor");
    REQUIRE(o != nullptr);
    CHECK(o->role == "oil analyst with Drenford Baird and Co");
}

// "Commerce and Industry Minister X said" opening a sentence had the role "Industry Minister":
// the tagger takes the lone portfolio word for an organisation, and the role dropped it as the
// person's affiliation. In the middle of a sentence the whole title was the role already.
TEST_CASE("roles: a portfolio pair opening a sentence stays in the role") {
    auto a = np::test::analyze_text(
        "Commerce and Industry Minister Paulo Ferraz told reporters the talks would resume. "
        "Finance and Planning Minister Helen Grady said the budget would pass.");
    const auto& d = a.documents[0];
    const auto* f = entity_named(d, "Paulo Ferraz");
    REQUIRE(f != nullptr);
    CHECK(f->role == "Commerce and Industry Minister");
    const auto* g = entity_named(d, "Helen Grady");
    REQUIRE(g != nullptr);
    CHECK(g->role == "Finance and Planning Minister");
}

// ", the minister responsible for Canada-U.S. trade," was cut at the acronym's first dot (the
// tokens split "Canada-U" "." "S."): the role was "minister responsible for Canada-U".
TEST_CASE("roles: an acronym after a hyphen does not end an apposition's role") {
    auto a = np::test::analyze_text(
        "Helen Grady, the minister responsible for Canada-U.S. trade, will travel to Washington next week.");
    const auto& d = a.documents[0];
    const auto* g = entity_named(d, "Helen Grady");
    REQUIRE(g != nullptr);
    CHECK(g->role == "minister responsible for Canada-U.S. trade");
}

// "Commerce ministry spokesman X said": the tagger took "Commerce" alone for an organisation and
// left the lower-case "ministry" out, so "Commerce" was an entity of its own. The institution word
// after a portfolio word belongs to the name, as it does when capitalized ("Commerce Ministry").
TEST_CASE("entities: a portfolio word and a lower-case institution word after it are one name") {
    auto a = np::test::analyze_text(
        "Commerce ministry spokesman Paulo Ferraz said the talks would resume. "
        "Finance ministry spokeswoman Helen Grady said the budget would pass.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "Commerce") == nullptr);
    CHECK(has_mention(d, EntityType::ORG, "Commerce ministry"));
    const auto* f = entity_named(d, "Paulo Ferraz");
    REQUIRE(f != nullptr);
    CHECK(f->role == "spokesman");
    // (where the tagger saw no organisation, the words stay in the role)
    CHECK(entity_named(d, "Finance") == nullptr);
    const auto* g = entity_named(d, "Helen Grady");
    REQUIRE(g != nullptr);
    CHECK(g->role == "Finance ministry spokeswoman");
}

// "The Ministry of Commerce said": the tagger took the sentence's capitalized "The" into the
// name, so it was "The Ministry of Commerce" and did not meet its acronym or the name elsewhere.
TEST_CASE("entities: an institution's name has no article; 'The Ministry' alone names none") {
    auto a = np::test::analyze_text(
        "The Ministry of Commerce said in a notice that exporters would need a licence. "
        "Exporters told the Ministry of Commerce the rules were unclear.\n\n"
        "The Ministry said it would publish guidance on Friday.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "The Ministry of Commerce") == nullptr);
    const auto* m = entity_named(d, "Ministry of Commerce");
    REQUIRE(m != nullptr);
    if (!m) return;
    CHECK(m->count == 2);
    CHECK(entity_named(d, "The Ministry") == nullptr);
    CHECK(entity_named(d, "Ministry") == nullptr);
}

// "Fifteen American companies, including Lockheed Martin and ...": a comma before "including"
// hid the list of companies, and a two-word company read as a person's name.
TEST_CASE("entities: companies listed after a comma and 'including' are companies") {
    auto a = np::test::analyze_text(
        "Twelve American companies, including Lockheed Martin and a unit of General Dynamics, were added to "
        "the list on Monday.");
    const auto& d = a.documents[0];
    const auto* l = entity_named(d, "Lockheed Martin");
    REQUIRE(l != nullptr);
    if (!l) return;
    CHECK(l->type == EntityType::ORG);
    // (not a list of companies only: "two individuals and three companies, including X")
    auto b = np::test::analyze_text(
        "The accounts belonged to two individuals and three companies, including Daniel Sofer, a former banker.");
    const auto* p = entity_named(b.documents[0], "Daniel Sofer");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->type == EntityType::PERSON);
}

// "China's Ministry of Commerce launched ...": the tagger left the name out, and the rule for
// missed government bodies read only names that end in their head word ("Chile's Trade Ministry").
TEST_CASE("entities: a government body named head first ('Ministry of Commerce') after a possessive") {
    auto a = np::test::analyze_text(
        "Norland's Ministry of Commerce and Industry on Saturday launched an anti-dumping investigation into "
        "analog chips.");
    const auto& d = a.documents[0];
    const auto* m = entity_named(d, "Ministry of Commerce and Industry");
    REQUIRE(m != nullptr);
    if (!m) return;
    CHECK(m->type == EntityType::ORG);
}

// "estimates by the Global Trade Research Initiative": the tagger began the name at "Research".
TEST_CASE("entities: capitalized words between 'the' and an organisation's name begin it") {
    auto a = np::test::analyze_text(
        "It will hit about 55% of exports, according to estimates by the Global Trade Research Initiative, a "
        "think tank. The Federal Open Market Committee meets next week.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "Research Initiative") == nullptr);
    const auto* g = entity_named(d, "Global Trade Research Initiative");
    REQUIRE(g != nullptr);
    if (!g) return;
    CHECK(g->type == EntityType::ORG);
    // (not a place-based adjective: "the Paris-based OECD" is the OECD)
    auto b = np::test::analyze_text("Growth will slow, the Paris-based OECD said on Tuesday.");
    CHECK(entity_named(b.documents[0], "Paris-based OECD") == nullptr);
}

// "Mexico's Senate on Wednesday approved ...": the tagger left "Senate" out after the possessive.
TEST_CASE("entities: a country's legislature after its possessive is an organisation") {
    auto a = np::test::analyze_text("Mexico's Senate on Wednesday approved tariffs of up to 50% on cars.");
    const auto* s = entity_named(a.documents[0], "Senate");
    REQUIRE(s != nullptr);
    if (!s) return;
    CHECK(s->type == EntityType::ORG);
}

// "led by Secretary of State George Marlow and Treasury Secretary Paul Kessler": the tagger ran the
// first name into the next title, and the title's words were cut, leaving "George Marlow and".
TEST_CASE("entities: a person's name never ends with 'and'") {
    auto a = np::test::analyze_text(
        "Officials, led by Secretary of State George Marlow and Treasury Secretary Paul Kessler, would hold talks.");
    const auto& d = a.documents[0];
    for (const auto& e : d.entities) CHECK(e.name.find(" and") == std::string::npos);
    const auto* p = entity_named(d, "George Marlow");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->type == EntityType::PERSON);
}

// "He Yadong, a spokesperson for the ministry, told ...": at a sentence's start the tagger took
// the surname He for the pronoun and kept the given name alone.
TEST_CASE("entities: the surname He opening a sentence before a name the tagger took alone") {
    auto a = np::test::analyze_text(
        "He Yadong, another spokesperson for the ministry, told a press conference that talks would continue.");
    CHECK(entity_named(a.documents[0], "Yadong") == nullptr);
    const auto* p = entity_named(a.documents[0], "He Yadong");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->type == EntityType::PERSON);
    // (the pronoun stays a pronoun)
    auto b = np::test::analyze_text("He told Reuters the talks were constructive.");
    for (const auto& e : b.documents[0].entities) CHECK(e.name.rfind("He ", 0) != 0);
}

// "China's Ministry of Commerce (MOFCOM)": a short form made of syllables, not initials.
TEST_CASE("entities: a bracketed short form after a name, its letters in order, is the name's") {
    auto a = np::test::analyze_text(
        "Peru's Ministry of Commerce (MOFCOM) on Thursday announced new rules. A MOFCOM spokesperson said they "
        "would take effect in May. The Bank of Lima (BOL) agreed.");
    const auto& d = a.documents[0];
    const auto* m = entity_named(d, "Ministry of Commerce");
    REQUIRE(m != nullptr);
    if (!m) return;
    CHECK(entity_named(d, "MOFCOM") == m);  // (one entity, the short form among its aliases)
    bool alias = false;
    for (const auto& x : m->aliases) alias = alias || x == "MOFCOM";
    CHECK(alias);
    CHECK(m->mentions.size() == 3);
}

// "₹6.9 lakh crore": Indian scales compound (a lakh of crores); the amount stopped at "lakh".
TEST_CASE("entities: an amount in lakh crore is whole") {
    auto a = np::test::analyze_text("Exports fell 12% to \xE2\x82\xB9" "6.9 lakh crore ($78 billion) in the year to March.");
    CHECK(entity_named(a.documents[0], "\xE2\x82\xB9" "6.9 lakh crore") != nullptr);
    CHECK(entity_named(a.documents[0], "\xE2\x82\xB9" "6.9 lakh") == nullptr);
}

// Two people of one family name: "Mr. Kim" after the second one's quote is the second one.
TEST_CASE("entities: a family name alone is the person of that name named last before it") {
    auto a = np::test::analyze_text(
        "Industry Minister Kim Jung-kwan led the talks. Policy chief Kim Yong-beom told reporters the deal was done. "
        "\"We have protected our rice market,\" Kim Yong-beom said. Mr. Kim added that the fund was large.");
    const auto& d = a.documents[0];
    const auto* second = entity_named(d, "Kim Yong-beom");
    const auto* first = entity_named(d, "Kim Jung-kwan");
    REQUIRE(second != nullptr);
    REQUIRE(first != nullptr);
    if (!second || !first) return;
    CHECK(second->mentions.size() == 3);
    CHECK(first->mentions.size() == 1);
}

// Company roles: "chief financial officer", "chief operating officer", "treasurer", "economist"
// end a role as "minister" does (gazetteer role words and heads); after "and", another
// description ("and close friend of X") or another person is no part of it.
TEST_CASE("entities: company officers' roles; 'and' before another description ends the role") {
    auto a = np::test::analyze_text(
        "Corvane chief financial officer Lena Brandt said costs would rise. "
        "Halvor Ness, the company's chief operating officer, declined to comment. "
        "State Treasurer Amy Cole said the bonds were sold. "
        "Tom Reyes, a former Wall Street executive and close friend of the governor, joined the board.");
    const auto& d = a.documents[0];
    const auto* l = entity_named(d, "Lena Brandt");
    REQUIRE(l != nullptr);
    if (!l) return;
    CHECK(l->role == "chief financial officer");
    const auto* h = entity_named(d, "Halvor Ness");
    REQUIRE(h != nullptr);
    if (!h) return;
    CHECK(h->role == "chief operating officer");
    const auto* c = entity_named(d, "Amy Cole");  // (the title is no part of the name)
    REQUIRE(c != nullptr);
    if (!c) return;
    CHECK(c->role == "State Treasurer");
    const auto* t = entity_named(d, "Tom Reyes");
    REQUIRE(t != nullptr);
    if (!t) return;
    CHECK(t->role == "former Wall Street executive");
    // ("chairman and chief executive officer" keeps both)
    auto b = np::test::analyze_text("Ivo Marsh, chairman and chief executive officer of Dralon Corp, said sales fell.");
    const auto* i = entity_named(b.documents[0], "Ivo Marsh");
    REQUIRE(i != nullptr);
    if (!i) return;
    CHECK(i->role == "chairman and chief executive officer");
}

// "EU delays retaliation against US steel tariffs": the tagger took "US" before the lower-case
// "steel" for a company (as in "US Steel"), so the country had two entries.
TEST_CASE("entities: an organisation that is wholly a country's name, before a lower-case word, is the country") {
    auto a = np::test::analyze_text(
        "The bloc delayed retaliation against US steel tariffs. The United States doubled its duties in June.");
    const auto& d = a.documents[0];
    const auto* us = entity_named(d, "United States");
    REQUIRE(us != nullptr);
    if (!us) return;
    CHECK(us->type == EntityType::GPE);
    CHECK(us->mentions.size() == 2);
    CHECK(!has_mention(d, EntityType::ORG, "US"));
    // (a company named after a country keeps its capitals: "Japan Airlines")
    auto b = np::test::analyze_text("Japan Airlines said fuel costs rose.");
    CHECK(has_mention(b.documents[0], EntityType::ORG, "Japan Airlines"));
}

// "the Ministry of Commerce" and "the Commerce ministry", "the Department of Justice" and "the
// Justice Department": one institution named two ways; "the Bank" alone of "the Bank of England"
// (its head noun before "of") as "the Commission" of "the European Commission".
TEST_CASE("entities: 'Ministry of X' is the 'X ministry'; an institution's head noun alone joins a name it opens") {
    auto a = np::test::analyze_text(
        "The Ministry of Commerce said on Thursday it would widen its curbs. Commerce ministry spokeswoman "
        "Lin Hua said the rules were legal. The Justice Department and the Department of Justice agree.");
    const auto& d = a.documents[0];
    const auto* moc = entity_named(d, "Ministry of Commerce");
    REQUIRE(moc != nullptr);
    if (!moc) return;
    CHECK(moc->mentions.size() == 2);
    CHECK(entity_named(d, "Commerce ministry") == moc);  // (found by its alias)
    const auto* doj = entity_named(d, "Justice Department");
    CHECK(doj != nullptr);
    CHECK(entity_named(d, "Department of Justice") == doj);  // one entry, by either name
    auto b = np::test::analyze_text(
        "The Bank of England held rates at 5%. The Bank said inflation would fall by the summer.");
    const auto* boe = entity_named(b.documents[0], "Bank of England");
    REQUIRE(boe != nullptr);
    if (!boe) return;
    CHECK(boe->mentions.size() == 2);
}

TEST_CASE("entities: an 'affairs' portfolio and the word that says which are part of the role") {
    auto a = np::test::analyze_text(
        "Economic Affairs Minister Lotte Brink said the step was needed. "
        "The country's consumer affairs minister Tom Hale agreed.");
    const auto& d = a.documents[0];
    const auto* b = entity_named(d, "Lotte Brink");
    REQUIRE(b != nullptr);
    if (!b) return;
    CHECK(b->role == "Economic Affairs Minister");
    const auto* h = entity_named(d, "Tom Hale");
    REQUIRE(h != nullptr);
    if (!h) return;
    CHECK(h->role == "consumer affairs minister");
}

// "X, a Chinese-owned maker of automotive chips": the apposition names a company (the tagger
// read a place); "Y Technology ... Y was added": a company's short form joins the company (a
// word of its trade stripped, as "Toyota Motor" -> "Toyota").
TEST_CASE("entities: 'a maker of X' after a name makes it a company; 'Technology' is a word of a company's trade") {
    auto a = np::test::analyze_text(
        "The government took control of Veltrix, a foreign-owned maker of automotive chips, on Sunday. "
        "Its parent, Quorlan Technology, said its shares would be suspended. Quorlan was added to the list in December.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Veltrix"));
    const auto* q = entity_named(d, "Quorlan Technology");
    REQUIRE(q != nullptr);
    if (!q) return;
    CHECK(q->type == EntityType::ORG);
    CHECK(q->mentions.size() == 2);
}

// "Veltron gained 2.1% and Quarrix added 3.4%": a name whose price moved by a share is a
// company (the tagger read a person); a family name the document gives in full stays a person.
TEST_CASE("entities: a name whose shares gained or fell a percentage is a company") {
    auto a = np::test::analyze_text(
        "Shares of chipmakers rose after the announcement. Veltron gained 2.1% and Quarrix dropped 3 percent.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Veltron"));
    const auto* v = entity_named(d, "Veltron");
    REQUIRE(v != nullptr);
    if (!v) return;
    CHECK(v->type == EntityType::ORG);
    auto b = np::test::analyze_text("Senator Kamala Harris spoke in Ohio. Harris gained 3 percent in the polls.");
    const auto* h = entity_named(b.documents[0], "Kamala Harris");
    REQUIRE(h != nullptr);
    if (!h) return;
    CHECK(h->type == EntityType::PERSON);
    CHECK(h->count == 2);
}

// "Japan's Panasonic, which supplies cells to carmakers, slipped 2%": a relative clause between
// the name and its share move hid the move, and the name after the country's possessive stayed a
// place.
TEST_CASE("entities: a share move after a relative clause between commas shows a company") {
    auto a = np::test::analyze_text("Japan's Kestrova, which supplies cells to carmakers, slipped 2% in Tokyo.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Kestrova"));
    CHECK(has_mention(d, EntityType::GPE, "Japan"));
    CHECK(has_mention(d, EntityType::GPE, "Tokyo"));
}

// "Shares of Toyota rose 3.2% in Tokyo trading, while Mazda jumped 5.1%": the tagger read a place
// in "Mazda" there; a name no gazetteer knows as a place, whose price moved by a share, is a
// company. A known place stays one ("Frankfurt rose 1.5%" is its market).
TEST_CASE("entities: a place no gazetteer knows, whose price moved by a share, is a company") {
    auto a = np::test::analyze_text("Shares of Toyota rose 3.2% in Tokyo trading, while Mazda jumped 5.1%.");
    const auto* m = entity_named(a.documents[0], "Mazda");
    REQUIRE(m != nullptr);
    if (!m) return;
    CHECK(m->type == EntityType::ORG);
    auto b = np::test::analyze_text("Stock markets were mixed. Tokyo fell 2% while Frankfurt rose 1.5%.");
    const auto* f = entity_named(b.documents[0], "Frankfurt");
    REQUIRE(f != nullptr);
    if (!f) return;
    CHECK(f->type == EntityType::GPE);
}

// "Semiconductor tariffs will ...", "Shrimp exporters face ...": a capitalized first word alone
// before a lower-case plural of trade is a kind of goods, no person; a name the document gives
// as a person elsewhere keeps its type ("Okafor tariffs" after "Jane Okafor").
TEST_CASE("entities: a sentence's first word before 'tariffs' or 'exporters' is goods, not a person") {
    auto a = np::test::analyze_text(
        "Semiconductor tariffs on chips from the region will be no higher than 15%, the minister said. "
        "Shrimp exporters face heavy losses.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "Semiconductor") == nullptr);
    CHECK(entity_named(d, "Shrimp") == nullptr);
    auto b = np::test::analyze_text("Jane Okafor raised duties last year. Okafor tariffs hit farmers, Okafor said.");
    const auto* o = entity_named(b.documents[0], "Jane Okafor");
    REQUIRE(o != nullptr);
    if (!o) return;
    CHECK(o->count == 3);
}

// "Solicitor General D. Jon Brask argued ...": a title of two words is the role, not part of
// the name.
TEST_CASE("entities: 'Solicitor General' and 'Trade Representative' are titles") {
    auto a = np::test::analyze_text(
        "Solicitor General D. Jon Brask argued that the duties were lawful. "
        "Trade Representative Mara Linde said talks would resume.");
    const auto& d = a.documents[0];
    const auto* b = entity_named(d, "D. Jon Brask");
    REQUIRE(b != nullptr);
    if (!b) return;
    CHECK(b->role == "Solicitor General");
    const auto* l = entity_named(d, "Mara Linde");
    REQUIRE(l != nullptr);
    if (!l) return;
    CHECK(l->role == "Trade Representative");
}

// "Commerce and Industry Minister Jane Okafor": the portfolio words are the title's, no
// organisation of their own (the tagger made one of "Commerce").
TEST_CASE("entities: portfolio words before a title are no organisation") {
    auto a = np::test::analyze_text(
        "The deal was welcomed by Commerce and Industry Minister Jane Okafor on Tuesday. "
        "Agriculture Secretary Tom Hale said it would help farmers.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "Commerce") == nullptr);
    CHECK(entity_named(d, "Agriculture") == nullptr);
    const auto* o = entity_named(d, "Jane Okafor");
    REQUIRE(o != nullptr);
    if (!o) return;
    CHECK(o->role == "Commerce and Industry Minister");
    const auto* h = entity_named(d, "Tom Hale");
    REQUIRE(h != nullptr);
    if (!h) return;
    CHECK(h->role == "Agriculture Secretary");
}

// "U.S. Agriculture Secretary Tom Hale": the tagger made "U.S. Agriculture" an organisation and
// the role "Secretary" of it; "U.S. Energy Secretary", with the title a gazetteer row, made "U.S."
// alone one. The secretaries and ministers of the usual portfolios are titles, and a country's
// name the tagger calls an organisation before a title is the country. (Britain's business,
// trade, health, education, transport and environment secretaries and ministers too: "UK
// Business" was an organisation, the secretary's.)
TEST_CASE("entities: 'U.S. Agriculture Secretary X' is a title of the United States") {
    for (const char* text : {"U.S. Agriculture Secretary Tom Hale said the department was preparing a package.",
                             "U.S. Energy Secretary Tom Hale arrived in Rabat on Monday for talks."}) {
        auto a = np::test::analyze_text(text);
        const auto& d = a.documents[0];
        const auto* h = entity_named(d, "Tom Hale");
        REQUIRE(h != nullptr);
        if (!h) return;
        CHECK(h->role.find("Secretary") != std::string::npos);
        CHECK(h->role.rfind("U.S.", 0) == 0);
        const auto* us = entity_named(d, "United States");
        REQUIRE(us != nullptr);
        if (!us) return;
        CHECK(us->type == np::EntityType::GPE);
        for (const auto& e : d.entities) CHECK(e.type != np::EntityType::ORG);
    }
    auto a = np::test::analyze_text("UK Business Secretary Tom Hale said he would raise the matter with Brussels.");
    const auto* h = entity_named(a.documents[0], "Tom Hale");
    REQUIRE(h != nullptr);
    if (!h) return;
    CHECK(h->role == "UK Business Secretary");
    for (const auto& e : a.documents[0].entities) CHECK(e.type != np::EntityType::ORG);
}

// "COFCO and Sinograin were instructed": the tagger read the second state trader as a person. A
// one-word "person" joined by "and" to an organisation is another (not a given name, nor the
// family name of a person named in full).
TEST_CASE("entities: a one-word name joined by 'and' to an organisation is one") {
    auto a = np::test::analyze_text("COFCO and Varnogrel were instructed last week to suspend new orders of corn.");
    const auto* v = entity_named(a.documents[0], "Varnogrel");
    REQUIRE(v != nullptr);
    if (!v) return;
    CHECK(v->type == np::EntityType::ORG);
    auto b = np::test::analyze_text(
        "Mara Varnogrel, the chief executive, spoke on Monday. Acme Corp and Varnogrel said the plan would go ahead.");
    const auto* p = entity_named(b.documents[0], "Mara Varnogrel");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->type == np::EntityType::PERSON);
}

// "Maria Fernandes, who heads the Portuguese steel federation, said": no title word, so no role.
// ", who heads/runs/leads/chairs X," says the role, "head of X", and an organisation in X is the
// affiliation.
TEST_CASE("roles: ', who heads X,' is the head of X") {
    auto a = np::test::analyze_text(
        "Mara Linde, who heads the Federal Reserve, said rates would stay high. Tom Hale, who said little, left.");
    const auto& d = a.documents[0];
    const auto* l = entity_named(d, "Mara Linde");
    REQUIRE(l != nullptr);
    if (!l) return;
    CHECK(l->role == "head of the Federal Reserve");
    const auto* f = entity_named(d, "Federal Reserve");
    REQUIRE(f != nullptr);
    if (!f) return;
    CHECK(l->affiliation == f->id);
    const auto* h = entity_named(d, "Tom Hale");
    REQUIRE(h != nullptr);
    if (!h) return;
    CHECK(h->role.empty());
}

// Local government's titles: "City Councilor Jane Okafor" kept "Councilor" in the name (no title
// row knew it), "Councillor X" had no role.
TEST_CASE("entities: a councilor's title is the role, not part of the name") {
    auto a = np::test::analyze_text(
        "City Councilor Jane Okafor voted for the plan on Wednesday. Councillor Tomas Brenner voted against it.");
    const auto& d = a.documents[0];
    const np::Entity* j = np::test::entity_named(d, "Jane Okafor");
    REQUIRE(j != nullptr);
    if (!j) return;
    CHECK(j->role == "City Councilor");
    const np::Entity* t = np::test::entity_named(d, "Tomas Brenner");
    REQUIRE(t != nullptr);
    if (!t) return;
    CHECK(t->role == "Councillor");
}

// "WASHINGTON - President Jane Okafor signed ...": a dateline's spaced dash was read as a
// connector inside the title, so the role was "WASHINGTON - President" and the city the
// affiliation. A glued hyphen still joins ("Vice-President").
TEST_CASE("roles: a dateline's dash is no part of the title after it") {
    auto a = np::test::analyze_text("RABAT - President Jane Okafor signed a proclamation on Friday.");
    const auto* o = entity_named(a.documents[0], "Jane Okafor");
    REQUIRE(o != nullptr);
    if (!o) return;
    CHECK(o->role == "President");
    CHECK(o->affiliation < 0);
}

// Names the tagger made people: a two-word one with ", which" after it ("Kestrel Ocean, which
// owns a shipyard": the name counted as its own surname, which blocked the rule), one whose
// shares moved "up"/"down" ("with Kestrel down 9%"), and where a consultant works.
TEST_CASE("entities: ', which', 'down 9%' and 'a consultant at' show a company") {
    auto a = np::test::analyze_text(
        "Kestrel Ocean, which owns a shipyard in Philadelphia, is expected to take part.\n\n"
        "Shares of department stores fell on Monday, with Varnogrel down 9%.\n\n"
        "\"It removes an irritant,\" said Tom Hale, a shipping consultant at Vespucci Maritime.\n");
    const auto& d = a.documents[0];
    for (const char* name : {"Kestrel Ocean", "Varnogrel", "Vespucci Maritime"}) {
        const auto* e = entity_named(d, name);
        REQUIRE_MESSAGE(e != nullptr, name);
        if (!e) return;
        CHECK_MESSAGE(e->type == np::EntityType::ORG, name);
    }
    const auto* h = entity_named(d, "Tom Hale");
    REQUIRE(h != nullptr);
    if (!h) return;
    CHECK(h->role == "shipping consultant");
    // (a person named in full keeps the type: "Mara Linde, which" is no company)
    auto b = np::test::analyze_text("Mara Linde, who heads the bank, spoke. Shares fell, with Mara Linde's bank down 9%.");
    const auto* l = entity_named(b.documents[0], "Mara Linde");
    REQUIRE(l != nullptr);
    if (!l) return;
    CHECK(l->type == np::EntityType::PERSON);
}

// "Japan's chief cabinet secretary, Minoru Kihara, said": the role was "secretary" alone.
TEST_CASE("roles: a chief cabinet secretary is one title") {
    auto a = np::test::analyze_text("Chile's chief cabinet secretary, Tom Hale, said the government had lodged a protest.");
    const auto* h = entity_named(a.documents[0], "Tom Hale");
    REQUIRE(h != nullptr);
    if (!h) return;
    CHECK(h->role == "chief cabinet secretary");
}

// "including Alexandre de Moraes, who ...", "Justice Fernando de la Rua": the tagger made an
// organisation of a whole name with a particle (title included); "Maria dos Santos" two places.
// A given name first, a particle and no place's or organisation's word make a person.
TEST_CASE("entities: a given name, a particle and a name are a person the tagger made a company") {
    auto a = np::test::analyze_text(
        "The visas of several judges were revoked, including Fernando de la Kestrel, who oversees the trial.\n\n"
        "Justice Roberto de Varnogrel spoke on Monday. The statement was signed by Maria dos Vexland.\n\n"
        "Banco do Brasil said so.\n");
    const auto& d = a.documents[0];
    for (const char* name : {"Fernando de la Kestrel", "Roberto de Varnogrel", "Maria dos Vexland"}) {
        const auto* e = entity_named(d, name);
        REQUIRE_MESSAGE(e != nullptr, name);
        if (!e) return;
        CHECK_MESSAGE(e->type == np::EntityType::PERSON, name);
    }
    const auto* r = entity_named(d, "Roberto de Varnogrel");
    CHECK(r->role == "Justice");
    for (const auto& e : d.entities) {
        const bool brasil_person = e.type == np::EntityType::PERSON && e.name.find("Brasil") != std::string::npos;
        CHECK_FALSE(brasil_person);
    }
}

// "City council member X said": "City" opening the sentence was read as a place, and the title
// "council member" (two words, the last no title alone) gave no role, before the name or in an
// apposition after it.
TEST_CASE("entities: a two-word title whose last word is none alone is a role; its capitalized first word no place") {
    auto a = np::test::analyze_text("City council member Jane Okafor said the plan would fail.");
    const auto& d = a.documents[0];
    CHECK_FALSE(np::test::has_mention(d, np::EntityType::GPE, "City"));
    const np::Entity* okafor = np::test::entity_named(d, "Jane Okafor");
    REQUIRE(okafor);
    if (!okafor) return;
    CHECK(okafor->role == "City council member");
    auto b = np::test::analyze_text("The plan will fail, said Tom Hale, a city council member in Vexland.");
    const np::Entity* hale = np::test::entity_named(b.documents[0], "Tom Hale");
    REQUIRE(hale);
    if (!hale) return;
    CHECK(hale->role.find("council member") != std::string::npos);
}

// "[GCC Secretary-General Jasem] [Mohamed Albudaiwi] said": the tagger ran a known organisation's
// abbreviation, the title and the first given name into one organisation and began the person
// after it. An abbreviation the gazetteers know as an organisation, a one-word person title
// ("Secretary-General", "Director-General", "Minister", ...) and the name running into the person
// after it are the organisation and the person, with the title as the role.
TEST_CASE("entities: an organisation's abbreviation, a title and a name run together are the organisation and a person") {
    auto a = np::test::analyze_text(
        "GCC Secretary-General Jasem Mohamed Albudaiwi said the bloc hoped to conclude a deal with Chile.");
    const auto& d = a.documents[0];
    const auto* p = entity_named(d, "Jasem Mohamed Albudaiwi");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->type == EntityType::PERSON);
    CHECK(p->role == "Secretary-General");
    CHECK(has_mention(d, EntityType::ORG, "GCC"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "GCC Secretary-General Jasem"));
}

// "urged the Biden administration to negotiate": the tagger made the name a place; a lone name
// the gazetteers do not know as a place, before "administration", is the president it is named
// after (as for an organisation, and as CoNLL marks "the Clinton administration").
TEST_CASE("entities: a name before 'administration' that the tagger made a place is a person") {
    auto a = np::test::analyze_text(
        "Its chairman, Carl Harris, urged the Biden administration to negotiate a new agreement with Ottawa.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::PERSON, "Biden"));
    CHECK_FALSE(has_mention(d, EntityType::GPE, "Biden"));
    CHECK(has_mention(d, EntityType::GPE, "Ottawa"));
}

// "..., while Thyssenkrupp gained 1.8%", "... and Lindqvist lost 2%": a capitalized word no
// mention holds and no gazetteer knows, whose price moved by a share, is a company (the tagger
// left these out); a place the gazetteers know is its market ("while Tokyo fell 2%").
TEST_CASE("entities: an unknown capitalized word whose price moved by a share is a company") {
    auto a = np::test::analyze_text(
        "Steel stocks fell as Ostrava dropped 4% and Lindqvist lost 2%. Bank shares were mixed; Corvane slipped "
        "1.2% after the report.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Lindqvist"));
    CHECK(has_mention(d, EntityType::ORG, "Corvane"));
    auto b = np::test::analyze_text("Tom Hale said the tariffs were fair, while Tokyo fell 2% on Monday.");
    CHECK_FALSE(has_mention(b.documents[0], EntityType::ORG, "Tokyo"));
    CHECK(has_mention(b.documents[0], EntityType::GPE, "Tokyo"));
}

// "Energy and Mineral Resources Minister X": the role stopped at "Minister" (resources, mineral,
// natural and water were no portfolio words).
TEST_CASE("entities: a portfolio of resources before a title is part of the role") {
    auto a = np::test::analyze_text(
        "Energy and Mineral Resources Minister Tom Hale told reporters the policy would stay. Natural Resources "
        "Minister Jane Okafor agreed.");
    const auto& d = a.documents[0];
    const auto* hale = entity_named(d, "Tom Hale");
    REQUIRE(hale != nullptr);
    if (!hale) return;
    CHECK(hale->role == "Energy and Mineral Resources Minister");
    const auto* okafor = entity_named(d, "Jane Okafor");
    REQUIRE(okafor != nullptr);
    if (!okafor) return;
    CHECK(okafor->role == "Natural Resources Minister");
}

// "according to industry group Aco Brasil" ... "Aco Brasil chief executive X said"; "trade chamber
// Gecex on Tuesday approved" ... "Gecex said": a name right after a lower-case noun of a kind of
// organisation is that organisation, in all its mentions (the tagger made people of them).
TEST_CASE("entities: a name after an organisation noun is the organisation, in all its mentions") {
    auto a = np::test::analyze_text(
        "Steel imports jumped 36% last year, according to industry group Kestrova Brasa. \"We cannot compete,\" "
        "Kestrova Brasa chief executive Tom Hale said. Chile's foreign trade chamber Vexcam on Tuesday approved "
        "duties. The duties will last five years, Vexcam said.");
    const auto& d = a.documents[0];
    const auto* k = entity_named(d, "Kestrova Brasa");
    REQUIRE(k != nullptr);
    if (!k) return;
    CHECK(k->type == EntityType::ORG);
    CHECK(k->count == 2);
    const auto* v = entity_named(d, "Vexcam");
    REQUIRE(v != nullptr);
    if (!v) return;
    CHECK(v->type == EntityType::ORG);
    CHECK(v->count == 2);
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Vexcam"));
}

TEST_CASE("entities: an abbreviation in brackets that spells the name past its 'of' completes the name") {
    auto a = np::test::analyze_text(
        "The duty was recommended by the Directorate General of Trade Remedies (DGTR) after a complaint "
        "from domestic mills. The DGTR has also proposed duties on tin plate.");
    const auto& d = a.documents[0];
    const auto* g = entity_named(d, "Directorate General of Trade Remedies");
    REQUIRE(g != nullptr);
    if (!g) return;
    CHECK(g->type == EntityType::ORG);
    CHECK(g->count == 3);  // (the bracket and the later abbreviation are its mentions)
    CHECK(entity_named(d, "Directorate General") == nullptr);
    // (cut inside the words after "of": "Commission of Fair")
    auto b = np::test::analyze_text("The ruling came from the Commission of Fair Trade Practices (CFTP) on Monday.");
    CHECK(entity_named(b.documents[0], "Commission of Fair Trade Practices") != nullptr);
    CHECK(entity_named(b.documents[0], "Commission of Fair") == nullptr);
}

TEST_CASE("entities: producers listed after 'including' are companies, one each, unless a place is among them") {
    auto a = np::test::analyze_text(
        "The rate applies to lumber from major producers including Westvale Timber and Norcanby, the department said.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "Westvale Timber") != nullptr);
    CHECK(entity_named(d, "Norcanby") != nullptr);
    CHECK(entity_named(d, "Westvale Timber and Norcanby") == nullptr);
    auto b = np::test::analyze_text("Output was cut by producers such as Chile and Peru, the group said.");
    const auto& e = b.documents[0];
    const auto* c = entity_named(e, "Chile");
    REQUIRE(c != nullptr);
    if (c) CHECK(c->type == EntityType::GPE);
}

// "\"We want a balanced trade relationship,\" Mr Phoc said": the tagger made "Mr Phoc" (a British
// honorific, no dot) an organisation, beside the person named in full before.
TEST_CASE("entities: a name after an honorific without a dot is a person, not an organisation") {
    auto a = np::test::analyze_text("\"We want a balanced relationship,\" Mr Phuc said at a meeting with Tom Hale.");
    const auto& d = a.documents[0];
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Mr Phuc"));
    const auto* p = entity_named(d, "Phuc");
    REQUIRE(p != nullptr);
    if (p) CHECK(p->type == EntityType::PERSON);
}

// "while the governing Labor Party lost its outright majority" (a state-election probe of my own
// writing): after a lower-case adjective ("governing", "ruling", "dovish") the tagger left the
// party's name out, and "Party leader" became a person's title; at a sentence's start it took
// "Party" alone ("Conservative Party leader X"). A name ending in "Party" is an organisation
// whatever comes before it, and its Title-case words are its name.
TEST_CASE("entities: a party's name after a lower-case adjective or at a sentence's start") {
    auto a = np::test::analyze_text(
        "Norland's ruling Conservative Party lost 40 seats, while the governing Labor Party held steady. "
        "Conservative Party leader Tom Hale conceded defeat.\n");
    const auto& d = a.documents[0];
    const np::Entity* labor = entity_of_type(d, EntityType::ORG, "Labor Party");
    REQUIRE(labor != nullptr);
    if (!labor) return;
    const np::Entity* conservative = entity_named(d, "Conservative Party");
    REQUIRE(conservative != nullptr);
    if (!conservative) return;
    CHECK(conservative->type == EntityType::ORG);
    CHECK(conservative->mentions.size() == 2);
    CHECK(entity_named(d, "Party") == nullptr);
    const np::Entity* hale = entity_named(d, "Tom Hale");
    REQUIRE(hale != nullptr);
    if (!hale) return;
    CHECK(hale->role == "leader");
}

// A coalition story (a probe of my own writing): "Eighteen members of the Christian Democratic
// Union's youth wing, the Junge Union, said ..." made a person "Eighteen" and a place "Junge
// Union" (the tagger's "Soviet Union"); "eighteen months ago" was no date (13-19 were missing from
// the number words).
TEST_CASE("entities: a spelled-out number is no name; a union no gazetteer knows is a body") {
    auto a = np::test::analyze_text(
        "Eighteen members of the Christian Democratic Union's youth wing, the Junge Union, said they would vote "
        "against the bill unless the government dropped a clause. Tom Hale, who heads the Junge Union, said the "
        "clause was agreed in May. The Soviet Union collapsed in 1991.\n");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "Eighteen") == nullptr);
    const np::Entity* junge = entity_named(d, "Junge Union");
    REQUIRE(junge != nullptr);
    if (!junge) return;
    CHECK(junge->type == EntityType::ORG);
    const np::Entity* soviet = entity_named(d, "Soviet Union");
    REQUIRE(soviet != nullptr);
    if (!soviet) return;
    CHECK(soviet->type == EntityType::GPE);
    auto b = np::test::analyze_text("The clause was agreed eighteen months ago.\n");
    CHECK(has_mention(b.documents[0], EntityType::DATE, "eighteen months ago"));
}

// "The European Automobile Manufacturers' Association (ACEA) said" (a probe of my own writing):
// the initials of the name in another language did not join it (its first letter is not the
// name's). Capitals in brackets right after a name of three words or more, each letter in the
// name, are its short form, unless they already stand for another name.
TEST_CASE("entities: a short form in brackets from the name in another language") {
    auto a = np::test::analyze_text("The European Automobile Manufacturers' Association (ACEA) said suppliers were not "
                                    "ready. ACEA said it would wait.\n");
    const auto& d = a.documents[0];
    const auto* acea = entity_named(d, "ACEA");
    REQUIRE(acea != nullptr);
    if (!acea) return;
    CHECK(acea->name == "European Automobile Manufacturers' Association");
    CHECK(acea->count == 3);
}

// "TOKYO (REUTERS) - ... Reuters reported", an all-capitals headline's "CANADIAN" over the text's
// "Canadian": the first mention named the entity, capitals and all. A name in capitals that the
// text also spells as a name (outside a heading) takes that spelling; a short form stays.
TEST_CASE("entities: a name in capitals takes the text's own spelling") {
    auto a = np::test::analyze_text("FABRIKAM CORP CUTS OUTPUT\n\nLIMA (REUTERS) - Fabrikam Corp said on Monday it would "
                                    "cut output at its Peruvian plants, Reuters reported. OPEC met in Vienna.\n");
    const auto& d = a.documents[0];
    const auto* reuters = entity_named(d, "REUTERS");
    REQUIRE(reuters != nullptr);
    if (!reuters) return;
    CHECK(reuters->name == "Reuters");
    const auto* fab = entity_named(d, "Fabrikam Corp");
    REQUIRE(fab != nullptr);
    if (!fab) return;
    CHECK(fab->name == "Fabrikam Corp");
    CHECK(entity_named(d, "OPEC") != nullptr);
}

// "Trump, in a letter to President Luiz Inacio Lula da Silva, tied the tariff to the trial" (a
// probe of my own writing): the aside between commas was Trump's role ("in a letter to President
// ..."), a title word being in it. A phrase opened by a preposition says what the person did.
TEST_CASE("roles: an aside opened by a preposition is no role") {
    auto a = np::test::analyze_text("Tom Hale, in a letter to President Jane Okafor, tied the tariff to the trial.\n");
    const auto& d = a.documents[0];
    const auto* hale = entity_named(d, "Tom Hale");
    REQUIRE(hale != nullptr);
    if (!hale) return;
    CHECK(hale->role.empty());
    const auto* okafor = entity_named(d, "Jane Okafor");
    REQUIRE(okafor != nullptr);
    if (!okafor) return;
    CHECK(okafor->role == "President");
}

// "fined Apple 500 million euros and Meta Platforms 200 million euros" (a probe of my own writing):
// "Meta" (a Colombian department in the gazetteer) became a place and "Platforms" was left out. A
// one-word name right before a capitalized word of a company's trade ("Platforms", "Systems",
// "Software") is the company (not a country's: "the U.K. Chemical industry").
TEST_CASE("entities: a name and a company's trade word after it are the company") {
    auto a = np::test::analyze_text("The Commission fined Fabrikam 500 million euros and Meta Platforms 200 million euros "
                                    "on Wednesday. Capital spending in the U.K. Chemical industry rose.\n");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Meta Platforms"));
    CHECK_FALSE(has_mention(d, EntityType::GPE, "Meta"));
    CHECK(has_mention(d, EntityType::GPE, "U.K."));
}

// "EU antitrust chief Teresa Ribera said" (a probe of my own writing): the role was "chief" alone;
// "antitrust", "competition", "climate", "budget" and "migration" are portfolios, as "trade" is.
TEST_CASE("roles: an antitrust or budget portfolio before 'chief'") {
    auto a = np::test::analyze_text("EU antitrust chief Jane Okafor said the companies must comply. White House budget "
                                    "chief Tom Hale disagreed.\n");
    const auto& d = a.documents[0];
    const auto* okafor = entity_named(d, "Jane Okafor");
    REQUIRE(okafor != nullptr);
    if (!okafor) return;
    CHECK(okafor->role == "antitrust chief");
    const auto* hale = entity_named(d, "Tom Hale");
    REQUIRE(hale != nullptr);
    if (!hale) return;
    CHECK(hale->role == "budget chief");
}

// "Shares of Australian graphite miner Syrah Resources jumped 12%" (a probe of my own writing):
// the tagger took the name's first word for a person, and the trade word after it was left out.
// A one-word person right before a capitalized word of a company's trade is the company too.
TEST_CASE("entities: a one-word person before a company's trade word is the company") {
    auto a = np::test::analyze_text("Shares of Australian graphite miner Syrah Resources jumped 12% in Sydney. "
                                    "Bell Resources added 20 cents to 5.70 dollars.\n");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Syrah Resources"));
    CHECK(has_mention(d, EntityType::ORG, "Bell Resources"));
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Syrah"));
}

// "The Dow Jones Industrial Average fell 45 points" gave the person "Dow Jones" (19 times in the
// Reuters pastes) and "the Nikkei share average" a place "Nikkei": a name right before the word
// of a stock index is the index (a place the gazetteer knows keeps its type: "the Tokyo stock
// index").
TEST_CASE("entities: a name before a stock index's word is the index") {
    auto a = np::test::analyze_text("The Dow Jones Industrial Average fell 45 points to 2,250 on Friday. The Nikkei "
                                    "share average jumped 4.8% to a record high. The Tokyo stock index fell.\n");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Dow Jones Industrial Average"));
    CHECK(has_mention(d, EntityType::ORG, "Nikkei"));
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Dow Jones"));
    CHECK(has_mention(d, EntityType::GPE, "Tokyo"));
}

// "beat farm minister Tom Hale in a runoff vote" (a probe of my own writing) gave the role
// "minister": "farm", "food", "consumer", "aviation" and the like were no portfolios.
TEST_CASE("roles: a farm or consumer portfolio before the office") {
    auto a = np::test::analyze_text("Jane Okafor beat farm minister Tom Hale in a runoff vote. Consumer spokesman "
                                    "Wei Huang welcomed the result.\n");
    const auto& d = a.documents[0];
    const auto* hale = entity_named(d, "Tom Hale");
    REQUIRE(hale != nullptr);
    if (!hale) return;
    CHECK(hale->role == "farm minister");
    const auto* huang = entity_named(d, "Wei Huang");
    REQUIRE(huang != nullptr);
    if (!huang) return;
    CHECK(huang->role == "Consumer spokesman");
}

// "The LDP and its coalition partner Komeito lost their majority" (a probe of my own writing):
// the tagger took the one-word party for a person. A coalition's (or junior) partner is a party.
TEST_CASE("entities: a coalition partner named after 'partner' is a party") {
    auto a = np::test::analyze_text("The ruling party and its coalition partner Valdoro lost their majority last year.\n");
    const auto& d = a.documents[0];
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Valdoro"));
    CHECK(has_mention(d, EntityType::ORG, "Valdoro"));
}

// "Moody's cut the rating" gave the person or place "Moody" (48 persons and 34 places in the
// Reuters pastes), "Merrill Lynch" was a person: the organisation gazetteer lacked the rating
// agencies and several banks, and a company whose name ends in "'s" lost it to the possessive.
TEST_CASE("entities: a rating agency named with its possessive is the agency, grouped with its long name") {
    auto a = np::test::analyze_text("Moody's Investors Service cut the rating on Friday. Moody's said the outlook "
                                    "was negative, and analysts at Merrill Lynch agreed.\n");
    const auto& d = a.documents[0];
    const auto* moodys = entity_named(d, "Moody's Investors Service");
    REQUIRE(moodys != nullptr);
    if (!moodys) return;
    CHECK(moodys->type == EntityType::ORG);
    CHECK(moodys->count == 2);
    CHECK(has_mention(d, EntityType::ORG, "Moody's"));
    CHECK(has_mention(d, EntityType::ORG, "Merrill Lynch"));
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Moody"));
}

// "GATT" was a person in 5 Reuters pastes (and "Gatt" in 4), and "the General Agreement on
// Tariffs and Trade" an organisation "General Agreement": the gazetteer lacked the body.
TEST_CASE("entities: GATT and its long name are one organisation") {
    auto a = np::test::analyze_text("Members of the General Agreement on Tariffs and Trade met in Geneva on Monday. "
                                    "GATT said the talks would resume in May.\n");
    const auto& d = a.documents[0];
    const auto* gatt = entity_named(d, "General Agreement on Tariffs and Trade");
    REQUIRE(gatt != nullptr);
    if (!gatt) return;
    CHECK(gatt->type == EntityType::ORG);
    CHECK(gatt->count == 2);
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "GATT"));
}

// "tariffs on about 30 billion Canadian dollars of U.S. products" (a probe of my own writing):
// no amount at all, and "Canadian" a nationality. A currency named with its country's word or
// words is money; a year before one ("its 1982 Swiss franc bond") and a heading's capitals
// ("844.30 TO THE DOLLAR") are not.
TEST_CASE("entities: a currency named with its country's words is money") {
    auto a = np::test::analyze_text("Tariffs on 30 billion Canadian dollars of goods were lifted. Sales rose to 5 million "
                                    "Hong Kong dollars. The firm repaid its 1982 Swiss franc bond.\n");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::MONEY, "30 billion Canadian dollars"));
    CHECK(has_mention(d, EntityType::MONEY, "5 million Hong Kong dollars"));
    CHECK_FALSE(has_mention(d, EntityType::NORP, "Canadian"));
    CHECK_FALSE(has_mention(d, EntityType::MONEY, "1982 Swiss franc"));
}

// "Orange juice and aircraft are among the exports most exposed" made a person "Orange": the
// goods' industry or trade in the singular ("juice", "output", "production", "consumption") after
// a sentence's first word tells goods as the plurals of trade do.
TEST_CASE("entities: a sentence's first word before 'juice' or 'output' is goods, not a person") {
    auto a = np::test::analyze_text(
        "Orange juice and aircraft are among the exports most exposed. Groundnut production is planned to rise.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "Orange") == nullptr);
    CHECK(entity_named(d, "Groundnut") == nullptr);
}
