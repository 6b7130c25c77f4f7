// Named periods in prose (FindDates in dates.h): quarters and halves, fiscal years, decades, centuries, holidays,
// and a day of the month named alone ("on the 15th"). Each is one recognizer of the date finder (date_finder.h),
// tried by ParseAbsolute in date_mentions.cpp.
#include "claimcheck/dates.h"
#include "date_finder.h"
#include "date_words.h"
#include "number_core.h"

namespace claimcheck {

using namespace std::string_view_literals;
namespace dates_internal {

// "on the 15th": a day of the reference's month (of the month before, when the 15th has not come yet).
std::optional<Parsed> DateFinder::ParseDayOfMonth(std::size_t i) const {
  if (!reference_ || i < 1 || !Word(i - 1, "on") || !Word(i, "the")) return std::nullopt;
  const int day = Day(i + 1);
  if (day == 0 || Plain(i + 1, 1, 2) >= 0) return std::nullopt;  // "25th", not "25"
  const std::size_t n = i + 2;
  if (n < t_.size() && t_[n].kind != TokenKind::kPunct && !Word(n, "at")) return std::nullopt;  // "the 15th anniversary"
  Parsed p;
  p.begin = i + 1;
  p.end = n;
  p.day = day;
  int year = reference_->year;
  int month = reference_->month;
  if (day > reference_->day) {
    month == 1 ? (month = 12, --year) : --month;
  }
  if (!IsValidDate(year, month, day)) return std::nullopt;
  p.year = year;
  p.month = month;
  p.year_inferred = true;
  Complete(p);
  return p;
}

// the 21st century, the nineteenth century: 2000..2099, 1800..1899 (granularity decade, the coarsest there is).
std::optional<Parsed> DateFinder::ParseCentury(std::size_t i) const {
  const std::size_t k = Word(i, "the") ? i + 1 : i;
  if (k >= t_.size() || (t_[k].kind != TokenKind::kNumber && !lex_.MayStartNumber(t_[k].norm))) return std::nullopt;
  // An ordinal of 1 to 30 ("19th", "twenty-first") spans at most four tokens: no "century" within five, no century.
  bool century = false;
  for (std::size_t j = k + 1; j < t_.size() && j <= k + 5 && !century; ++j) century = Word(j, "century");
  if (!century) return std::nullopt;
  const std::optional<number_core::Core>& n = NumberAt(k);
  if (!n || !n->ordinal || !Word(n->end, "century") || !(n->value >= 1 && n->value <= 30)) return std::nullopt;
  const int start = (static_cast<int>(n->value) - 1) * 100;
  Parsed p;
  p.begin = i;
  p.end = n->end + 1;
  p.range = {DaysFromCivil(start, 1, 1), DaysFromCivil(start + 99, 12, 31), DateGranularity::kDecade};
  p.complete = true;
  return p;
}

// Christmas Day, New Year's Eve 2019, Halloween: a day of the lexicon's holidays (capitalized), with or without
// a year.
std::optional<Parsed> DateFinder::ParseHoliday(std::size_t i) const {
  if (i >= t_.size() || !t_[i].capitalized) return std::nullopt;
  const auto holiday = lex_.holidays.Longest(text_, t_, i);
  if (!holiday) return std::nullopt;
  Parsed p;
  p.begin = i;
  p.end = holiday.end;
  p.month = holiday.value->first_month;
  p.day = holiday.value->last_month;
  ReadYear(p, p.end);
  if (p.year != 0) Complete(p);
  return p;
}

// Q3 2019, 3Q 2019, the third quarter of 2019, the fourth quarter, H1 2020, the first half of 2020.
std::optional<Parsed> DateFinder::ParsePeriod(std::size_t i) const {
  const std::size_t k = Word(i, "the") ? i + 1 : i;
  const auto period = lex_.periods.Longest(text_, t_, k);
  if (!period) return std::nullopt;
  Parsed p;
  p.begin = i;
  p.month = period.value->first_month;
  p.last_month = period.value->last_month;
  p.month_only = true;
  std::size_t j = period.end;
  const std::size_t y = Word(j, "of") || Punct(j, ",") ? j + 1 : j;
  if (CleanYear(y) > 0) {
    p.year = Year(y);
    p.end = y + 1;
    Complete(p);
    return p;
  }
  if (p.last_month - p.month >= 5) return std::nullopt;  // "the first half" of a match is no date
  p.end = j;
  return p;
}

// fiscal 2024, fiscal year 2024, FY2024, FY 2024, FY24: read as the calendar year.
std::optional<Parsed> DateFinder::ParseFiscal(std::size_t i) const {
  if (i >= t_.size() || t_[i].kind != TokenKind::kWord) return std::nullopt;
  int year = -1;
  std::size_t end = i + 1;
  const std::string& n = t_[i].norm;
  if ((n.size() == 4 || n.size() == 6) && n.compare(0, 2, "fy") == 0 &&
      n.find_first_not_of("0123456789", 2) == std::string::npos) {
    int v = 0;
    for (std::size_t k = 2; k < n.size(); ++k) v = v * 10 + (n[k] - '0');
    year = n.size() == 4 ? 2000 + v : v;  // "fy24", "fy2024"
  } else if (const auto fiscal = lex_.fiscal.Longest(text_, t_, i)) {
    end = fiscal.end + 1;
    if (CleanYear(fiscal.end) > 0) {
      year = Year(fiscal.end);
    } else if (t_[i].norm == "fy"sv && Plain(fiscal.end, 2, 2) >= 0) {
      year = 2000 + Plain(fiscal.end, 2, 2);
    }
  }
  if (year < kMinYear || year > kMaxLoneYear) return std::nullopt;
  Parsed p;
  p.begin = i;
  p.end = end;
  p.range = date_words::YearRange(year);
  p.complete = true;
  return p;
}

// the 1990s, 2000s, the '90s, 1990's.
std::optional<Parsed> DateFinder::ParseDecade(std::size_t i) const {
  const std::size_t k = Word(i, "the") ? i + 1 : i;
  Parsed p;
  p.begin = i;
  int start = -1;
  if (Year(k) > 0 && Year(k) % 10 == 0 && Word(k + 1, "s") && Glued(k + 1)) {
    start = Year(k), p.end = k + 2;
  } else if (Year(k) > 0 && Year(k) % 10 == 0 && Punct(k + 1, "'") && Word(k + 2, "s") && Glued(k + 1) &&
             Glued(k + 2)) {
    start = Year(k), p.end = k + 3;
  } else if (Punct(k, "'") && Plain(k + 1, 2, 2) >= 0 && Plain(k + 1, 2, 2) % 10 == 0 && Word(k + 2, "s") &&
             Glued(k + 1) && Glued(k + 2)) {
    const int yy = Plain(k + 1, 2, 2);
    start = 1900 + yy;
    if (reference_) {
      start = reference_->year / 100 * 100 + yy;
      if (start > reference_->year) start -= 100;
      p.year_inferred = true;
    }
    p.end = k + 3;
  }
  if (start < 0) return std::nullopt;
  p.range = date_words::DecadeRange(start);
  // "the 1800s", "the 1900s" are centuries; "the 2000s" is the decade it has always been read as.
  if (start % 100 == 0 && start < 2000 && p.end == k + 2) p.range.last = DaysFromCivil(start + 99, 12, 31);
  p.complete = true;
  return p;
}

}  // namespace dates_internal
}  // namespace claimcheck
