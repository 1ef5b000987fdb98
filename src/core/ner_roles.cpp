// ner_roles.cpp — a person's role and affiliation from the words around a mention.
//   before the name:  "US Secretary of State Jane Doe", "Acme's CEO John Roe",
//                     "Foreign ministry spokesperson Li ...", "former President X"
//   apposition after: "Jane Doe, the company's chief executive, said", "X, chief executive of Y,"
// A role needs a title cue (gazetteer "title" rows); honorifics alone (Mr., Ms.) are no role.
#include <algorithm>
#include "ner_stage.hpp"
#include "ner_text.hpp"
#include "text.hpp"

namespace np::ner {

namespace {

bool is_possessive(std::string_view w) { return w == "'s" || w == "\xE2\x80\x99s" || w == "'" || w == "\xE2\x80\x99"; }
bool is_honorific(std::string_view l) { return l == "mr." || l == "mr" || l == "mrs." || l == "mrs" || l == "ms." || l == "ms" || l == "miss"; }
bool is_connector(std::string_view l) { return l == "of" || l == "for" || l == "and" || l == "&" || l == "-"; }
bool is_determiner(std::string_view l) { return l == "the" || l == "a" || l == "an" || l == "its" || l == "his" || l == "her" || l == "their"; }

std::string span_text(const Document& doc, const StageSentence& s, uint32_t a, uint32_t b) {
    const Token& x = doc.tokens[s.first_token + a];
    const Token& y = doc.tokens[s.first_token + b - 1];
    return text::display_name(doc.text, x.start, y.end);
}

bool affiliation_type(EntityType t) { return t == EntityType::ORG || t == EntityType::GPE; }

// "The United Steelworkers union welcomed the move. ... said Marty Warren, the union's national
// director": the organisation a kind noun ("union", "company", "bank") stands for, when the text
// named one with that word right after its name or as its last word, in this sentence before
// mention k or in the three before it; the latest such mention, -1 if none.
int32_t org_of_kind(const std::vector<StageSentence>& sents, const std::vector<RawMention>& ms, size_t k,
                    std::string_view kind) {
    const RawMention& me = ms[k];
    for (size_t i = k; i-- > 0;) {
        const RawMention& o = ms[i];
        if (o.sentence + 3 < me.sentence) break;
        if (o.type != EntityType::ORG || o.end <= o.start) continue;
        const StageSentence& os = sents[o.sentence];
        if (os.lower[o.end - 1] == kind || (o.end < os.lower.size() && os.lower[o.end] == kind)) return int32_t(i);
    }
    return -1;
}

}  // namespace

int32_t mention_at_scan(const std::vector<RawMention>& ms, uint32_t si, uint32_t t) {
    for (size_t i = 0; i < ms.size(); ++i)
        if (ms[i].sentence == si && ms[i].start <= t && t < ms[i].end) return int32_t(i);
    return -1;
}

int32_t mention_at(const std::vector<RawMention>& ms, uint32_t si, uint32_t t) {
    // The mentions of sentence si are contiguous and ordered by start: from the first of them,
    // only those starting at or before t can cover it, and the first that does is the one the
    // scan finds (every mention before it is of an earlier sentence).
    size_t lo = 0, hi = ms.size();
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (ms[mid].sentence < si) lo = mid + 1;
        else hi = mid;
    }
    for (size_t i = lo; i < ms.size() && ms[i].sentence == si && ms[i].start <= t; ++i)
        if (t < ms[i].end) return int32_t(i);
    return -1;
}

