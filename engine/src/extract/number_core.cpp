// Number expressions on their own: digits with scales, number words, ordinals, fractions, vague amounts, signs and
// the units written before a number (currency signs and codes, "magnitude").
//
// Approach: each form is a small recognizer over tokens, tried in a fixed order at one token (a unit written
// before, a sign, digits, vague phrase, fraction, number and ordinal words). The grammar's closed word classes are
// tables here (kNumberWords, kOrdinalWords, kDenominators); everything a reader may want to extend (scale words,
// vague amounts, units and currencies) comes from the lexicon. Digit strings are converted by hand (first 19
// significant digits and a power of ten) so that the result does not depend on the C locale and a 100,000-digit
// number costs one pass and yields +inf instead of undefined behaviour.
#include "number_core.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string>

namespace claimcheck {

using namespace std::string_view_literals;
namespace number_core {
namespace {

using lexicon_internal::Tables;

// "500 000" joins at most this many groups after the first (up to 10^18), so a long run of digit groups costs
// linear time even when parsing restarts at every group.
constexpr std::size_t kMaxSpaceGroups = 6;

enum class Role { kNone, kUnit, kTeen, kTens, kHundred, kDozen, kScale };

struct NumberWord {
  std::string_view word;
  double value;
  Role role;
  int exponent;  // for multipliers: the power of ten they add (dozen: none)
};

// Cardinals; the scale words (thousand, million, lakh, ...) are the lexicon's.
constexpr NumberWord kNumberWords[] = {
    {"zero", 0, Role::kUnit, 0},        {"one", 1, Role::kUnit, 0},        {"two", 2, Role::kUnit, 0},
    {"three", 3, Role::kUnit, 0},       {"four", 4, Role::kUnit, 0},       {"five", 5, Role::kUnit, 0},
    {"six", 6, Role::kUnit, 0},         {"seven", 7, Role::kUnit, 0},      {"eight", 8, Role::kUnit, 0},
    {"nine", 9, Role::kUnit, 0},        {"ten", 10, Role::kTeen, 0},       {"eleven", 11, Role::kTeen, 0},
    {"twelve", 12, Role::kTeen, 0},     {"thirteen", 13, Role::kTeen, 0},  {"fourteen", 14, Role::kTeen, 0},
    {"fifteen", 15, Role::kTeen, 0},    {"sixteen", 16, Role::kTeen, 0},   {"seventeen", 17, Role::kTeen, 0},
    {"eighteen", 18, Role::kTeen, 0},   {"nineteen", 19, Role::kTeen, 0},  {"twenty", 20, Role::kTens, 0},
    {"thirty", 30, Role::kTens, 0},     {"forty", 40, Role::kTens, 0},     {"fifty", 50, Role::kTens, 0},
    {"sixty", 60, Role::kTens, 0},      {"seventy", 70, Role::kTens, 0},   {"eighty", 80, Role::kTens, 0},
    {"ninety", 90, Role::kTens, 0},     {"hundred", 100, Role::kHundred, 2}, {"dozen", 12, Role::kDozen, 0},
};

constexpr NumberWord kOrdinalWords[] = {
    {"first", 1, Role::kUnit, 0},           {"second", 2, Role::kUnit, 0},         {"third", 3, Role::kUnit, 0},
    {"fourth", 4, Role::kUnit, 0},          {"fifth", 5, Role::kUnit, 0},          {"sixth", 6, Role::kUnit, 0},
    {"seventh", 7, Role::kUnit, 0},         {"eighth", 8, Role::kUnit, 0},         {"ninth", 9, Role::kUnit, 0},
    {"tenth", 10, Role::kTeen, 0},          {"eleventh", 11, Role::kTeen, 0},      {"twelfth", 12, Role::kTeen, 0},
    {"thirteenth", 13, Role::kTeen, 0},     {"fourteenth", 14, Role::kTeen, 0},    {"fifteenth", 15, Role::kTeen, 0},
    {"sixteenth", 16, Role::kTeen, 0},      {"seventeenth", 17, Role::kTeen, 0},   {"eighteenth", 18, Role::kTeen, 0},
    {"nineteenth", 19, Role::kTeen, 0},     {"twentieth", 20, Role::kTens, 0},     {"thirtieth", 30, Role::kTens, 0},
    {"fortieth", 40, Role::kTens, 0},       {"fiftieth", 50, Role::kTens, 0},      {"sixtieth", 60, Role::kTens, 0},
    {"seventieth", 70, Role::kTens, 0},     {"eightieth", 80, Role::kTens, 0},     {"ninetieth", 90, Role::kTens, 0},
    {"hundredth", 100, Role::kHundred, 2},  {"thousandth", 1e3, Role::kScale, 3},  {"millionth", 1e6, Role::kScale, 6},
    {"billionth", 1e9, Role::kScale, 9},
};

// Denominators of fractions: "a third", "two thirds", "three quarters", "two-fifths".
struct Denominator {
  std::string_view singular;
  std::string_view plural;
  double value;
};

constexpr Denominator kDenominators[] = {
    {"half", "halves", 2},       {"third", "thirds", 3},   {"quarter", "quarters", 4}, {"fourth", "fourths", 4},
    {"fifth", "fifths", 5},      {"sixth", "sixths", 6},   {"seventh", "sevenths", 7}, {"eighth", "eighths", 8},
    {"ninth", "ninths", 9},      {"tenth", "tenths", 10},  {"hundredth", "hundredths", 100},
};

// Words after "half" that make it a fraction of something: "half of", "half the country", "half its staff".
constexpr std::string_view kHalfOf[] = {"of", "the", "its", "their", "his", "her", "our", "your", "these", "those",
                                        "all", "this", "that"};

bool IsWord(const std::vector<Token>& tokens, std::size_t i, std::string_view norm) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kWord && tokens[i].norm == norm;
}

bool IsNumber(const std::vector<Token>& tokens, std::size_t i) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kNumber;
}

bool IsHyphenBetween(const std::vector<Token>& tokens, std::size_t i) {
  return i + 1 < tokens.size() && i > 0 && tokens[i].kind == TokenKind::kPunct && tokens[i].norm == "-"sv &&
         Adjacent(tokens[i - 1], tokens[i]) && Adjacent(tokens[i], tokens[i + 1]);
}

struct WordValue {
  double value = 0;
  Role role = Role::kNone;
  int exponent = 0;
  bool ordinal = false;
};

// A cardinal, ordinal or scale word at tokens[k].
std::optional<WordValue> LookUp(std::string_view text, const std::vector<Token>& tokens, std::size_t k,
                                const Tables& lex) {
  if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord) return std::nullopt;
  const std::string_view norm = tokens[k].norm;
  for (const NumberWord& w : kNumberWords) {
    if (w.word == norm) return WordValue{w.value, w.role, w.exponent, false};
  }
  for (const NumberWord& w : kOrdinalWords) {
    if (w.word == norm) return WordValue{w.value, w.role, w.exponent, true};
  }
  const auto scale = lex.scales.Longest(text, tokens, k, [](const lexicon_internal::Scale& s) { return s.words; });
  if (scale && scale.end == k + 1) return WordValue{scale.value->scale, Role::kScale, scale.value->exponent, false};
  return std::nullopt;
}

