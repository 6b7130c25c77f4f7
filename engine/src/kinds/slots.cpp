// Slot comparisons shared by several kinds of fact: figures, event dates, places and participants.
//
// Each slot looks for the mention the sentence ties to the fact, never just any mention: a figure belongs to the
// measure word nearest to it in its clause (Sentence::figure_heads), a date and a place to the clause of the
// fact's trigger, names to a list that holds one of the fact's participants. Values compare as intervals: overlap
// supports, disjoint contradicts. When the sentence does not tie a mention to the slot, the slot stays silent.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

#include "report/format.h"
#include "kinds/kind.h"
#include "match/clauses.h"
#include "match/slot_rules.h"
#include "match/words.h"
#include "work_counters.h"
#include "outline.h"

namespace claimcheck {

using namespace std::string_view_literals;
namespace {

constexpr double kSameEventYears = 1.5;  // an event dated further off than this is likely another occurrence
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

bool Overlap(double a_low, double a_high, bool a_low_open, bool a_high_open, const ValueRange& b) {
  const double low = std::max(a_low, b.low);
  const double high = std::min(a_high, b.high);
  if (low < high) return true;
  if (low > high) return false;
  const bool low_open = (a_low == low && a_low_open) || (b.low == low && b.low_open);
  const bool high_open = (a_high == high && a_high_open) || (b.high == high && b.high_open);
  return !low_open && !high_open;
}

bool Fits(const Quantity& q, const ValueRange& v) { return Overlap(q.low, q.high, q.low_open, q.high_open, v); }

// A form of "be": before a participle, a passive ("was watched by", "were found").
bool IsBeWord(std::string_view w) {
  static constexpr std::string_view kBe[] = {"is", "are", "was", "were", "be", "been", "being"};
  return std::find(std::begin(kBe), std::end(kBe), w) != std::end(kBe);
}

double YearsApart(const DateRange& a, const DateRange& b) {
  if (a.last < b.first) return (b.first - a.last) / 365.25;
  if (b.last < a.first) return (a.first - b.last) / 365.25;
  return 0;
}

// Years away from the fact, a text is most likely about another occurrence of the same kind of thing. Counted in
// units of the coarser precision: "built in the 1990s", of dams built in the 1970s, is one decade off.
bool AnotherTime(const DateRange& said, const DateRange& fact) {
  const bool decades = said.granularity == DateGranularity::kDecade || fact.granularity == DateGranularity::kDecade;
  return YearsApart(said, fact) > kSameEventYears * (decades ? 10 : 1);
}

bool ExceedsAll(const Quantity& q, const std::vector<const ValueRange*>& values) {
  return std::all_of(values.begin(), values.end(), [&](const ValueRange* v) {
    return q.low > v->high || (q.low == v->high && (q.low_open || v->high_open));
  });
}

// --- which figure for which slot ---------------------------------------------------------------------------------

// "326 of the 650 seats", "half of its 7,500 employees": the index of the whole a figure is a part of, or -1.
int WholeOf(const Sentence& s, std::size_t figure) {
  const QuantityMention& q = s.quantities[figure];
  std::size_t i = q.last_token;
  if (i < s.tokens.size() && s.tokens[i].norm == "out"sv) ++i;
  if (i >= s.tokens.size() || s.tokens[i].norm != "of"sv) return -1;
  ++i;
  static constexpr std::string_view kDeterminers[] = {"the", "its", "their", "his", "her", "our", "a", "an"};
  if (i < s.tokens.size() &&
      std::find(std::begin(kDeterminers), std::end(kDeterminers), s.tokens[i].norm) != std::end(kDeterminers)) {
    ++i;
  }
  for (std::size_t j = figure + 1; j < s.quantities.size(); ++j) {
    if (s.quantities[j].first_token == i) return static_cast<int>(j);
    if (s.quantities[j].first_token > i) break;
  }
  return -1;
}

// "one of the main patrons": not a count.
bool OneOf(const Sentence& s, const QuantityMention& q) {
  return q.quantity.low == 1 && q.quantity.high == 1 && q.last_token < s.tokens.size() &&
         s.tokens[q.last_token].norm == "of"sv && !q.quantity.is_ordinal;
}

// Whether a figure is in the slot's unit: the same dimension (a count, a percentage, a duration), the same
// currency for money, and the same rate ("$54.20 a share" is no deal value; a price per share needs its "a share").
bool Compatible(const Quantity& q, const CompiledQuantity& slot) {
  if (q.is_ordinal) return false;
  const UnitMeaning& u = slot.unit;
  if (u.bare && BareNumber(q)) return true;  // "measured 7.7" of a magnitude
  if (q.per != u.per) return false;
  if (u.dimension == "percent") return q.percent;
  if (u.dimension == "count") return q.dimension == "count" && CountsThings(q);
  if (u.dimension == "money") return q.dimension == "money" && q.unit == u.unit;
  return q.dimension == u.dimension;
}

// A figure written without its rate whose measure word ends with the slot's ("earnings per share were $5.16", "the
// price paid per share was $54.20"): the rate is the measure word's, and the figure is otherwise in the unit.
bool RateInMeasureWord(const Sentence& s, const PhraseHit& hit, const Quantity& q, const CompiledQuantity& slot) {
  const std::string& per = slot.unit.per;
  if (per.empty() || !q.per.empty() || hit.last_token - hit.first_token < 2) return false;
  const std::string_view last = s.tokens[hit.last_token - 1].norm;
  const std::string_view before = s.tokens[hit.last_token - 2].norm;
  if (last != per || (before != "per"sv && before != "a"sv && before != "each"sv)) return false;
  Quantity without = q;
  without.per = per;
  return Compatible(without, slot);
}

// The figure in the slot's unit: the lexicon gives figures in their dimension's base unit (days, metres; money in
// units of its currency), a fact's values are in the unit it names ("billion US dollars", "months").
Quantity InSlotUnit(const Quantity& q, const CompiledQuantity& slot) {
  Quantity out = q;
  if (slot.unit.bare && BareNumber(q)) return out;  // written in the slot's unit
  const double factor = slot.unit.factor > 0 ? slot.unit.factor : 1;
  if (factor == 1 && slot.unit.offset == 0) return out;
  out.low = (q.low - slot.unit.offset) / factor;
  out.high = (q.high - slot.unit.offset) / factor;
  return out;
}

// --- when a figure is from -------------------------------------------------------------------------------------

// A date that says when the clause's statement holds ("in 2019", "on 16 September"), not one that names another
// thing ("Blair's 1997 landslide", "the 2019 election") or a point of comparison ("down from 67.3% in 2019",
// "209 more than in 2019").
bool DatesTheClause(const Sentence& s, const DateAt& d) {
  static constexpr std::string_view kPrepositions[] = {"on", "in", "at", "by", "during", "as", "of", "since",
                                                       "until", "from", "through", "before", "after"};
  auto preposition = [&](std::size_t i) {
    return std::find(std::begin(kPrepositions), std::end(kPrepositions), s.tokens[i].norm) != std::end(kPrepositions);
  };
  const bool after_preposition = d.first_token > 0 && preposition(d.first_token - 1);
  const bool before_noun = d.last_token < s.tokens.size() && s.tokens[d.last_token].kind == TokenKind::kWord &&
                           !s.tokens[d.last_token].capitalized && !preposition(d.last_token) &&
                           s.tokens[d.last_token].norm != "the"sv && s.tokens[d.last_token].norm != "and"sv;
  // "Blair's 1997 landslide" dates Blair's; "the 2005 election" dates the election the clause is about.
  if (!after_preposition && before_noun && d.first_token > 0 && s.tokens[d.first_token - 1].possessive) return false;
  // "the earthquake of 6 March 2023 killed ...": the date says which earthquake, not when the figure was known ("as
  // of 24 February" does).
  if (d.first_token >= 2 && s.tokens[d.first_token - 1].norm == "of"sv &&
      s.tokens[d.first_token - 2].kind == TokenKind::kWord && !s.tokens[d.first_token - 2].capitalized &&
      s.tokens[d.first_token - 2].norm != "as"sv) {
    return false;
  }
  const std::size_t from = d.first_token > 6 ? d.first_token - 6 : 0;
  for (std::size_t i = from; i < d.first_token; ++i) {
    const std::string_view w = s.tokens[i].norm;
    if ((w == "than" || w == "from") && s.clauses.SameScope(i, d.first_token)) return false;
  }
  return true;
}

// A date that names more than one day, month, year or decade of its own precision ("between March 2011 and March
// 2021", "2011-2015"): the period a figure counts, not when it was known.
bool SpansSeveralUnits(const DateRange& r) {
  const CivilDate a = CivilFromDays(r.first), b = CivilFromDays(r.last);
  switch (r.granularity) {
    case DateGranularity::kDay: return r.first != r.last;
    case DateGranularity::kMonth: return a.year != b.year || a.month != b.month;
    case DateGranularity::kYear: return a.year != b.year;
    case DateGranularity::kDecade: return a.year / 10 != b.year / 10;
  }
  return false;
}

// The date the sentence gives the figure ("on 16 September the UN said 11,300 had died"): a date in its clause
// that does not say when something began or which period was counted; nullopt when there is none.
CLAIMCHECK_OUTLINE std::optional<DateRange> FigureDate(const SlotContext& c, const QuantityMention& q) {
  const DateAt* best = nullptr;
  std::size_t best_gap = kNone;
  for (const DateAt& d : c.s.dates) {
    if (ForeignDate(c, d) || d.date.since || d.date.until || StartsSomething(c.s, d)) continue;
    if (SpansSeveralUnits(d.date.range) || !DatesTheClause(c.s, d)) continue;
    if (!c.s.clauses.SameScope(d.first_token, q.first_token)) continue;
    const std::size_t gap = Gap(d.first_token, d.last_token, q.first_token, q.last_token);
    if (gap < best_gap) {
      best = &d;
      best_gap = gap;
    }
  }
  if (!best) return std::nullopt;
  return best->date.range;
}

// The values a figure may be compared with: those known at the figure's date (as_of on or before it).
std::vector<const ValueRange*> Candidates(const std::vector<ValueRange>& values, const std::optional<DateRange>& when,
                                          bool* dated_earlier) {
  *dated_earlier = false;
  std::vector<const ValueRange*> out;
  for (const ValueRange& v : values) {
    if (when && v.as_of && v.as_of->first > when->last) continue;
    out.push_back(&v);
  }
  *dated_earlier = out.empty();
  return out;
}

std::string Describe(const SlotContext& c, const ValueRange& v, bool with_source);

bool Holds(const ValueRange& v, const Quantity& q) { return v.low <= q.low && q.high <= v.high; }

// The values of several sources, as the range they span: "191,369 (UN, August 2014) to 617,910 (SOHR, March 2024):
// 18 figures of deaths from 9 sources"; one or two values are listed.
std::string Span(const SlotContext& c, const std::vector<const ValueRange*>& values, bool with_source,
                 const std::string& measure) {
  if (values.size() <= 2) {
    std::string all;
    for (const ValueRange* v : values) all += (all.empty() ? "" : " or ") + Describe(c, *v, with_source);
    return all + (measure.empty() ? "" : " (" + measure + ")");
  }
  const ValueRange* low = values.front();
  const ValueRange* high = values.front();
  std::vector<std::string> sources;
  for (const ValueRange* v : values) {
    if (v->low < low->low) low = v;
    if (v->high > high->high) high = v;
    const Source* source = c.facts.base.FindSource(v->source_id);
    const std::string name = source ? source->publisher : v->source_id;
    if (std::find(sources.begin(), sources.end(), name) == sources.end()) sources.push_back(name);
  }
  return Describe(c, *low, true) + " to " + Describe(c, *high, true) + ": " + std::to_string(values.size()) +
         " figures" + (measure.empty() ? "" : " of " + measure) + " from " + std::to_string(sources.size()) + " sources";
}

// Of the values a figure fits, the one it agrees with: a value of a source the sentence names ("the UN said",
// "according to SOHR") before any other, then one that holds the whole claim, then the narrowest (494,438 is the monitor's exact count, not "nearly
// 500,000"), then the latest. nullptr when it fits none.
const ValueRange* Agreeing(const SlotContext& c, const Quantity& q, const std::vector<const ValueRange*>& values) {
  const ValueRange* best = nullptr;
  const std::string said = Fold(SpanText(c.s.text, q.span));
  auto better = [&](const ValueRange* v, const ValueRange* than) {
    const bool named = NamesSource(c.facts, c.s, v->source_id), than_named = NamesSource(c.facts, c.s, than->source_id);
    if (named != than_named) return named;
    // A value that holds the whole claim ("millions" for "millions", the exact count for the exact figure) before
    // one it only overlaps.
    // The value whose label is the claim's own words ("dozens" for "killing dozens").
    const bool same = Fold(v->label) == said, than_same = Fold(than->label) == said;
    if (same != than_same) return same;
    const bool holds = Holds(*v, q), than_holds = Holds(*than, q);
    if (holds != than_holds) return holds;
    const double width = v->high - v->low, than_width = than->high - than->low;
    const double scale = std::max(std::abs(v->high), std::abs(than->high));
    if (std::abs(width - than_width) > 1e-9 * std::max(1.0, scale)) return width < than_width;
    return v->as_of && (!than->as_of || v->as_of->first > than->as_of->first);
  };
  for (const ValueRange* v : values) {
    if (Fits(q, *v) && (!best || better(v, best))) best = v;
  }
  return best;
}

constexpr std::size_t kClueWindow = 12;  // words around a figure searched for what makes it another measure
std::vector<int> OwnEntities(const SlotContext& c);

bool RunningTotal(const QuantitySlot& slot) {
  for (const ValueRange& v : slot.values) {
    if (v.as_of && slot.values.front().as_of && v.as_of->first != slot.values.front().as_of->first) return true;
  }
  return false;
}

// "4,360 deaths in 2023", "killed 3,000 people during 2022": a year or a month after the figure, introduced by
// "in" or "during", counts what happened in that period; the figure is then no running total ("the death toll",
// "the tally" in its clause make it one again: "the toll stood at 500,000 in March 2023"; "the yearly toll" does
// not).
bool CountsOnePeriod(const SlotContext& c, const QuantityMention& q) {
  const Sentence& s = c.s;
  for (const DateAt& d : s.dates) {
    if (d.first_token < q.last_token || d.first_token == 0 || d.date.since || d.date.until) continue;
    // The date must be this figure's: no other figure and no comparison ("209 more than in 2019", "down from
    // 67.3% in 2019", "a smaller share than Corbyn won in 2017") between them.
    bool between = false;
    for (std::size_t i = q.last_token; i < d.first_token && !between; ++i) {
      between = s.in_figure[i] || s.tokens[i].norm == "than"sv || s.tokens[i].norm == "from"sv ||
                words::IsComparativeWord(s.tokens[i].norm);
    }
    if (between) continue;
    if (d.date.range.granularity != DateGranularity::kYear && d.date.range.granularity != DateGranularity::kMonth) {
      continue;
    }
    const std::string& before = s.tokens[d.first_token - 1].norm;
    if (before != "in" && before != "during" && before != "throughout") continue;
    if (!s.clauses.SameScope(d.first_token, q.first_token)) continue;
    bool total = false;
    const std::size_t to = std::min(s.tokens.size(), d.last_token + kClueWindow);
    for (std::size_t i = q.first_token > 2 * kClueWindow ? q.first_token - 2 * kClueWindow : 0; i < to && !total; ++i) {
      total = words::IsTotalNoun(s.tokens[i].norm) && s.clauses.SameScope(i, q.first_token) &&
              !(i > 0 && words::IsPeriodicWord(s.tokens[i - 1].norm));
    }
    if (!total) return true;
  }
  return false;
}

// "In Aleppo governorate alone, the UN recorded 51,731 deaths": a place next to the figure that lies inside the
// fact's own place counts a part of it, unless the story happens there (some fact of the base has it as its
// place: the floods' Derna is the story, not a part of it).
bool OfNarrowerPlace(const SlotContext& c, const QuantityMention& q) {
  const std::vector<int> own = OwnEntities(c);
  const EntityDictionary& dict = c.facts.entities;
  const std::size_t from = q.first_token > 2 * kClueWindow ? q.first_token - 2 * kClueWindow : 0;
  const auto [begin, end] = c.s.EntitiesStartingIn(from, q.last_token + kClueWindow + 1);
  for (const EntityMention* m = begin; m != end; ++m) {
    if (!IsPlace(c.s, *m) || c.s.clauses.InAnchor(m->first_token) || !c.s.clauses.SameScope(m->first_token, q.first_token)) {
      continue;
    }
    // "the Derna floods": a name before a noun names the event, not where the figure was counted.
    if (m->last_token < c.s.tokens.size() && c.s.tokens[m->last_token].kind == TokenKind::kWord &&
        !c.s.tokens[m->last_token].capitalized && !words::IsPlacePreposition(c.s.tokens[m->last_token].norm) &&
        !words::IsPlaceNoun(c.s.tokens[m->last_token].norm)) {
      continue;
    }
    const bool inside = std::any_of(m->hits.begin(), m->hits.end(), [&](const EntityHit& h) {
      return !c.facts.IsStoryPlace(h.entity) &&
             std::none_of(own.begin(), own.end(), [&](int o) { return o == h.entity || dict.Contains(h.entity, o); }) &&
             std::any_of(own.begin(), own.end(), [&](int o) { return dict.Contains(o, h.entity); });
    });
    if (inside) return true;
  }
  return false;
}

// "Twitter shares traded at $53.70" is no $44 billion deal: a sum of money a hundred thousand times off every
// value is another measure (a unit slip, million for billion, is a thousand). Counts are not judged so: "killed
// 50 billion people" is just wrong.
bool OrdersApart(const Quantity& q, const std::vector<const ValueRange*>& values) {
  constexpr double kApart = 1e5;
  return !values.empty() && std::all_of(values.begin(), values.end(), [&](const ValueRange* v) {
    if (q.low > 0 && v->high > 0 && std::isfinite(v->high) && q.low / v->high >= kApart) return true;
    if (q.high > 0 && v->low > 0 && std::isfinite(q.high) && v->low / q.high >= kApart) return true;
    return false;
  });
}

std::string Describe(const SlotContext& c, const ValueRange& v, bool with_source) {
  std::string text = FormatValue(v);
  if (!with_source) return text;
  const Source* source = c.facts.base.FindSource(v.source_id);
  if (source) text += " (" + FormatSource(*source) + ")";
  return text;
}

// "Its market value passed $2 trillion": a level, not the $277 billion a rally added to it. A fact measuring a change
// takes only a figure said with a word of change near it in its clause ("adding $277 billion", "up 265%", "a 16.4%
// gain").
bool LevelForChange(const CompiledQuantity& slot, const Sentence& s, const QuantityMention& q) {
  constexpr std::size_t kNear = 4;
  if (!slot.change) return false;
  const std::size_t from = q.first_token > kNear ? q.first_token - kNear : 0;
  const std::size_t to = std::min(s.tokens.size(), q.last_token + kNear);
  for (std::size_t i = from; i < to; ++i) {
    if (i >= q.first_token && i < q.last_token) continue;
    if (words::IsChangeWord(s.tokens[i].norm) && s.clauses.SameScope(i, q.first_token)) return false;
  }
  return true;
}

CLAIMCHECK_OUTLINE void CompareSlotFigure(SlotContext& c, const CompiledQuantity& slot, std::size_t index) {
  const int slot_index = static_cast<int>(&slot - c.fact.quantities.data());
  const QuantityMention& q = c.s.quantities[index];
  const Quantity value = InSlotUnit(q.quantity, slot);
  bool dated_earlier = false;
  const std::vector<const ValueRange*> values = Candidates(slot.slot->values, FigureDate(c, q), &dated_earlier);
  SlotResult r = MakeSlot("quantity", Verdict::kSupported, value.span, SpanString(c.s, value.span), "");
  r.slot_index = slot_index;
  const std::string measure = slot.slot->measure.empty() ? "" : " (" + slot.slot->measure + ")";
  // "A year earlier, revenue was $6.05 billion" with no date told before: the figure is of another time, which
  // the text does not say.
  for (const DateAt& d : c.s.unanchored) {
    if (!c.s.clauses.SameScope(d.first_token, q.first_token)) continue;
    // "rose 40% from a year earlier": after a percentage, "from"/"than"/"over" makes it the change's baseline.
    if (q.quantity.percent && d.first_token > q.last_token) {
      const std::string_view before = c.s.tokens[d.first_token - 1].norm;
      if (before == "from"sv || before == "than"sv || before == "over"sv) continue;
    }
    r.verdict = Verdict::kUnverified;
    r.note = "dated relative to a date the text does not give (\"" + SpanString(c.s, d.date.span) + "\")";
    r.expected = JoinedValues(slot.slot->values) + measure;
    AddSlot(c, std::move(r));
    return;
  }
  // "Its market value passed $2 trillion", of a fact measuring what a rally added to it: a level, another measure.
  if (LevelForChange(slot, c.s, q)) {
    r.verdict = Verdict::kUnverified;
    r.note = "a level, not the change the fact measures (" + slot.slot->measure + ")";
    r.other_measure = true;
    r.expected = JoinedValues(slot.slot->values) + measure;
    AddSlot(c, std::move(r));
    return;
  }
  // A running total (a quantity fact whose figures grew over time: values as of two dates or more) is not
  // compared with what one period counted.
  if (c.fact.fact->kind == FactKind::kQuantity && RunningTotal(*slot.slot) && CountsOnePeriod(c, q)) {
    r.verdict = Verdict::kUnverified;
    r.note = "the figure counts one period; the fact is a running total";
    r.expected = JoinedValues(slot.slot->values) + measure;
    AddSlot(c, std::move(r));
    return;
  }
  const bool several = slot.slot->values.size() > 1;
  if (dated_earlier) {
    // Dated before every figure of the fact base: it may agree (the figure held then too), never contradict
    // (tolls grow; an earlier count was smaller).
    const bool fits = QuantityFits(value, slot.slot->values);
    r.verdict = fits ? Verdict::kSupported : Verdict::kUnverified;
    r.note = "the figure is dated before the fact base's figures";
    r.expected = JoinedValues(slot.slot->values) + measure;
    AddSlot(c, std::move(r));
    return;
  }
  // Contested figures: the claim agrees when it fits any source's value for its time, the named source's first;
  // it is contradicted only when it fits none of them.
  const ValueRange* agrees = Agreeing(c, value, values);
  if (!agrees && value.dimension == "money" && OrdersApart(value, values)) {
    r.verdict = Verdict::kUnverified;
    r.note = "orders of magnitude apart: another measure";
    r.expected = JoinedValues(slot.slot->values) + measure;
    AddSlot(c, std::move(r));
    return;
  }
  if (agrees) {
    r.expected = Describe(c, *agrees, false) + measure;
    r.source_id = agrees->source_id;
    r.value_index = static_cast<int>(agrees - slot.slot->values.data());
    if (several) r.why = "agrees with " + Describe(c, *agrees, true);
  } else {
    r.verdict = Verdict::kContradicted;
    r.expected = Span(c, values, several, slot.slot->measure);
    r.cites_sources = several;
    if (values.size() == 1) r.source_id = values.front()->source_id;
  }
  // "thousands of civilians" is a part of the toll: it contradicts only by exceeding the whole, and agrees only
  // with a value the fact base gives for that part ("306,887 civilians").
  if ((CountsPart(value) || OfNarrowerPlace(c, q)) && !ExceedsAll(value, values) &&
      !(agrees && agrees->high - agrees->low <= 0.05 * std::abs(agrees->high))) {
    r.verdict = Verdict::kUnverified;
    r.source_id.clear();
    r.why.clear();
    r.value_index = -1;
    r.note = CountsPart(value) ? "the figure counts only part of the " + slot.slot->measure
                                    : "the figure is for a place inside the fact's";
  }
  AddSlot(c, std::move(r));
}

}  // namespace

void AddSlot(SlotContext& c, SlotResult r) { c.match->slots.push_back(std::move(r)); }

SlotResult MakeSlot(const char* slot, Verdict verdict, ByteSpan span, std::string found, std::string expected) {
  SlotResult r;
  r.slot = slot;
  r.verdict = verdict;
  r.span = span;
  r.found = std::move(found);
  r.expected = std::move(expected);
  return r;
}

std::string SpanString(const Sentence& s, ByteSpan span) { return std::string(SpanText(s.text, span)); }

bool InDateline(const SlotContext& c, const DateAt& d) { return d.date.span.end <= c.dateline_end; }

bool ForeignDate(const SlotContext& c, const DateAt& d) { return InDateline(c, d) || (d.birth && !c.fact.birth); }

bool NamesParticipant(const SlotContext& c, const EntityMention& m) {
  return std::any_of(m.hits.begin(), m.hits.end(), [&](const EntityHit& h) {
    return std::find(c.fact.participants.begin(), c.fact.participants.end(), h.entity) != c.fact.participants.end();
  });
}

namespace {

constexpr std::size_t kFarthest = 64;  // words: a mention farther than this from every trigger belongs to none

// The nearest trigger hit to tokens [first, last) (within kFarthest), optionally in the same clause scope.
// Trigger hits are sorted by position: search from the insertion point outwards, stopping once the distance
// passes the best found (or kFarthest), so a long sentence costs no more per mention than a short one.
std::size_t Nearest(const SlotContext& c, std::size_t first, std::size_t last, bool in_scope) {
  const std::vector<const PhraseHit*>& hits = c.triggers;
  const auto at = std::lower_bound(hits.begin(), hits.end(), first,
                                   [](const PhraseHit* h, std::size_t v) { return h->first_token < v; });
  std::size_t best = kNone;
  auto consider = [&](const PhraseHit* h) {
    CountWork(&WorkCounters::comparisons);
    if (in_scope && !c.s.clauses.SameScope(first, h->first_token)) return;
    best = std::min(best, Gap(first, last, h->first_token, h->last_token));
  };
  for (auto it = at; it != hits.end() && (*it)->first_token <= last + std::min(best, kFarthest); ++it) consider(*it);
  for (auto it = at; it != hits.begin();) {
    --it;
    if ((*it)->first_token + kMaxHitTokens + std::min(best, kFarthest) < first) break;
    consider(*it);
  }
  return best <= kFarthest ? best : kNone;
}

}  // namespace

std::size_t DistanceToTrigger(const SlotContext& c, std::size_t first, std::size_t last) {
  return Nearest(c, first, last, false);
}

std::size_t DistanceToTriggerInScope(const SlotContext& c, std::size_t first, std::size_t last) {
  return Nearest(c, first, last, true);
}

std::string JoinedValues(const std::vector<ValueRange>& values) {
  std::string out;
  for (const ValueRange& v : values) out += (out.empty() ? "" : " or ") + FormatValue(v);
  return out;
}

bool QuantityFits(const Quantity& q, const std::vector<ValueRange>& values) {
  return std::any_of(values.begin(), values.end(), [&](const ValueRange& v) { return Fits(q, v); });
}

// "three of their matches", "four of the justices": a part of a group, not its size.
bool PartOfGroup(const Sentence& s, const QuantityMention& q) {
  if (q.quantity.percent || q.last_token >= s.tokens.size() || s.tokens[q.last_token].norm != "of"sv) return false;
  static constexpr std::string_view kDeterminers[] = {"the", "their", "its", "his", "her", "our", "these", "those",
                                                      "them", "whom", "which"};
  const std::size_t d = q.last_token + 1;
  return d < s.tokens.size() &&
         std::find(std::begin(kDeterminers), std::end(kDeterminers), s.tokens[d].norm) != std::end(kDeterminers);
}


// --- figures -------------------------------------------------------------------------------------------------------

namespace {

// "Biden carried Arizona by 10,457 votes", "a margin of about 4.5 percentage points": a difference (after a word and
// "by", or "margin/lead of"), which only a fact measuring a change or a difference is compared with. Not the doer of
// a passive ("was watched by an estimated 650 million", "were found by two divers"), nor a figure after a measure word
// of the fact's that ends in "by" ("raised rates by 25 basis points", of a fact that says so).
bool DifferenceFigure(const CompiledQuantity& slot, const Sentence& s, const QuantityMention& q) {
  if (slot.change || slot.margin) return false;
  static constexpr std::string_view kHedges[] = {"about", "around", "roughly", "nearly", "almost", "some", "just",
                                                 "only", "more", "than", "over", "under", "less", "fewer", "a", "mere"};
  std::size_t at = q.first_token;
  while (at > 0 && std::find(std::begin(kHedges), std::end(kHedges), s.tokens[at - 1].norm) != std::end(kHedges)) --at;
  if (at < 2) return false;
  const std::string_view before = s.tokens[at - 1].norm;
  if (before == "of"sv) return words::IsMarginNoun(s.tokens[at - 2].norm);
  if (before != "by"sv || s.tokens[at - 2].kind != TokenKind::kWord) return false;
  const auto [first, last] = s.HitsStartingIn(at > 5 ? at - 5 : 0, at);
  for (const PhraseHit* h = first; h != last; ++h) {
    if (h->last_token == at && std::find(slot.triggers.begin(), slot.triggers.end(), h->phrase) != slot.triggers.end()) {
      return false;
    }
  }
  for (std::size_t i = at - 1; i > 0 && i + 8 > at; --i) {
    if (IsBeWord(s.tokens[i - 1].norm)) return false;
  }
  return true;
}

// "up from 61.4% in 2016", "rose to 66.8% from 61.4%": the figure a change is counted from, not the level now.
bool Baseline(const Sentence& s, const QuantityMention& q) {
  std::size_t at = q.first_token;
  if (at < 2 || s.tokens[at - 1].norm != "from"sv) return false;
  const std::size_t from = at > 5 ? at - 5 : 0;
  for (std::size_t i = from; i + 1 < at; ++i) {
    if (!s.in_figure[i] && words::IsChangeWord(s.tokens[i].norm) && s.clauses.SameScope(i, at)) return true;
  }
  return false;
}

// "won in 9.79 seconds, edging Thompson by ...": an exact figure that fits another measure of the fact and not this
// one is that measure's (the winning time, tied to the margin's word "edging"), not a wrong value of this one. Not a
// loose one: "killed hundreds of civilians" is a wrong death toll, even where a count of fighters is in the hundreds.
bool FitsAnotherMeasure(const SlotContext& c, const CompiledQuantity& slot, const Quantity& q) {
  if (q.vague || q.low != q.high || QuantityFits(InSlotUnit(q, slot), slot.slot->values)) return false;
  return std::any_of(c.fact.quantities.begin(), c.fact.quantities.end(), [&](const CompiledQuantity& other) {
    return &other != &slot && Compatible(q, other) && QuantityFits(InSlotUnit(q, other), other.slot->values);
  });
}

bool IsWordAt(const Sentence& s, std::size_t i, std::string_view w) { return i < s.tokens.size() && s.tokens[i].norm == w; }

// "6-3", "4-2": the first number of a score or a split ("voted 6-3": six in the majority).
bool FirstOfPair(const Sentence& s, const QuantityMention& q) {
  const std::size_t at = q.quantity.number_span.end;
  if (at + 1 >= s.text.size()) return false;
  const bool dash = s.text[at] == '-' && s.text[at + 1] >= '0' && s.text[at + 1] <= '9';
  const bool en_dash = at + 3 < s.text.size() && s.text.substr(at, 3) == "\xE2\x80\x93" && s.text[at + 3] >= '0' &&
                       s.text[at + 3] <= '9';
  return dash || en_dash;
}

// "6-3", "4-2", "by six votes to three": the second number of a score or a split, which says who lost.
bool SecondOfPair(const Sentence& s, const QuantityMention& q) {
  const std::size_t at = q.quantity.number_span.begin;
  if (at >= 2) {
    const char dash = s.text[at - 1];
    const bool en_dash = at >= 4 && s.text.substr(at - 3, 3) == "\xE2\x80\x93";
    const std::size_t before = en_dash ? at - 4 : at - 2;
    if ((dash == '-' || en_dash) && s.text[before] >= '0' && s.text[before] <= '9') return true;
  }
  const std::size_t i = q.first_token;
  if (i >= 3 && IsWordAt(s, i - 1, "to")) {
    for (const QuantityMention& other : s.quantities) {
      if (&other != &q && other.last_token < i - 1 && i - 1 - other.last_token <= 2) return true;
    }
  }
  return false;
}

// "three justices dissented", "three dissenting justices": the figure counts those who dissented, the other side
// of a vote, unless the fact speaks of dissent itself.
bool Dissenting(const SlotContext& c, const QuantityMention& q) {
  const Sentence& s = c.s;
  const std::size_t from = q.first_token > 0 ? q.first_token - 1 : 0;
  const std::size_t to = std::min(s.tokens.size(), q.last_token + 3);
  for (std::size_t i = from; i < to; ++i) {
    if (!s.clauses.SameScope(i, q.first_token)) continue;
    if (words::IsDissentWord(s.tokens[i].norm) && !c.fact.SpeaksOf(s.stems[i])) return true;
  }
  return false;
}

// "one more than Messi", "209 more than in 2019", "5% lower than": a difference, not the figure itself.
bool Difference(const Sentence& s, const QuantityMention& q) {
  const std::size_t i = q.last_token;
  if (i + 1 < s.tokens.size() && words::IsComparativeWord(s.tokens[i].norm) && s.tokens[i + 1].norm == "than"sv) {
    return true;
  }
  // "32 short of a majority", "three gold medals shy of the record": a shortfall.
  for (std::size_t j = i; j + 1 < s.tokens.size() && j < i + 4 && s.tokens[j].kind == TokenKind::kWord; ++j) {
    if ((s.tokens[j].norm == "short"sv || s.tokens[j].norm == "shy"sv) && s.tokens[j + 1].norm == "of"sv) return true;
  }
  // "three times as many", "four times larger": a multiplier.
  return i + 1 < s.tokens.size() && s.tokens[i].norm == "times"sv &&
         (s.tokens[i + 1].norm == "as"sv || s.tokens[i + 1].norm == "the"sv || words::IsComparativeWord(s.tokens[i + 1].norm));
}

// "up 22% from the previous quarter", "5% more than last year's": a change against another period than the fact's.
bool AgainstAnotherPeriod(const SlotContext& c, const QuantityMention& q) {
  const Sentence& s = c.s;
  for (std::size_t i = q.last_token; i < s.tokens.size() && i < q.last_token + 5; ++i) {
    if (!words::IsPeriodShiftWord(s.tokens[i].norm)) continue;
    return i > q.last_token && (s.tokens[i - 1].norm == "the"sv || s.tokens[i - 1].norm == "from"sv ||
                                s.tokens[i - 1].norm == "over"sv || s.tokens[i - 1].norm == "than"sv);
  }
  (void)c;
  return false;
}

// "$13 billion of debt": money or a share of something the fact does not measure.
bool MeasuresAnotherNoun(const CompiledQuantity& slot, const Sentence& s, const QuantityMention& q) {
  if (!q.quantity.percent && q.quantity.dimension != "money") return false;  // money and shares only
  const std::size_t i = q.last_token;
  if (!IsWordAt(s, i, "of") && !IsWordAt(s, i, "in")) return false;
  if (i + 1 >= s.tokens.size() || s.tokens[i + 1].kind != TokenKind::kWord) return false;
  // "$44bn in October 2022": when, not what.
  for (const DateAt& d : s.dates) {
    if (d.first_token == i + 1) return false;
  }
  // "of the", "of its", "of that", "of them": no noun of its own here ("$18.4 billion of that" is a part of a sum
  // told before, in the fact's own unit).
  const std::string_view next = s.tokens[i + 1].norm;
  if (words::IsDeterminer(next) || words::IsAnaphor(next)) return false;
  const std::string_view noun = s.stems[i + 1];
  for (int trigger : slot.triggers) {
    const auto [first, last] = s.HitsOf(trigger);
    for (const PhraseHit* h = first; h != last; ++h) {
      if (h->first_token <= i + 1 && i + 1 < h->last_token) return false;
    }
  }
  return Fold(slot.slot->measure).find(noun) == std::string::npos && Fold(slot.slot->unit).find(noun) == std::string::npos;
}

// "Divers brought the last four boys out", "all 14 boys": a count with a noun of its own after it counts that noun.
// A measure word that is the noun of the fact's unit ("divers") elsewhere in the clause heads another noun phrase,
// not this figure's. The figure counts what the fact counts when its noun is one of the fact's measure words ("18
// frogmen"), or when the measure word ends the figure's own noun phrase ("18 foreign divers"); a measure word that is
// no such noun ("killed 300 civilians") takes the figure as its object.
bool CountsAnotherNoun(const CompiledQuantity& slot, const Sentence& s, const QuantityMention& q, const PhraseHit& head) {
  const std::size_t j = q.last_token;
  if (slot.unit.dimension != "count" || slot.unit_stem.empty() || j >= s.tokens.size()) return false;
  if (q.quantity.noun.empty() || s.tokens[j].norm != q.quantity.noun || words::IsCommonWord(q.quantity.noun)) return false;
  if (head.first_token >= j && head.first_token <= j + 2) return false;
  if (s.stems[head.last_token - 1] != slot.unit_stem) return false;  // "divers" or "diver" for the unit "divers"
  for (int trigger : slot.triggers) {
    const auto [first, last] = s.HitsOf(trigger);
    for (const PhraseHit* h = first; h != last; ++h) {
      if (h->first_token <= j && j < h->last_token) return false;
    }
  }
  return true;
}

// "Each boy was guided out by two divers", "two divers went in with each miner": a count for each of something, not
// a total. Not "each of the 25 divers" (the figure is the whole) nor "each other"; nor "each day", "every year" (a
// fact may measure a day's count in its measure words), nor for a fact measured per something.
bool ForEach(const CompiledQuantity& slot, const Sentence& s, const QuantityMention& q) {
  if (slot.unit.dimension != "count" || !slot.unit.per.empty()) return false;
  for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    if (s.tokens[i].norm != "each"sv && s.tokens[i].norm != "every"sv) continue;
    const std::string_view next = s.tokens[i + 1].norm;
    if (next == "other"sv || (next == "of"sv && q.first_token > i && q.first_token <= i + 3)) continue;
    if (Lexicon::BuiltIn().ParseUnit(next).dimension == "duration") continue;
    if (s.clauses.SameScope(i, q.first_token)) return true;
  }
  return false;
}

// "the $20.6bn analysts had expected", "Nvidia forecast revenue of $28 billion": a prediction, unless the fact is one.
// A forecast word after "beating", "above", "than" ... is the other side of a comparison ("earned $5.16 a share,
// beating estimates"), not this figure's.
bool Predicted(const SlotContext& c, const QuantityMention& q) {
  const Sentence& s = c.s;
  const std::size_t from = q.first_token > kClueWindow ? q.first_token - kClueWindow : 0;
  const std::size_t to = std::min(s.tokens.size(), q.last_token + kClueWindow);
  std::size_t other_side = to;  // from the first surpassing word after the figure on
  for (std::size_t i = q.last_token; i < to; ++i) {
    if (!s.in_figure[i] && words::IsSurpassWord(s.tokens[i].norm)) {
      other_side = i;
      break;
    }
  }
  for (std::size_t i = from; i < other_side; ++i) {
    if (s.in_figure[i] || !words::IsExpectationWord(s.tokens[i].norm)) continue;
    if (!s.clauses.SameScope(i, q.first_token)) continue;
    return !c.fact.predicts;
  }
  return false;
}

// "needed 326 seats for a majority", "needs at least 326", "the 326 seats needed for a majority": the figure is what
// something takes, a threshold, not what happened. Unless the fact's measure is such a threshold ("seats needed for
// a majority").
bool Required(const CompiledQuantity& slot, const Sentence& s, const QuantityMention& q) {
  static constexpr std::string_view kBetween[] = {"at", "least", "only", "just", "a", "an", "another", "further",
                                                  "more", "than", "about", "around", "roughly", "nearly", "almost",
                                                  "some", "the"};
  bool required = false;
  for (std::size_t back = 1; back <= 3 && back <= q.first_token && !required; ++back) {
    const Token& t = s.tokens[q.first_token - back];
    if (s.in_figure[q.first_token - back] || t.kind != TokenKind::kWord) break;
    if (words::IsRequirementWord(t.norm)) {
      required = true;
    } else if (std::find(std::begin(kBetween), std::end(kBetween), std::string_view(t.norm)) == std::end(kBetween)) {
      break;
    }
  }
  // After the figure and its noun: "326 (seats) needed for/to", "270 electoral votes needed to".
  for (std::size_t i = q.last_token; i < std::min(s.tokens.size(), q.last_token + 3) && !required; ++i) {
    if (s.in_figure[i] || !words::IsRequirementWord(s.tokens[i].norm) || i + 1 >= s.tokens.size()) continue;
    required = s.tokens[i + 1].norm == "for" || s.tokens[i + 1].norm == "to";
  }
  return required && !slot.threshold;
}

// The fact's own entities, with the places its figures are for.
std::vector<int> OwnEntities(const SlotContext& c) {
  std::vector<int> out = c.fact.own;
  for (const CompiledQuantity& q : c.fact.quantities) {
    if (!q.slot->place.empty()) {
      const int e = c.facts.entities.IndexOf(q.slot->place);
      if (e >= 0) out.push_back(e);
    }
  }
  return out;
}

// Whether a name is followed by one of the fact's about terms ("the Derna floods", "the Kessel dam"): it names the
// fact's event.
bool NamesTheEvent(const SlotContext& c, const EntityMention& m) {
  const auto [first, last] = c.s.HitsStartingIn(m.last_token, m.last_token + 1);
  for (const PhraseHit* h = first; h != last; ++h) {
    for (const std::vector<int>& group : c.fact.about_terms) {
      if (std::find(group.begin(), group.end(), h->phrase) != group.end()) return true;
    }
  }
  return false;
}

// Whether a name follows a lower-case word that is no preposition, article or conjunction: a verb's object ("hit
// Derna"), not the subject of the clause.
bool AfterVerb(const Sentence& s, const EntityMention& m) {
  if (m.first_token == 0) return false;
  const Token& before = s.tokens[m.first_token - 1];
  if (before.kind != TokenKind::kWord || before.capitalized) return false;
  static constexpr std::string_view kNot[] = {"the", "a", "an", "and", "or", "but", "of", "that", "which", "as"};
  return !words::IsPlacePreposition(before.norm) &&
         std::find(std::begin(kNot), std::end(kNot), std::string_view(before.norm)) == std::end(kNot);
}

// Whether a name given with a figure makes it someone else's figure: no reading of it is one of the fact's own
// entities (or holds one: "in Libya" for a fact about Derna; or is where the story happens, inside one), and it is
// of a kind the fact's own are (another
// party, another country; a narrower place: "Guinea recorded 2,544 deaths" of the West Africa epidemic).
bool SomeoneElse(const SlotContext& c, const std::vector<int>& own, const EntityMention& m) {
  const std::vector<KnownEntity>& known = c.facts.entities.entities();
  for (const EntityHit& h : m.hits) {
    for (int o : own) {
      if (h.entity == o || c.facts.entities.Contains(h.entity, o)) return false;
      // Where the story happens (a fact's place) inside the fact's own place, naming the fact's event: "the Derna
      // floods" is the story ("Guinea recorded 2,544 deaths" is still Guinea's part of West Africa's).
      // So is the story's place as the object of a verb ("the floods hit Derna, killing thousands").
      if (c.facts.IsStoryPlace(h.entity) && c.facts.entities.Contains(o, h.entity) &&
          (NamesTheEvent(c, m) || AfterVerb(c.s, m))) {
        return false;
      }
    }
  }
  for (const EntityHit& h : m.hits) {
    if (h.form == NameForm::kDemonym) continue;
    const EntityKind k = known[static_cast<std::size_t>(h.entity)].kind;
    for (int o : own) {
      const EntityKind ko = known[static_cast<std::size_t>(o)].kind;
      if (k == ko || (IsPlaceKind(k) && IsPlaceKind(ko))) return true;
    }
  }
  return false;
}

// Who the figure is of: the nearest name before it in its statement that is not a place after a preposition nor a
// possessive modifier ("Nigeria, West Africa's most populous nation, recorded 20 cases": Nigeria; "The Liberal
// Democrats took 72 seats and Reform UK five": the Liberal Democrats' 72, Reform UK's five).
const EntityMention* Subject(const Sentence& s, std::size_t token) {
  const auto [begin, end] = s.EntitiesStartingIn(token > 48 ? token - 48 : 0, token);
  for (const EntityMention* m = end; m != begin;) {
    --m;
    if (m->last_token > token || !s.clauses.SameScope(m->first_token, token) || IsPlace(s, *m)) continue;
    if (s.tokens[m->last_token - 1].possessive) continue;
    if (m->first_token > 0 && (s.tokens[m->first_token - 1].norm == "of"sv || s.tokens[m->first_token - 1].norm == "by"sv)) {
      continue;
    }
    return m;
  }
  return nullptr;
}

// "after its $26.2 billion acquisition of LinkedIn": the figure's word said of another of the kinds the fact's own
// entities are ("of" and a name) makes it that other's figure.
bool WordOfAnother(const SlotContext& c, const PhraseHit& head) {
  std::size_t at = head.last_token;
  if (at >= c.s.tokens.size() || c.s.tokens[at].norm != "of"sv) return false;
  if (++at < c.s.tokens.size() && c.s.tokens[at].norm == "the"sv) ++at;
  const EntityMention* m = c.s.EntityStartingAt(at);
  if (!m) return false;
  const std::vector<int> own = OwnEntities(c);
  return !own.empty() && SomeoneElse(c, own, *m);
}

// Whether the figure is someone else's: its statement's subject, or a place named next to it, is not the fact's.
CLAIMCHECK_OUTLINE bool OthersFigure(const SlotContext& c, const QuantityMention& q) {
  const std::vector<int> own = OwnEntities(c);
  if (own.empty()) return false;
  if (const EntityMention* subject = Subject(c.s, q.first_token); subject && SomeoneElse(c, own, *subject)) {
    return true;
  }
  const std::size_t from = q.first_token > kClueWindow + kMaxHitTokens ? q.first_token - kClueWindow - kMaxHitTokens : 0;
  const auto [begin, end] = c.s.EntitiesStartingIn(from, q.last_token + kClueWindow + 1);
  for (const EntityMention* it = begin; it != end; ++it) {
    const EntityMention& m = *it;
    if (!IsPlace(c.s, m) || c.s.clauses.InAnchor(m.first_token) || !c.s.clauses.SameScope(m.first_token, q.first_token)) {
      continue;
    }
    if (Gap(m.first_token, m.last_token, q.first_token, q.last_token) > kClueWindow) continue;
    if (!SomeoneElse(c, own, m)) continue;
    bool exclusive = false;
    for (const EntityHit& h : m.hits) {
      for (int o : own) exclusive = exclusive || ExcludesPlace(c.facts.entities, h.entity, o);
    }
    if (exclusive) return true;
  }
  return false;
}

// "In the United States alone, 125 million people watched": the figure of one place, named as a part of a whole
// ("alone" after it). It is the fact's figure only when the place is one of the fact's own or inside one.
bool PlaceAlone(const SlotContext& c, const QuantityMention& q) {
  const std::size_t from = q.first_token > kClueWindow + kMaxHitTokens ? q.first_token - kClueWindow - kMaxHitTokens : 0;
  const auto [begin, end] = c.s.EntitiesStartingIn(from, q.last_token + kClueWindow + 1);
  for (const EntityMention* it = begin; it != end; ++it) {
    const EntityMention& m = *it;
    if (m.last_token >= c.s.tokens.size() || c.s.tokens[m.last_token].norm != "alone"sv) continue;
    // In the figure's clause, or fronted right before it ("In the United States alone, 125 million ...").
    const bool fronted = m.last_token <= q.first_token && q.first_token - m.last_token <= 4;
    if (!IsPlace(c.s, m) || !(fronted || c.s.clauses.SameScope(m.first_token, q.first_token))) continue;
    // One of the fact's own places, or a place inside one ("thousands in Derna alone" of Libya's toll).
    const std::vector<int> own = OwnEntities(c);
    const bool is_own = std::any_of(own.begin(), own.end(), [&](int o) {
      return RelatePlace(c.facts.entities, m, o) == PlaceRelation::kSame;
    });
    if (!is_own) return true;
  }
  return false;
}

// "The combined toll ... has passed 50,000, with 44,218 people dead in Turkey": of a fact about several places
// (its `about` entities: Türkiye and Syria together), a figure whose nearest place names only some of them, alone
// or in a list ("in Turkey and Syria" is all of them), is those places' part, not the fact's figure.
bool OnePlaceOfSeveral(const SlotContext& c, const QuantityMention& q) {
  const std::vector<int>& places = c.fact.about_places;
  if (places.size() < 2) return false;
  const std::size_t from = q.first_token > kClueWindow ? q.first_token - kClueWindow : 0;
  const auto [begin, end] = c.s.EntitiesStartingIn(from, q.last_token + kClueWindow + 1);
  const EntityMention* nearest = nullptr;
  std::size_t nearest_gap = kNone;
  for (const EntityMention* it = begin; it != end; ++it) {
    if (!IsPlace(c.s, *it) || !c.s.clauses.SameScope(it->first_token, q.first_token)) continue;
    const std::size_t gap = Gap(it->first_token, it->last_token, q.first_token, q.last_token);
    if (gap < nearest_gap) {
      nearest = it;
      nearest_gap = gap;
    }
  }
  if (!nearest) return false;
  // The list the nearest place is in: its neighbours joined by "and" or ",".
  std::vector<int> named;
  auto add = [&](const EntityMention& m) {
    for (const EntityHit& h : m.hits) named.push_back(h.entity);
  };
  add(*nearest);
  for (const EntityMention* m = nearest; m->first_token >= 1;) {
    const std::string_view joiner = c.s.tokens[m->first_token - 1].norm;
    if (joiner != "and"sv && joiner != ","sv) break;
    const EntityMention* before = c.s.EntityEndingAt(m->first_token - 1);
    if (!before) break;
    add(*before);
    m = before;
  }
  for (const EntityMention* m = nearest; m->last_token < c.s.tokens.size();) {
    const std::string_view joiner = c.s.tokens[m->last_token].norm;
    if (joiner != "and"sv && joiner != ","sv) break;
    const EntityMention* after = c.s.EntityStartingAt(m->last_token + 1);
    if (!after) break;
    add(*after);
    m = after;
  }
  auto is_named = [&](int p) { return std::find(named.begin(), named.end(), p) != named.end(); };
  return std::any_of(places.begin(), places.end(), is_named) && !std::all_of(places.begin(), places.end(), is_named);
}

}  // namespace

