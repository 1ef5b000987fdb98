// test_summary_textrank.cpp — the extractive summary: 3–5 central sentences in article order,
// headings excluded, scores normalized, and a bounded graph on large inputs.
#include <doctest/doctest.h>

#include "test_support.hpp"

TEST_CASE("summary: central sentences in article order with scores in (0,1]") {
    std::string text =
        "Steel tariff dispute deepens\n\n"
        "The United States raised tariffs on imported steel to 50% on Monday, deepening a dispute with its allies.\n\n"
        "European officials said the steel tariffs broke trade rules and promised to respond with their own tariffs.\n\n"
        "The weather in Brussels was mild and sunny for most of the week, with light winds from the west.\n\n"
        "Steelmakers in Ohio welcomed the tariffs, while carmakers warned that steel prices would rise sharply.\n\n"
        "Analysts expect the steel dispute to dominate the next meeting of trade ministers in Geneva.\n\n"
        "A local bakery won a prize for its bread at a regional fair held in a small village on Sunday.\n";
    auto a = np::test::analyze_text(text);
    const auto& d = a.documents[0];
    REQUIRE(d.summary.size() >= 3);
    CHECK(d.summary.size() <= 5);
    double top = 0;
    for (size_t i = 0; i < d.summary.size(); ++i) {
        const auto& s = d.summary[i];
        if (i) CHECK(d.summary[i - 1].span.start < s.span.start);
        CHECK(s.score > 0);
        CHECK(s.score <= 1.0);
        top = std::max(top, s.score);
        std::string sent = d.text.substr(s.span.start, s.span.end - s.span.start);
        CHECK(sent.find("dispute deepens\n") == std::string::npos);  // the heading is not a summary sentence
        CHECK(sent.find("bakery") == std::string::npos);              // off-topic sentences are not central
        CHECK(sent.find("weather") == std::string::npos);
    }
    CHECK(top == doctest::Approx(1.0));
}

TEST_CASE("summary: a long document still yields five sentences (bounded graph)") {
    std::string text;
    const char* topics[] = {"steel", "soybeans", "chips", "tariffs", "oil", "rare earths", "ports", "wine"};
    for (int i = 0; i < 3000; ++i) {
        text += "Paragraph " + std::to_string(i) + " says officials discussed " + topics[i % 8] + " and " +
                topics[(i * 7 + 3) % 8] + " trade with partner number " + std::to_string(i * 13 % 997) +
                " during meeting " + std::to_string(i) + ".\n\n";
    }
    auto a = np::test::analyze_text(text);
    const auto& d = a.documents[0];
    CHECK(d.summary.size() == 5);
    for (size_t i = 1; i < d.summary.size(); ++i) CHECK(d.summary[i - 1].span.start < d.summary[i].span.start);
}
