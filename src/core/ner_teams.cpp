// ner_teams.cpp — sports teams recognized by the structure of results and standings lines.
//
// Why: clubs are mostly named after places or carry no cue at all ("Leeds", "Partizan",
// "Bayern Munich"), and a tagger trained on general news calls them places or people or
// nothing. Their layout gives them away:
//   * score and standings lines: names and numbers, hardly any lowercase words
//     ("Millwall 2 Burnley 1", "Ipswich 4 1 2 1 9 7 5", "Hanwha 58 1 49 .542 6");
//   * fixtures: a name on either side of "v" / "vs" ("Walsall v Wrexham").
// A name there is a team unless it is a person (first-name cue or an initial: golfers and
// batsmen also stand before numbers) or a country (national teams stay GPE).
#include "ner_stage.hpp"
#include "ner_text.hpp"

namespace np::ner {

namespace {

// A score or points total: a plain integer of at most 3 digits ("2", "107"); not times
// ("1:34"), bowling figures ("4-0-18-0") or decimals (athletes, not teams, come with those).
bool is_score(std::string_view w) {
    if (w.empty() || w.size() > 3) return false;
    for (char c : w) if (c < '0' || c > '9') return false;
    return true;
}
// The first test of is_versus, kept inline in the counting loop (most words fail it).
inline bool may_be_versus(std::string_view w) { return w.size() - 1 < 3 && (w[0] | 0x20) == 'v'; }
bool is_versus(std::string_view w) { return is_versus_word(w); }
bool is_initial(std::string_view w) {
    return w.size() == 2 && w[1] == '.' && ((w[0] >= 'A' && w[0] <= 'Z'));
}
// A word that can be part of a team name: capitalized.
bool name_case(uint8_t cs) {
    Case c = Case(cs);
    return c == Case::title || c == Case::upper || c == Case::mixed;
}

}  // namespace

bool is_versus_word(std::string_view w) {
    if (w.empty() || w.size() > 3 || (w[0] != 'v' && w[0] != 'V')) return false;  // most words: one test
    return w == "v" || w == "vs" || w == "vs." || w == "v." || w == "V" || w == "VS";
}

bool team_line_counts(int numbers, int lowers, int versus) {
    const bool score_line = numbers >= 2 && lowers <= 2 && lowers * 2 < numbers;
    return score_line || versus;
}

std::vector<std::pair<uint32_t, uint32_t>> team_spans(const StageSentence& s, const std::vector<uint8_t>& taken,
                                                      const Lexicon& lex) {
    std::vector<std::pair<uint32_t, uint32_t>> out;
    const uint32_t n = uint32_t(s.words.size());
    int numbers = 0, lowers = 0, versus = 0;
    // A "v"/"vs" spelling is a lowercase or an all-caps word: others are not looked at (why:
    // this runs on every word of every sentence, and most sentences are no results line).
    for (uint32_t i = 0; i < n; ++i) {
        const Case c = Case(s.cases[i]);
        if (c == Case::digit) ++numbers;
        else if (c == Case::lower) { if (may_be_versus(s.words[i]) && is_versus(s.words[i])) ++versus; else ++lowers; }
        else if (c == Case::upper && may_be_versus(s.words[i]) && is_versus(s.words[i])) ++versus;
    }
    const bool score_line = numbers >= 2 && lowers <= 2 && lowers * 2 < numbers;
    if (!team_line_counts(numbers, lowers, versus)) return out;
    for (uint32_t i = 0; i < n;) {
        if (taken[i] || !name_case(s.cases[i]) || is_versus(s.words[i])) { ++i; continue; }
        uint32_t j = i;
        while (j < n && !taken[j] && !is_versus(s.words[j]) &&
               (name_case(s.cases[j]) || (j > i && (s.words[j] == "'s" || s.words[j] == "&")))) ++j;
        while (j > i + 1 && (s.words[j - 1] == "'s" || s.words[j - 1] == "&")) --j;
        bool before_score = score_line && j < n && is_score(s.words[j]) && !taken[j];
        bool fixture = (j < n && is_versus(s.words[j])) || (i > 0 && is_versus(s.words[i - 1]));
        if (before_score || fixture) {
            bool person = false;
            for (uint32_t k = i; k < j; ++k) person |= is_initial(s.words[k]);
            if (j - i >= 2 && (lex.kinds_of(s.hl[i]) & LK_FIRSTNAME)) person = true;
            // "M. Bevan", "(Ijaz Ahmed 79" inside a scorecard, "b Gough" (cricket: bowled by).
            if (i > 0 && (is_initial(s.words[i - 1]) || s.words[i - 1] == "(" ||
                          (s.words[i - 1].size() == 1 && Case(s.cases[i - 1]) == Case::lower && !is_versus(s.words[i - 1]))))
                person = true;
            LexMatch lm = lex.lookup_tokens(&s.hl[i], j - i);
            bool country = (lm.kinds & (LK_COUNTRY | LK_NORP)) != 0;
            if (!person && !country) out.emplace_back(i, j);
        }
        i = j;
    }
    return out;
}

}  // namespace np::ner
