// test_input_decode.cpp — binary files refused as "not text", UTF-16 converted or refused.
#include <doctest/doctest.h>

#include <string>

#include "input_decode.hpp"

using np::decode_input;

static std::string utf16le(const std::u16string& s, bool bom) {
    std::string out = bom ? std::string("\xFF\xFE", 2) : std::string();
    for (char16_t c : s) { out += char(c & 0xFF); out += char(c >> 8); }
    return out;
}

TEST_CASE("decode: plain UTF-8 passes through byte for byte, BOM kept for offsets") {
    std::string out, err;
    std::string in = "\xEF\xBB\xBFTariffs \xE2\x80\x9C" "bite\xE2\x80\x9D.";
    REQUIRE(decode_input(in, out, err));
    CHECK(out == in);
    CHECK(err.empty());
}

TEST_CASE("decode: empty input is text") {
    std::string out, err;
    CHECK(decode_input("", out, err));
    CHECK(out.empty());
}

TEST_CASE("decode: invalid UTF-8 is still text (analyze replaces the bad bytes)") {
    std::string out, err;
    CHECK(decode_input("caf\xE9 au lait", out, err));
    CHECK(out == "caf\xE9 au lait");
}

TEST_CASE("decode: UTF-16LE and UTF-16BE with a BOM are converted, surrogate pairs included") {
    std::string out, err;
    REQUIRE(decode_input(utf16le(u"Tariff \u201C25%\u201D \U0001F600", true), out, err));
    CHECK(out == "Tariff \xE2\x80\x9C" "25%\xE2\x80\x9D \xF0\x9F\x98\x80");
    std::string be = "\xFE\xFF";
    for (char16_t c : std::u16string(u"Steel \u20AC5")) { be += char(c >> 8); be += char(c & 0xFF); }
    REQUIRE(decode_input(be, out, err));
    CHECK(out == "Steel \xE2\x82\xAC" "5");
}

TEST_CASE("decode: an unpaired surrogate and an odd trailing byte become U+FFFD") {
    std::string in = utf16le(u"a", true);
    in += std::string("\x00\xD8", 2);  // lone high surrogate D800
    in += "b";         // odd byte
    std::string out, err;
    REQUIRE(decode_input(in, out, err));
    CHECK(out == "a\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("decode: UTF-16 without a BOM is detected and refused with advice") {
    std::string out, err;
    CHECK_FALSE(decode_input(utf16le(u"The European Union imposed duties on imports.", false), out, err));
    CHECK(err.find("UTF-16") != std::string::npos);
    CHECK(err.find("byte-order mark") != std::string::npos);
}

TEST_CASE("decode: binary files are refused as not text, naming the format") {
    struct Case { std::string bytes; const char* word; };
    Case cases[] = {
        {std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "PNG"},
        {std::string("PK\x03\x04\x14\0\0\0\x08\0", 10), "ZIP"},
        {std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0", 12), "ELF"},
        {std::string("MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0", 16), "Windows"},
        {std::string("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", 15), "PDF"},
        {std::string("\x1F\x8B\x08\0\0\0\0\0", 8), "gzip"},
    };
    for (const auto& c : cases) {
        std::string out, err;
        CHECK_FALSE(decode_input(c.bytes, out, err));
        CHECK(err.rfind("not text", 0) == 0);
        CHECK_MESSAGE(err.find(c.word) != std::string::npos, err);
    }
}

TEST_CASE("decode: unknown binary (many control bytes) is refused, text with a few is not") {
    std::string bin;
    for (int i = 0; i < 4096; ++i) bin += char((i * 37) & 0x1F);
    std::string out, err;
    CHECK_FALSE(decode_input(bin, out, err));
    CHECK(err == "not text: this looks like a binary file");
    std::string text(4000, 'a');
    text[10] = '\x01';
    text[2000] = '\x00';
    CHECK(decode_input(text, out, err));
}

TEST_CASE("decode: a text that merely starts with MZ or ID3 is text") {
    std::string out, err;
    CHECK(decode_input("MZ Group said profits rose 5%.", out, err));
    CHECK(decode_input("ID3 standards body met on Monday.", out, err));
}
