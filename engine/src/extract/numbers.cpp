// Quantities in prose (FindQuantities) and single number expressions (ParseNumber).
//
// Approach: walk the tokens left to right. Before the walk, one pass marks what is never a figure although it
// holds digits (URLs, e-mail addresses, phone numbers) as excluded spans. At each token that can start a number,
// number_core parses the bare expression ("1.5 million", "dozens", "19th", "$54.20", "two thirds"). What makes it
// a name, an address, a version or a time instead is checked next (NotAFigure). Around a figure this file reads, in
// order: a modifier phrase right before it (the lexicon's hedges, comparators, "between"/"from"), a negation word
// before that, a second expression making a range ("X to Y", "X-Y", "between X and Y"), the unit, a modifier after
// it ("or more", "+"), and a rate ("a share", "per kg"). The semantics of every form are the contract in numbers.h;
// Interval() is the one place that turns a form into [low, high], ToBase() the one that converts to the base unit.
// Excluded spans are checked by binary search, so the walk stays linear in the number of tokens.
#include "claimcheck/numbers.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "lexicon_tables.h"
#include "non_figures.h"
#include "number_core.h"
#include "times.h"
#include "outline.h"

namespace claimcheck {

using namespace std::string_view_literals;

using number_core::Core;
using number_core::IsPlainDigits;
using number_core::kExactExponent;
using number_core::kNoUnit;
using number_core::ParseCore;

namespace {

using lexicon_internal::Tables;
using lexicon_internal::UnitName;

constexpr double kInf = std::numeric_limits<double>::infinity();

bool IsNorm(const std::vector<Token>& tokens, std::size_t i, std::string_view norm) {
  return i < tokens.size() && tokens[i].norm == norm;
}

bool IsAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }  // norms are folded

bool Glued(const std::vector<Token>& tokens, std::size_t i) {
  return i > 0 && i < tokens.size() && Adjacent(tokens[i - 1], tokens[i]);
}

// Spans to avoid, sorted by begin, with the running maximum of their ends for O(log n) overlap tests.
class Exclusions {
 public:
  explicit Exclusions(std::vector<ByteSpan> spans) : spans_(std::move(spans)) {
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

struct UnitRead {
  std::size_t unit = kNoUnit;
  std::size_t begin = 0;  // token range of the unit words
  std::size_t end = 0;
};

struct Range {
  Core low;  // the first expression, with the second one's scale when only that one had it
  Core high;
  std::size_t end = 0;  // token after the second expression
};

class QuantityFinder {
 public:
  QuantityFinder(std::string_view text, const std::vector<Token>& tokens, const std::vector<ByteSpan>& exclude,
                 const Tables& lex)
      : text_(text), tokens_(tokens), lex_(lex), exclusions_(WithNonFigures(tokens, exclude)) {}

  std::vector<Quantity> Run() {
    std::vector<Quantity> out;
    std::size_t floor = 0;  // tokens before this belong to an earlier quantity
    for (std::size_t i = 0; i < tokens_.size();) {
      std::optional<Core> core = ParseCore(text_, tokens_, i, /*allow_vague=*/true, lex_);
      if (!core || Excluded(*core)) {
        ++i;
        continue;
      }
      if (const std::size_t next = NotAFigure(*core, floor); next > i) {
        i = next;
        continue;
      }
      Ratio(&*core);
      std::size_t end = core->end;
      out.push_back(Build(*core, floor, &end));
      floor = i = end;
    }
    return out;
  }

 private:
  static std::vector<ByteSpan> WithNonFigures(const std::vector<Token>& tokens, const std::vector<ByteSpan>& exclude) {
    std::vector<ByteSpan> spans = exclude;
    AddNonFigures(tokens, &spans);
    return spans;
  }

  ByteSpan SpanOf(std::size_t first, std::size_t last_exclusive) const {
    return {tokens_[first].span.begin, tokens_[last_exclusive - 1].span.end};
  }
  bool Excluded(const Core& c) const { return exclusions_.Hits(SpanOf(c.begin, c.end)); }
  bool IsWord(std::size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::kWord; }
  bool IsNumber(std::size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::kNumber; }

  // Where to continue when the number at `c` is not a figure (a name, an address, a version, a time), or 0.
  CLAIMCHECK_OUTLINE std::size_t NotAFigure(const Core& c, std::size_t floor) const {
    const std::size_t b = c.begin;
    const std::size_t e = c.end;
    if (!c.digits) return 0;
    // "COVID-19", "F-16", "MiG-29": a number glued by a hyphen to the word before it.
    if (b >= 2 && tokens_[b - 1].norm == "-"sv && tokens_[b - 2].kind == TokenKind::kWord && Glued(tokens_, b - 1) &&
        Glued(tokens_, b)) {
      return e;
    }
    // Versions and section numbers: "2.0.1", "v3.2", "3.2.1".
    const bool dotted_before = b >= 2 && IsNorm(tokens_, b - 1, ".") && Glued(tokens_, b - 1) && Glued(tokens_, b) &&
                               tokens_[b - 2].kind != TokenKind::kPunct;
    const bool dotted_after = IsNorm(tokens_, e, ".") && Glued(tokens_, e) && IsNumber(e + 1) && Glued(tokens_, e + 1);
    if (dotted_before || dotted_after) {
      std::size_t k = e;
      while (k < tokens_.size() && Glued(tokens_, k)) ++k;
      return k;
    }
    if (const std::optional<TimeParse> time = ParseTime(text_, tokens_, b, lex_)) return time->end;
    // "3:2", "10:3": numbers joined by a colon are a ratio, a score or a time, never two figures.
    if (e == b + 1 && IsNorm(tokens_, e, ":") && Glued(tokens_, e) && IsNumber(e + 1) && Glued(tokens_, e + 1)) {
      return e + 2;
    }
    if (const std::size_t tail = ExponentTail(c); tail > 0) return e + tail;
    // "5G", "3D", "the 70s": Latin letters glued to a number that are no unit or scale make a code or a name
    // (a CJK word after a number is a noun: "500人").
    if (e == b + 1 && c.unit == kNoUnit && IsWord(e) && Glued(tokens_, e) && IsAsciiLetter(tokens_[e].norm[0]) &&
        !lex_.unit_after.Contains(text_, tokens_, e) && !lex_.scales.Contains(text_, tokens_, e)) {
      return e + 1;
    }
    const bool plain = e == b + 1 && c.unit == kNoUnit && IsPlainDigits(tokens_[b], 5);
    if (plain && LabelBefore(b, floor)) return SkipPair(e);
    if (plain && NameBefore(b)) return SkipPair(e);
    if (plain && StreetAfter(e)) return e;
    // "24/7", "9/11", "03/04/2019": numbers joined by slashes that no date or fraction took.
    if (plain && IsNorm(tokens_, e, "/") && Glued(tokens_, e) && IsNumber(e + 1) && Glued(tokens_, e + 1) &&
        !SlashFraction(c)) {
      std::size_t k = e + 2;
      while (IsNorm(tokens_, k, "/") && Glued(tokens_, k) && IsNumber(k + 1) && Glued(tokens_, k + 1)) k += 2;
      return k;
    }
    return 0;
  }

  // "No. 10", "Article 5", "page 12", "#5": a label word of the lexicon right before the number.
  bool LabelBefore(std::size_t b, std::size_t floor) const {
    const auto label = lex_.labels.LongestEndingAt(text_, tokens_, floor, b);
    return label && !exclusions_.Hits(SpanOf(label.begin, b));
  }

  // "the Boeing 747", "the FTSE 100", "the S&P 500": a capitalized word that is no word of the lexicon, after a
  // determiner or glued to a name before it, right before a short number. ("In Ruritania 9999 people died" keeps
  // its figure: a name after a preposition may be a place.)
  bool NameBefore(std::size_t b) const {
    if (b < 2 || !IsWord(b - 1) || Glued(tokens_, b)) return false;
    const Token& w = tokens_[b - 1];
    if (!(w.capitalized || HasCapital(w)) || w.possessive || tokens_[b].norm.size() > 4) return false;
    const std::string_view d = tokens_[b - 2].norm;
    const bool determiner = d == "the" || d == "a" || d == "an" || d == "its" || d == "their" || d == "his" ||
                            d == "her" || d == "our";
    const bool compound = Glued(tokens_, b - 1) && tokens_[b - 2].kind == TokenKind::kPunct;  // "S&P"
    if (!determiner && !compound) return false;
    if (exclusions_.Hits(w.span)) return false;  // a date's month or weekday
    if (lex_.MayStartNumber(w.norm) || lex_.modifiers_before.LongestEndingAt(text_, tokens_, b - 1, b) ||
        lex_.negations.Contains(text_, tokens_, b - 1) || lex_.year_context.Contains(text_, tokens_, b - 1) ||
        lex_.months.Contains(text_, tokens_, b - 1) || lex_.weekdays.Contains(text_, tokens_, b - 1) ||
        lex_.function_words.Contains(text_, tokens_, b - 1)) {
      return false;
    }
    return true;
  }

  // A capital anywhere in the word ("iPhone", "eBay").
  bool HasCapital(const Token& t) const {
    for (char c : SpanText(text_, t.span)) {
      if (c >= 'A' && c <= 'Z') return true;
    }
    return false;
  }

  // "10 Downing Street": a number, one to three capitalized words, and a street word.
  bool StreetAfter(std::size_t e) const {
    for (std::size_t k = e; k < e + 4 && k < tokens_.size(); ++k) {
      if (!IsWord(k) || !tokens_[k].capitalized) return false;
      if (k > e && lex_.streets.Contains(text_, tokens_, k)) return true;
    }
    return false;
  }

  // Past "-N" or "to N" after a label's number ("pages 5-10").
  std::size_t SkipPair(std::size_t e) const {
    if ((IsNorm(tokens_, e, "-") || IsNorm(tokens_, e, "to")) && IsNumber(e + 1)) return e + 2;
    return e;
  }

  // "3/4 of the budget", "1/2", "2/3": a slash pair, the first smaller, before "of" or with a small denominator;
  // never a part of "03/04/2019" or "1/2/3".
  bool SlashFraction(const Core& c) const {
    const std::size_t e = c.end;
    if (!IsNorm(tokens_, e, "/") || !IsNumber(e + 1) || !Glued(tokens_, e) || !Glued(tokens_, e + 1)) return false;
    if (c.begin > 0 && IsNorm(tokens_, c.begin - 1, "/") && Glued(tokens_, c.begin)) return false;
    if (IsNorm(tokens_, e + 2, "/") && Glued(tokens_, e + 2)) return false;
    const double d = number_core::DigitsToDouble(tokens_[e + 1].norm);
    if (!(c.value >= 1 && d > c.value) || exclusions_.Hits(SpanOf(e, e + 2))) return false;  // "2/5 April 2023"
    return IsNorm(tokens_, e + 2, "of") || d == 2 || d == 3 || d == 4 || d == 5 || d == 8 || d == 10;
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

  // "one in five", "1 in 5", "nine out of ten", "3/4 of": a share, in percent. Changes `c` into a fraction.
  void Ratio(Core* c) const {
    if (c->vague || c->ordinal || c->fraction || c->has_scale || c->unit != kNoUnit) return;
    if (!(c->value >= 1 && c->value <= 100) || std::floor(c->value) != c->value) return;
    std::size_t k = c->end;
    if (c->digits && SlashFraction(*c)) {
      c->value = 100 * c->value / number_core::DigitsToDouble(tokens_[k + 1].norm);
      c->end = k + 2;
    } else {
      if (IsNorm(tokens_, k, "in")) {
        k += IsNorm(tokens_, k + 1, "every") ? 2 : 1;
      } else if (IsNorm(tokens_, k, "out") && IsNorm(tokens_, k + 1, "of")) {
        k += 2;
      } else {
        return;
      }
      const std::optional<Core> d = ParseCore(text_, tokens_, k, /*allow_vague=*/false, lex_);
      if (!d || d->ordinal || d->has_scale || d->unit != kNoUnit || Excluded(*d) || !(d->value > c->value) ||
          d->value > 1000 || lex_.unit_after.Contains(text_, tokens_, d->end)) {
        return;
      }
      c->value = 100 * c->value / d->value;
      c->end = d->end;
    }
    c->fraction = true;
    c->digits = false;
    c->exponent = kExactExponent;
  }

  // A unit after the number at k: "km", "per cent", "-year", "of dollars" (after a scale or vague word).
  UnitRead UnitAfter(std::size_t k, const Core& c) const {
    UnitRead r;
    if (c.ordinal || c.fraction || c.unit != kNoUnit || k >= tokens_.size()) return r;
    std::size_t j = k;
    if (IsNorm(tokens_, k, "-") && Glued(tokens_, k) && Glued(tokens_, k + 1) && IsWord(k + 1)) {
      j = k + 1;  // "12-year", "7.8-magnitude"
    } else if (c.word_scaled && IsNorm(tokens_, k, "of")) {
      j = k + 1;  // "millions of dollars"
    }
    const bool glued = j == k && Glued(tokens_, k);
    const bool scaled = c.has_scale || c.vague;
    // After a scale word a name that means money there wins ("5 million pounds"); otherwise it is no unit.
    auto unit = lex_.unit_after.Longest(text_, tokens_, j, [&](const UnitName& n) { return scaled && n.after_scale; });
    if (!unit) {
      unit = lex_.unit_after.Longest(text_, tokens_, j, [&](const UnitName& n) {
        return (!n.glued_only || glued) && !n.after_scale;
      });
    }
    if (!unit || exclusions_.Hits(SpanOf(j, unit.end))) return r;
    return {unit.value->unit, j, unit.end};
  }

  // A rate after the figure at k: "a share", "an hour", "per family", "/kg".
  std::size_t Per(std::size_t k, Quantity* q) const {
    if (k + 1 >= tokens_.size() || !IsWord(k + 1)) return k;
    const bool per = IsNorm(tokens_, k, "per") || (IsNorm(tokens_, k, "/") && Glued(tokens_, k));
    const bool article = IsNorm(tokens_, k, "a") || IsNorm(tokens_, k, "an");
    if (!per && !article) return k;
    const auto unit = lex_.unit_after.Longest(text_, tokens_, k + 1, [](const UnitName& n) { return !n.glued_only; });
    std::size_t end = k + 2;
    if (unit) {
      q->per = lex_.Unit(unit.value->unit).id;
      end = unit.end;
    } else if (per || lex_.rate_nouns.Contains(text_, tokens_, k + 1)) {
      q->per = tokens_[k + 1].norm;
    } else {
      return k;
    }
    if (exclusions_.Hits(SpanOf(k, end))) {
      q->per.clear();
      return k;
    }
    q->per_span = SpanOf(k, end);
    return end;
  }

  // A second expression after "to"/"-"/"and"/"or" making a range with `a`; a unit may follow `a` too.
  std::optional<Range> RangeAfter(const Core& a, ModifierKind m) const {
    if (a.ordinal || a.vague || a.fraction) return std::nullopt;
    std::size_t k = a.end;
    std::size_t a_unit = a.unit;
    if (const UnitRead unit = UnitAfter(k, a); unit.unit != kNoUnit && unit.begin == k) {  // "5 km to 10 km"
      a_unit = unit.unit;
      k = unit.end;
    }
    if (k + 1 >= tokens_.size()) return std::nullopt;
    const std::string_view joiner = tokens_[k].norm;
    const bool ok = m == ModifierKind::kBetween
                        ? joiner == "and"
                        : joiner == "to" || joiner == "-" || (joiner == "or" && m == ModifierKind::kNone);
    if (!ok) return std::nullopt;
    std::optional<Core> b = ParseCore(text_, tokens_, k + 1, /*allow_vague=*/false, lex_);
    if (!b || b->ordinal || b->fraction || Excluded(*b)) return std::nullopt;
    // "15% to $10.4 billion" is a rise and a total, not a range: both ends in one dimension.
    const std::size_t b_unit = b->unit != kNoUnit ? b->unit : UnitAfter(b->end, *b).unit;
    if (a_unit != kNoUnit && b_unit != kNoUnit && lex_.Unit(a_unit).dimension != lex_.Unit(b_unit).dimension) {
      return std::nullopt;
    }
    // "15% to $10", "4.2 per cent to 312p": a unit after the first value and none, or one before, on the second.
    if (a_unit != kNoUnit && a.unit == kNoUnit && (b->unit != kNoUnit || b_unit == kNoUnit)) return std::nullopt;
    Range r{a, *b, b->end};
    if (a.digits && !a.has_scale && b->has_scale && a.value * b->scale <= b->value) {
      number_core::ApplyScale(r.low, b->scale, b->scale_exponent);
    }
    if (r.low.unit == kNoUnit) r.low.unit = b->unit;
    if (!(b->value >= r.low.value) || (joiner == "or" && !(b->value > r.low.value))) return std::nullopt;
    return r;
  }

  // The legacy noun (numbers.h): the folded first word at k; across a hyphen; after "of" for scaled forms.
  std::string LegacyNoun(std::size_t k, bool skip_of) const {
    if (IsNorm(tokens_, k, "-") && k + 1 < tokens_.size() && IsWord(k + 1) && Glued(tokens_, k) &&
        Glued(tokens_, k + 1)) {
      return tokens_[k + 1].norm;
    }
    if (skip_of && IsNorm(tokens_, k, "of") && k + 1 < tokens_.size()) ++k;
    if (IsWord(k)) return tokens_[k].norm;
    return {};
  }

  // The quantity around `core`; *end receives the token after it.
  CLAIMCHECK_OUTLINE Quantity Build(const Core& core, std::size_t floor, std::size_t* end) const {
    Quantity q;
    q.is_ordinal = core.ordinal;
    q.vague = core.vague;
    q.fraction = core.fraction;
    std::size_t begin = core.begin;
    ModifierKind m = ModifierKind::kNone;
    if (!core.ordinal) {
      const auto found = lex_.modifiers_before.LongestEndingAt(text_, tokens_, floor, core.begin);
      if (found && !exclusions_.Hits(SpanOf(found.begin, core.begin))) m = *found.value, begin = found.begin;
    }
    const std::optional<Range> range = RangeAfter(core, m);
    if (!range && (m == ModifierKind::kBetween || m == ModifierKind::kFrom)) {
      m = ModifierKind::kNone, begin = core.begin;
    }
    if (!core.ordinal && begin > floor && IsNegation(begin - 1) && !exclusions_.Hits(tokens_[begin - 1].span)) {
      q.negated = true;
      --begin;
    }
    const Core& last = range ? range->high : core;
    q.number_span = SpanOf(core.begin, last.end);
    // The unit: written before the number ("$5"), or after it ("5 km", "12-year", "5 per cent").
    std::size_t unit = last.unit != kNoUnit ? last.unit : core.unit;
    std::size_t after_unit = last.end;
    if (unit != kNoUnit) {
      q.unit_span = last.unit != kNoUnit ? last.unit_span : core.unit_span;
    } else if (const UnitRead read = UnitAfter(last.end, last); read.unit != kNoUnit) {
      unit = read.unit;
      q.unit_span = SpanOf(read.begin, read.end);
      after_unit = read.end;
    }
    q.percent = core.fraction || (unit != kNoUnit && lex_.Unit(unit).dimension == "percent");
    std::size_t span_end = q.percent ? after_unit : last.end;  // "5 per cent" is one figure, as it always was
    std::size_t noun_at = span_end;
    if (!range && m == ModifierKind::kNone && !core.ordinal && !core.fraction) {
      if (const auto suffix = lex_.modifiers_after.Longest(text_, tokens_, after_unit);
          suffix && !exclusions_.Hits(SpanOf(suffix.begin, suffix.end))) {
        m = *suffix.value;
        if (after_unit == span_end) noun_at = suffix.end;
        span_end = after_unit = suffix.end;
      }
    }
    if (unit == kNoUnit && !core.vague) unit = ImpliedUnit(core, span_end);
    // The interval in the written unit, then in the base unit.
    const bool is_signed = unit != kNoUnit && lex_.IsSigned(lex_.Unit(unit).dimension);
    if (range) {
      q.low = range->low.value, q.high = range->high.value;
      q.hedged = m == ModifierKind::kHedge || m == ModifierKind::kNearly;
    } else {
      Interval(m, q.negated, core, q.percent, is_signed, q);
    }
    q.span = SpanOf(begin, span_end);
    if (unit != kNoUnit) {
      const UnitDefinition& u = lex_.Unit(unit);
      q.unit = u.id;
      q.dimension = u.dimension;
      ToBase(u, &q);
    } else {
      q.dimension = core.ordinal ? "ordinal" : core.fraction ? "percent" : "count";
      if (core.fraction) q.unit = "percent";
    }
    const std::size_t rate_end = Per(after_unit, &q);
    *end = std::max(after_unit, rate_end);
    // The legacy noun: "%", a currency written before the number, or the word after the number.
    if (q.percent) {
      q.noun = "%";
    } else if (core.unit != kNoUnit && lex_.Unit(core.unit).dimension == "money") {
      q.noun = lex_.Unit(core.unit).id;
    } else {
      q.noun = LegacyNoun(noun_at, last.word_scaled);
    }
    return q;
  }

  // "a 7.8 tremor", "a 6.1 aftershock": a magnitude-sized number before a noun that implies the unit.
  std::size_t ImpliedUnit(const Core& c, std::size_t k) const {
    if (!c.digits || c.ordinal || c.fraction || !(c.value >= 1 && c.value < 10)) return kNoUnit;
    const bool decimal = tokens_[c.end - 1].norm.find('.') != std::string::npos;
    const bool article = c.begin > 0 && (IsNorm(tokens_, c.begin - 1, "a") || IsNorm(tokens_, c.begin - 1, "an"));
    if (!decimal && !article) return kNoUnit;
    const auto implied = lex_.implied.Longest(text_, tokens_, k);
    return implied ? *implied.value : kNoUnit;
  }

  bool IsNegation(std::size_t i) const {
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::kWord) return false;
    const std::string_view n = t.norm;
    return lex_.negations.Contains(text_, tokens_, i) || (n.size() > 3 && n.substr(n.size() - 3) == "n't");
  }

  // half a unit of the last written digit: for counts only when it is followed by zeros (500,000), for
  // percentages always, and never coarser than one point ("100%" is not 50..150).
  static double HalfUnit(const Core& c, bool percent) {
    if (c.exponent == kExactExponent || std::isinf(c.value)) return 0;
    if (percent) return 0.5 * std::pow(10.0, static_cast<double>(std::min(c.exponent, 0)));
    if (c.exponent < 1 || !(std::fabs(c.value) >= 10)) return 0;
    return 0.5 * std::pow(10.0, static_cast<double>(c.exponent));
  }

  // The interval a modifier claims around a value (or a vague [low, high]). Sets the open flags on `q`.
  static void Interval(ModifierKind m, bool negated, const Core& c, bool percent, bool is_signed, Quantity& q) {
    const double low_x = c.value;
    const double high_x = c.vague ? c.vague_high : c.value;
    if (negated) {  // complement of one-sided claims
      if (m == ModifierKind::kMoreThan)
        m = ModifierKind::kUpTo;
      else if (m == ModifierKind::kAtLeast)
        m = ModifierKind::kLessThan;
      else if (m == ModifierKind::kLessThan)
        m = ModifierKind::kAtLeast;
      else if (m == ModifierKind::kUpTo)
        m = ModifierKind::kMoreThan;
    }
    const bool swap_side = negated && (m == ModifierKind::kUpTo || m == ModifierKind::kLessThan);
    const bool swap_up = negated && (m == ModifierKind::kMoreThan || m == ModifierKind::kAtLeast);
    const double below = swap_side ? low_x : high_x;  // value for "fewer than"/"up to"
    const double above = swap_up ? high_x : low_x;    // value for "more than"/"at least"
    const double bottom = is_signed || below < 0 ? -kInf : 0;
    // Hedges: a tenth of the value either way; for percentages at least one point.
    auto margin = [&](double x) { return percent ? std::max(0.1 * std::fabs(x), 1.0) : 0.1 * std::fabs(x); };
    const double hedged_low = c.vague ? low_x : low_x - margin(low_x);
    const double hedged_high = c.vague ? high_x : high_x + margin(high_x);
    switch (m) {
      case ModifierKind::kHedge:
        q.low = hedged_low, q.high = hedged_high;
        break;
      case ModifierKind::kNearly:
        q.low = hedged_low, q.high = high_x;
        break;
      case ModifierKind::kJustOver:
        q.low = low_x, q.high = hedged_high, q.low_open = true;
        break;
      case ModifierKind::kJustUnder:
        q.low = hedged_low, q.high = high_x, q.high_open = true;
        break;
      case ModifierKind::kOdd:
        q.low = low_x, q.high = c.vague ? high_x : 1.25 * high_x;
        break;
      case ModifierKind::kMoreThan:
        q.low = above, q.high = kInf, q.low_open = true;
        break;
      case ModifierKind::kAtLeast:
        q.low = above, q.high = kInf;
        break;
      case ModifierKind::kLessThan:
        q.low = bottom, q.high = below, q.high_open = true;
        break;
      case ModifierKind::kUpTo:
        q.low = bottom, q.high = below;
        break;
      case ModifierKind::kExact:
        q.low = low_x, q.high = high_x;
        break;
      default: {
        // The values that round to the figure: 500,000 stands for [450,000, 550,000), so 400,000 does not reach
        // a fact's 450,000. The interval is half-open, as rounding is.
        const double half = HalfUnit(c, percent);
        q.low = low_x - half, q.high = high_x + half;
        q.high_open = half > 0;
      }
    }
    q.hedged = m == ModifierKind::kHedge || m == ModifierKind::kNearly || m == ModifierKind::kJustOver ||
               m == ModifierKind::kJustUnder || m == ModifierKind::kOdd;
  }

  // Converts [low, high] from the written unit to the dimension's base unit (infinite ends stay infinite).
  static void ToBase(const UnitDefinition& u, Quantity* q) {
    if (u.factor == 1 && u.offset == 0) return;
    auto convert = [&](double v) { return std::isinf(v) ? v : v * u.factor + u.offset; };
    q->low = convert(q->low);
    q->high = convert(q->high);
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const Tables& lex_;
  Exclusions exclusions_;
};

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view text, ByteSpan range, const std::vector<ByteSpan>& exclude) {
  const std::vector<Token> tokens = Tokenize(text, range);
  return QuantityFinder(text, tokens, exclude, LexiconTables(Lexicon::BuiltIn())).Run();
}

std::vector<Quantity> FindQuantities(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<ByteSpan>& exclude) {
  return QuantityFinder(text, tokens, exclude, LexiconTables(Lexicon::BuiltIn())).Run();
}

std::vector<Quantity> FindQuantities(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<ByteSpan>& exclude, const Lexicon& lexicon) {
  return QuantityFinder(text, tokens, exclude, LexiconTables(lexicon)).Run();
}

std::optional<double> ParseNumber(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text, {0, text.size()});
  const Tables& lex = LexiconTables(Lexicon::BuiltIn());
  std::optional<Core> core = ParseCore(text, tokens, 0, /*allow_vague=*/false, lex);
  if (!core || core->ordinal || core->end != tokens.size()) return std::nullopt;
  if (core->unit != kNoUnit && lex.Unit(core->unit).dimension != "money") return std::nullopt;
  return core->value;
}

}  // namespace claimcheck
