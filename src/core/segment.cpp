// segment.cpp — lines -> paragraphs -> segments, then sentences and tokens per segment.
//
// Paragraphs. A blank line always separates paragraphs. Inside a block of consecutive
// non-blank lines every line is its own paragraph (text pasted from a browser has one
// paragraph per line) UNLESS the block is hard-wrapped, which is detected with the
// "would the next word have fit?" test: with W the longest line of the block (30..160
// columns), the break after line a is a wrap when a's length + 1 + the length of the next
// line's first word exceeds W (a greedy wrapper only breaks when the word does not fit).
// A block where most breaks follow a sentence end and precede a capital is not wrapped.
// A more indented next line or a list bullet always starts a new paragraph (newswire style).
//
// Kinds. list_item: starts with a bullet or "1." / "2)" / "(a)". heading: one line, one
// sentence, at most 20 words, starts with a capital/digit, no final sentence punctuation
// ('?' allowed up to 12 words). Everything else: paragraph. dedup() later re-labels
// boilerplate and metadata.
#include <algorithm>
#include <bit>
#include <cstring>
#include <vector>

#include "parallel.hpp"
#include "segment_parts.hpp"
#include "stages.hpp"
#include "text.hpp"

namespace np {

namespace {

struct Line {
    uint32_t start = 0, end = 0;  // trimmed
    uint32_t indent = 0;          // leading whitespace bytes
    uint32_t cols = 0;            // code points from the line start, indentation included
                                  // (capped estimate for long lines)
    uint32_t first_word = 0;      // code points of the first word
    bool bullet = false;
    bool terminal = false;        // ends with . ! ? or … (through closing quotes)
};

bool blank_byte(char c) { return c == ' ' || c == '\n' || c == '\x7F'; }

uint32_t count_cols(std::string_view w, uint32_t s, uint32_t e) {
    if (e - s > 800) return e - s;  // far beyond any wrap width: exact count not needed
    // Code points = bytes - continuation bytes (10xxxxxx), counted 8 bytes at a time: a
    // continuation byte has bit 7 set and bit 6 clear (x << 1 moves bit 6 onto bit 7).
    uint32_t n = e - s, i = s;
    for (; i + 8 <= e; i += 8) {
        uint64_t x;
        std::memcpy(&x, w.data() + i, 8);
        uint64_t cont = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;  // 1 per continuation byte
        n -= uint32_t((cont * 0x0101010101010101ull) >> 56);            // sum of the 8 bytes
    }
    if (i < e && size_t(i) + 8 <= w.size()) {  // the last 1..7 bytes: one masked load
        uint64_t x;
        std::memcpy(&x, w.data() + i, 8);
        x &= ~0ull >> (8 * (8 - (e - i)));  // bytes beyond e -> 0 (not continuation bytes)
        uint64_t cont = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;
        return n - uint32_t((cont * 0x0101010101010101ull) >> 56);
    }
    for (; i < e; ++i) n -= (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80;
    return n;
}

// One line, one sentence, short, title-like: see the file comment.
bool heading_like(std::string_view w, const Segment& seg) {
    if (seg.sentence_count != 1) return false;
    if (seg.end - seg.start > 600 || std::memchr(w.data() + seg.start, '\n', seg.end - seg.start)) return false;
    // Words = space-separated chunks; over 20 is a paragraph: no need to read on. Counted 8
    // bytes a step: a chunk starts at a non-space byte whose previous byte is a space.
    uint32_t words = 0;
    bool in_word = false;
    uint32_t p = seg.start;
    for (; p + 8 <= seg.end; p += 8) {
        const uint64_t sp = text::bytes_equal(text::load8(w.data() + p), ' ');
        const uint64_t prev_sp = (sp << 8) | (in_word ? 0 : 0x80);
        // Marks only on byte-high bits: their count by one multiply (std::popcount is a
        // library call without -mpopcnt).
        words += uint32_t((((~sp & prev_sp & text::kHigh) >> 7) * text::kOnes) >> 56);
        if (words > 20) return false;
        in_word = (sp >> 63) == 0;
    }
    for (; p < seg.end; ++p) {
        bool sp = w[p] == ' ';
        if (!sp && !in_word && ++words > 20) return false;
        in_word = !sp;
    }
    bool letter = false;  // some ASCII letter or lead byte >= 0xC0
    for (uint32_t k = seg.start; k < seg.end && !letter; ++k) {
        unsigned char b = static_cast<unsigned char>(w[k]);
        letter = ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || b >= 0xC0;
    }
    if (!letter) return false;
    int len;
    size_t last = text::prev_start(w, seg.end);
    uint32_t lc = text::decode(w, last, len);
    if (lc == '.' || lc == ',' || lc == ';' || lc == ':' || lc == 0x2026 || lc == '!') return false;
    if (lc == '?' && words > 12) return false;
    if (text::is_close_quote(lc) && last > seg.start) {  // “... said.” is a quoted sentence
        uint32_t pc = text::decode(w, text::prev_start(w, last), len);
        if (pc == '.' || pc == ',' || pc == '!' || pc == '?') return false;
    }
    uint32_t i = seg.start;
    uint32_t fc = text::decode(w, i, len);
    while (text::is_open_quote(fc) && i + uint32_t(len) < seg.end) {
        i += uint32_t(len);
        fc = text::decode(w, i, len);
    }
    return text::is_upper(fc) || text::classify(fc) == text::CharClass::digit ||
           (text::classify(fc) == text::CharClass::letter && fc > 0x24F && !text::is_lower(fc));
}

void add_segment(seg::SegmentSink& out, uint32_t s, uint32_t e, bool bullet, bool single_line) {
    Segment seg;
    seg.start = s;
    seg.end = e;
    seg.kind = bullet ? SegmentKind::list_item : SegmentKind::paragraph;
    out.segments.push_back(std::move(seg));
    uint32_t idx = uint32_t(out.segments.size() - 1);
    seg::split_sentences(out, idx);
    Segment& added = out.segments[idx];
    if (!bullet && single_line && heading_like(out.work, added)) added.kind = SegmentKind::heading;
}

// Most of the line's words start in lower case (running text, not a title).
[[gnu::noinline]] bool running_text(std::string_view w, uint32_t start, uint32_t end) {
    int words = 0, lower = 0;
    for (uint32_t i = start; i < end; ++i) {
        if (i > start && w[i - 1] != ' ') continue;
        int len;
        ++words;
        lower += text::is_lower(text::decode(w, i, len));
    }
    return lower * 2 > words;
}

// A line that plainly goes on past its end: it ends with a comma, a semicolon, a hyphen or a
// word that joins ("and", "of", "the" ...), or leaves a bracket open ("<National Brands"); a
// `long_line` also when it ends in a lower-case word ("... quoted an unnamed spokesman as saying":
// a title that long is rare, a wrapped line that long is the rule).
bool line_goes_on(std::string_view w, uint32_t s, uint32_t e, bool long_line) {
    if (e <= s) return false;
    const char last = w[e - 1];
    if (last == ',' || last == ';' || last == '-') return true;
    int open = 0;
    for (uint32_t i = s; i < e; ++i) {
        const char c = w[i];
        open += (c == '(' || c == '<' || c == '[') - (c == ')' || c == '>' || c == ']');
    }
    if (open > 0) return true;
    uint32_t b = e;
    while (b > s && w[b - 1] != ' ') --b;
    static constexpr std::string_view kJoin[] = {"and", "or", "of", "the", "a", "an", "in", "to", "for", "with",
                                                 "at", "by", "from", "on", "that", "which", "as", "its", "their"};
    const std::string_view tail = w.substr(b, e - b);
    if (long_line && !tail.empty() && tail[0] >= 'a' && tail[0] <= 'z') return true;
    for (std::string_view j : kJoin)
        if (tail == j) return true;
    return false;
}

void flush_block(seg::SegmentSink& out, std::vector<Line>& lines) {
    if (lines.empty()) return;
    uint32_t W = 0, min_indent = UINT32_MAX, max_indent = 0;
    for (const auto& l : lines) {
        W = std::max(W, l.cols);
        min_indent = std::min(min_indent, l.indent);
        max_indent = std::max(max_indent, l.indent);
    }
    // Hard-wrapped: most breaks fail the fit test (one-paragraph-per-line text passes it
    // everywhere except after its longest lines).
    auto fit_fails = [&](size_t k) { return lines[k].cols + 1 + lines[k + 1].first_word > W; };
    auto prose = [&](const Line& l) { return running_text(out.work, l.start, l.end); };
    // Line k ends no sentence and line k + 1 starts in lower case, or with a digit after running
    // text (after a title, a digit starts the next title: "... Lower Dollar" / "1988 Budget ...").
    auto continues = [&](size_t k) {
        if (lines[k].terminal) return false;
        int len;
        const uint32_t c = text::decode(out.work, lines[k + 1].start, len);
        return text::is_lower(c) || (text::classify(c) == text::CharClass::digit && prose(lines[k]));
    };
    bool wrapped = false;
    if (lines.size() >= 2 && W >= 30 && W <= 160) {
        size_t fails = 0;
        for (size_t k = 0; k + 1 < lines.size(); ++k) fails += fit_fails(k);
        if (lines.size() == 2) {
            int len;
            uint32_t c0 = text::decode(out.work, lines[1].start, len);
            wrapped = fails == 1 && text::is_lower(c0);
        } else {
            // Breaks at sentence ends (". " then a capital) are what one-paragraph-per-line
            // text is made of; in wrapped prose most breaks fall mid-sentence.
            size_t sentence_breaks = 0;
            for (size_t k = 0; k + 1 < lines.size(); ++k) {
                int len;
                uint32_t next = text::decode(out.work, lines[k + 1].start, len);
                sentence_breaks += lines[k].terminal && (text::is_upper(next) || text::is_open_quote(next));
            }
            size_t breaks = lines.size() - 1;
            // In wrapped prose most breaks fall before an ordinary word (lower case, a number)
            // or after a line that plainly goes on (a comma, "and", an open bracket). A block
            // with no such break is a list of titles ("China's rare earth exports fall 12%" /
            // "Trump says he will meet Xi" / "Subscribe to our newsletter ..."), whatever its
            // line lengths.
            size_t prose_breaks = 0;
            for (size_t k = 0; k + 1 < lines.size(); ++k) {
                int len;
                const uint32_t next = text::decode(out.work, lines[k + 1].start, len);
                prose_breaks += text::is_lower(next) || text::classify(next) == text::CharClass::digit ||
                                line_goes_on(out.work, lines[k].start, lines[k].end, lines[k].cols >= 55);
            }
            wrapped = fails >= 2 && fails * 2 >= breaks && sentence_breaks * 2 < breaks && prose_breaks > 0;
            // A short block's longest line can be the wrap width itself, so its breaks can pass
            // the fit test ("... completed within" / "60 days, at which time ..." / "to include
            // ..."): a break after a long line that ends no sentence, before a line that starts in
            // lower case or with a digit, continues the sentence too. Wrapped when such breaks and
            // the failed fits are every break.
            // (Prose only: a list of headlines, "Usda to Reduce Citrus Estimating Program" /
            // "26 Reported Dead in Ferry Disaster", has capitalized words and breaks like these.)
            if (!wrapped && fails >= 1 && sentence_breaks == 0) {
                size_t soft = 0;
                for (size_t k = 0; k + 1 < lines.size(); ++k)
                    soft += !fit_fails(k) && continues(k) && lines[k].cols * 4 >= W * 3 && prose(lines[k]);
                wrapped = fails + soft == breaks;
            }
        }
    }
    size_t first = 0;
    for (size_t k = 0; k < lines.size(); ++k) {
        bool brk = k + 1 == lines.size();
        if (!brk) {
            const Line& b = lines[k + 1];
            // In wrapped text a line that does not end a sentence, followed by one that starts
            // in lower case or with a digit, continues the same sentence even where the word
            // would have fit (typeset or hand-wrapped text is not strictly greedy).
            bool cont = continues(k);
            bool join = wrapped && !b.bullet && !(max_indent > min_indent && b.indent > min_indent) &&
                        (fit_fails(k) || cont);
            brk = !join;
        }
        if (brk) {
            add_segment(out, lines[first].start, lines[k].end, lines[first].bullet, first == k);
            first = k + 1;
        }
    }
    lines.clear();
}

// Lines of work[from, to) -> segments, sentences (and tokens) into `out`. `from` starts a
// line; `to` ends one (the text's end, or just after a '\n').
void cut_lines(seg::SegmentSink& out, uint32_t from, uint32_t n) {
    const std::string_view w = out.work;
    std::vector<Line> lines;
    uint32_t pos = from;
    while (pos < n) {
        const char* nl = static_cast<const char*>(std::memchr(w.data() + pos, '\n', n - pos));
        uint32_t le = nl ? uint32_t(nl - w.data()) : n;
        Line l;
        const uint32_t line_start = pos;
        uint32_t s = pos, e = le;
        while (s < e && blank_byte(w[s])) ++s;
        while (e > s && blank_byte(w[e - 1])) --e;
        pos = le + 1;
        if (s == e) { flush_block(out, lines); continue; }
        l.start = s;
        l.end = e;
        l.indent = s - line_start;
        l.cols = l.indent + count_cols(w, s, e);
        // The first word's code points: its bytes minus its UTF-8 continuation bytes.
        const seg::FirstWord fw = seg::first_word(w, s, e);
        l.first_word = fw.bytes > 800 ? fw.bytes : fw.bytes - fw.cont;  // as count_cols(): bytes beyond 800
        l.bullet = seg::may_start_bullet(static_cast<unsigned char>(w[s])) && seg::bullet_length(w, s, e) != 0;
        {
            size_t p = text::prev_start(w, e);
            int len;
            uint32_t last = text::decode(w, p, len);
            while (text::is_close_quote(last) && p > s) {
                p = text::prev_start(w, p);
                last = text::decode(w, p, len);
            }
            l.terminal = last == '.' || last == '!' || last == '?' || last == 0x2026;
        }
        lines.push_back(l);
    }
    flush_block(out, lines);
}

// Below this a document is cut by one thread (starting the second part costs more than it saves).
constexpr uint32_t kMinSplitBytes = 256 << 10;

}  // namespace

void segment(Document& doc, Team* team) {
    doc.segments.clear();
    doc.sentences.clear();
    doc.tokens.clear();
    doc.released_tokens = 0;
    const std::string_view w = doc.work_view();
    const uint32_t n = uint32_t(std::min<size_t>(w.size(), UINT32_MAX - 1));
    // Reserve from measured densities, not the worst case: reserved capacity is real memory in
    // wasm (and natively whenever malloc serves it from already-touched heap pages). News text
    // has ~0.18 tokens and ~0.01 sentences per byte (Reuters, 100 MB); denser text makes the
    // vector grow once or twice, which only costs a copy. Clean-only mode makes no tokens here:
    // dedup tokenizes each segment when it needs it and counts them (stage_inputs.hpp).
    if (!doc.clean_only) doc.tokens.reserve(n / 5 + 256);
    doc.sentences.reserve(n / 64 + 16);
    {
        // Segments: at most one per non-blank line (a line start that is not another '\n';
        // whitespace-only lines are counted too: an upper bound).
        // Hard-wrapped text has several lines per paragraph: news runs ~110 bytes a segment
        // (Reuters), so n/80 caps the reservation; denser text grows the vector. Counting
        // stops at the cap (news reaches it about half-way through the text).
        const size_t cap = n / 80 + 64;
        size_t lines = n > 0 && w[0] != '\n';
        for (const char* p = w.data();
             lines < cap && (p = static_cast<const char*>(std::memchr(p, '\n', size_t(w.data() + n - p)))) != nullptr; ++p)
            lines += p + 1 < w.data() + n && p[1] != '\n';
        doc.segments.reserve(std::min(lines, cap));
    }
    const size_t half = size_t(n) / 2;
    const char* split = nullptr;  // a blank line near the middle: the second part starts there
    if (team && team->size() > 1 && doc.clean_only && n >= kMinSplitBytes)
        for (const char* p = w.data() + half; !split && p + 1 < w.data() + n &&
                                               (p = static_cast<const char*>(std::memchr(p, '\n', size_t(w.data() + n - 1 - p))));
             ++p)
            if (p[1] == '\n') split = p;
    if (!split) {
        seg::SegmentSink out{w, doc.segments, doc.sentences, doc.clean_only ? nullptr : &doc.tokens};
        cut_lines(out, 0, n);
    } else {
        // Blocks of lines end at blank lines and nothing else carries from one block to the
        // next, so the text cut at a blank line gives, part by part, the segments and
        // sentences the whole gives (tests/unit/test_dedup_threads.cpp compares them). The
        // second part's are appended with their indexes moved. Clean-only mode only: its parts
        // hold no tokens, so the second part's copy is small (~0.3x of its text, briefly).
        const uint32_t q = uint32_t(split - w.data()) + 1;  // just after the first '\n'
        std::vector<Segment> segs2;
        std::vector<Sentence> sents2;
        segs2.reserve((n - q) / 80 + 64);
        sents2.reserve((n - q) / 64 + 16);
        seg::SegmentSink first{w, doc.segments, doc.sentences, nullptr};
        seg::SegmentSink second{w, segs2, sents2, nullptr};
        team->run(2, [&](unsigned, size_t part) {
            if (part == 0) cut_lines(first, 0, q);
            else cut_lines(second, q, n);
        });
        const uint32_t seg_base = uint32_t(doc.segments.size()), sent_base = uint32_t(doc.sentences.size());
        for (Segment& sg : segs2) sg.first_sentence += sent_base;
        for (Sentence& st : sents2) st.segment += seg_base;
        doc.segments.insert(doc.segments.end(), segs2.begin(), segs2.end());
        doc.sentences.insert(doc.sentences.end(), sents2.begin(), sents2.end());
    }
    if (doc.clean_only) {
        // dedup's tables come on top of these two: give back what the estimates over-reserved
        // (~0.1x each on news) while only the text is held besides them.
        doc.sentences.shrink_to_fit();
        doc.segments.shrink_to_fit();
    }
}

}  // namespace np
