// ner_missed.cpp — names the tagger missed, cut or mistyped around institutions and gazetteer
// entries: an organisation's name begun late ("the Global Trade [Research Initiative]"), bodies
// after a country's possessive ("Mexico's Senate"), portfolio words ("Commerce ministry"), bodies
// named after their country ("the Korea International Trade Association"), a ministry's list of
// portfolios, companies opening a sentence, names after a descriptor or before an apposition,
// gazetteer places and organisations the tagger left out. Each of these rules reads one sentence;
// then one document rule, company_evidence(), reads each mention's words for signs of a company.
// The other document-level rules are in ner_mentions.cpp, which calls these (ner_missed.hpp).
//
// Index (in the order find_mentions() calls them)
//   extend_org_start, institution_head, missed_institutions, portfolio_institutions,
//   country_named_orgs, ministry_portfolio_lists, missed_company_at_start,
//   missed_after_descriptor, missed_before_apposition, gazetteer_fronts, add_gazetteer_places,
//   add_gazetteer_orgs; name shapes: company_lists, complete_cut_names, person_by_apposition,
//   split_after_legal_word, join_ampersand_names, split_at_and (once per document);
//   company_evidence (after the sentences, once per mention)
#include <algorithm>
#include <cctype>
#include <string>

#include "ner_missed.hpp"
#include "ner_text.hpp"

namespace np::ner {

// "estimates by the Global Trade Research Initiative": the tagger began the name late, at
// "Research". Capitalized words no mention holds between "the" and an organisation's name (at
// most three; no place, people, title or given name the gazetteers know) are its first words.
// A word with no hyphen, or whose every part after a hyphen is capitalized ("Anti-Dumping", not
// "Paris-based").
static bool title_compound(std::string_view w) {
    for (size_t h = w.find('-'); h != std::string_view::npos; h = w.find('-', h + 1))
        if (h + 1 >= w.size() || !std::isupper(static_cast<unsigned char>(w[h + 1]))) return false;
    return true;
}

void extend_org_start(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex,
                      std::vector<uint8_t>& taken) {
    // "The Ministry of Finance and Treasury Secretary X met": the tagger ran the name on into
    // "and"; a name ends on no conjunction or preposition
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        while (m.type == EntityType::ORG && m.end > m.start + 1 &&
               (s.lower[m.end - 1] == "and" || s.lower[m.end - 1] == "of" || s.lower[m.end - 1] == "for" ||
                s.lower[m.end - 1] == "the")) {
            --m.end;
            taken[m.end] = 0;
        }
    }
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.start < 2 || m.end <= m.start) continue;
        uint32_t b = m.start;
        while (b > 1 && m.start - b < 3 && !taken[b - 1] && Case(s.cases[b - 1]) == Case::title &&
               !(lex.kinds_of(s.hl[b - 1]) & (LK_GPE | LK_NORP | LK_TITLE | LK_FIRSTNAME)) && !line_break_between(s, b - 1) &&
               title_compound(s.words[b - 1]))  // ("the Paris-based OECD": no part of it; "the Anti-Dumping Commission" is)
            --b;
        // (or a possessive: "Seoul's Trade Commission imposed ...", where the tagger took only
        // "Commission" and the name then joined another body's)
        if (b == m.start ||
            (s.lower[b - 1] != "the" &&
             !(is_possessive(s.words[b - 1]) && m.end == m.start + 1 && institution_head(s.lower[m.start]))))
            continue;
        for (uint32_t k = b; k < m.start; ++k) taken[k] = 1;
        m.start = b;
    }
    // "according to the American Active Anode Material Producers", "Treasury Wine Estates shares
    // jumped": the tagger (or a gazetteer's "Treasury") ended the name early. Capitalized words no
    // mention holds right after an organisation, at most four, ending in a word that heads a body
    // of producers or an estate before a lower-case word or punctuation, are the rest of its name.
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.end <= m.start) continue;
        static constexpr std::string_view kHeads[] = {"producers", "manufacturers", "exporters", "importers",
            "growers", "estates", "makers", "refiners", "processors", "suppliers", "shippers", "traders"};
        uint32_t e = m.end;
        while (e < s.words.size() && e - m.end < 4 && !taken[e] && Case(s.cases[e]) == Case::title &&
               !line_break_between(s, e - 1) && !(lex.kinds_of(s.hl[e]) & (LK_GPE | LK_NORP | LK_TITLE | LK_FIRSTNAME)))
            ++e;
        if (e == m.end || (e < s.words.size() && Case(s.cases[e]) != Case::lower && Case(s.cases[e]) != Case::punct))
            continue;
        bool head = false;
        for (std::string_view h : kHeads) head |= s.lower[e - 1] == h;
        if (!head) continue;
        for (uint32_t k = m.end; k < e; ++k) taken[k] = 1;
        m.end = e;
    }
    // "Conservative Party leader X said": at a sentence's start the tagger took only "Party",
    // the word before it being a common one capitalized by its place; a party named by its
    // head word alone is none, so the Title-case words before it are its name
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.start < 1 || m.end != m.start + 1 || s.lower[m.start] != "party") continue;
        uint32_t b = m.start;
        while (b > 0 && m.start - b < 3 && !taken[b - 1] && Case(s.cases[b - 1]) == Case::title &&
               !(lex.kinds_of(s.hl[b - 1]) & (LK_GPE | LK_TITLE | LK_FIRSTNAME)) && !line_break_between(s, b - 1))
            --b;
        for (uint32_t k = b; k < m.start; ++k) taken[k] = 1;
        m.start = b;
    }
    // "A Department for Business and Trade spokesperson", "the Ministry of Agriculture and Rural
    // Affairs": a government body's name goes on past "and" with one or two Title-case words no
    // mention holds (not a place, a people or a title: "the Ministry of Finance and Chile's central
    // bank", "the Department of Commerce and Treasury Secretary X")
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.end <= m.start + 1 || m.end + 1 >= s.words.size()) continue;
        if (s.lower[m.end] != "and") continue;
        const std::string_view head = s.lower[m.start];
        const bool body = m.end > m.start + 2 &&
                          (head == "department" || head == "ministry" || head == "office" || head == "secretariat") &&
                          (s.lower[m.start + 1] == "of" || s.lower[m.start + 1] == "for");
        uint32_t e = m.end + 1;
        while (e < s.words.size() && e - m.end <= 3 && !taken[e] && Case(s.cases[e]) == Case::title &&
               !line_break_between(s, e - 1) &&
               !(lex.kinds_of(s.hl[e]) & (LK_GPE | LK_NORP | LK_TITLE | LK_FIRSTNAME)) &&
               !(e + 1 < s.words.size() && is_possessive(s.words[e + 1])))
            ++e;
        if (e == m.end + 1 || (e < s.words.size() && Case(s.cases[e]) != Case::lower && Case(s.cases[e]) != Case::punct))
            continue;
        // ("the Comprehensive Economic and Trade Agreement": any name whose part after "and" ends in
        // the head word of an agreement or a body; a ministry's in one or two words of any kind)
        static constexpr std::string_view kHeads[] = {"agreement", "treaty", "partnership", "pact", "act",
            "framework", "organization", "organisation", "association", "federation", "council", "commission",
            "committee", "authority", "fund", "institute", "corporation"};
        bool named_head = false;
        for (std::string_view h : kHeads) named_head |= s.lower[e - 1] == h;
        if (!named_head && !(body && e - m.end <= 3)) continue;
        for (uint32_t k = m.end; k < e; ++k) taken[k] = 1;
        m.end = e;
    }
    // "China's State Administration for Market Regulation": the tagger named only what follows
    // "for"/"of"; Title-case words no mention holds before it, ending in a body's head word, begin
    // the name
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.end <= m.start || m.start < 2) continue;
        uint32_t p = m.start - 1;
        if (s.lower[p] == "the" && p > 1) --p;  // ("the Organization of the Petroleum Exporting Countries")
        if (s.lower[p] != "for" && s.lower[p] != "of") continue;
        const uint32_t h = p - 1;
        static constexpr std::string_view kHeads[] = {"administration", "ministry", "department", "office",
            "bureau", "agency", "authority", "directorate", "secretariat", "inspectorate", "centre", "center",
            "organization", "organisation"};
        bool head = false;
        for (std::string_view w : kHeads) head |= s.lower[h] == w;
        if (!head || Case(s.cases[h]) != Case::title || line_break_between(s, h)) continue;
        if (taken[h]) {
            // ("the UN Office for the Coordination of Humanitarian Affairs": the head ends a name of
            // its own, which the two make one)
            for (size_t q = from; q < out.size(); ++q)
                if (q != r && out[q].type == EntityType::ORG && out[q].end == h + 1 && out[q].start < h + 1) {
                    for (uint32_t k = out[q].end; k < m.start; ++k) taken[k] = 1;
                    m.start = out[q].start;
                    out[q].end = out[q].start;  // absorbed: removed below
                    break;
                }
            continue;
        }
        uint32_t b = h;
        while (b > 0 && h - b < 3 && !taken[b - 1] && Case(s.cases[b - 1]) == Case::title &&
               !(lex.kinds_of(s.hl[b - 1]) & (LK_GPE | LK_NORP | LK_TITLE | LK_FIRSTNAME)) && !line_break_between(s, b - 1))
            --b;
        for (uint32_t k = b; k < m.start; ++k) taken[k] = 1;
        m.start = b;
    }
    // "seats in the Assembly of the Republic", "the Council of State": a body's head word no mention
    // holds, then "of" ("of the"), then the mention: one organisation from the head (with the
    // Title-case words before it: "the National Assembly of ..."; not a title: "President of the
    // Republic" is a post)
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.end <= m.start || m.start < 2) continue;
        uint32_t of = m.start - 1;
        if (s.lower[of] == "the" && of > 0) --of;
        if (s.lower[of] != "of" || of == 0) continue;
        const uint32_t h = of - 1;
        static constexpr std::string_view kBody[] = {"assembly", "parliament", "council", "court", "congress",
            "chamber", "senate", "academy", "tribunal"};
        bool body = false;
        for (std::string_view b : kBody) body |= s.lower[h] == b;
        if (!body || taken[h] || Case(s.cases[h]) != Case::title || line_break_between(s, h)) continue;
        uint32_t b = h;
        while (b > 0 && h - b < 2 && !taken[b - 1] && Case(s.cases[b - 1]) == Case::title &&
               !(lex.kinds_of(s.hl[b - 1]) & (LK_GPE | LK_NORP | LK_TITLE | LK_FIRSTNAME)) && !line_break_between(s, b - 1))
            --b;
        for (uint32_t k = b; k < m.start; ++k) taken[k] = 1;
        m.start = b;
        m.type = EntityType::ORG;
        m.fixed = true;
    }
    // "one council member, Professor Iwona Duda-Krawczyk, voted": a person's title opening an
    // organisation of two or three more Title-case words, none a word of organisations, is the
    // title of a person
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.end < m.start + 2 || m.end > m.start + 4 ||
            !(lex.kinds_of(s.hl[m.start]) & LK_TITLE))
            continue;
        // (a title that is no word of a firm's name, or a known given name after it: not "General
        // Technology Division", "Economist Intelligence Unit", "King Soopers Supermarkets")
        // (with one word after it only such a title: "Justice Mwiinga said", not "Justice Department")
        const std::string_view t = s.lower[m.start];
        const bool person_title = t == "professor" || t == "prof" || t == "dr" || t == "ayatollah" ||
                                  t == "sheikh" || t == "cardinal" || t == "archbishop" || t == "rabbi" ||
                                  t == "imam" || t == "mr" || t == "mrs" || t == "ms" || t == "justice" ||
                                  t == "judge";
        if (!person_title && (m.end == m.start + 2 || !(lex.kinds_of(s.hl[m.start + 1]) & LK_FIRSTNAME))) continue;
        if (m.end < s.words.size() && is_possessive(s.words[m.end])) continue;  // ("Dr Reddy's Laboratories")
        // (one name after the title only when the name ends there: not "Justice Sandra" of "Justice
        // Sandra Day O'Connor", whose rest the tagger left apart)
        if (m.end == m.start + 2 && m.end < s.words.size() && Case(s.cases[m.end]) == Case::title) continue;
        bool plain = true;
        for (uint32_t k = m.start + 1; k < m.end && plain; ++k)
            plain = Case(s.cases[k]) == Case::title && !(lex.kinds_of(s.hl[k]) & (LK_ORGWORD | LK_TITLE | LK_GPE)) &&
                    !org_descriptor(s.lower[k]);
        if (!plain) continue;
        taken[m.start] = 0;
        ++m.start;
        m.type = EntityType::PERSON;
    }
    // "Kenya's Faith Chepkoech Rotich won the Berlin half marathon": a country's athlete or
    // citizen, not a company, when two or three plain Title-case words (no organisation word) after
    // the possessive are followed by a verb of a contest, or open with a known given name
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.fixed || m.start < 2 || m.end < m.start + 2 || m.end > m.start + 3 ||
            m.end >= s.words.size() || !is_possessive(s.words[m.start - 1]))
            continue;
        if (!(lex.kinds_of(s.hl[m.start - 2]) & LK_COUNTRY)) continue;
        if (lex.lookup_tokens(&s.hl[m.start], m.end - m.start).kinds & (LK_ORG | LK_GPE | LK_LOC)) continue;
        bool plain = true;
        for (uint32_t k = m.start; k < m.end && plain; ++k)
            plain = Case(s.cases[k]) == Case::title && !(lex.kinds_of(s.hl[k]) & (LK_ORGWORD | LK_TITLE | LK_GPE)) &&
                    !org_descriptor(s.lower[k]) && s.words[k].find('-') == std::string_view::npos;
        if (!plain) continue;
        const std::string_view next = s.lower[m.end];
        const bool contest = next == "won" || next == "wins" || next == "finished" || next == "beat" || next == "beats" ||
                             next == "defeated" || next == "clinched" || next == "retained" || next == "crossed";
        if (!contest && !(lex.kinds_of(s.hl[m.start]) & LK_FIRSTNAME)) continue;
        m.type = EntityType::PERSON;
    }
    // "India's Directorate General of Trade Remedies recommended": the tagger took "Directorate
    // General" for a person; a name with a body's head word is an organisation, and "of" with one
    // to three Title-case words no mention holds (no place or people) completes it
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if ((m.type != EntityType::ORG && m.type != EntityType::PERSON) || m.end <= m.start) continue;
        bool body = false;
        for (uint32_t k = m.start; k < m.end && !body; ++k) body = Case(s.cases[k]) == Case::title && institution_head(s.lower[k]);
        if (!body) continue;
        if (m.type == EntityType::PERSON) {
            m.type = EntityType::ORG;
            m.fixed = true;
        }
        if (m.end + 1 >= s.words.size() || s.lower[m.end] != "of") continue;
        uint32_t e = m.end + 1;
        const auto free_word = [&](uint32_t k) {
            return k < s.words.size() && !taken[k] && Case(s.cases[k]) == Case::title &&
                   !(lex.kinds_of(s.hl[k]) & (LK_GPE | LK_NORP | LK_TITLE | LK_FIRSTNAME)) && !line_break_between(s, k - 1);
        };
        // (with "and" between Title-case words: "the Department of Trade and Industry")
        while (e - m.end <= 4 && (free_word(e) || (e > m.end + 1 && s.lower[e] == "and" && free_word(e + 1))))
            e += free_word(e) ? 1 : 2;
        if (e == m.end + 1 || (e < s.words.size() && Case(s.cases[e]) != Case::lower && Case(s.cases[e]) != Case::punct))
            continue;
        for (uint32_t k = m.end; k < e; ++k) taken[k] = 1;
        m.end = e;
    }
    // "the U.S.-Mexico-Canada Agreement": the tokenizer keeps the dotted "U.S." apart from the
    // hyphen after it, and the tagger began the name at "Mexico". A capitalized word glued to the
    // name by a hyphen is its first word (a place mention there is absorbed).
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.start < 2 || m.end <= m.start + 1 || s.words[m.start - 1] != "-" ||
            !s.glued[m.start - 1] || !s.glued[m.start] ||
            (Case(s.cases[m.start - 2]) != Case::title && Case(s.cases[m.start - 2]) != Case::upper))
            continue;
        const uint32_t b = m.start - 2;
        for (size_t q = from; q < out.size(); ++q)
            if (q != r && out[q].start == b && out[q].end == b + 1) out[q].end = out[q].start;  // absorbed: removed below
        taken[b] = taken[b + 1] = 1;
        m.start = b;
    }
    // "the German Association of the Automotive Industry", "The Brazilian Association of Animal
    // Protein": a nationality right before an association's head word that opens the name is its
    // first word (the tagger left it a people of its own). Only associations and the like: "the
    // Chinese Ministry of Commerce" keeps its people, which says whose ministry it is.
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.start < 1 || m.end < m.start + 2) continue;
        const std::string_view head = s.lower[m.start];
        if (head != "association" && head != "federation" && head != "confederation" && head != "chamber" &&
            head != "society" && head != "institute" && head != "league" && head != "alliance")
            continue;
        size_t n = from;
        while (n < out.size() && !(out[n].type == EntityType::NORP && out[n].end == m.start && out[n].start + 1 == m.start)) ++n;
        if (n == out.size()) continue;
        const uint32_t b = out[n].start;
        if (b > 0 && s.lower[b - 1] != "the") continue;
        out[n].end = out[n].start;  // absorbed: removed below
        m.start = b;
    }
    drop_absorbed(out, from);
}

