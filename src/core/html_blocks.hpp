// html_blocks.hpp — the page's visible text as a list of blocks (one per paragraph, heading,
// list item, table row (cells joined by spaces), or <br><br>-separated run), each with its owning element and link share.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "html_dom.hpp"
#include "html_extract.hpp"

namespace np::html {

struct TextBlock {
    int32_t owner = 0;                  // nearest block-level element
    uint32_t begin = 0, end = 0;        // range in BlockList::text
    uint32_t chars = 0;                 // code points, spaces excluded
    uint32_t link_chars = 0;            // of which inside <a>
    uint32_t words = 0;
    ExtractedBlock::Kind kind = ExtractedBlock::Kind::paragraph;
    int level = 0;                      // heading level
    bool ends_sentence = false;         // last character is . ! ? : or a closing quote
    bool legal = false;                 // a copyright notice (set by the extractor)
    float link_density() const { return chars ? float(link_chars) / float(chars) : 0.0f; }
};

struct BlockList {
    std::string text;
    std::vector<TextBlock> blocks;
    std::string_view text_of(const TextBlock& b) const {
        return std::string_view(text).substr(b.begin, b.end - b.begin);
    }
};

// Elements whose subtree is never visible text: head, title, scripts, styles, templates,
// form controls, media, svg/math.
bool is_invisible_element(const Tree& t, int32_t n);

// Walks the tree once (iteratively). `skip[n]` != 0 removes element n's subtree (the vector
// may be empty: nothing removed but invisible elements).
BlockList build_blocks(const Tree& t, const std::vector<uint8_t>& skip);

}  // namespace np::html
