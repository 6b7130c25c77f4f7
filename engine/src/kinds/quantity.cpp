// quantity: a number about something ("Syria's civil war has left about 500,000 people dead").
// Fields: measure, unit, values. The fact's triggers are its measure words: a figure is compared when the
// measure word nearest to it in its clause is one of them.
#include "kinds/kind.h"
#include "kinds/reader.h"

namespace claimcheck {
namespace {

// "place": the place the figure counts in ("displaced in north-eastern Libya"), when it is not the whole subject.
constexpr loader::FieldSpec kFields[] = {{"measure", true}, {"unit", true}, {"values", true}, {"place", false}};

void Read(KindReader& r, const loader::Json& v, Fact* fact) {
  QuantitySlot slot;
  slot.triggers = fact->triggers;
  r.ReadQuantitySlot(v, *fact, false, &slot);
  fact->quantities.push_back(std::move(slot));
}

void Compare(SlotContext& c) { CompareFigures(c); }

}  // namespace

extern const KindSpec kQuantityKind{"quantity", FactKind::kQuantity, kFields, Read, Compare};

}  // namespace claimcheck
