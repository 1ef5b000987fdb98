// test_summary_articles.cpp — the hand-written trade articles in tests/articles/ against their
// expected records (NAME.txt + NAME.expected.json).
//
// Expectation format (every field optional; a record passes if ONE output record matches all):
//   "measures": [{"kind": "tariff|other", "rate": 25, "unit": "percent", "imposer": "United States",
//                 "target": "China", "goods_contains": "steel", "reason_contains": "...",
//                 "condition_contains": "...", "time_contains": "...", "status": "announced",
//                 "change_direction": "double", "change_to": 50, "history_min": 2}]
//   "issues":   ["tariffs", ...]                      issue ids that must be detected
//   "quotes":   [{"contains": "...", "speaker": "Name", "verb": "said"}]
//   "unattributed": ["..."]                           quoted text that must have no speaker
// Names match case-insensitively as a substring of the record's *_name or of the entity's name
// or aliases.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace {

using nlohmann::json;

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool icontains(const std::string& hay, const std::string& needle) {
    return lower(hay).find(lower(needle)) != std::string::npos;
}

const json* entity_by_id(const json& doc, const json& id) {
    if (!id.is_number_integer()) return nullptr;
    for (const auto& e : doc["entities"])
        if (e.contains("id") && e["id"] == id) return &e;
    return nullptr;
}

// Does the actor (entity id + display name) of a record match the expected name?
bool name_matches(const json& doc, const json& id, const json& name, const std::string& want) {
    if (name.is_string() && icontains(name.get<std::string>(), want)) return true;
    if (const json* e = entity_by_id(doc, id)) {
        if (e->contains("name") && (*e)["name"].is_string() &&
            icontains((*e)["name"].get<std::string>(), want))
            return true;
        if (e->contains("aliases"))
            for (const auto& a : (*e)["aliases"])
                if (a.is_string() && icontains(a.get<std::string>(), want)) return true;
    }
    return false;
}

bool str_field_contains(const json& m, const char* key, const std::string& want) {
    return m.contains(key) && m[key].is_string() && icontains(m[key].get<std::string>(), want);
}

bool measure_matches(const json& doc, const json& m, const json& want) {
    if (want.contains("kind")) {
        std::string kinds = "|" + want["kind"].get<std::string>() + "|";
        if (!m["kind"].is_string() || kinds.find("|" + m["kind"].get<std::string>() + "|") == std::string::npos)
            return false;
    }
    if (want.contains("rate")) {
        if (!m["rate"].is_object()) return false;
        if (std::abs(m["rate"]["value"].get<double>() - want["rate"].get<double>()) > 1e-6) return false;
    }
    if (want.contains("unit") && !(m["rate"].is_object() && m["rate"]["unit"] == want["unit"])) return false;
    if (want.contains("status") && m["status"] != want["status"]) return false;
    if (want.contains("imposer") &&
        !name_matches(doc, m["imposer"], m["imposer_name"], want["imposer"].get<std::string>()))
        return false;
    if (want.contains("target") &&
        !name_matches(doc, m["target"], m["target_name"], want["target"].get<std::string>()))
        return false;
    for (const char* key : {"goods", "reason", "condition", "time"}) {
        std::string wk = std::string(key) + "_contains";
        if (want.contains(wk) && !str_field_contains(m, key, want[wk].get<std::string>())) return false;
    }
    if (want.contains("change_direction") &&
        !(m["change"].is_object() && m["change"]["direction"] == want["change_direction"]))
        return false;
    if (want.contains("change_to") &&
        !(m["change"].is_object() && m["change"]["to"].is_number() &&
          std::abs(m["change"]["to"].get<double>() - want["change_to"].get<double>()) < 1e-6))
        return false;
    if (want.contains("history_min") && m["history"].size() < want["history_min"].get<size_t>()) return false;
    return true;
}

