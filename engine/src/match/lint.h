// Warnings about a fact base that loads: mistakes the validator cannot call errors, because the file is well formed,
// but that make a fact never fire or fire on the wrong sentences (facts/README.md, "Warnings").
#pragma once

#include <vector>

#include "claimcheck/facts.h"
#include "claimcheck/result.h"

namespace claimcheck {

// Each warning has a stable code, a message, the file and a JSON pointer, like an error:
//   unknown-office    a role's office (or a participant role) the engine does not know: only its own name finds it
//   common-trigger    a trigger made only of common words ("said", "people", "is over"): it fires everywhere
//   unplaced          a city, region or venue without part_of: its mentions are no evidence for its country
//   no-subject        a quantity or count fact with an empty about: any figure next to its trigger is compared
std::vector<Error> LintFacts(const FactBase& base);

}  // namespace claimcheck
