// html_dom.cpp — tree building (see html_dom.hpp).
//
// Index
//   1. Tag names and element categories
//   2. Tree accessors
//   3. Builder: text, start tags (implied end tags), end tags (scoped matching)
#include "html_dom.hpp"

#include <unordered_map>

namespace np::html {

// ---- 1. Tag names and categories -------------------------------------------------------
namespace {

constexpr const char* kTagNames[] = {
#define NP_HTML_NAME(name) #name,
    NP_HTML_TAGS(NP_HTML_NAME)
#undef NP_HTML_NAME
};
constexpr size_t kTagCount = sizeof(kTagNames) / sizeof(kTagNames[0]);

std::string_view known_name(size_t i) {
    std::string_view n = kTagNames[i];
    if (!n.empty() && n.back() == '_') n.remove_suffix(1);  // template_
    return n;
}

bool is_void(Tag t) {
    switch (t) {
        case Tag::area: case Tag::base: case Tag::br: case Tag::col: case Tag::embed:
        case Tag::hr: case Tag::img: case Tag::input: case Tag::keygen: case Tag::link:
        case Tag::meta: case Tag::param: case Tag::source: case Tag::track: case Tag::wbr:
            return true;
        default: return false;
    }
}

bool is_heading(Tag t) { return t >= Tag::h1 && t <= Tag::h6; }

// Start tags that close an open <p> (in button scope).
bool closes_p(Tag t) {
    switch (t) {
        case Tag::address: case Tag::article: case Tag::aside: case Tag::blockquote:
        case Tag::center: case Tag::details: case Tag::dialog: case Tag::dir: case Tag::div:
        case Tag::dl: case Tag::fieldset: case Tag::figcaption: case Tag::figure: case Tag::footer:
        case Tag::form: case Tag::header: case Tag::hgroup: case Tag::main: case Tag::menu:
        case Tag::nav: case Tag::ol: case Tag::p: case Tag::section: case Tag::summary: case Tag::ul:
        case Tag::pre: case Tag::table: case Tag::hr: case Tag::xmp: case Tag::plaintext:
        case Tag::li: case Tag::dd: case Tag::dt:
            return true;
        default: return is_heading(t);
    }
}

// The spec's "special" category: an unmatched end tag of an ordinary (inline) element may
// not close these.
bool is_special(Tag t) {
    switch (t) {
        case Tag::address: case Tag::area: case Tag::article: case Tag::aside: case Tag::base:
        case Tag::blockquote: case Tag::body: case Tag::br: case Tag::button: case Tag::caption:
        case Tag::center: case Tag::col: case Tag::colgroup: case Tag::dd: case Tag::details:
        case Tag::dir: case Tag::div: case Tag::dl: case Tag::dt: case Tag::embed:
        case Tag::fieldset: case Tag::figcaption: case Tag::figure: case Tag::footer: case Tag::form:
        case Tag::frame: case Tag::frameset: case Tag::head: case Tag::header: case Tag::hgroup:
        case Tag::hr: case Tag::html: case Tag::iframe: case Tag::img: case Tag::input: case Tag::li:
        case Tag::link: case Tag::main: case Tag::marquee: case Tag::menu: case Tag::meta:
        case Tag::nav: case Tag::noembed: case Tag::noframes: case Tag::noscript: case Tag::object:
        case Tag::ol: case Tag::p: case Tag::param: case Tag::plaintext: case Tag::pre:
        case Tag::script: case Tag::section: case Tag::select: case Tag::source: case Tag::style:
        case Tag::summary: case Tag::table: case Tag::tbody: case Tag::td: case Tag::template_:
        case Tag::textarea: case Tag::tfoot: case Tag::th: case Tag::thead: case Tag::title:
        case Tag::tr: case Tag::track: case Tag::ul: case Tag::wbr: case Tag::xmp:
        case Tag::document:
            return true;
        default: return is_heading(t);
    }
}

enum class Scope { normal, button, list_item, table };

bool is_scope_boundary(Tag t, Scope s) {
    switch (t) {
        case Tag::document: case Tag::html: case Tag::table: case Tag::template_: return true;
        case Tag::caption: case Tag::td: case Tag::th: case Tag::marquee: case Tag::object:
            return s != Scope::table;
        case Tag::button: return s == Scope::button;
        case Tag::ol: case Tag::ul: return s == Scope::list_item;
        default: return false;
    }
}

// Start tags that end svg/math content (broken markup that never closed its <svg>).
bool breaks_out_of_foreign(Tag t) {
    switch (t) {
        case Tag::b: case Tag::blockquote: case Tag::body: case Tag::br: case Tag::center:
        case Tag::code: case Tag::dd: case Tag::div: case Tag::dl: case Tag::dt: case Tag::em:
        case Tag::embed: case Tag::head: case Tag::hr: case Tag::i: case Tag::img: case Tag::li:
        case Tag::menu: case Tag::meta: case Tag::nobr: case Tag::ol: case Tag::p: case Tag::pre:
        case Tag::ruby: case Tag::s: case Tag::small: case Tag::span: case Tag::strong:
        case Tag::strike: case Tag::sub: case Tag::sup: case Tag::table: case Tag::tt: case Tag::u:
        case Tag::ul: case Tag::var:
            return true;
        default: return is_heading(t);
    }
}

}  // namespace

Tag tag_from_name(std::string_view name) {
    size_t lo = 0, hi = kTagCount;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (known_name(mid) < name) lo = mid + 1;
        else hi = mid;
    }
    if (lo < kTagCount && known_name(lo) == name) return Tag(lo);
    return Tag::other;
}

