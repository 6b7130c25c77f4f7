// Tests for dates.h: calendar arithmetic, ISO ranges, formatting, date mentions, datelines.
#include "claimcheck/dates.h"

#include "claimcheck/lexicon.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <vector>

using claimcheck::CivilDate;
using claimcheck::DateGranularity;
using claimcheck::DateMention;
using claimcheck::DateRange;

namespace {

std::string Iso(int days) {
  const CivilDate c = claimcheck::CivilFromDays(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

// "<span> <first>[..<last>] <granularity d/m/y/D><flags s since, u until, i year inferred, r relative>"
std::string Describe(std::string_view text, const DateMention& m) {
  std::string out(claimcheck::SpanText(text, m.span));
  out += " " + Iso(m.range.first);
  if (m.range.last != m.range.first) out += ".." + Iso(m.range.last);
  out += ' ';
  out += "dmyD"[static_cast<int>(m.range.granularity)];
  if (m.since) out += 's';
  if (m.until) out += 'u';
  if (m.year_inferred) out += 'i';
  if (m.relative) out += 'r';
  return out;
}

constexpr CivilDate kRef{2023, 4, 25};  // a Tuesday

std::vector<std::string> Dates(std::string_view text, std::optional<CivilDate> reference = kRef) {
  std::vector<std::string> out;
  for (const DateMention& m : claimcheck::FindDates(text, {0, text.size()}, reference))
    out.push_back(Describe(text, m));
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

void Check(const std::vector<Case>& cases, std::optional<CivilDate> reference = kRef) {
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Dates(c.text, reference) == c.expected);
  }
}

// With options: resolved mentions as Describe; anchored ones "<span> ~<anchor> <count> <unit>[ cal][ m<month>]
// [ @<event>]"; times alone "<span> @<minutes>[ z<offset>]"; a time with a date adds " t<minutes>".
std::vector<std::string> Found(std::string_view text, bool periods, bool unresolved,
                               std::optional<CivilDate> reference = kRef) {
  static constexpr const char* kAnchors[] = {"none", "reference", "previous-date", "event"};
  static constexpr const char* kUnits[] = {"day", "week", "fortnight", "month", "quarter", "year", "decade"};
  claimcheck::DateFindOptions options;
  options.reference = reference;
  options.periods = periods;
  options.unresolved = unresolved;
  const auto tokens = claimcheck::Tokenize(text, {0, text.size()});
  std::vector<std::string> out;
  for (const DateMention& m : claimcheck::FindDates(text, tokens, options, claimcheck::Lexicon::BuiltIn())) {
    std::string d;
    if (m.resolved) {
      d = Describe(text, m);
    } else if (m.anchor == claimcheck::DateAnchor::kNone) {
      d = std::string(claimcheck::SpanText(text, m.span)) + " @" + std::to_string(m.time->minutes);
      if (m.time->utc_offset) d += " z" + std::to_string(*m.time->utc_offset);
    } else {
      d = std::string(claimcheck::SpanText(text, m.span)) + " ~" + kAnchors[static_cast<int>(m.anchor)] + " " +
          std::to_string(m.offset.count) + " " + kUnits[static_cast<int>(m.offset.unit)];
      if (m.offset.calendar) d += " cal";
      if (m.offset.month != 0) d += " m" + std::to_string(m.offset.month);
      if (m.anchor_span.end > m.anchor_span.begin) d += " @" + std::string(claimcheck::SpanText(text, m.anchor_span));
    }
    if (m.resolved && m.time) d += " t" + std::to_string(m.time->minutes);
    out.push_back(d);
  }
  return out;
}

void CheckFound(const std::vector<Case>& cases, bool periods, bool unresolved) {
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Found(c.text, periods, unresolved) == c.expected);
  }
}

}  // namespace

