// The claimcheck service: what every front door does, in one place. The native CLI, the WebAssembly module and,
// through the module, the JS package and the Node CLI are adapters of this header (and of command.h).
//
//   Result<Service> service = Service::Load({{"facts.json", json}});   // or Service::Bundled()
//   Result<Report> report = service.value().Check(text, {date});
//   std::string out = FormatReport(report.value(), text, ReportFormat::kJson, "draft.txt", false);
//
// A Service is immutable after loading and safe to share between threads. Nothing here throws, prints or exits:
// every failure is an Error with a stable code, the same code a JS caller sees on its CheckerError:
//   io            a file could not be read (the message says why)
//   encoding      a text is not UTF-8 (with or without byte-order mark) nor UTF-16 with a byte-order mark
//   too-large     a text is over ServiceOptions::max_text_bytes
//   bad-date      a publication date is not YYYY-MM-DD (a real day)
//   bad-json      a line of a JSON-lines batch is not a JSON object with a string "text"
//   ... and the fact-base codes of facts/README.md (syntax, missing-field, duplicate-id, ...).
#ifndef CLAIMCHECK_API_H_
#define CLAIMCHECK_API_H_

#include <cstddef>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/draft.h"
#include "claimcheck/extract.h"
#include "claimcheck/facts.h"
#include "claimcheck/match.h"
#include "claimcheck/report.h"
#include "claimcheck/result.h"

namespace claimcheck {

// One fact-base document as read from a file, a string or the network: JSON, or a compiled fact base (facts.h,
// IsCompiledFacts). `name` only names it in errors.
struct FactDocument {
  std::string name;
  std::string text;
};

struct ServiceOptions {
  // Texts longer than this (bytes of UTF-8) are refused with "too-large". The WebAssembly build sets
  // kWasmMaxTextBytes (its 2 GB heap and V8's string limit, docs/LIMITS.md); natively there is no limit.
  std::size_t max_text_bytes = std::numeric_limits<std::size_t>::max();
};

inline constexpr std::size_t kWasmMaxTextBytes = 16u * 1024u * 1024u;

class Service {
 public:
  // The fact base compiled into the library (bundled.h), read from its compiled form: no JSON is parsed. A program
  // that never calls it does not link that base (engine/src/service/bundled.cpp).
  static Result<Service> Bundled(const ServiceOptions& options = {});
  // One fact base from any number of documents: references may cross them (entities in one file, the facts that
  // name them in another), ids must be unique across them. No documents: an empty base (no facts), not the bundled
  // one (Bundled()).
  static Result<Service> Load(const std::vector<FactDocument>& documents, const ServiceOptions& options = {});
  // Every error of the documents taken as one fact base; empty when they load.
  static std::vector<Error> Validate(const std::vector<FactDocument>& documents);
  // Warnings about documents that load: facts that would never fire or fire everywhere (unknown offices, common
  // triggers, places without a country, figures without a subject; facts/README.md, "Warnings"). Empty when the
  // documents do not load (Validate says why).
  static std::vector<Error> Warnings(const std::vector<FactDocument>& documents);

  // An empty service (what a failed Result holds): every check fails with "no-facts".
  Service();
  Service(Service&&) noexcept;
  Service& operator=(Service&&) noexcept;
  ~Service();

  // The report of `text` (UTF-8), or "too-large".
  Result<Report> Check(std::string_view text, const CheckOptions& options = {}) const;
  // The same, a slice at a time (CheckRun::Advance); `text` must outlive the run. "too-large" up front.
  Result<CheckRun> Begin(std::string_view text, const CheckOptions& options = {}) const;
  // Every figure, date and time of `text` (extract.h), or "too-large". Needs no fact base: an empty service
  // extracts too. `date` as in a check (absent: the text's dateline, if any).
  Result<Extraction> Extract(std::string_view text, std::optional<CivilDate> date) const;

  // A fact base drafted from `text`, a trusted report (draft.h): indented JSON that loads as it is, or
  // "too-large", "invalid-url", "bad-date". Needs no fact base: an empty service drafts too.
  Result<std::string> Draft(std::string_view text, const DraftOptions& options = {}) const;

