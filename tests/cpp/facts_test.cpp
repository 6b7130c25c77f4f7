// Tests for the fact base (engine/src/facts_load.cpp, facts_validate.cpp): the model built from valid documents,
// one table of bad inputs -> error code and location, limits, merging, and the bundled fact base.
#include "claimcheck/facts.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/dates.h"

namespace claimcheck {
namespace {

// --- Helpers ----------------------------------------------------------------------------------------------------

constexpr const char* kSources = R"([{"id": "src", "title": "T", "publisher": "P", "date": "2023-04-25"}])";
constexpr const char* kEntities =
    R"([{"id": "syria", "name": "Syria", "kind": "country", "code": "SYR", "aliases": ["Syria"]},
        {"id": "damascus", "name": "Damascus", "kind": "city", "part_of": "syria"},
        {"id": "someone", "name": "Someone", "kind": "person"}])";

// A document with the given facts (a JSON array body), and default sources and entities.
std::string Doc(const std::string& facts, const std::string& entities = kEntities,
                const std::string& sources = kSources) {
  return R"({"name": "t", "version": "1", "sources": )" + sources + R"(, "entities": )" + entities + R"(, "facts": [)" +
         facts + "]}";
}

// A quantity fact whose "values" (or any other part) can be replaced through `extra` / `values`.
std::string Quantity(const std::string& values, const std::string& extra = "") {
  return R"({"id": "q", "kind": "quantity", "statement": "S.", "sources": ["src"], "triggers": ["killed"],
             "about": {"entities": ["syria"]}, "measure": "deaths", "unit": "people", "values": )" +
         values + extra + "}";
}

std::string Event(const std::string& body) {
  return R"({"id": "e", "kind": "event", "statement": "S.", "sources": ["src"], "triggers": ["met"], "about": {}, )" +
         body + "}";
}

std::vector<Error> Errors(const std::string& json) { return ValidateFacts(json, "t.json"); }

