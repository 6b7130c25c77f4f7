// Tests for numbers.h: quantities in prose and single number expressions.
#include "claimcheck/numbers.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

using claimcheck::ByteSpan;
using claimcheck::FindQuantities;
using claimcheck::ParseNumber;
using claimcheck::Quantity;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<Quantity> All(std::string_view text, const std::vector<ByteSpan>& exclude = {}) {
  return FindQuantities(text, {0, text.size()}, exclude);
}

// Flags as letters: h hedged, v vague, n negated, p percent, o ordinal, ( low_open, ) high_open.
std::string Flags(const Quantity& q) {
  std::string f;
  if (q.hedged) f += 'h';
  if (q.vague) f += 'v';
  if (q.negated) f += 'n';
  if (q.percent) f += 'p';
  if (q.is_ordinal) f += 'o';
  if (q.low_open) f += '(';
  if (q.high_open) f += ')';
  return f;
}

struct Case {
  const char* text;
  const char* span;    // whole expression
  const char* number;  // number part
  double low;
  double high;
  const char* flags;
  const char* noun;  // Quantity::noun: the word after the number, "%" or a currency code (what the matcher reads)
};

// Each text must yield exactly one quantity.
void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.text);
    const std::string_view text = c.text;
    const auto found = All(text);
    REQUIRE(found.size() == 1);
    const Quantity& q = found[0];
    CHECK(claimcheck::SpanText(text, q.span) == c.span);
    CHECK(claimcheck::SpanText(text, q.number_span) == c.number);
    if (std::isinf(c.low))
      CHECK(q.low == c.low);
    else
      CHECK(q.low == Approx(c.low));
    if (std::isinf(c.high))
      CHECK(q.high == c.high);
    else
      CHECK(q.high == Approx(c.high));
    CHECK(Flags(q) == c.flags);
    CHECK(q.noun == c.noun);
  }
}

// A figure with its unit: the whole expression as written (span, unit and rate), the interval in the base unit.
struct UnitCase {
  const char* text;
  const char* written;  // hull of span, unit_span and per_span
  double low;
  double high;
  const char* unit;
  const char* dimension;
  const char* per;
  const char* flags;
};

ByteSpan Written(const Quantity& q) {
  ByteSpan s = q.span;
  for (ByteSpan t : {q.unit_span, q.per_span}) {
    if (t.begin < t.end) s = {std::min(s.begin, t.begin), std::max(s.end, t.end)};
  }
  return s;
}

// Each text must yield exactly one quantity. Flags as Flags() plus f fraction.
void CheckUnits(const std::vector<UnitCase>& cases) {
  for (const UnitCase& c : cases) {
    INFO(c.text);
    const std::string_view text = c.text;
    const auto found = All(text);
    REQUIRE(found.size() == 1);
    const Quantity& q = found[0];
    CHECK(claimcheck::SpanText(text, Written(q)) == c.written);
    if (std::isinf(c.low))
      CHECK(q.low == c.low);
    else
      CHECK(q.low == Approx(c.low));
    if (std::isinf(c.high))
      CHECK(q.high == c.high);
    else
      CHECK(q.high == Approx(c.high));
    CHECK(q.unit == c.unit);
    CHECK(q.dimension == c.dimension);
    CHECK(q.per == c.per);
    CHECK(Flags(q) + (q.fraction ? "f" : "") == c.flags);
  }
}

// Texts that hold no figure at all.
void CheckNone(const std::vector<const char*>& texts) {
  for (const char* text : texts) {
    INFO(text);
    const auto found = All(text);
    CHECK(found.empty());
    for (const Quantity& q : found) INFO(claimcheck::SpanText(text, q.span));
  }
}

constexpr double kYear = 365.25;

}  // namespace

// Bare numbers: the rounding rule (half a unit of the last significant digit when it is followed by zeros).
TEST_CASE("FindQuantities bare numbers and rounding", "[numbers]") {
  Check({
      {"The war left 500,000 people dead.", "500,000", "500,000", 450000, 550000, ")", "people"},
      {"It killed 80,000 civilians.", "80,000", "80,000", 75000, 85000, ")", "civilians"},
      {"It drove 12 million people out.", "12 million", "12 million", 11.5e6, 12.5e6, ")", "people"},
      {"It cost 1.5 million euros.", "1.5 million", "1.5 million", 1.45e6, 1.55e6, ")", "euros"},
      {"Only 3 survived.", "Only 3", "3", 3, 3, "", "survived"},
      {"We saw 3 ships.", "3", "3", 3, 3, "", "ships"},
      {"Exactly 1,234 votes.", "Exactly 1,234", "1,234", 1234, 1234, "", "votes"},
      {"It rose by 1,234 votes.", "1,234", "1,234", 1234, 1234, "", "votes"},
      {"Inflation hit 3.5 on Monday.", "3.5", "3.5", 3.5, 3.5, "", "on"},
      {"They sent 10 tanks.", "10", "10", 5, 15, ")", "tanks"},
      {"A crowd of 1.000.000 people.", "1.000.000", "1.000.000", 500000, 1500000, ")", "people"},
      {"Some 2 500 000 fled.", "Some 2 500 000", "2 500 000", 2250000, 2750000, "h", "fled"},
      {"It has 500 000 residents.", "500 000", "500 000", 450000, 550000, ")", "residents"},
      {"It has 500\xC2\xA0"
       "000 residents.",
       "500\xC2\xA0"
       "000",
       "500\xC2\xA0"
       "000",
       450000, 550000, ")", "residents"},
  });
}

