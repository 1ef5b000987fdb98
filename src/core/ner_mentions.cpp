// ner_mentions.cpp — mentions of one document: tagger, numeric rules, document consistency.
//
// Document-level rules (why: one article names a person in full once and by surname after;
// a tagger decides each sentence alone and is inconsistent):
//   1. A name tagged PERSON in body text is PERSON everywhere; a later surname alone is PERSON.
//   2. Other names take the type they get most often in the document.
//   3. Untagged capitalized occurrences of a name found elsewhere in the document are added.
//   4. In Title Case and ALL-CAPS lines capitalization is no evidence: a PERSON there must be
//      backed by body text or a first-name cue.
//   5. A name that a results line shows to be a sports team (ner_teams.cpp) is ORG throughout.
#include <algorithm>
#include <cctype>
#include <map>
#include <array>
#include <bit>
#include <cstring>
#include <string>

#include "ner_features.hpp"
#include "ner_numeric.hpp"
#include "ner_missed.hpp"
#include "ner_stage.hpp"
#include "ner_text.hpp"

namespace np::ner {

namespace {

// stage_sentences() with at least `min_bytes` reserved for the lowercase copies.
void stage_words(const Document& doc, StageDoc& out, size_t min_bytes, WordFactsCache* cache) {
    const std::string_view work = doc.work_view();
    auto analysed = [&](const Sentence& s) {
        return s.segment < doc.segments.size() && !(s.segment < doc.analysed.size() && !doc.analysed[s.segment]);
    };
    // Sizes first: every array is allocated once (the spans below point into them).
    size_t total = 0, sentences = 0, bytes = std::max<size_t>(8, min_bytes);
    for (const Sentence& s : doc.sentences) {
        if (!analysed(s) || s.token_count == 0) continue;
        ++sentences;
        total += s.token_count;
        const size_t last = std::min<size_t>(size_t(s.first_token) + s.token_count, doc.tokens.size());
        if (last > s.first_token && doc.tokens[last - 1].end <= work.size() && doc.tokens[s.first_token].start <= work.size())
            bytes += doc.tokens[last - 1].end - std::min<size_t>(doc.tokens[s.first_token].start, doc.tokens[last - 1].end);
    }
    out.words.resize(total);
    out.glued.resize(total);
    out.cases.resize(total);
    out.num_start.resize(total);
    out.hl.resize(total);
    out.lower.resize(total);
    // Lowercase copies never grow a word (lower() maps every code point to one of the same
    // UTF-8 length or copies the byte), so `bytes` holds them all and views into lower_text
    // are taken at once. Should token offsets ever make `bytes` too small (`overflow`), the
    // words are staged again with room for all of their bytes.
    // Each copy is written as 8 bytes at a time from the word-facts cache: 16 bytes of slack.
    if (out.lower_cap < bytes + 16) {
        out.lower_text.reset(new char[bytes + 16]);
        out.lower_cap = bytes + 16;
    }
    char* const base = out.lower_text.get();
    char* cur = base;                                    // next free byte
    const char* const room_end = base + out.lower_cap;   // a write must end by here
    bool overflow = false;  // token offsets made `bytes` too small (never with sane tokens)
    std::string& tmp = out.lower_tmp;
    out.sents.clear();
    WordFactsCache::Slot* slots = nullptr;
    if (cache) {
        if (cache->slots.empty())
            cache->slots.resize(size_t(1) << std::clamp(cache->bits, WordFactsCache::kMinBits, WordFactsCache::kMaxBits));
        slots = cache->slots.data();
    }
    // A word of 1-8 bytes whose 8 bytes from its start lie inside `work` is read as one number
    // (`probe_end`: the last start address allowed, as a number; 0 = no cache or work < 8 bytes,
    // so that one comparison per word decides).
    const uintptr_t probe_end = slots && work.size() >= 8 ? uintptr_t(work.data() + work.size() - 8) : 0;
    // A slot's index: the top bits of the word's bytes times a constant (as many bits as slots).
    const int slot_shift = slots ? 64 - std::countr_zero(cache->slots.size()) : 0;
    out.sents.reserve(sentences);
    // The arrays through plain pointers (why: stores through uint8_t* may alias anything, so
    // the compiler reloaded each vector's data pointer for every word).
    std::string_view* const words_p = out.words.data();
    std::string_view* const lower_p = out.lower.data();
    uint8_t* const glued_p = out.glued.data();
    uint8_t* const cases_p = out.cases.data();
    uint8_t* const num_start_p = out.num_start.data();
    uint64_t* const hl_p = out.hl.data();
    const Token* const tokens = doc.tokens.data();
    const size_t work_size = work.size();
    size_t at = 0;
    for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
        const Sentence& s = doc.sentences[si];
        if (!analysed(s)) continue;
        const size_t begin = at;
        const uint32_t last = uint32_t(std::min<size_t>(size_t(s.first_token) + s.token_count, doc.tokens.size()));
        // (No `at < total` test: this loop visits at most token_count words of each sentence
        // counted into `total` above, so `at` stays below it.)
        // The previous token's end, for `glued`: no token ends at uint32_t(-1) (Token::end has
        // 28 bits), so the sentence's first word is never glued.
        uint32_t prev_end = uint32_t(-1);
        for (uint32_t k = s.first_token; k < last; ++k) {
            const Token& t = tokens[k];
            const uint32_t t_start = t.start, t_end = t.end;
            if (t_end > work_size || t_start > t_end) break;
            const std::string_view w(work.data() + t_start, t_end - t_start);
            words_p[at] = w;
            glued_p[at] = prev_end == t_start;
            prev_end = t_end;
            bool copied = false;
            WordFactsCache::Slot* slot = nullptr;
            uint64_t bytes8 = 0;
            if (w.size() - 1 < 8 && uintptr_t(w.data()) <= probe_end) {
                std::memcpy(&bytes8, w.data(), 8);
                bytes8 &= ~uint64_t(0) >> (8 * (8 - w.size()));  // the word's 1-8 bytes
                if (!(bytes8 & 0x8080808080808080ull)) {  // ASCII (other words: word_facts)
                    slot = &slots[size_t((bytes8 * 0x9E3779B97F4A7C15ull) >> slot_shift)];
                    if (slot->len == w.size() && slot->word == bytes8) {
                        cases_p[at] = slot->cs;
                        num_start_p[at] = slot->num_start;
                        hl_p[at] = slot->hl;
                        if (slot->appended) {
                            if (room_end - cur < 8) { overflow = true; break; }
                            std::memcpy(cur, &slot->lower, 8);  // (bytes past the word: slack, overwritten next)
                            lower_p[at] = std::string_view(cur, w.size());
                            cur += w.size();
                        } else {
                            lower_p[at] = w;
                        }
                        ++at;
                        continue;
                    }
                }
            }
            tmp.clear();
            cases_p[at] = uint8_t(word_facts(w, tmp, hl_p[at], copied));
            if (copied) {
                if (size_t(room_end - cur) < tmp.size()) { overflow = true; break; }
                std::memcpy(cur, tmp.data(), tmp.size());
                lower_p[at] = std::string_view(cur, tmp.size());
                cur += tmp.size();
            } else {
                lower_p[at] = w;
            }
            num_start_p[at] = numeric_may_start(w, lower_p[at], hl_p[at]);
            if (slot) {
                slot->num_start = num_start_p[at];
                slot->word = bytes8;
                slot->len = uint8_t(w.size());
                slot->cs = cases_p[at];
                slot->hl = hl_p[at];
                slot->appended = copied;
                slot->lower = 0;
                if (copied) std::memcpy(&slot->lower, tmp.data(), w.size());  // ASCII: same length
            }
            ++at;
        }
        if (overflow) break;
        if (at == begin) continue;
        StageSentence st;
        st.index = si;
        st.first_token = s.first_token;
        st.heading = doc.segments[s.segment].kind == SegmentKind::heading;
        st.words = std::span<const std::string_view>(out.words.data() + begin, at - begin);
        st.glued = std::span<const uint8_t>(out.glued.data() + begin, at - begin);
        st.cases = std::span<const uint8_t>(out.cases.data() + begin, at - begin);
        st.num_start = std::span<const uint8_t>(out.num_start.data() + begin, at - begin);
        st.hl = std::span<const uint64_t>(out.hl.data() + begin, at - begin);
        st.lower = std::span<const std::string_view>(out.lower.data() + begin, at - begin);
        out.sents.push_back(st);
    }
    if (overflow) {
        // Room for every word's bytes: lowercase copies fit in it, so the second pass never
        // runs out (lowercase copies are never longer than their word).
        size_t all = 0;
        for (const Sentence& s : doc.sentences) {
            if (!analysed(s)) continue;
            const size_t last = std::min<size_t>(size_t(s.first_token) + s.token_count, doc.tokens.size());
            for (size_t k = s.first_token; k < last; ++k)
                if (doc.tokens[k].end <= work.size() && doc.tokens[k].start <= doc.tokens[k].end)
                    all += doc.tokens[k].end - doc.tokens[k].start;
        }
        if (min_bytes < all + 8) stage_words(doc, out, all + 8, cache);
    }
}

}  // namespace

void stage_sentences(const Document& doc, StageDoc& out, WordFactsCache* facts) { stage_words(doc, out, 0, facts); }

void drop_absorbed(std::vector<RawMention>& out, size_t from) {
    out.erase(std::remove_if(out.begin() + std::ptrdiff_t(from), out.end(),
                             [](const RawMention& m) { return m.end == m.start; }),
              out.end());
}

bool is_possessive(std::string_view w) { return w == "'s" || w == "\xE2\x80\x99s" || w == "'" || w == "\xE2\x80\x99"; }

// Case-insensitive key of words [a, b): a hash chain over the lowercase word hashes
// (no strings: the document-level rules look names up many times).
uint64_t key_of(const StageSentence& s, uint32_t a, uint32_t b) {
    uint64_t k = 0x6E616D65ull;
    for (uint32_t i = a; i < b; ++i) k = mix(k, s.hl[i]);
    return k;
}
uint64_t key_of_word(const StageSentence& s, uint32_t i) { return key_of(s, i, i + 1); }

// "Arsenal host Aston Villa on Wednesday", "Chelsea travel to Brighton": once a result showed a
// name to be a team, the name on the other side of a fixture's verb is a team too (not a
// person, a country or a title). Spans of the other side, for find_mentions to add as ORG.
std::vector<std::pair<uint32_t, uint32_t>> fixture_teams(const StageSentence& s, const std::vector<uint8_t>& taken,
                                                         const KeyMap<uint8_t>& teams, const Lexicon& lex) {
    std::vector<std::pair<uint32_t, uint32_t>> out;
    const uint32_t n = uint32_t(s.words.size());
    const auto cap = [&](uint32_t k) {
        const Case c = Case(s.cases[k]);
        return c == Case::title || c == Case::upper || c == Case::mixed;
    };
    const auto other = [&](uint32_t a, uint32_t b) {
        if (b > a + 1 && s.lower[a] == "the") ++a;
        if (b <= a) return;
        for (uint32_t k = a; k < b; ++k)
            if (taken[k]) return;
        const LexMatch lm = lex.lookup_tokens(&s.hl[a], b - a);
        if (lm.kinds & (LK_COUNTRY | LK_NORP | LK_TITLE)) return;
        if (b - a >= 2 && (lex.kinds_of(s.hl[a]) & LK_FIRSTNAME)) return;
        out.emplace_back(a, b);
    };
    static constexpr std::string_view kFixture[] = {"host", "hosts", "hosted", "visit", "visits", "visited", "play",
                                                    "plays", "face", "faces", "meet", "meets", "travel", "travels"};
    for (uint32_t i = 1; i + 1 < n; ++i) {
        if (Case(s.cases[i]) != Case::lower) continue;
        bool verb = false;
        for (std::string_view w : kFixture) verb |= s.lower[i] == w;
        if (!verb) continue;
        uint32_t a = i;
        while (a > 0 && cap(a - 1) && a + 4 > i) --a;
        const uint32_t r0 = i + 1 + (s.lower[i + 1] == "to" ? 1 : 0);  // ("travel to Brighton")
        uint32_t b = r0;
        while (b < n && cap(b) && b < r0 + 4) ++b;
        if (a < i && teams.contains(key_of(s, a, i))) other(r0, b);
        else if (b > r0 && teams.contains(key_of(s, r0, b)) && a < i) other(a, i);
    }
    return out;
}
// ", pork, beef and ..." at `e`: a comma, a lower-case word that is no function word or title, and
// the list going on (another comma, or "and"/"or", before a lower-case word) within that item's
// first three words.
bool lowercase_list_after(const StageSentence& s, uint32_t e, const Lexicon& lex) {
    const uint32_t n = uint32_t(s.words.size());
    if (e + 2 >= n || s.words[e] != "," || Case(s.cases[e + 1]) != Case::lower) return false;
    static constexpr std::string_view kFunction[] = {"which", "who", "whose", "the", "a", "an", "its", "their",
        "his", "her", "however", "meanwhile", "said", "says", "for", "in", "on", "at", "by", "with", "and", "or",
        "but", "as", "if", "though", "although", "while", "when", "where", "after", "before", "once", "since",
        "too", "then", "also", "already", "still", "now", "this", "that", "these", "those", "we", "they", "it",
        "he", "she", "i", "you"};
    for (std::string_view f : kFunction)
        if (s.lower[e + 1] == f) return false;
    if (lex.kinds_of(s.hl[e + 1]) & (LK_TITLE | LK_ROLEWORD | LK_ROLEHEAD)) return false;
    // (an item of one to three lower-case words, no preposition: not an apposition, "Hale, chairman
    // of the board, said")
    for (uint32_t k = e + 2; k + 1 < n && k < e + 5; ++k) {
        if (s.words[k] != "," && s.lower[k] != "and" && s.lower[k] != "or") {
            const std::string_view w = s.lower[k];
            if (Case(s.cases[k]) != Case::lower || w == "of" || w == "to" || w == "for" || w == "in" || w == "at" ||
                w == "from" || w == "with" || w == "by" || w == "on")
                return false;
            // (nor a person's titles: "Okafor, chairman and chief executive, said")
            if (lex.kinds_of(s.hl[k]) & (LK_TITLE | LK_ROLEWORD | LK_ROLEHEAD)) return false;
            continue;
        }
        uint32_t r = k + 1;
        if (s.words[k] == "," && r < n && (s.lower[r] == "and" || s.lower[r] == "or")) ++r;
        return r < n && Case(s.cases[r]) == Case::lower;
    }
    return false;
}