FactBase Load(const std::string& json) {
  Result<FactBase> result = FactBase::FromJson(json, "t.json");
  for (const Error& e : result.errors()) UNSCOPED_INFO(ErrorToString(e));
  REQUIRE(result.ok());
  return std::move(result.value());
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Describe(const std::vector<Error>& errors) {
  std::string out;
  for (const Error& e : errors) out += "[" + e.code + "] " + ErrorToString(e) + "\n";
  return out;
}

int Day(int y, int m, int d) { return DaysFromCivil(y, m, d); }

// --- Valid documents: what the model holds ------------------------------------------------------------------------

TEST_CASE("facts: a minimal document loads with its header and lookups", "[facts]") {
  const FactBase base = Load(Doc(Quantity(R"([{"value": {"exact": 3}}])")));
  CHECK(base.name() == "t");
  CHECK(base.version() == "1");
  REQUIRE(base.facts().size() == 1);
  REQUIRE(base.entities().size() == 3);
  REQUIRE(base.sources().size() == 1);
  CHECK(base.FindFact("q") == &base.facts()[0]);
  CHECK(base.FindEntity("damascus") == &base.entities()[1]);
  CHECK(base.FindSource("src") == &base.sources()[0]);
  CHECK(base.FindFact("nope") == nullptr);
  CHECK(base.FindEntity("q") == nullptr);  // ids are per kind of item
  const Entity& damascus = *base.FindEntity("damascus");
  CHECK(damascus.kind == EntityKind::kCity);
  CHECK(damascus.part_of == "syria");
  CHECK(base.FindEntity("syria")->code == "SYR");
  CHECK(base.sources()[0].date == "2023-04-25");
}

TEST_CASE("facts: value forms become closed or open ranges", "[facts]") {
  const FactBase base = Load(Doc(Quantity(R"([
      {"value": {"exact": 3}},
      {"value": {"approx": 500000, "tolerance": 0.2}, "label": "about 500,000", "as_of": "2023-04"},
      {"value": {"approx": 1000}},
      {"value": {"min": 24, "max": 99}, "label": "dozens"},
      {"value": {"min": 2000000}},
      {"value": {"max": 10}},
      {"value": {"approx": -50, "tolerance": 0.5}}])")));
  const std::vector<ValueRange>& v = base.facts()[0].quantities.at(0).values;
  REQUIRE(v.size() == 7);
  CHECK(v[0].low == 3);
  CHECK(v[0].high == 3);
  CHECK_FALSE(v[0].low_open);
  CHECK(v[0].source_id == "src");  // the fact's only source
  CHECK(v[1].low == Approx(400000));
  CHECK(v[1].high == Approx(600000));
  CHECK(v[1].label == "about 500,000");
  REQUIRE(v[1].as_of.has_value());
  CHECK(v[1].as_of->first == Day(2023, 4, 1));
  CHECK(v[1].as_of->last == Day(2023, 4, 30));
  CHECK(v[2].low == Approx(1000 * (1 - kDefaultTolerance)));
  CHECK(v[2].high == Approx(1000 * (1 + kDefaultTolerance)));
  CHECK(v[3].low == 24);
  CHECK(v[3].high == 99);
  CHECK(v[4].low == 2000000);
  CHECK(v[4].high_open);
  CHECK(std::isinf(v[4].high));
  CHECK(v[5].low_open);
  CHECK(std::isinf(v[5].low));
  CHECK(v[5].low < 0);
  CHECK(v[5].high == 10);
  CHECK(v[6].low == Approx(-75));  // a negative approx still gives low <= high
  CHECK(v[6].high == Approx(-25));
}

TEST_CASE("facts: a quantity fact has one slot carrying the fact's triggers", "[facts]") {
  const FactBase base = Load(Doc(Quantity(R"([{"value": {"exact": 1}}])")));
  const Fact& f = base.facts()[0];
  CHECK(f.kind == FactKind::kQuantity);
  REQUIRE(f.quantities.size() == 1);
  CHECK(f.quantities[0].measure == "deaths");
  CHECK(f.quantities[0].unit == "people");
  CHECK(f.quantities[0].triggers == std::vector<std::string>{"killed"});
  CHECK(f.about_entities == std::vector<std::string>{"syria"});
}

TEST_CASE("facts: event dates, place, participants and quantities", "[facts]") {
  const FactBase base =
      Load(Doc(Event(R"("date": {"on": "2022-11-20"}, "place": "damascus",
               "participants": {"entities": ["syria"], "closed": true, "roles": ["defence minister"], "count": 1},
               "quantities": [{"measure": "deaths", "unit": "people", "triggers": ["killing"],
                               "values": [{"value": {"min": 24, "max": 99}}]}])") +
               "," +
               R"({"id": "e2", "kind": "event", "statement": "S.", "sources": ["src"], "triggers": ["met"], "about": {},
          "date": {"from": "2022-11", "to": "2023"}})"));
  const Fact& e = *base.FindFact("e");
  REQUIRE(e.date.has_value());
  CHECK(e.date->first == Day(2022, 11, 20));
  CHECK(e.date->last == Day(2022, 11, 20));
  CHECK(e.date->granularity == DateGranularity::kDay);
  CHECK(e.place == "damascus");
  CHECK(e.participants.closed);
  CHECK(e.participants.count == 1);
  CHECK(e.participants.roles == std::vector<std::string>{"defence minister"});
  REQUIRE(e.quantities.size() == 1);
  CHECK(e.quantities[0].triggers == std::vector<std::string>{"killing"});
  CHECK(e.quantities[0].values.at(0).high == 99);
  const Fact& e2 = *base.FindFact("e2");
  REQUIRE(e2.date.has_value());
  CHECK(e2.date->first == Day(2022, 11, 1));
  CHECK(e2.date->last == Day(2023, 12, 31));
  CHECK(e2.date->granularity == DateGranularity::kYear);  // the coarser end
}

TEST_CASE("facts: role, count, period and ordinal slots", "[facts]") {
  const std::string common = R"("statement": "S.", "sources": ["src"], "triggers": ["t"], "about": {})";
  const FactBase base =
      Load(Doc(R"({"id": "r", "kind": "role", )" + common +
               R"(, "person": "someone", "office": "president", "of": "syria", "valid": {"from": "2000-07"},
          "as_of": "2023-04-25"},
         {"id": "c", "kind": "count", )" +
               common +
               R"(, "values": [{"value": {"exact": 3}}], "counted": "incursions", "actor": "syria",
          "period": {"from": "2016"}, "items": ["one", "two", "three"]},
         {"id": "p", "kind": "period", )" +
               common +
               R"(, "period": {"from": "2000s", "to": "2000s"}, "participants": {"entities": ["syria", "someone"]}},
         {"id": "o", "kind": "ordinal", )" +
               common + R"(, "ordinal": 19, "series": "International Meeting on Syria", "date": {"on": "2022-11"}})"));
  const Fact& r = *base.FindFact("r");
  CHECK(r.kind == FactKind::kRole);
  CHECK(r.person == "someone");
  CHECK(r.office == "president");
  CHECK(r.office_of == "syria");
  REQUIRE(r.period_from.has_value());
  CHECK(r.period_from->first == Day(2000, 7, 1));
  CHECK_FALSE(r.period_to.has_value());
  REQUIRE(r.as_of.has_value());
  CHECK(r.as_of->first == Day(2023, 4, 25));
  const Fact& c = *base.FindFact("c");
  CHECK(c.kind == FactKind::kCount);
  REQUIRE(c.count_values.size() == 1);
  CHECK(c.count_values[0].low == 3);
  CHECK(c.counted == "incursions");
  CHECK(c.actor == "syria");
  CHECK(c.items.size() == 3);
  REQUIRE(c.period_from.has_value());
  CHECK(c.period_from->first == Day(2016, 1, 1));
  CHECK_FALSE(c.period_to.has_value());
  const Fact& p = *base.FindFact("p");
  REQUIRE(p.period_from.has_value());
  REQUIRE(p.period_to.has_value());
  CHECK(p.period_from->granularity == DateGranularity::kDecade);
  CHECK(p.period_from->first == Day(2000, 1, 1));
  CHECK(p.period_to->last == Day(2009, 12, 31));
  CHECK_FALSE(p.participants.closed);
  const Fact& o = *base.FindFact("o");
  CHECK(o.ordinal == 19);
  CHECK(o.series == "International Meeting on Syria");
  REQUIRE(o.date.has_value());
  CHECK(o.date->granularity == DateGranularity::kMonth);
}

TEST_CASE("facts: about terms keep their groups; $schema and description are accepted", "[facts]") {
  const FactBase base = Load(R"({"$schema": "./schema.json", "name": "t", "version": "1", "description": "D",
      "sources": )" + std::string(kSources) +
                             R"(, "entities": )" + kEntities + R"(, "facts": [)" +
                             Quantity(R"([{"value": {"exact": 1}}])", "") + "]}");
  CHECK(base.description() == "D");
  const std::string with_terms = Doc(
      R"({"id": "q", "kind": "quantity", "statement": "S.", "sources": ["src"], "triggers": ["killed"],
          "about": {"entities": ["syria"], "terms": [["war", "civil war"], ["Syria"]]},
          "measure": "deaths", "unit": "people", "values": [{"value": {"exact": 1}}]})");
  const FactBase terms_base = Load(with_terms);
  const Fact& f = terms_base.facts()[0];
  REQUIRE(f.about_terms.size() == 2);
  CHECK(f.about_terms[0] == std::vector<std::string>{"war", "civil war"});
  CHECK(f.about_terms[1] == std::vector<std::string>{"Syria"});
}