TEST_CASE("Calendar arithmetic", "[dates]") {
  CHECK(claimcheck::DaysFromCivil(1970, 1, 1) == 0);
  CHECK(claimcheck::DaysFromCivil(2000, 3, 1) == 11017);
  CHECK(claimcheck::DaysFromCivil(1969, 12, 31) == -1);
  CHECK(Iso(claimcheck::DaysFromCivil(2023, 4, 25)) == "2023-04-25");
  for (int d = -800000; d < 800000; d += 997) {
    const CivilDate c = claimcheck::CivilFromDays(d);
    REQUIRE(claimcheck::DaysFromCivil(c.year, c.month, c.day) == d);
  }
  CHECK(claimcheck::IsValidDate(2024, 2, 29));
  CHECK_FALSE(claimcheck::IsValidDate(2023, 2, 29));
  CHECK_FALSE(claimcheck::IsValidDate(1900, 2, 29));
  CHECK(claimcheck::IsValidDate(2000, 2, 29));
  CHECK_FALSE(claimcheck::IsValidDate(2023, 4, 31));
  CHECK_FALSE(claimcheck::IsValidDate(2023, 13, 1));
  CHECK_FALSE(claimcheck::IsValidDate(2023, 0, 1));
  CHECK_FALSE(claimcheck::IsValidDate(2023, 1, 0));
  CHECK(claimcheck::DayOfWeek(0) == 4);  // Thursday
  CHECK(claimcheck::DayOfWeek(claimcheck::DaysFromCivil(2023, 4, 25)) == 2);
  CHECK(claimcheck::DayOfWeek(-1) == 3);
}

TEST_CASE("ParseIsoDateRange and FormatDateRange", "[dates]") {
  struct IsoCase {
    const char* text;
    const char* first;
    const char* last;
    DateGranularity granularity;
    const char* formatted;
  };
  const IsoCase ok[] = {
      {"2023-04-25", "2023-04-25", "2023-04-25", DateGranularity::kDay, "25 April 2023"},
      {"2023-04", "2023-04-01", "2023-04-30", DateGranularity::kMonth, "April 2023"},
      {"2024-02", "2024-02-01", "2024-02-29", DateGranularity::kMonth, "February 2024"},
      {"2015", "2015-01-01", "2015-12-31", DateGranularity::kYear, "2015"},
      {"2000s", "2000-01-01", "2009-12-31", DateGranularity::kDecade, "the 2000s"},
      {"2011/2015", "2011-01-01", "2015-12-31", DateGranularity::kYear, "2011 to 2015"},
      {"2022-11-20/2022-11-25", "2022-11-20", "2022-11-25", DateGranularity::kDay,
       "20 November 2022 to 25 November 2022"},
      {"2015-09/2023", "2015-09-01", "2023-12-31", DateGranularity::kMonth, "September 2015 to December 2023"},
  };
  for (const IsoCase& c : ok) {
    INFO(c.text);
    const auto r = claimcheck::ParseIsoDateRange(c.text);
    REQUIRE(r.has_value());
    CHECK(Iso(r->first) == c.first);
    CHECK(Iso(r->last) == c.last);
    CHECK(r->granularity == c.granularity);
    CHECK(claimcheck::FormatDateRange(*r) == c.formatted);
  }
  for (const char* bad : {"", "2023-02-30", "2023-13", "2023-00", "23-04-25", "2023-4-25", "2023-04-25x", "2001s",
                          "abcd", "2015/2011", "2015/", " 2015", "2023-04-31"}) {
    INFO(bad);
    CHECK_FALSE(claimcheck::ParseIsoDateRange(bad).has_value());
  }
  CHECK(claimcheck::FormatDateRange({claimcheck::DaysFromCivil(1990, 1, 1), claimcheck::DaysFromCivil(2009, 12, 31),
                                     DateGranularity::kDecade}) == "the 1990s to the 2000s");
  // Two days of one unit read as that unit once; a negative year keeps its sign.
  CHECK(claimcheck::FormatDateRange({claimcheck::DaysFromCivil(2022, 3, 5), claimcheck::DaysFromCivil(2022, 3, 20),
                                     DateGranularity::kMonth}) == "March 2022");
  CHECK(claimcheck::FormatDateRange({claimcheck::DaysFromCivil(-44, 3, 15), claimcheck::DaysFromCivil(-44, 3, 15),
                                     DateGranularity::kDay}) == "15 March -44");
}

