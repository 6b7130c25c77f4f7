// Hostile input, end to end: what the checker and the fact-base loader do with text and JSON no author would
// write. Every case has a defined outcome (a report or an Error with a code), never a crash or a hang; work is
// linear in the size of the input, which the tests prove by counting it (work_counters.h), never with a clock.
// docs/LIMITS.md states the limits these tests hold the engine to.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <sys/resource.h>

#include "claimcheck/bundled.h"
#include "claimcheck/match.h"
#include "claimcheck/numbers.h"
#include "support/allocations.h"
#include "work_counters.h"

namespace claimcheck {
namespace {

// --- Helpers ----------------------------------------------------------------------------------------------------

// Sanitizer and debug builds run up to 100x slower: they check 16x smaller inputs (the ratios are what is tested).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSlowBuild = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSlowBuild = true;
#else
constexpr bool kSlowBuild = false;
#endif
#elif !defined(NDEBUG)
constexpr bool kSlowBuild = true;
#else
constexpr bool kSlowBuild = false;
#endif
constexpr std::size_t kMiB = 1024 * 1024;
constexpr std::size_t kLinearBase = kSlowBuild ? kMiB / 16 : kMiB;  // checked at 1x and 4x

const Checker& BundledChecker() {
  static const Checker* checker = [] {
    Result<FactBase> facts = FactBase::FromJson(BundledFactsJson(), BundledFactsFileName());
    REQUIRE(facts.ok());
    return new Checker(std::move(facts.value()));
  }();
  return *checker;
}

Report CheckText(std::string_view text) { return BundledChecker().Check(text, CheckOptions{CivilDate{2023, 4, 25}}); }

// A paragraph that the bundled fact base has claims in (supported and contradicted).
constexpr const char* kArticle =
    "Syria's civil war has killed more than 500,000 people and displaced 12 million. Defence ministers of Russia, "
    "Iran, Syria and Turkey met in Moscow on 25 April 2023. Turkey launched airstrikes on northern Syria on 20 "
    "November 2022. Since 2016, Turkey has launched four military incursions into Syria.\n\n";

// `unit` repeated up to exactly `size` bytes.
std::string Repeat(std::string_view unit, std::size_t size) {
  std::string out;
  out.reserve(size + unit.size());
  while (out.size() < size) out.append(unit);
  out.resize(size);
  return out;
}

// Words of kArticle without its punctuation, as one sentence of `size` bytes.
std::string NoPunctuation(std::size_t size) {
  std::string unit(kArticle);
  unit.erase(std::remove_if(unit.begin(), unit.end(), [](char c) { return c == '.' || c == '\n' || c == ','; }),
             unit.end());
  return Repeat(unit + " ", size);
}

// The report is well formed: spans inside the text and their sentence; the JSON parses and its UTF-16 offsets are
// ordered and within the text's UTF-16 length (never more units than bytes).
void RequireSaneReport(std::string_view text, const Report& report) {
  for (const Claim& c : report.claims) {
    REQUIRE(c.span.begin <= c.span.end);
    REQUIRE(c.span.end <= text.size());
    REQUIRE(c.sentence.begin <= c.span.begin);
    REQUIRE(c.span.end <= c.sentence.end);
  }
  const nlohmann::json json = nlohmann::json::parse(ReportToJson(report, text));
  REQUIRE(json["claims"].size() == report.claims.size());
  for (const nlohmann::json& claim : json["claims"]) {
    const auto start = claim["start"].get<std::size_t>();
    const auto end = claim["end"].get<std::size_t>();
    REQUIRE(start <= end);
    REQUIRE(end <= text.size());
  }
}

// --- Size: linear time, bounded pieces ----------------------------------------------------------------------------

TEST_CASE("hostile: a sentence without punctuation is checked in pieces of kMaxSentenceBytes", "[hostile][size]") {
  const std::string text = NoPunctuation(kLinearBase);
  const std::vector<ByteSpan> sentences = SplitSentences(text);
  REQUIRE(sentences.size() >= kLinearBase / kMaxSentenceBytes);
  for (const ByteSpan& s : sentences) {
    CHECK(s.end - s.begin <= kMaxSentenceBytes);
    CHECK(text[s.begin] != ' ');
    CHECK(text[s.end - 1] != ' ');
    CHECK((s.end == text.size() || text[s.end] == ' '));  // cut between words
  }
  // One 100 KB "word" of 2-byte letters is cut on code point boundaries.
  std::string word;
  while (word.size() < 100000) word += "\xC3\xA9";  // é
  for (const ByteSpan& s : SplitSentences(word)) {
    CHECK(s.end - s.begin <= kMaxSentenceBytes);
    CHECK((s.begin % 2 == 0 && s.end % 2 == 0));
  }
  const Report report = CheckText(text);
  CHECK(report.sentences == sentences.size());
  CHECK_FALSE(report.claims.empty());
  RequireSaneReport(text, report);
}

// What one run did: the engine's work counters and this thread's allocations, side by side.
struct Work {
  WorkCounters counters;
  testing::AllocationCounts allocations;
};

template <typename Run>
Work Measure(Run&& run) {
  WorkScope work;
  testing::AllocationScope allocations;
  run();
  return {work.counters(), allocations.counts()};
}

// Every counter of `large` (4x the input of `small`) is at most 4x the same counter of `small`, plus `slack` for
// what does not scale (a cut at the end of the text, a table built once). A counter the input should drive must
// not be zero at 1x, or the bound proves nothing.
void RequireAtMostFourTimes(const Work& small, const Work& large, std::uint64_t slack,
                            std::initializer_list<std::uint64_t WorkCounters::*> driven) {
  struct Row {
    const char* name;
    std::uint64_t one, four;
  };
  const WorkCounters& a = small.counters;
  const WorkCounters& b = large.counters;
  const Row rows[] = {
      {"bytes_scanned", a.bytes_scanned, b.bytes_scanned},
      {"sentences", a.sentences, b.sentences},
      {"tokens", a.tokens, b.tokens},
      {"phrase_probes", a.phrase_probes, b.phrase_probes},
      {"entity_probes", a.entity_probes, b.entity_probes},
      {"candidate_facts", a.candidate_facts, b.candidate_facts},
      {"comparisons", a.comparisons, b.comparisons},
      {"claims", a.claims, b.claims},
      {"facts_loaded", a.facts_loaded, b.facts_loaded},
      {"index_entries", a.index_entries, b.index_entries},
      {"allocation calls", small.allocations.calls, large.allocations.calls},
  };
  for (const Row& row : rows) {
    INFO(row.name << ": 1x " << row.one << ", 4x " << row.four);
    CHECK(row.four <= 4 * row.one + slack);
  }
  // Offsets are written in decimal: a 4x text has longer numbers in its report (one digit more per offset at most).
  INFO("report_bytes: 1x " << a.report_bytes << ", 4x " << b.report_bytes << ", claims 4x " << b.claims);
  CHECK(b.report_bytes <= 4 * a.report_bytes + 6 * b.claims + slack);
  for (std::uint64_t WorkCounters::*counter : driven) CHECK(a.*counter > 0);
}

TEST_CASE("hostile: checking work is linear in the size of the text (1x vs 4x, counted)", "[hostile][size]") {
  struct Kind {
    const char* name;
    std::function<std::string(std::size_t)> make;
  };
  const Kind kinds[] = {
      {"an article repeated", [](std::size_t n) { return Repeat(kArticle, n); }},
      {"one sentence without punctuation", NoPunctuation},
      {"figures and trigger words only",
       [](std::size_t n) { return Repeat("killed 500,000 people displaced 12 million met in Moscow 2023 ", n); }},
  };
  constexpr std::size_t kBase = 256 * 1024;
  for (const Kind& kind : kinds) {
    INFO(kind.name);
    const std::string small = kind.make(kBase);
    const std::string large = kind.make(4 * kBase);
    ReportToJson(CheckText(small), small);  // the first check builds lazy tables, which no later check repeats
    const Work one = Measure([&] { ReportToJson(CheckText(small), small); });
    const Work four = Measure([&] { ReportToJson(CheckText(large), large); });
    // Where the 4,096-byte cuts of a text without punctuation fall differs between the two sizes, so the work of a
    // few sentences may differ either way: that is the constant.
    const std::uint64_t per_sentence = one.counters.comparisons / std::max<std::uint64_t>(1, one.counters.sentences);
    RequireAtMostFourTimes(one, four, 4096 + 8 * per_sentence,
                           {&WorkCounters::bytes_scanned, &WorkCounters::sentences, &WorkCounters::tokens,
                            &WorkCounters::phrase_probes, &WorkCounters::entity_probes,
                            &WorkCounters::candidate_facts, &WorkCounters::comparisons, &WorkCounters::claims});
    CHECK(four.counters.bytes_scanned == 4 * one.counters.bytes_scanned);
  }
}

TEST_CASE("hostile: checking work is linear in the length of one sentence (1x vs 4x, counted)", "[hostile][size]") {
  // Below kMaxSentenceBytes, so each text is one sentence: what the matcher does per sentence must not grow with
  // the square of its length (every figure against every trigger word).
  const std::string unit =
      "Syria's war killed 500,000 people and displaced 12 million as Turkish Defence Minister Hulusi Akar met "
      "Russian, Iranian and Syrian ministers in Moscow on 25 April 2023 and ";
  const std::string small = Repeat(unit, kMaxSentenceBytes / 4);
  const std::string large = Repeat(unit, kMaxSentenceBytes);
  REQUIRE(SplitSentences(small).size() == 1);
  REQUIRE(SplitSentences(large).size() == 1);
  CheckText(small);
  const Work one = Measure([&] { ReportToJson(CheckText(small), small); });
  const Work four = Measure([&] { ReportToJson(CheckText(large), large); });
  RequireAtMostFourTimes(one, four, 256,
                         {&WorkCounters::tokens, &WorkCounters::phrase_probes, &WorkCounters::entity_probes,
                          &WorkCounters::comparisons, &WorkCounters::claims});
}

// Peak resident memory of this process so far, in bytes (ctest runs each test case in a process of its own).
std::size_t PeakRssBytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::size_t>(usage.ru_maxrss) * 1024;
}

TEST_CASE("hostile: 10 MB of text is one report, in memory proportional to the text", "[hostile][size]") {
  const std::size_t size = kSlowBuild ? kMiB : 10 * kMiB;
  const std::string text = Repeat(kArticle, size);
  const std::size_t before = PeakRssBytes();
  const Report report = CheckText(text);
  const std::string json = ReportToJson(report, text);
  CHECK(report.sentences >= size / 100);
  CHECK(report.claims.size() >= size / 100);
  const std::size_t grown = PeakRssBytes() - before;
  INFO(report.claims.size() << " claims, peak memory grew by " << grown / kMiB << " MiB");
  if (!kSlowBuild) CHECK(grown < 40 * size);  // measured: 28 bytes per byte of this claim-dense paragraph
  RequireSaneReport(text, report);
}

TEST_CASE("hostile: the report JSON of a big text is allocated once, not grown by doubling", "[hostile][size]") {
  // Growing a string doubles its capacity and, at each copy, holds three times the text: for a 30 MiB text full of
  // claims that was the difference between fitting the 2 GB WebAssembly heap and not (docs/LIMITS.md).
  const std::string text = Repeat("Syria's war killed 80,000. ", kLinearBase);
  const Report report = CheckText(text);
  REQUIRE(report.claims.size() > kLinearBase / 100);
  for (int indent : {-1, 2}) {
    const std::string json = ReportToJson(report, text, indent);
    INFO("indent " << indent << ": size " << json.size() << ", capacity " << json.capacity());
    CHECK(json.capacity() < json.size() + json.size() / 4);
  }
}

// --- Bytes: invalid UTF-8 and NUL -----------------------------------------------------------------------------

// What JavaScript's TextDecoder makes of `bytes` (WHATWG UTF-8 decoding: each maximal ill-formed subpart becomes
// one U+FFFD), as code points.
std::u32string DecodeLikeTextDecoder(std::string_view bytes) {
  std::u32string out;
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    std::size_t need = 0;
    unsigned char low = 0x80, high = 0xBF;
    char32_t cp = lead;
    if (lead < 0x80) {
      need = 0;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      need = 1, cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      need = 2, cp = lead & 0x0F;
      if (lead == 0xE0) low = 0xA0;
      if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      need = 3, cp = lead & 0x07;
      if (lead == 0xF0) low = 0x90;
      if (lead == 0xF4) high = 0x8F;
    } else {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    std::size_t n = 1;
    for (; n <= need && i + n < bytes.size(); ++n) {
      const auto c = static_cast<unsigned char>(bytes[i + n]);
      if (c < low || c > high) break;
      low = 0x80, high = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
    }
    out.push_back(n <= need ? 0xFFFD : cp);
    i += n;
  }
  return out;
}

std::string EncodeUtf8(const std::u32string& cps) {
  std::string out;
  for (const char32_t cp : cps) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

// `js.slice(start, end)` of the UTF-16 string `cps` stands for; fails the test when an offset splits a pair.
std::string SliceUtf16(const std::u32string& cps, std::size_t start, std::size_t end) {
  std::size_t units = 0, first = cps.size(), last = cps.size();
  for (std::size_t i = 0; i <= cps.size(); ++i) {
    if (units == start && first == cps.size()) first = i;
    if (units == end) last = i;
    if (i < cps.size()) units += cps[i] >= 0x10000 ? 2 : 1;
  }
  REQUIRE(first <= last);
  REQUIRE(last <= cps.size());
  return EncodeUtf8(cps.substr(first, last - first));
}

// The report's offsets and texts are what JavaScript sees when it decodes the same bytes with TextDecoder:
// text.slice(claim.start, claim.end) === claim.text.
void RequireSlicesMatch(std::string_view text, const Report& report) {
  RequireSaneReport(text, report);
  const std::u32string decoded = DecodeLikeTextDecoder(text);
  const nlohmann::json json = nlohmann::json::parse(ReportToJson(report, text));
  for (const nlohmann::json& claim : json["claims"]) {
    INFO(claim.dump());
    CHECK(SliceUtf16(decoded, claim["start"], claim["end"]) == claim["text"].get<std::string>());
    const std::string sentence = SliceUtf16(decoded, claim["sentence"]["start"], claim["sentence"]["end"]);
    CHECK(sentence.find(claim["text"].get<std::string>()) != std::string::npos);
  }
}

TEST_CASE("hostile: any byte anywhere keeps offsets valid and equal to TextDecoder's", "[hostile][utf8]") {
  // A sentence with claims, a 2-byte letter and a 4-byte emoji; every byte value is inserted at every position.
  const std::string sentence =
      "T\xC3\xBCrkiye \xF0\x9F\x98\x80 said Syria's civil war has killed 80,000 people since 2011.";
  const Report plain = CheckText(sentence);
  REQUIRE_FALSE(plain.claims.empty());
  RequireSlicesMatch(sentence, plain);
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t at = 0; at <= sentence.size(); at += kSlowBuild ? 3 : 1) {
      std::string text = sentence;
      text.insert(at, 1, static_cast<char>(byte));
      INFO("byte " << byte << " at " << at);
      RequireSlicesMatch(text, CheckText(text));
    }
  }
}