const char* tag_name(Tag t) {
    if (t == Tag::template_) return "template";
    size_t i = size_t(t);
    return i < kTagCount ? kTagNames[i] : "";
}

// ---- 2. Tree accessors -----------------------------------------------------------------
std::string_view Tree::attr(int32_t n, std::string_view name, bool* found) const {
    const Node& x = nodes[size_t(n)];
    for (uint32_t i = x.attr_begin; i < x.attr_end; ++i)
        if (attrs[i].name == name) {
            if (found) *found = true;
            return attrs[i].value;
        }
    if (found) *found = false;
    return {};
}

int32_t Tree::next_after_subtree(int32_t n) const {
    while (n >= 0) {
        const Node& x = nodes[size_t(n)];
        if (x.next_sibling >= 0) return x.next_sibling;
        n = x.parent;
    }
    return -1;
}

int32_t Tree::next_in_order(int32_t n) const {
    const Node& x = nodes[size_t(n)];
    if (x.first_child >= 0) return x.first_child;
    return next_after_subtree(n);
}

// ---- 3. Builder ------------------------------------------------------------------------
namespace {

class Builder {
public:
    Builder(std::string_view s, Tree& t) : tok_(s), t_(t) {
        t_.nodes.reserve(s.size() / 40 + 16);
        t_.text.reserve(s.size() / 4);
        t_.other_names.emplace_back();  // id 0: unnamed
        t_.nodes.emplace_back();        // the document
        stack_.push_back(0);
    }

    void run() {
        Token tk;
        while (tok_.next(tk)) {
            switch (tk.type) {
                case TokenType::text:
                    if (!drop_raw_) add_text(tk.text);
                    drop_raw_ = false;
                    break;
                case TokenType::start_tag: drop_raw_ = false; start_tag(tk); break;
                case TokenType::end_tag: drop_raw_ = false; end_tag(tk); break;
                default: break;
            }
        }
    }

private:
    int32_t current() const { return stack_.back(); }
    Node& node(int32_t i) { return t_.nodes[size_t(i)]; }

    int32_t append_node(Tag tag) {
        int32_t parent = current();
        auto id = int32_t(t_.nodes.size());
        t_.nodes.emplace_back();
        Node& n = t_.nodes.back();
        Node& p = node(parent);
        n.tag = tag;
        n.parent = parent;
        n.depth = uint16_t(p.depth + 1);
        n.foreign = p.foreign || tag == Tag::svg || tag == Tag::math;
        if (p.last_child < 0) p.first_child = id;
        else node(p.last_child).next_sibling = id;
        p.last_child = id;
        return id;
    }

    void add_text(const std::string& s) {
        if (s.empty()) return;
        int32_t parent = current();
        Node& p = node(parent);
        if (p.last_child >= 0 && p.last_child == last_text_ && node(last_text_).text_end == t_.text.size()) {
            t_.text += s;
            node(last_text_).text_end = uint32_t(t_.text.size());
            return;
        }
        int32_t id = append_node(Tag::text);
        Node& n = node(id);
        n.text_begin = uint32_t(t_.text.size());
        t_.text += s;
        n.text_end = uint32_t(t_.text.size());
        last_text_ = id;
    }