TEST_CASE("facts: copies and moves keep lookups valid", "[facts]") {
  FactBase original = Load(Doc(Quantity(R"([{"value": {"exact": 1}}])")));
  const FactBase copy = original;  // NOLINT: the copy is the point
  CHECK(copy.FindFact("q") == &copy.facts()[0]);
  CHECK(copy.FindEntity("syria") == &copy.entities()[0]);
  const FactBase moved = std::move(original);
  CHECK(moved.FindFact("q") == &moved.facts()[0]);
  FactBase assigned;
  CHECK(assigned.FindFact("q") == nullptr);
  assigned = copy;
  CHECK(assigned.FindSource("src") == &assigned.sources()[0]);
}

// --- Bad documents: one error each, with its code and JSON pointer -------------------------------------------------

struct BadCase {
  const char* what;
  std::string json;
  const char* code;
  const char* pointer;
};

TEST_CASE("facts: each bad input gives exactly its error, at its pointer", "[facts][errors]") {
  const std::string ok_values = R"([{"value": {"exact": 1}}])";
  const std::vector<BadCase> cases = {
      // Shape: types, fields, kinds.
      {"root not an object", "[]", "wrong-type", ""},
      {"missing name", R"({"version": "1"})", "missing-field", ""},
      {"name not a string", R"({"name": 5, "version": "1"})", "wrong-type", "/name"},
      {"unknown top-level field", R"({"name": "t", "version": "1", "fact": []})", "unknown-field", "/fact"},
      {"facts not an array", R"({"name": "t", "version": "1", "facts": {}})", "wrong-type", "/facts"},
      {"fact not an object", Doc("42"), "wrong-type", "/facts/0"},
      {"unknown fact field (typo)", Doc(Quantity(ok_values, R"(, "triggerz": ["x"])")), "unknown-field",
       "/facts/0/triggerz"},
      {"field of another kind", Doc(Quantity(ok_values, R"(, "person": "damascus")")), "unknown-field",
       "/facts/0/person"},
      {"missing statement",
       Doc(R"({"id": "q", "kind": "quantity", "sources": ["src"], "triggers": ["k"], "about": {}, "measure": "m",
               "unit": "u", "values": [{"value": {"exact": 1}}]})"),
       "missing-field", "/facts/0"},
      {"unknown fact kind",
       Doc(R"({"id": "q", "kind": "rumour", "statement": "S.", "sources": ["src"], "triggers": ["k"], "about": {}})"),
       "unknown-kind", "/facts/0/kind"},
      {"unknown entity kind", Doc(Quantity(ok_values), R"([{"id": "syria", "name": "Syria", "kind": "state"}])"),
       "unknown-kind", "/entities/0/kind"},
      {"unknown value field", Doc(Quantity(R"([{"value": {"exact": 1, "exactly": 1}}])")), "unknown-field",
       "/facts/0/values/0/value/exactly"},
      {"value not a number", Doc(Quantity(R"([{"value": {"exact": "3"}}])")), "wrong-type",
       "/facts/0/values/0/value/exact"},
      {"closed not a boolean", Doc(Event(R"("date": {"on": "2022"}, "participants": {"entities": ["syria"],
                                                                                      "closed": "yes"})")),
       "wrong-type", "/facts/0/participants/closed"},
      {"ordinal not an integer",
       Doc(R"({"id": "o", "kind": "ordinal", "statement": "S.", "sources": ["src"], "triggers": ["t"], "about": {},
               "ordinal": 1.5, "series": "S"})"),
       "wrong-type", "/facts/0/ordinal"},
      {"ordinal zero",
       Doc(R"({"id": "o", "kind": "ordinal", "statement": "S.", "sources": ["src"], "triggers": ["t"], "about": {},
               "ordinal": 0, "series": "S"})"),
       "out-of-range", "/facts/0/ordinal"},
      // Strings, lists and ids.
      {"empty alias",
       Doc(Quantity(ok_values), R"([{"id": "syria", "name": "Syria", "kind": "country", "aliases": ["Syria", ""]}])"),
       "empty-string", "/entities/0/aliases/1"},
      {"untrimmed trigger",
       Doc(R"({"id": "q", "kind": "quantity", "statement": "S.", "sources": ["src"], "triggers": ["killed "],
               "about": {}, "measure": "m", "unit": "u", "values": [{"value": {"exact": 1}}]})"),
       "untrimmed-string", "/facts/0/triggers/0"},
      {"empty triggers",
       Doc(R"({"id": "q", "kind": "quantity", "statement": "S.", "sources": ["src"], "triggers": [], "about": {},
               "measure": "m", "unit": "u", "values": [{"value": {"exact": 1}}]})"),
       "empty-list", "/facts/0/triggers"},
      {"empty term group",
       Doc(R"({"id": "q", "kind": "quantity", "statement": "S.", "sources": ["src"], "triggers": ["k"],
               "about": {"terms": [["war"], []]}, "measure": "m", "unit": "u", "values": [{"value": {"exact": 1}}]})"),
       "empty-list", "/facts/0/about/terms/1"},
      {"empty values", Doc(Quantity("[]")), "empty-list", "/facts/0/values"},
      {"id not kebab-case", Doc(Quantity(ok_values), R"([{"id": "syria", "name": "Syria", "kind": "country"},
                                    {"id": "Aleppo_1", "name": "Aleppo", "kind": "city"}])"),
       "invalid-id", "/entities/1/id"},
      {"country code not alpha-3",
       Doc(Quantity(ok_values), R"([{"id": "syria", "name": "Syria", "kind": "country", "code": "SY"}])"),
       "invalid-code", "/entities/0/code"},
      {"country code on a city", Doc(Quantity(ok_values), R"([{"id": "syria", "name": "Syria", "kind": "country"},
                                    {"id": "x", "name": "X", "kind": "city", "code": "XXX"}])"),
       "invalid-code", "/entities/1/code"},
      {"source url not http",
       Doc(Quantity(ok_values), kEntities,
           R"([{"id": "src", "title": "T", "publisher": "P", "date": "2023",
                                       "url": "www.example.org"}])"),
       "invalid-url", "/sources/0/url"},
      // Dates.
      {"impossible date", Doc(Event(R"("date": {"on": "2023-02-30"})")), "invalid-date", "/facts/0/date/on"},
      {"malformed date", Doc(Event(R"("date": {"on": "25 April 2023"})")), "invalid-date", "/facts/0/date/on"},
      {"interval as one date", Doc(Event(R"("date": {"on": "2011/2015"})")), "invalid-date", "/facts/0/date/on"},
      {"decade not ending in 0", Doc(Event(R"("date": {"on": "2005s"})")), "invalid-date", "/facts/0/date/on"},
      {"source date impossible",
       Doc(Quantity(ok_values), kEntities, R"([{"id": "src", "title": "T", "publisher": "P", "date": "2023-13"}])"),
       "invalid-date", "/sources/0/date"},
      {"date with on and from", Doc(Event(R"("date": {"on": "2023", "from": "2022"})")), "conflicting-fields",
       "/facts/0/date"},
      {"event range without to", Doc(Event(R"("date": {"from": "2022"})")), "missing-field", "/facts/0/date"},
      {"empty date object", Doc(Event(R"("date": {})")), "missing-field", "/facts/0/date"},
      {"date range reversed", Doc(Event(R"("date": {"from": "2023-05", "to": "2023-04-30"})")), "range-inverted",
       "/facts/0/date/from"},
      // Values.
      {"min above max", Doc(Quantity(R"([{"value": {"min": 10, "max": 5}}])")), "range-inverted",
       "/facts/0/values/0/value/min"},
      {"negative tolerance", Doc(Quantity(R"([{"value": {"approx": 10, "tolerance": -0.1}}])")), "negative-tolerance",
       "/facts/0/values/0/value/tolerance"},
      {"tolerance above 1", Doc(Quantity(R"([{"value": {"approx": 10, "tolerance": 10}}])")), "out-of-range",
       "/facts/0/values/0/value/tolerance"},
      {"tolerance without approx", Doc(Quantity(R"([{"value": {"exact": 10, "tolerance": 0.1}}])")),
       "conflicting-fields", "/facts/0/values/0/value/tolerance"},
      {"exact and min", Doc(Quantity(R"([{"value": {"exact": 10, "min": 1}}])")), "conflicting-fields",
       "/facts/0/values/0/value"},
      {"no value form", Doc(Quantity(R"([{"value": {}}])")), "missing-field", "/facts/0/values/0/value"},
      {"negative count",
       Doc(R"({"id": "c", "kind": "count", "statement": "S.", "sources": ["src"], "triggers": ["t"], "about": {},
               "values": [{"value": {"exact": -1}}], "counted": "x", "actor": "syria", "period": {"from": "2016"}})"),
       "out-of-range", "/facts/0/values/0/value"},
      {"value source not among the fact's", Doc(Quantity(R"([{"value": {"exact": 1}, "source": "other"}])")),
       "unknown-reference", "/facts/0/values/0/source"},
      {"participant count below a closed list",
       Doc(Event(R"("date": {"on": "2022"}, "participants": {"entities": ["syria", "someone"], "closed": true,
                                                             "count": 3})")),
       "inconsistent-count", "/facts/0/participants/count"},
      {"participant listed twice",
       Doc(Event(R"("date": {"on": "2022"}, "participants": {"entities": ["syria", "syria"]})")), "duplicate-value",
       "/facts/0/participants/entities"},
      // Ids and references.
      {"duplicate fact id", Doc(Quantity(ok_values) + "," + Quantity(ok_values)), "duplicate-id", "/facts/1/id"},
      {"duplicate entity id", Doc(Quantity(ok_values), R"([{"id": "syria", "name": "Syria", "kind": "country"},
                                    {"id": "syria", "name": "Syria", "kind": "country"}])"),
       "duplicate-id", "/entities/1/id"},
      {"duplicate source id",
       Doc(Quantity(ok_values), kEntities,
           R"([{"id": "src", "title": "T", "publisher": "P", "date": "2023"},
                                      {"id": "src", "title": "U", "publisher": "P", "date": "2023"}])"),
       "duplicate-id", "/sources/1/id"},
      {"unknown entity in about",
       Doc(R"({"id": "q", "kind": "quantity", "statement": "S.", "sources": ["src"], "triggers": ["k"],
               "about": {"entities": ["syria", "narnia"]}, "measure": "m", "unit": "u",
               "values": [{"value": {"exact": 1}}]})"),
       "unknown-reference", "/facts/0/about/entities/1"},
      {"unknown source", Doc(Quantity(ok_values).replace(Quantity(ok_values).find("[\"src\"]"), 7, "[\"bbc\"]")),
       "unknown-reference", "/facts/0/sources/0"},
      {"unknown place", Doc(Event(R"("date": {"on": "2022"}, "place": "atlantis")")), "unknown-reference",
       "/facts/0/place"},
      {"role person is not a person",
       Doc(R"({"id": "r", "kind": "role", "statement": "S.", "sources": ["src"], "triggers": ["t"], "about": {},
               "person": "syria", "office": "president", "of": "syria"})"),
       "wrong-entity-kind", "/facts/0/person"},
      {"unknown part_of",
       Doc(Quantity(ok_values), R"([{"id": "syria", "name": "Syria", "kind": "country", "part_of": "asia"}])"),
       "unknown-reference", "/entities/0/part_of"},
      {"part_of itself",
       Doc(Quantity(ok_values), R"([{"id": "syria", "name": "Syria", "kind": "country", "part_of": "syria"}])"),
       "reference-cycle", "/entities/0/part_of"},
      {"part_of cycle", Doc(Quantity(ok_values), R"([{"id": "syria", "name": "Syria", "kind": "country"},
                                    {"id": "a", "name": "A", "kind": "region", "part_of": "b"},
                                    {"id": "b", "name": "B", "kind": "region", "part_of": "a"}])"),
       "reference-cycle", "/entities/1/part_of"},
      // Parser-level problems that are not syntax errors.
      {"duplicate key", R"({"name": "t", "version": "1", "name": "u"})", "duplicate-key", "/name"},
      {"duplicate key in a fact", Doc(Quantity(ok_values, R"(, "unit": "people")")), "duplicate-key", "/facts/0/unit"},
  };
  for (const BadCase& c : cases) {
    INFO(c.what);
    const std::vector<Error> errors = Errors(c.json);
    INFO(Describe(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == c.code);
    CHECK(errors[0].pointer == c.pointer);
    CHECK(errors[0].file == "t.json");
    CHECK(errors[0].line == 0);
    CHECK_FALSE(errors[0].message.empty());
  }
}