void CompareFigures(SlotContext& c) {
  // Parts and wholes ("326 of the 650 seats"), found once: whole_of[i] is the figure i is a part of, part_of[i]
  // the figure that is a part of i.
  std::vector<int> whole_of(c.s.quantities.size(), -1);
  std::vector<int> part_of(c.s.quantities.size(), -1);
  if (!c.fact.quantities.empty()) {
    for (std::size_t i = 0; i < c.s.quantities.size(); ++i) {
      whole_of[i] = WholeOf(c.s, i);
      if (whole_of[i] >= 0) part_of[static_cast<std::size_t>(whole_of[i])] = static_cast<int>(i);
    }
  }
  for (const CompiledQuantity& slot : c.fact.quantities) {
    // One figure per statement: the one nearest to its measure word ("$22.1bn beat the $20.6bn analysts had
    // forecast"); the others in the statement are comparisons, parts or other measures.
    struct Pick {
      int statement = -1;
      std::size_t figure = 0;
      std::size_t gap = 0;
    };
    std::vector<Pick> picks;
    for (std::size_t i = 0; i < c.s.quantities.size(); ++i) {
      const QuantityMention& q = c.s.quantities[i];
      const int head = c.s.figure_heads[i];
      if (c.used_quantities[i] || head < 0 || OneOf(c.s, q)) continue;
      const PhraseHit& hit = c.s.phrases[static_cast<std::size_t>(head)];
      if (!Compatible(q.quantity, slot) && !RateInMeasureWord(c.s, hit, q.quantity, slot)) continue;
      if (std::find(slot.triggers.begin(), slot.triggers.end(), hit.phrase) == slot.triggers.end()) continue;
      // A part and its whole ("326 of the 650 seats"): the whole speaks only for a fact it fits (the House's
      // 650 seats); the part speaks for the others, unless the whole already fits the fact.
      const int part = part_of[i];
      if (part >= 0 && !QuantityFits(InSlotUnit(q.quantity, slot), slot.slot->values)) continue;
      const int whole = whole_of[i];
      if (whole >= 0 &&
          QuantityFits(InSlotUnit(c.s.quantities[static_cast<std::size_t>(whole)].quantity, slot), slot.slot->values)) {
        continue;
      }
      if (whole < 0 && PartOfGroup(c.s, q)) continue;
      if (SecondOfPair(c.s, q) || Difference(c.s, q) || MeasuresAnotherNoun(slot, c.s, q) || Predicted(c, q)) continue;
      if (Dissenting(c, q) || Required(slot, c.s, q)) continue;
      if (CountsAnotherNoun(slot, c.s, q, hit) || ForEach(slot, c.s, q) || FitsAnotherMeasure(c, slot, q.quantity) ||
          DifferenceFigure(slot, c.s, q) || Baseline(c.s, q)) {
        continue;
      }
      // A score is a count only right next to its word ("voted 6-3", "a 5-4 vote"), never of a team far before it.
      if (FirstOfPair(c.s, q) && Gap(q.first_token, q.last_token, hit.first_token, hit.last_token) > 2) continue;
      if (AgainstAnotherPeriod(c, q)) continue;
      if (OthersFigure(c, q) || WordOfAnother(c, hit) || PlaceAlone(c, q) || OnePlaceOfSeveral(c, q)) continue;
      // An event's figure is said of the event: one of its words in the figure's clause ("after the layoffs
      // Twitter had about 1,500 employees left" counts the staff left, not the layoffs).
      if (c.fact.fact->kind == FactKind::kEvent &&
          DistanceToTriggerInScope(c, q.first_token, q.last_token) == kNone) {
        continue;
      }
      const int clause = c.s.clauses.ClauseOf(q.first_token);
      const int statement = clause < 0 ? -1 : c.s.clauses.clauses()[static_cast<std::size_t>(clause)].statement;
      // A whole before a part ("killed more than 300,000 civilians and left about 500,000 people dead"); then the
      // nearer; at equal distance the figure after its word ("killing thousands").
      const std::size_t gap = (CountsPart(q.quantity) ? 1000 : 0) +
                              2 * Gap(q.first_token, q.last_token, hit.first_token, hit.last_token) +
                              (q.first_token >= hit.last_token ? 0 : 1);
      auto same = std::find_if(picks.begin(), picks.end(), [&](const Pick& p) { return p.statement == statement; });
      if (same == picks.end()) {
        picks.push_back({statement, i, gap});
      } else if (gap < same->gap) {
        *same = {statement, i, gap};
      }
    }
    for (const Pick& pick : picks) {
      c.used_quantities[pick.figure] = true;
      CompareSlotFigure(c, slot, pick.figure);
    }
  }
}

