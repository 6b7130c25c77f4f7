// A report written while its text is checked (StreamReport in api.h). The run checks a slice of sentences at a time
// (CheckRun::Advance); after each slice its claims are taken out of the run, written, and dropped, and the written
// bytes leave in pieces of about chunk_bytes. What is held at once is the text, one slice's claims and one piece:
// nothing grows with the number of claims.
//
// JSON needs nothing of the whole text before its claims: the figures and the sentence count come after them. The
// text format starts with the counts, so its claims are held until the text is checked, up to the text's size (at
// least 1 MiB): memory stays under twice the text. A report longer than that is dropped, the run finishes counting,
// and a second run writes the claims as it goes. Only texts with more report than text pay the second check (news
// text makes about 0.7 bytes of text report a byte; a claim every 80 bytes makes 2.6).
#include <algorithm>
#include <vector>

#include "claimcheck/api.h"
#include "report/report_writer.h"
#include "service/report_text.h"

namespace claimcheck {
namespace {

constexpr std::size_t kSliceBytes = 16 * 1024;  // text checked between two takes of claims
constexpr std::size_t kMinTextHoldBytes = 1 << 20;

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

Result<bool> StreamText(const Service& service, CheckRun& run, std::string_view text, const CheckOptions& options,
                        std::string_view name, bool colour, const ReportSink& sink, std::size_t chunk_bytes) {
  // First run: count, holding the claims' text while it fits.
  const std::size_t hold_limit = std::max(kMinTextHoldBytes, text.size());
  VerdictCounts counts{};
  std::vector<std::string> held;  // pieces of about chunk_bytes
  std::size_t held_bytes = 0;
  bool holding = true;
  TextClaimWriter writer(text, colour);
  std::string piece;
  bool done = false;
  while (!done) {
    done = run.Advance(kSliceBytes);
    const std::vector<Claim> claims = run.TakeClaims();
    for (const Claim& claim : claims) {
      ++counts[static_cast<std::size_t>(claim.verdict)];
      if (!holding) continue;
      writer.Write(claim, &piece);
      if (piece.size() < chunk_bytes) continue;
      held_bytes += piece.size();
      held.push_back(std::move(piece));
      piece = std::string();
      if (held_bytes > hold_limit) {
        holding = false;
        held = std::vector<std::string>();
      }
    }
  }
  const std::size_t sentences = run.TakeReport().sentences;
  std::string out = TextSummary(name, sentences, counts);
  if (holding) {
    for (const std::string& p : held) {
      if (out.size() + p.size() > chunk_bytes && !out.empty()) {
        if (!sink(out)) return Result<bool>::Ok(false);
        out.clear();
      }
      out += p;
    }
    out += piece;
    return Result<bool>::Ok(sink(out));
  }
  // Second run: the counts are known; write the claims as they come.
  Result<CheckRun> again = service.Begin(text, options);
  if (!again.ok()) return Result<bool>::Fail(again.errors());
  CheckRun& second = again.value();
  TextClaimWriter rewriter(text, colour);
  done = false;
  while (!done) {
    done = second.Advance(kSliceBytes);
    if (!WriteTextClaims(second.TakeClaims(), rewriter, out, sink, chunk_bytes)) return Result<bool>::Ok(false);
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
      return StreamText(service, run.value(), text, options, name, colour, sink, chunk_bytes);
    case ReportFormat::kJson: return StreamJson(run.value(), text, 2, sink, chunk_bytes);
    case ReportFormat::kJsonLines: return StreamJson(run.value(), text, -1, sink, chunk_bytes);
  }
  return Result<bool>::Ok(false);
}

}  // namespace claimcheck
