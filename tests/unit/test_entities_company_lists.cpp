// test_entities_company_lists.cpp — names the tagger read as people or places that are
// companies: every name of a list before a plural company apposition ("Japan's Kelvorn Chemical
// and Germany's Tessikwerk, two of the biggest magnet makers outside China,": both read as places
// after the countries' possessives), names joined by "& Co", a name with analysts or shares, a
// name "which was bought by" another; and a place's "Ste." that ended its sentence.
#include <doctest/doctest.h>

#include "test_entities_support.hpp"

using np::EntityType;
using np::test::entity_named;
using np::test::has_mention;

TEST_CASE("entities: each name of a list before a plural company apposition is a company") {
    auto a = np::test::analyze_text(
        "Japan's Kelvorn Chemical and Germany's Tessikwerk, two of the biggest magnet makers outside China, said "
        "they were assessing the impact.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Kelvorn Chemical"));
    CHECK(has_mention(d, EntityType::ORG, "Tessikwerk"));
    CHECK(has_mention(d, EntityType::GPE, "Japan"));    // the places stay places
    CHECK(has_mention(d, EntityType::GPE, "Germany"));
    // not a list of buyers, and not places
    auto b = np::test::analyze_text("China and India, the two biggest buyers of Russian oil, said nothing.");
    CHECK(has_mention(b.documents[0], EntityType::GPE, "China"));
    CHECK(has_mention(b.documents[0], EntityType::GPE, "India"));
}

// "JPMorgan Chase & Co": the tagger made a person of "JPMorgan Chase" and an ORG "Co"; an
// ampersand before a company suffix joins the words before it into the name (a sentence's first
// word too). "Goldman Sachs analysts wrote": a name whose analysts, economists or shares these
// are is a firm's (a person's aides stay a person's).
TEST_CASE("entities: names joined by '& Co' and names with analysts or shares are companies") {
    auto a = np::test::analyze_text(
        "Kelvorn Lutz & Co said it would hire. Marrow & Co fell. Tessik Obuya analysts wrote that rates would "
        "fall, and Tessik Obuya shares rose. Jane Okafor aides denied it.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Kelvorn Lutz & Co"));
    CHECK(has_mention(d, EntityType::ORG, "Marrow & Co"));
    const np::Entity* t = np::test::entity_named(d, "Tessik Obuya");
    REQUIRE(t != nullptr);
    if (!t) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(t->type == EntityType::ORG);
    CHECK(t->mentions.size() == 2);
    CHECK(has_mention(d, EntityType::PERSON, "Jane Okafor"));
}

// "Stelco, which was bought by Cleveland-Cliffs Inc last year, declined to comment": the tagger
// made a person of the company; a company changes owners, a person does not.
TEST_CASE("entities: a name 'which was bought by' another is a company") {
    auto a = np::test::analyze_text(
        "Tarvex Steel Group Inc said it would lay off 1,000 workers. Brelco, which was bought by Tarvex last year, "
        "declined to comment. Joan Brelco, a union leader, said workers were angry.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Brelco"));
    CHECK(has_mention(d, EntityType::PERSON, "Joan Brelco"));  // a given name: the person stays
}

// "based in Sault Ste. Marie, Ontario": "Ste." (Sainte) is an abbreviation inside a place's
// name, not a sentence's end ("Sault Ste" and a person "Marie").
TEST_CASE("entities: 'Ste.' inside a place name does not end the sentence") {
    auto a = np::test::analyze_text("The mill, based in Sault Ste. Marie, Ontario, will close in January.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::GPE, "Sault Ste. Marie"));
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Marie"));
}

// "Chinese carmakers including BYD, SAIC and Geely could ship ...": a name of the list that the
// tagger left untagged is a company too.
TEST_CASE("entities: every name of a company list is a company, tagged or not") {
    auto a = np::test::analyze_text(
        "Under the proposal, Vexlandic carmakers including Norvale, Tessik and Harbor could ship up to 300,000 "
        "vehicles a year duty-free.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Norvale"));
    CHECK(has_mention(d, EntityType::ORG, "Tessik"));
    CHECK(has_mention(d, EntityType::ORG, "Harbor"));  // (the one the tagger left out)
}

// "Morgan Stanley said ...": the tagger reads a two-word company name like a given name and a
// surname; a name of two or more words the gazetteers list as an organisation is no person
// (one word alone may be a surname: "Ford").
TEST_CASE("entities: a gazetteer organisation of two words is no person") {
    auto a = np::test::analyze_text(
        "Goldman Sachs cut its forecast for growth to 6.0% from 6.3%, while Morgan Stanley said the hit could "
        "reach 0.6 percentage point.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Goldman Sachs"));
    CHECK(has_mention(d, EntityType::ORG, "Morgan Stanley"));
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Morgan Stanley"));
}

