// Embind bindings: the service (api.h) and the command line (command.h) for JS, and nothing else. Strings in, JSON
// strings out; every failure is a value ({"error": <ErrorToJson>}), never an abort or a JS exception.
//
// A text and a report cross as bytes in the module's memory, not as Embind std::strings: Emscripten 3.1.6 copies a
// Uint8Array into a std::string one byte at a time in JS, and reads a std::string back with two JS loops over its
// bytes before decoding it. So a text goes in through a view (textBuffer), and a report comes back as a view of
// the engine's reply buffer, which JS decodes with TextDecoder at once: a view dies at the next call (memory may
// grow). Replies marked [view] are such views.
//
//   new Engine()                        the bundled fact base; new Engine(false): none yet (load one next). The
//                                       check-only module has no bundled base: its engines start with none either
//                                       way, and check with "no-facts" until a base is loaded (the widget loads
//                                       dist/claimcheck-bundled.ccfb, that base compiled)
//   engine.load([{name, text}]) -> {"ok": true, "info": {...}} | {"ok": false, "errors": [...]}; a failed load
//                                       keeps the fact base it had
//   engine.textBuffer(n)        -> a Uint8Array view of n bytes: JS writes the UTF-8 text of the next check,
//                                       extract, draft or begin into it
//   engine.check(date)          -> [view] the report, or {"error": ...}   (date "" or YYYY-MM-DD)
//   engine.extract(date)        -> [view] the extraction (docs/EXTRACT.md), or {"error": ...}
//   engine.draft(date, title, publisher, url) -> [view] a fact base drafted from a trusted report (draft.h), or
//                                       {"error": ...}; "" for an option not given
//   engine.begin(date)          -> "" or {"error": ...}: starts a check a slice at a time (one at a time per engine)
//   engine.advance(bytes)       -> {"done", "read", "total"}: checks at least `bytes` more bytes of the text
//   engine.take()               -> [view] the report of the run begun last
//   engine.takePart(claims)     -> [view] the same report in parts of at most `claims` claims, then an empty view
//   engine.release()            -> frees the reply buffer (after a large reply)
//   engine.info()               -> {"engine", "facts": {"name", "version", "count"}}
//   validateFacts([{name, text}]) -> [errors]
//   runCommand([args], io, engine) -> exit status of `claimcheck args` (command.h), io: see web/bin/claimcheck.js;
//                                       engine (or null): one with the bundled base, used for commands without --facts
//   version(), heapInUse()      -> engine version; bytes malloc holds (leak tests)
//
// The start-up image (full module only; scripts/wasm-image.mjs, web/src/engine.js): a fresh module with the bundled
// fact base loaded is the same bytes of memory every time, so the build saves them once and Node copies them into
// a fresh instance instead of building the engine (the checker's indexes and lexicon) anew.
//   engine.address()            -> where this engine lives in memory (the build records it)
//   heapEnd()                   -> the end of the memory in use (sbrk(0)): how much the image holds
//   stackBounds()               -> [low, high): the addresses the stack may use, below the heap (fixed at link time).
//                                       Nothing reads stack memory it has not written, so an image leaves it out
//                                       and the loader neither copies nor zeroes it (each page touched costs)
//   memoryView(n)               -> a Uint8Array view of the memory's first n bytes (grown to n if smaller)
//   adoptEngine(address)        -> a JS handle for the engine at `address` of a copied image (JS owns it: delete())
//
// Built twice (wasm/CMakeLists.txt): claimcheck.wasm with all of it, and claimcheck-check.wasm for the widget with
// CLAIMCHECK_CHECK_ONLY, which leaves out extract, draft, validateFacts and runCommand (and the code only they reach),
// and the bundled fact base.
#include <emscripten/bind.h>
#include <emscripten/heap.h>
#include <emscripten/stack.h>
#include <emscripten/val.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/api.h"
#ifndef CLAIMCHECK_CHECK_ONLY
#include "claimcheck/command.h"
#endif

