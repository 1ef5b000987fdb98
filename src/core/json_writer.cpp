// json_writer.cpp — the byte-level appenders behind JsonWriter (json_writer.hpp): string
// escaping (plain and display-filtered), integers, doubles. Each must give exactly the bytes
// nlohmann's dump(indent, ' ', false, error_handler_t::replace) gives for the same value.
//
// Index
//   1. Byte classes
//   2. UTF-8 sequences as nlohmann's decoder sees them
//   3. append_string
//   4. append_display / append_display_body (text::display + escaping in one pass)
//   5. Numbers
//   6. The free appenders over a string
//   7. JsonWriter's out-of-line members (into its staging buffer)
#include "json_writer.hpp"

#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

#include "text.hpp"

namespace np::json_out {

namespace {

// ---- 1. Byte classes ----------------------------------------------------------------------------
// kPlain: printable ASCII other than '"' and '\\', copied as is; kAscii: an ASCII byte that needs
// an escape (or, in display text, a replacement); kMulti: a byte >= 0x80, starts or continues
// a multi-byte sequence that must be checked.
enum : uint8_t { kPlain = 0, kAscii = 1, kMulti = 2 };
constexpr auto kClass = [] {
    struct T { uint8_t v[256] = {}; } t{};
    for (int c = 0; c < 256; ++c)
        t.v[c] = c >= 0x80 ? kMulti : (c < 0x20 || c == '"' || c == '\\') ? kAscii : kPlain;
    return t;
}();
// In display text 0x7F also needs handling (it becomes a space).
constexpr auto kDisplayClass = [] {
    auto t = kClass;
    t.v[0x7F] = kAscii;
    return t;
}();

constexpr char kHex[] = "0123456789abcdef";

// The escaping code below writes to a Sink: this one (the free json_out:: functions) or a
// JsonWriter (its staging buffer). Both have put(char) and put(const char*, size_t).
struct StringSink {
    std::string& s;
    void put(char c) { s += c; }
    void put(const char* p, size_t n) { s.append(p, n); }
};

// Word-at-a-time skip over kPlain bytes (most of an article's text): a mark at or before the
// first byte of x that is not kPlain (>= 0x80, < 0x20, '"', '\\', and 0x7F when `del`), 0 when all
// 8 bytes are kPlain. Marks after the first one may be spurious (text::first_zero_bytes).
template <bool del>
inline uint64_t not_plain8(uint64_t x) {
    using text::kHigh, text::kOnes, text::first_zero_bytes;
    uint64_t m = (x & kHigh) | ((x - kOnes * 0x20) & ~x & kHigh) | first_zero_bytes(x ^ (kOnes * '"')) |
                 first_zero_bytes(x ^ (kOnes * '\\'));
    if constexpr (del) m |= first_zero_bytes(x ^ (kOnes * 0x7F));
    return m;
}

// The last (< 8) bytes of a range [begin, n), from i on: the index of the first byte that may
// not be kPlain, or n. Without it the tail of every string went byte by byte through the
// class table, and most strings (names, ids, mention texts) are short. With 8 bytes in the
// range it tests the range's last 8 bytes, ignoring those before i (already handled: a
// borrow from them can only add spurious marks, which the caller's per-byte check skips);
// a shorter range is padded with spaces (plain) in a register.
template <bool del>
inline size_t skip_plain_tail(const char* p, size_t begin, size_t i, size_t n) {
    uint64_t m;
    size_t base;
    if (n - begin >= 8) {
        base = n - 8;
        m = not_plain8<del>(text::load8(p + base)) & (~uint64_t(0) << (8 * (i - base)));
    } else {
        base = i;
        uint64_t x = text::kOnes * 0x20;
        std::memcpy(&x, p + i, n - i);  // little-endian: byte k of the range is byte k of x
        m = not_plain8<del>(x);
    }
    return m ? base + text::first_byte(m) : n;
}

// The escape of an ASCII byte that kClass marks kAscii.
template <class Sink>
void append_ascii_escape(Sink& out, unsigned char c) {
    switch (c) {
        case '"': out.put("\\\"", 2); return;
        case '\\': out.put("\\\\", 2); return;
        case '\b': out.put("\\b", 2); return;
        case '\t': out.put("\\t", 2); return;
        case '\n': out.put("\\n", 2); return;
        case '\f': out.put("\\f", 2); return;
        case '\r': out.put("\\r", 2); return;
        default: {
            char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
            out.put(u, 6);
        }
    }
}

// ---- 2. UTF-8 sequences --------------------------------------------------------------------------
// Well-formed sequences (Unicode table 3-7): the length of the one at p (2..4), or 0. When 0,
// `skip` is how many bytes the one U+FFFD stands for. nlohmann's decoder rejects at the first
// byte that cannot continue the sequence, writes one U+FFFD for the bytes before it and
// reads that byte again as a new start; a sequence cut by the end of the string is one U+FFFD.
size_t utf8_sequence(const unsigned char* p, size_t n, size_t& skip) {
    unsigned char c = p[0];
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; if (c == 0xE0) lo = 0xA0; else if (c == 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; if (c == 0xF0) lo = 0x90; else if (c == 0xF4) hi = 0x8F; }
    else { skip = 1; return 0; }
    for (size_t k = 1; k < len; ++k) {
        if (k >= n) { skip = n; return 0; }
        unsigned char b = p[k];
        if (b < lo || b > hi) { skip = k; return 0; }
        lo = 0x80; hi = 0xBF;
    }
    return len;
}

}  // namespace

// ---- 3. append_string ----------------------------------------------------------------------------
template <class Sink>
void string_to(Sink& out, std::string_view s) {
    out.put('"');
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    size_t run = 0;  // start of the bytes not yet appended (all of them copy as they are)
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {  // skip plain bytes 8 at a time
            const uint64_t m = not_plain8<false>(text::load8(s.data() + i));
            if (!m) { i += 8; continue; }
            i += text::first_byte(m);
        } else {
            i = skip_plain_tail<false>(s.data(), 0, i, n);
            if (i == n) break;
        }
        unsigned char c = p[i];
        uint8_t cls = kClass.v[c];
        if (cls == kPlain) { ++i; continue; }
        if (cls == kMulti) {
            size_t skip = 0;
            size_t len = utf8_sequence(p + i, n - i, skip);
            if (len) { i += len; continue; }
            out.put(s.data() + run, i - run);
            out.put("\xEF\xBF\xBD", 3);
            i += skip;
            run = i;
            continue;
        }
        out.put(s.data() + run, i - run);
        append_ascii_escape(out, c);
        run = ++i;
    }
    out.put(s.data() + run, n - run);
    out.put('"');
}

