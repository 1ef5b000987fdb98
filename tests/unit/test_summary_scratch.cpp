// test_summary_scratch.cpp — summarize_document with a SummaryScratch (the view's and the
// summary's buffers kept from one document to the next, as analyze() gives each thread) gives
// exactly what it gives without one: measures, quotes, issues and summary serialized to JSON must
// be identical on real articles run through ONE scratch in turn, big and small mixed (so every
// buffer comes back longer than the next document needs), including documents without
// segmenter sentences (the view's fallback line splitter) and without entities (the fallback
// name chunker).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "models.hpp"
#include "stages.hpp"
#include "summarize_view.hpp"
#include "test_support.hpp"

namespace {

void clear_summary(np::Document& d) {
    d.measures.clear();
    d.quotes.clear();
    d.issues.clear();
    d.summary.clear();
}

// Analysed documents (internals kept) of `texts`, and for each its variants: as analysed, without
// segmenter sentences, and without entities.
std::vector<np::Document> documents_of(const std::vector<std::string>& texts) {
    std::vector<np::Document> docs;
    for (const auto& t : texts) {
        np::Analysis a = np::test::analyze_text(t);
        if (a.documents.size() != 1) continue;
        docs.push_back(a.documents[0]);
        np::Document no_sentences = a.documents[0];
        no_sentences.sentences.clear();
        docs.push_back(std::move(no_sentences));
        np::Document no_entities = a.documents[0];
        no_entities.entities.clear();
        docs.push_back(std::move(no_entities));
    }
    return docs;
}

// Runs every document through one scratch and alone; returns the records found (so callers can
// check the inputs did produce something) or stops at the first difference.
size_t check_scratch(std::vector<np::Document> docs) {
    np::SummaryScratchPtr scratch = np::make_summary_scratch();
    size_t records = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
        np::Document plain = docs[i];
        clear_summary(plain);
        np::summarize_document(plain, np::test::models());
        np::Document reused = docs[i];
        clear_summary(reused);
        np::summarize_document(reused, np::test::models(), scratch.get());
        INFO("document #" << i << " (" << docs[i].text.size() << " bytes)");
        REQUIRE(np::test::summary_json(reused) == np::test::summary_json(plain));
        records += plain.measures.size() + plain.quotes.size() + plain.issues.size() + plain.summary.size();
    }
    return records;
}

}  // namespace

TEST_CASE("summary scratch: summarize_document with a reused scratch equals it without (test articles)") {
    const std::vector<std::string> files = np::test::article_files(true);
    REQUIRE(files.size() > 5);
    std::vector<std::string> texts;
    std::string all;
    for (const auto& f : files) {
        std::string text;
        REQUIRE(np::test::read_file(f, text));
        all += text + "\n\n";
        texts.push_back(std::move(text));
    }
    // All of them as one document first: every buffer is at its largest for the ones after it.
    texts.insert(texts.begin(), all);
    const size_t n = texts.size() * 3;
    std::vector<np::Document> docs = documents_of(texts);
    REQUIRE(docs.size() == n);
    CHECK(check_scratch(std::move(docs)) > n);
}

TEST_CASE("summary scratch: summarize_document with a reused scratch equals it without (Reuters)") {
    std::vector<std::string> texts;
    const bool have = np::test::for_each_reuters_body([&](const std::string& body) {
        if (body.size() < 200) return true;
        texts.push_back(body);
        return texts.size() < 100;
    });
    if (!have) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    REQUIRE(texts.size() == 100);
    // Long and short stories in turn: a long one's buffers are then reused for a short one.
    std::stable_sort(texts.begin(), texts.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::vector<std::string> mixed;
    for (size_t a = 0, b = texts.size(); a < b; ++a) {
        mixed.push_back(texts[a]);
        if (a < --b) mixed.push_back(texts[b]);
    }
    std::vector<np::Document> docs = documents_of(mixed);
    REQUIRE(docs.size() == 300);
    CHECK(check_scratch(std::move(docs)) > 300);
}

// build_view fills token -> sentence while it cuts each sentence: check it against the plain
// loop over the sentences' token ranges, on views built fresh and into a reused view.
TEST_CASE("summary scratch: the view's token -> sentence map equals the plain one (Reuters)") {
    std::vector<std::string> texts;
    const bool have = np::test::for_each_reuters_body([&](const std::string& body) {
        if (body.size() < 200) return true;
        texts.push_back(body);
        return texts.size() < 60;
    });
    if (!have) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    std::vector<np::Document> docs = documents_of(texts);
    REQUIRE(docs.size() == 180);
    np::sv::View reused;
    size_t checked = 0;
    for (const auto& d : docs) {
        np::sv::View fresh = np::sv::build_view(d, &np::test::models()->summary, np::sv::with_actors);
        np::sv::build_view_into(reused, d, &np::test::models()->summary, np::sv::with_actors);
        std::vector<int32_t> plain(fresh.toks.size(), -1);
        for (size_t s = 0; s < fresh.sents.size(); ++s)
            for (uint32_t i = fresh.sents[s].t0; i < fresh.sents[s].t1; ++i) plain[i] = int32_t(s);
        REQUIRE(fresh.tok_sent == plain);
        REQUIRE(reused.tok_sent == plain);
        REQUIRE(reused.toks.size() == fresh.toks.size());
        checked += plain.size();
    }
    CHECK(checked > 10000);
}