// --- dates ---------------------------------------------------------------------------------------------------------

namespace {

// The date nearest to one of the fact's triggers in that trigger's clause, among those `accept` allows.
// Whether every trigger of the fact follows the date with "and", "but" or "then" between them.
bool BeforeConjunction(const SlotContext& c, const DateAt& d) {
  if (c.triggers.empty()) return false;
  for (const PhraseHit* h : c.triggers) {
    if (h->first_token < d.last_token) return false;
    bool conjunction = false;
    for (std::size_t i = d.last_token; i < h->first_token && !conjunction; ++i) {
      const std::string_view w = c.s.tokens[i].norm;
      conjunction = w == "and" || w == "but" || w == "then";
    }
    if (!conjunction) return false;
  }
  return true;
}

// True when a hit of one of the fact's triggers or `about` terms covers token `i`.
bool FactWordAt(const SlotContext& c, std::size_t i) {
  auto covers = [&](int phrase) {
    const auto [first, last] = c.s.HitsOf(phrase);
    for (const PhraseHit* h = first; h != last; ++h) {
      if (h->first_token <= i && i < h->last_token) return true;
    }
    return false;
  };
  for (int phrase : c.fact.triggers) {
    if (covers(phrase)) return true;
  }
  for (const std::vector<int>& group : c.fact.about_terms) {
    for (int phrase : group) {
      if (covers(phrase)) return true;
    }
  }
  return false;
}

// "which followed a draft published by the Herald in January": a date after a participle in -ed that follows a
// noun, with at most an agent ("by the Herald") between, dates that noun's event. When neither the noun nor the
// participle is one of the fact's words, the date says nothing of the fact. Only for a noun after a determiner that
// a word other than a capitalized one precedes: "The rebels attacked on Monday" is a subject and its verb.
bool DatesAnotherNoun(const SlotContext& c, const DateAt& d) {
  const std::vector<Token>& t = c.s.tokens;
  auto word = [&](std::size_t i, std::string_view w) { return t[i].kind == TokenKind::kWord && t[i].norm == w; };
  if (d.first_token < 5) return false;
  const std::size_t preposition = d.first_token - 1;
  if (!(word(preposition, "in") || word(preposition, "on") || word(preposition, "at") ||
        word(preposition, "during"))) {
    return false;
  }
  std::size_t participle = preposition - 1;
  // An agent of up to four words: "by Politico", "by the Tessel Herald".
  for (std::size_t k = preposition - 1, seen = 0; k > 0 && seen < 5; --k, ++seen) {
    if (t[k].kind != TokenKind::kWord) break;
    if (word(k, "by")) {
      participle = k - 1;
      break;
    }
  }
  const Token& p = t[participle];
  if (participle < 3 || p.kind != TokenKind::kWord || p.capitalized || p.norm.size() < 5 ||
      p.norm.compare(p.norm.size() - 2, 2, "ed") != 0) {
    return false;
  }
  const std::size_t noun = participle - 1;
  const std::size_t determiner = noun - 1;
  const Token& n = t[noun];
  const bool after_determiner = words::IsDeterminer(t[determiner].norm);
  if (n.kind != TokenKind::kWord || n.capitalized || !after_determiner || determiner == 0 ||
      t[determiner - 1].capitalized || t[determiner - 1].kind != TokenKind::kWord) {
    return false;
  }
  return !FactWordAt(c, noun) && !FactWordAt(c, participle);
}

// "before 2011", "after 2011", "prior to 2011": a bound of the time, not the time ("Before 2011, the two were
// friends" of a friendship in the 2000s).
bool BoundOnly(const Sentence& s, const DateAt& d) {
  const std::size_t i = d.first_token;
  if (i >= 1 && (s.tokens[i - 1].norm == "before"sv || s.tokens[i - 1].norm == "after"sv)) return true;
  if (i < 2) return false;
  const std::string_view a = s.tokens[i - 2].norm;
  const std::string_view b = s.tokens[i - 1].norm;
  return (a == "prior"sv && b == "to"sv) || ((a == "earlier"sv || a == "later"sv) && b == "than"sv);
}

template <typename Accept>
const DateAt* DateOfTrigger(const SlotContext& c, Accept accept) {
  const DateAt* best = nullptr;
  std::size_t best_gap = kNone;
  for (const DateAt& d : c.s.dates) {
    if (ForeignDate(c, d) || !accept(d) || DatesAnotherNoun(c, d) || BoundOnly(c.s, d)) continue;
    std::size_t gap = DistanceToTriggerInScope(c, d.first_token, d.last_token);
    if (gap == kNone) continue;
    // "bought Twitter in October 2022 and renamed it X the following July": a date before "and" and the trigger
    // is the first verb's; one after the trigger in its own conjunct comes first.
    if (BeforeConjunction(c, d)) gap += 1000;
    // "Marr, who agreed to buy it in April, completed the deal on 27 October": a date in a clause with none of the
    // fact's words (a relative clause of its own) comes after one in a trigger's own clause.
    const int clause = c.s.clauses.ClauseOf(d.first_token);
    if (std::none_of(c.triggers.begin(), c.triggers.end(),
                     [&](const PhraseHit* h) { return c.s.clauses.ClauseOf(h->first_token) == clause; })) {
      // "The ship, which is operated by Evergreen, ran aground on Tuesday", "..., which ran aground on Tuesday, is
      // operated by Evergreen": a relative clause and the clause it hangs on are two statements, each with its own
      // time. A date in one is not the time of a fact said only in the other.
      if (InRelativeClause(c.s, clause) || std::all_of(c.triggers.begin(), c.triggers.end(), [&](const PhraseHit* h) {
            return InRelativeClause(c.s, c.s.clauses.ClauseOf(h->first_token));
          })) {
        continue;
      }
      gap += 500;
    }
    if (!best || gap < best_gap) {
      best = &d;
      best_gap = gap;
    }
  }
  return best;
}

// "taken into custody on Friday", written in August 2023, of an arrest of December 2022: a day counted from the
// text's date ("on Friday", "yesterday", "last Tuesday") names the days around it; an event of the base more than a
// month away from the text is another occurrence, not this one on a wrong day.
bool RecentDayForAnotherTime(const SlotContext& c, const DateMention& said, const DateRange& fact) {
  constexpr int kNearDays = 14;
  constexpr int kAwayDays = 31;
  if (!c.reference || !said.relative || said.range.granularity != DateGranularity::kDay) return false;
  const int reference = DaysFromCivil(c.reference->year, c.reference->month, c.reference->day);
  if (said.range.first < reference - kNearDays || said.range.last > reference + kNearDays) return false;
  return fact.last < reference - kAwayDays || fact.first > reference + kAwayDays;
}

}  // namespace

