// Writing a draft as fact-base JSON (write.cpp).
#ifndef CLAIMCHECK_DRAFT_WRITE_H_
#define CLAIMCHECK_DRAFT_WRITE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "draft/internal.h"

namespace claimcheck::draft {

struct WrittenDraft {
  std::string json;                   // indented, ending with a newline
  std::vector<std::size_t> facts;     // the i-th written fact is draft.facts[facts[i]]
  std::vector<std::size_t> entities;  // the i-th written entity is draft.entities[entities[i]]
};

// The draft as a fact base. Facts and entities marked in `skip_*` are left out, and so are entities not written
// (a place that cannot be located) and the facts that name them; ids are made unique.
WrittenDraft WriteDraft(const Draft& draft, const std::vector<bool>& skip_fact, const std::vector<bool>& skip_entity);

}  // namespace claimcheck::draft

#endif  // CLAIMCHECK_DRAFT_WRITE_H_
