// text.hpp — small UTF-8 helpers shared by every stage.
//
// Index
//   1. Display (original bytes -> valid UTF-8 for users)
//   2. Decoding and character classes (on `work` text)
//   3. Comparison keys: fold() and fold_hash() (case, quote, dash, whitespace variants)
//   4. Hashing (fast 64-bit, no allocation)
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace np::text {

// ---- 1. Display ---------------------------------------------------------------------------
// Bytes [start,end) of `original` as valid UTF-8: each invalid byte becomes U+FFFD,
// zero-width characters are dropped, control characters become spaces.
std::string display(std::string_view original, uint32_t start, uint32_t end);

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
// ASCII by table (the hot path of every stage), the rest by ranges.
inline CharClass classify(uint32_t cp) {
    constexpr CharClass S = CharClass::space, L = CharClass::letter, D = CharClass::digit,
                        P = CharClass::punct, Y = CharClass::symbol, I = CharClass::ignorable;
    constexpr CharClass kAscii[128] = {
        S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,  // 0x00 (0x1A is set below)
        S, S, S, S, S, S, S, S, S, S, L, S, S, S, S, S,  // 0x10: 0x1A = invalid byte = letter
        S, P, P, Y, Y, Y, Y, P, P, P, Y, Y, P, P, P, P,  // ' ' ! " # $ % & ' ( ) * + , - . /
        D, D, D, D, D, D, D, D, D, D, P, P, Y, Y, Y, P,  // 0-9 : ; < = > ?
        Y, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,  // @ A-O
        L, L, L, L, L, L, L, L, L, L, L, P, P, P, Y, P,  // P-Z [ \ ] ^ _
        Y, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,  // ` a-o
        L, L, L, L, L, L, L, L, L, L, L, P, Y, P, Y, I,  // p-z { | } ~ DEL(0x7F = ignorable)
    };
    return cp < 0x80 ? kAscii[cp] : classify_non_ascii(cp);
}

bool is_upper(uint32_t cp);  // ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic capitals
bool is_lower(uint32_t cp);
bool is_open_quote(uint32_t cp);   // " ' “ ‘ « „ ( [
bool is_close_quote(uint32_t cp);  // " ' ” ’ » ) ]
bool is_dash(uint32_t cp);         // - ‐ ‑ ‒ – — ―
bool is_apostrophe(uint32_t cp);   // ' ’ ʼ

// ---- 3. Comparison keys ------------------------------------------------------------------------
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

}  // namespace np::text