// Government bodies the tagger left out ("Chile's Trade Ministry on Thursday widened ..."): one
// to three Title-case words ending in a word that only heads an institution's name, none of them
// in a mention, after "the", a possessive or a place, are an organisation.
bool institution_head(std::string_view lower_word) {
    return lower_word == "ministry" || lower_word == "department" || lower_word == "commission" ||
           lower_word == "agency" || lower_word == "bureau" || lower_word == "council" || lower_word == "committee" ||
           lower_word == "directorate";
}

void missed_institutions(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from,
                         std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    // "Mexico's Senate approved ...": a country's legislature or cabinet after its possessive is
    // named by the one word
    for (uint32_t e = 2; e < n; ++e) {
        if (taken[e] || Case(s.cases[e]) != Case::title || !is_possessive(s.words[e - 1]) || line_break_between(s, e - 1))
            continue;
        const std::string_view w = s.lower[e];
        if (!(w == "senate" || w == "congress" || w == "parliament" || w == "cabinet")) continue;
        if (e + 1 < n && !taken[e + 1] && Case(s.cases[e + 1]) == Case::title) continue;  // (a longer name)
        bool place = false;
        for (size_t q = from; q < out.size() && !place; ++q)
            place = out[q].end == e - 1 && out[q].type == EntityType::GPE;
        if (!place) continue;
        out.push_back({si, e, e + 1, EntityType::ORG, true});
        taken[e] = 1;
    }
    for (uint32_t e = 1; e < n; ++e) {
        // ("the governing Labor Party", "Britain's ruling Conservative Party": a party's name is one
        // whatever comes before it)
        const bool party = s.lower[e] == "party";
        if (taken[e] || Case(s.cases[e]) != Case::title || !(institution_head(s.lower[e]) || party)) continue;
        uint32_t b = e;
        while (b > 0 && e - b < 3 && !taken[b - 1] && Case(s.cases[b - 1]) == Case::title &&
               !company_stop(s.lower[b - 1]) && !line_break_between(s, b - 1))
            --b;
        // ("China's Ministry of Commerce": the head first, then "of" and Title-case words)
        uint32_t last = e;
        if (b == e) {
            const auto free_title = [&](uint32_t k) {
                return k < n && !taken[k] && Case(s.cases[k]) == Case::title && !line_break_between(s, k - 1);
            };
            if (e + 2 >= n || s.lower[e + 1] != "of" || taken[e + 1] || !free_title(e + 2)) continue;
            last = e + 2;
            while (last - e < 6 && (free_title(last + 1) ||
                                    (last + 2 < n && s.lower[last + 1] == "and" && !taken[last + 1] && free_title(last + 2))))
                last += free_title(last + 1) ? 1 : 2;
        }
        if (line_break_between(s, e - 1)) continue;  // "Ministry" alone names no one (above)
        // what comes before: "the", a possessive, or a place/nationality mention ending there
        bool lead = (b > 0 && (s.lower[b - 1] == "the" || is_possessive(s.words[b - 1]))) || (party && b < e);
        for (size_t q = from; q < out.size() && !lead && b > 0; ++q)
            lead = out[q].end == b && (out[q].type == EntityType::GPE || out[q].type == EntityType::NORP);
        if (!lead) continue;
        out.push_back({si, b, last + 1, EntityType::ORG, true});
        for (uint32_t k = b; k <= last; ++k) taken[k] = 1;
        e = last;
    }
}

// "Commerce ministry spokesman X said": the tagger takes the capitalized portfolio word for an
// organisation and leaves out the lower-case institution word after it. The name is both
// ("Commerce ministry"), as the tagger's "Foreign Ministry" is; "Commerce" alone is no body.
void portfolio_institutions(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex,
                            std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    // "Commerce and Industry Minister X", "Foreign and Commonwealth Secretary X": portfolio words
    // before a title are the title's; the tagger's organisation of them goes
    bool dropped = false;
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.end - m.start > 3) continue;
        bool portfolio = true;
        for (uint32_t q = m.start; q < m.end && portfolio; ++q)
            portfolio = s.lower[q] == "and" || (lex.kinds_of(s.hl[q]) & LK_PORTFOLIO);
        uint32_t e = m.end;
        while (portfolio && e < n && e < m.end + 3 &&
               (s.lower[e] == "and" || s.lower[e] == "&" || (lex.kinds_of(s.hl[e]) & LK_PORTFOLIO)))
            ++e;
        if (portfolio && e < n && Case(s.cases[e]) == Case::title && (lex.kinds_of(s.hl[e]) & LK_TITLE)) {
            m.end = m.start;
            dropped = true;
        }
    }
    if (dropped) drop_absorbed(out, from);
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.end != m.start + 1 || m.end >= n || taken[m.end]) continue;
        if (Case(s.cases[m.end]) != Case::lower || !institution_head(s.lower[m.end]) || line_break_between(s, m.start))
            continue;
        if (!(lex.kinds_of(s.hl[m.start]) & LK_PORTFOLIO)) continue;
        taken[m.end] = 1;
        ++m.end;
    }
}

// "according to the Korea International Trade Association", "the China Iron and Steel
// Association", "the Japan External Trade Organization": a body named after its country. The
// tagger took the country's name for the place and cut or dropped the rest. After "the", a
// country's or nationality's name (one Title-case word) and at least two more capitalized words
// ("and", "of", "for" between them), the last an organisation's head word (gazetteer kind
// orgword), are one organisation; the mentions inside it go. (Not a country's long name: "the
// Russian Federation".)
void country_named_orgs(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from,
                        const Lexicon& lex, std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    bool any = false;
    for (uint32_t b = 1; b + 2 < n; ++b) {
        if (s.lower[b - 1] != "the" || Case(s.cases[b]) != Case::title || !(lex.kinds_of(s.hl[b]) & (LK_COUNTRY | LK_NORP)))
            continue;
        uint32_t e = b + 1, comma = 0, joined = 0, first_comma = 0;  // (commas and "and" crossed)
        bool named_item = false;  // a comma after a head word: "the Socialist Party, Democratic ..."
        while (e < n && e - b < 10 && !line_break_between(s, e - 1)) {
            const Case c = Case(s.cases[e]);
            if (c == Case::title || c == Case::upper) { ++e; continue; }
            const std::string_view w = s.lower[e];
            // ("the Vietnam Leather, Footwear and Handbag Association": a list inside the name)
            if ((w == "and" || w == "of" || w == "for" || w == "&" || w == ",") && e + 1 < n &&
                Case(s.cases[e + 1]) == Case::title && !line_break_between(s, e)) {
                if (w == ",") {
                    comma = e;
                    if (!first_comma) first_comma = e;
                    named_item |= (lex.kinds_of(s.hl[e - 1]) & LK_ORGWORD) != 0;
                }
                if (w == "and") joined = e;
                e += 2;
                continue;
            }
            break;
        }
        // (commas of a list of names, or a name before an apposition: "the Brazilian Coffee
        // Institute, Jorio Dauster": the name ends at the first comma)
        if (comma && (joined < comma || named_item)) e = first_comma;
        if (e - b < 3 || !(lex.kinds_of(s.hl[e - 1]) & LK_ORGWORD) || is_possessive(s.words[e - 1])) continue;
        if (lex.lookup_tokens(&s.hl[b], e - b).kinds & (LK_GPE | LK_LOC)) continue;
        // (no person's title inside: "the Algerian Minister of Energy"; and a nationality before a
        // government's own body only says whose it is: "the Italian Foreign Ministry", "the Dutch
        // Central Bank" stay the nationality and "Foreign Ministry", which later mentions join)
        bool title = false, government = false;
        for (uint32_t k = b + 1; k < e; ++k) {
            const std::string_view w = s.lower[k];
            title |= (lex.kinds_of(s.hl[k]) & LK_TITLE) != 0;
            government |= w == "ministry" || w == "department" || w == "government" || w == "administration" ||
                          w == "cabinet" || w == "parliament" || w == "senate" || w == "congress" || w == "army" ||
                          w == "navy" || w == "police" || w == "embassy" || w == "court" ||
                          (w == "bank" && (s.lower[k - 1] == "central" || s.lower[k - 1] == "national"));
        }
        if (title || (government && !(lex.kinds_of(s.hl[b]) & LK_COUNTRY))) continue;
        // (mentions reaching outside the span are left alone: the tagger saw a longer name)
        bool crossed = false;
        for (size_t q = from; q < out.size() && !crossed; ++q)
            crossed = out[q].end > out[q].start && out[q].start < e && out[q].end > b && (out[q].start < b || out[q].end > e);
        if (crossed) continue;
        for (size_t q = from; q < out.size(); ++q)
            if (out[q].start >= b && out[q].end <= e && out[q].end > out[q].start) {
                out[q].end = out[q].start;  // inside the name: removed below
                any = true;
            }
        out.push_back({si, b, e, EntityType::ORG, true});
        for (uint32_t k = b; k < e; ++k) taken[k] = 1;
        b = e;
    }
    if (any)
        drop_absorbed(out, from);
}

// "the Ministry of Economy, Trade and Industry", "Ministry of Trade, Industry and Energy": a
// ministry's portfolios are a list; the tagger stopped at the first comma (and made a second
// organisation of "Industry and Energy"). An institution's "X of Y" name followed by ", Z" and
// "and W" (capitalized words) takes the whole list.
void ministry_portfolio_lists(const StageSentence& s, std::vector<RawMention>& out, size_t from,
                              std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    bool any = false;
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.end - m.start < 3 || m.end + 3 > n || s.words[m.end] != ",") continue;
        const std::string_view head = s.lower[m.start];
        if (s.lower[m.start + 1] != "of" ||
            !(institution_head(head) || head == "office" || head == "secretariat" || head == "directorate"))
            continue;
        uint32_t e = m.end, and_at = 0;
        while (e + 1 < n && (s.words[e] == "," || s.lower[e] == "and") && Case(s.cases[e + 1]) == Case::title &&
               !line_break_between(s, e - 1) && e - m.end < 8) {
            if (s.lower[e] == "and") and_at = e;
            e += 2;
            while (e < n && Case(s.cases[e]) == Case::title && e - m.end < 8) ++e;  // ("Foreign Affairs")
            if (and_at) break;
        }
        if (!and_at) continue;
        for (size_t q = from; q < out.size(); ++q)
            if (q != r && out[q].start >= m.end && out[q].end <= e && out[q].end > out[q].start) {
                out[q].end = out[q].start;  // inside the name: removed below
                any = true;
            }
        for (uint32_t k = m.end; k < e; ++k) taken[k] = 1;
        m.end = e;
    }
    if (any)
        drop_absorbed(out, from);
}

// "Grain Producers Australia chairman Barry Large", "Wine Growers Peru president X": a body named
// with its country last. The tagger took the country for the place (the role became "Australia
// chairman") and left the words before it. One to three capitalized common words (the model's
// lowercase vocabulary: no given name, no "Former" or "Deputy"), no mention on them, right before
// a country the gazetteer knows, itself right before an officer's word and a capitalized name,
// make one organisation with the country.
void bodies_before_officer(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex,
                           const KeySet& lower_vocab, std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::GPE || m.start == 0 || m.end + 1 >= n || Case(s.cases[m.end + 1]) != Case::title)
            continue;
        const std::string_view officer = s.lower[m.end];
        if (!(officer == "chairman" || officer == "chairwoman" || officer == "chair" || officer == "president" ||
              officer == "director" || officer == "spokesman" || officer == "spokeswoman" || officer == "head" ||
              officer == "ceo" || officer == "chief" || officer == "manager"))
            continue;
        if (!(lex.lookup_tokens(&s.hl[m.start], m.end - m.start).kinds & LK_COUNTRY)) continue;
        uint32_t b = m.start;
        while (b > 0 && m.start - b < 3 && !taken[b - 1] && Case(s.cases[b - 1]) == Case::title &&
               !line_break_between(s, b - 1)) {
            const std::string_view w = s.lower[b - 1];
            static constexpr std::string_view kNot[] = {"former", "then", "acting", "interim", "incoming", "outgoing",
                "deputy", "senior", "veteran", "current", "new", "top", "the", "a", "an", "and", "his", "her",
                "their", "its", "our", "but", "as", "when", "while", "after", "before", "says", "said", "by"};
            bool stop = false;
            for (std::string_view k : kNot) stop |= w == k;
            if (stop || !lower_vocab.contains(s.hl[b - 1]) ||
                (lex.kinds_of(s.hl[b - 1]) & (LK_TITLE | LK_FIRSTNAME | LK_GPE | LK_NORP | LK_LOC | LK_ORG)))
                break;
            --b;
        }
        if (b == m.start) continue;
        for (uint32_t k = b; k < m.start; ++k) taken[k] = 1;
        m.start = b;
        m.type = EntityType::ORG;
        m.fixed = true;
    }
}