void CompareEventDate(SlotContext& c) {
  const std::optional<DateRange>& date = c.fact.fact->date;
  if (!date) return;
  // "called the election on 22 May", "announced the talks on Monday": the date is the calling's. Not so "scheduled
  // to splash down on 24 July", "postponed to 3 May", "set for Friday": the date is the event's.
  for (const PhraseHit* h : c.triggers) {
    const std::size_t from = h->first_token > 3 ? h->first_token - 3 : 0;
    for (std::size_t i = from; i < h->first_token; ++i) {
      if (!words::IsAnnouncingVerb(c.s.tokens[i].norm)) continue;
      const std::string_view next = c.s.tokens[i + 1].norm;
      if (next != "to"sv && next != "for"sv) return;
    }
  }
  const DateAt* d = DateOfTrigger(c, [](const DateAt& x) { return !x.date.since && !x.date.until; });
  if (!d) {
    // "He immediately fired chief executive Parag Agrawal" after a sentence dated 27 October 2022: that date agrees
    // (it may say nothing against: the sentence may have moved on in time).
    // Only a trigger used as a verb: after a determiner it is a noun ("the hosts" are a team), which says no date.
    const auto verb = std::find_if(c.triggers.begin(), c.triggers.end(), [&](const PhraseHit* h) {
      return h->first_token == 0 || !words::IsDeterminer(c.s.tokens[h->first_token - 1].norm);
    });
    // And only for another fact's sentence: one that hit this fact's triggers had its date judged there.
    const bool judged_before = c.previous && std::any_of(c.fact.triggers.begin(), c.fact.triggers.end(), [&](int t) {
      return std::find(c.previous->phrases.begin(), c.previous->phrases.end(), t) != c.previous->phrases.end();
    });
    if (c.previous && c.previous->date && SameAtCoarser(*c.previous->date, *date) && verb != c.triggers.end() &&
        !judged_before) {
      const PhraseHit& h = **verb;
      AddSlot(c, MakeSlot("date", Verdict::kSupported, c.s.TokenSpan(h.first_token, h.last_token),
                          SpanString(c.s, c.s.TokenSpan(h.first_token, h.last_token)), FormatDateRange(*date)));
    }
    return;
  }
  SlotResult r = MakeSlot("date", Verdict::kSupported, d->date.span, SpanString(c.s, d->date.span),
                          FormatDateRange(*date));
  if (!SameAtCoarser(d->date.range, *date)) {
    r.verdict = Verdict::kContradicted;
    r.distance = YearsApart(d->date.range, *date);
    if (AnotherTime(d->date.range, *date)) {
      r.verdict = Verdict::kUnverified;
      r.against = true;
      r.note = "dated years away from the fact: likely another occurrence";
    } else if (RecentDayForAnotherTime(c, d->date, *date)) {
      r.verdict = Verdict::kUnverified;
      r.against = true;
      r.note = "a day of the text's week, for an event a month or more away from the text: likely another occurrence";
    }
  }
  AddSlot(c, std::move(r));
}

