// tokenize.cpp — tokens of a sentence, in one pass with no allocation.
//
// Rules (why: the entity and summary stages match on these tokens):
//   * words: letters/digits, joined by internal hyphens ("US-made", "COVID-19"), internal
//     apostrophes that are not clitics ("O'Brien"), and '&' between capitals ("S&P");
//   * clitics split off so names stay whole: "Trump’s" -> "Trump" + "’s", "don't" -> "do" + "n't"
//     (’s ’re ’ve ’ll ’d ’m n’t, straight or curly apostrophe);
//   * dotted acronyms are one token with their final dot ("U.S.", "a.m."); titles and
//     initials take their dot ("Mr.", "J.");
//   * numbers: digits with internal '.' or ',' before a digit ("1,200.50", "2.5"); a unit
//     written against a number is its own token ("1.2bn" -> "1.2" + "bn"), except ordinal and
//     decade suffixes ("3rd", "1990s");
//   * punctuation: one token per mark, runs of dots or hyphens together ("...", "--");
//   * zero-width placeholders (0x7F) are kept inside tokens, skipped between them.
#include <algorithm>

#include "segment_parts.hpp"
#include "text.hpp"

namespace np::seg {

using text::CharClass;

namespace {

struct Cursor {
    std::string_view w;
    uint32_t end;
    uint32_t cp_at(uint32_t i, int& len) const {
        if (i >= end) { len = 0; return 0; }
        return text::decode(w, i, len);
    }
    CharClass class_at(uint32_t i) const {
        int len;
        uint32_t cp = cp_at(i, len);
        return len == 0 ? CharClass::space : text::classify(cp);
    }
};

bool is_alnum(CharClass c) { return c == CharClass::letter || c == CharClass::digit; }

// Length of a clitic starting at apostrophe position i (apostrophe included), 0 if none.
uint32_t clitic_len(const Cursor& c, uint32_t i) {
    int alen;
    uint32_t ap = c.cp_at(i, alen);
    if (alen == 0 || !text::is_apostrophe(ap)) return 0;
    uint32_t j = i + uint32_t(alen);
    char buf[3];
    int k = 0;
    while (j < c.end && k < 3) {
        unsigned char b = static_cast<unsigned char>(c.w[j]);
        if (!((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) break;
        buf[k++] = char(b | 0x20);
        ++j;
    }
    if (k == 0 || k == 3) return 0;
    if (j < c.end && is_alnum(c.class_at(j))) return 0;
    std::string_view s(buf, size_t(k));
    if (s == "s" || s == "re" || s == "ve" || s == "ll" || s == "d" || s == "m") return j - i;
    return 0;
}

bool is_ascii_upper(char ch) { return ch >= 'A' && ch <= 'Z'; }
bool is_ascii_lower(char ch) { return ch >= 'a' && ch <= 'z'; }

// The acronyms of places and blocs that news joins to a place with a hyphen ("US-China",
// "EU-Japan"); any capitals would split organisations' names ("JA-Zenchu", "Mercedes-AMG").
bool place_acronym(std::string_view a) {
    static constexpr std::string_view kPlaces[] = {"US", "USA", "UK", "EU", "UAE", "ASEAN", "UN", "GCC", "PRC", "ROK",
                                                   "DPRK", "NATO"};
    for (std::string_view p : kPlaces)
        if (a == p) return true;
    return false;
}

// A hyphen at `h` joining two names that are each a word of their own: "Japan-U.S." (U.S., U.K.,
// E.U. or U.N. after it: the word would end at "Japan-U" and leave "S." alone), "EU-China",
// "US-Japan", "Japan-EU", "ASEAN-China" (a place's acronym, place_acronym(), beside a
// capitalized word of three or more). Each side is then its own token, as in "U.S.-China", and
// the entity stage sees both places. "Coca-Cola", "Rolls-Royce", "F-16", "COVID-19" and a
// capitals-only line ("JAPAN-EU") stay whole.
bool places_joined(std::string_view w, uint32_t s, uint32_t h, uint32_t end) {
    const auto upper_at = [&](uint32_t k) { return k < end && is_ascii_upper(w[k]); };
    // (a dotted place's acronym, not any initials: "New York-J.F. Kennedy airport")
    const std::string_view acr = h + 4 < end ? w.substr(h + 1, 4) : std::string_view();
    const bool dotted = acr == "U.S." || acr == "U.K." || acr == "E.U." || acr == "U.N.";
    // the left part: a place's acronym, or a capital and lower-case letters (3+)
    const uint32_t left = h - s;
    const bool left_caps = place_acronym(w.substr(s, left));
    bool left_title = left >= 3 && is_ascii_upper(w[s]);
    for (uint32_t k = s; k < h && left_title; ++k) left_title = k == s || is_ascii_lower(w[k]);
    if (!left_caps && !left_title) return dotted;  // ("anti-U.S." too)
    // ("Franco-U.S.", "Sino-US": a combining form is no name of its own)
    static constexpr std::string_view kCombining[] = {"Franco", "Sino", "Anglo", "Euro", "Indo", "Afro", "Austro",
                                                      "Russo", "Italo", "Greco", "Judeo", "Nippo", "Luso", "Hispano"};
    for (std::string_view f : kCombining)
        if (w.substr(s, left) == f) return false;
    if (dotted) return true;
    // the right part, up to the word's end
    uint32_t e = h + 1;
    while (e < end && (is_ascii_upper(w[e]) || is_ascii_lower(w[e]))) ++e;
    if (e < end && ((w[e] >= '0' && w[e] <= '9') || w[e] == '-' || static_cast<unsigned char>(w[e]) >= 0x80)) return false;
    const uint32_t right = e - (h + 1);
    const bool right_caps = place_acronym(w.substr(h + 1, right));
    bool right_title = right >= 3 && upper_at(h + 1);
    for (uint32_t k = h + 1; k < e && right_title; ++k) right_title = k == h + 1 || is_ascii_lower(w[k]);
    return (left_caps && right_title) || (left_title && right_caps);
}

// ASCII letters and digits by table (the inner loop of every word).
constexpr uint8_t kLetter = 1, kDigit = 2;
constexpr auto kAlnum = [] {
    struct T { uint8_t v[256] = {}; constexpr uint8_t operator[](size_t i) const { return v[i]; } } t{};
    for (int c = 'a'; c <= 'z'; ++c) t.v[c] = t.v[c - 32] = kLetter;
    for (int c = '0'; c <= '9'; ++c) t.v[c] = kDigit;
    return t;
}();

// 0x80 in every byte of x that is NOT an ASCII digit (digits_only) or ASCII letter/digit: the
// run scan of the fast path, 8 bytes a step. Range tests on the low 7 bits cannot carry across
// bytes (every sum stays <= 0xFF); a byte with bit 7 set is never a match.
inline uint64_t not_alnum8(uint64_t x, bool digits_only) {
    using text::kOnes, text::kHigh;
    const uint64_t x7 = x & ~kHigh;
    auto in_range = [](uint64_t v, uint64_t lo, uint64_t hi) {
        return (v + kOnes * (0x80 - lo)) & ~(v + kOnes * (0x7F - hi)) & kHigh;
    };
    uint64_t ok = in_range(x7, '0', '9');
    if (!digits_only) ok |= in_range(x7 | kOnes * 0x20, 'a', 'z');
    return kHigh & ~(ok & ~x);
}

// 0x80 in every byte of x that is not an ASCII letter (as not_alnum8()).
inline uint64_t not_letter8(uint64_t x) {
    using text::kOnes, text::kHigh;
    const uint64_t v = (x & ~kHigh) | kOnes * 0x20;
    const uint64_t ok = (v + kOnes * (0x80 - 'a')) & ~(v + kOnes * (0x7F - 'z')) & kHigh;
    return kHigh & ~(ok & ~x);
}

// Bytes that end an ASCII word run with nothing more to decide (see tokenize()'s fast path):
// whitespace, the end of the sentence, and ASCII punctuation/symbols that join nothing. Not in
// them: '.' (abbreviation dots, decimals), '-' and '&' (joins), '\'' (clitics), ',' after a
// number (thousands), 0x7F (ignorable: kept inside the word), 0x1A (a letter), letters and
// digits (after a number: a unit or an ordinal suffix), and every byte >= 0x80.
constexpr uint8_t kEndsWord = 1, kEndsNumber = 2;
constexpr auto kSimpleEnd = [] {
    struct T { uint8_t v[256] = {}; constexpr uint8_t operator[](size_t i) const { return v[i]; } } t{};
    for (int c = 0; c < 0x7F; ++c) {
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum || c == '.' || c == '-' || c == '&' || c == '\'' || c == 0x1A) continue;
        t.v[c] = c == ',' ? kEndsWord : kEndsWord | kEndsNumber;
    }
    return t;
}();

// A clitic can only start with ' (27), ’ (E2 80 99) or ʼ (CA BC): checked inline before the call.
inline uint32_t clitic_at(const Cursor& c, uint32_t i) {
    if (i >= c.end) return 0;
    unsigned char b = static_cast<unsigned char>(c.w[i]);
    return b == '\'' || b == 0xE2 || b == 0xCA ? clitic_len(c, i) : 0;
}

}  // namespace

uint32_t tokenize(Document& doc, uint32_t start, uint32_t end) { return tokenize(doc.work_view(), start, end, doc.tokens); }

namespace {

// kFast = false is the plain path alone (the general per-code-point code): the reference the
// fast paths are tested against (tokenize_plain(), test_tokenize_fast.cpp).
template <bool kFast>
uint32_t tokenize_impl(std::string_view w, uint32_t start, uint32_t end, std::vector<Token>& out) {
    Cursor c{w, end};
    const size_t before = out.size();
    uint32_t i = start;
    const auto* const p = reinterpret_cast<const unsigned char*>(w.data());
    // 8-byte loads at any j < end stay inside the text: the fast path below needs no bounds
    // test per step (false only for a sentence within 8 bytes of the end of the text).
    const bool wide = kFast && size_t(end) + 8 <= w.size();
    while (i < end) {
        if (wide) {
            // The commonest cases straight from the byte, before any decoding: a space, and
            // an ASCII word or number ended by a byte of kSimpleEnd (the fast path below,
            // without its bounds tests). Anything else goes on to the general code from i.
            const unsigned char b0 = p[i];
            if (b0 == ' ') { ++i; continue; }
            if (const uint8_t a0 = kAlnum[b0]; a0 != 0) {
                const bool numeric = a0 == kDigit;
                uint32_t j = i + 1;
                for (;;) {
                    // A word's run is scanned for letters only (one range test, not two): a
                    // digit inside it ("G7", "COVID19") is stepped over below and the run goes on.
                    while (j < end) {
                        const uint64_t x = text::load8(w.data() + j);
                        const uint64_t m = numeric ? not_alnum8(x, true) : not_letter8(x);
                        if (m) { j += text::first_byte(m); break; }
                        j += 8;
                    }
                    if (!numeric) {
                        if (j < end && kAlnum[p[j]] == kDigit) { ++j; continue; }
                        break;
                    }
                    // "1,200.50": '.' or ',' before a digit continues a number (as the
                    // general loop decides); then its digits run on.
                    if (j + 1 < end && (p[j] == '.' || p[j] == ',') && kAlnum[p[j + 1]] == kDigit) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                // A number also ends at a '.' or ',' not before a digit (the general loop
                // breaks there and takes no dot for a number); a word longer than any
                // abbreviation ends before its '.' (Abbrev::none: the dot is not taken).
                // p[j] is inside the text even when j >= end (wide): the commonest end, a
                // space, is tested first.
                if ((kSimpleEnd[p[j]] & (numeric ? kEndsNumber : kEndsWord)) || j >= end ||
                    (numeric ? (p[j] == '.' || p[j] == ',') : (p[j] == '.' && j - i > kMaxAbbrevBytes))) {
                    if (j > end) j = end;
                    out.push_back(make_token(i, j, numeric ? TokenKind::number : TokenKind::word));
                    i = j + (p[j] == ' ');  // the usual space after a word: skipped here (i > end ends the loop)
                    continue;
                }
                // A short word before a '.' ("said.", "year."): the general loop stops at the
                // dot too and takes it only for an abbreviation, which is rare. A single
                // letter before a dot may be an acronym or an initial: left to it.
                if (!numeric && p[j] == '.' && j - i >= 2 && abbreviation(w.substr(i, j - i)) == Abbrev::none) {
                    out.push_back(make_token(i, j, TokenKind::word));
                    i = j;  // the dot is the next token
                    continue;
                }
            } else if (b0 < 0x80 && b0 != '\'') {
                // An ASCII byte that is not a letter or digit (a letter-class 0x1A and the
                // clitic apostrophe go to the general code): what the general code decides
                // from its class alone. Mostly the ',' and '.' after words, and line breaks.
                const CharClass cc0 = text::detail::kAsciiClass[b0];
                if (cc0 == CharClass::space || cc0 == CharClass::ignorable) { ++i; continue; }
                if (cc0 == CharClass::punct || cc0 == CharClass::symbol) {
                    uint32_t j = i + 1;
                    if (b0 == '.' || b0 == '-')
                        while (j < end && p[j] == b0) ++j;  // "...", "--": one token
                    out.push_back(make_token(i, j, cc0 == CharClass::punct ? TokenKind::punct : TokenKind::symbol));
                    i = j + (j < end && p[j] == ' ');
                    continue;
                }
            }
        }
        int len;
        uint32_t cp = c.cp_at(i, len);
        CharClass cc = text::classify(cp);
        if (cc == CharClass::space || cc == CharClass::ignorable) { i += uint32_t(len); continue; }
        const uint32_t s = i;
        if (kFast && !wide && len == 1 && (cc == CharClass::letter || cc == CharClass::digit)) {
            // Fast path: a run of ASCII letters/digits (digits only for a number) ended by a
            // byte of kSimpleEnd is a whole token, exactly as the general loop below decides
            // (it would break at that byte, take no dot and find no clitic). Most tokens of
            // news text are this; anything else is re-read by the general path from s.
            const bool numeric = cc == CharClass::digit;
            const uint8_t run = numeric ? kDigit : kDigit | kLetter;
            uint32_t j = i + 1;
            // 8 bytes a step while they are inside the text (they may run past `end`: only
            // the first non-matching byte matters, and j is capped at end).
            for (;;) {
                if (j >= end) break;
                if (size_t(j) + 8 <= w.size()) {
                    uint64_t m = not_alnum8(text::load8(w.data() + j), numeric);
                    if (m) { j = std::min(end, j + text::first_byte(m)); break; }
                    j += 8;
                    continue;
                }
                while (j < end && (kAlnum[static_cast<unsigned char>(w[j])] & run)) ++j;
                break;
            }
            if (j > end) j = end;
            if (j >= end || (kSimpleEnd[static_cast<unsigned char>(w[j])] & (numeric ? kEndsNumber : kEndsWord))) {
                out.push_back(make_token(s, j, numeric ? TokenKind::number : TokenKind::word));
                i = j + (j < end && w[j] == ' ');  // the usual space after a word: skipped here
                continue;
            }
        }
        if (cc == CharClass::letter || cc == CharClass::digit) {
            // Dotted acronym: (letter '.'){2,} -> one token including the last dot ("U.S.").
            if (cc == CharClass::letter && len == 1 && i + 1 < end && w[i + 1] == '.') {
                uint32_t j = i;
                int pairs = 0;
                auto ascii_letter = [&](uint32_t k) { return k < end && ((w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z'); };
                while (j + 1 < end && ascii_letter(j) && w[j + 1] == '.') { j += 2; ++pairs; }
                bool closed = j >= end || !is_alnum(c.class_at(j));
                if (pairs >= 2 && closed) {
                    out.push_back(make_token(s, j, TokenKind::word));
                    i = j;
                    continue;
                }
                // "U.S" without the final dot
                if (pairs >= 1 && ascii_letter(j) && (j + 1 >= end || (!is_alnum(c.class_at(j + 1)) && w[j + 1] != '.'))) {
                    out.push_back(make_token(s, j + 1, TokenKind::word));
                    i = j + 1;
                    continue;
                }
            }
            bool numeric = cc == CharClass::digit;
            uint32_t j = i + uint32_t(len);
            while (j < end) {
                // Fast path: a run of ASCII letters (digits too once the token is a word),
                // one table look-up per byte.
                {
                    const uint8_t run = numeric ? kDigit : kDigit | kLetter;
                    while (j < end && (kAlnum[static_cast<unsigned char>(w[j])] & run)) ++j;
                    if (j >= end) break;
                }
                int l2;
                uint32_t cp2 = c.cp_at(j, l2);
                CharClass c2 = text::classify(cp2);
                if (c2 == CharClass::letter || c2 == CharClass::ignorable) {
                    if (numeric && c2 == CharClass::letter) {
                        // "3rd", "1990s" stay whole; "1.2bn", "20pc" split before the unit.
                        uint32_t k = j;
                        char suf[3];
                        int n = 0;
                        while (k < end && n < 3 && ((w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z')) { suf[n++] = char(w[k] | 0x20); ++k; }
                        bool alone = k >= end || !is_alnum(c.class_at(k));
                        std::string_view sv(suf, size_t(n));
                        if (alone && (sv == "st" || sv == "nd" || sv == "rd" || sv == "th" || sv == "s")) { j = k; numeric = false; continue; }
                        break;
                    }
                    j += uint32_t(l2);
                    continue;
                }
                if (c2 == CharClass::digit) {
                    j += uint32_t(l2);
                    continue;
                }
                if (c2 == CharClass::space) break;  // the common end of a word: none of the joins below apply
                CharClass next = j + uint32_t(l2) < end ? c.class_at(j + uint32_t(l2)) : CharClass::space;
                if (numeric && (cp2 == '.' || cp2 == ',') && next == CharClass::digit) { j += 1; continue; }
                if (cp2 == '-' && !numeric && places_joined(w, s, j, end)) break;  // "Japan-U.S.", "EU-China"
                if ((cp2 == '-' || cp2 == 0x2010 || cp2 == 0x2011) && is_alnum(next)) { numeric = false; j += uint32_t(l2); continue; }
                if (cp2 == '&' && j > s && is_ascii_upper(w[j - 1]) && j + 1 < end && is_ascii_upper(w[j + 1])) { j += 1; continue; }
                if (text::is_apostrophe(cp2) && next == CharClass::letter) {
                    if (clitic_len(c, j) != 0) break;
                    // "n't": the word ends before the n
                    if ((w[j - 1] | 0x20) == 'n' && j - 1 > s && j + uint32_t(l2) < end &&
                        (w[j + uint32_t(l2)] | 0x20) == 't' &&
                        (j + uint32_t(l2) + 1 >= end || !is_alnum(c.class_at(j + uint32_t(l2) + 1)))) {
                        out.push_back(make_token(s, j - 1, TokenKind::word));
                        out.push_back(make_token(j - 1, j + uint32_t(l2) + 1, TokenKind::word));
                        i = j + uint32_t(l2) + 1;
                        goto next_token;
                    }
                    j += uint32_t(l2);
                    continue;
                }
                break;
            }
            {
                // Titles, initials and "No." before a number take their dot.
                uint32_t tend = j;
                if (j < end && w[j] == '.' && !numeric) {
                    std::string_view word = w.substr(s, j - s);
                    Abbrev a = abbreviation(word);
                    bool initial = word.size() == 1 && is_ascii_upper(word[0]);
                    bool take = a == Abbrev::title || a == Abbrev::closing || a == Abbrev::month || initial;
                    if (a == Abbrev::number) {
                        uint32_t k = j + 1;
                        while (k < end && w[k] == ' ') ++k;
                        take = k < end && w[k] >= '0' && w[k] <= '9';
                    }
                    if (take && (j + 1 >= end || !is_alnum(c.class_at(j + 1)))) tend = j + 1;
                }
                out.push_back(make_token(s, tend, numeric ? TokenKind::number : TokenKind::word));
                i = tend;
                // A clitic right after the word becomes its own token.
                if (uint32_t cl = clitic_at(c, i); cl != 0) {
                    out.push_back(make_token(i, i + cl, TokenKind::word));
                    i += cl;
                }
            }
            continue;
        }
        if (cc == CharClass::punct) {
            uint32_t j = i + uint32_t(len);
            if (cp == '.' || cp == '-') {
                while (j < end && w[j] == char(cp)) ++j;
            } else if (text::is_apostrophe(cp)) {
                if (uint32_t cl = clitic_len(c, i); cl != 0 && i > start && is_alnum(c.class_at(text::prev_start(w, i)))) j = i + cl;
            }
            out.push_back(make_token(s, j, j - s > uint32_t(len) && cp != '.' && cp != '-' ? TokenKind::word : TokenKind::punct));
            i = j;
            continue;
        }
        out.push_back(make_token(s, i + uint32_t(len), cc == CharClass::symbol ? TokenKind::symbol : TokenKind::other));
        i += uint32_t(len);
    next_token:;
    }
    return uint32_t(out.size() - before);
}

}  // namespace

uint32_t tokenize(std::string_view w, uint32_t start, uint32_t end, std::vector<Token>& out) {
    return tokenize_impl<true>(w, start, end, out);
}

uint32_t tokenize_plain(std::string_view w, uint32_t start, uint32_t end, std::vector<Token>& out) {
    return tokenize_impl<false>(w, start, end, out);
}

}  // namespace np::seg
