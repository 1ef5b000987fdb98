// test_summary_sample.cpp — golden checks of measures, issues, quotes and summary on the
// project's own sample article (assets/sample.txt: a trade story with a repeated section,
// a related-links block and a list of measures).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

// REQUIRE does not stop a test in the no-exception build: leave the test case instead.
#define REQ_PTR(p) do { REQUIRE(p); if (!(p)) return; } while (0)

namespace {

using nlohmann::json;

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
bool icontains(const json& v, const std::string& needle) {
    return v.is_string() && lower(v.get<std::string>()).find(lower(needle)) != std::string::npos;
}
const json* find_measure(const json& ms, const char* kind, double rate, const char* goods) {
    for (const auto& m : ms) {
        if (m["kind"] != kind) continue;
        if (rate >= 0 && !(m["rate"].is_object() && m["rate"]["value"].get<double>() == rate)) continue;
        if (goods && !icontains(m["goods"], goods)) continue;
        return &m;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("summary sample: measures, issues, quotes and summary of assets/sample.txt") {
    std::string text;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", text));
    auto a = np::test::analyze_text(text);
    json doc = json::parse(np::to_json(a), nullptr, false)["documents"][0];
    const json& ms = doc["measures"];
    INFO("measures: " << ms.dump(1));

    // The steel tariff: raised to 35% from 25% on April 1 by the United States.
    const json* steel = find_measure(ms, "tariff", 25, "steel");
    REQ_PTR(steel != nullptr);
    CHECK((*steel)["status"] == "announced");
    CHECK((*steel)["change"]["direction"] == "raise");
    CHECK((*steel)["change"]["to"] == 35);
    CHECK(icontains((*steel)["imposer_name"], "United States"));
    CHECK(icontains((*steel)["time"], "April 1"));
    CHECK((*steel)["history"].size() >= 2);

    // The 20% battery tariff Beijing expects Washington to lower to 10%.
    const json* battery = find_measure(ms, "tariff", 20, "batteries");
    REQ_PTR(battery != nullptr);
    CHECK((*battery)["status"] == "expected_change");
    CHECK((*battery)["change"]["direction"] == "lower");
    CHECK((*battery)["change"]["to"] == 10);
    CHECK(icontains((*battery)["target_name"], "China"));

    // The threatened 15% tariff on Korean cars, conditional on a steel quota.
    const json* cars = find_measure(ms, "tariff", 15, "cars");
    REQ_PTR(cars != nullptr);
    CHECK((*cars)["status"] == "threatened");
    CHECK(icontains((*cars)["target_name"], "Korea"));
    CHECK(icontains((*cars)["condition"], "steel shipments"));

    // Export controls both ways, the aluminium tariff, the soybean purchase.
    CHECK(find_measure(ms, "export_control", -1, "chip") != nullptr);
    const json* magnets = find_measure(ms, "export_control", -1, "rare earth");
    REQ_PTR(magnets != nullptr);
    CHECK(icontains((*magnets)["imposer_name"], "China"));
    CHECK(find_measure(ms, "tariff", 10, "aluminium") != nullptr);
    const json* soy = find_measure(ms, "purchase", -1, "soybeans");
    REQ_PTR(soy != nullptr);
    CHECK(icontains((*soy)["target_name"], "United States"));

    // Issues, most salient first.
    std::vector<std::string> ids;
    for (const auto& i : doc["issues"]) ids.push_back(i["id"].get<std::string>());
    for (const char* id : {"tariffs", "steel_aluminium", "agriculture", "semiconductors", "export_controls",
                           "critical_minerals", "autos"})
        CHECK_MESSAGE(std::find(ids.begin(), ids.end(), id) != ids.end(), "issue " << id);
    for (size_t i = 1; i < doc["issues"].size(); ++i)
        CHECK(doc["issues"][i - 1]["salience"].get<double>() >= doc["issues"][i]["salience"].get<double>());
    REQUIRE(!ids.empty());
    CHECK((ids[0] == "steel_aluminium" || ids[0] == "tariffs"));

    // Quotes and speakers; the repeated section's quotes are not counted twice.
    struct Want { const char* contains; const char* speaker; };
    for (const Want& w : {Want{"given our partners two years", "Whitcombe"}, Want{"Our patience has limits", "Whitcombe"},
                          Want{"If this tariff goes ahead", "Carvalho"}, Want{"respond firmly", "Aaltonen"},
                          Want{"constructive and pragmatic", "Li Wenhao"}, Want{"not a bargaining chip", "Whitcombe"},
                          Want{"We need buyers", "Abernathy"}, Want{"move the problem around", "Morimoto"}}) {
        int n = 0;
        for (const auto& q : doc["quotes"])
            if (icontains(q["text"], w.contains)) {
                ++n;
                CHECK_MESSAGE(icontains(q["speaker_name"], w.speaker), w.contains << " -> " << q["speaker_name"].dump());
            }
        CHECK_MESSAGE(n == 1, w.contains << " found " << n << " times");
    }

    // Summary: 3-5 sentences in article order, the lead among them.
    const json& sum = doc["summary"];
    CHECK(sum.size() >= 3);
    CHECK(sum.size() <= 5);
    for (size_t i = 1; i < sum.size(); ++i) CHECK(sum[i - 1]["start"].get<size_t>() < sum[i]["start"].get<size_t>());
    bool lead = false;
    for (const auto& s : sum) lead = lead || text.substr(s["start"].get<size_t>(), 60).find("will raise its tariff") != std::string::npos;
    CHECK(lead);
}