// "Germany, home to Volkswagen, BMW and Mercedes-Benz": the tagger made a place of the first
// company after the country; a name the gazetteers list as an organisation and as no place is
// no place.
TEST_CASE("entities: a gazetteer organisation that is no place is never a place") {
    auto a = np::test::analyze_text(
        "Germany, home to Volkswagen, BMW and Mercedes-Benz, opposed the tariffs, fearing retaliation against its "
        "carmakers.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Volkswagen"));
    CHECK_FALSE(has_mention(d, EntityType::GPE, "Volkswagen"));
    CHECK(has_mention(d, EntityType::GPE, "Germany"));
}

// "Sheinbaum's Morena party": a name a lower-case "party" or "movement" follows is the party's
// (the tagger made a place of it); a nationality before "alliance" stays one.
TEST_CASE("entities: a name before 'party' is an organisation") {
    auto a = np::test::analyze_text(
        "The plan needs approval from Congress, where Okafor's Tessora party and its allies hold a majority.");
    CHECK(has_mention(a.documents[0], EntityType::ORG, "Tessora"));
    CHECK_FALSE(has_mention(a.documents[0], EntityType::GPE, "Tessora"));
}

// Materials, metals, mining, chips and steel name companies the way "Industries" and "Motors"
// do ("Tata Steel" was a person, "Fairchild Semiconductor" and "Enron Chemicals" places on the
// Reuters pastes).
TEST_CASE("entities: a name ending in an industry word like Materials or Steel is a company") {
    auto a = np::test::analyze_text(
        "Halvex Semiconductor said sales fell, while Ostrava Mining cut jobs and Drenford Steel raised prices. "
        "Korvane Materials said it would build a plant in Texas. Pellow Chemicals said it would cut output, as did Ambry Metals.");
    const auto& d = a.documents[0];
    for (const char* n : {"Halvex Semiconductor", "Ostrava Mining", "Drenford Steel", "Korvane Materials",
                          "Pellow Chemicals", "Ambry Metals"}) {
        CHECK_MESSAGE(has_mention(d, EntityType::ORG, n), n);
        CHECK_MESSAGE(!has_mention(d, EntityType::PERSON, n), n);
        CHECK_MESSAGE(!has_mention(d, EntityType::GPE, n), n);
    }
    CHECK(has_mention(d, EntityType::GPE, "Texas"));
}

// A name ending in a legal word is a company whatever its context suggests: "Halvex Corp, whose
// processors ..." read as a person (a "whose" clause), "Georgia Gulf Corp" a place (~100 of the
// Reuters pastes). A legal word left alone after a bracket or a line break ("Hoare Govett (Far
// East) Ltd") is no name at all (it was a person or a company "Ltd").
TEST_CASE("entities: a name ending in Corp or Ltd is a company, a lone Ltd no name") {
    auto a = np::test::analyze_text(
        "Halvex Corp, whose graphics processors dominate the market, said the rules were misguided. "
        "Ned Ostrow, vice president at Halvex, said sales would fall. Georgia Gulf Corp said it would "
        "buy a plant, and Brennock (Far East) Ltd will each have a 0.07 pct share.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Halvex Corp"));
    CHECK_FALSE(has_mention(d, EntityType::PERSON, "Halvex Corp"));
    CHECK(has_mention(d, EntityType::ORG, "Georgia Gulf Corp"));
    CHECK_FALSE(has_mention(d, EntityType::LOC, "Georgia Gulf Corp"));
    CHECK(entity_named(d, "Ltd") == nullptr);
    CHECK(has_mention(d, EntityType::PERSON, "Ned Ostrow"));
}

// "Pellow Chemicals and Ambry Metals" was one company: two named companies joined by "and" are
// two when each side opens with a name and ends with its own organisation word; one name with
// "and" inside stays whole ("Brunswick Mining and Smelting Ltd", "Securities and Exchange
// Commission", "House Energy and Commerce Committee").
TEST_CASE("entities: two companies joined by 'and' are two, one name with 'and' stays one") {
    auto a = np::test::analyze_text(
        "Pellow Chemicals and Ambry Metals said they would cut output. Tarnow Bank and Ostrava Bank lent "
        "the money. Brunswick Mining and Smelting Ltd. said it would close a mine, the Securities and "
        "Exchange Commission said.");
    const auto& d = a.documents[0];
    for (const char* n : {"Pellow Chemicals", "Ambry Metals", "Tarnow Bank", "Ostrava Bank",
                          "Brunswick Mining and Smelting Ltd.", "Securities and Exchange Commission"}) {
        CHECK_MESSAGE(has_mention(d, EntityType::ORG, n), n);
    }
}

