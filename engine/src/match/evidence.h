// Whether a sentence is about a fact, before anything is compared. A false "contradicted" most often comes from a
// sentence about something else (another toll, another meeting, another launch), so the evidence is strict:
//   - a trigger of the fact, outside anchor phrases ("two days before the storm hit Libya") and not inside a
//     figure ("more" in "more than 50,000");
//   - every `about` entity named outside anchor phrases (a place inside it counts: Derna for Libya), and one term
//     of each `about` group anywhere in the sentence;
//   - what the sentence before named, when this one refers back to it ("It killed thousands", "The Frenchman");
//   - not another occurrence: "will meet again", "another strike", "Chandrayaan-2's launch" (the trigger owned by
//     another entity of the kind of the fact's subject).
// An event with participants is identified by a participant or an `about` entity; named by its triggers and terms
// alone it is identified weakly, and then a contradiction needs something else in the sentence that agrees.
#ifndef CLAIMCHECK_MATCH_EVIDENCE_H_
#define CLAIMCHECK_MATCH_EVIDENCE_H_

#include <vector>

#include "match/compiled.h"

namespace claimcheck {

// What the sentence before named, for a sentence that refers back to it.
struct Discourse {
  std::vector<int> entities;       // entity indexes named (every reading of each name)
  std::vector<int> phrases;        // phrase ids hit, and those it carried on (GoOn); sorted, unique
  std::vector<int> places;         // the places in force: named in that sentence, or carried on from before it
  std::optional<DateRange> date;   // the last date it gave
  std::size_t end = 0;             // where that sentence ends (a blank line after it starts a new paragraph)
};
// What `s` names, for the sentence after it, written over `discourse`: what the sentence before `s` named (its
// places carry on when `s` names none, its phrases when `s`, in the same paragraph, names only organizations or
// nothing).
void GoOn(const EntityDictionary& dict, const Sentence& s, std::size_t dateline_end, Discourse* discourse);
// "It killed thousands", "He succeeded K. Sivan", "The Frenchman scored": a pronoun or a referring noun phrase
// among the first words.
bool RefersBack(const Sentence& s);

struct Evidence {
  bool about = false;                      // the sentence is about the fact
  bool weak = false;                       // identified only by triggers and terms (see above)
  std::vector<const PhraseHit*> triggers;  // the fact's usable trigger hits
  double specificity = 0;                  // words of its `about` terms found (longer terms tell more)
};

// `previous`: what the sentence before named, or nullptr when this sentence does not refer back.
// `previous`: what the sentence before named, when this one refers back; `context`: the sentence before, always
// (its places hold for a sentence that names none: "More than 43,000 people were displaced, the IOM said").
// `reference`: the publication date (an event after it cannot be what the text reports).
Evidence FindEvidence(const CompiledFacts& facts, const CompiledFact& f, const Sentence& s, const Discourse* previous,
                      const Discourse& context, std::optional<CivilDate> reference);

// Whether the sentence names the entity (any form, or a place inside it) outside anchor phrases.
bool Mentions(const EntityDictionary& dict, const Sentence& s, int entity);

}  // namespace claimcheck

#endif  // CLAIMCHECK_MATCH_EVIDENCE_H_
