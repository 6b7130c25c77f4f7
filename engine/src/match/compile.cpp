// Compiling a fact base for matching: every trigger and term becomes a phrase id in one PhraseIndex, every
// entity id an index into the EntityDictionary, every office an office of the table (a role fact's office that
// neither the built-in table nor the base's `offices` knows is added by its name). Done once per Checker.
#include <algorithm>
#include <unordered_map>

#include "match/compiled.h"
#include "match/slot_rules.h"
#include "match/words.h"
#include "text/phrases.h"
#include "work_counters.h"

namespace claimcheck {
namespace {

std::vector<int> AddPhrases(PhraseIndex* index, const std::vector<std::string>& phrases) {
  std::vector<int> ids;
  for (const std::string& p : phrases) {
    const int id = index->Add(p);
    if (id >= 0 && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

std::vector<int> EntityIndexes(const EntityDictionary& entities, const std::vector<std::string>& ids) {
  std::vector<int> out;
  for (const std::string& id : ids) {
    const int index = entities.IndexOf(id);
    if (index >= 0) out.push_back(index);
  }
  return out;
}

// Whether a phrase's words hold one `test` accepts (words.json lists are of folded words, not stems).
template <typename Test>
bool AnyWord(const std::string& phrase, Test test) {
  const std::vector<Token> tokens = MatchTokens(phrase, ByteSpan{0, phrase.size()});
  return std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) { return test(t.norm); });
}

bool IsBorn(std::string_view w) { return w == "born"; }

// 1: the fact's words say it went up ("rallied", "jumped"), -1: down ("slumped"); 0: neither, or both.
int Direction(const Fact& fact) {
  bool up = false;
  bool down = false;
  auto read = [&](const std::vector<std::string>& phrases) {
    for (const std::string& p : phrases) {
      up = up || AnyWord(p, [](std::string_view w) { return words::DirectionOf(w) > 0; });
      down = down || AnyWord(p, [](std::string_view w) { return words::DirectionOf(w) < 0; });
    }
  };
  read(fact.triggers);
  for (const QuantitySlot& q : fact.quantities) read(q.triggers);
  return up == down ? 0 : up ? 1 : -1;
}

bool Predicts(const Fact& fact) {
  auto any = [](const std::vector<std::string>& phrases) {
    return std::any_of(phrases.begin(), phrases.end(), [](const std::string& p) {
      const std::vector<std::string> stems = PhraseStems(p);
      return std::any_of(stems.begin(), stems.end(), [](const std::string& w) { return words::IsExpectationWord(w); });
    });
  };
  if (any(fact.triggers)) return true;
  for (const std::vector<std::string>& group : fact.about_terms) {
    if (any(group)) return true;
  }
  return std::any_of(fact.quantities.begin(), fact.quantities.end(),
                     [&](const QuantitySlot& q) { return any(q.triggers); });
}

int OfficeIndex(OfficeTable* offices, const std::string& name) {
  if (name.empty()) return -1;
  const int office = offices->OfficeOf(name);
  return office >= 0 ? office : offices->AddByName(name);
}

}  // namespace

bool CompiledFacts::HasRole(int person, int office) const {
  auto it = by_person.find(person);
  if (it == by_person.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [&](int f) { return facts[static_cast<std::size_t>(f)].office == office; });
}

int CompiledFacts::OfficeOf(int person, const std::vector<int>& preferred) const {
  auto it = by_person.find(person);
  if (it == by_person.end()) return -1;
  int first = -1;
  for (int f : it->second) {
    const int of = facts[static_cast<std::size_t>(f)].office_of;
    if (of < 0) continue;
    if (std::find(preferred.begin(), preferred.end(), of) != preferred.end()) return of;
    if (first < 0) first = of;
  }
  return first;
}

bool CompiledFacts::HasOrdinal(const std::string& series, int ordinal) const {
  auto it = series_ordinals.find(Fold(series));
  return it != series_ordinals.end() && std::find(it->second.begin(), it->second.end(), ordinal) != it->second.end();
}

bool CompiledFacts::InSourceName(const Sentence& s, const PhraseHit& hit) const {
  const std::size_t from = hit.first_token > longest_source_phrase ? hit.first_token - longest_source_phrase : 0;
  const auto [first, last] = s.HitsStartingIn(from, hit.first_token + 1);
  for (const PhraseHit* h = first; h != last; ++h) {
    if (h->last_token >= hit.last_token && source_phrase[static_cast<std::size_t>(h->phrase)] &&
        h->phrase != hit.phrase) {
      return true;
    }
  }
  return false;
}

bool NamesSource(const CompiledFacts& facts, const Sentence& s, const std::string& source_id) {
  auto it = facts.source_phrases.find(source_id);
  if (it == facts.source_phrases.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [&](int phrase) {
    const auto [first, last] = s.HitsOf(phrase);
    return first != last;
  });
}

// CompiledFact::words of `fact`.
std::vector<std::string> FactWords(const Fact& fact) {
  std::vector<std::string> words;
  auto add = [&](const std::string& text) {
    for (std::string& stem : PhraseStems(text)) words.push_back(std::move(stem));
  };
  add(fact.statement);
  for (const std::string& t : fact.triggers) add(t);
  for (const std::vector<std::string>& group : fact.about_terms) {
    for (const std::string& t : group) add(t);
  }
  for (const QuantitySlot& q : fact.quantities) {
    add(q.measure);
    add(q.unit);
    for (const std::string& t : q.triggers) add(t);
  }
  add(fact.counted);
  add(fact.series);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

CompiledFacts CompileFacts(FactBase base) {
  CompiledFacts out{std::move(base)};
  // The loader checked every unit against the lexicon; one that still clashes (across documents merged after
  // loading) is left out rather than failing the check.
  for (const UnitDefinition& unit : out.base.units()) (void)out.lexicon.AddUnit(unit);
  for (const Source& source : out.base.sources()) {
    std::vector<std::string> names = {source.publisher};
    names.insert(names.end(), source.aliases.begin(), source.aliases.end());
    out.source_phrases[source.id] = AddPhrases(&out.phrases, names);
  }
  for (const Fact& fact : out.base.facts()) {
    CompiledFact c;
    c.fact = &fact;
    c.triggers = AddPhrases(&out.phrases, fact.triggers);
    c.about_entities = EntityIndexes(out.entities, fact.about_entities);
    for (int e : c.about_entities) {
      if (IsPlaceKind(out.entities.entities()[static_cast<std::size_t>(e)].kind)) c.about_places.push_back(e);
    }
    for (const std::vector<std::string>& group : fact.about_terms) {
      c.about_terms.push_back(AddPhrases(&out.phrases, group));
      std::vector<int> offices;
      for (const std::string& term : group) {
        const int office = out.offices.OfficeOf(term);
        if (office >= 0 && std::find(offices.begin(), offices.end(), office) == offices.end()) offices.push_back(office);
      }
      c.about_term_offices.push_back(std::move(offices));
    }
    for (const QuantitySlot& slot : fact.quantities) {
      UnitMeaning unit = out.lexicon.ParseUnit(slot.unit);
      std::string unit_stem = Stem(unit.noun);
      c.quantities.push_back({&slot, AddPhrases(&out.phrases, slot.triggers), std::move(unit),
                              AnyWord(slot.measure, words::IsChangeWord), AnyWord(slot.measure, words::IsRequirementWord),
                              AnyWord(slot.measure, words::IsMarginNoun), std::move(unit_stem)});
    }
    c.participants = EntityIndexes(out.entities, fact.participants.entities);
    for (const std::string& role : fact.participants.roles) {
      const int office = out.offices.OfficeOf(role);
      if (office >= 0) c.roles.push_back(office);
    }
    c.place = fact.place.empty() ? -1 : out.entities.IndexOf(fact.place);
    c.person = fact.person.empty() ? -1 : out.entities.IndexOf(fact.person);
    c.office = fact.kind == FactKind::kRole ? OfficeIndex(&out.offices, fact.office) : -1;
    c.office_of = fact.office_of.empty() ? -1 : out.entities.IndexOf(fact.office_of);
    c.words = FactWords(fact);
    c.predicts = Predicts(fact);
    c.direction = Direction(fact);
    c.people = !c.participants.empty() && std::all_of(c.participants.begin(), c.participants.end(), [&](int e) {
      return out.entities.entities()[static_cast<std::size_t>(e)].kind == EntityKind::kPerson;
    });
    c.birth = std::any_of(fact.triggers.begin(), fact.triggers.end(),
                          [](const std::string& t) { return AnyWord(t, IsBorn); });
    c.measured_per = std::any_of(c.quantities.begin(), c.quantities.end(),
                                 [](const CompiledQuantity& q) { return !q.unit.per.empty(); });
    c.own = c.about_entities;
    c.own.insert(c.own.end(), c.participants.begin(), c.participants.end());
    for (const std::string* id : {&fact.place, &fact.person, &fact.office_of, &fact.actor, &fact.winner}) {
      const int e = id->empty() ? -1 : out.entities.IndexOf(*id);
      if (e >= 0) c.own.push_back(e);
    }
    for (const std::vector<std::string>& group : fact.about_terms) {
      for (const std::string& term : group) {
        const std::vector<Token> tokens = MatchTokens(term, ByteSpan{0, term.size()});
        for (const EntityMention& m : out.entities.Find(tokens)) {
          if (m.first_token != 0 || m.last_token != tokens.size()) continue;
          for (const EntityHit& h : m.hits) {
            if (out.entities.entities()[static_cast<std::size_t>(h.entity)].in_fact_base) c.own.push_back(h.entity);
          }
        }
      }
    }
    if (!fact.source_ids.empty()) {
      if (const Source* source = out.base.FindSource(fact.source_ids.front())) c.source = ReportedSource(*source);
    }
    if (fact.kind == FactKind::kOrdinal) out.series_ordinals[Fold(fact.series)].push_back(fact.ordinal);
    out.facts.push_back(std::move(c));
  }
  out.story_place.assign(out.entities.entities().size(), false);
  for (const CompiledFact& c : out.facts) {
    if (c.place >= 0) out.story_place[static_cast<std::size_t>(c.place)] = true;
    for (const CompiledQuantity& q : c.quantities) {
      const int e = q.slot->place.empty() ? -1 : out.entities.IndexOf(q.slot->place);
      if (e >= 0) out.story_place[static_cast<std::size_t>(e)] = true;
    }
  }
  out.source_phrase.assign(out.phrases.size(), false);
  for (const auto& [id, phrases] : out.source_phrases) {
    for (int phrase : phrases) out.source_phrase[static_cast<std::size_t>(phrase)] = true;
  }
  for (const Source& source : out.base.sources()) {
    std::vector<std::string> names = {source.publisher};
    names.insert(names.end(), source.aliases.begin(), source.aliases.end());
    for (const std::string& name : names) {
      out.longest_source_phrase =
          std::max(out.longest_source_phrase, MatchTokens(name, ByteSpan{0, name.size()}).size() + kPhraseGap);
    }
  }
  out.distinguishing_phrase.assign(out.phrases.size(), false);
  out.term_synonyms.assign(out.phrases.size(), {});
  out.about_term_phrase.assign(out.phrases.size(), false);
  for (const CompiledFact& c : out.facts) {
    for (const std::vector<int>& group : c.about_terms) {
      for (int id : group) {
        out.distinguishing_phrase[static_cast<std::size_t>(id)] = true;
        out.about_term_phrase[static_cast<std::size_t>(id)] = true;
        std::vector<int>& synonyms = out.term_synonyms[static_cast<std::size_t>(id)];
        for (int other : group) {
          if (other != id && std::find(synonyms.begin(), synonyms.end(), other) == synonyms.end()) {
            synonyms.push_back(other);
          }
        }
      }
    }
    for (const CompiledQuantity& q : c.quantities) {
      for (int id : q.triggers) out.distinguishing_phrase[static_cast<std::size_t>(id)] = true;
    }
  }
  std::unordered_map<int, std::size_t> about_count;
  for (const CompiledFact& c : out.facts) {
    for (int e : c.about_entities) ++about_count[e];
  }
  for (std::size_t i = 0; i < out.facts.size(); ++i) {
    const CompiledFact& c = out.facts[i];
    const int fact = static_cast<int>(i);
    if (c.fact->kind == FactKind::kRole && c.person >= 0) {
      out.by_person[c.person].push_back(fact);
      CountWork(&WorkCounters::index_entries);
      if (c.office >= 0 && out.offices.OneHolder(c.office)) {
        out.by_office[c.office].push_back(fact);
        CountWork(&WorkCounters::index_entries);
      }
    } else if (!c.about_entities.empty()) {
      const int rarest = *std::min_element(c.about_entities.begin(), c.about_entities.end(),
                                           [&](int a, int b) { return about_count[a] < about_count[b]; });
      out.by_entity[rarest].push_back(fact);
      CountWork(&WorkCounters::index_entries);
    } else {
      for (int id : c.triggers) out.by_trigger[id].push_back(fact);
      CountWork(&WorkCounters::index_entries, c.triggers.size());
    }
  }
  return out;
}

}  // namespace claimcheck
