// ner_numeric.cpp — hand-written matchers (no regex: fast, and identical on every platform).
#include "ner_numeric.hpp"

#include <iterator>
#include <string>

#include "ner_text.hpp"

namespace np::ner {

namespace {

using Words = std::span<const std::string_view>;

bool in(std::string_view w, std::initializer_list<std::string_view> set) {
    for (auto s : set) if (s == w) return true;
    return false;
}

// A fixed word list as a compile-time open-addressing table (immutable, built by the
// compiler): membership costs one short hash and usually one comparison, where a linear
// scan of the list cost dozens (these checks run for most words of every sentence).
constexpr uint32_t fnv1a32(std::string_view w) {
    uint32_t h = 2166136261u;
    for (char c : w) { h ^= (unsigned char)c; h *= 16777619u; }
    return h;
}
template <size_t N>
struct WordSet {
    static constexpr size_t kSlots = [] { size_t s = 16; while (s < 4 * N) s *= 2; return s; }();
    const std::string_view* words;
    uint16_t slot[kSlots] = {};  // 0 = empty, else index + 1
    constexpr explicit WordSet(const std::string_view (&list)[N]) : words(list) {
        for (size_t k = 0; k < N; ++k) {
            size_t i = fnv1a32(list[k]) & (kSlots - 1);
            while (slot[i] && words[slot[i] - 1] != list[k]) i = (i + 1) & (kSlots - 1);
            slot[i] = uint16_t(k + 1);
        }
    }
    bool contains(std::string_view w) const {
        if (w.size() > 12) return false;
        for (size_t i = fnv1a32(w) & (kSlots - 1); slot[i]; i = (i + 1) & (kSlots - 1))
            if (words[slot[i] - 1] == w) return true;
        return false;
    }
};

constexpr std::string_view kNumberWords[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "half", "a", "several", "few", "dozen"};
constexpr std::string_view kScales[] = {"million", "billion", "trillion", "thousand", "bn", "m", "mn", "mln", "b", "k",
    "tn", "trn", "crore", "lakh", "billions", "millions"};
constexpr std::string_view kCurrencyWords[] = {"dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan",
    "renminbi", "rupee", "rupees", "won", "ruble", "rubles", "rouble", "roubles", "franc", "francs", "peso", "pesos",
    "cents", "sterling", "rand", "riyal", "riyals", "dirham", "dirhams", "lira", "shekel", "shekels", "naira",
    "ringgit", "baht", "dong", "reais", "rupiah", "zloty", "zlotys", "kronor", "kroner", "crowns", "forints",
    "hryvnias", "dinar", "dinars", "marks", "guilders", "lire", "pesetas", "schillings", "drachmas", "escudos"};
constexpr std::string_view kPeriodNouns[] = {"week", "weekend", "month", "year", "quarter", "decade", "century",
    "spring", "summer", "autumn", "fall", "winter", "season", "term"};
constexpr std::string_view kPeriodPlurals[] = {"days", "weeks", "months", "years", "decades", "day", "week", "month",
    "year", "decade"};
// A number word's unit in number_at(): the percent words and every scale, currency word and
// period plural, in one table (why: the unit test looked the next word up in three tables and
// compared it four times; checked below to be exactly the union).
constexpr std::string_view kUnitWords[] = {"%", "percent", "per", "pct",
    "million", "billion", "trillion", "thousand", "bn", "m", "mn", "mln", "b", "k", "tn", "trn", "crore", "lakh",
    "billions", "millions",
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "renminbi", "rupee", "rupees", "won",
    "ruble", "rubles", "rouble", "roubles", "franc", "francs", "peso", "pesos", "cents", "sterling", "rand", "riyal",
    "riyals", "dirham", "dirhams", "lira", "shekel", "shekels", "naira", "ringgit", "baht", "dong",
    "reais", "rupiah", "zloty", "zlotys", "kronor", "kroner", "crowns", "forints", "hryvnias", "dinar", "dinars",
    "marks", "guilders", "lire", "pesetas", "schillings", "drachmas", "escudos",
    "days", "weeks", "months", "years", "decades", "day", "week", "month", "year", "decade"};
constexpr WordSet<std::size(kNumberWords)> kNumberWordSet(kNumberWords);
constexpr WordSet<std::size(kScales)> kScaleSet(kScales);
constexpr WordSet<std::size(kCurrencyWords)> kCurrencyWordSet(kCurrencyWords);
constexpr WordSet<std::size(kPeriodNouns)> kPeriodNounSet(kPeriodNouns);
constexpr WordSet<std::size(kPeriodPlurals)> kPeriodPluralSet(kPeriodPlurals);
constexpr WordSet<std::size(kUnitWords)> kUnitSet(kUnitWords);
template <size_t N>
constexpr bool listed(std::string_view w, const std::string_view (&list)[N]) {
    for (std::string_view x : list) if (x == w) return true;
    return false;
}
// kUnitWords is exactly {"%", "percent", "per", "pct"} + kScales + kCurrencyWords + kPeriodPlurals.
static_assert([] {
    for (std::string_view w : kUnitWords)
        if (!(w == "%" || w == "percent" || w == "per" || w == "pct" || listed(w, kScales) || listed(w, kCurrencyWords) ||
              listed(w, kPeriodPlurals)))
            return false;
    for (std::string_view w : kScales) if (!listed(w, kUnitWords)) return false;
    for (std::string_view w : kCurrencyWords) if (!listed(w, kUnitWords)) return false;
    for (std::string_view w : kPeriodPlurals) if (!listed(w, kUnitWords)) return false;
    for (std::string_view w : kUnitWords) if (w.size() > 12) return false;  // WordSet::contains' limit
    for (std::string_view w : kScales) if (w.size() > 12) return false;
    for (std::string_view w : kCurrencyWords) if (w.size() > 12) return false;
    for (std::string_view w : kPeriodPlurals) if (w.size() > 12) return false;
    return true;
}(), "kUnitWords must be the union of the unit lists");

bool is_digits_number(std::string_view w) {
    if (w.empty() || !(w[0] >= '0' && w[0] <= '9')) return false;
    for (char c : w) if (!((c >= '0' && c <= '9') || c == '.' || c == ',')) return false;
    return true;
}
bool is_number_word(std::string_view l) { return kNumberWordSet.contains(l); }
bool is_scale(std::string_view l) { return kScaleSet.contains(l); }
bool is_currency_symbol(std::string_view w) {
    return in(w, {"$", "€", "£", "¥", "₹", "₩", "₽", "US$", "A$", "C$", "HK$", "NZ$", "S$", "R$"});
}
bool is_currency_code(std::string_view w) {
    return in(w, {"USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "CAD", "AUD", "HKD", "KRW", "RUB", "BRL",
                  "Rs"});  // (the Indian rupee written "Rs 5,000 crore")
}
bool is_currency_word(std::string_view l) { return kCurrencyWordSet.contains(l); }
// Prefix letters of a currency symbol written apart by the tokenizer ("US" "$").
bool is_currency_prefix(std::string_view w) { return in(w, {"US", "A", "C", "HK", "NZ", "S", "R"}); }

int month_of(std::string_view w) {
    static constexpr std::string_view kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                                   "August", "September", "October", "November", "December"};
    static constexpr std::string_view kAbbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static constexpr std::string_view kUpper[] = {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
                                                  "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};
    if (w.size() < 3 || !(w[0] >= 'A' && w[0] <= 'Z')) return 0;
    if (w.back() == '.') w.remove_suffix(1);
    for (int i = 0; i < 12; ++i) if (w == kMonths[i] || w == kAbbr[i] || w == kUpper[i]) return i + 1;
    if (w == "Sept") return 9;
    return 0;
}
bool is_weekday(std::string_view w) {
    return in(w, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                  "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"});
}
bool is_year(std::string_view w) {
    if (w.size() != 4) return false;
    for (char c : w) if (c < '0' || c > '9') return false;
    int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    return y >= 1900 && y <= 2099;
}
bool is_day_number(std::string_view w) {
    std::string_view d = w;
    if (d.size() > 2 && in(d.substr(d.size() - 2), {"st", "nd", "rd", "th"})) d.remove_suffix(2);
    if (d.empty() || d.size() > 2) return false;
    for (char c : d) if (c < '0' || c > '9') return false;
    int v = d.size() == 1 ? d[0] - '0' : (d[0] - '0') * 10 + (d[1] - '0');
    return v >= 1 && v <= 31;
}
bool is_decade(std::string_view w) {
    return (w.size() == 5 && is_year(w.substr(0, 4)) && w[4] == 's') ||
           (w.size() == 3 && w[0] >= '0' && w[0] <= '9' && w[1] == '0' && w[2] == 's');
}
bool is_period_noun(std::string_view l) { return kPeriodNounSet.contains(l); }
bool is_period_plural(std::string_view l) { return kPeriodPluralSet.contains(l); }

// Every lowercase word that can start a pattern or be a number word; any other word is
// skipped without running the matchers.
constexpr std::string_view kStartWords[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "half", "a", "several",
    "few", "dozen", "last", "next", "this", "past", "coming", "previous", "earlier", "later", "early", "late", "mid",
    "yesterday", "today", "tomorrow",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "cad", "aud", "hkd", "krw", "rub", "brl", "rs",
    "us", "c", "hk", "nz", "s", "r", "us$", "a$", "c$", "hk$", "nz$", "s$", "r$"};
constexpr WordSet<std::size(kStartWords)> kStartSet(kStartWords);
static_assert([] {
    for (std::string_view w : kNumberWords) if (!listed(w, kStartWords)) return false;
    return true;
}(), "every number word must be a start word (number_at_unit skips may_start)");
bool may_start(std::string_view l) { return kStartSet.contains(l); }

// The start words' hash_bytes() (= hash_lower() of any casing of them) in a compile-time
// open-addressing table: a word whose lowercase hash is absent is no start word, without
// hashing its text again. A hit is confirmed by may_start() (exact).
struct StartHashes {
    static constexpr size_t kSlots = [] { size_t s = 16; while (s < 4 * std::size(kStartWords)) s *= 2; return s; }();
    uint64_t slot[kSlots] = {};  // 0 = empty (no start word hashes to 0)
    constexpr StartHashes() {
        for (std::string_view w : kStartWords) {
            const uint64_t h = hash_bytes(w);
            size_t i = size_t(h) & (kSlots - 1);
            while (slot[i] && slot[i] != h) i = (i + 1) & (kSlots - 1);
            slot[i] = h;
        }
    }
    bool contains(uint64_t h) const {
        for (size_t i = size_t(h) & (kSlots - 1); slot[i]; i = (i + 1) & (kSlots - 1))
            if (slot[i] == h) return true;
        return false;
    }
};
constexpr StartHashes kStartHashes;

// Whether w can be a currency symbol, code or prefix, or a weekday: every one of those starts
// with an ASCII capital, '$' or a byte >= 0x80. Why: the lists are compared word by word, and
// most words a pattern can start with ("a", "this", digits) fail on their first byte.
bool may_be_symbol_code_or_weekday(std::string_view w) {
    if (w.empty()) return false;
    const unsigned char c = (unsigned char)w[0];
    return (c >= 'A' && c <= 'Z') || c == '$' || c >= 0x80;
}

struct Matcher {
    Words w;
    std::span<const uint8_t> glued;
    Words low;
    // Fast path (the entity stage): first-byte gates before the word lists and number_at()
    // remembered for the last index asked. Both are exact; the plain path (false) is what
    // tests/unit/test_ner_pass_numeric.cpp compares them with.
    bool fast = false;
    mutable size_t memo_i = size_t(-1);
    mutable bool memo_v = false;
    size_t n() const { return w.size(); }