namespace claimcheck::wasm {
namespace {

using emscripten::val;

constexpr ServiceOptions kOptions{kWasmMaxTextBytes};

std::string ErrorsJson(const std::vector<Error>& errors) {
  std::string out = "[";
  for (const Error& e : errors) out += (out.size() > 1 ? "," : "") + ErrorToJson(e);
  return out + "]";
}

std::string ErrorReply(const Error& e) { return "{\"error\":" + ErrorToJson(e) + "}"; }

std::vector<FactDocument> Documents(const val& list) {
  std::vector<FactDocument> documents;
  const auto count = list["length"].as<unsigned>();
  for (unsigned i = 0; i < count; ++i) {
    documents.push_back({list[i]["name"].as<std::string>(), list[i]["text"].as<std::string>()});
  }
  return documents;
}

// "" or a YYYY-MM-DD day into options; false (and *error) when it is not one.
bool DateOption(const std::string& date, CheckOptions* options, std::string* error) {
  if (date.empty()) return true;
  Result<CivilDate> day = ParseDay(date, "date");
  if (!day.ok()) {
    *error = ErrorReply(day.errors().front());
    return false;
  }
  options->date = day.value();
  return true;
}

class Engine {
 public:
  Engine() : Engine(true) {}
  // Engine(false) starts with no fact base, for a caller that loads its own at once (the bundled one is not read).
#ifndef CLAIMCHECK_CHECK_ONLY
  explicit Engine(bool bundled) {
    if (bundled) service_ = std::move(Service::Bundled(kOptions).value());
  }
#else
  explicit Engine(bool /*bundled*/) {}  // no bundled base in this module (wasm/CMakeLists.txt)
#endif

  std::string Load(const val& documents) {
    Result<Service> loaded = Service::Load(Documents(documents), kOptions);
    if (!loaded.ok()) return "{\"ok\":false,\"errors\":" + ErrorsJson(loaded.errors()) + "}";
    run_ = CheckRun();
    service_ = std::move(loaded.value());
    return "{\"ok\":true,\"info\":" + service_.InfoJson() + "}";
  }

#ifndef CLAIMCHECK_CHECK_ONLY
  double Address() const { return static_cast<double>(reinterpret_cast<std::uintptr_t>(this)); }
  const Service& service() const { return service_; }
#endif

  val TextBuffer(double size) {
    input_.resize(static_cast<std::size_t>(size));
    return View(input_);
  }

  val Check(const std::string& date) {
    const std::string text = TakeInput();
    CheckOptions options;
    if (std::string error; !DateOption(date, &options, &error)) return Reply(std::move(error));
    Result<Report> report = service_.Check(text, options);
    return Reply(report.ok() ? ReportToJson(report.value(), text) : ErrorReply(report.errors().front()));
  }

#ifndef CLAIMCHECK_CHECK_ONLY
  val Extract(const std::string& date) {
    const std::string text = TakeInput();
    CheckOptions options;
    if (std::string error; !DateOption(date, &options, &error)) return Reply(std::move(error));
    Result<Extraction> extraction = service_.Extract(text, options.date);
    return Reply(extraction.ok() ? ExtractionToJson(extraction.value(), text)
                                 : ErrorReply(extraction.errors().front()));
  }

  val Draft(const std::string& date, const std::string& title, const std::string& publisher,
            const std::string& url) {
    const std::string text = TakeInput();
    CheckOptions dated;
    if (std::string error; !DateOption(date, &dated, &error)) return Reply(std::move(error));
    DraftOptions options;
    options.date = dated.date;
    options.source_title = title;
    options.publisher = publisher;
    options.url = url;
    Result<std::string> json = service_.Draft(text, options);
    return Reply(json.ok() ? std::move(json.value()) : ErrorReply(json.errors().front()));
  }
#endif

  std::string Begin(const std::string& date) {
    parts_ = Report();
    taking_ = false;
    run_ = CheckRun();
    run_text_ = TakeInput();
    CheckOptions options;
    if (std::string error; !DateOption(date, &options, &error)) return error;
    Result<CheckRun> run = service_.Begin(run_text_, options);
    if (!run.ok()) return ErrorReply(run.errors().front());
    run_ = std::move(run.value());
    return "";
  }

  std::string Advance(double budget_bytes) {
    const bool done = run_.Advance(budget_bytes < 1 ? 1 : static_cast<std::size_t>(budget_bytes));
    return std::string("{\"done\":") + (done ? "true" : "false") + ",\"read\":" + std::to_string(run_.bytes_read()) +
           ",\"total\":" + std::to_string(run_.bytes_total()) + "}";
  }

  val Take() {
    std::string json = ReportToJson(run_.TakeReport(), run_text_);
    run_ = CheckRun();
    run_text_ = std::string();
    return Reply(std::move(json));
  }

