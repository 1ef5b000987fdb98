// summarize_view.hpp — the analysed text as the summary stages see it: sentences of the
// analysed segments, re-cut into matcher tokens (lowercase, apostrophes folded, hyphens split,
// "'s" split off), with actor mentions (entities, places from the lexicon, and a fallback
// proper-name chunker when the entity stage produced nothing).
//
// Why the summary stages re-tokenize: their matchers compare lowercase word forms against
// compiled patterns, and need one fixed convention for "security-related", "U.S.", "Canada’s",
// "20%" whatever tokenizer produced doc.tokens.
//
// Index
//   1. Tokens and the tokenizer
//   2. Sentences and actors
//   3. View construction and pattern matching
//   4. Small shared helpers (numbers, word classes)
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "summary_model.hpp"

namespace np::sv {

// ---- 1. Tokens -------------------------------------------------------------------------------
enum class TK : uint8_t { word, number, punct, quote };
enum TokFlag : uint8_t {
    cap = 1,            // starts with an uppercase ASCII letter
    hyphen_before = 2,  // glued to the previous token by a hyphen ("security-related")
    space_before = 4,   // whitespace before it
    open_q = 8,         // a quote mark that can open a quotation
    close_q = 16,       // a quote mark that can close one
    single_q = 32,      // the quote mark is a single one (‘ ’ ')
    all_cap = 64,
};

struct Tok {
    uint32_t start = 0, end = 0;   // original byte offsets
    uint32_t lo = 0;               // offset of the lowercase form in View::low
    uint16_t lolen = 0;
    TK kind = TK::word;
    uint8_t flags = 0;
    int32_t wid = -1;              // id in SummaryModels::words, -1 = not a pattern word
    uint32_t info = 0;             // WordInfo bits of the word (0 without models)
};

// Word classes looked up once per token (SummaryModels::word_info), so the matchers test a bit
// instead of comparing strings against word lists.
enum WordInfo : uint32_t {
    wi_stop = 1u << 0,
    wi_speech = 1u << 1,
    wi_speech_ing = 1u << 2,
    wi_stance = 1u << 3,
    wi_title = 1u << 4,
    wi_trigger = 1u << 5,      // a trade-measure trigger noun (measures_find.cpp)
    wi_issue_start = 1u << 6,  // first word of an issue pattern
    wi_place_start = 1u << 7,  // first word of a place name
    wi_goods_start = 1u << 8,  // first word of a traded good
    wi_month = 1u << 9,        // time words (time_at): month names
    wi_day = 1u << 10,         // weekdays, today, tomorrow, ...
    wi_unit = 1u << 11,        // day(s), week(s), month(s), year(s), ...
    wi_time_prep = 1u << 12,   // since, from, on, in, by, until, ...
    wi_rel = 1u << 13,         // next, last, this, earlier, ...
    wi_time_start = 1u << 14,  // any word a time phrase can start with (time_at's quick reject)
    wi_m_opener = 1u << 15,    // measures_find.cpp: "it", "they", "face"...: may open a measure, no trigger
    wi_verb_shift = 16,        // bits 16..23: measure verb class (measures_find.cpp)
    wi_verb_mask = 0xFFu << 16,
    wi_m_boundary = 1u << 24,  // measures_find.cpp: clause boundary or "be"-like verb (is_boundary_word)
    wi_m_det = 1u << 25,       // measures_find.cpp: determiner (kDet)
    wi_m_prep = 1u << 26,      // measures_find.cpp: preposition (kPrep)
    wi_m_generic = 1u << 27,   // measures_find.cpp: generic goods word (kGeneric)
    wi_m_aux = 1u << 28,       // measures_find.cpp: auxiliary verb (kAux)
    wi_m_objend = 1u << 29,    // measures_find.cpp: adverb or verb that ends an object phrase (kObjectEnd)
};

// Interns `w` and ORs `bits` into its word info.
void mark_word(SummaryModels& m, const std::string& w, uint32_t bits);
// Registers the shared word classes and the trie start words (called by the model loader).
void register_grammar(SummaryModels& m);

// Appends the tokens of text[from,to) to `out` (lowercase forms into `low`). With `models`
// (loaded, word table sealed) each token's wid and info are filled as it is cut.
void tokenize(std::string_view text, uint32_t from, uint32_t to, std::vector<Tok>& out, std::string& low,
              const SummaryModels* models = nullptr);
// The same tokens cut byte by byte, without the word-at-a-time fast path (tests compare the two).
void tokenize_plain(std::string_view text, uint32_t from, uint32_t to, std::vector<Tok>& out, std::string& low,
                    const SummaryModels* models = nullptr);

// ---- 2. Sentences and actors ------------------------------------------------------------------
struct Sent {
    uint32_t start = 0, end = 0;
    uint32_t para = 0;             // paragraph number (segment index, or line in fallback mode)
    uint32_t t0 = 0, t1 = 0;       // token range
    bool heading = false;
};

enum class AType : uint8_t { person, org, gpe, norp, other };

struct ActorRef {
    uint32_t t0 = 0, t1 = 0;       // token range of the mention
    uint32_t key = 0;              // index into View::keys
    AType type = AType::other;     // type of this mention (NORP "Chinese" keys to China)
};

struct ActorKey {
    std::string name;              // display name
    int32_t entity = -1;           // entity id or -1
    AType type = AType::other;
};

// ---- 3. View ----------------------------------------------------------------------------------
struct View {
    const Document* doc = nullptr;
    const SummaryModels* models = nullptr;
    std::string low;
    std::vector<Tok> toks;
    std::vector<Sent> sents;
    std::vector<int32_t> tok_sent;       // token -> sentence
    std::vector<ActorRef> actors;        // sorted by t0
    std::vector<int32_t> tok_actor;      // token -> index into actors, -1
    std::vector<ActorKey> keys;
    uint32_t paragraphs = 0;
    uint32_t quote_toks = 0;             // tokens of kind quote (no quotation can be paired without one)

