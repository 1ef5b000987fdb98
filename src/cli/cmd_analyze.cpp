// cmd_analyze.cpp — `newsprism analyze [OPTIONS] [FILE...]`.
// Argument parsing, JSONL line parsing and the Markdown report are pure core functions
// (core/formats.hpp, unit-tested); this file does only the I/O around them.
//
//   whole-file mode: every FILE (or stdin) is one document; all are analysed together so
//                    cross-document repeats are found, then printed in the chosen format;
//   --jsonl-input:   one document per line, analysed and printed line by line with a flush
//                    (constant memory); a bad line is reported with its line number, the rest
//                    still runs, and the exit code is 1 at the end.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <utility>

#include "../core/formats.hpp"
#include "../core/html_extract.hpp"
#include "../core/input_decode.hpp"
#include "commands.hpp"

namespace np::cli {

namespace {

void fail(const std::string& msg) { std::fprintf(stderr, "newsprism analyze: %s\n", msg.c_str()); }

// Reads a document; a saved web page (.html/.htm, --input-format html, or stdin that looks
// like HTML) goes through the main-content extractor, and its text and title are analysed.
bool read_document(const std::string& path, const AnalyzeArgs& args, std::string& text, std::string& title) {
    std::string err;
    if (path == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), {});
        if (std::cin.bad()) { fail("<stdin>: read error"); return false; }
    } else if (!read_file(path, text, err)) {
        fail(err);
        return false;
    }
    // UTF-16 with a BOM is converted; binary files are refused with a message naming them.
    std::string decoded;
    if (!decode_input(text, decoded, err)) {
        fail((path == "-" ? std::string("<stdin>") : path) + ": " + err);
        return false;
    }
    text = std::move(decoded);
    bool html = is_html_input(path, args.input_format) ||
                (args.input_format == "auto" && path == "-" && looks_like_html(text));
    if (html) {
        ExtractedArticle page = extract_article(text);
        if (!page.error.empty()) {
            fail((path == "-" ? std::string("<stdin>") : path) + ": " + page.error);
            return false;
        }
        text = std::move(page.text);
        title = std::move(page.title);
    }
    return true;
}

void print_document(const Document& d, const Analysis& a, OutputFormat f) {
    switch (f) {
        case OutputFormat::json:
        case OutputFormat::jsonl: std::fputs((to_json_line(d, a) + "\n").c_str(), stdout); break;
        case OutputFormat::text: std::fputs((clean_text(d) + "\n").c_str(), stdout); break;
        case OutputFormat::md: break;  // handled by the caller (needs the whole Analysis)
    }
}

// --jsonl-input over one stream.
bool stream_jsonl(std::istream& in, const std::string& name, const AnalyzeArgs& args, const Options& opt) {
    bool ok = true;
    std::string line;
    size_t lineno = 0;
    while (std::getline(in, line)) {
        ++lineno;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        InputDocument doc;
        std::string err;
        if (!parse_jsonl_line(line, doc, err)) {
            fail(name + ":" + std::to_string(lineno) + ": " + err);
            ok = false;
            continue;
        }
        if (doc.id.empty()) doc.id = name + ":" + std::to_string(lineno);
        Input input;
        input.documents.push_back(std::move(doc));
        Analysis a = analyze(std::move(input), opt);
        for (const auto& w : a.warnings) fail("warning: " + w);
        if (args.format == OutputFormat::md) std::fputs((to_markdown(a) + "\n").c_str(), stdout);
        else print_document(a.documents[0], a, args.format);
        std::fflush(stdout);
    }
    if (in.bad()) { fail(name + ": read error"); ok = false; }
    return ok;
}

}  // namespace

int cmd_analyze(const Args& argv) {
    AnalyzeArgs args;
    std::string err;
    if (parse_analyze_args(argv, args, err) != 0) {
        fail(err);
        return 2;
    }
    if (args.help) {
        std::fputs(kAnalyzeHelp, stdout);
        return 0;
    }
    if (args.files.empty()) args.files.push_back("-");

    Resources res;
    if (!read_assets(args.assets.empty() ? assets_dir() : args.assets, res, err)) {
        fail(err);
        return 1;
    }
    if (!args.taxonomy.empty()) {
        std::string tax;
        if (!read_file(args.taxonomy, tax, err)) { fail(err); return 1; }
        res.files["issues.json"] = std::move(tax);
    }
    auto models = load_models(res, err);
    if (!models) {
        fail(err);
        return 1;
    }
    Options opt;
    opt.keep_all = args.keep_all;
    opt.models = models.get();

    if (args.jsonl_input) {
        bool ok = true;
        for (const auto& f : args.files) {
            if (f == "-") { ok = stream_jsonl(std::cin, "<stdin>", args, opt) && ok; continue; }
            std::ifstream in(f, std::ios::binary);
            if (!in) { fail(f + ": cannot open"); ok = false; continue; }
            ok = stream_jsonl(in, f, args, opt) && ok;
        }
        return ok ? 0 : 1;
    }

    Input input;
    for (const auto& f : args.files) {
        std::string text, title;
        if (!read_document(f, args, text, title)) return 1;
        input.documents.push_back({f, std::move(title), std::move(text)});
    }
    Analysis a = analyze(std::move(input), opt);  // moved: the texts are not copied
    for (const auto& w : a.warnings) fail("warning: " + w);
    switch (args.format) {
        case OutputFormat::json: std::fputs((to_json(a) + "\n").c_str(), stdout); break;
        case OutputFormat::md: std::fputs(to_markdown(a).c_str(), stdout); break;
        case OutputFormat::jsonl:
        case OutputFormat::text:
            for (size_t i = 0; i < a.documents.size(); ++i) {
                if (i && args.format == OutputFormat::text) std::fputs("\n", stdout);
                print_document(a.documents[i], a, args.format);
            }
            break;
    }
    return 0;
}

}  // namespace np::cli
