// summarize_view.cpp — tokenizer, sentence view, actor mentions and pattern matching shared by
// the summary stages (measures, quotes, issues, summary).
//
// Index
//   1. Tokenizer
//   2. Fallback sentence splitting (used only when the segmenter produced no sentences)
//   3. Actors: entities, lexicon places, fallback proper-name chunks
//   4. build_view
//   5. Trie matching
//   6. Numbers, percentages, time phrases, word classes
#include "summarize_view.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace np::sv {

// ---- 1. Tokenizer -----------------------------------------------------------------------------
namespace {

bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Classifies the UTF-8 sequence at p: 0 = letter-like (part of a word), 1 = punctuation,
// 2 = double open quote, 3 = double close quote, 4 = single open quote, 5 = right single quote
// (apostrophe or close), 6 = hyphen, 7 = space. `len` gets the sequence length.
int classify_multibyte(const unsigned char* p, size_t n, int& len) {
    unsigned char c = p[0];
    len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (size_t(len) > n) { len = 1; return 0; }
    if (len == 2 && c == 0xC2) {
        unsigned char d = p[1];
        if (d == 0xAB) return 2;  // «
        if (d == 0xBB) return 3;  // »
        if (d == 0xA0) return 7;
        if (d == 0xA3 || d == 0xA5 || d == 0xA7 || d == 0xB0 || d == 0xB7 || d == 0xA9 || d == 0xAE) return 1;
        return 0;
    }
    if (len == 3 && c == 0xE2 && p[1] == 0x80) {
        unsigned char d = p[2];
        if (d == 0x9C || d == 0x9E) return 2;  // “ „
        if (d == 0x9D) return 3;               // ”
        if (d == 0x98) return 4;               // ‘
        if (d == 0x99) return 5;               // ’
        if (d == 0x90 || d == 0x91) return 6;  // hyphens
        if (d >= 0x80 && d <= 0x8A) return 7;  // Unicode spaces
        if (d == 0xAF) return 7;
        if (d >= 0x8B && d <= 0x8D) return 0;  // zero-width: inside words
        return 1;                              // dashes, bullets, ellipsis, ‹ ›
    }
    if (len == 3 && c == 0xE2 && (p[1] == 0x82 || p[1] == 0x84 || p[1] == 0x86 || p[1] == 0x88)) return 1;  // € ™ arrows
    if (len == 3 && c == 0xE3 && p[1] == 0x80 && p[2] == 0x80) return 7;
    return 0;
}

// Where push() writes: the token table and the lowercase forms. tokenize() sizes `low` for the
// whole range once (a lowercase form is never longer than its source bytes), so push() writes
// through a plain pointer instead of growing a string twice per token.
struct Sink {
    std::vector<Tok>& out;
    char* low;                      // start of View::low's buffer (8 bytes of slack at the end)
    size_t n;                       // bytes of `low` in use
    const SummaryModels* models;    // sealed word table: look each token's word up here; or null
    size_t text_size;               // bytes readable from the text (for 8-byte loads)
    bool fast = true;               // word-at-a-time path for plain ASCII words (tokenize_plain: off)
    uint32_t quotes = 0;            // quote-mark tokens pushed
};

// Lowercases the ASCII token p[s,e) eight bytes at a time into `out` (which has 8 bytes of
// slack), hashing as WordIds::hash does. False, with nothing promised about `out`, when the
// token has a non-ASCII byte or DEL, or a load would pass the end of the text: the byte loop
// in push() handles those.
bool lower_ascii(const Sink& k, const unsigned char* p, uint32_t s, uint32_t e, char* out, uint64_t& h,
                 unsigned& seen) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    const uint32_t len = e - s;
    h = len;
    seen = 0;
    for (uint32_t off = 0;; off += 8) {
        const uint32_t m = len - off >= 8 ? 8 : len - off;
        uint64_t x = 0;
        if (m) {
            if (size_t(s) + off + 8 > k.text_size) return false;
            std::memcpy(&x, p + s + off, 8);
            if (m < 8) x &= (uint64_t(1) << (8 * m)) - 1;
        }
        if ((x & kHigh) || ((x + kOnes) & kHigh)) return false;  // non-ASCII, or DEL (0x7F + 1 sets bit 7)
        // Bit 7 of each byte: at least 'A' and not past 'Z' (resp. 'a'..'z'); no carries, as every byte < 0x7F.
        const uint64_t upper = (x + 0x3F * kOnes) & ~(x + 0x25 * kOnes) & kHigh;
        const uint64_t lower = (x + 0x1F * kOnes) & ~(x + 0x05 * kOnes) & kHigh;
        seen |= (upper ? 1u : 0u) | (lower ? 2u : 0u);
        const uint64_t lw = x | (upper >> 2);
        std::memcpy(out + off, &lw, 8);
        h = WordIds::mix(h, lw);
        if (m < 8) return true;
    }
#else
    (void)k; (void)p; (void)s; (void)e; (void)out; (void)h; (void)seen;
    return false;
#endif
}

// Word id and classes of a token, the hash having been computed while writing its lowercase form.
void set_word(Tok& t, const SummaryModels& m, std::string_view w, uint64_t h) {
    int64_t id = m.words.find_hashed(w, h);
    t.wid = int32_t(id);
    if (id >= 0 && size_t(id) < m.word_info.size()) t.info = m.word_info[size_t(id)];
}

// Byte tables for push(): kLowClass 1 = uppercase ASCII letter, 2 = lowercase ASCII letter,
// 4 = needs a look (DEL, the zero-width placeholder, is dropped; E2 may start ’), 0 = other;
// kLowByte is the byte lowercased (ASCII only). One load each per byte instead of range tests.
struct ByteTable { uint8_t v[256] = {}; constexpr uint8_t operator[](size_t i) const { return v[i]; } };
constexpr ByteTable kLowClass = [] {
    ByteTable t{};
    for (int c = 'A'; c <= 'Z'; ++c) t.v[c] = 1;
    for (int c = 'a'; c <= 'z'; ++c) t.v[c] = 2;
    t.v[0x7F] = 4;
    t.v[0xE2] = 4;
    return t;
}();
constexpr ByteTable kLowByte = [] {
    ByteTable t{};
    for (int c = 0; c < 256; ++c) t.v[c] = uint8_t(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return t;
}();

void push(Sink& k, const unsigned char* p, uint32_t s, uint32_t e, TK kind, uint8_t flags) {
    Tok t;
    t.start = s;
    t.end = e;
    t.kind = kind;
    t.flags = flags;
    t.lo = uint32_t(k.n);
    char* out = k.low + k.n;
    size_t n = 0;
    uint64_t h = 0;  // WordIds::hash of the lowercase form
    if (kind == TK::quote) {
        ++k.quotes;
        out[n++] = (flags & single_q) ? '\'' : '"';
        h = WordIds::hash(std::string_view(out, 1));
    } else {
        unsigned seen = 0;  // bit 1: an uppercase letter, bit 2: a lowercase one
        if (lower_ascii(k, p, s, e, out, h, seen)) {
            n = e - s;
        } else {
            // Byte by byte: ASCII lowercased, ’ folded to ', ignorable bytes dropped.
            seen = 0;
            for (uint32_t i = s; i < e; ++i) {
                unsigned char c = p[i];
                const uint8_t cl = kLowClass[c];
                if (cl == 4) {
                    if (c == 0x7F) continue;  // ignorable (zero-width placeholder)
                    if (i + 2 < e && p[i + 1] == 0x80 && p[i + 2] == 0x99) {  // ’ -> '
                        c = '\'';
                        i += 2;
                    }
                } else {
                    seen |= cl;
                    c = kLowByte[c];
                }
                out[n++] = char(c);
            }
            h = WordIds::hash(std::string_view(out, n));
        }
        if (kind == TK::word && p[s] >= 'A' && p[s] <= 'Z') t.flags |= cap;
        if (kind == TK::word && seen == 1u && e - s >= 2) t.flags |= all_cap;
    }
    k.n += n;
    t.lolen = uint16_t(std::min<size_t>(n, 65535));
    if (k.models) {
        if (n <= 65535) set_word(t, *k.models, std::string_view(out, n), h);
        else set_word(t, *k.models, std::string_view(out, 65535), WordIds::hash(std::string_view(out, 65535)));
    }
    k.out.push_back(t);
}

void tokenize_into(Sink& k, const unsigned char* p, uint32_t from, uint32_t to);

constexpr ByteTable kAsciiAlnum = [] {
    ByteTable t{};
    for (int c = 'A'; c <= 'Z'; ++c) t.v[c] = t.v[c + 32] = 1;
    for (int c = '0'; c <= '9'; ++c) t.v[c] = 1;
    return t;
}();

// ---- 1b. Word-at-a-time fast path ----------------------------------------------------------------
// Most tokens are plain ASCII words ended by a space or simple punctuation. For those the scan
// finds the end of the letter/digit run eight bytes at a time, writes the lowercase form as it
// goes, and push_alnum() hashes it from there: none of the per-byte tests of the plain path,
// whose answer for such a word is known. Anything else (a word going on after '.', ',', an
// apostrophe, '&', or a non-ASCII byte) continues in the plain scanner from where this stopped,
// so both paths cut the same tokens (tests/unit/test_summary_speed_tokenize.cpp compares them).

// kWordEnd: 1 = an ASCII byte that always ends a letter/digit run in the plain scanner (space,
// most punctuation); 2 = '.' or ',' (ends a word, but can continue a number or an initialism);
// 0 = a letter, digit, apostrophe, '&', or non-ASCII byte (the plain scanner decides).
constexpr ByteTable kWordEnd = [] {
    ByteTable t{};
    for (int c = 0; c < 0x80; ++c) t.v[c] = 1;
    for (int c = 'A'; c <= 'Z'; ++c) t.v[c] = t.v[c + 32] = 0;
    for (int c = '0'; c <= '9'; ++c) t.v[c] = 0;
    t.v[int('\'')] = t.v[int('&')] = 0;
    t.v[int('.')] = t.v[int(',')] = 2;
    return t;
}();

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr bool kSwar = true;
#else
constexpr bool kSwar = false;
#endif
constexpr uint64_t kOnes8 = 0x0101010101010101ull, kHigh8 = 0x8080808080808080ull;

// Bit 7 of each byte of x set where that byte is in [lo, hi] (x's bytes below 0x80).
inline uint64_t bytes_in(uint64_t x, unsigned lo, unsigned hi) {
    return (x + (0x80 - lo) * kOnes8) & ~(x + (0x7F - hi) * kOnes8) & kHigh8;
}

// From i (a letter or digit), the end of the run of ASCII letters and digits, at most `to`.
// Writes the run lowercased to `out` in whole 8-byte chunks (the caller leaves room) and sets
// `seen` as push() does (1: an uppercase letter, 2: a lowercase one). Returns i itself when an
// 8-byte load would pass the end of the text: the caller takes the plain path.
inline uint32_t scan_alnum(const unsigned char* p, uint32_t i, uint32_t to, size_t text_size, char* out,
                           unsigned& seen) {
    const uint32_t s = i;
    seen = 0;
    for (;;) {
        if (size_t(i) + 8 > text_size) return s;
        uint64_t x;
        std::memcpy(&x, p + i, 8);
        const uint64_t high = x & kHigh8;
        const uint64_t x7 = x & ~kHigh8;
        const uint64_t upper = bytes_in(x7, 'A', 'Z'), lower = bytes_in(x7, 'a', 'z');
        const uint64_t alnum = (upper | lower | bytes_in(x7, '0', '9')) & ~high;
        const uint64_t lw = x | (upper >> 2);
        std::memcpy(out + (i - s), &lw, 8);
        const uint64_t stop = ~alnum & kHigh8;
        uint32_t run = stop ? uint32_t(__builtin_ctzll(stop)) >> 3 : 8;
        if (run > to - i) run = to - i;  // the chunk may pass `to`: a token never does
        const uint64_t keep = run == 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * run)) - 1;
        seen |= ((upper & keep) ? 1u : 0u) | ((lower & keep) ? 2u : 0u);
        if (i + run == to) return to;
        if (run < 8) return i + run;
        i += 8;
    }
}

