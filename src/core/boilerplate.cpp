// boilerplate.cpp — page chrome, link lists and metadata, decided by FEATURES of a line and
// its position, never by the titles of any particular article.
//
// Index
//   1. Word access (case-insensitive, no allocation)
//   2. Small vocabularies of generic web phrases (data, not article text)
//   3. classify_line(): what a line is on its own
//        list_marker  a short line made only of "navigation" words with at least one strong
//                     one ("Related stories", "More from our site", "Most read", "Read more")
//        marker_link  "Read more: <title>" — a marker prefix then a link title
//        chrome       advertisement / share / subscribe / newsletter / cookie lines
//        copyright    "© 2024 ...", "Copyright ...", "All rights reserved"
//        metadata     bylines, "Reporting by", timestamps ("Updated 3 hours ago"), photo credits
//   4. find_boilerplate(): context (the pass itself is in boilerplate_context.cpp, built for
//      size in wasm: once per document over its lines)
//        * a list marker and the link-title-like lines after it (until a real paragraph);
//        * after the article's end (the last real paragraph): every link-title-like or short
//          non-paragraph line, except a short sentence (SegFeatures::prose: "Terms were not
//          disclosed." closes many wire stories);
//        * a run of >= 3 link-title-like lines of >= 4 words inside the text (no heading
//          section has three titles in a row), or of >= 3 one-to-three-word lines at the top
//          (a navigation menu);
//        * a single title-like line followed by a real paragraph is a heading: kept;
//        * the writer's note closing the article ("X is the Ottawa correspondent."): metadata.
//   Metadata (bylines, datelines, timestamps, credits) gets kind `metadata` and status
//   `boilerplate`: it is not article text, so it leaves the clean text, but the kind lets a
//   user (or keep_all) bring it back.
#include <algorithm>
#include <cstring>
#include <cctype>
#include <string>

#include "dedup_parts.hpp"
#include "parallel.hpp"
#include "stage_inputs.hpp"
#include "text.hpp"

