// The report: what the engine says about each claim of a text. One JSON shape for the CLI, WASM and JS.
//
// Inside the engine spans are UTF-8 byte offsets (ByteSpan). ReportToJson converts them to UTF-16 code units,
// the unit of JavaScript string indexes, so that `text.slice(claim.start, claim.end) === claim.text` in JS.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/facts.h"
#include "claimcheck/text.h"

namespace claimcheck {

enum class Verdict { kSupported, kContradicted, kUnverified };
std::string_view VerdictName(Verdict verdict);  // "supported", "contradicted", "unverified"

struct Claim {
  Verdict verdict = Verdict::kUnverified;
  std::string fact_id;          // empty: no fact covers the claim (JSON null)
  std::string slot;             // what was compared: "quantity", "date", "place", "participants", "role", ...
  ByteSpan span;                // the words the verdict is about, UTF-8 bytes into the checked text
  ByteSpan sentence;            // the sentence holding them
  std::string found;            // the text's value, readable ("80,000", "26 April 2023")
  std::string expected;         // the fact base's value, readable ("about 500,000"); empty when unverified
  std::string statement;        // the fact's statement
  std::optional<Source> source;  // where the fact base has it from (its aliases, for matching text, left out)
  std::string explanation;      // one plain sentence
  // A figure several sources give (a contested toll): the key of its record in Report::figures, and which of its
  // values the claim agrees with (-1: none, or no record).
  std::string figures;
  int agrees_with = -1;
};

// One source's value of a contested figure, as the fact base has it.
struct SourcedFigure {
  std::string label;             // how the source put it ("about 500,000")
  std::string note;              // what it counts, if not only the measure ("civilians only")
  std::optional<Source> source;  // as in Claim::source
  std::optional<DateRange> as_of;
  bool retracted = false;
};

// Every value of a contested figure: who said what, when. Keyed in the report by "<fact id>#<slot>".
struct FigureRecord {
  std::string key;
  std::string fact_id;
  std::string measure;  // "deaths"
  std::string unit;     // "people"
  std::vector<SourcedFigure> values;
};

struct Report {
  std::vector<Claim> claims;    // in document order
  std::vector<FigureRecord> figures;  // the records claims point to (Claim::figures), each once
  std::size_t sentences = 0;
};

// The report as compact JSON (indent < 0) or pretty-printed. Offsets become UTF-16 code units of `text`, which
// must be the text the report was made from. Invalid UTF-8 in `text` is replaced by U+FFFD in the output
// strings (each invalid byte counts as one UTF-16 unit, as TextDecoder would decode it).
std::string ReportToJson(const Report& report, std::string_view text, int indent = -1);

}  // namespace claimcheck
