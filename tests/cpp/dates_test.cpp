// Tests for dates.h: calendar arithmetic, ISO ranges, formatting, date mentions, datelines.
#include "claimcheck/dates.h"

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
