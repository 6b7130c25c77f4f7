// Slot comparison: what one sentence says about one fact, slot by slot.
//
// Each slot looks for the mention that the sentence ties to the fact (a figure next to the fact's measure word,
// the date nearest its trigger, the place after "in", the list of names coordinated with one of its
// participants, the office in apposition to its person) and compares values as intervals: overlap supports,
// disjoint contradicts. When the sentence does not tie a mention to the slot, the slot stays silent: a false
// "contradicted" is the worst outcome, so every rule here prefers saying nothing.
#include <algorithm>
#include <cmath>
#include <limits>

#include "compiled.h"
#include "format.h"
#include "offices.h"
#include "slot_rules.h"
#include "work_counters.h"

namespace claimcheck {
namespace {

constexpr std::size_t kMeasureWindow = 6;  // words between a figure and its measure word ("killed", "dead")
constexpr std::size_t kCountWindow = 3;    // words between "three" and "incursions" ("three major military ...")
constexpr double kSameEventYears = 1.5;    // an event dated further off than this is likely another occurrence

bool Overlap(double a_low, double a_high, bool a_low_open, bool a_high_open, const ValueRange& b) {
  const double low = std::max(a_low, b.low);
  const double high = std::min(a_high, b.high);
  if (low < high) return true;
  if (low > high) return false;
  const bool low_open = (a_low == low && a_low_open) || (b.low == low && b.low_open);
  const bool high_open = (a_high == high && a_high_open) || (b.high == high && b.high_open);
  return !low_open && !high_open;
}

bool QuantityFits(const Quantity& q, const std::vector<ValueRange>& values) {
  return std::any_of(values.begin(), values.end(),
                     [&](const ValueRange& v) { return Overlap(q.low, q.high, q.low_open, q.high_open, v); });
}

bool ExceedsAll(const Quantity& q, const std::vector<ValueRange>& values) {
  return std::all_of(values.begin(), values.end(), [&](const ValueRange& v) {
    return q.low > v.high || (q.low == v.high && (q.low_open || v.high_open));
  });
}

std::string Joined(const std::vector<ValueRange>& values) {
  std::string out;
  for (const ValueRange& v : values) out += (out.empty() ? "" : " or ") + FormatValue(v);
  return out;
}

std::string Text(const Sentence& s, ByteSpan span) { return std::string(SpanText(s.text, span)); }

// Nearest hit of any of `phrases` to tokens [first, last); SIZE_MAX when none. Per phrase, a binary search in its
// hits (sorted by first token) and a look at the few hits that start before `first` and may reach it.
std::size_t NearestHit(const Sentence& s, const std::vector<int>& phrases, std::size_t first, std::size_t last) {
  std::size_t best = std::numeric_limits<std::size_t>::max();
  for (int phrase : phrases) {
    const auto [begin, end] = s.HitsOf(phrase);
    const PhraseHit* at = std::lower_bound(begin, end, first, [](const PhraseHit& h, std::size_t v) {
      return h.first_token < v;
    });
    if (at != end) best = std::min(best, Gap(first, last, at->first_token, at->last_token));
    for (const PhraseHit* h = at; h != begin;) {
      --h;
      CountWork(&WorkCounters::comparisons);
      best = std::min(best, Gap(first, last, h->first_token, h->last_token));
      if (h->first_token + kMaxHitTokens < first) break;
    }
  }
  return best;
}

// Nearest hit of a measure word that belongs to another quantity slot, when it is nearer than `within` tokens;
// SIZE_MAX otherwise.
std::size_t NearestOtherMeasure(const CompiledFacts& facts, const Sentence& s, const std::vector<int>& own,
                                std::size_t first, std::size_t last, std::size_t within) {
  std::size_t best = std::numeric_limits<std::size_t>::max();
  if (within == std::numeric_limits<std::size_t>::max()) return best;
  const std::size_t from = first > within + kMaxHitTokens ? first - within - kMaxHitTokens : 0;
  const auto [begin, end] = s.HitsStartingIn(from, last + within + 1);
  for (const PhraseHit* hit = begin; hit != end; ++hit) {
    if (!facts.measure_phrase[static_cast<std::size_t>(hit->phrase)]) continue;
    if (std::find(own.begin(), own.end(), hit->phrase) != own.end()) continue;
    const std::size_t gap = Gap(first, last, hit->first_token, hit->last_token);
    if (gap < within) best = std::min(best, gap);
  }
  return best;
}

struct Context {
  const CompiledFacts& facts;
  const CompiledFact& fact;
  const Sentence& s;
  std::optional<CivilDate> reference;
  std::size_t dateline_end;
  FactMatch* match;
  std::vector<bool> used_quantities;
};

void Add(Context& c, SlotResult r) { c.match->slots.push_back(std::move(r)); }

SlotResult Make(const char* slot, Verdict verdict, ByteSpan span, std::string found, std::string expected) {
  SlotResult r;
  r.slot = slot;
  r.verdict = verdict;
  r.span = span;
  r.found = std::move(found);
  r.expected = std::move(expected);
  return r;
}

bool InDateline(const Context& c, const DateAt& d) { return d.date.span.end <= c.dateline_end; }

// --- quantities ------------------------------------------------------------------------------------------------

// A figure dated before the fact's as-of date is about another time (tolls grow): not comparable. Dates that
// say when something began ("the war, which began in 2011, has killed ...") do not date the figure.
bool DatedEarlier(const Context& c, const ValueRange& value) {
  if (!value.as_of) return false;
  for (const DateAt& d : c.s.dates) {
    if (InDateline(c, d) || d.date.since || StartsSomething(c.s, d)) continue;
    if (d.date.range.last < value.as_of->first) return true;
  }
  return false;
}

void CompareQuantities(Context& c) {
  for (const CompiledQuantity& slot : c.fact.quantities) {
    const bool dated_earlier = c.fact.fact->kind == FactKind::kQuantity &&
                               std::all_of(slot.slot->values.begin(), slot.slot->values.end(),
                                           [&](const ValueRange& v) { return DatedEarlier(c, v); });
    for (std::size_t i = 0; i < c.s.quantities.size(); ++i) {
      const QuantityMention& q = c.s.quantities[i];
      if (c.used_quantities[i] || !CountsThings(q.quantity)) continue;
      const std::size_t gap = NearestHit(c.s, slot.triggers, q.first_token, q.last_token);
      if (gap > kMeasureWindow) continue;
      if (NearestOtherMeasure(c.facts, c.s, slot.triggers, q.first_token, q.last_token, gap) < gap) continue;
      c.used_quantities[i] = true;
      SlotResult r = Make("quantity", Verdict::kSupported, q.quantity.span, Text(c.s, q.quantity.span),
                   Joined(slot.slot->values));
      if (dated_earlier) {
        r.verdict = Verdict::kUnverified;
        r.note = "the figure is dated before the fact base's figure";
      } else if (!QuantityFits(q.quantity, slot.slot->values)) {
        r.verdict = Verdict::kContradicted;
      }
      // "thousands of civilians" is a part of the toll: it contradicts only by exceeding the whole.
      if (CountsPart(q.quantity) && !ExceedsAll(q.quantity, slot.slot->values)) {
        r.verdict = Verdict::kUnverified;
        r.note = "the figure counts only part of the " + slot.slot->measure;
      }
      if (!slot.slot->measure.empty()) r.expected += " (" + slot.slot->measure + ")";
      Add(c, std::move(r));
    }
  }
}

// --- dates -----------------------------------------------------------------------------------------------------


// The date nearest to the fact's trigger words, among those `accept` allows; nullptr when none.
template <typename Accept>
const DateAt* NearestDate(const Context& c, Accept accept) {
  const DateAt* best = nullptr;
  std::size_t best_gap = std::numeric_limits<std::size_t>::max();
  for (const DateAt& d : c.s.dates) {
    if (InDateline(c, d) || !accept(d)) continue;
    std::size_t gap = NearestHit(c.s, c.fact.triggers, d.first_token, d.last_token);
    if (gap == std::numeric_limits<std::size_t>::max()) gap = c.s.tokens.size();
    if (!best || gap < best_gap) {
      best = &d;
      best_gap = gap;
    }
  }
  return best;
}

double YearsApart(const DateRange& a, const DateRange& b) {
  if (a.last < b.first) return (b.first - a.last) / 365.25;
  if (b.last < a.first) return (a.first - b.last) / 365.25;
  return 0;
}

void AddDate(Context& c, const char* slot, const DateAt& d, const DateRange& fact_range, std::string expected) {
  SlotResult r = Make(slot, Verdict::kSupported, d.date.span, Text(c.s, d.date.span), std::move(expected));
  if (!SameAtCoarser(d.date.range, fact_range)) {
    r.verdict = Verdict::kContradicted;
    r.distance = YearsApart(d.date.range, fact_range);
  }
  Add(c, std::move(r));
}

void CompareEventDate(Context& c) {
  const std::optional<DateRange>& date = c.fact.fact->date;
  if (!date) return;
  const DateAt* d = NearestDate(c, [](const DateAt& x) { return !x.date.since && !x.date.until; });
  if (!d) return;
  AddDate(c, "date", *d, *date, FormatDateRange(*date));
  // Years away from the fact, the text is most likely about another occurrence of the same kind of event.
  SlotResult& r = c.match->slots.back();
  if (r.verdict == Verdict::kContradicted && r.distance > kSameEventYears) {
    r.verdict = Verdict::kUnverified;
    r.against = true;
    r.note = "dated years away from the fact: likely another occurrence";
  }
}

void ComparePeriod(Context& c) {
  const Fact& fact = *c.fact.fact;
  if (!fact.period_from && !fact.period_to) return;
  // "until 2011" says when it ended, which a period given as "the 2000s" cannot settle.
  const DateAt* d = NearestDate(c, [](const DateAt& x) { return !x.date.until; });
  if (!d) return;
  if (d->date.since || StartsSomething(c.s, *d)) {
    if (fact.period_from) AddDate(c, "period", *d, *fact.period_from, "since " + FormatDateRange(*fact.period_from));
    return;
  }
  AddDate(c, "period", *d, SpanOf(fact.period_from, fact.period_to), DescribePeriod(fact.period_from, fact.period_to));
}

// --- places and participants --------------------------------------------------------------------------------

void ComparePlace(Context& c) {
  if (c.fact.place < 0) return;
  const std::vector<KnownEntity>& known = c.facts.entities.entities();
  const KnownEntity& place = known[static_cast<std::size_t>(c.fact.place)];
  for (const EntityMention& m : c.s.entities) {
    if (!IsPlace(c.s, m)) continue;
    const PlaceRelation relation = RelatePlace(known, m, c.fact.place);
    if (relation == PlaceRelation::kUnrelated) continue;
    SlotResult r = Make("place", relation == PlaceRelation::kDifferent ? Verdict::kContradicted : Verdict::kSupported,
                        m.span, Text(c.s, m.span), "in " + place.name);
    r.weak = relation == PlaceRelation::kContains;
    // Another city contradicts only as the venue of the fact's own verb ("met in Ankara"); further away it may
    // be a topic ("talks about the siege in Aleppo"), so it only tells that this may be another event.
    if (relation == PlaceRelation::kDifferent && NearestHit(c.s, c.fact.triggers, m.first_token, m.last_token) > 3) {
      r.verdict = Verdict::kUnverified;
      r.against = true;
      r.note = "another city, not clearly the venue";
    }
    Add(c, std::move(r));
    return;
  }
}

void CompareParticipants(Context& c) {
  const Participants& participants = c.fact.fact->participants;
  if (c.fact.participants.empty()) return;
  const ClaimedParticipants claimed = ClaimParticipants(c.facts.entities, c.s, c.fact.participants);
  c.match->score += claimed.jaccard;
  if (claimed.largest_group < 2) return;
  std::string expected = NameList(c.facts.entities, c.fact.participants) + (participants.closed ? " (only)" : "");
  if (claimed.outsider) {
    if (!participants.closed) return;
    const EntityMention& m = *claimed.outsider;
    Add(c, Make("participants", Verdict::kContradicted, m.span, Text(c.s, m.span), expected));
    return;
  }
  Add(c, Make("participants", Verdict::kSupported, claimed.span, Text(c.s, claimed.span), expected));
}

void CompareParticipantCount(Context& c) {
  const Participants& p = c.fact.fact->participants;
  const int expected = p.count ? *p.count : (p.closed ? static_cast<int>(p.entities.size()) : 0);
  if (expected <= 0) return;
  for (std::size_t i = 0; i < c.s.quantities.size(); ++i) {
    const QuantityMention& q = c.s.quantities[i];
    if (c.used_quantities[i] || !CountsParticipants(c.s, q)) continue;
    c.used_quantities[i] = true;
    const bool fits = q.quantity.low <= expected && expected <= q.quantity.high;
    Add(c, Make("count", fits ? Verdict::kSupported : Verdict::kContradicted, q.quantity.span,
            Text(c.s, q.quantity.span), std::to_string(expected) + " participants"));
    return;
  }
}

// --- counts and ordinals ----------------------------------------------------------------------------------------

// A count is compared only over the fact's own window: "since 2016", or no window at all. A date right after
// what is counted ("three incursions in 2019") counts over another window; one elsewhere ("..., the latest in
// 2019") does not change it.
bool CountWindowMatches(const Context& c, const QuantityMention& q) {
  const std::optional<DateRange>& from = c.fact.fact->period_from;
  bool since_seen = false;
  for (const DateAt& d : c.s.dates) {
    if (InDateline(c, d) || !d.date.since) continue;
    since_seen = true;
    if (!from || !SameAtCoarser(d.date.range, *from)) return false;
  }
  if (since_seen) return true;
  for (const DateAt& d : c.s.dates) {
    if (!InDateline(c, d) && d.first_token >= q.last_token && d.first_token - q.last_token <= kCountWindow + 3) {
      return false;
    }
  }
  return true;
}

void CompareCount(Context& c) {
  const Fact& fact = *c.fact.fact;
  if (fact.count_values.empty()) return;
  for (std::size_t i = 0; i < c.s.quantities.size(); ++i) {
    const QuantityMention& q = c.s.quantities[i];
    if (c.used_quantities[i] || q.quantity.is_ordinal || q.quantity.percent) continue;
    if (!Precedes(c.s, q.last_token, c.fact.triggers, kCountWindow)) continue;
    c.used_quantities[i] = true;
    std::string expected = Joined(fact.count_values) + " " + fact.counted;
    if (fact.period_from) expected += " since " + FormatDateRange(*fact.period_from);
    SlotResult r = Make("count", Verdict::kSupported, q.quantity.span, Text(c.s, q.quantity.span), expected);
    if (!CountWindowMatches(c, q)) {
      r.verdict = Verdict::kUnverified;
      r.note = "the text counts over another period";
    } else if (!QuantityFits(q.quantity, fact.count_values)) {
      r.verdict = Verdict::kContradicted;
    }
    Add(c, std::move(r));
    return;
  }
}

void CompareOrdinal(Context& c) {
  const Fact& fact = *c.fact.fact;
  if (fact.ordinal <= 0) return;
  for (std::size_t i = 0; i < c.s.quantities.size(); ++i) {
    const QuantityMention& q = c.s.quantities[i];
    if (c.used_quantities[i] || !q.quantity.is_ordinal) continue;
    if (!Precedes(c.s, q.last_token, c.fact.triggers, kCountWindow)) continue;
    c.used_quantities[i] = true;
    const bool same = q.quantity.low == fact.ordinal;
    Add(c, Make("ordinal", same ? Verdict::kSupported : Verdict::kContradicted, q.quantity.span,
            Text(c.s, q.quantity.span), Ordinal(fact.ordinal) + " " + fact.series));
    return;
  }
}

// --- roles ------------------------------------------------------------------------------------------------------

void CompareRole(Context& c) {
  const CompiledFact& f = c.fact;
  if (f.person < 0 || f.office < 0) return;
  if (c.reference && !RoleHeldOn(*f.fact, *c.reference)) return;
  for (const EntityMention& person : c.s.entities) {
    if (!HasEntity(person, f.person)) continue;
    const std::optional<RolePhrase> phrase = FindRolePhrase(c.s, person);
    if (!phrase || phrase->office.former) continue;
    const RoleVerdict verdict = JudgeRole(c.facts.entities, *phrase, f.office, f.office_of);
    if (verdict == RoleVerdict::kSilent) continue;
    const KnownEntity* of = f.office_of >= 0 ? &c.facts.entities.entities()[static_cast<std::size_t>(f.office_of)]
                                             : nullptr;
    std::string expected = Offices().Name(f.office) + (of ? " of " + of->name : "");
    Add(c, Make("role", verdict == RoleVerdict::kSame ? Verdict::kSupported : Verdict::kContradicted, phrase->span,
            Text(c.s, phrase->span), expected));
    return;
  }
}

}  // namespace

bool Mentions(const EntityDictionary& dict, const Sentence& sentence, int entity) {
  const std::vector<KnownEntity>& known = dict.entities();
  for (const EntityMention& m : sentence.entities) {
    for (const EntityHit& h : m.hits) {
      // A place inside the entity evidences it too: "northern Syria" is about Syria.
      if (h.entity == entity || known[static_cast<std::size_t>(h.entity)].country == entity) return true;
    }
  }
  return false;
}

FactMatch CompareFact(const CompiledFacts& facts, int fact, const Sentence& sentence,
                      std::optional<CivilDate> reference, std::size_t dateline_end) {
  FactMatch match;
  match.fact = fact;
  const CompiledFact& f = facts.facts[static_cast<std::size_t>(fact)];
  for (int trigger : f.triggers) {
    const auto [first, last] = sentence.HitsOf(trigger);
    for (const PhraseHit* hit = first; hit != last; ++hit) match.trigger_tokens.push_back(hit->first_token);
  }
  std::sort(match.trigger_tokens.begin(), match.trigger_tokens.end());
  Context c{facts, f, sentence, reference, dateline_end, &match, std::vector<bool>(sentence.quantities.size())};
  switch (f.fact->kind) {
    case FactKind::kQuantity: CompareQuantities(c); break;
    case FactKind::kEvent:
      CompareQuantities(c);
      CompareEventDate(c);
      ComparePlace(c);
      CompareParticipants(c);
      CompareParticipantCount(c);
      break;
    case FactKind::kRole: CompareRole(c); break;
    case FactKind::kCount: CompareCount(c); break;
    case FactKind::kPeriod:  // its parties are its subject (`about`), not a claim of their own
      ComparePeriod(c);
      break;
    case FactKind::kOrdinal:
      CompareOrdinal(c);
      CompareEventDate(c);
      CompareParticipants(c);
      break;
  }
  for (const SlotResult& r : match.slots) {
    if (r.verdict == Verdict::kSupported) match.score += 1;
    if (r.verdict == Verdict::kContradicted) match.score -= 1 + 0.1 * std::min(1.0, r.distance);
  }
  for (const OfficeMention& o : sentence.offices) {
    if (std::find(f.roles.begin(), f.roles.end(), o.office) != f.roles.end()) match.score += 0.25;
  }
  return match;
}

}  // namespace claimcheck