// "Harmony Industries, which runs a large refinery, said ...": a company
// opening a sentence whose first word is also a common word got no mention at all.
TEST_CASE("entities: a company name opening a sentence, its head word last, is a company") {
    auto a = np::test::analyze_text(
        "Refiners cut imports in October. Harmony Industries, which runs a large refinery, said it would stop buying "
        "the crude. Electronic Technologies makes quartz crystals. The Group said it would stop.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Harmony Industries"));
    CHECK(has_mention(d, EntityType::ORG, "Electronic Technologies"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Refiners"));
}

// "sanctions on Russia's two biggest oil companies, Rosneft and Lukoil,": a list in apposition
// after a plural company noun names companies (one was a person, the other nothing); "X and Co"
// inside it stays one name; "companies, Reuters reported" is no list.
TEST_CASE("entities: a list in apposition after a plural company noun names companies") {
    auto a = np::test::analyze_text(
        "Norland imposed sanctions on Vexland's two biggest oil companies, Tessoil and Marrakor, on Wednesday. "
        "The firms, Robert H. Okafor and Co and Kelvorn Trust, bought the stock. "
        "Shares of oil companies, Reuters reported, fell.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Tessoil"));
    CHECK(has_mention(d, EntityType::ORG, "Marrakor"));
    CHECK(has_mention(d, EntityType::ORG, "Robert H. Okafor and Co"));
    CHECK(entity_named(d, "Co") == nullptr);
    CHECK(has_mention(d, EntityType::ORG, "Reuters"));
}

// A name right after a plural company noun ("equipment makers Naura and AMEC"), or in the
// examples of one ("Fertilizer makers in Vexland, including Nutrien,"), is a company: the tagger
// read both as places. A place the gazetteer knows stays one ("exporters including Brazil").
TEST_CASE("entities: names after a plural company noun or in its examples are companies") {
    auto a = np::test::analyze_text(
        "The bureau added 140 companies, including equipment makers Naurix and AMEC, to the entity list. "
        "Fertilizer makers in Canada, including Nutrevo, said they would pass most of the cost on to buyers. "
        "Exporters including Brazil and Argentina gained.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Naurix"));
    CHECK(has_mention(d, EntityType::ORG, "AMEC"));
    CHECK(has_mention(d, EntityType::ORG, "Nutrevo"));
    CHECK(has_mention(d, EntityType::GPE, "Canada"));
    CHECK(has_mention(d, EntityType::GPE, "Brazil"));
    CHECK(has_mention(d, EntityType::GPE, "Argentina"));
}

// "the U.S.-Mexico-Canada Agreement": the tokenizer keeps the dotted "U.S." apart from the
// hyphen after it and the tagger began the name at "Mexico"; the word glued on by the hyphen is
// the name's first (no place of its own there).
TEST_CASE("entities: a word glued to an organisation's name by a hyphen is its first word") {
    auto a = np::test::analyze_text(
        "Canadian goods that do not meet the rules of the U.S.-Mexico-Canada Agreement currently face a 35% U.S. "
        "tariff.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "U.S.-Mexico-Canada Agreement"));
    CHECK(entity_named(d, "Mexico-Canada Agreement") == nullptr);
    CHECK(has_mention(d, EntityType::GPE, "U.S."));  // (the later "U.S. tariff" stays a place)
}

// A body named after its country: "according to the Korea International Trade Association" (a
// place "Korea" and an organisation "Association"), "the Japan External Trade Organization"
// (only the place), "the China Iron and Steel Association" (two organisations). One organisation
// each; not a country's long name ("the Russian Federation"), nor a nationality before a
// government's own body ("the Italian Foreign Ministry" stays a nationality and the ministry),
// nor a title ("the Algerian Minister of Energy").
TEST_CASE("entities: a body named after its country is one organisation") {
    auto a = np::test::analyze_text(
        "Exports rose 4%, according to the Korea International Trade Association. Exports also rose, the "
        "Japan External Trade Organization said. Output fell, the China Iron and Steel Association said. Talks "
        "with the Russian Federation resumed, sources close to the Italian Foreign Ministry said.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Korea International Trade Association"));
    CHECK(has_mention(d, EntityType::ORG, "Japan External Trade Organization"));
    CHECK(has_mention(d, EntityType::ORG, "China Iron and Steel Association"));
    CHECK(entity_named(d, "Association") == nullptr);
    CHECK(has_mention(d, EntityType::GPE, "Russian Federation"));
    CHECK(has_mention(d, EntityType::ORG, "Foreign Ministry"));
    CHECK(entity_named(d, "Italian Foreign Ministry") == nullptr);
    // (a list inside the name; a comma after a head word or before an apposition ends it)
    auto b = np::test::analyze_text(
        "\"The tariff is a disaster for our members,\" said Tran Thi Lan, who heads the Vietnam Leather, Footwear "
        "and Handbag Association. The head of the Brazilian Coffee Institute, Jorio Dauster, spoke. The Socialist "
        "Party, Democratic Renewal Party and Communist Party voted for the motion.");
    const auto& e = b.documents[0];
    CHECK(has_mention(e, EntityType::ORG, "Vietnam Leather, Footwear and Handbag Association"));
    CHECK(has_mention(e, EntityType::ORG, "Brazilian Coffee Institute"));
    CHECK(entity_named(e, "Socialist Party, Democratic Renewal Party and Communist Party") == nullptr);
}