    uint16_t other_id(const std::string& name, bool create) {
        auto it = other_ids_.find(name);
        if (it != other_ids_.end()) return it->second;
        if (!create || t_.other_names.size() >= 65535) return 0;
        auto id = uint16_t(t_.other_names.size());
        t_.other_names.push_back(name);
        other_ids_.emplace(name, id);
        return id;
    }

    void pop_to(size_t index) {  // removes stack_[index] and everything above it
        if (index == 0) index = 1;
        if (index < stack_.size()) stack_.resize(index);
        tok_.set_foreign(node(current()).foreign);
    }

    int find_in_scope(Tag tag, Scope scope) const {
        for (size_t i = stack_.size(); i-- > 1;) {
            Tag t = t_.nodes[size_t(stack_[i])].tag;
            if (t == tag) return int(i);
            if (is_scope_boundary(t, scope)) return -1;
        }
        return -1;
    }

    int find_heading_in_scope() const {
        for (size_t i = stack_.size(); i-- > 1;) {
            Tag t = t_.nodes[size_t(stack_[i])].tag;
            if (is_heading(t)) return int(i);
            if (is_scope_boundary(t, Scope::normal)) return -1;
        }
        return -1;
    }

    void close_if_open(Tag tag, Scope scope) {
        int i = find_in_scope(tag, scope);
        if (i > 0) pop_to(size_t(i));
    }

    // <li>, <dd>, <dt>: close the previous item unless a special element other than
    // address/div/p lies between (then the new item is nested).
    void close_list_item(Tag a, Tag b) {
        for (size_t i = stack_.size(); i-- > 1;) {
            Tag t = t_.nodes[size_t(stack_[i])].tag;
            if (t == a || t == b) { pop_to(i); return; }
            if (is_special(t) && t != Tag::address && t != Tag::div && t != Tag::p) return;
        }
    }

    void start_tag(Token& tk) {
        Tag tag = tag_from_name(tk.name);
        bool foreign = node(current()).foreign;
        if (foreign && breaks_out_of_foreign(tag)) {
            size_t i = stack_.size();
            while (i > 1 && t_.nodes[size_t(stack_[i - 1])].foreign) --i;
            pop_to(i);
            foreign = false;
        }
        if (!foreign) {
            switch (tag) {
                case Tag::html:
                    if (has_html_) return;
                    has_html_ = true;
                    break;
                case Tag::head:
                    if (has_head_ || has_body_) return;
                    has_head_ = true;
                    break;
                case Tag::body:
                    if (has_body_) return;
                    has_body_ = true;
                    close_if_open(Tag::head, Scope::normal);
                    break;
                case Tag::li: close_list_item(Tag::li, Tag::li); break;
                case Tag::dd: case Tag::dt: close_list_item(Tag::dd, Tag::dt); break;
                case Tag::td: case Tag::th: {
                    int i = find_in_scope(Tag::td, Scope::table);
                    int j = find_in_scope(Tag::th, Scope::table);
                    if (j > i) i = j;
                    if (i > 0) pop_to(size_t(i));
                    break;
                }
                case Tag::tr: close_if_open(Tag::tr, Scope::table); break;
                case Tag::thead: case Tag::tbody: case Tag::tfoot: case Tag::caption:
                    close_if_open(Tag::tr, Scope::table);
                    close_if_open(Tag::thead, Scope::table);
                    close_if_open(Tag::tbody, Scope::table);
                    close_if_open(Tag::tfoot, Scope::table);
                    break;
                case Tag::option:
                    if (node(current()).tag == Tag::option) pop_to(stack_.size() - 1);
                    break;
                case Tag::optgroup:
                    if (node(current()).tag == Tag::option) pop_to(stack_.size() - 1);
                    if (node(current()).tag == Tag::optgroup) pop_to(stack_.size() - 1);
                    break;
                case Tag::a: close_if_open(Tag::a, Scope::normal); break;
                case Tag::button: close_if_open(Tag::button, Scope::normal); break;
                case Tag::nobr: close_if_open(Tag::nobr, Scope::normal); break;
                default: break;
            }
            if (closes_p(tag)) close_if_open(Tag::p, Scope::button);
            if (is_heading(tag) && is_heading(node(current()).tag)) pop_to(stack_.size() - 1);
        }

        bool ld_json = false;  // decided before the attributes move into the tree
        if (tag == Tag::script)
            for (size_t i = 0; i < tk.attr_count && !ld_json; ++i)
                ld_json = tk.attrs[i].name == "type" && tk.attrs[i].value.find("ld+json") != std::string::npos;
        bool leaf = foreign ? tk.self_closing : is_void(tag);
        bool capped = stack_.size() > size_t(Tree::kMaxDepth);
        if (!capped || leaf) {
            int32_t id = append_node(tag);
            Node& n = node(id);
            if (tag == Tag::other) n.other_name = other_id(tk.name, true);
            n.attr_begin = uint32_t(t_.attrs.size());
            for (size_t i = 0; i < tk.attr_count; ++i) t_.attrs.push_back(std::move(tk.attrs[i]));
            n.attr_end = uint32_t(t_.attrs.size());
            if (!leaf) {
                stack_.push_back(id);
                tok_.set_foreign(n.foreign);
            }
            if (leaf && tk.self_closing) return;
        } else if (leaf) {
            return;
        }
        enter_raw_text(tag, foreign, ld_json);
    }

