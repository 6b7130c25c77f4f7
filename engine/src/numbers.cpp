// Quantities in prose (FindQuantities) and single number expressions (ParseNumber).
//
// Approach: tokenize the range once, then walk the tokens left to right. At each token that can start a number,
// number_core parses the bare expression ("1.5 million", "dozens", "19th"). Around it this file reads, in order:
// a modifier phrase right before it (kModifiers, one table: hedges, comparators, "between"/"from"), a negation word
// before that, a second expression making a range ("X to Y", "X-Y", "between X and Y"), a percent sign or word, a
// modifier after it ("or more", "+"), and the unit word. The semantics of every form are the contract in
// numbers.h; Interval() is the one place that turns a form into [low, high]. Excluded spans (dates) are checked by
// binary search, so the walk stays linear in the number of tokens.
#include "claimcheck/numbers.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "number_core.h"

namespace claimcheck {

using number_core::Core;
using number_core::kExactExponent;
using number_core::ParseCore;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

enum class Modifier {
  kNone,
  kHedge,
  kNearly,
  kJustOver,
  kJustUnder,
  kMoreThan,
  kAtLeast,
  kLessThan,
  kUpTo,
  kExact,
  kBetween,
  kFrom,
};

struct ModifierPhrase {
  std::string_view words[3];  // token norms before the number; unused slots empty
  Modifier modifier;
};

// Matched right before the number; the longest match wins.
constexpr ModifierPhrase kModifiers[] = {
    {{"about"}, Modifier::kHedge},
    {{"around"}, Modifier::kHedge},
    {{"roughly"}, Modifier::kHedge},
    {{"some"}, Modifier::kHedge},
    {{"approximately"}, Modifier::kHedge},
    {{"an", "estimated"}, Modifier::kHedge},
    {{"estimated"}, Modifier::kHedge},
    {{"circa"}, Modifier::kHedge},
    {{"approx"}, Modifier::kHedge},
    {{"approx", "."}, Modifier::kHedge},
    {{"nearly"}, Modifier::kNearly},
    {{"almost"}, Modifier::kNearly},
    {{"close", "to"}, Modifier::kNearly},
    {{"as", "many", "as"}, Modifier::kNearly},
    {{"just", "over"}, Modifier::kJustOver},
    {{"just", "under"}, Modifier::kJustUnder},
    {{"more", "than"}, Modifier::kMoreThan},
    {{"over"}, Modifier::kMoreThan},
    {{"upwards", "of"}, Modifier::kMoreThan},
    {{"in", "excess", "of"}, Modifier::kMoreThan},
    {{"well", "over"}, Modifier::kMoreThan},
    {{"exceeded"}, Modifier::kMoreThan},
    {{"exceed"}, Modifier::kMoreThan},
    {{"exceeds"}, Modifier::kMoreThan},
    {{"surpassed"}, Modifier::kMoreThan},
    {{"topped"}, Modifier::kMoreThan},
    {{"at", "least"}, Modifier::kAtLeast},
    {{"no", "fewer", "than"}, Modifier::kAtLeast},
    {{"no", "less", "than"}, Modifier::kAtLeast},
    {{"fewer", "than"}, Modifier::kLessThan},
    {{"less", "than"}, Modifier::kLessThan},
    {{"under"}, Modifier::kLessThan},
    {{"below"}, Modifier::kLessThan},
    {{"up", "to"}, Modifier::kUpTo},
    {{"at", "most"}, Modifier::kUpTo},
    {{"no", "more", "than"}, Modifier::kUpTo},
    {{"only"}, Modifier::kExact},
    {{"just"}, Modifier::kExact},
    {{"exactly"}, Modifier::kExact},
    {{"precisely"}, Modifier::kExact},
    {{"between"}, Modifier::kBetween},
    {{"from"}, Modifier::kFrom},
};

// After the number (and percent sign): "500 or more", "500+", "500-plus", "500 or so".
constexpr ModifierPhrase kSuffixModifiers[] = {
    {{"or", "more"}, Modifier::kAtLeast}, {{"or", "fewer"}, Modifier::kUpTo}, {{"or", "less"}, Modifier::kUpTo},
    {{"or", "so"}, Modifier::kHedge},     {{"+"}, Modifier::kAtLeast},        {{"-", "plus"}, Modifier::kAtLeast},
};

bool IsNorm(const std::vector<Token>& tokens, std::size_t i, std::string_view norm) {
  return i < tokens.size() && tokens[i].norm == norm;
}

bool IsNegation(const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  const std::string_view n = t.norm;
  return n == "not" || n == "never" || (n.size() > 3 && n.substr(n.size() - 3) == "n't");
}

// Spans to avoid, sorted by begin, with the running maximum of their ends for O(log n) overlap tests.
class Exclusions {
 public:
  explicit Exclusions(const std::vector<ByteSpan>& spans) : spans_(spans) {
    std::sort(spans_.begin(), spans_.end(), [](ByteSpan a, ByteSpan b) { return a.begin < b.begin; });
    max_end_.reserve(spans_.size());
    std::size_t running = 0;
    for (ByteSpan s : spans_) {
      running = std::max(running, s.begin < s.end ? s.end : 0);
      max_end_.push_back(running);
    }
  }
  bool Hits(ByteSpan span) const {
    if (span.begin >= span.end) return false;
    const auto it = std::lower_bound(spans_.begin(), spans_.end(), span.end,
                                     [](ByteSpan s, std::size_t end) { return s.begin < end; });
    const auto n = static_cast<std::size_t>(it - spans_.begin());
    return n > 0 && max_end_[n - 1] > span.begin;
  }

