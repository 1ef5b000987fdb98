// text.cpp — UTF-8 helpers (see text.hpp for the index).
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

// One walk shared by fold() and fold_hash(): `emit` receives the key's bytes.
template <class Emit>
static void fold_walk(std::string_view w, uint32_t start, uint32_t end, Emit&& emit) {
    if (end > w.size()) end = uint32_t(w.size());
    bool pending_space = false, any = false;
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    for (size_t i = start; i < end;) {
        unsigned char c = p[i];
        if (c < 0x80) {
            // One table look-up per ASCII byte instead of a chain of comparisons.
            uint16_t m = kFoldAscii[c];
            ++i;
            if (m >= kFoldSpace) {
                if (m == kFoldSpace) pending_space = any;
                continue;  // kFoldSkip: ignorable placeholder
            }
            if (pending_space) { emit(' '); pending_space = false; }
            any = true;
            emit(char(m));
            continue;
        }
        int len;
        uint32_t cp = decode(w, i, len);
        i += size_t(len);
        CharClass cc = classify(cp);
        if (cc == CharClass::space) { pending_space = any; continue; }
        if (cc == CharClass::ignorable) continue;
        if (pending_space) { emit(' '); pending_space = false; }
        any = true;
        if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0xAB || cp == 0xBB) { emit('"'); continue; }
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2BC || cp == 0xB4) { emit('\''); continue; }
        if (is_dash(cp)) { emit('-'); continue; }
        if (cp == 0x2026) { emit('.'); emit('.'); emit('.'); continue; }
        if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;  // Latin-1 capitals
        // re-encode (2..4 bytes)
        if (cp < 0x800) { emit(char(0xC0 | (cp >> 6))); emit(char(0x80 | (cp & 0x3F))); }
        else if (cp < 0x10000) { emit(char(0xE0 | (cp >> 12))); emit(char(0x80 | ((cp >> 6) & 0x3F))); emit(char(0x80 | (cp & 0x3F))); }
        else { emit(char(0xF0 | (cp >> 18))); emit(char(0x80 | ((cp >> 12) & 0x3F))); emit(char(0x80 | ((cp >> 6) & 0x3F))); emit(char(0x80 | (cp & 0x3F))); }
    }
}

std::string fold(std::string_view work, uint32_t start, uint32_t end) {
    std::string out;
    if (start < end) out.reserve(end - start);
    fold_walk(work, start, end, [&](char c) { out.push_back(c); });
    return out;
}

uint64_t fold_hash(std::string_view work, uint32_t start, uint32_t end) {
    // Bytes are packed 8 at a time into one multiply-mix step (4-8x fewer serial multiplies
    // than byte-wise FNV); the length is mixed in at the end.
    uint64_t h = 0x243F6A8885A308D3ull, word = 0, n = 0;
    fold_walk(work, start, end, [&](char c) {
        word = (word << 8) | static_cast<unsigned char>(c);
        if ((++n & 7) == 0) {
            h = (h ^ word) * 0x9FB21C651E98DF25ull;
            h ^= h >> 29;
            word = 0;
        }
    });
    h = (h ^ word) * 0x9FB21C651E98DF25ull;
    return mix64(h ^ n);
}

}  // namespace np::text
