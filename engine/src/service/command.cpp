// The command line (command.h): arguments -> service -> CommandIo. Every message, format and exit status of both
// CLIs is decided here; the adapters only move bytes.
#include "claimcheck/command.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace claimcheck {
namespace {

constexpr std::string_view kUsage =
    "usage: claimcheck check [--facts PATH] [--date YYYY-MM-DD] [--format text|json|jsonl] [FILE|-]\n"
    "       claimcheck extract [--date YYYY-MM-DD] [--format json|jsonl] [FILE|-]\n"
    "       claimcheck draft [--date YYYY-MM-DD] [--source-title T] [--publisher P] [--url U] [FILE|-]\n"
    "       claimcheck validate PATH...\n"
    "       claimcheck compile [--out FILE] PATH...\n"
    "       claimcheck info [--facts PATH]\n"
    "       claimcheck --version\n"
    "\n"
    "check     checks FILE (or stdin) against the fact base: the bundled one, or --facts (a file, or a directory\n"
    "          whose *.json files are one fact base). Text files may be UTF-8 or UTF-16 with a byte-order mark.\n"
    "          --format jsonl reads lines {\"id\", \"text\", \"date\"?} on stdin and writes one line per input line:\n"
    "          the report with the same id, or {\"id\", \"line\", \"error\": {\"code\", \"message\"}}.\n"
    "extract   prints every figure, date and time of FILE (or stdin) as JSON (docs/EXTRACT.md): intervals in base\n"
    "          units, units, ISO date ranges and how they were resolved, UTF-16 offsets. --format jsonl as for check.\n"
    "draft     writes a fact base drafted from FILE (or stdin), a trusted report such as wire copy, as JSON: one\n"
    "          source (--source-title, --publisher, --url, else from the dateline and the first sentence), the\n"
    "          entities it names, one fact per checkable claim. It loads as it is; review it (facts/README.md).\n"
    "          --date is the report's date (else its dateline's).\n"
    "validate  reports every error of the fact base files (file, JSON pointer or line:column); exit 1 if any.\n"
    "compile   writes the fact base of the PATHs (taken as one, as --facts takes a directory) as a compiled fact\n"
    "          base to FILE (else to stdout): --facts and the package load it without parsing JSON. Only this\n"
    "          version of claimcheck loads it; compile again after an upgrade.\n"
    "info      prints the engine version and the fact base's name, version and number of facts.\n"
    "\n"
    "exit status: 0 ok; 1 an input could not be checked; 2 usage; 141 standard output was closed by its reader.\n";

constexpr std::size_t kReadChunk = 1 << 16;

struct Options {
  std::string command;
  std::string facts_path;
  std::string out_path;  // compile
  std::string date;
  ReportFormat format = ReportFormat::kText;
  bool format_given = false;
  std::vector<std::string> inputs;
  std::string source_title, publisher, url;  // draft
  std::string draft_option;                   // the first draft-only option given, for usage errors
};

// Output through CommandIo, remembering the first failure: after it nothing more is written.
class Output {
 public:
  explicit Output(CommandIo& io) : io_(io) {}

  bool Out(std::string_view bytes) { return Put(Stream::kOut, bytes); }
  void Err(std::string_view bytes) {
    std::string ignored;
    if (!broken_) io_.Write(Stream::kErr, bytes, &ignored);
  }
  // The exit status `status` becomes once output failed: a broken pipe is quiet; a failed write is reported.
  int Status(int status) {
    if (broken_) return kExitBrokenPipe;
    if (!failed_.empty()) {
      Err("claimcheck: cannot write to standard output: " + failed_ + "\n");
      return kExitFailed;
    }
    return status;
  }
  bool ok() const { return !broken_ && failed_.empty(); }

 private:
  bool Put(Stream stream, std::string_view bytes) {
    if (!ok()) return false;
    std::string error;
    switch (io_.Write(stream, bytes, &error)) {
      case WriteStatus::kOk: return true;
      case WriteStatus::kBrokenPipe: broken_ = true; return false;
      case WriteStatus::kFailed: failed_ = error.empty() ? "write failed" : error; return false;
    }
    return false;
  }