TEST_CASE("hostile: truncated and surrogate sequences count as TextDecoder counts them", "[hostile][utf8]") {
  const char* const texts[] = {
      "\xED\xA0\x80 Syria's civil war has killed 80,000 people.",          // an encoded surrogate: three U+FFFD
      "\xED\xA9 Syria's civil war has killed 80,000 people.",               // truncated, second byte out of range
      "\xE2\x82 Syria's civil war has killed 80,000 people.",               // truncated: one U+FFFD
      "\xF0\x9F\x98 Syria's civil war has killed 80,000 people.",          // truncated 4-byte: one U+FFFD
      "\xC0\xAF\xF5\xFF Syria's civil war has killed 80,000 people.",     // overlong and never-valid bytes
      "Syria's civil war has killed 80,000 people.\xF0\x9F",                // truncated at the very end
  };
  for (const char* text : texts) {
    INFO(text);
    const Report report = CheckText(text);
    REQUIRE(report.claims.size() == 1);
    RequireSlicesMatch(text, report);
  }
}

TEST_CASE("hostile: NUL bytes are characters, not the end of the text", "[hostile][utf8]") {
  const std::string claim = "Syria's civil war has killed 80,000 people.";
  const std::string text = std::string("\0\0", 2) + claim + std::string(" \0 ", 3) + claim + std::string(1, '\0');
  const Report report = CheckText(text);
  REQUIRE(report.claims.size() == 2);
  CHECK(SpanText(text, report.claims[1].span) == "80,000");
  CHECK(report.claims[1].span.begin > text.size() / 2);
  RequireSlicesMatch(text, report);
  const std::string only_nul(1 << 16, '\0');
  const Report empty = CheckText(only_nul);
  CHECK(empty.claims.empty());
  RequireSaneReport(only_nul, empty);
}