// ---- 4. append_display ----------------------------------------------------------------------------
// text::display's rules: invalid byte -> U+FFFD (one per byte), controls other than '\n' and DEL ->
// space, zero-width space/non-joiner/joiner and BOM dropped. Its output is valid UTF-8 with no
// control byte but '\n', so the only escapes left are \n, \" and \\.
template <class Sink>
void display_body_to(Sink& out, std::string_view original, uint32_t start, uint32_t end) {
    if (end > original.size()) end = uint32_t(original.size());
    if (start >= end) return;
    const auto* p = reinterpret_cast<const unsigned char*>(original.data());
    const char* base = original.data();
    size_t run = start, i = start;
    while (i < end) {
        if (i + 8 <= end) {  // skip plain bytes 8 at a time
            const uint64_t m = not_plain8<true>(text::load8(base + i));
            if (!m) { i += 8; continue; }
            i += text::first_byte(m);
        } else {
            i = skip_plain_tail<true>(base, start, i, end);
            if (i == end) break;
        }
        unsigned char c = p[i];
        uint8_t cls = kDisplayClass.v[c];
        if (cls == kPlain) { ++i; continue; }
        if (cls == kMulti) {
            int len = text::utf8_valid_len(p + i, end - i);
            if (len == 0) {
                out.put(base + run, i - run);
                out.put("\xEF\xBF\xBD", 3);
                run = ++i;
                continue;
            }
            bool dropped = len == 3 && ((c == 0xE2 && p[i + 1] == 0x80 && p[i + 2] >= 0x8B && p[i + 2] <= 0x8D) ||
                                        (c == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF));
            if (dropped) {
                out.put(base + run, i - run);
                run = i + 3;
            }
            i += size_t(len);
            continue;
        }
        out.put(base + run, i - run);
        if (c == '\n' || c == '"' || c == '\\') append_ascii_escape(out, c);
        else out.put(' ');
        run = ++i;
    }
    out.put(base + run, end - run);
}

// ---- 5. Numbers --------------------------------------------------------------------------------------
namespace {
using detail::kDigitPairs;

// The decimal digits of v, written so they END at e; returns their start (at most 20 bytes).
char* uint_digits(char* e, uint64_t v) {
    char* p = e;
    while (v >= 100) {
        const char* d = kDigitPairs.v + 2 * (v % 100);
        v /= 100;
        *--p = d[1];
        *--p = d[0];
    }
    if (v >= 10) {
        const char* d = kDigitPairs.v + 2 * v;
        *--p = d[1];
        *--p = d[0];
    } else {
        *--p = char('0' + v);
    }
    return p;
}

// How many decimal digits v has (1..20).
unsigned digit_count(uint64_t v) {
    unsigned n = 1;
    while (v >= 10000) { v /= 10000; n += 4; }
    return n + (v >= 10) + (v >= 100) + (v >= 1000);
}
}  // namespace

