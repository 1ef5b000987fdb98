// result_parts.cpp — see result_parts.hpp. One pass over the JSON text: values are skipped by
// a small scanner (strings, escapes, nesting) and copied into parts as they are.
#include "result_parts.hpp"

#include <array>
#include <cstring>

namespace np::worker {

namespace {

struct Scanner {
    const char* p;
    const char* end;
    bool ok = true;

    void ws() {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
    }
    bool eat(char c) {
        ws();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    // A string starting at p (on the quote); returns its raw contents (escapes left as they
    // are). memchr finds the quotes (long texts: word at a time); a quote after an odd run of
    // backslashes is escaped.
    std::string_view string() {
        if (p >= end || *p != '"') {
            ok = false;
            return {};
        }
        const char* s = ++p;
        for (;;) {
            const char* q = static_cast<const char*>(std::memchr(p, '"', size_t(end - p)));
            if (!q) {
                ok = false;
                p = end;
                return {};
            }
            const char* b = q;
            while (b > s && b[-1] == '\\') --b;
            p = q + 1;
            if (((q - b) & 1) == 0) return std::string_view(s, size_t(q - s));
        }
    }
    // Skips one value; returns where it started (after white space).
    const char* value() {
        ws();
        const char* start = p;
        if (p >= end) {
            ok = false;
            return start;
        }
        if (*p == '"') {
            string();
            return start;
        }
        if (*p != '{' && *p != '[') {  // number, true, false, null
            while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n') ++p;
            return start;
        }
        // Inside a container only quotes and brackets matter: skip everything else by table.
        static constexpr auto kStop = [] {
            std::array<bool, 256> t{};
            t['"'] = t['{'] = t['}'] = t['['] = t[']'] = true;
            return t;
        }();
        int depth = 0;
        while (p < end) {
            while (p < end && !kStop[uint8_t(*p)]) ++p;
            if (p >= end) break;
            char c = *p;
            if (c == '"') {
                string();
                continue;
            }
            ++p;
            if (c == '{' || c == '[') ++depth;
            else if (--depth == 0) return start;
        }
        ok = false;
        return start;
    }
};

struct Writer {
    ResultParts& out;
    size_t open = 0;
    void begin() { open = out.bytes.size(); }
    void add(std::string_view sv) { out.bytes.append(sv.data(), sv.size()); }
    void finish() {
        out.offsets.push_back(uint32_t(open));
        out.offsets.push_back(uint32_t(out.bytes.size()));
    }
    // A part listed earlier than it is written: reserve() its place, finish_at() it later.
    size_t reserve() {
        out.offsets.push_back(0);
        out.offsets.push_back(0);
        return out.offsets.size() - 2;
    }
    void finish_at(size_t slot) {
        out.offsets[slot] = uint32_t(open);
        out.offsets[slot + 1] = uint32_t(out.bytes.size());
    }
};

// The items of the array at s.p (on '['), in parts of about part_bytes.
void items(Scanner& s, Writer& w, long doc, std::string_view field, size_t part_bytes) {
    std::string head = "{\"part\":\"items\",\"doc\":" + std::to_string(doc) + ",\"field\":\"";
    head.append(field.data(), field.size());
    head += "\",\"items\":[";
    ++s.p;  // '['
    size_t in_part = 0;
    bool any = false, first = true;
    while (s.ok) {
        s.ws();
        if (s.p < s.end && *s.p == ']') {
            ++s.p;
            break;
        }
        if (!first && !s.eat(',')) {
            s.ok = false;
            break;
        }
        first = false;
        const char* a = s.value();
        if (!any) {
            w.begin();
            w.add(head);
            any = true;
            in_part = 0;
        } else if (in_part) {
            w.add(",");
        }
        w.add(std::string_view(a, size_t(s.p - a)));
        in_part += size_t(s.p - a);
        if (in_part > part_bytes) {
            w.add("]}");
            w.finish();
            any = false;
        }
    }
    if (any) {
        w.add("]}");
        w.finish();
    }
}

// A string's raw contents (escapes as they are) in pieces of about part_bytes:
//   {"part":"text","doc":i,"field":"clean_text","piece":"..."}  (appended in order)
// Each piece is cut just before a space: never inside an escape sequence ("\ " is not JSON)
// nor inside a UTF-8 character, so each is a valid JSON string on its own.
void pieces(std::string_view raw, Writer& w, long doc, std::string_view field, size_t part_bytes) {
    std::string head = "{\"part\":\"text\",\"doc\":" + std::to_string(doc) + ",\"field\":\"";
    head.append(field.data(), field.size());
    head += "\",\"piece\":\"";
    size_t at = 0;
    while (at < raw.size()) {
        size_t cut = raw.size();
        if (raw.size() - at > part_bytes) {
            size_t space = raw.find(' ', at + part_bytes);
            if (space != std::string_view::npos) cut = space;
        }
        w.begin();
        w.add(head);
        w.add(raw.substr(at, cut - at));
        w.add("\"}");
        w.finish();
        at = cut;
    }
}

// Copies an object's members into `skeleton` with arrays written as [] and cut into items
// parts (field = the key) after it; `skeleton` ends up as the object without its arrays.
void object(Scanner& s, Writer& w, long doc, std::string& skeleton, size_t part_bytes,
            const char* special_key, std::vector<std::string_view>* special_items) {
    skeleton += '{';
    if (!s.eat('{')) {
        s.ok = false;
        return;
    }
    bool first = true;
    while (s.ok) {
        if (s.eat('}')) break;
        if (!first && !s.eat(',')) {
            s.ok = false;
            break;
        }
        s.ws();
        const char* key_start = s.p;
        std::string_view key = s.string();
        if (!s.eat(':')) {
            s.ok = false;
            break;
        }
        if (!first) skeleton += ',';
        first = false;
        skeleton.append(key_start, size_t(s.p - key_start));  // "key":
        s.ws();
        if (s.p < s.end && *s.p == '[') {
            skeleton += "[]";
            if (special_key && key == special_key && special_items) {
                // The documents: their extents, cut by the caller.
                ++s.p;
                bool f = true;
                while (s.ok) {
                    if (s.eat(']')) break;
                    if (!f && !s.eat(',')) {
                        s.ok = false;
                        break;
                    }
                    f = false;
                    const char* a = s.value();
                    special_items->emplace_back(a, size_t(s.p - a));
                }
            } else {
                items(s, w, doc, key, part_bytes);
            }
        } else {
            const char* a = s.value();
            if (doc >= 0 && *a == '"' && size_t(s.p - a) > part_bytes) {
                // A long string (a large document's clean_text): "" in the head, its text in
                // pieces after it, so no part holds megabytes.
                skeleton += "\"\"";
                pieces(std::string_view(a + 1, size_t(s.p - a) - 2), w, doc, key, part_bytes);
            } else {
                skeleton.append(a, size_t(s.p - a));
            }
        }
    }
    skeleton += '}';
}

}  // namespace

void cut_document(ResultParts& out, std::string_view doc_json, size_t index, std::string_view text_json,
                  size_t part_bytes) {
    Writer w{out};
    Scanner s{doc_json.data(), doc_json.data() + doc_json.size()};
    s.ws();
    if (s.p < s.end && *s.p == ',') ++s.p;  // AnalysisJsonStream::document's separator
    s.ws();
    const std::string_view doc(s.p, size_t(s.end - s.p));
    // A small document goes whole, its arrays in its head: one part instead of one per field
    // (a paste of 500 short articles made 3,500 parts). A large one's head is listed before
    // its items parts but written after them: its place is reserved.
    size_t head_slot = w.reserve();
    std::string head;
    if (doc.size() <= part_bytes) {
        size_t n = doc.size();
        while (n > 0 && (doc[n - 1] == ' ' || doc[n - 1] == '\n')) --n;
        head.assign(doc.data(), n);
    } else {
        object(s, w, long(index), head, part_bytes, nullptr, nullptr);
        if (!s.ok) out.ok = false;
    }
    w.begin();
    w.add("{\"part\":\"doc\",\"doc\":");
    w.add(std::to_string(index));
    w.add(",\"head\":");
    w.add(head);
    w.add(",\"text\":");
    w.add(text_json.empty() ? std::string_view("null") : text_json);
    w.add("}");
    w.finish_at(head_slot);
}

ResultParts cut_top(std::string_view json, size_t documents, size_t part_bytes) {
    ResultParts out;
    Writer w{out};
    size_t begin_slot = w.reserve();
    Scanner top{json.data(), json.data() + json.size()};
    std::string skeleton;
    std::vector<std::string_view> docs;
    object(top, w, -1, skeleton, part_bytes, "documents", &docs);
    w.begin();
    w.add("{\"part\":\"end\"}");
    w.finish();
    w.begin();
    w.add("{\"part\":\"begin\",\"documents\":" + std::to_string(documents) + ",\"top\":");
    w.add(skeleton);
    w.add("}");
    w.finish_at(begin_slot);
    out.ok = top.ok;
    return out;
}

ResultParts cut_result(std::string_view json, const std::vector<std::string>& texts, size_t part_bytes) {
    // The documents' extents first (the top object without them is cut by cut_top), then each
    // document's parts between the top's begin and end.
    Scanner scan{json.data(), json.data() + json.size()};
    std::string skeleton;
    std::vector<std::string_view> docs;
    ResultParts ignored;
    Writer none{ignored};
    object(scan, none, -1, skeleton, part_bytes, "documents", &docs);
    ResultParts top = cut_top(json, docs.size(), part_bytes);
    ResultParts out;
    out.bytes.reserve(json.size() + json.size() / 32 + 1024);
    auto copy_part = [&](const ResultParts& from, size_t k) {
        out.offsets.push_back(uint32_t(out.bytes.size()));
        out.bytes.append(from.bytes, from.offsets[2 * k], from.offsets[2 * k + 1] - from.offsets[2 * k]);
        out.offsets.push_back(uint32_t(out.bytes.size()));
    };
    const size_t top_count = top.offsets.size() / 2;  // begin, top-level items, end
    for (size_t k = 0; k + 1 < top_count; ++k) copy_part(top, k);
    for (size_t d = 0; d < docs.size(); ++d)
        cut_document(out, docs[d], d, d < texts.size() ? std::string_view(texts[d]) : std::string_view(), part_bytes);
    copy_part(top, top_count - 1);
    out.ok = scan.ok && top.ok && out.ok;
    return out;
}

}  // namespace np::worker
