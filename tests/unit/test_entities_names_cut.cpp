// test_entities_names_cut.cpp — where the tagger's names begin and end: a name cut at a
// nationality or a place inside it ("Federation of [Indian] Export Organisations": a name never
// ends with "of" or "for", so it runs on over the capitalized words after it), two names made one
// across "and" ("the European Union and India"), a legal word ending a name and "&" joining one,
// and a family name written first standing for the full name ("Xi" of "Xi Jinping").
#include <doctest/doctest.h>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::entity_named;
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

// "the European Union and India", "the International Monetary Fund and World Bank": one ORG
// across "and" is two names when each side is one by itself (a country or organisation the
// gazetteers know, or a name the document mentions on its own); names whose parts are none
// ("Securities and Exchange Commission") stay whole.
TEST_CASE("entities: an organisation across 'and' is two names when each side is a name") {
    auto a = np::test::analyze_text(
        "The European Union and India said they aimed to conclude a trade agreement by the end of the year.\n\n"
        "Officials of the International Monetary Fund and World Bank met in Washington. The World Bank said "
        "growth would slow, and the International Monetary Fund agreed.\n\n"
        "The Securities and Exchange Commission approved the plan.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "European Union"));
    CHECK(has_mention(d, EntityType::GPE, "India"));
    CHECK(has_mention(d, EntityType::ORG, "International Monetary Fund"));
    CHECK(has_mention(d, EntityType::ORG, "World Bank"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "European Union and India"));
    const np::Entity* bank = np::test::entity_named(d, "World Bank");
    REQUIRE(bank != nullptr);
    if (!bank) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(bank->mentions.size() == 2);  // the joined mention and the one on its own: one entity
    CHECK(has_mention(d, EntityType::ORG, "Securities and Exchange Commission"));
}

// "Apple Inc and Procter & Gamble": a company's name ends with its legal word (the tagger ran one
// ORG on over the "and"), and capitalized words joined by "&" are one company's name (the tagger
// made a person of the second).
TEST_CASE("entities: a legal word ends a name, and an ampersand joins one") {
    auto a = np::test::analyze_text(
        "Kelvorn Holdings Inc and Tessik & Marrow, which both buy parts from local factories, declined to "
        "comment. Shares of Orvale & Brandt rose 3%.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Kelvorn Holdings Inc"));
    CHECK(has_mention(d, EntityType::ORG, "Tessik & Marrow"));
    CHECK(has_mention(d, EntityType::ORG, "Orvale & Brandt"));
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Marrow"));
}

// "Chinese President Xu Tiemin ... saying there was "no reason" to meet Xu": a family name written
// first is the person's short form too (the tagger made a place of the lone "Xu").
TEST_CASE("entities: a family name written first stands for the full name") {
    auto a = np::test::analyze_text(
        "The move comes weeks before an expected meeting between Chinese President Xu Tiemin and the U.S. "
        "president. The U.S. president responded on social media, threatening new tariffs and saying there was "
        "\"no reason\" to meet Xu.");
    const auto& d = a.documents[0];
    const np::Entity* xu = np::test::entity_named(d, "Xu Tiemin");
    REQUIRE(xu != nullptr);
    if (!xu) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(xu->type == EntityType::PERSON);
    CHECK(xu->mentions.size() == 2);
    CHECK_FALSE(has_mention(d, EntityType::GPE, "Xu"));
}

// "a spokesperson for the Office of the U.S. Trade Representative": the tagger ended the name at
// its institution word ("Office"), before "of the" and the words that finish it; a lone "The"
// and a person after "of the" ("the Office of the President Jane Okafor") stay as they were.
TEST_CASE("entities: an institution's name runs on over 'of the' and its capitalized words") {
    auto a = np::test::analyze_text(
        "A spokesperson for the Office of the Vexland Trade Representative did not respond. The Economics Institute "
        "of the Norland Academy published the data. He wrote to the Office of the President Jane Okafor.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Office of the Vexland Trade Representative"));
    CHECK(has_mention(d, EntityType::ORG, "Economics Institute of the Norland Academy"));
    CHECK(has_mention(d, EntityType::PERSON, "Jane Okafor"));
    for (const auto& e : d.entities)
        for (const auto& m : e.mentions) {
            const std::string_view t = std::string_view(d.text).substr(m.start, m.end - m.start);
            CHECK_MESSAGE(!t.ends_with(" of the"), t);
            CHECK_MESSAGE(!t.ends_with(" of"), t);
        }
}