// Hedges: +/-10 %, nearly/almost below only.
TEST_CASE("FindQuantities hedges", "[numbers]") {
  Check({
      {"About 500,000 died.", "About 500,000", "500,000", 450000, 550000, "h", "died"},
      {"around 200 homes", "around 200", "200", 180, 220, "h", "homes"},
      {"roughly 40 people", "roughly 40", "40", 36, 44, "h", "people"},
      {"some 50,000 people", "some 50,000", "50,000", 45000, 55000, "h", "people"},
      {"approximately 300 troops", "approximately 300", "300", 270, 330, "h", "troops"},
      {"an estimated 6,000 fighters", "an estimated 6,000", "6,000", 5400, 6600, "h", "fighters"},
      {"nearly 400 people", "nearly 400", "400", 360, 400, "h", "people"},
      {"almost 1,000 homes", "almost 1,000", "1,000", 900, 1000, "h", "homes"},
      {"close to 90 boats", "close to 90", "90", 81, 90, "h", "boats"},
      {"just over 100 votes", "just over 100", "100", 100, 110, "h(", "votes"},
      {"just under 100 votes", "just under 100", "100", 90, 100, "h)", "votes"},
      {"500 people or so", "500", "500", 450, 550, ")", "people"},
      {"500 or so people", "500 or so", "500", 450, 550, "h", "people"},
  });
}

// Comparators and the "only" family.
TEST_CASE("FindQuantities comparators", "[numbers]") {
  Check({
      {"More than 400,000 people died.", "More than 400,000", "400,000", 400000, kInf, "(", "people"},
      {"over 1,000 homes", "over 1,000", "1,000", 1000, kInf, "(", "homes"},
      {"upwards of 300 vehicles", "upwards of 300", "300", 300, kInf, "(", "vehicles"},
      {"in excess of 30 ships", "in excess of 30", "30", 30, kInf, "(", "ships"},
      {"The toll exceeded 150,000.", "exceeded 150,000", "150,000", 150000, kInf, "(", ""},
      {"at least 12 people", "at least 12", "12", 12, kInf, "", "people"},
      {"no fewer than 12 ships", "no fewer than 12", "12", 12, kInf, "", "ships"},
      {"fewer than 100,000 people", "fewer than 100,000", "100,000", 0, 100000, ")", "people"},
      {"less than 5 percent", "less than 5 percent", "5", 0, 5, "p)", "%"},
      {"under 18 years", "under 18", "18", 0, 18 * 365.25, ")", "years"},  // durations in days
      {"up to 40 people", "up to 40", "40", 0, 40, "", "people"},
      {"at most 7 days", "at most 7", "7", 0, 7, "", "days"},
      {"no more than 20 people", "no more than 20", "20", 0, 20, "", "people"},
      {"only 500,000 people", "only 500,000", "500,000", 500000, 500000, "", "people"},
      {"500 or more people", "500 or more", "500", 500, kInf, "", "people"},
      {"20 or fewer boats", "20 or fewer", "20", 0, 20, "", "boats"},
      {"a 500+ crowd", "500+", "500", 500, kInf, "", "crowd"},
  });
}

// Negation flips one-sided claims; the span starts at the negation word.
TEST_CASE("FindQuantities negation", "[numbers]") {
  Check({
      {"The toll has not exceeded 150,000.", "not exceeded 150,000", "150,000", 0, 150000, "n", ""},
      {"It did not exceed 40 deaths.", "not exceed 40", "40", 0, 40, "n", "deaths"},
      {"It didn't exceed 40 deaths.", "didn't exceed 40", "40", 0, 40, "n", "deaths"},
      {"It was not more than 300 people.", "not more than 300", "300", 0, 300, "n", "people"},
      {"It was not fewer than 300 people.", "not fewer than 300", "300", 300, kInf, "n", "people"},
      {"It never topped 2,000 fans.", "never topped 2,000", "2,000", 0, 2000, "n", "fans"},
      {"It was not at least 30.", "not at least 30", "30", 0, 30, "n)", ""},
      {"It was not 500,000 people.", "not 500,000", "500,000", 450000, 550000, "n)", "people"},
  });
}