  // The report of the run in parts of at most `max_claims` claims, each a report of its own ({"claims", "sentences"}),
  // then an empty view when every part is taken: a 16 MiB text of dense claims writes some 500 MB of JSON, more
  // than a JS string holds. The first call always gives a part.
  val TakePart(double max_claims) {
    if (!taking_) {
      parts_ = run_.TakeReport();
      run_ = CheckRun();
      next_claim_ = 0;
      taking_ = true;
    } else if (next_claim_ >= parts_.claims.size()) {
      parts_ = Report();
      run_text_ = std::string();
      taking_ = false;
      return Reply(std::string());
    }
    const std::size_t count = max_claims < 1 ? 1 : static_cast<std::size_t>(max_claims);
    const std::size_t end = std::min(parts_.claims.size(), next_claim_ + count);
    Report part;
    part.sentences = parts_.sentences;
    part.claims.assign(std::make_move_iterator(parts_.claims.begin() + static_cast<std::ptrdiff_t>(next_claim_)),
                       std::make_move_iterator(parts_.claims.begin() + static_cast<std::ptrdiff_t>(end)));
    next_claim_ = end;
    for (const FigureRecord& record : parts_.figures) {  // the records this part's claims point to
      if (std::any_of(part.claims.begin(), part.claims.end(), [&](const Claim& c) { return c.figures == record.key; })) {
        part.figures.push_back(record);
      }
    }
    return Reply(ReportToJson(part, run_text_));
  }

  std::string Info() const { return service_.InfoJson(); }

  void Release() { std::string().swap(reply_); }

 private:
  static val View(const std::string& bytes) {
    return val(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const unsigned char*>(bytes.data())));
  }
  // The text JS wrote into textBuffer, taken out of the engine: it does not outlive the call that reads it.
  std::string TakeInput() { return std::exchange(input_, std::string()); }
  val Reply(std::string json) {
    reply_ = std::move(json);
    return View(reply_);
  }

  Service service_;
  std::string input_;     // textBuffer's bytes: the text of the next check, extract, draft or begin
  std::string reply_;     // the last reply JS was given a view of
  std::string run_text_;  // the text of the run; the run holds views into it
  CheckRun run_;
  Report parts_;  // a finished run's report, while TakePart gives it out
  std::size_t next_claim_ = 0;
  bool taking_ = false;
};

#ifndef CLAIMCHECK_CHECK_ONLY
// CommandIo over the JS object web/bin/claimcheck.js passes. Its functions never throw; a failure is
// {error: "message"} (or, from write, a non-empty string: "EPIPE" for a broken pipe, else the reason).
class JsIo final : public CommandIo {
 public:
  JsIo(val io, const Service* bundled) : io_(std::move(io)), bundled_(bundled) {}

  const Service* Bundled() override { return bundled_; }

  Result<std::string> ReadFile(const std::string& path) override {
    val bytes = io_.call<val>("readFile", path);
    if (!bytes["error"].isUndefined()) return Result<std::string>::Fail({IoError(path, bytes["error"])});
    return Result<std::string>::Ok(Copy(bytes));
  }

  std::optional<Error> WriteFile(const std::string& path, std::string_view bytes) override {
    const std::string status = io_.call<std::string>(
        "writeFile", path,
        val(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const unsigned char*>(bytes.data()))));
    if (status.empty()) return std::nullopt;
    return IoError(path, val(status));
  }

  PathKind KindOf(const std::string& path) override {
    const std::string kind = io_.call<std::string>("kindOf", path);
    if (kind == "file") return PathKind::kFile;
    if (kind == "directory") return PathKind::kDirectory;
    return kind == "missing" ? PathKind::kMissing : PathKind::kOther;
  }

  Result<std::vector<std::string>> ListDirectory(const std::string& path) override {
    val names = io_.call<val>("listDirectory", path);
    if (!names["error"].isUndefined()) return Result<std::vector<std::string>>::Fail({IoError(path, names["error"])});
    std::vector<std::string> out;
    const auto count = names["length"].as<unsigned>();
    for (unsigned i = 0; i < count; ++i) out.push_back(names[i].as<std::string>());
    return Result<std::vector<std::string>>::Ok(std::move(out));
  }

