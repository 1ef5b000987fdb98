// test_json_writer.cpp — the streaming JSON writer (json_writer.hpp) gives the bytes nlohmann's
// dump gives for the same value: strings (hostile bytes, invalid UTF-8 at every position),
// display text, integers, doubles, and nesting in compact and pretty modes.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>

#include "json_writer.hpp"
#include "test_json_reference.hpp"
#include "text.hpp"

using np::test::ref::ojson;

namespace {

std::string written_string(std::string_view s) {
    std::string out;
    np::json_out::append_string(out, s);
    return out;
}

std::string written_display(std::string_view s) {
    std::string out;
    np::json_out::append_display(out, s, 0, uint32_t(s.size()));
    return out;
}

// A small deterministic generator (xorshift): the same strings on every run and platform.
struct Rng {
    uint64_t x = 0x9E3779B97F4A7C15ull;
    uint32_t next() { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return uint32_t(x >> 11); }
};

// Bytes chosen to hit every escape and every UTF-8 decoder state: controls, quotes, DEL, lead
// bytes of each length with their edge second bytes, continuation bytes, never-valid bytes.
constexpr unsigned char kInteresting[] = {
    0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1F, ' ', '"', '\\', '/', 'a', 'Z', 0x7F,
    0x80, 0x8B, 0x8F, 0x90, 0x9F, 0xA0, 0xBB, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE2, 0xED,
    0xEE, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};

std::string random_bytes(Rng& r, size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += char(kInteresting[r.next() % sizeof kInteresting]);
    return s;
}

}  // namespace

TEST_CASE("json writer: strings escape exactly like nlohmann (named cases)") {
    const char* cases[] = {
        "", "plain", "quote \" and backslash \\ and slash /", "\b\f\n\r\t", "\x01\x1f\x7f",
        "line\xe2\x80\xa8sep\xe2\x80\xa9para",  // U+2028/U+2029 stay raw (ensure_ascii off)
        "emoji \xf0\x9f\x98\x80 and \xf0\x9f\x87\xba\xf0\x9f\x87\xb8", "caf\xc3\xa9 \xe2\x82\xac",
        "bad \xff byte", "cut \xe2\x82", "\xe2\x82", "\xc3", "overlong \xc0\xaf", "\xe0\x80\xaf",
        "surrogate \xed\xa0\x80", "too big \xf4\x90\x80\x80", "\xf5\x80", "\x80\x80\x80",
        "\xe2\x28\xa1", "\xf0\x9f\x98", "\xf0\x9f\x98 x", "zero\0byte",
    };
    for (const char* c : cases) {
        std::string s = c;
        if (s == "zero") s = std::string("zero\0byte", 9);
        INFO(s);
        CHECK(written_string(s) == np::test::ref::dump(ojson(s)));
    }
    CHECK(written_string("a\"b") == "\"a\\\"b\"");
    CHECK(written_string("\x01") == "\"\\u0001\"");
    CHECK(written_string("\x1f") == "\"\\u001f\"");  // lowercase hex, as nlohmann writes it
    CHECK(written_string("x\xffy") == "\"x\xef\xbf\xbdy\"");
}

TEST_CASE("json writer: random hostile strings escape exactly like nlohmann") {
    Rng r;
    int checked = 0, replaced = 0;
    for (int k = 0; k < 4000; ++k) {
        std::string s = random_bytes(r, r.next() % 24);
        std::string got = written_string(s), want = np::test::ref::dump(ojson(s));
        if (got != want) {
            INFO("input bytes: " << s.size());
            CHECK(got == want);
            break;
        }
        ++checked;
        replaced += want.find("\xef\xbf\xbd") != std::string::npos;
    }
    CHECK(checked == 4000);
    CHECK(replaced > 1000);  // the generator does reach the invalid-UTF-8 paths
}

TEST_CASE("json writer: display text equals escaping text::display()") {
    const char* cases[] = {
        "tab\there\r\nnew \"q\" \\ \x7f del", "zw\xe2\x80\x8bsp\xe2\x80\x8c\xe2\x80\x8d|\xef\xbb\xbf|bom",
        "bad \xff\xfe", "cut \xe2\x82", "\xe2\x80\xa8 line sep", "\xf0\x9f\x98\x80", "",
    };
    for (const char* c : cases) {
        std::string s = c;
        INFO(s);
        CHECK(written_display(s) == np::test::ref::dump(ojson(np::text::display(s, 0, uint32_t(s.size())))));
    }
    Rng r;
    for (int k = 0; k < 3000; ++k) {
        std::string s = random_bytes(r, r.next() % 24);
        // also a sub-range, cutting sequences at both ends
        uint32_t a = s.empty() ? 0 : r.next() % s.size(), b = a + (s.empty() ? 0 : r.next() % (s.size() - a + 1));
        std::string got;
        np::json_out::append_display(got, s, a, b + 3);  // an end past the text is clamped
        std::string want = np::test::ref::dump(ojson(np::text::display(s, a, b + 3)));
        if (got != want || written_display(s) != np::test::ref::dump(ojson(np::text::display(s, 0, uint32_t(s.size()))))) {
            CHECK(got == want);
            CHECK(written_display(s) == np::test::ref::dump(ojson(np::text::display(s, 0, uint32_t(s.size())))));
            break;
        }
    }
}

