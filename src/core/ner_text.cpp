// ner_text.cpp — case classes, folding, word shapes and hashes for the entity tagger.
#include "ner_text.hpp"

#include <cstring>

namespace np::ner {

namespace {

// Decodes one UTF-8 code point at s[i]; returns its length (1 on invalid bytes, cp=0xFFFD).
int decode(std::string_view s, size_t i, uint32_t& cp) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { cp = c; return 1; }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (len == 1 || i + len > s.size()) { cp = 0xFFFD; return 1; }
    cp = c & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        unsigned char d = (unsigned char)s[i + k];
        if ((d & 0xC0) != 0x80) { cp = 0xFFFD; return 1; }
        cp = (cp << 6) | (d & 0x3F);
    }
    return len;
}

void encode(uint32_t cp, std::string& out) {
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
    }
}

bool is_upper_cp(uint32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return true;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
    if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0;  // Latin Extended-A pairs (approximation)
    if (cp >= 0x391 && cp <= 0x3A9) return true;             // Greek capitals
    if (cp >= 0x410 && cp <= 0x42F) return true;             // Cyrillic capitals
    return false;
}
bool is_lower_cp(uint32_t cp) {
    if (cp >= 'a' && cp <= 'z') return true;
    if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) return true;
    if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 1;
    if (cp >= 0x3B1 && cp <= 0x3C9) return true;
    if (cp >= 0x430 && cp <= 0x44F) return true;
    return cp >= 0x80 && cp != 0xFFFD && !(cp >= 0x2000 && cp <= 0x2BFF);  // other scripts: caseless letters
}
uint32_t to_lower_cp(uint32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
    if (cp >= 0x100 && cp <= 0x17F && (cp & 1) == 0) return cp + 1;
    if (cp >= 0x391 && cp <= 0x3A9) return cp + 32;
    if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
    return cp;
}
uint32_t to_upper_cp(uint32_t cp) {
    if (cp >= 'a' && cp <= 'z') return cp - 32;
    if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 32;
    if (cp >= 0x100 && cp <= 0x17F && (cp & 1) == 1) return cp - 1;
    if (cp >= 0x3B1 && cp <= 0x3C9) return cp - 32;
    if (cp >= 0x430 && cp <= 0x44F) return cp - 32;
    return cp;
}

}  // namespace

uint64_t hash_lower(std::string_view w) {
    for (char c : w)
        if ((unsigned char)c >= 0x80) return hash_bytes(lower(w));
    uint64_t h = 1469598103934665603ull;  // same as hash_bytes(lower(w)), without the copy
    for (unsigned char c : w) { h ^= (c >= 'A' && c <= 'Z') ? c + 32 : c; h *= 1099511628211ull; }
    h ^= h >> 33; h *= 0xFF51AFD7ED558CCDull; h ^= h >> 33;
    return h;
}

Case case_of(std::string_view w) {
    int up = 0, low = 0, dig = 0, other = 0;
    bool first_up = false;
    bool ascii = true;
    for (char ch : w) ascii &= (unsigned char)ch < 0x80;
    if (ascii) {  // fast path: most news words
        for (char ch : w) {
            if (ch >= 'A' && ch <= 'Z') { if (up + low == 0) first_up = true; ++up; }
            else if (ch >= 'a' && ch <= 'z') ++low;
            else if (ch >= '0' && ch <= '9') ++dig;
            else ++other;
        }
        if (up + low == 0) return dig ? Case::digit : other ? Case::punct : Case::other;
        if (up == 0) return Case::lower;
        if (low == 0) return Case::upper;
        return first_up ? Case::title : Case::mixed;
    }
    for (size_t i = 0; i < w.size();) {
        uint32_t cp;
        int n = decode(w, i, cp);
        if (is_upper_cp(cp)) { if (up + low == 0) first_up = true; ++up; }
        else if (cp >= '0' && cp <= '9') ++dig;
        else if (is_lower_cp(cp)) ++low;
        else ++other;
        i += size_t(n);
    }
    if (up + low == 0) return dig ? Case::digit : other ? Case::punct : Case::other;
    if (up == 0) return Case::lower;
    if (low == 0) return Case::upper;
    if (first_up && up == 1) return Case::title;
    return first_up ? Case::title : Case::mixed;  // "McDonald", "O'Neill" count as title
}

