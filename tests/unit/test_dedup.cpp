// test_dedup.cpp — exact and near duplicates, repeated blocks, boilerplate, cross-document.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include <cstring>

#include "dedup_parts.hpp"

using namespace np::test;
using np::SegmentKind;
using np::SegmentStatus;

namespace {
const char* kP1 = "The government raised the tariff on imported steel to 35 per cent on Thursday, officials said.";
const char* kP2 = "Exporters in three countries warned that the decision would hurt jobs and raise prices for builders.";
const char* kP3 = "Negotiators are due to meet again in Geneva next month to discuss a possible quota arrangement.";
const char* kP4 = "Farm groups said the dispute had already cost growers billions of dollars in lost sales abroad.";
}  // namespace

TEST_CASE("dedup: exact repeat after case, whitespace, quote and dash normalization") {
    std::string t = std::string("He said “no deal” — again, and the talks ended without any agreement at all.\n") +
                    kP2 + "\n" + "he said \"NO  deal\" - again, and the talks ended without any agreement at all.\n";
    auto d = clean_doc(t);
    REQ(d.segments.size() == 3);
    CHECK(d.segments[2].status == SegmentStatus::duplicate);
    CHECK(d.segments[2].duplicate_of == 0);
    CHECK(d.segments[2].similarity == doctest::Approx(1.0));
    CHECK(np::segment_reason(d, 2).find("exact repeat of segment 0") != std::string::npos);
}

TEST_CASE("dedup: a near-duplicate differing by one word") {
    std::string changed = "The government raised the tariff on imported steel to 35 per cent on Friday, officials said.";
    auto d = clean_doc(std::string(kP1) + "\n" + kP2 + "\n" + kP3 + "\n" + changed + "\n");
    REQ(d.segments.size() == 4);
    CHECK(d.segments[3].status == SegmentStatus::duplicate);
    CHECK(d.segments[3].duplicate_of == 0);
    CHECK(d.segments[3].similarity >= 0.5f);
    CHECK(d.segments[3].similarity < 1.0f);
    CHECK(np::segment_reason(d, 3).find("near-duplicate") != std::string::npos);
}

TEST_CASE("dedup: a re-wrapped copy with punctuation edits is a near-duplicate") {
    std::string orig = "Officials in Brasilia said on Tuesday that the government would respond to any new duty on "
                       "semi-finished steel, which accounts for a large share of the country's exports to the north.";
    std::string edited = "Officials in Brasilia said on Tuesday that the government would respond\n"
                         "to any new duty on semi-finished steel which accounts for a large share\n"
                         "of the country's exports to the north!";
    auto d = clean_doc(orig + "\n\n" + kP2 + "\n\n" + edited + "\n");
    REQ(d.segments.size() == 3);
    CHECK(d.segments[2].status == SegmentStatus::duplicate);
    CHECK(d.segments[2].duplicate_of == 0);
}

TEST_CASE("dedup: different paragraphs on the same topic are not near-duplicates") {
    auto d = clean_doc(std::string(kP1) + "\n" + kP2 + "\n" + kP3 + "\n" + kP4 + "\n");
    for (const auto& s : d.segments) CHECK(s.status == SegmentStatus::kept);
}

TEST_CASE("dedup: a block repeated three times keeps the first copy, later copies are runs") {
    std::string block = std::string("Steel talks resume\n") + kP1 + "\n" + kP2 + "\n" + kP3 + "\n";
    auto d = clean_doc(block + block + block);
    REQ(d.segments.size() == 12);
    for (int i = 0; i < 4; ++i) CHECK(d.segments[size_t(i)].status == SegmentStatus::kept);
    for (int i = 4; i < 12; ++i) {
        CHECK(d.segments[size_t(i)].status == SegmentStatus::duplicate);
        CHECK(d.segments[size_t(i)].duplicate_of == i % 4);
        CHECK(np::segment_reason(d, size_t(i)).find("repeated block") != std::string::npos);
    }
    CHECK(np::clean_text(d) == "Steel talks resume\n\n" + std::string(kP1) + "\n\n" + kP2 + "\n\n" + kP3);
}

TEST_CASE("dedup: short lines repeat legitimately outside a repeated block") {
    auto d = clean_doc(std::string("Analysis\n") + kP1 + "\n" + kP2 + "\nAnalysis\n" + kP3 + "\n");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[3].status == SegmentStatus::kept);
    CHECK(np::segment_reason(d, 3).find("outside a repeated block") != std::string::npos);
}

TEST_CASE("boilerplate: an advertisement line in the middle; the article around it is kept") {
    auto d = clean_doc(std::string("Steel talks resume\n") + kP1 + "\nADVERTISEMENT\n" + kP2 +
                       "\nStory continues below advertisement\n" + kP3 + "\n");
    REQ(d.segments.size() == 6);
    CHECK(d.segments[2].status == SegmentStatus::boilerplate);
    CHECK(d.segments[4].status == SegmentStatus::boilerplate);
    CHECK(d.segments[2].kind == SegmentKind::boilerplate);
    CHECK(d.segments[0].status == SegmentStatus::kept);
    CHECK(d.segments[5].status == SegmentStatus::kept);
}

TEST_CASE("boilerplate: related links at the end after a marker, in several forms") {
    for (const char* marker : {"Related stories", "MORE FROM OUR SITE", "Most read", "Recommended for you",
                               "Read more:", "You might also like"}) {
        std::string t = std::string(kP1) + "\n\n" + kP2 + "\n\n" + marker + "\n\n" +
                        "Copper prices climb as mine strike enters second week\n\n"
                        "Dockworkers vote on new contract offer\n\n"
                        "Five charts that explain the chip shortage\n";
        auto d = clean_doc(t);
        REQ(d.segments.size() == 6);
        CAPTURE(marker);
        CHECK(d.segments[2].status == SegmentStatus::boilerplate);
        for (size_t i = 3; i < 6; ++i) CHECK(d.segments[i].status == SegmentStatus::boilerplate);
        CHECK(np::clean_text(d) == std::string(kP1) + "\n\n" + kP2);
    }
}

// A related-links block whose titles are lines of one paragraph (no blank lines between them)
// was kept when the article was pasted twice: the marker's list stopped at the first segment of
// more than one line, and the after-the-end rule saw the second copy's paragraphs as the end.
// And a repeated headline with a byline under it is the copy's headline, not a link title.
TEST_CASE("boilerplate: link titles on the lines of one paragraph after a marker, in a text pasted twice") {
    const std::string article = std::string("Steel talks resume in Geneva\n\nBy Ana Silva\n\n") + kP1 + "\n\n" +
                                kP2 + "\n\n" + kP3 + "\n\n";
    const std::string links = "Read more:\nSteelmakers brace for higher costs as tariffs bite\n"
                              "Canada weighs counter-tariffs on U.S. steel\n"
                              "Analysis: Why the EU is slow to retaliate\n\n";
    auto d = clean_doc(article + links + article);
    // (the three titles are three segments: every break of their block comes before a capital
    // after a line that does not go on, so it is no hard-wrapped paragraph)
    REQ(d.segments.size() == 14);
    CHECK(d.segments[5].status == SegmentStatus::boilerplate);  // the marker
    for (size_t i = 6; i < 9; ++i) {
        CHECK(d.segments[i].status == SegmentStatus::boilerplate);  // the titles
        CHECK(np::segment_reason(d, i).find("link title") != std::string::npos);
    }
    CHECK(d.segments[9].status == SegmentStatus::duplicate);    // the copy's headline
    CHECK(d.segments[9].duplicate_of == 0);
    for (size_t i = 11; i < 14; ++i) CHECK(d.segments[i].status == SegmentStatus::duplicate);
    CHECK(np::clean_text(d) == std::string("Steel talks resume in Geneva\n\n") + kP1 + "\n\n" + kP2 + "\n\n" + kP3);
}