bool quote_matches(const json& doc, const json& q, const json& want) {
    if (!q["text"].is_string() || !icontains(q["text"].get<std::string>(), want["contains"].get<std::string>()))
        return false;
    if (want.contains("speaker") &&
        !name_matches(doc, q["speaker"], q["speaker_name"], want["speaker"].get<std::string>()))
        return false;
    if (want.contains("verb") && !(q["verb"].is_string() && q["verb"] == want["verb"])) return false;
    return true;
}

void check_article(const std::string& base) {
    std::string text, expected_text;
    REQUIRE(np::test::read_file(base + ".txt", text));
    REQUIRE(np::test::read_file(base + ".expected.json", expected_text));
    json want = json::parse(expected_text, nullptr, false);
    REQUIRE_FALSE(want.is_discarded());

    auto a = np::test::analyze_text(text);
    json out = json::parse(np::to_json(a), nullptr, false);
    REQUIRE_FALSE(out.is_discarded());
    const json& doc = out["documents"][0];
    INFO("article: " << base);

    if (want.contains("measures"))
        for (const auto& w : want["measures"]) {
            bool found = false;
            for (const auto& m : doc["measures"]) found = found || measure_matches(doc, m, w);
            CHECK_MESSAGE(found, "no measure matches " << w.dump() << "\nmeasures: " << doc["measures"].dump(1));
        }
    if (want.contains("issues"))
        for (const auto& id : want["issues"]) {
            bool found = false;
            for (const auto& i : doc["issues"]) found = found || i["id"] == id;
            CHECK_MESSAGE(found, "issue " << id.dump() << " not detected");
        }
    if (want.contains("quotes"))
        for (const auto& w : want["quotes"]) {
            bool found = false;
            for (const auto& q : doc["quotes"]) found = found || quote_matches(doc, q, w);
            CHECK_MESSAGE(found, "no quote matches " << w.dump() << "\nquotes: " << doc["quotes"].dump(1));
        }
    if (want.contains("unattributed"))
        for (const auto& w : want["unattributed"]) {
            for (const auto& q : doc["quotes"])
                if (q["text"].is_string() && q["text"].get<std::string>() == w.get<std::string>())
                    CHECK_MESSAGE(q["speaker_name"].is_null(), "quote " << w.dump() << " should have no speaker");
        }
    // Every record is well-formed: offsets inside the text, evidence non-empty, status set.
    for (const auto& m : doc["measures"]) {
        CHECK(m["status"].is_string());
        CHECK_FALSE(m["evidence"].empty());
        for (const auto& e : m["evidence"]) CHECK(e["end"].get<size_t>() <= text.size());
    }
    CHECK(doc["summary"].size() >= 1);
    CHECK(doc["summary"].size() <= 5);
}

}  // namespace

TEST_CASE("summary articles: every tests/articles/*.txt meets its expectations") {
    namespace fs = std::filesystem;
    std::vector<std::string> bases;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(np::test::source_dir() + "/tests/articles", ec)) {
        std::string p = e.path().string();
        if (p.size() > 4 && p.compare(p.size() - 4, 4, ".txt") == 0) bases.push_back(p.substr(0, p.size() - 4));
    }
    std::sort(bases.begin(), bases.end());
    REQUIRE(bases.size() >= 10);
    for (const auto& b : bases) {
        SUBCASE(b.c_str()) { check_article(b); }
    }
}

// "cheap Asian supply", "advanced technology to Communist nations": since a people's word alone is
// a nationality (48th session), a continent's, a party's or a faith's people became a party to
// measures ("imposer: Asian", "target: Communist"). Such peoples are no actors; a nation's people
// still is.
TEST_CASE("summary: a continent's or a party's people is no side of a measure") {
    const auto a = np::test::analyze_text(
        "LIMA (Reuters) - Peru will cut tariffs on cheap Asian steel to 5%, and the allies banned the export of "
        "advanced technology to Communist nations.");
    const auto& d = a.documents[0];
    REQUIRE(!d.measures.empty());
    for (const auto& m : d.measures) {
        CHECK(m.imposer_name != "Asian");
        CHECK(m.target_name != "Asian");
        CHECK(m.target_name != "Communist");
    }
}