// "Advanced Micro Devices said": the tagger read the sentence's first word as capitalized by its
// place and made the rest a person ("Kestrel Devices"). A first word shaped as an adjective
// before a company's plural head word ("Devices", "Systems", "Instruments") is the name's; a
// function word ("Then") is not, and the company found whole elsewhere stays as it was.
TEST_CASE("entities: an adjective opening a sentence is part of the company name after it") {
    auto a = np::test::analyze_text("Advanced Kestrel Devices said on Monday it would cut prices.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Advanced Kestrel Devices"));
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Kestrel Devices"));
    auto b = np::test::analyze_text("Integrated Harlow Systems said on Monday it would cut prices.");
    CHECK(has_mention(b.documents[0], EntityType::ORG, "Integrated Harlow Systems"));
    // (a function word first is capitalized by its place only)
    auto c = np::test::analyze_text("Then Kestrel Group said it would cut prices.");
    CHECK(has_mention(c.documents[0], EntityType::ORG, "Kestrel Group"));
    CHECK_FALSE(has_mention(c.documents[0], EntityType::ORG, "Then Kestrel Group"));
}

// "The six-member Gulf Cooperation Council (GCC)": the tagger left out the name's first word and
// made "Cooperation Council" an organisation; "Bank of Japan to Sell Bills" in a headline, "Japan"
// a place. A name of three words or more the gazetteers know, holding mentions only inside it,
// is one mention of it also when the first of those mentions begins after its start. And the
// Fed, the U.S. Federal Reserve and the Federal Reserve are one entity.
TEST_CASE("entities: a known organisation whose first word the tagger left out is whole") {
    auto a = np::test::analyze_text(
        "The six-member Gulf Cooperation Council (GCC) resumed trade talks with Chile on Monday. GCC officials "
        "said a deal could follow.");
    const auto& d = a.documents[0];
    const auto* gcc = entity_named(d, "Gulf Cooperation Council");
    REQUIRE(gcc != nullptr);
    if (!gcc) return;
    CHECK(gcc->type == EntityType::ORG);
    CHECK(gcc->count == 3);
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Cooperation Council"));
    auto b = np::test::analyze_text("Bank of Japan to Sell 400 Billion Yen in Bills\n\nThe Bank of Japan will sell bills "
                                    "today, money traders said.");
    CHECK_FALSE(has_mention(b.documents[0], EntityType::GPE, "Japan"));
    auto c = np::test::analyze_text("The U.S. Federal Reserve kept interest rates unchanged. The Fed will meet again in "
                                    "March.");
    const auto* fed = entity_named(c.documents[0], "Fed");
    REQUIRE(fed != nullptr);
    if (!fed) return;
    CHECK(fed->count == 2);
}