  Result<std::size_t> ReadInput(char* buffer, std::size_t size) override {
    val bytes = io_.call<val>("readInput", static_cast<double>(size));
    if (!bytes["error"].isUndefined()) return Result<std::size_t>::Fail({IoError("stdin", bytes["error"])});
    const std::size_t n = std::min(bytes["length"].as<std::size_t>(), size);
    val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(buffer)))
        .call<void>("set", bytes.call<val>("subarray", 0, static_cast<double>(n)));
    return Result<std::size_t>::Ok(n);
  }

  WriteStatus Write(Stream stream, std::string_view bytes, std::string* error) override {
    const std::string status = io_.call<std::string>(
        "write", stream == Stream::kOut ? 1 : 2,
        val(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const unsigned char*>(bytes.data()))));
    if (status.empty()) return WriteStatus::kOk;
    if (status == "EPIPE") return WriteStatus::kBrokenPipe;
    *error = status;
    return WriteStatus::kFailed;
  }

  bool WantsColour() override { return io_.call<bool>("wantsColour"); }

 private:
  // A Uint8Array's bytes as a string, copied by the array's own set(): Embind's as<std::string>() copies it a byte
  // at a time in a JS loop.
  static std::string Copy(const val& bytes) {
    std::string out(bytes["length"].as<std::size_t>(), '\0');
    val view(emscripten::typed_memory_view(out.size(), reinterpret_cast<unsigned char*>(out.data())));
    view.call<void>("set", bytes);
    return out;
  }

  static Error IoError(const std::string& path, const val& message) {
    Error e;
    e.code = "io";
    e.file = path;
    e.message = message.as<std::string>();
    return e;
  }

  val io_;
  const Service* bundled_;
};

// `bundled`: an engine with the bundled fact base (the package's start-up image gives one), which commands given no
// --facts use instead of loading that base; null: they load it.
int RunCommandJs(const val& args, const val& io, const Engine* bundled) {
  std::vector<std::string> list;
  const auto count = args["length"].as<unsigned>();
  for (unsigned i = 0; i < count; ++i) list.push_back(args[i].as<std::string>());
  JsIo adapter(io, bundled ? &bundled->service() : nullptr);
  return RunCommand(list, kOptions, adapter);
}

std::string Validate(const val& documents) { return ErrorsJson(Service::Validate(Documents(documents))); }
#endif
std::string Version() { return std::string(EngineVersion()); }
int HeapInUse() { return mallinfo().uordblks; }

#ifndef CLAIMCHECK_CHECK_ONLY
double HeapEnd() { return static_cast<double>(reinterpret_cast<std::uintptr_t>(sbrk(0))); }

val StackBounds() {
  val bounds = val::array();
  bounds.call<void>("push", static_cast<double>(emscripten_stack_get_end()));   // the lowest address
  bounds.call<void>("push", static_cast<double>(emscripten_stack_get_base()));  // one past the highest
  return bounds;
}

// A view of the memory's first `size` bytes, the memory grown first when it is smaller (emscripten_resize_heap
// also renews the glue's own views). An empty view when it cannot grow that far.
val MemoryView(double size) {
  const auto bytes = static_cast<std::size_t>(size);
  if (bytes > emscripten_get_heap_size() && !emscripten_resize_heap(bytes)) {
    return val(emscripten::typed_memory_view(std::size_t{0}, static_cast<const unsigned char*>(nullptr)));
  }
  return val(emscripten::typed_memory_view(bytes, static_cast<const unsigned char*>(nullptr)));
}

Engine* AdoptEngine(double address) {
  return reinterpret_cast<Engine*>(static_cast<std::uintptr_t>(address));
}
#endif

}  // namespace
}  // namespace claimcheck::wasm

EMSCRIPTEN_BINDINGS(claimcheck) {
  using claimcheck::wasm::Engine;
  emscripten::class_<Engine>("Engine")
      .constructor<>()
      .constructor<bool>()
      .function("load", &Engine::Load)
      .function("check", &Engine::Check)
#ifndef CLAIMCHECK_CHECK_ONLY
      .function("extract", &Engine::Extract)
      .function("draft", &Engine::Draft)
#endif
      .function("begin", &Engine::Begin)
      .function("advance", &Engine::Advance)
      .function("take", &Engine::Take)
      .function("takePart", &Engine::TakePart)
      .function("info", &Engine::Info)
      .function("textBuffer", &Engine::TextBuffer)
#ifndef CLAIMCHECK_CHECK_ONLY
      .function("address", &Engine::Address)
#endif
      .function("release", &Engine::Release);
#ifndef CLAIMCHECK_CHECK_ONLY
  emscripten::function("validateFacts", &claimcheck::wasm::Validate);
  emscripten::function("runCommand", &claimcheck::wasm::RunCommandJs, emscripten::allow_raw_pointers());
  emscripten::function("heapEnd", &claimcheck::wasm::HeapEnd);
  emscripten::function("stackBounds", &claimcheck::wasm::StackBounds);
  emscripten::function("memoryView", &claimcheck::wasm::MemoryView);
  emscripten::function("adoptEngine", &claimcheck::wasm::AdoptEngine, emscripten::allow_raw_pointers());
#endif
  emscripten::function("version", &claimcheck::wasm::Version);
  emscripten::function("heapInUse", &claimcheck::wasm::HeapInUse);
}
