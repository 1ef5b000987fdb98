// json_view.cpp — see json_view.hpp.
//
// Index
//   1. Parse: one pass, a node per value; strings and numbers checked as JSON defines them
//   2. Read: numbers, strings (unescaping \uXXXX and surrogate pairs to UTF-8), members
#include "json_view.hpp"

#include <cstdlib>
#include <cstring>

#include "text.hpp"

namespace np::jv {

// ---- 1. Parse ---------------------------------------------------------------------------------
bool Doc::parse(const char* text, size_t len) {
    text_ = p_ = text;
    end_ = text + len;
    ok_ = true;
    nodes_.clear();
    if (len >= UINT32_MAX) return false;
    value(0);
    ws();
    if (!ok_ || p_ != end_) {
        nodes_.clear();
        return false;
    }
    return true;
}

static bool is_hex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

// Any byte below 0x20 in [s, e)? Eight bytes at a time: (x - 0x20..) & ~x & 0x80.. has a bit
// set exactly when some byte of x is below 0x20 (the classic "has less than" test; exact for
// bounds up to 0x80). A byte loop cost the UI's intake ~45% more than the old unchecked reader.
static bool has_control_byte(const char* s, const char* e) {
    constexpr uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    for (; e - s >= 8; s += 8) {
        uint64_t x;
        std::memcpy(&x, s, 8);
        if ((x - ones * 0x20) & ~x & high) return true;
    }
    for (; s < e; ++s)
        if (static_cast<unsigned char>(*s) < 0x20) return true;
    return false;
}

// The contents of a string at p_ (on its opening quote). The closing quote is found with
// memchr (the parts are mostly long strings); the contents are then checked in one pass: no
// byte below 0x20, and after each backslash one of JSON's escapes.
bool Doc::string(uint32_t& a, uint32_t& b, bool& escaped) {
    const char* s = ++p_;
    for (;;) {
        const char* q = static_cast<const char*>(std::memchr(p_, '"', size_t(end_ - p_)));
        if (!q) return ok_ = false;
        const char* k = q;
        while (k > s && k[-1] == '\\') --k;
        p_ = q + 1;
        if (((q - k) & 1) == 0) break;  // not escaped: an even run of backslashes before it
    }
    const char* e = p_ - 1;
    if (has_control_byte(s, e)) return ok_ = false;
    const char* bs = static_cast<const char*>(std::memchr(s, '\\', size_t(e - s)));
    escaped = bs != nullptr;
    while (bs) {
        char c = bs[1];  // bs < e - 1: the closing quote is not escaped
        if (c == 'u') {
            if (e - bs < 6 || !is_hex(bs[2]) || !is_hex(bs[3]) || !is_hex(bs[4]) || !is_hex(bs[5])) return ok_ = false;
            bs += 6;
        } else if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't') {
            bs += 2;
        } else {
            return ok_ = false;
        }
        bs = static_cast<const char*>(std::memchr(bs, '\\', size_t(e - bs)));
    }
    a = uint32_t(s - text_);
    b = uint32_t(e - text_);
    return true;
}

// A number at p_ by JSON's grammar: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
bool Doc::number() {
    auto digits = [&] {
        const char* s = p_;
        while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        return p_ > s;
    };
    if (p_ < end_ && *p_ == '-') ++p_;
    if (p_ < end_ && *p_ == '0') ++p_;
    else if (!digits()) return false;
    if (p_ < end_ && *p_ == '.') {
        ++p_;
        if (!digits()) return false;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
        ++p_;
        if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
        if (!digits()) return false;
    }
    return true;
}

uint32_t Doc::value(int depth) {
    ws();
    uint32_t i = uint32_t(nodes_.size());
    nodes_.emplace_back();
    if (p_ >= end_ || depth > 256) {
        ok_ = false;
        return i;
    }
    char c = *p_;
    if (c == '"') {
        uint32_t a, b;
        bool esc;
        if (string(a, b, esc)) {
            nodes_[i].kind = Kind::String;
            nodes_[i].a = a;
            nodes_[i].b = b;
            nodes_[i].escaped = esc;
        }
        return i;
    }
    if (c == '{' || c == '[') {
        bool obj = c == '{';
        nodes_[i].kind = obj ? Kind::Object : Kind::Array;
        ++p_;
        ws();
        if (p_ < end_ && *p_ == (obj ? '}' : ']')) {
            ++p_;
            return i;
        }
        uint32_t prev = 0;
        for (;;) {
            uint32_t ka = 0, kb = 0;
            bool kesc = false;
            if (obj) {
                ws();
                if (p_ >= end_ || *p_ != '"' || !string(ka, kb, kesc)) return ok_ = false, i;
                ws();
                if (p_ >= end_ || *p_ != ':') return ok_ = false, i;
                ++p_;
            }
            uint32_t child = value(depth + 1);
            if (!ok_) return i;
            nodes_[child].key_a = ka;
            nodes_[child].key_b = kb;
            nodes_[child].key_escaped = kesc;
            if (prev) nodes_[prev].next = child;
            else nodes_[i].first = child;
            prev = child;
            ws();
            if (p_ < end_ && *p_ == ',') {
                ++p_;
                continue;
            }
            if (p_ < end_ && *p_ == (obj ? '}' : ']')) {
                ++p_;
                return i;
            }
            return ok_ = false, i;
        }
    }
    auto word = [&](const char* w, size_t n, Kind k) {
        if (size_t(end_ - p_) >= n && std::memcmp(p_, w, n) == 0) {
            nodes_[i].kind = k;
            p_ += n;
        } else {
            ok_ = false;
        }
    };
    if (c == 't') word("true", 4, Kind::True);
    else if (c == 'f') word("false", 5, Kind::False);
    else if (c == 'n') word("null", 4, Kind::Null);
    else if (c == '-' || (c >= '0' && c <= '9')) {
        const char* s = p_;
        if (!number()) return ok_ = false, i;
        nodes_[i].kind = Kind::Number;
        nodes_[i].a = uint32_t(s - text_);
        nodes_[i].b = uint32_t(p_ - text_);
    } else {
        ok_ = false;
    }
    return i;
}

