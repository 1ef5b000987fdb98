// formats.cpp — command line, JSONL input and Markdown report for `newsprism analyze`
// (pure functions; see formats.hpp).
#include "formats.hpp"

#include <cstdio>
#include <cstdlib>
#include "json_view.hpp"

#include "text.hpp"

namespace np {

// ---- command line -----------------------------------------------------------------------------
const char* const kAnalyzeHelp =
    "Usage: newsprism analyze [OPTIONS] [FILE...]\n"
    "Analyze news articles: each FILE is one document; no FILE or '-' reads stdin.\n"
    "\n"
    "Options:\n"
    "  --format json|jsonl|md|text  output: one JSON report (default), one JSON line per\n"
    "                               document, a Markdown report, or the clean text only\n"
    "  --jsonl-input                input holds one JSON object per line {\"id\",\"title\",\"text\"};\n"
    "                               each line is analyzed and printed at once (streaming)\n"
    "  --input-format text|html     force the input type (default: by file extension)\n"
    "  --keep-all                   analyse entities/measures in removed segments too\n"
    "  --threads N                  documents analysed in parallel (default 0: one per core)\n"
    "  --taxonomy FILE              issue taxonomy to use instead of the assets' issues.json\n"
    "  --assets DIR                 folder of model/data files (default: $NEWSPRISM_ASSETS or built-in);\n"
    "                               a file missing there is a warning on stderr and its stage is left out\n"
    "  --help                       this help\n"
    "\n"
    "Exit codes: 0 ok, 1 bad input (the message names the file and the problem) or output that\n"
    "could not be written (a full disk), 2 usage error.\n"
    "Schema of the JSON output: docs/schema.md (\"newsprism.analysis/1\").\n";

int parse_analyze_args(const std::vector<std::string>& args, AnalyzeArgs& out, std::string& error) {
    out = AnalyzeArgs{};
    bool only_files = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_files || a == "-" || a.empty() || a[0] != '-') { out.files.push_back(a); continue; }
        if (a == "--") { only_files = true; continue; }
        // --opt=value or --opt value
        std::string name = a, value;
        bool has_value = false;
        if (size_t eq = a.find('='); eq != std::string::npos) {
            name = a.substr(0, eq);
            value = a.substr(eq + 1);
            has_value = true;
        }
        auto need_value = [&]() -> bool {
            if (has_value) return true;
            if (i + 1 >= args.size()) { error = "option " + name + " needs a value"; return false; }
            value = args[++i];
            return true;
        };
        auto no_value = [&]() -> bool {
            if (has_value) { error = "option " + name + " takes no value"; return false; }
            return true;
        };
        if (name == "--help" || name == "-h") { if (!no_value()) return 2; out.help = true; }
        else if (name == "--keep-all") { if (!no_value()) return 2; out.keep_all = true; }
        else if (name == "--jsonl-input") { if (!no_value()) return 2; out.jsonl_input = true; }
        else if (name == "--format") {
            if (!need_value()) return 2;
            if (value == "json") out.format = OutputFormat::json;
            else if (value == "jsonl") out.format = OutputFormat::jsonl;
            else if (value == "md" || value == "markdown") out.format = OutputFormat::md;
            else if (value == "text") out.format = OutputFormat::text;
            else { error = "unknown --format '" + value + "' (json, jsonl, md or text)"; return 2; }
        } else if (name == "--input-format") {
            if (!need_value()) return 2;
            if (value != "text" && value != "html" && value != "auto") {
                error = "unknown --input-format '" + value + "' (text or html)";
                return 2;
            }
            out.input_format = value;
        } else if (name == "--threads") {
            if (!need_value()) return 2;
            char* end = nullptr;
            unsigned long n = value.empty() ? 0 : std::strtoul(value.c_str(), &end, 10);
            if (value.empty() || *end || value[0] == '-' || n > 256) {
                error = "--threads needs a number from 0 (one per core) to 256, not '" + value + "'";
                return 2;
            }
            out.threads = unsigned(n);
        } else if (name == "--taxonomy") {
            if (!need_value()) return 2;
            out.taxonomy = value;
        } else if (name == "--assets") {
            if (!need_value()) return 2;
            out.assets = value;
        } else {
            error = "unknown option '" + a + "' (see newsprism analyze --help)";
            return 2;
        }
    }
    return 0;
}

