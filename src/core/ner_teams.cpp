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

// ---- Results told in prose ------------------------------------------------------------------
// "Arsenal beat Chelsea 2-0", "Leeds drew 1-1 with Hull", "Porto lost 3-1 to Benfica",
// "Napoli's 2-1 win over Roma": a score (digits joined by a hyphen, each side one or two digits)
// next to a verb or a noun of a result; the names around it are teams.

bool is_hyphen_score(std::string_view w) {
    const size_t h = w.find('-');
    if (h == std::string_view::npos || h == 0 || h > 2 || w.size() - h - 1 == 0 || w.size() - h - 1 > 2) return false;
    for (size_t k = 0; k < w.size(); ++k)
        if (k != h && (w[k] < '0' || w[k] > '9')) return false;
    return true;
}

namespace {

bool result_verb(std::string_view w) {
    static constexpr std::string_view kVerbs[] = {"beat", "beats", "defeated", "defeats", "edged", "edges", "thrashed",
        "routed", "crushed", "stunned", "upset", "downed", "hammered", "drew", "draws", "lost", "loses", "won", "wins",
        "overcame", "swept", "blanked", "whipped", "outlasted"};
    for (std::string_view v : kVerbs)
        if (w == v) return true;
    return false;
}
bool result_noun(std::string_view w) {
    return w == "win" || w == "victory" || w == "defeat" || w == "loss" || w == "draw" || w == "triumph" || w == "rout";
}

}  // namespace

std::vector<std::pair<uint32_t, uint32_t>> result_teams(const StageSentence& s, const std::vector<uint8_t>& taken,
                                                        const Lexicon& lex) {
    std::vector<std::pair<uint32_t, uint32_t>> out;
    const uint32_t n = uint32_t(s.words.size());
    // A run of capitalized words ending at `e` (exclusive) / starting at `b`, not taken.
    const auto name_before = [&](uint32_t e) {
        uint32_t b = e;
        while (b > 0 && !taken[b - 1] && name_case(s.cases[b - 1]) && b + 4 > e) --b;
        return b;
    };
    const auto name_after = [&](uint32_t b) {
        uint32_t e = b;
        while (e < n && !taken[e] && name_case(s.cases[e]) && e < b + 4) ++e;
        return e;
    };
    const auto add = [&](uint32_t a, uint32_t b) {
        if (b > a + 1 && s.lower[a] == "the") ++a;  // ("The United States beat El Salvador 3-1")
        if (b <= a) return;
        if (a > 0 && s.words[a - 1] == "'s") return;  // (someone's team: "Saka's Arsenal")
        bool person = false;
        for (uint32_t k = a; k < b; ++k) person |= is_initial(s.words[k]);
        if (b - a >= 2 && (lex.kinds_of(s.hl[a]) & LK_FIRSTNAME)) person = true;
        const LexMatch lm = lex.lookup_tokens(&s.hl[a], b - a);
        if (person || (lm.kinds & (LK_COUNTRY | LK_NORP | LK_TITLE))) return;
        for (const auto& [x, y] : out)
            if (x == a && y == b) return;
        out.emplace_back(a, b);
    };
    for (uint32_t j = 0; j < n; ++j) {
        if (Case(s.cases[j]) != Case::digit || !is_hyphen_score(s.words[j])) continue;
        // "A beat B 2-0": the verb between two names before the score
        {
            const uint32_t b2 = name_before(j);
            if (b2 < j && b2 >= 2 && result_verb(s.lower[b2 - 1])) {
                const uint32_t b1 = name_before(b2 - 1);
                if (b1 < b2 - 1) add(b1, b2 - 1);
                add(b2, j);
            }
        }
        // "A drew 1-1 with B", "A lost 3-1 to B", "A won 2-0 at B", "A beat B 2-0": the verb
        // right before the score, the first name before it and one after a preposition
        if (j >= 2 && result_verb(s.lower[j - 1])) {
            const uint32_t b1 = name_before(j - 1);
            if (b1 < j - 1) {
                add(b1, j - 1);
                if (j + 2 < n && (s.lower[j + 1] == "with" || s.lower[j + 1] == "to" || s.lower[j + 1] == "against" ||
                                  s.lower[j + 1] == "over" || s.lower[j + 1] == "at"))
                    add(j + 2, name_after(j + 2));
            }
        }
        // "Napoli's 2-1 win over Roma", "a 3-1 defeat to Benfica": the owner and the other side
        if (j + 3 < n && result_noun(s.lower[j + 1]) &&
            (s.lower[j + 2] == "over" || s.lower[j + 2] == "against" || s.lower[j + 2] == "to" ||
             s.lower[j + 2] == "by" || s.lower[j + 2] == "at" || s.lower[j + 2] == "with")) {
            add(j + 3, name_after(j + 3));
            if (j >= 2 && s.words[j - 1] == "'s") add(name_before(j - 1), j - 1);
        }
    }
    return out;
}

}  // namespace np::ner
