// Reading a parsed fact-base document into the model, reporting every schema violation.
//
// One recursive-descent walk over the DOM (its depth is bounded by the parser): each object is first checked
// against its field table below (unknown fields, missing required ones), then each field is read by a typed
// JsonReader helper (facts/reader.h) that reports wrong types, empty strings, bad ids and impossible dates at the
// field's own JSON pointer. This file holds what is specific to the format: the tables, the forms of values and
// dates, and the consistency rules inside one item. References between items (entity and source ids) are checked
// later, once every document of a fact base is read (facts_load.cpp), because they may cross files.
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "claimcheck/facts.h"
#include "facts/internal.h"
#include "facts/reader.h"
#include "kinds/kind.h"
#include "kinds/reader.h"

namespace claimcheck {
namespace loader {
namespace {

// --- Tables ---------------------------------------------------------------------------------------------------

constexpr FieldSpec kDocumentFields[] = {{"$schema", false}, {"name", true},      {"version", true},
                                         {"description", false}, {"sources", false}, {"entities", false},
                                         {"facts", false},   {"offices", false}, {"units", false}};
constexpr FieldSpec kSourceFields[] = {{"id", true},   {"title", true}, {"publisher", true},
                                       {"date", true}, {"url", false},  {"aliases", false}};
constexpr FieldSpec kEntityFields[] = {{"id", true},        {"name", true},      {"kind", true},  {"aliases", false},
                                       {"demonyms", false}, {"metonyms", false}, {"code", false}, {"part_of", false}};
constexpr FieldSpec kOfficeFields[] = {{"name", true}, {"titles", false}, {"holders", false}};
constexpr FieldSpec kUnitFields[] = {{"id", true},     {"dimension", true}, {"factor", false},
                                     {"offset", false}, {"names", true}};
constexpr FieldSpec kFactCommonFields[] = {{"id", true},       {"kind", true},  {"statement", true}, {"sources", true},
                                           {"triggers", true}, {"about", true}, {"note", false}};
constexpr FieldSpec kAboutFields[] = {{"entities", false}, {"terms", false}};

struct EntityKindSpec {
  std::string_view name;
  EntityKind kind;
};
constexpr EntityKindSpec kEntityKinds[] = {
    {"country", EntityKind::kCountry}, {"city", EntityKind::kCity},
    {"person", EntityKind::kPerson},   {"organization", EntityKind::kOrganization},
    {"event", EntityKind::kEvent},     {"group", EntityKind::kGroup},
    {"region", EntityKind::kRegion},   {"venue", EntityKind::kVenue},
    {"vehicle", EntityKind::kVehicle}};

// --- Small helpers ----------------------------------------------------------------------------------------------

std::string KindNames() {
  std::string out;
  for (const KindSpec* k : AllKinds()) out += (out.empty() ? "" : ", ") + std::string(k->name);
  return out;
}

// The fact kinds that have a field of this name, as words ("event, ordinal and quantity"); empty when none has it
// (to explain "place" on a role fact).
std::string KindsWithField(std::string_view field) {
  std::vector<std::string_view> kinds;
  for (const KindSpec* k : AllKinds()) {
    for (const FieldSpec& f : k->fields) {
      if (f.name == field) {
        kinds.push_back(k->name);
        break;
      }
    }
  }
  std::string out;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (i > 0) out += i + 1 == kinds.size() ? " and " : ", ";
    out += kinds[i];
  }
  return out;
}

// --- The walk ---------------------------------------------------------------------------------------------------

class FactReader : public KindReader {
 public:
  using KindReader::KindReader;

  void ReadDocument(const Json& root, DocumentModel* out) {
    if (!CheckObject(root, kDocumentFields, {})) return;
    std::string schema;
    String(root, "$schema", &schema);
    String(root, "name", &out->name);
    String(root, "version", &out->version);
    String(root, "description", &out->description);
    for (std::string_view array : {"sources", "entities", "facts", "offices", "units"}) {
      std::size_t index = 0;
      ForEachItem(root, array, false, [&](const Json& item) { ReadItem(array, index++, item, out); });
    }
  }