TEST_CASE("facts: messages say what was expected and what was found", "[facts][errors]") {
  const std::vector<Error> type = Errors(R"({"name": 5, "version": "1"})");
  REQUIRE(type.size() == 1);
  CHECK(type[0].message == "expected a string, found a number (5)");
  const std::vector<Error> range = Errors(Doc(Quantity(R"([{"value": {"min": 10, "max": 5}}])")));
  REQUIRE(range.size() == 1);
  CHECK(ErrorToString(range[0]) == "t.json:/facts/0/values/0/value/min: min 10 is greater than max 5");
  const std::vector<Error> typo = Errors(R"({"name": "t", "version": "1", "facs": []})");
  REQUIRE(typo.size() == 1);
  CHECK(typo[0].message == "unknown field \"facs\" (did you mean \"facts\"?)");
  const std::vector<Error> date = Errors(Doc(Event(R"("date": {"on": "2023-02-30"})")));
  REQUIRE(date.size() == 1);
  CHECK(date[0].message.find("\"2023-02-30\"") != std::string::npos);
  CHECK(ErrorToString(Error{"x", "whole document", "f.json", "", 0, 0}) == "f.json: whole document");
}

TEST_CASE("facts: every error is found, not only the first", "[facts][errors]") {
  const std::vector<Error> errors =
      Errors(Doc(Quantity(R"([{"value": {"min": 10, "max": 5}}, {"value": {"approx": 1, "tolerance": -1}}])") + "," +
                 Event(R"("date": {"on": "2023-02-30"}, "place": "atlantis")")));
  INFO(Describe(errors));
  REQUIRE(errors.size() == 4);
  CHECK(errors[0].code == "range-inverted");
  CHECK(errors[1].code == "negative-tolerance");
  CHECK(errors[2].code == "invalid-date");
  CHECK(errors[3].code == "unknown-reference");
}

