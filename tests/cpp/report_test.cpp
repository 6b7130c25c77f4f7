// Report JSON: UTF-16 offsets that JavaScript can slice with, and the shape of a claim.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "claimcheck/report.h"

namespace claimcheck {
namespace {

// A report with one claim over `word` inside `text`; returns the JSON claim.
nlohmann::json OneClaim(const std::string& text, const std::string& word) {
  Report report;
  Claim c;
  c.verdict = Verdict::kContradicted;
  c.fact_id = "f";
  c.slot = "quantity";
  const std::size_t at = text.find(word);
  c.span = {at, at + word.size()};
  c.sentence = {0, text.size()};
  c.found = word;
  c.expected = "about 500,000";
  c.explanation = "e";
  report.claims.push_back(c);
  report.sentences = 1;
  return nlohmann::json::parse(ReportToJson(report, text))["claims"][0];
}

TEST_CASE("report: offsets are UTF-16 code units", "[report]") {
  struct Row {
    std::string text;
    std::string word;
    int start;  // in UTF-16 code units
  };
  const std::vector<Row> rows = {
      {"plain 80,000 dead", "80,000", 6},
      {"\xF0\x9F\x87\xB8\xF0\x9F\x87\xBE 80,000", "80,000", 5},  // flag emoji: two surrogate pairs
      {"\xE7\xA9\xBA\xE7\x88\x86 80,000", "80,000", 3},           // CJK: one unit each
      {"e\xCC\x81t\xC3\xA9 80,000", "80,000", 5},                 // combining acute + precomposed
      {"line\r\n80,000", "80,000", 6},                            // CRLF
      {"bad \xFF\xFE bytes 80,000", "80,000", 13},                 // each invalid byte is one U+FFFD
      {"cut \xE2\x82 80,000", "80,000", 6},                        // a truncated sequence is one U+FFFD
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const nlohmann::json claim = OneClaim(row.text, row.word);
    CHECK(claim["start"] == row.start);
    CHECK(claim["end"] == row.start + 6);
    CHECK(claim["text"] == row.word);
  }
}

TEST_CASE("report: a claim has every field, null where there is nothing", "[report]") {
  const nlohmann::json claim = OneClaim("Some 80,000 died.", "80,000");
  for (const char* field : {"verdict", "fact_id", "slot", "start", "end", "text", "sentence", "found", "expected",
                            "statement", "source", "explanation"}) {
    INFO(field);
    CHECK(claim.contains(field));
  }
  CHECK(claim["verdict"] == "contradicted");
  CHECK(claim["statement"].is_null());
  CHECK(claim["source"].is_null());
  CHECK(claim["sentence"]["end"] == 17);
}

TEST_CASE("report: an empty report", "[report]") {
  CHECK(ReportToJson(Report{}, "") == R"({"claims":[],"sentences":0})");
}

}  // namespace
}  // namespace claimcheck
