// test_json_output.cpp — np::to_json (every indent) and np::to_json_line give byte for byte what
// the old nlohmann DOM serializer (test_json_reference.hpp) gives, on real analyses (the sample,
// the test articles as one multi-document paste with cross-document repeats, the user's seed
// article when ../shared is there), on hostile text and on a hand-built analysis that puts
// hostile strings and extreme numbers in every field; and the output parses back.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include <algorithm>
#include <filesystem>
#include <limits>
#include <nlohmann/json.hpp>

#include "test_json_reference.hpp"

using namespace np::test;

namespace {

// Every serialization of `a` equals the reference; returns the compact output's size.
size_t check_same_json(const np::Analysis& a, const std::string& name) {
    INFO(name);
    size_t bytes = 0;
    // 40: deep lines longer than JsonWriter::key's one-append buffer take its slow path.
    for (int indent : {-1, 0, 2, 4, 40}) {
        INFO("indent " << indent);
        std::string got = np::to_json(a, indent), want = ref::to_json(a, indent);
        CHECK(got.size() == want.size());
        if (got != want) {
            size_t at = 0;
            while (at < got.size() && at < want.size() && got[at] == want[at]) ++at;
            INFO("first difference at byte " << at << ": got ..." << got.substr(at > 40 ? at - 40 : 0, 80)
                                             << "... want ..." << want.substr(at > 40 ? at - 40 : 0, 80));
            CHECK(got == want);
        }
        auto parsed = nlohmann::json::parse(got, nullptr, false);
        CHECK_FALSE(parsed.is_discarded());
        if (indent < 0) bytes = got.size();
    }
    for (const auto& d : a.documents) CHECK(np::to_json_line(d, a) == ref::to_json_line(d));
    // The default indent is the CLI's (2).
    CHECK(np::to_json(a) == ref::to_json(a, 2));
    return bytes;
}

np::Analysis analyze_docs(const std::vector<np::InputDocument>& docs, bool keep_all = false) {
    np::Options opt;
    opt.models = models();
    opt.keep_all = keep_all;
    return np::analyze(np::Input{docs}, opt);
}

}  // namespace

TEST_CASE("to_json: an empty analysis and an empty document") {
    np::Analysis none;
    check_same_json(none, "no documents");
    CHECK(np::to_json(none, -1) ==
          std::string("{\"schema\":\"newsprism.analysis/1\",\"version\":\"") + np::version() +
              "\",\"documents\":[],\"cross_document\":[]}");
    check_same_json(analyze_text(""), "empty text");
    check_same_json(analyze_text("   \n\n \t "), "only spaces");
}

TEST_CASE("to_json: the project sample, both views") {
    std::string text;
    REQ(read_file(source_dir() + "/assets/sample.txt", text));
    np::Analysis a = analyze_text(text);
    REQ(a.documents.size() == 1);
    CHECK(!a.documents[0].entities.empty());
    CHECK(!a.documents[0].measures.empty());
    CHECK(check_same_json(a, "sample") > text.size());
    check_same_json(analyze_text(text, true), "sample keep_all");
}

TEST_CASE("to_json: several documents with cross-document repeats (test articles)") {
    const std::vector<std::string> files = np::test::article_files();
    REQ(files.size() >= 3);
    std::vector<np::InputDocument> docs;
    for (const auto& f : files) {
        np::InputDocument d;
        REQ(read_file(f, d.text));
        d.id = std::filesystem::path(f).stem().string();
        d.title = "Title of " + d.id + " with \"quotes\"";
        docs.push_back(std::move(d));
    }
    // The first article again, under another id: every segment repeats across documents.
    np::InputDocument again = docs[0];
    again.id = "again";
    docs.push_back(again);
    np::Analysis a = analyze_docs(docs);
    REQ(a.documents.size() == docs.size());
    CHECK(a.cross_document.size() >= 3);
    check_same_json(a, "articles");
}

TEST_CASE("to_json: the user's seed article (../shared)") {
    std::string dir = shared_dir();
    if (dir.empty()) { MESSAGE("skipped: ../shared absent"); return; }
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir + "/seeds", ec))
        if (e.path().extension() == ".txt") files.push_back(e.path().string());
    if (files.empty()) { MESSAGE("skipped: no seeds in ../shared/seeds"); return; }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        std::string text;
        REQ(read_file(f, text));
        np::Analysis a = analyze_text(text);
        REQ(a.documents.size() == 1);
        CHECK(!a.documents[0].segments.empty());
        CHECK(check_same_json(a, f) > text.size());
    }
}

TEST_CASE("to_json: hostile text through analyze()") {
    std::string text =
        "\xef\xbb\xbf\"Tariffs\" on steel \\ aluminium rose to 25% on Monday, the ministry said.\r\n\r\n"
        "Control \x01\x02\x1f chars, DEL \x7f, tab\tand form\ffeed; invalid \xff\xfe\xc0\xaf bytes; cut \xe2\x82 here.\n\n"
        "Line\xe2\x80\xa8separator and paragraph\xe2\x80\xa9separator, zero\xe2\x80\x8bwidth, soft\xc2\xadhyphen.\n\n"
        "Emoji \xf0\x9f\x98\x80\xf0\x9f\x87\xba\xf0\x9f\x87\xb8 and \"quoted \\\"nested\\\" words,\" said Maria Lopez of Acme Corp.\n\n"
        "\"Tariffs\" on steel \\ aluminium rose to 25% on Monday, the ministry said.\n\n"
        "Lone\rCR and a surrogate \xed\xa0\x80 and too big \xf4\x90\x80\x80 end \xf0\x9f\x98";
    std::vector<np::InputDocument> docs = {
        {"id \"1\" \\ \x01 \xff", "title\n\xe2\x80\xa8 \xf0\x9f\x98\x80 \xc3", text},
        {"", "", text},
        {"third", "", "Short. \"Quote\" \\ here."},
    };
    np::Analysis a = analyze_docs(docs);
    REQ(a.documents.size() == 3);
    CHECK(a.documents[0].norm.invalid_bytes > 0);
    CHECK(!a.cross_document.empty());
    check_same_json(a, "hostile text");
    check_same_json(analyze_docs(docs, true), "hostile text keep_all");
}

