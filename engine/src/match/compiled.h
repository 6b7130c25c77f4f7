// The fact base compiled for matching: phrase ids instead of strings, entity indexes instead of ids, and the
// candidate index (trigger phrase -> facts, person -> role facts). Built once per Checker.
#pragma once

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis.h"
#include "claimcheck/entities.h"
#include "claimcheck/facts.h"
#include "claimcheck/report.h"
#include "names/offices.h"
#include "text/phrases.h"

namespace claimcheck {

struct CompiledQuantity {
  const QuantitySlot* slot = nullptr;
  std::vector<int> triggers;  // phrase ids
  UnitMeaning unit;           // what the slot's unit string means to the lexicon ("billion US dollars": usd, x1e9)
  bool change = false;        // its measure is a change ("market value added", "revenue growth"): words.json change_words
  bool threshold = false;     // its measure is what something takes ("seats needed for a majority"): requirement_words
  bool margin = false;        // its measure is a difference ("winning margin", "lead"): margin_nouns
  std::string unit_stem;      // the stem of the unit's noun ("divers": "diver"), as sentences' stems are
};

struct CompiledFact {
  const Fact* fact = nullptr;
  std::vector<int> triggers;
  std::vector<int> about_entities;
  std::vector<int> about_places;   // those of them that are places (a fact about several: OnePlaceOfSeveral)
  std::vector<std::vector<int>> about_terms;
  // Per group of about_terms: the offices its terms name ("defence ministers"): a holder of one, named in the
  // sentence ("Akar"), stands for the term.
  std::vector<std::vector<int>> about_term_offices;
  std::vector<CompiledQuantity> quantities;
  std::vector<int> participants;   // entity indexes
  std::vector<int> roles;          // office indexes of the participants' roles
  int place = -1;
  int person = -1;
  int office = -1;
  int office_of = -1;
  std::optional<Source> source;    // the first source, for reports (ReportedSource)
  bool predicts = false;           // its words name a forecast ("outlook", "expected"): predictions are its figures
  bool measured_per = false;       // a quantity in a rate ("US dollars per share"): a denominator may trigger it
  int direction = 0;  // the way it moves, from its triggers and its figures': 1 up ("rallied"), -1 down ("slumped")
  bool people = false;  // it has participants, and all are people: who did it, and who holds a rank, are read
  bool birth = false;   // a trigger of it is "born": the date someone was born is its date (ForeignDate)
  // The entities that make it what it is: `about` entities, participants, place, person, `of`, actor, winner,
  // and the entities its `about` terms name ("Reform UK" as a term is the party).
  std::vector<int> own;
  // The stems of the words it is told in (statement, triggers, about terms, measures, units, what is counted, the
  // series), sorted, once each: what the fact speaks of ("the Tessa-2 lander": "lander", not "module").
  std::vector<std::string> words;
  bool SpeaksOf(std::string_view stem) const { return std::binary_search(words.begin(), words.end(), stem); }
};

// Words allowed inside a trigger phrase ("entered the [Syrian] war", "military [air] campaign").
inline constexpr std::size_t kPhraseGap = 2;

struct CompiledFacts {
  explicit CompiledFacts(FactBase loaded)
      : base(std::move(loaded)), entities(base), offices(base.offices()) {}

  FactBase base;
  Lexicon lexicon;                 // the built-in units and the base's own
  EntityDictionary entities;
  OfficeTable offices;             // built-in offices, the base's own, and the names of role facts' offices
  PhraseIndex phrases{kPhraseGap};
  std::vector<CompiledFact> facts;
  // Candidate index. A fact is filed once: under the rarest entity its `about` requires (so a sentence only
  // meets facts about what it names, however large the base), else under its trigger phrases; role facts under
  // their person.
  std::unordered_map<int, std::vector<int>> by_entity;   // entity index -> facts
  std::unordered_map<int, std::vector<int>> by_trigger;  // phrase id -> facts without `about` entities
  std::unordered_map<int, std::vector<int>> by_person;   // entity index -> role facts
  // office index -> role facts of an office with one holder at a time: another person given that office while the
  // fact holds contradicts it (role.cpp CompareOtherHolder), though the fact's own person goes unnamed
  std::unordered_map<int, std::vector<int>> by_office;
  // phrase id -> an about term or a measure word of some fact: a word a fact is told apart by ("gaming revenue")
  std::vector<bool> distinguishing_phrase;
  std::vector<bool> about_term_phrase;  // phrase id -> an about term of some fact ("gaming"), not only a measure word
  // Per phrase id: the phrases that share an `about` term group with it in some fact ("epidemic" grouped with
  // "Ebola" and "outbreak"), each once, itself left out.
  std::vector<std::vector<int>> term_synonyms;
  std::unordered_map<std::string, std::vector<int>> source_phrases;  // source id -> its publisher's names
  std::vector<bool> source_phrase;  // phrase id -> a name of some source ("war monitor": its "war" is no subject)
  std::size_t longest_source_phrase = 0;  // in tokens
  std::unordered_map<std::string, std::vector<int>> series_ordinals;  // folded series -> ordinals of its facts
  std::vector<bool> story_place;  // entity index -> the place of some fact (or of a fact's figure)

  // Whether the fact base has a role fact giving `person` (entity index) the office `office`.
  bool HasRole(int person, int office) const;
  // The country or organization a person holds an office of, by the base's role facts, preferring one of
  // `preferred`; -1 when the base gives none.
  int OfficeOf(int person, const std::vector<int>& preferred) const;
  // Whether some ordinal fact is the `ordinal`th of `series` (the 19th of a series whose 18th is also known).
  bool HasOrdinal(const std::string& series, int ordinal) const;
  bool IsStoryPlace(int entity) const {
    return entity >= 0 && static_cast<std::size_t>(entity) < story_place.size() && story_place[static_cast<std::size_t>(entity)];
  }
  // Whether the hit lies inside a mention of a source's name ("the war monitor").
  bool InSourceName(const Sentence& s, const PhraseHit& hit) const;
};

CompiledFacts CompileFacts(FactBase base);

// Whether the sentence names the publisher of source `source_id` ("the UN said", "according to SOHR").
bool NamesSource(const CompiledFacts& facts, const Sentence& s, const std::string& source_id);

// One compared slot of one fact in one sentence.
struct SlotResult {
  std::string slot;         // "quantity", "date", "place", "participants", "count", "role", "period", "ordinal"
  Verdict verdict = Verdict::kUnverified;
  ByteSpan span;            // the words compared
  std::string found;
  std::string expected;
  double distance = 0;      // for dates: how far off, in years (ranks competing facts)
  std::string note;         // why a comparison was not made (unverified)
  bool cites_sources = false;  // `expected` names the sources of its figures itself
  int slot_index = -1;   // quantity slots: which of the fact's quantities
  int value_index = -1;  // ... and which of its values the figure agrees with
  bool weak = false;        // supported, but by little ("in Syria" for a place in Syria): no proof of identity
  bool against = false;     // unverified, but pointing away from the fact (another city, not clearly the venue)
  bool other_measure = false;  // unverified: a figure of another measure under the fact's word ("its market value
                               // passed $2 trillion", of what a rally added): it counts against the same event
  std::string source_id;    // the source whose value decided (a contested figure: the one that agrees); "" = the fact's
  std::string why;          // for the explanation, when the plain "the fact base says X" is not enough
};

// What one sentence says about one fact: its compared slots and the trigger tokens that evidenced it.
struct FactMatch {
  int fact = -1;
  std::vector<SlotResult> slots;
  std::vector<std::size_t> trigger_tokens;
  double score = 0;
};

}  // namespace claimcheck
