// commands.hpp — one function per `newsprism` subcommand, each in its own cmd_*.cpp.
// Each returns the process exit code: 0 ok, 1 bad input, 2 usage error (main.cpp makes it 1
// when the output could not be written).
#pragma once
#include <string>
#include <vector>

#include "../core/newsprism.hpp"

namespace np::cli {

using Args = std::vector<std::string>;  // arguments after the subcommand name

int cmd_analyze(const Args& args);   // cmd_analyze.cpp
int cmd_extract(const Args& args);   // cmd_extract.cpp
int cmd_eval_ner(const Args& args);  // cmd_eval_ner.cpp
int cmd_train_ner(const Args& args); // cmd_train_ner.cpp

// assets.cpp: the folder holding the core's data files: $NEWSPRISM_ASSETS, else the
// build-time default (the source tree's assets/).
std::string assets_dir();
// Reads every known asset file from `given` (the --assets option), or from assets_dir() when
// it is empty, into `res`; returns false with a message if the folder is unreadable (the
// message says where the folder's name came from: the option, the variable or the build).
// Missing single files are left out (the stage is then disabled).
bool read_assets(const std::string& given, Resources& res, std::string& error);
// Whole file into `out`; false with a message naming the file on error.
bool read_file(const std::string& path, std::string& out, std::string& error);

}  // namespace np::cli
