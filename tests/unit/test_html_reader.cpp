// test_html_reader.cpp — the HTML reader's nasty cases: tokenizer, entities, charset, tree.
#include <doctest/doctest.h>

#include <string>

#include "html_charset.hpp"
#include "html_dom.hpp"
#include "html_entities.hpp"
#include "html_extract.hpp"
#include "html_tokenizer.hpp"

using namespace np::html;

namespace {

// All text of the tree in document order, skipping the subtrees of script/style/title/template.
std::string visible_text(const Tree& t) {
    std::string out;
    for (int32_t i = t.nodes[0].first_child; i >= 0;) {
        const Node& n = t.nodes[size_t(i)];
        if (n.tag == Tag::script || n.tag == Tag::style || n.tag == Tag::title || n.tag == Tag::template_) {
            i = t.next_after_subtree(i);
            continue;
        }
        if (n.is_text()) out += t.text_of(i);
        i = t.next_in_order(i);
    }
    return out;
}

// Parent tag of the first text node containing `needle`.
Tag parent_of_text(const Tree& t, const std::string& needle) {
    for (size_t i = 0; i < t.nodes.size(); ++i)
        if (t.nodes[i].is_text() && t.text_of(int32_t(i)).find(needle) != std::string_view::npos)
            return t.nodes[size_t(t.nodes[i].parent)].tag;
    return Tag::document;
}

int count_tag(const Tree& t, Tag tag) {
    int c = 0;
    for (const auto& n : t.nodes) c += n.tag == tag;
    return c;
}

std::vector<Token> tokens(std::string_view s) {
    Tokenizer tk(s);
    std::vector<Token> out;
    Token t;
    while (tk.next(t)) {
        Token copy = t;
        copy.attrs.resize(t.attr_count);
        out.push_back(copy);
    }
    return out;
}

}  // namespace

TEST_CASE("html entities: named, legacy without ';', numeric, cp1252 remap, unknown kept") {
    CHECK(entity_table_sorted());
    std::string out;
    decode_entities("a &amp; b &lt;c&gt; &quot;q&quot; &apos;", out, false);
    CHECK(out == "a & b <c> \"q\" '");
    out.clear();
    decode_entities("&rsquo;&ldquo;x&rdquo;&mdash;&hellip;&nbsp;&euro;&eacute;&Auml;&copy;", out, false);
    CHECK(out == "\xE2\x80\x99\xE2\x80\x9Cx\xE2\x80\x9D\xE2\x80\x94\xE2\x80\xA6\xC2\xA0\xE2\x82\xAC\xC3\xA9\xC3\x84\xC2\xA9");
    out.clear();
    decode_entities("&#233; &#xE9; &#XE9; &#146; &#x80; &#0; &#99999999; &#; &#x;", out, false);
    CHECK(out == "\xC3\xA9 \xC3\xA9 \xC3\xA9 \xE2\x80\x99 \xE2\x82\xAC \xEF\xBF\xBD \xEF\xBF\xBD &#; &#x;");
    out.clear();
    decode_entities("&copy2024 &ampx &zzz; &foo & &", out, false);
    CHECK(out == "\xC2\xA9" "2024 &x &zzz; &foo & &");
    out.clear();
    // The spec's prefix rule for legacy names in text: "&notit;" reads as "¬it;".
    decode_entities("&notit;", out, false);
    CHECK(out == "\xC2\xAC" "it;");
    out.clear();
    // In attribute values a legacy name followed by an alphanumeric or '=' stays as written.
    decode_entities("?a=1&copy=2&amp;b", out, true);
    CHECK(out == "?a=1&copy=2&b");
}

TEST_CASE("html tokenizer: attributes in every quoting style, duplicates, self-closing") {
    auto t = tokens("<a href=/x?a=1&amp;b=2 class='c d' data-x=\"y>z\" disabled id=one id=two/>");
    REQUIRE(t.size() == 1);
    CHECK(t[0].type == TokenType::start_tag);
    CHECK(t[0].name == "a");
    REQUIRE(t[0].attrs.size() == 5);
    CHECK(t[0].attrs[0].value == "/x?a=1&b=2");
    CHECK(t[0].attrs[1].value == "c d");
    CHECK(t[0].attrs[2].value == "y>z");
    CHECK(t[0].attrs[3].name == "disabled");
    CHECK(t[0].attrs[3].value.empty());
    CHECK(t[0].attrs[4].value == "one");  // the first duplicate wins
    auto u = tokens("<BR/><IMG SRC=x.png />");
    REQUIRE(u.size() == 2);
    CHECK(u[0].name == "br");
    CHECK(u[0].self_closing);
    CHECK(u[1].attrs[0].name == "src");
}

