// Quantities in prose: "more than 400,000 people", "half a million", "dozens", "12-year", "$2bn", "60%",
// "two thirds", "a 7.8 tremor", "₹615 crore", "$54.20 a share".
//
// Contract: what interval of values a phrase claims, in the base unit of its dimension.
// - Bare number: itself within rounding. A number of 10 or more (or -10 or less) whose last written significant
//   digit is followed by zeros (at its scale) stands for +/- half a unit of that digit: 500,000 -> [450,000, 550,000); 80,000 ->
//   [75,000, 85,000); 12 million -> [11.5e6, 12.5e6); 1.5 million -> [1.45e6, 1.55e6); "half a million" ->
//   [450,000, 550,000). Anything else is exact: 3 -> [3, 3]; 1,234 -> exact; 3.5 -> exact; "a dozen" -> [12, 12].
//   Percentages are always rounded, to half a unit of their last written digit and at least that precise:
//   60% -> [59.5, 60.5); 59.7% -> [59.65, 59.75); 100% -> [99.5, 100.5) (never the +/- 50 of a count of 100).
// - Hedges (hedged = true): about, around, roughly, some, approximately, an estimated, circa, ~, or so (after)
//   -> [X - 0.1|X|, X + 0.1|X|]; nearly, almost, close to, as many as -> [X - 0.1|X|, X]; just over -> (X, X + 0.1|X|];
//   just under -> [X - 0.1|X|, X). For percentages the margin is at least one point: "about 5%" -> [4, 6].
//   "40-odd" -> [X, 1.25X].
// - Comparators: more than, over, above, exceeding, greater/larger/higher than, upwards of, in excess of,
//   exceeded/surpassed/topped, X or more/greater/higher/above/older, X-plus, X+ -> (X, +inf) with low_open
//   (the "or ..." forms and "+" are [X, +inf)); at least, no fewer/less than, a minimum of -> [X, +inf);
//   fewer/less/lower/smaller than, under, below -> [0, X) with high_open; up to, at most, no more than, a maximum
//   of, X or fewer/less/below -> [0, X]; only, just, exactly, precisely, a mere -> [X, X]. In a signed dimension
//   (temperature) or below zero the open end is -inf instead of 0.
// - Ranges: between X and Y, from X to Y, X to Y, X-Y, X–Y, X or Y (Y > X) -> [X, Y]; a scale written only on Y
//   applies to X too ("between 1.5 and 2 million", "$5-10 million"); a unit or percent sign may follow X as well
//   as Y ("between 20% and 30%", "5 km to 10 km"), not on X alone ("15% to $10.4 billion", "4.2% to 312p" are two
//   figures). Unit and percent come from the end of the range.
// - Negation (negated = true): not/never/n't before a comparator flips it to the complement:
//   "not more than X", "has not exceeded X", "didn't exceed X" -> [0, X]; "not fewer than X" -> [X, +inf);
//   "not at least X" -> [0, X); "not up to X" -> (X, +inf). A negated bare or hedged number keeps its interval.
//   The quantity's span starts at the negation word.
// - Vague (vague = true): a few [2, 5]; several [3, 9]; dozens [24, 99]; scores of [40, 199]; hundreds
//   [200, 999]; thousands [2,000, 9,999]; tens of thousands [20,000, 99,999]; hundreds of thousands
//   [200,000, 999,999]; millions [2e6, 999e6]; tens/hundreds of millions; billions [2e9, 999e9]; a scale after a
//   vague amount multiplies it ("several hundred" [300, 900]). With a comparator the lower end stands for "more
//   than/at least" and the upper end for "fewer than/up to".
// - Fractions (fraction = true, percent = true, dimension "percent", values in percent): half (before "of", "the",
//   a possessive, or after a comparator or hedge) 50; a/one third 33.33; two thirds 66.67; a quarter 25; three
//   quarters 75; two-fifths 40; "one in five" / "1 in 5" / "one out of five" 20; "3/4 of" 75. "A third" is a
//   fraction only before "of" or a punctuation mark ("a third term" is the ordinal 3); fractions are exact.
// - Number forms: digits with grouping ("500,000", "1.000.000", "500 000" when every following group has
//   exactly 3 digits), decimals, a sign ("-3.2", "minus 5"), scale words and suffixes from the lexicon (hundred,
//   thousand, million, billion, trillion, lakh, crore; k, m, b, cr glued: "500k", "5m", "1.2b"; mn, mln, bn,
//   bln, tn spaced or glued; several in a row multiply: "2.5 lakh crore"), "a"/"half a"/"quarter of a" + scale,
//   dozen multiples ("two dozen" = 24, "half a dozen" = 6), number words zero..nineteen, twenty..ninety, hundred,
//   thousand, million, billion with "and" and hyphens ("five hundred and twenty", "twenty-five", "twelve
//   hundred"), "and a half"/"and a quarter" ("five and a half million" = 5.5e6, "two and a half years"),
//   "point" decimals ("two point five").
// - Ordinals ("19th", "first".."twentieth", "thirtieth".."ninetieth", "hundredth", "twenty-first", "one hundred
//   and first"): is_ordinal, dimension "ordinal", low = high = value, no modifiers.
// - Units (unit = the canonical id of the lexicon, dimension its dimension; low/high converted to the dimension's
//   base unit: duration days, length metres, area square metres, volume litres, mass kilograms, speed km/h,
//   temperature Celsius, power watts, energy watt-hours, percent percentage points; money stays in its own
//   currency). A unit is read after the number ("5 km", "38 degrees Celsius", "1.2 percentage points"), glued to
//   it ("45C", "24h"), after a hyphen ("12-year", "a two-week", "7.8-magnitude"), after a scale word and "of"
//   ("millions of dollars"), or before it: a currency sign or code ("$", "US$", "€", "£", "₹", "Rs", "USD 1.5bn",
//   "CHF 12 million") or "magnitude 7.8". A noun after a magnitude-sized number implies its unit ("a 7.8 tremor").
//   Names that are money only after a scale word ("5 million pounds") are a mass otherwise ("5 pounds").
//   dimension "count" and unit "" for a plain count. unit_span is the unit as written.
// - Rates (per): "a"/"an" + a unit or a rate noun, "per" + any noun, "/" + a unit ("$54.20 a share", "$15 an
//   hour", "Rs 40 per kg", "2,000 rupees per family") -> per = the unit's id or the folded noun; per_span.
// - noun: what `unit` meant before units were read, which the matcher relies on: "%" for a percentage (fractions
//   too), the currency code for a currency written before the number ("$2bn" -> "usd"), otherwise the folded first
//   word after the number (after any scale word; across a hyphen: "four-way" -> "way", "12-year" -> "year"; after
//   "of" for vague and scale-word forms: "millions of people" -> "people"), or "" when no word follows.
// - Never a quantity: numbers inside `exclude` spans, times (10:30, 10am, 10 p.m., 18:03 UTC, 0800 GMT), numbers
//   glued by a hyphen to a preceding word ("COVID-19", "F-16") or glued to letters ("G20", "A320": one word),
//   scientific notation ("1e308", "2.5E-7": neither part), version numbers ("2.0.1", "v3.2", "version 2"),
//   numbers after a label word of the lexicon ("No. 10", "Article 5", "page 12", "Room 101", "Route 66"), street
//   numbers ("10 Downing Street"), a number of at most four digits right after a capitalized word that is not a
//   lexicon word (or has a capital inside: "iPhone"), after a determiner or glued to a name ("the Boeing 747",
//   "the FTSE 100", "the S&P 500", "the iPhone 15";
//   "In Ruritania 9999 people died" and "Apollo 11 landed" keep their figure), phone numbers ("555-1212", "(555) 555-1212", "+1 202 555 0143", "020 7946 0958"),
//   "N/M" pairs that are not a fraction ("24/7", "9/11"), numbers inside URLs ("https://...", "www...", "bbc.co.uk/news/12345") and e-mail addresses. A reversed pair
//   joined by a hyphen is two numbers ("3-1", "219-212"), no range.
// Huge or odd inputs are safe: a 100,000-digit number parses to +inf; values never contain NaN.
#ifndef CLAIMCHECK_NUMBERS_H_
#define CLAIMCHECK_NUMBERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/lexicon.h"
#include "claimcheck/text.h"

