// Name runs and their classes (names.cpp), read by the entity builder (entities.cpp).
#ifndef CLAIMCHECK_DRAFT_NAMES_H_
#define CLAIMCHECK_DRAFT_NAMES_H_

#include <string_view>
#include <vector>

#include "draft/internal.h"
#include "names/offices.h"

namespace claimcheck::draft {

struct NameRun {
  std::size_t first = 0, last = 0;  // tokens, half-open
};

enum class NameKind { kPerson, kOrganization, kVenue, kEvent, kVehicle, kRegion, kPlace, kSingle, kNumbered, kUnknown };

// Runs of capitalized words (with particles, initials and hyphenated numbers) outside `covered` tokens.
std::vector<NameRun> FindNameRuns(std::string_view text, const Sentence& s, const std::vector<bool>& covered);
// The parts of a run around the office titles inside it ("ECB President Christine Lagarde" -> "ECB", "Christine
// Lagarde"); the titles' token ranges go to *title_parts. Particles at either end of a part are dropped.
std::vector<NameRun> SplitAtTitles(const Sentence& s, const std::vector<OfficeMention>& titles, NameRun run,
                                   std::vector<NameRun>* title_parts);
// What a name is, by its words and neighbours; kSingle: one word the drafter cannot class on its own.
NameKind ClassifyName(std::string_view text, const Sentence& s, NameRun run, const std::vector<OfficeMention>& titles);
// "ECB" for "European Central Bank", "G7" for "Group of Seven" (particles skipped, number words as digits).
bool MatchesInitials(std::string_view acronym, const std::vector<Token>& name_tokens);

}  // namespace claimcheck::draft

#endif  // CLAIMCHECK_DRAFT_NAMES_H_