// push() for a token p[s,e) of ASCII letters and digits whose lowercase form scan_alnum() has
// already written at k.low + k.n: the same Tok, hash and word lookup, fewer steps.
inline void push_alnum(Sink& k, const unsigned char* p, uint32_t s, uint32_t e, bool number, unsigned seen,
                       uint8_t flags) {
    Tok t;
    t.start = s;
    t.end = e;
    t.kind = number ? TK::number : TK::word;
    t.flags = uint8_t(flags | (!number && p[s] >= 'A' && p[s] <= 'Z' ? cap : 0) |
                      (!number && seen == 1u && e - s >= 2 ? all_cap : 0));
    t.lo = uint32_t(k.n);
    const char* out = k.low + k.n;
    const uint32_t len = e - s;
    k.n += len;
    t.lolen = uint16_t(len);
    if (k.models) {
        uint64_t h = len;
        uint32_t off = 0;
        uint64_t x;
        for (; off + 8 <= len; off += 8) {
            std::memcpy(&x, out + off, 8);
            h = WordIds::mix(h, x);
        }
        x = 0;
        if (off < len) {
            std::memcpy(&x, out + off, 8);
            x &= (uint64_t(1) << (8 * (len - off))) - 1;
        }
        set_word(t, *k.models, std::string_view(out, len), WordIds::mix(h, x));
    }
    k.out.push_back(t);
}

// The whole fast path for a word or number of at most 15 bytes (nearly every token): one or two
// 8-byte loads find its end, lowercase it and give the hash chunks; the word is looked up from
// those chunks. Returns the token's end, or 0 when it pushed nothing (the plain scanner takes
// over at s).
// What the per-token fast paths read on every token, copied into locals once per tokenize call:
// read through the Sink and the models (references), each would be loaded again after every
// token's byte stores, which may alias them. Same lookups, same answers.
struct Hot {
    size_t text_size = 0;
    char* low = nullptr;                 // the Sink's `low`
    bool models = false;                 // a sealed word table to look tokens up in
    WordIds::Probe probe;
    const uint32_t* info = nullptr;      // SummaryModels::word_info
    size_t info_size = 0;
    // Tok::wid and Tok::info for the word id `id` (-1: not a word of the table).
    void set(Tok& t, int64_t id) const {
        t.wid = int32_t(id);
        if (id >= 0 && size_t(id) < info_size) t.info = info[size_t(id)];
    }
};

inline uint32_t short_word(Sink& k, const Hot& hot, const unsigned char* p, uint32_t s, uint32_t to, bool number,
                           uint8_t pending) {
    if (size_t(s) + 8 > hot.text_size) return 0;
    // letter: bit 7 of each byte that is A-Z or a-z; the stop mask: bytes that are not letters
    // or digits (non-ASCII bytes included).
    auto classify = [](uint64_t x, uint64_t& letter) {
        const uint64_t x7 = x & ~kHigh8;
        letter = bytes_in(x7 | (0x20 * kOnes8), 'a', 'z');
        return ~((letter | bytes_in(x7, '0', '9')) & ~(x & kHigh8)) & kHigh8;
    };
    uint64_t x0, x1 = 0, letter0, letter1 = 0;
    std::memcpy(&x0, p + s, 8);
    const uint64_t stop0 = classify(x0, letter0);
    uint32_t len;
    if (stop0) {
        len = uint32_t(__builtin_ctzll(stop0)) >> 3;
    } else {
        if (size_t(s) + 16 > hot.text_size) return 0;
        std::memcpy(&x1, p + s + 8, 8);
        const uint64_t stop1 = classify(x1, letter1);
        if (!stop1) return 0;  // 16 bytes or more: scan_alnum()
        len = 8 + (uint32_t(__builtin_ctzll(stop1)) >> 3);
    }
    if (len > to - s) len = to - s;
    const uint32_t e = s + len;
    if (e < to) {
        // Ends here only when the plain scanner would stop at once (see the caller).
        const uint8_t end = kWordEnd[p[e]];
        if (!(end == 1 || (end == 2 && !number && (p[e] == ',' || len >= 2)))) return 0;
    }
    const uint64_t keep0 = len >= 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * len)) - 1;
    const uint64_t keep1 = len > 8 ? (uint64_t(1) << (8 * (len - 8))) - 1 : 0;  // len <= 15
    // Among letters, bit 5 clear is A-Z, set is a-z ((x << 2) moves bit 5 to bit 7).
    const uint64_t upper0 = letter0 & ~(x0 << 2) & kHigh8, upper1 = letter1 & ~(x1 << 2) & kHigh8;
    const uint64_t lower0 = letter0 & (x0 << 2) & kHigh8 & keep0, lower1 = letter1 & (x1 << 2) & kHigh8 & keep1;
    const uint64_t lw0 = (x0 | (upper0 >> 2)) & keep0, lw1 = (x1 | (upper1 >> 2)) & keep1;
    const size_t n = k.n;
    char* out = hot.low + n;
    std::memcpy(out, &lw0, 8);
    if (len >= 8) std::memcpy(out + 8, &lw1, 8);
    Tok t;
    t.start = s;
    t.end = e;
    t.kind = number ? TK::number : TK::word;
    // cap: the first byte is A-Z (never a number then); all_cap: and no a-z in the token.
    const bool cap_first = (upper0 & 0x80) != 0;
    t.flags = uint8_t(pending | (cap_first ? cap : 0) | (cap_first && len >= 2 && !(lower0 | lower1) ? all_cap : 0));
    t.lo = uint32_t(n);
    t.lolen = uint16_t(len);
    k.n = n + len;
    if (hot.models) {
        // WordIds::hash: whole 8-byte chunks, then the zero-padded tail (all zero at 8 bytes).
        int64_t id;
        if (len < 8) id = hot.probe.find_chunk(lw0, len, WordIds::mix(len, lw0));
        else if (len == 8) id = hot.probe.find_chunk(lw0, len, WordIds::mix(WordIds::mix(len, lw0), 0));
        else id = hot.probe.find_chunks2(lw0, lw1, len, WordIds::mix(WordIds::mix(len, lw0), lw1));
        hot.set(t, id);
    }
    k.out.push_back(t);
    return e;
}

