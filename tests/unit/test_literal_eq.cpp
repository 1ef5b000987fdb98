// test_literal_eq.cpp — the fast comparisons of a word with a literal give the standard answers:
//   * np::operator==(string_view, literal) (literal_eq.hpp) against std::string_view's own
//     comparison, for words that are the literal, a prefix of it, longer than it, empty, and
//     differ in one byte or in case;
//   * View::is (a token against a literal or a string_view) against the token's lowercase form
//     compared the standard way, at every token of the project's articles and the sample, and an
//     index past the end is no word.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "literal_eq.hpp"
#include "models.hpp"
#include "summarize_view.hpp"
#include "test_support.hpp"

namespace {

// The standard comparison: the literal measured and compared as a string_view.
bool std_eq(std::string_view a, std::string_view b) { return a.compare(b) == 0; }

}  // namespace

TEST_CASE("literal_eq: a word against a literal equals the standard comparison") {
    using np::operator==;
    const std::vector<std::string> words = {"", "a", "an", "and", "andy", "And", "tariff", "tariffs", "tarifd",
                                            "the", "th", "thee", "\xe2\x80\x94", "u.s.", "u.s"};
    size_t equal = 0;
    for (const std::string& s : words) {
        const std::string_view w = s;
        CHECK_MESSAGE((w == "and") == std_eq(w, "and"), "'", s, "'");
        CHECK_MESSAGE((w == "a") == std_eq(w, "a"), "'", s, "'");
        CHECK_MESSAGE((w == "") == std_eq(w, ""), "'", s, "'");
        CHECK_MESSAGE((w == "tariff") == std_eq(w, "tariff"), "'", s, "'");
        CHECK_MESSAGE((w == "the") == std_eq(w, "the"), "'", s, "'");
        CHECK_MESSAGE((w == "\xe2\x80\x94") == std_eq(w, "\xe2\x80\x94"), "'", s, "'");
        CHECK_MESSAGE((w != "u.s.") == !std_eq(w, "u.s."), "'", s, "'");
        equal += (w == "and") + (w == "a") + (w == "") + (w == "tariff") + (w == "the");
    }
    CHECK(equal == 5);  // each literal is in the list once ("And" is not "and")
}

TEST_CASE("literal_eq: View::is at every token of the articles and the sample") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    size_t tokens = 0, the = 0, said = 0;
    for (const std::string& f : np::test::article_files(true)) {
        std::string text;
        REQUIRE(np::test::read_file(f, text));
        np::Analysis a = np::test::analyze_text(text);
        REQUIRE(!a.documents.empty());
        const np::sv::View v = np::sv::build_view(a.documents[0], &models->summary, 0);
        for (uint32_t i = 0; i < v.toks.size(); ++i) {
            const std::string_view w = v.lo(i);
            const std::string copy(w);  // (a string_view that is not a literal)
            CHECK(v.is(i, std::string_view(copy)));
            CHECK(v.is(i, "the") == std_eq(w, "the"));
            CHECK(v.is(i, "said") == std_eq(w, "said"));
            CHECK(v.is(i, "") == w.empty());
            if (!w.empty()) CHECK(!v.is(i, std::string_view(copy).substr(1)));
            the += v.is(i, "the");
            said += v.is(i, "said");
            ++tokens;
        }
        CHECK(!v.is(uint32_t(v.toks.size()), ""));
        CHECK(!v.is(uint32_t(v.toks.size()), "the"));
    }
    CHECK(tokens > 2000);
    CHECK(the > 50);
    CHECK(said > 10);
}
