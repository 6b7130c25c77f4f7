// Date mentions in prose (FindDates in dates.h).
//
// Approach: tokenize the range once and walk left to right. At each token a fixed list of recognizers is tried
// (numeric ISO and slash dates, day-first, month-first, decades, lone years, relative words); the first that
// matches gives a Parsed piece, possibly without a year. Around a piece the walk then reads a range partner
// ("to"/"and"/"-" + a second piece), the word before it (since/until/by/between/from) and "on"/"onwards" after it,
// and finally fills a missing year from the partner or the reference date. Vocabulary is data: months in
// dates.cpp (kMonths), weekdays, relative phrases and the words that make a bare number a year are tables here.
// Durations never match because every recognizer needs a month name, a four-digit year, a numeric date shape or a
// relative phrase: "three months", "12-year" and "2,000-year-old" offer none of these.
#include <algorithm>
#include <iterator>

#include "claimcheck/dates.h"
#include "date_words.h"

namespace claimcheck {
namespace {

using date_words::FindMonth;

constexpr std::string_view kWeekdays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

enum class RelativeUnit { kDay, kMonth, kYear };

struct RelativePhrase {
  std::string_view words[2];
  RelativeUnit unit;
  int offset;
};

constexpr RelativePhrase kRelativePhrases[] = {
    {{"yesterday"}, RelativeUnit::kDay, -1},       {{"today"}, RelativeUnit::kDay, 0},
    {{"tomorrow"}, RelativeUnit::kDay, 1},         {{"last", "year"}, RelativeUnit::kYear, -1},
    {{"this", "year"}, RelativeUnit::kYear, 0},    {{"next", "year"}, RelativeUnit::kYear, 1},
    {{"last", "month"}, RelativeUnit::kMonth, -1}, {{"this", "month"}, RelativeUnit::kMonth, 0},
    {{"next", "month"}, RelativeUnit::kMonth, 1},
};

// Words before a bare four-digit number that make it a year even when a lower-case word follows ("in 2000 ...").
constexpr std::string_view kYearContext[] = {
    "in",   "since", "by",    "until",  "till",   "from", "during", "before", "after", "between", "early",
    "late", "mid",   "circa", "spring", "summer", "fall", "autumn", "winter", "year",  "through",
};

// Lower-case words that follow a year but never a count ("2015 was", "2011 saw").
constexpr std::string_view kYearFollowers[] = {"was",  "saw",    "is",  "will", "has", "had",
                                               "when", "marked", "and", "or",   "to"};

// Signs that make a glued four-digit number something other than a year ("$2015", "#2015").
constexpr std::string_view kNonYearSigns[] = {"$", "#", "+", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5"};

constexpr int kMinYear = 1000;
constexpr int kMaxLoneYear = 2199;

template <std::size_t N>
bool InTable(const std::string_view (&table)[N], std::string_view word) {
  for (std::string_view w : table) {
    if (w == word) return true;
  }
  return false;
}

struct Parsed {
  std::size_t begin = 0;  // token range [begin, end)
  std::size_t end = 0;
  int year = 0;  // day-level pieces before completion; year 0 = not written
  int month = 0;
  int day = 0;
  int day_last = 0;
  DateRange range;
  bool complete = false;  // `range` is set
  bool skip = false;      // consumed but not a mention (ambiguous "05/06/2022", impossible "2023-02-30")
  bool relative = false;
  bool year_inferred = false;
};

class DateFinder {
 public:
  DateFinder(const std::vector<Token>& tokens, std::optional<CivilDate> reference)
      : t_(tokens), reference_(reference) {
    if (reference_ && IsValidDate(reference_->year, reference_->month, reference_->day)) {
      ref_days_ = DaysFromCivil(reference_->year, reference_->month, reference_->day);
    } else {
      reference_.reset();
    }
  }

  std::vector<DateMention> Run() {
    std::vector<DateMention> out;
    std::size_t floor = 0;
    for (std::size_t i = 0; i < t_.size();) {
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
        out.push_back(m);
      }
      floor = i = end;
    }
    return out;
  }

 private:
  bool Word(std::size_t i, std::string_view norm) const {
    return i < t_.size() && t_[i].kind == TokenKind::kWord && t_[i].norm == norm;
  }
  bool Punct(std::size_t i, std::string_view norm) const {
    return i < t_.size() && t_[i].kind == TokenKind::kPunct && t_[i].norm == norm;
  }
  bool Glued(std::size_t i) const { return i > 0 && i < t_.size() && Adjacent(t_[i - 1], t_[i]); }

  // Plain digits of the given length range ("2022", "05"); -1 otherwise.
  int Plain(std::size_t i, std::size_t min_len, std::size_t max_len) const {
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
  int Year(std::size_t i) const {
    const int y = Plain(i, 4, 4);
    return y >= kMinYear ? y : -1;
  }
  // A year at i that is not glued to a word, hyphen or sign after it ("2015," and "2015." are fine; "2000-year"
  // and "2015s" are not).
  int CleanYear(std::size_t i) const {
    const int y = Year(i);
    if (y < 0 || !Glued(i + 1)) return y;
    const Token& next = t_[i + 1];
    if (next.kind != TokenKind::kPunct || next.norm == "-" || next.norm == "%" || next.norm == "/") return -1;
    return y;
  }
  // A day of the month: "5", "25", "25th"; 0 otherwise.
  int Day(std::size_t i) const {
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
  int Month(std::size_t i, std::size_t* next) const {
    if (i >= t_.size() || t_[i].kind != TokenKind::kWord) return 0;
    const date_words::MonthWord* m = FindMonth(t_[i].norm);
    if (m == nullptr || (m->needs_capital && !t_[i].capitalized)) return 0;
    *next = i + 1;
    if (m->abbreviation && Punct(i + 1, ".") && Glued(i + 1)) *next = i + 2;
    return m->month;
  }

  // Fills `range` from year/month/day(/day_last); marks impossible dates as skip.
  static void Complete(Parsed& p) {
    const int last = p.day_last != 0 ? p.day_last : p.day;
    if (!IsValidDate(p.year, p.month, p.day) || !IsValidDate(p.year, p.month, last) || last < p.day) {
      p.skip = true;
      return;
    }
    p.range = {DaysFromCivil(p.year, p.month, p.day), DaysFromCivil(p.year, p.month, last), DateGranularity::kDay};
    p.complete = true;
  }

  std::optional<Parsed> ParseAt(std::size_t i, bool partner = false) const {
    if (auto p = ParseNumeric(i)) return p;
    if (auto p = ParseDayFirst(i)) return p;
    if (auto p = ParseMonthFirst(i)) return p;
    if (auto p = ParseDecade(i)) return p;
    if (auto p = ParseYear(i, partner)) return p;
    return ParseRelative(i);
  }

  // 2022-12-28, 20/11/2022, 11/20/2022.
  std::optional<Parsed> ParseNumeric(std::size_t i) const {
    for (std::size_t k = i + 1; k <= i + 4; ++k) {
      if (!Glued(k)) return std::nullopt;
    }
    Parsed p;
    p.begin = i;
    p.end = i + 5;
    if (Year(i) > 0 && Punct(i + 1, "-") && Punct(i + 3, "-")) {
      p.year = Year(i), p.month = Plain(i + 2, 1, 2), p.day = Plain(i + 4, 1, 2);
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
  void ReadYear(Parsed& p, std::size_t k) const {
    const std::size_t y = Punct(k, ",") ? k + 1 : k;
    if (CleanYear(y) > 0) p.year = Year(y), p.end = y + 1;
  }

  // 25 April 2023, 25th April, 25th of April, 20-25 November 2022, 20 and 25 November (with "between").
  std::optional<Parsed> ParseDayFirst(std::size_t i) const {
    const int day = Day(i);
    if (day == 0) return std::nullopt;
    Parsed p;
    p.begin = i;
    p.day = day;
    std::size_t k = i + 1;
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

  // April 25, 2023; Dec. 28; April 25th; November 20-25; September 2015.
  std::optional<Parsed> ParseMonthFirst(std::size_t i) const {
    std::size_t k = 0;
    Parsed p;
    p.begin = i;
    p.month = Month(i, &k);
    if (p.month == 0) return std::nullopt;
    if (CleanYear(k) > 0) {
      p.year = Year(k);
      p.end = k + 1;
      p.range = date_words::MonthRange(p.year, p.month);
      p.complete = true;
      return p;
    }
    p.day = Day(k);
    if (p.day == 0 || Punct(k + 1, ":") || Word(k + 1, "percent") || Punct(k + 1, "%")) return std::nullopt;
    p.end = k + 1;
    if (Punct(k + 1, "-") && Day(k + 2) > 0) {
      p.day_last = Day(k + 2);
      p.end = k + 3;
    }
    ReadYear(p, p.end);
    if (p.year != 0) Complete(p);
    return p;
  }

  // the 1990s, 2000s, the '90s, 1990's.
  std::optional<Parsed> ParseDecade(std::size_t i) const {
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
    p.complete = true;
    return p;
  }

  // Words before i that make a four-digit number a year: "in 2000", "mid-2015", "2011 and 2015", "2011-2015".
  bool HasYearContext(std::size_t i) const {
    if (i == 0) return false;
    if (InTable(kYearContext, t_[i - 1].norm)) return true;
    if (i < 2) return false;
    const std::string_view prev = t_[i - 1].norm;
    if (prev == "-" && Glued(i) && InTable(kYearContext, t_[i - 2].norm)) return true;
    return (prev == "and" || prev == "or" || prev == "to" || prev == "-" || prev == ",") && Year(i - 2) > 0;
  }

  // A lone year: 4 plain digits in 1000..2199 that do not count something. A range `partner` ("2011 to 2015")
  // is a year even before a lower-case word.
  std::optional<Parsed> ParseYear(std::size_t i, bool partner) const {
    const int year = Year(i);
    if (year < 0 || year > kMaxLoneYear) return std::nullopt;
    const std::size_t n = i + 1;
    if (CleanYear(i) < 0 && !(Punct(n, "-") && Glued(n) && Year(n + 1) > 0)) return std::nullopt;  // "2011-2015" ok
    if (Punct(n, "%") || Word(n, "percent") || Word(n, "million") || Word(n, "thousand") || Word(n, "billion")) {
      return std::nullopt;
    }
    if (Glued(i) && InTable(kNonYearSigns, t_[i - 1].norm)) return std::nullopt;
    if (n < t_.size() && t_[n].kind == TokenKind::kWord && !t_[n].capitalized && !InTable(kYearFollowers, t_[n].norm)) {
      const bool context = partner || HasYearContext(i);
      const bool determiner = i > 0 && (Word(i - 1, "the") || t_[i - 1].possessive) && year % 100 != 0;
      if (!context && !determiner) return std::nullopt;  // "2000 people"
    }
    Parsed p;
    p.begin = i;
    p.end = n;
    p.range = date_words::YearRange(year);
    p.complete = true;
    return p;
  }

  std::optional<Parsed> ParseRelative(std::size_t i) const {
    if (!reference_) return std::nullopt;
    Parsed p;
    p.begin = i;
    p.relative = true;
    for (const RelativePhrase& r : kRelativePhrases) {
      const std::size_t len = r.words[1].empty() ? 1 : 2;
      if (!Word(i, r.words[0]) || (len == 2 && !Word(i + 1, r.words[1]))) continue;
      p.end = i + len;
      const CivilDate& ref = *reference_;
      if (r.unit == RelativeUnit::kDay) {
        p.range = {ref_days_ + r.offset, ref_days_ + r.offset, DateGranularity::kDay};
      } else if (r.unit == RelativeUnit::kYear) {
        p.range = date_words::YearRange(ref.year + r.offset);
      } else {
        const int months = ref.year * 12 + (ref.month - 1) + r.offset;
        p.range = date_words::MonthRange(months / 12, months % 12 + 1);
      }
      p.complete = true;
      return p;
    }
    // [last|this] Tuesday; "on Tuesday" leaves "on" out of the span.
    const bool last = Word(i, "last");
    const std::size_t k = (last || Word(i, "this")) ? i + 1 : i;
    if (k >= t_.size() || !t_[k].capitalized || t_[k].kind != TokenKind::kWord) return std::nullopt;
    for (int dow = 0; dow < 7; ++dow) {
      if (t_[k].norm != kWeekdays[dow]) continue;
      std::size_t after = Punct(k + 1, ",") ? k + 2 : k + 1;
      if (std::optional<Parsed> date = ParseAt(after); date && !date->relative && date->day != 0) {
        return std::nullopt;  // "Tuesday, April 25, 2023": the date itself is the mention
      }
      int back = (DayOfWeek(ref_days_) - dow + 7) % 7;
      if (last && back == 0) back = 7;
      p.end = k + 1;
      p.range = {ref_days_ - back, ref_days_ - back, DateGranularity::kDay};
      p.complete = true;
      return p;
    }
    return std::nullopt;
  }

  // Range partner, surrounding words and year resolution. Returns false when the piece gives no mention.
  bool Assemble(Parsed& p, std::size_t floor, DateMention* m, std::size_t* begin, std::size_t* end) const {
    const bool between = p.begin > floor && Word(p.begin - 1, "between");
    const bool from = p.begin > floor && Word(p.begin - 1, "from");
    std::optional<Parsed> q;
    const std::size_t j = p.end;
    if (!p.relative && j + 1 < t_.size() &&
        ((between && Word(j, "and")) || Word(j, "to") || (from && (Word(j, "until") || Word(j, "through"))) ||
         (Punct(j, "-") && p.complete && p.range.granularity == DateGranularity::kYear))) {
      q = ParseAt(j + 1, /*partner=*/true);
      if (q && (q->skip || q->relative)) q.reset();
    }
    if (q && !p.complete && q->year != 0) {  // "between 20 November and 5 December 2022"
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
    m->year_inferred = p.year_inferred || (q && q->year_inferred);
    m->range = p.range;
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
  bool Resolve(Parsed& p) const {
    if (p.skip) return false;
    if (p.complete) return true;
    if (!reference_) return false;
    p.year = date_words::ResolveYear(p.month, p.day, *reference_);
    if (p.year == 0) return false;
    p.year_inferred = true;
    Complete(p);
    return p.complete;
  }

  const std::vector<Token>& t_;
  std::optional<CivilDate> reference_;
  int ref_days_ = 0;
};

}  // namespace

std::vector<DateMention> FindDates(std::string_view text, ByteSpan range, std::optional<CivilDate> reference) {
  const std::vector<Token> tokens = Tokenize(text, range);
  return DateFinder(tokens, reference).Run();
}

std::vector<DateMention> FindDates(const std::vector<Token>& tokens, std::optional<CivilDate> reference) {
  return DateFinder(tokens, reference).Run();
}

}  // namespace claimcheck
