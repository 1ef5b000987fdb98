// summary_types.hpp — what the summary stages produce: trade measures, issues, quotes and the
// extractive summary (owned by the summary stages; serialized by summary_json.cpp, documented
// in docs/summary.md). All offsets are byte offsets into the original text, end exclusive.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace np {

struct SpanRef { uint32_t start = 0, end = 0; };

// One status a measure had in one sentence ("in_force" here, "expected_change" there).
struct MeasureHistory {
    std::string status;
    SpanRef sentence;
};

// One real trade measure, merged over all its mentions in the analysed text.
struct Measure {
    std::string id;              // "m1", "m2", ... in order of first mention
    std::string kind;            // tariff|export_control|ban|quota|sanction|purchase|deal|other
    bool has_rate = false;
    double rate_value = 0;
    std::string rate_unit;       // percent|currency|quantity
    bool has_rate_max = false;   // a range: "tariffs of between 15% and 41%" (rate_value is its low end)
    double rate_max = 0;
    bool has_change = false;
    std::string change_direction;  // raise|lower|impose|remove|halve|double|triple|suspend|extend
    bool has_change_to = false, has_change_by = false;
    double change_to = 0, change_by = 0;
    int32_t imposer = -1, target = -1;   // entity ids, -1 = null
    std::string imposer_name, target_name;  // display names (also when no entity backs them)
    std::string goods, reason, status = "unknown", time, condition;  // empty = null (status never empty)
    std::vector<MeasureHistory> history;  // one per mention, article order
    std::vector<SpanRef> evidence;        // the mention phrases
};

struct Actor {
    int32_t entity = -1;         // entity id (-1 when the actor is not an entity)
    std::string name;            // display name
    std::string stance;          // stance verb as written in the sentence, empty = null
};

struct Issue {
    std::string id, label, parent;
    uint32_t mentions = 0;       // pattern matches in analysed text
    double salience = 0;         // in [0,1], issues are sorted by it, highest first
    std::vector<SpanRef> key_sentences;  // 1-3, article order
    std::vector<Actor> actors;
    std::vector<int32_t> quotes;  // indices into Document::quotes
};

struct Quote {
    SpanRef span;                // the quoted text, without the quote marks
    int32_t speaker = -1;        // entity id, -1 = null
    std::string speaker_name;    // display name, empty = null (no speaker: title or scare quote)
    std::string verb;            // said, told, warned, ... as written; empty = null
    SpanRef sentence;            // the sentence holding the opening mark
};

struct SummarySentence {
    SpanRef span;
    double score = 0;            // centrality, the best sentence of the document has 1
};

}  // namespace np