// Written day-level forms with a year.
TEST_CASE("FindDates full dates", "[dates]") {
  Check({
      {"It began on 25 April 2023 at dawn.", {"25 April 2023 2023-04-25 d"}},
      {"It began on April 25, 2023, at dawn.", {"April 25, 2023 2023-04-25 d"}},
      {"It began on 25th April 2023.", {"25th April 2023 2023-04-25 d"}},
      {"It began on the 25th of April 2023.", {"25th of April 2023 2023-04-25 d"}},
      {"They met on Dec. 28, 2022 in Moscow.", {"Dec. 28, 2022 2022-12-28 d"}},
      {"They met on Dec 28 2022.", {"Dec 28 2022 2022-12-28 d"}},
      {"Filed 2022-12-28 by staff.", {"2022-12-28 2022-12-28 d"}},
      {"Filed 20/11/2022 and 11/20/2022.", {"20/11/2022 2022-11-20 d", "11/20/2022 2022-11-20 d"}},
      {"Filed 05/05/2022.", {"05/05/2022 2022-05-05 d"}},
      {"It happened on 3 sept. 2021.", {"2021 2021-01-01..2021-12-31 y"}},  // abbreviations need a capital
      {"It happened on 3 Sept. 2021.", {"3 Sept. 2021 2021-09-03 d"}},
      {"A treaty of 1 march 1999.", {"1999 1999-01-01..1999-12-31 y"}},
  });
}

// Impossible and ambiguous dates give nothing (not even the year).
TEST_CASE("FindDates rejects impossible and ambiguous dates", "[dates]") {
  Check({
      {"Filed 05/06/2022.", {}},
      {"Filed 2023-02-30.", {}},
      {"On 30 February 2023 nothing.", {}},
      {"On 31 April 2023 nothing.", {}},
      {"On February 29, 2023 nothing.", {}},
      {"On February 29, 2024 a leap day.", {"February 29, 2024 2024-02-29 d"}},
      {"Filed 2022-13-01.", {}},
  });
}

// Month + year, lone years, decades, and the counted-noun rule.
TEST_CASE("FindDates months, years and decades", "[dates]") {
  Check({
      {"Russia intervened in September 2015.", {"September 2015 2015-09-01..2015-09-30 m"}},
      {"It was founded in 1923 by decree.", {"1923 1923-01-01..1923-12-31 y"}},
      {"In 2015, talks failed.", {"2015 2015-01-01..2015-12-31 y"}},
      {"Relations were warm in the 2000s.", {"the 2000s 2000-01-01..2009-12-31 D"}},
      {"Relations were warm in the 1990s.", {"the 1990s 1990-01-01..1999-12-31 D"}},
      {"Music of the '90s.", {"the '90s 1990-01-01..1999-12-31 Di"}},
      {"Music of the 1980's.", {"the 1980's 1980-01-01..1989-12-31 D"}},
      {"It killed 1990 people.", {}},
      {"It killed 2000 people.", {}},
      {"It killed 1,000 people in 2016.", {"2016 2016-01-01..2016-12-31 y"}},
      {"The 2016 election was close.", {"2016 2016-01-01..2016-12-31 y"}},
      {"2015 was a hard year.", {"2015 2015-01-01..2015-12-31 y"}},
      {"It cost $2015 in fees.", {}},
      {"Turkey 2023: a review", {"2023 2023-01-01..2023-12-31 y"}},
      {"In 999 and 2200 nothing.", {}},
      {"Since mid-2015 prices rose.", {"Since mid-2015 2015-01-01..2015-12-31 ys"}},
  });
  Check({{"Music of the '90s.", {"the '90s 1990-01-01..1999-12-31 D"}}}, std::nullopt);
  Check({{"Music of the '20s.", {"the '20s 2020-01-01..2029-12-31 Di"}}});
}

// Durations and ages are not dates.
TEST_CASE("FindDates skips durations and ages", "[dates]") {
  Check({
      {"The 12-year civil war goes on.", {}},
      {"It lasted three months.", {}},
      {"It ends in three months.", {}},
      {"It took four hours.", {}},
      {"A 2,000-year-old temple.", {}},
      {"A 2000-year-old temple.", {}},
      {"It may rain; we march on.", {}},
      {"He will march 20 miles.", {}},
  });
}

// Day-month without a year, resolved from the reference date (2023-04-25).
TEST_CASE("FindDates resolves missing years", "[dates]") {
  Check({
      {"On November 20, Ankara struck.", {"November 20 2022-11-20 di"}},
      {"They met on Dec 28.", {"Dec 28 2022-12-28 di"}},
      {"It happened on 20 April.", {"20 April 2023-04-20 di"}},
      {"It happened on 25 April.", {"25 April 2023-04-25 di"}},
      {"Talks are due on 10 May.", {"10 May 2023-05-10 di"}},          // within 31 days after: forward
      {"Talks are due on 25 May.", {"25 May 2023-05-25 di"}},          // exactly 30 days after
      {"Talks were on 27 May.", {"27 May 2022-05-27 di"}},             // 32 days after: last year
      {"It happened on February 29.", {"February 29 2020-02-29 di"}},  // most recent leap day
  });
  Check({{"Talks are due on January 5.", {"January 5 2024-01-05 di"}},
         {"Talks were on January 30.", {"January 30 2023-01-30 di"}}},
        CivilDate{2023, 12, 15});
  // Without a reference a day-month gives nothing; full dates still work.
  Check({{"On November 20, Ankara struck.", {}}, {"On 20 November 2022 too.", {"20 November 2022 2022-11-20 d"}}},
        std::nullopt);
}

