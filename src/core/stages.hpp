// stages.hpp — the pipeline, one function per stage, each testable alone.
//   normalize -> segment -> dedup -> entities -> measures / issues / quotes -> summary
// analyze() (analyze.cpp) calls them in this order. Each stage reads what the earlier
// ones wrote into Document and writes only its own fields.
#pragma once
#include <string_view>
#include <vector>

#include "newsprism.hpp"

namespace np {

// normalize.cpp: fill doc.work and doc.norm from doc.text.
void normalize(Document& doc);

// segment.cpp: fill doc.segments (kind, bounds), doc.sentences, doc.tokens.
void segment(Document& doc);

// dedup.cpp: set status/duplicate_of/similarity/reason inside each document, then report
// paragraphs shared across documents.
void dedup(std::vector<Document>& docs, std::vector<CrossDocumentDuplicate>& cross);

// entities.cpp: fill doc.entities from analysed segments (doc.analysed).
void find_entities(Document& doc, const Models* models);

// measures.cpp, issues.cpp, quotes.cpp, summarize.cpp
void find_measures(Document& doc, const Models* models);
void find_quotes(Document& doc, const Models* models);
void find_issues(Document& doc, const Models* models);
void summarize(Document& doc, const Models* models);
// summarize.cpp: the four above in that order over one shared view of the document (what analyze() runs).
void summarize_document(Document& doc, const Models* models);

}  // namespace np