// The writers skip plain bytes 8 at a time; short random strings rarely hold a run of 8. Real
// text (long plain runs, curly quotes, newlines) with hostile bytes dropped in at random places
// puts every kind of byte at every position of a word.
TEST_CASE("json writer: real text with hostile bytes escapes exactly like nlohmann (word-at-a-time skip)") {
    std::string text;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", text));
    REQUIRE(text.size() > 1000);
    Rng r;
    int checked = 0, multibyte = 0;
    for (int k = 0; k < 3000; ++k) {
        const size_t at = r.next() % (text.size() - 400), len = r.next() % 400;
        std::string s = text.substr(at, len);
        for (uint32_t j = 0, n = r.next() % 4; j < n && !s.empty(); ++j)
            s[r.next() % s.size()] = char(kInteresting[r.next() % sizeof kInteresting]);
        const std::string want_string = np::test::ref::dump(ojson(s));
        const std::string want_display = np::test::ref::dump(ojson(np::text::display(s, 0, uint32_t(s.size()))));
        if (written_string(s) != want_string || written_display(s) != want_display) {
            INFO("window at " << at << ", " << s.size() << " bytes");
            CHECK(written_string(s) == want_string);
            CHECK(written_display(s) == want_display);
            break;
        }
        ++checked;
        multibyte += s.find('\xE2') != std::string::npos;
    }
    CHECK(checked == 3000);
    CHECK(multibyte > 300);  // the sample's curly quotes and dashes are in many windows
}

TEST_CASE("json writer: integers and doubles print like nlohmann") {
    const uint64_t us[] = {0, 1, 9, 10, 99, 100, 101, 999, 1000, 65535, 4294967295ull, 18446744073709551615ull};
    for (uint64_t u : us) {
        std::string out;
        np::json_out::append_uint(out, u);
        CHECK(out == ojson(u).dump());
    }
    const int64_t is[] = {0, -1, 7, -10, -99, -100, 2147483647, -2147483647 - 1, std::numeric_limits<int64_t>::min(),
                          std::numeric_limits<int64_t>::max()};
    for (int64_t i : is) {
        std::string out;
        np::json_out::append_int(out, i);
        CHECK(out == ojson(i).dump());
    }
    std::vector<double> ds = {0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3.0, 0.001, 0.0001, 1e-5, 1e-7,
                              123456789.0, 1e15, 1e16, 1e21, 1e300, -2.5e-300, 5e-324, 25.0, 0.125, 0.333,
                              std::numeric_limits<double>::max(), std::numeric_limits<double>::quiet_NaN(),
                              std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    Rng r;
    for (int k = 0; k < 2000; ++k) {
        ds.push_back(double(r.next() % 10001) / 10000.0);                          // tidy() scores
        ds.push_back(double(int64_t(double(r.next() % 1000) / 999.0 * 1000.0 + 0.5)) / 1000.0);  // round3()
        uint64_t bits = (uint64_t(r.next()) << 32) ^ r.next() ^ (uint64_t(r.next()) << 11);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        ds.push_back(d);  // any bit pattern, NaNs included
    }
    for (double d : ds) {
        std::string out;
        np::json_out::append_double(out, d);
        if (out != ojson(d).dump()) {
            INFO(d);
            CHECK(out == ojson(d).dump());
            break;
        }
    }
}

TEST_CASE("json writer: nesting, empty containers, compact and pretty like nlohmann") {
    // {"a":[],"b":{},"c":[[],{},[1,[2,"x"]],{"k":null}],"d":true,"e":-3,"f":0.5}
    auto write = [](std::string& out, int indent) {
        np::JsonWriter w(out, indent);
        w.begin_object();
        w.key("a"); w.begin_array(); w.end_array();
        w.key("b"); w.begin_object(); w.end_object();
        w.key("c"); w.begin_array();
        w.begin_array(); w.end_array();
        w.begin_object(); w.end_object();
        w.begin_array(); w.uint(1); w.begin_array(); w.uint(2); w.string("x"); w.end_array(); w.end_array();
        w.begin_object(); w.key("k"); w.null(); w.end_object();
        w.end_array();
        w.key("d"); w.boolean(true);
        w.key("e"); w.sint(-3);
        w.key("f"); w.number(0.5);
        w.end_object();
    };
    ojson want;
    want["a"] = ojson::array();
    want["b"] = ojson::object();
    want["c"] = ojson::array({ojson::array(), ojson::object(), ojson::array({1, ojson::array({2, "x"})}), ojson{{"k", nullptr}}});
    want["d"] = true;
    want["e"] = -3;
    want["f"] = 0.5;
    for (int indent : {-1, 0, 1, 2, 4}) {
        std::string out;
        write(out, indent);
        INFO("indent " << indent);
        CHECK(out == want.dump(indent));
    }
    // Top-level empties and scalars.
    for (int indent : {-1, 2}) {
        std::string o1, o2, o3;
        { np::JsonWriter w(o1, indent); w.begin_object(); w.end_object(); }
        { np::JsonWriter w(o2, indent); w.begin_array(); w.end_array(); }
        { np::JsonWriter w(o3, indent); w.string("s"); }
        CHECK(o1 == "{}");
        CHECK(o2 == "[]");
        CHECK(o3 == "\"s\"");
    }
}
