// The service (api.h) and the command line (command.h): what every front door shares.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimcheck/api.h"
#include "claimcheck/bundled.h"
#include "claimcheck/command.h"
#include "work_counters.h"

namespace claimcheck {
namespace {

constexpr std::string_view kDeaths = "Syria's civil war has left 80,000 people dead.";

std::string Utf16(std::u16string_view text, bool big_endian, bool bom = true) {
  std::string out;
  if (bom) out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char16_t unit : text) {
    const char hi = static_cast<char>(unit >> 8);
    const char lo = static_cast<char>(unit & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  }
  return out;
}

// The verdict of the first claim of `text` about the fact `fact_id`, or "none".
std::string VerdictOf(const Service& service, const std::string& text, std::string_view fact_id) {
  const Report report = service.Check(text).value();
  for (const Claim& c : report.claims) {
    if (c.fact_id == fact_id) return std::string(VerdictName(c.verdict));
  }
  return "none";
}

// One ruling's opinion, written by Samuel Alito alone (a closed list); Clarence Thomas is another justice.
const char* const kOpinionBase = R"({"name": "p", "version": "1",
  "sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2022-06-24"}],
  "entities": [{"id": "alito", "name": "Samuel Alito", "kind": "person", "aliases": ["Samuel Alito", "Alito"]},
               {"id": "thomas", "name": "Clarence Thomas", "kind": "person", "aliases": ["Clarence Thomas", "Thomas"]},
               {"id": "court", "name": "Supreme Court", "kind": "organization", "aliases": ["Supreme Court"]}],
  "facts": [{"id": "opinion", "kind": "event", "statement": "Alito wrote the opinion.", "sources": ["s"],
             "triggers": ["wrote", "written by", "writing for the majority", "authored"],
             "about": {"entities": ["court"], "terms": [["opinion", "majority"]]},
             "date": {"on": "2022-06-24"},
             "participants": {"entities": ["alito"], "closed": true, "count": 1}}]})";

// --- DecodeText ---------------------------------------------------------------------------------------------------

TEST_CASE("service: text files are UTF-8 with or without a mark, or UTF-16 with one", "[service][encoding]") {
  struct Row {
    const char* what;
    std::string bytes;
    std::string text;  // expected UTF-8
  };
  const Row rows[] = {
      {"plain UTF-8", "Caf\xC3\xA9 80,000.", "Caf\xC3\xA9 80,000."},
      {"UTF-8 mark dropped", "\xEF\xBB\xBF" "80,000 dead.", "80,000 dead."},
      {"UTF-16LE", Utf16(u"80,000 dead.", false), "80,000 dead."},
      {"UTF-16BE", Utf16(u"80,000 dead.", true), "80,000 dead."},
      {"UTF-16LE, accented and astral", Utf16(u"Caf\u00e9 \U0001F1F8", false), "Caf\xC3\xA9 \xF0\x9F\x87\xB8"},
      {"UTF-16LE, a lone surrogate is U+FFFD", Utf16(u"a\xD800" u"b", false), "a\xEF\xBF\xBD" "b"},
      {"UTF-16LE, an odd last byte is U+FFFD", Utf16(u"ab", false) + "x", "ab\xEF\xBF\xBD"},
      {"empty", "", ""},
      {"invalid UTF-8 passes as it is", "\xFF\xC3 80,000", "\xFF\xC3 80,000"},
      {"a NUL or two is no UTF-16", std::string("a\0b 80,000 people dead in the war.", 34),
       std::string("a\0b 80,000 people dead in the war.", 34)},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    Result<std::string> text = DecodeText(row.bytes, "t.txt");
    REQUIRE(text.ok());
    CHECK(text.value() == row.text);
  }
}

