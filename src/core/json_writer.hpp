// json_writer.hpp — a streaming JSON writer that appends to one std::string, for the analysis
// output (json.cpp and each stage family's json_parts.hpp function).
//
// Why not nlohmann::ordered_json: building a DOM of the whole analysis and dumping it cost
// more than the analysis itself (~640 M instructions and ~39x the input in memory per MB).
// This writer produces the SAME BYTES nlohmann's dump(indent, ' ', false,
// error_handler_t::replace) produces for the same values (tests/unit/test_json_writer.cpp
// compares both on real and hostile inputs), so the output format never depends on which
// one wrote it:
//   * compact (indent < 0): {"a":1,"b":[1,2]}        no spaces at all
//   * pretty (indent >= 0): "{\n" + indent per level + "\"a\": 1" + ",\n" ... "\n}";
//     empty containers are "{}" / "[]" in both modes
//   * strings: '"' '\\' \b \f \n \r \t escaped by name, other bytes < 0x20 as \u00xx
//     (lowercase hex), everything else raw (no \u escapes of non-ASCII, not even U+2028);
//     invalid UTF-8 becomes U+FFFD exactly where nlohmann's decoder would put one
//   * doubles: nlohmann's own shortest round-trip formatter (1.0, 0.25, 1e+16); NaN/inf: null
//
// Usage: keys are the schema's own ASCII names (never escaped, never user text).
//   std::string out; JsonWriter w(out, 2);
//   w.begin_object(); w.key("id"); w.string(id); w.key("n"); w.uint(3); w.end_object();
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace np {

// ---- Free appenders (no separators, no indentation) ------------------------------------------
namespace json_out {
void append_string(std::string& out, std::string_view s);  // "..." escaped, invalid UTF-8 -> U+FFFD
// text::display(original, start, end) as a JSON string, in one pass without the copy.
void append_display(std::string& out, std::string_view original, uint32_t start, uint32_t end);
// The body of append_display, without the surrounding quotes (clean_text joins several).
void append_display_body(std::string& out, std::string_view original, uint32_t start, uint32_t end);
void append_uint(std::string& out, uint64_t v);
void append_int(std::string& out, int64_t v);
void append_double(std::string& out, double v);
}  // namespace json_out

class JsonWriter {
public:
    // indent < 0: compact; indent >= 0: pretty-printed with that many spaces per level.
    JsonWriter(std::string& out, int indent) : out_(out), step_(indent < 0 ? 0 : unsigned(indent)), pretty_(indent >= 0) {}

    std::string& out() { return out_; }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // An object member's name; the next value call writes its value.
    void key(std::string_view k) {
        after_key_ = true;
        // Separator, line break, indent and the quoted name in one append (the hottest call).
        char buf[96];
        size_t indent = pretty_ ? size_t(depth_) * step_ : 0;
        if (k.size() + indent + 6 > sizeof buf || depth_ == 0) {
            separate();
            out_ += '"';
            out_.append(k.data(), k.size());
            out_ += pretty_ ? "\": " : "\":";
            return;
        }
        char* p = buf;
        uint64_t bit = uint64_t(1) << (depth_ - 1);
        if (!(first_ & bit)) *p++ = ',';
        first_ &= ~bit;
        if (pretty_) {
            *p++ = '\n';
            for (size_t i = 0; i < indent; ++i) *p++ = ' ';
        }
        *p++ = '"';
        for (char c : k) *p++ = c;
        *p++ = '"';
        *p++ = ':';
        if (pretty_) *p++ = ' ';
        out_.append(buf, size_t(p - buf));
    }

    void null() { before_value(); out_.append("null", 4); }
    void boolean(bool b) { before_value(); b ? out_.append("true", 4) : out_.append("false", 5); }
    void uint(uint64_t v) { before_value(); json_out::append_uint(out_, v); }
    void sint(int64_t v) { before_value(); json_out::append_int(out_, v); }
    void number(double v) { before_value(); json_out::append_double(out_, v); }
    void string(std::string_view s) { before_value(); json_out::append_string(out_, s); }
    // text::display(original, start, end), escaped, without building the display copy.
    void display(std::string_view original, uint32_t start, uint32_t end) {
        before_value();
        json_out::append_display(out_, original, start, end);
    }
    // Writes the opening quote; the caller appends an escaped body with json_out::append_*_body
    // and then calls raw_string_end(). For values assembled from pieces (clean_text).
    void raw_string_begin() { before_value(); out_ += '"'; }
    void raw_string_end() { out_ += '"'; }

    // The schema's "empty = null" / "-1 = null" conventions.
    void string_or_null(const std::string& s) { s.empty() ? null() : string(s); }
    void id_or_null(int64_t id) { id < 0 ? null() : sint(id); }

private:
    static constexpr unsigned kMaxDepth = 64;

    void newline_indent(unsigned depth) {
        out_ += '\n';
        out_.append(size_t(depth) * step_, ' ');
    }
    // Before a member name or an array element: "," after the first, then the pretty line break.
    void separate() {
        if (depth_ == 0) return;
        uint64_t bit = uint64_t(1) << (depth_ - 1);
        if (!(first_ & bit)) out_ += ',';
        first_ &= ~bit;
        if (pretty_) newline_indent(depth_);
    }
    void before_value() {
        if (after_key_) { after_key_ = false; return; }
        separate();  // an array element (or the top-level value, depth 0)
    }
    void open(char c) {
        before_value();
        out_ += c;
        if (depth_ < kMaxDepth) ++depth_;  // the schema is 7 levels deep; never reached
        first_ |= uint64_t(1) << (depth_ - 1);
    }
    void close(char c) {
        if (depth_ == 0) return;
        bool empty = first_ & (uint64_t(1) << (depth_ - 1));
        --depth_;
        if (pretty_ && !empty) newline_indent(depth_);
        out_ += c;
    }

    std::string& out_;
    unsigned step_;
    bool pretty_;
    bool after_key_ = false;
    unsigned depth_ = 0;
    uint64_t first_ = 0;  // bit d-1: nothing written yet in the container at depth d
};

}  // namespace np
