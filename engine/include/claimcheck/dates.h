// Calendar dates: day arithmetic, ISO date ranges for the fact base, and date mentions in prose.
//
// Days are counted in the proleptic Gregorian calendar as days since 1970-01-01 (negative before). Inputs are only
// read during the call; nothing throws, prints or aborts.
#ifndef CLAIMCHECK_DATES_H_
#define CLAIMCHECK_DATES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/text.h"

namespace claimcheck {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

int DaysFromCivil(int year, int month, int day);  // days since 1970-01-01
CivilDate CivilFromDays(int days);
bool IsValidDate(int year, int month, int day);  // month 1..12 and day within that month (leap years included)
int DayOfWeek(int days);                         // 0 = Sunday .. 6 = Saturday

enum class DateGranularity { kDay, kMonth, kYear, kDecade };

// Inclusive range of day numbers; granularity says how precisely the text named it.
struct DateRange {
  int first = 0;
  int last = 0;
  DateGranularity granularity = DateGranularity::kDay;
};

// "2023-04-25" (day), "2023-04" (month), "2023" (year), "2000s" (decade, year a multiple of 10) -> range; also an
// interval of two such values joined by '/' ("2011/2015", "2022-11-20/2022-11-25"; granularity of the finer end).
// Years have exactly four digits. nullopt if malformed, impossible (2023-02-30) or reversed.
std::optional<DateRange> ParseIsoDateRange(std::string_view text);

// Readable English: "25 April 2023", "April 2023", "2015", "the 2000s"; a range that is not exactly one unit of its
// granularity gives both ends: "2011 to 2015", "20 November 2022 to 25 November 2022".
std::string FormatDateRange(const DateRange& r);

struct DateMention {
  ByteSpan span;  // as written ("on Dec. 28" -> "Dec. 28"); since/until/between/from words are included
  DateRange range;
  bool since = false;          // "since X", "from X on(wards)": claims a start
  bool until = false;          // "until X", "till X", "by X"
  bool year_inferred = false;  // year (or century of "'90s") taken from the reference date
  bool relative = false;       // "last year", "on Tuesday", "yesterday"
};

// Date mentions inside `range`, in text order, not overlapping. Forms:
//   25 April 2023, 25th April, the 25th of April, April 25, 2023, April 25th, Dec. 28, Dec 28, 2022-12-28,
//   20/11/2022 and 11/20/2022 (only where a part > 12 decides, or day == month), Month YYYY, a lone year
//   YYYY in 1000..2199 (four plain digits; not when followed by a counted noun like "2000 people" unless
//   preceded by a date word like "in"/"since"; never "1,000"; never "2000-year-old"), decades ("the 1990s",
//   "2000s", "the '90s"), relative forms (yesterday, today, tomorrow, last/this/next year, last/this/next month,
//   [on|last] Tuesday), "since X", "from X on", "until/till/by X", and ranges that become one mention:
//   "between X and Y", "from X to Y", "X to Y", "X-Y" for years ("2011-2015"), "20-25 November 2022",
//   "November 20-25", "between 20 and 25 November".
// Durations and ages are not dates ("12-year civil war", "three months", "in three months", "a 2,000-year-old").
// `reference` (publication date) resolves a missing year: the most recent occurrence on or before the reference,
// except that a day-month falling within the 31 days after the reference resolves forward. "On Tuesday" -> the
// most recent Tuesday on or before the reference ("last Tuesday": strictly before). Without a reference, day-month
// forms without a year and relative forms give no mention; "'90s" means the 1990s.
std::vector<DateMention> FindDates(std::string_view text, ByteSpan range, std::optional<CivilDate> reference);
// The same over tokens already made by Tokenize (one tokenization serves dates, numbers and the matcher).
std::vector<DateMention> FindDates(const std::vector<Token>& tokens, std::optional<CivilDate> reference);

// A dateline at the very start of a text (first line, place/agency prefix of at most a few words):
// "Moscow, 25 April 2023 (TDI):", "MOSCOW (Reuters), April 25, 2023 -", "25 April 2023 —". Full dates only.
std::optional<CivilDate> FindDateline(std::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_DATES_H_