  // One element of a top-level array, with the pointer set to it.
  void ReadItem(std::string_view array, std::size_t index, const Json& item, DocumentModel* out) {
    const std::size_t size = pointer_.size();
    if (size == 0) pointer_.append("/").append(array).append("/").append(std::to_string(index));
    if (array == "sources") {
      out->sources.emplace_back();
      ReadSource(item, &out->sources.back());
    } else if (array == "entities") {
      out->entities.emplace_back();
      ReadEntity(item, &out->entities.back());
    } else if (array == "offices") {
      out->offices.emplace_back();
      ReadOffice(item, &out->offices.back());
    } else if (array == "units") {
      out->units.emplace_back();
      ReadUnit(item, &out->units.back());
    } else {
      out->facts.emplace_back();
      ReadFact(item, &out->facts.back());
    }
    pointer_.resize(size);
  }

 private:
  // "place" on a quantity fact: say whose field it is rather than guess a spelling.
  std::string ExplainUnknownField(const std::string& key, std::string_view fact_kind) const override {
    if (fact_kind.empty()) return {};
    const std::string owners = KindsWithField(key);
    if (owners.empty()) return {};
    return "field \"" + key + "\" does not apply to " + std::string(fact_kind) + " facts (it belongs to " + owners +
           " facts)";
  }

  // --- Items

  void ReadSource(const Json& v, Source* out) {
    if (!CheckObject(v, kSourceFields, {})) return;
    Id(v, "id", &out->id);
    String(v, "title", &out->title);
    String(v, "publisher", &out->publisher);
    if (Date(v, "date")) out->date = Member(v, "date")->get_ref<const std::string&>();
    if (String(v, "url", &out->url) && out->url.rfind("http://", 0) != 0 && out->url.rfind("https://", 0) != 0) {
      At at(this, "url");
      Fail("invalid-url", "expected an http:// or https:// address, found " + Quote(out->url));
    }
    StringList(v, "aliases", false, &out->aliases);
  }

  void ReadOffice(const Json& v, Office* out) {
    if (!CheckObject(v, kOfficeFields, {})) return;
    String(v, "name", &out->name);
    StringList(v, "titles", false, &out->titles);
    std::string holders;
    if (String(v, "holders", &holders)) {
      if (holders == "one" || holders == "many") {
        out->one_holder = holders == "one";
      } else {
        At at(this, "holders");
        Fail("unknown-kind", "expected \"one\" or \"many\", found " + Quote(holders));
      }
    }
  }

  // A unit of measure the base adds; whether it fits the lexicon is checked once the document is read
  // (facts_load.cpp: "bad-unit").
  void ReadUnit(const Json& v, UnitDefinition* out) {
    if (!CheckObject(v, kUnitFields, {})) return;
    Id(v, "id", &out->id);
    String(v, "dimension", &out->dimension);
    if (Number(v, "factor", &out->factor) && !(out->factor > 0)) {
      At at(this, "factor");
      Fail("out-of-range", "expected a factor above 0 (base units per unit), found " + loader::FormatNumber(out->factor));
      return;
    }
    Number(v, "offset", &out->offset);
    StringList(v, "names", true, &out->names);
  }

  void ReadEntity(const Json& v, Entity* out) {
    if (!CheckObject(v, kEntityFields, {})) return;
    Id(v, "id", &out->id);
    String(v, "name", &out->name);
    std::string kind;
    if (String(v, "kind", &kind)) {
      const auto* spec = std::find_if(std::begin(kEntityKinds), std::end(kEntityKinds),
                                      [&](const EntityKindSpec& k) { return k.name == kind; });
      if (spec == std::end(kEntityKinds)) {
        At at(this, "kind");
        Fail("unknown-kind", "expected one of country, city, person, organization, event, group, region, venue, "
                             "vehicle; found " + Quote(kind));
      } else {
        out->kind = spec->kind;
      }
    }
    StringList(v, "aliases", false, &out->aliases);
    StringList(v, "demonyms", false, &out->demonyms);
    StringList(v, "metonyms", false, &out->metonyms);
    if (String(v, "code", &out->code)) CheckCountryCode(*out);
    Id(v, "part_of", &out->part_of);  // existence and cycles: facts_load.cpp, once all documents are read
  }

  void CheckCountryCode(const Entity& e) {
    At at(this, "code");
    const bool alpha3 =
        e.code.size() == 3 && std::all_of(e.code.begin(), e.code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!alpha3) {
      Fail("invalid-code", "expected an ISO 3166-1 alpha-3 country code such as \"TUR\", found " + Quote(e.code));
    } else if (e.kind != EntityKind::kCountry) {
      Fail("invalid-code", "a country code is only for entities of kind country, found one on a " +
                               std::string(EntityKindName(e.kind)));
    }
  }

