// measures_mention.cpp — reads one trade-measure mention from the trigger find_mentions() found
// (measures_find.cpp): its left modifiers (rate, possessor, goods, determiner), its object ("on
// Chinese goods", "of 100 per cent"), the governing verb and its modality (status, change), the
// subject (imposer), causal cues (reason), conditions and time; and the records a sentence adds
// after it (coordinated targets, elided lists of rates, changes made through a pronoun). Runs once
// per trigger, not per token: built for size in WebAssembly (CMakeLists.txt).
//
// Index
//   1. Phrase helpers: amounts and rates, object, clause edges, subject search, goods
//   2. Reason, condition, time
//   3. After a mention: pronoun changes, elided lists, coordinated targets, exemptions
//   4. take_mention, in phases over a MentionState: trigger_extensions, left_modifiers, right_side,
//      change_amounts, object_phrase, governing_verb, verb_status, right_scan, status_cues,
//      condition_and_reason, time_phrase, bounds_and_pairs, sides_from_sentence,
//      past_trade_and_proposals, push_records
#include <algorithm>
#include <cctype>
#include <cstring>
#include <span>

#include "measures_grammar.hpp"

namespace np::measures {

using namespace grammar;

namespace {

// ---- 1. Phrase helpers ----------------------------------------------------------------------------

// A sum of money or a quantity at token i: "[as much as | up to | about ...] [$] 300 [mln|billion]
// [dlrs|dollars|tonnes ...]"; returns its length (0: none). `money`: a currency was named
// ("$", "dlrs", "euros"), so it is a value, not a count of goods ("300 mln dlrs in tariffs").
const char* const kQualifier[] = {"up", "to", "more", "than", "about", "around", "nearly", "almost", "as",
    "much", "roughly", "some", "only", "over", "an", "estimated", "average", "approximately", nullptr};
const char* const kCurrency[] = {"$", "€", "£", "¥", "us$", "dlrs", "dlr", "dollars", "dollar", "euros", "euro",
    "yen", "pounds", "yuan", "renminbi", "francs", "marks", "pesos", "rupees", "won", "usd", "eur", "reais", "guilders",
    "lire", "crowns", "rupiah", "pesetas", "schillings", "dinars", "ringgit", "baht", nullptr};
const char* const kQuantityUnit[] = {"tonnes", "tonne", "tons", "ton", "barrels", "barrel", "bpd", "kg", "kilos",
    "units", "unit", "bags", "bales", "bushels", "ounces", "litres", "liters", "cars", "vehicles", "hectares", nullptr};
struct Amount {
    bool money = false;        // a currency was named
    double value = 0;          // the number times its scale ("1.35 mln" -> 1350000)
    std::string unit;          // a quantity's unit ("tonnes", "bpd", "barrels per day"); empty for money
};
double scale_of(std::string_view w) {
    if (w == "mln" || w == "million" || w == "millions") return 1e6;
    if (w == "billion" || w == "billions" || w == "bln" || w == "bn") return 1e9;
    if (w == "trillion" || w == "trillions") return 1e12;
    if (w == "thousand" || w == "thousands") return 1e3;
    return w == "hundred" || w == "hundreds" ? 1e2 : 1;
}
uint32_t amount_at(const View& v, uint32_t i, uint32_t end, Amount* out = nullptr) {
    // Quick reject (most calls): no number among the next five tokens.
    bool number = false;
    for (uint32_t q = i; q < end && q < i + 5 && !number; ++q) number = v.toks[q].kind == TK::number;
    if (!number) return 0;
    uint32_t k = i;
    while (k < end && k < i + 3 && in_list(v.lo(k), kQualifier)) ++k;
    Amount a;
    if (k < end && in_list(v.lo(k), kCurrency)) { a.money = true; ++k; }
    // "C$30 billion", "A$2 billion", "HK$5 million": letters glued to "$"
    else if (k + 1 < end && v.toks[k].kind == TK::word && v.lo(k).size() <= 2 && v.is(k + 1, "$") &&
             !(v.toks[k + 1].flags & sv::space_before)) {
        a.money = true;
        k += 2;
    }
    if (k >= end || v.toks[k].kind != TK::number) return 0;
    uint32_t used = 0;
    bool frac = false;
    if (!sv::number_at(v, k, end, a.value, used, frac)) return 0;
    k += used;
    while (k < end && sv::scale_word(v.lo(k))) a.value *= scale_of(v.lo(k++));
    // ("30 billion Canadian dollars", "5 million Hong Kong dollars", "2 billion Swiss francs": a
    // currency named with its country's word or words)
    uint32_t named = k;
    while (named < end && named < k + 2 && v.toks[named].kind == TK::word && (v.toks[named].flags & sv::cap)) ++named;
    if (named > k && named < end && in_list(v.lo(named), kCurrency)) k = named;
    if (k < end && in_list(v.lo(k), kCurrency)) { a.money = true; ++k; }
    else if (k < end && !a.money && in_list(v.lo(k), kQuantityUnit)) {
        a.unit = std::string(v.lo(k++));
        if (a.unit == "tonne" || a.unit == "ton" || a.unit == "barrel" || a.unit == "unit") a.unit += "s";
        // "barrels per day", "tonnes a year", "barrels daily"
        if (k + 1 < end && (v.is(k, "per") || v.is(k, "a")) &&
            (v.is(k + 1, "day") || v.is(k + 1, "year") || v.is(k + 1, "month") || v.is(k + 1, "week"))) {
            a.unit += " per " + std::string(v.lo(k + 1));
            k += 2;
        } else if (k < end && (v.is(k, "daily") || v.is(k, "annually"))) {
            a.unit += v.is(k, "daily") ? " per day" : " per year";
            ++k;
        }
    }
    if (out) *out = std::move(a);
    return k - i;
}

// A specific duty's rate, money per unit of the goods: "170 yen per kilogram", "$1.50 a kg",
// "95 euros per tonne", "20 cents a gallon", "30 dollars per metric ton". Returns its length (0:
// none) and sets `value` and `unit` ("yen per kilogram": the currency's name, "per", the unit
// in the singular).
struct UnitName { const char* word; const char* name; };
constexpr UnitName kPerUnit[] = {{"kilogram", "kilogram"}, {"kilograms", "kilogram"}, {"kg", "kilogram"},
    {"kilo", "kilogram"}, {"tonne", "tonne"}, {"ton", "tonne"}, {"litre", "litre"}, {"liter", "litre"},
    {"gallon", "gallon"}, {"barrel", "barrel"}, {"unit", "unit"}, {"head", "head"}, {"pound", "pound"},
    {"lb", "pound"}, {"bushel", "bushel"}, {"piece", "piece"}, {"pair", "pair"}, {"vehicle", "vehicle"},
    {"car", "car"}, {"bottle", "bottle"}, {"pack", "pack"}, {"carton", "carton"}, {"dozen", "dozen"},
    {"ounce", "ounce"}, {"megawatt-hour", "megawatt-hour"}, {"mwh", "megawatt-hour"}};
constexpr UnitName kCurrencyName[] = {{"$", "dollars"}, {"us$", "dollars"}, {"usd", "dollars"}, {"dlrs", "dollars"},
    {"dlr", "dollars"}, {"dollars", "dollars"}, {"dollar", "dollars"}, {"€", "euros"}, {"eur", "euros"},
    {"euro", "euros"}, {"euros", "euros"}, {"¥", "yen"}, {"yen", "yen"}, {"£", "pounds"}, {"pounds", "pounds"},
    {"yuan", "yuan"}, {"renminbi", "yuan"}, {"rupees", "rupees"}, {"won", "won"}, {"cents", "cents"}, {"cts", "cents"},
    {"cent", "cents"}};
const char* name_in(std::string_view w, std::span<const UnitName> list) {
    for (const UnitName& u : list)
        if (w == u.word) return u.name;
    return nullptr;
}
uint32_t per_unit_at(const View& v, uint32_t i, uint32_t end, double& value, std::string& unit) {
    Amount am;
    const uint32_t n = amount_at(v, i, end, &am);
    if (!n || !am.unit.empty()) return 0;
    uint32_t k = i + n;
    const char* currency = nullptr;
    for (uint32_t q = i; q < k && !currency; ++q) currency = name_in(v.lo(q), kCurrencyName);
    if (!currency && k < end && (v.is(k, "cents") || v.is(k, "cent") || v.is(k, "cts"))) {  // (not a currency to amount_at)
        currency = "cents";
        ++k;
    }
    if (!currency || k + 1 >= end || !(v.is(k, "per") || v.is(k, "a") || v.is(k, "an"))) return 0;
    ++k;
    if (v.is(k, "metric") && k + 1 < end) ++k;  // "per metric ton"
    std::string_view u = v.lo(k);
    if (u.size() > 3 && u.back() == 's' && !name_in(u, kPerUnit)) u.remove_suffix(1);  // "a kilos" is rare; plurals
    const char* name = name_in(u, kPerUnit);
    if (!name) return 0;
    value = am.value;
    unit = std::string(currency) + " per " + name;
    return k + 1 - i;
}

// A quota's level: "a 19,000 tonne quota", "a quota of 1,461 tonnes", "limit exports to 96,000
// tonnes", "cap shipments at 2.3 million tonnes".
void set_quantity_rate(MeasureMention& m, const Amount& a) {
    m.has_rate = true;
    m.rate = a.value;
    m.unit = a.unit;
}

// A range of percentage rates at token i: "between 15% and 41%", "15% to 41%", "15 to 41
// percent", "15-41%" ("from 10% to 50%" when `from` is true: the caller knows a range verb,
// "ranging from", is before it; after "raised tariffs" the same words are a change). The low end
// may drop its sign ("15 to 41%"), the high end may not; the high end must be above the low end.
// Returns the tokens used, 0 when there is no range.
uint32_t rate_range_at(const View& v, uint32_t i, uint32_t end, double& lo, double& hi, bool from = false) {
    uint32_t k = i;
    const bool between = v.is(k, "between");
    if (between || (from && v.is(k, "from"))) ++k;
    double x, y;
    uint32_t n;
    bool frac;
    if (sv::percent_at(v, k, end, x, n)) {
        k += n;
        // "from 7.8% for Tesla to 35.3% for SAIC": whom each end is for (capitalized words)
        if (!between && k + 1 < end && v.is(k, "for") && (v.toks[k + 1].flags & sv::cap)) {
            uint32_t q = k + 1;
            while (q < end && q < k + 5 && (v.toks[q].flags & sv::cap) && v.toks[q].kind == TK::word) ++q;
            if (v.is(q, "to")) k = q;
        }
    } else if (k < end && v.toks[k].kind == TK::number && sv::number_at(v, k, end, x, n, frac) && !frac) {
        k += n;
    } else {
        return 0;
    }
    if (k >= end) return 0;
    if (between) {
        if (!v.is(k, "and")) return 0;
        ++k;
    } else if (v.is(k, "to") || v.is(k, "-") || v.is(k, "–")) {
        ++k;
    } else if (!(v.toks[k].flags & sv::hyphen_before)) {
        return 0;
    }
    if (!sv::percent_at(v, k, end, y, n) || !(y > x)) return 0;
    lo = x;
    hi = y;
    return k + n - i;
}

// Verbs that open a range of rates after the measure: "tariffs ranging from 10% to 50%",
// "duties on solar panels range between 20% and 35%".
bool range_verb(std::string_view w) {
    return w == "ranging" || w == "range" || w == "ranges" || w == "ranged" || w == "varying" || w == "vary" ||
           w == "varies" || w == "varied";
}

// "on top of" or "in addition to" at tokens q..q+2: what follows is a measure another one is
// stacked on.
bool stacked_on_at(const View& v, uint32_t q) {
    return (v.is(q, "on") && v.is(q + 1, "top") && v.is(q + 2, "of")) ||
           (v.is(q, "in") && v.is(q + 1, "addition") && v.is(q + 2, "to"));
}

// A measure stacked "on top of" or "added to" `base`, with no clause punctuation or quote from
// base's end to `to`, is the same side's: its imposer and target, and base's in-force status
// (a threatened measure's base may be anything). Returns whether it took them.
bool take_base_sides(const View& v, const MeasureMention& base, uint32_t to, MeasureMention& m) {
    for (uint32_t k = base.t1; k < to; ++k)
        if (is_clause_punct(v, k) || v.toks[k].kind == TK::quote) return false;
    m.imposer = base.imposer;
    m.target = base.target;
    if (m.status == "unknown" && base.status == "in_force") m.status = base.status;
    return true;
}

// "reach", "reaches", "reached": the level a measure comes to ("tariffs on X reach 145%").
bool reach_word(std::string_view w) { return w == "reach" || w == "reaches" || w == "reached"; }

// "linked to fentanyl", "tied to the fentanyl crisis", "linked to forced labor" at i: the cause
// of a measure when an issue of the taxonomy follows (the view marks its first word); "imports
// tied to the deal" names no cause, and "related to" describes goods ("machinery related to
// mining"). Returns the cue's length.
uint32_t linked_issue(const View& v, uint32_t i, uint32_t end) {
    if (i + 2 >= end || !v.is(i + 1, "to") || !(v.is(i, "linked") || v.is(i, "tied")))
        return 0;
    const uint32_t k = i + 2 + (v.is(i + 2, "the") && i + 3 < end ? 1 : 0);
    // (or a deed the measure answers: "a 40% duty tied to the trial of former President X")
    static const char* const kDeed[] = {"trial", "prosecution", "persecution", "treatment", "arrest", "jailing",
        "conviction", "imprisonment", "detention", "indictment", "invasion", nullptr};
    return (v.toks[k].info & sv::wi_issue_start) || in_list(v.lo(k), kDeed) ? 2 : 0;
}

// "for" at token i opening a reason rather than a use of the goods: "tariffs on Japanese goods for
// Tokyo's alleged failure to ...", "sanctions on Moscow for its invasion", "duties on Japan for
// violating the pact" ("parts for cars", "equipment for making chips": goods, no cue).
const char* const kReasonFor[] = {"alleged", "allegedly", "its", "their", "his", "her", "failing", "failure",
    "violating", "violation", "violations", "breaching", "breach", "breaking", "refusing", "dumping", "not",
    "unfair", "what",
    // ("additional tariffs on India for actions that other countries are also taking", "a penalty
    // for buying Russian oil")
    "actions", "buying", "purchasing", "importing", "helping", "supporting", "allowing", nullptr};
// After a possessor ("for Tokyo's alleged failure", "for Russia's invasion"), one of these within
// three words makes it a reason ("wait for the ICO's September session" is none).
const char* const kReasonNoun[] = {"failure", "refusal", "invasion", "role", "support", "treatment",
    "practices", "policies", "policy", "actions", "crackdown", "abuses", "persecution", "handling", "war",
    "aggression", "involvement", "purchases", nullptr};
bool reason_for(const View& v, uint32_t i, uint32_t end) {
    if (!v.is(i, "for") || i + 1 >= end) return false;
    // ("who is on trial for allegedly plotting a coup", "was charged for ..."): what a court or
    // a prosecutor holds against someone, no cause of a measure
    if (i > 0 && (v.is(i - 1, "trial") || v.is(i - 1, "charged") || v.is(i - 1, "arrested") ||
                  v.is(i - 1, "convicted") || v.is(i - 1, "jailed") || v.is(i - 1, "prosecuted") ||
                  v.is(i - 1, "indicted") || v.is(i - 1, "sentenced") || v.is(i - 1, "sued") || v.is(i - 1, "fined")))
        return false;
    // ("gain better access for its cars, machinery and dairy products": what access is for)
    if (i > 0 && v.is(i - 1, "access")) return false;
    if (in_list(v.lo(i + 1), kReasonFor)) {
        // ("restricted access to raw materials for its stainless steel producers": whom the
        // possessive's noun names is who gains or loses, no cause)
        static const char* const kWhom[] = {"producers", "makers", "manufacturers", "companies", "firms",
            "industry", "industries", "farmers", "growers", "consumers", "customers", "buyers", "workers",
            "exporters", "importers", "businesses", "citizens", "users", "members", "suppliers", "people", nullptr};
        if (v.is(i + 1, "its") || v.is(i + 1, "their") || v.is(i + 1, "his") || v.is(i + 1, "her"))
            for (uint32_t k = i + 2; k < end && k < i + 6 && v.toks[k].kind == TK::word && !tok_prep(v, k); ++k)
                if (in_list(v.lo(k), kWhom) && (k + 1 >= end || v.toks[k + 1].kind != TK::word || tok_prep(v, k + 1)))
                    return false;
        return true;
    }
    int32_t a = sv::actor_at(v, i + 1 + (v.is(i + 1, "the") ? 1 : 0));  // "for Tokyo's ...", "for the EU's ..."
    if (a < 0 || !v.is(v.actors[size_t(a)].t1, "'s")) return false;
    for (uint32_t k = v.actors[size_t(a)].t1 + 1; k < end && k < v.actors[size_t(a)].t1 + 4; ++k)
        if (in_list(v.lo(k), kReasonFor) || in_list(v.lo(k), kReasonNoun)) return true;
    return false;
}


// After a value at i: its conversion in brackets ("93 billion euros ($108 billion) of U.S. goods"),
// skipped; else i.
uint32_t skip_conversion(const View& v, uint32_t i, uint32_t end) {
    if (i >= end || !v.is(i, "(")) return i;
    Amount am;
    const uint32_t n = amount_at(v, i + 1, end, &am);
    return n && am.money && i + 1 + n < end && v.is(i + 1 + n, ")") ? i + n + 2 : i;
}

// A tariff and a tax listed together, both with a rate in percent: a tax on goods sized like
// the tariffs beside it is one of them ("a 25% tariff on trucks, a 50% tax on cabinets").
bool rated_tax_pair(const MeasureMention& a, const MeasureMention& b) {
    const auto tax = [](const MeasureMention& x) {
        return x.kind == "other" && (x.lemma == "tax" || x.lemma == "taxes");
    };
    return a.has_rate && b.has_rate && a.unit == "percent" && b.unit == "percent" &&
           ((a.kind == "tariff" && tax(b)) || (tax(a) && b.kind == "tariff"));
}

const char* const kNotSecond[] = {"deal", "deals", "purchase", "purchases", "transaction", "transactions", nullptr};
// After "and"/"or" at i: "a 15% levy", "an import duty", "25 pct tariffs": a measure of its own
// (an article or an amount, then a trigger noun within a few words), not more goods.
[[gnu::noinline]] bool second_measure(const View& v, uint32_t i, uint32_t end) {
    // (or a word that sets one measure against another: "on all imports and higher duties on
    // dozens of countries")
    bool lead = v.is(i, "a") || v.is(i, "an") || v.is(i, "higher") || v.is(i, "steeper") || v.is(i, "additional") ||
                v.is(i, "separate") || v.is(i, "retaliatory");
    // ("and duties of up to 25% on many goods": the trigger first, then its amount)
    if (in_list(v.lo(i), kTriggerNouns) && !in_list(v.lo(i), kNotSecond) && i + 1 < end && v.is(i + 1, "of"))
        for (uint32_t k = i + 2; k < end && k < i + 6 && v.toks[k].kind != TK::punct; ++k)
            if (v.toks[k].kind == TK::number) return true;
    for (uint32_t k = i; k < end && k < i + 5; ++k) {
        const std::string_view w = v.lo(k);
        if (v.toks[k].kind == TK::number || w == "%") lead = true;
        else if (v.toks[k].kind != TK::word) return false;
        if (k > i && in_list(w, kTriggerNouns)) return lead && !in_list(w, kNotSecond);
    }
    return false;
}

// End of an object phrase starting at `i` (exclusive).
// Irregular past forms that are never a participle ("broke", not "broken"): a finite verb.
bool simple_past(std::string_view w) {
    static const char* const kSimplePast[] = {"broke", "fell", "rose", "grew", "began", "went", "took", "gave",
        "saw", "drew", "drove", "flew", "sank", "shrank", "spoke", "wrote", "chose", "froze", "ran", "threw",
        "slid", "soared", "plunged", "jumped", "slumped", "tumbled", nullptr};
    return in_list(w, kSimplePast);
}

// The comma at `j` goes on a list of places that opened after "from" or "in" ("made in Cambodia,
// Malaysia, Thailand and Vietnam"): a place before it, and places after it up to an "and"/"or"
// and a last place.
bool places_list_goes_on(const View& v, uint32_t j, uint32_t end) {
    auto place = [&](uint32_t t) -> int32_t {
        const int32_t a = t < end ? sv::actor_at(v, t) : -1;
        return a >= 0 && v.actors[size_t(a)].type == sv::AType::gpe && v.actors[size_t(a)].t0 == t ? a : -1;
    };
    const int32_t first = j > 0 ? sv::actor_at(v, j - 1) : -1;
    if (first < 0 || v.actors[size_t(first)].type != sv::AType::gpe || v.actors[size_t(first)].t1 != j) return false;
    const uint32_t t0 = v.actors[size_t(first)].t0;
    if (t0 == 0) return false;
    // (the list's first place, or one before it in the list, follows "from"/"in")
    uint32_t b = t0;
    while (b >= 2 && v.is(b - 1, ",") && sv::actor_at(v, b - 2) >= 0) b = v.actors[size_t(sv::actor_at(v, b - 2))].t0;
    if (b == 0 || !(v.is(b - 1, "from") || v.is(b - 1, "in"))) return false;
    for (uint32_t q = j; q + 1 < end && q < j + 24;) {
        const bool last = v.is(q, "and") || v.is(q, "or") || (v.is(q, ",") && (v.is(q + 1, "and") || v.is(q + 1, "or")));
        if (!v.is(q, ",") && !last) return false;
        const uint32_t r = q + 1 + (v.is(q, ",") && last ? 1 : 0);
        const int32_t a = place(r);
        if (a < 0) return false;
        if (last) return true;
        q = v.actors[size_t(a)].t1;
    }
    return false;
}

// Past "up to", "more than", "as much as" ... at k: where a level's number starts (the levels
// right_side and change_amounts read).
// ("a tariff of no more than 15%", "not higher than", "at most": a ceiling's words too)
uint32_t past_qualifiers(const View& v, uint32_t k, uint32_t end) {
    while (k < end && (v.is(k, "up") || v.is(k, "to") || v.is(k, "more") || v.is(k, "than") ||
                       v.is(k, "about") || v.is(k, "around") || v.is(k, "nearly") || v.is(k, "almost") ||
                       v.is(k, "as") || v.is(k, "much") || v.is(k, "high") || v.is(k, "roughly") ||
                       v.is(k, "some") ||
                       ((v.is(k, "no") || v.is(k, "not")) && k + 1 < end && (v.is(k + 1, "more") || v.is(k + 1, "higher"))) ||
                       (v.is(k, "higher") && k + 1 < end && v.is(k + 1, "than")) ||
                       (v.is(k, "at") && k + 1 < end && v.is(k + 1, "most")) || (v.is(k, "most") && k > 0 && v.is(k - 1, "at"))))
        ++k;
    return k;
}

uint32_t object_end(const View& v, uint32_t i, uint32_t end) {
    bool including = false;
    uint32_t j = i;
    // A value first ("as much as 300 mln dlrs in ..."): its "as" is no clause boundary.
    Amount am;
    if (const uint32_t n = amount_at(v, i, end, &am); n && am.money) j = skip_conversion(v, i + n, end);
    // (the length limit counts from the goods: "on 4.5 billion euros ($4.9 billion) of U.S.
    // goods, including ..." spends eight tokens on the value)
    const uint32_t limit = j + 18;
    for (; j < end && j < limit; ++j) {
        std::string_view w = v.lo(j);
        const auto& t = v.toks[j];
        // ("export controls on advanced chips and China's purchases of farm goods": a list's next
        // item, another party's own thing)
        // (not "and" inside a name: "Eastern Gas and Fuel Associates's")
        if (j > i && w == "and" && j + 2 < end && !(v.toks[j - 1].flags & sv::cap))
            if (const int32_t a = sv::actor_at(v, j + 1);
                a >= 0 && v.actors[size_t(a)].t0 == j + 1 && v.actors[size_t(a)].t1 < end &&
                (v.is(v.actors[size_t(a)].t1, "'s") || v.is(v.actors[size_t(a)].t1, "\xE2\x80\x99s")))
                break;
        // ("on Japanese goods on top of a 25% levy on imported cars", "in addition to existing
        // duties": another measure the first adds to)
        if (j > i && ((w == "on" && v.is(j + 1, "top") && v.is(j + 2, "of")) ||
                      (w == "in" && v.is(j + 1, "addition") && v.is(j + 2, "to"))))
            break;
        // ("on Canadian lumber exports on grounds the shipments were subsidized": the reason)
        if (j > i && w == "on" && (v.is(j + 1, "grounds") || (v.is(j + 1, "the") && v.is(j + 2, "grounds")))) break;
        // ("raise tariffs on Indian goods substantially over ...": an adverb of manner ends the
        // goods; not a noun in -ly, "jewelry", "supply", "assembly")
        // (a time's adverb may go on to the origin: "crude oil annually from Iran")
        if (j > i && w.size() >= 8 && w.ends_with("ally") && !(t.flags & sv::cap) && t.kind == TK::word &&
            !(j + 1 < end && (v.is(j + 1, "from") || v.is(j + 1, "to") || v.is(j + 1, "into"))))
            break;
        // ("a ban on onion exports indefinitely beyond March 31", "on steel temporarily": any
        // adverb in -ly before a preposition, punctuation or the end; not an adjective before its
        // noun, "monthly imports", nor a noun, "the supply")
        if (j > i && w.size() >= 7 && w.ends_with("ly") && !(t.flags & sv::cap) && t.kind == TK::word &&
            (j + 1 >= end || v.toks[j + 1].kind == TK::punct ||
             (tok_prep(v, j + 1) && !v.is(j + 1, "from") && !v.is(j + 1, "to") && !v.is(j + 1, "into"))) &&
            !(w.ends_with("ply") || w == "monopoly" || w == "assembly" || w == "anomaly" || w == "quarterly" ||
              w == "family" || w == "italy"))
            break;
        // ("Tariffs on Canadian and Mexican goods of 25% also took effect": the rate after the
        // goods, a verb or the clause's end after it, is no part of them; "shares of eight pct
        // convertible preferred stock" names a security)
        if (j > i && w == "of" && j + 1 < end) {
            double x;
            uint32_t n;
            if (sv::percent_at(v, j + 1, end, x, n)) {
                const uint32_t a = j + 1 + n;
                if (a >= end || v.toks[a].kind == TK::punct || v.is(a, "also") || tok_aux(v, a) ||
                    tok_vc(v, a) != VC::none || is_past(v.lo(a)))
                    break;
            }
        }
        // ("will buy more U.S. farm goods and Boeing aircraft and crack down on transshipment": a
        // second verb of the subject, a lower-case word before a particle or an article, after a
        // list already joined by "and")
        if (j > i + 2 && w == "and" && j + 2 < end && is_word(v, j + 1) && !(v.toks[j + 1].flags & sv::cap) &&
            (v.is(j + 2, "down") || v.is(j + 2, "up") || v.is(j + 2, "back") || tok_det(v, j + 2) ||
             v.is(j + 2, "its") || v.is(j + 2, "their"))) {
            bool joined = false;
            for (uint32_t q = i; q < j && !joined; ++q) joined = v.is(q, "and");
            if (joined) break;
        }
        // ("has banned raw lithium ore exports and plans to extend the ban": a second verb of the
        // subject, one of intent before "to")
        if (j > i && w == "and" && j + 2 < end && v.is(j + 2, "to") &&
            (v.is(j + 1, "plans") || v.is(j + 1, "wants") || v.is(j + 1, "aims") || v.is(j + 1, "intends") ||
             v.is(j + 1, "hopes") || v.is(j + 1, "seeks") || v.is(j + 1, "expects") || v.is(j + 1, "vowed") ||
             v.is(j + 1, "planned") || v.is(j + 1, "promised") || v.is(j + 1, "threatened") ||
             v.is(j + 1, "threatens") || v.is(j + 1, "pledged") || v.is(j + 1, "agreed") || v.is(j + 1, "decided")))
            break;
        // (goods quoted whole: export controls on "any and all critical software")
        if (t.kind == TK::quote) {
            // (not a scare-quoted word before the noun: the purchase of "call" options)
            if (j == i && (t.flags & sv::open_q)) {
                uint32_t k = j + 1;
                while (k < end && k < j + 12 && v.toks[k].kind != TK::quote) ++k;
                if (k < end && v.toks[k].kind == TK::quote && k + 1 < end && v.toks[k + 1].kind == TK::word &&
                    !tok_prep(v, k + 1) && !is_boundary_word(v, k + 1) && sv::time_at(v, k + 1, end) == 0)
                    break;
                continue;
            }
            break;
        }
        if (w == "including" || (w == "such" && v.is(j + 1, "as"))) {
            // "on Indian goods, including a 25% penalty for ...": a part of the measure, no goods
            uint32_t k = j + 1 + (v.is(j + 1, "as") ? 1 : 0);
            if (tok_det(v, k)) ++k;
            double x;
            uint32_t n;
            if (sv::percent_at(v, k, end, x, n)) break;
            // ("restrictions on sales to China, including a ban on the H20 chip": another
            // measure, the list's, with goods of its own)
            bool measure = false;
            for (uint32_t q = k; q < end && q < k + 3 && !measure && is_word(v, q); ++q)
                measure = (v.toks[q].info & sv::wi_trigger) && in_list(v.lo(q), kTriggerNouns) && !in_list(v.lo(q), kNotSecond);
            if (measure && j > i) break;
            including = true;
            if (w == "such") ++j;  // (past "as", a boundary word)
            continue;
        }
        if (w == ",") {
            if (j + 1 >= end) break;
            if (v.is(j + 1, "including")) continue;
            // "solar panels made in Cambodia, Malaysia, Thailand and Vietnam": the goods' origin is
            // a list of places, closed by "and"/"or" and a place
            if (j > i && places_list_goes_on(v, j, end)) continue;
            // (", inclusive of existing duties", ", excluding X": the rate's terms, no more goods)
            if (v.is(j + 1, "inclusive") || v.is(j + 1, "exclusive") || v.is(j + 1, "excluding")) break;
            if (!is_word(v, j + 1) || tok_det(v, j + 1) || is_boundary_word(v, j + 1) ||
                tok_prep(v, j + 1))
                break;
            // "sanctions package against Russia, targets LNG and ...": a verb after the comma
            if (tok_vc(v, j + 1) != VC::none && !(v.toks[j + 1].flags & sv::cap)) break;
            // ("..., including cold-rolled sheets and pre-painted steel, responding to complaints":
            // a participle clause after the comma, its object or preposition next; not a good
            // ending in "-ing", "clothing for children")
            if (j + 2 < end && !(v.toks[j + 1].flags & sv::cap) && v.lo(j + 1).size() > 5 && v.lo(j + 1).ends_with("ing") &&
                (tok_prep(v, j + 2) || tok_det(v, j + 2) || v.is(j + 2, "its") || v.is(j + 2, "their"))) {
                const std::vector<uint32_t>* pl = nullptr;
                if (!(v.models && match_at(v, v.models->goods_trie, j + 1, end, &pl) > 0)) break;
            }
            // "... including textiles, steel and toys, Finance Minister X told reporters": a
            // reporting clause after the comma ends the goods
            bool reporting = false;
            for (uint32_t k = j + 1; k < end && k < j + 8 && !reporting; ++k) {
                if (is_clause_punct(v, k) || v.toks[k].kind == TK::quote) break;
                reporting = sv::tok_speech(v, k) && !(v.toks[k].flags & sv::cap);
            }
            if (reporting) break;
            // "..., including cars, down from the 25% rate ...": a comparison ends the goods
            if ((v.is(j + 1, "down") || v.is(j + 1, "up")) && v.is(j + 2, "from")) break;
            if (v.is(j + 1, "compared") || v.is(j + 1, "versus")) break;
            if (including) continue;
            // ("US doubles tariff on coffee, beef to 50%": a headline's list with no "and", its
            // last item a traded good before the change's "to"/"from"/"by" and a rate, or the end)
            if (v.models) {
                const std::vector<uint32_t>* pl = nullptr;
                if (const uint32_t gn = match_at(v, v.models->goods_trie, j + 1, end, &pl)) {
                    const uint32_t e = j + 1 + gn;
                    double x;
                    uint32_t n;
                    if (e >= end || ((v.is(e, "to") || v.is(e, "from") || v.is(e, "by")) &&
                                     sv::percent_at(v, e + 1, end, x, n)))
                        continue;
                }
            }
            bool list = false;  // "wine, champagne and other drinks"
            for (uint32_t k = j + 1; k < end && k < j + 5; ++k) {
                if (is_clause_punct(v, k)) break;
                if (v.lo(k) == "and" || v.lo(k) == "or") { list = true; break; }
            }
            // ... and "cars, steel, textiles and other goods": more items of one to three lower-case
            // words each (no names, articles, prepositions or verbs) before the "and" ("coal,
            // liquefied natural gas, crude oil and farm machinery")
            for (uint32_t k = j + 1, item = 0; !list && k < end && k < j + 12; ++k) {
                if (v.is(k, ",") && item > 0) { item = 0; continue; }
                if ((v.is(k, "and") || v.is(k, "or")) && item > 0) { list = true; break; }
                if (!is_word(v, k) || (v.toks[k].flags & sv::cap) || tok_det(v, k) || tok_prep(v, k) ||
                    is_boundary_word(v, k) || tok_vc(v, k) != VC::none || ++item > 3)
                    break;
            }
            if (!list) break;
            continue;
        }
        // ("100 U.S.-made Boeing aircraft": a hyphen glued on both sides joins the words)
        const bool glued_hyphen = w == "-" && j > i && j + 1 < end && v.toks[j].start == v.toks[j - 1].end &&
                                  v.toks[j + 1].start == v.toks[j].end && v.toks[j + 1].kind == TK::word;
        if (t.kind == TK::punct && w != "%" && w != "$" && w != "€" && w != "£" && w != "&" && !glued_hyphen) break;
        if (w == "and" || w == "or") {
            // ("export controls on chips and a fight over a video app": a noun with its own "over"
            // is no good)
            if (j + 3 < end && (v.is(j + 1, "a") || v.is(j + 1, "an")) && v.is(j + 3, "over")) break;
            // "steel and aluminium" continues; "and suspend port fees" (a verb) stops, and so
            // does a second measure: "a 10% tariff on crude oil and a 15% levy on gas"
            // ("lift its ban on imports of soybeans and resume purchases of sorghum": a verb that
            // governs no measure of its own ends the goods too)
            double px;
            uint32_t pn;
            // ("and 35.3% on SAIC", "and up to 20% on processed lobster")
            if (const uint32_t r = past_qualifiers(v, j + 1, end);
                r < end && sv::percent_at(v, r, end, px, pn) && v.is(r + pn, "on"))
                break;
            // "on Chinese imports and export controls on software": another measure, no goods
            if (j + 2 < end && (v.is(j + 1, "export") || v.is(j + 1, "import")) &&
                (v.is(j + 2, "controls") || v.is(j + 2, "curbs") || v.is(j + 2, "restrictions") || v.is(j + 2, "bans") ||
                 v.is(j + 2, "quotas") || v.is(j + 2, "duties") || v.is(j + 2, "tariffs") || v.is(j + 2, "licences") ||
                 v.is(j + 2, "licenses")))
                break;
            // ("on all U.S. industrial goods and the U.S. will charge a 15% tariff": a name, then
            // a measure's verb after its auxiliaries, is a clause of its own)
            if (const int32_t a = sv::actor_at(v, j + 1 + (v.is(j + 1, "the") ? 1 : 0)); a >= 0) {
                uint32_t q = v.actors[size_t(a)].t1;
                while (q < end && tok_aux(v, q)) ++q;
                if (q < end && q > v.actors[size_t(a)].t1 && tok_vc(v, q) != VC::none && !(v.toks[q].flags & sv::cap)) break;
            }
            static const char* const kOtherVerbs[] = {"resume", "restart", "halt", "stop", "start", "begin",
                "keep", "extend", "continue", "expand", "allow", "reopen", "boost", "approve", "scrap",
                "invest", "spend", "build", "provide", "offer", "pay", "create", "give", "grant", "ensure", "seek",
                "promote", "establish", "introduce", "accept", "recognize", "recognise", "facilitate", "strengthen",
                "deepen", "cooperate", "collaborate", "work", "partner", "help", "join", "support", "develop",
                "explore", nullptr};  // ("buy 100 jets and invest $550 billion", "... and give market access to",
                                      // "purchases of American LNG and cooperate on shipbuilding")
            // ("curbs on exports of chips to China and added 140 companies to its list": a past verb
            // with an object of its own, or a verb of speech, starts the subject's next predicate;
            // "raw and processed foods" goes on)
            if (j + 2 < end && !(v.toks[j + 1].flags & sv::cap) && v.toks[j + 1].kind == TK::word &&
                (sv::tok_speech(v, j + 1) ||
                 (is_past(v.lo(j + 1)) && !is_ing(v.lo(j + 1)) &&
                  (v.toks[j + 2].kind == TK::number || tok_det(v, j + 2) || (v.toks[j + 2].flags & sv::cap)))))
                break;
            if (j + 1 < end && tok_vc(v, j + 1) == VC::none && !is_boundary_word(v, j + 1) &&
                !second_measure(v, j + 1, end) &&
                !(in_list(v.lo(j + 1), kOtherVerbs) && !(v.toks[j + 1].flags & sv::cap)))
                continue;
            break;
        }
        if (w == "in") {
            // ("frozen bone-in chicken portions", "a plug-in hybrid": a word of a compound)
            if (j > i && (t.flags & sv::hyphen_before)) continue;
            bool made = j > i && (v.lo(j - 1) == "made" || v.lo(j - 1) == "produced" ||
                                  v.lo(j - 1) == "manufactured" || v.lo(j - 1) == "grown" || v.lo(j - 1) == "assembled");
            if (made || sv::actor_at(v, j + 1) >= 0 || (v.is(j + 1, "the") && sv::actor_at(v, j + 2) >= 0)) continue;
            // ("banned trade in ivory", "curbs on the trade in fruit and fuel": what is traded)
            if (j > i && v.is(j - 1, "trade") && j + 1 < end && is_word(v, j + 1) &&
                !(v.toks[j + 1].flags & sv::cap) && !tok_det(v, j + 1) && sv::time_at(v, j + 1, end) == 0)
                continue;
            break;
        }
        if ((w == "a" || w == "per" || w == "each" || w == "every") && j + 1 < end &&
            (v.is(j + 1, "year") || v.is(j + 1, "month") || v.is(j + 1, "week") || v.is(j + 1, "day") ||
             v.is(j + 1, "tonne") || v.is(j + 1, "ton") || v.is(j + 1, "barrel")))
            break;
        if (w == "with" && j > i) break;
        if (w == "ahead" && j > i && v.is(j + 1, "of")) break;  // "curb Chinese imports ahead of a review": when
        // ("goods deemed to have been transshipped": past the judgement's auxiliaries)
        if (w == "to" && j > i + 1 && (v.is(j - 1, "deemed") || v.is(j - 1, "considered") || v.is(j - 1, "found") ||
                                       v.is(j - 1, "judged") || v.is(j - 1, "determined") ||
                                       v.is(j - 1, "suspected") || v.is(j - 1, "believed"))) {
            while (j + 2 < end && (v.is(j + 1, "have") || v.is(j + 1, "been") || v.is(j + 1, "be"))) ++j;
            continue;
        }
        if (w == "to" && j + 1 < end && j > i && v.toks[j + 1].kind == TK::word && !(v.toks[j + 1].flags & sv::cap) &&
            !tok_det(v, j + 1) && sv::actor_at(v, j + 1) < 0 &&
            !(v.is(j - 1, "used") || v.is(j - 1, "needed"))) {  // ("technology used to refine lithium": the goods')
            // ("goods from whisky and cars to textiles and jewellery": the end of a range of
            // goods that "from" and a lower-case noun opened)
            bool range = false;
            for (uint32_t k = i; k + 1 < j && !range; ++k)
                range = v.is(k, "from") && v.toks[k + 1].kind == TK::word && !(v.toks[k + 1].flags & sv::cap) &&
                        !tok_det(v, k + 1) && sv::actor_at(v, k + 1) < 0;
            if (!range) break;  // "to avoid ...": an infinitive, not a destination
        }
        if (j > i && w == "at" && !v.is(j + 1, "least")) break;  // "on Japan at a meeting", "on steel at 25%"
        if (j > i && w == "not") break;  // "Canadian goods not covered by the pact"
        // "imposed on its exports by Washington": the agent, no goods
        // ("funds borrowed by Saudi banks", "products requested by Washington": a participle's
        // agent is part of the goods)
        if (j > i && w == "by" && j + 1 < end && !is_past(v.lo(j - 1)) &&
            sv::actor_at(v, j + 1 + (v.is(j + 1, "the") ? 1 : 0)) >= 0)
            break;
        if (j > i && w == "for" && reason_for(v, j, end)) break;  // the reason follows (reason_cue)
        if (j > i && linked_issue(v, j, end)) break;                // "imports linked to fentanyl" (too)
        if (j > i && w == "due" && v.is(j + 1, "to")) break;      // "on steel due to a surge in imports"
        if (j > i && w == "for" && sv::time_at(v, j, end) > 0) break;  // "for another year": how long
        if (j > i && tok_objend(v, j)) break;
        // "tariffs on solar panels range from 20% to 35%": the rates follow, not more goods
        // ("goods ranging from computers to television sets" are the goods)
        if (double lo, hi; j > i && range_verb(w) && rate_range_at(v, j + 1, end, lo, hi, true)) break;
        if ((w == "to" || w == "from" || w == "by") && j + 1 < end) {
            double x;
            uint32_t n;
            bool frac;
            if (j > i && v.toks[j + 1].kind == TK::number) break;  // "exports to 96,000 tonnes": an amount
            if (j > i && amount_at(v, j + 1, end, nullptr)) break;     // "the price cap on crude to $47.60"
            if (sv::percent_at(v, j + 1, end, x, n)) break;
            // "a 25% penalty for purchases of Russian crude to a 25% tariff": added to a measure
            if (j > i && w == "to" && (v.is(j + 1, "a") || v.is(j + 1, "an") || v.is(j + 1, "the")) &&
                sv::percent_at(v, j + 2, end, x, n))
                break;
            if (w == "by" && sv::number_at(v, j + 1, end, x, n, frac)) break;  // "by a tenth"
            if (w == "by" && v.is(j + 1, "half")) break;
        }
        if (j > i && sv::time_at(v, j, end) > 0 && !(w == "from" && sv::actor_at(v, j + 1) >= 0)) break;
        // ("U.S. tariffs on Chinese goods reach 145%": the level the measure reaches, after its goods)
        if (j > i && (reach_word(w) || w == "hit" || w == "hits" || w == "total" ||
                      w == "totals" || w == "stand" || w == "stands" || w == "stood" || w == "exceed" ||
                      w == "exceeds" || w == "top" || w == "tops" || w == "average" || w == "averages")) {
            double x;
            uint32_t n;
            if (sv::percent_at(v, j + 1, end, x, n) || (v.is(j + 1, "at") && sv::percent_at(v, j + 2, end, x, n)) ||
                sv::percent_at(v, past_qualifiers(v, j + 1, end), end, x, n))  // ("total about 47%")
                break;
        }
        // "on more than 1,400 products": a count's "than" is no clause boundary
        if (w == "than" && j == i + 1 && (v.is(i, "more") || v.is(i, "fewer") || v.is(i, "less")) && j + 1 < end &&
            v.toks[j + 1].kind == TK::number)
            continue;
        if (j > i && is_boundary_word(v, j)) break;
        if (j > i && tok_vc(v, j) != VC::none && !(t.flags & sv::cap) && is_past(w) && w != "made") break;
        // "talks over the 50% duty on Brazilian products broke down": a verb's simple past, which
        // no participle shares (a participle goes on: "cars made in Mexico", "steel imported from")
        if (j > i && !(t.flags & sv::cap) && simple_past(w)) break;
    }
    return j;
}

// Adverbs of time or manner between a clause's subject and its verb: "after Mexico first
// proposed the duties", "since Ottawa quietly lifted ...".
const char* const kClauseAdverb[] = {"first", "recently", "initially", "previously", "again", "later", "finally",
    "formally", "officially", "quietly", "abruptly", "unexpectedly", "briefly", "jointly", "unilaterally",
    "suddenly", "swiftly", "originally", nullptr};

// Resolves a pronoun or possessive pronoun at token `i` to an actor key: the nearest actor to its
// left in the sentence that is not inside a prepositional phrase (else the previous sentence's).
// An actor right before a verb is a clause's subject even after "after", "before", "since", "as":
// "after Washington said it would ...", "after Washington imposed tariffs" (no prepositional phrase).
// Only words that also join clauses count ("the board in London decides": a phrase).
bool clause_subject(const View& v, uint32_t actor_t0, uint32_t actor_t1) {
    if (actor_t0 == 0 || actor_t1 >= v.toks.size() || (v.toks[actor_t1].flags & sv::cap)) return false;
    uint32_t b = actor_t0 - 1;
    while (b > 0 && tok_det(v, b)) --b;  // "after the U.S. Commerce Department expanded ..."
    const std::string_view before = v.lo(b);
    if (before != "after" && before != "before" && before != "since" && before != "until" && before != "as" &&
        before != "once")
        return false;
    // (an adverb between the name and its verb: kClauseAdverb; or a time: "after Beijing this
    // month expanded its export controls")
    if (actor_t1 + 1 < v.toks.size() && in_list(v.lo(actor_t1), kClauseAdverb)) ++actor_t1;
    else if (const uint32_t n = sv::time_at(v, actor_t1, uint32_t(v.toks.size())); n && n < 4 &&
             actor_t1 + n < v.toks.size() && !(v.toks[actor_t1].flags & sv::cap))
        actor_t1 += n;
    // ("after Washington set a 39% tariff on goods from Switzerland": "set" before an article or a
    // rate, as the measure verb reads it)
    const bool sets = (v.is(actor_t1, "set") || v.is(actor_t1, "sets")) && actor_t1 + 1 < v.toks.size() &&
                      (v.is(actor_t1 + 1, "a") || v.is(actor_t1 + 1, "an") || v.is(actor_t1 + 1, "new"));
    // ("as Hanoi seeks to avert a 46% U.S. tariff on its exports": a verb of intent before "to")
    const std::string_view w = v.lo(actor_t1);
    const bool intends = actor_t1 + 1 < v.toks.size() && v.is(actor_t1 + 1, "to") && v.toks[actor_t1].kind == TK::word &&
                         (w == "seeks" || w == "sought" || w == "tries" || w == "tried" || w == "aims" || w == "aimed" ||
                          w == "hopes" || w == "hoped" || w == "wants" || w == "wanted" || w == "plans" ||
                          w == "planned" || w == "moves" || w == "moved" || w == "looks" || w == "looked" ||
                          w == "prepares" || w == "scrambles" || w == "scrambled" || w == "races" || w == "raced");
    return sv::is_speech_verb(w) || tok_aux(v, actor_t1) || tok_vc(v, actor_t1) != VC::none || sets || intends;
}

// "Section 232 ... allows the president to restrict imports", "The law gives the president the power
// to impose tariffs", "The statute authorizes the president to impose tariffs of up to 15%": the
// verb at `verb` is an infinitive a law's permission governs (the subject before the permission
// verb names a law, an act, a section or a statute), a power and not a measure.
bool granted_power(const View& v, uint32_t t0, uint32_t verb) {
    // ("Section 232 lets the president restrict imports": "let" takes a bare infinitive)
    const bool bare = verb >= t0 + 4 && !v.is(verb - 1, "to");
    if (verb < t0 + 4) return false;
    static const char* const kPermit[] = {"allows", "allow", "allowed", "allowing", "authorizes", "authorises",
        "authorized", "authorised", "authorize", "authorise", "empowers", "empower", "empowered", "enables",
        "enable", "enabled", "permits", "permit", "permitted", "lets", nullptr};
    static const char* const kGive[] = {"gives", "give", "gave", "given", "grants", "grant", "granted", nullptr};
    static const char* const kLaw[] = {"law", "laws", "act", "statute", "statutes", "section", "provision",
        "provisions", "legislation", "constitution", "clause", "authority", nullptr};
    uint32_t p = 0;
    bool power = false;
    for (uint32_t k = verb - 1; k > t0 && verb - k < 10;) {
        --k;
        if (is_clause_punct(v, k) && !v.is(k, ",")) return false;
        if (v.is(k, "power") || v.is(k, "powers") || v.is(k, "authority") || v.is(k, "right")) power = true;
        if (bare && !(v.is(k, "lets") || v.is(k, "let"))) continue;
        if (!(v.toks[k].flags & sv::cap) && (in_list(v.lo(k), kPermit) || (in_list(v.lo(k), kGive) && power))) {
            p = k;
            break;
        }
    }
    if (!p || (bare && verb - p > 5)) return false;
    for (uint32_t k = p; k > t0 && p - k < 12;) {
        --k;
        if (is_clause_punct(v, k) && !v.is(k, ",")) break;
        if (in_list(v.lo(k), kLaw)) return true;
    }
    return false;
}

// A past verb that tells what came before the news: "after Mexico first proposed the duties",
// "since Ottawa imposed them", "the levy it initially announced". Such a mention is the
// measure's history (MeasureMention::background), not its latest status: "The Senate approved
// the tariffs ... after Mexico proposed them" is approved, not proposed.
bool prior_event(const View& v, uint32_t t0, uint32_t verb) {
    if (verb <= t0 || !is_past(v.lo(verb)) || (v.toks[verb].flags & sv::cap)) return false;
    uint32_t k = verb - 1;
    // (after its subject: "the previously announced acquisition" is no clause)
    const auto subject_ends = [&](uint32_t e) {
        if (e <= t0) return false;
        const int32_t a = sv::actor_at(v, e - 1);
        return (a >= 0 && v.actors[size_t(a)].t1 == e) || v.is(e - 1, "it") || v.is(e - 1, "they") ||
               v.is(e - 1, "he") || v.is(e - 1, "she") || v.is(e - 1, "we");
    };
    if ((v.is(k, "first") || v.is(k, "initially") || v.is(k, "originally") || v.is(k, "previously")) && subject_ends(k))
        return true;
    if (in_list(v.lo(k), kClauseAdverb) && k > t0) --k;
    const int32_t a = sv::actor_at(v, k);
    if (a < 0 || v.actors[size_t(a)].t1 != k + 1 || v.actors[size_t(a)].t0 <= t0) return false;
    uint32_t b = v.actors[size_t(a)].t0 - 1;
    while (b > t0 && tok_det(v, b)) --b;
    return v.is(b, "after") || v.is(b, "since");
}

int32_t institution_before(const View& v, uint32_t j, std::string_view head, std::string_view field = {});
int32_t lede_country(const View& v);

// "China's Commerce Ministry said it would lift ...": a country's ministry, department or
// agency acts for the country, which is the measure's imposer (as "China's commerce ministry"
// in lower case already was: no name of its own there). Other organisations are their own.
// A ministry named by its field alone ("the Finance Ministry's tariff commission said") acts for
// the country whose news opens the article, as the same ministry in lower case does.
int32_t acting_for(const View& v, const sv::ActorRef& ar) {
    if (ar.type != sv::AType::org) return int32_t(ar.key);
    static const char* const kBody[] = {"ministry", "department", "office", "commission", "agency", "bureau",
        "administration", "government", "cabinet", "customs", "council", "directorate", "authority", nullptr};
    // ("The U.S. Commerce Department finalized duties", "the Chinese Commerce Ministry": a
    // country's body whose name opens with the country or its people, acting for the country when
    // the text names that country as a party of its own)
    // (or a place or nationality of its own right before it: "Chilean" "Trade Department")
    if (ar.t0 > 0 && !v.is(ar.t0 - 1, "'s"))
        if (const int32_t c = sv::actor_at(v, ar.t0 - 1);
            c >= 0 && v.actors[size_t(c)].t1 == ar.t0 && v.keys[v.actors[size_t(c)].key].type == sv::AType::gpe)
            for (uint32_t q = ar.t0; q < ar.t1; ++q)
                if (in_list(v.lo(q), kBody)) return int32_t(v.actors[size_t(c)].key);
    if (v.models && ar.t1 > ar.t0 + 1) {
        const std::vector<uint32_t>* pl = nullptr;
        const uint32_t n = sv::match_at(v, v.models->place_trie, ar.t0, ar.t1, &pl);
        bool body = false;
        for (uint32_t q = ar.t0 + n; n && q < ar.t1 && !body; ++q) body = in_list(v.lo(q), kBody);
        if (body && pl && n < ar.t1 - ar.t0)
            for (uint32_t p : *pl) {
                if (PlaceForm(p & 3) != PlaceForm::name && PlaceForm(p & 3) != PlaceForm::demonym) continue;
                const std::string& name = v.models->places[p >> 2].name;
                for (size_t k = 0; k < v.keys.size(); ++k)
                    if (v.keys[k].type == sv::AType::gpe && v.keys[k].name == name) return int32_t(k);
            }
    }
    if (ar.t0 < 2 || !v.is(ar.t0 - 1, "'s")) {
        static const char* const kField[] = {"commerce", "finance", "trade", "foreign", "economy", nullptr};
        // ("The Commerce Department on Tuesday set duties" under a WASHINGTON dateline)
        if (ar.t1 == ar.t0 + 2 && in_list(v.lo(ar.t0), kField) &&
            (v.is(ar.t0 + 1, "ministry") || v.is(ar.t0 + 1, "department")))
            if (const int32_t c = lede_country(v); c >= 0) return c;
        return int32_t(ar.key);
    }
    const int32_t c = sv::actor_at(v, ar.t0 - 2);
    if (c < 0 || v.actors[size_t(c)].t1 != ar.t0 - 1 || v.actors[size_t(c)].type != sv::AType::gpe) return int32_t(ar.key);
    for (uint32_t q = ar.t0; q < ar.t1; ++q)
        if (in_list(v.lo(q), kBody)) return int32_t(v.actors[size_t(c)].key);
    return int32_t(ar.key);
}

// Names that act for no one: an agreement or a law ("goods covered by the USMCA from its 35%
// tariff", "whether the Act allows a president to impose ..."), and a maker's name counting its
// goods ("buy 100 Boeing aircraft ... under its quota").
bool no_agent(const View& v, const sv::ActorRef& ar) {
    // (a state's abbreviation after a place's comma: "of Racine, Wis., said" is an address)
    // (the abbreviation's dot may be a token of its own, inside the actor or after it)
    if (ar.type == sv::AType::gpe && ar.t0 > 1 && v.is(ar.t0 - 1, ",") && v.lo(ar.t0).size() <= 6 &&
        (v.toks[ar.t0].flags & sv::cap) && sv::actor_at(v, ar.t0 - 2) >= 0 &&
        ((ar.t1 == ar.t0 + 1 && (v.lo(ar.t0).ends_with('.') || (ar.t1 < v.toks.size() && v.is(ar.t1, ".")))) ||
         (ar.t1 == ar.t0 + 2 && v.is(ar.t0 + 1, "."))))
        return true;
    if (ar.type == sv::AType::org && ar.t1 > ar.t0) {
        static const char* const kInstrument[] = {"agreement", "act", "treaty", "accord", "pact", "law", "protocol",
                                                  "convention", "code", nullptr};
        if (in_list(v.lo(ar.t1 - 1), kInstrument)) return true;
        // (a short form in brackets after one: "... Agreement (USMCA)")
        if (ar.t0 >= 2 && v.is(ar.t0 - 1, "(") && in_list(v.lo(ar.t0 - 2), kInstrument)) return true;
        // (its short form: "USMCA" after "United States-Mexico-Canada Agreement (USMCA)")
        const std::string& name = v.keys[ar.key].name;
        const size_t sp = name.rfind(' ');
        if (sp != std::string::npos) {
            std::string last = name.substr(sp + 1);
            for (char& c : last) c = char(std::tolower(static_cast<unsigned char>(c)));
            if (in_list(last, kInstrument)) return true;
        }
    }
    // (a count of digits only, not "1st Source Bank said"; nor members: "the 12 EC nations agreed")
    if (ar.t0 == 0 || v.toks[ar.t0 - 1].kind != TK::number || ar.t1 >= v.toks.size() ||
        v.toks[ar.t1].kind != TK::word || (v.toks[ar.t1].flags & sv::cap))
        return false;
    for (const char c : v.lo(ar.t0 - 1))
        if (!((c >= '0' && c <= '9') || c == ',')) return false;
    static const char* const kMembers[] = {"nations", "countries", "members", "states", "governments", nullptr};
    return !sv::is_speech_verb(v.lo(ar.t1)) && !tok_aux(v, ar.t1) && !in_list(v.lo(ar.t1), kMembers);
}

int32_t ministry_country_before(const View& v, uint32_t j, std::string_view head);
int32_t resolve_pronoun(const View& v, uint32_t i, uint32_t sent_t0, bool person) {
    if (person) {
        // "The U.S. president said on Saturday he would impose ...": an unnamed title holder
        // opening the pronoun's own sentence, no one named before the pronoun, is its antecedent,
        // and the place of the title is who acts (not the last person named before the sentence)
        if (sent_t0 < i) {
            const uint32_t f = sent_t0 + (v.is(sent_t0, "the") ? 1 : 0);
            const int32_t pa = f < i ? sv::actor_at(v, f) : -1;
            if (pa >= 0 && v.actors[size_t(pa)].t0 == f && v.actors[size_t(pa)].t1 < i &&
                (v.actors[size_t(pa)].type == sv::AType::gpe || v.actors[size_t(pa)].type == sv::AType::norp) &&
                sv::tok_title(v, v.actors[size_t(pa)].t1)) {
                bool named = false;
                for (uint32_t q = v.actors[size_t(pa)].t1; q < i && !named; ++q) {
                    const int32_t a = sv::actor_at(v, q);
                    named = a >= 0 && v.actors[size_t(a)].type == sv::AType::person;
                }
                if (!named) return int32_t(v.actors[size_t(pa)].key);
            }
        }
        // ("Reagan, who will hold talks with Prime Minister X this week, said he would lift ...":
        // "he" right after the verb of speech is its speaker, the person opening the sentence,
        // not the last one named in an aside between)
        if (i > sent_t0 + 2) {
            uint32_t sp = i - 1;
            if (v.is(sp, "that")) --sp;
            if (sp > sent_t0 && sv::tok_speech(v, sp)) {
                int32_t first = -1;
                for (uint32_t q = sent_t0; q < sp && q < sent_t0 + 5 && first < 0; ++q) {
                    if (is_clause_punct(v, q) || v.toks[q].kind == TK::quote) break;
                    const int32_t a = sv::actor_at(v, q);
                    if (a >= 0 && v.actors[size_t(a)].type == sv::AType::person) first = a;
                }
                if (first >= 0) {
                    const uint32_t e = v.actors[size_t(first)].t1;
                    if (e == sp || (e < sp && v.is(e, ",") && v.is(sp - 1, ",") && e + 2 < sp))
                        return int32_t(v.actors[size_t(first)].key);
                }
            }
        }
        for (uint32_t j = i; j > 0;) {
            --j;
            int32_t a = sv::actor_at(v, j);
            if (a >= 0 && v.actors[size_t(a)].type == sv::AType::person) return int32_t(v.actors[size_t(a)].key);
            if (i - j > 400) break;
        }
        return -1;
    }
    for (uint32_t j = i; j > sent_t0;) {
        --j;
        int32_t a = sv::actor_at(v, j);
        if (a < 0) continue;
        const auto& ar = v.actors[size_t(a)];
        j = ar.t0;
        // ("called on China to lift its ban": the one called on is the infinitive's subject)
        const uint32_t c0 = ar.t0 - (ar.t0 > sent_t0 && v.is(ar.t0 - 1, "the") ? 1 : 0);
        const bool called_on = c0 > sent_t0 + 1 && (v.is(c0 - 1, "on") || v.is(c0 - 1, "upon")) &&
                               (v.is(c0 - 2, "called") || v.is(c0 - 2, "calls") || v.is(c0 - 2, "calling") ||
                                v.is(c0 - 2, "call")) &&
                               ar.t1 < i && v.is(ar.t1, "to");
        // ("in step with the United States, which had raised its own tariffs": the pronoun inside
        // a relative clause on a place or body is that one, wherever the name stands)
        if (ar.t1 + 2 < i && v.is(ar.t1, ",") && v.is(ar.t1 + 1, "which") && ar.type != sv::AType::person &&
            ar.type != sv::AType::norp) {
            bool inside = true;  // (no clause boundary between the relative pronoun and "its")
            for (uint32_t q = ar.t1 + 2; q < i && inside; ++q) inside = !is_clause_punct(v, q) && v.toks[q].kind != TK::quote;
            if (inside) return acting_for(v, ar);
        }
        if (ar.t0 > sent_t0 && tok_prep(v, ar.t0 - 1) && !clause_subject(v, ar.t0, ar.t1) && !called_on) continue;
        // "invest ... in the United States and cut its tariff": "the" between preposition and name
        // (not "by the": "a statement by the Group of Seven reaffirming their agreement", an agent;
        // not "of the": "ministers of the Group of Seven will review their pact")
        if (ar.t0 > sent_t0 + 1 && v.is(ar.t0 - 1, "the") && tok_prep(v, ar.t0 - 2) && !v.is(ar.t0 - 2, "by") && !v.is(ar.t0 - 2, "of") &&
            !clause_subject(v, ar.t0, ar.t1) && !called_on)
            continue;
        // (but "of the" in a clause before ", and": "X is the largest trading partner of the United
        // States, and it is seeking to ...": the earlier clause's subject is meant)
        if (ar.t0 > sent_t0 + 1 && v.is(ar.t0 - 1, "the") && v.is(ar.t0 - 2, "of") && ar.t1 + 1 < i) {
            bool coordinated = false;
            for (uint32_t k = ar.t1; k + 1 < i && !coordinated; ++k)
                coordinated = v.is(k, ",") && (v.is(k + 1, "and") || v.is(k + 1, "but"));
            if (coordinated) continue;
        }
        if (ar.type == sv::AType::person || no_agent(v, ar)) continue;
        // ("Fifteen American companies were added to its list": a nationality before a plural
        // noun is no antecedent of "it"/"its"; "Saudi production stayed below its quota" is)
        // (nor before a compound's plural head: "American farm products")
        if (ar.type == sv::AType::norp && (v.is(i, "its") || v.is(i, "it")) && ar.t1 < i) {
            bool plural = false;
            for (uint32_t q = ar.t1; q < i && q < ar.t1 + 3 && !plural; ++q) {
                if (v.toks[q].kind != TK::word || (v.toks[q].flags & sv::cap)) break;
                const std::string_view noun = v.lo(q);
                // (a present verb is no plural: "The Ugandan government depends on ... its"; right
                // after the nationality the word is its noun: "exempt Indian firms from its tax")
                plural = noun.size() > 3 && noun.back() == 's' && !noun.ends_with("ss") && !noun.ends_with("us") &&
                         !noun.ends_with("is") && (q == ar.t1 || !(q + 1 < i && (tok_prep(v, q + 1) || tok_det(v, q + 1))));
                if (tok_vc(v, q) != VC::none || tok_aux(v, q) || tok_prep(v, q) || noun == "and" || noun == "or") break;
            }
            if (plural) continue;
        }
        return acting_for(v, ar);
    }
    // "The ministry also said it would suspend a ban": a sentence opened by an institution's
    // lower-case noun, no name in it, is that institution's (named earlier, or its country)
    // ("Separately, the commerce ministry said it would impose export controls": after an opening
    // adverb's comma, and with the ministry's field before the noun, as subject_of() reads it)
    uint32_t open = sent_t0;
    if (open + 2 < i && is_word(v, open) && v.lo(open).ends_with("ly") && v.is(open + 1, ",")) open += 2;
    else if (open + 2 < i && (v.is(open, "meanwhile") || v.is(open, "also") || v.is(open, "however")) &&
             v.is(open + 1, ","))
        open += 2;
    static const char* const kOpenField[] = {"commerce", "finance", "trade", "foreign", "economy", "industry",
                                             "agriculture", "economic", "customs", nullptr};
    const bool open_field = open + 2 < i && v.is(open, "the") && !(v.toks[open + 1].flags & sv::cap) &&
                            in_list(v.lo(open + 1), kOpenField);
    if (const uint32_t f = open + 1 + (open_field ? 1 : 0);
        f < i && v.is(open, "the") && !(v.toks[f].flags & sv::cap) &&
        (v.is(f, "ministry") || v.is(f, "department") || v.is(f, "commission") || v.is(f, "agency") ||
         v.is(f, "government"))) {
        const std::string_view fw = open_field ? v.lo(f - 1) : std::string_view();
        if (const int32_t b = institution_before(v, f, v.lo(f), fw); b >= 0) return acting_for(v, v.actors[size_t(b)]);
        if (const int32_t c = ministry_country_before(v, f, v.lo(f)); c >= 0) return c;
        // ("The government also said it would keep its duty on ...": no country named with the
        // word, the government of the country whose news opens the article)
        if (v.is(f, "government") || open_field) return lede_country(v);
    }
    // "Beijing opened probes into brandy. In July it imposed duties ...": with no antecedent in its
    // own sentence, "it"/"they" is the subject of the sentence before in the same paragraph, a
    // place or an organisation opening it ("the" before it at most)
    if (sent_t0 > 0 && sent_t0 - 1 < v.tok_sent.size() && sent_t0 < v.tok_sent.size()) {
        const int32_t ps = v.tok_sent[sent_t0 - 1], cs = v.tok_sent[sent_t0];
        // (or a paragraph of one sentence right before: "Beijing called the tariffs protectionism.
        // ¶ In July 2025 it imposed duties on brandy")
        const auto one_sentence_para_before = [&] {
            const auto& p = v.sents[size_t(ps)];
            return p.para + 1 == v.sents[size_t(cs)].para && (ps == 0 || v.sents[size_t(ps) - 1].para != p.para);
        };
        if (ps >= 0 && cs >= 0 && ps != cs &&
            (v.sents[size_t(ps)].para == v.sents[size_t(cs)].para || one_sentence_para_before()) &&
            !v.sents[size_t(ps)].heading) {
            const uint32_t f = v.sents[size_t(ps)].t0 + (v.is(v.sents[size_t(ps)].t0, "the") ? 1 : 0);
            const int32_t a = f < v.toks.size() ? sv::actor_at(v, f) : -1;
            if (a >= 0 && v.actors[size_t(a)].t0 == f &&
                (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::org) &&
                v.actors[size_t(a)].t1 < v.sents[size_t(ps)].t1 && v.toks[v.actors[size_t(a)].t1].kind == TK::word &&
                !(v.toks[v.actors[size_t(a)].t1].flags & sv::cap))  // (a verb follows: "Beijing opened")
                return int32_t(v.actors[size_t(a)].key);
            // ("China responded in two stages. From 20 March it put a 100% tariff on ... Then in
            // August it announced ...": the sentence before opens with "it" of its own, after a
            // time phrase at most: the same antecedent)
            uint32_t q = v.sents[size_t(ps)].t0;
            if (v.is(q, "then")) ++q;
            if (const uint32_t tn = sv::time_at(v, q, v.sents[size_t(ps)].t1); tn > 0 && tn < 8) q += tn;
            if (v.is(q, ",")) ++q;
            if (a < 0 && q + 1 < v.sents[size_t(ps)].t1 && q > v.sents[size_t(ps)].t0 && (v.is(q, "it") || v.is(q, "they")))
                return resolve_pronoun(v, q, v.sents[size_t(ps)].t0, false);
        }
    }
    return -1;
}

// A participle after a comma opens no clause of its own: "China said it would add 28 U.S. firms
// to its control list, banning shipments to them" bans by China, not by the nearest name. Its
// subject is the main clause's: the nearest name or pronoun to the comma's left that a finite
// verb follows (an auxiliary, a verb of speech, a past form, a verb of a measure). -2: none.
int32_t resolve_pronoun(const View& v, uint32_t i, uint32_t sent_t0, bool person);
int32_t participle_subject(const View& v, uint32_t verb, uint32_t sent_t0) {
    if (verb < sent_t0 + 3 || !is_ing(v.lo(verb)) || (v.toks[verb].flags & sv::cap)) return -2;
    // (", while keeping duties on steel", ", after raising ...": a conjunction between)
    if (v.is(verb - 1, "while") || v.is(verb - 1, "after") || v.is(verb - 1, "before") || v.is(verb - 1, "when") ||
        v.is(verb - 1, "without") || v.is(verb - 1, "by"))
        --verb;
    if (verb < sent_t0 + 3 || !v.is(verb - 1, ",")) return -2;
    const auto finite_at = [&](uint32_t k) {
        if (k >= verb - 1 || v.toks[k].kind != TK::word || (v.toks[k].flags & sv::cap)) return false;
        const std::string_view w = v.lo(k);
        return tok_aux(v, k) || sv::is_speech_verb(w) || (is_past(w) && !is_ing(w)) || tok_vc(v, k) != VC::none;
    };
    for (uint32_t j = verb - 1; j > sent_t0;) {
        --j;
        const std::string_view w = v.lo(j);
        if (w == ";" || w == ":" || v.toks[j].kind == TK::quote) break;
        // ("... fallout of an additional 25% U.S. tariff that took effect at midnight, doubling the
        // duty on many Indian goods": the measure the relative clause is about does the
        // doubling; its imposer is the name inside its phrase, if any)
        if ((w == "that" || w == "which") && j > sent_t0 + 1 && in_list(v.lo(j - 1), kTriggerNouns) &&
            !in_list(v.lo(j - 1), kNotSecond)) {
            for (uint32_t q = j - 1; q > sent_t0 && q + 6 > j;) {
                --q;
                if (v.toks[q].kind == TK::punct || tok_det(v, q) || tok_prep(v, q)) break;
                if (const int32_t a = sv::actor_at(v, q); a >= 0 && v.actors[size_t(a)].type != sv::AType::person)
                    return int32_t(v.actors[size_t(a)].key);
            }
            return -1;
        }
        if ((w == "it" || w == "they" || w == "he" || w == "she") && finite_at(j + 1))
            return resolve_pronoun(v, j, sent_t0, w == "he" || w == "she");
        const int32_t a = sv::actor_at(v, j);
        if (a < 0) continue;
        const auto& ar = v.actors[size_t(a)];
        j = ar.t0;
        if (ar.t0 > sent_t0 && (tok_prep(v, ar.t0 - 1) || v.is(ar.t0 - 1, "'s"))) continue;
        // (", Prime Minister X said on Friday, while keeping ...": an inserted reporting clause
        // names the speaker; the main clause before it has the subject)
        if (finite_at(ar.t1) && sv::is_speech_verb(v.lo(ar.t1))) {
            uint32_t b = ar.t0;
            while (b > sent_t0 && (v.toks[b - 1].flags & sv::cap) && v.toks[b - 1].kind == TK::word) --b;
            if (b > sent_t0 && v.is(b - 1, ",")) continue;
        }
        if (finite_at(ar.t1)) return int32_t(ar.key);
        // ("China's commerce ministry announced sanctions on ..., banning ...": the country's body
        // in lower case, then its verb; the body acts for the country)
        if (v.is(ar.t1, "'s")) {
            uint32_t q = ar.t1 + 1;
            while (q < verb - 1 && q < ar.t1 + 4 && v.toks[q].kind == TK::word && !(v.toks[q].flags & sv::cap) &&
                   !finite_at(q))
                ++q;
            if (q > ar.t1 + 1 && finite_at(q)) {
                const std::string_view body = v.lo(q - 1);
                if (body == "ministry" || body == "government" || body == "department" || body == "cabinet" ||
                    body == "regulator" || body == "agency" || body == "commission" || body == "customs")
                    return int32_t(ar.key);
            }
        }
    }
    return -2;
}

// A verb that starts something at token q: 2 past ("started", "began", "begun", "kicked in"),
// 3 base ("start", "begin", "kick in"), 1 present ("starts", "begins", "kicks in"), 0 none.
int start_verb(const View& v, uint32_t q) {
    if (v.toks[q].flags & sv::cap) return 0;
    const std::string_view w = v.lo(q);
    if (w == "started" || w == "began" || w == "begun") return 2;
    if (w == "start" || w == "begin") return 3;
    if (w == "starts" || w == "begins") return 1;
    if (!v.is(q + 1, "in")) return 0;
    return w == "kicked" ? 2 : w == "kick" ? 3 : w == "kicks" ? 1 : 0;
}

// The start verb at q (after the noun phrase np0.., the right scan's first word k) starts the
// measure itself: the phrase is the verb's subject (no preposition before it: "Discussions on
// the agreement began"), only auxiliaries lie between ("will", "is due to", "has already"),
// and no object or level follows ("to start a tender offer", "the tax should start at 330
// Ecus", "started work on the drafting").
bool starts_measure(const View& v, uint32_t np0, uint32_t k, uint32_t q) {
    static const char* const kBetween[] = {"will", "would", "is", "are", "was", "were", "be", "been", "due", "set",
        "scheduled", "expected", "to", "has", "have", "had", "already", "finally", "officially", "formally", "just",
        "now", "'ll", nullptr};
    for (uint32_t b = k; b < q; ++b)
        if (!in_list(v.lo(b), kBetween)) return false;
    if (np0 > 0) {
        uint32_t b = np0 - 1;
        if (tok_det(v, b) && b > 0) --b;
        if (tok_prep(v, b) || v.is(b, "of")) return false;
    }
    const uint32_t n = q + 1 + (v.lo(q).compare(0, 4, "kick") == 0 ? 1 : 0);  // (past "kicked in")
    const uint32_t t1 = v.sents[size_t(v.tok_sent[q])].t1;
    if (n >= t1 || v.toks[n].kind != TK::word) return true;
    if (sv::time_at(v, n, t1) > 0) return true;
    static const char* const kAfter[] = {"in", "on", "from", "last", "this", "next", "with", "after", "when",
        "yesterday", "today", "tomorrow", "earlier", "immediately", "and", "as", "until", "before", nullptr};
    return in_list(v.lo(n), kAfter);
}

// "The levy, which the president announced in March, took effect on April 3": past a relative
// clause set off by commas right after the measure, the sentence's own verb, when it puts the
// measure in force (took effect, came into force, started, kicked in). Returns the status it
// gives ("in_force", "announced") or nullptr; `comma` is the clause's closing comma.
// ("The measures, approved under the new law, take effect in 30 days": a past participle's
// phrase set off the same way)
// A relative clause or a past participle's phrase set off by commas right after a noun phrase
// ending at np1 (", which the president announced in March,", ", announced by X last week,");
// `comma` is its closing comma.
bool aside_after(const View& v, uint32_t np1, uint32_t t1, uint32_t& comma) {
    if (np1 + 2 >= t1 || !v.is(np1, ",")) return false;
    const bool relative = v.is(np1 + 1, "which") || v.is(np1 + 1, "that");
    const bool participle = !relative && is_word(v, np1 + 1) && !(v.toks[np1 + 1].flags & sv::cap) &&
                            v.lo(np1 + 1).ends_with("ed");
    if (!relative && !participle) return false;
    uint32_t c = np1 + 2;
    while (c < t1 && c < np1 + 24 && !v.is(c, ",") && !is_clause_punct(v, c) && v.toks[c].kind != TK::quote) ++c;
    if (c >= t1 || !v.is(c, ",")) return false;
    comma = c;
    return true;
}

const char* entry_after_clause(const View& v, uint32_t np0, uint32_t np1, uint32_t t1, uint32_t& comma) {
    uint32_t c = 0;
    if (!aside_after(v, np1, t1, c)) return nullptr;
    static const char* const kAuxWords[] = {"will", "would", "'ll", "is", "are", "was", "were", "due", "set", "to",
        "has", "have", "had", "already", "finally", "officially", "formally", "just", "now", nullptr};
    uint32_t q = c + 1;
    bool future = false;
    for (; q < t1 && q < c + 6 && in_list(v.lo(q), kAuxWords); ++q) {
        const std::string_view w = v.lo(q);
        future = future || w == "will" || w == "would" || w == "'ll" || w == "due" || w == "set";
    }
    if (q + 1 >= t1 || (v.toks[q].flags & sv::cap)) return nullptr;
    const std::string_view w = v.lo(q);
    int tense = 0;  // 2 past, 1 present, 3 base (as start_verb())
    if ((w == "took" || w == "taken" || w == "takes" || w == "take") && v.is(q + 1, "effect"))
        tense = w == "took" || w == "taken" ? 2 : w == "takes" ? 1 : 3;
    else if ((w == "came" || w == "come" || w == "comes") && v.is(q + 1, "into") &&
             (v.is(q + 2, "force") || v.is(q + 2, "effect")))
        tense = w == "came" ? 2 : w == "comes" ? 1 : 3;
    else if (const int t = start_verb(v, q); t && starts_measure(v, np0, q, q))
        tense = t;
    if (!tense) return nullptr;
    comma = c;
    return future || tense == 3 ? "announced" : "in_force";
}

// A verb of wanting within three words before the noun phrase at np0: "India wants the 25%
// penalty removed", "also wants lower duties on its pharmaceuticals". What is wanted is not done.
bool wish_before(const View& v, uint32_t np0, uint32_t sent_t0) {
    static const char* const kWish[] = {"wants", "want", "wanted", "wanting", "seeks", "sought", "demands",
        "demanded", "needs", nullptr};
    for (uint32_t b = np0; b > sent_t0 && np0 - b < 3; --b) {
        if (in_list(v.lo(b - 1), kWish)) return true;
        // ("called for the taxes to be removed", "pressed for the duties to be lifted")
        if (v.is(b - 1, "for") && b - 1 > sent_t0) {
            const std::string_view p = v.lo(b - 2);
            if (verb_form(p, "call") || verb_form(p, "push") || verb_form(p, "press") || verb_form(p, "ask") ||
                verb_form(p, "lobby") || p == "lobbied" || verb_form(p, "appeal"))
                return true;
        }
    }
    return false;
}

// The dash that ends a dateline at j: "New Delhi, India – An additional tariff ...", "SEOUL,
// Oct 29 (Yonhap) --": only capitalized words, numbers, commas and brackets before it, within
// ten tokens of the sentence's start. The places before it say where the story was filed.
bool dateline_dash(const View& v, uint32_t j, uint32_t sent_t0) {
    if (j <= sent_t0 || j - sent_t0 > 10 || v.toks[j].kind != TK::punct) return false;
    const std::string_view d = v.lo(j);
    if (d != "-" && d != "\xe2\x80\x93" && d != "\xe2\x80\x94") return false;
    bool name = false;
    for (uint32_t k = sent_t0; k < j; ++k) {
        const std::string_view w = v.lo(k);
        if (v.toks[k].kind == TK::word && (v.toks[k].flags & sv::cap)) name = true;
        else if (!(v.toks[k].kind == TK::number || w == "," || w == "(" || w == ")" || w == "-" || w == "."))
            return false;
    }
    return name;
}

// The first token of a sentence past its dateline ("SYDNEY, March 28 (Reuters) - China will
// ..." -> "China"), looked for before `end`; the sentence's first token when it has none.
uint32_t past_dateline(const View& v, uint32_t sent_t0, uint32_t end) {
    for (uint32_t d = sent_t0 + 1; d < end && d <= sent_t0 + 10; ++d)
        if (dateline_dash(v, d, sent_t0)) return d + 1;
    return sent_t0;
}

// The organisation named last before token j (within ~600 tokens) whose name has `head` as a
// word ("the ministry" after "China's Commerce Ministry"); its actor index, or -1.
// With a field ("commerce" of "the commerce ministry"), only a name that has it too.
[[gnu::noinline]] int32_t institution_before(const View& v, uint32_t j, std::string_view head,
                                             std::string_view field) {
    for (size_t a = v.actors.size(); a > 0;) {
        const sv::ActorRef& r = v.actors[--a];
        if (r.t1 > j) continue;
        if (j - r.t1 > 600) break;
        if (r.type != sv::AType::org) continue;
        bool has_head = false, has_field = field.empty();
        for (uint32_t q = r.t0; q < r.t1; ++q) {
            has_head = has_head || v.lo(q) == head;
            has_field = has_field || v.lo(q) == field;
        }
        if (has_head && has_field) return int32_t(a);
    }
    return -1;
}

// ", the commerce ministry said." / ", said China's commerce ministry": the name a reporting clause
// after `from` (to the sentence's end `end`) gives, acting for its country; -1 if none.
int32_t trailing_reporter(const View& v, uint32_t from, uint32_t end) {
    for (uint32_t k = from; k + 2 < end; ++k) {
        if (!v.is(k, ",")) continue;
        const bool verb_first = sv::tok_speech(v, k + 1);  // (", said X")
        uint32_t a0 = k + 1 + (verb_first ? 1 : 0);
        if (v.is(a0, "the")) ++a0;
        const int32_t a = a0 < end ? sv::actor_at(v, a0) : -1;
        if (a < 0 || v.actors[size_t(a)].t0 != a0) continue;
        const uint32_t a1 = v.actors[size_t(a)].t1;
        if (verb_first || (a1 < end && sv::tok_speech(v, a1))) return acting_for(v, v.actors[size_t(a)]);
    }
    return -1;
}

// A key that can govern: a place or a people, a trade bloc, or a government's body by its name.
bool governing_key(const View& v, int32_t key) {
    const auto& k = v.keys[size_t(key)];
    if (k.type == sv::AType::gpe || k.type == sv::AType::norp) return true;
    if (k.type != sv::AType::org) return false;
    if (trade_bloc(k.name)) return true;
    for (const char* body : {"Ministry", "Commission", "Department", "Government", "Council", "Customs", "Cabinet",
                             "Administration", "Office"})
        if (k.name.find(body) != std::string::npos) return true;
    return false;
}

// The country whose news opens the article: a place that opens one of its first three sentences
// (past a dateline: "BEIJING, April 4 (Reuters) - China said on Friday ..."). Its key, or -1.
[[gnu::noinline]] int32_t lede_country(const View& v) {
    for (size_t si = 0; si < v.sents.size() && si < 3; ++si) {
        const sv::Sent& s = v.sents[si];
        const uint32_t open = past_dateline(v, s.t0, s.t1);
        const int32_t a = sv::actor_at(v, open);
        if (a >= 0 && v.actors[size_t(a)].t0 == open && v.actors[size_t(a)].type == sv::AType::gpe &&
            v.actors[size_t(a)].t1 < s.t1 && v.toks[v.actors[size_t(a)].t1].kind == TK::word &&
            !(v.toks[v.actors[size_t(a)].t1].flags & sv::cap))
            return int32_t(v.actors[size_t(a)].key);
    }
    // ("New Delhi: The government has raised the basic customs duty on gold", "WASHINGTON, May 3
    // (Reuters) - The government said ..."): a dateline's capital (a place the trade lexicon
    // knows, never a city of its own) stands for its country's government
    for (size_t si = 0; si < v.sents.size() && si < 3; ++si) {
        const sv::Sent& s = v.sents[si];
        if (s.heading) continue;
        const uint32_t open = past_dateline(v, s.t0, s.t1);
        const int32_t a = sv::actor_at(v, s.t0);
        if (a < 0 || v.actors[size_t(a)].t0 != s.t0 || v.actors[size_t(a)].type != sv::AType::gpe || !v.models) break;
        const uint32_t t1 = v.actors[size_t(a)].t1;
        const bool dateline = open > t1 || (t1 + 1 < s.t1 && v.is(t1, ":"));
        const std::vector<uint32_t>* pl = nullptr;
        // (the key must be the lexicon's place itself: "THE HAGUE" keeps a key of its own)
        if (dateline && sv::match_at(v, v.models->place_trie, s.t0, t1, &pl) == t1 - s.t0 && pl)
            for (const uint32_t p : *pl)
                if (v.models->places[p >> 2].name == v.keys[v.actors[size_t(a)].key].name)
                    return int32_t(v.actors[size_t(a)].key);
        break;
    }
    return -1;
}

// "China will suspend the controls, the commerce ministry said" ... "The ministry also said it
// would ...": no organisation was named, only the word in lower case. Its country is the place
// or people right before that earlier word ("China's commerce ministry", "the Chinese commerce
// ministry"), or the place that opens its sentence as the subject of what the ministry said.
// The key of that place, or -1.
[[gnu::noinline]] int32_t ministry_country_before(const View& v, uint32_t j, std::string_view head) {
    for (uint32_t q = j; q > 0 && j - q < 600;) {
        --q;
        if (v.lo(q) != head || (v.toks[q].flags & sv::cap)) continue;
        for (uint32_t b = q; b > 0 && q - b < 4;) {
            --b;
            if (v.toks[b].kind == TK::punct) break;
            const int32_t a = sv::actor_at(v, b);
            if (a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::norp))
                return int32_t(v.actors[size_t(a)].key);
        }
        const sv::Sent& s = v.sents[size_t(v.tok_sent[q])];
        if (v.is(q + 1, "said")) {
            const uint32_t open = past_dateline(v, s.t0, s.t1);  // (past a dateline: "SYDNEY, March 28 (Reuters) - China will ...")
            const int32_t a = sv::actor_at(v, open);
            if (a >= 0 && v.actors[size_t(a)].type == sv::AType::gpe && v.actors[size_t(a)].t1 < q) {
                bool reported = false;  // (", the commerce ministry said": a reporting clause after the news)
                for (uint32_t c = v.actors[size_t(a)].t1; c < q && !reported; ++c) reported = v.is(c, ",");
                if (reported) return int32_t(v.actors[size_t(a)].key);
            }
        }
        // (a mention that names no country is the same ministry named again: ", the ministry said
        // in a statement" after "China's commerce ministry on Thursday announced"; go on back)
    }
    return -1;
}


// The subject of the verb at `verb`: nearest actor to its left, within the clause, not inside a
// prepositional phrase. Pronouns resolve; "that"/"which" end the clause; a dateline's places are
// no subject.
// A gerund's own subject after a preposition: "in exchange for Beijing cracking down on ...",
// "with the US charging 25%" (the name is no object of "for"/"with": it does the -ing verb at
// `verb`). Its key, or -1.
int32_t gerund_subject(const View& v, uint32_t verb, uint32_t sent_t0) {
    if (verb <= sent_t0 + 1 || !is_ing(v.lo(verb)) || (v.toks[verb].flags & sv::cap)) return -1;
    const int32_t a = sv::actor_at(v, verb - 1);
    if (a < 0 || v.actors[size_t(a)].t1 != verb) return -1;
    uint32_t b = v.actors[size_t(a)].t0;
    if (b > sent_t0 && v.is(b - 1, "the")) --b;
    if (b > sent_t0 && (v.is(b - 1, "for") || v.is(b - 1, "with") || v.is(b - 1, "after") || v.is(b - 1, "despite") ||
                        v.is(b - 1, "without")))
        return int32_t(v.actors[size_t(a)].key);
    return -1;
}

[[gnu::noinline]] int32_t subject_of(const View& v, uint32_t verb, uint32_t sent_t0) {  // (two callers: one copy)
    if (const int32_t g = gerund_subject(v, verb, sent_t0); g >= 0) return g;
    // "The Commerce Department is drafting a rule that would limit chip shipments": the verb of a
    // relative clause on a rule, order or bill is done by whoever makes the document
    {
        static const char* const kDocument[] = {"rule", "regulation", "order", "decree", "bill", "law", "proposal",
            "plan", "measure", "policy", "directive", nullptr};
        uint32_t k = verb;
        while (k > sent_t0 && verb - k < 3 && tok_aux(v, k - 1)) --k;
        if (k < verb && k > sent_t0 + 3 && (v.is(k - 1, "that") || v.is(k - 1, "which")) && in_list(v.lo(k - 2), kDocument)) {
            uint32_t q = k - 2;  // the noun; back over its article and modifiers to the verb that makes it
            while (q > sent_t0 + 1 && k - 2 - q < 4 && (tok_det(v, q - 1) || v.is(q - 1, "new") || v.is(q - 1, "draft") ||
                                                        v.is(q - 1, "executive") || v.is(q - 1, "final")))
                --q;
            const uint32_t maker = q - 1;
            if (q < k - 2 && is_word(v, maker) && !(v.toks[maker].flags & sv::cap) && !tok_prep(v, maker) &&
                (is_ing(v.lo(maker)) || is_past(v.lo(maker)) || tok_vc(v, maker) != VC::none))
                if (const int32_t a = subject_of(v, maker, sent_t0); a >= 0) return a;
        }
    }
    if (const int32_t p = participle_subject(v, verb, sent_t0); p != -2) return p;
    // "threatened to impose X ..., and to impose Y": the first infinitive's subject
    if (const int32_t first = coordinated_infinitive(v, sent_t0, verb); first >= 0)
        if (const int32_t a = subject_of(v, uint32_t(first), sent_t0); a >= 0) return a;
    // A second predicate of the same subject: "Trump has imposed 50% tariffs on imports from
    // most countries, including Canada, and has threatened further levies on lumber". After
    // "and" and only auxiliaries or adverbs, the subject is the previous verb's (however long
    // its object ran).
    {
        uint32_t k = verb;
        // ("and in May raised": the month is no modal)
        while (k > sent_t0 + 1 && verb - k < 3 && ((tok_aux(v, k - 1) && !month_may(v, k - 1)) || v.is(k - 1, "also") || v.is(k - 1, "then") ||
                                                  v.is(k - 1, "later") || v.is(k - 1, "has") || v.is(k - 1, "have")))
            --k;
        // ("has offered to lower duties ... and to buy more aircraft": a second infinitive)
        if (k > sent_t0 + 2 && v.is(k - 1, "to") && v.is(k - 2, "and")) --k;
        // ("... and in October threatened to restrict sales": the verb that governs the infinitive)
        else if (k > sent_t0 + 3 && v.is(k - 1, "to") && v.toks[k - 2].kind == TK::word &&
                 !(v.toks[k - 2].flags & sv::cap) && sv::actor_at(v, k - 2) < 0 && !tok_prep(v, k - 2))
            k -= 2;
        // ("... and in July imposed duties", "and last week raised": a time phrase between)
        for (uint32_t q = k > sent_t0 + 5 ? k - 5 : sent_t0 + 1; q + 1 < k; ++q)
            if (v.is(q - 1, "and") && sv::time_at(v, q, k) == k - q) {
                k = q;
                break;
            }
        // ("... from Sept. 1, Carney said, but will keep counter-duties on steel": "but" too)
        // (or a comma in a list of past predicates: "Britain froze the assets of five banks,
        // banned exports of dual-use goods to Russia and lowered the price cap")
        const bool listed = k == verb && k > sent_t0 + 3 && v.is(k - 1, ",") && is_past(v.lo(k)) &&
                            !(v.toks[k].flags & sv::cap) && tok_vc(v, k) != VC::none && [&] {
                                for (uint32_t q = k + 1; q < v.sents[size_t(v.tok_sent[k])].t1 && q < k + 25; ++q) {
                                    if (is_clause_punct(v, q) && !v.is(q, ",")) return false;
                                    if (v.is(q, "and") && q + 1 < v.toks.size() && is_past(v.lo(q + 1))) return true;
                                }
                                return false;
                            }();
        if (k > sent_t0 + 1 && (v.is(k - 1, "and") || v.is(k - 1, "but") || listed)) {
            bool open = true;  // no clause boundary nor other verb back to the sentence's start
            for (uint32_t j = k - 1; j-- > sent_t0 && open;) {
                const std::string_view w = v.lo(j);
                // ("will cut the volume of steel that can enter the bloc tariff-free and raise the
                // duty": a relative clause after a noun, with no verb of a measure, is passed over)
                const auto rel_after_noun = [&](uint32_t r) {
                    return (v.is(r, "that") || v.is(r, "which")) && r > sent_t0 + 1 && v.toks[r - 1].kind == TK::word &&
                           !(v.toks[r - 1].flags & sv::cap) && !sv::is_speech_verb(v.lo(r - 1)) && !tok_aux(v, r - 1) &&
                           tok_vc(v, r - 1) == VC::none && !tok_prep(v, r - 1) && !v.is(r - 1, "so") &&
                           !v.is(r - 1, "such") && !v.is(r - 1, "now") && !v.is(r - 1, "and");
                };
                if (rel_after_noun(j)) continue;
                // ("rescinding its tax after Trump called off talks and threatened new tariffs": a
                // clause opened by a conjunction of time or cause holds the first verb's subject,
                // the name right after the conjunction)
                // (", while Seoul will recognize ... and expand purchases": a clause of contrast too)
                if (w == "after" || w == "before" || w == "when" || w == "because" || w == "until" || w == "once" ||
                    w == "although" || w == "though" || w == "while" || w == "whereas") {
                    const uint32_t f = j + 1 + (v.is(j + 1, "the") ? 1 : 0);
                    const int32_t a = f < k ? sv::actor_at(v, f) : -1;
                    if (a >= 0 && v.actors[size_t(a)].t0 == f && v.actors[size_t(a)].type != sv::AType::norp &&
                        v.actors[size_t(a)].t1 + 1 < k && is_word(v, v.actors[size_t(a)].t1) &&
                        !(v.toks[v.actors[size_t(a)].t1].flags & sv::cap) && !tok_prep(v, v.actors[size_t(a)].t1))
                        return int32_t(v.actors[size_t(a)].key);
                    open = false;
                    break;
                }
                // ("for Beijing cracking down on fentanyl and resuming purchases": the first
                // gerund's own subject)
                if (is_ing(v.lo(k)))
                    if (const int32_t g = gerund_subject(v, j, sent_t0); g >= 0) return g;
                // (a few words in scare quotes are passed over: "calling it a "direct and blatant
                // attack" on the country, and threatened ...")
                if (v.toks[j].kind == TK::quote && j > sent_t0) {
                    uint32_t o = j;
                    while (o > sent_t0 && j - o < 8 && v.toks[o - 1].kind != TK::quote && !is_clause_punct(v, o - 1)) --o;
                    if (o > sent_t0 && j - o < 8 && o + 1 < j && v.toks[o - 1].kind == TK::quote) {
                        j = o - 1;
                        continue;
                    }
                }
                // ("revoked the visas of judges, including X, who oversees the trial, and imposed
                // sanctions on X": a relative clause set off by commas is an aside)
                if ((w == "who" || w == "which") && j > sent_t0 + 1 && v.is(j - 1, ",")) {
                    bool closed = false;
                    for (uint32_t q = j + 1; q < k && !closed; ++q) closed = v.is(q, ",");
                    if (closed) continue;
                }
                if (k - j >= 40 || w == ";" || w == ":" || v.toks[j].kind == TK::quote || w == "that" || w == "which" ||
                    w == "who")
                    open = false;
                // ("has asked X to delay a tariff ... and offered to buy ...": a past verb after
                // "and" joins the finite verb, not an infinitive under it)
                else if (tok_vc(v, j) != VC::none && v.is(j - 1, "to") && is_past(v.lo(k)) && !is_ing(v.lo(k)) &&
                         !(v.toks[k].flags & sv::cap))
                    continue;
                else if (tok_vc(v, j) != VC::none && !(v.toks[j].flags & sv::cap) && j > sent_t0 &&
                         !tok_det(v, j - 1) && !v.is(j - 1, "price") &&  // ("the oil price cap and ...": a noun)
                         !v.is(j - 1, "%") && v.toks[j - 1].kind != TK::number) {  // ("the 30% levies")
                    const int32_t a = subject_of(v, j, sent_t0);
                    if (a >= 0) return a;
                    // ("has kept tariffs on goods that were first imposed by his predecessor, and
                    // in May raised duties": the passive of a relative clause after a noun has no
                    // subject of its own; the clause is passed over)
                    uint32_t r = j;
                    while (r > sent_t0 + 1 && j - r < 4 &&
                           (tok_aux(v, r - 1) || v.is(r - 1, "first") || v.is(r - 1, "initially") ||
                            v.is(r - 1, "originally") || v.is(r - 1, "later") || v.is(r - 1, "already")))
                        --r;
                    if (r < j && r > sent_t0 + 1 && rel_after_noun(r - 1)) {
                        j = r - 1;
                        continue;
                    }
                    open = false;
                }
            }
            // ... a verb of no measure ("Beijing has since opened investigations into X, and in
            // July imposed duties"): the name that opens the sentence
            if (open) {
                const uint32_t f = sent_t0 + (v.is(sent_t0, "the") ? 1 : 0);
                const int32_t a = sv::actor_at(v, f);
                if (a >= 0 && v.actors[size_t(a)].t0 == f && v.actors[size_t(a)].type != sv::AType::norp &&
                    v.actors[size_t(a)].t1 < k && v.toks[v.actors[size_t(a)].t1].kind == TK::word &&
                    !(v.toks[v.actors[size_t(a)].t1].flags & sv::cap))
                    return int32_t(v.actors[size_t(a)].key);
                // ("Under the framework, Vietnam will give U.S. products preferential access and buy
                // more American aircraft": after an opening phrase, the name before a modal or an
                // auxiliary, outside any phrase of a preposition)
                for (uint32_t j = sent_t0; j + 1 < k; ++j) {
                    const int32_t b = sv::actor_at(v, j);
                    if (b < 0) continue;
                    const sv::ActorRef& ar = v.actors[size_t(b)];
                    j = std::max(j, ar.t1 - 1);
                    if (ar.type == sv::AType::norp || ar.t1 >= k || !tok_aux(v, ar.t1)) continue;
                    if (ar.t0 > sent_t0 && (tok_prep(v, ar.t0 - 1) || v.is(ar.t0 - 1, "'s") ||
                                            (tok_det(v, ar.t0 - 1) && ar.t0 > sent_t0 + 1 && tok_prep(v, ar.t0 - 2))))
                        continue;
                    return int32_t(ar.key);
                }
            }
        }
    }
    uint32_t steps = 0;
    for (uint32_t j = verb; j > sent_t0 && steps < 18; ++steps) {
        --j;
        std::string_view w = v.lo(j);
        if (w == ";" || w == ":" || v.toks[j].kind == TK::quote || dateline_dash(v, j, sent_t0)) return -1;
        // "More than 25 postal operators, including those of Germany and Australia, have
        // suspended ...": the examples set off between commas are not the subject; its head is
        // before them
        if (w == "," && j > sent_t0 + 2) {
            for (uint32_t q = j; q > sent_t0 + 1 && j - q < 20;) {
                --q;
                if ((is_clause_punct(v, q) && !v.is(q, ",")) || v.toks[q].kind == TK::quote) break;
                if (v.is(q, ",") && (v.is(q + 1, "including") || (v.is(q + 1, "such") && v.is(q + 2, "as")))) {
                    j = q;
                    break;
                }
                // ("The proposal, which must be approved by Congress, would raise duties": a
                // relative clause set off by commas is no part of the subject)
                // (only when the verb follows its closing comma: "Herman De Croo, who said if the
                // bill passed, the community would ..." is no aside before "would")
                // (and the aside follows the sentence's opening subject: deeper in, the verb may be
                // a gerund's whose subject is elsewhere)
                if (v.is(q, ",") && (v.is(q + 1, "which") || v.is(q + 1, "who")) && q + 2 < j &&
                    q <= sent_t0 + 5 && (tok_aux(v, j + 1) || j + 1 == verb)) {
                    j = q;
                    break;
                }
            }
            continue;
        }
        // "Canada, which in July imposed ...", "Trump, who doubled ...": a relative clause's
        // subject is the name before its comma
        if ((w == "which" || w == "who") && j > sent_t0 + 1 && v.is(j - 1, ",")) {
            const int32_t a = sv::actor_at(v, j - 2);
            if (a >= 0 && v.actors[size_t(a)].t1 == j - 1 &&
                (v.actors[size_t(a)].type == sv::AType::person) == (w == "who"))
                return int32_t(v.actors[size_t(a)].key);
        }
        // ("must decide by May whether to impose definitive duties": an infinitive after "whether"
        // has the subject of the clause that decides)
        if (w == "whether" && v.is(j + 1, "to")) continue;
        if (w == "that" || w == "which" || w == "who" || w == "whether") return -1;
        // ("China has told grain traders to stop buying": "told X to" gives an order; its subject
        // is the one who gives it)
        if (w == "told" && v.is(verb - 1, "to") && verb - j < 8) continue;
        // ("he expected the two countries to reach a deal", "urged both sides to lift tariffs":
        // the infinitive's subject is the object of "expected", here no name; a named one was
        // met on the way back: "expected Ottawa to drop the tax")
        if (v.is(verb - 1, "to") && verb - j < 8 && j + 2 < verb &&
            (w == "expected" || w == "expects" || w == "expect" || w == "wants" || w == "wanted" || w == "want" ||
             w == "urged" || w == "urges" || w == "urge" || w == "asked" || w == "asks" || w == "pressed" ||
             w == "encouraged" || w == "allowed" || w == "invited" || w == "needs" || w == "needed" ||
             // ("had been urging the government to raise duties")
             w == "urging" || w == "asking" || w == "pressing" || w == "encouraging" ||
             // ("called on China to lift its ban")
             ((w == "on" || w == "upon") && j > sent_t0 &&
              (v.is(j - 1, "called") || v.is(j - 1, "calls") || v.is(j - 1, "calling") || v.is(j - 1, "call"))))) {
            // (its object right after it: "wants to amend its agreement to purchase" is the
            // subject's own wish)
            bool object = true;
            for (uint32_t q = j + 1; q + 1 < verb && object; ++q) object = !v.is(q, "to") && !is_clause_punct(v, q);
            if (object) return -1;
        }
        if (w == "said" || w == "says" || w == "told" || w == "added" || w == "saying") return -1;
        if (w == "it" || w == "they") return resolve_pronoun(v, j, sent_t0, false);
        if (w == "he" || w == "she") return resolve_pronoun(v, j, sent_t0, true);
        // ("Ontario Premier Doug Ford said the province would put a 25% surcharge on electricity":
        // the province or state named last before it in its sentence, a place that is no country)
        if ((w == "province" || w == "state") && j > sent_t0 && v.is(j - 1, "the") && !(v.toks[j].flags & sv::cap)) {
            for (uint32_t q = j - 1; q > sent_t0;) {
                --q;
                const int32_t a = sv::actor_at(v, q);
                if (a < 0) continue;
                const auto& ar = v.actors[size_t(a)];
                q = ar.t0;
                const std::vector<uint32_t>* pl = nullptr;
                if (ar.type == sv::AType::gpe && !(v.models && sv::match_at(v, v.models->place_trie, ar.t0, ar.t1, &pl)))
                    return int32_t(ar.key);
            }
            return -1;
        }
        // ("Mexican President X said her government would announce retaliatory tariffs": the
        // government of the country the person's title names)
        if ((w == "government" || w == "administration") && j > sent_t0 && (v.is(j - 1, "his") || v.is(j - 1, "her"))) {
            const int32_t p = resolve_pronoun(v, j - 1, sent_t0, true);
            for (size_t q = 0; p >= 0 && q < v.actors.size(); ++q)
                if (int32_t(v.actors[q].key) == p)
                    if (const int32_t c = title_country(v, v.actors[q]); c >= 0) return c;
            return -1;
        }
        // "the bloc plans to cut ...": the trade bloc named last (the EU, ASEAN, Mercosur)
        // ("the 27-nation bloc", "the 10-member bloc", "the trading bloc")
        uint32_t the = j;
        if (w == "bloc")
            while (the > sent_t0 + 1 && j - the < 5 &&
                   (v.toks[the - 1].kind == TK::number || v.is(the - 1, "-") || v.is(the - 1, "nation") ||
                    v.is(the - 1, "member") || v.is(the - 1, "country") || v.is(the - 1, "trading") ||
                    v.is(the - 1, "trade")))
                --the;
        if (w == "bloc" && the > sent_t0 && v.is(the - 1, "the")) {
            for (uint32_t q = j - 1; q > 0 && j - q < 600;) {
                --q;
                const int32_t b = sv::actor_at(v, q);
                if (b < 0) continue;
                const std::string& name = v.keys[v.actors[size_t(b)].key].name;
                if (trade_bloc(name)) return int32_t(v.actors[size_t(b)].key);
                q = v.actors[size_t(b)].t0;
            }
            return -1;
        }
        // "The ministry also added 14 entities ... to its list": the ministry named last (within
        // ~600 tokens) whose name holds the word, acting for its country when the name says so
        // ("The commerce ministry also placed export controls": with the ministry's field
        // before it, a named ministry counts only when its name has that field too, and with
        // none the country whose news opens the article acts through it)
        static const char* const kField[] = {"commerce", "finance", "trade", "foreign", "economy", "industry",
                                             "agriculture", "economic", "customs", nullptr};
        const bool body = (w == "ministry" || w == "department" || w == "commission" || w == "agency" ||
                           w == "government") &&
                          j > sent_t0 && !(v.toks[j].flags & sv::cap);
        const bool field = body && j > sent_t0 + 1 && in_list(v.lo(j - 1), kField) && v.is(j - 2, "the") &&
                           !(v.toks[j - 1].flags & sv::cap);
        // ("when the country banned the export of raw lithium ore": the country whose news opens
        // the article)
        // (the clause's subject, not a noun's complement: "regions of the country")
        if ((w == "country" || w == "nation") && j > sent_t0 && v.is(j - 1, "the") && !(v.toks[j].flags & sv::cap) &&
            !(j >= sent_t0 + 2 && tok_prep(v, j - 2)))
            if (const int32_t c = lede_country(v); c >= 0) return c;
        if (body && (v.is(j - 1, "the") || field)) {
            if (const int32_t b = institution_before(v, j, w, field ? v.lo(j - 1) : std::string_view());
                b >= 0)
                return acting_for(v, v.actors[size_t(b)]);
            const int32_t c = ministry_country_before(v, j, w);
            // ("The government also said it would keep its 40% duty on ...": with no country named
            // with the word, the government of the country whose news opens the article; with
            // none either, an unknown one: not a name further back, "he expects the government
            // to announce an agreement" is not his)
            return c >= 0 || !(field || w == "government") ? c : lede_country(v);
        }
        int32_t a = sv::actor_at(v, j);
        if (a < 0) continue;
        const auto& ar = v.actors[size_t(a)];
        j = ar.t0;
        if (ar.t0 > sent_t0) {
            uint32_t b = ar.t0 - 1;
            // ("against the United States", "on most Indian goods")
            while (b > sent_t0 && (tok_det(v, b) || v.is(b, "most") || v.is(b, "many") || v.is(b, "several") ||
                                   v.is(b, "certain") || v.is(b, "other") || v.is(b, "both")))
                --b;
            std::string_view before = v.lo(b);
            // ("India called on Washington to remove the tariff": who is called on to act is the
            // infinitive's subject, not an object of "on")
            const bool called_on = (before == "on" || before == "upon") && b > sent_t0 &&
                                   (v.is(b - 1, "called") || v.is(b - 1, "calls") || v.is(b - 1, "call") ||
                                    v.is(b - 1, "calling")) &&
                                   v.is(ar.t1, "to") &&
                                   (ar.t1 + 1 == verb || (ar.t1 + 2 == verb && v.lo(ar.t1 + 1).ends_with("ly")));
            if (called_on) return acting_for(v, ar);
            if (in_list(before, kPrep) && before != "by" && !clause_subject(v, ar.t0, ar.t1)) continue;
            if (before == "'s") continue;
            // ("<Pioneer Savings> of Racine, Wis., said": the state after a place of an address
            // is the address's, as the place is)
            if (before == "," && ar.type == sv::AType::gpe && b > sent_t0 + 1)
                if (const int32_t pa = sv::actor_at(v, b - 1); pa >= 0 && v.actors[size_t(pa)].t1 == b &&
                                                               v.actors[size_t(pa)].t0 > sent_t0 &&
                                                               in_list(v.lo(v.actors[size_t(pa)].t0 - 1), kPrep))
                    continue;
        }
        if (no_agent(v, ar)) continue;
        // ("Vietnam deal sets 20% tariff": the deal is the subject; the name only says whose
        // deal, not who sets the tariff)
        if (ar.t1 < verb && (v.is(ar.t1, "deal") || v.is(ar.t1, "pact") || v.is(ar.t1, "agreement") ||
                             v.is(ar.t1, "accord") || v.is(ar.t1, "truce")))
            return -1;
        return acting_for(v, ar);
    }
    return -1;
}

// Between "faces" and the measure only what describes it: "faces [a 20% U.S.] tariff", "face
// [new, higher] duties" ("faced political constraints getting such measures" is no measure faced).
bool faces_measure(const View& v, uint32_t from, uint32_t to) {
    static const char* const kAdj[] = {"new", "higher", "high", "steep", "steeper", "additional", "extra",
        "possible", "punitive", "retaliatory", "heavy", "hefty", "stiff", "import", "export", "of", "up", "to",
        "counter", "reciprocal", "fresh", "further", "more", "sweeping", "blanket", "anti", "dumping", nullptr};
    for (uint32_t k = from; k < to; ++k)
        if (!(tok_det(v, k) || v.toks[k].kind == TK::number || v.is(k, "%") || v.is(k, "-") ||
              sv::actor_at(v, k) >= 0 || in_list(v.lo(k), kAdj)))
            return false;
    return true;
}

// Words between the subject of "face" and the verb: "could", "will also", "are likely to", "are
// stuck paying".
const char* const kFaceAux[] = {"could", "would", "will", "may", "might", "also", "still", "now", "already",
    "likely", "soon", "to", "are", "is", "be", "was", "were", "been", "set", "expected", "currently", "typically",
    "usually", "stuck", "have", "has", "had",
    nullptr};

// Before "face" (after its auxiliaries), a relative clause between commas is skipped:
// "Pharmaceuticals, which Washington has exempted so far, could face a levy" -> the comma after
// "Pharmaceuticals". Returns b when there is none.
uint32_t before_aside(const View& v, uint32_t t0, uint32_t b) {
    if (b < t0 + 4 || !v.is(b - 1, ",")) return b;
    // a list between commas: "American goods, including bourbon, orange juice and motorcycles,"
    for (uint32_t q = b - 2; q > t0 + 1 && b - q < 20; --q) {
        if (is_clause_punct(v, q) && !v.is(q, ",")) break;
        if ((v.is(q, "including") || (v.is(q, "such") && v.is(q + 1, "as"))) && v.is(q - 1, ",")) return q - 1;
    }
    for (uint32_t q = b - 2; q > t0 + 1 && b - q < 16; --q) {
        if (v.is(q, ",") || is_clause_punct(v, q)) return b;
        if ((v.is(q, "which") || v.is(q, "who")) && v.is(q - 1, ",")) return q - 1;
    }
    return b;
}

// "Britain will continue to pay a 25% rate": a country (no person, firm or group of people)
// named right before the verb at `verb`, past its auxiliaries and "continue(s) to".
bool country_pays(const View& v, uint32_t sent_t0, uint32_t verb) {
    uint32_t b = verb;
    while (b > sent_t0 && (in_list(v.lo(b - 1), kFaceAux) || v.lo(b - 1).starts_with("continu"))) --b;
    b = before_aside(v, sent_t0, b);  // ("Britain, which reached a deal in May, will pay")
    if (b <= sent_t0) return false;
    const int32_t a = sv::actor_at(v, b - 1);
    return a >= 0 && v.actors[size_t(a)].t1 == b && v.actors[size_t(a)].type == sv::AType::gpe;
}

bool not_covered_at(const View& v, uint32_t i);  // (below: the bound a pact puts on goods)

// Who faces a measure: the subject of "face", or the name a ", which faces" clause follows.
int32_t facing_subject(const View& v, uint32_t verb, uint32_t sent_t0) {
    {
        uint32_t b = verb;
        while (b > sent_t0 && (in_list(v.lo(b - 1), kFaceAux) || v.lo(b - 1).starts_with("continu"))) --b;
        if (const uint32_t c = before_aside(v, sent_t0, b); c != b) {
            // what the aside follows: a name, or a thing (the goods: faced_goods reads them)
            const int32_t a = sv::actor_at(v, c - 1);
            return a >= 0 && v.actors[size_t(a)].type != sv::AType::person ? int32_t(v.actors[size_t(a)].key) : -1;
        }
    }
    if (verb >= sent_t0 + 3 && v.is(verb - 1, "which") && v.is(verb - 2, ",")) {
        int32_t a = sv::actor_at(v, verb - 3);
        // ("German carmakers, which face ...": the place of the nouns before the clause)
        for (uint32_t q = verb - 3, words = 0; a < 0 && q > sent_t0 && words < 3; --q, ++words) {
            if (v.toks[q].kind != TK::word || (v.toks[q].flags & sv::cap) || tok_prep(v, q) || tok_det(v, q)) break;
            const int32_t p = sv::actor_at(v, q - 1);
            if (p >= 0 && v.actors[size_t(p)].t1 == q &&
                (v.actors[size_t(p)].type == sv::AType::gpe || v.actors[size_t(p)].type == sv::AType::norp))
                a = p;
        }
        return a >= 0 && v.actors[size_t(a)].type != sv::AType::person ? int32_t(v.actors[size_t(a)].key) : -1;
    }
    if (verb >= sent_t0 + 4 && v.is(verb - 2, "which") && v.is(verb - 3, ",")) {  // ", which now faces"
        const int32_t a = sv::actor_at(v, verb - 4);
        return a >= 0 && v.actors[size_t(a)].type != sv::AType::person ? int32_t(v.actors[size_t(a)].key) : -1;
    }
    // ("Trump imposed a 25% tariff in August, and autos faced a 25% levy": a clause of its own
    // whose subject is a thing; the name before its ", and" faces nothing)
    {
        uint32_t b = verb;
        while (b > sent_t0 && in_list(v.lo(b - 1), kFaceAux)) --b;
        for (uint32_t q = b; q > sent_t0 + 1 && b - q < 8;) {
            --q;
            // (a place inside the thing's phrase is no subject: "goods transshipped through
            // Vietnam", and "while" before them opens their clause: "..., while goods transshipped
            // through Vietnam will face a 40% levy" faces nothing of Trump's)
            if (const int32_t a = sv::actor_at(v, q); a >= 0 && v.actors[size_t(a)].t0 > sent_t0 + 1 &&
                                                      tok_prep(v, v.actors[size_t(a)].t0 - 1) &&
                                                      !v.is(v.actors[size_t(a)].t0 - 1, "of")) {
                q = v.actors[size_t(a)].t0 - 1;
                continue;
            }
            if (sv::actor_at(v, q) >= 0 || is_clause_punct(v, q) || v.toks[q].kind == TK::quote ||
                v.is(q, "it") || v.is(q, "they") || v.is(q, "he") || v.is(q, "she") || v.is(q, "we"))
                break;
            if ((v.is(q, "and") || v.is(q, "but")) && v.is(q - 1, ",")) return -1;
            if ((v.is(q, "while") || v.is(q, "whereas")) && q + 1 < b && !tok_det(v, q + 1) &&
                sv::actor_at(v, q + 1) < 0)
                return -1;
        }
    }
    // ("Canadian goods not covered by the USMCA face ...": the pact named in the goods' bound
    // faces nothing; the goods say whose they are)
    {
        uint32_t b = verb;
        while (b > sent_t0 && in_list(v.lo(b - 1), kFaceAux)) --b;
        for (uint32_t k = b; k > sent_t0 + 1 && b - k < 9;) {
            --k;
            if (is_clause_punct(v, k) || v.toks[k].kind == TK::quote) break;
            if (v.is(k, "not") && not_covered_at(v, k)) return -1;
        }
    }
    // (not the agent of an opening phrase: "Under the deal announced by Trump on social media,
    // goods ... will face a 40% levy" read back to Trump)
    const int32_t who = subject_of(v, verb, sent_t0);
    if (who >= 0 && v.keys[size_t(who)].type == sv::AType::person)
        for (uint32_t q = verb; q > sent_t0 + 1;) {
            --q;
            const int32_t a = sv::actor_at(v, q);
            if (a < 0 || int32_t(v.actors[size_t(a)].key) != who) continue;
            if (v.actors[size_t(a)].t0 > sent_t0 && v.is(v.actors[size_t(a)].t0 - 1, "by")) return -1;
            break;
        }
    return who;
}

// Lowercase content words of a phrase, stemmed ("chips" -> "chip") and one name for a good
// (SummaryModels::same_goods), without generic words and actors.
void content_words(const View& v, uint32_t t0, uint32_t t1, std::vector<std::string>& out) {
    for (uint32_t j = t0; j < t1; ++j) {
        if (v.toks[j].kind != TK::word) continue;
        int32_t a = sv::actor_at(v, j);  // places say who, not what ("Chinese goods")
        if (a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::norp ||
                       v.actors[size_t(a)].type == sv::AType::person))
            continue;
        std::string_view w = v.lo(j);
        if (w.size() < 3 || tok_generic(v, j) || sv::tok_stop(v, j)) continue;
        // (where goods come from is no good: "cars from Asian countries" and "steel and toys from
        // those countries" share no goods)
        if (w == "countries" || w == "country" || w == "nations" || w == "nation" || w == "partners" ||
            w == "economies")
            continue;
        std::string s = goods_stem(w);
        if (v.models && !v.models->same_goods.empty())  // ("semiconductors" -> "chip")
            if (auto it = v.models->same_goods.find(s); it != v.models->same_goods.end()) s = it->second;
        out.push_back(std::move(s));
    }
}

void goods_range(const View& v, uint32_t t0, uint32_t t1, uint32_t& g0, uint32_t& g1);

// What faces a measure, when it is a thing and not a name: "U.S. goods could face tariffs",
// "a list of U.S. goods worth 21 billion euros that could face counter-tariffs" (the noun phrase a
// "that"/"which" clause follows). Its words are the goods; the place before them is the target.
[[gnu::noinline]] void faced_goods(const View& v, uint32_t t0, uint32_t verb, MeasureMention& m) {
    uint32_t b = verb;
    // (and any adverb of manner or time: "gold bars briefly faced a levy"; not a noun in -ly,
    // "the supply", "a rally")
    const auto adverb = [&](uint32_t k) {
        static const char* const kLyNouns[] = {"supply", "family", "assembly", "rally", "ally", "monopoly", "anomaly",
            "reply", "belly", "jelly", "poly", "bully", nullptr};
        const std::string_view w = v.lo(k);
        return is_word(v, k) && !(v.toks[k].flags & sv::cap) && w.size() >= 5 && w.ends_with("ly") &&
               !in_list(w, kLyNouns);
    };
    // ("Korean steel will continue to face a 50% tariff": "continue to" as facing_subject() reads it)
    while (b > t0 && (in_list(v.lo(b - 1), kFaceAux) || adverb(b - 1) || v.lo(b - 1).starts_with("continu"))) --b;
    // ("Countries not listed face a baseline tariff of 10%": the rest of the world, no goods)
    if (b >= t0 + 3 && v.is(b - 2, "not") &&
        (v.is(b - 1, "listed") || v.is(b - 1, "named") || v.is(b - 1, "mentioned") || v.is(b - 1, "included")) &&
        (v.is(b - 3, "countries") || v.is(b - 3, "nations") || v.is(b - 3, "economies") || v.is(b - 3, "partners"))) {
        m.others = true;
        return;
    }
    b = before_aside(v, t0, b);
    // ("Canadian goods not covered by the USMCA face a 35% tariff": the bound is part of the
    // goods; the pact it names is no origin or destination)
    uint32_t bound_at = 0;
    for (uint32_t k = b; k > t0 + 1 && b - k < 9;) {
        --k;
        if (is_clause_punct(v, k) || v.toks[k].kind == TK::quote) break;
        if (v.is(k, "not") && not_covered_at(v, k)) {
            bound_at = k;
            // ("goods that are not covered by ...": from the relative pronoun)
            if (k >= t0 + 2 && (v.is(k - 1, "are") || v.is(k - 1, "is") || v.is(k - 1, "were")) &&
                (v.is(k - 2, "that") || v.is(k - 2, "which")))
                bound_at = k - 2;
            break;
        }
    }
    // "Canadian goods that do not meet the rules of the pact currently face a 35% tariff": a
    // relative clause with no commas after a plural noun is skipped to that noun
    for (uint32_t q = b; q > t0 + 1 && b - q < 14; --q) {
        const uint32_t k = q - 1;
        if (is_clause_punct(v, k) || v.toks[k].kind == TK::quote) break;
        if (!(v.is(k, "that") || v.is(k, "which")) || k + 1 >= b) continue;
        const std::string_view n = v.lo(k - 1);
        if (is_word(v, k - 1) && (!(v.toks[k - 1].flags & sv::cap) || k - 1 == t0) && n.size() > 3 && n.back() == 's' &&
            !n.ends_with("ss") && tok_vc(v, k - 1) == VC::none && !sv::tok_speech(v, k - 1) && !tok_aux(v, k - 1))
            b = k;
        break;
    }
    if (b > t0 && (v.is(b - 1, "that") || v.is(b - 1, "which"))) {
        --b;
        if (b > t0 && v.is(b - 1, ",")) --b;
    } else if (b > t0 && (v.is(b - 1, "and") || v.is(b - 1, "or") || v.is(b - 1, "but"))) {
        return;  // a second verb of the subject before it: not read here
    }
    uint32_t c = bound_at ? bound_at : b;
    uint32_t from_at = 0;  // "Cars [from the EU] face a 25% levy": the origin ends the goods and is the target
    int32_t origin = -1, destination = -1;
    // (a place or a bloc: "from the EU"; an organisation before "face" is seldom a firm)
    if (const int32_t pa = b > t0 && !bound_at ? sv::actor_at(v, b - 1) : -1;
        pa >= 0 && v.actors[size_t(pa)].t1 == b && v.actors[size_t(pa)].type != sv::AType::person) {
        uint32_t q = v.actors[size_t(pa)].t0;
        if (q > t0 && v.is(q - 1, "the")) --q;
        if (q > t0 + 1 && v.is(q - 1, "from")) {
            from_at = q - 1;
        } else if (q > t0 + 2 && (v.is(q - 1, "through") || v.is(q - 1, "via")) &&
                   (v.is(q - 2, "transshipped") || v.is(q - 2, "routed") || v.is(q - 2, "rerouted") ||
                    v.is(q - 2, "shipped") || v.is(q - 2, "sent"))) {
            // ("Goods transshipped through Vietnam will face a 40% levy": the transit place is the
            // one the measure is on, the participle part of the goods)
            from_at = q - 1;
        } else if (q > t0 + 2 && v.is(q - 1, "in") &&  // "Shoes made in Vietnam face ..."
                   (v.is(q - 2, "made") || v.is(q - 2, "produced") || v.is(q - 2, "built") ||
                    v.is(q - 2, "manufactured") || v.is(q - 2, "assembled") || v.is(q - 2, "grown"))) {
            from_at = q - 2;
        }
        if (from_at) {
            origin = pa;
            c = from_at;
        } else if (q > t0 + 2 && (v.is(q - 1, "to") || v.is(q - 1, "into")) &&
                   v.actors[size_t(pa)].type == sv::AType::gpe &&
                   (in_list(v.lo(q - 2), kTradeFlow) || v.is(q - 2, "goods") || v.is(q - 2, "products"))) {
            // "most EU exports to the United States face a 15% tariff": the destination ends the
            // goods and imposes the measure
            from_at = q - 1;
            destination = pa;
            c = from_at;
        } else if (q > t0 + 3 && (v.is(q - 1, "to") || v.is(q - 1, "into")) &&
                   v.actors[size_t(pa)].type == sv::AType::gpe &&
                   (v.is(q - 2, "shipped") || v.is(q - 2, "sent") || v.is(q - 2, "sold") || v.is(q - 2, "exported") ||
                    v.is(q - 2, "delivered")) &&
                   (in_list(v.lo(q - 3), kTradeFlow) || v.is(q - 3, "goods") || v.is(q - 3, "products"))) {
            // ("Vietnamese goods shipped to the United States will face a 20% tariff": the same,
            // the participle no part of the goods)
            from_at = q - 2;
            destination = pa;
            c = from_at;
        }
    }
    // "Goods transshipped through Indonesia from third countries to avoid higher duties would face
    // a 40% tariff": goods or a trade flow opening the sentence are the subject from there, their
    // prepositions their own (the walk back below stops at the first); a purpose clause after
    // them ("to avoid ...") is not part of them
    bool opening = !from_at && c == b && b > t0 + 2 &&
                   (v.is(t0, "goods") || v.is(t0, "products") || in_list(v.lo(t0), kTradeFlow));
    for (uint32_t q = t0 + 1; q < b && opening; ++q)
        opening = !is_clause_punct(v, q) && v.toks[q].kind != TK::quote && !tok_aux(v, q) && !sv::tok_speech(v, q);
    if (opening) {
        c = t0;
        for (uint32_t q = t0 + 1; q + 1 < b; ++q)
            if (v.is(q, "to") && is_word(v, q + 1) && !(v.toks[q + 1].flags & sv::cap) && !tok_det(v, q + 1) &&
                sv::actor_at(v, q + 1) < 0) {
                b = q;
                break;
            }
    }
    uint32_t inbound_at = 0;  // "vehicles [imported into the EU] from China face": the participle
    for (uint32_t steps = 0; c > t0 && steps < 10; ++steps) {
        const uint32_t k = c - 1;
        if (v.is(k, ")")) {  // "goods worth 21 billion euros ($23.9 billion)"
            uint32_t q = k;
            while (q > t0 && !v.is(q, "(") && k - q < 8) --q;
            if (!v.is(q, "(")) break;
            c = q;
            continue;
        }
        // "Imports above the quota will face a 50% tariff": a threshold is part of the thing
        const auto threshold = [&](uint32_t q) {
            return v.is(q, "above") || v.is(q, "beyond") || v.is(q, "outside") || v.is(q, "exceeding");
        };
        if (threshold(k) || (tok_det(v, k) && k > t0 && threshold(k - 1))) {
            c = threshold(k) ? k : k - 1;
            continue;
        }
        // ("Steel, aluminum and copper face 50% tariffs": a list's comma, with its "and" read)
        if (v.is(k, ",") && k > t0 && is_word(v, k - 1) && tok_vc(v, k - 1) == VC::none && !tok_aux(v, k - 1) &&
            sv::actor_at(v, k - 1) < 0 && is_word(v, c) && !v.is(c, "and") && !v.is(c, "or")) {
            bool listed = false;
            for (uint32_t q = c; q < b && !listed; ++q) listed = v.is(q, "and") || v.is(q, "or");
            if (listed) {
                c = k;
                continue;
            }
        }
        // ("battery electric vehicles imported into the EU from China have faced duties": the
        // place goods are brought into imposes the measure, the participle no part of the goods)
        if (!inbound_at && k > t0 + 2) {
            const int32_t pa = sv::actor_at(v, k);
            if (pa >= 0 && v.actors[size_t(pa)].t1 == k + 1 && v.actors[size_t(pa)].type != sv::AType::person &&
                v.actors[size_t(pa)].type != sv::AType::norp) {
                uint32_t q = v.actors[size_t(pa)].t0;
                if (q > t0 && v.is(q - 1, "the")) --q;
                if (q > t0 + 2 && (v.is(q - 1, "into") || v.is(q - 1, "to")) &&
                    (v.is(q - 2, "imported") || v.is(q - 2, "shipped") || v.is(q - 2, "sold") ||
                     v.is(q - 2, "exported") || v.is(q - 2, "brought") || v.is(q - 2, "sent") ||
                     v.is(q - 2, "entering"))) {
                    inbound_at = q - 2;
                    if (destination < 0) destination = pa;
                    c = q - 2;
                    continue;
                }
            }
        }
        // (nor a reporting verb: "Canada said American goods could face ...")
        // ("Imports ... will face": a trade flow is the thing, though "imports" is a verb form too)
        if (is_clause_punct(v, k) || tok_det(v, k) || (tok_prep(v, k) && !v.is(k, "worth")) ||
            v.toks[k].kind == TK::quote || (tok_vc(v, k) != VC::none && !in_list(v.lo(k), kTradeFlow)) ||
            tok_aux(v, k) || sv::tok_speech(v, k) ||
            v.is(k, "while") || v.is(k, "whereas") ||  // ("..., while most textiles will be charged 35%")
            ((v.is(k, "which") || v.is(k, "whom")) && k > t0) ||  // ("a deal under which most EU exports ... face")
            v.is(k, "though") || v.is(k, "although") ||  // ("..., though Canadian energy was charged 10%")
            ((v.is(k, "and") || v.is(k, "but")) && k > t0 && v.is(k - 1, ",")))  // (", and autos faced")
            break;
        c = k;
    }
    while (c < b && v.toks[c].kind == TK::punct) ++c;
    // ("Which sectors face separate duties?": a question's subject names nothing)
    if (c < b && (v.is(c, "which") || v.is(c, "what") || v.is(c, "whose"))) return;
    uint32_t e = from_at && from_at > c ? from_at : b;
    if (inbound_at > c && inbound_at < e) e = inbound_at;
    if (e > c && v.is(e - 1, ")"))  // a closing aside is no part of the goods
        for (uint32_t q = e - 1; q > c; --q)
            if (v.is(q - 1, "(")) { e = q - 1; break; }
    while (e > c && (v.toks[e - 1].kind == TK::punct)) --e;
    // (the goods' own last word before a bound: "Canadian [goods] not covered by the USMCA")
    const uint32_t last = bound_at > c && bound_at < e ? bound_at : e;
    // a thing: its last word lower-case ("goods", "panels"), not a name ("Acme could face ..."),
    // unless it opens the sentence and is a traded good ("Pharmaceuticals, which ..., could face")
    if (e <= c || !is_word(v, last - 1)) return;
    // ("Steel exempt from the tariff will still face quotas": a measure is no good)
    if (v.is(last - 1, "tariff") || v.is(last - 1, "tariffs") || v.is(last - 1, "duty") || v.is(last - 1, "duties") ||
        v.is(last - 1, "levy") || v.is(last - 1, "levies"))
        return;
    // (or a plural noun opening the sentence that names nobody: "Buses will face a 10% duty")
    if (v.toks[last - 1].flags & sv::cap) {
        const std::vector<uint32_t>* pl = nullptr;
        const std::string_view w = v.lo(last - 1);
        const bool plural = last - 1 == t0 && c == t0 && w.size() > 3 && w.back() == 's' && !w.ends_with("ss") &&
                            sv::actor_at(v, t0) < 0 && v.toks[t0].kind == TK::word;
        if (!(last - 1 == t0 && v.models && match_at(v, v.models->goods_trie, t0, last, &pl) == 1) && !plural) return;
    }
    // ("Most other Canadian goods not covered by the pact face a 25% levy": whose goods they are
    // is read past the quantifiers)
    uint32_t owner_at = c;
    while (owner_at + 1 < e && (v.is(owner_at, "most") || v.is(owner_at, "many") || v.is(owner_at, "some") ||
                                v.is(owner_at, "all") || v.is(owner_at, "other") || v.is(owner_at, "several") ||
                                v.is(owner_at, "remaining")))
        ++owner_at;
    int32_t a = sv::actor_at(v, owner_at);
    bool place = a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::norp);
    // (past a quantifier, a bloc or a company names whose goods they are: "Most EU goods face")
    if (owner_at > c && a >= 0 && !place) a = -1;
    if (a >= 0 && !place) return;  // "Acme could face ...": a company, not goods
    if (place && sv::actor_at(v, last - 1) == a) return;  // only the place: the target, read already
    if (place && m.target < 0) m.target = int32_t(v.actors[size_t(a)].key);
    const bool ends_at_place = e == from_at || (inbound_at && e == inbound_at);
    if (origin >= 0 && m.target < 0 && ends_at_place) m.target = int32_t(v.actors[size_t(origin)].key);
    if (const int32_t d = destination >= 0 ? int32_t(v.actors[size_t(destination)].key) : -1;
        d >= 0 && m.imposer < 0 && ends_at_place && d != m.target)
        m.imposer = d;
    // "The Japanese government, which faces ...", "Chinese exporters could face ...": a party, not goods
    static const char* const kParty[] = {"government", "governments", "administration", "authorities", "officials",
        "company", "companies", "firm", "firms", "exporters", "importers", "producers", "manufacturers", "makers",
        "carmakers", "automakers", "farmers", "country", "countries", "nation", "nations", "economy", "economies",
        "allies", "partners", "people", "consumers", "businesses", "industry", "industries", "sector", "bloc",
        "state", "states", "group", "groups", "workers", "investors", "traders", "shoppers", "buyers", "retailers",
        "households", "families", "analysts", "it", "they", "we", "them", "us", "him", "her", nullptr};
    if (in_list(v.lo(opening ? c : last - 1), kParty)) return;  // (an opening subject's head is its first word)
    uint32_t g0 = c, g1 = e;
    goods_range(v, c, e, g0, g1);
    if (g1 <= g0) return;
    m.goods = v.cut(g0, g1);
    content_words(v, g0, g1, m.goods_words);
    // ("Goods transshipped through Vietnam from third countries will face a 40% tariff": the
    // transit place inside the goods is the one the measure is on, as when it ends them)
    if (m.target < 0)
        for (uint32_t k = g0 + 1; k + 1 < g1; ++k) {
            if (!(v.is(k, "through") || v.is(k, "via")) ||
                !(v.is(k - 1, "transshipped") || v.is(k - 1, "routed") || v.is(k - 1, "rerouted") ||
                  v.is(k - 1, "shipped") || v.is(k - 1, "sent")))
                continue;
            const int32_t a = sv::actor_at(v, k + 1 + (v.is(k + 1, "the") ? 1 : 0));
            if (a >= 0 && v.actors[size_t(a)].type == sv::AType::gpe) m.target = int32_t(v.actors[size_t(a)].key);
            break;
        }
}

// "Steel and aluminium will remain subject to a 50% U.S. tariff": the clause's subject is what
// the measure falls on (the goods, or the target when it is a place), and the verb before
// "subject" gives the status (remain, are: in force; will be: announced; could be: threatened).
[[gnu::noinline]] void subject_to(const View& v, uint32_t t0, uint32_t trigger, MeasureMention& m, std::string& st) {
    uint32_t at = 0;  // "subject"
    for (uint32_t k = trigger; k >= t0 + 2 && k + 6 > trigger; --k)
        if (v.is(k - 1, "to") && v.is(k - 2, "subject") && faces_measure(v, k, trigger)) { at = k - 2; break; }
    if (!at) return;
    static const char* const kAux[] = {"will", "would", "could", "may", "might", "also", "still", "now", "be", "been",
        "remain", "remains", "remained", "is", "are", "was", "were", "stay", "stays", "not", "already",
        "has", "have", "had", nullptr};
    uint32_t b = at;
    bool modal = false, future = false, negated = false, pluperfect = false;
    while (b > t0 && in_list(v.lo(b - 1), kAux)) {
        const std::string_view w = v.lo(b - 1);
        modal |= w == "could" || w == "may" || w == "might";
        future |= w == "will" || w == "would";
        negated |= w == "not";
        pluperfect |= w == "had";
        --b;
    }
    if (b == at || negated) return;  // no verb before "subject": a noun phrase ("subject to approval")
    // "... found in violation by officials in Maine and be subject to sanctions": a verb phrase
    // joined to another one has that one's subject and modality, not read here
    if (b > t0 && (v.is(b - 1, "and") || v.is(b - 1, "or") || v.is(b - 1, "to") || tok_prep(v, b - 1))) return;
    const bool be_only = v.is(at - 1, "be");
    st = modal ? "threatened" : (future && be_only ? "announced" : "in_force");
    // The subject: back from the verb to the clause's start.
    uint32_t c = b;
    // ("X said steel and aluminum would remain subject to ...": a reporting verb opens the clause)
    while (c > t0 && !is_clause_punct(v, c - 1) && !v.is(c - 1, "that") && !v.is(c - 1, "which") && b - c < 8 &&
           !(sv::tok_speech(v, c - 1) && !(v.toks[c - 1].flags & sv::cap)))
        --c;
    // (", while steel and aluminium will remain subject to ...": the conjunction opens the clause)
    while (c < b && (v.is(c, "while") || v.is(c, "whereas") || v.is(c, "although") || v.is(c, "but") ||
                     v.is(c, "and") || v.is(c, "though")))
        ++c;
    // (a list item's bullet, "• Steel and aluminum remain subject to ...", is no part of the goods)
    while (c < b && v.toks[c].kind == TK::punct) ++c;
    // ("had been subject to a 27.5% levy": the rate before the one now in force, history only)
    if (pluperfect) m.background = true;
    // ("including cars, which had been subject to a 27.5% levy": the relative pronoun's
    // antecedent, the words before its comma up to a preposition, determiner or punctuation)
    if (c == b && c >= t0 + 3 && v.is(c - 1, "which") && v.is(c - 2, ",")) {
        uint32_t a0 = c - 2;
        while (a0 > t0 && c - 2 - a0 < 4 && v.toks[a0 - 1].kind == TK::word && !tok_prep(v, a0 - 1) &&
               !tok_det(v, a0 - 1) && !v.is(a0 - 1, "including") && !v.is(a0 - 1, "and"))
            --a0;
        if (a0 < c - 2 && m.goods.empty() && sv::actor_at(v, a0) < 0) {
            m.goods = v.cut(a0, c - 2);
            content_words(v, a0, c - 2, m.goods_words);
        }
        return;
    }
    if (c == b || tok_prep(v, c)) return;
    // "Canada will be subject to ...": a target; "Chinese solar panels could be ...": goods, and
    // the place or nationality before them the target
    const int32_t a = sv::actor_at(v, c + (tok_det(v, c) ? 1 : 0));
    const bool place = a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::norp);
    if (place && m.target < 0) m.target = int32_t(v.actors[size_t(a)].key);
    if ((a < 0 || (place && sv::actor_at(v, b - 1) != a)) && m.goods.empty()) {
        m.goods = v.cut(c, b);
        content_words(v, c, b, m.goods_words);
    }
}

// The goods within an object phrase [t0, t1): without leading prepositions ("from", "of") and
// trailing joiners ("U.S. chips and"); empty when what is left names no thing: only function words,
// or only an amount ("4.1 mln barrels", "to 96,000 tonnes": a quota's size, not its goods).
void goods_range(const View& v, uint32_t t0, uint32_t t1, uint32_t& g0, uint32_t& g1) {
    g0 = t0;
    g1 = t1;
    // "on as much as 300 mln dlrs in Japanese exports": the value is not the goods
    Amount am;
    if (const uint32_t n = amount_at(v, g0, g1, &am); n && am.money) {
        uint32_t k = skip_conversion(v, g0 + n, g1);
        if (v.is(k, "worth") && v.is(k + 1, "of")) k += 2;
        else if (v.is(k, "in") || v.is(k, "of")) ++k;
        if (k > g0 + n && k < g1 && !v.is(k - 1, ")")) g0 = k;
    }
    while (g0 < g1 && ((tok_prep(v, g0) && sv::actor_at(v, g0) < 0) || v.is(g0, "more") ||
                       v.toks[g0].kind == TK::quote))
        ++g0;  // "buy more X"; an opening quote mark
    // ("apply to streaming services or only to films": the adverb before a second object)
    while (g1 > g0 && (v.is(g1 - 1, "and") || v.is(g1 - 1, "or") || v.is(g1 - 1, ",") || v.is(g1 - 1, "only") ||
                       ((tok_prep(v, g1 - 1) || tok_det(v, g1 - 1)) && sv::actor_at(v, g1 - 1) < 0)))
        --g1;
    // ("imports of cars, auto parts, steel, textiles and other goods from China and other Asian
    // [countries]": a long phrase that the object's length limit cut in the middle of a word
    // group ends before the origin its goods come from; the origin still names the target)
    if (g1 >= g0 + 15 && g1 < v.toks.size() && is_word(v, g1) && !(v.toks[g1].flags & sv::cap) &&
        !tok_prep(v, g1) && !is_boundary_word(v, g1))
        for (uint32_t f = g1 - 1; f > g0 + 1; --f)
            if (v.is(f, "from") && sv::actor_at(v, f + 1) >= 0) {
                g1 = f;
                break;
            }
    // ("cars, textiles and steel from countries including China, South Korea and India": an
    // origin told by a generic plural is where the goods come from, its examples the targets)
    for (uint32_t f = g0 + 1; f + 1 < g1; ++f) {
        if (!v.is(f, "from")) continue;
        // (only before its examples: "from countries without trade agreements", "from all
        // countries" stay the goods' own bound)
        bool generic = false;
        for (uint32_t q = f + 1; q + 1 < g1 && q <= f + 3 && !generic; ++q) {
            if (!is_word(v, q) || (v.toks[q].flags & sv::cap) || sv::actor_at(v, q) >= 0) break;
            generic = (v.is(q, "countries") || v.is(q, "nations") || v.is(q, "economies") || v.is(q, "suppliers") ||
                       v.is(q, "exporters") || v.is(q, "producers") || v.is(q, "partners")) &&
                      (v.is(q + 1, "including") || v.is(q + 1, "like") || (v.is(q + 1, "such") && v.is(q + 2, "as")));
        }
        if (generic) {
            g1 = f;
            break;
        }
    }
    const uint32_t n = amount_at(v, g0, g1);
    bool thing = false;
    for (uint32_t k = g0 + n; k < g1 && !thing; ++k)
        thing = v.toks[k].kind == TK::word && !tok_det(v, k) && !tok_prep(v, k) && !v.is(k, "and") && !v.is(k, "or");
    // "exempt from tariffs on both sides": the parties, no goods
    if (thing && g1 == g0 + 2 + n && (v.is(g1 - 1, "sides") || v.is(g1 - 1, "side")) &&
        (v.is(g1 - 2, "both") || v.is(g1 - 2, "each") || v.is(g1 - 2, "either") || v.is(g1 - 2, "all") ||
         v.is(g1 - 2, "two")))
        thing = false;
    if (!thing) g0 = g1;
}

// "Washington exempted Korean steel from the 25% tariff", "asked Washington to exempt its steel
// from a 25% tariff": what is exempted is what the measure no longer falls on (its goods, the
// place before them its target); who exempts is its imposer; done, the measure is lifted for them.
// ("Steel exempt from the tariff": an adjective with no object, read elsewhere.)
// ("The United States exempted refined copper from a 50% tariff on copper products": a measure
// with goods of its own stays on them, in its own status; the exempter still imposes it.)
void exempted_from(const View& v, const sv::Sent& s, uint32_t np0, MeasureMention& m) {
    if (m.kind != "tariff" || np0 < s.t0 + 3) return;
    const bool own_goods = !m.goods.empty();
    uint32_t f = np0 - 1;
    if (tok_det(v, f)) --f;
    if (!v.is(f, "from")) return;
    uint32_t verb = 0;
    // (over a list's commas: "exempted smartphones, computers and other electronics from")
    for (uint32_t q = f; q > s.t0 && f - q < 12;) {
        --q;
        if ((is_clause_punct(v, q) && !v.is(q, ",")) || v.toks[q].kind == TK::quote) return;
        if (verb_form(v.lo(q), "exempt") || verb_form(v.lo(q), "spare")) {
            verb = q;
            break;
        }
    }
    if (!verb || verb + 1 >= f) return;
    uint32_t g0 = verb + 1, g1 = f;
    if (v.is(g0, "its") || v.is(g0, "their")) ++g0;  // (whose goods: the owner, not a good)
    goods_range(v, g0, g1, g0, g1);
    if (g1 <= g0) return;
    // (a party exempted is the target: "exempted Canada from the tariff")
    const int32_t a = sv::actor_at(v, g0);
    // ("refused to exempt India from its steel duties": "its" read as the party exempted; the
    // party is the target, whoever exempts it the imposer)
    if (a >= 0 && v.actors[size_t(a)].t1 >= g1 && v.actors[size_t(a)].type != sv::AType::person &&
        (int32_t(v.actors[size_t(a)].key) == m.imposer || (own_goods && m.target < 0))) {
        if (int32_t(v.actors[size_t(a)].key) == m.imposer) m.imposer = -1;
        m.target = int32_t(v.actors[size_t(a)].key);
    }
    if (own_goods) {
        // (only who exempts, below)
    } else if (a >= 0 && v.actors[size_t(a)].t1 >= g1) {
        if (m.target < 0 && v.actors[size_t(a)].type != sv::AType::person) m.target = int32_t(v.actors[size_t(a)].key);
    } else {
        m.goods = v.cut(g0, g1);
        m.exempted = true;
        content_words(v, g0, g1, m.goods_words);
        for (uint32_t q = g0; q < g1 && m.target < 0; ++q)
            if (const int32_t pa = sv::actor_at(v, q);
                pa >= 0 && (v.actors[size_t(pa)].type == sv::AType::gpe || v.actors[size_t(pa)].type == sv::AType::norp))
                m.target = int32_t(v.actors[size_t(pa)].key);
    }
    // (who exempts: the name just before the verb, or before "to" + the verb; or before a verb or
    // noun of will before "to": "Washington refused to exempt", "Washington's refusal to exempt")
    uint32_t b = verb;
    if (b > s.t0 && v.is(b - 1, "to")) --b;
    if (m.imposer < 0 && b > s.t0)
        if (const int32_t ia = sv::actor_at(v, b - 1); ia >= 0 && v.actors[size_t(ia)].type != sv::AType::norp &&
                                                        int32_t(v.actors[size_t(ia)].key) != m.target)
            m.imposer = int32_t(v.actors[size_t(ia)].key);
    if (m.imposer < 0 && b < verb && b >= s.t0 + 2) {
        static const char* const kWill[] = {"refused", "refuses", "refusal", "declined", "declines", "agreed",
            "agrees", "decided", "decides", "decision", "plans", "planned", "offered", "offers", "failed", "fails",
            "failure", "wants", "wanted", nullptr};
        if (in_list(v.lo(b - 1), kWill)) {
            uint32_t q = b - 1;
            if (q > s.t0 && (v.is(q - 1, "'s") || v.is(q - 1, "\u2019s"))) --q;
            if (const int32_t ia = sv::actor_at(v, q - 1); ia >= 0 && v.actors[size_t(ia)].t1 == q &&
                                                            v.actors[size_t(ia)].type != sv::AType::norp &&
                                                            int32_t(v.actors[size_t(ia)].key) != m.target)
                m.imposer = int32_t(v.actors[size_t(ia)].key);
        }
    }
    if (!own_goods && is_past(v.lo(verb)) && b == verb && (m.status == "unknown" || m.status == "in_force")) {
        m.status = "lifted";
        if (m.direction.empty()) m.direction = "remove";
    }
    // ("The United States exempts goods that comply with the pact from its 35% tariff on Canadian
    // imports": a measure with goods of its own that some goods are exempted from stands, for the
    // rest; not one a party "will exempt" goods from, which may be a plan)
    static const char* const kNotYet[] = {"will", "would", "could", "can", "may", "might", "should", "to", nullptr};
    if (own_goods && m.status == "unknown" && b == verb && !in_list(v.lo(verb - 1), kNotYet) &&
        (is_past(v.lo(verb)) || v.lo(verb).ends_with("s")))
        m.status = "in_force";
}

// ---- 2. Reason, condition, time ----------------------------------------------------------------------
// A deal's noun at token k that only bounds goods named before it ("goods not covered by the
// USMCA trade pact", "goods exempt under the agreement", "without a deal", "countries that do not
// have trade agreements"): within the four
// tokens before k, down to `lo`. Another measure's noun ends a mention's change and reason;
// this one does not.
bool bounding_deal_word(const View& v, uint32_t k, uint32_t lo) {
    // (the words before a deal's name: "not covered by the United States-Mexico-Canada Agreement")
    // (also a name the tagger cut: "the Pacific Alliance Trade Agreement", its capitalized words)
    if (const int32_t a = sv::actor_at(v, k); a >= 0 && v.actors[size_t(a)].t0 < k) k = v.actors[size_t(a)].t0;
    // (a pact's kind before its noun: "the Andean trade pact", "a free trade agreement")
    while (k > lo + 1 && (v.is(k - 1, "trade") || v.is(k - 1, "free")) && !(v.toks[k].flags & sv::cap)) --k;
    if (k > lo + 1 && !(v.toks[k].flags & sv::cap) && (v.toks[k - 1].flags & sv::cap) && v.toks[k - 1].kind == TK::word) --k;
    if (v.toks[k].flags & sv::cap)
        while (k > lo + 1 && (v.toks[k - 1].flags & sv::cap) && v.toks[k - 1].kind == TK::word) --k;
    for (uint32_t q = k; q > lo && q + 5 > k;) {
        --q;
        if (v.is(q, "covered") || v.is(q, "under") || v.is(q, "without") || v.is(q, "compliant") || v.is(q, "comply"))
            return true;
        // ("goods from Asian countries that do not have trade agreements with Mexico")
        if ((v.is(q, "have") || v.is(q, "has")) && q > lo && (v.is(q - 1, "not") || v.is(q - 1, "no"))) return true;
    }
    return false;
}

// A bare noun as the object of the verb before i: "the agreement removed uncertainty for
// exporters" (not a preposition, adverb, conjunction or auxiliary: "the ban lifted in May", "the
// curbs imposed unilaterally", "the duties removed earlier").
bool bare_object(const View& v, uint32_t i) {
    if (i >= v.toks.size() || v.toks[i].kind != TK::word || (v.toks[i].flags & sv::cap)) return false;
    const std::string_view w = v.lo(i);
    static const char* const kNot[] = {"earlier", "later", "last", "this", "next", "and", "or", "but", "so", "as",
                                       "since", "until", "after", "before", "when", "while", "because", "then",
                                       "together", "only", "just", "too", "again", "already", "yet", "here", "there", "today",
                                       "yesterday", "tomorrow", "overnight", "abroad", "unilaterally", nullptr};
    return !tok_prep(v, i) && !tok_aux(v, i) && !w.ends_with("ly") && !in_list(w, kNot) && w.size() > 2;
}

// "takes effect", "came into force", "kicks in", "goes into effect" at token i: a measure
// starting to apply.
bool takes_effect_at(const View& v, uint32_t i) {
    if (v.is(i, "take") || v.is(i, "takes") || v.is(i, "took") || v.is(i, "taking")) return v.is(i + 1, "effect");
    if (v.is(i, "kick") || v.is(i, "kicks") || v.is(i, "kicked")) return v.is(i + 1, "in");
    const bool go = v.is(i, "come") || v.is(i, "comes") || v.is(i, "came") || v.is(i, "go") || v.is(i, "goes") ||
                    v.is(i, "went") || v.is(i, "enter") || v.is(i, "enters") || v.is(i, "entered");
    return go && (v.is(i + 1, "into") || v.is(i + 1, "in")) && (v.is(i + 2, "force") || v.is(i + 2, "effect"));
}

// Who signed or issued the document `noun` in sentence s ("after President X signed an executive
// order", "the ministry issued a notice"): the actor just before the verb (past a title), or -1.
int32_t document_signer(const View& v, const sv::Sent& s, std::string_view noun, int32_t not_key) {
    for (uint32_t k = s.t0 + 1; k < s.t1; ++k) {
        if (v.lo(k) != noun) continue;
        for (uint32_t q = k; q > s.t0 && q + 4 > k;) {
            --q;
            const std::string_view w = v.lo(q);
            if (!(w == "signed" || w == "issued" || w == "signs" || w == "issues" || w == "published")) continue;
            for (uint32_t b = q; b > s.t0 && b + 3 > q;) {
                --b;
                const int32_t a = sv::actor_at(v, b);
                if (a < 0) {
                    if (tok_aux(v, b)) continue;  // ("X has signed")
                    break;
                }
                const auto& ar = v.actors[size_t(a)];
                if (ar.type != sv::AType::norp && int32_t(ar.key) != not_key) return int32_t(ar.key);
                break;
            }
            return -1;
        }
    }
    return -1;
}

// End of a clause that starts at i: the next sentence-internal boundary.
uint32_t clause_end(const View& v, uint32_t i, uint32_t end, uint32_t max_len) {
    uint32_t j = i;
    for (; j < end && j < i + max_len; ++j) {
        std::string_view w = v.lo(j);
        if (w == ";" || w == ":" || w == "." || w == "(" || w == "—" || w == "\xe2\x80\x94") break;
        if (w == "," && j > i) {
            // "imposed after an investigation, range from 7.8% to 35.3%": the sentence's verb
            if (double lo, hi; j + 1 < end && range_verb(v.lo(j + 1)) && rate_range_at(v, j + 2, end, lo, hi, true)) break;
            // ("set after an investigation under Section 301, start at $50 per net ton": a verb
            // and its level, "at" or "from" an amount)
            if (double x; j + 3 < end && is_word(v, j + 1) && (v.is(j + 2, "at") || v.is(j + 2, "from"))) {
                uint32_t n;
                if (amount_at(v, j + 3, end, nullptr) || sv::percent_at(v, j + 3, end, x, n)) break;
            }
            // ("on national security grounds, days before he left office": a time after the comma)
            if (j + 2 < end && (v.is(j + 1, "days") || v.is(j + 1, "weeks") || v.is(j + 1, "months") ||
                                v.is(j + 1, "hours") || v.is(j + 1, "years")) &&
                (v.is(j + 2, "before") || v.is(j + 2, "after") || v.is(j + 2, "later") || v.is(j + 2, "earlier")))
                break;
            // (", bond traders said": a reporting clause)
            bool reporting = false;
            for (uint32_t k = j + 1; k < end && k < j + 6 && !reporting; ++k) {
                if (is_clause_punct(v, k) || v.toks[k].kind == TK::quote || v.is(k, ",")) break;
                reporting = sv::tok_speech(v, k) && !(v.toks[k].flags & sv::cap);
            }
            if (reporting) break;
            // ", a move that", ", citing", ", saying": a new clause; ", and X" in a list continues
            if (j + 1 < end && is_word(v, j + 1) && !tok_det(v, j + 1) && !is_boundary_word(v, j + 1) &&
                !sv::tok_speech_ing(v, j + 1) && !is_ing(v.lo(j + 1)) && !(v.toks[j + 1].flags & sv::cap))
                continue;
            break;
        }
        if (v.toks[j].kind == TK::quote && j > i) {
            // ('what he called a "witch hunt" against X': a few quoted words inside the clause)
            uint32_t k = j + 1;
            if ((v.toks[j].flags & sv::open_q) && !(v.toks[j].flags & sv::close_q))
                while (k < end && k < j + 6 && v.toks[k].kind == TK::word) ++k;
            if (k > j + 1 && k < end && k + 1 < end && v.toks[k].kind == TK::quote && (v.toks[k].flags & sv::close_q) &&
                !(v.toks[k].flags & sv::open_q) && is_word(v, k + 1)) {
                j = k;
                continue;
            }
            break;
        }
        if (j > i && (w == "in" && (v.is(j + 1, "exchange") || v.is(j + 1, "return")))) break;
        if (j > i && (w == "unless" || w == "if" || w == "citing" || w == "prompting")) break;
        // ("aimed at cooling competition and will pave the way for ...": the subject's next predicate)
        if (j > i && w == "and" && j + 1 < end && tok_aux(v, j + 1) && !v.is(j + 1, "to") &&
            !(v.toks[j + 1].flags & sv::cap))  // ("in April and May": the month)
            break;
    }
    return j;
}

// The clause holding token `verb` opens with "unless" or "if" (within the six tokens before it,
// no comma between): "unless Washington lifts its levies".
bool conditional_clause(const View& v, uint32_t lo, uint32_t verb) {
    for (uint32_t q = verb; q > lo && verb - q < 6;) {
        --q;
        if (v.is(q, ",") || is_clause_punct(v, q)) return false;
        if (v.is(q, "unless") || v.is(q, "if")) return true;
    }
    return false;
}

// A cue and its length; `purpose` for one that says what the measure is for ("in a bid to",
// "aimed at"), not what caused it: its words name no issue of the reason (a cause's issues keep
// two measures apart when they differ, a purpose's need not).
struct Cue {
    uint32_t start = 0, len = 0;
    bool purpose = false;
};

// "raised tariffs on steel to protect local mills": a verb of protecting or pressing right after
// "to" is the measure's purpose (not a forecast's "expected to reduce imports", an effect). Read
// only when a verb before the measure governs it: "a tax to offset tax cuts arouses opposition"
// has the measure for its subject, and the "to" clause says which tax.
bool purpose_to(const View& v, uint32_t i, uint32_t end, Cue& c) {
    if (!v.is(i, "to") || i == 0 || i + 2 >= end || tok_aux(v, i - 1) || v.toks[i - 1].kind != TK::word) return false;
    static const char* const kPurpose[] = {"protect", "shield", "safeguard", "curb", "stem", "counter",
        "offset", "support", "reduce", "combat", "prevent", "deter", "pressure", "force", "narrow",
        "encourage", "discourage", "bolster", "revive", "fight", "tackle", "level", nullptr};
    static const char* const kForecast[] = {"expected", "likely", "unlikely", "set", "due", "going", "able",
        "poised", "seen", "forecast", "estimated", "projected", "tipped", "used", "needed", "enough",
        "continue", "continues", "continued", "want", "wants", "wanted", "plan", "plans", "planned", "aim",
        "aims", "seeks", "sought", "try", "tries", "tried", "hope", "hopes", "helped", "help", "helps", nullptr};
    if (!in_list(v.lo(i + 1), kPurpose) || (v.toks[i + 1].flags & sv::cap) || in_list(v.lo(i - 1), kForecast)) return false;
    c = {i, 1, true};
    return true;
}

// Causal cue at token i: "over", "in retaliation for", "because of", "citing", "on ... grounds".
bool reason_cue(const View& v, uint32_t i, uint32_t end, Cue& c) {
    std::string_view w = v.lo(i);
    auto at = [&](uint32_t k, const char* s) { return k < end && v.lo(k) == s; };
    if (w == "in" && (at(i + 1, "retaliation") || at(i + 1, "response")) && (at(i + 2, "for") || at(i + 2, "to") || at(i + 2, "against"))) {
        c = {i, 3};
        return true;
    }
    if (w == "because" && at(i + 1, "of")) { c = {i, 2}; return true; }
    // ("saying it was partly a response to what he called a witch hunt", "as retaliation for";
    // not "could prompt retaliation against the United States", a consequence)
    if (w == "a" && at(i + 1, "response") && at(i + 2, "to")) { c = {i, 3}; return true; }
    if (w == "retaliation" && at(i + 1, "for") && i > 0 && v.is(i - 1, "as")) {
        c = {i, 2};
        return true;
    }
    if (const uint32_t n = linked_issue(v, i, end)) { c = {i, n}; return true; }
    // (", accusing Ottawa of failing to stop fentanyl flows", ", blaming Beijing for ...": what the
    // imposer accuses the other side of)
    if ((w == "accusing" || w == "blaming") && i > 0 && v.is(i - 1, ","))
        for (uint32_t k = i + 1; k + 1 < end && k < i + 6; ++k) {
            if (v.toks[k].kind == TK::punct) break;
            if (v.is(k, w == "accusing" ? "of" : "for")) {
                c = {i, k - i + 1};
                return true;
            }
        }
    // ("the 25% duties ... that he justified by the flow of fentanyl")
    if ((w == "justified" || w == "justifies" || w == "justify" || w == "justifying") && at(i + 1, "by")) {
        c = {i, 2};
        return true;
    }
    if (w == "for" && reason_for(v, i, end)) { c = {i, 1}; return true; }
    // ("were due to meet", "is due to take effect": a schedule, not a cause; "due to weak demand" is one)
    if (w == "due" && at(i + 1, "to")) {
        static const char* const kScheduled[] = {"take", "be", "expire", "meet", "start", "begin", "end", "come",
            "hold", "open", "close", "visit", "travel", "arrive", "vote", "sign", "decide", "announce", "report",
            "publish", "resume", "return", "speak", "testify", "rule", "finish", "run", "launch", "lapse", nullptr};
        if (i + 2 < end && in_list(v.lo(i + 2), kScheduled)) return false;
        c = {i, 2};
        return true;
    }
    if (w == "citing" || w == "over" || w == "after" || w == "amid" || (w == "to" && at(i + 1, "punish"))) {
        // ("meant to protect jobs, not to punish any country": a purpose denied)
        if (w == "to") {
            if (i > 0 && v.is(i - 1, "not")) return false;
            c = {i, 2};
            return true;
        }
        if (w == "over" || w == "after") {
            double x;
            uint32_t n;
            bool frac;
            if (sv::time_at(v, i, end) > 0 || sv::number_at(v, i + 1, end, x, n, frac) || (at(i + 1, "the") && at(i + 2, "next")))
                return false;
            // ("control over the shares", "power over prices", "a say over its decisions": what is
            // controlled, no cause)
            // ("export controls on chips and a fight over a video app": the cause of the noun
            // named beside the measure, not of the measure)
            if (w == "over" && i >= 3 && (v.is(i - 2, "a") || v.is(i - 2, "an")) && v.is(i - 3, "and")) return false;
            if (w == "over" && i > 0 &&
                (v.is(i - 1, "control") || v.is(i - 1, "power") || v.is(i - 1, "authority") || v.is(i - 1, "say") ||
                 v.is(i - 1, "sway") || v.is(i - 1, "influence") || v.is(i - 1, "veto") ||
                 v.is(i - 1, "oversight") || v.is(i - 1, "jurisdiction") || v.is(i - 1, "rights")))
                return false;
            // ("the dispute has spilled over into brandy", "took over the plant": a verb's particle)
            if (w == "over" && (at(i + 1, "into") || at(i + 1, "to") ||
                                (i > 0 && (v.is(i - 1, "spilled") || v.is(i - 1, "spill") || v.is(i - 1, "spills") ||
                                           v.is(i - 1, "took") || v.is(i - 1, "take") || v.is(i - 1, "takes") ||
                                           v.is(i - 1, "handed") || v.is(i - 1, "boiled") || v.is(i - 1, "carried") ||
                                           v.is(i - 1, "turned") || v.is(i - 1, "roll") || v.is(i - 1, "rolled")))))
                return false;
            // ("to 10% over several years", "over the next five years": how long, no cause)
            if (w == "over") {
                static const char* const kSpan[] = {"several", "a", "few", "the", "next", "coming", "past", "many",
                    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "fifteen", "twenty", nullptr};
                static const char* const kUnit[] = {"days", "weeks", "months", "years", "decades", "decade", "year",
                    "month", "period", "periods", "phases", "stages", nullptr};
                uint32_t k = i + 1;
                while (k < end && k < i + 4 && (in_list(v.lo(k), kSpan) || v.toks[k].kind == TK::number)) ++k;
                if (k > i + 1 && k < end && in_list(v.lo(k), kUnit)) return false;
            }
            if (w == "after") {
                // ("would cut its profit ... even after Washington lowered the levy"): a concession,
                // no cause; and "shortly after the special meeting" a time ("days after Washington
                // expanded its list", an act of someone's, may still be the cause)
                if (i > 0 && v.is(i - 1, "even")) return false;
                // ("ahead of an Aug. 1 deadline, after which X has threatened ...": a time, "which"
                // the date before it)
                if (at(i + 1, "which") || at(i + 1, "that")) return false;
                if (i > 0 && (v.is(i - 1, "just") || v.is(i - 1, "shortly") || v.is(i - 1, "soon") ||
                              v.is(i - 1, "right"))) {
                    bool actor = false;
                    for (uint32_t q = i + 1; q < end && q < i + 4 && !actor; ++q) actor = sv::actor_at(v, q) >= 0;
                    if (!actor) return false;
                }
                // ("waiting for details of the deal, a day after President X said goods would face a
                // 20% tariff": a time counted from someone's words, not a cause)
                if (i >= 2 && (v.is(i - 1, "day") || v.is(i - 1, "days") || v.is(i - 1, "week") ||
                               v.is(i - 1, "weeks") || v.is(i - 1, "hours"))) {
                    // (the name may follow a title: "President X said")
                    for (uint32_t q = i + 1; q < end && q < i + 4; ++q) {
                        const int32_t a = sv::actor_at(v, q);
                        if (a < 0) {
                            if (v.toks[q].kind == TK::word && (v.toks[q].flags & sv::cap)) continue;
                            break;
                        }
                        const uint32_t e = v.actors[size_t(a)].t1;
                        if (e < end && sv::tok_speech(v, e)) return false;
                        break;
                    }
                }
                // "the second-largest trading partner after the United States": a name alone
                // after "after" ranks something, it is no event
                const uint32_t f = i + 1 + (at(i + 1, "the") ? 1 : 0);
                const int32_t a = f < end ? sv::actor_at(v, f) : -1;
                if (a >= 0 && v.actors[size_t(a)].t0 == f &&
                    (v.actors[size_t(a)].t1 >= end || is_clause_punct(v, v.actors[size_t(a)].t1)))
                    return false;
                // "said after meeting X", "after talks in Y", "after a phone call": a meeting is
                // when it was said, not why
                // ("after leaders' talks", "after the two presidents' meeting": whose meeting, too)
                uint32_t k = i + 1;
                if (at(k, "a") || at(k, "the") || at(k, "his") || at(k, "her") || at(k, "their") || at(k, "its")) ++k;
                if (k + 1 < end && (at(k + 1, "'") || at(k + 1, "'s")) && v.toks[k].kind == TK::word &&
                    !(v.toks[k].flags & sv::cap) && v.lo(k).size() > 3 && v.lo(k).back() == 's')
                    k += 2;
                else if (k + 2 < end && (v.is(k, "two") || v.is(k, "both")) && (at(k + 2, "'") || at(k + 2, "'s")))
                    k += 3;
                if (at(k, "phone") || at(k, "telephone") || at(k, "video")) ++k;
                for (const char* m : {"meeting", "meetings", "talks", "talking", "speaking", "visiting", "visit", "call",
                                      "summit", "conversation", "holding", "returning", "arriving", "leaving",
                                      "landing", "flying", "travelling", "traveling"})
                    if (at(k, m)) return false;
                // ("the minister said after the two leaders met in Geneva": when it was said; a meeting
                // as a clause of its own is no cause either)
                if (i > 0 && sv::is_speech_verb(v.lo(i - 1))) return false;
                for (uint32_t q = i + 1; q < end && q < i + 7 && !is_clause_punct(v, q); ++q)
                    if (at(q, "met") || at(q, "spoke") || at(q, "talked") || at(q, "held")) return false;
                // ("told reporters after the Fed's two-day policy meeting": a meeting named further
                // on, its phrase ending there)
                for (uint32_t q = i + 1; q < end && q < i + 8 && !is_clause_punct(v, q); ++q)
                    if ((at(q, "meeting") || at(q, "meetings") || at(q, "summit") || at(q, "talks") ||
                         at(q, "conference") || at(q, "session") || at(q, "briefing") || at(q, "visit") ||
                         at(q, "negotiations") || at(q, "discussions")) &&  // ("reached after heated negotiations,")
                        (q + 1 >= end || is_clause_punct(v, q + 1) || at(q + 1, "on") || at(q + 1, "in") ||
                         at(q + 1, "with") || at(q + 1, "of")))
                        return false;
                // ("will pay duties of about 45% after a new 10% tariff took effect on Tuesday": a
                // measure's entry into force tells when, not why)
                for (uint32_t q = i + 1; q + 1 < end && q < i + 16 && !is_clause_punct(v, q); ++q)
                    if (((at(q, "took") || at(q, "takes") || at(q, "take") || at(q, "taking")) && at(q + 1, "effect")) ||
                        ((at(q, "came") || at(q, "went") || at(q, "comes") || at(q, "goes")) && at(q + 1, "into")) ||
                        ((at(q, "kicked") || at(q, "kicks")) && at(q + 1, "in")) || at(q, "expired") || at(q, "lapsed"))
                        return false;
            }
        }
        if (w == "amid") return false;
        c = {i, 1};
        return true;
    }
    if (w == "as" && at(i + 1, "punishment") && at(i + 2, "for")) { c = {i, 3}; return true; }
    // Purposes: "in a bid to curb imports", "in an effort to", "in order to", "as it sought to stop
    // chipmaking tools reaching the military" (a bare "to protect ...": purpose_to())
    if (w == "in" && ((at(i + 1, "a") && at(i + 2, "bid")) ||
                      (at(i + 1, "an") && (at(i + 2, "effort") || at(i + 2, "attempt")))) && at(i + 3, "to")) {
        c = {i, 4, true};
        return true;
    }
    if (w == "in" && at(i + 1, "order") && at(i + 2, "to")) { c = {i, 3, true}; return true; }
    if (w == "as" && (at(i + 1, "it") || at(i + 1, "they") || at(i + 1, "he") || at(i + 1, "she")) &&
        (at(i + 2, "seeks") || at(i + 2, "sought") || at(i + 2, "seek") || at(i + 2, "tries") || at(i + 2, "tried") ||
         at(i + 2, "aims") || at(i + 2, "aimed")) &&
        at(i + 3, "to")) {
        c = {i, 4, true};
        return true;
    }
    // ("the measures aim to protect Canadian workers", "are intended to shield", "designed to
    // curb": a purpose the measure's own verb states)
    if ((w == "aim" || w == "aims" || w == "intended" || w == "designed" || w == "meant") && at(i + 1, "to") &&
        i + 2 < end && v.toks[i + 2].kind == TK::word && !(v.toks[i + 2].flags & sv::cap) && !tok_det(v, i + 2) &&
        !at(i + 2, "be") &&  // ("is designed to be tax free": a property, no purpose)
        i > 0 && (at(i - 1, "measures") || at(i - 1, "measure") || at(i - 1, "tariffs") || at(i - 1, "tariff") ||
                  at(i - 1, "duties") || at(i - 1, "duty") || at(i - 1, "curbs") || at(i - 1, "controls") ||
                  at(i - 1, "ban") || at(i - 1, "restrictions") || at(i - 1, "levy") || at(i - 1, "levies") ||
                  at(i - 1, "are") || at(i - 1, "is") || at(i - 1, "were") || at(i - 1, "was"))) {
        c = {i, 2, true};
        return true;
    }
    // "the measures were aimed at safeguarding national security": a purpose, as a gerund (quoted
    // or not); "aimed at China" names whom, no cause
    // ("aimed partly at pleasing Washington": an adverb between)
    if ((w == "aimed" || w == "designed" || w == "intended") && i + 3 < end && v.lo(i + 1).ends_with("ly") &&
        at(i + 2, "at")) {
        const uint32_t g = i + 3 + (v.toks[i + 3].kind == TK::quote ? 1 : 0);
        if (g < end && v.toks[g].kind == TK::word && !(v.toks[g].flags & sv::cap) && is_ing(v.lo(g))) {
            c = {i, g - i, true};
            return true;
        }
    }
    if ((w == "aimed" || w == "designed" || w == "intended") && at(i + 1, "at") && i + 2 < end) {
        const uint32_t g = i + 2 + (v.toks[i + 2].kind == TK::quote ? 1 : 0);
        if (g < end && v.toks[g].kind == TK::word && !(v.toks[g].flags & sv::cap) && is_ing(v.lo(g))) {
            c = {i, g - i, true};  // (past an opening quote mark)
            return true;
        }
    }
    // "in a move seen as retaliation for ...", "as a response to ..."
    if (w == "as" && (at(i + 1, "retaliation") || at(i + 1, "revenge")) && (at(i + 2, "for") || at(i + 2, "against"))) {
        c = {i, 3};
        return true;
    }
    if (w == "as" && at(i + 1, "a") && (at(i + 2, "response") || at(i + 2, "reaction")) && at(i + 3, "to")) {
        c = {i, 4};
        return true;
    }
    if (w == "on" && i + 2 < end) {
        for (uint32_t k = i + 1; k < end && k < i + 5; ++k)
            if (v.lo(k) == "grounds") { c = {i, 1}; return true; }
    }
    return false;
}

// "until India stops buying Russian oil", "until a deal is reached": "until" opening a clause
// (a subject, then a finite verb) is the measure's condition; "until March", "until the end of
// the year", "until further notice" are its time (no verb in them).
bool until_clause(const View& v, uint32_t i, uint32_t end) {
    const uint32_t s = i + 1;
    if (s >= end) return false;
    const std::string_view first = v.lo(s);
    const bool subject = sv::actor_at(v, s) >= 0 || first == "it" || first == "they" || first == "he" ||
                         first == "she" || first == "we" || first == "the" || first == "a" || first == "an" ||
                         first == "both" || first == "its" || first == "their";
    if (!subject) return false;
    for (uint32_t k = s + 1; k < end && k < s + 7; ++k) {
        const std::string_view w = v.lo(k);
        if (v.toks[k].kind != TK::word || (v.toks[k].flags & sv::cap)) continue;
        const std::string_view before = v.lo(k - 1);  // ("the end of": a noun after a determiner)
        if (before == "the" || before == "a" || before == "an" || before == "its" || before == "their") continue;
        if (w == "is" || w == "are" || w == "was" || w == "were" || w == "has" || w == "have" || w == "can" ||
            w == "will" || w == "does" || w == "do" || w == "agrees" || w == "agree" || w == "stops" ||
            w == "stop" || w == "ends" || w == "end" || w == "takes" || w == "take" || w == "complies" ||
            w == "comply" || w == "halts" || w == "halt" || w == "meets" || w == "removes" || w == "lifts" ||
            w == "drops" || w == "curbs" || w == "reaches" || w == "addresses" || w == "introduces" ||
            w == "passes" || w == "approves" || w == "adopts" || w == "signs" || w == "ratifies" ||
            w == "implements" || w == "enacts")
            return k + 1 < end && v.toks[k + 1].kind == TK::word;  // (not a clause cut short: "until it has, "...")
        if (w == "of" || w == "in" || w == "on" || w == "at" || w == "after" || w == "before") return false;
    }
    return false;
}

bool condition_cue(const View& v, uint32_t i, uint32_t end, Cue& c) {
    std::string_view w = v.lo(i);
    auto at = [&](uint32_t k, const char* s) { return k < end && v.lo(k) == s; };
    if (w == "in" && (at(i + 1, "exchange") || at(i + 1, "return")) && at(i + 2, "for")) { c = {i, 3}; return true; }
    if (w == "unless" || w == "if") { c = {i, 1}; return true; }
    if (w == "provided" && at(i + 1, "that")) { c = {i, 2}; return true; }
    if (w == "as" && at(i + 1, "long") && at(i + 2, "as")) { c = {i, 3}; return true; }
    if (w == "on" && at(i + 1, "condition") && at(i + 2, "that")) { c = {i, 3}; return true; }
    if (w == "until" && until_clause(v, i, end)) { c = {i, 1}; return true; }
    // ("to 15% once the EU introduces legislation to cut its own duties")
    if (w == "once" && until_clause(v, i, end)) { c = {i, 1}; return true; }
    // (an inverted "if": "countermeasures on $95 billion of goods, should talks fail"; a subject
    // and a verb after it, the clause closing the sentence or its part)
    if (w == "should" && i > 0 && v.is(i - 1, ",") && i + 2 <= end && is_word(v, i + 1) && !tok_aux(v, i + 1)) {
        uint32_t k = i + 1;
        while (k < end && k < i + 8 && !is_clause_punct(v, k)) ++k;
        if (k > i + 2 && (k == end || v.is(k, ",") || v.is(k, "."))) { c = {i, 1}; return true; }
    }
    return false;
}

std::string trim_trailing(std::string s) {
    while (!s.empty() && (s.back() == ',' || s.back() == ' ' || s.back() == '.')) s.pop_back();
    return s;
}

// Past a discourse aside between commas right after the measure's phrase ("Tariffs on Korean
// steel, however, will remain at 50%", "The duties, in turn, were lifted"): the sentence's verb
// follows it; `k` itself when there is none.
uint32_t past_adverb_aside(const View& v, uint32_t k, uint32_t end) {
    static const char* const kOne[] = {"however", "though", "meanwhile", "moreover", "furthermore", "nonetheless",
        "nevertheless", "too", "also", "instead", "therefore", "thus", "still", "now", "meantime", nullptr};
    if (k + 3 >= end || !v.is(k, ",")) return k;
    if (v.is(k + 2, ",") && in_list(v.lo(k + 1), kOne)) return k + 3;
    if (v.is(k + 3, ",") && ((v.is(k + 1, "in") && (v.is(k + 2, "turn") || v.is(k + 2, "contrast"))) ||
                             (v.is(k + 1, "for") && v.is(k + 2, "now")) || (v.is(k + 1, "by") && v.is(k + 2, "contrast"))))
        return k + 4;
    return k;
}

// The sentence's own verb after an aside between commas ("Peru's tariffs on Chilean cheese, in
// place since 2019, will be scrapped"; "The tariffs, which took effect in April, were raised to 50%"):
// `comma` opens the aside; the verb's index past the closing comma and its auxiliaries ("will be",
// "were also"), or 0 when the aside is short, ends otherwise, or names another measure. The aside
// tells the past, the verb the news; callers judge the verb. `close`: the aside's closing comma.
uint32_t verb_after_aside(const View& v, uint32_t comma, uint32_t end, uint32_t* close = nullptr) {
    for (uint32_t q = comma + 1; q < end && q < comma + 14; ++q) {
        if ((is_clause_punct(v, q) && !v.is(q, ",")) || v.toks[q].kind == TK::quote) return 0;
        if (v.toks[q].kind == TK::word && (v.toks[q].info & sv::wi_trigger)) {
            Trigger other;
            if (trigger_at(v, q, end, other) && !other.verb) return 0;  // (another measure's aside)
        }
        if (!v.is(q, ",")) continue;
        // (an auxiliary first, lower-case: "will be scrapped", "were raised"; not "had prevented the
        // movement of ships" unless the caller takes "prevent")
        if (q <= comma + 2 || q + 2 >= end || !tok_aux(v, q + 1) || (v.toks[q + 1].flags & sv::cap)) return 0;
        uint32_t vb = q + 1;
        while (vb < end && vb < q + 5 &&
               (tok_aux(v, vb) || v.is(vb, "been") || v.is(vb, "be") || v.is(vb, "also") || v.is(vb, "later") ||
                v.is(vb, "then")))
            ++vb;
        if (close) *close = q;
        return vb < end ? vb : 0;
    }
    return 0;
}

}  // namespace

int32_t article_country(const View& v) { return lede_country(v); }

// ---- 3. After a mention ------------------------------------------------------------------------------

// A measure changed through a pronoun: "raised tariffs to 145% before a truce cut them back to
// 30%", "a 125% duty on U.S. goods, which it later lowered to 10%", "doubled it again". The
// change is a later one of the latest measure named (merge_mentions() joins it as it joins "the
// measure"): a mention with no kind of its own, the change's direction, level and status.
[[gnu::noinline]] void pronoun_changes(const View& v, uint32_t si, std::vector<MeasureMention>& out, size_t first) {
    const sv::Sent& s = v.sents[si];
    // (a relative change needs a measure of this sentence before it: the other verbs are read
    // only when "it"/"them" follows them)
    const uint32_t rel_from = out.size() > first ? out.back().t1 : s.t1;
    for (uint32_t k = s.t0 + 1; k + 1 < s.t1; ++k) {
        if (!(v.toks[k].info & sv::wi_verb_mask)) continue;  // (no measure verb form: the usual word)
        const VC c = tok_vc(v, k);
        // ("approved counter-tariffs on U.S. goods but immediately suspended them": a measure
        // of this sentence suspended or lifted through "them", no level needed)
        const bool ends = c == VC::suspend || c == VC::remove;
        if (!(c == VC::raise || c == VC::lower || c == VC::halve || c == VC::double_ || c == VC::triple || ends) ||
            (v.toks[k].flags & sv::cap))
            continue;
        uint32_t a = k + 1;
        const bool object = v.is(a, "it") || v.is(a, "them");
        if (!object && k < rel_from) continue;
        if (ends && !(object && out.size() > first && out.back().t1 <= k && out.back().kind != "deal" &&
                      out.back().kind != "purchase" && !v.is(a + 1, "out")))  // ("lift it out of bankruptcy")
            continue;
        // "which it (later) lowered to 10%": a relative clause on a measure of this sentence
        bool relative = false;
        if (!object && out.size() > first) {
            uint32_t b = k;
            while (b > s.t0 && (v.is(b - 1, "later") || v.is(b - 1, "then") || v.is(b - 1, "subsequently") ||
                                v.is(b - 1, "since") || v.is(b - 1, "has") || v.is(b - 1, "had") || v.is(b - 1, "have")))
                --b;
            if (b >= s.t0 + 2 && (v.is(b - 1, "it") || v.is(b - 1, "they") || sv::actor_at(v, b - 1) >= 0)) {
                const int32_t ac = sv::actor_at(v, b - 1);
                const uint32_t subj0 = ac >= 0 ? v.actors[size_t(ac)].t0 : b - 1;
                relative = subj0 > s.t0 && (v.is(subj0 - 1, "which") || v.is(subj0 - 1, "that")) &&
                           out.back().t1 <= subj0 && subj0 - out.back().t1 <= 2;
            }
        }
        if (!object && !relative) continue;
        if (object) {
            ++a;
            if (a < s.t1 && (v.is(a, "back") || v.is(a, "down") || v.is(a, "up") || v.is(a, "again"))) ++a;
        } else if (v.is(a, "back") || v.is(a, "down")) {
            ++a;
        }
        MeasureMention m;
        m.sent = si;
        m.lemma = "measure";
        m.generic_coref = true;
        m.coref = true;
        m.sequel = true;
        m.direction = direction_of(c);
        double x;
        uint32_t n;
        uint32_t p = a + 1;  // "to about 10%", "to as little as 10%"
        while (p < s.t1 && (v.is(p, "about") || v.is(p, "around") || v.is(p, "roughly") || v.is(p, "as") ||
                            v.is(p, "little") || v.is(p, "low") || v.is(p, "much") || v.is(p, "high")))
            ++p;
        if (a + 1 < s.t1 && v.is(a, "to") && sv::percent_at(v, p, s.t1, x, n)) {
            m.has_to = true;
            m.to = x;
            a = p + n;
        } else if (!(object && (c == VC::halve || c == VC::double_ || c == VC::triple || ends))) {
            continue;  // "raising it to 35 dlrs a share", "which it lowered": no level of a measure
        }
        Modality mod;
        scan_modality(v, s.t0, k, mod);
        m.status = status_of(c, v.lo(k), mod, "tariff");
        m.t0 = k;
        m.t1 = std::min(a, s.t1);
        out.push_back(std::move(m));
    }
}

// "Heavy trucks will face a 25% duty from Nov. 1, and lumber a 10% duty from Oct. 14": the verb
// left out of a second clause; the words between its "and" and the second measure are that
// measure's goods, and it has the first one's sides and status.
[[gnu::noinline]] void gapped_goods(const View& v, uint32_t si, std::vector<MeasureMention>& out, size_t first) {
    const sv::Sent& s = v.sents[si];
    for (size_t q = first + 1; q < out.size(); ++q) {
        MeasureMention& m = out[q];
        // ("cut U.S. tariffs on Chinese goods to 30% from 145% and Chinese duties on U.S. products to
        // 10% from 125%": a second object of the change, its own levels, the verb left out: the
        // first one's status)
        if (m.status == "unknown" && m.has_to && m.t0 > s.t0 + 1 && v.is(m.t0 - 1, "and") &&
            !out[q - 1].direction.empty() && out[q - 1].has_to && out[q - 1].status != "unknown" &&
            out[q - 1].kind == m.kind && std::max(out[q - 1].t1, out[q - 1].read_end) <= m.t0 - 1 &&
            std::max(out[q - 1].t1, out[q - 1].read_end) + 1 >= m.t0 - 1) {
            m.status = out[q - 1].status;
            if (m.direction.empty()) m.direction = out[q - 1].direction;
            continue;
        }
        if (m.kind != "tariff" || !m.goods.empty() || m.coref || m.t0 < s.t0 + 4) continue;
        uint32_t p = m.t0;
        if (v.is(p, "a") || v.is(p, "an")) {}
        else if (v.is(p - 1, "a") || v.is(p - 1, "an")) --p;
        else continue;
        uint32_t k = p;
        while (k > s.t0 && p - k < 3 && is_word(v, k - 1) && !(v.toks[k - 1].flags & sv::cap) && !tok_det(v, k - 1) &&
               !tok_prep(v, k - 1) && !tok_aux(v, k - 1) && !v.is(k - 1, "and") && tok_vc(v, k - 1) == VC::none)
            --k;
        if (k == p || k < s.t0 + 2 || !v.is(k - 1, "and") || !v.is(k - 2, ",")) continue;
        const MeasureMention* before = nullptr;
        for (size_t f = first; f < q; ++f)
            if (out[f].kind == "tariff" && !out[f].goods.empty() && out[f].t1 <= k - 2) before = &out[f];
        if (!before) continue;
        m.goods = v.cut(k, p);
        m.goods_words.clear();
        content_words(v, k, p, m.goods_words);
        if (m.status == "unknown") m.status = before->status;
        if (m.imposer < 0) m.imposer = before->imposer;
        if (m.target < 0) m.target = before->target;
    }
}

// "The 20% rate is well below the 46% that X threatened in April", "lower than the 25% he had
// threatened to impose from Aug. 1": a bare rate with a verb of its own, in a sentence about a
// tariff, is another level of that tariff, threatened (imposed, announced, proposed) by the
// verb's subject, else by the tariff's imposer, at the time its clause gives; that time is not
// the first tariff's.
[[gnu::noinline]] void bare_rate_levels(const View& v, uint32_t si, std::vector<MeasureMention>& out, size_t first) {
    const size_t before = out.size();
    const sv::Sent& s = v.sents[si];
    for (uint32_t k = s.t0 + 1; k + 3 < s.t1 && !out.empty(); ++k) {
        double x;
        uint32_t n;
        if (v.toks[k + 1].kind != TK::number || !v.is(k, "the") || !sv::percent_at(v, k + 1, s.t1, x, n)) continue;
        uint32_t q = k + 1 + n;
        if (v.is(q, "rate") || v.is(q, "level")) ++q;  // ("the 46% rate he threatened in April")
        if (v.is(q, "that") || v.is(q, "which")) ++q;
        int32_t who = -1;
        if (const int32_t a = sv::actor_at(v, q); a >= 0 && v.actors[size_t(a)].t0 == q) {
            who = int32_t(v.actors[size_t(a)].key);
            q = v.actors[size_t(a)].t1;
        } else if (v.is(q, "he") || v.is(q, "she") || v.is(q, "it") || v.is(q, "they")) {
            who = resolve_pronoun(v, q, s.t0, v.is(q, "he") || v.is(q, "she"));
            ++q;
        }
        while (q < s.t1 && (v.is(q, "had") || v.is(q, "has") || v.is(q, "have") || v.is(q, "initially") ||
                            v.is(q, "originally") || v.is(q, "first") || v.is(q, "earlier")))
            ++q;
        if (q >= s.t1 || (v.toks[q].flags & sv::cap)) continue;
        const std::string_view w = v.lo(q);
        const char* status = w == "threatened" ? "threatened"
                             : w == "imposed" || w == "charged" || w == "applied" ? "in_force"
                             : w == "announced" || w == "set" || w == "planned" ? "announced"
                             : w == "proposed" || w == "floated" || w == "sought" ? "proposed" : nullptr;
        if (!status) continue;
        // the tariff the sentence is about: the last before, else the last of the sentence before
        // ("... a 15% tariff on imports from Japan. The rate is lower than the 25% that ...")
        const MeasureMention* parent = nullptr;
        for (size_t p = 0; p < before; ++p)
            if (out[p].kind == "tariff" && (p < first ? out[p].sent + 1 >= si : out[p].t1 <= k)) parent = &out[p];
        if (!parent) continue;
        MeasureMention m;
        m.sent = si;
        m.kind = "tariff";
        m.lemma = parent->lemma;
        m.has_rate = true;
        m.rate = x;
        m.unit = "percent";
        m.imposer = who >= 0 ? who : parent->imposer;
        m.target = parent->target;
        m.status = status;
        m.t0 = k + 1;
        uint32_t e = q + 1;
        if (e + 1 < s.t1 && v.is(e, "to") && tok_vc(v, e + 1) == VC::impose) e += 2;  // "threatened to impose"
        for (uint32_t t = e; t < s.t1 && t < e + 3 && !is_clause_punct(v, t); ++t)
            if (const uint32_t tn = sv::time_at(v, t, s.t1)) {
                m.time = v.cut(t, t + tn);
                e = t + tn;
                for (size_t p = first; p < before; ++p)  // (only this sentence's)
                    if (out[p].time == m.time) out[p].time.clear();
                break;
            }
        m.t1 = e;
        out.push_back(std::move(m));
    }
}

namespace {

// A nationality word before a goods word at token i ("Ukrainian sugar"): goods, not a people.
bool norp_before_goods(const View& v, uint32_t i, uint32_t end) {
    const int32_t a = sv::actor_at(v, i);
    if (a < 0 || v.actors[size_t(a)].type != sv::AType::norp) return false;
    const uint32_t e = v.actors[size_t(a)].t1;
    return e < end && v.toks[e].kind == TK::word && !(v.toks[e].flags & sv::cap) && sv::actor_at(v, e) < 0 &&
           !tok_det(v, e) && !tok_prep(v, e);
}

// After "and" at i: "to buy ...", "raised ...": a second infinitive or a second verb of a
// measure (its own time, not the first one's).
bool second_predicate(const View& v, uint32_t i, uint32_t end) {
    if (i + 1 >= end) return false;
    if (v.is(i, "to")) return is_word(v, i + 1) && !(v.toks[i + 1].flags & sv::cap) && !tok_det(v, i + 1);
    return tok_vc(v, i) != VC::none && !(v.toks[i].flags & sv::cap);
}

// "not covered by the trade pact", "not included in the deal", "covered by the USMCA", "that are
// covered by the agreement" at token i: a bound of the goods before it (a pact's name alone after
// "covered": "covered by" and "under").
bool not_covered_at(const View& v, uint32_t i) {
    if (v.is(i, "that") || v.is(i, "which")) {
        if (!(v.is(i + 1, "are") || v.is(i + 1, "is") || v.is(i + 1, "were"))) return false;
        i += 2;
    }
    // ("goods not compliant with the trade pact", "goods that do not comply with its rules")
    if (v.is(i, "that") && v.is(i + 1, "do") && v.is(i + 2, "not") && v.is(i + 3, "comply")) return true;
    if ((v.is(i, "not") || v.is(i, "non")) && v.is(i + 1, "compliant")) return true;
    if (v.is(i, "not"))
        return v.is(i + 1, "covered") || v.is(i + 1, "included") || v.is(i + 1, "exempted") || v.is(i + 1, "listed");
    return (v.is(i, "covered") && (v.is(i + 1, "by") || v.is(i + 1, "under"))) ||
           (v.is(i, "compliant") && (v.is(i + 1, "with") || v.is(i + 1, "under")));
}

// The end of the bound that opens at i: up to a comma or other clause mark, a level ("to 35%",
// "from 25%") or a time, at most 12 tokens.
uint32_t bound_end(const View& v, uint32_t i, uint32_t end) {
    uint32_t e = i + 2;
    double x;
    uint32_t n;
    for (; e < end && e < i + 12 && !is_clause_punct(v, e); ++e) {
        if ((v.is(e, "to") || v.is(e, "from")) && sv::percent_at(v, e + 1, end, x, n)) break;
        if (sv::time_at(v, e, end) > 0) break;
        // ("not covered by the USMCA over what it says is ...": the measure's reason after it)
        if ((v.is(e, "over") || v.is(e, "because") || v.is(e, "amid")) && !(v.toks[e].flags & sv::cap)) break;
    }
    return e;
}

// "a 30% tariff on South Africa, 25% on Japan and South Korea, and 40% on Laos": the measure
// word left out after the first; each further rate and what follows its "on" is a measure of
// its own, with the first one's kind, verb, imposer, status and time. Appended to `out` after
// that first one (its last entry); `skip_until` moves past them.
void elided_list(const View& v, uint32_t si, std::vector<MeasureMention>& out, uint32_t& skip_until) {
    const MeasureMention& first = out.back();
    // (a measure named with "the" may still head a list of changes: "lower the most-favoured-
    // nation rate on cars to 32% from 64%, and on ethanol to 5% from 10%")
    if (first.coref && (first.goods.empty() || !first.has_to)) return;
    const sv::Sent& s = v.sents[si];
    const MeasureMention base = first;
    // (each further measure: of the first one's kind, sides, status, time and change)
    const auto like_first = [&]() {
        MeasureMention e;
        e.sent = si;
        e.kind = base.kind;
        e.lemma = base.lemma;
        e.imposer = base.imposer;
        e.status = base.status;
        e.time = base.time;
        e.direction = base.direction;
        return e;
    };
    // "would cut its tariffs on U.S. cars to 32% from 45% and on ethanol to 5%": after a change
    // to a level, a second object with a level of its own, the verb and the measure word left
    // out: a measure of the first one's kind, sides, status and direction, changed to that level
    // ("the tariff on ethanol will be cut to 5% from 10%, on frozen chicken legs to 15% from 20%,
    // and on almonds to 2% from 5%": a list of them, each item after a comma or "and")
    if (first.has_to && (first.unit.empty() || first.unit == "percent") && !first.direction.empty()) {
        uint32_t k = std::max(first.t1, first.read_end);
        bool listed_any = false;
        for (;;) {
            if (k + 1 < s.t1 && v.is(k, ",") && v.is(k + 1, "and")) ++k;
            else if (k + 1 < s.t1 && v.is(k, ",") && v.is(k + 1, "on")) {}
            else if (!v.is(k, "and")) break;
            if (!(k + 4 < s.t1 && v.is(k + 1, "on"))) break;
            const uint32_t o0 = k + 2, o1 = object_end(v, o0, s.t1);
            double y;
            uint32_t yn;
            uint32_t g0 = o0, g1 = o1;
            if (o1 > o0) goods_range(v, o0, o1, g0, g1);
            if (!(g1 > g0 && v.is(o1, "to") && sv::percent_at(v, o1 + 1, s.t1, y, yn))) break;
            MeasureMention e = like_first();
            e.has_to = true;
            e.to = y;
            e.goods = trim_trailing(v.cut(g0, g1));
            content_words(v, g0, g1, e.goods_words);
            const int32_t a = sv::actor_at(v, g0);
            if (a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::norp) &&
                int32_t(v.actors[size_t(a)].key) != e.imposer)
                e.target = int32_t(v.actors[size_t(a)].key);
            else if (!base.goods.empty())
                e.target = base.target;  // (goods after goods of a place are that place's too)
            e.t0 = k + 1;
            e.t1 = o1 + 1 + yn;
            // ("and on almonds to 2% from 5%": the level it comes from, as the first one's)
            double z;
            uint32_t zn;
            if (v.is(e.t1, "from") && sv::percent_at(v, e.t1 + 1, s.t1, z, zn)) {
                e.has_rate = true;
                e.rate = z;
                e.unit = "percent";
                e.t1 += 1 + zn;
            }
            skip_until = std::max(skip_until, e.t1);
            k = e.t1;
            out.push_back(std::move(e));
            listed_any = true;
        }
        if (listed_any) return;
    }
    if (!first.has_rate || first.unit != "percent") return;
    // (a further rate's record: the first one's, at its own rate)
    const auto listed = [&](double rate) {
        MeasureMention e = like_first();
        e.has_rate = true;
        e.rate = rate;
        e.unit = "percent";
        return e;
    };
    // ("Laos and Myanmar face the highest rate in Asia at 40%, followed by Cambodia and Thailand
    // at 19%": the parties next in the ranking, each at the rate after them)
    if (first.target >= 0)
        for (uint32_t k = std::max(first.t1, first.read_end); k + 4 < s.t1 && k < first.t1 + 12; ++k) {
            if (!(v.is(k, ",") && v.is(k + 1, "followed") && v.is(k + 2, "by"))) {
                if (is_clause_punct(v, k) && !v.is(k, ",")) break;
                continue;
            }
            std::vector<int32_t> parties;
            uint32_t q = k + 3;
            while (q < s.t1) {
                const int32_t a = sv::actor_at(v, q);
                if (a < 0 || v.actors[size_t(a)].t0 != q || v.actors[size_t(a)].type != sv::AType::gpe) break;
                parties.push_back(int32_t(v.actors[size_t(a)].key));
                q = v.actors[size_t(a)].t1;
                if (v.is(q, ",") || v.is(q, "and")) ++q;
                if (v.is(q, "and")) ++q;
            }
            double x;
            uint32_t n;
            if (parties.empty() || !v.is(q, "at") || !sv::percent_at(v, q + 1, s.t1, x, n)) break;
            for (const int32_t p : parties) {
                if (p == base.imposer) continue;
                MeasureMention e = listed(x);
                e.target = p;
                e.t0 = k + 3;
                e.t1 = q + 1 + n;
                out.push_back(std::move(e));
            }
            skip_until = std::max(skip_until, q + 1 + n);
            return;
        }
    // (the last one may follow "and" alone: "17% on BYD, 18.8% on Geely and 35.3% on SAIC")
    uint32_t k0 = base.t1;
    {
        double x;
        uint32_t n;  // ("a duty rate of 17%, ...": the rate after the measure's phrase)
        if (v.is(k0, "of") && sv::percent_at(v, k0 + 1, s.t1, x, n) && x == base.rate) k0 += 1 + n;
    }
    for (uint32_t k = k0; k + 3 < s.t1 && (v.is(k, ",") || v.is(k, "and"));) {
        uint32_t q = k + 1;
        if (v.is(k, ",") && (v.is(q, "and") || v.is(q, "or"))) ++q;
        // (", as well as 35% on goods not covered by the trade pact": the same as ", and")
        else if (v.is(k, ",") && v.is(q, "as") && v.is(q + 1, "well") && v.is(q + 2, "as")) q += 3;
        double x;
        uint32_t n;
        // "BYD faces a duty rate of 17%, Geely 18.8% and SAIC 35.3%": a name and its own rate,
        // after a measure with a target (the verb left out as well as the measure word)
        if (const int32_t a = base.target >= 0 ? sv::actor_at(v, q) : -1;
            a >= 0 && v.actors[size_t(a)].t0 == q && v.actors[size_t(a)].type != sv::AType::person &&
            sv::percent_at(v, v.actors[size_t(a)].t1, s.t1, x, n) && int32_t(v.actors[size_t(a)].key) != base.imposer) {
            const uint32_t e1 = v.actors[size_t(a)].t1 + n;
            if (e1 < s.t1 && !v.is(e1, ",") && !v.is(e1, "and") && !v.is(e1, ".") && !v.is(e1, ";")) return;
            MeasureMention e = listed(x);
            e.direction.clear();  // (the first one's change is its own: "17%" is a level)
            e.target = int32_t(v.actors[size_t(a)].key);
            e.goods = base.goods;
            e.goods_words = base.goods_words;
            e.t0 = q;
            e.t1 = e1;
            skip_until = std::max(skip_until, e1);
            out.push_back(std::move(e));
            k = e1;
            continue;
        }
        // ("8% on live lobster and up to 20% on processed lobster": a bound's words before it)
        q = past_qualifiers(v, q, s.t1);
        if (!sv::percent_at(v, q, s.t1, x, n) || !v.is(q + n, "on")) return;
        const uint32_t o0 = q + n + 1, o1 = object_end(v, o0, s.t1);
        if (o1 <= o0) return;
        MeasureMention e = listed(x);
        const uint32_t a0 = o0 + (v.is(o0, "the") ? 1 : 0);
        const int32_t a = sv::actor_at(v, a0);
        const bool place = a >= 0 &&
                           (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::norp ||
                            (v.actors[size_t(a)].type == sv::AType::org && v.actors[size_t(a)].t1 == o1)) &&
                           int32_t(v.actors[size_t(a)].key) != e.imposer;
        // ("25% on Chinese steel and aluminum": a people's goods, both the target and the goods)
        const bool peoples_goods = place && norp_before_goods(v, a0, o1);
        if (place && !peoples_goods) {
            e.target = int32_t(v.actors[size_t(a)].key);  // (a company named alone: its own rate)
        } else {
            if (peoples_goods) e.target = int32_t(v.actors[size_t(a)].key);
            uint32_t g0, g1;
            goods_range(v, o0, o1, g0, g1);
            if (g1 <= g0) return;
            e.goods = trim_trailing(v.cut(g0, g1));
            content_words(v, g0, g1, e.goods_words);
            // "25% on imports from Canada and Mexico and 10% on goods from China": the place
            // the goods come from is their target
            for (uint32_t k2 = g0; k2 + 1 < g1 && e.target < 0; ++k2) {
                if (!v.is(k2, "from")) continue;
                const int32_t fa = sv::actor_at(v, k2 + 1 + (v.is(k2 + 1, "the") ? 1 : 0));
                if (fa >= 0 && (v.actors[size_t(fa)].type == sv::AType::gpe || v.actors[size_t(fa)].type == sv::AType::norp) &&
                    int32_t(v.actors[size_t(fa)].key) != e.imposer)
                    e.target = int32_t(v.actors[size_t(fa)].key);
            }
            // "100% on Canadian canola oil and peas and 25% on pork and seafood": goods after
            // goods of a place are that place's too (not after a place alone: "30% on South
            // Africa, 25% on steel" says nothing of whose steel)
            if (!base.goods.empty() && e.target < 0) e.target = base.target;
        }
        // ("35% on goods not covered by the USMCA trade pact": the pact only bounds the goods,
        // no deal of its own; the goods hold the bound)
        uint32_t e1 = o1;
        if (not_covered_at(v, o1)) {
            e1 = bound_end(v, o1, s.t1);
            if (!e.goods.empty()) e.goods = trim_trailing(v.cut(o0, e1));
        }
        e.t0 = q;
        e.t1 = e1;
        skip_until = std::max(skip_until, e1);
        out.push_back(std::move(e));
        k = e1;
    }
}

// "countries that do not have a free trade agreement with Canada", "nations without a trade
// deal", "which has no deal with Washington": a deal that is not there is no measure. `np0` opens
// the deal's noun phrase, `det` is its determiner.
bool absent_deal(const View& v, uint32_t s0, uint32_t np0, const std::string& det) {
    if (np0 <= s0) return false;
    if (v.is(np0 - 1, "without")) return true;
    const std::string_view h = v.lo(np0 - 1);
    if (!(h == "have" || h == "has" || h == "had" || h == "having")) return false;
    if (det == "no") return true;
    for (uint32_t k = np0 - 1; k > s0 && k + 3 >= np0; --k)
        if (v.is(k - 1, "not") || v.is(k - 1, "n't") || v.is(k - 1, "never")) return true;
    return false;
}

// "a 30% tariff would cut euro zone growth by 0.5 points": at `after` (right after the measure's
// phrase), an auxiliary, then a verb of change with an object of its own (a word, no preposition,
// no measure, no pronoun of the measure): the measure as the subject says what it does to
// something else, no change of its own and no time of its own.
bool effect_clause(const View& v, uint32_t after, uint32_t end) {
    uint32_t e = after;
    bool passive = false;  // ("would be implemented starting on April 20", "was struck last Friday")
    while (e < end && in_list(v.lo(e), kAux)) {
        const std::string_view w = v.lo(e);
        passive |= w == "be" || w == "been" || w == "being" || w == "is" || w == "are" || w == "was" || w == "were";
        ++e;
    }
    return !passive && e > after && e + 1 < end && tok_vc(v, e) != VC::none && !(v.toks[e].flags & sv::cap) &&
           sv::time_at(v, e + 1, end) == 0 &&
           v.toks[e + 1].kind == TK::word && !tok_prep(v, e + 1) && !is_boundary_word(v, e + 1) &&
           !(v.toks[e + 1].info & sv::wi_trigger) && !v.is(e + 1, "it") && !v.is(e + 1, "them") &&
           !v.is(e + 1, "back") && !v.is(e + 1, "up") && !v.is(e + 1, "down");
}

// The other places coordinated with the measure's target in its sentence ("on Canada and
// Mexico", "Canada, Mexico and China face"): places only (a deal's "between A and B" names its
// two parties), not the imposer, each once.
// "secured", "won", "clinched" a rate: who does is charged it (governing_verb(), and each of a
// pair in coordinated_targets()).
bool secures_verb(std::string_view w) {
    return w == "secured" || w == "secures" || w == "won" || w == "obtained" || w == "clinched" || w == "landed";
}

// "the 15% rate agreed by A and B", "negotiated with Japan": the participle at k, "by"/"with" after
// it, names who agreed a rate (sides_from_sentence() and coordinated_targets()).
bool agreed_by_at(const View& v, uint32_t k) {
    return (v.is(k + 1, "by") || v.is(k + 1, "with")) &&
           (v.is(k, "agreed") || v.is(k, "negotiated") || v.is(k, "secured") || v.is(k, "struck") || v.is(k, "won") ||
            v.is(k, "obtained"));
}

std::vector<int32_t> coordinated_targets(const View& v, const sv::Sent& s, const MeasureMention& m) {
    std::vector<int32_t> out;
    if (m.target < 0 || m.kind == "deal" || m.kind == "purchase" || m.kind.empty()) return out;
    // (a trade bloc is a side as a country is: "Peru and the European Union secured 15% rates")
    auto place = [&](uint32_t t) -> int32_t {
        const int32_t a = t < s.t1 ? sv::actor_at(v, t) : -1;
        return a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe ||
                          (v.actors[size_t(a)].type == sv::AType::org && trade_bloc(v.keys[v.actors[size_t(a)].key].name)))
                   ? a
                   : -1;
    };
    auto add = [&](int32_t a) {
        const int32_t k = int32_t(v.actors[size_t(a)].key);
        if (k == m.target || k == m.imposer || std::find(out.begin(), out.end(), k) != out.end()) return;
        out.push_back(k);
    };
    for (uint32_t i = s.t0; i < s.t1; ++i) {
        const int32_t a = place(i);
        if (a < 0 || int32_t(v.actors[size_t(a)].key) != m.target) continue;
        if (v.actors[size_t(a)].t0 != i) continue;
        // ("tariffs on most goods traded between Chile and Peru": the two sides of a trade, no
        // list of targets; the record reads them as imposer and target, in push_records)
        if (i >= 2 && v.is(i - 1, "between")) return out;
        // the measure's own phrase ("25% tariffs on Canada and Mexico"), or the subject of "face"
        // ("Canada and Mexico, already facing 25% tariffs"); not a headline's "India, US near a
        // deal that could cut the tariff on Indian goods"
        bool inside = i >= m.t0 && v.actors[size_t(a)].t1 <= m.t1;
        // (or the origin right after the phrase: "on solar panels imported from A, B and C")
        if (!inside && i >= m.t1 + 2 && i <= m.t1 + 3 && v.is(m.t1 + 1, "from") &&
            (v.is(m.t1, "imported") || v.is(m.t1, "shipped") || v.is(m.t1, "coming") || v.is(m.t1, "originating")))
            inside = true;
        // (or who agreed the rate: "the 15% rate agreed by A and B", as sides_from_sentence reads it)
        if (!inside && m.kind == "tariff" && i >= m.t1 + 2 && i <= m.t1 + 3 && agreed_by_at(v, m.t1)) inside = true;
        bool faces = false;
        if (!inside) {
            uint32_t e = v.actors[size_t(a)].t1;
            while (e + 1 < s.t1 && (v.is(e, "and") || v.is(e, ",")) && place(e + 1 + (v.is(e + 1, "and") ? 1 : 0)) >= 0)
                e = v.actors[size_t(place(e + 1 + (v.is(e + 1, "and") ? 1 : 0)))].t1;
            // (e: the end of the list the target opens or closes)
            for (uint32_t q = e; q < s.t1 && q < e + 4 && !faces; ++q) {
                const std::string_view w = v.lo(q);
                faces = w == "face" || w == "faces" || w == "faced" || w == "facing" || (m.has_rate && secures_verb(w));
            }
        }
        // (an earlier mention of the target elsewhere in the sentence, as a dateline's "OTTAWA",
        // is passed over: the target's place in the measure's phrase may come later)
        if (!inside && !faces) continue;
        // to the right: ", B", "and B", ", B and C"
        for (uint32_t q = v.actors[size_t(a)].t1; q + 1 < s.t1 && (v.is(q, "and") || v.is(q, ","));) {
            uint32_t r = q + 1;
            if (v.is(q, ",") && v.is(r, "and")) ++r;
            if (v.is(r, "the")) ++r;
            const int32_t b = place(r);
            if (b < 0 || v.actors[size_t(b)].t0 != r) break;
            add(b);
            q = v.actors[size_t(b)].t1;
        }
        // to the left: "A and B face": B is the target, A before it
        for (uint32_t q = v.actors[size_t(a)].t0 - (v.actors[size_t(a)].t0 > s.t0 + 2 && v.is(v.actors[size_t(a)].t0 - 1, "the") ? 1 : 0);
             q > s.t0 + 1 && (v.is(q - 1, "and") || v.is(q - 1, ","));) {
            uint32_t r = q - 1;
            if (r > s.t0 && v.is(r, "and") && v.is(r - 1, ",")) --r;
            if (r == s.t0) break;
            const int32_t b = place(r - 1);
            if (b < 0 || v.actors[size_t(b)].t1 != r) break;
            add(b);
            q = v.actors[size_t(b)].t0;
        }
        break;
    }
    return out;
}

// The subject of a verb of seeking or winning before an exemption from a measure is the
// measure's target (and no imposer): "Seoul to seek chip tariff exemption", "Japan won an
// exemption from the steel tariffs", "South Korea was granted an exemption". So is the subject
// of such a verb right before a quota ("Britain secures quota for cars": a quota for its goods
// that the other side grants); `reach` is how far before the noun the verb may be.
void exempt_seeker(const View& v, const sv::Sent& s, uint32_t noun, MeasureMention& m, uint32_t reach = 10) {
    static const char* const kSeek[] = {"seek", "seeks", "sought", "seeking", "win", "wins", "won", "winning",
        "get", "gets", "got", "getting", "obtain", "obtained", "request", "requested", "requests", "ask", "asked",
        "asks", "secure", "secured", "secures", "granted", "given", "lobby", "lobbied", "pursue", "pursued", nullptr};
    uint32_t verb = 0;
    for (uint32_t k = noun; k > s.t0 && k + reach > noun;) {
        --k;
        if (in_list(v.lo(k), kSeek) && !(v.toks[k].flags & sv::cap)) { verb = k; break; }
    }
    if (!verb) return;
    int32_t subject = -1;
    const uint32_t open = past_dateline(v, s.t0, verb);  // (past a dateline: "LONDON (Reuters) - Mexico obtained a quota")
    for (uint32_t q = open; q < verb && subject < 0; ++q) {
        const int32_t a = sv::actor_at(v, q);
        if (a < 0) continue;
        const auto& ar = v.actors[size_t(a)];
        if (ar.type == sv::AType::gpe || ar.type == sv::AType::org || ar.type == sv::AType::norp)
            subject = int32_t(ar.key);
        q = ar.t1 - 1;
    }
    if (subject < 0) return;
    if (m.imposer == subject) m.imposer = -1;
    if (m.target < 0 || m.target == subject) m.target = subject;
}

}  // namespace

// "Trump reversed course after X agreed to the deal's conditions": a change of mind, no verb of the
// measure near it.
bool changes_course(const View& v, uint32_t k) {
    return v.lo(k).compare(0, 6, "revers") == 0 &&
           (v.is(k + 1, "course") || v.is(k + 1, "itself") || v.is(k + 1, "himself") || v.is(k + 1, "herself") ||
            v.is(k + 1, "position") || v.is(k + 1, "direction"));
}

// ---- 4. take_mention -----------------------------------------------------------------------------------
namespace {

// What the phases of take_mention share: its arguments, the record being read and the
// positions and readings one phase leaves for the next (in the order take_mention reads them).
// The phases are its member functions: each reads and sets the members by name.
struct MentionState {
    MentionState(const View& v, uint32_t si, uint32_t i, Trigger& tr, size_t first_in_sentence,
                 std::vector<MeasureMention>& out, uint32_t& skip_until)
        : v(v), si(si), i(i), tr(tr), first_in_sentence(first_in_sentence), out(out), skip_until(skip_until),
          M(v.models), s(v.sents[si]) {}
    const View& v;
    uint32_t si;
    uint32_t i;
    Trigger& tr;
    size_t first_in_sentence;
    std::vector<MeasureMention>& out;
    uint32_t& skip_until;
    const SummaryModels* M;
    const sv::Sent& s;
    MeasureMention m;
    bool exempt = false;  // "a chip tariff exemption", "an exemption from U.S. tariffs"
    uint32_t trig_end = 0;  // past the trigger and its extensions
    uint32_t np0 = 0;  // the phrase's first token (the trigger's when it is a verb)
    int32_t possessor = -1;  // "France's 3% levy", "its tariffs": the possessor's key (-1: none)
    int32_t goods_owner = -1;  // "on its steel exports": whom "its" names (not its imports or market)
    std::string det;  // its determiner ("a", "the", "no", "such")
    bool definite = false;  // named with an article of co-reference
    int32_t origin_norp = -1;  // a nationality right before a good among them
    uint32_t j = 0;  // right_side's reading position
    uint32_t obj0 = 0, obj1 = 0;  // the object
    uint32_t applies_at = 0;  // "will also apply to cars": the verb, read for the status below
    bool participle_object = false;  // "the tariffs imposed on its exports (by X)"
    uint32_t participle_at = 0;  // (its index: the scan for state verbs starts there)
    bool levies_verb = false;  // "while Beijing levies 10% on U.S. imports" (right_side)
    int32_t destination_imposer = -1;  // the imposer read from "exports to X" (object_phrase), if it is
    uint32_t after = 0;  // past the object and the changes read after it
    uint32_t compared_end = 0;  // past "down from the 25% rate": that rate is this measure's
    const char* copula_status = nullptr;  // "Tariffs on X are 25%": the level the measure has
    uint32_t np1 = 0;  // the phrase's end
    int32_t gverb = -1;  // the governing verb (-1: none)
    VC gclass = VC::none;  // its class
    bool faced = false;  // the verb is "face": its subject is the target
    bool hit_by = false;  // ... a passive's: "Toyota has been hit by the tariffs" (a firm is no target)
    std::string st = "unknown";  // the status the verbs give
    Modality mod;  // the governing verb's modality

    // The phases, in the order take_mention() calls them (false: the mention is no measure).
    void trigger_extensions();
    bool left_modifiers();
    void right_side();
    void change_amounts();
    bool object_phrase();
    bool governing_verb();
    bool verb_status();
    void right_scan();
    void status_cues();
    void condition_and_reason();
    void time_phrase();
    void bounds_and_pairs();
    bool sides_from_sentence();
    bool past_trade_and_proposals();
    void push_records();
};

// The record's first fields and the trigger's extensions ("tariff level", "sanctions package").
void MentionState::trigger_extensions() {
    m.sent = si;
    m.kind = tr.kind;
    m.lemma = tr.lemma;
    trig_end = i + tr.len;
    // Trigger extensions: "tariff level", "purchase commitment", "sanctions package".
    while (trig_end < s.t1 && !tr.verb && in_list(v.lo(trig_end), kNounExt) &&
           !(v.lo(trig_end) == "order" && !v.is(trig_end - 1, "executive"))) {
        std::string_view x = v.lo(trig_end);
        if (x == "hike" || x == "hikes" || x == "increase" || x == "increases") m.direction = "raise";
        if (x == "cut" || x == "cuts") m.direction = "lower";
        if (x == "threat" || x == "threats") m.status = "threatened";
        if (x == "exemption" || x == "exemptions") exempt = true;
        ++trig_end;
    }
}

// The words before the trigger: rate, possessor, place adjectives, goods, reason words,
// determiner. false: no measure ("no cap on ...", a deal that is not there).
bool MentionState::left_modifiers() {
    // -- left modifiers: rate, possessor, place adjectives, goods, reason words, determiner
    np0 = i;
    if (!tr.verb) {
        uint32_t j = i;
        uint32_t steps = 0;
        while (j > s.t0 && steps < 7) {
            uint32_t k = j - 1;
            std::string_view w = v.lo(k);
            const auto& t = v.toks[k];
            if (t.kind == TK::quote) { j = k; ++steps; continue; }
            if (w == "'s") {
                int32_t a = sv::actor_at(v, k - (k > s.t0 ? 1 : 0));
                if (a >= 0) {
                    possessor = int32_t(v.actors[size_t(a)].key);
                    j = v.actors[size_t(a)].t0;
                    if (j > s.t0 && v.is(j - 1, "the")) --j;
                }
                break;
            }
            if (tok_det(v, k)) {
                det = std::string(w);
                if (in_list(w, kPossPron)) {
                    possessor = resolve_pronoun(v, k, s.t0, w == "his" || w == "her");
                    // "a 25% tariff on India over its purchases of Russian oil": inside the
                    // reason of a measure before it in the sentence, "its" is that one's target
                    if (w == "its" || w == "their")
                        for (size_t q = out.size(); q > first_in_sentence; --q) {
                            const MeasureMention& o = out[q - 1];
                            if (o.reason_t1 > o.reason_t0 && k >= o.reason_t0 && k < o.reason_t1 && o.target >= 0) {
                                possessor = o.target;
                                break;
                            }
                        }
                }
                j = k;
                if (w == "a" && k > s.t0 && v.is(k - 1, "such")) { det = "such"; --j; }
                break;
            }
            if (t.kind == TK::punct && w != "%" && w != "$" && w != "€" && w != "£") break;
            if (tok_prep(v, k) && !(w == "up" || w == "to")) break;
            // ("South Korea's exports rise despite U.S. tariffs": a conjunction opens another clause)
            if (w == "despite" || w == "amid" || w == "because" || w == "though" || w == "although" ||
                w == "while" || w == "whereas" || w == "unless" || w == "if" || w == "when" || w == "until")
                break;
            // ("up to 50% tariffs", "10 to 25 pct duties"; but "a response to auto levies"
            // starts after "to")
            if (answers_measure(v, k, s.t0)) break;
            if (w == "hold" && k > s.t0 && v.is(k - 1, "on")) break;  // "putting on hold duties"
            // ("Vietnam deal sets 20% tariff": a headline's subject, the deal, and its verb are
            // no modifiers of the tariff)
            if ((w == "deal" || w == "pact" || w == "agreement" || w == "accord" || w == "truce") &&
                !(t.flags & (sv::cap | sv::hyphen_before)) && k + 2 < i && v.toks[k + 1].kind == TK::word &&
                !tok_prep(v, k + 1) && v.toks[k + 2].kind == TK::number)
                break;
            if (tok_aux(v, k) || w == "it" || w == "they" || w == "he" || w == "she" || w == "we" ||
                w == "that" || w == "which" || w == "who" || w == "but" || w == "as" || w == "while")
                break;
            // "Taiwan faces tariffs on steel": the verb of a bare plural, not its modifier
            if ((w == "face" || w == "faces" || w == "faced" || w == "facing") && !(t.flags & sv::cap)) break;
            // ("China rejects U.S. chip curbs", "EU slams U.S. steel tariffs": a present verb in -s
            // between a name and a name in the measure's phrase; the first name is its subject)
            if (!(t.flags & sv::cap) && t.kind == TK::word && w.size() > 3 && w.back() == 's' && !w.ends_with("ss") &&
                k > s.t0) {
                // (the subject's name may be a body's: "Chinese foreign ministry rejects ...")
                bool named_before = false;
                for (uint32_t q = k; q > s.t0 && k - q < 4 && !named_before;) {
                    --q;
                    if (v.toks[q].kind != TK::word) break;
                    named_before = sv::actor_at(v, q) >= 0;
                }
                // (in the measure's own phrase: not across "to", "adds 80 Chilean firms to export
                // blacklist", where the verb's object is no modifier)
                bool named_after = false, phrase = true;
                for (uint32_t q = k + 1; q < i && phrase; ++q) {
                    named_after = named_after || sv::actor_at(v, q) >= 0;
                    phrase = !tok_prep(v, q);
                }
                if (named_before && named_after && phrase) break;
            }
            if (evades(w) && !(t.flags & sv::cap)) break;  // "help Moscow evade sanctions"
            // ("would require export licences": the verb after its auxiliary, read as such below;
            // "its ministry began requiring licences" keeps the possessor the phrase reaches)
            if (m.kind == "export_control" && !(t.flags & sv::cap) && verb_form(w, "require") && k > s.t0 &&
                (tok_aux(v, k - 1) || v.is(k - 1, "to")))
                break;
            // "Brazil's Lula says US tariff cuts ...": a verb of speech before a measure that names
            // its own country ends the phrase (the speaker's possessive is no possessor of it;
            // "his spokesman said trade sanctions" still reads the speaker's)
            if ((w == "says" || w == "said" || w == "say" || w == "told" || w == "tells" || w == "warns" ||
                 w == "warned" || w == "insists" || w == "insisted" || w == "argues" || w == "argued") &&
                !(t.flags & sv::cap)) {
                bool own_place = false;
                for (uint32_t q = k + 1; q < i && !own_place; ++q) {
                    const int32_t a = sv::actor_at(v, q);
                    own_place = a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe ||
                                           v.actors[size_t(a)].type == sv::AType::norp ||
                                           trade_bloc(v.keys[v.actors[size_t(a)].key].name));
                }
                if (own_place) break;
            }
            if ((w == "and" || w == "or") && k > s.t0 && (v.toks[k - 1].flags & sv::hyphen_before) &&
                ((k + 2 >= i && k > s.t0 + 1 && v.is(k - 2, "anti")) ||
                 (k + 2 < i && (v.toks[k + 2].flags & sv::hyphen_before)))) {
                // "anti-dumping and anti-subsidy duties", "the combined anti-dumping and
                // countervailing duty rate" (after "anti-X", one word or none before the trigger;
                // not "non-contract or spot transactions")
                j = k;
                ++steps;
                continue;
            }
            if (w == "and" || w == "or") {
                // only "steel and aluminium tariffs": goods on both sides
                const std::vector<uint32_t>* pl = nullptr;
                bool right_goods = M && match_at(v, M->goods_trie, k + 1, i, &pl) > 0;
                bool left_goods = false;
                if (M && k > s.t0)
                    for (uint32_t q = k > s.t0 + 3 ? k - 3 : s.t0; q < k; ++q)
                        if (match_at(v, M->goods_trie, q, k, &pl) == k - q) left_goods = true;
                if (!(right_goods && left_goods)) break;
                j = k;
                ++steps;
                continue;
            }
            // "proposed"/"planned" modify the measure ("the proposed tariffs", "its planned
            // levy") unless a subject or an adverb stands right before them: "The Commission
            // (also) proposed export restrictions" is the verb.
            const bool participle = w == "planned" || w == "proposed";
            const bool participle_verb =
                participle && k > s.t0 &&
                (((v.toks[k - 1].flags & sv::cap) && v.toks[k - 1].kind == TK::word && !tok_det(v, k - 1)) ||
                 v.is(k - 1, "also") || v.is(k - 1, "formally") || v.is(k - 1, "jointly") ||
                 v.is(k - 1, "officially") || v.is(k - 1, "recently") || v.is(k - 1, "then") ||
                 v.is(k - 1, "previously") || v.is(k - 1, "first") ||
                 // ("India has proposed retaliatory duties", "it proposed duties")
                 v.is(k - 1, "has") || v.is(k - 1, "have") || v.is(k - 1, "had") || v.is(k - 1, "it") ||
                 v.is(k - 1, "they"));
            // ("face a lower 10% duty": after an article, "lower" is an adjective, no verb)
            const bool adjective = (w == "lower" || w == "higher") && k > s.t0 &&
                                   (v.is(k - 1, "a") || v.is(k - 1, "an") || v.is(k - 1, "the"));
            if (tok_vc(v, k) != VC::none && !(t.flags & sv::cap) && w != "export" && w != "import" &&
                w != "purchase" && (!participle || participle_verb) &&
                !(w == "cap") && !adjective)
                break;
            // "Beijing (has since) opened anti-dumping investigations": a past form after a
            // subject, an auxiliary or an adverb is the verb, no modifier
            if (!participle && is_past(w) && !(t.flags & (sv::cap | sv::hyphen_before)) && t.kind == TK::word && k > s.t0 &&
                (sv::actor_at(v, k - 1) >= 0 || tok_aux(v, k - 1) || v.is(k - 1, "since") || v.is(k - 1, "also") ||
                 v.is(k - 1, "recently") || v.is(k - 1, "already") || v.is(k - 1, "then") || v.is(k - 1, "it") ||
                 v.is(k - 1, "they")))
                break;
            j = k;
            ++steps;
        }
        np0 = j;
    }
    if (m.kind == "deal" && absent_deal(v, s.t0, np0, det)) return false;
    // ("There is no cap on the size of the tariffs": a limit that is not there)
    if (m.kind == "quota" && det == "no") return false;
    if (!det.empty() && in_list(det.c_str(), kCorefDet)) m.coref = true;
    // ("Laos and Myanmar face the highest rate in Asia at 40%": "the" before a superlative
    // picks one of many, it does not point back to a measure named before)
    if (m.coref && det == "the")
        for (uint32_t q = np0; q < i && q < np0 + 3; ++q)
            if (v.toks[q].kind == TK::word && !(v.toks[q].flags & sv::cap) && v.lo(q).size() > 5 &&
                v.lo(q).ends_with("est") && v.lo(q) != "interest" && v.lo(q) != "request" && v.lo(q) != "protest")
                m.coref = false;
    {
        const std::string_view h = v.lo(i);
        m.plural = h.size() > 3 && h.back() == 's' && h[h.size() - 2] != 's';
    }
    definite = m.coref;
    if (tr.lemma == "measure") { m.generic_coref = true; m.coref = true; }
    // "the pact, under which most tariffs on cars were eliminated in 2016": a quantified plural
    // names a class of measures, never the one a record holds (the planned 25% car tariff read as
    // lifted)
    if (m.plural && !definite && ((np0 < i && v.is(np0, "most")) || (np0 > s.t0 && v.is(np0 - 1, "most"))))
        m.fresh = true;
    // "The penalty comes on top of a 25% reciprocal tariff that took effect last week": what
    // another measure comes on top of, named with "a", is another measure (it joined the new
    // penalty named before it)
    if (!definite && np0 >= s.t0 + 3 && stacked_on_at(v, np0 - 3)) m.fresh = true;
    // "a trade deal last month, under which tariffs on UK steel were to fall to zero": a deal's
    // term is a measure of its own (it joined the doubled steel duties the story is about)
    if (!definite && np0 >= s.t0 + 2 && v.is(np0 - 2, "under") && v.is(np0 - 1, "which")) m.fresh = true;
    for (uint32_t k = np0; k < i; ++k) {
        std::string_view w = v.lo(k);
        if (in_list(w, kFresh) && !definite) m.fresh = true;  // "a new tariff", not "the new tariff"
        // ("whether to impose definitive duties" after provisional ones: the next step, another
        // measure; a "definitive agreement" is the deal agreed in principle before)
        if (w == "definitive" && !definite && m.kind != "deal" && m.kind != "purchase") m.fresh = true;
        if (w == "additional" || w == "extra") m.additional = true;
        // (not a deal's: "the initial license agreement" is the deal's first term)
        if (definite && m.kind != "deal" && m.kind != "purchase" &&
            (w == "original" || w == "initial" || w == "earlier" || w == "previous" || w == "old"))
            m.original = true;
        if (w == "export" || w == "exports") {
            if (m.kind == "ban" || m.kind == "quota") {} else if (m.kind != "tariff" && m.kind != "other") m.kind = "export_control";
        }
        // (or the controlled goods: "the rare earth controls it announced in October")
        if ((w == "tech" || w == "technology" || w == "chip" || w == "chips" || w == "earth" || w == "earths" ||
             w == "mineral" || w == "minerals" || w == "magnet" || w == "magnets" || w == "semiconductor" ||
             w == "gallium" || w == "germanium" || w == "graphite" || w == "antimony") &&
            tr.needs_flow)
            tr.needs_flow = false;
    }
    // ("ended India's preferential trade status": whose preferences they are benefits from them)
    // ("Vietnam's rate was set at 20%": a party's rate, the tariff word named elsewhere, is the
    // rate it faces; "Vietnam's tariff rate" stays its own)
    if (possessor >= 0 && (m.lemma == "preferences" || (m.lemma == "rate" && i > s.t0 && v.is(i - 1, "'s"))))
        m.target = possessor;
    else if (possessor >= 0) m.imposer = possessor;
    // "will be charged 35%", "taxed at a rate of 15%": the rate right after the verb
    // ("with the US charging 25% on British steel": the name right before the verb charges it)
    if (tr.bare_rate && i > s.t0) {
        const uint32_t b = before_time_adverbs(v, i, s.t0 + 1);
        if (const int32_t a = sv::actor_at(v, b - 1); a >= 0 && v.actors[size_t(a)].type != sv::AType::person)
            m.imposer = acting_for(v, v.actors[size_t(a)]);
    }
    if (tr.passive || tr.bare_rate) {
        double x;
        uint32_t n;
        const uint32_t at = tr.bare_rate ? i + 1 : i + tr.len;
        if (tr.passive && v.is(at, "between") && rate_range_at(v, at, s.t1, x, m.max) > 0) {
            m.has_rate = m.has_max = true;
            m.rate = x;
            m.unit = "percent";
        } else if (sv::percent_at(v, at, s.t1, x, n)) {
            m.has_rate = true;
            m.rate = x;
            m.unit = "percent";
        }
    }
    // rate inside the modifiers: "a 20 per cent tariff", "France's 3% levy"
    for (uint32_t k = np0; k < i; ++k) {
        double x;
        uint32_t n;
        if (rate_range_at(v, k, i, x, m.max)) {  // "10 to 25 percent tariffs"
            m.has_rate = m.has_max = true;
            m.rate = x;
            m.unit = "percent";
            break;
        }
        if (sv::percent_at(v, k, i, x, n)) { m.has_rate = true; m.rate = x; m.unit = "percent"; break; }
        // "a $1.50 per kg duty"
        if (m.kind != "quota" && m.kind != "deal" && m.kind != "purchase" && per_unit_at(v, k, i, x, m.unit)) {
            m.has_rate = true;
            m.rate = x;
            break;
        }
        Amount am;
        if (m.kind == "quota" && amount_at(v, k, i, &am) && !am.unit.empty()) { set_quantity_rate(m, am); break; }
    }
    // place adjectives and goods among the modifiers
    uint32_t mod_goods0 = 0, mod_goods1 = 0;
    for (uint32_t k = np0; k < i; ++k) {
        const std::vector<uint32_t>* gpl = nullptr;
        uint32_t gn = M ? match_at(v, M->goods_trie, k, i, &gpl) : 0;
        int32_t a = gn ? -1 : sv::actor_at(v, k);  // a traded good, even if tagged as a name
        if (a >= 0) {
            const auto& ar = v.actors[size_t(a)];
            // ("Canada raises Chinese steel tariffs": a nationality before a good is where the
            // good comes from; it imposes the measure only when no subject does, below)
            const std::vector<uint32_t>* npl = nullptr;
            // (for a purchase a place's name too: "China halts U.S. sorghum purchases" buys from
            // the United States)
            if (possessor < 0 && (ar.type == sv::AType::norp || (ar.type == sv::AType::gpe && m.kind == "purchase")) &&
                m.imposer < 0 && origin_norp < 0 && ar.t1 < i && M &&
                match_at(v, M->goods_trie, ar.t1, i, &npl) > 0) {
                origin_norp = int32_t(ar.key);
                k = ar.t1 - 1;
                continue;
            }
            // ("give U.S. goods zero-tariff access": a place whose goods are named is where they
            // come from, not who imposes; "U.S. import tariffs", "U.S. export controls" are the
            // place's own)
            if ((ar.type == sv::AType::gpe || ar.type == sv::AType::norp) && ar.t1 < i &&
                (v.is(ar.t1, "goods") || v.is(ar.t1, "products") || v.is(ar.t1, "items") ||
                 v.is(ar.t1, "shipments") || v.is(ar.t1, "commodities"))) {
                if (m.target < 0) m.target = int32_t(ar.key);
                k = ar.t1 - 1;
                continue;
            }
            // ("Russia-related financial sanctions", "Iran-linked sanctions": the place they are
            // about is their target, not who imposes them)
            if (ar.t1 < i && (v.toks[ar.t1].flags & sv::hyphen_before) &&
                (v.is(ar.t1, "related") || v.is(ar.t1, "linked") || v.is(ar.t1, "focused") ||
                 v.is(ar.t1, "specific")) &&
                (ar.type == sv::AType::gpe || ar.type == sv::AType::norp)) {
                if (m.target < 0) m.target = int32_t(ar.key);
                k = ar.t1;
                continue;
            }
            if (possessor < 0 && m.imposer < 0 &&
                (ar.type == sv::AType::gpe || ar.type == sv::AType::norp ||
                 (ar.type == sv::AType::org && m.kind == "tariff" && trade_bloc(v.keys[ar.key].name))))
                m.imposer = int32_t(ar.key);
            // "the Mercosur-EU deal", "a US-China deal": the parties, hyphen-joined
            const int32_t pair = ar.t1 < i && (v.toks[ar.t1].flags & sv::hyphen_before) ? sv::actor_at(v, ar.t1) : -1;
            if (m.kind == "deal" && pair >= 0 && v.actors[size_t(pair)].t0 == ar.t1 &&
                v.actors[size_t(pair)].type != sv::AType::person && ar.type != sv::AType::person) {
                if (possessor < 0) {
                    m.imposer = int32_t(ar.key);
                    m.target = int32_t(v.actors[size_t(pair)].key);
                }
                k = v.actors[size_t(pair)].t1 - 1;
                continue;
            }
            if (m.kind == "deal" && ar.type == sv::AType::org && m.goods.empty()) {
                m.goods = v.cut(ar.t0, ar.t1);  // "the Acme takeover": what the deal is about
                std::string w(v.lo(ar.t0));
                m.goods_words.push_back(w);
            }
            k = ar.t1 - 1;
            continue;
        }
        const std::vector<uint32_t>* pl = nullptr;
        uint32_t n = M ? match_at(v, M->goods_trie, k, i, &pl) : 0;
        if (n) {
            if (!mod_goods1) mod_goods0 = k;
            mod_goods1 = k + n;
            k += n - 1;
            continue;
        }
        if (M && M->has_taxonomy && m.reason.empty()) {
            uint32_t n2 = match_at(v, M->issue_trie, k, i, &pl);
            if (n2 && pl) {
                // "security-related tariffs": the modifier names the reason
                if (k + n2 < i && (v.toks[k + n2].flags & sv::hyphen_before) &&
                    (v.is(k + n2, "related") || v.is(k + n2, "linked") || v.is(k + n2, "driven")))
                    m.reason = v.cut(k, k + n2);
                m.reason_issues.assign(pl->begin(), pl->end());
                k += n2 - 1;
            }
        }
        // ("The agreement", "the September agreement": a sentence's first word, a time)
        // A line in capitals says nothing by its capitals ("... NEED NEW PACT").
        if (m.kind == "deal" && (v.toks[k].flags & sv::cap) && m.goods.empty() && !tok_det(v, k) &&
            sv::time_at(v, k, i) == 0 && !(s.heading && (v.toks[k].flags & sv::all_cap))) {
            m.goods = v.cut(k, k + 1);
            content_words(v, k, k + 1, m.goods_words);
        }
    }
    if (mod_goods1 > mod_goods0) {
        m.goods = v.cut(mod_goods0, mod_goods1);
        content_words(v, mod_goods0, mod_goods1, m.goods_words);
    }
    return true;
}

// After the trigger: rate phrases, a participle and its agent, the object (obj0, obj1).
void MentionState::right_side() {
    // -- right side: rate phrases, object, change amounts, agent
    j = trig_end;
    auto skip_qualifiers = [&](uint32_t k) { return past_qualifiers(v, k, s.t1); };
    // ("Britain pays 25% on steel": past the rate a payer's verb took, what it is paid on)
    if (tr.passive && (v.is(i, "pays") || v.is(i, "pay") || v.is(i, "paid") || v.is(i, "paying"))) {
        double x;
        uint32_t n;
        if (sv::percent_at(v, j, s.t1, x, n) && v.is(j + n, "on")) j += n;
    }
    // "while Beijing levies 10% on U.S. imports": after a name, "levies" with a rate right after
    // it is the verb (a levy in force), the rate its object
    {
        double x;
        uint32_t n;
        if (trig_end == i + 1 && (v.is(i, "levies") || v.is(i, "levy")) && i > s.t0 && sv::actor_at(v, i - 1) >= 0 &&
            sv::percent_at(v, trig_end, s.t1, x, n)) {
            m.has_rate = true;
            m.rate = x;
            m.unit = "percent";
            j = trig_end + n;
            levies_verb = v.is(i, "levies");
        }
    }
    for (int round = 0; round < 4 && j < s.t1; ++round) {
        j = past_adverb_aside(v, j, s.t1);  // ("..., however, will remain at 50%")
        std::string_view w = v.lo(j);
        double x;
        uint32_t n;
        // "cap tariffs on most EU goods, including cars and lumber, at 15%": the level after the
        // object's list
        if (w == "," && obj1 > 0 && j == obj1 && !m.has_rate && j + 2 < s.t1 && v.is(j + 1, "at") &&
            sv::percent_at(v, skip_qualifiers(j + 2), s.t1, x, n)) {
            ++j;
            w = v.lo(j);
        }
        // "tariffs of its own on ...": the measure is its subject's (the imposer comes from
        // the governing verb); the object follows
        if (w == "of" && (v.is(j + 1, "its") || v.is(j + 1, "their")) && v.is(j + 2, "own")) {
            j += 3;
            continue;
        }
        // "the tariff threatened on Japanese goods", "the tariffs imposed on Chinese goods":
        // a participle before the object
        // ("tariffs imposed last week against some Japanese products": a time phrase between)
        // (the verb at `verb`, then a time phrase at most, then "on"/"against" and the object)
        const auto object_after = [&](uint32_t verb) {
            const uint32_t at = verb + 1 + sv::time_at(v, verb + 1, s.t1);
            if (!(at + 1 < s.t1 && (v.is(at, "on") || v.is(at, "against")))) return false;
            participle_object = true;
            participle_at = verb;
            j = at;
            w = v.lo(j);
            return true;
        };
        if (round == 0 && obj1 == 0 && !tr.verb && j + 2 < s.t1 &&
            (w == "imposed" || w == "threatened" || w == "levied" || w == "placed" || w == "slapped" ||
             w == "announced" || w == "planned" || w == "proposed" || w == "applied" || w == "charged"))
            object_after(j);
        // "the 80.5% tariffs it imposed on Australian barley", "tariffs of up to 218%, which China
        // imposed in 2021": a relative clause right after the measure names who imposed it, and
        // the object of its verb is the goods
        if (obj1 == 0 && !participle_object && !tr.verb && j + 2 < s.t1) {
            uint32_t q = j;
            if (v.is(q, ",") && v.is(q + 1, "which")) ++q;
            if (v.is(q, "which") || v.is(q, "that")) ++q;
            const uint32_t subj = q;
            int32_t who = -1;
            if (v.is(q, "it") || v.is(q, "they")) {
                who = resolve_pronoun(v, q, s.t0, false);
                ++q;
            } else if (v.is(q, "he") || v.is(q, "she")) {
                who = resolve_pronoun(v, q, s.t0, true);
                ++q;
            } else if (const int32_t a = sv::actor_at(v, q + (v.is(q, "the") ? 1 : 0));
                       a >= 0 && v.actors[size_t(a)].t0 == q + (v.is(q, "the") ? 1 : 0) &&
                       v.actors[size_t(a)].type != sv::AType::norp) {
                // ("the 39% tariff the United States imposed on its goods")
                who = int32_t(v.actors[size_t(a)].key);
                q = v.actors[size_t(a)].t1;
            } else if (v.is(q, "the") && q + 1 < s.t1 && !(v.toks[q + 1].flags & sv::cap) &&
                       (v.is(q + 1, "ministry") || v.is(q + 1, "department") || v.is(q + 1, "commission") ||
                        v.is(q + 1, "agency"))) {
                // ("that the department set earlier this year": the body named before, for its country)
                if (const int32_t b = institution_before(v, q + 1, v.lo(q + 1)); b >= 0)
                    who = acting_for(v, v.actors[size_t(b)]);
                q += 2;
            }
            if (q > subj && (v.is(q, "has") || v.is(q, "had") || v.is(q, "have"))) ++q;
            if (q > subj && q < s.t1 && q > j + (v.is(j, ",") ? 2u : 0u) &&
                (v.is(q, "imposed") || v.is(q, "levied") || v.is(q, "slapped") || v.is(q, "placed") ||
                 v.is(q, "introduced") || v.is(q, "applied") || v.is(q, "set") || v.is(q, "put"))) {
                if (who >= 0 && m.imposer < 0 && who != m.target) m.imposer = who;
                // ("the 15% tariffs it imposed in March on some U.S. farm products": a time between)
                if (!object_after(q)) break;
            }
        }
        // "a 39% tariff imposed by President X on imports from Y": the agent, then the object
        if (round == 0 && obj1 == 0 && !tr.verb && j + 3 < s.t1 && v.is(j + 1, "by") &&
            (w == "imposed" || w == "threatened" || w == "levied" || w == "slapped" || w == "announced" ||
             w == "ordered" || w == "proposed" || w == "planned")) {
            int32_t agent = -1;
            uint32_t q = j + 2;
            if (v.is(q, "the")) ++q;
            while (q < s.t1 && q < j + 9 && v.toks[q].kind == TK::word && (v.toks[q].flags & sv::cap)) {
                if (const int32_t a = sv::actor_at(v, q); a >= 0) {
                    if (agent < 0 || v.keys[size_t(agent)].type != sv::AType::person) agent = int32_t(v.actors[size_t(a)].key);
                    q = v.actors[size_t(a)].t1;
                } else {
                    ++q;
                }
            }
            // (not where it was announced: "the deal announced by X on social media")
            static const char* const kMedium[] = {"social", "television", "tv", "twitter", "truth", "facebook",
                "x", "instagram", "radio", nullptr};
            if (agent >= 0 && q + 1 < s.t1 && (v.is(q, "on") || v.is(q, "against")) &&
                !(v.is(q, "on") && in_list(v.lo(q + 1), kMedium))) {
                if (m.imposer < 0) m.imposer = agent;
                participle_object = true;
                participle_at = j;
                j = q;
                w = v.lo(j);
            }
        }
        // "held at 10%", "set at 25%": a participle before the rate
        if ((w == "held" || w == "kept" || w == "set" || w == "maintained" || w == "fixed" ||
             w == "pegged" || w == "levied" || w == "charged") && v.is(j + 1, "at")) {
            ++j;
            w = v.lo(j);
        }
        // ("Tariffs on Korean steel will remain at 50%", "remains unchanged at 35.75%": the level
        // the measure keeps)
        {
            uint32_t q = j;
            if (w == "will" || w == "would" || w == "could" || w == "should" || w == "may" || w == "to") ++q;
            if (v.is(q, "remain") || v.is(q, "remains") || v.is(q, "remained") || v.is(q, "stay") ||
                v.is(q, "stays") || v.is(q, "stayed")) {
                ++q;
                if (v.is(q, "unchanged")) ++q;
                if (v.is(q, "at") && !(v.toks[q].flags & sv::cap)) {
                    j = q;
                    w = v.lo(j);
                }
            }
        }
        // "duties ranging from 18.4% to 62.1% on hardwood plywood": a range before the object
        if ((w == "ranging" || w == "varying") && obj1 == 0 && !m.has_rate && m.kind != "deal" && m.kind != "purchase")
            if (const uint32_t rn = rate_range_at(v, j + 1, s.t1, x, m.max, true)) {
                m.has_rate = m.has_max = true;
                m.rate = x;
                m.unit = "percent";
                j += 1 + rn;
                continue;
            }
        // ("provisional duties as high as 95.2%", "as much as 30%": a level right after the noun)
        if (w == "as" && m.kind == "tariff" && !m.has_rate && j + 3 < s.t1 &&
            (v.is(j + 1, "high") || v.is(j + 1, "much")) && v.is(j + 2, "as") &&
            sv::percent_at(v, j + 3, s.t1, x, n)) {
            m.has_rate = true;
            m.rate = x;
            m.unit = "percent";
            j += 3 + n;
            continue;
        }
        if ((w == "of" || w == "at" || w == "above" || w == "exceeding" || w == "below")) {
            uint32_t k = skip_qualifiers(j + 1);
            // "duties of between 15% and 41%", "tariffs of 17% to 38%" (after a verb of
            // change, "from/of 10% to 25%" is its level: not read as a range here)
            if ((w == "of" || w == "at") && !m.has_rate && m.direction != "raise" && m.direction != "lower")
                if (const uint32_t rn = rate_range_at(v, j + 1, s.t1, x, m.max)) {
                    m.has_rate = m.has_max = true;
                    m.rate = x;
                    m.unit = "percent";
                    j += 1 + rn;
                    continue;
                }
            if (sv::percent_at(v, k, s.t1, x, n)) {
                m.has_rate = true;
                m.rate = x;
                m.unit = "percent";
                j = k + n;
                continue;
            }
            // "a tariff of 170 yen per kilogram on rice": a specific duty
            if (m.kind != "quota" && m.kind != "deal" && m.kind != "purchase" && !m.has_rate)
                if (const uint32_t pn = per_unit_at(v, k, s.t1, x, m.unit)) {
                    m.has_rate = true;
                    m.rate = x;
                    j = k + pn;
                    continue;
                }
            Amount am;
            if (m.kind == "quota" && w == "of" && !m.has_rate) {
                if (const uint32_t an = amount_at(v, j + 1, s.t1, &am); an && !am.unit.empty()) {
                    set_quantity_rate(m, am);
                    j += 1 + an;
                    continue;
                }
            }
        }
        // A value before the object: "tariffs worth up to 300 mln dlrs on ...", "duties of
        // $2 billion on ..." (a percentage after "of" is the rate, above).
        if (obj1 == 0 && (w == "worth" || w == "of" || w == "totalling" || w == "totaling")) {
            Amount am;
            if (const uint32_t n = amount_at(v, j + 1, s.t1, &am); n && (am.money || w == "worth")) {
                j += 1 + n;
                continue;
            }
        }
        if (tr.verb && obj1 == 0 && !tr.passive) {
            // "buy at least 200,000 tonnes of soybeans": the amount is the object's
            if (v.is(j, "at") && v.is(j + 1, "least") && j + 2 < s.t1) j += 2;
            // "buy up to 24.9 pct of Acme's shares": a share bought, not its goods
            if (m.kind == "purchase" && v.is(j, "up") && v.is(j + 1, "to")) {
                uint32_t k = j + 2, pn = 0;
                if (sv::percent_at(v, k, s.t1, x, pn)) k += pn;
                else if (const uint32_t an = amount_at(v, k, s.t1)) k += an;
                if (k > j + 2 && v.is(k, "of")) ++k;
                if (k > j + 2 && k < s.t1) j = k;
            }
            obj0 = j;
            obj1 = object_end(v, j, s.t1);
            j = obj1;
            continue;
        }
        // ("require export licences for synthetic graphite": the licences already say export, and
        // what they are for is the goods; not a time, nor a name: "licences for Acme" is whom)
        const bool export_licences =
            m.kind == "export_control" && j >= 2 &&
            (v.is(j - 1, "licences") || v.is(j - 1, "licenses") || v.is(j - 1, "licence") || v.is(j - 1, "license") ||
             v.is(j - 1, "permits")) &&
            (v.is(j - 2, "export") || v.is(j - 2, "exports") || exporters_licences(v, j - 1)) && j + 1 < s.t1 &&
            v.toks[j + 1].kind == TK::word &&
            !v.is(j + 1, "it") && !v.is(j + 1, "them") && !v.is(j + 1, "this") && !v.is(j + 1, "these") &&
            sv::time_at(v, j + 1, s.t1) == 0 && sv::actor_at(v, j + 1 + (tok_det(v, j + 1) ? 1 : 0)) < 0;
        if (obj1 == 0 && w == "for" && ((m.kind == "export_control" && (v.is(j + 1, "exports") || v.is(j + 1, "export") || v.is(j + 1, "the") || export_licences)) ||
                                         m.lemma == "exemption" ||  // "the de minimis exemption for low-value parcels"
                                         (m.kind == "quota" && j + 1 < s.t1 && v.toks[j + 1].kind == TK::word &&
                                          (!tok_det(v, j + 1) || v.is(j + 1, "its") || v.is(j + 1, "their")) &&
                                          sv::time_at(v, j + 1, s.t1) == 0 &&
                                          (sv::actor_at(v, j + 1) < 0 || norp_before_goods(v, j + 1, s.t1))))) {  // "its quota for steel exports", "for Ukrainian sugar", "for its tomatoes" ("for the first six months", "for the smaller nations": no goods)
            obj0 = j + 1;
            obj1 = object_end(v, obj0, s.t1);
            j = obj1;
            continue;
        }
        // "A 15% tariff will also apply to most other Japanese goods": what it applies to
        if (obj1 == 0 && round == 0 && m.kind != "deal" && m.kind != "purchase") {
            // ("The levy, announced by X last week, applies to most Chilean exports": a measure
            // named again, past a participle's or relative clause set off by commas)
            uint32_t from = j;
            // (whose agent after "by" imposes it: "announced by U.S. President X")
            if (m.coref)
                if (uint32_t c = 0; aside_after(v, j, s.t1, c)) {
                    from = c + 1;
                    for (uint32_t b = j + 2; b + 1 < c && m.imposer < 0; ++b)
                        if (v.is(b, "by") && tok_vc(v, b - 1) != VC::none)
                            if (const int32_t a = sv::actor_at(v, b + 1); a >= 0 && v.actors[size_t(a)].t0 == b + 1)
                                m.imposer = acting_for(v, v.actors[size_t(a)]);
                }
            uint32_t q = from;
            while (q < s.t1 && q < from + 3 && (tok_aux(v, q) || v.is(q, "also") || v.is(q, "now") || v.is(q, "only")))
                ++q;
            // (only after an auxiliary or "also": "France's 3% levy applies to revenue" describes
            // the tax the story is about, no goods that would part it from its record; a measure
            // named again by its article widens that record, as below)
            if ((q > j || m.coref) && (v.is(q, "apply") || v.is(q, "applies") || v.is(q, "applied")) &&
                v.is(q + 1, "to") && q + 2 < s.t1 && !tok_prep(v, q + 2)) {
                applies_at = q;
                // (a measure named by its article is the one before: "The tax would have
                // applied to companies such as X" widens it, no new record)
                m.extends = m.coref;
                obj0 = q + 2;
                obj1 = object_end(v, obj0, s.t1);
                j = obj1;
                continue;
            }
            // "the duties would cover steel and cars", "The tariffs cover goods worth C$30
            // billion": what they cover ("The tariffs being lifted cover ...": the participle
            // before it is the news, read by the scan after the phrase, and stays so)
            uint32_t c = j;
            while (c < s.t1 && c < j + 4 && (tok_aux(v, c) || v.is(c, "also") || v.is(c, "only"))) ++c;
            if ((c > j || v.is(j - 1, "tariffs") || v.is(j - 1, "duties")) && c + 1 < s.t1 &&
                (v.is(c, "cover") || v.is(c, "covers")) && v.toks[c + 1].kind == TK::word && !tok_prep(v, c + 1) &&
                sv::actor_at(v, c + 1) < 0) {
                obj0 = c + 1;
                obj1 = object_end(v, obj0, s.t1);
                j = obj1;
                continue;
            }
        }
        if (obj1 == 0 && (w == "on" || w == "against" || w == "targeting" ||
                          // ("the first such measures of Trump's term": a generic
                          // measure's "of" names no goods)
                          (w == "of" && m.kind != "tariff" && m.kind != "other" && m.lemma != "measure") ||
                          (w == "with" && m.kind == "deal") || (w == "into" && m.lemma == "investigation"))) {
            if (w == "on" && sv::time_at(v, j, s.t1) > 0) break;
            // ("additional duties on top of the standard 10% tariff": another measure the first
            // adds to, no goods)
            if (w == "on" && v.is(j + 1, "top") && v.is(j + 2, "of")) break;
            // ("the best deal of anyone": a comparison, nothing the deal is of)
            if (w == "of" && (v.is(j + 1, "anyone") || v.is(j + 1, "anybody") || v.is(j + 1, "everyone") ||
                              v.is(j + 1, "everybody")))
                break;
            obj0 = j + 1;
            obj1 = object_end(v, obj0, s.t1);
            if (w == "with") {  // "an agreement with X": the other party only
                int32_t a = sv::actor_at(v, obj0 + (v.is(obj0, "the") ? 1 : 0));
                if (a >= 0) m.target = int32_t(v.actors[size_t(a)].key);
                obj0 = obj1 = 0;
                j = j + 1;
                break;
            }
            j = obj1;
            continue;
        }
        break;
    }
}

// After the object: levels and changes ("from 20% to 10%", "by 10 points", "in half"), a
// copula's level, an agent; sets np1 (the phrase's end) and read_end.
void MentionState::change_amounts() {
    auto skip_qualifiers = [&](uint32_t k) { return past_qualifiers(v, k, s.t1); };
    // After the object: "from 20% to 10%", "to 50 per cent", "by 10 percentage points", "in half"
    after = std::max(j, trig_end);
    // ... past a participle phrase of the goods: "tariffs on cars imported from China and
    // other Asian countries without trade agreements to 50% from 20%"
    static constexpr std::string_view kGoodsParticiple[] = {"imported", "made", "produced", "shipped",
        "manufactured", "sourced", "coming", "originating", "assembled", "grown"};
    uint32_t reach = 8;
    uint32_t from_level_end = 0;  // after "to 50% from 15%": where the old level ended (its range's "to" is no change)
    // "The duties, imposed last October after an investigation, range from 7.8% to 35.3%":
    // the subject's verb after an aside between commas (no other measure named between)
    if (!m.has_rate && m.kind != "deal" && m.kind != "purchase" && v.is(after, ",")) {
        for (uint32_t k = after + 1; k + 1 < s.t1 && k < after + 24; ++k) {
            if (v.is(k, ";") || v.is(k, ":") || v.toks[k].kind == TK::quote) break;
            Trigger other;
            if (v.toks[k].kind == TK::word && (v.toks[k].info & sv::wi_trigger) && trigger_at(v, k, s.t1, other)) break;
            if (!v.is(k, ",")) continue;
            // the aside's closing comma: the verb after it, or nothing
            double lo;
            if (range_verb(v.lo(k + 1)))
                if (rate_range_at(v, k + 2, s.t1, lo, m.max, true)) {
                    m.has_rate = m.has_max = true;
                    m.rate = lo;
                    m.unit = "percent";
                }
            break;
        }
    }
    // ("The tariffs, which took effect in April, were raised to 50% in June": past an aside
    // between commas, to the sentence's own verb of change, right_scan()'s reading)
    if (after < s.t1 && v.is(after, ",") && m.kind != "deal" && m.kind != "purchase")
        if (const uint32_t vb = verb_after_aside(v, after, s.t1)) {
            const VC c = tok_vc(v, vb);
            if (c == VC::raise || c == VC::lower || c == VC::halve || c == VC::double_ || c == VC::triple)
                after = vb + 1;
        }
    if (after < s.t1)
        for (std::string_view p : kGoodsParticiple)
            if (v.lo(after) == p) reach = 16;
    // ("Tariffs on cars with engines of 3,000 cc or more will drop to 32% from 64%": a "with"
    // phrase of the goods, numbers and all, before the change)
    if (after + 1 < s.t1 && v.is(after, "with") && v.toks[after + 1].kind == TK::word &&
        !(v.toks[after + 1].flags & sv::cap) && !tok_det(v, after + 1))
        reach = 16;
    // ("on Canadian goods not covered by the USMCA trade pact to 35% from 25%")
    if (after + 1 < s.t1 && v.is(after, "not") && (v.is(after + 1, "covered") || v.is(after + 1, "included") ||
                                                   v.is(after + 1, "exempted") || v.is(after + 1, "listed")))
        reach = 16;
    // "a 30% tariff would cut euro zone growth by 0.5 points": the measure as the subject
    // of a verb with an object of its own says what it does, no change of its own
    if (effect_clause(v, after, s.t1)) reach = 0;
    for (uint32_t k = after; k < s.t1 && k < after + reach; ++k) {
        std::string_view w = v.lo(k);
        double x;
        uint32_t n;
        // "cut its tariffs on cars to 32% from 45% and on ethanol to 5%": the level after a
        // second object is that object's (elided_list() makes its record)
        if ((w == "and" || w == ",") && (v.is(k + 1, "on") || (v.is(k + 1, "and") && v.is(k + 2, "on"))))
            break;
        // ("an 8% tariff on live lobster and up to 20% on processed lobster": the rate of a
        // second object, not a change of this one's)
        if (w == "and") {
            const uint32_t r = past_qualifiers(v, k + 1, s.t1);
            if (r > k + 1 && sv::percent_at(v, r, s.t1, x, n) && v.is(r + n, "on")) break;
        }
        // "steel import quota cut, doubles out-of-quota duty to 50%": a level after another
        // measure's noun is that one's
        if (k > after && v.toks[k].kind == TK::word && (v.toks[k].info & sv::wi_trigger)) {
            Trigger other;
            // (not a deal that only bounds the goods: "goods not covered by the USMCA
            // trade pact to 35% from 25%" is the tariff's change; a deal has no rate)
            if (trigger_at(v, k, s.t1, other) && !other.verb &&
                !(other.kind == "deal" && bounding_deal_word(v, k, after)))
                break;
        }
        // "Tariffs on Korean cars are 25%", "had been 25% since April": a copula right after the
        // phrase gives its level (in force; before "had been", history)
        if (k == after && !m.has_rate && (m.kind == "tariff" || m.kind == "other") &&
            (w == "is" || w == "are" || w == "was" || w == "were" ||
             ((w == "has" || w == "have" || w == "had") && v.is(k + 1, "been")))) {
            uint32_t q = k + 1;
            if (v.is(q, "been")) ++q;
            if (v.is(q, "currently") || v.is(q, "now") || v.is(q, "still") || v.is(q, "already")) ++q;
            // (not a share of something: "taxes were 19 pct of GNP")
            if (sv::percent_at(v, q, s.t1, x, n) && !v.is(q + n, "of")) {
                m.has_rate = true;
                m.rate = x;
                m.unit = "percent";
                if (w == "had" || w == "was" || w == "were") m.background = true;
                copula_status = "in_force";
                k = q + n - 1;
                after = k + 1;
                continue;
            }
        }
        // "Tariffs on European cars, currently 27.5%, will fall to 15%": the level now
        if (w == "," && !m.has_rate && k + 2 < s.t1 && (v.is(k + 1, "currently") || v.is(k + 1, "now")) &&
            sv::percent_at(v, k + 2, s.t1, x, n)) {
            m.has_rate = true;
            m.rate = x;
            m.unit = "percent";
            k += 1 + n;
            if (k + 1 < s.t1 && v.is(k + 1, ",")) ++k;
            continue;
        }
        // "a 40% additional duty, bringing the total to 50%": the level it makes
        if ((w == "bringing" || w == "taking" || w == "lifting" || w == "raising") && !m.has_to &&
            k + 3 < s.t1 && v.is(k + 1, "the") &&
            (v.is(k + 2, "total") || v.is(k + 2, "overall") || v.is(k + 2, "combined"))) {
            uint32_t q = k + 3;
            while (q < s.t1 && q < k + 6 && !v.is(q, "to")) ++q;  // ("the total rate", "the overall tariff")
            if (v.is(q, "to") && sv::percent_at(v, skip_qualifiers(q + 1), s.t1, x, n)) {
                m.has_to = true;
                m.to = x;
                if (m.direction.empty() || m.direction == "impose") m.direction = "raise";
                k = skip_qualifiers(q + 1) + n - 1;
                after = k + 1;
                continue;
            }
        }
        // "a 35% tariff on Canadian goods from August 1, up from the current 25%": the
        // level now is the rate, the new one the change's level
        if (w == "," && k + 1 < s.t1 && (v.is(k + 1, "bringing") || v.is(k + 1, "taking") || v.is(k + 1, "lifting") ||
                                         v.is(k + 1, "raising")) && v.is(k + 2, "the"))
            continue;  // (", bringing the total to 50%": read at the participle)
        if ((w == "up" || w == "down" || (w == "," && k + 2 < s.t1 && (v.is(k + 1, "up") || v.is(k + 1, "down")))) &&
            m.kind != "deal" && m.kind != "purchase") {
            const uint32_t u = w == "," ? k + 1 : k;
            uint32_t q = u + 2;
            while (q < s.t1 && q < u + 5 && (v.is(q, "the") || v.is(q, "a") || v.is(q, "current") ||
                                             v.is(q, "existing") || v.is(q, "present") || v.is(q, "previous")))
                ++q;
            if (v.is(u + 1, "from") && sv::percent_at(v, q, s.t1, x, n)) {
                if (m.has_rate && m.unit == "percent" && !m.has_to && x != m.rate) {
                    m.has_to = true;
                    m.to = m.rate;
                }
                m.has_rate = true;
                m.rate = x;
                m.unit = "percent";
                if (m.direction.empty() || m.direction == "impose") m.direction = v.is(u, "up") ? "raise" : "lower";
                k = q + n - 1;
                after = k + 1;
                // (its head noun is no second measure: "down from the 25% rate X threatened")
                if (v.is(k + 1, "rate") || v.is(k + 1, "level") || v.is(k + 1, "tariff") ||
                    v.is(k + 1, "levy") || v.is(k + 1, "duty"))
                    compared_end = k + 2;
                continue;
            }
        }
        // "tariffs ranging from 10% to 50%", "duties on steel range between 20% and 35%"
        if (range_verb(w) && !m.has_rate && m.kind != "deal" && m.kind != "purchase")
            if (const uint32_t rn = rate_range_at(v, k + 1, s.t1, x, m.max, true)) {
                m.has_rate = m.has_max = true;
                m.rate = x;
                m.unit = "percent";
                k += rn;
                after = k + 1;
                continue;
            }
        // "a 25% tariff on cabinets, rising to 50% on Jan. 1", "..., which will rise to 30% in
        // January": the level it is set to change to
        if (w == "," && !m.has_to && m.kind != "deal" && m.kind != "purchase") {
            uint32_t q = k + 1;
            // (", which he raised to 145%", ", which Washington cut to 30%": a subject of its own,
            // a pronoun or a name, before a verb that changes it)
            bool subject = false;
            if (v.is(q, "which") || v.is(q, "that")) {
                ++q;
                if (q < s.t1 && (v.is(q, "he") || v.is(q, "she") || v.is(q, "it") || v.is(q, "they") || v.is(q, "we"))) {
                    ++q;
                    subject = true;
                } else if (const int32_t a = q < s.t1 ? sv::actor_at(v, q) : -1; a >= 0 && v.actors[size_t(a)].t0 == q) {
                    q = v.actors[size_t(a)].t1;
                    subject = true;
                }
                for (; q < s.t1 && q < k + 9 && (tok_aux(v, q) || v.is(q, "then") || v.is(q, "later")); ++q) {}
            }
            // (a comma may end the text: no word after it to read; found by fuzz_analyze)
            const std::string_view d = q < s.t1 ? v.lo(q) : std::string_view();
            const char* dir = nullptr;
            if (subject && (verb_form(d, "raise") || verb_form(d, "hike") || verb_form(d, "lift")))
                dir = verb_form(d, "lift") ? nullptr : "raise";
            else if (subject && (verb_form(d, "cut") || verb_form(d, "lower") || verb_form(d, "reduce")))
                dir = "lower";
            else if (subject)
                dir = nullptr;
            else if (verb_form(d, "rise") || d == "rose" || verb_form(d, "increase") || verb_form(d, "climb") ||
                verb_form(d, "jump"))
                dir = "raise";
            else if (verb_form(d, "fall") || d == "fell" || verb_form(d, "drop") || verb_form(d, "decline") ||
                     verb_form(d, "ease"))
                dir = "lower";
            if (dir && v.is(q + 1, "to") && sv::percent_at(v, q + 2, s.t1, x, n) && !v.is(q + 2 + n, "of")) {
                m.has_to = true;
                m.to = x;
                if (m.direction.empty() || m.direction == "impose") m.direction = dir;
                k = q + 1 + n;
                after = k + 1;
                continue;
            }
        }
        // ", which currently range from 7.8% to 35.3%": the same range in a relative clause
        if (w == "," && !m.has_rate && m.kind != "deal" && m.kind != "purchase" &&
            (v.is(k + 1, "which") || v.is(k + 1, "that"))) {
            uint32_t q = k + 2;
            if (v.is(q, "currently") || v.is(q, "now") || v.is(q, "already") || v.is(q, "still")) ++q;
            if (q < s.t1 && range_verb(v.lo(q)))
                if (const uint32_t rn = rate_range_at(v, q + 1, s.t1, x, m.max, true)) {
                    m.has_rate = m.has_max = true;
                    m.rate = x;
                    m.unit = "percent";
                    k = q + rn;
                    after = k + 1;
                    continue;
                }
            // (", which remain at 50%", ", which stand at 25%", ", which are 10%": its level)
            const std::string_view d = q < s.t1 ? v.lo(q) : std::string_view();
            const bool level_verb = d == "remain" || d == "remains" || d == "stand" || d == "stands" || d == "is" ||
                                    d == "are" || d == "sit" || d == "sits";
            if (level_verb && (m.kind == "tariff" || m.kind == "other")) {
                const uint32_t r = q + 1 + (v.is(q + 1, "at") ? 1 : 0);
                if (sv::percent_at(v, r, s.t1, x, n) && !v.is(r + n, "of")) {
                    m.has_rate = true;
                    m.rate = x;
                    m.unit = "percent";
                    k = r + n - 1;
                    after = k + 1;
                    continue;
                }
            }
        }
        // ("would double duties on lumber imported from Canada, to 20.56% from 7.99%": the
        // change set off by a comma is still the measure's)
        if (w == "," && (v.is(k + 1, "to") || v.is(k + 1, "from")) && m.kind != "deal" && m.kind != "purchase" &&
            sv::percent_at(v, skip_qualifiers(k + 2), s.t1, x, n))
            continue;
        // (a date's own full stop ends nothing: "to 35% on Aug. 1, from 25%")
        if (const uint32_t tn = sv::time_at(v, k, s.t1); tn > 1) {
            k += tn - 1;
            continue;
        }
        if (is_clause_punct(v, k) && w != "%") break;
        Amount am;
        if ((w == "to" || w == "at") && m.kind == "quota" && !m.has_rate && amount_at(v, k + 1, s.t1, &am) &&
            !am.unit.empty()) {  // "limit exports to 96,000 tonnes", "cap shipments at 2.3 million tonnes"
            set_quantity_rate(m, am);
            break;
        }
        // "to as much as 50%", "to up to 25%": the qualifiers are skipped
        // (a deal or a purchase has no rate of its own: "goods not covered by the trade pact
        // to 35% from 25%" is the tariff's change)
        // "to between 10% and 50%": the range's top is the level
        if (w == "to" && v.is(k + 1, "between") && m.kind != "deal" && m.kind != "purchase" &&
            sv::percent_at(v, k + 2, s.t1, x, n) && v.is(k + 2 + n, "and")) {
            double y;
            uint32_t n2;
            if (sv::percent_at(v, k + 3 + n, s.t1, y, n2)) {
                m.has_to = true;
                m.to = y;
                k = k + 3 + n + n2 - 1;
                after = k + 1;
                continue;
            }
        }
        // "lower the duty on Korean cars, currently 25%, to the 15% level granted to Japan": a level
        // named with its noun
        if (w == "to" && v.is(k + 1, "the") && !m.has_to && m.kind != "deal" && m.kind != "purchase" &&
            sv::percent_at(v, k + 2, s.t1, x, n) &&
            (v.is(k + 2 + n, "level") || v.is(k + 2 + n, "rate") || v.is(k + 2 + n, "mark") ||
             v.is(k + 2 + n, "threshold"))) {
            m.has_to = true;
            m.to = x;
            k += 2 + n;
            after = k + 1;
            continue;
        }
        // "lower its tariffs on US industrial goods to zero": a level of 0%
        if (w == "to" && (v.is(k + 1, "zero") || v.is(k + 1, "nil")) && !m.has_to && m.kind != "deal" &&
            m.kind != "purchase" && m.kind != "quota" && (k + 2 >= s.t1 || !is_word(v, k + 2) || tok_prep(v, k + 2) ||
                                                          sv::time_at(v, k + 2, s.t1) > 0)) {
            m.has_to = true;
            m.to = 0;
            if (m.direction.empty() || m.direction == "impose") m.direction = "lower";
            after = k + 2;
            ++k;
            continue;
        }
        // "raised the duty on crude palm oil to 20% from zero", "from nil to 10%": a level of 0%
        // before the change
        if (w == "from" && (v.is(k + 1, "zero") || v.is(k + 1, "nil")) && !m.has_rate && m.kind != "deal" &&
            m.kind != "purchase" && m.kind != "quota" &&
            (m.has_to || (v.is(k + 2, "to") && sv::percent_at(v, k + 3, s.t1, x, n)))) {
            m.has_rate = true;
            m.rate = 0;
            m.unit = "percent";
            after = k + 2;
            ++k;
            continue;
        }
        // ("U.S. tariffs on Chinese goods reach 145%": the level they rise to)
        if (reach_word(w) && k > i && !m.has_to && m.kind == "tariff" &&
            sv::percent_at(v, k + 1, s.t1, x, n)) {
            m.has_to = true;
            m.to = x;
            if (m.direction.empty()) m.direction = "raise";
            k += n;
            after = k + 1;
            continue;
        }
        // ("Vietnam's rate was set at 20%", "face the highest rate in Asia at 40%": a rate's level
        // after "at")
        if (w == "at" && !m.has_rate && !m.has_to && m.kind == "tariff" && m.lemma == "rate" &&
            sv::percent_at(v, k + 1, s.t1, x, n) && !v.is(k + 1 + n, "of")) {
            m.has_rate = true;
            m.rate = x;
            m.unit = "percent";
            k += n;
            after = k + 1;
            continue;
        }
        // ("to 15% from the 27.5% that took effect in April": the level named with "the")
        // ("to 50% from the current 15% to 20%": "current" too, and the range's end is the old level's)
        if (w == "from" && v.is(k + 1, "the") && !m.has_rate && m.has_to && m.kind != "deal" && m.kind != "purchase") {
            const uint32_t q = k + 2 + (v.is(k + 2, "current") || v.is(k + 2, "existing") || v.is(k + 2, "present") ? 1 : 0);
            if (sv::percent_at(v, q, s.t1, x, n) && !v.is(q + n, "of")) {
                m.has_rate = true;
                m.rate = x;
                m.unit = "percent";
                k = q + n - 1;
                after = k + 1;
                from_level_end = k + 1;
                continue;
            }
        }
        if (w == "to" && k == from_level_end && m.has_to && sv::percent_at(v, k + 1, s.t1, x, n)) {
            k += n;
            after = k + 1;
            continue;
        }
        if ((w == "from" || w == "to" || w == "by") && m.kind != "deal" && m.kind != "purchase" &&
            sv::percent_at(v, skip_qualifiers(k + 1), s.t1, x, n)) {
            if (w == "from") {
                if (!m.has_rate) { m.has_rate = true; m.rate = x; m.unit = "percent"; }
                if (m.has_to) from_level_end = skip_qualifiers(k + 1) + n;
            }
            else if (w == "to") {
                m.has_to = true;
                m.to = x;
                // ("Japanese auto tariffs will fall to 15%": the verb after the measure says which way)
                if (m.direction.empty() && k > i + 1) {
                    const std::string_view d = v.lo(k - 1);
                    if (d == "fall" || d == "falls" || d == "fell" || d == "drop" || d == "drops" || d == "dropped" ||
                        d == "decline" || d == "declines" || d == "declined" || d == "ease" || d == "eases" ||
                        d == "eased")
                        m.direction = "lower";
                    else if (d == "rise" || d == "rises" || d == "rose" || d == "climb" || d == "climbs" ||
                             d == "climbed" || d == "jump" || d == "jumps" || d == "jumped")
                        m.direction = "raise";
                }
            }
            else { m.has_by = true; m.by = x; }
            k = skip_qualifiers(k + 1) + n - 1;
            after = k + 1;
            continue;
        }
        // "from 10 yen per kilogram to 20 yen per kilogram" (a level "to" is read only in
        // the rate's own unit: the schema's change has none of its own)
        // ("lowers the price cap on Russian crude oil to $45 a barrel from $60": a price cap's
        // levels too, and the "from" level may leave the unit to the "to" one before it)
        if ((w == "from" || w == "to") && m.kind != "deal" && m.kind != "purchase" &&
            (m.kind != "quota" || (i > s.t0 && v.is(i - 1, "price")))) {
            std::string u;
            if (const uint32_t pn = per_unit_at(v, skip_qualifiers(k + 1), s.t1, x, u)) {
                if (w == "from" && !m.has_rate) { m.has_rate = true; m.rate = x; m.unit = u; }
                else if (w == "to" && m.has_rate && m.unit == u) { m.has_to = true; m.to = x; }
                k = skip_qualifiers(k + 1) + pn - 1;
                after = k + 1;
                if (w == "to" && !m.has_rate && v.is(k + 1, "from")) {
                    Amount am;
                    if (const uint32_t an = amount_at(v, k + 2, s.t1, &am); an && am.money && am.unit.empty()) {
                        const char* cur = nullptr;
                        for (uint32_t q = k + 2; q < k + 2 + an && !cur; ++q) cur = name_in(v.lo(q), kCurrencyName);
                        if (cur && u.compare(0, std::strlen(cur), cur) == 0 && u.size() > std::strlen(cur) &&
                            u[std::strlen(cur)] == ' ') {
                            m.has_rate = m.has_to = true;
                            m.rate = am.value;
                            m.unit = u;
                            m.to = x;
                            k += 1 + an;
                            after = k + 1;
                        }
                    }
                }
                continue;
            }
        }
        // "the tariffs imposed on its exports by Washington": the participle's agent
        if (w == "by" && participle_object && m.imposer < 0 && k + 1 < s.t1) {
            const int32_t a = sv::actor_at(v, k + 1 + (v.is(k + 1, "the") ? 1 : 0));
            if (a >= 0 && int32_t(v.actors[size_t(a)].key) != m.target) {
                m.imposer = int32_t(v.actors[size_t(a)].key);
                break;
            }
        }
        if (w == "by" && !m.has_by) {  // "cut by a tenth", "raised by 10 points"
            bool frac;
            if (sv::number_at(v, k + 1, s.t1, x, n, frac) && (frac || v.is(k + 1 + n, "points"))) {
                m.has_by = true;
                m.by = x;
                k += n;
                continue;
            }
        }
        if (w == "in" && v.is(k + 1, "half")) { m.direction = "halve"; after = k + 2; break; }
        if (w == "by" && v.is(k + 1, "half")) { m.direction = "halve"; after = k + 2; break; }
        // "a 46% tariff announced by President Donald Trump": the agent (after a title; the
        // person a title of an institution names: "proposed by House Speaker Jim Wright")
        // (not another measure's: "a 20% tariff ... under a trade deal announced by President X":
        // the deal's agent, after the deal's own noun)
        if ((w == "imposed" || w == "announced" || w == "threatened" || w == "proposed" || w == "levied" ||
             w == "ordered" || w == "slapped" || w == "planned") &&
            v.is(k + 1, "by") && !(k > i + tr.len && in_list(v.lo(k - 1), kTriggerNouns)))
            for (uint32_t q = k + 2; q < s.t1 && q < k + 7 && v.toks[q].kind == TK::word; ++q)
                if (const int32_t a = sv::actor_at(v, q); a >= 0) {
                    m.imposer = int32_t(v.actors[size_t(a)].key);
                    if (v.actors[size_t(a)].type == sv::AType::person) break;
                    q = v.actors[size_t(a)].t1 - 1;
                }
    }
    np1 = std::max({trig_end, obj1, i + 1});
    m.read_end = after;
    if (tr.verb) np0 = i;
}

namespace {
// "would seek to lower <the measure>", "hopes to reduce", "is trying to get ... removed": an effort
// of the subject's governs the measure at np0 (a "to" within five words before it, after a verb of
// trying, hoping or asking)
bool effort_before(const View& v, uint32_t t0, uint32_t np0) {
    for (uint32_t k = np0; k > t0 + 1 && np0 - k < 6;) {
        --k;
        if (is_clause_punct(v, k)) return false;
        if (!v.is(k, "to")) continue;
        const std::string_view w = v.lo(k - 1);
        return verb_form(w, "seek") || w == "sought" || verb_form(w, "hope") || verb_form(w, "want") ||
               verb_form(w, "aim") || verb_form(w, "try") || verb_form(w, "attempt") || verb_form(w, "push") ||
               verb_form(w, "work") || verb_form(w, "strive") || verb_form(w, "lobby") || verb_form(w, "press") ||
               verb_form(w, "bid") || w == "effort" || w == "efforts" || verb_form(w, "negotiate") ||
               verb_form(w, "ask") || verb_form(w, "urge");
    }
    return false;
}
}  // namespace

// The object: target and goods. false: "restrictions" with no trade context.
bool MentionState::object_phrase() {
    // -- object: target, goods
    // "tariffs on most U.S. trading partners", "on America's allies": the object names
    // the other parties of a place, no goods and not that place (a target with no name)
    if (obj1 > obj0 + 1) {
        // (the head before a post-modifier: "for countries without trade deals"; "on heavy trucks
        // made in other countries" names trucks)
        uint32_t h1 = obj1;
        for (uint32_t k = obj0 + 1; k < obj1 && h1 == obj1; ++k)
            if (v.is(k, "without") || v.is(k, "lacking") || v.is(k, "outside") || v.is(k, "made") ||
                v.is(k, "produced") || v.is(k, "manufactured") || v.is(k, "grown") || v.is(k, "assembled") ||
                v.is(k, "imported") || v.is(k, "from") || v.is(k, "in"))
                h1 = k;
        const std::string_view head = v.lo(h1 - 1);
        bool listed = false;  // ("on Canada and other partners": Canada is named)
        for (uint32_t k = obj0; k < obj1 && !listed; ++k) listed = v.is(k, "and") || v.is(k, "or") || v.is(k, ",");
        // (and "on dozens of countries", not "the export of technology to Communist nations")
        bool flow = false;
        for (uint32_t k = obj0; k < obj1 && !flow; ++k) flow = v.is(k, "to") || v.is(k, "from") || v.is(k, "into");
        if (!listed && (head == "partners" || head == "partner" || head == "allies" || head == "ally" ||
                        head == "neighbours" || head == "neighbors" || head == "rivals" ||
                        (!flow && (head == "countries" || head == "nations" || head == "economies"))))
            obj1 = obj0;
    }
    if (obj1 > obj0) {
        int32_t from_actor = -1, first_actor = -1, to_actor = -1;
        uint32_t from_pos = 0;
        // (not a currency's country in the value before the goods: "on 30 billion Canadian
        // dollars of U.S. products")
        uint32_t past_value = obj0;
        {
            Amount am;
            uint32_t q = obj0;
            while (q < obj1 && q < obj0 + 3 && (tok_prep(v, q) || tok_det(v, q))) ++q;
            if (const uint32_t n = amount_at(v, q, obj1, &am); n && am.money) past_value = q + n;
        }
        for (uint32_t k = past_value; k < obj1; ++k) {
            int32_t a = sv::actor_at(v, k);
            if (a < 0) continue;
            const auto& ar = v.actors[size_t(a)];
            // "a 15% tariff on EU exports to the U.S.": where the goods go is who taxes
            // them, not the target
            const uint32_t before = k > obj0 && v.is(k - 1, "the") ? k - 1 : k;
            // (not a list of places the goods go to: "a 25% surcharge on electricity exported to
            // Michigan, New York and Minnesota" is the exporter's, and they are its targets)
            const bool listed = ar.t1 + 1 < obj1 && (v.is(ar.t1, ",") || v.is(ar.t1, "and")) &&
                                sv::actor_at(v, ar.t1 + 1) >= 0;
            if (m.kind == "tariff" && before > obj0 && !listed &&
                (v.is(before - 1, "to") || v.is(before - 1, "into") || v.is(before - 1, "entering")) &&
                (ar.type == sv::AType::gpe || ar.type == sv::AType::org)) {
                if (to_actor < 0) to_actor = int32_t(ar.key);
                k = ar.t1 - 1;
                continue;
            }
            // ("a 100% tariff on all movies produced outside the United States", "on imports from
            // all countries except Canada"): a place the goods do not come from is no target
            if (before > obj0 && (v.is(before - 1, "outside") || v.is(before - 1, "except") ||
                                  v.is(before - 1, "excluding") || v.is(before - 1, "besides"))) {
                k = ar.t1 - 1;
                continue;
            }
            if (ar.type == sv::AType::gpe || ar.type == sv::AType::norp || ar.type == sv::AType::org) {
                if (k > obj0 && (v.is(k - 1, "from") || (v.is(k - 1, "the") && k > obj0 + 1 && v.is(k - 2, "from"))) && from_actor < 0) {
                    from_actor = int32_t(ar.key);
                    from_pos = k;
                }
                // (a company is the target of sanctions: "sanctions on Rosneft and Lukoil";
                // an organisation whose goods are named is a tariff's: "on most EU goods")
                if (first_actor < 0 &&
                    (ar.type != sv::AType::org ||
                     (m.kind == "sanction" && obj0 > 0 && (v.is(obj0 - 1, "on") || v.is(obj0 - 1, "against"))) ||
                     (m.kind == "tariff" && ar.t1 < obj1 && tok_generic(v, ar.t1)) ||
                     // (a trade bloc's goods of any word: "its tariffs on EU cars")
                     (m.kind == "tariff" && ar.t1 < obj1 && trade_bloc(v.keys[ar.key].name))))
                    first_actor = int32_t(ar.key);
            }
            k = ar.t1 - 1;
        }
        // ("on U.S. goods, including corn from Louisiana": where an example comes from, after the
        // goods' owner, is no target of its own)
        if (from_actor >= 0 && first_actor >= 0 && from_actor != first_actor)
            for (uint32_t k = obj0; k < from_pos; ++k)
                if (v.is(k, "including") || (v.is(k, "such") && v.is(k + 1, "as"))) {
                    bool owner_before = false;
                    for (uint32_t q = obj0; q < k && !owner_before; ++q) {
                        const int32_t a = sv::actor_at(v, q);
                        owner_before = a >= 0 && int32_t(v.actors[size_t(a)].key) == first_actor;
                    }
                    if (owner_before) from_actor = -1;
                    break;
                }
        int32_t tgt = from_actor >= 0 ? from_actor : first_actor;
        // "a levy on its exports": the owner of the goods is the target of a tariff or a
        // sanction ("limit their exports": a quota's goods are its imposer's own)
        if (tgt < 0 && (m.kind == "tariff" || m.kind == "sanction") && (v.is(obj0, "its") || v.is(obj0, "their"))) {
            int32_t owner = resolve_pronoun(v, obj0, s.t0, false);
            // ("Brazil will take the United States to the WTO over a tariff on its exports", "Brazil
            // asked the WTO to rule on the tariff on its coffee": the name nearest "its" is a verb's
            // object or a body that exports nothing; whose goods they are is the sentence's
            // subject, a place at its start)
            if (owner >= 0) {
                int32_t near = -1;
                for (uint32_t k = obj0; k > s.t0 && near < 0;) {
                    --k;
                    const int32_t a = sv::actor_at(v, k);
                    if (a >= 0 && int32_t(v.actors[size_t(a)].key) == owner) near = a;
                }
                const uint32_t open = past_dateline(v, s.t0, obj0);
                const int32_t first = open < obj0 ? sv::actor_at(v, open + (v.is(open, "the") ? 1 : 0)) : -1;
                if (near >= 0 && first >= 0 && first != near && v.actors[size_t(first)].type == sv::AType::gpe &&
                    int32_t(v.actors[size_t(first)].key) != owner) {
                    uint32_t b = v.actors[size_t(near)].t0;
                    if (b > s.t0 && v.is(b - 1, "the")) --b;
                    const bool verb_object = b > s.t0 && v.toks[b - 1].kind == TK::word && !(v.toks[b - 1].flags & sv::cap) &&
                                             !tok_prep(v, b - 1) && !tok_det(v, b - 1) && !tok_aux(v, b - 1) &&
                                             !v.is(b - 1, "and") && !v.is(b - 1, "or");
                    const bool body = v.actors[size_t(near)].type == sv::AType::org &&
                                      v.keys[size_t(owner)].name.find("Organization") != std::string::npos;
                    if (verb_object || body) owner = int32_t(v.actors[size_t(first)].key);
                }
            }
            tgt = owner;
            // ("Brazil will challenge the 50% U.S. tariff on its goods": not the imposer named in
            // the measure's own phrase, but a name before the phrase)
            if (tgt >= 0 && tgt == m.imposer && np0 > s.t0) {
                tgt = resolve_pronoun(v, np0, s.t0, false);
                if (tgt == m.imposer) tgt = -1;
            }
            // (the owner of goods that are not its own imports or market, and not named in the
            // measure's phrase, when what governs the measure is an effort ("would seek to lower",
            // "hopes to reduce"): sides_from_sentence() reads it. Not an export duty, which the
            // owner levies on its own goods; and "Vietnam will scrap the levy on its coffee
            // exports" may be one)
            if (owner >= 0 && effort_before(v, s.t0, np0)) {
                bool own_side = false;
                for (uint32_t k = np0; k <= i && !own_side; ++k) own_side = v.is(k, "export");
                for (uint32_t k = obj0 + 1; k < obj1 && k <= obj0 + 3 && !own_side; ++k)
                    own_side = v.is(k, "imports") || v.is(k, "import") || v.is(k, "market") || v.is(k, "markets") ||
                               v.is(k, "purchases") || v.is(k, "consumers") || v.is(k, "buyers");
                for (uint32_t k = np0; k < obj0 && !own_side; ++k) {
                    const int32_t a = sv::actor_at(v, k);
                    own_side = a >= 0 && int32_t(v.actors[size_t(a)].key) == owner;
                }
                if (!own_side) goods_owner = owner;
            }
        }
        // ("duties on brandy imported from the European Union": the object stops at the
        // participle; where the goods come from is the target)
        // (an investigation's too: "an anti-dumping investigation into pork imported from the EU")
        if (tgt < 0 && (m.kind == "tariff" || m.lemma == "investigation") && obj1 + 2 < s.t1 &&
            (v.is(obj1, "imported") || v.is(obj1, "shipped") || v.is(obj1, "coming") || v.is(obj1, "originating")) &&
            v.is(obj1 + 1, "from")) {
            const uint32_t at = obj1 + 2 + (v.is(obj1 + 2, "the") ? 1 : 0);
            const int32_t a = at < s.t1 ? sv::actor_at(v, at) : -1;
            if (a >= 0 && v.actors[size_t(a)].t0 == at && v.actors[size_t(a)].type != sv::AType::person &&
                int32_t(v.actors[size_t(a)].key) != m.imposer)
                tgt = int32_t(v.actors[size_t(a)].key);
        }
        if (tgt >= 0 && m.target < 0) m.target = tgt;
        if (to_actor >= 0 && m.imposer < 0 && to_actor != m.target) {
            m.imposer = to_actor;
            destination_imposer = to_actor;
        }
        // goods: the object unless it is only an actor ("sanctions against Russia")
        uint32_t g0, g1;
        goods_range(v, obj0, obj1, g0, g1);
        // "export controls on chips to China": the place the goods go to, last in the
        // object, is the target, not part of the goods
        for (uint32_t k = g0 + 1; k + 1 < g1; ++k) {
            if (!v.is(k, "to")) continue;
            // (a list of places counts: "chip shipments to Malaysia and Thailand", one record each)
            bool target_named = false, places_only = true;
            uint32_t q = k + 1;
            while (places_only && q < g1) {
                const int32_t a = sv::actor_at(v, q + (v.is(q, "the") ? 1 : 0));
                places_only = a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe ||
                                         v.actors[size_t(a)].type == sv::AType::norp);
                if (!places_only) break;
                target_named = target_named || int32_t(v.actors[size_t(a)].key) == m.target;
                q = v.actors[size_t(a)].t1;
                if (q < g1 && v.is(q, ",")) ++q;
                if (q < g1 && (v.is(q, "and") || v.is(q, "or"))) ++q;
            }
            if (places_only && q == g1 && target_named) g1 = k;
            break;
        }
        // "imposed export controls on gallium and germanium ... and later banned their shipment to
        // the United States outright": what "their shipment" stands for is the goods of the
        // sentence's measure before it
        bool borrowed = false;
        if (g1 > g0 + 1 && (v.is(g0, "their") || v.is(g0, "its")) &&
            (v.is(g0 + 1, "shipment") || v.is(g0 + 1, "shipments") || v.is(g0 + 1, "export") ||
             v.is(g0 + 1, "exports") || v.is(g0 + 1, "sale") || v.is(g0 + 1, "sales") || v.is(g0 + 1, "supply") ||
             v.is(g0 + 1, "supplies")))
            // (not a purchase's or a deal's: "increase purchases of American LNG ... to avoid a
            // 25% tariff on its exports" are all of the buyer's exports)
            for (size_t q = out.size(); q > first_in_sentence; --q)
                if (out[q - 1].sent == si && !out[q - 1].goods.empty() && out[q - 1].t1 <= np0 &&
                    out[q - 1].kind != "purchase" && out[q - 1].kind != "deal") {
                    m.goods = out[q - 1].goods;
                    m.goods_words = out[q - 1].goods_words;
                    borrowed = true;
                    break;
                }
        std::vector<std::string> words;
        content_words(v, g0, g1, words);
        bool only_actor = !borrowed;
        for (uint32_t k = g0; k < g1; ++k)
            if (sv::actor_at(v, k) < 0 && !tok_det(v, k) && !v.is(k, "and") && !v.is(k, ","))
                only_actor = false;  // ("sanctions on Rosneft and Lukoil": names only)
        // "duties of 17% on BYD": a company named alone is what a tariff's rate falls on
        if (only_actor && m.target < 0 && m.kind == "tariff" && g1 > g0) {
            const int32_t a = sv::actor_at(v, g0 + (v.is(g0, "the") ? 1 : 0));
            if (a >= 0 && v.actors[size_t(a)].type == sv::AType::org && v.actors[size_t(a)].t1 == g1 &&
                int32_t(v.actors[size_t(a)].key) != m.imposer)
                m.target = int32_t(v.actors[size_t(a)].key);
        }
        if (!only_actor && !borrowed) {
            // Anaphoric goods: "on the metals" -> the latest traded good named before.
            uint32_t h = g0;
            while (h < g1 && tok_det(v, h)) ++h;
            // ("Turkey added a 40% surcharge on Chinese electric vehicles; Canada keeps a 100% surtax on
            // the same cars": the goods, and the target, of the measure named just before)
            if (h + 1 < g1 && g1 - h <= 3 && v.is(h, "same") && h > g0 && v.is(h - 1, "the"))
                for (size_t q = out.size(); q > 0; --q) {
                    const MeasureMention& p = out[q - 1];
                    if (p.sent + 1 < si) break;
                    if (p.goods.empty() || p.t1 > np0) continue;
                    m.goods = p.goods;
                    m.goods_words = p.goods_words;
                    if (m.target < 0 && p.target >= 0 && p.target != m.imposer) m.target = p.target;
                    borrowed = true;
                    break;
                }
            bool anaphoric = !borrowed && h > g0 && g1 - h <= 2 && in_list(v.lo(g1 - 1), kAnaphoricHead);
            // (not the goods of a place: "a 34% tariff on all U.S. goods" names them)
            for (uint32_t q = h; q < g1 && anaphoric; ++q) {
                const int32_t a = sv::actor_at(v, q);
                anaphoric = !(a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::norp));
            }
            if (anaphoric) {
                // "on the metals": co-refers; a new record takes the first traded good
                // of the nearest earlier sentence that names one
                m.coref = true;
                for (uint32_t back = si; back > 0 && back + 3 > si && m.anaphor_goods.empty();) {
                    --back;
                    const sv::Sent& ps = v.sents[back];
                    for (uint32_t k = ps.t0; k < ps.t1 && M; ++k) {
                        const std::vector<uint32_t>* pl = nullptr;
                        uint32_t n = match_at(v, M->goods_trie, k, ps.t1, &pl);
                        if (n) {
                            m.anaphor_goods = v.cut(k, k + n);
                            content_words(v, k, k + n, m.anaphor_words);
                            break;
                        }
                    }
                }
                if (m.anaphor_goods.empty()) m.anaphor_goods = v.cut(g0, g1);
            } else if (!borrowed) {
                // "tariffs on national security grounds": why, not on what ("on steel on
                // national security grounds": steel, and the reason after it)
                uint32_t why = g1;
                if (g1 - g0 >= 2 && (v.is(g1 - 1, "grounds") || v.is(g1 - 1, "basis"))) {
                    why = g0;
                    for (uint32_t q = g1 - 1; q > g0; --q)
                        if (v.is(q, "on")) { why = q + 1; break; }
                    // (a basis is a manner, "on a temporary basis", no reason; nor "any
                    // grounds")
                    if (m.reason.empty() && v.is(g1 - 1, "grounds") && !v.is(why, "any") && !v.is(why, "no"))
                        m.reason = trim_trailing(v.cut(why, g1));
                    if (why > g0) --why;  // (the goods end before that "on")
                }
                if (why > g0) {
                    m.goods = trim_trailing(v.cut(g0, why));
                    // (after the goods its modifiers named, "its digital services tax on U.S.
                    // technology firms": a headline's "digital services tax" shares them)
                    if (why == g1) m.goods_words.insert(m.goods_words.end(), words.begin(), words.end());
                    else content_words(v, g0, why, m.goods_words);
                    // ("tariffs on Canadian goods not covered by the USMCA to 35%": the bound is
                    // part of what they are on, as in a list of rates)
                    if (why == g1 && g1 == obj1 && not_covered_at(v, obj1))
                        m.goods = trim_trailing(v.cut(g0, bound_end(v, obj1, s.t1)));
                }
                // "when Beijing halted shipments to Tokyo": a bare flow word halted or banned is the
                // flow of the traded good named last before it, in its sentence or the two before
                // ("rare earths"), when there is one (a tariff's "duty on shipments above that
                // limit" keeps its words)
                // (not "their exports", the flow of whoever "their" is)
                uint32_t b0 = g0;
                if (b0 + 1 < why && (v.is(b0, "all") || v.is(b0, "the"))) ++b0;
                if (why == b0 + 1 && M && (m.kind == "export_control" || m.kind == "ban") &&
                    (v.is(b0, "shipments") || v.is(b0, "exports") || v.is(b0, "supplies") || v.is(b0, "deliveries") ||
                     v.is(b0, "sales")))
                    for (uint32_t back = si + 1; back > 0 && back + 2 > si && why == b0 + 1;) {
                        --back;
                        const sv::Sent& ps = v.sents[back];
                        const uint32_t stop = back == si ? np0 : ps.t1;
                        uint32_t found = 0, found_n = 0;
                        for (uint32_t k = ps.t0; k < stop; ++k) {
                            const std::vector<uint32_t>* pl = nullptr;
                            // (not a word of a name: "Fairchild Semiconductor Corp")
                            if (const int32_t a = sv::actor_at(v, k); a >= 0) {
                                k = std::max(k, v.actors[size_t(a)].t1 - 1);
                                continue;
                            }
                            if (const uint32_t n = match_at(v, M->goods_trie, k, stop, &pl)) {
                                found = k;
                                found_n = n;
                                k += n - 1;
                            }
                        }
                        if (found_n) {
                            m.goods = v.cut(found, found + found_n);
                            m.goods_words.clear();
                            content_words(v, found, found + found_n, m.goods_words);
                            break;
                        }
                    }
            }
        }
        if (tr.needs_flow) {
            for (uint32_t k = obj0; k < obj1; ++k) {
                const std::vector<uint32_t>* pl = nullptr;
                // ("restrictions on trade in fruit and fuel": trade in goods)
                if (in_list(v.lo(k), kTradeFlow) || (M && match_at(v, M->goods_trie, k, obj1, &pl)) ||
                    (v.is(k, "trade") && k + 2 < s.t1 && v.is(k + 1, "in") && is_word(v, k + 2)))
                    tr.needs_flow = false;
            }
        }
    }
    if (tr.needs_flow) return false;  // "restrictions" with no trade context: not a trade measure
    // "import restrictions on X beef", "restrictions on imports of X beef", "restrictions on
    // Australian barley": limits on what comes in (the goods of another people) are no export
    // control ("curbs on rare earths", "restrictions on chip exports to China" are)
    if (m.kind == "export_control" && !tr.verb && i > s.t0 && !v.is(i - 1, "export") && !v.is(i - 1, "exports") &&
        (v.is(i, "restrictions") || v.is(i, "restriction") || v.is(i, "curbs") || v.is(i, "controls"))) {
        bool import = v.is(i - 1, "import") || v.is(i - 1, "imports") ||
                      (obj1 > obj0 && (v.is(obj0, "imports") || v.is(obj0, "import")));
        if (!import && obj1 > obj0 && m.target >= 0 && m.target != m.imposer) {
            const int32_t a = sv::actor_at(v, obj0);
            bool outward = false;  // ("restrictions on Chinese exports": theirs going out, still theirs)
            for (uint32_t k = obj0; k < obj1 && !outward; ++k) outward = in_list(v.lo(k), kTradeFlow) && !v.is(k, "imports");
            import = a >= 0 && int32_t(v.actors[size_t(a)].key) == m.target &&
                     (v.actors[size_t(a)].type == sv::AType::norp || v.actors[size_t(a)].type == sv::AType::gpe) &&
                     v.actors[size_t(a)].t1 < obj1 && !outward;
        }
        if (import) m.kind = "other";
    }
    // "its countermeasures against U.S. tariffs": what answers another measure is aimed at that
    // measure's imposer (read from the object already); that measure is its cause, no goods
    if (obj0 > s.t0 && obj1 > obj0 + 1 && v.is(obj0 - 1, "against") && !m.goods.empty()) {
        const std::string_view h = v.lo(obj1 - 1);
        if (h == "tariffs" || h == "tariff" || h == "duties" || h == "levies" || h == "sanctions" || h == "curbs" ||
            h == "measures") {
            if (m.reason.empty()) m.reason = m.goods;
            m.goods.clear();
            m.goods_words.clear();
        }
    }
    // Exports "to X": the destination is the target of an export control or ban.
    if (m.target < 0 && (m.kind == "export_control" || m.kind == "ban" || m.kind == "quota")) {
        for (uint32_t k = np1; k + 1 < s.t1; ++k) {
            // (not past the clause: "curbs on gallium, and in October threatened to
            // restrict sales to U.S. defense firms" names the second measure's destination)
            if (v.is(k, ";") || (v.is(k, ",") && (v.is(k + 1, "and") || v.is(k + 1, "but") ||
                                                  v.is(k + 1, "while") || v.is(k + 1, "which"))))
                break;
            if (!v.is(k, "to")) continue;
            int32_t a = sv::actor_at(v, k + 1 + (v.is(k + 1, "the") ? 1 : 0));
            if (a >= 0 && v.actors[size_t(a)].type != sv::AType::person) {
                m.target = int32_t(v.actors[size_t(a)].key);
                break;
            }
        }
    }
    // "require exporters of synthetic graphite anode materials to obtain licences": the goods are
    // what the exporters sell, before the licences (the trigger's reading in measures_find)
    // (over a traded good the sentence gave it from among them: "graphite")
    if (m.kind == "export_control" && (v.lo(i).starts_with("licen") || v.is(i, "permits"))) {
        uint32_t g0 = 0, g1 = 0;
        if (licensed_goods(v, i, g0, g1) &&
            (m.goods.empty() || v.cut(g0, g1).find(m.goods) != std::string::npos)) {
            m.goods_words.clear();
            m.goods = trim_trailing(v.cut(g0, g1));
            content_words(v, g0, g1, m.goods_words);
        }
        // ("will need licences to ship U.S. chipmaking tools there", "licences to export its machines
        // to China": what the licence lets them send abroad, to "to", "there" or the clause's end)
        // (not licences a trader asks for at a tender: "operators requested licences to export
        // 10,500 tonnes of maize")
        const uint32_t e = trig_end;
        bool asked = false;
        for (uint32_t k = i; k > s.t0 && i - k < 4 && !asked;) {
            --k;
            asked = v.is(k, "requested") || v.is(k, "sought") || v.is(k, "for") || v.is(k, "received") ||
                    v.is(k, "obtained") || v.is(k, "granted");
        }
        // ("permits before exporting or transshipping AI chips": the same, after the gerunds)
        const bool before = e + 2 < s.t1 && v.is(e, "before") && v.lo(e + 1).ends_with("ing");
        if (m.goods.empty() && !asked && e + 2 < s.t1 &&
            ((v.is(e, "to") &&
              (v.is(e + 1, "export") || v.is(e + 1, "ship") || v.is(e + 1, "sell") || v.is(e + 1, "supply"))) ||
             before)) {
            uint32_t a = e + 2;
            if (before && a + 1 < s.t1 && v.is(a, "or") && v.lo(a + 1).ends_with("ing")) a += 2;
            uint32_t b = a;
            while (b < s.t1 && b < a + 8 && !is_clause_punct(v, b) && !v.is(b, "to") && !v.is(b, "there") &&
                   !v.is(b, "into") && v.toks[b].kind != TK::quote)
                ++b;
            // (not goods that point back: "a licence to export such items", "to ship them")
            const bool back = v.is(a, "such") || v.is(a, "these") || v.is(a, "those") || v.is(a, "them") ||
                              v.is(a, "it") || v.is(a, "this") || v.is(a, "that") || v.is(a, "the");
            if (b > a && !back && !tok_det(v, b - 1)) {
                uint32_t g0 = a, g1 = b;
                goods_range(v, a, b, g0, g1);
                if (g1 > g0) {
                    m.goods = trim_trailing(v.cut(g0, g1));
                    content_words(v, g0, g1, m.goods_words);
                }
            }
        }
    }
    // "watch the impact of U.S. tariffs on corporate profits", "the effect of the tariffs on
    // inflation": after "impact/effect of", "on" names what the measure affects, no goods (unless
    // it names trade: "the impact of tariffs on Japanese exports")
    if (!m.goods.empty() && obj0 > 0 && v.is(obj0 - 1, "on") && np0 >= s.t0 + 2) {
        uint32_t b = np0;
        while (b > s.t0 + 1 && (tok_det(v, b - 1) || v.is(b - 1, "new") || v.is(b - 1, "higher"))) --b;
        const std::string_view of_what = b >= s.t0 + 2 && v.is(b - 1, "of") ? v.lo(b - 2) : std::string_view();
        if (of_what == "impact" || of_what == "impacts" || of_what == "effect" || of_what == "effects" ||
            of_what == "toll" || of_what == "fallout") {
            bool trade = false;
            for (uint32_t k = obj0; k < obj1 && !trade; ++k)
                trade = in_list(v.lo(k), kTradeFlow) || v.is(k, "goods") || v.is(k, "products") ||
                        (sv::actor_at(v, k) >= 0 && v.actors[size_t(sv::actor_at(v, k))].type != sv::AType::person);
            if (!trade) {
                m.goods.clear();
                m.goods_words.clear();
            }
        }
    }
    return true;
}

// The governing verb to the left (or the verb trigger itself): gverb, gclass, faced, hit_by.
// false: what a business does with its own goods.
bool MentionState::governing_verb() {
    // -- governing verb to the left (or the verb trigger itself)
    if (tr.verb) {
        // "postal operators have suspended shipments to the United States", "carmakers halted
        // exports": what a business does with its own goods is no government's measure
        if (tr.vc == VC::suspend || tr.vc == VC::restrict) {
            static const char* const kBusiness[] = {"operators", "operator", "carriers", "carrier", "companies",
                "company", "firms", "firm", "shippers", "airlines", "retailers", "exporters", "importers",
                "traders", "buyers", "refiners", "manufacturers", "carmakers", "automakers", "makers",
                "producers", "suppliers", "sellers", "merchants", "couriers", "services", nullptr};
            uint32_t b = i;
            while (b > s.t0 && (tok_aux(v, b - 1) || v.is(b - 1, "have") || v.is(b - 1, "has") ||
                                v.is(b - 1, "had") || v.is(b - 1, "also") || v.is(b - 1, "temporarily")))
                --b;
            b = before_aside(v, s.t0, b);
            if (b > s.t0 && in_list(v.lo(b - 1), kBusiness) && sv::actor_at(v, b - 1) < 0) return false;
        }
        gverb = int32_t(i);
        // "suspended exports of X", "halted shipments": the halt is the measure, in force
        // once done (not a measure "suspended")
        gclass = tr.vc == VC::suspend ? VC::restrict : tr.vc;
        faced = tr.passive;  // "most textiles will be charged 35%": what is charged is its subject
    } else {
        uint32_t steps = 0;
        uint32_t from = np0;
        // "plans for as much as 300 mln dlrs in tariffs", "$34 billion of duties": the value
        // before the noun is skipped whole (it is not counted as steps).
        // (with a conversion in brackets after it: "C$29.8 billion ($21.8 billion) in
        // counter-tariffs")
        if (from > s.t0 + 1 && (v.is(from - 1, "in") || v.is(from - 1, "of") || v.is(from - 1, "worth"))) {
            uint32_t value_end = from - 1;
            if (value_end > s.t0 + 2 && v.is(value_end - 1, ")"))
                for (uint32_t q = value_end - 1; q > s.t0 && value_end - q < 8; --q)
                    if (v.is(q - 1, "(")) {
                        value_end = q - 1;
                        break;
                    }
            for (uint32_t a = value_end > s.t0 + 6 ? value_end - 6 : s.t0; a < value_end; ++a) {
                Amount am;
                if (amount_at(v, a, value_end, &am) == value_end - a && am.money) {
                    from = a;
                    break;
                }
            }
        }
        // "a new package of sanctions", "a fresh round of tariffs": the verb governs the
        // package; its noun and "of" are skipped whole
        static const char* const kBatch[] = {"package", "packages", "round", "rounds", "raft", "wave",
            "set", "series", "batch", "slew", "barrage", "list", "tranche", nullptr};
        if (from == np0 && from > s.t0 + 2 && v.is(from - 1, "of") && in_list(v.lo(from - 2), kBatch))
            from -= 2;
        // "was prepared to hit 95 billion euros of U.S. goods with counter-tariffs": the verb
        // before its object and "with" imposes the measure; the object is its goods, a place in it
        // the target (the walk below stops after five words, and "with" ends it)
        if (from == np0 && from > s.t0 + 2 && v.is(from - 1, "with") && m.kind == "tariff")
            for (uint32_t k = from - 1; k > s.t0 && from - k < 14;) {
                --k;
                if (is_clause_punct(v, k) || v.toks[k].kind == TK::quote) break;
                const std::string_view w = v.lo(k);
                if (!(w == "hit" || w == "hits" || w == "hitting" || w == "slap" || w == "slaps" || w == "slapped" ||
                      w == "slapping" || w == "target" || w == "targets" || w == "targeted" || w == "targeting") ||
                    (v.toks[k].flags & sv::cap)) {
                    if (tok_vc(v, k) != VC::none || sv::tok_speech(v, k)) break;  // another verb first
                    continue;
                }
                if (k + 2 >= from - 1) break;  // ("hit with": no object between)
                if (m.goods.empty()) {
                    uint32_t g0 = k + 1, g1 = from - 1;
                    Amount am;
                    // ("95 billion euros of U.S. goods": the value is no good)
                    if (const uint32_t an = amount_at(v, g0, g1, &am); an && am.money && v.is(g0 + an, "of")) g0 += an + 1;
                    if (g1 > g0) {
                        m.goods = v.cut(g0, g1);
                        content_words(v, g0, g1, m.goods_words);
                    }
                    for (uint32_t q = g0; q < g1 && m.target < 0; ++q)
                        if (const int32_t a = sv::actor_at(v, q); a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe ||
                                                                            v.actors[size_t(a)].type == sv::AType::norp))
                            m.target = int32_t(v.actors[size_t(a)].key);
                }
                gverb = int32_t(k);
                gclass = VC::impose;
                steps = 5;
                break;
            }
        // "Washington will cap tariffs on EU goods at 15%": "cap" after a modal or "to" is the
        // verb, not a noun before the measure's ("a price cap")
        if (np0 > s.t0 && np0 < i && (v.is(np0, "cap") || v.is(np0, "caps")) && !(v.toks[np0].flags & sv::cap) &&
            (tok_aux(v, np0 - 1) || v.is(np0 - 1, "to"))) {
            gverb = int32_t(np0);
            gclass = VC::limit;
            steps = 5;  // (no other verb is looked for)
        }
        for (uint32_t k = from; k > s.t0 && steps < 5; ++steps) {
            --k;
            std::string_view w = v.lo(k);
            if (is_clause_punct(v, k) || v.toks[k].kind == TK::quote) {
                if (v.toks[k].kind == TK::quote) continue;
                break;
            }
            if (w == "hold" && k >= s.t0 + 2 && v.is(k - 1, "on")) {
                gverb = int32_t(k - 2);
                gclass = VC::suspend;
                break;
            }
            // ("would stop implementing a ban on exports of gallium", "ceased collecting the
            // duty": to stop applying a measure suspends it)
            if ((w == "implementing" || w == "enforcing" || w == "imposing" || w == "applying" ||
                 w == "collecting" || w == "charging" || w == "levying") &&
                k > s.t0 && (v.is(k - 1, "stop") || v.is(k - 1, "stops") || v.is(k - 1, "stopped") ||
                             v.is(k - 1, "cease") || v.is(k - 1, "ceases") || v.is(k - 1, "ceased") ||
                             v.is(k - 1, "halt") || v.is(k - 1, "halts") || v.is(k - 1, "halted"))) {
                gverb = int32_t(k - 1);
                gclass = VC::suspend;
                break;
            }
            if (w == "that" || w == "which") break;
            // ("braced for lost orders on Wednesday as a U.S. tariff of 50% took effect": "as"
            // before an article opens a clause whose subject is the measure; a verb before "as"
            // still governs it: "imposed as a surcharge")
            // ("resume free trade talks as tariffs reshape alliances": a bare plural right after it too)
            if (w == "as" && !(v.toks[k].flags & sv::cap) && k + 1 < s.t1 &&
                (v.is(k + 1, "a") || v.is(k + 1, "an") || v.is(k + 1, "the") || k + 1 == np0) && k > s.t0 &&
                tok_vc(v, k - 1) == VC::none && !v.is(k - 1, "such") && !v.is(k - 1, "well"))
                break;
            // ("confirmed it granted export licences": the pronoun opens a clause of its own)
            if ((w == "it" || w == "they" || w == "he" || w == "she" || w == "we") && k + 1 < np0 &&
                is_past(v.lo(k + 1)))
                break;
            // ("wants the penalty removed before any deal is signed": a clause of its own)
            // (not a time's: "the lifting until December 1989 of import taxes")
            // ("The suspension could be reversed at any time if the deal unravels": a condition's
            // clause; the main clause's verb is not done to its measure)
            if ((w == "before" || w == "until" || w == "unless" || w == "if" || w == "because" || w == "whether") &&
                !(v.toks[k].flags & sv::cap) && sv::time_at(v, k + 1, s.t1) == 0)
                break;
            // "ended talks with Canada over the tax", "a dispute over the duties": what a
            // verb does before "over" is not done to the measure after it
            // (not the first word of a compound: "its over-quota steel duty")
            if (w == "over" && !(k + 1 < s.t1 && (v.toks[k + 1].flags & sv::hyphen_before))) break;
            // ("was studying the impact of a 25% U.S. tariff": the verb is done to the impact)
            if (w == "of" && k > s.t0 &&
                (v.is(k - 1, "impact") || v.is(k - 1, "effect") || v.is(k - 1, "effects") ||
                 v.is(k - 1, "implications") || v.is(k - 1, "consequences") || v.is(k - 1, "fallout") ||
                 v.is(k - 1, "toll") || v.is(k - 1, "costs")))
                break;
            // ("Tariffs on British cars will drop to 10% under a quota", "cut under the deal": the
            // measure after "under" frames the change; the verb is not done to it)
            if (w == "under" && !(v.toks[k].flags & sv::cap)) break;
            // ("EU and China agree to talks on electric vehicle tariffs": the talks are about
            // the measure; who agrees to talk does not impose it. Talks on a deal are its own
            // course: "suspended negotiations on a proposed merger")
            if (w == "on" && k > s.t0 && m.kind != "deal" &&
                (v.is(k - 1, "talks") || v.is(k - 1, "negotiations") || v.is(k - 1, "discussions") ||
                 v.is(k - 1, "consultations")))
                break;
            // "Tokyo weighs a response to the auto levy", "vowed retaliation against the
            // duties": the verb governs the response, not the measure it answers
            if (answers_measure(v, k, s.t0)) break;
            // "Beijing answered with 125% duties", "Ottawa hit back with counter-tariffs":
            // a response made with a measure imposes it (not "responded to the tariffs")
            // "Brazil was hit with a 40% additional duty", "could be slapped with": the
            // subject is the target, as of "faces"
            if (w == "with" && k > s.t0 + 1 &&
                (v.is(k - 1, "hit") || v.is(k - 1, "slapped") || v.is(k - 1, "struck")) &&
                (v.is(k - 2, "was") || v.is(k - 2, "were") || v.is(k - 2, "is") || v.is(k - 2, "are") ||
                 v.is(k - 2, "be") || v.is(k - 2, "been") || v.is(k - 2, "being") || v.is(k - 2, "got") ||
                 v.is(k - 2, "get") || v.is(k - 2, "gets"))) {
                gverb = int32_t(k - 1);
                gclass = VC::keep;
                faced = true;
                break;
            }
            // ("Exporters will still have to pay a 10% duty on parboiled rice": who pays a measure
            // is what it falls on, as of "faces")
            // (not importers or buyers who pay it, nor those a measure requires to pay: "require
            // importers of canola to pay a 75.8% deposit" is the requirer's)
            // ("Smaller bikes will now attract a duty of 40%": what attracts a duty bears it)
            if ((w == "pay" || w == "pays" || w == "paid" || w == "paying" || w == "attract" || w == "attracts" ||
                 w == "attracted" || w == "attracting") &&
                k + 1 == np0 && k > s.t0 && !(v.toks[k].flags & sv::cap) && m.kind == "tariff") {
                bool payer = false;
                for (uint32_t q = k; q > s.t0 && k - q < 7 && !payer;) {
                    --q;
                    const std::string_view p = v.lo(q);
                    payer = p == "importers" || p == "consumers" || p == "buyers" || p == "customers" ||
                            p == "shoppers" || p == "households" || p == "retailers" || p.starts_with("requir") ||
                            p.starts_with("forc") || p.starts_with("oblig");
                }
                if (!payer) {
                    gverb = int32_t(k);
                    gclass = VC::keep;
                    faced = true;
                    break;
                }
            }
            // ("Canadian energy was charged a lower 10% rate": who is charged the measure pays it,
            // as of "faces")
            // (a finite passive: "the products to be assessed the higher tariffs" are a plan's)
            if ((w == "charged" || w == "assessed") && k + 1 == np0 && k > s.t0 + 1 &&
                (v.is(k - 1, "was") || v.is(k - 1, "were") || v.is(k - 1, "is") || v.is(k - 1, "are") ||
                 v.is(k - 1, "been"))) {
                gverb = int32_t(k);
                gclass = VC::keep;
                faced = true;
                break;
            }
            // "Toyota has been hit hard by the tariffs", "exporters were hurt by the duties": a
            // passive's agent; the subject is what the measure falls on, as of "faces"
            // (a measure, not "the move" or "the deal": "employees affected by the move")
            if (w == "by" && k > s.t0 + 2 && !m.kind.empty() && m.kind != "deal" && m.kind != "purchase" &&
                m.kind != "other") {
                uint32_t q = k - 1;
                if (v.is(q, "hard") || v.is(q, "badly") || v.is(q, "heavily") || v.is(q, "severely") ||
                    v.is(q, "most") || v.is(q, "directly") || v.is(q, "particularly") || v.is(q, "already"))
                    --q;
                const std::string_view p = v.lo(q);
                if (q > s.t0 && !(v.toks[q].flags & sv::cap) &&
                    (p == "hit" || p == "hurt" || p == "affected" || p == "struck" || p == "battered" ||
                     p == "squeezed" || p == "damaged" || p == "impacted" || p == "harmed" || p == "weighed") &&
                    (v.is(q - 1, "was") || v.is(q - 1, "were") || v.is(q - 1, "is") || v.is(q - 1, "are") ||
                     v.is(q - 1, "be") || v.is(q - 1, "been") || v.is(q - 1, "being") || v.is(q - 1, "got") ||
                     v.is(q - 1, "get") || v.is(q - 1, "gets"))) {
                    gverb = int32_t(q);
                    gclass = VC::keep;
                    faced = hit_by = true;
                    break;
                }
            }
            // "The U.S. hit China with 25% tariffs", "slapped Canada with duties": who is hit
            // is the target
            if (w == "with" && k > s.t0 + 1) {
                const int32_t a = sv::actor_at(v, k - 1);
                if (a >= 0 && v.actors[size_t(a)].t1 == k && v.actors[size_t(a)].t0 > s.t0) {
                    const uint32_t q = v.actors[size_t(a)].t0 - 1;
                    const std::string_view p = v.lo(q);
                    if (!(v.toks[q].flags & sv::cap) && (verb_form(p, "hit") || verb_form(p, "slap") ||
                                                          p == "struck" || verb_form(p, "strike") ||
                                                          verb_form(p, "target"))) {
                        gverb = int32_t(q);
                        gclass = VC::impose;
                        if (m.target < 0) m.target = int32_t(v.actors[size_t(a)].key);
                        break;
                    }
                }
            }
            if (w == "with" && k > s.t0) {
                // "the bloc moved ahead with provisional tariffs", "will press ahead with the
                // levy", "proceeded with duties": going on with a measure imposes it
                {
                    uint32_t q = k - 1;
                    if (v.is(q, "ahead") && q > s.t0) --q;
                    const std::string_view p = v.lo(q);
                    const bool ahead = q + 1 < k;
                    if (!(v.toks[q].flags & sv::cap) && m.kind != "deal" && m.kind != "purchase" &&
                        ((ahead && (verb_form(p, "move") || verb_form(p, "press") || verb_form(p, "push") ||
                                    verb_form(p, "go") || p == "went" || p == "gone" || verb_form(p, "forge"))) ||
                         (!ahead && verb_form(p, "proceed")))) {
                        gverb = int32_t(q);
                        gclass = VC::impose;
                        break;
                    }
                }
                uint32_t q = k - 1;
                const bool back = v.is(q, "back") && q > s.t0;
                if (back) --q;
                const std::string_view p = v.lo(q);
                auto responds = [&](uint32_t t) {
                    const std::string_view r = v.lo(t);
                    return !(v.toks[t].flags & sv::cap) &&
                           (verb_form(r, "respond") || verb_form(r, "answer") || verb_form(r, "counter") ||
                            verb_form(r, "reply") || r.compare(0, 8, "retaliat") == 0);
                };
                if (!(v.toks[q].flags & sv::cap) &&
                    (back ? verb_form(p, "hit") || verb_form(p, "strike") || p == "struck" || verb_form(p, "fire")
                          : responds(q))) {
                    gverb = int32_t(q);
                    gclass = VC::impose;
                    break;
                }
                // "retaliated against the U.S. tariffs with tariffs of its own", "responded to
                // the move with export curbs": the response's object between verb and "with"
                bool found = false;
                for (uint32_t t = k - 1, n = 0; t > s.t0 && n < 10 && !back; ++n) {
                    --t;
                    if (is_clause_punct(v, t) || v.is(t, "that") || v.is(t, "which") || v.is(t, "with")) break;
                    if (responds(t) && (v.is(t + 1, "to") || v.is(t + 1, "against") || v.is(t + 1, "for") ||
                                        v.is(t + 1, "over"))) {
                        gverb = int32_t(t);
                        gclass = VC::impose;
                        found = true;
                        break;
                    }
                }
                if (found) break;
            }
            // "Taiwan, which faces a 20% U.S. tariff": who faces a measure is its target,
            // and it is in place (or threatened: "could face")
            // ("Britain will continue to pay a 25% rate on its steel": a country that pays a
            // measure faces it; importers or consumers who pay one do not: only a country named
            // right before the verb and its auxiliaries)
            const bool pays = (w == "pay" || w == "pays" || w == "paid" || w == "paying") &&
                              !(v.toks[k].flags & sv::cap) && country_pays(v, s.t0, k);
            // ("Swiss exporters brace for a 39% U.S. tariff", "scrambled to absorb a 39% tariff":
            // who braces for a measure or absorbs it is what it falls on, as of "faces")
            const bool braces = w == "for" && k > s.t0 &&
                                (v.is(k - 1, "brace") || v.is(k - 1, "braces") || v.is(k - 1, "braced") ||
                                 v.is(k - 1, "bracing"));
            const bool absorbs = w == "absorb" || w == "absorbs" || w == "absorbed" || w == "absorbing";
            // ("Japan and South Korea each secured a 15% rate": who secures a rate is charged it)
            const bool secures = secures_verb(w) && m.has_rate && m.kind == "tariff";
            if ((w == "face" || w == "faces" || w == "faced" || w == "facing" || pays || braces || absorbs || secures) &&
                !(v.toks[k].flags & sv::cap) && faces_measure(v, k + 1, from)) {
                gverb = int32_t(braces ? k - 1 : k);
                gclass = VC::keep;
                faced = true;
                break;
            }
            // "help Moscow evade earlier sanctions": who evades the measure is its target
            // (and no verb before governs it)
            if (evades(v.lo(k)) && !(v.toks[k].flags & sv::cap)) {
                if (m.target < 0 && k > s.t0) {
                    const int32_t a = sv::actor_at(v, k - 1);
                    if (a >= 0 && v.actors[size_t(a)].t1 == k) m.target = int32_t(v.actors[size_t(a)].key);
                }
                break;
            }
            // "launched an anti-dumping investigation", "opened a probe": starting one
            // announces it (only an investigation: "open market purchases", bond "deals
            // launched" in the euromarket are none)
            if (m.lemma == "investigation" && !(v.toks[k].flags & sv::cap)) {
                const std::string_view w2 = v.lo(k);
                if (verb_form(w2, "launch") || verb_form(w2, "initiate") || verb_form(w2, "open") ||
                    verb_form(w2, "start") || verb_form(w2, "begin") || w2 == "began" || w2 == "begun") {
                    gverb = int32_t(k);
                    gclass = VC::announce;
                    break;
                }
            }
            // "would require export licences for graphite": requiring licences imposes an export
            // control (only that: "required to pay taxes", "requires that ..." impose nothing)
            if (m.kind == "export_control" && !(v.toks[k].flags & sv::cap) && verb_form(v.lo(k), "require")) {
                gverb = int32_t(k);
                gclass = VC::impose;
                break;
            }
            // ", adding a 25 percentage point penalty", "added a 10% tariff": adding a measure of
            // a stated size imposes it ("experts added the principle of a single tax" is speech;
            // "value-added" no verb)
            if ((w == "adding" || w == "added" || w == "adds" || w == "add") &&
                !(v.toks[k].flags & (sv::cap | sv::hyphen_before))) {
                bool sized = false;
                for (uint32_t q = k + 1; q < i && !sized; ++q) sized = v.toks[q].kind == TK::number;
                if (sized && m.kind != "deal" && m.kind != "purchase") {
                    gverb = int32_t(k);
                    gclass = VC::impose;
                    break;
                }
            }
            // "Trump left a 10% baseline tariff in place", ", leaving duties on steel in place": who
            // leaves it in place keeps it (and imposes it)
            if ((verb_form(w, "leave") || w == "left") && !(v.toks[k].flags & sv::cap)) {
                bool in_place = false;
                for (uint32_t q = i + 1; q + 1 < s.t1 && q < i + 10 && !in_place; ++q) {
                    if (is_clause_punct(v, q)) break;
                    in_place = v.is(q, "in") && v.is(q + 1, "place");
                }
                if (in_place) {
                    gverb = int32_t(k);
                    gclass = VC::keep;
                    break;
                }
            }
            // "are close to a trade agreement", "nearing a deal", "near a deal": not made yet,
            // in the works (not "close a deal", which makes it)
            if (m.kind == "deal" && !(v.toks[k].flags & sv::cap) &&
                ((w == "close" && v.is(k + 1, "to")) || w == "closer" || w == "near" || w == "nears" ||
                 w == "neared" || w == "nearing")) {
                gverb = int32_t(k);
                gclass = VC::propose;
                break;
            }
            VC c = tok_vc(v, k);
            // ("finalized anti-dumping duties on solar panels": a measure made final is imposed;
            // a deal finalized is done)
            if (c == VC::deal_done && m.kind != "deal" && m.kind != "purchase" &&
                (verb_form(v.lo(k), "finalize") || verb_form(v.lo(k), "finalise")))
                c = VC::impose;
            // ("established a tariff-rate quota": a measure established is imposed; a deal's
            // terms "established at the time of sale" are no measure's)
            if (c == VC::none && m.kind != "deal" && m.kind != "purchase" && verb_form(v.lo(k), "establish") &&
                !(v.toks[k].flags & sv::cap))
                c = VC::impose;
            // ("Chile set a tariff-rate quota of 50,000 tonnes": "set" with an article after it)
            if (c == VC::none && m.kind != "deal" && m.kind != "purchase" && (v.is(k, "set") || v.is(k, "sets")) &&
                k > s.t0 && !(v.toks[k].flags & sv::cap) && (v.is(k + 1, "a") || v.is(k + 1, "an") || v.is(k + 1, "new")) &&
                !tok_aux(v, k - 1) && !v.is(k - 1, "to") && !v.is(k - 1, "that") && !v.is(k - 1, "which"))
                c = VC::impose;  // (not "a deal that sets a 15% tariff": a term of the deal, read below)
            // "would not retaliate against tariffs Reagan slapped on ...": the measure
            // retaliated against is the other side's
            if (c == VC::impose && v.lo(k).compare(0, 8, "retaliat") == 0 &&
                (v.is(k + 1, "against") || v.is(k + 1, "for") || v.is(k + 1, "over")))
                break;
            // "has vowed to veto any tax increase": what is vowed is the verb after "to" (one of
            // no measure here); a vow governs only its own object ("vows countermeasures")
            if (c == VC::announce && v.lo(k).compare(0, 3, "vow") == 0 && (v.is(k + 1, "to") || v.is(k + 1, "that")))
                break;
            // "automakers are preparing for a 25% tariff": who prepares for a measure braces for
            // it (the one who prepares tariffs proposes them)
            if (c == VC::propose && v.lo(k).compare(0, 6, "prepar") == 0 && v.is(k + 1, "for")) break;
            if (c == VC::remove && changes_course(v, k)) break;
            // ("the duties of 10% to 50% announced in April and the tariffs on Canada": a
            // participle after a noun, before "and", is that noun's, not the next measure's verb)
            if (c != VC::none && is_past(w) && k > s.t0 && (v.toks[k - 1].kind == TK::word || v.is(k - 1, "%")) &&
                !(v.toks[k - 1].flags & sv::cap) && !tok_aux(v, k - 1) && !tok_det(v, k - 1) && !tok_prep(v, k - 1) &&
                sv::actor_at(v, k - 1) < 0 &&
                !v.is(k - 1, "it") && !v.is(k - 1, "they") && !v.is(k - 1, "he") && !v.is(k - 1, "she") &&
                !v.is(k - 1, "we")) {
                bool joined = false;
                for (uint32_t q = k + 1; q < np0 && !joined; ++q) joined = v.is(q, "and");
                if (joined) break;
            }
            if (c != VC::none && !(v.toks[k].flags & sv::cap)) {
                // buying governs purchases, signing governs deals
                bool fits = !((c == VC::purchase && m.kind != "purchase") ||
                              (c == VC::deal_done && m.kind != "deal" && m.kind != "purchase") ||
                              (m.kind == "purchase" && (c == VC::restrict || c == VC::limit || c == VC::ban)) ||
                              (m.kind == "deal" && (c == VC::restrict || c == VC::ban || c == VC::sanction ||
                                                    c == VC::limit || c == VC::impose)));
                if (fits) {
                    gverb = int32_t(k);
                    gclass = c;
                }
                break;
            }
        }
    }
    // ("postponed by 90 days a threatened increase in tariffs": the noun of a change, after its
    // article, is governed by the verb before the article; a verb that puts off or drops it
    // decides the measure's course)
    if (gverb > int32_t(s.t0) + 2 && uint32_t(gverb) < np0 + 1 &&
        (v.is(uint32_t(gverb), "increase") || v.is(uint32_t(gverb), "hike") || v.is(uint32_t(gverb), "rise") ||
         v.is(uint32_t(gverb), "increases") || v.is(uint32_t(gverb), "hikes"))) {
        uint32_t d = uint32_t(gverb) - 1;
        if (d > s.t0 && !tok_det(v, d) && is_word(v, d) && !(v.toks[d].flags & sv::cap)) --d;  // ("a threatened increase")
        if (d > s.t0 && tok_det(v, d)) {
            uint32_t q = d - 1;
            // (past a length between the verb and its object: "postponed by 90 days a ...")
            if (q > s.t0 + 2 && (v.is(q, "days") || v.is(q, "weeks") || v.is(q, "months")) &&
                v.toks[q - 1].kind == TK::number && v.is(q - 2, "by"))
                q -= 3;
            const VC c = tok_vc(v, q);
            if ((c == VC::suspend || c == VC::remove) && !(v.toks[q].flags & sv::cap)) {
                gverb = int32_t(q);
                gclass = c;
            }
        }
    }
    // ("analyst X recommended the purchase of Texaco Inc": advice to investors, no purchase)
    if (gverb >= 0 && m.kind == "purchase" && v.lo(uint32_t(gverb)).starts_with("recommend")) return false;
    // ("Brazil has lifted its over-quota steel duty to 25%": lifting a measure to a level raises
    // it; lifting one is removing it only without that level)
    if (gverb >= 0 && gclass == VC::remove && uint32_t(gverb) < np0 &&
        (v.is(uint32_t(gverb), "lift") || v.is(uint32_t(gverb), "lifts") || v.is(uint32_t(gverb), "lifted") ||
         v.is(uint32_t(gverb), "lifting"))) {
        double x;
        uint32_t n;
        for (uint32_t k = np1; k < s.t1 && k < np1 + 2; ++k)
            if (v.is(k, "to") && sv::percent_at(v, k + 1, s.t1, x, n)) {
                gclass = VC::raise;
                break;
            }
    }
    // "WTO members cannot stop a country from raising tariffs that stay within its bound rates":
    // what "a country" or "countries" in general may be kept from doing is a rule about measures,
    // not one (nobody's, on nothing)
    if (gverb > int32_t(s.t0) + 2 && v.lo(uint32_t(gverb)).ends_with("ing") && v.is(uint32_t(gverb) - 1, "from")) {
        const uint32_t n = uint32_t(gverb) - 2;
        const bool generic = (v.is(n, "country") || v.is(n, "nation") || v.is(n, "government") || v.is(n, "member")) &&
                             (v.is(n - 1, "a") || v.is(n - 1, "any"));
        const bool generic_plural = (v.is(n, "countries") || v.is(n, "nations") || v.is(n, "governments") ||
                                     v.is(n, "members")) &&
                                    sv::actor_at(v, n - 1) < 0 && !tok_det(v, n - 1);
        if ((generic || generic_plural) && !m.has_rate && m.goods.empty()) return false;
    }
    return true;
}

// The verb of a list ("added ... to its Entity List") or of a requirement; then the status,
// modality and subject the governing verb gives. false: a deal said not to be reached.
bool MentionState::verb_status() {
    // "added 140 Chinese companies, including ..., to its Entity List", "put two firms on
    // its unreliable entity list": the verb is a list's length back; its subject is the
    // imposer (over "its", which may name a company of the list).
    // The same for "added five rare earth elements to its export control list": what is
    // added (no name) is the goods.
    // (the walk above may have stopped at the same verb when the list is short: "adding
    // 140 Chinese companies to its trade blacklist"; "its" then named a listed company's
    // country as the imposer)
    const bool control_list = m.kind == "export_control" && np1 > np0 && v.is(np1 - 1, "list");
    auto adds_to_list = [&](uint32_t k) {
        const std::string_view w = v.lo(k);
        return (w == "added" || w == "adds" || w == "add" || w == "adding" || w == "put" || w == "puts" ||
                w == "putting" || w == "placed" || w == "places" || w == "placing") &&
               !(v.toks[k].flags & sv::cap);
    };
    const auto after_be = [&](uint32_t k) {  // a passive: "were added"
        return k > s.t0 && (v.is(k - 1, "were") || v.is(k - 1, "was") || v.is(k - 1, "been") || v.is(k - 1, "be") ||
                            v.is(k - 1, "are") || v.is(k - 1, "is") || v.is(k - 1, "being"));
    };
    // ("would remove some U.S. firms from its unreliable entity list": taken off the list, the
    // firms' place is its target and the remover its imposer, as for an addition)
    const auto removes_from_list = [&](uint32_t k) {
        const std::string_view w = v.lo(k);
        return (w == "removed" || w == "removes" || w == "remove" || w == "removing" || w == "took" ||
                w == "take" || w == "takes" || w == "taking" || w == "taken" || w == "dropped" || w == "drop" ||
                w == "drops" || w == "dropping") &&
               !(v.toks[k].flags & sv::cap);
    };
    const bool from_list = np0 > s.t0 + 1 && (v.is(np0 - 1, "from") || v.is(np0 - 1, "off"));
    const auto list_verb = [&](uint32_t k) { return from_list ? removes_from_list(k) : adds_to_list(k); };
    const bool blacklist = m.lemma == "blacklist" || v.is(i, "blacklist");  // (a sanction's word)
    if ((gverb < 0 || list_verb(uint32_t(gverb))) && (blacklist || control_list) &&
        np0 > s.t0 + 1 && (v.is(np0 - 1, "to") || v.is(np0 - 1, "on") || from_list))
        for (uint32_t k = np0 - 1, steps = 0; k > s.t0 && steps < 25; ++steps) {
            --k;
            const std::string_view w = v.lo(k);
            if (w == ";" || v.toks[k].kind == TK::quote) break;
            if (list_verb(k)) {
                gverb = int32_t(k);
                gclass = from_list ? VC::remove : VC::impose;
                // (not the subject of a passive: "Fifteen American companies were added to its
                // list" names what was listed; "its" tells who listed them)
                if (const int32_t who = after_be(k) ? -1 : subject_of(v, k, s.t0); who >= 0) m.imposer = who;
                // ("Acme was added to the entity list": the passive's subject is what is listed)
                if (const int32_t who = after_be(k) ? subject_of(v, k, s.t0) : -1;
                    who >= 0 && m.target < 0 && who != m.imposer && v.keys[size_t(who)].type != sv::AType::person)
                    m.target = who;
                // ("The US added Acme to its entity list": one company listed by name)
                if (const int32_t a = k + 1 < np0 ? sv::actor_at(v, k + 1) : -1;
                    a >= 0 && m.target < 0 && v.actors[size_t(a)].t0 == k + 1 && v.actors[size_t(a)].t1 + 1 == np0 &&
                    v.actors[size_t(a)].type == sv::AType::org && int32_t(v.actors[size_t(a)].key) != m.imposer)
                    m.target = int32_t(v.actors[size_t(a)].key);
                // the place or nationality of what is listed ("140 Chinese companies")
                for (uint32_t q = k + 1; q + 1 < np0 && m.target < 0; ++q) {
                    const int32_t a = sv::actor_at(v, q);
                    if (a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe ||
                                   v.actors[size_t(a)].type == sv::AType::norp) &&
                        int32_t(v.actors[size_t(a)].key) != m.imposer)
                        m.target = int32_t(v.actors[size_t(a)].key);
                }
                if (control_list && m.goods.empty() && np0 - 1 > k + 1 && np0 - 1 - (k + 1) <= 14) {  // (two goods joined: "elements and related magnet technologies")
                    bool named = false;
                    for (uint32_t q = k + 1; q + 1 < np0 && !named; ++q) named = sv::actor_at(v, q) >= 0;
                    if (!named) m.goods = trim_trailing(v.cut(k + 1, np0 - 1));
                }
                break;
            }
        }
    // "added lithium battery cathode technology to its catalogue of technologies restricted from
    // export": a list named by what its entries may not do is a control list too; what is added to
    // it is the goods (not "export"), who adds it the imposer
    if (tr.verb && m.kind == "export_control" && i >= s.t0 + 6 && v.is(i - 2, "of") &&
        (v.is(i - 3, "catalogue") || v.is(i - 3, "catalog") || v.is(i - 3, "list"))) {
        uint32_t to = i - 4;
        if (tok_det(v, to) || v.is(to, "its") || v.is(to, "their")) --to;
        if (to > s.t0 + 1 && v.is(to, "to"))
            for (uint32_t k = to - 1, steps = 0; k > s.t0 && steps < 14; ++steps) {
                --k;
                if (v.toks[k].kind == TK::punct || v.toks[k].kind == TK::quote) break;
                if (!adds_to_list(k) || k + 1 >= to) continue;
                gverb = int32_t(k);
                gclass = VC::impose;
                if (const int32_t who = after_be(k) ? -1 : subject_of(v, k, s.t0); who >= 0) m.imposer = who;
                m.goods = trim_trailing(v.cut(k + 1, to));
                m.goods_words.clear();
                content_words(v, k + 1, to, m.goods_words);
                break;
            }
    }
    // "would require ASML to apply for licences to export ...": who must apply is no
    // imposer; the one who requires it is
    if (np0 >= s.t0 + 3 && v.is(np0 - 1, "for") && v.is(np0 - 2, "apply") && v.is(np0 - 3, "to"))
        for (uint32_t k = np0 - 3, steps = 0; k > s.t0 && steps < 8; ++steps) {
            --k;
            if (v.lo(k).compare(0, 7, "require") == 0 && !(v.toks[k].flags & sv::cap)) {
                gverb = int32_t(k);
                gclass = VC::restrict;
                m.imposer = subject_of(v, k, s.t0);
                break;
            }
        }
    // "would lift duties on textiles to between 10% and 50%": lifted to a level is raised
    if (gclass == VC::remove && gverb >= 0 && v.lo(uint32_t(gverb)).compare(0, 4, "lift") == 0 && m.has_to)
        gclass = VC::raise;
    // "farmers hit by a 25% tariff": a past participle after a noun, the measure its agent.
    // The measure is in place; the main clause's modality ("would spend ... on farmers
    // hit by") and subject are not its own.
    const bool agent = gverb > int32_t(s.t0) && !tr.verb && !faced && v.is(uint32_t(gverb) + 1, "by") &&
                       is_past(v.lo(uint32_t(gverb))) &&
                       (v.toks[uint32_t(gverb) - 1].kind == TK::word || v.is(uint32_t(gverb) - 1, ",")) &&
                       !tok_aux(v, uint32_t(gverb) - 1) && !v.is(uint32_t(gverb) - 1, "be") &&
                       !v.is(uint32_t(gverb) - 1, "been") && !v.is(uint32_t(gverb) - 1, "being") &&
                       !v.is(uint32_t(gverb) - 1, "get") && !v.is(uint32_t(gverb) - 1, "got") &&
                       !v.is(uint32_t(gverb) - 1, "it") && !v.is(uint32_t(gverb) - 1, "they") &&
                       !v.is(uint32_t(gverb) - 1, "he") && !v.is(uint32_t(gverb) - 1, "she") &&
                       !v.is(uint32_t(gverb) - 1, "we") && !v.is(uint32_t(gverb) - 1, "which") &&
                       !v.is(uint32_t(gverb) - 1, "that") && !v.is(uint32_t(gverb) - 1, "who") &&
                       // (a length is no agent: "postponed by 90 days a threatened increase")
                       !(uint32_t(gverb) + 3 < s.t1 && v.toks[uint32_t(gverb) + 2].kind == TK::number &&
                         (v.is(uint32_t(gverb) + 3, "days") || v.is(uint32_t(gverb) + 3, "weeks") ||
                          v.is(uint32_t(gverb) + 3, "months") || v.is(uint32_t(gverb) + 3, "years")));
    if (agent) {
        st = "in_force";
        // "Canada, hit by U.S. tariffs": the name before it is what the measure falls on
        const uint32_t before = uint32_t(gverb) - (v.is(uint32_t(gverb) - 1, ",") && gverb > int32_t(s.t0) + 1 ? 2 : 1);
        if (const int32_t a = sv::actor_at(v, before); a >= 0 && m.target < 0 &&
            v.actors[size_t(a)].type != sv::AType::person)
            m.target = int32_t(v.actors[size_t(a)].key);
    } else if (gverb >= 0) {
        scan_modality(v, s.t0, uint32_t(gverb), mod);
        std::string_view vw = v.lo(uint32_t(gverb));
        // ("Section 232 allows the president to restrict imports", "the law gives the president the
        // power to impose tariffs": a power a law grants is no measure taken)
        // (not a measure named with its article: "did not give the president the authority to impose
        // the 25% duties on Canada" speaks of duties imposed)
        if (!definite && granted_power(v, s.t0, uint32_t(gverb))) return false;
        // ("said she could not reach a deal", "failed to reach an agreement": no deal was made; a
        // deal that is not there is no measure, as in absent_deal)
        if (m.kind == "deal" && gclass == VC::deal_done && !m.has_rate && m.goods.empty() &&
            (mod.negated || (gverb >= int32_t(s.t0) + 2 && v.is(uint32_t(gverb) - 1, "to") &&
                             (v.is(uint32_t(gverb) - 2, "failed") || v.is(uint32_t(gverb) - 2, "fail") ||
                              v.is(uint32_t(gverb) - 2, "fails")))))
            return false;
        // ("Beijing has not announced a formal ban", "China did not impose tariffs on sorghum": a
        // measure denied in its own verb group, named afresh with no rate, was not taken; a
        // measure named with "the" or a possessive is one that exists)
        // ("Tokyo was not considering retaliatory tariffs for now": nor one not even weighed)
        if ((gclass == VC::impose || gclass == VC::announce || gclass == VC::propose) && mod.negated && !definite &&
            !m.has_rate &&
            det != "its" && det != "their" && det != "his" && det != "her" && m.kind != "deal" && m.kind != "purchase") {
            bool own_denial = false;
            for (uint32_t k = uint32_t(gverb); k > s.t0 && uint32_t(gverb) - k < 4;) {
                --k;
                if (v.is(k, "not") || v.is(k, "n't") || v.is(k, "never")) { own_denial = true; break; }
                if (!(tok_aux(v, k) || v.is(k, "has") || v.is(k, "have") || v.is(k, "had") || v.is(k, "yet") ||
                      v.is(k, "formally") || v.is(k, "officially")))
                    break;
            }
            // (the verb's own object: not "has not yet decided whether sanctions levied against
            // Japan last April should be lifted")
            bool object = own_denial && np0 > uint32_t(gverb) && np0 - uint32_t(gverb) <= 4;
            for (uint32_t k = uint32_t(gverb) + 1; object && k <= np0; ++k)
                object = !(v.is(k, "whether") || v.is(k, "if") || v.is(k, "to") || v.is(k, "that") || is_clause_punct(v, k));
            if (object) return false;
        }
        st = status_of(gclass, vw, mod, m.kind);
        // ("Markets braced for new U.S. tariffs": what one braces for is still to come; when,
        // the verb does not say)
        if (faced && vw.starts_with("brac") && st == "in_force") st = "unknown";
        // "would keep its 25% counter-tariffs on steel": kept while others go (merge)
        if (gclass == VC::keep && !mod.negated &&
            (vw.starts_with("keep") || vw == "kept" || vw.starts_with("maintain") || vw.starts_with("retain")))
            m.kept = true;
        // "Canada to impose 25% tariff on steel", "EU to halve steel quotas": a headline's
        // name and infinitive tell a plan
        // (also a verb whose base reads as past: "US to hit Brazil with 50% tariff", "to cut")
        const bool base_as_past = vw == "hit" || vw == "cut" || vw == "put" || vw == "set";
        if ((st == "unknown" || st == "announced" || (st == "in_force" && base_as_past)) && gclass != VC::none &&
            gverb >= int32_t(s.t0) + 2 && v.is(uint32_t(gverb) - 1, "to"))
            if (const int32_t a = sv::actor_at(v, uint32_t(gverb) - 2);
                a >= 0 && v.actors[size_t(a)].t1 == uint32_t(gverb) - 1 &&
                v.actors[size_t(a)].t0 == s.t0 + (v.is(s.t0, "the") ? 1 : 0) &&
                v.actors[size_t(a)].type != sv::AType::person) {
                st = "announced";
                mod.future = true;  // (a headline's present says nothing firm; this does)
            }
        if (mod.pluperfect || prior_event(v, s.t0, uint32_t(gverb))) m.background = true;
        // ("The 25% counter-tariffs ... will be lifted. Canada also imposed 25% tariffs on some
        // U.S.-made vehicles in April": a measure "also" imposed, named with no article of
        // co-reference, is another one)
        if (!definite && gclass == VC::impose && gverb > int32_t(s.t0) && v.is(uint32_t(gverb) - 1, "also") &&
            !tr.verb)
            m.fresh = true;
        if (is_ing(vw) && st == "unknown" && gclass != VC::none && !mod.want) {
            // "responded by restricting exports": the tense of the finite verb before it
            for (uint32_t k = uint32_t(gverb); k > s.t0;) {
                --k;
                std::string_view w = v.lo(k);
                if (w == "that") break;
                // ("began enforcing a ban": an irregular past too, right before the gerund)
                if ((is_past(w) || ((w == "began" || w == "begun") && k + 1 == uint32_t(gverb))) &&
                    !(v.toks[k].flags & sv::cap) && w != "said" &&
                    w != "told" && w != "warned") {
                    st = gclass == VC::remove ? "lifted" : (gclass == VC::suspend ? "suspended" : "in_force");
                    break;
                }
            }
        }
        const char* dir = direction_of(gclass);
        // "had no plan to lift the ban", "will not remove the tariffs": a change denied is no
        // change, and the measure it names stays in place
        // (the denial within the verb's own group: "would not be drawn on whether he will cut
        // the rate" denies no cut)
        bool denied = false;
        if (mod.negated && *dir && std::strcmp(dir, "impose") != 0)
            for (uint32_t k = uint32_t(gverb); k > s.t0 && uint32_t(gverb) - k < 5;) {
                --k;
                const std::string_view w = v.lo(k);
                if (w == "not" || w == "n't" || w == "no" || w == "never") { denied = true; break; }
                // ("would not include any cut to U.S. tariffs": a change named as a noun)
                if (!(tok_aux(v, k) || w == "to" || w == "plan" || w == "plans" || w == "intention" ||
                      w == "intend" || w == "intends" || w == "want" || w == "wants" ||
                      (w == "any" && k + 1 == uint32_t(gverb)) ||
                      ((w == "include" || w == "includes") && v.is(k + 1, "any"))))
                    break;
            }
        // ("will not delay the April 1 merger": a deal kept to its date is not in force yet)
        // (or one a possessive names: "China has not lifted its ban on Canadian canola")
        const bool owned = det == "its" || det == "their" || det == "his" || det == "her";
        if (denied && (definite || owned) && (gclass == VC::remove || gclass == VC::suspend) && m.kind != "deal" &&
            m.kind != "purchase")
            st = "in_force";
        if (*dir && m.direction.empty() && !denied) {
            bool change = std::strcmp(dir, "impose") != 0 || st == "announced" || st == "threatened" || st == "proposed";
            if (change) m.direction = dir;
        }
        // ("China would resume general licences for exports of gallium": licences given or given
        // back ease the control they belong to)
        if (m.kind == "export_control" && v.lo(i).starts_with("licen") && !denied &&
            (vw.starts_with("resum") || vw.starts_with("restor") || vw.starts_with("reinstat") ||
             vw.starts_with("grant") || vw.starts_with("issu")))
            m.direction = "lower";
        // imposer: the subject of the governing verb
        if (faced) {
            // ("could face", "would face": threatened; "will face": the measure is decided)
            bool will = false, still = false, would = false;
            for (uint32_t k = uint32_t(gverb), n = 0; k > s.t0 && n < 3; ++n) {
                --k;
                const std::string_view w = v.lo(k);
                // ("will continue to face", "continues to pay": the measure stays in place)
                if (w == "to" && k > s.t0 && v.lo(k - 1).starts_with("continu")) { still = true; break; }
                if (w == "will" || w == "'ll" || w == "shall") { will = true; break; }
                if (w == "would") { would = true; break; }
                still = still || w == "still";
                // ("will still have to pay", "must pay")
                if (!(w == "also" || w == "now" || w == "still" || w == "soon" || w == "be" ||
                      ((w == "to" || w == "have" || w == "has" || w == "must") && v.lo(uint32_t(gverb)).starts_with("pa"))))
                    break;
            }
            // ("The Commission said BYD would face an additional duty of 17.4%": "would" in the
            // report of a government or body that decides is its announcement, not a threat)
            if (would && !mod.maybe && !mod.threat && !mod.negated)
                for (uint32_t k = uint32_t(gverb); k > s.t0 + 1; --k)
                    if (sv::tok_speech(v, k - 1) && !(v.toks[k - 1].flags & sv::cap)) {
                        const int32_t who = subject_of(v, k - 1, s.t0);
                        will = who >= 0 && v.keys[size_t(who)].type != sv::AType::person &&
                               governing_key(v, who);
                        break;
                    }
            // ("steel and aluminum would still face a 50% tariff": the measure stays in place)
            if (still) st = "in_force";
            else if (mod.maybe || mod.threat || (mod.future && !will)) st = "threatened";
            else if (will) st = "announced";
            // (over a target read from the goods: "face a U.S. tariff on its shoes")
            if (const int32_t who = facing_subject(v, uint32_t(gverb), s.t0);
                who >= 0 && !(hit_by && v.keys[size_t(who)].type == sv::AType::org))
                m.target = who;
            // (from past the dateline: "LONDON (Reuters) - British steel still faces a 25% levy")
            if (m.goods.empty()) {
                faced_goods(v, past_dateline(v, s.t0, uint32_t(gverb)), uint32_t(gverb), m);
                // ("Our members are stuck paying 25%": who pays a rate is a payer, not goods)
                static const char* const kPayers[] = {"members", "companies", "firms", "producers", "exporters",
                    "importers", "consumers", "buyers", "makers", "manufacturers", "farmers", "businesses",
                    "customers", "shoppers", "households", "steelmakers", "carmakers", "automakers", "we", "they",
                    nullptr};
                const std::string_view pv = v.lo(uint32_t(gverb));
                if (!m.goods.empty() && (pv == "pay" || pv == "pays" || pv == "paid" || pv == "paying")) {
                    const size_t sp = m.goods.rfind(' ');
                    std::string last = m.goods.substr(sp == std::string::npos ? 0 : sp + 1);
                    for (char& ch : last) ch = char(std::tolower(static_cast<unsigned char>(ch)));
                    if (in_list(last, kPayers)) {
                        m.goods.clear();
                        m.goods_words.clear();
                    }
                }
            }
            // ("Japan said its car exports would face a tariff of 15%": whose goods face the
            // measure is its target, not the one reporting a threat of its own)
            if (m.target < 0)
                for (uint32_t k = uint32_t(gverb); k > s.t0 && uint32_t(gverb) - k < 8;) {
                    --k;
                    if (is_clause_punct(v, k) || v.toks[k].kind == TK::quote) break;
                    if (!(v.is(k, "its") || v.is(k, "their"))) continue;
                    if (const int32_t owner = resolve_pronoun(v, k, s.t0, false); owner >= 0 && owner != m.imposer)
                        m.target = owner;
                    break;
                }
            // "Canada said American goods could face a 25% surtax": a threat reported by
            // a country or an organisation is its own (not a person's: a minister speaks
            // for a country this does not know)
            if (m.imposer < 0 && (st == "threatened" || (would && st == "announced")))
                for (uint32_t k = uint32_t(gverb); k > s.t0 + 1; --k)
                    if (sv::tok_speech(v, k - 1)) {
                        const int32_t who = subject_of(v, k - 1, s.t0);
                        if (who >= 0 && who != m.target && v.keys[size_t(who)].type != sv::AType::person)
                            m.imposer = who;
                        break;
                    }
            // "Chicken and wheat will face an extra 15% levy, the Customs Tariff Commission said",
            // "China said chicken and wheat will face an extra 15% levy": goods, no party, facing a
            // measure a government announces are facing its own (a place, or a government body or
            // trade bloc: not a person, an association, a bank)
            if (m.imposer < 0 && m.target < 0 && !m.goods.empty() && (st == "announced" || st == "threatened")) {
                int32_t who = -1;
                for (uint32_t k = uint32_t(gverb); k > s.t0 + 1; --k)
                    if (sv::tok_speech(v, k - 1)) {
                        who = subject_of(v, k - 1, s.t0);
                        break;
                    }
                if (who < 0) who = trailing_reporter(v, std::max(np1, m.read_end), s.t1);
                if (who >= 0 && governing_key(v, who)) m.imposer = who;
            }
            // "The European Commission is preparing a list of U.S. goods ... that could face
            // retaliatory tariffs": who draws up the list of what would face them imposes them
            if (m.imposer < 0 && st == "threatened")
                for (uint32_t k = uint32_t(gverb); k > s.t0 + 2 && uint32_t(gverb) - k < 24; --k) {
                    // (past an amount in brackets: "worth 93 billion euros ($108 billion) that")
                    if (v.is(k - 1, ")")) {
                        uint32_t o = k - 1;
                        while (o > s.t0 && k - o < 8 && !v.is(o, "(")) --o;
                        if (v.is(o, "(") && o > s.t0 + 2) {
                            k = o + 1;
                            continue;
                        }
                    }
                    if (is_clause_punct(v, k - 1) || v.toks[k - 1].kind == TK::quote) break;
                    if (!(v.is(k - 1, "of") && (v.is(k - 2, "list") || v.is(k - 2, "lists")))) continue;
                    uint32_t vb = k - 2;
                    if (vb > s.t0 && (v.is(vb - 1, "a") || v.is(vb - 1, "the") || v.is(vb - 1, "its"))) --vb;
                    if (vb > s.t0 && (v.is(vb - 1, "new") || v.is(vb - 1, "draft") || v.is(vb - 1, "second"))) --vb;
                    if (vb > s.t0 && v.toks[vb - 1].kind == TK::word && !(v.toks[vb - 1].flags & sv::cap) &&
                        !tok_prep(v, vb - 1) && !tok_det(v, vb - 1)) {
                        const int32_t who = subject_of(v, vb - 1, s.t0);
                        if (who >= 0 && who != m.target && v.keys[size_t(who)].type != sv::AType::person)
                            m.imposer = who;
                    }
                    break;
                }
        } else if (m.imposer >= 0 && m.imposer == destination_imposer && m.target < 0 && gclass == VC::impose &&
                   !after_be(uint32_t(gverb))) {
            // ("Chile said it would impose a 25% surcharge on copper exports to Peru", "Ontario will
            // put a surcharge on electricity exports to Michigan": a place that imposes it in so
            // many words taxes its own exports; where they go is the target)
            if (const int32_t who = subject_of(v, uint32_t(gverb), s.t0);
                who >= 0 && who != m.imposer && v.keys[size_t(who)].type != sv::AType::person) {
                m.target = m.imposer;
                m.imposer = who;
            }
        } else if (m.imposer < 0 && gclass != VC::none && !(adds_to_list(uint32_t(gverb)) && after_be(uint32_t(gverb)))) {
            m.imposer = subject_of(v, uint32_t(gverb), s.t0);
            // ("Canada will impose a 25% surtax ... The government will also introduce quotas":
            // "the government" is the country whose measure one of the two sentences before
            // reported last)
            if (m.imposer < 0) {
                uint32_t b = uint32_t(gverb);
                const auto skip_aux = [&] {
                    while (b > s.t0 && (tok_aux(v, b - 1) || v.is(b - 1, "also") || v.is(b - 1, "has") ||
                                        v.is(b - 1, "have") || v.is(b - 1, "had") || v.is(b - 1, "then")))
                        --b;
                };
                skip_aux();
                // ("the government had offered to buy": the verb that governs the infinitive)
                if (b >= s.t0 + 3 && v.is(b - 1, "to") && is_word(v, b - 2) && !(v.toks[b - 2].flags & sv::cap)) {
                    b -= 2;
                    skip_aux();
                }
                if (b >= s.t0 + 2 && (v.is(b - 1, "government") || v.is(b - 1, "administration")) &&
                    v.is(b - 2, "the") && !(v.toks[b - 1].flags & sv::cap))
                    for (size_t p = out.size(); p > 0; --p)
                        if (const int32_t k = out[p - 1].imposer;
                            k >= 0 && v.keys[size_t(k)].type == sv::AType::gpe && out[p - 1].sent < si &&
                            si - out[p - 1].sent <= 2) {  // (the sentence before, or the one before that)
                            // (not the other side: "[South Africa's] government had offered to buy
                            // U.S. gas" after a U.S. tariff)
                            if (k != m.target) m.imposer = k;
                            break;
                        }
            }
        }
        // "India also wants lower duties on its pharmaceuticals": who asks for a cut on its
        // own goods is their target; the other side imposes them
        // "Vietnam has asked the United States to delay a 46% tariff on its exports": the one
        // asked imposes, the one asking (whose exports they are) is the target
        int32_t asker = -1;
        // (an adverb may stand after "to": "asked Washington to also lift ...")
        const uint32_t to_at = gverb >= int32_t(s.t0) + 5 && (v.is(uint32_t(gverb) - 1, "also") ||
                                                               v.is(uint32_t(gverb) - 1, "immediately") ||
                                                               v.is(uint32_t(gverb) - 1, "quickly"))
                                   ? uint32_t(gverb) - 2
                                   : uint32_t(gverb) - 1;
        if (mod.want && gverb >= int32_t(s.t0) + 4 && v.is(to_at, "to")) {
            const int32_t a = sv::actor_at(v, to_at - 1);
            if (a >= 0 && v.actors[size_t(a)].t1 == to_at && int32_t(v.actors[size_t(a)].key) == m.imposer) {
                uint32_t b = v.actors[size_t(a)].t0;
                if (b > s.t0 && v.is(b - 1, "the")) --b;
                static const char* const kAsk[] = {"asked", "asks", "ask", "urged", "urges", "urge", "pressed",
                                                   "presses", "requested", "requests", "called", "calls", "call",
                                                   "calling", nullptr};
                // ("called on Washington to remove curbs on its exports": as asked)
                if (b > s.t0 + 1 && (v.is(b - 1, "on") || v.is(b - 1, "upon")) &&
                    (v.is(b - 2, "called") || v.is(b - 2, "calls") || v.is(b - 2, "call") || v.is(b - 2, "calling")))
                    --b;
                if (b > s.t0 && in_list(v.lo(b - 1), kAsk))
                    if (const int32_t who = subject_of(v, b - 1, s.t0);
                        who >= 0 && who != m.imposer && v.keys[size_t(who)].type != sv::AType::person)
                        asker = who;
            }
        }
        // ("will keep negotiating with the United States to lower a 30% tariff": the one
        // negotiated with imposes it; the one negotiating is its target)
        int32_t partner = -1;
        if (asker < 0 && gverb >= int32_t(s.t0) + 4 && v.is(to_at, "to") &&
            (gclass == VC::lower || gclass == VC::remove || gclass == VC::suspend))
            if (const int32_t a = sv::actor_at(v, to_at - 1); a >= 0 && v.actors[size_t(a)].t1 == to_at &&
                                                              v.actors[size_t(a)].type != sv::AType::person) {
                uint32_t b = v.actors[size_t(a)].t0;
                if (b > s.t0 && v.is(b - 1, "the")) --b;
                if (b > s.t0 + 1 && v.is(b - 1, "with")) {
                    const std::string_view nv = v.lo(b - 2);
                    const bool talks = nv.starts_with("negotiat") || nv == "talks" || nv == "talking" ||
                                       nv == "working" || nv == "work" || nv == "works";
                    if (talks) {
                        partner = int32_t(v.actors[size_t(a)].key);
                        if (const int32_t who = subject_of(v, b - 2, s.t0); who >= 0 && who != partner) asker = who;
                    }
                }
            }
        if (partner >= 0 && asker >= 0) {
            m.imposer = partner;
            m.target = asker;
        } else if (asker >= 0 && (m.target < 0 || m.target == m.imposer)) {
            m.target = asker;
        } else if ((mod.want || wish_before(v, np0, s.t0)) && m.imposer >= 0 && (m.target < 0 || m.target == m.imposer) &&
                   (m.goods.starts_with("its ") || m.goods.starts_with("their "))) {
            m.target = m.imposer;
            m.imposer = -1;
        }
    }
    // ("Canada is still negotiating with Washington over a 35% tariff on its goods": the one
    // negotiated with over a measure imposes it; the one negotiating is its target)
    // (a measure named again, "ended talks with X over the tax", is the one before, as read there)
    if (m.imposer < 0 && !m.coref && m.kind != "deal" && m.kind != "purchase" && np0 > s.t0 + 4 && v.is(np0 - 1, "over"))
        if (const int32_t a = sv::actor_at(v, np0 - 2); a >= 0 && v.actors[size_t(a)].t1 == np0 - 1 &&
                                                         v.actors[size_t(a)].type != sv::AType::person) {
            uint32_t b = v.actors[size_t(a)].t0;
            if (b > s.t0 && v.is(b - 1, "the")) --b;
            if (b > s.t0 + 1 && v.is(b - 1, "with")) {
                const std::string_view nv = v.lo(b - 2);
                if (nv.starts_with("negotiat") || nv == "talks" || nv == "talking" || nv == "wrangling" ||
                    nv == "clashing" || nv == "sparring") {
                    const int32_t partner = acting_for(v, v.actors[size_t(a)]);
                    m.imposer = partner;
                    if (const int32_t who = m.target < 0 ? subject_of(v, b - 2, s.t0) : -1;
                        who >= 0 && who != partner && v.keys[size_t(who)].type != sv::AType::person)
                        m.target = who;
                }
            }
        }
    // (not a purchase's: "Russian oil purchases" are India's purchases of Russian oil,
    // "Indonesian palm oil purchases" Indonesia's own; the words do not tell buyer from seller)
    if (origin_norp >= 0 && m.kind != "purchase") {
        if (m.imposer < 0) m.imposer = origin_norp;
        else if (m.target < 0 && m.imposer != origin_norp) m.target = origin_norp;
    }
    return true;
}

// State and passive verbs after the phrase ("has remained in place"), a relative clause's
// subject and goods.
void MentionState::right_scan() {
    // -- right scan: state and passive verbs after the phrase ("has remained in place")
    {
        // ("sanctions imposed on Japan were unlikely to ...": the participle before the
        // object tells the state, as it does right after the noun)
        uint32_t k = participle_object ? participle_at : np1;
        // (the mark that closes a scare-quoted noun: 'the extra 25% "penalty" would stay')
        if (k < s.t1 && v.toks[k].kind == TK::quote && k > np0 && v.toks[k - 1].kind == TK::word) {
            uint32_t marks = 0;
            for (uint32_t q = np0; q < k; ++q) marks += v.toks[q].kind == TK::quote ? 1u : 0u;
            if (marks % 2 == 1) ++k;
        }
        // ("The restrictions on sales to X, including a ban on chips imposed in April, remain in
        // place": past the aside to the sentence's own verb)
        // (the phrase may end with the comma before the aside)
        if (k > np0 && k + 1 < s.t1 && v.is(k - 1, ",") && !v.is(k, ",") &&
            (v.is(k, "including") || (v.is(k, "such") && v.is(k + 1, "as"))))
            --k;
        if (k + 1 < s.t1 && v.is(k, ",") && (v.is(k + 1, "including") || (v.is(k + 1, "such") && v.is(k + 2, "as"))))
            for (uint32_t q = k + 2; q < s.t1 && q < k + 24; ++q) {
                if (v.is(q, ",")) {
                    k = q;
                    break;
                }
                if (is_clause_punct(v, q) || v.toks[q].kind == TK::quote) break;
            }
        // (", however, will remain in place": past a discourse aside)
        if (k == np1 && k < s.t1 && v.is(k, ",")) {
            const uint32_t past = past_adverb_aside(v, k, s.t1);
            if (past != k) k = past;
        }
        // ("Peru's tariffs on Chilean cheese, in place since 2019, will be scrapped", "The tariffs,
        // which took effect in April, were raised to 50% in June": an aside between commas, then
        // the sentence's own verb after an auxiliary; the aside tells the past, the verb the news)
        if (k < s.t1 && v.is(k, ",") && k == np1)
            if (uint32_t close = 0, vb = verb_after_aside(v, k, s.t1, &close);
                vb && (v.lo(vb).starts_with("remain") || v.lo(vb).starts_with("stay") || [&] {
                    // (a change of the measure's state; not "should put Argentina on the road")
                    const VC c = tok_vc(v, vb);
                    return c == VC::raise || c == VC::lower || c == VC::remove || c == VC::suspend ||
                           c == VC::halve || c == VC::double_ || c == VC::triple || c == VC::deal_done;
                }())) {
                m.background = false;
                k = close;
            }
        if (k < s.t1 && v.is(k, ",")) ++k;
        if (k < s.t1 && (v.is(k, "that") || v.is(k, "which"))) ++k;
        // ("..., which range from 7.8% to 35.3%, took effect in October": past the range
        // to the sentence's own verb)
        if (k > np1 && k < s.t1 && v.is(k - 1, "which")) {
            uint32_t q = k;
            if (v.is(q, "currently") || v.is(q, "now") || v.is(q, "already") || v.is(q, "still")) ++q;
            double lo, hi;
            if (q < s.t1 && range_verb(v.lo(q)))
                if (const uint32_t rn = rate_range_at(v, q + 1, s.t1, lo, hi, true); rn && v.is(q + 1 + rn, ","))
                    k = q + 2 + rn;
        }
        if (k < s.t1 && (v.is(k, "it") || v.is(k, "they"))) ++k;
        // "a 50% tariff that U.S. President Donald Trump ordered on Brazilian imports": the
        // relative clause's subject (names and the title words between them) is skipped to
        // its verb, and that subject is who imposes the measure
        int32_t rel_subject = -1;
        // (also with no "that": "the 30% rate President Donald Trump had threatened to
        // impose", when the name is followed by an auxiliary or a past verb)
        const auto zero_relative = [&] {
            if (k != np1 || k >= s.t1) return false;
            uint32_t q = k;
            bool name = false;
            while (q < s.t1 && q < k + 7) {
                const int32_t a = sv::actor_at(v, q);
                if (a >= 0 && (v.actors[size_t(a)].type == sv::AType::person ||
                               v.actors[size_t(a)].type == sv::AType::gpe)) {
                    name = true;
                    q = std::max(q + 1, v.actors[size_t(a)].t1);
                } else if (!name && (v.toks[q].flags & sv::cap) && v.toks[q].kind == TK::word) {
                    ++q;
                } else {
                    break;
                }
            }
            if (!name || q >= s.t1) return false;
            const std::string_view w = v.lo(q);
            return w == "had" || w == "has" || w == "have" ||
                   (tok_vc(v, q) != VC::none && is_past(w) && !(v.toks[q].flags & sv::cap));
        };
        if (k < s.t1 && ((k > np1 && (v.is(k - 1, "that") || v.is(k - 1, "which"))) || zero_relative())) {
            uint32_t q = k;
            int32_t last = -1;
            while (q < s.t1 && q < k + 7) {
                const int32_t a = sv::actor_at(v, q);
                if (a >= 0) {
                    last = int32_t(v.actors[size_t(a)].key);
                    q = std::max(q + 1, v.actors[size_t(a)].t1);
                } else if ((v.toks[q].flags & sv::cap) && v.toks[q].kind == TK::word) {
                    ++q;
                } else {
                    break;
                }
            }
            if (last >= 0) {
                rel_subject = last;
                k = q;
            } else if (q == k && (v.is(k, "he") || v.is(k, "she") || v.is(k, "they")) && k > s.t0 &&
                       (v.is(k - 1, "that") || v.is(k - 1, "which"))) {
                // ("the 25% duties on Canada that he justified by ...": the pronoun's person)
                const int32_t who = resolve_pronoun(v, k, s.t0, !v.is(k, "they"));
                if (who >= 0) {
                    rel_subject = who;
                    k = k + 1;
                }
            }
        }
        uint32_t rel_verb = 0;
        uint32_t effect_at = 0;  // "the 25% tariff that took effect in April on Japanese autos": "effect"
        Modality rm;
        // ("though no such measure has been announced", "no tariffs were imposed"): what the
        // phrase's own "no" denies is not done
        rm.negated = det == "no" || (det == "such" && np0 > s.t0 && v.is(np0 - 1, "no"));
        std::string rs;
        bool entry = false;  // rs tells the measure's entry into force as done (m.entered)
        VC rclass = VC::none;
        bool had = false;  // ("The duties had been due to take effect on Tuesday": the plan before the news)
        bool will_be_level = false;  // ("will be no higher than ...", "will be capped at 15%": a level set ahead)
        for (uint32_t q = k; q < s.t1 && q < k + 9 && rs.empty(); ++q) {
            std::string_view w = v.lo(q);
            if (w == "," || w == ";" || w == "." || v.toks[q].kind == TK::quote) break;
            had = had || w == "had";
            if (q == k && (w == "will" || w == "'ll") && v.is(q + 1, "be") && q + 2 < s.t1) {
                static const char* const kLevel[] = {"no", "higher", "lower", "less", "capped", "set", "at", "limited",
                                                     "equal", nullptr};
                will_be_level = in_list(v.lo(q + 2), kLevel);
            }
            if (w == "will" || w == "would" || w == "due" || w == "set" || w == "'ll") rm.future = true;
            if ((w == "may" && !month_may(v, q)) || w == "might" || w == "could") rm.maybe = true;
            if (w == "expected" || w == "likely") rm.expect = true;
            if (w == "not" || w == "n't") rm.negated = true;
            if ((w == "in" && (v.is(q + 1, "place") || v.is(q + 1, "force") || v.is(q + 1, "effect")))) {
                rs = rm.negated ? "unknown" : "in_force";
                break;
            }
            if ((w == "take" || w == "takes" || w == "took" || w == "taken" || w == "taking") && v.is(q + 1, "effect")) {
                effect_at = q + 1;
                // The present tense: in force now ("new curbs take effect", "the levy takes
                // effect today"), or a schedule when a time follows ("take effect on January
                // 1", "takes effect next month"); "to take effect" is a plan.
                bool scheduled = rm.future || (w == "take" && q > k && v.is(q - 1, "to"));
                // ("shipped goods before Washington's 46% tariff takes effect": a clause of time
                // before the measure tells it is still to come)
                for (uint32_t b = np0; b > s.t0 && np0 - b < 4 && !scheduled;) {
                    --b;
                    if (v.is(b, "before") || v.is(b, "until") || v.is(b, "till") || v.is(b, "once") ||
                        (v.is(b, "of") && b > s.t0 && v.is(b - 1, "ahead")))
                        scheduled = true;
                    else if (!(sv::actor_at(v, b) >= 0 || v.is(b, "'s") || tok_det(v, b))) break;
                }
                if (!scheduled && (w == "take" || w == "takes") && q + 2 < s.t1 && sv::time_at(v, q + 2, s.t1) > 0)
                    scheduled = !(v.is(q + 2, "today") || v.is(q + 2, "immediately") || v.is(q + 2, "now"));
                rs = rm.maybe || rm.negated ? "unknown"
                                            : (w == "took" || w == "taken" ? "in_force" : (scheduled ? "announced" : "in_force"));
                entry = (w == "took" || w == "taken") && !rm.future;
                break;
            }
            if ((w == "came" || w == "come" || w == "comes") && v.is(q + 1, "into")) {
                rs = w == "came" ? "in_force" : "announced";
                entry = w == "came" && !rm.future;
                break;
            }
            // ("Tariffs on most Chinese goods total about 47%", "the levy stands at 25%": the rate in
            // force now, summed or averaged)
            if ((w == "total" || w == "totals" || w == "stand" || w == "stands" || w == "average" ||
                 w == "averages") && !(v.toks[q].flags & sv::cap) && m.kind == "tariff") {
                uint32_t p = q + 1;
                if (v.is(p, "at")) ++p;
                p = past_qualifiers(v, p, s.t1);
                double lx;
                uint32_t ln;
                if (p < s.t1 && sv::percent_at(v, p, s.t1, lx, ln)) {
                    if (!m.has_rate) {
                        m.has_rate = true;
                        m.rate = lx;
                        m.unit = "percent";
                    }
                    rs = rm.negated || rm.maybe ? "unknown" : (rm.future ? "announced" : "in_force");
                    break;
                }
            }
            // ("The U.S. tariff on EU cars will drop to 15% from 27.5%", "U.S. duties fall to 30%":
            // the measure's own change of level, told ahead or done)
            // ("U.S. tariffs on Chinese goods reach 145%" too)
            double rx;
            uint32_t rn;
            // ("the tariff on apples will go up to 70% from 50%", "goes down to 10%": the same)
            const bool go_updown = (w == "go" || w == "goes" || w == "went" || w == "gone") &&
                                   (v.is(q + 1, "up") || v.is(q + 1, "down")) &&
                                   (v.is(q + 2, "to") || v.is(q + 2, "from") || v.is(q + 2, "by"));
            if ((((w == "fall" || w == "falls" || w == "fell" || w == "fallen" || w == "drop" || w == "drops" ||
                   w == "dropped" || w == "rise" || w == "rises" || w == "rose" || w == "risen" || w == "climb" ||
                   w == "climbs" || w == "climbed" || w == "jump" || w == "jumps" || w == "jumped") &&
                  (v.is(q + 1, "to") || v.is(q + 1, "from") || v.is(q + 1, "by"))) || go_updown ||
                 (reach_word(w) && sv::percent_at(v, q + 1, s.t1, rx, rn))) &&
                !(v.toks[q].flags & sv::cap) && (m.kind == "tariff" || m.kind == "quota")) {  // (a deal's or a purchase's figures rise and fall)
                // ("under which tariffs on UK steel were to fall to zero": a plan, as "will")
                const bool planned = rm.future || (q > k && v.is(q - 1, "to"));
                // ("Without the extension, tariffs could have risen to 54%": what did not happen)
                const bool counterfactual = q >= k + 2 && v.is(q - 1, "have") &&
                                            (v.is(q - 2, "could") || v.is(q - 2, "would") || v.is(q - 2, "might"));
                rs = rm.negated || counterfactual ? "unknown"
                     : (rm.maybe || rm.expect)    ? "expected_change"
                     : planned                    ? "announced"
                                                  : "in_force";
                if (counterfactual) {  // (nor its level: no change was made)
                    m.has_to = m.has_by = false;
                    m.direction.clear();
                    m.background = true;
                }
                break;
            }
            // ("a 25% duty on engines started in May", "the levy kicked in on Friday", "the
            // tariffs will begin on Aug. 1": a start is an entry into force, read as "take
            // effect"; see starts_measure() for the starts that are none)
            if (const int tense = start_verb(v, q); tense && starts_measure(v, np0, k, q)) {
                if (rm.maybe || rm.negated) rs = "unknown";
                else if (rm.future || tense == 3) rs = "announced";  // ("will begin", "is due to start")
                else rs = "in_force";                                // ("started", "begins", "kicked in")
                entry = tense == 2 && rs == std::string_view("in_force");
                break;
            }
            if (w == "apply" || w == "applies" || w == "applied" || w == "expires" || w == "expire" ||
                w == "remains" || w == "remained" || w == "remain" || w == "stay" || w == "stays" ||
                w == "stayed") {
                rs = rm.maybe || rm.negated ? "unknown" : "in_force";
                if (rs == "in_force" && (w.starts_with("remain") || w.starts_with("stay"))) m.remains = true;
                // ("would remain suspended at 10%": still paused; "will apply from March": a plan)
                if (rs == "in_force" && (w.starts_with("remain") || w.starts_with("stay")) &&
                    (v.is(q + 1, "suspended") || v.is(q + 1, "paused") || v.is(q + 1, "frozen") ||
                     (v.is(q + 1, "on") && v.is(q + 2, "hold"))))
                    rs = "suspended";
                else if (rs == "in_force" && rm.future && w == "apply" && q + 1 < s.t1 && !v.is(q + 1, "for") &&
                         sv::time_at(v, q + 1, s.t1) > 0)
                    rs = "announced";
                // ("will be no higher than those applied to Japan": another measure's verb)
                else if (w == "applied" && q > k && v.is(q - 1, "those")) {
                    rs.clear();
                    continue;
                }
                // ("The earlier April controls on seven rare earths remain in force": an earlier
                // measure, its own time or "earlier" in its phrase, kept while another goes)
                if (rs == "in_force" && (w.starts_with("remain") || w.starts_with("stay")))
                    for (uint32_t p = np0; p < i; ++p)
                        if (v.is(p, "earlier") || v.is(p, "previous") || v.is(p, "prior") ||
                            (v.toks[p].info & sv::wi_month)) {
                            m.kept = true;
                            break;
                        }
                break;
            }
            // ("that he justified by", "which Trump defended as": the subject owns it)
            if (q == k && rel_subject >= 0 && (w == "justified" || w == "defended")) {
                rel_verb = q;
                break;
            }
            VC c = tok_vc(v, q);
            if (c == VC::remove && changes_course(v, q)) c = VC::none;  // ("..., reversed course after")
            // ("India wants the 25% penalty removed": a wish, not the deed)
            // (... or after "to be": "called for the taxes to be removed permanently")
            if ((q == k || (q >= k + 2 && v.is(q - 1, "be") && v.is(q - 2, "to"))) && c != VC::none) {
                if (wish_before(v, np0, s.t0)) {
                    rs = "unknown";
                    const char* dir = direction_of(c);
                    if (*dir && m.direction.empty() && std::strcmp(dir, "impose") != 0) m.direction = dir;
                    break;
                }
            }
            // ("taxes President Reagan has vowed to veto": what is vowed is the verb after "to")
            if (c == VC::announce && w.compare(0, 3, "vow") == 0 && (v.is(q + 1, "to") || v.is(q + 1, "that"))) break;
            // ("purchases of U.S. corn, which he confirmed at 1.5 mln tonnes": a figure
            // confirmed, not the measure announced)
            if (c == VC::announce && w.compare(0, 7, "confirm") == 0) break;
            // (the present after a named subject too: "a 35% duty that Mercosur charges on
            // European cars", "the levy it imposes on imports")
            const bool present_rel = q == k && rel_subject >= 0 && (c == VC::impose || c == VC::keep) &&
                                     w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
            // (a headline's present of a change right after the measure: "as US levy doubles",
            // "US steel tariffs double to 50%")
            const bool headline_change = q == k && s.heading &&
                                         (c == VC::double_ || c == VC::triple || c == VC::halve) && !is_ing(w);
            if (c != VC::none && (is_past(w) || w == "cut" || present_rel || headline_change) &&
                !(v.toks[q].flags & sv::cap)) {
                rclass = c;
                std::string_view prevw = q > 0 ? v.lo(q - 1) : std::string_view();
                // (after a named subject, the perfect too: "that Trump had threatened to impose")
                const bool perfect = rel_subject >= 0 && q == k + 1 &&
                                     (prevw == "had" || prevw == "has" || prevw == "have");
                // ("Duties on cosmetics, rice and coal were also raised": an adverb between)
                // (not a company's bid or deal: "a purchase bid which was later withdrawn")
                if (q > k + 1 && m.kind != "purchase" && m.kind != "deal" &&
                    (prevw == "also" || prevw == "further" || prevw == "later" || prevw == "already" ||
                     prevw == "subsequently" || prevw == "recently")) {
                    m.also_done = prevw == "also";
                    prevw = v.lo(q - 2);
                }
                bool passive = prevw == "be" || prevw == "been" || prevw == "is" || prevw == "are" ||
                               prevw == "was" || prevw == "were" || prevw == "first" || prevw == "initially" ||
                               prevw == "originally" || q == k ||
                               prevw == "being" || prevw == "it" || prevw == "they" || perfect;
                if (!passive) break;
                // ("the agreement removed "the biggest uncertainty"": an object after the verb
                // right after the noun makes the measure its subject, not what it was done to)
                // (not a time: "The ban, imposed a week ago, ...")
                const bool span = q + 3 < s.t1 && (v.is(q + 1, "a") || v.is(q + 1, "an")) &&
                                  (v.is(q + 3, "ago") || v.is(q + 3, "earlier") || v.is(q + 3, "before"));
                if (q == k && rel_subject < 0 && q + 1 < s.t1 && sv::time_at(v, q + 1, s.t1) == 0 && !span &&
                    (v.toks[q + 1].kind == TK::quote || v.is(q + 1, "the") || v.is(q + 1, "a") || v.is(q + 1, "an") ||
                     v.is(q + 1, "its") || v.is(q + 1, "their") || v.is(q + 1, "his") || v.is(q + 1, "her") ||
                     (bare_object(v, q + 1) &&
                      (c == VC::remove || c == VC::suspend || c == VC::raise || c == VC::lower || c == VC::halve ||
                       c == VC::double_ || c == VC::triple)))) {
                    // (a deal that did something, in a relative clause, is one in place: "a trade
                    // deal that cut tariffs to 15%"; a bare "the agreement removed ..." stays no
                    // record of its own)
                    if (m.kind == "deal" && is_past(w) && !rm.future && !rm.maybe && !rm.negated && q > np1 &&
                        (v.is(q - 1, "that") || v.is(q - 1, "which")))
                        rs = "in_force";
                    break;
                }
                if ((q == k || perfect) && rel_subject >= 0) rel_verb = q;
                rs = status_of(c, w, rm, m.kind);
                if (headline_change && !is_past(w) && !rm.future) rs = "unknown";  // (its present says nothing firm)
                if (rm.future && c != VC::remove && c != VC::suspend && rs == "in_force") rs = "announced";
                // "The measure, proposed by X in September, raises ...": a participle set off
                // after a measure named again tells where it came from (background: the
                // news about it elsewhere outranks it)
                // ("The ban, first announced in December, ...": an adverb of the first time between)
                const bool first_time = q == k + 1 && (v.is(k, "first") || v.is(k, "initially") || v.is(k, "originally"));
                if ((q == k || first_time) && k > np1 && v.is(np1, ",") && m.coref && !v.is(k - 1, "which"))
                    m.background = true;
                const char* dir = direction_of(c);
                if (*dir && m.direction.empty() && std::strcmp(dir, "impose") != 0) m.direction = dir;
                break;
            }
        }
        (void)rclass;
        if (uint32_t comma = 0; const char* main = entry_after_clause(v, np0, np1, s.t1, comma)) {
            rs = main;  // (the clause's own verb told where the measure came from)
            m.background = false;
        }
        if (rs.empty() && will_be_level && !rm.maybe && !rm.negated && st == "unknown") rs = "announced";
        if (had && !rs.empty()) m.background = true;
        // ("lifting a ban imposed in December": the participle tells where the measure
        // came from, not that it is in force, when the verb over it lifts or suspends it)
        if (!rs.empty() && gverb >= 0 && (gclass == VC::remove || gclass == VC::suspend) &&
            (rs == "in_force" || rs == "announced"))
            rs.clear();
        // "The 15% rate will also apply to cars": the verb the goods came from (the scan above
        // starts after them); "will" plans it, "could"/"may" does not say, "applies" is in force
        if (rs.empty() && applies_at && st == "unknown") {
            bool will = false, maybe = false, negated = false;
            for (uint32_t q = applies_at; q > s.t0 && applies_at - q < 4;) {
                --q;
                const std::string_view w = v.lo(q);
                will = will || w == "will" || w == "would" || w == "'ll" || w == "shall";
                maybe = maybe || w == "could" || w == "might" || (w == "may" && !month_may(v, q));
                negated = negated || w == "not" || w == "n't";
                if (!tok_aux(v, q) && w != "only") break;
            }
            rs = maybe || negated ? "" : (will ? "announced" : "in_force");
        }
        if (rs.empty() && levies_verb && st == "unknown") rs = "in_force";
        if (!rs.empty() && (st == "unknown" || gverb < 0)) st = rs;
        if (entry && rs == "in_force" && st == "in_force") m.entered = true;
        // "had prepared counter-tariffs ..., which it suspended on Monday": the clause
        // tells what became of the measure since, over the main verb's plan or threat
        else if ((rs == "suspended" || rs == "lifted") && st != rs) {
            st = rs;
            m.background = false;
        }
        // "... ordered on Brazilian imports", "... that took effect in April on Japanese autos":
        // the goods after the clause's verb (and its time)
        uint32_t goods_on = 0;
        if (rel_verb && rel_verb + 2 < s.t1 && v.is(rel_verb + 1, "on")) goods_on = rel_verb + 1;
        // (the clause the measure's own: "that"/"which" right after it, not "The deal reduces
        // the tariff that took effect ...")
        if (!goods_on && effect_at && m.goods.empty() && np1 < s.t1 && (v.is(np1, "that") || v.is(np1, "which")) &&
            effect_at <= np1 + 4) {
            uint32_t q = effect_at + 1;
            if (const uint32_t tn = q < s.t1 ? sv::time_at(v, q, s.t1) : 0) q += tn;
            if (q + 1 < s.t1 && v.is(q, "on") && sv::time_at(v, q, s.t1) == 0) goods_on = q;
        }
        if (rel_verb && m.imposer < 0) m.imposer = rel_subject;
        if (goods_on && m.goods.empty() && goods_on + 1 < s.t1) {
            const uint32_t g = goods_on + 1;  // the goods' first word
            uint32_t e = g;
            while (e < s.t1 && e < g + 8 && !is_clause_punct(v, e) && v.toks[e].kind != TK::quote &&
                   !(tok_prep(v, e) && !v.is(e, "of")) && !tok_aux(v, e) &&
                   v.lo(e).compare(0, 6, "remain") != 0 && v.lo(e).compare(0, 4, "stay") != 0 &&
                   sv::time_at(v, e, s.t1) == 0 &&
                   !(tok_vc(v, e) != VC::none && is_past(v.lo(e)) && !(v.toks[e].flags & sv::cap)))
                ++e;
            uint32_t g0 = 0, g1 = 0;
            goods_range(v, g, e, g0, g1);
            if (g1 > g0) {
                m.goods = v.cut(g0, g1);
                content_words(v, g0, g1, m.goods_words);
                const int32_t a = sv::actor_at(v, g0);
                if (a >= 0 && m.target < 0 && int32_t(v.actors[size_t(a)].key) != m.imposer &&
                    (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::norp))
                    m.target = int32_t(v.actors[size_t(a)].key);
            }
        }
    }
}

// The status settled: "subject to", a copula's level, an "if" clause, a headline's present,
// sentence cues, a deal's or a document's terms, the measure's own "proposed"/"planned".
void MentionState::status_cues() {
    // ("the April controls on seven rare earths, which require exporters to apply for licences,
    // remain in place": the verb after a relative clause between commas is the measure's; an
    // earlier measure, "earlier" or its own month in its phrase, kept while another goes)
    if (!m.kept && np1 + 3 < s.t1 && v.is(np1, ",") && (v.is(np1 + 1, "which") || v.is(np1 + 1, "that"))) {
        uint32_t c = np1 + 2;
        while (c < s.t1 && c < np1 + 24 && !v.is(c, ",") && !is_clause_punct(v, c)) ++c;
        if (c + 3 < s.t1 && v.is(c, ",") && (v.lo(c + 1).starts_with("remain") || v.lo(c + 1).starts_with("stay")) &&
            v.is(c + 2, "in") && (v.is(c + 3, "place") || v.is(c + 3, "force") || v.is(c + 3, "effect"))) {
            bool earlier = false;
            for (uint32_t p = np0; p < i && !earlier; ++p)
                earlier = v.is(p, "earlier") || v.is(p, "previous") || v.is(p, "prior") || (v.toks[p].info & sv::wi_month);
            if (earlier) {
                m.kept = true;
                if (st == "unknown") st = "in_force";
            }
        }
    }
    if (gverb < 0) subject_to(v, s.t0, i, m, st);  // (the trigger: its phrase may start at "subject")
    if (st == "unknown" && copula_status && gverb < 0) st = copula_status;
    if (m.status == "unknown" || st != "unknown") m.status = st;
    // Inside an "if"/"unless" clause the verb is hypothetical ("... if Beijing lifts duties on
    // canola"): it says nothing of the measure's status.
    // (at most 40 words back: a clause is shorter, and a sentence of many mentions stays linear)
    for (uint32_t k = gverb >= 0 ? uint32_t(gverb) : np0, steps = 0; k > s.t0 && steps < 40; ++steps) {
        --k;
        if (v.is(k, ")")) {  // "if the European Community (EC) implements": the aside is skipped
            uint32_t q = k;
            while (q > s.t0 && !v.is(q, "(") && k - q < 10) --q;
            if (v.is(q, "(")) { k = q; continue; }
        }
        if ((v.toks[k].kind == TK::punct && is_clause_punct(v, k)) || v.is(k, "that") || v.is(k, "which")) break;
        // ("keep its counter-tariffs until Washington lifts its own levies": a condition's verb)
        if ((v.is(k, "if") && !(k > s.t0 && v.is(k - 1, "as"))) || v.is(k, "unless") ||
            ((v.is(k, "once") || v.is(k, "until") || v.is(k, "till")) && until_clause(v, k, s.t1))) {
            m.status = "unknown";
            break;
        }
    }
    // Headlines use the present for past events: "EU slaps duties" says nothing firm.
    if (s.heading && gverb >= 0 && !mod.future && !mod.maybe && !mod.expect && !mod.threat && !mod.propose &&
        !is_past(v.lo(uint32_t(gverb))) && m.status != "threatened")
        m.status = "unknown";
    // Sentence-level cue when no verb decided: "has proposed a bill ... any new tariff"
    if (m.status == "unknown" && out.size() == first_in_sentence) {
        // (not a cue before "in response to" or "in retaliation for" the measure: "threatened to
        // target brandy in response to the EV duties" threatens the answer, not the duties)
        for (uint32_t k = s.t0; k < np0; ++k) {
            std::string_view w = v.lo(k);
            if (w.compare(0, std::min<size_t>(w.size(), 6), "propos") == 0 && w.size() >= 7) m.status = "proposed";
            if (w.size() >= 8 && w.compare(0, 8, "threaten") == 0) m.status = "threatened";
            if (answers_measure(v, k, s.t0)) m.status = "unknown";
        }
    }
    // "to avert a 46% tariff threatened by Washington", "faces a 46% tariff threatened by X": the
    // participle right after the measure says what it is, a threat (not when the verb over it
    // ends it: "lifted the tariffs threatened by ...")
    if (const uint32_t p = trig_end; p + 1 < s.t1 && v.is(p, "threatened") &&
        (v.is(p + 1, "by") || v.is(p + 1, "on") || v.is(p + 1, "against")) &&
        (m.status == "unknown" || m.status == "in_force" || m.status == "announced") &&
        !(gverb >= 0 && (gclass == VC::remove || gclass == VC::suspend)))
        m.status = "threatened";
    // "agreed to a trade deal that sets a 15% tariff on imports from X": a term of the deal, set
    // as the deal is (announced); the party that is not the target imposes it
    // ("reached a trade deal that lowers tariffs on cars to 15%": a change the deal makes is
    // announced with it, not in force by the present tense)
    const bool deal_changes = np0 >= s.t0 + 3 &&
        (v.is(np0 - 1, "lowers") || v.is(np0 - 1, "cuts") || v.is(np0 - 1, "reduces") || v.is(np0 - 1, "halves") ||
         v.is(np0 - 1, "raises") || v.is(np0 - 1, "eliminates") || v.is(np0 - 1, "removes") ||
         v.is(np0 - 1, "scraps"));
    if (np0 >= s.t0 + 3 && (m.kind == "tariff" || m.kind == "quota") &&
        (v.is(np0 - 1, "sets") || v.is(np0 - 1, "set") || v.is(np0 - 1, "includes") || v.is(np0 - 1, "imposes") ||
         v.is(np0 - 1, "establishes") || v.is(np0 - 1, "caps") || deal_changes) &&
        (v.is(np0 - 2, "that") || v.is(np0 - 2, "which"))) {
        Trigger d;
        if ((v.toks[np0 - 3].info & sv::wi_trigger) && trigger_at(v, np0 - 3, s.t1, d) && d.kind == "deal") {
            if (m.status == "unknown" || (deal_changes && m.status == "in_force")) m.status = "announced";
            for (uint32_t k = s.t0; k + 3 < np0 && m.imposer < 0; ++k) {
                const int32_t a = sv::actor_at(v, k);
                if (a < 0 || v.actors[size_t(a)].t0 != k || (k > s.t0 && v.is(k - 1, "("))) continue;  // ("(Reuters)")
                const auto& ar = v.actors[size_t(a)];
                if ((ar.type == sv::AType::gpe || ar.type == sv::AType::org) && int32_t(ar.key) != m.target)
                    m.imposer = int32_t(ar.key);
                k = ar.t1 - 1;
            }
        }
    }
    // "X will require importers of Y canola to pay a 75.8% deposit", "importers of Y steel will be
    // required to pay duties of 20%": what the importers buy are the goods (and their people the
    // target); who requires it imposes it, announced (in force once "required" in the past)
    // (the phrase may open at "to pay" itself: "to pay duties of 20%")
    if (const uint32_t to = v.is(np0, "to") ? np0 : v.is(np0, "pay") ? np0 - 1 : np0 - 2;
        np0 >= s.t0 + 4 && m.kind == "tariff" && v.is(to + 1, "pay") && v.is(to, "to")) {
        uint32_t imp = to;  // "importers" before "of ... to pay", or before "will be required to pay"
        for (uint32_t k = to; k > s.t0 && k + 12 > to && imp == to; --k)
            if (v.is(k - 1, "importers") || v.is(k - 1, "buyers") || v.is(k - 1, "exporters")) imp = k - 1;
        if (imp < to) {
            // (the goods: "of Y canola" up to "to pay" or to the passive's verb group)
            uint32_t g1 = imp + 1;
            if (v.is(imp + 1, "of")) {
                g1 = imp + 2;
                while (g1 < to && !tok_aux(v, g1) && !v.is(g1, "to") && !is_clause_punct(v, g1)) ++g1;
                if (m.goods.empty() && g1 > imp + 2) {
                    m.goods = trim_trailing(v.cut(imp + 2, g1));
                    content_words(v, imp + 2, g1, m.goods_words);
                    if (m.target < 0)
                        if (const int32_t a = sv::actor_at(v, imp + 2); a >= 0 &&
                            (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::norp))
                            m.target = int32_t(v.actors[size_t(a)].key);
                }
            }
            // (the verb: "require importers ..." before them, or "will be required" after)
            uint32_t rv = imp > s.t0 ? imp - 1 : imp;
            if (!(verb_form(v.lo(rv), "require") || verb_form(v.lo(rv), "order") || verb_form(v.lo(rv), "force")))
                for (rv = g1; rv < to && !verb_form(v.lo(rv), "require"); ++rv) {}
            if (rv < to && rv != imp) {
                bool future = false;
                for (uint32_t k = rv > s.t0 + 3 ? rv - 3 : s.t0; k < rv; ++k)
                    future = future || v.is(k, "will") || v.is(k, "would") || v.is(k, "to") || v.is(k, "shall");
                if (m.status == "unknown") m.status = future || !is_past(v.lo(rv)) ? "announced" : "in_force";
                if (rv + 1 == imp && m.imposer < 0)
                    for (uint32_t k = rv; k > s.t0 && m.imposer < 0;) {
                        --k;
                        const int32_t a = sv::actor_at(v, k);
                        if (a >= 0 && v.actors[size_t(a)].type != sv::AType::norp && int32_t(v.actors[size_t(a)].key) != m.target)
                            m.imposer = int32_t(v.actors[size_t(a)].key);
                        if (is_clause_punct(v, k)) break;
                    }
            }
        }
    }
    // "The proclamation signed by President X last month sets a 25% tariff on ...", "Beijing's
    // notice imposes ...": a document that sets the measure; who signed or issued it imposes it
    if (np0 >= s.t0 + 2 && (m.kind == "tariff" || m.kind == "quota") &&
        (v.is(np0 - 1, "sets") || v.is(np0 - 1, "imposes") || v.is(np0 - 1, "establishes") || v.is(np0 - 1, "caps")) &&
        !v.is(np0 - 2, "that") && !v.is(np0 - 2, "which")) {
        static const char* const kDocument[] = {"proclamation", "order", "decree", "notice", "regulation", "rule",
                                                "directive", "law", "memorandum", nullptr};
        int32_t doc = -1;
        for (uint32_t k = s.t0; k + 1 < np0 && doc < 0; ++k)
            if (in_list(v.lo(k), kDocument)) doc = int32_t(k);
        if (doc >= 0) {
            int32_t who = -1;
            // (its owner, "Trump's proclamation", or its agent, "signed by President Trump")
            for (uint32_t k = s.t0; k + 1 < np0 && who < 0; ++k) {
                const int32_t a = sv::actor_at(v, k);
                if (a < 0 || v.actors[size_t(a)].t0 != k) continue;
                const auto& ar = v.actors[size_t(a)];
                const bool owner = ar.t1 <= uint32_t(doc) && v.is(ar.t1, "'s");
                uint32_t b = k;  // (past a title and an article: "by President X", "by the ministry")
                while (b > uint32_t(doc) + 1 && b + 3 > k && (tok_det(v, b - 1) || (v.toks[b - 1].flags & sv::cap))) --b;
                const bool agent = b > uint32_t(doc) && v.is(b - 1, "by");
                if ((owner || agent) && ar.type != sv::AType::norp && int32_t(ar.key) != m.target) who = int32_t(ar.key);
            }
            // ("Trump signed an executive order on Friday. The order also caps tariffs on ...":
            // "the order" is the one the sentence before says who signed or issued)
            if (who < 0 && doc > int32_t(s.t0) && v.is(uint32_t(doc) - 1, "the") && si > 0)
                who = document_signer(v, v.sents[si - 1], v.lo(uint32_t(doc)), m.target);
            if (who >= 0 && m.imposer < 0) m.imposer = who;
            if (m.status == "unknown") m.status = "announced";
        }
    }
    // ... or in the measure's own words: "the EU's proposed tariffs", "the planned levy".
    for (uint32_t k = np0; k < i && m.status == "unknown"; ++k) {
        if (v.is(k, "proposed")) m.status = "proposed";
        else if (v.is(k, "planned")) m.status = "announced";
    }
}

// The condition ("if"/"unless") and the reason (a causal cue, or "X, prompting Y to ...").
void MentionState::condition_and_reason() {
    // -- condition: after the phrase, or fronted at the start of the sentence
    uint32_t cond_end = 0;
    bool conditional = false;  // "if"/"unless": an announcement with a condition is a threat
    uint32_t st0 = s.t0;
    while (st0 < s.t1 && v.toks[st0].kind == TK::quote) ++st0;
    for (uint32_t k = np1; k < s.t1; ++k) {
        Cue c;
        // not past a predicate of the clause the measure is the object of: "opposes the
        // move and would take "resolute measures" ... if Japan went ahead" is the
        // countermeasure's condition ("sanctions should be imposed ... and should continue
        // until X": the measure is the subject, the condition its own)
        if (k == np1 && v.is(k, "and") && k + 1 < s.t1 && tok_aux(v, k + 1)) break;
        // ("over a 50% tariff due to start on Aug. 1, and would consider using a new law if talks
        // fail": a second predicate after ", and" has its own condition; not the measure's own,
        // "The purchase would be for 10 mln dlrs, and would, if completed, ...")
        if (k > np1 && v.is(k, ",") && k + 2 < s.t1 && v.is(k + 1, "and") && tok_aux(v, k + 2) &&
            ((gverb >= 0 && uint32_t(gverb) < np0) ||
             (np0 > s.t0 + 1 && (tok_prep(v, np0 - 1) || (tok_det(v, np0 - 1) && tok_prep(v, np0 - 2))))))
            break;
        // ("spared under a trade deal agreed last month, but the exemption expires on 9 July
        // unless ...": a clause of its own after "but" has its own condition; "but only if",
        // "but not until" bound this one)
        if (k > np1 && v.is(k, "but") && !(v.is(k + 1, "only") || v.is(k + 1, "if") || v.is(k + 1, "unless") ||
                                          v.is(k + 1, "not") || v.is(k + 1, "until")))
            break;
        if (condition_cue(v, k, s.t1, c)) {
            conditional = v.is(k, "if") || v.is(k, "unless") || v.is(k, "should");
            uint32_t e = clause_end(v, c.start + c.len, s.t1, 30);
            m.condition = trim_trailing(v.cut(c.start, e));
            cond_end = e;
            break;
        }
        if (k > np1 && v.is(k, ";")) break;
    }
    if (m.condition.empty()) {
        Cue c;
        if (condition_cue(v, st0, s.t1, c) && c.start + c.len < np0) {
            uint32_t e = clause_end(v, c.start + c.len, s.t1, 30);
            if (e <= np0) {
                m.condition = trim_trailing(v.cut(c.start, e));
                conditional = v.is(st0, "if") || v.is(st0, "unless");
            }
        }
    }
    (void)cond_end;
    // ("will impose a 100% tariff from Oct. 1, unless a company is building a plant here": a
    // condition on any one firm spares those who meet it; the measure itself is decided. Not
    // "unless a deal is reached", a threat)
    bool sparing = false;
    if (m.condition.starts_with("unless a ") || m.condition.starts_with("unless an ")) {
        const size_t from = m.condition.find(' ', 7) + 1;
        const std::string_view who = std::string_view(m.condition).substr(from, m.condition.find(' ', from) - from);
        static const char* const kFirm[] = {"company", "firm", "business", "importer", "exporter", "manufacturer",
            "maker", "producer", "supplier", "drugmaker", "carmaker", "automaker", "chipmaker", nullptr};
        sparing = in_list(who, kFirm);
    }
    if (conditional && m.status == "announced" && !sparing) m.status = "threatened";

    // -- reason: causal cue after the phrase, or "X, prompting Y to <verb> <measure>".
    // Not past another measure's noun ("raised tariffs to 145%, on top of a 20% tariff
    // over fentanyl": the reason is the 20% tariff's). The issue a modifier names ("the
    // fentanyl tariff ... after talks") stays with the measure beside the cue's.
    const size_t modifier_issues = m.reason_issues.size();
    // ("studying the implications of the ban for its own shea processors": what follows the
    // measure there is whom the effects fall on, no cause)
    uint32_t of_at = np0;
    if (of_at > s.t0 && (v.is(of_at - 1, "the") || v.is(of_at - 1, "a") || v.is(of_at - 1, "an"))) --of_at;
    const bool effects_of = of_at > s.t0 + 1 && v.is(of_at - 1, "of") &&
                            (v.is(of_at - 2, "implications") || v.is(of_at - 2, "impact") ||
                             v.is(of_at - 2, "effect") || v.is(of_at - 2, "effects") ||
                             v.is(of_at - 2, "consequences") || v.is(of_at - 2, "fallout"));
    for (uint32_t k = np1; k < s.t1 && !effects_of; ++k) {
        Cue c;
        if (v.is(k, ";")) break;
        Cue cc;
        if (condition_cue(v, k, s.t1, cc)) break;
        // (not a deal that bounds the goods: "raised tariffs on goods not covered by the pact
        // to 35%, citing ..." gives the tariff its reason)
        if (Trigger other; k > np1 && (v.toks[k].info & sv::wi_trigger) && trigger_at(v, k, s.t1, other) &&
                           !other.verb && !(other.kind == "deal" && bounding_deal_word(v, k, np1)))
            break;
        // "threatened to raise tariffs on motorcycles, but backed off after X cut prices":
        // a clause after "but" has its own reasons ("not over X but over Y" goes on)
        if (k > np1 && v.is(k, "but") && !reason_cue(v, k + 1, s.t1, cc)) break;
        // ("said the duty was unfair and that tomatoes were bought for their quality": a second
        // clause of what was said has its own causes)
        if (k > np1 && k + 1 < s.t1 && v.is(k, "and") && (v.is(k + 1, "that") || sv::tok_speech(v, k + 1))) break;
        // ("Washington tied the duty to the prosecution of X", "which Trump linked to the trial of
        // X": what a measure is tied to by the one who imposes it is its cause)
        bool tied = k == np1 && v.is(k, "to") && k + 1 < s.t1 && np0 > s.t0 &&
                          (v.is(np0 - 1, "tied") || v.is(np0 - 1, "linked") || v.is(np0 - 1, "ties") ||
                           v.is(np0 - 1, "links") || v.is(np0 - 1, "tying") || v.is(np0 - 1, "linking"));
        if (tied) c = {k, 1};
        // ("an additional 40% duty that the White House tied to the prosecution of X": the same
        // in a relative clause on the measure, the one who ties it its subject)
        if (!tied && k == np1 && (v.is(k, "that") || v.is(k, "which")))
            for (uint32_t q = k + 1; q + 1 < s.t1 && q < k + 6; ++q) {
                if (v.toks[q].kind != TK::word) break;
                if ((v.is(q, "tied") || v.is(q, "linked")) && v.is(q + 1, "to") && q > k + 1) {
                    c = {q + 1, 1};
                    tied = true;
                    break;
                }
            }
        if (tied || reason_cue(v, k, s.t1, c) ||
            (gverb >= 0 && uint32_t(gverb) < np0 && k >= np1 && purpose_to(v, k, s.t1, c))) {
            uint32_t e = clause_end(v, c.start + c.len, s.t1, 28);
            // ("tariffs tied to the fentanyl crisis on Canada and Mexico": the issue's phrase
            // ends at the measure's own preposition)
            if (linked_issue(v, c.start, s.t1))
                for (uint32_t q = c.start + c.len + 1; q < e; ++q)
                    if (v.is(q, "on") || v.is(q, "against") || v.is(q, "from") || v.is(q, "in")) {
                        e = q;
                        break;
                    }
            // ("a 25% penalty for purchases of Russian crude to a 25% tariff": what the
            // penalty is added to ends its reason)
            for (uint32_t q = c.start + c.len; q + 1 < e; ++q) {
                double x;
                uint32_t n;
                // (not a level: "after Washington doubled tariffs to 50%")
                if (v.is(q, "to") && (v.is(q + 1, "a") || v.is(q + 1, "an") || v.is(q + 1, "the")) &&
                    sv::percent_at(v, q + 2, s.t1, x, n)) {
                    e = q;
                    // ("for purchases of Russian oil was added to a 25% duty": the passive verb
                    // is the penalty's, not part of its reason)
                    if (e >= c.start + c.len + 3 && is_past(v.lo(e - 1)) && tok_aux(v, e - 2)) e -= 2;
                    break;
                }
                // ("a 25% tariff on Chile over fentanyl and a 10% tariff on buses": the next
                // measure of a list)
                if (const uint32_t r0 = q + 1 + (tok_det(v, q + 1) ? 1 : 0);
                    v.is(q, "and") && sv::percent_at(v, r0, s.t1, x, n) && r0 + n < s.t1 &&
                    (v.toks[r0 + n].info & sv::wi_trigger)) {
                    e = q;
                    break;
                }
                // ("cut the tariff it imposed over fentanyl to 10% from 20%": a level straight
                // after the cause's words, with no verb of its own among them, is the change's)
                // (not "of up to 35.3%": a measure of the cause, named with its ceiling)
                if ((v.is(q, "to") || v.is(q, "from")) && q > c.start + c.len && !(v.is(q, "to") && v.is(q - 1, "up")) &&
                    sv::percent_at(v, q + 1, s.t1, x, n)) {
                    bool verb = false;
                    for (uint32_t p = c.start + c.len; p < q && !verb; ++p)
                        verb = tok_vc(v, p) != VC::none || (is_past(v.lo(p)) && !(v.toks[p].flags & sv::cap)) || tok_aux(v, p);
                    if (!verb) {
                        e = q;
                        break;
                    }
                }
                // ("50% tariff as penalty over Russian oil takes effect": a headline's verb of the
                // measure coming into force is no part of its cause)
                if (q > c.start + c.len && takes_effect_at(v, q)) {
                    e = q;
                    break;
                }
                // ("imposed over fishing rights and that it would appeal": the next clause of
                // what was said)
                if (q > c.start + c.len && v.is(q, "and") && (v.is(q + 1, "that") || sv::tok_speech(v, q + 1))) {
                    e = q;
                    break;
                }
                // ("a 25% penalty over its purchases of Russian oil due to start on Aug. 27": when the
                // measure is due to start is no part of its cause)
                if (q > c.start + c.len && v.is(q, "due") && v.is(q + 1, "to") &&
                    (v.is(q + 2, "start") || v.is(q + 2, "begin") || v.is(q + 2, "take") || v.is(q + 2, "come") ||
                     v.is(q + 2, "kick") || v.is(q + 2, "expire") || v.is(q + 2, "end") || v.is(q + 2, "rise") ||
                     v.is(q + 2, "go"))) {
                    e = q;
                    break;
                }
                // ("meant to protect jobs, not to punish any country": a purpose denied after it)
                if (q > c.start + c.len && v.is(q, ",") && v.is(q + 1, "not") && v.is(q + 2, "to")) {
                    e = q;
                    break;
                }
                // ("as a penalty for purchases of Russian oil, on top of a 25% tariff", "..., in
                // addition to the duties": what the measure comes on top of ends its reason)
                if (stacked_on_at(v, q)) {
                    e = q;
                    break;
                }
            }
            // ("in response to U.S. duties on Canadian imports that took effect at midnight", cut
            // before the verb: the relative pronoun left at the end goes too)
            while (e > c.start + c.len + 1 && (v.is(e - 1, "that") || v.is(e - 1, "which") || v.is(e - 1, "who")))
                --e;
            // (a pronoun alone says no cause: "ending trade talks with Canada over it")
            if (e == c.start + c.len + 1 && (v.is(e - 1, "it") || v.is(e - 1, "this") || v.is(e - 1, "that") ||
                                             v.is(e - 1, "them") || v.is(e - 1, "these") || v.is(e - 1, "those")))
                e = c.start + c.len;
            if (e > c.start + c.len) {
                m.reason = trim_trailing(v.cut(c.start + c.len, e));
                m.reason_from_cue = true;
                m.reason_t0 = c.start + c.len;
                m.reason_t1 = e;
                // ("as a penalty for India's purchases of Russian oil", "to punish Brazil for
                // ..."): the country whose deed the measure punishes is its target
                const uint32_t r0 = c.start + c.len;
                // (a penalty named after the measure, "as a penalty for": not the measure's own
                // noun, "a 25 percentage point penalty for Peru's purchases", which links by its
                // reason to the tariff of its sentence)
                const bool punish = (v.is(c.start, "for") && c.start > np1 &&
                                     (v.is(c.start - 1, "penalty") || v.is(c.start - 1, "punishment"))) ||
                                    v.is(c.start + 1, "punish") || v.is(c.start + 1, "punishment") ||
                                    // ("threatened an unspecified penalty over India's purchases": a
                                    // penalty with no rate, its cue right after it)
                                    (m.lemma == "penalty" && !m.has_rate && !m.has_by && c.start == np1 &&
                                     !(i > 0 && (v.is(i - 1, "point") || v.is(i - 1, "points"))) &&
                                     (v.is(c.start, "over") || v.is(c.start, "for")));
                if (const int32_t a = punish && m.target < 0 ? sv::actor_at(v, r0) : -1;
                    a >= 0 && v.actors[size_t(a)].t0 == r0 && int32_t(v.actors[size_t(a)].key) != m.imposer &&
                    (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::norp))
                    m.target = int32_t(v.actors[size_t(a)].key);
                m.reason_issues.resize(modifier_issues);
                for (uint32_t q = c.start + c.len; q < e && M && M->has_taxonomy && !c.purpose; ++q) {
                    const std::vector<uint32_t>* pl = nullptr;
                    uint32_t n = match_at(v, M->issue_trie, q, e, &pl);
                    if (n && pl) { m.reason_issues.insert(m.reason_issues.end(), pl->begin(), pl->end()); q += n - 1; }
                }
            }
            break;
        }
    }
    if (!m.reason_from_cue) {
        for (uint32_t k = s.t0 + 1; k < np0; ++k) {
            std::string_view w = v.lo(k);
            if ((w == "prompting" || w == "forcing" || w == "spurring" || w == "leading" || w == "pushing" ||
                 w == "provoking" || w == "triggering") && v.is(k - 1, ",")) {
                m.reason = trim_trailing(v.cut(s.t0, k - 1));
                m.reason_from_cue = true;
                m.reason_issues.clear();
                for (uint32_t q = s.t0; q < k && M && M->has_taxonomy; ++q) {
                    const std::vector<uint32_t>* pl = nullptr;
                    uint32_t n = match_at(v, M->issue_trie, q, k, &pl);
                    if (n && pl) { m.reason_issues.insert(m.reason_issues.end(), pl->begin(), pl->end()); q += n - 1; }
                }
                break;
            }
        }
    }
}

// The time: after the governing verb within the clause, else a fronted time phrase.
void MentionState::time_phrase() {
    // -- time: after the governing verb within the clause, else a fronted time phrase
    {
        uint32_t from = gverb >= 0 && uint32_t(gverb) < np0 ? uint32_t(gverb) : np0;
        // (past a change read after the object: "... not covered by the USMCA trade pact to
        // 35% from 25% on August 1")
        uint32_t to = std::min<uint32_t>(s.t1, std::max(np1 + 10, m.has_to ? after + 6 : 0u));
        // "the new duties could add half a point to inflation in 2026": after a verb of the
        // measure's effect, with the measure its subject, a time is the effect's
        {
            static const char* const kEffect[] = {"add", "adds", "added", "cost", "costs", "hurt", "hurts",
                "weigh", "weighs", "weighed", "shave", "shaves", "shaved", "dent", "dents", "dented",
                "fuel", "fuels", "fueled", "fuelled", "slow", "slows", "slowed", "boost", "boosts",
                "boosted", "push", "pushes", "pushed", "drag", "drags", "dragged", nullptr};
            uint32_t e = np1;
            while (e < s.t1 && in_list(v.lo(e), kAux)) ++e;
            if ((e < s.t1 && in_list(v.lo(e), kEffect)) || effect_clause(v, np1, s.t1)) to = std::min(to, np1);
            // ("as a 25% U.S. tariff on Korean vehicles weighed on demand": what a measure did, it
            // did in force)
            if (e == np1 && e < s.t1 && m.status == "unknown" && !m.coref && m.kind != "deal" && m.kind != "purchase" &&
                in_list(v.lo(e), kEffect) &&
                is_past(v.lo(e)) && !s.heading)
                m.status = "in_force";
        }
        for (uint32_t k = from; k < to; ++k) {
            if (k >= np1 && (v.is(k, ";") || v.is(k, "."))) break;
            // ("The measure, which passed 76-5 with 35 abstentions, will take effect on January
            // 1": a relative clause set off after the measure, with no time of its own, is passed
            // over. One with a time gives it: "the agreement, which runs through 1996, ...")
            // (nor one with a time, when the verb after it puts the measure in force: "The
            // levy, which the president announced in March, took effect on April 3")
            if (uint32_t c = 0; k == np1 && entry_after_clause(v, np0, np1, s.t1, c)) {
                k = c;
                to = std::min<uint32_t>(s.t1, c + 10);
                continue;
            }
            // ("The sanctions, some of which date back to 1979, had cut ...": how old some of them
            // are is history, no time of the measure's news)
            const bool some_of = k == np1 && v.is(k, ",") && k + 3 < s.t1 && v.is(k + 2, "of") && v.is(k + 3, "which") &&
                                 (v.is(k + 1, "some") || v.is(k + 1, "many") || v.is(k + 1, "most") ||
                                  v.is(k + 1, "all") || v.is(k + 1, "one") || v.is(k + 1, "several"));
            if (k == np1 && v.is(k, ",") && m.coref && (v.is(k + 1, "which") || v.is(k + 1, "that") || some_of)) {
                uint32_t c = k + 2;
                bool timed = false;
                while (c < s.t1 && c < k + 24 && !v.is(c, ",") && !is_clause_punct(v, c) && v.toks[c].kind != TK::quote) {
                    timed = timed || (sv::time_at(v, c, s.t1) != 0 && !(c >= k + 2 && v.is(c - 1, "to") && v.is(c - 2, "back")));
                    ++c;
                }
                if (!timed && c < s.t1 && c < k + 24 && v.is(c, ",")) {
                    k = c;
                    to = std::min<uint32_t>(s.t1, c + 10);
                    continue;
                }
            }
            if (k >= np1 && v.is(k, ",") && k > np1) break;
            // ("... from April 1 unless Washington lifts its levies on European steel, the
            // Commission said on Wednesday": a condition's measure has no time of the reporting
            // clause after it; that time is when the condition was set)
            if (k == np1 && v.is(k, ",") && conditional_clause(v, s.t0, from)) break;
            // ("dragged down by a 25% U.S. tariff on cars, data from the trade ministry showed
            // Wednesday": a reporting clause's time is when it was reported)
            if (k == np1 && v.is(k, ",") && !m.coref) {
                bool reporting = false;
                for (uint32_t q = k + 1; q < s.t1 && q < k + 8 && !reporting; ++q) {
                    if (is_clause_punct(v, q) || v.is(q, ",") || v.toks[q].kind == TK::quote) break;
                    reporting = !(v.toks[q].flags & sv::cap) &&
                                (sv::tok_speech(v, q) || v.is(q, "showed") || v.is(q, "shows"));
                }
                if (reporting) break;
            }
            // ("The tariffs, which come on top of the EU's standard 10% car duty, will apply for
            // five years": the comma closing a relative clause the measure sits in closes its
            // time too)
            if (k == np1 && v.is(k, ",")) {
                bool inside = false;
                for (uint32_t q = np0; q > s.t0 + 1 && np0 - q < 16; --q) {
                    if (v.is(q - 1, ",") || is_clause_punct(v, q - 1)) break;
                    if ((v.is(q - 1, "which") || v.is(q - 1, "who")) && v.is(q - 2, ",")) {
                        inside = true;
                        break;
                    }
                }
                if (inside) break;
            }
            // ("imposed curbs on gallium, and in October threatened ...": the next clause's)
            if (k == np1 && v.is(k, ",") && (v.is(k + 1, "and") || v.is(k + 1, "but"))) break;
            // ("kept its tariffs on steel and in May raised duties on aluminum": a time between
            // "and" and a verb of a measure is the second verb's)
            if (k > from && (v.is(k, "and") || v.is(k, "but"))) {
                // ("had called the 3% tax an attack and said on Friday he was ending talks": the
                // second verb's report has its own time)
                if (k + 1 < s.t1 && sv::tok_speech(v, k + 1) && !(v.toks[k + 1].flags & sv::cap)) break;
                // ("agreed to remove its tariffs on U.S. goods and to buy $750 billion of energy over
                // three years": a second infinitive, or a second verb of a measure, has its own)
                if (k >= np1 && second_predicate(v, k + 1, s.t1)) break;
                const uint32_t n = sv::time_at(v, k + 1, s.t1);
                if (n && k + 1 + n < s.t1 && tok_vc(v, k + 1 + n) != VC::none &&
                    !(v.toks[k + 1 + n].flags & sv::cap))
                    break;
            }
            // ("EU adopts sanctions package against Russia, bans LNG imports from 2027": a
            // second predicate of the headline's subject has its own time)
            // (a present "-s" form: not a participle, ", imposed earlier this year", whose
            // time is the measure's)
            if (k == np1 && v.is(k, ",") && k + 1 < s.t1 && v.toks[k + 1].kind == TK::word &&
                !(v.toks[k + 1].flags & sv::cap) && tok_vc(v, k + 1) != VC::none && v.lo(k + 1).ends_with("s") &&
                !v.lo(k + 1).ends_with("ss"))
                break;
            // (", averting a threatened 30% levy from August 1": a participle clause's time
            // is its own)
            if (k == np1 && v.is(k, ",") && k + 1 < s.t1 && v.lo(k + 1).ends_with("ing") &&
                !(v.toks[k + 1].flags & sv::cap) && sv::time_at(v, k + 1, s.t1) == 0)
                break;
            // (the same when the object's reading took the "and": "its tariffs on U.S. goods and")
            if (k == np1 && k > np0 && v.is(k - 1, "and") && second_predicate(v, k, s.t1)) break;
            // ("to 15% from the 27.5% that took effect in April": the old level's clause has the
            // old level's time)
            if (k > np1 && (v.is(k, "that") || v.is(k, "which")) && m.has_to && m.has_rate &&
                (v.is(k - 1, "%") || v.is(k - 1, "percent") || v.is(k - 1, "pct")))
                break;
            uint32_t n = sv::time_at(v, k, s.t1);
            // (", after Trump agreed last week to cut ...": a clause of its own, with its subject,
            // has its own time)
            if (k > np1 && (v.is(k, "after") || v.is(k, "before") || v.is(k, "following")) && k + 1 < s.t1 &&
                (sv::actor_at(v, k + 1) >= 0 || v.is(k + 1, "he") || v.is(k + 1, "she") || v.is(k + 1, "they") ||
                 v.is(k + 1, "it") || v.is(k + 1, "we")) &&
                sv::time_at(v, k, s.t1) == 0)
                break;
            // ("asked to delay the tariff by at least 45 days": how long, no time)
            if (n && k > s.t0 + 1 &&
                (v.is(k - 1, "by") || (v.is(k - 1, "least") && v.is(k - 2, "at") && k > s.t0 + 2 && v.is(k - 3, "by"))) &&
                (v.lo(k + n - 1).starts_with("day") || v.lo(k + n - 1).starts_with("week") ||
                 v.lo(k + n - 1).starts_with("month") || v.lo(k + n - 1).starts_with("year"))) {
                k += n - 1;
                continue;
            }
            // ("its third crackdown in three years", "the biggest fall in 16 years": a span that
            // an ordinal or a superlative counts in, no time of the measure)
            if (n >= 3 && v.is(k, "in") && k > s.t0) {
                bool counted = false;
                for (uint32_t q = k; q > s.t0 && k - q < 4 && !counted;) {
                    --q;
                    const std::string_view w = v.lo(q);
                    counted = w == "first" || w == "second" || w == "third" || w == "fourth" || w == "fifth" ||
                              w == "latest" || w == "most" ||
                              (w.size() >= 6 && w.ends_with("est") && !(v.toks[q].flags & sv::cap) &&
                               w != "interest" && w != "request" && w != "protest" && w != "harvest");
                }
                if (counted) {
                    k += n - 1;
                    continue;
                }
            }
            // ("The measure expires in June 2026": when it ends is no time it takes effect)
            if (n && k > s.t0 &&
                (v.is(k - 1, "expires") || v.is(k - 1, "expire") || v.is(k - 1, "expired") ||
                 v.is(k - 1, "expiring") || v.is(k - 1, "lapses") || v.is(k - 1, "lapse") ||
                 v.is(k - 1, "ends") || v.is(k - 1, "end"))) {
                k += n - 1;
                continue;
            }
            // ("100 percent of last year's levels": a time that owns something is no
            // time of the measure; nor a year that names one: "a 1986 agreement")
            // (nor a span from another event: "The move came two days after Washington widened
            // its curbs", "a week later")
            if (n && k + n < s.t1 &&
                (v.is(k + n, "'s") || v.is(k + n, "\u2019s") ||
                 ((v.is(k + n, "after") || v.is(k + n, "before") || v.is(k + n, "later") || v.is(k + n, "earlier")) &&
                  (v.toks[k].kind == TK::number || v.is(k, "two") || v.is(k, "three") || v.is(k, "four") ||
                   v.is(k, "five") || v.is(k, "six") || v.is(k, "a") || v.is(k, "several") || v.is(k, "few"))) ||
                 (n == 1 && v.toks[k].kind == TK::number && k > s.t0 && (tok_det(v, k - 1) || v.is(k - 1, "its")) &&
                  v.toks[k + n].kind == TK::word && !(v.toks[k + n].flags & sv::cap)))) {
                k += n - 1;
                continue;
            }
            if (n) { m.time = v.cut(k, k + n); break; }
        }
        // a time right before the verb, after its subject or "and": "Beijing last year
        // imposed ...", "and in October threatened to restrict ..."
        if (m.time.empty() && gverb > int32_t(s.t0)) {
            uint32_t e = uint32_t(gverb);
            static const char* const kToVerbs[] = {"plans", "wants", "aims", "intends", "threatens",
                "vows", "seeks", "agrees", "moves", "decides", "hopes", "expects", "sought", nullptr};
            // ("Trump agreed last week to cut the duty": a time between that verb and its "to")
            if (e >= s.t0 + 4 && v.is(e - 1, "to"))
                for (uint32_t k = e - 2; k > s.t0 + 1 && e - k <= 5 && m.time.empty(); --k) {
                    const uint32_t n = sv::time_at(v, k, s.t1);
                    const uint32_t c = k - 1;
                    if (n && k + n == e - 1 && v.toks[c].kind == TK::word && !(v.toks[c].flags & sv::cap) &&
                        (v.lo(c).ends_with("ed") || in_list(v.lo(c), kToVerbs)))
                        m.time = v.cut(k, k + n);
                }
            if (e >= s.t0 + 2 && v.is(e - 1, "to") && v.toks[e - 2].kind == TK::word &&
                !(v.toks[e - 2].flags & sv::cap) &&
                (v.lo(e - 2).ends_with("ed") || in_list(v.lo(e - 2), kToVerbs)))
                e -= 2;  // "threatened to restrict" (not "five-year options to buy")
            for (uint32_t k = e > s.t0 + 5 ? e - 5 : s.t0 + 1; k < e && m.time.empty(); ++k) {
                const uint32_t n = sv::time_at(v, k, s.t1);
                const int32_t subject = sv::actor_at(v, k - 1);
                // (or a government named by its place or leader: "The Biden administration on
                // Monday restricted ...")
                const bool government = k >= s.t0 + 2 &&
                                        (v.is(k - 1, "administration") || v.is(k - 1, "government")) &&
                                        sv::actor_at(v, k - 2) >= 0;
                if (n && k + n == e &&
                    (v.is(k - 1, "and") || v.is(k - 1, ",") || v.is(k - 1, "which") || v.is(k - 1, "who") ||
                     government || (subject >= 0 && v.actors[size_t(subject)].t1 == k))) {
                    m.time = v.cut(k, k + n);
                    break;
                }
            }
        }
        // ("down from 90% in 2010, when Beijing halted shipments": the time a "when" clause
        // opening the measure's clause tells of, right before its comma)
        if (m.time.empty() && gverb > int32_t(s.t0) + 3) {
            for (uint32_t w = uint32_t(gverb); w > s.t0 + 2 && uint32_t(gverb) - w < 5;) {
                --w;
                if (v.is(w, "when") && v.is(w - 1, ",")) {
                    const uint32_t comma = w - 1;
                    for (uint32_t k = comma > s.t0 + 4 ? comma - 4 : s.t0; k < comma; ++k) {
                        const uint32_t n = sv::time_at(v, k, s.t1);
                        if (n && k + n == comma) {
                            m.time = v.cut(k, k + n);
                            break;
                        }
                    }
                    break;
                }
                if (is_clause_punct(v, w) || v.is(w, ",")) break;
            }
        }
        if (m.time.empty()) {
            uint32_t n = sv::time_at(v, s.t0, s.t1);
            // (not a measure the main clause answers: "Earlier this year, China imposed curbs ...
            // in response to U.S. tariffs")
            bool answered = false;
            for (uint32_t k = np0 > s.t0 + 4 ? np0 - 4 : s.t0; k < np0 && !answered; ++k)
                answered = v.is(k, "response") || v.is(k, "retaliation") || v.is(k, "reaction");
            if (n && v.is(s.t0 + n, ",") && s.t0 + n < np0 && !answered) m.time = v.cut(s.t0, s.t0 + n);
            // ("On Tuesday Beijing banned exports of ...": no comma, the subject and its verb next)
            if (n && m.time.empty() && !answered && gverb > int32_t(s.t0 + n)) {
                const int32_t a = sv::actor_at(v, s.t0 + n);
                if (a >= 0 && v.actors[size_t(a)].t0 == s.t0 + n && v.actors[size_t(a)].t1 == uint32_t(gverb))
                    m.time = v.cut(s.t0, s.t0 + n);
            }
        }
    }
}

// After-the-fact rules with the measures before it in the sentence: a deal that only bounds
// goods, "including", the second of a pair or list, stacked on, brought to, added to.
void MentionState::bounds_and_pairs() {
    // -- a deal that only bounds the goods of another measure ("tariffs on goods not covered by
    // the pact to 35%, citing X", "counter-tariffs on goods covered by the USMCA trade agreement
    // from Sept. 1"): the clause's reason and time are that measure's, not the deal's
    // (the phrase opens before a name the tagger cut: "covered by the Pacific Alliance Trade
    // Agreement")
    uint32_t named0 = np0;
    while (m.kind == "deal" && named0 > s.t0 + 2 &&
           (((v.toks[named0 - 1].flags & sv::cap) && v.toks[named0 - 1].kind == TK::word) || v.is(named0 - 1, "the") ||
            v.is(named0 - 1, "trade") || v.is(named0 - 1, "free")))
        --named0;
    // (also "goods not compliant with the Andean trade pact")
    if (m.kind == "deal" && named0 >= s.t0 + 2 &&
        ((v.is(named0 - 1, "by") &&
          (v.is(named0 - 2, "covered") || v.is(named0 - 2, "exempted") || v.is(named0 - 2, "protected"))) ||
         (v.is(named0 - 1, "with") && (v.is(named0 - 2, "compliant") || v.is(named0 - 2, "comply"))))) {
        m.time.clear();
        // (nor its name as what it covers or who made it: "not covered by the
        // United States-Mexico-Canada Agreement" is no record of that deal)
        if (m.coref || named0 < np0) {
            m.goods.clear();
            m.goods_words.clear();
            for (uint32_t q = named0; q < np1; ++q)
                if (const int32_t a = sv::actor_at(v, q); a >= 0) {
                    if (int32_t(v.actors[size_t(a)].key) == m.imposer) m.imposer = -1;
                    if (int32_t(v.actors[size_t(a)].key) == m.target) m.target = -1;
                }
        }
        if (m.reason_from_cue) {
            m.reason.clear();
            m.reason_from_cue = false;
            m.reason_issues.clear();
        }
    }

    // -- "including a ban on ...": part of the measure named just before in the sentence
    if (np0 >= s.t0 + 1 && (v.is(np0 - 1, "including") || (np0 >= s.t0 + 2 && v.is(np0 - 2, "including"))) &&
        out.size() > first_in_sentence) {
        const MeasureMention& parent = out.back();
        if (m.imposer < 0) m.imposer = parent.imposer;
        // (not the lifting of goods exempted from it: "exempted smartphones from its tariffs,
        // including the 125% levy on Chinese imports" leaves the levy in place)
        if (m.status == "unknown" && !parent.exempted) m.status = parent.status;
    }
    // -- "a 10% tariff on crude oil and a 15% levy on gas": the second measure of a pair
    // has the first one's verb, so its imposer and target; in a list too ("imposes 25%
    // tariffs on ..., a 10% rate on energy, and 50% duties on steel"), and its status
    // when nothing of its own gave one
    // (the first one's goods may go on past its phrase: "on Canadian goods not covered by
    // the USMCA, a 10% rate on ...")
    // (", as well as a 50% tariff on steel": the same as ", and")
    const bool as_well_as = np0 >= s.t0 + 4 && v.is(np0 - 1, "as") && v.is(np0 - 2, "well") && v.is(np0 - 3, "as");
    const uint32_t joint = as_well_as ? (v.is(np0 - 4, ",") ? 4 : 3)
                           : np0 >= s.t0 + 2 && v.is(np0 - 1, "and") && v.is(np0 - 2, ",") ? 2 : 1;
    const auto listed_after = [&](const MeasureMention& first) {
        const bool comma = v.is(np0 - 1, ",") || v.is(np0 - joint, ",");
        // "X and Y", "X as well as Y": a pair of any kinds
        if (!comma) return first.t1 + joint == np0;
        // a list: of like measures (a rated tax among rated tariffs is one of them: "a 25%
        // tariff on trucks, a 50% tax on cabinets, and a 30% levy on sofas")
        if (first.kind != m.kind && !rated_tax_pair(first, m)) return false;
        // (the first one's goods may hold a clause of their own after "as well as": "on Canadian
        // goods that do not comply with the trade pact, as well as a 50% levy on steel" is still
        // the verb's list; after ", and" a clause's own verb may be the one listing)
        // (and its levels: "a 25% tariff on cabinets, rising to 50% on Jan. 1, and a 25% tariff
        // on sofas")
        const uint32_t f1 = first.read_end > first.t1 && first.read_end <= np0 - joint ? first.read_end : first.t1;
        const uint32_t reach = as_well_as ? 16 : 12;
        if (f1 + joint > np0 || np0 - joint - f1 > reach) return false;
        for (uint32_t k = f1; k < np0 - joint; ++k)
            if (const uint32_t tn = sv::time_at(v, k, np0 - joint); tn > 1) k += tn - 1;  // ("on Jan. 1")
            else if (is_clause_punct(v, k) || v.toks[k].kind == TK::quote ||
                (!as_well_as && (v.is(k, "that") || v.is(k, "which"))))
                return false;
        return true;
    };
    // (a list's earlier measure is the latest of its kind: "on goods not covered by the
    // trade pact, a 10% rate on ..." passes over the pact)
    size_t lead = out.size();
    if (np0 >= s.t0 + joint && (v.is(np0 - 1, "and") || v.is(np0 - 1, "or") || v.is(np0 - 1, ",") || as_well_as))
        for (size_t q = out.size(); q > first_in_sentence && lead == out.size(); --q)
            if (listed_after(out[q - 1])) lead = q - 1;
    // ("a 100% tariff on Chinese imports and export controls on software": a bare second
    // measure right after the first one's phrase shares its verb too)
    if (lead < out.size() && (second_measure(v, np0, s.t1) ||
                              (out[lead].t1 + 1 == np0 && v.is(np0 - 1, "and") && out[lead].kind != m.kind &&
                               out[lead].status != "unknown"))) {
        const MeasureMention& first = out[lead];
        if (m.imposer < 0) m.imposer = first.imposer;
        if (m.target < 0 && m.imposer == first.imposer) m.target = first.target;
        if (m.status == "unknown") m.status = first.status;
        if (m.kind == "other" && rated_tax_pair(first, m)) m.kind = "tariff";
    }
    // ("imposing a 25% tariff on trucks and a 10% tariff on buses, citing national security": a
    // cause named after the pair is the first one's too; its own reading stopped at the second)
    if (lead < out.size() && m.reason_from_cue && m.reason_t0 > np0 && out[lead].reason.empty() &&
        out[lead].kind == m.kind) {
        MeasureMention& first = out[lead];
        first.reason = m.reason;
        first.reason_from_cue = true;
        first.reason_t0 = m.reason_t0;
        first.reason_t1 = m.reason_t1;
        first.reason_issues = m.reason_issues;
    }
    // -- "charges a 20% tariff on Chinese imports, on top of a 10% reciprocal tariff": what a
    // measure is stacked on is the same side's, on the same side (left with no imposer and no
    // target, it joined any record of its rate and took that one's sides)
    if (m.imposer < 0 && m.target < 0 && np0 >= s.t0 + 4 && stacked_on_at(v, np0 - 3)) {
        const uint32_t at = v.is(np0 - 4, ",") ? np0 - 4 : np0 - 3;
        for (size_t q = out.size(); q > first_in_sentence; --q) {
            const MeasureMention& base = out[q - 1];
            // (nor a purchase or a deal named between: "an additional 25% duty on imports from
            // India as a penalty for its purchases of Russian oil, on top of a 25% tariff")
            if (base.t1 > at || base.kind == "purchase" || base.kind == "deal") continue;
            if (at - base.t1 <= 12 && base.imposer >= 0) take_base_sides(v, base, at, m);
            break;
        }
    }
    // -- "halved its tariff to 10%, bringing the overall tariff on Chinese imports to 47%": the
    // total moves the way the change that brings it there does (a level with no verb of its own
    // reads as a rise otherwise)
    if (m.direction.empty() && m.has_to && np0 > s.t0 + 1 &&
        (v.is(np0 - 1, "bringing") || v.is(np0 - 1, "taking") || v.is(np0 - 1, "brings") ||
         v.is(np0 - 1, "takes") || v.is(np0 - 1, "brought") || v.is(np0 - 1, "took")))
        for (size_t q = out.size(); q > first_in_sentence; --q) {
            const std::string& d = out[q - 1].direction;
            if (d.empty() || out[q - 1].t1 > np0) continue;
            if (d == "lower" || d == "halve" || d == "remove") m.direction = "lower";
            else if (d == "raise" || d == "double" || d == "triple") m.direction = "raise";
            if (!m.direction.empty() && m.status == "unknown") m.status = out[q - 1].status;  // (its state too)
            break;
        }
    // -- "adding a 25% penalty over Russian oil to a 25% reciprocal tariff": what a measure is
    // added to is the same side's, as what it is stacked on
    if (m.imposer < 0 && m.target < 0 && np0 >= s.t0 + 3 && v.is(np0 - 1, "to")) {
        for (size_t q = out.size(); q > first_in_sentence; --q) {
            const MeasureMention& base = out[q - 1];
            if (base.t1 >= np0 || base.kind == "purchase") continue;  // ("over its purchases of oil")
            bool added = base.imposer >= 0 && np0 - base.t1 <= 14 && base.t0 > s.t0;
            if (added) {
                const uint32_t a = base.t0 - 1 - (base.t0 > s.t0 + 1 && tok_det(v, base.t0 - 1) ? 1 : 0);
                const std::string_view w = v.lo(a);
                added = w == "add" || w == "adds" || w == "added" || w == "adding";
            }
            if (added) take_base_sides(v, base, np0 - 1, m);
            break;
        }
    }
}

// After-the-fact rules on the sides: in exchange, a deal's two parties, an exemption sought,
// a list of rates, a deal's agents, a measure asked for. false: no kind of measure.
bool MentionState::sides_from_sentence() {
    // -- "Vietnam offered to buy more U.S. goods to avert a 46% tariff": who tries to keep a
    // measure away is whom it would hit (the subject of "avert"), and it is a threat so far
    // (only a measure with a rate is read here: "to avoid higher duties" is none, after_without())
    // (a target read from no phrase of its own, a people named elsewhere in the sentence, gives way)
    if (np0 >= s.t0 + 2 && m.kind != "deal" && m.kind != "purchase" && (m.target < 0 || (m.goods.empty() && !obj1))) {
        uint32_t k = np0;
        const std::string_view w = v.lo(k - 1);
        // (not "avoid", "evade": as often a measure in force that someone gets round, "firms
        // seeking to avoid a 30% withholding tax"; nor a measure named again: "avert the higher
        // tariffs" announced before)
        const bool keeps_off = !m.coref && (w == "avert" || w == "averting" ||
                               (w == "off" && k >= s.t0 + 3 &&
                                (v.is(k - 2, "stave") || v.is(k - 2, "staving") || v.is(k - 2, "ward") ||
                                 v.is(k - 2, "warding"))));
        // ("as it seeks to avoid a 36% U.S. tariff": a country avoiding another's measure named
        // with its imposer is the one it would hit, as with "avert")
        const bool avoids = !m.coref && m.imposer >= 0 && m.has_rate && (w == "avoid" || w == "avoiding");
        if (keeps_off || avoids) {
            const uint32_t verb = w == "off" ? k - 2 : k - 1;
            // (the sentence's subject: its first place named outside a phrase of a preposition,
            // not the nearest name, which may be an object's people: "to buy more U.S. goods to
            // avert ..."; "as it seeks to avert ...")
            int32_t who = -1;
            const uint32_t open = past_dateline(v, s.t0, verb);  // (past a dateline: "HANOI, May 3 (Reuters) - Vietnam ...")
            for (uint32_t q = open; q < verb && who < 0; ++q) {
                const int32_t a = sv::actor_at(v, q);
                if (a < 0) continue;
                const auto& ar = v.actors[size_t(a)];
                uint32_t b = ar.t0;
                while (b > s.t0 && tok_det(v, b - 1)) --b;
                if (!(b > s.t0 && in_list(v.lo(b - 1), kPrep)) && ar.type == sv::AType::gpe) who = int32_t(ar.key);
                q = ar.t1 - 1;
            }
            if (who >= 0 && who != m.imposer) m.target = who;
            if ((m.status == "unknown" || m.status == "in_force") && (keeps_off || (who >= 0 && who != m.imposer)))
                m.status = "threatened";
        }
    }
    // -- "Japan pledged to invest $550 billion in exchange for lower tariffs": a measure
    // given in exchange is the other side's, on the sentence's subject (its first actor
    // outside a phrase of a preposition)
    if (np0 >= s.t0 + 3 && m.kind != "deal" && m.kind != "purchase") {
        uint32_t k = np0;
        while (k > s.t0 + 2 && np0 - k < 5 && !v.is(k - 1, "for") && v.toks[k - 1].kind != TK::punct) --k;
        if (k > s.t0 + 2 && v.is(k - 1, "for") && (v.is(k - 2, "exchange") || v.is(k - 2, "return")) &&
            v.is(k - 3, "in")) {
            int32_t subject = -1;
            for (uint32_t q = s.t0; q + 3 < k && subject < 0; ++q) {
                const int32_t a = sv::actor_at(v, q);
                if (a < 0) continue;
                const auto& ar = v.actors[size_t(a)];
                uint32_t b = ar.t0;
                while (b > s.t0 && tok_det(v, b - 1)) --b;
                if (!(b > s.t0 && in_list(v.lo(b - 1), kPrep)) && ar.type != sv::AType::norp)
                    subject = int32_t(ar.key);
                q = ar.t1 - 1;
            }
            // (a target the goods' "its" gave may be the imposer itself: "lower tariffs on
            // its cars" after "U.S. rice")
            if (subject >= 0 && m.imposer == subject) m.imposer = -1;
            if (subject >= 0 && (m.target < 0 || m.target == m.imposer)) m.target = subject;
        }
    }
    // -- "The European Union and India aim to conclude a trade agreement": a deal's two
    // parties as the sentence's subject (after an opening "Separately," or the like); the
    // imposer's partner there is the other party
    // ("The tariffs were suspended after the European Union and the United States reached a trade
    // deal": the pair may open a clause later in the sentence, its verb then the deal's; the last
    // pair before the deal's phrase with no clause punctuation between)
    if (m.kind == "deal" && m.imposer >= 0 && m.target < 0) {
        int32_t other = -1;
        for (uint32_t k = s.t0; k < np0; ++k) {
            if (is_clause_punct(v, k) && !(k == s.t0 + 1 && sv::actor_at(v, s.t0) < 0)) other = -1;
            const int32_t a = sv::actor_at(v, k);
            if (a < 0 || v.actors[size_t(a)].t0 != k) continue;
            const auto& ar = v.actors[size_t(a)];
            const uint32_t c = ar.t1 + 1 + (ar.t1 + 1 < np0 && v.is(ar.t1 + 1, "the") ? 1 : 0);
            // (a headline's comma for "and": "Vietnam, U.S. reach trade deal")
            const bool joined = v.is(ar.t1, "and") || (s.heading && k == s.t0 && v.is(ar.t1, ","));
            const int32_t b = ar.t1 + 1 < np0 && joined ? sv::actor_at(v, c) : -1;
            if (b >= 0 && v.actors[size_t(b)].t0 == c && v.actors[size_t(b)].t1 <= np0) {
                // (the pair the subject of a clause: a verb follows it, not a preposition's object)
                const int32_t ka = int32_t(ar.key), kb = int32_t(v.actors[size_t(b)].key);
                // ("after", "before", "as": they open a clause too)
                const auto prep = [&](uint32_t q) {
                    const std::string_view w = v.lo(q);
                    return in_list(w, kPrep) && w != "after" && w != "before" && w != "as";
                };
                const bool object = k > s.t0 && (prep(k - 1) || (v.is(k - 1, "the") && k > s.t0 + 1 && prep(k - 2)));
                // (a person beside a party is one of its people: "Thatcher and the Soviet Premier")
                if (!object && ka != kb && (ka == m.imposer || kb == m.imposer) &&
                    v.keys[size_t(ka == m.imposer ? kb : ka)].type != sv::AType::person)
                    other = ka == m.imposer ? kb : ka;
                k = v.actors[size_t(b)].t1 - 1;
            } else {
                k = ar.t1 - 1;
            }
        }
        if (other >= 0) m.target = other;
    }
    // -- "Seoul to seek a chip tariff exemption", "South Korea will seek an exemption from
    // U.S. tariffs": who seeks, wins or is granted an exemption is who the measure falls on
    uint32_t exempt_reach = 10;
    if (np0 >= s.t0 + 2 && v.is(np0 - 1, "from") && (v.is(np0 - 2, "exemption") || v.is(np0 - 2, "exemptions")))
        exempt = true;
    // ("will seek exemptions for its citrus and car exports from a 30% U.S. tariff": the goods
    // exempted between)
    if (!exempt && np0 >= s.t0 + 4 && v.is(np0 - 1, "from"))
        for (uint32_t k = np0 - 1; k > s.t0 && np0 - k < 9;) {
            --k;
            if (v.toks[k].kind == TK::punct) break;
            if ((v.is(k, "exemption") || v.is(k, "exemptions")) && v.is(k + 1, "for")) {
                exempt = true;
                exempt_reach = i - k + 4;
                break;
            }
        }
    if (exempt) exempt_seeker(v, s, i, m, exempt_reach);  // (from the noun: a headline's walk may pass the verb)
    // ("secures quota", "won a duty-free quota": the verb, an article and a word or two before it)
    // (only a verb of winning, with no preposition between: "seeking a compromise on quotas",
    // "refiners requested a quota increase" ask for no quota of their own)
    else if (m.kind == "quota") {
        static const char* const kWin[] = {"win", "wins", "won", "secure", "secures", "secured", "obtain", "obtains",
                                           "obtained", "granted", "given", "gets", "got", nullptr};
        for (uint32_t k = i; k > s.t0 && k + 4 > i;) {
            --k;
            if (tok_prep(v, k) || is_clause_punct(v, k)) break;
            if (in_list(v.lo(k), kWin) && !(v.toks[k].flags & sv::cap)) {
                exempt_seeker(v, s, i, m, i - k + 1);
                break;
            }
        }
    }
    // -- "The higher rates include 34% on China, 20% on the European Union and 46% on
    // Vietnam": the first rate and party are this measure's, the rest a list after it
    // (elided_list); "the" there names a set of new measures, no earlier one, and their
    // imposer is the latest one named before
    if (!m.has_rate && !m.kind.empty() && m.kind != "deal" && m.kind != "purchase" && np1 + 3 < s.t1 &&
        (v.is(np1, "include") || v.is(np1, "includes") || v.is(np1, "included") || v.is(np1, "are") ||
         v.is(np1, "were"))) {
        double x;
        uint32_t n;
        const uint32_t q = np1 + 1;
        if (sv::percent_at(v, q, s.t1, x, n) && v.is(q + n, "on")) {
            const uint32_t o0 = q + n + 1, o1 = object_end(v, o0, s.t1);
            const int32_t a = o1 > o0 ? sv::actor_at(v, o0 + (v.is(o0, "the") ? 1 : 0)) : -1;
            if (a >= 0 && (v.actors[size_t(a)].type == sv::AType::gpe || v.actors[size_t(a)].type == sv::AType::norp)) {
                m.has_rate = true;
                m.rate = x;
                m.unit = "percent";
                m.target = int32_t(v.actors[size_t(a)].key);
                if (m.coref) {
                    m.coref = false;
                    for (size_t p = out.size(); p > 0 && m.imposer < 0; --p)
                        if (out[p - 1].imposer >= 0 && out[p - 1].kind == m.kind) m.imposer = out[p - 1].imposer;
                }
                np1 = o1;
            }
        }
    }
    // "the trade deal agreed by President X and Commission President Y": the agents of the
    // participle are the deal's two sides (the last name of each side of "and")
    if (m.kind == "deal" && m.imposer < 0 && m.target < 0 && np1 + 3 < s.t1 && v.is(np1 + 1, "by") &&
        (v.is(np1, "agreed") || v.is(np1, "reached") || v.is(np1, "struck") || v.is(np1, "signed") ||
         v.is(np1, "sealed") || v.is(np1, "negotiated"))) {
        int32_t first = -1, second = -1;
        bool after_and = false;
        for (uint32_t q = np1 + 2; q < s.t1 && q < np1 + 20;) {
            if (v.is(q, "and") && first >= 0 && !after_and) { after_and = true; ++q; continue; }
            if (v.is(q, "the") || v.is(q, "'s") || v.is(q, "of")) { ++q; continue; }
            if (v.toks[q].kind != TK::word || !(v.toks[q].flags & sv::cap)) break;
            if (const int32_t a = sv::actor_at(v, q); a >= 0) {
                (after_and ? second : first) = int32_t(v.actors[size_t(a)].key);
                q = std::max(q + 1, v.actors[size_t(a)].t1);
            } else {
                ++q;
            }
        }
        if (first >= 0 && second >= 0 && first != second) {
            m.imposer = first;
            m.target = second;
        }
    }
    // "well above the 15% rate agreed by the European Union and Japan", "the 15% rate negotiated
    // with Japan": a rate a party agreed, negotiated or secured is one it is charged, by a side
    // the phrase does not name (the article's)
    if (m.kind == "tariff" && m.has_rate && m.imposer < 0 && m.target < 0 && np1 + 2 < s.t1 && agreed_by_at(v, np1)) {
        const uint32_t at = np1 + 2 + (v.is(np1 + 2, "the") ? 1 : 0);
        const int32_t a = at < s.t1 ? sv::actor_at(v, at) : -1;
        if (a >= 0 && v.actors[size_t(a)].t0 == at && v.actors[size_t(a)].type != sv::AType::person)
            m.target = int32_t(v.actors[size_t(a)].key);
    }
    // -- "companies pushing for lower tariffs on petrochemicals", "Japan is seeking lower tariffs
    // on its cars": a measure asked for is someone else's to take; those who ask do not impose it
    // (a possessor or a place in its own words still does: "calling for EU tariffs on steel")
    // ("pushing for lower tariffs": "lower" there is an adjective, read as the verb)
    if (!tr.verb && !m.kind.empty() && np0 > s.t0 + 2) {
        uint32_t a = np0 - 1;
        if (v.is(a, "lower") || v.is(a, "higher") || v.is(a, "new") || v.is(a, "more") || v.is(a, "further")) --a;
        const bool asks_for = v.is(a, "for") &&
                              (verb_form(v.lo(a - 1), "push") || verb_form(v.lo(a - 1), "call") ||
                               verb_form(v.lo(a - 1), "lobby") || v.is(a - 1, "lobbied") ||
                               verb_form(v.lo(a - 1), "press") || verb_form(v.lo(a - 1), "ask") ||
                               verb_form(v.lo(a - 1), "appeal") || verb_form(v.lo(a - 1), "clamor") ||
                               verb_form(v.lo(a - 1), "clamour"));
        const bool seeks = v.is(a, "seeking") || v.is(a, "seek") || v.is(a, "seeks") || v.is(a, "sought") ||
                           v.is(a, "demanding") || v.is(a, "demand") || v.is(a, "demands") || v.is(a, "demanded") ||
                           v.is(a, "urging") || v.is(a, "urge") || v.is(a, "urges") || v.is(a, "urged");
        if ((asks_for || seeks) && !(v.toks[a].flags & sv::cap)) {
            bool own = possessor >= 0;
            for (uint32_t q = np0; q < i && !own; ++q) own = sv::actor_at(v, q) >= 0;
            if (!own) m.imposer = -1;
            // (and one with its own facts is asked for: proposed; a bare "seeking a deal" stays
            // unknown, no record of its own)
            if (m.status == "announced" || m.status == "in_force" ||
                (m.status == "unknown" && m.kind != "deal" && (!m.goods.empty() || m.target >= 0 || m.has_rate)))
                m.status = "proposed";
            if (a + 1 < np0 && (v.is(a + 1, "lower") || v.is(a + 1, "higher")))  // (what is asked for: a lower level)
                m.direction = v.is(a + 1, "lower") ? "lower" : "raise";
        }
    }
    // -- "Mexico would seek to lower the 25% tariff on its steel exports": the owner of the goods
    // (object_phrase()), taken as the imposer for being the sentence's subject, is the one the
    // tariff falls on; who imposes it is not said there
    // (and a people's adjective on the goods: "Japan's negotiator ..., seeking to lower the 25%
    // tariff on Japanese cars")
    if (goods_owner < 0 && m.imposer >= 0 && obj1 > obj0 && effort_before(v, s.t0, np0))
        for (uint32_t k = obj0; k < obj1 && k < obj0 + 4; ++k) {
            const int32_t a = sv::actor_at(v, k);
            if (a < 0) continue;
            if ((v.actors[size_t(a)].type == sv::AType::norp || v.actors[size_t(a)].type == sv::AType::gpe) &&
                int32_t(v.actors[size_t(a)].key) == m.imposer)
                goods_owner = m.imposer;
            break;
        }
    if (goods_owner >= 0 && m.imposer == goods_owner && (m.target < 0 || m.target == goods_owner)) {
        m.imposer = -1;
        m.target = goods_owner;
    }
    exempted_from(v, s, np0, m);
    if (m.target >= 0 && m.target == m.imposer) m.target = -1;
    if (m.kind.empty() && !m.generic_coref) return false;
    return true;
}

// A figure of past trade (false: no measure), a measure named again by "The measure ...",
// what "The proposal ..." would do.
bool MentionState::past_trade_and_proposals() {
    // -- "China bought $29 billion of U.S. farm goods last year": a figure of past trade, no
    // measure (it joined the halt of purchases the article is about, "in force, last year");
    // so is a participle's ("India's largest export market, buying goods worth $87 billion last
    // year")
    const bool past_buying = v.is(i, "bought") || v.is(i, "purchased") ||
                             (i > s.t0 && v.is(i - 1, ",") && (v.is(i, "buying") || v.is(i, "purchasing")));
    if (m.kind == "purchase" && tr.verb && m.direction.empty() && past_buying &&
        (m.time.starts_with("last ") || m.time.starts_with("in 1") || m.time.starts_with("in 2"))) {
        bool amount = false;
        for (uint32_t k = i + 1; k < np1 && !amount; ++k) {
            Amount am;
            amount = amount_at(v, k, np1, &am) > 0 && am.money;
        }
        if (amount) return false;
    }

    // "The measure, which takes effect on Jan. 1, will raise tariffs on about 1,400 product lines":
    // what the measure named before does is that measure, over more goods
    if (gverb > int32_t(s.t0) + 1 && uint32_t(gverb) < np0 && m.imposer < 0 && !m.has_rate && m.kind == "tariff" &&
        v.is(s.t0, "the") &&
        (v.is(s.t0 + 1, "measure") || v.is(s.t0 + 1, "bill") || v.is(s.t0 + 1, "law") || v.is(s.t0 + 1, "decree"))) {
        m.coref = true;
        m.extends = true;
    }
    // ("The proposal would also increase duties on steel ...": a measure of its own, whose
    // maker is the last one's who imposes the same kind)
    // ("The package also bans imports of ...": a package's measures are of any kind)
    // (the verb: the one governing the phrase, or the trigger itself, "bans")
    // ("The package includes a ban on ...": the measure is what the package holds)
    const bool included = np0 > s.t0 + 2 && (v.is(np0 - 1, "includes") || v.is(np0 - 1, "include") ||
                                             v.is(np0 - 1, "contains") || v.is(np0 - 1, "contain"));
    if (const int64_t vpos = gverb >= 0 && uint32_t(gverb) < np0 ? int64_t(gverb)
                             : tr.verb                            ? int64_t(i)
                             : included                           ? int64_t(np0 - 1)
                                                                  : -1;
        vpos > int64_t(s.t0) + 1 && m.imposer < 0 && v.is(s.t0, "the") &&
        (v.is(s.t0 + 1, "proposal") || v.is(s.t0 + 1, "plan") || v.is(s.t0 + 1, "legislation") ||
         v.is(s.t0 + 1, "package") || v.is(s.t0 + 1, "sanctions"))) {
        // ("The sanctions include a ban on imports of ...": a package in all but name)
        const bool any_kind = v.is(s.t0 + 1, "package") || v.is(s.t0 + 1, "sanctions");
        for (size_t p = out.size(); p > 0 && m.imposer < 0; --p)
            if ((any_kind || out[p - 1].kind == m.kind) && out[p - 1].imposer >= 0 && out[p - 1].imposer != m.target)
                m.imposer = out[p - 1].imposer;
        // (what a proposal "would" or "will" do is proposed, as the proposal is: not announced)
        if (v.is(s.t0 + 1, "proposal") && m.status == "announced") m.status = "proposed";
    }
    // "Here's what the Commission has announced: ¶ - Tariff-free import quotas cut by 47% ¶ -
    // Out-of-quota tariff doubled to 50%": a list item's measure with no side named is the one the
    // line before the list announces, a place or government body named in it (the line ends in ":")
    if (m.imposer < 0 && si > 0 && s.t1 > s.t0 + 2 && v.toks[s.t0].kind == TK::punct &&
        (v.is(s.t0, "-") || v.is(s.t0, "\xE2\x80\xA2") || v.is(s.t0, "*") || v.is(s.t0, "\xE2\x80\x93"))) {
        uint32_t k = si;
        while (k > 0 && si - k < 12) {
            --k;
            const sv::Sent& p = v.sents[k];
            const bool item = p.t1 > p.t0 && v.toks[p.t0].kind == TK::punct &&
                              (v.is(p.t0, "-") || v.is(p.t0, "\xE2\x80\xA2") || v.is(p.t0, "*") ||
                               v.is(p.t0, "\xE2\x80\x93"));
            if (item) continue;
            if (p.t1 > p.t0 + 1 && v.is(p.t1 - 1, ":"))
                for (uint32_t q = p.t0; q + 1 < p.t1; ++q) {
                    const int32_t a = sv::actor_at(v, q);
                    if (a < 0) continue;
                    const int32_t who = acting_for(v, v.actors[size_t(a)]);
                    if (who >= 0 && governing_key(v, who) && who != m.target) m.imposer = who;
                    break;
                }
            break;
        }
    }
    // "In Australia, the Anti-Dumping Commission imposed duties of A$86 per tonne": a body named
    // without its country (a commission, authority, agency, directorate, ...), in a sentence that
    // opens with "In" and a country, acts for that country
    if (m.imposer >= 0 && v.keys[size_t(m.imposer)].type == sv::AType::org && s.t1 > s.t0 + 4 && v.is(s.t0, "in") &&
        !trade_bloc(v.keys[size_t(m.imposer)].name)) {
        const std::string& name = v.keys[size_t(m.imposer)].name;
        bool body = false;
        for (const char* h : {"Commission", "Authority", "Agency", "Directorate", "Ministry", "Department", "Bureau",
                              "Office", "Tribunal", "Board"})
            body = body || name.find(h) != std::string::npos;
        const int32_t a = sv::actor_at(v, s.t0 + 1);
        if (body && a >= 0 && v.actors[size_t(a)].t0 == s.t0 + 1 && v.actors[size_t(a)].type == sv::AType::gpe &&
            v.is(v.actors[size_t(a)].t1, ",") && int32_t(v.actors[size_t(a)].key) != m.target)
            m.imposer = int32_t(v.actors[size_t(a)].key);
    }
    // "The European Union adopted a new package of sanctions against X. The package targets 40
    // banks. It also bans imports of X steel": "It" opening the sentence, with nobody named before
    // the measure, after a package named in the sentence before or a sanctions record there, is
    // that package (or its maker): the sanctions' imposer bans
    if (m.imposer < 0 && si > 0 && (v.is(s.t0, "it") || v.is(s.t0, "they")) && s.t0 < i) {
        bool named = false;
        for (uint32_t k = s.t0 + 1; k < i && !named; ++k) named = sv::actor_at(v, k) >= 0;
        const sv::Sent& prev = v.sents[si - 1];
        const bool package_before = prev.t1 > prev.t0 + 1 && v.is(prev.t0, "the") &&
                                    (v.is(prev.t0 + 1, "package") || v.is(prev.t0 + 1, "sanctions"));
        if (!named)
            for (size_t p = out.size(); p > 0; --p) {
                const MeasureMention& q = out[p - 1];
                if (q.sent + 2 < si) break;
                if (q.imposer < 0 || q.sent >= si) continue;
                if ((package_before || (q.kind == "sanction" && q.sent + 1 == si)) && q.imposer != m.target)
                    m.imposer = q.imposer;
                break;
            }
    }
    return true;
}

// `part` inside `whole` as whole words ("the U.S.-Mexico-Canada Agreement" in "Canadian goods not
// covered by the U.S.-Mexico-Canada Agreement"; not "semiconductor" in "... containing semiconductors").
bool whole_words_in(std::string_view whole, std::string_view part) {
    if (part.empty()) return false;
    for (size_t at = whole.find(part); at != std::string_view::npos; at = whole.find(part, at + 1)) {
        const size_t e = at + part.size();
        if ((at == 0 || whole[at - 1] == ' ') && (e == whole.size() || whole[e] == ' ' || whole[e] == ',')) return true;
    }
    return false;
}

// The record pushed to out, with a twin per coordinated target and the rates of an elided
// list after it.
void MentionState::push_records() {
    m.t0 = np0;
    m.t1 = np1;
    // ("would remove tariffs on most goods traded between Chile and Peru": the two sides, as a
    // deal's parties are read; one record, not one per place)
    if (m.imposer < 0 && m.kind != "deal" && m.kind != "purchase")
        for (uint32_t k = np0; k + 3 < s.t1 && k < np1 + 12; ++k) {
            if (!v.is(k, "between")) continue;
            const int32_t a = sv::actor_at(v, k + 1);
            if (a < 0 || v.actors[size_t(a)].t0 != k + 1) break;
            const uint32_t e = v.actors[size_t(a)].t1;
            const int32_t b = e + 1 < s.t1 && v.is(e, "and") ? sv::actor_at(v, e + 1) : -1;
            if (b >= 0 && v.actors[size_t(b)].t0 == e + 1 &&
                (m.target < 0 || int32_t(v.actors[size_t(a)].key) == m.target) &&
                v.actors[size_t(a)].type != sv::AType::person && v.actors[size_t(b)].type != sv::AType::person) {
                m.imposer = int32_t(v.actors[size_t(a)].key);
                m.target = int32_t(v.actors[size_t(b)].key);
            }
            break;
        }
    // ("Indonesia to scrap nickel ore export ban? Not yet, minister says", "Will China lift its
    // ban?": a question announces nothing; what it asks about keeps its direction)
    if (m.status == "announced" || m.status == "in_force" || m.status == "lifted") {
        uint32_t q = np1;
        while (q < s.t1 && !v.is(q, "?") && !is_clause_punct(v, q) && !v.is(q, ".")) ++q;
        if (q < s.t1 && v.is(q, "?")) m.status = "unknown";
    }
    // ("an additional 100% tariff ..., on top of any tariff currently paid": "any" measure at all,
    // with nothing of its own, is no measure)
    if (i > s.t0 && (v.is(i - 1, "any") || (i > s.t0 + 1 && v.is(i - 2, "any") && is_word(v, i - 1) &&
                                            !(v.toks[i - 1].flags & sv::cap))) &&
        !m.has_rate && m.goods.empty() && m.direction.empty() && m.time.empty() && m.reason.empty() &&
        m.condition.empty() && m.kind != "deal" && m.kind != "purchase") {  // ("before any deal is signed": a deal's course)
        skip_until = std::max(skip_until, np1);
        return;
    }
    // "the 50% tariff that Washington imposed on most other countries": the rest of the world is
    // no goods, and the measure no record of one side's target
    {
        std::string g;
        for (char c : m.goods) g += char(std::tolower(static_cast<unsigned char>(c)));
        for (const char* lead : {"most ", "all ", "many ", "some ", "the "})
            if (g.rfind(lead, 0) == 0) g.erase(0, std::strlen(lead));
        if (g.rfind("other ", 0) == 0) {
            g.erase(0, 6);
            if (g == "countries" || g == "nations" || g == "trading partners" || g == "partners" || g == "economies") {
                m.goods.clear();
                m.goods_words.clear();
                m.others = true;
            }
        } else if (g == "countries" || g == "nations" || g == "trading partners" || g == "economies") {
            // ("threatened tariffs on countries that regulate American technology firms": a
            // kind of party, no goods)
            m.goods.clear();
            m.goods_words.clear();
        }
        // (or in a clause right after the phrase: "the 50% rate that Washington applies to most
        // other countries")
        for (uint32_t k = np1; k + 2 < s.t1 && k < np1 + 8 && !m.others && m.target < 0; ++k) {
            if (is_clause_punct(v, k) || v.toks[k].kind == TK::quote) break;
            if (!(v.is(k, "to") || v.is(k, "on") || v.is(k, "for"))) continue;
            uint32_t q = k + 1;
            if (v.is(q, "most") || v.is(q, "all") || v.is(q, "many")) ++q;
            if (v.is(q, "other") && (v.is(q + 1, "countries") || v.is(q + 1, "nations") || v.is(q + 1, "economies") ||
                                     (v.is(q + 1, "trading") && v.is(q + 2, "partners"))))
                m.others = true;
        }
    }
    // ("Supreme Court weighs legality of emergency tariffs": a court rules on a tariff, a quota or
    // a deal and never sets one; the subject of a headline about one is not its imposer)
    if (m.imposer >= 0 && size_t(m.imposer) < v.keys.size() && m.kind != "ban") {
        const std::string_view n = v.keys[size_t(m.imposer)].name;
        const size_t sp = n.rfind(' ');
        std::string last(n.substr(sp == std::string_view::npos ? 0 : sp + 1));
        for (char& c : last) c = char(std::tolower(static_cast<unsigned char>(c)));
        if (last == "court" || last == "courts" || last == "tribunal" || last == "judge" || last == "justices")
            m.imposer = -1;
    }
    // ("tariffs on Canadian goods not covered by the U.S.-Mexico-Canada Agreement": a deal named
    // inside the goods of a measure before it in the sentence only says which goods; no record)
    if (m.kind == "deal" && !m.goods.empty())
        for (size_t q = first_in_sentence; q < out.size(); ++q)
            if (out[q].sent == si && out[q].kind != "deal" && whole_words_in(out[q].goods, m.goods)) {
                skip_until = std::max(skip_until, np1);
                return;
            }
    // ("China restricted exports of graphite, requiring exporters to seek a licence for each
    // shipment": the licences are how the control before them works, no second measure)
    if (m.kind == "export_control" && v.lo(i).starts_with("licen"))
        for (size_t q = first_in_sentence; q < out.size(); ++q) {
            if (out[q].sent != si || (out[q].kind != "export_control" && out[q].kind != "ban") || out[q].t1 >= i) continue;
            bool means = false;
            for (uint32_t k = out[q].t1; k + 1 < i && !means; ++k)
                means = v.is(k, ",") && (v.is(k + 1, "requiring") || v.is(k + 1, "which") || v.is(k + 1, "forcing"));
            if (means) {
                skip_until = std::max(skip_until, np1);
                return;
            }
        }
    // ("Japan will tighten restrictions on exports of resist ... Exporters will have to apply for a
    // license for each contract": a licence asked per contract or shipment is how an export
    // control named before it works, no second measure)
    if (m.kind == "export_control" && v.lo(i).starts_with("licen") &&
        (m.goods.starts_with("each ") || m.goods.starts_with("every ")))
        for (size_t q = 0; q < out.size(); ++q)
            if (out[q].kind == "export_control" || out[q].kind == "ban") {
                skip_until = std::max(skip_until, np1);
                return;
            }
    // ("China firmly opposed any measures that restrict Chinese exports", "would oppose any tariffs
    // on its goods": what a party stands against in general is no measure anyone took)
    for (uint32_t k = i + 1; k > s.t0 && i + 1 - k < 6;) {
        --k;
        if (is_clause_punct(v, k) || v.is(k, ",")) break;
        if (!v.is(k, "any") || k == s.t0) continue;
        const std::string_view w = v.lo(k - 1);
        if (w == "oppose" || w == "opposes" || w == "opposed" || w == "opposing" || w == "reject" ||
            w == "rejects" || w == "rejected" || w == "against" || w == "resist" || w == "resists" ||
            w == "resisted" || w == "condemn" || w == "condemns" || w == "condemned") {
            skip_until = std::max(skip_until, np1);
            return;
        }
        break;
    }
    // ("the best deal of any country": a comparison, no deal with anyone)
    // (and "of any country right now")
    const auto any_country = [&](std::string_view g) {
        for (std::string_view p : {"any country", "any other country", "any nation", "any other nation"})
            if (g == p || (g.starts_with(p) && g.size() > p.size() && g[p.size()] == ' ')) return true;
        return false;
    };
    if (m.kind == "deal" && any_country(m.goods)) {
        skip_until = std::max(skip_until, np1);
        return;
    }
    // ("The UK already has a 25% safeguard duty on some steel products above quota": a place that
    // has a rated measure on goods holds it in force)
    if (m.imposer < 0 && m.has_rate && m.kind == "tariff" && np0 > s.t0 + 1) {
        uint32_t h = np0;
        if (v.is(h - 1, "a") || v.is(h - 1, "an") || v.is(h - 1, "its")) --h;
        if (h > s.t0 + 1 && (v.is(h - 1, "has") || v.is(h - 1, "have"))) {
            uint32_t b = h - 1;
            while (b > s.t0 && (v.is(b - 1, "already") || v.is(b - 1, "still") || v.is(b - 1, "now") ||
                                v.is(b - 1, "currently")))
                --b;
            if (const int32_t a = b > s.t0 ? sv::actor_at(v, b - 1) : -1;
                a >= 0 && v.actors[size_t(a)].t1 == b && int32_t(v.actors[size_t(a)].key) != m.target &&
                governing_key(v, int32_t(v.actors[size_t(a)].key))) {
                m.imposer = int32_t(v.actors[size_t(a)].key);
                if (m.status == "unknown") m.status = "in_force";
            }
        }
    }
    // ("The new measure would reduce tariff-free import quotas to 18.3 million tonnes a year, the
    // Commission said": a measure announced with no imposer named is the reporting government's, a
    // place or a government body, when it is not the target)
    if (m.imposer < 0 && (m.status == "announced" || m.status == "proposed" || m.status == "threatened") &&
        (m.kind == "tariff" || m.kind == "quota" || m.kind == "export_control" || m.kind == "ban"))
        if (const int32_t who = trailing_reporter(v, std::max(np1, m.read_end), s.t1);
            who >= 0 && who != m.target && governing_key(v, who))
            m.imposer = who;
    skip_until = std::max(np1, compared_end);
    const std::vector<int32_t> others = coordinated_targets(v, s, m);
    out.push_back(std::move(m));
    // "25% tariffs on Canada and Mexico", "Canada and Mexico face 25% tariffs": the same
    // measure on each place of the pair or list, one record each
    const size_t base = out.size() - 1;
    for (int32_t t : others) {
        MeasureMention twin = out[base];
        twin.target = t;
        out.push_back(std::move(twin));
    }
    elided_list(v, si, out, skip_until);
}

}  // namespace

// The mention whose trigger find_mentions() found at token i of sentence si: its modifiers,
// object, verb and status, subject, reason, condition and time; pushed to `out` (with a twin per
// coordinated target and the rates of an elided list after it) unless it names no measure.
void take_mention(const View& v, uint32_t si, uint32_t i, Trigger& tr, size_t first_in_sentence,
                  std::vector<MeasureMention>& out, uint32_t& skip_until) {
    // ("raised the duty on gold ... in a bid to curb imports and rein in the deficit": a purpose
    // after a measure of the sentence is why it was taken, no restriction of its own)
    if (tr.verb && (tr.vc == VC::restrict || tr.vc == VC::limit) && out.size() > first_in_sentence && i >= 3 &&
        v.is(i - 1, "to") &&
        (v.is(i - 2, "bid") || v.is(i - 2, "effort") || v.is(i - 2, "attempt") || v.is(i - 2, "order") ||
         v.is(i - 2, "efforts") || v.is(i - 2, "aimed") || v.is(i - 2, "intended") || v.is(i - 2, "designed")))
        return;
    MentionState ms(v, si, i, tr, first_in_sentence, out, skip_until);
    ms.trigger_extensions();
    if (!ms.left_modifiers()) return;
    ms.right_side();
    ms.change_amounts();
    if (!ms.object_phrase()) return;
    if (!ms.governing_verb()) return;
    if (!ms.verb_status()) return;
    ms.right_scan();
    ms.status_cues();
    ms.condition_and_reason();
    ms.time_phrase();
    ms.bounds_and_pairs();
    if (!ms.sides_from_sentence()) return;
    if (!ms.past_trade_and_proposals()) return;
    ms.push_records();
}

}  // namespace np::measures
