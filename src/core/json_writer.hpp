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
#include <cstring>
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

namespace detail {
// "00".."99": two digits per table read.
inline constexpr struct DigitPairs {
    char v[200];
} kDigitPairs = [] {
    DigitPairs t{};
    for (int i = 0; i < 100; ++i) { t.v[2 * i] = char('0' + i / 10); t.v[2 * i + 1] = char('0' + i % 10); }
    return t;
}();
// 1 to 4 digits of v (< 10000) at p; returns the end.
inline char* digits_1to4(char* p, uint32_t v) {
    if (v < 100) {
        if (v < 10) { *p = char('0' + v); return p + 1; }
        std::memcpy(p, kDigitPairs.v + 2 * v, 2);
        return p + 2;
    }
    const uint32_t hi = v / 100, lo = v % 100;
    if (hi < 10) *p++ = char('0' + hi);
    else { std::memcpy(p, kDigitPairs.v + 2 * hi, 2); p += 2; }
    std::memcpy(p, kDigitPairs.v + 2 * lo, 2);
    return p + 2;
}
}  // namespace detail
}  // namespace json_out

// Why a staging buffer: the output is millions of tiny pieces (keys, punctuation, offsets), and
// each std::string::append costs a capacity check and a memcpy call (~40 instructions) whatever
// its size. The writer gathers pieces in buf_ with a bounds check and an inlined copy, and
// hands them to the string 4 KiB at a time. `out_` is complete only after flush(): the writer
// flushes when the outermost value closes, in out() and in its destructor.
class JsonWriter {
public:
    // indent < 0: compact; indent >= 0: pretty-printed with that many spaces per level.
    JsonWriter(std::string& out, int indent) : out_(out), step_(indent < 0 ? 0 : unsigned(indent)), pretty_(indent >= 0) {}
    ~JsonWriter() { flush(); }
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    // The output string, with everything written so far in it (callers may append to it).
    std::string& out() { flush(); return out_; }
    void flush() {
        out_.append(buf_, size_t(p_ - buf_));
        p_ = buf_;
    }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // An object member's name; the next value call writes its value. A literal's length is
    // known here, so the compact form (the benchmarked and jsonl one) is a few stores.
    template <size_t N>
    void key(const char (&k)[N]) {
        if (pretty_ || depth_ == 0 || N > kMaxKey) { key(std::string_view(k, N - 1)); return; }
        after_key_ = true;
        char* p = room(N + 3);
        uint64_t bit = uint64_t(1) << (depth_ - 1);
        *p = ',';
        p += !(first_ & bit);
        first_ &= ~bit;
        *p++ = '"';
        std::memcpy(p, k, N - 1);
        p += N - 1;
        *p++ = '"';
        *p++ = ':';
        p_ = p;
    }
    void key(std::string_view k) {
        after_key_ = true;
        const size_t indent = pretty_ ? size_t(depth_) * step_ : 0;
        // Outside an object, or a name or indent longer than room() promises: the plain path
        // (never reached by the schema's names and depths; kept so any call is correct).
        if (depth_ == 0 || k.size() > kMaxKey || indent > kMaxIndent) {
            separate();
            put('"');
            put(k.data(), k.size());
            pretty_ ? put("\": ", 3) : put("\":", 2);
            return;
        }
        char* p = room(k.size() + indent + 6);
        uint64_t bit = uint64_t(1) << (depth_ - 1);
        if (!(first_ & bit)) *p++ = ',';
        first_ &= ~bit;
        if (pretty_) {
            *p++ = '\n';
            std::memset(p, ' ', indent);
            p += indent;
        }
        *p++ = '"';
        std::memcpy(p, k.data(), k.size());
        p += k.size();
        *p++ = '"';
        *p++ = ':';
        if (pretty_) *p++ = ' ';
        p_ = p;
    }

