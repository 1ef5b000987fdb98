// quotes.cpp — direct quotations and their speakers.
//
// Quote marks are paired per paragraph (curly and straight doubles; single quotes when not
// nested in a double; a double left open at the end of a paragraph runs to its end). A quote is
// attributed by, in order: a speech verb right after it (", he said" / "," said X), a speech
// verb before it in its sentence (X said the US should "..."; "..., insisting it has "..."),
// the source "according to" names in its sentence, another quote of the same sentence, or — for
// a quote that opens its sentence — the speaker of the paragraph's previous quote or sentence.
// A speaker the text does not name keeps the words that describe it ('," a foreign ministry
// spokesman told reporters': speaker_name "a foreign ministry spokesman", no entity).
// Single words, titles ("a rendition of 'Y'") and short phrases with no speech verb close by are
// scare quotes: no speaker (a single word after a labelling verb is quoted speech: X called the
// tariffs "unjustified").
//
// Index
//   1. Pairing quote marks
//   2. Speaker search helpers
//   3. find_quotes
#include <algorithm>
#include <cctype>
#include <cstring>

#include "models.hpp"
#include "ner_stage.hpp"
#include "stages.hpp"
#include "summarize_view.hpp"
#include "text.hpp"

namespace np {

using sv::TK;
using sv::View;

namespace {


// ---- 1. Pairing -------------------------------------------------------------------------------------
struct QSpan {
    uint32_t open = 0, close = 0;  // token indices of the marks (close == open-range end if unclosed)
    bool closed = true;
    uint32_t sent = 0;             // sentence of the opening mark
};

void pair_quotes(const View& v, uint32_t t0, uint32_t t1, std::vector<QSpan>& out) {
    int32_t dbl = -1, sgl = -1;
    for (uint32_t i = t0; i < t1; ++i) {
        const sv::Tok& t = v.toks[i];
        if (t.kind != TK::quote) continue;
        bool single = t.flags & sv::single_q;
        if (!single) {
            if (dbl < 0) {
                if (t.flags & sv::open_q) { dbl = int32_t(i); sgl = -1; }
            } else if (t.flags & sv::close_q) {
                out.push_back(QSpan{uint32_t(dbl), i, true, 0});
                dbl = -1;
            } else if (t.flags & sv::open_q) {
                dbl = int32_t(i);  // a stray opener: restart
            }
            continue;
        }
        if (dbl >= 0) continue;  // nested single quotes belong to the outer quote
        if (sgl < 0) {
            if ((t.flags & sv::open_q) && !(t.flags & sv::close_q)) sgl = int32_t(i);
            else if ((t.flags & sv::open_q) && i + 1 < t1 && v.toks[i + 1].kind == TK::word && (t.flags & sv::space_before))
                sgl = int32_t(i);
        } else if (t.flags & sv::close_q) {
            out.push_back(QSpan{uint32_t(sgl), i, true, 0});
            sgl = -1;
        }
    }
    if (dbl >= 0 && t1 > uint32_t(dbl) + 3) out.push_back(QSpan{uint32_t(dbl), t1, false, 0});
}

// ---- 2. Speaker helpers ---------------------------------------------------------------------------------
const char* const kTitleCue[] = {"titled", "entitled", "called", "dubbed", "named", "nicknamed", "so-called",
    "rendition", "song", "album", "film", "movie", "book", "novel", "slogan", "term", "word", "phrase",
    "hashtag", "show", "series", "headline", "anthem", "hit", "play", "motto", "label", "banner", "tagline",
    "nickname", "brand", nullptr};
// Verbs among the cues: a title only right before the mark (a song called "X", a plan dubbed
// "Y"); with an object between, the subject labels something: X called the move "unfair".
const char* const kTitleVerbCue[] = {"titled", "entitled", "called", "dubbed", "named", "nicknamed", nullptr};

// A speech verb at token j (never a capitalized word: "the United States" is no "states").
bool speech_at(const View& v, uint32_t j) {
    if (v.toks[j].flags & sv::cap) return false;
    // ("added 117 more vessels to its list of "shadow fleet" tankers": "add" with an amount
    // after it adds things, it says nothing)
    if (j + 1 < v.toks.size() && v.toks[j + 1].kind == TK::number &&
        (v.is(j, "added") || v.is(j, "adds") || v.is(j, "adding") || v.is(j, "add")))
        return false;
    return sv::tok_speech(v, j) || sv::tok_speech_ing(v, j);
}

struct Speaker {
    int32_t key = -1;
    std::string verb;
    bool found = false;  // an attribution was found (key may still be -1 for "a spokesman said")
    std::string unnamed;  // with key -1: the words that name the speaker ("a ministry spokesman")
};

// Sentence `si` is the headline of a story of its own in a paste of several: a heading, and a
// dateline at the start of the sentence after it ("OSLO, March 3 (Reuters) -", "NEW YORK (AP)
// -": words in capitals, then a comma or a bracket).
bool story_headline(const View& v, uint32_t si) {
    if (si + 1 >= v.sents.size() || !v.sents[si].heading) return false;
    const uint32_t t0 = v.sents[si + 1].t0, t1 = v.sents[si + 1].t1;
    uint32_t t = t0;
    while (t < t1 && t < t0 + 4 && (v.toks[t].flags & sv::all_cap) && v.toks[t].kind == TK::word) ++t;
    return t > t0 && t < t1 && (t > t0 + 1 || v.toks[t0].lolen >= 3) && (v.is(t, ",") || v.is(t, "("));
}

// The last person named before token `tok`, not past the start of the story it is in.
// A person named inside a quotation in the pronoun's own sentence is not who "he" is: '"Nothing
// is agreed until we speak with President Ruiz," he said' is the speaker's.
int32_t last_person_before(const View& v, uint32_t tok) {
    int32_t sent = tok < v.tok_sent.size() ? v.tok_sent[tok] : -1;
    const int32_t own = sent;
    bool quoted = false;
    // An earlier sentence's quotation marks count only when they pair up in it (a quotation
    // running over several sentences has one mark in each): 'it sold "Carter bonds"' names no
    // one "he" can be.
    bool paired = true;
    for (uint32_t j = tok; j > 0;) {
        --j;
        if (const int32_t sj = j < v.tok_sent.size() ? v.tok_sent[j] : -1; sj != sent && sj >= 0) {
            if (sent >= 0 && sj < sent && story_headline(v, uint32_t(sent))) break;  // (the story's own headline is in)
            sent = sj;
            quoted = false;
            unsigned marks = 0;
            for (uint32_t q = v.sents[size_t(sj)].t0; q < v.sents[size_t(sj)].t1; ++q)
                marks += v.toks[q].kind == TK::quote && !(v.toks[q].flags & sv::single_q);
            paired = marks % 2 == 0;
        }
        if ((sent == own || paired) && v.toks[j].kind == TK::quote && !(v.toks[j].flags & sv::single_q)) {
            quoted = !quoted;
            continue;
        }
        if (quoted) continue;
        int32_t a = sv::actor_at(v, j);
        // ("He said that the Reagan administration was resisting ...": a president's name before
        // "administration" names the government, not who "he" is)
        if (a >= 0 && v.actors[size_t(a)].type == sv::AType::person &&
            (v.is(v.actors[size_t(a)].t1, "administration") || v.is(v.actors[size_t(a)].t1, "government")))
            continue;
        if (a >= 0 && v.actors[size_t(a)].type == sv::AType::person) {
            // In an earlier sentence, its speaker over a person it reports on: 'Brenner said any
            // extension would need approval from President Ruiz. "...," he said.' is Brenner's.
            if (sent != own && sent >= 0) {
                const sv::Sent& ps = v.sents[size_t(sent)];
                for (uint32_t q = ps.t0; q < j; ++q) {
                    if (v.toks[q].kind == TK::quote) break;
                    if (speech_at(v, q)) {
                        if (sv::tok_speech_ing(v, q)) break;
                        for (uint32_t p = ps.t0; p < q; ++p) {
                            const int32_t b = sv::actor_at(v, p);
                            if (b >= 0 && v.actors[size_t(b)].type == sv::AType::person)
                                return int32_t(v.actors[size_t(b)].key);
                        }
                        break;
                    }
                }
                // 'President X, who flew there with Minister Y, said ... "...," she told': a
                // person inside the subject's relative clause is not who "she" is
                uint32_t p0 = ps.t0;
                int32_t first = -1;
                for (; p0 < j && first < 0; ++p0) {
                    const int32_t b = sv::actor_at(v, p0);
                    if (b >= 0 && v.actors[size_t(b)].type == sv::AType::person) first = b;
                }
                if (first >= 0 && first != a) {
                    const uint32_t f1 = v.actors[size_t(first)].t1;
                    const bool relative = f1 + 1 < j && v.is(f1, ",") && v.is(f1 + 1, "who");
                    bool closed = false;  // (", said": the clause closes before the speech verb)
                    for (uint32_t q = j; q + 1 < ps.t1 && relative && !closed; ++q) {
                        if (v.toks[q].kind == TK::quote) break;
                        closed = v.is(q, ",") && speech_at(v, q + 1);
                    }
                    if (closed) return int32_t(v.actors[size_t(first)].key);
                }
            }
            return int32_t(v.actors[size_t(a)].key);
        }
        if (tok - j > 2000) break;
    }
    return -1;
}

// "The ministry said", "said the central bank": an institution named again by the head word of
// its name is the latest organisation before it whose name holds that word ("China's Commerce
// Ministry ... The ministry said"), within the last ~600 tokens; -1 when none does. "The
// company" is the latest organisation, when that one's name ends in a legal form.
[[gnu::noinline]] int32_t named_institution(const View& v, uint32_t j) {
    static const char* const kHeads[] = {"ministry", "department", "bank", "commission", "agency", "committee",
        "council", "court", "office", "union", "federation", "association", "institute", "fund", "exchange",
        "board", "authority", "bureau", "parliament", "senate", "congress", "cabinet", "secretariat", nullptr};
    if (j == 0 || !v.is(j - 1, "the")) return -1;
    // "Pennzoil Co said ... 'We expect prices to firm,' the company said": the latest organisation
    // if its name ends in a legal form (the latest may be a regulator or an exchange: no guess then)
    if (v.is(j, "company") || v.is(j, "firm")) {
        for (size_t a = v.actors.size(); a > 0;) {
            const sv::ActorRef& r = v.actors[--a];
            if (r.t1 > j) continue;
            if (j - r.t1 > 600 || r.type == sv::AType::person) break;
            // (not a name inside the quotation before it: '"... a rollout to Merrill Lynch's
            // offices ...," the company said')
            uint32_t marks = 0;
            for (uint32_t q = r.t1; q < j; ++q)
                marks += v.toks[q].kind == TK::quote && !(v.toks[q].flags & sv::single_q);
            if (marks % 2) continue;
            if (r.type != sv::AType::org) continue;
            // (the entity's name, not the mention's: "Pennzoil" after "Pennzoil Co")
            const std::string& name = v.keys[r.key].name;
            const size_t sp = name.rfind(' ');
            std::string last = sp == std::string::npos ? std::string() : name.substr(sp + 1);
            for (char& ch : last) ch = char(std::tolower(static_cast<unsigned char>(ch)));
            return ner::is_company_suffix(last) ? int32_t(r.key) : -1;  // (the NER's legal words)
        }
        return -1;
    }
    if (!sv::in_list(v.lo(j), kHeads)) return -1;
    const std::string_view head = v.lo(j);
    for (size_t a = v.actors.size(); a > 0;) {
        const sv::ActorRef& r = v.actors[--a];
        if (r.t1 > j) continue;
        if (j - r.t1 > 600) break;
        if (r.type != sv::AType::org) continue;
        // the head word as a whole word of the name, any case
        const std::string& name = v.keys[r.key].name;
        for (size_t p = 0; p + head.size() <= name.size(); ++p) {
            if ((p > 0 && name[p - 1] != ' ') ||
                (p + head.size() < name.size() && name[p + head.size()] != ' '))
                continue;
            bool same = true;
            for (size_t q = 0; q < head.size() && same; ++q)
                same = char(std::tolower(static_cast<unsigned char>(name[p + q]))) == head[q];
            if (same) return int32_t(r.key);
        }
    }
    return -1;
}

// Actor or pronoun at token j (a pronoun resolves to the last person / last non-person actor;
// "the ministry" to the ministry named before, named_institution()).
int32_t actor_or_pronoun(const View& v, uint32_t j, uint32_t sent_t0) {
    int32_t a = sv::actor_at(v, j);
    if (a >= 0) return int32_t(v.actors[size_t(a)].key);
    if (const int32_t inst = named_institution(v, j); inst >= 0) return inst;
    std::string_view w = v.lo(j);
    // ('"I felt strong," the 24-year-old said': a person named by age alone is the last person
    // named before, as "he" or "she" is)
    if (w == "the" && j + 3 < v.toks.size() && v.toks[j + 1].kind == TK::number && v.is(j + 2, "year") &&
        v.is(j + 3, "old") && (v.toks[j + 2].flags & sv::hyphen_before))
        return last_person_before(v, j);
    if (w == "he" || w == "she") {
        // ("the trial of X, whom he called the victim of a "witch hunt"": the person the relative
        // pronoun stands for is not "he"; the one before is)
        if (j > sent_t0 + 1 && (v.is(j - 1, "whom") || v.is(j - 1, "whose"))) {
            for (uint32_t k = j - 1; k > sent_t0;) {
                --k;
                const int32_t b = sv::actor_at(v, k);
                if (b < 0) continue;
                if (v.actors[size_t(b)].type == sv::AType::person) return last_person_before(v, v.actors[size_t(b)].t0);
                k = v.actors[size_t(b)].t0;
            }
        }
        return last_person_before(v, j);
    }
    if (w == "it" || w == "they") {
        for (uint32_t k = j; k > sent_t0;) {
            --k;
            int32_t b = sv::actor_at(v, k);
            if (b >= 0 && v.actors[size_t(b)].type != sv::AType::person) return int32_t(v.actors[size_t(b)].key);
        }
    }
    return -1;
}

bool is_pronoun(std::string_view w) { return w == "he" || w == "she" || w == "it" || w == "they"; }

// Nouns that name a speaker without naming who it is. Titles that stand for one known person
// ("the president said") are left out: the quote is better unattributed than half attributed.
const char* const kUnnamedHeads[] = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen",
    "official", "officials", "source", "sources", "analyst", "analysts", "diplomat", "diplomats", "economist",
    "economists", "executive", "executives", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
    "lawmaker", "lawmakers", "negotiator", "negotiators", "representative", "representatives", "ministry",
    "group", "person", "people", "trader", "traders", "expert", "experts", "envoy", "observer", "observers",
    "farmer", "farmers", "resident", "residents", "owner", "owners", "dealer", "dealers", "banker", "bankers",
    "broker", "brokers", "winemaker", "winemakers", "grower", "growers", "worker", "workers", "producer",
    "producers", "exporter", "exporters", "importer", "importers", "consumer", "consumers", "shopper", "shoppers",
    "investor", "investors", "retailer", "retailers", "manager", "managers", "strategist", "strategists",
    "lawyer", "lawyers",
    // bodies not named ("the union said"; one named before is found by named_institution())
    "union", "unions", "company", "firm", "government", "association", "federation", "council", "committee",
    "chamber", "bank", "agency", "department", "commission", "sides", "countries", "nations", nullptr};
const char* const kUnnamedDeterminers[] = {"a", "an", "the", "one", "two", "three", "several", "some", "many",
    "another", "other", nullptr};
const char* const kUnnamedLinks[] = {"for", "at", "from", "with", nullptr};

// A place after "in" (or "near"), the article at most between, right after an unnamed speaker's
// head ("a trader in Singapore", "one winemaker in the Barossa Valley"): where the speaker is,
// not who speaks. `t` is the place's first token, `a` its actor.
bool located_unnamed(const View& v, uint32_t t, int32_t a) {
    const sv::AType type = v.actors[size_t(a)].type;
    if (type != sv::AType::gpe && type != sv::AType::other) return false;
    uint32_t p = t;
    if (p >= 1 && v.is(p - 1, "the")) --p;
    if (p < 2 || !(v.is(p - 1, "in") || v.is(p - 1, "near"))) return false;
    const uint32_t h = p - 2;
    return v.toks[h].kind == TK::word && !(v.toks[h].flags & sv::cap) && sv::in_list(v.lo(h), kUnnamedHeads);
}
// Words that open a clause: a phrase without a determiner starts after them ("but officials said").
const char* const kClauseOpeners[] = {"but", "and", "or", "so", "yet", "while", "as", "because", "although",
    "though", "when", "if", "since", "after", "before", "that", "where", nullptr};

// The words that name an unnamed speaker as the subject of speech verb `verb` ('," a foreign
// ministry spokesman told reporters'; '," said an industry group representing growers'):
// a determiner, up to five words, a head from kUnnamedHeads ("a spokesman for the ministry" in
// full); without a determiner, words from the clause's start ('," trade officials said').
// Empty when the subject is no such phrase. Tokens [lo, hi) bound the search.
std::string unnamed_speaker(const View& v, std::string_view text, uint32_t verb, uint32_t lo, uint32_t hi,
                            bool inverted) {
    auto word = [&](uint32_t j) { return v.toks[j].kind == TK::word && !speech_at(v, j) && !is_pronoun(v.lo(j)); };
    auto phrase = [&](uint32_t a, uint32_t b) {  // tokens [a, b]
        return text::display_name(text, v.toks[a].start, v.toks[b].end);  // one line
    };
    // a head, not a possessive ("the farmers' union": no head of its own)
    auto head_at = [&](uint32_t j) {
        return sv::in_list(v.lo(j), kUnnamedHeads) && !(j + 1 < v.toks.size() && (v.is(j + 1, "'") || v.is(j + 1, "'s")));
    };
    if (inverted) {
        uint32_t j = verb + 1;
        for (uint32_t n = 0; j < hi && n < 6 && word(j); ++j, ++n) {
            // "the head of ...", "an article in the official press": no head before the phrase
            // ("one of the sources" is one of them)
            static const char* const kPreps[] = {"for", "at", "from", "with", "in", "on", "of", "by", "to", "into",
                                                 "about", "over", nullptr};
            if (sv::in_list(v.lo(j), kPreps) &&
                !(v.is(j, "of") && j > verb + 1 && sv::in_list(v.lo(j - 1), kUnnamedDeterminers)))
                return {};
            if (!head_at(j)) continue;
            // the last head of the run: "one commission house analyst", "a senior bank official"
            for (uint32_t k = j + 1; k < hi && k < j + 4 && word(k) && !sv::in_list(v.lo(k), kPreps); ++k)
                if (head_at(k)) j = k;
            uint32_t end = j;
            // "a spokesman for the ministry": the link and its lower-case words, to the clause's
            // end ("an official at a major importer,"; not "at a leading Japanese bank")
            if (j + 2 < hi && sv::in_list(v.lo(j + 1), kUnnamedLinks)) {
                uint32_t k = j + 2, last = 0;
                for (uint32_t m = 0; k < hi && m < 4 && word(k) && !(v.toks[k].flags & sv::cap); ++k, ++m) last = k;
                if (last && !sv::in_list(v.lo(last), kUnnamedDeterminers) && (k >= hi || v.toks[k].kind != TK::word))
                    end = last;
            }
            return phrase(verb + 1, end);
        }
        return {};
    }
    if (verb <= lo || !word(verb - 1)) return {};
    // ("one senior currency trader in Riyadh said": the phrase holds its place; the head is
    // looked for before the "in")
    uint32_t at = verb;
    if (const int32_t a = sv::actor_at(v, verb - 1);
        a >= 0 && v.actors[size_t(a)].t1 == verb && located_unnamed(v, v.actors[size_t(a)].t0, a)) {
        at = v.actors[size_t(a)].t0 - 1;
        if (v.is(at, "the")) --at;
        if (at <= lo) return {};
    }
    // the head right before the verb, or before a link ("a spokeswoman for the carmaker said")
    uint32_t head = at - 1;
    if (!head_at(head)) {
        head = 0;
        for (uint32_t k = at - 1; k > lo && at - k <= 5 && word(k) && !(v.toks[k].flags & sv::cap); --k) {
            if (sv::in_list(v.lo(k), kUnnamedLinks) && word(k - 1) && head_at(k - 1)) {
                head = k - 1;
                break;
            }
            // ("people familiar with the matter", "sources close to the talks", "officials briefed on")
            if (k >= lo + 2 && ((v.is(k, "with") && v.is(k - 1, "familiar")) || (v.is(k, "to") && v.is(k - 1, "close")) ||
                               (v.is(k, "on") && v.is(k - 1, "briefed"))) &&
                word(k - 2) && head_at(k - 2)) {
                head = k - 2;
                break;
            }
        }
        if (!head) return {};
    }
    // The phrase's first token for head `h`, or -1: back to a determiner, else to the clause's
    // start (a mark, a comma, the sentence's start).
    auto start_of = [&](uint32_t h) -> int64_t {
        uint32_t j = h;
        // (a number inside: "the 1.2 mln member union")
        for (uint32_t n = 0; j > lo && n < 5 && (word(j - 1) || v.toks[j - 1].kind == TK::number); ++n) {
            if (sv::in_list(v.lo(j - 1), kClauseOpeners)) return int64_t(j);
            --j;
            if (sv::in_list(v.lo(j), kUnnamedDeterminers))  // ("the two countries": both)
                return j > lo && word(j - 1) && sv::in_list(v.lo(j - 1), kUnnamedDeterminers) ? j - 1 : j;
        }
        return j > lo && v.toks[j - 1].kind == TK::word ? -1 : int64_t(j);
    };
    const int64_t first = start_of(head);
    if (first < 0) return {};
    uint32_t start = uint32_t(first);
    // "a spokesman for the ministry said": on to the head before the link
    if (start >= lo + 2 && sv::in_list(v.lo(start - 1), kUnnamedLinks) && word(start - 2) &&
        sv::in_list(v.lo(start - 2), kUnnamedHeads))
        if (const int64_t outer = start_of(start - 2); outer >= 0) start = uint32_t(outer);
    return phrase(start, verb - 1);
}

// Verbs that put a quoted label on something: "called the tariffs "unjustified"". `past_only`:
// forms that are no noun ("Clark's call for "..."", "calls for"), for quotes of several words.
// "called for", "called on" ask for something: no label.
bool labelling_verb(const View& v, uint32_t j, bool past_only = false) {
    if (v.toks[j].flags & sv::cap) return false;
    static constexpr std::string_view kLabel[] = {"called", "described", "labelled", "labeled", "termed", "dubbed",
        "branded", "deemed", "calls", "call", "describes", "labels", "terms", "dubs", "brands", "calling",
        "describing", "labelling", "labeling", "branding", "dubbing", "terming"};
    constexpr size_t kPast = 8;  // the first kPast forms
    const std::string_view w = v.lo(j);
    bool hit = false;
    for (size_t k = 0; k < (past_only ? kPast : std::size(kLabel)) && !hit; ++k) hit = w == kLabel[k];
    if (!hit) return false;
    if (j + 1 < v.toks.size()) {
        const std::string_view next = v.lo(j + 1);
        if (next == "for" || next == "on" || next == "off" || next == "up") return false;
    }
    return true;
}

// The name that opens a sentence as its subject, before token `to` (past a dateline and a title
// in lower case: "President Donald Trump criticized ..."): a person, organisation or place
// followed by a lower-case word, else -1.
int32_t opening_subject(const View& v, uint32_t t0, uint32_t to) {
    uint32_t q = t0;
    for (uint32_t d = t0; d < to && d < t0 + 12; ++d)
        if (v.is(d, "-") || v.is(d, "\xE2\x80\x94") || v.is(d, "--")) {
            q = d + 1;
            break;
        }
    while (q < to && q < t0 + 16 && sv::actor_at(v, q) < 0 &&
           (v.toks[q].kind == TK::word && ((v.toks[q].flags & sv::cap) || v.is(q, "the"))))
        ++q;
    const int32_t a = q < to ? sv::actor_at(v, q) : -1;
    if (a < 0) return -1;
    const auto& ar = v.actors[size_t(a)];
    if (ar.type == sv::AType::norp || ar.t1 >= to || v.toks[ar.t1].kind != TK::word || (v.toks[ar.t1].flags & sv::cap))
        return -1;
    return int32_t(ar.key);
}

// The speaker of a speech verb at token `verb`.
int32_t speaker_of_verb(const View& v, uint32_t verb, uint32_t sent_t0, uint32_t sent_t1, bool inverted) {
    if (sv::tok_speech_ing(v, verb)) {
        // "..., insisting it has": the subject of the main clause (a person if any)
        // (not a name inside a quotation before it: '"We call on Beijing to stop," she said,
        // adding ...' is hers; a "he"/"she" on the way is the subject)
        int32_t first = -1, norp = -1;
        bool quoted = false;
        for (uint32_t j = verb; j > sent_t0;) {
            --j;
            if (v.toks[j].kind == TK::quote && !(v.toks[j].flags & sv::single_q)) { quoted = !quoted; continue; }
            if (quoted) continue;
            if (first < 0 && (v.is(j, "he") || v.is(j, "she"))) return last_person_before(v, j);
            int32_t a = sv::actor_at(v, j);
            if (a < 0) continue;
            // the listener ("the spokesman told Reuters, adding") is no speaker
            if (const uint32_t t0 = v.actors[size_t(a)].t0; t0 > sent_t0 && (v.is(t0 - 1, "told") || v.is(t0 - 1, "tells"))) {
                j = t0;
                continue;
            }
            const auto& ar = v.actors[size_t(a)];
            if (ar.type == sv::AType::person) return int32_t(ar.key);
            if (ar.type != sv::AType::norp) first = int32_t(ar.key);
            else norp = int32_t(ar.key);
            j = ar.t0;
        }
        if (first >= 0) return first;
        if (norp >= 0) return norp;
        if (verb > sent_t0 && is_pronoun(v.lo(sent_t0))) return actor_or_pronoun(v, sent_t0, sent_t0);
        return -1;
    }
    // Finite verb after an apposition (a comma right before it): the actor or pronoun right
    // before the clause's first comma is the subject, person or not ("Canada, the largest
    // supplier of steel to the United States, called ...": Canada; "Lindner, the Cincinnati,
    // Ohio, investor, said": Lindner), unless a preposition puts it in a phrase of its own ("In
    // Washington, the ministry, ..."), or the apposition is a person's name itself ("China's
    // foreign ministry spokesperson, Lin Jian, said"); with none, the person inside, else the
    // nearest actor. A dash ends the walk: "CHICAGO,
    // March 17 - Sears Roebuck and Co, said" (a dateline's city is no subject).
    if (verb > sent_t0 + 1 && v.lo(verb - 1) == ",") {
        int32_t first = -1, person = -1, subject = -1;
        // "French winemakers, who sell a fifth of their exports to the United States, said": the
        // subject before the relative clause is no actor, and no name inside speaks for it
        bool plain_subject = false;
        for (uint32_t j = verb - 1, steps = 0; j > sent_t0 && steps < 40; ++steps) {
            --j;
            const std::string_view w = v.lo(j);
            if (v.toks[j].kind == TK::quote || w == ";" || w == "-" || w == "--") break;
            if (w == "," && j > sent_t0) {
                const int32_t a = sv::actor_at(v, j - 1);
                const uint32_t t0 = a >= 0 ? v.actors[size_t(a)].t0 : j - 1;
                const int32_t k = a >= 0 && v.actors[size_t(a)].t1 == j ? int32_t(v.actors[size_t(a)].key)
                                  : is_pronoun(v.lo(j - 1))          ? actor_or_pronoun(v, j - 1, sent_t0)
                                                                     : -1;
                static const char* const kPhrase[] = {"in", "at", "from", "on", "for", "with", "of", "to",
                                                      "by", "near", "outside", "across", nullptr};
                const bool in_phrase = t0 > sent_t0 && sv::in_list(v.lo(t0 - 1), kPhrase);
                if (k >= 0 && !in_phrase) subject = k;
                if (k < 0 && (v.is(j + 1, "who") || v.is(j + 1, "which")) && v.toks[j - 1].kind == TK::word &&
                    !(v.toks[j - 1].flags & sv::cap)) {
                    plain_subject = true;
                    // ... unless an organization or a place in it speaks through it: "A Hyundai
                    // Motor Co official, who asked not to be identified, said"
                    for (uint32_t b = j - 1, n = 0; b > sent_t0 && n < 8; ++n) {
                        --b;
                        if (v.toks[b].kind == TK::punct) break;
                        const int32_t o = sv::actor_at(v, b);
                        if (o >= 0 && (v.actors[size_t(o)].type == sv::AType::org || v.actors[size_t(o)].type == sv::AType::gpe)) {
                            subject = int32_t(v.actors[size_t(o)].key);
                            break;
                        }
                    }
                }
                continue;
            }
            const int32_t k = actor_or_pronoun(v, j, sent_t0);
            if (k < 0) continue;
            const int32_t a = sv::actor_at(v, j);
            const bool is_person = v.keys[size_t(k)].type == sv::AType::person;
            // The apposition is the name itself ("QNB's General Manager, Abdulla al-Attiya,
            // said"): that person (not a possessor opening it: "Kim Yong-beom, Lee's chief of
            // staff, told" is Kim's).
            if (first < 0 && is_person && a >= 0 && v.actors[size_t(a)].t0 > sent_t0 &&
                v.lo(v.actors[size_t(a)].t0 - 1) == "," && v.is(v.actors[size_t(a)].t1, ","))
                return k;
            if (is_person && person < 0) person = k;
            if (first < 0) first = k;
            if (a >= 0) j = v.actors[size_t(a)].t0;
        }
        if (subject >= 0) return subject;
        if (plain_subject) return -1;
        if (person >= 0) return person;
        if (first >= 0) return first;
    } else {
        // Nearest actor or pronoun before it (titles, adverbs between). A place or firm in a
        // phrase of its own ("Chris Johns, currency analyst at Acme Securities in London said")
        // is kept as `fallback` while the walk looks on for the person the phrase belongs to.
        int32_t fallback = -1;
        for (uint32_t j = verb, steps = 0; j > sent_t0 && steps < 14; ++steps) {
            --j;
            if (v.toks[j].kind == TK::quote || v.lo(j) == ";") break;
            // ("and" inside a name: "UBS-Phillips and Drew in London said")
            if (v.lo(j) == "and" && j > sent_t0 && (v.toks[j - 1].flags & sv::cap) && (v.toks[j + 1].flags & sv::cap) &&
                v.lo(j - 1).size() >= 3 && v.lo(j + 1).size() >= 3)
                continue;
            if (v.lo(j) == "and" || v.lo(j) == "but") {
                // "He said ... and quipped": the subject of the sentence (the person a title
                // names, not the title's country: "Chinese commerce ministry spokesperson He
                // Yadong said ... and urged")
                for (uint32_t k = sent_t0; k < j; ++k) {
                    if (v.toks[k].kind == TK::quote) break;
                    int32_t a = actor_or_pronoun(v, k, sent_t0);
                    if (a < 0) continue;
                    int32_t r = sv::actor_at(v, k);
                    // ("China's Commerce Ministry said ... and urged": the possessor's organisation)
                    if (r >= 0 && v.actors[size_t(r)].type != sv::AType::person) {
                        const uint32_t t1 = v.actors[size_t(r)].t1;
                        if (t1 + 1 < j && (v.is(t1, "'s") || v.is(t1, "\xE2\x80\x99s")))
                            if (const int32_t h = sv::actor_at(v, t1 + 1);
                                h >= 0 && v.actors[size_t(h)].t0 == t1 + 1 && v.actors[size_t(h)].type == sv::AType::org) {
                                r = h;
                                a = int32_t(v.actors[size_t(h)].key);
                            }
                    }
                    if (r >= 0 && v.actors[size_t(r)].type != sv::AType::person && v.actors[size_t(r)].type != sv::AType::org)
                        for (uint32_t q = v.actors[size_t(r)].t1; q < j && q < v.actors[size_t(r)].t1 + 6; ++q) {
                            if (v.toks[q].kind != TK::word) break;
                            const int32_t p = sv::actor_at(v, q);
                            if (p < 0) continue;
                            if (v.actors[size_t(p)].type == sv::AType::person) return int32_t(v.actors[size_t(p)].key);
                            break;
                        }
                    return a;
                }
                break;
            }
            int32_t k = actor_or_pronoun(v, j, sent_t0);
            // "The European Chamber of Commerce in China said": a place in a phrase of the
            // subject's ("in", "at", "of", "from" right after another name) is not the speaker
            if (const int32_t a = k >= 0 ? sv::actor_at(v, j) : -1; a >= 0) {
                uint32_t p = v.actors[size_t(a)].t0;
                if (p > sent_t0 + 1 && v.is(p - 1, "the")) --p;
                const int32_t b = p > sent_t0 + 1 && (v.is(p - 1, "in") || v.is(p - 1, "at") || v.is(p - 1, "of") ||
                                                      v.is(p - 1, "from"))
                                      ? sv::actor_at(v, p - 2)
                                      : -1;
                // (after "of", a person or a place's: "Marc Cohen of Acme Bank", "Senator X of
                // Kansas"; an organisation "of" another is more likely a title the tagger took for
                // a name: "X, President of Acme Oil, said")
                const auto type = [&](int32_t q) { return v.actors[size_t(q)].type; };
                if (b >= 0 && v.actors[size_t(b)].t1 == p - 1 && type(b) != sv::AType::norp &&
                    (!v.is(p - 1, "of") || type(b) == sv::AType::person || type(a) == sv::AType::gpe)) {
                    // (the subject's own phrase, in turn: "an analyst at Halvex Securities in Oslo")
                    const uint32_t b0 = v.actors[size_t(b)].t0;
                    if (type(b) != sv::AType::person && b0 > sent_t0 + 1 && (v.is(b0 - 1, "at") || v.is(b0 - 1, "in"))) {
                        if (fallback < 0) fallback = int32_t(v.actors[size_t(b)].key);
                        j = b0 - 1;
                        continue;
                    }
                    return int32_t(v.actors[size_t(b)].key);
                }
                if (type(a) == sv::AType::person) return k;
                if (p > sent_t0 + 1 && (v.is(p - 1, "in") || v.is(p - 1, "at"))) {
                    // ("a trader in Singapore said": where an unnamed speaker is, not who speaks)
                    if (fallback < 0 && !located_unnamed(v, p, a)) fallback = k;
                    j = p - 1;
                    continue;
                }
            }
            if (k >= 0) return k;
            if (is_pronoun(v.lo(j))) return -1;  // one that names no one: no speaker
        }
        if (fallback >= 0) return fallback;
    }
    if (!inverted) return -1;
    // ... or after it: '," said Mark Lindqvist, who ...'
    for (uint32_t j = verb + 1; j < sent_t1 && j < verb + 6; ++j) {
        if (v.toks[j].kind == TK::quote || v.lo(j) == "." ) break;
        int32_t k = actor_or_pronoun(v, j, sent_t0);
        if (k < 0) continue;
        // ('," said one winemaker in the Barossa Valley': the place of an unnamed speaker)
        if (const int32_t a = sv::actor_at(v, j); a >= 0 && located_unnamed(v, j, a)) return -1;
        // ('," said the commission's director-general, Dr Olumide X.': a body's post, then the
        // person holding it set off by a comma, is that person)
        if (v.keys[size_t(k)].type != sv::AType::person)
            for (uint32_t q = j + 1; q + 1 < sent_t1 && q < j + 8; ++q) {
                if (v.toks[q].kind == TK::quote || v.is(q, ".") || v.is(q, ";")) break;
                if (!v.is(q, ",")) continue;
                for (uint32_t r = q + 1; r < sent_t1 && r < q + 4; ++r) {
                    const int32_t p = sv::actor_at(v, r);
                    if (p < 0) continue;
                    if (v.actors[size_t(p)].type == sv::AType::person) return int32_t(v.actors[size_t(p)].key);
                    break;
                }
                break;
            }
        // '," said U.S. Trade Representative Jamieson Greer': a place or an organisation that
        // opens a title speaks through the person the title names
        const int32_t a = sv::actor_at(v, j);
        // (with a title word between: "E.F." then "Hutton" right after it is one name cut in two)
        if (a >= 0 && v.actors[size_t(a)].type != sv::AType::person)
            for (uint32_t q = v.actors[size_t(a)].t1; q < sent_t1 && q < v.actors[size_t(a)].t1 + 7; ++q) {
                const int32_t p = sv::actor_at(v, q);
                if (p >= 0 && v.actors[size_t(p)].type == sv::AType::person) {
                    if (q > v.actors[size_t(a)].t1) return int32_t(v.actors[size_t(p)].key);
                    break;
                }
                if (p >= 0) { q = v.actors[size_t(p)].t1 - 1; continue; }
                const std::string_view w = v.lo(q);
                if (w == "'s" || w == "\xE2\x80\x99s") continue;
                // ("and" between capitalized words goes on: "Commerce and Industry Minister X")
                const bool and_in_title = w == "and" && q + 1 < sent_t1 && (v.toks[q - 1].flags & sv::cap) &&
                                          (v.toks[q + 1].flags & sv::cap);
                if (v.toks[q].kind != TK::word || (w == "and" && !and_in_title) || w == "or" || w == "who" || w == "which" ||
                    w == "that" || sv::tok_speech(v, q) ||
                    (!(v.toks[q].flags & sv::cap) && (w.ends_with("ed") || w == "has" || w == "had" || w == "is" ||
                                                       w == "was" || w == "would" || w == "will")))
                    break;
            }
        return k;
    }
    return -1;
}

}  // namespace