 private:
  std::vector<ByteSpan> spans_;
  std::vector<std::size_t> max_end_;
};

// Longest phrase of `table` ending right before token `end` and starting at or after `floor`.
template <std::size_t N>
std::pair<Modifier, std::size_t> MatchBefore(const ModifierPhrase (&table)[N], const std::vector<Token>& tokens,
                                             std::size_t floor, std::size_t end) {
  Modifier best = Modifier::kNone;
  std::size_t best_begin = end;
  for (const ModifierPhrase& p : table) {
    std::size_t len = 0;
    while (len < 3 && !p.words[len].empty()) ++len;
    if (len > end - floor || end - len >= best_begin) continue;
    bool match = true;
    for (std::size_t k = 0; k < len && match; ++k) match = tokens[end - len + k].norm == p.words[k];
    if (match) best = p.modifier, best_begin = end - len;
  }
  return {best, best_begin};
}

template <std::size_t N>
std::pair<Modifier, std::size_t> MatchAfter(const ModifierPhrase (&table)[N], const std::vector<Token>& tokens,
                                            std::size_t begin) {
  for (const ModifierPhrase& p : table) {
    std::size_t k = 0;
    while (k < 3 && !p.words[k].empty() && IsNorm(tokens, begin + k, p.words[k])) ++k;
    if (k > 0 && (k == 3 || p.words[k].empty())) return {p.modifier, begin + k};
  }
  return {Modifier::kNone, begin};
}

double HalfUnit(const Core& c) {
  if (c.exponent == kExactExponent || c.exponent < 1 || !(c.value >= 10) || std::isinf(c.value)) return 0;
  return 0.5 * std::pow(10.0, static_cast<double>(c.exponent));
}

// The interval a modifier claims around a value (or a vague [low, high]). Sets the open flags on `q`.
void Interval(Modifier m, bool negated, const Core& c, Quantity& q) {
  const double low_x = c.value;
  const double high_x = c.vague ? c.vague_high : c.value;
  if (negated) {  // complement of one-sided claims
    if (m == Modifier::kMoreThan)
      m = Modifier::kUpTo;
    else if (m == Modifier::kAtLeast)
      m = Modifier::kLessThan;
    else if (m == Modifier::kLessThan)
      m = Modifier::kAtLeast;
    else if (m == Modifier::kUpTo)
      m = Modifier::kMoreThan;
  }
  const bool swap_side = negated && (m == Modifier::kUpTo || m == Modifier::kLessThan);
  const bool swap_up = negated && (m == Modifier::kMoreThan || m == Modifier::kAtLeast);
  const double below = swap_side ? low_x : high_x;  // value for "fewer than"/"up to"
  const double above = swap_up ? high_x : low_x;    // value for "more than"/"at least"
  switch (m) {
    case Modifier::kHedge:
      q.low = c.vague ? low_x : 0.9 * low_x, q.high = c.vague ? high_x : 1.1 * high_x;
      break;
    case Modifier::kNearly:
      q.low = c.vague ? low_x : 0.9 * low_x, q.high = high_x;
      break;
    case Modifier::kJustOver:
      q.low = low_x, q.high = c.vague ? high_x : 1.1 * high_x, q.low_open = true;
      break;
    case Modifier::kJustUnder:
      q.low = c.vague ? low_x : 0.9 * low_x, q.high = high_x, q.high_open = true;
      break;
    case Modifier::kMoreThan:
      q.low = above, q.high = kInf, q.low_open = true;
      break;
    case Modifier::kAtLeast:
      q.low = above, q.high = kInf;
      break;
    case Modifier::kLessThan:
      q.low = 0, q.high = below, q.high_open = true;
      break;
    case Modifier::kUpTo:
      q.low = 0, q.high = below;
      break;
    case Modifier::kExact:
      q.low = low_x, q.high = high_x;
      break;
    default: {
      // The values that round to the figure: 500,000 stands for [450,000, 550,000), so 400,000 does not reach
      // a fact's 450,000. The interval is half-open, as rounding is.
      const double half = HalfUnit(c);
      q.low = low_x - half, q.high = high_x + half;
      q.high_open = half > 0;
    }
  }
  q.hedged = m == Modifier::kHedge || m == Modifier::kNearly || m == Modifier::kJustOver || m == Modifier::kJustUnder;
}

class QuantityFinder {
 public:
  QuantityFinder(std::string_view text, const std::vector<Token>& tokens, const std::vector<ByteSpan>& exclude)
      : text_(text), tokens_(tokens), exclusions_(exclude) {}

