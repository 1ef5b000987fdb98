// json.cpp — serialization of an Analysis, schema "newsprism.analysis/1" (docs/schema.md).
#include <nlohmann/json.hpp>

#include "json_parts.hpp"
#include "newsprism.hpp"
#include "text.hpp"

namespace np {

using nlohmann::json;

const char* version() { return NEWSPRISM_VERSION; }

const char* to_string(SegmentKind k) {
    switch (k) {
        case SegmentKind::paragraph: return "paragraph";
        case SegmentKind::heading: return "heading";
        case SegmentKind::list_item: return "list_item";
        case SegmentKind::boilerplate: return "boilerplate";
        case SegmentKind::metadata: return "metadata";
    }
    return "paragraph";
}

const char* to_string(SegmentStatus s) {
    switch (s) {
        case SegmentStatus::kept: return "kept";
        case SegmentStatus::duplicate: return "duplicate";
        case SegmentStatus::boilerplate: return "boilerplate";
    }
    return "kept";
}

std::string clean_text(const Document& doc) {
    std::string out;
    for (const auto& s : doc.segments) {
        if (!s.kept()) continue;
        if (!out.empty()) out += "\n\n";
        out += text::display(doc.text, s.start, s.end);
    }
    return out;
}

static json document_json(const Document& d) {
    json j;
    j["id"] = d.id;
    j["title"] = d.title;
    j["bytes"] = d.text.size();
    json segs = json::array();
    for (const auto& s : d.segments) {
        json o;
        o["start"] = s.start;
        o["end"] = s.end;
        o["kind"] = to_string(s.kind);
        o["status"] = to_string(s.status);
        o["duplicate_of"] = s.duplicate_of < 0 ? json(nullptr) : json(s.duplicate_of);
        o["similarity"] = s.similarity < 0 ? json(nullptr) : json(double(s.similarity));
        o["reason"] = s.reason;
        segs.push_back(std::move(o));
    }
    j["segments"] = std::move(segs);
    j["clean_text"] = clean_text(d);
    json st;
    st["invalid_bytes"] = d.norm.invalid_bytes;
    j["stats"] = std::move(st);
    entities_to_json(d, j);
    summary_to_json(d, j);
    return j;
}

static json cross_json(const Analysis& a) {
    json arr = json::array();
    for (const auto& c : a.cross_document)
        arr.push_back({{"document", c.document}, {"segment", c.segment},
                       {"first_document", c.first_document}, {"first_segment", c.first_segment},
                       {"similarity", c.similarity}});
    return arr;
}

std::string to_json(const Analysis& a, int indent) {
    json j;
    j["schema"] = "newsprism.analysis/1";
    j["version"] = version();
    json docs = json::array();
    for (const auto& d : a.documents) docs.push_back(document_json(d));
    j["documents"] = std::move(docs);
    j["cross_document"] = cross_json(a);
    // Strings are display-safe already; "replace" guards against any stray invalid byte.
    return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string to_json_line(const Document& d, const Analysis&) {
    json j = document_json(d);
    j["schema"] = "newsprism.analysis/1";
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace np