bool has_upper(std::string_view w) {
    for (size_t i = 0; i < w.size();) {
        uint32_t cp;
        int n = decode(w, i, cp);
        if (is_upper_cp(cp)) return true;
        i += size_t(n);
    }
    return false;
}

bool has_letter(std::string_view w) {
    for (size_t i = 0; i < w.size();) {
        uint32_t cp;
        int n = decode(w, i, cp);
        if (is_upper_cp(cp) || is_lower_cp(cp)) return true;
        i += size_t(n);
    }
    return false;
}

bool has_digit(std::string_view w) {
    for (char c : w) if (c >= '0' && c <= '9') return true;
    return false;
}

std::string lower(std::string_view w) {
    std::string out;
    out.reserve(w.size());
    for (size_t i = 0; i < w.size();) {
        unsigned char c = (unsigned char)w[i];
        if (c < 0x80) { out += char(c >= 'A' && c <= 'Z' ? c + 32 : c); ++i; continue; }
        uint32_t cp;
        int n = decode(w, i, cp);
        if (cp == 0xFFFD && n == 1) out += w[i];
        else encode(to_lower_cp(cp), out);
        i += size_t(n);
    }
    return out;
}

namespace {
// Byte classes for word_facts: 1 upper, 2 lower, 4 digit, 8 other ASCII, 16 not ASCII.
// `shape` is the shape character of an ASCII byte (X upper, x lower, d digit, else itself).
struct ByteTables { uint8_t cls[256]; uint8_t low[256]; char shape[128]; };
constexpr ByteTables make_byte_tables() {
    ByteTables t{};
    for (int c = 0; c < 256; ++c) {
        t.cls[c] = c >= 0x80 ? 16 : (c >= 'A' && c <= 'Z') ? 1 : (c >= 'a' && c <= 'z') ? 2 : (c >= '0' && c <= '9') ? 4 : 8;
        t.low[c] = uint8_t((c >= 'A' && c <= 'Z') ? c + 32 : c);
        if (c < 128) t.shape[c] = (c >= 'A' && c <= 'Z') ? 'X' : (c >= '0' && c <= '9') ? 'd' : (c >= 'a' && c <= 'z') ? 'x' : char(c);
    }
    return t;
}
constexpr ByteTables kBytes = make_byte_tables();
}  // namespace

Case word_facts(std::string_view w, std::string& lower_out, uint64_t& hash, bool& appended) {
    // One pass over the bytes: classes and the hash of the lowercased bytes (right for ASCII).
    unsigned acc = 0;
    uint64_t h = 1469598103934665603ull;  // same as hash_lower(w)
    for (char ch : w) {
        const unsigned char b = (unsigned char)ch;
        acc |= kBytes.cls[b];
        h ^= kBytes.low[b];
        h *= 1099511628211ull;
    }
    if (acc & 16) {  // not ASCII: the general functions
        hash = hash_lower(w);
        lower_out += lower(w);
        appended = true;
        return case_of(w);
    }
    h ^= h >> 33; h *= 0xFF51AFD7ED558CCDull; h ^= h >> 33;
    hash = h;
    appended = (acc & 1) != 0;  // ASCII without capitals is its own lowercase
    if (appended) {
        const size_t at = lower_out.size();
        lower_out.resize(at + w.size());
        char* o = &lower_out[at];
        for (size_t i = 0; i < w.size(); ++i) o[i] = char(kBytes.low[(unsigned char)w[i]]);
    }
    if (!(acc & 3)) return (acc & 4) ? Case::digit : (acc & 8) ? Case::punct : Case::other;
    if (!(acc & 1)) return Case::lower;
    if (!(acc & 2)) return Case::upper;
    // Upper and lower letters: title if the first letter is upper (looked up only now: most
    // words never get here).
    for (char ch : w) {
        const unsigned c = kBytes.cls[(unsigned char)ch];
        if (c & 3) return c == 1 ? Case::title : Case::mixed;
    }
    return Case::mixed;  // not reached: the word has letters
}

