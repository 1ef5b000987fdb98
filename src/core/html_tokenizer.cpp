// html_tokenizer.cpp — see html_tokenizer.hpp.
#include "html_tokenizer.hpp"

#include <cstring>

#include "html_entities.hpp"

namespace np::html {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }

void append_lower(std::string& out, std::string_view s) {
    for (char c : s) out += lower(c);
}

// Appends `s` to `out`, decoding references only when there is an '&' (the common case
// without one is a plain copy).
void append_text(std::string& out, std::string_view s, bool decode, bool in_attribute) {
    if (decode && std::memchr(s.data(), '&', s.size()))
        decode_entities(s, out, in_attribute);
    else
        out.append(s.data(), s.size());
}

}  // namespace

void Tokenizer::enter_raw_text(std::string_view tag, bool decode_references) {
    raw_tag_.assign(tag.data(), tag.size());
    raw_decode_ = decode_references;
}

bool Tokenizer::next(Token& t) {
    t.attr_count = 0;
    t.self_closing = false;
    t.name.clear();
    t.text.clear();
    while (pos_ < s_.size()) {
        t.offset = pos_;
        if (plaintext_) {
            t.type = TokenType::text;
            t.text.assign(s_.data() + pos_, s_.size() - pos_);
            pos_ = s_.size();
            return true;
        }
        if (!raw_tag_.empty()) {
            if (read_raw_text(t)) return true;
            continue;  // empty raw text: go on with the end tag
        }
        if (s_[pos_] != '<') {
            read_text(t);
            return true;
        }
        // s_[pos_] == '<'
        char c = pos_ + 1 < s_.size() ? s_[pos_ + 1] : '\0';
        if (is_alpha(c)) {
            if (read_tag(t, false)) return true;
            continue;  // tag cut off by the end of input: dropped
        }
        if (c == '/') {
            char d = pos_ + 2 < s_.size() ? s_[pos_ + 2] : '\0';
            if (is_alpha(d)) {
                if (read_tag(t, true)) return true;
                continue;
            }
            if (d == '>') { pos_ += 3; continue; }  // "</>": ignored
            if (d == '\0') { read_text(t); return true; }
            if (read_bogus_comment(t, pos_ + 2)) return true;
            continue;
        }
        if (c == '!') {
            if (read_markup_declaration(t)) return true;
            continue;
        }
        if (c == '?') {
            if (read_bogus_comment(t, pos_ + 1)) return true;
            continue;
        }
        read_text(t);  // a '<' that starts nothing is text
        return true;
    }
    return false;
}

// Text up to the next '<' that can start markup.
void Tokenizer::read_text(Token& t) {
    t.type = TokenType::text;
    size_t start = pos_;
    size_t i = pos_ + 1;  // s_[pos_] is text even if it is a lone '<'
    while (i < s_.size()) {
        const void* lt = std::memchr(s_.data() + i, '<', s_.size() - i);
        if (!lt) { i = s_.size(); break; }
        i = size_t(static_cast<const char*>(lt) - s_.data());
        char c = i + 1 < s_.size() ? s_[i + 1] : '\0';
        if (is_alpha(c) || c == '/' || c == '!' || c == '?') break;
        ++i;
    }
    append_text(t.text, s_.substr(start, i - start), true, false);
    pos_ = i;
}

bool Tokenizer::read_raw_text(Token& t) {
    // Find "</tag" followed by space, '/' or '>'.
    size_t i = pos_;
    size_t n = raw_tag_.size();
    size_t end = s_.size();
    while (i < s_.size()) {
        const void* lt = std::memchr(s_.data() + i, '<', s_.size() - i);
        if (!lt) break;
        size_t k = size_t(static_cast<const char*>(lt) - s_.data());
        if (k + 2 + n <= s_.size() && s_[k + 1] == '/') {
            bool match = true;
            for (size_t j = 0; j < n && match; ++j) match = lower(s_[k + 2 + j]) == raw_tag_[j];
            char after = k + 2 + n < s_.size() ? s_[k + 2 + n] : '>';
            if (match && (is_space(after) || after == '/' || after == '>')) {
                end = k;
                break;
            }
        }
        i = k + 1;
    }
    size_t start = pos_;
    pos_ = end;
    raw_tag_.clear();  // the end tag (if any) is read as a normal tag next
    if (end == start) return false;
    t.type = TokenType::text;
    t.offset = start;
    append_text(t.text, s_.substr(start, end - start), raw_decode_, false);
    return true;
}

// At "<x" or "</x". Returns false (and consumes the rest) if the input ends inside the tag.
bool Tokenizer::read_tag(Token& t, bool end_tag) {
    size_t i = pos_ + (end_tag ? 2 : 1);
    size_t name_start = i;
    while (i < s_.size() && !is_space(s_[i]) && s_[i] != '/' && s_[i] != '>') ++i;
    t.type = end_tag ? TokenType::end_tag : TokenType::start_tag;
    append_lower(t.name, s_.substr(name_start, i - name_start));
    pos_ = i;
    read_attributes(t);
    if (pos_ >= s_.size()) return false;  // EOF in tag: the spec drops the tag
    ++pos_;                               // the '>'
    if (end_tag) { t.attr_count = 0; t.self_closing = false; }
    return true;
}

