// Calendar arithmetic, ISO date ranges, readable formatting and datelines.
//
// Approach: day numbers use Howard Hinnant's days_from_civil / civil_from_days (exact for the proleptic Gregorian
// calendar, no tables, no loops). Month names are the lexicon's (engine/data/lexicon/dates.json). ISO parsing is a
// fixed-width reader of four-digit years. FindDateline runs the date finder on the first line up to its first date
// (where a dateline's must be) and only checks what surrounds it.
#include "claimcheck/dates.h"

#include <algorithm>
#include <charconv>
#include <iterator>

#include "claimcheck/text.h"
#include "date_finder.h"
#include "date_words.h"
#include "lexicon_tables.h"

namespace claimcheck {
namespace date_words {

std::string_view MonthName(int month) {
  const std::vector<std::string>& names = LexiconTables(Lexicon::BuiltIn()).month_names;
  return month >= 1 && month <= static_cast<int>(names.size()) ? std::string_view(names[static_cast<std::size_t>(month - 1)])
                                                                : std::string_view();
}

int DaysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

DateRange DayRange(int day) { return {day, day, DateGranularity::kDay}; }
DateRange MonthRange(int year, int month) {
  return {DaysFromCivil(year, month, 1), DaysFromCivil(year, month, DaysInMonth(year, month)), DateGranularity::kMonth};
}
DateRange MonthsRange(int year, int first_month, int last_month) {
  return {DaysFromCivil(year, first_month, 1), DaysFromCivil(year, last_month, DaysInMonth(year, last_month)),
          DateGranularity::kMonth};
}
DateRange YearRange(int year) {
  return {DaysFromCivil(year, 1, 1), DaysFromCivil(year, 12, 31), DateGranularity::kYear};
}
DateRange DecadeRange(int decade_start) {
  return {DaysFromCivil(decade_start, 1, 1), DaysFromCivil(decade_start + 9, 12, 31), DateGranularity::kDecade};
}

int ResolveYear(int month, int day, CivilDate reference) {
  const int ref = DaysFromCivil(reference.year, reference.month, reference.day);
  for (int year = reference.year; year <= reference.year + 1; ++year) {
    if (!IsValidDate(year, month, day)) continue;
    const int d = DaysFromCivil(year, month, day);
    if (d > ref) {
      if (d - ref <= 31) return year;
      break;
    }
  }
  for (int year = reference.year; year >= reference.year - 8; --year) {
    if (IsValidDate(year, month, day) && DaysFromCivil(year, month, day) <= ref) return year;
  }
  return 0;
}

int ResolveYearOfMonths(int first_month, CivilDate reference, bool forward) {
  const int ref = DaysFromCivil(reference.year, reference.month, reference.day);
  const int start = DaysFromCivil(reference.year, first_month, 1);
  if (start <= ref) return reference.year;
  return forward && start - ref <= 31 ? reference.year : reference.year - 1;
}

}  // namespace date_words

using date_words::DaysInMonth;

int DaysFromCivil(int year, int month, int day) {
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int days) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int day = doy - (153 * mp + 2) / 5 + 1;
  const int month = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

bool IsValidDate(int year, int month, int day) {
  return year >= -1000000 && year <= 1000000 && day >= 1 && day <= DaysInMonth(year, month);
}

int DayOfWeek(int days) { return ((days % 7) + 11) % 7; }  // 1970-01-01 was a Thursday

namespace {

constexpr std::size_t kMaxDatelinePrefix = 48;
// The longest a dateline's date may run ('Wednesday, the twenty-seventh of September, 2023' is 48 bytes).
constexpr std::size_t kMaxDateBytes = 64;

bool ReadDigits(std::string_view text, std::size_t pos, std::size_t count, int* value) {
  if (pos + count > text.size()) return false;
  int v = 0;
  for (std::size_t k = pos; k < pos + count; ++k) {
    if (text[k] < '0' || text[k] > '9') return false;
    v = v * 10 + (text[k] - '0');
  }
  *value = v;
  return true;
}

std::optional<DateRange> ParseIsoPart(std::string_view text) {
  int year = 0;
  int month = 0;
  int day = 0;
  if (!ReadDigits(text, 0, 4, &year)) return std::nullopt;
  if (text.size() == 4) return date_words::YearRange(year);
  if (text.size() == 5 && text[4] == 's' && year % 10 == 0) return date_words::DecadeRange(year);
  if (text.size() < 7 || text[4] != '-' || !ReadDigits(text, 5, 2, &month) || month < 1 || month > 12) {
    return std::nullopt;
  }
  if (text.size() == 7) return date_words::MonthRange(year, month);
  if (text.size() != 10 || text[7] != '-' || !ReadDigits(text, 8, 2, &day) || !IsValidDate(year, month, day)) {
    return std::nullopt;
  }
  const int d = DaysFromCivil(year, month, day);
  return DateRange{d, d, DateGranularity::kDay};
}

// Appends a non-negative number's digits, or a negative one's with its sign.
void AppendInt(std::string* out, int value) {
  char digits[12];
  const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, value);
  out->append(digits, r.ptr);
}

// Appends the unit of `g` holding day `days`: "25 April 2023", "April 2023", "2023", "the 2010s". Written into one
// string (no temporaries): the matcher formats the dates of the facts it compares, often many per sentence.
void AppendUnit(std::string* out, int days, DateGranularity g) {
  const CivilDate c = CivilFromDays(days);
  switch (g) {
    case DateGranularity::kDay:
      AppendInt(out, c.day);
      *out += ' ';
      [[fallthrough]];
    case DateGranularity::kMonth:
      out->append(date_words::MonthName(c.month));
      *out += ' ';
      AppendInt(out, c.year);
      return;
    case DateGranularity::kYear:
      AppendInt(out, c.year);
      return;
    case DateGranularity::kDecade:
      *out += "the ";
      AppendInt(out, c.year - ((c.year % 10) + 10) % 10);
      *out += 's';
      return;
  }
  AppendInt(out, c.year);
}

// What may stand before a dateline's date: nothing, or a short place (and agency) whose words are all capitalized,
// ending in ',' or '-': "Moscow, ", "MOSCOW (Reuters), ", "NEW YORK - ".
bool IsDatelinePrefix(std::string_view prefix) {
  const std::size_t last = prefix.find_last_not_of(" \t");
  if (last == std::string_view::npos) return true;
  if (prefix.size() > kMaxDatelinePrefix || (prefix[last] != ',' && prefix[last] != '-')) return false;
  bool word_start = true;
  int depth = 0;  // inside "(Agency)" anything goes
  for (char c : prefix.substr(0, last)) {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
    if (depth == 0 && word_start && c >= 'a' && c <= 'z') return false;
    if (depth == 0 && !letter && c != ' ' && c != ',' && c != '.' && c != '-' && c != '\'' && c != ')') return false;
    word_start = c == ' ' || c == '-';
  }
  return depth == 0;
}

// What may follow a dateline's date: an optional "(Agency)" and then ':' '-' '—' '–' '/' or the line end.
bool IsDatelineSuffix(std::string_view rest) {
  std::size_t pos = rest.find_first_not_of(" \t\r");
  if (pos != std::string_view::npos && rest[pos] == '(') {
    const std::size_t close = rest.find(')', pos);
    if (close == std::string_view::npos || close - pos > 40) return false;
    pos = rest.find_first_not_of(" \t\r", close + 1);
  }
  if (pos == std::string_view::npos) return true;
  const std::string_view tail = rest.substr(pos);
  return tail[0] == ':' || tail[0] == '-' || tail[0] == '/' || tail.substr(0, 3) == "\xE2\x80\x94" ||
         tail.substr(0, 3) == "\xE2\x80\x93";
}

}  // namespace

