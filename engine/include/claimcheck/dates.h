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

// What an offset counts from.
enum class DateAnchor {
  kNone,          // an absolute date ("25 April 2023", "Q3 2019"), or a day-month whose year the reference gives
  kReference,     // the publication date: "yesterday", "last week", "next Friday", "two months ago"
  kPreviousDate,  // the date told before, which this function does not know: "three weeks later", "a year later",
                  // "the following July", "the next day", "the previous year"
  kEvent,         // an event named after "after"/"before": "two days after the quake", "the day after the election"
};

enum class DateUnit { kDay, kWeek, kFortnight, kMonth, kQuarter, kYear, kDecade };

enum class DatePart { kWhole, kEarly, kMid, kLate };  // "early September", "mid-2015", "late 2019", "the end of May"

// "count units after/before the anchor". Two readings:
// - shift (calendar == false): the anchor's range moved by count units, keeping its granularity ("three weeks
//   later" after 5 March is 26 March; "a year later" after March 2011 is March 2012);
// - calendar (calendar == true): the whole calendar unit `count` units away from the one holding the anchor's
//   first day ("the following year", "the next day", "next week": a week runs Monday to Sunday); with month set,
//   the first such month strictly after (count > 0) or before (count < 0) the anchor ("the following July").
struct DateOffset {
  int count = 0;  // signed: -2 is two units before the anchor
  DateUnit unit = DateUnit::kDay;
  bool calendar = false;
  int month = 0;  // 1..12 for "the following July"; 0 otherwise
};

// A time of day: "6:04 pm IST", "18:03", "12:33 UTC", "noon", "midnight", "10 a.m.", "0800 GMT".
struct TimeOfDay {
  ByteSpan span;                      // as written, zone included ("6:04 pm IST")
  int minutes = 0;                    // after midnight, 0..1439 ("6:04 pm" -> 1084)
  std::optional<int> utc_offset;      // minutes east of UTC when a zone is written ("IST" -> 330, "UTC-5" -> -300)
  std::string zone;                   // the zone as written ("IST", "UTC+5:30"), "" when none
};

struct DateMention {
  ByteSpan span;  // as written ("on Dec. 28" -> "Dec. 28"); since/until/between/from words are included, and so
                  // are "early"/"mid-"/"late", offsets ("two months ago") and anchors ("two days after the quake")
  DateRange range;             // the days claimed; meaningful only when `resolved`
  bool resolved = true;        // false: an anchored offset whose anchor is not known here, or a time on its own
  bool since = false;          // "since X", "from X on(wards)": claims a start
  bool until = false;          // "until X", "till X", "by X"
  bool year_inferred = false;  // year (or century of "'90s", or the year of "the fourth quarter") from the reference
  bool relative = false;       // counted from the reference date (anchor == kReference): "last year", "on Tuesday"
  bool weekday = false;        // a day of the week so counted ("on Tuesday", "last Friday"): the lexicon's weekdays
  DateAnchor anchor = DateAnchor::kNone;
  DateOffset offset;           // with anchor kReference (offset forms), kPreviousDate and kEvent
  ByteSpan anchor_span;        // kEvent: the event's noun phrase ("the quake", "the election")
  DatePart part = DatePart::kWhole;  // the range stays the whole month or year; `part` says which part was meant
  std::optional<TimeOfDay> time;     // a time of day written with the date ("25 April at 6:04 pm IST"); outside
                                     // `span`. A time on its own is a mention with resolved == false and no anchor.
};

// The range an anchored mention stands for once its anchor is known: `anchor` is the range of the date told before
// (kPreviousDate) or of the event (kEvent). A mention that is not anchored returns its own range.
DateRange ResolveAnchored(const DateMention& mention, DateRange anchor);

class Lexicon;