TEST_CASE("html tokenizer: comments, bogus comments, doctype, CDATA, stray '<'") {
    auto t = tokens("<!DOCTYPE html>a<!-- x <p> -- y -->b<!---->c<!-->d<?php echo 1 ?>e</ x>f<![CDATA[g]]>h 1 < 2 <3 </>");
    std::string text;
    int comments = 0;
    for (const auto& k : t) {
        if (k.type == TokenType::text) text += k.text;
        if (k.type == TokenType::comment) ++comments;
    }
    CHECK(text == "abcdefh 1 < 2 <3 ");
    CHECK(comments == 6);
    CHECK(t[0].type == TokenType::doctype);
    // An unterminated comment runs to the end.
    auto u = tokens("x<!-- never closed <p>hidden");
    REQUIRE(u.size() == 2);
    CHECK(u[1].type == TokenType::comment);
}

TEST_CASE("html tree: script and style content are not parsed as markup") {
    Tree t = parse_html(
        "<p>one</p><script>if (a < b) { s = \"<p>fake</p>\"; } // <!-- </p> --></script>"
        "<style>p::before { content: \"<b>\" }</style><p>two</p>"
        "<script>document.write(\"<\\/script>\")</script><p>three</p>"
        "<SCRIPT type=text/javascript>var x = '</scriptx>';</SCRIPT ><p>four</p>");
    std::string text = visible_text(t);
    CHECK(text == "onetwothreefour");
    CHECK(count_tag(t, Tag::p) == 4);
}

TEST_CASE("html tree: </script> inside a JavaScript string ends the script, as in browsers") {
    Tree t = parse_html("<script>var s = \"</script><p>after</p>\";</script><p>next</p>");
    // The browser ends the script at the first </script>; the rest is markup and text.
    CHECK(parent_of_text(t, "after") == Tag::p);
    CHECK(parent_of_text(t, "next") == Tag::p);
}

TEST_CASE("html tree: implied end tags for p, li, dd/dt, td/tr, option, headings") {
    Tree t = parse_html(
        "<p>one<p>two<div>three</div><ul><li>a<li>b<ul><li>b1</ul><li>c</ul>"
        "<dl><dt>term<dd>def<dt>term2</dl><table><tr><td>x<td>y<tr><td>z</table>"
        "<select><option>o1<option>o2</select><h2>h<h3>i</h3>");
    CHECK(count_tag(t, Tag::p) == 2);
    CHECK(parent_of_text(t, "three") == Tag::div);
    // "three" is not inside the second <p>: <div> closed it.
    int32_t div = -1;
    for (size_t i = 0; i < t.nodes.size(); ++i) if (t.nodes[i].tag == Tag::div) div = int32_t(i);
    REQUIRE(div > 0);
    CHECK(t.nodes[size_t(t.nodes[size_t(div)].parent)].tag != Tag::p);
    CHECK(count_tag(t, Tag::li) == 4);
    for (size_t i = 0; i < t.nodes.size(); ++i)  // no li directly inside another li
        if (t.nodes[i].tag == Tag::li) CHECK(t.nodes[size_t(t.nodes[i].parent)].tag != Tag::li);
    CHECK(count_tag(t, Tag::td) == 3);
    for (size_t i = 0; i < t.nodes.size(); ++i) {
        if (t.nodes[i].tag == Tag::td) CHECK(t.nodes[size_t(t.nodes[i].parent)].tag == Tag::tr);
        if (t.nodes[i].tag == Tag::dd) CHECK(t.nodes[size_t(t.nodes[i].parent)].tag == Tag::dl);
        if (t.nodes[i].tag == Tag::option) CHECK(t.nodes[size_t(t.nodes[i].parent)].tag == Tag::select);
    }
    CHECK(parent_of_text(t, "i") == Tag::h3);
    int32_t h3 = -1;
    for (size_t i = 0; i < t.nodes.size(); ++i) if (t.nodes[i].tag == Tag::h3) h3 = int32_t(i);
    CHECK(t.nodes[size_t(t.nodes[size_t(h3)].parent)].tag != Tag::h2);
}

TEST_CASE("html tree: bad nesting and stray end tags cannot close the wrong block") {
    Tree t = parse_html("<div id=a><b><i>x</b>y</i><p>p1</span></em>p2</p>z</div><div>after</div>");
    // </span> and </em> were never opened: ignored, "p2" stays in the paragraph.
    CHECK(parent_of_text(t, "p1p2") == Tag::p);
    CHECK(parent_of_text(t, "z") == Tag::div);
    // A stray </div> closes only an open div; </td> outside a table is ignored.
    Tree u = parse_html("<section><p>one</div>two</td></p>three</section>");
    CHECK(parent_of_text(u, "onetwo") == Tag::p);
    CHECK(parent_of_text(u, "three") == Tag::section);
    // Nested <a> closes the open one (links cannot nest).
    Tree v = parse_html("<a href=1>one<a href=2>two</a>");
    for (size_t i = 0; i < v.nodes.size(); ++i)
        if (v.nodes[i].tag == Tag::a) CHECK(v.nodes[size_t(v.nodes[i].parent)].tag != Tag::a);
}