// Relative forms need the reference date.
TEST_CASE("FindDates relative forms", "[dates]") {
  Check({
      {"Last year, ministers met.", {"Last year 2022-01-01..2022-12-31 yr"}},
      {"This year is different.", {"This year 2023-01-01..2023-12-31 yr"}},
      {"Next year they vote.", {"Next year 2024-01-01..2024-12-31 yr"}},
      {"Prices rose last month.", {"last month 2023-03-01..2023-03-31 mr"}},
      {"It rained yesterday.", {"yesterday 2023-04-24 dr"}},
      {"It rains today.", {"today 2023-04-25 dr"}},
      {"They met on Tuesday.", {"Tuesday 2023-04-25 dr"}},
      {"They met on Sunday.", {"Sunday 2023-04-23 dr"}},
      {"They met last Tuesday.", {"last Tuesday 2023-04-18 dr"}},
      {"They met on Tuesday, April 18, 2023.", {"April 18, 2023 2023-04-18 d"}},
  });
  Check({{"Prices rose last month.", {"last month 2022-12-01..2022-12-31 mr"}}}, CivilDate{2023, 1, 10});
  Check({{"Last year, ministers met on Tuesday.", {}}}, std::nullopt);
}

// since / until / ranges.
TEST_CASE("FindDates since, until and ranges", "[dates]") {
  Check({
      {"Moscow has been in Syria since September 2015.", {"since September 2015 2015-09-01..2015-09-30 ms"}},
      {"It lasted from 2011 on.", {"from 2011 on 2011-01-01..2011-12-31 ys"}},
      {"The truce holds until 5 May 2023.", {"until 5 May 2023 2023-05-05 du"}},
      {"It must end by 2030.", {"by 2030 2030-01-01..2030-12-31 yu"}},
      {"It grew between 2011 and 2015.", {"between 2011 and 2015 2011-01-01..2015-12-31 y"}},
      {"It grew from 2011 to 2015.", {"from 2011 to 2015 2011-01-01..2015-12-31 y"}},
      {"It grew 2011-2015 fast.", {"2011-2015 2011-01-01..2015-12-31 y"}},
      {"It grew 2011\xE2\x80\x93"
       "2015 fast.",
       {"2011\xE2\x80\x93"
        "2015 2011-01-01..2015-12-31 y"}},
      {"It ran from March 2011 to 2015.", {"from March 2011 to 2015 2011-03-01..2015-12-31 m"}},
      {"Raids on 20-25 November 2022.", {"20-25 November 2022 2022-11-20..2022-11-25 d"}},
      {"Raids on November 20-25, 2022.", {"November 20-25, 2022 2022-11-20..2022-11-25 d"}},
      {"Raids between 20 and 25 November 2022.", {"between 20 and 25 November 2022 2022-11-20..2022-11-25 d"}},
      {"Raids between 20 November and 5 December 2022.",
       {"between 20 November and 5 December 2022 2022-11-20..2022-12-05 d"}},
      {"In 2011 and 2015 votes were held.", {"2011 2011-01-01..2011-12-31 y", "2015 2015-01-01..2015-12-31 y"}},
  });
}

