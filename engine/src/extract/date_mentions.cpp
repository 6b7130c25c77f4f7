// Date mentions in prose (FindDates in dates.h): the walk, the absolute forms and the assembly of ranges.
//
// Approach: walk the tokens left to right. A time of day is read first (attached to the date right after it, or
// a mention of its own); at other tokens a fixed list of recognizers is tried (a part such as "early" or "mid-"
// before a month or year; numeric ISO and slash dates, day-first, month-first, the named periods of
// date_periods.cpp, lone years; then the relative and anchored forms of date_relative.cpp). The first that matches gives a
// Parsed piece, possibly without a year. Around a piece the walk then reads a range partner ("to"/"and"/"-" + a
// second piece), the word before it (since/until/by/between/from) and "on"/"onwards" after it, fills a missing year
// from the partner or the reference date, and attaches a time written after it. Vocabulary is the lexicon's
// (engine/data/lexicon/dates.json). Durations never match because every recognizer needs a month name, a
// four-digit year, a numeric date shape, a period word or a relative phrase: "three months", "12-year" and
// "2,000-year-old" offer none of these ("three months ago" is a relative phrase).
#include <algorithm>
#include <iterator>

#include "claimcheck/dates.h"
#include "date_finder.h"
#include "date_words.h"
#include "number_core.h"
#include "times.h"