// A related-links block in the middle of the article, its titles on the lines of the marker's
// block, and a real paragraph right after it: the last title was kept as the paragraph's section
// heading. A heading has a blank line before it; a line of the marker's own block is a link.
TEST_CASE("boilerplate: the last link of a marker's block before a paragraph is a link, not a heading") {
    const std::string t = std::string(kP1) + "\n\n" + "Read more:\nSteelmakers brace for higher costs\n"
                          "Factories pause hiring as orders dry up\n\n" + kP2 + "\n\n" +
                          "Port workers strike\n\n" + kP3 + "\n\n" + kP4 + "\n";
    auto d = clean_doc(t);
    REQ(d.segments.size() == 8);
    for (size_t i = 1; i < 4; ++i) CHECK(d.segments[i].status == SegmentStatus::boilerplate);
    CHECK(d.segments[4].status == SegmentStatus::kept);
    // a heading after a blank line stays a heading
    CHECK(d.segments[5].status == SegmentStatus::kept);
    CHECK(d.segments[6].status == SegmentStatus::kept);
}

// Hard-wrapped lines without final punctuation are one sentence going on, not titles.
TEST_CASE("boilerplate: a hard-wrapped note after a marker is no list of titles") {
    const std::string note = "Note: earnings exclude a gain on the sale of discontinued\n"
                             "operations of 17,000 dlrs or one ct a share vs a gain of\n"
                             "1,383,000 dlrs in the quarter";
    auto d = clean_doc(std::string(kP1) + "\n\n" + kP2 + "\n\n" + kP3 + "\n\nRelated stories\n\n" + note + "\n");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[3].status == SegmentStatus::boilerplate);
    CHECK(d.segments[4].status == SegmentStatus::kept);
}

TEST_CASE("boilerplate: link titles after the article's end without any marker") {
    std::string t = std::string("Steel talks resume\n") + kP1 + "\n" + kP2 + "\n" +
                    "Copper prices climb as mine strike enters second week\n"
                    "Dockworkers vote on new contract offer\n";
    auto d = clean_doc(t);
    REQ(d.segments.size() == 5);
    CHECK(d.segments[0].status == SegmentStatus::kept);  // the headline before the body stays
    CHECK(d.segments[3].status == SegmentStatus::boilerplate);
    CHECK(d.segments[4].status == SegmentStatus::boilerplate);
    CHECK(np::segment_reason(d, 4).find("after the article's end") != std::string::npos);
}

// A short closing sentence (under 12 words) after the last long paragraph was cut as a "line
// after the article's end": 304 last sentences of the 10 MB bench pastes ("Terms were not
// disclosed.", "It also said stockholders approved a stock option plan.").
TEST_CASE("boilerplate: a short closing sentence is article text; link titles after it are not") {
    std::string t = std::string("Steel talks resume\n") + kP1 + "\n" + kP2 + "\n" +
                    "Shares of the steelmaker fell 4% after the announcement.\n"
                    "The ministry did not respond to a request for comment.\n"
                    "Copper prices climb as mine strike enters second week\n"
                    "Dockworkers vote on new contract offer\n";
    auto d = clean_doc(t);
    REQ(d.segments.size() == 7);
    CHECK(d.segments[3].status == SegmentStatus::kept);
    CHECK(d.segments[4].status == SegmentStatus::kept);
    CHECK(d.segments[5].status == SegmentStatus::boilerplate);
    CHECK(d.segments[6].status == SegmentStatus::boilerplate);
}

TEST_CASE("boilerplate: a genuine heading in the middle of the article stays kept") {
    std::string t = std::string(kP1) + "\n" + kP2 + "\nFarmers caught in the middle\n" + kP3 + "\n" + kP4 + "\n";
    auto d = clean_doc(t);
    REQ(d.segments.size() == 5);
    CHECK(d.segments[2].kind == SegmentKind::heading);
    CHECK(d.segments[2].status == SegmentStatus::kept);
}

TEST_CASE("boilerplate: a run of link titles in the middle of the text is removed") {
    std::string t = std::string(kP1) + "\n" + kP2 + "\n" +
                    "Copper prices climb as mine strike enters second week\n"
                    "Dockworkers in the port vote on new contract offer\n"
                    "Why the currency keeps falling despite record exports\n" +
                    kP3 + "\n" + kP4 + "\n";
    auto d = clean_doc(t);
    REQ(d.segments.size() == 7);
    CHECK(d.segments[2].status == SegmentStatus::boilerplate);
    CHECK(d.segments[3].status == SegmentStatus::boilerplate);
    CHECK(d.segments[5].status == SegmentStatus::kept);
}

TEST_CASE("boilerplate: chrome lines — share, subscribe, newsletter, cookies, copyright") {
    const char* lines[] = {
        "Share this article", "Subscribe", "Sign up for our newsletter to get the day's top stories in your inbox.",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "© 2024 Example Media Ltd", "All Rights Reserved.", "Follow us on Facebook and Twitter",
        // Newsletter lines without "sign up": the newsletter word with "inbox", or with "subscribe".
        "Our morning newsletter brings the big stories to your INBOX each weekday.",
        "Subscribe to the weekly newsletter on trade and markets.",
        // under share buttons (it was kept: no strong chrome word)
        "Copy link",
        // kept until 2 Dec: "latest", "news" were no chrome words
        "Follow us on X and Instagram for the latest news.", "Stay informed: follow our WhatsApp channel",
        // a newsletter's pitch without the word "newsletter" (kept until 2 Dec, evening)
        "Get the week's best reads delivered to your inbox every Friday.",
        "The stories that matter, straight to your inbox.",
        // kept until 3 Dec: "in your inbox" with no "delivered"/"straight"
        "Get the latest trade news in your inbox every morning.",
        // kept until 4 Dec: no inbox named
        "Get the week's biggest stories on trade delivered every Friday.",
        // a consent banner's title and buttons (kept until 5 Dec)
        "We value your privacy", "Accept all", "Manage preferences", "Reject all",
        // a site's policy links (kept until 3 Dec, night: no chrome words)
        "Our Standards: The Trust Principles.", "Privacy Policy | Terms of Use | Cookie Settings",
        "Purchase Licensing Rights",
        // with the site's name in it (kept until 5 Dec, night: the name is no chrome word)
        "Our Standards: The Kestrel Press Trust Principles.", "Subscribe to the Harlow Post newsletter"};
    for (const char* line : lines) {
        CAPTURE(line);
        auto d = clean_doc(std::string(kP1) + "\n" + line + "\n" + kP2 + "\n");
        REQ(d.segments.size() == 3);
        CHECK(d.segments[1].status == SegmentStatus::boilerplate);
        CHECK(d.segments[0].status == SegmentStatus::kept);
        CHECK(d.segments[2].status == SegmentStatus::kept);
    }
}

// Share buttons copied as lines of their own: "Facebook", "X" and "LinkedIn" were kept (no strong
// chrome word), and the tagger made organizations of them. Under a share line they are chrome; a
// network's name alone, with no chrome line above it, stays (a section about the company).
TEST_CASE("boilerplate: share buttons under a share line, one network a line") {
    auto d = clean_doc(std::string(kP1) + "\n\nShare this article\nFacebook\nX\nLinkedIn\nEmail\n\n" + kP2 + "\n");
    REQ(d.segments.size() == 7);
    for (size_t i = 1; i < 6; ++i) {
        CAPTURE(i);
        CHECK(d.segments[i].status == SegmentStatus::boilerplate);
    }
    CHECK(d.segments[0].status == SegmentStatus::kept);
    CHECK(d.segments[6].status == SegmentStatus::kept);
    auto alone = clean_doc(std::string(kP1) + "\n\nFacebook\n" + kP2 + "\n");
    REQ(alone.segments.size() == 3);
    CHECK(alone.segments[1].status == SegmentStatus::kept);
}

