// test_json_view.cpp — the JSON reader (src/core/json_view.cpp) is strict where input comes
// from users (JSONL lines, a taxonomy, a page's JSON-LD): what RFC 8259 refuses, it refuses.
#include <doctest/doctest.h>

#include <string>

#include "../../src/core/json_view.hpp"

namespace {
bool parses(const std::string& s) {
    np::jv::Doc d;
    return d.parse(s.data(), s.size());
}
}  // namespace

TEST_CASE("json_view refuses numbers outside JSON's grammar") {
    for (const char* bad : {"01", "1.", ".5", "-", "1e", "1e+", "+1", "--1", "1-2", "0x10", "[1.e3]", "[-.5]", "1.5.2"})
        CHECK_MESSAGE(!parses(bad), bad);
    for (const char* good : {"0", "-0", "12", "-0.5e+10", "3E-2", "[1,2.25,-3]", "1e999"})
        CHECK_MESSAGE(parses(good), good);
}

TEST_CASE("json_view refuses raw control bytes and unknown escapes in strings") {
    CHECK_FALSE(parses("\"a\tb\""));
    CHECK_FALSE(parses("\"line\nbreak\""));
    CHECK_FALSE(parses(std::string("\"nul\0\"", 6)));
    CHECK_FALSE(parses(R"("\x41")"));
    CHECK_FALSE(parses(R"("\u12G4")"));
    CHECK_FALSE(parses(R"("\u12")"));
    CHECK_FALSE(parses(R"({"k\q":1})"));
    CHECK(parses(R"("a\/b\\\"c\t")"));
    // Every position of a 20-byte string (the check reads eight bytes at a time, then the rest),
    // and every byte value: only those below 0x20 are refused.
    for (int at = 0; at < 20; ++at)
        for (int byte : {0x00, 0x0A, 0x1F, 0x20, 0x7F, 0x80, 0x9F, 0xA0, 0xFF}) {
            std::string t = "\"" + std::string(20, 'x') + "\"";
            t[size_t(1 + at)] = char(byte);
            CHECK_MESSAGE(parses(t) == (byte >= 0x20), "byte ", byte, " at ", at);
        }
    CHECK(parses("\"caf\xC3\xA9 \x7F\""));  // UTF-8 and DEL are not control bytes to JSON
}

TEST_CASE("json_view finds escaped keys, counts children and reads numbers at a view's end") {
    np::jv::Doc d;
    std::string t = R"({"\u0074ext":"x","id":42,"list":[1,[2,3],{}],"o":{"a":1,"b":2}})";
    REQUIRE(d.parse(t.data(), t.size()));
    np::jv::Value r = d.root();
    CHECK(r.find("text").str() == "x");
    CHECK(r.find("id").raw() == "42");
    CHECK(r.find("list").size() == 3);
    CHECK(r.find("o").size() == 2);
    CHECK(r.find("id").size() == 0);
    // A view that ends inside a longer number: the number is the view's, not the text's.
    std::string longer = "2.5123";
    REQUIRE(d.parse(longer.data(), 3));
    CHECK(d.root().number() == doctest::Approx(2.5));
}
