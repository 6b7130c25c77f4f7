// Private to the extraction: times of day, which the date reader attaches to dates and the number reader skips.
#ifndef CLAIMCHECK_SRC_EXTRACT_TIMES_H_
#define CLAIMCHECK_SRC_EXTRACT_TIMES_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "claimcheck/text.h"
#include "lexicon_tables.h"

namespace claimcheck {

struct TimeParse {
  std::size_t begin = 0;  // token range [begin, end), zone included
  std::size_t end = 0;
  int minutes = 0;        // after midnight
  std::optional<int> utc_offset;
  std::size_t zone_begin = 0;  // token range of the zone ("IST", "UTC+5:30"); empty when none
  std::size_t zone_end = 0;
};

// A time of day starting at tokens[i]: "18:03", "6:04 pm IST", "10am", "10 p.m.", "6.04pm", "12:33 UTC",
// "0800 GMT", "1400 hours", "noon", "midnight", "12:00 UTC+5:30". Hours 0..23 (1..12 with am/pm), minutes two
// digits 00..59. A four-digit "0800" is a time only with a zone or "hours"; a number alone never is.
std::optional<TimeParse> ParseTime(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                                   const lexicon_internal::Tables& lexicon);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_EXTRACT_TIMES_H_
