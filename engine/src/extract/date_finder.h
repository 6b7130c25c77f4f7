// Private to the dates unit: the finder behind FindDates. date_mentions.cpp holds the walk, the absolute forms and
// the assembly of ranges; date_periods.cpp the named periods (quarters, fiscal years, decades, centuries,
// holidays); date_relative.cpp the forms counted from the reference date or from an anchor.
#ifndef CLAIMCHECK_SRC_EXTRACT_DATE_FINDER_H_
#define CLAIMCHECK_SRC_EXTRACT_DATE_FINDER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "lexicon_tables.h"
#include "number_core.h"

namespace claimcheck {
namespace dates_internal {

inline constexpr int kMinYear = 1000;      // four digits
inline constexpr int kMaxLoneYear = 2199;  // a year written alone, without a month ("in 2015")

// One date piece, before ranges and the words around it are read.
struct Parsed {
  std::size_t begin = 0;  // token range [begin, end)
  std::size_t end = 0;
  int year = 0;  // day-level pieces before completion; year 0 = not written
  int month = 0;
  int day = 0;
  int day_last = 0;
  int last_month = 0;     // a period of months (a quarter, a half) waiting for its year: month..last_month
  bool month_only = false;  // "January" waiting for a year (from a range partner or the reference)
  DateRange range;
  bool complete = false;  // `range` is set
  bool skip = false;      // consumed but not a mention (ambiguous "05/06/2022", impossible "2023-02-30")
  bool relative = false;
  bool weekday = false;
  bool year_inferred = false;
  bool lone_year = false;  // a bare four-digit year (ranges of them may be counts: "between 1000 and 1500 people")
  bool unresolved = false;  // anchored: kPreviousDate or kEvent with no date to count from
  DateAnchor anchor = DateAnchor::kNone;
  DateOffset offset;
  ByteSpan anchor_span;
  DatePart part = DatePart::kWhole;
};

class DateFinder {
 public:
  DateFinder(std::string_view text, const std::vector<Token>& tokens, const DateFindOptions& options,
             const lexicon_internal::Tables& lexicon);
  std::vector<DateMention> Run();
  // The first mention, when it starts at or before byte `starts_by`; the walk stops there (FindDateline: a
  // dateline's date comes within its first bytes, and only the line's first date counts).
  std::optional<DateMention> First(std::size_t starts_by);

 private:
  // --- date_mentions.cpp: tokens, absolute forms, assembly --------------------------------------------------
  // Run and First: the mentions in order, up to `max_mentions`, of the parses starting at tokens that may still
  // give a mention starting at or before byte `starts_by`.
  std::vector<DateMention> Walk(std::size_t starts_by, std::size_t max_mentions);
  bool Word(std::size_t i, std::string_view norm) const;
  bool Punct(std::size_t i, std::string_view norm) const;
  bool Glued(std::size_t i) const;
  int Plain(std::size_t i, std::size_t min_len, std::size_t max_len) const;
  int Year(std::size_t i) const;
  int CleanYear(std::size_t i) const;
  int Day(std::size_t i) const;
  int Month(std::size_t i, std::size_t* next) const;
  static void Complete(Parsed& p);

  std::optional<Parsed> ParseAt(std::size_t i, bool partner = false) const;
  std::optional<Parsed> ParseAbsolute(std::size_t i, bool partner) const;
  std::optional<Parsed> ParseNumeric(std::size_t i) const;
  std::optional<Parsed> ParseDayOfMonth(std::size_t i) const;
  void ReadYear(Parsed& p, std::size_t k) const;
  std::optional<Parsed> ParseDayFirst(std::size_t i) const;
  std::optional<Parsed> ParseMonthFirst(std::size_t i, bool partner) const;
  std::optional<Parsed> ParsePeriod(std::size_t i) const;
  std::optional<Parsed> ParseFiscal(std::size_t i) const;
  std::optional<Parsed> ParseDecade(std::size_t i) const;
  std::optional<Parsed> ParseCentury(std::size_t i) const;
  std::optional<Parsed> ParseHoliday(std::size_t i) const;
  bool HasYearContext(std::size_t i) const;
  std::optional<Parsed> ParseYear(std::size_t i, bool partner) const;
  bool CountsThings(std::size_t i, const Parsed& a, const Parsed& b) const;
  bool Assemble(Parsed& p, std::size_t floor, DateMention* m, std::size_t* begin, std::size_t* end) const;
  bool Resolve(Parsed& p) const;
  void AttachTime(DateMention* m, std::size_t* end, std::optional<TimeOfDay> before) const;
  TimeOfDay MakeTime(std::size_t begin, std::size_t end, int minutes, std::optional<int> offset,
                     std::size_t zone_begin, std::size_t zone_end) const;

  // --- date_relative.cpp: the reference date and anchors ---------------------------------------------------
  std::optional<Parsed> ParseRelative(std::size_t i) const;
  std::optional<Parsed> ParseThisNextLast(std::size_t i) const;
  std::optional<Parsed> ParseWeekday(std::size_t i, std::size_t k, int offset) const;
  std::optional<Parsed> ParseAnchoredWord(std::size_t i) const;
  std::optional<Parsed> ParseOffset(std::size_t i) const;
  std::optional<Parsed> ParseRolling(std::size_t i) const;
  std::size_t EventPhrase(std::size_t k) const;
  void FromReference(Parsed& p) const;
  // number_core::ParseCore at token i (no range), read once per token: the day, century and offset readers all
  // ask it of the same number token.
  const std::optional<number_core::Core>& NumberAt(std::size_t i) const;

  std::string_view text_;
  const std::vector<Token>& t_;
  const lexicon_internal::Tables& lex_;
  std::optional<CivilDate> reference_;
  int ref_days_ = 0;
  bool unresolved_ = false;
  bool periods_ = false;
  mutable std::vector<std::optional<number_core::Core>> numbers_;  // NumberAt's answers, by token
  mutable std::vector<bool> number_read_;
};

}  // namespace dates_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_EXTRACT_DATE_FINDER_H_
