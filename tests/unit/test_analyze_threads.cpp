// test_analyze_threads.cpp — Options::threads and ::keep_internals: documents analysed in parallel give exactly the
// result of one thread (same JSON, byte for byte), and progress/cancel still behave.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

std::string run(const np::Input& in, unsigned threads) {
    np::Options opt;
    opt.models = np::test::models();
    opt.threads = threads;
    return np::to_json(np::analyze(in, opt));
}

}  // namespace

TEST_CASE("analyze: any number of threads gives the one-thread result") {
    const np::Input in = np::test::article_input();
    REQUIRE(in.documents.size() >= 12);
    const std::string one = run(in, 1);
    CHECK(one.find("\"cross_document\": []") == std::string::npos);  // the sample repeats across documents
    CHECK(run(in, 2) == one);
    CHECK(run(in, 3) == one);
    CHECK(run(in, 0) == one);  // one per core
}

TEST_CASE("analyze: with threads, progress rises one call at a time and cancel stops the run") {
    const np::Input in = np::test::article_input();
    np::Options opt;
    opt.models = np::test::models();
    opt.threads = 2;
    std::vector<float> seen;
    opt.progress = [&](float f) { seen.push_back(f); return true; };
    np::Analysis a = np::analyze(in, opt);
    CHECK_FALSE(a.cancelled);
    REQUIRE(seen.size() == 2 * in.documents.size());  // per document: cleaned, then analysed
    for (size_t i = 1; i < seen.size(); ++i) CHECK(seen[i] >= seen[i - 1]);
    CHECK(seen.back() == doctest::Approx(1.0f));

    size_t calls = 0;
    opt.progress = [&](float) { return ++calls < 4; };  // cancel during the per-document stages
    np::Analysis c = np::analyze(in, opt);
    CHECK(c.cancelled);
    CHECK(calls == 4);  // no call after the one that cancelled
    size_t with_entities = 0;
    for (const auto& d : c.documents) with_entities += !d.analysed.empty();
    CHECK(with_entities < in.documents.size());  // documents not started were skipped
}

TEST_CASE("analyze: freeing the stage inputs (the default) changes nothing in the results") {
    const np::Input in = np::test::article_input();
    np::Options opt;
    opt.models = np::test::models();
    opt.keep_internals = true;
    np::Analysis kept = np::analyze(in, opt);
    opt.keep_internals = false;
    np::Analysis freed = np::analyze(in, opt);
    CHECK(np::to_json(freed) == np::to_json(kept));
    REQUIRE(freed.documents.size() == kept.documents.size());
    for (size_t i = 0; i < kept.documents.size(); ++i) {
        CHECK(freed.documents[i].tokens.empty());
        CHECK(freed.documents[i].work_storage.empty());
        CHECK(kept.documents[i].tokens.size() > 0);
        CHECK(freed.documents[i].token_count() == kept.documents[i].tokens.size());
    }
}
