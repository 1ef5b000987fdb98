// test_analyze_share.cpp — Options::analyze_document (a share of the documents) and the worker's
// per-document cutting (result_parts.hpp cut_document / cut_top): the page's worker pool gives
// each worker a share and joins their parts, which must be exactly one full run's.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../../src/app/worker/result_parts.hpp"
#include "newsprism.hpp"
#include "test_support.hpp"

namespace {

// Real Reuters articles, one document each (empty when ../shared is absent).
np::Input reuters_input(size_t n) {
    np::Input in;
    np::test::for_each_reuters_body([&](const std::string& body) {
        in.documents.push_back({"r" + std::to_string(in.documents.size()), "", body});
        return in.documents.size() < n;
    });
    return in;
}

std::string part_text(const np::worker::ResultParts& r, size_t k) {
    return r.bytes.substr(r.offsets[2 * k], r.offsets[2 * k + 1] - r.offsets[2 * k]);
}
size_t part_count(const np::worker::ResultParts& r) { return r.offsets.size() / 2; }

struct ShareRun {
    std::vector<std::string> doc_json;       // per document handed over, its JSON text
    std::vector<size_t> handed;              // the indexes document_done saw, in order
    np::worker::ResultParts doc_parts;       // cut_document of each, as the worker does
    np::worker::ResultParts top;             // cut_top of the analysis without documents
    std::vector<float> progress;
};

// One worker's run over `in` analysing documents [lo, hi), the way worker_main.cpp does it.
ShareRun run_share(const np::Input& in, size_t lo, size_t hi, size_t part_bytes) {
    ShareRun r;
    np::Options opt;
    opt.models = np::test::models();
    opt.analyze_document = [lo, hi](size_t i) { return i >= lo && i < hi; };
    opt.release_results = true;
    opt.progress = [&](float f) { r.progress.push_back(f); return true; };
    np::AnalysisJsonStream js(-1);
    std::string top_json = js.text();
    js.text().clear();
    opt.document_done = [&](const np::Document& d, size_t i) {
        js.document(d);
        r.doc_json.push_back(js.text());
        r.handed.push_back(i);
        np::worker::cut_document(r.doc_parts, js.text(), i, "", part_bytes);
        js.text().clear();
    };
    np::Analysis a = np::analyze(in, opt);
    js.finish(a);
    top_json += js.text();
    r.top = np::worker::cut_top(top_json, in.documents.size(), part_bytes);
    return r;
}

// Each document's JSON object in a full to_json text (compact), by scanning with nlohmann.
std::vector<std::string> full_documents(const np::Input& in) {
    np::Options opt;
    opt.models = np::test::models();
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(np::to_json(np::analyze(in, opt), -1), nullptr, false);
    std::vector<std::string> out;
    if (j.is_discarded()) return out;
    for (const auto& d : j["documents"]) out.push_back(d.dump());
    return out;
}

void check_shares(const np::Input& in, size_t shares, size_t part_bytes) {
    const size_t n = in.documents.size();
    np::Options opt;
    opt.models = np::test::models();
    const std::string full = np::to_json(np::analyze(in, opt), -1);
    const np::worker::ResultParts want = np::worker::cut_result(full, {}, part_bytes);
    REQUIRE(want.ok);
    const std::vector<std::string> docs = full_documents(in);
    REQUIRE(docs.size() == n);

    // The page's join: the last share's top parts but its last, every share's documents' parts, that last one.
    std::vector<std::string> joined;
    std::vector<ShareRun> runs;
    for (size_t s = 0; s < shares; ++s) {
        const size_t lo = n * s / shares, hi = n * (s + 1) / shares;
        // As the page sends them: the documents up to the share's end (the cross-document step
        // of a document reads only the ones before it); the last share gets them all.
        np::Input upto = in;
        upto.documents.resize(hi);
        runs.push_back(run_share(upto, lo, hi, part_bytes));
        const ShareRun& r = runs.back();
        REQUIRE(r.doc_parts.ok);
        REQUIRE(r.top.ok);
        // Only the share's documents are handed over, in order, each exactly as in the full run.
        REQUIRE(r.handed.size() == hi - lo);
        for (size_t k = 0; k < r.handed.size(); ++k) {
            CHECK(r.handed[k] == lo + k);
            std::string own = r.doc_json[k];
            if (!own.empty() && own[0] == ',') own.erase(0, 1);
            CHECK(nlohmann::ordered_json::parse(own, nullptr, false).dump() == docs[lo + k]);
        }
        // Progress still rises to 1 with a share (documents outside it weigh their cleaning only).
        REQUIRE_FALSE(r.progress.empty());
        CHECK(r.progress.back() == doctest::Approx(1.0f));
        CHECK(std::is_sorted(r.progress.begin(), r.progress.end()));
    }
    // The top (begin, cross_document, end) from the last share, which saw every document.
    const np::worker::ResultParts& top = runs.back().top;
    for (size_t k = 0; k + 1 < part_count(top); ++k) joined.push_back(part_text(top, k));
    for (const ShareRun& r : runs)
        for (size_t k = 0; k < part_count(r.doc_parts); ++k) joined.push_back(part_text(r.doc_parts, k));
    joined.push_back(part_text(top, part_count(top) - 1));

    REQUIRE(joined.size() == part_count(want));
    for (size_t k = 0; k < joined.size(); ++k) CHECK(joined[k] == part_text(want, k));
}

}  // namespace

TEST_CASE("analyze_document: shares of the documents give exactly one full run's parts") {
    const np::Input in = np::test::article_input();
    REQUIRE(in.documents.size() >= 12);
    for (size_t shares : {size_t(1), size_t(2), size_t(3)}) {
        CAPTURE(shares);
        check_shares(in, shares, 128 * 1024);
    }
    check_shares(in, 2, 512);  // large documents: heads reserved before their items parts
}

TEST_CASE("analyze_document: shares on real Reuters articles") {
    const np::Input in = reuters_input(120);
    if (in.documents.empty()) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    check_shares(in, 2, 128 * 1024);
    check_shares(in, 4, 128 * 1024);
}

TEST_CASE("analyze_document: a document outside the share is cleaned but not analysed") {
    np::Input in = np::test::article_input();
    np::Options opt;
    opt.models = np::test::models();
    opt.analyze_document = [](size_t i) { return i == 0; };
    np::Analysis a = np::analyze(in, opt);
    REQUIRE(a.documents.size() >= 2);
    CHECK_FALSE(a.documents[0].entities.empty());
    CHECK_FALSE(a.documents[1].segments.empty());  // cleaned
    CHECK(a.documents[1].entities.empty());         // not analysed
    CHECK(a.documents[1].summary.empty());
    // The cross-document step saw every document: the sample's second copy still points back.
    CHECK_FALSE(a.cross_document.empty());
}