void ComparePeriodDate(SlotContext& c) {
  const Fact& fact = *c.fact.fact;
  if (!fact.period_from && !fact.period_to) return;
  // "until 2011" says when it ended, which a period given as "the 2000s" cannot settle.
  const DateAt* d = DateOfTrigger(c, [](const DateAt& x) { return !x.date.until; });
  if (!d) return;
  // How long the period lasts, to the text's date when it has no end: a start off by less is a wrong start ("the war
  // began in 2001", of a war from 2011), by more another occurrence ("Paris first hosted the Olympics in 1900").
  const DateRange span = SpanOf(fact.period_from, fact.period_to);
  const int end = fact.period_to ? span.last
                                 : (c.reference ? DaysFromCivil(c.reference->year, c.reference->month, c.reference->day)
                                                : span.last);
  const double length = std::max(0, end - span.first) / 365.25;
  auto add = [&](const DateRange& expected_range, std::string expected, bool whole) {
    SlotResult r = MakeSlot("period", Verdict::kSupported, d->date.span, SpanString(c.s, d->date.span),
                            std::move(expected));
    if (!SameAtCoarser(d->date.range, expected_range)) {
      r.verdict = Verdict::kContradicted;
      r.distance = YearsApart(d->date.range, expected_range);
      // "the Karsk Games in 2022", "up from 15 in 2026", of Games held in 2030: years away from the whole period,
      // another occurrence; so is a start ("first hosted"), years away and further than the period lasts. A claimed
      // start ("since 1986", of a gap since 1976) is compared as it is.
      if (AnotherTime(d->date.range, expected_range) && (whole || (!d->date.since && r.distance > length))) {
        r.verdict = Verdict::kUnverified;
        r.against = true;
        r.note = "dated years away from the period: likely another occurrence";
      }
    }
    AddSlot(c, std::move(r));
  };
  if (d->date.since || StartsSomething(c.s, *d)) {
    if (fact.period_from) add(*fact.period_from, "since " + FormatDateRange(*fact.period_from), false);
    return;
  }
  add(span, DescribePeriod(fact.period_from, fact.period_to), true);
}

