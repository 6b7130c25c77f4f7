// Dates counted from the reference date or from an anchor (FindDates in dates.h), and ResolveAnchored.
//
// Approach: a relative form is a count, a calendar unit and a direction (DateOffset). Those counted from the
// publication date are resolved at once with the calendar helpers below ("two months ago", "next week", "last
// Friday"); those counted from a date told before or from an event are returned unresolved with their offset and
// the event's words ("three weeks later", "two days after the quake"), for a caller who knows the anchor
// (ResolveAnchored). The words are the lexicon's: relative days, this/next/last, the anchored words after "the",
// and the offset words ("ago", "later", "after").
#include <algorithm>
#include <iterator>

#include "claimcheck/dates.h"
#include "date_finder.h"
#include "date_words.h"
#include "number_core.h"

namespace claimcheck {

using namespace std::string_view_literals;
namespace date_words {
namespace {

DateRange AddMonths(int day, int months, DateGranularity g) {
  const CivilDate c = CivilFromDays(day);
  const int total = c.year * 12 + (c.month - 1) + months;
  const int year = total >= 0 ? total / 12 : -((-total + 11) / 12);
  const int month = total - year * 12 + 1;
  const int d = std::min(c.day, DaysInMonth(year, month));
  const int moved = DaysFromCivil(year, month, d);
  return {moved, moved, g};
}

int MonthsPer(DateUnit unit) {
  switch (unit) {
    case DateUnit::kMonth: return 1;
    case DateUnit::kQuarter: return 3;
    case DateUnit::kYear: return 12;
    case DateUnit::kDecade: return 120;
    default: return 0;
  }
}

int DaysPer(DateUnit unit) {
  switch (unit) {
    case DateUnit::kWeek: return 7;
    case DateUnit::kFortnight: return 14;
    default: return 1;
  }
}

}  // namespace

DateRange CalendarUnit(int day, DateUnit unit, int count) {
  const CivilDate c = CivilFromDays(day);
  switch (unit) {
    case DateUnit::kDay:
    case DateUnit::kFortnight:
      return DayRange(day + count * DaysPer(unit));
    case DateUnit::kWeek: {
      const int monday = day - (DayOfWeek(day) + 6) % 7 + 7 * count;
      return {monday, monday + 6, DateGranularity::kDay};
    }
    case DateUnit::kMonth: {
      const DateRange first = AddMonths(DaysFromCivil(c.year, c.month, 1), count, DateGranularity::kMonth);
      const CivilDate m = CivilFromDays(first.first);
      return MonthRange(m.year, m.month);
    }
    case DateUnit::kQuarter: {
      const int quarter_month = (c.month - 1) / 3 * 3 + 1;
      const CivilDate m = CivilFromDays(AddMonths(DaysFromCivil(c.year, quarter_month, 1), 3 * count,
                                                  DateGranularity::kMonth).first);
      return MonthsRange(m.year, m.month, m.month + 2);
    }
    case DateUnit::kYear:
      return YearRange(c.year + count);
    case DateUnit::kDecade:
      return DecadeRange(c.year - ((c.year % 10) + 10) % 10 + 10 * count);
  }
  return DayRange(day);
}

DateRange Shift(DateRange range, DateUnit unit, int count) {
  const int months = MonthsPer(unit);
  if (months == 0) {
    const int days = count * DaysPer(unit);
    return {range.first + days, range.last + days, range.granularity};
  }
  DateRange r = range;
  r.first = AddMonths(range.first, months * count, range.granularity).first;
  r.last = AddMonths(range.last, months * count, range.granularity).last;
  return r;
}

}  // namespace date_words

DateRange ResolveAnchored(const DateMention& mention, DateRange anchor) {
  if (mention.anchor != DateAnchor::kPreviousDate && mention.anchor != DateAnchor::kEvent) return mention.range;
  const DateOffset& o = mention.offset;
  if (o.month != 0) {  // "the following July": the first July after (or before) the anchor
    const CivilDate from = CivilFromDays(o.count > 0 ? anchor.last : anchor.first);
    int year = from.year;
    if (o.count > 0 && o.month <= from.month) ++year;
    if (o.count < 0 && o.month >= from.month) --year;
    return date_words::MonthRange(year, o.month);
  }
  if (o.calendar) return date_words::CalendarUnit(anchor.first, o.unit, o.count);
  return date_words::Shift(anchor, o.unit, o.count);
}

namespace dates_internal {
namespace {

// Words that end the noun phrase of an event ("two days after the quake struck"): the closed classes around it.
constexpr std::string_view kPhraseStops[] = {
    "and", "or", "but", "in", "on", "at", "of", "to", "was", "were", "is", "are", "had", "has", "have", "when",
    "while", "as", "which", "that", "who", "with", "by", "for", "from", "after", "before", "struck", "hit", "began",
    "ended", "broke", "took", "came", "went", "fell", "rose", "said", "will", "would", "could", "killed", "left"};

constexpr std::string_view kDeterminers[] = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these",
                                             "those", "our", "my", "your"};

template <std::size_t N>
bool In(const std::string_view (&table)[N], std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

}  // namespace

std::optional<Parsed> DateFinder::ParseRelative(std::size_t i) const {
  if (i >= t_.size()) return std::nullopt;
  if (const auto day = lex_.relative_days.Longest(text_, t_, i)) {  // "yesterday", "the day before yesterday"
    if (!reference_) return std::nullopt;
    Parsed p;
    p.begin = i;
    p.end = day.end;
    p.offset = {*day.value, DateUnit::kDay, true, 0};
    FromReference(p);
    return p;
  }
  if (auto p = ParseRolling(i)) return p;
  if (auto p = ParseThisNextLast(i)) return p;
  if (auto p = ParseAnchoredWord(i)) return p;
  if (auto p = ParseOffset(i)) return p;
  return ParseWeekday(i, i, 2);  // "on Tuesday"
}

// Resolves a piece counted from the reference date (offset set).
void DateFinder::FromReference(Parsed& p) const {
  p.relative = true;
  p.anchor = DateAnchor::kReference;
  p.complete = true;
  p.range = p.offset.calendar ? date_words::CalendarUnit(ref_days_, p.offset.unit, p.offset.count)
                              : date_words::Shift(date_words::DayRange(ref_days_), p.offset.unit, p.offset.count);
}

// last/this/next + week, month, quarter, year; + a weekday; + a month name ("last July").
std::optional<Parsed> DateFinder::ParseThisNextLast(std::size_t i) const {
  const auto word = lex_.this_next_last.Longest(text_, t_, i);
  if (!word || !reference_) return std::nullopt;
  const int offset = *word.value;
  const std::size_t k = word.end;
  Parsed p;
  p.begin = i;
  p.end = k + 1;
  if (const auto unit = lex_.date_units.Longest(text_, t_, k);
      unit && t_[k].norm.back() != 's' && *unit.value != DateUnit::kDay && *unit.value != DateUnit::kDecade &&
      *unit.value != DateUnit::kFortnight && (periods_ || *unit.value != DateUnit::kQuarter)) {
    p.offset = {offset, *unit.value, true, 0};
    FromReference(p);
    return p;
  }
  if (Word(k, "weekend")) {  // Saturday and Sunday of the reference's week, or of the week before or after
    const int monday = ref_days_ - (DayOfWeek(ref_days_) + 6) % 7 + 7 * offset;
    p.relative = true;
    p.anchor = DateAnchor::kReference;
    p.offset = {offset, DateUnit::kWeek, true, 0};
    p.range = {monday + 5, monday + 6, DateGranularity::kDay};
    p.complete = true;
    return p;
  }
  std::size_t after = 0;
  if (const int month = Month(k, &after); month != 0 && t_[k].capitalized) {
    // last July: the July before the reference's month; next July: the one after; this July: in its year.
    const CivilDate& ref = *reference_;
    int year = ref.year;
    if (offset < 0 && month >= ref.month) --year;
    if (offset > 0 && month <= ref.month) ++year;
    p.end = after;
    p.relative = true;
    p.anchor = DateAnchor::kReference;
    p.offset = {offset, DateUnit::kMonth, true, month};
    p.range = date_words::MonthRange(year, month);
    p.complete = true;
    return p;
  }
  return ParseWeekday(i, k, offset);
}

// A weekday at k, counted from the reference: `offset` -1 last (strictly before), 0 this (in the reference's
// week, Monday to Sunday), 1 next (strictly after), 2 bare ("on Tuesday": on or before).
std::optional<Parsed> DateFinder::ParseWeekday(std::size_t i, std::size_t k, int offset) const {
  if (!reference_ || k >= t_.size() || t_[k].kind != TokenKind::kWord) return std::nullopt;
  const auto weekday = lex_.weekdays.Longest(text_, t_, k);
  if (!weekday) return std::nullopt;
  const int dow = *weekday.value;
  const std::size_t after = Punct(k + 1, ",") ? k + 2 : k + 1;
  if (std::optional<Parsed> date = ParseAbsolute(after, false); date && date->day != 0) {
    return std::nullopt;  // "Tuesday, April 25, 2023": the date itself is the mention
  }
  const int ref_dow = DayOfWeek(ref_days_);
  int day = 0;
  if (offset == 0) {
    day = ref_days_ - (ref_dow + 6) % 7 + (dow + 6) % 7;
  } else if (offset > 0 && offset != 2) {
    const int ahead = (dow - ref_dow + 7) % 7;
    day = ref_days_ + (ahead == 0 ? 7 : ahead);
  } else {
    int back = (ref_dow - dow + 7) % 7;
    if (offset < 0 && back == 0) back = 7;
    day = ref_days_ - back;
  }
  Parsed p;
  p.begin = i;
  p.end = k + 1;
  p.relative = true;
  p.weekday = true;
  p.anchor = DateAnchor::kReference;
  p.range = date_words::DayRange(day);
  p.complete = true;
  return p;
}

// "the following year", "the next day", "the previous week", "the following July"; "the day after the election",
// "the day before": counted from a date told before, or from an event.
std::optional<Parsed> DateFinder::ParseAnchoredWord(std::size_t i) const {
  if (!Word(i, "the")) return std::nullopt;
  Parsed p;
  p.begin = i;
  p.unresolved = true;
  p.anchor = DateAnchor::kPreviousDate;
  if (const auto word = lex_.anchored.Longest(text_, t_, i + 1)) {
    const std::size_t k = word.end;
    std::size_t after = 0;
    if (const auto unit = lex_.date_units.Longest(text_, t_, k); unit && t_[k].norm.back() != 's') {
      p.offset = {*word.value, *unit.value, true, 0};
      p.end = unit.end;
      return p;
    }
    if (const int month = Month(k, &after); month != 0) {
      p.offset = {*word.value, DateUnit::kMonth, true, month};
      p.end = after;
      return p;
    }
    return std::nullopt;
  }
  const auto unit = lex_.date_units.Longest(text_, t_, i + 1);
  if (!unit || t_[i + 1].norm.back() == 's') return std::nullopt;
  const auto offset = lex_.offsets.Longest(text_, t_, unit.end);
  if (!offset || offset.value->anchor != DateAnchor::kEvent) return std::nullopt;  // "the day after", "the week before"
  p.offset = {offset.value->sign, *unit.value, true, 0};
  p.end = offset.end;
  if (const std::size_t e = EventPhrase(offset.end); e > offset.end) {
    p.anchor = DateAnchor::kEvent;
    p.anchor_span = {t_[offset.end].span.begin, t_[e - 1].span.end};
    p.end = e;
  }
  return p;
}

// "<count> <unit> ago", "... from now", "... later", "... earlier", "... after the quake", "... before the vote".
std::optional<Parsed> DateFinder::ParseOffset(std::size_t i) const {
  int count = 0;
  std::size_t k = i;
  if (Word(i, "a") || Word(i, "an") || Word(i, "one")) {
    count = 1, k = i + 1;
  } else if (i < t_.size() && (t_[i].kind == TokenKind::kNumber || lex_.MayStartNumber(t_[i].norm))) {
    const std::optional<number_core::Core>& core = NumberAt(i);
    if (!core || core->ordinal || core->fraction || core->has_scale || core->unit != number_core::kNoUnit ||
        !(core->value >= 1 && core->value <= 1000) || core->value != static_cast<int>(core->value)) {
      return std::nullopt;
    }
    count = static_cast<int>(core->value), k = core->end;
  } else {
    return std::nullopt;
  }
  const auto unit = lex_.date_units.Longest(text_, t_, k);
  if (!unit || (!periods_ && *unit.value == DateUnit::kQuarter)) return std::nullopt;
  const auto offset = lex_.offsets.Longest(text_, t_, unit.end);
  if (!offset) return std::nullopt;
  Parsed p;
  p.begin = i;
  p.end = offset.end;
  DateUnit u = *unit.value;
  if (u == DateUnit::kDecade) u = DateUnit::kYear, count *= 10;  // "a decade ago": that year
  const int signed_count = offset.value->sign * count;
  if (offset.value->anchor == DateAnchor::kReference) {
    if (!reference_) return std::nullopt;
    // Days and weeks ago name a day; months, quarters and years ago the whole calendar unit. "A year ago today" is
    // an anniversary: that day, a year back.
    bool calendar = u != DateUnit::kDay && u != DateUnit::kWeek && u != DateUnit::kFortnight;
    if (offset.value->sign < 0 && Word(p.end, "today")) {
      calendar = false;
      p.end += 1;
    }
    p.offset = {signed_count, u, calendar, 0};
    FromReference(p);
    return p;
  }
  p.unresolved = true;
  p.anchor = offset.value->anchor;
  p.offset = {signed_count, u, false, 0};
  if (p.anchor == DateAnchor::kEvent) {
    const std::size_t e = EventPhrase(offset.end);
    if (e == offset.end) {
      p.anchor = DateAnchor::kPreviousDate;  // "two years before," with nothing named
    } else {
      p.anchor_span = {t_[offset.end].span.begin, t_[e - 1].span.end};
      p.end = e;
    }
  }
  return p;
}

// "the past two weeks", "over the last three years", "the past year", "the next 10 days": a window of days that
// ends (or starts) at the reference date. Without a count, only "past" ("last year" is the calendar year).
std::optional<Parsed> DateFinder::ParseRolling(std::size_t i) const {
  if (!reference_) return std::nullopt;
  const std::size_t w = Word(i, "the") ? i + 1 : i;
  const auto word = lex_.rolling.Longest(text_, t_, w);
  if (!word) return std::nullopt;
  std::size_t k = word.end;
  int count = 0;
  if (k < t_.size() && (t_[k].kind == TokenKind::kNumber || lex_.MayStartNumber(t_[k].norm))) {
    const std::optional<number_core::Core>& core = NumberAt(k);
    if (core && !core->ordinal && !core->fraction && !core->has_scale && core->unit == number_core::kNoUnit &&
        core->value >= 1 && core->value <= 1000 && core->value == static_cast<int>(core->value)) {
      count = static_cast<int>(core->value);
      k = core->end;
    }
  }
  if (count == 0) {
    // "the past year"; "over the next decade", "in the coming year" (after "the next", counted from the reference
    // only after a preposition of time: "The next year, he won" counts from the date told before).
    const bool window = i > 0 && (Word(i - 1, "over") || Word(i - 1, "in") || Word(i - 1, "within") ||
                                  Word(i - 1, "during") || Word(i - 1, "for") || Word(i - 1, "throughout"));
    if (t_[w].norm != "past"sv && !(window && *word.value > 0 && w > i)) return std::nullopt;
    count = 1;
  }
  const auto unit = lex_.date_units.Longest(text_, t_, k);
  if (!unit) return std::nullopt;
  const int sign = *word.value;
  const DateRange edge = date_words::Shift(date_words::DayRange(ref_days_), *unit.value, sign * count);
  Parsed p;
  p.begin = i;
  p.end = unit.end;
  p.relative = true;
  p.anchor = DateAnchor::kReference;
  p.offset = {sign * count, *unit.value, false, 0};
  p.range = sign < 0 ? DateRange{edge.first, ref_days_, DateGranularity::kDay}
                     : DateRange{ref_days_, edge.last, DateGranularity::kDay};
  p.complete = true;
  return p;
}

// The noun phrase of an event at k ("the quake", "the election", "Hurricane Katrina"): a determiner or a
// capitalized word, then at most three words before a closed-class word, a punctuation mark or a past verb.
// Returns the token after it, k when there is none.
std::size_t DateFinder::EventPhrase(std::size_t k) const {
  if (k >= t_.size() || t_[k].kind != TokenKind::kWord) return k;
  const bool determiner = In(kDeterminers, t_[k].norm);
  if (!determiner && !t_[k].capitalized) return k;
  std::size_t j = k + 1;
  std::size_t words = determiner ? 0 : 1;
  while (j < t_.size() && words < 3 && t_[j].kind == TokenKind::kWord && !In(kPhraseStops, t_[j].norm)) {
    const std::string_view w = t_[j].norm;
    if (words > 0 && !t_[j].capitalized && w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) break;
    if (!determiner && !t_[j].capitalized) break;
    ++j, ++words;
  }
  return words > 0 ? j : k;
}

}  // namespace dates_internal
}  // namespace claimcheck
