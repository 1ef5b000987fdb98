// text.hpp — small UTF-8 helpers shared by every stage.
//
// Index
//   1. Display (original bytes -> valid UTF-8 for users)
//   2. Decoding and character classes (on `work` text)
//   3. Comparison keys: fold() and fold_hash() (case, quote, dash, whitespace variants)
//   4. Hashing (fast 64-bit, no allocation)
//   5. Constant word sets (built at compile time, looked up by hash)
//   6. Word-at-a-time byte tests (8 bytes per step)
#pragma once
#include <cstddef>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace np::text {

// ---- 1. Display ---------------------------------------------------------------------------
// Bytes [start,end) of `original` as valid UTF-8: each invalid byte becomes U+FFFD,
// zero-width characters are dropped, control characters become spaces.
std::string display(std::string_view original, uint32_t start, uint32_t end);
// display() for a name or a role: a line break or a run of spaces inside it (hard-wrapped wire
// copy: "Michael\nJopling") is one space.
std::string display_name(std::string_view original, uint32_t start, uint32_t end);

// ---- 2. Decoding and character classes -------------------------------------------------------
// Length of the valid UTF-8 sequence at p (1..4), or 0 if the byte at p starts none.
int utf8_valid_len(const unsigned char* p, size_t n);

// Decodes the code point at s[i] of a `work` string (always well formed except for the
// placeholder bytes 0x1A / 0x7F, which decode as themselves). Sets `len` (>= 1).
uint32_t decode_multibyte(std::string_view s, size_t i, int& len);
inline uint32_t decode(std::string_view s, size_t i, int& len) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { len = 1; return c; }
    return decode_multibyte(s, i, len);
}

// Appends code point `cp` as UTF-8 (surrogates and values above U+10FFFF become U+FFFD).
void append_utf8(std::string& out, uint32_t cp);

// UTF-16 (without its BOM) to UTF-8, appended to `out`; unpaired surrogates and an odd last
// byte become U+FFFD. Shared by the input decoder and the HTML charset decoder.
void utf16_to_utf8(std::string_view s, bool big_endian, std::string& out);

// Start of the code point that ends just before s[i] (i > 0).
size_t prev_start(std::string_view s, size_t i);

enum class CharClass : uint8_t {
    space,      // ' ', '\n' in work text
    ignorable,  // 0x7F: zero-width / soft hyphen placeholder, invisible
    letter,     // letters of any script, 0x1A (invalid byte stands for a letter)
    digit,
    punct,      // . , ; : ! ? quotes brackets dashes ellipsis ...
    symbol,     // $ % & + = < > © € ...
};
CharClass classify_non_ascii(uint32_t cp);
// ASCII by table (the hot path of every stage), the rest by ranges. The table lives at
// namespace scope: a constexpr array local to classify() was rebuilt on the stack at every
// call (a third of the tokenizer's instructions).
namespace detail {
inline constexpr CharClass S = CharClass::space, L = CharClass::letter, D = CharClass::digit,
                           P = CharClass::punct, Y = CharClass::symbol, I = CharClass::ignorable;
inline constexpr CharClass kAsciiClass[128] = {
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,  // 0x00 (0x1A is set below)
    S, S, S, S, S, S, S, S, S, S, L, S, S, S, S, S,  // 0x10: 0x1A = invalid byte = letter
    S, P, P, Y, Y, Y, Y, P, P, P, Y, Y, P, P, P, P,  // ' ' ! " # $ % & ' ( ) * + , - . /
    D, D, D, D, D, D, D, D, D, D, P, P, Y, Y, Y, P,  // 0-9 : ; < = > ?
    Y, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,  // @ A-O
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, Y, P,  // P-Z [ \ ] ^ _
    Y, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,  // ` a-o
    L, L, L, L, L, L, L, L, L, L, L, P, Y, P, Y, I,  // p-z { | } ~ DEL(0x7F = ignorable)
};
}  // namespace detail
inline CharClass classify(uint32_t cp) {
    return cp < 0x80 ? detail::kAsciiClass[cp] : classify_non_ascii(cp);
}

bool is_upper(uint32_t cp);  // ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic capitals
bool is_lower(uint32_t cp);
// Inline: called per token / per line boundary.
inline bool is_open_quote(uint32_t cp) {  // " ' “ ‘ « „ ‚ ( [
    return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == 0x201E ||
           cp == 0x201A || cp == '(' || cp == '[';
}
inline bool is_close_quote(uint32_t cp) {  // " ' ” ’ » ) ]
    return cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == ')' || cp == ']';
}
inline bool is_dash(uint32_t cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }  // - ‐ ‑ ‒ – — ― −
inline bool is_apostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2BC; }  // ' ’ ʼ

// ---- 3. Comparison keys ------------------------------------------------------------------------
// ASCII case-insensitive equality ("NATO" and "Nato", "UTF-8" and "utf-8").
inline bool ascii_iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const char x = a[i] >= 'A' && a[i] <= 'Z' ? char(a[i] + 32) : a[i];
        const char y = b[i] >= 'A' && b[i] <= 'Z' ? char(b[i] + 32) : b[i];
        if (x != y) return false;
    }
    return true;
}
// The comparison key of work[start,end): ASCII and Latin-1 letters lowercased, every quote
// variant -> ' or ", every dash variant -> '-', ellipsis -> "...", runs of whitespace -> one
// space, ignorable bytes dropped, leading/trailing space removed. Two segments are "exact
// repeats" when their keys are equal.
std::string fold(std::string_view work, uint32_t start, uint32_t end);
// Hash of fold(work,start,end) computed without building the string.
uint64_t fold_hash(std::string_view work, uint32_t start, uint32_t end);

