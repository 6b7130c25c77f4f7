// Private to the dates unit: calendar ranges and reference-date resolution shared by dates.cpp (formatting,
// datelines), date_mentions.cpp (absolute dates in prose) and date_relative.cpp (relative and anchored dates).
#ifndef CLAIMCHECK_SRC_EXTRACT_DATE_WORDS_H_
#define CLAIMCHECK_SRC_EXTRACT_DATE_WORDS_H_

#include <string_view>

#include "claimcheck/dates.h"

namespace claimcheck {
namespace date_words {

// "January" .. "December" for 1..12 (the lexicon's display names); "" otherwise.
std::string_view MonthName(int month);

int DaysInMonth(int year, int month);

// Day numbers of the first and last day of a day / month / months / year / decade.
DateRange DayRange(int day);
DateRange MonthRange(int year, int month);
DateRange MonthsRange(int year, int first_month, int last_month);  // granularity month ("Q3": July..September)
DateRange YearRange(int year);
DateRange DecadeRange(int decade_start);

// The year a day-month without a year refers to, seen from `reference`: the most recent occurrence on or before
// the reference, unless the next occurrence is within 31 days after it. 0 if the day never occurs (Feb 30).
int ResolveYear(int month, int day, CivilDate reference);
// The same for a span of months (a month, a quarter): the most recent one that began on or before the reference,
// or the next one when it begins within 31 days after the reference (only when `forward`).
int ResolveYearOfMonths(int first_month, CivilDate reference, bool forward);

// The calendar unit holding `day`, `count` units away (a week runs Monday to Sunday; a quarter is three months;
// a fortnight is read as two weeks from the day).
DateRange CalendarUnit(int day, DateUnit unit, int count);
// `range` moved by `count` units (months move by calendar months, keeping the day where the month has it).
DateRange Shift(DateRange range, DateUnit unit, int count);

}  // namespace date_words
}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_EXTRACT_DATE_WORDS_H_
