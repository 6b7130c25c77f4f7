// Private to the numbers unit: parsing one number expression ("core") starting at a token, without the hedges,
// comparators and ranges around it (numbers.cpp adds those).
#ifndef CLAIMCHECK_SRC_EXTRACT_NUMBER_CORE_H_
#define CLAIMCHECK_SRC_EXTRACT_NUMBER_CORE_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "claimcheck/text.h"
#include "lexicon_tables.h"

namespace claimcheck {
namespace number_core {

inline constexpr std::size_t kNoUnit = static_cast<std::size_t>(-1);

struct Core {
  std::size_t begin = 0;  // token range [begin, end) consumed, sign and a unit written before included
  std::size_t end = 0;
  double value = 0;       // vague forms: the lower end; fractions: percent
  double vague_high = 0;  // vague forms: the upper end
  // Place of the last significant written digit at the final scale (500,000 -> 5; 1.5 million -> 5; 3.5 -> -1);
  // kExactExponent when the value is exact by construction (a dozen, ordinals, fractions).
  int exponent = 0;
  bool vague = false;
  bool ordinal = false;
  bool fraction = false;
  bool digits = false;       // written with digits (a scale written later in a range may apply to it)
  bool word_scaled = false;  // a scale or vague word ends the core ("1.5 million", "millions"): "of" may follow
  bool has_scale = false;
  double scale = 1;
  int scale_exponent = 0;
  std::size_t unit = kNoUnit;  // a unit written before the number ("$", "Rs", "USD", "magnitude")
  ByteSpan unit_span;
};

inline constexpr int kExactExponent = -1000;

// Parses the longest number expression starting at tokens[i]; nullopt if none starts there. `text` is the text
// the tokens point into (the gaps of "500 000", capitals of currency codes). `allow_vague` admits "dozens", "a
// few", ... and fractions ("two thirds").
std::optional<Core> ParseCore(std::string_view text, const std::vector<Token>& tokens, std::size_t i, bool allow_vague,
                              const lexicon_internal::Tables& lexicon);

// Multiplies a digits-only core by a scale written later ("between 1.5 and 2 million").
void ApplyScale(Core& core, double scale, int scale_exponent);

// Value of a digit string like "500000" or "3.25" (no grouping): never NaN, +inf when too large.
double DigitsToDouble(std::string_view digits);

// Plain digits of at most `max_len` characters, written without grouping ("555", "2015").
bool IsPlainDigits(const Token& t, std::size_t max_len);

}  // namespace number_core
}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_EXTRACT_NUMBER_CORE_H_
