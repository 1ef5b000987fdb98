// cmd_analyze.cpp — `newsprism analyze [OPTIONS] [FILE...]`.
// Argument parsing, JSONL line parsing and the Markdown report are pure core functions
// (core/formats.hpp, unit-tested); this file does only the I/O around them.
//
//   whole-file mode: every FILE (or stdin) is one document; all are analysed together so
//                    cross-document repeats are found, then printed in the chosen format;
//   --jsonl-input:   one document per line, analysed and printed line by line with a flush
//                    (constant memory); a bad line is reported with its line number, the rest
//                    still runs, and the exit code is 1 at the end.
// Limits (README "Robustness and privacy"): whole-file mode refuses more than kMaxInputBytes
// in total before reading it (peak memory is tens of times the input, mostly the JSON
// report); --jsonl-input refuses a single line over the same size, reading no more of it
// than that, and goes on with the next line.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <utility>

#include "../core/formats.hpp"
#include "../core/html_extract.hpp"
#include "../core/input_decode.hpp"
#include "../core/parallel.hpp"
#include "commands.hpp"

namespace np::cli {

namespace {

void fail(const std::string& msg) { std::fprintf(stderr, "newsprism analyze: %s\n", msg.c_str()); }

// The model loader's lines ("ner.model: missing, entity tagger disabled ..."), one message
// each: it ends every line with '\n', which fail() would double into an empty line.
void report_lines(const std::string& lines, const char* prefix) {
    for (size_t at = 0; at < lines.size();) {
        size_t end = lines.find('\n', at);
        if (end == std::string::npos) end = lines.size();
        if (end > at) fail(prefix + lines.substr(at, end - at));
        at = end + 1;
    }
}

// 32 MiB: about 1.3 GB peak with the JSON report (measured ~40x the input on news text),
// which a school laptop can still afford; far above any article (a news story is ~10 KB).
constexpr size_t kMaxInputBytes = size_t(32) << 20;

std::string display_name(const std::string& path) { return path == "-" ? std::string("<stdin>") : path; }

std::string mb(size_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / 1e6);
    return buf;
}

std::string over_limit(const std::string& what, size_t bytes) {
    return what + ": " + (bytes > kMaxInputBytes ? mb(bytes) : std::string("input")) +
           " is over the limit of 32 MiB for one run; split it into articles, or put one article "
           "per line and use --jsonl-input (streamed line by line in constant memory)";
}

// Reads stdin, refusing (false, message) once more than `limit` bytes arrive.
bool read_stdin(std::string& out, size_t limit, std::string& error) {
    out.clear();
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
        if (out.size() + n > limit) { error = over_limit("<stdin>", 0); return false; }
        out.append(buf, n);
    }
    if (std::ferror(stdin)) { error = "<stdin>: read error"; return false; }
    return true;
}