// An opinion column's closing note ("Tom Hale is a professor of economics at Northfield University. The
// views expressed here are his own.") was kept as article text: the disclaimer and the author's note
// it closes are metadata. Views expressed in the news stay.
TEST_CASE("boilerplate: a column's disclaimer is metadata") {
    for (const char* line : {"Tom Hale is a professor of economics at Northfield University. The views expressed here "
                             "are his own.",
                             "The opinions expressed in this article are those of the author."}) {
        CAPTURE(line);
        auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 + "\n\n" + line + "\n");
        REQ(d.segments.size() == 4);
        CHECK(d.segments[3].kind == SegmentKind::metadata);
        CHECK(d.segments[3].status == SegmentStatus::boilerplate);
    }
    auto news = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 + "\n\n" +
                          "The views expressed by the ministry on Monday were welcomed by steel makers.\n");
    REQ(news.segments.size() == 4);
    CHECK(news.segments[3].status == SegmentStatus::kept);
}

// Notes on the copy itself ("This article was amended on Nov 15 to correct the size of the annual
// cap.") were kept as article text: editor's notes are metadata. A sentence about an article or a
// correction in the news stays.
TEST_CASE("boilerplate: an editor's note on the copy is metadata") {
    for (const char* line : {"This article was amended on Nov 15 to correct the size of the annual cap.",
                             "This story has been updated with comments from the ministry.",
                             "An earlier version of this article misstated the tariff rate on steel.",
                             "Correction: The duty takes effect in March, not April.",
                             "Editor's note: This story first appeared in our weekly trade newsletter.",
                             "(Corrects paragraph 3 to show the duty is 25%, not 20%)"}) {
        CAPTURE(line);
        auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 + "\n\n" + line + "\n");
        REQ(d.segments.size() == 4);
        CHECK(d.segments[3].kind == SegmentKind::metadata);
        CHECK(d.segments[3].status == SegmentStatus::boilerplate);
    }
    for (const char* line : {"This article of the treaty was amended in 1994, the ministry said, and it still binds both sides.",
                             "The correction in steel prices was sharper than traders expected, analysts said on Monday."}) {
        CAPTURE(line);
        auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + line + "\n\n" + kP2 + "\n");
        REQ(d.segments.size() == 4);
        CHECK(d.segments[2].status == SegmentStatus::kept);
    }
}

TEST_CASE("boilerplate: bylines, timestamps and credits are metadata, removed from the clean text") {
    const char* lines[] = {"By Jane Okafor and Li Wei", "Updated 3 hours ago", "Published: 30 October 2025, 10:15 IST",
                           "5 min read", "(Reporting by Ana Silva; Editing by Tom Hale)", "Photo: Getty Images",
                           // two elements of a copied page glued: "GMT" + "Updated"
                           "November 30, 20262:15 PM GMTUpdated 3 hours ago"};
    for (const char* line : lines) {
        CAPTURE(line);
        auto d = clean_doc(std::string("Steel talks resume\n") + line + "\n" + kP1 + "\n" + kP2 + "\n");
        REQ(d.segments.size() == 4);
        CHECK(d.segments[1].kind == SegmentKind::metadata);
        CHECK(d.segments[1].status == SegmentStatus::boilerplate);
        CHECK(d.segments[0].status == SegmentStatus::kept);
    }
}

// A byline and its timestamps copied as one block (no blank line between them) were kept, and
// their words became entities ("Economics Correspondent Published"); an author's note under the
// story ("... Follow her on X @handle.") was kept too. A paragraph of prose with a date in it
// stays.
TEST_CASE("boilerplate: a block of byline and timestamp lines, and an author's note, are metadata") {
    auto d = clean_doc(std::string("Steel talks resume\n\nBy Jane Okafor, Trade Correspondent\nPublished 9:14 AM EST, "
                                   "Tue December 2, 2025\nUpdated 11:02 AM EST, Tue December 2, 2025\n\n") +
                       kP1 + "\n\n" + kP2 + "\n\nJane Okafor covers trade from Lagos. Follow her on X @jokafor.\n");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[1].kind == SegmentKind::metadata);
    CHECK(d.segments[1].status == SegmentStatus::boilerplate);
    CHECK(d.segments[2].status == SegmentStatus::kept);
    CHECK(d.segments[3].status == SegmentStatus::kept);
    CHECK(d.segments[4].kind == SegmentKind::metadata);
    CHECK(d.segments[4].status == SegmentStatus::boilerplate);
    auto e = clean_doc(std::string("Steel talks resume\n\nThe ministry said on Tuesday, December 2, that\nthe talks "
                                   "would go on.\n\n") + kP1 + "\n");
    REQ(e.segments.size() == 3);
    CHECK(e.segments[1].status == SegmentStatus::kept);
}

// A page's section menu copied above the headline ("World / Business / Markets / Sustainability"
// then the title) was kept as four headings: the run of short lines went on into the headline,
// so it was no menu of short lines only.
TEST_CASE("boilerplate: a menu of short lines running into the headline is a menu; the headline stays") {
    auto d = clean_doc(std::string("World\nBusiness\nMarkets\nSustainability\n\nSteel talks resume in Geneva after a "
                                   "long pause\n\n") + kP1 + "\n\n" + kP2 + "\n");
    REQ(d.segments.size() == 7);
    for (size_t i = 0; i < 4; ++i) {
        CAPTURE(i);
        CHECK(d.segments[i].status == SegmentStatus::boilerplate);
        CHECK(d.segments[i].reason == np::ReasonCode::bp_menu);
    }
    CHECK(d.segments[4].status == SegmentStatus::kept);
    // two short lines are no menu
    d = clean_doc(std::string("Analysis\nMarkets\n\nSteel talks resume in Geneva after a long pause\n\n") + kP1 + "\n\n" + kP2 + "\n");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[0].status == SegmentStatus::kept);
}

// A photo caption led or ended by its agency credit, and the closing line that credits other
// reporters, were kept as article text (and their names listed as people of the story).
TEST_CASE("boilerplate: photo captions with an agency credit and 'contributed to this report' lines are metadata") {
    const char* lines[] = {"(AP Photo/Lena Moss) Dockworkers unload containers at a port in Gdansk, Poland.",
                           "Dockworkers unload containers at a port in Gdansk, Poland. (Reuters Photo/Lena Moss)",
                           "Associated Press writers Tom Hale in Warsaw and Ana Silva in Berlin contributed to this report.",
                           "Lena Moss contributed reporting from Gdansk.",
                           // a credit in closing brackets, opened by a credit word and a colon
                           "Cars wait for shipment at a port in Gdansk, Poland. (Photo: Lena Moss | Getty Images)",
                           "Cranes at the harbour in Gdansk on Monday. (Credit: Lena Moss/Harbour Press)"};
    for (const char* line : lines) {
        CAPTURE(line);
        auto d = clean_doc(std::string(kP1) + "\n\n" + line + "\n\n" + kP2 + "\n");
        REQ(d.segments.size() == 3);
        CHECK(d.segments[1].kind == SegmentKind::metadata);
        CHECK(d.segments[1].status == SegmentStatus::boilerplate);
    }
    // A sentence about a photo agency, or about someone who contributed money, stays.
    auto d = clean_doc(std::string(kP1) + "\n\nThe AP photo archive in New York holds millions of prints from a century of news.\n\n"
                       "The fund contributed to this year's rebuilding of the harbour, the city said.\n");
    REQ(d.segments.size() == 3);
    CHECK(d.segments[1].status == SegmentStatus::kept);
    CHECK(d.segments[2].status == SegmentStatus::kept);
    // brackets that close a sentence with no credit in them stay article text
    d = clean_doc(std::string(kP1) + "\n\nThe port handled 2 million containers last year (up from 1.8 million).\n");
    REQ(d.segments.size() == 2);
    CHECK(d.segments[1].status == SegmentStatus::kept);
}

