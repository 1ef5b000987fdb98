// test_quotes_rules.cpp — quotation marks and speakers on small texts: curly and straight
// quotes, nested single quotes, pronouns, speech verbs before and after, titles and scare
// quotes with no speaker.
#include <doctest/doctest.h>

#include "test_support.hpp"

namespace {

struct Q { std::string text, speaker, verb; };

std::vector<Q> quotes_of(const std::string& text) {
    auto a = np::test::analyze_text(text);
    const auto& d = a.documents[0];
    std::vector<Q> out;
    for (const auto& q : d.quotes)
        out.push_back(Q{d.text.substr(q.span.start, q.span.end - q.span.start), q.speaker_name, q.verb});
    return out;
}

}  // namespace

TEST_CASE("quotes: speech verb after the quote, with a name or a pronoun") {
    auto qs = quotes_of(
        "Maria Lopez, the port director, spoke to reporters on Monday. \"We are ready for the new rules,\" "
        "she said. \"Nobody wants a trade war,\" said Ahmed Karimi, a shipping analyst.");
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].text == "We are ready for the new rules");
    CHECK(qs[0].speaker == "Maria Lopez");
    CHECK(qs[0].verb == "said");
    CHECK(qs[1].speaker == "Ahmed Karimi");
}

TEST_CASE("quotes: speech verb before the quote; participles take the main subject") {
    auto qs = quotes_of(
        "Finance Minister Olaf Brandt told parliament: “The budget will hold.” "
        "Later, Brandt defended the plan, insisting that it was “fully funded and fair to everyone.”");
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].speaker == "Olaf Brandt");
    CHECK(qs[0].verb == "told");
    CHECK(qs[1].speaker == "Olaf Brandt");
    CHECK(qs[1].verb == "insisting");
}

TEST_CASE("quotes: nested single quotes stay inside the outer quote") {
    auto qs = quotes_of(
        "“When they say ‘temporary’, they mean years,” warned Priya Natarajan, an economist at the bank.");
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].text.find("‘temporary’") != std::string::npos);
    CHECK(qs[0].speaker == "Priya Natarajan");
    CHECK(qs[0].verb == "warned");
}

TEST_CASE("quotes: a quote opening its sentence continues the paragraph's speaker") {
    auto qs = quotes_of(
        "“We will not sign a bad deal,” Prime Minister Elena Vasquez said. “Our farmers deserve better than "
        "that, and they know it.”");
    REQUIRE(qs.size() == 2);
    CHECK(qs[1].speaker == "Elena Vasquez");
    CHECK(qs[1].verb.empty());
}

TEST_CASE("quotes: titles, single words and short phrases without a speech verb have no speaker") {
    auto qs = quotes_of(
        "The band played “Born to Run” as the delegates arrived. Critics called the plan a \"giveaway\". "
        "Officials spoke of a 'managed decline' in the sector while Senator Ruth Olsen listened.");
    REQUIRE(qs.size() == 3);
    for (const auto& q : qs) CHECK_MESSAGE(q.speaker.empty(), q.text);
}

// A single word was always read as a scare quote: "unjustified" had no speaker.
TEST_CASE("quotes: a single word after a labelling verb is the subject's quoted word") {
    auto qs = quotes_of(
        "Prime Minister Helen Marsh called the new duties \"unjustified\" on Tuesday. "
        "The minister described the talks as 'constructive', aides said.");
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].text == "unjustified");
    CHECK(qs[0].speaker == "Helen Marsh");
    CHECK(qs[0].verb == "called");
    CHECK(qs[1].verb == "described");
}

TEST_CASE("quotes: a quote left open at the end of its paragraph runs to the paragraph's end") {
    auto qs = quotes_of(
        "Trade Commissioner Lars Berg said: “We have tried everything, and the door remains open to talks "
        "with every partner.\n\nThe next round begins in May.");
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].text.find("every partner.") != std::string::npos);
    CHECK(qs[0].text.find("next round") == std::string::npos);
    CHECK(qs[0].speaker == "Lars Berg");
}

// '," ministry spokesperson X said' had no speaker: the attribution had to open with a verb, a
// name, a pronoun, an article or a title word, and "ministry" is none of them.
TEST_CASE("quotes: an attribution may open with lowercase words before a title") {
    auto qs = quotes_of(
        "\"Our farmers will not pay for this dispute,\" ministry spokesperson Tomas Ekberg said on Friday. "
        "\"We expect orders to fall,\" company chief executive Ines Varga told analysts.");
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].speaker == "Tomas Ekberg");
    CHECK(qs[0].verb == "said");
    CHECK(qs[1].speaker == "Ines Varga");
    CHECK(qs[1].verb == "told");
}

