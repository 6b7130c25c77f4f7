// Tests for lexicon.h: the built-in data, a fact base's units, and fact unit strings.
#include "claimcheck/lexicon.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "claimcheck/numbers.h"
#include "extract/lexicon_tables.h"

using claimcheck::Lexicon;
using claimcheck::UnitDefinition;
using claimcheck::UnitMeaning;

namespace {

nlohmann::json ReadData(const std::string& name) {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/engine/data/lexicon/" + name);
  return nlohmann::json::parse(in);
}

std::vector<claimcheck::Quantity> Figures(std::string_view text, const Lexicon& lexicon) {
  const auto tokens = claimcheck::Tokenize(text, {0, text.size()});
  return claimcheck::FindQuantities(text, tokens, {}, lexicon);
}

// Every string of a data file (keys aside), recursively.
void Strings(const nlohmann::json& j, std::vector<std::string>* out) {
  if (j.is_string()) out->push_back(j.get<std::string>());
  if (j.is_array() || j.is_object()) {
    for (const auto& item : j) Strings(item, out);
  }
}

}  // namespace

// The lexicon splits phrases of ASCII letters and spaces itself (building it is on the path of the first check, in
// the page): it must read every phrase of the data as Tokenize does.
TEST_CASE("Lexicon phrases are read as Tokenize reads them", "[lexicon]") {
  std::vector<std::string> phrases = {"per cent", "  two  words ", "USD", "U.S. dollars", "km/h", "US$", "°C",
                                      "earth day", "a dozen", "sq km", "m²", "per-cent", "don't", "5g"};
  for (const char* file : {"units.json", "currencies.json", "numbers.json", "dates.json"}) {
    Strings(ReadData(file), &phrases);
  }
  for (const std::string& phrase : phrases) {
    INFO(phrase);
    std::vector<std::string> norms;
    for (const auto& t : claimcheck::Tokenize(phrase, {0, phrase.size()})) norms.push_back(t.norm);
    if (norms.size() > 32) norms.clear();
    CHECK(claimcheck::LexiconIndex::Words(phrase) == norms);
  }
}

// The compiled table is the data: every unit and currency of engine/data/lexicon, with its dimension and factor.
TEST_CASE("Lexicon built-in units are the data files", "[lexicon]") {
  const Lexicon& lexicon = Lexicon::BuiltIn();
  const nlohmann::json units = ReadData("units.json");
  const nlohmann::json currencies = ReadData("currencies.json");
  for (const auto& u : units["units"]) {
    const std::string id = u["id"];
    INFO(id);
    const UnitDefinition* found = lexicon.FindUnit(id);
    REQUIRE(found != nullptr);
    CHECK(found->dimension == u["dimension"].get<std::string>());
    CHECK(found->factor == Approx(u.value("factor", 1.0)));
  }
  for (const auto& c : currencies["currencies"]) {
    const std::string id = c["id"];
    INFO(id);
    REQUIRE(lexicon.FindUnit(id) != nullptr);
    CHECK(lexicon.FindUnit(id)->dimension == "money");
  }
  for (const auto& d : units["dimensions"]) {
    const std::string base = d["base"];
    CHECK(lexicon.BaseUnit(d["id"].get<std::string>()) == base);
    if (!base.empty()) CHECK(lexicon.FindUnit(base)->factor == 1);
  }
  CHECK(lexicon.BaseUnit("duration") == "day");
  CHECK(lexicon.BaseUnit("money").empty());
  CHECK(lexicon.FindUnit("no-such-unit") == nullptr);
}

