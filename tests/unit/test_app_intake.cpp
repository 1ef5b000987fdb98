// test_app_intake.cpp — the app's result intake on real analyses: the worker's cutting of
// np::to_json's text into parts (src/app/worker/result_parts.cpp), putting them back together
// (what web/parts.js does for the hook), the JSON reader (src/core/json_view.cpp) and the
// view model built from the parts (src/app/view_model.cpp).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../../src/core/json_view.hpp"
#include "../../src/app/view_model.hpp"
#include "../../src/app/worker/result_parts.hpp"
#include "newsprism.hpp"
#include "test_support.hpp"

namespace {

using ojson = nlohmann::ordered_json;

std::string part_text(const np::worker::ResultParts& r, size_t k) {
    return r.bytes.substr(r.offsets[2 * k], r.offsets[2 * k + 1] - r.offsets[2 * k]);
}

// web/parts.js's assembler in C++: heads in their places, items where their [] stands.
ojson assemble(const np::worker::ResultParts& r) {
    ojson top;
    for (size_t k = 0; k < r.offsets.size() / 2; ++k) {
        ojson p = ojson::parse(part_text(r, k), nullptr, false);
        REQUIRE_FALSE(p.is_discarded());
        std::string kind = p["part"].get<std::string>();
        if (kind == "begin") {
            top = p["top"];
        } else if (kind == "doc") {
            top["documents"][p["doc"].get<size_t>()] = p["head"];
        } else if (kind == "text") {  // a long string's next piece
            ojson& target = top["documents"][p["doc"].get<size_t>()][p["field"].get<std::string>()];
            target = target.get<std::string>() + p["piece"].get<std::string>();
        } else if (kind == "items") {
            long doc = p["doc"].get<long>();
            ojson& target = doc < 0 ? top[p["field"].get<std::string>()]
                                    : top["documents"][size_t(doc)][p["field"].get<std::string>()];
            for (auto& it : p["items"]) target.push_back(it);
        }
    }
    return top;
}

np::Analysis analyze_docs(const std::vector<std::string>& texts) {
    np::Input in;
    for (size_t i = 0; i < texts.size(); ++i) in.documents.push_back({"d" + std::to_string(i), "", texts[i]});
    np::Options opt;
    opt.models = np::test::models();
    return np::analyze(in, opt);
}

std::vector<std::shared_ptr<const std::string>> shared_texts(const std::vector<std::string>& texts) {
    std::vector<std::shared_ptr<const std::string>> out;
    for (const auto& t : texts) out.push_back(std::make_shared<const std::string>(t));
    return out;
}

}  // namespace

TEST_CASE("result parts put back together give the analysis exactly as to_json wrote it") {
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    // The sample twice (a cross-document repeat) and a short third text.
    std::vector<std::string> texts = {sample, sample, "Brazil said soybean exports rose 12% in May. \"We expect more,\" the minister said."};
    np::Analysis a = analyze_docs(texts);
    std::string json = np::to_json(a, -1);
    for (size_t part_bytes : {size_t(256), size_t(4096), size_t(128 * 1024)}) {
        np::worker::ResultParts r = np::worker::cut_result(json, {"", "\"the \\\"extracted\\\" text\"", ""}, part_bytes);
        REQUIRE(r.ok);
        CHECK(part_text(r, 0).rfind("{\"part\":\"begin\",\"documents\":3,", 0) == 0);
        CHECK(part_text(r, r.offsets.size() / 2 - 1) == "{\"part\":\"end\"}");
        // Every part is one JSON value, no larger than about part_bytes plus one item.
        for (size_t k = 0; k < r.offsets.size() / 2; ++k)
            CHECK_FALSE(ojson::parse(part_text(r, k), nullptr, false).is_discarded());
        CHECK(assemble(r).dump() == json);
        if (part_bytes == 256) CHECK(r.offsets.size() / 2 > 20);  // the sample's arrays were cut
    }
}

