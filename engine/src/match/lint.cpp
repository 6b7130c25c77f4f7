// Fact base warnings (lint.h): each rule reads the base with the engine's own knowledge (its offices, its word
// lists), so a warning says what the matcher will actually do with the fact.
#include "match/lint.h"

#include <string>

#include "claimcheck/text.h"
#include "match/words.h"
#include "names/offices.h"
#include "text/phrases.h"

namespace claimcheck {
namespace {

void Warn(std::vector<Error>* out, const FactBase::Location& at, const std::string& field, const char* code,
          std::string message) {
  out->push_back(Error{code, std::move(message), at.file, at.pointer + field, 0, 0});
}

// Every word of the phrase is a common word (or a number).
bool Common(const std::string& phrase) {
  const std::vector<Token> tokens = MatchTokens(phrase, ByteSpan{0, phrase.size()});
  if (tokens.empty()) return true;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kWord && !words::IsCommonWord(t.norm)) return false;
  }
  return true;
}

bool IsPlace(EntityKind k) { return k == EntityKind::kCity || k == EntityKind::kRegion || k == EntityKind::kVenue; }

}  // namespace

std::vector<Error> LintFacts(const FactBase& base) {
  std::vector<Error> out;
  const OfficeTable offices(base.offices());
  const std::vector<Fact>& facts = base.facts();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    const FactBase::Location at = base.FactLocation(i);
    if (f.kind == FactKind::kRole && !f.office.empty() && !offices.Known(f.office)) {
      Warn(&out, at, "/office", "unknown-office",
           "the engine does not know the office \"" + f.office + "\": only the words \"" + f.office +
               "\" will find it in text; add it under \"offices\" with the titles news uses");
    }
    for (std::size_t r = 0; r < f.participants.roles.size(); ++r) {
      const std::string& role = f.participants.roles[r];
      if (!offices.Known(role)) {
        Warn(&out, at, "/participants/roles/" + std::to_string(r), "unknown-office",
             "the engine does not know the office \"" + role + "\"; add it under \"offices\" with the titles news uses");
      }
    }
    for (std::size_t t = 0; t < f.triggers.size(); ++t) {
      if (Common(f.triggers[t])) {
        Warn(&out, at, "/triggers/" + std::to_string(t), "common-trigger",
             "the trigger \"" + f.triggers[t] + "\" is made of common words: it fires in sentences about anything; "
             "use the words that carry the claim");
      }
    }
    if ((f.kind == FactKind::kQuantity || f.kind == FactKind::kCount) && f.about_entities.empty() &&
        f.about_terms.empty()) {
      Warn(&out, at, "/about", "no-subject",
           "a figure with an empty \"about\" is compared in any sentence with one of its triggers; name what the "
           "sentence must be about (an entity, or a group of terms)");
    }
  }
  const std::vector<Entity>& entities = base.entities();
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    if (!IsPlace(e.kind) || !e.part_of.empty()) continue;
    Warn(&out, base.EntityLocation(i), "", "unplaced",
         std::string(EntityKindName(e.kind)) + " \"" + e.name + "\" has no \"part_of\": a mention of it is no "
         "evidence for the country it lies in");
  }
  return out;
}

}  // namespace claimcheck
