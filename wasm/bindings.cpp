// Embind bindings: no logic, only the boundary. Strings in, JSON strings out; errors are values, never aborts.
//
// JS sees one class, Engine, held by web/src/ behind createChecker(); callers never touch it.
//   new Engine()                       the bundled fact base
//   engine.load(json, name) -> string  {"ok":true,"info":{...}} or {"ok":false,"errors":[...]}; a failed load
//                                      keeps the previous fact base
//   engine.check(text, date) -> string the report JSON, or {"error":{...}}; date is "" or YYYY-MM-DD; a text over
//                                      16 MiB is {"error":{"code":"too-large"}}
//   engine.info() -> string            {"engine","facts":{"name","version","count"}}
//   engine.loadFiles([{text, name}])   like load(), for several documents loaded one by one and merged (what the
//                                      CLI does with a directory); used by the Node CLI
//   validateFacts(json, name) -> string  [errors]
//   version() -> string
//   heapInUse() -> number              bytes malloc has handed out and not taken back (leak tests)
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <cstddef>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimcheck/bundled.h"
#include "claimcheck/match.h"

namespace claimcheck::wasm {
namespace {

using nlohmann::json;

json ErrorJson(const Error& e) {
  json out = {{"code", e.code}, {"message", e.message}, {"file", e.file}, {"pointer", e.pointer}};
  if (e.line > 0) {
    out["line"] = e.line;
    out["column"] = e.column;
  }
  out["text"] = ErrorToString(e);
  return out;
}

json ErrorsJson(const std::vector<Error>& errors) {
  json out = json::array();
  for (const Error& e : errors) out.push_back(ErrorJson(e));
  return out;
}

// A check holds its report and the report's JSON: up to about 55 bytes per byte of text when claims are dense
// (docs/LIMITS.md). Past 2 GB the heap runs out mid-check, and the engine, built without exception support, cannot
// free what it held; past 512 MB the JSON cannot become a JS string. So a text over this limit is refused up
// front, with an error that says so; the native engine has no limit.
constexpr std::size_t kMaxTextBytes = 16u * 1024u * 1024u;

std::string TooLargeMessage(std::size_t bytes) {
  return "the text is " + std::to_string(bytes) + " bytes of UTF-8; the WebAssembly engine checks at most " +
         std::to_string(kMaxTextBytes) + " (16 MiB) at once: split it";
}

std::string Dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string InternalError(const char* what) {
  return Dump({{"error", {{"code", "internal"}, {"message", std::string("internal error: ") + what}}}});
}

class Engine {
 public:
  Engine() {
    Result<FactBase> facts = FactBase::FromJson(BundledFactsJson(), BundledFactsFileName());
    if (facts.ok()) checker_ = std::make_unique<Checker>(std::move(facts.value()));
  }

  std::string Load(const std::string& text, const std::string& name) {
    try {
      return Install(FactBase::FromJson(text, name));
    } catch (const std::exception& e) {
      return Dump({{"ok", false}, {"errors", {{{"code", "internal"}, {"message", e.what()}}}}});
    }
  }

  std::string LoadFiles(const emscripten::val& files) {
    try {
      std::vector<Error> errors;
      std::vector<FactBase> parts;
      const auto count = files["length"].as<unsigned>();
      for (unsigned i = 0; i < count; ++i) {
        Result<FactBase> part =
            FactBase::FromJson(files[i]["text"].as<std::string>(), files[i]["name"].as<std::string>());
        if (part.ok()) parts.push_back(std::move(part.value()));
        errors.insert(errors.end(), part.errors().begin(), part.errors().end());
      }
      if (errors.empty()) return Install(parts.size() == 1 ? Result<FactBase>::Ok(std::move(parts.front()))
                                                           : FactBase::Merge(std::move(parts)));
      return Dump({{"ok", false}, {"errors", ErrorsJson(errors)}});
    } catch (const std::exception& e) {
      return Dump({{"ok", false}, {"errors", {{{"code", "internal"}, {"message", e.what()}}}}});
    }
  }

  std::string Check(const std::string& text, const std::string& date) const {
    try {
      if (!checker_) return Dump({{"error", {{"code", "no-facts"}, {"message", "no fact base is loaded"}}}});
      if (text.size() > kMaxTextBytes) {
        return Dump({{"error", {{"code", "too-large"}, {"message", TooLargeMessage(text.size())}}}});
      }
      CheckOptions options;
      if (!date.empty()) {
        std::optional<DateRange> range = ParseIsoDateRange(date);
        if (!range || range->granularity != DateGranularity::kDay) {
          return Dump({{"error", {{"code", "bad-date"}, {"message", "date '" + date + "' is not YYYY-MM-DD"}}}});
        }
        options.date = CivilFromDays(range->first);
      }
      return ReportToJson(checker_->Check(text, options), text);
    } catch (const std::exception& e) {
      return InternalError(e.what());
    }
  }

  std::string Info() const { return Dump(InfoJson()); }

 private:
  std::string Install(Result<FactBase> facts) {
    if (!facts.ok()) return Dump({{"ok", false}, {"errors", ErrorsJson(facts.errors())}});
    checker_ = std::make_unique<Checker>(std::move(facts.value()));
    return Dump({{"ok", true}, {"info", InfoJson()}});
  }

  json InfoJson() const {
    json facts = nullptr;
    if (checker_) {
      const FactBase& base = checker_->facts();
      facts = {{"name", base.name()}, {"version", base.version()}, {"count", base.facts().size()}};
    }
    return {{"engine", std::string(EngineVersion())}, {"facts", facts}};
  }

  std::unique_ptr<Checker> checker_;
};

std::string Validate(const std::string& text, const std::string& name) {
  try {
    return Dump(ErrorsJson(ValidateFacts(text, name)));
  } catch (const std::exception& e) {
    return Dump(json::array({{{"code", "internal"}, {"message", e.what()}}}));
  }
}

std::string Version() { return std::string(EngineVersion()); }

int HeapInUse() { return mallinfo().uordblks; }

}  // namespace
}  // namespace claimcheck::wasm

EMSCRIPTEN_BINDINGS(claimcheck) {
  using claimcheck::wasm::Engine;
  emscripten::class_<Engine>("Engine")
      .constructor<>()
      .function("load", &Engine::Load)
      .function("loadFiles", &Engine::LoadFiles)
      .function("check", &Engine::Check)
      .function("info", &Engine::Info);
  emscripten::function("validateFacts", &claimcheck::wasm::Validate);
  emscripten::function("version", &claimcheck::wasm::Version);
  emscripten::function("heapInUse", &claimcheck::wasm::HeapInUse);
}