// ---- 2. Read ------------------------------------------------------------------------------------
Kind Value::kind() const { return d_->nodes_[i_].kind; }

double Value::number() const {
    if (!is_number()) return 0;
    const Node& n = d_->nodes_[i_];
    const char* s = d_->text_ + n.a;
    const char* e = d_->text_ + n.b;
    // Integers (offsets, counts, ids: nearly every number here) without strtod.
    bool neg = s < e && *s == '-';
    const char* q = s + (neg ? 1 : 0);
    if (e - q > 0 && e - q <= 15) {
        uint64_t v = 0;
        const char* r = q;
        while (r < e && *r >= '0' && *r <= '9') v = v * 10 + uint64_t(*r++ - '0');
        if (r == e) return neg ? -double(v) : double(v);
    }
    // strtod reads to the first byte that cannot continue a number: a copy ends it there (the
    // text may go on with digits past a view's end).
    char buf[64];
    if (size_t(e - s) < sizeof buf) {
        std::memcpy(buf, s, size_t(e - s));
        buf[e - s] = 0;
        return std::strtod(buf, nullptr);
    }
    return std::strtod(std::string(s, e).c_str(), nullptr);
}

static int hex4(const char* s, const char* e) {
    if (e - s < 4) return -1;
    int v = 0;
    for (int k = 0; k < 4; ++k) {
        char c = s[k];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

// A string's contents with its escapes undone (the parser checked them).
static std::string unescape(const char* s, const char* e) {
    std::string out;
    out.reserve(size_t(e - s));
    while (s < e) {
        const char* bs = static_cast<const char*>(std::memchr(s, '\\', size_t(e - s)));
        if (!bs) {
            out.append(s, size_t(e - s));
            break;
        }
        out.append(s, size_t(bs - s));
        s = bs + 1;
        if (s >= e) break;
        char c = *s++;
        switch (c) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                int u = hex4(s, e);
                if (u < 0) {
                    out += "\xEF\xBF\xBD";
                    break;
                }
                s += 4;
                uint32_t cp = uint32_t(u);
                if (cp >= 0xD800 && cp < 0xDC00 && e - s >= 6 && s[0] == '\\' && s[1] == 'u') {
                    int lo = hex4(s + 2, e);
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + uint32_t(lo - 0xDC00);
                        s += 6;
                    }
                }
                if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;  // a lone surrogate
                np::text::append_utf8(out, cp);  // core/text.cpp
                break;
            }
            default: out += c;  // \" \\ \/
        }
    }
    return out;
}

std::string Value::str() const {
    if (!is_string()) return {};
    const Node& n = d_->nodes_[i_];
    const char* s = d_->text_ + n.a;
    const char* e = d_->text_ + n.b;
    if (!n.escaped) return std::string(s, size_t(e - s));
    return unescape(s, e);
}

std::string_view Value::raw() const {
    if (!is_string() && !is_number()) return {};
    const Node& n = d_->nodes_[i_];
    return std::string_view(d_->text_ + n.a, n.b - n.a);
}

size_t Value::size() const {
    size_t n = 0;
    for (auto it = begin(); it != end(); ++it) ++n;
    return n;
}

std::string_view Value::key() const {
    if (!d_) return {};
    const Node& n = d_->nodes_[i_];
    return std::string_view(d_->text_ + n.key_a, n.key_b - n.key_a);
}

Value Value::find(std::string_view key) const {
    if (!is_object()) return {};
    for (uint32_t c = d_->nodes_[i_].first; c; c = d_->nodes_[c].next) {
        const Node& n = d_->nodes_[c];
        if (n.key_escaped) {  // rare: "\u0074ext" is the key "text"
            if (unescape(d_->text_ + n.key_a, d_->text_ + n.key_b) == key) return Value(d_, c);
        } else if (n.key_b - n.key_a == key.size() && std::memcmp(d_->text_ + n.key_a, key.data(), key.size()) == 0) {
            return Value(d_, c);
        }
    }
    return {};
}

Value::iterator Value::begin() const {
    if (!is_array() && !is_object()) return iterator(d_, 0);
    return iterator(d_, d_->nodes_[i_].first);
}

Value::iterator& Value::iterator::operator++() {
    i_ = d_->nodes_[i_].next;
    return *this;
}

}  // namespace np::jv
