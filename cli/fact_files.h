// Reading fact bases from disk for the CLI: a file, or a directory whose *.json files are merged.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/facts.h"
#include "claimcheck/result.h"

namespace claimcheck::cli {

// The bundled base when path is empty; otherwise the file or directory at path.
Result<FactBase> LoadFactBase(const std::string& path);

// Every error of every file (a directory is expanded to its *.json files, in name order).
std::vector<Error> ValidatePath(const std::string& path);

// Whole file as bytes; nullopt when it cannot be read.
bool ReadFile(const std::string& path, std::string* out);

}  // namespace claimcheck::cli