// push() for a one-byte ASCII punctuation token ("," "." ";" ...): its lowercase form is the
// byte itself and its hash one step.
inline void push_punct1(Sink& k, const Hot& hot, uint32_t i, char c, uint8_t pending) {
    Tok t;
    t.start = i;
    t.end = i + 1;
    t.kind = TK::punct;
    t.flags = pending;
    const size_t n = k.n;
    t.lo = uint32_t(n);
    t.lolen = 1;
    hot.low[n] = c;
    k.n = n + 1;
    if (hot.models) {
        const uint64_t chunk = uint64_t(static_cast<unsigned char>(c));
        hot.set(t, hot.probe.find_chunk(chunk, 1, WordIds::mix(1, chunk)));  // WordIds::hash of one byte
    }
    k.out.push_back(t);
}

// Returns the number of quote-mark tokens cut (build_view keeps the total).
uint32_t tokenize_range(std::string_view text, uint32_t from, uint32_t to, std::vector<Tok>& out, std::string& low,
                        const SummaryModels* models, bool fast) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    if (to > text.size()) to = uint32_t(text.size());
    if (from >= to) return 0;
    const size_t base = low.size();
    low.resize(base + (to - from) + 8);  // + 8: lower_ascii() and scan_alnum() store whole 8-byte chunks
    Sink k{out, low.data(), base, models, text.size(), fast && kSwar};
    tokenize_into(k, p, from, to);
    low.resize(k.n);
    return k.quotes;
}

}  // namespace

void tokenize(std::string_view text, uint32_t from, uint32_t to, std::vector<Tok>& out, std::string& low,
              const SummaryModels* models) {
    tokenize_range(text, from, to, out, low, models, true);
}

void tokenize_plain(std::string_view text, uint32_t from, uint32_t to, std::vector<Tok>& out, std::string& low,
                    const SummaryModels* models) {
    tokenize_range(text, from, to, out, low, models, false);
}

namespace {
void tokenize_into(Sink& sk, const unsigned char* p, uint32_t from, uint32_t to) {
    Hot hot;
    hot.text_size = sk.text_size;
    hot.low = sk.low;
    if (sk.models) {  // sealed (see tokenize()), as push() assumes too
        hot.models = true;
        hot.probe = sk.models->words.probe();
        hot.info = sk.models->word_info.data();
        hot.info_size = sk.models->word_info.size();
    }
    uint8_t pending = space_before;
    uint32_t i = from;
    auto letter_at = [&](uint32_t q) -> bool {
        if (q >= to) return false;
        if (p[q] < 0x80) return is_alpha(p[q]) || is_digit(p[q]);
        int len;
        return classify_multibyte(p + q, to - q, len) == 0;
    };
    while (i < to) {
        unsigned char c = p[i];
        if (!kAsciiAlnum[c]) {  // letters and digits, most starts, go straight to the word scanner
            if (is_space(c)) { pending |= space_before; ++i; continue; }
            int len = 1, cls = 0;
            if (c >= 0x80) cls = classify_multibyte(p + i, to - i, len);
            if (cls == 7) { pending |= space_before; i += uint32_t(len); continue; }
            if (c == '"' || cls == 2 || cls == 3) {
                uint8_t f = 0;
                if (cls == 2) f = open_q;
                else if (cls == 3) f = close_q;
                else {
                    bool after_space = i == from || (pending & space_before) || p[i - 1] == '(' || p[i - 1] == '[';
                    bool before_space = i + 1 >= to || is_space(p[i + 1]) || p[i + 1] == ',' || p[i + 1] == '.' ||
                                        p[i + 1] == ';' || p[i + 1] == ':' || p[i + 1] == ')' || p[i + 1] == '?' || p[i + 1] == '!';
                    f = after_space && !before_space ? uint8_t(open_q) : (!after_space && before_space ? uint8_t(close_q) : uint8_t(open_q | close_q));
                }
                push(sk, p, i, i + uint32_t(len), TK::quote, uint8_t(f | pending));
                pending = 0;
                i += uint32_t(len);
                continue;
            }
            if (c == '\'' || cls == 4 || cls == 5) {
                bool next_letter = letter_at(i + uint32_t(len));
                uint8_t f = single_q;
                bool after_space = i == from || (pending & space_before) || p[i - 1] == '(';
                if (cls == 4) f |= open_q;
                else if (after_space && next_letter) f |= open_q;
                else if (!after_space) f |= close_q;
                else f |= open_q | close_q;
                push(sk, p, i, i + uint32_t(len), TK::quote, uint8_t(f | pending));
                pending = 0;
                i += uint32_t(len);
                continue;
            }
            if (cls == 6 || c == '-') {
                // a hyphen between two word characters glues them ("security-related"); else punct
                if (!(pending & space_before) && i > from && letter_at(i - 1) && letter_at(i + uint32_t(len))) {
                    pending = hyphen_before;
                    i += uint32_t(len);
                    continue;
                }
                push(sk, p, i, i + uint32_t(len), TK::punct, pending);
                pending = 0;
                i += uint32_t(len);
                continue;
            }
            if ((c < 0x80 && !is_alpha(c) && !is_digit(c)) || cls == 1) {
                if (sk.fast && c < 0x7F) push_punct1(sk, hot, i, char(c), pending);  // DEL: push() drops it
                else push(sk, p, i, i + uint32_t(len), TK::punct, pending);
                pending = 0;
                i += uint32_t(len);
                continue;
            }
        }
        // A word or a number.
        uint32_t s = i;
        bool number = is_digit(c);
        if (sk.fast) {
            if (const uint32_t e = short_word(sk, hot, p, s, to, number, pending)) {
                i = e;
                pending = 0;
                // The usual next byte, a space, taken here rather than by another loop step.
                if (i < to && p[i] == ' ') { pending = space_before; ++i; }
                continue;
            }
            unsigned seen;
            const uint32_t run_end = scan_alnum(p, i, to, sk.text_size, sk.low + sk.n, seen);
            if (run_end > i) {
                i = run_end;
                // Ends here when the plain scanner would stop at once: at `to`, at a space or
                // simple punctuation, or at '.' / ',' after a word (not after one letter, which
                // may start an initialism, nor in a number, which may go on "2,000", "3.5").
                const uint8_t end = i < to ? kWordEnd[p[i]] : 1;
                if (end == 1 || (end == 2 && !number && (p[i] == ',' || i - s >= 2))) {
                    if (i - s <= 65535) {
                        push_alnum(sk, p, s, i, number, seen, pending);
                        pending = 0;
                        continue;
                    }
                }
            }
        }
        while (i < to && kAsciiAlnum[p[i]]) ++i;  // the common run of letters and digits, one load per byte
        while (i < to) {
            unsigned char d = p[i];
            if (d < 0x80) {
                if (is_alpha(d) || is_digit(d)) { ++i; continue; }
                if ((d == '.' || d == ',') && number && i + 1 < to && is_digit(p[i + 1]) && is_digit(p[i - 1])) { ++i; continue; }
                if (d == '.' && !number && i + 1 < to && is_alpha(p[i + 1]) && i - s >= 1 && is_alpha(p[i - 1]) &&
                    (i - 1 == s || p[i - 2] == '.')) {
                    // initialisms: U.S., U.K., N.A.T.O.
                    i += 2;
                    if (i < to && p[i] == '.') ++i;
                    continue;
                }
                if ((d == '\'' || d == '&') && i + 1 < to && is_alpha(p[i + 1]) && is_alpha(p[i - 1])) { ++i; continue; }
                break;
            }
            int l2;
            int k = classify_multibyte(p + i, to - i, l2);
            if (k == 0) { i += uint32_t(l2); continue; }
            if (k == 5 && i > s && letter_at(i + uint32_t(l2)) && i + uint32_t(l2) < to && p[i + uint32_t(l2)] < 0x80 &&
                is_alpha(p[i + uint32_t(l2)])) {
                i += uint32_t(l2);  // ’ as an apostrophe: Canada’s, haven’t
                continue;
            }
            break;
        }
        // Split a possessive "'s" / "’s" into its own token.
        uint32_t e = i;
        uint32_t split = 0;
        if (!number && e - s > 2 && (p[e - 1] == 's' || p[e - 1] == 'S')) {
            if (p[e - 2] == '\'') split = e - 2;
            else if (e - s > 4 && p[e - 4] == 0xE2 && p[e - 3] == 0x80 && p[e - 2] == 0x99) split = e - 4;
        }
        if (split > s) {
            push(sk, p, s, split, TK::word, pending);
            push(sk, p, split, e, TK::word, 0);
        } else {
            push(sk, p, s, e, number ? TK::number : TK::word, pending);
        }
        pending = 0;
    }
}

}  // namespace

std::string View::cut(uint32_t t0, uint32_t t1) const {
    if (t0 >= t1 || t1 > toks.size()) return {};
    uint32_t s = toks[t0].start, e = toks[t1 - 1].end;
    std::string out(doc->text.substr(s, e - s));
    // Keep display-safe: drop invalid bytes rather than emit them.
    std::string clean;
    clean.reserve(out.size());
    for (size_t k = 0; k < out.size(); ++k) {
        unsigned char c = static_cast<unsigned char>(out[k]);
        if (c == '\n' || c == '\r' || c == '\t') { clean.push_back(' '); continue; }
        if (c < 0x20 || c == 0x7F || c == 0x1A) continue;
        clean.push_back(char(c));
    }
    return clean;
}

// ---- 6. Word classes (used by the fallback chunker below too) ------------------------------------
bool in_list(std::string_view w, const char* const* list) {
    // No strlen per entry (it was a tenth of the summary stages' time): the first byte rejects
    // almost every entry, the rest is compared in place.
    const size_t n = w.size();
    for (; *list; ++list) {
        const char* s = *list;
        if (n == 0) { if (*s == '\0') return true; continue; }
        if (*s != w[0]) continue;
        size_t k = 1;
        while (k < n && s[k] != '\0' && s[k] == w[k]) ++k;
        if (k == n && s[n] == '\0') return true;
    }
    return false;
}