const Denominator* FindDenominator(const Token& t, bool* plural) {
  if (t.kind != TokenKind::kWord) return nullptr;
  for (const Denominator& d : kDenominators) {
    if (t.norm == d.singular || t.norm == d.plural) {
      *plural = t.norm == d.plural;
      return &d;
    }
  }
  return nullptr;
}

// Exponent of the last non-zero digit of a digit string ("500000" -> 5, "1.50" -> -1, "1234" -> 0).
int LastDigitExponent(std::string_view digits) {
  const std::size_t dot = digits.find('.');
  if (dot != std::string_view::npos) {
    for (std::size_t k = digits.size(); k > dot + 1; --k) {
      if (digits[k - 1] != '0') return -static_cast<int>(k - 1 - dot);
    }
    digits = digits.substr(0, dot);
  }
  int zeros = 0;
  for (std::size_t k = digits.size(); k > 0 && digits[k - 1] == '0'; --k) ++zeros;
  return zeros == static_cast<int>(digits.size()) ? 0 : zeros;  // all zeros: exact
}

// Exponent of the last non-zero digit of an integer value (exact for the sizes number words reach); the digits
// after the point of a value such as 2.5 count negative (-1).
int LastDigitExponent(double value) {
  if (!(value > 0) || value > 1e18) return 0;
  if (std::floor(value) != value) {
    int e = 0;
    for (double v = value; std::floor(v) != v && e > -6; v *= 10) --e;
    return e;
  }
  int zeros = 0;
  for (auto v = static_cast<std::uint64_t>(value); v % 10 == 0; v /= 10) ++zeros;
  return zeros;
}