// "called" within three words before a quote made it a title ("a song called ..."), so a label of
// several words had no speaker; the name after "told" was taken for the speaker.
TEST_CASE("quotes: a label of several words after 'called' + object; 'told X' names the listener") {
    auto qs = quotes_of(
        "Finance Minister Paula Rinn called the levy \"a tax on our own families\" in a speech. "
        "The firm sells a scanner called a \"port sentinel\" to customs agencies. "
        "\"We have no plans to leave the market,\" one executive told Reuters.");
    REQUIRE(qs.size() == 3);
    CHECK(qs[0].speaker == "Paula Rinn");
    CHECK(qs[0].verb == "called");
    CHECK(qs[1].speaker.empty());
    CHECK(qs[1].verb.empty());
    CHECK(qs[2].speaker == "one executive");  // not the listener (unnamed: the text's own words)
    CHECK(qs[2].verb == "told");
}

// "call" is also a noun, and "called for" asks for something rather than labels it (a guard for
// the rule above: a first version of it read this "call" as a label).
TEST_CASE("quotes: 'X's call for \"...\"' is no label") {
    auto qs = quotes_of(
        "Delegates said Minister Arne Holt's call for \"an end to the subsidy race\" won support from Chile.");
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].verb != "call");
}

// After an apposition, the subject is the actor before the clause's first comma: the nearest one
// (the last name inside the apposition) was taken before, so a country named in it spoke for the
// subject. The apposition may hold a place in a phrase of its own; a dateline's city before a
// dash is no subject; an apposition that is itself a name is that person.
TEST_CASE("quotes: after an apposition the subject before its first comma speaks") {
    auto qs = quotes_of(
        "Canada, the largest foreign supplier of steel to the United States, called the increase "
        "\"unlawful and unjustified.\"\n\n"
        "Party chairman Tomas Rivera, speaking in Monterrey, Nuevo Leon state, said the bank sale was "
        "\"off the table for this year.\"\n\n"
        "OTTAWA, May 3 - Maple Steel Corp, said it would \"review every contract with care.\"\n\n"
        "The bank's general manager, Omar Haddad, said: \"Our lending to exporters is growing.\"");
    REQUIRE(qs.size() == 4);
    CHECK(qs[0].speaker == "Canada");
    CHECK(qs[1].speaker == "Tomas Rivera");
    CHECK(qs[2].speaker == "Maple Steel Corp");
    CHECK(qs[3].speaker == "Omar Haddad");
}

// A lower-case word quoted in reported speech had no speaker: 'Alvarez said Lima needed
// "guarantees"' read as a scare quote. After a speech verb of its sentence it is the speaker's
// word; a capitalized one stays unattributed (more often a name), as does "called for".
TEST_CASE("quotes: a single lower-case word in reported speech is the speaker's word") {
    auto qs = quotes_of(
        "Foreign Minister Rosa Alvarez said Lima needed \"guarantees\" before any pause in the talks. "
        "Envoy Mark Tully said on Tuesday that the talks had been \"constructive.\" "
        "Analysts said the \"Hercules\" plan was unlikely. Unions called for a \"summit\" with the government.");
    REQUIRE(qs.size() == 4);
    CHECK(qs[0].speaker == "Rosa Alvarez");
    CHECK(qs[0].verb == "said");
    CHECK(qs[1].speaker == "Mark Tully");
    CHECK(qs[2].verb.empty());
    CHECK(qs[3].verb.empty());
}

// 'French and Italian winemakers, who sell a fifth of their exports to the United States, said
// ...' gave the United States: a subject that names no one, before a relative clause, has no
// speaker; an organization in it still speaks ("A Kestrel Foods official, who ..., said").
TEST_CASE("quotes: a plain subject before a relative clause is nobody in that clause") {
    auto qs = quotes_of(
        "Spanish olive growers, who sell a third of their crop to the United States, said they feared a \"disaster\".\n\n"
        "A Kestrel Foods Inc official, who asked not to be named, said, \"We will keep our prices.\"");
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].speaker.empty());
    CHECK(qs[0].verb == "said");
    CHECK(qs[1].speaker == "Kestrel Foods Inc");
}

// 'X said the bloc still preferred a negotiated outcome but would not "stand idly by"': a short
// lower-case phrase eleven words after the verb was left unattributed. A verb without a subject
// of its own ("... and argued the plan was never a "quick fix"") gives way to the one before it.
TEST_CASE("quotes: a short lower-case phrase in reported speech is the speaker's, past a subjectless verb") {
    auto qs = quotes_of(
        "Trade commissioner Lena Horvat said the bloc still preferred a negotiated outcome but would not "
        "\"stand idly by\" while its exporters lost ground.\n\n"
        "\"We have seen real progress,\" Horvat said on Monday and argued the plan was never meant to be a "
        "\"quick fix\".");
    REQUIRE(qs.size() == 3);
    if (qs.size() != 3) return;
    CHECK(qs[0].text == "stand idly by");
    CHECK(qs[0].speaker == "Lena Horvat");
    CHECK(qs[0].verb == "said");
    CHECK(qs[2].text == "quick fix");
    CHECK(qs[2].speaker == "Lena Horvat");
}

