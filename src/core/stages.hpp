// stages.hpp — the pipeline, one function per stage, each testable alone.
//   normalize -> segment -> dedup -> entities -> measures / issues / quotes -> summary
// analyze() (analyze.cpp) calls them in this order. Each stage reads what the earlier
// ones wrote into Document and writes only its own fields.
#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "newsprism.hpp"

namespace np {

class Team;  // parallel.hpp: threads kept for one document's Core I

// normalize.cpp: fill doc.work and doc.norm from doc.text.
void normalize(Document& doc);

// segment.cpp: fill doc.segments (kind, bounds), doc.sentences, doc.tokens. With a `team`
// (parallel.hpp) of 2+ threads, a clean-only document of 256 KB or more is cut in two halves
// at once (the same result).
void segment(Document& doc, Team* team = nullptr);

// dedup.cpp: set status/duplicate_of/similarity/reason inside each document, then report
// paragraphs shared across documents. The same as, for d = 0, 1, 2, ...:
// dedup_document(docs[d], &carry) then cross.add(docs, d, carry, out).
// With a `team` (parallel.hpp), each document's per-segment work (features, hashes, signatures)
// runs on its threads; the result is the same for any number of threads (one big document
// gains; analyze() uses a team only for a lone document).
void dedup(std::vector<Document>& docs, std::vector<CrossDocumentDuplicate>& cross, Team* team = nullptr);

// What one document's dedup hands to the cross-document step (signatures, band keys, ...).
class DedupCarry {
public:
    DedupCarry();
    ~DedupCarry();
    DedupCarry(DedupCarry&&) noexcept;
    DedupCarry& operator=(DedupCarry&&) noexcept;
    struct Parts;
    std::unique_ptr<Parts> parts;
};
// What dedup_document() carries from one document to the next on one thread: the word-hash
// cache (news repeats its words from article to article; a cache per document starts empty)
// and the per-segment buffers. It only saves work: every result is the same with or without
// it. Not shared between threads: one per thread. `expected_bytes` (the bytes this thread will
// see) sizes the cache: at most 1/16 of them, 256 KB at most.
class DedupScratch {
public:
    explicit DedupScratch(size_t expected_bytes);
    ~DedupScratch();
    struct Parts;
    std::unique_ptr<Parts> parts;
};
// Statuses inside one document; with `carry`, also keeps what CrossDedup::add() needs.
void dedup_document(Document& doc, DedupCarry* carry, Team* team = nullptr, DedupScratch* scratch = nullptr);

// Paragraphs shared across documents, one document at a time: add(docs, d, ...) must follow
// dedup_document(docs[d], &carry) and come after add() for every earlier document (the step
// reads only documents whose dedup is final). Of an earlier document it reads only the text and
// segments (a segment it needs is cut again from the text), so that document's thread may
// release_internals() and free its results meanwhile, but must not change those two.
class CrossDedup {
public:
    explicit CrossDedup(size_t expected_segments);  // a size hint; never changes a result
    ~CrossDedup();
    void add(std::vector<Document>& docs, uint32_t d, DedupCarry& carry, std::vector<CrossDocumentDuplicate>& out);
    struct State;
private:
    std::unique_ptr<State> state_;
};

// entities.cpp: fill doc.entities from analysed segments (doc.analysed). `scratch` (optional,
// from make_entity_scratch) carries caches and buffer capacity from one document to the next
// (faster on many short documents; the result is the same). Never shared by two threads.
struct EntityScratch;
struct EntityScratchDeleter { void operator()(EntityScratch* s) const; };
using EntityScratchPtr = std::unique_ptr<EntityScratch, EntityScratchDeleter>;
// `keep_bytes` bounds the caches it keeps between documents (default 8 MB): a caller that knows
// its input is small passes less, so the caches never outweigh the text they serve.
EntityScratchPtr make_entity_scratch(size_t keep_bytes = size_t(8) << 20);
void find_entities(Document& doc, const Models* models, EntityScratch* scratch = nullptr);

// measures.cpp, issues.cpp, quotes.cpp, summarize.cpp
void find_measures(Document& doc, const Models* models);
void find_quotes(Document& doc, const Models* models);
void find_issues(Document& doc, const Models* models);
void summarize(Document& doc, const Models* models);
// summarize.cpp: the four above in that order over one shared view of the document (what analyze() runs).
// `scratch` (optional, from make_summary_scratch) keeps the view's and the summary's buffers from
// one document to the next (no regrowing per document; the result is the same). One per thread.
struct SummaryScratch;
struct SummaryScratchDeleter { void operator()(SummaryScratch* s) const; };
using SummaryScratchPtr = std::unique_ptr<SummaryScratch, SummaryScratchDeleter>;
SummaryScratchPtr make_summary_scratch();
void summarize_document(Document& doc, const Models* models, SummaryScratch* scratch = nullptr);

// analyze.cpp: frees what only the stages read (work, tokens, sentences), keeping their counts.
void release_internals(Document& doc);
// analyze.cpp: frees the results (entities, measures, issues, quotes, summary, analysed flags),
// for Options::release_results once Options::document_done has had the document.
void release_results(Document& doc);

}  // namespace np