TEST_CASE("to_json: hostile strings and extreme numbers in every field") {
    const std::string hostile[] = {
        "", "plain", "\"q\" \\ / \b\f\n\r\t \x01\x1f \x7f", "bad \xff \xc0\xaf \xe0\x80 cut \xe2\x82",
        "\xe2\x80\xa8\xe2\x80\xa9", "\xf0\x9f\x98\x80 caf\xc3\xa9", "\xf4\x90\x80\x80", "\xc3",
    };
    const double nums[] = {0.0, -0.0, 1.0, 0.1 + 0.2, 25.0, 1e16, 1e21, -3.5e-7, 2.0 / 3.0,
                           std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()};
    auto h = [&](size_t i) { return hostile[i % std::size(hostile)]; };
    auto num = [&](size_t i) { return nums[i % std::size(nums)]; };

    np::Analysis a;
    for (size_t di = 0; di < 3; ++di) {
        np::Document d;
        d.id = h(di + 1);
        d.title = h(di + 2);
        d.text = "Abc \"de\" \\ f\xff g\n\xe2\x80\x8bh\x01 \xf0\x9f\x98\x80 end" + h(di + 3);
        d.norm.invalid_bytes = 4294967295u;
        d.norm.bom = di == 1;
        uint32_t n = uint32_t(d.text.size());
        for (size_t s = 0; s < 5 + di; ++s) {
            np::Segment seg;
            seg.start = uint32_t(s * 3 % n);
            seg.end = s == 4 ? n + 10 : std::min(n, seg.start + uint32_t(7 + s));  // one past the text
            seg.kind = np::SegmentKind(s % 5);
            seg.status = np::SegmentStatus(s % 3);
            seg.duplicate_of = s % 2 ? int32_t(s - 1) : -1;
            seg.similarity = s % 2 ? float(s) * 0.1234567f : -1.0f;
            // A reason code and numbers (segment_reason() spells them; out-of-range segment
            // numbers must not break it).
            seg.reason = np::ReasonCode((s + di) % (size_t(np::ReasonCode::bp_press_release) + 1));
            seg.reason_a = uint32_t(s * 7 + di);
            seg.reason_b = uint32_t(s % 2 ? s * 7 + di : s + 100);
            d.segments.push_back(seg);
        }
        for (size_t e = 0; e < 4; ++e) {
            np::Entity en;
            en.id = int32_t(e);
            en.name = h(e + 3);
            en.type = np::EntityType(e * 3 % 11);
            if (e % 2) en.aliases = {h(e), h(e + 1), ""};
            en.role = h(e + 5);
            en.affiliation = e == 2 ? 0 : -1;
            en.count = uint32_t(e * 7);
            for (uint32_t m = 0; m < e; ++m) en.mentions.push_back({m * 5, m * 5 + 6 + m, m});
            d.entities.push_back(en);
        }
        for (size_t m = 0; m < 3; ++m) {
            np::Measure me;
            me.id = "m" + std::to_string(m + 1);
            me.kind = h(m);
            me.has_rate = m != 1;
            me.rate_value = num(m + di * 3);
            me.rate_unit = h(m + 1);
            me.has_change = m != 2;
            me.change_direction = h(m + 2);
            me.has_change_to = m == 0;
            me.change_to = num(m + 4);
            me.has_change_by = true;
            me.change_by = num(m + 7);
            me.imposer = m == 1 ? 2 : -1;
            me.imposer_name = h(m + 3);
            me.target = int32_t(m) - 1;
            me.target_name = h(m + 4);
            me.goods = h(m + 5);
            me.reason = h(m + 6);
            me.status = m == 2 ? "" : h(m + 1);  // empty status prints "unknown"
            me.time = h(m + 7);
            me.condition = h(m);
            for (uint32_t k = 0; k < m; ++k) me.history.push_back({h(k + 2), {k, k + 3}});
            for (uint32_t k = 0; k <= m; ++k) me.evidence.push_back({k * 2, k * 2 + 1});
            d.measures.push_back(me);
        }
        for (size_t i = 0; i < 2; ++i) {
            np::Issue is;
            is.id = h(i);
            is.label = h(i + 1);
            is.parent = h(i + 2);
            is.mentions = uint32_t(i * 3);
            is.salience = num(i + 5);
            if (i) is.key_sentences = {{0, 4}, {5, 9}};
            is.actors = {{int32_t(i) - 1, h(i + 3), h(i + 4)}, {3, h(i), ""}};
            if (i) is.quotes = {0, 1, -1};
            d.issues.push_back(is);
        }
        d.quotes.push_back({{0, 12}, 1, h(2), h(3), {0, 20}});
        d.quotes.push_back({{n - 3, n + 4}, -1, "", "", {n - 3, n}});  // runs past the text: clamped
        d.quotes.push_back({{7, 7}, 0, h(4), "", {7, 7}});           // empty quote
        d.summary.push_back({{0, 9}, 1.0});
        d.summary.push_back({{9, n}, num(di + 3)});
        a.documents.push_back(std::move(d));
    }
    a.cross_document.push_back({1, 2, 0, 1, 1.0f});
    a.cross_document.push_back({2, 0, 0, 0, 0.87654f});
    a.cross_document.push_back({2, 4, 1, 3, 0.0f});
    check_same_json(a, "hand-built hostile analysis");
}
