// Fuzz target: arbitrary bytes loaded as a fact base. Invariants: loading and validating agree (ValidateFacts is
// empty exactly when FromJson succeeds); every error has a code and a message, and a line only with a column;
// a fact base that loads builds a Checker that checks a fixed text without crashing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimcheck/match.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  const claimcheck::Result<claimcheck::FactBase> loaded = claimcheck::FactBase::FromJson(json, "fuzz.json");
  const std::vector<claimcheck::Error> errors = claimcheck::ValidateFacts(json, "fuzz.json");
  FUZZ_CHECK(loaded.ok() == errors.empty());
  FUZZ_CHECK(errors.size() <= claimcheck::kMaxErrors + 1);
  for (const claimcheck::Error& e : errors) {
    FUZZ_CHECK(!e.code.empty() && !e.message.empty());
    FUZZ_CHECK(e.file == "fuzz.json");
    FUZZ_CHECK((e.line == 0) == (e.column == 0));
    FUZZ_CHECK(e.pointer.empty() || e.pointer[0] == '/');
    FUZZ_CHECK(!claimcheck::ErrorToString(e).empty());
  }
  if (!loaded.ok()) return 0;
  for (const claimcheck::Fact& f : loaded.value().facts()) FUZZ_CHECK(loaded.value().FindFact(f.id) == &f);
  const claimcheck::Checker checker(loaded.value());
  claimcheck::CheckOptions options;
  options.date = claimcheck::CivilDate{2023, 4, 25};
  const claimcheck::Report report = checker.Check(
      "Officials said more than 400,000 people were killed since 2011 and 12 million displaced. Ministers met in "
      "Moscow on 25 April 2023, the 19th such meeting; Turkey's Erdogan and Syria's Assad did not attend.",
      options);
  FUZZ_CHECK(report.sentences == 2);
  return 0;
}
