// text.cpp — UTF-8 helpers (see text.hpp for the index).
#include <cstring>

#include "text.hpp"

namespace np::text {

// ---- 2. Decoding -----------------------------------------------------------------------------
int utf8_valid_len(const unsigned char* p, size_t n) {
    unsigned char c = p[0];
    if (c < 0x80) return 1;
    int len; uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return 0;
    if (size_t(len) > n) return 0;
    for (int i = 1; i < len; ++i) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
    return len;
}

uint32_t decode_multibyte(std::string_view s, size_t i, int& len) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
    unsigned char c = p[0];
    if (c < 0x80) { len = 1; return c; }
    len = utf8_valid_len(p, s.size() - i);
    if (len == 0) { len = 1; return 0x1A; }  // cannot happen in work text; be safe
    uint32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (p[k] & 0x3F);
    return cp;
}

size_t prev_start(std::string_view s, size_t i) {
    size_t j = i - 1;
    int guard = 0;
    while (j > 0 && guard < 3 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) { --j; ++guard; }
    return j;
}

// ---- Character classes ---------------------------------------------------------------------------
CharClass classify_non_ascii(uint32_t cp) {
    if (cp < 0x80) return classify(cp);
    if (cp < 0xC0) {  // Latin-1 punctuation and symbols
        switch (cp) {
            case 0xAA: case 0xB5: case 0xBA: return CharClass::letter;
            case 0xB2: case 0xB3: case 0xB9: case 0xBC: case 0xBD: case 0xBE: return CharClass::digit;
            case 0xA1: case 0xAB: case 0xB7: case 0xBB: case 0xBF: return CharClass::punct;
            case 0xA0: return CharClass::space;
            case 0xAD: return CharClass::ignorable;
            default: return CharClass::symbol;
        }
    }
    if (cp == 0xD7 || cp == 0xF7) return CharClass::symbol;
    if (cp >= 0x2000 && cp <= 0x200A) return CharClass::space;
    if (cp >= 0x200B && cp <= 0x200F) return CharClass::ignorable;
    if (cp >= 0x2010 && cp <= 0x2027) return CharClass::punct;
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000) return CharClass::space;
    if (cp >= 0x2030 && cp <= 0x205E) return CharClass::punct;
    if (cp >= 0x2060 && cp <= 0x206F) return CharClass::ignorable;
    if (cp >= 0x20A0 && cp <= 0x20CF) return CharClass::symbol;  // currency
    if (cp >= 0x2100 && cp <= 0x2BFF) return CharClass::symbol;  // letterlike, arrows, math, shapes
    if (cp >= 0x3001 && cp <= 0x303F) return CharClass::punct;   // CJK punctuation
    if (cp >= 0xFF01 && cp <= 0xFF0F) return CharClass::punct;   // full-width ASCII punctuation
    if (cp == 0xFEFF) return CharClass::ignorable;
    if (cp >= 0xFE30 && cp <= 0xFE4F) return CharClass::punct;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return CharClass::symbol;  // emoji
    return CharClass::letter;
}

bool is_upper(uint32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0;
    if (cp >= 0x391 && cp <= 0x3A9) return true;
    if (cp >= 0x400 && cp <= 0x42F) return true;
    return false;
}

bool is_lower(uint32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
    if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 1;
    if (cp >= 0x3B1 && cp <= 0x3C9) return true;
    if (cp >= 0x430 && cp <= 0x45F) return true;
    return false;
}

// ---- 1. Display ------------------------------------------------------------------------------------
void append_utf8(std::string& out, uint32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

void utf16_to_utf8(std::string_view s, bool big_endian, std::string& out) {
    out.reserve(out.size() + s.size() + s.size() / 2);
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size() / 2;
    auto unit = [&](size_t i) -> uint32_t {
        return big_endian ? (uint32_t(p[2 * i]) << 8 | p[2 * i + 1]) : (uint32_t(p[2 * i + 1]) << 8 | p[2 * i]);
    };
    for (size_t i = 0; i < n; ++i) {
        uint32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n) {
            uint32_t v = unit(i + 1);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
                ++i;
                continue;
            }
        }
        append_utf8(out, u);  // a lone surrogate becomes U+FFFD
    }
    if (s.size() % 2) append_utf8(out, 0xFFFD);
}