// A fact's unit string, read with the same words as the text.
TEST_CASE("Lexicon::ParseUnit", "[lexicon]") {
  struct Case {
    const char* text;
    const char* unit;
    const char* dimension;
    double factor;
    const char* per;
    const char* noun;
  };
  const Case cases[] = {
      {"US dollars", "usd", "money", 1, "", "dollars"},
      {"billion US dollars", "usd", "money", 1e9, "", "dollars"},
      {"Indian rupees", "inr", "money", 1, "", "rupees"},
      {"crore rupees", "inr", "money", 1e7, "", "rupees"},
      {"percent", "percent", "percent", 1, "", "percent"},
      {"percentage points", "percentage-point", "percent", 1, "", "points"},
      {"Earth days", "day", "duration", 1, "", "days"},
      {"years", "year", "duration", 365.25, "", "years"},
      {"US dollars per share", "usd", "money", 1, "share", "dollars"},
      {"dollars per barrel", "usd", "money", 1, "barrel", "dollars"},
      {"km", "km", "length", 1000, "", "km"},
      {"square kilometres", "km2", "area", 1e6, "", "kilometres"},
      {"million tonnes", "t", "mass", 1e9, "", "tonnes"},
      {"million pounds", "gbp", "money", 1e6, "", "pounds"},
      {"pounds", "lb", "mass", 0.45359237, "", "pounds"},
      {"km/h", "km/h", "speed", 1, "", "h"},
      {"seats", "", "count", 1, "", "seats"},
      {"people", "", "count", 1, "", "people"},
      {"million people", "", "count", 1e6, "", "people"},
      {"", "", "count", 1, "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const UnitMeaning m = Lexicon::BuiltIn().ParseUnit(c.text);
    CHECK(m.unit == c.unit);
    CHECK(m.dimension == c.dimension);
    CHECK(m.factor == Approx(c.factor));
    CHECK(m.per == c.per);
    CHECK(m.noun == c.noun);
  }
  const UnitMeaning f = Lexicon::BuiltIn().ParseUnit("degrees Fahrenheit");
  CHECK(104 * f.factor + f.offset == Approx(40));
}

// A fact base adds units; the built-in lexicon and other copies do not change.
TEST_CASE("Lexicon::AddUnit", "[lexicon]") {
  Lexicon lexicon;
  const Lexicon copy = lexicon;
  REQUIRE_FALSE(lexicon.AddUnit({"lunar-day", "duration", 29.53, 0, {"lunar day", "lunar days"}}));
  const auto found = Figures("The rover slept for 3 lunar days.", lexicon);
  REQUIRE(found.size() == 1);
  CHECK(found[0].unit == "lunar-day");
  CHECK(found[0].dimension == "duration");
  CHECK(found[0].low == Approx(3 * 29.53));
  CHECK(Figures("The rover slept for 3 lunar days.", copy)[0].unit.empty());
  CHECK(Figures("The rover slept for 3 lunar days.", Lexicon::BuiltIn())[0].unit.empty());
  CHECK(lexicon.FindUnit("lunar-day") != nullptr);
  CHECK(Lexicon::BuiltIn().FindUnit("lunar-day") == nullptr);
  // More names for a unit it knows, and a unit of a new dimension.
  REQUIRE_FALSE(lexicon.AddUnit({"day", "duration", 1, 0, {"sols"}}));
  CHECK(Figures("It lasted 4 sols.", lexicon)[0].low == Approx(4));
  REQUIRE_FALSE(lexicon.AddUnit({"sievert", "radiation", 1, 0, {"sieverts", "Sv"}}));
  CHECK(Figures("A dose of 2 Sv.", lexicon)[0].dimension == "radiation");
  // Errors leave the lexicon unchanged.
  const UnitDefinition bad[] = {
      {"", "duration", 1, 0, {"x"}},
      {"x", "", 1, 0, {"x"}},
      {"x", "duration", 0, 0, {"x"}},
      {"x", "duration", -1, 0, {"x"}},
      {"x", "duration", std::numeric_limits<double>::infinity(), 0, {"x"}},
      {"x", "duration", 1, 0, {" "}},
      {"furlong", "length", 201.168, 0, {"km"}},
      {"day", "duration", 2, 0, {"double days"}},
      {"doubloon", "money", 2, 0, {"doubloons"}},
  };
  for (const UnitDefinition& u : bad) {
    INFO(u.id);
    const auto error = lexicon.AddUnit(u);
    REQUIRE(error.has_value());
    CHECK(error->code == "bad-unit");
    CHECK_FALSE(error->message.empty());
  }
  CHECK(Figures("It is 5 km.", lexicon)[0].unit == "km");
}
