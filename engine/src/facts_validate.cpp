// Reading a parsed fact-base document into the model, reporting every schema violation.
//
// One recursive-descent walk over the DOM (its depth is bounded by the parser): each object is first checked
// against its field table below (unknown fields, missing required ones), then each field is read by a typed
// JsonReader helper (facts_reader.h) that reports wrong types, empty strings, bad ids and impossible dates at the
// field's own JSON pointer. This file holds what is specific to the format: the tables, the forms of values and
// dates, and the consistency rules inside one item. References between items (entity and source ids) are checked
// later, once every document of a fact base is read (facts_load.cpp), because they may cross files.
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "claimcheck/facts.h"
#include "facts_internal.h"
#include "facts_reader.h"

namespace claimcheck {
namespace loader {
namespace {

// --- Tables ---------------------------------------------------------------------------------------------------

constexpr FieldSpec kDocumentFields[] = {{"$schema", false},     {"name", true},     {"version", true},
                                         {"description", false}, {"sources", false}, {"entities", false},
                                         {"facts", false}};
constexpr FieldSpec kSourceFields[] = {
    {"id", true}, {"title", true}, {"publisher", true}, {"date", true}, {"url", false}};
constexpr FieldSpec kEntityFields[] = {{"id", true},        {"name", true},      {"kind", true},  {"aliases", false},
                                       {"demonyms", false}, {"metonyms", false}, {"code", false}, {"part_of", false}};
constexpr FieldSpec kFactCommonFields[] = {{"id", true},       {"kind", true},  {"statement", true}, {"sources", true},
                                           {"triggers", true}, {"about", true}, {"note", false}};
constexpr FieldSpec kQuantityFields[] = {{"measure", true}, {"unit", true}, {"values", true}};
constexpr FieldSpec kEventFields[] = {{"date", true}, {"place", false}, {"participants", false}, {"quantities", false}};
constexpr FieldSpec kRoleFields[] = {
    {"person", true}, {"office", true}, {"of", true}, {"valid", false}, {"as_of", false}};
constexpr FieldSpec kCountFields[] = {
    {"values", true}, {"counted", true}, {"actor", true}, {"period", true}, {"items", false}};
constexpr FieldSpec kPeriodFields[] = {{"period", true}, {"participants", true}};
constexpr FieldSpec kOrdinalFields[] = {{"ordinal", true}, {"series", true}, {"participants", false}, {"date", false}};
constexpr FieldSpec kAboutFields[] = {{"entities", false}, {"terms", false}};
constexpr FieldSpec kValueEntryFields[] = {{"value", true}, {"source", false}, {"as_of", false}, {"label", false}};
constexpr FieldSpec kValueFields[] = {
    {"exact", false}, {"approx", false}, {"tolerance", false}, {"min", false}, {"max", false}};
constexpr FieldSpec kDateFields[] = {{"on", false}, {"from", false}, {"to", false}};
constexpr FieldSpec kSpanFields[] = {{"from", false}, {"to", false}};
constexpr FieldSpec kParticipantFields[] = {{"entities", true}, {"closed", false}, {"roles", false}, {"count", false}};
constexpr FieldSpec kEventQuantityFields[] = {{"measure", true}, {"unit", true}, {"triggers", true}, {"values", true}};

struct EntityKindSpec {
  std::string_view name;
  EntityKind kind;
};
constexpr EntityKindSpec kEntityKinds[] = {
    {"country", EntityKind::kCountry}, {"city", EntityKind::kCity},
    {"person", EntityKind::kPerson},   {"organization", EntityKind::kOrganization},
    {"event", EntityKind::kEvent},     {"group", EntityKind::kGroup},
    {"region", EntityKind::kRegion}};

struct FactKindSpec {
  std::string_view name;
  FactKind kind;
  Fields fields;
};
constexpr FactKindSpec kFactKinds[] = {{"quantity", FactKind::kQuantity, kQuantityFields},
                                       {"event", FactKind::kEvent, kEventFields},
                                       {"role", FactKind::kRole, kRoleFields},
                                       {"count", FactKind::kCount, kCountFields},
                                       {"period", FactKind::kPeriod, kPeriodFields},
                                       {"ordinal", FactKind::kOrdinal, kOrdinalFields}};

// --- Small helpers ----------------------------------------------------------------------------------------------

std::optional<FactKind> FactKindFromName(std::string_view name) {
  for (const FactKindSpec& spec : kFactKinds) {
    if (spec.name == name) return spec.kind;
  }
  return std::nullopt;
}

Fields FieldsOf(FactKind kind) {
  for (const FactKindSpec& spec : kFactKinds) {
    if (spec.kind == kind) return spec.fields;
  }
  return {};
}

// The fact kind that has a field of this name, if any (to explain "place" on a quantity fact).
std::optional<std::string_view> KindWithField(std::string_view field) {
  for (const FactKindSpec& spec : kFactKinds) {
    for (const FieldSpec& f : spec.fields) {
      if (f.name == field) return spec.name;
    }
  }
  return std::nullopt;
}

// Membership in a fact's own source list, without a quadratic worst case on absurd inputs.
class IdSet {
 public:
  explicit IdSet(const std::vector<std::string>& ids) : ids_(ids.begin(), ids.end()) {
    std::sort(ids_.begin(), ids_.end());
  }
  bool Contains(std::string_view id) const { return std::binary_search(ids_.begin(), ids_.end(), id); }