TEST_CASE("facts: errors stop at kMaxErrors plus one too-many-errors", "[facts][errors]") {
  std::string facts;
  for (int i = 0; i < 1500; ++i) facts += std::string(i ? "," : "") + "7";
  const std::vector<Error> errors = Errors(Doc(facts));
  REQUIRE(errors.size() == kMaxErrors + 1);
  CHECK(errors.back().code == "too-many-errors");
  CHECK(errors[999].pointer == "/facts/999");
}

// --- Syntax errors and limits -------------------------------------------------------------------------------------

struct SyntaxCase {
  const char* what;
  std::string json;
  int line;
  int column;
};

TEST_CASE("facts: malformed JSON reports line and column", "[facts][errors]") {
  const std::vector<SyntaxCase> cases = {
      {"empty text", "", 1, 1},
      {"double comma", "[1,,2]", 1, 4},
      {"second line", "{\n  \"name\": tru\n}", 2, 14},  // just after the bad literal
      {"missing colon", "{\"name\" \"t\"}", 1, 11},     // the last character of the offending token
      {"unterminated object", "{\"name\": \"t\"", 1, 13},
      {"trailing garbage", "{}\n]", 2, 1},
      {"column counts characters, not bytes", "[\"Türkiye\", ]", 1, 13},
      {"invalid UTF-8", "[\"\xff\"]", 1, 3},
      {"number out of range", "[1e999]", 1, 6},
  };
  for (const SyntaxCase& c : cases) {
    INFO(c.what);
    const std::vector<Error> errors = Errors(c.json);
    INFO(Describe(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "syntax");
    CHECK(errors[0].line == c.line);
    CHECK(errors[0].column == c.column);
    CHECK(ErrorToString(errors[0]).rfind("t.json:" + std::to_string(c.line) + ":" + std::to_string(c.column) + ": ",
                                         0) == 0);
  }
}

TEST_CASE("facts: a syntax error inside a fact still names the fact", "[facts][errors]") {
  const std::vector<Error> errors = Errors(Doc(Quantity(R"([{"value": {"exact": 1}}])") + ", {\"id\": }"));
  REQUIRE_FALSE(errors.empty());
  CHECK(errors.back().code == "syntax");
  CHECK(errors.back().pointer == "/facts/1/id");
}

TEST_CASE("facts: 100,000 nested brackets are too-deep, not a crash", "[facts][limits]") {
  const std::vector<Error> arrays = Errors(std::string(100000, '['));
  REQUIRE(arrays.size() == 1);
  CHECK(arrays[0].code == "too-deep");
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  const std::vector<Error> nested = Errors(objects);
  REQUIRE(nested.size() == 1);
  CHECK(nested[0].code == "too-deep");
  CHECK(nested[0].pointer.rfind("/a/a/a", 0) == 0);
  // Exactly at the limit is fine for the parser (the schema then rejects it).
  const std::string at_limit = std::string(kMaxNestingDepth, '[') + std::string(kMaxNestingDepth, ']');
  const std::vector<Error> ok = Errors(at_limit);
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].code == "wrong-type");
  const std::string over = std::string(kMaxNestingDepth + 1, '[') + std::string(kMaxNestingDepth + 1, ']');
  CHECK(Errors(over).at(0).code == "too-deep");
}

