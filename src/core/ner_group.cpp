// ner_group.cpp — mentions become entities: one per real-world referent in the document.
//   PERSON  a shorter name that ends a fuller one joins it ("Trump" -> "Donald Trump"),
//           leading titles/honorifics are not part of the name key ("President Trump").
//   GPE     gazetteer canonical forms ("US", "U.S.", "America" -> "United States"); a capital
//           used as its government ("Washington said") joins the country when both appear.
//   ORG     canonical forms, and acronyms of a longer name ("WHO" -> "World Health Organization").
//   others  same text (case-insensitive).
// The canonical name is the fullest form; aliases are the other surface forms.
#include <algorithm>
#include <cstring>
#include <span>
#include <string>
#include <unordered_map>

#include "ner_stage.hpp"
#include "ner_text.hpp"
#include "text.hpp"

namespace np::ner {

namespace {

using Work = GroupWork;

bool is_title_token(const EntityModels* m, uint64_t lower_hash) {
    return m && (m->lexicon.kinds_of(lower_hash) & LK_TITLE);
}

// The capitals that start the name's words ("World Trade Organization" -> "WTO"); `with_of`:
// and an "O" for each "of" ("Bank of Japan" -> "BOJ", "Department of Justice" -> "DOJ").
std::string acronym(std::string_view name, bool with_of = false) {
    std::string a;
    bool start = true;
    for (size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (c == ' ' || c == '-') { start = true; continue; }
        if (start && c >= 'A' && c <= 'Z') a += c;
        if (with_of && start && c == 'o' && i + 2 <= name.size() && name[i + 1] == 'f' &&
            (i + 2 == name.size() || name[i + 2] == ' '))
            a += 'O';
        start = false;
    }
    return a;
}

}  // namespace

// Eight bytes at a time (why: hash_bytes() takes ~5 instructions per byte, and every mention's
// key was hashed). Only by_key's probing uses it, and lookups compare whole keys: any hash of
// the key's bytes gives the same groups.
uint64_t group_key_hash(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    // The last 1-7 bytes as one number, byte k at bits 8k: loads that overlap put the same
    // byte at the same place, so OR-ing them is exact (and reads stay inside the key).
    const size_t rest = s.size() - i;
    if (rest) {
        const char* p = s.data() + i;
        uint64_t v;
        if (s.size() >= 8) {
            std::memcpy(&v, s.data() + s.size() - 8, 8);
            v >>= 8 * (8 - rest);
        } else if (rest >= 4) {
            uint32_t lo, hi;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + rest - 4, 4);
            v = uint64_t(lo) | (uint64_t(hi) << (8 * (rest - 4)));
        } else {
            v = uint64_t((unsigned char)p[0]) | (uint64_t((unsigned char)p[rest / 2]) << (8 * (rest / 2))) |
                (uint64_t((unsigned char)p[rest - 1]) << (8 * (rest - 1)));
        }
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    h *= 0x94D049BB133111EBull;
    h ^= h >> 32;
    return h;
}

namespace {

bool preceded_by_place_word(const StageSentence& s, uint32_t start) {
    if (start == 0) return false;
    std::string_view l = s.lower[start - 1];
    return l == "in" || l == "to" || l == "from" || l == "at" || l == "near" || l == "of" || l == "outside" || l == "around" || l == "visit" || l == "visited";
}

// A dateline's city ("KYIV, Ukraine —", "BEIJING (AP) —", "MOSCOW, March 3 -"): where the
// story was filed, not the government; in capitals at the sentence's start, then a comma, a
// bracket or a dash.
bool dateline_city(const StageSentence& s, uint32_t start, uint32_t end) {
    if (start != 0 || end >= s.words.size()) return false;
    for (uint32_t k = start; k < end; ++k)
        if (Case(s.cases[k]) != Case::upper) return false;
    const std::string_view n = s.words[end];
    return n == "," || n == "(" || n == "-" || n == "--" || n == "\xE2\x80\x94" || n == "\xE2\x80\x93";
}

// text::display_name(text, start, end), appended to `out`; printable ASCII (most names) is
// copied as it is, anything else (a line break included) goes through display_name().
void append_display(std::string_view text, uint32_t start, uint32_t end, std::string& out) {
    if (end > text.size()) end = uint32_t(text.size());
    if (start >= end) return;
    if (printable_ascii(text.substr(start, end - start))) out.append(text.data() + start, end - start);
    else out += text::display_name(text, start, end);
}

// keys[from..): "ministry of commerce" -> "commerce ministry", "department of the treasury" ->
// "treasury department" (one to four words after "of"), in place.
void head_last(std::string& keys, size_t from) {
    const std::string_view k = std::string_view(keys).substr(from);
    std::string_view head;
    if (k.starts_with("ministry of ")) head = "ministry";
    else if (k.starts_with("department of ")) head = "department";
    else return;
    std::string_view rest = k.substr(head.size() + 4);
    if (rest.starts_with("the ")) rest.remove_prefix(4);
    const size_t words = size_t(std::count(rest.begin(), rest.end(), ' ')) + 1;
    if (rest.empty() || words > 4) return;
    std::string out;
    out.reserve(rest.size() + 1 + head.size());
    out.append(rest);
    out += ' ';
    out.append(head);
    keys.replace(from, std::string::npos, out);
}

}  // namespace

void group_entities(Document& doc, const std::vector<StageSentence>& sents,
                    const std::vector<RawMention>& ms, const EntityModels* m, GroupScratch* scratch) {
    doc.entities.clear();
    GroupScratch local;
    GroupScratch& X = scratch ? *scratch : local;  // buffers (capacity kept between documents)
    std::vector<Work>& w = X.w;
    w.assign(ms.size(), Work{});
    std::string& texts = X.texts;  // arenas: views are taken only once both are complete
    std::string& keys = X.keys;
    texts.clear();
    keys.clear();
    for (size_t i = 0; i < ms.size(); ++i) {
        const RawMention& r = ms[i];
        const StageSentence& s = sents[r.sentence];
        const Token& a = doc.tokens[s.first_token + r.start];
        const Token& b = doc.tokens[s.first_token + r.end - 1];
        {
            // Printable ASCII (most names) is its own display text: a view into doc.text (not
            // changed here) instead of a copy; anything else goes through display() into `texts`.
            const uint32_t t_end = std::min<uint32_t>(b.end, uint32_t(doc.text.size()));
            const uint32_t t_start = std::min(a.start, t_end);
            if (printable_ascii(std::string_view(doc.text).substr(t_start, t_end - t_start))) {
                w[i].in_text = 1;
                w[i].text_at = t_start;
                w[i].text_len = t_end - t_start;
            } else {
                w[i].text_at = uint32_t(texts.size());
                append_display(doc.text, a.start, b.end, texts);
                w[i].text_len = uint32_t(texts.size() - w[i].text_at);
            }
        }
        uint32_t st = r.start;
        if (r.type == EntityType::PERSON)
            while (st + 1 < r.end && is_title_token(m, s.hl[st])) ++st;
        w[i].tokens = s.lower.subspan(st, r.end - st);
        w[i].token_hashes = s.hl.subspan(st, r.end - st);
        w[i].key_at = uint32_t(keys.size());
        LexMatch lm;
        if (m && (r.type == EntityType::GPE || r.type == EntityType::ORG || r.type == EntityType::LOC || r.type == EntityType::NORP))
            lm = m->lexicon.lookup_tokens(&s.hl[r.start], r.end - r.start);
        if (lm.entry >= 0 && (lm.kinds & (LK_GPE | LK_ORG | LK_LOC | LK_NORP))) {
            lower_append(m->lexicon.canonical(lm.entry), keys);
        } else {
            for (size_t t = 0; t < w[i].tokens.size(); ++t) {
                if (t) keys += ' ';
                keys.append(w[i].tokens[t]);
            }
        }
        // "Ministry of Commerce" is the "Commerce ministry", "Department of Justice" the "Justice
        // Department": one key, the head last (the gazetteer's canonical forms too)
        if (r.type == EntityType::ORG) head_last(keys, w[i].key_at);
        w[i].key_len = uint32_t(keys.size() - w[i].key_at);
        w[i].key_hash = group_key_hash(std::string_view(keys).substr(w[i].key_at, w[i].key_len));
    }
    const std::string_view doc_text(doc.text);
    auto text_of = [&](size_t i) {
        return (w[i].in_text ? doc_text : std::string_view(texts)).substr(w[i].text_at, w[i].text_len);
    };
    auto key_of = [&](size_t i) { return std::string_view(keys).substr(w[i].key_at, w[i].key_len); };
    // Members of a group are a linked list through the mentions (`next`), in the order they
    // joined: no vector per group (why: one allocation per entity and per growth). The final
    // member lists are built once, in mention order, after all merges.
    constexpr uint32_t kNone = uint32_t(-1);
    using Group = GroupScratch::Group;
    std::vector<Group>& groups = X.groups;
    groups.clear();
    std::vector<uint32_t>& next = X.next;
    next.assign(ms.size(), kNone);
    auto join = [&](size_t g, size_t i) {
        Group& G = groups[g];
        next[i] = kNone;
        if (G.count) next[G.tail] = uint32_t(i);
        else G.head = uint32_t(i);
        G.tail = uint32_t(i);
        ++G.count;
        w[i].entity = int32_t(g);
    };
    groups.reserve(ms.size());
    // Longest PERSON names first, so full names exist before surnames look for them.
    std::vector<size_t>& order = X.order;
    // The order a stable sort by (PERSON first, then more tokens first) gives, as a counting
    // sort: PERSON mentions by token count, longest first, each count in mention order; then
    // the others in mention order (why: the comparison sort cost ~80 Ir per mention).
    order.resize(ms.size());
    {
        std::vector<uint32_t>& at = X.fill;  // (used again below, reassigned there)
        size_t longest = 0;
        for (size_t i = 0; i < ms.size(); ++i)
            if (ms[i].type == EntityType::PERSON) longest = std::max(longest, w[i].tokens.size());
        at.assign(longest + 2, 0);  // at[longest - len + 1]: PERSON mentions with len tokens
        size_t persons_seen = 0;
        for (size_t i = 0; i < ms.size(); ++i)
            if (ms[i].type == EntityType::PERSON) { ++at[longest - w[i].tokens.size() + 1]; ++persons_seen; }
        for (size_t k = 1; k < at.size(); ++k) at[k] += at[k - 1];  // at[longest - len]: first place of len
        size_t other = persons_seen;
        for (size_t i = 0; i < ms.size(); ++i) {
            if (ms[i].type == EntityType::PERSON) order[at[longest - w[i].tokens.size()]++] = i;
            else order[other++] = i;
        }
    }
    // Groups are found through indexes, never by scanning every group per mention (that was
    // quadratic: 100,000 one-name paragraphs took 10 s). The earliest matching group wins, as a
    // scan in creation order would choose.
    //   by_key    (type, key) -> the group; no two groups share a type and key (a mention with
    //             an existing key joins that group instead of founding one)
    //   by_last   PERSON groups by last name token (a suffix match needs equal last tokens)
    //   by_first  two-token PERSON groups by first token ("Xi" of "Xi Jinping")
    //   by_middle PERSON groups of three or more tokens by their middle tokens (particles aside)
    //             ("Lula" of "Luiz Inacio Lula da Silva"), used only where one group has it
    // All three are open-addressing tables in flat arrays; by_last and by_first hold, per
    // token, a chain of groups in creation order (`chain_next`).
    size_t cap = 16;
    while (cap < ms.size() * 2) cap *= 2;
    std::vector<uint32_t>& by_key = X.by_key;  // group index + 1, 0 = empty
    by_key.assign(cap, 0);
    auto home_of = [&](uint64_t key_hash, EntityType t) { return size_t(mix(key_hash, uint64_t(t))) & (cap - 1); };
    auto find_key = [&](EntityType t, std::string_view key, uint64_t key_hash) -> int32_t {
        for (size_t q = home_of(key_hash, t); by_key[q]; q = (q + 1) & (cap - 1)) {
            const Group& G = groups[by_key[q] - 1];
            if (G.type == t && w[G.first].key_hash == key_hash && key_of(G.first) == key) return int32_t(by_key[q] - 1);
        }
        return -1;
    };
    struct TokenIndex {  // token -> chain of groups; slot: (token, first group, last group)
        using Slot = GroupScratch::TokenSlot;
        std::vector<Slot>& slots;
        size_t mask = 0;
        TokenIndex(std::vector<Slot>& v, size_t cap) : slots(v), mask(cap - 1) { slots.assign(cap, Slot{}); }
        Slot* find(std::string_view tok, uint64_t h) {
            for (size_t q = size_t(h) & mask; slots[q].head != kNone; q = (q + 1) & mask)
                if (slots[q].hash == h && slots[q].token == tok) return &slots[q];
            return nullptr;
        }
        Slot& at(std::string_view tok, uint64_t h) {
            size_t q = size_t(h) & mask;
            for (; slots[q].head != kNone; q = (q + 1) & mask)
                if (slots[q].hash == h && slots[q].token == tok) return slots[q];
            slots[q].token = tok;
            slots[q].hash = h;
            return slots[q];
        }
    };
    // At most one entry per PERSON group in each (PERSON groups <= PERSON mentions): `person_cap`
    // keeps them at most half full (why: sized by all mentions, clearing them cost more than
    // using them; lookups compare tokens, so the table size changes no answer).
    size_t persons = 0;
    for (const RawMention& r : ms) persons += r.type == EntityType::PERSON;
    size_t person_cap = 16;
    while (person_cap < persons * 2) person_cap *= 2;
    TokenIndex by_last(X.last_slots, person_cap), by_first(X.first_slots, person_cap);
    // Middle tokens: at most (tokens - 2) per PERSON mention of three or more tokens.
    auto middle_token = [](std::string_view t) { return t.size() > 2 && !name_particle(t); };
    size_t middles = 0;
    for (size_t i = 0; i < ms.size(); ++i)
        if (ms[i].type == EntityType::PERSON && w[i].tokens.size() >= 3) middles += w[i].tokens.size() - 2;
    size_t middle_cap = 16;
    while (middle_cap < middles * 2) middle_cap *= 2;
    TokenIndex by_middle(X.middle_slots, middle_cap);
    std::vector<uint32_t>& chain_next = X.chain_next;  // per group: the next group of its by_last chain
    std::vector<uint32_t>& first_next = X.first_next;  // per group: the next group of its by_first chain
    chain_next.clear();
    first_next.clear();
    auto chain_add = [](TokenIndex::Slot& sl, std::vector<uint32_t>& nx, uint32_t g) {
        if (sl.head == kNone) sl.head = g;
        else nx[sl.tail] = g;
        sl.tail = g;
    };
    for (size_t i : order) {
        const RawMention& r = ms[i];
        int32_t found = find_key(r.type, key_of(i), w[i].key_hash);
        const auto& it = w[i].tokens;
        const auto& ih = w[i].token_hashes;  // hash_bytes(it[k]), staged (why: hashed byte by byte here before)
        if (r.type == EntityType::PERSON && !it.empty()) {
            // a suffix of a fuller name ("Trump", "Jinping" of "Xi Jinping"), or a short family
            // name written first ("Xi" of "Xi Jinping"); other first tokens are not assumed
            if (auto* f = by_last.find(it.back(), ih.back()))
                for (uint32_t g = f->head; g != kNone; g = chain_next[g]) {
                    if (found >= 0 && int32_t(g) >= found) break;
                    const auto& gt = w[groups[g].first].tokens;
                    if (it.size() < gt.size() && std::equal(it.rbegin(), it.rend(), gt.rbegin())) { found = int32_t(g); break; }
                }
            if (it.size() == 1 && it[0].size() <= 3)
                if (auto* f = by_first.find(it[0], ih[0]); f && (found < 0 || int32_t(f->head) < found)) {
                    found = int32_t(f->head);
                    // (two people of one family name, "Kim Jung-kwan" and "Kim Yong-beom": "Mr.
                    // Kim" is the one named last before it; full names are grouped by now)
                    if (f->head != f->tail) {
                        bool any = false;
                        uint32_t latest = 0;
                        for (uint32_t g = f->head; g != kNone; g = first_next[g])
                            for (uint32_t q = groups[g].count ? groups[g].head : kNone; q != kNone; q = next[q])
                                if (q < i && (!any || q > latest)) {
                                    any = true;
                                    latest = q;
                                    found = int32_t(g);
                                }
                    }
                }
            // a name by which a person with a long name is known, inside it ("Lula" of "Luiz
            // Inacio Lula da Silva"): only when no other name claims the token and one group has it
            if (found < 0 && it.size() == 1)
                if (auto* f = by_middle.find(it[0], ih[0]); f && f->head == f->tail) found = int32_t(f->head);
            // ... or its first word, when no family name claims it and one person of two words
            // opens with it ("Bahlil" of "Bahlil Lahadalia": Indonesian and Thai news name people
            // by their first name); not a given name the gazetteer knows, which is often a family
            // name too ("Martin said" of another Martin than "Martin Eby")
            // (a given name is taken inside a quotation, where colleagues speak of each other so:
            // '"Maria brings exactly the experience we need," Hale said' of "Maria Delgado")
            const auto quoted = [&] {
                const StageSentence& st = sents[r.sentence];
                uint32_t marks = 0;
                for (uint32_t k = 0; k < r.start; ++k)
                    marks += st.words[k] == "\"" || st.words[k] == "\xE2\x80\x9C" || st.words[k] == "\xE2\x80\x9D";
                return marks % 2 == 1;
            };
            if (found < 0 && it.size() == 1 && it[0].size() > 3 &&
                (!(m && (m->lexicon.kinds_of(ih[0]) & LK_FIRSTNAME)) || quoted()))
                if (auto* f = by_first.find(it[0], ih[0]); f && f->head == f->tail) found = int32_t(f->head);
        }
        if (found < 0) {
            groups.push_back({r.type, uint32_t(i), kNone, kNone, 0});
            chain_next.push_back(kNone);
            first_next.push_back(kNone);
            found = int32_t(groups.size() - 1);
            size_t q = home_of(w[i].key_hash, r.type);
            while (by_key[q]) q = (q + 1) & (cap - 1);
            by_key[q] = uint32_t(found + 1);
            if (r.type == EntityType::PERSON && !it.empty()) {
                chain_add(by_last.at(it.back(), ih.back()), chain_next, uint32_t(found));
                if (it.size() == 2) chain_add(by_first.at(it[0], ih[0]), first_next, uint32_t(found));
                for (size_t k = 1; k + 1 < it.size(); ++k) {
                    if (!middle_token(it[k])) continue;
                    TokenIndex::Slot& sl = by_middle.at(it[k], ih[k]);
                    if (sl.head == kNone) sl.head = uint32_t(found);
                    sl.tail = uint32_t(found);  // head != tail: two groups share the token
                }
            }
        }
        join(size_t(found), i);
    }
    // GPE capitals used as governments; ORG acronyms.
    auto merge = [&](size_t from, size_t into) {
        for (uint32_t i = groups[from].head, nx; groups[from].count; i = nx) {
            nx = next[i];
            --groups[from].count;
            join(into, i);
        }
    };
    // A one-word place the gazetteer does not know, which is a word of one person's fuller name:
    // "Brazil's Lula says ..." in a headline (the tagger's place, after a country's possessive)
    // and "Luiz Inacio Lula da Silva" in the text are one person. (Not a one-word organisation:
    // a name the text gives alone as one, "Paribas", "Rossignol", is more likely the firm's.)
    if (m)
        for (size_t g = 0; g < groups.size(); ++g) {
            if (!groups[g].count || !(groups[g].type == EntityType::GPE || groups[g].type == EntityType::LOC)) continue;
            const GroupWork& f = w[groups[g].head];
            // (a gazetteer's place, organisation or common word is what the tagger said; a first
            // name, "Lula", is one more sign of a person)
            if (f.tokens.size() != 1 || f.tokens[0].size() < 3 ||
                (m->lexicon.kinds_of(f.token_hashes[0]) & (LK_GPE | LK_LOC | LK_ORG | LK_NORP | LK_ORGWORD | LK_COMMON)))
                continue;
            int32_t person = -1;
            if (auto* mid = by_middle.find(f.tokens[0], f.token_hashes[0]); mid && mid->head == mid->tail)
                person = int32_t(mid->head);
            else if (auto* last = by_last.find(f.tokens[0], f.token_hashes[0])) {
                int fuller = 0;
                for (uint32_t q = last->head; q != kNone; q = chain_next[q])
                    if (groups[q].count && w[groups[q].first].tokens.size() >= 2) {
                        ++fuller;
                        person = int32_t(q);
                    }
                if (fuller != 1) person = -1;
            }
            if (person < 0 || !groups[size_t(person)].count || groups[size_t(person)].type != EntityType::PERSON) continue;
            // (a person's name, not the tagger's "person" that is a company or a phrase: "Chemie
            // Linz AG", "Martin Bachem of Morgan Guaranty")
            const GroupWork& pf = w[groups[size_t(person)].first];
            bool name_like = true;
            for (size_t k = 0; k < pf.tokens.size() && name_like; ++k)
                name_like = pf.tokens[k] != "of" && !is_company_suffix(pf.tokens[k]) &&
                            !(m->lexicon.kinds_of(pf.token_hashes[k]) & (LK_ORGWORD | LK_ORG | LK_GPE));
            if (name_like) merge(g, size_t(person));
        }
    if (m) {
        // ORG groups by the acronym of their first mention, built once when first needed:
        // (hash, group) sorted by hash then group, acronyms in one arena (why: a map of
        // strings to vectors allocated per entry). A lookup walks its hash's run in group
        // order, as the map's per-acronym list did.
        struct Acr { uint64_t hash; uint32_t group, at, len; };
        std::vector<Acr> by_acronym;
        std::string acr_text;
        bool acronyms_built = false;
        for (size_t g = 0; g < groups.size(); ++g) {
            if (!groups[g].count) continue;
            if (groups[g].type == EntityType::GPE) {
                std::string country = lower(m->lexicon.capital_of(text_of(groups[g].head)));
                if (country.empty()) continue;
                const int32_t h = find_key(EntityType::GPE, country, group_key_hash(country));
                if (h < 0 || size_t(h) == g || !groups[size_t(h)].count) continue;
                const size_t target = size_t(h);
                // Mentions after a place word stay (in their order); the others join the country.
                uint32_t i = groups[g].head, n = groups[g].count;
                groups[g].count = 0;
                for (uint32_t nx; n--; i = nx) {
                    nx = next[i];
                    if (preceded_by_place_word(sents[ms[i].sentence], ms[i].start) ||
                        dateline_city(sents[ms[i].sentence], ms[i].start, ms[i].end))
                        join(g, i);
                    else join(target, i);
                }
            } else if (groups[g].type == EntityType::ORG) {
                const std::string_view t = text_of(groups[g].head);
                if (t.size() < 2 || t.size() > 6 || case_of(t) != Case::upper) continue;
                if (!acronyms_built) {  // ORG groups by the acronym of their first mention, once
                    acronyms_built = true;
                    for (size_t h = 0; h < groups.size(); ++h)
                        if (groups[h].type == EntityType::ORG && groups[h].count) {
                            const std::string a = acronym(text_of(groups[h].head));
                            by_acronym.push_back({hash_bytes(a), uint32_t(h), uint32_t(acr_text.size()), uint32_t(a.size())});
                            acr_text += a;
                            if (const std::string o = acronym(text_of(groups[h].head), true); o != a) {
                                by_acronym.push_back({hash_bytes(o), uint32_t(h), uint32_t(acr_text.size()), uint32_t(o.size())});
                                acr_text += o;
                            }
                        }
                    std::stable_sort(by_acronym.begin(), by_acronym.end(), [](const Acr& x, const Acr& y) { return x.hash < y.hash; });
                }
                const uint64_t th = hash_bytes(t);
                auto f = std::lower_bound(by_acronym.begin(), by_acronym.end(), th, [](const Acr& x, uint64_t v) { return x.hash < v; });
                for (; f != by_acronym.end() && f->hash == th; ++f) {
                    if (std::string_view(acr_text).substr(f->at, f->len) != t) continue;
                    if (f->group != g && groups[f->group].count) { merge(g, f->group); break; }
                }
            }
        }
        // "China's Ministry of Commerce (MOFCOM)": a short form in brackets right after a name,
        // made of the name's letters in order from its first, is the name's (one made of
        // syllables, which the initials above miss); so is one of a name in another language
        // whose first letter is the name's.
        for (size_t i = 1; i < ms.size(); ++i) {
            const RawMention& a = ms[i];
            const StageSentence& s = sents[a.sentence];
            if (a.start < 2 || a.end >= s.words.size() || s.words[a.start - 1] != "(" || s.words[a.end] != ")") continue;
            const size_t g = size_t(w[i].entity);
            const std::string_view t = text_of(i);
            // (or of mixed case, "AfD": then, as for a short form whose letters the name does not
            // spell, "SPD" of "Social Democrats", its first letter is the name's)
            const Case tc = case_of(t);
            int caps = 0;
            for (char c : t) caps += c >= 'A' && c <= 'Z';
            if (groups[g].type != EntityType::ORG || t.size() < 2 || t.size() > 8 || (tc != Case::upper && caps < 2))
                continue;
            size_t j = i;
            while (j > 0 && ms[j - 1].sentence == a.sentence && ms[j - 1].end != a.start - 1) --j;
            if (j == 0 || ms[j - 1].sentence != a.sentence) continue;
            const size_t h = size_t(w[j - 1].entity);
            const std::string_view name = text_of(j - 1);
            if (h == g || groups[h].type != EntityType::ORG || name.size() <= t.size() + 2) continue;
            const auto low = [](char c) { return char(c >= 'A' && c <= 'Z' ? c + 32 : c); };
            bool ok = low(t[0]) == low(name[0]) && t.size() >= 3 && tc == Case::upper;
            for (size_t k = 0, p = 0; k < t.size() && ok; ++k) {
                while (p < name.size() && low(name[p]) != low(t[k])) ++p;
                ok = p < name.size();
                ++p;
            }
            // (a name of two words or more, its first letter the short form's: "Alternative for
            // Germany (AfD)", "the Social Democrats (SPD)", a name in another language's initials)
            if (!ok) ok = low(t[0]) == low(name[0]) && name.find(' ') != std::string_view::npos;
            // ("The European Automobile Manufacturers' Association (ACEA)": the initials of its
            // name in another language, in capitals, after a name of three words or more, every
            // letter of them in the name)
            // (not a short form already joined to another name: "ICO", the initials of the
            // "International Cocoa Organization" named before, beside "International Coffee
            // Organization (ICO)")
            if (!ok && tc == Case::upper && t.size() >= 3 && t.size() <= 6 &&
                std::count(name.begin(), name.end(), ' ') >= 2 && text_of(groups[g].head) == t) {
                ok = true;
                for (char c : t)
                    ok = ok && (name.find(c) != std::string_view::npos || name.find(low(c)) != std::string_view::npos);
            }
            if (ok) merge(g, h);
        }
        // "the Japan Innovation Party, known as Ishin", "(also known as Ishin)": the name after
        // "known as" right after an organisation's is that organisation's (whatever the tagger
        // made of the word alone); not a gazetteer's place ("known as China's Detroit" is not)
        for (size_t i = 1; i < ms.size(); ++i) {
            const RawMention& a = ms[i];
            const StageSentence& s = sents[a.sentence];
            if (a.start < 4 || s.lower[a.start - 1] != "as" || s.lower[a.start - 2] != "known") continue;
            uint32_t p = a.start - 3;
            if (s.lower[p] == "also" && p > 0) --p;
            if (s.words[p] != "," && s.words[p] != "(") continue;
            const size_t g = size_t(w[i].entity);
            if (ms[i - 1].sentence != a.sentence || ms[i - 1].end != p) continue;
            const size_t h = size_t(w[i - 1].entity);
            if (h == g || groups[h].type != EntityType::ORG || groups[g].type == EntityType::PERSON) continue;
            if (m && (m->lexicon.lookup_tokens(&s.hl[a.start], a.end - a.start).kinds & (LK_GPE | LK_LOC | LK_NORP)))
                continue;
            merge(g, h);
        }
        // A company and its short form are one ("Reliance Industries Ltd", "Reliance Industries",
        // "Reliance"): ORG groups with the same short form (org_short_form(); a name with none
        // stands for itself) join the earliest of them, when one of them had words to strip.
        // First by the legal words only; then by the short form without a word of the trade
        // ("Samsung Electronics" and "Samsung"), only where one company is left that has it
        // ("Hyundai Motor" and "Hyundai Steel": two companies, and "Hyundai" either) and no
        // company is named so with a legal word ("Amoco Corp", the parent of "Amoco Chemical Co").
        using Short = GroupScratch::Short;
        std::vector<Short>& shorts = X.shorts;
        std::string& short_text = X.short_text;
        std::vector<uint64_t>& legal_key = X.legal_key;
        legal_key.assign(groups.size(), 0);
        for (const bool trade : {false, true}) {
            shorts.clear();
            short_text.clear();
            bool any_stripped = false;
            for (size_t g = 0; g < groups.size(); ++g) {
                if (groups[g].type != EntityType::ORG || !groups[g].count) continue;
                const GroupWork& f = w[groups[g].first];
                bool industry = false;
                auto [b, e] = org_short_form(f.tokens, f.token_hashes, m->lexicon, &industry, trade, nullptr,
                                             &m->tagger.lower_vocab, trade);
                // ("Meta" of "Meta Platforms", a region's name too: only where no place of that
                // name is in the document, which the company's short form would take over)
                if (trade && e == b + 1 && (m->lexicon.kinds_of(f.token_hashes[b]) & LK_REGION))
                    for (size_t h = 0; h < groups.size() && e > b; ++h)
                        if (groups[h].type != EntityType::ORG && groups[h].count && key_of(groups[h].first) == f.tokens[b])
                            b = e = 0;
                const uint32_t at = uint32_t(short_text.size());
                if (e > b) {
                    for (size_t t = b; t < e; ++t) {
                        if (t > b) short_text += ' ';
                        short_text.append(f.tokens[t]);
                    }
                } else {
                    short_text.append(key_of(groups[g].first));
                }
                const uint32_t len = uint32_t(short_text.size() - at);
                shorts.push_back({group_key_hash(std::string_view(short_text).substr(at, len)), uint32_t(g), at, len,
                                  e > b, e > b && industry});
                any_stripped |= trade ? e > b && industry : e > b;
            }
            if (!any_stripped) continue;
            std::sort(shorts.begin(), shorts.end(), [](const Short& x, const Short& y) {
                return x.hash != y.hash ? x.hash < y.hash : x.group < y.group;
            });
            const std::string_view st(short_text);
            for (size_t i = 0; i < shorts.size();) {
                size_t j = i + 1;
                // (a name of that form with a legal word, or a group joined under it before)
                const auto legal_name = [&](const Short& x) { return (x.stripped && !x.industry) || legal_key[x.group] == (x.hash | 1); };
                bool stripped = shorts[i].stripped, legal = legal_name(shorts[i]);
                size_t trade_names = shorts[i].industry;
                while (j < shorts.size() && shorts[j].hash == shorts[i].hash) {
                    stripped |= shorts[j].stripped;
                    legal |= legal_name(shorts[j]);
                    trade_names += shorts[j++].industry;
                }
                // (a parent of that name, "Amoco Corp" beside "Amoco Chemical Co", keeps them apart)
                if (trade) stripped = trade_names == 1 && !legal;
                for (size_t k = i + 1; stripped && k < j; ++k)
                    if (st.substr(shorts[k].at, shorts[k].len) == st.substr(shorts[i].at, shorts[i].len)) {
                        merge(shorts[k].group, shorts[i].group);
                        if (!trade) legal_key[shorts[i].group] = shorts[i].hash | 1;  // (| 1: never 0)
                    }
                i = j;
            }
        }
        // An institution by its head noun alone ("the Commission" of "the European Commission",
        // "Parliament", "the Ministry"): a one-word ORG that the gazetteer knows as such a noun
        // joins the one ORG of more words that ends with it (none or several: it stands alone;
        // a legal word is no institution: "Co", "Inc").
        for (size_t g = 0; g < groups.size(); ++g) {
            if (groups[g].type != EntityType::ORG || !groups[g].count) continue;
            const GroupWork& f = w[groups[g].first];
            if (f.tokens.size() != 1 || is_company_suffix(f.tokens[0]) ||
                !(m->lexicon.kinds_of(f.token_hashes[0]) & LK_ORGWORD))
                continue;
            size_t into = groups.size();
            bool unique = true;
            for (size_t h = 0; h < groups.size() && unique; ++h) {
                if (h == g || groups[h].type != EntityType::ORG || !groups[h].count) continue;
                const auto& ht = w[groups[h].first].tokens;
                // (or that opens with it before "of": "the Ministry" of "Ministry of Finance")
                if (ht.size() < 2 || (ht.back() != f.tokens[0] && !(ht.size() >= 3 && ht[1] == "of" && ht[0] == f.tokens[0])))
                    continue;
                if (into < groups.size()) unique = false;
                else into = h;
            }
            if (unique && into < groups.size()) merge(g, into);
        }
        // A name given with its country's or city's name before it ("the U.S. Supreme Court", "the
        // Philadelphia Eagles", "the Toronto Star") is the name given without it ("the Supreme
        // Court", "the Eagles", "the Star"), when one such form has it. (A region's or a
        // direction's word is no such place: "North Star Uranium" is not "Star Uranium"; nor is
        // a company's or a legal word the name: "Co".)
        struct Bare { uint32_t bare, full; };
        std::vector<Bare> bare;
        for (size_t h = 0; h < groups.size(); ++h) {
            if (groups[h].type != EntityType::ORG || !groups[h].count) continue;
            const GroupWork& f = w[groups[h].first];
            if (f.tokens.size() < 2 || !(m->lexicon.kinds_of(f.token_hashes[0]) & (LK_COUNTRY | LK_CITY)) ||
                (m->lexicon.kinds_of(f.token_hashes[0]) & LK_REGION) ||
                (m->lexicon.kinds_of(f.token_hashes[1]) & LK_GPE) || is_company_suffix(f.tokens[1]))
                continue;
            const std::string_view key = key_of(groups[h].first);
            const size_t n0 = f.tokens[0].size();
            if (key.size() <= n0 + 1 || key.substr(0, n0) != f.tokens[0] || key[n0] != ' ') continue;
            const std::string rest(key.substr(n0 + 1));
            const int32_t b = find_key(EntityType::ORG, rest, group_key_hash(rest));
            if (b >= 0 && size_t(b) != h && groups[size_t(b)].count && groups[size_t(b)].type == EntityType::ORG)
                bare.push_back({uint32_t(b), uint32_t(h)});
        }
        std::sort(bare.begin(), bare.end(), [](const Bare& x, const Bare& y) { return x.bare != y.bare ? x.bare < y.bare : x.full < y.full; });
        for (size_t i = 0; i < bare.size();) {
            size_t j = i + 1;
            while (j < bare.size() && bare[j].bare == bare[i].bare) ++j;
            if (j == i + 1 && groups[bare[i].bare].count && groups[bare[i].full].count) merge(bare[i].full, bare[i].bare);
            i = j;
        }
    }
    // Member lists in mention order, all groups in one array (a counting sort by group).
    std::vector<uint32_t>& member_at = X.member_at;
    std::vector<uint32_t>& members = X.members;
    member_at.assign(groups.size() + 1, 0);
    members.resize(ms.size());
    for (size_t i = 0; i < ms.size(); ++i) ++member_at[size_t(w[i].entity) + 1];
    for (size_t g = 0; g < groups.size(); ++g) member_at[g + 1] += member_at[g];
    {
        std::vector<uint32_t>& fill = X.fill;
        fill.assign(member_at.begin(), member_at.end() - 1);
        for (size_t i = 0; i < ms.size(); ++i) members[fill[size_t(w[i].entity)]++] = uint32_t(i);
    }
    auto members_of = [&](size_t g) {
        return std::span<const uint32_t>(members.data() + member_at[g], member_at[g + 1] - member_at[g]);
    };
    // Entities in order of first mention.
    std::vector<size_t>& live = X.live;
    live.clear();
    for (size_t g = 0; g < groups.size(); ++g)
        if (groups[g].count) live.push_back(g);
    std::sort(live.begin(), live.end(), [&](size_t x, size_t y) { return members_of(x)[0] < members_of(y)[0]; });
    doc.entities.reserve(live.size());
    std::vector<int32_t>& id_of = X.id_of;
    id_of.assign(groups.size(), -1);
    for (size_t n = 0; n < live.size(); ++n) id_of[live[n]] = int32_t(n);
    for (size_t n = 0; n < live.size(); ++n) {
        const Group& G = groups[live[n]];
        const std::span<const uint32_t> G_members = members_of(live[n]);
        Entity& e = doc.entities.emplace_back();  // in place (reserved above): no move per entity
        e.id = int32_t(n);
        e.type = G.type;
        // Canonical: the gazetteer's name for places/orgs, else the mention with most tokens.
        size_t best = G_members[0];
        for (size_t i : G_members) if (w[i].tokens.size() > w[best].tokens.size()) best = i;
        if (m && G.type == EntityType::GPE)  // a country named by its capital is still the country
            for (size_t i : G_members)
                if (m->lexicon.lookup_tokens(&sents[ms[i].sentence].hl[ms[i].start], ms[i].end - ms[i].start).kinds & LK_COUNTRY) { best = i; break; }
        e.name = text_of(best);
        if (m && (G.type == EntityType::GPE || G.type == EntityType::LOC)) {
            LexMatch lm = m->lexicon.lookup_tokens(&sents[ms[best].sentence].hl[ms[best].start], ms[best].end - ms[best].start);
            if (lm.entry >= 0 && (lm.kinds & (LK_GPE | LK_LOC))) e.name = m->lexicon.canonical(lm.entry);
        }
        // A place named only in a dateline's capitals ("GYEONGJU, South Korea (AP) —") reads as
        // a name: another mention's spelling if there is one, else each word capitalized
        // ("Gyeongju"; an acronym of a place, "UAE", is no dateline's city).
        if ((G.type == EntityType::GPE || G.type == EntityType::LOC) && e.name.size() > 3 &&
            case_of(e.name) == Case::upper &&
            dateline_city(sents[ms[best].sentence], ms[best].start, ms[best].end)) {
            bool other = false;
            for (size_t i : G_members)
                if (case_of(text_of(i)) != Case::upper && w[i].tokens.size() == w[best].tokens.size()) {
                    e.name = text_of(i);
                    other = true;
                    break;
                }
            if (!other) {
                bool start = true;
                for (char& c : e.name) {
                    if (c >= 'A' && c <= 'Z' && !start) c = char(c + 32);
                    start = c == ' ' || c == '-';
                }
            }
        }
        // ("TOKYO (REUTERS) - ... Reuters reported", "ACME CORP said ... Acme Corp"): a name in
        // capitals, a dateline's or a heading's, spelled as a name in the text's own words
        // elsewhere takes that spelling (not a short form in capitals: "OPEC", "CEPE")
        else if (e.name.size() > 5 && e.name[1] >= 'A' && e.name[1] <= 'Z' && case_of(e.name) == Case::upper)
            for (size_t i : G_members)
                if (w[i].tokens.size() == w[best].tokens.size() && case_of(text_of(i)) != Case::upper &&
                    !sents[ms[i].sentence].heading) {
                    e.name = text_of(i);
                    break;
                }
        if (G.type == EntityType::PERSON) {  // drop a leading title from the canonical name
            const RawMention& r = ms[best];
            const StageSentence& s = sents[r.sentence];
            uint32_t st = r.start;
            while (st + 1 < r.end && is_title_token(m, s.hl[st])) ++st;
            if (st != r.start) e.name = text::display_name(doc.text, doc.tokens[s.first_token + st].start, doc.tokens[s.first_token + r.end - 1].end);
        }
        e.mentions.reserve(G_members.size());
        for (size_t i : G_members) {
            const RawMention& r = ms[i];
            const StageSentence& s = sents[r.sentence];
            Mention mm;
            mm.start = doc.tokens[s.first_token + r.start].start;
            mm.end = doc.tokens[s.first_token + r.end - 1].end;
            mm.sentence = s.index;
            e.mentions.push_back(mm);
            const std::string_view text = text_of(i);
            if (text != e.name && std::find(e.aliases.begin(), e.aliases.end(), text) == e.aliases.end())
                e.aliases.emplace_back(text);
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
    }
}

}  // namespace np::ner