// ---- JSONL input --------------------------------------------------------------------------------
bool parse_jsonl_line(std::string_view line, InputDocument& out, std::string& error) {
    out = InputDocument{};
    jv::Doc doc;
    if (!doc.parse(line.data(), line.size())) { error = "not valid JSON"; return false; }
    jv::Value j = doc.root();
    if (!j.is_object()) { error = "not a JSON object"; return false; }
    jv::Value t = j.find("text");
    if (!t) { error = "missing \"text\""; return false; }
    if (!t.is_string()) { error = "\"text\" must be a string"; return false; }
    out.text = t.str();
    if (jv::Value id = j.find("id"); id && !id.is_null()) {
        if (id.is_string()) out.id = id.str();
        else if (id.is_number()) out.id = std::string(id.raw());  // as written: 7, 1e3
        else { error = "\"id\" must be a string or a number"; return false; }
    }
    if (jv::Value ti = j.find("title"); ti && !ti.is_null()) {
        if (!ti.is_string()) { error = "\"title\" must be a string"; return false; }
        out.title = ti.str();
    }
    return true;
}

// ---- HTML hook ----------------------------------------------------------------------------------
bool is_html_input(std::string_view path, std::string_view input_format) {
    if (input_format == "html") return true;
    if (input_format == "text") return false;
    auto ends_with_ci = [&](std::string_view suf) {
        if (path.size() < suf.size()) return false;
        for (size_t i = 0; i < suf.size(); ++i) {
            char c = path[path.size() - suf.size() + i];
            if (c >= 'A' && c <= 'Z') c = char(c + 32);
            if (c != suf[i]) return false;
        }
        return true;
    };
    return ends_with_ci(".html") || ends_with_ci(".htm") || ends_with_ci(".xhtml");
}

