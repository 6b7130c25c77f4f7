// The fact base: what the checker compares claims against.
//
// A fact base is one or more JSON documents (format: facts/README.md, schema: facts/schema.json) holding sources,
// entities (countries, cities, people, ...) and facts (a quantity, an event, a role, a count, a period, an ordinal),
// each fact with the slots a claim can be checked on. Loading parses, validates and indexes in one pass; every
// problem found comes back as an Error (file, JSON pointer, expected vs found), not only the first.
//
// A FactBase is immutable after loading and safe to share between threads by const reference; lookups by id are
// O(1). Nothing here throws, prints or aborts: exceptions from the JSON library are caught inside the loader.
//
// Limits: a document may be at most kMaxDocumentBytes long and nest arrays/objects at most kMaxNestingDepth deep
// (deeper input is rejected while parsing, so it cannot exhaust the stack).
#ifndef CLAIMCHECK_FACTS_H_
#define CLAIMCHECK_FACTS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/lexicon.h"
#include "claimcheck/result.h"

namespace claimcheck {

inline constexpr std::size_t kMaxDocumentBytes = 64u * 1024u * 1024u;  // 64 MiB per document
inline constexpr int kMaxNestingDepth = 64;                            // arrays + objects, the root counts as 1
inline constexpr std::size_t kMaxErrors = 1000;   // further errors are dropped after one "too-many-errors"
inline constexpr double kDefaultTolerance = 0.1;  // {"approx": n} without "tolerance" means n +/- 10 %

// A compiled fact base (`claimcheck compile`, facts/README.md "Compiled fact bases") is a loaded FactBase as bytes:
// it loads without JSON parsing or field validation. Little-endian and fixed-width, so one file serves native and
// WebAssembly builds. It starts with kCompiledFactsMagic (0x89 never starts JSON text), then the format and the
// version of the engine that wrote it: a file of another format or engine version is refused ("compiled-stale"),
// as is a truncated or damaged one ("compiled-corrupt") or one that starts with 0x89 but is not ours
// ("not-a-fact-base").
inline constexpr std::string_view kCompiledFactsMagic{"\x89" "CCFACT\n", 8};
inline constexpr std::uint32_t kCompiledFactsFormat = 1;

// Whether `bytes` are meant as a compiled fact base (they start with 0x89), whole or not; else they are JSON.
bool IsCompiledFacts(std::string_view bytes);

struct Source {
  std::string id, title, publisher, date, url;  // date as written (ISO); url may be empty
  std::vector<std::string> aliases;             // other names text uses for the publisher ("UN", "United Nations")
};

// The source as a report gives it: the same without its aliases (they serve matching, and copying them into every
// claim cost more than the rest of the source).
inline Source ReportedSource(const Source& s) { return Source{s.id, s.title, s.publisher, s.date, s.url, {}}; }

// kRegion is a part of a country that is not a city ("northern Syria"); kVenue a place inside a city (a stadium,
// a building); kVehicle a craft (a spacecraft, a ship, an aircraft).
enum class EntityKind { kCountry, kCity, kPerson, kOrganization, kEvent, kGroup, kRegion, kVenue, kVehicle };

// An office a fact base names, with the titles news writes it with (facts/README.md, `offices`).
struct Office {
  std::string name;                 // "chief executive"
  std::vector<std::string> titles;  // "CEO", "chief executive officer", "boss"
  bool one_holder = true;           // "holders": "one" (default) or "many"
};

struct Entity {
  std::string id, name;
  EntityKind kind = EntityKind::kCountry;
  std::vector<std::string> aliases;   // names as written in text, with and without diacritics
  std::vector<std::string> demonyms;  // "Turkish"
  std::vector<std::string> metonyms;  // names standing for it in news: "Ankara", "the Kremlin"
  std::string code;                   // ISO 3166-1 alpha-3 for countries ("TUR"), else empty
  std::string part_of;                // entity id (a city's country), else empty
};

// A closed interval of acceptable values. {"approx": n, "tolerance": t} is stored as [n(1-t), n(1+t)];
// {"exact": n} as [n, n]. An open end (min or max omitted) has low_open/high_open set and low = -infinity or
// high = +infinity.
struct ValueRange {
  double low = 0;
  double high = 0;
  bool low_open = false;
  bool high_open = false;
  std::string label;               // how the source put it: "about 500,000", "millions", "dozens"
  std::string source_id;           // the source of this figure (defaults to the fact's only source)
  std::optional<DateRange> as_of;  // when the figure was true, if given
  bool retracted = false;          // withdrawn by its source: supports nothing
  std::string note;                // why (a retraction), shown in reports
};

struct QuantitySlot {
  std::string measure;                // "deaths", "displaced people"
  std::string unit;                   // "people"
  std::vector<std::string> triggers;  // words that name this measure in text ("killed", "death toll")
  std::vector<ValueRange> values;     // one per source; several when sources disagree
  std::string place;                  // entity id of the place the figure is for ("in north-eastern Libya"), or ""
};

// A time of day on an event's date, in minutes after midnight at `utc_offset_minutes` (when `zoned`).
struct TimeWindow {
  int first = 0;  // minutes, inclusive
  int last = 0;
  bool zoned = false;
  int utc_offset_minutes = 0;
};

enum class FactKind { kQuantity, kEvent, kRole, kCount, kPeriod, kOrdinal };

struct Participants {
  std::vector<std::string> entities;  // entity ids
  bool closed = false;                // true: exactly these, a claim naming another one is wrong
  std::vector<std::string> roles;     // "defence minister": in what capacity they took part
  std::optional<int> count;           // how many took part, if the source says
};

struct Fact {
  std::string id;
  FactKind kind = FactKind::kQuantity;
  std::string statement;  // one plain-English sentence, for reports
  std::string note;       // how a value was resolved ("year resolved from the article date"), may be empty
  std::vector<std::string> source_ids;
  std::vector<std::string> triggers;                  // words/phrases that identify the fact in text
  std::vector<std::string> about_entities;            // entity ids that a sentence must ALL mention
  std::vector<std::vector<std::string>> about_terms;  // each inner list: the sentence must contain one of them

