// html_dom.hpp — a small DOM: a flat array of element and text nodes built from the
// tokenizer's tokens with the HTML rules that matter for reading (implied end tags for p, li,
// dd/dt, td/th, tr, option, headings; void elements; scoped end-tag matching so a stray
// </div> or </span> cannot close the wrong block; raw-text elements; svg/math content).
//
// Not built: the full adoption agency algorithm, foster parenting, and the insertion modes
// of the spec. Text lands where a browser would put it in all but pathological cases.
//
// Limits: nesting deeper than kMaxDepth is flattened (deeper start tags add no element, their
// text goes to the deepest open element), so no walk over the tree can go deeper than that,
// and every walk in this project is iterative anyway.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html_tokenizer.hpp"

namespace np::html {

// Known element names, alphabetical (the parser binary-searches the names).
#define NP_HTML_TAGS(X)                                                                          \
    X(a) X(abbr) X(address) X(area) X(article) X(aside) X(audio) X(b) X(base) X(bdi) X(bdo)      \
    X(blockquote) X(body) X(br) X(button) X(canvas) X(caption) X(center) X(cite) X(code) X(col)  \
    X(colgroup) X(dd) X(del) X(details) X(dfn) X(dialog) X(dir) X(div) X(dl) X(dt) X(em)         \
    X(embed) X(fieldset) X(figcaption) X(figure) X(font) X(footer) X(form) X(frame) X(frameset)  \
    X(h1) X(h2) X(h3) X(h4) X(h5) X(h6) X(head) X(header) X(hgroup) X(hr) X(html) X(i)          \
    X(iframe) X(img) X(input) X(ins) X(kbd) X(keygen) X(label) X(legend) X(li) X(link) X(main)  \
    X(map) X(mark) X(marquee) X(math) X(menu) X(meta) X(nav) X(nobr) X(noembed) X(noframes)      \
    X(noscript) X(object) X(ol) X(optgroup) X(option) X(output) X(p) X(param) X(picture)         \
    X(plaintext) X(pre) X(q) X(rp) X(rt) X(ruby) X(s) X(samp) X(script) X(section) X(select)     \
    X(small) X(source) X(span) X(strike) X(strong) X(style) X(sub) X(summary) X(sup) X(svg)      \
    X(table) X(tbody) X(td) X(template_) X(textarea) X(tfoot) X(th) X(thead) X(time) X(title)    \
    X(tr) X(track) X(tt) X(u) X(ul) X(var) X(video) X(wbr) X(xmp)

enum class Tag : uint8_t {
#define NP_HTML_ENUM(name) name,
    NP_HTML_TAGS(NP_HTML_ENUM)
#undef NP_HTML_ENUM
    other,     // an element whose name is not in the list (see Node::other_name)
    document,  // the root node
    text,      // a text node
};

Tag tag_from_name(std::string_view lowercase_name);
const char* tag_name(Tag t);  // "template" for Tag::template_, "" for other/document/text

struct Node {
    Tag tag = Tag::document;
    bool foreign = false;     // inside <svg> or <math>
    uint16_t depth = 0;
    uint16_t other_name = 0;  // index into Tree::other_names for Tag::other
    int32_t parent = -1, first_child = -1, last_child = -1, next_sibling = -1;
    uint32_t attr_begin = 0, attr_end = 0;  // elements: range in Tree::attrs
    uint32_t text_begin = 0, text_end = 0;  // text nodes: range in Tree::text
    bool is_text() const { return tag == Tag::text; }
};

struct Tree {
    static constexpr int kMaxDepth = 400;
    std::vector<Node> nodes;  // nodes[0] is the document; children follow in document order
    std::vector<Attribute> attrs;
    std::string text;         // the text of all text nodes, concatenated
    std::vector<std::string> other_names;

    // Value of attribute `name` (lowercase) on element `n`, empty if absent; `found` tells
    // an empty value from an absent one.
    std::string_view attr(int32_t n, std::string_view name, bool* found = nullptr) const;
    std::string_view text_of(int32_t n) const {
        const Node& x = nodes[size_t(n)];
        return std::string_view(text).substr(x.text_begin, x.text_end - x.text_begin);
    }
    // Next node in document order after the subtree of n (or -1): iterative walks use this.
    int32_t next_after_subtree(int32_t n) const;
    // Next node in document order (into children first), -1 at the end.
    int32_t next_in_order(int32_t n) const;
};

// Builds the tree from UTF-8 HTML. Raw text is kept only where a reader needs it: <title>,
// <textarea>, and <script type="application/ld+json"> (other scripts, styles, <noscript>,
// <iframe> contents are dropped; <template> contents are parsed and kept under the template
// element, which readers skip).
Tree parse_html(std::string_view utf8);

}  // namespace np::html
