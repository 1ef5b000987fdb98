// stub_extract.cpp — TEMPORARY: `newsprism extract` is not written yet; its owner deletes this file.
#include <cstdio>

#include "commands.hpp"

namespace np::cli {
int cmd_extract(const Args&) { std::fputs("newsprism extract: not available yet\n", stderr); return 2; }
}  // namespace np::cli