// "the Citrus Growers' Association", "National Farmers' Union president X": a plural's apostrophe
// inside the name cut it in two ("Citrus Growers" + "Association"), or left the head word to the
// title. And a double-barrelled company name the gazetteer knows ("Rolls-Royce") was no name when
// the tagger passed it over (one word: only names of two or more words were added).
TEST_CASE("entities: a plural's apostrophe inside a name, and a double-barrelled known company") {
    auto a = np::test::analyze_text(
        "The Lima Fruit Growers' Association said exports fell. National Farmers' Union president Tom Hale said "
        "prices rose. Shares in Rolls-Royce fell 3% on Monday, and the farmers' union met.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Lima Fruit Growers' Association"));
    CHECK(has_mention(d, EntityType::ORG, "National Farmers' Union"));
    CHECK(has_mention(d, EntityType::ORG, "Rolls-Royce"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Association"));
}

// "cheap Asian supply", "other European countries": a people's word the gazetteers know, alone,
// was left to the tagger, which rarely saw a continent's adjective in training and left it out
// (peoples of two or more words were added already). Not when a capitalized word follows: it may
// open a longer name ("Asian Development Bank").
TEST_CASE("entities: a known people's word alone before a lower-case word is a nationality") {
    auto a = np::test::analyze_text(
        "Cheap Asian supply hurt steelmakers in Peru. Imports from other European countries rose, the Asian "
        "Development Bank said.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::NORP, "Asian"));
    CHECK(has_mention(d, EntityType::NORP, "European"));
    CHECK(has_mention(d, EntityType::ORG, "Asian Development Bank"));
}

// "the statistics agency, Rosstat, said", "the national weather service, Senamhi, warned": a name
// set off by commas after a noun naming a kind of organisation is the organisation (it was read
// as a person or a place); not after "of", where the noun says where a person works: "the head of
// the food logistics agency, Tom Hale, said".
TEST_CASE("entities: a name between commas after an organisation's noun is that organisation") {
    auto a = np::test::analyze_text(
        "Meteorologists at the national weather service, Lumaweather, warned of rain. The statistics agency, "
        "Valstat, said prices rose. The head of the food logistics agency, Tom Hale, said stocks were ample.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Lumaweather"));
    CHECK(has_mention(d, EntityType::ORG, "Valstat"));
    CHECK(has_mention(d, EntityType::PERSON, "Tom Hale"));
}

// "the far-right Alternative for Germany (AfD)", "the Social Democrats (SPD)": a short form in
// brackets right after capitalized words names them as one organisation (the tagger had read
// "Germany" alone, and nothing of the rest), and the short form is that organisation's though its
// letters come from another language's name (the first letters agree). A capitalized term is no
// organisation ("the London Interbank Offered Rate (LIBOR)"), nor a name the tagger read as a
// place ("the United States (US)").
TEST_CASE("entities: a name before a bracketed short form is an organisation, the short form its alias") {
    auto a = np::test::analyze_text(
        "The far-right Alternative for Norland (AfN), which leads some polls, called the vote a farce. AfN "
        "co-leader Tom Hale said the vote was rigged. The Social Democrats (SPV) hold 120 seats, and the SPV "
        "backed the plan. Banks lend at the London Interbank Offered Rate (LIBOR) plus a margin.");
    const auto& d = a.documents[0];
    const np::Entity* afn = entity_named(d, "Alternative for Norland");
    REQUIRE(afn != nullptr);
    if (!afn) return;
    CHECK(afn->type == EntityType::ORG);
    CHECK(std::find(afn->aliases.begin(), afn->aliases.end(), "AfN") != afn->aliases.end());
    const np::Entity* spv = entity_named(d, "Social Democrats");
    REQUIRE(spv != nullptr);
    if (!spv) return;
    CHECK(std::find(spv->aliases.begin(), spv->aliases.end(), "SPV") != spv->aliases.end());
    CHECK_FALSE(has_mention(d, EntityType::ORG, "London Interbank Offered Rate"));
}

// "AfN co-leader Tom Hale said": "co-leader" was no head of a role (co-chairman and co-president
// were), so the person had none.
TEST_CASE("entities: a co-leader's role") {
    auto a = np::test::analyze_text(
        "The far-right Alternative for Norland (AfN) called the vote a farce. AfN co-leader Tom Hale said the "
        "vote was rigged.");
    const np::Entity* hale = entity_named(a.documents[0], "Tom Hale");
    REQUIRE(hale != nullptr);
    if (!hale) return;
    CHECK(hale->role == "co-leader");
}

// "Steel Minister H.D. Kumaraswamy said" gave a person "Kumaraswamy" with no role: one initial
// before a person's name joined it ("C. Lewis"), two in one token did not. "U.S." is no initials.
TEST_CASE("entities: two initials before a person's name belong to it") {
    auto a = np::test::analyze_text("\"This gives our steel industry breathing space,\" Steel Minister H.D. Rajan said.");
    const auto& d = a.documents[0];
    const np::Entity* p = np::test::entity_named(d, "H.D. Rajan");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->role == "Steel Minister");
}

// "Trade Minister Parks Tau said" gave a person "Tau" with no role: a capitalized word between a
// title and the tagger's one-word person is the given name (not in a Title Case headline, where
// "... President Says Shultz" would join "Says").
TEST_CASE("entities: a capitalized word between a title and a surname is the given name") {
    auto a = np::test::analyze_text("\"We will continue to engage,\" Trade Minister Parks Tau said.");
    const auto& d = a.documents[0];
    const np::Entity* p = entity_named(d, "Parks Tau");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->role == "Trade Minister");
}