// "the African Growth and Opportunity Act (AGOA)": the tagger took "African" for a people and the
// rest for the organisation; the short form in brackets after it spells the name with the word
// before it (its initials, "and"/"of"/"the"/"for" left out), so that word is the name's first.
void acronym_extends_left(const StageSentence& s, std::vector<RawMention>& out, size_t from,
                          std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    bool any = false;
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.start == 0 || m.end + 2 >= n || s.words[m.end] != "(" ||
            s.words[m.end + 2] != ")" || Case(s.cases[m.end + 1]) != Case::upper)
            continue;
        const std::string_view acr = s.words[m.end + 1];
        std::string initials;
        for (uint32_t k = m.start; k < m.end; ++k) {
            const std::string_view w = s.lower[k];
            if (w == "and" || w == "of" || w == "the" || w == "for" || w == "&") continue;
            initials += char(std::toupper(static_cast<unsigned char>(s.words[k][0])));
        }
        const uint32_t b = m.start - 1;
        if (Case(s.cases[b]) != Case::title || acr.size() != initials.size() + 1 ||
            acr.substr(1) != initials || acr[0] != s.words[b][0])
            continue;
        // the word before: a one-word mention of a place or people, or no mention
        for (size_t q = from; q < out.size(); ++q)
            if (q != r && out[q].end == m.start && out[q].start == b &&
                (out[q].type == EntityType::NORP || out[q].type == EntityType::GPE)) {
                out[q].end = out[q].start;  // absorbed: removed below
                any = true;
            }
        taken[b] = 1;
        m.start = b;
        m.fixed = true;
    }
    if (any) drop_absorbed(out, from);
}

// A company opening a sentence that the tagger left out ("Reliance Industries said ...",
// "Reliance Industries, which runs ..."): its first word has a lower-case use, so its capital
// told the tagger nothing. Two to four capitalized words, none in a mention, ending in a
// company's head word and followed by a comma or a lower-case word, are an organisation (as are
// those the tagger took from the second word on as one name of its own).
void missed_company_at_start(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from,
                             const Lexicon& lex, std::vector<uint8_t>& taken) {
    static constexpr std::string_view kHeads[] = {"industries", "group", "holdings", "motors", "airlines",
        "airways", "steel", "electronics", "chemicals", "technologies", "petroleum", "pharmaceuticals", "mining",
        "metals", "materials", "semiconductor", "telecom", "bancorp", "securities", "investments",
        // (plurals no surname ends in: "Memory Protection Devices has raised prices")
        "devices", "instruments", "systems", "dynamics", "solutions", "networks", "therapeutics", "laboratories"};
    const uint32_t n = uint32_t(s.words.size());
    uint32_t e = 0;
    while (e < n && e < 5 && Case(s.cases[e]) == Case::title && (e == 0 || !line_break_between(s, e - 1))) ++e;
    if (e < 2 || e > 4 || e >= n || s.lower[0] == "the" || line_break_between(s, e - 1)) return;
    if (!(s.words[e] == "," || Case(s.cases[e]) == Case::lower)) return;
    bool head = false;
    for (std::string_view h : kHeads) head |= s.lower[e - 1] == h;
    if (!head) return;
    // "Advanced Micro Devices said": the tagger, reading the first word as capitalized by its
    // place, made the rest a person; the whole run is the company when the first word is shaped
    // as an adjective ("Applied", "General", "Southern", "Pacific"; not "Then", "Its",
    // "Although", "Concerning") that no gazetteer knows as a place, people, title or given name
    size_t cut = out.size();
    for (uint32_t k = 1; k < e; ++k) {
        if (!taken[k]) continue;
        if (cut < out.size()) continue;  // (inside the mention found below)
        for (size_t q = from; q < out.size(); ++q)
            if (out[q].start == 1 && out[q].end == e && !out[q].fixed &&
                (out[q].type == EntityType::PERSON || out[q].type == EntityType::ORG))
                cut = q;
        const std::string_view w0 = s.lower[0];
        const bool adjective = w0.size() > 4 && (w0.ends_with("ed") || w0.ends_with("al") || w0.ends_with("ern") ||
                                                 w0.ends_with("ic") || w0.ends_with("ive") || w0.ends_with("ary"));
        if (cut == out.size() || !adjective ||
            (lex.kinds_of(s.hl[0]) & (LK_GPE | LK_NORP | LK_TITLE | LK_FIRSTNAME | LK_ROLEWORD)))
            return;
    }
    if (cut < out.size()) {
        out[cut] = {si, 0, e, EntityType::ORG, true};
        taken[0] = 1;
        return;
    }
    out.push_back({si, 0, e, EntityType::ORG, true});
    for (uint32_t k = 0; k < e; ++k) taken[k] = 1;
}

// Names the tagger left out right after a lower-case organisation noun ("rare earth miner [MP
// Materials] rose", "fund [Elliott Management] said"): one to five capitalized words ("of", "in",
// "for" between them), none in a mention, with no place, nationality, first name or lone title
// the gazetteers know, are an organisation.
void missed_after_descriptor(const StageSentence& s, uint32_t si, const Lexicon& lex, std::vector<RawMention>& out,
                             std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    for (uint32_t k = 1; k + 1 < n; ++k) {
        const Case next = Case(s.cases[k + 1]);
        if ((next != Case::title && next != Case::upper) || taken[k + 1] || Case(s.cases[k]) != Case::lower ||
            !org_descriptor(s.lower[k]) || s.lower[k - 1] == "aircraft")  // (a ship: "aircraft carrier Enterprise")
            continue;
        // (with "of", "in", "for" between capitalized words: "group [Human Rights in China]",
        // "newspaper [The New Light of Myanmar]")
        uint32_t e = k + 1;
        while (e < n && e - (k + 1) < 6 && !taken[e] && !line_break_between(s, e - 1) &&
               (Case(s.cases[e]) == Case::title || Case(s.cases[e]) == Case::upper ||
                (e > k + 1 && e + 1 < n && (s.lower[e] == "of" || s.lower[e] == "in" || s.lower[e] == "for") &&
                 (Case(s.cases[e + 1]) == Case::title || Case(s.cases[e + 1]) == Case::upper) && !taken[e + 1])))
            ++e;
        if (e - (k + 1) > 5 || is_possessive(s.words[e - 1])) continue;  // a longer run is a heading's
        // (a plural of people the gazetteer lacks: "a group Gazans have nicknamed"; a roman
        // numeral: "group III transmissions"; "The" before a name the tagger found)
        if (e == k + 2 && (s.lower[k + 1].ends_with("ans") || s.lower[k + 1].find_first_not_of("ivx") == std::string_view::npos ||
                           s.lower[k + 1] == "the"))
            continue;
        // a relative clause: "a company Michaels would form", "a group Gazans have nicknamed"
        static constexpr std::string_view kClauseVerb[] = {"would", "will", "is", "was", "has", "had", "have",
            "are", "were", "can", "could", "may", "might", "plans", "planned", "owns", "owned", "runs", "ran"};
        if (e < n && (s.lower[k - 1] == "a" || s.lower[k - 1] == "an")) {
            bool clause = false;
            for (std::string_view c : kClauseVerb) clause |= s.lower[e] == c;
            if (clause) continue;
        }
        bool letter = false;  // (a table's "N / A" after "company")
        for (uint32_t q = k + 1; q < e && !letter; ++q) letter = s.lower[q].size() >= 2;
        if (!letter) continue;
        if (lex.lookup_tokens(&s.hl[k + 1], e - (k + 1)).kinds & (LK_GPE | LK_LOC | LK_NORP | LK_TITLE | LK_FIRSTNAME))
            continue;
        if (lex.kinds_of(s.hl[k + 1]) & (LK_GPE | LK_NORP)) continue;
        // a person after a title ("the group Chairman John Smith"): no first name in the run,
        // and a title word alone is none ("MP Materials" is a name)
        bool person = e == k + 2 && (lex.kinds_of(s.hl[k + 1]) & LK_TITLE);
        for (uint32_t q = k + 1; q < e && !person; ++q) person = (lex.kinds_of(s.hl[q]) & LK_FIRSTNAME) != 0;
        if (person) continue;
        out.push_back({si, k + 1, e, EntityType::ORG, true});
        for (uint32_t q = k + 1; q < e; ++q) taken[q] = 1;
        k = e;
    }
}

// Names the tagger left out before a company apposition ("Reliance Industries, India's largest
// private refiner, has stopped ..."): up to four capitalized words ("and"/"&" between them),
// none in a mention, no first name, place, nationality or title among them, are an organisation.
void missed_before_apposition(const StageSentence& s, uint32_t si, const Lexicon& lex, const KeySet& lower_vocab,
                              std::vector<RawMention>& out, std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    const auto capital = [&](uint32_t k) {
        return (Case(s.cases[k]) == Case::title || Case(s.cases[k]) == Case::upper) && s.lower[k].size() >= 2;
    };
    for (uint32_t e = 1; e + 2 < n; ++e) {
        if (s.words[e] != "," || taken[e - 1] || !capital(e - 1)) continue;
        // (with "and"/"&" between capitalized words: "Strevig and Associates, a Houston firm")
        uint32_t b = e - 1;
        while (b > 0 && e - b < 5 && !taken[b - 1] && !line_break_between(s, b - 1) &&
               (capital(b - 1) ||
                (b >= 2 && (s.lower[b - 1] == "and" || s.lower[b - 1] == "&") && capital(b - 2) && !taken[b - 2])))
            --b;
        // a longer capitalized run (a heading's words), or a piece of a name ("A/S", "Strevig
        // and Associates" with Strevig already a mention)
        if (b > 0 && ((capital(b - 1) && !taken[b - 1]) || s.words[b - 1] == "/" || s.words[b - 1] == "&" ||
                      s.lower[b - 1] == "and"))
            continue;
        // a sentence's first word that is a common lower-case word: "Currently, the airline ..."
        if (b == 0 && e == 1 && lower_vocab.contains(s.hl[0])) continue;
        if (!company_apposition(s, e)) continue;
        bool other = (lex.lookup_tokens(&s.hl[b], e - b).kinds & (LK_GPE | LK_LOC | LK_NORP | LK_TITLE)) != 0;
        for (uint32_t q = b; q < e && !other; ++q)
            other = (lex.kinds_of(s.hl[q]) & (LK_FIRSTNAME | LK_TITLE | LK_GPE | LK_NORP)) != 0 || s.lower[q] == "the";
        if (other) continue;
        out.push_back({si, b, e, EntityType::ORG, true});
        for (uint32_t q = b; q < e; ++q) taken[q] = 1;
    }
}

// "..., while Tessadar gained 1.8% in Frankfurt": one capitalized word inside a sentence that no
// mention holds and no gazetteer knows, whose price rose or fell by a share, is a company (the
// tagger, which knew neither the word nor its neighbours, left it out). Not after "the" or a
// possessive ("the Kospi fell 2%", "Japan's Nikkei rose": a market's index), nor after another
// capitalized word (a longer name's end).
void missed_before_move(const StageSentence& s, uint32_t si, const Lexicon& lex, std::vector<RawMention>& out,
                        std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    for (uint32_t k = 1; k + 2 < n; ++k) {
        const Case c = Case(s.cases[k]);
        if (taken[k] || (c != Case::title && c != Case::mixed) || !stock_move_verb(s.lower[k + 1])) continue;
        const Case p = Case(s.cases[k - 1]);
        if (p == Case::title || p == Case::upper || p == Case::mixed || s.lower[k - 1] == "the" ||
            s.lower[k - 1] == "'s" || s.lower[k - 1] == "benchmark" || s.lower[k - 1] == "index" ||
            line_break_between(s, k - 1) || lex.kinds_of(s.hl[k]))
            continue;
        bool share = false;
        for (uint32_t q = k + 2; q < n && q <= k + 5 && !share; ++q)
            share = s.words[q] == "%" || s.lower[q] == "percent" ||
                    (s.lower[q] == "per" && q + 1 < n && s.lower[q + 1] == "cent");
        if (!share) continue;
        out.push_back({si, k, k + 1, EntityType::ORG, true});
        taken[k] = 1;
    }
}

// "South Korean President Lee", "The South African rand": the tagger took "Korean" alone. A
// people or place mention grows to the front by a capitalized word when the gazetteer knows the
// longer phrase as the same kind ("South Korean": NORP).
void gazetteer_fronts(const StageSentence& s, const Lexicon& lex, std::vector<RawMention>& out, size_t from,
                      std::vector<uint8_t>& taken) {
    bool any = false;
    for (size_t q = from; q < out.size(); ++q) {
        RawMention& r = out[q];
        if (r.end == r.start) continue;  // (absorbed)
        const uint16_t kind = r.type == EntityType::NORP ? LK_NORP : r.type == EntityType::GPE ? LK_GPE : 0;
        if (!kind) continue;
        while (r.start > 0 && (Case(s.cases[r.start - 1]) == Case::title || Case(s.cases[r.start - 1]) == Case::upper)) {
            const LexMatch lm = lex.lookup_tokens(&s.hl[r.start - 1], r.end - r.start + 1);
            if (!lm.length || !(lm.kinds & kind)) break;
            if (taken[r.start - 1]) {
                // ("North Korean troops": the tagger's "North" is a mention of its own, one word)
                size_t o = from;
                while (o < out.size() && !(o != q && out[o].end == r.start && out[o].start + 1 == r.start)) ++o;
                if (o == out.size()) break;
                out[o].end = out[o].start;  // absorbed: removed below
                any = true;
            }
            --r.start;
            taken[r.start] = 1;
        }
    }
    if (any)
        drop_absorbed(out, from);
}

namespace {
// A region of two or more words that names one place whatever its context ("British Columbia":
// the tagger, seeing the nationality "British", left it out whole, every time), not a compass
// phrase ("North East", "West Coast", "Free State") nor a saint's or person's name ("Saint Paul").
bool named_region(const StageSentence& s, const Lexicon& lex, uint32_t i, uint32_t e) {
    if (e - i < 2) return false;
    static constexpr std::string_view kGeneric[] = {"north", "south", "east", "west", "northern", "southern",
                                                    "eastern", "western", "central", "upper", "lower", "free",
                                                    "capital", "coast", "state", "new", "great", "greater", "grand",
                                                    "saint", "san", "santa", "st.", "area", "region", "province"};
    bool proper = false;
    for (uint32_t k = i; k < e; ++k) {
        if (lex.kinds_of(s.hl[k]) & (LK_FIRSTNAME | LK_TITLE | LK_ORGWORD)) return false;
        proper |= std::find(std::begin(kGeneric), std::end(kGeneric), s.lower[k]) == std::end(kGeneric);
    }
    return proper;
}
}  // namespace

