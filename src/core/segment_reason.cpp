// segment_reason.cpp — a segment's reason (Segment::reason, a code and two numbers set by
// dedup.cpp and boilerplate.cpp) in words, for the JSON and text outputs. The texts are the
// ones dedup used to store as a string per segment: the output is the same byte for byte.
// Spelled into a fixed buffer (segment_reason.hpp); segment_reason() copies it to a string.
#include "segment_reason.hpp"

#include <cstdio>
#include <cstring>
#include <string>

namespace np {

namespace {

// duplicate_of of segment k, or -1 when k is out of range (a hand-built Document).
int64_t original_of(const Document& doc, uint32_t k) {
    return k < doc.segments.size() ? int64_t(doc.segments[k].duplicate_of) : -1;
}

// Appends to a ReasonText; never writes past its end (a reason longer than the buffer, which
// no code produces, would be cut rather than overflow).
struct Spell {
    ReasonText& r;
    void add(std::string_view s) {
        size_t n = std::min(s.size(), sizeof r.text - r.size);
        std::memcpy(r.text + r.size, s.data(), n);
        r.size += n;
    }
    void add_uint(uint64_t v) {
        char buf[24];
        char* e = buf + sizeof buf;
        char* p = e;
        do { *--p = char('0' + v % 10); v /= 10; } while (v);
        add(std::string_view(p, size_t(e - p)));
    }
    void add_int(int64_t v) {
        if (v < 0) { add("-"); add_uint(uint64_t(0) - uint64_t(v)); }
        else add_uint(uint64_t(v));
    }
    void add_2dp(float x) {  // "0.84"
        char buf[16];
        int n = std::snprintf(buf, sizeof buf, "%.2f", double(x));
        add(std::string_view(buf, n > 0 ? std::min(size_t(n), sizeof buf - 1) : 0));
    }
};

}  // namespace

void segment_reason_into(const Document& doc, size_t i, ReasonText& out) {
    out.size = 0;
    if (i >= doc.segments.size()) return;
    const Segment& s = doc.segments[i];
    Spell w{out};
    switch (s.reason) {
        case ReasonCode::none: return;
        case ReasonCode::kept_original: w.add("kept: original"); return;
        case ReasonCode::kept_heading: w.add("kept: heading"); return;
        case ReasonCode::kept_short_line:
            w.add("kept: short line also seen as segment ");
            w.add_uint(s.reason_a);
            w.add(", outside a repeated block");
            return;
        case ReasonCode::exact_repeat:
        case ReasonCode::near_duplicate:
        case ReasonCode::repeated_sentences: {
            // a-b: a run (step 5 of dedup.cpp), which covers the segment; a repeat of sentences
            // outside a run keeps its sources there (all before it).
            const bool run = s.reason_a != s.reason_b &&
                             (s.reason != ReasonCode::repeated_sentences || (s.reason_a <= i && i <= s.reason_b));
            if (s.reason == ReasonCode::exact_repeat) {
                w.add("exact repeat of segment ");
                w.add_int(s.duplicate_of);
            } else if (s.reason == ReasonCode::repeated_sentences) {
                const bool several = !run && s.reason_a != s.reason_b;
                w.add(several ? "repeats the sentences of segments " : "repeats the sentences of segment ");
                if (several) {
                    w.add_uint(s.reason_a);
                    w.add("-");
                    w.add_uint(s.reason_b);
                } else {
                    w.add_int(s.duplicate_of);
                }
                w.add(" (share of its word bigrams found ");
                w.add_2dp(s.similarity);
                w.add(")");
                if (!run) return;
            } else {
                w.add("near-duplicate of segment ");
                w.add_int(s.duplicate_of);
                w.add(" (word-bigram Jaccard ");
                w.add_2dp(s.similarity);
                w.add(")");
            }
            if (run) {
                w.add("; part of a repeated block: segments ");
                w.add_uint(s.reason_a);
                w.add("-");
                w.add_uint(s.reason_b);
                w.add(" repeat segments ");
                w.add_int(original_of(doc, s.reason_a));
                w.add("-");
                w.add_int(original_of(doc, s.reason_b));
            }
            return;
        }
        case ReasonCode::bp_marker: w.add("boilerplate: related-links marker line"); return;
        case ReasonCode::bp_marker_link: w.add("boilerplate: link with a related-links prefix"); return;
        case ReasonCode::bp_chrome: w.add("boilerplate: site chrome (advertisement, share, subscribe, menu or sign-in line)"); return;
        case ReasonCode::bp_copyright: w.add("boilerplate: copyright notice"); return;
        case ReasonCode::metadata: w.add("metadata: byline, dateline, timestamp, credit or editor's note (not article text)"); return;
        case ReasonCode::bp_list_title:
            w.add("boilerplate: link title in the list after the marker line (segment ");
            w.add_uint(s.reason_a);
            w.add(")");
            return;
        case ReasonCode::bp_after_end: w.add("boilerplate: link-title-like line after the article's end"); return;
        case ReasonCode::bp_title_run:
            w.add("boilerplate: run of ");
            w.add_uint(s.reason_a);
            w.add(" link-title-like lines");
            return;
        case ReasonCode::bp_menu: w.add("boilerplate: navigation menu line"); return;
        case ReasonCode::bp_press_release:
            w.add("boilerplate: press release's closing section (about the company, forward-looking statements)");
            return;
    }
}

std::string segment_reason(const Document& doc, size_t i) {
    ReasonText r;
    segment_reason_into(doc, i, r);
    return std::string(r.view());
}

}  // namespace np
