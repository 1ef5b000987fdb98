// sentences.cpp — sentence boundaries inside one segment.
//
// A boundary follows a cluster of terminal marks (. ! ? …, repeated) plus any closing quotes
// or brackets (“…they agreed.” ends AFTER the quote), when whitespace follows and the next
// visible character starts a sentence (capital, digit, opening quote, bullet). A single '.'
// does not end a sentence after:
//   * a title (Mr. Dr. Gen. Sen. ...) or a single capital initial ("J. K. Rowling");
//   * a month abbreviation or "No." followed by a number ("Jan. 5", "No. 10");
//   * a dotted acronym (U.S., U.K., a.m.), a company suffix (Inc., Corp.) or a U.S. state's
//     abbreviation (Ind., Ore.), unless the next
//     word is a typical sentence starter ("... in the U.S. The talks ...");
// and "2.5" / "1,200.50" never split because no space follows the dot.
#include "segment_parts.hpp"
#include "text.hpp"

namespace np::seg {

namespace {

constexpr std::string_view kTitles[] = {
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
    "Cmdr", "Adm", "Maj", "Brig", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Amb",
    "Sec", "Messrs", "Mme", "Mlle", "St", "Ste", "Mt", "Ft", "Gov", "Atty", "Fr", "Sr", "Jr", "vs", "v",
    "Ave", "Blvd", "Rd", "approx", "cf", "al", "Dept", "Univ", "Assn", "Bros",
    "ST", "STE", "MT", "FT"};  // (a dateline in capitals: "ST. LOUIS, June 2 -")
constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                        "Sept", "Oct", "Nov", "Dec"};
constexpr std::string_view kClosing[] = {"Inc", "Corp", "Co", "Ltd", "Plc", "LLC", "Cos", "etc",
                                         "Bhd", "Pte", "Pty", "Ltda", "Mass", "Calif", "Wash", "Conn",
                                         // (the AP's other state abbreviations: "GARY, Ind. — Hundreds of ...")
                                         "Ala", "Ariz", "Ark", "Colo", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
                                         "Ky", "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
                                         "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wis", "Wyo"};
constexpr std::string_view kNumberAbbr[] = {"No", "Nos", "Vol", "pp", "Fig", "Art", "Sec", "Ch"};
constexpr std::string_view kStarters[] = {
    "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "But", "And", "Or", "So",
    "Yet", "In", "On", "At", "For", "If", "When", "While", "After", "Before", "As", "This", "That",
    "These", "Those", "There", "Then", "His", "Her", "Their", "Our", "My", "Meanwhile", "However",
    "Still", "Also", "Some", "Many", "Most", "Such", "No", "Not", "What", "Why", "How", "Who",
    "Where", "Last", "Earlier", "Later", "Since", "During", "Under", "With", "By", "From", "To"};

// The lists above as hash tables (abbreviation() runs for every word before a '.'): value =
// 1 + Abbrev; the first list a word appears in wins (number, title, month, closing), as the
// order of the checks did when these were scanned one by one.
constexpr auto kAbbrevTable = [] {
    text::WordTable<256> t;
    for (auto w : kNumberAbbr) t.add(w, uint8_t(1 + int(Abbrev::number)));
    for (auto w : kTitles) t.add(w, uint8_t(1 + int(Abbrev::title)));
    for (auto w : kMonths) t.add(w, uint8_t(1 + int(Abbrev::month)));
    for (auto w : kClosing) t.add(w, uint8_t(1 + int(Abbrev::closing)));
    for (auto w : {"e.g", "i.e", "E.g", "I.e"}) t.add(w, uint8_t(1 + int(Abbrev::title)));
    return t;
}();
static_assert(!kAbbrevTable.bad);
constexpr bool abbrevs_fit() {
    for (auto w : kTitles) if (w.size() > kMaxAbbrevBytes) return false;
    for (auto w : kMonths) if (w.size() > kMaxAbbrevBytes) return false;
    for (auto w : kClosing) if (w.size() > kMaxAbbrevBytes) return false;
    for (auto w : kNumberAbbr) if (w.size() > kMaxAbbrevBytes) return false;
    return true;  // (the "e.g" / "i.e" entries are 3 bytes)
}
static_assert(abbrevs_fit(), "an abbreviation is longer than kMaxAbbrevBytes (tokenize.cpp relies on it)");
constexpr auto kStarterSet = text::word_set<128>(kStarters);
static_assert(!kStarterSet.bad);

// Bytes that can start a sentence-ending mark.
constexpr auto kMayEnd = [] {
    struct T { bool v[256] = {}; constexpr bool operator[](size_t i) const { return v[i]; } } t{};
    t.v[size_t('.')] = t.v[size_t('!')] = t.v[size_t('?')] = t.v[0xE2] = true;
    return t;
}();

}  // namespace