std::optional<DateRange> ParseIsoDateRange(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return ParseIsoPart(text);
  const std::optional<DateRange> a = ParseIsoPart(text.substr(0, slash));
  const std::optional<DateRange> b = ParseIsoPart(text.substr(slash + 1));
  if (!a || !b || a->first > b->last) return std::nullopt;
  return DateRange{a->first, b->last, std::min(a->granularity, b->granularity)};
}

std::string FormatDateRange(const DateRange& r) {
  std::string out;
  out.reserve(32);
  AppendUnit(&out, r.first, r.granularity);
  if (r.last == r.first) return out;
  const std::size_t first_size = out.size();
  out += " to ";
  AppendUnit(&out, r.last, r.granularity);
  // The same unit twice ("March 2022 to March 2022": both days in one month) is that unit once.
  if (out.size() == 2 * first_size + 4 &&
      std::string_view(out).substr(0, first_size) == std::string_view(out).substr(first_size + 4)) {
    out.resize(first_size);
  }
  return out;
}

std::optional<CivilDate> FindDateline(std::string_view text) {
  const std::size_t line_end = std::min(text.find('\n'), std::min<std::size_t>(text.size(), 300));
  // Only the line's first date counts, and only when what stands before it is a dateline's prefix: at most
  // kMaxDatelinePrefix bytes, or spaces alone. The walk stops past that (most first lines hold no dateline).
  const std::size_t lead = std::min(text.find_first_not_of(" \t"), line_end);
  const std::size_t starts_by = std::max(kMaxDatelinePrefix, lead);
  // A dateline's date is a day with its year, in digits: a first line with no digit within a date's length of where
  // one may start has none, and needs no tokens (most first lines).
  const std::size_t digits_by = std::min(line_end, starts_by + kMaxDateBytes);
  if (std::none_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(digits_by),
                   [](char ch) { return ch >= '0' && ch <= '9'; })) {
    return std::nullopt;
  }
  const std::vector<Token> tokens = Tokenize(text, {0, line_end});
  const std::optional<DateMention> m =
      dates_internal::DateFinder(text, tokens, DateFindOptions(), LexiconTables(Lexicon::BuiltIn())).First(starts_by);
  if (!m || m->range.granularity != DateGranularity::kDay || m->relative || m->year_inferred || m->since ||
      m->until || m->range.first != m->range.last) {
    return std::nullopt;
  }
  if (!IsDatelinePrefix(text.substr(0, m->span.begin)) ||
      !IsDatelineSuffix(text.substr(m->span.end, line_end - m->span.end))) {
    return std::nullopt;
  }
  return CivilFromDays(m->range.first);
}

}  // namespace claimcheck
