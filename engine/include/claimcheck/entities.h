// Entities: who and where a sentence talks about.
//
// The dictionary holds every name of the fact base's entities (names, aliases, demonyms, metonyms) and of a
// built-in gazetteer of the world's countries and their capitals (generated at build time from the npm package
// `world-countries`), so the engine also recognises the countries the fact base does not list ("Iraq" where the
// fact says "Iran"). A gazetteer country whose ISO code or name matches a fact-base entity is that entity.
// Names are folded and tokenized once at build time; Find costs one hash probe per token, whatever the number
// of entities (longest match wins).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/facts.h"
#include "claimcheck/text.h"

namespace claimcheck {

// How a mention names its entity: "Turkey" (kName), "Turkish" (kDemonym), "Ankara" (kMetonym: a capital or a
// name standing for the entity in news).
enum class NameForm : std::uint8_t { kName, kDemonym, kMetonym };

struct KnownEntity {
  std::string id;        // the fact base's id, or "iso:XXX" / "city:name" for gazetteer-only entities
  std::string name;      // display name
  EntityKind kind = EntityKind::kCountry;
  int part_of = -1;      // the entity directly containing it (a city's region or country), when known
  bool in_fact_base = false;
  std::vector<int> within;  // every entity containing it, nearest first (part_of chains of any depth)
  bool holds_countries = false;  // a region that countries are part of ("West Africa")
  // Entities named inside its own names: "the West African Ebola epidemic" names West Africa, "Operation Olive
  // Branch in Afrin" names Afrin. A mention of it is also a mention of them (for `about`).
  std::vector<int> names_inside;
};

struct EntityHit {
  int entity = -1;       // index into EntityDictionary::entities()
  NameForm form = NameForm::kName;
};

struct EntityMention {
  std::size_t first_token = 0;  // token indexes into the sentence's tokens, half-open
  std::size_t last_token = 0;
  ByteSpan span;
  std::vector<EntityHit> hits;  // one name can stand for several entities ("Moscow": the city and Russia)
};

class EntityDictionary {
 public:
  explicit EntityDictionary(const FactBase& facts);
  ~EntityDictionary();
  EntityDictionary(EntityDictionary&&) noexcept;
  EntityDictionary& operator=(EntityDictionary&&) noexcept;

  // Mentions in token order, non-overlapping (the longest name wins at each position).
  std::vector<EntityMention> Find(const std::vector<Token>& tokens) const;
  // The same into `out` (cleared first), reusing its storage: for a caller that reads sentence after sentence.
  void Find(const std::vector<Token>& tokens, std::vector<EntityMention>* out) const;

  const std::vector<KnownEntity>& entities() const;
  int IndexOf(std::string_view id) const;  // -1 when unknown
  // Whether `outer` contains `inner` through part_of (Derna -> eastern Libya -> Libya); false for the same entity.
  bool Contains(int outer, int inner) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck
