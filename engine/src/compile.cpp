// Compiling a fact base for matching: every trigger and term becomes a phrase id in one PhraseIndex, every
// entity id an index into the EntityDictionary, every office a canonical office. Done once per Checker.
#include <algorithm>
#include <unordered_map>

#include "compiled.h"
#include "offices.h"
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

}  // namespace

CompiledFacts CompileFacts(FactBase base) {
  CompiledFacts out{std::move(base)};
  for (const Fact& fact : out.base.facts()) {
    CompiledFact c;
    c.fact = &fact;
    c.triggers = AddPhrases(&out.phrases, fact.triggers);
    c.about_entities = EntityIndexes(out.entities, fact.about_entities);
    for (const std::vector<std::string>& group : fact.about_terms) c.about_terms.push_back(AddPhrases(&out.phrases, group));
    for (const QuantitySlot& slot : fact.quantities) {
      c.quantities.push_back({&slot, AddPhrases(&out.phrases, slot.triggers)});
    }
    c.participants = EntityIndexes(out.entities, fact.participants.entities);
    for (const std::string& role : fact.participants.roles) {
      const int office = Offices().OfficeOf(role);
      if (office >= 0) c.roles.push_back(office);
    }
    c.place = fact.place.empty() ? -1 : out.entities.IndexOf(fact.place);
    c.person = fact.person.empty() ? -1 : out.entities.IndexOf(fact.person);
    c.office = fact.office.empty() ? -1 : Offices().OfficeOf(fact.office);
    c.office_of = fact.office_of.empty() ? -1 : out.entities.IndexOf(fact.office_of);
    if (!fact.source_ids.empty()) {
      if (const Source* source = out.base.FindSource(fact.source_ids.front())) c.source = *source;
    }
    out.facts.push_back(std::move(c));
  }
  out.measure_phrase.assign(out.phrases.size(), false);
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
    } else if (!c.about_entities.empty()) {
      const int rarest = *std::min_element(c.about_entities.begin(), c.about_entities.end(),
                                           [&](int a, int b) { return about_count[a] < about_count[b]; });
      out.by_entity[rarest].push_back(fact);
      CountWork(&WorkCounters::index_entries);
    } else {
      for (int id : c.triggers) out.by_trigger[id].push_back(fact);
      CountWork(&WorkCounters::index_entries, c.triggers.size());
    }
    for (const CompiledQuantity& q : c.quantities) {
      for (int id : q.triggers) out.measure_phrase[static_cast<std::size_t>(id)] = true;
    }
  }
  return out;
}

}  // namespace claimcheck