TEST_CASE("boilerplate: ordinary sentences mentioning the marker words are kept") {
    auto d = clean_doc(std::string(kP1) + "\n" +
                       "Read more about the rules on the ministry's website, a spokesman told reporters on Monday.\n" +
                       "Cookies and biscuits were among the goods hit by the new tariffs, the ministry said.\n" + kP2 + "\n");
    for (const auto& s : d.segments) CHECK(s.status == SegmentStatus::kept);
}

TEST_CASE("dedup: cross-document repeats are reported with the first occurrence") {
    np::Input in;
    in.documents.push_back({"a", "", std::string(kP1) + "\n" + kP2 + "\n"});
    in.documents.push_back({"b", "", std::string(kP3) + "\n" + kP2 + "\n" + kP4 + "\n"});
    auto a = np::analyze(in, np::Options{});
    REQ(a.cross_document.size() == 1);
    CHECK(a.cross_document[0].document == 1);
    CHECK(a.cross_document[0].segment == 1);
    CHECK(a.cross_document[0].first_document == 0);
    CHECK(a.cross_document[0].first_segment == 1);
    // Each document stays complete on its own.
    CHECK(a.documents[1].segments[1].status == SegmentStatus::kept);
}

TEST_CASE("dedup: an exact copy of a cross-document near-duplicate is matched to its real original") {
    // b's first paragraph is a near-duplicate of a's (not indexed as an original); c repeats
    // b's paragraph exactly. c must point at a's paragraph (as b's did), never at another
    // paragraph of b: an exact key must only ever name a segment with that very text.
    const std::string orig =
        "Trading in the company's shares was suspended on the stock exchange after today's announcement that it "
        "would cut its share capital by half, the exchange said. Trading would resume on Monday.";
    const std::string near =
        "CITY, March 13 - Trading in the company's shares was suspended on the stock exchange after today's "
        "announcement that it would cut its share capital by half, the exchange said.";
    np::Input in;
    in.documents.push_back({"a", "", orig + "\n" + kP1 + "\n"});
    in.documents.push_back({"b", "", near + "\n" + kP3 + "\n"});
    in.documents.push_back({"c", "", kP4 + std::string("\n") + near + "\n"});
    auto a = np::analyze(in, np::Options{});
    const np::CrossDocumentDuplicate* b0 = nullptr;
    const np::CrossDocumentDuplicate* c1 = nullptr;
    for (const auto& x : a.cross_document) {
        if (x.document == 1 && x.segment == 0) b0 = &x;
        if (x.document == 2 && x.segment == 1) c1 = &x;
        // Whatever is reported as an exact repeat has the same text.
        if (x.similarity == 1.0f) {
            const auto& s = a.documents[x.document].segments[x.segment];
            const auto& f = a.documents[x.first_document].segments[x.first_segment];
            CHECK(a.documents[x.document].text.substr(s.start, s.end - s.start) ==
                  a.documents[x.first_document].text.substr(f.start, f.end - f.start));
        }
    }
    REQ(b0 != nullptr);
    CHECK(b0->first_document == 0);
    CHECK(b0->first_segment == 0);
    CHECK(b0->similarity < 1.0f);
    REQ(c1 != nullptr);
    CHECK(c1->first_document == 0);
    CHECK(c1->first_segment == 0);
    CHECK(c1->similarity == doctest::Approx(b0->similarity));
}

TEST_CASE("minhash: similarity estimates order sensibly") {
    auto d = seg_doc(std::string(kP1) + "\n" +
                     "The government raised the tariff on imported steel to 35 per cent on Friday, officials said.\n" + kP4);
    uint32_t a[np::dd::kSigSize], b[np::dd::kSigSize], c[np::dd::kSigSize];
    REQ(np::dd::signature(d, d.segments[0], a));
    REQ(np::dd::signature(d, d.segments[1], b));
    REQ(np::dd::signature(d, d.segments[2], c));
    CHECK(np::dd::estimate_jaccard(a, a) == doctest::Approx(1.0));
    CHECK(np::dd::estimate_jaccard(a, b) > 0.5f);
    CHECK(np::dd::estimate_jaccard(a, c) < 0.3f);
}

TEST_CASE("dedup: 100k tiny paragraphs, half of them repeats, finish and keep the first copies") {
    // Lines built from a 40-word vocabulary so that no two lines share many word pairs.
    const char* vocab[] = {"steel", "port", "grain", "bank", "rate", "chip", "oil", "ship", "bond", "loan",
                           "farm", "mine", "coal", "gold", "yen", "euro", "car", "tax", "duty", "ore",
                           "corn", "rice", "wool", "salt", "zinc", "tin", "gas", "jet", "rail", "dock",
                           "mill", "fund", "debt", "wage", "job", "price", "stock", "trade", "deal", "law"};
    auto line = [&](int i) {
        std::string l = "Item " + std::to_string(i);
        unsigned x = unsigned(i) * 2654435761u + 12345u;
        for (int k = 0; k < 9; ++k) { x = x * 1103515245u + 12345u; l += " "; l += vocab[(x >> 16) % 40]; }
        return l + ".\n";
    };
    std::string t;
    for (int i = 0; i < 50000; ++i) t += line(i);
    for (int i = 0; i < 50000; ++i) t += line(i);
    auto d = clean_doc(t);
    REQ(d.segments.size() == 100000);
    CHECK(d.segments[49999].status == SegmentStatus::kept);
    CHECK(d.segments[50000].status == SegmentStatus::duplicate);
    CHECK(d.segments[50000].duplicate_of == 0);
    CHECK(d.segments[99999].duplicate_of == 49999);
}

// A live blog's entry times on lines of their own ("10:12 AM", "9:30 a.m. ET") were kept as
// text: no strong time word, so the timestamp test missed them. A paragraph that opens with a
// time stays.
TEST_CASE("boilerplate: a live blog's entry time on its own line is metadata") {
    auto d = clean_doc(std::string("Steel talks: live updates\n\n10:12 AM\n\n") + kP1 + "\n\n9:30 a.m. ET\n\n" + kP2 +
                       "\n\nAt 10:12 AM the ministry said the talks would resume on Friday.\n");
    REQ(d.segments.size() == 6);
    CHECK(d.segments[1].kind == SegmentKind::metadata);
    CHECK(d.segments[1].status == SegmentStatus::boilerplate);
    CHECK(d.segments[2].status == SegmentStatus::kept);
    CHECK(d.segments[3].kind == SegmentKind::metadata);
    CHECK(d.segments[3].status == SegmentStatus::boilerplate);
    CHECK(d.segments[4].status == SegmentStatus::kept);
    CHECK(d.segments[5].status == SegmentStatus::kept);
    CHECK(d.segments[5].kind != SegmentKind::metadata);
}

