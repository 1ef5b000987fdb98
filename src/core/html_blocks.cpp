// html_blocks.cpp — see html_blocks.hpp.
#include "html_blocks.hpp"

namespace np::html {

namespace {

bool is_block_tag(Tag t) {
    switch (t) {
        case Tag::address: case Tag::article: case Tag::aside: case Tag::blockquote:
        case Tag::body: case Tag::center: case Tag::dd: case Tag::details: case Tag::dialog:
        case Tag::dir: case Tag::div: case Tag::dl: case Tag::dt: case Tag::fieldset:
        case Tag::figcaption: case Tag::figure: case Tag::footer: case Tag::form: case Tag::h1:
        case Tag::h2: case Tag::h3: case Tag::h4: case Tag::h5: case Tag::h6: case Tag::header:
        case Tag::hgroup: case Tag::hr: case Tag::html: case Tag::li: case Tag::main:
        case Tag::menu: case Tag::nav: case Tag::ol: case Tag::p: case Tag::pre: case Tag::section:
        case Tag::summary: case Tag::table: case Tag::tbody: case Tag::tfoot:
        case Tag::thead: case Tag::tr: case Tag::ul: case Tag::caption:
        case Tag::legend: case Tag::document:
            return true;
        default: return false;
    }
}

bool ends_sentence(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
    if (s.empty()) return false;
    char c = s.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' || c == ')' || c == ';')
        return true;
    // ” ’ … » as UTF-8
    if (s.size() >= 3) {
        std::string_view e = s.substr(s.size() - 3);
        if (e == "\xE2\x80\x9D" || e == "\xE2\x80\x99" || e == "\xE2\x80\xA6") return true;
        // 。 」 ！ ？ (CJK full stop, closing bracket, fullwidth ! and ?)
        if (e == "\xE3\x80\x82" || e == "\xE3\x80\x8D" || e == "\xEF\xBC\x81" || e == "\xEF\xBC\x9F")
            return true;
    }
    return s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xBB";
}

class Walker {
public:
    Walker(const Tree& t, const std::vector<uint8_t>& skip) : t_(t), skip_(skip) {}

    BlockList run() {
        int32_t n = t_.nodes[0].first_child;
        stack_.push_back(0);
        while (n >= 0) {
            const Node& x = t_.nodes[size_t(n)];
            bool descend = false;
            if (x.is_text()) {
                add_text(t_.text_of(n));
            } else if (!skipped(n)) {
                enter(n);
                descend = x.first_child >= 0;
                if (!descend) leave(n);
            }
            if (descend) { n = x.first_child; continue; }
            while (n >= 0) {
                const Node& y = t_.nodes[size_t(n)];
                if (y.next_sibling >= 0) { n = y.next_sibling; break; }
                n = y.parent;
                if (n <= 0) { n = -1; break; }
                leave(n);
            }
        }
        flush();
        return std::move(out_);
    }

private:
    bool skipped(int32_t n) const {
        if (is_invisible_element(t_, n)) return true;
        return !skip_.empty() && skip_[size_t(n)];
    }

    void enter(int32_t n) {
        Tag tag = t_.nodes[size_t(n)].tag;
        if (is_block_tag(tag)) { flush(); stack_.push_back(n); }
        else if (tag == Tag::a) ++link_depth_;
        else if (tag == Tag::br) {
            if (++br_run_ >= 2) flush();
            else pending_newline_ = true;
        } else if (tag == Tag::other || tag == Tag::td || tag == Tag::th) pending_space_ = true;
        if (tag == Tag::pre) ++pre_depth_;
    }

    void leave(int32_t n) {
        Tag tag = t_.nodes[size_t(n)].tag;
        if (is_block_tag(tag)) {
            flush();
            if (stack_.size() > 1) stack_.pop_back();
        } else if (tag == Tag::a) {
            if (link_depth_ > 0) --link_depth_;
        } else if (tag == Tag::other || tag == Tag::td || tag == Tag::th) pending_space_ = true;
        if (tag == Tag::pre && pre_depth_ > 0) --pre_depth_;
    }

