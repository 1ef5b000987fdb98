// stub_eval_ner.cpp — TEMPORARY: `newsprism eval-ner` is not written yet; its owner deletes this file.
#include <cstdio>

#include "commands.hpp"

namespace np::cli {
int cmd_eval_ner(const Args&) { std::fputs("newsprism eval-ner: not available yet\n", stderr); return 2; }
}  // namespace np::cli
