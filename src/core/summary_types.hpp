// summary_types.hpp — what the summary stages produce: measures, issues, quotes, summary
// (owned by the summary stages).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace np {

struct SpanRef { uint32_t start = 0, end = 0; };

struct MeasureHistory {
    std::string status;
    SpanRef sentence;
};

struct Measure {
    std::string id;
    std::string kind;            // tariff|export_control|ban|quota|sanction|purchase|deal|other
    bool has_rate = false;
    double rate_value = 0;
    std::string rate_unit;       // percent|currency|...
    bool has_change = false;
    std::string change_direction;
    bool has_change_to = false, has_change_by = false;
    double change_to = 0, change_by = 0;
    int32_t imposer = -1, target = -1;   // entity ids
    std::string goods, reason, status = "unknown", time, condition;  // empty = null (status never empty)
    std::vector<MeasureHistory> history;
    std::vector<SpanRef> evidence;
};

struct Actor {
    int32_t entity = -1;
    std::string stance;          // verb lemma or empty
};

struct Issue {
    std::string id, label;
    uint32_t mentions = 0;
    double salience = 0;
    std::vector<SpanRef> key_sentences;
    std::vector<Actor> actors;
    std::vector<int32_t> quotes;  // indices into Document::quotes
};

struct Quote {
    SpanRef span;                // the quoted text, without the quote marks
    int32_t speaker = -1;        // entity id
    std::string verb;            // said, told, warned, ...
    SpanRef sentence;
};

struct SummarySentence {
    SpanRef span;
    double score = 0;
};

}  // namespace np
