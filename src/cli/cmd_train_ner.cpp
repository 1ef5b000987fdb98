// cmd_train_ner.cpp — `newsprism train-ner --data FILE --out FILE [--holdout-tenth]`.
// Trains the entity tagger on a GMB-format corpus with the gazetteers in the assets folder.
// Deterministic: the committed assets/ner.model is reproduced byte for byte by that command at the
// commit that trained it, then --from-model with this build, which writes it in the current
// format (tools/check-ner-reproducible.sh checks both steps; assets/README.md).
#include <cstdio>
#include <cstdlib>

#include "../core/ner_corpus.hpp"
#include "../core/ner_train.hpp"
#include "commands.hpp"

namespace np::cli {

static const char* kTrainHelp =
    "Usage: newsprism train-ner --data FILE --out FILE [--holdout-tenth] [--iterations N] [--min-count N] [--prune X]\n"
    "       newsprism train-ner --from-model FILE --out FILE [--prune X]\n"
    "  --data FILE       GMB-format corpus (token<TAB>tag, IOB2, blank line between sentences)\n"
    "  --out FILE        where to write the model (e.g. assets/ner.model)\n"
    "  --holdout-tenth   leave out every 10th sentence (index 9 mod 10) for evaluation\n"
    "  --iterations N    perceptron passes (default 8)\n"
    "  --min-count N     features seen fewer than N times get no weights (default 2)\n"
    "  --prune X         drop weight rows whose largest weight is below X perceptron updates (default 2.25)\n"
    "  --from-model FILE no training: read a model file (format 3 or 4) and write it in format 4\n"
    "                    (with --prune X: without its rows whose largest weight is below X updates)\n"
    "Gazetteers (gazetteer*.tsv) are read from the assets folder ($NEWSPRISM_ASSETS).\n";

int cmd_train_ner(const Args& args) {
    std::string data_path, out_path, from_model;
    ner::TrainOptions opt;
    bool holdout = false, prune_given = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto next = [&](std::string& v) { if (i + 1 >= args.size()) return false; v = args[++i]; return true; };
        std::string v;
        if (a == "--help" || a == "-h") { std::fputs(kTrainHelp, stdout); return 0; }
        else if (a == "--data") { if (!next(data_path)) break; }
        else if (a == "--out") { if (!next(out_path)) break; }
        else if (a == "--from-model") { if (!next(from_model)) break; }
        else if (a == "--holdout-tenth") holdout = true;
        else if (a == "--iterations" && next(v)) opt.iterations = std::atoi(v.c_str());
        else if (a == "--min-count" && next(v)) opt.min_count = uint32_t(std::atoi(v.c_str()));
        else if (a == "--prune" && next(v)) { opt.prune = std::strtod(v.c_str(), nullptr); prune_given = true; }
        else { std::fprintf(stderr, "newsprism train-ner: unknown option '%s'\n%s", a.c_str(), kTrainHelp); return 2; }
    }
    if ((data_path.empty() && from_model.empty()) || out_path.empty() || opt.iterations < 1 || opt.min_count < 1 ||
        !(opt.prune >= 0)) {
        std::fputs(kTrainHelp, stderr);
        return 2;
    }
    std::string data, err;
    const auto write = [&](const std::string& bytes) {
        FILE* f = std::fopen(out_path.c_str(), "wb");
        if (!f || std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) {
            if (f) std::fclose(f);
            std::fprintf(stderr, "newsprism train-ner: cannot write %s\n", out_path.c_str());
            return 1;
        }
        std::fclose(f);
        std::fprintf(stderr, "train-ner: wrote %s (%zu bytes)\n", out_path.c_str(), bytes.size());
        return 0;
    };
    if (!from_model.empty()) {
        ner::TaggerModel model;
        if (!read_file(from_model, data, err) || !ner::load_tagger(data, model, err)) {
            std::fprintf(stderr, "newsprism train-ner: %s: %s\n", from_model.c_str(), err.c_str());
            return 1;
        }
        if (prune_given) {
            const size_t rows = model.keys.size(), dropped = ner::prune_rows(model, opt.prune);
            std::fprintf(stderr, "train-ner: %zu of %zu rows below %g updates dropped\n", dropped, rows, opt.prune);
        }
        return write(ner::serialize(model));
    }
    if (!read_file(data_path, data, err)) { std::fprintf(stderr, "newsprism train-ner: %s\n", err.c_str()); return 1; }
    Resources res;
    if (!read_assets("", res, err)) { std::fprintf(stderr, "newsprism train-ner: %s\n", err.c_str()); return 1; }
    ner::Lexicon lexicon;
    for (const auto& [name, blob] : res.files)
        if (name.rfind("gazetteer", 0) == 0 && name.size() > 4 && name.substr(name.size() - 4) == ".tsv")
            if (!lexicon.add_tsv(blob, name, err)) { std::fprintf(stderr, "newsprism train-ner: %s", err.c_str()); return 1; }
    auto docs = ner::parse_corpus(data, 0);
    auto sentences = ner::gmb_training_sentences(docs, lexicon, holdout);
    size_t tokens = 0;
    for (const auto& s : sentences) tokens += s.words.size();
    std::fprintf(stderr, "train-ner: %zu sentences, %zu tokens, %zu gazetteer phrases\n", sentences.size(), tokens, lexicon.size());
    auto model = ner::train_tagger(sentences, lexicon, opt, [](int it, double acc) {
        std::fprintf(stderr, "  iteration %d: %.4f of tokens right during the pass\n", it, acc);
    });
    return write(ner::serialize(model));
}

}  // namespace np::cli
