// measures_grammar.hpp — what the two halves of the trade-measure finder share. The token scan
// (measures_find.cpp: word lists, verb classes, triggers, find_mentions) runs on every token and is
// built for speed; the reading of each mention it finds (measures_mention.cpp: modifiers, object,
// verb and status, subject, reason, condition, time) runs once per trigger and is built for size in
// WebAssembly (CMakeLists.txt), where dist/ has a gzip budget. Internal to those two files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "measures.hpp"

namespace np::measures {

using sv::TK;
using sv::View;
using sv::in_list;

namespace grammar {

// Word lists (defined in measures_find.cpp, section 1) the mention reader tests directly.
extern const char* const kCorefDet[];
extern const char* const kPossPron[];
extern const char* const kPrep[];
extern const char* const kFresh[];
extern const char* const kAux[];
extern const char* const kAnaphoricHead[];
extern const char* const kTradeFlow[];
extern const char* const kNounExt[];
extern const char* const kTriggerNouns[];

enum class VC : uint8_t { none, propose, impose, announce, raise, lower, halve, double_, triple, remove, suspend, keep,
                          deal_done, purchase, restrict, ban, sanction, limit };

// Modality cues found left of a verb (within its clause).
struct Modality {
    bool threat = false, propose = false, expect = false, maybe = false, future = false, pluperfect = false,
         negated = false, want = false, perfect = false;
    bool finite_present = false;  // "-s" form after a subject or an adverb: a verb, not a plural noun
};

struct Trigger {
    std::string kind, lemma;
    uint32_t len = 1;
    bool verb = false;        // a verb trigger ("banned exports of ...")
    bool needs_flow = false;  // "controls"/"restrictions": only an export control with trade context
    VC vc = VC::none;
    bool passive = false;     // "will be charged 35%": the subject is what is charged, as of "face"
    bool bare_rate = false;   // "charges 25% on Mexican goods": the rate right after the verb is the measure's
};

// Defined in measures_find.cpp (sections 1-4).
bool is_word(const View& v, uint32_t i);
bool is_clause_punct(const View& v, uint32_t i);
bool verb_form(std::string_view w, std::string_view base);
const char* direction_of(VC c);
bool is_past(std::string_view w);
bool is_ing(std::string_view w);
bool month_may(const View& v, uint32_t j);
// "The U.S. currently charges ...": the index of the first of up to two time adverbs (currently,
// now, already, also, still) right before i, not below lo (i itself when there are none).
uint32_t before_time_adverbs(const View& v, uint32_t i, uint32_t lo);
void scan_modality(const View& v, uint32_t lo_bound, uint32_t verb, Modality& m);
// "threatened to impose X ..., and to impose Y": for the infinitive at `verb` after "and to",
// the infinitive of a measure verb it is coordinated with (within 40 tokens, not across ; : or
// a quote mark); -1 when there is none.
int32_t coordinated_infinitive(const View& v, uint32_t lo_bound, uint32_t verb);
std::string status_of(VC c, std::string_view verb, const Modality& m, const std::string& kind);
VC tok_vc(const View& v, uint32_t i);
bool evades(std::string_view w);
bool answers_measure(const View& v, uint32_t k, uint32_t t0);
bool trigger_at(const View& v, uint32_t i, uint32_t end, Trigger& t, bool bits = true);
bool is_boundary_word(const View& v, uint32_t i);
bool tok_det(const View& v, uint32_t i);
bool tok_prep(const View& v, uint32_t i);
bool tok_generic(const View& v, uint32_t i);
bool tok_aux(const View& v, uint32_t i);
// "required exporters to obtain special licences": licences at i that exporters, named a few words
// before in the clause, must get.
bool exporters_licences(const View& v, uint32_t i);
// "require exporters of synthetic graphite to obtain licences": licences at i that exporters of
// some goods must get (obtain, get, seek, secure, hold, apply for); [g0, g1) = those goods.
bool licensed_goods(const View& v, uint32_t i, uint32_t& g0, uint32_t& g1);
bool tok_objend(const View& v, uint32_t i);
// A trade bloc that sets tariffs for its members, named as an organisation: "EU tariffs" are
// the bloc's as "U.S. tariffs" are the country's.
bool trade_bloc(const std::string& name);

}  // namespace grammar

// Defined in measures_mention.cpp: a change made through a pronoun, a bare rate's own level
// ("the 46% that X threatened") and a gapped clause's goods ("and lumber a 10% duty"), once per
// sentence, and the reading of the mention whose trigger the scan found at token i of sentence si.
void pronoun_changes(const View& v, uint32_t si, std::vector<MeasureMention>& out, size_t first);
// The country whose news opens the article: the place opening one of its first sentences as a
// subject, or its dateline's capital; -1 if none.
int32_t article_country(const View& v);
void bare_rate_levels(const View& v, uint32_t si, std::vector<MeasureMention>& out, size_t first);
void gapped_goods(const View& v, uint32_t si, std::vector<MeasureMention>& out, size_t first);
void take_mention(const View& v, uint32_t si, uint32_t i, grammar::Trigger& tr, size_t first_in_sentence,
                  std::vector<MeasureMention>& out, uint32_t& skip_until);

}  // namespace np::measures