TEST_CASE("facts: documents over the size limit are rejected before parsing", "[facts][limits]") {
  std::string big(kMaxDocumentBytes + 1, ' ');
  big.front() = '{';
  big.back() = '}';
  const std::vector<Error> errors = Errors(big);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "too-large");
  CHECK(errors[0].pointer.empty());
}

// --- Several documents ------------------------------------------------------------------------------------------

TEST_CASE("facts: merging separately loaded documents", "[facts][merge]") {
  const std::string a = Doc(Quantity(R"([{"value": {"exact": 1}}])"));
  const std::string b =
      R"({"name": "b", "version": "2", "sources": [{"id": "s2", "title": "T", "publisher": "P", "date": "2023"}],
          "entities": [{"id": "iran", "name": "Iran", "kind": "country"}],
          "facts": [{"id": "q2", "kind": "quantity", "statement": "S.", "sources": ["s2"], "triggers": ["k"],
                     "about": {"entities": ["iran"]}, "measure": "m", "unit": "u",
                     "values": [{"value": {"exact": 2}}]}]})";
  Result<FactBase> pa = FactBase::FromJson(a, "a.json");
  Result<FactBase> pb = FactBase::FromJson(b, "b.json");
  REQUIRE(pa.ok());
  REQUIRE(pb.ok());
  std::vector<FactBase> parts;
  parts.push_back(std::move(pa.value()));
  parts.push_back(std::move(pb.value()));
  Result<FactBase> merged = FactBase::Merge(std::move(parts));
  REQUIRE(merged.ok());
  const FactBase& base = merged.value();
  CHECK(base.name() == "t");  // from the first part
  CHECK(base.facts().size() == 2);
  CHECK(base.FindFact("q2")->count_values.empty());
  CHECK(base.FindFact("q2")->quantities.at(0).values.at(0).low == 2);
  CHECK(base.FindEntity("iran") != nullptr);
  CHECK(base.FindEntity("syria") != nullptr);
  CHECK(base.FindSource("s2") != nullptr);
}

TEST_CASE("facts: a duplicate id across merged documents names both files", "[facts][merge]") {
  const std::string a = Doc(Quantity(R"([{"value": {"exact": 1}}])"));
  const std::string b =
      R"({"name": "b", "version": "1", "sources": [{"id": "s2", "title": "T", "publisher": "P", "date": "2023"}],
          "facts": [{"id": "other", "kind": "event", "statement": "S.", "sources": ["s2"], "triggers": ["k"],
                     "about": {}, "date": {"on": "2022"}},
                    {"id": "q", "kind": "event", "statement": "S.", "sources": ["s2"], "triggers": ["k"],
                     "about": {}, "date": {"on": "2022"}}]})";
  std::vector<FactBase> parts;
  parts.push_back(Load(a));
  Result<FactBase> pb = FactBase::FromJson(b, "b.json");
  REQUIRE(pb.ok());
  parts.push_back(std::move(pb.value()));
  const Result<FactBase> merged = FactBase::Merge(std::move(parts));
  REQUIRE_FALSE(merged.ok());
  REQUIRE(merged.errors().size() == 1);
  const Error& e = merged.errors()[0];
  CHECK(e.code == "duplicate-id");
  CHECK(e.file == "b.json");
  CHECK(e.pointer == "/facts/1/id");
  CHECK(e.message.find("t.json at /facts/0") != std::string::npos);
}

TEST_CASE("facts: documents loaded together may reference each other", "[facts][merge]") {
  const std::string entities =
      R"({"name": "shared", "version": "1", "entities": [{"id": "iran", "name": "Iran", "kind": "country"}]})";
  const std::string facts =
      R"({"name": "f", "version": "1", "sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2023"}],
          "facts": [{"id": "e", "kind": "event", "statement": "S.", "sources": ["s"], "triggers": ["met"],
                     "about": {"entities": ["iran"]}, "date": {"on": "2022"}, "place": "iran"}]})";
  // Alone, the facts document has a dangling reference...
  const std::vector<Error> alone = Errors(facts);
  REQUIRE(alone.size() == 2);
  CHECK(alone[0].code == "unknown-reference");
  // ...which the shared entities document resolves.
  const Result<FactBase> together = FactBase::FromJsonDocuments({{entities, "entities.json"}, {facts, "facts.json"}});
  for (const Error& e : together.errors()) UNSCOPED_INFO(ErrorToString(e));
  REQUIRE(together.ok());
  CHECK(together.value().name() == "shared");
  CHECK(together.value().FindFact("e")->place == "iran");
  // A dangling reference across documents names its own file.
  const Result<FactBase> missing = FactBase::FromJsonDocuments({{facts, "facts.json"}});
  REQUIRE(missing.errors().size() == 2);
  CHECK(missing.errors()[0].file == "facts.json");
  CHECK(missing.errors()[0].pointer == "/facts/0/about/entities/0");
}

// --- The bundled fact base ----------------------------------------------------------------------------------------

class Bundled {
 public:
  static const FactBase& Get() {
    static const FactBase base = [] {
      const std::string path = std::string(CLAIMCHECK_SOURCE_DIR) + "/facts/moscow-2023-04-25.json";
      const std::string text = ReadFile(path);
      REQUIRE_FALSE(text.empty());
      return Load(text);
    }();
    return base;
  }
};

const Fact& BundledFact(std::string_view id) {
  const Fact* f = Bundled::Get().FindFact(id);
  INFO(id);
  REQUIRE(f != nullptr);
  return *f;
}