// A person is followed by "who": a name ", which" follows is no person, in every mention ("Nike,
// which makes half of its footwear in Vexland," was a person); a surname the document gives in
// full stays one ("introduced by Glickwood, which he said would ..." speaks of the bill).
TEST_CASE("entities: a name followed by ', which' is no person") {
    auto a = np::test::analyze_text(
        "Zentrix, which makes about half of its footwear in Vietnam, said it was assessing the impact. Zentrix "
        "shares fell 4%. The bill was drafted by Rep. Tom Glickwood. It was introduced by Glickwood, which he "
        "said would cut spending.");
    const auto& d = a.documents[0];
    const auto* z = entity_named(d, "Zentrix");
    REQUIRE(z != nullptr);
    if (!z) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(z->type == EntityType::ORG);
    CHECK(z->mentions.size() == 2);
    CHECK(has_mention(d, EntityType::PERSON, "Glickwood"));
}

// A ministry's portfolios are a list: "the Ministry of Economy, Trade and Industry (METI)" was
// "Ministry of Economy" (METI alone), and "Ministry of Trade, Industry and Energy" two bodies;
// its minister's role is the whole title ("Minister of Economy, Trade and Industry Yoji Muto"
// had none, as had "Minister of Mines X": a title before the portfolio was not read).
TEST_CASE("entities: a ministry's list of portfolios, in its name and its minister's title") {
    auto a = np::test::analyze_text(
        "The Ministry of Economy, Trade and Industry (METI) announced new rules. METI said exports fell. "
        "Minister of Economy, Trade and Industry Yoji Muto said the rules were needed. Vexland's Ministry of "
        "Trade, Industry and Energy said exports rose. Minister of Mines Patrick Chiwala spoke. The Ministry of "
        "Finance, the central bank and the Ministry of Trade met.");
    const auto& d = a.documents[0];
    const auto* meti = entity_named(d, "Ministry of Economy, Trade and Industry");
    REQUIRE(meti != nullptr);
    if (!meti) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(meti->type == EntityType::ORG);
    CHECK(meti->count == 3);  // (METI twice)
    CHECK(has_mention(d, EntityType::ORG, "Ministry of Trade, Industry and Energy"));
    CHECK(entity_named(d, "Industry and Energy") == nullptr);
    CHECK(has_mention(d, EntityType::ORG, "Ministry of Finance"));
    CHECK(has_mention(d, EntityType::ORG, "Ministry of Trade"));
    const auto* muto = entity_named(d, "Yoji Muto");
    REQUIRE(muto != nullptr);
    if (!muto) return;
    CHECK(muto->role == "Minister of Economy, Trade and Industry");
    const auto* mines = entity_named(d, "Patrick Chiwala");
    REQUIRE(mines != nullptr);
    if (!mines) return;
    CHECK(mines->role == "Minister of Mines");
}

// "The World Trade Organization said ...": the tagger left the gazetteer's organisation out
// whole (no entity at all); one of two or more words no mention holds is added, unless it is part
// of a longer capitalized name ("S. African Union Objects ...", "Credit Suisse First Boston Ltd").
TEST_CASE("entities: a gazetteer organisation the tagger left out is added") {
    auto a = np::test::analyze_text(
        "The World Trade Organization said on Monday that trade would slow. Officials at the World Trade "
        "Organization declined to comment. The bonds were sold through Credit Suisse First Boston Ltd.");
    const auto& d = a.documents[0];
    const auto* w = entity_named(d, "World Trade Organization");
    REQUIRE(w != nullptr);
    if (!w) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(w->type == EntityType::ORG);
    CHECK(w->count == 2);
    CHECK(entity_named(d, "Credit Suisse") == nullptr);
}

// "Australia's Lynas Rare Earths rose 8%" in a story that says "rare earths" in lower case: the
// tagger stopped at "Lynas" and made it a place. A place no gazetteer knows, followed by
// capitalized words ending in a company's head word, is the company.
TEST_CASE("entities: an unknown place before a company's head word is the company") {
    auto a = np::test::analyze_text(
        "China produces about 90% of the world's processed rare earths. Australia's Lynas Rare Earths rose 8%. "
        "Shares of Nuigini Mining fell.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Lynas Rare Earths"));
    CHECK(entity_named(d, "Lynas") == nullptr);
    CHECK(has_mention(d, EntityType::GPE, "Australia"));
}

