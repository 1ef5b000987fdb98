// html_hints.cpp — see html_hints.hpp.
//
// Class and id values are split into lowercase words at every non-alphanumeric character
// ("article__body--wide" -> article, body, wide); each word is compared with the lists
// below, by prefix or whole word as marked. One class attribute often holds several
// classes; the element is negative only if no positive word appears (Readability's rule:
// "post-footer" stays negative, "comment-list" too, "article-footer" becomes neutral), except
// for strong negatives, which win.
#include "html_hints.hpp"

#include <string>
#include <string_view>

#include "text.hpp"

namespace np::html {

namespace {

bool starts(std::string_view w, std::string_view p) { return w.substr(0, p.size()) == p; }
bool has(std::string_view w, std::string_view p) { return w.find(p) != std::string_view::npos; }

// Words that mark boxes which are never the article body.
bool strong_negative_word(std::string_view w) {
    if (w == "ad" || w == "ads" || w == "adv" || w == "advert" || w == "dfp" || w == "gpt")
        return true;
    if (starts(w, "comment") && !starts(w, "commentar")) return true;
    if (starts(w, "shar") || starts(w, "social") || starts(w, "related") || starts(w, "promo") ||
        starts(w, "newsletter") || starts(w, "subscri") || starts(w, "cookie") ||
        starts(w, "consent") || starts(w, "sidebar") || starts(w, "advert") ||
        starts(w, "sponsor") || starts(w, "recommend") || starts(w, "trending") ||
        starts(w, "popular") || starts(w, "breadcrumb") || starts(w, "signup") ||
        starts(w, "paywall") || starts(w, "outbrain") || starts(w, "taboola") ||
        starts(w, "disqus") || starts(w, "popup") || starts(w, "modal") || starts(w, "banner") ||
        starts(w, "readmore") || starts(w, "readnext") || starts(w, "moreon") ||
        starts(w, "nav") || starts(w, "menu") || starts(w, "masthead") || starts(w, "toolbar") ||
        starts(w, "widget") || starts(w, "follow") || starts(w, "donat") ||
        starts(w, "skip") || starts(w, "jump") || starts(w, "login") || starts(w, "register"))
        return true;
    return has(w, "sidebar") || has(w, "related") || has(w, "newsletter") || has(w, "sharing") ||
           has(w, "advertis");
}

bool negative_word(std::string_view w) {
    if (w == "tag" || w == "tags" || w == "meta" || w == "foot" || w == "aside" || w == "rail" ||
        w == "hidden" || w == "hide" || w == "print" || w == "more" || w == "links" ||
        w == "topics" || w == "keywords" || w == "date" || w == "time" || w == "timestamp")
        return true;
    return starts(w, "footer") || starts(w, "header") || starts(w, "byline") ||
           starts(w, "author") || starts(w, "caption") || starts(w, "credit") ||
           starts(w, "dateline") || starts(w, "metadata") || starts(w, "tooltip") ||
           starts(w, "alert") || starts(w, "utility") || starts(w, "disclaimer") ||
           starts(w, "copyright") || starts(w, "newsletter") || starts(w, "bio") ||
           starts(w, "pagination") || starts(w, "pager") || starts(w, "hidden") ||
           starts(w, "headline") || starts(w, "kicker") || starts(w, "rating");
}

bool positive_word(std::string_view w) {
    return starts(w, "article") || starts(w, "content") || starts(w, "story") || w == "body" ||
           starts(w, "post") || starts(w, "entry") || w == "main" || w == "text" ||
           starts(w, "blog") || starts(w, "prose") || starts(w, "richtext") || w == "page";
}

bool body_word(std::string_view w) {
    return w == "body" || starts(w, "content") || w == "text" || starts(w, "richtext");
}
bool article_word(std::string_view w) {
    return starts(w, "article") || starts(w, "story") || starts(w, "post") || starts(w, "entry");
}

struct Words {
    int strong_neg = 0, neg = 0, pos = 0;
    bool article = false, body = false;  // "article-body", "story__content", "post-text"...
    bool compound = false;
};

void scan(std::string_view v, Words& w) {
    std::string word;
    bool prev_article = false;
    auto finish = [&] {
        if (word.empty()) return;
        if (strong_negative_word(word)) ++w.strong_neg;
        else if (negative_word(word)) ++w.neg;
        if (positive_word(word)) ++w.pos;
        bool a = article_word(word), b = body_word(word);
        if (b && prev_article) w.compound = true;
        if (a) { prev_article = true; w.article = true; }
        else prev_article = false;
        if (b) w.body = true;
        word.clear();
    };
    for (size_t i = 0; i <= v.size(); ++i) {
        char c = i < v.size() ? v[i] : ' ';
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (c >= 'A' && c <= 'Z') {
            // camelCase boundary: "articleBody" -> article, body
            if (!word.empty() && i > 0 && v[i - 1] >= 'a' && v[i - 1] <= 'z') finish();
            word += char(c + 32);
            continue;
        }
        if (alnum) word += c;
        else { finish(); prev_article = prev_article && c != ' '; }
    }
}

using text::ascii_iequals;

}  // namespace

Hint class_hint(const Tree& t, int32_t n) {
    std::string_view itemprop = t.attr(n, "itemprop");
    if (ascii_iequals(itemprop, "articlebody") || ascii_iequals(itemprop, "reviewbody")) return Hint::strong_positive;
    Words w;
    scan(t.attr(n, "class"), w);
    scan(t.attr(n, "id"), w);
    std::string_view role = t.attr(n, "role");
    if (ascii_iequals(role, "navigation") || ascii_iequals(role, "banner") || ascii_iequals(role, "contentinfo") ||
        ascii_iequals(role, "complementary") || ascii_iequals(role, "dialog") || ascii_iequals(role, "alertdialog") ||
        ascii_iequals(role, "menu") || ascii_iequals(role, "menubar") || ascii_iequals(role, "search") ||
        ascii_iequals(role, "toolbar") || ascii_iequals(role, "tablist"))
        return Hint::strong_negative;
    if (w.strong_neg > 0) return Hint::strong_negative;
    if (w.compound) return Hint::strong_positive;
    if (w.pos > 0 || ascii_iequals(role, "main") || ascii_iequals(role, "article")) return Hint::positive;
    if (w.neg > 0) return Hint::negative;
    return Hint::none;
}

bool is_non_content_element(const Tree& t, int32_t n) {
    const Node& x = t.nodes[size_t(n)];
    switch (x.tag) {
        case Tag::nav: case Tag::aside: case Tag::footer: case Tag::header: case Tag::form:
        case Tag::button: case Tag::select: case Tag::input: case Tag::textarea: case Tag::label:
        case Tag::option: case Tag::optgroup: case Tag::fieldset: case Tag::legend:
        case Tag::figure: case Tag::figcaption: case Tag::picture: case Tag::img: case Tag::video:
        case Tag::audio: case Tag::canvas: case Tag::svg: case Tag::math: case Tag::iframe:
        case Tag::object: case Tag::embed: case Tag::template_: case Tag::noscript:
        case Tag::script: case Tag::style: case Tag::dialog: case Tag::menu: case Tag::head:
        case Tag::title: case Tag::frameset: case Tag::frame: case Tag::map: case Tag::meta:
        case Tag::link: case Tag::base: case Tag::rp: case Tag::rt:
            return true;
        default: break;
    }
    if (x.foreign) return true;
    bool found = false;
    t.attr(n, "hidden", &found);
    if (found) return true;
    if (ascii_iequals(t.attr(n, "aria-hidden"), "true")) return true;
    std::string_view style = t.attr(n, "style");
    if (!style.empty()) {
        std::string s;
        for (char c : style) if (c != ' ' && c != '\t' && c != '\n') s += c >= 'A' && c <= 'Z' ? char(c + 32) : c;
        if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos)
            return true;
    }
    std::string_view cls = t.attr(n, "class");
    if (cls.find("sr-only") != std::string_view::npos || cls.find("visually-hidden") != std::string_view::npos ||
        cls.find("screen-reader") != std::string_view::npos || cls.find("visuallyhidden") != std::string_view::npos)
        return true;
    return false;
}

}  // namespace np::html
