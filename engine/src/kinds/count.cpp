// count: how many times something happened ("Türkiye has launched three major military incursions since 2016").
// Fields: values, counted, actor, period, items. The number stands right before the counted word (a trigger).
#include "report/format.h"
#include "kinds/kind.h"
#include "kinds/reader.h"
#include "match/slot_rules.h"

namespace claimcheck {
namespace {

constexpr std::size_t kCountWindow = 3;  // words between "three" and "incursions" ("three major military ...")

constexpr loader::FieldSpec kFields[] = {
    {"values", true}, {"counted", true}, {"actor", true}, {"period", true}, {"items", false}};

void Read(KindReader& r, const loader::Json& v, Fact* fact) {
  r.ReadValues(v, *fact, true, &fact->count_values);
  r.String(v, "counted", &fact->counted);
  r.Id(v, "actor", &fact->actor);
  r.ReadSpan(v, "period", &fact->period_from, &fact->period_to);
  r.StringList(v, "items", false, &fact->items);
}

// A count is compared only over the fact's own window: "since 2016", or no window at all. A date right after
// what is counted ("three incursions in 2019") counts over another window; one elsewhere ("..., the latest in
// 2019") does not change it.
bool WindowMatches(const SlotContext& c, const QuantityMention& q) {
  const std::optional<DateRange>& from = c.fact.fact->period_from;
  bool since_seen = false;
  for (const DateAt& d : c.s.dates) {
    if (ForeignDate(c, d) || !d.date.since || !c.s.clauses.SameScope(d.first_token, q.first_token)) continue;
    since_seen = true;
    if (!from || !SameAtCoarser(d.date.range, *from)) return false;
  }
  if (since_seen) return true;
  for (const DateAt& d : c.s.dates) {
    if (!ForeignDate(c, d) && !AttributiveDate(c.s, d) && d.first_token >= q.last_token &&
        d.first_token - q.last_token <= kCountWindow + 3) {
      return false;
    }
  }
  return true;
}

void Compare(SlotContext& c) {
  const Fact& fact = *c.fact.fact;
  if (fact.count_values.empty()) return;
  for (std::size_t i = 0; i < c.s.quantities.size(); ++i) {
    const QuantityMention& q = c.s.quantities[i];
    if (c.used_quantities[i] || q.quantity.is_ordinal || q.quantity.percent || PartOfGroup(c.s, q)) continue;
    if (!Precedes(c.s, q.last_token, c.fact.triggers, kCountWindow)) continue;
    c.used_quantities[i] = true;
    std::string expected = JoinedValues(fact.count_values) + " " + fact.counted;
    if (fact.period_from) expected += " since " + FormatDateRange(*fact.period_from);
    SlotResult r = MakeSlot("count", Verdict::kSupported, q.quantity.span, SpanString(c.s, q.quantity.span), expected);
    if (!WindowMatches(c, q)) {
      r.verdict = Verdict::kUnverified;
      r.note = "the text counts over another period";
    } else if (!QuantityFits(q.quantity, fact.count_values)) {
      r.verdict = Verdict::kContradicted;
    }
    AddSlot(c, std::move(r));
    return;
  }
}

}  // namespace

extern const KindSpec kCountKind{"count", FactKind::kCount, kFields, Read, Compare};

}  // namespace claimcheck