TEST_CASE("html tree: unclosed tags at the end of input, tag cut off mid-attribute") {
    Tree t = parse_html("<div><p>open<b>bold<i>italic <a href=\"x");
    CHECK(visible_text(t) == "openbolditalic ");
    Tree u = parse_html("<");
    CHECK(visible_text(u) == "<");
    Tree w = parse_html("");
    CHECK(w.nodes.size() == 1);
}

TEST_CASE("html tree: template content is kept apart, svg/math content is foreign") {
    Tree t = parse_html("<template><p>tpl</p></template><svg><title>icon</title><p>x</svg><p>real</p>");
    CHECK(parent_of_text(t, "tpl") == Tag::p);
    bool under_template = false;
    for (size_t i = 0; i < t.nodes.size(); ++i)
        if (t.nodes[i].is_text() && t.text_of(int32_t(i)) == "tpl") {
            for (int32_t a = t.nodes[i].parent; a > 0; a = t.nodes[size_t(a)].parent)
                under_template |= t.nodes[size_t(a)].tag == Tag::template_;
        }
    CHECK(under_template);
    // <p> breaks out of svg; "real" is ordinary HTML.
    for (size_t i = 0; i < t.nodes.size(); ++i)
        if (t.nodes[i].is_text() && t.text_of(int32_t(i)) == "real") CHECK_FALSE(t.nodes[size_t(t.nodes[i].parent)].foreign);
    // CDATA is text inside svg only.
    Tree u = parse_html("<svg><text><![CDATA[a<b]]></text></svg><![CDATA[hidden]]>");
    CHECK(visible_text(u) == "a<b");
}

TEST_CASE("html tree: 100k nested divs neither recurse nor blow the stack") {
    std::string html;
    for (int i = 0; i < 100000; ++i) html += "<div>";
    html += "<p>Deep inside there is a sentence that is long enough to count as real article prose for the extractor.</p>";
    for (int i = 0; i < 100000; ++i) html += "</div>";
    html += "<p>After the nest.</p>";
    Tree t = parse_html(html);
    int depth = 0;
    for (const auto& n : t.nodes) depth = std::max(depth, int(n.depth));
    CHECK(depth <= Tree::kMaxDepth + 2);
    CHECK(visible_text(t).find("Deep inside") != std::string::npos);
    np::ExtractedArticle a = np::extract_article(html);
    CHECK(a.text.find("Deep inside there is a sentence") != std::string::npos);
    // Unclosed inline tags, 100k deep, as well.
    std::string b;
    for (int i = 0; i < 100000; ++i) b += "<b><i>";
    b += "text";
    Tree u = parse_html(b);
    CHECK(visible_text(u) == "text");
}

TEST_CASE("html charset: BOM, meta charset, http-equiv, stale declarations, stray bytes") {
    CHECK(to_utf8("\xEF\xBB\xBF<p>caf\xC3\xA9</p>") == "<p>caf\xC3\xA9</p>");
    Charset used;
    CHECK(to_utf8("<meta charset=\"windows-1252\"><p>caf\xE9 \x93q\x94 \x80</p>", &used) ==
          "<meta charset=\"windows-1252\"><p>caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xE2\x82\xAC</p>");
    CHECK(used == Charset::windows1252);
    CHECK(to_utf8("<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=ISO-8859-1'>\xE9", &used)
              .substr(70) == "\xC3\xA9");
    CHECK(used == Charset::windows1252);
    CHECK(to_utf8("<meta charset=iso-8859-15>\xA4", &used) == "<meta charset=iso-8859-15>\xE2\x82\xAC");
    CHECK(used == Charset::latin9);
    // Declared latin-1 but the bytes are valid UTF-8 with multi-byte sequences: re-saved page.
    CHECK(to_utf8("<meta charset=iso-8859-1>caf\xC3\xA9", &used) == "<meta charset=iso-8859-1>caf\xC3\xA9");
    CHECK(used == Charset::utf8);
    // No declaration, a stray windows-1252 byte inside UTF-8: read as windows-1252.
    CHECK(to_utf8("caf\xC3\xA9 \x92s") == "caf\xC3\xA9 \xE2\x80\x99s");
    // UTF-16 with BOM.
    std::string le("\xFF\xFE<\0p\0>\0\xE9\0", 10);
    CHECK(to_utf8(le, &used) == "<p>\xC3\xA9");
    CHECK(used == Charset::utf16le);
}

TEST_CASE("html extract: looks_like_html tells pages from pasted text") {
    CHECK(np::looks_like_html("<!DOCTYPE html><html><body>x</body></html>"));
    CHECK(np::looks_like_html("\xEF\xBB\xBF  \n<html lang=en>"));
    CHECK(np::looks_like_html("<div class=a><p>text</p></div>"));
    CHECK_FALSE(np::looks_like_html("The minister said <b> is a tag."));
    CHECK_FALSE(np::looks_like_html("Plain article text.\n\nSecond paragraph."));
    CHECK_FALSE(np::looks_like_html(""));
}