// Ranges: between/and, to, hyphen, en dash, from/to, "or", shared scale.
TEST_CASE("FindQuantities ranges", "[numbers]") {
  Check({
      {"between 300 and 400 people", "between 300 and 400", "300 and 400", 300, 400, "", "people"},
      {"300 to 400 people", "300 to 400", "300 to 400", 300, 400, "", "people"},
      {"10-20 people", "10-20", "10-20", 10, 20, "", "people"},
      {"10\xE2\x80\x93"
       "20 people",
       "10\xE2\x80\x93"
       "20",
       "10\xE2\x80\x93"
       "20",
       10, 20, "", "people"},
      {"from 5 to 10 percent", "from 5 to 10 percent", "5 to 10", 5, 10, "p", "%"},
      {"between 1.5 and 2 million people", "between 1.5 and 2 million", "1.5 and 2 million", 1.5e6, 2e6, "", "people"},
      {"two or three ships", "two or three", "two or three", 2, 3, "", "ships"},
      {"10-15% of voters", "10-15%", "10-15", 10, 15, "p", "%"},
      {"about 10-20 people", "about 10-20", "10-20", 10, 20, "h", "people"},
  });
  // A reversed pair is two numbers, not a range ("3-1" is a score).
  const auto score = All("They won 3-1 at home.");
  REQUIRE(score.size() == 2);
  CHECK(score[0].low == 3);
  CHECK(score[1].low == 1);
}

// Vague amounts and their ranges.
TEST_CASE("FindQuantities vague amounts", "[numbers]") {
  Check({
      {"It killed dozens.", "dozens", "dozens", 24, 99, "v", ""},
      {"dozens of civilians", "dozens", "dozens", 24, 99, "v", "civilians"},
      {"scores of people", "scores", "scores", 40, 199, "v", "people"},
      {"hundreds of civilians", "hundreds", "hundreds", 200, 999, "v", "civilians"},
      {"thousands fled", "thousands", "thousands", 2000, 9999, "v", "fled"},
      {"tens of thousands of people", "tens of thousands", "tens of thousands", 20000, 99999, "v", "people"},
      {"hundreds of thousands of people", "hundreds of thousands", "hundreds of thousands", 200000, 999999, "v",
       "people"},
      {"It displaced millions of people.", "millions", "millions", 2e6, 999e6, "v", "people"},
      {"a few ships", "a few", "a few", 2, 5, "v", "ships"},
      {"several ships", "several", "several", 3, 9, "v", "ships"},
      {"a dozen ships", "a dozen", "a dozen", 12, 12, "", "ships"},
      {"more than a dozen ships", "more than a dozen", "a dozen", 12, kInf, "(", "ships"},
      {"more than hundreds of people", "more than hundreds", "hundreds", 200, kInf, "v(", "people"},
      {"fewer than thousands of people", "fewer than thousands", "thousands", 0, 9999, "v)", "people"},
      {"some tens of thousands of people", "some tens of thousands", "tens of thousands", 20000, 99999, "hv", "people"},
  });
  CHECK(All("Test scores rose.").empty());  // "scores" needs "of"
}

// Scale words and suffixes, number words, money.
TEST_CASE("FindQuantities scales, words and money", "[numbers]") {
  Check({
      {"half a million people", "half a million", "half a million", 450000, 550000, ")", "people"},
      {"a quarter of a million people", "a quarter of a million", "a quarter of a million", 245000, 255000, ")",
       "people"},
      {"a million people", "a million", "a million", 500000, 1500000, ")", "people"},
      {"five hundred thousand people", "five hundred thousand", "five hundred thousand", 450000, 550000, ")", "people"},
      {"twenty-five people", "twenty-five", "twenty-five", 25, 25, "", "people"},
      {"five hundred and twenty people", "five hundred and twenty", "five hundred and twenty", 515, 525, ")", "people"},
      {"three ships", "three", "three", 3, 3, "", "ships"},
      {"four-way talks", "four", "four", 4, 4, "", "way"},
      {"a 12-year war", "12", "12", 12 * 365.25, 12 * 365.25, "", "year"},
      {"two dozen ships", "two dozen", "two dozen", 24, 24, "", "ships"},
      {"half a dozen ships", "half a dozen", "half a dozen", 6, 6, "", "ships"},
      {"500k people", "500k", "500k", 450000, 550000, ")", "people"},
      {"5m people", "5m", "5m", 4.5e6, 5.5e6, ")", "people"},
      {"It cost $2bn.", "$2bn", "$2bn", 1.5e9, 2.5e9, ")", "usd"},
      {"It cost $2.5 billion.", "$2.5 billion", "$2.5 billion", 2.45e9, 2.55e9, ")", "usd"},
      {"a US$300 fine", "US$300", "US$300", 250, 350, ")", "usd"},
      {"\xE2\x82\xAC"
       "40m deal",
       "\xE2\x82\xAC"
       "40m",
       "\xE2\x82\xAC"
       "40m",
       35e6, 45e6, ")", "eur"},
      {"a 3 bn deal", "3 bn", "3 bn", 2.5e9, 3.5e9, ")", "deal"},
      {"It fell 5 per cent.", "5 per cent", "5", 4.5, 5.5, "p)", "%"},  // percentages are rounded
      {"It fell 5%.", "5%", "5", 4.5, 5.5, "p)", "%"},
      {"millions of dollars", "millions", "millions", 2e6, 999e6, "v", "dollars"},
      {"1.5 million of them", "1.5 million", "1.5 million", 1.45e6, 1.55e6, ")", "them"},
  });
}