    bool symbol_code_or_weekday(size_t i) const { return !fast || may_be_symbol_code_or_weekday(w[i]); }

    // Digits, or a number word right before a unit ("five percent", "two years ago"). A pure
    // function of i: percent(), money() and date_core() ask it for the same word in turn.
    bool number_at(size_t i) const {
        if (!fast) return number_at_plain(i);
        if (i != memo_i) { memo_v = number_at_plain(i); memo_i = i; }
        return memo_v;
    }
    bool number_at_plain(size_t i) const {
        if (i >= n()) return false;
        if (is_digits_number(w[i])) return true;
        if (fast) return number_at_unit(i);
        if (i + 1 >= n() || !may_start(low[i]) || !is_number_word(low[i])) return false;
        std::string_view u = low[i + 1];
        return u == "%" || u == "percent" || u == "per" || u == "pct" || is_scale(u) || is_currency_word(u) || is_period_plural(u);
    }
    // The fast path's number word + unit test: every number word is a start word (checked
    // below), so may_start() adds nothing; the unit is looked up once in the union table.
    bool number_at_unit(size_t i) const {
        return i + 1 < n() && is_number_word(low[i]) && kUnitSet.contains(low[i + 1]);
    }

    // PERCENT starting at i: returns end (exclusive) or 0.
    size_t percent(size_t i) const {
        if (!number_at(i) || low[i] == "a" || low[i] == "few" || low[i] == "several") return 0;
        size_t j = i + 1;
        if (j < n() && w[j] == "%") return j + 1;
        if (j < n() && (low[j] == "percent" || low[j] == "pct")) return j + 1;
        if (j + 1 < n() && low[j] == "per" && low[j + 1] == "cent") return j + 2;
        return 0;
    }
    size_t number_and_scale(size_t j) const {  // number [scale]; returns end or 0
        if (!number_at(j) || low[j] == "a" || low[j] == "few" || low[j] == "several") return 0;
        size_t k = j + 1;
        if (k < n() && is_scale(low[k]) && (low[k].size() > 1 || glued[k])) ++k;
        // ("6.9 lakh crore": Indian scales compound, a hundred thousand crore)
        if (k > j + 1 && k < n() && low[k - 1] == "lakh" && low[k] == "crore") ++k;
        return k;
    }
    size_t money(size_t i) const {
        size_t j = i;
        if (j < n() && !symbol_code_or_weekday(j)) j = i;
        else if (j + 1 < n() && is_currency_prefix(w[j]) && w[j + 1] == "$" && glued[j + 1]) j += 2;
        else if (j < n() && (is_currency_symbol(w[j]) || is_currency_code(w[j]))) j += 1;
        else j = i;
        if (j > i) {
            size_t k = number_and_scale(j);
            return k ? k : 0;
        }
        size_t k = number_and_scale(i);
        if (!k) return 0;
        if (k < n() && (is_currency_word(low[k]) || (symbol_code_or_weekday(k) && is_currency_code(w[k])))) return k + 1;
        // ("30 billion Canadian dollars", "5 million Hong Kong dollars": a currency named with its
        // country's one or two capitalized words)
        // (not a year's: "its 1982 Swiss franc bond"; nor a headline's "One Billion Dlr Euro bond")
        const bool year = k == i + 1 && is_year(w[i]);
        // (a capital and then lowercase or a dot: "Swiss", "U.S.", not a heading's "844.30 TO THE DOLLAR")
        const auto country_word = [&](size_t c) {
            return w[c].size() >= 2 && w[c][0] >= 'A' && w[c][0] <= 'Z' &&
                   ((w[c][1] >= 'a' && w[c][1] <= 'z') || w[c][1] == '.') && low[c] != "dlr" && low[c] != "dlrs";
        };
        for (size_t c = k; !year && c < n() && c < k + 2 && country_word(c);) {
            ++c;
            if (c < n() && is_currency_word(low[c])) return c + 1;
        }
        return 0;
    }
    // DATE core starting at i; returns end or 0.
    size_t date_core(size_t i) const {
        if (i >= n()) return 0;
        std::string_view t = w[i];
        int m = month_of(t);
        bool month_ok = m && has_upper(t) && (t != "May" || (i + 1 < n() && (is_day_number(w[i + 1]) || is_year(w[i + 1]))) ||
                                              (i > 0 && in(low[i - 1], {"in", "since", "until", "by", "of", "last", "next", "early", "late", "mid", "since", "from", "through"})));
        if (t == "Mar" || t == "Mar.") month_ok = month_ok && i + 1 < n() && is_day_number(w[i + 1]);
        // ("Jan de Vries": a given name; "Jan 5", "Jan. 2026", "in Jan" are the month)
        // ("Jan/Sept", "Nov/Jan deliveries", "during Jan": a month among months)
        // (a given name is followed by a capitalized name or a particle: "Jan Carlzon", "Jan de Vries")
        if (t == "Jan" && i + 1 < n() && !(i > 0 && in(low[i - 1], {"in", "since", "until", "by", "of", "last",
                                                                       "next", "early", "late", "mid", "from",
                                                                       "through", "during", "/"}))) {
            const std::string_view nx = w[i + 1];
            const bool name_next = (!nx.empty() && nx[0] >= 'A' && nx[0] <= 'Z') ||
                                   in(low[i + 1], {"de", "van", "von", "der", "ter", "den"});
            if (name_next) month_ok = false;
        }
        if (month_ok) {
            size_t k = i + 1;
            if (k < n() && is_day_number(w[k])) ++k;
            if (k + 1 < n() && w[k] == "," && is_year(w[k + 1])) k += 2;
            else if (k < n() && is_year(w[k])) ++k;
            return k;
        }
        if (is_day_number(t) && i + 1 < n() && month_of(w[i + 1]) && has_upper(w[i + 1])) {
            size_t k = i + 2;
            if (k < n() && is_year(w[k])) ++k;
            return k;
        }
        if (symbol_code_or_weekday(i) && is_weekday(t)) {
            size_t k = i + 1;
            if (k + 1 < n() && w[k] == "," && month_of(w[k + 1])) {
                size_t e = date_core(k + 1);
                if (e) return e;
            }
            return k;
        }
        if (is_year(t)) {
            // "1996-08-30"
            if (i + 4 < n() && w[i + 1] == "-" && glued[i + 1] && glued[i + 2] && w[i + 2].size() == 2 && w[i + 3] == "-" && is_day_number(w[i + 4]))
                return i + 5;
            if (i + 1 < n() && (w[i + 1] == "%" || is_scale(low[i + 1]) || is_currency_word(low[i + 1]))) return 0;
            if (i > 0 && (is_currency_symbol(w[i - 1]) || w[i - 1] == "$")) return 0;
            return i + 1;
        }
        if (is_decade(t)) return i + 1;
        if (in(low[i], {"yesterday", "today", "tomorrow"})) return i + 1;
        // "last weekend", "this year", "next Monday", "earlier this month", "mid-March"
        if (in(low[i], {"last", "next", "this", "past", "coming", "previous"}) && i + 1 < n()) {
            if (is_period_noun(low[i + 1])) return i + 2;
            if (is_weekday(w[i + 1]) || (month_of(w[i + 1]) && has_upper(w[i + 1]))) return i + 2;
        }
        if (in(low[i], {"earlier", "later", "early", "late"}) && i + 2 < n() && in(low[i + 1], {"this", "last", "next"}) && is_period_noun(low[i + 2]))
            return i + 3;
        // ("mid-May", "late-2025", "mid-1990s" as one token)
        if (const size_t h = t.find('-'); h != std::string_view::npos && h + 1 < t.size() &&
            in(low[i].substr(0, h), {"early", "late", "mid"})) {
            const std::string_view rest = t.substr(h + 1);
            if ((month_of(rest) && has_upper(rest)) || is_year(rest) || is_decade(rest)) return i + 1;
        }
        if (in(low[i], {"early", "late", "mid"}) && i + 1 < n()) {
            size_t j = i + 1;
            if (w[j] == "-" && j + 1 < n()) ++j;
            if ((month_of(w[j]) && has_upper(w[j])) || is_year(w[j]) || is_decade(w[j])) return j + 1;
        }
        // "two years ago", "a week ago"
        if (number_at(i) && i + 2 < n() && is_period_plural(low[i + 1]) && low[i + 2] == "ago") return i + 3;
        return 0;
    }
};

}  // namespace