std::string display(std::string_view s, uint32_t start, uint32_t end) {
    std::string out;
    if (end > s.size()) end = uint32_t(s.size());
    if (start >= end) return out;
    out.reserve(end - start);
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (size_t i = start; i < end;) {
        int len = utf8_valid_len(p + i, end - i);
        if (len == 0) { out += "\xEF\xBF\xBD"; ++i; continue; }
        unsigned char c = p[i];
        if (len == 1) {
            out += (c < 0x20 && c != '\n') || c == 0x7F ? ' ' : char(c);
        } else if (len == 3 && c == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] >= 0x8B && p[i + 2] <= 0x8D)) {
            // zero-width space / non-joiner / joiner: invisible, dropped
        } else if (len == 3 && c == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF) {
            // BOM / zero-width no-break space: dropped
        } else {
            out.append(reinterpret_cast<const char*>(p + i), size_t(len));
        }
        i += size_t(len);
    }
    return out;
}

std::string display_name(std::string_view s, uint32_t start, uint32_t end) {
    std::string out = display(s, start, end);
    size_t w = 0;
    for (size_t r = 0; r < out.size(); ++r) {
        const char c = out[r] == '\n' || out[r] == '\t' ? ' ' : out[r];
        if (c == ' ' && w > 0 && out[w - 1] == ' ') continue;
        out[w++] = c;
    }
    out.resize(w);
    return out;
}

// ---- 3. Comparison keys --------------------------------------------------------------------------
// The fold of each ASCII byte: the byte itself, lowercased ('`' -> '\''), or one of two
// markers: whitespace (collapsed into one pending space) and the ignorable 0x7F (dropped).
constexpr uint16_t kFoldSpace = 0x100, kFoldSkip = 0x101;
constexpr auto kFoldAscii = [] {
    struct T { uint16_t v[128] = {}; constexpr uint16_t operator[](size_t i) const { return v[i]; } } t{};
    for (int c = 0; c < 128; ++c) t.v[c] = uint16_t(c >= 'A' && c <= 'Z' ? c + 32 : c == '`' ? '\'' : c);
    t.v[size_t(' ')] = t.v[size_t('\n')] = t.v[size_t('\t')] = t.v[size_t('\r')] = kFoldSpace;
    t.v[0x7F] = kFoldSkip;
    return t;
}();

// ---- the 8-byte fast path of fold_walk -------------------------------------------------------
// A chunk of 8 bytes qualifies when each byte is printable ASCII other than '`' and 0x7F, or a
// space / newline, with no two whitespace bytes in a row. Then its key is the chunk itself with
// capitals lowercased and whitespace as ' ', minus a leading or trailing whitespace byte (those
// open or continue a whitespace run, handled by the caller's pending-space state).
struct FoldChunk {
    uint64_t bytes;  // the folded chunk (whitespace bytes as ' ')
    bool first_ws, last_ws;
};
static bool fold_chunk(const unsigned char* s, FoldChunk& out) {
    uint64_t x = load8(reinterpret_cast<const char*>(s));
    if (x & kHigh) return false;
    // With bit 7 clear everywhere, (x | 0x80..) - n*0x01.. borrows within each byte only:
    // bit 7 of a byte then ends up clear exactly when that byte is < n.
    uint64_t below_space = ~((x | kHigh) - kOnes * 0x20) & kHigh;
    uint64_t nl = bytes_equal(x, '\n');
    uint64_t ws = bytes_equal(x, ' ') | nl;
    if ((below_space & ~nl) | bytes_equal(x, 0x7F) | bytes_equal(x, '`') | (ws & (ws << 8))) return false;
    // 'A'..'Z' -> +0x20: bit 7 of (byte + 0x3F) says >= 'A', of (byte + 0x25) says >= '['.
    uint64_t upper = (x + kOnes * (0x80 - 'A')) & ~(x + kOnes * (0x80 - '[')) & kHigh;
    x |= upper >> 2;
    uint64_t wsb = (ws >> 7) * 0xFF;    // 0xFF in every whitespace byte
    out.bytes = (x & ~wsb) | (wsb & (kOnes * 0x20));
    out.first_ws = (ws & 0x80) != 0;
    out.last_ws = (ws >> 63) != 0;
    return true;
}

