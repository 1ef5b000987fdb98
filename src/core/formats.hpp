// formats.hpp — pure (no I/O) helpers behind `newsprism analyze`, in the core so the unit
// tests (which link only newsprism_core) can test them without spawning a process.
//   * parse_analyze_args(): the command line of `newsprism analyze`
//   * parse_jsonl_line():   one line of --jsonl-input
//   * is_html_input():      which inputs go through HTML extraction
//   * to_markdown():        the --format md report
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "newsprism.hpp"

namespace np {

enum class OutputFormat { json, jsonl, md, text };

struct AnalyzeArgs {
    OutputFormat format = OutputFormat::json;
    bool jsonl_input = false;
    bool keep_all = false;
    unsigned threads = 0;               // --threads N (0: one per core)
    bool help = false;
    std::string input_format = "auto";  // auto | text | html
    std::string taxonomy;               // --taxonomy FILE (replaces issues.json)
    std::string assets;                 // --assets DIR
    std::vector<std::string> files;     // empty or "-" = stdin
};

// Returns 0 when `out` is usable (or help was asked), 2 on a usage error (message in `error`).
int parse_analyze_args(const std::vector<std::string>& args, AnalyzeArgs& out, std::string& error);
extern const char* const kAnalyzeHelp;

// One line of --jsonl-input: {"id": str|num, "title": str, "text": str}; only "text" is
// required. Returns false with a short reason in `error` for a bad line.
bool parse_jsonl_line(std::string_view line, InputDocument& out, std::string& error);

// True when the input must go through HTML extraction: --input-format html, or "auto" with
// a .html/.htm file name.
bool is_html_input(std::string_view path, std::string_view input_format);

// Readable Markdown report of an analysis: per document a title, the clean text, the removed
// segments with their reasons, and whatever entities, measures, issues and quotes exist.
std::string to_markdown(const Analysis& a);

}  // namespace np
