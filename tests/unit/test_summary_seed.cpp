// test_summary_seed.cpp — the user's example article (pasted twice + a related-links block):
// its trade measures, issues and quotes. Skips cleanly when ../shared is absent.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace {

using nlohmann::json;

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
bool icontains(const json& v, const std::string& needle) {
    return v.is_string() && lower(v.get<std::string>()).find(lower(needle)) != std::string::npos;
}
std::string actor_name(const json& doc, const json& id, const json& name) {
    std::string out = name.is_string() ? name.get<std::string>() : "";
    if (id.is_number_integer())
        for (const auto& e : doc["entities"])
            if (e["id"] == id) {
                out += "|" + e["name"].get<std::string>();
                for (const auto& a : e["aliases"]) out += "|" + a.get<std::string>();
            }
    return out;
}
bool has_status(const json& m, const char* status) {
    for (const auto& h : m["history"])
        if (h["status"] == status) return true;
    return m["status"] == status;
}
std::string cut(const std::string& text, const json& span) {
    return text.substr(span["start"].get<size_t>(), span["end"].get<size_t>() - span["start"].get<size_t>());
}

}  // namespace

TEST_CASE("summary seed: measures, issues and quotes of the example article") {
    std::string dir = np::test::shared_dir();
    std::string text;
    if (dir.empty() || !np::test::read_file(dir + "/seeds/000_1c73318acc626785.txt", text)) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    auto a = np::test::analyze_text(text);
    json out = json::parse(np::to_json(a), nullptr, false);
    REQUIRE_FALSE(out.is_discarded());
    const json& doc = out["documents"][0];
    const json& measures = doc["measures"];
    INFO("measures: " << measures.dump(1));

    SUBCASE("the 100% tariff on Chinese goods, announced by the president in answer to export controls") {
        int n = 0;
        for (const auto& m : measures) {
            if (m["kind"] != "tariff" || !m["rate"].is_object() || m["rate"]["value"] != 100) continue;
            ++n;
            CHECK(m["rate"]["unit"] == "percent");
            CHECK(icontains(json(actor_name(doc, m["target"], m["target_name"])), "China"));
            CHECK(icontains(json(actor_name(doc, m["imposer"], m["imposer_name"])), "Trump"));
            CHECK(has_status(m, "announced"));
            CHECK(icontains(m["reason"], "export controls"));
            bool later = false;  // "such a tariff level is not sustainable" joins the same record
            for (const auto& h : m["history"]) later = later || cut(text, h["sentence"]).find("not sustainable") != std::string::npos;
            CHECK(later);
        }
        CHECK(n == 1);
    }
    SUBCASE("the 20% fentanyl tariff: one record, in force since March, expected to be lowered/halved") {
        int n = 0;
        for (const auto& m : measures) {
            if (m["kind"] != "tariff" || !m["rate"].is_object() || m["rate"]["value"] != 20) continue;
            ++n;
            CHECK(icontains(json(actor_name(doc, m["target"], m["target_name"])), "China"));
            CHECK(has_status(m, "in_force"));
            CHECK(has_status(m, "expected_change"));
            CHECK(m["status"] == "expected_change");
            CHECK(icontains(m["time"], "March"));
            REQUIRE(m["change"].is_object());
            CHECK((m["change"]["direction"] == "lower" || m["change"]["direction"] == "halve"));
            CHECK(icontains(m["condition"], "precursor chemicals"));
            CHECK(m["history"].size() >= 3);
        }
        CHECK(n == 1);
    }
    SUBCASE("China's export controls on rare earths") {
        bool found = false;
        for (const auto& m : measures)
            found = found || (m["kind"] == "export_control" && icontains(m["goods"], "rare earth") &&
                              icontains(json(actor_name(doc, m["imposer"], m["imposer_name"])), "China"));
        CHECK(found);
    }
    SUBCASE("US restrictions on advanced chip sales") {
        bool found = false;
        for (const auto& m : measures) {
            std::string imp = actor_name(doc, m["imposer"], m["imposer_name"]);
            found = found || (m["kind"] == "export_control" && icontains(m["goods"], "chip") &&
                              (icontains(json(imp), "United States") || icontains(json(imp), "US")));
        }
        CHECK(found);
    }
    SUBCASE("the TikTok transaction") {
        bool found = false;
        for (const auto& m : measures) {
            if (m["kind"] != "deal" || !icontains(m["goods"], "TikTok")) continue;
            bool transaction = false;
            for (const auto& e : m["evidence"]) transaction = transaction || cut(text, e).find("transaction") != std::string::npos;
            found = found || transaction;
        }
        CHECK(found);
    }
    SUBCASE("issues, each counted once although the article is pasted twice") {
        // The second copy starts where the second paragraph appears again.
        const std::string second_para = "Both sides have signalled";
        const size_t copy2 = text.find(second_para, text.find(second_para) + 1);
        REQUIRE(copy2 != std::string::npos);
        const char* ids[] = {"critical_minerals", "drugs_fentanyl", "agriculture", "taiwan",
                             "russia_ukraine", "semiconductors", "technology_platforms"};
        for (const char* id : ids) {
            const json* issue = nullptr;
            for (const auto& i : doc["issues"])
                if (i["id"] == id) issue = &i;
            CHECK_MESSAGE(issue != nullptr, "issue " << id << " missing");
            if (!issue) continue;
            // Every counted mention lies in the first copy (the repeat is not analysed).
            CHECK((*issue)["mentions"].get<int>() >= 1);
            for (const auto& k : (*issue)["key_sentences"])
                CHECK(k["start"].get<size_t>() < copy2);
        }
        // Counted once: the fentanyl issue has as many mentions as the first copy holds.
        std::string first_copy = text.substr(0, copy2);
        size_t expected = 0;
        for (size_t p = 0; (p = lower(first_copy).find("fentanyl", p)) != std::string::npos; ++p) ++expected;
        for (const auto& i : doc["issues"])
            if (i["id"] == "drugs_fentanyl") CHECK(i["mentions"].get<size_t>() <= expected + 2);
    }
    SUBCASE("quotes attributed to their speakers") {
        struct Want { const char* contains; const char* speaker; };
        Want wants[] = {{"not sustainable", "Trump"},
                        {"work out something", "Trump"},
                        {"take concrete actions", "Guo Jiakun"},
                        {"walking away from Taiwan", "Rubio"},
                        {"allow the sale of US-made AI chips", "Jensen Huang"},
                        {"consummate that transaction", "Bessent"},
                        {"great honour", "Trump"},
                        {"provide new guidance", "Guo Jiakun"}};
        for (const auto& w : wants) {
            bool found = false;
            for (const auto& q : doc["quotes"])
                found = found || (icontains(q["text"], w.contains) &&
                                  icontains(json(actor_name(doc, q["speaker"], q["speaker_name"])), w.speaker));
            CHECK_MESSAGE(found, "quote '" << w.contains << "' not attributed to " << w.speaker
                                           << "\nquotes: " << doc["quotes"].dump(1));
        }
        for (const auto& q : doc["quotes"])
            if (icontains(q["text"], "Y.M.C.A")) CHECK(q["speaker_name"].is_null());
    }
}