  // {"engine": version, "facts": {"name", "version", "count"}} as compact JSON.
  std::string InfoJson() const;
  const Checker& checker() const;  // a loaded service only
  const ServiceOptions& options() const;

 private:
  struct State;
  // A service on `base`, or its errors.
  static Result<Service> FromBase(Result<FactBase> base, const ServiceOptions& options);
  std::unique_ptr<State> state_;
};

// The text of a file or a pipe, as UTF-8. A UTF-8 byte-order mark is dropped, so offsets count from after it as
// JavaScript's TextDecoder does; UTF-16 with a byte-order mark (LE or BE) is converted (a lone surrogate becomes
// U+FFFD, one UTF-16 unit, as TextDecoder makes it). UTF-32, and UTF-16 without a byte-order mark, are refused
// with "encoding" naming what was found: they would be checked as garbage otherwise. Other bytes pass as they are
// (invalid UTF-8 is checked as U+FFFD, see report.h). `name` only names the text in the error.
Result<std::string> DecodeText(std::string bytes, std::string_view name);

// "2023-04-25" -> that day; "bad-date" (saying `what` was wrong: "--date", "\"date\"") otherwise.
Result<CivilDate> ParseDay(std::string_view text, std::string_view what);

enum class ReportFormat {
  kText,       // for people: a summary line, then per claim its verdict, line:column, words and explanation
  kJson,       // the report JSON, indented
  kJsonLines,  // the report JSON on one line
};

// The report of `text` in `format`, ending with a newline. `name` (the file, or "stdin") heads the text format;
// `colour` adds ANSI colours to it.
std::string FormatReport(const Report& report, std::string_view text, ReportFormat format, std::string_view name,
                         bool colour);

// Where StreamReport hands a report, a piece at a time: true when the piece was written, false when it could not be
// (a full disk, a closed descriptor, a reader gone), which stops the check.
using ReportSink = std::function<bool(std::string_view bytes)>;

inline constexpr std::size_t kReportChunkBytes = 64 * 1024;

// Checks `text` and writes its report in `format` while checking: the bytes, in order, are FormatReport's for the
// report Check gives, handed to `sink` in pieces of about `chunk_bytes` (a piece is cut between two claims, so it
// may pass chunk_bytes by one claim). The text is checked a slice at a time and each slice's claims are written and
// dropped, so what is held is the text, a slice's claims and a piece, whatever the number of claims. The text format
// opens with the counts: its claims are held until the end up to the text's size (at least 1 MiB), and past that
// the text is checked twice (the first time only counting). Errors of Begin ("too-large", "no-facts") come before
// any byte; otherwise the result is true when the whole report was written, false when the sink refused a piece
// (nothing was written or checked after it).
Result<bool> StreamReport(const Service& service, std::string_view text, const CheckOptions& options,
                          ReportFormat format, std::string_view name, bool colour, const ReportSink& sink,
                          std::size_t chunk_bytes = kReportChunkBytes);

// {"code", "message", "file"?, "pointer"?, "line"?, "column"?} as compact JSON: the one error shape every front
// door passes on (JS rebuilds its CheckerError from it).
std::string ErrorToJson(const Error& error);

// One line of a JSON-lines batch: {"id"?, "text", "date"?} in, one line out (no newline). A line that cannot be
// checked (blank, not JSON, no "text", a bad "date", too large) gives an error line and *error is set:
//   {"id": <the id, or null>, "line": <line_number>, "error": {"code", "message"}}
// A good line gives {"id": <id or null>, "claims": [...], "sentences": n}.
std::string CheckJsonLine(const Service& service, std::string_view line, std::size_t line_number,
                          std::optional<CivilDate> default_date, std::optional<Error>* error);
// The same for the extraction: {"id", "reference", "reference_from", "mentions": [...], "sentences"} (docs/EXTRACT.md),
// or the same error line.
std::string ExtractJsonLine(const Service& service, std::string_view line, std::size_t line_number,
                            std::optional<CivilDate> default_date, std::optional<Error>* error);
// The error line for a line that could not even be read (an id of null).
std::string JsonLineError(std::size_t line_number, const Error& error);

}  // namespace claimcheck

#endif  // CLAIMCHECK_API_H_
