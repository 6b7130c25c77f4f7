// Entity dictionary: fact-base names, the generated gazetteer, and how the two merge.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "claimcheck/entities.h"
#include "text/phrases.h"

namespace claimcheck {
namespace {

constexpr const char* kFacts = R"({
  "name": "entities-test", "version": "1",
  "sources": [{"id": "s", "title": "t", "publisher": "p", "date": "2023-01-01"}],
  "entities": [
    {"id": "tr", "name": "Türkiye", "kind": "country", "code": "TUR", "aliases": ["Turkey", "Turkiye"],
     "demonyms": ["Turkish"], "metonyms": ["Ankara"]},
    {"id": "moscow", "name": "Moscow", "kind": "city", "aliases": ["Moscow"], "part_of": "ru"},
    {"id": "ru", "name": "Russia", "kind": "country", "code": "RUS", "aliases": ["Russia"], "metonyms": ["the Kremlin", "Moscow"]},
    {"id": "akar", "name": "Hulusi Akar", "kind": "person", "aliases": ["Akar"]}
  ],
  "facts": []
})";

const EntityDictionary& Dict() {
  static const FactBase* base = new FactBase(FactBase::FromJson(kFacts, "entities-test.json").value());
  static const EntityDictionary* dict = new EntityDictionary(*base);
  return *dict;
}

// "text span -> entity ids (form)" for every mention of a sentence.
std::vector<std::string> Mentions(const std::string& text) {
  const std::vector<Token> tokens = MatchTokens(text, ByteSpan{0, text.size()});
  std::vector<std::string> out;
  for (const EntityMention& m : Dict().Find(tokens)) {
    std::string row(SpanText(text, m.span));
    row += " ->";
    for (const EntityHit& h : m.hits) {
      row += ' ' + Dict().entities()[static_cast<std::size_t>(h.entity)].id;
      row += h.form == NameForm::kName ? "" : h.form == NameForm::kDemonym ? "(demonym)" : "(metonym)";
    }
    out.push_back(row);
  }
  return out;
}

TEST_CASE("entities: fact-base names in every spelling", "[entities]") {
  struct Row {
    std::string text;
    std::vector<std::string> expected;
  };
  const std::vector<Row> rows = {
      // diacritics, case and possessives fold away
      {"TÜRKIYE and Turkey's army", {"TÜRKIYE -> tr", "Turkey's -> tr"}},
      {"Türkiye’s minister", {"Türkiye’s -> tr"}},
      // demonyms and metonyms keep their form; a capital is a city and stands for its country
      {"Turkish troops", {"Turkish -> tr(demonym)"}},
      {"talks in Ankara", {"Ankara -> tr(metonym) city:ankara"}},
      {"the Kremlin said", {"Kremlin -> ru(metonym)"}},
      // one name, two entities: the fact base's city and the country it stands for
      {"met in Moscow", {"Moscow -> moscow ru(metonym)"}},
      // the longest name wins
      {"Hulusi Akar spoke", {"Hulusi Akar -> akar"}},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Mentions(row.text) == row.expected);
  }
}

TEST_CASE("entities: the gazetteer knows the countries the fact base does not", "[entities]") {
  struct Row {
    std::string text;
    std::vector<std::string> expected;
  };
  const std::vector<Row> rows = {
      {"Iraq and Egypt", {"Iraq -> iso:IRQ", "Egypt -> iso:EGY"}},
      {"Iraqi officials", {"Iraqi -> iso:IRQ(demonym)"}},
      {"the Republic of Turkey", {"Republic of Turkey -> tr"}},  // gazetteer spelling, merged by ISO code
      {"Russian Federation", {"Russian Federation -> ru"}},
      {"a visit to Baghdad", {"Baghdad -> city:baghdad iso:IRQ(metonym)"}},
      // gazetteer names need a capital letter: "chad" and "jordan" are not countries here
      {"a hanging chad", {}},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Mentions(row.text) == row.expected);
  }
}

TEST_CASE("entities: lookups by id", "[entities]") {
  CHECK(Dict().IndexOf("tr") >= 0);
  CHECK(Dict().IndexOf("iso:IRQ") >= 0);
  CHECK(Dict().IndexOf("iso:TUR") == Dict().IndexOf("tr"));  // merged by ISO code
  CHECK(Dict().IndexOf("nowhere") == -1);
  const KnownEntity& moscow = Dict().entities()[static_cast<std::size_t>(Dict().IndexOf("moscow"))];
  CHECK(moscow.kind == EntityKind::kCity);
  CHECK(moscow.part_of == Dict().IndexOf("ru"));
}

}  // namespace
}  // namespace claimcheck
