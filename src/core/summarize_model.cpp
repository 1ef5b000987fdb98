// summarize_model.cpp — loads the summary stages' models: the issue taxonomy (issues.json)
// and the trade lexicon (trade-lexicon.json), compiling their patterns into token tries.
// Malformed files are reported with the file name and the JSON path of the bad value.
//
// Index
//   1. trie_add (pattern compilation, inflections)
//   2. JSON validation helpers
//   3. issues.json
//   4. trade-lexicon.json
//   5. load_summary_models
#include <cctype>

#include "json_view.hpp"

#include "measures.hpp"
#include "models.hpp"
#include "summarize_view.hpp"
#include "text.hpp"

namespace np {

using json = jv::Value;

// ---- 1. trie_add ------------------------------------------------------------------------------------
namespace {

void inflections(const std::string& w, std::vector<std::string>& out) {
    out.push_back(w);
    if (w.size() < 3 || !std::isalpha(static_cast<unsigned char>(w.back()))) return;
    char last = w.back();
    char prev = w[w.size() - 2];
    bool vowel_prev = prev == 'a' || prev == 'e' || prev == 'i' || prev == 'o' || prev == 'u';
    bool sibilant = last == 's' || last == 'x' || last == 'z' || last == 'o' ||
                    (last == 'h' && (prev == 'c' || prev == 's'));
    if (sibilant) out.push_back(w + "es");
    else if (last == 'y' && !vowel_prev) { out.push_back(w.substr(0, w.size() - 1) + "ies"); out.push_back(w.substr(0, w.size() - 1) + "ied"); }
    else out.push_back(w + "s");
    if (w.size() < 4) return;  // "car" must not match "caring"
    if (last == 'e') { out.push_back(w + "d"); out.push_back(w.substr(0, w.size() - 1) + "ing"); }
    else if (last != 'y' && last != 's') { out.push_back(w + "ed"); out.push_back(w + "ing"); }
}

}  // namespace

bool trie_add(PhraseTrie& trie, WordIds& words, std::string_view pattern, uint32_t payload, bool inflect) {
    std::vector<sv::Tok> toks;
    std::string low;
    sv::tokenize(pattern, 0, uint32_t(pattern.size()), toks, low);
    // '*' is punctuation to the tokenizer: glue it back to the word before it.
    std::vector<std::pair<std::string, bool>> parts;  // (word, is_prefix)
    for (const auto& t : toks) {
        std::string w = low.substr(t.lo, t.lolen);
        if (w == "*" && !parts.empty()) { parts.back().second = true; continue; }
        if (t.kind == sv::TK::quote) continue;
        parts.emplace_back(w, false);
    }
    if (parts.empty()) return false;
    // Expand the last word into its inflections; every path ends with the payload.
    std::vector<std::string> lasts;
    if (inflect && !parts.back().second) inflections(parts.back().first, lasts);
    else lasts.push_back(parts.back().first);
    for (const auto& lw : lasts) {
        uint32_t node = 0;
        for (size_t i = 0; i < parts.size(); ++i) {
            const std::string& w = i + 1 == parts.size() ? lw : parts[i].first;
            bool prefix = parts[i].second;
            uint32_t child = 0;
            if (prefix) {
                bool found = false;
                for (const auto& pe : trie.nodes[node].prefix_edges)
                    if (pe.first == w) { child = pe.second; found = true; }
                if (!found) {
                    child = uint32_t(trie.nodes.size());
                    trie.nodes.emplace_back();
                    trie.nodes[node].prefix_edges.emplace_back(w, child);
                }
            } else {
                uint64_t key = (uint64_t(node) << 32) | uint64_t(words.intern(w));
                if (const uint32_t* c = trie.edges.find(key)) child = *c;
                else {
                    child = uint32_t(trie.nodes.size());
                    trie.nodes.emplace_back();
                    trie.edges.emplace(key, child);
                }
            }
            node = child;
        }
        auto& pl = trie.nodes[node].payloads;
        if (std::find(pl.begin(), pl.end(), payload) == pl.end()) pl.push_back(payload);
    }
    if (parts.size() > trie.max_len) trie.max_len = uint32_t(parts.size());
    return true;
}

// ---- 2. JSON validation helpers ----------------------------------------------------------------------
namespace {

// A name the output repeats (an issue's id and label) must be valid UTF-8: the JSON writer
// replaces bad bytes, so an id with one would come out as an id the taxonomy does not hold.
bool valid_utf8(const std::string& s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (size_t i = 0; i < s.size();) {
        const int n = text::utf8_valid_len(p + i, s.size() - i);
        if (n <= 0) return false;
        i += size_t(n);
    }
    return true;
}

struct Checker {
    std::string file;
    std::string& error;
    bool ok = true;
    bool fail(const std::string& path, const std::string& what) {
        if (!error.empty() && error.back() != '\n') error += "\n";
        error += file + ": " + (path.empty() ? "/" : path) + ": " + what;
        ok = false;
        return false;
    }
    // Optional string member: absent or null is fine.
    bool opt_string(const json& o, const char* key, const std::string& path, std::string& out) {
        json v = o.find(key);
        if (!v || v.is_null()) return true;
        if (!v.is_string()) return fail(path + "/" + key, "expected a string");
        out = v.str();
        if (!valid_utf8(out)) return fail(path + "/" + key, "not valid UTF-8");
        return true;
    }
    // Optional boolean member: absent or null is false.
    bool opt_bool(const json& o, const char* key, const std::string& path, bool& out) {
        json v = o.find(key);
        if (!v || v.is_null()) return true;
        if (!v.is_boolean()) return fail(path + "/" + key, "expected true or false");
        out = v.boolean();
        return true;
    }
    bool req_string(const json& o, const char* key, const std::string& path, std::string& out) {
        json v = o.find(key);
        if (!v) return fail(path, std::string("missing \"") + key + "\"");
        if (!v.is_string()) return fail(path + "/" + key, "expected a string");
        out = v.str();
        if (out.empty()) return fail(path + "/" + key, "must not be empty");
        if (!valid_utf8(out)) return fail(path + "/" + key, "not valid UTF-8");
        return true;
    }
    // Array of strings (absent = empty). Calls f(string, path) for each.
    template <class F>
    bool strings(const json& o, const char* key, const std::string& path, bool required, F f) {
        json v = o.find(key);
        if (!v || v.is_null()) return required ? fail(path, std::string("missing \"") + key + "\"") : true;
        if (!v.is_array()) return fail(path + "/" + key, "expected an array of strings");
        if (required && v.size() == 0) return fail(path + "/" + key, "must not be empty");
        size_t i = 0;
        for (json s : v) {
            std::string p = path + "/" + key + "/" + std::to_string(i++);
            if (!s.is_string()) return fail(p, "expected a string");
            if (!f(s.str(), p)) return false;
        }
        return true;
    }
};

bool parse_root(Checker& c, const std::string& text, jv::Doc& doc, json& root) {
    if (!doc.parse(text.data(), text.size())) return c.fail("", "not valid JSON");
    root = doc.root();
    if (!root.is_object()) return c.fail("", "expected an object");
    return true;
}

}  // namespace

// ---- 3. issues.json ----------------------------------------------------------------------------------
static bool load_taxonomy(const std::string& text, SummaryModels& m, std::string& error) {
    Checker c{"issues.json", error};
    jv::Doc doc;
    json root;
    if (!parse_root(c, text, doc, root)) return false;
    json arr = root.find("issues");
    if (!arr) return c.fail("", "missing \"issues\"");
    if (!arr.is_array()) return c.fail("/issues", "expected an array");
    if (arr.size() == 0) return c.fail("/issues", "must not be empty");
    size_t i = 0;
    for (json o : arr) {
        std::string path = "/issues/" + std::to_string(i++);
        if (!o.is_object()) return c.fail(path, "expected an object");
        IssueDef d;
        if (!c.req_string(o, "id", path, d.id) || !c.req_string(o, "label", path, d.label) ||
            !c.opt_string(o, "description", path, d.description) || !c.opt_string(o, "parent", path, d.parent) ||
            !c.opt_bool(o, "skip_amount_units", path, d.skip_amount_units) ||
            !c.opt_bool(o, "skip_office_names", path, d.skip_office_names))
            return false;
        for (const auto& e : m.issues)
            if (e.id == d.id) return c.fail(path + "/id", "duplicate id \"" + d.id + "\"");
        uint32_t index = uint32_t(m.issues.size());
        m.issues.push_back(d);
        bool ok = c.strings(o, "patterns", path, true, [&](const std::string& s, const std::string& p) {
            if (!trie_add(m.issue_trie, m.words, s, index, true)) return c.fail(p, "pattern has no words");
            return true;
        });
        if (!ok) return false;
    }
    for (size_t i = 0; i < m.issues.size(); ++i) {
        const std::string& parent = m.issues[i].parent;
        if (parent.empty()) continue;
        bool found = false;
        for (const auto& e : m.issues) found = found || e.id == parent;
        if (!found) return c.fail("/issues/" + std::to_string(i) + "/parent", "unknown issue id \"" + parent + "\"");
    }
    m.has_taxonomy = true;
    return true;
}

// ---- 4. trade-lexicon.json ----------------------------------------------------------------------------
static bool load_lexicon(const std::string& text, SummaryModels& m, std::string& error) {
    Checker c{"trade-lexicon.json", error};
    jv::Doc doc;
    json root;
    if (!parse_root(c, text, doc, root)) return false;
    for (const char* group : {"places", "blocs"}) {
        json arr = root.find(group);
        if (!arr) continue;
        std::string gpath = std::string("/") + group;
        if (!arr.is_array()) return c.fail(gpath, "expected an array");
        size_t i = 0;
        for (json o : arr) {
            std::string path = gpath + "/" + std::to_string(i++);
            if (!o.is_object()) return c.fail(path, "expected an object");
            Place pl;
            if (!c.req_string(o, "name", path, pl.name)) return false;
            uint32_t index = uint32_t(m.places.size());
            m.places.push_back(pl);
            auto add = [&](PlaceForm f) {
                return [&, f](const std::string& s, const std::string& p) {
                    if (!trie_add(m.place_trie, m.words, s, index * 4 + uint32_t(f), false))
                        return c.fail(p, "name has no words");
                    return true;
                };
            };
            PlaceForm main = std::string(group) == "blocs" ? PlaceForm::bloc : PlaceForm::name;
            if (!add(main)(pl.name, path + "/name")) return false;
            // A demonym's plural is read too ("Bolivian" -> "Bolivians", "Croat" -> "Croats"), so
            // the file lists the singular only; not after a sibilant or "-ese" ("Swiss", "Polish",
            // "French", "Chinese": the same word, or a verb's forms), nor a hyphened form ("US-made").
            const auto demonym = [&](const std::string& s, const std::string& p) {
                if (!add(PlaceForm::demonym)(s, p)) return false;
                const char z = s.empty() ? '\0' : s.back();
                const bool plural = std::isalpha(static_cast<unsigned char>(z)) && z != 's' && z != 'x' && z != 'z' &&
                                    z != 'y' && !s.ends_with("sh") && !s.ends_with("ch") && !s.ends_with("ese") &&
                                    s.find('-') == std::string::npos;
                return !plural || add(PlaceForm::demonym)(s + "s", p);
            };
            if (!c.strings(o, "aliases", path, false, add(main)) || !c.strings(o, "demonyms", path, false, demonym) ||
                !c.strings(o, "capitals", path, false, add(PlaceForm::capital)))
                return false;
        }
    }
    if (!c.strings(root, "goods", "", false, [&](const std::string& s, const std::string& p) {
            if (!trie_add(m.goods_trie, m.words, s, 0, true)) return c.fail(p, "pattern has no words");
            return true;
        }))
        return false;
    // "same_goods": [["chip", "semiconductor", ...], ...]: one good's names, the first for all
    if (json sg = root.find("same_goods"); sg && !sg.is_null()) {
        if (!sg.is_array()) return c.fail("/same_goods", "expected an array of arrays of words");
        size_t i = 0;
        for (json g : sg) {
            const std::string path = "/same_goods/" + std::to_string(i++);
            if (!g.is_array() || g.size() < 2) return c.fail(path, "expected an array of two or more words");
            std::string first;
            size_t k = 0;
            for (json word : g) {
                const std::string p = path + "/" + std::to_string(k);
                std::string w = word.str();
                if (!word.is_string() || w.empty()) return c.fail(p, "expected a word");
                for (char& ch : w) ch = char(std::tolower(static_cast<unsigned char>(ch)));
                if (w.find(' ') != std::string::npos) return c.fail(p, "expected one word");
                const std::string stem = goods_stem(w);
                if (k == 0) first = stem;
                m.same_goods[stem] = first;
                ++k;
            }
        }
    }
    // "not_parties": ["Asian", "Communists", ...]: NORP names that are no nation (exact text)
    if (!c.strings(root, "not_parties", "", false, [&](const std::string& s, const std::string& p) {
            if (s.empty()) return c.fail(p, "must not be empty");
            m.not_parties.push_back(s);
            return true;
        }))
        return false;
    m.has_lexicon = true;
    return true;
}

std::string goods_stem(std::string_view w) {
    std::string s(w);
    if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') s.pop_back();
    return s;
}

// ---- 5. load_summary_models -----------------------------------------------------------------------------
bool load_summary_models(const Resources& res, SummaryModels& out, std::string& error) {
    out = SummaryModels();
    bool ok = true;
    auto warn = [&](const char* name) {
        if (!error.empty() && error.back() != '\n') error += "\n";
        error += std::string(name) + ": missing, stage disabled";
    };
    auto tax = res.files.find("issues.json");
    if (tax == res.files.end()) warn("issues.json");
    else ok = load_taxonomy(tax->second, out, error) && ok;
    auto lex = res.files.find("trade-lexicon.json");
    if (lex == res.files.end()) warn("trade-lexicon.json");
    else ok = load_lexicon(lex->second, out, error) && ok;
    measures::register_grammar(out);
    sv::register_grammar(out);
    out.words.seal();
    out.loaded = ok;
    return ok;
}

}  // namespace np