// --- Numbers at the edges of a double ------------------------------------------------------------------------

TEST_CASE("hostile: huge, tiny and scientific numbers in a text", "[hostile][numbers]") {
  // Scientific notation is not read: no part of it is a figure (it used to be "1", contradicted).
  for (const char* text : {"Syria's civil war has killed 1e308 people.", "Syria's civil war has killed 1e-400 people.",
                           "Syria's civil war has killed 1.7976931348623157E308 people.",
                           "Syria's civil war has killed 2.5e+7 people."}) {
    INFO(text);
    CHECK(FindQuantities(text, {0, std::strlen(text)}, {}).empty());
    CHECK(CheckText(text).claims.empty());
  }
  // Beyond a double: +infinity, which exceeds any figure; the text is quoted as written.
  const std::string huge = "Syria's civil war has killed " + std::string(400, '9') + " people.";
  const Report report = CheckText(huge);
  REQUIRE(report.claims.size() == 1);
  CHECK(report.claims[0].verdict == Verdict::kContradicted);
  CHECK(report.claims[0].found == std::string(400, '9'));
  RequireSaneReport(huge, report);
  // Longer than a sentence may be (kMaxSentenceBytes): cut, so not compared; still a report, quickly.
  const std::string longer = "Syria's civil war has killed " + std::string(100000, '9') + " people.";
  const Report cut = CheckText(longer);
  CHECK(cut.sentences > 20);
  RequireSaneReport(longer, cut);
  // Tiny: 0.000...1 is a figure like any other.
  const std::string tiny = "Syria's civil war has killed 0." + std::string(400, '0') + "1 people.";
  RequireSaneReport(tiny, CheckText(tiny));
}

