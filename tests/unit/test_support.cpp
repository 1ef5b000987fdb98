// test_support.cpp — loads the project's assets once for all tests.
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <filesystem>

#include "json_parts.hpp"
#include "models.hpp"

namespace np::test {

Resources project_assets() {
    Resources res;
    namespace fs = std::filesystem;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(source_dir() + "/assets", ec)) {
        if (!e.is_regular_file()) continue;
        std::string name = e.path().filename().string();
        if (name == "README.md" || name.rfind("sample", 0) == 0) continue;
        std::string data;
        if (read_file(e.path().string(), data)) res.files[name] = std::move(data);
    }
    return res;
}

const Models* models() {
    static ModelsPtr m = [] {
        std::string err;
        ModelsPtr p = load_models(project_assets(), err);
        if (!p) std::fprintf(stderr, "test_support: cannot load models: %s\n", err.c_str());
        return p;
    }();
    return m.get();
}

const EntityModels& tagger_models() {
    const Models* m = models();
    REQUIRE(m != nullptr);
    REQUIRE_MESSAGE(!m->entities.tagger.empty(), "assets/ner.model did not load");
    return m->entities;
}

std::string summary_json(const Document& d) {
    std::string out;
    JsonWriter w(out, -1);
    w.begin_object();
    summary_to_json(d, w);
    w.end_object();
    return out;
}

std::string sample_and_reuters(size_t n) {
    std::string text;
    REQUIRE(read_file(source_dir() + "/assets/sample.txt", text));
    const std::string reuters = first_reuters_bodies(n);
    text += "\n\n" + reuters;
    if (reuters.empty()) {  // the project's own articles instead: enough text for the tests' volume checks
        MESSAGE("Reuters part skipped: ../shared absent (the project's articles instead)");
        for (const auto& f : article_files()) {
            std::string article;
            REQUIRE(read_file(f, article));
            text += article + "\n\n";
        }
    }
    return text;
}

Analysis analyze_text(const std::string& text, bool keep_all) {
    Options opt;
    opt.keep_all = keep_all;
    opt.models = models();
    opt.keep_internals = true;  // tests look at the tokens too
    return analyze(Input{{{"doc", "", text}}}, opt);
}

Measure first_measure(const std::string& text, const std::string& kind) {
    const Analysis a = analyze_text(text);
    for (const auto& m : a.documents[0].measures)
        if (m.kind == kind) return m;
    return Measure{};
}

}  // namespace np::test