// True when `text` has nothing but whitespace (ASCII or the UTF-8 BOM).
bool blank(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// Reads a document; a saved web page (.html/.htm, --input-format html, or stdin that looks
// like HTML) goes through the main-content extractor, and its text and title are analysed.
// `budget` is what is left of kMaxInputBytes for this run.
bool read_document(const std::string& path, const AnalyzeArgs& args, size_t& budget, std::string& text,
                   std::string& title) {
    std::string err;
    if (path == "-") {
        if (!read_stdin(text, budget, err)) { fail(err); return false; }
    } else {
        std::error_code ec;
        auto size = std::filesystem::file_size(path, ec);  // refuse before reading it
        if (!ec && size > budget) { fail(over_limit(path, size_t(size))); return false; }
        if (!read_file(path, text, err)) { fail(err); return false; }
        if (text.size() > budget) { fail(over_limit(path, text.size())); return false; }
    }
    budget -= text.size();
    if (blank(text))
        fail("warning: " + display_name(path) + (text.empty() ? ": empty input" : ": only whitespace") +
             ", nothing to analyse");
    // UTF-16 with a BOM is converted; binary files are refused with a message naming them.
    std::string decoded;
    if (!decode_input(text, decoded, err)) {
        fail(display_name(path) + ": " + err);
        return false;
    }
    text = std::move(decoded);
    bool html = is_html_input(path, args.input_format) ||
                (args.input_format == "auto" && path == "-" && looks_like_html(text));
    if (html) {
        ExtractedArticle page = extract_article(text);
        if (!page.error.empty()) {
            fail(display_name(path) + ": " + page.error);
            return false;
        }
        text = std::move(page.text);
        title = std::move(page.title);
    }
    return true;
}

// One document's output line(s) in the json/jsonl/text formats (md needs the whole Analysis).
std::string document_output(const Document& d, const Analysis& a, OutputFormat f) {
    return (f == OutputFormat::text ? clean_text(d) : to_json_line(d, a)) + "\n";
}

// One line of `in` into `line` (without the '\n'); false at the end of the stream. A line
// longer than `limit` is skipped to its end, not stored: `too_long` is set instead.
bool read_line(std::istream& in, std::string& line, size_t limit, bool& too_long) {
    line.clear();
    too_long = false;
    std::streambuf* sb = in.rdbuf();
    bool any = false;
    for (;;) {
        int c = sb->sbumpc();
        if (c == std::char_traits<char>::eof()) { in.setstate(std::ios::eofbit); return any; }
        any = true;
        if (c == '\n') return true;
        if (too_long) continue;
        if (line.size() >= limit) { too_long = true; line.clear(); line.shrink_to_fit(); continue; }
        line += char(c);
    }
}

// One line's answer, made on any thread and printed in input order.
struct LineJob {
    size_t lineno = 0;
    std::string error;  // set: the line is reported on stderr and not analysed
    InputDocument doc;
    std::string out, warnings;
};

void analyze_line(LineJob& job, const AnalyzeArgs& args, Options opt) {
    opt.threads = 1;  // one document: the lines of a batch are what runs in parallel
    Input input;
    input.documents.push_back(std::move(job.doc));
    Analysis a = analyze(std::move(input), opt);
    for (const auto& w : a.warnings) job.warnings += "newsprism analyze: warning: " + w + "\n";
    job.out = args.format == OutputFormat::md ? to_markdown(a) + "\n" : document_output(a.documents[0], a, args.format);
}

// --jsonl-input over one stream. Lines are analysed in small batches, one line per thread, and
// printed in order; a batch takes only lines that have already arrived (never waits for more
// input while holding a line), so a producer that writes a line and waits for its answer is
// answered at once. Memory stays bounded by the batch (kBatchLines, kBatchBytes), not the stream.
bool stream_jsonl(std::istream& in, const std::string& name, const AnalyzeArgs& args, const Options& opt) {
    constexpr size_t kBatchLines = 64, kBatchBytes = size_t(1) << 20;
    const unsigned threads = thread_count(opt.threads, kBatchLines);
    bool ok = true;
    std::string line;
    size_t lineno = 0;
    bool too_long = false, more = true;
    std::vector<LineJob> batch;
    while (more) {
        batch.clear();
        size_t bytes = 0;
        while (batch.size() < (threads > 1 ? kBatchLines : 1) && bytes < kBatchBytes) {
            if (!batch.empty() && in.rdbuf()->in_avail() <= 0) break;  // nothing buffered: answer first
            if (!read_line(in, line, kMaxInputBytes, too_long)) { more = false; break; }
            ++lineno;
            LineJob job;
            job.lineno = lineno;
            if (too_long) {
                job.error = "line over the limit of 32 MiB per document, skipped";
            } else {
                if (!line.empty() && line.back() == '\r') line.pop_back();
                if (line.find_first_not_of(" \t") == std::string::npos) continue;
                if (!parse_jsonl_line(line, job.doc, job.error)) job.doc = InputDocument{};
                else if (job.doc.id.empty()) job.doc.id = name + ":" + std::to_string(lineno);
            }
            bytes += line.size();
            batch.push_back(std::move(job));
        }
        parallel_for(batch.size(), threads, [&](size_t i) {
            if (batch[i].error.empty()) analyze_line(batch[i], args, opt);
            return true;
        });
        for (auto& job : batch) {
            if (!job.error.empty()) {
                fail(name + ":" + std::to_string(job.lineno) + ": " + job.error);
                ok = false;
                continue;
            }
            std::fputs(job.warnings.c_str(), stderr);
            std::fputs(job.out.c_str(), stdout);
        }
        // A failed write (a full disk, a closed file) ends the stream: main.cpp reports it.
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) break;
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
    if (!read_assets(args.assets, res, err)) {
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
        // The loader names the asset ("issues.json: /issues/3/patterns/0: ..."); a user's
        // --taxonomy file is named by its own path instead.
        if (!args.taxonomy.empty())
            for (size_t at = 0; (at = err.find("issues.json: ", at)) != std::string::npos;) {
                if (at == 0 || err[at - 1] == '\n') err.replace(at, 11, args.taxonomy);
                at += 1;
            }
        report_lines(err, "");
        return 1;
    }
    // A missing model file leaves its stage out (a user's own assets folder may lack one):
    // say so, or the output would look like an article without names. Not for --format
    // text, which runs no model.
    if (args.format != OutputFormat::text) report_lines(err, "warning: ");
    Options opt;
    opt.keep_all = args.keep_all;
    opt.threads = args.threads;
    opt.models = models.get();
    // The text format prints only the clean text: no entity or summary stage, less memory.
    opt.clean_only = args.format == OutputFormat::text;

    if (args.jsonl_input) {
        // std::cin is read byte by byte (read_line): without its own buffer each byte would
        // be a stdio call. Nothing else in this mode reads stdin through stdio.
        std::ios::sync_with_stdio(false);
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
    size_t budget = kMaxInputBytes;
    for (const auto& f : args.files) {
        std::string text, title;
        if (!read_document(f, args, budget, text, title)) return 1;
        input.documents.push_back({f, std::move(title), std::move(text)});
    }
    if (args.format == OutputFormat::md) {  // the report needs every document at once
        Analysis a = analyze(std::move(input), opt);  // moved: the texts are not copied
        for (const auto& w : a.warnings) fail("warning: " + w);
        std::fputs(to_markdown(a).c_str(), stdout);
        return 0;
    }
    // json, jsonl and text are written document by document, in order, as analyze() finishes
    // them: the output never exists whole in memory (the JSON is ~5x the input), and each
    // document's results are freed once written (Options::release_results).
    AnalysisJsonStream js(2);
    const Analysis none;  // to_json_line() takes the Analysis for context it does not use yet
    auto put = [](const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); };
    opt.release_results = true;
    // Once a write has failed (a full disk, a closed file) the rest is not analysed: analyze()
    // stops at its next progress call, and main.cpp reports the error.
    opt.progress = [](float) { return !std::ferror(stdout); };
    opt.document_done = [&](const Document& d, size_t i) {
        if (args.format == OutputFormat::json) {
            js.document(d);
            put(js.text());
            js.text().clear();
            return;
        }
        if (i && args.format == OutputFormat::text) std::fputs("\n", stdout);
        put(document_output(d, none, args.format));
    };
    Analysis a = analyze(std::move(input), opt);  // moved: the texts are not copied
    for (const auto& w : a.warnings) fail("warning: " + w);
    if (args.format == OutputFormat::json) {
        js.finish(a);
        js.text() += '\n';
        put(js.text());
    }
    return 0;
}

}  // namespace np::cli
