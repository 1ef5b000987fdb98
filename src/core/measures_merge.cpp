// measures_merge.cpp — merges measure mentions into one record per real measure, and the
// find_measures stage entry point.
//
// A mention joins an earlier record when nothing conflicts (same kind, no different rate,
// imposer, target, goods or reason topic) and either it co-refers ("the levy", "such a tariff",
// "the measure") or something positive links them (same rate, shared goods words, the same
// issue in the reason, same imposer and target). The record keeps a history entry per mention.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "measures.hpp"
#include "measures_grammar.hpp"
#include "models.hpp"
#include "stages.hpp"

namespace np::measures {

namespace {

struct Rec {
    Measure out;
    std::vector<std::string> lemmas;
    std::vector<std::string> goods_words;
    std::vector<uint32_t> reason_issues;
    int32_t imposer = -1, target = -1;
    bool reason_from_cue = false, reason_from_heading = false;
    bool goods_from_heading = false;  // o.goods came from a headline
    bool reason_only = false;  // named only inside another measure's reason ("in response to U.S. duties on steel")
    bool time_from_background = false;  // o.time came from a background mention (how it came about)
    uint32_t last_sent = 0, last_order = 0, first_sent = 0;
    std::vector<const MeasureMention*> mentions;
};

bool overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (const auto& x : a)
        for (const auto& y : b)
            if (x == y) return true;
    return false;
}
std::string_view first_word(std::string_view g) { return g.substr(0, g.find(' ')); }
// Goods that open with a count: "five rare earth elements", "1,400 products" (not "two-thirds").
bool count_word(std::string_view g) {
    const std::string_view w = first_word(g);
    if (w.size() == g.size() || w.empty()) return false;
    static constexpr std::string_view kCounts[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "dozens", "hundreds"};
    for (std::string_view c : kCounts)
        if (w == c) return true;
    for (char ch : w)
        if (!((ch >= '0' && ch <= '9') || ch == ',')) return false;
    return true;
}
// "would also raise duties on ...": "also" among the few words before the mention, in its clause.
bool also_before(const sv::View& v, const MeasureMention& m) {
    const uint32_t s0 = v.sents[m.sent].t0;
    for (uint32_t k = m.t0; k > s0 && m.t0 - k < 5;) {
        --k;
        if (v.is(k, "also")) return true;
        if (v.toks[k].kind != sv::TK::word) return false;
    }
    return false;
}
bool overlap_ids(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    for (auto x : a)
        for (auto y : b)
            if (x == y) return true;
    return false;
}

// "its planned countermeasures ..., putting on hold duties of 25%": a generic word and the
// specific measure it names in the same sentence; not across a clause of its own ("suspend its
// countermeasures ... after the two sides agreed a deal that sets a 15% tariff on EU exports":
// the other side's tariff).
bool loose_pair(const sv::View& v, const Rec& r, const MeasureMention& m) {
    if (r.last_sent != m.sent) return false;
    bool r_generic = std::find(r.lemmas.begin(), r.lemmas.end(), "countermeasure") != r.lemmas.end() && r.out.kind == "other";
    if (!r_generic && m.lemma != "countermeasure") return false;
    if (r.mentions.empty()) return true;
    const MeasureMention& last = *r.mentions.back();
    const uint32_t from = std::min(last.t1, m.t1), to = std::max(last.t0, m.t0);
    static constexpr std::string_view kClause[] = {"after", "before", "because", "since", "when", "while",
        "unless", "if", "once", "although", "though", "whereas", "following"};
    for (uint32_t i = from; i < to && i < v.toks.size(); ++i)
        for (std::string_view w : kClause)
            if (v.lo(i) == w) return false;
    return true;
}

// "India bans exports of white rice" ... "ordered a halt to exports of white rice": a halt of a
// flow (an export control by its verb) and a ban of it are one measure; goods and imposer decide.
// So are "trade curbs on lobsters" (curbs or restrictions that name no export) and a ban on
// the same goods: "China lifts last of its trade curbs on lobsters" over "lift its ban on
// Australian rock lobsters".
bool halted_flow(const sv::View& v, const MeasureMention& m) {
    if (m.kind != "export_control") return false;
    bool curb = false, exports = false;
    for (uint32_t k = m.t0; k < m.t1 && k < v.toks.size(); ++k) {
        if (v.lo(k).starts_with("halt") || v.lo(k).starts_with("stop") || v.lo(k).starts_with("block")) return true;
        curb = curb || v.is(k, "curbs") || v.is(k, "restrictions") || v.is(k, "restriction");
        exports = exports || v.is(k, "export") || v.is(k, "exports");
    }
    return curb && !exports;
}
bool ban_and_halt(const sv::View& v, const Rec& r, const MeasureMention& m) {
    if (r.out.kind == "ban" && halted_flow(v, m)) return true;
    if (m.kind != "ban" || r.out.kind != "export_control") return false;
    for (const MeasureMention* p : r.mentions)
        if (!halted_flow(v, *p)) return false;
    return !r.mentions.empty();
}

bool is_person(const sv::View& v, int32_t key) {
    return key >= 0 && v.keys[size_t(key)].type == sv::AType::person;
}

// The country a person speaks for, by the title the text gives them ("U.S. President Donald
// Trump", "Canada's Prime Minister X", "Chinese Commerce Minister Y"): per view key, the place or
// nationality right before the title words before any of the person's mentions; -1 if none.
std::vector<int32_t> home_countries(const sv::View& v) {
    std::vector<int32_t> home(v.keys.size(), -1);
    for (const auto& ar : v.actors)
        if (ar.type == sv::AType::person && home[ar.key] < 0) home[ar.key] = title_country(v, ar);
    // ... and a government body after a country's possessive ("China's Ministry of Commerce")
    for (const auto& ar : v.actors) {
        if (ar.type != sv::AType::org || home[ar.key] >= 0 || ar.t0 < 2 || !(v.is(ar.t0 - 1, "'s") || v.is(ar.t0 - 1, "\u2019s")))
            continue;
        const int32_t a = sv::actor_at(v, ar.t0 - 2);
        if (a < 0 || v.actors[size_t(a)].type != sv::AType::gpe || v.actors[size_t(a)].t1 != ar.t0 - 1) continue;
        static const char* const kBody[] = {"ministry", "department", "commission", "council", "agency", "office",
            "bureau", "administration", "parliament", "senate", "congress", "cabinet", "government", "ministries",
            nullptr};
        bool body = false;
        for (uint32_t k = ar.t0; k < ar.t1 && !body; ++k) body = sv::in_list(v.lo(k), kBody);
        if (body) home[ar.key] = int32_t(v.actors[size_t(a)].key);
    }
    // ... and an organisation the country names as its own ("U.S. Commerce Department", "Chinese
    // Commerce Ministry"): the place or nationality that opens its name, when the text names that
    // country too
    if (!v.models) return home;
    for (const auto& ar : v.actors) {
        if (ar.type != sv::AType::org || home[ar.key] >= 0) continue;
        const std::vector<uint32_t>* pl = nullptr;
        const uint32_t n = sv::match_at(v, v.models->place_trie, ar.t0, ar.t1, &pl);
        if (!n || n >= ar.t1 - ar.t0 || !pl) continue;
        for (uint32_t p : *pl) {
            if (PlaceForm(p & 3) != PlaceForm::name && PlaceForm(p & 3) != PlaceForm::demonym) continue;
            const std::string& name = v.models->places[p >> 2].name;
            for (size_t k = 0; k < v.keys.size() && home[ar.key] < 0; ++k)
                if (v.keys[k].type == sv::AType::gpe && v.keys[k].name == name) home[ar.key] = int32_t(k);
        }
    }
    return home;
}

// Two imposers that are one government: the same one, or a country and an organisation it names
// as its own (home_countries()).
bool same_government(const sv::View& v, int32_t a, int32_t b, const std::vector<int32_t>& home) {
    if (a == b) return true;
    auto of = [&](int32_t org, int32_t place) {
        return v.keys[size_t(org)].type == sv::AType::org && home[size_t(org)] >= 0 && home[size_t(org)] == place;
    };
    return a >= 0 && b >= 0 && (of(a, b) || of(b, a));
}

// "EU slaps duties of up to 35% on Chinese EVs" over "duties of up to 35.3%": a headline rounds
// the text's rate down or to the nearest whole number; a whole-number rate in a headline and a
// fraction within one of it in the text are the same rate.
bool headline_rounding(const sv::View& v, const Rec& r, const MeasureMention& m) {
    if (!m.has_rate || !r.out.has_rate || m.unit != "percent" || r.out.rate_unit != "percent") return false;
    const bool r_head = v.sents[r.first_sent].heading && r.last_sent == r.first_sent, m_head = v.sents[m.sent].heading;
    if (r_head == m_head) return false;
    const double whole = r_head ? r.out.rate_value : m.rate, exact = r_head ? m.rate : r.out.rate_value;
    return whole == std::floor(whole) && exact != whole && (std::floor(exact) == whole || std::round(exact) == whole);
}

// "India hits back at 50% US tariff" over "doubled tariffs on Indian goods to 50%": a headline's
// rate is the level the text's change reaches (the record the headline made, or the headline
// joining the text's record); a headline's change to a level is the text's change to it.
bool headline_level(const sv::View& v, const Rec& r, const MeasureMention& m) {
    const bool r_head = v.sents[r.first_sent].heading && r.last_sent == r.first_sent, m_head = v.sents[m.sent].heading;
    if (r_head == m_head) return false;
    // ("Korea, US strike deal; tariffs cut to 15%" over "will lower tariffs on Korean cars to 15%":
    // the same change to the same level)
    if (m.has_to && r.out.has_change_to && m.to == r.out.change_to &&
        (m.direction.empty() || r.out.change_direction.empty() || m.direction == r.out.change_direction))
        return true;
    // (the text may name the level it came from: "lowers tariffs on cars to 15% from 27.5%")
    if (r_head) return m.has_to && r.out.has_rate && m.to == r.out.rate_value && !(m.has_rate && m.rate == m.to);
    return m.has_rate && r.out.has_change_to && r.out.change_to == m.rate;
}

// A headline's single rate at an end of the text's range: "up to 15%" over "10% to 15%" (not any
// rate inside a range: "25% on Canada" is no part of "tariffs ranging from 10% to 50%").
bool rate_in_range(const sv::View& v, const Rec& r, const MeasureMention& m) {
    if (!m.has_rate || !r.out.has_rate || m.unit != r.out.rate_unit) return false;
    const bool r_head = v.sents[r.first_sent].heading && r.last_sent == r.first_sent, m_head = v.sents[m.sent].heading;
    if (r_head == m_head) return false;
    // (the headline may round the end it names: "duties of up to 62%" over "from 18.4% to 62.1%")
    const auto end_of = [](double head, double text) {
        return head == text || (head == std::floor(head) && (std::floor(text) == head || std::round(text) == head));
    };
    return (r.out.has_rate_max && !m.has_max && (end_of(m.rate, r.out.rate_max) || end_of(m.rate, r.out.rate_value))) ||
           (m.has_max && !r.out.has_rate_max && (end_of(r.out.rate_value, m.max) || end_of(r.out.rate_value, m.rate)));
}

// A heading strictly between sentences a and b (a < b) that stands on its own, a blank line
// after it (not a hard-wrapped paragraph's first line that segmentation took for a heading:
// '"I regret these actions," President' / 'Reagan said in a statement.').
bool heading_between(const sv::View& v, uint32_t a, uint32_t b) {
    const std::string_view text = v.text();
    for (uint32_t s = a + 1; s < b; ++s) {
        if (!v.sents[s].heading) continue;
        size_t k = v.sents[s].end;
        int newlines = 0;
        while (k < text.size() && newlines < 2 && (text[k] == '\n' || text[k] == ' ' || text[k] == '\t' || text[k] == '\r'))
            newlines += text[k++] == '\n';
        if (newlines >= 2 || k >= text.size()) return true;
    }
    return false;
}

// A time that is over: "last year", "last month", "two years ago", "earlier this year".
bool past_time(const std::string& t) {
    // (fronted, it opens the sentence: "Earlier this year, China imposed ...")
    const auto opens = [&](std::string_view w) {
        return t.size() > w.size() && (t[0] == w[0] || t[0] == w[0] - 32) && std::string_view(t).substr(1, w.size() - 1) == w.substr(1);
    };
    return opens("last ") || t.ends_with(" ago") || opens("earlier ");
}

// "in 2019", "in March 2018": a time that names a year.
bool year_time(const std::string& t) {
    if (!t.starts_with("in ") && !t.starts_with("In ")) return false;
    for (size_t k = 3; k + 4 <= t.size(); ++k)
        if ((t[k] == '1' || t[k] == '2') && std::isdigit(uint8_t(t[k + 1])) && std::isdigit(uint8_t(t[k + 2])) &&
            std::isdigit(uint8_t(t[k + 3])) && (k + 4 == t.size() || !std::isdigit(uint8_t(t[k + 4]))) &&
            (k == 0 || !std::isdigit(uint8_t(t[k - 1]))))
            return true;
    return false;
}

// A levy on a country's own exports, whatever the text calls it: "export tax" (kind other),
// "export levy" or "export duty" (a tariff's words). Both kinds name one measure.
bool export_levy(const sv::View& v, const MeasureMention& m) {
    if (m.kind != "tariff" && m.kind != "other") return false;
    for (uint32_t k = m.t0; k < m.t1 && k < v.toks.size(); ++k)
        if (v.is(k, "export") && k + 1 < v.toks.size() &&
            (v.is(k + 1, "tax") || v.is(k + 1, "taxes") || v.is(k + 1, "levy") || v.is(k + 1, "levies") ||
             v.is(k + 1, "duty") || v.is(k + 1, "duties")))
            return true;
    return false;
}
bool export_levies(const sv::View& v, const Rec& r, const MeasureMention& m) {
    if (!export_levy(v, m)) return false;
    for (const MeasureMention* p : r.mentions)
        if (export_levy(v, *p)) return true;
    return false;
}

// "Kenya votes to scrap tax on imported sugar" (kind other) over "remove a 35% duty on sugar
// imported from ...": a tax the text puts on imports is a tariff by another word.
bool import_tax(const sv::View& v, const MeasureMention& m) {
    if (m.kind != "other") return false;
    bool tax = false;
    for (uint32_t k = m.t0; k < m.t1 && k < v.toks.size() && !tax; ++k) tax = v.is(k, "tax") || v.is(k, "taxes");
    return tax && (m.goods.starts_with("imported ") || m.goods.starts_with("imports ") ||
                   m.goods.find(" imports") != std::string::npos);
}
bool tax_and_tariff(const sv::View& v, const Rec& r, const MeasureMention& m) {
    if (m.kind == "tariff" && r.out.kind == "other")
        return std::all_of(r.mentions.begin(), r.mentions.end(), [&](const MeasureMention* p) { return import_tax(v, *p); });
    return m.kind == "other" && r.out.kind == "tariff" && import_tax(v, m);
}

// A mention that removes, lifts or suspends its measure.
bool goes(const MeasureMention& x) {
    return x.direction == "remove" || x.status == "lifted" || x.direction == "suspend" || x.status == "suspended";
}

// ("India on Saturday lifted a ban on exports of non-basmati white rice ... The world's biggest
// rice exporter had banned shipments of the variety in July 2023": the history of a measure just
// lifted or suspended, told right after it (its goods, if any, pointing back: "of the variety"),
// is that measure's.)
bool history_of(const Rec& r, const MeasureMention& m) {
    if (!m.background || m.has_rate || m.kind != r.out.kind || m.sent <= r.last_sent || m.sent - r.last_sent > 2)
        return false;
    if (!m.goods.empty() && m.goods.find(" the ") == std::string::npos && !m.goods.starts_with("the ")) return false;
    return std::any_of(r.mentions.begin(), r.mentions.end(), [](const MeasureMention* p) { return goes(*p); });
}

// Conflicting facts: the mention cannot be the same measure as the record. `home`:
// home_countries() (a person's measure is not another country's).
bool conflicts(const sv::View& v, const Rec& r, const MeasureMention& m, const std::vector<int32_t>& home) {
    // ("Chile lowers copper export levy" over "will cut its export tax on refined copper")
    if (r.out.kind != m.kind && !loose_pair(v, r, m) && !m.generic_coref && !ban_and_halt(v, r, m) &&
        !export_levies(v, r, m) && !tax_and_tariff(v, r, m))
        return true;
    // ("Indonesia bans bauxite ore exports" ... "halted exports of nickel ore in 2020": a halt is the
    // ban's when they share the goods, not a word of the flow or of the raw form)
    if (r.out.kind != m.kind && !m.generic_coref && !m.goods_words.empty() && !r.goods_words.empty() &&
        ban_and_halt(v, r, m)) {
        static constexpr std::string_view kFlow[] = {"ore", "export", "exports", "import", "imports", "shipment",
                                                     "shipments", "sale", "sales", "product", "products"};
        bool shared = false;
        for (const auto& x : m.goods_words)
            if (std::find(std::begin(kFlow), std::end(kFlow), x) == std::end(kFlow))
                shared = shared || std::find(r.goods_words.begin(), r.goods_words.end(), x) != r.goods_words.end();
        if (!shared) return true;
    }
    // (a level one side's change reaches is the other's rate: "lowers tariffs on cars to 15% from
    // 27.5%" under a headline's "15% tariff on cars")
    if (m.has_rate && r.out.has_rate && m.rate != r.out.rate_value && !(r.out.has_change_to && r.out.change_to == m.rate) &&
        !(m.has_to && m.to == r.out.rate_value && m.unit == r.out.rate_unit) && !headline_rounding(v, r, m) &&
        !rate_in_range(v, r, m))
        return true;
    // (a deal's two parties, named in either order: "South Korea, U.S. finalise tariff deal" over
    // "their trade deal, under which Washington will lower its tariffs on Korean cars")
    // (a headline's, or the deal named again: "Acme signed a similar agreement with Bally" is another)
    const bool deal_parties = m.kind == "deal" && r.out.kind == "deal" &&
                              (m.coref || v.sents[r.first_sent].heading || v.sents[m.sent].heading) &&
                              ((m.target >= 0 && m.target == r.imposer) || (r.target >= 0 && r.target == m.imposer));
    if (m.imposer >= 0 && r.imposer >= 0 && is_person(v, m.imposer) == is_person(v, r.imposer) &&
        !same_government(v, m.imposer, r.imposer, home) && !deal_parties)
        return true;
    // ("U.S. President Donald Trump doubled tariffs" is no Canadian surtax: a person and a place
    // may name one government, unless the person's title names another)
    if (m.imposer >= 0 && r.imposer >= 0 && is_person(v, m.imposer) != is_person(v, r.imposer)) {
        const int32_t person = is_person(v, m.imposer) ? m.imposer : r.imposer;
        const int32_t place = person == m.imposer ? r.imposer : m.imposer;
        if (home[size_t(person)] >= 0 && home[size_t(person)] != place && v.keys[size_t(place)].type == sv::AType::gpe)
            return true;
    }
    // (the same two parties the other way round: "Vietnam, U.S. reach trade deal" over "the United
    // States and Vietnam have agreed on a trade framework")
    const bool swapped = deal_parties && m.imposer >= 0 && m.imposer == r.target && m.target == r.imposer;
    if (m.target >= 0 && r.target >= 0 && m.target != r.target && !swapped) return true;
    // ("the 50% rate Washington applies to most other countries" is no measure on Britain's goods)
    if (m.others && (r.target >= 0 || !r.goods_words.empty())) return true;
    // "Canada will impose a 25% surtax on steel from China" ... "Canada imposed a 25% tariff on
    // Chinese steel last year": a measure named afresh as put in place at a time that is over is
    // an earlier one than a measure still to come
    // (the record's status is settled after merging: its mentions' are read here)
    // ("India imposed retaliatory duties on 28 U.S. products in 2019" is no later step of "India
    // has proposed retaliatory duties": a year named with the past tense is over too)
    if (!m.coref && m.status == "in_force" && (past_time(m.time) || year_time(m.time))) {
        bool to_come = false, in_force = false;
        for (const MeasureMention* p : r.mentions) {
            // (not the end of a measure: "China will remove tariffs on Australian wine" ... "Beijing
            // imposed duties of up to 218% on Australian wine in 2021" names what goes)
            const bool ends = p->direction == "remove" || p->direction == "lower" || p->direction == "suspend" ||
                              p->direction == "halve";
            to_come = to_come || ((p->status == "announced" || p->status == "proposed" || p->status == "threatened") && !ends);
            in_force = in_force || p->status == "in_force";
        }
        if (to_come && !in_force) return true;
    }
    // "will remove many of its retaliatory tariffs on U.S. goods" then "would keep its 25%
    // counter-tariffs on U.S. steel": what is kept is not what goes (either way round)
    // (nor what is suspended: "suspend the export controls it announced in October" ... "the
    // earlier April controls remain in force")
    for (const MeasureMention* p : r.mentions)
        if ((m.kept && goes(*p)) || (p->kept && goes(m)))
            return true;
    // "combines a 25% tariff with a 25% penalty": two measures named afresh in one sentence under
    // different head words are two, whatever their rates ("the 25% penalty" would point back)
    if (!m.coref && m.has_rate && r.last_sent == m.sent)
        for (const MeasureMention* p : r.mentions)
            if (p->sent == m.sent && !p->coref && p->has_rate && p->lemma != m.lemma) return true;
    // "25% tariffs on imports from Canada and Mexico" ... "Ontario would put a 25% surcharge on
    // electricity it sends to Michigan": goods named afresh in a later sentence are not the
    // record's all goods from a place, whatever the rate (a definite "the 25% tariff on Canadian
    // steel" may be the record's part)
    if (!m.coref && !m.extends && !m.goods_words.empty() && r.goods_words.empty() && !r.out.goods.empty() &&
        r.last_sent != m.sent && m.target < 0 && r.target >= 0)
        return true;
    // "the export controls on five rare earth elements" ... "Beijing's April restrictions on seven
    // rare earths ... remain in place": goods counted differently are other goods
    // (not a purchase's: "40 new planes" ... "15 planes from Boeing and 25 from Airbus" is one order)
    if (!m.coref && m.kind != "purchase" && m.kind != "deal" && !m.goods.empty() && !r.out.goods.empty() &&
        count_word(m.goods) && count_word(r.out.goods) && first_word(m.goods) != first_word(r.out.goods))
        return true;
    // "widened export controls on chips to China, adding 140 Chinese companies to its trade
    // blacklist": a listing of companies named beside other controls in one sentence is a
    // measure apart
    if (!m.coref && r.last_sent == m.sent)
        for (const MeasureMention* p : r.mentions)
            if (p->sent == m.sent && !p->coref && (p->lemma == "blacklist") != (m.lemma == "blacklist")) return true;
    // ("include the duties of 10% to 50% announced in April and the tariffs on Canada": two
    // measures side by side, each with its own article, are two)
    if (m.t0 > 0 && v.is(m.t0 - 1, "and") && v.is(m.t0, "the"))
        for (const MeasureMention* p : r.mentions)
            if (p->sent == m.sent && p->t1 < m.t0 && m.t0 - p->t1 <= 12) return true;
    // "combined U.S. duties of about 45% ..., on top of anti-dumping duties that Washington raised
    // to 35.19%": a measure named afresh in the sentence of another, changed to a level that is
    // not the other's rate, is another (a later sentence's "raised the tariff to 50%" may be the
    // same measure's change)
    if (!m.coref && m.has_to && !m.has_rate && r.last_sent == m.sent)
        for (const MeasureMention* p : r.mentions)
            if (p->sent == m.sent && !p->coref && p->has_rate && p->rate != m.to && !(p->has_to && p->to == m.to))
                return true;
    // "raised tariffs to 145%, on top of a 20% tariff over fentanyl" ... "lowered its tariffs to
    // 30%": a cut to a level is no cut of a measure already below it, a rise no rise of one above
    // it (the record's level: the one it was changed to, else its rate; a change to the record's
    // own level is the same change named again, "tariffs cut to 15%" over "will lower ... to 15%")
    if (m.has_to && !m.has_rate && (r.out.has_rate || r.out.has_change_to)) {
        const double level = r.out.has_change_to ? r.out.change_to : r.out.rate_value;
        const bool down = m.direction == "lower" || m.direction == "halve", up = m.direction == "raise";
        if ((down && m.to > level) || (up && m.to < level)) return true;
    }
    // "would cut tariffs on Chinese goods to 47% from 57%" ... "the fentanyl tariff would be halved
    // to 10%": a halving (doubling, tripling) to a level says the level before it; a record at
    // another level, before or after its own change, is another measure
    // (named again or not: "the tariff" halved to 10% is not the one at 57%)
    if (m.has_to && !m.has_rate && r.out.has_rate &&
        (m.direction == "halve" || m.direction == "double" || m.direction == "triple")) {
        const double before = m.direction == "halve" ? m.to * 2 : m.direction == "double" ? m.to / 2 : m.to / 3;
        const auto near = [&](double x) { return std::fabs(x - before) < 0.01; };
        // (a record whose rate or change is the level reached is the same: a headline's "50%
        // tariff" over "doubled tariffs to 50%")
        if (!near(r.out.rate_value) && !(r.out.has_change_to && near(r.out.change_to)) &&
            !(r.out.has_change_to && r.out.change_to == m.to) && r.out.rate_value != m.to)
            return true;
    }
    // "India will halve its 150% tariff on British whisky to 75%" ... "Tariffs on British cars will
    // drop to 10%": a change to another level, named afresh with goods of its own, is another
    // measure's (the goods may share a word with the record's: "goods from whisky and cars")
    if (!m.coref && m.has_to && r.out.has_change_to && m.to != r.out.change_to && !m.goods.empty() &&
        r.last_sent != m.sent)
        return true;
    // "raised the duty on crude palm oil to 20% from zero" ... "The duty on refined palm oil was
    // increased to 32.5% from 12.5%": a change from another level to another level is another
    // measure's, the definite article notwithstanding (the same measure's later change starts
    // where the record's ended)
    if (m.has_to && m.has_rate && r.out.has_change_to && m.to != r.out.change_to && m.rate != r.out.change_to &&
        !(r.out.has_rate && m.rate == r.out.rate_value))
        return true;
    // "tariffs on steel and copper imposed under one law, or the 25% tariffs on Chinese goods that
    // X imposed under another": two measures named afresh in one sentence, each with goods of
    // its own, are two (the goods' words need not differ: "Chinese goods" holds none)
    // ("the 25% tariffs on Chinese goods" too: a definite article and goods of its own)
    if (!m.goods.empty() && r.last_sent == m.sent)
        for (const MeasureMention* p : r.mentions)
            if (p->sent == m.sent && !p->coref && !p->goods.empty() && p->goods != m.goods) return true;
    // ("the higher U.S. duty" is no surtax on American goods: no one imposes a measure on itself)
    // (a deal's or a purchase's parties are read less surely: no conflict made of them)
    if (((m.imposer >= 0 && m.imposer == r.target) || (m.target >= 0 && m.target == r.imposer)) &&
        r.out.kind != "deal" && r.out.kind != "purchase" && m.kind != "deal" && m.kind != "purchase")
        return true;
    // ("The 15% rate will also apply to cars": the goods are added to the measure's, at its rate)
    const bool extends = m.extends && (!m.has_rate || (r.out.has_rate && m.rate == r.out.rate_value));
    // ("Mexico approves tariffs of up to 50% on Chinese cars, steel and textiles" over "tariffs of up
    // to 50% on more than 1,400 products from China": a headline sums the goods up in words of its
    // own; the same rate, imposer and target make it the same measure)
    const bool headline_same = (v.sents[m.sent].heading != (v.sents[r.first_sent].heading && r.last_sent == r.first_sent)) &&
                               m.has_rate && r.out.has_rate && m.rate == r.out.rate_value && m.imposer >= 0 &&
                               m.imposer == r.imposer && m.target >= 0 && m.target == r.target;
    if (!extends && !headline_same && !m.goods_words.empty() && !r.goods_words.empty() &&
        !overlap(m.goods_words, r.goods_words) && !history_of(r, m))
        return true;
    // (a headline may give another of the measure's causes than the text: "China curbs exports of
    // graphite, citing national security" over "... in response to U.S. curbs on chip exports")
    const bool headline_pair = v.sents[m.sent].heading != v.sents[r.first_sent].heading && m.imposer >= 0 &&
                               m.imposer == r.imposer && overlap(m.goods_words, r.goods_words);
    if (!m.reason_issues.empty() && !r.reason_issues.empty() && !overlap_ids(m.reason_issues, r.reason_issues) &&
        !headline_pair)
        return true;
    // "has put tariffs on steel, aluminum, copper, lumber, trucks and furniture" ... "Steel and
    // aluminum imports face a 50% tariff": a rate named for some goods of a list of three or more
    // that no rate was given for is that part's own measure, not the whole list's rate
    // ("cut tariffs on a range of U.S. goods including gas, cars and ethanol" ... "the tariff on
    // ethanol will be cut to 5% from 10%": a change of its own, even named with "the")
    // (a list: "steel imports above quota levels" is one good of four words)
    if (m.has_rate && !r.out.has_rate && (!m.coref || m.has_to) && r.goods_words.size() >= 3 &&
        !m.goods_words.empty() && m.goods_words.size() < r.goods_words.size() &&
        (r.out.goods.find(',') != std::string::npos || r.out.goods.find(" and ") != std::string::npos))
        return true;
    // "raising tariffs on cars imported from China to 50%" ... "The proposal would also raise duties
    // on 1,400 tariff lines including textiles, steel, auto parts, plastics and toys": a list of
    // three goods or more that "also" a verb takes, wider than the record's, is a measure of its own
    // (an item of it may share a word with the record's goods)
    // (not a purchase's or a deal's goods, read less surely)
    if (!m.coref && !m.extends && m.kind != "purchase" && m.kind != "deal" && m.goods_words.size() >= 3 &&
        !r.goods_words.empty() && r.goods_words.size() < m.goods_words.size() && r.last_sent != m.sent &&
        also_before(v, m))
        return true;
    return false;
}

bool positive(const sv::View& v, const Rec& r, const MeasureMention& m, const std::vector<int32_t>& home) {
    // (not a rate in force now that a record's change has left behind: "raised its tariff on
    // Canadian goods to 35% from 25%" ... "also imposes ... 25% on cars from all countries")
    if (m.has_rate && r.out.has_rate && m.rate == r.out.rate_value &&
        !(r.out.has_change_to && r.out.change_to != m.rate && !m.coref && m.direction.empty() && m.status == "in_force"))
        return true;
    if (headline_rounding(v, r, m) || headline_level(v, r, m)) return true;
    // "would lower its 27.5% tariff on European cars to 15%" ... "a 15% tariff was still a heavy
    // burden": a level named alone is the level a record's change reaches
    if (m.has_rate && m.direction.empty() && r.out.has_change_to && r.out.change_to == m.rate &&
        m.unit == (r.out.has_rate ? r.out.rate_unit : std::string("percent")))
        return true;
    if (overlap(m.goods_words, r.goods_words)) return true;
    if (overlap_ids(m.reason_issues, r.reason_issues)) return true;
    if (m.imposer >= 0 && m.imposer == r.imposer && m.target >= 0 && m.target == r.target) return true;
    // a headline's measure and the text's of the same imposer and head word ("Canada scraps
    // digital tax" / "Canada said it would rescind its digital services tax on ...")
    // ("U.S. adds 80 Chinese firms to export blacklist" / "added 80 companies to its export
    // restrictions list": a blacklist is a list)
    const auto names_list = [&] {
        for (uint32_t k = m.t0; k < m.t1 && k < v.toks.size(); ++k)
            if (v.is(k, "list") || v.is(k, "blacklist")) return true;
        return false;
    };
    // (and the words for a tariff: "Chile's copper exports hit by new U.S. levy" over "Washington
    // imposed a 50% tariff on semi-finished copper products")
    const auto tariff_word = [](const std::string& w) {
        return w == "tariff" || w == "levy" || w == "duty" || w == "surcharge" || w == "surtax";
    };
    const auto same_head = [&](const std::string& a, const std::string& b) {
        return a == b || ((a == "blacklist" || a == "list") && (b == "blacklist" || b == "list" || names_list())) ||
               (tariff_word(a) && tariff_word(b));
    };
    if (m.imposer >= 0 && same_government(v, m.imposer, r.imposer, home) &&
        (v.sents[r.first_sent].heading || v.sents[m.sent].heading) &&
        std::any_of(r.lemmas.begin(), r.lemmas.end(), [&](const std::string& l) { return same_head(l, m.lemma); }))
        return true;
    // ("UK firms face costs as US levy doubles" over "the US doubled its tariffs on steel to 50%":
    // a headline's change and the text's, by one government, of one kind)
    if (m.imposer >= 0 && same_government(v, m.imposer, r.imposer, home) && !m.direction.empty() &&
        m.direction != "impose" && m.direction == r.out.change_direction &&
        (v.sents[r.first_sent].heading || v.sents[m.sent].heading))
        return true;
    if (loose_pair(v, r, m)) return true;
    if (history_of(r, m)) return true;
    // "a deal could be reached" … "a framework deal is in place": bare mentions of the deal
    // under discussion are one deal
    if (m.kind == "deal" && r.out.kind == "deal" && m.goods_words.empty() && r.goods_words.empty() &&
        !m.has_rate && !r.out.has_rate)
        return true;
    // "after the UK-India trade agreement cut the tariff. The Comprehensive Economic and Trade
    // Agreement was signed in July": an agreement named by its proper name, no side of its own,
    // right after a deal between named sides with no goods, is that deal
    if (m.kind == "deal" && r.out.kind == "deal" && m.imposer < 0 && m.target < 0 && r.imposer >= 0 &&
        r.goods_words.empty() && !m.has_rate && !r.out.has_rate && !m.goods.empty() &&
        std::isupper(static_cast<unsigned char>(m.goods[0]))) {
        bool pact_name = false;
        for (const char* h : {" Agreement", " Pact", " Treaty", " Partnership", " Accord"})
            pact_name = pact_name || m.goods.ends_with(h);
        bool near = false;
        for (const MeasureMention* p : r.mentions) near = near || (p->sent < m.sent && m.sent - p->sent <= 2);
        if (pact_name && near) return true;
    }
    return false;
}

// Head words writers use for any tariff or measure, one for another ("the tariffs", "the
// duties", "the levy", "the measure"), or that name many things of a kind: no evidence of which
// one is meant.
bool distinctive_lemma(const std::string& lemma) {
    return !(lemma == "tariff" || lemma == "duty" || lemma == "levy" || lemma == "rate" || lemma == "tax" ||
             lemma == "measure" || lemma == "sanction" || lemma == "export_control" || lemma == "deal" ||
             lemma == "purchase");  // (company news names many deals and purchases: "the deal" is the latest)
}
size_t lemma_holders(const std::vector<Rec>& recs, const std::string& lemma) {
    size_t n = 0;
    for (const Rec& r : recs) n += std::find(r.lemmas.begin(), r.lemmas.end(), lemma) != r.lemmas.end();
    return n;
}

// Heads of goods every tariff may name ("most imports", "U.S. goods"): no tie between two tariffs.
const char* const kGenericGoods[] = {"imports", "exports", "goods", "products", "items", "shipments", "sales",
    "purchases", "commodities", "merchandise", "trade", "countries", nullptr};
const char* const kPriority[] = {"announced", "threatened", "proposed", "expected_change", "suspended", "lifted",
                                 nullptr};

void absorb(const sv::View& v, Rec& r, const MeasureMention& m, uint32_t order) {
    Measure& o = r.out;
    if (o.kind == "other" && m.kind != "other" && !m.kind.empty()) o.kind = m.kind;
    if (o.kind == "export_control" && m.kind == "ban") o.kind = "ban";  // (ban_and_halt: the halt is the ban)
    // (a headline's rate that is the level the text's change reaches is that level, not the
    // rate the measure had: the text's own rate, if it names one, takes its place)
    if (headline_level(v, r, m) && !v.sents[m.sent].heading) o.has_rate = false;
    // (and a headline joining: its rate is that level already in the record)
    const bool headline_is_level = headline_level(v, r, m) && v.sents[m.sent].heading;
    // (the text's exact rate over its headline's rounding, and its range over the headline's
    // "up to 15%": "10% to 15%")
    if ((!o.has_rate && m.has_rate && !headline_is_level) || (headline_rounding(v, r, m) && !v.sents[m.sent].heading) ||
        (m.has_max && !o.has_rate_max && rate_in_range(v, r, m) && !v.sents[m.sent].heading)) {
        o.has_rate = true;
        o.rate_value = m.rate;
        o.rate_unit = m.unit;
        o.has_rate_max = m.has_max;
        o.rate_max = m.max;
    }
    // A change whose level is not taken (below) leaves the direction as well: "raised to 145%"
    // then "lowered to 30%" must not read "lowered to 145%".
    const bool level_kept = m.has_to && o.has_change_to && !m.sequel;
    // (nor does a later mention's bare direction turn a change the record's own levels tell:
    // "cut the duty to 10% from 20%" then "the widening of the duty difference" is no rise)
    const bool levels_tell = !m.has_to && o.has_change_to && o.has_rate && o.rate_unit == "percent" &&
                             o.change_to != o.rate_value &&
                             ((m.direction == "raise") != (o.change_to > o.rate_value)) &&
                             (m.direction == "raise" || m.direction == "lower");
    if (!m.direction.empty() && !level_kept && !levels_tell) {
        o.has_change = true;
        // a specific direction ("halve", "double") is not overwritten by a generic one ("lower")
        auto rank = [](const std::string& d) {
            return d == "halve" || d == "double" || d == "triple" ? 3 : d == "impose" ? 1 : d.empty() ? 0 : 2;
        };
        if (rank(m.direction) >= rank(o.change_direction)) o.change_direction = m.direction;
    }
    // The first level given stays: news tells the latest change first, and later mentions are
    // more often its history ("doubled the duty to 50%" ... "had raised it to 25% in March").
    // (a level with no verb of its own is a rise, or a cut when it is below the stated rate:
    // "Tariffs on cars, currently 27.5%, will fall to 15%")
    if (m.has_to && (!o.has_change_to || m.sequel)) {
        o.has_change_to = true;
        o.change_to = m.to;
        o.has_change = true;
        if (o.change_direction.empty())
            o.change_direction = o.has_rate && o.rate_unit == "percent" && m.to < o.rate_value ? "lower" : "raise";
    }
    if (m.has_by) { o.has_change_by = true; o.change_by = m.by; o.has_change = true; }
    if (r.imposer < 0 && m.imposer >= 0 && m.imposer != r.target) r.imposer = m.imposer;  // (no one imposes on itself)
    if (r.target < 0 && m.target >= 0 && m.target != r.imposer) r.target = m.target;
    // (a deal's other party, named first by the mention: "South Korea, U.S. finalise deal" and
    // "their deal, under which Washington will ...")
    if (r.out.kind == "deal" && r.target < 0 && m.imposer >= 0 && m.imposer != r.imposer && m.target == r.imposer)
        r.target = m.imposer;
    bool heading = v.sents[m.sent].heading;
    // A headline's goods give way to the text's when the text says as much or more of the same
    // good ("steel duties" in the headline, "tariffs on imported steel and aluminum" below it;
    // "auto levy" and "the 25% tariff on Japanese cars", "chip machines" and "advanced
    // semiconductor equipment": same_goods makes chips and semiconductors one word).
    const auto covers = [&] {
        if (m.goods_words.size() < r.goods_words.size()) return false;
        bool all = true;  // (and "US goods" / "U.S. imports": no content word either side)
        for (const auto& w : r.goods_words)
            all = all && std::find(m.goods_words.begin(), m.goods_words.end(), w) != m.goods_words.end();
        return all || overlap(r.goods_words, m.goods_words);
    };
    // (goods a measure is extended to are not what it is on: "will also apply to cars")
    if (!m.goods.empty() && (o.goods.empty() || (!m.extends && ((r.goods_words.empty() && !m.goods_words.empty()) ||
                                                                (r.goods_from_heading && !heading && covers()))))) {
        o.goods = m.goods;
        r.goods_from_heading = heading;
    }
    for (const auto& w : m.goods_words)
        if (std::find(r.goods_words.begin(), r.goods_words.end(), w) == r.goods_words.end()) r.goods_words.push_back(w);
    if (!m.reason.empty() &&
        (o.reason.empty() || (m.reason_from_cue && (!r.reason_from_cue || (r.reason_from_heading && !heading))))) {
        o.reason = m.reason;
        r.reason_from_cue = m.reason_from_cue;
        r.reason_from_heading = heading;
    }
    for (auto id : m.reason_issues)
        if (std::find(r.reason_issues.begin(), r.reason_issues.end(), id) == r.reason_issues.end()) r.reason_issues.push_back(id);
    // (the time of the measure's news over the time of its background: "The measure, proposed
    // in September, ..." then "It takes effect on January 1")
    // (one whose verb says something of the measure, not a time merely in its sentence)
    if (!m.time.empty() && (o.time.empty() || (r.time_from_background && !m.background && m.status != "unknown"))) {
        o.time = m.time;
        r.time_from_background = m.background;
    }
    if (o.condition.empty()) o.condition = m.condition;
    if (std::find(r.lemmas.begin(), r.lemmas.end(), m.lemma) == r.lemmas.end()) r.lemmas.push_back(m.lemma);
    const sv::Sent& s = v.sents[m.sent];
    o.history.push_back(MeasureHistory{m.status, SpanRef{s.start, s.end}});
    o.evidence.push_back(SpanRef{v.toks[m.t0].start, v.toks[m.t1 - 1].end});
    r.last_sent = m.sent;
    r.last_order = order;
    r.mentions.push_back(&m);
}

}  // namespace