namespace {

// The first token after a figure and its unit ("into" in "two years into").
std::size_t AfterUnit(const Sentence& s, const QuantityMention& q) {
  const std::size_t end = std::max(q.quantity.span.end, q.quantity.unit_span.end);
  std::size_t next = q.last_token;
  while (next < s.tokens.size() && s.tokens[next].span.begin < end) ++next;
  return next;
}

// "a 12-year-old", "three years ago", "two years into the war", "14 years after", "the first mission in 47 years":
// a time from or before something, a time since the last one, or an age, not how long the period lasted.
bool NotALength(const Sentence& s, const QuantityMention& q) {
  const std::size_t next = AfterUnit(s, q);
  // "in 47 years" is a time since or within which; "in 12 years of war" is the war's length.
  const bool after_in = q.first_token > 0 && s.tokens[q.first_token - 1].norm == "in"sv;
  if (next >= s.tokens.size()) return after_in;
  const std::string_view w = s.tokens[next].norm;
  if (after_in && w != "of"sv) return true;
  // "12-year-old" (the matcher's tokens leave out the joining hyphen); "13 years old" is the period's own age.
  const std::size_t at = s.tokens[next].span.begin;
  if (w == "old"sv && at > 0 && s.text[at - 1] == '-') return true;
  static constexpr std::string_view kAfter[] = {"ago", "later", "earlier", "after", "before", "into", "since"};
  return std::find(std::begin(kAfter), std::end(kAfter), w) != std::end(kAfter);
}

// The length is said of one of the fact's trigger hits itself: "the 12-year war", "12 years of (civil) war",
// "fought for 12 years", "a campaign of eight years". A length elsewhere in the sentence may be anything's.
bool LengthOfTrigger(const SlotContext& c, const QuantityMention& q) {
  const Sentence& s = c.s;
  const std::size_t next = AfterUnit(s, q);
  const bool of_after = next < s.tokens.size() && s.tokens[next].norm == "of"sv;
  const std::size_t first = q.first_token;  // "for" or "of" right before the figure
  const bool linked_before = first > 0 && (s.tokens[first - 1].norm == "for"sv || s.tokens[first - 1].norm == "of"sv);
  return std::any_of(c.triggers.begin(), c.triggers.end(), [&](const PhraseHit* h) {
    if (h->first_token == next) return true;
    if (of_after && (h->first_token == next + 1 || h->first_token == next + 2)) return true;
    return linked_before && h->last_token == first - 1;
  });
}

}  // namespace