// An explainer's last question over the short answer under it ("What happens next?" / "The
// ministry said it was ready to respond.") was taken for a link title after the article's end.
// A title with a closing sentence right under it, a blank line between, is its heading; a link
// list after the end still goes.
TEST_CASE("boilerplate: an explainer's last question over a short answer is a heading") {
    auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 +
                       "\n\nWhat happens next?\n\nThe ministry said it was ready to respond.\n");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[3].status == SegmentStatus::kept);
    CHECK(d.segments[4].status == SegmentStatus::kept);
    auto e = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 +
                       "\n\nSteel makers cheer new quotas\nPort strike ends after two weeks\n");
    REQ(e.segments.size() == 5);
    CHECK(e.segments[3].status == SegmentStatus::boilerplate);
    CHECK(e.segments[4].status == SegmentStatus::boilerplate);
}

// The writer's note under an article ("Jane Morrow is the Ottawa correspondent. She has covered
// Parliament since 2014.") was kept as its last paragraph. It is metadata, as the byline is; a
// closing paragraph about someone else with no word of the trade stays.
TEST_CASE("boilerplate: the writer's note after the article is metadata") {
    auto d = clean_doc(std::string("Steel talks resume\n\nBy Ana Ferreira, trade correspondent\n\n") + kP1 + "\n\n" + kP2 +
                       "\n\nAna Ferreira is the trade correspondent. She has covered the steel industry since 2019.\n");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[3].status == SegmentStatus::kept);
    CHECK(d.segments[4].kind == SegmentKind::metadata);
    CHECK(d.segments[4].status == SegmentStatus::boilerplate);
    // (no byline: a word of the trade is enough; the note names its writer)
    auto e = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 +
                       "\n\nMarta Silva is a reporter for the Example Tribune covering trade and industry.\n");
    REQ(e.segments.size() == 4);
    CHECK(e.segments[3].status == SegmentStatus::boilerplate);
    // (a closing paragraph about someone the article names stays)
    auto g = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 +
                       "\n\nJohn Ward is the company's chief executive and has run it since 2015, its filings show.\n");
    REQ(g.segments.size() == 4);
    CHECK(g.segments[3].status == SegmentStatus::kept);
    // (with a byline, only its writer's note: "Paul Kim is an editor at the journal that published the study.")
    auto h = clean_doc(std::string("Steel talks resume\n\nBy Ana Ferreira\n\n") + kP1 + "\n\n" + kP2 +
                       "\n\nPaul Kim is an editor at the journal that published the study, which found steel prices rose.\n");
    REQ(h.segments.size() == 5);
    CHECK(h.segments[4].status == SegmentStatus::kept);
    // (a note too short to count as a paragraph of the body, right after the last one: "Elena
    // Ruiz is a business reporter covering Latin America." under a page's article, in a probe of
    // my own writing, was kept)
    auto k = clean_doc(std::string("Steel talks resume\n\nBy Ana Ferreira, Business reporter\n\n") + kP1 + "\n\n" +
                       kP2 + "\n\nAna Ferreira is a business reporter covering Brazil.\n");
    REQ(k.segments.size() == 5);
    CHECK(k.segments[3].status == SegmentStatus::kept);
    CHECK(k.segments[4].kind == SegmentKind::metadata);
    CHECK(k.segments[4].status == SegmentStatus::boilerplate);
}

// A newsletter's sign-up form pasted under an article: its title ("Sign up to ..."), its pitch
// to the reader and its privacy notice are page chrome; the article's paragraphs stay.
TEST_CASE("boilerplate: a newsletter's sign-up form under the article") {
    auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 +
                       "\n\nSign up to Trade Weekly\nFree weekly newsletter\n"
                       "Get ready for the week ahead - we'll send you the trade news you need every Monday\n"
                       "Privacy Notice: Newsletters may contain information about offers and content funded by partners.\n");
    REQ(d.segments.size() == 7);
    CHECK(d.segments[1].status == SegmentStatus::kept);
    CHECK(d.segments[2].status == SegmentStatus::kept);
    for (size_t i = 3; i < 7; ++i) CHECK(d.segments[i].status == SegmentStatus::boilerplate);
    // (a paragraph between two share lines, not speaking to the reader, stays)
    auto e = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\nShare on Facebook\n" + kP2 + "\nShare on X\n");
    size_t kept = 0;
    for (const auto& s : e.segments)
        if (e.text.compare(s.start, std::strlen(kP2), kP2) == 0) kept += s.status == SegmentStatus::kept;
    CHECK(kept == 1);
}

// An explainer's "WHAT'S NEXT" over a paragraph of its own is a section heading; "What to read
// next" over link titles stays a marker.
TEST_CASE("boilerplate: a question heading over a paragraph is no related-links marker") {
    auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\nWHAT'S NEXT\n\n" + kP2 + "\n");
    for (const auto& s : d.segments) CHECK(s.status == SegmentStatus::kept);
    auto e = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 +
                       "\n\nWhat to read next\nChile signs copper pact\nPeru cuts rates again\n");
    bool marker = false;
    for (const auto& s : e.segments) marker |= s.reason == np::ReasonCode::bp_marker;
    CHECK(marker);
}

// A press release's closing sections: "About Fabrikam Holdings" over "Fabrikam Holdings is a
// leading maker of ...", and "Forward-Looking Statements" over its legal notice. An article's own
// heading over a paragraph that does not open with its name stays.
TEST_CASE("boilerplate: a press release's 'About' and forward-looking sections are boilerplate") {
    auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 +
                       "\n\nAbout Kelvorn Industries\n\nKelvorn Industries is a leading maker of steel pipes, with "
                       "plants in Chile and Peru.\n\nForward-Looking Statements\n\nThis release contains "
                       "forward-looking statements that involve risks and uncertainties.\n");
    REQ(d.segments.size() == 7);
    CHECK(d.segments[1].status == SegmentStatus::kept);
    CHECK(d.segments[2].status == SegmentStatus::kept);
    for (size_t i = 3; i < 7; ++i) {
        CHECK(d.segments[i].status == SegmentStatus::boilerplate);
        CHECK(d.segments[i].reason == np::ReasonCode::bp_press_release);
    }
    auto e = clean_doc(std::string("Steel talks resume\n\n") + kP1 +
                       "\n\nAbout the new quotas\n\nThe quotas will cut imports by a third from July, officials said "
                       "on Friday.\n\n" + kP2 + "\n");
    for (const auto& s : e.segments) CHECK(s.status == SegmentStatus::kept);
}

// "By signing up you agree to our Terms of Use and Privacy Policy." under a sign-up form, and a
// captcha's notice: consent lines, not article text; news of a firm's new terms stays.
TEST_CASE("boilerplate: a sign-up form's consent line is chrome") {
    auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 +
                       "\n\nBy signing up you agree to our Terms of Use and Privacy Policy.\n\n"
                       "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.\n");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[3].status == SegmentStatus::boilerplate);
    CHECK(d.segments[4].status == SegmentStatus::boilerplate);
    auto e = clean_doc(std::string("Steel talks resume\n\n") + kP1 +
                       "\n\nUsers must agree to the platform's new terms of service and privacy policy by March, the "
                       "regulator said.\n\n" + kP2 + "\n");
    REQ(e.segments.size() == 4);
    CHECK(e.segments[2].status == SegmentStatus::kept);
}

// "Follow Example News on social media for more updates." under the story: a follow button's
// line with the site's name, which the chrome vocabulary alone did not take.
TEST_CASE("boilerplate: a follow line naming a site and a network is chrome") {
    auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\n" + kP2 +
                       "\n\nFollow Example News on social media for more updates.\n");
    REQ(d.segments.size() == 4);
    CHECK(d.segments[3].status == SegmentStatus::boilerplate);
    // (a sentence about following rules stays)
    auto e = clean_doc(std::string("Steel talks resume\n\n") + kP1 +
                       "\n\nFollow the new rules on imports, the ministry told exporters on Friday.\n\n" + kP2 + "\n");
    REQ(e.segments.size() == 4);
    CHECK(e.segments[2].status == SegmentStatus::kept);
}

