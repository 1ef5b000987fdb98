// json.cpp — serialization of an Analysis, schema "newsprism.analysis/1" (docs/schema.md,
// docs/analysis.schema.json). nlohmann::ordered_json keeps keys in the documented order.
//
// Index
//   1. Enum names
//   2. clean_text()
//   3. Document object: id, title, bytes, segments, clean_text, stats, then the later
//      stages' fields (entities_to_json / summary_to_json, json_parts.hpp)
//   4. to_json() / to_json_line()
#include <nlohmann/json.hpp>

#include "json_parts.hpp"
#include "newsprism.hpp"
#include "text.hpp"

namespace np {

using ojson = nlohmann::ordered_json;

const char* version() { return NEWSPRISM_VERSION; }

// ---- 1. Enum names -----------------------------------------------------------------------------
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

// ---- 2. clean_text --------------------------------------------------------------------------------
std::string clean_text(const Document& doc) {
    std::string out;
    for (const auto& s : doc.segments) {
        if (!s.kept()) continue;
        if (!out.empty()) out += "\n\n";
        out += text::display(doc.text, s.start, s.end);
    }
    return out;
}

// ---- 3. Document object ----------------------------------------------------------------------------
// Similarities are estimates: 3 decimals are all the precision they carry.
static double round3(float v) { return double(int64_t(double(v) * 1000.0 + 0.5)) / 1000.0; }

static ojson stats_json(const Document& d) {
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
    st["sentences"] = d.sentences.size();
    st["tokens"] = d.tokens.size();
    return st;
}

static ojson document_json(const Document& d) {
    ojson j;
    j["id"] = d.id;
    j["title"] = d.title;
    j["bytes"] = d.text.size();
    ojson segs = ojson::array();
    for (const auto& s : d.segments) {
        ojson o;
        o["start"] = s.start;
        o["end"] = s.end;
        o["kind"] = to_string(s.kind);
        o["status"] = to_string(s.status);
        o["duplicate_of"] = s.duplicate_of < 0 ? ojson(nullptr) : ojson(s.duplicate_of);
        o["similarity"] = s.similarity < 0 ? ojson(nullptr) : ojson(round3(s.similarity));
        o["reason"] = s.reason;
        segs.push_back(std::move(o));
    }
    j["segments"] = std::move(segs);
    j["clean_text"] = clean_text(d);
    j["stats"] = stats_json(d);
    entities_to_json(d, j);
    summary_to_json(d, j);
    return j;
}

static ojson cross_json(const Analysis& a) {
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
    return arr;
}

// ---- 4. to_json / to_json_line -------------------------------------------------------------------
std::string to_json(const Analysis& a, int indent) {
    ojson j;
    j["schema"] = "newsprism.analysis/1";
    j["version"] = version();
    ojson docs = ojson::array();
    for (const auto& d : a.documents) docs.push_back(document_json(d));
    j["documents"] = std::move(docs);
    j["cross_document"] = cross_json(a);
    // Strings are display-safe already; "replace" guards against any stray invalid byte.
    return j.dump(indent, ' ', false, ojson::error_handler_t::replace);
}

// One JSONL line: {"schema","version", then the document's own fields}.
std::string to_json_line(const Document& d, const Analysis&) {
    ojson j;
    j["schema"] = "newsprism.analysis/1";
    j["version"] = version();
    ojson doc = document_json(d);
    for (auto& [k, v] : doc.items()) j[k] = std::move(v);
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

}  // namespace np