void ComparePeriodDuration(SlotContext& c) {
  const Fact& fact = *c.fact.fact;
  if (!fact.period_from) return;
  // "during 1976" (the same day, month or year at both ends) says when, not how long.
  if (fact.period_to && fact.period_to->first == fact.period_from->first &&
      fact.period_to->last == fact.period_from->last) {
    return;
  }
  std::optional<DateRange> to = fact.period_to;
  if (!to) {  // still going on: as long as it has lasted on the day of the text
    if (!c.reference) return;
    const int today = DaysFromCivil(c.reference->year, c.reference->month, c.reference->day);
    to = DateRange{today, today, DateGranularity::kDay};
  }
  const double shortest = static_cast<double>(to->first - fact.period_from->last);  // days
  const double longest = static_cast<double>(to->last - fact.period_from->first);
  if (longest <= 0) return;
  constexpr double kYear = 365.25;
  for (std::size_t i = 0; i < c.s.quantities.size(); ++i) {
    const QuantityMention& q = c.s.quantities[i];
    if (c.used_quantities[i] || q.quantity.dimension != "duration" || q.quantity.vague || q.quantity.negated) continue;
    if (NotALength(c.s, q) || !LengthOfTrigger(c, q)) continue;
    c.used_quantities[i] = true;
    // How far the text's interval lies from the span's: writers round, so a year (or a tenth of the span) either
    // way agrees; off by more than two years and a quarter of the span contradicts; in between says nothing.
    double gap = 0;
    if (q.quantity.high < shortest) gap = shortest - q.quantity.high;
    if (q.quantity.low > longest) gap = q.quantity.low - longest;
    const bool agrees = gap <= std::max(kYear, 0.1 * longest);
    if (!agrees && gap <= std::max(2 * kYear, 0.25 * longest)) return;
    const double years = std::round((shortest + longest) / 2 / kYear * 10) / 10;
    const ByteSpan said{q.quantity.span.begin, std::max(q.quantity.span.end, q.quantity.unit_span.end)};  // "12-year"
    SlotResult r = MakeSlot("period", agrees ? Verdict::kSupported : Verdict::kContradicted, said, SpanString(c.s, said),
                            FormatNumber(years) + " years (" + DescribePeriod(fact.period_from, fact.period_to) + ")");
    if (!agrees) r.distance = gap / kYear;
    AddSlot(c, std::move(r));
    return;
  }
}

// --- places and participants ---------------------------------------------------------------------------------------

void ComparePlace(SlotContext& c) {
  if (c.fact.place < 0) return;
  const std::vector<KnownEntity>& known = c.facts.entities.entities();
  const KnownEntity& place = known[static_cast<std::size_t>(c.fact.place)];
  const EntityMention* best = nullptr;
  PlaceRelation best_relation = PlaceRelation::kUnrelated;
  std::size_t best_gap = kNone;
  for (const EntityMention& m : c.s.entities) {
    if (c.s.clauses.InAnchor(m.first_token)) continue;
    // "launched from Sriharikota": "from" right after the fact's verb gives its place too.
    const bool from_trigger = m.first_token > 0 && c.s.tokens[m.first_token - 1].norm == "from"sv &&
                              DistanceToTriggerInScope(c, m.first_token - 1, m.first_token) == 0;
    // "Storm Daniel struck western Libya": the place right after the fact's verb is where it happened.
    std::size_t object = m.first_token;
    if (object > 0 && words::IsPlaceModifier(c.s.tokens[object - 1].norm)) --object;
    // Countries after a verb are mostly its other party ("beating France"), so only regions and cities.
    const bool region_or_city = std::any_of(m.hits.begin(), m.hits.end(), [&](const EntityHit& h) {
      const EntityKind k = known[static_cast<std::size_t>(h.entity)].kind;
      return k == EntityKind::kRegion || k == EntityKind::kCity || k == EntityKind::kVenue;
    });
    const bool direct_object = region_or_city && std::any_of(c.triggers.begin(), c.triggers.end(),
                                                             [&](const PhraseHit* h) { return h->last_token == object; });
    if (!IsPlace(c.s, m) && !from_trigger && !direct_object) continue;
    PlaceRelation relation = RelatePlace(c.facts.entities, m, c.fact.place);
    // "counterparts from Iran" names where people come from, not where the meeting was: after "from", only a
    // place of the same kind as the fact's (a city for a city) is read as its place.
    if (from_trigger && !IsPlace(c.s, m) && !direct_object && relation == PlaceRelation::kDifferent &&
        std::none_of(m.hits.begin(), m.hits.end(), [&](const EntityHit& h) {
          return known[static_cast<std::size_t>(h.entity)].kind == place.kind;
        })) {
      continue;
    }
    if (relation == PlaceRelation::kUnrelated) continue;
    const std::size_t gap = DistanceToTriggerInScope(c, m.first_token, m.last_token);
    if (gap == kNone) continue;
    if (!best || gap < best_gap) {
      best = &m;
      best_relation = relation;
      best_gap = gap;
    }
  }
  if (!best) return;
  SlotResult r = MakeSlot("place", best_relation == PlaceRelation::kDifferent ? Verdict::kContradicted
                                                                                : Verdict::kSupported,
                          best->span, SpanString(c.s, best->span), "in " + place.name);
  r.weak = best_relation == PlaceRelation::kContains;
  // Another place contradicts only as the venue of the fact's own verb ("met in Ankara"); further away it may be
  // a topic ("talks about the siege in Aleppo"), so it only tells that this may be another event.
  if (best_relation == PlaceRelation::kDifferent && best_gap > 3) {
    r.verdict = Verdict::kUnverified;
    r.against = true;
    r.note = "another place, not clearly where it happened";
  }
  AddSlot(c, std::move(r));
}

