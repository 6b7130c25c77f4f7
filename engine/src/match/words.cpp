// The generated word tables (match_words.inc) and lookups into them. Rules ask about every token of every
// sentence, so a lookup is one hash probe: every word of every list is filed once, with a bit per list it is in.
#include "match/words.h"

#include <cstdint>
#include <iterator>
#include <string>
#include <unordered_map>

#include "text/word_filter.h"

namespace claimcheck::words {
namespace {

#include "match_words.inc"

enum ListBit : unsigned {
  kGenericTitleBit,
  kFormerBit,
  kDeputyBit,
  kParticipantNounBit,
  kPartNounBit,
  kNonCountNounBit,
  kOtherOccurrenceBeforeBit,
  kOtherOccurrenceAfterBit,
  kStartWordBit,
  kPlacePrepositionBit,
  kTopicNounBit,
  kFutureWordBit,
  kTotalNounBit,
  kPlaceNounBit,
  kCommonWordBit,
  kPeriodicWordBit,
  kListWordBit,
  kRoleGlueBit,
  kPastRoleGlueBit,
  kAnaphorBit,
  kAnaphorNounBit,
  kExpectationWordBit,
  kReportingVerbBit,
  kAnnouncingVerbBit,
  kRelationNounBit,
  kComparativeWordBit,
  kRepeatWordBit,
  kPlaceModifierBit,
  kPeriodShiftWordBit,
  kVersusWordBit,
  kPossessiveDeterminerBit,
  kDeterminerBit,
  kSurpassWordBit,
  kDissentWordBit,
  kRequirementWordBit,
  kChangeWordBit,
  kMarginNounBit,
  kRiseWordBit,
  kFallWordBit,
  kListBitCount,
};

// FNV-1a: the words are short, and std::hash's murmur costs more than the probe.
struct WordHash {
  std::size_t operator()(std::string_view w) const noexcept {
    std::uint64_t h = 1469598103934665603ull;
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};

// Every word, with a bit per list it is in; and a filter per list, so that most words of a text, in no list asked
// about, cost one bit test and no probe.
struct WordBits {
  std::unordered_map<std::string_view, std::uint64_t, WordHash> lists;
  WordFilter<1024> filter[kListBitCount];
};

template <std::size_t N>
void File(WordBits* bits, const std::string_view (&table)[N], unsigned bit) {
  for (const std::string_view w : table) {
    bits->lists[w] |= std::uint64_t{1} << bit;
    bits->filter[bit].Add(w);
  }
}

const WordBits& Bits() {
  static const WordBits* bits = [] {
    auto* b = new WordBits();
    File(b, kGenericTitles, kGenericTitleBit);
    File(b, kFormerWords, kFormerBit);
    File(b, kDeputyWords, kDeputyBit);
    File(b, kParticipantNouns, kParticipantNounBit);
    File(b, kPartNouns, kPartNounBit);
    File(b, kNonCountNouns, kNonCountNounBit);
    File(b, kOtherOccurrenceBefore, kOtherOccurrenceBeforeBit);
    File(b, kOtherOccurrenceAfter, kOtherOccurrenceAfterBit);
    File(b, kStartWords, kStartWordBit);
    File(b, kPlacePrepositions, kPlacePrepositionBit);
    File(b, kTopicNouns, kTopicNounBit);
    File(b, kFutureWords, kFutureWordBit);
    File(b, kTotalNouns, kTotalNounBit);
    File(b, kPlaceNouns, kPlaceNounBit);
    File(b, kCommonWords, kCommonWordBit);
    File(b, kPeriodicWords, kPeriodicWordBit);
    File(b, kListWords, kListWordBit);
    File(b, kRoleGlue, kRoleGlueBit);
    File(b, kPastRoleGlue, kPastRoleGlueBit);
    File(b, kAnaphors, kAnaphorBit);
    File(b, kAnaphorNouns, kAnaphorNounBit);
    File(b, kExpectationWords, kExpectationWordBit);
    File(b, kReportingVerbs, kReportingVerbBit);
    File(b, kAnnouncingVerbs, kAnnouncingVerbBit);
    File(b, kRelationNouns, kRelationNounBit);
    File(b, kComparativeWords, kComparativeWordBit);
    File(b, kRepeatWords, kRepeatWordBit);
    File(b, kPlaceModifiers, kPlaceModifierBit);
    File(b, kPeriodShiftWords, kPeriodShiftWordBit);
    File(b, kVersusWords, kVersusWordBit);
    File(b, kPossessiveDeterminers, kPossessiveDeterminerBit);
    File(b, kDeterminers, kDeterminerBit);
    File(b, kSurpassWords, kSurpassWordBit);
    File(b, kDissentWords, kDissentWordBit);
    File(b, kRequirementWords, kRequirementWordBit);
    File(b, kChangeWords, kChangeWordBit);
    File(b, kMarginNouns, kMarginNounBit);
    File(b, kRiseWords, kRiseWordBit);
    File(b, kFallWords, kFallWordBit);
    return b;
  }();
  return *bits;
}

bool In(unsigned bit, std::string_view word) {
  const WordBits& bits = Bits();
  if (!bits.filter[bit].MayContain(word)) return false;
  const auto it = bits.lists.find(word);
  return it != bits.lists.end() && ((it->second >> bit) & 1u) != 0;
}

}  // namespace

std::size_t OfficeRowCount() { return std::size(kOfficeRows); }
const OfficeRow& OfficeRowAt(std::size_t i) { return kOfficeRows[i]; }
std::string_view OfficeTitle(std::size_t i) { return kOfficeTitles[i]; }
std::size_t GenericTitleCount() { return std::size(kGenericTitles); }
std::string_view GenericTitle(std::size_t i) { return kGenericTitles[i]; }

bool IsGenericTitle(std::string_view w) { return In(kGenericTitleBit, w); }
bool IsFormer(std::string_view w) { return In(kFormerBit, w); }
bool IsDeputy(std::string_view w) { return In(kDeputyBit, w); }
bool IsParticipantNoun(std::string_view w) { return In(kParticipantNounBit, w); }
bool IsPartNoun(std::string_view w) { return In(kPartNounBit, w); }
bool IsNonCountNoun(std::string_view w) { return In(kNonCountNounBit, w); }
bool IsOtherOccurrenceBefore(std::string_view w) { return In(kOtherOccurrenceBeforeBit, w); }
bool IsOtherOccurrenceAfter(std::string_view w) { return In(kOtherOccurrenceAfterBit, w); }
bool IsStartWord(std::string_view w) { return In(kStartWordBit, w); }
bool IsPlacePreposition(std::string_view w) { return In(kPlacePrepositionBit, w); }
bool IsTopicNoun(std::string_view w) { return In(kTopicNounBit, w); }
bool IsFutureWord(std::string_view w) { return In(kFutureWordBit, w); }
bool IsTotalNoun(std::string_view w) { return In(kTotalNounBit, w); }
bool IsPlaceNoun(std::string_view w) { return In(kPlaceNounBit, w); }
bool IsCommonWord(std::string_view w) { return In(kCommonWordBit, w); }

int ImpliedCount(std::string_view w) {
  for (const std::string_view entry : kImpliedCounts) {
    const std::size_t eq = entry.find('=');
    if (entry.substr(0, eq) == w) return std::stoi(std::string(entry.substr(eq + 1)));
  }
  return 0;
}
bool IsPeriodicWord(std::string_view w) { return In(kPeriodicWordBit, w); }
bool IsListWord(std::string_view w) { return In(kListWordBit, w); }
bool IsRoleGlue(std::string_view w) { return In(kRoleGlueBit, w); }
bool IsPastRoleGlue(std::string_view w) { return In(kPastRoleGlueBit, w); }
bool IsAnaphor(std::string_view w) { return In(kAnaphorBit, w); }
bool IsAnaphorNoun(std::string_view w) { return In(kAnaphorNounBit, w); }
bool IsPossessiveDeterminer(std::string_view w) { return In(kPossessiveDeterminerBit, w); }
bool IsDeterminer(std::string_view w) { return In(kDeterminerBit, w); }
bool IsSurpassWord(std::string_view w) { return In(kSurpassWordBit, w); }
bool IsDissentWord(std::string_view w) { return In(kDissentWordBit, w); }
bool IsRequirementWord(std::string_view w) { return In(kRequirementWordBit, w); }
bool IsChangeWord(std::string_view w) { return In(kChangeWordBit, w); }
bool IsMarginNoun(std::string_view w) { return In(kMarginNounBit, w); }
int DirectionOf(std::string_view w) { return In(kRiseWordBit, w) ? 1 : In(kFallWordBit, w) ? -1 : 0; }
bool IsExpectationWord(std::string_view w) { return In(kExpectationWordBit, w); }
bool IsReportingVerb(std::string_view w) { return In(kReportingVerbBit, w); }
bool IsAnnouncingVerb(std::string_view w) { return In(kAnnouncingVerbBit, w); }
bool IsRelationNoun(std::string_view w) { return In(kRelationNounBit, w); }
bool IsComparativeWord(std::string_view w) { return In(kComparativeWordBit, w); }
bool IsRepeatWord(std::string_view w) { return In(kRepeatWordBit, w); }
bool IsPlaceModifier(std::string_view w) { return In(kPlaceModifierBit, w); }
bool IsPeriodShiftWord(std::string_view w) { return In(kPeriodShiftWordBit, w); }
bool IsVersusWord(std::string_view w) { return In(kVersusWordBit, w); }

}  // namespace claimcheck::words