struct DateFindOptions {
  std::optional<CivilDate> reference;  // the publication date
  bool unresolved = false;  // also return mentions without a range: anchored offsets and times on their own
  // Also return reporting periods: quarters and halves ("Q3 2019", "the fourth quarter", "H1 2020") and fiscal
  // years ("fiscal 2024"). Off in the overloads without options, which the checker reads: a period says what a
  // figure covers, not when an event happened, and a fiscal year is not the calendar year it is read as.
  bool periods = false;
};

// Date mentions inside `range`, in text order, not overlapping. Forms:
//   25 April 2023, 25th April, the 25th of April, April 25, 2023, April 25th, Dec. 28, Dec 28, 2022-12-28,
//   20/11/2022 and 11/20/2022 (only where a part > 12 decides, or day == month), Month YYYY, a lone year
//   YYYY in 1000..2199 (four plain digits; not when followed by a counted noun like "2000 people" unless
//   preceded by a date word like "in"/"since"; never "1,000"; never "2000-year-old"; never glued after another
//   number's hyphen as in "555-1212"; a range of two such numbers followed by a counted noun, "between 1000 and
//   1500 people", is a count when a bound is a multiple of 100 or the noun is a counting noun), decades ("the
//   1990s", "2000s", "the '90s"), quarters and halves ("Q3 2019", "3Q 2019", "the third quarter of 2019", "the
//   fourth quarter", "H1 2020", "the first half of 2020"), fiscal years ("fiscal 2024", "FY2024", read as the
//   calendar year; both only with options.periods), parts ("early September 2015", "mid-2015", "late 2019", "the end of May": `part`, range
//   unchanged), a month on its own after a date word ("in January", "since March": the year from the reference),
//   month ranges ("from January to April 2015", "between March and May 2020", "January-March 2015"),
//   relative forms (yesterday, today, tomorrow, the day before yesterday, last/this/next week, month, quarter,
//   year; [on|last|this|next] Tuesday; last/this/next July), offsets from the reference ("two months ago", "a
//   week ago", "three days from now"), "since X", "from X on", "until/till/by X", and ranges that become one
//   mention: "between X and Y", "from X to Y", "X to Y", "X-Y" for years ("2011-2015"), "20-25 November 2022",
//   "November 20-25", "between 20 and 25 November".
// Quarters, halves and fiscal years are returned only with options.periods.
// Anchored forms ("three weeks later", "a year later", "the following July", "the following year", "the next day",
// "the day before", "two days after the quake", "the day after the election") are returned only with
// options.unresolved, as mentions with resolved == false: their anchor is not the publication date.
// Times of day are attached to the date they are written with (`time`); alone they are returned only with
// options.unresolved.
// Durations and ages are not dates ("12-year civil war", "three months", "in three months", "a 2,000-year-old").
// `reference` (publication date) resolves a missing year: the most recent occurrence on or before the reference,
// except that a day-month (or a month, a quarter) falling within the 31 days after the reference resolves forward.
// "On Tuesday" -> the most recent Tuesday on or before the reference ("last Tuesday": strictly before; "next
// Tuesday": strictly after; "this Tuesday": in the reference's week, Monday to Sunday). "N days/weeks ago" is that
// day; "N months/quarters/years/decades ago" is that whole calendar unit. Without a reference, forms that need one
// give no mention (and "'90s" means the 1990s).
std::vector<DateMention> FindDates(std::string_view text, ByteSpan range, std::optional<CivilDate> reference);
// The same over tokens already made by Tokenize (one tokenization serves dates, numbers and the matcher).
std::vector<DateMention> FindDates(const std::vector<Token>& tokens, std::optional<CivilDate> reference);
// The same with a lexicon and options. `text` is the text the tokens point into (zones and codes must be capitals).
std::vector<DateMention> FindDates(std::string_view text, const std::vector<Token>& tokens,
                                   const DateFindOptions& options, const Lexicon& lexicon);

// A dateline at the very start of a text (first line, place/agency prefix of at most a few words):
// "Moscow, 25 April 2023 (TDI):", "MOSCOW (Reuters), April 25, 2023 -", "25 April 2023 —". Full dates only.
std::optional<CivilDate> FindDateline(std::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_DATES_H_
