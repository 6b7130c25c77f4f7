// Number expressions on their own: digits with scales, number words, vague amounts, ordinals, currency signs.
//
// Approach: each form is a small recognizer over tokens, tried in a fixed order at one token (currency sign, digits,
// vague phrase, ordinal word, number words). All vocabulary is data: kNumberWords (cardinals and multipliers),
// kOrdinalWords, kScaleSuffixes ("500k", "$2bn"), kVagueAmounts and kCurrencies, each one table. Digit strings are
// converted by hand (first 19 significant digits and a power of ten) so that the result does not depend on the C
// locale and a 100,000-digit number costs one pass and yields +inf instead of undefined behaviour.
#include "number_core.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string>

namespace claimcheck {
namespace number_core {
namespace {

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

constexpr NumberWord kNumberWords[] = {
    {"zero", 0, Role::kUnit, 0},          {"one", 1, Role::kUnit, 0},          {"two", 2, Role::kUnit, 0},
    {"three", 3, Role::kUnit, 0},         {"four", 4, Role::kUnit, 0},         {"five", 5, Role::kUnit, 0},
    {"six", 6, Role::kUnit, 0},           {"seven", 7, Role::kUnit, 0},        {"eight", 8, Role::kUnit, 0},
    {"nine", 9, Role::kUnit, 0},          {"ten", 10, Role::kTeen, 0},         {"eleven", 11, Role::kTeen, 0},
    {"twelve", 12, Role::kTeen, 0},       {"thirteen", 13, Role::kTeen, 0},    {"fourteen", 14, Role::kTeen, 0},
    {"fifteen", 15, Role::kTeen, 0},      {"sixteen", 16, Role::kTeen, 0},     {"seventeen", 17, Role::kTeen, 0},
    {"eighteen", 18, Role::kTeen, 0},     {"nineteen", 19, Role::kTeen, 0},    {"twenty", 20, Role::kTens, 0},
    {"thirty", 30, Role::kTens, 0},       {"forty", 40, Role::kTens, 0},       {"fifty", 50, Role::kTens, 0},
    {"sixty", 60, Role::kTens, 0},        {"seventy", 70, Role::kTens, 0},     {"eighty", 80, Role::kTens, 0},
    {"ninety", 90, Role::kTens, 0},       {"hundred", 100, Role::kHundred, 2}, {"dozen", 12, Role::kDozen, 0},
    {"thousand", 1e3, Role::kScale, 3},   {"million", 1e6, Role::kScale, 6},   {"billion", 1e9, Role::kScale, 9},
    {"trillion", 1e12, Role::kScale, 12},
};

constexpr std::string_view kOrdinalWords[] = {
    "first",     "second",    "third",       "fourth",     "fifth",      "sixth",      "seventh",
    "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",    "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
};

struct ScaleSuffix {
  std::string_view word;
  double scale;
  int exponent;
  bool glued_only;  // "5m" is five million, "5 m" is five metres
};

constexpr ScaleSuffix kScaleSuffixes[] = {
    {"k", 1e3, 3, true}, {"m", 1e6, 6, true}, {"mn", 1e6, 6, false}, {"bn", 1e9, 9, false}, {"tn", 1e12, 12, false},
};

struct VagueAmount {
  std::string_view words[3];  // consecutive word norms; unused slots empty
  double low;
  double high;
  bool needs_of;  // "scores" counts only in "scores of"
};

// Longer phrases first: the first match wins.
constexpr VagueAmount kVagueAmounts[] = {
    {{"tens", "of", "thousands"}, 2e4, 99999, false},
    {{"hundreds", "of", "thousands"}, 2e5, 999999, false},
    {{"tens", "of", "millions"}, 2e7, 99999999, false},
    {{"hundreds", "of", "millions"}, 2e8, 999999999, false},
    {{"a", "few"}, 2, 5, false},
    {{"several"}, 3, 9, false},
    {{"dozens"}, 24, 99, false},
    {{"scores"}, 40, 199, true},
    {{"hundreds"}, 200, 999, false},
    {{"thousands"}, 2000, 9999, false},
    {{"millions"}, 2e6, 999e6, false},
    {{"billions"}, 2e9, 999e9, false},
};

struct Currency {
  std::string_view sign;  // folded punct token
  std::string_view code;
};

constexpr Currency kCurrencies[] = {
    {"$", "usd"},        {"\xE2\x82\xAC", "eur"}, {"\xC2\xA3", "gbp"},
    {"\xC2\xA5", "jpy"}, {"\xE2\x82\xBA", "try"}, {"\xE2\x82\xBD", "rub"},
};

const NumberWord* FindNumberWord(const Token& t) {
  if (t.kind != TokenKind::kWord) return nullptr;
  for (const NumberWord& w : kNumberWords) {
    if (w.word == t.norm) return &w;
  }
  return nullptr;
}

bool IsWord(const std::vector<Token>& tokens, std::size_t i, std::string_view norm) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kWord && tokens[i].norm == norm;
}

bool IsHyphenBetween(const std::vector<Token>& tokens, std::size_t i) {
  return i + 1 < tokens.size() && i > 0 && tokens[i].kind == TokenKind::kPunct && tokens[i].norm == "-" &&
         Adjacent(tokens[i - 1], tokens[i]) && Adjacent(tokens[i], tokens[i + 1]);
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

// Exponent of the last non-zero digit of an integer value (exact for the sizes number words reach).
int LastDigitExponent(double value) {
  if (!(value >= 1) || std::floor(value) != value || value > 1e18) return 0;
  int zeros = 0;
  for (auto v = static_cast<std::uint64_t>(value); v % 10 == 0; v /= 10) ++zeros;
  return zeros;
}

// "500 000": the gap between two tokens is exactly one space-like character.
bool IsGroupGap(std::string_view text, const Token& a, const Token& b) {
  const std::string_view gap = SpanText(text, {a.span.end, b.span.begin});
  return gap == " " || gap == "\xC2\xA0" || gap == "\xE2\x80\x89" || gap == "\xE2\x80\xAF";
}

bool IsPlainDigits(const Token& t, std::size_t max_len) {
  if (t.kind != TokenKind::kNumber || t.norm.size() > max_len || t.span.end - t.span.begin != t.norm.size()) {
    return false;
  }
  for (char c : t.norm) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::optional<Core> ParseDigits(std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
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
  core.end = k;
  if (k < tokens.size() && tokens[k].kind == TokenKind::kWord) {
    for (const ScaleSuffix& s : kScaleSuffixes) {
      if (tokens[k].norm == s.word && (Adjacent(tokens[k - 1], tokens[k]) || !s.glued_only)) {
        ApplyScale(core, s.scale, s.exponent);
        core.end = ++k;
        return core;
      }
    }
  }
  // Scale words: "1.5 million", "5 hundred thousand", "two dozen" is handled by the word parser.
  for (int round = 0; round < 2 && k < tokens.size(); ++round) {
    const NumberWord* w = FindNumberWord(tokens[k]);
    if (w == nullptr || (w->role != Role::kScale && w->role != Role::kHundred) ||
        (core.has_scale && w->value <= core.scale)) {
      break;
    }
    ApplyScale(core, w->value, w->exponent);
    core.word_scaled = true;
    core.end = ++k;
  }
  return core;
}

// "half a million", "a quarter of a million", "a dozen": a fraction and/or article before a multiplier.
// Returns the token after the prefix and sets `factor`; i unchanged when there is no prefix.
std::size_t ParseWordPrefix(const std::vector<Token>& tokens, std::size_t i, double* factor, bool* article) {
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
    const NumberWord* w = k + 1 < tokens.size() ? FindNumberWord(tokens[k + 1]) : nullptr;
    if (w != nullptr && (w->role == Role::kHundred || w->role == Role::kDozen || w->role == Role::kScale)) {
      *article = true;
      return k + 1;
    }
  }
  return *factor == 1 ? i : k;
}

std::optional<Core> ParseWords(const std::vector<Token>& tokens, std::size_t i) {
  double factor = 1;
  bool article = false;
  std::size_t k = ParseWordPrefix(tokens, i, &factor, &article);
  if (factor != 1 && !article) return std::nullopt;  // "half of them"
  double total = 0;
  double current = article ? 1 : 0;
  double last_scale = 0;
  Role last = article ? Role::kUnit : Role::kNone;
  bool any = article;
  bool ends_with_multiplier = false;
  while (k < tokens.size()) {
    if (last == Role::kTens && IsHyphenBetween(tokens, k)) {
      const NumberWord* next = FindNumberWord(tokens[k + 1]);
      if (next == nullptr || next->role != Role::kUnit) break;
      ++k;
      continue;
    }
    if (IsWord(tokens, k, "and") && (last == Role::kHundred || last == Role::kScale) && k + 1 < tokens.size()) {
      const NumberWord* next = FindNumberWord(tokens[k + 1]);
      if (next == nullptr || next->role == Role::kHundred || next->role == Role::kScale) break;
      ++k;
      continue;
    }
    const NumberWord* w = FindNumberWord(tokens[k]);
    if (w == nullptr) break;
    const bool small = last == Role::kUnit || last == Role::kTeen;
    if ((w->role == Role::kUnit || w->role == Role::kTeen) &&
        (small || (last == Role::kTens && w->role == Role::kTeen))) {
      break;
    }
    if (w->role == Role::kTens && (small || last == Role::kTens)) break;
    if ((w->role == Role::kHundred || w->role == Role::kDozen) && (current == 0 || last == Role::kHundred)) break;
    if (w->role == Role::kScale && (current == 0 || (last_scale != 0 && w->value >= last_scale))) break;
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
    ends_with_multiplier = w->role != Role::kUnit && w->role != Role::kTeen && w->role != Role::kTens;
    last = w->role;
    any = true;
    ++k;
  }
  if (!any || (article && last == Role::kUnit)) return std::nullopt;
  Core core;
  core.begin = i;
  core.end = k;
  core.value = (total + current) * factor;
  core.exponent = LastDigitExponent(core.value);
  core.word_scaled = ends_with_multiplier;
  return core;
}

std::optional<Core> ParseOrdinalWord(const std::vector<Token>& tokens, std::size_t i) {
  std::size_t k = i;
  double tens = 0;
  if (const NumberWord* w = FindNumberWord(tokens[i]); w != nullptr && w->role == Role::kTens) {
    if (!IsHyphenBetween(tokens, i + 1)) return std::nullopt;
    tens = w->value;
    k = i + 2;
  }
  if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord) return std::nullopt;
  for (std::size_t n = 0; n < std::size(kOrdinalWords); ++n) {
    if (tokens[k].norm != kOrdinalWords[n] || (tens != 0 && n >= 9)) continue;
    Core core;
    core.begin = i;
    core.end = k + 1;
    core.value = tens + static_cast<double>(n + 1);
    core.ordinal = true;
    core.exponent = kExactExponent;
    return core;
  }
  return std::nullopt;
}

std::optional<Core> ParseVague(const std::vector<Token>& tokens, std::size_t i) {
  for (const VagueAmount& v : kVagueAmounts) {
    std::size_t k = i;
    for (std::string_view w : v.words) {
      if (w.empty()) break;
      if (!IsWord(tokens, k, w)) {
        k = 0;
        break;
      }
      ++k;
    }
    if (k == 0 || (v.needs_of && !IsWord(tokens, k, "of"))) continue;
    Core core;
    core.begin = i;
    core.end = k;
    core.value = v.low;
    core.vague_high = v.high;
    core.vague = true;
    core.word_scaled = true;
    core.exponent = kExactExponent;
    return core;
  }
  return std::nullopt;
}

// Every word that can start a number expression, sorted: an index over the tables above so that ordinary words
// are rejected with one binary search.
bool CanStartWithWord(std::string_view word) {
  static const std::vector<std::string_view> kStarters = [] {
    std::vector<std::string_view> words = {"a", "an", "half", "quarter", "us"};
    for (const NumberWord& w : kNumberWords) words.push_back(w.word);
    for (std::string_view w : kOrdinalWords) words.push_back(w);
    for (const VagueAmount& v : kVagueAmounts) words.push_back(v.words[0]);
    std::sort(words.begin(), words.end());
    return words;
  }();
  return std::binary_search(kStarters.begin(), kStarters.end(), word);
}

}  // namespace

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
  core.scale *= scale;
  core.scale_exponent += scale_exponent;
  core.has_scale = true;
  if (core.exponent != kExactExponent) core.exponent += scale_exponent;
}

