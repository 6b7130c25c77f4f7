// One line of a JSON-lines batch (CheckJsonLine and ExtractJsonLine in api.h): every input line gets exactly one
// output line, so a pipeline can match outputs to inputs by position as well as by id.
//
// A line is parsed by the fact loader's parser (facts_internal.h: nlohmann's SAX parser with a DOM builder), not by
// json::parse: one JSON parser in the module instead of two (the WebAssembly download is budgeted). Its limits hold
// here too: a line of more than 64 MiB (kMaxDocumentBytes) or nested more than 64 levels is not valid JSON.
#include <nlohmann/json.hpp>

#include "claimcheck/api.h"
#include "facts/internal.h"
#include "report/json_writer.h"

namespace claimcheck {
namespace {

using json = nlohmann::ordered_json;

// The line as a JSON value, or nullopt when it is not valid JSON.
std::optional<json> ParseLine(std::string_view line) {
  std::vector<Error> errors;
  loader::ErrorSink sink(&errors);
  return loader::ParseJsonDocument(line, "stdin", &sink, [](std::string_view, std::size_t, const json&) {});
}

std::string Dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string ErrorLine(const json& id, std::size_t line_number, const Error& error) {
  JsonWriter w;
  w.BeginObject().Key("code").String(error.code).Key("message").String(error.message).EndObject();
  return "{\"id\":" + Dump(id) + ",\"line\":" + std::to_string(line_number) + ",\"error\":" + w.Take() + "}";
}

Error LineError(std::string code, std::string message) {
  Error e;
  e.code = std::move(code);
  e.message = std::move(message);
  return e;
}

// A line read: its id (null when absent), its text and its date; or an error line, written into *out.
struct Line {
  json id;
  std::string text;
  std::optional<CivilDate> date;
};

bool ReadLine(std::string_view line, std::size_t line_number, std::optional<CivilDate> default_date, Line* read,
              std::string* out, std::optional<Error>* error) {
  error->reset();
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
    *error = LineError("bad-json", "a blank line: each line must be a JSON object {\"id\", \"text\", \"date\"?}");
    *out = ErrorLine(read->id, line_number, **error);
    return false;
  }
  std::optional<json> parsed = ParseLine(line);
  if (!parsed || !parsed->is_object()) {
    *error = LineError("bad-json", !parsed ? "not valid JSON" : "not a JSON object");
    *out = ErrorLine(read->id, line_number, **error);
    return false;
  }
  json& item = *parsed;
  if (const auto it = item.find("id"); it != item.end()) read->id = *it;
  const auto text = item.find("text");
  if (text == item.end() || !text->is_string()) {
    *error = LineError("bad-json", "missing string field \"text\"");
    *out = ErrorLine(read->id, line_number, **error);
    return false;
  }
  read->date = default_date;
  if (const auto date = item.find("date"); date != item.end() && !date->is_null()) {
    Result<CivilDate> day = date->is_string() ? ParseDay(date->get_ref<const std::string&>(), "\"date\"")
                                              : ParseDay(Dump(*date), "\"date\"");
    if (!day.ok()) {
      *error = day.errors().front();
      *out = ErrorLine(read->id, line_number, **error);
      return false;
    }
    read->date = day.value();
  }
  read->text = std::move(text->get_ref<std::string&>());
  return true;
}

}  // namespace

std::string CheckJsonLine(const Service& service, std::string_view line, std::size_t line_number,
                          std::optional<CivilDate> default_date, std::optional<Error>* error) {
  Line read;
  std::string out;
  if (!ReadLine(line, line_number, default_date, &read, &out, error)) return out;
  Result<Report> report = service.Check(read.text, CheckOptions{read.date});
  if (!report.ok()) {
    *error = report.errors().front();
    return ErrorLine(read.id, line_number, **error);
  }
  std::string json_report = ReportToJson(report.value(), read.text);
  return "{\"id\":" + Dump(read.id) + "," + json_report.substr(1);
}

std::string ExtractJsonLine(const Service& service, std::string_view line, std::size_t line_number,
                            std::optional<CivilDate> default_date, std::optional<Error>* error) {
  Line read;
  std::string out;
  if (!ReadLine(line, line_number, default_date, &read, &out, error)) return out;
  Result<Extraction> extraction = service.Extract(read.text, read.date);
  if (!extraction.ok()) {
    *error = extraction.errors().front();
    return ErrorLine(read.id, line_number, **error);
  }
  std::string json_extraction = ExtractionToJson(extraction.value(), read.text);
  return "{\"id\":" + Dump(read.id) + "," + json_extraction.substr(1);
}

std::string JsonLineError(std::size_t line_number, const Error& error) { return ErrorLine(json(), line_number, error); }

}  // namespace claimcheck