// "Western Union said John Pope Jr has been elected" gave two people, "John" and "Jr" (with the
// role "Pope"): a surname that is also a title ("Pope", "King") before a generational suffix. A
// given name, title-case words and "Jr"/"Sr" are one person, and the surname alone later is the
// same person.
TEST_CASE("entities: a name closed by Jr is one person even when its surname is a title") {
    auto a = np::test::analyze_text(
        "The bank said Peter Pope Jr has been elected president. Pope joined the bank in 1990.");
    const auto& d = a.documents[0];
    const np::Entity* p = entity_named(d, "Peter Pope Jr");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->mentions.size() == 2);
    CHECK(entity_named(d, "Jr") == nullptr);
}

// ", formerly the executive vice president," gave the role "formerly the executive vice
// president": a post held before is told as "former ...".
TEST_CASE("entities: an apposition opened by formerly is a former role") {
    auto a = np::test::analyze_text(
        "Kelvorn Corp said Tom Hale, formerly the executive vice president, will lead the unit.");
    const np::Entity* p = entity_named(a.documents[0], "Tom Hale");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->role == "former executive vice president");
}

// "sanctioned Supreme Court Justice Alexandre de Moraes" gave one organisation of the court, the
// title and the name, "U.S. District Court Judge" an organisation: "Justice" and "Judge" begin
// organisation names elsewhere ("Justice Department"), but after "Court" they are the person's
// title, the name (with its particles) after them a person.
TEST_CASE("entities: a court's Justice or Judge before a name is the person's title") {
    auto a = np::test::analyze_text(
        "The ministry also sanctioned Supreme Court Justice Rafael de Souza, accusing him of abuses.");
    const auto& d = a.documents[0];
    const np::Entity* p = entity_named(d, "Rafael de Souza");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->type == np::EntityType::PERSON);
    CHECK(p->role == "Justice");
    CHECK(entity_named(d, "Supreme Court") != nullptr);
    auto b = np::test::analyze_text("U.S. District Court Judge Tom Hale ruled against the company.");
    CHECK(entity_named(b.documents[0], "Tom Hale") != nullptr);
}

// "approval from U.S. District Judge Edward Davila" gave an organisation "U.S. District Judge": a
// judge's title of a court's kind (its place, "District", "Circuit", "Federal" ...) right before a
// person's name is the person's title, no organisation.
TEST_CASE("entities: 'U.S. District Judge' before a name is no organisation") {
    auto a = np::test::analyze_text("The settlement needs approval from U.S. District Judge Tom Hale in Boston.");
    const auto& d = a.documents[0];
    const np::Entity* p = entity_named(d, "Tom Hale");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->role == "Judge");
    for (const auto& e : d.entities) CHECK(e.name.find("Judge") == std::string::npos);
}

// "a partnership with Hero MotoCorp" made a person: a capital inside a word after a syllable of
// its own is a brand's ("KelvCorp", "QuikWok"); surnames keep theirs ("McCarthy", "DeSantis",
// "MacKenzie") and two given names run together stay a person's ("MargaretThatcher").
TEST_CASE("entities: a brand's inner capital makes no person") {
    auto a = np::test::analyze_text(
        "Acme sells its bikes in Peru through a partnership with Tessik KelvCorp, the company said.");
    CHECK(has_mention(a.documents[0], EntityType::ORG, "Tessik KelvCorp"));
    CHECK_FALSE(has_mention(a.documents[0], EntityType::PERSON, "Tessik KelvCorp"));
    auto b = np::test::analyze_text(
        "Governor Ron DeSantis met Senator Joe McCarthy and Ryan MacKenzie in Lima on Monday.");
    CHECK(has_mention(b.documents[0], EntityType::PERSON, "Ron DeSantis"));
    CHECK(has_mention(b.documents[0], EntityType::PERSON, "Joe McCarthy"));
    CHECK(has_mention(b.documents[0], EntityType::PERSON, "Ryan MacKenzie"));
}

// "according to the Peruvian Active Anode Material Producers" ended at "Active", and "Kelvorn Wine
// Estates shares jumped" at a first word the gazetteers know: capitalized words right after an
// organisation, ending in a word that heads a body of producers or an estate, are its name.
TEST_CASE("entities: an organisation runs on to its 'Producers' or 'Estates'") {
    auto a = np::test::analyze_text(
        "The rate will exceed 160%, according to the Association of Peruvian Animal Feed Manufacturers. "
        "Treasury Wine Estates shares jumped 3% in Lima.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Association of Peruvian Animal Feed Manufacturers"));
    CHECK(has_mention(d, EntityType::ORG, "Treasury Wine Estates"));
}

