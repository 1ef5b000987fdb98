// stub_train_ner.cpp — TEMPORARY: `newsprism train-ner` is not written yet; its owner deletes this file.
#include <cstdio>

#include "commands.hpp"

namespace np::cli {
int cmd_train_ner(const Args&) { std::fputs("newsprism train-ner: not available yet\n", stderr); return 2; }
}  // namespace np::cli