TEST_CASE("the view model read from parts holds the analysis") {
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    std::vector<std::string> texts = {sample, sample};
    np::Analysis a = analyze_docs(texts);
    std::string json = np::to_json(a, -1);
    ojson ref = ojson::parse(json);
    for (size_t part_bytes : {size_t(512), size_t(1 << 20)}) {
        np::worker::ResultParts r = np::worker::cut_result(json, {}, part_bytes);
        np::ui::VmBuilder b;
        b.start(7, shared_texts(texts), 12.5);
        bool done = false;
        for (size_t k = 0; k < r.offsets.size() / 2; ++k) {
            std::string p = part_text(r, k);
            CHECK_FALSE(done);
            done = b.feed(p.c_str(), p.size());
        }
        REQUIRE(done);
        CHECK(b.error.empty());
        const np::ui::ViewModel& vm = b.vm;
        CHECK(vm.valid);
        CHECK(vm.schema == ref["schema"].get<std::string>());
        REQUIRE(vm.docs.size() == 2);
        for (size_t i = 0; i < 2; ++i) {
            const auto& d = vm.docs[i];
            const auto& rd = ref["documents"][i];
            CHECK(d.id == rd["id"].get<std::string>());
            REQUIRE(d.segments.size() == rd["segments"].size());
            REQUIRE(d.entities.size() == rd["entities"].size());
            CHECK(d.quotes.size() == rd["quotes"].size());
            CHECK(d.measures.size() == rd["measures"].size());
            CHECK(d.issues.size() == rd["issues"].size());
            CHECK(d.stats.size() == rd["stats"].size());
            for (size_t s = 0; s < d.segments.size(); ++s) {
                CHECK(d.segments[s].span.start == rd["segments"][s]["start"].get<uint32_t>());
                CHECK(d.segments[s].reason == rd["segments"][s].value("reason", std::string()));
            }
            for (size_t e = 0; e < d.entities.size(); ++e) {
                CHECK(d.entities[e].name == rd["entities"][e]["name"].get<std::string>());
                CHECK(d.entities[e].mentions.size() == rd["entities"][e]["mentions"].size());
            }
            for (size_t m = 1; m < d.mentions.size(); ++m) CHECK(d.mentions[m - 1].span.start <= d.mentions[m].span.start);
            for (const auto& q : d.quotes) CHECK_FALSE(q.text.empty());
        }
        // Rates as the Measures panel shows them: a percentage, and the sample's quota level
        // ("cap its steel shipments at 2.3 million tonnes a year"), not "2300000 tonnes per year".
        bool percent = false, quota = false;
        for (const auto& m : vm.docs[0].measures) {
            percent = percent || (!m.rate.empty() && m.rate.back() == '%');
            quota = quota || (m.kind == "quota" && m.rate == "2.3 million tonnes per year");
        }
        CHECK(percent);
        CHECK(quota);
        // The second copy of the sample repeats the first: its segments point back at it.
        CHECK(vm.docs[1].removed_segments > 0);
        CHECK(vm.cross.size() == ref["cross_document"].size());
    }
}

TEST_CASE("the view model shows a range of rates as low–high") {
    std::vector<std::string> texts = {"The bloc imposed duties of between 15% and 41% on imported electric vehicles.\n\n"
                                      "Ottawa imposed a 25% tariff on imported steel.\n"};
    std::string json = np::to_json(analyze_docs(texts), -1);
    np::worker::ResultParts r = np::worker::cut_result(json, {}, size_t(1) << 20);
    np::ui::VmBuilder b;
    b.start(1, shared_texts(texts), 1.0);
    bool done = false;
    for (size_t k = 0; k < r.offsets.size() / 2; ++k) {
        std::string p = part_text(r, k);
        done = b.feed(p.c_str(), p.size());
    }
    REQUIRE(done);
    REQUIRE(b.vm.docs.size() == 1);
    const auto& ms = b.vm.docs[0].measures;
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].rate == "15\u201341%");
    CHECK(ms[0].rate_value == 15);  // (sorted by the low end)
    CHECK(ms[1].rate == "25%");
}

TEST_CASE("json_view reads escapes, unicode and numbers, and refuses malformed text") {
    namespace jv = np::jv;
    jv::Doc d;
    std::string t = R"({"a":"x\"y\\z\n\u00e9\ud83d\ude00","n":-12,"f":2.5e3,"b":true,"z":null,"arr":[1,[2],{}],"k":"caf\u00e9"})";
    REQUIRE(d.parse(t.c_str(), t.size()));
    jv::Value r = d.root();
    CHECK(r.find("a").str() == "x\"y\\z\n\xC3\xA9\xF0\x9F\x98\x80");
    CHECK(r.find("n").number() == -12);
    CHECK(r.find("f").number() == 2500);
    CHECK(r.find("b").boolean());
    CHECK(r.find("z").is_null());
    CHECK_FALSE(r.find("missing"));
    CHECK_FALSE(r.find("missing").is_null());
    int n = 0;
    for (jv::Value v : r.find("arr")) n += v.is_number() || v.is_array() || v.is_object();
    CHECK(n == 3);
    for (const char* bad : {"{", "{\"a\":}", "[1,]", "{\"a\" 1}", "\"open", "tru", "{} x"}) {
        std::string s = bad;
        CHECK_FALSE(d.parse(s.c_str(), s.size()));
    }
}