// "Codelco, the state miner, said" and "Kelvorn, the world's largest copper producer, said" made
// persons: a miner or producer owned by a state, or named after "the world's", is a company as
// one after a possessive is ("X, India's largest miner").
TEST_CASE("entities: 'X, the state miner' and 'X, the world's largest producer' are companies") {
    auto a = np::test::analyze_text("Tessikor, the state miner, said it had no plans to cut output.");
    const auto* t = entity_named(a.documents[0], "Tessikor");
    REQUIRE(t != nullptr);
    if (!t) return;
    CHECK(t->type == EntityType::ORG);
    auto b = np::test::analyze_text("Kelvorn, the world's largest copper producer, said it had no plans to cut output.");
    const auto* k = entity_named(b.documents[0], "Kelvorn");
    REQUIRE(k != nullptr);
    if (!k) return;
    CHECK(k->type == EntityType::ORG);
}

// Government posts the gazetteer lacked: "Maria Delgado, a former Peruvian Treasury undersecretary"
// had no role; "Minister of State for Energy Tom Hale" made an organisation "State for Energy Tom
// Hale" (the title's portfolio is the post's, not the name's); "Chile's Minister of State for
// Finance, Ana Torres, said" gave no role; "Peruvian Agriculture undersecretary Jane Okafor" made an
// organisation "Peruvian Agriculture".
TEST_CASE("entities: undersecretaries and ministers of state keep their posts apart from their names") {
    auto a = np::test::analyze_text(
        "Kelvorn named Maria Delgado, a former Peruvian Treasury undersecretary, as its chief executive. "
        "Chile's Minister of State for Energy Tom Hale said so. Chile's Minister of State for Finance, Ana Torres, "
        "said the same. Peru's Agriculture undersecretary Jane Okafor disagreed.");
    const auto& d = a.documents[0];
    const auto* delgado = entity_named(d, "Maria Delgado");
    REQUIRE(delgado != nullptr);
    if (!delgado) return;
    CHECK(delgado->role == "former Peruvian Treasury undersecretary");
    const auto* hale = entity_named(d, "Tom Hale");
    REQUIRE(hale != nullptr);
    if (!hale) return;
    CHECK(hale->type == EntityType::PERSON);
    CHECK(hale->role == "Minister of State for Energy");
    const auto* torres = entity_named(d, "Ana Torres");
    REQUIRE(torres != nullptr);
    if (!torres) return;
    CHECK(torres->role == "Minister of State for Finance");
    const auto* okafor = entity_named(d, "Jane Okafor");
    REQUIRE(okafor != nullptr);
    if (!okafor) return;
    CHECK(okafor->role.find("undersecretary") != std::string::npos);
    for (const auto& e : d.entities) CHECK_MESSAGE(e.name.find("State for") == std::string::npos, e.name);
}

// "Kelvorn named Maria Delgado as its chief executive" made a person of the company: a one-word
// person whose own clause speaks of it as "its" is a company. Not past a verb of saying ("Gerstner
// said Acme had no plans to quit its bond business" is Acme's), nor a family name the text gives in
// full.
TEST_CASE("entities: a one-word name its own clause calls 'its' is a company") {
    auto a = np::test::analyze_text("Kelvorn named Maria Delgado as its chief executive on Monday. Tessik said its "
                                    "profit rose. Tom Gerstner said Acme had no plans to quit its bond business.");
    const auto& d = a.documents[0];
    const auto* k = entity_named(d, "Kelvorn");
    REQUIRE(k != nullptr);
    if (!k) return;
    CHECK(k->type == EntityType::ORG);
    const auto* t = entity_named(d, "Tessik");
    REQUIRE(t != nullptr);
    if (!t) return;
    CHECK(t->type == EntityType::ORG);
    const auto* g = entity_named(d, "Tom Gerstner");
    REQUIRE(g != nullptr);
    if (!g) return;
    CHECK(g->type == EntityType::PERSON);
}

// '"Maria brings exactly the experience we need," Tom Hale said' kept "Maria" apart from "Maria
// Delgado": a given name alone was never taken for the one person whose name opens with it (it is
// often another person's family name). Inside a quotation, where colleagues speak so, it is.
TEST_CASE("entities: a given name alone inside a quotation is the one person of that name") {
    auto a = np::test::analyze_text("Acme named Maria Delgado as its chief executive on Monday. \"Maria brings exactly the "
                                    "experience we need,\" Tom Hale said.");
    const auto& d = a.documents[0];
    const auto* md = entity_named(d, "Maria Delgado");
    REQUIRE(md != nullptr);
    if (!md) return;
    CHECK(md->count == 2);
    for (const auto& e : d.entities) CHECK(e.name != "Maria");
}