// "500 000": the gap between two tokens is exactly one space-like character.
bool IsGroupGap(std::string_view text, const Token& a, const Token& b) {
  const std::string_view gap = SpanText(text, {a.span.end, b.span.begin});
  return gap == " " || gap == "\xC2\xA0" || gap == "\xE2\x80\x89" || gap == "\xE2\x80\xAF";
}

// "and a half" / "and a quarter" at k: what it adds, 0 when absent.
double AndAFraction(const std::vector<Token>& tokens, std::size_t k) {
  if (!IsWord(tokens, k, "and") || !IsWord(tokens, k + 1, "a")) return 0;
  if (IsWord(tokens, k + 2, "half")) return 0.5;
  if (IsWord(tokens, k + 2, "quarter")) return 0.25;
  return 0;
}

// " 1/2" after a whole number ("2 1/2"): the fraction (1/2, 1/3, 2/3, 1/4, 3/4, n/8), 0 when absent.
double MixedFraction(const std::vector<Token>& tokens, std::size_t k) {
  if (k + 2 >= tokens.size() || Adjacent(tokens[k - 1], tokens[k]) || !IsPlainDigits(tokens[k], 1) ||
      tokens[k + 1].norm != "/"sv || !Adjacent(tokens[k], tokens[k + 1]) || !IsPlainDigits(tokens[k + 2], 1) ||
      !Adjacent(tokens[k + 1], tokens[k + 2])) {
    return 0;
  }
  if (k + 3 < tokens.size() && Adjacent(tokens[k + 2], tokens[k + 3]) && tokens[k + 3].norm == "/"sv) return 0;
  const double n = tokens[k].norm[0] - '0';
  const double d = tokens[k + 2].norm[0] - '0';
  return (d == 2 || d == 3 || d == 4 || d == 8) && n >= 1 && n < d ? n / d : 0;
}

// Scale words and suffixes after a number ("1.5 million", "500k", "2.5 lakh crore", "5 hundred thousand").
std::size_t ReadScales(std::string_view text, const std::vector<Token>& tokens, std::size_t k, const Tables& lex,
                       Core* core) {
  for (int round = 0; round < 3 && k < tokens.size(); ++round) {
    if (IsWord(tokens, k, "hundred") && !core->has_scale) {
      ApplyScale(*core, 100, 2);
      core->word_scaled = true;
      ++k;
      continue;
    }
    if (IsWord(tokens, k, "dozen") && !core->has_scale) {  // "3 dozen": 36, exactly
      core->value *= 12;
      core->exponent = kExactExponent;
      core->has_scale = true;
      core->scale = 12;
      ++k;
      continue;
    }
    const Token& previous = tokens[k - 1];
    const auto scale = lex.scales.Longest(text, tokens, k, [&](const lexicon_internal::Scale& s) {
      return !s.glued_only || Adjacent(previous, tokens[k]);
    });
    if (!scale || (core->has_scale && scale.value->scale <= core->scale)) break;
    ApplyScale(*core, scale.value->scale, scale.value->exponent);
    core->word_scaled = scale.value->words;
    k = scale.end;
    if (scale.value->glued_only) break;  // "500k": nothing more glued
  }
  return k;
}

