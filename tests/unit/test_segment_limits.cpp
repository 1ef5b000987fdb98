// test_segment_limits.cpp — the document size limit (Token::end has 28 bits) and the
// moving analyze(Input&&) overload.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include <utility>

using namespace np::test;

TEST_CASE("analyze: a document over kMaxDocumentBytes is refused with a warning, the others analysed") {
    np::Input in;
    // One byte over the limit; plain words so that, were it analysed, it would have segments.
    std::string big(size_t(np::kMaxDocumentBytes) + 1, 'a');
    for (size_t i = 5; i < big.size(); i += 6) big[i] = (i % 600 == 5) ? '\n' : ' ';
    in.documents.push_back({"huge.txt", "", std::move(big)});
    in.documents.push_back({"small.txt", "", "A short paragraph that is analysed normally.\n\nAnother one."});
    // With the shipped models: the later stages must skip the refused document too.
    np::Options opt;
    opt.models = np::test::models();
    np::Analysis a = np::analyze(std::move(in), opt);
    REQ(a.documents.size() == 2);
    const np::Document& h = a.documents[0];
    CHECK(h.id == "huge.txt");
    CHECK(h.text.size() == size_t(np::kMaxDocumentBytes) + 1);  // kept whole, not truncated
    CHECK(h.segments.empty());
    CHECK(h.tokens.empty());
    REQ(a.warnings.size() == 1);
    CHECK(a.warnings[0].find("huge.txt") != std::string::npos);
    CHECK(a.warnings[0].find(std::to_string(np::kMaxDocumentBytes)) != std::string::npos);
    CHECK(a.documents[1].segments.size() == 2);
    CHECK(a.documents[1].segments[0].kept());
}

TEST_CASE("analyze: the moving overload gives the same analysis as the copying one") {
    const std::string t =
        "Exports rose 5.2% in March, the ministry said on Tuesday.\n\n"
        "Exports rose 5.2% in March, the ministry said on Tuesday.\n\n"
        "Related stories\n\nMarkets rally after the data\n\nOil slips on demand worries\n";
    np::Input in{{{"d", "", t}}};
    np::Analysis copied = np::analyze(in, np::Options{});
    np::Analysis moved = np::analyze(std::move(in), np::Options{});
    CHECK(copied.warnings.empty());
    REQ(moved.documents.size() == 1);
    CHECK(moved.documents[0].text == t);
    CHECK(np::to_json(moved) == np::to_json(copied));
}

TEST_CASE("Token is 8 bytes and holds offsets up to the document limit") {
    static_assert(sizeof(np::Token) == 8);
    np::Token t;
    t.start = np::kMaxDocumentBytes - 3;
    t.end = np::kMaxDocumentBytes;
    t.kind = np::TokenKind::other;
    CHECK(uint32_t(t.end) == np::kMaxDocumentBytes);  // by value: doctest binds by reference
    CHECK(np::TokenKind(t.kind) == np::TokenKind::other);
    CHECK(t.end - t.start == 3u);
}