// --- Fact base: every schema violation, by mutation -------------------------------------------------------------

using Json = nlohmann::ordered_json;

// The error codes of facts/README.md; anything else is a loader bug.
const std::set<std::string> kKnownCodes = {
    "syntax",         "too-large",          "too-deep",           "duplicate-key",     "wrong-type",
    "missing-field",  "unknown-field",      "unknown-kind",       "invalid-id",        "duplicate-id",
    "unknown-reference", "wrong-entity-kind", "reference-cycle",  "invalid-date",      "range-inverted",
    "conflicting-fields", "negative-tolerance", "out-of-range",   "empty-string",      "untrimmed-string",
    "empty-list",     "duplicate-value",    "inconsistent-count", "invalid-code",      "invalid-url",
    "too-many-errors"};

// tests/fuzz/seeds/facts/all-kinds.json: every kind of entity and fact, every optional field.
Json AllKinds() {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/fuzz/seeds/facts/all-kinds.json");
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str());
}

// Every value of the document with its JSON pointer, parents before children.
void Pointers(const Json& v, const std::string& at, std::vector<std::string>* out) {
  out->push_back(at);
  if (v.is_object()) {
    for (const auto& member : v.items()) Pointers(member.value(), at + "/" + member.key(), out);
  } else if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) Pointers(v[i], at + "/" + std::to_string(i), out);
  }
}

