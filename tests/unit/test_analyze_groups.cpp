// test_analyze_groups.cpp — analyze() hands documents to its threads in groups of consecutive
// ones and runs each stage over a whole group (analyze.cpp). The result must be what the stage
// functions give when called one document at a time, in document order, for any thread count,
// and progress, hand-over and cancel must still go document by document.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../../src/core/stages.hpp"
#include "test_support.hpp"

namespace {

// Many small documents (so that analyze() makes many groups: at most 64 documents each): every
// line (paragraph) of the project's articles and the sample as a document of its own, then the same
// paragraphs again, joined in twos, and half of them with a word added, so that later
// documents repeat earlier ones (the cross-document step has work to do in most groups).
np::Input paragraph_documents() {
    std::vector<std::string> paragraphs;
    for (const auto& f : np::test::article_files(true)) {
        std::string text;
        REQUIRE(np::test::read_file(f, text));
        size_t at = 0;
        while (at < text.size()) {
            size_t end = text.find('\n', at);
            if (end == std::string::npos) end = text.size();
            if (end > at + 1) paragraphs.push_back(text.substr(at, end - at));
            at = end + 1;
        }
    }
    np::Input in;
    for (size_t i = 0; i < paragraphs.size(); ++i) in.documents.push_back({"p" + std::to_string(i), "", paragraphs[i]});
    for (size_t i = 0; i + 1 < paragraphs.size(); i += 2)
        in.documents.push_back({"q" + std::to_string(i), "", paragraphs[i + 1] + "\n\n" + paragraphs[i]});
    for (size_t i = 0; i < paragraphs.size(); i += 2)  // near-identical edits
        in.documents.push_back({"r" + std::to_string(i), "", paragraphs[i] + " (updated)"});
    return in;
}

// The stages called directly, one document after another (no groups, no threads).
std::string one_by_one(const np::Input& in) {
    np::Analysis a;
    for (const auto& d : in.documents) {
        a.documents.emplace_back();
        a.documents.back().id = d.id;
        a.documents.back().title = d.title;
        a.documents.back().text = d.text;
    }
    for (auto& d : a.documents) {
        np::normalize(d);
        np::segment(d);
    }
    np::dedup(a.documents, a.cross_document);
    for (auto& d : a.documents) {
        d.analysed.resize(d.segments.size());
        for (size_t s = 0; s < d.segments.size(); ++s) d.analysed[s] = d.segments[s].kept();
        np::find_entities(d, np::test::models());
        np::summarize_document(d, np::test::models());
    }
    return np::to_json(a);
}

}  // namespace

TEST_CASE("analyze: documents run in groups give the stages' one-by-one result, any thread count") {
    const np::Input in = paragraph_documents();
    REQUIRE(in.documents.size() > 3 * 64);  // several groups whatever their byte size
    const std::string expected = one_by_one(in);
    CHECK(expected.find("\"cross_document\": []") == std::string::npos);  // repeats were found
    for (unsigned threads : {1u, 2u, 3u}) {
        CAPTURE(threads);
        np::Options opt;
        opt.models = np::test::models();
        opt.threads = threads;
        std::vector<size_t> order;
        std::vector<float> seen;
        np::AnalysisJsonStream js(2);
        opt.document_done = [&](const np::Document& d, size_t i) {
            order.push_back(i);
            js.document(d);
        };
        opt.progress = [&](float f) {
            seen.push_back(f);
            return true;
        };
        const np::Analysis a = np::analyze(in, opt);
        CHECK(np::to_json(a) == expected);
        js.finish(a);
        CHECK(js.text() == expected);
        REQUIRE(order.size() == in.documents.size());
        for (size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
        // Progress: one call per document cleaned and one per document analysed, rising.
        REQUIRE(seen.size() == 2 * in.documents.size());
        for (size_t i = 1; i < seen.size(); ++i) CHECK(seen[i] >= seen[i - 1]);
        CHECK(seen.back() == doctest::Approx(1.0f));
    }
}

TEST_CASE("analyze: a cancel in a later group stops the run there, with the earlier groups done") {
    const np::Input in = paragraph_documents();
    const size_t n = in.documents.size();
    for (unsigned threads : {1u, 2u}) {
        CAPTURE(threads);
        np::Options opt;
        opt.models = np::test::models();
        opt.threads = threads;
        size_t calls = 0;
        // Past the first group (at most 64 documents: 128 calls), well before the end.
        const size_t stop_at = 150;
        opt.progress = [&](float) { return ++calls < stop_at; };
        size_t handed = 0;
        opt.document_done = [&](const np::Document&, size_t) { ++handed; };
        const np::Analysis a = np::analyze(in, opt);
        CHECK(a.cancelled);
        CHECK(calls == stop_at);  // no call after the one that cancelled
        CHECK(handed >= 1);       // the first group was handed over
        CHECK(handed < n);
        size_t analysed = 0;
        for (const auto& d : a.documents) analysed += !d.analysed.empty();
        CHECK(analysed < n);  // documents not started were skipped
    }
}