// 'The ministry said the rules were needed to protect "national security"' had no speaker:
// an institution named again by its head word is the latest organisation of that name.
TEST_CASE("quotes: 'the ministry' speaks for the latest organisation whose name holds the word") {
    auto qs = quotes_of(
        "Ruritania's Trade Ministry on Thursday widened its export controls on cobalt, Acme Corp said.\n\n"
        "The ministry said the rules were needed to protect \"national security and interests\".\n\n"
        "\"We will comply,\" said the company.");
    REQUIRE(qs.size() == 2);
    if (qs.size() != 2) return;
    CHECK(qs[0].speaker == "Trade Ministry");
    CHECK(qs[1].speaker == "Acme Corp");  // "the company": the latest organisation, a legal form ends it
}

// '"We call on Beijing to stop," she said, adding that the commitment was "rock-solid."': the
// participle's subject was the first name before it, "Beijing" inside the other quotation; and
// 'the spokesman told Reuters, adding, "..."' made the listener the speaker.
TEST_CASE("quotes: a participle's speaker is not inside a quotation nor the listener") {
    auto qs = quotes_of(
        "Tammy Bruce urged restraint on Tuesday. \"We call on Beijing to stop the drills,\" she said, adding that "
        "the commitment was \"rock-solid.\"\n\n"
        "\"There is no plan to bid for Acme,\" the spokesman told Reuters, adding, \"it would be a case of David "
        "versus Goliath.\"");
    REQUIRE(qs.size() == 4);
    if (qs.size() != 4) return;
    CHECK(qs[1].speaker == "Tammy Bruce");
    CHECK(qs[3].speaker != "Reuters");
    CHECK(qs[3].speaker != "Acme");
}

// "Kim Yong-beom, Lee's chief of staff, told reporters the summit "restored trust"": the person
// opening the apposition as a possessor is not the speaker (was: Lee); an apposition that is a
// name of its own still is ("QNB's General Manager, Abdulla al-Attiya, said").
TEST_CASE("quotes: a possessor opening an apposition is not the speaker") {
    auto qs = quotes_of(
        "Jane Okafor met Kim Lutz on Sunday. Kim Lutz, Okafor's chief of staff, told reporters the summit "
        "\"restored trust\" after years of strained ties.\n\n"
        "Acme's general manager, Omar Haddad, said the bank was \"well placed\" to grow.");
    REQUIRE(qs.size() == 2);
    if (qs.size() != 2) return;
    CHECK(qs[0].speaker == "Kim Lutz");
    CHECK(qs[1].speaker == "Omar Haddad");
}

// A paste of two stories: "he said" in the second one, which names no person, is nobody's (it
// was the first story's minister's). A heading followed by a dateline starts a story.
TEST_CASE("quotes: a pronoun does not reach into an earlier story of the paste") {
    auto qs = quotes_of(
        "Vexland raises steel tariffs\n\n"
        "OTTAWA, March 3 (Reuters) - Vexland will raise tariffs on imported steel to 25%, Trade Minister Jane "
        "Okafor said on Monday. \"We have no choice,\" Okafor said.\n\n"
        "Norland cuts rates as growth slows\n\n"
        "OSLO, March 3 (Reuters) - Norland's central bank cut its main interest rate by a quarter point on "
        "Tuesday. \"The outlook has weakened,\" he said, adding that further cuts were possible.");
    REQUIRE(qs.size() == 2);
    if (qs.size() != 2) return;
    CHECK(qs[0].speaker == "Jane Okafor");
    CHECK(qs[1].speaker == "");
}

// "The European Chamber of Commerce in China said ...", "Marc Okafor of Tessik Securities said":
// a place or a firm in a phrase of the subject's ("in", "at", "of", "from" right after another
// name) is not the speaker; the name before it is. A person's title alone ("Jane Okafor,
// President of Vexland Oil told ...") is no name that could speak.
TEST_CASE("quotes: the subject before 'in'/'of' a place or firm speaks, not the place or firm") {
    auto qs = quotes_of(
        "The Kelvorn Chamber of Commerce in Vexland said its members were \"deeply concerned\" about the rules. "
        "Marc Okafor of Tessik Securities said the shares were \"a perennial money-loser\" this year.");
    REQUIRE(qs.size() == 2);
    if (qs.size() != 2) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(qs[0].speaker != "Vexland");
    CHECK(qs[0].speaker.starts_with("Kelvorn Chamber of Commerce"));
    CHECK(qs[1].speaker == "Marc Okafor");
    auto a = np::test::analyze_text(
        "\"Reserves exceed 500 billion barrels,\" Juan Tessik Obuya, President of Vexland Oil told the congress.");
    bool person = false;
    for (const auto& e : a.documents[0].entities) {
        CHECK(e.name != "President");
        person |= e.name == "Juan Tessik Obuya" && e.type == np::EntityType::PERSON;
    }
    CHECK(person);
}