namespace {
const char* const kSpeech[] = {"said", "says", "say", "told", "tells", "warned", "warns", "quipped", "described",
    "describes", "added", "adds", "insisted", "insists", "stated", "states", "declared", "declares", "wrote",
    "writes", "argued", "argues", "noted", "notes", "explained", "explains", "asked", "asks", "replied", "replies",
    "responded", "responds", "continued", "admitted", "admits", "acknowledged", "acknowledges", "claimed",
    "claims", "stressed", "stresses", "announced", "announces", "posted", "posts", "tweeted", "remarked",
    "recalled", "urged", "urges", "called", "calls", "vowed", "vows", "promised", "promises", "boasted",
    "complained", "conceded", "concedes", "joked", "jokes", "cautioned", "cautions", "predicted", "predicts",
    "emphasised", "emphasized", "countered", "counters", "observed", "reiterated", "reaffirmed", "confirmed",
    "confirms", "denied", "denies", "mused", "shouted", "pledged", "suggested", "suggests", nullptr};
const char* const kSpeechIng[] = {"saying", "insisting", "telling", "warning", "arguing", "adding", "admitting",
    "noting", "stating", "declaring", "writing", "explaining", "asking", "claiming", "stressing", "describing",
    "calling", "urging", "vowing", "promising", "acknowledging", "conceding", "quipping", "joking", "cautioning",
    "predicting", "emphasising", "emphasizing", "replying", "responding", "suggesting", "announcing",
    "posting", "boasting", "complaining", "recalling", nullptr};
const char* const kStance[] = {"want", "wants", "wanted", "demand", "demands", "demanded", "reject", "rejects",
    "rejected", "insist", "insists", "insisted", "warn", "warns", "warned", "urge", "urges", "urged", "oppose",
    "opposes", "opposed", "support", "supports", "supported", "welcome", "welcomes", "welcomed", "condemn",
    "condemns", "condemned", "deny", "denies", "denied", "accuse", "accuses", "accused", "seek", "seeks",
    "sought", "refuse", "refuses", "refused", "threaten", "threatens", "threatened", "call", "calls",
    "called", "press", "presses", "pressed", "back", "backs", "backed", "criticise", "criticised", "criticize",
    "criticized", "criticises", "criticizes", "dismiss", "dismisses", "dismissed", "defend", "defends",
    "defended", "plan", "plans", "planned", "vow", "vows", "vowed", "pledge", "pledges", "pledged", nullptr};
const char* const kStop[] = {"the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with",
    "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these",
    "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "has", "have",
    "had", "will", "would", "could", "should", "may", "might", "can", "do", "does", "did", "not", "no", "so",
    "if", "than", "then", "there", "which", "who", "whom", "what", "when", "where", "while", "also", "into",
    "about", "after", "before", "over", "under", "since", "up", "down", "out", "more", "most", "such", "'s",
    "s", "t", "just", "very", "said", "says", "say", "yet", "both", "all", "any", "each", "other", "some",
    "said", "him", "them", "us", "me", "one", "two", "new", "last", "first", "year", "years", "week", nullptr};
const char* const kTitle[] = {"president", "minister", "secretary", "senator", "spokesperson", "spokesman",
    "spokeswoman", "chancellor", "governor", "ambassador", "representative", "chief", "ceo", "chairman",
    "chairwoman", "chair", "director", "commissioner", "prime", "vice", "leader", "king", "queen", "mr", "mrs",
    "ms", "dr", "general", "gen", "sen", "rep", "gov", "premier", "mayor", "judge", "pope", "prince",
    "princess", "sheikh", "envoy", "negotiator", "adviser", "advisor", "official", "head", "founder",
    "executive", "economist", "analyst", "lawmaker", "congressman", "congresswoman", "lord", "sir",
    "dame", "foreign", "finance", "trade", "commerce", "defence", "defense", "state", "deputy", "acting",
    "former", "treasury", "industry", "agriculture", "mining", "economy", "interior", "justice", nullptr};
const char* const kOrgWord[] = {"ministry", "department", "commission", "union", "organization", "organisation",
    "council", "bank", "party", "agency", "office", "house", "group", "inc", "corp", "company", "parliament",
    "congress", "senate", "fund", "association", "federation", "institute", "university", "court",
    "administration", "reserve", "board", "forum", "cooperation", "co", "ltd", "plc", "corporation", "times",
    "post", "news", "reuters", "committee", "authority", "bureau", "alliance", "network", "motors", "airlines",
    "pharma", "energy", "exchange", "army", "navy", "police", "service", "trust", nullptr};
const char* const kOtherWord[] = {"prize", "award", "summit", "war", "day", "act", "order", "cup", "games",
    "expressway", "street", "road", "river", "sea", "ocean", "island", "islands", "mountains", "strait",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "christmas", "easter", "covid", "olympics", "plan", "agreement", "treaty", "initiative", nullptr};
// Number words (number_at below).
struct WordNum { const char* w; double v; };
const WordNum kNumWords[] = {{"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
    {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"fifteen", 15},
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
    {"eighty", 80}, {"ninety", 90}, {"hundred", 100}, {nullptr, 0}};
const WordNum kFractions[] = {{"half", 50}, {"third", 100.0 / 3}, {"quarter", 25}, {"fifth", 20},
    {"tenth", 10}, {"fifths", 20}, {"quarters", 25}, {"thirds", 100.0 / 3}, {nullptr, 0}};
// Time words (time_at below); registered as word classes so a token is tested by one bit.
const char* const kMonths[] = {"january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", nullptr};
const char* const kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "tomorrow", "yesterday", "tonight", nullptr};
const char* const kUnits[] = {"day", "days", "week", "weeks", "month", "months", "year", "years", "quarter",
    "decade", "weekend", "hours", nullptr};
const char* const kTimePrep[] = {"since", "from", "on", "in", "by", "until", "till", "within", "for",
    "through", "starting", "before", "after", "as", "effective", nullptr};
const char* const kRel[] = {"next", "last", "this", "earlier", "later", "coming", "past", "early", "late", "mid",
    "any", "every", "another", nullptr};  // ("purchases on any day": a time, not what is bought)
}  // namespace

void mark_word(SummaryModels& m, const std::string& w, uint32_t bits) {
    uint32_t id = m.words.intern(w);
    if (m.word_info.size() <= id) m.word_info.resize(size_t(id) + 1, 0);
    m.word_info[id] |= bits;
}

void register_grammar(SummaryModels& m) {
    struct List { const char* const* words; uint32_t bits; };
    const List lists[] = {{kStop, wi_stop}, {kSpeech, wi_speech}, {kSpeechIng, wi_speech_ing},
                          {kStance, wi_stance}, {kTitle, wi_title}, {kMonths, wi_month},
                          {kDays, wi_day}, {kUnits, wi_unit}, {kTimePrep, wi_time_prep}, {kRel, wi_rel}};
    for (const auto& l : lists)
        for (const char* const* w = l.words; *w; ++w) mark_word(m, *w, l.bits);
    // Every word a time phrase can start with (see time_at): a token with none of these bits
    // and no digits starts none, and time_at returns at once.
    for (const char* const* w = kTimePrep; *w; ++w) mark_word(m, *w, wi_time_start);
    for (const char* const* w = kMonths; *w; ++w) mark_word(m, *w, wi_time_start);
    for (const char* const* w = kDays; *w; ++w) mark_word(m, *w, wi_time_start);
    for (const char* const* w = kRel; *w; ++w) mark_word(m, *w, wi_time_start);
    for (const auto* p = kNumWords; p->w; ++p) mark_word(m, p->w, wi_time_start);
    for (const auto* p = kFractions; p->w; ++p) mark_word(m, p->w, wi_time_start);
    for (const char* w : {"the", "a", "one"}) mark_word(m, w, wi_time_start);
    // First words of the compiled patterns: tokens without this bit cannot start a match.
    struct Trie { const PhraseTrie* t; uint32_t bits; };
    const Trie tries[] = {{&m.issue_trie, wi_issue_start}, {&m.place_trie, wi_place_start},
                          {&m.goods_trie, wi_goods_start}};
    for (const auto& tr : tries)
        tr.t->edges.for_each([&](uint64_t key, uint32_t) {
            if ((key >> 32) != 0) return;
            const uint32_t id = uint32_t(key & 0xFFFFFFFFu);
            if (m.word_info.size() <= id) m.word_info.resize(size_t(id) + 1, 0);
            m.word_info[id] |= tr.bits;
        });
    m.word_info.resize(m.words.ids.size(), 0);
}

bool is_speech_verb(std::string_view w) { return in_list(w, kSpeech); }
bool is_participle_speech(std::string_view w) { return in_list(w, kSpeechIng); }
bool is_stance_verb(std::string_view w) { return in_list(w, kStance); }
bool is_stopword(std::string_view w) { return in_list(w, kStop); }
bool is_title_word(std::string_view w) { return in_list(w, kTitle); }
bool is_pronoun_person(std::string_view w) { return w == "he" || w == "she"; }

