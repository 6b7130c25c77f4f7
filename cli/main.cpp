// The native `claimcheck` command: arguments -> engine -> stdout. The only C++ that prints or exits.
//
//   claimcheck check [--facts PATH] [--date YYYY-MM-DD] [--format text|json|jsonl] [FILE|-]
//   claimcheck validate PATH...
//   claimcheck info [--facts PATH]
//
// Exit status: 0 success; 1 a check or validation found errors in the input; 2 usage errors.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimcheck/dates.h"
#include "claimcheck/match.h"
#include "fact_files.h"
#include "output.h"

namespace claimcheck::cli {
namespace {

constexpr const char* kUsage =
    "usage: claimcheck check [--facts PATH] [--date YYYY-MM-DD] [--format text|json|jsonl] [FILE|-]\n"
    "       claimcheck validate PATH...\n"
    "       claimcheck info [--facts PATH]\n"
    "       claimcheck --version\n"
    "\n"
    "check     checks FILE (or stdin) against the fact base: the bundled one, or --facts (a file or a directory\n"
    "          of *.json merged). --format jsonl reads lines {\"id\", \"text\", \"date\"?} on stdin and writes one\n"
    "          report per line with the same id.\n"
    "validate  reports every error of the fact base files (file, JSON pointer or line:column); exit 1 if any.\n"
    "info      prints the engine version and the fact base's name, version and number of facts.\n";

struct Options {
  std::string command;
  std::string facts_path;
  std::string date;
  std::string format = "text";
  std::vector<std::string> inputs;
};

int UsageError(const std::string& message) {
  std::cerr << "claimcheck: " << message << "\n\n" << kUsage;
  return 2;
}

// Returns an error message, or "" when the arguments are well formed.
std::string ParseArguments(int argc, char** argv, Options* options) {
  if (argc < 2) return "missing command";
  options->command = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    if (arg == "--facts") {
      if (!value(&options->facts_path)) return "--facts needs a path";
    } else if (arg == "--date") {
      if (!value(&options->date)) return "--date needs YYYY-MM-DD";
    } else if (arg == "--format") {
      if (!value(&options->format)) return "--format needs text, json or jsonl";
      if (options->format != "text" && options->format != "json" && options->format != "jsonl") {
        return "unknown format '" + options->format + "' (text, json or jsonl)";
      }
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      return "unknown option '" + arg + "'";
    } else {
      options->inputs.push_back(arg);
    }
  }
  return "";
}

std::optional<CivilDate> ParseDay(const std::string& text) {
  std::optional<DateRange> range = ParseIsoDateRange(text);
  if (!range || range->granularity != DateGranularity::kDay) return std::nullopt;
  return CivilFromDays(range->first);
}

void PrintErrors(const std::vector<Error>& errors) {
  for (const Error& error : errors) std::cerr << ErrorToString(error) << '\n';
}

std::optional<Checker> MakeChecker(const std::string& facts_path) {
  Result<FactBase> facts = LoadFactBase(facts_path);
  if (!facts.ok()) {
    PrintErrors(facts.errors());
    return std::nullopt;
  }
  return Checker(std::move(facts.value()));
}

// One JSON line per input line; a bad line gets an error line (same id when it has one) and the run goes on.
int RunJsonLines(const Checker& checker, std::optional<CivilDate> default_date) {
  std::string line;
  int status = 0;
  std::size_t line_number = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json item = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    std::string error;
    if (item.is_discarded() || !item.is_object()) {
      error = "not a JSON object";
    } else if (!item.contains("text") || !item["text"].is_string()) {
      error = "missing string field \"text\"";
    }
    std::optional<CivilDate> date = default_date;
    if (error.empty() && item.contains("date") && !item["date"].is_null()) {
      date = item["date"].is_string() ? ParseDay(item["date"].get<std::string>()) : std::nullopt;
      if (!date) error = "\"date\" is not a YYYY-MM-DD date";
    }
    const nlohmann::json id = item.is_object() && item.contains("id") ? item["id"] : nlohmann::json();
    if (!error.empty()) {
      std::cerr << "claimcheck: stdin:" << line_number << ": " << error << '\n';
      std::cout << nlohmann::json{{"id", id}, {"error", error}}.dump() << '\n';
      status = 1;
      continue;
    }
    const std::string text = item["text"].get<std::string>();
    const std::string report = ReportToJson(checker.Check(text, CheckOptions{date}), text);
    std::cout << "{\"id\":" << id.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << ','
              << report.substr(1) << '\n';
  }
  return status;
}

int RunCheck(const Options& options) {
  std::optional<CivilDate> date;
  if (!options.date.empty() && !(date = ParseDay(options.date))) {
    return UsageError("--date '" + options.date + "' is not a YYYY-MM-DD date");
  }
  if (options.inputs.size() > 1) return UsageError("check takes one FILE (or - for stdin)");
  std::optional<Checker> checker = MakeChecker(options.facts_path);
  if (!checker) return 1;
  if (options.format == "jsonl") return RunJsonLines(*checker, date);

  const std::string name = options.inputs.empty() ? "-" : options.inputs.front();
  std::string text;
  if (name == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else if (!ReadFile(name, &text)) {
    std::cerr << "claimcheck: " << name << ": cannot read file\n";
    return 1;
  }
  const Report report = checker->Check(text, CheckOptions{date});
  if (options.format == "json") {
    std::cout << ReportToJson(report, text, 2) << '\n';
  } else {
    const bool colour = isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
    PrintReportText(std::cout, report, text, name == "-" ? "stdin" : name, colour);
  }
  return 0;
}

int RunValidate(const Options& options) {
  if (options.inputs.empty()) return UsageError("validate needs at least one PATH");
  std::size_t error_count = 0;
  for (const std::string& path : options.inputs) {
    std::vector<Error> errors = ValidatePath(path);
    PrintErrors(errors);
    if (errors.empty()) std::cout << path << ": ok\n";
    error_count += errors.size();
  }
  if (error_count > 0) std::cerr << error_count << (error_count == 1 ? " error\n" : " errors\n");
  return error_count > 0 ? 1 : 0;
}

int RunInfo(const Options& options) {
  std::optional<Checker> checker = MakeChecker(options.facts_path);
  if (!checker) return 1;
  const FactBase& facts = checker->facts();
  std::cout << nlohmann::json{{"engine", std::string(EngineVersion())},
                              {"facts", {{"name", facts.name()},
                                         {"version", facts.version()},
                                         {"count", facts.facts().size()}}}}
                   .dump(2)
            << '\n';
  return 0;
}

int Main(int argc, char** argv) {
  Options options;
  if (argc >= 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h")) {
    std::cout << kUsage;
    return 0;
  }
  if (argc >= 2 && std::string(argv[1]) == "--version") {
    std::cout << "claimcheck " << EngineVersion() << '\n';
    return 0;
  }
  if (std::string error = ParseArguments(argc, argv, &options); !error.empty()) return UsageError(error);
  if (options.command == "check") return RunCheck(options);
  if (options.command == "validate") return RunValidate(options);
  if (options.command == "info") return RunInfo(options);
  return UsageError("unknown command '" + options.command + "'");
}

}  // namespace
}  // namespace claimcheck::cli

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return claimcheck::cli::Main(argc, argv);
}