// "Swissmem, the association of the machinery industries, said": the apposition's head named a
// company ("a chipmaker", "the firm") but no body of firms or workers, and the tagger took the
// name for a person; "Unifor, the union representing autoworkers" was no entity at all. A person
// described by a body's name ("a lawyer for the union") stays a person.
TEST_CASE("entities: a name described as an association, a federation or a union is an organisation") {
    auto a = np::test::analyze_text(
        "Velmarik, the association of the machinery and electrical industries, said the tariff put jobs at risk. "
        "Torvunor, the union representing autoworkers, said it was angry. Tom Smith, a lawyer for the union, said "
        "the deal was fair.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Velmarik"));
    CHECK(has_mention(d, EntityType::ORG, "Torvunor"));
    CHECK(has_mention(d, EntityType::PERSON, "Tom Smith"));
}

// "submitted to Korea's National Assembly": the tagger read the legislature as a place (GPE). A
// name ending in a state body's word (assembly, parliament, council, court, ...) that the
// gazetteer does not know as a place is an organisation.
TEST_CASE("entities: a national assembly or a council named as a place is an organisation") {
    auto a = np::test::analyze_text(
        "The cut will apply only once legislation on a $350 billion investment fund is submitted to Korea's "
        "National Assembly, Industry Minister Jane Okafor said.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "National Assembly"));
    CHECK(!has_mention(d, EntityType::GPE, "National Assembly"));
}

// "Linyi Huasheng Wood Co, which cooperated ...": the tagger made a person of the city opening the
// company's name and an ORG of the rest ("John Deere Credit Co", "Bell Helicopter Textron Inc"
// likewise in wire copy). A one-word person right before a name ending in a legal word, with
// nothing between, is the name's first word.
TEST_CASE("entities: a one-word person cut off a company's name is its first word") {
    auto a = np::test::analyze_text(
        "Linyi Huasheng Wood Co, which cooperated with the investigation, received the lowest rate.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Linyi Huasheng Wood Co"));
    CHECK(!has_mention(d, EntityType::PERSON, "Linyi"));
}

// "chip equipment makers Nardel Technology Group and Pivex": one organisation across "and",
// since neither side was mentioned alone. A left side closed by a legal word ("Group", "Corp")
// is a whole company's name; what follows the "and" is another.
TEST_CASE("entities: 'X Technology Group and Y' is two companies") {
    auto a = np::test::analyze_text(
        "The department added 140 companies, including chip equipment makers Nardel Technology Group and Pivex, to "
        "its list on Monday.");
    bool left = false, right = false, joined = false;
    for (const auto& e : a.documents[0].entities) {
        left |= e.name == "Nardel Technology Group" && e.type == np::EntityType::ORG;
        right |= e.name == "Pivex" && e.type == np::EntityType::ORG;
        joined |= e.name.find(" and ") != std::string::npos;
    }
    CHECK(left);
    CHECK(right);
    CHECK(!joined);
    // a legal word after the "and" is the same company's: "Searle and Co" stays whole
    auto b = np::test::analyze_text("Shares of Morvane Group and Co rose 3% on Monday.");
    bool whole = false;
    for (const auto& e : b.documents[0].entities) whole |= e.name == "Morvane Group and Co";
    CHECK(whole);
}

// "Lithium Americas said it would build a mine": a name opening with a common word (an element,
// a direction, a trade's noun) and holding no given name is a company's; "Rich Lowe" (a given
// name) stays a person.
TEST_CASE("entities: a two-word name opening with a common word and no given name is a company") {
    auto a = np::test::analyze_text("Western Talvane said on Monday it would close two stores. Cobalt Norvane said it "
                                    "would build a mine.");
    CHECK(has_mention(a.documents[0], EntityType::ORG, "Western Talvane"));
    CHECK(has_mention(a.documents[0], EntityType::ORG, "Cobalt Norvane"));
    auto b = np::test::analyze_text("Rich Lowe said on Monday he would resign.");
    CHECK(has_mention(b.documents[0], EntityType::PERSON, "Rich Lowe"));
}

// "Monsanto said its first-quarter profit rose": a one-word name speaking of "its" results is a
// company's, not the person the tagger made of it; a person's family name stays a person.
TEST_CASE("entities: a one-word name that 'said its' results is a company") {
    auto a = np::test::analyze_text("Kelvorn said its profit rose 4% in the quarter. Kelvorn also said it would hire.");
    CHECK(has_mention(a.documents[0], EntityType::ORG, "Kelvorn"));
    CHECK_FALSE(has_mention(a.documents[0], EntityType::PERSON, "Kelvorn"));
    auto b = np::test::analyze_text("Jane Hale, the finance minister, resigned on Monday. Hale said its impact was small.");
    CHECK_FALSE(has_mention(b.documents[0], EntityType::ORG, "Hale"));
}

