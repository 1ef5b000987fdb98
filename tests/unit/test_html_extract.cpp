// test_html_extract.cpp — extraction on the golden pages in tests/html/, metadata, JSON-LD,
// and the gzip reader.
#include <doctest/doctest.h>

#include <string>

#include "html_extract.hpp"
#include "html_gunzip.hpp"
#include "test_support.hpp"

namespace {

std::string golden(const std::string& name, const char* ext) {
    std::string s;
    np::test::read_file(np::test::source_dir() + "/tests/html/" + name + ext, s);
    return s;
}

void check_golden(const std::string& name) {
    std::string html = golden(name, ".html");
    std::string expected = golden(name, ".txt");
    REQUIRE_MESSAGE(!html.empty(), "missing tests/html/" << name << ".html");
    while (!expected.empty() && expected.back() == '\n') expected.pop_back();
    np::ExtractedArticle a = np::extract_article(html);
    CHECK(a.error.empty());
    CHECK_MESSAGE(a.text == expected, name << ": got\n" << a.text);
}

}  // namespace

TEST_CASE("html extract golden: news page without nav, share, caption, tags, related, footer, cookies") {
    check_golden("news_basic");
    np::ExtractedArticle a = np::extract_article(golden("news_basic", ".html"));
    CHECK(a.title == "Harbor town votes to rebuild its old pier");
    CHECK(a.byline == "Mara Quill");
    CHECK(a.date == "2024-03-05T09:30:00Z");
    // blocks carry their kinds
    int headings = 0, items = 0;
    for (const auto& b : a.blocks) {
        headings += b.kind == np::ExtractedBlock::Kind::heading;
        items += b.kind == np::ExtractedBlock::Kind::list_item;
    }
    CHECK(headings == 1);
    CHECK(items == 3);
}

TEST_CASE("html extract golden: blog post without comments, share box and sidebar") {
    check_golden("blog_comments");
    np::ExtractedArticle a = np::extract_article(golden("blog_comments", ".html"));
    CHECK(a.title == "Growing tomatoes on a balcony");  // JSON-LD headline inside @graph
    CHECK(a.byline == "Ilse Brandt");
    CHECK(a.date == "2023-06-01");
}

TEST_CASE("html extract golden: windows-1252 table-layout page") {
    check_golden("legacy_cp1252");
    CHECK(np::extract_article(golden("legacy_cp1252", ".html")).title == "Village caf\xC3\xA9 reopens");
}

TEST_CASE("html extract golden: teaser cards and link lines are not article text") {
    check_golden("teasers");
}

TEST_CASE("html extract: JSON-LD articleBody guides the choice between two prose boxes") {
    // Two boxes of equal shape; only the JSON-LD body says which one is the article.
    std::string box_a =
        "<div class=x><p>The first box talks about the river, which flooded the lower town twice this year "
        "and forced the council to close the bridge for repairs.</p><p>Engineers will inspect the bridge "
        "again in the spring before it opens to heavy traffic, the council said in a statement.</p><p>Drivers "
        "are asked to use the northern road until the work is finished, which adds ten minutes to most trips.</p></div>";
    std::string box_b =
        "<div class=y><p>The second box talks about the orchard, where volunteers planted two hundred apple "
        "trees on Sunday in a field that was used as a car park until last year.</p><p>The volunteers hope "
        "that the first apples can be picked in three years, when the trees will be strong enough.</p>"
        "<p>Local schools will look after one row of trees each and will sell the juice at the market.</p></div>";
    std::string body =
        "The first box talks about the river, which flooded the lower town twice this year and forced the "
        "council to close the bridge for repairs. Engineers will inspect the bridge again in the spring before "
        "it opens to heavy traffic, the council said in a statement. Drivers are asked to use the northern road "
        "until the work is finished, which adds ten minutes to most trips. The bridge was built in 1952 and has been "
        "repaired many times since then, most recently after a lorry hit the railing during a storm.";
    std::string page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                       "\"River closes bridge\",\"articleBody\":\"" + body + "\"}</script></head><body>" + box_a +
                       box_b + "</body></html>";
    np::ExtractedArticle with = np::extract_article(page);
    CHECK(with.title == "River closes bridge");
    CHECK(with.text.find("river, which flooded") != std::string::npos);
    CHECK(with.text.find("orchard") == std::string::npos);
    // Without it, the structure alone picks the longer box.
    np::ExtractOptions off;
    off.use_json_ld_body = false;
    np::ExtractedArticle without = np::extract_article(page, off);
    CHECK(without.text.find("orchard") != std::string::npos);
}