// Ordinals are flagged, keep their exact value and take no modifiers.
TEST_CASE("FindQuantities ordinals", "[numbers]") {
  Check({
      {"the 19th meeting", "19th", "19th", 19, 19, "o", "meeting"},
      {"the third round", "third", "third", 3, 3, "o", "round"},
      {"the twenty-first summit", "twenty-first", "twenty-first", 21, 21, "o", "summit"},
      {"over the 2nd day", "2nd", "2nd", 2, 2, "o", "day"},
  });
}

// What is never a quantity, and what the exclude list removes.
TEST_CASE("FindQuantities exclusions", "[numbers]") {
  CHECK(All("").empty());
  CHECK(All("No numbers here at all.").empty());
  CHECK(All("We met at 10:30 sharp.").empty());
  CHECK(All("We met at 10am and 11 p.m. there.").empty());
  CHECK(All("The COVID-19 wave and F-16 jets.").empty());
  const std::string text = "On Dec. 28, 2022 some 500 people met.";
  const std::size_t date_begin = text.find("Dec.");
  const std::size_t date_end = text.find(" some");
  const auto found = All(text, {{date_begin, date_end}});
  REQUIRE(found.size() == 1);
  CHECK(claimcheck::SpanText(text, found[0].span) == "some 500");
  // A fraction whose denominator starts an excluded date is no fraction (found by fuzzing: "2/5 April 2023").
  const std::string slash = "Talks on 2/5 April 2023.";
  const std::size_t date = slash.find("5 April");
  for (const Quantity& q : All(slash, {{date, slash.find('.')}})) {
    CHECK_FALSE(claimcheck::Overlaps(q.span, {date, slash.find('.')}));
  }
  // A modifier inside an excluded span is not used.
  const std::string tail = "since 2015 over 30 died";
  const auto q = All(tail, {{0, 10}, {11, 15}});
  REQUIRE(q.size() == 1);
  CHECK(claimcheck::SpanText(tail, q[0].span) == "30");
  CHECK(q[0].low == 25);
}

// Several quantities in one text, in order; range limits.
TEST_CASE("FindQuantities order and range", "[numbers]") {
  const std::string text = "About 300 died and more than 1,000 fled; dozens remain.";
  const auto all = All(text);
  REQUIRE(all.size() == 3);
  CHECK(claimcheck::SpanText(text, all[0].span) == "About 300");
  CHECK(claimcheck::SpanText(text, all[1].span) == "more than 1,000");
  CHECK(claimcheck::SpanText(text, all[2].span) == "dozens");
  const std::size_t from = text.find("more");
  const auto part = FindQuantities(text, {from, text.size()}, {});
  REQUIRE(part.size() == 2);
  CHECK(part[0].span.begin == from);
}

// Unicode around numbers: emoji, CJK, combining marks, invalid bytes, CRLF.
TEST_CASE("FindQuantities unicode neighbours", "[numbers]") {
  const std::vector<std::string> texts = {
      "\xF0\x9F\x98\x80"
      "500 people\xF0\x9F\x98\x80",
      "\xE6\x95\xB0"
      "500\xE4\xBA\xBA",
      "e\xCC\x81 500 people",
      "\xFF"
      "500\xFE people",
      "\r\n500 people\r\n",
  };
  for (const std::string& text : texts) {
    INFO(text);
    const auto found = All(text);
    REQUIRE(found.size() == 1);
    CHECK(claimcheck::SpanText(text, found[0].number_span) == "500");
    CHECK(found[0].low == 450);
  }
}

// Huge and odd numbers must not hang, crash or produce NaN.
TEST_CASE("FindQuantities huge inputs", "[numbers]") {
  const std::string digits(100000, '9');
  const auto big = All(digits);
  REQUIRE(big.size() == 1);
  CHECK(std::isinf(big[0].low));
  CHECK_FALSE(std::isnan(big[0].high));
  const std::string round = "1" + std::string(100000, '0') + " people";
  const auto r = All(round);
  REQUIRE(r.size() == 1);
  CHECK_FALSE(std::isnan(r[0].low));
  CHECK_FALSE(std::isnan(r[0].high));
  const std::string zeros(50000, '0');
  const auto z = All(zeros);
  REQUIRE(z.size() == 1);
  CHECK(z[0].low == 0);
  for (const char* odd : {"1e308", "1e-400", "0.0000000000000000000000000000000000001", "about 1e308 things"}) {
    INFO(odd);
    for (const Quantity& q : All(odd)) {
      CHECK_FALSE(std::isnan(q.low));
      CHECK_FALSE(std::isnan(q.high));
    }
  }
  std::string groups = "F-1";
  for (int k = 0; k < 100000; ++k) groups += " 234";
  CHECK(All(groups).size() > 10000);  // linear: joining "500 000" groups is bounded
  std::string words;
  for (int k = 0; k < 100000; ++k) words += "one ";
  CHECK(All(words).size() == 100000);
}