// "Chinese commerce ministry spokesperson Jane Okafor said on Thursday ... and urged Brussels to
// "meet China halfway"": after "and", the sentence's subject speaks, and that is the person the
// title names, not the title's nationality.
TEST_CASE("quotes: after and the subject is the person a title names and not its country") {
    auto qs = quotes_of(
        "Chinese commerce ministry spokesperson Jane Okafor said on Thursday that the talks had gone well and urged "
        "Brussels to \"meet China halfway\".");
    REQUIRE(qs.size() == 1);
    if (qs.size() != 1) return;  // (no exceptions: REQUIRE cannot stop the test)
    CHECK(qs[0].speaker == "Jane Okafor");
}

// "According to Finance Minister X, the peso "will remain stable"" had no speaker: no speech verb
// comes near the quote, the source is named by "according to" (before the quote or after it). A
// short capitalized quote stays a name, not the source's words ("Star Wars" plan).
TEST_CASE("quotes: 'according to X' names the quote's source") {
    auto qs = quotes_of(
        "According to Finance Minister Paula Rinn, the currency \"will remain stable this year.\" "
        "\"The economy is strong and growing,\" according to Tomas Ekberg. "
        "The plan revives the \"Star Wars\" programme, according to a study by Ines Varga.");
    REQUIRE(qs.size() == 3);
    CHECK(qs[0].speaker == "Paula Rinn");
    CHECK(qs[0].verb == "according to");
    CHECK(qs[1].speaker == "Tomas Ekberg");
    CHECK(qs[2].speaker.empty());
}

// The summary view groups a place's names under one key ("EU", "Brussels", "European Commission"
// read "European Union"); a quote's speaker is the entity that spoke, so an institution keeps its
// own name, while a capital speaking for its country keeps the country's.
TEST_CASE("quotes: an institution of a bloc speaks under its own name, a capital under its country's") {
    auto qs = quotes_of("\"We are not there yet,\" a European Commission spokesperson said. "
                        "Japan has pushed for a deal. \"Talks will continue,\" Tokyo said.");
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].speaker == "European Commission");
    CHECK(qs[1].speaker == "Japan");
}

// '," said U.S. Trade Representative Jane Okafor': the place or company that opens the title
// was the speaker; the person the title names speaks (26 of the Reuters pastes: '," said Amoco
// Corp chairman Richard Leet'). No title between ("E.F." then "Hutton", a name cut in two by
// the tagger) and no person after it leave the first name the speaker.
TEST_CASE("quotes: after the verb, the person a place's or a company's title names speaks") {
    auto qs = quotes_of(
        "\"This ruling confirms it,\" said Oregon Attorney General Jane Okafor. \"The worst is behind us,\" "
        "said Halvex Corp chairman Tomas Brenner. \"We oppose it,\" said the U.S. Chamber of Commerce.");
    REQUIRE(qs.size() == 3);
    CHECK(qs[0].speaker == "Jane Okafor");
    CHECK(qs[1].speaker == "Tomas Brenner");
    CHECK(qs[2].speaker == "U.S. Chamber of Commerce");
}

// '," Commerce and Industry Minister Jane Okafor told reporters' had no speaker: the "and"
// inside the title ended the attribution before the verb; '," said Commerce and Industry
// Minister X' gave "Commerce". A place in a phrase of the subject's ("an analyst at Halvex
// Securities in Oslo said") was the speaker instead of the person before it. "S and P said"
// (single letters) stays as it was: no speaker "P".
TEST_CASE("quotes: 'and' inside a title, and a place in the speaker's phrase") {
    auto qs = quotes_of(
        "\"Our exporters cannot pay the price,\" Commerce and Industry Minister Jane Okafor told reporters. "
        "\"We will respond in kind,\" said Commerce and Industry Minister Jane Okafor. "
        "\"The market has turned for good,\" Tomas Brenner, an analyst at Halvex Securities in Oslo said.");
    REQUIRE(qs.size() == 3);
    CHECK(qs[0].speaker == "Jane Okafor");
    CHECK(qs[0].verb == "told");
    CHECK(qs[1].speaker == "Jane Okafor");
    CHECK(qs[2].speaker == "Tomas Brenner");
}

