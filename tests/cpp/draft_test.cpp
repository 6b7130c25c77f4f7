// The drafter (draft.h, engine/src/draft/): what it writes from a trusted report, that what it writes always loads
// cleanly (no error, no warning), and that the seed article's draft settles the seed's planted errors.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimcheck/api.h"
#include "claimcheck/draft.h"
#include "draft/internal.h"

namespace claimcheck {
namespace {

using nlohmann::json;

std::string ReadDraftFile(const std::string& name) {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/draft/" + name, std::ios::binary);
  std::stringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Draft(std::string_view text, const DraftOptions& options = {}) {
  Result<std::string> drafted = DraftFacts(text, options);
  REQUIRE(drafted.ok());
  return drafted.value();
}

// Every error and warning `claimcheck validate` would print for the draft, one per line ("" when clean).
std::string Problems(const std::string& base) {
  std::string out;
  for (const Error& e : Service::Validate({{"draft.json", base}})) out += ErrorToString(e) + "\n";
  for (const Error& e : Service::Warnings({{"draft.json", base}})) out += ErrorToString(e) + " [warning]\n";
  return out;
}

Service Load(const std::string& base) {
  Result<Service> service = Service::Load({{"draft.json", base}});
  REQUIRE(service.ok());
  return std::move(service.value());
}

const json* FactWith(const json& base, const std::string& kind, const std::string& needle) {
  for (const json& f : base["facts"]) {
    if (f["kind"] == kind && f.dump().find(needle) != std::string::npos) return &f;
  }
  return nullptr;
}

const json* Entity(const json& base, const std::string& id) {
  for (const json& e : base["entities"]) {
    if (e["id"] == id) return &e;
  }
  return nullptr;
}

// --- the dateline and the source -------------------------------------------------------------------------------

TEST_CASE("draft: a dateline gives the place, the country, the date and the agency", "[draft]") {
  struct Row {
    const char* text;
    const char* place;
    const char* region;
    const char* publisher;
    int year, month, day;
  };
  const Row rows[] = {
      {"FRANKFURT, 14 September 2023 (Reuters) - The bank raised rates.", "Frankfurt", "", "Reuters", 2023, 9, 14},
      {"HIROSHIMA, Japan, 21 May 2023 (AFP) - Leaders met.", "Hiroshima", "Japan", "AFP", 2023, 5, 21},
      {"Moscow, 25 April 2023 (TDI): Russia hosted talks.", "Moscow", "", "TDI", 2023, 4, 25},
      {"NEW DELHI, India, 2 September 2023 (PTI) - A rocket lifted off.", "New Delhi", "India", "PTI", 2023, 9, 2},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const draft::Dateline d = draft::ReadDateline(row.text);
    REQUIRE(d.date);
    CHECK(d.place == row.place);
    CHECK(d.region == row.region);
    CHECK(d.publisher == row.publisher);
    CHECK(d.date->year == row.year);
    CHECK(d.date->month == row.month);
    CHECK(d.date->day == row.day);
    CHECK(d.end > 0);
  }
  CHECK(draft::ReadDateline("The bank raised rates on Thursday.").end == 0);
}

TEST_CASE("draft: the source comes from the options, else from the dateline and the first sentence", "[draft]") {
  const std::string text = "FRANKFURT, 14 September 2023 (Reuters) - The European Central Bank raised rates.";
  const json plain = json::parse(Draft(text));
  CHECK(plain["sources"][0]["id"] == "reuters-2023-09-14");
  CHECK(plain["sources"][0]["publisher"] == "Reuters");
  CHECK(plain["sources"][0]["date"] == "2023-09-14");
  CHECK(plain["sources"][0]["title"] == "The European Central Bank raised rates.");
  DraftOptions options;
  options.date = CivilDate{2023, 9, 15};
  options.source_title = "  ECB raises rates  ";
  options.publisher = "Reuters via Example";
  options.url = "https://example.com/ecb";
  const json given = json::parse(Draft(text, options));
  CHECK(given["sources"][0]["date"] == "2023-09-15");
  CHECK(given["sources"][0]["title"] == "ECB raises rates");
  CHECK(given["sources"][0]["publisher"] == "Reuters via Example");
  CHECK(given["sources"][0]["url"] == "https://example.com/ecb");
  options.url = "ftp://example.com";
  Result<std::string> bad = DraftFacts(text, options);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.errors().front().code == "invalid-url");
}

// --- entities --------------------------------------------------------------------------------------------------

TEST_CASE("draft: entities with their aliases, codes and containers", "[draft]") {
  const std::string text =
      "HIROSHIMA, Japan, 21 May 2023 (AFP) - The European Central Bank (ECB) met in Athens. ECB President Christine "
      "Lagarde spoke. Hulusi Akar, Turkiye's Defense Minister, said Akar would go. The leaders visited the "
      "Hiroshima Peace Memorial Museum. The Group of Seven and the G7 leaders met.";
  const json base = json::parse(Draft(text));
  INFO(base.dump(2));
  const json* japan = Entity(base, "japan");
  REQUIRE(japan);
  CHECK((*japan)["code"] == "JPN");
  const json* hiroshima = Entity(base, "hiroshima");
  REQUIRE(hiroshima);
  CHECK((*hiroshima)["part_of"] == "japan");
  const json* athens = Entity(base, "athens");
  REQUIRE(athens);
  CHECK((*athens)["part_of"] == "greece");
  const json* ecb = Entity(base, "european-central-bank");
  REQUIRE(ecb);
  CHECK((*ecb)["kind"] == "organization");
  CHECK(ecb->dump().find("\"ECB\"") != std::string::npos);
  const json* akar = Entity(base, "hulusi-akar");
  REQUIRE(akar);
  CHECK((*akar)["kind"] == "person");
  CHECK(akar->dump().find("\"Akar\"") != std::string::npos);
  const json* museum = Entity(base, "hiroshima-peace-memorial-museum");
  REQUIRE(museum);
  CHECK((*museum)["kind"] == "venue");
  CHECK((*museum)["part_of"] == "hiroshima");
  const json* g7 = Entity(base, "group-of-seven");
  REQUIRE(g7);
  CHECK(g7->dump().find("\"G7\"") != std::string::npos);
  CHECK(Problems(base.dump()) == "");
}

TEST_CASE("draft: a place it cannot locate is not written (it would warn: unplaced)", "[draft]") {
  const json base = json::parse(Draft(
      "FRANKFURT, 14 September 2023 (Reuters) - The minister spoke at the Satish Dhawan Space Centre in Springfield."));
  for (const json& e : base["entities"]) {
    const std::string kind = e["kind"];
    if (kind == "city" || kind == "region" || kind == "venue") CHECK(e.contains("part_of"));
  }
}

// --- facts -----------------------------------------------------------------------------------------------------

TEST_CASE("draft: figures keep the source's precision", "[draft]") {
  const std::string text =
      "MOSCOW, 25 April 2023 (TDI) - Syria's civil war has left about 500,000 people dead. "
      "Russia's Luna-25 spacecraft cost more than 12 billion roubles. "
      "The European Central Bank raised its key interest rates by 25 basis points on Thursday. "
      "The move takes the deposit facility rate to 4.00%.";
  const json base = json::parse(Draft(text));
  INFO(base.dump(2));
  const json* deaths = FactWith(base, "quantity", "500,000");
  REQUIRE(deaths);
  CHECK((*deaths)["values"][0]["value"]["approx"] == 500000);
  CHECK((*deaths)["values"][0]["value"]["tolerance"] == 0.1);
  CHECK((*deaths)["about"]["entities"][0] == "syria");
  const json* cost = FactWith(base, "quantity", "roubles");
  REQUIRE(cost);
  CHECK((*cost)["values"][0]["value"]["min"] == 12);
  CHECK((*cost)["values"][0]["value"]["max"] == 13.2);
  CHECK((*cost)["unit"] == "billion rubles");
  CHECK(cost->contains("note"));
  const json* hike = FactWith(base, "quantity", "25 basis points");
  REQUIRE(hike);
  CHECK((*hike)["values"][0]["value"]["exact"] == 25);
  CHECK((*hike)["unit"] == "basis points");
  const json* deposit = FactWith(base, "quantity", "4.00%");
  REQUIRE(deposit);
  CHECK((*deposit)["values"][0]["value"]["exact"] == 4);
  CHECK((*deposit)["unit"] == "percent");
  CHECK(Problems(base.dump()) == "");
}

TEST_CASE("draft: dated events, periods, roles, counts and ranks", "[draft]") {
  const json base = json::parse(Draft(ReadDraftFile("moscow-2023-04-25.txt")));
  INFO(base.dump(2));
  const json* strikes = FactWith(base, "event", "2022-11-20");
  REQUIRE(strikes);
  CHECK(strikes->contains("note"));  // the year was resolved from the report's date
  CHECK(FactWith(base, "event", "2022-12-28"));
  const json* campaign = FactWith(base, "period", "2015-09");
  REQUIRE(campaign);
  CHECK((*campaign)["period"]["from"] == "2015-09");
  const json* akar = FactWith(base, "role", "hulusi-akar");
  REQUIRE(akar);
  CHECK((*akar)["office"] == "defence minister");
  CHECK((*akar)["of"] == "turkiye");
  const json* incursions = FactWith(base, "count", "incursions");
  REQUIRE(incursions);
  CHECK((*incursions)["values"][0]["value"]["exact"] == 3);
  CHECK((*incursions)["period"]["from"] == "2016");
  CHECK((*incursions)["actor"] == "turkiye");
  const json* round = FactWith(base, "ordinal", "International Meeting");
  REQUIRE(round);
  CHECK((*round)["ordinal"] == 19);
}

// --- the seed article and its planted errors ---------------------------------------------------------------------

TEST_CASE("draft: the seed's draft loads cleanly, agrees with the seed and catches its five planted errors",
          "[draft][seed]") {
  const std::string base = Draft(ReadDraftFile("moscow-2023-04-25.txt"));
  REQUIRE(Problems(base) == "");
  const Service service = Load(base);
  const std::string seed = ReadDraftFile("moscow-2023-04-25.txt");
  Result<Report> own = service.Check(seed);
  REQUIRE(own.ok());
  for (const Claim& c : own.value().claims) {
    INFO(c.found << ": " << c.explanation);
    CHECK(c.verdict != Verdict::kContradicted);
  }
  CHECK(own.value().claims.size() >= 8);
  const std::string planted = ReadDraftFile("moscow-2023-04-25.planted.txt");
  Result<Report> report = service.Check(planted);
  REQUIRE(report.ok());
  std::vector<std::string> contradicted;
  for (const Claim& c : report.value().claims) {
    if (c.verdict == Verdict::kContradicted) contradicted.push_back(std::string(SpanText(planted, c.span)));
  }
  CHECK(contradicted == std::vector<std::string>{"150,000", "November 23", "Dec 21", "since September 2014", "four"});
}

TEST_CASE("draft: the trusted reports of tests/draft draft without errors or warnings", "[draft]") {
  for (const char* name : {"ecb-2023-09-14.txt", "g7-hiroshima-2023-05-21.txt", "chandrayaan3-2023-08-23.txt",
                           "moscow-2023-04-25.txt", "moscow-2023-04-25.planted.txt"}) {
    INFO(name);
    const std::string base = Draft(ReadDraftFile(name));
    CHECK(Problems(base) == "");
    CHECK(json::parse(base)["facts"].size() >= 10);
  }
}

// --- what a draft never is: a base that fails --------------------------------------------------------------------

TEST_CASE("draft: empty, claimless and hostile texts give a base that loads", "[draft][hostile]") {
  const std::vector<std::string> texts = {
      "",
      "   \n\n\t ",
      "Nothing to see here.",
      "The weather was nice and everyone was happy.",
      [] {  // a NUL, bytes that are no UTF-8, a cut sequence: the literal's own length, NUL included
        static const char kBytes[] = "a\0b \xFF\xFE 500,000 people \xC3 dead.";
        return std::string(kBytes, sizeof kBytes - 1);
      }(),
      "On 31 February 2023 the ministry said 10^400 people died, 1e308 times more than on 99 Smarch.",
      "FRANKFURT, 14 September 2023 (Reuters) - " + std::string(5000, 'A'),
      "Mr. . . . President , , , of of of the the the 2023 2023 2023 (ISRO) (ISRO) -3 -3 --- ''' \"\"\"",
      "In the year 0999 and in 10000, on 1 January 1000 and 31 December 9999, the 0th and the 99999th summit met.",
  };
  for (const std::string& text : texts) {
    INFO(text.substr(0, 80));
    for (const std::optional<CivilDate>& date : {std::optional<CivilDate>(), std::optional<CivilDate>(CivilDate{2023, 1, 1})}) {
      DraftOptions options;
      options.date = date;
      const std::string base = Draft(text, options);
      CHECK(Problems(base) == "");
    }
  }
}

TEST_CASE("draft: shuffled report sentences and noise still give a clean base (a small fuzz)", "[draft][hostile]") {
  std::vector<std::string> pieces;
  for (const char* name : {"ecb-2023-09-14.txt", "g7-hiroshima-2023-05-21.txt", "chandrayaan3-2023-08-23.txt",
                           "moscow-2023-04-25.txt"}) {
    const std::string text = ReadDraftFile(name);
    for (const ByteSpan s : SplitSentences(text)) pieces.emplace_back(SpanText(text, s));
  }
  const char* noise[] = {" (", ") ", ", and ", " since ", " the ", "\xE2\x80\x99s ", " 19th ", " - ", ": ", "\xFF",
                         " President ", " on Friday ", " about 1,750 kg ", " more than ", " \"", " Mr. "};
  std::mt19937 random(20230914);
  for (int round = 0; round < 40; ++round) {
    std::string text = round % 2 ? "HIROSHIMA, Japan, 21 May 2023 (AFP) - " : "";
    const int count = 1 + static_cast<int>(random() % 12);
    for (int i = 0; i < count; ++i) {
      std::string piece = pieces[random() % pieces.size()];
      if (random() % 3 == 0 && !piece.empty()) {
        piece.insert(random() % piece.size(), noise[random() % (sizeof(noise) / sizeof(noise[0]))]);
      }
      if (random() % 4 == 0 && piece.size() > 10) piece.erase(random() % (piece.size() - 5), random() % 8);
      text += piece + (random() % 2 ? " " : "\n");
    }
    INFO(text);
    const std::string base = Draft(text);
    CHECK(Problems(base) == "");
  }
}

TEST_CASE("draft: a large text drafts in bounded time and size, and over the limit is too large", "[draft][hostile]") {
  const std::string seed = ReadDraftFile("moscow-2023-04-25.txt");
  std::string big;
  while (big.size() < 2u * 1024u * 1024u) big += seed + "\n";
  const std::string base = Draft(big);
  const json parsed = json::parse(base);
  CHECK(parsed["facts"].size() <= kMaxDraftFacts);
  CHECK(Problems(base) == "");
  ServiceOptions options;
  options.max_text_bytes = kWasmMaxTextBytes;
  Result<Service> service = Service::Load({}, options);
  REQUIRE(service.ok());
  const std::string too_big(kWasmMaxTextBytes + 1, 'a');
  Result<std::string> refused = service.value().Draft(too_big);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.errors().front().code == "too-large");
}

}  // namespace
}  // namespace claimcheck