bool printable_ascii_plain(std::string_view w) {
    for (char ch : w) {
        const unsigned char c = (unsigned char)ch;
        if (c < 0x20 || c >= 0x7F) return false;
    }
    return true;
}

bool printable_ascii(std::string_view w) {
    constexpr uint64_t k01 = 0x0101010101010101ull, k80 = 0x8080808080808080ull;
    size_t i = 0;
    for (; i + 8 <= w.size(); i += 8) {
        uint64_t x;
        std::memcpy(&x, w.data() + i, 8);
        // A byte < 0x20: (x - 0x20 per byte) & ~x has its top bit set for some byte (exact as
        // a yes/no answer). A byte > 0x7E: (x + 0x01 per byte) | x has a top bit set.
        if (((x - 0x20 * k01) & ~x & k80) | (((x + k01 * (127 - 0x7E)) | x) & k80)) return false;
    }
    return printable_ascii_plain(w.substr(i));
}

void lower_append(std::string_view w, std::string& out) {
    for (char c : w)
        if ((unsigned char)c >= 0x80) { out += lower(w); return; }
    // ASCII: one append, then capitals lowered in place (why: `out += c` per byte checked the
    // capacity for every byte; group_entities appends every canonical name this way).
    const size_t at = out.size();
    out.append(w);
    char* o = out.data() + at;
    for (size_t i = 0; i < w.size(); ++i)
        if (o[i] >= 'A' && o[i] <= 'Z') o[i] = char(o[i] + 32);
}

std::string upper(std::string_view w) {
    std::string out;
    out.reserve(w.size());
    for (size_t i = 0; i < w.size();) {
        uint32_t cp;
        int n = decode(w, i, cp);
        if (cp == 0xFFFD && n == 1) out += w[i];
        else encode(to_upper_cp(cp), out);
        i += size_t(n);
    }
    return out;
}

std::string title(std::string_view w) {
    std::string out;
    out.reserve(w.size());
    bool first = true;
    for (size_t i = 0; i < w.size();) {
        uint32_t cp;
        int n = decode(w, i, cp);
        if (cp == 0xFFFD && n == 1) { out += w[i]; i += 1; continue; }
        bool letter = is_upper_cp(cp) || is_lower_cp(cp);
        encode(first && letter ? to_upper_cp(cp) : to_lower_cp(cp), out);
        if (letter) first = false;
        // After an apostrophe or hyphen a new part starts: "O'NEILL" -> "O'Neill", "AL-ASSAD" -> "Al-Assad".
        if (cp == '-' || (cp == '\'' && out.size() <= 2)) first = true;
        i += size_t(n);
    }
    return out;
}

std::string shape(std::string_view w) {
    std::string out;
    char last = 0;
    for (size_t i = 0; i < w.size() && out.size() < 8;) {
        uint32_t cp;
        int n = decode(w, i, cp);
        char c;
        if (is_upper_cp(cp)) c = 'X';
        else if (cp >= '0' && cp <= '9') c = 'd';
        else if (is_lower_cp(cp)) c = 'x';
        else c = cp < 0x80 ? char(cp) : '*';
        if (c != last) out += c;
        last = c;
        i += size_t(n);
    }
    return out;
}

uint64_t shape_hash(std::string_view w, uint64_t seed) {
    uint64_t h = 1469598103934665603ull ^ seed;
    char last = 0;
    int len = 0;
    for (size_t i = 0; i < w.size() && len < 8;) {
        unsigned char b = (unsigned char)w[i];
        char c;
        if (b < 0x80) {  // ASCII fast path, same classes as shape()
            c = kBytes.shape[b];
            ++i;
        } else {
            uint32_t cp;
            int n = decode(w, i, cp);
            if (is_upper_cp(cp)) c = 'X';
            else if (cp >= '0' && cp <= '9') c = 'd';
            else if (is_lower_cp(cp)) c = 'x';
            else c = '*';
            i += size_t(n);
        }
        if (c != last) { h ^= (unsigned char)c; h *= 1099511628211ull; ++len; }
        last = c;
    }
    h ^= h >> 33; h *= 0xFF51AFD7ED558CCDull; h ^= h >> 33;
    return h;
}


}  // namespace np::ner