// "The decision by Gecex, the executive committee of the country's foreign trade chamber" (a probe
// of my own writing) made the committee a place: a public body named by a lower-case apposition
// (committee, council, agency, regulator, board, ...) is an organisation; not "a member of the
// board" (a person's post) nor a list's next name ("Sharjah, the Emirates news agency").
TEST_CASE("entities: 'X, the executive committee' and 'X, the national regulator' are organisations") {
    auto a = np::test::analyze_text(
        "The decision by Tessavar, the executive committee of the country's trade chamber, covers 23 items.");
    const auto* t = entity_named(a.documents[0], "Tessavar");
    REQUIRE(t != nullptr);
    if (!t) return;
    CHECK(t->type == EntityType::ORG);
    auto b = np::test::analyze_text("Officials at Kelvane, the national regulator, agreed on Monday.");
    const auto* k = entity_named(b.documents[0], "Kelvane");
    REQUIRE(k != nullptr);
    if (!k) return;
    CHECK(k->type == EntityType::ORG);
    auto c = np::test::analyze_text("Also discussed was Tom Hale, a member of the central bank board.");
    const auto* h = entity_named(c.documents[0], "Tom Hale");
    REQUIRE(h != nullptr);
    if (!h) return;
    CHECK(h->type == EntityType::PERSON);
}

// "A Department for Business and Trade spokesperson" (a probe of my own writing) named the
// "Department for Business"; Reuters' "Ministry of International Trade and Industry" was cut at
// "and" the same way; "The Ministry of Finance and Treasury Secretary X" ended a name on "and".
TEST_CASE("entities: a ministry's name goes on past 'and'; no name ends on 'and'") {
    auto a = np::test::analyze_text("A Department for Business and Trade spokesperson said the rules would stay.");
    CHECK(entity_named(a.documents[0], "Department for Business and Trade") != nullptr);
    auto b = np::test::analyze_text("The Ministry of Agriculture and Rural Affairs said it would review the rules.");
    CHECK(entity_named(b.documents[0], "Ministry of Agriculture and Rural Affairs") != nullptr);
    auto c = np::test::analyze_text("The Ministry of Finance and Treasury Secretary Tom Hale met on Monday.");
    CHECK(entity_named(c.documents[0], "Ministry of Finance") != nullptr);
    for (const auto& e : c.documents[0].entities) CHECK_MESSAGE(!e.name.ends_with(" and"), e.name);
    // ("The Comprehensive Economic and Trade Agreement was signed": an agreement's name too)
    auto d = np::test::analyze_text("The Comprehensive Economic and Trade Agreement was signed in July.");
    CHECK(entity_named(d.documents[0], "Comprehensive Economic and Trade Agreement") != nullptr);
}

// Two probes of my own writing: "seats in the Assembly of the Republic" made a place "Republic",
// and "one council member, Professor Iwona Duda-Krawczyk, voted" an organisation with the title in
// it (Reuters has "Ayatollah Ruhollah Khomeini" and "General Ibrahim Babangida" the same way).
TEST_CASE("entities: 'the Assembly of the Republic' is one body; a title opening a name is a person's") {
    auto a = np::test::analyze_text("The party holds 88 of the 230 seats in the Assembly of the Republic.");
    const auto* body = entity_named(a.documents[0], "Assembly of the Republic");
    REQUIRE(body != nullptr);
    if (!body) return;
    CHECK(body->type == EntityType::ORG);
    auto b = np::test::analyze_text("One council member, Professor Iwona Tessakova, voted for a larger cut.");
    const auto* p = entity_named(b.documents[0], "Iwona Tessakova");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->type == EntityType::PERSON);
    // ("ECZ chairperson Justice Esau X ... Justice X said": a judge's title before one name too)
    auto j = np::test::analyze_text(
        "The results were read out by commission chairperson Justice Esau Tessik. \"Both sides must wait,\" "
        "Justice Tessik said.");
    const auto* judge = entity_named(j.documents[0], "Esau Tessik");
    REQUIRE(judge != nullptr);
    if (!judge) return;
    CHECK(judge->type == EntityType::PERSON);
    CHECK(judge->mentions.size() == 2);
    // (not a firm whose name opens with a title's word)
    auto c = np::test::analyze_text("Analysts at the Economist Intelligence Unit said growth would slow.");
    const auto* u = entity_named(c.documents[0], "Economist Intelligence Unit");
    REQUIRE(u != nullptr);
    if (!u) return;
    CHECK(u->type == EntityType::ORG);
}

