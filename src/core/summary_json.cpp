// summary_json.cpp — serializes the summary stages' output: "measures", "issues", "quotes",
// "summary" (field reference: docs/summary.md).
#include <cmath>

#include "json_parts.hpp"

namespace np {

namespace {

// Rates and scores print without float noise (0.1 + 0.2 style tails).
double tidy(double x) { return std::round(x * 10000.0) / 10000.0; }

void span_json(JsonWriter& w, const SpanRef& s) {
    w.begin_object();
    w.key("start"); w.uint(s.start);
    w.key("end"); w.uint(s.end);
    w.end_object();
}

void measure_json(JsonWriter& w, const Measure& m) {
    w.begin_object();
    w.key("id"); w.string(m.id);
    w.key("kind"); w.string(m.kind);
    w.key("rate");
    if (m.has_rate) {
        w.begin_object();
        w.key("value"); w.number(tidy(m.rate_value));
        w.key("unit"); w.string(m.rate_unit);
        if (m.has_rate_max) { w.key("max"); w.number(tidy(m.rate_max)); }  // a range only
        w.end_object();
    } else {
        w.null();
    }
    w.key("change");
    if (m.has_change) {
        w.begin_object();
        w.key("direction"); w.string(m.change_direction);
        w.key("to"); m.has_change_to ? w.number(tidy(m.change_to)) : w.null();
        w.key("by"); m.has_change_by ? w.number(tidy(m.change_by)) : w.null();
        w.end_object();
    } else {
        w.null();
    }
    w.key("imposer"); w.id_or_null(m.imposer);
    w.key("imposer_name"); w.string_or_null(m.imposer_name);
    w.key("target"); w.id_or_null(m.target);
    w.key("target_name"); w.string_or_null(m.target_name);
    w.key("goods"); w.string_or_null(m.goods);
    w.key("reason"); w.string_or_null(m.reason);
    w.key("status"); w.string(m.status.empty() ? std::string_view("unknown") : std::string_view(m.status));
    w.key("time"); w.string_or_null(m.time);
    w.key("condition"); w.string_or_null(m.condition);
    w.key("history");
    w.begin_array();
    for (const auto& e : m.history) {
        w.begin_object();
        w.key("status"); w.string(e.status);
        w.key("sentence"); span_json(w, e.sentence);
        w.end_object();
    }
    w.end_array();
    w.key("evidence");
    w.begin_array();
    for (const auto& e : m.evidence) span_json(w, e);
    w.end_array();
    w.end_object();
}

void issue_json(JsonWriter& w, const Issue& i) {
    w.begin_object();
    w.key("id"); w.string(i.id);
    w.key("label"); w.string(i.label);
    w.key("parent"); w.string_or_null(i.parent);
    w.key("mentions"); w.uint(i.mentions);
    w.key("salience"); w.number(tidy(i.salience));
    w.key("key_sentences");
    w.begin_array();
    for (const auto& k : i.key_sentences) span_json(w, k);
    w.end_array();
    w.key("actors");
    w.begin_array();
    for (const auto& a : i.actors) {
        w.begin_object();
        w.key("entity"); w.id_or_null(a.entity);
        w.key("name"); w.string(a.name);
        w.key("stance"); w.string_or_null(a.stance);
        w.end_object();
    }
    w.end_array();
    w.key("quotes");
    w.begin_array();
    for (int32_t q : i.quotes) w.sint(q);
    w.end_array();
    w.end_object();
}

void quote_json(JsonWriter& w, const Document& doc, const Quote& q) {
    w.begin_object();
    w.key("text"); w.display(doc.text, q.span.start, q.span.end);
    w.key("start"); w.uint(q.span.start);
    w.key("end"); w.uint(q.span.end);
    w.key("speaker"); w.id_or_null(q.speaker);
    w.key("speaker_name"); w.string_or_null(q.speaker_name);
    w.key("verb"); w.string_or_null(q.verb);
    w.key("sentence"); span_json(w, q.sentence);
    w.end_object();
}

}  // namespace

void summary_to_json(const Document& doc, JsonWriter& w) {
    w.key("measures");
    w.begin_array();
    for (const auto& m : doc.measures) measure_json(w, m);
    w.end_array();

    w.key("issues");
    w.begin_array();
    for (const auto& i : doc.issues) issue_json(w, i);
    w.end_array();

    w.key("quotes");
    w.begin_array();
    for (const auto& q : doc.quotes) quote_json(w, doc, q);
    w.end_array();

    w.key("summary");
    w.begin_array();
    for (const auto& s : doc.summary) {
        w.begin_object();
        w.key("start"); w.uint(s.span.start);
        w.key("end"); w.uint(s.span.end);
        w.key("score"); w.number(tidy(s.score));
        w.end_object();
    }
    w.end_array();
}

}  // namespace np