// 'Tomas Brenner said any extension would need approval from President Ana Ruiz. "Nothing is
// agreed until we speak with President Ruiz," he said.': "he" was the last person named, Ruiz
// (in the sentence before, and inside the quotation itself). The speaker of the sentence before
// is who "he" is; a person named inside the pronoun's own quotation is not.
TEST_CASE("quotes: 'he said' after a sentence that reports someone is that sentence's speaker") {
    auto qs = quotes_of(
        "Tomas Brenner said any extension would need approval from President Ana Ruiz. "
        "\"Nothing is agreed until we speak with President Ruiz,\" he said. "
        "The talks were praised by Helen Grady. \"It went well,\" she said.");
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].speaker == "Tomas Brenner");
    CHECK(qs[1].speaker == "Helen Grady");
}

// An unnamed speaker is named by the words the text uses (the quote is no longer
// "unattributed"): a determiner, up to five words and a speaker's noun, or a plural from the
// clause's start; never a label before a noun ('"junk bond" experts'), an opener ("but"), a
// possessive ("the farmers' union") or a phrase whose noun comes after a preposition.
TEST_CASE("quotes: an unnamed speaker keeps the words that name it") {
    auto qs = quotes_of(
        "\"We firmly oppose the unilateral tariff increase,\" a foreign ministry spokesman told reporters.\n\n"
        "\"This is a very serious step,\" a spokesman for the ministry said on Monday.\n\n"
        "\"We will take all necessary measures,\" said one official, who asked not to be named.\n\n"
        "\"Prices will rise for consumers,\" said an official at a major importer, adding that stocks were low.\n\n"
        "\"The market has turned,\" said one of the sources.\n\n"
        "\"Demand is weak,\" trade officials said, but \"it will recover.\"\n\n"
        "\"It is a disaster for our members,\" said the head of the farmers' union.\n\n"
        "\"Land is wasted,\" said an article in the official press.\n\n"
        "Many \"junk bond\" experts, the bank said, expected losses.");
    REQUIRE(qs.size() == 10);
    CHECK(qs[0].speaker == "a foreign ministry spokesman");
    CHECK(qs[0].verb == "told");
    CHECK(qs[1].speaker == "a spokesman for the ministry");
    CHECK(qs[2].speaker == "one official");
    CHECK(qs[3].speaker == "an official at a major importer");
    CHECK(qs[4].speaker == "one of the sources");
    CHECK(qs[5].speaker == "trade officials");
    CHECK(qs[6].speaker == "trade officials");  // the sentence's other quote
    CHECK(qs[7].speaker.empty());
    CHECK(qs[7].verb == "said");  // "said the head of ...": the verb, and no speaker's words
    CHECK(qs[8].speaker.empty());
    CHECK(qs[9].speaker.empty());
}

TEST_CASE("quotes: an unnamed speaker's phrase starts after an opener") {
    auto qs = quotes_of("The bank raised rates, but government officials said the move was \"not enough to stop it.\"");
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].speaker == "government officials");
}

// "a spokeswoman for the carmaker said" (the noun before the verb is the body, the speaker's noun
// before its link), "the union said" (a body named by its noun only), '," said one commission
// house analyst' (the run's last noun is the speaker's: not "one commission").
TEST_CASE("quotes: an unnamed speaker before a link, a body's noun, the last noun of a run") {
    auto qs = quotes_of(
        "\"We are disappointed by the decision,\" a spokeswoman for the carmaker said.\n\n"
        "The union said it was \"deeply concerned about the jobs.\"\n\n"
        "\"Acreage should be up at least 20 pct,\" said one commission house analyst.");
    REQUIRE(qs.size() == 3);
    CHECK(qs[0].speaker == "a spokeswoman for the carmaker");
    CHECK(qs[1].speaker == "The union");
    CHECK(qs[2].speaker == "one commission house analyst");
}

// '," one trader said', '," people familiar with the matter said', '," the two countries said':
// a count before the noun, an adjective's phrase after it, two determiners.
TEST_CASE("quotes: 'one trader', 'people familiar with the matter', 'the two countries' speak") {
    auto qs = quotes_of(
        "\"The deal is close,\" people familiar with the matter said.\n\n"
        "\"Demand is weak this week,\" one trader said.\n\n"
        "\"We will fight this together,\" the two countries said in a joint statement.");
    REQUIRE(qs.size() == 3);
    CHECK(qs[0].speaker == "people familiar with the matter");
    CHECK(qs[1].speaker == "one trader");
    CHECK(qs[2].speaker == "the two countries");
}

