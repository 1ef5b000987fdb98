// fuzz_taxonomy.cpp — libFuzzer target: the summary models' loader (a user's --taxonomy
// file as issues.json, or a trade-lexicon.json) on arbitrary bytes.
// The first byte picks which file the rest replaces (even: issues.json, odd: the lexicon);
// the other file is the project's own. Checked properties, beyond "no crash, no leak, no UB":
//   * a refused file always gets a message naming the file and a JSON path ("file: /...");
//   * an accepted taxonomy drives analyze() on a short text without trouble, and every
//     issue it reports is one of the loaded issues.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "fuzz_support.hpp"
#include "models.hpp"
#include "newsprism.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const np::Resources base = np::fuzz::resources();
    if (size == 0) return 0;
    const bool lexicon = data[0] & 1;
    const char* name = lexicon ? "trade-lexicon.json" : "issues.json";
    np::Resources res;  // only the two summary files: the entity part stays empty (disabled)
    for (const char* f : {"issues.json", "trade-lexicon.json"})
        if (auto it = base.files.find(f); it != base.files.end()) res.files[f] = it->second;
    res.files[name] = std::string(reinterpret_cast<const char*>(data + 1), size - 1);

    np::Models m;
    std::string err;
    if (!np::load_summary_models(res, m.summary, err)) {
        if (err.find(std::string(name) + ": /") == std::string::npos) __builtin_trap();
        return 0;
    }
    // The text mixes words of the shipped files with the fuzzed file's own (its first bytes).
    std::string text = "US tariffs on Chinese steel rose 25% on Monday, officials said.\n\n";
    text.append(reinterpret_cast<const char*>(data + 1), size - 1 < 200 ? size - 1 : 200);
    np::Options opt;
    opt.models = &m;
    np::Analysis a = np::analyze(np::Input{{{"fuzz", "", text}}}, opt);
    auto j = nlohmann::json::parse(np::to_json(a), nullptr, false);
    if (j.is_discarded()) __builtin_trap();
    const auto& issues = j["documents"][0]["issues"];
    if (!issues.is_null() && !issues.is_array()) __builtin_trap();
    if (issues.is_array())
        for (const auto& i : issues) {
            bool known = false;
            for (const auto& d : m.summary.issues) known = known || (i["id"].is_string() && i["id"] == d.id);
            if (!known) __builtin_trap();
        }
    return 0;
}