// ---- 2. Fallback sentence splitting ----------------------------------------------------------------
namespace {

const char* const kAbbrev[] = {"mr", "mrs", "ms", "dr", "st", "ste", "gen", "sen", "rep", "gov", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "no", "vs",
    "prof", "lt", "col", "sgt", "capt", "jr", "sr", "fig", "approx", "est", nullptr};

// Sentence ends inside tokens [t0,t1): indices one past each sentence's last token.
void split_sentences(const View& v, uint32_t t0, uint32_t t1, std::vector<uint32_t>& ends) {
    for (uint32_t i = t0; i < t1; ++i) {
        std::string_view w = v.lo(i);
        if (!(w == "." || w == "!" || w == "?")) continue;
        if (w == "." && i > t0 && in_list(v.lo(i - 1), kAbbrev)) continue;
        uint32_t j = i + 1;
        while (j < t1 && (v.toks[j].kind == TK::quote ? (v.toks[j].flags & close_q) && !(v.toks[j].flags & space_before)
                                                      : v.lo(j) == ")"))
            ++j;
        if (j >= t1) break;
        const Tok& n = v.toks[j];
        bool starts = (n.flags & cap) || n.kind == TK::number || n.kind == TK::quote || v.lo(j) == "(";
        if (!starts || !(n.flags & space_before)) continue;
        ends.push_back(j);
        i = j - 1;
    }
    ends.push_back(t1);
}

bool line_is_heading(const View& v, uint32_t t0, uint32_t t1) {
    if (t1 <= t0 || t1 - t0 > 16) return false;
    std::string_view last = v.lo(t1 - 1);
    if (last == "." || last == "!" || last == "?" || last == ":" || v.toks[t1 - 1].kind == TK::quote) return false;
    return (v.toks[t0].flags & cap) != 0;
}

}  // namespace

// ---- 3. Actors ---------------------------------------------------------------------------------------
namespace {

AType from_entity(EntityType t) {
    switch (t) {
        case EntityType::PERSON: return AType::person;
        case EntityType::ORG: return AType::org;
        case EntityType::GPE: return AType::gpe;
        case EntityType::LOC: return AType::gpe;
        case EntityType::NORP: return AType::norp;
        default: return AType::other;
    }
}

// Place payload (place index * 4 + PlaceForm) for a name, or -1 (via the lexicon trie over the
// name's own tokens). `toks` and `low` are scratch buffers kept by the caller: this runs for
// every place-like entity and alias, and fresh vectors per call were most of its cost.
int32_t place_of_name(const SummaryModels& m, std::string_view name, std::vector<Tok>& toks, std::string& low,
                      std::string& padded, bool quick = true) {
    toks.clear();
    low.clear();
    const bool ids = m.loaded && m.words.is_sealed();
    // Names of plain ASCII words between spaces ("European Union", "China", "Apple"): there the
    // tokenizer cuts exactly those words (a run of letters and digits ended by a space or the
    // name's end is one token whatever follows it; "'s", hyphens, initialisms need other bytes;
    // a token's word id is its lowercase form's), so each word is looked up and walked in the
    // trie as it is read, without copying and cutting the name; most names stop at their first
    // word. A word with any other byte (or longer than kWord) hands the whole name to the
    // general path below. Same answer: tests/unit/test_summary_speed_bits.cpp compares it with
    // quick = false on entity names, aliases and capitalized runs.
    if (quick) {
        constexpr size_t kWord = 32;
        char w[kWord];
        uint32_t node = 0;
        bool any = false, other = false;
        std::string scratch;
        for (size_t i = 0; i < name.size() && !other;) {
            if (name[i] == ' ') { ++i; continue; }
            size_t len = 0;
            for (; i < name.size() && name[i] != ' '; ++i) {
                const unsigned char c = static_cast<unsigned char>(name[i]);
                const bool alnum = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
                if (!alnum || len == kWord) { other = true; break; }
                w[len++] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            if (other) break;
            const std::string_view word(w, len);
            // A leading "the" is skipped when more tokens follow (as below); if what follows is
            // not plain words, the general path decides.
            if (!any && word == "the" && name.find_first_not_of(' ', i) != std::string_view::npos) {
                any = true;
                continue;
            }
            any = true;
            const int64_t wid = m.words.find(word, scratch);
            if (wid < 0) return -1;
            const uint32_t* child = m.place_trie.edges.find((uint64_t(node) << 32) | uint64_t(wid));
            if (!child) return -1;
            node = *child;
        }
        if (!other) {
            if (!any) return -1;  // empty, or only spaces: no token
            const auto& pl = m.place_trie.nodes[node].payloads;
            return pl.empty() ? -1 : int32_t(pl[0]);
        }
    }
    // Quick reject, before cutting the name into tokens: when it opens with a run of ASCII
    // letters/digits ended by a space or the name's end, that run is its first token (the
    // tokenizer splits nothing there), and unless it is "the" the trie walk below starts with
    // it. A run that begins no place name ends the search at once: most ORG names.
    {
        size_t e = 0;
        char first[24];
        while (e < name.size() && e < sizeof first) {
            const unsigned char c = static_cast<unsigned char>(name[e]);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) break;
            first[e] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
            ++e;
        }
        if (quick && e > 0 && e < sizeof first && (e == name.size() || name[e] == ' ')) {
            const std::string_view w(first, e);
            if (w != "the") {
                std::string scratch;
                const int64_t wid = m.words.find(w, scratch);
                if (wid < 0 || !m.place_trie.edges.find(uint64_t(wid))) return -1;
            }
        }
    }
    // Cut from a copy with 8 bytes after the name, so that tokenize's 8-byte loads may run
    // (they read past a token, never into one: the tokens are those of the name alone).
    padded.assign(name.data(), name.size());
    padded.append(8, ' ');
    tokenize(padded, 0, uint32_t(name.size()), toks, low, ids ? &m : nullptr);
    if (toks.empty()) return -1;
    // Skip a leading "the".
    size_t k = 0;
    if (low.compare(toks[0].lo, toks[0].lolen, "the") == 0 && toks.size() > 1) k = 1;
    uint32_t node = 0;
    std::string scratch;
    for (size_t i = k; i < toks.size(); ++i) {
        int64_t wid = ids ? toks[i].wid : m.words.find(std::string_view(low).substr(toks[i].lo, toks[i].lolen), scratch);
        if (wid < 0) return -1;
        const uint32_t* child = m.place_trie.edges.find((uint64_t(node) << 32) | uint64_t(wid));
        if (!child) return -1;
        node = *child;
    }
    const auto& pl = m.place_trie.nodes[node].payloads;
    return pl.empty() ? -1 : int32_t(pl[0]);
}

}  // namespace

int32_t place_payload(const SummaryModels& m, std::string_view name, bool quick_reject) {
    std::vector<Tok> toks;
    std::string low, padded;
    return place_of_name(m, name, toks, low, padded, quick_reject);
}

namespace {

struct ActorBuilder {
    View& v;
    std::vector<int32_t> place_key;        // place index -> key
    std::vector<int32_t> entity_key;       // entity id -> key
    std::vector<uint8_t> blocked;          // tokens of a people that is no nation (empty: none)

    explicit ActorBuilder(View& view) : v(view) {}

    uint32_t new_key(std::string name, int32_t entity, AType type) {
        v.keys.push_back(ActorKey{std::move(name), entity, type});
        return uint32_t(v.keys.size() - 1);
    }

    uint32_t key_for_place(int32_t place) {
        if (place < 0 || size_t(place) >= place_key.size()) return new_key("", -1, AType::gpe);
        if (place_key[size_t(place)] < 0)
            place_key[size_t(place)] = int32_t(new_key(v.models->places[size_t(place)].name, -1, AType::gpe));
        return uint32_t(place_key[size_t(place)]);
    }

    // (trade-lexicon.json "not_parties": exact names)
    bool not_a_nation(std::string_view name) const {
        if (!v.models) return false;
        for (const auto& p : v.models->not_parties)
            if (name == p) return true;
        return false;
    }

