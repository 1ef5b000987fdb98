// main.cpp — the `newsprism` command: dispatch to subcommands.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "commands.hpp"

static const char* kHelp =
    "newsprism — private news-article analyzer (deduplication, entities, tariffs and issues)\n"
    "\n"
    "Usage: newsprism COMMAND [OPTIONS] [FILE...]\n"
    "\n"
    "Commands:\n"
    "  analyze     analyze articles and print JSON, JSONL, Markdown or clean text\n"
    "  extract     extract the main article from saved HTML pages\n"
    "  eval-ner    score entity recognition on a CoNLL-format file\n"
    "  train-ner   train the entity tagger (reproduces assets/ner.model)\n"
    "  version     print the version\n"
    "  help        print this help (also: COMMAND --help)\n"
    "\n"
    "Exit codes: 0 ok, 1 bad input or output that could not be written, 2 usage error.\n";

// The output must reach its file: a full disk or a closed file fails a write only in the C
// library's buffer, which a command that ends with exit 0 never looks at. Checked once at the
// end (the error flag sticks); `analyze` also stops at the first failed write (cmd_analyze.cpp).
static int checked_output(int rc) {
    errno = 0;
    if (std::fflush(stdout) == 0 && !std::ferror(stdout)) return rc;
    const int why = errno;
    std::fprintf(stderr, "newsprism: the output could not be written: %s\n", why ? std::strerror(why) : "write error");
    return rc ? rc : 1;
}

static int run(int argc, char** argv);

int main(int argc, char** argv) { return checked_output(run(argc, argv)); }

static int run(int argc, char** argv) {
    if (argc < 2) {
        std::fputs(kHelp, stderr);
        return 2;
    }
    std::string cmd = argv[1];
    np::cli::Args args(argv + 2, argv + argc);
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(kHelp, stdout);
        return 0;
    }
    if (cmd == "version" || cmd == "--version") {
        std::printf("newsprism %s\n", np::version());
        return 0;
    }
    if (cmd == "analyze") return np::cli::cmd_analyze(args);
    if (cmd == "extract") return np::cli::cmd_extract(args);
    if (cmd == "eval-ner") return np::cli::cmd_eval_ner(args);
    if (cmd == "train-ner") return np::cli::cmd_train_ner(args);
    std::fprintf(stderr, "newsprism: unknown command '%s' (see newsprism --help)\n", cmd.c_str());
    return 2;
}
