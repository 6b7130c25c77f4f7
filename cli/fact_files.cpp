// File-system side of fact bases: the engine parses strings, the CLI finds and reads the files.
#include "fact_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "claimcheck/bundled.h"

namespace claimcheck::cli {
namespace fs = std::filesystem;

namespace {

Error IoError(const std::string& path, const std::string& message) {
  Error e;
  e.code = "io";
  e.file = path;
  e.message = message;
  return e;
}

// A JSON Schema kept beside the facts (facts/schema.json, *.schema.json) is not a fact base.
bool IsFactFile(const fs::path& path) {
  const std::string name = path.filename().string();
  const std::string suffix = ".schema.json";
  const bool schema = name == "schema.json" ||
                      (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0);
  return path.extension() == ".json" && !schema;
}

// The files a path stands for: itself, or a directory's fact files (*.json) in name order.
std::vector<std::string> ExpandPath(const std::string& path, std::vector<Error>* errors) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    if (IsFactFile(entry.path()) && entry.is_regular_file(ec)) files.push_back(entry.path().string());
  }
  if (ec) errors->push_back(IoError(path, "cannot list directory: " + ec.message()));
  if (files.empty() && !ec) errors->push_back(IoError(path, "directory holds no .json fact base"));
  std::sort(files.begin(), files.end());
  return files;
}

struct Document {
  std::string file;
  std::string text;
};

}  // namespace

bool ReadFile(const std::string& path, std::string* out) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = std::move(buffer).str();
  return !in.bad();
}

// The readable files of `path`; each unreadable one becomes an error.
std::vector<Document> ReadDocuments(const std::string& path, std::vector<Error>* errors) {
  std::vector<Document> documents;
  for (const std::string& file : ExpandPath(path, errors)) {
    Document doc{file, {}};
    if (!ReadFile(file, &doc.text)) {
      errors->push_back(IoError(file, "cannot read file"));
      continue;
    }
    documents.push_back(std::move(doc));
  }
  return documents;
}

Result<FactBase> LoadFactBase(const std::string& path) {
  if (path.empty()) return FactBase::FromJson(BundledFactsJson(), BundledFactsFileName());
  std::vector<Error> errors;
  std::vector<FactBase> parts;
  for (const Document& doc : ReadDocuments(path, &errors)) {
    Result<FactBase> part = FactBase::FromJson(doc.text, doc.file);
    if (!part.ok()) {
      errors.insert(errors.end(), part.errors().begin(), part.errors().end());
      continue;
    }
    parts.push_back(std::move(part.value()));
  }
  if (!errors.empty()) return Result<FactBase>::Fail(std::move(errors));
  if (parts.size() == 1) return Result<FactBase>::Ok(std::move(parts.front()));
  return FactBase::Merge(std::move(parts));
}

std::vector<Error> ValidatePath(const std::string& path) {
  std::vector<Error> errors;
  std::vector<FactBase> parts;
  for (const Document& doc : ReadDocuments(path, &errors)) {
    std::vector<Error> found = ValidateFacts(doc.text, doc.file);
    if (found.empty()) {
      Result<FactBase> part = FactBase::FromJson(doc.text, doc.file);
      if (part.ok()) parts.push_back(std::move(part.value()));
    }
    errors.insert(errors.end(), found.begin(), found.end());
  }
  if (errors.empty() && parts.size() > 1) {
    Result<FactBase> merged = FactBase::Merge(std::move(parts));
    if (!merged.ok()) errors = merged.errors();
  }
  return errors;
}

}  // namespace claimcheck::cli
