// stub_summary.cpp — TEMPORARY placeholder for the summary stages (Core III deletes this file).
#include "models.hpp"
#include "json_parts.hpp"
#include "stages.hpp"

namespace np {

bool load_summary_models(const Resources&, SummaryModels&, std::string&) { return true; }
void find_measures(Document&, const Models*) {}
void find_quotes(Document&, const Models*) {}
void find_issues(Document&, const Models*) {}
void summarize(Document&, const Models*) {}
void summary_to_json(const Document&, nlohmann::ordered_json& out) {
    out["measures"] = nlohmann::ordered_json::array();
    out["issues"] = nlohmann::ordered_json::array();
    out["quotes"] = nlohmann::ordered_json::array();
    out["summary"] = nlohmann::ordered_json::array();
}

}  // namespace np
