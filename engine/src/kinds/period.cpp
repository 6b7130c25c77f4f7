// period: a state of affairs over a span of time ("Russia has been part of the campaign since September 2015").
// Fields: period, participants. Its participants are its subject (`about`), not a claim of their own.
#include "kinds/kind.h"
#include "kinds/reader.h"

namespace claimcheck {
namespace {

constexpr loader::FieldSpec kFields[] = {{"period", true}, {"participants", true}};

void Read(KindReader& r, const loader::Json& v, Fact* fact) {
  r.ReadSpan(v, "period", &fact->period_from, &fact->period_to);
  r.ReadParticipants(v, &fact->participants);
}

void Compare(SlotContext& c) {
  ComparePeriodDate(c);
  ComparePeriodDuration(c);
}

}  // namespace

extern const KindSpec kPeriodKind{"period", FactKind::kPeriod, kFields, Read, Compare};

}  // namespace claimcheck