namespace claimcheck {

struct Quantity {
  ByteSpan span;         // whole expression incl. hedge/negation and a percent word ("more than 400,000";
                         // "not exceeded 150,000"; "5 per cent"), without the unit words after the number
  ByteSpan number_span;  // just the number part ("400,000", "half a million", "dozens", "10-20")
  double low = 0;        // the interval the text claims, in the dimension's base unit; -inf/+inf when open-ended
  double high = 0;
  bool low_open = false;  // exclusive bound ("more than X" -> low = X, low_open)
  bool high_open = false;
  bool hedged = false;
  bool vague = false;
  bool negated = false;
  bool percent = false;     // dimension "percent" (percentages, percentage points, fractions)
  bool is_ordinal = false;  // "19th", "third" (value in low == high)
  bool fraction = false;    // "half", "two thirds", "one in five": value in percent
  std::string unit;         // canonical unit id of the lexicon ("usd", "percent", "month", "km"); "" for a count
  std::string dimension;    // "count", "ordinal", "money", "percent", "duration", "length", "area", "volume",
                            // "mass", "speed", "temperature", "magnitude", "power", "energy", "ratio", or a
                            // dimension a fact base added
  std::string per;          // a rate's denominator ("share" in "$54.20 a share"); "" when none
  std::string noun;         // see the contract above ("people", "way", "usd", "%")
  ByteSpan unit_span;       // the unit as written ("km", "$", "per cent", "US dollars"); empty when none
  ByteSpan per_span;        // "a share", "per kg"; empty when none
};

// Quantities inside `range`, in text order, never overlapping each other nor any span in `exclude`.
std::vector<Quantity> FindQuantities(std::string_view text, ByteSpan range, const std::vector<ByteSpan>& exclude);
// The same over tokens already made by Tokenize(text, range).
std::vector<Quantity> FindQuantities(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<ByteSpan>& exclude);
// The same with a lexicon (a fact base's units).
std::vector<Quantity> FindQuantities(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<ByteSpan>& exclude, const Lexicon& lexicon);

// One number expression on its own ("1.5 million", "500k", "half a million", "five hundred thousand", "a dozen",
// "500 000", "1,234.5", "-3", "two and a half") -> its value; nullopt when the text is not exactly one number
// expression (vague words, ordinals, fractions, hedges and units are not accepted here; a currency sign is).
std::optional<double> ParseNumber(std::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_NUMBERS_H_
