// view_model.hpp — what the UI draws: the analysis JSON (schema newsprism.analysis/1) read into
// plain structs once, with the indexes the views need (mentions sorted by offset, entity ids
// resolved to names). The worker sends the analysis cut into small JSON "parts"
// (web/worker_pre.js); VmBuilder takes them a few per frame so no frame stalls on one parse.
//
// Index
//   1. Spans and entity types
//   2. One document's results
//   3. The whole view model
//   4. VmBuilder (parts -> ViewModel)
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "../core/json_view.hpp"

namespace np::ui {

// ---- 1. Spans and entity types ----------------------------------------------------------
struct Span {
    uint32_t start = 0, end = 0;  // UTF-8 byte offsets into the document's text, end exclusive
    bool empty() const { return end <= start; }
};

enum EntityTypeIndex { T_PERSON, T_ORG, T_GPE, T_LOC, T_NORP, T_DATE, T_PERCENT, T_MONEY, T_OTHER, kTypeCount };
int type_index(const std::string& type);  // unknown types -> T_OTHER
const char* type_label(int t);            // "PERSON", ..., "OTHER"
const char* type_description(int t);      // "people", "organizations", ...

// ---- 2. One document --------------------------------------------------------------------
struct VmSegment {
    Span span;
    std::string kind, status, reason;
    int duplicate_of = -1;     // kept segment in this document
    float similarity = -1;
    bool kept = true;
    int first_doc = -1, first_seg = -1;  // cross-document: where this text appeared first
};

struct VmEntity {
    int id = 0;
    std::string name, type, role;
    int type_idx = T_OTHER;
    std::vector<std::string> aliases;
    int affiliation = -1;  // index into entities, -1 none
    int count = 0;
    std::vector<Span> mentions;
};

struct VmMention {  // one highlight: a mention and whose it is
    Span span;
    int entity = 0;  // index into VmDocument::entities
};

struct VmMeasure {
    std::string id, kind, rate, change, imposer, target, goods, reason, status, time, condition;
    double rate_value = -1;  // for sorting; -1 = no rate
    int imposer_id = -1, target_id = -1;
    std::vector<std::pair<std::string, Span>> history;  // (status, sentence)
    std::vector<Span> evidence;
};

struct VmActor {
    int entity = -1;  // index into entities
    std::string name, stance;
};

struct VmIssue {
    std::string id, label;
    int mentions = 0;
    double salience = 0;
    std::vector<Span> key_sentences;
    std::vector<VmActor> actors;
    std::vector<int> quotes;  // indices into VmDocument::quotes
};

struct VmQuote {
    Span span, sentence;
    std::string text, speaker_name, verb;
    int speaker = -1;  // index into entities
};

struct VmSummary {
    Span span;
    double score = 0;
};

struct VmDocument {
    std::string id, title;
    std::shared_ptr<const std::string> text;  // the text the offsets refer to
    std::vector<VmSegment> segments;
    std::vector<VmEntity> entities;
    std::vector<VmMention> mentions;  // every entity mention, sorted by start
    std::vector<VmMeasure> measures;
    std::vector<VmIssue> issues;
    std::vector<VmQuote> quotes;
    std::vector<VmSummary> summary;
    std::vector<std::pair<std::string, std::string>> stats;  // as sent, for the Stats panel
    // Derived for the dedup sentence and the status bar:
    int removed_segments = 0, duplicate_segments = 0, boilerplate_segments = 0;
    uint64_t removed_bytes = 0, kept_bytes = 0;
    double repeated_fraction = -1;  // from stats, -1 when absent
    std::vector<int> entity_by_id;  // entity "id" -> index (ids are small ints)

    int entity_index(int id) const {
        return id >= 0 && id < int(entity_by_id.size()) ? entity_by_id[size_t(id)] : -1;
    }
    std::string slice(Span s) const;  // text of a span, clamped
};

// ---- 3. The view model -------------------------------------------------------------------
struct VmCross {
    int document = 0, segment = 0, first_document = 0, first_segment = 0;
    float similarity = 1;
};

struct ViewModel {
    std::string schema, version;
    std::vector<VmDocument> docs;
    std::vector<VmCross> cross;
    uint64_t generation = 0;  // which input it belongs to
    double analysis_ms = 0;   // time inside the worker
    bool valid = false;
};

// ---- 4. VmBuilder --------------------------------------------------------------------------
class VmBuilder {
public:
    // `texts`: the input documents' texts as sent; a part may replace one (extracted HTML).
    void start(uint64_t generation, std::vector<std::shared_ptr<const std::string>> texts, double ms);
    // Takes one part; returns true once the closing part arrived (then take `vm`).
    bool feed(const char* part, size_t len);
    bool active() const { return active_; }
    ViewModel vm;
    std::string error;  // first malformed part, if any

private:
    void finish();
    std::vector<std::shared_ptr<const std::string>> texts_;
    jv::Doc reader_;  // reads one part at a time (its node array is reused)
    bool active_ = false;
};

}  // namespace np::ui