// Percentages: rounded to their last written digit, never coarser than a point; hedges of at least a point.
TEST_CASE("FindQuantities percentages", "[numbers]") {
  CheckUnits({
      {"Turnout was 60%.", "60%", 59.5, 60.5, "percent", "percent", "", "p)"},
      {"Turnout was 59.7%.", "59.7%", 59.65, 59.75, "percent", "percent", "", "p)"},
      {"It is 100% effective.", "100%", 99.5, 100.5, "percent", "percent", "", "p)"},
      {"Sixty percent agreed.", "Sixty percent", 59.5, 60.5, "percent", "percent", "", "p)"},
      {"Shares slid 7pc.", "7pc", 6.5, 7.5, "percent", "percent", "", "p)"},
      {"About 60% agreed.", "About 60%", 54, 66, "percent", "percent", "", "hp"},
      {"About 5% agreed.", "About 5%", 4, 6, "percent", "percent", "", "hp"},
      {"Nearly 40 percent agreed.", "Nearly 40 percent", 36, 40, "percent", "percent", "", "hp"},
      {"Just over 51% agreed.", "Just over 51%", 51, 56.1, "percent", "percent", "", "hp("},
      {"It fell 1.2 percentage points.", "1.2 percentage points", 1.15, 1.25, "percentage-point", "percent", "", "p)"},
      {"Rates rose 50 basis points.", "50 basis points", 0.495, 0.505, "basis-point", "percent", "", "p)"},
      // A fraction of one unit is that much of the unit, not a share: a quarter of a percentage point is 25 bp.
      {"Rates rose a quarter of a percentage point.", "a quarter of a percentage point", 0.245, 0.255,
       "percentage-point", "percent", "", "p)"},
      {"Rates rose half a percentage point.", "half a percentage point", 0.495, 0.505, "percentage-point", "percent",
       "", "p)"},
      {"Between 20% and 30% agreed.", "Between 20% and 30%", 20, 30, "percent", "percent", "", "p"},
      {"Support is 30%-35% now.", "30%-35%", 30, 35, "percent", "percent", "", "p"},
  });
}

// Fractions: a share in percent, exact; "a third" only before "of" or a punctuation mark.
TEST_CASE("FindQuantities fractions", "[numbers]") {
  CheckUnits({
      {"Two thirds of voters agreed.", "Two thirds", 200.0 / 3, 200.0 / 3, "percent", "percent", "", "pf"},
      {"Two-thirds of the town flooded.", "Two-thirds", 200.0 / 3, 200.0 / 3, "percent", "percent", "", "pf"},
      {"A third of the crops failed.", "A third", 100.0 / 3, 100.0 / 3, "percent", "percent", "", "pf"},
      {"Sales fell by a fifth.", "a fifth", 20, 20, "percent", "percent", "", "pf"},
      {"Half of the staff left.", "Half", 50, 50, "percent", "percent", "", "pf"},
      {"Nearly half the country agreed.", "Nearly half", 45, 50, "percent", "percent", "", "hpf"},
      {"More than half of them voted.", "More than half", 50, kInf, "percent", "percent", "", "p(f"},
      {"Three quarters of homes are online.", "Three quarters", 75, 75, "percent", "percent", "", "pf"},
      {"One in five adults smokes.", "One in five", 20, 20, "percent", "percent", "", "pf"},
      {"One third agreed.", "One third", 100.0 / 3, 100.0 / 3, "percent", "percent", "", "pf"},
      {"Nine out of ten agreed.", "Nine out of ten", 90, 90, "percent", "percent", "", "pf"},
      {"About 1 in 4 agreed.", "About 1 in 4", 22.5, 27.5, "percent", "percent", "", "hpf"},
      {"Only 3/4 of the seats were sold.", "Only 3/4", 75, 75, "percent", "percent", "", "pf"},
      {"He won a third term.", "third", 3, 3, "", "ordinal", "", "o"},
      {"Half a dozen ships.", "Half a dozen", 6, 6, "", "count", "", ""},
  });
}