TEST_CASE("service: UTF-32 and UTF-16 without a mark are refused, naming what was found", "[service][encoding]") {
  struct Row {
    std::string bytes;
    const char* message;
  };
  const Row rows[] = {
      {std::string("\xFF\xFE\0\0S\0\0\0", 8), "the text is UTF-32"},
      {std::string("\0\0\xFE\xFF\0\0\0S", 8), "the text is UTF-32"},
      {Utf16(u"Syria's war killed 80,000 people.", false, false), "looks like UTF-16LE without a byte-order mark"},
      {Utf16(u"Syria's war killed 80,000 people.", true, false), "looks like UTF-16BE without a byte-order mark"},
  };
  for (const Row& row : rows) {
    Result<std::string> text = DecodeText(row.bytes, "t.txt");
    REQUIRE_FALSE(text.ok());
    CHECK(text.errors()[0].code == "encoding");
    CHECK(text.errors()[0].file == "t.txt");
    CHECK_THAT(text.errors()[0].message, Catch::Contains(row.message));
  }
}

// --- Loading and checking ------------------------------------------------------------------------------------------

std::pair<std::string, std::string> SplitBundled() {
  nlohmann::ordered_json base = nlohmann::ordered_json::parse(BundledFactsJson());
  nlohmann::ordered_json facts = {{"name", "facts-part"}, {"version", "1"}, {"facts", base["facts"]}};
  base["facts"] = nlohmann::ordered_json::array();
  return {base.dump(), facts.dump()};
}

TEST_CASE("service: one fact base from documents that reference each other", "[service][load]") {
  const auto [entities, facts] = SplitBundled();
  Result<Service> service = Service::Load({{"a.json", entities}, {"b.json", facts}});
  REQUIRE(service.ok());
  Result<Report> report = service.value().Check(kDeaths);
  REQUIRE(report.ok());
  REQUIRE(report.value().claims.size() == 1);
  CHECK(report.value().claims[0].verdict == Verdict::kContradicted);
  CHECK(Service::Validate({{"a.json", entities}, {"b.json", facts}}).empty());
  // Alone, the facts file names entities nobody defines: errors name the file and the pointer.
  const std::vector<Error> errors = Service::Validate({{"b.json", facts}});
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].file == "b.json");
  CHECK(errors[0].code == "unknown-reference");
  CHECK_FALSE(Service::Load({{"b.json", facts}}).ok());
}

TEST_CASE("service: warnings about a base that loads: offices, common triggers, places, figures without a subject",
          "[service][lint]") {
  const std::string base = R"({"name": "w", "version": "1",
    "sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2024-01-01"}],
    "entities": [{"id": "x", "name": "Xland", "kind": "country"},
                 {"id": "port", "name": "Port", "kind": "city"},
                 {"id": "ann", "name": "Ann Lee", "kind": "person"}],
    "facts": [
      {"id": "r", "kind": "role", "statement": "S.", "sources": ["s"], "triggers": ["vizier"], "about": {},
       "person": "ann", "office": "grand vizier", "of": "x"},
      {"id": "q", "kind": "quantity", "statement": "S.", "sources": ["s"], "triggers": ["said", "flooded"],
       "about": {}, "measure": "homes", "unit": "homes", "values": [{"value": {"exact": 3}}]},
      {"id": "ok", "kind": "quantity", "statement": "S.", "sources": ["s"], "triggers": ["flooded"],
       "about": {"entities": ["x"]}, "measure": "homes", "unit": "homes", "values": [{"value": {"exact": 3}}]}]})";
  const std::vector<Error> warnings = Service::Warnings({{"w.json", base}});
  std::vector<std::string> got;
  for (const Error& w : warnings) got.push_back(w.code + " " + w.file + ":" + w.pointer);
  CHECK(got == std::vector<std::string>{"unknown-office w.json:/facts/0/office", "common-trigger w.json:/facts/1/triggers/0",
                                        "no-subject w.json:/facts/1/about", "unplaced w.json:/entities/1"});
  CHECK(Service::Validate({{"w.json", base}}).empty());  // warnings are no errors
  // Nothing to warn about in the bundled base; nothing at all for a base that does not load.
  CHECK(Service::Warnings({{"b.json", std::string(BundledFactsJson())}}).empty());
  CHECK(Service::Warnings({{"x.json", "{"}}).empty());
}