namespace {
// A record one of whose mentions names it as added on top of another ("an additional 25% duty").
bool added_record(const Rec& r) {
    for (const MeasureMention* p : r.mentions)
        if (p->additional) return true;
    return false;
}
}  // namespace

void merge_mentions(const sv::View& v, std::vector<MeasureMention>& mentions, std::vector<Measure>& out) {
    std::vector<Rec> recs;
    const std::vector<int32_t> home = home_countries(v);
    const uint32_t kWindow = 6;  // sentences a co-reference may reach back
    for (uint32_t n = 0; n < mentions.size(); ++n) {
        MeasureMention& m = mentions[n];
        int32_t best = -1;
        if (m.generic_coref) {
            // "the measure": the first measure of the latest earlier sentence that had one
            // (a sentence whose measures are bare nouns, "lobbied against duties on chips" with no
            // one imposing them, no rate and no status, is passed over for one that has a measure
            // with facts, within the same reach; a measure told as background, "after the United
            // States raised its steel tariff", is not the one the article goes on about)
            const auto bare = [](const MeasureMention& x) {
                return !x.has_rate && !x.has_to && x.imposer < 0 && x.target < 0 && x.direction.empty() &&
                       x.status == "unknown" && x.time.empty() && !x.coref && !x.generic_coref;
            };
            const auto told = [&](const MeasureMention& x) { return !bare(x) && !x.background; };
            uint32_t latest = 0, latest_full = 0;
            bool any = false, any_full = false;
            for (const auto& r : recs)
                if (r.last_sent < m.sent || (r.last_sent == m.sent && r.mentions.back() != &m)) {
                    if (!any || r.last_sent > latest) latest = r.last_sent;
                    any = true;
                    for (const auto* mm : r.mentions)
                        if (mm != &m && mm->sent < m.sent && told(*mm) && (!any_full || mm->sent > latest_full)) {
                            latest_full = mm->sent;
                            any_full = true;
                        }
                }
            uint32_t reach = 3;
            if (any_full && latest_full < latest && m.sent - latest_full <= kWindow) {
                bool only_bare = true;
                for (const auto& r : recs)
                    for (const auto* mm : r.mentions)
                        if (mm->sent == latest && mm != &m && !bare(*mm)) only_bare = false;
                if (only_bare) {
                    latest = latest_full;
                    reach = kWindow;
                }
            }
            // ("duties of 45% ..., on top of duties that Washington raised to 35.19%": the verb's
            // own mention joins the measure of that sentence already read at that level)
            if (any && m.has_to)
                for (size_t k = 0; k < recs.size() && best < 0; ++k)
                    for (const auto* mm : recs[k].mentions)
                        if (mm->sent == latest && mm != &m && mm->has_to && mm->to == m.to) { best = int32_t(k); break; }
            if (any && m.sent - latest <= reach && best < 0) {
                uint32_t best_t0 = UINT32_MAX;
                for (size_t k = 0; k < recs.size(); ++k)
                    for (const auto* mm : recs[k].mentions)
                        if (mm->sent == latest && mm->t0 < best_t0) { best_t0 = mm->t0; best = int32_t(k); }
            }
            if (best < 0) continue;
            m.kind = recs[size_t(best)].out.kind;
            absorb(v, recs[size_t(best)], m, n);
            continue;
        }
        // ("would suspend the export controls on rare earths it announced in October" ... "the
        // earlier April controls on seven rare earths remain in place": a measure kept beside one
        // of the same goods that goes is that one's imposer's other measure, no older record)
        if (m.kept && m.imposer < 0 && !m.goods_words.empty())
            for (const Rec& r : recs) {
                if (r.imposer < 0 || r.out.kind != m.kind || !overlap(m.goods_words, r.goods_words)) continue;
                bool gone = false;
                for (const MeasureMention* p : r.mentions) gone = gone || goes(*p);
                if (!gone) continue;
                m.imposer = r.imposer;
                m.fresh = true;
                break;
            }
        // "imposed a 25% levy on pork, in retaliation for the EV duties": a measure named in the
        // reason of another measure of its sentence is an earlier one, not that one nor one
        // named beside it
        bool in_reason = false;
        for (uint32_t q = n; q-- > 0 && mentions[q].sent == m.sent && !in_reason;)
            in_reason = mentions[q].reason_t1 > mentions[q].reason_t0 && m.t0 >= mentions[q].reason_t0 && m.t1 <= mentions[q].reason_t1;
        if (!m.fresh) {
            // co-reference prefers a record with the same head word ("the tariffs" -> tariffs);
            // a co-referring mention too far from its record still joins on positive evidence
            if (m.coref && !m.anaphor_words.empty() && m.goods_words.empty()) m.goods_words = m.anaphor_words;
            for (int pass = 0; pass < 3 && best < 0; ++pass) {
                uint32_t best_order = 0;
                bool best_positive = false, best_agrees = false, best_reason_only = false;
                // (a record with a mention of the same number, when the mention names it afresh
                // or points back with a definite article)
                const auto agrees = [&](const Rec& r) {
                    for (const MeasureMention* p : r.mentions)
                        if (p->plural == m.plural && p->lemma == m.lemma) return true;
                    return false;
                };
                for (size_t k = 0; k < recs.size(); ++k) {
                    const Rec& r = recs[k];
                    if (conflicts(v, r, m, home)) continue;
                    if (in_reason && r.first_sent >= m.sent) continue;
                    bool ok;
                    if (m.coref && pass < 2) {
                        // (a measure named only as another's reason is no head word's first pick)
                        if (pass == 0 && r.reason_only) continue;
                        bool same_lemma = std::find(r.lemmas.begin(), r.lemmas.end(), m.lemma) != r.lemmas.end();
                        ok = m.sent - r.last_sent <= kWindow && (pass == 1 || same_lemma);
                        // "the surtax" ten sentences after the only surtax: a head word only one
                        // record has, and none of the words writers alternate for any tariff,
                        // reaches further
                        if (!ok && pass == 0 && same_lemma && m.sent - r.last_sent <= 3 * kWindow &&
                            distinctive_lemma(m.lemma) && lemma_holders(recs, m.lemma) == 1)
                            ok = true;
                        // "The export restrictions" eight sentences after the article's only export
                        // control: a rarer kind of measure, with one record of it, reaches as far
                        // (tariffs and deals are too many for it)
                        // (nor past a heading: a paste's next story)
                        if (!ok && pass == 1 && m.sent - r.last_sent <= 3 * kWindow && r.out.kind == m.kind &&
                            m.kind != "tariff" && m.kind != "deal" && m.kind != "other" && m.kind != "purchase" &&
                            !heading_between(v, r.last_sent, m.sent) &&
                            std::count_if(recs.begin(), recs.end(), [&](const Rec& x) { return x.out.kind == m.kind; }) == 1)
                            ok = true;
                        // "the original duties": the earliest record of that head word, further back
                        if (!ok && pass == 0 && m.original && same_lemma && m.sent - r.last_sent <= 3 * kWindow)
                            ok = true;
                        // A heading between the record and the mention opens another part (a live
                        // blog's entry): "Trump raised the duty on Chinese goods" there, naming who
                        // and on whom itself, reaches back past it only on positive evidence. (A
                        // bare "The tariffs take effect on June 4" under an explainer's question
                        // still names the measure the article is about; and the title heads the
                        // whole article.)
                        const bool own_facts = m.imposer >= 0 || m.target >= 0 || m.has_rate || m.has_to;
                        if (ok && own_facts && r.last_sent > 0 && heading_between(v, r.last_sent, m.sent) &&
                            !positive(v, r, m, home))
                            ok = false;
                        // ("higher U.S. tariffs taking effect on Friday" ... "seeking to lower the 25%
                        // tariff on Japanese cars": "the" with a rate and goods of its own names a
                        // measure in full; a record with neither, in another sentence, is it only on
                        // positive evidence)
                        if (ok && m.has_rate && !m.goods_words.empty() && !r.out.has_rate && r.goods_words.empty() &&
                            r.last_sent != m.sent && !positive(v, r, m, home))
                            ok = false;
                        // Among records in reach, one the mention agrees with ("the fentanyl-related
                        // duty": the tariff imposed over fentanyl) before the latest one (a 10%
                        // baseline levy named in between).
                        if (ok) {
                            // ("The extra levy takes effect in 21 days": the additional duty, not
                            // the tariff it came on top of, named after it)
                            const bool pos = positive(v, r, m, home) || (m.additional && added_record(r));
                            if (best >= 0 && pos != best_positive) {
                                if (pos) {
                                    best = int32_t(k);
                                    best_order = r.last_order;
                                    best_positive = true;
                                    best_agrees = agrees(r);
                                }
                                continue;
                            }
                            // ... then one named other than as another's reason ("counter-tariffs on
                            // U.S. goods, in response to U.S. duties on steel" ... "The duties range
                            // from 10% to 25%": the counter-tariffs)
                            if (best >= 0 && r.reason_only != best_reason_only) {
                                if (!r.reason_only) {
                                    best = int32_t(k);
                                    best_order = r.last_order;
                                    best_reason_only = false;
                                    best_agrees = agrees(r);
                                }
                                continue;
                            }
                            best_reason_only = r.reason_only;
                            // ... and then one named in the same number ("voted against the
                            // duties": the 35% duties, not "the standard 10% car duty" named
                            // after them in passing)
                            const bool agr = agrees(r);
                            if (best >= 0 && agr != best_agrees) {
                                if (agr) { best = int32_t(k); best_order = r.last_order; best_agrees = true; }
                                continue;
                            }
                            best_agrees = agr;
                            best_positive = pos;
                        }
                    } else {
                        ok = positive(v, r, m, home);
                        // an underspecified mention ("Washington's curbs") joins a recent record of its imposer
                        // (not a headline's alone: "... as U.S. adds Section 232 tariff" over "duties that
                        // Washington raised to 35.19%" names another measure of the same imposer)
                        if (!ok && pass == 1 && m.imposer >= 0 && !m.has_rate && m.goods_words.empty() &&
                            !(v.sents[r.first_sent].heading && r.last_sent == r.first_sent) &&
                            m.target < 0 && m.reason.empty() && r.imposer == m.imposer && m.sent - r.last_sent <= 3)
                            ok = true;
                        // ... and one with no actor ("Quotas would fall to 18.3 million tonnes") the
                        // only record of its kind a few sentences before
                        if (!ok && pass == 1 && m.imposer < 0 && m.target < 0 && m.goods_words.empty() &&
                            m.reason.empty() && (m.has_rate || m.has_to) && m.kind != "deal" && m.kind != "purchase" &&
                            r.out.kind == m.kind && m.sent > r.last_sent &&
                            m.sent - r.last_sent <= 3 &&
                            std::count_if(recs.begin(), recs.end(), [&](const Rec& x) { return x.out.kind == m.kind; }) == 1)
                            ok = true;
                    }
                    // (records are in order of their first mention: "the original ..." keeps the first)
                    if (ok && (best < 0 || (!m.original && r.last_order > best_order))) {
                        best = int32_t(k);
                        best_order = r.last_order;
                    }
                }
            }
        }
        // "US tightens curbs on AI chip exports" over "unveiled new restrictions on exports of
        // advanced semiconductors": the headline names the new measure the text reports, so a
        // fresh mention may join a record only headlines have named, when they share goods or a
        // rate (not on weaker evidence: "South Africa Problems Remain Despite Debt Pact" is no
        // good's name, and the text's deal would take its goods)
        if (m.fresh && best < 0)
            for (size_t k = 0; k < recs.size() && best < 0; ++k) {
                const Rec& r = recs[k];
                bool headline = !r.mentions.empty();
                for (const MeasureMention* p : r.mentions) headline = headline && v.sents[p->sent].heading;
                // ("... as Trump's levy takes effect": a headline's measure named only by its
                // imposer is the text's measure of that imposer and kind)
                const bool bare_same_imposer = r.imposer >= 0 && r.imposer == m.imposer && !r.out.has_rate &&
                                               r.goods_words.empty() && r.target < 0 && r.out.kind == m.kind;
                const bool shared = overlap(m.goods_words, r.goods_words) || headline_rounding(v, r, m) ||
                                    (m.has_rate && r.out.has_rate && m.rate == r.out.rate_value) ||
                                    rate_in_range(v, r, m) || bare_same_imposer ||
                                    // ("US slaps 50% tariff on Brazilian goods" over "an additional
                                    // 40% tariff ..., bringing the total to 50%")
                                    (headline_level(v, r, m) && r.target >= 0 && r.target == m.target);
                if (headline && shared && !conflicts(v, r, m, home)) best = int32_t(k);
            }
        if (best >= 0) {
            if (!in_reason) recs[size_t(best)].reason_only = false;
            absorb(v, recs[size_t(best)], m, n);
            continue;
        }
        if (!m.attrs()) continue;  // a generic mention ("trade tariffs") is not a measure of its own
        if (!m.anaphor_goods.empty() && m.goods.empty()) {
            m.goods = m.anaphor_goods;
            m.goods_words = m.anaphor_words;
        }
        Rec r;
        r.out.kind = m.kind;
        r.first_sent = m.sent;
        r.reason_only = in_reason;
        absorb(v, r, m, n);
        recs.push_back(std::move(r));
    }
    // "Washington will apply a 15% tariff on Japanese goods. Tariffs on Japanese automobiles will
    // be cut to 15%": a tariff with a target and no imposer, in an article where every other
    // tariff on that target has one and the same imposer, is that imposer's
    for (auto& r : recs) {
        if (r.imposer >= 0 || r.target < 0 || r.out.kind != "tariff") continue;
        int32_t only = -1;
        bool one = true;
        for (const auto& q : recs) {
            if (&q == &r || q.target != r.target || q.out.kind != "tariff" || q.imposer < 0) continue;
            // (a person whose title names the country is that country: "U.S. President X
            // threatened new tariffs on Canadian goods" beside "50% U.S. tariffs")
            const int32_t side = is_person(v, q.imposer) && home[size_t(q.imposer)] >= 0 ? home[size_t(q.imposer)] : q.imposer;
            if (only >= 0 && side != only) one = false;
            only = side;
        }
        if (one && only >= 0 && only != r.target) r.imposer = only;
    }
    // "Turkey doubled tariffs on U.S. cars and alcohol. Duties on cosmetics, rice and coal were also
    // raised": a measure "also" done, with no side named, is one more step by the sides of the
    // measure in the sentence before
    for (auto& r : recs) {
        if (r.imposer >= 0 || r.target >= 0 || r.mentions.empty() || !r.mentions.front()->also_done) continue;
        const uint32_t sent = r.mentions.front()->sent;
        for (const auto& q : recs) {
            if (&q == &r || q.out.kind != r.out.kind || q.imposer < 0) continue;
            bool before = false;
            for (const MeasureMention* p : q.mentions) before = before || (p->sent + 1 == sent && !v.sents[p->sent].heading);
            if (before) {
                r.imposer = q.imposer;
                r.target = q.target;
            }
        }
    }
    // "The U.S. will lift its sanctions on Syria ... Sanctions on the former president and his
    // associates will remain in place": a measure said to remain, with no side named, right after
    // one of its kind that goes, is the same government's other measure of that kind, kept
    for (auto& r : recs) {
        if (r.imposer >= 0 || r.mentions.empty() || !r.mentions.front()->remains) continue;
        // (the record of that kind named last before it, within six sentences, lifts or suspends)
        const uint32_t sent = r.mentions.front()->sent;
        const Rec* last = nullptr;
        uint32_t last_sent = 0;
        for (const auto& q : recs) {
            if (&q == &r || q.out.kind != r.out.kind) continue;
            for (const MeasureMention* p : q.mentions)
                if (p->sent < sent && sent - p->sent <= 6 && (!last || p->sent >= last_sent)) {
                    last = &q;
                    last_sent = p->sent;
                }
        }
        if (!last || last->imposer < 0 || last->imposer == r.target) continue;
        if (std::any_of(last->mentions.begin(), last->mentions.end(), [](const MeasureMention* p) { return goes(*p); }))
            r.imposer = last->imposer;
    }
    // "India has lowered import duties on large motorcycles and bourbon whiskey ... The duty on
    // motorcycles with engines above 1,600 cc was cut to 30% from 50%": a tariff with no side named,
    // on the goods of one government's tariff, is that government's (a step of the same cut)
    for (auto& r : recs) {
        if (r.out.kind != "tariff" || r.imposer >= 0 || r.out.goods.empty()) continue;
        std::string_view head = r.out.goods;
        if (const size_t sp = head.rfind(' '); sp != std::string_view::npos) head.remove_prefix(sp + 1);
        // (a word of the goods' own, not "imports", "goods", "products": those name every tariff's)
        if (head.size() < 4 || !std::islower(static_cast<unsigned char>(head[0])) ||
            sv::in_list(head, kGenericGoods))
            continue;
        int32_t side = -1;
        bool one = true;
        for (const auto& q : recs) {
            // (on another party's goods it is no step of that cut: "the 25% tariff on Japanese
            // cars" beside Vietnam's cut on U.S. cars)
            if (&q == &r || q.out.kind != "tariff" || q.imposer < 0 || (r.target >= 0 && q.target >= 0 && q.target != r.target))
                continue;
            bool shares = false;
            for (size_t at = q.out.goods.find(head); at != std::string::npos && !shares; at = q.out.goods.find(head, at + 1))
                shares = (at == 0 || q.out.goods[at - 1] == ' ') &&
                         (at + head.size() == q.out.goods.size() || q.out.goods[at + head.size()] == ' ');
            if (!shares) continue;
            const int32_t who = is_person(v, q.imposer) && home[size_t(q.imposer)] >= 0 ? home[size_t(q.imposer)] : q.imposer;
            if (side >= 0 && who != side) one = false;
            side = who;
        }
        if (one && side >= 0 && side != r.target) r.imposer = side;
    }
    // An explainer's section "Tariffs on steel and aluminum imports were doubled to 50% in June"
    // (no imposer, no target) in an article whose tariffs with an imposer are all one country's,
    // two at least, is that country's too (with two imposers it stays open).
    {
        int32_t only = -1, with = 0;
        bool one = true;
        // (an export tax the text calls by that name, kind "other", counts as the country's
        // tariff here: "eliminate export taxes on wheat ... cut the levy on its main oilseed crop")
        for (const auto& q : recs)
            if ((q.out.kind == "tariff" || q.out.kind == "other") && q.imposer >= 0) {
                if (only >= 0 && q.imposer != only) one = false;
                only = q.imposer;
                ++with;
            }
        // ("a 39% U.S. tariff" ... "President X has threatened a tariff of up to 250% on drugs": a
        // person no title ties to another country does not make a second side; the one country
        // is still the article's imposer, counted with the person's tariffs)
        if (!one) {
            int32_t place = -1, persons = 0, places = 0;
            bool single = true;
            for (const auto& q : recs) {
                if (q.out.kind != "tariff" || q.imposer < 0) continue;
                if (v.keys[size_t(q.imposer)].type == sv::AType::person) {
                    ++persons;
                    continue;
                }
                if (place >= 0 && q.imposer != place) single = false;
                place = q.imposer;
                ++places;
            }
            for (const auto& q : recs)
                if (q.out.kind == "tariff" && q.imposer >= 0 && v.keys[size_t(q.imposer)].type == sv::AType::person &&
                    home[size_t(q.imposer)] >= 0 && home[size_t(q.imposer)] != place)
                    single = false;
            if (single && place >= 0) {
                one = true;
                only = place;
                with = places + persons;
            }
        }
        // ("UK steel still pays 25% under the deal", a tariff on a party no other names: the
        // same country's too, when it is not the party)
        // (one such tariff is enough for a tariff whose target is named: who pays is said)
        // (or the one tariff with an imposer is the country whose news opens the article: "India
        // has raised the duty on crude palm oil ... The duty on refined palm oil was increased")
        if (one && with >= 1) {
            const bool home_news = with == 1 && only >= 0 && article_country(v) == only;
            for (auto& r : recs)
                if (r.out.kind == "tariff" && r.imposer < 0 && r.target != only &&
                    (with >= 2 || r.target >= 0 || home_news))
                    r.imposer = only;
        }
    }
    out.clear();
    for (auto& r : recs) {
        Measure& o = r.out;
        // (appended, not "m" + to_string(): GCC 12 warns falsely of overlap on that one when inlined)
        o.id.assign(1, 'm').append(std::to_string(out.size() + 1));
        // Status: the latest news about it (a change, a threat, a suspension) over background state.
        // The text's own sentences first: a headline compresses ("Mexico vows response as
        // Washington doubles steel duties" reads as announced; the text says the order took effect).
        // (an earlier step told again is no later news: "A 50% tariff took effect on Wednesday.
        // ... Trump ordered the duties last month" is in force)
        bool took_effect = false;
        for (const auto* m : r.mentions) took_effect = took_effect || (!m->coref && !m->background && m->status == "in_force");
        const auto retold = [&](const MeasureMention* m) {
            return took_effect && m->coref && m->status == "announced" && past_time(m->time);
        };
        std::string status = "unknown";
        for (int pass = 0; pass < 2 && status == "unknown"; ++pass) {
            auto counts = [&](const MeasureMention* m) { return pass == 1 || !v.sents[m->sent].heading; };
            for (const auto* m : r.mentions) {
                if (!counts(m) || m->background || m->status == "unknown" || retold(m)) continue;
                // ("the measures could be suspended at any time if the United States agreed to a
                // deal": a change that may come on a condition is no news over the plan)
                if (m->status == "expected_change" && !m->condition.empty() && status != "unknown") continue;
                if (sv::in_list(m->status, kPriority)) status = m->status;
            }
            if (status == "unknown")
                for (const auto* m : r.mentions)
                    if (counts(m) && !m->background && m->status != "unknown" && !retold(m)) status = m->status;
            if (status == "unknown")
                for (const auto* m : r.mentions)
                    if (counts(m) && m->status != "unknown") status = m->status;
        }
        // "Chile will impose a 30% tariff ... The tariffs took effect on Monday": the measure's
        // entry into force, told after it was announced, is the later news (not when the plan
        // was a change of its level: "will raise it to 50%" over "took effect in March")
        if (status == "announced" || status == "proposed" || status == "threatened") {
            size_t last_plan = r.mentions.size();
            bool change = false;
            for (size_t q = 0; q < r.mentions.size(); ++q) {
                const MeasureMention* m = r.mentions[q];
                if (m->background || !(m->status == "announced" || m->status == "proposed" || m->status == "threatened"))
                    continue;
                last_plan = q;
                change = change || !(m->direction.empty() || m->direction == "impose");
            }
            for (size_t q = last_plan + 1; q < r.mentions.size() && !change && last_plan < r.mentions.size(); ++q) {
                const MeasureMention* m = r.mentions[q];
                if (m->entered && !m->background && m->status == "in_force" && !past_time(m->time) &&
                    !year_time(m->time) && !v.sents[m->sent].heading)
                    status = "in_force";
            }
        }
        o.status = status;
        if (r.imposer >= 0) { o.imposer = v.keys[size_t(r.imposer)].entity; o.imposer_name = v.keys[size_t(r.imposer)].name; }
        if (r.target >= 0) { o.target = v.keys[size_t(r.target)].entity; o.target_name = v.keys[size_t(r.target)].name; }
        out.push_back(std::move(o));
    }
}