// Capitalized exact gazetteer places the tagger missed (tables, ALL-CAPS lines): countries and
// cities always, regions of two or more proper words ("British Columbia"), other regions only as
// sports teams before a score ("Surrey 429-7"); and peoples of two or more words ("New
// Zealanders": the tagger, which rarely saw one in training, left it out whole).
// `info` is the sentence as prepare_sentence() left it: its gaz_b of word i holds the kinds of
// lex.match() at i (the same call on the same hashes), so a sentence without any GPE phrase
// is skipped and only words where a GPE phrase starts are matched again (why: this scanned
// every word of every sentence; most sentences name no place).
void add_gazetteer_places(const StageSentence& s, uint32_t si, const Lexicon& lex, const SentenceInfo& info,
                          std::vector<uint8_t>& taken, std::vector<RawMention>& out) {
    if (!lex.size() || !(info.gaz_kinds & (LK_GPE | LK_NORP))) return;
    for (uint32_t i = 0; i < s.words.size(); ++i) {
        if (!(info.tokens[i].gaz_b & (LK_GPE | LK_NORP))) continue;  // lex.match() below would find neither
        if (taken[i]) continue;
        Case c = Case(s.cases[i]);
        if (c != Case::title && c != Case::upper) continue;
        LexMatch lm = lex.match(s.hl.data(), s.hl.size(), i);
        // (one word too, when no capitalized word follows that could make it part of a longer
        // name: "cheap Asian supply", "other European countries")
        // (nor the end of one: "Christian Democrats won", "Social Democrats said"; an article
        // opening the sentence before it is no name: "The Asian markets")
        // (the sentence's first word is capitalized anyway: "Cheap Asian supply" unless it is a
        // given name, "Christian Democrats won")
        const auto capital_before = [&] {
            if (i == 0 || line_break_between(s, i - 1)) return false;
            const Case p = Case(s.cases[i - 1]);
            if (!(p == Case::title || p == Case::upper || p == Case::mixed) || s.lower[i - 1] == "the" ||
                s.lower[i - 1] == "a" || s.lower[i - 1] == "an")
                return false;
            return i - 1 > 0 || (lex.kinds_of(s.hl[i - 1]) & (LK_FIRSTNAME | LK_GPE | LK_ORG | LK_NORP)) != 0;
        };
        const bool alone = lm.length == 1 && i + 1 < s.words.size() && Case(s.cases[i + 1]) == Case::lower &&
                           !line_break_between(s, i) && !capital_before();
        const bool people = (lm.length >= 2 || alone) && (lm.kinds & LK_NORP) &&
                            !(lm.kinds & (LK_GPE | LK_FIRSTNAME | LK_TITLE | LK_ORGWORD | LK_ORG));
        if (!people && (!lm.length || !(lm.kinds & LK_GPE) || (lm.kinds & (LK_FIRSTNAME | LK_TITLE | LK_ORGWORD | LK_NORP))))
            continue;
        uint32_t e = i + uint32_t(lm.length);
        bool free = true;
        for (uint32_t k = i; k < e; ++k) free &= !taken[k] && Case(s.cases[k]) != Case::lower;
        if (!free) continue;
        bool score = e < s.words.size() && is_score(s.words[e]) && !taken[e];
        EntityType t;
        const std::string_view h = i > 0 && Case(s.cases[i - 1]) == Case::title ? s.lower[i - 1] : std::string_view();
        if (h == "mr" || h == "mrs" || h == "ms" || h == "mr." || h == "mrs." || h == "ms." || h == "miss")
            t = EntityType::PERSON;  // ("Ms Paris said": a person the place shares a name with)
        else if (people) t = EntityType::NORP;
        else if (!(lm.kinds & LK_COUNTRY) && score) t = EntityType::ORG;
        else if (lm.kinds & (LK_COUNTRY | LK_CITY)) t = EntityType::GPE;
        else if (named_region(s, lex, i, e)) t = EntityType::GPE;
        else continue;
        out.push_back({si, i, e, t, true});
        for (uint32_t k = i; k < e; ++k) taken[k] = 1;
        i = e - 1;
    }
}

// "The World Trade Organization said ...": an organisation of two or more words (or one
// double-barrelled word: "Rolls-Royce") that the gazetteers know, capitalized, that no mention holds any word of (the tagger, whose training
// news rarely named it, left it out whole), is one.
void add_gazetteer_orgs(const StageSentence& s, uint32_t si, const Lexicon& lex, const SentenceInfo& info,
                        std::vector<uint8_t>& taken, std::vector<RawMention>& out) {
    if (!lex.size() || !(info.gaz_kinds & LK_ORG)) return;
    for (uint32_t i = 0; i < s.words.size(); ++i) {
        if (!(info.tokens[i].gaz_b & LK_ORG) || taken[i]) continue;
        const Case c = Case(s.cases[i]);
        if (c != Case::title && c != Case::upper) continue;
        const LexMatch lm = lex.match(s.hl.data(), s.hl.size(), i);
        // (one word only when hyphenated capitals make it a name no common word spells:
        // "Rolls-Royce", not "Apple")
        const auto double_barrelled = [&] {
            const std::string_view w = s.words[i];
            const size_t h = w.find('-');
            return h != std::string_view::npos && h > 0 && h + 1 < w.size() && w[h + 1] >= 'A' && w[h + 1] <= 'Z';
        };
        if (lm.length < 1 || (lm.length == 1 && !double_barrelled()) || !(lm.kinds & LK_ORG) ||
            (lm.kinds & (LK_GPE | LK_COMMON)))
            continue;
        const uint32_t e = i + uint32_t(lm.length);
        bool free = true;
        for (uint32_t k = i; k < e; ++k) free &= !taken[k] && Case(s.cases[k]) != Case::lower;
        // (nor a part of a longer capitalized name: "S. African Union Objects to ...", "Credit
        // Suisse First Boston Ltd"; a title after it is no part: "World Bank President X"; in a
        // heading's Title Case every next word is capitalized: "World Bank Report Criticises ...")
        const auto capital = [&](uint32_t k) {
            const Case ck = Case(s.cases[k]);
            return (ck == Case::title || ck == Case::upper || ck == Case::mixed) && !line_break_between(s, k < i ? k : k - 1);
        };
        if (!free || (i > 0 && capital(i - 1) && s.lower[i - 1] != "the") ||
            (e < s.words.size() && !s.heading && capital(e) && !(lex.kinds_of(s.hl[e]) & (LK_TITLE | LK_ROLEHEAD))))
            continue;
        out.push_back({si, i, e, EntityType::ORG, true});
        for (uint32_t k = i; k < e; ++k) taken[k] = 1;
        i = e - 1;
    }
}

void widen_to_gazetteer_orgs(const StageSentence& s, uint32_t si, const Lexicon& lex, const SentenceInfo& info,
                             std::vector<RawMention>& out, size_t sentence_from, std::vector<uint8_t>& taken) {
    if (!lex.size() || !(info.gaz_kinds & LK_ORG) || out.size() == sentence_from) return;
    for (uint32_t i = 0; i < s.words.size(); ++i) {
        if (!(info.tokens[i].gaz_b & LK_ORG)) continue;
        const Case c = Case(s.cases[i]);
        if (c != Case::title && c != Case::upper) continue;
        const LexMatch lm = lex.match(s.hl.data(), s.hl.size(), i);
        if (lm.length < 3 || !(lm.kinds & LK_ORG) || (lm.kinds & (LK_GPE | LK_COMMON))) continue;
        const uint32_t e = i + uint32_t(lm.length);
        const Case last = Case(s.cases[e - 1]);
        if (last != Case::title && last != Case::upper) continue;
        // Every mention that touches the name lies inside it, and one stops short of its end or
        // begins after its start ("Gulf [Cooperation Council]": the tagger left out its first word).
        bool inside = true, partial = false, any = false;
        for (size_t q = sentence_from; q < out.size() && inside; ++q) {
            const RawMention& r = out[q];
            if (r.sentence != si || r.end <= i || r.start >= e) continue;
            inside = r.start >= i && r.end <= e;
            partial |= r.end < e || r.start > i;
            any = true;
        }
        if (!any || !inside || !partial) continue;
        // (nor a part of a longer capitalized name after it, outside a heading's Title Case)
        if (e < s.words.size() && !s.heading && !line_break_between(s, e - 1) &&
            (Case(s.cases[e]) == Case::title || Case(s.cases[e]) == Case::upper) &&
            !(lex.kinds_of(s.hl[e]) & (LK_TITLE | LK_ROLEHEAD)))
            continue;
        out.erase(std::remove_if(out.begin() + long(sentence_from), out.end(),
                                 [&](const RawMention& r) { return r.sentence == si && r.start >= i && r.end <= e; }),
                  out.end());
        out.push_back({si, i, e, EntityType::ORG, true});
        for (uint32_t k = i; k < e; ++k) taken[k] = 1;
        i = e - 1;
    }
}

// ---- word lists of the document rules (called per mention, not per word) ----------------------

// A verb of a share price's move: "Kelvorn gained 2.1%", "Lynas fell as much as 8%".
bool stock_move_verb(std::string_view w) {
    // (string_view constants: no strlen per comparison, as "const char*" ones cost)
    static constexpr std::string_view kMove[] = {"gained", "rose", "fell", "added", "dropped", "jumped", "climbed",
        "slipped", "slid", "tumbled", "surged", "lost", "declined", "advanced", "eased", "edged", "plunged", "soared",
        "sank", "rallied", "gains", "rises", "falls", "drops", "jumps", "climbs", "slips", "slides", "tumbles",
        "surges", "sinks", "plunges", "soars", "up", "down"};  // ("with Shiseido down 9%")
    for (std::string_view k : kMove)
        if (w == k) return true;
    return false;
}
// A lower-case plural of trade after a kind of goods: "Semiconductor tariffs", "Shrimp exporters".
bool trade_plural(std::string_view w) {
    static constexpr std::string_view kPlural[] = {"tariffs", "duties", "levies", "exports", "exporters", "imports",
        "importers", "prices", "makers", "manufacturers", "producers", "shipments", "sales", "supplies", "farmers",
        "growers", "futures", "inventories", "quotas",
        // (and a good's trade or industry in the singular: "Orange juice and aircraft are among the
        // exports", "Coffee output fell")
        "juice", "output", "production", "industry", "harvest", "crop", "consumption", "demand"};
    for (std::string_view k : kPlural)
        if (w == k) return true;
    return false;
}


// ---- name shapes: lists of companies, cut names, appositions, legal words, "&", "and" ------------

// "companies such as Amazon, Google and Meta Platforms": the names in a list of companies are
// companies ("Amazon" read as the river), one each ("Google and Meta Platforms" was one).
[[gnu::noinline]] void company_lists(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from) {
    const uint32_t n = uint32_t(s.words.size());
    for (uint32_t k = 1; k + 1 < n; ++k) {
        // "battery makers LG Energy Solution and Samsung SDI fell": the list right after the noun
        const bool direct = Case(s.cases[k]) == Case::lower && s.lower[k].size() >= 5 && s.lower[k].back() == 's' &&
                            (Case(s.cases[k + 1]) == Case::title || Case(s.cases[k + 1]) == Case::upper) &&
                            !line_break_between(s, k);
        const size_t len = s.lower[k].size();  // ("as", "including", ",": most words are none of these lengths)
        if (len != 2 && len != 9 && len != 1 && !direct) continue;
        if (k < 2 && !direct) continue;
        const bool such = s.lower[k] == "as" && s.lower[k - 1] == "such";
        // "Russia's two biggest oil companies, Rosneft and Lukoil,": a list in apposition
        const bool apposition = s.lower[k] == ",";
        if (!such && !apposition && !direct && s.lower[k] != "including") continue;
        // ("Fifteen American companies, including Lockheed Martin and ...": a comma before it)
        // (not after a coordination: "two individuals and three companies, including X")
        bool comma_including = !such && !apposition && s.lower[k - 1] == ",";
        for (uint32_t q = k >= 6 ? k - 6 : 0; comma_including && q + 2 < k; ++q)
            if (s.lower[q] == "and" || s.lower[q] == "or") comma_including = false;
        if (!such && !apposition && !direct && s.lower[k - 1] == "," && !comma_including) continue;
        const std::string_view noun = direct ? s.lower[k] : s.lower[k - (such || comma_including ? 2 : 1)];
        // ("carmakers", "chipmakers": any "-makers"; "exporters"/"producers" are as often
        // countries, "producers such as Saudi Arabia": theirs is a list of companies only when
        // the tagger saw no place or people in it, below)
        const bool either = noun == "producers" || noun == "exporters" || noun == "importers" || noun == "suppliers";
        if (!(noun == "companies" || noun == "firms" || noun == "brands" || noun == "retailers" ||
              noun == "giants" || noun == "platforms" || noun.ends_with("makers") || noun == "groups" || noun == "banks" ||
              noun == "manufacturers" || noun == "lenders" || noun == "insurers" || noun == "airlines" ||
              noun == "startups" || noun == "conglomerates" || either))
            continue;
        uint32_t e = k + 1;  // the list: names, commas, "and"/"or"/"&"
        // (", and" after one name only opens a clause of its own: "companies such as Amazon, and
        // U.S. business groups said ...")
        bool comma_seen = false;
        while (e < n && (Case(s.cases[e]) == Case::title || Case(s.cases[e]) == Case::upper || s.lower[e] == "," ||
                         s.lower[e] == "and" || s.lower[e] == "or" || s.lower[e] == "&")) {
            if (s.lower[e] == "," && e + 1 < n && s.lower[e + 1] == "and" && !comma_seen && !apposition) break;
            comma_seen = comma_seen || s.lower[e] == ",";
            ++e;
        }
        if (either) {
            bool place = false;  // ("producers including West Vale Timber and Norcan": no place)
            for (size_t r = from; r < out.size() && !place; ++r)
                place = out[r].start > k && out[r].start < e &&
                        (out[r].type == EntityType::GPE || out[r].type == EntityType::LOC || out[r].type == EntityType::NORP);
            if (place || direct || apposition) continue;  // (only after "such as" or "including")
        }
        if (apposition || direct) {
            // (two names or more, "and" before the last, the apposition closed by a comma or the
            // sentence's end: not "companies, Reuters reported"; a list right after its noun ends
            // at a lower-case word too: "makers X and Y fell")
            while (e > k + 1 && s.lower[e - 1] == ",") --e;
            bool joined = false;
            for (uint32_t q = k + 2; q + 1 < e && !joined; ++q) joined = s.lower[q] == "and" && Case(s.cases[q + 1]) != Case::lower;
            if (!joined || Case(s.cases[k + 1]) == Case::lower || s.lower[e - 1] == "and" ||
                !(e >= n || s.lower[e] == "," || s.lower[e] == "." || s.lower[e] == ";" ||
                  (direct && Case(s.cases[e]) == Case::lower && s.lower[e] != "of" && !is_possessive(s.words[e]))))
                continue;
        }
        const size_t count = out.size();
        for (size_t r = from; r < count; ++r) {
            // (a PERSON too: "carmakers such as Norvale and Tessik" had Tessik a person)
            if (out[r].start <= k || out[r].start >= e ||
                out[r].type == EntityType::DATE || out[r].type == EntityType::MONEY ||
                out[r].type == EntityType::PERCENT)
                continue;
            out[r].type = EntityType::ORG;
            out[r].fixed = true;
            for (uint32_t q = out[r].start + 1; q + 1 < out[r].end; ++q)
                // (not "Goldman Sachs and Co": a legal word alone after "and" ends one name)
                if ((s.lower[q] == "and" || s.lower[q] == "or") &&
                    !(q + 2 == out[r].end && is_company_suffix(s.lower[q + 1]))) {
                    const uint32_t end = out[r].end;
                    out[r].end = q;
                    out.push_back({si, q + 1, end, EntityType::ORG, true});
                    break;
                }
        }
        // names of the list the tagger did not tag ("carmakers including BYD, SAIC and Geely":
        // Geely was none): each run of capitalized words between the separators
        for (uint32_t a = k + 1; a < e;) {
            // ("&" stays inside a name: "Procter & Gamble")
            if (s.lower[a] == "," || s.lower[a] == "and" || s.lower[a] == "or" || s.lower[a] == "&") { ++a; continue; }
            uint32_t b = a;
            while (b < e && s.lower[b] != "," && s.lower[b] != "and" && s.lower[b] != "or") ++b;
            while (b > a && s.lower[b - 1] == "&") --b;
            bool covered = false;
            for (size_t r = from; r < out.size() && !covered; ++r) covered = out[r].start < b && out[r].end > a;
            // ("Robert H. Barker and Co": the legal word after "and" belongs to the name before)
            if (b == a + 1 && is_company_suffix(s.lower[a])) {
                for (size_t r = from; r < out.size(); ++r)
                    if (out[r].type == EntityType::ORG && a >= 2 && out[r].end == a - 1 && s.lower[a - 1] == "and")
                        out[r].end = b;
                covered = true;
            }
            if (!covered) out.push_back({si, a, b, EntityType::ORG, true});
            a = b;
        }
        // names the tagger cut in two with nothing between them are one ("British" + "Gas")
        bool merged = false;
        for (size_t a = from; a < out.size(); ++a)
            for (size_t b = from; b < out.size(); ++b)
                if (a != b && out[a].type == EntityType::ORG && out[b].type == EntityType::ORG && out[a].start > k &&
                    out[b].start < e && out[a].end == out[b].start && out[b].end > out[b].start) {
                    out[a].end = out[b].end;
                    out[b].end = out[b].start;
                    merged = true;
                }
        if (merged)
            drop_absorbed(out, from);
    }
}

