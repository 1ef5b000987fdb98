// html_metadata.hpp — article metadata from a parsed page: <title>, <meta> (og:title,
// author, article:published_time, ...), and JSON-LD NewsArticle/Article/BlogPosting objects.
#pragma once
#include <string>

#include "html_dom.hpp"

namespace np::html {

struct PageMetadata {
    std::string title;        // best title: og:title, else JSON-LD headline, else <title>
    std::string html_title;   // the <title> element's text
    std::string byline;       // author name(s), ", "-joined
    std::string date;         // publication date as written (ISO 8601 usually)
    std::string ld_body;      // JSON-LD articleBody, if any (the longest one)
};

PageMetadata read_metadata(const Tree& tree);

// Collapses runs of whitespace to one space and trims (UTF-8 NBSP counts as space).
std::string collapse_spaces(std::string_view s);

}  // namespace np::html
