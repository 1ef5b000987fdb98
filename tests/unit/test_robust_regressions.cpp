// test_robust_regressions.cpp — regression tests for what fuzzing and the hostile-input CLI
// tests (tests/cli/robust.test.mjs) found in the core: each case is the smallest input that
// showed the problem, and checks the property whose absence caused it.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include "formats.hpp"
#include "input_decode.hpp"

using namespace np::test;

// The CLI test "a single 10 MB line" found that one paragraph with no sentence end made one
// sentence of ~1.7 million tokens, and the measures stage scans from each mention to the end of
// its sentence: quadratic (1 MB: 30 s of CPU). Sentences are capped since; the cap's tests are
// in test_sentence_cap.cpp.

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
