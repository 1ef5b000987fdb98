// test_sentence_cap.cpp — a run of text with no sentence end (one huge line of words, a log
// dump) is cut into sentences of at most kMaxSentenceBytes, so the stages that look across a
// sentence stay linear; ordinary sentences are untouched.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include <string>

using namespace np::test;

namespace {
// Words of different lengths, no sentence end anywhere, one space between them.
std::string run_on(size_t bytes, const char* sep = " ") {
    static const char* const words[] = {"the", "tariff", "on", "steel", "imports", "rose", "to", "25%", "said",
                                        "Ottawa", "officials", "\xC3\xA9t\xC3\xA9", "\xE4\xB8\xAD\xE5\x9B\xBD"};
    std::string t;
    for (size_t i = 0; t.size() < bytes; ++i) {
        if (i) t += sep;
        t += words[(i * 7 + (i >> 3)) % 13];
    }
    return t;
}
bool char_edge(const std::string& t, uint32_t o) {
    return o == t.size() || (static_cast<unsigned char>(t[o]) & 0xC0) != 0x80;
}
}  // namespace

TEST_CASE("sentences: one 300 KB line without a sentence end is cut at spaces into bounded pieces") {
    const std::string t = run_on(300 * 1024);
    np::Analysis a = analyze_text(t);
    REQ(a.documents.size() == 1);
    const np::Document& d = a.documents[0];
    REQ(d.sentences.size() >= t.size() / np::kMaxSentenceBytes);
    uint32_t prev_end = 0;
    for (const auto& s : d.sentences) {
        CHECK(s.end - s.start <= np::kMaxSentenceBytes);
        CHECK(s.start >= prev_end);
        // Cut at a space: no word is split between two sentences.
        CHECK((s.start == 0 || t[s.start - 1] == ' '));
        CHECK((s.end == t.size() || t[s.end] == ' '));
        prev_end = s.end;
    }
    // Nothing is lost: the pieces cover every word.
    CHECK(d.sentences.front().start == 0);
    CHECK(d.sentences.back().end == t.size());
    CHECK(d.sentences.size() < 2 * t.size() / np::kMaxSentenceBytes + 2);
    // Every word is still a token: none lost at the cuts.
    size_t words = 1, word_tokens = 0;
    for (char c : t) words += c == ' ';
    for (const auto& tok : d.tokens) word_tokens += tok.kind != np::TokenKind::punct;
    CHECK(word_tokens >= words);
}

TEST_CASE("sentences: a run without spaces is cut on UTF-8 character boundaries") {
    std::string t;
    while (t.size() < 3 * np::kMaxSentenceBytes) t += "\xE4\xB8\xAD\xE5\x9B\xBD\xE5\x95\x86\xE5\x8A\xA1";  // CJK, no spaces
    np::Analysis a = analyze_text(t);
    const np::Document& d = a.documents[0];
    REQ(d.sentences.size() >= 3);
    for (const auto& s : d.sentences) {
        CHECK(s.end - s.start <= np::kMaxSentenceBytes);
        CHECK(char_edge(t, s.start));
        CHECK(char_edge(t, s.end));
    }
    CHECK(d.sentences.back().end == t.size());
}

TEST_CASE("sentences: ordinary sentences are not affected by the cap") {
    const std::string long_one = "The minister said " + run_on(3000, ", ") + " would all be covered.";
    const std::string t = "Tariffs rose on Monday. " + long_one + " Talks resume in May.";
    np::Analysis a = analyze_text(t);
    const np::Document& d = a.documents[0];
    REQ(d.sentences.size() == 3);
    CHECK(d.sentences[1].end - d.sentences[1].start == long_one.size());
}
