// segment_reason.cpp — a segment's reason (Segment::reason, a code and two numbers set by
// dedup.cpp and boilerplate.cpp) in words, for the JSON and text outputs. The texts are the
// ones dedup used to store as a string per segment: the output is the same byte for byte.
#include <cstdio>
#include <string>

#include "document.hpp"
#include "json_writer.hpp"

namespace np {

using json_out::append_int;
using json_out::append_uint;

namespace {

// duplicate_of of segment k, or -1 when k is out of range (a hand-built Document).
int64_t original_of(const Document& doc, uint32_t k) {
    return k < doc.segments.size() ? int64_t(doc.segments[k].duplicate_of) : -1;
}

}  // namespace

std::string segment_reason(const Document& doc, size_t i) {
    if (i >= doc.segments.size()) return {};
    const Segment& s = doc.segments[i];
    std::string out;
    switch (s.reason) {
        case ReasonCode::none: return out;
        case ReasonCode::kept_original: return "kept: original";
        case ReasonCode::kept_heading: return "kept: heading";
        case ReasonCode::kept_short_line:
            out = "kept: short line also seen as segment ";
            append_uint(out, s.reason_a);
            out += ", outside a repeated block";
            return out;
        case ReasonCode::exact_repeat:
        case ReasonCode::near_duplicate: {
            if (s.reason == ReasonCode::exact_repeat) {
                out = "exact repeat of segment ";
                append_int(out, s.duplicate_of);
            } else {
                out = "near-duplicate of segment ";
                append_int(out, s.duplicate_of);
                char sim[16];
                std::snprintf(sim, sizeof sim, "%.2f", double(s.similarity));
                out += " (word-bigram Jaccard ";
                out += sim;
                out += ")";
            }
            if (s.reason_a != s.reason_b) {
                out += "; part of a repeated block: segments ";
                append_uint(out, s.reason_a);
                out += "-";
                append_uint(out, s.reason_b);
                out += " repeat segments ";
                append_int(out, original_of(doc, s.reason_a));
                out += "-";
                append_int(out, original_of(doc, s.reason_b));
            }
            return out;
        }
        case ReasonCode::bp_marker: return "boilerplate: related-links marker line";
        case ReasonCode::bp_marker_link: return "boilerplate: link with a related-links prefix";
        case ReasonCode::bp_chrome: return "boilerplate: advertisement/share/subscribe line";
        case ReasonCode::bp_copyright: return "boilerplate: copyright notice";
        case ReasonCode::metadata: return "metadata: byline, dateline, timestamp or credit (not article text)";
        case ReasonCode::bp_list_title:
            out = "boilerplate: link title in the list after the marker line (segment ";
            append_uint(out, s.reason_a);
            out += ")";
            return out;
        case ReasonCode::bp_after_end: return "boilerplate: link-title-like line after the article's end";
        case ReasonCode::bp_title_run:
            out = "boilerplate: run of ";
            append_uint(out, s.reason_a);
            out += " link-title-like lines";
            return out;
        case ReasonCode::bp_menu: return "boilerplate: navigation menu line";
    }
    return out;
}

}  // namespace np