namespace claimcheck {

using namespace std::string_view_literals;
namespace dates_internal {

DateFinder::DateFinder(std::string_view text, const std::vector<Token>& tokens, const DateFindOptions& options,
                       const lexicon_internal::Tables& lexicon)
    : text_(text),
      t_(tokens),
      lex_(lexicon),
      reference_(options.reference),
      unresolved_(options.unresolved),
      periods_(options.periods) {
  if (reference_ && IsValidDate(reference_->year, reference_->month, reference_->day)) {
    ref_days_ = DaysFromCivil(reference_->year, reference_->month, reference_->day);
  } else {
    reference_.reset();
  }
}

std::vector<DateMention> DateFinder::Run() { return Walk(std::string_view::npos, std::string_view::npos); }

std::optional<DateMention> DateFinder::First(std::size_t starts_by) {
  std::vector<DateMention> first = Walk(starts_by, 1);
  if (first.empty() || first.front().span.begin > starts_by) return std::nullopt;
  return std::move(first.front());
}

std::vector<DateMention> DateFinder::Walk(std::size_t starts_by, std::size_t max_mentions) {
  std::vector<DateMention> out;
  std::size_t floor = 0;
  for (std::size_t i = 0; i < t_.size();) {
    // Most tokens start no date: one lookup rejects them. An article starts one only before a date word ("the
    // 1990s", "a week ago", "the following year").
    if (!lex_.MayStartDate(t_[i])) {
      ++i;
      continue;
    }
    // A mention starts at the token its walk step starts at (a time before its date included), or a word or two
    // before it ("since", "between", "from", "until", "by"): past those, no mention can start by `starts_by`.
    if (out.size() >= max_mentions || t_[i > 2 ? i - 2 : 0].span.begin > starts_by) break;
    const bool article = Word(i, "the") || Word(i, "a") || Word(i, "an");
    if (article && (i + 1 >= t_.size() ||
                    !(lex_.MayStartDate(t_[i + 1]) || lex_.date_units.Contains(text_, t_, i + 1) ||
                      lex_.anchored.Contains(text_, t_, i + 1) || lex_.parts.Contains(text_, t_, i)))) {
      ++i;
      continue;
    }
    std::optional<TimeOfDay> time_before;
    if (const std::optional<TimeParse> time = ParseTime(text_, t_, i, lex_)) {
      // "6:04 pm IST on 23 August": the time belongs to the date after it; otherwise it stands alone.
      std::size_t k = time->end;
      if (Word(k, "on") || Punct(k, ",")) ++k;
      const std::optional<Parsed> next = ParseAt(k);
      const TimeOfDay tod = MakeTime(time->begin, time->end, time->minutes, time->utc_offset, time->zone_begin,
                                     time->zone_end);
      if (!next || next->skip || next->unresolved) {
        if (unresolved_) {
          DateMention m;
          m.span = tod.span;
          m.resolved = false;
          m.time = tod;
          out.push_back(std::move(m));
        }
        floor = i = time->end;
        continue;
      }
      time_before = tod;
      i = k;
    }
    std::optional<Parsed> p = ParseAt(i);
    if (!p) {
      ++i;
      continue;
    }
    DateMention m;
    std::size_t begin = p->begin;
    std::size_t end = p->end;
    if (!p->skip && Assemble(*p, floor, &m, &begin, &end)) {
      m.span = {t_[begin].span.begin, t_[end - 1].span.end};
      AttachTime(&m, &end, time_before);
      if (m.resolved || unresolved_) out.push_back(std::move(m));
    }
    floor = i = end;
  }
  return out;
}

const std::optional<number_core::Core>& DateFinder::NumberAt(std::size_t i) const {
  if (number_read_.empty()) {
    number_read_.assign(t_.size(), false);
    numbers_.resize(t_.size());
  }
  if (!number_read_[i]) {
    numbers_[i] = number_core::ParseCore(text_, t_, i, false, lex_);
    number_read_[i] = true;
  }
  return numbers_[i];
}

bool DateFinder::Word(std::size_t i, std::string_view norm) const {
  return i < t_.size() && t_[i].kind == TokenKind::kWord && t_[i].norm == norm;
}
bool DateFinder::Punct(std::size_t i, std::string_view norm) const {
  return i < t_.size() && t_[i].kind == TokenKind::kPunct && t_[i].norm == norm;
}
bool DateFinder::Glued(std::size_t i) const { return i > 0 && i < t_.size() && Adjacent(t_[i - 1], t_[i]); }

// Plain digits of the given length range ("2022", "05"); -1 otherwise.
int DateFinder::Plain(std::size_t i, std::size_t min_len, std::size_t max_len) const {
  if (i >= t_.size() || t_[i].kind != TokenKind::kNumber) return -1;
  const Token& t = t_[i];
  const std::size_t len = t.norm.size();
  if (len < min_len || len > max_len || t.span.end - t.span.begin != len) return -1;
  int v = 0;
  for (char c : t.norm) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int DateFinder::Year(std::size_t i) const {
  const int y = Plain(i, 4, 4);
  return y >= kMinYear ? y : -1;
}

// A year at i that is not glued to a word, hyphen or sign after it ("2015," and "2015." are fine; "2000-year"
// and "2015s" are not).
int DateFinder::CleanYear(std::size_t i) const {
  const int y = Year(i);
  if (y < 0 || !Glued(i + 1)) return y;
  const Token& next = t_[i + 1];
  if (next.kind != TokenKind::kPunct || next.norm == "-"sv || next.norm == "%"sv || next.norm == "/"sv) return -1;
  return y;
}

// A day of the month: "5", "25", "25th"; 0 otherwise.
int DateFinder::Day(std::size_t i) const {
  int d = Plain(i, 1, 2);
  if (d < 0 && i < t_.size() && t_[i].kind == TokenKind::kNumber) {  // "25th"
    const std::string& n = t_[i].norm;
    if (n.size() < 3 || n.size() > 4 || n.back() < 'a' || n.back() > 'z') return 0;
    d = 0;
    for (std::size_t k = 0; k + 2 < n.size(); ++k) d = d * 10 + (n[k] - '0');
  }
  return d >= 1 && d <= 31 ? d : 0;
}

// A month name at i (with the '.' of an abbreviation); sets *next past it. 0 if none.
int DateFinder::Month(std::size_t i, std::size_t* next) const {
  if (i >= t_.size() || t_[i].kind != TokenKind::kWord) return 0;
  const auto m = lex_.months.Longest(text_, t_, i);
  if (!m || (m.value->needs_capital && !t_[i].capitalized)) return 0;
  *next = i + 1;
  if (m.value->abbreviation && Punct(i + 1, ".") && Glued(i + 1)) *next = i + 2;
  return m.value->month;
}

// Fills `range` from year/month/day(/day_last); marks impossible dates as skip.
void DateFinder::Complete(Parsed& p) {
  if (p.month_only) {
    p.range = p.last_month != 0 ? date_words::MonthsRange(p.year, p.month, p.last_month)
                                : date_words::MonthRange(p.year, p.month);
    p.complete = true;
    return;
  }
  const int last = p.day_last != 0 ? p.day_last : p.day;
  if (!IsValidDate(p.year, p.month, p.day) || !IsValidDate(p.year, p.month, last) || last < p.day) {
    p.skip = true;
    return;
  }
  p.range = {DaysFromCivil(p.year, p.month, p.day), DaysFromCivil(p.year, p.month, last), DateGranularity::kDay};
  p.complete = true;
}

std::optional<Parsed> DateFinder::ParseAt(std::size_t i, bool partner) const {
  // "early September 2015", "mid-2015", "late 2019", "the end of May": a part of a month, a year or a period.
  if (const auto part = lex_.parts.Longest(text_, t_, i)) {
    std::size_t k = part.end;
    if (Punct(k, "-") && Glued(k) && Glued(k + 1)) ++k;
    std::optional<Parsed> p = ParseAbsolute(k, /*partner=*/true);
    if (!p) p = ParseThisNextLast(k);  // "the end of next year", "early last month"
    if (!p && reference_ && Word(k, "the") && k + 1 < t_.size()) {
      // "by the end of the year", "the start of the month": the reference's own week, month, quarter or year.
      if (const auto unit = lex_.date_units.Longest(text_, t_, k + 1);
          unit && *unit.value != DateUnit::kDay && *unit.value != DateUnit::kFortnight &&
          *unit.value != DateUnit::kDecade && t_[k + 1].norm.back() != 's') {
        Parsed r;
        r.end = unit.end;
        r.offset = {0, *unit.value, true, 0};
        FromReference(r);
        p = r;
      }
    }
    if (p && !p->skip && p->day == 0) {
      p->begin = i;
      p->part = *part.value;
      return p;
    }
  }
  if (std::optional<Parsed> p = ParseAbsolute(i, partner)) return p;
  return ParseRelative(i);
}

std::optional<Parsed> DateFinder::ParseAbsolute(std::size_t i, bool partner) const {
  if (auto p = ParseNumeric(i)) return p;
  if (auto p = ParseDayOfMonth(i)) return p;
  if (auto p = ParseDayFirst(i)) return p;
  if (auto p = ParseMonthFirst(i, partner)) return p;
  if (periods_) {
    if (auto p = ParsePeriod(i)) return p;
    if (auto p = ParseFiscal(i)) return p;
  }
  if (auto p = ParseDecade(i)) return p;
  if (auto p = ParseCentury(i)) return p;
  if (auto p = ParseHoliday(i)) return p;
  return ParseYear(i, partner);
}

// 2022-12-28, 20/11/2022, 11/20/2022.
std::optional<Parsed> DateFinder::ParseNumeric(std::size_t i) const {
  for (std::size_t k = i + 1; k <= i + 4; ++k) {
    if (!Glued(k)) return std::nullopt;
  }
  Parsed p;
  p.begin = i;
  p.end = i + 5;
  if (Year(i) > 0 && ((Punct(i + 1, "-") && Punct(i + 3, "-")) || (Punct(i + 1, "/") && Punct(i + 3, "/")))) {
    p.year = Year(i), p.month = Plain(i + 2, 1, 2), p.day = Plain(i + 4, 1, 2);  // 2022-12-28, 2022/12/28
  } else if (Punct(i + 1, "/") && Punct(i + 3, "/") && Year(i + 4) > 0) {
    const int a = Plain(i, 1, 2);
    const int b = Plain(i + 2, 1, 2);
    p.year = Year(i + 4);
    if (a > 12 && b >= 1 && b <= 12) {
      p.day = a, p.month = b;
    } else if (b > 12 && a >= 1 && a <= 12) {
      p.day = b, p.month = a;
    } else if (a == b) {
      p.day = a, p.month = a;
    } else {
      p.skip = true;
      return p;
    }
  } else {
    return std::nullopt;
  }
  Complete(p);
  return p;
}

// Optional ", YYYY" or " YYYY" at k; sets p.year and p.end.
void DateFinder::ReadYear(Parsed& p, std::size_t k) const {
  const std::size_t y = Punct(k, ",") ? k + 1 : k;
  if (CleanYear(y) > 0) p.year = Year(y), p.end = y + 1;
}

// 25 April 2023, 25th April, 25th of April, 20-25 November 2022, 20 and 25 November (with "between").
std::optional<Parsed> DateFinder::ParseDayFirst(std::size_t i) const {
  int day = Day(i);
  std::size_t k = i + 1;
  if (day == 0 && i < t_.size() && t_[i].kind == TokenKind::kWord && lex_.MayStartNumber(t_[i].norm)) {
    // "the first of May", "the twenty-first of June": an ordinal word before "of" and a month.
    const std::optional<number_core::Core>& n = NumberAt(i);
    std::size_t after = 0;
    if (n && n->ordinal && n->value >= 1 && n->value <= 31 && Word(n->end, "of") && Month(n->end + 1, &after) != 0) {
      day = static_cast<int>(n->value);
      k = n->end;
    }
  }
  if (day == 0) return std::nullopt;
  Parsed p;
  p.begin = i;
  p.day = day;
  if ((Punct(k, "-") || Word(k, "to") || Word(k, "and")) && Day(k + 1) > 0) {
    std::size_t after = 0;
    if (Month(k + 2, &after) == 0) return std::nullopt;
    if (Word(k, "and") && !(i > 0 && Word(i - 1, "between"))) return std::nullopt;
    p.day_last = Day(k + 1);
    k += 2;
  }
  if (Word(k, "of")) ++k;
  std::size_t next = 0;
  p.month = Month(k, &next);
  if (p.month == 0) return std::nullopt;
  p.end = next;
  ReadYear(p, next);
  if (p.year != 0) Complete(p);
  return p;
}

// April 25, 2023; Dec. 28; April 25th; November 20-25; September 2015; March of 2015; and a month on its own
// after a date word ("in January") or in a range ("from January to April 2015", "January-March 2015").
std::optional<Parsed> DateFinder::ParseMonthFirst(std::size_t i, bool partner) const {
  std::size_t k = 0;
  Parsed p;
  p.begin = i;
  p.month = Month(i, &k);
  if (p.month == 0) return std::nullopt;
  const std::size_t y = Word(k, "of") ? k + 1 : k;
  if (CleanYear(y) > 0) {
    p.year = Year(y);
    p.end = y + 1;
    p.range = date_words::MonthRange(p.year, p.month);
    p.complete = true;
    return p;
  }
  p.day = Day(k);
  if (p.day != 0 && !Punct(k + 1, ":") && !Word(k + 1, "percent") && !Punct(k + 1, "%")) {
    p.end = k + 1;
    if (Punct(k + 1, "-") && Day(k + 2) > 0) {
      p.day_last = Day(k + 2);
      p.end = k + 3;
    }
    ReadYear(p, p.end);
    if (p.year != 0) Complete(p);
    return p;
  }
  std::size_t next = 0;
  const bool range_next = (Word(k, "to") || Word(k, "and") || Word(k, "through") || Word(k, "until") ||
                           Punct(k, "-")) &&
                          Month(k + 1, &next) != 0;
  if (!partner && !range_next && !HasYearContext(i)) return std::nullopt;
  p.day = 0;
  p.month_only = true;
  p.end = k;
  return p;
}

// Words before i that make a four-digit number a year: "in 2000", "mid-2015", "2011 and 2015", "2011-2015".
bool DateFinder::HasYearContext(std::size_t i) const {
  if (i == 0) return false;
  if (lex_.year_context.Contains(text_, t_, i - 1)) return true;
  if (i < 2) return false;
  const std::string_view prev = t_[i - 1].norm;
  if (prev == "-" && Glued(i) && lex_.year_context.Contains(text_, t_, i - 2)) return true;
  return (prev == "and" || prev == "or" || prev == "to" || prev == "-" || prev == ",") && Year(i - 2) > 0;
}

// A lone year: 4 plain digits in 1000..2199 that do not count something. A range `partner` ("2011 to 2015")
// is a year even before a lower-case word.
std::optional<Parsed> DateFinder::ParseYear(std::size_t i, bool partner) const {
  const int year = Year(i);
  if (year < 0 || year > kMaxLoneYear) return std::nullopt;
  const std::size_t n = i + 1;
  // "2011-2015", "2014-15", "1990/91": a year glued to its range partner.
  const bool joined = (Punct(n, "-") || Punct(n, "/")) && Glued(n) && Glued(n + 1) &&
                      (Year(n + 1) > 0 || (Plain(n + 1, 2, 2) >= 0 && !Glued(n + 2)));
  if (CleanYear(i) < 0 && !joined) return std::nullopt;
  if (Punct(n, "%") || Word(n, "percent") || lex_.scales.Contains(text_, t_, n)) return std::nullopt;
  if (Glued(i) && lex_.non_year_signs.Contains(text_, t_, i - 1)) return std::nullopt;
  // "555-1212": glued after another number's hyphen (a year range's second year is read as its partner).
  if (!partner && i >= 2 && Punct(i - 1, "-") && Glued(i) && Glued(i - 1) && t_[i - 2].kind == TokenKind::kNumber) {
    return std::nullopt;
  }
  if (n < t_.size() && t_[n].kind == TokenKind::kWord && !t_[n].capitalized &&
      !lex_.year_followers.Contains(text_, t_, n)) {
    const bool context = partner || HasYearContext(i);
    const bool determiner = i > 0 && (Word(i - 1, "the") || t_[i - 1].possessive) && year % 100 != 0;
    if (!context && !determiner) return std::nullopt;  // "2000 people"
  }
  Parsed p;
  p.begin = i;
  p.end = n;
  p.range = date_words::YearRange(year);
  p.complete = true;
  p.lone_year = true;
  return p;
}

// Two lone years joined as a range and followed by a counted noun are a count: "between 1000 and 1500 people".
// A counting noun decides; so does a round hundred before any other lower-case word ("1900 to 2000 homes").
bool DateFinder::CountsThings(std::size_t i, const Parsed& a, const Parsed& b) const {
  if (i >= t_.size() || t_[i].kind != TokenKind::kWord || t_[i].capitalized) return false;
  if (lex_.year_followers.Contains(text_, t_, i)) return false;
  if (lex_.count_words.Contains(text_, t_, i)) return true;
  const int first = CivilFromDays(a.range.first).year;
  const int last = CivilFromDays(b.range.first).year;
  return (first % 100 == 0 || last % 100 == 0) && !lex_.function_words.Contains(text_, t_, i);
}

// Range partner, surrounding words and year resolution. Returns false when the piece gives no mention.
bool DateFinder::Assemble(Parsed& p, std::size_t floor, DateMention* m, std::size_t* begin, std::size_t* end) const {
  const bool between = p.begin > floor && Word(p.begin - 1, "between");
  const bool from = p.begin > floor && Word(p.begin - 1, "from");
  std::optional<Parsed> q;
  const std::size_t j = p.end;
  const bool plain = !p.relative && p.anchor == DateAnchor::kNone;
  if (plain && j + 1 < t_.size() &&
      ((between && Word(j, "and")) || Word(j, "to") || Word(j, "through") ||
       (from && (Word(j, "until") || Word(j, "through"))) ||
       (Punct(j, "-") && ((p.complete && p.range.granularity == DateGranularity::kYear) || p.month_only ||
                          p.day != 0)) ||
       (Punct(j, "/") && Glued(j) && p.lone_year))) {
    q = ParseAt(j + 1, /*partner=*/true);
    if (q && (q->skip || q->relative || q->anchor != DateAnchor::kNone)) q.reset();
  }
  // "2014-15", "1990/91": the second year written with two digits.
  if (!q && p.lone_year && (Punct(j, "-") || Punct(j, "/")) && Glued(j) && Glued(j + 1) && Plain(j + 1, 2, 2) >= 0 &&
      !Glued(j + 2)) {
    const int first = CivilFromDays(p.range.first).year;
    int second = first / 100 * 100 + Plain(j + 1, 2, 2);
    if (second <= first) second += 100;
    if (second - first <= 10) {
      Parsed y;
      y.begin = j + 1;
      y.end = j + 2;
      y.range = date_words::YearRange(second);
      y.complete = true;
      q = y;
    }
  }
  if (q && p.lone_year && q->lone_year && CountsThings(q->end, p, *q)) {
    *end = q->end;  // "between 1000 and 1500 people": counts, read by the number reader
    return false;
  }
  if (q && p.month_only && !p.complete) {  // "from January to April 2015", "January-March"
    if (q->month_only && !q->complete && !Resolve(*q)) q.reset();
    if (q && q->complete) {
      p.year = CivilFromDays(q->range.first).year;
      if (p.month > CivilFromDays(q->range.first).month) --p.year;
      p.year_inferred = q->year_inferred;
      Complete(p);
    }
  } else if (q && !p.complete && q->year != 0 && !q->month_only) {  // "between 20 November and 5 December 2022"
    p.year = q->year;
    if (p.month > q->month || (p.month == q->month && p.day > q->day)) --p.year;
    Complete(p);
  } else if (q && !q->complete && p.year != 0 && p.day != 0) {  // "from 20 November 2022 to 5 December"
    q->year = p.year;
    if (q->month < p.month || (q->month == p.month && q->day < p.day)) ++q->year;
    Complete(*q);
  }
  if (!Resolve(p) || (q && !Resolve(*q))) {
    *end = q ? q->end : p.end;
    return false;
  }
  m->relative = p.relative;
  m->weekday = p.weekday;
  m->year_inferred = p.year_inferred || (q && q->year_inferred);
  m->range = p.range;
  m->resolved = !p.unresolved;
  m->anchor = p.anchor;
  m->offset = p.offset;
  m->anchor_span = p.anchor_span;
  m->part = p.part;
  *end = p.end;
  if (between && p.day_last != 0) --*begin;  // "between 20 and 25 November"
  if (q && q->range.last >= p.range.first) {
    m->range.last = q->range.last;
    m->range.granularity = std::min(p.range.granularity, q->range.granularity);
    *end = q->end;
    if (between || from) --*begin;
    return true;
  }
  if (p.begin > floor && Word(p.begin - 1, "since")) {
    m->since = true, --*begin;
  } else if (p.begin > floor &&
             (Word(p.begin - 1, "until") || Word(p.begin - 1, "till") || Word(p.begin - 1, "by"))) {
    m->until = true, --*begin;
  } else if (from && (Word(*end, "on") || Word(*end, "onwards") || Word(*end, "onward"))) {
    m->since = true, --*begin, ++*end;
  }
  return true;
}

// Completes a piece without a year from the reference; false when that is impossible.
bool DateFinder::Resolve(Parsed& p) const {
  if (p.skip) return false;
  if (p.complete || p.unresolved) return true;
  if (!reference_) return false;
  if (p.month_only) {
    p.year = date_words::ResolveYearOfMonths(p.month, *reference_, /*forward=*/p.last_month == 0);
  } else {
    p.year = date_words::ResolveYear(p.month, p.day, *reference_);
    if (p.year == 0) return false;
  }
  p.year_inferred = true;
  Complete(p);
  return p.complete;
}

TimeOfDay DateFinder::MakeTime(std::size_t begin, std::size_t end, int minutes, std::optional<int> offset,
                               std::size_t zone_begin, std::size_t zone_end) const {
  TimeOfDay t;
  t.span = {t_[begin].span.begin, t_[end - 1].span.end};
  t.minutes = minutes;
  t.utc_offset = offset;
  if (zone_end > zone_begin) {
    t.zone = std::string(SpanText(text_, {t_[zone_begin].span.begin, t_[zone_end - 1].span.end}));
  }
  return t;
}

// A time written right after the date ("25 April 2023 at 6:04 pm IST", "Wednesday, 18:03 UTC") or before it.
void DateFinder::AttachTime(DateMention* m, std::size_t* end, std::optional<TimeOfDay> before) const {
  if (before) {
    m->time = before;
    return;
  }
  std::size_t k = *end;
  if (Punct(k, ",")) ++k;
  if (Word(k, "at")) ++k;
  if (const std::optional<TimeParse> time = ParseTime(text_, t_, k, lex_)) {
    m->time = MakeTime(time->begin, time->end, time->minutes, time->utc_offset, time->zone_begin, time->zone_end);
    *end = time->end;
  }
}

}  // namespace dates_internal

using dates_internal::DateFinder;

std::vector<DateMention> FindDates(std::string_view text, ByteSpan range, std::optional<CivilDate> reference) {
  const std::vector<Token> tokens = Tokenize(text, range);
  DateFindOptions options;
  options.reference = reference;
  return DateFinder(text, tokens, options, LexiconTables(Lexicon::BuiltIn())).Run();
}

std::vector<DateMention> FindDates(const std::vector<Token>& tokens, std::optional<CivilDate> reference) {
  DateFindOptions options;
  options.reference = reference;
  return DateFinder(std::string_view(), tokens, options, LexiconTables(Lexicon::BuiltIn())).Run();
}

std::vector<DateMention> FindDates(std::string_view text, const std::vector<Token>& tokens,
                                   const DateFindOptions& options, const Lexicon& lexicon) {
  return DateFinder(text, tokens, options, LexiconTables(lexicon)).Run();
}

}  // namespace claimcheck