// One of `a`, `b` lies inside the other (an error may be reported at the field or at the object holding it).
bool Related(const std::string& a, const std::string& b) {
  auto inside = [](const std::string& inner, const std::string& outer) {
    return inner.compare(0, outer.size(), outer) == 0 && (inner.size() == outer.size() || inner[outer.size()] == '/');
  };
  return inside(a, b) || inside(b, a);
}

// Loads `doc`; both entry points must agree, and every error must have a known code.
std::vector<Error> LoadErrors(const Json& doc) {
  const std::string text = doc.dump();
  const Result<FactBase> loaded = FactBase::FromJson(text, "m.json");
  const std::vector<Error> errors = ValidateFacts(text, "m.json");
  REQUIRE(loaded.ok() == errors.empty());
  for (const Error& e : errors) {
    INFO(ErrorToString(e));
    CHECK(kKnownCodes.count(e.code) == 1);
  }
  return errors;
}

std::string Describe(const std::vector<Error>& errors) {
  std::string out;
  for (const Error& e : errors) out += "\n  " + ErrorToString(e);
  return out;
}

TEST_CASE("hostile: a value of the wrong type anywhere is an error at (or around) that value", "[hostile][facts]") {
  const Json base = AllKinds();
  REQUIRE(LoadErrors(base).empty());
  std::vector<std::string> pointers;
  Pointers(base, "", &pointers);
  const Json replacements[] = {Json(42), Json(-1.5), Json(true), Json(nullptr), Json("<img src=x onerror=alert(1)>"),
                               Json::array(), Json::object()};
  for (const std::string& pointer : pointers) {
    if (pointer.empty()) continue;
    const Json& original = base.at(Json::json_pointer(pointer));
    for (const Json& replacement : replacements) {
      if (replacement.type() == original.type() ||
          (replacement.is_number() && original.is_number())) {
        continue;  // same type: may well be valid
      }
      Json doc = base;
      doc.at(Json::json_pointer(pointer)) = replacement;
      const std::vector<Error> errors = LoadErrors(doc);
      INFO(pointer << " = " << replacement.dump() << Describe(errors));
      CHECK_FALSE(errors.empty());
      CHECK(std::any_of(errors.begin(), errors.end(), [&](const Error& e) { return Related(e.pointer, pointer); }));
    }
  }
}

