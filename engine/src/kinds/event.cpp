// event: something that happened on a date, maybe at a place, with participants and figures of its own
// ("Türkiye launched airstrikes on northern Syria on 20 November 2022, killing dozens").
// Fields: date, place, participants, quantities.
#include <algorithm>

#include "kinds/kind.h"
#include "kinds/reader.h"

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

void Compare(SlotContext& c) {
  CompareFigures(c);
  CompareEventDate(c);
  ComparePlace(c);
  CompareParticipants(c);
  CompareParticipantCount(c);
}

}  // namespace

extern const KindSpec kEventKind{"event", FactKind::kEvent, kFields, Read, Compare};

}  // namespace claimcheck