TEST_CASE("html extract: broken JSON-LD and odd author shapes never fail") {
    std::string page =
        "<script type=application/ld+json>{\"@type\": [\"NewsArticle\"], \"author\": [{\"name\": \"A. One\"}, "
        "\"B. Two\", {\"name\": 5}], \"datePublished\": [\"2020-01-02\"]}</script>"
        "<script type=application/ld+json>{broken json</script>"
        "<script type=application/ld+json>[[[[[]]]]]</script>"
        "<p>A sentence long enough to be counted as the article body of this very small test page.</p>";
    np::ExtractedArticle a = np::extract_article(page);
    CHECK(a.byline == "A. One, B. Two");
    CHECK(a.date == "2020-01-02");
    CHECK(a.text == "A sentence long enough to be counted as the article body of this very small test page.");
}

TEST_CASE("html extract: a page of short lines only (no prose) still gives its text lines") {
    np::ExtractedArticle a = np::extract_article(
        "<nav><a href=/>Home</a> <a href=/poems>Poems</a></nav><div class=poem><p>Grey gulls over the harbour<br>"
        "wind in the rigging<br>the tide comes in slow</p><p>and the lamps are lit</p></div>");
    CHECK(a.error.empty());
    CHECK(a.text == "Grey gulls over the harbour\nwind in the rigging\nthe tide comes in slow\n\nand the lamps are lit");
}

TEST_CASE("html extract: pages with no text report an error instead of failing") {
    CHECK_FALSE(np::extract_article("").error.empty());
    CHECK_FALSE(np::extract_article("<html><body><nav><a href=/>Home</a></nav></body></html>").error.empty());
    np::ExtractedArticle a = np::extract_article(std::string("\0\xFF\xFE<<<&&&;;", 12));
    CHECK(a.text.size() < 100);
}

TEST_CASE("html gunzip: stored, fixed and dynamic blocks; truncated and corrupt input") {
    // gzip of "hello hello hello hello\n" (fixed Huffman codes with a back-reference),
    // made with `printf 'hello hello hello hello\n' | gzip -n | xxd -i`.
    const unsigned char fixed[] = {0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48,
                                   0xcd, 0xc9, 0xc9, 0x57, 0xc8, 0x40, 0x27, 0xb9, 0x00, 0x00, 0x88, 0x59,
                                   0x0b, 0x18, 0x00, 0x00, 0x00};
    std::string out, err;
    REQUIRE(np::html::gunzip(std::string_view(reinterpret_cast<const char*>(fixed), sizeof fixed), out, err));
    CHECK(out == "hello hello hello hello\n");
    // Stored block (BTYPE 00) written by hand: "abc".
    const unsigned char stored[] = {0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03, 0x01, 0x03, 0x00, 0xfc,
                                    0xff, 'a', 'b', 'c', 0xc2, 0x41, 0x24, 0x35, 0x03, 0x00, 0x00, 0x00};
    REQUIRE(np::html::gunzip(std::string_view(reinterpret_cast<const char*>(stored), sizeof stored), out, err));
    CHECK(out == "abc");
    // Truncations at every length fail cleanly.
    for (size_t n = 0; n + 1 < sizeof fixed; ++n)
        CHECK_FALSE(np::html::gunzip(std::string_view(reinterpret_cast<const char*>(fixed), n), out, err));
    CHECK_FALSE(np::html::gunzip("plain text, not gzip at all", out, err));
    // Dynamic Huffman blocks: a benchmark page when the shared data is there.
    std::string dir = np::test::shared_dir();
    if (dir.empty()) { MESSAGE("skipped dynamic-block check: ../shared absent"); return; }
    std::string gz;
    REQUIRE(np::test::read_file(dir + "/data/article-extraction/html/"
                                "06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85.html.gz", gz));
    REQUIRE(np::html::gunzip(gz, out, err));
    CHECK(out.find("</html>") != std::string::npos);
}