TEST_CASE("service: a fact base's own units are read in its text and compared through its dimension",
          "[service][units]") {
  const auto base = [](const std::string& units) {
    return R"({"name": "u", "version": "1", "units": )" + units + R"(,
      "sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2024-01-01"}],
      "entities": [{"id": "probe", "name": "Luna-X", "kind": "vehicle", "aliases": ["Luna-X"]}],
      "facts": [{"id": "life", "kind": "quantity", "statement": "Luna-X worked for one lunar day.", "sources": ["s"],
                 "triggers": ["worked for", "lasted"], "about": {"entities": ["probe"]}, "measure": "mission life",
                 "unit": "lunar days", "values": [{"value": {"approx": 1, "tolerance": 0.05}}]}]})";
  };
  const std::string units = R"([{"id": "lunar-day", "dimension": "duration", "factor": 29.53,
                                 "names": ["lunar day", "lunar days"]}])";
  Result<Service> service = Service::Load({{"u.json", base(units)}});
  REQUIRE(service.ok());
  const auto verdict = [&](const std::string& text) { return VerdictOf(service.value(), text, "life"); };
  CHECK(verdict("The Luna-X mission lasted 30 days.") == "supported");     // 30 days is one lunar day
  CHECK(verdict("The Luna-X mission lasted one lunar day.") == "supported");
  CHECK(verdict("The Luna-X mission lasted three lunar days.") == "contradicted");
  CHECK(verdict("The Luna-X mission lasted six months.") == "contradicted");  // 182 days
  CHECK(verdict("The Luna-X mission lasted 30 kilometres.") == "none");     // another dimension
  CHECK(verdict("The Luna-X mission lasted 30 people.") == "none");
  // A unit that clashes with the lexicon: a name the built-in "day" has.
  const std::vector<Error> errors =
      Service::Validate({{"u.json", base(R"([{"id": "sol", "dimension": "duration", "names": ["days"]}])")}});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "bad-unit");
  CHECK(errors[0].pointer == "/units/0");
  const std::vector<Error> factor =
      Service::Validate({{"u.json", base(R"([{"id": "sol", "dimension": "duration", "factor": 0, "names": ["sols"]}])")}});
  REQUIRE(factor.size() == 1);
  CHECK(factor[0].code == "out-of-range");
  CHECK(factor[0].pointer == "/units/0/factor");
}

TEST_CASE("service: the one person a sentence says did it is the fact's participant, or someone else",
          "[service][participants]") {
  Result<Service> service = Service::Load({{"p.json", kOpinionBase}});
  REQUIRE(service.ok());
  const auto verdict = [&](const std::string& text) -> std::string {
    const Report report = service.value().Check(text).value();
    return report.claims.empty() ? "none" : std::string(VerdictName(report.claims[0].verdict));
  };
  CHECK(verdict("Justice Clarence Thomas wrote the Supreme Court's majority opinion.") == "contradicted");
  CHECK(verdict("Samuel Alito wrote the Supreme Court's majority opinion.") == "supported");
  CHECK(verdict("The Supreme Court's majority opinion was written by Clarence Thomas.") == "contradicted");
  // the doer is the one right before the verb
  CHECK(verdict("At the Supreme Court, Thomas praised the opinion Alito wrote.") == "supported");
}

