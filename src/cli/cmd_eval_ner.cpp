// cmd_eval_ner.cpp — `newsprism eval-ner FILE`: entity-level exact-match scores on an
// annotated corpus, running the FULL pipeline (normalize, segment, entities) on rebuilt text.
//
// Gold and predicted types are compared as PER, ORG, LOC:
//   predicted PERSON -> PER, ORG -> ORG, GPE and LOC -> LOC; NORP, DATE, MONEY, PERCENT ignored.
//   CoNLL gold PER/ORG/LOC as is, MISC ignored.
//   GMB gold per -> PER (leading titles such as "President" removed, as in training), org -> ORG, geo -> LOC, gpe -> LOC when the gazetteer knows the name
//   as a country/city/region (else it is a nationality: ignored); tim/art/eve/nat ignored.
// A prediction counts only when its start and end fall on the gold token boundaries.
#include <cstdio>
#include <array>
#include <map>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "../core/models.hpp"
#include "../core/ner_corpus.hpp"
#include "../core/ner_train.hpp"
#include "commands.hpp"

namespace np::cli {

namespace {

const char* kEvalHelp =
    "Usage: newsprism eval-ner FILE [--json] [--holdout-tenth] [--dump FILE] [--errors N]\n"
    "  FILE              CoNLL (token ... tag, -DOCSTART- between documents) or GMB (token<TAB>tag)\n"
    "  --json            print the scores as JSON\n"
    "  --holdout-tenth   score only sentences with index 9 mod 10 (the tenth train-ner --holdout-tenth left out)\n"
    "  --dump FILE       write the rebuilt documents and gold spans as JSON lines (for tools/eval-ner-compromise.mjs)\n"
    "  --errors N        print up to N false positives and negatives\n";

using Key = std::tuple<size_t, uint32_t, uint32_t, std::string>;  // doc, start byte, end byte, type

std::string gold_type(const std::string& t, const std::string& span, const ner::Lexicon& lex) {
    if (t == "PER" || t == "ORG" || t == "LOC") return t;
    if (t == "per") return "PER";
    if (t == "org") return "ORG";
    if (t == "geo") return "LOC";
    if (t == "gpe") return ner::gmb_tagger_type(t, span, lex) == 2 ? "LOC" : "";
    return "";
}

const char* pred_type(EntityType t) {
    switch (t) {
        case EntityType::PERSON: return "PER";
        case EntityType::ORG: return "ORG";
        case EntityType::GPE:
        case EntityType::LOC: return "LOC";
        default: return nullptr;
    }
}

}  // namespace

int cmd_eval_ner(const Args& args) {
    std::string path, dump;
    bool as_json = false, holdout = false;
    int errors = 0;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") { std::fputs(kEvalHelp, stdout); return 0; }
        if (a == "--json") as_json = true;
        else if (a == "--holdout-tenth") holdout = true;
        else if (a == "--dump" && i + 1 < args.size()) dump = args[++i];
        else if (a == "--errors" && i + 1 < args.size()) errors = std::atoi(args[++i].c_str());
        else if (!a.empty() && a[0] != '-' && path.empty()) path = a;
        else { std::fprintf(stderr, "newsprism eval-ner: bad argument '%s'\n%s", a.c_str(), kEvalHelp); return 2; }
    }
    if (path.empty()) { std::fputs(kEvalHelp, stderr); return 2; }
    std::string data, err;
    if (!read_file(path, data, err)) { std::fprintf(stderr, "newsprism eval-ner: %s\n", err.c_str()); return 1; }
    Resources res;
    if (!read_assets("", res, err)) { std::fprintf(stderr, "newsprism eval-ner: %s\n", err.c_str()); return 1; }
    auto models = load_models(res, err);
    if (!models) {
        while (!err.empty() && err.back() == '\n') err.pop_back();  // one line break, not two
        std::fprintf(stderr, "newsprism eval-ner: %s\n", err.c_str());
        return 1;
    }
    const ner::Lexicon& lex = models->entities.lexicon;

    std::vector<ner::CorpusDocument> docs;
    if (holdout) {
        auto all = ner::parse_corpus(data, 0);
        size_t index = 0;
        ner::CorpusDocument cur;
        for (const auto& d : all)
            for (const auto& s : d.sentences) {
                if (index++ % 10 != 9) continue;
                cur.sentences.push_back(s);
                if (cur.sentences.size() == 10) { docs.push_back(std::move(cur)); cur = {}; }
            }
        if (!cur.sentences.empty()) docs.push_back(std::move(cur));
    } else {
        docs = ner::parse_corpus(data, 10);
    }
    if (docs.empty()) { std::fprintf(stderr, "newsprism eval-ner: %s: no sentences\n", path.c_str()); return 1; }