// Unicode neighbours, invalid bytes, CRLF, ranges inside the text.
TEST_CASE("FindDates robustness", "[dates]") {
  Check({
      {"", {}},
      {"\xF0\x9F\x98\x80 25 April 2023 \xE4\xB8\xAD", {"25 April 2023 2023-04-25 d"}},
      {"\xFF"
       "25 April 2023\xFE",
       {"25 April 2023 2023-04-25 d"}},
      {"Line one.\r\nOn 25 April 2023.\r\n", {"25 April 2023 2023-04-25 d"}},
      {"T\xC3\xBCrkiye met on Dec. 28.", {"Dec. 28 2022-12-28 di"}},
  });
  const std::string text = "In 2015 and in 2016.";
  const auto part = claimcheck::FindDates(text, {text.find("in 2016"), text.size()}, kRef);
  REQUIRE(part.size() == 1);
  CHECK(claimcheck::SpanText(text, part[0].span) == "2016");
  // An invalid reference date is ignored.
  Check({{"On November 20, Ankara struck.", {}}}, CivilDate{2023, 2, 30});
  std::string big;
  for (int k = 0; k < 50000; ++k) big += "in 2015 ";
  CHECK(claimcheck::FindDates(big, {0, big.size()}, kRef).size() == 50000);
}

// Counted from the reference date (2023-04-25, a Tuesday): weekdays forward and back, weeks (Monday to Sunday),
// offsets ("ago": days and weeks name a day, months and years the whole unit), rolling windows.
TEST_CASE("FindDates counted from the reference", "[dates]") {
  Check({
      {"They meet next Friday.", {"next Friday 2023-04-28 dr"}},
      {"They met last Friday.", {"last Friday 2023-04-21 dr"}},
      {"The summit is this Friday.", {"this Friday 2023-04-28 dr"}},
      {"They met this Monday.", {"this Monday 2023-04-24 dr"}},
      {"They meet next Tuesday.", {"next Tuesday 2023-05-02 dr"}},
      {"Shares fell last week.", {"last week 2023-04-17..2023-04-23 dr"}},
      {"Calm this week.", {"this week 2023-04-24..2023-04-30 dr"}},
      {"Talks resume next week.", {"next week 2023-05-01..2023-05-07 dr"}},
      {"It rained last weekend.", {"last weekend 2023-04-22..2023-04-23 dr"}},
      {"The law passed two months ago.", {"two months ago 2023-02-01..2023-02-28 mr"}},
      {"He left three years ago.", {"three years ago 2020-01-01..2020-12-31 yr"}},
      {"It began a week ago.", {"a week ago 2023-04-18 dr"}},
      // An anniversary: that day, so many years back.
      {"A year ago today, the ship ran aground.", {"A year ago today 2022-04-25 dr"}},
      {"Two years ago today it sank.", {"Two years ago today 2021-04-25 dr"}},
      {"She came 10 days ago.", {"10 days ago 2023-04-15 dr"}},
      {"It broke a decade ago.", {"a decade ago 2013-01-01..2013-12-31 yr"}},
      {"It ends two weeks from now.", {"two weeks from now 2023-05-09 dr"}},
      {"Prices rose in the past two weeks.", {"the past two weeks 2023-04-11..2023-04-25 dr"}},
      {"It will rain in the next 10 days.", {"the next 10 days 2023-04-25..2023-05-05 dr"}},
      {"It rained the day before yesterday.", {"the day before yesterday 2023-04-23 dr"}},
      {"We met last July.", {"last July 2022-07-01..2022-07-31 mr"}},
      {"We meet next March.", {"next March 2024-03-01..2024-03-31 mr"}},
      {"Next year the tax rises.", {"Next year 2024-01-01..2024-12-31 yr"}},
      {"It grew over the next decade.", {"the next decade 2023-04-25..2033-04-25 dr"}},
      {"It ends by the end of the year.", {"by the end of the year 2023-01-01..2023-12-31 yur"}},
      {"At the start of the month prices rose.", {"the start of the month 2023-04-01..2023-04-30 mr"}},
      {"By the end of next year.", {"By the end of next year 2024-01-01..2024-12-31 yur"}},
      {"At the end of the day we left.", {}},
      {"They meet on friday.", {"friday 2023-04-21 dr"}},
      {"Rates fall in the coming year.", {"the coming year 2023-04-25..2024-04-25 dr"}},
      {"It happened on the 15th.", {"15th 2023-04-15 di"}},
      {"It happened on the 28th, at night.", {"28th 2023-03-28 di"}},  // not yet the 28th: the month before
      {"It was on the 30th anniversary.", {}},
  });
  Check({{"They meet next Friday.", {}}, {"The law passed two months ago.", {}}}, std::nullopt);
}