// A court report and a merger story (probes of my own writing): "His lawyer, Selin Aydın, ... Ms
// Aydın said" made a second entity, the Turkish province; "Mr. van der Meulen said" a place "Van".
// After an honorific a name is a person's, whatever place shares it; a name's lower-case particle
// opens no place (Reuters: "Mr Landes" was the French department).
TEST_CASE("entities: 'Ms Paris said' is the person; 'van' in 'Mr. van der Meulen' is no place") {
    auto a = np::test::analyze_text("Tom Hale met Jane Paris on Monday. Ms Paris said the talks went well.");
    const auto* p = entity_named(a.documents[0], "Jane Paris");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->mentions.size() == 2);
    for (const auto& e : a.documents[0].entities) CHECK(e.type != EntityType::GPE);
    auto b = np::test::analyze_text("Co-founder Luc van der Tessel will stay. Mr. van der Tessel said he was pleased.");
    for (const auto& e : b.documents[0].entities) CHECK_MESSAGE(e.type != EntityType::GPE, e.name);
    // (the verb "miss" is no honorific: "will miss England's opening qualifier", CoNLL-2003 dev)
    auto c = np::test::analyze_text("Two players are injured and will miss Chile's opening qualifier on Sunday.");
    const auto* chile = entity_named(c.documents[0], "Chile");
    REQUIRE(chile != nullptr);
    if (!chile) return;
    CHECK(chile->type == EntityType::GPE);
}

// A merger story (a probe of my own writing): "co-founder and CEO Luc van der Meulen" made an
// organisation "CEO Luc" and a person "van der Meulen"; "China's State Administration for Market
// Regulation" named only "Market Regulation".
TEST_CASE("entities: 'CEO Luc van der X' is one person; a body's name before 'for' is its start") {
    auto a = np::test::analyze_text("Tessik co-founder and CEO Luc van der Kelvorn will join the board.");
    CHECK(entity_named(a.documents[0], "Luc van der Kelvorn") != nullptr);
    for (const auto& e : a.documents[0].entities) CHECK_MESSAGE(e.name != "CEO Luc", e.name);
    auto b = np::test::analyze_text("The deal needs approval from Chile's State Administration for Market Regulation.");
    CHECK(entity_named(b.documents[0], "State Administration for Market Regulation") != nullptr);
}

// A commodities story and a health story (probes of my own writing): "the Organization of the
// Petroleum Exporting Countries" named "Petroleum Exporting Countries"; "the UN Office for the
// Coordination of Humanitarian Affairs" made two organisations; "the vaccine alliance Gavi" a
// person.
TEST_CASE("entities: a body's name across 'of the'/'for the'; 'the vaccine alliance X' is an organisation") {
    auto a = np::test::analyze_text(
        "Delegates from the Organization of the Copper Exporting Countries met in Lima on Monday.");
    CHECK(entity_named(a.documents[0], "Organization of the Copper Exporting Countries") != nullptr);
    auto b = np::test::analyze_text(
        "Less than 30% had been funded, according to the UN Office for the Coordination of Humanitarian Affairs.");
    CHECK(entity_named(b.documents[0], "UN Office for the Coordination of Humanitarian Affairs") != nullptr);
    auto c = np::test::analyze_text("The doses were financed by the vaccine alliance Tessavi, officials said.");
    const auto* g = entity_named(c.documents[0], "Tessavi");
    REQUIRE(g != nullptr);
    if (!g) return;
    CHECK(g->type == EntityType::ORG);
}