// ---- 3. find_quotes --------------------------------------------------------------------------------------
// Any quotation mark at all in the analysed text? (Most wire copy has none: skip the view.)
// Any quotation mark in an analysed segment: '"', '\'' at a word start, “ ‘ „ or «. Each of the
// four lead bytes is searched with memchr (a vectorized scan in the C library) rather than by a
// byte loop over the whole text: most segments hold none of them.
bool has_quote_marks(const Document& doc) {
    const std::string& t = doc.text;
    const char* base = t.data();
    const int kLeads[] = {'"', '\'', 0xE2, 0xC2};
    auto starts_mark = [&](size_t i) {
        unsigned char c = static_cast<unsigned char>(t[i]);
        if (c == '"') return true;
        if (c == '\'') return i == 0 || t[i - 1] == ' ' || t[i - 1] == '\n';
        if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
            unsigned char d = static_cast<unsigned char>(t[i + 2]);
            return d == 0x9C || d == 0x98 || d == 0x9E;
        }
        return c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xAB;
    };
    for (size_t g = 0; g < doc.segments.size(); ++g) {
        if (g < doc.analysed.size() ? !doc.analysed[g] : !doc.segments[g].kept()) continue;
        const size_t end = std::min<size_t>(doc.segments[g].end, t.size());
        const size_t start = doc.segments[g].start;
        if (start >= end) continue;
        for (int lead : kLeads) {
            const char* p = base + start;
            const char* const stop = base + end;
            while (p < stop) {
                const void* hit = std::memchr(p, lead, size_t(stop - p));
                if (!hit) break;
                const size_t i = size_t(static_cast<const char*>(hit) - base);
                if (starts_mark(i)) return true;
                p = base + i + 1;
            }
        }
    }
    return false;
}