// Months on their own, month ranges, parts of months and years, holidays, centuries, numeric forms, year ranges.
TEST_CASE("FindDates months, parts and ranges", "[dates]") {
  Check({
      {"Elections were held in January.", {"January 2023-01-01..2023-01-31 mi"}},
      {"Prices peaked in December.", {"December 2022-12-01..2022-12-31 mi"}},
      {"Talks resume in May.", {"May 2023-05-01..2023-05-31 mi"}},  // within 31 days after the reference
      {"Prices have risen since March.", {"since March 2023-03-01..2023-03-31 msi"}},
      {"January was cold.", {}},  // a month alone needs a date word before it
      {"Prices rose from January to April 2015.", {"from January to April 2015 2015-01-01..2015-04-30 m"}},
      {"Output fell between March and May 2020.", {"between March and May 2020 2020-03-01..2020-05-31 m"}},
      {"It opened January-March 2015.", {"January-March 2015 2015-01-01..2015-03-31 m"}},
      {"Output fell from November to February 2020.", {"from November to February 2020 2019-11-01..2020-02-29 m"}},
      {"The plant opened in early September 2015.", {"early September 2015 2015-09-01..2015-09-30 m"}},
      {"Work resumes in mid-March 2024.", {"mid-March 2024 2024-03-01..2024-03-31 m"}},
      {"The rains came in late 2019.", {"late 2019 2019-01-01..2019-12-31 y"}},
      {"It ends by the end of 2024.", {"by the end of 2024 2024-01-01..2024-12-31 yu"}},
      {"Boom in the early 2000s.", {"early 2000s 2000-01-01..2009-12-31 D"}},
      {"Shops shut on Christmas Day 2019.", {"Christmas Day 2019 2019-12-25 d"}},
      {"Shops shut on Christmas Eve.", {"Christmas Eve 2022-12-24 di"}},
      {"Life in the 21st century.", {"the 21st century 2000-01-01..2099-12-31 D"}},
      {"In the 1800s, the city grew.", {"the 1800s 1800-01-01..1899-12-31 D"}},  // a century; "the 2000s" a decade
      {"Talks ran Jan. 5 - Feb. 10, 2022.", {"Jan. 5 - Feb. 10, 2022 2022-01-05..2022-02-10 d"}},
      {"Filed 2019/03/04.", {"2019/03/04 2019-03-04 d"}},
      {"The 2014-15 season.", {"2014-15 2014-01-01..2015-12-31 y"}},
      {"The 2014/2015 budget.", {"2014/2015 2014-01-01..2015-12-31 y"}},
      {"On the first of May we met.", {"first of May 2023-05-01 di"}},
      {"The twenty-first of June 2020.", {"twenty-first of June 2020 2020-06-21 d"}},
  });
}

// Four-digit numbers that count things are no years; a phone number's digits are none either.
TEST_CASE("FindDates years and counts", "[dates]") {
  Check({
      {"Between 1000 and 1500 people were killed.", {}},
      {"Some 1000-1500 people fled.", {}},
      {"From 1900 to 2000 homes burned.", {}},
      {"Between 2011 and 2015 prices rose.", {"Between 2011 and 2015 2011-01-01..2015-12-31 y"}},
      {"From 1990 to 2000 the economy grew.", {"From 1990 to 2000 1990-01-01..2000-12-31 y"}},
      {"Call 555-1212 now.", {}},
      {"The survey reached 2,015 people.", {}},
      {"A 1,500-year-old church.", {}},
  });
}

// Quarters, halves and fiscal years: only with DateFindOptions::periods (the checker's view leaves them out).
TEST_CASE("FindDates reporting periods", "[dates]") {
  CheckFound(
      {
          {"Results for Q3 2019 were weak.", {"Q3 2019 2019-07-01..2019-09-30 m"}},
          {"Results for 3Q 2019 were weak.", {"3Q 2019 2019-07-01..2019-09-30 m"}},
          {"Profit jumped in the third quarter of 2019.", {"the third quarter of 2019 2019-07-01..2019-09-30 m"}},
          {"Sales dropped in the fourth quarter.", {"the fourth quarter 2022-10-01..2022-12-31 mi"}},
          {"Sales rose in the first quarter.", {"the first quarter 2023-01-01..2023-03-31 mi"}},
          {"Sales rose in the second quarter.", {"the second quarter 2023-04-01..2023-06-30 mi"}},
          {"Revenue rose in H1 2021.", {"H1 2021 2021-01-01..2021-06-30 m"}},
          {"Sales grew in the first half of 2020.", {"the first half of 2020 2020-01-01..2020-06-30 m"}},
          {"He scored in the first half.", {}},  // a match's half is no date
          {"Revenue in fiscal 2024 rose.", {"fiscal 2024 2024-01-01..2024-12-31 y"}},
          {"Revenue in FY24 rose.", {"FY24 2024-01-01..2024-12-31 y"}},
          {"Revenue in FY2024 rose.", {"FY2024 2024-01-01..2024-12-31 y"}},
          {"Form FY253847213042 was filed.", {}},  // a code, not a year (and no int overflow reading it)
          {"Sales fell last quarter.", {"last quarter 2023-01-01..2023-03-31 mr"}},
      },
      /*periods=*/true, /*unresolved=*/false);
  CheckFound({{"Results for Q3 2019 were weak.", {}}, {"Revenue in fiscal 2024 rose.", {}}},
             /*periods=*/false, /*unresolved=*/false);
}

