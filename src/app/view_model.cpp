// view_model.cpp — reading the analysis parts into the view model. Parts are read with
// json_view.hpp (a flat index into the part's text, no tree of allocations); every access
// checks the type first, and a missing field reads as its default.
//
// Index
//   1. Entity types
//   2. Safe JSON access
//   3. One array item per field
//   4. VmBuilder: start / feed / finish (indexes, names)
#include "view_model.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "../core/json_view.hpp"

namespace np::ui {

using json = jv::Value;

// ---- 1. Entity types --------------------------------------------------------------------------
static const char* const kTypeNames[kTypeCount] = {"PERSON", "ORG", "GPE", "LOC", "NORP",
                                                   "DATE", "PERCENT", "MONEY", "OTHER"};
static const char* const kTypeDescriptions[kTypeCount] = {
    "people", "organizations", "countries, cities, states", "other places", "nationalities, groups",
    "dates", "percentages", "money", "other"};

int type_index(const std::string& type) {
    for (int i = 0; i < T_OTHER; ++i)
        if (type == kTypeNames[i]) return i;
    return T_OTHER;
}
const char* type_label(int t) { return t >= 0 && t < kTypeCount ? kTypeNames[t] : "OTHER"; }
const char* type_description(int t) { return t >= 0 && t < kTypeCount ? kTypeDescriptions[t] : ""; }

std::string VmDocument::slice(Span s) const {
    if (!text) return {};
    uint32_t n = uint32_t(text->size());
    uint32_t a = std::min(s.start, n), b = std::min(std::max(s.end, a), n);
    return text->substr(a, b - a);
}

// ---- 2. Safe JSON access -----------------------------------------------------------------------
namespace {

json field(const json& o, const char* key) { return o.find(key); }

std::string str(const json& o, const char* key) { return o.find(key).str(); }

double num(const json& o, const char* key, double def) {
    json v = o.find(key);
    return v.is_number() ? v.number() : def;
}

int integer(const json& o, const char* key, int def) {
    json v = o.find(key);
    return v.is_number() ? int(v.number()) : def;
}

Span span_of(const json& o) {
    Span s;
    if (!o.is_object()) return s;
    double a = num(o, "start", 0), b = num(o, "end", 0);
    s.start = a > 0 ? uint32_t(a) : 0;
    s.end = b > 0 ? uint32_t(b) : 0;
    return s;
}

std::string number_text(double v) {
    char buf[64];
    if (v > -9e15 && v < 9e15 && v == double(int64_t(v))) {
        // Integers (most stats) without printf: every document's stats pass through here.
        auto r = std::to_chars(buf, buf + sizeof buf, int64_t(v));
        return std::string(buf, r.ptr);
    }
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

// An object's members by key: the order the UI has always shown them in (nlohmann's json,
// which the parts were read with before, keeps keys sorted).
std::vector<json> sorted_members(const json& o) {
    std::vector<json> m;
    for (json x : o) m.push_back(x);
    std::stable_sort(m.begin(), m.end(), [](const json& a, const json& b) { return a.key() < b.key(); });
    return m;
}

// Any JSON value as a short line: strings as is, arrays joined, objects as "key: value".
std::string brief(const json& v) {
    if (v.is_string()) return v.str();
    if (v.is_number()) return number_text(v.number());
    if (v.is_boolean()) return v.boolean() ? "yes" : "no";
    std::string out;
    if (v.is_array()) {
        for (json x : v) {
            std::string s = brief(x);
            if (s.empty()) continue;
            if (!out.empty()) out += ", ";
            out += s;
        }
    } else if (v.is_object()) {
        for (json x : sorted_members(v)) {
            std::string s = brief(x);
            if (s.empty()) continue;
            if (!out.empty()) out += "; ";
            out.append(x.key().data(), x.key().size());
            out += ": " + s;
        }
    }
    return out;
}

std::string brief_field(const json& o, const char* key) {
    json v = o.find(key);
    return v ? brief(v) : std::string();
}

std::string rate_text(const json& r, double& value) {
    value = -1;
    if (r.is_number()) {
        value = r.number();
        return number_text(value);
    }
    if (!r.is_object()) return brief(r);
    json v = r.find("value");
    if (!v.is_number()) return brief(r);
    value = v.number();
    std::string unit = str(r, "unit");
    std::string n = number_text(value);
    // a range of rates ("between 15% and 41%"): "15–41%", sorted by its low end
    if (json mx = r.find("max"); mx.is_number()) n += "\u2013" + number_text(mx.number());
    if (unit == "percent" || unit == "%") return n + "%";
    if (unit == "USD" || unit == "usd" || unit == "dollar") return "$" + n;
    if (unit.empty()) return n;
    // A quota's level ("tonnes", "barrels per day"): "2.3 million tonnes", not "2300000 tonnes".
    char buf[48];
    if (value >= 1e9) std::snprintf(buf, sizeof buf, "%.4g billion", value / 1e9);
    else if (value >= 1e6) std::snprintf(buf, sizeof buf, "%.4g million", value / 1e6);
    else buf[0] = 0;
    return (buf[0] ? std::string(buf) : n) + " " + unit;
}

int entity_ref(const json& o, const char* key) {
    json v = o.find(key);
    return v.is_number() ? int(v.number()) : -1;
}

// ---- 3. One array item per field ----------------------------------------------------------------
void add_segment(VmDocument& d, const json& s) {
    VmSegment g;
    g.span = span_of(s);
    g.kind = str(s, "kind");
    g.status = str(s, "status");
    g.reason = str(s, "reason");
    g.duplicate_of = integer(s, "duplicate_of", -1);
    g.similarity = float(num(s, "similarity", -1));
    g.kept = g.status.empty() || g.status == "kept";
    d.segments.push_back(std::move(g));
}

void add_entity(VmDocument& d, const json& e) {
    VmEntity x;
    x.id = integer(e, "id", int(d.entities.size()));
    x.name = str(e, "name");
    x.type = str(e, "type");
    x.type_idx = type_index(x.type);
    x.role = str(e, "role");
    x.affiliation = integer(e, "affiliation", -1);  // an id until finish()
    x.count = integer(e, "count", 0);
    if (json al = field(e, "aliases"); al.is_array())
        for (json a : al)
            if (a.is_string()) x.aliases.push_back(a.str());
    if (json ms = field(e, "mentions"); ms.is_array())
        for (json m : ms) x.mentions.push_back(span_of(m));
    if (x.count == 0) x.count = int(x.mentions.size());
    d.entities.push_back(std::move(x));
}

void add_measure(VmDocument& d, const json& m) {
    VmMeasure x;
    x.id = brief_field(m, "id");
    x.kind = brief_field(m, "kind");
    if (json r = field(m, "rate"); r && !r.is_null()) x.rate = rate_text(r, x.rate_value);
    x.change = brief_field(m, "change");
    x.imposer_id = entity_ref(m, "imposer");
    x.target_id = entity_ref(m, "target");
    // Names as sent (imposer_name / target_name, or a string in place of the id); an entity id,
    // when present, is resolved to the entity's canonical name in finish().
    x.imposer = str(m, "imposer_name");
    x.target = str(m, "target_name");
    if (x.imposer.empty() && x.imposer_id < 0) x.imposer = brief_field(m, "imposer");
    if (x.target.empty() && x.target_id < 0) x.target = brief_field(m, "target");
    x.goods = brief_field(m, "goods");
    x.reason = brief_field(m, "reason");
    x.status = brief_field(m, "status");
    x.time = brief_field(m, "time");
    x.condition = brief_field(m, "condition");
    if (json h = field(m, "history"); h.is_array())
        for (json e : h) {
            json s = field(e, "sentence");
            x.history.emplace_back(brief_field(e, "status"), s ? span_of(s) : Span{});
        }
    if (json ev = field(m, "evidence"); ev.is_array())
        for (json e : ev) x.evidence.push_back(span_of(e));
    d.measures.push_back(std::move(x));
}

void add_issue(VmDocument& d, const json& i) {
    VmIssue x;
    x.id = brief_field(i, "id");
    x.label = brief_field(i, "label");
    if (x.label.empty()) x.label = x.id;
    x.mentions = integer(i, "mentions", 0);
    x.salience = num(i, "salience", 0);
    if (json k = field(i, "key_sentences"); k.is_array())
        for (json s : k) x.key_sentences.push_back(span_of(s));
    if (json a = field(i, "actors"); a.is_array())
        for (json e : a) {
            VmActor act;
            act.entity = entity_ref(e, "entity");  // an id until finish()
            act.name = str(e, "name");
            if (act.name.empty() && act.entity < 0) act.name = brief_field(e, "entity");
            act.stance = brief_field(e, "stance");
            x.actors.push_back(std::move(act));
        }
    if (json q = field(i, "quotes"); q.is_array())
        for (json e : q)
            if (e.is_number()) x.quotes.push_back(int(e.number()));
    d.issues.push_back(std::move(x));
}

void add_quote(VmDocument& d, const json& q) {
    VmQuote x;
    x.span = span_of(q);
    if (json s = field(q, "sentence")) x.sentence = span_of(s);
    x.text = str(q, "text");
    x.speaker = entity_ref(q, "speaker");  // an id until finish()
    x.speaker_name = str(q, "speaker_name");
    x.verb = str(q, "verb");
    d.quotes.push_back(std::move(x));
}

void add_item(ViewModel& vm, VmDocument* d, const std::string& f, const json& item) {
    if (!d) {
        if (f == "cross_document" && item.is_object()) {
            VmCross c;
            c.document = integer(item, "document", 0);
            c.segment = integer(item, "segment", 0);
            c.first_document = integer(item, "first_document", 0);
            c.first_segment = integer(item, "first_segment", 0);
            c.similarity = float(num(item, "similarity", 1));
            vm.cross.push_back(c);
        }
        return;
    }
    if (!item.is_object()) return;
    if (f == "segments") add_segment(*d, item);
    else if (f == "entities") add_entity(*d, item);
    else if (f == "measures") add_measure(*d, item);
    else if (f == "issues") add_issue(*d, item);
    else if (f == "quotes") add_quote(*d, item);
    else if (f == "summary") d->summary.push_back({span_of(item), num(item, "score", 0)});
}

}  // namespace

// ---- 4. VmBuilder -------------------------------------------------------------------------------
void VmBuilder::start(uint64_t generation, std::vector<std::shared_ptr<const std::string>> texts, double ms) {
    vm = ViewModel{};
    vm.generation = generation;
    vm.analysis_ms = ms;
    texts_ = std::move(texts);
    error.clear();
    active_ = true;
}

bool VmBuilder::feed(const char* part, size_t len) {
    if (!active_) return false;
    if (!reader_.parse(part, len) || !reader_.root().is_object()) {
        if (error.empty()) error = "a malformed analysis part was skipped";
        return false;
    }
    json p = reader_.root();
    std::string kind = str(p, "part");
    if (kind == "begin") {
        json top = field(p, "top");
        vm.schema = str(top, "schema");
        vm.version = str(top, "version");
        int n = integer(p, "documents", 0);
        vm.docs.resize(size_t(std::max(0, std::min(n, 1 << 20))));
    } else if (kind == "doc") {
        int i = integer(p, "doc", -1);
        if (i < 0 || i >= int(vm.docs.size())) return false;
        VmDocument& d = vm.docs[size_t(i)];
        if (json head = field(p, "head")) {
            d.id = brief_field(head, "id");
            d.title = str(head, "title");
            if (json st = field(head, "stats"); st.is_object()) {
                for (json x : sorted_members(st)) d.stats.emplace_back(std::string(x.key()), brief(x));
                d.repeated_fraction = num(st, "repeated_fraction", -1);
            }
            // A small document comes whole; a large one has [] here and items parts after.
            for (json x : head)
                if (x.is_array() && x.begin() != x.end()) {
                    std::string f(x.key());
                    for (json it : x) add_item(vm, &d, f, it);
                }
        }
        json t = field(p, "text");
        if (t.is_string()) d.text = std::make_shared<const std::string>(t.str());
        else if (size_t(i) < texts_.size()) d.text = texts_[size_t(i)];
        if (!d.text) d.text = std::make_shared<const std::string>();
    } else if (kind == "items") {
        int i = integer(p, "doc", -1);
        VmDocument* d = i >= 0 && i < int(vm.docs.size()) ? &vm.docs[size_t(i)] : nullptr;
        if (i >= 0 && !d) return false;
        std::string f = str(p, "field");
        if (json items = field(p, "items"); items.is_array())
            for (json it : items) add_item(vm, d, f, it);
    } else if (kind == "end") {
        finish();
        return true;
    }
    return false;
}

// Resolves entity ids to indexes and names, builds the sorted mention list, derives counts.
void VmBuilder::finish() {
    active_ = false;
    for (auto& d : vm.docs) {
        if (!d.text) d.text = std::make_shared<const std::string>();
        int max_id = -1;
        for (const auto& e : d.entities) max_id = std::max(max_id, e.id);
        d.entity_by_id.assign(size_t(std::max(0, std::min(max_id + 1, 1 << 24))), -1);
        for (size_t k = 0; k < d.entities.size(); ++k)
            if (d.entities[k].id >= 0 && d.entities[k].id < int(d.entity_by_id.size()))
                d.entity_by_id[size_t(d.entities[k].id)] = int(k);
        for (auto& e : d.entities) e.affiliation = d.entity_index(e.affiliation);
        auto name_of = [&](int idx) { return idx >= 0 ? d.entities[size_t(idx)].name : std::string(); };
        for (auto& m : d.measures) {
            m.imposer_id = d.entity_index(m.imposer_id);
            m.target_id = d.entity_index(m.target_id);
            if (m.imposer_id >= 0) m.imposer = name_of(m.imposer_id);
            if (m.target_id >= 0) m.target = name_of(m.target_id);
        }
        for (auto& is : d.issues)
            for (auto& a : is.actors) {
                a.entity = d.entity_index(a.entity);
                if (a.entity >= 0 && a.name.empty()) a.name = name_of(a.entity);
            }
        for (auto& q : d.quotes) {
            q.speaker = d.entity_index(q.speaker);
            if (q.speaker_name.empty()) q.speaker_name = name_of(q.speaker);
            if (q.text.empty()) q.text = d.slice(q.span);
        }
        const uint32_t n = uint32_t(d.text->size());
        for (size_t k = 0; k < d.entities.size(); ++k)
            for (const auto& s : d.entities[k].mentions)
                if (s.start < s.end && s.end <= n) d.mentions.push_back({s, int(k)});
        std::sort(d.mentions.begin(), d.mentions.end(),
                  [](const VmMention& a, const VmMention& b) { return a.span.start < b.span.start; });
        for (const auto& s : d.segments) {
            uint64_t b = s.span.end > s.span.start ? s.span.end - s.span.start : 0;
            if (s.kept) {
                d.kept_bytes += b;
            } else {
                ++d.removed_segments;
                d.removed_bytes += b;
                if (s.status == "duplicate") ++d.duplicate_segments;
                else ++d.boilerplate_segments;
            }
        }
    }
    for (const auto& c : vm.cross)
        if (c.document >= 0 && c.document < int(vm.docs.size())) {
            auto& segs = vm.docs[size_t(c.document)].segments;
            if (c.segment >= 0 && c.segment < int(segs.size())) {
                segs[size_t(c.segment)].first_doc = c.first_document;
                segs[size_t(c.segment)].first_seg = c.first_segment;
            }
        }
    vm.valid = true;
}

}  // namespace np::ui
