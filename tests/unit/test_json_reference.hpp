// test_json_reference.hpp — the old serializer of an Analysis, kept for the tests only: it builds an
// nlohmann::ordered_json DOM and dumps it, as src/core/json.cpp did before the streaming
// writer (json_writer.hpp). tests/unit/test_json_*.cpp check np::to_json / to_json_line give
// the same bytes. Same field order and the same rounding as the schema (docs/schema.md).
#pragma once
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "newsprism.hpp"
#include "text.hpp"

namespace np::test::ref {

using ojson = nlohmann::ordered_json;

inline double round3(float v) { return double(int64_t(double(v) * 1000.0 + 0.5)) / 1000.0; }
inline double tidy(double x) { return std::round(x * 10000.0) / 10000.0; }
inline ojson str_or_null(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }
inline ojson id_or_null(int32_t id) { return id < 0 ? ojson(nullptr) : ojson(id); }
inline ojson span_json(const SpanRef& s) { return ojson{{"start", s.start}, {"end", s.end}}; }

inline ojson stats_json(const Document& d) {
    uint64_t kept = 0, dup = 0, boiler = 0, meta = 0, kept_bytes = 0, dup_bytes = 0, removed = 0;
    uint64_t headings = 0, list_items = 0;
    for (const auto& s : d.segments) {
        uint64_t b = s.end - s.start;
        switch (s.status) {
            case SegmentStatus::kept: ++kept; kept_bytes += b; break;
            case SegmentStatus::duplicate: ++dup; dup_bytes += b; removed += b; break;
            case SegmentStatus::boilerplate: ++boiler; removed += b; break;
        }
        meta += s.kind == SegmentKind::metadata;
        headings += s.kind == SegmentKind::heading;
        list_items += s.kind == SegmentKind::list_item;
    }
    ojson st;
    st["bytes"] = d.text.size();
    st["invalid_bytes"] = d.norm.invalid_bytes;
    st["control_chars"] = d.norm.control_chars;
    st["crlf"] = d.norm.crlf;
    st["lone_cr"] = d.norm.lone_cr;
    st["unicode_spaces"] = d.norm.unicode_spaces;
    st["zero_width"] = d.norm.zero_width;
    st["bom"] = d.norm.bom;
    st["segments"] = d.segments.size();
    st["kept"] = kept;
    st["duplicate"] = dup;
    st["boilerplate"] = boiler;
    st["metadata"] = meta;
    st["headings"] = headings;
    st["list_items"] = list_items;
    st["kept_bytes"] = kept_bytes;
    st["removed_bytes"] = removed;
    st["repeated_fraction"] = kept_bytes + dup_bytes == 0 ? 0.0 : round3(float(double(dup_bytes) / double(kept_bytes + dup_bytes)));
    st["sentences"] = d.sentence_count();
    st["tokens"] = d.token_count();
    return st;
}

inline void entities_json(const Document& doc, ojson& out) {
    ojson arr = ojson::array();
    for (const auto& e : doc.entities) {
        ojson o;
        o["id"] = e.id;
        o["name"] = e.name;
        o["type"] = to_string(e.type);
        o["aliases"] = e.aliases;
        o["role"] = e.role.empty() ? ojson(nullptr) : ojson(e.role);
        o["affiliation"] = e.affiliation < 0 ? ojson(nullptr) : ojson(e.affiliation);
        o["count"] = e.count;
        ojson ms = ojson::array();
        for (const auto& m : e.mentions)
            ms.push_back({{"start", m.start}, {"end", m.end}, {"text", text::display(doc.text, m.start, m.end)}});
        o["mentions"] = std::move(ms);
        arr.push_back(std::move(o));
    }
    out["entities"] = std::move(arr);
}

inline ojson measure_json(const Measure& m) {
    ojson j;
    j["id"] = m.id;
    j["kind"] = m.kind;
    j["rate"] = m.has_rate ? ojson{{"value", tidy(m.rate_value)}, {"unit", m.rate_unit}} : ojson(nullptr);
    if (m.has_change) {
        ojson c;
        c["direction"] = m.change_direction;
        c["to"] = m.has_change_to ? ojson(tidy(m.change_to)) : ojson(nullptr);
        c["by"] = m.has_change_by ? ojson(tidy(m.change_by)) : ojson(nullptr);
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
    ojson h = ojson::array();
    for (const auto& e : m.history) h.push_back(ojson{{"status", e.status}, {"sentence", span_json(e.sentence)}});
    j["history"] = std::move(h);
    ojson ev = ojson::array();
    for (const auto& e : m.evidence) ev.push_back(span_json(e));
    j["evidence"] = std::move(ev);
    return j;
}

inline void summary_json(const Document& doc, ojson& out) {
    ojson ms = ojson::array();
    for (const auto& m : doc.measures) ms.push_back(measure_json(m));
    out["measures"] = std::move(ms);
    ojson is = ojson::array();
    for (const auto& i : doc.issues) {
        ojson j;
        j["id"] = i.id;
        j["label"] = i.label;
        j["parent"] = str_or_null(i.parent);
        j["mentions"] = i.mentions;
        j["salience"] = tidy(i.salience);
        ojson ks = ojson::array();
        for (const auto& k : i.key_sentences) ks.push_back(span_json(k));
        j["key_sentences"] = std::move(ks);
        ojson as = ojson::array();
        for (const auto& a : i.actors)
            as.push_back(ojson{{"entity", id_or_null(a.entity)}, {"name", a.name}, {"stance", str_or_null(a.stance)}});
        j["actors"] = std::move(as);
        j["quotes"] = i.quotes;
        is.push_back(std::move(j));
    }
    out["issues"] = std::move(is);
    ojson qs = ojson::array();
    for (const auto& q : doc.quotes) {
        ojson j;
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
    ojson ss = ojson::array();
    for (const auto& s : doc.summary)
        ss.push_back(ojson{{"start", s.span.start}, {"end", s.span.end}, {"score", tidy(s.score)}});
    out["summary"] = std::move(ss);
}

inline ojson document_json(const Document& d) {
    ojson j;
    j["id"] = d.id;
    j["title"] = d.title;
    j["bytes"] = d.text.size();
    ojson segs = ojson::array();
    for (size_t si = 0; si < d.segments.size(); ++si) {
        const auto& s = d.segments[si];
        ojson o;
        o["start"] = s.start;
        o["end"] = s.end;
        o["kind"] = to_string(s.kind);
        o["status"] = to_string(s.status);
        o["duplicate_of"] = s.duplicate_of < 0 ? ojson(nullptr) : ojson(s.duplicate_of);
        o["similarity"] = s.similarity < 0 ? ojson(nullptr) : ojson(round3(s.similarity));
        o["reason"] = segment_reason(d, si);  // the code and numbers in words (segment_reason.cpp)
        segs.push_back(std::move(o));
    }
    j["segments"] = std::move(segs);
    j["clean_text"] = clean_text(d);
    j["stats"] = stats_json(d);
    entities_json(d, j);
    summary_json(d, j);
    return j;
}

inline std::string to_json(const Analysis& a, int indent) {
    ojson j;
    j["schema"] = "newsprism.analysis/1";
    j["version"] = version();
    ojson docs = ojson::array();
    for (const auto& d : a.documents) docs.push_back(document_json(d));
    j["documents"] = std::move(docs);
    ojson arr = ojson::array();
    for (const auto& c : a.cross_document) {
        ojson o;
        o["document"] = c.document;
        o["segment"] = c.segment;
        o["first_document"] = c.first_document;
        o["first_segment"] = c.first_segment;
        o["similarity"] = round3(c.similarity);
        arr.push_back(std::move(o));
    }
    j["cross_document"] = std::move(arr);
    return j.dump(indent, ' ', false, ojson::error_handler_t::replace);
}

inline std::string to_json_line(const Document& d) {
    ojson j;
    j["schema"] = "newsprism.analysis/1";
    j["version"] = version();
    ojson doc = document_json(d);
    for (auto& [k, v] : doc.items()) j[k] = std::move(v);
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

// One value as nlohmann dumps it (compact, invalid UTF-8 replaced).
inline std::string dump(const ojson& v) { return v.dump(-1, ' ', false, ojson::error_handler_t::replace); }

}  // namespace np::test::ref