TEST_CASE("service: the doer of a participial or relative clause is the name the clause hangs on",
          "[service][participants]") {
  Result<Service> service = Service::Load({{"p.json", kOpinionBase}});
  REQUIRE(service.ok());
  const auto verdict = [&](const std::string& text) { return VerdictOf(service.value(), text, "opinion"); };
  // A sentence that opens with the participial clause: its doer is the subject right after the comma.
  CHECK(verdict("Writing for the majority, Samuel Alito said the Supreme Court had erred.") == "supported");
  CHECK(verdict("Writing for the majority, Justice Samuel Alito said the Supreme Court had erred.") == "supported");
  CHECK(verdict("Writing for the majority, Clarence Thomas said the Supreme Court had erred.") == "contradicted");
  CHECK(verdict("Writing for the majority, Justice Clarence Thomas said the Supreme Court had erred.") == "contradicted");
  // Set off after the name, or a relative clause on it.
  CHECK(verdict("Samuel Alito, writing for the majority, said the Supreme Court had erred.") == "supported");
  CHECK(verdict("Clarence Thomas, writing for the majority, said the Supreme Court had erred.") == "contradicted");
  CHECK(verdict("Clarence Thomas, who authored the Supreme Court opinion, spoke on Friday.") == "contradicted");
  CHECK(verdict("Samuel Alito, who had authored the Supreme Court opinion, spoke on Friday.") == "supported");
  // No person right there: nobody is said to have done it.
  CHECK(verdict("Writing for the majority, the Supreme Court said it had erred.") != "contradicted");
  CHECK(verdict("Writing for the majority on Friday, the Supreme Court's senior justice Thomas said it had erred.") !=
        "contradicted");
}

TEST_CASE("service: counts written as words that are no numbers: twice, a hat-trick, a brace", "[service][counts]") {
  const std::string base = R"({"name": "g", "version": "1",
    "sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2022-12-18"}],
    "entities": [{"id": "kim", "name": "Kim Lee", "kind": "person", "aliases": ["Kim Lee", "Lee"]}],
    "facts": [{"id": "goals", "kind": "quantity", "statement": "Lee scored three goals in the final.", "sources": ["s"],
               "triggers": ["scored", "goals", "netted"], "about": {"entities": ["kim"], "terms": [["final"]]},
               "measure": "goals", "unit": "goals", "values": [{"value": {"exact": 3}}]}]})";
  Result<Service> service = Service::Load({{"g.json", base}});
  REQUIRE(service.ok());
  const auto verdict = [&](const std::string& text) { return VerdictOf(service.value(), text, "goals"); };
  CHECK(verdict("Lee scored a hat-trick in the final.") == "supported");
  CHECK(verdict("Lee scored twice in the final.") == "contradicted");
  CHECK(verdict("Lee netted a brace in the final.") == "contradicted");
  CHECK(verdict("Lee scored twice as many goals in the final as in the semi-final.") == "none");  // a multiplier
}

TEST_CASE("service: a text over the limit is too-large, checked in one go or in slices", "[service][limits]") {
  Result<Service> service = Service::Bundled(ServiceOptions{100});
  REQUIRE(service.ok());
  CHECK(service.value().Check(std::string(100, 'x')).ok());
  const Result<Report> report = service.value().Check(std::string(101, 'x'));
  REQUIRE_FALSE(report.ok());
  CHECK(report.errors()[0].code == "too-large");
  CHECK_THAT(report.errors()[0].message, Catch::Contains("101 bytes"));
  const std::string long_text(101, 'x');
  CHECK(service.value().Begin(long_text).errors()[0].code == "too-large");
  const Service empty;
  CHECK(empty.Check("x").errors()[0].code == "no-facts");
}

TEST_CASE("service: a text checked in slices of any size gives the report checked at once", "[service][slices]") {
  const Result<Service> service = Service::Bundled();
  REQUIRE(service.ok());
  const std::string seed =
      "Moscow, 25 April 2023 (TDI): Russia's defense minister hosted his counterparts from Iran, Syria, and "
      "Turkiye for talks.\nLast year, defense ministers of Turkiye and Syria met in Moscow on Dec 21. "
      "Syria's civil war has left 80,000 people dead.\n";
  std::string text;
  for (int i = 0; i < 30; ++i) text += seed + "\n";
  for (const std::optional<CivilDate>& date : {std::optional<CivilDate>{}, std::optional<CivilDate>{{2023, 4, 25}}}) {
    const std::string whole = ReportToJson(service.value().Check(text, {date}).value(), text);
    CHECK_THAT(whole, Catch::Contains("\"Dec 21\""));  // the dateline dates the whole text, not only the start
    for (std::size_t budget : {1u, 50u, 333u, 4096u, 1u << 20}) {
      INFO("budget " << budget);
      Result<CheckRun> run = service.value().Begin(text, {date});
      REQUIRE(run.ok());
      std::size_t steps = 0;
      std::size_t read = 0;
      while (!run.value().Advance(budget)) {
        ++steps;
        CHECK(run.value().bytes_read() > read);
        read = run.value().bytes_read();
      }
      CHECK(run.value().bytes_read() == text.size());
      if (budget < 100) CHECK(steps > 30);
      CHECK(ReportToJson(run.value().TakeReport(), text) == whole);
    }
  }
}

