// ner_lexicon.cpp — open-addressing table of phrase keys and their prefixes.
#include "ner_lexicon.hpp"

#include <algorithm>

#include "ner_text.hpp"

namespace np::ner {

uint64_t lex_step(uint64_t key, uint64_t token_lower_hash) { return mix(key, token_lower_hash); }

namespace {
uint16_t kind_from_name(std::string_view k) {
    if (k == "country") return LK_COUNTRY;
    if (k == "city") return LK_CITY;
    if (k == "region") return LK_REGION;
    if (k == "loc") return LK_LOC;
    if (k == "norp") return LK_NORP;
    if (k == "org") return LK_ORG;
    if (k == "orgword") return LK_ORGWORD;
    if (k == "title") return LK_TITLE;
    if (k == "firstname") return LK_FIRSTNAME;
    if (k == "roleword") return LK_ROLEWORD;
    if (k == "portfolio") return LK_PORTFOLIO;
    if (k == "rolehead") return LK_ROLEHEAD;
    if (k == "common") return LK_COMMON;
    return 0;
}
}  // namespace

void Lexicon::grow() {
    std::vector<Slot> old;
    old.swap(table_);
    table_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    used_ = 0;
    for (const auto& s : old)
        if (s.used) { *find_slot(s.key) = s; ++used_; }
}

Lexicon::Slot* Lexicon::find_slot(uint64_t key) {
    size_t mask = table_.size() - 1;
    for (size_t i = size_t(key) & mask;; i = (i + 1) & mask)
        if (!table_[i].used || table_[i].key == key) return &table_[i];
}

const Lexicon::Slot* Lexicon::get(uint64_t key) const {
    if (table_.empty()) return nullptr;
    size_t mask = table_.size() - 1;
    for (size_t i = size_t(key) & mask;; i = (i + 1) & mask) {
        if (!table_[i].used) return nullptr;
        if (table_[i].key == key) return &table_[i];
    }
}

void Lexicon::add(uint16_t kind, std::string_view phrase, std::string_view canonical) {
    if ((used_ + 8) * 2 > table_.size()) grow();
    uint64_t key = kLexSeed;
    int ntok = 0;
    size_t i = 0;
    while (i < phrase.size()) {
        while (i < phrase.size() && phrase[i] == ' ') ++i;
        size_t j = i;
        while (j < phrase.size() && phrase[j] != ' ') ++j;
        if (j == i) break;
        if (ntok > 0) {  // mark the key so far as a prefix of a longer phrase
            Slot* p = find_slot(key);
            if (!p->used) { p->used = 1; p->key = key; ++used_; }
            p->prefix = 1;
            if ((used_ + 8) * 2 > table_.size()) grow();
        }
        // (the text's tokens part a possessive from its word, "People" "'s": so does a phrase's
        // "National People's Congress", which otherwise never matched)
        size_t cut = j;
        if (j - i > 2 && phrase[j - 2] == '\'' && (phrase[j - 1] == 's' || phrase[j - 1] == 'S')) cut = j - 2;
        uint64_t h = hash_bytes(lower(phrase.substr(i, cut - i)));
        if (ntok == 0) first_bits_[size_t(h >> 54)] |= uint64_t(1) << ((h >> 48) & 63);
        key = lex_step(key, h);
        ++ntok;
        if (cut < j) {
            Slot* p = find_slot(key);
            if (!p->used) { p->used = 1; p->key = key; ++used_; }
            p->prefix = 1;
            if ((used_ + 8) * 2 > table_.size()) grow();
            key = lex_step(key, hash_bytes(lower(phrase.substr(cut, 2))));
            ++ntok;
        }
        i = j;
    }
    if (ntok == 0) return;
    if (ntok > max_tokens_) max_tokens_ = ntok;
    Slot* s = find_slot(key);
    if (!s->used) { s->used = 1; s->key = key; ++used_; }
    s->kinds |= kind;
    if (s->entry < 0 || kind != LK_FIRSTNAME) {
        // The first canonical form wins, except that a place/org form beats a first-name row.
        if (s->entry < 0) { s->entry = int32_t(entries_.size()); entries_.emplace_back(canonical); }
    }
}

bool Lexicon::add_tsv(std::string_view data, std::string_view file_name, std::string& error) {
    size_t pos = 0, line_no = 0;
    std::string_view last_kind;  // an empty KIND repeats the row before's (the page's compact copy)
    while (pos < data.size()) {
        size_t eol = data.find('\n', pos);
        if (eol == std::string_view::npos) eol = data.size();
        std::string_view line = data.substr(pos, eol - pos);
        pos = eol + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') continue;
        size_t t1 = line.find('\t');
        if (t1 == std::string_view::npos) {
            error += std::string(file_name) + ": line " + std::to_string(line_no) + ": expected KIND<TAB>PHRASE\n";
            return false;
        }
        std::string_view kind = t1 ? line.substr(0, t1) : last_kind;
        last_kind = kind;
        std::string_view rest = line.substr(t1 + 1);
        size_t t2 = rest.find('\t');
        std::string_view phrase = rest.substr(0, t2);
        std::string_view canon = t2 == std::string_view::npos ? phrase : rest.substr(t2 + 1);
        if (kind == "capital") {
            capitals_.emplace_back(lower(phrase), std::string(canon));
            const uint64_t h = hash_bytes(capitals_.back().first);
            capital_hashes_.insert(std::lower_bound(capital_hashes_.begin(), capital_hashes_.end(), h), h);
            continue;
        }
        uint16_t k = kind_from_name(kind);
        if (k && !phrase.empty()) add(k, phrase, canon.empty() ? phrase : canon);
    }
    return true;
}

LexMatch Lexicon::match_from(const uint64_t* lower_hashes, size_t n, size_t i) const {
    LexMatch best;
    uint64_t key = kLexSeed;
    for (size_t j = i; j < n && int(j - i) < max_tokens_; ++j) {
        key = lex_step(key, lower_hashes[j]);
        const Slot* s = get(key);
        if (!s) break;
        if (s->kinds) { best.length = int(j - i + 1); best.kinds = s->kinds; best.entry = s->entry; }
        if (!s->prefix) break;
    }
    return best;
}

uint16_t Lexicon::kinds_of_word(uint64_t lower_hash) const {
    const Slot* s = get(lex_step(kLexSeed, lower_hash));
    return s ? s->kinds : 0;
}

LexMatch Lexicon::lookup_tokens(const uint64_t* lower_hashes, size_t n) const {
    LexMatch m;
    if (n == 0 || !may_begin(lower_hashes[0])) return m;
    uint64_t key = kLexSeed;
    for (size_t i = 0; i < n; ++i) key = lex_step(key, lower_hashes[i]);
    if (const Slot* s = get(key); s && s->kinds) { m.length = int(n); m.kinds = s->kinds; m.entry = s->entry; }
    return m;
}

LexMatch Lexicon::lookup(std::string_view phrase) const {
    LexMatch m;
    uint64_t key = kLexSeed;
    int ntok = 0;
    size_t i = 0;
    while (i < phrase.size()) {
        while (i < phrase.size() && phrase[i] == ' ') ++i;
        size_t j = i;
        while (j < phrase.size() && phrase[j] != ' ') ++j;
        if (j == i) break;
        key = lex_step(key, hash_bytes(lower(phrase.substr(i, j - i))));
        ++ntok;
        i = j;
    }
    if (!ntok) return m;
    if (const Slot* s = get(key); s && s->kinds) { m.length = ntok; m.kinds = s->kinds; m.entry = s->entry; }
    return m;
}

std::string Lexicon::capital_of(std::string_view city) const {
    // hash_lower(city) is hash_bytes(lower(city)): a city whose hash no capital has is none
    // (why: group_entities asks for every GPE entity, most are countries, and the lowercase
    // copy and the scan cost ~390 instructions a call).
    if (!std::binary_search(capital_hashes_.begin(), capital_hashes_.end(), hash_lower(city))) return {};
    std::string l = lower(city);
    for (const auto& [c, country] : capitals_) if (c == l) return country;
    return {};
}

const std::string& Lexicon::canonical(int32_t entry) const {
    static const std::string empty;  // immutable: not mutable global state
    return entry >= 0 && size_t(entry) < entries_.size() ? entries_[size_t(entry)] : empty;
}

}  // namespace np::ner