// A news-in-brief page (a probe of my own writing): "Kenya's Faith Chepkoech Rotich won the Berlin
// half marathon. Ethiopia's Tigist Alemu Bekele finished second" made two companies, the pattern of
// "Japan's Shin-Etsu Chemical". Plain Title-case words after a country's possessive, before a verb
// of a contest (or opening with a known given name), are a person.
TEST_CASE("entities: 'Kenya's X Y Z won the race' is a person") {
    auto a = np::test::analyze_text(
        "Kenya's Faith Chepkoech Rotich won the Berlin half marathon on Sunday. Ethiopia's Tigist Alemu Bekele "
        "finished second.");
    for (const char* name : {"Faith Chepkoech Rotich", "Tigist Alemu Bekele"}) {
        const auto* p = entity_named(a.documents[0], name);
        CHECK_MESSAGE(p != nullptr, name);
        if (p) CHECK_MESSAGE(p->type == EntityType::PERSON, name);
    }
    // (a company keeps its type: "Japan's Tessik Chemical won the contract")
    auto b = np::test::analyze_text("Japan's Tessik Chemical won the contract on Monday.");
    const auto* c = entity_named(b.documents[0], "Tessik Chemical");
    REQUIRE(c != nullptr);
    if (!c) return;
    CHECK(c->type == EntityType::ORG);
}

// A factbox (a probe of my own writing): "Seoul's Trade Commission imposed provisional anti-dumping
// duties" named only "Commission", which then joined the European Commission named above it, and
// the duties became the EU's. A body's head word alone after a possessive takes the Title-case
// words before it.
TEST_CASE("entities: 'Seoul's Trade Commission' is the whole name, not another commission") {
    auto a = np::test::analyze_text(
        "The European Commission imposed duties on plywood in January.\n\nSeoul's Trade Commission imposed "
        "provisional anti-dumping duties of 21.6% on carbon steel plate from Chile from April 3.");
    CHECK(entity_named(a.documents[0], "Trade Commission") != nullptr);
    const np::Measure* plate = nullptr;
    for (const auto& m : a.documents[0].measures)
        if (m.goods.find("steel plate") != std::string::npos) plate = &m;
    REQUIRE(plate != nullptr);
    if (!plate) return;
    CHECK(plate->imposer_name == "South Korea");
}

// A trade wrap (a probe of my own writing): "India's Directorate General of Trade Remedies
// recommended" made a person "Directorate General"; "the Anti-Dumping Commission imposed" named
// only "Commission" (a hyphenated word was kept out of names, for "the Paris-based OECD"); Reuters
// has "figures released by the Department of Trade and Industry" named "Department".
TEST_CASE("entities: a body's name with 'of ... and ...', a directorate, a hyphenated Title word") {
    auto a = np::test::analyze_text(
        "Chile's Directorate General of Trade Remedies recommended an anti-dumping duty on solar glass.");
    const auto* d = entity_named(a.documents[0], "Directorate General of Trade Remedies");
    REQUIRE(d != nullptr);
    if (!d) return;
    CHECK(d->type == EntityType::ORG);
    auto b = np::test::analyze_text("In Chile, the Anti-Dumping Commission imposed duties of 20% on pipe from Peru.");
    CHECK(entity_named(b.documents[0], "Anti-Dumping Commission") != nullptr);
    auto c = np::test::analyze_text("Exports fell 2.2 pct, figures released by the Department of Trade and Industry show.");
    CHECK(entity_named(c.documents[0], "Department of Trade and Industry") != nullptr);
}

// CoNLL-style "He replaces Justice Sandra Day O'Connor": the rule for a judge's title before one
// name made a person "Sandra" of the first two words; one name after the title counts only where
// the name ends.
TEST_CASE("entities: 'Justice Sandra Day O'Connor' is not cut to 'Sandra'") {
    auto a = np::test::analyze_text("He replaces Justice Sandra Day O'Connor, who is retiring.");
    for (const auto& e : a.documents[0].entities) CHECK_MESSAGE(e.name != "Sandra", e.name);
}

// A football report (a probe of my own writing): 'Captain José Ignacio "Nacho" Ferrándiz' gave two
// persons, "José Ignacio" and "Ferrándiz"; Reuters has 'John "Bud" Frazier' and 'C. J. "Pete"
// Silas'. A nickname in quotes between a given name and a surname is inside one person's name.
TEST_CASE("entities: a quoted nickname inside a name is one person") {
    auto a = np::test::analyze_text("Captain Tom \"Tommy\" Hale scored twice. Hale said the team played well.");
    const auto* p = entity_named(a.documents[0], "Tom \"Tommy\" Hale");
    REQUIRE(p != nullptr);
    if (!p) return;
    CHECK(p->mentions.size() == 2);
    for (const auto& e : a.documents[0].entities) CHECK_MESSAGE(e.name != "Tommy", e.name);
}
