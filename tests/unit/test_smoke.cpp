// test_smoke.cpp — the pipeline runs end to end and serializes.
#include <doctest/doctest.h>

#include "test_support.hpp"

TEST_CASE("analyze: an empty input gives one document with no segments") {
    auto a = np::test::analyze_text("");
    REQUIRE(a.documents.size() == 1);
    CHECK(a.documents[0].segments.empty());
    CHECK(np::to_json(a).find("\"schema\": \"newsprism.analysis/1\"") != std::string::npos);
}