// Anchored: counted from a date told before or from an event; only with DateFindOptions::unresolved.
TEST_CASE("FindDates anchored mentions", "[dates]") {
  CheckFound(
      {
          {"Three weeks later, the rebels withdrew.", {"Three weeks later ~previous-date 3 week"}},
          {"A year later, it reopened.", {"A year later ~previous-date 1 year"}},
          {"Two years earlier, it closed.", {"Two years earlier ~previous-date -2 year"}},
          {"The following July, talks resumed.", {"The following July ~previous-date 1 month cal m7"}},
          {"The following year, prices fell.", {"The following year ~previous-date 1 year cal"}},
          {"The next day, police returned.", {"The next day ~previous-date 1 day cal"}},
          {"The previous week was calm.", {"The previous week ~previous-date -1 week cal"}},
          {"Rescuers came two days after the quake.", {"two days after the quake ~event 2 day @the quake"}},
          {"Riots began the day after the election.", {"the day after the election ~event 1 day cal @the election"}},
          {"It rained the day before.", {"the day before ~previous-date -1 day cal"}},
          {"It fell a week before Hurricane Katrina hit.", {"a week before Hurricane Katrina ~event -1 week @Hurricane Katrina"}},
      },
      /*periods=*/false, /*unresolved=*/true);
  Check({{"Three weeks later, the rebels withdrew.", {}}, {"Rescuers came two days after the quake.", {}}});
  // "three months" is a duration, with or without the option.
  CheckFound({{"It lasted three months.", {}}, {"It ends in three months.", {}}}, false, true);
}

// ResolveAnchored: the range once the anchor is known.
TEST_CASE("ResolveAnchored", "[dates]") {
  const auto mention = [](std::string_view text) {
    claimcheck::DateFindOptions options;
    options.unresolved = true;
    const auto tokens = claimcheck::Tokenize(text, {0, text.size()});
    const auto found = claimcheck::FindDates(text, tokens, options, claimcheck::Lexicon::BuiltIn());
    REQUIRE(found.size() == 1);
    return found[0];
  };
  const DateRange day{claimcheck::DaysFromCivil(2011, 3, 5), claimcheck::DaysFromCivil(2011, 3, 5),
                      DateGranularity::kDay};
  const DateRange march{claimcheck::DaysFromCivil(2011, 3, 1), claimcheck::DaysFromCivil(2011, 3, 31),
                        DateGranularity::kMonth};
  struct ResolveCase {
    const char* text;
    DateRange anchor;
    const char* expected;
  };
  const ResolveCase cases[] = {
      {"Three weeks later it ended.", day, "2011-03-26 d"},
      {"A year later it ended.", march, "2012-03-01..2012-03-31 m"},
      {"The following year it ended.", day, "2012-01-01..2012-12-31 y"},
      {"The following July it ended.", day, "2011-07-01..2011-07-31 m"},
      {"The following March it ended.", day, "2012-03-01..2012-03-31 m"},
      {"The next day it ended.", day, "2011-03-06 d"},
      {"Two days after the quake it ended.", day, "2011-03-07 d"},
      {"Two years earlier it began.", march, "2009-03-01..2009-03-31 m"},
      {"The previous week it began.", day, "2011-02-21..2011-02-27 d"},
  };
  for (const ResolveCase& c : cases) {
    INFO(c.text);
    const DateRange r = claimcheck::ResolveAnchored(mention(c.text), c.anchor);
    std::string got = Iso(r.first);
    if (r.last != r.first) got += ".." + Iso(r.last);
    got += ' ';
    got += "dmyD"[static_cast<int>(r.granularity)];
    CHECK(got == c.expected);
  }
}

