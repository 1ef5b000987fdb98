// html_hints.hpp — what an element's tag, class, id, role and style say about whether it
// holds article text. Generic words only (content/article/story... vs share/related/...),
// never site-specific names.
#pragma once
#include <cstdint>

#include "html_dom.hpp"

namespace np::html {

enum class Hint : int8_t {
    strong_negative = -2,  // comments, sharing, related links, ads, newsletter, cookie banners
    negative = -1,         // header/footer/meta/byline/caption-like boxes
    none = 0,
    positive = 1,          // article/content/story/body/post/entry/main in class or id
    strong_positive = 2,   // itemprop=articleBody, "article-body"-like compounds
};

// Hint from class, id, role and itemprop of element n.
Hint class_hint(const Tree& t, int32_t n);

// Elements whose content is never article text (navigation, forms, media, hidden boxes).
bool is_non_content_element(const Tree& t, int32_t n);

}  // namespace np::html