  void ReadFact(const Json& v, Fact* out) {
    if (!v.is_object()) {
      WrongType("an object", v);
      return;
    }
    std::string kind_name;
    const KindSpec* kind = nullptr;
    if (String(v, "kind", &kind_name)) {
      kind = FindKind(kind_name);
      if (!kind) {
        At at(this, "kind");
        Fail("unknown-kind", "expected one of " + KindNames() + "; found " + Quote(kind_name));
      }
    }
    // Without a known kind only the common fields can be checked; "unknown field" would be noise.
    if (kind) {
      CheckObject(v, kFactCommonFields, kind->fields, kind->name);
    } else {
      CheckRequired(v, kFactCommonFields);
    }
    Id(v, "id", &out->id);
    String(v, "statement", &out->statement);
    String(v, "note", &out->note);
    IdList(v, "sources", true, &out->source_ids);
    StringList(v, "triggers", true, &out->triggers);
    ReadAbout(v, out);
    if (!kind) return;
    out->kind = kind->kind;
    kind->read(*this, v, out);
  }

  void ReadAbout(const Json& fact, Fact* out) {
    const Json* about = Member(fact, "about");
    if (about == nullptr) return;
    At at(this, "about");
    if (!CheckObject(*about, kAboutFields, {})) return;
    IdList(*about, "entities", false, &out->about_entities);
    ForEachItem(*about, "terms", false, [&](const Json& group) {
      out->about_terms.emplace_back();
      std::vector<std::string>* alternatives = &out->about_terms.back();
      ForEachElement(group, true, [&](const Json& term) {
        alternatives->emplace_back();
        CheckString(term, &alternatives->back());
      });
    });
  }

};

}  // namespace

void ReadFactItem(std::string_view array, std::size_t index, const Json& item, std::string_view file, ErrorSink* sink,
                  DocumentModel* out) {
  FactReader reader(file, sink);
  reader.ReadItem(array, index, item, out);
}

void ReadFactDocument(const Json& root, std::string_view file, ErrorSink* sink, DocumentModel* out) {
  FactReader reader(file, sink);
  reader.ReadDocument(root, out);
}

void ForEachReference(const Fact& fact, const RefVisitor& visit) {
  const auto each = [&](RefTarget target, const std::vector<std::string>& ids, std::string_view field) {
    for (std::size_t i = 0; i < ids.size(); ++i) visit(target, ids[i], field, static_cast<int>(i));
  };
  each(RefTarget::kSource, fact.source_ids, "/sources");
  each(RefTarget::kEntity, fact.about_entities, "/about/entities");
  each(RefTarget::kEntity, fact.participants.entities, "/participants/entities");
  if (!fact.place.empty()) visit(RefTarget::kEntity, fact.place, "/place", -1);
  if (!fact.person.empty()) visit(RefTarget::kPerson, fact.person, "/person", -1);
  if (!fact.office_of.empty()) visit(RefTarget::kEntity, fact.office_of, "/of", -1);
  if (!fact.actor.empty()) visit(RefTarget::kEntity, fact.actor, "/actor", -1);
  if (!fact.winner.empty()) visit(RefTarget::kEntity, fact.winner, "/winner", -1);
  if (!fact.predecessor.empty()) visit(RefTarget::kPerson, fact.predecessor, "/predecessor", -1);
  if (!fact.successor.empty()) visit(RefTarget::kPerson, fact.successor, "/successor", -1);
  const bool own = fact.kind == FactKind::kEvent;  // a quantity fact's slot is the fact itself
  for (std::size_t i = 0; i < fact.quantities.size(); ++i) {
    if (fact.quantities[i].place.empty()) continue;
    visit(RefTarget::kEntity, fact.quantities[i].place, own ? "/quantities/" + std::to_string(i) + "/place" : "/place",
          -1);
  }
}

}  // namespace loader

std::string_view EntityKindName(EntityKind kind) {
  for (const loader::EntityKindSpec& spec : loader::kEntityKinds) {
    if (spec.kind == kind) return spec.name;
  }
  return "unknown";
}

std::string_view FactKindName(FactKind kind) { return KindOf(kind).name; }

}  // namespace claimcheck
