// newsprism.hpp — the one public header of the analysis core (nlohmann/json style: include this).
//
//   np::Resources res;                        // file contents, read by the caller (CLI, app, tests)
//   res.files["ner.model"] = ...;             // see assets/README.md for the names
//   std::string err;
//   auto models = np::load_models(res, err); // parse once, reuse for every analysis
//   np::Options opt; opt.models = models.get();
//   np::Analysis a = np::analyze(np::Input{{{"doc1", "", text}}}, opt);
//   std::string json = np::to_json(a);
//
// Pure C++20: no I/O, no globals, no exceptions thrown.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "document.hpp"

namespace np {

const char* version();  // "MAJOR.MINOR.PATCH", from CMake

struct InputDocument {
    std::string id;
    std::string title;
    std::string text;
};

struct Input {
    std::vector<InputDocument> documents;
};

// Named blobs the models are built from (the contents of files under assets/).
struct Resources {
    std::map<std::string, std::string> files;
};

struct Models;  // opaque: NER weights, gazetteers, issue taxonomy, lexicons
struct ModelsDeleter { void operator()(Models*) const; };
using ModelsPtr = std::unique_ptr<Models, ModelsDeleter>;

// Parses every resource present. Missing resources disable the stage that needs them
// (reported in `error` as a warning list, one per line); returns null only when a
// present resource is malformed, with `error` naming the file and the JSON path / line.
ModelsPtr load_models(const Resources& res, std::string& error);

struct Options {
    bool keep_all = false;            // later stages analyse every segment, not only kept ones
    const Models* models = nullptr;   // null: only normalize/segment/dedup/numeric entities
    // Called twice per document (once cleaned, once analysed) with the fraction of the input's
    // bytes done, in [0,1]; return false to cancel (analyze then returns with `cancelled` set).
    std::function<bool(float)> progress;
    // Threads for the per-document stages (documents are analysed in parallel, in groups of
    // consecutive documents of up to 64 KB; one document always runs on one thread). 1: the
    // caller's thread only; 0: one per core. Ignored where there are no threads (the
    // WebAssembly builds). The result is the same for any value;
    // progress is then called from any of the threads, one call at a time.
    unsigned threads = 1;
    // Keep each document's stage inputs (Document::work_storage, ::tokens) in the result. Off: they are
    // freed as soon as the document is analysed, which lowers peak memory when there are many
    // documents; the JSON and every result field are the same either way.
    bool keep_internals = false;
    // Called once per document, in document order, one call at a time (from any of the
    // threads), as soon as that document and every one before it are analysed: a caller can
    // write each document's output while later ones are still being analysed (the CLI does,
    // through AnalysisJsonStream). Not called for documents skipped after a cancel.
    std::function<void(const Document&, size_t index)> document_done;
    // With document_done: free each document's results (entities, measures, issues, quotes,
    // summary) right after handing it over. Id, title, text, segments and stats stay (later
    // documents' cross-document step reads text and segments). Peak memory then holds the
    // texts, segments and the cross-document index, not every result at once.
    bool release_results = false;
    // Only clean: normalize, segment and dedup (statuses, reasons, cross-document repeats), no
    // entities or summary, in less memory (Document::clean_only: tokens rebuilt per segment
    // when needed, the normalized text held as a few patches). Segments, statuses and clean
    // text are the same as without it. For callers that show only the clean text.
    bool clean_only = false;
    // Which documents get the entity and summary stages (null: all). Every document is still
    // cleaned and deduplicated (the cross-document step needs them all), but one outside the
    // share is not analysed, not handed to document_done, and its analysis adds nothing to
    // progress. Lets several callers (the page's analysis workers) split one input: each
    // analyses its share, and together they give exactly one full run's documents.
    std::function<bool(size_t index)> analyze_document;
};

struct CrossDocumentDuplicate {
    uint32_t document = 0, segment = 0;              // the later copy
    uint32_t first_document = 0, first_segment = 0;  // where it appeared first
    float similarity = 1.0f;
};

struct Analysis {
    std::vector<Document> documents;
    std::vector<CrossDocumentDuplicate> cross_document;
    bool cancelled = false;
    std::vector<std::string> warnings;
};

Analysis analyze(const Input& input, const Options& options);
// Same, moving each document's text into its Document instead of copying it (half the
// memory for large inputs). A document over kMaxDocumentBytes (256 MiB) is not analysed:
// it gets no segments and a line in Analysis::warnings.
Analysis analyze(Input&& input, const Options& options);

// The clean text of a document: kept segments joined by blank lines (display-safe UTF-8).
std::string clean_text(const Document& doc);

// Serialization, schema "newsprism.analysis/1" (docs/schema.md).
std::string to_json(const Analysis& a, int indent = 2);

// to_json in pieces, for a caller that writes each document as analyze() finishes it
// (Options::document_done): the pieces joined are to_json's bytes exactly.
//   AnalysisJsonStream js(2);
//   opt.document_done = [&](const Document& d, size_t) { js.document(d); write(js.text()); js.text().clear(); };
//   Analysis a = analyze(std::move(in), opt);
//   js.finish(a); write(js.text());
class JsonWriter;  // json_writer.hpp
class AnalysisJsonStream {
public:
    explicit AnalysisJsonStream(int indent = 2);  // writes the head: schema, version, "documents": [
    ~AnalysisJsonStream();
    void document(const Document& d);             // one entry of "documents"
    void finish(const Analysis& a);               // closes "documents", writes "cross_document"
    std::string& text() { return out_; }          // written and not yet taken: the caller may clear it
private:
    int indent_;
    std::string out_;
    std::unique_ptr<JsonWriter> w_;
};
std::string to_json_line(const Document& doc, const Analysis& a);  // one compact line (jsonl)

}  // namespace np
