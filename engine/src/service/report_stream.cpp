// A report written while its text is checked (StreamReport in api.h). The run checks a slice of sentences at a time
// (CheckRun::Advance); after each slice its claims are taken out of the run, written, and dropped, and the written
// bytes leave in pieces of about chunk_bytes. What is held at once is the text, one slice's claims and one piece:
// nothing grows with the number of claims.
//
// JSON needs nothing of the whole text before its claims: the figures and the sentence count come after them. The
// text format starts with the counts, so its claims are held until the text is checked, up to the text's size (at
// least 1 MiB): memory stays under twice the text. Where a report outgrows that, the run is copied (CheckRun::Fork)
// and goes on only counting; once the counts are written, the copy checks the rest of the text again and writes its
// claims as they come. Only texts with more report than text check a part twice (news text makes about 0.7 bytes
// of text report a byte of text; a claim every 80 bytes makes 2.6, and then 60 % of the text is checked twice).
#include <algorithm>
#include <optional>
#include <vector>

#include "claimcheck/api.h"
#include "report/report_writer.h"
#include "service/report_text.h"

namespace claimcheck {
namespace {

constexpr std::size_t kSliceBytes = 16 * 1024;  // text checked between two takes of claims
constexpr std::size_t kMinTextHoldBytes = 1 << 20;
constexpr std::size_t kHoldPieceBytes = 64 * 1024;

Result<bool> StreamJson(CheckRun& run, std::string_view text, int indent, const ReportSink& sink,
                        std::size_t chunk_bytes) {
  ReportJsonWriter writer(text, indent, {}, &sink, chunk_bytes);
  bool done = false;
  while (!done) {
    done = run.Advance(kSliceBytes);
    if (!writer.AddClaims(run.TakeClaims())) return Result<bool>::Ok(false);
  }
  const Report report = run.TakeReport();
  writer.Finish(report.figures, report.sentences);
  std::string& rest = writer.buffer();
  rest += '\n';
  return Result<bool>::Ok(sink(rest));
}

// Appends the text format of `claims` to `out`, handing `out` to `sink` whenever it passes chunk_bytes.
bool WriteTextClaims(const std::vector<Claim>& claims, TextClaimWriter& writer, std::string& out,
                     const ReportSink& sink, std::size_t chunk_bytes) {
  for (const Claim& claim : claims) {
    writer.Write(claim, &out);
    if (out.size() >= chunk_bytes) {
      if (!sink(out)) return false;
      out.clear();
    }
  }
  return true;
}

Result<bool> StreamText(CheckRun& run, std::string_view text, std::string_view name, bool colour,
                        const ReportSink& sink, std::size_t chunk_bytes) {
  // Count every claim, holding the text of the first ones while it fits (in pieces, so that it never grows by
  // copying); where it stops fitting, keep a copy of the run and of where the writer is, to write the rest from
  // once the counts are known.
  const std::size_t hold_limit = std::max(kMinTextHoldBytes, text.size());
  VerdictCounts counts{};
  std::vector<std::string> held(1);
  std::size_t held_bytes = 0;
  TextClaimWriter writer(text, colour);
  std::optional<CheckRun> rest;  // the run where the hold filled up
  std::optional<TextClaimWriter> rest_writer;
  bool done = false;
  while (!done) {
    done = run.Advance(kSliceBytes);
    const std::vector<Claim> claims = run.TakeClaims();
    for (const Claim& claim : claims) ++counts[static_cast<std::size_t>(claim.verdict)];
    if (rest) continue;
    for (const Claim& claim : claims) {
      const std::size_t before = held.back().size();
      writer.Write(claim, &held.back());
      held_bytes += held.back().size() - before;
      if (held.back().size() >= kHoldPieceBytes) held.emplace_back();
    }
    if (held_bytes > hold_limit && !done) {
      rest = run.Fork();
      rest_writer = writer;
    }
  }
  const std::size_t sentences = run.TakeReport().sentences;
  std::string out = TextSummary(name, sentences, counts);
  for (std::string& piece : held) {
    out += piece;
    piece = std::string();
    if (out.size() >= chunk_bytes) {
      if (!sink(out)) return Result<bool>::Ok(false);
      out.clear();
    }
  }
  if (rest) {
    // The counts are known: the claims past the hold are checked again from the copy and written as they come.
    done = false;
    while (!done) {
      done = rest->Advance(kSliceBytes);
      if (!WriteTextClaims(rest->TakeClaims(), *rest_writer, out, sink, chunk_bytes)) return Result<bool>::Ok(false);
    }
  }
  return Result<bool>::Ok(out.empty() || sink(out));
}

}  // namespace

Result<bool> StreamReport(const Service& service, std::string_view text, const CheckOptions& options,
                          ReportFormat format, std::string_view name, bool colour, const ReportSink& sink,
                          std::size_t chunk_bytes) {
  Result<CheckRun> run = service.Begin(text, options);
  if (!run.ok()) return Result<bool>::Fail(run.errors());
  switch (format) {
    case ReportFormat::kText:
      return StreamText(run.value(), text, name, colour, sink, chunk_bytes);
    case ReportFormat::kJson: return StreamJson(run.value(), text, 2, sink, chunk_bytes);
    case ReportFormat::kJsonLines: return StreamJson(run.value(), text, -1, sink, chunk_bytes);
  }
  return Result<bool>::Ok(false);
}

}  // namespace claimcheck