// Times of day: with a date they are its field; alone, a mention without a range (only with `unresolved`).
TEST_CASE("FindDates times of day", "[dates]") {
  CheckFound(
      {
          {"On 23 August 2023 at 6:04 pm IST it landed.", {"23 August 2023 2023-08-23 d t1084"}},
          {"At 6:04 pm IST on 23 August 2023 it landed.", {"23 August 2023 2023-08-23 d t1084"}},
          {"It landed at 6:04 pm IST.", {"6:04 pm IST @1084 z330"}},
          {"The train left at 18:03.", {"18:03 @1083"}},
          {"The blast was at 12:33 UTC.", {"12:33 UTC @753 z0"}},
          {"They met at noon.", {"noon @720"}},
          {"The curfew starts at midnight.", {"midnight @0"}},
          {"The vote closes at 10pm.", {"10pm @1320"}},
          {"The shop opens at 9 a.m. today.", {"today 2023-04-25 dr t540"}},
          {"The launch is at 2:35 p.m. EDT.", {"2:35 p.m. EDT @875 z-240"}},
          {"Fighting resumed at 0800 GMT.", {"0800 GMT @480 z0"}},
          {"It struck at 12:00 UTC+5:30.", {"12:00 UTC+5:30 @720 z330"}},
          {"The ratio was 3:2.", {}},
          {"At 25:00 nothing.", {}},
      },
      /*periods=*/false, /*unresolved=*/true);
  // Without the option a time alone is no mention; with a date it is still attached.
  Check({{"It landed at 6:04 pm IST.", {}}, {"On 23 August 2023 at 6:04 pm IST it landed.", {"23 August 2023 2023-08-23 d"}}});
}

TEST_CASE("FindDateline", "[dates]") {
  struct DatelineCase {
    const char* text;
    int year;  // 0: none expected
    int month;
    int day;
  };
  const DatelineCase cases[] = {
      {"Moscow, 25 April 2023 (TDI): Ministers met.", 2023, 4, 25},
      {"MOSCOW (Reuters), April 25, 2023 - Ministers met.", 2023, 4, 25},
      {"25 April 2023 \xE2\x80\x94 Ministers met.", 2023, 4, 25},
      {"Ankara, 3 May 2021\nBody text.", 2021, 5, 3},
      {"NEW YORK - 3 May 2021: Body.", 2021, 5, 3},
      {"Ministers met on 25 April 2023 in Moscow.", 0, 0, 0},
      {"Ministers met on 25 April 2023, in Moscow.", 0, 0, 0},
      {"Turkey struck Syria, 20 November 2022: dozens died.", 0, 0, 0},
      {"On 25 April 2023, Moscow hosted talks.", 0, 0, 0},
      {"25 April 2023, Moscow hosted talks.", 0, 0, 0},
      {"Moscow, 25 April: Ministers met.", 0, 0, 0},
      {"Moscow, April 2023: Ministers met.", 0, 0, 0},
      {"", 0, 0, 0},
      {"No date here.\n25 April 2023 -", 0, 0, 0},
      // The date is the line's first, and what stands before it is at most 48 bytes of place, or spaces alone.
      {"                                                            25 April 2023: Body.", 2023, 4, 25},
      {"Aleppo Governorate, Northern Syria, Near The Border, 25 April 2023: Body.", 0, 0, 0},
      {"Aleppo, 24 April: Ministers met on 25 April 2023.", 0, 0, 0},
      {"PARIS, 6:04 pm on 23 August 2023: Body.", 0, 0, 0},  // a time is no place
      {"Since 25 April 2023, talks went on.", 0, 0, 0},
      // A first line is read only when it has a digit where a date may be: these have theirs late.
      {"GENEVA, Switzerland (UN News Centre), Tuesday, 25 April 2023 - Body.", 2023, 4, 25},
      {"JOHANNESBURG, South Africa (Reuters) - On September 27, 2023 - Body.", 0, 0, 0},
  };
  for (const DatelineCase& c : cases) {
    INFO(c.text);
    const auto d = claimcheck::FindDateline(c.text);
    if (c.year == 0) {
      CHECK_FALSE(d.has_value());
      continue;
    }
    REQUIRE(d.has_value());
    CHECK(d->year == c.year);
    CHECK(d->month == c.month);
    CHECK(d->day == c.day);
  }
}
