// measures_find.cpp — finds trade-measure mentions sentence by sentence with hand-written
// matchers over matcher tokens (no regexes). This file is the scan that runs on every token: the
// word lists, verb classes and triggers (a trigger noun or verb, "It takes effect", "face 15%").
// Each trigger found is read by take_mention() in measures_mention.cpp: its modifiers (rate,
// possessor, goods), its object ("on Chinese goods", "of 100 per cent"), the governing verb and
// its modality (status, change), the subject (imposer), causal cues (reason), conditions, time.
// (Two files because the scan is hot and the reading is most of the code: in WebAssembly the
// reading is built for size, CMakeLists.txt.)
//
// Index
//   1. Word lists (grammar, not data: the traded goods and places come from trade-lexicon.json)
//   2. Verb classes and status from verb + modality
//   3. Triggers
//   4. Word classes (by the word bits register_grammar sets)
//   5. find_mentions (and the word registration it relies on)
#include <algorithm>
#include <cstring>
#include <span>

#include "measures_grammar.hpp"

namespace np::measures {

// ---- 1. Word lists -------------------------------------------------------------------------------------
namespace grammar {

const char* const kDet[] = {"the", "a", "an", "that", "this", "these", "those", "such", "its", "their", "his",
    "her", "our", "any", "all", "some", "no", "every", "each", nullptr};
const char* const kCorefDet[] = {"the", "that", "this", "these", "those", "such", nullptr};
const char* const kPossPron[] = {"its", "their", "his", "her", "our", nullptr};
const char* const kPrep[] = {"on", "of", "from", "to", "against", "in", "with", "for", "by", "into", "at",
    "including", "between", "over", "toward", "towards", "like", "than", "as", "under", "about", "after",
    "before", "across", "amid", "onto", "upon", "via", "through", "without", "within", "during", "above", "below",
    "beyond", nullptr};
const char* const kFresh[] = {"new", "further", "additional", "another", "fresh", "extra", "second", "third",
    "more", "other", "separate", nullptr};  // ("other tariffs", "a separate tariff": not the ones named before)
const char* const kAux[] = {"is", "are", "was", "were", "be", "been", "being", "will", "would", "has", "have",
    "had", "could", "may", "might", "should", "can", "must", "shall", "'ll", "do", "does", "did", "not",
    "n't", "never", "also", "still", "already", "now", "then", "just", nullptr};
const char* const kBoundary[] = {"which", "that", "who", "whom", "whose", "after", "because", "citing",
    "prompting", "saying", "as", "while", "amid", "unless", "if", "until", "but", "over", "following",
    "despite", "though", "although", "when", "where", "since", "and", "or", "so", "than", "before",
    "starting", "effective", "under", "through", "during", "within", "whereas", "nor", nullptr};
const char* const kBeVerb[] = {"is", "are", "was", "were", "be", "been", "being", "remains", "remained",
    "remain", "stay", "stays", "stayed", "has", "have", "had", "will", "would", "could", "may", "might",
    "should", "can", "must", "take", "takes", "took", "applies", "apply", "came", "come", "comes", "said",
    "says", "expire", "expires", "expired", nullptr};
const char* const kGeneric[] = {"goods", "good", "products", "product", "imports", "import", "exports", "export",
    "items", "item", "sales", "sale", "shipments", "shipment", "commodities", "commodity", "materials",
    "material", "metals", "metal", "minerals", "mineral", "elements", "element", "chemicals", "trade",
    "all", "other", "most", "certain", "some", "raw", "nearly", "about", "worth", "billion", "million",
    "trillion", "the", "a", "an", "of", "and", "or", "its", "their", "from", "to", "in", "on", nullptr};
const char* const kAnaphoricHead[] = {"materials", "metals", "minerals", "elements", "products", "goods",
    "items", "commodities", "them", "it", "resources", nullptr};
const char* const kTradeFlow[] = {"export", "exports", "import", "imports", "sales", "sale", "shipments",
    "shipment", "shipping", nullptr};
const char* const kNounExt[] = {"level", "levels", "rate", "rates", "regime", "hike", "hikes", "increase",
    "increases", "cut", "cuts", "threat", "threats", "wall", "package", "packages", "programme", "program",
    "list", "commitment", "commitments", "plan", "plans", "measure", "measures", "policy", "policies",
    "order", "orders", "relief", "exemption", "exemptions", "requirement", "requirements", "system", "scheme",
    "ceiling", "ceilings", nullptr};  // ("export licensing requirements on ...", "the quota system", "a 15% tariff ceiling on")

bool is_word(const View& v, uint32_t i) { return i < v.toks.size() && v.toks[i].kind == TK::word; }
bool is_clause_punct(const View& v, uint32_t i) {
    std::string_view w = v.lo(i);
    return w == "," || w == ";" || w == ":" || w == "." || w == "(" || w == ")" || w == "—" || w == "–" ||
           w == "!" || w == "?" || w == "\xe2\x80\x94" || w == "\xe2\x80\x93";
}

// ---- 2. Verb classes --------------------------------------------------------------------------------

// Matches inflections of a base verb: base, base+s/es/d/ed/ing, doubled consonant, y->ied.
bool verb_form(std::string_view w, std::string_view base) {
    if (w.size() < base.size() || w.compare(0, base.size(), base) != 0) {
        // base ending in 'e' drops it before -ing; base ending in y -> ied/ies
        if (!base.empty() && base.back() == 'e' && w.size() + 1 == base.size() + 3 &&
            w.compare(0, base.size() - 1, base.substr(0, base.size() - 1)) == 0 && w.substr(base.size() - 1) == "ing")
            return true;
        if (!base.empty() && base.back() == 'y' && w.size() == base.size() + 2 &&
            w.compare(0, base.size() - 1, base.substr(0, base.size() - 1)) == 0 &&
            (w.substr(base.size() - 1) == "ied" || w.substr(base.size() - 1) == "ies"))
            return true;
        return false;
    }
    std::string_view rest = w.substr(base.size());
    if (rest.empty() || rest == "s" || rest == "es" || rest == "ed" || rest == "ing") return true;
    if (rest == "d") return base.back() == 'e';  // "band" is no form of "ban"
    // doubled final consonant: cut -> cutting, slap -> slapped, ban -> banned
    if (rest.size() >= 3 && rest[0] == base.back() && (rest.substr(1) == "ed" || rest.substr(1) == "ing")) return true;
    return false;
}

struct VerbDef { const char* base; VC cls; };
const VerbDef kVerbs[] = {
    {"impose", VC::impose}, {"slap", VC::impose}, {"levy", VC::impose}, {"introduce", VC::impose},
    {"place", VC::impose}, {"put", VC::impose}, {"charge", VC::impose}, {"apply", VC::impose},
    {"reimpose", VC::impose}, {"reinstate", VC::impose}, {"restore", VC::impose}, {"reintroduce", VC::impose},
    {"resume", VC::impose}, {"retaliate", VC::impose}, {"enforce", VC::impose}, {"implement", VC::impose},
    {"hit", VC::impose}, {"target", VC::impose}, {"expand", VC::raise}, {"tighten", VC::raise},
    {"widen", VC::raise}, {"broaden", VC::raise},
    {"announce", VC::announce}, {"unveil", VC::announce}, {"adopt", VC::announce}, {"approve", VC::announce},
    {"agree", VC::announce}, {"decide", VC::announce}, {"order", VC::announce}, {"authorize", VC::announce},
    {"authorise", VC::announce}, {"propose", VC::announce}, {"threaten", VC::announce}, {"pass", VC::announce},
    {"vow", VC::announce}, {"confirm", VC::announce}, {"promise", VC::announce},
    {"raise", VC::raise}, {"increase", VC::raise}, {"hike", VC::raise}, {"boost", VC::raise},
    {"lift", VC::remove}, {"lower", VC::lower}, {"cut", VC::lower}, {"reduce", VC::lower}, {"slash", VC::lower},
    {"ease", VC::lower}, {"trim", VC::lower}, {"loosen", VC::lower}, {"relax", VC::lower},
    {"halve", VC::halve}, {"double", VC::double_}, {"triple", VC::triple},
    {"remove", VC::remove}, {"scrap", VC::remove}, {"drop", VC::remove}, {"end", VC::remove},
    {"eliminate", VC::remove}, {"abolish", VC::remove}, {"repeal", VC::remove}, {"withdraw", VC::remove},
    {"rescind", VC::remove}, {"revoke", VC::remove}, {"waive", VC::remove},
    {"invalidate", VC::remove}, {"overturn", VC::remove}, {"annul", VC::remove}, {"reverse", VC::remove},
    {"suspend", VC::suspend}, {"pause", VC::suspend}, {"freeze", VC::suspend}, {"delay", VC::suspend},
    {"postpone", VC::suspend}, {"halt", VC::suspend},
    {"keep", VC::keep}, {"maintain", VC::keep}, {"retain", VC::keep}, {"extend", VC::keep},
    {"reach", VC::deal_done}, {"sign", VC::deal_done}, {"strike", VC::deal_done}, {"seal", VC::deal_done},
    {"conclude", VC::deal_done}, {"finalise", VC::deal_done}, {"finalize", VC::deal_done},
    {"consummate", VC::deal_done}, {"complete", VC::deal_done}, {"close", VC::deal_done},
    {"consider", VC::propose}, {"weigh", VC::propose}, {"mull", VC::propose}, {"study", VC::propose},
    {"eye", VC::propose}, {"discuss", VC::propose}, {"prepare", VC::propose}, {"offer", VC::propose},
    {"renegotiate", VC::propose}, {"recommend", VC::propose},
    {"buy", VC::purchase}, {"purchase", VC::purchase}, {"import", VC::purchase},
    {"restrict", VC::restrict}, {"curb", VC::restrict}, {"block", VC::restrict},
    {"ban", VC::ban}, {"sanction", VC::sanction}, {"limit", VC::limit}, {"cap", VC::limit},
    {nullptr, VC::none}};

VC verb_class(std::string_view w) {
    if (w.size() < 3) return VC::none;
    if (w == "bought") return VC::purchase;
    if (w == "struck") return VC::deal_done;
    if (w == "kept") return VC::keep;
    if (w == "withdrew" || w == "withdrawn") return VC::remove;
    if (w == "froze" || w == "frozen") return VC::suspend;
    if (w == "reverse") return VC::none;  // (an adjective too: "a reverse takeover", "reverse repos")
    for (const auto* d = kVerbs; d->base; ++d)
        if (verb_form(w, d->base)) return d->cls;
    return VC::none;
}

bool is_past(std::string_view w) {
    // (a present whose stem ends in "eed" is no past: "to proceed with tariffs", "exceed")
    if (w == "proceed" || w == "succeed" || w == "exceed" || w == "need" || w == "feed" || w == "heed" ||
        w == "speed" || w == "breed")
        return false;
    if (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) return true;
    return w == "cut" || w == "put" || w == "hit" || w == "bought" || w == "struck" || w == "kept" ||
           w == "withdrew" || w == "withdrawn" || w == "froze" || w == "frozen" || w == "set" || w == "took";
}
bool is_ing(std::string_view w) { return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0; }

// "May" the month, not the modal: capitalized after a word that takes a time ("in May", "since
// May", "last May") or before a day or year ("May 7", "May 2025"). A headline's "U.S. May Lift
// Sanctions" is the modal.
bool month_may(const View& v, uint32_t j) {
    if (!(v.toks[j].flags & sv::cap)) return false;
    if (j + 1 < v.toks.size() && v.toks[j + 1].kind == TK::number) return true;
    static const char* const kBefore[] = {"in", "since", "from", "until", "till", "by", "of", "last", "next", "early",
                                          "late", "mid", "on", "through", "during", "before", "after", "to", nullptr};
    return j > 0 && sv::in_list(v.lo(j - 1), kBefore);
}

uint32_t before_time_adverbs(const View& v, uint32_t i, uint32_t lo) {
    uint32_t b = i;
    while (b > lo && b + 3 > i && (v.is(b - 1, "currently") || v.is(b - 1, "now") || v.is(b - 1, "already") ||
                                   v.is(b - 1, "also") || v.is(b - 1, "still")))
        --b;
    return b;
}

int32_t coordinated_infinitive(const View& v, uint32_t lo_bound, uint32_t verb) {
    if (verb < lo_bound + 4 || !v.is(verb - 1, "to") || !v.is(verb - 2, "and")) return -1;
    for (uint32_t j = verb - 2; j > lo_bound + 1 && verb - j < 40;) {
        --j;
        const std::string_view w = v.lo(j);
        if (w == ";" || w == ":" || v.toks[j].kind == TK::quote) return -1;  // ("Nov." is no end)
        if (v.is(j - 1, "to") && tok_vc(v, j) != VC::none && !(v.toks[j].flags & sv::cap)) return int32_t(j);
    }
    return -1;
}


// Only adverbs in [a, b): "had [initially] proposed", "had [already] imposed".
bool adverbs_between(const View& v, uint32_t a, uint32_t b) {
    if (a >= b || b - a > 2) return false;
    for (uint32_t q = a; q < b; ++q) {
        const std::string_view w = v.lo(q);
        if (v.toks[q].kind != TK::word || (v.toks[q].flags & sv::cap)) return false;
        if (!(w.size() > 4 && w.ends_with("ly")) && w != "first" && w != "already" && w != "also" && w != "earlier" &&
            w != "just" && w != "long" && w != "once")
            return false;
    }
    return true;
}

void scan_modality(const View& v, uint32_t lo_bound, uint32_t verb, Modality& m) {
    // "threatened to impose a 100% tariff ..., on top of ..., and to impose export controls":
    // the second infinitive has the first one's modality, however far its object ran
    if (const int32_t first = coordinated_infinitive(v, lo_bound, verb); first >= 0) {
        scan_modality(v, lo_bound, uint32_t(first), m);
        return;
    }
    // ("remains committed to reaching a deal", "hopes of reaching", "aimed at lowering", "work
    // towards removing": a course aimed at, not taken)
    if (verb > lo_bound + 1 && is_ing(v.lo(verb))) {
        const std::string_view p = v.lo(verb - 1), pp = v.lo(verb - 2);
        if ((p == "to" && (pp == "committed" || pp == "close" || pp == "closer" || pp == "near" || pp == "nearer" ||
                           pp == "dedicated" || pp == "commitment" || pp == "key")) ||
            (p == "of" && (pp == "hopes" || pp == "hope" || pp == "prospect" || pp == "prospects" || pp == "goal" ||
                           pp == "aim" || pp == "chance" || pp == "chances" || pp == "possibility")) ||
            (p == "at" && (pp == "aimed" || pp == "aiming")) || p == "toward" || p == "towards")
            m.want = true;
    }
    // "The U.S. currently imposes ...", "which expands ...": after a name, a pronoun, a relative
    // or an adverb an "-s" form is the verb ("wage increases", "shipping bans" are nouns)
    if (verb > lo_bound) {
        const uint32_t p = verb - 1;
        static const char* const kBefore[] = {"it", "he", "she", "which", "that", "who", "currently", "now", "still",
                                              "also", "already", "effectively", "officially", "formally", nullptr};
        m.finite_present = sv::actor_at(v, p) >= 0 || sv::in_list(v.lo(p), kBefore);
    }
    uint32_t steps = 0, limit = 9;
    for (uint32_t j = verb; j > lo_bound && steps < limit; ++steps) {
        --j;
        std::string_view w = v.lo(j);
        // A verb coordinated with an earlier one shares its modal: "Japan will invest $550
        // billion in the United States and cut its tariff", "agreed to buy ... and to cut".
        if (w == "and" && (j + 1 == verb || (j + 2 == verb && v.is(j + 1, "to")))) limit = 24;
        // (a few quoted words holding the verb are the clause's own: threatened a "massive
        // increase" of tariffs)
        if (v.toks[j].kind == TK::quote && verb - j <= 4) {
            bool closes = false;
            for (uint32_t q = verb + 1; q < v.toks.size() && q <= verb + 3 && !closes; ++q)
                closes = v.toks[q].kind == TK::quote;
            if (closes) continue;
        }
        if (w == ";" || w == "." || w == ":" || v.toks[j].kind == TK::quote) break;
        if (w == "," && steps > 2) break;
        if (w == "that" && j > lo_bound) {
            // "warned that it could retaliate": a warning plus a modal is a threat
            std::string_view p = v.lo(j - 1);
            if ((p == "warned" || p == "warns" || p == "warning") && (m.maybe || m.future)) m.threat = true;
        }
        // ("proposed to cut the volume of steel that can enter the bloc tariff-free and to raise
        // the duty": in a coordinated scan, a relative clause after a noun is passed over)
        if ((w == "that" || w == "which") && limit == 24 && j > lo_bound + 1 && v.toks[j - 1].kind == TK::word &&
            !(v.toks[j - 1].flags & sv::cap) && !sv::is_speech_verb(v.lo(j - 1)) && !tok_aux(v, j - 1) &&
            tok_vc(v, j - 1) == VC::none && !tok_prep(v, j - 1) && !v.is(j - 1, "so") && !v.is(j - 1, "and") &&
            !v.is(j - 1, "such") && !v.is(j - 1, "now"))
            continue;
        // ("close to a trade agreement that would lower U.S. tariffs": what a deal would do is
        // its proposal, not yet done; "will" after a deal made is its plan)
        if ((w == "that" || w == "which") && j > lo_bound && m.future && v.is(j + 1, "would")) {
            static const char* const kDealNoun[] = {"deal", "agreement", "pact", "accord", "framework", "proposal",
                                                    "plan", "bill", "package", "offer", nullptr};
            if (sv::in_list(v.lo(j - 1), kDealNoun)) m.propose = true;
        }
        if (w == "unless" || w == "if" || w == "that" || w == "which" || w == "because" || w == "while" ||
            w == "but" || w == "until" || w == "when")
            break;
        // ("The proposal comes weeks after Canada tightened its quotas": a clause of its own
        // from "after" or "since" with a subject; the words before it do not qualify its verb)
        if ((w == "after" || w == "since") && j + 1 < verb &&
            (sv::actor_at(v, j + 1) >= 0 || v.is(j + 1, "it") || v.is(j + 1, "they") || v.is(j + 1, "he") ||
             v.is(j + 1, "she") || v.is(j + 1, "we")))
            break;
        if (w.size() >= 8 && w.compare(0, 8, "threaten") == 0) m.threat = true;
        else if (w.compare(0, std::min<size_t>(w.size(), 6), "propos") == 0 && w.size() >= 6) m.propose = true;
        else if (w.size() >= 8 && w.compare(0, 8, "consider") == 0) m.propose = true;
        else if (w == "weighing" || w == "mulling" || w == "plans" || w == "planned" || w == "planning" ||
                 w == "plan" || w == "seeks" || w == "sought" || w == "seeking" || w == "bill" || w == "draft" ||
                 w == "offered" || w == "offers" || w == "offering" || w == "offer" ||  // "has offered to lower tariffs"
                 w == "ready" ||                                                        // "was ready to buy"
                 w == "preparing" || w == "prepares" || (w == "prepared" && v.is(j + 1, "to")) ||
                 w == "whether")  // "has until April to decide whether to impose definitive duties"
            m.propose = true;
        else if (w == "expects" || w == "expected" || w == "expect" || w == "expecting" || w == "likely" ||
                 w == "poised" || w == "hopes" || w == "hoped")
            m.expect = true;
        else if ((w == "may" && !month_may(v, j)) ||  // "in May" is the month
                 w == "might" || w == "could" || w == "possibly" || w == "perhaps" ||
                 w == "probably")  // ("said it would probably impose tariffs")
            m.maybe = true;
        else if (w == "will" || w == "would" || w == "'ll" || w == "shall" || w == "going" || w == "set" ||
                 w == "due" || w == "vowed" || w == "vows" || w == "pledged" || w == "pledges" ||
                 ((w == "agreed" || w == "agrees" || w == "agree") && v.is(j + 1, "to")))  // "agreed to cut"
            m.future = true;
        else if (w == "had" && (j + 1 == verb || adverbs_between(v, j + 1, verb))) m.pluperfect = true;
        else if (w == "has" || w == "have") m.perfect = true;
        // ("Canadian goods not covered by the USMCA face ...": the subject's bound, no denial)
        else if (w == "not" && (v.is(j + 1, "covered") || v.is(j + 1, "included") || v.is(j + 1, "listed") ||
                                v.is(j + 1, "exempted") || v.is(j + 1, "compliant")) &&
                 (v.is(j + 2, "by") || v.is(j + 2, "under") || v.is(j + 2, "in") || v.is(j + 2, "with") ||
                  v.is(j + 2, "from")))
            continue;
        else if (w == "not" || w == "n't" || w == "never" || w == "no" || w == "unable" ||
                 ((w == "failed" || w == "fail" || w == "fails") && v.is(j + 1, "to")))  // "was unable to reach a deal"
            m.negated = true;
        else if (w == "wants" || w == "want" || w == "wanted" || w == "urged" || w == "urges" || w == "demands" ||
                 w == "demanded" || w == "presses" || w == "pressed" || w == "asked" ||
                 // ("called on Washington to ...", "calls for", "were called to sign"; not "called
                 // Washington's decision to double tariffs unfair", which names the decision)
                 ((w == "called" || w == "calls") &&
                  (v.is(j + 1, "on") || v.is(j + 1, "for") || v.is(j + 1, "upon") || v.is(j + 1, "to"))) ||
                 w == "ask" || w == "asks" || w == "asking" || w == "urge" || w == "urging" ||
                 // ("U.S. pressing Mexico to curb Chinese imports")
                 // (the verb, not "a press release", "a Dutch press report")
                 (w == "press" && j > 0 && (tok_aux(v, j - 1) || v.is(j - 1, "to") || v.is(j - 1, "also"))) ||
                 // (and its object next: "pressing Mexico to", not "a pressing need to")
                 ((w == "pressing" || w == "pushing" || w == "pushed" || w == "pushes") && j + 1 < v.toks.size() &&
                  ((v.toks[j + 1].flags & sv::cap) || v.is(j + 1, "the") || v.is(j + 1, "for") || v.is(j + 1, "its") ||
                   v.is(j + 1, "their") || v.is(j + 1, "it") || v.is(j + 1, "them") || v.is(j + 1, "him") ||
                   v.is(j + 1, "her"))) ||
                 w == "request" || w == "requests" || w == "requested")  // "we ask the US to postpone the tariff"
            m.want = true;
        else if (w == "warned" || w == "warns") m.threat = m.threat || false;  // needs a modal too
        if (w == "warned" || w == "warns" || w == "warning") {
            // "warned that it could retaliate with duties": a warning plus a modal is a threat
            m.threat = m.threat || m.maybe || m.future;
        }
    }
}

const char* direction_of(VC c) {
    switch (c) {
        case VC::raise: return "raise";
        case VC::lower: return "lower";
        case VC::halve: return "halve";
        case VC::double_: return "double";
        case VC::triple: return "triple";
        case VC::remove: return "remove";
        case VC::suspend: return "suspend";
        case VC::impose: case VC::ban: case VC::sanction: case VC::restrict: case VC::limit: return "impose";
        default: return "";
    }
}

// Status of a mention from its governing verb class, the verb's form and its modality.
std::string status_of(VC c, std::string_view verb, const Modality& m, const std::string& kind) {
    if (m.negated || m.want) return "unknown";
    if (m.threat) return "threatened";
    if (m.propose) return "proposed";
    bool change = c == VC::raise || c == VC::lower || c == VC::halve || c == VC::double_ || c == VC::triple ||
                  c == VC::remove;
    if (m.expect || m.maybe) return change || c == VC::suspend ? "expected_change" : "proposed";
    switch (c) {
        case VC::suspend: return "suspended";
        case VC::keep: return "in_force";
        case VC::remove:
            if (m.future) return "announced";
            return is_past(verb) || m.perfect ? "lifted" : (is_ing(verb) ? "unknown" : "announced");
        case VC::announce:
            // ("Beijing vows countermeasures": a vowed measure is a threat)
            if (verb.compare(0, 8, "threaten") == 0 || verb.compare(0, 3, "vow") == 0) return "threatened";
            if (verb.compare(0, 6, "propos") == 0) return "proposed";
            // ("the 60% tariff Trump had promised during his campaign": a promise is a plan put
            // forward, not one decided)
            if (verb.compare(0, 6, "promis") == 0) return "proposed";
            // ("The European Union adopted its 19th package of sanctions": sanctions adopted apply
            // as adopted, unlike a tariff "approved" to start later; a later time still says so)
            if (kind == "sanction" && (verb == "adopted" || verb == "adopts") && !m.future) return "in_force";
            return "announced";
        case VC::deal_done:
        case VC::purchase:
            if (kind == "purchase" && (is_past(verb) || m.perfect) && !m.future) return "in_force";
            return "announced";
        case VC::none: return "unknown";
        case VC::propose: return "proposed";
        default:
            if (m.future) return "announced";
            if (is_ing(verb)) return "unknown";
            // "The U.S. currently imposes 25% tariffs on ...": the present of a measure in the
            // body text is its state (headlines, which tell past news in the present, are read
            // apart by the caller)
            if (m.finite_present && verb.size() > 3 && verb.back() == 's' && verb[verb.size() - 2] != 's' && !m.perfect)
                return "in_force";
            return is_past(verb) || m.perfect ? "in_force" : "announced";
    }
}

// Trigger nouns (their inflections as written): a token without one of these words or a measure
// verb form is skipped before any string comparison.
const char* const kTriggerNouns[] = {"tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "taxes",
    "surtax", "surtaxes", "surcharge", "surcharges", "exemption", "exemptions",
    "countermeasure", "countermeasures", "fee", "fees", "quota", "quotas", "embargo", "embargoes",
    "prohibition", "prohibitions", "sanction", "sanctions", "blacklist", "list", "penalty", "penalties", "purchases", "purchase",
    "deal", "deals", "agreement", "agreements", "pact", "truce", "transaction", "transactions", "takeover", "framework",
    "acquisition", "merger", "transfer", "measure", "measures", "move", "rules", "controls", "control", "restrictions",
    "restriction", "curbs", "licence", "licences", "license", "licenses", "licensing", "permits", "cap", "caps",
    "ban", "bans", "rate", "rates", "safeguard", "safeguards", "investigation", "investigations", "probe", "probes",
    "taxed",  // (a verb, "will be taxed at 15%": no verb class of its own to let it through)
    "preferences", "status",  // ("trade preferences", "preferential trade status")
    "deposit", "deposits",    // ("a 75.8% anti-dumping deposit")
    nullptr};

// The class register_grammar stored per word: the same answer as verb_class(), one bit test
// instead of ~90 inflection checks.
VC tok_vc(const View& v, uint32_t i) {
    const VC c = v.models && v.models->loaded ? VC((v.toks[i].info & sv::wi_verb_mask) >> sv::wi_verb_shift)
                                              : verb_class(v.lo(i));
    // "the Supreme Court struck down the tariffs": a court's removal, no deal struck
    if (c == VC::deal_done && i + 1 < v.toks.size() && v.is(i + 1, "down") &&
        (v.is(i, "struck") || v.is(i, "strike") || v.is(i, "strikes") || v.is(i, "striking")))
        return VC::remove;
    // "Mercosur's 35% tariff on European cars will be phased out": phasing out removes
    if (c == VC::none && i + 1 < v.toks.size() && v.is(i + 1, "out") && !(v.toks[i].flags & sv::cap) &&
        (v.is(i, "phased") || v.is(i, "phase") || v.is(i, "phases") || v.is(i, "phasing")))
        return VC::remove;
    // "the EU will open quotas for South American beef": opening a quota sets one up
    if (c == VC::none && !(v.toks[i].flags & sv::cap) &&
        (v.is(i, "open") || v.is(i, "opens") || v.is(i, "opened") || v.is(i, "opening")))
        for (uint32_t k = i + 1; k < v.toks.size() && k <= i + 3; ++k)
            if (v.is(k, "quota") || v.is(k, "quotas")) return VC::impose;
    // "its long-delayed trade agreement", "a much-delayed deal": an adjective, no verb
    if (c != VC::none && (v.toks[i].flags & sv::hyphen_before) && i > 0) {
        const std::string_view p = v.lo(i - 1);
        if (p == "long" || p == "much" || p == "often" || p == "oft" || p == "twice" || p == "repeatedly") return VC::none;
    }
    // "a 25% tariff weighed on demand", "tariffs weigh heavily on exporters": a burden, no plan
    if (c == VC::propose && v.lo(i).starts_with("weigh") && i + 1 < v.toks.size() &&
        (v.is(i + 1, "on") || v.is(i + 1, "heavily") || v.is(i + 1, "down")))
        return VC::none;
    // "The rate is lower than the 32% duty": a comparison, no change
    if (c == VC::lower && i + 1 < v.toks.size() && v.is(i + 1, "than")) return VC::none;
    // "triple-digit duties", "double-digit tariffs": a size, no change
    if ((c == VC::triple || c == VC::double_) && i + 1 < v.toks.size() && (v.toks[i + 1].flags & sv::hyphen_before) &&
        (v.is(i + 1, "digit") || v.is(i + 1, "digits")))
        return VC::none;
    return c;
}

// ---- 3. Triggers -------------------------------------------------------------------------------------
// "copper will keep flowing without tariffs", "enter without paying duties", "without any new
// tariffs": a duty that is not there (as "without a trade deal" is no deal)
bool after_without(const View& v, uint32_t i) {
    if (i >= 1 && v.is(i - 1, "without")) return true;
    // ("staving off triple-digit duties", "to avoid higher duties": duties kept away, none there;
    // but a rate names a measure that was set or threatened: "to avoid anti-dumping duties of 17%")
    double x;
    uint32_t xn;
    if (i + 2 < v.toks.size() && v.is(i + 1, "of") && sv::percent_at(v, i + 2, uint32_t(v.toks.size()), x, xn))
        return false;
    for (uint32_t b = i, n = 0; b > 0 && n < 4; --b, ++n) {
        const std::string_view p = v.lo(b - 1);
        if (p == "off" && b >= 2 && (v.is(b - 2, "stave") || v.is(b - 2, "staved") || v.is(b - 2, "staving") ||
                                     v.is(b - 2, "staves") || v.is(b - 2, "ward") || v.is(b - 2, "warded") ||
                                     v.is(b - 2, "warding")))
            return true;
        if (p == "avoid" || p == "avoiding" || p == "evade" || p == "evading" || p == "dodge" || p == "dodging" ||
            p == "escape" || p == "escaping")
            return true;
        // (whose duties: "to avoid U.S. duties", "avoiding Trump's tariffs")
        if (!(p == "higher" || p == "new" || p == "any" || p == "the" || p == "additional" || p == "steep" ||
              p == "punitive" || p == "'s" || (v.toks[b - 1].flags & sv::cap) ||
              (v.toks[b - 1].flags & sv::hyphen_before) || (v.toks[b].flags & sv::hyphen_before)))
            break;
    }
    if (i < 2 || !v.is(i - 2, "without")) return false;
    static const char* const kBetween[] = {"any", "paying", "facing", "new", "additional", "extra", "higher",
        "import", "customs", nullptr};
    return in_list(v.lo(i - 1), kBetween);
}

bool followed_by_free(const View& v, uint32_t i) {
    return i + 1 < v.toks.size() && (v.toks[i + 1].flags & sv::hyphen_before) &&
           (v.lo(i + 1) == "free" || v.lo(i + 1) == "exempt");
}

// "1,400 tariff lines", "tariff codes", "the tariff schedule": the customs classification, no
// measure. And "a tariff-rate quota" (a quota with a lower duty inside it): the quota is the
// measure, its noun two words on.
bool tariff_classification(const View& v, uint32_t i) {
    if (i + 1 >= v.toks.size()) return false;
    const std::string_view n = v.lo(i + 1);
    // ("tariff-rate quotas", "tariff rate quotas": the quota's name)
    if (n == "rate" && (v.is(i + 2, "quota") || v.is(i + 2, "quotas"))) return true;
    return n == "line" || n == "lines" || n == "code" || n == "codes" || n == "heading" || n == "headings" ||
           n == "classification" || n == "classifications" || n == "schedule" || n == "schedules" ||
           n == "nomenclature";
}

// "help Moscow evade sanctions", "to avoid the tariffs": who evades a measure is its target,
// and the verb is no modifier of the measure's noun.
bool evades(std::string_view w) {
    static constexpr std::string_view kBases[] = {"evade", "circumvent", "skirt", "dodge", "bypass", "sidestep",
                                                  "avoid", "breach", "violate", "bust", "avert", "escape"};
    for (std::string_view b : kBases)
        if (verb_form(w, b)) return true;
    return false;
}

// "a response to the auto levy", "retaliation for the duties": token k opens what a response
// answers; the measure after it is no part of the phrase before, nor governed by its verb.
bool answers_measure(const View& v, uint32_t k, uint32_t t0) {
    if (k <= t0) return false;
    if (v.is(k, "to") && (v.is(k - 1, "response") || v.is(k - 1, "responses") || v.is(k - 1, "reply") ||
                          v.is(k - 1, "answer")))
        return true;
    return (v.is(k, "to") || v.is(k, "for") || v.is(k, "against")) && v.is(k - 1, "retaliation");
}

// Is there a trade-flow noun (exports, sales, ...) among the next few tokens?
bool flow_ahead(const View& v, uint32_t i, uint32_t end, uint32_t n) {
    for (uint32_t j = i; j < end && j < i + n; ++j) {
        if (in_list(v.lo(j), kTradeFlow)) return true;
        if (is_clause_punct(v, j)) return false;
    }
    return false;
}

// A tariff, duty or levy named in token i's sentence or the `back` before (two unless told): "the
// 30% rate" is then a tariff rate ("a 15% rate will apply to cars, down from the 27.5% levy"), not
// a growth rate (two: "Steel faces a 50% tariff. Cars face 25%, and copper 50%. Lumber faces 10%.").
bool tariff_nearby(const View& v, uint32_t i, size_t back = 2) {
    if (i >= v.tok_sent.size() || v.tok_sent[i] < 0) return false;
    const size_t s = size_t(v.tok_sent[i]);
    const uint32_t from = v.sents[s > back ? s - back : 0].t0, to = v.sents[s].t1;
    for (uint32_t k = from; k < to && k < v.toks.size(); ++k) {
        const std::string_view w = v.lo(k);
        if ((w == "tariff" || w == "tariffs" || w == "duty" || w == "duties" || w == "levy" || w == "levies" ||
             w == "surtax" || w == "surtaxes") &&
            sv::actor_at(v, k) < 0)  // (not "Levy predicts GNP will grow at a 1.5 pct rate")
            return true;
    }
    return false;
}

// Whether token i stands inside a quotation opened earlier in its sentence (double marks
// counted from the sentence's start; a quotation opened in an earlier sentence is not seen).
bool in_quotation(const View& v, uint32_t i) {
    if (i >= v.tok_sent.size() || v.tok_sent[i] < 0) return false;
    bool in = false;
    for (uint32_t k = v.sents[size_t(v.tok_sent[i])].t0; k < i; ++k)
        if (v.toks[k].kind == TK::quote && !(v.toks[k].flags & sv::single_q)) in = !in;
    return in;
}

// "It takes effect on January 1", "They came into force in May": a pronoun opening a sentence
// with a verb of entry into force names the measure just reported (merged as "the measure" is).
bool pronoun_in_force_at(const View& v, uint32_t i, uint32_t end) {
    const std::string_view w = v.lo(i);
    if (w != "it" && w != "they") return false;
    if (i > 0 && v.tok_sent[i - 1] == v.tok_sent[i] && v.toks[i - 1].kind != TK::quote) return false;
    uint32_t k = i + 1;
    if (k < end && (v.is(k, "will") || v.is(k, "would") || v.is(k, "is") || v.is(k, "are"))) ++k;
    if (k < end && (v.is(k - 1, "is") || v.is(k - 1, "are"))) {
        if (!(v.is(k, "due") || v.is(k, "set") || v.is(k, "expected"))) return false;
        if (!v.is(k + 1, "to")) return false;
        k += 2;
    }
    if (k + 1 >= end) return false;
    const std::string_view verb = v.lo(k), obj = v.lo(k + 1);
    if ((verb == "take" || verb == "takes" || verb == "took") && obj == "effect") return true;
    if ((verb == "come" || verb == "comes" || verb == "came" || verb == "go" || verb == "goes" || verb == "went") &&
        obj == "into" && k + 2 < end && (v.is(k + 2, "force") || v.is(k + 2, "effect")))
        return true;
    return false;
}

// "tariff truce", "tariff talks", "the tariff war", "tariff revenue", "the tariff commission": the
// word names what a truce, talks, money or a body are about, no measure of its own (the truce is a deal: a trigger itself).
bool modifies_other_noun(const View& v, uint32_t i, uint32_t end) {
    static const char* const kHeads[] = {"truce", "talks", "war", "wars", "dispute", "disputes", "fight", "negotiations",
        "negotiators", "row", "spat", "standoff", "battle", "revenue", "revenues", "income", "receipts", "uncertainty",
        "tensions", "deal", "deals", "agreement", "agreements", "pact", "accord",  // ("a tariff deal": the deal's)
        "sales",  // ("traditional tariff sales": a utility's sales at its published tariffs)
        "commission", "office", "board", "committee", "bureau", "agency",  // ("its tariff commission": a body)
        "deadline", "deadlines", nullptr};  // ("as the tariff deadline nears": a date, no measure)
    return i + 1 < end && v.toks[i + 1].kind == TK::word && !(v.toks[i + 1].flags & sv::cap) &&
           in_list(v.lo(i + 1), kHeads);
}

// "exporting", "importing", "shipping", "buying" right after "stop" ("stop selling cut-price
// chips" is a company's or a pact's pricing, too often no measure).
bool halts_flow_verb(const View& v, uint32_t i) {
    return i < v.toks.size() &&
           (v.is(i, "exporting") || v.is(i, "importing") || v.is(i, "shipping") || v.is(i, "buying"));
}
// The subject of "stop" at i is a name or a pronoun: "China said it would stop", "Beijing will
// stop" (after auxiliaries and "also"; not "the quake will stop").
bool stop_subject(const View& v, uint32_t i) {
    uint32_t k = i;
    while (k > 0 && k + 4 > i && (tok_aux(v, k - 1) || v.is(k - 1, "to") || v.is(k - 1, "agreed") ||
                                  v.is(k - 1, "agrees") || v.is(k - 1, "plans") || v.is(k - 1, "also")))
        --k;
    if (k == 0 || k == i) return false;
    if (sv::actor_at(v, k - 1) >= 0 || v.is(k - 1, "it") || v.is(k - 1, "they")) return true;
    // ("China has told state-owned grain traders to stop buying": the one who orders the stop)
    if (!v.is(k, "to")) return false;
    for (uint32_t q = k - 1; q > 0 && q + 6 > k; --q) {
        if (is_clause_punct(v, q)) return false;
        if (!(v.is(q, "told") || v.is(q, "ordered") || v.is(q, "instructed") || v.is(q, "directed"))) continue;
        uint32_t b = q;
        while (b > 0 && (tok_aux(v, b - 1) || v.is(b - 1, "has") || v.is(b - 1, "have") || v.is(b - 1, "had")))
            --b;
        return b > 0 && (sv::actor_at(v, b - 1) >= 0 || v.is(b - 1, "it") || v.is(b - 1, "they"));
    }
    return false;
}

// Traders, not a government, as the subject of a halt or a limit at i: "Brazilian coffee exporters
// said they had halted new sales to American roasters" is a business's choice, no export control.
// A plural trade noun before the verb in its sentence, no name of a place or body between them
// ("exporters said Beijing had halted purchases": Beijing's halt; "told traders to stop": the
// one who orders).
bool traders_subject(const View& v, uint32_t i) {
    const uint32_t sent_start = v.tok_sent[i] >= 0 ? v.sents[size_t(v.tok_sent[i])].t0 : 0;
    static const char* const kTraders[] = {"exporters", "importers", "companies", "firms", "producers", "traders",
        "growers", "farmers", "roasters", "retailers", "buyers", "sellers", "carmakers", "automakers", "manufacturers",
        "shippers", "suppliers", "mills", "refiners", "miners", "brands", "merchants", "wholesalers", nullptr};
    for (uint32_t k = i; k > sent_start && k + 16 > i;) {
        --k;
        if (sv::actor_at(v, k) >= 0 || v.is(k, "told") || v.is(k, "ordered") || v.is(k, "asked") ||
            v.is(k, "instructed") || v.is(k, "directed") || v.is(k, "government") || v.is(k, "ministry"))
            return false;
        if (in_list(v.lo(k), kTraders)) {
            // ("has told companies they must limit their imports": told to, by the one who tells)
            for (uint32_t q = k; q > sent_start && q + 4 > k;) {
                --q;
                if (v.is(q, "told") || v.is(q, "ordered") || v.is(q, "asked") || v.is(q, "instructed") ||
                    v.is(q, "directed") || v.is(q, "forced") || v.is(q, "urged") || v.is(q, "required"))
                    return false;
            }
            return true;
        }
    }
    return false;
}

// A measure as the subject of a halt or a limit at i: "The duties effectively halted barley exports
// to China", "the tariffs have all but stopped shipments" tell the measure's effect, no measure of
// their own. A head noun of a measure (a tariff, duties, a ban, sanctions) right before the verb,
// past auxiliaries and adverbs.
bool measure_subject(const View& v, uint32_t i) {
    const uint32_t sent_start = v.tok_sent[i] >= 0 ? v.sents[size_t(v.tok_sent[i])].t0 : 0;
    uint32_t k = i;
    while (k > sent_start && i - k < 4 &&
           (tok_aux(v, k - 1) || v.is(k - 1, "has") || v.is(k - 1, "have") || v.is(k - 1, "had") ||
            (v.toks[k - 1].kind == TK::word && v.lo(k - 1).ends_with("ly") && !(v.toks[k - 1].flags & sv::cap))))
        --k;
    if (k == sent_start) return false;
    const std::string_view w = v.lo(k - 1);
    return w == "tariffs" || w == "tariff" || w == "duties" || w == "duty" || w == "levies" || w == "levy" ||
           w == "sanctions" || w == "ban" || w == "curbs" || w == "measures" || w == "surcharge" || w == "surcharges";
}

// What a surcharge is on names a place or a trade flow within four words: "on Canadian canola
// oil", "on imports from ...", "on softwood shipped to U.S. markets" (not "on shipments of all
// break-bulk cargoes", a shipping line's charge).
bool surcharged_trade(const View& v, uint32_t from, uint32_t end) {
    for (uint32_t k = from; k < end && k < from + 5; ++k) {
        if (v.toks[k].kind == TK::punct) return false;
        if (k < from + 4 &&
            (sv::actor_at(v, k) >= 0 || v.is(k, "imports") || v.is(k, "exports") || v.is(k, "goods")))
            return true;
        // ("a 25% surcharge on electricity it sends to Michigan": goods a verb sends abroad)
        if (k > from && k + 1 < end && v.is(k + 1, "to") &&
            (v.is(k, "sends") || v.is(k, "sent") || v.is(k, "ships") || v.is(k, "shipped") || v.is(k, "sells") ||
             v.is(k, "sold") || v.is(k, "exports") || v.is(k, "exported")))
            return true;
    }
    return false;
}

// Verbs of a figure: what comes before them is a statistic's subject ("imports rose to 292,000
// tonnes", "Egypt's purchases rose 18%"), no commitment to buy.
const char* const kFigureVerb[] = {"rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling",
    "increased", "decreased", "dropped", "declined", "climbed", "jumped", "slipped", "grew", "were", "was",
    "are", "is", "totalled", "totaled", "total", "totalling", "totaling", "reached", "stood", "amounted",
    "surged", "slumped", "plunged", "eased", "edged", nullptr};

bool trigger_at(const View& v, uint32_t i, uint32_t end, Trigger& t, bool bits) {
    std::string_view w = v.lo(i);
    if (v.toks[i].kind == TK::word && (w.size() == 2 || w.size() == 4) && (v.toks[i].flags & sv::cap) &&
        pronoun_in_force_at(v, i, end)) {
        t.lemma = "measure";
        t.kind = "";
        return true;
    }
    if (v.toks[i].kind != TK::word || w.size() < 3) return false;
    auto noun = [&](const char* kind, const char* lemma) {
        t.kind = kind;
        t.lemma = lemma;
        return true;
    };
    std::string_view prev = i > 0 ? v.lo(i - 1) : std::string_view();
    // Every noun tested below is in kTriggerNouns, so with the models loaded a token without
    // the wi_trigger bit (a verb trigger: "raised", "imposing") skips the ~60 comparisons.
    if (!bits || !(v.models && v.models->loaded) || (v.toks[i].info & sv::wi_trigger)) {
        if (w == "tariff" || w == "tariffs")
            return !followed_by_free(v, i) && !tariff_classification(v, i) && !modifies_other_noun(v, i, end) &&
                   !after_without(v, i) && noun("tariff", "tariff");
        if (w == "duty" || w == "duties") {
            if (followed_by_free(v, i) || prev == "on" || prev == "off") return false;  // "duty-free", "on duty"
            if (after_without(v, i)) return false;
            // "will resume the duties of president", "his duties as chairman": an office's work
            if (i + 2 < end && (v.is(i + 1, "of") || v.is(i + 1, "as"))) {
                static const char* const kOffice[] = {"president", "chairman", "chairwoman", "chief", "director",
                    "secretary", "minister", "manager", "officer", "governor", "treasurer", "head", "mayor", "ceo",
                    "editor", "chancellor", "premier", "ambassador", "commissioner", "spokesman", "spokeswoman", nullptr};
                const uint32_t o = i + 2 + (v.is(i + 2, "the") || v.is(i + 2, "a") ? 1 : 0);
                if (o < end && in_list(v.lo(o), kOffice)) return false;
            }
            return noun("tariff", "duty");
        }
        if (w == "levy" || w == "levies") return i + 1 < end && !in_list(prev, kAux) && prev != "to" ? noun("tariff", "levy") : (prev != "to" && noun("tariff", "levy"));
        // ("the state's film tax credit", "tax breaks", "tax revenue": the word modifies another noun)
        if (w == "tax" || w == "taxes") {
            static const char* const kTaxOf[] = {"credit", "credits", "break", "breaks", "rebate", "rebates",
                "incentive", "incentives", "revenue", "revenues", "return", "returns", "code", "evasion",
                "haven", "havens", "deduction", "deductions", "relief", "bill", "filing", "filings", "cut", "cuts",
                nullptr};
            if (i + 1 < end && in_list(v.lo(i + 1), kTaxOf)) return false;
            // ("Tariffs are a tax on American families": what tariffs do to buyers, a figure of
            // speech, no tax of its own)
            if (i + 2 < end && v.is(i + 1, "on")) {
                static const char* const kPayers[] = {"families", "households", "consumers", "shoppers", "workers",
                    "taxpayers", "people", "americans", "buyers", "voters", "farmers",
                    "poor", "rich", "wealthy", "class", "everyone", "everybody", nullptr};  // ("a tax on the poor")
                uint32_t q = i + 2;
                while (q < end && q < i + 5 && !in_list(v.lo(q), kPayers) && v.toks[q].kind == TK::word &&
                       !tok_prep(v, q))
                    ++q;
                if (q < end && in_list(v.lo(q), kPayers) && (q + 1 >= end || !is_word(v, q + 1) || tok_prep(v, q + 1)))
                    return false;
            }
            // ("raise property taxes by 5%", "a sales tax plan", "the income tax": a tax of the home
            // economy, on property, income, sales or a vice, is no trade measure; a digital
            // services tax or a carbon border tax may be one)
            static const char* const kDomestic[] = {"property", "income", "payroll", "inheritance", "estate", "wealth",
                "gains", "corporate", "corporation", "sales", "fuel", "gasoline", "petrol", "tobacco", "cigarette",
                "soda", "sugar", "windfall", "council", "land", "poll", "road", "school", "municipal", "consumption",
                "dividend", nullptr};
            if (in_list(prev, kDomestic)) return false;
            // ("a 50% U.S. import tax on most Brazilian goods": a tax on imports is a tariff)
            if ((prev == "import" || prev == "customs") && !followed_by_free(v, i))
                return noun("tariff", "tax");
            return prev != "to" && !followed_by_free(v, i) && noun("other", "tax");
        }
        // "a 25% surtax on Chinese steel"; a surcharge on imports ("an import surcharge", not
        // "a fuel surcharge")
        if (w == "surtax" || w == "surtaxes") return noun("tariff", "surtax");
        // ... or a punitive one, or one on goods ("an 11% surcharge on Canadian canola oil"; not
        // "a fuel surcharge on flights", nor "the company charged a 5% surcharge")
        if ((w == "surcharge" || w == "surcharges") &&
            (prev == "import" || prev == "tariff" || prev == "customs" || prev == "punitive" || prev == "retaliatory" ||
             (i + 1 < end && v.is(i + 1, "on") && prev != "fuel" && prev != "energy" && prev != "baggage" &&
              prev != "delivery" && prev != "service" && prev != "congestion" && prev != "peak" && prev != "card" &&
              prev != "insurance" && prev != "risk" && prev != "freight" && prev != "bunker" && prev != "currency" &&
              surcharged_trade(v, i + 2, end))))
            return noun("tariff", "surcharge");
        if (w == "countermeasure" || w == "countermeasures") return noun("other", "countermeasure");
        // "pay a 75.8% deposit" after an anti-dumping finding, "anti-dumping deposits of 20%": the
        // cash a provisional duty is collected as (not a bank's or a buyer's deposit)
        if (w == "deposit" || w == "deposits") {
            double x;
            uint32_t n;
            bool rate = prev == "%" || prev == "percent" || prev == "pct" ||
                        (i + 2 < end && v.is(i + 1, "of") && sv::percent_at(v, i + 2, end, x, n));
            if (!rate && (prev == "dumping" || prev == "antidumping" || prev == "countervailing") && i >= 2) {
                const std::string_view p2 = v.lo(i - 2);  // ("a 75.8% anti-dumping deposit")
                rate = p2 == "%" || p2 == "anti" || p2 == "percent";
            }
            if (!rate || i >= v.tok_sent.size() || v.tok_sent[i] < 0) return false;
            const sv::Sent& ds = v.sents[size_t(v.tok_sent[i])];
            for (uint32_t k = ds.t0; k < ds.t1; ++k)
                if (v.is(k, "dumping") || v.is(k, "antidumping") || v.is(k, "countervailing") || v.is(k, "subsidy") ||
                    v.is(k, "subsidies"))
                    return noun("tariff", "deposit");
            return false;
        }
        // "ended India's preferential trade status", "suspended trade preferences for X": a
        // partner's lower duties under a scheme, a measure when granted or withdrawn
        if (w == "status" && prev == "trade" && i >= 2 && v.is(i - 2, "preferential")) return noun("other", "preferences");
        if (w == "preferences" && (prev == "trade" || prev == "tariff")) return noun("other", "preferences");
        if (w == "status" || w == "preferences") return false;
        if ((w == "fee" || w == "fees") && i > 0 && is_word(v, i - 1) && !in_list(prev, kDet) && !in_list(prev, kPrep))
            return noun("other", "fee");
        if (w == "quota" || w == "quotas") {
            // "the out-of-quota duty", "in-quota imports", "quota-free access": a modifier of
            // another noun (the tokenizer drops a hyphen between letters and marks the word after
            // it; "an import-quota system" is one)
            if (((v.toks[i].flags & sv::hyphen_before) && (prev == "of" || prev == "in" || prev == "over" ||
                                                           prev == "above" || prev == "within")) ||
                followed_by_free(v, i))
                return false;
            // ("how to proceed with quota negotiations": the talks' subject, no quota set)
            if (modifies_other_noun(v, i, end)) return false;
            // "imports above that quota", "shipments within the quota": a threshold of other
            // goods (the duty's), nothing said of the quota itself (but "above its quota of
            // 948,000 bpd" gives its level)
            if (i >= 1 && !(i + 1 < end && v.is(i + 1, "of"))) {
                uint32_t b = i - 1;
                if (b > 0 && (prev == "the" || prev == "that" || prev == "this" || prev == "its" || prev == "their")) --b;
                const std::string_view p = v.lo(b);
                if (p == "above" || p == "below" || p == "within" || p == "outside" || p == "beyond" || p == "exceeding")
                    return false;
            }
            return noun("quota", "quota");
        }
        // "safeguard measures on steel imports", "extended its steel safeguard": a trade measure
        // when its object is a trade flow or a good (not "to safeguard jobs", "safeguards against
        // fraud"); in "safeguard duties" the duty is the measure
        if (w == "safeguard" || w == "safeguards") {
            if (prev == "to" || (i + 1 < end && (v.is(i + 1, "against") || v.is(i + 1, "tariff") || v.is(i + 1, "tariffs") ||
                                                 v.is(i + 1, "duty") || v.is(i + 1, "duties") || v.is(i + 1, "quota") ||
                                                 v.is(i + 1, "quotas") || v.is(i + 1, "levy") || v.is(i + 1, "levies"))))
                return false;
            t.kind = "other";
            t.lemma = "safeguard";
            t.needs_flow = true;
            if (i + 1 < end && (v.is(i + 1, "measures") || v.is(i + 1, "measure") || v.is(i + 1, "action"))) t.len = 2;
            return true;
        }
        // "an anti-dumping investigation into Mexican pork", "a Section 301 probe": a trade
        // investigation (a step toward duties) is a measure of its own; a police one is none
        if (w == "investigation" || w == "investigations" || w == "probe" || w == "probes") {
            bool trade = prev == "dumping" || prev == "subsidy" || prev == "countervailing" || prev == "trade" ||
                         prev == "safeguard" || prev == "tariff" || prev == "barrier" || prev == "barriers" ||
                         (i >= 2 && v.is(i - 2, "section") && v.toks[i - 1].kind != TK::word);
            // ("an investigation into EU pork and dairy imports": one into a trade flow)
            if (!trade && i + 2 < end && v.is(i + 1, "into"))
                for (uint32_t k = i + 2; k < end && k < i + 9 && !trade; ++k) {
                    if (v.toks[k].kind == TK::punct) break;
                    // ("an investigation into Mexican trade barriers": another's barriers to trade)
                    trade = v.is(k, "imports") || v.is(k, "exports") ||
                            (v.is(k, "trade") && (v.is(k + 1, "barriers") || v.is(k + 1, "practices")));
                }
            return trade && noun("other", "investigation");
        }
        if (w == "rate" || w == "rates") {
            // "The higher rates include 34% on China, 20% on ...": a list of rates on parties,
            // by a tariff named in this sentence or the one before
            if (w == "rates" && i + 3 < end &&
                (v.is(i + 1, "include") || v.is(i + 1, "includes") || v.is(i + 1, "are") || v.is(i + 1, "were"))) {
                double x;
                uint32_t n;
                if (sv::percent_at(v, i + 2, end, x, n) && v.is(i + 2 + n, "on") && tariff_nearby(v, i))
                    return noun("tariff", "rate");
            }
            // "the baseline rate would rise to 15%", "the tariff rate on steel is 25%": a rate a
            // tariff word names, with a percentage after it in the clause
            if ((prev == "baseline" || prev == "tariff" || prev == "duty" || prev == "customs") && i >= 1) {
                for (uint32_t k = i + 1; k < end && k < i + 8; ++k) {
                    if (v.toks[k].kind == TK::punct && !v.is(k, "%")) break;
                    double x;
                    uint32_t n;
                    if (sv::percent_at(v, k, end, x, n)) return noun("tariff", "rate");
                }
            }
            // "lower the most-favoured-nation rate on cars to 32% from 64%", "the MFN rate": a
            // tariff rate by its name
            if (prev == "mfn" || (prev == "nation" && i >= 3 && (v.is(i - 2, "favoured") || v.is(i - 2, "favored") ||
                                                   v.is(i - 3, "favoured") || v.is(i - 3, "favored"))))
                return noun("tariff", "rate");
            // "Tesla will face a rate of 7.8%, BYD 17%, ...": a rate of a percentage that a
            // party faces or pays, by a tariff named in this sentence or the one before
            if (w == "rate" && i >= 2 && (prev == "a" || prev == "the") && i + 2 < end && v.is(i + 1, "of")) {
                const std::string_view pv = v.lo(i - 2);
                double x;
                uint32_t n;
                if ((pv == "face" || pv == "faces" || pv == "faced" || pv == "facing" || pv == "pay" || pv == "pays" ||
                     pv == "paid" || pv == "paying") &&
                    sv::percent_at(v, i + 2, end, x, n) && tariff_nearby(v, i))
                    return noun("tariff", "rate");
            }
            // ("Vietnam's rate was set at 20%", "Laos and Myanmar face the highest rate in Asia at
            // 40%": a party's rate, or one a party faces, with its level later in the clause, by a
            // tariff named in this sentence or the two before)
            if (i >= 2 && (prev == "'s" || prev == "\u2019s" ||
                           ((prev == "highest" || prev == "lowest" || prev == "same" || prev == "new" ||
                             prev == "top" || prev == "higher" || prev == "lower") &&
                            (v.is(i - 2, "the") || v.is(i - 2, "a")) && i >= 3 &&
                            (v.is(i - 3, "face") || v.is(i - 3, "faces") || v.is(i - 3, "faced") ||
                             v.is(i - 3, "get") || v.is(i - 3, "gets") || v.is(i - 3, "got"))))) {
                for (uint32_t k = i + 1; k + 1 < end && k < i + 8; ++k) {
                    if (v.toks[k].kind == TK::punct && !v.is(k, "%")) break;
                    double x;
                    uint32_t n;
                    // (an explainer's questions may stand between: four sentences back)
                    if ((v.is(k, "at") || v.is(k, "of")) && sv::percent_at(v, k + 1, end, x, n))
                        return tariff_nearby(v, i, 4) && noun("tariff", "rate");
                }
            }
            if (!(i >= 2 && (prev == "%" || prev == "percent" || prev == "pct" || (prev == "cent" && v.is(i - 2, "per")))))
                return false;
            // "still paying the 25% rate on vehicles": a rate on traded goods is a tariff, with
            // no tariff word near (a goods word right after "on", or after one word more)
            bool on_goods = false;
            if (i + 2 < end && v.is(i + 1, "on") && v.models) {
                // ("a 15% rate on most of its goods": a quantity and "of" before them)
                uint32_t g = i + 2;
                while (g + 1 < end && g < i + 5 &&
                       (v.is(g, "most") || v.is(g, "all") || v.is(g, "some") || v.is(g, "many") || v.is(g, "of")) &&
                       (v.is(g, "of") || v.is(g + 1, "of")))
                    ++g;
                const std::vector<uint32_t>* pl = nullptr;
                // (goods of no kind named: "on its goods", "on U.S. imports")
                const auto traded = [&](uint32_t q) {
                    return v.is(q, "goods") || v.is(q, "imports") || v.is(q, "exports") || v.is(q, "products") ||
                           v.is(q, "shipments");
                };
                on_goods = match_at(v, v.models->goods_trie, g, end, &pl) > 0 || traded(g) ||
                           (g + 1 < end && (match_at(v, v.models->goods_trie, g + 1, end, &pl) > 0 || traded(g + 1)));
            }
            return (on_goods || tariff_nearby(v, i)) && noun("tariff", "rate");
        }
        if (w == "exemption" || w == "exemptions") {
            // "the de minimis exemption", "tariff exemptions", "exemptions from the duties": an
            // exemption from a trade measure (a tax exemption for charities is none)
            const bool from_duty = i + 2 < end && v.is(i + 1, "from") &&
                                   (v.is(i + 2, "tariffs") || v.is(i + 2, "duties") ||
                                    (v.is(i + 2, "the") && i + 3 < end && (v.is(i + 3, "tariffs") || v.is(i + 3, "duties"))));
            // (also in quote marks: the "de minimis" exemption)
            const std::string_view named =
                i >= 2 && v.toks[i - 1].kind == TK::quote ? v.lo(i - 2) : prev;
            if (named == "minimis" || named == "tariff" || named == "duty" || named == "customs" || from_duty)
                return noun("other", "exemption");
            return false;
        }
        if (w == "embargo" || w == "embargoes") return noun("ban", "ban");
        if (w == "prohibition" || w == "prohibitions") return noun("ban", "ban");
        if (w == "sanction" || w == "sanctions") {
            // "UK lowers the oil price cap and sanctions 135 tankers", "The EU also sanctions 20
            // firms": the verb, its object right after it (not "sanctions on", "the sanctions
            // regime", "and sanctions relief")
            if (w == "sanctions" && i + 1 < end && (prev == "and" || prev == "also" || prev == "it") &&
                v.toks[i + 1].kind != TK::punct) {
                static const char* const kCompound[] = {"on", "against", "for", "over", "from", "to", "in", "of",
                    "package", "packages", "regime", "regimes", "relief", "policy", "policies", "list", "lists",
                    "law", "laws", "programme", "program", "rules", "violations", "evasion", "busting", "would",
                    "will", "could", "may", "might", "are", "were", "have", "had", "remain", "remained", "and",
                    "or", "that", "which", "imposed", "announced", nullptr};
                if (!in_list(v.lo(i + 1), kCompound)) {
                    t = Trigger{"sanction", "sanction", 1, true, false, VC::sanction};
                    return true;
                }
            }
            return noun("sanction", "sanction");
        }
        // ("a trade blacklist", "an export blacklist": what reports call the Entity List, below)
        if (w == "blacklist") return prev == "trade" || prev == "export" ? noun("export_control", "blacklist")
                                                                       : noun("sanction", "sanction");
        // the U.S. Commerce Department's "Entity List", China's "unreliable entity list": export curbs
        // (and "its trade restriction list", as reports call it too)
        if (w == "list")
            return (prev == "entity" || ((prev == "restriction" || prev == "restrictions") && i >= 2 &&
                                         (v.is(i - 2, "trade") || v.is(i - 2, "export")))) &&
                   noun("export_control", "blacklist");
        // "a 25% penalty" on a country's goods: a rate makes the penalty a tariff (an extra duty
        // for buying Russian oil, say); "penalties on/against" firms are sanctions
        if (w == "penalty" || w == "penalties") {
            // (a scare-quoted one too: 'the extra 25% "penalty"')
            const uint32_t b = i >= 2 && v.toks[i - 1].kind == TK::quote ? i - 1 : i;
            const std::string_view pw = b < i ? v.lo(b - 1) : prev;
            // ("a 25 percentage point penalty")
            if (pw == "%" || pw == "percent" || pw == "pct" || (pw == "cent" && b >= 2 && v.is(b - 2, "per")) ||
                ((pw == "point" || pw == "points") && b >= 2 && v.is(b - 2, "percentage")) ||
                ((pw == "tariff" || pw == "additional" || pw == "extra") && b >= 2 &&
                 (v.is(b - 2, "%") || v.is(b - 2, "percent") || v.is(b - 2, "pct"))))
                return noun("tariff", "penalty");
            // ("threatened an unspecified penalty over India's purchases of Russian oil": a penalty
            // for a country's trade is a measure on it)
            // (not "as a penalty for its purchases": another measure's purpose; nor one with a
            // size of its own, read above)
            const bool as_role = (i >= 2 && v.is(i - 1, "a") && v.is(i - 2, "as")) || (i >= 1 && v.is(i - 1, "as"));
            if (i + 2 < end && (v.is(i + 1, "over") || v.is(i + 1, "for")) && !as_role && pw != "point" &&
                pw != "points")
                for (uint32_t q = i + 2; q < end && q <= i + 4; ++q)
                    if (v.is(q, "purchases") || v.is(q, "imports") || v.is(q, "buying") || v.is(q, "purchasing"))
                        return noun("tariff", "penalty");
        }
        if ((w == "penalties") && i + 1 < end && (v.is(i + 1, "on") || v.is(i + 1, "against")))
            return noun("sanction", "sanction");
        // ("Egypt's purchases rose 18%": a statistic)
        if (w == "purchases" && i + 1 < end && in_list(v.lo(i + 1), kFigureVerb)) return false;
        if (w == "purchases" || (w == "purchase" && i + 1 < end && v.is(i + 1, "commitment")) ||
            (w == "purchase" && i + 1 < end && v.is(i + 1, "commitments")) ||
            (w == "purchase" && (prev == "the" || prev == "a")))
            return noun("purchase", "purchase");
        // ("have agreed on a trade framework that sets a 20% tariff": a deal by another name)
        if (w == "framework" && prev == "trade" && !(i + 1 < end && (v.is(i + 1, "deal") || v.is(i + 1, "agreement"))))
            return noun("deal", "deal");
        if (w == "deal" || w == "deals" || w == "agreement" || w == "agreements" || w == "pact" || w == "truce" ||
            w == "transaction" || w == "transactions" || w == "takeover" || w == "acquisition" || w == "merger") {
            // "to deal with the challenges": the verb (a headline's "Close to Deal" is the noun)
            if (w == "deal" && prev == "to" && !(v.toks[i].flags & sv::cap)) return false;
            // "a stock transactions tax", "transaction fees": the word modifies another noun
            if ((w == "transaction" || w == "transactions") && i + 1 < end &&
                (v.is(i + 1, "tax") || v.is(i + 1, "taxes") || v.is(i + 1, "fee") || v.is(i + 1, "fees") ||
                 v.is(i + 1, "costs")))
                return false;
            // ("a general license authorizing transactions needed to wind down": dealings in
            // general; plural transactions name deals only after a determiner, "the two transactions")
            if (w == "transactions" && !(prev == "the" || prev == "these" || prev == "those" || prev == "both" ||
                                         prev == "two" || prev == "three" || prev == "proposed" || prev == "such"))
                return false;
            // "a great deal of resistance", "a good deal of": an amount
            if (w == "deal" && (prev == "great" || prev == "good") && i + 1 < end && v.is(i + 1, "of")) return false;
            // "countries without trade agreements", "no trade deal", "without a free trade
            // agreement": the absence of one
            for (uint32_t k = i, back = 0; k > 0 && back < 4; ++back) {
                --k;
                if (v.is(k, "without") || ((v.is(k, "no") || v.is(k, "lack")) && back < 3)) return false;
                if (!is_word(v, k)) break;
            }
            return noun("deal", "deal");
        }
        // ("the transfer of shares": a deal; "to prevent the transfer of technology abroad", "the
        // transfer of power": no trade of goods or stakes)
        if (w == "transfer" && i + 1 < end && v.is(i + 1, "of")) {
            static const char* const kNotTraded[] = {"technology", "technologies", "know-how", "knowledge", "data",
                "power", "skills", "jobs", "risk", "risks", "sovereignty", "prisoners", nullptr};
            if (i + 2 < end && in_list(v.lo(i + 2), kNotTraded)) return false;
            return noun("deal", "deal");
        }
        if (w == "measure" || w == "measures" || w == "move") {
            // ("responded with anti-dumping measures on European brandy": a trade remedy's
            // measures are duties)
            if (w != "move" && (prev == "dumping" || prev == "subsidy" || prev == "countervailing"))
                return noun("tariff", "duty");
            if (!in_list(prev, kCorefDet)) return false;
            t.lemma = "measure";
            t.kind = "";
            return true;
        }
        // "The rules, which take effect on Dec. 1, ...", "the new rules": the measure just named
        // (not "the rules of origin", "the rules of the game", nor in a quotation: "don't know
        // what the rules will be," she said)
        if (w == "rules") {
            // "tightens chip export rules", "the new export rules": export controls by another name
            if ((prev == "export" || prev == "exports") && !(i + 1 < end && v.is(i + 1, "of"))) {
                t.kind = "export_control";
                t.lemma = "export_control";
                return true;
            }
            // ("tightened rules on exports of advanced chips to China": rules on an export flow)
            if (i + 2 < end && v.is(i + 1, "on") &&
                (v.is(i + 2, "exports") || v.is(i + 2, "export") || v.is(i + 2, "shipments") ||
                 (i + 3 < end && v.is(i + 2, "the") && (v.is(i + 3, "exports") || v.is(i + 3, "export"))))) {
                t.kind = "export_control";
                t.lemma = "export_control";
                return true;
            }
            const bool det = in_list(prev, kCorefDet) ||
                             ((prev == "new" || prev == "latest") && i >= 2 && in_list(v.lo(i - 2), kCorefDet));
            if (!det || (i + 1 < end && v.is(i + 1, "of")) || (v.quote_toks && in_quotation(v, i))) return false;
            t.lemma = "measure";
            t.kind = "";
            return true;
        }
        if (w == "licences" || w == "licenses" || w == "licence" || w == "license" || w == "permits" ||
            w == "licensing") {
            // "began requiring licences for exports of rare earth magnets", "imposed licensing
            // requirements on exports of gallium": licences asked of exports curb them
            uint32_t k = i + 1;
            if (k < end && (v.is(k, "requirements") || v.is(k, "requirement") || v.is(k, "rules") ||
                            v.is(k, "regime") || v.is(k, "system")))
                ++k;
            if (k + 1 < end && (v.is(k, "for") || (k > i + 1 && v.is(k, "on"))) &&
                (v.is(k + 1, "exports") || v.is(k + 1, "export") ||
                 (v.is(k + 1, "the") && k + 2 < end && v.is(k + 2, "export")))) {
                t.kind = "export_control";
                t.lemma = "export_control";
                return true;
            }
            // ("will require companies to obtain permits before exporting or transshipping AI chips":
            // permits asked before an export curb it)
            if (k + 1 < end && v.is(k, "before") &&
                (v.is(k + 1, "exporting") || v.is(k + 1, "shipping") || v.is(k + 1, "transshipping") ||
                 v.is(k + 1, "re-exporting"))) {
                t.kind = "export_control";
                t.lemma = "export_control";
                return true;
            }
            // "required exporters to obtain special licences for seven rare earth elements": the
            // licences exporters must get are an export control on what they are for
            if (k < end && v.is(k, "for") && exporters_licences(v, i)) {
                t.kind = "export_control";
                t.lemma = "export_control";
                return true;
            }
            // "would require exporters of synthetic graphite to obtain licences from Nov. 8": what
            // the exporters sell is what the licences curb (licensed_goods() reads it)
            uint32_t g0, g1;
            if (licensed_goods(v, i, g0, g1)) {
                t.kind = "export_control";
                t.lemma = "export_control";
                return true;
            }
        }
        if (w == "controls" || w == "control" || w == "restrictions" || w == "restriction" || w == "curbs" ||
            w == "licence" || w == "licences" || w == "license" || w == "licenses" || w == "licensing" ||
            w == "permits") {
            // ("will require export permits for some graphite products")
            if (prev == "export" || prev == "exports") { t.kind = "export_control"; t.lemma = "export_control"; return true; }
            if (w == "permits") return false;
            // "required ASML to apply for licences to export its machines to China"
            // ("will need licences to ship U.S. chipmaking tools there": shipping abroad is exporting)
            // (to a place abroad: "licences to sell alcohol" are a shop's)
            const auto abroad = [&] {
                for (uint32_t k = i + 3; k < end && k < i + 12; ++k) {
                    if (v.toks[k].kind == TK::punct) return false;
                    if (v.is(k, "abroad") || v.is(k, "overseas") || v.is(k, "there")) return true;
                    if (v.is(k, "to") && k + 1 < end) {
                        const int32_t a = sv::actor_at(v, k + 1 + (v.is(k + 1, "the") ? 1 : 0));
                        if (a >= 0 && v.actors[size_t(a)].type == sv::AType::gpe) return true;
                    }
                }
                return false;
            };
            if (w.compare(0, 3, "lic") == 0 && i + 2 < end && v.is(i + 1, "to") &&
                (v.is(i + 2, "export") ||
                 ((v.is(i + 2, "ship") || v.is(i + 2, "sell") || v.is(i + 2, "supply")) && abroad()))) {
                t.kind = "export_control";
                t.lemma = "export_control";
                return true;
            }
            if (w.compare(0, 3, "lic") == 0) return false;
            if (w == "control") return false;  // "seize control of the mines", "control of the company"
            // ("China curbs exports of graphite", "Beijing controls rare earth shipments": after a
            // name or a pronoun and before a flow, the verb; read below with the other verbs)
            const uint32_t flow = i + 1 < end && in_list(v.lo(i + 1), kDet) ? i + 2 : i + 1;
            const bool verb_use = (w == "curbs" || w == "controls") && i > 0 && flow < end &&
                                  in_list(v.lo(flow), kTradeFlow) &&
                                  ((sv::actor_at(v, i - 1) >= 0 && v.actors[size_t(sv::actor_at(v, i - 1))].t1 == i) ||
                                   prev == "it" || prev == "they");
            if (!verb_use) {
                t.kind = "export_control";
                t.lemma = "export_control";
                t.needs_flow = true;
                return true;
            }
        }
        if ((w == "cap" || w == "caps") && i + 1 < end && v.is(i + 1, "on")) return noun("quota", "quota");
        // "lowers the Russian oil price cap": a cap on the price of a traded fuel (not a
        // household "energy price cap")
        if ((w == "cap" || w == "caps") && prev == "price" && i >= 2 &&
            (v.is(i - 2, "oil") || v.is(i - 2, "crude") || v.is(i - 2, "gas") || v.is(i - 2, "diesel") ||
             v.is(i - 2, "fuel") || v.is(i - 2, "petroleum")))
            return noun("quota", "quota");
        if ((w == "ban" || w == "bans") && (i + 1 >= end || v.is(i + 1, "on") || v.is(i + 1, "against") ||
                                            v.is(i + 1, ",") || v.is(i + 1, ".") || in_list(prev, kDet) ||
                                            prev == "export" || prev == "import" || prev == "'s" ||
                                            // ("after a two-year ban imposed over ...": a compound
                                            // adjective before it, a participle after it)
                                            (i > 0 && (v.toks[i - 1].flags & sv::hyphen_before)) ||
                                            // ("a bauxite ban could remove ...": an auxiliary
                                            // after it, the ban is the clause's subject)
                                            (i + 1 < end && tok_aux(v, i + 1)) ||
                                            // ("warns over seafood ban as row deepens": a clause's
                                            // conjunction after it; a verb "ban" takes an object)
                                            (i + 1 < end && i > 0 && !(v.toks[i + 1].flags & sv::cap) &&
                                             (v.is(i + 1, "as") || v.is(i + 1, "amid") || v.is(i + 1, "after") ||
                                              v.is(i + 1, "while") || v.is(i + 1, "despite") ||
                                              v.is(i + 1, "over") || v.is(i + 1, "following")) &&
                                             !tok_aux(v, i - 1) && !v.is(i - 1, "to")) ||
                                            (i + 1 < end && is_past(v.lo(i + 1)) && !(v.toks[i + 1].flags & sv::cap))))
            return noun("ban", "ban");
    }
    // Verb triggers: the verb governs an object naming a trade flow or a quantity.
    // "most textiles will be charged 35%", "cars will be taxed at 50%": a passive levy and its
    // rate, in a story about tariffs (not "taxpayers are taxed at a rate of 19 pct")
    if ((w == "charged" || w == "taxed" || w == "levied") && i > 0 &&
        (prev == "be" || prev == "been" || prev == "being" || prev == "is" || prev == "are" || prev == "was" ||
         prev == "were")) {
        uint32_t q = i + 1;
        if (q < end && v.is(q, "at")) ++q;
        if (q + 2 < end && v.is(q, "a") && v.is(q + 1, "rate") && v.is(q + 2, "of")) q += 3;
        double x;
        uint32_t n;
        if (sv::percent_at(v, q, end, x, n) && tariff_nearby(v, i)) {
            t = Trigger{"tariff", "tariff", q - i, true, false, VC::keep};
            t.passive = true;
            return true;
        }
    }
    // "The United States currently charges 25% on Mexican goods that do not comply": a bare rate
    // charged on goods, in a story about tariffs (the subject imposes it)
    // (a government's: a place or a body, or a pronoun, before the verb; "the bank charges 5% on
    // loans" is interest)
    if ((w == "charges" || w == "charge" || w == "charging" || w == "imposes" || w == "levies" || w == "applies") &&
        !(v.toks[i].flags & sv::cap) && i > 0) {
        double x;
        uint32_t n;
        const uint32_t b = before_time_adverbs(v, i, 0);
        const int32_t a = b > 0 ? sv::actor_at(v, b - 1) : -1;
        const bool government = (a >= 0 && v.actors[size_t(a)].type != sv::AType::person) ||
                                (b > 0 && (v.is(b - 1, "it") || v.is(b - 1, "they")));
        if (government && sv::percent_at(v, i + 1, end, x, n) && i + 1 + n + 1 < end && v.is(i + 1 + n, "on") &&
            tariff_nearby(v, i)) {
            t = Trigger{"tariff", "tariff", 1 + n, true, false, VC::keep};
            t.bare_rate = true;
            return true;
        }
    }
    // "Autos and auto parts will also face 15%, instead of 27.5%": a bare rate faced, in a story
    // about tariffs (its subject is what is taxed, as of "will be charged 35%")
    // ("Peruvian producers will pay between 14% and 81%", "face rates of between 10% and 35%",
    // "is stuck paying 25% with no end in sight": a range, a rate paid; after a rate paid only
    // its goods, terms or time, not "pay 25% more", "pays 5% interest")
    const bool face = w == "face" || w == "faces" || w == "faced" || w == "facing";
    const bool pay = w == "pay" || w == "pays" || w == "paid" || w == "paying";
    if ((face || pay) && !(v.toks[i].flags & sv::cap)) {
        double x;
        uint32_t n;
        const uint32_t r = v.is(i + 1, "rates") && v.is(i + 2, "of") ? i + 3 : i + 1;
        uint32_t e = 0;  // the end of the rate or range
        if (v.is(r, "between") && sv::percent_at(v, r + 1, end, x, n) && v.is(r + 1 + n, "and")) {
            double y;
            uint32_t n2;
            if (sv::percent_at(v, r + 2 + n, end, y, n2) && y > x) e = r + 2 + n + n2;
        } else if (sv::percent_at(v, r, end, x, n)) {
            e = r + n;
        }
        static const char* const kAfterPaid[] = {"on", "under", "in", "at", "for", "from", "with", "instead", "while",
                                                 "until", "after", "since", "and", "but", "now", "today", nullptr};
        const bool after_ok = e >= end || v.toks[e].kind != TK::word || (face && !in_list(v.lo(e), kTriggerNouns)) ||
                              (pay && in_list(v.lo(e), kAfterPaid));
        if (e && (r == i + 1 || v.is(i + 1, "rates")) && after_ok && tariff_nearby(v, i)) {
            t = Trigger{"tariff", "tariff", r - i, true, false, VC::keep};
            t.passive = true;
            return true;
        }
    }
    VC c = tok_vc(v, i);
    // "would stop exporting rare earth magnets to U.S. defence firms": stopping a flow named by
    // its verb, with a name or a pronoun for its subject. ("stop" is no verb of a measure
    // otherwise: "the quake will stop crude exports", "Cairo stopped repaying Moscow")
    if (c == VC::none && (w == "stop" || w == "stops" || w == "stopped" || w == "stopping") && halts_flow_verb(v, i + 1) &&
        stop_subject(v, i)) {
        const bool imports = v.is(i + 1, "importing") || v.is(i + 1, "buying");
        t = Trigger{imports ? "ban" : "export_control", imports ? "ban" : "export_control", 2, true, false, VC::suspend};
        return true;
    }
    if (c == VC::ban) {
        t = Trigger{"ban", "ban", 1, true, false, c};
        return true;
    }
    // "suspended exports of rare earth magnets", "stopped all shipments": the flow word right after
    // the verb (after "tariffs", "suspended tariffs on imports" is the tariff's own verb)
    // (not when the flow word names a measure: "suspended its export controls on magnets" suspends
    // the controls, a trigger of their own)
    const uint32_t flow_at = i + 1 < end && in_list(v.lo(i + 1), kDet) ? i + 2 : i + 1;
    const bool suspend_flow = c == VC::suspend && (w.compare(0, 7, "suspend") == 0 || w.compare(0, 4, "paus") == 0) &&
                              flow_at < end && in_list(v.lo(flow_at), kTradeFlow) &&
                              !(flow_at + 1 < end && (v.is(flow_at + 1, "controls") || v.is(flow_at + 1, "control") ||
                                                      v.is(flow_at + 1, "curbs") || v.is(flow_at + 1, "restrictions") ||
                                                      v.is(flow_at + 1, "ban") || v.is(flow_at + 1, "bans") ||
                                                      v.is(flow_at + 1, "tariffs") || v.is(flow_at + 1, "duties") ||
                                                      v.is(flow_at + 1, "quotas") || v.is(flow_at + 1, "levies")));
    if (c == VC::restrict || c == VC::limit || (c == VC::suspend && (w.compare(0, 4, "halt") == 0)) || suspend_flow) {
        if (!flow_ahead(v, i + 1, end, 4)) return false;
        if (traders_subject(v, i) || measure_subject(v, i)) return false;
        bool imports = false;
        for (uint32_t j = i + 1; j < end && j < i + 5; ++j) imports = imports || v.lo(j) == "imports";
        const char* kind = c == VC::limit ? "quota" : (imports ? "ban" : "export_control");
        if (c == VC::suspend) kind = imports ? "ban" : "export_control";
        // "limited shipments of memory chips to China": a limit on a flow to a place, with no
        // level, is an export control ("limit exports to the U.S. to 1 million tonnes" is a quota)
        if (c == VC::limit && !imports && !v.is(i + 1, "on")) {  // ("limits on Canadian shipments": the noun, a quota's)
            bool place = false, level = false;
            for (uint32_t j = i + 1; j + 1 < end && j < i + 14; ++j) {
                if (v.toks[j].kind == TK::punct && !v.is(j, "-")) break;
                if (!(v.is(j, "to") || v.is(j, "at"))) continue;
                if (v.toks[j + 1].kind == TK::number) { level = true; break; }
                const int32_t a = sv::actor_at(v, j + 1 + (v.is(j + 1, "the") ? 1 : 0));
                place = place || (v.is(j, "to") && a >= 0 && v.actors[size_t(a)].type == sv::AType::gpe);
                // ("rules to limit exports of AI chips to most countries": countries unnamed)
                const uint32_t c = j + 1 + (v.is(j + 1, "most") || v.is(j + 1, "many") || v.is(j + 1, "all") ||
                                            v.is(j + 1, "other") || v.is(j + 1, "some") ? 1 : 0);
                place = place || (v.is(j, "to") && (v.is(c, "countries") || v.is(c, "nations")));
            }
            if (place && !level) kind = "export_control";
        }
        t = Trigger{kind, kind, 1, true, false, c};
        return true;
    }
    if (c == VC::sanction && (w == "sanctioned" || w == "sanctioning")) {
        t = Trigger{"sanction", "sanction", 1, true, false, c};
        return true;
    }
    if (c == VC::purchase) {
        // "a minimum import price on 19 steel products": a floor under the price of imports, a
        // trade measure of its own (any other "import price" is a statistic, no buying)
        if ((w == "import" || w == "export") && i + 1 < end && (v.is(i + 1, "price") || v.is(i + 1, "prices"))) {
            if (!(i > 0 && (v.is(i - 1, "minimum") || v.is(i - 1, "minimal")))) return false;
            t = Trigger{"other", "minimum import price", 2, false, false, VC::none};
            return true;
        }
        // "imports rose to 292,000 tonnes", "imports were 32,000": a statistic's subject, a noun
        if (i + 1 < end && in_list(v.lo(i + 1), kFigureVerb)) return false;
        // "cut its steel import quota to 50 percent", "import duties of 10%": a measure's noun
        // after it makes "import" its modifier, no buying
        if (i + 1 < end && in_list(v.lo(i + 1), kTriggerNouns)) return false;
        // ("the average import volume between 2021 and 2023", "import data", "the import bill": a
        // noun of a figure after it, or an adjective or determiner before it, makes it a noun)
        static const char* const kFigureNoun[] = {"volume", "volumes", "data", "figures", "bill", "costs", "levels",
                                                  "growth", "demand", "value", "values", "share", "statistics", nullptr};
        if ((w == "import" || w == "purchase") &&
            ((i + 1 < end && in_list(v.lo(i + 1), kFigureNoun)) ||
             (i > 0 && (tok_det(v, i - 1) || v.is(i - 1, "average") || v.is(i - 1, "annual") ||
                        v.is(i - 1, "monthly") || v.is(i - 1, "total")))))
            return false;
        // "Mexico imported $130 billion of goods from China last year": a trade flow that was,
        // no purchase anyone committed to ("agreed to import more beef" is one)
        if (w == "imported") return false;
        // "the duties will apply to imports from 40 producers": "imports" after a preposition or
        // a determiner is the noun (the verb after "to" is "import")
        if (w == "imports" && i > 0 && (tok_prep(v, i - 1) || tok_det(v, i - 1))) return false;
        // "Chinese imports face a 50% tariff", "steel imports will face": the noun before its verb
        if ((w == "imports" || w == "buys" || w == "purchases") && i + 1 < end &&
            (tok_aux(v, i + 1) || v.is(i + 1, "face") || v.is(i + 1, "faced") || v.is(i + 1, "remain") ||
             v.is(i + 1, "remained")))
            return false;
        // "Every spring I buy 80 tons of potash": a person's shopping, no trade commitment
        if (i > 0 && v.is(i - 1, "i")) return false;
        // buying needs a quantity: "buy 25 million tonnes of soybeans", "purchase $50 billion of energy"
        for (uint32_t j = i + 1; j < end && j < i + 4; ++j) {
            // (a share in the present tense is a statistic, no purchase: "the United States
            // imports about 80% of the potash it uses"; "agreed to buy 25 pct of X" stays one)
            double share;
            uint32_t share_n;
            if ((w == "imports" || w == "buys" || w == "purchases") && sv::percent_at(v, j, end, share, share_n) &&
                j + share_n < end && v.is(j + share_n, "of"))
                return false;
            // (a number in a time phrase is no quantity: "safeguard measures on steel imports in
            // 2019", "imports since 2018")
            // (nor a law's article: "chip imports under Section 232")
            if ((v.toks[j].kind == TK::number && !(j > i + 1 && sv::time_at(v, j - 1, end) > 0) &&
                 !(j > i + 1 && (v.is(j - 1, "section") || v.is(j - 1, "article") || v.is(j - 1, "chapter") ||
                                 v.is(j - 1, "clause") || v.is(j - 1, "title") || v.is(j - 1, "rule")))) ||
                v.lo(j) == "$" ||
                v.lo(j) == "€" || v.lo(j) == "£") {
                t = Trigger{"purchase", "purchase", 1, true, false, c};
                return true;
            }
        }
        // ... or a commitment to buy a country's goods or a traded good: "offered to buy U.S.
        // liquefied natural gas", "agreed to purchase American corn" (not "agreed to buy time")
        if (i >= 2 && i + 1 < end && v.is(i - 1, "to") &&
            (v.is(i - 2, "offered") || v.is(i - 2, "offers") || v.is(i - 2, "agreed") || v.is(i - 2, "agrees") ||
             v.is(i - 2, "pledged") || v.is(i - 2, "pledges") || v.is(i - 2, "promised") || v.is(i - 2, "promises") ||
             v.is(i - 2, "committed") || v.is(i - 2, "commits") || v.is(i - 2, "vowed"))) {
            // (a place's goods, not its company: "agreed to buy Canadian ski maker X")
            const SummaryModels* M = v.models;
            const int32_t a = sv::actor_at(v, i + 1);
            const std::vector<uint32_t>* pl = nullptr;
            bool goods = M && match_at(v, M->goods_trie, i + 1, end, &pl) > 0;
            if (a >= 0 && v.actors[size_t(a)].t0 == i + 1 &&
                (v.actors[size_t(a)].type == sv::AType::norp || v.actors[size_t(a)].type == sv::AType::gpe))
                for (uint32_t q = v.actors[size_t(a)].t1; q < end && q < v.actors[size_t(a)].t1 + 3 && !goods; ++q)
                    goods = (M && match_at(v, M->goods_trie, q, end, &pl) > 0) ||
                            (tok_generic(v, q) && !(v.toks[q].flags & sv::cap));
            static const char* const kFirm[] = {"manufacturer", "maker", "company", "producer", "firm", "group",
                "bank", "retailer", "unit", "subsidiary", "operator", "supplier", "stake", "shares", nullptr};
            for (uint32_t q = i + 1; q < end && q < i + 8 && goods && !is_clause_punct(v, q); ++q)
                goods = !in_list(v.lo(q), kFirm);  // ("agreed to buy Canadian ski maker X": a company)
            if (goods) {
                t = Trigger{"purchase", "purchase", 1, true, false, c};
                return true;
            }
        }
        // ... or "more" of a country's goods or of a traded good: "buy more American aircraft",
        // "import more US soybeans" (not "buy more time")
        if (i + 1 < end && v.is(i + 1, "more")) {
            const SummaryModels* M = v.models;
            for (uint32_t j = i + 2; j < end && j < i + 4; ++j) {
                const int32_t a = sv::actor_at(v, j);
                const std::vector<uint32_t>* pl = nullptr;
                if ((a >= 0 && (v.actors[size_t(a)].type == sv::AType::norp || v.actors[size_t(a)].type == sv::AType::gpe)) ||
                    (M && match_at(v, M->goods_trie, j, end, &pl) > 0)) {
                    t = Trigger{"purchase", "purchase", 1, true, false, c};
                    return true;
                }
            }
        }
        return false;
    }
    return false;
}

// ---- 4. Word classes ------------------------------------------------------------------------------------
bool is_boundary_word(const View& v, uint32_t i) {
    if (v.models && v.models->loaded) return (v.toks[i].info & sv::wi_m_boundary) != 0;  // register_grammar
    std::string_view w = v.lo(i);
    if (in_list(w, kBoundary) || in_list(w, kBeVerb)) return true;
    return false;
}

// Token i is a determiner / a preposition: by the word-class bit when the models are loaded.
bool tok_det(const View& v, uint32_t i) {
    return v.models && v.models->loaded ? (v.toks[i].info & sv::wi_m_det) != 0 : in_list(v.lo(i), kDet);
}
bool tok_prep(const View& v, uint32_t i) {
    return v.models && v.models->loaded ? (v.toks[i].info & sv::wi_m_prep) != 0 : in_list(v.lo(i), kPrep);
}
bool tok_generic(const View& v, uint32_t i) {
    return v.models && v.models->loaded ? (v.toks[i].info & sv::wi_m_generic) != 0 : in_list(v.lo(i), kGeneric);
}
bool exporters_licences(const View& v, uint32_t i) {
    for (uint32_t q = i; q > 0 && i - q < 7;) {
        --q;
        if (v.toks[q].kind == TK::punct) return false;
        if (v.is(q, "exporters") || v.is(q, "exporter")) return true;
    }
    return false;
}

bool licensed_goods(const View& v, uint32_t i, uint32_t& g0, uint32_t& g1) {
    uint32_t q = i;
    while (q > 0 && i - q < 3 && (v.is(q - 1, "special") || v.is(q - 1, "export") || v.is(q - 1, "new"))) --q;
    if (q < 2) return false;
    const bool get = v.is(q - 1, "obtain") || v.is(q - 1, "get") || v.is(q - 1, "seek") || v.is(q - 1, "secure") ||
                     v.is(q - 1, "hold") || (v.is(q - 1, "for") && v.is(q - 2, "apply"));
    if (!get) return false;
    uint32_t to = q - (v.is(q - 1, "for") ? 2 : 1);
    if (to == 0 || !v.is(to - 1, "to")) return false;
    --to;  // at "to"
    for (uint32_t k = to; k > 0 && to - k < 10;) {
        --k;
        if (v.toks[k].kind == TK::punct) return false;
        if (v.is(k, "of") && k > 0 && (v.is(k - 1, "exporters") || v.is(k - 1, "exporter"))) {
            // (the goods end at a verb: "exporters of beef will need to obtain licences")
            uint32_t e = k + 1;
            while (e < to && !tok_aux(v, e) && !v.is(e, "need") && !v.is(e, "needs") && !v.is(e, "have") &&
                   !v.is(e, "has") && !v.is(e, "had"))
                ++e;
            if (e <= k + 1) return false;
            g0 = k + 1;
            g1 = e;
            return true;
        }
    }
    return false;
}

bool tok_aux(const View& v, uint32_t i) {
    return v.models && v.models->loaded ? (v.toks[i].info & sv::wi_m_aux) != 0 : in_list(v.lo(i), kAux);
}

// Adverbs and verbs that end an object phrase: "on 862 foreign goods shortly before the talks",
// "tariffs on steel from Japan rose to 25%", "tariffs on Japanese goods stems from ..." (finite
// forms that are no nouns; "rise", "cost", "hit" are left out).
const char* const kObjectEnd[] = {"shortly", "soon", "immediately", "recently", "previously", "already",
    "also", "later", "still", "again", "instead", "gradually", "progressively", "eventually", "temporarily",
    "permanently", "rose", "fell", "jumped", "climbed", "dropped", "slipped",
    "closely", "carefully", "sharply", "heavily", "significantly", "quickly", "slowly", "steadily",  // (manner)
    "soared", "surged", "plunged", "stems", "stemmed", "hurt", "hurts", "affected", "affects", "covered",
    "targeted", "threatens", "threatened", "beyond",  // ("rice beyond the quota": an out-of-quota rate)
    "rises", "climbs", "jumps", "soars", "doubles", "triples", "halves", "falls", "goes",
    "it", "they", "we", "he", "she",  // ("technologies it announced in October": a relative clause)
    "once",  // ("a 60% tariff on all Chinese imports once he takes office": a clause of time)
    "started", "began", "begun", "begins", "kicked", "kicks",  // ("a 25% duty on engines and parts started in May")
    "weighed", "weighs", "weighing",  // ("a 25% tariff on Korean vehicles weighed on demand")
    // ("the decision to impose a 25% tariff on Indian goods angered officials": a reaction to it)
    "angered", "alarmed", "rattled", "spooked", "unsettled", "sparked", "triggered", "prompted", "drew",
    nullptr};  // ("tariff on goods doubles to 50%": a present verb of change, headlines' tense)
bool tok_objend(const View& v, uint32_t i) {
    if (v.models && v.models->loaded ? (v.toks[i].info & sv::wi_m_objend) != 0 : in_list(v.lo(i), kObjectEnd))
        return true;
    // ("U.S. tariffs on Chinese goods double to 20%": a plural subject's verb of change, before its
    // level; "double" alone may be an adjective)
    const std::string_view w = v.lo(i);
    double x;
    uint32_t n;
    return (w == "double" || w == "triple" || w == "rise" || w == "jump" || w == "climb" || w == "fall" ||
            w == "soar" || w == "surge") &&
           !(v.toks[i].flags & sv::cap) && i + 2 < v.toks.size() && (v.is(i + 1, "to") || v.is(i + 1, "by")) &&
           sv::percent_at(v, i + 2, uint32_t(v.toks.size()), x, n);
}

bool trade_bloc(const std::string& name) {
    return name == "European Union" || name == "EU" || name == "ASEAN" || name == "Mercosur" ||
           name == "African Union" || name == "Eurasian Economic Union";
}

}  // namespace grammar

using namespace grammar;

unsigned word_classes_for_test(const View& v, uint32_t i, bool bits) {
    if (bits)
        return (is_boundary_word(v, i) ? 1u : 0u) | (tok_det(v, i) ? 2u : 0u) | (tok_prep(v, i) ? 4u : 0u) |
               (tok_generic(v, i) ? 8u : 0u) | (tok_aux(v, i) ? 16u : 0u) | (tok_objend(v, i) ? 32u : 0u);
    const std::string_view w = v.lo(i);
    return (in_list(w, kBoundary) || in_list(w, kBeVerb) ? 1u : 0u) | (in_list(w, kDet) ? 2u : 0u) |
           (in_list(w, kPrep) ? 4u : 0u) | (in_list(w, kGeneric) ? 8u : 0u) | (in_list(w, kAux) ? 16u : 0u) |
           (in_list(w, kObjectEnd) ? 32u : 0u);
}

std::string trigger_for_test(const View& v, uint32_t i, uint32_t end, bool bits) {
    Trigger t;
    if (!trigger_at(v, i, end, t, bits)) return {};
    return t.kind + "/" + t.lemma + (t.verb ? "/verb" : "") + (t.needs_flow ? "/flow" : "") + "/" + std::to_string(t.len);
}

// ---- 5. find_mentions (and the word registration it relies on) ----------------------------------
void register_grammar(SummaryModels& m) {
    for (const char* const* w = kTriggerNouns; *w; ++w) sv::mark_word(m, *w, sv::wi_trigger);
    // ("It takes effect on Jan. 1": pronoun_in_force_at; "will also face 15%", "pays 25%": a bare
    // rate faced or paid)
    for (const char* w : {"it", "they", "face", "faces", "faced", "facing", "pay", "pays", "paid", "paying", "stop",
                          "stops", "stopped", "stopping"})
        sv::mark_word(m, w, sv::wi_m_opener);
    for (const char* const* w = kBoundary; *w; ++w) sv::mark_word(m, *w, sv::wi_m_boundary);
    for (const char* const* w = kBeVerb; *w; ++w) sv::mark_word(m, *w, sv::wi_m_boundary);
    for (const char* const* w = kDet; *w; ++w) sv::mark_word(m, *w, sv::wi_m_det);
    for (const char* const* w = kPrep; *w; ++w) sv::mark_word(m, *w, sv::wi_m_prep);
    for (const char* const* w = kGeneric; *w; ++w) sv::mark_word(m, *w, sv::wi_m_generic);
    for (const char* const* w = kAux; *w; ++w) sv::mark_word(m, *w, sv::wi_m_aux);
    for (const char* const* w = kObjectEnd; *w; ++w) sv::mark_word(m, *w, sv::wi_m_objend);
    // Every form verb_form() accepts for each base verb, plus the irregular ones.
    std::vector<std::string> forms;
    for (const auto* d = kVerbs; d->base; ++d) {
        std::string b = d->base;
        forms = {b, b + "s", b + "es", b + "ed", b + "d", b + "ing", b + b.back() + "ed", b + b.back() + "ing"};
        if (b.back() == 'e') forms.push_back(b.substr(0, b.size() - 1) + "ing");
        if (b.back() == 'y') {
            forms.push_back(b.substr(0, b.size() - 1) + "ied");
            forms.push_back(b.substr(0, b.size() - 1) + "ies");
        }
        for (const auto& f : forms) {
            VC c = verb_class(f);  // the same decision as the slow path (first base wins)
            if (c == VC::none) continue;
            uint32_t id = m.words.intern(f);
            if (m.word_info.size() <= id) m.word_info.resize(size_t(id) + 1, 0);
            if (!(m.word_info[id] & sv::wi_verb_mask)) m.word_info[id] |= uint32_t(c) << sv::wi_verb_shift;
        }
    }
    for (const char* irr : {"bought", "struck", "kept", "withdrew", "withdrawn", "froze", "frozen"}) {
        uint32_t id = m.words.intern(irr);
        if (m.word_info.size() <= id) m.word_info.resize(size_t(id) + 1, 0);
        m.word_info[id] |= uint32_t(verb_class(irr)) << sv::wi_verb_shift;
    }
}

// An explainer's list of rates, one line per trading partner, under a sentence about tariffs:
//   "Here are the key rates:" / "• Switzerland: 39%, up from 31% announced in April" /
//   "• Canada: 35% on goods not covered by the USMCA, up from 25%"
// A line that opens (after a bullet) with a place, a colon and a rate is a tariff on that place
// at that rate; "up from X%" / "down from X%" is the level it had. Who imposes it and its status
// are the intro's, the nearest sentence before the list that names a tariff (none: no measure).
// A list line's place: the actor opening the sentence after its bullet, a colon after it ("•
// Switzerland: ..."), or -1. Places joined by "and" or commas share the line ("• Laos and
// Myanmar: 40%"): `places` (optional) gets each, `colon` (optional) where the colon is.
int32_t list_line_place(const View& v, const sv::Sent& s, std::vector<int32_t>* places = nullptr,
                        uint32_t* colon = nullptr) {
    uint32_t k = s.t0;
    while (k < s.t1 && v.toks[k].kind == TK::punct && !v.is(k, "$")) ++k;  // the bullet
    const int32_t a = k < s.t1 ? sv::actor_at(v, k) : -1;
    if (a < 0 || v.actors[size_t(a)].t0 != k) return -1;
    if (places) places->assign(1, a);
    for (int32_t b = a, n = 0; n < 6; ++n) {
        const uint32_t e = v.actors[size_t(b)].t1;
        if (e >= s.t1) return -1;
        if (v.is(e, ":")) {
            if (colon) *colon = e;
            return a;
        }
        if (!v.is(e, "and") && !v.is(e, ",")) return -1;
        const uint32_t f = e + 1 + (v.is(e, ",") && v.is(e + 1, "and") ? 1 : 0);
        b = f < s.t1 ? sv::actor_at(v, f) : -1;
        if (b < 0 || v.actors[size_t(b)].t0 != f) return -1;
        if (places) places->push_back(b);
    }
    return -1;
}

void rate_list_item(const View& v, uint32_t si, std::vector<MeasureMention>& out) {
    const sv::Sent& s = v.sents[si];
    std::vector<int32_t> places;
    uint32_t colon = 0;
    const int32_t a = list_line_place(v, s, &places, &colon);
    if (a < 0) return;
    // (a place, or a trade bloc: "* European Union: 15% on most goods")
    for (const int32_t p : places)
        if (v.actors[size_t(p)].type != sv::AType::gpe &&
            !(v.actors[size_t(p)].type == sv::AType::org && trade_bloc(v.keys[v.actors[size_t(p)].key].name)))
            return;
    const uint32_t k = v.actors[size_t(a)].t0;
    double rate = 0;
    uint32_t used = 0;
    if (colon + 1 >= s.t1 || !sv::percent_at(v, colon + 1, s.t1, rate, used)) return;
    // the intro: back over the list's other lines (a place and a colon) to a sentence with a tariff
    int32_t intro = -1;
    int prose = 0;  // sentences before the list read ("... tariff rates for dozens of partners. Here are the key rates:")
    for (uint32_t p = si; p > 0 && si - p < 40 && prose < 2;) {
        --p;
        const sv::Sent& q = v.sents[p];
        if (list_line_place(v, q) >= 0) continue;  // another line of the list
        for (uint32_t t = q.t0; t < q.t1 && intro < 0; ++t)
            if (v.is(t, "tariff") || v.is(t, "tariffs") || v.is(t, "duty") || v.is(t, "duties") || v.is(t, "levy") ||
                v.is(t, "levies"))
                intro = int32_t(p);
        if (intro >= 0) break;
        ++prose;
    }
    if (intro < 0) return;
    MeasureMention m;
    m.sent = si;
    m.t0 = k;
    m.t1 = colon + 1 + used;
    m.kind = "tariff";
    m.lemma = "rate";
    m.has_rate = true;
    m.rate = rate;
    m.unit = "percent";
    m.target = int32_t(v.actors[size_t(a)].key);
    for (const MeasureMention& o : out)
        if (o.sent == uint32_t(intro) && o.kind == "tariff") {
            if (o.imposer != m.target) m.imposer = o.imposer;
            m.status = o.status;
            break;
        }
    uint32_t j = m.t1;
    // "... on goods not covered by the USMCA": its goods, up to the comma
    if (j + 1 < s.t1 && v.is(j, "on")) {
        uint32_t e = j + 1;
        while (e < s.t1 && !v.is(e, ",") && !is_clause_punct(v, e) && e < j + 12) ++e;
        m.goods = v.cut(j + 1, e);
        j = e;
    }
    // ", up from 31%": the level before
    for (; j + 3 < s.t1 && j < m.t1 + 16; ++j)
        if ((v.is(j, "up") || v.is(j, "down")) && v.is(j + 1, "from")) {
            double was = 0;
            uint32_t wn = 0;
            if (sv::percent_at(v, j + 2, s.t1, was, wn)) {
                // the record reads "rate X, changed to Y": the earlier level is its rate
                m.has_to = true;
                m.to = rate;
                m.rate = was;
                m.direction = v.is(j, "up") ? "raise" : "lower";
            }
            break;
        }
    out.push_back(m);
    // ("• Laos and Myanmar: 40%": a record for each place of the line, in the line's order)
    for (size_t p = 1; p < places.size(); ++p) {
        MeasureMention c = m;
        c.target = int32_t(v.actors[size_t(places[p])].key);
        if (c.imposer == c.target) c.imposer = -1;
        out.push_back(std::move(c));
    }
}

// An explainer's bulleted measures under a sentence that announces them: "Trump announced a fresh
// wave of sector tariffs last week." / "• A 100% tariff on branded drugs" / "• A 25% tariff on heavy
// trucks". A list item's measure with no imposer has the intro's, and its status when it has none:
// the last measure of the prose before the list (past the list's other items and headings, at most
// 12 sentences back), when that one has an imposer.
bool list_item_sentence(const View& v, uint32_t si) {
    const uint32_t p = v.sents[si].para;
    return v.doc && p < v.doc->segments.size() && v.doc->segments[p].kind == SegmentKind::list_item;
}

// (An explainer's question over its list is an intro too: "What tariffs does Vexland charge on
// Ruritanian goods?" / "* A 10% baseline tariff on almost all imports": the question's imposer and
// target, question_heading(), are the items'.)
bool question_sentence(const View& v, uint32_t si) {
    const sv::Sent& s = v.sents[si];
    uint32_t e = s.t1;
    while (e > s.t0 && v.toks[e - 1].kind == TK::quote) --e;
    return e > s.t0 && v.is(e - 1, "?");
}

void list_item_intro(const View& v, uint32_t si, std::vector<MeasureMention>& out, size_t first) {
    if (first == out.size() || !list_item_sentence(v, si)) return;
    const MeasureMention* intro = nullptr;
    for (size_t q = first; q > 0;) {
        --q;
        const MeasureMention& o = out[q];
        if (si - o.sent > 12) break;
        const bool question = question_sentence(v, o.sent) && o.imposer >= 0;
        if (list_item_sentence(v, o.sent) || (v.sents[o.sent].heading && !question)) continue;
        if (o.imposer >= 0 && (o.kind == "tariff" || o.kind == out[first].kind)) intro = &o;
        break;
    }
    if (!intro) return;
    const int32_t imposer = intro->imposer;
    const std::string status = intro->status;
    const bool question = question_sentence(v, intro->sent);
    for (size_t k = first; k < out.size(); ++k) {
        MeasureMention& m = out[k];
        if (m.imposer >= 0 || m.kind == "deal" || m.kind == "purchase" || imposer == m.target) continue;
        m.imposer = imposer;
        if (m.status == "unknown" && !question) m.status = status;
        if (question && m.target < 0 && intro->target >= 0 && intro->target != imposer) m.target = intro->target;
    }
}

// "What tariffs does Vexland charge on Ruritanian goods?", "Which duties has the EU imposed on
// Chinese cars?": a question puts its subject after an auxiliary, past the measure's noun, where
// no rule for a statement looks. Its subject is the imposer, the place or people after "on" the
// target.
void question_heading(const View& v, uint32_t si, std::vector<MeasureMention>& out, size_t first) {
    if (first == out.size() || !question_sentence(v, si)) return;
    const sv::Sent& s = v.sents[si];
    for (size_t k = first; k < out.size(); ++k) {
        MeasureMention& m = out[k];
        const bool wh = v.is(m.t0, "what") || v.is(m.t0, "which") ||
                        (m.t0 > s.t0 && (v.is(m.t0 - 1, "what") || v.is(m.t0 - 1, "which")));
        if (m.imposer >= 0 || !wh) continue;
        uint32_t q = m.t1;
        if (q >= s.t1 || !tok_aux(v, q)) continue;
        ++q;
        if (v.is(q, "the")) ++q;
        const int32_t a = q < s.t1 ? sv::actor_at(v, q) : -1;
        if (a < 0 || v.actors[size_t(a)].t0 != q || v.actors[size_t(a)].type == sv::AType::norp) continue;
        m.imposer = int32_t(v.actors[size_t(a)].key);
        for (uint32_t j = v.actors[size_t(a)].t1; j + 1 < s.t1 && j < v.actors[size_t(a)].t1 + 4; ++j) {
            if (!v.is(j, "on") && !v.is(j, "against")) continue;
            const int32_t t = sv::actor_at(v, j + 1 + (v.is(j + 1, "the") ? 1 : 0));
            if (t >= 0 && (v.actors[size_t(t)].type == sv::AType::gpe || v.actors[size_t(t)].type == sv::AType::norp) &&
                int32_t(v.actors[size_t(t)].key) != m.imposer)
                m.target = int32_t(v.actors[size_t(t)].key);
            break;
        }
    }
}

void find_mentions(const View& v, std::vector<MeasureMention>& out) {
    for (uint32_t si = 0; si < v.sents.size(); ++si) {
        const sv::Sent& s = v.sents[si];
        uint32_t skip_until = s.t0;
        // (a list line's own measure first: "• Brazil: 10%, on top of a separate 40% levy"; only
        // a sentence with a colon among its first words can be one)
        const size_t list_at = out.size();
        for (uint32_t c = s.t0 + 1; c < s.t1 && c < s.t0 + 8; ++c)
            if (v.toks[c].kind == TK::punct && v.is(c, ":")) {
                rate_list_item(v, si, out);
                break;
            }
        const bool list_line = out.size() > list_at;
        size_t first_in_sentence = out.size();
        for (uint32_t i = s.t0; i < s.t1; ++i) {
            if (i < skip_until) continue;
            // (and "It"/"They" opening a sentence: pronoun_in_force_at; "face"/"pay" before a bare rate)
            // (the word bit first: a string compare per token showed in the profile)
            if (!(v.toks[i].info & (sv::wi_trigger | sv::wi_verb_mask))) {
                if (!(v.toks[i].info & sv::wi_m_opener)) continue;
                const bool pronoun = (v.toks[i].flags & sv::cap) && (v.is(i, "it") || v.is(i, "they"));
                // ("face 15%", "pay between 14% and 81%", "face rates of ...")
                const bool face = i + 1 < s.t1 && (v.lo(i).starts_with("fac") || v.lo(i).starts_with("pa")) &&
                                  (v.toks[i + 1].kind == TK::number || v.is(i + 1, "between") || v.is(i + 1, "rates"));
                const bool stop = i + 1 < s.t1 && v.lo(i).starts_with("stop") && halts_flow_verb(v, i + 1);
                if (!pronoun && !face && !stop) continue;
            }
            Trigger tr;
            if (!trigger_at(v, i, s.t1, tr)) continue;
            // ("the General Agreement on Tariffs and Trade": a word of a deal inside an
            // organisation's name, the name going on after it, names the body, no deal; a treaty's
            // name ending in it, "North American Free Trade Agreement", is one)
            if (tr.kind == "deal")
                if (const int32_t a = sv::actor_at(v, i);
                    a >= 0 && v.actors[size_t(a)].type == sv::AType::org && v.actors[size_t(a)].t0 < i &&
                    v.actors[size_t(a)].t1 > i + 1) {
                    skip_until = v.actors[size_t(a)].t1;
                    continue;
                }
            take_mention(v, si, i, tr, first_in_sentence, out, skip_until);
        }
        // ("• Brazil: 10%, on top of a separate 40% levy": the line's other measures are on its
        // place too, and the list's)
        for (size_t k = first_in_sentence; list_line && k < out.size(); ++k)
            if (out[k].target < 0 && out[k].kind == "tariff") {
                out[k].target = out[list_at].target;
                if (out[k].imposer < 0) out[k].imposer = out[list_at].imposer;
            }
        pronoun_changes(v, si, out, first_in_sentence);
        bare_rate_levels(v, si, out, first_in_sentence);
        gapped_goods(v, si, out, first_in_sentence);
        question_heading(v, si, out, first_in_sentence);
        list_item_intro(v, si, out, first_in_sentence);
    }
}

}  // namespace np::measures