namespace np::dd {

namespace {

// ---- 1. Word access -----------------------------------------------------------------------------
constexpr int kMaxWords = 96;
struct Words {
    std::string_view w[kMaxWords];
    int n = 0;
    bool more = false;  // the segment has more words than kept here
    uint32_t lens = 0;  // bit k: some word has k bytes (bit 31: 31 or more). A line is tested
                        // for a dozen words ("newsletter", "cookie" ...): a word whose length
                        // no word has is absent without a scan.
    uint32_t has = 0;   // kHas* bits: the words every line is tested for, noted while collecting
                        // (one length switch per word instead of a scan of the line per test)
    std::vector<Token> scratch;  // the line's tokens rebuilt, in clean-only mode (segment_tokens)
};
constexpr uint32_t kHasNewsletter = 1, kHasNewsletters = 2, kHasSubscribe = 4, kHasInbox = 8,
                   kHasCookie = 16, kHasCookies = 32, kHasRights = 64, kHasContributed = 128;
constexpr uint32_t len_bit(size_t n) { return 1u << (n < 31 ? n : 31); }

using text::ascii_iequals;

// The kHas* bit of a word (compared case-insensitively), 0 for any other word.
// collect() asks only words starting "in", "co", "ri", "su" or "ne": keep its filter in step.
uint32_t has_bit(std::string_view w) {
    if (w.size() < 5 || w.size() > 11) return 0;
    switch (w.size()) {
        case 5: return ascii_iequals(w, "inbox") ? kHasInbox : 0;
        case 6: return ascii_iequals(w, "cookie") ? kHasCookie : ascii_iequals(w, "rights") ? kHasRights : 0;
        case 7: return ascii_iequals(w, "cookies") ? kHasCookies : 0;
        case 9: return ascii_iequals(w, "subscribe") ? kHasSubscribe : 0;
        case 10: return ascii_iequals(w, "newsletter") ? kHasNewsletter : 0;
        case 11: return ascii_iequals(w, "newsletters") ? kHasNewsletters : ascii_iequals(w, "contributed") ? kHasContributed : 0;
        default: return 0;
    }
}

// `toks`: the segment's tokens (segment_tokens()).
void collect(const Document& doc, std::span<const Token> toks, Words& out) {
    out.n = 0;
    out.more = false;
    out.lens = 0;
    out.has = 0;
    const Token* t = toks.data();
    const Token* const stop = t + toks.size();
    const char* const base = doc.work_view().data();
    for (; t < stop; ++t) {
        const TokenKind k = t->kind;
        if (k != TokenKind::word && k != TokenKind::number) continue;
        if (out.n == kMaxWords) { out.more = true; return; }
        const uint32_t start = t->start, len = t->end - start;
        out.lens |= len_bit(len);
        std::string_view word(base + start, len);
        out.w[out.n++] = word;
        // has_bit()'s words start "in", "co", "ri", "su" or "ne" (any case) and have 5-11
        // letters. The test is computed without branches (a word's length alone is a coin toss
        // the CPU mispredicted, ~70 K times per MB): almost no word passes it.
        const unsigned two = (unsigned(uint8_t(word[0])) | unsigned(uint8_t(len > 1 ? word[1] : 0)) << 8) | 0x2020u;
        const bool maybe = (len - 5u <= 6u) & ((two == ('i' | 'n' << 8)) | (two == ('c' | 'o' << 8)) |
                                               (two == ('r' | 'i' << 8)) | (two == ('s' | 'u' << 8)) |
                                               (two == ('n' | 'e' << 8)));
        if (maybe) out.has |= has_bit(word);
    }
}

// Membership in a vocabulary (section 2), case-insensitive: one hash look-up.
template <size_t Slots>
bool in(std::string_view word, const text::WordTable<Slots>& set) { return set.find(word, true) != 0; }

bool contains(const Words& ws, std::string_view lower) {
    if (!(ws.lens & len_bit(lower.size()))) return false;
    for (int i = 0; i < ws.n; ++i)
        if (ascii_iequals(ws.w[i], lower)) return true;
    return false;
}
// "sign up", "all rights reserved": consecutive words
bool contains_seq(const Words& ws, std::initializer_list<std::string_view> seq) {
    int m = int(seq.size());
    for (auto s : seq)
        if (!(ws.lens & len_bit(s.size()))) return false;
    for (int i = 0; i + m <= ws.n; ++i) {
        int k = 0;
        for (auto s : seq) { if (!ascii_iequals(ws.w[i + k], s)) break; ++k; }
        if (k == m) return true;
    }
    return false;
}

// ---- 2. Vocabularies ----------------------------------------------------------------------------
// Words that make up "related links" headings; a marker needs every word from here and one
// from kNavStrong.
constexpr std::string_view kNavWords[] = {
    "you", "may", "might", "could", "also", "like", "our", "from", "the", "this", "site", "stories",
    "story", "articles", "article", "news", "links", "link", "reads", "read", "reading", "for", "on",
    "in", "of", "and", "other", "more", "most", "topics", "topic", "coverage", "content", "posts",
    "videos", "video", "editor", "editors", "picks", "pick", "today", "now", "here", "see", "what",
    "else", "next", "up", "across", "network", "web", "around", "worth", "don", "t", "n't", "miss",
    "must", "related", "recommended", "recommend", "trending", "popular", "latest", "further",
    "similar", "suggested", "elsewhere", "sponsored", "promoted", "top", "headlines", "explore",
    "discover", "partner", "partners", "we", "think", "your", "interests", "viewed", "shared",
    "watched", "just", "in", "continue", "keep", "stories", "features", "opinion", "analysis",
    "to", "with", "by", "same", "author", "section", "a", "an", "s", "’s", "'s"};
constexpr std::string_view kNavStrong[] = {
    "related", "recommended", "recommend", "like", "read", "reads", "reading", "more", "trending",
    "popular", "latest", "picks", "suggested", "similar", "further", "miss", "elsewhere",
    "sponsored", "promoted", "next", "headlines", "topics", "viewed", "shared", "explore"};
// Advertisement / share / subscribe chrome (short lines only).
constexpr std::string_view kChromeWords[] = {
    "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "content", "story",
    "continues", "below", "scroll", "to", "continue", "reading", "paid", "partner", "promoted",
    "by", "article", "the", "with", "share", "this", "on", "facebook", "twitter", "x", "linkedin",
    "whatsapp", "email", "e-mail", "print", "copy", "link", "via", "reddit", "pinterest",
    "telegram", "follow", "us", "save", "comment", "comments", "view", "show", "hide", "listen",
    "min", "mins", "read", "gift", "bookmark", "and", "sign", "up", "subscribe", "log", "in", "login",
    "register", "newsletter", "newsletters", "our", "for", "free", "now", "get", "today", "here",
    "click", "tap", "join", "download", "app", "alerts", "notifications", "skip", "main", "back",
    "top", "menu", "search", "home", "page", "close", "open", "audio", "instagram", "youtube",
    "tiktok", "threads", "bluesky", "feedback", "report", "an", "error", "a", "or", "your", "inbox",
    "delivered", "daily", "weekly", "briefing", "updates", "cancel", "anytime", "continue",
    "latest", "news", "stay", "informed", "social", "media", "channel",  // "Follow us on X for the latest news"
    // a site's policy links: "Our Standards: The Trust Principles.", "Privacy Policy | Terms of Use"
    "standards", "principles", "trust", "privacy", "policy", "terms", "use", "service", "licensing", "rights",
    "purchase", "editorial", "accessibility", "contact", "careers", "cookie", "cookies", "settings", "of",
    // a consent banner's buttons and title: "We value your privacy" / "Accept all" / "Manage preferences"
    "accept", "reject", "decline", "manage", "preferences", "consent", "we", "value", "all", "necessary", "only",
    // a link's note for screen readers: "Purchase Licensing Rights, opens new tab"
    "opens", "new", "tab", "window",
    // a paywalled site's buttons: "Gift this article", "Share full article"
    "full"};
constexpr std::string_view kChromeStrong[] = {
    "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "promoted", "scroll",
    "share", "follow", "subscribe", "newsletter", "newsletters", "print", "email", "comments",
    "comment", "listen", "bookmark", "sign", "login", "register", "click", "download", "save",
    "skip", "menu", "search", "feedback", "copy",  // "copy": "Copy link" under share buttons
    "log", "logout",  // "Log in", "Log out" (as "Sign in")
    "gift",           // "Gift this article"
    "standards", "principles", "privacy", "licensing", "accessibility", "accept", "reject", "preferences", "consent"};
// Timestamp lines.
constexpr std::string_view kTimeWords[] = {
    "updated", "published", "posted", "last", "on", "at", "ago", "hours", "hour", "hrs", "hr",
    "minutes", "minute", "mins", "min", "read", "day", "days", "yesterday", "today", "am", "pm",
    "a.m.", "p.m.", "gmt", "utc", "et", "est", "edt", "bst", "cet", "cest", "ist", "jst", "pst",
    "pdt", "sgt", "hkt", "first", "modified", "time", "date", "reading", "st", "nd", "rd", "th",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
    "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "and", "by", "of"};
constexpr std::string_view kTimeStrong[] = {
    "updated", "published", "posted", "ago", "modified", "january", "february", "march", "april",
    "june", "july", "august", "september", "october", "november", "december", "min", "mins",
    "gmt", "utc", "ist", "edt", "est", "bst", "cet"};
constexpr std::string_view kBylineLead[] = {"reporting", "writing", "editing", "compiled",
                                            "additional", "produced", "written", "edited",
                                            "contributed", "translated", "research"};
constexpr std::string_view kCredit[] = {"photo", "photos", "image", "images", "picture",
                                        "photograph", "credit", "credits", "source", "file",
                                        "caption", "illustration", "graphic", "video"};
constexpr std::string_view kAgency[] = {"reuters", "reuter", "afp", "ap", "pti", "ani", "ians",
                                        "xinhua", "bloomberg", "getty", "epa", "dpa", "efe",
                                        "kyodo", "yonhap", "tass", "upi"};

// The vocabularies as hash sets (every word <= 16 bytes, checked at compile time).
constexpr auto kNavSet = text::word_set<256>(kNavWords);
constexpr auto kNavStrongSet = text::word_set<64>(kNavStrong);
constexpr auto kChromeSet = text::word_set<512>(kChromeWords);
constexpr auto kChromeStrongSet = text::word_set<128>(kChromeStrong);
constexpr auto kTimeSet = text::word_set<256>(kTimeWords);
constexpr auto kTimeStrongSet = text::word_set<64>(kTimeStrong);
constexpr auto kBylineLeadSet = text::word_set<32>(kBylineLead);
constexpr auto kCreditSet = text::word_set<32>(kCredit);
constexpr auto kAgencySet = text::word_set<64>(kAgency);
static_assert(!kNavSet.bad && !kNavStrongSet.bad && !kChromeSet.bad && !kChromeStrongSet.bad && !kTimeSet.bad &&
              !kTimeStrongSet.bad && !kBylineLeadSet.bad && !kCreditSet.bad && !kAgencySet.bad);

bool starts_upper(std::string_view w) { return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC0); }
bool is_num(std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }

// All words of ws[from..) are from `vocab` (numbers allowed if `numbers`), one from `strong`.
template <size_t N, size_t M>
bool made_of(const Words& ws, int from, const text::WordTable<N>& vocab, const text::WordTable<M>& strong,
             bool numbers) {
    if (ws.more || ws.n - from <= 0) return false;
    bool has_strong = false;
    for (int i = from; i < ws.n; ++i) {
        if (numbers && is_num(ws.w[i])) continue;
        if (!in(ws.w[i], vocab)) {
            // Two words a copied page glued ("GMTUpdated": two elements' text with no space):
            // split where a capital starts a lower-case run, both halves in the vocabulary.
            const std::string_view x = ws.w[i];
            size_t cut = 0;
            for (size_t k = 1; k + 1 < x.size() && !cut; ++k)
                if (x[k] >= 'A' && x[k] <= 'Z' && x[k + 1] >= 'a' && x[k + 1] <= 'z') cut = k;
            const std::string_view head = x.substr(0, cut), tail = x.substr(cut);
            if (!cut || !in(head, vocab) || !in(tail, vocab)) return false;
            has_strong = has_strong || in(head, strong) || in(tail, strong);
            continue;
        }
        has_strong = has_strong || in(ws.w[i], strong);
    }
    return has_strong;
}

// "Our Standards: The Thomson Reuters Trust Principles.", "Subscribe to the Example Post
// newsletter": chrome words and a site's name of one or two capitalized words; two strong chrome
// words, since a name could make a headline of any one ("Acme Sign Deal").
bool chrome_with_name(const Words& ws) {
    if (ws.more) return false;
    int strong = 0, names = 0;
    for (int i = 0; i < ws.n; ++i) {
        if (is_num(ws.w[i])) continue;
        if (in(ws.w[i], kChromeSet)) {
            strong += in(ws.w[i], kChromeStrongSet);
            continue;
        }
        if (ws.w[i].empty() || ws.w[i][0] < 'A' || ws.w[i][0] > 'Z' || ++names > 2) return false;
    }
    return strong >= 2 && names >= 1;
}

// A live blog's entry time on a line of its own: "10:12 AM", "9:30 a.m. ET" (numbers, a.m./p.m.,
// a time zone; no strong time word, so the timestamp test above does not take it).
bool editors_note(const Document& doc, const Segment& s, const Words& ws) {
    const auto is = [&](int i, std::string_view w) { return i < ws.n && ascii_iequals(ws.w[i], w); };
    const auto copy_word = [&](int i) {
        return is(i, "article") || is(i, "story") || is(i, "report") || is(i, "version") || is(i, "piece") ||
               is(i, "post");
    };
    const auto edit_word = [&](int i) {
        return is(i, "amended") || is(i, "updated") || is(i, "corrected") || is(i, "changed") || is(i, "edited") ||
               is(i, "clarified") || is(i, "revised");
    };
    // "This article was amended", "This story has been updated"
    if (is(0, "this") && copy_word(1)) {
        const int k = is(2, "was") ? 3 : (is(2, "has") || is(2, "have")) && is(3, "been") ? 4 : -1;
        if (k > 0 && edit_word(k)) return true;
    }
    // "An earlier version of this article misstated ..."
    if ((is(0, "an") || is(0, "a")) && (is(1, "earlier") || is(1, "previous")) && is(2, "version") && is(3, "of") &&
        (is(4, "this") || is(4, "the")) && copy_word(5))
        return true;
    // "Correction: ...", "Editor's note: ...": the label and its colon open the line
    const std::string_view w = doc.work_view();
    const auto colon_after = [&](int i) {
        const size_t after = size_t(ws.w[i].data() + ws.w[i].size() - w.data());
        return after < s.end && w[after] == ':';
    };
    if ((is(0, "correction") || is(0, "corrections") || is(0, "clarification")) && colon_after(0)) return true;
    // (the tokens cut the possessive off: "Editor" "'s" "note")
    const int note = is(1, "note") ? 1 : is(2, "note") && (is(1, "'s") || is(1, "\xE2\x80\x99s") || is(1, "'")) ? 2 : -1;
    if ((is(0, "editor") || is(0, "editors")) && note > 0 && colon_after(note)) return true;
    // "X is a professor of economics. The views expressed here are his own.", "The opinions expressed
    // in this article are those of the author": a column's disclaimer (and the author's note it
    // closes), no article text
    for (int i = 0; i + 3 < ws.n; ++i)
        if ((is(i, "views") || is(i, "opinions")) && is(i + 1, "expressed"))
            for (int k = i + 2; k < ws.n && k < i + 10; ++k)
                if (is(k, "own") || is(k, "author") || is(k, "author's") || is(k, "authors") || is(k, "writer") ||
                    is(k, "writer's") || is(k, "columnist"))
                    return true;
    // "(Corrects paragraph 3 to show ...)", "(Adds comment from ministry)": a wire's note in brackets
    if (w[s.start] == '(' && w[s.end - 1] == ')' &&
        (is(0, "corrects") || is(0, "updates") || is(0, "adds") || is(0, "recasts") || is(0, "refiles") ||
         is(0, "changes") || is(0, "removes") || is(0, "fixes")))
        return true;
    return false;
}

bool clock_line(const Words& ws) {
    if (ws.more || ws.n < 2 || ws.n > 5 || !is_num(ws.w[0])) return false;
    bool meridiem = false;
    for (int i = 1; i < ws.n; ++i) {
        const std::string_view w = ws.w[i];
        const bool m = ascii_iequals(w, "am") || ascii_iequals(w, "pm") || ascii_iequals(w, "a.m.") ||
                       ascii_iequals(w, "p.m.") || ascii_iequals(w, "a.m") || ascii_iequals(w, "p.m");
        meridiem = meridiem || m;
        if (!m && !is_num(w) && !in(w, kTimeStrongSet) && !ascii_iequals(w, "et") && !ascii_iequals(w, "pt"))
            return false;
    }
    return meridiem;
}

bool has_byte_seq(const Document& doc, const Segment& s, std::string_view needle) {
    return doc.work_view().substr(s.start, s.end - s.start).find(needle) != std::string_view::npos;
}

}  // namespace

// ---- features (shared with dedup.cpp) ---------------------------------------------------------
namespace {
LineClass classify_line(const Document& doc, uint32_t si, const SegFeatures& f, Words& ws,
                        std::span<const Token> toks);

// Features of segment i and, with `cls`, what the line is on its own: one step, so that a
// clean-only document rebuilds each segment's tokens once for both.
// With `counting` (clean-only mode, dedup's pass): the segment's tokens are counted into
// `counter` (count_segment_tokens()); `doc` is then the same document, writable.
void feature_step(const Document& doc, size_t i, std::vector<SegFeatures>& out, std::vector<LineClass>* cls,
                  Document* counting, Words& ws, size_t& counter) {
    const std::string_view w = doc.work_view();
    const Segment& s = doc.segments[i];
    SegFeatures& f = out[i];
    const std::span<const Token> toks = counting ? count_segment_tokens(*counting, s, ws.scratch, counter)
                                                 : segment_tokens(doc, s, ws.scratch);
    uint32_t later = 0, lower = 0;  // words after the first; of them, lowercase ones
    for (const Token& t : toks) {
        TokenKind k = t.kind;
        f.words += k == TokenKind::word || k == TokenKind::number;
        if (k == TokenKind::word && f.words > 1) {
            ++later;
            lower += w[t.start] >= 'a' && w[t.start] <= 'z';
        }
    }
    f.prose = later >= 5 && lower * 2 >= later;
    // Final punctuation, looking through closing quotes/brackets.
    uint32_t e = s.end;
    while (e > s.start) {
        size_t p = text::prev_start(w, e);
        int len;
        uint32_t cp = text::decode(w, p, len);
        if (text::is_close_quote(cp)) { e = uint32_t(p); continue; }
        f.terminal = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
        break;
    }
    // A dotted acronym or abbreviation token ("U.S.") ending the segment also counts.
    if (!f.terminal && !toks.empty() && toks.back().end == s.end &&
        w[s.end - 1] == '.')
        f.terminal = true;
    bool one_line = std::string_view(w).substr(s.start, s.end - s.start).find('\n') == std::string_view::npos;
    f.title_like = s.kind == SegmentKind::heading ||
                   (s.kind != SegmentKind::list_item && one_line && s.sentence_count == 1 &&
                    !f.terminal && f.words >= 1 && f.words <= 20);
    // Several lines, each a title (a related-links block without blank lines between its
    // titles): the word tokens of each line counted, and its first and last characters read.
    // (A short question is a title too: "Explainer: What are the new export rules?")
    // A line that starts in lowercase continues a hard-wrapped sentence ("Note: earnings
    // exclude a gain of\n1.3 mln dlrs ..."): no title.
    if (!one_line && !f.terminal && f.words <= 160 && s.kind != SegmentKind::heading) {
        bool all = true;
        int lines = 0;
        size_t t = 0;
        for (uint32_t a = s.start; all && a < s.end;) {
            uint32_t b = a;
            while (b < s.end && w[b] != '\n') ++b;
            uint32_t words = 0;
            for (; t < toks.size() && toks[t].start < b; ++t)
                words += toks[t].start >= a && (toks[t].kind == TokenKind::word || toks[t].kind == TokenKind::number);
            uint32_t e = b;
            while (e > a && (w[e - 1] == ' ' || w[e - 1] == '\t' || w[e - 1] == '\r')) --e;
            if (e > a) {
                uint32_t f0 = a;
                while (f0 < e && (w[f0] == ' ' || w[f0] == '\t')) ++f0;
                const size_t p = text::prev_start(w, e);
                int len;
                const uint32_t cp = text::decode(w, p, len);
                all = words >= 1 && words <= 20 && cp != '.' && cp != '!' && (cp != '?' || words <= 14) && cp != 0x2026 &&
                      !text::is_close_quote(cp) && !(w[f0] >= 'a' && w[f0] <= 'z');
                ++lines;
            }
            a = b + 1;
        }
        f.title_lines = all && lines >= 2;
    }
    f.body = f.terminal && f.words >= 12 && s.kind != SegmentKind::heading;
    if (cls) (*cls)[i] = classify_line(doc, uint32_t(i), f, ws, toks);
}

// Segments per piece of work when the pass runs on several threads (a few hundred lines: the
// hand-out costs nothing next to them, and the pieces even out uneven lines).
constexpr size_t kFeatureChunk = 256;

// feature_step() for every segment, in text order or on a team's threads over chunks of
// segments. Every step reads only its own segment, and with `counting` writes only that
// segment's sentences: a chunk counts its tokens from 0, and the tokens of the chunks before
// it are added to its sentences' first_token afterwards, which gives the numbers one pass in
// text order gives (tests/unit/test_dedup_threads.cpp).
std::vector<SegFeatures> features_and_classes(const Document& doc, std::vector<LineClass>* cls,
                                              Document* counting = nullptr, Team* team = nullptr) {
    const size_t n = doc.segments.size();
    std::vector<SegFeatures> out(n);
    if (cls) cls->assign(n, LineClass::none);
    const size_t chunks = (n + kFeatureChunk - 1) / kFeatureChunk;
    if (!team || team->size() <= 1 || chunks <= 1) {
        Words ws;  // reused: 96 string_views are worth not zero-filling once per line
        size_t counter = counting ? counting->released_tokens : 0;
        for (size_t i = 0; i < n; ++i) feature_step(doc, i, out, cls, counting, ws, counter);
        if (counting) counting->released_tokens = counter;
        return out;
    }
    std::vector<Words> ws(team->size());
    std::vector<size_t> chunk_tokens(chunks, 0);
    team->run(chunks, [&](unsigned worker, size_t c) {
        const size_t e = std::min(n, (c + 1) * kFeatureChunk);
        for (size_t i = c * kFeatureChunk; i < e; ++i)
            feature_step(doc, i, out, cls, counting, ws[worker], chunk_tokens[c]);
    });
    if (counting) {
        size_t before = counting->released_tokens;
        for (size_t c = 0; c < chunks; ++c) {
            const size_t e = std::min(n, (c + 1) * kFeatureChunk);
            if (before > 0)
                for (size_t i = c * kFeatureChunk; i < e; ++i) {
                    const Segment& s = counting->segments[i];
                    for (uint32_t k = 0; k < s.sentence_count; ++k)
                        counting->sentences[s.first_sentence + k].first_token += uint32_t(before);
                }
            before += chunk_tokens[c];
        }
        counting->released_tokens = before;
    }
    return out;
}
}  // namespace

std::vector<SegFeatures> features(const Document& doc) { return features_and_classes(doc, nullptr); }
std::vector<SegFeatures> features(Document& doc, std::vector<LineClass>& cls, Team* team) {
    if (doc.clean_only) doc.released_tokens = 0;
    return features_and_classes(doc, &cls, doc.clean_only ? &doc : nullptr, team);
}

// ---- 3. classify_line ---------------------------------------------------------------------------
namespace {
bool author_note(const Document& doc, const Segment& s, const Words& ws) {
    for (int i = 0; i + 3 < ws.n; ++i) {
        if (!ascii_iequals(ws.w[i], "follow")) continue;
        const std::string_view who = ws.w[i + 1];
        if (!(ascii_iequals(who, "him") || ascii_iequals(who, "her") || ascii_iequals(who, "them"))) continue;
        if (!ascii_iequals(ws.w[i + 2], "on")) continue;
        const std::string_view net = ws.w[i + 3];
        static constexpr std::string_view kNets[] = {"x", "twitter", "bluesky", "linkedin", "instagram",
                                                     "threads", "mastodon", "facebook", "tiktok"};
        for (std::string_view n : kNets)
            if (ascii_iequals(net, n)) return true;
        if (has_byte_seq(doc, s, "@")) return true;
    }
    return false;
}

// An author's name and a social handle alone on a line, a byline without "By": "Maria Lopez
// @mlopez_news" (two or three capitalized words, then the handle to the line's end).
bool handle_byline(const Document& doc, const Segment& s, const Words& ws) {
    if (ws.n < 3 || ws.n > 7) return false;
    std::string_view line = doc.work_view().substr(s.start, s.end - s.start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    const size_t at = line.find(" @");
    if (at == std::string_view::npos || line.find('@', at + 2) != std::string_view::npos) return false;
    const std::string_view handle = line.substr(at + 2);
    if (handle.empty() || handle.size() > 30 || handle.find(' ') != std::string_view::npos) return false;
    int names = 0;
    for (int i = 0; i < ws.n && ws.w[i].data() < line.data() + at; ++i) {
        if (!starts_upper(ws.w[i])) return false;
        ++names;
    }
    return names >= 2 && names <= 3;
}

// Whether the segment is two to five lines, each a byline ("By" and capitalized words) or a
// timestamp (time words and numbers), at least one of them a timestamp.
bool metadata_lines(const Document& doc, const Segment& s, const Words& ws) {
    const std::string_view w = doc.work_view();
    const char* const base = w.data();
    int lines = 0, stamps = 0, k = 0;
    while (k < ws.n) {
        // the words up to the next line break
        const size_t from = size_t(ws.w[k].data() - base);
        const size_t nl = w.find('\n', from);
        const size_t stop = nl == std::string_view::npos || nl >= s.end ? s.end : nl;
        Words line;
        while (k < ws.n && size_t(ws.w[k].data() - base) < stop) line.w[line.n++] = ws.w[k++];
        if (++lines > 5) return false;
        if (made_of(line, 0, kTimeSet, kTimeStrongSet, true)) {
            ++stamps;
            continue;
        }
        if (line.n < 2 || line.n > 8 || !ascii_iequals(line.w[0], "by") || !starts_upper(line.w[1])) return false;
        for (int i = 1; i < line.n; ++i)
            if (!starts_upper(line.w[i]) && !ascii_iequals(line.w[i], "and")) return false;
    }
    return lines >= 2 && stamps >= 1;
}

// A breadcrumb trail: "HOME > WORLD > ASIA", "News / Business / Trade", "World › Asia ›
// China": one line of short capitalized items (one to three words) with two or more spaced
// separators between them. Navigation, not article text. "|" counts only three times or more,
// with no digit and no "By" (bylines use it: "By Jane Doe | Reuters | Jan 5"): "Home | World |
// Business | Markets".
// A menu whose items are set apart by runs of spaces or tabs instead (a page's tab bar pasted
// as text: "World  Business  Markets  Sustainability  Legal  More"): four or more items of one to
// three capitalized words each, every gap two spaces or a tab or more, nothing else; half the
// items or more (two at least) a news site's section names, as a table's header row of the same
// shape has none ("WHEAT   HRW   HRS   SRW", "Natl   Loan   Release   Call").
constexpr std::string_view kSections[] = {"home", "world", "business", "markets", "politics", "opinion", "sport",
    "sports", "tech", "technology", "science", "health", "culture", "lifestyle", "life", "more", "video",
    "videos", "travel", "entertainment", "legal", "sustainability", "economy", "climate", "live", "podcasts",
    "newsletters", "arts", "style", "food", "news", "us", "uk", "europe", "asia", "africa", "americas",
    "china", "india", "finance", "money", "investing", "companies", "environment", "education", "media",
    "weather", "local", "national", "international", "latest", "trending", "features", "analysis", "graphics",
    "photos", "pictures", "wellness", "autos", "energy", "breakingviews", "commodities", "currencies"};
constexpr auto kSectionSet = text::word_set<128>(kSections);
static_assert(!kSectionSet.bad, "a section name did not fit its table");
bool spaced_menu(std::string_view t) {
    // (most lines fail the first test: a capital first, then the gap searched once)
    if (t.empty() || t[0] < 'A' || t[0] > 'Z' || t.size() > 160 ||
        (t.find("  ") == std::string_view::npos && t.find('\t') == std::string_view::npos))
        return false;
    int items = 0, words = 0, sections = 0;
    size_t i = 0;
    while (i < t.size()) {
        const unsigned char c = static_cast<unsigned char>(t[i]);
        if (c == '\n') return false;
        if (c == ' ' || c == '\t') {
            size_t j = i;
            while (j < t.size() && (t[j] == ' ' || t[j] == '\t')) ++j;
            if (j - i >= 2 || t[i] == '\t') {  // a gap between items
                if (words == 0) return false;
                ++items;
                words = 0;
            }
            i = j;
            continue;
        }
        // a word: capitalized ("and" / "&" may join an item's words)
        size_t j = i;
        while (j < t.size() && t[j] != ' ' && t[j] != '\t' && t[j] != '\n') ++j;
        const std::string_view w = t.substr(i, j - i);
        if (!((c >= 'A' && c <= 'Z') || (words > 0 && (w == "and" || w == "&")))) return false;
        for (char ch : w)
            if (ch == '.' || ch == ',' || ch == ':' || ch == ';' || ch == '!' || ch == '?') return false;
        if (words == 0 && in(w, kSectionSet)) ++sections;
        if (++words > 3) return false;
        i = j;
    }
    if (words > 0) ++items;
    return items >= 4 && sections >= 2 && 2 * sections >= items;
}

// ... or one space apart ("Home News Sport Business Innovation Culture Travel Earth Video Live"):
// six or more capitalized words and nothing else, two thirds of them section names (a headline in
// Title Case has one or two: "Home Office Sets Out New Plans").
bool single_spaced_menu(std::string_view t) {
    if (t.empty() || t[0] < 'A' || t[0] > 'Z' || t.size() > 120) return false;
    int words = 0, sections = 0;
    for (size_t i = 0; i < t.size();) {
        size_t j = i;
        while (j < t.size() && t[j] != ' ') ++j;
        const std::string_view w = t.substr(i, j - i);
        if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
        for (char ch : w)
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return false;
        ++words;
        if (in(w, kSectionSet)) ++sections;
        i = j + 1;
    }
    return words >= 6 && 3 * sections >= 2 * words;
}

bool breadcrumb(const Document& doc, const Segment& s) {
    const std::string_view t = doc.work_view().substr(s.start, s.end - s.start);
    if (spaced_menu(t) || single_spaced_menu(t)) return true;
    // (most lines hold no separator byte at all: one scan each, no per-byte walk)
    const bool pipe = std::memchr(t.data(), '|', t.size()) != nullptr;
    if (!std::memchr(t.data(), '>', t.size()) && !std::memchr(t.data(), '/', t.size()) &&
        !std::memchr(t.data(), '\xE2', t.size()) && !std::memchr(t.data(), '\xC2', t.size()) && !pipe)
        return false;
    if (pipe && (t.starts_with("By ") || t.starts_with("BY ") ||
                 std::find_if(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }) != t.end()))
        return false;
    int seps = 0, pipes = 0, words = 0;
    bool word_start = true;
    for (size_t i = 0; i < t.size();) {
        const unsigned char c = static_cast<unsigned char>(t[i]);
        if (c == '\n') return false;
        if (c == ' ') { word_start = true; ++i; continue; }
        size_t len = 0;  // a separator's length, with its spaces
        if (i > 0 && t[i - 1] == ' ') {
            if ((c == '>' || c == '/') && i + 1 < t.size() && t[i + 1] == ' ') len = 1;
            else if (c == '|' && i + 1 < t.size() && t[i + 1] == ' ') { len = 1; ++pipes; }
            else if (t.compare(i, 3, "\xE2\x80\xBA") == 0 && i + 3 < t.size() && t[i + 3] == ' ') len = 3;  // ›
            else if (t.compare(i, 2, "\xC2\xBB") == 0 && i + 2 < t.size() && t[i + 2] == ' ') len = 2;       // »
        }
        if (len) {
            if (words == 0) return false;
            ++seps;
            words = 0;
            i += len;
            continue;
        }
        if (word_start) {
            // (an item's words are capitalized, or "and" / "&" between them)
            if (!(c >= 'A' && c <= 'Z') && c < 0x80 && t.compare(i, 4, "and ") != 0 && c != '&') return false;
            if (++words > 3) return false;
            word_start = false;
        }
        ++i;
    }
    return seps >= 2 && words > 0 && (pipes == 0 || pipes >= 3);
}

LineClass classify_line(const Document& doc, uint32_t si, const SegFeatures& f, Words& ws,
                        std::span<const Token> toks) {
    const Segment& s = doc.segments[si];
    if (f.words > 90) return LineClass::none;
    // Long lines can only be cookie notices: skip the word scan unless "ookie" occurs.
    if (f.words > 45 && !has_byte_seq(doc, s, "ookie")) return LineClass::none;
    collect(doc, toks, ws);
    if (ws.n == 0) {
        // Only symbols/punctuation: a separator line ("* * *", "———") is chrome.
        return s.end - s.start <= 80 ? LineClass::chrome : LineClass::none;
    }
    // Copyright.
    if (ws.n <= 40 && (has_byte_seq(doc, s, "\xC2\xA9") || ascii_iequals(ws.w[0], "copyright") ||
                       ((ws.has & kHasRights) && contains_seq(ws, {"all", "rights", "reserved"}))))
        return LineClass::copyright;
    // Related-links marker: short, navigation words only ("Related stories", "Read more").
    if (ws.n <= 7 && !f.terminal && made_of(ws, 0, kNavSet, kNavStrongSet, false))
        return LineClass::list_marker;
    if (ws.n >= 2 && ws.n <= 12 && !f.terminal && breadcrumb(doc, s)) return LineClass::menu;
    // "Read more: <title>" / "RELATED | <title>": a marker prefix before ':' '|' '»' or a dash.
    // (A title may end as a sentence does, "Read more: What's in the tariff order on Brazil?",
    // after a prefix that only a link has: "Read", "See", "Related", "Also"; "The latest: X said
    // Y." is a live blog's entry.)
    const bool link_prefix = ws.n >= 2 && (ascii_iequals(ws.w[0], "read") || ascii_iequals(ws.w[0], "see") ||
                                           ascii_iequals(ws.w[0], "related") || ascii_iequals(ws.w[0], "also"));
    if (ws.n <= 30 && (!f.terminal || link_prefix)) {
        const std::string_view w = doc.work_view();
        const uint32_t stop = std::min(s.end, s.start + 40);
        for (uint32_t i = s.start; i < stop; ++i) {
            // Separators start with ':' '|' C2 or E2: 8 bytes a step up to the first of those.
            if (size_t(i) + 8 <= w.size()) {
                const uint64_t x = text::load8(w.data() + i);
                const uint64_t m = text::bytes_equal(x, ':') | text::bytes_equal(x, '|') |
                                   text::bytes_equal(x, 0xC2) | text::bytes_equal(x, 0xE2);
                if (m == 0) { i += 7; continue; }  // (+1 by the loop)
                i += text::first_byte(m);
                if (i >= stop) break;
            }
            bool sep = w[i] == ':' || w[i] == '|' || (w[i] == '\xC2' && i + 1 < s.end && w[i + 1] == '\xBB') ||
                       (w[i] == '\xE2' && i + 2 < s.end && w[i + 1] == '\x80' && (w[i + 2] == '\x93' || w[i + 2] == '\x94'));
            if (!sep) continue;
            Words head;
            for (int k = 0; k < ws.n && ws.w[k].data() < w.data() + i; ++k) head.w[head.n++] = ws.w[k];
            // ("See also: <title>": a pair no nav word of its own marks)
            const bool see_also = head.n == 2 && ascii_iequals(head.w[0], "see") && ascii_iequals(head.w[1], "also");
            if (head.n >= 1 && head.n <= 4 && head.n < ws.n && (see_also || made_of(head, 0, kNavSet, kNavStrongSet, false)))
                return LineClass::marker_link;
            break;
        }
    }
    // Chrome: advertisement, share, subscribe lines.
    if (ws.n <= 10 && made_of(ws, 0, kChromeSet, kChromeStrongSet, true)) return LineClass::chrome;
    if (ws.n <= 10 && chrome_with_name(ws)) return LineClass::chrome;
    // ("Privacy Notice: Newsletters may contain info about charities, online ads ...": the
    // notice under a sign-up form)
    if (ws.n <= 45 && (ws.has & (kHasNewsletter | kHasNewsletters)) &&
        (contains_seq(ws, {"sign", "up"}) || (ws.has & (kHasSubscribe | kHasInbox)) ||
         contains_seq(ws, {"privacy", "notice"}) || contains_seq(ws, {"privacy", "policy"})))
        return LineClass::chrome;
    // "Follow Example News on social media for more updates", "Follow Jane Doe on X": a
    // follow button's line, with a name the chrome words above do not have
    if (ws.n >= 3 && ws.n <= 14 && ascii_iequals(ws.w[0], "follow") && contains(ws, "on") &&
        (contains_seq(ws, {"social", "media"}) || contains(ws, "facebook") || contains(ws, "twitter") ||
         contains(ws, "x") || contains(ws, "instagram") || contains(ws, "whatsapp") || contains(ws, "telegram") ||
         contains(ws, "linkedin") || contains(ws, "youtube") || contains(ws, "tiktok") || contains(ws, "bluesky") ||
         contains(ws, "threads")))
        return LineClass::chrome;
    // "Sign up to Business Today", "Sign up for our briefing": a form's title, no sentence
    if (ws.n >= 3 && ws.n <= 8 && !f.terminal && ascii_iequals(ws.w[0], "sign") && ascii_iequals(ws.w[1], "up") &&
        (ascii_iequals(ws.w[2], "to") || ascii_iequals(ws.w[2], "for")))
        return LineClass::chrome;
    if ((ws.has & (kHasCookies | kHasCookie)) &&
        (contains_seq(ws, {"we", "use"}) || contains(ws, "consent") || contains(ws, "accept") ||
         contains_seq(ws, {"cookie", "policy"}) || contains_seq(ws, {"cookie", "settings"})) &&
        (contains(ws, "you") || contains(ws, "your") || contains(ws, "we") || contains(ws, "our")))
        return LineClass::chrome;
    if (ws.n <= 25 && ascii_iequals(ws.w[0], "click") && ws.n > 1 && ascii_iequals(ws.w[1], "here")) return LineClass::chrome;
    // A form's consent line: "By signing up you agree to our Terms of Use and Privacy Policy.",
    // "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service
    // apply." (the reader agreeing, or the captcha; not news of a firm's new terms: "users must
    // agree to its new terms of service and privacy policy")
    if (ws.n <= 40 && contains(ws, "terms") &&
        (contains(ws, "privacy") || contains_seq(ws, {"of", "use"}) || contains_seq(ws, {"of", "service"})) &&
        (contains(ws, "recaptcha") || contains_seq(ws, {"you", "agree"}) || contains_seq(ws, {"i", "agree"}) ||
         contains_seq(ws, {"you", "accept"}) ||
         (ws.n > 1 && ascii_iequals(ws.w[0], "by") &&
          (ascii_iequals(ws.w[1], "signing") || ascii_iequals(ws.w[1], "subscribing") ||
           ascii_iequals(ws.w[1], "clicking") || ascii_iequals(ws.w[1], "registering") ||
           ascii_iequals(ws.w[1], "continuing")))))
        return LineClass::chrome;
    // A newsletter's pitch under its sign-up line: "Get the day's top stories delivered to your
    // inbox every morning.", "The biggest stories, straight to your inbox.", "Get the latest
    // trade news in your inbox."
    if (ws.n <= 25 && (ws.has & kHasInbox) && contains(ws, "your") &&
        (contains(ws, "delivered") || contains(ws, "straight") || contains(ws, "directly") || contains(ws, "sent") ||
         ascii_iequals(ws.w[0], "get") || ascii_iequals(ws.w[0], "receive")))
        return LineClass::chrome;
    // ... and with no inbox named: "Get the week's biggest stories on trade delivered every Friday."
    if (ws.n <= 25 && (ascii_iequals(ws.w[0], "get") || ascii_iequals(ws.w[0], "receive")) &&
        contains(ws, "delivered") &&
        (contains(ws, "every") || contains(ws, "each") || contains(ws, "daily") || contains(ws, "weekly")))
        return LineClass::chrome;
    // Metadata: bylines.
    const int lead = 0;  // "(Reporting by ...)": the bracket is not a word token
    if (ws.n >= 2 && ws.n <= 12 && ascii_iequals(ws.w[0], "by") && starts_upper(ws.w[1])) {
        int caps = 0;
        for (int i = 1; i < ws.n; ++i) caps += starts_upper(ws.w[i]) || ascii_iequals(ws.w[i], "and") || ascii_iequals(ws.w[i], "in");
        if (caps * 4 >= (ws.n - 1) * 3) return LineClass::metadata;
    }
    if (ws.n <= 60 && ws.n >= 2 && in(ws.w[lead], kBylineLeadSet) &&
        (ascii_iequals(ws.w[lead + 1], "by") || (ws.n > 2 && ascii_iequals(ws.w[lead + 2], "by"))))
        return LineClass::metadata;
    // An editor's note on the copy itself, not news: "This article was amended on Nov 15 to
    // correct ...", "This story has been updated with ...", "An earlier version of this article
    // misstated ...", "Correction: ...", "Editor's note: ...", a wire's "(Corrects paragraph 3 to
    // show ...)", "(Adds comment from ministry)".
    if (ws.n >= 2 && ws.n <= 60 && editors_note(doc, s, ws)) return LineClass::metadata;
    // Timestamps: only date/time words and numbers, at least one strong time word.
    if (ws.n <= 16 && made_of(ws, 0, kTimeSet, kTimeStrongSet, true)) return LineClass::metadata;
    if (ws.n <= 5 && clock_line(ws)) return LineClass::metadata;
    // A reading time: "5 minute read", "3 minutes read" ("5 min read" is a timestamp above)
    if (ws.n == 3 && !ws.more && is_num(ws.w[0]) && (ascii_iequals(ws.w[1], "minute") || ascii_iequals(ws.w[1], "minutes")) &&
        ascii_iequals(ws.w[2], "read"))
        return LineClass::metadata;
    // "Brussels | Updated 16:42 CET", "LONDON | 14 October 2025": a place (one to three
    // capitalized words), a bar, then a timestamp; or a comma: a press release's "Tokyo, 3 March
    // 2025"
    if (ws.n >= 2 && ws.n <= 12 && !ws.more && !f.terminal) {
        const std::string_view line = doc.work_view().substr(s.start, s.end - s.start);
        size_t bar = line.find('|');
        if (bar == std::string_view::npos) bar = line.find(',');
        if (bar != std::string_view::npos) {
            const char* const at = line.data() + bar;
            int k = 0;
            while (k < ws.n && ws.w[k].data() < at && starts_upper(ws.w[k])) ++k;
            if (k >= 1 && k <= 3 && k < ws.n && ws.w[k].data() > at && made_of(ws, k, kTimeSet, kTimeStrongSet, true))
                return LineClass::metadata;
        }
    }
    // An author's note under the story: "Jane Doe covers trade from Mexico City. Follow her on X
    // @jdoe." (the handle, or "Follow him/her/them on" a network, marks it)
    if (ws.n <= 45 && ws.n >= 4 && author_note(doc, s, ws)) return LineClass::metadata;
    if (handle_byline(doc, s, ws)) return LineClass::metadata;
    // A block of such lines copied together, with no blank line between them: "By Jane Doe,
    // Trade Correspondent" / "Published 9:14 AM EST, Tue December 2, 2025" / "Updated ...".
    // Every line a byline or a timestamp.
    if (ws.n <= 48 && !ws.more && !f.terminal && metadata_lines(doc, s, ws)) return LineClass::metadata;
    // Credits: "Photo: ...", "File photo", "... /Reuters", a lone agency name.
    if (ws.n <= 30 && in(ws.w[0], kCreditSet) && !f.terminal) {
        const std::string_view w = doc.work_view();
        uint32_t after = uint32_t(ws.w[0].data() + ws.w[0].size() - w.data());
        if ((after < s.end && w[after] == ':') || (ws.n > 1 && in(ws.w[1], kCreditSet)) || ws.n <= 3)
            return LineClass::metadata;
    }
    if (ws.n <= 3 && in(ws.w[ws.n - 1], kAgencySet) && !f.terminal) return LineClass::metadata;
    // A picture agency's credit on its own line: "Getty Images", "AFP via Getty Images", "EPA"
    if (ws.n <= 4 && !f.terminal && in(ws.w[0], kAgencySet) &&
        (ascii_iequals(ws.w[ws.n - 1], "images") || ascii_iequals(ws.w[ws.n - 1], "pictures")))
        return LineClass::metadata;
    // "Associated Press writers X and Y contributed to this report.", "Jane Doe contributed
    // reporting.": credits at the end of a story.
    if (ws.n <= 40 && (ws.has & kHasContributed) &&
        (contains_seq(ws, {"contributed", "to", "this", "report"}) || contains_seq(ws, {"contributed", "reporting"})))
        return LineClass::metadata;
    // A photo caption with its credit first or last: "(AP Photo/Jane Doe) Workers unload ...",
    // "... at the port. (Reuters Photo/John Roe)".
    if (ws.n <= 60 && ws.n >= 3) {
        const std::string_view w = doc.work_view();
        for (int k = 0; k + 1 < ws.n; ++k) {
            if (k == 2) k = std::max(2, ws.n - 5);  // the first two words, then the last five
            if (!in(ws.w[k], kAgencySet) || !(ascii_iequals(ws.w[k + 1], "photo") || ascii_iequals(ws.w[k + 1], "photos"))) continue;
            const size_t after = size_t(ws.w[k + 1].data() + ws.w[k + 1].size() - w.data());
            if (after < s.end && w[after] == '/') return LineClass::metadata;
        }
    }
    // "... at a port in Nagoya, Japan. (Photo: Kim Lee | Getty Images)": a caption whose credit
    // closes it in brackets, opened by a credit word and a colon or a slash
    if (ws.n <= 60 && ws.n >= 4) {
        const std::string_view line = doc.work_view().substr(s.start, s.end - s.start);
        size_t close = line.find_last_not_of(" \t\r\n");
        const size_t open = close != std::string_view::npos && line[close] == ')' ? line.rfind('(', close) : std::string_view::npos;
        if (open != std::string_view::npos && open > 0) {
            size_t e = open + 1;
            while (e < close && std::isalpha(static_cast<unsigned char>(line[e]))) ++e;
            if (e < close && (line[e] == ':' || line[e] == '/') && in(line.substr(open + 1, e - open - 1), kCreditSet))
                return LineClass::metadata;
        }
    }
    // "A worker inspects cars at a factory in Hefei. Photo: Getty Images": a caption whose
    // credit closes it after a full stop, a picture's credit word and a colon, with a few words
    // after ("Source: Eurostat" closing a paragraph stays). (The bytes around a word first: most
    // lines have no ". X:" in their last words.)
    if (ws.n <= 60 && ws.n >= 5) {
        const std::string_view w = doc.work_view();
        for (int k = std::max(1, ws.n - 7); k + 1 < ws.n; ++k) {
            const size_t at = size_t(ws.w[k].data() - w.data()), after = at + ws.w[k].size();
            if (after >= s.end || w[after] != ':' || at < s.start + 2 || w[at - 1] != ' ' ||
                (w[at - 2] != '.' && w[at - 2] != '|') || !starts_upper(ws.w[k]))
                continue;
            if (ascii_iequals(ws.w[k], "photo") || ascii_iequals(ws.w[k], "photos") ||
                ascii_iequals(ws.w[k], "photograph") || ascii_iequals(ws.w[k], "image") ||
                ascii_iequals(ws.w[k], "picture") || ascii_iequals(ws.w[k], "illustration"))
                return LineClass::metadata;
        }
    }
    if (ws.n <= 40 && ws.n >= 2 && in(ws.w[ws.n - 1], kAgencySet) &&
        (ascii_iequals(ws.w[ws.n - 2], "images") || has_byte_seq(doc, s, "/"))) {
        // "A worker at the port. REUTERS/Jane Doe" style credits end with /Agency or Getty Images
        const std::string_view w = doc.work_view();
        size_t p = size_t(ws.w[ws.n - 1].data() - w.data());
        if (p > s.start && (w[p - 1] == '/' || ascii_iequals(ws.w[ws.n - 2], "images"))) return LineClass::metadata;
    }
    // "A worker sorts avocados at a plant in Lima, May 3, 2025. REUTERS/Jane Doe/File Photo": a
    // caption whose credit, after its full stop, opens with the agency and a slash
    // (the bytes around each word first, the agency's name last: most words have no slash after;
    // and only a line with no end mark, as such a credit leaves it)
    // (a page's "Purchase Licensing Rights, opens new tab" may follow the credit: the last 12 words)
    if (ws.n <= 60 && ws.n >= 4 && !f.terminal) {
        const std::string_view w = doc.work_view();
        for (int k = std::max(1, ws.n - 12); k < ws.n; ++k) {
            const size_t at = size_t(ws.w[k].data() - w.data()), after = at + ws.w[k].size();
            if (after < s.end && w[after] == '/' && at >= s.start + 2 && w[at - 1] == ' ' && w[at - 2] == '.' &&
                in(ws.w[k], kAgencySet))
                return LineClass::metadata;
        }
    }
    return LineClass::none;
}
}  // namespace

LineClass classify_line(const Document& doc, uint32_t si, const SegFeatures& f) {
    Words ws;
    return classify_line(doc, si, f, ws, segment_tokens(doc, doc.segments[si], ws.scratch));
}

// ---- 4. find_boilerplate --------------------------------------------------------------------------
void find_boilerplate(Document& doc, const std::vector<SegFeatures>& f) {
    std::vector<LineClass> cls;
    features_and_classes(doc, &cls);  // the classes (features are the same as `f`)
    find_boilerplate(doc, f, cls);
}

}  // namespace np::dd