 private:
  std::vector<std::string_view> ids_;
};

// --- The walk ---------------------------------------------------------------------------------------------------

class FactReader : public JsonReader {
 public:
  using JsonReader::JsonReader;

  void ReadDocument(const Json& root, DocumentModel* out) {
    if (!CheckObject(root, kDocumentFields, {})) return;
    std::string schema;
    String(root, "$schema", &schema);
    String(root, "name", &out->name);
    String(root, "version", &out->version);
    String(root, "description", &out->description);
    for (std::string_view array : {"sources", "entities", "facts"}) {
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
    const std::optional<std::string_view> owner = KindWithField(key);
    if (!owner) return {};
    return "field \"" + key + "\" does not apply to " + std::string(fact_kind) + " facts (it belongs to " +
           std::string(*owner) + " facts)";
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
        Fail("unknown-kind",
             "expected one of country, city, person, organization, event, group, region; found " + Quote(kind));
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
    std::optional<FactKind> kind;
    if (String(v, "kind", &kind_name)) {
      kind = FactKindFromName(kind_name);
      if (!kind) {
        At at(this, "kind");
        Fail("unknown-kind",
             "expected one of quantity, event, role, count, period, ordinal; found " + Quote(kind_name));
      }
    }
    // Without a known kind only the common fields can be checked; "unknown field" would be noise.
    if (kind) {
      CheckObject(v, kFactCommonFields, FieldsOf(*kind), FactKindName(*kind));
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
    out->kind = *kind;
    switch (*kind) {
      case FactKind::kQuantity:
        return ReadQuantity(v, out);
      case FactKind::kEvent:
        return ReadEvent(v, out);
      case FactKind::kRole:
        return ReadRole(v, out);
      case FactKind::kCount:
        return ReadCount(v, out);
      case FactKind::kPeriod:
        return ReadPeriodFact(v, out);
      case FactKind::kOrdinal:
        return ReadOrdinal(v, out);
    }
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

  void ReadQuantity(const Json& v, Fact* out) {
    QuantitySlot slot;
    String(v, "measure", &slot.measure);
    String(v, "unit", &slot.unit);
    slot.triggers = out->triggers;
    ReadValues(v, *out, false, &slot.values);
    out->quantities.push_back(std::move(slot));
  }

  void ReadEvent(const Json& v, Fact* out) {
    ReadDateObject(v, "date", &out->date);
    Id(v, "place", &out->place);
    ReadParticipants(v, &out->participants);
    ForEachItem(v, "quantities", false, [&](const Json& item) {
      out->quantities.emplace_back();
      QuantitySlot* slot = &out->quantities.back();
      if (!CheckObject(item, kEventQuantityFields, {})) return;
      String(item, "measure", &slot->measure);
      String(item, "unit", &slot->unit);
      StringList(item, "triggers", true, &slot->triggers);
      ReadValues(item, *out, false, &slot->values);
    });
  }

  void ReadRole(const Json& v, Fact* out) {
    Id(v, "person", &out->person);
    String(v, "office", &out->office);
    Id(v, "of", &out->office_of);
    ReadSpan(v, "valid", &out->period_from, &out->period_to);
    out->as_of = Date(v, "as_of");
  }

  void ReadCount(const Json& v, Fact* out) {
    ReadValues(v, *out, true, &out->count_values);
    String(v, "counted", &out->counted);
    Id(v, "actor", &out->actor);
    ReadSpan(v, "period", &out->period_from, &out->period_to);
    StringList(v, "items", false, &out->items);
  }

  void ReadPeriodFact(const Json& v, Fact* out) {
    ReadSpan(v, "period", &out->period_from, &out->period_to);
    ReadParticipants(v, &out->participants);
  }

  void ReadOrdinal(const Json& v, Fact* out) {
    Integer(v, "ordinal", 1, &out->ordinal);
    String(v, "series", &out->series);
    ReadParticipants(v, &out->participants);
    ReadDateObject(v, "date", &out->date);
  }

  // --- Slots

  // "values": [{"value": {...}, "source"?, "as_of"?, "label"?}, ...]; `counts`: numbers must not be negative.
  void ReadValues(const Json& object, const Fact& fact, bool counts, std::vector<ValueRange>* out) {
    const IdSet fact_sources(fact.source_ids);
    ForEachItem(object, "values", true, [&](const Json& item) {
      out->emplace_back();
      ValueRange* range = &out->back();
      if (!CheckObject(item, kValueEntryFields, {})) return;
      if (const Json* value = Member(item, "value")) {
        At at(this, "value");
        ReadValue(*value, counts, range);
      }
      String(item, "label", &range->label);
      range->as_of = Date(item, "as_of");
      if (Id(item, "source", &range->source_id)) {
        if (!fact_sources.Contains(range->source_id)) {
          At at(this, "source");
          Fail("unknown-reference", "expected one of this fact's \"sources\", found " + Quote(range->source_id));
        }
      } else if (Member(item, "source") == nullptr) {
        if (fact.source_ids.size() == 1) {
          range->source_id = fact.source_ids.front();
        } else if (fact.source_ids.size() > 1) {
          Fail("missing-field", "missing field \"source\": required when the fact lists several sources");
        }
      }
    });
  }

  // {"exact": n} | {"approx": n, "tolerance"?: t} | {"min"?: a, "max"?: b}
  void ReadValue(const Json& v, bool counts, ValueRange* out) {
    if (!CheckObject(v, kValueFields, {})) return;
    double exact = 0, approx = 0, tolerance = kDefaultTolerance, low = 0, high = 0;
    const bool has_exact = Number(v, "exact", &exact);
    const bool has_approx = Number(v, "approx", &approx);
    const bool has_tolerance = Number(v, "tolerance", &tolerance);
    const bool has_min = Number(v, "min", &low);
    const bool has_max = Number(v, "max", &high);
    const int forms = int{Member(v, "exact") != nullptr} + int{Member(v, "approx") != nullptr} +
                      int{Member(v, "min") != nullptr || Member(v, "max") != nullptr};
    if (forms == 0) {
      Fail("missing-field", "expected one of \"exact\", \"approx\", or \"min\"/\"max\"");
      return;
    }
    if (forms > 1) {
      std::string found;
      for (std::string_view key : {"exact", "approx", "min", "max"}) {
        if (Member(v, key) != nullptr) found += (found.empty() ? "\"" : ", \"") + std::string(key) + "\"";
      }
      Fail("conflicting-fields", "expected exactly one of \"exact\", \"approx\", or \"min\"/\"max\", found " + found);
      return;
    }
    if (Member(v, "tolerance") != nullptr && Member(v, "approx") == nullptr) {
      At at(this, "tolerance");
      Fail("conflicting-fields", "\"tolerance\" applies only to \"approx\"");
    }
    if (has_tolerance && tolerance < 0) {
      At at(this, "tolerance");
      Fail("negative-tolerance", "expected a tolerance from 0 to 1 (a fraction), found " + FormatNumber(tolerance));
      return;
    }
    if (has_tolerance && tolerance > 1) {
      At at(this, "tolerance");
      Fail("out-of-range",
           "expected a tolerance from 0 to 1 (a fraction: 0.1 is 10 %), found " + FormatNumber(tolerance));
      return;
    }
    const double kInfinity = std::numeric_limits<double>::infinity();
    if (has_exact) {
      out->low = out->high = exact;
    } else if (has_approx) {
      out->low = approx * (1 - tolerance);
      out->high = approx * (1 + tolerance);
      if (out->low > out->high) std::swap(out->low, out->high);
    } else {
      if (has_min && has_max && low > high) {
        At at(this, "min");
        Fail("range-inverted", "min " + FormatNumber(low) + " is greater than max " + FormatNumber(high));
        return;
      }
      out->low_open = !has_min;
      out->high_open = !has_max;
      out->low = has_min ? low : -kInfinity;
      out->high = has_max ? high : kInfinity;
    }
    if (counts &&
        ((has_exact && exact < 0) || (has_approx && approx < 0) || (has_min && low < 0) || (has_max && high < 0))) {
      Fail("out-of-range", "expected a count of zero or more");
    }
  }

  // {"on": d} | {"from": d, "to": d}: one range from the start of `from` to the end of `to`.
  void ReadDateObject(const Json& object, std::string_view key, std::optional<DateRange>* out) {
    const Json* v = Member(object, key);
    if (v == nullptr) return;
    At at(this, key);
    if (!CheckObject(*v, kDateFields, {})) return;
    const bool has_on = Member(*v, "on") != nullptr;
    const bool has_span = Member(*v, "from") != nullptr || Member(*v, "to") != nullptr;
    if (has_on && has_span) {
      Fail("conflicting-fields", "expected either \"on\" or \"from\" and \"to\", found both");
      return;
    }
    if (has_on) {
      *out = Date(*v, "on");
      return;
    }
    if (!has_span) {
      Fail("missing-field", "expected \"on\", or \"from\" and \"to\"");
      return;
    }
    std::optional<DateRange> from, to;
    if (!ReadFromTo(*v, &from, &to)) return;
    if (!from || !to) {
      Fail("missing-field", std::string("missing field \"") + (from ? "to" : "from") +
                                "\": a date range needs both ends (use \"on\" for a single date)");
      return;
    }
    const DateRange merged{from->first, to->last, std::max(from->granularity, to->granularity)};
    *out = merged;
  }

  // {"from"?: d, "to"?: d}, at least one; an omitted end is open (nullopt).
  void ReadSpan(const Json& object, std::string_view key, std::optional<DateRange>* from,
                std::optional<DateRange>* to) {
    const Json* v = Member(object, key);
    if (v == nullptr) return;
    At at(this, key);
    if (!CheckObject(*v, kSpanFields, {})) return;
    if (Member(*v, "from") == nullptr && Member(*v, "to") == nullptr) {
      Fail("missing-field", "expected \"from\", \"to\" or both");
      return;
    }
    ReadFromTo(*v, from, to);
  }

  // Reads "from" and "to" where present; false when one is unusable or they are reversed.
  bool ReadFromTo(const Json& v, std::optional<DateRange>* from, std::optional<DateRange>* to) {
    *from = Date(v, "from");
    *to = Date(v, "to");
    if ((Member(v, "from") != nullptr && !*from) || (Member(v, "to") != nullptr && !*to)) return false;
    if (*from && *to && (*from)->first > (*to)->last) {
      At at(this, "from");
      Fail("range-inverted", "from " + FormatDateRange(**from) + " is after to " + FormatDateRange(**to));
      return false;
    }
    return true;
  }

  void ReadParticipants(const Json& object, Participants* out) {
    const Json* v = Member(object, "participants");
    if (v == nullptr) return;
    At at(this, "participants");
    if (!CheckObject(*v, kParticipantFields, {})) return;
    IdList(*v, "entities", true, &out->entities);
    Bool(*v, "closed", &out->closed);
    StringList(*v, "roles", false, &out->roles);
    int count = 0;
    if (Integer(*v, "count", 0, &count)) out->count = count;
    CheckParticipantList(*out);
  }

  void CheckParticipantList(const Participants& p) {
    std::vector<std::string_view> sorted(p.entities.begin(), p.entities.end());
    std::sort(sorted.begin(), sorted.end());
    const auto duplicate = std::adjacent_find(sorted.begin(), sorted.end());
    if (duplicate != sorted.end() && !duplicate->empty()) {
      At at(this, "entities");
      Fail("duplicate-value", "entity " + Quote(*duplicate) + " is listed twice");
    }
    if (!p.count) return;
    const auto listed = static_cast<long long>(p.entities.size());
    const bool wrong = p.closed ? *p.count != listed : *p.count < listed;
    if (!wrong) return;
    At at(this, "count");
    Fail("inconsistent-count", "count " + std::to_string(*p.count) +
                                   (p.closed ? " differs from the " : " is below the ") + std::to_string(listed) +
                                   " entities listed" + (p.closed ? " in a closed list" : ""));
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
}

}  // namespace loader

std::string_view EntityKindName(EntityKind kind) {
  for (const loader::EntityKindSpec& spec : loader::kEntityKinds) {
    if (spec.kind == kind) return spec.name;
  }
  return "unknown";
}

std::string_view FactKindName(FactKind kind) {
  for (const loader::FactKindSpec& spec : loader::kFactKinds) {
    if (spec.kind == kind) return spec.name;
  }
  return "unknown";
}

}  // namespace claimcheck