Abbrev abbreviation(std::string_view word) {
    // Strip an opening quote/bracket glued to the word.
    while (!word.empty() && (word[0] == '(' || word[0] == '"' || word[0] == '\'' || word[0] == '['))
        word.remove_prefix(1);
    uint8_t v = kAbbrevTable.find(word);
    return v == 0 ? Abbrev::none : Abbrev(v - 1);
}

bool is_dotted_acronym(std::string_view w) {
    if (w.size() < 3) return false;
    for (size_t i = 0; i < w.size(); ++i) {
        char ch = w[i];
        bool letter = (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
        if (i % 2 == 0 ? !letter : ch != '.') return false;
    }
    return w.size() % 2 == 1;
}

bool is_sentence_starter(std::string_view w) { return kStarterSet.find(w) != 0; }

uint32_t bullet_length(std::string_view w, uint32_t i, uint32_t end) {
    if (i >= end) return 0;
    int len;
    uint32_t cp = text::decode(w, i, len);
    auto space_after = [&](uint32_t k) { return k < end && (w[k] == ' ') ? k + 1 - i : 0u; };
    if (cp == '-' || cp == '*' || cp == '+' || cp == 0x2022 || cp == 0x00B7 || cp == 0x2023 ||
        cp == 0x25E6 || cp == 0x25AA || cp == 0x25CF || cp == 0x2013 || cp == 0x2014 || cp == 0x25A0 ||
        cp == 0x2043 || cp == 0x27A4 || cp == 0x25BA)
        return space_after(i + uint32_t(len));
    uint32_t k = i;
    bool paren = false;
    if (w[k] == '(') { paren = true; ++k; }
    uint32_t d = k;
    while (k < end && k - d < 3 && w[k] >= '0' && w[k] <= '9') ++k;
    if (k == d && k < end && w[k] >= 'a' && w[k] <= 'h' && k + 1 < end && w[k + 1] == ')') ++k;  // "a) "
    if (k == d) return 0;
    if (k < end && (w[k] == ')' || (!paren && w[k] == '.'))) return space_after(k + 1);
    return 0;
}

void split_sentences(Document& doc, uint32_t seg_index) {
    SegmentSink out{doc.work_view(), doc.segments, doc.sentences, doc.clean_only ? nullptr : &doc.tokens};
    split_sentences(out, seg_index);
}

void split_sentences(SegmentSink& out, uint32_t seg_index) {
    Segment& seg = out.segments[seg_index];
    const std::string_view w = out.work;
    seg.first_sentence = uint32_t(out.sentences.size());
    uint32_t sent_start = seg.start;
    const uint32_t end = seg.end;
    auto emit_one = [&](uint32_t s, uint32_t e) {
        while (e > s && (w[e - 1] == ' ' || w[e - 1] == '\n' || w[e - 1] == 0x7F)) --e;
        while (s < e && (w[s] == ' ' || w[s] == '\n' || w[s] == 0x7F)) ++s;
        if (s >= e) return;
        Sentence st;
        st.start = s;
        st.end = e;
        st.segment = seg_index;
        st.first_token = out.tokens ? uint32_t(out.tokens->size()) : 0;
        // Clean-only mode: counted by dedup (stage_inputs.hpp).
        st.token_count = out.tokens ? tokenize(w, s, e, *out.tokens) : 0;
        out.sentences.push_back(st);
    };
    // A "sentence" with no end in sight (one 10 MB line of words, a log dump) is cut into pieces
    // of at most kMaxSentenceBytes, at the last space or line break of each piece (else on a
    // character boundary): the later stages look across whole sentences, and one sentence of
    // a million words made them quadratic (minutes for 1 MB). Real sentences are far shorter.
    auto emit = [&](uint32_t s, uint32_t e) {
        while (e - s > kMaxSentenceBytes) {
            uint32_t cut = s + kMaxSentenceBytes;
            while (cut > s + kMaxSentenceBytes / 2 && w[cut] != ' ' && w[cut] != '\n') --cut;
            if (w[cut] != ' ' && w[cut] != '\n') {
                cut = s + kMaxSentenceBytes;
                while (cut > s && (static_cast<unsigned char>(w[cut]) & 0xC0) == 0x80) --cut;
            }
            emit_one(s, cut);
            s = cut;
        }
        emit_one(s, e);
    };
    uint32_t i = seg.start;
    while (i < end) {
        // Fast skip: only '.', '!', '?' and U+2026 (E2 80 A6) can end a sentence; 8 bytes a step.
        for (; i + 8 <= end; i += 8) {
            uint64_t x = text::load8(w.data() + i);
            // The lowest mark of the OR is the first byte that is any of the four (see
            // first_zero_bytes); marks above it may be false, and are never read.
            using text::first_zero_bytes, text::kOnes;
            uint64_t m = first_zero_bytes(x ^ (kOnes * '.')) | first_zero_bytes(x ^ (kOnes * '!')) |
                         first_zero_bytes(x ^ (kOnes * '?')) | first_zero_bytes(x ^ (kOnes * 0xE2));
            if (m) { i += text::first_byte(m); break; }
        }
        while (i < end && !kMayEnd[static_cast<unsigned char>(w[i])]) ++i;
        if (i >= end) break;
        unsigned char b = static_cast<unsigned char>(w[i]);
        if (b == 0xE2 && !(i + 2 < end && w[i + 1] == '\x80' && w[i + 2] == '\xA6')) {
            ++i;
            continue;
        }
        const uint32_t mark = i;
        bool single_dot = b == '.';
        // The cluster of terminal marks.
        uint32_t j = i;
        int marks = 0;
        while (j < end) {
            int len;
            uint32_t cp = text::decode(w, j, len);
            if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) { j += uint32_t(len); ++marks; continue; }
            break;
        }
        if (marks > 1) single_dot = false;
        // Closing quotes / brackets belong to the sentence.
        while (j < end) {
            int len;
            uint32_t cp = text::decode(w, j, len);
            if (cp == 0x201D || cp == 0x2019 || cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0xBB) { j += uint32_t(len); continue; }
            break;
        }
        i = j;
        if (j >= end) break;  // end of segment: the final sentence is emitted below
        if (w[j] != ' ' && w[j] != '\n') continue;
        // The next visible character must be able to start a sentence.
        uint32_t k = j;
        while (k < end && (w[k] == ' ' || w[k] == '\n' || w[k] == 0x7F)) ++k;
        if (k >= end) break;
        int nlen;
        uint32_t ncp = text::decode(w, k, nlen);
        uint32_t first_letter = ncp;
        uint32_t q = k;
        while (q < end && text::is_open_quote(first_letter)) {
            q += uint32_t(nlen);
            if (q >= end) break;
            first_letter = text::decode(w, q, nlen);
        }
        text::CharClass fc = text::classify(first_letter);
        bool starts = text::is_upper(first_letter) || fc == text::CharClass::digit ||
                      (fc == text::CharClass::letter && !text::is_lower(first_letter) && first_letter > 0x7F) ||
                      (may_start_bullet(static_cast<unsigned char>(w[k])) && bullet_length(w, k, end) != 0);
        if (!starts) continue;
        if (single_dot) {
            // The word before the dot.
            uint32_t ws = mark;
            while (ws > seg.start && w[ws - 1] != ' ' && w[ws - 1] != '\n') --ws;
            std::string_view word = w.substr(ws, mark - ws);
            while (!word.empty() && (word[0] == '(' || word[0] == '"' || word[0] == '\'')) word.remove_prefix(1);
            // The word after the boundary (for the "sentence starter" test).
            uint32_t ne = q;
            while (ne < end && w[ne] != ' ' && w[ne] != '\n' && w[ne] != ',' && w[ne] != '.') ++ne;
            std::string_view next = w.substr(q, ne - q);
            bool next_is_number = fc == text::CharClass::digit;
            Abbrev a = abbreviation(word);
            bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
            // ("... said on X. Kremlin spokesman ...": the social network closing a sentence,
            // after "on"/"via", is no initial)
            if (initial && word[0] == 'X' && ws >= seg.start + 4) {
                uint32_t pe = ws;
                while (pe > seg.start && (w[pe - 1] == ' ' || w[pe - 1] == '\n')) --pe;
                uint32_t ps = pe;
                while (ps > seg.start && w[ps - 1] != ' ' && w[ps - 1] != '\n') --ps;
                const std::string_view prev = w.substr(ps, pe - ps);
                if (prev == "on" || prev == "via") initial = false;
            }
            if (a == Abbrev::title || initial) continue;
            if ((a == Abbrev::month || a == Abbrev::number) && next_is_number) continue;
            if ((a == Abbrev::closing || is_dotted_acronym(word)) && !is_sentence_starter(next)) continue;
        }
        emit(sent_start, j);
        sent_start = j;
    }
    emit(sent_start, end);
    seg.sentence_count = uint32_t(out.sentences.size()) - seg.first_sentence;
}

}  // namespace np::seg