  CommandIo& io_;
  bool broken_ = false;
  std::string failed_;
};

int UsageError(Output& out, const std::string& message) {
  out.Err("claimcheck: " + message + "\n\n" + std::string(kUsage));
  return out.Status(kExitUsage);
}

// Errors of a fact base, one per line as editors read them ("facts.json:12:7: ..."); errors of the checked text
// or of the system carry the command's name first.
void PrintErrors(Output& out, const std::vector<Error>& errors, bool about_input = false) {
  std::string text;
  for (const Error& e : errors) text += (about_input ? "claimcheck: " : "") + ErrorToString(e) + "\n";
  out.Err(text);
}

// Returns an error message, or "" when the arguments are well formed.
std::string ParseArguments(const std::vector<std::string>& args, Options* options) {
  if (args.empty()) return "missing command";
  options->command = args[0];
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) return false;
      *out = args[++i];
      return true;
    };
    if (arg == "--facts") {
      if (!value(&options->facts_path)) return "--facts needs a path";
    } else if (arg == "--out") {
      if (!value(&options->out_path) || options->out_path.empty()) return "--out needs a file";
    } else if (arg == "--date") {
      if (!value(&options->date)) return "--date needs YYYY-MM-DD";
    } else if (arg == "--format") {
      std::string format;
      if (!value(&format)) return "--format needs text, json or jsonl";
      options->format_given = true;
      if (format == "text") options->format = ReportFormat::kText;
      else if (format == "json") options->format = ReportFormat::kJson;
      else if (format == "jsonl") options->format = ReportFormat::kJsonLines;
      else return "unknown format '" + format + "' (text, json or jsonl)";
    } else if (arg == "--source-title" || arg == "--publisher" || arg == "--url") {
      std::string* target = arg == "--url" ? &options->url : arg == "--publisher" ? &options->publisher
                                                                                  : &options->source_title;
      if (!value(target)) return arg + " needs a value";
      if (options->draft_option.empty()) options->draft_option = arg;
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      return "unknown option '" + arg + "'";
    } else {
      options->inputs.push_back(arg);
    }
  }
  return "";
}

Error IoError(const std::string& path, const std::string& message) {
  Error e;
  e.code = "io";
  e.file = path;
  e.message = message;
  return e;
}

// A JSON Schema kept beside the facts (facts/schema.json, *.schema.json) is not a fact base.
bool IsFactFileName(std::string_view name) {
  constexpr std::string_view kJson = ".json";
  constexpr std::string_view kSchema = ".schema.json";
  if (name.size() <= kJson.size() || name.substr(name.size() - kJson.size()) != kJson) return false;
  if (name == "schema.json") return false;
  return !(name.size() > kSchema.size() && name.substr(name.size() - kSchema.size()) == kSchema);
}

// The documents a path stands for, read: the file itself, or a directory's fact files in name order.
std::vector<FactDocument> ReadDocuments(CommandIo& io, const std::string& path, std::vector<Error>* errors) {
  std::vector<std::string> files;
  if (io.KindOf(path) == PathKind::kDirectory) {
    Result<std::vector<std::string>> names = io.ListDirectory(path);
    if (!names.ok()) {
      errors->insert(errors->end(), names.errors().begin(), names.errors().end());
      return {};
    }
    const std::string prefix = !path.empty() && path.back() == '/' ? path : path + "/";
    for (const std::string& name : names.value()) {
      if (IsFactFileName(name) && io.KindOf(prefix + name) == PathKind::kFile) files.push_back(prefix + name);
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) errors->push_back(IoError(path, "the directory holds no .json fact base"));
  } else {
    files.push_back(path);
  }
  std::vector<FactDocument> documents;
  for (const std::string& file : files) {
    Result<std::string> text = io.ReadFile(file);
    if (!text.ok()) {
      errors->insert(errors->end(), text.errors().begin(), text.errors().end());
      continue;
    }
    documents.push_back({file, std::move(text.value())});
  }
  return documents;
}