    std::set<Key> gold, pred;
    std::vector<std::string> texts;
    FILE* dumpf = dump.empty() ? nullptr : std::fopen(dump.c_str(), "wb");
    if (!dump.empty() && !dumpf) { std::fprintf(stderr, "newsprism eval-ner: cannot write %s\n", dump.c_str()); return 1; }
    Options opt;
    opt.keep_all = true;
    opt.models = models.get();
    for (size_t di = 0; di < docs.size(); ++di) {
        ner::RebuiltDocument rb = ner::rebuild_text(docs[di]);
        std::set<uint32_t> starts, ends;
        nlohmann::json jg = nlohmann::json::array();
        for (size_t si = 0; si < docs[di].sentences.size(); ++si) {
            const auto& s = docs[di].sentences[si];
            for (const auto& sp : rb.token_spans[si]) { starts.insert(sp.first); ends.insert(sp.second); }
            for (const auto& c : ner::chunks(s.tags)) {
                std::string span;
                for (uint32_t k = c.start; k < c.end; ++k) { if (k > c.start) span += ' '; span += s.words[k]; }
                std::string t = gold_type(c.type, span, lex);
                if (t.empty()) continue;
                uint32_t first = t == "PER" ? ner::strip_titles(s.words, c.start, c.end, lex) : c.start;
                uint32_t a = rb.token_spans[si][first].first, b = rb.token_spans[si][c.end - 1].second;
                gold.insert({di, a, b, t});
                jg.push_back({{"start", a}, {"end", b}, {"type", t}});
            }
        }
        Analysis an = analyze(Input{{{std::to_string(di), "", rb.text}}}, opt);
        for (const auto& e : an.documents[0].entities) {
            const char* t = pred_type(e.type);
            if (!t) continue;
            for (const auto& m : e.mentions) pred.insert({di, m.start, m.end, t});
        }
        if (dumpf) {
            nlohmann::json j = {{"id", di}, {"text", rb.text}, {"gold", jg}};
            std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
            std::fwrite(line.data(), 1, line.size(), dumpf);
        }
        if (errors) texts.push_back(std::move(rb.text));
    }
    if (dumpf) std::fclose(dumpf);

    const char* types[] = {"PER", "ORG", "LOC"};
    std::map<std::string, std::array<size_t, 3>> c;  // tp, pred, gold
    for (const auto& g : gold) { c[std::get<3>(g)][2]++; c["ALL"][2]++; }
    for (const auto& p : pred) {
        c[std::get<3>(p)][1]++; c["ALL"][1]++;
        if (gold.count(p)) { c[std::get<3>(p)][0]++; c["ALL"][0]++; }
    }
    auto prf = [&](const std::string& t) {
        auto v = c[t];
        double p = v[1] ? double(v[0]) / double(v[1]) : 0, r = v[2] ? double(v[0]) / double(v[2]) : 0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return std::array<double, 3>{p, r, f};
    };
    if (as_json) {
        nlohmann::json j;
        j["file"] = path;
        j["documents"] = docs.size();
        for (const char* t : types) {
            auto s = prf(t);
            j[t] = {{"precision", s[0]}, {"recall", s[1]}, {"f1", s[2]}, {"gold", c[t][2]}, {"predicted", c[t][1]}, {"correct", c[t][0]}};
        }
        auto s = prf("ALL");
        j["overall"] = {{"precision", s[0]}, {"recall", s[1]}, {"f1", s[2]}, {"gold", c["ALL"][2]}, {"predicted", c["ALL"][1]}, {"correct", c["ALL"][0]}};
        std::puts(j.dump(2).c_str());
    } else {
        std::printf("%-8s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "f1", "gold", "pred", "correct");
        for (const char* t : {"PER", "ORG", "LOC", "ALL"}) {
            auto s = prf(t);
            std::printf("%-8s %9.4f %9.4f %9.4f %7zu %7zu %7zu\n", std::string(t) == "ALL" ? "overall" : t, s[0], s[1], s[2], c[t][2], c[t][1], c[t][0]);
        }
    }
    if (errors) {
        int shown = 0;
        for (const auto& p : pred)
            if (!gold.count(p) && shown++ < errors) {
                const auto& [d, a, b, t] = p;
                std::string g = "-";
                for (const char* u : types) if (gold.count({d, a, b, u})) g = u;
                size_t ls = texts[d].rfind('\n', a), le = texts[d].find('\n', b);
                ls = ls == std::string::npos ? 0 : ls + 1;
                std::fprintf(stderr, "FP %s (gold %s): %s   | %s\n", t.c_str(), g.c_str(), texts[d].substr(a, b - a).c_str(),
                             texts[d].substr(ls, std::min<size_t>(le, ls + 160) - ls).c_str());
            }
        shown = 0;
        for (const auto& g : gold)
            if (!pred.count(g) && shown++ < errors) {
                const auto& [d, a, b, t] = g;
                size_t ls = texts[d].rfind('\n', a), le = texts[d].find('\n', b);
                ls = ls == std::string::npos ? 0 : ls + 1;
                std::fprintf(stderr, "FN %s: %s   | %s\n", t.c_str(), texts[d].substr(a, b - a).c_str(), texts[d].substr(ls, std::min<size_t>(le, ls + 160) - ls).c_str());
            }
    }
    return 0;
}

}  // namespace np::cli
