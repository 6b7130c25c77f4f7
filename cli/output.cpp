// Text output for people: a summary line, then each claim with its place in the file and its explanation.
// Positions are 1-based line:column, columns counted in code points, as editors show them.
#include "output.h"

#include <array>
#include <cstddef>
#include <string>

namespace claimcheck::cli {
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

}  // namespace

void PrintReportText(std::ostream& out, const Report& report, std::string_view text, std::string_view name,
                     bool colour) {
  std::array<std::size_t, 3> counts{};
  for (const Claim& claim : report.claims) ++counts[static_cast<std::size_t>(claim.verdict)];
  const std::string_view reset = colour ? "\x1b[0m" : "";
  out << name << ": " << report.sentences << " sentences, " << report.claims.size() << " claims: " << counts[0]
      << " supported, " << counts[1] << " contradicted, " << counts[2] << " unverified\n";
  Position pos;
  std::size_t offset = 0;
  for (const Claim& claim : report.claims) {
    Advance(text, offset, claim.span.begin, &pos);
    offset = claim.span.begin;
    const Style style = StyleOf(claim.verdict);
    out << "\n  " << (colour ? style.colour : "") << style.mark << ' ' << VerdictName(claim.verdict) << reset
        << "  " << pos.line << ':' << pos.column << "  \""
        << text.substr(claim.span.begin, claim.span.end - claim.span.begin) << "\"";
    if (!claim.fact_id.empty()) out << "  (" << claim.fact_id << ')';
    out << "\n      " << claim.explanation << '\n';
  }
}

}  // namespace claimcheck::cli
