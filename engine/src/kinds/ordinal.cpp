// ordinal: the nth of a series ("the 19th International Meeting on Syria"). Fields: ordinal, series, participants,
// date. The ordinal stands right before the series' trigger words.
#include "kinds/kind.h"
#include "kinds/reader.h"
#include "match/slot_rules.h"

namespace claimcheck {
namespace {

constexpr std::size_t kOrdinalWindow = 3;

constexpr loader::FieldSpec kFields[] = {{"ordinal", true}, {"series", true}, {"participants", false}, {"date", false}};

void Read(KindReader& r, const loader::Json& v, Fact* fact) {
  r.Integer(v, "ordinal", 1, &fact->ordinal);
  r.String(v, "series", &fact->series);
  r.ReadParticipants(v, &fact->participants);
  r.ReadDateObject(v, "date", &fact->date);
}

void CompareOrdinal(SlotContext& c) {
  const Fact& fact = *c.fact.fact;
  if (fact.ordinal <= 0) return;
  for (std::size_t i = 0; i < c.s.quantities.size(); ++i) {
    const QuantityMention& q = c.s.quantities[i];
    if (c.used_quantities[i] || !q.quantity.is_ordinal) continue;
    // "for the third time", "for a third time": the rank of the clause's event, wherever its word is.
    const bool nth_time = q.last_token < c.s.tokens.size() &&
                          (c.s.tokens[q.last_token].norm == "time" || c.s.tokens[q.last_token].norm == "times");
    // "a first World Cup title at his fifth attempt": "a first" is a first for someone, not a rank in the series.
    if (!nth_time && q.first_token > 0 &&
        (c.s.tokens[q.first_token - 1].norm == "a" || c.s.tokens[q.first_token - 1].norm == "an")) {
      continue;
    }
    if (nth_time ? DistanceToTriggerInScope(c, q.first_token, q.last_token) == static_cast<std::size_t>(-1)
                 : !Precedes(c.s, q.last_token, c.fact.triggers, kOrdinalWindow)) {
      continue;
    }
    c.used_quantities[i] = true;
    const bool same = q.quantity.low == fact.ordinal;
    AddSlot(c, MakeSlot("ordinal", same ? Verdict::kSupported : Verdict::kContradicted, q.quantity.span,
                        SpanString(c.s, q.quantity.span), Ordinal(fact.ordinal) + " " + fact.series));
    return;
  }
}

void Compare(SlotContext& c) {
  CompareOrdinal(c);
  CompareEventDate(c);
  CompareParticipants(c);
}

}  // namespace

extern const KindSpec kOrdinalKind{"ordinal", FactKind::kOrdinal, kFields, Read, Compare};

}  // namespace claimcheck