// ---- Markdown report ------------------------------------------------------------------------------
namespace {

std::string one_line(std::string s, size_t max) {
    for (auto& c : s) if (c == '\n') c = ' ';
    if (s.size() > max) {
        size_t cut = max;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
        s.resize(cut);
        s += "…";
    }
    return s;
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// A quota's level as people write it: "96,000", "2.3 million" ("%g" gave "2.3e+06").
std::string quantity(double v) {
    char buf[48];
    if (v >= 1e9) std::snprintf(buf, sizeof buf, "%.4g billion", v / 1e9);
    else if (v >= 1e6) std::snprintf(buf, sizeof buf, "%.4g million", v / 1e6);
    else if (v >= 1e4 && v == double(int64_t(v))) {
        const int64_t n = int64_t(v);
        std::snprintf(buf, sizeof buf, "%lld,%03lld", (long long)(n / 1000), (long long)(n % 1000));
    } else return num(v);
    return buf;
}

std::string doc_title(const Document& d) {
    if (!d.title.empty()) return d.title;
    for (const auto& s : d.segments)
        if (s.kept() && s.kind == SegmentKind::heading) return text::display(d.text, s.start, s.end);
    return d.id.empty() ? std::string("Document") : d.id;
}

std::string span_text(const Document& d, uint32_t s, uint32_t e) { return text::display(d.text, s, e); }

}  // namespace

std::string to_markdown(const Analysis& a) {
    std::string md;
    for (size_t di = 0; di < a.documents.size(); ++di) {
        const Document& d = a.documents[di];
        if (di) md += "\n---\n\n";
        md += "# " + one_line(doc_title(d), 200) + "\n\n";
        size_t kept = 0, dup = 0, bp = 0;
        for (const auto& s : d.segments)
            (s.status == SegmentStatus::kept ? kept : s.status == SegmentStatus::duplicate ? dup : bp) += 1;
        md += "*" + std::to_string(d.text.size()) + " bytes, " + std::to_string(d.segments.size()) +
              " segments: " + std::to_string(kept) + " kept, " + std::to_string(dup) + " duplicate, " +
              std::to_string(bp) + " boilerplate";
        if (d.norm.invalid_bytes) md += ", " + std::to_string(d.norm.invalid_bytes) + " invalid bytes replaced";
        md += "*\n\n## Clean text\n\n";
        for (const auto& s : d.segments) {
            if (!s.kept()) continue;
            std::string t = span_text(d, s.start, s.end);
            if (s.kind == SegmentKind::heading) md += "### " + one_line(t, 400) + "\n\n";
            else if (s.kind == SegmentKind::list_item) md += t + "\n\n";
            else md += t + "\n\n";
        }
        if (bp + dup) {
            md += "## Removed segments\n\n";
            for (size_t i = 0; i < d.segments.size(); ++i) {
                const Segment& s = d.segments[i];
                if (s.kept()) continue;
                md += "- **#" + std::to_string(i) + " " + to_string(s.status) + "** (" + to_string(s.kind) + "): " +
                      segment_reason(d, i) + " — “" + one_line(span_text(d, s.start, s.end), 120) + "”\n";
            }
            md += "\n";
        }
        if (!d.entities.empty()) {
            md += "## Entities\n\n";
            for (const auto& e : d.entities) {
                md += "- **" + e.name + "** (" + to_string(e.type) + ") × " + std::to_string(e.count);
                if (!e.role.empty()) md += " — " + e.role;
                md += "\n";
            }
            md += "\n";
        }
        if (!d.measures.empty()) {
            md += "## Trade measures\n\n";
            for (const auto& m : d.measures) {
                md += "- **" + m.kind + "**";
                if (m.has_rate) {
                    // a range reads "15–41%" ("2.3–3 million tonnes" for levels with a unit)
                    if (m.rate_unit == "percent")
                        md += " " + num(m.rate_value) + (m.has_rate_max ? "–" + num(m.rate_max) : "") + "%";
                    else
                        md += " " + quantity(m.rate_value) + (m.has_rate_max ? "–" + quantity(m.rate_max) : "") + " " + m.rate_unit;
                }
                if (!m.goods.empty()) md += " on " + m.goods;
                md += " — status: " + m.status;
                if (!m.evidence.empty()) md += " — “" + one_line(span_text(d, m.evidence[0].start, m.evidence[0].end), 200) + "”";
                md += "\n";
            }
            md += "\n";
        }
        if (!d.issues.empty()) {
            md += "## Issues\n\n";
            for (const auto& is : d.issues)
                md += "- **" + is.label + "**: " + std::to_string(is.mentions) + " mentions, salience " + num(is.salience) + "\n";
            md += "\n";
        }
        if (!d.quotes.empty()) {
            md += "## Quotes\n\n";
            for (const auto& q : d.quotes) {
                md += "> " + one_line(span_text(d, q.span.start, q.span.end), 600) + "\n>\n> — ";
                if (q.speaker >= 0 && size_t(q.speaker) < d.entities.size()) md += d.entities[size_t(q.speaker)].name;
                else md += "(unattributed)";
                if (!q.verb.empty()) md += " (" + q.verb + ")";
                md += "\n\n";
            }
        }
        if (!d.summary.empty()) {
            md += "## Summary\n\n";
            for (const auto& s : d.summary) md += "- " + one_line(span_text(d, s.span.start, s.span.end), 600) + "\n";
            md += "\n";
        }
    }
    if (!a.cross_document.empty()) {
        md += "## Shared across documents\n\n";
        for (const auto& c : a.cross_document)
            md += "- document " + std::to_string(c.document) + " segment " + std::to_string(c.segment) +
                  " first appeared in document " + std::to_string(c.first_document) + " segment " +
                  std::to_string(c.first_segment) + " (similarity " + num(double(c.similarity)) + ")\n";
    }
    return md;
}

}  // namespace np
