// result_parts.hpp — cuts the analysis JSON text (np::to_json, compact) into the small JSON
// "parts" the page and the UI take a few at a time (docs/app.md, "Result intake"). The text is
// scanned once and copied in slices: no parse into a tree, no re-serialization.
//
//   {"part":"begin","documents":N,"top":{top-level scalars, arrays as []}}
//   {"part":"doc","doc":i,"head":{every field of document i in order, arrays as []},"text":t}
//       (a document of at most part_bytes goes whole: its arrays in the head, no items parts)
//   {"part":"items","doc":i,"field":"segments"|...,"items":[...]}   (doc -1: a top-level array)
//   {"part":"text","doc":i,"field":"clean_text","piece":"..."}   a large document's string of
//       more than part_bytes: "" in its head, its pieces appended in order (cut before spaces)
//   {"part":"end"}
//
// Putting the heads' and items' values back where their [] stands gives the analysis exactly
// as to_json wrote it (same keys in the same order, same values): web/bridge.js does that for
// the hook's lastResult(). `text` is the text document i's offsets refer to when it is not the
// input (extracted HTML), else null.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace np::worker {

struct ResultParts {
    std::string bytes;              // the parts one after the other (UTF-8)
    std::vector<uint32_t> offsets;  // part k is bytes[offsets[2k], offsets[2k+1])
    bool ok = true;                 // false: the JSON text was not an object as expected
};

// `texts[i]`: the JSON value (null or a string) for document i's "text" field.
ResultParts cut_result(std::string_view json, const std::vector<std::string>& texts, size_t part_bytes = 128 * 1024);

// The same in pieces, for a worker that cuts each document as the core hands it over
// (Options::document_done) and may analyse only a share of the documents:
//   cut_document   appends document `index`'s parts (its head, then its items parts) from its
//                  JSON object text (np::AnalysisJsonStream::document's; a leading comma is
//                  skipped); `text_json` is its "text" value ("" means null);
//   cut_top        begin, the top-level arrays' items parts, end, from the analysis JSON with
//                  or without its documents (they are skipped), announcing `documents`.
// cut_top's parts without its last, then every document's parts, then that last one ("end")
// are cut_result's parts.
void cut_document(ResultParts& out, std::string_view doc_json, size_t index, std::string_view text_json,
                  size_t part_bytes = 128 * 1024);
ResultParts cut_top(std::string_view json, size_t documents, size_t part_bytes = 128 * 1024);

}  // namespace np::worker