std::optional<Core> ParseDigits(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                                const Tables& lex) {
  const Token& first = tokens[i];
  Core core;
  core.begin = i;
  core.digits = true;
  std::size_t k = i + 1;
  if (first.norm.back() < '0' || first.norm.back() > '9') {  // "19th"
    core.ordinal = true;
    core.value = DigitsToDouble(std::string_view(first.norm).substr(0, first.norm.size() - 2));
    core.exponent = kExactExponent;
    core.end = k;
    return core;
  }
  std::string joined;
  std::string_view digits = first.norm;
  if (IsPlainDigits(first, 3)) {
    while (k < tokens.size() && k - i <= kMaxSpaceGroups && IsPlainDigits(tokens[k], 3) && tokens[k].norm.size() == 3 &&
           IsGroupGap(text, tokens[k - 1], tokens[k])) {
      if (joined.empty()) joined = first.norm;
      joined += tokens[k].norm;
      ++k;
    }
    if (!joined.empty()) digits = joined;
  }
  core.value = DigitsToDouble(digits);
  core.exponent = LastDigitExponent(digits);
  if (const double part = AndAFraction(tokens, k); part > 0 && digits.find('.') == std::string_view::npos) {
    core.value += part;  // "3 and a half"
    core.exponent = -2;
    k += 3;
  } else if (const double mixed = MixedFraction(tokens, k); mixed > 0 && digits.find('.') == std::string_view::npos) {
    core.value += mixed;  // "2 1/2"
    core.exponent = kExactExponent;
    k += 3;
  }
  core.end = ReadScales(text, tokens, k, lex, &core);
  return core;
}

// "half a million", "a quarter of a million", "a dozen": a fraction and/or article before a multiplier.
// Returns the token after the prefix and sets `factor`; i unchanged when there is no prefix.
std::size_t ParseWordPrefix(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                            const Tables& lex, double* factor, bool* article) {
  std::size_t k = i;
  *factor = 1;
  *article = false;
  if (IsWord(tokens, k, "a") && (IsWord(tokens, k + 1, "half") || IsWord(tokens, k + 1, "quarter"))) ++k;
  if (IsWord(tokens, k, "half")) {
    *factor = 0.5, ++k;
  } else if (IsWord(tokens, k, "quarter")) {
    *factor = 0.25, ++k;
    if (IsWord(tokens, k, "of")) ++k;
  }
  if (IsWord(tokens, k, "a") || IsWord(tokens, k, "an")) {
    const std::optional<WordValue> w = LookUp(text, tokens, k + 1, lex);
    if (w && !w->ordinal && (w->role == Role::kHundred || w->role == Role::kDozen || w->role == Role::kScale)) {
      *article = true;
      return k + 1;
    }
  }
  return *factor == 1 ? i : k;
}

// "point five" after a whole number word: the decimal digits as a fraction, and how many there were.
std::size_t ReadPointDigits(std::string_view text, const std::vector<Token>& tokens, std::size_t k,
                            const Tables& lex, double* fraction, int* count) {
  if (!IsWord(tokens, k, "point")) return k;
  double scale = 0.1;
  std::size_t j = k + 1;
  for (; j < tokens.size() && *count < 6; ++j) {
    const std::optional<WordValue> w = LookUp(text, tokens, j, lex);
    if (!w || w->ordinal || w->role != Role::kUnit) break;
    *fraction += w->value * scale;
    scale /= 10;
    ++*count;
  }
  return *count > 0 ? j : k;
}