namespace {
// A word a name can hold: capitalized (Title or CAPS), no possessive.
bool name_word(const StageSentence& s, uint32_t k) {
    return (Case(s.cases[k]) == Case::title || Case(s.cases[k]) == Case::upper) && !is_possessive(s.words[k]);
}
}  // namespace

// An organisation's name never ends with "of" or "for": the tagger, seeing a nationality or a
// place next, cuts "Federation of [Indian] Export Organisations" or "Institute of [Chinese]
// Studies" there. The name runs on over the capitalized words after it (absorbing the place,
// nationality or organisation mentions among them; "of", "and", "&" between capitalized words),
// up to five words, stopping at a lower-case word, punctuation, a possessive or a line break;
// with no capitalized word after it, the connector is dropped. Absorbed mentions are removed
// from out[from..].
void complete_cut_names(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from,
                        std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    const auto capital = [&](uint32_t k) { return name_word(s, k); };
    bool any = false;
    // "a spokesperson for the Office of the U.S. Trade Representative": the tagger ended the name
    // at its institution word, before "of the" and the capitalized words that finish it
    static constexpr std::string_view kInstitution[] = {"office", "bureau", "department", "ministry",
        "institute", "council", "commission", "committee", "agency", "federation", "association", "board",
        "chamber", "academy", "court", "university", "secretariat"};
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.end <= m.start || m.end + 2 >= n || s.lower[m.end] != "of" || taken[m.end] ||
            line_break_between(s, m.end - 1) || line_break_between(s, m.end))
            continue;
        bool institution = false;
        for (std::string_view w : kInstitution) institution |= s.lower[m.end - 1] == w;
        const uint32_t the = s.lower[m.end + 1] == "the" && !taken[m.end + 1] ? 1 : 0;
        if (!institution || !the || !capital(m.end + 2)) continue;  // (without "the": the loop below)
        taken[m.end] = taken[m.end + 1] = 1;
        m.end += 2;  // "of the": run on below as after a name cut at "of"
    }
    // "the Directorate General of Trade Remedies (DGTR)", "the Commission of Fair Trade Practices
    // (CFTP)": the tagger ended the name early (before "of", or at "Fair"), and the abbreviation
    // in brackets after it spells the whole name's initials ("of", "and", "the", "for" and "&"
    // spell nothing, as in acronym()): the name runs on to the bracket
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.end <= m.start || m.end + 3 >= n || !(s.lower[m.end] == "of" || capital(m.end)))
            continue;
        uint32_t e = m.end;
        while (e < n && e < m.end + 8 && !line_break_between(s, e - 1) &&
               (capital(e) || ((s.lower[e] == "of" || s.lower[e] == "and" || s.lower[e] == "the" || s.lower[e] == "for" ||
                                s.words[e] == "&") && e + 2 < n &&
                               (capital(e + 1) || (s.lower[e + 1] == "the" && capital(e + 2))))))
            ++e;
        if (e + 2 >= n || e == m.end || !capital(e - 1) || s.words[e] != "(" || s.words[e + 2] != ")" || Case(s.cases[e + 1]) != Case::upper)
            continue;
        std::string initials;
        for (uint32_t q = m.start; q < e; ++q)
            if (capital(q)) initials += char(std::toupper(static_cast<unsigned char>(s.words[q][0])));
        if (initials.size() < 3 || initials != s.words[e + 1]) continue;
        std::vector<size_t> absorbed;
        bool across = false;  // (a mention running past the bracket: left as it is)
        for (size_t q = from; q < out.size(); ++q) {
            if (q == r || out[q].end <= out[q].start || out[q].start < m.end || out[q].start >= e) continue;
            if (out[q].end > e) across = true;
            else absorbed.push_back(q);
        }
        if (across) continue;
        for (size_t q : absorbed) out[q].end = out[q].start;
        for (uint32_t k = m.end; k < e; ++k) taken[k] = 1;
        m.end = e;
        any |= !absorbed.empty();
    }
    // "the far-right Alternative for Germany (AfD)", "the Social Democrats (SPD)": a short form in
    // brackets (two to six letters, two capitals or more, no digit: not a ticker) right after
    // capitalized words (two or more; "of", "for", "and", "&", "the" between them) names them
    // as one organisation, however the tagger cut them ("Germany" alone a place here); the short
    // form is one too (grouping joins the two). Not a name the tagger read as one place, people
    // or person ("the United States (US)", "Xi Jinping (XJP)").
    if (s.words.size() >= 5)
        for (uint32_t k = 2; k + 2 < n; ++k) {
            // (the word's case byte first: nearly every word is no bracket)
            if (Case(s.cases[k]) != Case::punct || Case(s.cases[k + 1]) == Case::lower || s.words[k] != "(" ||
                s.words[k + 2] != ")" || line_break_between(s, k - 1))
                continue;
            const std::string_view t = s.words[k + 1];
            int caps = 0;
            bool letters = t.size() >= 2 && t.size() <= 6;
            for (char c : t) {
                caps += c >= 'A' && c <= 'Z';
                letters = letters && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
            }
            if (!letters || caps < 2 || !(t[0] >= 'A' && t[0] <= 'Z')) continue;
            uint32_t b = k, capitals = 0;
            while (b > 0 && k - b < 8 && !line_break_between(s, b - 1)) {
                const std::string_view w = s.lower[b - 1];
                if (capital(b - 1)) { --b; ++capitals; continue; }
                if ((w == "of" || w == "for" || w == "and" || w == "&" || w == "the") && b >= 2 && capital(b - 2) &&
                    capitals > 0) {
                    --b;
                    continue;
                }
                break;
            }
            while (b < k && (!capital(b) || s.lower[b] == "the" || s.lower[b] == "a" ||
                             s.lower[b] == "an")) {  // (a connector or an article opens no name)
                capitals -= capital(b);
                ++b;
            }
            if (capitals < 2 || !(s.words[b][0] >= 'A' && s.words[b][0] <= 'Z')) continue;
            // (the name's first letter is the short form's: "Alternative for Germany (AfD)"; a
            // bracket after a name of something else, "Acme Corp (Reuters)", is no short form)
            if ((s.words[b][0] | 0x20) != (t[0] | 0x20)) continue;
            // (nor a figure's or an instrument's name, capitalized as a term: "London Interbank
            // Offered Rate (LIBOR)", "Retail Price Index (RPI)", "Special Drawing Rights (SDR)")
            static constexpr std::string_view kTerm[] = {"rate", "rates", "index", "requirement", "product",
                "unit", "units", "notes", "note", "rights", "country", "countries", "bond", "bonds", "certificates",
                "price", "prices", "income", "deficit", "surplus", "ratio", "agreement", "act", "treaty", "scheme",
                "programme", "program", "plan", "system", "policy", "account", "accounts", "securities", "shares",
                "understanding", "parliament", "vehicle", "vehicles", "forces", "circuit", "circuits", "systems",
                "network", "networks"};
            bool term = s.lower[b] == "members";  // ("Members of Parliament (MPs)")
            for (std::string_view x : kTerm) term = term || s.lower[k - 1] == x;
            if (term) continue;
            bool skip = false, named = false;
            std::vector<size_t> inside;
            for (size_t q = from; q < out.size(); ++q) {
                const RawMention& r = out[q];
                if (r.end <= r.start || r.end <= b || r.start >= k) continue;
                // (a mention running past it; or the whole name, a place, people or person the
                // tagger read; an organisation already: only its short form is added)
                if (r.start == b && r.end == k && r.type == EntityType::ORG) { named = true; continue; }
                if (r.start < b || r.end > k || (r.start == b && r.end == k)) { skip = true; break; }
                inside.push_back(q);
            }
            if (skip || (named && !inside.empty())) continue;
            if (!named) {
                for (size_t q : inside) out[q].end = out[q].start;
                for (uint32_t q = b; q < k; ++q) taken[q] = 1;
                out.push_back({si, b, k, EntityType::ORG, true});
                any = true;
            }
            if (!taken[k + 1]) {
                bool have = false;
                for (size_t q = from; q < out.size() && !have; ++q) have = out[q].start == k + 1 && out[q].end > out[q].start;
                if (!have) out.push_back({si, k + 1, k + 2, EntityType::ORG, true});
                taken[k + 1] = 1;
            }
        }
    // "the Citrus Growers' Association", "National Farmers' Union": a plural's apostrophe inside
    // the name cut it in two ("Citrus Growers" + "Association", or the head word left to a title);
    // a name ending in a plural, the apostrophe, then a capitalized head word of an organisation
    // is one name, the head and any mention starting there absorbed
    static constexpr std::string_view kHead[] = {"association", "union", "party", "federation", "council", "league",
        "alliance", "cooperative", "guild", "club", "fund", "confederation", "congress", "society", "front",
        "movement", "organisation", "organization", "forum", "chamber", "institute", "coalition", "group"};
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.end <= m.start || m.end + 1 >= n || (s.words[m.end] != "'" && s.words[m.end] != "\xE2\x80\x99") ||
            s.lower[m.end - 1].size() < 4 || s.lower[m.end - 1].back() != 's' || !capital(m.end + 1) ||
            line_break_between(s, m.end - 1) || line_break_between(s, m.end))
            continue;
        bool head = false;
        for (std::string_view w : kHead) head |= s.lower[m.end + 1] == w;
        if (!head) continue;
        uint32_t e = m.end + 2;
        for (size_t q = from; q < out.size(); ++q)
            if (q != r && out[q].start == m.end + 1 && out[q].end > out[q].start) {
                if (out[q].type == EntityType::ORG) e = std::max(e, out[q].end);
                out[q].end = out[q].start;
                any = true;
            }
        for (uint32_t k = m.end; k < e; ++k) taken[k] = 1;
        m.type = EntityType::ORG;
        m.end = e;
    }
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.type != EntityType::ORG || m.end <= m.start) continue;
        const std::string_view last = s.lower[m.end - 1];
        if (last != "of" && last != "for" && last != "the") continue;
        // ("of the" only as the pass above left it: a mention "The" alone is none of this)
        if (last == "the" ? !(m.end - m.start >= 3 && s.lower[m.end - 2] == "of") : m.end - m.start < 2) continue;
        uint32_t e = m.end, words = 0;
        std::vector<size_t> absorbed;
        while (e < n && words < 5 && !line_break_between(s, e - 1)) {
            if (e > m.end && e + 1 < n && (s.lower[e] == "of" || s.lower[e] == "and" || s.words[e] == "&") &&
                !taken[e] && capital(e + 1) && !line_break_between(s, e)) {
                ++e;  // (the connector; the word after it is taken below)
                continue;
            }
            if (!capital(e)) break;
            if (!taken[e]) {
                ++e;
                ++words;
                continue;
            }
            size_t q = from;  // the mention starting here
            while (q < out.size() && !(q != r && out[q].start == e && out[q].end > e)) ++q;
            if (q == out.size() || !(out[q].type == EntityType::NORP || out[q].type == EntityType::GPE ||
                                     out[q].type == EntityType::LOC || out[q].type == EntityType::ORG))
                break;
            absorbed.push_back(q);
            words += out[q].end - out[q].start;
            e = out[q].end;
        }
        while (e > m.end && !capital(e - 1)) --e;  // (a trailing connector is no part of it)
        if (e == m.end) {
            taken[--m.end] = 0;
            if (last == "the") taken[--m.end] = 0;  // (and its "of")
            continue;
        }
        for (size_t q : absorbed)
            if (out[q].end <= e) out[q].end = out[q].start;
        for (uint32_t k = m.end; k < e; ++k) taken[k] = 1;
        m.end = e;
        any |= !absorbed.empty();
    }
    if (any)
        drop_absorbed(out, from);
}

// "said A.K. Bhattacharya, an economist at Nomura": a name the tagger made an organisation or a
// place, of two to four words none of which the gazetteers know as a place, nationality,
// organisation or organisation word, is a person when an apposition names a person's title
// right after it: a comma, an article at most, role words ("senior", "chief", "company's"), then
// the title ("economist", "spokesman", "minister") and the apposition's end or "at"/"of"/"for"/
// "with" ("Nabisco Brands, was named president of": a verb, no apposition).
// ("Acme Partners, a major supplier of chips": "major" is a title only before such an end.)
// "T.V.", "A.": capital letters each followed by a dot.
namespace {
bool initials(std::string_view w) {
    if (w.size() < 2 || w.size() % 2) return false;
    for (size_t i = 0; i < w.size(); i += 2)
        if (w[i] < 'A' || w[i] > 'Z' || w[i + 1] != '.') return false;
    return true;
}
}  // namespace
void person_by_apposition(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex) {
    constexpr uint16_t kNotPerson = LK_ORGWORD | LK_GPE | LK_ORG | LK_NORP | LK_LOC | LK_COMMON;
    const uint32_t n = uint32_t(s.words.size());
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if ((m.type != EntityType::ORG && m.type != EntityType::GPE) || m.end - m.start < 2 || m.end - m.start > 4)
            continue;
        bool plain = true;
        for (uint32_t k = m.start; k < m.end && plain; ++k)
            plain = !(lex.kinds_of(s.hl[k]) & kNotPerson) && !is_company_suffix(s.lower[k]);
        if (!plain || (lex.lookup_tokens(&s.hl[m.start], m.end - m.start).kinds & kNotPerson)) continue;
        // (a title right before it: a title only people hold, "Minister X Y", or any title but
        // those banks and firms hold too ("lead manager Yamaichi International") before a name
        // that opens with initials, "managing director T.V. Drenford said"; not "St. Louis")
        if (m.start > 0 && (person_title_word(s.lower[m.start - 1]) ||
                            (initials(s.words[m.start]) && (lex.kinds_of(s.hl[m.start - 1]) & LK_TITLE) &&
                             s.lower[m.start - 1] != "manager" && s.lower[m.start - 1] != "adviser" &&
                             s.lower[m.start - 1] != "advisor" && s.lower[m.start - 1] != "st." &&
                             s.lower[m.start - 1] != "saint"))) {
            m.type = EntityType::PERSON;
            m.fixed = true;
            continue;
        }
        if (m.end + 3 >= n || s.words[m.end] != ",") continue;
        uint32_t k = m.end + 1;
        if (s.lower[k] == "a" || s.lower[k] == "an" || s.lower[k] == "the") ++k;
        for (const uint32_t stop = std::min(n, k + 4); k < stop; ++k) {
            const uint16_t kinds = lex.kinds_of(s.hl[k]);
            if (s.lower[k] == "'s" || s.lower[k] == "\xE2\x80\x99s") continue;
            if (Case(s.cases[k]) != Case::lower) break;
            if (!(kinds & LK_TITLE)) {
                if (kinds & (LK_ROLEWORD | LK_PORTFOLIO)) continue;  // "senior", "chief", "company"
                break;                                               // ("was named president of")
            }
            const std::string_view next = k + 1 < n ? s.lower[k + 1] : std::string_view(".");
            if (next == "at" || next == "of" || next == "for" || next == "with" || next == "," || next == "." ||
                next == "who") {
                m.type = EntityType::PERSON;
                m.fixed = true;
            }
            break;
        }
    }
}

