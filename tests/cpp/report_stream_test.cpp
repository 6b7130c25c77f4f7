// StreamReport (api.h, engine/src/service/report_stream.cpp): the report written while the text is checked.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "claimcheck/api.h"
#include "claimcheck/command.h"
#include "support/allocations.h"
#include "work_counters.h"

namespace claimcheck {
namespace {

// A base of the test's own: a contested toll (two sources, so claims point to a figure record) and a plain figure.
constexpr std::string_view kBase = R"({"name": "ruritania", "version": "1",
  "sources": [{"id": "a", "title": "Count A", "publisher": "Monitor A", "date": "2020-01-01"},
              {"id": "b", "title": "Count B", "publisher": "Monitor B", "date": "2021-06-01"}],
  "entities": [{"id": "rur", "name": "Ruritania", "kind": "country", "aliases": ["Ruritania"]}],
  "facts": [
    {"id": "toll", "kind": "quantity", "statement": "The war in Ruritania killed some 5,000 people.",
     "sources": ["a", "b"], "triggers": ["killed", "dead"], "about": {"entities": ["rur"], "terms": [["war"]]},
     "measure": "deaths", "unit": "people",
     "values": [{"value": {"exact": 5000}, "label": "5,000", "source": "a", "as_of": "2020"},
                {"value": {"approx": 6000, "tolerance": 0.05}, "label": "about 6,000", "source": "b",
                 "as_of": "2021-06"}]},
    {"id": "army", "kind": "quantity", "statement": "Ruritania's army has 12,000 soldiers.", "sources": ["a"],
     "triggers": ["soldiers", "troops"], "about": {"entities": ["rur"]}, "measure": "army size", "unit": "people",
     "values": [{"value": {"exact": 12000}}]}]})";

std::string Repeat(std::string_view piece, std::size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += piece;
  return out;
}

// Bytes no UTF-8 decoder accepts as they are, and some it does (accents, an astral emoji), dropped into `text`
// every `every` bytes: inside words, between sentences, across slice boundaries.
std::string WithOddBytes(std::string text, std::size_t every) {
  const std::string odd[] = {"\xFF", "\xC3", "\xED\xA0\x80", "\xF0\x9F\x98\x80", "\xC3\xA9", "\xE2\x82", "\r\n"};
  std::string out;
  for (std::size_t i = 0, k = 0; i < text.size(); i += every, ++k) {
    out += text.substr(i, every);
    out += odd[k % std::size(odd)];
  }
  return out + "\xE2\x82";  // a sequence cut short at the very end
}

struct Streamed {
  std::string bytes;
  std::size_t pieces = 0;
  std::size_t largest_piece = 0;
  bool done = false;
};

Streamed Stream(const Service& service, std::string_view text, ReportFormat format, bool colour,
                std::size_t chunk_bytes) {
  Streamed s;
  const Result<bool> result = StreamReport(
      service, text, {}, format, "t.txt", colour,
      [&](std::string_view bytes) {
        s.bytes.append(bytes);
        ++s.pieces;
        s.largest_piece = std::max(s.largest_piece, bytes.size());
        return true;
      },
      chunk_bytes);
  REQUIRE(result.ok());
  s.done = result.value();
  return s;
}