std::optional<Core> ParseCore(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                              bool allow_vague) {
  if (i >= tokens.size()) return std::nullopt;
  if (tokens[i].kind == TokenKind::kWord && !CanStartWithWord(tokens[i].norm)) return std::nullopt;
  std::string_view currency;
  std::size_t k = i;
  if (IsWord(tokens, k, "us") && k + 1 < tokens.size() && tokens[k + 1].norm == "$" &&
      Adjacent(tokens[k], tokens[k + 1])) {
    ++k;
  }
  for (const Currency& c : kCurrencies) {
    if (tokens[k].kind == TokenKind::kPunct && tokens[k].norm == c.sign) currency = c.code;
  }
  if (!currency.empty()) {
    if (k + 1 >= tokens.size() || tokens[k + 1].kind != TokenKind::kNumber || !Adjacent(tokens[k], tokens[k + 1])) {
      return std::nullopt;
    }
    std::optional<Core> core = ParseDigits(text, tokens, k + 1);
    if (!core || core->ordinal) return std::nullopt;
    core->begin = i;
    core->currency = currency;
    return core;
  }
  if (tokens[i].kind == TokenKind::kNumber) return ParseDigits(text, tokens, i);
  if (tokens[i].kind != TokenKind::kWord) return std::nullopt;
  if (allow_vague) {
    if (std::optional<Core> vague = ParseVague(tokens, i)) return vague;
  }
  if (std::optional<Core> ordinal = ParseOrdinalWord(tokens, i)) return ordinal;
  return ParseWords(tokens, i);
}

}  // namespace number_core
}  // namespace claimcheck