// The comparators of the lexicon: before the number and after it.
TEST_CASE("FindQuantities more comparators", "[numbers]") {
  CheckUnits({
      {"Readings above 170 count.", "above 170", 170, kInf, "", "count", "", "("},
      {"Claims exceeding 150 fail.", "exceeding 150", 150, kInf, "", "count", "", "("},
      {"Scores of 90 or greater win.", "90 or greater", 90, kInf, "", "count", "", ""},
      {"Aged 18 or older may vote.", "18 or older", 18, kInf, "", "count", "", ""},
      {"Groups larger than 50 need a permit.", "larger than 50", 50, kInf, "", "count", "", "("},
      {"A minimum of 30 days.", "A minimum of 30 days", 30, kInf, "day", "duration", "", ""},
      {"A maximum of 8 are allowed.", "A maximum of 8", 0, 8, "", "count", "", ""},
      {"less than or equal to 30 items", "less than or equal to 30", 0, 30, "", "count", "", ""},
      {"A value equal to 30 items.", "equal to 30", 30, 30, "", "count", "", ""},
      {"The rally drew 40-odd people.", "40-odd", 40, 50, "", "count", "", "h"},
      {"It fell below -5\xC2\xB0" "C.", "below -5\xC2\xB0" "C", -kInf, -5, "celsius", "temperature", "", ")"},
  });
}

// Money: signs and codes before the number, names after it, scales, currencies never converted, rates.
TEST_CASE("FindQuantities money", "[numbers]") {
  CheckUnits({
      {"It cost \xE2\x82\xB9" "615 crore.", "\xE2\x82\xB9" "615 crore", 6.145e9, 6.155e9, "inr", "money", "", ")"},
      {"It cost Rs 615 crore.", "Rs 615 crore", 6.145e9, 6.155e9, "inr", "money", "", ")"},
      {"It is INR 2.5 lakh crore.", "INR 2.5 lakh crore", 2.45e12, 2.55e12, "inr", "money", "", ")"},
      {"It cost $54.20 a share.", "$54.20 a share", 54.2, 54.2, "usd", "money", "share", ""},
      {"It cost $54.20 per share.", "$54.20 per share", 54.2, 54.2, "usd", "money", "share", ""},
      {"It cost $5/share.", "$5/share", 5, 5, "usd", "money", "share", ""},
      {"Oil was $80 a barrel.", "$80 a barrel", 75, 85, "usd", "money", "barrel", ")"},
      {"It pays \xC2\xA3" "25,000 a year.", "\xC2\xA3" "25,000 a year", 24500, 25500, "gbp", "money", "year", ")"},
      {"It sold for 1.2 million euros.", "1.2 million euros", 1.15e6, 1.25e6, "eur", "money", "", ")"},
      {"A grant of 50,000 US dollars.", "50,000 US dollars", 45000, 55000, "usd", "money", "", ")"},
      {"It will cost CHF 12 million.", "CHF 12 million", 11.5e6, 12.5e6, "chf", "money", "", ")"},
      {"The bill was USD 1.5bn.", "USD 1.5bn", 1.45e9, 1.55e9, "usd", "money", "", ")"},
      {"The firm raised $1.2b.", "$1.2b", 1.15e9, 1.25e9, "usd", "money", "", ")"},
      {"It raised A$5 million.", "A$5 million", 4.5e6, 5.5e6, "aud", "money", "", ")"},
      {"They paid 5 million pounds.", "5 million pounds", 4.5e6, 5.5e6, "gbp", "money", "", ")"},
      {"Between $5 and $10 million was raised.", "Between $5 and $10 million", 5e6, 10e6, "usd", "money", "", ""},
      {"A $5-10 million fund.", "$5-10 million", 5e6, 10e6, "usd", "money", "", ""},
  });
  // A percentage and a total are two figures, not a range.
  const auto both = All("It rose 15% to $10.4 billion.");
  REQUIRE(both.size() == 2);
  CHECK(both[1].unit == "usd");
  CHECK(both[1].low == Approx(10.35e9));
  // A name after a preposition may be a place: its figure stays.
  CHECK(All("In Ruritania 9999 people died.").size() == 1);
  // A vote is two numbers; so is a share price after a percentage.
  const auto vote = All("The bill passed 219-212 in the House.");
  REQUIRE(vote.size() == 2);
  CHECK(vote[1].low == 212);
  const auto shares = All("Shares fell 4.2 per cent to 312p.");
  REQUIRE(shares.size() == 2);
  CHECK(shares[1].unit == "gbx");
  // "5 in 10 days" is no share: a unit follows the second number.
  const auto rise = All("Prices rose 5 in 10 days.");
  REQUIRE(rise.size() == 2);
  CHECK_FALSE(rise[0].fraction);
  CHECK(rise[1].unit == "day");
  // A currency written before the number is the noun the matcher reads, as it always was.
  CHECK(All("It cost $2bn.")[0].noun == "usd");
}