void find_quotes(Document& doc, const Models* models) {
    doc.quotes.clear();
    if (!has_quote_marks(doc)) return;
    quotes_from_view(doc, sv::build_view(doc, models ? &models->summary : nullptr, sv::with_actors));
}

void quotes_from_view(Document& doc, const View& v) {
    doc.quotes.clear();
    // paragraphs: runs of sentences with the same para number
    std::vector<QSpan> spans;
    for (size_t s = 0; s < v.sents.size();) {
        size_t e = s;
        while (e < v.sents.size() && v.sents[e].para == v.sents[s].para) ++e;
        size_t before = spans.size();
        pair_quotes(v, v.sents[s].t0, v.sents[e - 1].t1, spans);
        for (size_t q = before; q < spans.size(); ++q) spans[q].sent = uint32_t(v.tok_sent[spans[q].open]);
        s = e;
    }
    std::vector<int32_t> keys;  // speaker key per emitted quote
    std::vector<uint32_t> qsent;
    // The speaker of each sentence's first speech verb (for quotes continuing a paragraph).
    auto sentence_speaker = [&](uint32_t si, Speaker& out) {
        const sv::Sent& s = v.sents[si];
        bool in_quote = false;
        for (uint32_t j = s.t0; j < s.t1; ++j) {
            if (v.toks[j].kind == TK::quote && !(v.toks[j].flags & sv::single_q)) in_quote = !in_quote;
            if (in_quote || !speech_at(v, j)) continue;
            int32_t k = speaker_of_verb(v, j, s.t0, s.t1, false);
            if (k >= 0) { out.key = k; out.found = true; return true; }
        }
        return false;
    };

    for (size_t qi = 0; qi < spans.size(); ++qi) {
        const QSpan& q = spans[qi];
        uint32_t c0 = q.open + 1, c1 = q.closed ? q.close : q.close;
        if (c1 <= c0) continue;
        uint32_t words = 0;
        for (uint32_t j = c0; j < c1; ++j) words += v.toks[j].kind == TK::word || v.toks[j].kind == TK::number;
        if (words == 0) continue;
        const sv::Sent& s = v.sents[q.sent];
        Quote out;
        out.span.start = v.toks[c0].start;
        out.span.end = v.toks[c1 - 1].end;
        // the closing comma belongs to the sentence, not to the quotation
        if (v.lo(c1 - 1) == "," && c1 - 1 > c0) out.span.end = v.toks[c1 - 2].end;
        out.sentence = SpanRef{s.start, s.end};

        Speaker sp;
        bool title = false;
        // Title cue right before the opening mark: "a rendition of 'Y'", the so-called "X".
        for (uint32_t j = q.open, steps = 0; j > s.t0 && steps < 3; ++steps) {
            --j;
            if (!sv::in_list(v.lo(j), kTitleCue)) continue;
            bool only_article = true;  // "called a "clinalyzer"": a name all the same
            for (uint32_t k = j + 1; k < q.open; ++k) {
                const std::string_view w = v.lo(k);
                only_article = only_article && (w == "a" || w == "an" || w == "the");
            }
            if (only_article || !sv::in_list(v.lo(j), kTitleVerbCue)) title = true;
        }
        if (words > 1 && !title) {
            // (b) speech verb right after the quote: ', he said' / '," said X'
            uint32_t a = q.closed ? q.close + 1 : c1;
            const bool comma = v.lo(c1 - 1) == "," || (a < v.toks.size() && v.lo(a) == ",");
            if (a < v.toks.size() && v.lo(a) == ",") ++a;
            // '," officials in Ottawa told': a speaker's noun, a speech verb soon after
            // (not '"junk bond" experts', a label of the noun)
            // ("two sources said", "people familiar with the matter said")
            auto unnamed_soon = [&](uint32_t from) {  // (kUnnamedHeads: unnamed_speaker's nouns)
                if (!comma) return false;
                if (sv::in_list(v.lo(from), kUnnamedDeterminers) && from + 1 < v.toks.size() &&
                    sv::in_list(v.lo(from + 1), kUnnamedHeads))
                    ++from;
                if (!sv::in_list(v.lo(from), kUnnamedHeads)) return false;
                for (uint32_t j = from + 1; j < from + 7 && j < v.toks.size() && v.toks[j].kind == TK::word; ++j)
                    if (speech_at(v, j)) return true;
                return false;
            };
            // the attribution starts right away: a verb, a name, a pronoun, "the"/"a" + title, or
            // a title within its first three words ("ministry spokesperson X said", "company chief
            // executive X said") ... inside the quote's own sentence: a quotation ending in "."
            // closed its sentence
            std::string_view last = v.lo(c1 - 1);
            auto title_soon = [&](uint32_t from) {
                for (uint32_t j = from; j < from + 3 && j < v.toks.size(); ++j) {
                    if (v.toks[j].kind != TK::word) return false;
                    if (sv::tok_title(v, j)) return true;
                }
                return false;
            };
            bool after_ok = q.closed && a < v.toks.size() && v.tok_sent[a] >= 0 &&
                            v.sents[size_t(v.tok_sent[a])].para == s.para && last != "." &&
                            (speech_at(v, a) || sv::actor_at(v, a) >= 0 || is_pronoun(v.lo(a)) ||
                             v.lo(a) == "the" || v.lo(a) == "a" || v.lo(a) == "an" || title_soon(a) ||
                             unnamed_soon(a) ||
                             (v.toks[a].flags & sv::cap));
            if (after_ok) {
                uint32_t st = uint32_t(v.tok_sent[a]);
                uint32_t st1 = v.sents[st].t1;
                // ('," the ministry quoted Jane Okafor, head of its remedies unit, as saying': the
                // person quoted is the speaker, the verb "quoted")
                for (uint32_t j = a, quoted_at = 0; j + 1 < st1 && j < a + 24; ++j) {
                    if (v.toks[j].kind == TK::quote || v.is(j, ".")) break;
                    if (v.is(j, "quoted") || v.is(j, "quotes") || v.is(j, "quoting")) quoted_at = j;
                    if (!quoted_at || !v.is(j, "as") || !v.is(j + 1, "saying")) continue;
                    for (uint32_t k = quoted_at + 1; k < j; ++k)
                        if (const int32_t p = sv::actor_at(v, k); p >= 0 && v.actors[size_t(p)].type == sv::AType::person) {
                            sp.key = int32_t(v.actors[size_t(p)].key);
                            sp.verb = std::string(doc.text.substr(v.toks[quoted_at].start,
                                                                  v.toks[quoted_at].end - v.toks[quoted_at].start));
                            sp.found = true;
                            break;
                        }
                    break;
                }
                for (uint32_t j = a; j < st1 && j < a + 13 && !sp.found; ++j) {
                    std::string_view w = v.lo(j);
                    // "and" inside a capitalized title or name ("Commerce and Industry Minister
                    // X told") is not a second clause
                    const bool and_in_name = w == "and" && j > a && j + 1 < st1 &&
                                             (v.toks[j - 1].flags & sv::cap) && (v.toks[j + 1].flags & sv::cap) &&
                                             v.lo(j - 1).size() >= 3 && v.lo(j + 1).size() >= 3;
                    if (v.toks[j].kind == TK::quote || w == "." || (w == "and" && !and_in_name) || w == "but" || w == "that" ||
                        w == "who" || w == "which" || w == ";")
                        break;
                    if (speech_at(v, j) && !sv::tok_speech_ing(v, j)) {
                        // the speaker after the verb only where the verb comes first ('," said
                        // X'): in '," one official told Reuters' the name after it is the listener
                        sp.key = speaker_of_verb(v, j, a, st1, j == a);
                        if (sp.key < 0) sp.unnamed = unnamed_speaker(v, doc.text, j, a, st1, j == a);
                        sp.verb = std::string(doc.text.substr(v.toks[j].start, v.toks[j].end - v.toks[j].start));
                        sp.found = true;
                        break;
                    }
                }
            }
        }
        if (!sp.found && !title) {
            // (c) speech verb before the quote in its sentence (close by for a short phrase). A
            // single word is quoted speech only after a verb that labels: X called the tariffs
            // "unjustified", described it as "historic" (elsewhere a lone word is a scare quote);
            // a longer quote also after one close by: X called the move "unfair and unjustified".
            // A single lower-case word in reported speech is the speaker's own word too: X said
            // Moscow needed "guarantees", X said the talks had been "constructive" (a capitalized
            // one is more often a name: the "Buy American" plan).
            // A short lower-case phrase likewise, further from its verb: X said the bloc preferred
            // a negotiated outcome but would not "stand idly by".
            const bool own_word = words == 1 && (v.toks[c0].flags & sv::cap) == 0;
            const bool own_phrase = words > 1 && words <= 4 && v.toks[c0].kind == TK::word && (v.toks[c0].flags & sv::cap) == 0;
            uint32_t reach = words == 1 ? (own_word ? 16 : 6) : words <= 4 ? (own_phrase ? 16 : 8) : 40;
            // (a term being named, 'export taxes, known locally as "retenciones",', 'the so-called
            // "reciprocal" tariffs': nobody's words)
            if (words <= 4 && q.open > s.t0 + 1) {
                const uint32_t b = q.open - 1;
                const bool known_as = v.lo(b) == "as" &&
                                      (v.lo(b - 1) == "known" ||
                                       (b > s.t0 + 2 && v.lo(b - 2) == "known" && v.lo(b - 1).ends_with("ly")));
                if (known_as || v.lo(b) == "so-called") reach = 0;
            }
            bool in_other = false;
            for (uint32_t j = q.open, steps = 0; j > s.t0 && steps < reach; ++steps) {
                --j;
                if (v.toks[j].kind == TK::quote && !(v.toks[j].flags & sv::single_q)) { in_other = !in_other; continue; }
                if (in_other) continue;
                if (words == 1 ? (labelling_verb(v, j) || (own_word && speech_at(v, j) && !sv::tok_speech_ing(v, j) &&
                                                         !(v.lo(j).substr(0, 4) == "call" && (v.is(j + 1, "for") || v.is(j + 1, "on")))))
                               : (speech_at(v, j) || (steps < 6 && labelling_verb(v, j, true)))) {
                    // (", calling him "stupid"": a participle's speaker is the subject that opens
                    // the sentence, not the person named nearest before it, often the one labelled)
                    int32_t key = -1;
                    if (v.lo(j).ends_with("ing") && labelling_verb(v, j)) key = opening_subject(v, s.t0, j);
                    if (key < 0) key = speaker_of_verb(v, j, s.t0, s.t1, false);
                    if (!sp.found || key >= 0) {
                        sp.key = key;
                        sp.unnamed = key < 0 ? unnamed_speaker(v, doc.text, j, s.t0, s.t1, false) : std::string();
                        sp.verb = std::string(doc.text.substr(v.toks[j].start, v.toks[j].end - v.toks[j].start));
                        sp.found = true;
                    }
                    // A verb with no subject of its own ("Baker said ... and argued the plan was
                    // never a "quick fix""): the speaker words in reported speech may be the
                    // subject of a verb before it.
                    if (key >= 0 || !(own_word || own_phrase)) break;
                }
            }
        }
        if (!sp.found && !title) {
            // (c3) a sentence of reported speech whose speaker comes at its end: 'the tariffs
            // would spare firms that have "broken ground" on factories, the president wrote' —
            // a lower-case phrase quoted in it is the speaker's (not a lone word, more often a
            // label: the category referred to as "other"; nor a capitalized short one, more often
            // a name: the "Buy American" plan; a longer capitalized one only where it opens the
            // sentence). The tail is the clause after the sentence's last comma, all of it the
            // attribution: a name, "the" + name or a pronoun right before a speech verb ("the
            // ministry said", "SEC officials said"), or the verb and then a person's name that
            // ends the sentence ("said Tom Hale"; not "told Reuters", the listener; not a name
            // inside a noun phrase: ", a Midwest grain trader said").
            const bool lower = (v.toks[c0].flags & sv::cap) == 0 && v.toks[c0].kind == TK::word;
            uint32_t end = s.t1;
            while (end > c1 && (v.is(end - 1, ".") || v.toks[end - 1].kind == TK::quote)) --end;
            uint32_t comma = end;
            // (a tail of up to 13 words: ", European Commission President Ursula von der Leyen
            // said on Sunday")
            for (uint32_t j = end; j > c1 + 1 && end - j < 14;) {
                --j;
                if (v.is(j, ",")) { comma = j; break; }
                if (v.toks[j].kind != TK::word) break;
            }
            // (and the only one after the quote: more commas between are an apposition's, whose
            // name the tail may not be: ", Tom Hale, economist at Schroeder, Hengst GmbH said")
            for (uint32_t j = q.close + 2; j < comma; ++j)
                if (v.is(j, ",")) comma = end;
            static const char* const kVoices[] = {"officials", "official", "spokesman", "spokeswoman",
                                                  "spokesperson", nullptr};
            // (a capitalized word before that comma, neither a known name nor a month, may be a
            // name cut by its own comma: "X, economist at Schroeder, Muenchmeyer, Hengst GmbH said")
            if (((lower && words >= 2) || (words > 4 && q.open == s.t0)) && comma < end && q.closed &&
                (!(v.toks[comma - 1].flags & sv::cap) || sv::actor_at(v, comma - 1) >= 0 ||
                 (v.toks[comma - 1].info & sv::wi_month)))
                for (uint32_t j = comma + 1; j < end && j < comma + 11; ++j) {
                    if (!speech_at(v, j) || sv::tok_speech_ing(v, j)) continue;
                    int32_t key = -1;
                    if (j == comma + 1) {
                        const int32_t a = j + 1 < end ? sv::actor_at(v, j + 1) : -1;
                        if (a >= 0 && v.actors[size_t(a)].t0 == j + 1 && v.actors[size_t(a)].t1 == end &&
                            v.actors[size_t(a)].type == sv::AType::person && !v.is(j, "told") && !v.is(j, "tells"))
                            key = int32_t(v.actors[size_t(a)].key);
                    } else {
                        uint32_t h = j;
                        if (h > comma + 2 && sv::in_list(v.lo(h - 1), kVoices)) --h;
                        const int32_t a = sv::actor_at(v, h - 1);
                        if (h - 1 == comma + 1 && is_pronoun(v.lo(h - 1)))
                            key = speaker_of_verb(v, j, comma + 1, end, false);
                        else if (a >= 0 && v.actors[size_t(a)].t1 == h &&
                                 (v.actors[size_t(a)].t0 == comma + 1 ||
                                  (v.actors[size_t(a)].t0 == comma + 2 && v.is(comma + 1, "the"))))
                            key = int32_t(v.actors[size_t(a)].key);
                        // (a person after a title of capitalized words: ", European Commission
                        // President Ursula von der Leyen said on Sunday")
                        else if (a >= 0 && v.actors[size_t(a)].t1 == h && v.actors[size_t(a)].type == sv::AType::person &&
                                 v.actors[size_t(a)].t0 > comma + 1) {
                            bool title = true;
                            for (uint32_t t = comma + 1; t < v.actors[size_t(a)].t0 && title; ++t)
                                title = v.toks[t].kind == TK::word && ((v.toks[t].flags & sv::cap) || v.is(t, "'s"));
                            if (title) key = int32_t(v.actors[size_t(a)].key);
                        }
                    }
                    if (key >= 0) {
                        sp.key = key;
                        sp.verb = std::string(doc.text.substr(v.toks[j].start, v.toks[j].end - v.toks[j].start));
                        sp.found = true;
                    }
                    break;
                }
        }
        if (!sp.found && !title && words > 1) {
            // (c2) "According to Finance Minister X, the peso "will remain stable"", '"...,"
            // according to X': the source "according to" names in the quote's sentence (not a
            // short capitalized one, more often a name: President Reagan's "Star Wars" plan)
            const bool name_like = words <= 3 && (v.toks[c0].flags & sv::cap);
            for (uint32_t j = s.t0; j + 2 < s.t1 && !sp.found && !name_like; ++j) {
                if (!v.is(j, "according") || !v.is(j + 1, "to") || (j > q.open && j <= c1)) continue;
                for (uint32_t k = j + 2; k < s.t1 && k < j + 7; ++k) {
                    if (v.toks[k].kind == TK::quote || v.toks[k].kind == TK::punct) break;
                    const int32_t a = sv::actor_at(v, k);
                    if (a < 0) continue;
                    sp.key = int32_t(v.actors[size_t(a)].key);
                    sp.verb = "according to";
                    sp.found = true;
                    break;
                }
            }
        }
        if (!sp.found && !title && words > 1) {
            // (d) another quote of the same sentence already has a speaker
            for (size_t k = doc.quotes.size(); k > 0;) {
                --k;
                if (qsent[k] != q.sent) break;
                if (keys[k] >= 0 || !doc.quotes[k].speaker_name.empty()) {
                    sp.key = keys[k];
                    if (keys[k] < 0) sp.unnamed = doc.quotes[k].speaker_name;
                    sp.verb = doc.quotes[k].verb;
                    sp.found = true;
                    break;
                }
            }
        }
        if (!sp.found && !title && words >= 4) {
            // (e) a quote opening its sentence continues the paragraph's speaker
            bool opens = q.open == s.t0;
            if (opens) {
                for (size_t k = doc.quotes.size(); k > 0 && !sp.found;) {
                    --k;
                    if (v.sents[qsent[k]].para != s.para) break;
                    if (keys[k] >= 0) { sp.key = keys[k]; sp.found = true; }
                    else if (!doc.quotes[k].speaker_name.empty()) {
                        sp.unnamed = doc.quotes[k].speaker_name;
                        sp.found = true;
                    }
                }
                for (uint32_t ps = q.sent; !sp.found && ps > 0 && v.sents[ps - 1].para == s.para;) {
                    --ps;
                    if (sentence_speaker(ps, sp)) break;
                    if (q.sent - ps >= 2) break;
                }
            }
        }
        if (!sp.found && !title && words >= 4 && q.open == s.t0 && q.sent > 0 && v.sents[q.sent - 1].para != s.para &&
            v.sents[q.sent - 1].para + 1 == s.para && !v.sents[q.sent - 1].heading) {
            // (f) a quote opening its paragraph, with no speaker of its own, after a paragraph
            // whose last sentence reports someone's words ("X, president of Y, said the tariffs
            // would cost ..." / "\"We have already cancelled orders ...): that speaker goes on.
            // A person only: a place or an organisation found there was more often a wrong reading
            // ("Japanese companies ..., industry analysts said" gave Japan) than a speaker
            if (Speaker prev; sentence_speaker(q.sent - 1, prev) && prev.key >= 0 &&
                                v.keys[size_t(prev.key)].type == sv::AType::person)
                sp = prev;
        }
        if (sp.key >= 0) {
            out.speaker = v.keys[size_t(sp.key)].entity;
            // an institution speaks under its own name: a key groups the names of one place under
            // the lexicon's, and "a European Commission spokesperson said" is the Commission's
            // though its key reads "European Union" (a capital or a demonym keeps the country's:
            // "Tokyo said" is Japan's)
            out.speaker_name = v.keys[size_t(sp.key)].name;
            const int32_t e = out.speaker;
            if (e >= 0 && size_t(e) < doc.entities.size() && doc.entities[size_t(e)].id == e &&
                doc.entities[size_t(e)].type == EntityType::ORG &&
                !text::ascii_iequals(doc.entities[size_t(e)].name, out.speaker_name))
                out.speaker_name = doc.entities[size_t(e)].name;
        }
        if (sp.key < 0 && !sp.unnamed.empty()) out.speaker_name = sp.unnamed;  // no entity: the words
        if (sp.found) out.verb = sp.verb;
        keys.push_back(sp.key);
        qsent.push_back(q.sent);
        doc.quotes.push_back(std::move(out));
    }
}

}  // namespace np
