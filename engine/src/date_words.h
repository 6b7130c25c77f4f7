// Private to the dates unit: the month table and reference-date resolution shared by dates.cpp (formatting,
// datelines) and date_mentions.cpp (finding dates in prose).
#ifndef CLAIMCHECK_SRC_DATE_WORDS_H_
#define CLAIMCHECK_SRC_DATE_WORDS_H_

#include <string_view>

#include "claimcheck/dates.h"

namespace claimcheck {
namespace date_words {

struct MonthWord {
  std::string_view word;  // folded
  int month;              // 1..12
  bool abbreviation;      // may be followed by '.'
  bool needs_capital;     // abbreviations and the ambiguous "may"/"march" count only when capitalized
};

// The month word with this folded spelling, or nullptr.
const MonthWord* FindMonth(std::string_view norm);

// "January" .. "December" for 1..12; "" otherwise.
std::string_view MonthName(int month);

int DaysInMonth(int year, int month);

// Day numbers of the first and last day of a month / year / decade.
DateRange MonthRange(int year, int month);
DateRange YearRange(int year);
DateRange DecadeRange(int decade_start);

// The year a day-month without a year refers to, seen from `reference`: the most recent occurrence on or before
// the reference, unless the next occurrence is within 31 days after it. 0 if the day never occurs (Feb 30).
int ResolveYear(int month, int day, CivilDate reference);

}  // namespace date_words
}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_DATE_WORDS_H_