// '"We expect prices to firm," the company said' after "Pennzoil Co said ...": the latest
// organisation, when its name ends in a legal form (the entity's name: a later "Pennzoil" counts);
// not a regulator named last, and not a name inside the quotation.
TEST_CASE("quotes: 'the company said' is the latest organisation with a legal form") {
    auto a = quotes_of(
        "Tessaro Mining Corp said on Monday its output rose 5 pct. Tessaro plans a new mine.\n\n"
        "\"We expect prices to firm later this year,\" the company said.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Tessaro Mining Corp");
    auto b = quotes_of(
        "Tessaro Mining Corp said it was told by the Securities and Exchange Commission of a probe.\n\n"
        "\"The action involves events that occurred years ago,\" the company said.");
    REQUIRE(b.size() == 1);
    CHECK(b[0].speaker == "the company");  // (the regulator was named last: no guess)
    auto c = quotes_of(
        "Tessaro Mining Corp and Brovalle Inc signed a supply pact.\n\n"
        "\"Deliveries to Varnetta Ltd start in May,\" the company said.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].speaker == "Brovalle Inc");  // (not the name inside the quotation)
}

// "China's Commerce Ministry said last week it would assess the impact and urged Mexico to "correct
// its wrong practices"": the sentence's subject for a verb after "and" was its first name, the
// possessor "China"; the organisation it owns is the subject.
TEST_CASE("quotes: 'X's ministry said ... and urged' is the ministry's") {
    auto a = quotes_of(
        "Valdoria's Commerce Ministry said last week it would assess the impact and urged Norland to "
        "\"correct its wrong practices\" of unilateralism and protectionism.");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Commerce Ministry");
}

// "Trump linked the tariff to the trial of former President X, whom he called the victim of a
// "witch hunt."": "he" resolved to the last person before it, X, whom the relative pronoun stands
// for. After "whom", "he" is the person before that one.
TEST_CASE("quotes: '..., whom he called ...' - he is not the one whom stands for") {
    auto a = quotes_of(
        "Jane Okafor linked the tariff to the trial of former President Tom Hale, whom she called the victim of a "
        "\"witch hunt.\"");
    REQUIRE(a.size() == 1);
    CHECK(a[0].speaker == "Jane Okafor");
}

// "Mara Linde, president of the Pacific Exporters Council, said the tariffs would cost members $2
// billion." / "\"We have already cancelled orders for the spring. ...": a quote opening the next
// paragraph had no speaker (the running quote convention leaves its mark open at the paragraph's
// end). The person the paragraph before reports goes on; a place or organisation found there does
// not.
TEST_CASE("quotes: a quote opening a paragraph continues the person the paragraph before reports") {
    auto a = np::test::analyze_text(
        "Mara Linde, president of the Pacific Exporters Council, said the tariffs would cost members about $2 "
        "billion a year.\n\n\"We have already cancelled orders for the spring. If nothing changes by June, we will "
        "have to cut jobs.\n\n\"Our members cannot absorb a 30% cost increase,\" she added.");
    const auto& qs = a.documents[0].quotes;
    REQUIRE(qs.size() == 2);
    if (qs.size() != 2) return;
    CHECK(qs[0].speaker_name == "Mara Linde");
    CHECK(qs[1].speaker_name == "Mara Linde");
    auto b = np::test::analyze_text(
        "Ruritanian companies will be more cautious, industry analysts said.\n\n\"The acquisition is not essential "
        "to our plans for the coming decade.\"");
    const auto& qb = b.documents[0].quotes;
    REQUIRE(qb.size() == 1);
    if (qb.size() != 1) return;
    CHECK(qb[0].speaker_name != "Ruritania");
}

// 'President X, who flew to the talks with Minister Y, said ... "...," she told': the pronoun was
// given to the last person named, Y, inside the subject's relative clause.
TEST_CASE("quotes: a pronoun skips a person inside the subject's relative clause") {
    auto qs = quotes_of(
        "President Jane Okafor, who flew to the talks this week with Economy Minister Tomas Brenner, said the "
        "government would not retaliate for now. \"We remain convinced that a solution is possible,\" she told "
        "a news conference.");
    REQUIRE(qs.size() == 1);
    if (qs.size() != 1) return;
    CHECK(qs[0].speaker == "Jane Okafor");
}

// 'He said that the Biden administration was resisting pressure. "...," he said.': a president's
// name before "administration" (a person since the 44th session) names the government, not who
// "he" is; the speaker before it is.
TEST_CASE("quotes: a pronoun skips a president's name before 'administration'") {
    auto qs = quotes_of(
        "Treasury Secretary Tom Hale told the ministers the imbalances were not sustainable. He said that the "
        "Biden administration was resisting strong pressure for protection. \"We are doing what we can to "
        "ensure that the bill is not protectionist,\" he said.");
    REQUIRE(qs.size() == 1);
    if (qs.size() != 1) return;
    CHECK(qs[0].speaker == "Tom Hale");
}

// 'added 117 more vessels to its list of "shadow fleet" tankers': "added" with an amount after it
// adds things; the scare quote had the bloc as its speaker.
TEST_CASE("quotes: 'added' before an amount is no speech verb") {
    auto qs = quotes_of(
        "The European Union adopted its 19th package of sanctions against Russia on Thursday, including a ban on "
        "imports of Russian gas, and added 117 more vessels to its list of \"shadow fleet\" tankers.");
    REQUIRE(qs.size() == 1);
    if (qs.size() != 1) return;
    CHECK(qs[0].speaker.empty());
}

// 'the bank sold "Okafor bonds" ... "...," he added.': a name inside a quotation of an earlier
// sentence (its marks paired) is no one "he" can be; the person who spoke before it is.
TEST_CASE("quotes: a pronoun skips a name quoted in an earlier sentence") {
    auto qs = quotes_of(
        "Former President Jane Okafor sold bonds in Swiss francs in 1979. Finance Minister Tom Hale said on "
        "Monday the government had no such plans. He added that traders still spoke of \"Okafor bonds\" with "
        "some fondness. \"The market is much deeper now,\" he added.");
    REQUIRE(qs.size() == 2);
    if (qs.size() != 2) return;
    CHECK(qs[1].speaker == "Tom Hale");
}

// A quotation running over two sentences has one mark in each: the name inside it still counts as
// outside when the marks of its sentence do not pair up.
TEST_CASE("quotes: an unpaired mark in an earlier sentence does not hide its speaker") {
    auto qs = quotes_of(
        "\"We will not retaliate for now,\" President Jane Okafor said on Monday. \"But we are ready. The "
        "talks go on,\" she said.");
    REQUIRE(qs.size() >= 2);
    if (qs.size() < 2) return;
    CHECK(qs[0].speaker == "Jane Okafor");
    CHECK(qs.back().speaker == "Jane Okafor");
}

// '"...," an oil trader in Tokyo said' had the speaker Japan, '"...," said one winemaker in the
// Barossa Valley' the valley: the place after "in" says where an unnamed speaker is, not who
// speaks (a firm after "at" still speaks through its analyst).
TEST_CASE("quotes: a place after an unnamed speaker is where the speaker is") {
    auto qs = quotes_of(
        "\"Prices will rise,\" an oil trader in Lima said. \"We never gave up,\" said one winemaker in the "
        "Maule Valley. \"Demand is weak,\" said an analyst at Fabrikam Holdings.");
    REQUIRE(qs.size() == 3);
    if (qs.size() != 3) return;
    CHECK(qs[0].speaker == "an oil trader in Lima");
    CHECK(qs[1].speaker == "one winemaker");
    CHECK(qs[2].speaker == "Fabrikam Holdings");
}

// 'firms that have "broken ground" on new plants, Tom Hale wrote': a phrase quoted inside reported
// speech whose speaker comes at the sentence's end had no speaker (the verb was neither right
// after the quote nor before it). A lone word stays a label, a name inside a noun phrase is no
// speaker, and a listener after "told" is none either.
TEST_CASE("quotes: a quoted phrase in reported speech is the speaker named at the sentence's end") {
    auto qs = quotes_of(
        "The new duties would spare companies that have \"broken ground\" on plants in Peru, Tom Hale wrote. "
        "Sales rose \"far faster than expected\" in May, said Jane Okafor. "
        "Goods in the category known as \"other\" rose 5%, the ministry said. "
        "Prices were \"not yet stable\" in March, a Lima grain trader said. "
        "\"Exporters will clearly suffer this year\" in the south, Okafor told Reuters.");
    REQUIRE(qs.size() == 5);
    if (qs.size() != 5) return;
    CHECK(qs[0].speaker == "Tom Hale");
    CHECK(qs[0].verb == "wrote");
    CHECK(qs[1].speaker == "Jane Okafor");
    CHECK(qs[2].speaker.empty());
    CHECK(qs[3].speaker != "Lima");
    CHECK(qs[4].speaker == "Jane Okafor");
}

// "Tom Hale criticized Jane Okafor on Tuesday, calling her "reckless"": a participle of labelling
// was no labelling verb, so the lone word had no speaker; and the speaker of the participle is the
// subject that opens the sentence, not the person named nearest before it (the one labelled).
TEST_CASE("quotes: a word labelled by a participle is the sentence subject's") {
    auto qs = quotes_of(
        "Finance Minister Tom Hale criticized Jane Okafor on Tuesday, calling her \"reckless\" in remarks to "
        "reporters.");
    REQUIRE(qs.size() == 1);
    if (qs.size() != 1) return;
    CHECK(qs[0].speaker == "Tom Hale");
    CHECK(qs[0].verb == "calling");
}

// A lone lower-case word of reported speech is the speaker's own word further from its verb too
// (a clause after "that" puts ~11 words between): "Tom Hale argued that a ruling against the
// government would leave the country "defenceless"".
TEST_CASE("quotes: a lone word of reported speech after 'argued that' is the speaker's") {
    auto qs = quotes_of(
        "Tom Hale argued that a ruling against the government would leave the country \"defenceless\" in trade "
        "talks.");
    REQUIRE(qs.size() == 1);
    if (qs.size() != 1) return;
    CHECK(qs[0].speaker == "Tom Hale");
    CHECK(qs[0].verb == "argued");
}

// 'The farm sector has long complained that export taxes, known locally as "retenciones", make it
// uncompetitive' gave the word to the sector (or to the country): a term being named after "known
// as" or "so-called" is nobody's words.
TEST_CASE("quotes: a term named after 'known locally as' is nobody's words") {
    auto qs = quotes_of("Tom Hale has long complained that export taxes, known locally as \"retenciones\", make "
                        "farming uncompetitive.");
    for (const auto& q : qs) {
        CHECK(q.speaker.empty());
        CHECK(q.verb.empty());
    }
    auto ok = quotes_of("Tom Hale said the export taxes were \"ruinous\".");
    REQUIRE(ok.size() == 1);
    if (ok.size() != 1) return;
    CHECK(ok[0].speaker == "Tom Hale");
}

// 'The bloc is ready to respond "swiftly and firmly" if ..., European Commission President Ursula
// von der Leyen said on Sunday' had no speaker: the attribution after the last comma was looked
// for within seven words, and a person after a title of capitalized words was no attribution.
TEST_CASE("quotes: a phrase quoted in reported speech is the speaker's after a long title") {
    auto qs = quotes_of("The bloc is ready to respond \"swiftly and firmly\" if Chile goes ahead with doubling its "
                        "tariffs, Peruvian Trade Commission President Jane Okafor said on Sunday.");
    REQUIRE(qs.size() == 1);
    if (qs.size() != 1) return;
    CHECK(qs[0].speaker == "Jane Okafor");
    CHECK(qs[0].verb == "said");
}

// '"These objects are going home," said the commission's director-general, Dr Olumide X.' (a probe
// of my own writing) gave the words to the commission; Reuters has '," said Sumitomo Bank Ltd chief
// economist, Masahiko Koido' and '," said India's delegate, S. Venkitaramanan' the same way. A
// body's post, then the person holding it after a comma, is that person.
TEST_CASE("quotes: 'said the X's post, NAME' is the person's") {
    auto qs = quotes_of(
        "The museum handed 14 artefacts to the National Commission for Museums on Thursday. \"These objects are "
        "going home,\" said the commission's director-general, Dr Jane Okafor.");
    REQUIRE(qs.size() == 1);
    if (qs.size() != 1) return;
    CHECK(qs[0].speaker == "Jane Okafor");
    auto b = quotes_of("\"The economy will bottom out in the middle of the year,\" said Kelvorn Bank Ltd chief "
                       "economist, Tom Hale.");
    REQUIRE(b.size() == 1);
    if (b.size() != 1) return;
    CHECK(b[0].speaker == "Tom Hale");
}

// '"The measure is temporary and proportionate," the ministry quoted Yasmine X, head of its Trade
// Remedies Sector, as saying' (a probe of my own writing) had no speaker: the person the report
// quotes "as saying" is the speaker, however long the apposition.
TEST_CASE("quotes: 'the ministry quoted X, head of ..., as saying' is X's") {
    auto qs = quotes_of(
        "\"The measure is temporary and proportionate,\" the ministry quoted Jane Okafor, head of its trade remedies "
        "unit, as saying.");
    REQUIRE(qs.size() == 1);
    if (qs.size() != 1) return;
    CHECK(qs[0].speaker == "Jane Okafor");
    CHECK(qs[0].verb == "quoted");
}

// A news-in-brief item (a probe of my own writing): '"I felt strong from the first kilometre," the
// 24-year-old said' had no speaker; Reuters has '," the 44-year-old prime minister said'. A person
// named by age alone is the last person named before, as "he" or "she" is.
TEST_CASE("quotes: 'the 24-year-old said' is the last person named") {
    auto qs = quotes_of("Chile's Jane Okafor won the Lima half marathon on Sunday. \"I felt strong from the first "
                        "kilometre,\" the 24-year-old said.");
    REQUIRE(qs.size() == 1);
    if (qs.size() != 1) return;
    CHECK(qs[0].speaker == "Jane Okafor");
}