// The staged facts of the sentence (s.lower, s.hl, s.cases) stand for lower(), hash_lower() and
// case_of() of its words (stage_sentences computes exactly those; tests/unit/test_ner_pass_words.cpp):
// no lowercase string per word looked at.
RoleInfo find_role(const Document& doc, const std::vector<StageSentence>& sents,
                   const std::vector<RawMention>& ms, size_t k, const EntityModels* m) {
    RoleInfo out;
    const RawMention& me = ms[k];
    const StageSentence& s = sents[me.sentence];
    // ---- a plural title before coordinated names: "Presidents Xi Jinping and Donald Trump" ----
    {
        uint32_t t = me.start;
        // (the second name: back over "and" to the first)
        if (t >= 2 && s.lower[t - 1] == "and")
            if (const int32_t mi = mention_at(ms, me.sentence, t - 2);
                mi >= 0 && ms[size_t(mi)].type == EntityType::PERSON && ms[size_t(mi)].end == t - 1)
                t = ms[size_t(mi)].start;
        static constexpr std::string_view kPlural[] = {"presidents", "senators", "governors", "premiers",
            "chancellors", "ministers", "ambassadors", "commissioners", "secretaries", "judges", "justices"};
        if (t >= 1 && Case(s.cases[t - 1]) == Case::title &&
            std::find(std::begin(kPlural), std::end(kPlural), s.lower[t - 1]) != std::end(kPlural)) {
            const std::string_view w = s.words[t - 1];
            std::string role = w.ends_with("ies") ? std::string(w.substr(0, w.size() - 3)) + "y"
                                                  : std::string(w.substr(0, w.size() - 1));
            // ("Foreign Ministers X and Y": the portfolio before it)
            if (m && t >= 2 && Case(s.cases[t - 2]) == Case::title && (m->lexicon.kinds_of(s.hl[t - 2]) & LK_PORTFOLIO))
                role = std::string(s.words[t - 2]) + " " + role;
            out.role = std::move(role);
            return out;
        }
    }
    // ---- before the name ----
    // (also before a comma that opens the name's apposition: "Hungary's foreign minister, Peter
    // Szijjarto, said", when a title word ends what precedes the comma and a comma, the end or
    // a verb of speech follows the name)
    uint32_t lead = me.start;
    if (m && me.start >= 2 && s.words[me.start - 1] == "," &&
        (m->lexicon.kinds_of(s.hl[me.start - 2]) & (LK_TITLE | LK_ROLEHEAD)) &&
        !is_honorific(s.lower[me.start - 2]) &&
        (me.end >= s.words.size() || s.words[me.end] == "," || s.lower[me.end] == "said" || s.lower[me.end] == "says" ||
         s.lower[me.end] == "told"))
        lead = me.start - 1;
    // (an apposition after the name goes first: "former chairman, Jon Jacoby, vice chairman, ...")
    if (lead != me.start && me.end + 1 < s.words.size() && s.words[me.end] == ",")
        for (uint32_t j = me.end + 1; j < s.words.size() && j < me.end + 4; ++j)
            if (m->lexicon.kinds_of(s.hl[j]) & LK_TITLE) { lead = me.start; break; }
    // "A spokesman for the ministry, Omar Haddad, said", "the head of the central bank, X, told":
    // a title, then "of"/"for"/"at"/"to" and what it names, then the comma that opens the name (the
    // walk below stops at the first word that is no title)
    if (m && lead == me.start && me.start >= 4 && s.words[me.start - 1] == "," &&
        (me.end >= s.words.size() || s.words[me.end] == "," || s.lower[me.end] == "said" ||
         s.lower[me.end] == "says" || s.lower[me.end] == "told"))
        for (uint32_t j = me.start - 2, steps = 0; j >= 2 && steps < 7; --j, ++steps) {
            const std::string_view l = s.lower[j];
            if (s.words[j] == "," || s.words[j] == "\"" || l == "said" || l == "and" || l == "who") break;
            if (const int32_t mi = mention_at(ms, me.sentence, j); mi >= 0) {
                if (ms[size_t(mi)].type == EntityType::PERSON) break;
                // (a name of several words is one step, and its own "of" no cue: "a spokesperson
                // for the Ministry of External Affairs, X, said")
                if (ms[size_t(mi)].start + 1 < j && ms[size_t(mi)].start >= 2) {
                    j = ms[size_t(mi)].start + 1;
                    continue;
                }
            }
            // ("Canada's ambassador to the United States, X, said": an envoy's "to" too)
            if (!(l == "of" || l == "for" || l == "at" || l == "to")) continue;
            // (or a title of several words ends there: "Minister of State for Finance, X")
            uint32_t long_title = 0;
            for (uint32_t b = j >= 4 ? j - 4 : 0; b + 1 < j && !long_title; ++b)
                if (const LexMatch lm = m->lexicon.match(s.hl.data(), s.hl.size(), b);
                    lm.length >= 2 && (lm.kinds & LK_TITLE) && b + uint32_t(lm.length) == j)
                    long_title = b + 1;
            if (!long_title &&
                (!(m->lexicon.kinds_of(s.hl[j - 1]) & (LK_TITLE | LK_ROLEHEAD)) || is_honorific(s.lower[j - 1])))
                break;
            uint32_t t0 = long_title ? long_title - 1 : j - 1;
            while (t0 > 0 && (m->lexicon.kinds_of(s.hl[t0 - 1]) & (LK_TITLE | LK_ROLEWORD | LK_ROLEHEAD | LK_PORTFOLIO)))
                --t0;
            // (a title that is itself an apposition, "said Michael Berry, vice-president of the
            // securities firm, Walwyn Stodgell ...", is the person's before it)
            if (t0 > 0 && s.words[t0 - 1] == ",") break;
            // (an envoy's "to" names where the envoy is sent, not whom the envoy speaks for: the
            // possessor before the title, "Canada's ambassador to ...")
            if (l == "to") {
                if (t0 >= 2 && is_possessive(s.words[t0 - 1]))
                    if (const int32_t mi = mention_at(ms, me.sentence, t0 - 2); mi >= 0 && affiliation_type(ms[size_t(mi)].type))
                        out.affiliation_mention = mi;
            } else {
                for (uint32_t q = j + 1; q + 1 < me.start && out.affiliation_mention < 0; ++q) {
                    const int32_t mi = mention_at(ms, me.sentence, q);
                    if (mi >= 0 && affiliation_type(ms[size_t(mi)].type)) out.affiliation_mention = mi;
                }
            }
            out.role = span_text(doc, s, t0, me.start - 1);
            return out;
        }
    uint32_t a = lead;
    bool has_title = false;
    int32_t inner_aff = -1;
    while (a > 0) {
        uint32_t j = a - 1;
        const std::string_view l = s.lower[j];  // (staged: lower of the word)
        int32_t mi = mention_at(ms, me.sentence, j);
        if (mi >= 0 && mi != int32_t(k)) {
            const RawMention& o = ms[size_t(mi)];
            if (o.type == EntityType::PERSON || !(affiliation_type(o.type) || o.type == EntityType::NORP)) break;
            if (affiliation_type(o.type) && inner_aff < 0) inner_aff = mi;
            // ("USTR Jamieson Greer": an office whose abbreviation is also a title names the role)
            // (not an abbreviation with its dot: "St. Joe Gold" is a saint's name)
            if (m && o.end == o.start + 1 && (m->lexicon.kinds_of(s.hl[o.start]) & LK_TITLE) &&
                s.words[o.start].back() != '.')
                has_title = true;
            a = o.start;
            continue;
        }
        uint16_t kinds = m ? m->lexicon.kinds_of(s.hl[j]) : 0;
        Case c = Case(s.cases[j]);
        // (a rank that is an adjective in lower case is no title alone: "exempted major Cognac
        // producers"; before a title it is one, "retired major General X")
        if (c == Case::lower && (l == "major" || l == "private") &&
            !(j + 1 < lead && m && (m->lexicon.kinds_of(s.hl[j + 1]) & LK_TITLE)))
            break;
        if (kinds & (LK_TITLE | LK_ROLEWORD | LK_ROLEHEAD)) {
            if (kinds & (LK_TITLE | LK_ROLEHEAD)) has_title |= !is_honorific(l);
            a = j;
            continue;
        }
        // "[Agriculture] minister X": a portfolio before the title words already taken
        // (or a capitalized one right before the name, ending a title's "of" list: "Minister of
        // Economy, Trade and Industry X"; a role still needs its title word)
        if ((kinds & LK_PORTFOLIO) && (a < lead || (c == Case::title && j + 1 == lead && j > 0 &&
                                                     (is_connector(s.lower[j - 1]) || s.words[j - 1] == ",")))) {
            a = j;
            // "Environmental Affairs Minister", "corporate affairs minister": the word before
            // "affairs" says which (a name before it is read by the walk as any other)
            if (l == "affairs" && j > 0 && mention_at(ms, me.sentence, j - 1) < 0 && s.words[j - 1].size() > 2 &&
                Case(s.cases[j - 1]) != Case::punct && !is_determiner(s.lower[j - 1]) && !is_connector(s.lower[j - 1]) &&
                !is_possessive(s.words[j - 1]))
                a = j - 1;
            continue;
        }
        // A title phrase of two or three words whose last word alone is none, right before the
        // name: "council member X", "city council member X" (the walk goes on before it).
        if (m && a == lead && j > 0 && c != Case::punct) {
            bool found = false;
            for (uint32_t b = j; b-- > 0 && j - b < 3 && !found;) {
                if (Case(s.cases[b]) == Case::punct) break;
                const LexMatch lm = m->lexicon.match(s.hl.data(), s.hl.size(), b);
                if (lm.length >= 2 && (lm.kinds & LK_TITLE) && b + uint32_t(lm.length) == j + 1) {
                    has_title = true;
                    a = b;
                    found = true;
                }
            }
            if (found) continue;
        }
        // The first word of a title phrase that the role already holds the rest of: "[Treasury]
        // Secretary" ("Treasury" alone is an organisation's name, no title word).
        if (m && a < lead && (c == Case::title || c == Case::upper)) {
            const LexMatch lm = m->lexicon.match(s.hl.data(), s.hl.size(), j);
            if (lm.length >= 2 && (lm.kinds & LK_TITLE) && j + uint32_t(lm.length) > a) {
                has_title = true;
                a = j;
                continue;
            }
        }
        // (a spaced dash is no connector: "WASHINGTON - President X", a dateline's)
        if (is_connector(l) && j > 0 && a < lead && (l != "-" || s.glued[j])) { a = j; continue; }
        // ("U.S. Ambassador to Canada X": an envoy's "to" after a title; the place after it is
        // where the envoy is sent, no affiliation)
        if (m && l == "to" && j > 0 && a < lead && (m->lexicon.kinds_of(s.hl[j - 1]) & (LK_TITLE | LK_ROLEHEAD)) &&
            !is_honorific(s.lower[j - 1])) {
            a = j;
            inner_aff = -1;
            continue;
        }
        // ("Minister of Economy, Trade and Industry X": a comma inside a list of portfolios)
        if (m && s.words[j] == "," && j > 0 && a < lead && (m->lexicon.kinds_of(s.hl[a]) & LK_PORTFOLIO) &&
            (m->lexicon.kinds_of(s.hl[j - 1]) & LK_PORTFOLIO) && Case(s.cases[a]) == Case::title &&
            Case(s.cases[j - 1]) == Case::title) {
            a = j;
            continue;
        }
        if ((c == Case::title || c == Case::upper) && (kinds & LK_ORGWORD)) { a = j; continue; }
        break;
    }
    // "Mocatta Metals Chairman X", "Primary Industries Minister X" with no mention for the name:
    // organisation words right before the title end a capitalized name the tagger missed, and
    // the role holds all of it (as "Foreign Ministry spokesperson" does), not "Metals Chairman"
    if (m && a > 0 && a < lead) {
        uint32_t q = a;
        while (q < lead && (m->lexicon.kinds_of(s.hl[q]) & LK_ORGWORD) &&
               !(m->lexicon.kinds_of(s.hl[q]) & (LK_TITLE | LK_ROLEWORD | LK_ROLEHEAD | LK_PORTFOLIO)))
            ++q;
        // (the title right after them: "United States Ambassador", "Union of Canada President"
        // are other phrases)
        if (q > a && q < lead && (m->lexicon.kinds_of(s.hl[q]) & (LK_TITLE | LK_ROLEHEAD)))
            for (uint32_t n = 0; n < 3 && a > 0; ++n) {
                const uint32_t w = a - 1;
                const Case c = Case(s.cases[w]);
                // (nor a sentence's capitalized article: "A Commission spokesman, X, said")
                if ((c != Case::title && c != Case::upper) || m->lexicon.kinds_of(s.hl[w]) ||
                    mention_at(ms, me.sentence, w) >= 0 || is_connector(s.lower[w]) || is_possessive(s.words[w]) ||
                    is_determiner(s.lower[w]))
                    break;
                a = w;
            }
    }
    while (a < lead && (is_connector(s.lower[a]) || is_honorific(s.lower[a]))) ++a;
    uint32_t role_end = lead;
    while (role_end > a && is_honorific(s.lower[role_end - 1])) --role_end;
    if (has_title && a < role_end) {
        // "Kelvorn's CEO X": the possessor before the run is the affiliation.
        if (a >= 2 && is_possessive(s.words[a - 1])) {
            int32_t mi = mention_at(ms, me.sentence, a - 2);
            if (mi >= 0 && affiliation_type(ms[size_t(mi)].type)) out.affiliation_mention = mi;
        }
        // "Kelvorn CEO X": a leading ORG is the affiliation, not part of the role.
        // (Not a lone portfolio word joined to the next one: "[Commerce] and Industry Minister X"
        // opening a sentence, where the tagger takes "Commerce" for a name.)
        const RawMention* lead_org = inner_aff >= 0 ? &ms[size_t(inner_aff)] : nullptr;
        const bool portfolio_pair = lead_org && m && lead_org->end == lead_org->start + 1 &&
                                    (m->lexicon.kinds_of(s.hl[lead_org->start]) & LK_PORTFOLIO) &&
                                    lead_org->end < role_end && is_connector(s.lower[lead_org->end]);
        if (portfolio_pair) {
            if (out.affiliation_mention == inner_aff) out.affiliation_mention = -1;
        } else if (inner_aff >= 0 && ms[size_t(inner_aff)].start == a && ms[size_t(inner_aff)].type == EntityType::ORG) {
            // (the office that is the title stays the role, "USTR", and its abbreviation the
            // affiliation; a title word the tagger made an organisation, "Justice X", is none)
            const RawMention& o = ms[size_t(inner_aff)];
            const bool title_office =
                m && o.end == o.start + 1 && o.end == role_end && (m->lexicon.kinds_of(s.hl[o.start]) & LK_TITLE);
            if (!title_office || Case(s.cases[o.start]) == Case::upper) out.affiliation_mention = inner_aff;
            if (!title_office) a = ms[size_t(inner_aff)].end;
            while (a < role_end && is_possessive(s.words[a])) ++a;
            while (a < role_end && is_connector(s.lower[a])) ++a;  // "[Finance] and Planning Minister"
        } else if (out.affiliation_mention < 0 && inner_aff >= 0) {
            out.affiliation_mention = inner_aff;
        }
        if (a < role_end) { out.role = span_text(doc, s, a, role_end); return out; }
    }
    // ---- apposition after the name: ", the company's chief executive," ----
    uint32_t b = me.end;
    if (b < s.words.size() && s.words[b] == ",") {
        uint32_t p = b + 1, e = p;
        while (e < s.words.size() && e - p < 12) {
            std::string_view w = s.words[e];
            // ("for Canada-U.S. trade": the tokens cut the acronym after a hyphen at its first dot)
            if (w == "." && e > p && e + 1 < s.words.size()) {
                const std::string_view a = s.words[e - 1], b = s.words[e + 1];
                if (a.size() >= 3 && a[a.size() - 2] == '-' && a.back() >= 'A' && a.back() <= 'Z' && !b.empty() &&
                    b.size() <= 2 && b[0] >= 'A' && b[0] <= 'Z') {
                    e += 2;
                    continue;
                }
            }
            if (w == "," || w == "." || w == ";" || w == ":" || w == "(" || w == ")" || w == "\"") break;
            const std::string_view l = s.lower[e];
            if (l == "said" || l == "says" || l == "who" || l == "which" || l == "that" || l == "told") break;
            // ("oil analyst with Baird and Co agreed that ...": a verb after a name ends the phrase)
            if (e > p && l.size() > 3 && l.ends_with("ed") && Case(s.cases[e]) == Case::lower &&
                Case(s.cases[e - 1]) != Case::lower)
                break;
            // (and a participle with its object after a name: "attorney at the law firm of Baker and
            // Botts representing Pennzoil"; not "SAMBA managing director", "banking association")
            if (e > p && l.size() > 5 && l.ends_with("ing") && Case(s.cases[e]) == Case::lower &&
                Case(s.cases[e - 1]) != Case::lower && e + 1 < s.words.size() &&
                (Case(s.cases[e + 1]) == Case::title || Case(s.cases[e + 1]) == Case::upper ||
                 is_determiner(s.lower[e + 1])))
                break;
            ++e;
        }
        // ", and Joseph Steinberg as president": a coordination, no apposition
        if (p < e && (s.lower[p] == "and" || s.lower[p] == "or" || s.lower[p] == "but")) e = p;
        // ("Trump, in a letter to President X, tied ...": a phrase opened by a preposition is an
        // aside about what the person did, not who they are)
        if (p < e && (s.lower[p] == "in" || s.lower[p] == "at" || s.lower[p] == "on" || s.lower[p] == "with" ||
                      s.lower[p] == "during" || s.lower[p] == "after" || s.lower[p] == "before" ||
                      s.lower[p] == "speaking" || s.lower[p] == "writing" || s.lower[p] == "addressing"))
            e = p;
        // (", formerly the executive vice president,": a post held before, told as such)
        const bool former = p < e && (s.lower[p] == "formerly" || s.lower[p] == "previously");
        if (former) ++p;
        while (p < e && is_determiner(s.lower[p])) ++p;
        bool title = false;
        uint32_t first_title = e;
        for (uint32_t j = p; j < e; ++j) {
            // (a title of two words whose last alone is none: "a city council member")
            if (m && first_title == e && !(m->lexicon.kinds_of(s.hl[j]) & (LK_TITLE | LK_ROLEHEAD))) {
                const LexMatch lm = m->lexicon.match(s.hl.data(), s.hl.size(), j);
                if (lm.length >= 2 && (lm.kinds & LK_TITLE) && j + uint32_t(lm.length) <= e) {
                    title = true;
                    first_title = j;
                    continue;
                }
            }
            // ("fellow" heads a role only here: before a name it is "fellow Democrat X")
            if (m && ((m->lexicon.kinds_of(s.hl[j]) & (LK_TITLE | LK_ROLEHEAD)) || s.lower[j] == "fellow")) {
                // a role head ("fellow", "administrator") heads the phrase: "a senior fellow at X",
                // not "a fellow Democrat"
                if (!(m->lexicon.kinds_of(s.hl[j]) & LK_TITLE) && j + 1 < e &&
                    !(s.lower[j + 1] == "at" || s.lower[j + 1] == "of" || s.lower[j + 1] == "for" ||
                      s.lower[j + 1] == "in" || s.lower[j + 1] == "with" || s.lower[j + 1] == "and"))
                    continue;
                title = true;
                if (first_title == e) first_title = j;
            }
        }
        // ", was named president", ", who resigned as chairman", ", as lead manager": a clause
        // before the title word, no apposition
        for (uint32_t j = p; title && j < first_title; ++j) {
            const std::string_view l = s.lower[j];
            if (l == "was" || l == "is" || l == "were" || l == "are" || l == "has" || l == "had" || l == "have" ||
                l == "will" || l == "would" || l == "be" || l == "been" || l == "not" || l == "as" ||
                l == "remains" || l == "remained" || l == "resigned" || l == "became" || l == "becomes" ||
                l == "named" || l == "appointed" || l == "elected" || l == "joined" || l == "identified")
                title = false;
        }
        if (title && e > p) {
            // Possessor before the title: "the company's", "Kelvorn's".
            bool noun_possessor = false;  // "the union's": a body named before by its kind
            for (uint32_t j = p; j < first_title; ++j)
                if (is_possessive(s.words[j])) {
                    int32_t mi = j > 0 ? mention_at(ms, me.sentence, j - 1) : -1;
                    if (mi >= 0 && affiliation_type(ms[size_t(mi)].type)) out.affiliation_mention = mi;
                    else if (j > 0 && Case(s.cases[j - 1]) == Case::lower) {
                        noun_possessor = true;
                        if (const int32_t o = org_of_kind(sents, ms, k, s.lower[j - 1]); o >= 0) out.affiliation_mention = o;
                    }
                    p = j + 1;
                }
            // "of/at/for ORG" after the title.
            uint32_t role_stop = e;
            for (uint32_t j = first_title; j + 1 < e; ++j) {
                const std::string_view l = s.lower[j];
                if (l == "in" || l == "at" || l == "near") {  // "..., president of X in Des Moines": place ends the role
                    int32_t mi = mention_at(ms, me.sentence, j + 1);
                    if (mi >= 0 && (ms[size_t(mi)].type == EntityType::GPE || ms[size_t(mi)].type == EntityType::LOC)) { role_stop = j; break; }
                }
                if (l == "of" || l == "at" || l == "for") {
                    uint32_t q = j + 1;
                    while (q + 1 < e && is_determiner(s.lower[q])) ++q;
                    int32_t mi = mention_at(ms, me.sentence, q);
                    // ("deputy director of industry association Swissmem", "economist at research
                    // firm Acme Analytics": up to three lower-case words that say what the
                    // organisation is, before its name)
                    for (uint32_t d = q; mi < 0 && d < q + 3 && d + 1 < e && Case(s.cases[d]) == Case::lower &&
                                         !is_connector(s.lower[d]) && !is_determiner(s.lower[d]) &&
                                         s.lower[d] != "of" && s.lower[d] != "at" && s.lower[d] != "for" &&
                                         s.lower[d] != "in";
                         ++d)
                        if (const int32_t dm = mention_at(ms, me.sentence, d + 1);
                            dm >= 0 && ms[size_t(dm)].type == EntityType::ORG)
                            mi = dm;
                    // (after "the union's", a place after "for" is the post's scope: "the union's
                    // national director for Canada" works for the union)
                    if (mi >= 0 && affiliation_type(ms[size_t(mi)].type) &&
                        !(noun_possessor && ms[size_t(mi)].type != EntityType::ORG)) {
                        if (out.affiliation_mention < 0) out.affiliation_mention = mi;
                        if (ms[size_t(mi)].type == EntityType::ORG) role_stop = j;
                        break;
                    }
                }
            }
            if (out.affiliation_mention < 0) {
                int32_t mi = mention_at(ms, me.sentence, p);
                if (mi >= 0 && ms[size_t(mi)].type == EntityType::ORG) {
                    out.affiliation_mention = mi;
                    p = ms[size_t(mi)].end;
                }
            }
            // ("a former Wall Street executive and close friend of the president", "chairman and
            // Jane Roe", "president of the group and a personal friend of X": after "and", another
            // description or another person, no part of the role. Right after the title word, a
            // phrase with no title word of its own; anywhere, a person or "a"/"an"/"one".
            // "chairman and chief executive officer", "minister of tourism and wildlife", "analyst
            // with Oppenheimer and Co" keep it.)
            for (uint32_t j = first_title + 1; j + 1 < role_stop; ++j) {
                if (s.lower[j] != "and") continue;
                const int32_t mi = mention_at(ms, me.sentence, j + 1);
                bool cut = (mi >= 0 && ms[size_t(mi)].type == EntityType::PERSON &&
                            ms[size_t(mi)].end - ms[size_t(mi)].start >= 2) ||  // (not "of Wagner and Brown")
                           s.lower[j + 1] == "a" ||
                           s.lower[j + 1] == "an" || s.lower[j + 1] == "one";
                if (!cut && (m->lexicon.kinds_of(s.hl[j - 1]) & (LK_TITLE | LK_ROLEHEAD))) {
                    cut = true;
                    // (up to the phrase's complement: "close friend [of the governor]")
                    for (uint32_t q = j + 1; q < role_stop && cut && !is_connector(s.lower[q]) &&
                                             s.lower[q] != "at" && s.lower[q] != "with";
                         ++q)
                        cut = !(m->lexicon.kinds_of(s.hl[q]) & (LK_TITLE | LK_ROLEHEAD));
                }
                if (cut) {
                    role_stop = j;
                    break;
                }
            }
            // ("vice president of (Banca ...)": the bracket ended the phrase after its "of")
            while (role_stop > p && (is_connector(s.lower[role_stop - 1]) || is_determiner(s.lower[role_stop - 1]) ||
                                     s.lower[role_stop - 1] == "at" || s.lower[role_stop - 1] == "in" ||
                                     s.lower[role_stop - 1] == "to"))
                --role_stop;
            if (p < role_stop) out.role = (former ? "former " : "") + span_text(doc, s, p, role_stop);
        }
        // ", who heads the Portuguese steel federation,": the clause says the role ("head of the
        // Portuguese steel federation"), its organisation the affiliation
        if (out.role.empty() && b + 3 < s.words.size() && s.lower[b + 1] == "who") {
            const std::string_view verb = s.lower[b + 2];
            const char* head = verb == "heads" || verb == "runs" ? "head" : verb == "leads" ? "leader"
                               : verb == "chairs" ? "chair" : nullptr;
            if (head) {
                uint32_t q = b + 3, e = q;
                while (e < s.words.size() && e - q < 10 && Case(s.cases[e]) != Case::punct && s.lower[e] != "and" &&
                       s.lower[e] != "said" && s.lower[e] != "says")
                    ++e;
                if (e > q && (e == s.words.size() || Case(s.cases[e]) == Case::punct)) {
                    out.role = std::string(head) + " of " + span_text(doc, s, q, e);
                    for (uint32_t j = q; j < e && out.affiliation_mention < 0; ++j)
                        if (const int32_t mi = mention_at(ms, me.sentence, j);
                            mi >= 0 && ms[size_t(mi)].type == EntityType::ORG)
                            out.affiliation_mention = mi;
                }
            }
        }
    }
    return out;
}

}  // namespace np::ner
