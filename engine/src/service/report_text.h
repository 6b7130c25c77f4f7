// The text format of reports (FormatReport, StreamReport in api.h) in its two pieces: the summary line, which
// needs the counts of the whole report, and the claims, written one after another in document order.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "claimcheck/report.h"

namespace claimcheck {

// Claims per verdict, indexed by Verdict.
using VerdictCounts = std::array<std::size_t, 3>;

// "NAME: N sentences, M claims: a supported, b contradicted, c unverified\n".
std::string TextSummary(std::string_view name, std::size_t sentences, const VerdictCounts& counts);

// Writes claims as the text format shows them: verdict, 1-based line:column (columns in code points, as editors
// count them), the words and the explanation. Claims come in document order, so the whole report costs one pass
// over the text. `text` must outlive the writer.
class TextClaimWriter {
 public:
  TextClaimWriter(std::string_view text, bool colour) : text_(text), colour_(colour) {}
  void Write(const Claim& claim, std::string* out);

 private:
  std::string_view text_;
  bool colour_;
  std::size_t line_ = 1;
  std::size_t column_ = 1;
  std::size_t offset_ = 0;  // the byte line_:column_ is at
};

}  // namespace claimcheck