TEST_CASE("hostile: removing any member is an error at its object, or the document still loads", "[hostile][facts]") {
  const Json base = AllKinds();
  std::vector<std::string> pointers;
  Pointers(base, "", &pointers);
  for (const std::string& pointer : pointers) {
    const Json::json_pointer at(pointer);
    if (pointer.empty() || !base.at(at.parent_pointer()).is_object()) continue;
    Json doc = base;
    doc.at(at.parent_pointer()).erase(at.back());
    const std::vector<Error> errors = LoadErrors(doc);
    INFO("without " << pointer << Describe(errors));
    // Either optional (loads), or required (missing-field at the object), or something others depend on (an id,
    // the kind of a person, one half of a pair of fields).
    for (const Error& e : errors) {
      CHECK((e.code == "missing-field" || e.code == "unknown-reference" || e.code == "conflicting-fields" ||
             e.code == "inconsistent-count" || e.code == "wrong-entity-kind"));
    }
  }
}

TEST_CASE("hostile: an unknown member in any object is unknown-field at that member", "[hostile][facts]") {
  const Json base = AllKinds();
  std::vector<std::string> pointers;
  Pointers(base, "", &pointers);
  for (const std::string& pointer : pointers) {
    if (!base.at(Json::json_pointer(pointer)).is_object()) continue;
    Json doc = base;
    doc.at(Json::json_pointer(pointer))["onerror"] = "alert(1)";
    const std::vector<Error> errors = LoadErrors(doc);
    INFO(pointer << Describe(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "unknown-field");
    CHECK(errors[0].pointer == pointer + "/onerror");
  }
}

// --- Fact base: depth and size -----------------------------------------------------------------------------------

TEST_CASE("hostile: 100,000 nested brackets inside a fact are too-deep at that fact, not a stack overflow",
          "[hostile][facts][limits]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += R"({"a":)";
  const std::string prefix = R"({"name": "t", "version": "1", "facts": [{"id": "x", "kind": "event", "about": )";
  for (const std::string& inner : {deep, objects}) {
    const std::vector<Error> errors = ValidateFacts(prefix + inner + "}]}", "deep.json");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "too-deep");
    CHECK(errors[0].pointer.rfind("/facts/0/about/", 0) == 0);
    CHECK(errors[0].message.find("64") != std::string::npos);
  }
}

// A fact base of `count` minimal quantity facts f<first>..f<first+count-1>; fact f<i> says "exact i deaths".
std::string MinimalFacts(std::size_t first, std::size_t count, const std::string& suffix) {
  std::string out = R"({"name": "many", "version": "1", "sources": [{"id": "s)" + suffix +
                    R"(", "title": "T", "publisher": "P", "date": "2023"}], "entities": [{"id": "e)" + suffix +
                    R"(", "name": "Ruritania)" + suffix + R"(", "kind": "country"}], "facts": [)";
  out.reserve(count * 200);
  for (std::size_t i = first; i < first + count; ++i) {
    if (i > first) out += ',';
    const std::string n = std::to_string(i);
    out += R"({"id":"f)" + n + R"(","kind":"quantity","statement":"S.","sources":["s)" + suffix +
           R"("],"triggers":["died"],"about":{"entities":["e)" + suffix +
           R"("]},"measure":"deaths","unit":"people","values":[{"value":{"exact":)" + n + "}}]}";
  }
  return out + "]}";
}

