// test_support.hpp — paths and helpers shared by the unit tests.
#pragma once
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsprism.hpp"

namespace np {
struct EntityModels;  // models.hpp
struct Document;      // document.hpp
}  // namespace np

namespace np::test {

// The project's source tree (assets/, tests/golden/).
inline std::string source_dir() { return NEWSPRISM_SOURCE_DIR; }

// ../shared, or $NEWSPRISM_SHARED; empty string when it is not there.
inline std::string shared_dir() {
    const char* env = std::getenv("NEWSPRISM_SHARED");
    std::string d = env && *env ? env : NEWSPRISM_SHARED_DIR_DEFAULT;
    std::string probe = d + "/README.md";
    if (FILE* f = std::fopen(probe.c_str(), "rb")) { std::fclose(f); return d; }
    return {};
}

inline bool read_file(const std::string& path, std::string& out) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    out.clear();
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    std::fclose(f);
    return true;
}

// Calls fn(body) with the "body" of each article of ../shared's Reuters-21578 file
// (data/news/reuters21578-articles.jsonl), in file order, until fn returns false. Returns false
// when the file is not there: the caller then skips with a message.
template <class Fn>
bool for_each_reuters_body(Fn&& fn) {
    const std::string dir = shared_dir();
    std::string data;
    if (dir.empty() || !read_file(dir + "/data/news/reuters21578-articles.jsonl", data)) return false;
    size_t at = 0;
    while (at < data.size()) {
        size_t end = data.find('\n', at);
        if (end == std::string::npos) end = data.size();
        auto j = nlohmann::json::parse(data.begin() + long(at), data.begin() + long(end), nullptr, false);
        at = end + 1;
        if (j.is_discarded() || !j.is_object()) continue;
        auto b = j.find("body");
        if (b == j.end() || !b->is_string()) continue;
        if (!fn(b->template get_ref<const std::string&>())) break;
    }
    return true;
}

// The bodies of the first `n` Reuters articles joined by blank lines ("" when ../shared is absent).
inline std::string first_reuters_bodies(size_t n) {
    std::string out;
    size_t taken = 0;
    for_each_reuters_body([&](const std::string& body) {
        if (taken == n) return false;
        out += body;
        out += "\n\n";
        return ++taken < n;
    });
    return out;
}

// Every asset of the source tree (the sample and README.md aside), as load_models takes them:
// a test swaps one file for its own and loads the rest as shipped.
Resources project_assets();

// Loads every asset of the source tree into models (cached per process).
const Models* models();

// The entity models of models(), tagger included. assets/ner.model is part of the project, so a
// missing model or tagger fails the calling test instead of skipping it.
const EntityModels& tagger_models();

// The document's measures, quotes, issues and summary as the analysis JSON writes them (one
// object): tests compare two ways of computing the summary stages through it.
std::string summary_json(const Document& d);

// assets/sample.txt, a blank line, then the first `n` Reuters bodies: real text of both kinds
// for the fast-path tests. Without ../shared the project's articles (tests/articles) take the
// Reuters bodies' place (with a message saying so).
std::string sample_and_reuters(size_t n);

// analyze() one text with the project's models.
Analysis analyze_text(const std::string& text, bool keep_all = false);
// The first measure of `kind` ("tariff", "deal", ...) that analyze_text(text) finds in its one
// document; an empty Measure (kind "") when there is none.
Measure first_measure(const std::string& text, const std::string& kind);

// The measures analyze_text(text) finds in its one document.
inline std::vector<Measure> measures_of(const std::string& text) { return analyze_text(text).documents[0].measures; }
// The first measure of `kind` in ms, or null.
inline const Measure* first_of(const std::vector<Measure>& ms, const char* kind) {
    for (const auto& m : ms)
        if (m.kind == kind) return &m;
    return nullptr;
}
// How many of ms are of `kind`.
inline size_t count_of(const std::vector<Measure>& ms, const char* kind) {
    size_t n = 0;
    for (const auto& m : ms) n += m.kind == kind;
    return n;
}
// The first measure of ms whose goods are exactly `goods`, or null.
inline const Measure* with_goods(const std::vector<Measure>& ms, const char* goods) {
    for (const auto& m : ms)
        if (m.goods == goods) return &m;
    return nullptr;
}

// The paths of the project's hand-written articles (tests/articles/*.txt), plus
// assets/sample.txt when with_sample, sorted by path.
inline std::vector<std::string> article_files(bool with_sample = false) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(source_dir() + "/tests/articles", ec))
        if (e.path().extension() == ".txt") files.push_back(e.path().string());
    if (with_sample) files.push_back(source_dir() + "/assets/sample.txt");
    std::sort(files.begin(), files.end());
    return files;
}

// The project's hand-written articles (tests/articles), one document each in file-name order,
// plus the sample twice (a cross-document repeat, so the cross-document step matters).
inline Input article_input() {
    Input in;
    for (const auto& f : article_files()) {
        std::string text;
        if (read_file(f, text)) in.documents.push_back({f, "", text});
    }
    std::string sample;
    if (read_file(source_dir() + "/assets/sample.txt", sample)) {
        in.documents.push_back({"sample-a", "", sample});
        in.documents.push_back({"sample-b", "", "Breaking news.\n\n" + sample});
    }
    return in;
}

}  // namespace np::test