TEST_CASE("stream: the streamed report is FormatReport's, byte for byte, in every format and chunk size",
          "[stream]") {
  Result<Service> own = Service::Load({{"r.json", std::string(kBase)}});
  REQUIRE(own.ok());
  Result<Service> bundled = Service::Bundled();
  REQUIRE(bundled.ok());
  const std::string own_paragraph =
      "The war in Ruritania has killed 5,000 people, Monitor A said.\n"
      "Ruritania's army has 14,000 soldiers. The weather was fine and nothing else happened.\n"
      "In the war, about 6,000 people are dead in Ruritania, and the army fielded 12,000 troops.\n\n";
  const std::string bundled_paragraph =
      "Moscow, 25 April 2023 (TDI): Russia's defense minister hosted his counterparts from Iran, Syria, and "
      "Turkiye for talks.\nLast year, defense ministers of Turkiye and Syria met in Moscow on Dec 21. "
      "Syria's civil war has left 80,000 people dead. Syria's war killed 500,000 people, the monitor said.\n\n";
  struct Row {
    const char* what;
    const Service* service;
    std::string text;
  };
  const Row rows[] = {
      {"empty", &own.value(), ""},
      {"no claim", &own.value(), "The weather was fine today. Nothing happened in the capital.\n"},
      {"one claim", &own.value(), "The war in Ruritania has killed 7,000 people."},
      {"many slices", &own.value(), Repeat(own_paragraph, 120'000)},
      {"many slices, invalid UTF-8 and CRLF", &own.value(), WithOddBytes(Repeat(own_paragraph, 60'000), 97)},
      {"bundled base, many slices", &bundled.value(), Repeat(bundled_paragraph, 90'000)},
      {"bundled base, invalid UTF-8", &bundled.value(), WithOddBytes(Repeat(bundled_paragraph, 40'000), 61)},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    const Report report = row.service->Check(row.text).value();
    if (row.text.size() > 10'000) {
      REQUIRE(report.claims.size() > 100);
      REQUIRE_FALSE(report.figures.empty());
    }
    for (const ReportFormat format : {ReportFormat::kText, ReportFormat::kJson, ReportFormat::kJsonLines}) {
      for (const bool colour : {false, true}) {
        if (colour && format != ReportFormat::kText) continue;
        const std::string expected = FormatReport(report, row.text, format, "t.txt", colour);
        for (const std::size_t chunk : {std::size_t{0}, std::size_t{1}, std::size_t{777}, kReportChunkBytes}) {
          INFO("format " << static_cast<int>(format) << ", colour " << colour << ", chunk " << chunk);
          const Streamed s = Stream(*row.service, row.text, format, colour, chunk);
          CHECK(s.done);
          CHECK(s.bytes == expected);
          if (chunk == 0 && format != ReportFormat::kText) CHECK(s.pieces == report.claims.size() + 1);
        }
      }
    }
  }
}

TEST_CASE("stream: errors come before any byte; a refused piece stops the check", "[stream]") {
  Result<Service> own = Service::Load({{"r.json", std::string(kBase)}}, ServiceOptions{100});
  REQUIRE(own.ok());
  std::size_t calls = 0;
  const ReportSink count = [&](std::string_view) { return ++calls, true; };
  const Result<bool> large =
      StreamReport(own.value(), std::string(101, 'x'), {}, ReportFormat::kJson, "t", false, count);
  REQUIRE_FALSE(large.ok());
  CHECK(large.errors()[0].code == "too-large");
  CHECK(calls == 0);
  CHECK(StreamReport(Service(), "x", {}, ReportFormat::kText, "t", false, count).errors()[0].code == "no-facts");

  Result<Service> service = Service::Load({{"r.json", std::string(kBase)}});
  const std::string text = Repeat("The war in Ruritania has killed 7,000 people. ", 200'000);
  const std::size_t sentences = service.value().Check(text).value().sentences;
  for (const ReportFormat format : {ReportFormat::kJson, ReportFormat::kJsonLines, ReportFormat::kText}) {
    WorkScope work;
    std::size_t pieces = 0;
    const Result<bool> stopped = StreamReport(service.value(), text, {}, format, "t", false,
                                              [&](std::string_view) { return ++pieces < 2; });
    REQUIRE(stopped.ok());
    CHECK_FALSE(stopped.value());
    CHECK(pieces == 2);
    // JSON stops within a slice of the refusal; the text format holds its claims (the whole text is read once to
    // count them, at most twice when they pass the hold) and stops at the refusal in the second pass.
    if (format == ReportFormat::kText) {
      CHECK(work.counters().sentences < 2 * sentences);
    } else {
      CHECK(work.counters().sentences < sentences / 10);
    }
  }
}

// Memory, counted: the claims of a dense text (one every ~47 bytes) grow with the text, the buffers do not.
TEST_CASE("stream: no buffer grows with the number of claims", "[stream][memory]") {
  Result<Service> service = Service::Load({{"r.json", std::string(kBase)}});
  REQUIRE(service.ok());
  const std::string sentence = "The war in Ruritania has killed 7,000 people. ";
  const std::string small = Repeat(sentence, 250'000);
  const std::string large = Repeat(sentence, 1'000'000);
  struct Measured {
    std::size_t claims = 0;
    std::uint64_t largest_allocation = 0;
    std::size_t largest_piece = 0;
    std::size_t pieces = 0;
    std::uint64_t sentences_before_first_piece = 0;
  };
  const auto measure = [&](const std::string& text, ReportFormat format) {
    Measured m;
    WorkScope work;
    testing::AllocationScope allocations;
    const Result<bool> done = StreamReport(service.value(), text, {}, format, "t", false, [&](std::string_view bytes) {
      if (m.pieces++ == 0) m.sentences_before_first_piece = work.counters().sentences;
      m.largest_piece = std::max(m.largest_piece, bytes.size());
      return true;
    });
    CHECK(done.value());
    m.claims = work.counters().claims;
    m.largest_allocation = allocations.counts().largest;
    return m;
  };
  for (const ReportFormat format : {ReportFormat::kJson, ReportFormat::kJsonLines}) {
    const Measured one = measure(small, format);
    const Measured four = measure(large, format);
    INFO("largest allocation " << one.largest_allocation << " -> " << four.largest_allocation << ", pieces "
                               << one.pieces << " -> " << four.pieces);
    REQUIRE(one.claims > 5'000);
    CHECK(four.claims >= 4 * one.claims - 4);
    CHECK(four.pieces >= 3 * one.pieces);  // the report leaves as the check goes ...
    CHECK(one.largest_piece < kReportChunkBytes + 4096);  // ... a piece at a time: a chunk and at most one claim
    CHECK(four.largest_piece < kReportChunkBytes + 4096);
    CHECK(four.sentences_before_first_piece == one.sentences_before_first_piece);
    CHECK(four.sentences_before_first_piece < 2'000);
    CHECK(four.largest_allocation < 1'000'000);  // a slice's claims and a chunk
    CHECK(four.largest_allocation <= one.largest_allocation + one.largest_allocation / 4);
  }
  // The whole report at once holds one string of the whole JSON.
  testing::AllocationScope whole;
  const std::string json = FormatReport(service.value().Check(large).value(), large, ReportFormat::kJson, "t", false);
  CHECK(whole.counts().largest >= json.size());
}

// The text format opens with its counts: claims are held up to the text's size (at least 1 MiB); past that the
// run is copied and goes on counting, and the copy checks the rest again. Counted in sentences analysed.
TEST_CASE("stream: the text format checks a part twice only when its claims outgrow the hold", "[stream][memory]") {
  Result<Service> service = Service::Load({{"r.json", std::string(kBase)}});
  REQUIRE(service.ok());
  const auto sentences_analysed = [&](const std::string& text, std::size_t chunk) {
    const Report report = service.value().Check(text).value();
    WorkScope work;
    const Streamed s = Stream(service.value(), text, ReportFormat::kText, false, chunk);
    CHECK(s.bytes == FormatReport(report, text, ReportFormat::kText, "t.txt", false));
    return static_cast<double>(work.counters().sentences) / static_cast<double>(report.sentences);
  };
  const std::string filler = "The weather was fine today and the market was calm for the whole of the week. ";
  const std::string claim = "The war in Ruritania has killed 7,000 people. ";
  // A claim in every 200 bytes of text: its report is shorter than the text, held, one pass.
  CHECK(sentences_analysed(Repeat(filler + filler + claim, 600'000), kReportChunkBytes) == 1.0);
  // A claim in every 46 bytes: its report is four times the text and over 1 MiB; what does not fit is checked
  // again (1 MiB of its 1.7 MB fits: 40 % of the text twice).
  for (const std::size_t chunk : {std::size_t{1}, kReportChunkBytes}) {
    const double passes = sentences_analysed(Repeat(claim, 400'000), chunk);
    CHECK(passes > 1.3);
    CHECK(passes < 1.5);
  }
}

}  // namespace
}  // namespace claimcheck
