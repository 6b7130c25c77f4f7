// Reports in the command line's formats (FormatReport in api.h). The text format is for people: a summary line,
// then each claim with its place in the file as 1-based line:column (columns in code points, as editors count
// them) and its explanation.
#include "service/report_text.h"

#include "claimcheck/api.h"

namespace claimcheck {
namespace {

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
  VerdictCounts counts{};
  for (const Claim& claim : report.claims) ++counts[static_cast<std::size_t>(claim.verdict)];
  std::string out = TextSummary(name, report.sentences, counts);
  out.reserve(128 + report.claims.size() * 200);
  TextClaimWriter writer(text, colour);
  for (const Claim& claim : report.claims) writer.Write(claim, &out);
  return out;
}

}  // namespace

std::string TextSummary(std::string_view name, std::size_t sentences, const VerdictCounts& counts) {
  std::string out;
  out.append(name).append(": ").append(std::to_string(sentences)).append(" sentences, ");
  out.append(std::to_string(counts[0] + counts[1] + counts[2])).append(" claims: ").append(std::to_string(counts[0]));
  out.append(" supported, ").append(std::to_string(counts[1])).append(" contradicted, ");
  out.append(std::to_string(counts[2])).append(" unverified\n");
  return out;
}

void TextClaimWriter::Write(const Claim& claim, std::string* out) {
  // Advances line:column over the text up to the claim.
  for (std::size_t i = offset_; i < claim.span.begin && i < text_.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text_[i]);
    if (byte == '\n') {
      ++line_;
      column_ = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++column_;
    }
  }
  offset_ = claim.span.begin;
  const Style style = StyleOf(claim.verdict);
  const std::string_view reset = colour_ ? "\x1b[0m" : "";
  out->append("\n  ").append(colour_ ? style.colour : "").append(style.mark).append(" ");
  out->append(VerdictName(claim.verdict)).append(reset).append("  ").append(std::to_string(line_));
  out->append(":").append(std::to_string(column_)).append("  \"").append(SpanText(text_, claim.span)).append("\"");
  if (!claim.fact_id.empty()) out->append("  (").append(claim.fact_id).append(")");
  out->append("\n      ").append(claim.explanation).append("\n");
}

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