// Durations (days), lengths (metres), areas, masses, speeds, temperatures, magnitudes.
TEST_CASE("FindQuantities measures", "[numbers]") {
  CheckUnits({
      {"It lasted three months.", "three months", 3 * 30.4375, 3 * 30.4375, "month", "duration", "", ""},
      {"A two-week ceasefire began.", "two-week", 14, 14, "week", "duration", "", ""},
      {"The 12-year war ended.", "12-year", 12 * kYear, 12 * kYear, "year", "duration", "", ""},
      {"The talks lasted 48 hours.", "48 hours", 2, 2, "hour", "duration", "", ""},
      {"The trip took one and a half days.", "one and a half days", 1.5, 1.5, "day", "duration", "", ""},
      {"It took half an hour.", "half an hour", 0.5 / 24, 0.5 / 24, "hour", "duration", "", ""},
      {"It will take 5 to 10 years.", "5 to 10 years", 5 * kYear, 10 * kYear, "year", "duration", "", ""},
      {"The mission lasts 14 Earth days.", "14 Earth days", 14, 14, "day", "duration", "", ""},
      {"The road is 5 km long.", "5 km", 5000, 5000, "km", "length", "", ""},
      {"He ran 26.2 miles.", "26.2 miles", 26.2 * 1609.344, 26.2 * 1609.344, "mi", "length", "", ""},
      // A fraction glued to its unit: "a quarter-mile", "the quarter-mile-long ship", "a half-hour delay".
      {"The quarter-mile-long ship stuck.", "quarter-mile", 0.25 * 1609.344, 0.25 * 1609.344, "mi", "length", "", ""},
      {"A half-hour delay.", "A half-hour", 0.5 / 24, 0.5 / 24, "hour", "duration", "", ""},
      {"The road runs 5 km to 10 km inland.", "5 km to 10 km", 5000, 10000, "km", "length", "", ""},
      {"The 100-metre final.", "100-metre", 50, 150, "m", "length", "", ")"},
      {"The zone spans 36 sq km.", "36 sq km", 36e6, 36e6, "km2", "area", "", ""},
      {"Fires burned 2,500 hectares.", "2,500 hectares", 2.45e7, 2.55e7, "ha", "area", "", ")"},
      {"It carried 12 tonnes.", "12 tonnes", 12000, 12000, "t", "mass", "", ""},
      {"It weighs 5 pounds.", "5 pounds", 5 * 0.45359237, 5 * 0.45359237, "lb", "mass", "", ""},
      {"Winds reached 185 km/h.", "185 km/h", 185, 185, "km/h", "speed", "", ""},
      {"Gusts of 75 mph.", "75 mph", 75 * 1.609344, 75 * 1.609344, "mph", "speed", "", ""},
      {"Temperatures hit 45\xC2\xB0" "C.", "45\xC2\xB0" "C", 45, 45, "celsius", "temperature", "", ""},
      {"It hit 45C.", "45C", 45, 45, "celsius", "temperature", "", ""},
      {"It was 104\xC2\xB0" "F.", "104\xC2\xB0" "F", 40, 40, "fahrenheit", "temperature", "", ""},
      {"It fell to minus 10 degrees Celsius.", "minus 10 degrees Celsius", -15, -5, "celsius", "temperature", "", ")"},
      {"A 7.8 tremor hit.", "7.8", 7.8, 7.8, "magnitude", "magnitude", "", ""},
      {"A magnitude 7.8 quake hit.", "magnitude 7.8", 7.8, 7.8, "magnitude", "magnitude", "", ""},
      {"The 7.8-magnitude quake hit.", "7.8-magnitude", 7.8, 7.8, "magnitude", "magnitude", "", ""},
      {"It measured 5.6 on the Richter scale.", "5.6 on the Richter scale", 5.6, 5.6, "magnitude", "magnitude", "",
       ""},
      {"The plant makes 1,200 MW.", "1,200 MW", 1.15e9, 1.25e9, "mw", "power", "", ")"},
      {"A 10-fold increase.", "10-fold", 5, 15, "times", "ratio", "", ")"},
  });
  // A noun after a small number implies a magnitude only for a decimal or after "a": "3 tremors" are three.
  CHECK(All("3 tremors were felt.")[0].unit.empty());
}