std::optional<Core> ParseWords(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                               const Tables& lex) {
  double factor = 1;
  bool article = false;
  std::size_t k = ParseWordPrefix(text, tokens, i, lex, &factor, &article);
  if (factor != 1 && !article) {
    // "half a day", "half an hour", "a quarter of a century": a fraction of one unit.
    if ((IsWord(tokens, k, "a") || IsWord(tokens, k, "an")) && lex.unit_after.Contains(text, tokens, k + 1)) {
      Core core;
      core.begin = i;
      core.end = k + 1;
      core.value = factor;
      core.exponent = -2;
      return core;
    }
    // "a quarter-mile", "a half-hour delay": the fraction glued to its unit by a hyphen, as "400-metre" is (not
    // "half-year", a half of the calendar).
    if (k + 1 < tokens.size() && k > i && tokens[k].norm == "-" && Adjacent(tokens[k - 1], tokens[k]) &&
        Adjacent(tokens[k], tokens[k + 1]) && !IsWord(tokens, k + 1, "year") &&
        lex.unit_after.Contains(text, tokens, k + 1)) {
      Core core;
      core.begin = i;
      core.end = k;
      core.value = factor;
      core.exponent = -2;
      return core;
    }
    return std::nullopt;  // "half of them"
  }
  const std::size_t start = k;  // after the prefix: an article must be followed by its multiplier
  double total = 0;
  double current = article ? 1 : 0;
  double last_scale = 0;
  Role last = article ? Role::kUnit : Role::kNone;
  bool any = article;
  bool bare = false;  // "hundred and first": a multiplier with nothing before it
  bool ordinal = false;
  bool ends_with_multiplier = false;
  int decimals = 0;
  while (k < tokens.size() && !ordinal) {
    if (last == Role::kTens && IsHyphenBetween(tokens, k)) {
      const std::optional<WordValue> next = LookUp(text, tokens, k + 1, lex);
      if (!next || next->role != Role::kUnit) break;
      ++k;
      continue;
    }
    if (IsWord(tokens, k, "and") && (last == Role::kHundred || last == Role::kScale) && k + 1 < tokens.size()) {
      const std::optional<WordValue> next = LookUp(text, tokens, k + 1, lex);
      if (!next || next->role == Role::kHundred || next->role == Role::kScale) break;
      ++k;
      continue;
    }
    const bool small = last == Role::kUnit || last == Role::kTeen || last == Role::kTens;
    if (small && decimals == 0) {
      if (const double part = AndAFraction(tokens, k); part > 0) {  // "five and a half million"
        current += part;
        decimals = 2;
        k += 3;
        continue;
      }
      double fraction = 0;
      if (const std::size_t after = ReadPointDigits(text, tokens, k, lex, &fraction, &decimals); after > k) {
        current += fraction;  // "two point five"
        k = after;
        continue;
      }
    }
    const std::optional<WordValue> w = LookUp(text, tokens, k, lex);
    if (!w) break;
    const bool unit_or_teen = last == Role::kUnit || last == Role::kTeen;
    if (decimals > 0 && w->role != Role::kScale) break;
    if ((w->role == Role::kUnit || w->role == Role::kTeen) &&
        (unit_or_teen || (last == Role::kTens && w->role == Role::kTeen))) {
      break;
    }
    if (w->role == Role::kTens && (unit_or_teen || last == Role::kTens)) break;
    const bool multiplier = w->role == Role::kHundred || w->role == Role::kDozen || w->role == Role::kScale;
    if (multiplier && current == 0 && total == 0 && !any) {
      if (w->ordinal) {  // "hundredth", "thousandth"
        current = w->value;
        ordinal = any = true;
        last = w->role;
        ++k;
        break;
      }
      if (w->role != Role::kHundred || !IsWord(tokens, k + 1, "and")) break;
      current = 1;  // "hundred and first"
      bare = true;
    } else if ((w->role == Role::kHundred || w->role == Role::kDozen) && (current == 0 || last == Role::kHundred)) {
      break;
    } else if (w->role == Role::kScale && (current == 0 || (last_scale != 0 && w->value >= last_scale))) {
      break;
    }
    switch (w->role) {
      case Role::kHundred:
      case Role::kDozen:
        current *= w->value;
        break;
      case Role::kScale:
        total += current * w->value;
        current = 0;
        last_scale = w->value;
        break;
      default:
        current += w->value;
    }
    ends_with_multiplier = multiplier;
    ordinal = w->ordinal;
    last = w->role;
    any = true;
    ++k;
  }
  if (!any || (article && k == start) || (bare && !ordinal)) return std::nullopt;
  Core core;
  core.begin = i;
  core.end = k;
  core.value = (total + current) * factor;
  core.ordinal = ordinal;
  core.exponent = ordinal ? kExactExponent : LastDigitExponent(core.value);
  core.word_scaled = ends_with_multiplier && !ordinal;
  return core;
}

