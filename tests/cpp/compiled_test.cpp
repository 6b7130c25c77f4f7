// Tests for compiled fact bases (engine/src/facts/compiled.cpp): a round trip gives the same base and the same
// reports as its JSON; a stale, foreign, truncated or damaged file is refused with its code, never a crash.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/api.h"
#include "claimcheck/bundled.h"
#include "claimcheck/facts.h"
#include "claimcheck/match.h"
#include "every_field_base.h"

namespace claimcheck {
namespace {

// --- Helpers ----------------------------------------------------------------------------------------------------

// A base touching every field the format holds (every_field_base.h).
constexpr const char* kBase = claimcheck_test::kEveryFieldBase;

constexpr const char* kTexts[] = {
    "The war has killed about 450,000 people in Syria, the agency said.",
    "The death toll in Syria rose to 200,000.",
    "Jane Roe met John Doe in Aleppo on 24 April 2023 at 10:00.",
    "Acme's CEO, John Doe, said on Tuesday that the company would grow.",
    "There have been five raids in Syria since 2016.",
    "The 18th round of the Talks on Syria ended on Friday.",
    "The trip took three lunar days.",
};

Service LoadService(const std::string& name, const std::string& bytes) {
  Result<Service> service = Service::Load({{name, bytes}});
  for (const Error& e : service.errors()) UNSCOPED_INFO(ErrorToString(e));
  REQUIRE(service.ok());
  return std::move(service.value());
}

std::string Compile(const std::string& json, std::string_view name = "t.json") {
  Result<FactBase> base = FactBase::FromJson(json, name);
  for (const Error& e : base.errors()) UNSCOPED_INFO(ErrorToString(e));
  REQUIRE(base.ok());
  return base.value().ToCompiled();
}

std::string ReportOf(const Service& service, const std::string& text, std::optional<CivilDate> date) {
  Result<Report> report = service.Check(text, CheckOptions{date});
  REQUIRE(report.ok());
  return ReportToJson(report.value(), text);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The one error of loading `bytes` as a fact base.
Error LoadError(const std::string& bytes) {
  Result<FactBase> base = FactBase::FromCompiled(bytes, "t.ccfb");
  REQUIRE_FALSE(base.ok());
  REQUIRE(base.errors().size() == 1);
  CHECK(base.errors().front().file == "t.ccfb");
  return base.errors().front();
}

// Sets the u32 at `at` (little-endian).
void PutU32(std::string* bytes, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) (*bytes)[at + static_cast<std::size_t>(i)] = static_cast<char>(v >> (8 * i));
}

// --- Round trips: the same base, the same reports ------------------------------------------------------------

TEST_CASE("a compiled base reads back as the same base, byte for byte") {
  const std::string compiled = Compile(kBase);
  CHECK(compiled.substr(0, kCompiledFactsMagic.size()) == kCompiledFactsMagic);
  CHECK(IsCompiledFacts(compiled));
  Result<FactBase> back = FactBase::FromCompiled(compiled, "t.ccfb");
  REQUIRE(back.ok());
  CHECK(back.value().ToCompiled() == compiled);
  CHECK(back.value().name() == "compiled-test");
  CHECK(back.value().facts().size() == 6);
  CHECK(back.value().units().size() == 1);
  CHECK(back.value().offices().size() == 1);
  // Where each item was defined survives: warnings and errors still name the JSON file and pointer.
  CHECK(back.value().FactLocation(2).file == "t.json");
  CHECK(back.value().FactLocation(2).pointer == "/facts/2");
  REQUIRE(back.value().FindEntity("aleppo") != nullptr);
  CHECK(back.value().FindEntity("aleppo")->part_of == "syria");
}

TEST_CASE("a compiled base gives the same reports as its JSON") {
  const Service from_json = LoadService("t.json", kBase);
  const Service from_compiled = LoadService("t.ccfb", Compile(kBase));
  CHECK(from_compiled.InfoJson() == from_json.InfoJson());
  for (const char* text : kTexts) {
    INFO(text);
    CHECK(ReportOf(from_compiled, text, CivilDate{2023, 4, 25}) == ReportOf(from_json, text, CivilDate{2023, 4, 25}));
  }
}

TEST_CASE("the domain bases and the bundled base give the same reports compiled") {
  for (const char* name : {"court-dobbs-2022", "epidemic-ebola-2014", "results-nvidia-2024"}) {
    const std::string dir = std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/domains/";
    const std::string json = ReadFile(dir + name + ".json");
    const Service from_json = LoadService(name, json);
    const Service from_compiled = LoadService(name, Compile(json));
    std::istringstream lines(ReadFile(dir + name + ".jsonl"));
    std::size_t checked = 0;
    for (std::string line; std::getline(lines, line);) {
      if (line.empty()) continue;
      std::optional<Error> error_json, error_compiled;
      const std::string a = CheckJsonLine(from_json, line, 1, std::nullopt, &error_json);
      const std::string b = CheckJsonLine(from_compiled, line, 1, std::nullopt, &error_compiled);
      CHECK(a == b);
      ++checked;
    }
    CHECK(checked > 10);
  }
  const Service bundled = LoadService("b.json", std::string(BundledFactsJson()));
  const Result<Service> built_in = Service::Bundled();
  REQUIRE(built_in.ok());
  CHECK(built_in.value().InfoJson() == bundled.InfoJson());
  const std::string text = ReadFile(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/golden/unrelated-news.txt") +
                           " Turkish airstrikes on 20 November 2022 killed 500,000 people in Syria.";
  CHECK(ReportOf(built_in.value(), text, std::nullopt) == ReportOf(bundled, text, std::nullopt));
}

TEST_CASE("the bundled base is compiled into the library, and its JSON is kept") {
  CHECK(IsCompiledFacts(BundledFactsCompiled()));
  Result<FactBase> compiled = FactBase::FromCompiled(BundledFactsCompiled(), BundledFactsFileName());
  REQUIRE(compiled.ok());
  CHECK(compiled.value().ToCompiled() == Compile(std::string(BundledFactsJson()), BundledFactsFileName()));
}

TEST_CASE("compiled documents mix with JSON documents in one base") {
  // The facts compiled, the entity they name in a JSON document of its own: references cross the two.
  const std::string entities = R"({"name": "e", "version": "1", "sources": [], "facts": [],
    "entities": [{"id": "mali", "name": "Mali", "kind": "country", "code": "MLI", "aliases": ["Mali"]}]})";
  const std::string facts = Compile(kBase);
  Result<Service> both = Service::Load({{"t.ccfb", facts}, {"e.json", entities}});
  REQUIRE(both.ok());
  CHECK(both.value().checker().facts().entities().size() == 6);
  // The same id in both is still a duplicate.
  Result<Service> twice = Service::Load({{"t.ccfb", facts}, {"t.json", kBase}});
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.errors().front().code == "duplicate-id");
}