// Numbers written in words, scales of the lexicon, signs and points.
TEST_CASE("FindQuantities number forms", "[numbers]") {
  CheckUnits({
      {"Five and a half million doses.", "Five and a half million", 5.45e6, 5.55e6, "", "count", "", ")"},
      {"It is two point five.", "two point five", 2.5, 2.5, "", "count", "", ""},
      {"Twelve hundred soldiers.", "Twelve hundred", 1150, 1250, "", "count", "", ")"},
      {"A thousand and one nights.", "A thousand and one", 1001, 1001, "", "count", "", ""},
      {"Buy 3 dozen eggs.", "3 dozen", 36, 36, "", "count", "", ""},
      {"It took 2 1/2 years.", "2 1/2 years", 2.5 * kYear, 2.5 * kYear, "year", "duration", "", ""},
      {"The one hundredth anniversary.", "one hundredth", 100, 100, "", "ordinal", "", "o"},
      {"It vaccinated 5 lakh children.", "5 lakh", 4.5e5, 5.5e5, "", "count", "", ")"},
      {"It reached 2.5 crore homes.", "2.5 crore", 2.45e7, 2.55e7, "", "count", "", ")"},
      {"The bank wrote off 4.5 bln.", "4.5 bln", 4.45e9, 4.55e9, "", "count", "", ")"},
      {"Sales hit 7.3 mln.", "7.3 mln", 7.25e6, 7.35e6, "", "count", "", ")"},
      {"Exports reached 1.2b.", "1.2b", 1.15e9, 1.25e9, "", "count", "", ")"},
      {"The index fell to -3.2 now.", "-3.2", -3.2, -3.2, "", "count", "", ""},
      {"It is .5 of it.", ".5", 0.5, 0.5, "", "count", "", ""},
      {"Several hundred people.", "Several hundred", 300, 900, "", "count", "", "v"},
      {"The 1,500-year-old church.", "1,500-year", 1450 * kYear, 1550 * kYear, "year", "duration", "", ")"},
      {"Between 1000 and 1500 people died.", "Between 1000 and 1500", 1000, 1500, "", "count", "", ""},
      {"The ninety-ninth session.", "ninety-ninth", 99, 99, "", "ordinal", "", "o"},
      {"Its hundredth birthday.", "hundredth", 100, 100, "", "ordinal", "", "o"},
      {"The hundred and first day.", "hundred and first", 101, 101, "", "ordinal", "", "o"},
      {"The thirtieth fair.", "thirtieth", 30, 30, "", "ordinal", "", "o"},
      {"The 100th anniversary.", "100th", 100, 100, "", "ordinal", "", "o"},
  });
}

// Numbers that are names, addresses, codes, times or ratios: never figures.
TEST_CASE("FindQuantities what is never a figure", "[numbers]") {
  CheckNone({
      "Call 555-1212 for details.",
      "Call (555) 555-1212 today.",
      "Call 555-555-1212 today.",
      "Dial +1 202 555 0143 now.",
      "Call 020 7946 0958 in London.",
      "See https://example.com/a%20b%20c for more.",
      "Read www.example.org/2023/report-15.html online.",
      "Visit bbc.co.uk/news/12345 for updates.",
      "Write to info@example2023.com today.",
      "Install version 2.0.1 now.",
      "Upgrade to v3.2 today.",
      "See paragraph 3.2.1 of the code.",
      "He lives at No. 10 Downing Street.",
      "He lives at 10 Downing Street.",
      "Article 5 was invoked.",
      "Read page 12 of the report.",
      "Room 101 is empty.",
      "The rally was on Route 66.",
      "The Boeing 747-400 was retired.",  // a name before the number
      "The FTSE 100 fell.",
      "The S&P 500 rose.",
      "The iPhone 15 went on sale.",
      "The 9/11 attacks changed policy.",
      "It is open 24/7.",
      "The ratio was 3:2.",
      "We met at 18:03 UTC.",
      "Fighting resumed at 0800 GMT.",
      "They landed at 6:04 pm IST.",
      "The MiG-29 crashed.",
      "Phones with 5G and 3D screens.",
  });
}

// ParseNumber: one expression, nothing else.
TEST_CASE("ParseNumber", "[numbers]") {
  struct NumberCase {
    const char* text;
    double value;
  };
  const NumberCase ok[] = {
      {"1.5 million", 1.5e6},
      {"500k", 5e5},
      {"half a million", 5e5},
      {"five hundred thousand", 5e5},
      {"a dozen", 12},
      {"500 000", 5e5},
      {"500,000", 5e5},
      {"1,234.5", 1234.5},
      {"twenty-five", 25},
      {"a hundred", 100},
      {"$2bn", 2e9},
      {"one million two hundred thousand", 1.2e6},
      {"0", 0},
      {"0.25", 0.25},
      {"three", 3},
      {"1.000.000", 1e6},
      {"ninety-nine", 99},
      {"two dozen", 24},
      {"-3", -3},
      {"two and a half", 2.5},
      {"$5", 5},
  };
  for (const NumberCase& c : ok) {
    INFO(c.text);
    const auto v = ParseNumber(c.text);
    REQUIRE(v.has_value());
    CHECK(*v == Approx(c.value));
  }
  for (const char* bad : {"", "dozens", "about 500", "500 people", "19th", "1e308", "1e-400", "thousand", "a",
                          "half of them", "five six", "\xFF", "two thirds", "5 km"}) {
    INFO(bad);
    CHECK_FALSE(ParseNumber(bad).has_value());
  }
  const auto huge = ParseNumber(std::string(100000, '9'));
  REQUIRE(huge.has_value());
  CHECK(std::isinf(*huge));
}
