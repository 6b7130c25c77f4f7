// Hostile input, end to end: what the checker and the fact-base loader do with text and JSON no author would
// write. Every case has a defined outcome (a report or an Error with a code), never a crash or a hang; time is
// linear in the size of the input. docs/LIMITS.md states the limits these tests hold the engine to.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimcheck/bundled.h"
#include "claimcheck/match.h"

namespace claimcheck {
namespace {

// --- Helpers ----------------------------------------------------------------------------------------------------

// Sanitizer and debug builds run 10-50x slower: they check 4x smaller texts (the ratios are what is tested).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSlowBuild = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSlowBuild = true;
#else
constexpr bool kSlowBuild = false;
#endif
#elif !defined(NDEBUG)
constexpr bool kSlowBuild = true;
#else
constexpr bool kSlowBuild = false;
#endif
constexpr std::size_t kMiB = 1024 * 1024;
constexpr std::size_t kLinearBase = kSlowBuild ? kMiB / 4 : kMiB;  // checked at 1x and 4x

const Checker& BundledChecker() {
  static const Checker* checker = [] {
    Result<FactBase> facts = FactBase::FromJson(BundledFactsJson(), BundledFactsFileName());
    REQUIRE(facts.ok());
    return new Checker(std::move(facts.value()));
  }();
  return *checker;
}

Report CheckText(std::string_view text) { return BundledChecker().Check(text, CheckOptions{CivilDate{2023, 4, 25}}); }

// A paragraph that the bundled fact base has claims in (supported and contradicted).
constexpr const char* kArticle =
    "Syria's civil war has killed more than 500,000 people and displaced 12 million. Defence ministers of Russia, "
    "Iran, Syria and Turkey met in Moscow on 25 April 2023. Turkey launched airstrikes on northern Syria on 20 "
    "November 2022. Since 2016, Turkey has launched four military incursions into Syria.\n\n";

// `unit` repeated up to exactly `size` bytes.
std::string Repeat(std::string_view unit, std::size_t size) {
  std::string out;
  out.reserve(size + unit.size());
  while (out.size() < size) out.append(unit);
  out.resize(size);
  return out;
}

// Words of kArticle without its punctuation, as one sentence of `size` bytes.
std::string NoPunctuation(std::size_t size) {
  std::string unit(kArticle);
  unit.erase(std::remove_if(unit.begin(), unit.end(), [](char c) { return c == '.' || c == '\n' || c == ','; }),
             unit.end());
  return Repeat(unit + " ", size);
}

double CpuSeconds(const std::function<void()>& run) {
  const std::clock_t start = std::clock();
  run();
  return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

// The report is well formed: spans inside the text and their sentence; the JSON parses and its UTF-16 offsets are
// ordered and within the text's UTF-16 length (never more units than bytes).
void RequireSaneReport(std::string_view text, const Report& report) {
  for (const Claim& c : report.claims) {
    REQUIRE(c.span.begin <= c.span.end);
    REQUIRE(c.span.end <= text.size());
    REQUIRE(c.sentence.begin <= c.span.begin);
    REQUIRE(c.span.end <= c.sentence.end);
  }
  const nlohmann::json json = nlohmann::json::parse(ReportToJson(report, text));
  REQUIRE(json["claims"].size() == report.claims.size());
  for (const nlohmann::json& claim : json["claims"]) {
    const auto start = claim["start"].get<std::size_t>();
    const auto end = claim["end"].get<std::size_t>();
    REQUIRE(start <= end);
    REQUIRE(end <= text.size());
  }
}

// --- Size: linear time, bounded pieces ----------------------------------------------------------------------------

TEST_CASE("hostile: a sentence without punctuation is checked in pieces of kMaxSentenceBytes", "[hostile][size]") {
  const std::string text = NoPunctuation(kMiB);
  const std::vector<ByteSpan> sentences = SplitSentences(text);
  REQUIRE(sentences.size() >= kMiB / kMaxSentenceBytes);
  for (const ByteSpan& s : sentences) {
    CHECK(s.end - s.begin <= kMaxSentenceBytes);
    CHECK(text[s.begin] != ' ');
    CHECK(text[s.end - 1] != ' ');
    CHECK((s.end == text.size() || text[s.end] == ' '));  // cut between words
  }
  // One 100 KB "word" of 2-byte letters is cut on code point boundaries.
  std::string word;
  while (word.size() < 100000) word += "\xC3\xA9";  // é
  for (const ByteSpan& s : SplitSentences(word)) {
    CHECK(s.end - s.begin <= kMaxSentenceBytes);
    CHECK((s.begin % 2 == 0 && s.end % 2 == 0));
  }
  const Report report = CheckText(text);
  CHECK(report.sentences == sentences.size());
  CHECK_FALSE(report.claims.empty());
  RequireSaneReport(text, report);
}

TEST_CASE("hostile: checking time is linear in the size of the text (1x vs 4x)", "[hostile][size]") {
  struct Kind {
    const char* name;
    std::function<std::string(std::size_t)> make;
  };
  const Kind kinds[] = {
      {"an article repeated", [](std::size_t n) { return Repeat(kArticle, n); }},
      {"one sentence without punctuation", NoPunctuation},
      {"figures and trigger words only",
       [](std::size_t n) { return Repeat("killed 500,000 people displaced 12 million met in Moscow 2023 ", n); }},
  };
  for (const Kind& kind : kinds) {
    INFO(kind.name);
    const std::string small = kind.make(kLinearBase);
    const std::string large = kind.make(4 * kLinearBase);
    CheckText(small);  // warm-up: the first Check builds lazy tables
    double t1 = 1e9, t4 = 1e9;
    for (int run = 0; run < 2; ++run) {  // best of two, against noise from other processes
      t1 = std::min(t1, CpuSeconds([&] { CheckText(small); }));
      t4 = std::min(t4, CpuSeconds([&] { CheckText(large); }));
    }
    INFO("1x: " << t1 << " s, 4x: " << t4 << " s");
    CHECK(t4 < 8 * std::max(t1, 0.01));  // linear is 4x; quadratic would be 16x
  }
}

}  // namespace
}  // namespace claimcheck