// "A worker inspects cars at a factory in Hefei. Photo: Getty Images": a caption whose
// picture credit follows its full stop, pasted between paragraphs.
TEST_CASE("boilerplate: a caption closed by a picture credit is metadata; a paragraph ending with a source stays") {
    auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 +
                       "\n\nA worker inspects coils at a mill in Ohio. Photo: Jane Roe/Example Images\n\n" + kP2 + "\n");
    REQ(d.segments.size() == 4);
    CHECK(d.segments[2].kind == SegmentKind::metadata);
    CHECK(d.segments[2].status == SegmentStatus::boilerplate);
    auto e = clean_doc(std::string("Steel talks resume\n\n") + kP1 +
                       "\n\nImports rose 12% in the first quarter from a year earlier. Source: Eurostat\n\n" + kP2 + "\n");
    REQ(e.segments.size() == 4);
    CHECK(e.segments[2].status == SegmentStatus::kept);
}

// The same story pasted twice, the second copy under an edited headline ("agrees" -> "pledges",
// "avert" -> "avoid"): a short line that bare bigram overlap (0.47) would not take, but it stands
// right before the repeated copy where the first headline stands before the original.
TEST_CASE("dedup: an edited headline over a repeated copy repeats the first headline") {
    const std::string body = std::string(kP1) + "\n\n" + kP2 + "\n\n";
    auto d = clean_doc("Chile agrees to buy more US farm goods to avert steep tariff\n\n" + body +
                       "Chile pledges to buy more US farm goods to avoid steep tariff\n\n" + body);
    REQ(d.segments.size() == 6);
    CHECK(d.segments[3].status == SegmentStatus::duplicate);
    CHECK(d.segments[3].duplicate_of == 0);
    // (a different headline over the copy stays, and so does a table's header row)
    auto e = clean_doc("Chile agrees to buy more US farm goods to avert steep tariff\n\n" + body +
                       "Copper prices climb to a two-year high on supply fears\n\n" + body);
    REQ(e.segments.size() == 6);
    CHECK(e.segments[3].status == SegmentStatus::kept);
    auto g = clean_doc("WHEAT 1986/87 1987/88 totals\n\n" + body + "CORN 1986/87 1987/88 totals\n\n" + body);
    REQ(g.segments.size() == 6);
    CHECK(g.segments[3].status == SegmentStatus::kept);
}

// The second copy under a headline edited word for word ("resume talks on electric vehicle price
// floors" -> "restart talks on EV price floors": word bigrams 0.36, words 0.62), its first two
// paragraphs joined, so that the copy's first duplicate repeats the original's second paragraph:
// the headline two segments back. Both kept the edited headline.
TEST_CASE("dedup: a headline edited word for word over a copy with its paragraphs joined") {
    auto d = clean_doc(std::string("EU, China agree to resume talks on electric vehicle price floors\n\n") + kP1 +
                       "\n\n" + kP2 + "\n\nEU, China agree to restart talks on EV price floors\n" + kP1 + " " + kP2 +
                       "\n");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[3].status == SegmentStatus::duplicate);
    CHECK(d.segments[3].duplicate_of == 0);
    auto e = clean_doc(std::string("EU, China agree to resume talks on electric vehicle price floors\n\n") + kP1 +
                       "\n\n" + kP2 + "\n\nCopper climbs to a two-year high as supply talks stall\n" + kP1 + " " +
                       kP2 + "\n");
    REQ(e.segments.size() == 5);
    CHECK(e.segments[3].status == SegmentStatus::kept);
}

TEST_CASE("boilerplate: a place, a bar and a timestamp is metadata; a section name and a bar before a headline stays") {
    for (const char* line : {"Brussels | Updated 16:42 CET", "NEW YORK | March 3, 2025 | 5 min read", "Tokyo, 3 March 2025"}) {
        auto d = clean_doc(std::string("Steel talks resume\n\n") + line + "\n\n" + kP1 + "\n\n" + kP2 + "\n");
        REQ(d.segments.size() == 4);
        CHECK(d.segments[1].kind == SegmentKind::metadata);
        CHECK(d.segments[1].status == SegmentStatus::boilerplate);
    }
    auto e = clean_doc(std::string("Steel talks resume\n\nMarkets | Trade war escalates in March\n\n") + kP1 + "\n\n" + kP2 + "\n");
    REQ(e.segments.size() == 4);
    CHECK(e.segments[1].status == SegmentStatus::kept);
}

TEST_CASE("boilerplate: a sentence ending with a colon and the list under it, after the last paragraph, are the article's") {
    auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 +
                       "\n\nThe ministry said partners without a deal would face the rates below:\n\n"
                       "\xE2\x80\xA2 Brazil: 10%\n\xE2\x80\xA2 Laos and Myanmar: 40%\n\xE2\x80\xA2 Syria: 41%\n");
    REQ(d.segments.size() == 6);
    for (size_t i = 2; i < 6; ++i) CHECK(d.segments[i].status == SegmentStatus::kept);
    // (a short line after the end with no colon is still a link title)
    auto e = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\nMarkets slide as oil prices jump\n");
    REQ(e.segments.size() == 3);
    CHECK(e.segments[2].status == SegmentStatus::boilerplate);
}

// A factbox's list ("* Brazil: 10%, plus a 40% duty tied to the trial of ..." / "* Vietnam: 20%;
// 40% for goods deemed transshipped.") lost its short items after the last long one, which the
// article's end had been set at: the next items of a list the article holds are the article's.
TEST_CASE("boilerplate: the next items of the article's list after its end are the article's") {
    auto d = clean_doc(std::string("Where the rates stand\n\n") + kP1 +
                       "\n\n* Chile: 15% on most goods, under a framework deal reached on July 27 after months of "
                       "talks between the two governments.\n"
                       "* Peru: 10%, plus a 40% duty tied to the trial of the former president Tom Hale, which the "
                       "White House announced last month.\n"
                       "* Bolivia: 20%; 40% for goods deemed transshipped.\n");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[4].status == SegmentStatus::kept);
    // (links under a marker line stay boilerplate)
    auto e = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\nMore from Business\n* Markets slide as oil "
                       "prices jump\n* Gold hits record\n");
    for (size_t i = 2; i < e.segments.size(); ++i) CHECK(e.segments[i].status == SegmentStatus::boilerplate);
}

// A byline without "By" and the writer's place, lines of their own right above a timestamp in
// the same block, are metadata like it; a short headline with a blank line under it stays.
TEST_CASE("boilerplate: a name and a place above a timestamp line are metadata") {
    auto d = clean_doc(std::string("Steel talks resume\n\nEmma Vogel\nBrussels\nPublished: 14 October 2025 06:12 GMT\n\n") + kP1 +
                       "\n\n" + kP2 + "\n");
    REQ(d.segments.size() == 6);
    CHECK(d.segments[0].status == SegmentStatus::kept);
    for (size_t i = 1; i < 4; ++i) {
        CHECK(d.segments[i].kind == SegmentKind::metadata);
        CHECK(d.segments[i].status == SegmentStatus::boilerplate);
    }
    // (names with their places: "Thu Nguyen in Hanoi and Daniel Brooks in Washington")
    auto g = clean_doc(std::string("Steel talks resume\n\nThu Nguyen in Hanoi and Daniel Brooks in Washington\n"
                                   "Fri 11 Apr 2025 08.15 BST\n\n") + kP1 + "\n\n" + kP2 + "\n");
    REQ(g.segments.size() == 5);
    CHECK(g.segments[1].kind == SegmentKind::metadata);
    CHECK(g.segments[2].kind == SegmentKind::metadata);
    // (never the document's first line: a short headline right above its timestamp)
    auto h = clean_doc(std::string("Markets Slump Again\nUpdated 2 hours ago\n\n") + kP1 + "\n\n" + kP2 + "\n");
    REQ(h.segments.size() == 4);
    CHECK(h.segments[0].status == SegmentStatus::kept);
    CHECK(h.segments[1].status == SegmentStatus::boilerplate);
    auto e = clean_doc(std::string("Steel Talks Resume\n\nPublished: 14 October 2025 06:12 GMT\n\n") + kP1 + "\n\n" + kP2 + "\n");
    REQ(e.segments.size() == 4);
    CHECK(e.segments[0].status == SegmentStatus::kept);
    CHECK(e.segments[1].status == SegmentStatus::boilerplate);
}