TEST_CASE("service: dates are YYYY-MM-DD days", "[service]") {
  CHECK(ParseDay("2023-04-25", "--date").ok());
  for (const char* bad : {"2023-02-30", "2023-04", "25 April 2023", "", "2023-04-25x"}) {
    const Result<CivilDate> day = ParseDay(bad, "--date");
    REQUIRE_FALSE(day.ok());
    CHECK(day.errors()[0].code == "bad-date");
    CHECK(day.errors()[0].message == "--date '" + std::string(bad) + "' is not a YYYY-MM-DD date");
  }
}

// --- Batch lines ---------------------------------------------------------------------------------------------------

TEST_CASE("service: every batch line gets one line out, errors in one shape", "[service][batch]") {
  const Result<Service> service = Service::Bundled(ServiceOptions{64});
  REQUIRE(service.ok());
  struct Row {
    std::string line;
    std::string id;    // dumped JSON
    std::string code;  // "" when the line is checked
  };
  const Row rows[] = {
      {R"({"id": "a", "text": "Syria's war killed 80,000."})", R"("a")", ""},
      {R"({"text": "x"})", "null", ""},
      {"", "null", "bad-json"},
      {"  \r", "null", "bad-json"},
      {"not json", "null", "bad-json"},
      {"[1, 2]", "null", "bad-json"},
      {R"({"id": 7})", "7", "bad-json"},
      {R"({"id": 7, "text": 5})", "7", "bad-json"},
      {R"({"id": [1], "text": "x", "date": "2023-02-30"})", "[1]", "bad-date"},
      {R"({"id": 9, "text": "x", "date": 5})", "9", "bad-date"},
      {R"({"id": 10, "text": ")" + std::string(65, 'x') + "\"}", "10", "too-large"},
  };
  std::size_t number = 0;
  for (const Row& row : rows) {
    INFO(row.line);
    std::optional<Error> error;
    const nlohmann::json out = nlohmann::json::parse(CheckJsonLine(service.value(), row.line, ++number, {}, &error));
    CHECK(out["id"].dump() == row.id);
    if (row.code.empty()) {
      CHECK_FALSE(error);
      CHECK(out.contains("claims"));
    } else {
      REQUIRE(error);
      CHECK(error->code == row.code);
      CHECK(out.size() == 3);
      CHECK(out["line"] == number);
      CHECK(out["error"]["code"] == row.code);
      CHECK(out["error"]["message"] == error->message);
    }
  }
}

// --- The command line ----------------------------------------------------------------------------------------------

// Files in memory, stdin from a string, and output that can fail after `out_limit` writes.
class FakeIo final : public CommandIo {
 public:
  std::map<std::string, std::string> files;
  std::string input;
  std::string out, err;
  int writes_before_failure = -1;  // -1: never fails
  WriteStatus failure = WriteStatus::kOk;