  std::vector<Quantity> Run() {
    std::vector<Quantity> out;
    std::size_t floor = 0;  // tokens before this belong to an earlier quantity
    for (std::size_t i = 0; i < tokens_.size();) {
      std::optional<Core> core = ParseCore(text_, tokens_, i, /*allow_vague=*/true);
      if (!core || Excluded(*core) || IsIdentifier(*core)) {
        ++i;
        continue;
      }
      if (const std::size_t tail = TimeTail(*core); tail > 0) {
        i = core->end + tail;
        continue;
      }
      if (const std::size_t tail = ExponentTail(*core); tail > 0) {
        i = core->end + tail;
        continue;
      }
      std::size_t end = core->end;
      Quantity q = Build(*core, floor, &end);
      out.push_back(std::move(q));
      floor = i = end;
    }
    return out;
  }

 private:
  ByteSpan SpanOf(std::size_t first, std::size_t last_exclusive) const {
    return {tokens_[first].span.begin, tokens_[last_exclusive - 1].span.end};
  }
  bool Excluded(const Core& c) const { return exclusions_.Hits(SpanOf(c.begin, c.end)); }

  // "COVID-19", "F-16": a number glued by a hyphen to the word before it.
  bool IsIdentifier(const Core& c) const {
    const std::size_t b = c.begin;
    return c.digits && b >= 2 && tokens_[b - 1].norm == "-" && tokens_[b - 2].kind == TokenKind::kWord &&
           Adjacent(tokens_[b - 2], tokens_[b - 1]) && Adjacent(tokens_[b - 1], tokens_[b]);
  }

  // "10:30", "10am", "10 p.m.": times are not quantities. Returns how many tokens after the core belong to the
  // time (0: not a time).
  std::size_t TimeTail(const Core& c) const {
    if (!c.digits || c.end - c.begin != 1) return 0;
    const std::size_t e = c.end;
    if (IsNorm(tokens_, e, ":") && e + 1 < tokens_.size() && tokens_[e + 1].kind == TokenKind::kNumber &&
        Adjacent(tokens_[e - 1], tokens_[e]) && Adjacent(tokens_[e], tokens_[e + 1])) {
      return 2;
    }
    if (IsNorm(tokens_, e, "am") || IsNorm(tokens_, e, "pm")) return 1;
    if ((IsNorm(tokens_, e, "a") || IsNorm(tokens_, e, "p")) && IsNorm(tokens_, e + 1, ".") &&
        IsNorm(tokens_, e + 2, "m")) {
      return IsNorm(tokens_, e + 3, ".") ? 4 : 3;
    }
    return 0;
  }

  // "1e308", "2.5E-7": scientific notation is not read (news does not count people that way), and neither the
  // mantissa nor the exponent is a quantity. Returns how many tokens after the core form the exponent (0: none).
  std::size_t ExponentTail(const Core& c) const {
    const std::size_t e = c.end;
    if (!c.digits || e - c.begin != 1 || e >= tokens_.size() || !Adjacent(tokens_[e - 1], tokens_[e])) return 0;
    const std::string_view n = tokens_[e].norm;
    if (n.empty() || n[0] != 'e') return 0;
    if (n.size() > 1) return n.find_first_not_of("0123456789", 1) == std::string_view::npos ? 1 : 0;  // "e308"
    const bool signed_exponent = (IsNorm(tokens_, e + 1, "-") || IsNorm(tokens_, e + 1, "+")) &&
                                 e + 2 < tokens_.size() && tokens_[e + 2].kind == TokenKind::kNumber &&
                                 Adjacent(tokens_[e], tokens_[e + 1]) && Adjacent(tokens_[e + 1], tokens_[e + 2]);
    return signed_exponent ? 3 : 0;  // "e-400"
  }

  struct Range {
    Core low;  // the first expression, with the second one's scale when only that one had it
    Core high;
  };

