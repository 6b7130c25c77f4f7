// Tests for numbers.h: quantities in prose and single number expressions.
#include "claimcheck/numbers.h"

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
  };
  for (const NumberCase& c : ok) {
    INFO(c.text);
    const auto v = ParseNumber(c.text);
    REQUIRE(v.has_value());
    CHECK(*v == Approx(c.value));
  }
  for (const char* bad : {"", "dozens", "about 500", "500 people", "19th", "1e308", "1e-400", "thousand", "a",
                          "half of them", "five six", "\xFF"}) {
    INFO(bad);
    CHECK_FALSE(ParseNumber(bad).has_value());
  }
  const auto huge = ParseNumber(std::string(100000, '9'));
  REQUIRE(huge.has_value());
  CHECK(std::isinf(*huge));
}
