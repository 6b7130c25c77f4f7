// Reports in the command line's formats (FormatReport in api.h). The text format is for people: a summary line,
// then each claim with its place in the file as 1-based line:column (columns in code points, as editors count
// them) and its explanation.
#include <array>

#include "claimcheck/api.h"

namespace claimcheck {
namespace {

struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

// Advances *pos over text[from, to). Called with increasing offsets, so the whole report costs one pass.
void Advance(std::string_view text, std::size_t from, std::size_t to, Position* pos) {
  for (std::size_t i = from; i < to && i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++pos->line;
      pos->column = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++pos->column;
    }
  }
}

struct Style {
  std::string_view mark;
  std::string_view colour;
};

Style StyleOf(Verdict verdict) {
  switch (verdict) {
    case Verdict::kSupported: return {"[ok]", "\x1b[32m"};
    case Verdict::kContradicted: return {"[!!]", "\x1b[31;1m"};
    case Verdict::kUnverified: return {"[??]", "\x1b[33m"};
  }
  return {"[??]", ""};
}

std::string ReportText(const Report& report, std::string_view text, std::string_view name, bool colour) {
  std::array<std::size_t, 3> counts{};
  for (const Claim& claim : report.claims) ++counts[static_cast<std::size_t>(claim.verdict)];
  const std::string_view reset = colour ? "\x1b[0m" : "";
  std::string out;
  out.reserve(128 + report.claims.size() * 200);
  out.append(name).append(": ").append(std::to_string(report.sentences)).append(" sentences, ");
  out.append(std::to_string(report.claims.size())).append(" claims: ").append(std::to_string(counts[0]));
  out.append(" supported, ").append(std::to_string(counts[1])).append(" contradicted, ");
  out.append(std::to_string(counts[2])).append(" unverified\n");
  Position pos;
  std::size_t offset = 0;
  for (const Claim& claim : report.claims) {
    Advance(text, offset, claim.span.begin, &pos);
    offset = claim.span.begin;
    const Style style = StyleOf(claim.verdict);
    out.append("\n  ").append(colour ? style.colour : "").append(style.mark).append(" ");
    out.append(VerdictName(claim.verdict)).append(reset).append("  ").append(std::to_string(pos.line));
    out.append(":").append(std::to_string(pos.column)).append("  \"").append(SpanText(text, claim.span)).append("\"");
    if (!claim.fact_id.empty()) out.append("  (").append(claim.fact_id).append(")");
    out.append("\n      ").append(claim.explanation).append("\n");
  }
  return out;
}

}  // namespace

std::string FormatReport(const Report& report, std::string_view text, ReportFormat format, std::string_view name,
                         bool colour) {
  switch (format) {
    case ReportFormat::kText: return ReportText(report, text, name, colour);
    case ReportFormat::kJson: return ReportToJson(report, text, 2) + "\n";
    case ReportFormat::kJsonLines: return ReportToJson(report, text) + "\n";
  }
  return {};
}

}  // namespace claimcheck
