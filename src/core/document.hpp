// document.hpp — the one data structure every stage reads and writes (spaCy's "Doc").
//
// Index
//   1. Offsets and spans
//   2. Normalization result (same-length "work" text)
//   3. Segments, sentences, tokens
//   4. Document: original text + work text + every stage's output
//
// Rules every stage follows:
//   * All offsets are UTF-8 byte offsets into the ORIGINAL input text, end exclusive.
//   * the work text (work_view()) has exactly the length of `text`: an offset means the same in both.
//     Stages read work_view() (clean whitespace, no invalid bytes); anything shown to a user is cut
//     from `text` and passed through text::display() (invalid bytes -> U+FFFD).
//   * The core never throws and never does I/O. Bad input degrades, it does not abort.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities_types.hpp"
#include "literal_eq.hpp"
#include "summary_types.hpp"

namespace np {

// ---- 1. Offsets and spans -------------------------------------------------------------
struct Span {
    uint32_t start = 0;
    uint32_t end = 0;  // exclusive
    uint32_t size() const { return end - start; }
    bool empty() const { return end <= start; }
};

// ---- 2. Normalization ------------------------------------------------------------------
// Byte rewrites applied to build `work` (each keeps the byte length):
//   invalid UTF-8 byte            -> 0x1A   (stands for U+FFFD; tokenizer treats it as a letter)
//   leading BOM EF BB BF          -> 3 spaces
//   "\r\n" -> " \n"; lone "\r"    -> "\n";  U+2028/U+2029 -> "\n" + 2 spaces
//   C0 controls, DEL, C1 controls -> spaces (except "\n")
//   NBSP and Unicode spaces       -> spaces (as many as the sequence has bytes)
//   zero-width chars, soft hyphen -> 0x7F bytes (ignorable: kept inside tokens, skipped by
//                                    text::fold()/comparison keys)
struct NormalizeStats {
    uint32_t invalid_bytes = 0;    // replaced by U+FFFD in displayed text
    uint32_t control_chars = 0;    // C0/C1 controls and NUL turned into spaces
    uint32_t crlf = 0;             // CRLF pairs
    uint32_t lone_cr = 0;          // lone CRs
    uint32_t unicode_spaces = 0;   // NBSP and other Unicode spaces
    uint32_t zero_width = 0;       // zero-width chars and soft hyphens
    bool bom = false;
};

// ---- 3. Segments, sentences, tokens ----------------------------------------------------
enum class SegmentKind : uint8_t { paragraph, heading, list_item, boilerplate, metadata };
enum class SegmentStatus : uint8_t { kept, duplicate, boilerplate };

const char* to_string(SegmentKind k);
const char* to_string(SegmentStatus s);

// Why a segment has its status, as a code and at most two numbers (reason_a, reason_b):
// segment_reason() spells it out for the JSON and text outputs. A string per segment cost 32
// bytes (plus a heap block for the long ones) in the largest table of a document but one.
enum class ReasonCode : uint8_t {
    none,             // "" (dedup has not run)
    kept_original,    // "kept: original"
    kept_heading,     // "kept: heading"
    kept_short_line,  // "kept: short line also seen as segment {a}, outside a repeated block"
    exact_repeat,     // "exact repeat of segment {duplicate_of}"                      + block
    near_duplicate,   // "near-duplicate of segment {duplicate_of} (word-bigram Jaccard {similarity, 2 decimals})" + block
                      //   block, when a != b: "; part of a repeated block: segments {a}-{b} repeat
                      //   segments {duplicate_of of a}-{duplicate_of of b}"
    repeated_sentences,  // "repeats the sentences of segment {a}" (a == b) or "... of segments {a}-{b}"
                      //   "(share of its word bigrams found {similarity, 2 decimals})"; in a repeated
                      //   block (a <= this segment <= b): "repeats the sentences of segment
                      //   {duplicate_of} (...)" + block
    bp_marker,        // "boilerplate: related-links marker line"
    bp_marker_link,   // "boilerplate: link with a related-links prefix"
    bp_chrome,        // "boilerplate: site chrome (advertisement, share, subscribe, menu or sign-in line)"
    bp_copyright,     // "boilerplate: copyright notice"
    metadata,         // "metadata: byline, dateline, timestamp, credit or editor's note (not article text)"
    bp_list_title,    // "boilerplate: link title in the list after the marker line (segment {a})"
    bp_after_end,     // "boilerplate: link-title-like line after the article's end"
    bp_title_run,     // "boilerplate: run of {a} link-title-like lines"
    bp_menu,          // "boilerplate: navigation menu line"
    bp_press_release, // "boilerplate: press release's closing section (about the company, forward-looking statements)"
};

struct Segment {
    uint32_t start = 0, end = 0;  // trimmed of surrounding whitespace
    SegmentKind kind = SegmentKind::paragraph;
    SegmentStatus status = SegmentStatus::kept;
    ReasonCode reason = ReasonCode::none;  // why kept/removed: see segment_reason()
    int32_t duplicate_of = -1;    // index of the kept segment in this document, -1 = null
    float similarity = -1.0f;     // [0,1] for duplicates, < 0 = null
    uint32_t reason_a = 0, reason_b = 0;  // the numbers of the reason (see ReasonCode)
    uint32_t first_sentence = 0, sentence_count = 0;
    bool kept() const { return status == SegmentStatus::kept; }
};

enum class TokenKind : uint8_t { word, number, punct, symbol, other };

// 8 bytes (tokens are the largest table of a document: ~0.2 per input byte): `end` has 28
// bits, which caps a document at kMaxDocumentBytes; analyze() refuses longer ones.
// A bit-field is read by value: `std::min(t.end, x)` is fine, `auto& e = t.end` is not.
struct Token {
    uint32_t start = 0;
    uint32_t end : 28 = 0;
    TokenKind kind : 4 = TokenKind::word;
};
static_assert(sizeof(Token) == 8, "Token must stay 8 bytes");

// The longest document analyze() accepts (Token::end has 28 bits): 256 MiB - 1 byte.
inline constexpr uint32_t kMaxDocumentBytes = (1u << 28) - 1;

// A run of text with no sentence end is cut into sentences of at most this many bytes (at a
// space where there is one): stages that look across a sentence stay linear on a 10 MB line.
inline constexpr uint32_t kMaxSentenceBytes = 4096;

struct Sentence {
    uint32_t start = 0, end = 0;
    uint32_t segment = 0;               // index into Document::segments
    uint32_t first_token = 0, token_count = 0;
};

// ---- 4. Document -------------------------------------------------------------------------
// One byte normalize() rewrote, kept while a clean-only document's `text` holds the
// normalized bytes (see Document::clean_only).
struct TextPatch {
    uint32_t offset = 0;
    char original = 0;
};

struct Document {
    std::string id;
    std::string title;
    std::string text;   // the original input, byte for byte (see clean_only for the one exception)
    // The stage input, normalized, same length as text: read it through work_view(). Most news
    // text needs no rewrite, and then no copy is stored (work_storage empty: the view is `text`).
    // The view is computed on each call, never stored: a string_view into a std::string dangles
    // when the Document is moved (short strings live inside the object).
    std::string work_storage;
    std::string_view work_view() const {
        return work_storage.empty() ? std::string_view(text) : std::string_view(work_storage);
    }
    NormalizeStats norm;

