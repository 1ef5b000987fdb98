// ner_text.hpp — word-level helpers for the entity tagger: case classes, folding, shapes, hashes.
// Letters outside ASCII are handled for Latin-1 Supplement / Latin Extended-A (accented names);
// other multibyte characters count as lowercase letters, which is what a tagger needs (no case).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace np::ner {

enum class Case : uint8_t { lower, title, upper, mixed, digit, punct, other };

Case case_of(std::string_view w);
bool has_upper(std::string_view w);
bool has_letter(std::string_view w);
bool has_digit(std::string_view w);

// Lowercase (ASCII + Latin-1/Extended-A letters), other bytes copied.
std::string lower(std::string_view w);
// One pass over a word: sets hash = hash_lower(w), returns case_of(w) and, unless w is its own
// lowercase (ASCII without capitals: most words), appends lower(w) to `lower_out` and sets
// `appended` (the entity stage needs all three for every word).
Case word_facts(std::string_view w, std::string& lower_out, uint64_t& hash, bool& appended);
// Appends lower(w) to out (no temporary string for ASCII words).
void lower_append(std::string_view w, std::string& out);
// Every byte of w is printable ASCII (0x20-0x7E). Eight bytes at a time (why: group_entities
// asks it for the text of every mention); printable_ascii_plain is the byte loop.
bool printable_ascii(std::string_view w);
bool printable_ascii_plain(std::string_view w);
// Uppercase (same letter ranges as lower()).
std::string upper(std::string_view w);
// First letter upper, the rest lower ("LONDON" -> "London").
std::string title(std::string_view w);
// Compressed word shape: "Obama"->"Xx", "U.S."->"X.X.", "1996-08-30"->"d-d-d", "$1.2bn"->"$d.dx".
std::string shape(std::string_view w);

// hash_bytes(shape(w), seed) without building the shape string.
uint64_t shape_hash(std::string_view w, uint64_t seed);
// 64-bit FNV-1a then a finalizer; stable across platforms (model features depend on it).
constexpr uint64_t hash_bytes(std::string_view s, uint64_t seed = 0) {  // inline: hot and short; constexpr: tables of word hashes
    uint64_t h = 1469598103934665603ull ^ seed;
    for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
    h ^= h >> 33; h *= 0xFF51AFD7ED558CCDull; h ^= h >> 33;
    return h;
}
// hash_bytes(lower(w)) without building the lowercase copy for ASCII words.
uint64_t hash_lower(std::string_view w);
inline uint64_t mix(uint64_t a, uint64_t b) {
    uint64_t h = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull + (a << 6) + (a >> 2));
    h ^= h >> 31; h *= 0xBF58476D1CE4E5B9ull; h ^= h >> 29;
    return h;
}

}  // namespace np::ner
