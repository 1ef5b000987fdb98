// test_segment.cpp — paragraphs, headings, list items, sentences and tokens.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build


using namespace np::test;
using np::SegmentKind;

TEST_CASE("segment: empty input and whitespace-only input give no segments") {
    CHECK(seg_doc("").segments.empty());
    auto d = seg_doc(" \n\t\r\n \xC2\xA0 \n\n");
    CHECK(d.segments.empty());
    CHECK(d.tokens.empty());
}

TEST_CASE("segment: one paragraph per line (pasted text) and blank-line paragraphs") {
    auto d = seg_doc("First paragraph here. It has two sentences.\nSecond paragraph on its own line.\n\nThird after a blank line.");
    REQ(d.segments.size() == 3);
    CHECK(seg_text(d, 1) == "Second paragraph on its own line.");
    CHECK(d.segments[0].sentence_count == 2);
}

TEST_CASE("segment: hard-wrapped text is joined into paragraphs, indentation starts a new one") {
    std::string t =
        "    Showers continued throughout the week in the cocoa zone,\n"
        "alleviating the drought since early January and improving\n"
        "prospects for the coming harvest, the company said in its\n"
        "weekly review.\n"
        "    The dry period means the harvest will be late this year.\n"
        "Arrivals for the week ended February 22 were 155,221 bags of\n"
        "60 kilos.\n";
    auto d = seg_doc(t);
    REQ(d.segments.size() == 2);
    CHECK(seg_text(d, 0).rfind("Showers", 0) == 0);
    CHECK(seg_text(d, 0).find("weekly review.") != std::string::npos);
    CHECK(d.segments[1].sentence_count == 2);
}

TEST_CASE("segment: a short wrapped paragraph whose longest line is the wrap width stays one paragraph") {
    // Three lines: the first break passes the fit test ("60" would have fitted after "within"
    // on a 63-column line), but the line ends no sentence and the next starts with a digit;
    // the second break fails it. Once this was two headings and a paragraph.
    std::string t =
        "Officials said the new port is expected to open for ships within\n"
        "18 months, at which point the old harbour would be turned into\n"
        "a public park.\n";
    auto d = seg_doc(t);
    REQ(d.segments.size() == 1);
    CHECK(d.segments[0].kind == SegmentKind::paragraph);
    CHECK(d.segments[0].sentence_count == 1);
    // A list of headlines can break the same way (no sentence ends, a digit after a full line,
    // then a failed fit) but its lines are titles, not running text: one segment each.
    auto l = seg_doc("Ferry Operators Warn of Higher Fares Next Summer\n"
                     "12 Towns Vote to Keep Their Weekly Markets Open\n"
                     "Harbour Board Names a New Chief After a Long Search\n");
    REQ(l.segments.size() == 3);
    CHECK(seg_text(l, 1) == "12 Towns Vote to Keep Their Weekly Markets Open");
}

TEST_CASE("segment: mixed line endings") {
    auto d = seg_doc("Headline of the story\r\nFirst paragraph ends here.\rSecond paragraph ends here.\nThird one.\r\n\r\nFourth.");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[0].kind == SegmentKind::heading);
    CHECK(seg_text(d, 2) == "Second paragraph ends here.");
    CHECK(seg_text(d, 4) == "Fourth.");
}

TEST_CASE("segment: headings vs paragraphs vs list items") {
    auto d = seg_doc(
        "Tariff talks stall in Geneva\n"
        "The talks stalled on Friday after negotiators failed to agree.\n"
        "Why prices may keep rising?\n"
        "Officials said three things:\n"
        "- steel quotas\n"
        "2. rare earth licences\n"
        "(a) chip exports\n"
        "• soybean purchases\n"
        "this line starts in lower case and has no full stop\n");
    REQ(d.segments.size() == 9);
    CHECK(d.segments[0].kind == SegmentKind::heading);
    CHECK(d.segments[1].kind == SegmentKind::paragraph);
    CHECK(d.segments[2].kind == SegmentKind::heading);
    CHECK(d.segments[3].kind == SegmentKind::paragraph);
    CHECK(d.segments[4].kind == SegmentKind::list_item);
    CHECK(d.segments[5].kind == SegmentKind::list_item);
    CHECK(d.segments[6].kind == SegmentKind::list_item);
    CHECK(d.segments[7].kind == SegmentKind::list_item);
    CHECK(d.segments[8].kind == SegmentKind::paragraph);
}

