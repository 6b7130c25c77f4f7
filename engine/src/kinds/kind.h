// A kind of fact (quantity, event, role, count, period, ordinal) in one place: its fields as the JSON format has
// them, how they are read, how the fact is filed in the candidate index, and how a sentence is compared with it.
// Each kind is one file in this folder; registry.cpp lists them. Adding a kind touches that file, its tests and
// its docs (facts/README.md, facts/schema.json), nothing else.
//
// Comparison works on one (sentence, fact) pair at a time through a SlotContext: the slots the sentence speaks to
// are compared and appended to the FactMatch; a slot the sentence does not tie to the fact stays silent.
#ifndef CLAIMCHECK_KINDS_KIND_H_
#define CLAIMCHECK_KINDS_KIND_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/facts.h"
#include "facts/reader.h"
#include "match/compiled.h"
#include "match/evidence.h"

namespace claimcheck {

// What one comparison may read and write.
struct SlotContext {
  const CompiledFacts& facts;
  const CompiledFact& fact;
  const Sentence& s;
  std::optional<CivilDate> reference;  // the publication date, when known
  std::size_t dateline_end;            // bytes of the dateline; its date belongs to no claim
  const std::vector<const PhraseHit*>& triggers;  // the fact's usable trigger hits (outside anchors and figures)
  const Discourse* previous;           // what the sentence before named, when this one refers back; else nullptr
  FactMatch* match;
  std::vector<bool> used_quantities;   // a figure compared once per fact
};

// Reads a fact's own fields (after the common ones) with the loader's typed reader; errors go to the reader.
class KindReader;

struct KindSpec {
  std::string_view name;  // as in JSON: "quantity"
  FactKind kind;
  loader::Fields fields;  // the kind's own fields (the common ones are in facts_validate.cpp)
  void (*read)(KindReader& reader, const loader::Json& fact_json, Fact* fact);
  void (*compare)(SlotContext& c);
};

const KindSpec* FindKind(std::string_view name);  // nullptr when no kind has that name
const KindSpec& KindOf(FactKind kind);
const std::vector<const KindSpec*>& AllKinds();

// --- Shared slot comparisons (kinds/slots.cpp), used by several kinds -------------------------------------------

void CompareFigures(SlotContext& c);         // the fact's quantity slots against the figures tied to their triggers
void CompareEventDate(SlotContext& c);       // the date in the trigger's clause against the fact's date
void ComparePeriodDate(SlotContext& c);      // a date or "since X" in the trigger's clause against the fact's span
void ComparePeriodDuration(SlotContext& c);  // "the 12-year war": a length tied to the trigger against the span's
void ComparePlace(SlotContext& c);           // a place in the trigger's clause against the fact's place
void CompareParticipants(SlotContext& c);    // names listed together against the fact's participants
void CompareParticipantCount(SlotContext& c);  // "four-way", "the four ministers"

// Helpers for kinds.
void AddSlot(SlotContext& c, SlotResult r);
SlotResult MakeSlot(const char* slot, Verdict verdict, ByteSpan span, std::string found, std::string expected);
std::string SpanString(const Sentence& s, ByteSpan span);
bool InDateline(const SlotContext& c, const DateAt& d);
// A date that is none of the fact's: in the dateline, or a birth's ("all born in 1930") for a fact that is no birth.
bool ForeignDate(const SlotContext& c, const DateAt& d);
// The mention names one of the fact's participants.
bool NamesParticipant(const SlotContext& c, const EntityMention& m);
// Token distance from tokens [first, last) to the nearest of the fact's usable trigger hits; SIZE_MAX when none.
std::size_t DistanceToTrigger(const SlotContext& c, std::size_t first, std::size_t last);
// The same, counting only trigger hits in the same clause scope as token `first`.
std::size_t DistanceToTriggerInScope(const SlotContext& c, std::size_t first, std::size_t last);
std::string JoinedValues(const std::vector<ValueRange>& values);
// "three of their matches", "four of the justices": a part of a group, not its size.
bool PartOfGroup(const Sentence& s, const QuantityMention& q);
bool QuantityFits(const Quantity& q, const std::vector<ValueRange>& values);

}  // namespace claimcheck

#endif  // CLAIMCHECK_KINDS_KIND_H_
