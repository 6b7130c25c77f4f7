// The fact base compiled for matching: phrase ids instead of strings, entity indexes instead of ids, and the
// candidate index (trigger phrase -> facts, person -> role facts). Built once per Checker.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "analysis.h"
#include "claimcheck/entities.h"
#include "claimcheck/facts.h"
#include "claimcheck/report.h"
#include "phrases.h"

namespace claimcheck {

struct CompiledQuantity {
  const QuantitySlot* slot = nullptr;
  std::vector<int> triggers;  // phrase ids
};

struct CompiledFact {
  const Fact* fact = nullptr;
  std::vector<int> triggers;
  std::vector<int> about_entities;
  std::vector<std::vector<int>> about_terms;
  std::vector<CompiledQuantity> quantities;
  std::vector<int> participants;   // entity indexes
  std::vector<int> roles;          // office indexes of the participants' roles
  int place = -1;
  int person = -1;
  int office = -1;
  int office_of = -1;
  std::optional<Source> source;    // the first source, for reports
};

// Words allowed inside a trigger phrase ("entered the [Syrian] war", "military [air] campaign").
inline constexpr std::size_t kPhraseGap = 2;

struct CompiledFacts {
  explicit CompiledFacts(FactBase loaded) : base(std::move(loaded)), entities(base) {}

  FactBase base;
  EntityDictionary entities;
  PhraseIndex phrases{kPhraseGap};
  std::vector<CompiledFact> facts;
  // Candidate index. A fact is filed once: under the rarest entity its `about` requires (so a sentence only
  // meets facts about what it names, however large the base), else under its trigger phrases; role facts under
  // their person.
  std::unordered_map<int, std::vector<int>> by_entity;   // entity index -> facts
  std::unordered_map<int, std::vector<int>> by_trigger;  // phrase id -> facts without `about` entities
  std::unordered_map<int, std::vector<int>> by_person;   // entity index -> role facts
  std::vector<bool> measure_phrase;                      // phrase id -> names a measure of some quantity slot
};

CompiledFacts CompileFacts(FactBase base);

// One compared slot of one fact in one sentence.
struct SlotResult {
  std::string slot;         // "quantity", "date", "place", "participants", "count", "role", "period", "ordinal"
  Verdict verdict = Verdict::kUnverified;
  ByteSpan span;            // the words compared
  std::string found;
  std::string expected;
  double distance = 0;      // for dates: how far off, in years (ranks competing facts)
  std::string note;         // why a comparison was not made (unverified)
  bool weak = false;        // supported, but by little ("in Syria" for a place in Syria): no proof of identity
  bool against = false;     // unverified, but pointing away from the fact (another city, not clearly the venue)
};

// What one sentence says about one fact: its compared slots and the trigger tokens that evidenced it.
struct FactMatch {
  int fact = -1;
  std::vector<SlotResult> slots;
  std::vector<std::size_t> trigger_tokens;
  double score = 0;
};

// Compares every slot of `fact` that the sentence speaks to. Empty `slots` when nothing is comparable.
// Dates ending at or before `dateline_end` (bytes) belong to the dateline, not to any claim.
FactMatch CompareFact(const CompiledFacts& facts, int fact, const Sentence& sentence,
                      std::optional<CivilDate> reference, std::size_t dateline_end);

// Whether a sentence mentions an entity (any name form, or a place inside it), for `about` checks.
bool Mentions(const EntityDictionary& dict, const Sentence& sentence, int entity);

}  // namespace claimcheck