// ---- 4. Hashing ---------------------------------------------------------------------------------
// 64-bit finalizer (splitmix64): good avalanche, used to combine and to derive permutations.
inline uint64_t mix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
// Streaming byte hash (FNV-1a style multiply + final mix): fast and dependency-free.
struct Hasher {
    uint64_t h = 0xCBF29CE484222325ull;
    void byte(unsigned char c) { h = (h ^ c) * 0x100000001B3ull; }
    uint64_t done() const { return mix64(h); }
};

// ---- 5. Constant word sets ---------------------------------------------------------------------
// A fixed set of short words (1..16 bytes) with a small value per word, built at compile time
// into an open-addressing table: a membership test packs the word into two integers, hashes
// them and compares one or two slots, instead of comparing against every word of a list.
// Lookups match exactly, or ASCII-case-insensitively with `lower` (the set's words must then
// be lower case). Slots must be a power of two, at least twice the number of words.
template <size_t Slots>
struct WordTable {
    static_assert((Slots & (Slots - 1)) == 0, "power of two");
    uint64_t lo[Slots] = {}, hi[Slots] = {};
    uint8_t len[Slots] = {};  // 0: empty slot
    uint8_t val[Slots] = {};
    size_t count = 0;
    bool bad = false;  // a word was empty or longer than 16 bytes, or the table is too full

    static constexpr bool pack(std::string_view w, bool lower, uint64_t& lo, uint64_t& hi) {
        if (w.empty() || w.size() > 16) return false;
        lo = hi = 0;
        for (size_t i = 0; i < w.size(); ++i) {
            uint64_t c = static_cast<unsigned char>(w[i]);
            if (lower && c >= 'A' && c <= 'Z') c += 32;
            if (i < 8) lo |= c << (8 * i);
            else hi |= c << (8 * (i - 8));
        }
        return true;
    }
    static constexpr size_t slot(uint64_t lo, uint64_t hi, size_t n) {
        uint64_t h = (lo ^ (hi * 0xC2B2AE3D27D4EB4Full) ^ n) * 0x9E3779B97F4A7C15ull;
        return size_t(h >> 40) & (Slots - 1);
    }
    // Adds w with value v (1..255); a word already present keeps its first value.
    constexpr void add(std::string_view w, uint8_t v) {
        uint64_t a = 0, b = 0;
        if (!pack(w, false, a, b) || (count + 1) * 2 > Slots) { bad = true; return; }
        size_t i = slot(a, b, w.size());
        while (len[i] != 0) {
            if (lo[i] == a && hi[i] == b && len[i] == w.size()) return;
            i = (i + 1) & (Slots - 1);
        }
        lo[i] = a, hi[i] = b, len[i] = uint8_t(w.size()), val[i] = v;
        ++count;
    }
    // The value of w, 0 when absent.
    constexpr uint8_t find(std::string_view w, bool lower = false) const {
        uint64_t a = 0, b = 0;
        if (!pack(w, lower, a, b)) return 0;
        for (size_t i = slot(a, b, w.size()); len[i] != 0; i = (i + 1) & (Slots - 1))
            if (lo[i] == a && hi[i] == b && len[i] == w.size()) return val[i];
        return 0;
    }
};

// A WordTable holding every word of `list` with value 1.
template <size_t Slots, size_t N>
constexpr WordTable<Slots> word_set(const std::string_view (&list)[N]) {
    WordTable<Slots> t;
    for (size_t i = 0; i < N; ++i) t.add(list[i], 1);
    return t;
}

// ---- 6. Word-at-a-time byte tests ----------------------------------------------------------------
// Scanning loops test 8 bytes per step with integer bit tricks (no SIMD intrinsics: the same
// code runs natively and in wasm). Bytes are numbered in memory order (little endian).
static_assert(std::endian::native == std::endian::little, "byte order of the 8-byte loads");
inline constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
inline uint64_t load8(const char* p) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
}
// 0x80 in every zero byte of v, 0 elsewhere (exact: no carry crosses bytes).
inline uint64_t zero_bytes(uint64_t v) {
    constexpr uint64_t low7 = ~kHigh;
    return ~(((v & low7) + low7) | v | low7);
}
// 0x80 in every byte of x equal to c.
inline uint64_t bytes_equal(uint64_t x, unsigned char c) { return zero_bytes(x ^ (kOnes * c)); }
// For first-match scans: 0x80 in the first zero byte of v, and possibly in bytes after it (a
// borrow from a zero byte can mark the byte above), 0 when v has no zero byte. Cheaper than
// zero_bytes() (3 operations, not 5); exact for first_byte(), and the OR of several such masks
// still has its lowest mark at the first byte that matches any of them.
inline uint64_t first_zero_bytes(uint64_t v) { return (v - kOnes) & ~v & kHigh; }
// Index (0..7) of the first marked byte of a nonzero mask.
inline uint32_t first_byte(uint64_t mask) { return uint32_t(std::countr_zero(mask)) >> 3; }

}  // namespace np::text