TEST_CASE("sentences: abbreviations, titles, initials and months do not split") {
    auto d = seg_doc("Mr. Lee met Gen. Ortiz and Dr. J. K. Rowe in St. Louis on Jan. 5 at No. 10 Main Road. They agreed.");
    auto s = sentences_of(d);
    REQ(s.size() == 2);
    CHECK(s[1] == "They agreed.");
}

// "... Kallas said on X. Kremlin spokesman Dmitry Peskov said ...": "X." was an initial, so the
// two sentences were one and the tagger made an organisation of "X. Kremlin". After "on" or
// "via" the letter is the social network closing the sentence; "Malcolm X. Jones" stays whole.
TEST_CASE("sentences: 'on X.' ends a sentence, an initial X does not") {
    auto d = seg_doc("The minister said on X. Kremlin officials disagreed. Malcolm X. Jones said so.");
    auto s = sentences_of(d);
    REQ(s.size() == 3);
    CHECK(s[0] == "The minister said on X.");
    CHECK(s[2] == "Malcolm X. Jones said so.");
}

TEST_CASE("sentences: U.S. and U.K. split only before a sentence starter") {
    auto d = seg_doc("Exports to the U.S. rose 5%. The U.K. Treasury disagreed. Sales in the U.S. The market fell.");
    auto s = sentences_of(d);
    REQ(s.size() == 4);
    CHECK(s[0] == "Exports to the U.S. rose 5%.");
    CHECK(s[1] == "The U.K. Treasury disagreed.");
    CHECK(s[2] == "Sales in the U.S.");
}

TEST_CASE("sentences: decimals and ellipses") {
    auto d = seg_doc("Growth slowed to 2.5 per cent... and then stalled. Prices rose... Analysts were surprised.");
    auto s = sentences_of(d);
    REQ(s.size() == 3);
    CHECK(s[0] == "Growth slowed to 2.5 per cent... and then stalled.");
    CHECK(s[1] == "Prices rose...");
}

TEST_CASE("sentences: a full stop inside a closing quote ends the sentence after the quote") {
    auto d = seg_doc("She said the deal was “done and dusted.” Markets rallied. “Will it hold?” he asked. It did.");
    auto s = sentences_of(d);
    REQ(s.size() == 4);
    CHECK(s[0] == "She said the deal was “done and dusted.”");
    CHECK(s[2] == "“Will it hold?” he asked.");
}

TEST_CASE("sentences: every sentence lies inside one segment with consistent token ranges") {
    auto d = seg_doc("One. Two three.\nFour five six. Seven!\n\nEight?");
    REQ(d.segments.size() == 3);
    uint32_t next_tok = 0;
    for (size_t i = 0; i < d.sentences.size(); ++i) {
        const auto& s = d.sentences[i];
        const auto& seg = d.segments[s.segment];
        CHECK(s.start >= seg.start);
        CHECK(s.end <= seg.end);
        CHECK(i >= seg.first_sentence);
        CHECK(i < seg.first_sentence + seg.sentence_count);
        CHECK(s.first_token == next_tok);
        next_tok += s.token_count;
        for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
            CHECK(d.tokens[t].start >= s.start);
            CHECK(uint32_t(d.tokens[t].end) <= s.end);
        }
    }
    CHECK(next_tok == d.tokens.size());
}

TEST_CASE("tokens: numbers, acronyms, hyphens, clitics, money and percent") {
    auto d = seg_doc("The U.S. imposed a 2.5% duty on US-made goods worth $1,200.50 after Trump’s call; they don't agree.");
    auto t = tokens_of(d);
    CHECK(has(t, "U.S."));
    CHECK(has(t, "2.5"));
    CHECK(has(t, "%"));
    CHECK(has(t, "US-made"));
    CHECK(has(t, "$"));
    CHECK(has(t, "1,200.50"));
    CHECK(has(t, "Trump"));
    CHECK(has(t, "’s"));
    CHECK(has(t, "do"));
    CHECK(has(t, "n't"));
    CHECK(has(t, ";"));
    CHECK(t.back() == ".");
    // kinds
    for (size_t i = 0; i < d.tokens.size(); ++i) {
        if (t[i] == "1,200.50" || t[i] == "2.5") CHECK(np::TokenKind(d.tokens[i].kind) == np::TokenKind::number);
        if (t[i] == "$" || t[i] == "%") CHECK(np::TokenKind(d.tokens[i].kind) == np::TokenKind::symbol);
        if (t[i] == "U.S.") CHECK(np::TokenKind(d.tokens[i].kind) == np::TokenKind::word);
    }
}

