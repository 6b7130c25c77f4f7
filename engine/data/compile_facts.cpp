// Host tool, run at build time: compiles the bundled fact base (facts/README.md, "Compiled fact bases") so that the
// CLI and the WebAssembly module start from it without parsing JSON. It links the engine without a bundled base
// (claimcheck_engine_core), since the bundled base is what it makes. The WebAssembly builds run the native build's
// copy (CLAIMCHECK_HOST_FACTS_COMPILER, set by scripts/build.sh).
//   compile_facts OUT.ccfb FACTS.json...
// Exit 1 with the fact base's errors on stderr when it does not load.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/facts.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: compile_facts OUT FACTS.json...\n");
    return 2;
  }
  std::vector<std::string> texts;
  std::vector<claimcheck::FactBase::Document> documents;
  texts.reserve(static_cast<std::size_t>(argc - 2));
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "compile_facts: cannot read %s\n", argv[i]);
      return 1;
    }
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    // Named by the file's name alone, as BundledFactsFileName() names it: no build machine's path in the bytes.
    const std::string_view path(argv[i]);
    documents.push_back({texts.back(), path.substr(path.find_last_of('/') + 1)});
  }
  const claimcheck::Result<claimcheck::FactBase> base = claimcheck::FactBase::FromJsonDocuments(documents);
  for (const claimcheck::Error& e : base.errors()) std::fprintf(stderr, "%s\n", claimcheck::ErrorToString(e).c_str());
  if (!base.ok()) return 1;
  const std::string bytes = base.value().ToCompiled();
  const std::string tmp = std::string(argv[1]) + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out || std::rename(tmp.c_str(), argv[1]) != 0) {
    std::fprintf(stderr, "compile_facts: cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}