// The service a command runs on: one it loaded, or the host's with the bundled base (CommandIo::Bundled).
class LoadedService {
 public:
  LoadedService() = default;
  explicit LoadedService(Service owned) : owned_(std::move(owned)) {}
  explicit LoadedService(const Service* borrowed) : borrowed_(borrowed) {}
  explicit operator bool() const { return get() != nullptr; }
  const Service& operator*() const { return *get(); }
  const Service* operator->() const { return get(); }

 private:
  const Service* get() const { return owned_ ? &*owned_ : borrowed_; }
  std::optional<Service> owned_;
  const Service* borrowed_ = nullptr;
};

LoadedService LoadService(CommandIo& io, Output& out, const std::string& path, const ServiceOptions& options) {
  if (path.empty()) {
    if (const Service* bundled = io.Bundled()) return LoadedService(bundled);
  }
  std::vector<Error> errors;
  std::vector<FactDocument> documents;
  if (!path.empty()) {
    documents = ReadDocuments(io, path, &errors);
    if (!errors.empty()) {
      PrintErrors(out, errors);
      return LoadedService();
    }
  }
  Result<Service> service = path.empty() ? Service::Bundled(options) : Service::Load(documents, options);
  if (!service.ok()) {
    PrintErrors(out, service.errors());
    return LoadedService();
  }
  return LoadedService(std::move(service.value()));
}

// Standard input, whole. When its size is known (`< file`) the text is read into one allocation of that size;
// the end is found by reading into a small buffer, not by growing the text. A pipe grows it by doubling.
Result<std::string> ReadAllInput(CommandIo& io) {
  std::string text(io.InputSizeHint(), '\0');
  std::size_t used = 0;
  char probe[4096];
  for (;;) {
    const bool full = used == text.size();
    char* into = full ? probe : text.data() + used;
    Result<std::size_t> n = io.ReadInput(into, full ? sizeof probe : std::min(kReadChunk, text.size() - used));
    if (!n.ok()) return Result<std::string>::Fail(n.errors());
    if (n.value() == 0) break;
    if (full) {
      text.resize(used + std::max(used, kReadChunk));
      std::copy(probe, probe + n.value(), text.data() + used);
    }
    used += n.value();
  }
  text.resize(used);
  return Result<std::string>::Ok(std::move(text));
}

// The batch: one output line per input line, in order. Lines longer than the service accepts are skipped to
// their end without being held, and answered with a too-large error line.
using LineFunction = std::string (*)(const Service&, std::string_view, std::size_t, std::optional<CivilDate>,
                                     std::optional<Error>*);

int RunJsonLines(const Service& service, CommandIo& io, Output& out, std::optional<CivilDate> date,
                 LineFunction answer) {
  const std::size_t max_text = service.options().max_text_bytes;
  // A line holds its text JSON-escaped (\uXXXX is six bytes for one), so it may be six times as long.
  const std::size_t max_line =
      max_text > std::numeric_limits<std::size_t>::max() / 8 ? max_text : max_text * 6 + 4096;
  int status = kExitOk;
  std::size_t line_number = 0;
  std::string line;
  bool overlong = false;
  bool first_chunk = true;
  std::vector<char> buffer(kReadChunk);

  auto finish_line = [&]() {
    ++line_number;
    std::optional<Error> error;
    std::string result;
    if (overlong) {
      Error e;
      e.code = "too-large";
      e.message = "the line is over " + std::to_string(max_line) + " bytes; a text of at most " +
                  std::to_string(max_text) + " bytes is checked at once: split it";
      error = e;
      result = JsonLineError(line_number, e);
    } else {
      result = answer(service, line, line_number, date, &error);
    }
    if (error) {
      out.Err("claimcheck: stdin:" + std::to_string(line_number) + ": " + error->message + "\n");
      status = kExitFailed;
    }
    result += '\n';
    out.Out(result);
    line.clear();
    overlong = false;
  };

  for (;;) {
    Result<std::size_t> n = io.ReadInput(buffer.data(), buffer.size());
    if (!n.ok()) {
      PrintErrors(out, n.errors(), true);
      return out.Status(kExitFailed);
    }
    if (n.value() == 0) break;
    std::string_view chunk(buffer.data(), n.value());
    if (first_chunk) {
      first_chunk = false;
      if (chunk.substr(0, 3) == "\xEF\xBB\xBF") chunk.remove_prefix(3);
      if (chunk.substr(0, 2) == "\xFF\xFE" || chunk.substr(0, 2) == "\xFE\xFF") {
        out.Err("claimcheck: stdin: JSON lines must be UTF-8; this input starts with a UTF-16 byte-order mark\n");
        return out.Status(kExitFailed);
      }
    }
    while (!chunk.empty() && out.ok()) {
      const std::size_t newline = chunk.find('\n');
      const std::string_view piece = chunk.substr(0, newline);
      if (!overlong) {
        if (line.size() + piece.size() > max_line) {
          overlong = true;
          line.clear();
          line.shrink_to_fit();
        } else {
          line.append(piece);
        }
      }
      if (newline == std::string_view::npos) break;
      finish_line();
      chunk.remove_prefix(newline + 1);
    }
    if (!out.ok()) break;
  }
  if (out.ok() && (!line.empty() || overlong)) finish_line();  // a last line without its newline
  return out.Status(status);
}