// After the tag name; stops after reaching '>' (pos_ at it) or the end of input.
void Tokenizer::read_attributes(Token& t) {
    size_t i = pos_;
    const size_t n = s_.size();
    while (i < n) {
        while (i < n && is_space(s_[i])) ++i;
        if (i >= n) break;
        char c = s_[i];
        if (c == '>') break;
        if (c == '/') {
            if (i + 1 < n && s_[i + 1] == '>') { t.self_closing = true; ++i; break; }
            ++i;
            continue;
        }
        // attribute name (a leading '=' is part of the name, as in the spec)
        size_t ns = i;
        ++i;
        while (i < n && !is_space(s_[i]) && s_[i] != '/' && s_[i] != '>' && s_[i] != '=') ++i;
        std::string_view name = s_.substr(ns, i - ns);
        size_t j = i;
        while (j < n && is_space(s_[j])) ++j;
        std::string_view value;
        bool has_value = false;
        if (j < n && s_[j] == '=') {
            ++j;
            while (j < n && is_space(s_[j])) ++j;
            if (j < n && (s_[j] == '"' || s_[j] == '\'')) {
                char q = s_[j];
                const void* close = std::memchr(s_.data() + j + 1, q, n - j - 1);
                size_t e = close ? size_t(static_cast<const char*>(close) - s_.data()) : n;
                value = s_.substr(j + 1, e - j - 1);
                i = e < n ? e + 1 : n;
            } else {
                size_t vs = j;
                while (j < n && !is_space(s_[j]) && s_[j] != '>') ++j;
                value = s_.substr(vs, j - vs);
                i = j;
            }
            has_value = true;
        }
        // Duplicate attributes: the first one wins (spec).
        std::string lname;
        append_lower(lname, name);
        bool dup = false;
        for (size_t k = 0; k < t.attr_count && !dup; ++k) dup = t.attrs[k].name == lname;
        if (dup) continue;
        if (t.attr_count == t.attrs.size()) t.attrs.emplace_back();
        Attribute& a = t.attrs[t.attr_count++];
        a.name = std::move(lname);
        a.value.clear();
        if (has_value) append_text(a.value, value, true, true);
    }
    pos_ = i;
}

// At "<!".
bool Tokenizer::read_markup_declaration(Token& t) {
    std::string_view rest = s_.substr(pos_ + 2);
    if (rest.substr(0, 2) == "--") {
        size_t start = pos_ + 4;
        // "<!-->" and "<!--->" are complete (empty) comments
        size_t end, after;
        if (start < s_.size() && s_[start] == '>') { end = start; after = start + 1; }
        else if (s_.substr(start, 2) == "->") { end = start; after = start + 2; }
        else {
            end = s_.size();
            after = s_.size();
            for (size_t i = start; i + 2 < s_.size();) {
                const void* d = std::memchr(s_.data() + i, '-', s_.size() - i);
                if (!d) break;
                size_t k = size_t(static_cast<const char*>(d) - s_.data());
                if (s_.substr(k, 3) == "-->") { end = k; after = k + 3; break; }
                if (s_.substr(k, 4) == "--!>") { end = k; after = k + 4; break; }
                i = k + 1;
            }
        }
        t.type = TokenType::comment;
        t.text.assign(s_.data() + start, end > start ? end - start : 0);
        pos_ = after;
        return true;
    }
    if (rest.substr(0, 7) == "[CDATA[") {
        size_t start = pos_ + 9;
        size_t e = s_.find("]]>", start);
        size_t end = e == std::string_view::npos ? s_.size() : e;
        pos_ = e == std::string_view::npos ? s_.size() : e + 3;
        t.type = foreign_ ? TokenType::text : TokenType::comment;
        t.text.assign(s_.data() + start, end - start);
        return true;
    }
    bool doctype = rest.size() >= 7;
    for (size_t k = 0; k < 7 && doctype; ++k) doctype = lower(rest[k]) == "doctype"[k];
    if (doctype) {
        size_t e = s_.find('>', pos_);
        pos_ = e == std::string_view::npos ? s_.size() : e + 1;
        t.type = TokenType::doctype;
        return true;
    }
    return read_bogus_comment(t, pos_ + 2);
}

// "<?...>", "<!...>", "</ ...>": a comment up to the first '>'.
bool Tokenizer::read_bogus_comment(Token& t, size_t from) {
    size_t e = s_.find('>', from);
    size_t end = e == std::string_view::npos ? s_.size() : e;
    t.type = TokenType::comment;
    t.text.assign(s_.data() + from, end - from);
    pos_ = e == std::string_view::npos ? s_.size() : e + 1;
    return true;
}

}  // namespace np::html