TEST_CASE("bundled facts: every value traces to a dated source", "[facts][bundled]") {
  const FactBase& base = Bundled::Get();
  CHECK(base.sources().size() > 10);
  for (const Source& source : base.sources()) {
    INFO(source.id);
    CHECK(ParseIsoDateRange(source.date).has_value());
    CHECK_FALSE(source.publisher.empty());
  }
  std::size_t values = 0;
  auto traced = [&](const Fact& f, const ValueRange& v) {
    INFO(f.id << " " << v.label);
    ++values;
    const std::string id = v.source_id.empty() && f.source_ids.size() == 1 ? f.source_ids[0] : v.source_id;
    REQUIRE(base.FindSource(id) != nullptr);
    CHECK(std::find(f.source_ids.begin(), f.source_ids.end(), id) != f.source_ids.end());
    CHECK(v.as_of.has_value());
    CHECK_FALSE(v.label.empty());
  };
  for (const Fact& f : base.facts()) {
    INFO(f.id);
    CHECK_FALSE(f.triggers.empty());
    CHECK_FALSE(f.statement.empty());
    for (const QuantitySlot& q : f.quantities) {
      for (const ValueRange& v : q.values) traced(f, v);
    }
    for (const ValueRange& v : f.count_values) traced(f, v);
  }
  CHECK(values > 30);
}

TEST_CASE("bundled facts: the twelve facts of version 1 keep their ids and kinds", "[facts][bundled]") {
  const std::pair<const char*, FactKind> v1[] = {
      {"moscow-quadrilateral-2023", FactKind::kEvent},     {"syria-war-death-toll", FactKind::kQuantity},
      {"syria-war-displaced", FactKind::kQuantity},        {"turkish-airstrikes-2022-11-20", FactKind::kEvent},
      {"moscow-meeting-2022-12-28", FactKind::kEvent},     {"akar-defence-minister", FactKind::kRole},
      {"erdogan-turkiye-president", FactKind::kRole},      {"assad-syria-president", FactKind::kRole},
      {"russia-syria-campaign", FactKind::kPeriod},        {"turkish-incursions-since-2016", FactKind::kCount},
      {"erdogan-assad-2000s", FactKind::kPeriod},          {"astana-19th-meeting", FactKind::kOrdinal},
  };
  for (const auto& [id, kind] : v1) CHECK(BundledFact(id).kind == kind);
  CHECK(std::find(BundledFact("syria-war-death-toll").source_ids.begin(),
                  BundledFact("syria-war-death-toll").source_ids.end(),
                  "tdi-2023-04-25") != BundledFact("syria-war-death-toll").source_ids.end());
}

TEST_CASE("bundled facts: entities with codes, aliases, metonyms and demonyms", "[facts][bundled]") {
  const FactBase& base = Bundled::Get();
  const auto has = [](const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
  };
  const Entity* turkiye = base.FindEntity("turkiye");
  REQUIRE(turkiye != nullptr);
  CHECK(turkiye->kind == EntityKind::kCountry);
  CHECK(turkiye->code == "TUR");
  CHECK(has(turkiye->aliases, "Türkiye"));
  CHECK(has(turkiye->aliases, "Turkiye"));
  CHECK(has(turkiye->aliases, "Turkey"));
  CHECK(has(turkiye->metonyms, "Ankara"));
  CHECK(has(turkiye->demonyms, "Turkish"));
  CHECK(base.FindEntity("russia")->code == "RUS");
  CHECK(has(base.FindEntity("russia")->metonyms, "the Kremlin"));
  CHECK(has(base.FindEntity("russia")->metonyms, "Moscow"));
  CHECK(base.FindEntity("iran")->code == "IRN");
  CHECK(has(base.FindEntity("iran")->metonyms, "Tehran"));
  CHECK(base.FindEntity("syria")->code == "SYR");
  CHECK(has(base.FindEntity("syria")->aliases, "Syrian Arab Republic"));
  CHECK(has(base.FindEntity("syria")->metonyms, "Damascus"));
  CHECK(base.FindEntity("moscow")->kind == EntityKind::kCity);
  CHECK(base.FindEntity("moscow")->part_of == "russia");
  CHECK(base.FindEntity("hulusi-akar")->kind == EntityKind::kPerson);
  CHECK(has(base.FindEntity("recep-tayyip-erdogan")->aliases, "Erdoğan"));
  CHECK(has(base.FindEntity("recep-tayyip-erdogan")->aliases, "Erdogan"));
  CHECK(has(base.FindEntity("bashar-al-assad")->aliases, "Assad"));
  CHECK(has(base.FindEntity("bashar-al-assad")->aliases, "Bashar Assad"));
  CHECK(base.FindEntity("kurdish-forces")->kind == EntityKind::kGroup);
}

TEST_CASE("bundled facts: moscow-quadrilateral-2023", "[facts][bundled]") {
  const Fact& f = BundledFact("moscow-quadrilateral-2023");
  CHECK(f.kind == FactKind::kEvent);
  REQUIRE(f.date.has_value());
  CHECK(f.date->first == Day(2023, 4, 25));
  CHECK(f.date->last == Day(2023, 4, 25));
  CHECK(f.place == "moscow");
  CHECK(f.participants.entities == std::vector<std::string>{"russia", "iran", "syria", "turkiye"});
  CHECK(f.participants.closed);
  CHECK(f.participants.count == 4);
  CHECK(f.participants.roles == std::vector<std::string>{"defence minister"});
}