std::vector<NumericSpan> find_numeric(Words words, std::span<const uint8_t> glued) {
    std::vector<std::string> low;
    low.reserve(words.size());
    for (auto w : words) low.push_back(lower(w));
    std::vector<std::string_view> views(low.begin(), low.end());
    return find_numeric(words, views, glued);
}

std::vector<NumericSpan> find_numeric(Words words, Words lowered, std::span<const uint8_t> glued) {
    std::vector<NumericSpan> out;
    find_numeric(words, lowered, glued, nullptr, out);
    return out;
}

// "mid-May", "early-2025", "late-1990s": one token that date_core() splits at its hyphen
bool part_of_period(std::string_view lower) {
    return lower.size() > 4 && (lower.starts_with("mid-") || lower.starts_with("early-") || lower.starts_with("late-"));
}

bool spelled_cardinal(std::string_view lower) {
    return is_number_word(lower) && lower != "a" && lower != "half" && lower != "few" && lower != "several";
}

bool numeric_may_start(std::string_view w, std::string_view lower, uint64_t hl) {
    if (w.empty()) return false;
    const unsigned char c = (unsigned char)w[0];
    if ((c >= '0' && c <= '9') || c >= 0x80 || c == '$') return true;
    return (kStartHashes.contains(hl) && may_start(lower)) || part_of_period(lower);
}