// "engines from CFM International and Pratt & Whitney": a name closed by "International" is a
// whole company's, and an ampersand after the "and" belongs to the second name.
TEST_CASE("entities: 'X International and Y & Z' is two companies") {
    auto a = np::test::analyze_text("Talvane blamed shortages of engines from Dorrin International and Kestel & Marsh on "
                                    "Tuesday.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Dorrin International"));
    CHECK(has_mention(d, EntityType::ORG, "Kestel & Marsh"));
    // (after "of", "International" is a field's word: one body)
    auto b = np::test::analyze_text("Officials of Japan's Ministry of International and Trade Industry said on Monday.");
    CHECK(has_mention(b.documents[0], EntityType::ORG, "Ministry of International and Trade Industry"));
}

// "Customs and Border Protection said": the tagger kept only "Border Protection". The agency is in
// the gazetteer, with its "U.S." form and "CBP" grouped under one entry.
TEST_CASE("entities: Customs and Border Protection is one agency") {
    auto a = np::test::analyze_text(
        "Customs and Border Protection said it processed 1.3 billion parcels last year. A CBP official said "
        "the figure was rising.");
    bool agency = false;
    for (const auto& e : a.documents[0].entities)
        if (e.type == np::EntityType::ORG && e.name.find("Customs and Border Protection") != std::string::npos) {
            agency = true;
            CHECK(e.count == 2);
        }
    CHECK(agency);
}

// "Nardelia said on Tuesday it would resume sales ... Nardelia's chief executive said": the
// tagger read the company as a person in all its mentions. A name whose chief executive (chief
// financial, operating or technology officer) speaks is a company's, unless the gazetteer knows it
// as a place ("Hong Kong's chief executive").
TEST_CASE("entities: a name with a chief executive is a company, not a place the gazetteer knows") {
    auto a = np::test::analyze_text(
        "Nardelia said on Tuesday it would resume sales of its chips. Nardelia's chief executive said the "
        "market was massive.");
    const auto* n = entity_named(a.documents[0], "Nardelia");
    REQUIRE(n != nullptr);
    if (!n) return;
    CHECK(n->type == EntityType::ORG);
    auto b = np::test::analyze_text("Hong Kong's chief executive said the city would adapt.");
    const auto* h = entity_named(b.documents[0], "Hong Kong");
    REQUIRE(h != nullptr);
    if (!h) return;
    CHECK(h->type == EntityType::GPE);
}

// "Semiconductor maker X said": the sentence's first word names the kind of company, as
// "Chipmaker" does in one word; the tagger had read it as a person.
TEST_CASE("entities: the first word of a two-word kind of company is no name") {
    auto a = np::test::analyze_text(
        "Semiconductor maker Kestrel Devices said on Monday its sales fell 4%. Sawmill operator Harlow Timber "
        "said it would close two mills.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Kestrel Devices"));
    CHECK(has_mention(d, EntityType::ORG, "Harlow Timber"));
    CHECK(np::test::entity_named(d, "Semiconductor") == nullptr);
    CHECK(np::test::entity_named(d, "Sawmill") == nullptr);
}

// "uncertainty for Hyundai Motor and Kia ... Hyundai Motor said": the tagger's one span across
// "and" splits when each side stands alone elsewhere; a side read there as a person is a company
// when it opens with a company the gazetteer knows or ends with a word of its trade.
TEST_CASE("entities: 'X Motor and Y' is two companies when each stands alone elsewhere") {
    auto a = np::test::analyze_text(
        "The deal ended months of uncertainty for Hyundai Motor and Kia. Hyundai Motor said sales rose. Kia said "
        "sales fell.");
    const auto& d = a.documents[0];
    CHECK(entity_named(d, "Hyundai Motor and Kia") == nullptr);
    const np::Entity* h = entity_named(d, "Hyundai Motor");
    REQUIRE(h != nullptr);
    if (!h) return;
    CHECK(h->type == EntityType::ORG);
    CHECK(h->mentions.size() == 2);
}

// "The Brazilian Association of Animal Protein said": the tagger left the nationality a people of
// its own and began the name at "Association"; an association's nationality is its first word
// ("the Chilean Ministry of Trade" keeps its people: it says whose ministry).
TEST_CASE("entities: a nationality opening an association's name is part of the name") {
    auto a = np::test::analyze_text(
        "The Brazilian Association of Animal Protein said beef shipments fell 60%. The Chilean Confederation of "
        "Copper Workers called a strike.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Brazilian Association of Animal Protein"));
    CHECK(has_mention(d, EntityType::ORG, "Chilean Confederation of Copper Workers"));
    CHECK_FALSE(has_mention(d, EntityType::NORP, "Brazilian"));
}