// The text of FILE or of stdin ("-" or no FILE), decoded; nullopt after printing why not. *shown: its name in
// messages ("stdin" for standard input).
std::optional<std::string> ReadText(const Options& options, CommandIo& io, Output& out, std::string* shown) {
  const std::string name = options.inputs.empty() ? "-" : options.inputs.front();
  *shown = name == "-" ? "stdin" : name;
  Result<std::string> bytes = name == "-" ? ReadAllInput(io) : io.ReadFile(name);
  if (!bytes.ok()) {
    PrintErrors(out, bytes.errors(), true);
    return std::nullopt;
  }
  Result<std::string> text = DecodeText(std::move(bytes.value()), *shown);
  if (!text.ok()) {
    PrintErrors(out, text.errors(), true);
    return std::nullopt;
  }
  return std::move(text.value());
}

int RunCheck(const Options& options, const ServiceOptions& service_options, CommandIo& io, Output& out) {
  std::optional<CivilDate> date;
  if (!options.date.empty()) {
    Result<CivilDate> day = ParseDay(options.date, "--date");
    if (!day.ok()) return UsageError(out, day.errors().front().message);
    date = day.value();
  }
  if (options.inputs.size() > 1) return UsageError(out, "check takes one FILE (or - for stdin)");
  if (options.format == ReportFormat::kJsonLines && !options.inputs.empty() && options.inputs[0] != "-") {
    return UsageError(out, "--format jsonl reads standard input (give no FILE, or -)");
  }
  const LoadedService service = LoadService(io, out, options.facts_path, service_options);
  if (!service) return out.Status(kExitFailed);
  if (options.format == ReportFormat::kJsonLines) return RunJsonLines(*service, io, out, date, CheckJsonLine);

  std::string shown;
  const std::optional<std::string> text = ReadText(options, io, out, &shown);
  if (!text) return out.Status(kExitFailed);
  const bool colour = options.format == ReportFormat::kText && io.WantsColour();
  // Written while checking: a failed write stops the check (Output remembers why, Status says it).
  const Result<bool> written = StreamReport(*service, *text, CheckOptions{date}, options.format, shown, colour,
                                            [&out](std::string_view bytes) { return out.Out(bytes); });
  if (!written.ok()) {
    Error e = written.errors().front();
    e.file = shown;
    PrintErrors(out, {e}, true);
    return out.Status(kExitFailed);
  }
  return out.Status(kExitOk);
}