namespace {

// How far an opening participial clause may run past its trigger to its comma.
constexpr std::size_t kMaxOpeningClauseTokens = 12;

// The subject of a sentence that opens with a participial clause ending at the comma `comma`: the name right
// after it, after a title ("Writing for the majority, Justice Samuel Alito said").
const EntityMention* SubjectAfter(const Sentence& s, std::size_t comma) {
  std::size_t at = comma + 1;
  const auto [first, last] = s.OfficesStartingIn(at, at + 1);
  if (first != last) at = first->last_token;
  return s.EntityStartingAt(at);
}

// The person who did what the fact's trigger says: right before it ("Justice Clarence Thomas wrote"), or after
// "by" right after it ("written by Samuel Alito"); for a trigger that opens a clause set off by commas, the name
// the clause hangs on: "Writing for the majority, Alito said", "Alito, writing for the majority, said", "Alito,
// who wrote the opinion, said". nullptr when there is none.
const EntityMention* Doer(const SlotContext& c) {
  const std::vector<KnownEntity>& known = c.facts.entities.entities();
  const std::vector<Token>& t = c.s.tokens;
  auto person = [&](const EntityMention* m) {
    return m && !c.s.clauses.InAnchor(m->first_token) &&
           std::any_of(m->hits.begin(), m->hits.end(), [&](const EntityHit& h) {
             return known[static_cast<std::size_t>(h.entity)].kind == EntityKind::kPerson;
           });
  };
  auto comma = [&](std::size_t i) { return i < t.size() && t[i].norm == ","sv; };
  for (const PhraseHit* h : c.triggers) {
    const std::size_t f = h->first_token;
    if (const EntityMention* before = c.s.EntityEndingAt(f); person(before)) return before;
    if (t[h->last_token - 1].norm == "by"sv) {  // the trigger holds the "by": "written by"
      if (const EntityMention* after = c.s.EntityStartingAt(h->last_token); person(after)) return after;
    } else if (h->last_token + 1 < t.size() && t[h->last_token].norm == "by"sv) {
      if (const EntityMention* after = c.s.EntityStartingAt(h->last_token + 1); person(after)) return after;
    }
    const bool participle = IsParticiple(t[f].norm);
    if (participle && f == 0) {  // the sentence opens with the clause: its subject follows the clause's comma
      std::size_t k = h->last_token;
      while (k < t.size() && k < h->last_token + kMaxOpeningClauseTokens && !comma(k) && !c.s.EntityStartingAt(k)) ++k;
      if (comma(k)) {
        if (const EntityMention* subject = SubjectAfter(c.s, k); person(subject)) return subject;
      }
      continue;
    }
    // ", writing for the majority," or ", who (had) written" right after the name
    std::size_t k = f;
    if (!participle) {
      if (k > 0 && (t[k - 1].norm == "had"sv || t[k - 1].norm == "has"sv || t[k - 1].norm == "have"sv)) --k;
      if (k == 0 || t[k - 1].norm != "who"sv) continue;
      --k;
    }
    if (k >= 2 && comma(k - 1)) {
      if (const EntityMention* name = c.s.EntityEndingAt(k - 1); person(name)) return name;
    }
  }
  return nullptr;
}

// The one person the sentence says did it, when the fact's participants are people; nullptr otherwise. `listed`:
// whether that person is one of them.
const EntityMention* PersonDoer(const SlotContext& c, bool* listed) {
  if (!c.fact.people) return nullptr;
  const EntityMention* doer = Doer(c);
  if (!doer) return nullptr;
  *listed = NamesParticipant(c, *doer);
  return doer;
}

// A participant named as the one who did it or as what the fact's word names: after "by" ("picked up by the USS
// Hornet"), or right after the word used as a noun ("the recovery carrier USS Hornet"); nullptr when none is. Not
// a verb's object ("met Syria's president", "bought Nordmark"): that says nothing of who took part.
const EntityMention* ParticipantAfterTrigger(const SlotContext& c) {
  const std::vector<Token>& t = c.s.tokens;
  for (const PhraseHit* h : c.triggers) {
    std::size_t at = h->last_token;
    if (at < t.size() && t[at].norm == "by"sv) {
      ++at;
    } else if (h->first_token == 0 || !words::IsDeterminer(t[h->first_token - 1].norm)) {
      continue;
    }
    if (at < t.size() && t[at].norm == "the"sv) ++at;
    const EntityMention* m = c.s.EntityStartingAt(at);
    if (m && NamesParticipant(c, *m)) return m;
  }
  return nullptr;
}

// A fact whose participants are people ("Samuel Alito wrote the majority opinion"): the one person the sentence
// says did it is one of them (supported), or, the list being closed, someone else (contradicted).
void CompareDoer(SlotContext& c) {
  bool listed = false;
  const EntityMention* doer = PersonDoer(c, &listed);
  if (!doer) {
    // Participants that are no people: only a support, from a name right after the fact's word.
    if (const EntityMention* named = ParticipantAfterTrigger(c)) {
      SlotResult r = MakeSlot("participants", Verdict::kSupported, named->span, SpanString(c.s, named->span),
                              NameList(c.facts.entities, c.fact.participants));
      r.weak = true;  // it names who took part, not which occurrence: no proof against a date or place that disagree
      AddSlot(c, std::move(r));
    }
    return;
  }
  if (!listed && !c.fact.fact->participants.closed) return;
  AddSlot(c, MakeSlot("participants", listed ? Verdict::kSupported : Verdict::kContradicted, doer->span,
                      SpanString(c.s, doer->span), NameList(c.facts.entities, c.fact.participants)));
}

}  // namespace

void CompareParticipants(SlotContext& c) {
  const Participants& participants = c.fact.fact->participants;
  if (c.fact.participants.empty()) return;
  const ClaimedParticipants claimed = ClaimParticipants(
      c.facts.entities, c.s, c.fact.participants,
      [&](int person) { return c.facts.OfficeOf(person, c.fact.participants); }, c.dateline_end);
  c.match->score += claimed.jaccard;
  if (claimed.largest_group < 2) {
    CompareDoer(c);
    return;
  }
  std::string expected = NameList(c.facts.entities, c.fact.participants) + (participants.closed ? " (only)" : "");
  if (claimed.outsider) {
    // "Spain beat England ... to claim a fourth title": of a one-party fact, the other side is its opponent.
    if (!participants.closed || (claimed.outsider_opposed && c.fact.participants.size() == 1)) return;
    const EntityMention& m = *claimed.outsider;
    AddSlot(c, MakeSlot("participants", Verdict::kContradicted, m.span, SpanString(c.s, m.span), expected));
    return;
  }
  // "President Johnson telephoned Armstrong and Aldrin": the list agrees, and the one who called is someone else.
  bool listed = false;
  if (const EntityMention* doer = PersonDoer(c, &listed); doer && !listed && participants.closed) {
    AddSlot(c, MakeSlot("participants", Verdict::kContradicted, doer->span, SpanString(c.s, doer->span), expected));
    return;
  }
  AddSlot(c, MakeSlot("participants", Verdict::kSupported, claimed.span, SpanString(c.s, claimed.span), expected));
}

// "Two British cave divers found the boys", "were found on Monday by two British divers": a count whose noun is a
// word of the statement ("divers"), as the doer of the trigger, counts an event's participants when they are people.
// Not what the trigger is done to ("found the 14 miners"), the subject of a passive ("the miners were found"), a
// noun of something else ("the first of seven Apollo missions to land"), or "by" after an active verb ("edged him
// by five thousandths").
bool CountsDoers(const SlotContext& c, const QuantityMention& q) {
  const Quantity& v = q.quantity;
  const Sentence& s = c.s;
  if (!c.fact.people || v.percent || v.is_ordinal || v.low != v.high || v.low < 2 || v.low > 40) return false;
  auto passive = [&](const PhraseHit* h) { return h->first_token > 0 && IsBeWord(s.tokens[h->first_token - 1].norm); };
  // The noun: the last of up to three words after the figure, before a common word or a trigger.
  std::size_t head = s.tokens.size();
  for (std::size_t i = q.last_token; i < s.tokens.size() && i < q.last_token + 3; ++i) {
    const Token& t = s.tokens[i];
    const bool trigger = std::any_of(c.triggers.begin(), c.triggers.end(),
                                     [&](const PhraseHit* h) { return h->first_token == i; });
    if (t.kind != TokenKind::kWord || words::IsCommonWord(t.norm) || trigger) break;
    head = i;
  }
  if (head >= s.tokens.size() || s.tokens[head].capitalized || !c.fact.SpeaksOf(s.stems[head])) return false;
  if (q.first_token > 0 && s.tokens[q.first_token - 1].norm == "by"sv) {
    return std::any_of(c.triggers.begin(), c.triggers.end(), [&](const PhraseHit* h) {
      return h->last_token <= q.first_token && passive(h) && s.clauses.SameScope(h->first_token, q.first_token);
    });
  }
  // The trigger next after the noun, near it ("Two British cave divers, John Volanthen and Rick Stanton, found").
  for (const PhraseHit* h : c.triggers) {
    if (h->first_token > head) return h->first_token <= head + kClueWindow && !passive(h);
  }
  return false;
}

void CompareParticipantCount(SlotContext& c) {
  const Participants& p = c.fact.fact->participants;
  const int expected = p.count ? *p.count : (p.closed ? static_cast<int>(p.entities.size()) : 0);
  if (expected <= 0) return;
  for (std::size_t i = 0; i < c.s.quantities.size(); ++i) {
    const QuantityMention& q = c.s.quantities[i];
    if (c.used_quantities[i] || !(CountsParticipants(c.s, q) || CountsDoers(c, q))) continue;
    if (DistanceToTriggerInScope(c, q.first_token, q.last_token) == kNone) continue;
    c.used_quantities[i] = true;
    const bool fits = q.quantity.low <= expected && expected <= q.quantity.high;
    AddSlot(c, MakeSlot("count", fits ? Verdict::kSupported : Verdict::kContradicted, q.quantity.span,
                        SpanString(c.s, q.quantity.span), std::to_string(expected) + " participants"));
    return;
  }
}

}  // namespace claimcheck
