// Streaming analysis: analyze() cleans, checks across documents, analyses and releases each
// document in turn, and hands finished documents over in order (Options::document_done).
//   1. cut_again(): a segment cut again from the original text has the words, hashes and
//      signature the segment had in its document (the cross-document step relies on it);
//   2. document_done: once per document, in order, for any number of threads; the streamed
//      JSON is to_json's bytes; release_results frees results but not what later steps read.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../../src/core/dedup_parts.hpp"
#include "../../src/core/stages.hpp"
#include "../../src/core/text.hpp"
#include "test_support.hpp"

namespace {

// The bytes of a segment's word and number tokens, in order, separated by '|'.
std::string words_of(const np::Document& d, const np::Segment& s) {
    std::string out;
    if (s.sentence_count == 0) return out;
    const np::Sentence& first = d.sentences[s.first_sentence];
    const np::Sentence& last = d.sentences[s.first_sentence + s.sentence_count - 1];
    for (uint32_t t = first.first_token; t < last.first_token + last.token_count; ++t) {
        const np::Token& k = d.tokens[t];
        if (k.kind != np::TokenKind::word && k.kind != np::TokenKind::number) continue;
        out.append(d.work_view(), k.start, k.end - k.start);
        out += '|';
    }
    return out;
}

// Every segment of `text`, cut again, against the segment as segment() cut it. Returns how many
// segments were compared.
size_t check_cut_again(const std::string& text) {
    np::Document d;
    d.text = text;
    np::normalize(d);
    np::segment(d);
    np::Document probe;
    size_t compared = 0;
    for (const np::Segment& s : d.segments) {
        const np::Segment& p = np::dd::cut_again(d, s, probe);
        CHECK(p.sentence_count == s.sentence_count);
        CHECK(words_of(probe, p) == words_of(d, s));
        CHECK(np::text::fold_hash(probe.work_view(), p.start, p.end) == np::text::fold_hash(d.work_view(), s.start, s.end));
        uint32_t a[np::dd::kSigSize], b[np::dd::kSigSize];
        const bool sa = np::dd::signature(d, s, a), sb = np::dd::signature(probe, p, b);
        CHECK(sa == sb);
        if (sa && sb) CHECK(std::equal(a, a + np::dd::kSigSize, b));
        CHECK(np::dd::exact_jaccard(d, s, probe, p) == 1.0f);
        ++compared;
    }
    return compared;
}

np::Input sample_documents() {
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    // Several documents that repeat each other's paragraphs, with a few bytes changed, so the
    // cross-document step has exact and near matches to find.
    np::Input in;
    for (int i = 0; i < 9; ++i) {
        std::string t = sample;
        if (i % 3 == 1) t.insert(t.size() / 2, " (updated)");
        if (i % 3 == 2) t = t.substr(t.size() / 3);
        in.documents.push_back({"doc" + std::to_string(i), "", std::move(t)});
    }
    return in;
}

}  // namespace

TEST_CASE("cut_again: normalization edge cases at a segment's ends cut the same words") {
    const std::string cases[] = {
        "\xEF\xBB\xBF" "First line with a BOM before it.\r\nSecond line, CRLF ended.\r\n",
        "A paragraph\xC2\xA0with non-breaking\xC2\xA0spaces.\n\n\xE2\x80\x8BZero-width at the start of this one.",
        "Invalid \xFF byte in the middle of a w\xC3ord and at the end \xE2\x80\n\nNext \xEF\xBB\xBF paragraph.",
        "Mr. Smith went to Washington, D.C. on Jan. 5. He said \"it is 2.5 times higher.\" Then he left...\n"
        "\xE2\x80\xA2 a bullet item\n- another one\n\nHEADING IN CAPITALS\n\nU.S. officials met U.K. ones.",
    };
    size_t n = 0;
    for (const auto& c : cases) n += check_cut_again(c);
    CHECK(n >= 8);
}

TEST_CASE("cut_again: every segment of real articles (sample, Reuters) cuts the same words") {
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    CHECK(check_cut_again(sample) > 10);

    size_t docs = 0, segments = 0;
    if (!np::test::for_each_reuters_body([&](const std::string& body) {
            segments += check_cut_again(body);
            return ++docs < 400;
        })) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    CHECK(docs == 400);
    CHECK(segments > 2000);
}

TEST_CASE("analyze: document_done hands over every document once, in order, for any thread count") {
    const np::Input in = sample_documents();
    np::Options base;
    base.models = np::test::models();
    const std::string whole = np::to_json(np::analyze(in, base));
    for (unsigned threads : {1u, 2u, 3u}) {
        CAPTURE(threads);
        np::Options opt = base;
        opt.threads = threads;
        std::vector<size_t> order;
        np::AnalysisJsonStream js(2);
        opt.document_done = [&](const np::Document& d, size_t i) {
            order.push_back(i);
            CHECK(d.id == in.documents[i].id);
            CHECK(!d.analysed.empty());  // analysed before it is handed over
            js.document(d);
        };
        opt.release_results = threads != 1;  // both ways: the JSON is written before the release
        np::Analysis a = np::analyze(in, opt);
        REQUIRE(order.size() == in.documents.size());
        for (size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
        js.finish(a);
        CHECK(js.text() == whole);
        CHECK(whole.find("\"cross_document\": []") == std::string::npos);  // the run had cross matches
        size_t entities = 0, segments = 0;
        for (const auto& d : a.documents) {
            entities += d.entities.size();
            segments += d.segments.size();
            CHECK(d.work_storage.empty());  // stage inputs released
            CHECK(d.text.size() > 0);
        }
        CHECK(segments > 0);
        if (opt.release_results) CHECK(entities == 0);
        else CHECK(entities > 0);
    }
}

TEST_CASE("AnalysisJsonStream: pieces joined are to_json's bytes, pretty and compact") {
    np::Options opt;
    opt.models = np::test::models();
    np::Analysis a = np::analyze(sample_documents(), opt);
    for (int indent : {2, -1, 0}) {
        CAPTURE(indent);
        np::AnalysisJsonStream js(indent);
        std::string joined;
        for (const auto& d : a.documents) {
            js.document(d);
            joined += js.text();
            js.text().clear();
        }
        js.finish(a);
        joined += js.text();
        CHECK(joined == np::to_json(a, indent));
        CHECK(!nlohmann::json::parse(joined, nullptr, false).is_discarded());
    }
}

TEST_CASE("analyze: cancelling while documents wait for their cross-document turn ends the run") {
    const np::Input in = sample_documents();
    np::Options opt;
    opt.models = np::test::models();
    opt.threads = 3;
    size_t calls = 0, handed = 0;
    opt.progress = [&](float) { return ++calls < 3; };
    opt.document_done = [&](const np::Document&, size_t) { ++handed; };
    np::Analysis a = np::analyze(in, opt);  // must return: no thread waits for a turn forever
    CHECK(a.cancelled);
    CHECK(calls == 3);
    CHECK(handed < in.documents.size());
}
