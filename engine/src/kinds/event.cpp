// event: something that happened on a date, maybe at a place, with participants and figures of its own
// ("Türkiye launched airstrikes on northern Syria on 20 November 2022, killing dozens").
// Fields: date, place, participants, quantities.
#include <algorithm>

#include "kinds/kind.h"
#include "kinds/reader.h"
#include "match/analysis.h"
#include "match/words.h"

namespace claimcheck {
namespace {

constexpr loader::FieldSpec kFields[] = {{"date", true},        {"place", false},      {"participants", false},
                                         {"quantities", false}, {"winner", false}};
constexpr loader::FieldSpec kQuantityFields[] = {
    {"measure", true}, {"unit", true}, {"triggers", true}, {"values", true}, {"place", false}};

void Read(KindReader& r, const loader::Json& v, Fact* fact) {
  r.ReadDateObject(v, "date", &fact->date, &fact->time);
  r.Id(v, "place", &fact->place);
  r.ReadParticipants(v, &fact->participants);
  r.ForEachItem(v, "quantities", false, [&](const loader::Json& item) {
    fact->quantities.emplace_back();
    if (!r.CheckObject(item, kQuantityFields, {})) return;
    r.ReadQuantitySlot(item, *fact, true, &fact->quantities.back());
  });
  if (r.Id(v, "winner", &fact->winner)) {
    const std::vector<std::string>& listed = fact->participants.entities;
    if (std::find(listed.begin(), listed.end(), fact->winner) == listed.end()) {
      KindReader::At at(&r, "winner");
      r.Fail("unknown-reference", "expected one of this event's participants, found " + loader::Quote(fact->winner));
    }
  }
}

// "Corvane shares fell 2.8% on Wednesday", of a fact on a rally: a move the other way is another event. The sentence
// says only the other way, in the scope of one of the fact's words.
bool MovesTheOtherWay(const SlotContext& c) {
  const int fact = c.fact.direction;
  if (fact == 0) return false;
  int said = 0;
  for (std::size_t i = 0; i < c.s.tokens.size(); ++i) {
    const int d = words::DirectionOf(c.s.tokens[i].norm);
    if (d == 0 || c.s.in_figure[i]) continue;
    const bool near = std::any_of(c.triggers.begin(), c.triggers.end(),
                                  [&](const PhraseHit* h) { return c.s.clauses.SameScope(i, h->first_token); });
    if (!near) continue;
    if (said != 0 && said != d) return false;  // both ways: not clear
    said = d;
  }
  return said != 0 && said != fact;
}

void Compare(SlotContext& c) {
  if (MovesTheOtherWay(c)) return;
  CompareFigures(c);
  CompareEventDate(c);
  ComparePlace(c);
  CompareParticipants(c);
  CompareParticipantCount(c);
}

}  // namespace

extern const KindSpec kEventKind{"event", FactKind::kEvent, kFields, Read, Compare};

}  // namespace claimcheck