  std::optional<DateRange> date;                    // event, ordinal: when it happened
  std::optional<TimeWindow> time;                    // event: at what time of day, if the source says
  std::string winner;                               // event: the participant that won (entity id), may be empty
  std::optional<DateRange> period_from, period_to;  // period, count: the span; role: valid from/to; open = nullopt
  std::string place;                                // event: entity id, may be empty
  Participants participants;                        // event, period, ordinal
  std::vector<QuantitySlot> quantities;  // quantity: exactly one (its triggers = the fact's); event: optional

  std::vector<ValueRange> count_values;  // count: how many events
  std::string counted, actor;            // count: what was counted, who did it (entity id)
  std::vector<std::string> items;        // count: names of the counted events, may be empty

  std::string person, office, office_of;  // role: entity ids for person/office_of; office in words
  std::optional<DateRange> as_of;         // role: a date on which the source shows the office held
  std::string predecessor, successor;     // role: entity ids of who held the office before and after, may be empty

  int ordinal = 0;     // ordinal: 19 for "the 19th"
  std::string series;  // ordinal: "International Meeting on Syria"
};

class FactBase {
 public:
  // One document of a multi-file fact base; text and file_name are read only during the call.
  struct Document {
    std::string_view json_text;
    std::string_view file_name;
  };

  FactBase() = default;
  FactBase(const FactBase& other);
  FactBase& operator=(const FactBase& other);
  FactBase(FactBase&&) noexcept = default;
  FactBase& operator=(FactBase&&) noexcept = default;
  ~FactBase() = default;

  // Parses and validates one self-contained document (every id it references is defined in it).
  // file_name is used only in errors.
  static Result<FactBase> FromJson(std::string_view json_text, std::string_view file_name);

  // Several documents loaded as one fact base (a directory's files): references may cross documents (facts in
  // one file, shared entities in another); ids must be unique across all of them. A document that
  // IsCompiledFacts() is read as a compiled fact base (FromCompiled), so compiled and JSON parts mix.
  static Result<FactBase> FromJsonDocuments(const std::vector<Document>& documents);

  // A compiled fact base (ToCompiled's bytes, kCompiledFactsMagic): no JSON parsing, no field validation; ids,
  // references and part_of chains are still checked (cheap). file_name is used only in errors.
  static Result<FactBase> FromCompiled(std::string_view bytes, std::string_view file_name);
  // This base as a compiled fact base: what FromCompiled reads back as an equal base.
  std::string ToCompiled() const;

  // Merges fact bases that were loaded separately: ids must be unique across them (the error names both files).
  // name/version come from the first part.
  static Result<FactBase> Merge(std::vector<FactBase> parts);

  const std::string& name() const { return name_; }
  const std::string& version() const { return version_; }
  const std::string& description() const { return description_; }
  const std::vector<Fact>& facts() const { return facts_; }
  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<Source>& sources() const { return sources_; }
  const std::vector<Office>& offices() const { return offices_; }
  // Units of measure the base adds to the built-in lexicon (facts/README.md, `units`).
  const std::vector<UnitDefinition>& units() const { return units_; }

  // Where the i-th fact (entity) of facts() (entities()) was defined: its file and JSON pointer ("/facts/3").
  struct Location {
    std::string file;
    std::string pointer;
  };
  Location FactLocation(std::size_t i) const;
  Location EntityLocation(std::size_t i) const;

  // nullptr when absent. The pointer lives as long as this FactBase (and is not invalidated by moving it).
  const Fact* FindFact(std::string_view id) const;
  const Entity* FindEntity(std::string_view id) const;
  const Source* FindSource(std::string_view id) const;

 private:
  friend class FactBaseBuilder;  // engine/src: fills the vectors, then calls BuildIndex
  friend class FactBaseCodec;    // engine/src/facts/compiled.cpp: writes and reads them as bytes

  // Where an item was defined: index into files_, and its position in that document's array.
  struct Origin {
    std::uint32_t file = 0;
    std::uint32_t index = 0;
  };
  using IdIndex = std::unordered_map<std::string_view, std::size_t>;  // views into the vectors below

  void BuildIndex();

  std::string name_, version_, description_;
  std::vector<Source> sources_;
  std::vector<Entity> entities_;
  std::vector<Fact> facts_;
  std::vector<Office> offices_;
  std::vector<UnitDefinition> units_;
  std::vector<std::string> files_;
  std::vector<Origin> source_origins_, entity_origins_, fact_origins_;
  IdIndex source_index_, entity_index_, fact_index_;
};

// Validation only (what `claimcheck validate` and JS validateFacts() print): every error found, not just the first;
// empty when the document loads.
std::vector<Error> ValidateFacts(std::string_view json_text, std::string_view file_name);

// "facts.json:/facts/3/values/0/value/min: min 10 is greater than max 5", or "facts.json:12:7: ..." for errors with
// a line (syntax errors), or "facts.json: ..." for the whole document.
std::string ErrorToString(const Error& e);

std::string_view EntityKindName(EntityKind kind);  // "country", "city", ... as in the JSON
std::string_view FactKindName(FactKind kind);      // "quantity", "event", ...

}  // namespace claimcheck

#endif  // CLAIMCHECK_FACTS_H_