    void null() { before_value(); put("null", 4); done(); }
    void boolean(bool b) { before_value(); b ? put("true", 4) : put("false", 5); done(); }
    void uint(uint64_t v) { before_value(); put_uint(v); done(); }
    void sint(int64_t v) {
        before_value();
        if (v < 0) {
            put('-');
            put_uint(uint64_t(0) - uint64_t(v));
        } else {
            put_uint(uint64_t(v));
        }
        done();
    }
    void number(double v);
    void string(std::string_view s);
    // A string the caller guarantees needs no escape (printable ASCII without '"' and '\\': the
    // schema's enum names), copied without the per-byte scan.
    void plain_string(std::string_view s) {
        before_value();
        if (s.size() + 2 > kBuf / 2) { put('"'); put(s.data(), s.size()); put('"'); done(); return; }
        char* p = room(s.size() + 2);
        *p++ = '"';
        std::memcpy(p, s.data(), s.size());
        p += s.size();
        *p++ = '"';
        p_ = p;
        done();
    }
    // text::display(original, start, end), escaped, without building the display copy.
    void display(std::string_view original, uint32_t start, uint32_t end);
    // Writes the opening quote; the caller appends an escaped body with display_body() / raw()
    // and then calls raw_string_end(). For values assembled from pieces (clean_text).
    void raw_string_begin() { before_value(); put('"'); }
    void display_body(std::string_view original, uint32_t start, uint32_t end);
    void raw(std::string_view s) { put(s.data(), s.size()); }
    void raw_string_end() { put('"'); done(); }

    // The schema's "empty = null" / "-1 = null" conventions.
    void string_or_null(const std::string& s) { s.empty() ? null() : string(s); }
    void id_or_null(int64_t id) { id < 0 ? null() : sint(id); }

    // Byte sink for the escaping code (json_writer.cpp): appends without any separator.
    void put(char c) {
        if (p_ == buf_ + kBuf) flush();
        *p_++ = c;
    }
    void put(const char* s, size_t n) {
        if (n > size_t(buf_ + kBuf - p_)) {
            flush();
            if (n > kBuf / 2) { out_.append(s, n); return; }
        }
        std::memcpy(p_, s, n);
        p_ += n;
    }

private:
    static constexpr unsigned kMaxDepth = 64;
    static constexpr size_t kBuf = 4096, kMaxKey = 64, kMaxIndent = 512;
    static constexpr size_t kShort = 256;  // strings tested whole for the one-copy path

    // Room for n (<= kBuf) more bytes at the returned pointer; the caller moves p_ past them.
    char* room(size_t n) {
        if (n > size_t(buf_ + kBuf - p_)) flush();
        return p_;
    }
    // Most numbers are small (offsets within a paste, counts): those inline, the rest out of line.
    void put_uint(uint64_t v) {
        if (v < 10000) {
            char* p = room(4);
            p_ = json_out::detail::digits_1to4(p, uint32_t(v));
            return;
        }
        put_uint_long(v);
    }
    void put_uint_long(uint64_t v);
    // '"' + n bytes that need no escape + '"' (n <= kShort).
    void quoted_copy(const char* s, size_t n);
    // The outermost value is complete: hand it to the string.
    void done() {
        if (depth_ == 0) flush();
    }

    void newline_indent(unsigned depth) {
        put('\n');
        size_t n = size_t(depth) * step_;
        while (n > 0) {
            size_t k = n < 64 ? n : 64;
            char* p = room(k);
            std::memset(p, ' ', k);
            p_ = p + k;
            n -= k;
        }
    }
    // Before a member name or an array element: "," after the first, then the pretty line break.
    void separate() {
        if (depth_ == 0) return;
        uint64_t bit = uint64_t(1) << (depth_ - 1);
        if (!(first_ & bit)) put(',');
        first_ &= ~bit;
        if (pretty_) newline_indent(depth_);
    }
    void before_value() {
        if (after_key_) { after_key_ = false; return; }
        separate();  // an array element (or the top-level value, depth 0)
    }
    void open(char c) {
        before_value();
        put(c);
        if (depth_ < kMaxDepth) ++depth_;  // the schema is 7 levels deep; never reached
        first_ |= uint64_t(1) << (depth_ - 1);
    }
    void close(char c) {
        if (depth_ == 0) return;
        bool empty = first_ & (uint64_t(1) << (depth_ - 1));
        --depth_;
        if (pretty_ && !empty) newline_indent(depth_);
        put(c);
        done();
    }

    std::string& out_;
    unsigned step_;
    bool pretty_;
    bool after_key_ = false;
    unsigned depth_ = 0;
    uint64_t first_ = 0;  // bit d-1: nothing written yet in the container at depth d
    char* p_ = buf_;      // end of the staged bytes
    char buf_[kBuf];
};

}  // namespace np