// A company's name ends with its legal word: one ORG the tagger made over "Apple Inc and Acme
// Holdings" is two names, cut at an "and" right after the legal word ("Morgan Stanley and Co
// Inc" keeps its "and": a legal word follows it, not precedes it).
// The same at an organisation word when both sides are named companies, a name word then the
// organisation word ending it: "Pellow Chemicals and Ambry Metals", "Fuji Bank and Mitsubishi
// Bank" (not "Securities and Exchange Commission", "Ministry of Commerce and Industry": a side
// opening with an organisation word or a common word, or not ending in one, is part of one name).
// "imports from the Alpine country", "the Gulf state": a capitalized adjective between "the" and a
// noun of a country names no place of its own (the tagger made "Alpine" one); a place the
// gazetteers know stays ("the Korea unit").
void adjective_places(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex) {
    bool any = false;
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        // (or an organisation in title case: an abbreviation or a known body stays, "the NATO country")
        if ((m.type != EntityType::GPE && m.type != EntityType::LOC &&
             !(m.type == EntityType::ORG && Case(s.cases[m.start]) == Case::title)) ||
            m.end != m.start + 1 || m.start == 0 ||
            m.end >= s.words.size() || s.lower[m.start - 1] != "the" || Case(s.cases[m.end]) != Case::lower)
            continue;
        const std::string_view n = s.lower[m.end];
        if (!(n == "country" || n == "nation" || n == "state" || n == "kingdom" || n == "republic" ||
              n == "archipelago"))
            continue;
        if (lex.kinds_of(s.hl[m.start]) & (LK_GPE | LK_LOC | LK_NORP | LK_ORG)) continue;
        m.end = m.start;  // (absorbed: removed below)
        any = true;
    }
    if (any) drop_absorbed(out, from);
}

// "... a key supplier of energy to the U.S. Mexico's Economy Minister said ...": the sentence
// did not end after the dotted "U.S." (a word after it is mostly the same sentence's: "the U.S.
// Treasury's"), and the tagger ran the two countries into one place. A place mention of a dotted
// country and a country after it is two.
void split_country_pairs(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex) {
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if ((m.type != EntityType::GPE && m.type != EntityType::ORG) || m.end - m.start < 2) continue;
        const std::string_view w = s.words[m.start];
        if (w.size() < 3 || w.back() != '.' || !(lex.kinds_of(s.hl[m.start]) & LK_COUNTRY)) continue;
        if (!(lex.lookup_tokens(&s.hl[m.start + 1], m.end - m.start - 1).kinds & LK_COUNTRY)) continue;
        const RawMention second{m.sentence, m.start + 1, m.end, EntityType::GPE, true};
        m.end = m.start + 1;
        m.type = EntityType::GPE;
        m.fixed = true;
        out.insert(out.begin() + std::ptrdiff_t(r) + 1, second);  // (mentions stay in text order)
        ++r;
    }
}

// "which counts Amazon and Microsoft among its customers" (a probe of my own writing): a river or
// a region of the gazetteer's "loc" kind alone (no country, city or region), one word, coordinated
// with an organisation the gazetteer knows, is an organisation of the same name, as its partner is.
void coordinated_loc_orgs(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex) {
    for (size_t r = from; r + 1 < out.size(); ++r) {
        RawMention& a = out[r];
        RawMention& b = out[r + 1];
        if (b.start != a.end + 1 || !(s.lower[a.end] == "and" || s.lower[a.end] == "or" || s.words[a.end] == ",")) continue;
        RawMention* loc = a.type == EntityType::LOC && b.type == EntityType::ORG ? &a
                        : b.type == EntityType::LOC && a.type == EntityType::ORG ? &b : nullptr;
        if (!loc || loc->fixed || loc->end != loc->start + 1) continue;
        // (one word, and a partner the gazetteer knows as a company or a body: "Europe and the
        // EC", "the Gulf of Aden and ..." stay places)
        const RawMention& org = loc == &a ? b : a;
        if (!(lex.lookup_tokens(&s.hl[org.start], org.end - org.start).kinds & LK_ORG)) continue;
        const LexMatch lm = lex.lookup_tokens(&s.hl[loc->start], 1);
        if (!(lm.kinds & LK_LOC) || (lm.kinds & (LK_GPE | LK_NORP))) continue;
        loc->type = EntityType::ORG;
    }
}

void listed_places(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex) {
    // (joined by a comma, "and" or "or", the two mentions next to each other)
    const auto joined = [&](const RawMention& x, const RawMention& y) {
        return y.start == x.end + 1 && (s.words[x.end] == "," || s.lower[x.end] == "and" || s.lower[x.end] == "or");
    };
    const auto place = [](const RawMention& x) { return x.type == EntityType::GPE; };
    for (size_t r = from + 1; r < out.size(); ++r) {
        RawMention& p = out[r];
        if (p.type != EntityType::PERSON || p.fixed || p.end != p.start + 1 || Case(s.cases[p.start]) != Case::title)
            continue;
        // (not a given name the gazetteer knows: "Paris, Jordan and ...")
        if (lex.kinds_of(s.hl[p.start]) & (LK_FIRSTNAME | LK_TITLE)) continue;
        const RawMention& a = out[r - 1];
        if (!place(a) || !joined(a, p)) continue;
        const bool before_place = r + 1 < out.size() && place(out[r + 1]) && joined(p, out[r + 1]);
        const bool last = r >= from + 2 && place(out[r - 2]) && joined(out[r - 2], a) && s.lower[a.end] == "and";
        if (!before_place && !last) continue;
        // (the list opened by a preposition of place: "jobs in Port Talbot, ...", not a line-up
        // "Did not bat: Dharmasena, Vaas, Muralitharan" whose neighbours the tagger misread)
        size_t f = r - 1;
        while (f > from && joined(out[f - 1], out[f])) --f;
        const uint32_t q = out[f].start;
        if (q > 0 && (s.lower[q - 1] == "in" || s.lower[q - 1] == "at" || s.lower[q - 1] == "from" ||
                      s.lower[q - 1] == "near" || s.lower[q - 1] == "across" || s.lower[q - 1] == "to"))
            p.type = EntityType::GPE;
    }
}

void split_after_legal_word(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex,
                            const KeySet& lower_vocab) {
    const auto orgword = [&](uint32_t k) { return (lex.kinds_of(s.hl[k]) & LK_ORGWORD) != 0; };
    // (a side opens with a name, a word the tagger's corpus never has in lower case: "Mitsui
    // Trust and Banking Co", "Virginia Electric and Power Co", "House Energy and Commerce
    // Committee" are one name each)
    const auto name = [&](uint32_t k) {
        return !(lex.kinds_of(s.hl[k]) & (LK_ORGWORD | LK_ROLEWORD | LK_PORTFOLIO | LK_TITLE | LK_COMMON)) &&
               !lower_vocab.contains(s.hl[k]) && !is_company_suffix(s.lower[k]);
    };
    for (size_t r = from; r < out.size(); ++r) {
        if (out[r].type != EntityType::ORG) continue;
        for (uint32_t k = out[r].start + 1; k + 1 < out[r].end; ++k) {
            if (s.lower[k] != "and") continue;
            const uint32_t a = out[r].start, e = out[r].end;
            bool two_companies = k >= a + 2 && e >= k + 3 && name(a) && name(k + 1) &&
                                 (orgword(k - 1) || is_company_suffix(s.lower[k - 1])) &&
                                 (orgword(e - 1) || is_company_suffix(s.lower[e - 1])) && Case(s.cases[a]) != Case::lower &&
                                 Case(s.cases[k + 1]) != Case::lower;
            // (the second side's own head word after its name: "Ambry Metals", "Dover Fund Inc",
            // not "Smelting Co Ltd" or "Fats Co Ltd", the rest of one name)
            bool head = false;
            for (uint32_t j = k + 2; j < e && two_companies && !head; ++j)
                head = orgword(j) && !is_company_suffix(s.lower[j]);
            two_companies = two_companies && head;
            // ("Huawei Technologies and Semiconductor Manufacturing International Corp (SMIC)":
            // the abbreviation in brackets after the name spells the words after "and" only)
            if (!two_companies && e + 2 < s.words.size() && s.words[e] == "(" && e >= k + 3) {
                std::string initials;
                for (uint32_t q = k + 1; q < e; ++q)
                    if (s.lower[q] != "of" && s.lower[q] != "and" && s.lower[q] != "&" && !s.words[q].empty())
                        initials += char(std::toupper(static_cast<unsigned char>(s.words[q][0])));
                two_companies = initials.size() >= 3 && s.words[e + 1] == initials && name(a) &&
                                Case(s.cases[k + 1]) != Case::lower;
            }
            if (!is_company_suffix(s.lower[k - 1]) && !two_companies) continue;
            const RawMention second{out[r].sentence, k + 1, out[r].end, EntityType::ORG, out[r].fixed};
            out[r].end = k;
            out.insert(out.begin() + std::ptrdiff_t(r) + 1, second);  // (mentions stay in text order)
            break;  // (the second half is visited next)
        }
    }
}

// "Procter & Gamble", "Black & Decker": capitalized words joined by an ampersand are one
// company's name, whatever the tagger made of the sides (a person "Gamble"). Each side is the
// mention that ends or starts there, else the one capitalized word there. Normal lines only (a
// heading's "Research & Development" is no name). Absorbed mentions are removed from out[from..].
void join_ampersand_names(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from,
                          std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    const auto capital = [&](uint32_t k) { return name_word(s, k); };
    bool any = false;
    for (uint32_t k = 1; k + 1 < n; ++k) {
        if (s.words[k] != "&" || taken[k] || !capital(k - 1) || !capital(k + 1) || line_break_between(s, k - 1) ||
            line_break_between(s, k))
            continue;
        size_t left = out.size(), right = out.size();
        for (size_t q = from; q < out.size(); ++q) {
            if (out[q].end == k && out[q].end > out[q].start) left = q;
            if (out[q].start == k + 1 && out[q].end > out[q].start) right = q;
        }
        const auto name = [&](size_t q) {
            return q == out.size() || out[q].type == EntityType::ORG || out[q].type == EntityType::PERSON ||
                   out[q].type == EntityType::GPE || out[q].type == EntityType::NORP;
        };
        if ((taken[k - 1] && left == out.size()) || (taken[k + 1] && right == out.size()) || !name(left) || !name(right))
            continue;
        const uint32_t a = left < out.size() ? out[left].start : k - 1;
        const uint32_t b = right < out.size() ? out[right].end : k + 2;
        if (left < out.size()) out[left].end = out[left].start;  // absorbed: removed below
        if (right < out.size()) out[right].end = out[right].start;
        out.push_back({si, a, b, EntityType::ORG, true});
        for (uint32_t q = a; q < b; ++q) taken[q] = 1;
        any = true;
        k = b;
    }
    if (any) {
        drop_absorbed(out, from);
        std::stable_sort(out.begin() + std::ptrdiff_t(from), out.end(),  // (in text order again)
                         [](const RawMention& x, const RawMention& y) { return x.start < y.start; });
    }
}

// (find_mentions' split of organisations across "and"; see there)
void split_at_and(const std::vector<StageSentence>& sents, std::vector<RawMention>& out, const Lexicon& lex) {
    const auto and_at = [&](const RawMention& r) -> uint32_t {  // the one "and" inside, else 0
        if (r.type != EntityType::ORG || r.end - r.start < 3) return 0;
        const StageSentence& s = sents[r.sentence];
        // (an ampersand after the "and" is the right side's own: "CFM International and Pratt &
        // Whitney"; split_at_and() splits there only when the left side is a closed name)
        uint32_t cut = 0;
        for (uint32_t k = r.start + 1; k + 1 < r.end; ++k)
            if (s.lower[k] == "and" || s.words[k] == "&") {
                if ((cut && !(s.words[k] == "&" && s.lower[cut] == "and")) || (!cut && s.words[k] == "&")) return 0;
                if (!cut) cut = k;
            }
        return cut;
    };
    std::vector<size_t> joined;
    for (size_t q = 0; q < out.size(); ++q)
        if (and_at(out[q])) joined.push_back(q);
    if (joined.empty()) return;
    // names mentioned on their own (organisations and places), with their types
    // (not a piece of another such name the tagger cut at its "and" elsewhere: "Victor Savings"
    // and "Loan Association")
    std::vector<std::pair<uint64_t, EntityType>> alone;
    std::vector<uint64_t> alone_person;  // (read as people where they stand alone)
    const auto joiner = [&](const StageSentence& s, uint32_t k) { return s.lower[k] == "and" || s.words[k] == "&"; };
    for (const auto& r : out) {
        const StageSentence& s = sents[r.sentence];
        if ((r.type == EntityType::ORG || r.type == EntityType::GPE || r.type == EntityType::LOC) &&
            !(r.start > 0 && joiner(s, r.start - 1)) && !(r.end < s.words.size() && joiner(s, r.end)))
            alone.emplace_back(key_of(s, r.start, r.end), r.type);
        else if (r.type == EntityType::PERSON && !(r.start > 0 && joiner(s, r.start - 1)) &&
                 !(r.end < s.words.size() && joiner(s, r.end)))
            alone_person.push_back(key_of(s, r.start, r.end));
    }
    std::sort(alone_person.begin(), alone_person.end());
    std::sort(alone.begin(), alone.end());
    // the type a side is known by, or PERSON for none
    const auto known = [&](const StageSentence& s, uint32_t a, uint32_t b) {
        const uint64_t k = key_of(s, a, b);
        auto it = std::lower_bound(alone.begin(), alone.end(), std::make_pair(k, EntityType::PERSON));
        if (it != alone.end() && it->first == k) return it->second;
        // (a country, not a city or region: "Olympia and York" is a company, "South" a region)
        const uint16_t kinds = lex.lookup_tokens(&s.hl[a], b - a).kinds;
        if (kinds & LK_COUNTRY) return EntityType::GPE;
        // (or a gazetteer's company and the country of its branch: "Tata Steel UK")
        if (!(kinds & LK_ORG) && b - a >= 3 && (lex.kinds_of(s.hl[b - 1]) & LK_COUNTRY) &&
            (lex.lookup_tokens(&s.hl[a], b - a - 1).kinds & LK_ORG))
            return EntityType::ORG;
        return (kinds & LK_ORG) ? EntityType::ORG : EntityType::PERSON;
    };
    // "Central and South West" of "Central and South West Corp": a name's own "and" is no list's
    const auto starts_longer = [&](const RawMention& r) {
        const uint64_t k = key_of(sents[r.sentence], r.start, r.end);
        for (size_t q : joined) {
            const RawMention& o = out[q];
            if (o.end - o.start > r.end - r.start && key_of(sents[o.sentence], o.start, o.start + (r.end - r.start)) == k)
                return true;
        }
        return false;
    };
    struct Split { size_t at; EntityType first; RawMention second; };  // in text order
    std::vector<Split> split;
    for (size_t q : joined) {
        const RawMention& r = out[q];
        const StageSentence& s = sents[r.sentence];
        const uint32_t cut = and_at(r);
        EntityType left = known(s, r.start, cut), right = known(s, cut + 1, r.end);
        // "for Hyundai Motor and Kia" ... "Hyundai Motor said": a side read as a person where it
        // stands alone, beside a known organisation, is a company when it opens with a company's
        // name ("Hyundai") or ends with a word of its trade ("Motor")
        // (or whose first word is an organisation the gazetteer knows, the side ending with a word
        // of its trade: "Hyundai Motor and Kia"; not "House Energy and Commerce")
        const auto company_side = [&](uint32_t a, uint32_t b) {
            return (((lex.kinds_of(s.hl[a]) & LK_ORG) || company_trade_word(s.lower[b - 1])) &&
                    std::binary_search(alone_person.begin(), alone_person.end(), key_of(s, a, b))) ||
                   (b >= a + 2 && company_trade_word(s.lower[b - 1]) && (lex.kinds_of(s.hl[a]) & LK_ORG));
        };
        if (left == EntityType::PERSON && right == EntityType::ORG && company_side(r.start, cut)) left = EntityType::ORG;
        if (right == EntityType::PERSON && left == EntityType::ORG && company_side(cut + 1, r.end)) right = EntityType::ORG;
        // (nor a legal word or a letter alone: "Morgan Stanley and Co", "AT and T")
        const bool piece = (cut + 2 == r.end && (is_company_suffix(s.lower[cut + 1]) || s.lower[cut + 1].size() < 2)) ||
                           (cut == r.start + 1 && s.lower[r.start].size() < 2);
        // "Naura Technology Group and Piotech": a left side closed by a legal word is a whole
        // company's name, so what follows the "and" is another name
        // (or "International": "CFM International and Pratt & Whitney"; a right side joined by an
        // ampersand of its own splits off only from such a closed name)
        bool amp_right = false;
        for (uint32_t k = cut + 2; k + 1 < r.end && !amp_right; ++k) amp_right = s.words[k] == "&";
        // ("Ministry of International and Trade Industry": after "of" the word is a field's)
        const bool closed = cut >= r.start + 2 && (is_company_suffix(s.lower[cut - 1]) || s.lower[cut - 1] == "group" ||
                                                   (s.lower[cut - 1] == "international" && s.lower[cut - 2] != "of"));
        if (amp_right && !closed) continue;
        if (closed && !piece) {
            if (left == EntityType::PERSON) left = EntityType::ORG;
            if (right == EntityType::PERSON) right = EntityType::ORG;
        }
        if (piece || left == EntityType::PERSON || right == EntityType::PERSON ||
            key_of(s, r.start, cut) == key_of(s, cut + 1, r.end) || starts_longer(r))
            continue;
        split.push_back({q, left, RawMention{r.sentence, cut + 1, r.end, right, false}});
    }
    for (size_t i = split.size(); i-- > 0;) {  // (from the back: earlier indexes stay valid)
        RawMention& r = out[split[i].at];
        r.type = split[i].first;
        r.end = split[i].second.start - 1;
        r.fixed = false;
        out.insert(out.begin() + std::ptrdiff_t(split[i].at) + 1, split[i].second);
    }
}