TEST_CASE("hostile: loading work is linear in the number of facts (1x vs 4x, counted)", "[hostile][facts][size]") {
  const std::size_t base = kSlowBuild ? 2500 : 10000;
  const std::string small = MinimalFacts(0, base, "");
  const std::string large = MinimalFacts(0, 4 * base, "");
  auto load = [](const std::string& json) {
    Result<FactBase> facts = FactBase::FromJson(json, "f.json");
    REQUIRE(facts.ok());
    const Checker checker(std::move(facts.value()));  // compiling the indexes is part of starting up
    REQUIRE(checker.facts().facts().size() > 0);
  };
  load(small);  // lazy tables
  const Work one = Measure([&] { load(small); });
  const Work four = Measure([&] { load(large); });
  RequireAtMostFourTimes(one, four, 1024, {&WorkCounters::facts_loaded, &WorkCounters::index_entries});
  CHECK(four.counters.facts_loaded == 4 * base);

  Result<FactBase> facts = FactBase::FromJson(large, "l.json");
  REQUIRE(facts.ok());
  const Checker checker(std::move(facts.value()));
  const std::string text = "In Ruritania " + std::to_string(4 * base - 1) + " people died.";
  const Report report = checker.Check(text);
  REQUIRE(report.claims.size() == 1);
  CHECK(report.claims[0].verdict == Verdict::kSupported);
  CHECK(report.claims[0].fact_id == "f" + std::to_string(4 * base - 1));
}

// Not run by ctest (hidden): about 20 s and 2 GB. docs/LIMITS.md quotes its numbers; run it with
//   build/native/tests/claimcheck_tests "[million]" --durations yes
TEST_CASE("hostile: a fact base of 1,000,000 facts in four documents", "[.][million]") {
  constexpr std::size_t kParts = 4, kPerPart = 250000;
  std::vector<std::string> texts;
  for (std::size_t p = 0; p < kParts; ++p) texts.push_back(MinimalFacts(p * kPerPart, kPerPart, std::to_string(p)));
  CHECK(texts[0].size() <= kMaxDocumentBytes);
  std::vector<FactBase::Document> documents;
  for (const std::string& t : texts) documents.push_back({t, "part.json"});
  Result<FactBase> facts = FactBase::FromJsonDocuments(documents);
  REQUIRE(facts.ok());
  CHECK(facts.value().facts().size() == kParts * kPerPart);
  const Checker checker(std::move(facts.value()));
  const Report report = checker.Check("In Ruritania3 999999 people died.");
  REQUIRE(report.claims.size() == 1);
  CHECK(report.claims[0].fact_id == "f999999");
}

}  // namespace
}  // namespace claimcheck