  Result<std::string> ReadFile(const std::string& path) override {
    auto it = files.find(path);
    if (it == files.end()) return Result<std::string>::Fail({Error{"io", "cannot read file: no such file", path, "", 0, 0}});
    return Result<std::string>::Ok(it->second);
  }
  std::optional<Error> WriteFile(const std::string& path, std::string_view bytes) override {
    if (path.rfind("/readonly/", 0) == 0) return Error{"io", "cannot write file: permission denied", path, "", 0, 0};
    files[path] = std::string(bytes);
    return std::nullopt;
  }
  PathKind KindOf(const std::string& path) override {
    if (files.count(path)) return PathKind::kFile;
    for (const auto& [name, text] : files) {
      if (name.rfind(path + "/", 0) == 0) return PathKind::kDirectory;
    }
    return PathKind::kMissing;
  }
  Result<std::vector<std::string>> ListDirectory(const std::string& path) override {
    std::vector<std::string> names;
    for (const auto& [name, text] : files) {
      if (name.rfind(path + "/", 0) == 0) names.push_back(name.substr(path.size() + 1));
    }
    return Result<std::vector<std::string>>::Ok(names);
  }
  std::size_t hint = 0;  // InputSizeHint: right, wrong or none
  std::size_t InputSizeHint() override { return hint; }
  Result<std::size_t> ReadInput(char* buffer, std::size_t size) override {
    const std::size_t n = std::min(size, input.size() - taken_);
    input.copy(buffer, n, taken_);
    taken_ += n;
    return Result<std::size_t>::Ok(n);
  }
  WriteStatus Write(Stream stream, std::string_view bytes, std::string* error) override {
    if (stream == Stream::kOut && writes_before_failure >= 0 && writes_before_failure-- == 0) {
      *error = "no space left on device";
      return failure;
    }
    (stream == Stream::kOut ? out : err).append(bytes);
    return WriteStatus::kOk;
  }
  bool WantsColour() override { return false; }
  const Service* bundled = nullptr;  // Bundled(): the host's service, or none
  const Service* Bundled() override { return bundled; }

 private:
  std::size_t taken_ = 0;
};

TEST_CASE("command: a broken pipe stops output quietly with 141; a failed write is exit 1", "[command]") {
  std::string batch;
  for (int i = 0; i < 5; ++i) batch += R"({"id": )" + std::to_string(i) + R"(, "text": "x"})" + "\n";
  {
    FakeIo io;
    io.input = batch;
    io.writes_before_failure = 2;
    io.failure = WriteStatus::kBrokenPipe;
    CHECK(RunCommand({"check", "--format", "jsonl"}, {}, io) == kExitBrokenPipe);
    CHECK(io.err.empty());
    CHECK(std::count(io.out.begin(), io.out.end(), '\n') == 2);
  }
  {
    FakeIo io;
    io.input = batch;
    io.writes_before_failure = 1;
    io.failure = WriteStatus::kFailed;
    CHECK(RunCommand({"check", "--format", "jsonl"}, {}, io) == kExitFailed);
    CHECK(io.err == "claimcheck: cannot write to standard output: no space left on device\n");
  }
}