int RunExtract(const Options& options, const ServiceOptions& service_options, CommandIo& io, Output& out) {
  std::optional<CivilDate> date;
  if (!options.date.empty()) {
    Result<CivilDate> day = ParseDay(options.date, "--date");
    if (!day.ok()) return UsageError(out, day.errors().front().message);
    date = day.value();
  }
  if (!options.facts_path.empty()) return UsageError(out, "extract takes no --facts");
  if (options.format_given && options.format == ReportFormat::kText) {
    return UsageError(out, "extract writes json or jsonl, not text");
  }
  if (options.inputs.size() > 1) return UsageError(out, "extract takes one FILE (or - for stdin)");
  if (options.format == ReportFormat::kJsonLines && !options.inputs.empty() && options.inputs[0] != "-") {
    return UsageError(out, "--format jsonl reads standard input (give no FILE, or -)");
  }
  const LoadedService service = LoadService(io, out, "", service_options);
  if (!service) return out.Status(kExitFailed);
  if (options.format == ReportFormat::kJsonLines) return RunJsonLines(*service, io, out, date, ExtractJsonLine);
  std::string shown;
  const std::optional<std::string> text = ReadText(options, io, out, &shown);
  if (!text) return out.Status(kExitFailed);
  Result<Extraction> extraction = service->Extract(*text, date);
  if (!extraction.ok()) {
    Error e = extraction.errors().front();
    e.file = shown;
    PrintErrors(out, {e}, true);
    return out.Status(kExitFailed);
  }
  out.Out(ExtractionToJson(extraction.value(), *text, 2) + "\n");
  return out.Status(kExitOk);
}

int RunDraft(const Options& options, const ServiceOptions& service_options, CommandIo& io, Output& out) {
  DraftOptions draft;
  if (!options.date.empty()) {
    Result<CivilDate> day = ParseDay(options.date, "--date");
    if (!day.ok()) return UsageError(out, day.errors().front().message);
    draft.date = day.value();
  }
  if (!options.facts_path.empty()) return UsageError(out, "draft takes no --facts");
  if (options.format_given) return UsageError(out, "draft writes a fact base as JSON; it takes no --format");
  if (options.inputs.size() > 1) return UsageError(out, "draft takes one FILE (or - for stdin)");
  draft.source_title = options.source_title;
  draft.publisher = options.publisher;
  draft.url = options.url;
  const LoadedService service = LoadService(io, out, "", service_options);
  if (!service) return out.Status(kExitFailed);
  std::string shown;
  const std::optional<std::string> text = ReadText(options, io, out, &shown);
  if (!text) return out.Status(kExitFailed);
  Result<std::string> json = service->Draft(*text, draft);
  if (!json.ok()) {
    Error e = json.errors().front();
    e.file = shown;
    PrintErrors(out, {e}, true);
    return out.Status(kExitFailed);
  }
  out.Out(json.value());
  return out.Status(kExitOk);
}

int RunValidate(const Options& options, CommandIo& io, Output& out) {
  if (options.inputs.empty()) return UsageError(out, "validate needs at least one PATH");
  std::size_t error_count = 0, warning_count = 0;
  for (const std::string& path : options.inputs) {
    std::vector<Error> errors;
    std::vector<FactDocument> documents = ReadDocuments(io, path, &errors);
    if (!documents.empty()) {
      std::vector<Error> found = Service::Validate(documents);
      errors.insert(errors.end(), found.begin(), found.end());
    }
    PrintErrors(out, errors);
    if (errors.empty()) {
      // Warnings do not fail the run: the base loads and checks, it just will not find what it should.
      const std::vector<Error> warnings = Service::Warnings(documents);
      for (const Error& w : warnings) out.Err(ErrorToString(w) + " [warning: " + w.code + "]\n");
      warning_count += warnings.size();
      out.Out(path + (warnings.empty() ? ": ok\n" : ": ok, with warnings\n"));
    }
    error_count += errors.size();
  }
  if (error_count > 0) out.Err(std::to_string(error_count) + (error_count == 1 ? " error\n" : " errors\n"));
  if (warning_count > 0) {
    out.Err(std::to_string(warning_count) + (warning_count == 1 ? " warning\n" : " warnings\n"));
  }
  return out.Status(error_count > 0 ? kExitFailed : kExitOk);
}

