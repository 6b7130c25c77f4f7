// Drafting: a fact base from a trusted report (wire copy, an official statement), for an editor to review.
//
//   DraftOptions options;
//   options.date = CivilDate{2023, 9, 14};             // else the dateline's date, else none
//   Result<std::string> json = DraftFacts(report, options);
//   // json.value(): a fact base (facts/README.md) that loads as it is: one source, the entities the report
//   // names, one fact per checkable claim (quantity, count, event, period, role, ordinal).
//
// What comes back always loads (FactBase::FromJson gives no error) and gives none of the warnings of
// `claimcheck validate` (lint): every fact is checked before it is written, and a fact that would not load or
// would warn is left out. An empty text, or one without a checkable claim, gives a base without facts. The
// drafter writes less when unsure: a figure whose subject it cannot tell, a place it cannot locate, a date it
// cannot resolve are left out, and facts that need a reviewer's eye carry a `note`. Nothing here throws, prints or
// aborts; the work is linear in the length of the text (a sentence at a time), and at most kMaxDraftFacts facts are
// written.
//
// Errors: "invalid-url" (options.url that is not http or https), "bad-date" (a date outside the years a fact
// base can hold).
#ifndef CLAIMCHECK_DRAFT_H_
#define CLAIMCHECK_DRAFT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "claimcheck/dates.h"
#include "claimcheck/result.h"

namespace claimcheck {

inline constexpr std::size_t kMaxDraftFacts = 2000;
inline constexpr std::size_t kMaxDraftEntities = 2000;

struct DraftOptions {
  // The report's publication date: resolves "on Thursday", "last year", a day without a year, and dates the
  // source. Absent: the dateline's ("FRANKFURT, 14 September 2023 (Reuters) -"); absent too: none, and only
  // dates the report writes in full are drafted.
  std::optional<CivilDate> date;
  std::string source_title;  // "" : the report's first sentence, shortened
  std::string publisher;     // "" : the agency in the dateline ("Reuters"), else "unknown publisher"
  std::string url;           // "" : none; else http(s)
};

// The fact base drafted from `text` (UTF-8), as indented JSON text ending with a newline.
Result<std::string> DraftFacts(std::string_view text, const DraftOptions& options = {});

}  // namespace claimcheck

#endif  // CLAIMCHECK_DRAFT_H_