    // (Always inlined, and no substr: its range check and throw made every call site bigger, and
    // in the files built for size in wasm each call, and the literal's strlen, stayed a call. A
    // token's range is inside `low` by construction.)
    [[gnu::always_inline]] std::string_view lo(uint32_t i) const {
        return std::string_view(low.data() + toks[i].lo, toks[i].lolen);
    }
    [[gnu::always_inline]] bool is(uint32_t i, std::string_view w) const { return is_bytes(i, w.data(), w.size()); }
    template <size_t N>
    [[gnu::always_inline]] bool is(uint32_t i, const char (&w)[N]) const { return is_bytes(i, w, N - 1); }
    [[gnu::always_inline]] bool is_bytes(uint32_t i, const char* w, size_t n) const {
        return i < toks.size() && toks[i].lolen == n && std::memcmp(low.data() + toks[i].lo, w, n) == 0;
    }
    std::string_view text() const { return doc->text; }
    // Display text of tokens [t0,t1) cut from the original input.
    std::string cut(uint32_t t0, uint32_t t1) const;
};

enum ViewParts : unsigned { with_actors = 1 };
View build_view(const Document& doc, const SummaryModels* models, unsigned parts);
// The same view built into `v`, whose buffers (from an earlier document) are emptied and reused.
void build_view_into(View& v, const Document& doc, const SummaryModels* models, unsigned parts);

// The place-trie payload (place index * 4 + PlaceForm) of a name such as an entity's, or -1.
// quick_reject=false skips the first-word test done before cutting the name (tests compare both).
int32_t place_payload(const SummaryModels& m, std::string_view name, bool quick_reject = true);

// Longest match of `trie` starting at token i (within [i, limit)); returns its length (0 = none)
// and the payloads of the longest pattern.
uint32_t match_at(const View& v, const PhraseTrie& trie, uint32_t i, uint32_t limit,
                  const std::vector<uint32_t>** payloads);

// ---- 4. Helpers --------------------------------------------------------------------------------
// A number at token i ("20", "35.6", "2,000", "twenty", "a tenth"); fills value and the token
// count used. Fractions ("a tenth", "a third", "half") come back as percentages with is_fraction.
bool number_at(const View& v, uint32_t i, uint32_t limit, double& value, uint32_t& used, bool& is_fraction);

// A scale word of an amount ("mln", "billion", "billions", "thousand", ...), lowercase.
bool scale_word(std::string_view lower_word);

// "20%", "20 per cent", "twenty percent", "20 percentage points" at token i.
bool percent_at(const View& v, uint32_t i, uint32_t limit, double& value, uint32_t& used);

// A time phrase starting at token i ("since March", "from next Wednesday", "on April 1",
// "earlier this month", "for 90 days", "in 2020"); returns its length or 0.
uint32_t time_at(const View& v, uint32_t i, uint32_t limit);

bool in_list(std::string_view w, const char* const* list);
bool is_speech_verb(std::string_view w);        // said, says, told, warned, quipped, ...
bool is_participle_speech(std::string_view w);  // saying, insisting, telling, ...
bool is_stance_verb(std::string_view w);        // wants, demands, rejects, insists, warns, urges
bool is_stopword(std::string_view w);
bool is_title_word(std::string_view w);         // president, minister, secretary, ...
bool is_pronoun_person(std::string_view w);     // he, she
int32_t actor_at(const View& v, uint32_t tok);  // index into v.actors or -1
// The first token whose start is at or after byte `offset` (v.toks.size() if none): what
// std::lower_bound on the starts gives, found from an estimate of where the offset falls.
uint32_t first_token_from(const View& v, uint32_t offset);

// Token i's word class by its WordInfo bit when the models are loaded (register_grammar set the
// bit for every word of the list, and each token's info is its lowercase form's), else by
// comparing its lowercase form with the list: the same answer, one load instead of a scan.
inline bool tok_speech(const View& v, uint32_t i) {        // is_speech_verb(lo(i))
    return v.models && v.models->loaded ? (v.toks[i].info & wi_speech) != 0 : is_speech_verb(v.lo(i));
}
inline bool tok_speech_ing(const View& v, uint32_t i) {    // is_participle_speech(lo(i))
    return v.models && v.models->loaded ? (v.toks[i].info & wi_speech_ing) != 0 : is_participle_speech(v.lo(i));
}
inline bool tok_title(const View& v, uint32_t i) {         // is_title_word(lo(i))
    return v.models && v.models->loaded ? (v.toks[i].info & wi_title) != 0 : is_title_word(v.lo(i));
}
inline bool tok_stop(const View& v, uint32_t i) {          // is_stopword(lo(i))
    return v.models && v.models->loaded ? (v.toks[i].info & wi_stop) != 0 : is_stopword(v.lo(i));
}

}  // namespace np::sv

// ---- 5. The four stages over a view built once ----------------------------------------------------
// summarize_document (summarize.cpp) builds one view per document and runs these in order; the
// public stage functions (stages.hpp) build their own view when called alone. Each behaves
// exactly like its stage function, given a view built from the same document and models with
// actors (summary_from_view ignores actors).
namespace np {
void measures_from_view(Document& doc, const sv::View& v);   // needs models with the lexicon
void quotes_from_view(Document& doc, const sv::View& v);
void issues_from_view(Document& doc, const sv::View& v);     // needs models with the taxonomy; reads doc.quotes
// Buffers of summary_from_view, kept by a SummaryScratch between documents (every one is
// refilled before it is read: the capacity is all that carries over).
struct RankBuffers {
    struct Slot { uint32_t off, len, idp1; };
    std::vector<uint32_t> cand, ubuf, wflat, pbeg, pflat, fill, touched, snb, idx;
    std::vector<Slot> table;
    std::vector<double> dbuf, share;
    std::vector<std::pair<uint32_t, float>> aflat;
};
void summary_from_view(Document& doc, const sv::View& v, bool models_loaded, RankBuffers* buffers = nullptr);
bool has_quote_marks(const Document& doc);                   // any quotation mark in the analysed text
}  // namespace np
