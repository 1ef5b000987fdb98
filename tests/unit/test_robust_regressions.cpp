// test_robust_regressions.cpp — regression tests for what fuzzing and the hostile-input CLI
// tests (tests/cli/robust.test.mjs) found in the core: each case is the smallest input that
// showed the problem, and checks the property whose absence caused it.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include "formats.hpp"
#include "input_decode.hpp"
#include "segment_parts.hpp"
#include "text.hpp"

using namespace np::test;

namespace {

bool utf8_boundary(const std::string& s, uint32_t i) {
    return i == 0 || i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

}  // namespace

// Found by the CLI test "a single 10 MB line": one paragraph with no sentence end made one
// sentence of ~1.7 million tokens, and the measures stage scans from each mention to the end
// of its sentence (condition/reason cues), so the run was quadratic: 1 MB took 30 s of CPU,
// 10 MB would have taken an hour. Sentences are now capped at kMaxSentenceBytes.
TEST_CASE("robust: a long line with no sentence end is cut into bounded sentences at spaces") {
    const char* words[] = {"tariffs", "on", "steel", "rose", "if", "China", "over", "the", "port", "25%"};
    std::string text;
    for (size_t i = 0; text.size() < 300000; ++i) {
        if (i) text += ' ';
        text += words[(i * 7 + i / 3) % 10];
    }
    np::Analysis a = analyze_text(text);
    REQ(a.documents.size() == 1);
    const np::Document& d = a.documents[0];
    REQ(d.segments.size() == 1);
    CHECK(d.segments[0].end == text.size());
    REQ(d.sentences.size() >= text.size() / np::kMaxSentenceBytes);
    uint32_t prev_end = 0;
    for (const auto& s : d.sentences) {
        CHECK(s.end - s.start <= np::kMaxSentenceBytes);
        CHECK(s.start >= prev_end);
        // Cut at a space: no word is split.
        CHECK((s.start == 0 || text[s.start - 1] == ' '));
        CHECK((s.end == text.size() || text[s.end] == ' '));
        prev_end = s.end;
    }
    CHECK(d.sentences.back().end == text.size());
    // Every word is still a token, none lost at the cuts.
    size_t words_in_text = 1;
    for (char c : text) words_in_text += c == ' ';
    size_t word_tokens = 0;
    for (const auto& t : d.tokens) word_tokens += t.kind != np::TokenKind::punct;
    CHECK(word_tokens >= words_in_text);
}

TEST_CASE("robust: a giant run without spaces is cut at code point boundaries") {
    std::string text;
    while (text.size() < 20000) text += "\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80";  // é 中 😀
    np::Document d = seg_doc(text);
    REQ(d.sentences.size() >= 5);
    for (const auto& s : d.sentences) {
        CHECK(s.end - s.start <= np::kMaxSentenceBytes);
        CHECK(utf8_boundary(text, s.start));
        CHECK(utf8_boundary(text, s.end));
    }
    CHECK(d.sentences.front().start == 0);
    CHECK(d.sentences.back().end == text.size());
}

TEST_CASE("robust: ordinary sentences are not affected by the cap") {
    std::string long_sentence = "The committee, which met on Monday";
    while (long_sentence.size() < 1500) long_sentence += ", and again on the following day in a larger room";
    long_sentence += ".";
    np::Document d = seg_doc(long_sentence + " The vote was delayed.");
    REQ(d.sentences.size() == 2);
    CHECK(d.sentences[0].end - d.sentences[0].start == long_sentence.size());
}

// tests/cli/robust.test.mjs reports each kind of bad JSONL line: a "text" of the wrong type
// used to get the same message as a missing one.
TEST_CASE("robust: parse_jsonl_line says whether \"text\" is missing or not a string") {
    np::InputDocument d;
    std::string err;
    CHECK_FALSE(np::parse_jsonl_line(R"({"id":"a"})", d, err));
    CHECK(err == "missing \"text\"");
    CHECK_FALSE(np::parse_jsonl_line(R"({"text":42})", d, err));
    CHECK(err == "\"text\" must be a string");
    CHECK_FALSE(np::parse_jsonl_line(R"({"text":null})", d, err));
    CHECK(err == "\"text\" must be a string");
    CHECK_FALSE(np::parse_jsonl_line("{\"text\": \"cut", d, err));
    CHECK(err == "not valid JSON");
    err.clear();
    CHECK(np::parse_jsonl_line(R"({"text":"ok","id":null,"title":null})", d, err));
    CHECK(err.empty());
    CHECK(d.text == "ok");
}

// Found by the CLI test "1,000,000 one-word paragraphs": each capitalised word became its own
// entity, and grouping compared every mention with every group so far (100,000 paragraphs:
// 10 s of CPU, a million: hours). Groups are now found through indexes; the grouping rules
// (same key, surname of a fuller name, short family name, capital -> country, acronym) keep
// their results, which test_entities*.cpp check on real sentences. Here: many distinct names,
// each its own entity with its one mention, and the usual merges still happen among them.
TEST_CASE("robust: tens of thousands of distinct names are grouped one entity each") {
    const char* L = "abcdefghijklmnopqrstuvwxyz";
    std::string text = "Angela Merkel spoke in Berlin on Monday.\n\n";
    const int n = 30000;
    for (int i = 0; i < n; ++i) {
        std::string w(1, char(L[i % 26] - 32));
        for (int k = 0, x = i / 26; k < 4; ++k, x /= 26) w += L[x % 26];
        text += w + ".\n\n";
    }
    text += "Merkel later left Berlin.\n";
    np::Analysis a = analyze_text(text);
    REQ(a.documents.size() == 1);
    const auto& ents = a.documents[0].entities;
    CHECK(ents.size() >= size_t(n) / 2);  // most one-word paragraphs are taken for names
    int merkel = 0;
    for (const auto& e : ents) {
        if (e.name == "Angela Merkel") {
            ++merkel;
            CHECK(e.mentions.size() == 2);  // "Merkel" joined the full name
        }
        CHECK(!e.mentions.empty());
    }
    CHECK(merkel == 1);
}

// The CLI test on the newsprism binary itself read "this looks like a executable (ELF)".
TEST_CASE("robust: the binary-file message reads as English") {
    std::string out, err;
    CHECK_FALSE(np::decode_input(std::string_view("\x7F" "ELF\x02\x01\x01\0\0\0\0\0", 12), out, err));
    CHECK(err == "not text: this looks like an executable (ELF)");
    CHECK_FALSE(np::decode_input(std::string_view("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16), out, err));
    CHECK(err == "not text: this looks like a PNG image");
}
