// summary_json.cpp — serializes the summary stages' output: "measures", "issues", "quotes",
// "summary" (field reference: docs/summary.md).
#include <cmath>

#include "json_parts.hpp"
#include "text.hpp"

namespace np {

using json = nlohmann::ordered_json;

namespace {

json str_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
json id_or_null(int32_t id) { return id < 0 ? json(nullptr) : json(id); }
json span_json(const SpanRef& s) { return json{{"start", s.start}, {"end", s.end}}; }
// Rates and scores print without float noise (0.1 + 0.2 style tails).
double tidy(double x) { return std::round(x * 10000.0) / 10000.0; }

json measure_json(const Measure& m) {
    json j;
    j["id"] = m.id;
    j["kind"] = m.kind;
    j["rate"] = m.has_rate ? json{{"value", tidy(m.rate_value)}, {"unit", m.rate_unit}} : json(nullptr);
    if (m.has_change) {
        json c;
        c["direction"] = m.change_direction;
        c["to"] = m.has_change_to ? json(tidy(m.change_to)) : json(nullptr);
        c["by"] = m.has_change_by ? json(tidy(m.change_by)) : json(nullptr);
        j["change"] = std::move(c);
    } else {
        j["change"] = nullptr;
    }
    j["imposer"] = id_or_null(m.imposer);
    j["imposer_name"] = str_or_null(m.imposer_name);
    j["target"] = id_or_null(m.target);
    j["target_name"] = str_or_null(m.target_name);
    j["goods"] = str_or_null(m.goods);
    j["reason"] = str_or_null(m.reason);
    j["status"] = m.status.empty() ? "unknown" : m.status;
    j["time"] = str_or_null(m.time);
    j["condition"] = str_or_null(m.condition);
    json h = json::array();
    for (const auto& e : m.history) h.push_back(json{{"status", e.status}, {"sentence", span_json(e.sentence)}});
    j["history"] = std::move(h);
    json ev = json::array();
    for (const auto& e : m.evidence) ev.push_back(span_json(e));
    j["evidence"] = std::move(ev);
    return j;
}

}  // namespace

void summary_to_json(const Document& doc, json& out) {
    json ms = json::array();
    for (const auto& m : doc.measures) ms.push_back(measure_json(m));
    out["measures"] = std::move(ms);

    json is = json::array();
    for (const auto& i : doc.issues) {
        json j;
        j["id"] = i.id;
        j["label"] = i.label;
        j["parent"] = str_or_null(i.parent);
        j["mentions"] = i.mentions;
        j["salience"] = tidy(i.salience);
        json ks = json::array();
        for (const auto& k : i.key_sentences) ks.push_back(span_json(k));
        j["key_sentences"] = std::move(ks);
        json as = json::array();
        for (const auto& a : i.actors)
            as.push_back(json{{"entity", id_or_null(a.entity)}, {"name", a.name}, {"stance", str_or_null(a.stance)}});
        j["actors"] = std::move(as);
        j["quotes"] = i.quotes;
        is.push_back(std::move(j));
    }
    out["issues"] = std::move(is);

    json qs = json::array();
    for (const auto& q : doc.quotes) {
        json j;
        j["text"] = text::display(doc.text, q.span.start, q.span.end);
        j["start"] = q.span.start;
        j["end"] = q.span.end;
        j["speaker"] = id_or_null(q.speaker);
        j["speaker_name"] = str_or_null(q.speaker_name);
        j["verb"] = str_or_null(q.verb);
        j["sentence"] = span_json(q.sentence);
        qs.push_back(std::move(j));
    }
    out["quotes"] = std::move(qs);

    json ss = json::array();
    for (const auto& s : doc.summary)
        ss.push_back(json{{"start", s.span.start}, {"end", s.span.end}, {"score", tidy(s.score)}});
    out["summary"] = std::move(ss);
}

}  // namespace np