// "Japan-U.S. deal": the word ended at "Japan-U" and left "S." alone, so the entity stage found a
// place "Japan-U" and no United States; "EU-China" and "Japan-EU" were one word and no place.
// Two names joined by a hyphen are two words now; names of one hyphenated piece are not, nor a
// combining form ("Sino-US": "Sino" is no place).
TEST_CASE("tokens: two places joined by a hyphen are two words, hyphenated names one") {
    auto d = seg_doc("The Japan-U.S. deal, EU-China talks, a Japan-EU pact and anti-U.S. protests at Coca-Cola, "
                     "Rolls-Royce, Mercedes-AMG and Sino-US events near F-16 jets with US-made parts.");
    auto t = tokens_of(d);
    for (const char* w : {"Japan", "U.S.", "EU", "China", "anti", "Coca-Cola", "Rolls-Royce", "Mercedes-AMG", "Sino-US", "F-16",
                          "US-made"}) {
        CAPTURE(w);
        CHECK(has(t, w));
    }
    for (const char* w : {"Japan-U", "EU-China", "Japan-EU", "S.", "Sino"}) {
        CAPTURE(w);
        CHECK(!has(t, w));
    }
}

TEST_CASE("tokens: straight apostrophe clitic, titles keep their dot, units split from numbers") {
    auto d = seg_doc("China's Mr. Wu said $1.2bn in the 1990s, up 3rd time.");
    auto t = tokens_of(d);
    CHECK(has(t, "China"));
    CHECK(has(t, "'s"));
    CHECK(has(t, "Mr."));
    CHECK(has(t, "1.2"));
    CHECK(has(t, "bn"));
    CHECK(has(t, "1990s"));
    CHECK(has(t, "3rd"));
    CHECK(has(t, "O'Brien") == false);
    auto d2 = seg_doc("O'Brien and S&P agreed.");
    CHECK(has(tokens_of(d2), "O'Brien"));
    CHECK(has(tokens_of(d2), "S&P"));
}

TEST_CASE("segment: a single 5 MB line is one segment with sane offsets") {
    std::string big;
    big.reserve(5u << 20);
    while (big.size() < (5u << 20)) big += "tariff words without any full stop ";
    auto d = seg_doc(big);
    REQ(d.segments.size() == 1);
    CHECK(d.segments[0].start == 0);
    CHECK(d.segments[0].end == big.size() - 1);  // trailing space trimmed
    // No sentence end anywhere: cut into pieces of at most kMaxSentenceBytes (test_sentence_cap.cpp).
    CHECK(d.sentences.size() >= big.size() / np::kMaxSentenceBytes);
    for (const auto& s : d.sentences) CHECK(s.end - s.start <= np::kMaxSentenceBytes);
    CHECK(d.tokens.size() > 800000);
}

TEST_CASE("segment: 100k tiny paragraphs") {
    std::string t;
    for (int i = 0; i < 100000; ++i) t += "Item " + std::to_string(i) + " is here.\n";
    auto d = seg_doc(t);
    CHECK(d.segments.size() == 100000);
    CHECK(d.sentences.size() == 100000);
    CHECK(seg_text(d, 99999) == "Item 99999 is here.");
}

// A block of short titles whose breaks all fail the fit test ("... fall 12% in September" /
// "Trump says he will meet Xi ..." / "Subscribe to our newsletter ...") was read as one
// hard-wrapped paragraph. Wrapped prose breaks before an ordinary word or after a line that goes
// on; where every break comes before a capital after a complete line, the lines are separate.
TEST_CASE("segment: a block of titles is no hard-wrapped paragraph; prose with names at its breaks is") {
    const std::string titles = "Related Coverage\nChina's rare earth exports fall 12% in September\n"
                               "Trump says he will meet Xi in South Korea\n"
                               "Subscribe to our newsletter for the latest updates\n";
    auto a = np::test::analyze_text(titles);
    CHECK(a.documents[0].segments.size() == 4);
    const std::string prose = "The consortium includes Brunswick Corp <BC>, Dornier GMBH of\n"
                              "West Germany, Hunting Engineering Co Ltd of the U.K., and\n"
                              "Garrett of Canada, the company said on Tuesday in a statement.\n";
    auto b = np::test::analyze_text(prose);
    CHECK(b.documents[0].segments.size() == 1);
    const std::string names = "But the trade paper quoted an unnamed spokesman as saying\n"
                              "Chrysler is competing with French-based Citroen and an unnamed\n"
                              "Japanese maker to supply the new plant near the coast.\n";
    auto c = np::test::analyze_text(names);
    CHECK(c.documents[0].segments.size() == 1);
}
