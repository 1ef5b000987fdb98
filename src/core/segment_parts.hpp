// segment_parts.hpp — internal pieces of the segmentation stage, testable alone.
//   segment.cpp    lines -> paragraphs -> segments (kind), then per segment:
//   sentences.cpp  sentence boundaries (abbreviations, initials, decimals, quotes)
//   tokenize.cpp   tokens (words, numbers, punctuation, clitics, dotted acronyms)
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "text.hpp"

namespace np::seg {

// Where segment() puts what it cuts: the document's own vectors, or (one document cut on two
// threads, segment.cpp) a second set for the second part, appended afterwards.
struct SegmentSink {
    std::string_view work;
    std::vector<Segment>& segments;
    std::vector<Sentence>& sentences;
    std::vector<Token>* tokens;  // null in clean-only mode (no tokens made here)
};

// Appends the sentences of doc.segments[seg] (and their tokens) to doc.sentences/tokens,
// and sets the segment's first_sentence/sentence_count.
void split_sentences(Document& doc, uint32_t seg);
// The same into a sink (indexes are the sink's own: its segment `seg`, its sentences).
void split_sentences(SegmentSink& out, uint32_t seg);

// Appends the tokens of work[start,end) to `doc.tokens`; returns how many were added.
uint32_t tokenize(Document& doc, uint32_t start, uint32_t end);
// The same into any vector (clean-only mode rebuilds a segment's tokens: segment_tokens()).
uint32_t tokenize(std::string_view work, uint32_t start, uint32_t end, std::vector<Token>& out);
// The same with every fast path off (the general per-code-point code alone): the reference
// the fast paths are tested against (test_tokenize_fast.cpp). Not for production use.
uint32_t tokenize_plain(std::string_view work, uint32_t start, uint32_t end, std::vector<Token>& out);

// A Token built as one 64-bit value: `start` in the low half, then `end` (28 bits) and `kind`
// (4 bits) in the high half, the layout GCC and clang give the bit-fields on every target we
// build (little-endian; checked by test_clean_speed.cpp). Built field by field, each push_back
// read the destination back to merge the bit-fields (~10 more instructions a token).
inline Token make_token(uint32_t s, uint32_t e, TokenKind k) {
    const uint64_t bits = uint64_t(s) | (uint64_t((e & 0xFFFFFFFu) | (uint32_t(k) << 28)) << 32);
    Token t;
    std::memcpy(static_cast<void*>(&t), &bits, sizeof t);
    return t;
}

// Abbreviation kinds for the word before a '.' (without the dot).
enum class Abbrev : uint8_t {
    none,
    title,      // Mr, Dr, Gen, Sen ... : never ends a sentence, always takes its dot
    month,      // Jan, Feb ... : ends a sentence only when no number follows
    closing,    // Inc, Corp, Co, Ltd, Jr, etc : ends a sentence before a sentence starter
    number,     // No, Nos, Vol, pp, Fig : takes its dot when a number follows
};
Abbrev abbreviation(std::string_view word);
// No abbreviation is longer (checked at compile time in sentences.cpp): a longer word before
// a '.' is Abbrev::none without a look-up.
inline constexpr size_t kMaxAbbrevBytes = 6;

// "U.S", "U.K", "a.m", "e.g": single letters joined by dots (the final dot excluded).
bool is_dotted_acronym(std::string_view word);

// A word that usually starts a sentence (The, But, It ...): resolves "U.S. The" / "Inc. It".
bool is_sentence_starter(std::string_view word);

// Length in bytes of a list bullet at work[i] ("- ", "• ", "1. ", "2) ", "(a) "), 0 if none.
uint32_t bullet_length(std::string_view work, uint32_t i, uint32_t end);
// The line's first word (up to the first ' ' in [s, e), or all of it): {its byte length, its
// UTF-8 continuation bytes}. 8 bytes a step (the byte loop was ~1.6M of ~100M instructions
// per MB of Core I); tested against a byte loop in test_clean_speed_firstword.cpp.
struct FirstWord { uint32_t bytes, cont; };
// Inline: called once per line, and most first words are a few bytes (a call costs what the
// scan saves).
inline FirstWord first_word(std::string_view w, uint32_t s, uint32_t e) {
    uint32_t i = s, cont = 0;
    for (; i + 8 <= e; i += 8) {
        const uint64_t x = text::load8(w.data() + i);
        // Continuation bytes are 10xxxxxx: bit 7 set, bit 6 (shifted up into bit 7) clear.
        // Counted by a multiply that sums the bytes' 0/1 into the top byte (no popcount:
        // without -mpopcnt it is a library call).
        const uint64_t c = (x & ~(x << 1) & text::kHigh) >> 7;
        const uint64_t sp = text::first_zero_bytes(x ^ (text::kOnes * ' '));
        if (sp) {
            const uint32_t k = text::first_byte(sp);  // 0..7: bytes before the space
            cont += k ? uint32_t(((c & (~0ull >> (64 - 8 * k))) * text::kOnes) >> 56) : 0;
            return {i + k - s, cont};
        }
        cont += uint32_t((c * text::kOnes) >> 56);
    }
    for (; i < e && w[i] != ' '; ++i) cont += (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80;
    return {i - s, cont};
}
// False when no bullet can start with byte b (bullet_length() is then 0): a test per line
// that skips the call for almost every line of prose. The multi-byte bullets (· • ‣ ◦ ▪ ●
// – — ■ ⁃ ➤ ►) all start with C2 or E2.
inline bool may_start_bullet(unsigned char b) {
    return b == '-' || b == '*' || b == '+' || b == '(' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'h') ||
           b == 0xC2 || b == 0xE2;
}

}  // namespace np::seg