TEST_CASE("command: check writes its report while checking; a failed write stops the check", "[command][stream]") {
  std::string text;
  while (text.size() < 400'000) text += "Syria's war killed 80,000 people, the monitor said. ";
  for (const char* format : {"json", "text"}) {
    INFO(format);
    FakeIo whole;
    whole.files = {{"big.txt", text}};
    std::uint64_t all_sentences = 0;
    {
      WorkScope work;
      CHECK(RunCommand({"check", "--format", format, "big.txt"}, {}, whole) == kExitOk);
      all_sentences = work.counters().sentences;
    }
    CHECK(whole.out.size() > 2 * kReportChunkBytes);
    for (const WriteStatus failure : {WriteStatus::kFailed, WriteStatus::kBrokenPipe}) {
      for (const int writes : {0, 2}) {
        FakeIo io;
        io.files = whole.files;
        io.writes_before_failure = writes;
        io.failure = failure;
        WorkScope work;
        const int status = RunCommand({"check", "--format", format, "big.txt"}, {}, io);
        if (failure == WriteStatus::kFailed) {
          CHECK(status == kExitFailed);
          CHECK(io.err == "claimcheck: cannot write to standard output: no space left on device\n");
        } else {
          CHECK(status == kExitBrokenPipe);
          CHECK(io.err.empty());
        }
        CHECK(whole.out.compare(0, io.out.size(), io.out) == 0);  // what was written is the report's start
        CHECK(io.out.size() < whole.out.size());
        // JSON leaves as the check goes, so the check stops soon after; the text format counts first (it opens
        // with the counts), so it stops in its second pass.
        if (std::string_view(format) == "json") CHECK(work.counters().sentences < all_sentences / 4);
        else CHECK(work.counters().sentences < 2 * all_sentences);
      }
    }
  }
}

TEST_CASE("command: stdin is read whole, its size known or not", "[command]") {
  std::string text;
  while (text.size() < 300'000) text += "Syria's civil war has left 80,000 people dead. ";
  FakeIo file;
  file.files = {{"t.txt", text}};
  REQUIRE(RunCommand({"check", "--format", "json", "t.txt"}, {}, file) == kExitOk);
  for (const std::size_t hint : {std::size_t{0}, text.size(), text.size() - 1000, text.size() + 1000}) {
    INFO("hint " << hint);
    FakeIo io;
    io.input = text;
    io.hint = hint;
    CHECK(RunCommand({"check", "--format", "json", "-"}, {}, io) == kExitOk);
    CHECK(io.out == file.out);
  }
}

TEST_CASE("command: check, validate and info through CommandIo", "[command]") {
  const auto [entities, facts] = SplitBundled();
  FakeIo io;
  io.files = {{"base/a.json", entities}, {"base/b.json", facts}, {"base/schema.json", "{}"},
              {"draft.txt", std::string(kDeaths)}};
  CHECK(RunCommand({"check", "--facts", "base", "--format", "json", "draft.txt"}, {}, io) == kExitOk);
  CHECK(nlohmann::json::parse(io.out)["claims"][0]["verdict"] == "contradicted");
  io.out.clear();
  CHECK(RunCommand({"validate", "base"}, {}, io) == kExitOk);
  CHECK(io.out == "base: ok\n");
  io.out.clear();
  CHECK(RunCommand({"validate", "base/b.json"}, {}, io) == kExitFailed);
  CHECK_THAT(io.err, Catch::StartsWith("base/b.json:/facts/"));
  io.err.clear();
  CHECK(RunCommand({"check", "missing.txt"}, {}, io) == kExitFailed);
  CHECK(io.err == "claimcheck: missing.txt: cannot read file: no such file\n");
  io.err.clear();
  CHECK(RunCommand({"check", "--date", "2023-13-01"}, {}, io) == kExitUsage);
  CHECK_THAT(io.err, Catch::StartsWith("claimcheck: --date '2023-13-01' is not a YYYY-MM-DD date\n\nusage:"));
  io.out.clear();
  CHECK(RunCommand({"info", "--facts", "base"}, {}, io) == kExitOk);
  CHECK(nlohmann::json::parse(io.out)["facts"]["count"] == nlohmann::json::parse(facts)["facts"].size());
}

TEST_CASE("command: the host's service stands for the bundled base, never for --facts", "[command]") {
  // A host service of another base: what the commands say shows which one they ran on.
  constexpr const char* kHarbour = R"({"name": "harbour", "version": "3", "sources": [{"id": "p", "title": "Notice", "publisher": "Port of Tessel", "date": "2024-03-01"}],
    "entities": [{"id": "tessel", "name": "Tessel", "kind": "city", "aliases": ["Tessel"]}],
    "facts": [{"id": "cranes", "kind": "quantity", "statement": "Tessel has 14 cranes.", "sources": ["p"],
               "about": {"entities": ["tessel"]}, "triggers": ["cranes"], "measure": "cranes", "unit": "cranes",
               "values": [{"value": {"exact": 14}}]}]})";
  Result<Service> harbour = Service::Load({{"harbour.json", kHarbour}});
  REQUIRE(harbour.ok());
  FakeIo io;
  io.bundled = &harbour.value();
  io.files = {{"t.txt", "The port of Tessel has 20 cranes."}, {"bundled.json", std::string(BundledFactsJson())}};
  CHECK(RunCommand({"info"}, {}, io) == kExitOk);
  CHECK(nlohmann::json::parse(io.out)["facts"]["name"] == "harbour");
  io.out.clear();
  CHECK(RunCommand({"check", "--format", "json", "t.txt"}, {}, io) == kExitOk);
  CHECK(nlohmann::json::parse(io.out)["claims"][0]["verdict"] == "contradicted");
  io.out.clear();
  CHECK(RunCommand({"info", "--facts", "bundled.json"}, {}, io) == kExitOk);
  CHECK(nlohmann::json::parse(io.out)["facts"]["name"] != "harbour");
}