    // Entities naming the same place ("EU", "European Commission", "Brussels") share one key,
    // represented by the entity that names it best (its name over its capital over a demonym).
    void from_entities(const Document& d) {
        const size_t n = d.entities.size();
        entity_key.assign(n, -1);
        std::vector<int32_t> payload(n, -1);
        std::vector<Tok> name_toks;
        std::string name_low, name_padded;
        for (const auto& e : d.entities) {
            if (e.id < 0 || size_t(e.id) >= n || !v.models || !v.models->has_lexicon) continue;
            if (!(e.type == EntityType::GPE || e.type == EntityType::NORP || e.type == EntityType::ORG ||
                  e.type == EntityType::LOC))
                continue;
            int32_t p = place_of_name(*v.models, e.name, name_toks, name_low, name_padded);
            for (size_t a = 0; p < 0 && a < e.aliases.size(); ++a) p = place_of_name(*v.models, e.aliases[a], name_toks, name_low, name_padded);
            payload[size_t(e.id)] = p;
        }
        auto rank = [&](const Entity& e) {
            int32_t p = payload[size_t(e.id)];
            auto form = PlaceForm(p % 4);
            int r = form == PlaceForm::name || form == PlaceForm::bloc ? 0 : form == PlaceForm::capital ? 3 : 6;
            r += e.type == EntityType::GPE ? 0 : e.type == EntityType::ORG ? 1 : 2;
            return r;
        };
        std::vector<int32_t> rep(place_key.size(), -1);  // place -> representative entity id
        for (const auto& e : d.entities) {
            if (e.id < 0 || size_t(e.id) >= n || payload[size_t(e.id)] < 0) continue;
            size_t place = size_t(payload[size_t(e.id)] / 4);
            int32_t& r = rep[place];
            if (r < 0 || rank(e) < rank(d.entities[size_t(r)]) ||
                (rank(e) == rank(d.entities[size_t(r)]) && e.count > d.entities[size_t(r)].count))
                r = e.id;
        }
        for (size_t place = 0; place < rep.size(); ++place) {
            if (rep[place] < 0) continue;
            const Entity& e = d.entities[size_t(rep[place])];
            // the lexicon's canonical name: "EU", "Brussels" and "European Commission" all read "European Union"
            uint32_t k = new_key(v.models->places[place].name, e.id, AType::gpe);
            place_key[place] = int32_t(k);
        }
        for (const auto& e : d.entities) {
            if (e.id < 0 || size_t(e.id) >= n) continue;
            if (payload[size_t(e.id)] >= 0) {
                entity_key[size_t(e.id)] = place_key[size_t(payload[size_t(e.id)] / 4)];
                continue;
            }
            // (a continent's, a region's, a party's or a faith's people is no party to a measure
            // nor a speaker: "cheap Asian supply" is nobody's, "Communist nations" no target; a
            // nation's people the lexicon has no place for still acts: "Zimbabwean exports")
            // (nor is a word of its name another nation's: the lexicon's "American" inside "South
            // American beef" is no U.S. good)
            if (e.type == EntityType::NORP && not_a_nation(e.name)) {
                if (blocked.empty()) blocked.assign(v.toks.size(), 0);
                for (const auto& m : e.mentions) {
                    uint32_t t = first_token_from(v, m.start);
                    for (; t < v.toks.size() && v.toks[t].end <= m.end; ++t) blocked[t] = 1;
                }
                continue;
            }
            entity_key[size_t(e.id)] = int32_t(new_key(e.name, e.id, from_entity(e.type)));
        }
        for (const auto& e : d.entities) {
            if (e.id < 0 || size_t(e.id) >= n || entity_key[size_t(e.id)] < 0) continue;
            AType t = from_entity(e.type);
            if (t == AType::other) continue;
            for (const auto& m : e.mentions) add_span(m.start, m.end, uint32_t(entity_key[size_t(e.id)]), t);
        }
    }

    void add_span(uint32_t s, uint32_t e, uint32_t key, AType t) {
        uint32_t t0 = first_token_from(v, s);
        uint32_t t1 = t0;
        while (t1 < v.toks.size() && v.toks[t1].end <= e) ++t1;
        if (t1 <= t0) return;
        add(t0, t1, key, t);
    }

    void add(uint32_t t0, uint32_t t1, uint32_t key, AType t) {
        for (uint32_t i = t0; i < t1; ++i)
            if (v.tok_actor[i] >= 0 || (!blocked.empty() && blocked[i])) return;  // first come wins (entities before lexicon)
        v.actors.push_back(ActorRef{t0, t1, key, t});
        for (uint32_t i = t0; i < t1; ++i) v.tok_actor[i] = int32_t(v.actors.size() - 1);
    }

    void from_lexicon() {
        if (!v.models || !v.models->has_lexicon) return;
        for (const auto& s : v.sents)
            for (uint32_t i = s.t0; i < s.t1; ++i) {
                if (!(v.toks[i].flags & cap) || v.tok_actor[i] >= 0 || !(v.toks[i].info & wi_place_start)) continue;
                const std::vector<uint32_t>* pl = nullptr;
                uint32_t n = match_at(v, v.models->place_trie, i, s.t1, &pl);
                if (!n || !pl || pl->empty()) continue;
                // ("The Cyprus-based weekly newsletter": where a firm sits is no party to anything)
                // (the tokenizer drops a hyphen between letters and marks the word after it)
                if (i + n < s.t1 && (v.toks[i + n].flags & hyphen_before) &&
                    (v.is(i + n, "based") || v.is(i + n, "headquartered") || v.is(i + n, "registered"))) {
                    i += n - 1;
                    continue;
                }
                // ("US$285", "A$1.2 billion", "HK$": a currency's prefix names no party)
                if (i + n < s.t1 && v.toks[i + n].start == v.toks[i + n - 1].end && v.is(i + n, "$")) {
                    i += n - 1;
                    continue;
                }
                uint32_t payload = (*pl)[0];
                int32_t place = int32_t(payload / 4);
                auto form = PlaceForm(payload % 4);
                add(i, i + n, key_for_place(place), form == PlaceForm::demonym ? AType::norp : AType::gpe);
                i += n - 1;
            }
    }

    // Proper-name chunks when there are no entities: titles stripped, org words -> ORG,
    // two or three plain capitalized words -> PERSON, a lone surname of a known PERSON -> that PERSON.
    void fallback_chunks() {
        std::vector<std::pair<std::string, uint32_t>> name_words;  // lowercase word -> person key
        auto person_by_word = [&](std::string_view w) -> int32_t {
            for (const auto& p : name_words)
                if (p.first == w) return int32_t(p.second);
            return -1;
        };
        for (const auto& s : v.sents) {
            if (s.heading) continue;
            for (uint32_t i = s.t0; i < s.t1; ++i) {
                if (!(v.toks[i].flags & cap) || v.toks[i].kind != TK::word || v.tok_actor[i] >= 0) continue;
                uint32_t j = i;
                while (j < s.t1 && v.toks[j].kind == TK::word && (v.toks[j].flags & cap) && v.tok_actor[j] < 0 &&
                       v.lo(j) != "'s")
                    ++j;
                // A sentence-initial capital before a lowercase word is just the first word.
                uint32_t a = i;
                bool speech_next = j < s.t1 && (tok_speech(v, j) || tok_speech_ing(v, j));
                if (a == s.t0 && (tok_stop(v, a) || (j == a + 1 && !speech_next)) && person_by_word(v.lo(a)) < 0) {
                    i = j - 1;
                    continue;
                }
                // Strip titles ("Commerce Secretary", "Prime Minister").
                uint32_t last_title = a;
                bool titled = false;
                for (uint32_t k = a; k < j; ++k)
                    if (tok_title(v, k)) { last_title = k + 1; titled = true; }
                bool titled_before = a > s.t0 && tok_title(v, a - 1);
                bool org = false, other = false;
                for (uint32_t k = a; k < j; ++k) {
                    if (in_list(v.lo(k), kOrgWord)) org = true;
                    if (in_list(v.lo(k), kOtherWord)) other = true;
                }
                bool org_after_title = false;
                for (uint32_t k = last_title; titled && k < j; ++k) org_after_title = org_after_title || in_list(v.lo(k), kOrgWord);
                if (titled && j > last_title && j - last_title <= 3 && !org_after_title) org = false;  // "Commission President X"
                if (org) {
                    std::string name = v.cut(a, j);
                    add(a, j, new_key(name, -1, AType::org), AType::org);
                } else if (!other) {
                    uint32_t b = titled ? last_title : a;
                    uint32_t n = j - b;
                    bool next_speech = j < s.t1 && (tok_speech(v, j) || tok_speech_ing(v, j));
                    if (n >= 2 && n <= 3) {
                        std::string name = v.cut(b, j);
                        int32_t k = -1;
                        for (uint32_t q = 0; q < v.keys.size(); ++q)
                            if (v.keys[q].type == AType::person && v.keys[q].name == name) k = int32_t(q);
                        if (k < 0) k = int32_t(new_key(name, -1, AType::person));
                        name_words.emplace_back(std::string(v.lo(b)), uint32_t(k));
                        name_words.emplace_back(std::string(v.lo(j - 1)), uint32_t(k));
                        add(b, j, uint32_t(k), AType::person);
                    } else if (n == 1) {
                        int32_t k = person_by_word(v.lo(b));
                        if (k >= 0) add(b, j, uint32_t(k), AType::person);
                        else if (titled || titled_before || next_speech) {
                            uint32_t nk = new_key(v.cut(b, j), -1, AType::person);
                            name_words.emplace_back(std::string(v.lo(b)), nk);
                            add(b, j, nk, AType::person);
                        }
                    }
                }
                i = j - 1;
            }
        }
    }
};

}  // namespace

uint32_t first_token_from(const View& v, uint32_t offset) {
    // Tokens are spread fairly evenly over the text, so the index at the same fraction of the
    // token range as `offset` of the tokens' byte range is usually a few tokens off: gallop from
    // there to a range that holds the answer, then binary search it (a dozen steps of a binary
    // search over every token were most of the entity mentions' placement).
    const Tok* const t = v.toks.data();
    const size_t n = v.toks.size();
    auto before = [&](size_t i) { return t[i].start < offset; };  // token i lies before the answer
    if (n == 0 || !before(0)) return 0;
    if (before(n - 1)) return uint32_t(n);
    // Now t[0] is before the answer and t[n - 1] is not: the answer is in (0, n - 1].
    const uint64_t first = t[0].start, span = uint64_t(t[n - 1].start) - first;
    size_t g = span ? size_t((uint64_t(offset) - first) * (n - 1) / span) : 0;
    if (g > n - 1) g = n - 1;
    size_t lo, hi;  // before(lo), !before(hi)
    if (before(g)) {
        lo = g;
        size_t step = 1;
        for (;;) {
            hi = lo + step < n - 1 ? lo + step : n - 1;
            if (!before(hi)) break;
            lo = hi;
            step *= 2;
        }
    } else {
        hi = g;
        size_t step = 1;
        for (;;) {
            lo = hi > step ? hi - step : 0;
            if (before(lo)) break;
            hi = lo;
            step *= 2;
        }
    }
    while (hi - lo > 1) {
        const size_t mid = lo + (hi - lo) / 2;
        if (before(mid)) lo = mid;
        else hi = mid;
    }
    return uint32_t(hi);
}

