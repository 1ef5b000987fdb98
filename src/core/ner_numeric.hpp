// ner_numeric.hpp — rule patterns for DATE, PERCENT and MONEY over a sentence's tokens.
//   PERCENT  "20%", "10 percent", "100 per cent", "3.5 pct", "five percent"
//   MONEY    "$1.2bn", "US$300", "€5 million", "5 million euros", "USD 40", "£3", "10 yuan"
//   DATE     "Thursday", "March 3, 2024", "3 March", "since March", "last weekend",
//            "earlier this month", "in 2019", "the 1990s", "two years ago", "1996-08-30", "today"
// Case matters for month and day names ("may" is a verb, "May" a month only near a number or
// a date preposition).
#pragma once
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "entities_types.hpp"

namespace np::ner {

struct NumericSpan {
    uint32_t start = 0, end = 0;  // token indexes into `words`, end exclusive
    EntityType type = EntityType::DATE;
};

// `glued[i]` is true when token i directly follows token i-1 with no space ("$" "1.2" "bn").
std::vector<NumericSpan> find_numeric(std::span<const std::string_view> words, std::span<const uint8_t> glued);
// The same with the lowercased words given (lower(words[i]); the entity stage has them).
std::vector<NumericSpan> find_numeric(std::span<const std::string_view> words, std::span<const std::string_view> lowered,
                                      std::span<const uint8_t> glued);
// The same into `out` (cleared first), also given hash_lower() of each word (`lower_hashes`, may
// be null): most words are rejected by one table probe on their hash (the entity stage has
// them; why: this runs on every word of every sentence).
// `starts` (may be null; only with lower_hashes): numeric_may_start() of each word, computed
// earlier (the entity stage keeps it with the word's other facts; why: this test cost ~25
// instructions per word here).
void find_numeric(std::span<const std::string_view> words, std::span<const std::string_view> lowered,
                  std::span<const uint8_t> glued, const uint64_t* lower_hashes, std::vector<NumericSpan>& out,
                  const uint8_t* starts = nullptr);
// Whether a pattern can start at word w (lowercase `lower`, hash_lower `hl`): a digit, '$' or
// a byte >= 0x80 first, or one of the start words. Words failing it are skipped.
bool numeric_may_start(std::string_view w, std::string_view lower, uint64_t hl);
// A number spelled out ("eighteen", "twelve", "hundred"; not "a", "half", "few", "several"),
// lowercase: no name of its own ("Eighteen members of ..." opening a sentence).
bool spelled_cardinal(std::string_view lower);

}  // namespace np::ner