// --- Refused files ------------------------------------------------------------------------------------------------

TEST_CASE("a file of another engine version or format is refused as stale") {
  std::string compiled = Compile(kBase);
  SECTION("another format") {
    PutU32(&compiled, kCompiledFactsMagic.size(), kCompiledFactsFormat + 1);
    const Error e = LoadError(compiled);
    CHECK(e.code == "compiled-stale");
    CHECK(e.message.find("claimcheck compile") != std::string::npos);
  }
  SECTION("another engine version") {
    const std::size_t at = kCompiledFactsMagic.size() + 8;  // the version string, after format and its length
    REQUIRE(compiled.compare(at, EngineVersion().size(), EngineVersion()) == 0);
    compiled[at] = compiled[at] == '9' ? '8' : '9';
    const Error e = LoadError(compiled);
    CHECK(e.code == "compiled-stale");
    CHECK(e.message.find(std::string(EngineVersion())) != std::string::npos);
  }
}

TEST_CASE("a foreign file is refused") {
  CHECK(LoadError("\x89PNG\r\n\x1a\n\0\0\0\rIHDR").code == "not-a-fact-base");
  CHECK(LoadError("\x89" "CCFACT\r rest").code == "not-a-fact-base");
  // Through the service, as `--facts` and the package's bytes reach it.
  Result<Service> png = Service::Load({{"logo.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)}});
  REQUIRE_FALSE(png.ok());
  CHECK(png.errors().front().code == "not-a-fact-base");
  CHECK(png.errors().front().file == "logo.png");
}

TEST_CASE("a truncated file is refused at every length") {
  const std::string compiled = Compile(kBase);
  for (std::size_t n = 1; n < compiled.size(); ++n) {
    const Result<FactBase> base = FactBase::FromCompiled(std::string_view(compiled).substr(0, n), "t.ccfb");
    if (base.ok() || base.errors().front().code != "compiled-corrupt") {
      FAIL_CHECK("length " << n << ": " << (base.ok() ? "loaded" : base.errors().front().code));
    }
  }
  CHECK(LoadError(compiled + "x").code == "compiled-corrupt");  // extended
}

TEST_CASE("a damaged file is refused, wherever the damage is") {
  const std::string compiled = Compile(kBase);
  for (std::size_t at = 0; at < compiled.size(); ++at) {
    std::string damaged = compiled;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5a);
    const Result<FactBase> base = FactBase::FromCompiled(damaged, "t.ccfb");
    if (base.ok()) FAIL_CHECK("byte " << at << " damaged, and it loaded");
  }
}

TEST_CASE("a damaged payload with a matching checksum is refused, not read past its end") {
  // The payload's first string length made huge, the checksum made to match: the reader must stop at the end.
  std::string compiled = Compile(kBase);
  const std::size_t payload_at = compiled.size() - (compiled.size() - (kCompiledFactsMagic.size() + 8 +
                                                                       EngineVersion().size() + 8 + 4));
  PutU32(&compiled, payload_at, 0x7fffffff);
  std::uint32_t hash = 2166136261u;
  for (std::size_t i = payload_at; i < compiled.size(); ++i) {
    hash ^= static_cast<unsigned char>(compiled[i]);
    hash *= 16777619u;
  }
  PutU32(&compiled, payload_at - 4, hash);
  CHECK(LoadError(compiled).code == "compiled-corrupt");
}

}  // namespace
}  // namespace claimcheck