// A page copied from its top: a menu ending in "More", the section's name, the headline, a
// byline, a reading time ("5 minute read") and a timestamp. "More" closing the menu's block is a
// menu item, not a related-links marker: the section name and the headline under it are no
// links (the headline was dropped as one).
TEST_CASE("boilerplate: a menu's closing 'More' starts no link list; a reading time is metadata") {
    auto d = clean_doc(std::string("World\nBusiness\nMarkets\nLegal\nMore\n\nBusiness\nSteel talks resume as tariffs loom\n\n"
                                   "By Jane Okafor\n5 minute read\nUpdated 2 hours ago\n\n") +
                       kP1 + "\n\n" + kP2 + "\n");
    bool headline = false, reading = false;
    for (const auto& s : d.segments) {
        const std::string_view t = std::string_view(d.text).substr(s.start, s.end - s.start);
        if (t == "Steel talks resume as tariffs loom") headline = s.status == SegmentStatus::kept;
        if (t == "5 minute read") reading = s.kind == SegmentKind::metadata && s.status == SegmentStatus::boilerplate;
    }
    CHECK(headline);
    CHECK(reading);
}

// "Listen to this article · 4 min read" under a headline: an audio player's label and a reading
// time, page chrome (it was kept as a heading).
TEST_CASE("boilerplate: 'Listen to this article · 4 min read' is page chrome") {
    auto d = clean_doc(std::string("Steel talks resume as tariffs loom\n\nListen to this article \xC2\xB7 4 min read\n\n") +
                       kP1 + "\n\n" + kP2 + "\n");
    bool found = false;
    for (const auto& s : d.segments) {
        const std::string_view t = std::string_view(d.text).substr(s.start, s.end - s.start);
        if (t.starts_with("Listen to this article")) {
            found = true;
            CHECK(s.status == SegmentStatus::boilerplate);
        }
    }
    CHECK(found);
}

// A copied page's header: the writer's name over a job line ("Theo Marsh\nBusiness reporter,
// BBC News"), and a picture agency's credit over the picture's caption ("Getty Images\nA
// steelworker at a plant in Port Talbot, Wales"): metadata, all four lines.
TEST_CASE("boilerplate: a name over a writer's job line, a picture credit over its caption") {
    auto d = clean_doc(std::string("Steel talks resume\n\nTheo Marsh\nBusiness reporter, BBC News\n\n"
                                   "Getty Images\nA steelworker at a plant in Port Talbot, Wales\n\n") +
                       kP1 + "\n\n" + kP2 + "\n");
    REQ(d.segments.size() == 7);
    CHECK(d.segments[0].status == SegmentStatus::kept);
    for (size_t i = 1; i < 5; ++i) {
        CHECK(d.segments[i].kind == SegmentKind::metadata);
        CHECK(d.segments[i].status == SegmentStatus::boilerplate);
    }
    CHECK(d.segments[5].status == SegmentStatus::kept);
}

// A breadcrumb trail above the headline ("HOME > WORLD > ASIA", "News / Business / Trade"):
// navigation; a line with one slash ("Exports / imports rose") or a byline with bars is not.
TEST_CASE("boilerplate: a breadcrumb trail is a navigation line") {
    auto d = clean_doc(std::string("HOME > WORLD > ASIA\n\nNews / Business / Trade\n\nSteel talks resume as tariffs loom\n\n"
                                   "Exports / imports rose\n\n") +
                       kP1 + "\n\n" + kP2 + "\n");
    int menus = 0;
    bool headline = false, slash = false;
    for (const auto& s : d.segments) {
        const std::string_view t = std::string_view(d.text).substr(s.start, s.end - s.start);
        if (s.reason == np::ReasonCode::bp_menu) ++menus;
        if (t == "Steel talks resume as tariffs loom") headline = s.status == SegmentStatus::kept;
        if (t == "Exports / imports rose") slash = s.reason != np::ReasonCode::bp_menu;
    }
    CHECK(menus == 2);
    CHECK(headline);
    CHECK(slash);
}

// "Read more: What's in the tariff order on Brazil?": a link with a related-links prefix whose
// title ends as a sentence does (a question) was kept as a heading, and its words gave the
// summary a measure. After a prefix only links have ("Read", "See", "Related", "Also") the end
// mark does not matter; "The latest: ..." in a live blog is an entry, kept.
TEST_CASE("boilerplate: a related link whose title is a question is a link") {
    auto d = clean_doc(std::string(kP1) + "\n\n" + "Read more: What's in the tariff order on Chile?\n\n" + kP2 + "\n\n" +
                       "See also: Why are steel prices rising?\n\n" + kP3 + "\n\n" +
                       "The latest: Ruritania says the tariffs will rise again.\n\n" + kP4 + "\n");
    REQ(d.segments.size() == 7);
    CHECK(d.segments[1].status == SegmentStatus::boilerplate);
    CHECK(d.segments[3].status == SegmentStatus::boilerplate);
    CHECK(d.segments[5].status == SegmentStatus::kept);
    for (size_t i : {0u, 2u, 4u, 6u}) CHECK(d.segments[i].status == SegmentStatus::kept);
}

// "Home | World | Business | Markets | Tech" above the headline: a section menu with bars was
// kept as a heading ("|" was left out of breadcrumbs for bylines). Three bars or more, no digit and
// no "By": a menu; "By Jane Okafor | Reuters | Jan 5" and "Steel | Aluminium" are not.
TEST_CASE("boilerplate: a section menu with bars is a navigation line; a byline with bars is not") {
    auto d = clean_doc(std::string("Home | World | Business | Markets | Tech\n\nSteel talks resume as tariffs loom\n\n"
                                   "Steel | Aluminium\n\n") +
                       kP1 + "\n\n" + kP2 + "\n");
    int menus = 0;
    bool headline = false, pair = false;
    for (const auto& s : d.segments) {
        const std::string_view t = std::string_view(d.text).substr(s.start, s.end - s.start);
        if (s.reason == np::ReasonCode::bp_menu) ++menus;
        if (t == "Home | World | Business | Markets | Tech") CHECK(s.reason == np::ReasonCode::bp_menu);
        if (t == "Steel talks resume as tariffs loom") headline = s.status == SegmentStatus::kept;
        if (t == "Steel | Aluminium") pair = s.reason != np::ReasonCode::bp_menu;
    }
    CHECK(menus == 1);
    CHECK(headline);
    CHECK(pair);
    auto b = clean_doc(std::string("By Jane Okafor | Reuters | Jan 5\n\n") + kP1 + "\n");
    for (const auto& s : b.segments) CHECK(s.reason != np::ReasonCode::bp_menu);
}

