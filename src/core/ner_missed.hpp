// ner_missed.hpp — the mention rules for names the tagger missed, cut or mistyped around
// institutions and gazetteer entries (ner_missed.cpp), and the word tests of ner_mentions.cpp
// they share. Internal to the entity stage: find_mentions() calls the rules once per sentence,
// each behind a gate on the gazetteer kinds the sentence holds.
//
// Why a file of its own: these rules run once per sentence that names an institution or a
// gazetteer entry, not per word; in wasm they are built for size (CMakeLists.txt), which the
// tagger's per-word code in ner_mentions.cpp is not.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "ner_features.hpp"
#include "ner_lexicon.hpp"
#include "ner_stage.hpp"

namespace np::ner {

// ---- word tests (defined in ner_mentions.cpp) -----------------------------------------------------
bool is_possessive(std::string_view w);                    // "'s", "’s", "'", "’"
bool is_score(std::string_view w);                         // a short number: a results line's score
bool line_break_between(const StageSentence& s, uint32_t k);  // a line break between words k and k + 1
bool company_stop(std::string_view lower_word);            // ends a company name's walk ("the", "-based")
bool company_noun(std::string_view w);                     // chipmaker, company, firm, lender, ...
bool org_descriptor(std::string_view w);                   // a noun naming a kind of organisation
// A name followed by an apposition whose head is a company noun ("Acme, a chipmaker owned by").
bool company_apposition(const StageSentence& s, uint32_t end, bool plural = false);
// Removes from out[from..] the mentions a longer one absorbed (a rule empties them: end == start).
void drop_absorbed(std::vector<RawMention>& out, size_t from);
bool is_initial(std::string_view w);                       // "J." of "J. Smith"
bool corporate_title_lower(std::string_view l);            // ceo, chairman, shareholders, ...
bool org_descriptor_plural(std::string_view w);            // makers, companies, banks, ...
bool in_org_examples(const StageSentence& s, uint32_t start);  // "... such as X", "including X"
// Case-insensitive key of words [a, b) of a sentence (a hash chain of their lower-case hashes).
uint64_t key_of(const StageSentence& s, uint32_t a, uint32_t b);
uint64_t key_of_word(const StageSentence& s, uint32_t i);

// The short forms of company mention `r` as word ranges of its sentence, each passed to `fn`:
// by the legal words ("Essex Chemical" of "Essex Chemical Corp") and without a word of the
// trade as well ("Essex").
template <class Fn>
void for_short_forms(const StageSentence& s, const RawMention& r, const Lexicon& lex, const KeySet& lower_vocab,
                     Fn&& fn) {
    bool industry = false;
    size_t legal = 0;
    const auto [b, e] = org_short_form(s.lower.subspan(r.start, r.end - r.start), s.hl.subspan(r.start, r.end - r.start),
                                       lex, &industry, true, &legal, &lower_vocab);
    if (e > b) fn(r.start + uint32_t(b), r.start + uint32_t(e));
    if (industry && legal > 0) fn(r.start + uint32_t(b), r.start + uint32_t(legal));  // ([b, legal): two words at least)
}


// ---- rules (ner_missed.cpp); `out[from..]` are the sentence's mentions, `taken` its words in one
bool institution_head(std::string_view lower_word);  // ministry, department, commission, ...
void extend_org_start(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex,
                      std::vector<uint8_t>& taken);
void missed_institutions(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from,
                         std::vector<uint8_t>& taken);
void portfolio_institutions(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex,
                            std::vector<uint8_t>& taken);
void country_named_orgs(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from,
                        const Lexicon& lex, std::vector<uint8_t>& taken);
void ministry_portfolio_lists(const StageSentence& s, std::vector<RawMention>& out, size_t from,
                              std::vector<uint8_t>& taken);
void acronym_extends_left(const StageSentence& s, std::vector<RawMention>& out, size_t from,
                          std::vector<uint8_t>& taken);
void bodies_before_officer(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex,
                           const KeySet& lower_vocab, std::vector<uint8_t>& taken);
void missed_company_at_start(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from,
                             const Lexicon& lex, std::vector<uint8_t>& taken);
void missed_after_descriptor(const StageSentence& s, uint32_t si, const Lexicon& lex, std::vector<RawMention>& out,
                             std::vector<uint8_t>& taken);
void missed_before_apposition(const StageSentence& s, uint32_t si, const Lexicon& lex, const KeySet& lower_vocab,
                              std::vector<RawMention>& out, std::vector<uint8_t>& taken);
void missed_before_move(const StageSentence& s, uint32_t si, const Lexicon& lex, std::vector<RawMention>& out,
                        std::vector<uint8_t>& taken);
void adjective_places(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex);
void split_country_pairs(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex);
void coordinated_loc_orgs(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex);
// "jobs in Port Talbot, Scunthorpe and Rotherham": one word read as a person in a list of places
// after a preposition of place, with a place on each side (or two before it, last after "and"), is
// a place too.
void listed_places(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex);
void gazetteer_fronts(const StageSentence& s, const Lexicon& lex, std::vector<RawMention>& out, size_t from,
                      std::vector<uint8_t>& taken);
void add_gazetteer_places(const StageSentence& s, uint32_t si, const Lexicon& lex, const SentenceInfo& info,
                          std::vector<uint8_t>& taken, std::vector<RawMention>& out);
void add_gazetteer_orgs(const StageSentence& s, uint32_t si, const Lexicon& lex, const SentenceInfo& info,
                        std::vector<uint8_t>& taken, std::vector<RawMention>& out);
// "The National People's Congress met": a known organisation of three or more words that the
// tagger cut short ("National People", "Gulf [Cooperation Council]"), holding mentions only
// inside it, is one mention of it.
void widen_to_gazetteer_orgs(const StageSentence& s, uint32_t si, const Lexicon& lex, const SentenceInfo& info,
                             std::vector<RawMention>& out, size_t sentence_from, std::vector<uint8_t>& taken);

// ---- name shapes (ner_missed.cpp): per sentence, normal lines; split_at_and once per document --
// "companies such as X, Y and Z": each a company.
void company_lists(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from);
// "Federation of [Indian] Export Organisations": a name cut at "of"/"for" runs on.
void complete_cut_names(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from,
                        std::vector<uint8_t>& taken);
// "A.K. Bhattacharya, an economist at Nomura": a name with a person's title in apposition.
void person_by_apposition(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex);
// "Apple Inc and Acme Holdings": two companies, cut after the legal word.
void split_after_legal_word(const StageSentence& s, std::vector<RawMention>& out, size_t from, const Lexicon& lex,
                            const KeySet& lower_vocab);
// "Procter & Gamble": one name across an ampersand.
void join_ampersand_names(const StageSentence& s, uint32_t si, std::vector<RawMention>& out, size_t from,
                          std::vector<uint8_t>& taken);
// "the European Union and India": one organisation the tagger made across "and" is two names.
void split_at_and(const std::vector<StageSentence>& sents, std::vector<RawMention>& out, const Lexicon& lex);
bool person_title_word(std::string_view w);  // minister, president, ... (names only people)
bool stock_move_verb(std::string_view w);  // gained, rose, fell, ... ("Acme rose 3%")
bool trade_plural(std::string_view w);     // tariffs, exporters, makers, output ... ("Shrimp exporters")

// ---- document rules (ner_missed.cpp) --------------------------------------------------------------
// The mentions whose words show a company ("Acme, a chipmaker", "Kelvorn gained 2%", "shares of
// X", "analysts at X") become ORG (fixed); the keys of such names and of their short forms go to
// `companies`, for their other mentions in the document. Once per mention, after the sentences.
void company_evidence(const std::vector<StageSentence>& sents, std::vector<RawMention>& out, const Lexicon& lex,
                      const KeySet& lower_vocab, std::vector<uint64_t>& companies);

}  // namespace np::ner
