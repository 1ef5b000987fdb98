// test_html_benchmark.cpp — the extractor on the article-extraction benchmark pages in
// ../shared (skipped when absent): mean F1 must reach the project's target.
//
// Same metric as tools/eval-extraction.mjs (the benchmark's evaluate.py): 4-token shingles
// (tokens = runs of letters/digits/'_', as Python's \w+), multiset overlap per page, tp/fp/fn
// normalized per page, precision and recall averaged over pages, F1 from the two means.
// Letters outside ASCII are approximated here: every code point >= U+0080 is a word
// character except Latin-1 punctuation, general punctuation/symbols (U+2000–U+2BFF),
// CJK punctuation, fullwidth ASCII punctuation, combining marks and emoji. On the 121 pages
// this agrees with the node script to the third decimal.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "html_extract.hpp"
#include "html_gunzip.hpp"
#include "test_support.hpp"

namespace {

bool word_cp(uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (c < 0xC0) return c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA ||
                         (c >= 0xBC && c <= 0xBE);
    if (c == 0xD7 || c == 0xF7) return false;
    if (c >= 0x300 && c <= 0x36F) return false;                   // combining marks
    if (c >= 0x2000 && c <= 0x2BFF) return (c >= 0x2070 && c <= 0x209F) || (c >= 0x2150 && c <= 0x218F);
    if (c >= 0x3000 && c <= 0x303F) return c == 0x3005 || c == 0x3006 || c == 0x3007;
    if (c >= 0xFF00 && c <= 0xFF0F) return false;
    if ((c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)) return false;
    if (c >= 0xFE30 && c <= 0xFE4F) return false;
    if (c >= 0x1F000) return false;                                // emoji and pictographs
    return true;
}

std::vector<std::string> tokens(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        uint32_t cp = c;
        size_t len = 1;
        if (c >= 0xF0 && i + 3 < s.size()) { cp = ((c & 7u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu); len = 4; }
        else if (c >= 0xE0 && i + 2 < s.size()) { cp = ((c & 15u) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu); len = 3; }
        else if (c >= 0xC0 && i + 1 < s.size()) { cp = ((c & 31u) << 6) | (s[i + 1] & 0x3Fu); len = 2; }
        if (word_cp(cp)) cur.append(s, i, len);
        else if (!cur.empty()) { out.push_back(cur); cur.clear(); }
        i += len;
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

std::map<std::string, int> shingles(const std::string& text) {
    std::vector<std::string> t = tokens(text);
    std::map<std::string, int> m;
    size_t last = t.size() >= 4 ? t.size() - 3 : 1;
    for (size_t i = 0; i < last && i < t.size(); ++i) {
        std::string key;
        for (size_t k = i; k < i + 4 && k < t.size(); ++k) { key += t[k]; key += '\x01'; }
        ++m[key];
    }
    return m;
}

struct TpFpFn { double tp = 0, fp = 0, fn = 0; };

TpFpFn score(const std::string& truth, const std::string& pred) {
    auto a = shingles(truth), b = shingles(pred);
    TpFpFn r;
    for (const auto& [k, tc] : a) {
        auto it = b.find(k);
        int pc = it == b.end() ? 0 : it->second;
        r.tp += std::min(tc, pc);
        r.fn += std::max(0, tc - pc);
    }
    for (const auto& [k, pc] : b) {
        auto it = a.find(k);
        r.fp += std::max(0, pc - (it == a.end() ? 0 : it->second));
    }
    double s = r.tp + r.fp + r.fn;
    if (s > 0) { r.tp /= s; r.fp /= s; r.fn /= s; }
    return r;
}

}  // namespace

TEST_CASE("html benchmark: shingle metric matches evaluate.py on small cases") {
    TpFpFn same = score("a b c d e", "a b c d e");
    CHECK(same.tp == doctest::Approx(1.0));
    TpFpFn none = score("one two three four", "five six seven eight");
    CHECK(none.tp == 0.0);
    CHECK(none.fp == doctest::Approx(0.5));
    // "a b c d e" has shingles abcd, bcde; "a b c d" has abcd: tp 1, fn 1.
    TpFpFn half = score("a b c d e", "a b c d");
    CHECK(half.tp == doctest::Approx(0.5));
    CHECK(half.fn == doctest::Approx(0.5));
    CHECK(tokens("It\xE2\x80\x99s caf\xC3\xA9 \xE2\x80\x94 x_y 42%") ==
          std::vector<std::string>{"It", "s", "caf\xC3\xA9", "x_y", "42"});
}

TEST_CASE("html benchmark: mean F1 on the shared article-extraction pages >= 0.95") {
    std::string dir = np::test::shared_dir();
    if (dir.empty()) { MESSAGE("skipped: ../shared absent"); return; }
    std::string base = dir + "/data/article-extraction";
    std::string gt_text;
    if (!np::test::read_file(base + "/ground-truth.json", gt_text)) {
        MESSAGE("skipped: ../shared/data/article-extraction absent");
        return;
    }
    nlohmann::json gt = nlohmann::json::parse(gt_text, nullptr, false);
    REQUIRE(gt.is_object());
    double p_sum = 0, r_sum = 0;
    int p_n = 0, r_n = 0, pages = 0;
    for (auto it = gt.begin(); it != gt.end(); ++it) {
        std::string gz, html, err;
        REQUIRE(np::test::read_file(base + "/html/" + it.key() + ".html.gz", gz));
        REQUIRE(np::html::gunzip(gz, html, err));
        const auto& body = (*it)["articleBody"];
        std::string truth = body.is_string() ? body.get<std::string>() : std::string();
        TpFpFn s = score(truth, np::extract_article(html).text);
        ++pages;
        if (s.tp + s.fp > 0) { p_sum += (s.fp == 0 && s.fn == 0) ? 1.0 : s.tp / (s.tp + s.fp); ++p_n; }
        if (s.tp + s.fn > 0) { r_sum += (s.fp == 0 && s.fn == 0) ? 1.0 : s.tp / (s.tp + s.fn); ++r_n; }
    }
    double p = p_n ? p_sum / p_n : 0, r = r_n ? r_sum / r_n : 0;
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    MESSAGE("article-extraction: " << pages << " pages, precision " << p << ", recall " << r << ", F1 " << f1);
    CHECK(pages >= 100);
    CHECK(f1 >= 0.95);
}