// One walk shared by fold() and fold_hash(): the key's bytes go to `out.put(c)`, or several at
// once to `out.put_n(v, len)` (len 1..8 bytes, packed little endian in v, higher bytes zero).
template <class Sink>
static void fold_walk(std::string_view w, uint32_t start, uint32_t end, Sink& out) {
    if (end > w.size()) end = uint32_t(w.size());
    bool pending_space = false, any = false;
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    size_t next_try = start;  // after a chunk fails, its 8 bytes go through the byte loop
    for (size_t i = start; i < end;) {
        FoldChunk ch;
        if (i >= next_try && i + 8 <= end) {
            if (fold_chunk(p + i, ch)) {
                uint64_t v = ch.bytes;
                unsigned len = 8;
                if (ch.first_ws) {  // continues or opens a whitespace run
                    pending_space = pending_space || any;
                    v >>= 8;
                    len = 7;
                }
                if (pending_space) out.put(' ');
                any = true;
                pending_space = ch.last_ws;  // a trailing whitespace byte opens a run
                if (ch.last_ws) {
                    --len;
                    v &= ~(uint64_t(0xFF) << (8 * len));
                }
                out.put_n(v, len);
                i += 8;
                continue;
            }
            next_try = i + 8;
        }
        unsigned char c = p[i];
        if (c < 0x80) {
            // One table look-up per ASCII byte instead of a chain of comparisons.
            uint16_t m = kFoldAscii[c];
            ++i;
            if (m >= kFoldSpace) {
                if (m == kFoldSpace) pending_space = any;
                continue;  // kFoldSkip: ignorable placeholder
            }
            if (pending_space) { out.put(' '); pending_space = false; }
            any = true;
            out.put(char(m));
            continue;
        }
        int len;
        uint32_t cp = decode(w, i, len);
        i += size_t(len);
        CharClass cc = classify(cp);
        if (cc == CharClass::space) { pending_space = any; continue; }
        if (cc == CharClass::ignorable) continue;
        if (pending_space) { out.put(' '); pending_space = false; }
        any = true;
        if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0xAB || cp == 0xBB) { out.put('"'); continue; }
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2BC || cp == 0xB4) { out.put('\''); continue; }
        if (is_dash(cp)) { out.put('-'); continue; }
        if (cp == 0x2026) { out.put('.'); out.put('.'); out.put('.'); continue; }
        if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;  // Latin-1 capitals
        // re-encode (2..4 bytes)
        if (cp < 0x800) { out.put(char(0xC0 | (cp >> 6))); out.put(char(0x80 | (cp & 0x3F))); }
        else if (cp < 0x10000) { out.put(char(0xE0 | (cp >> 12))); out.put(char(0x80 | ((cp >> 6) & 0x3F))); out.put(char(0x80 | (cp & 0x3F))); }
        else { out.put(char(0xF0 | (cp >> 18))); out.put(char(0x80 | ((cp >> 12) & 0x3F))); out.put(char(0x80 | ((cp >> 6) & 0x3F))); out.put(char(0x80 | (cp & 0x3F))); }
    }
}

std::string fold(std::string_view work, uint32_t start, uint32_t end) {
    struct StringSink {
        std::string s;
        void put(char c) { s.push_back(c); }
        void put_n(uint64_t v, unsigned len) {
            char b[8];
            std::memcpy(b, &v, 8);
            s.append(b, len);
        }
    } out;
    if (start < end) out.s.reserve(end - start);
    fold_walk(work, start, end, out);
    return std::move(out.s);
}

uint64_t fold_hash(std::string_view work, uint32_t start, uint32_t end) {
    // The key's bytes are packed 8 at a time (little endian) into one multiply-mix step; the
    // length is mixed in at the end, so different keys collide only by chance (2^-64). Only
    // compared with other fold_hash() values of the same build, never stored.
    struct HashSink {
        uint64_t h = 0x243F6A8885A308D3ull, acc = 0, n = 0;
        void step(uint64_t word) {
            h = (h ^ word) * 0x9FB21C651E98DF25ull;
            h ^= h >> 29;
        }
        void put(char c) {
            unsigned fill = unsigned(n & 7);
            acc |= uint64_t(static_cast<unsigned char>(c)) << (8 * fill);
            if (fill == 7) { step(acc); acc = 0; }
            ++n;
        }
        void put_n(uint64_t v, unsigned len) {
            unsigned fill = unsigned(n & 7);
            n += len;
            if (fill + len < 8) { acc |= v << (8 * fill); return; }
            step(acc | (v << (8 * fill)));
            acc = fill == 0 ? 0 : v >> (64 - 8 * fill);  // the bytes that did not fit
        }
    } out;
    fold_walk(work, start, end, out);
    out.step(out.acc);
    return mix64(out.h ^ out.n);
}

}  // namespace np::text