// Titles only companies have (a lowercase word): "Acme's CEO", "X's chairman" make X an organization.
bool corporate_title_lower(std::string_view l) {
    return l == "ceo" || l == "cfo" || l == "coo" || l == "cto" || l == "chairman" || l == "chairwoman" ||
           l == "shareholders" || l == "board" || l == "shares" || l == "stock" || l == "subsidiary";
}
bool is_score(std::string_view w) { return case_of(w) == Case::digit && w.size() <= 7; }
bool is_initial(std::string_view w) { return w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'; }
bool is_two_initials(std::string_view w) {
    return w.size() == 4 && is_initial(w.substr(0, 2)) && is_initial(w.substr(2, 2));
}

bool generational_suffix(std::string_view l) { return l == "jr" || l == "jr." || l == "sr" || l == "sr."; }

// The surname of a person's name [a, b): its last word, or the one before "Jr"/"Sr".
uint32_t surname_at(const StageSentence& s, uint32_t a, uint32_t b) {
    return b - a >= 3 && generational_suffix(s.lower[b - 1]) ? b - 2 : b - 1;
}

// "John Pope Jr", "Martin Luther King Jr": a generational suffix closes a person's name. The
// tagger reads a surname that is also a title ("Pope", "King") as the title and the suffix as a
// name of its own, or the whole as an organisation; a given name, then up to two more title-case
// words none of the gazetteers holds as a place, people or organisation word, then the suffix is
// one person.
void name_suffix_spans(const StageSentence& s, std::vector<uint8_t>& labels, const Lexicon& lex) {
    for (uint32_t k = 2; k < labels.size(); ++k) {
        const std::string_view l = s.lower[k];
        if (l.size() < 2 || l.size() > 3 || (l[0] != 'j' && l[0] != 's')) continue;  // (the usual word: fast)
        if (!generational_suffix(l) || labels[k] == I_PER) continue;  // (read right already)
        uint32_t b = k;
        while (b > 0 && k - b < 3 && Case(s.cases[b - 1]) == Case::title &&
               !(lex.kinds_of(s.hl[b - 1]) & (LK_ORGWORD | LK_ORG | LK_GPE | LK_NORP | LK_LOC | LK_COUNTRY)))
            --b;
        while (b + 1 < k && !(lex.kinds_of(s.hl[b]) & LK_FIRSTNAME)) ++b;
        if (b + 2 > k || !(lex.kinds_of(s.hl[b]) & LK_FIRSTNAME)) continue;
        while (b > 0 && is_initial(s.words[b - 1])) --b;  // ("R. John Stanton Jr.")
        labels[b] = B_PER;
        for (uint32_t q = b + 1; q <= k; ++q) labels[q] = I_PER;
        // (a span the tagger ran on past the suffix begins again after it)
        if (k + 1 < labels.size() && labels[k + 1] != O && !label_begins(labels[k + 1])) labels[k + 1] -= 1;
    }
}

// Title words that name only people (not "General", "Chief", "Director", "Justice": they begin
// organisation names too).
bool person_title_word(std::string_view w) {
    static constexpr std::string_view kWords[] = {"commissioner", "minister", "secretary", "president", "senator",
        "governor", "chancellor", "premier", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
        "mayor", "congressman", "congresswoman", "prime", "sen.", "rep.", "mr.", "mrs.", "ms.", "dr.",
        "chief"};  // ("EU trade chief X", "army chief X": lower case before a name)
    for (std::string_view k : kWords)
        if (w == k) return true;
    return false;
}

namespace {
int type_rank(EntityType t) { return int(t); }

// "Ford's administration", "the Ford administration": the name at `end`'s left led a government.
bool led_government(const StageSentence& s, uint32_t end) {
    const uint32_t k = end < s.words.size() && s.lower[end] == "'s" ? end + 1 : end;
    return k < s.words.size() && (s.lower[k] == "administration" || s.lower[k] == "government");
}

// The document uses `lower_word` in lower case inside sentences, as written or as its plural
// or singular ("tomato" / "tomatoes", "tariffs" / "tariff").
bool common_in_document(const KeySet& doc_lower, std::string_view lower_word) {
    if (lower_word.size() < 3) return false;
    if (doc_lower.contains(hash_bytes(lower_word))) return true;
    std::string w(lower_word);
    if (doc_lower.contains(hash_bytes(w + "s")) || doc_lower.contains(hash_bytes(w + "es"))) return true;
    if (w.back() == 's' && doc_lower.contains(hash_bytes(std::string_view(w).substr(0, w.size() - 1)))) return true;
    return false;
}
}  // namespace

// Lowercase particles inside names: "Ursula von der Leyen", "Luiz Inacio Lula da Silva",
// "Mohammed bin Salman", "Charles de Gaulle". The tagger, trained on names without them, cuts
// such a name in two ("Ursula" + "Leyen") or drops the surname.
bool name_particle(std::string_view w) {
    static constexpr std::string_view kParticles[] = {"von", "van", "der", "den", "de", "da", "di", "du", "del",
        "della", "dos", "das", "do", "bin", "ibn", "al", "el", "la", "le", "ter", "ten", "zu"};
    // (most words after a name are no particle: "said", "and", "of")
    if (w.size() < 2 || w.size() > 5 || std::string_view("vdbialetz").find(w[0]) == std::string_view::npos) return false;
    for (std::string_view p : kParticles)
        if (w == p) return true;
    return false;
}

namespace {
// Particles that begin a surname used alone ("von der Leyen said"); "la", "le", "el", "do" ...
// alone are too often ordinary words of other languages in English text.
bool surname_particle(std::string_view w) {
    return w == "von" || w == "van" || w == "de" || w == "da" || w == "bin" || w == "ibn";
}

// Joins the sentence's mentions (out[from..]) across name particles: a PERSON, 1-3 lowercase
// particles and a capitalized word (or the mention that starts there) are one PERSON; a PERSON
// right after "von der"/"van"/"de" ... takes them in. `taken` marks the words now covered.
void join_name_particles(const StageSentence& s, const Lexicon& lex, std::vector<RawMention>& out, size_t from,
                         std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    bool removed = false;
    // "including Alexandre de Moraes, who", "Justice Fernando de la Rua": the tagger made an
    // organisation or a place of a whole name with a particle. A given name first (after any
    // title, which goes) and no word after it that the gazetteers know as a place's, a people's or
    // an organisation's ("Banco do Brasil") make it a person.
    constexpr uint16_t kNotName = LK_ORGWORD | LK_ORG | LK_GPE | LK_COUNTRY | LK_NORP | LK_LOC;
    for (size_t a = from; a < out.size(); ++a) {
        RawMention& r = out[a];
        if (!(r.type == EntityType::ORG || r.type == EntityType::GPE || r.type == EntityType::LOC) || r.fixed ||
            r.end < r.start + 3)
            continue;
        uint32_t b = r.start;
        while (b + 3 <= r.end && (lex.kinds_of(s.hl[b]) & LK_TITLE)) ++b;
        if (b + 3 > r.end || Case(s.cases[b]) != Case::title || !(lex.kinds_of(s.hl[b]) & LK_FIRSTNAME) ||
            (lex.kinds_of(s.hl[b]) & LK_ORGWORD) || Case(s.cases[r.end - 1]) != Case::title)
            continue;
        bool particle = false, plain = true;
        for (uint32_t k = b + 1; k < r.end && plain; ++k) {
            if (Case(s.cases[k]) == Case::lower) plain = particle = name_particle(s.lower[k]);
            else plain = !(lex.kinds_of(s.hl[k]) & kNotName);
        }
        if (!particle || !plain) continue;
        for (uint32_t k = r.start; k < b; ++k) taken[k] = 0;
        r.start = b;
        r.type = EntityType::PERSON;
        r.fixed = true;
    }
    for (size_t a = from; a < out.size(); ++a) {
        // ("co-founder and CEO Luc van der Meulen": a title and one name the tagger made an
        // organisation, then particles and a name: the title goes, the rest is a person)
        if (out[a].end == out[a].start + 2 && out[a].type != EntityType::PERSON && !out[a].fixed &&
            (out[a].type == EntityType::ORG || out[a].type == EntityType::GPE || out[a].type == EntityType::LOC) &&
            (lex.kinds_of(s.hl[out[a].start]) & LK_TITLE) && Case(s.cases[out[a].start + 1]) == Case::title &&
            !(lex.kinds_of(s.hl[out[a].start + 1]) & (kNotName | LK_TITLE)) && out[a].end + 1 < n &&
            Case(s.cases[out[a].end]) == Case::lower && name_particle(s.lower[out[a].end])) {
            taken[out[a].start] = 0;
            ++out[a].start;
            out[a].type = EntityType::PERSON;
        }
        // ("Maria dos Santos": a given name the tagger made a place, then particles and a name)
        if (out[a].end == out[a].start + 1 && out[a].type != EntityType::PERSON && !out[a].fixed &&
            out[a].type != EntityType::DATE && out[a].type != EntityType::MONEY && out[a].type != EntityType::PERCENT &&
            Case(s.cases[out[a].start]) == Case::title &&
            (lex.kinds_of(s.hl[out[a].start]) & (LK_FIRSTNAME | kNotName)) == LK_FIRSTNAME) {
            uint32_t k = out[a].end;
            while (k < n && k < out[a].end + 3 && Case(s.cases[k]) == Case::lower && name_particle(s.lower[k])) ++k;
            if (k > out[a].end && k < n && Case(s.cases[k]) == Case::title) out[a].type = EntityType::PERSON;
        }
        if (out[a].type != EntityType::PERSON || out[a].end == out[a].start) continue;
        uint32_t k = out[a].end, parts = 0;
        while (k < n && parts < 3 && Case(s.cases[k]) == Case::lower && name_particle(s.lower[k])) { ++k; ++parts; }
        if (parts == 0 || k >= n || Case(s.cases[k]) != Case::title) continue;
        uint32_t end = k + 1;
        size_t b = out.size();
        for (size_t q = from; q < out.size(); ++q)
            if (q != a && out[q].start == k && out[q].end > out[q].start) b = q;
        if (b < out.size()) {
            const EntityType t = out[b].type;
            if (t == EntityType::DATE || t == EntityType::MONEY || t == EntityType::PERCENT) continue;
            end = out[b].end;
            out[b].end = out[b].start;  // emptied: removed below
            removed = true;
        } else if (taken[k]) {
            continue;
        }
        for (uint32_t q = out[a].end; q < end; ++q) taken[q] = 1;
        out[a].end = end;
    }
    for (size_t a = from; a < out.size(); ++a) {  // "von der Leyen" alone ("Von der Leyen" opening a sentence)
        RawMention& r = out[a];
        if (r.type != EntityType::PERSON || r.end == r.start) continue;
        uint32_t k = r.start, parts = 0;
        while (k > 0 && parts < 3 && !taken[k - 1] &&
               (Case(s.cases[k - 1]) == Case::lower || (k == 1 && Case(s.cases[0]) == Case::title)) &&
               name_particle(s.lower[k - 1])) {
            --k;
            ++parts;
        }
        if (parts == 0 || !(parts >= 2 || surname_particle(s.lower[k]))) continue;
        for (uint32_t q = k; q < r.start; ++q) taken[q] = 1;
        r.start = k;
    }
    // ('Captain Tom "Tommy" Hale', 'José Ignacio "Nacho" Ferrándiz': a nickname in quotes between
    // a given name and a surname is inside one person's name)
    const auto quote_mark = [&](uint32_t k) {
        const std::string_view w = s.words[k];
        return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D";
    };
    for (size_t a = from; a < out.size(); ++a) {
        RawMention& r = out[a];
        if (r.type != EntityType::PERSON || r.end == r.start || r.end + 3 >= n || !quote_mark(r.end)) continue;
        uint32_t k = r.end + 1;
        while (k < n && k < r.end + 3 && Case(s.cases[k]) == Case::title) ++k;
        if (k == r.end + 1 || k + 1 >= n || !quote_mark(k) || Case(s.cases[k + 1]) != Case::title) continue;
        // the surname: a person mention right there, or one Title-case word no mention holds
        uint32_t end = 0;
        size_t b = out.size();
        for (size_t q = from; q < out.size(); ++q)
            if (q != a && out[q].start == k + 1 && out[q].end > out[q].start) b = q;
        if (b < out.size()) {
            if (out[b].type != EntityType::PERSON) continue;
            end = out[b].end;
            out[b].end = out[b].start;  // emptied: removed below
            removed = true;
        } else if (!taken[k + 1]) {
            end = k + 2;
        } else {
            continue;
        }
        for (size_t q = from; q < out.size(); ++q)  // (the nickname's own mention goes too)
            if (q != a && out[q].start > r.end && out[q].start < k && out[q].end > out[q].start) {
                out[q].end = out[q].start;
                removed = true;
            }
        for (uint32_t q = r.end; q < end; ++q) taken[q] = 1;
        r.end = end;
    }
    if (removed)
        drop_absorbed(out, from);
}

// "spokesperson He Yadong", "Vice Premier He Lifeng", "met He Lifeng": the Chinese surname He,
// which the tagger reads as the pronoun (it dropped the surname or the whole name). "He" with a
// capitalized word after it, after a title or mid-sentence after a lowercase word (where the
// pronoun is not capitalized), begins a person's name. `taken` marks the words now covered.
void he_surnames(const StageSentence& s, const Lexicon& lex, std::vector<RawMention>& out, uint32_t si, size_t from,
                 std::vector<uint8_t>& taken) {
    const uint32_t n = uint32_t(s.words.size());
    // ("He Lifeng, China's vice premier, ...", "He Yadong told reporters": a sentence's first
    // "He", when the tagger took the one capitalized word after it, alone, for a person; the
    // pronoun is never followed by a name)
    if (n >= 3 && s.words[0] == "He" && !taken[0] && Case(s.cases[1]) == Case::title &&
        (s.words[2] == "," || Case(s.cases[2]) == Case::lower) &&
        !(lex.kinds_of(s.hl[1]) & (LK_ORGWORD | LK_GPE | LK_NORP | LK_LOC | LK_TITLE | LK_ORG)))
        for (size_t q = from; q < out.size(); ++q)
            if (out[q].start == 1 && out[q].end == 2 && out[q].type == EntityType::PERSON) {
                out[q].start = 0;
                out[q].fixed = true;
                taken[0] = 1;
                break;
            }
    for (uint32_t k = 1; k + 1 < n; ++k) {
        if (s.words[k] != "He" || taken[k] || Case(s.cases[k + 1]) != Case::title) continue;
        const bool after_title = (lex.kinds_of(s.hl[k - 1]) & LK_TITLE) && Case(s.cases[k - 1]) != Case::punct;
        // ("A spokesperson, He Yadong, urged": an apposition after a title word and a comma)
        const bool apposition = s.words[k - 1] == "," && k >= 2 && (lex.kinds_of(s.hl[k - 2]) & LK_TITLE) &&
                                k + 2 < n && s.words[k + 2] == ",";
        if (!after_title && !apposition && Case(s.cases[k - 1]) != Case::lower) continue;
        size_t b = out.size();
        for (size_t q = from; q < out.size(); ++q)
            if (out[q].start == k + 1 && out[q].end > out[q].start) b = q;
        if (b < out.size()) {
            // (after a title the tagger's one-word place or firm there is the given name too:
            // "A spokesperson, He Yanmin," had an ORG "Yanmin")
            const bool retype = (after_title || apposition) && out[b].end == k + 2 &&
                                !(lex.kinds_of(s.hl[k + 1]) & (LK_ORGWORD | LK_GPE | LK_NORP | LK_LOC | LK_ORG));
            if (out[b].type != EntityType::PERSON && !retype) continue;
            out[b].type = EntityType::PERSON;
            out[b].start = k;
            out[b].fixed = true;
        } else {
            if (taken[k + 1] || (lex.kinds_of(s.hl[k + 1]) & (LK_ORGWORD | LK_GPE | LK_NORP | LK_LOC | LK_TITLE | LK_ORG)))
                continue;
            out.push_back({si, k, k + 2, EntityType::PERSON, true});
            taken[k + 1] = 1;
        }
        taken[k] = 1;
    }
}

// Gazetteer evidence over the tagger for exact place names:
//   * a known non-political place tagged ORG or GPE is a LOC;
//   * a known country, city or region tagged ORG/LOC/PERSON is a GPE ("Pete Sampras (U.S.)"),
//     unless an organization word follows ("Toronto Dominion Bank" is tagged as one ORG anyway);
//   * a city or region (not a country) followed by a score is a sports team: ORG
//     ("Somerset 83 and 174", "Kent 108-3"); a date after a dateline city is no score.
// Words that make a longer place name of a place ("Kansas City", "Greater Tokyo", "Hubei
// Province", "Republic of Korea") rather than a company's name with a place in it.
bool place_name_word(std::string_view lower_word) {
    // One string searched for "|word|": compact (this runs only for spans the gazetteer does not
    // know whole, and the wasm build is size-bound).
    static constexpr std::string_view kWords =
        "|city|province|state|county|republic|island|islands|region|prefecture|district|territory|territories"
        "|kingdom|bay|valley|coast|north|south|east|west|northern|southern|eastern|western|central|new|greater"
        "|upper|lower|inner|outer|metro|metropolitan|saint|st|st.|port|mount|lake|gulf|sea|river|peninsula|strait"
        "|oblast|governorate|municipality|special|administrative|autonomous|federal|northwest|northeast|southwest"
        "|southeast|d.c.|d.c|dc|fort|airport|monument|square|park|bridge|canal|gran|grand|old|little|n.|s.|e.|w.|n|s"
        "|n.e.|n.w.|s.e.|s.w.|heights|area|plain|plains|basin|highlands|delta|rio|porto|puerto|san|santa|los|las|la"
        "|el|of|the|de|del|da|do|and|-|'s|";
    if (lower_word.empty() || lower_word.find('|') != std::string_view::npos) return false;
    if (lower_word.size() <= 14) {
        char key[16];
        key[0] = '|';
        lower_word.copy(key + 1, lower_word.size());
        key[lower_word.size() + 1] = '|';
        if (kWords.find(std::string_view(key, lower_word.size() + 2)) != std::string_view::npos) return true;
    }
    // "non-OPEC Mexico"; "Indian-controlled Kashmir", "Israeli-occupied"
    if (lower_word.size() > 4 && lower_word.substr(0, 4) == "non-") return true;
    const size_t dash = lower_word.rfind('-');
    if (dash == std::string_view::npos || dash == 0) return false;
    const std::string_view tail = lower_word.substr(dash);
    return tail == "-controlled" || tail == "-occupied" || tail == "-administered" || tail == "-held" || tail == "-ruled";
}

// A known place and a word no place name has ("Tokyo Electron", "Trivium China"), the span not
// known as a whole: a company or institution named after the place. (Not inlined: place_override
// is, at several call sites, and the wasm build is size-bound.)
[[gnu::noinline]] bool named_after_place(const StageSentence& s, uint32_t a, uint32_t b, const Lexicon& lex) {
    bool place = false, other = false;
    for (uint32_t k = a; k < b; ++k) {
        const uint16_t kinds = lex.kinds_of(s.hl[k]);
        if (kinds & (LK_COUNTRY | LK_CITY)) place = true;
        else if (!(kinds & (LK_REGION | LK_LOC | LK_NORP)) && !place_name_word(s.lower[k])) other = true;
    }
    return place && other;
}

// A people's word that names a party or a movement as often ("Republican", "Labour", "Taliban").
bool party_word(std::string_view w) {
    static constexpr std::string_view kParty[] = {"democrat", "democrats", "democratic", "republican", "republicans",
        "conservative", "conservatives", "labour", "liberal", "liberals", "communist", "communists", "socialist",
        "socialists", "maoist", "maoists", "islamist", "islamists", "tory", "tories", "gaullist", "bolshevik", "nazi",
        "nazis", "zionist", "taliban"};
    for (std::string_view p : kParty)
        if (w == p) return true;
    return false;
}

EntityType place_override(const StageSentence& s, uint32_t a, uint32_t b, EntityType t, const Lexicon& lex,
                          const std::vector<uint8_t>& taken) {
    if (t == EntityType::NORP) return t;
    // ("Ms Paris said": after an honorific, a person whatever place shares the name)
    if (t == EntityType::PERSON && a > 0 && Case(s.cases[a - 1]) == Case::title) {
        const std::string_view h = s.lower[a - 1];
        if (h == "mr" || h == "mrs" || h == "ms" || h == "mr." || h == "mrs." || h == "ms." || h == "miss") return t;
    }
    LexMatch lm = lex.lookup_tokens(&s.hl[a], b - a);
    // ("cut its duty on British steel": the company "British Steel" the tagger's gazetteer feature
    // saw, spelt with a lower-case word, is the people's adjective and a good)
    // (a people's, not a party's or a movement's: "Democratic party", "Taliban fighters" name
    // organisations in the annotated news too)
    if (t == EntityType::ORG && b == a + 1 && (lm.kinds & LK_NORP) && !(lm.kinds & (LK_ORG | LK_GPE)) &&
        b < s.words.size() && Case(s.cases[b]) == Case::lower && !party_word(s.lower[a]))
        return EntityType::NORP;
    if (t == EntityType::GPE && b - a >= 2 && !(lm.kinds & (LK_GPE | LK_LOC | LK_ORG | LK_NORP)) &&
        named_after_place(s, a, b, lex))
        return EntityType::ORG;
    // A body of a state named by its place or rank ("National Assembly", "Lok Sabha Committee",
    // "Supreme Court", "State Council") is an organisation, not the place (unless the whole name
    // is a gazetteer place).
    if ((t == EntityType::GPE || t == EntityType::LOC) && b - a >= 2 && !(lm.kinds & (LK_GPE | LK_LOC))) {
        static constexpr std::string_view kBody[] = {"assembly", "parliament", "senate", "congress", "council",
            "committee", "commission", "ministry", "court", "tribunal", "cabinet"};
        for (std::string_view w : kBody)
            if (s.lower[b - 1] == w) return EntityType::ORG;
    }
    // An exact gazetteer organisation that is no place ("Volkswagen", "Kremlin") is no place either.
    if ((t == EntityType::GPE || t == EntityType::LOC) && (lm.kinds & LK_ORG) && !(lm.kinds & (LK_GPE | LK_LOC)))
        return EntityType::ORG;
    // An exact gazetteer non-political place ("Black Sea", "Middle East") is a LOC.
    if ((lm.kinds & LK_LOC) && !(lm.kinds & (LK_GPE | LK_ORG)) && t != EntityType::PERSON) return EntityType::LOC;
    if (!(lm.kinds & LK_GPE) || (lm.kinds & LK_ORG)) return t;
    bool country = lm.kinds & LK_COUNTRY;
    if (!country && b < s.words.size() && is_score(s.words[b]) && !taken[b]) return EntityType::ORG;
    if (t == EntityType::GPE) return t;
    // (a name's word after it, capitalized: "U.S. Steel"; not "U.S. business groups")
    if (t == EntityType::ORG && b < s.words.size() && (lex.kinds_of(s.hl[b]) & LK_ORGWORD) && !s.words[b].empty() &&
        s.words[b][0] >= 'A' && s.words[b][0] <= 'Z')
        return t;
    return EntityType::GPE;
}

// A capital inside a word after three lower-case letters or more, as brands have ("MotoCorp",
// "PayPal", "SoftBank"); not a surname's prefix ("McCarthy", "DeSantis", "MacKenzie", "FitzGerald",
// "VanDyke", "AbuZayyad") nor an upper-case acronym with a plural ("ETFs"). The capital's offset, or 0.
size_t brand_capital(std::string_view w) {
    if (w.size() < 5 || !std::isupper(uint8_t(w[0]))) return 0;
    size_t k = 1;
    while (k < w.size() && std::islower(uint8_t(w[k]))) ++k;
    if (k >= w.size() || k < 3 || !std::isupper(uint8_t(w[k])) || k + 1 >= w.size() || !std::islower(uint8_t(w[k + 1])))
        return 0;
    static constexpr std::string_view kPrefixes[] = {"Mac", "Fitz", "Van", "Von", "Del", "Della", "Des", "Dos", "Den",
        "Ter", "Ten", "Der", "Tre", "Dela", "Mack", "Abu", "Ibn", "Bin", "Ben", "Abd", "Abdel", "Ould"};
    const std::string_view head = w.substr(0, k);
    for (std::string_view p : kPrefixes)
        if (head == p) return 0;
    return k;
}

// Words that end a company's name: "Acme Corp", "Japan Tobacco Inc", "Samsung Electronics Co Ltd".
bool company_suffix(std::string_view lower_word) {
    const std::string_view w = lower_word;
    switch (w.size()) {  // (by length: most words are none, and are rejected at once)
        case 2: return w == "co" || w == "ag" || w == "sa" || w == "nv";
        case 3: return w == "co." || w == "inc" || w == "ltd" || w == "llc" || w == "plc" || w == "cos";
        case 4: return w == "corp" || w == "inc." || w == "ltd.";
        case 5: return w == "corp.";
        case 7: return w == "limited";
        case 8: return w == "holdings";
        case 11: return w == "corporation";
        case 12: return w == "incorporated";
        default: return false;
    }
}

}  // namespace

bool line_break_between(const StageSentence& s, uint32_t k) {  // between words k and k + 1
    const char* a = s.words[k].data() + s.words[k].size();
    const char* b = s.words[k + 1].data();
    if (b < a || b - a > 64) return true;  // not one stretch of text: assume a break
    for (const char* p = a; p < b; ++p)
        if (*p == '\n') return true;
    return false;
}
bool company_stop(std::string_view lower_word) {
    if (lower_word == "the" || lower_word == "a" || lower_word == "an" || lower_word == "by") return true;
    for (std::string_view tail : {std::string_view("-based"), std::string_view("-owned"), std::string_view("-controlled"),
                                  std::string_view("-backed"), std::string_view("-listed"), std::string_view("-run")})
        if (lower_word.size() > tail.size() && lower_word.substr(lower_word.size() - tail.size()) == tail) return true;
    return false;
}

namespace {

// A company name ends with its suffix and runs left over capitalized words: the tagger, unsure
// of a word it saw lowercase elsewhere in the article ("the semiconductor industry"), cut
// "Taiwan Semiconductor Manufacturing Co" into a place and an ORG "Co"; "Japan Tobacco Inc" into
// "Japan" and "Tobacco Inc". An adjacent place or nationality is absorbed; the sentence's first
// word joins only as such a mention (it is capitalized anyway). Normal lines only (in a Title
// Case heading every word is capitalized). It stops at a line break (a headline above it; in
// hard-wrapped wire copy the tagger's own span already crosses the break), an article, "by" and
// "X-based"/"X-owned". Absorbed mentions are removed from out[from..].
void extend_company_names(const StageSentence& s, std::vector<RawMention>& out, size_t from,
                          std::vector<uint8_t>& taken) {
    bool any = false;
    for (size_t r = from; r < out.size(); ++r) {
        RawMention& m = out[r];
        if (m.end == m.start || !company_suffix(s.lower[m.end - 1])) continue;
        // A legal word alone is no person or place: "JPMorgan Chase & Co said" made an ORG
        // "JPMorgan" and a PERSON "Co" (not "AG", "SA", "NV": abbreviations of other things too).
        const std::string_view sw = s.lower[m.start];
        const bool lone_suffix =
            m.type != EntityType::ORG && m.end - m.start == 1 && sw != "ag" && sw != "sa" && sw != "nv";
        // A name of two or more words ending in a legal word is a company whatever the tagger
        // guessed from its context ("Kelvorn Corp, whose processors ..." read as a person): no
        // person or place ends in "Corp" or "Ltd" ("AG", "SA", "NV" stand for other things too).
        if (m.type != EntityType::ORG && m.end - m.start >= 2) {
            const std::string_view last = s.lower[m.end - 1];
            if (last != "ag" && last != "sa" && last != "nv") m.type = EntityType::ORG;
        }
        if (m.type != EntityType::ORG && !lone_suffix) continue;
        const uint32_t start0 = m.start;
        bool broken = false;  // a span already across lines is left as the tagger made it
        for (uint32_t k = m.start; k + 1 < m.end && !broken; ++k) broken = line_break_between(s, k);
        if (broken) continue;
        bool amp = false;  // an "&" was crossed: the words before it are the name's
        for (int added = 0; m.start > 0 && added < 4; ++added) {
            uint32_t k = m.start - 1;
            // "JPMorgan Chase & Co", "Searle & Co": the ampersand joins the name (the tagger made
            // a person of the words before it)
            if (s.words[k] == "&" && k > 0 && !taken[k]) {
                amp = true;
                taken[k] = 1;
                m.start = k;
                --k;
            }
            const Case c = Case(s.cases[k]);
            // ("JPMorgan": a capital inside a name)
            if (c != Case::title && c != Case::upper && !(c == Case::mixed && std::isupper(uint8_t(s.words[k][0]))))
                break;
            if (company_stop(s.lower[k]) || line_break_between(s, k)) break;
            if (taken[k]) {
                // an adjacent place or nationality mention ending right here (after "&", any name)
                size_t q = from;
                for (; q < out.size(); ++q)
                    if (q != r && out[q].end == m.start && out[q].end > out[q].start) break;
                // (and a one-word "person" right before it: "Linyi Huasheng Wood Co", the tagger's
                // guess at a city it did not know; a person's name would not run into a
                // company's with nothing between)
                if (q == out.size() ||
                    !(out[q].type == EntityType::GPE || out[q].type == EntityType::NORP ||
                      (out[q].type == EntityType::PERSON && out[q].end - out[q].start == 1) ||
                      (amp && (out[q].type == EntityType::PERSON || out[q].type == EntityType::ORG))))
                    break;
                m.start = out[q].start;
                out[q].end = out[q].start;  // absorbed: removed below
                any = true;
                break;
            }
            if (k == 0 && !amp) break;
            taken[k] = 1;
            m.start = k;
            if (k == 0) break;
        }
        if (lone_suffix && m.start < start0) m.type = EntityType::ORG;
        // (one it could not extend, after a bracket or a line break, "(Far East) Ltd": no name)
        else if (m.end - m.start == 1 && m.start == start0 && sw != "ag" && sw != "sa" && sw != "nv") {
            m.end = m.start;
            any = true;
        }
    }
    if (any)
        drop_absorbed(out, from);
}

// A noun that names a kind of company: chipmaker, carmaker (any "-maker"), company, firm, ...
}  // namespace
bool company_noun(std::string_view w) {
    // (people who make: "lawmaker", "playmaker", "filmmaker" ...)
    static constexpr std::string_view kPersonMakers[] = {"lawmaker", "policymaker", "playmaker", "filmmaker",
        "moviemaker", "peacemaker", "kingmaker", "dressmaker", "homemaker", "matchmaker", "rainmaker",
        "troublemaker", "decisionmaker", "holidaymaker", "merrymaker", "speechmaker", "haymaker", "bombmaker"};
    if (w.ends_with("maker"))
        for (std::string_view p : kPersonMakers)
            if (w == p) return false;
    return w.ends_with("maker") || w == "company" || w == "firm" || w == "manufacturer" || w == "conglomerate" || w == "lender" ||
           w == "insurer" || w == "retailer" || w == "airline" || w == "startup" || w == "subsidiary" || w == "bank";
}
namespace {

// A lower-case noun naming a kind of organisation right before a name: "industry group
// Eurofer", "chipmaker TSMC", "rating agency Moody's", "regulator Ofcom" (the name is the
// organisation; places are excluded by the caller: "oil exporter Saudi Arabia").
}  // namespace
bool org_descriptor(std::string_view w) {
    if (company_noun(w)) return true;
    static constexpr std::string_view kNouns[] = {"association", "group", "lobby", "federation", "agency",
        "consultancy", "watchdog", "regulator", "brokerage", "exchange", "operator", "carrier",
        "newspaper", "broadcaster", "giant", "exporter", "importer", "miner", "refiner", "fund", "contractor",
        "supplier", "producer", "shipbuilder", "homebuilder", "brewer", "distiller", "shipper", "utility",
        "chamber", "alliance", "charity", "consortium", "coalition", "foundation", "nonprofit"};
    for (std::string_view n : kNouns)
        if (w == n) return true;
    return false;
}
// The plural of such a noun: "equipment makers Naura and AMEC", "companies such as X".
bool org_descriptor_plural(std::string_view w) {
    if (w.size() > 4 && w.ends_with("ies")) return org_descriptor(std::string(w.substr(0, w.size() - 3)) + "y");
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && org_descriptor(w.substr(0, w.size() - 1));
}

// "Fertilizer makers in Canada, including Nutrien,", "banks such as X": the name at `start`
// follows "including"/"such as"/"like" whose list is one of organisations (a plural such noun
// within the six words before it).
bool in_org_examples(const StageSentence& s, uint32_t start) {
    uint32_t k = start;
    while (k > 0 && (s.lower[k - 1] == "and" || s.words[k - 1] == "," ||
                     (Case(s.cases[k - 1]) != Case::lower && Case(s.cases[k - 1]) != Case::punct)))
        --k;  // back over earlier names of the same list ("including X, Y and Z")
    if (k >= 2 && s.lower[k - 1] == "as" && s.lower[k - 2] == "such") k -= 2;
    else if (k >= 1 && (s.lower[k - 1] == "including" || s.lower[k - 1] == "like")) k -= 1;
    else return false;
    for (uint32_t q = k; q > 0 && k - q < 6; --q)
        if (Case(s.cases[q - 1]) == Case::lower && org_descriptor_plural(s.lower[q - 1])) return true;
    return false;
}

// "Nexperia, a chipmaker owned by ...", "Acme, the Dutch firm that ...": a name followed by an
// apposition whose head is a company noun is a company (a place is described otherwise). The
// head must end the apposition's noun phrase ("X, a company spokeswoman" is a person's role).
// plural: "X and Y, Russia's two largest oil companies" (a possessor, numbers and adjectives
// before the plural head).
bool company_apposition(const StageSentence& s, uint32_t end, bool plural) {
    const uint32_t n = uint32_t(s.words.size());
    if (end + 2 >= n || s.words[end] != ",") return false;
    uint32_t k = end + 1;
    // "Stelco, which was bought by ...", "X, acquired by Y in 2019,": a company changes owners
    if (!plural) {
        uint32_t q = k;
        if (s.lower[q] == "which") {
            ++q;
            if (q < n && (s.lower[q] == "was" || s.lower[q] == "is" || s.lower[q] == "has")) ++q;
            if (q < n && s.lower[q] == "been") ++q;
        }
        if (q + 1 < n && s.lower[q + 1] == "by" &&
            (s.lower[q] == "bought" || s.lower[q] == "acquired" || s.lower[q] == "purchased"))
            return true;
    }
    if (plural) {
        // "two of the biggest magnet makers", "three of Japan's largest banks"
        if (k + 2 < n && s.lower[k + 1] == "of" &&
            (s.lower[k] == "two" || s.lower[k] == "three" || s.lower[k] == "four" || s.lower[k] == "both" || s.lower[k] == "all"))
            k += 2;
        if (s.lower[k] != "the" && s.lower[k] != "both" && !(k + 1 < n && is_possessive(s.words[k + 1]))) return false;
        if (k + 1 < n && is_possessive(s.words[k + 1])) ++k;
    } else if (s.lower[k] != "a" && s.lower[k] != "an" && s.lower[k] != "the") {
        // "Reliance Industries, India's largest private refiner": a possessive place or name
        if (!(k + 1 < n && is_possessive(s.words[k + 1]) && Case(s.cases[k]) != Case::lower)) return false;
        ++k;
    }
    // ("X, the world's largest copper producer": a possessive after the article too)
    const bool possessive = !plural && (is_possessive(s.words[k]) ||
                                        (s.lower[k] == "the" && k + 2 < n && is_possessive(s.words[k + 2])));
    bool state = false;  // ("Codelco, the state miner", "the state-owned producer": a state's company)
    bool plain_words = !plural && !possessive;  // (lower-case words since the article, no "of")
    for (uint32_t steps = 0; ++k < n && steps < 5; ++steps) {
        std::string_view w = s.lower[k];
        state = state || w == "state" || w == "state-owned" || w == "state-run" || w == "government-owned";
        plain_words = plain_words && Case(s.cases[k]) == Case::lower && w != "of";
        if (plural) {
            if (w.size() < 4 || w.back() != 's') {
                if (Case(s.cases[k]) == Case::punct) return false;
                continue;
            }
            if (w == "companies") w = "company";
            else w.remove_suffix(1);  // firms -> firm, carmakers -> carmaker
        }
        // (after a possessive also nouns a person's job shares: "X, India's largest miner")
        // (a body of firms or workers too: "Swissmem, the association of the machinery industries")
        if (company_noun(w) || w == "refiner" || w == "supplier" || w == "utility" || w == "association" ||
            w == "federation" || w == "confederation" || w == "lobby" || w == "union" || w == "coalition" ||
            w == "chamber" || w == "alliance" ||
            // (a public body: "Gecex, the executive committee of the foreign trade chamber"; with
            // lower-case words only before it, not "a member of the board", "Sharjah, the Emirates
            // news agency")
            (plain_words && (w == "committee" || w == "council" || w == "agency" || w == "regulator" ||
                             w == "watchdog" || w == "board" || w == "commission" || w == "authority")) ||
            ((possessive || state) &&
             (w == "miner" || w == "producer" || w == "exporter" || w == "operator" || w == "carrier"))) {
            if (k + 1 >= n) return true;
            const std::string_view next = s.lower[k + 1];
            return next == "," || next == "." || next == "owned" || next == "based" || next == "that" || next == "which" ||
                   next == "whose" || next == "controlled" || next == "listed" || next == "headquartered" ||
                   next == "with" || next == "in" || next == "and" || next == ";" || next == "outside" ||
                   next == "of" ||  // ("a Chinese-owned maker of automotive chips", "a subsidiary of Y")
                   next == "representing" || next == "for";  // ("the union representing autoworkers")
        }
        if (Case(s.cases[k]) == Case::punct) return false;
    }
    return false;
}

bool is_dash(std::string_view d) { return d == "-" || d == "--" || d == "\xE2\x80\x94" || d == "\xE2\x80\x93"; }

// The eight states the AP spells out in datelines ("BOISE, Idaho —").
bool ap_spelled_state(std::string_view lower) {
    static constexpr std::string_view kStates[] = {"alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah"};
    for (std::string_view st : kStates)
        if (lower == st) return true;
    return false;
}

// The AP's abbreviations of U.S. states in datelines ("Ind.", "Calif.", "N.Y." is read as
// initials elsewhere); the eight states the AP spells out have no entry. Facts of a style book.
bool ap_state(std::string_view lower) {
    if (lower.size() > 1 && lower.back() == '.') lower.remove_suffix(1);
    static constexpr std::string_view kStates[] = {"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
        "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
        "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo"};
    for (std::string_view st : kStates)
        if (lower == st) return true;
    return false;
}

// "GYEONGJU, South Korea, Nov 1 (Reuters) -", "ZHONGSHAN, Nov 3 (Reuters) -", "TIANJIN (AP)
// —": a dateline after a name in capitals at a sentence's start (ending at `end`): [, a place in
// capitals or Title case] [, a month and a day] [(a news agency)], then a dash, with a month or
// an agency among them. The name is where the story was filed.
bool dateline_after(const StageSentence& s, uint32_t end) {
    static constexpr std::string_view kAgency[] = {"reuters", "ap", "afp", "bloomberg", "xinhua", "upi", "dpa", "efe",
                                                   "ani", "pti", "ians"};
    static constexpr std::string_view kMonth[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december"};
    const auto listed = [](std::string_view l, auto& list) {
        if (l.size() > 1 && l.back() == '.') l.remove_suffix(1);
        for (std::string_view c : list)
            if (l == c) return true;
        return false;
    };
    const uint32_t n = uint32_t(s.words.size());
    uint32_t k = end;
    bool cue = false;
    if (k < n && s.words[k] == ",") {
        ++k;
        if (k < n && !listed(s.lower[k], kMonth)) {  // ", South Korea,"
            const uint32_t p0 = k;
            while (k < n && k < p0 + 4 && (Case(s.cases[k]) == Case::title || Case(s.cases[k]) == Case::upper)) ++k;
            if (k == p0 || k >= n) return false;
            // ("GARY, Ind. —", "SALEM, Ore. —": a U.S. dateline in the AP's style, a state's
            // abbreviation then the dash, with no month nor agency)
            // (the abbreviation's dot is its word's: "Ind." is one word, "Ind" "." in older splits)
            if (k == p0 + 1 && ap_state(s.lower[p0])) {
                if (s.words[k] == "." && k + 1 < n && is_dash(s.words[k + 1])) return true;
                if (s.lower[p0].ends_with('.') && is_dash(s.words[k])) return true;
            }
            if (k == p0 + 1 && is_dash(s.words[k]) && ap_spelled_state(s.lower[p0])) return true;  // "BOISE, Idaho —"
            if (s.words[k] == "." && k + 1 < n && s.words[k + 1] == ",") ++k;  // (a state's "Minn.,")
            if (s.words[k] == ",") ++k;
            else if (s.words[k] != "(") return false;
        }
        if (k + 1 < n && listed(s.lower[k], kMonth) && has_digit(s.words[k + 1])) {
            cue = true;
            k += 2;
        }
    }
    if (k + 2 < n && s.words[k] == "(" && listed(s.lower[k + 1], kAgency) && s.words[k + 2] == ")") {
        cue = true;
        k += 3;
    }
    if (!cue || k >= n) return false;
    return is_dash(s.words[k]);
}

// "ST LOUIS, March 3 -", "FORT WORTH, Texas, March 3 (Reuters) -": a dateline's place of one to
// three words in capitals, each of letters (a dot or a hyphen inside), that the tagger left out
// (no mention holds any of its words) is a place.
void missed_dateline_place(const StageSentence& s, uint32_t si, std::vector<RawMention>& out,
                           std::vector<uint8_t>& taken, size_t sentence_from) {
    const uint32_t n = uint32_t(s.words.size());
    uint32_t e = 0;
    // ("GARY, Ind. —": a dateline's name the tagger took for an organisation or a person is the
    // place too, when the mention is the name exactly)
    if (taken[0]) {
        while (e < n && e < 3 && Case(s.cases[e]) == Case::upper) ++e;
        if (e == 0 || e >= n || !dateline_after(s, e)) return;
        for (size_t q = sentence_from; q < out.size(); ++q)
            if (out[q].sentence == si && out[q].start == 0 && out[q].end == e &&
                (out[q].type == EntityType::ORG || out[q].type == EntityType::PERSON)) {
                out[q].type = EntityType::GPE;
                out[q].fixed = true;
            }
        return;
    }
    while (e < n && e < 3 && !taken[e] && Case(s.cases[e]) == Case::upper) {
        const std::string_view w = s.words[e];
        bool letters = w.size() >= 2;
        for (char c : w) letters = letters && ((c >= 'A' && c <= 'Z') || c == '.' || c == '-');
        if (!letters) break;
        ++e;
    }
    if (e == 0 || e >= n || (e < n && !taken[e] && Case(s.cases[e]) == Case::upper) || !dateline_after(s, e)) return;
    out.push_back({si, 0, e, EntityType::GPE, true});
    for (uint32_t k = 0; k < e; ++k) taken[k] = 1;
}

// "ST. PAUL, Minn.": the tagger's place "ST." and its place "PAUL" are one name, as "St. Paul" is:
// an abbreviation of Saint, Fort or Mount alone as a mention joins the mention right after it.
void join_saint_prefix(const StageSentence& s, std::vector<RawMention>& out, size_t from) {
    for (size_t q = from; q + 1 < out.size(); ++q) {
        RawMention& a = out[q];
        RawMention& b = out[q + 1];
        if (a.end != a.start + 1 || b.start != a.end || b.end <= b.start ||
            !(a.type == EntityType::GPE || a.type == EntityType::LOC || a.type == EntityType::ORG))
            continue;
        std::string_view w = s.lower[a.start];
        if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
        if (!(w == "st" || w == "ste" || w == "ft" || w == "mt")) continue;
        b.start = a.start;
        a.end = a.start;  // (emptied: dropped below)
    }
    out.erase(std::remove_if(out.begin() + std::ptrdiff_t(from), out.end(),
                             [](const RawMention& r) { return r.end <= r.start; }),
              out.end());
}

// A word of a company's trade that ends its name and no person's ("Hyundai Motor", "Samsung
// Electronics", "Huawei Technologies"; "Steel" is a surname too, so it is left out here).
bool company_trade_word(std::string_view lower_word) {
    static constexpr std::string_view kTrade[] = {"electronics", "motor", "motors", "chemical", "chemicals",
        "technologies", "airways", "pharmaceutical", "pharmaceuticals", "energy", "technology", "telecom",
        "airlines", "automotive", "pharma", "timber", "mining", "metals", "minerals", "petroleum", "aerospace",
        "materials", "semiconductor", "resources", "logistics", "shipping", "foods", "platforms", "systems",
        "software", "semiconductors", "robotics", "therapeutics"};
    if (lower_word.size() < 5) return false;
    const char c = lower_word[0];
    if (c != 'e' && c != 'm' && c != 'c' && c != 't' && c != 'a' && c != 'p' && c != 'r' && c != 'l' && c != 's' &&
        c != 'f')
        return false;
    for (std::string_view t : kTrade)
        if (lower_word == t) return true;
    return false;
}

// (company_suffix() for ner_group.cpp: a legal word is no institution's head noun)
bool is_company_suffix(std::string_view lower_word) { return company_suffix(lower_word); }

// The short form a company goes by in the rest of an article: its name without the words that
// only say it is a company ("Reliance Industries Ltd" -> "Reliance", "Alibaba Group" ->
// "Alibaba", "Searle and Co" -> "Searle"), without a leading "the", and without one word of its
// trade ("Samsung Electronics Co" -> "Samsung", "Toyota Motor Corp" -> "Toyota", "Huawei
// Technologies" -> "Huawei"): `industry` says whether such a word went, since two companies of
// one house share that short form ("Hyundai Motor", "Hyundai Steel") where they do not share a
// legal one. A lone word left over must be a name of its own: not a place, a people, a first
// name, a title or a generic word ("General", "National": "National Group" is no "National").
std::pair<size_t, size_t> org_short_form(std::span<const std::string_view> lower, std::span<const uint64_t> hl,
                                         const Lexicon& lex, bool* industry, bool with_trade, size_t* legal_end,
                                         const KeySet* lower_vocab, bool region_ok) {
    const auto trade_word = [&](std::string_view w) { return with_trade && (w == "steel" || company_trade_word(w)); };
    size_t b = 0, e = lower.size(), legal = e;
    bool trade = false;
    if (e > 0 && lower[0] == "the") b = 1;
    while (e > b && (company_suffix(lower[e - 1]) || lower[e - 1] == "industries" || lower[e - 1] == "group" ||
                     lower[e - 1] == "and" || lower[e - 1] == "&" ||  // ("Searle and Co" -> "Searle")
                     (!trade && e - b >= 2 && (trade = trade_word(lower[e - 1])) && ((legal = e), true))))
        --e;
    // "Goldman Sachs" -> "Goldman", "JPMorgan Chase & Co" -> "JPMorgan", "Exxon Mobil" -> "Exxon":
    // the first of two words, when it has no lowercase use (the tagger's vocabulary of words seen
    // lowercase: "Credit Suisse", "Home Depot", "Wells Fargo" keep their names) and the name is
    // a company's: it had a legal word, or its second word has no lowercase use either ("Reagan
    // Administration" is no company). Joined like a trade word's short form, so only where one
    // company in the document has it.
    if (with_trade && !trade && lower_vocab && e - b == 2 && !lower_vocab->contains(hl[b]) && lower[b + 1] != "&" &&
        lower[b + 1] != "and" && (e < lower.size() || !lower_vocab->contains(hl[b + 1]))) {
        trade = true;
        legal = e;
        --e;
    }
    if (industry) *industry = trade;
    // (the legal words' short form: up to the trade word, which has a word before it)
    if (legal_end) *legal_end = trade ? (legal < lower.size() ? legal : 0) : (e > b && e < lower.size() ? e : 0);
    if (e == b || e == lower.size()) return {0, 0};
    if (e - b == 1) {
        static constexpr std::string_view kGeneric[] = {"general", "national", "united", "international", "global",
            "first", "new", "great", "royal", "standard", "central", "federal", "state", "public", "world", "american",
            "european", "asian", "pacific", "atlantic", "northern", "southern", "eastern", "western", "union", "trust",
            "applied", "advanced", "consolidated", "allied", "associated", "continental", "universal", "nippon"};
        const std::string_view w = lower[b];
        if (w.size() < 3 || !has_letter(w)) return {0, 0};
        for (std::string_view g : kGeneric)
            if (w == g) return {0, 0};
        // (nor a common noun's abbreviation: "LNG" of "LNG Canada")
        const uint16_t place = region_ok && trade ? uint16_t(LK_COUNTRY | LK_CITY) : uint16_t(LK_GPE);
        if (lex.kinds_of(hl[b]) &
            (place | LK_LOC | LK_NORP | LK_FIRSTNAME | LK_TITLE | LK_ROLEWORD | LK_ORGWORD | LK_PORTFOLIO | LK_COMMON))
            return {0, 0};
    }
    return {b, e};
}

// Keys of the words seen lowercase inside sentences (not first words) into `keys`; returns
// the count of capitalized words. Its own function (why: inside find_mentions the loop's
// pointers and counters lived on the stack).
// Repeats ("the", "of", "said") are mostly skipped by a small direct-mapped filter of keys
// already pushed: the set is the same, its table (sized by the key count) ~3x smaller, so
// clearing and filling it cost less. (A key the filter forgot is pushed again: harmless.)
// `capitals` (sized to the word count by the caller) receives the flat index (sentence after
// sentence, as StageDoc stores them) of each capitalized word, in order: rule 3 visits only
// those (why: it tested every word of the document, and ~4 in 5 are not capitalized).
// `team_gate`: team_spans' counts of the sentence taken in the same pass (why: team_spans
// counted every word of every sentence again, and almost no sentence is a results line);
// versus words are found by their hash first (no word text read for the others). Its bit 2
// marks a list cue ("such as", "including") and bit 4 an "&" (why: the rules that read those
// sentences skip the others without a pass over their words).
size_t collect_lower_words(const std::vector<StageSentence>& sents, std::vector<uint32_t>& keys, uint32_t* capitals,
                           uint8_t* team_gate) {
    size_t capitalized = 0;
    uint32_t recent[256] = {0};
    uint32_t at = 0;
    for (size_t si = 0; si < sents.size(); ++si) {
        const StageSentence& s = sents[si];
        const uint8_t* cases = s.cases.data();
        const uint64_t* hl = s.hl.data();
        const size_t n = s.words.size();
        int numbers = 0, lowers = 0, versus = 0;
        bool list_cue = false;  // "such as", "including": company_lists() reads the sentence
        bool ampersand = false;  // "&": join_ampersand_names() reads the sentence
        bool score = false;      // "2-0": result_teams() reads the sentence
        constexpr uint64_t kAs = hash_bytes("as"), kIncluding = hash_bytes("including"), kAmpersand = hash_bytes("&");
        // ("oil companies, Rosneft and Lukoil": a comma after a plural company noun)
        constexpr uint64_t kComma = hash_bytes(","), kCompanies = hash_bytes("companies"), kFirms = hash_bytes("firms"),
                           kBanks = hash_bytes("banks"), kLenders = hash_bytes("lenders"), kGroups = hash_bytes("groups");
        for (size_t i = 0; i < n; ++i) {
            const Case c = Case(cases[i]);
            if (c == Case::lower) {
                const uint64_t h = hl[i];
                list_cue |= h == kAs || h == kIncluding;
                // ("battery makers X and Y": a plural before a capital; company_lists() tells which)
                list_cue |= i + 1 < n && (Case(cases[i + 1]) == Case::title || Case(cases[i + 1]) == Case::upper) &&
                            s.words[i].size() >= 5 && s.words[i].back() == 's';
                if (may_be_versus_hash(h) && is_versus_word(s.words[i])) ++versus;
                else ++lowers;
                if (!i) continue;
                const uint32_t k = key32(h);
                uint32_t& r = recent[(k ^ (k >> 8)) & 255];
                if (r == k) continue;
                r = k;
                keys.push_back(k);
            } else if (c == Case::title || c == Case::upper || c == Case::mixed) {
                capitals[capitalized++] = at + uint32_t(i);
                if (c == Case::upper && may_be_versus_hash(hl[i]) && is_versus_word(s.words[i])) ++versus;
            } else {
                numbers += c == Case::digit;
                // ("beat Chelsea 2-0": a score in prose; a digit word is rarely one with a hyphen)
                score |= c == Case::digit && s.words[i].size() <= 5 && s.words[i].size() >= 3 && is_hyphen_score(s.words[i]);
                ampersand |= hl[i] == kAmpersand;
                if (hl[i] == kComma && i > 0) {
                    const uint64_t p = hl[i - 1];
                    list_cue |= p == kCompanies || p == kFirms || p == kBanks || p == kLenders || p == kGroups;
                }
            }
        }
        team_gate[si] = uint8_t(team_line_counts(numbers, lowers, versus) | (list_cue ? 2 : 0) | (ampersand ? 4 : 0) |
                                (score ? 8 : 0));
        at += uint32_t(n);
    }
    return capitalized;
}

std::vector<RawMention> find_mentions(const std::vector<StageSentence>& sents, const EntityModels* m,
                                      MentionScratch* scratch) {
    MentionScratch local;
    MentionScratch& X = scratch ? *scratch : local;
    if (X.model != m) {  // the cached sums are another model's
        X.own.clear(0);
        X.model = m;
    }
    std::vector<RawMention> out;
    // Words seen lowercase inside sentences: they are common words in this document.
    KeySet& doc_lower = X.doc_lower;
    doc_lower.keys.clear();
    size_t capitalized = 0;  // (sizes the own-score cache: its words are mostly these)
    size_t words = 0;
    for (const auto& s : sents) words += s.words.size();
    doc_lower.keys.reserve(words);  // (one allocation, not a doubling chain)
    std::vector<uint32_t>& capitals = X.capitals;
    if (capitals.size() < words) capitals.resize(words);
    std::vector<uint8_t>& team_gate = X.team_gate;
    team_gate.resize(sents.size());
    capitalized = collect_lower_words(sents, doc_lower.keys, capitals.data(), team_gate.data());
    doc_lower.index();

    FeatureContext ctx;
    if (m) {
        ctx.lexicon = &m->lexicon;
        ctx.lower_vocab = &m->tagger.lower_vocab;
    }
    ctx.doc_lower = &doc_lower;
    OwnScoreCache& own_scores = X.own;  // names recur: their own feature sums are computed once
    if (own_scores.entries.empty()) own_scores.reserve(capitalized + capitalized / 4);
    ctx.own_cache = &own_scores;
    if (m) ctx.common = &m->common_words;
    SentenceInfo& info = X.info;
    std::vector<uint8_t>& labels = X.labels;
    static constexpr EntityType kTypeOf[kTypes] = {EntityType::PERSON, EntityType::ORG, EntityType::GPE, EntityType::LOC, EntityType::NORP};
    std::vector<uint8_t>& heading_caps = X.heading_caps;
    std::vector<uint8_t>& guessed_case = X.guessed_case;  // ALL-CAPS or Title Case line
    heading_caps.assign(sents.size(), 0);
    guessed_case.assign(sents.size(), 0);
    KeyMap<uint8_t>& teams = X.teams;  // names a results line showed to be teams (rule 5)
    teams.reset(8);
    // Per-sentence buffers, reused (no allocation per sentence).
    std::vector<uint8_t>& taken = X.taken;
    std::vector<uint8_t>& in_title = X.in_title;
    std::vector<std::pair<uint32_t, uint32_t>>& places = X.places;
    std::vector<NumericSpan>& numeric = X.numeric;
    TagScratch& scratch_tag = X.tag;
    for (uint32_t si = 0; si < sents.size(); ++si) {
        const StageSentence& s = sents[si];
        const size_t sentence_from = out.size();
        find_numeric(s.words, s.lower, s.glued, s.hl.data(), numeric, s.num_start.data());
        taken.assign(s.words.size(), 0);
        for (const auto& n : numeric) {
            out.push_back({si, n.start, n.end, n.type});
            for (uint32_t k = n.start; k < n.end; ++k) taken[k] = 1;
        }
        if (!m || m->tagger.empty()) continue;
        if (team_gate[si] & 1)  // (team_spans finds nothing in the other sentences)
        for (auto [a, b] : team_spans(s, taken, m->lexicon)) {
            out.push_back({si, a, b, EntityType::ORG, true});
            for (uint32_t k = a; k < b; ++k) taken[k] = 1;
            teams.emplace(key_of(s, a, b), 1);
        }
        if (team_gate[si] & 8)  // (a result told in prose: "Arsenal beat Chelsea 2-0")
            for (auto [a, b] : result_teams(s, taken, m->lexicon)) {
                out.push_back({si, a, b, EntityType::ORG, true});
                for (uint32_t k = a; k < b; ++k) taken[k] = 1;
                teams.emplace(key_of(s, a, b), 1);
            }
        if (teams.size())  // (a fixture of a team a result named: "Arsenal host Aston Villa")
            for (auto [a, b] : fixture_teams(s, taken, teams, m->lexicon)) {
                out.push_back({si, a, b, EntityType::ORG, true});
                for (uint32_t k = a; k < b; ++k) taken[k] = 1;
                teams.emplace(key_of(s, a, b), 1);
            }
        WordFacts facts{s.cases.data(), s.hl.data(), s.lower.data()};
        prepare_sentence(s.words, s.heading, ctx, info, false, &facts);
        heading_caps[si] = s.heading || info.mode != LineMode::normal;
        guessed_case[si] = info.mode != LineMode::normal;
        tag(m->tagger, info, labels, true, &scratch_tag);
        name_suffix_spans(s, labels, m->lexicon);
        // Tokens inside a multiword title that began before them ("Secretary of [State]",
        // "[Prime] Minister"): a title is never part of a name.
        // (Most sentences have no title phrase: then in_title is neither cleared nor read.)
        const bool titles = (info.gaz_kinds & LK_TITLE) != 0;
        if (titles) in_title.assign(s.words.size(), 0);
        if (titles)
        for (uint32_t i = 0; i < s.words.size(); ++i)
            if ((info.tokens[i].gaz_b & LK_TITLE)) {
                LexMatch lm = m->lexicon.match(s.hl.data(), s.words.size(), i);
                if (lm.length >= 2 && (lm.kinds & LK_TITLE))
                    for (uint32_t k = i; k < i + uint32_t(lm.length); ++k) in_title[k] = 1;
            }
        // Multiword gazetteer countries/cities ("Czech Republic", "South Africa") stay whole even
        // when the tagger splits them ("Czech" NORP + "Republic").
        places.clear();
        if (info.gaz_kinds & (LK_COUNTRY | LK_CITY)) {
            for (uint32_t i = 0; i < s.words.size(); ++i) {
                if (!(info.tokens[i].gaz_b & (LK_COUNTRY | LK_CITY))) continue;
                LexMatch lm = m->lexicon.match(s.hl.data(), s.hl.size(), i);
                if (lm.length < 2 || !(lm.kinds & (LK_COUNTRY | LK_CITY))) continue;
                bool caps = true;
                // (a possessive inside too: "People's Republic of China")
                for (uint32_t k = i; k < i + uint32_t(lm.length); ++k)
                    caps &= Case(s.cases[k]) != Case::lower || s.lower[k] == "of" || s.lower[k] == "and" ||
                            is_possessive(s.words[k]);
                if (caps) places.emplace_back(i, i + uint32_t(lm.length));
            }
        }
        auto place_overlap = [&](uint32_t a, uint32_t b) -> int {
            for (size_t p = 0; p < places.size(); ++p)
                if (a < places[p].second && places[p].first < b && !(a <= places[p].first && places[p].second <= b)) return int(p);
            return -1;
        };
        for (uint32_t i = 0; i < labels.size();) {
            if (!label_begins(labels[i])) { ++i; continue; }
            if (uint32_t jj = i + 1; true) {
                while (jj < labels.size() && labels[jj] == labels[i] + 1) ++jj;
                int p = place_overlap(i, jj);
                if (p >= 0) {
                    auto [a, b] = places[size_t(p)];
                    bool free = true;
                    for (uint32_t k = a; k < b; ++k) free &= !taken[k];
                    if (free) {
                        out.push_back({si, a, b, EntityType::GPE, true});
                        for (uint32_t k = a; k < b; ++k) taken[k] = 1;
                    }
                    i = std::max(jj, b);
                    continue;
                }
            }
            uint32_t j = i + 1;
            while (j < labels.size() && labels[j] == labels[i] + 1) ++j;
            uint32_t e = j;
            // "Acme's US": a possessive ends the name.
            for (uint32_t k = i + 1; k < e; ++k) if (is_possessive(s.words[k])) { e = k; break; }
            bool title_before = false;
            while (titles && i + 1 < e && in_title[i]) { ++i; title_before = true; }
            // ("Minister of State for Energy Alick Buchanan-Smith": the title's portfolio after
            // "for" is the post's, not the name's; two capitalized words at least stay)
            // (with nothing after the portfolio, "Minister of State for Finance and Industry,", no
            // name at all)
            if (title_before && i + 1 < e && (s.lower[i] == "for" || s.lower[i] == "of")) {
                uint32_t q = i + 1;
                while (q < e && q < i + 5 &&
                       ((m->lexicon.kinds_of(s.hl[q]) & LK_PORTFOLIO) || s.lower[q] == "and" || s.lower[q] == "&"))
                    ++q;
                if (q == e) { i = j; continue; }
                // (a portfolio the gazetteer lacks, "for Textiles R.N. Mirdha": one capitalized word)
                if (q == i + 1 && Case(s.cases[q]) == Case::title && e - q >= 3) ++q;
                if (q > i + 1 && e - q >= 2 && s.lower[q - 1] != "and" && s.lower[q - 1] != "&") i = q;
            }
            // ... and at its end: "[US] Commerce Secretary Howard Lutnick" is no ORG "US Commerce"
            // (but "Foreign Ministry" before "spokesman" is an organisation: "Ministry" says so).
            while (titles && e > i + 1 && in_title[e - 1] && labels[i] != B_PER &&
                   !(m->lexicon.kinds_of(s.hl[e - 1]) & LK_ORGWORD))
                --e;
            // ("U.S. Agriculture undersecretary Daniel Amstutz": a portfolio before a lower-case
            // title word is the post's, not an organisation's name)
            // (only a government's post after a place: "Dairy Farm chairman X", "Office of Management
            // and Budget director Y" keep their organisations)
            if (titles && labels[i] == B_ORG && e < s.words.size() && Case(s.cases[e]) == Case::lower &&
                (s.lower[e] == "minister" || s.lower[e] == "secretary" || s.lower[e] == "undersecretary" ||
                 s.lower[e] == "under-secretary" || s.lower[e] == "spokesman" || s.lower[e] == "spokeswoman" ||
                 s.lower[e] == "spokesperson" || s.lower[e] == "commissioner")) {
                uint32_t b = e;
                while (b > i + 1 && (m->lexicon.kinds_of(s.hl[b - 1]) & LK_PORTFOLIO) &&
                       !(m->lexicon.kinds_of(s.hl[b - 1]) & LK_ORGWORD))
                    --b;
                if (b < e && (m->lexicon.lookup_tokens(&s.hl[i], b - i).kinds & (LK_COUNTRY | LK_GPE | LK_NORP))) e = b;
            }
            // A one-word person title heading a span of another type: "[Trade] Commissioner Maros
            // Sefcovic" tagged ORG is the person Maros Sefcovic (ORG names that begin with a title
            // word, "General Motors Company", have an organisation word or are known names).
            if (labels[i] != B_PER && e >= i + 3 && (m->lexicon.kinds_of(s.hl[i]) & LK_TITLE) &&
                person_title_word(s.lower[i])) {
                bool name = true;
                for (uint32_t k = i + 1; k < e; ++k)
                    name &= Case(s.cases[k]) == Case::title &&
                            !(m->lexicon.kinds_of(s.hl[k]) & (LK_ORGWORD | LK_ORG | LK_GPE | LK_NORP | LK_LOC | LK_TITLE));
                if (name) {
                    ++i;
                    title_before = true;
                }
            }
            // The same title in lower case right before the span ("EU trade commissioner [Maros
            // Sefcovic] said", "foreign minister [Ayse Demir]"): the tagger sees the title word
            // only as context and may call unknown names after it an organisation. Title-case
            // words none of the gazetteers knows, after a title only people hold, name a person.
            bool after_title = false;
            if (labels[i] != B_PER && !title_before && i > 0 && e - i <= 3 && Case(s.cases[i - 1]) == Case::lower &&
                s.lower[i - 1] != "prime" && person_title_word(s.lower[i - 1])) {
                bool name = true;
                for (uint32_t k = i; k < e && name; ++k)
                    name = Case(s.cases[k]) == Case::title &&
                           !(m->lexicon.kinds_of(s.hl[k]) & (LK_ORGWORD | LK_ORG | LK_GPE | LK_NORP | LK_LOC | LK_TITLE));
                after_title = name;
            }
            // ... and before the comma that opens the name's apposition: "India's commerce
            // secretary, [Rajesh Agrawal], said" (the name closed by a comma or a verb of speech)
            if (labels[i] != B_PER && !title_before && !after_title && i > 1 && e - i >= 2 && e - i <= 3 &&
                s.words[i - 1] == "," && Case(s.cases[i - 2]) == Case::lower && s.lower[i - 2] != "prime" &&
                person_title_word(s.lower[i - 2]) &&
                (e >= s.words.size() || s.words[e] == "," || s.lower[e] == "said" || s.lower[e] == "says" ||
                 s.lower[e] == "told")) {
                bool name = true;
                for (uint32_t k = i; k < e && name; ++k)
                    name = Case(s.cases[k]) == Case::title &&
                           !(m->lexicon.kinds_of(s.hl[k]) & (LK_ORGWORD | LK_ORG | LK_GPE | LK_NORP | LK_LOC | LK_TITLE));
                after_title = name;
            }
            // "[Ontario] Premier Doug Ford" tagged as one ORG: a place, a one-word person title and
            // two or more name words are the place and a person. ("[GCC Secretary-General Jasem]
            // [Mohamed Albudaiwi]": a known organisation's abbreviation before the title, and the
            // name running on into the person the tagger began after it.)
            uint32_t e_joined = e;
            if (labels[i] != B_PER && !title_before && e == j && j < labels.size() && labels[j] == B_PER) {
                e_joined = j + 1;
                while (e_joined < labels.size() && labels[e_joined] == I_PER) ++e_joined;
            }
            if (labels[i] != B_PER && !title_before && e_joined >= i + 4) {
                for (uint32_t k = i + 1; k + 3 <= e_joined; ++k) {  // the title at k, two name words after it
                    // ("Secretary-General", "Director-General": an organisation's head)
                    const bool general = s.lower[k].ends_with("-general");
                    // ("[Supreme Court] Justice Alexandre de Moraes": a court's judge)
                    const bool court = k > i && s.lower[k - 1] == "court" &&
                                       (s.lower[k] == "justice" || s.lower[k] == "judge");
                    if (!(m->lexicon.kinds_of(s.hl[k]) & LK_TITLE) || !(person_title_word(s.lower[k]) || general || court))
                        continue;
                    bool place = !general && !court;
                    for (uint32_t q = i; q < k; ++q)
                        place &= (m->lexicon.kinds_of(s.hl[q]) & (LK_COUNTRY | LK_CITY | LK_REGION | LK_NORP)) != 0;
                    const bool org = court || (!place && k == i + 1 && Case(s.cases[i]) == Case::upper &&
                                               (m->lexicon.kinds_of(s.hl[i]) & LK_ORG));
                    if (!place && !org) break;
                    // (an organisation's title only with the person the tagger began after it)
                    if (org && !court && e_joined == e) break;
                    const uint32_t end_name = org ? e_joined : e;
                    if (k + 3 > end_name) break;
                    // (a surname may be a known organisation's name: "Doug Ford")
                    bool name = true;
                    for (uint32_t q = k + 1; q < end_name && name; ++q)
                        name = (Case(s.cases[q]) == Case::title &&
                                !(m->lexicon.kinds_of(s.hl[q]) & (LK_ORGWORD | LK_GPE | LK_NORP | LK_LOC | LK_TITLE |
                                                                  (q == k + 1 ? LK_ORG : 0)))) ||
                               (court && q > k + 1 && q + 1 < end_name && name_particle(s.lower[q]));
                    if ((place || org) && name) {
                        bool free = true;
                        for (uint32_t q = i; q < k; ++q) free &= !taken[q];
                        if (free) {
                            const EntityType pt = org ? EntityType::ORG : place_override(s, i, k, EntityType::GPE, m->lexicon, taken);
                            out.push_back({si, i, k, pt, org});
                            for (uint32_t q = i; q < k; ++q) taken[q] = 1;
                        }
                        i = k + 1;
                        if (org) e = j = e_joined;
                        title_before = true;
                    }
                    break;
                }
            }
            // "[U.S. District Judge] [Edward Davila]": a judge's title of a court's kind (its place,
            // "District", "Circuit", "Federal", "Bankruptcy" ...) right before a person's name is
            // the person's title whole, no organisation.
            if (labels[i] != B_PER && e > i + 1 && e == j && j < labels.size() && labels[j] == B_PER &&
                (s.lower[e - 1] == "judge" || s.lower[e - 1] == "justice")) {
                bool court_kind = true;
                for (uint32_t q = i; q + 1 < e && court_kind; ++q) {
                    const std::string_view l = s.lower[q];
                    court_kind = l == "district" || l == "circuit" || l == "federal" || l == "bankruptcy" ||
                                 l == "magistrate" || l == "appeals" || l == "superior" || l == "supreme" ||
                                 l == "high" || l == "chief" || l == "associate" || l == "senior" || l == "county" ||
                                 l == "state" || l == "administrative" ||
                                 (m->lexicon.kinds_of(s.hl[q]) & (LK_COUNTRY | LK_CITY | LK_REGION | LK_NORP)) != 0;
                }
                if (court_kind) {
                    i = j;
                    continue;
                }
            }
            // "[Quebec Premier] [Francois Legault]": a one-word person title closing a span right
            // before a person's name is the person's title, not part of the span.
            if (labels[i] != B_PER && e > i + 1 && e == j && j < labels.size() && labels[j] == B_PER &&
                (m->lexicon.kinds_of(s.hl[e - 1]) & LK_TITLE) && person_title_word(s.lower[e - 1])) {
                --e;
                // one word left that names nothing by itself ("High", "Industry" of "Industry
                // Commissioner"): part of the title, no mention
                if (e == i + 1 && Case(s.cases[i]) != Case::upper &&
                    !(m->lexicon.kinds_of(s.hl[i]) & (LK_ORG | LK_GPE | LK_NORP | LK_LOC))) {
                    i = j;
                    continue;
                }
            }
            // Leading punctuation ("- Cosmin Contra") and, for people, titles are not the name.
            while (i + 1 < e && Case(s.cases[i]) == Case::punct) ++i;
            // "WASHINGTON, May 13 (Reuters) - The Trump administration plans": the story's first
            // word after a dateline's dash is capitalized by its place, as a sentence's first is
            // (not a known name's own article: "The Hague"; nor an institution's word, which the
            // article rule below reads: "The Department" alone is none, and the institutions pass
            // finds "Department of Trade and Industry" whole)
            if (e - i >= 2 && i > 0 && s.lower[i] == "the" && Case(s.cases[i - 1]) == Case::punct &&
                !institution_head(s.lower[i + 1]) &&
                (s.words[i - 1] == "-" || s.words[i - 1] == "--" || s.words[i - 1] == "\xE2\x80\x94" ||
                 s.words[i - 1] == "\xE2\x80\x93") &&
                !(m->lexicon.match(s.hl.data(), s.hl.size(), i).kinds & (LK_ORG | LK_GPE | LK_LOC)))
                ++i;
            if (labels[i] == B_PER || labels[i] == I_PER)
                while (i + 1 < e && (m->lexicon.kinds_of(s.hl[i]) & (LK_TITLE | LK_ROLEWORD | LK_ROLEHEAD))) ++i;
            // Possessives, punctuation and scores ("McCague 4-55") never end a name, nor a common
            // noun's abbreviation after a place ("U.S. AI chips", "China EV makers").
            while (e > i && (is_possessive(s.words[e - 1]) || Case(s.cases[e - 1]) == Case::punct ||
                             Case(s.cases[e - 1]) == Case::digit ||
                             (e > i + 1 && (m->lexicon.kinds_of(s.hl[e - 1]) & LK_COMMON) &&
                              (m->lexicon.lookup_tokens(&s.hl[i], e - 1 - i).kinds & (LK_COUNTRY | LK_NORP)))))
                --e;
            // "Mr Phoc said": the tagger took a British honorific (no dot) into a name it typed as
            // an organisation; what follows an honorific is a person, without it
            bool honorific = false;
            if (e - i >= 2 && Case(s.cases[i + 1]) == Case::title) {
                const std::string_view h = s.lower[i];
                honorific = h == "mr" || h == "mrs" || h == "ms" || h == "mr." || h == "mrs." || h == "ms.";
                if (honorific) ++i;
            }
            bool clash = false;
            for (uint32_t k = i; k < e; ++k) clash |= taken[k] != 0;
            if (e > i && !clash) {
                EntityType t = honorific ? EntityType::PERSON : kTypeOf[label_type(labels[i])];
                if (title_before && t != EntityType::PERSON && e - i >= 2) t = EntityType::PERSON;
                // ("Ms Aydın said", "Ms Paris said": a name right after an honorific is a person's,
                // whatever place shares it)
                if (t != EntityType::PERSON && i > 0 && Case(s.cases[i]) == Case::title &&
                    Case(s.cases[i - 1]) == Case::title) {  // (not the verb: "will miss England's")
                    const std::string_view h = s.lower[i - 1];
                    if (h == "mr" || h == "mrs" || h == "ms" || h == "mr." || h == "mrs." || h == "ms." || h == "miss")
                        t = EntityType::PERSON;
                }
                // ("Mr. van der Meulen": a name's lower-case particle opens no place's name; "the
                // Netherlands", "eastern Canada" do)
                if ((t == EntityType::GPE || t == EntityType::LOC) && Case(s.cases[i]) == Case::lower &&
                    (s.lower[i] == "van" || s.lower[i] == "von" || s.lower[i] == "de" || s.lower[i] == "der" ||
                     s.lower[i] == "den" || s.lower[i] == "da" || s.lower[i] == "di" || s.lower[i] == "du" ||
                     s.lower[i] == "del" || s.lower[i] == "dos" || s.lower[i] == "bin" || s.lower[i] == "al")) {
                    i = j;
                    continue;
                }
                if (after_title) t = EntityType::PERSON;
                // nor, a person's, a joining word ("Secretary of State [George Shultz and Treasury]
                // Secretary X": the tagger ran the name into the next title, whose word is cut
                // above). (An organisation cut at "of" or "and" is completed below: "Bank of" +
                // "Tokyo".)
                while (t == EntityType::PERSON && e > i + 1 && (s.lower[e - 1] == "and" || s.lower[e - 1] == "or")) --e;
                if (titles && in_title[i] && e - i == 1) { i = j; continue; }
                // a person's title alone is no name ("Juan Chacin Guzman, President of Acme Oil")
                if (t == EntityType::PERSON && e - i == 1 && (m->lexicon.kinds_of(s.hl[i]) & LK_TITLE) &&
                    person_title_word(s.lower[i])) {
                    i = j;
                    continue;
                }
                // "its Blackwell chips", "the Falcon jets": one word right before a lower-case
                // product noun names the product, not a person (no given name the gazetteers know)
                if (t == EntityType::PERSON && e - i == 1 && e < s.words.size() && Case(s.cases[e]) == Case::lower &&
                    !(m->lexicon.kinds_of(s.hl[i]) & LK_FIRSTNAME)) {
                    static constexpr std::string_view kProducts[] = {"chip", "chips", "processors", "processor",
                        "phones", "phone", "smartphones", "jets", "jet", "aircraft", "planes", "engines", "vaccine",
                        "vaccines", "drug", "drugs", "tablets", "laptops", "servers", "satellites", "missiles",
                        "drones", "software", "platform", "app", "models", "sedans", "trucks",
                        // ("major Cognac producers", "Bordeaux growers": a product's or a region's makers)
                        "producers", "makers", "growers", "exporters", "importers", "industry"};
                    bool product = false;
                    for (std::string_view w : kProducts) product |= s.lower[e] == w;
                    if (product) { i = j; continue; }
                }
                // ("Sorghum, pork, beef, fruits and dairy products will face a 10% duty": a word
                // capitalized only as a sentence's first, opening a list of lower-case nouns, is one
                // of them; not a name the gazetteers know, "Canada, Mexico and ...")
                if (e - i == 1 && i == 0 && lowercase_list_after(s, e, m->lexicon) &&
                    !(m->lexicon.kinds_of(s.hl[i]) &
                      (LK_GPE | LK_LOC | LK_NORP | LK_ORG | LK_FIRSTNAME | LK_TITLE | LK_ORGWORD))) {
                    i = j;
                    continue;
                }
                // ("Semiconductors will receive the same treatment", "Pharmaceuticals were spared":
                // a word of a company's trade alone, opening a sentence before a lower-case word,
                // names the goods; after a name it may end one, "British Airways")
                if (e - i == 1 && i == 0 && e < s.words.size() && Case(s.cases[e]) == Case::lower &&
                    company_trade_word(s.lower[i])) {
                    i = j;
                    continue;
                }
                // "The Ministry of Commerce said": an institution's name has no article (the
                // tagger took a sentence's capitalized "The" into it)
                // ("The Ministry said": the word alone names none)
                if (t == EntityType::ORG && e - i >= 2 && s.lower[i] == "the" && institution_head(s.lower[i + 1])) {
                    if (e - i == 2) { i = j; continue; }
                    ++i;
                }
                // "C. Lewis": an initial before a person's name belongs to it.
                // (or two: "H.D. Kumaraswamy"; not a place's, "U.S.", nor an organisation's)
                while (t == EntityType::PERSON && i > 0 && !taken[i - 1] &&
                       (is_initial(s.words[i - 1]) ||
                        (is_two_initials(s.words[i - 1]) &&
                         !(m->lexicon.kinds_of(s.hl[i - 1]) & (LK_GPE | LK_LOC | LK_NORP | LK_ORG | LK_COMMON)))))
                    --i;
                // ("Trade Minister Parks Tau said": a capitalized word between a title and the
                // tagger's one-word person is the person's given name, whatever else it may mean)
                if (t == EntityType::PERSON && e == i + 1 && i >= 2 && !taken[i - 1] && info.mode == LineMode::normal &&
                    Case(s.cases[i - 1]) == Case::title && !line_break_between(s, i - 2) &&
                    (m->lexicon.kinds_of(s.hl[i - 2]) & LK_TITLE) && Case(s.cases[i - 2]) == Case::title &&
                    !(m->lexicon.kinds_of(s.hl[i - 1]) &
                      (LK_GPE | LK_LOC | LK_NORP | LK_ORG | LK_TITLE | LK_ORGWORD | LK_COMMON | LK_PORTFOLIO)))
                    --i;
                EntityType p = place_override(s, i, e, t, m->lexicon, taken);
                // "Goldman Sachs", "Morgan Stanley": a name of two or more words that the
                // gazetteers know as an organisation is no person (one word may be a surname too:
                // "Ford")
                if (p == EntityType::PERSON && e - i >= 2 && (m->lexicon.lookup_tokens(&s.hl[i], e - i).kinds & LK_ORG))
                    p = EntityType::ORG;
                // "Hero MotoCorp", "Acme SoftBank": a word with a capital after a syllable of its
                // own is a brand's; people's names take one after "Mc", "Mac", "De", "Le", "Fitz" ...
                if (p == EntityType::PERSON)
                    for (uint32_t k = i; k < e; ++k)
                        if (const size_t at = brand_capital(s.words[k]);
                            at && !(m->lexicon.lookup(s.words[k].substr(0, at)).kinds & LK_FIRSTNAME)) {
                            p = EntityType::ORG;  // (not two names run together: "MargaretThatcher")
                            break;
                        }
                // "the Trump administration", "the Biden administration": a lone name before
                // "administration" is the president it is named after (as CoNLL marks "the
                // Clinton administration"), not an organisation "Trump" nor a place "Biden" (a
                // place the gazetteers know stays one: "the U.S. administration")
                bool president = false;
                if ((p == EntityType::ORG || p == EntityType::GPE || p == EntityType::LOC) && e == i + 1 &&
                    e < s.words.size() && s.lower[e] == "administration" &&
                    Case(s.cases[i]) == Case::title &&
                    !(m->lexicon.kinds_of(s.hl[i]) & (LK_ORG | LK_GPE | LK_NORP | LK_LOC | LK_COMMON | LK_ORGWORD))) {
                    p = EntityType::PERSON;
                    president = true;
                }
                out.push_back({si, i, e, p, (p == EntityType::ORG && t != EntityType::ORG) || president});
                for (uint32_t k = i; k < e; ++k) taken[k] = 1;
            }
            i = j;
        }
        if (info.mode == LineMode::normal) extend_company_names(s, out, sentence_from, taken);
        if (info.mode == LineMode::normal) complete_cut_names(s, si, out, sentence_from, taken);
        if (info.mode == LineMode::normal) extend_org_start(s, out, sentence_from, m->lexicon, taken);
        if (info.mode == LineMode::normal) split_after_legal_word(s, out, sentence_from, m->lexicon, m->tagger.lower_vocab);
        if (info.gaz_kinds & LK_COUNTRY) split_country_pairs(s, out, sentence_from, m->lexicon);
        if (info.gaz_kinds & LK_LOC) coordinated_loc_orgs(s, out, sentence_from, m->lexicon);
        if (out.size() >= sentence_from + 2) listed_places(s, out, sentence_from, m->lexicon);
        if (info.mode == LineMode::normal) adjective_places(s, out, sentence_from, m->lexicon);
        if (info.mode == LineMode::normal) person_by_apposition(s, out, sentence_from, m->lexicon);
        if (info.mode == LineMode::normal && (team_gate[si] & 4)) join_ampersand_names(s, si, out, sentence_from, taken);
        if (info.mode == LineMode::normal && (info.gaz_kinds & LK_ORGWORD)) missed_institutions(s, si, out, sentence_from, taken);
        if (info.mode == LineMode::normal && (info.gaz_kinds & LK_PORTFOLIO))
            portfolio_institutions(s, out, sentence_from, m->lexicon, taken);
        if (info.mode == LineMode::normal && (info.gaz_kinds & LK_ORGWORD) && (info.gaz_kinds & (LK_COUNTRY | LK_NORP)))
            country_named_orgs(s, si, out, sentence_from, m->lexicon, taken);
        if (info.mode == LineMode::normal && (info.gaz_kinds & LK_ORGWORD)) ministry_portfolio_lists(s, out, sentence_from, taken);
        if (info.mode == LineMode::normal && (info.gaz_kinds & LK_COUNTRY))
            bodies_before_officer(s, out, sentence_from, m->lexicon, m->tagger.lower_vocab, taken);
        if (info.mode == LineMode::normal && (info.gaz_kinds & (LK_NORP | LK_GPE)))
            acronym_extends_left(s, out, sentence_from, taken);
        // (a company's name opening the sentence: two capitalized words at least)
        if (info.mode == LineMode::normal && !taken[0] && s.words.size() > 2 && Case(s.cases[1]) == Case::title)
            missed_company_at_start(s, si, out, sentence_from, m->lexicon, taken);
        if (Case(s.cases[0]) == Case::upper && s.words.size() > 3)
            missed_dateline_place(s, si, out, taken, sentence_from);
        join_saint_prefix(s, out, sentence_from);
        if (info.mode == LineMode::normal && (team_gate[si] & 2)) company_lists(s, si, out, sentence_from);
        // (both look for capitalized words no mention holds, the first word only before a comma:
        // most sentences have none, and one pass over two byte arrays tells so)
        if (info.mode == LineMode::normal) {
            bool loose = s.words.size() > 1 && s.words[1] == "," && !taken[0];
            for (size_t k = 1; k < s.words.size() && !loose; ++k)
                loose = !taken[k] && (Case(s.cases[k]) == Case::title || Case(s.cases[k]) == Case::upper);
            if (loose) {
                missed_after_descriptor(s, si, m->lexicon, out, taken);
                missed_before_apposition(s, si, m->lexicon, m->tagger.lower_vocab, out, taken);
                missed_before_move(s, si, m->lexicon, out, taken);
            }
        }
        add_gazetteer_places(s, si, m->lexicon, info, taken, out);
        add_gazetteer_orgs(s, si, m->lexicon, info, taken, out);
        widen_to_gazetteer_orgs(s, si, m->lexicon, info, out, sentence_from, taken);
        if (info.gaz_kinds & (LK_NORP | LK_GPE)) gazetteer_fronts(s, m->lexicon, out, sentence_from, taken);
        if (info.mode == LineMode::normal) join_name_particles(s, m->lexicon, out, sentence_from, taken);
        if (info.mode == LineMode::normal) he_surnames(s, m->lexicon, out, si, sentence_from, taken);
    }
    if (!m || m->tagger.empty()) return out;
    // "Rosneft and Lukoil, Russia's two largest oil companies": a name holding "and" before a
    // plural company apposition is two companies ("Marks and Spencer, Britain's biggest
    // retailer" stays one).
    for (size_t q = 0, n0 = out.size(); q < n0; ++q) {
        RawMention& r = out[q];
        if (r.type == EntityType::DATE || r.type == EntityType::MONEY || r.type == EntityType::PERCENT) continue;
        if (r.end - r.start < 3) continue;
        const StageSentence& s = sents[r.sentence];
        uint32_t cut = 0;
        for (uint32_t k = r.start + 1; k + 1 < r.end; ++k)
            if (s.lower[k] == "and") cut = k;
        if (!cut || !company_apposition(s, r.end, true)) continue;
        const RawMention second{r.sentence, cut + 1, r.end, EntityType::ORG, true};
        r.end = cut;
        r.type = EntityType::ORG;
        r.fixed = true;
        out.insert(out.begin() + std::ptrdiff_t(q) + 1, second);  // (mentions stay in text order)
        ++q;
        ++n0;
    }
    // "the International Monetary Fund and World Bank", "Texaco and Pennzoil", "the European
    // Union and India": one organisation the tagger made across an "and" is two names when each
    // side is a name by itself, and not the same one: an organisation or place mentioned on its
    // own elsewhere in the document, or a whole entry of the gazetteers. "Securities and Exchange
    // Commission", "Standard and Poor", "Johnson and Johnson" stay whole (their parts are no
    // names alone, or the same one). Each side gets its own type by the document's votes below.
    split_at_and(sents, out, m->lexicon);
    // Names these rules show to be companies: their other mentions in the document follow
    // ("Austmet, a wholly-owned London-based company" ... "Austmet has recruited": the tagger's
    // PERSON there gave the company two entries).
    std::vector<uint64_t> companies;
    company_evidence(sents, out, m->lexicon, m->tagger.lower_vocab, companies);

    // --- document consistency -----------------------------------------------------------
    // Type votes per lowercased name, from body text (headings and caps lines vote weakly).
    constexpr int kRanks = MentionScratch::kRanks;
    KeyMap<std::array<int, kRanks>>& votes = X.votes;
    votes.reset(out.size());
    KeyMap<int>& person_surname = X.person_surname;  // surname -> count of full names
    person_surname.reset(out.size() / 2);
    KeyMap<int>& person_family = X.person_family;
    person_family.reset(out.size() / 2);
    for (const auto& r : out) {
        if (r.type == EntityType::DATE || r.type == EntityType::MONEY || r.type == EntityType::PERCENT || r.fixed) continue;
        const StageSentence& s = sents[r.sentence];
        int w = heading_caps[r.sentence] ? 1 : 3;
        votes[key_of(s, r.start, r.end)][type_rank(r.type)] += w;
        if (r.type == EntityType::PERSON && !heading_caps[r.sentence] && r.end - r.start >= 2)
            person_surname[key_of_word(s, surname_at(s, r.start, r.end))]++;
    }
    // A family name written first, as Chinese, Korean and Vietnamese names are ("Xi Jinping",
    // "Kim Jong Un", "To Lam"): a short first word of a full name that no gazetteer knows but as
    // a given name ("Xi" is one) (the names a title fixed as people count too).
    for (const auto& r : out) {
        if (r.type != EntityType::PERSON || r.end - r.start < 2 || r.end - r.start > 3 || heading_caps[r.sentence])
            continue;
        const StageSentence& s = sents[r.sentence];
        if (s.words[r.start].size() <= 3 && Case(s.cases[r.start]) == Case::title &&
            !(m->lexicon.kinds_of(s.hl[r.start]) & ~LK_FIRSTNAME) && !company_suffix(s.lower[r.end - 1]))
            person_family[key_of_word(s, r.start)]++;
    }
    // "Nike, which makes half of its footwear in Vietnam,": a person is followed by "who", so a
    // name "which" follows is no person, in all its mentions (not a surname the document gives in
    // full: "introduced by Glickman, which he said would ..." speaks of the bill; nor a name with
    // a given name or an initial). Rare: a short list, no table.
    std::vector<uint64_t> which_named;
    for (const auto& r : out) {
        if (r.type != EntityType::PERSON || r.end - r.start > 3) continue;
        const StageSentence& s = sents[r.sentence];
        // (a name of two or three words counts as its own "surname": only a one-word one is checked)
        if (r.end + 1 >= s.words.size() || s.words[r.end] != "," || s.lower[r.end + 1] != "which" ||
            (r.end - r.start == 1 && person_surname.contains(key_of_word(s, r.end - 1))))
            continue;
        bool name = false;
        for (uint32_t q = r.start; q < r.end && !name; ++q)
            name = (m->lexicon.kinds_of(s.hl[q]) & LK_FIRSTNAME) != 0 || is_initial(s.words[q]);
        if (!name) which_named.push_back(key_of(s, r.start, r.end));
    }
    auto decided = [&](uint64_t key, EntityType fallback) {
        if (!which_named.empty() && std::find(which_named.begin(), which_named.end(), key) != which_named.end())
            return EntityType::ORG;
        const auto* v = votes.find(key);
        if (!v) return fallback;
        // Rule 1: PERSON from body text wins (weight >= 3 means at least one body vote).
        if ((*v)[size_t(type_rank(EntityType::PERSON))] >= 3) return EntityType::PERSON;
        int best = -1, bv = 0;
        for (int t = 0; t < kRanks; ++t) if ((*v)[size_t(t)] > bv) { bv = (*v)[size_t(t)]; best = t; }
        return best < 0 ? fallback : EntityType(best);
    };
    std::vector<RawMention>& fixed = X.fixed;
    fixed.clear();
    fixed.reserve(out.size());
    for (auto r : out) {
        if (r.type != EntityType::DATE && r.type != EntityType::MONEY && r.type != EntityType::PERCENT && !r.fixed) {
            const StageSentence& s = sents[r.sentence];
            // "in retaliation for the EV duties": an abbreviation that is a common noun is no
            // name alone
            if (r.end - r.start == 1 && (m->lexicon.kinds_of(s.hl[r.start]) & LK_COMMON)) continue;
            // ... and a longer one no name at all ("aboard Air Force One": the tagger took "Air
            // Force" for an organisation)
            if (const LexMatch c = m->lexicon.match(s.hl.data(), s.hl.size(), r.start);
                c.length > 1 && (c.kinds & LK_COMMON) && r.end <= r.start + uint32_t(c.length))
                continue;
            uint64_t key = key_of(s, r.start, r.end);
            EntityType t = decided(key, r.type);
            if (r.start == 0 && t != EntityType::GPE && dateline_after(s, r.end)) {
                bool caps = true;
                for (uint32_t k = r.start; k < r.end && caps; ++k) caps = Case(s.cases[k]) == Case::upper;
                if (caps) t = EntityType::GPE;
            }
            // ... and so is the place after its comma ("ST. PAUL, Minn., March 6 -": the state,
            // not a person "Minn")
            if (r.start >= 2 && r.start <= 4 && t != EntityType::GPE && s.words[r.start - 1] == "," &&
                dateline_after(s, r.start - 1)) {
                bool caps = true;
                for (uint32_t k = 0; k + 1 < r.start && caps; ++k)
                    caps = Case(s.cases[k]) == Case::upper || Case(s.cases[k]) == Case::punct;
                if (caps) t = EntityType::GPE;
            }
            // Rule 5: a name shown to be a team is a team everywhere in the document, except
            // right after "in"/"at" (the place: "in Leeds").
            bool team = teams.contains(key) && !(r.start > 0 && (s.lower[r.start - 1] == "in" || s.lower[r.start - 1] == "at"));
            // (or the family name a full name began with: "no reason to meet Xi")
            if (r.end - r.start == 1 && (person_surname.contains(key) || person_family.contains(key))) {
                uint16_t kinds = m->lexicon.kinds_of(s.hl[r.start]);
                if (!(kinds & (LK_GPE | LK_NORP | LK_ORG))) t = EntityType::PERSON;
            }
            if (team) t = EntityType::ORG;
            // ("the party's youth wing, the Junge Union": a union no gazetteer knows as a country
            // is a body, not a state like the Soviet Union)
            if (t == EntityType::GPE && r.end - r.start >= 2 && s.lower[r.end - 1] == "union" &&
                !(m->lexicon.lookup_tokens(&s.hl[r.start], r.end - r.start).kinds & (LK_GPE | LK_COUNTRY | LK_LOC)))
                t = EntityType::ORG;
            // "sanctions on Rosneft and Lukoil": a one-word person that the gazetteer knows as a
            // company only (no given name, place or title), and no surname of a person the
            // document names in full ("Ontario Premier Doug Ford ... Ford said" stays a person),
            // after no title ("President Ford"), is the company
            if (t == EntityType::PERSON && r.end - r.start == 1 && !person_surname.contains(key) &&
                !person_family.contains(key) &&
                (m->lexicon.kinds_of(s.hl[r.start]) & (LK_ORG | LK_FIRSTNAME | LK_GPE | LK_NORP | LK_TITLE)) == LK_ORG &&
                !(r.start > 0 && (m->lexicon.kinds_of(s.hl[r.start - 1]) & (LK_TITLE | LK_ROLEWORD | LK_FIRSTNAME))) &&
                !led_government(s, r.end))  // ("during Ford's administration")
                t = EntityType::ORG;
            // (not a surname of a person named in full: "Benson Seizer" ... "Seizer's board nominees")
            // (nor a name after a person's title: "President Reagan" beside "Reagan Inc")
            if (!companies.empty() && std::find(companies.begin(), companies.end(), key) != companies.end() &&
                !person_surname.contains(key) &&
                !(r.start > 0 && (m->lexicon.kinds_of(s.hl[r.start - 1]) & (LK_TITLE | LK_ROLEWORD))))
                t = EntityType::ORG;
            if (t == EntityType::PERSON && guessed_case[r.sentence]) {
                // Rule 4: a PERSON in a Title Case or ALL-CAPS line needs body support or a
                // first-name cue (an initial counts: "M. Bevan").
                const auto* v = votes.find(key);
                bool body = v && (*v)[size_t(type_rank(EntityType::PERSON))] >= 3;
                bool surname = person_surname.contains(key_of_word(s, r.end - 1));
                bool first = ((m->lexicon.kinds_of(s.hl[r.start]) & LK_FIRSTNAME) || is_initial(s.words[r.start])) && r.end - r.start >= 2;
                first |= r.start > 0 && is_initial(s.words[r.start - 1]);
                if (!body && !surname && !first) continue;
            }
            // ("Eighteen members of the party's youth wing said": a number spelled out is no name)
            if (r.end - r.start == 1 && Case(s.cases[r.start]) == Case::title && spelled_cardinal(s.lower[r.start]))
                continue;
            // "Chipmaker TSMC said": a sentence's first word naming a kind of company, right
            // before a name, is no name of its own
            // ("Steelmakers' association X": a plural "-makers" never names one)
            const std::string_view w0 = s.lower[0];
            if (r.end - r.start == 1 && r.start == 0 && Case(s.cases[0]) == Case::title &&
                ((company_noun(w0) && w0 != "bank" && 1 < s.words.size() &&
                  (Case(s.cases[1]) == Case::title || Case(s.cases[1]) == Case::upper)) ||
                 (w0.size() > 6 && w0.ends_with("makers"))))
                continue;
            // "Semiconductor maker X said", "Sawmill operator X": the first word, no name the
            // gazetteers know, of a kind of company spelled as two words
            if (r.end - r.start == 1 && r.start == 0 && Case(s.cases[0]) == Case::title && 2 < s.words.size() &&
                Case(s.cases[1]) == Case::lower && org_descriptor(s.lower[1]) &&
                (Case(s.cases[2]) == Case::title || Case(s.cases[2]) == Case::upper) &&
                !(m->lexicon.kinds_of(s.hl[0]) & ~LK_ORGWORD) && !person_surname.contains(key))
                continue;
            // "Tomato exports rose": a sentence's first word, alone, that this document uses as a
            // common word ("tomatoes" in lower case elsewhere), no gazetteer knows and no full name
            // ends with, is capitalized only by its place.
            if ((t == EntityType::PERSON || t == EntityType::ORG) && r.end - r.start == 1 && r.start == 0 &&
                Case(s.cases[r.start]) == Case::title &&
                !person_surname.contains(key) && !m->lexicon.kinds_of(s.hl[r.start]) &&
                common_in_document(doc_lower, s.lower[r.start]))
                continue;
            // ("City council approves ..." ... "the city": a place no gazetteer knows, alone at the
            // start, that the document writes in lower case, is capitalized by its place too;
            // so is one the tagger's training text wrote in lower case, before a lower-case word:
            // "City council member X said", "Border guards said")
            if ((t == EntityType::GPE || t == EntityType::LOC) && r.end - r.start == 1 && r.start == 0 &&
                Case(s.cases[r.start]) == Case::title &&
                !(m->lexicon.kinds_of(s.hl[r.start]) & (LK_GPE | LK_LOC | LK_NORP | LK_ORG)) &&
                (common_in_document(doc_lower, s.lower[r.start]) ||
                 (1 < s.words.size() && Case(s.cases[1]) == Case::lower && m->tagger.lower_vocab.contains(s.hl[0]))))
                continue;
            // "Semiconductor tariffs will ...", "Shrimp exporters face ...": a sentence's first
            // word, alone, named a person nowhere else, before a lower-case plural of trade (whose
            // tariffs, exports, makers) is a kind of goods ("Trump tariffs" keeps a name the
            // document names elsewhere)
            if (t == EntityType::PERSON && r.end - r.start == 1 && r.start == 0 && 1 < s.words.size() &&
                Case(s.cases[0]) == Case::title && Case(s.cases[1]) == Case::lower && trade_plural(s.lower[1]) &&
                !person_surname.contains(key) && !person_family.contains(key) &&
                !(m->lexicon.kinds_of(s.hl[0]) & ~LK_ORGWORD)) {  // ("Semiconductor" heads company names too)
                const auto* v = votes.find(key);
                if (!v || (*v)[size_t(type_rank(EntityType::PERSON))] <= 3) continue;
            }
            r.type = t;
        }
        fixed.push_back(r);
    }
    out.swap(fixed);

    // Rule 3: add untagged capitalized occurrences of known names (longest names first).
    KeyMap<EntityType>& known = X.known;
    known.reset(out.size() * 2);
    KeySet& first_words = X.first_words;  // first words of known names: other words start none (fast skip)
    first_words.keys.clear();
    size_t max_len = 1;
    for (const auto& r : out) {
        if (r.type == EntityType::DATE || r.type == EntityType::MONEY || r.type == EntityType::PERCENT) continue;
        const StageSentence& s = sents[r.sentence];
        known.emplace(key_of(s, r.start, r.end), r.type);
        first_words.keys.push_back(key32(s.hl[r.start]));
        max_len = std::max<size_t>(max_len, r.end - r.start);
        if (r.type == EntityType::PERSON && r.end - r.start >= 2 && !heading_caps[r.sentence]) {
            const uint32_t sn = surname_at(s, r.start, r.end);
            known.emplace(key_of_word(s, sn), EntityType::PERSON);
            first_words.keys.push_back(key32(s.hl[sn]));
        }
        // A company's short form ("Reliance" of "Reliance Industries Ltd"): the article's later
        // "a Reliance spokesperson" is the company (ner_group.cpp joins the two).
        if (r.type == EntityType::ORG && r.end - r.start >= 2 && !heading_caps[r.sentence])
            for_short_forms(s, r, m->lexicon, m->tagger.lower_vocab, [&](uint32_t a, uint32_t b) {
                known.emplace(key_of(s, a, b), EntityType::ORG);
                first_words.keys.push_back(key32(s.hl[a]));
                max_len = std::max<size_t>(max_len, b - a);
            });
    }
    first_words.index();
    std::vector<uint32_t>& sent_at = X.sent_at;  // covered flags of all sentences, flat
    sent_at.assign(sents.size() + 1, 0);
    for (uint32_t si = 0; si < sents.size(); ++si) sent_at[si + 1] = sent_at[si] + uint32_t(sents[si].words.size());
    std::vector<uint8_t>& covered_all = X.covered_all;
    covered_all.assign(sent_at.back(), 0);
    for (const auto& r : out) for (uint32_t k = r.start; k < r.end; ++k) covered_all[sent_at[r.sentence] + k] = 1;
    size_t before = out.size();
    std::vector<uint64_t>& chain = X.chain;
    // Only capitalized words can start an occurrence: their flat indexes (collect_lower_words),
    // in order. A word inside an occurrence just added is covered, so it is skipped as the
    // sentence scan skipped it.
    uint32_t si = 0;
    for (size_t ci = 0; ci < capitalized; ++ci) {
        const uint32_t g = capitals[ci];
        while (g >= sent_at[si + 1]) ++si;
        const StageSentence& s = sents[si];
        uint8_t* covered = &covered_all[sent_at[si]];
        const uint32_t i = g - sent_at[si];
        {
            if (covered[i]) continue;
            if (!first_words.contains(s.hl[i])) continue;
            // Keys of the free words from i on, longest first.
            size_t top = std::min(max_len, s.words.size() - i);
            chain.clear();
            uint64_t k = 0x6E616D65ull;  // key_of's chain
            for (size_t len = 1; len <= top && !covered[i + len - 1]; ++len) { k = mix(k, s.hl[i + len - 1]); chain.push_back(k); }
            for (size_t len = chain.size(); len >= 1; --len) {
                const EntityType* kt = known.find(chain[len - 1]);
                if (!kt) continue;
                Case lc = Case(s.cases[i + len - 1]);
                if (lc == Case::lower) continue;
                // A lone word that the document also uses as a common word is not a name here.
                if (len == 1 && doc_lower.contains(s.hl[i])) break;
                out.push_back({si, i, uint32_t(i + len), *kt});
                for (size_t q = i; q < i + len; ++q) covered[q] = 1;
                break;
            }
        }
    }
    if (out.size() != before)
        std::sort(out.begin(), out.end(), [](const RawMention& a, const RawMention& b) {
            return a.sentence != b.sentence ? a.sentence < b.sentence : a.start < b.start;
        });
    else
        std::stable_sort(out.begin(), out.end(), [](const RawMention& a, const RawMention& b) {
            return a.sentence != b.sentence ? a.sentence < b.sentence : a.start < b.start;
        });
    return out;
}

}  // namespace np::ner