TEST_CASE("bundled facts: syria-war-death-toll and syria-war-displaced", "[facts][bundled]") {
  const Fact& toll = BundledFact("syria-war-death-toll");
  CHECK(toll.kind == FactKind::kQuantity);
  REQUIRE(toll.quantities.size() == 1);
  const std::vector<ValueRange>& values = toll.quantities[0].values;
  CHECK(values.size() > 10);
  // the report's own figure, and the UN's and the monitor's, each with its date
  auto find = [&](const std::string& source, double inside) -> const ValueRange* {
    for (const ValueRange& v : values) {
      if (v.source_id == source && v.low <= inside && inside <= v.high) return &v;
    }
    return nullptr;
  };
  REQUIRE(find("tdi-2023-04-25", 500000) != nullptr);
  CHECK(find("tdi-2023-04-25", 500000)->low == Approx(450000));
  CHECK(find("tdi-2023-04-25", 500000)->high == Approx(550000));
  REQUIRE(find("un-ohchr-2021-09-24", 350209) != nullptr);
  CHECK(find("un-ohchr-2021-09-24", 350209)->as_of->first == Day(2021, 9, 24));
  REQUIRE(find("un-2014-08", 191369) != nullptr);
  REQUIRE(find("sohr-2024-03", 617910) != nullptr);
  CHECK(toll.about_entities == std::vector<std::string>{"syria"});
  REQUIRE(toll.about_terms.size() == 1);
  const Fact& displaced = BundledFact("syria-war-displaced");
  CHECK(displaced.kind == FactKind::kQuantity);
  const auto millions = std::find_if(displaced.quantities.at(0).values.begin(), displaced.quantities.at(0).values.end(),
                                     [](const ValueRange& v) { return v.label == "millions"; });
  REQUIRE(millions != displaced.quantities.at(0).values.end());
  CHECK(millions->low == 2000000);
  CHECK(millions->high == 999999999);
  CHECK(displaced.about_entities == std::vector<std::string>{"syria"});
}

TEST_CASE("bundled facts: turkish-airstrikes-2022-11-20", "[facts][bundled]") {
  const Fact& f = BundledFact("turkish-airstrikes-2022-11-20");
  CHECK(f.kind == FactKind::kEvent);
  REQUIRE(f.date.has_value());
  // late on 19 November by some accounts, 20 November by others
  CHECK(f.date->first == Day(2022, 11, 19));
  CHECK(f.date->last == Day(2022, 11, 20));
  CHECK(f.date->granularity == DateGranularity::kDay);
  CHECK(f.participants.entities == std::vector<std::string>{"turkiye"});
  CHECK_FALSE(f.participants.closed);
  REQUIRE(f.quantities.size() == 3);
  CHECK(f.quantities[0].measure == "deaths");
  const auto dozens = std::find_if(f.quantities[0].values.begin(), f.quantities[0].values.end(),
                                   [](const ValueRange& v) { return v.label == "dozens"; });
  REQUIRE(dozens != f.quantities[0].values.end());
  CHECK(dozens->low == 24);
  CHECK(dozens->high == 99);
  CHECK(f.note.find("2022") != std::string::npos);
}

TEST_CASE("bundled facts: moscow-meeting-2022-12-28", "[facts][bundled]") {
  const Fact& f = BundledFact("moscow-meeting-2022-12-28");
  CHECK(f.kind == FactKind::kEvent);
  REQUIRE(f.date.has_value());
  CHECK(f.date->first == Day(2022, 12, 28));
  CHECK(f.date->last == Day(2022, 12, 28));
  CHECK(f.place == "moscow");
  CHECK(f.participants.entities == std::vector<std::string>{"russia", "turkiye", "syria"});
  CHECK_FALSE(f.participants.closed);
  CHECK(f.participants.roles == std::vector<std::string>{"defence minister", "intelligence chief"});
  CHECK_FALSE(f.note.empty());
}

TEST_CASE("bundled facts: role facts", "[facts][bundled]") {
  const Fact& akar = BundledFact("akar-defence-minister");
  CHECK(akar.kind == FactKind::kRole);
  CHECK(akar.person == "hulusi-akar");
  CHECK(akar.office == "defence minister");
  CHECK(akar.office_of == "turkiye");
  REQUIRE(akar.as_of.has_value());
  CHECK(akar.as_of->first == Day(2023, 4, 25));
  CHECK(BundledFact("erdogan-turkiye-president").office_of == "turkiye");
  CHECK(BundledFact("assad-syria-president").person == "bashar-al-assad");
}

TEST_CASE("bundled facts: russia-syria-campaign and erdogan-assad-2000s", "[facts][bundled]") {
  const Fact& campaign = BundledFact("russia-syria-campaign");
  CHECK(campaign.kind == FactKind::kPeriod);
  REQUIRE(campaign.period_from.has_value());
  CHECK(campaign.period_from->first == Day(2015, 9, 30));
  CHECK(campaign.period_from->granularity == DateGranularity::kDay);
  CHECK_FALSE(campaign.period_to.has_value());
  CHECK(campaign.participants.entities == std::vector<std::string>{"russia", "iran"});
  CHECK_FALSE(campaign.participants.closed);
  const Fact& ties = BundledFact("erdogan-assad-2000s");
  CHECK(ties.kind == FactKind::kPeriod);
  REQUIRE(ties.period_from.has_value());
  REQUIRE(ties.period_to.has_value());
  CHECK(ties.period_from->first == Day(2000, 1, 1));
  CHECK(ties.period_to->last == Day(2009, 12, 31));
  CHECK(ties.period_from->granularity == DateGranularity::kDecade);
  CHECK(ties.about_entities == std::vector<std::string>{"recep-tayyip-erdogan", "bashar-al-assad"});
}

TEST_CASE("bundled facts: turkish-incursions-since-2016 and astana-19th-meeting", "[facts][bundled]") {
  const Fact& count = BundledFact("turkish-incursions-since-2016");
  CHECK(count.kind == FactKind::kCount);
  REQUIRE(count.count_values.size() == 1);
  CHECK(count.count_values[0].low == 3);
  CHECK(count.count_values[0].high == 3);
  CHECK(count.actor == "turkiye");
  REQUIRE(count.period_from.has_value());
  CHECK(count.period_from->first == Day(2016, 1, 1));
  CHECK_FALSE(count.period_to.has_value());
  const Fact& astana = BundledFact("astana-19th-meeting");
  CHECK(astana.kind == FactKind::kOrdinal);
  CHECK(astana.ordinal == 19);
  CHECK(astana.series == "International Meeting on Syria");
  CHECK(astana.participants.closed);
  CHECK(astana.participants.entities.size() == 3);
}

}  // namespace
}  // namespace claimcheck