// "sanctions on Rosneft and Lukoil": a one-word person the gazetteer knows as a company only is the
// company, unless the document names a person of that surname in full ("Ontario Premier Doug Ford
// ... Ford said"), a title stands before it ("President Ford") or it led a government ("Ford's
// administration").
TEST_CASE("entities: a gazetteer company read as a one-word person is the company") {
    auto a = np::test::analyze_text(
        "The U.S. Treasury imposed sanctions on Rosneft and Lukoil in October. Lukoil said it would sell its "
        "foreign assets.");
    const np::Entity* l = entity_named(a.documents[0], "Lukoil");
    REQUIRE(l != nullptr);
    if (!l) return;
    CHECK(l->type == EntityType::ORG);
    auto b = np::test::analyze_text(
        "Ontario Premier Doug Ford said the tariffs were unfair. Ford said he would retaliate against the duties.");
    const np::Entity* f = entity_named(b.documents[0], "Doug Ford");
    REQUIRE(f != nullptr);
    if (!f) return;
    CHECK(f->type == EntityType::PERSON);
    CHECK(f->mentions.size() == 2);
    auto c = np::test::analyze_text("Inflation rose above 10 percent during Ford's administration, he said.");
    CHECK_FALSE(has_mention(c.documents[0], EntityType::ORG, "Ford"));
}

