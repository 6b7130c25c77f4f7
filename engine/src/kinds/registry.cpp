// The kinds of fact, in one table.
#include <algorithm>

#include "kinds/kind.h"

namespace claimcheck {

extern const KindSpec kQuantityKind;
extern const KindSpec kEventKind;
extern const KindSpec kRoleKind;
extern const KindSpec kCountKind;
extern const KindSpec kPeriodKind;
extern const KindSpec kOrdinalKind;

const std::vector<const KindSpec*>& AllKinds() {
  static const std::vector<const KindSpec*> kinds = {&kQuantityKind, &kEventKind,  &kRoleKind,
                                                     &kCountKind,    &kPeriodKind, &kOrdinalKind};
  return kinds;
}

const KindSpec* FindKind(std::string_view name) {
  for (const KindSpec* k : AllKinds()) {
    if (k->name == name) return k;
  }
  return nullptr;
}

const KindSpec& KindOf(FactKind kind) {
  for (const KindSpec* k : AllKinds()) {
    if (k->kind == kind) return *k;
  }
  return *AllKinds().front();
}

}  // namespace claimcheck