TEST_CASE("command: compile writes a compiled base that check and info load as the JSON", "[command][compile]") {
  const auto [entities, facts] = SplitBundled();
  FakeIo io;
  io.files = {{"base/a.json", entities}, {"base/b.json", facts}, {"draft.txt", std::string(kDeaths)}};
  CHECK(RunCommand({"compile", "--out", "base.ccfb", "base"}, {}, io) == kExitOk);
  CHECK(io.err.empty());
  REQUIRE(io.files.count("base.ccfb") == 1);
  CHECK(IsCompiledFacts(io.files["base.ccfb"]));
  const std::size_t count = nlohmann::json::parse(facts)["facts"].size();
  CHECK(io.out == "base.ccfb: " + std::to_string(count) + " facts, " + std::to_string(io.files["base.ccfb"].size()) +
                      " bytes\n");
  // The same bytes on standard output without --out.
  io.out.clear();
  CHECK(RunCommand({"compile", "base/a.json", "base/b.json"}, {}, io) == kExitOk);
  CHECK(io.out == io.files["base.ccfb"]);
  // check and info read it as they read the JSON.
  io.out.clear();
  CHECK(RunCommand({"check", "--facts", "base", "--format", "json", "draft.txt"}, {}, io) == kExitOk);
  const std::string from_json = io.out;
  io.out.clear();
  CHECK(RunCommand({"check", "--facts", "base.ccfb", "--format", "json", "draft.txt"}, {}, io) == kExitOk);
  CHECK(io.out == from_json);
  io.out.clear();
  CHECK(RunCommand({"info", "--facts", "base.ccfb"}, {}, io) == kExitOk);
  CHECK(nlohmann::json::parse(io.out)["facts"]["count"] == count);
  // A base with errors compiles to nothing; a file that cannot be written is an io error; usage errors.
  io.out.clear();
  CHECK(RunCommand({"compile", "--out", "b.ccfb", "base/b.json"}, {}, io) == kExitFailed);
  CHECK(io.files.count("b.ccfb") == 0);
  CHECK_THAT(io.err, Catch::StartsWith("base/b.json:/facts/"));
  io.err.clear();
  CHECK(RunCommand({"compile", "--out", "/readonly/x.ccfb", "base"}, {}, io) == kExitFailed);
  CHECK(io.err == "claimcheck: /readonly/x.ccfb: cannot write file: permission denied\n");
  io.err.clear();
  CHECK(RunCommand({"compile"}, {}, io) == kExitUsage);
  CHECK(RunCommand({"check", "--out", "x", "draft.txt"}, {}, io) == kExitUsage);
  CHECK_THAT(io.err, Catch::Contains("--out is an option of compile only"));
  // A stale file: refused with what to do.
  std::string stale = io.files["base.ccfb"];
  stale[kCompiledFactsMagic.size()] = static_cast<char>(stale[kCompiledFactsMagic.size()] + 1);
  io.files["stale.ccfb"] = stale;
  io.err.clear();
  CHECK(RunCommand({"info", "--facts", "stale.ccfb"}, {}, io) == kExitFailed);
  CHECK_THAT(io.err, Catch::StartsWith("stale.ccfb: the fact base was compiled in format 2;"));
  CHECK_THAT(io.err, Catch::Contains("claimcheck compile"));
}

}  // namespace
}  // namespace claimcheck