void find_numeric(Words words, Words lowered, std::span<const uint8_t> glued, const uint64_t* lower_hashes,
                  std::vector<NumericSpan>& out, const uint8_t* starts) {
    Matcher m{words, glued, lowered};
    m.fast = lower_hashes != nullptr;
    out.clear();
    if (!lower_hashes) starts = nullptr;
    // Only a few kinds of word can start a pattern; everything else is skipped cheaply.
    auto could_start = [&](size_t i) {
        if (starts) return starts[i] != 0;
        std::string_view w = words[i];
        if (w.empty()) return false;
        unsigned char c = (unsigned char)w[0];
        if ((c >= '0' && c <= '9') || c >= 0x80 || c == '$') return true;
        // Letters: only words in the start lists (any case: "March", "Last", "USD", "US$").
        if (part_of_period(m.low[i])) return true;
        if (lower_hashes && !kStartHashes.contains(lower_hashes[i])) return false;
        return may_start(m.low[i]);
    };
    for (size_t i = 0; i < words.size();) {
        if (!could_start(i)) { ++i; continue; }
        if (size_t e = m.money(i)) { out.push_back({uint32_t(i), uint32_t(e), EntityType::MONEY}); i = e; continue; }
        if (size_t e = m.percent(i)) { out.push_back({uint32_t(i), uint32_t(e), EntityType::PERCENT}); i = e; continue; }
        if (size_t e = m.date_core(i)) {
            size_t s = i;
            // "since March", "the 1990s", "in early 2019" keep "since"/"the" with the date.
            if (s > 0 && (m.low[s - 1] == "since" || (m.low[s - 1] == "the" && is_decade(words[s])))) --s;
            // "Thursday, March 5" or "March 5 and 6" stay one span if directly followed by another core.
            out.push_back({uint32_t(s), uint32_t(e), EntityType::DATE});
            i = e;
            continue;
        }
        ++i;
    }
}

}  // namespace np::ner
