// html_extract.hpp — main-content extraction from a saved web page (public API).
//
//   np::ExtractedArticle a = np::extract_article(html_bytes);
//   a.title, a.byline, a.date   // from <title>, og:, article:, meta author, JSON-LD
//   a.text                      // the article body: blocks separated by blank lines
//   a.blocks                    // the same text as paragraphs / headings / list items
//
// The bytes may be in UTF-8, windows-1252/latin-1/latin-9 (declared by <meta>) or UTF-16
// with a BOM; everything returned is UTF-8. For HTML input, the "original text" handed to
// analyze() is `text` (offsets then refer to it): see docs/extraction.md.
//
// Pure C++20: no I/O, never throws, iterative (deeply nested input cannot exhaust the
// stack), linear time in the input size.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace np {

struct ExtractedBlock {
    enum class Kind { paragraph, heading, list_item, preformatted, quote };
    Kind kind = Kind::paragraph;
    int level = 0;       // headings: 1..6
    std::string text;    // whitespace collapsed (newlines kept for <br> and <pre>)
};

struct ExtractedArticle {
    std::string title, byline, date;
    std::string text;                   // blocks joined by "\n\n"
    std::vector<ExtractedBlock> blocks;
    std::string error;                  // non-empty when nothing could be extracted
};

struct ExtractOptions {
    // JSON-LD `articleBody`, when a page has one, guides which blocks are the article.
    // Off: only the page structure is used (the evaluation reports both).
    bool use_json_ld_body = true;
};

ExtractedArticle extract_article(std::string_view html, const ExtractOptions& options = {});

// Cheap check whether pasted input is an HTML page rather than plain text: the first
// non-blank character is '<' and one of the usual page tags appears near the start.
bool looks_like_html(std::string_view input);

}  // namespace np
