// Fuzz target: arbitrary bytes checked as text against the bundled fact base, with and without a publication
// date, then serialised. Invariants: every span lies inside the text and inside its sentence; the report JSON
// parses; its UTF-16 offsets lie inside the text's UTF-16 length and are ordered.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "claimcheck/bundled.h"
#include "claimcheck/match.h"
#include "fuzz_util.h"

namespace {

using claimcheck::ByteSpan;

const claimcheck::Checker& BundledChecker() {
  static const claimcheck::Checker* checker = [] {
    auto facts = claimcheck::FactBase::FromJson(claimcheck::BundledFactsJson(), claimcheck::BundledFactsFileName());
    FUZZ_CHECK(facts.ok());
    return new claimcheck::Checker(std::move(facts.value()));
  }();
  return *checker;
}

bool Inside(ByteSpan s, std::size_t size) { return s.begin <= s.end && s.end <= size; }

void CheckReport(std::string_view text, const claimcheck::Report& report) {
  FUZZ_CHECK(report.sentences <= text.size());
  for (const claimcheck::Claim& c : report.claims) {
    FUZZ_CHECK(Inside(c.span, text.size()));
    FUZZ_CHECK(Inside(c.sentence, text.size()));
    FUZZ_CHECK(c.sentence.begin <= c.span.begin && c.span.end <= c.sentence.end);
  }
  const std::string out = claimcheck::ReportToJson(report, text);
  const auto json = nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!json.is_discarded());
  FUZZ_CHECK(json["claims"].size() == report.claims.size());
  for (const auto& claim : json["claims"]) {
    const auto start = claim["start"].get<std::size_t>();
    const auto end = claim["end"].get<std::size_t>();
    // A UTF-8 byte never decodes to more than one UTF-16 unit, so the byte length bounds the UTF-16 length.
    FUZZ_CHECK(start <= end && end <= text.size());
    FUZZ_CHECK(claim["sentence"]["start"].get<std::size_t>() <= start);
    FUZZ_CHECK(end <= claim["sentence"]["end"].get<std::size_t>());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const claimcheck::Checker& checker = BundledChecker();
  CheckReport(text, checker.Check(text));
  claimcheck::CheckOptions options;
  options.date = claimcheck::CivilDate{2023, 4, 25};
  CheckReport(text, checker.Check(text, options));
  return 0;
}
