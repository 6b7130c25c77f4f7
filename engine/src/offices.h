// Office titles ("defence minister", "minister of national defence", "President"), as one data table.
// Each title phrase maps to a canonical office; generic titles ("leader", "official") name no office and so
// never contradict one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "phrases.h"

namespace claimcheck {

struct OfficeMention {
  std::size_t first_token = 0;  // half-open token range of the title
  std::size_t last_token = 0;
  int office = -1;              // index into OfficeTable names; -1 for a generic title
  bool former = false;          // "former", "ex-", "then": about another time
  bool deputy = false;          // "deputy", "vice", "assistant": another office than the plain title
};

class OfficeTable {
 public:
  OfficeTable();
  // The canonical office a fact names ("defence minister" -> its index), or -1 when it is no known title.
  int OfficeOf(std::string_view title) const;
  const std::string& Name(int office) const;
  // Title mentions in token order (longest title at each position).
  std::vector<OfficeMention> Find(const std::vector<std::string>& stems) const;

 private:
  PhraseIndex phrases_;
  std::vector<int> office_of_phrase_;  // phrase id -> office (-1: generic)
  std::vector<std::string> names_;
};

const OfficeTable& Offices();

}  // namespace claimcheck