int RunCompile(const Options& options, CommandIo& io, Output& out) {
  if (options.inputs.empty()) return UsageError(out, "compile needs at least one PATH");
  if (!options.facts_path.empty()) return UsageError(out, "compile takes no --facts: its PATHs are the fact base");
  if (options.format_given || !options.date.empty()) return UsageError(out, "compile takes only --out and PATHs");
  std::vector<Error> errors;
  std::vector<FactDocument> documents;
  for (const std::string& path : options.inputs) {
    for (FactDocument& d : ReadDocuments(io, path, &errors)) documents.push_back(std::move(d));
  }
  if (!errors.empty()) {
    PrintErrors(out, errors);
    return out.Status(kExitFailed);
  }
  std::vector<FactBase::Document> views;
  views.reserve(documents.size());
  for (const FactDocument& d : documents) views.push_back({d.text, d.name});
  const Result<FactBase> base = FactBase::FromJsonDocuments(views);
  if (!base.ok()) {
    PrintErrors(out, base.errors());
    out.Err(std::to_string(base.errors().size()) + (base.errors().size() == 1 ? " error\n" : " errors\n"));
    return out.Status(kExitFailed);
  }
  const std::string bytes = base.value().ToCompiled();
  if (options.out_path.empty()) {
    out.Out(bytes);
    return out.Status(kExitOk);
  }
  if (std::optional<Error> e = io.WriteFile(options.out_path, bytes)) {
    PrintErrors(out, {*e}, true);
    return out.Status(kExitFailed);
  }
  out.Out(options.out_path + ": " + std::to_string(base.value().facts().size()) + " facts, " +
          std::to_string(bytes.size()) + " bytes\n");
  return out.Status(kExitOk);
}

// {"engine": ..., "facts": {...}} indented by two, as people read it.
std::string Indented(std::string_view compact) {
  std::string out;
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < compact.size()) out += compact[++i];
      else if (c == '"') in_string = false;
      continue;
    }
    switch (c) {
      case '"': in_string = true; out += c; break;
      case '{': ++depth; out += "{\n" + std::string(static_cast<std::size_t>(2 * depth), ' '); break;
      case '}': --depth; out += "\n" + std::string(static_cast<std::size_t>(2 * depth), ' ') + "}"; break;
      case ',': out += ",\n" + std::string(static_cast<std::size_t>(2 * depth), ' '); break;
      case ':': out += ": "; break;
      default: out += c;
    }
  }
  return out;
}

int RunInfo(const Options& options, const ServiceOptions& service_options, CommandIo& io, Output& out) {
  const LoadedService service = LoadService(io, out, options.facts_path, service_options);
  if (!service) return out.Status(kExitFailed);
  out.Out(Indented(service->InfoJson()) + "\n");
  return out.Status(kExitOk);
}

}  // namespace

int RunCommand(const std::vector<std::string>& args, const ServiceOptions& service_options, CommandIo& io) {
  Output out(io);
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    out.Out(kUsage);
    return out.Status(kExitOk);
  }
  if (!args.empty() && args[0] == "--version") {
    out.Out("claimcheck " + std::string(EngineVersion()) + "\n");
    return out.Status(kExitOk);
  }
  Options options;
  if (std::string error = ParseArguments(args, &options); !error.empty()) return UsageError(out, error);
  if (options.command == "draft") return RunDraft(options, service_options, io, out);
  if (!options.draft_option.empty()) return UsageError(out, options.draft_option + " is an option of draft only");
  if (options.command == "compile") return RunCompile(options, io, out);
  if (!options.out_path.empty()) return UsageError(out, "--out is an option of compile only");
  if (options.command == "check") return RunCheck(options, service_options, io, out);
  if (options.command == "extract") return RunExtract(options, service_options, io, out);
  if (options.command == "validate") return RunValidate(options, io, out);
  if (options.command == "info") return RunInfo(options, service_options, io, out);
  return UsageError(out, "unknown command '" + options.command + "'");
}

}  // namespace claimcheck