int32_t title_country(const sv::View& v, const sv::ActorRef& ar) {
    for (uint32_t k = ar.t0, n = 0; k > 0 && n < 5; ++n) {
        --k;
        if (const int32_t a = sv::actor_at(v, k); a >= 0) {
            const auto& p = v.actors[size_t(a)];
            return (p.type == sv::AType::gpe || p.type == sv::AType::norp) && n > 0 ? int32_t(p.key) : -1;
        }
        if (v.toks[k].kind != sv::TK::word && !v.is(k, "'s")) return -1;
        // (only title words and capitals between: "Chinese Commerce Minister Y", "China's
        // foreign minister Y"; not "a tariff on Brazilian goods announced by President X")
        // ("Canada's Prime Minister X": the possessive is a word token of its own)
        if (v.toks[k].kind == sv::TK::word && !(v.toks[k].flags & sv::cap) && !sv::tok_title(v, k) &&
            !v.is(k, "'s") && !v.is(k, "\xE2\x80\x99s"))
            return -1;
    }
    return -1;
}

}  // namespace np::measures

namespace np {

void find_measures(Document& doc, const Models* models) {
    doc.measures.clear();
    if (!models || !models->summary.has_lexicon) return;
    measures_from_view(doc, sv::build_view(doc, &models->summary, sv::with_actors));
}

void measures_from_view(Document& doc, const sv::View& v) {
    doc.measures.clear();
    std::vector<measures::MeasureMention> mentions;
    // Room for a usual article's mentions: growing one by one moved each (a record of a dozen
    // strings) again at every doubling.
    mentions.reserve(16);
    measures::find_mentions(v, mentions);
    measures::merge_mentions(v, mentions, doc.measures);
}

}  // namespace np
