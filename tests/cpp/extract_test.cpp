// Tests for extract.h: the extraction step and its JSON (docs/EXTRACT.md is the contract these pin).
#include "claimcheck/extract.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "support/allocations.h"
#include "work_counters.h"

using claimcheck::CivilDate;
using claimcheck::Extract;
using claimcheck::ExtractionToJson;

namespace {

constexpr CivilDate kRef{2023, 4, 25};

std::string Json(std::string_view text, std::optional<CivilDate> date = kRef) {
  claimcheck::ExtractOptions options;
  options.date = date;
  return ExtractionToJson(Extract(text, options), text);
}

}  // namespace

// The JSON, byte for byte: key order, null for what is not known, numbers as written by the engine.
TEST_CASE("ExtractionToJson is the documented shape", "[extract]") {
  CHECK(Json("About 60% left on 3 May, three weeks later.") ==
        R"({"reference":"2023-04-25","reference_from":"option","mentions":[)"
        R"({"kind":"figure","start":0,"end":9,"text":"About 60%","number":{"start":6,"end":8,"text":"60"},)"
        R"("low":54,"high":66,"low_open":false,"high_open":false,"unit":"percent","dimension":"percent","per":null,)"
        R"("noun":"%","hedged":true,"vague":false,"negated":false,"fraction":false,"ordinal":false,"percent":true},)"
        R"({"kind":"date","start":18,"end":23,"text":"3 May","first":"2023-05-03","last":"2023-05-03",)"
        R"("granularity":"day","resolution":"year-from-reference","since":false,"until":false,"part":null,)"
        R"("anchor":null,"time":null},)"
        R"({"kind":"date","start":25,"end":42,"text":"three weeks later","first":null,"last":null,)"
        R"("granularity":null,"resolution":"anchored","since":false,"until":false,"part":null,)"
        R"("anchor":{"to":"previous-date","count":3,"unit":"week","calendar":false,"month":null,"event":null},)"
        R"("time":null}],"sentences":1})");
  CHECK(Json("They met at 18:03 UTC.") ==
        R"({"reference":"2023-04-25","reference_from":"option","mentions":[)"
        R"({"kind":"time","start":12,"end":21,"text":"18:03 UTC","minutes":1083,"zone":"UTC","utc_offset":0}],)"
        R"("sentences":1})");
  CHECK(Json("", std::nullopt) == R"({"reference":null,"reference_from":null,"mentions":[],"sentences":0})");
}

// Every kind of mention, in text order, with the values of the contract.
TEST_CASE("Extract reads figures, dates and times", "[extract]") {
  const std::string text =
      "Moscow, 25 April 2023 (TDI): More than 400,000 people died last week. It cost \xE2\x82\xB9" "615 crore "
      "(6:04 pm IST) and rose 5% to $2bn two days after the quake. Between 1000 and 1500 people left in Q3 2019.";
  const auto x = Extract(text, {});
  REQUIRE(x.reference.has_value());
  CHECK(x.reference_source == claimcheck::ReferenceSource::kDateline);
  CHECK(x.sentences == 3);
  const auto json = nlohmann::json::parse(ExtractionToJson(x, text));
  std::vector<std::string> kinds;
  for (const auto& m : json["mentions"]) kinds.push_back(m["kind"].get<std::string>() + " " + m["text"].get<std::string>());
  CHECK(kinds == std::vector<std::string>{"date 25 April 2023", "figure More than 400,000", "date last week",
                                          "figure \xE2\x82\xB9" "615 crore", "time 6:04 pm IST", "figure 5%",
                                          "figure $2bn", "date two days after the quake",
                                          "figure Between 1000 and 1500", "date Q3 2019"});
  const auto& event = json["mentions"][7]["anchor"];
  CHECK(event["to"] == "event");
  CHECK(event["event"]["text"] == "the quake");
  CHECK(json["mentions"][2]["first"] == "2023-04-17");
  CHECK(json["mentions"][3]["unit"] == "inr");
  CHECK(json["mentions"][9]["first"] == "2019-07-01");
}

// Offsets count UTF-16 code units (what JavaScript's String indexes), for emoji, CJK and invalid bytes alike.
TEST_CASE("Extract offsets are UTF-16 code units", "[extract]") {
  const std::string text = "\xF0\x9F\x87\xB8\xF0\x9F\x87\xBE \xE4\xB8\xAD \xFF 60% on 3 May.";
  const auto json = nlohmann::json::parse(Json(text));
  REQUIRE(json["mentions"].size() == 2);
  CHECK(json["mentions"][0]["start"] == 9);  // flag = 4 units, space, CJK = 1, space, invalid byte = 1, space
  CHECK(json["mentions"][0]["end"] == 12);
  CHECK(json["mentions"][1]["start"] == 16);
}

// Work and allocations grow with the text, not faster (1x vs 4x, counted, never timed).
TEST_CASE("Extract is linear in the length of the text", "[extract][size]") {
  const std::string unit =
      "On 25 April 2023 more than 400,000 people, 60% of them, paid $54.20 a share two days after the quake; "
      "three weeks later the 7.8 tremor hit at 18:03 UTC. ";
  std::string small;
  while (small.size() < 64 * 1024) small += unit;
  const std::string large = small + small + small + small;
  Json(unit);  // builds the lexicon once
  struct Work {
    claimcheck::WorkCounters counters;
    claimcheck::testing::AllocationCounts allocations;
    std::size_t bytes = 0;
  };
  auto measure = [](const std::string& text) {
    claimcheck::WorkScope work;
    claimcheck::testing::AllocationScope allocations;
    const std::size_t bytes = Json(text).size();
    return Work{work.counters(), allocations.counts(), bytes};
  };
  const Work one = measure(small);
  const Work four = measure(large);
  CHECK(one.counters.tokens > 0);
  CHECK(four.counters.tokens <= 4 * one.counters.tokens + 64);
  CHECK(four.allocations.calls <= 4 * one.allocations.calls + 256);
  // Offsets are written in decimal: a 4x text has longer numbers in its JSON (a digit more per offset at most).
  CHECK(four.bytes <= 4 * one.bytes + 4 * one.bytes / 50);
}
