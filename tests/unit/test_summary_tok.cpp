// test_summary_tok.cpp — the place lookup's plain-words path (place_of_name walks a name made of
// ASCII letters/digits between spaces word by word, without cutting it into tokens) gives the
// payload of the general tokenize-and-walk path (place_payload(..., quick_reject = false)):
//   * for every canonical place name of the lexicon, lower- and upper-cased, with "the " before
//     it, doubled / leading / trailing spaces, and forms that leave the plain path part-way
//     ("’s", "'s", a hyphen, a full stop, a non-ASCII letter, an over-long word);
//   * for edge cases: empty, only spaces, "the" alone, "the" before a non-plain rest;
//   * for every entity name and alias the pipeline finds in the project's test articles and the sample.
// The Reuters names are compared in test_summary_speed_bits.cpp.
// And first_token_from (where an entity mention's first token is found from an estimate instead of
// a binary search over all tokens) equals std::lower_bound on the token starts at every byte
// offset of the views of the test articles, the sample, all of them as one document, and 60
// Reuters stories (when ../shared is there).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "models.hpp"
#include "summarize_view.hpp"
#include "test_support.hpp"

namespace {

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = char(c - 32);
    return s;
}
std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c + 32);
    return s;
}

// Counts names compared and those that resolved to a place.
struct Tally {
    size_t names = 0, places = 0;
};

void check_name(const np::SummaryModels& m, const std::string& name, Tally& t) {
    const int32_t fast = np::sv::place_payload(m, name, true), plain = np::sv::place_payload(m, name, false);
    CHECK_MESSAGE(fast == plain, "name '", name, "'");
    ++t.names;
    t.places += plain >= 0;
}

}  // namespace

TEST_CASE("summary tok: plain-words place lookup equals the tokenize-and-walk path (lexicon names and variants)") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    REQUIRE(models->summary.loaded);
    REQUIRE(models->summary.has_lexicon);
    const np::SummaryModels& m = models->summary;
    REQUIRE(m.places.size() > 50);
    Tally t;
    for (const auto& p : m.places) {
        const std::string& n = p.name;
        for (const std::string& v :
             {n, lower(n), upper(n), "the " + n, "The " + n, "  " + n + "  ", n + " " + n, "the  " + n,
              n + "’s", n + "'s", n + "-based", "U.S. " + n, n + " U.S.", n + ".", "Café " + n,
              n + " " + std::string(40, 'x'), std::string(33, 'a') + " " + n})
            check_name(m, v, t);
    }
    for (const char* v : {"", " ", "   ", "the", "The", "the ", " the", "the the", "the U.S.", "the ’s",
                                 "the\xC2\xA0", "the \xC2\xA0", "the -", "China", "the China", "china china"})
        check_name(m, v, t);
    // Canonical names and their cased / "the" forms resolve: the comparison saw both answers.
    CHECK(t.places > m.places.size());
    CHECK(t.names > t.places);
}

TEST_CASE("summary tok: plain-words place lookup on the entities of the test articles and the sample") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    const np::SummaryModels& m = models->summary;
    Tally t;
    for (const auto& f : np::test::article_files(true)) {
        std::string text;
        REQUIRE(np::test::read_file(f, text));
        np::Analysis a = np::test::analyze_text(text);
        for (const auto& d : a.documents)
            for (const auto& e : d.entities) {
                check_name(m, e.name, t);
                for (const auto& al : e.aliases) check_name(m, al, t);
            }
    }
    CHECK(t.names > 100);
    CHECK(t.places > 10);
}

namespace {

// first_token_from against std::lower_bound at every offset of the view's text and a few past it;
// returns the offsets compared.
size_t check_first_token(const np::Document& doc, const np::SummaryModels& m) {
    const np::sv::View v = np::sv::build_view(doc, &m, np::sv::with_actors);
    size_t compared = 0;
    for (uint32_t off = 0; off < doc.text.size() + 4; ++off) {
        auto it = std::lower_bound(v.toks.begin(), v.toks.end(), off,
                                   [](const np::sv::Tok& a, uint32_t x) { return a.start < x; });
        const uint32_t want = uint32_t(it - v.toks.begin());
        const uint32_t got = np::sv::first_token_from(v, off);
        if (got != want) {
            CHECK_MESSAGE(got == want, "offset ", off, " of ", doc.text.size());
            return compared;
        }
        ++compared;
    }
    return compared;
}

}  // namespace

TEST_CASE("summary tok: first_token_from equals a binary search over the token starts") {
    const np::Models* models = np::test::models();
    REQUIRE(models);
    const np::SummaryModels& m = models->summary;
    size_t offsets = 0;
    std::string all;
    for (const auto& f : np::test::article_files(true)) {
        std::string text;
        REQUIRE(np::test::read_file(f, text));
        np::Analysis a = np::test::analyze_text(text);
        for (const auto& d : a.documents) offsets += check_first_token(d, m);
        all += text;
        all += "\n\n";
    }
    np::Analysis big = np::test::analyze_text(all, true);  // keep_all: every segment, repeats too
    REQUIRE(big.documents.size() == 1);
    offsets += check_first_token(big.documents[0], m);
    CHECK(offsets > 2 * all.size());
    // An empty view, and one of a single token.
    np::Analysis one = np::test::analyze_text("Tariffs");
    if (!one.documents.empty()) offsets += check_first_token(one.documents[0], m);
    size_t docs = 0;
    np::test::for_each_reuters_body([&](const std::string& body) {
        np::Analysis a = np::test::analyze_text(body);
        for (const auto& d : a.documents) offsets += check_first_token(d, m);
        return ++docs < 60;
    });
    if (docs == 0) MESSAGE("Reuters part skipped: ../shared absent");
}