// "a third of", "one third", "two thirds", "three-quarters", "a fifth", "half of": the share in percent.
std::optional<Core> ParseFraction(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                                  const Tables& lex) {
  std::size_t k = i;
  double numerator = 0;
  bool article = false;
  if (IsWord(tokens, k, "a") || IsWord(tokens, k, "an")) {
    numerator = 1, article = true, ++k;
  } else if (const std::optional<WordValue> w = LookUp(text, tokens, k, lex);
             w && !w->ordinal && w->role == Role::kUnit && w->value >= 1) {
    numerator = w->value, ++k;
  } else if (IsWord(tokens, k, "half")) {
    // "half of the votes", "half the country", "by half."
    const std::size_t n = k + 1;
    const bool of = n < tokens.size() && tokens[n].kind == TokenKind::kWord &&
                    std::find(std::begin(kHalfOf), std::end(kHalfOf), tokens[n].norm) != std::end(kHalfOf);
    const bool ends = n >= tokens.size() || (tokens[n].kind == TokenKind::kPunct && tokens[n].norm != "-"sv);
    if (!of && !ends) return std::nullopt;
    Core core;
    core.begin = i;
    core.end = n;
    core.value = 50;
    core.fraction = true;
    core.exponent = kExactExponent;
    return core;
  } else {
    return std::nullopt;
  }
  if (k < tokens.size() && IsHyphenBetween(tokens, k)) ++k;  // "two-thirds"
  bool plural = false;
  const Denominator* d = k < tokens.size() ? FindDenominator(tokens[k], &plural) : nullptr;
  if (d == nullptr || (numerator > 1) != plural) return std::nullopt;
  const std::size_t n = k + 1;
  // "one third" alone is a share, but "one hundredth anniversary" is an ordinal: a share of one, other than a half,
  // a third or a quarter, stands before "of" or a punctuation mark.
  const bool small_denominator = d->value <= 4;
  if (article || (numerator == 1 && !small_denominator)) {
    // "a third of", "by a fifth.": otherwise "a third term" is an ordinal.
    const bool of = IsWord(tokens, n, "of");
    const bool ends = n >= tokens.size() || (tokens[n].kind == TokenKind::kPunct && tokens[n].norm != "-"sv);
    if (!of && !ends) return std::nullopt;
    // "a quarter of a million" is a number; "a quarter of a percentage point" a fraction of one unit (ParseWords).
    if (of && (IsWord(tokens, n + 1, "a") || IsWord(tokens, n + 1, "an"))) {
      const std::optional<WordValue> w = LookUp(text, tokens, n + 2, lex);
      if (w && (w->role == Role::kScale || w->role == Role::kHundred || w->role == Role::kDozen)) return std::nullopt;
      if (lex.unit_after.Contains(text, tokens, n + 2)) return std::nullopt;
    }
  }
  Core core;
  core.begin = i;
  core.end = n;
  core.value = 100 * numerator / d->value;
  core.fraction = true;
  core.exponent = kExactExponent;
  return core;
}

std::optional<Core> ParseVague(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                               const Tables& lex) {
  const auto v = lex.vague.Longest(text, tokens, i);
  // "scores of people", but "scores of 90 or greater" are scores.
  if (!v || (v.value->needs_of && (!IsWord(tokens, v.end, "of") || IsNumber(tokens, v.end + 1)))) return std::nullopt;
  Core core;
  core.begin = i;
  core.end = v.end;
  core.value = v.value->low;
  core.vague_high = v.value->high;
  // "several hundred", "a few thousand": a scale after the amount multiplies it.
  for (int round = 0; round < 2; ++round) {
    const std::optional<WordValue> w = LookUp(text, tokens, core.end, lex);
    if (!w || w->ordinal || (w->role != Role::kHundred && w->role != Role::kScale)) break;
    core.value *= w->value;
    core.vague_high *= w->value;
    ++core.end;
  }
  core.vague = true;
  core.word_scaled = true;
  core.exponent = kExactExponent;
  return core;
}

// A token that may stand right before a sign or a leading '.': nothing glued, or an opening bracket or quote.
bool SignMayFollow(const std::vector<Token>& tokens, std::size_t i) {
  if (i == 0 || !Adjacent(tokens[i - 1], tokens[i])) return true;
  const Token& p = tokens[i - 1];
  return p.kind == TokenKind::kPunct && p.norm != "-"sv && p.norm != "."sv && p.norm != "/"sv && p.norm != "+"sv;
}

}  // namespace