void append_uint(std::string& out, uint64_t v) {
    char buf[20];
    char* e = buf + sizeof buf;
    char* p = uint_digits(e, v);
    out.append(p, size_t(e - p));
}

void append_int(std::string& out, int64_t v) {
    if (v < 0) {
        out += '-';
        append_uint(out, uint64_t(0) - uint64_t(v));
    } else {
        append_uint(out, uint64_t(v));
    }
}

// nlohmann's own formatter (the one its serializer calls): Grisu2 shortest round-trip digits,
// "1.0" for integral values, exponent form outside 1e-5..1e15. Reusing it keeps every double
// byte-identical to the DOM dump, which a different shortest-digits algorithm would not be.
void append_double(std::string& out, double v) {
    if (!std::isfinite(v)) { out.append("null", 4); return; }
    char buf[64];
    char* e = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(e - buf));
}

// ---- 6. The free appenders over a string ----------------------------------------------------------------
void append_string(std::string& out, std::string_view s) {
    StringSink sink{out};
    string_to(sink, s);
}

void append_display_body(std::string& out, std::string_view original, uint32_t start, uint32_t end) {
    StringSink sink{out};
    display_body_to(sink, original, start, end);
}

void append_display(std::string& out, std::string_view original, uint32_t start, uint32_t end) {
    StringSink sink{out};
    sink.put('"');
    display_body_to(sink, original, start, end);
    sink.put('"');
}

}  // namespace np::json_out

// ---- 7. JsonWriter's out-of-line members (into its staging buffer) ------------------------------------
namespace np {

namespace {
// Exactly 4 digits of v (< 10000), with leading zeros, at p.
inline void digits_4(char* p, uint32_t v) {
    std::memcpy(p, json_out::kDigitPairs.v + 2 * (v / 100), 2);
    std::memcpy(p + 2, json_out::kDigitPairs.v + 2 * (v % 100), 2);
}
}  // namespace

void JsonWriter::put_uint_long(uint64_t v) {
    // Values 10^4..10^8 (most of the rest): two 4-digit halves with the pair table, written
    // forward straight into the buffer. Larger values take the general path.
    if (v < 100000000) {
        char* p = room(8);
        p = json_out::detail::digits_1to4(p, uint32_t(v / 10000));
        digits_4(p, uint32_t(v % 10000));
        p_ = p + 4;
        return;
    }
    unsigned n = json_out::digit_count(v);
    char* p = room(n);
    json_out::uint_digits(p + n, v);
    p_ = p + n;
}

void JsonWriter::number(double v) {
    before_value();
    if (!std::isfinite(v)) {
        put("null", 4);
    } else {
        char* p = room(64);
        p_ = nlohmann::detail::to_chars(p, p + 64, v);
    }
    done();
}

namespace {
// Whether p[0..n) is all kPlain (for display text, also without 0x7F): the common case of a
// short string (a name, an id, a mention), which is then copied in one piece.
template <bool del>
bool all_plain(const char* p, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        if (json_out::not_plain8<del>(text::load8(p + i))) return false;
    return i == n || json_out::skip_plain_tail<del>(p, 0, i, n) == n;
}
}  // namespace

void JsonWriter::quoted_copy(const char* s, size_t n) {
    char* p = room(n + 2);
    *p++ = '"';
    std::memcpy(p, s, n);
    p += n;
    *p++ = '"';
    p_ = p;
}

void JsonWriter::string(std::string_view s) {
    before_value();
    if (s.size() <= kShort && all_plain<false>(s.data(), s.size())) quoted_copy(s.data(), s.size());
    else json_out::string_to(*this, s);
    done();
}

void JsonWriter::display(std::string_view original, uint32_t start, uint32_t end) {
    before_value();
    if (start < end && end <= original.size() && end - start <= kShort &&
        all_plain<true>(original.data() + start, end - start)) {
        quoted_copy(original.data() + start, end - start);
    } else {
        put('"');
        json_out::display_body_to(*this, original, start, end);
        put('"');
    }
    done();
}

void JsonWriter::display_body(std::string_view original, uint32_t start, uint32_t end) {
    json_out::display_body_to(*this, original, start, end);
}

}  // namespace np