    void add_text(std::string_view s) {
        std::string& o = out_.text;
        for (size_t i = 0; i < s.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
                ws = true;  // NBSP reads as a space
                ++i;
            }
            if (ws) {
                if (pre_depth_ > 0 && c == '\n' && chars_ > 0) pending_newline_ = true;
                else pending_space_ = true;
                continue;
            }
            if (chars_ > 0) {
                if (pending_newline_) { o += '\n'; ++words_; }
                else if (pending_space_) { o += ' '; ++words_; }
            }
            pending_space_ = pending_newline_ = false;
            br_run_ = 0;
            o += char(c);
            if ((c & 0xC0) != 0x80) {
                ++chars_;
                if (c >= 0xE3 && c <= 0xED) ++cjk_;  // U+3000..U+DFFF: CJK, kana, hangul
                if (link_depth_ > 0) ++link_chars_;
            }
        }
    }

    void flush() {
        if (chars_ > 0) {
            TextBlock b;
            b.owner = stack_.back();
            b.begin = begin_;
            b.end = uint32_t(out_.text.size());
            b.chars = chars_;
            b.link_chars = link_chars_;
            // Scripts written without spaces: two characters count as one word.
            b.words = words_ + 1 + cjk_ / 2;
            b.ends_sentence = ends_sentence(out_.text_of(b));
            // Kind from the innermost heading / list item / pre / quote on the block stack.
            for (size_t i = stack_.size(); i-- > 0;) {
                Tag tag = t_.nodes[size_t(stack_[i])].tag;
                if (tag >= Tag::h1 && tag <= Tag::h6) {
                    b.kind = ExtractedBlock::Kind::heading;
                    b.level = int(tag) - int(Tag::h1) + 1;
                    break;
                }
                if (tag == Tag::li) { b.kind = ExtractedBlock::Kind::list_item; break; }
                if (tag == Tag::pre) { b.kind = ExtractedBlock::Kind::preformatted; break; }
                if (tag == Tag::blockquote) { b.kind = ExtractedBlock::Kind::quote; break; }
                if (tag == Tag::p || tag == Tag::tr) break;
            }
            out_.blocks.push_back(b);
        } else {
            out_.text.resize(begin_);
        }
        begin_ = uint32_t(out_.text.size());
        chars_ = link_chars_ = words_ = cjk_ = 0;
        pending_space_ = pending_newline_ = false;
        br_run_ = 0;
    }

    const Tree& t_;
    const std::vector<uint8_t>& skip_;
    BlockList out_;
    std::vector<int32_t> stack_;
    uint32_t begin_ = 0, chars_ = 0, link_chars_ = 0, words_ = 0, cjk_ = 0;
    int link_depth_ = 0, pre_depth_ = 0, br_run_ = 0;
    bool pending_space_ = false, pending_newline_ = false;
};

}  // namespace

bool is_invisible_element(const Tree& t, int32_t n) {
    const Node& x = t.nodes[size_t(n)];
    if (x.foreign) return true;
    switch (x.tag) {
        case Tag::head: case Tag::title: case Tag::script: case Tag::style: case Tag::template_:
        case Tag::noscript: case Tag::textarea: case Tag::select: case Tag::option:
        case Tag::optgroup: case Tag::iframe: case Tag::object: case Tag::embed: case Tag::video:
        case Tag::audio: case Tag::canvas: case Tag::map: case Tag::button: case Tag::input:
        case Tag::svg: case Tag::math: case Tag::rp: case Tag::noembed: case Tag::noframes:
        case Tag::frameset: case Tag::dialog:
            return true;
        default: return false;
    }
}

BlockList build_blocks(const Tree& t, const std::vector<uint8_t>& skip) {
    Walker w(t, skip);
    return w.run();
}

}  // namespace np::html
