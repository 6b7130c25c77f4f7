// The words the figure and date readers know: units and their conversions, currencies, scale words ("million",
// "crore", "bn"), vague amounts ("dozens"), hedges and comparators ("about", "more than", "or greater") and date
// words (months, weekdays, "ago", "the following", quarters, time zones).
//
// The built-in lexicon is data: engine/data/lexicon/*.json, turned into a compiled table at build time by
// engine/data/gen_lexicon.mjs (cmake/Generated.cmake), so adding a unit or a currency is an edit of a JSON file.
// A fact base may add units of its own at load time:
//
//   Lexicon lexicon;  // the built-in one
//   if (std::optional<Error> e = lexicon.AddUnit({"lunar-day", "duration", 29.53, 0, {"lunar day", "lunar days"}}))
//     ...;  // e->code == "bad-unit"
//   FindQuantities(text, tokens, exclude, lexicon);
//
// A Lexicon is a value: copies are cheap (they share the built-in tables until one of them adds a unit) and
// independent; a const Lexicon is safe to share between threads. Nothing here throws, prints or aborts.
#ifndef CLAIMCHECK_LEXICON_H_
#define CLAIMCHECK_LEXICON_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/result.h"

namespace claimcheck {

namespace lexicon_internal {
struct Tables;
}  // namespace lexicon_internal

// A unit of measure. A value v written in this unit is v * factor + offset in the base unit of its dimension
// (Lexicon::BaseUnit): 3 "month" is 3 * 30.4375 days; 104 "fahrenheit" is 40 celsius.
struct UnitDefinition {
  std::string id;          // canonical id, what Quantity::unit holds: "km", "usd", "lunar-day"
  std::string dimension;   // "duration", "length", "mass", "money", ...; a new name makes a new dimension
  double factor = 1;       // base units per unit (money: always 1, currencies are never converted)
  double offset = 0;       // temperatures only
  std::vector<std::string> names;  // written after the number ("lunar day", "lunar days"); matched word by word,
                                   // ignoring case and accents; also joined by a hyphen ("a 3-lunar-day trip")
};

// What a fact base's unit string means ("US dollars per share", "Earth days", "percent", "seats").
struct UnitMeaning {
  std::string unit;       // canonical unit id ("usd", "day", "percent"); "" for a plain count ("seats")
  std::string dimension;  // "money", "duration", "percent", ...; "count" when no unit is known
  double factor = 1;      // base units per value written in this unit, scale words included ("million people": 1e6)
  double offset = 0;
  std::string per;        // the rate's denominator: "share" in "US dollars per share"; "" when none
  std::string noun;       // the folded last word of the unit before any "per" ("dollars", "days", "seats")
  bool bare = false;      // its dimension takes a figure written without a unit ("measured 7.7" for a magnitude)
};

class Lexicon {
 public:
  // The built-in lexicon, built once on first use.
  static const Lexicon& BuiltIn();

  Lexicon();  // a copy of the built-in lexicon
  Lexicon(const Lexicon&);
  Lexicon& operator=(const Lexicon&);
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;
  ~Lexicon();

  // Adds a unit, or more names to a unit it knows (then dimension, factor and offset must be the same). Returns an
  // error ("bad-unit", the message says what is wrong) for an empty id or name, a factor that is not a positive
  // finite number, a name that holds no word, a name that another unit of another id already has, or a known id
  // with another dimension or factor. On error the lexicon is unchanged.
  std::optional<Error> AddUnit(const UnitDefinition& unit);

  // The unit a lexicon knows under `id`, or nullptr.
  const UnitDefinition* FindUnit(std::string_view id) const;
  // The id of a dimension's base unit ("duration" -> "day", "length" -> "m"); "" for "count", "money" and
  // dimensions without one.
  std::string_view BaseUnit(std::string_view dimension) const;

  // A fact base's unit string: "US dollars" -> {usd, money, 1}; "billion US dollars" -> factor 1e9; "Indian
  // rupees" -> inr; "percent" -> {percent, percent}; "Earth days" -> {day, duration, 1}; "km" -> {km, length, 1000};
  // "US dollars per share" -> per "share"; "seats", "people" -> {"", count, 1, noun "seats"}. Never fails: what
  // is not a unit is a count of that noun.
  UnitMeaning ParseUnit(std::string_view text) const;

 private:
  explicit Lexicon(std::nullptr_t);  // builds the tables (BuiltIn only)
  friend const lexicon_internal::Tables& LexiconTables(const Lexicon& lexicon);
  std::shared_ptr<const lexicon_internal::Tables> tables_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_LEXICON_H_