    void enter_raw_text(Tag tag, bool foreign, bool ld_json) {
        switch (tag) {
            case Tag::script:  // keep JSON-LD (metadata), drop code
                tok_.enter_raw_text("script", false);
                drop_raw_ = !ld_json;
                break;
            case Tag::style: tok_.enter_raw_text("style", false); drop_raw_ = true; break;
            case Tag::xmp: if (!foreign) tok_.enter_raw_text("xmp", false); break;
            case Tag::iframe: if (!foreign) { tok_.enter_raw_text("iframe", false); drop_raw_ = true; } break;
            case Tag::noembed: if (!foreign) { tok_.enter_raw_text("noembed", false); drop_raw_ = true; } break;
            case Tag::noframes: if (!foreign) { tok_.enter_raw_text("noframes", false); drop_raw_ = true; } break;
            case Tag::noscript: if (!foreign) { tok_.enter_raw_text("noscript", false); drop_raw_ = true; } break;
            case Tag::title: if (!foreign) tok_.enter_raw_text("title", true); break;
            case Tag::textarea: if (!foreign) tok_.enter_raw_text("textarea", true); break;
            case Tag::plaintext: if (!foreign) tok_.enter_plaintext(); break;
            default: break;
        }
    }

    bool matches(int32_t n, Tag tag, uint16_t oid) const {
        const Node& x = t_.nodes[size_t(n)];
        return x.tag == tag && (tag != Tag::other || (oid != 0 && x.other_name == oid));
    }

    void end_tag(const Token& tk) {
        Tag tag = tag_from_name(tk.name);
        uint16_t oid = tag == Tag::other ? other_id(tk.name, false) : 0;
        for (size_t i = stack_.size(); i-- > 1 && t_.nodes[size_t(stack_[i])].foreign;) {
            if (matches(stack_[i], tag, oid)) { pop_to(i); return; }
        }
        switch (tag) {
            case Tag::html: case Tag::body: return;
            case Tag::br: {
                // "</br>" is read as "<br>"
                if (stack_.size() <= size_t(Tree::kMaxDepth) + 1) append_node(Tag::br);
                return;
            }
            case Tag::p: close_if_open(Tag::p, Scope::button); return;
            case Tag::li: close_if_open(Tag::li, Scope::list_item); return;
            case Tag::h1: case Tag::h2: case Tag::h3: case Tag::h4: case Tag::h5: case Tag::h6: {
                int i = find_heading_in_scope();
                if (i > 0) pop_to(size_t(i));
                return;
            }
            case Tag::td: case Tag::th: case Tag::tr: case Tag::thead: case Tag::tbody:
            case Tag::tfoot: case Tag::table: case Tag::caption:
                close_if_open(tag, Scope::table);
                return;
            default: break;
        }
        if (is_special(tag)) {
            close_if_open(tag, Scope::normal);
            return;
        }
        for (size_t i = stack_.size(); i-- > 1;) {
            int32_t n = stack_[i];
            if (matches(n, tag, oid)) { pop_to(i); return; }
            if (is_special(t_.nodes[size_t(n)].tag)) return;  // stray end tag: ignored
        }
    }

    Tokenizer tok_;
    Tree& t_;
    std::vector<int32_t> stack_;
    std::unordered_map<std::string, uint16_t> other_ids_;
    int32_t last_text_ = -1;
    bool drop_raw_ = false;
    bool has_html_ = false, has_head_ = false, has_body_ = false;
};

}  // namespace

Tree parse_html(std::string_view utf8) {
    Tree t;
    Builder b(utf8, t);
    b.run();
    return t;
}

}  // namespace np::html