bool IsPlainDigits(const Token& t, std::size_t max_len) {
  if (t.kind != TokenKind::kNumber || t.norm.size() > max_len || t.span.end - t.span.begin != t.norm.size()) {
    return false;
  }
  for (char c : t.norm) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

double DigitsToDouble(std::string_view digits) {
  std::uint64_t mantissa = 0;
  int kept = 0;            // significant digits in the mantissa (at most 19)
  std::int64_t exp10 = 0;  // power of ten to apply to the mantissa
  bool after_dot = false;
  for (char c : digits) {
    if (c == '.') {
      after_dot = true;
      continue;
    }
    if (c < '0' || c > '9') break;
    if (mantissa == 0 && c == '0') {
      if (after_dot) --exp10;
      continue;
    }
    if (kept < 19) {
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
      ++kept;
      if (after_dot) --exp10;
    } else if (!after_dot) {
      ++exp10;
    }
    if (exp10 > 100000 || exp10 < -100000) break;
  }
  if (mantissa == 0) return 0;
  const auto m = static_cast<double>(mantissa);
  if (exp10 >= 0 && exp10 <= 22) return m * std::pow(10.0, static_cast<double>(exp10));
  if (exp10 < 0 && exp10 >= -22) return m / std::pow(10.0, static_cast<double>(-exp10));
  if (exp10 > 400) return HUGE_VAL;
  if (exp10 < -400) return 0;
  return m * std::pow(10.0, static_cast<double>(exp10));
}

void ApplyScale(Core& core, double scale, int scale_exponent) {
  core.value *= scale;
  core.vague_high *= scale;
  core.scale *= scale;
  core.scale_exponent += scale_exponent;
  core.has_scale = true;
  if (core.exponent != kExactExponent) core.exponent += scale_exponent;
}

std::optional<Core> ParseCore(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                              bool allow_vague, const Tables& lex) {
  if (i >= tokens.size()) return std::nullopt;
  const Token& t = tokens[i];
  if (t.kind == TokenKind::kNumber) return ParseDigits(text, tokens, i, lex);
  const bool sign = t.kind == TokenKind::kPunct && (t.norm == "-"sv || t.norm == "."sv);
  if (!sign && !lex.MayStartNumber(t.norm)) return std::nullopt;
  // A unit written before the number: "$5", "US$300", "Rs. 5,000", "USD 1.5bn", "magnitude 7.8".
  if (const auto before = lex.unit_before.Longest(text, tokens, i); before && IsNumber(tokens, before.end)) {
    std::optional<Core> core = ParseDigits(text, tokens, before.end, lex);
    if (!core || core->ordinal) return std::nullopt;
    core->begin = i;
    core->unit = *before.value;
    core->unit_span = {t.span.begin, tokens[before.end - 1].span.end};
    return core;
  }
  // A sign or a leading point: "-3.2", "(-5)", ".5"; "minus 5".
  if (sign && IsNumber(tokens, i + 1) &&
      Adjacent(t, tokens[i + 1]) && SignMayFollow(tokens, i)) {
    std::optional<Core> core;
    if (t.norm == "-"sv) {
      core = ParseDigits(text, tokens, i + 1, lex);
      if (core && !core->ordinal) core->value = -core->value;
    } else if (IsPlainDigits(tokens[i + 1], 18)) {
      core = Core();
      core->digits = true;
      core->end = i + 2;
      core->value = DigitsToDouble("0." + tokens[i + 1].norm);
      core->exponent = -static_cast<int>(tokens[i + 1].norm.size());
    }
    if (!core || core->ordinal) return std::nullopt;
    core->begin = i;
    return core;
  }
  if (t.kind != TokenKind::kWord) return std::nullopt;
  if (t.norm == "minus"sv) {
    std::optional<Core> core = ParseCore(text, tokens, i + 1, false, lex);
    if (!core || core->ordinal || core->fraction || core->unit != kNoUnit) return std::nullopt;
    core->begin = i;
    core->value = -core->value;
    return core;
  }
  if (allow_vague) {
    if (std::optional<Core> vague = ParseVague(text, tokens, i, lex)) return vague;
    if (std::optional<Core> fraction = ParseFraction(text, tokens, i, lex)) return fraction;
  }
  return ParseWords(text, tokens, i, lex);
}

}  // namespace number_core
}  // namespace claimcheck