    // Clean-only mode (set before normalize(); Options::clean_only, bench_clean): nothing after
    // Core I (normalize, segment, dedup) runs, so
    //   * `tokens` is never held for the whole document: segment() tokenizes one segment at a
    //     time (Sentence::first_token/token_count still index the full tokenization, counted in
    //     released_tokens) and dedup rebuilds a segment's tokens on demand (segment_tokens()).
    //   * when normalize() rewrites only a few bytes (<= 1/32 of the text), `text` itself holds
    //     the normalized bytes and `text_patches` the originals, instead of a second copy:
    //     dedup() and analyze() put the originals back (restore_text()) once the document's
    //     dedup (and cross-document step) is done; until then work_view() is `text`.
    bool clean_only = false;
    std::vector<TextPatch> text_patches;

    std::vector<Segment> segments;    // in text order
    std::vector<Sentence> sentences;  // in text order, each inside one segment
    std::vector<Token> tokens;        // in text order (stage input: see below)
    // `work_storage`, `tokens` and `sentences` are what the stages read, not results: together
    // up to ~3-4x the text. analyze() frees them once a document's last stage has run, unless
    // Options::keep_internals (release_internals() in stages.hpp); their counts stay for the
    // stats. Segment::first_sentence/sentence_count then index sentences no longer there.
    size_t released_tokens = 0, released_sentences = 0;
    size_t token_count() const { return tokens.empty() ? released_tokens : tokens.size(); }
    size_t sentence_count() const { return sentences.empty() ? released_sentences : sentences.size(); }

    std::vector<Entity> entities;
    std::vector<Measure> measures;
    std::vector<Issue> issues;
    std::vector<Quote> quotes;
    std::vector<SummarySentence> summary;

    // The analysed view: is segment i taken into entities/summary? (kept, or everything with keep_all)
    std::vector<uint8_t> analysed;  // one per segment, filled by analyze()
};

// The reason of doc.segments[i] in words, e.g. "exact repeat of segment 3" (segment_reason.cpp).
std::string segment_reason(const Document& doc, size_t i);

}  // namespace np
