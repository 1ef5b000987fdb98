// html_metadata.cpp — see html_metadata.hpp.
//
// Index
//   1. Small string helpers
//   2. JSON-LD (iterative walk over objects, @graph and arrays)
//   3. <title> and <meta>
#include "html_metadata.hpp"

#include "json_view.hpp"
#include <vector>

namespace np::html {

// ---- 1. Helpers ------------------------------------------------------------------------
std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
            ws = true;
            ++i;
        }
        if (ws) { space = !out.empty(); continue; }
        if (space) out += ' ';
        space = false;
        out += char(c);
    }
    return out;
}

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

bool looks_like_url(std::string_view s) {
    return s.substr(0, 7) == "http://" || s.substr(0, 8) == "https://" || s.substr(0, 1) == "/";
}

// Text content of element n (all descendant text nodes), iteratively.
std::string text_content(const Tree& t, int32_t n) {
    std::string out;
    int32_t end = t.next_after_subtree(n);
    for (int32_t i = t.nodes[size_t(n)].first_child; i >= 0 && i != end; i = t.next_in_order(i))
        if (t.nodes[size_t(i)].is_text()) out += t.text_of(i);
    return out;
}

// ---- 2. JSON-LD ------------------------------------------------------------------------
using json = jv::Value;

bool is_article_type(json type) {
    auto one = [](json v) {
        if (!v.is_string()) return false;
        const std::string s = v.str();
        std::string_view sv(s);
        size_t slash = sv.rfind('/');  // "http://schema.org/NewsArticle"
        if (slash != std::string_view::npos) sv.remove_prefix(slash + 1);
        return sv.size() >= 7 && (sv.substr(sv.size() - 7) == "Article" || sv == "BlogPosting" ||
                                  sv == "SocialMediaPosting" || sv == "LiveBlogPosting" ||
                                  sv == "DiscussionForumPosting");
    };
    if (type.is_array()) {
        for (json v : type)
            if (one(v)) return true;
        return false;
    }
    return one(type);
}

std::string string_of(json o, const char* key) {
    json v = o.find(key);
    if (v.is_string()) return v.str();
    if (v.is_array() && v.size() > 0 && (*v.begin()).is_string()) return (*v.begin()).str();
    return {};
}

// Author: "Name", {"name": "Name"}, or an array of either.
std::string author_names(json a) {
    std::vector<std::string> names;
    auto add = [&](json v) {
        std::string n;
        if (v.is_string()) n = v.str();
        else if (v.is_object()) n = string_of(v, "name");
        n = collapse_spaces(n);
        if (!n.empty() && !looks_like_url(n)) names.push_back(n);
    };
    if (a.is_array()) for (json v : a) add(v);
    else add(a);
    std::string out;
    for (const auto& n : names) {
        if (out.find(n) != std::string::npos) continue;
        if (!out.empty()) out += ", ";
        out += n;
    }
    return out;
}

void read_json_ld(const std::string& src, PageMetadata& m, std::string& headline) {
    jv::Doc doc;
    if (!doc.parse(src.data(), src.size())) return;
    std::vector<json> todo{doc.root()};
    size_t visited = 0;
    while (!todo.empty() && visited < 10000) {
        json j = todo.back();
        todo.pop_back();
        ++visited;
        if (j.is_array()) {
            for (json v : j) if (v.is_object() || v.is_array()) todo.push_back(v);
            continue;
        }
        if (!j.is_object()) continue;
        json graph = j.find("@graph");
        if (graph.is_array() || graph.is_object()) todo.push_back(graph);
        json type = j.find("@type");
        if (!type || !is_article_type(type)) continue;
        if (headline.empty()) headline = collapse_spaces(string_of(j, "headline"));
        if (m.date.empty()) m.date = collapse_spaces(string_of(j, "datePublished"));
        json author = j.find("author");
        if (m.byline.empty() && author) m.byline = author_names(author);
        std::string body = string_of(j, "articleBody");
        if (body.size() > m.ld_body.size()) m.ld_body = std::move(body);
    }
}

}  // namespace

// ---- 3. <title> and <meta> -------------------------------------------------------------
PageMetadata read_metadata(const Tree& t) {
    PageMetadata m;
    std::string og_title, ld_headline, meta_author, meta_date, item_date, time_date;
    std::string ld_author, ld_date;
    PageMetadata ld;  // JSON-LD values, merged below (meta tags are preferred for byline/date)
    for (size_t i = 1; i < t.nodes.size(); ++i) {
        const Node& n = t.nodes[i];
        auto id = int32_t(i);
        switch (n.tag) {
            case Tag::title:
                if (!n.foreign && m.html_title.empty()) m.html_title = collapse_spaces(text_content(t, id));
                break;
            case Tag::meta: {
                std::string_view key = t.attr(id, "property");
                if (key.empty()) key = t.attr(id, "name");
                if (key.empty()) key = t.attr(id, "itemprop");
                std::string content = collapse_spaces(t.attr(id, "content"));
                if (key.empty() || content.empty()) break;
                if (iequals(key, "og:title") && og_title.empty()) og_title = content;
                else if ((iequals(key, "author") || iequals(key, "article:author") ||
                          iequals(key, "byl") || iequals(key, "parsely-author") ||
                          iequals(key, "sailthru.author") || iequals(key, "dc.creator")) &&
                         meta_author.empty() && !looks_like_url(content))
                    meta_author = content;
                else if ((iequals(key, "article:published_time") || iequals(key, "datepublished") ||
                          iequals(key, "pubdate") || iequals(key, "publish-date") ||
                          iequals(key, "parsely-pub-date") || iequals(key, "dc.date") ||
                          iequals(key, "date") || iequals(key, "og:published_time")) &&
                         meta_date.empty())
                    meta_date = content;
                break;
            }
            case Tag::script: {
                std::string src = text_content(t, id);
                if (!src.empty()) read_json_ld(src, ld, ld_headline);
                break;
            }
            case Tag::time:
                if (time_date.empty()) time_date = collapse_spaces(t.attr(id, "datetime"));
                break;
            default: break;
        }
    }
    m.title = !og_title.empty() ? og_title : !ld_headline.empty() ? ld_headline : m.html_title;
    m.byline = !meta_author.empty() ? meta_author : ld.byline;
    m.date = !meta_date.empty() ? meta_date : !ld.date.empty() ? ld.date : time_date;
    m.ld_body = std::move(ld.ld_body);
    return m;
}

}  // namespace np::html