int32_t actor_at(const View& v, uint32_t tok) { return tok < v.tok_actor.size() ? v.tok_actor[tok] : -1; }

// ---- 4. build_view ----------------------------------------------------------------------------------
View build_view(const Document& doc, const SummaryModels* models, unsigned parts) {
    View v;
    build_view_into(v, doc, models, parts);
    return v;
}

void build_view_into(View& v, const Document& doc, const SummaryModels* models, unsigned parts) {
    // Emptied, capacity kept (a view reused from an earlier document).
    v.low.clear();
    v.toks.clear();
    v.sents.clear();
    v.tok_sent.clear();
    v.actors.clear();
    v.tok_actor.clear();
    v.keys.clear();
    v.paragraphs = 0;
    v.quote_toks = 0;
    v.doc = &doc;
    v.models = models;
    v.low.reserve(doc.text.size() + 8);
    v.toks.reserve(doc.text.size() / 5 + 8);
    const std::string_view src = doc.work_view();
    // Word ids are looked up as tokens are cut when the word table allows it (it always does
    // once the loader sealed it); otherwise in a pass of their own below.
    const bool fused = models && models->loaded && models->words.is_sealed();
    const SummaryModels* lookup = fused ? models : nullptr;
    auto analysed = [&](size_t seg) { return seg < doc.analysed.size() ? doc.analysed[seg] != 0 : doc.segments[seg].kept(); };

    if (!doc.sentences.empty()) {
        v.sents.reserve(doc.sentences.size());
        for (const auto& s : doc.sentences) {
            if (s.segment >= doc.segments.size() || !analysed(s.segment)) continue;
            Sent out;
            out.start = s.start;
            out.end = s.end;
            out.para = s.segment;
            out.heading = doc.segments[s.segment].kind == SegmentKind::heading;
            out.t0 = uint32_t(v.toks.size());
            v.quote_toks += tokenize_range(src, s.start, s.end, v.toks, v.low, lookup, true);
            out.t1 = uint32_t(v.toks.size());
            if (out.t1 > out.t0) {
                // Token -> sentence as the sentence is cut (every token here is in one): a
                // vector fill rather than a store loop over the tokens afterwards.
                v.tok_sent.resize(out.t1, int32_t(v.sents.size()));
                v.sents.push_back(out);
            }
        }
        v.paragraphs = uint32_t(doc.segments.size());
    } else {
        // No sentences from the segmenter: split analysed segments into lines, lines into sentences.
        uint32_t para = 0;
        for (size_t g = 0; g < doc.segments.size(); ++g) {
            if (!analysed(g)) continue;
            const Segment& seg = doc.segments[g];
            uint32_t ls = seg.start;
            while (ls < seg.end) {
                uint32_t le = ls;
                while (le < seg.end && src[le] != '\n') ++le;
                uint32_t t0 = uint32_t(v.toks.size());
                v.quote_toks += tokenize_range(src, ls, le, v.toks, v.low, lookup, true);
                uint32_t t1 = uint32_t(v.toks.size());
                if (t1 > t0) {
                    bool heading = line_is_heading(v, t0, t1);
                    std::vector<uint32_t> ends;
                    split_sentences(v, t0, t1, ends);
                    uint32_t b = t0;
                    for (uint32_t e : ends) {
                        if (e <= b) continue;
                        Sent out;
                        out.t0 = b;
                        out.t1 = e;
                        out.start = v.toks[b].start;
                        out.end = v.toks[e - 1].end;
                        out.para = para;
                        out.heading = heading;
                        v.sents.push_back(out);
                        b = e;
                    }
                    ++para;
                }
                ls = le + 1;
            }
        }
        v.paragraphs = para;
        v.tok_sent.assign(v.toks.size(), -1);
        for (size_t s = 0; s < v.sents.size(); ++s)
            for (uint32_t i = v.sents[s].t0; i < v.sents[s].t1; ++i) v.tok_sent[i] = int32_t(s);
    }
    if (models && models->loaded && !fused) {
        std::string scratch;
        for (auto& t : v.toks) {
            int64_t id = models->words.find(std::string_view(v.low).substr(t.lo, t.lolen), scratch);
            t.wid = int32_t(id);
            if (id >= 0 && size_t(id) < models->word_info.size()) t.info = models->word_info[size_t(id)];
        }
    }
    v.tok_actor.assign(v.toks.size(), -1);
    if (parts & with_actors) {
        // Keys and mentions grow one by one: size them for the entities' share at once.
        size_t mentions = 0;
        for (const auto& e : doc.entities) mentions += e.mentions.size();
        v.keys.reserve(doc.entities.size() + 16);
        v.actors.reserve(mentions + 16);
        ActorBuilder b(v);
        b.place_key.assign(models ? models->places.size() : 0, -1);
        b.from_entities(doc);
        b.from_lexicon();
        if (doc.entities.empty()) b.fallback_chunks();
        std::sort(v.actors.begin(), v.actors.end(), [](const ActorRef& a, const ActorRef& c) { return a.t0 < c.t0; });
        std::fill(v.tok_actor.begin(), v.tok_actor.end(), -1);
        for (size_t k = 0; k < v.actors.size(); ++k)
            for (uint32_t i = v.actors[k].t0; i < v.actors[k].t1; ++i) v.tok_actor[i] = int32_t(k);
    }
}

// ---- 5. Trie matching ----------------------------------------------------------------------------------
uint32_t match_at(const View& v, const PhraseTrie& trie, uint32_t i, uint32_t limit,
                  const std::vector<uint32_t>** payloads) {
    // Active nodes (more than one only through prefix edges); small fixed buffers.
    uint32_t cur[8], nxt[8];
    uint32_t ncur = 1, best = 0;
    cur[0] = 0;
    *payloads = nullptr;
    for (uint32_t j = i; j < limit && ncur > 0 && j - i < trie.max_len; ++j) {
        uint32_t nn = 0;
        const Tok& t = v.toks[j];
        for (uint32_t a = 0; a < ncur; ++a) {
            const auto& node = trie.nodes[cur[a]];
            if (t.wid >= 0) {
                const uint32_t* child = trie.edges.find((uint64_t(cur[a]) << 32) | uint64_t(t.wid));
                if (child && nn < 8) nxt[nn++] = *child;
            }
            for (const auto& pe : node.prefix_edges) {
                std::string_view w = v.lo(j);
                if (w.size() >= pe.first.size() && w.compare(0, pe.first.size(), pe.first) == 0 && nn < 8)
                    nxt[nn++] = pe.second;
            }
        }
        for (uint32_t a = 0; a < nn; ++a)
            if (!trie.nodes[nxt[a]].payloads.empty()) {
                best = j - i + 1;
                *payloads = &trie.nodes[nxt[a]].payloads;
            }
        std::copy(nxt, nxt + nn, cur);
        ncur = nn;
    }
    return best;
}

// ---- 6. Numbers, percentages, time phrases ------------------------------------------------------------
namespace {
bool word_number(std::string_view w, double& out) {
    if (w.size() < 3 || w.size() > 7) return false;  // "one" .. "hundred": most tokens stop here
    for (const auto* p = kNumWords; p->w; ++p)
        if (p->w[0] == w[0] && w == p->w) { out = p->v; return true; }
    return false;
}
}  // namespace

bool scale_word(std::string_view w) {
    static constexpr std::string_view kScaleWords[] = {"mln", "million", "millions", "billion", "billions", "bln",
        "bn", "trillion", "trillions", "thousand", "thousands", "hundred", "hundreds"};
    for (std::string_view k : kScaleWords)
        if (w == k) return true;
    return false;
}

bool number_at(const View& v, uint32_t i, uint32_t limit, double& value, uint32_t& used, bool& is_fraction) {
    is_fraction = false;
    if (i >= limit) return false;
    std::string_view w = v.lo(i);
    if (v.toks[i].kind == TK::number) {
        char buf[64];
        size_t n = 0;
        for (char c : w)
            if (c != ',' && n + 1 < sizeof buf) buf[n++] = c;
        buf[n] = 0;
        char* end = nullptr;
        value = std::strtod(buf, &end);
        if (end == buf) return false;
        used = 1;
        return true;
    }
    // Number and fraction words, "a" and "one" carry wi_time_start (register_grammar): with the
    // models loaded, a word without the bit is no number, as the comparisons below would find.
    if (v.models && v.models->loaded && !(v.toks[i].info & wi_time_start)) return false;
    double a;
    if (word_number(w, a)) {
        used = 1;
        // "twenty-five", "one hundred"
        if (i + 1 < limit) {
            double b;
            if (v.is(i + 1, "hundred")) { a *= 100; used = 2; }
            else if ((v.toks[i + 1].flags & hyphen_before) && word_number(v.lo(i + 1), b) && b < 10) { a += b; used = 2; }
        }
        value = a;
        return true;
    }
    // "a tenth", "a third", "one fifth", "half"
    uint32_t k = i;
    double mult = 1;
    if (w == "a" || w == "one") ++k;
    else if (word_number(w, mult)) ++k;
    if (k < limit) {
        const std::string_view fw = v.lo(k);
        for (const auto* p = kFractions; p->w; ++p)
            if (!fw.empty() && p->w[0] == fw[0] && fw == p->w) {
                value = p->v * (w == "a" || w == "one" ? 1 : mult);
                used = k - i + 1;
                is_fraction = true;
                return true;
            }
    }
    return false;
}