// ---- document rules ------------------------------------------------------------------------------

void company_evidence(const std::vector<StageSentence>& sents, std::vector<RawMention>& out, const Lexicon& lex,
                      const KeySet& lower_vocab, std::vector<uint64_t>& companies) {
    for (auto& r : out) {
        const StageSentence& s = sents[r.sentence];
        if (r.type == EntityType::DATE || r.type == EntityType::MONEY || r.type == EntityType::PERCENT) continue;
        // "Chipmaker Kerlavia said": a sentence's first word naming a kind of company is no
        // part of the name after it, which it shows to be a company
        // ("Bank of England", "Bank Leumi": a bank's own name opens with "Bank")
        if (r.start == 0 && r.end >= 2 && Case(s.cases[0]) == Case::title && company_noun(s.lower[0]) &&
            s.lower[0] != "bank" && s.lower[1] != "of" && s.lower[1] != "and" && s.lower[1] != "&") {
            r.start = 1;
            r.type = EntityType::ORG;
            r.fixed = true;
        }
        // "Germany's BASF", "Taiwan's TSMC": a word in capitals right after a country's possessive
        // that no gazetteer knows as a place is a company (a place there, "China's Guangdong",
        // is written as a name, not in capitals)
        if ((r.type == EntityType::GPE || r.type == EntityType::LOC) && r.end == r.start + 1 && r.start >= 2 &&
            Case(s.cases[r.start]) == Case::upper && s.words[r.start].size() >= 3 &&
            s.words[r.start].find_first_of("0123456789-") == std::string_view::npos &&  // (not "M-2")
            is_possessive(s.words[r.start - 1]) &&
            (lex.kinds_of(s.hl[r.start - 2]) & LK_COUNTRY) &&
            !(lex.kinds_of(s.hl[r.start]) & (LK_GPE | LK_LOC | LK_NORP | LK_ORG))) {
            r.type = EntityType::ORG;
            r.fixed = true;
        }
        // "retaliation against US steel tariffs": the tagger's organisation that is wholly a
        // country's name in the gazetteer ("US", "Japan"), before a lower-case word or the
        // sentence's end, is the country ("US Steel", "Japan Airlines" run on in capitals)
        // (or before a title: "U.S. Energy Secretary John Roe", where the title made the tagger's
        // "U.S." an organisation)
        const auto title_after = [&] {
            for (uint32_t n = 1; n <= 3 && r.end + n <= s.words.size(); ++n)
                if (lex.lookup_tokens(&s.hl[r.end], n).kinds & LK_TITLE) return true;
            return false;
        };
        if (r.type == EntityType::ORG && !r.fixed && r.end - r.start <= 2 &&
            (r.end >= s.words.size() || Case(s.cases[r.end]) == Case::lower || Case(s.cases[r.end]) == Case::punct ||
             title_after()) &&
            (lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_COUNTRY | LK_ORG)) == LK_COUNTRY)
            r.type = EntityType::GPE;
        const bool was_org = r.type == EntityType::ORG;
        // (not a place the gazetteer knows: "Vietnam's stock market rose", "Japan's shares")
        if (r.end + 1 < s.words.size() && is_possessive(s.words[r.end]) && corporate_title_lower(s.lower[r.end + 1]) &&
            !(lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_GPE | LK_LOC | LK_NORP))) {
            r.type = EntityType::ORG;
            r.fixed = true;
        }
        // ("Vexco's chief executive said": a company's officer; not a place the gazetteer knows,
        // "Hong Kong's chief executive")
        if (r.end + 2 < s.words.size() && is_possessive(s.words[r.end]) && s.lower[r.end + 1] == "chief" &&
            (s.lower[r.end + 2] == "executive" || s.lower[r.end + 2] == "financial" ||
             s.lower[r.end + 2] == "operating" || s.lower[r.end + 2] == "technology") &&
            !(lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_GPE | LK_LOC | LK_NORP))) {
            r.type = EntityType::ORG;
            r.fixed = true;
        }
        // "Acme chief executive John Roe", "Acme CEO ...": a name the gazetteer does not
        // know as a place, right before a title only companies have, is the company.
        if (r.type == EntityType::GPE && r.end + 1 < s.words.size() &&
            (corporate_title_lower(s.lower[r.end]) ||
             (s.lower[r.end] == "chief" && (s.lower[r.end + 1] == "executive" || s.lower[r.end + 1] == "financial" ||
                                            s.lower[r.end + 1] == "operating"))) &&
            !(lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_COUNTRY | LK_CITY | LK_REGION))) {
            r.type = EntityType::ORG;
            r.fixed = true;
        }
        // ("Kelvorn chief executive Wei Huang said": the tagger's one-word person before a title
        // only companies have and the officer's name is the company; no given name the gazetteer
        // knows)
        if (r.type == EntityType::PERSON && !r.fixed && r.end == r.start + 1 && r.end + 2 < s.words.size() &&
            !(lex.kinds_of(s.hl[r.start]) & (LK_FIRSTNAME | LK_GPE | LK_LOC | LK_NORP | LK_TITLE))) {
            uint32_t t = r.end;
            const std::string_view l = s.lower[t];
            if (l == "ceo" || l == "cfo" || l == "coo" || l == "cto" || l == "chairman" || l == "chairwoman") t += 1;
            else if (l == "chief" && (s.lower[t + 1] == "executive" || s.lower[t + 1] == "financial" ||
                                      s.lower[t + 1] == "operating"))
                t += 2 + (t + 2 < s.words.size() && s.lower[t + 2] == "officer" ? 1 : 0);
            if (t > r.end && t < s.words.size() && Case(s.cases[t]) == Case::title) {
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // ("fined Apple 500 million euros and Meta Platforms 200 million euros": a one-word name,
        // a region's in the gazetteer or the tagger's company, right before a capitalized word of
        // a company's trade that no mention holds, is the company's first word)
        // (or the tagger's one-word person: "graphite miner Syrah Resources jumped 12%")
        if ((r.type == EntityType::GPE || r.type == EntityType::LOC || r.type == EntityType::ORG ||
             r.type == EntityType::PERSON) &&
            r.end == r.start + 1 && r.end < s.words.size() && !s.heading && Case(s.cases[r.end]) == Case::title &&
            company_trade_word(s.lower[r.end]) && !line_break_between(s, r.end - 1) &&
            !(r.end + 1 < s.words.size() && Case(s.cases[r.end + 1]) == Case::title) &&
            !(lex.kinds_of(s.hl[r.start]) & (LK_COUNTRY | LK_NORP))) {  // (not "the U.K. Chemical industry")
            bool free = true;
            for (const auto& o : out) free = free && !(&o != &r && o.sentence == r.sentence && o.start <= r.end && o.end > r.end);
            if (free) {
                r.end += 1;
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // "Moody's cut the rating", "Standard & Poor's": a company whose name ends in a possessive
        // (the gazetteer's row holds it) keeps it; it is no possessor of what follows
        if (r.type == EntityType::ORG && r.end < s.words.size() && is_possessive(s.words[r.end]) &&
            lex.lookup_tokens(&s.hl[r.start], r.end + 1 - r.start).kinds & LK_ORG) {
            bool free = true;
            for (const auto& o : out) free = free && !(&o != &r && o.sentence == r.sentence && o.start <= r.end && o.end > r.end);
            if (free) {
                r.end += 1;
                r.fixed = true;
                // (and the rest of a longer row: "Moody's Investors Service")
                for (uint32_t more = 3; more >= 1; --more) {
                    if (r.end + more > s.words.size()) continue;
                    bool caps = true;
                    for (uint32_t k = r.end; k < r.end + more; ++k) caps = caps && Case(s.cases[k]) == Case::title;
                    if (caps && (lex.lookup_tokens(&s.hl[r.start], r.end + more - r.start).kinds & LK_ORG)) {
                        r.end += more;
                        break;
                    }
                }
            }
        }
        // "The Dow Jones Industrial Average fell 45 points", "the Nikkei share average", "the Nasdaq
        // composite": a name right before the word of a stock index (after "industrial", "share"
        // or "stock") is the index, no person and no place the gazetteer knows; the index's words
        // join it when they are capitalized ("Industrial Average")
        if ((r.type == EntityType::PERSON || r.type == EntityType::GPE || r.type == EntityType::LOC) &&
            r.end < s.words.size() && !s.heading &&
            !(lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_COUNTRY | LK_CITY | LK_REGION))) {
            uint32_t e = r.end;
            if (e + 1 < s.words.size() && (s.lower[e] == "industrial" || s.lower[e] == "share" || s.lower[e] == "stock"))
                ++e;
            const std::string_view w = s.lower[e];
            if (w == "average" || w == "index" || w == "composite" || (w == "industrials" && e == r.end)) {
                bool caps = true, free = true;
                for (uint32_t k = r.end; k <= e; ++k) caps = caps && Case(s.cases[k]) == Case::title;
                for (const auto& o : out)
                    free = free && !(&o != &r && o.sentence == r.sentence && o.end > r.end && o.start <= e);
                if (free) {
                    r.type = EntityType::ORG;
                    r.fixed = true;
                    if (caps) r.end = e + 1;
                }
            }
        }
        // "Australia's Lynas Rare Earths rose 8%": a place no gazetteer knows, followed by one to
        // three capitalized words no mention holds, the last a company's head word, is the
        // company (the tagger, seeing "rare earths" lower-case elsewhere, stopped at "Lynas")
        if ((r.type == EntityType::GPE || r.type == EntityType::LOC) && r.end < s.words.size() && !s.heading &&
            Case(s.cases[r.end]) == Case::title && !line_break_between(s, r.end - 1)) {
            uint32_t e = r.end;
            while (e < s.words.size() && e - r.end < 3 && Case(s.cases[e]) == Case::title && !line_break_between(s, e - 1)) ++e;
            const std::string_view last = s.lower[e - 1];
            const bool head = (lex.kinds_of(s.hl[e - 1]) & LK_ORGWORD) || company_trade_word(last) ||
                              last == "earths" || last == "resources";
            bool free = head && !(e < s.words.size() && (Case(s.cases[e]) == Case::title || Case(s.cases[e]) == Case::upper)) &&
                        !(lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_GPE | LK_LOC | LK_NORP));
            for (const auto& o : out)
                free = free && !(&o != &r && o.sentence == r.sentence && o.end > r.end && o.start < e);
            if (free) {
                r.end = e;
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // "Germany's BDI industry federation", "the Ifo institute", "the VDA lobby group": a name
        // the gazetteer does not know as a place, before a lower-case noun naming a kind of
        // organisation (after "industry"/"business"/"trade"/"employers'" or alone), is one.
        // (a nationality-like word only after "the" or a possessive: not "a Kashmiri group")
        if ((r.type == EntityType::GPE || r.type == EntityType::LOC ||
             (r.type == EntityType::NORP && r.start > 0 && (s.lower[r.start - 1] == "the" || is_possessive(s.words[r.start - 1])))) &&
            r.end < s.words.size() && Case(s.cases[r.end]) == Case::lower) {
            uint32_t h = r.end;
            if (h + 1 < s.words.size() && (s.lower[h] == "industry" || s.lower[h] == "business" || s.lower[h] == "trade" ||
                                           s.lower[h] == "employers" || s.lower[h] == "lobby" || s.lower[h] == "research"))
                ++h;
            const std::string_view head = s.lower[h];
            if ((head == "federation" || head == "association" || head == "institute" || head == "lobby" ||
                 head == "group" || head == "think-tank" || head == "union" || head == "confederation") &&
                !(lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds &
                  (LK_COUNTRY | LK_CITY | LK_REGION | LK_LOC | LK_NORP))) {
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // ("the statistics agency, Rosstat, said", "the national weather service, Senamhi,
        // warned": such a noun, then the name set off by commas)
        // (not a noun after "of", which names where a person works: "the head of the food
        // logistics agency, Bustanil Arifin,")
        const auto named_between_commas = [&](const RawMention& m) {
            if (!(m.start >= 2 && m.end < s.words.size() && s.words[m.start - 1] == "," && s.words[m.end] == "," &&
                  Case(s.cases[m.start - 2]) == Case::lower &&
                  (org_descriptor(s.lower[m.start - 2]) || s.lower[m.start - 2] == "service" ||
                   s.lower[m.start - 2] == "bureau" || s.lower[m.start - 2] == "institute" ||
                   s.lower[m.start - 2] == "authority" || s.lower[m.start - 2] == "ministry")))
                return false;
            for (uint32_t k = m.start - 2; k > 0 && m.start - 2 - k < 6;) {
                --k;
                if (s.words[k] == "," || s.words[k] == ".") break;
                if (s.lower[k] == "of") return false;
            }
            return true;
        };
        // "Kelvorn shares slipped", "shares of Kelvorn", "Kelvorn and AMD shares": stock is a
        // company's (a place's name before "shares" is no place the gazetteer knows).
        // (The words around first: the gazetteer is asked only about a name next to "shares".)
        if (r.type == EntityType::GPE || r.type == EntityType::LOC) {
            const auto stock = [&](uint32_t k) {
                return k < s.words.size() && (s.lower[k] == "shares" || s.lower[k] == "stock");
            };
            uint32_t after = r.end;
            if (after + 1 < s.words.size() && s.lower[after] == "and" &&
                (Case(s.cases[after + 1]) == Case::title || Case(s.cases[after + 1]) == Case::upper))
                after += 2;  // "Kelvorn and AMD shares"
            const bool before = r.start >= 2 && s.lower[r.start - 1] == "of" && stock(r.start - 2);
            // ("equipment makers Naura and AMEC", "makers in Canada, including Nutrien")
            const bool described = (r.start >= 1 && Case(s.cases[r.start - 1]) == Case::lower &&
                                    (org_descriptor(s.lower[r.start - 1]) || org_descriptor_plural(s.lower[r.start - 1]))) ||
                                   in_org_examples(s, r.start) || named_between_commas(r);
            // "Japan's Shin-Etsu Chemical and Germany's Vacuumschmelze, two of the biggest magnet
            // makers outside China,": each name of a list before a plural company apposition
            const auto listed = [&] {
                bool joined = false;
                for (uint32_t k = r.end; k < s.words.size() && k < r.end + 12; ++k) {
                    if (s.words[k] == ",") return (joined || k == r.end) && company_apposition(s, k, true);
                    if (s.lower[k] == "and") { joined = true; continue; }
                    if (!is_possessive(s.words[k]) && Case(s.cases[k]) != Case::title && Case(s.cases[k]) != Case::upper)
                        return false;
                }
                return false;
            };
            if ((stock(r.end) || (after > r.end && stock(after)) || before || company_apposition(s, r.end) || described ||
                 listed()) &&
                !(lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_GPE | LK_LOC | LK_NORP))) {
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // A PERSON of up to three words after such a noun too ("association Eurofer welcomed",
        // "miner Lynas Rare Earths rose"; not "film producer X", whose nouns are left out of the
        // list, nor a name with a given name: "broker John Smith")
        // (or a coalition's partner, a party: "its coalition partner Komeito")
        const bool coalition_partner = r.start >= 2 && (s.lower[r.start - 1] == "partner" || s.lower[r.start - 1] == "partners") &&
                                       (s.lower[r.start - 2] == "coalition" || s.lower[r.start - 2] == "junior");
        if (r.type == EntityType::PERSON && r.end - r.start <= 3 && r.start >= 1 &&
            ((Case(s.cases[r.start - 1]) == Case::lower && org_descriptor(s.lower[r.start - 1])) ||
             named_between_commas(r) || coalition_partner)) {
            bool name = false;
            for (uint32_t q = r.start; q < r.end && !name; ++q)
                name = (lex.kinds_of(s.hl[q]) & (LK_FIRSTNAME | LK_GPE | LK_LOC | LK_NORP)) != 0;
            if (!name) {
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // "Stelco, which was bought by ...", "Acme, a maker of pumps,": a PERSON with a company's
        // apposition, and no given name, is the company
        if (r.type == EntityType::PERSON && r.end - r.start <= 3 && company_apposition(s, r.end)) {
            bool name = false;
            for (uint32_t q = r.start; q < r.end && !name; ++q)
                name = (lex.kinds_of(s.hl[q]) & LK_FIRSTNAME) != 0 || is_initial(s.words[q]);
            if (!name) {
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // "COFCO and Sinograin were instructed": a one-word "person" joined by "and" to an
        // organisation is another one (not a given name or an initial, nor the family name of a
        // person the document names in full)
        if (r.type == EntityType::PERSON && r.end == r.start + 1 && Case(s.cases[r.start]) != Case::lower &&
            !(lex.kinds_of(s.hl[r.start]) & LK_FIRSTNAME) && !is_initial(s.words[r.start])) {
            // (the mentions are in text order: the organisation is the one before or after)
            const size_t at = size_t(&r - out.data());
            bool joined = false;
            for (const size_t q : {at - 1, at + 1}) {
                if (q >= out.size()) continue;  // (at - 1 wraps at 0)
                const RawMention& o = out[q];
                if (o.sentence != r.sentence || o.type != EntityType::ORG) continue;
                joined = joined || (o.end + 1 == r.start && s.lower[o.end] == "and") ||
                         (r.end + 1 == o.start && s.lower[r.end] == "and");
            }
            const uint64_t word = key_of_word(s, r.start);
            for (const auto& o : out) {
                if (!joined) break;
                if (o.type == EntityType::PERSON && o.end - o.start >= 2 &&
                    key_of_word(sents[o.sentence], o.end - 1) == word)
                    joined = false;
            }
            if (joined) {
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // "Kelvorn named X as its chief executive", "Tessik said its profit rose": a one-word
        // person whose own clause goes on to speak of it as "its" (no "he", "his", "she", "her"
        // first) is a company; not a given name the gazetteer knows, nor a person's family name
        // the document gives in full ("Acme's chief Hale said its profit rose" is Hale's report)
        if (r.type == EntityType::PERSON && !r.fixed && r.end == r.start + 1 && r.end + 1 < s.words.size() &&
            !(lex.kinds_of(s.hl[r.start]) & (LK_FIRSTNAME | LK_TITLE | LK_GPE | LK_NORP)) &&
            !(r.start > 0 && (lex.kinds_of(s.hl[r.start - 1]) & (LK_TITLE | LK_ROLEWORD))) &&
            Case(s.cases[r.end]) == Case::lower && !is_possessive(s.words[r.end])) {
            // (a verb of saying or thinking opens another clause, whose "its" is another's: "Gerstner
            // said Shearson had no plans to quit its ..."; "its" right after it is the subject's,
            // "Tessik said its profit rose"; so does "to": "decided to reconsider its offer")
            const auto says = [](std::string_view w) {
                return w == "said" || w == "says" || w == "told" || w == "tells" || w == "added" || w == "stated" ||
                       w == "speculated" || w == "believes" || w == "believed" || w == "thinks" || w == "expects" ||
                       w == "expected" || w == "hopes" || w == "hoped" || w == "reported" || w == "estimated";
            };
            bool its = false;
            for (uint32_t k = r.end + 1; k < s.words.size() && k < r.end + 8; ++k) {
                const std::string_view w = s.lower[k];
                if (w == "its") { its = true; break; }
                if (w == "he" || w == "his" || w == "she" || w == "her" || w == "him" || w == "who" || w == "," ||
                    w == ";" || w == "." || w == "and" || w == "that" || w == "\"" || w == "to" || says(w) ||
                    (k == r.end + 1 && says(s.lower[r.end])))
                    break;
            }
            const uint64_t word = key_of_word(s, r.start);
            for (const auto& o : out) {
                if (!its) break;
                if (o.type == EntityType::PERSON && o.end - o.start >= 2 && key_of_word(sents[o.sentence], o.end - 1) == word)
                    its = false;
            }
            if (its) {
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // "Hyundai Motor", "LG Electronics": a name ending in a word of a company's trade is one
        if (r.type == EntityType::PERSON && r.end - r.start >= 2 && company_trade_word(s.lower[r.end - 1])) {
            r.type = EntityType::ORG;
            r.fixed = true;
        }
        // "Sheinbaum's Morena party", "the Likud movement": a name a lower-case "party" or
        // "movement" follows is the party's (the tagger made places and people of them; not a
        // nationality: "the Kurdish alliance", nor a country)
        if ((r.type == EntityType::GPE || r.type == EntityType::PERSON) && r.end < s.words.size() &&
            Case(s.cases[r.end]) == Case::lower &&
            (s.lower[r.end] == "party" || s.lower[r.end] == "movement" || s.lower[r.end] == "faction") &&
            !(lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_GPE | LK_NORP))) {
            r.type = EntityType::ORG;
            r.fixed = true;
        }
        // "Goldman Sachs analysts wrote", "Morgan Stanley shares fell": a name whose analysts,
        // economists or shares these are is a firm's, not a person's
        if (r.type == EntityType::PERSON && r.end < s.words.size()) {
            const std::string_view n = s.lower[r.end];
            if (n == "analysts" || n == "economists" || n == "strategists" || n == "shares" || n == "shareholders" ||
                n == "stock") {
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // "Kelvorn gained 2.1% and Micron added 3.4%": a name whose price rose or fell by a share
        // is a company's (not a name with a given name or an initial, nor the family name of a
        // person the document names in full: "Harris gained 3 percent in the polls"; nor a place
        // the gazetteers know: "Tokyo fell 2%" is its market)
        const bool unknown_place = (r.type == EntityType::GPE || r.type == EntityType::LOC) &&
                                   !(lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_GPE | LK_LOC | LK_NORP));
        // (the tagger's own organisation too, which another mention's person vote would
        // otherwise outweigh: "Vexel Tessard, X and Y are among the firms ..." then "Vexel
        // Tessard gained 2.3%")
        // ("Japan's Panasonic, which supplies cells to Tesla, slipped 2%": past a relative clause
        // between commas)
        uint32_t mv = r.end;
        if (mv + 2 < s.words.size() && s.words[mv] == "," && (s.lower[mv + 1] == "which" || s.lower[mv + 1] == "whose"))
            for (uint32_t q = mv + 2; q < s.words.size() && q < mv + 16; ++q)
                if (s.words[q] == "," || s.words[q] == ";" || s.words[q] == ".") {
                    if (s.words[q] == ",") mv = q + 1;
                    break;
                }
        if ((r.type == EntityType::PERSON || unknown_place || (r.type == EntityType::ORG && !r.fixed)) &&
            r.end - r.start <= 2 && mv + 2 < s.words.size() && stock_move_verb(s.lower[mv])) {
            bool share = false;
            for (uint32_t k = mv + 1; k < s.words.size() && k <= mv + 4 && !share; ++k)
                share = s.words[k] == "%" || s.lower[k] == "percent" || (s.lower[k] == "per" && k + 1 < s.words.size() &&
                                                                       s.lower[k + 1] == "cent");
            bool name = false;
            for (uint32_t q = r.start; q < r.end && !name; ++q)
                name = (lex.kinds_of(s.hl[q]) & LK_FIRSTNAME) != 0 || is_initial(s.words[q]);
            const uint64_t last = key_of_word(s, r.end - 1);
            for (const auto& o : out) {
                if (name || !share) break;
                // (a longer name: another mention of this same name is no person's full name,
                // "Pernod Ricard, X and Y are among the firms ..." before "Pernod Ricard gained 2.3%")
                if (o.type == EntityType::PERSON && o.end - o.start >= 2 && &o != &r &&
                    o.end - o.start > r.end - r.start && key_of_word(sents[o.sentence], o.end - 1) == last)
                    name = true;
            }
            if (share && !name) {
                if (was_org) companies.push_back(key_of(s, r.start, r.end));
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // "according to industry group Aco Brasil", "foreign trade chamber Gecex said": a name
        // right after a lower-case noun of a kind of organisation is that organisation (the
        // tagger, seeing "X said", made a person of it); not a name with a given name or an
        // initial ("the group's founder" is no such noun). Its other mentions follow ("Gecex
        // said" after "trade chamber Gecex approved").
        if ((r.type == EntityType::PERSON || r.type == EntityType::ORG) && r.start >= 1 &&
            Case(s.cases[r.start - 1]) == Case::lower && org_descriptor(s.lower[r.start - 1])) {
            bool name = false;
            for (uint32_t q = r.start; q < r.end && !name; ++q)
                name = (lex.kinds_of(s.hl[q]) & (LK_FIRSTNAME | LK_GPE | LK_NORP)) != 0 || is_initial(s.words[q]);
            if (!name) {
                r.type = EntityType::ORG;
                r.fixed = true;
                companies.push_back(key_of(s, r.start, r.end));
            }
        }
        // "analysts at Bernstein", "an economist at Aubrey G. Lanston": where analysts, economists
        // or traders work is a firm (the tagger made places and people of such names; a place the
        // gazetteers know stays one: "brokers at Manila")
        if ((r.type == EntityType::GPE || r.type == EntityType::LOC || r.type == EntityType::PERSON) &&
            r.start >= 2 && s.lower[r.start - 1] == "at" &&
            (Case(s.cases[r.start - 2]) == Case::lower || r.start == 2)) {
            std::string_view w = s.lower[r.start - 2];
            if (w.size() > 1 && w.back() == 's') w.remove_suffix(1);
            if ((w == "analyst" || w == "economist" || w == "strategist" || w == "trader" || w == "dealer" ||
                 w == "broker" || w == "banker" || w == "researcher" || w == "executive" || w == "consultant") &&
                !(lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_GPE | LK_LOC | LK_NORP))) {
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // "Lithium Americas said it would build a mine": a name of two or three words that opens
        // with a common word of the gazetteer (an element, a mineral, a trade's noun) and has no
        // given name, title or initial is no person's (the tagger read "X said")
        if (r.type == EntityType::PERSON && r.end - r.start >= 2 && r.end - r.start <= 3 &&
            (lex.kinds_of(s.hl[r.start]) & LK_COMMON) && Case(s.cases[r.start]) == Case::title) {
            bool person = false;
            for (uint32_t q = r.start; q < r.end && !person; ++q)
                person = (lex.kinds_of(s.hl[q]) & (LK_FIRSTNAME | LK_TITLE | LK_ROLEWORD)) != 0 || is_initial(s.words[q]);
            if (!person) {
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        // "Monsanto said its first-quarter profit rose": a one-word name that speaks of "its"
        // results is a company (a person's are "his" or "her"), where the tagger made a person of
        // it (a place speaks of "its" exports too: "Sharjah said its ..."); not a name the
        // gazetteers know as a given name, place or people
        if (r.type == EntityType::PERSON && r.end == r.start + 1 && r.end + 1 < s.words.size() &&
            (s.lower[r.end] == "said" || s.lower[r.end] == "says") && s.lower[r.end + 1] == "its" &&
            !(lex.kinds_of(s.hl[r.start]) & (LK_FIRSTNAME | LK_GPE | LK_LOC | LK_NORP | LK_TITLE))) {
            // (nor the family name of a person the document names in full: "Jane Hale ... Hale
            // said its impact was small")
            const uint64_t last = key_of_word(s, r.start);
            bool surname = false;
            for (const auto& o : out)
                surname = surname || (o.type == EntityType::PERSON && o.end - o.start >= 2 &&
                                      key_of_word(sents[o.sentence], o.end - 1) == last);
            if (!surname) {
                r.type = EntityType::ORG;
                r.fixed = true;
            }
        }
        if (!was_org && r.fixed && r.type == EntityType::ORG &&
            !(lex.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_GPE | LK_LOC | LK_NORP)))
            companies.push_back(key_of(s, r.start, r.end));
        // A company's short form too ("Technimed" of "Technimed Corp", which the tagger called a
        // person, and "Tidewater" of "Tidewater Inc" a place, elsewhere in the article).
        // (by the legal words only, and without a word of the trade as well: "Essex Chemical" and
        // "Essex" of "Essex Chemical Corp")
        if (r.type == EntityType::ORG && r.end - r.start >= 2)
            for_short_forms(s, r, lex, lower_vocab,
                            [&](uint32_t a, uint32_t b) { companies.push_back(key_of(s, a, b)); });
    }
}

}  // namespace np::ner
