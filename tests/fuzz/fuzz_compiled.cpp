// Fuzz target: compiled fact bases (facts.h, FactBase::FromCompiled) that pass the header and checksum tests, so
// the fuzzer reaches the body reader, which a checksum otherwise keeps random bytes from. The input edits a valid
// compiled base (a base of this file's own, with every kind of fact): its first byte picks how.
//   even: the rest is a list of (offset low, offset high, byte) edits, each XORed into the valid body;
//   odd:  the rest is the whole body.
// The header is then rewritten around the body (its size and checksum), as a crafted file would be. The base
// touches every field the format holds.
// Invariants: loading either fails with errors that have a code, a message and a JSON pointer or none (a broken
// reference is reported at the JSON file and pointer its fact came from), or gives a base whose ids resolve, whose
// checker checks a fixed text without crashing, and that compiles back to a base that loads.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "claimcheck/match.h"
#include "../cpp/every_field_base.h"
#include "fuzz_util.h"

namespace {

// Every field the format holds (shared with tests/cpp/compiled_test.cpp).
constexpr std::string_view kBase = claimcheck_test::kEveryFieldBase;

std::uint32_t Fnv1a(std::string_view bytes) {  // the format's checksum (FNV-1a, 32 bits)
  std::uint32_t hash = 2166136261u;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash;
}

void PutLittleEndian(std::string* out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

struct Valid {
  std::string header_start;  // magic, format, engine version: what precedes the body's size and checksum
  std::string body;
};

const Valid& ValidBase() {
  static const Valid valid = [] {
    const claimcheck::Result<claimcheck::FactBase> base = claimcheck::FactBase::FromJson(kBase, "fuzz.json");
    FUZZ_CHECK(base.ok());
    const std::string bytes = base.value().ToCompiled();
    const std::size_t start = claimcheck::kCompiledFactsMagic.size() + 4 + 4 +
                              claimcheck::EngineVersion().size();
    FUZZ_CHECK(bytes.size() >= start + 12);
    return Valid{bytes.substr(0, start), bytes.substr(start + 12)};
  }();
  return valid;
}

std::string WithHeader(std::string_view body) {
  std::string out = ValidBase().header_start;
  PutLittleEndian(&out, body.size(), 8);
  PutLittleEndian(&out, Fnv1a(body), 4);
  out.append(body);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const Valid& valid = ValidBase();
  std::string body;
  if (data[0] & 1) {
    body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  } else {
    body = valid.body;
    for (std::size_t i = 1; i + 2 < size; i += 3) {
      const std::size_t at = (data[i] | (std::size_t{data[i + 1]} << 8)) % body.size();
      body[at] = static_cast<char>(body[at] ^ data[i + 2]);
    }
  }
  const claimcheck::Result<claimcheck::FactBase> loaded =
      claimcheck::FactBase::FromCompiled(WithHeader(body), "fuzz.ccfacts");
  if (!loaded.ok()) {
    for (const claimcheck::Error& e : loaded.errors()) {
      FUZZ_CHECK(!e.code.empty() && !e.message.empty());
      // A broken reference is reported where its fact was written: the compiled base keeps each fact's JSON file
      // name (as the body says it) and the pointer is made from the fact's position.
      FUZZ_CHECK(e.pointer.empty() || e.pointer[0] == '/');
      FUZZ_CHECK(!claimcheck::ErrorToString(e).empty());
    }
    return 0;
  }
  const claimcheck::FactBase& base = loaded.value();
  for (const claimcheck::Fact& f : base.facts()) FUZZ_CHECK(base.FindFact(f.id) == &f);
  const std::string again = base.ToCompiled();
  FUZZ_CHECK(claimcheck::FactBase::FromCompiled(again, "again.ccfacts").ok());
  const claimcheck::Checker checker(base);
  claimcheck::CheckOptions options;
  options.date = claimcheck::CivilDate{2023, 4, 25};
  const claimcheck::Report report = checker.Check(
      "The war has killed about 450,000 people in Syria, the agency said. Jane Roe met John Doe in Aleppo on 24 April "
      "2023 at 10:00; Acme's CEO said there were five raids since 2016 and the 18th round took three lunar days.",
      options);
  FUZZ_CHECK(report.sentences == 2);
  return 0;
}
