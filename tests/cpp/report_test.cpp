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
                            "statement", "source", "explanation", "figures", "agrees_with"}) {
    INFO(field);
    CHECK(claim.contains(field));
  }
  CHECK(claim["verdict"] == "contradicted");
  CHECK(claim["statement"].is_null());
  CHECK(claim["source"].is_null());
  CHECK(claim["sentence"]["end"] == 17);
  CHECK(claim["figures"].is_null());
  CHECK(claim["agrees_with"].is_null());
}

TEST_CASE("report: a contested figure's record is written once, with every source's value and date", "[report]") {
  Report report;
  for (int agrees : {1, -1}) {
    Claim c;
    c.verdict = agrees >= 0 ? Verdict::kSupported : Verdict::kContradicted;
    c.fact_id = "toll";
    c.slot = "quantity";
    c.span = {0, 3};
    c.sentence = {0, 3};
    c.figures = "toll#0";
    c.agrees_with = agrees;
    report.claims.push_back(c);
  }
  FigureRecord record{"toll#0", "toll", "deaths", "people", {}};
  record.values.push_back({"191,369", "documented killings", Source{"un", "UN count", "UN", "2014-08", "", {}},
                           ParseIsoDateRange("2014-08"), false});
  record.values.push_back({"about 500,000", "", std::nullopt, ParseIsoDateRange("2023-04-25"), true});
  record.values.push_back({"dozens", "", std::nullopt, ParseIsoDateRange("2011/2015"), false});
  record.values.push_back({"hundreds", "", std::nullopt, DateRange{ParseIsoDateRange("2000")->first,
                           ParseIsoDateRange("2009")->last, DateGranularity::kDecade}, false});
  record.values.push_back({"scores", "", std::nullopt, ParseIsoDateRange("2019-11/2020-02"), false});
  report.figures.push_back(record);
  const nlohmann::json json = nlohmann::json::parse(ReportToJson(report, "abc"));
  CHECK(json["claims"][0]["figures"] == "toll#0");
  CHECK(json["claims"][0]["agrees_with"] == 1);
  CHECK(json["claims"][1]["agrees_with"].is_null());
  const nlohmann::json& r = json["figures"]["toll#0"];
  CHECK(r["fact_id"] == "toll");
  CHECK(r["measure"] == "deaths");
  REQUIRE(r["values"].size() == 5);
  CHECK(r["values"][0]["label"] == "191,369");
  CHECK(r["values"][0]["note"] == "documented killings");
  CHECK(r["values"][0]["source"]["publisher"] == "UN");
  CHECK(r["values"][0]["as_of"] == "2014-08");
  CHECK(r["values"][1]["note"].is_null());
  CHECK(r["values"][1]["source"].is_null());
  CHECK(r["values"][1]["as_of"] == "2023-04-25");
  CHECK(r["values"][1]["retracted"] == true);
  CHECK(r["values"][2]["as_of"] == "2011/2015");
  CHECK(r["values"][3]["as_of"] == "2000s");  // a decade, written once
  CHECK(r["values"][4]["as_of"] == "2019-11/2020-02");
}

TEST_CASE("report: an empty report", "[report]") {
  CHECK(ReportToJson(Report{}, "") == R"({"claims":[],"figures":{},"sentences":0})");
}

}  // namespace
}  // namespace claimcheck
