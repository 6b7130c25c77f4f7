// Quantities in prose: "more than 400,000 people", "half a million", "dozens", "12-year", "$2bn".
//
// Contract: what interval of values a phrase claims.
// - Bare number: itself within rounding. A number >= 10 whose last written significant digit is followed by
//   zeros (at its scale) stands for +/- half a unit of that digit: 500,000 -> [450,000, 550,000]; 80,000 ->
//   [75,000, 85,000]; 12 million -> [11.5e6, 12.5e6]; 1.5 million -> [1.45e6, 1.55e6]; "half a million" ->
//   [450,000, 550,000]. Anything else is exact: 3 -> [3, 3]; 1,234 -> exact; 3.5 -> exact; "a dozen" -> [12, 12].
// - Hedges (hedged = true): about, around, roughly, some, approximately, an estimated, estimated, circa, approx.,
//   or so (after) -> [0.9X, 1.1X]; nearly, almost, close to, as many as -> [0.9X, X]; just over -> (X, 1.1X];
//   just under -> [0.9X, X).
// - Comparators: more than, over, upwards of, in excess of, exceeded/surpassed/topped, well over, X or more,
//   X-plus, X+ -> (X, +inf) with low_open; at least, no fewer/less than -> [X, +inf);
//   fewer/less than, under, below -> [0, X) with high_open; up to, at most, no more than, X or fewer/less -> [0, X];
//   only, just, exactly, precisely -> [X, X].
// - Ranges: between X and Y, from X to Y, X to Y, X-Y, X–Y, X or Y (Y > X) -> [X, Y]; a scale written only on Y
//   applies to X too ("between 1.5 and 2 million"). Percent/unit come from the end of the range.
// - Negation (negated = true): not/never/n't before a comparator flips it to the complement:
//   "not more than X", "has not exceeded X", "didn't exceed X" -> [0, X]; "not fewer than X" -> [X, +inf);
//   "not at least X" -> [0, X); "not up to X" -> (X, +inf). A negated bare or hedged number keeps its interval.
//   The quantity's span starts at the negation word.
// - Vague (vague = true): a few [2, 5]; several [3, 9]; dozens [24, 99]; scores of [40, 199]; hundreds
//   [200, 999]; thousands [2,000, 9,999]; tens of thousands [20,000, 99,999]; hundreds of thousands
//   [200,000, 999,999]; millions [2e6, 999e6]; tens/hundreds of millions; billions [2e9, 999e9].
//   With a comparator the lower end stands for "more than/at least" and the upper end for "fewer than/up to".
// - Number forms: digits with grouping ("500,000", "1.000.000", "500 000" when every following group has
//   exactly 3 digits), decimals, scale words (hundred, thousand, million, billion, trillion, and glued or spaced
//   suffixes k, m (glued only), bn, mn), "a"/"half a"/"quarter of a" + scale, dozen multiples ("two dozen" = 24,
//   "half a dozen" = 6), number words zero..nineteen, twenty..ninety, hundred, thousand, million, billion with
//   "and" and hyphens ("five hundred and twenty", "twenty-five").
// - Ordinals ("19th", "first".."twentieth", "twenty-first"): is_ordinal, low = high = value, no modifiers.
// - Percent: "%", "percent", "per cent" -> percent = true and unit = "%".
// - Money: a currency sign or code before the number sets unit to a code: $ / US$ -> "usd", € -> "eur",
//   £ -> "gbp", ¥ -> "jpy", ₺ -> "try", ₽ -> "rub"; "$2bn" -> 2e9 usd. Otherwise unit is the folded first word
//   after the number (after any scale word; across a hyphen: "four-way" -> "way", "12-year" -> "year"; after
//   "of" for vague and scale-word forms: "millions of people" -> "people"), or "" when no word follows.
// - Never a quantity: numbers inside `exclude` spans, times (10:30, 10am, 10 p.m.), numbers glued by a hyphen to
//   a preceding word ("COVID-19", "F-16"), scientific notation ("1e308", "2.5E-7": neither part).
// Huge or odd inputs are safe: a 100,000-digit number parses to +inf; values never contain NaN.
#ifndef CLAIMCHECK_NUMBERS_H_
#define CLAIMCHECK_NUMBERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/text.h"

namespace claimcheck {

struct Quantity {
  ByteSpan span;         // whole expression incl. hedge/negation ("more than 400,000"; "not exceeded 150,000")
  ByteSpan number_span;  // just the number part ("400,000", "half a million", "dozens", "10-20")
  double low = 0;        // the interval the text claims; -inf/+inf when open-ended
  double high = 0;
  bool low_open = false;  // exclusive bound ("more than X" -> low = X, low_open)
  bool high_open = false;
  bool hedged = false;
  bool vague = false;
  bool negated = false;
  bool percent = false;
  bool is_ordinal = false;  // "19th", "third" (value in low == high)
  std::string unit;         // see the contract above; "" if none
};

// Quantities inside `range`, in text order, never overlapping each other nor any span in `exclude`.
std::vector<Quantity> FindQuantities(std::string_view text, ByteSpan range, const std::vector<ByteSpan>& exclude);
// The same over tokens already made by Tokenize(text, range).
std::vector<Quantity> FindQuantities(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<ByteSpan>& exclude);

// One number expression on its own ("1.5 million", "500k", "half a million", "five hundred thousand", "a dozen",
// "500 000", "1,234.5") -> its value; nullopt when the text is not exactly one number expression (vague words,
// ordinals, hedges and units are not accepted here).
std::optional<double> ParseNumber(std::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_NUMBERS_H_
