// The generated word tables (match_words.inc) and lookups into them. The lists are short: a linear scan of a few
// dozen string_views is as fast as a hash and needs no start-up work.
#include "match/words.h"

#include <algorithm>
#include <iterator>

namespace claimcheck::words {
namespace {

#include "match_words.inc"

template <std::size_t N>
bool In(const std::string_view (&table)[N], std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

}  // namespace

std::size_t OfficeRowCount() { return std::size(kOfficeRows); }
const OfficeRow& OfficeRowAt(std::size_t i) { return kOfficeRows[i]; }
std::string_view OfficeTitle(std::size_t i) { return kOfficeTitles[i]; }
std::size_t GenericTitleCount() { return std::size(kGenericTitles); }
std::string_view GenericTitle(std::size_t i) { return kGenericTitles[i]; }

bool IsGenericTitle(std::string_view w) { return In(kGenericTitles, w); }
bool IsFormer(std::string_view w) { return In(kFormerWords, w); }
bool IsDeputy(std::string_view w) { return In(kDeputyWords, w); }
bool IsParticipantNoun(std::string_view w) { return In(kParticipantNouns, w); }
bool IsPartNoun(std::string_view w) { return In(kPartNouns, w); }
bool IsNonCountNoun(std::string_view w) { return In(kNonCountNouns, w); }
bool IsOtherOccurrenceBefore(std::string_view w) { return In(kOtherOccurrenceBefore, w); }
bool IsOtherOccurrenceAfter(std::string_view w) { return In(kOtherOccurrenceAfter, w); }
bool IsStartWord(std::string_view w) { return In(kStartWords, w); }
bool IsPlacePreposition(std::string_view w) { return In(kPlacePrepositions, w); }
bool IsTopicNoun(std::string_view w) { return In(kTopicNouns, w); }
bool IsFutureWord(std::string_view w) { return In(kFutureWords, w); }
bool IsTotalNoun(std::string_view w) { return In(kTotalNouns, w); }
bool IsPlaceNoun(std::string_view w) { return In(kPlaceNouns, w); }
bool IsCommonWord(std::string_view w) { return In(kCommonWords, w); }
bool IsPeriodicWord(std::string_view w) { return In(kPeriodicWords, w); }
bool IsListWord(std::string_view w) { return In(kListWords, w); }
bool IsRoleGlue(std::string_view w) { return In(kRoleGlue, w); }
bool IsPastRoleGlue(std::string_view w) { return In(kPastRoleGlue, w); }
bool IsAnaphor(std::string_view w) { return In(kAnaphors, w); }
bool IsAnaphorNoun(std::string_view w) { return In(kAnaphorNouns, w); }
bool IsExpectationWord(std::string_view w) { return In(kExpectationWords, w); }
bool IsReportingVerb(std::string_view w) { return In(kReportingVerbs, w); }
bool IsAnnouncingVerb(std::string_view w) { return In(kAnnouncingVerbs, w); }
bool IsRelationNoun(std::string_view w) { return In(kRelationNouns, w); }
bool IsComparativeWord(std::string_view w) { return In(kComparativeWords, w); }
bool IsRepeatWord(std::string_view w) { return In(kRepeatWords, w); }
bool IsPlaceModifier(std::string_view w) { return In(kPlaceModifiers, w); }
bool IsPeriodShiftWord(std::string_view w) { return In(kPeriodShiftWords, w); }
bool IsVersusWord(std::string_view w) { return In(kVersusWords, w); }

}  // namespace claimcheck::words