// "South Korean battery makers LG Energy Solution and Samsung SDI fell": with no "such as",
// "including" or comma between the plural company noun and the list, the tagger's one name across
// "and" stayed one organisation. A list right after the noun, two names or more joined by "and"
// and ended by a lower-case word or punctuation, is one company each.
TEST_CASE("entities: a list of names right after a plural company noun is one company each") {
    auto a = np::test::analyze_text(
        "Shares of South Korean battery makers Lodestar Energy and Kestrel SDI fell more than 4% in Seoul. "
        "Truck makers Norvale and Tessik said prices would rise.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Lodestar Energy"));
    CHECK(has_mention(d, EntityType::ORG, "Kestrel SDI"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Lodestar Energy and Kestrel SDI"));
    CHECK(has_mention(d, EntityType::ORG, "Norvale"));
    CHECK(has_mention(d, EntityType::ORG, "Tessik"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Norvale and Tessik"));
}

// "Germany's BASF", "Taiwan's TSMC": a word in capitals after a country's possessive that no
// gazetteer knows was read as a place; a place there is written as a name ("China's Guangdong").
TEST_CASE("entities: a word in capitals after a country's possessive is a company") {
    auto a = np::test::analyze_text(
        "Germany's KELVORA and Chile's TESSIKO are among companies pushing for lower tariffs. Chile's Atacama "
        "region was hit too.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "KELVORA"));
    CHECK(has_mention(d, EntityType::ORG, "TESSIKO"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Atacama"));
}

// "China's Kestrel Technologies and Semiconductor Vexland International Corp (SVIC)": one
// organisation of both (the second side's first word is a common word, so the two-companies test
// failed); the abbreviation in brackets spells the words after "and" only.
TEST_CASE("entities: an abbreviation spelling the words after 'and' splits two companies") {
    auto a = np::test::analyze_text(
        "Taiwan added Kestrel Technologies and Semiconductor Manufacturing Vexland Corp (SMVC) to its export "
        "control list on Sunday.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Kestrel Technologies"));
    CHECK(has_mention(d, EntityType::ORG, "Semiconductor Manufacturing Vexland Corp"));
    CHECK(np::test::entity_named(d, "Kestrel Technologies and Semiconductor Manufacturing Vexland Corp") == nullptr);
}

// "Vietnam's stock market rose 1.2%" made Vietnam an organisation: a name's possessive before a
// word only companies have ("shares", "stock", "board", "chairman") made it a company even when the
// gazetteer knows it as a place.
TEST_CASE("entities: a place's possessive before 'stock' or 'shares' stays the place") {
    auto a = np::test::analyze_text("Peru's stock market rose 1.2% on Thursday, and Kelvorn's shares fell.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::GPE, "Peru"));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "Peru"));
    CHECK(has_mention(d, EntityType::ORG, "Kelvorn"));
}

// "Grain Producers Australia chairman Barry Large" gave a place "Australia" and the role "Australia
// chairman": capitalized common words before a country and an officer's word name a body.
TEST_CASE("entities: common words before a country and an officer's title are a body") {
    auto a = np::test::analyze_text("Wine Growers Peru president Jane Okafor said growers would welcome the chance. "
                                    "Former Peru captain Tom Hale agreed.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Wine Growers Peru"));
    const np::Entity* p = np::test::entity_named(d, "Jane Okafor");
    REQUIRE(p != nullptr);
    CHECK(p->role == "president");
    CHECK(has_mention(d, EntityType::GPE, "Peru"));  // ("Former" is no body's word)
}

// "for Hyundai Motor and Kia" was one organisation: the left side was taken as a company only where
// it stood alone as a person. A side whose first word is a company the gazetteer knows and whose
// last is a word of its trade is one ("House Energy and Commerce" is not: no company's name).
TEST_CASE("entities: a gazetteer company's trade name before 'and' splits off") {
    auto a = np::test::analyze_text("The deal ends months of uncertainty for Hyundai Motor and Kia, analysts said.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Hyundai Motor"));
    CHECK(has_mention(d, EntityType::ORG, "Kia"));
    CHECK(np::test::entity_named(d, "Hyundai Motor and Kia") == nullptr);
}

// "Semiconductors will receive treatment no less favourable than ..." made an organisation of the
// sentence's first word: a company's trade word alone, opening a sentence before a lower-case word,
// names goods. After a name it may end one ("British Airways" is left as the tagger reads it).
TEST_CASE("entities: a trade word opening a sentence is no company") {
    auto a = np::test::analyze_text("Semiconductors will receive the same treatment as chips from Peru. Pharmaceuticals "
                                    "were spared.");
    const auto& d = a.documents[0];
    CHECK(np::test::entity_named(d, "Semiconductors") == nullptr);
    CHECK(np::test::entity_named(d, "Pharmaceuticals") == nullptr);
    CHECK(has_mention(d, EntityType::GPE, "Peru"));
}

// "her Liberal Democratic Party formed a coalition with the Japan Innovation Party, known as Ishin"
// gave a place "Ishin": the name after "known as", right after an organisation's, is that
// organisation's.
TEST_CASE("entities: the name an organisation is known as is its own") {
    auto a = np::test::analyze_text("The party formed a coalition with the Chile Reform Party, known as Kelvo, "
                                    "on Tuesday.");
    const auto& d = a.documents[0];
    const np::Entity* e = np::test::entity_named(d, "Chile Reform Party");
    REQUIRE(e != nullptr);
    if (!e) return;
    CHECK(std::find(e->aliases.begin(), e->aliases.end(), "Kelvo") != e->aliases.end());
}

// "British Steel and Tata Steel UK have warned that thousands of jobs are at risk" gave a people
// "British" and an organisation "Steel and Tata Steel UK": with the steelmakers in the gazetteer,
// and a gazetteer company with its branch's country ("Tata Steel UK") counting as a name, the two
// split.
TEST_CASE("entities: a gazetteer company's branch is a side of 'and'") {
    auto a = np::test::analyze_text("British Steel and Tata Steel UK have warned that thousands of jobs are at risk.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "British Steel"));
    CHECK(has_mention(d, EntityType::ORG, "Tata Steel UK"));
}

// "Warner Bros Discovery and Paramount Skydance were little changed" was one organisation: the
// studios join the gazetteer, and a list of two of its companies splits at "and".
TEST_CASE("entities: two studios the gazetteer knows split at 'and'") {
    auto a = np::test::analyze_text("Shares of Kelvorn fell 1.5%, while Warner Bros Discovery and Paramount Skydance "
                                    "were little changed.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Warner Bros Discovery"));
    CHECK(has_mention(d, EntityType::ORG, "Paramount Skydance"));
}

// "under the African Growth and Opportunity Act (AGOA)" gave a people "African" and an organisation
// "Growth and Opportunity Act": the short form in brackets spells the name with the word before it.
TEST_CASE("entities: a short form spelling the word before a name extends it") {
    auto a = np::test::analyze_text("Exports had been duty-free under the Chilean Growth and Opportunity Act (CGOA), "
                                    "which expires in September.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Chilean Growth and Opportunity Act"));
    CHECK_FALSE(has_mention(d, EntityType::NORP, "Chilean"));
}

// "large companies such as Amazon, and U.S. business groups had said ..." made "U.S." a company:
// the list ran on over ", and". After one name, ", and" opens a clause of its own.
TEST_CASE("entities: ', and' after one listed company ends the list") {
    auto a = np::test::analyze_text("The tax would have applied to large companies such as Kelvorn, and U.S. business "
                                    "groups had said it would cost American firms about $2 billion a year.");
    const auto& d = a.documents[0];
    CHECK(has_mention(d, EntityType::ORG, "Kelvorn"));
    CHECK(has_mention(d, EntityType::GPE, "U.S."));
    CHECK_FALSE(has_mention(d, EntityType::ORG, "U.S."));
}
