// test_summary_document.cpp — summarize_document (one shared view, what analyze() runs) gives
// exactly what the four stage functions give when each builds its own view: measures, quotes,
// issues and summary serialized to JSON must be identical on real trade articles.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "stages.hpp"
#include "test_support.hpp"

namespace {

// Runs the pipeline on `text`, then re-runs the four stages one by one on a copy; returns how
// many summary records the shared-view run found (so callers can check the input was not empty).
size_t check_same(const std::string& name, const std::string& text) {
    np::Analysis a = np::test::analyze_text(text);
    REQUIRE(a.documents.size() == 1);
    const np::Document& shared = a.documents[0];
    np::Document alone = shared;
    alone.measures.clear();
    alone.quotes.clear();
    alone.issues.clear();
    alone.summary.clear();
    np::find_measures(alone, np::test::models());
    np::find_quotes(alone, np::test::models());
    np::find_issues(alone, np::test::models());
    np::summarize(alone, np::test::models());
    INFO(name);
    CHECK(np::test::summary_json(shared) == np::test::summary_json(alone));
    return shared.measures.size() + shared.quotes.size() + shared.issues.size() + shared.summary.size();
}

}  // namespace

TEST_CASE("summarize_document equals the four stages run alone (test articles, sample)") {
    const std::vector<std::string> files = np::test::article_files(true);
    REQUIRE(files.size() > 5);
    size_t records = 0;
    for (const auto& f : files) {
        std::string text;
        REQUIRE(np::test::read_file(f, text));
        records += check_same(f, text);
    }
    CHECK(records > files.size());  // the articles do produce measures, issues, quotes, summaries
}

TEST_CASE("summarize_document equals the four stages run alone (seed article)") {
    std::string text;
    if (np::test::shared_dir().empty() ||
        !np::test::read_file(np::test::shared_dir() + "/seeds/000_1c73318acc626785.txt", text)) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    CHECK(check_same("seed", text) > 0);
}

// Real news (Reuters bodies): also covers summarize_document's quote shortcut (the text is scanned
// for quotation marks only when the view cut a quote token), against find_quotes, which always scans.
TEST_CASE("summarize_document equals the four stages run alone (Reuters articles)") {
    size_t docs = 0, records = 0, with_quotes = 0;
    const bool have = np::test::for_each_reuters_body([&](const std::string& body) {
        if (body.size() < 200) return true;
        np::Analysis a = np::test::analyze_text(body);
        with_quotes += !a.documents.empty() && !a.documents[0].quotes.empty();
        records += check_same("reuters #" + std::to_string(docs), body);
        return ++docs < 120;
    });
    if (!have) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    CHECK(docs == 120);
    CHECK(records > docs);
    CHECK(with_quotes > 0);  // some articles quote someone, so both quote routes are exercised
}