  // A second expression after "to"/"-"/"and"/"or" making a range with `a`.
  std::optional<Range> RangeAfter(const Core& a, Modifier m) const {
    const std::size_t k = a.end;
    if (k + 1 >= tokens_.size() || a.ordinal || a.vague) return std::nullopt;
    const std::string_view joiner = tokens_[k].norm;
    const bool ok = m == Modifier::kBetween
                        ? joiner == "and"
                        : joiner == "to" || joiner == "-" || (joiner == "or" && m == Modifier::kNone);
    if (!ok) return std::nullopt;
    std::optional<Core> b = ParseCore(text_, tokens_, k + 1, /*allow_vague=*/false);
    if (!b || b->ordinal || Excluded(*b)) return std::nullopt;
    Range r{a, *b};
    if (a.digits && !a.has_scale && b->has_scale && a.value * b->scale <= b->value) {
      number_core::ApplyScale(r.low, b->scale, b->scale_exponent);
    }
    if (!(b->value >= r.low.value) || (joiner == "or" && !(b->value > r.low.value))) return std::nullopt;
    return r;
  }

  std::size_t ReadPercent(std::size_t k, bool* percent) const {
    if (IsNorm(tokens_, k, "%") || IsNorm(tokens_, k, "percent")) return *percent = true, k + 1;
    if (IsNorm(tokens_, k, "per") && IsNorm(tokens_, k + 1, "cent")) return *percent = true, k + 2;
    return k;
  }

  std::string ReadUnit(std::size_t k, bool skip_of) const {
    if (IsNorm(tokens_, k, "-") && k + 1 < tokens_.size() && tokens_[k + 1].kind == TokenKind::kWord &&
        Adjacent(tokens_[k - 1], tokens_[k]) && Adjacent(tokens_[k], tokens_[k + 1])) {
      return tokens_[k + 1].norm;
    }
    if (skip_of && IsNorm(tokens_, k, "of") && k + 1 < tokens_.size()) ++k;
    if (k < tokens_.size() && tokens_[k].kind == TokenKind::kWord) return tokens_[k].norm;
    return {};
  }

  // The quantity around `core`; *end receives the token after it.
  Quantity Build(const Core& core, std::size_t floor, std::size_t* end) const {
    Quantity q;
    q.is_ordinal = core.ordinal;
    q.vague = core.vague;
    std::size_t begin = core.begin;
    Modifier m = Modifier::kNone;
    if (!core.ordinal) {
      const auto [found, found_begin] = MatchBefore(kModifiers, tokens_, floor, core.begin);
      if (found != Modifier::kNone && !exclusions_.Hits(SpanOf(found_begin, core.begin))) {
        m = found, begin = found_begin;
      }
    }
    const std::optional<Range> range = RangeAfter(core, m);
    if (!range && (m == Modifier::kBetween || m == Modifier::kFrom)) m = Modifier::kNone, begin = core.begin;
    if (!core.ordinal && begin > floor && IsNegation(tokens_[begin - 1]) &&
        !exclusions_.Hits(tokens_[begin - 1].span)) {
      q.negated = true;
      --begin;
    }
    const Core& last = range ? range->high : core;
    q.number_span = SpanOf(core.begin, last.end);
    std::size_t k = ReadPercent(last.end, &q.percent);
    if (range) {
      q.low = range->low.value, q.high = range->high.value;
      q.hedged = m == Modifier::kHedge || m == Modifier::kNearly;
    } else {
      const auto [suffix, after_suffix] = MatchAfter(kSuffixModifiers, tokens_, k);
      if (!core.ordinal && m == Modifier::kNone && suffix != Modifier::kNone) m = suffix, k = after_suffix;
      Interval(m, q.negated, core, q);
    }
    q.span = SpanOf(begin, k);
    *end = k;
    const std::string_view currency = !last.currency.empty() ? last.currency : core.currency;
    if (q.percent) {
      q.unit = "%";
    } else if (!currency.empty()) {
      q.unit = std::string(currency);
    } else {
      q.unit = ReadUnit(k, last.word_scaled);
    }
    return q;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  Exclusions exclusions_;
};

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view text, ByteSpan range, const std::vector<ByteSpan>& exclude) {
  const std::vector<Token> tokens = Tokenize(text, range);
  return QuantityFinder(text, tokens, exclude).Run();
}

std::vector<Quantity> FindQuantities(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<ByteSpan>& exclude) {
  return QuantityFinder(text, tokens, exclude).Run();
}

std::optional<double> ParseNumber(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text, {0, text.size()});
  std::optional<Core> core = ParseCore(text, tokens, 0, /*allow_vague=*/false);
  if (!core || core->ordinal || core->end != tokens.size()) return std::nullopt;
  return core->value;
}

}  // namespace claimcheck