bool percent_at(const View& v, uint32_t i, uint32_t limit, double& value, uint32_t& used) {
    double x;
    uint32_t n;
    bool frac;
    if (!number_at(v, i, limit, x, n, frac) || frac) return false;
    uint32_t j = i + n;
    if (j < limit && (v.is(j, "%") || v.is(j, "percent") || v.is(j, "pct"))) {
        value = x;
        used = n + 1 + (v.is(j + 1, "points") && j + 1 < limit ? 1 : 0);
        return true;
    }
    if (j + 1 < limit && v.is(j, "per") && v.is(j + 1, "cent")) {
        value = x;
        used = n + 2;
        return true;
    }
    if (j + 1 < limit && v.is(j, "percentage") && v.is(j + 1, "points")) {
        value = x;
        used = n + 2;
        return true;
    }
    return false;
}

namespace {
// Token i is in `list`: by its word-class bit when the models filled it in, else by comparison.
bool word_in(const View& v, uint32_t i, uint32_t bit, const char* const* list) {
    return v.models && v.models->loaded ? (v.toks[i].info & bit) != 0 : in_list(v.lo(i), list);
}

bool is_month(const View& v, uint32_t i) {
    // "May" the month vs "may" the modal: the month is capitalized.
    return word_in(v, i, wi_month, kMonths) && ((v.toks[i].flags & cap) || v.lo(i) != "may");
}
bool is_year(const View& v, uint32_t i) {
    if (v.toks[i].kind != TK::number) return false;
    std::string_view w = v.lo(i);
    // (four digits: "19th" and "20th" are ordinals)
    return w.size() == 4 && (w[0] == '1' || w[0] == '2') && (w[1] == '9' || w[1] == '0') && w[2] >= '0' &&
           w[2] <= '9' && w[3] >= '0' && w[3] <= '9';
}

// Length of a bare time expression at i (no preposition), or 0.
uint32_t bare_time(const View& v, uint32_t i, uint32_t limit) {
    if (i >= limit) return 0;
    if (is_month(v, i)) {
        uint32_t n = 1;
        // "Aug. 1": an abbreviated month's dot is a token of its own here
        if (i + 2 < limit && v.is(i + 1, ".") && v.lo(i).size() <= 4 && v.toks[i + 2].kind == TK::number &&
            v.toks[i + 1].start == v.toks[i].end)
            ++n;
        if (i + n < limit && v.toks[i + n].kind == TK::number) ++n;
        if (i + n < limit && is_year(v, i + n)) ++n;
        // "January 1, 2024": the year after the day's comma
        else if (n >= 2 && i + n + 1 < limit && v.is(i + n, ",") && is_year(v, i + n + 1)) n += 2;
        return n;
    }
    if (word_in(v, i, wi_day, kDays)) return 1;
    if (is_year(v, i)) return 1;
    if (word_in(v, i, wi_rel, kRel)) {
        uint32_t j = i + 1;
        if (j < limit && (v.is(j, "this") || v.is(j, "next") || v.is(j, "last"))) ++j;
        double x;
        uint32_t used;
        bool frac;
        if (j < limit && number_at(v, j, limit, x, used, frac) && !frac && j + used < limit &&
            word_in(v, j + used, wi_unit, kUnits))
            return j + used - i + 1;  // "the next three years"
        if (j < limit && (word_in(v, j, wi_unit, kUnits) || word_in(v, j, wi_day, kDays) || is_month(v, j))) return j - i + 1;
        return 0;
    }
    if (v.is(i, "the") && i + 2 < limit && v.is(i + 1, "end") && v.is(i + 2, "of")) {
        uint32_t n = bare_time(v, i + 3, limit);
        if (n) return 3 + n;
        if (i + 4 < limit && v.is(i + 3, "the") && word_in(v, i + 4, wi_unit, kUnits)) return 5;
        return 0;
    }
    double x;
    uint32_t used;
    bool frac;
    // (not hyphenated: "a 90-day truce", "a three-month extension" name a length, no time)
    if (number_at(v, i, limit, x, used, frac) && !frac && i + used < limit && word_in(v, i + used, wi_unit, kUnits) &&
        !(v.toks[i + used].flags & hyphen_before))
        return used + 1;
    return 0;
}
}  // namespace

// "delays retaliation by 90 days", "extended by six months": a count of units after "by" (at j)
// is an amount of change, no time.
static bool by_amount(const View& v, uint32_t j, uint32_t limit) {
    return j + 1 < limit && word_in(v, j + 1, wi_unit, kUnits) &&
           (v.toks[j].kind == TK::number || v.is(j, "two") || v.is(j, "three") || v.is(j, "four") ||
            v.is(j, "five") || v.is(j, "six") || v.is(j, "several") || v.is(j, "a") || v.is(j, "one"));
}

uint32_t time_at(const View& v, uint32_t i, uint32_t limit) {
    if (i >= limit) return 0;
    if (v.models && v.models->loaded && v.toks[i].kind != TK::number && !(v.toks[i].info & wi_time_start)) return 0;
    if (word_in(v, i, wi_time_prep, kTimePrep)) {
        // ("no tariffs on U.S. goods for now", "for the time being", "for the moment")
        if (v.is(i, "for") && i + 1 < limit) {
            if (v.is(i + 1, "now")) return 2;
            if (i + 2 < limit && v.is(i + 1, "the") && v.is(i + 2, "moment")) return 3;
            if (i + 3 < limit && v.is(i + 1, "the") && v.is(i + 2, "time") && v.is(i + 3, "being")) return 4;
        }
        uint32_t j = i + 1;
        if (v.is(i, "as") && v.is(j, "of")) ++j;
        if (v.is(j, "the") && !(v.is(j + 1, "end"))) ++j;
        if (v.is(j, "up") && v.is(j + 1, "to")) j += 2;
        // ("for at least 45 days", "for at most a year", "within more than a month")
        else if ((v.is(j, "at") && (v.is(j + 1, "least") || v.is(j + 1, "most"))) ||
                 (v.is(j, "more") && v.is(j + 1, "than")) || (v.is(j, "less") && v.is(j + 1, "than")))
            j += 2;
        else if (v.is(j, "nearly") || v.is(j, "about") || v.is(j, "almost") || v.is(j, "roughly"))
            ++j;
        if (v.is(i, "by") && by_amount(v, j, limit)) return 0;
        // ("for three more years", "for two additional years": a count, "more", a unit)
        if (j + 2 < limit && (v.is(j + 1, "more") || v.is(j + 1, "additional") || v.is(j + 1, "further")) &&
            word_in(v, j + 2, wi_unit, kUnits) &&
            (v.toks[j].kind == TK::number || v.is(j, "two") || v.is(j, "three") || v.is(j, "four") ||
             v.is(j, "five") || v.is(j, "six") || v.is(j, "ten") || v.is(j, "several") || v.is(j, "few")))
            return (j - i) + 3;
        uint32_t n = bare_time(v, j, limit);
        // "on his first day in office", "in the first week of": an ordinal day, week or year of
        // someone's or of something (after a preposition only: "the first year of tariffs" is none)
        if (!n) {
            uint32_t k = i + 1;
            if (k < limit && (v.is(k, "the") || v.is(k, "his") || v.is(k, "her") || v.is(k, "their") || v.is(k, "its")))
                ++k;
            if (k + 1 < limit && (v.is(k, "first") || v.is(k, "second") || v.is(k, "last") || v.is(k, "final") ||
                                  v.is(k, "opening")) &&
                word_in(v, k + 1, wi_unit, kUnits)) {
                n = 2 + (k + 3 < limit && v.is(k + 2, "in") && v.is(k + 3, "office") ? 2 : 0);
                return (k - i) + n;
            }
        }
        return n ? (j - i) + n : 0;
    }
    if (i > 0 && v.is(i - 1, "by") && by_amount(v, i, limit)) return 0;
    // "duties, which would normally last five years": the verb "last" and how long, no time
    // ("the pact, agreed to last July": a time)
    if (i > 0 && i + 1 < limit && v.is(i, "last")) {
        static const char* const kBeforeVerb[] = {"will", "would", "could", "can", "may", "might", "should", "must",
            "to", "normally", "usually", "typically", "generally", "which", nullptr};
        if (in_list(v.lo(i - 1), kBeforeVerb) &&
            (v.toks[i + 1].kind == TK::number || v.is(i + 1, "for") || v.is(i + 1, "until") || v.is(i + 1, "through") ||
             v.is(i + 1, "several") || v.is(i + 1, "two") || v.is(i + 1, "three") || v.is(i + 1, "four") ||
             v.is(i + 1, "five") || v.is(i + 1, "six") || v.is(i + 1, "ten") || v.is(i + 1, "indefinitely")))
            return 0;
    }
    return bare_time(v, i, limit);
}

}  // namespace np::sv