// A page's tab bar pasted as text, "World  Business  Markets  Sustainability  Legal  More", was kept
// as a heading (no separator byte: its items are set apart by runs of spaces); a table's header
// row of the same shape ("WHEAT   HRW   HRS   SRW") names no site section and stays. A caption
// whose credit opens after its full stop with the agency and a slash ("... 2025. REUTERS/Jane
// Okafor/File Photo") was kept as a paragraph, and "Purchase Licensing Rights, opens new tab" as a
// heading.
TEST_CASE("boilerplate: a tab bar set apart by spaces, a caption credited 'AGENCY/...', a link's new-tab note") {
    auto d = clean_doc(std::string("World  Business  Markets  Sustainability  Legal  More\n\n"
                                   "Steel talks resume as tariffs loom\n\n"
                                   "A worker sorts avocados at a plant in Lima, Peru, May 3, 2025. "
                                   "REUTERS/Jane Okafor/File Photo\n\n"
                                   "Purchase Licensing Rights, opens new tab\n\n") +
                       kP1 + "\n\nWHEAT   HRW   HRS   SRW   DURUM\n\n" + kP2 + "\n");
    REQ(d.segments.size() == 7);
    CHECK(d.segments[0].reason == np::ReasonCode::bp_menu);
    CHECK(d.segments[1].status == SegmentStatus::kept);
    CHECK(d.segments[2].status == SegmentStatus::boilerplate);
    CHECK(d.segments[3].status == SegmentStatus::boilerplate);
    CHECK(d.segments[4].status == SegmentStatus::kept);
    CHECK(d.segments[5].status == SegmentStatus::kept);
    CHECK(d.segments[6].status == SegmentStatus::kept);
}

// A site's header pasted above the story: "Log in" stayed in the text while "Sign in" went ("log"
// was a chrome word but not a strong one).
TEST_CASE("boilerplate: a header's 'Log in' is site chrome, as 'Sign in' is") {
    auto d = clean_doc(std::string("Menu\n\nLog in\n\nSign in\n\nSteel talks resume as tariffs loom\n\n") + kP1 + "\n");
    REQ(d.segments.size() == 5);
    for (size_t i = 0; i < 3; ++i) CHECK(d.segments[i].reason == np::ReasonCode::bp_chrome);
    CHECK(d.segments[3].status == SegmentStatus::kept);
    CHECK(d.segments[4].status == SegmentStatus::kept);
}

// Two wires' copies of one story pasted together: the second copy's lede is a rewrite ("starting
// June 1, its mining ministry said Monday, as ...") whose word pairs are too few in common for a
// near-duplicate, so it stayed while the paragraphs after it were removed as a repeated copy. A
// paragraph right before such a copy, with half its words or more those of the paragraph right
// before the original and the same figures, repeats it; a paragraph of the same template with
// other figures ("dividend requirements of 1.5 mln dlrs" / "of 1.1 mln dlrs") does not.
TEST_CASE("dedup: a rewritten lede opening a repeated copy repeats the original's lede") {
    const std::string lede1 =
        "VALDORIA CITY, March 3 (Reuters) - Norland will ban exports of lithium concentrate from June 1, the mining "
        "ministry said on Monday, in a push to force miners to build refineries at home.";
    const std::string lede2 =
        "VALDORIA CITY, March 3 (AP) - Norland will ban exports of lithium concentrate starting June 1, its mining "
        "ministry said Monday, as the government pushes miners to build refineries in the country.";
    auto d = clean_doc(lede1 + "\n\n" + kP1 + "\n\n" + kP2 + "\n\n" + lede2 + "\n\n" + kP1 + "\n\n" + kP2 + "\n");
    REQ(d.segments.size() == 6);
    CHECK(d.segments[0].status == SegmentStatus::kept);
    CHECK(d.segments[3].status == SegmentStatus::duplicate);
    CHECK(d.segments[3].duplicate_of == 0);
    // (other figures: another note of the same template, kept)
    const std::string note2 =
        "VALDORIA CITY, March 3 (AP) - Norland will ban exports of lithium concentrate starting July 9, its mining "
        "ministry said Monday, as the government pushes miners to build refineries in the country.";
    auto e = clean_doc(lede1 + "\n\n" + kP1 + "\n\n" + kP2 + "\n\n" + note2 + "\n\n" + kP1 + "\n\n" + kP2 + "\n");
    REQ(e.segments.size() == 6);
    CHECK(e.segments[3].status == SegmentStatus::kept);
}

// "Read more:" over link titles in sentence case on the lines of one segment, one of them a
// question ("Explainer: What are Chile's critical mineral export controls?"): the block was kept
// as text (a line ending in "?" was no title), so its headlines were read as the article's.
TEST_CASE("boilerplate: a question among the link titles under a marker is a title too") {
    const std::string t = std::string(kP1) + "\n\n" + kP2 + "\n\n" + kP3 + "\n\n" +
                          "Read more:\nChile's copper curbs ripple through auto supply chains\n"
                          "Explainer: What are Chile's critical mineral export controls?\n"
                          "Peru, Bolivia scramble for copper alternatives\n\n(Reporting by Ana Silva; Editing by Tom Hale)\n";
    auto d = clean_doc(t);
    CHECK(np::clean_text(d) == std::string(kP1) + "\n\n" + kP2 + "\n\n" + kP3);
    bool listed = false;
    for (size_t i = 0; i < d.segments.size(); ++i)
        listed |= np::segment_reason(d, i).find("link title") != std::string::npos;
    CHECK(listed);
}

// A site's menu pasted with one space between its items ("Home News Sport Business Innovation
// Culture Travel Earth Video Live") was kept, its "Earth" a place; only menus set apart by runs
// of spaces or by separators were menus. A headline in Title Case, with one or two section words,
// stays.
TEST_CASE("boilerplate: a menu of section names one space apart") {
    auto d = clean_doc(std::string("Home News Sport Business Innovation Culture Travel Earth Video Live\n\n") +
                       "Home Office Sets Out New Plans For Sport\n\n" + kP1 + "\n\n" + kP2);
    REQ(d.segments.size() == 4);
    CHECK(d.segments[0].status == SegmentStatus::boilerplate);
    CHECK(np::segment_reason(d, 0).find("menu") != std::string::npos);
    CHECK(d.segments[1].status == SegmentStatus::kept);
}

// "Maria Lopez @mlopez_news" under the headline was kept, and its name became a person of the
// story: an author's name with a social handle alone on a line is a byline without "By". A line
// of prose with a handle in it stays.
TEST_CASE("boilerplate: a name and a social handle alone on a line are a byline") {
    auto d = clean_doc(std::string("Steel talks resume\n\nJane Okafor @jokafor_news\n\n") + kP1 + "\n\n" + kP2 + "\n");
    REQ(d.segments.size() == 4);
    CHECK(d.segments[1].kind == SegmentKind::metadata);
    CHECK(d.segments[1].status == SegmentStatus::boilerplate);
    auto e = clean_doc(std::string("Steel talks resume\n\nThe ministry replied to @jokafor on Tuesday.\n\n") + kP1 + "\n");
    REQ(e.segments.size() == 3);
    CHECK(e.segments[1].status == SegmentStatus::kept);
}

// "Gift this article" and "Share full article" (a paywalled site's buttons) were kept as text: a
// gift button is chrome, and "full" a word of such lines.
TEST_CASE("boilerplate: 'Gift this article' and 'Share full article' are site chrome") {
    auto d = clean_doc(std::string("Steel talks resume\n\n") + kP1 + "\n\nGift this article\n\nShare full article\n\n" +
                       kP2 + "\n");
    REQ(d.segments.size() == 5);
    CHECK(d.segments[2].status == SegmentStatus::boilerplate);
    CHECK(d.segments[3].status == SegmentStatus::boilerplate);
    CHECK(d.segments[4].status == SegmentStatus::kept);
}
