// ner_group.cpp — mentions become entities: one per real-world referent in the document.
//   PERSON  a shorter name that ends a fuller one joins it ("Trump" -> "Donald Trump"),
//           leading titles/honorifics are not part of the name key ("President Trump").
//   GPE     gazetteer canonical forms ("US", "U.S.", "America" -> "United States"); a capital
//           used as its government ("Washington said") joins the country when both appear.
//   ORG     canonical forms, and acronyms of a longer name ("WHO" -> "World Health Organization").
//   others  same text (case-insensitive).
// The canonical name is the fullest form; aliases are the other surface forms.
#include <algorithm>
#include <cstdint>
#include <map>
#include <unordered_map>

#include "ner_stage.hpp"
#include "ner_text.hpp"
#include "text.hpp"

namespace np::ner {

namespace {

struct Work {
    std::vector<std::string_view> tokens;  // lowercased name tokens (titles stripped), views into the sentence
    std::string text;                 // display text of the mention
    std::string key;
    int32_t entity = -1;
};

bool is_title_token(const EntityModels* m, std::string_view w) {
    return m && (m->lexicon.kinds_of(hash_lower(w)) & LK_TITLE);
}

std::string acronym(const std::string& name) {
    std::string a;
    bool start = true;
    for (char c : name) {
        if (c == ' ' || c == '-') { start = true; continue; }
        if (start && c >= 'A' && c <= 'Z') a += c;
        start = false;
    }
    return a;
}

bool preceded_by_place_word(const StageSentence& s, uint32_t start) {
    if (start == 0) return false;
    std::string l = lower(s.words[start - 1]);
    return l == "in" || l == "to" || l == "from" || l == "at" || l == "near" || l == "of" || l == "outside" || l == "around" || l == "visit" || l == "visited";
}

}  // namespace

void group_entities(Document& doc, const std::vector<StageSentence>& sents,
                    const std::vector<RawMention>& ms, const EntityModels* m) {
    doc.entities.clear();
    std::vector<Work> w(ms.size());
    for (size_t i = 0; i < ms.size(); ++i) {
        const RawMention& r = ms[i];
        const StageSentence& s = sents[r.sentence];
        const Token& a = doc.tokens[s.first_token + r.start];
        const Token& b = doc.tokens[s.first_token + r.end - 1];
        w[i].text = text::display(doc.text, a.start, b.end);
        uint32_t st = r.start;
        if (r.type == EntityType::PERSON)
            while (st + 1 < r.end && is_title_token(m, s.words[st])) ++st;
        w[i].tokens.assign(s.lower.begin() + st, s.lower.begin() + r.end);
        std::string key;
        for (const auto& t : w[i].tokens) { if (!key.empty()) key += ' '; key += t; }
        if (m && (r.type == EntityType::GPE || r.type == EntityType::ORG || r.type == EntityType::LOC || r.type == EntityType::NORP)) {
            LexMatch lm = m->lexicon.lookup_tokens(&s.hl[r.start], r.end - r.start);
            if (lm.entry >= 0 && (lm.kinds & (LK_GPE | LK_ORG | LK_LOC | LK_NORP))) key = lower(m->lexicon.canonical(lm.entry));
        }
        w[i].key = key;
    }
    struct Group { EntityType type; std::vector<std::string_view> tokens; std::string key; std::vector<size_t> members; };
    std::vector<Group> groups;
    // Longest PERSON names first, so full names exist before surnames look for them.
    std::vector<size_t> order(ms.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        bool px = ms[x].type == EntityType::PERSON, py = ms[y].type == EntityType::PERSON;
        if (px != py) return px;
        if (px) return w[x].tokens.size() > w[y].tokens.size();
        return false;
    });
    // Candidate groups are found through indexes, not by scanning every group per mention
    // (that was quadratic: 100,000 one-name paragraphs took 10 s). Each index lists groups in
    // creation order, and the earliest matching group wins, as in a scan of all groups.
    //   by_key:  (type, key) -> groups;  by_last: PERSON groups by last token (the suffix
    //   rule needs equal last tokens);   by_first: two-token PERSON groups by first token.
    std::unordered_map<std::string, std::vector<size_t>> by_key, by_last, by_first;
    auto type_key = [](EntityType t, const std::string& k) { return std::string(1, char('0' + int(t))) + k; };
    for (size_t i : order) {
        const RawMention& r = ms[i];
        size_t found = SIZE_MAX;
        if (auto it = by_key.find(type_key(r.type, w[i].key)); it != by_key.end()) found = it->second.front();
        if (r.type == EntityType::PERSON && !w[i].tokens.empty()) {
            // suffix of the fuller name ("Trump", "Jinping" of "Xi Jinping") or its first
            // token when the fuller name is written family-name first is not assumed.
            if (auto it = by_last.find(std::string(w[i].tokens.back())); it != by_last.end())
                for (size_t g : it->second) {
                    if (g >= found) break;
                    const Group& G = groups[g];
                    if (w[i].tokens.size() < G.tokens.size() &&
                        std::equal(w[i].tokens.rbegin(), w[i].tokens.rend(), G.tokens.rbegin())) { found = g; break; }
                }
            if (w[i].tokens.size() == 1 && w[i].tokens[0].size() <= 3)  // "Xi" of "Xi Jinping": short family names
                if (auto it = by_first.find(std::string(w[i].tokens[0])); it != by_first.end() && it->second.front() < found)
                    found = it->second.front();
        }
        if (found == SIZE_MAX) {
            groups.push_back({r.type, w[i].tokens, w[i].key, {}});
            found = groups.size() - 1;
            by_key[type_key(r.type, w[i].key)].push_back(found);
            const Group& G = groups.back();
            if (r.type == EntityType::PERSON && !G.tokens.empty()) {
                by_last[std::string(G.tokens.back())].push_back(found);
                if (G.tokens.size() == 2) by_first[std::string(G.tokens[0])].push_back(found);
            }
        }
        groups[found].members.push_back(i);
        w[i].entity = int32_t(found);
    }
    // GPE capitals used as governments; ORG acronyms.
    auto merge = [&](size_t from, size_t into) {
        for (size_t i : groups[from].members) { groups[into].members.push_back(i); w[i].entity = int32_t(into); }
        groups[from].members.clear();
    };
    std::unordered_map<std::string, std::vector<size_t>> by_acronym;
    bool acronyms_built = false;
    if (m) {
        for (size_t g = 0; g < groups.size(); ++g) {
            if (groups[g].members.empty()) continue;
            if (groups[g].type == EntityType::GPE) {
                std::string country = lower(m->lexicon.capital_of(w[groups[g].members[0]].text));
                if (country.empty()) continue;
                size_t target = groups.size();
                if (auto it = by_key.find(type_key(EntityType::GPE, country)); it != by_key.end())
                    for (size_t h : it->second)  // the last such group, as the scan over all groups chose
                        if (h != g && !groups[h].members.empty()) target = h;
                if (target == groups.size()) continue;
                std::vector<size_t> keep;
                for (size_t i : groups[g].members) {
                    if (preceded_by_place_word(sents[ms[i].sentence], ms[i].start)) keep.push_back(i);
                    else { groups[target].members.push_back(i); w[i].entity = int32_t(target); }
                }
                groups[g].members = keep;
            } else if (groups[g].type == EntityType::ORG) {
                const std::string& t = w[groups[g].members[0]].text;
                if (t.size() < 2 || t.size() > 6 || case_of(t) != Case::upper) continue;
                if (!acronyms_built) {  // ORG groups by the acronym of their first mention, built once
                    acronyms_built = true;
                    for (size_t h = 0; h < groups.size(); ++h)
                        if (groups[h].type == EntityType::ORG && !groups[h].members.empty())
                            by_acronym[acronym(w[groups[h].members[0]].text)].push_back(h);
                }
                if (auto it = by_acronym.find(t); it != by_acronym.end())
                    for (size_t h : it->second) {
                        if (h == g || groups[h].members.empty()) continue;
                        merge(g, h);
                        break;
                    }
            }
        }
    }
    // Entities in order of first mention.
    std::vector<size_t> live;
    for (size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].members.empty()) continue;
        std::sort(groups[g].members.begin(), groups[g].members.end());
        live.push_back(g);
    }
    std::sort(live.begin(), live.end(), [&](size_t x, size_t y) { return groups[x].members[0] < groups[y].members[0]; });
    std::vector<int32_t> id_of(groups.size(), -1);
    for (size_t n = 0; n < live.size(); ++n) id_of[live[n]] = int32_t(n);
    for (size_t n = 0; n < live.size(); ++n) {
        const Group& G = groups[live[n]];
        Entity e;
        e.id = int32_t(n);
        e.type = G.type;
        // Canonical: the gazetteer's name for places/orgs, else the mention with most tokens.
        size_t best = G.members[0];
        for (size_t i : G.members) if (w[i].tokens.size() > w[best].tokens.size()) best = i;
        if (m && G.type == EntityType::GPE)  // a country named by its capital is still the country
            for (size_t i : G.members)
                if (m->lexicon.lookup_tokens(&sents[ms[i].sentence].hl[ms[i].start], ms[i].end - ms[i].start).kinds & LK_COUNTRY) { best = i; break; }
        e.name = w[best].text;
        if (m && (G.type == EntityType::GPE || G.type == EntityType::LOC)) {
            LexMatch lm = m->lexicon.lookup_tokens(&sents[ms[best].sentence].hl[ms[best].start], ms[best].end - ms[best].start);
            if (lm.entry >= 0 && (lm.kinds & (LK_GPE | LK_LOC))) e.name = m->lexicon.canonical(lm.entry);
        }
        if (G.type == EntityType::PERSON) {  // drop a leading title from the canonical name
            const RawMention& r = ms[best];
            const StageSentence& s = sents[r.sentence];
            uint32_t st = r.start;
            while (st + 1 < r.end && is_title_token(m, s.words[st])) ++st;
            if (st != r.start) e.name = text::display(doc.text, doc.tokens[s.first_token + st].start, doc.tokens[s.first_token + r.end - 1].end);
        }
        for (size_t i : G.members) {
            const RawMention& r = ms[i];
            const StageSentence& s = sents[r.sentence];
            Mention mm;
            mm.start = doc.tokens[s.first_token + r.start].start;
            mm.end = doc.tokens[s.first_token + r.end - 1].end;
            mm.sentence = s.index;
            e.mentions.push_back(mm);
            if (w[i].text != e.name && std::find(e.aliases.begin(), e.aliases.end(), w[i].text) == e.aliases.end())
                e.aliases.push_back(w[i].text);
            if (G.type == EntityType::PERSON && e.role.empty()) {
                RoleInfo ri = find_role(doc, sents, ms, i, m);
                if (!ri.role.empty()) {
                    e.role = ri.role;
                    if (ri.affiliation_mention >= 0) {
                        int32_t g = w[size_t(ri.affiliation_mention)].entity;
                        if (g >= 0) e.affiliation = id_of[size_t(g)];
                    }
                }
            }
        }
        std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& x, const Mention& y) { return x.start < y.start; });
        e.count = uint32_t(e.mentions.size());
        doc.entities.push_back(std::move(e));
    }
}

}  // namespace np::ner
