// The service (api.h): a Checker over one fact base, with the limits and error shapes every front door shares.
#include <utility>

#include "claimcheck/api.h"

#include "match/lint.h"
#include "report/json_writer.h"

namespace claimcheck {

struct Service::State {
  State(Checker c, ServiceOptions o) : checker(std::move(c)), options(o) {}
  Checker checker;
  ServiceOptions options;
};

Service::Service() = default;
Service::Service(Service&&) noexcept = default;
Service& Service::operator=(Service&&) noexcept = default;
Service::~Service() = default;

namespace {

Error TooLarge(std::size_t bytes, std::size_t limit) {
  Error e;
  e.code = "too-large";
  e.message = "the text is " + std::to_string(bytes) + " bytes of UTF-8; at most " + std::to_string(limit) +
              " bytes (" + std::to_string(limit / (1024 * 1024)) + " MiB) are checked at once: split it";
  return e;
}

Error NoFacts() {
  Error e;
  e.code = "no-facts";
  e.message = "no fact base is loaded";
  return e;
}

}  // namespace

Result<Service> Service::Load(const std::vector<FactDocument>& documents, const ServiceOptions& options) {
  std::vector<FactBase::Document> views;
  views.reserve(documents.size());
  for (const FactDocument& d : documents) views.push_back({d.text, d.name});
  return FromBase(FactBase::FromJsonDocuments(views), options);
}

Result<Service> Service::FromBase(Result<FactBase> base, const ServiceOptions& options) {
  if (!base.ok()) return Result<Service>::Fail(base.errors());
  Service service;
  service.state_ = std::make_unique<State>(Checker(std::move(base.value())), options);
  return Result<Service>::Ok(std::move(service));
}

std::vector<Error> Service::Validate(const std::vector<FactDocument>& documents) {
  std::vector<FactBase::Document> views;
  views.reserve(documents.size());
  for (const FactDocument& d : documents) views.push_back({d.text, d.name});
  return FactBase::FromJsonDocuments(views).errors();
}

std::vector<Error> Service::Warnings(const std::vector<FactDocument>& documents) {
  std::vector<FactBase::Document> views;
  views.reserve(documents.size());
  for (const FactDocument& d : documents) views.push_back({d.text, d.name});
  Result<FactBase> base = FactBase::FromJsonDocuments(views);
  return base.ok() ? LintFacts(base.value()) : std::vector<Error>{};
}

Result<Report> Service::Check(std::string_view text, const CheckOptions& options) const {
  if (!state_) return Result<Report>::Fail({NoFacts()});
  if (text.size() > state_->options.max_text_bytes) {
    return Result<Report>::Fail({TooLarge(text.size(), state_->options.max_text_bytes)});
  }
  return Result<Report>::Ok(state_->checker.Check(text, options));
}

Result<CheckRun> Service::Begin(std::string_view text, const CheckOptions& options) const {
  if (!state_) return Result<CheckRun>::Fail({NoFacts()});
  if (text.size() > state_->options.max_text_bytes) {
    return Result<CheckRun>::Fail({TooLarge(text.size(), state_->options.max_text_bytes)});
  }
  return Result<CheckRun>::Ok(state_->checker.Begin(text, options));
}

Result<Extraction> Service::Extract(std::string_view text, std::optional<CivilDate> date) const {
  const std::size_t limit = options().max_text_bytes;
  if (text.size() > limit) return Result<Extraction>::Fail({TooLarge(text.size(), limit)});
  ExtractOptions extract;
  extract.date = date;
  return Result<Extraction>::Ok(claimcheck::Extract(text, extract));
}

Result<std::string> Service::Draft(std::string_view text, const DraftOptions& options) const {
  const std::size_t limit = this->options().max_text_bytes;
  if (text.size() > limit) return Result<std::string>::Fail({TooLarge(text.size(), limit)});
  return DraftFacts(text, options);
}

std::string Service::InfoJson() const {
  JsonWriter w;
  w.BeginObject().Key("engine").String(EngineVersion()).Key("facts");
  if (!state_) {
    w.Null();
  } else {
    const FactBase& base = state_->checker.facts();
    w.BeginObject().Key("name").String(base.name()).Key("version").String(base.version());
    w.Key("count").Number(base.facts().size()).EndObject();
  }
  w.EndObject();
  return w.Take();
}

// Only for a loaded service (a failed Load's Service has none): callers check ok() first.
const Checker& Service::checker() const { return state_->checker; }

const ServiceOptions& Service::options() const {
  static const ServiceOptions kDefaults;
  return state_ ? state_->options : kDefaults;
}

Result<CivilDate> ParseDay(std::string_view text, std::string_view what) {
  const std::optional<DateRange> range = ParseIsoDateRange(text);
  if (range && range->granularity == DateGranularity::kDay && range->first == range->last) {
    return Result<CivilDate>::Ok(CivilFromDays(range->first));
  }
  Error e;
  e.code = "bad-date";
  e.message = std::string(what) + " '" + std::string(text) + "' is not a YYYY-MM-DD date";
  return Result<CivilDate>::Fail({e});
}

std::string ErrorToJson(const Error& error) {
  JsonWriter w;
  w.BeginObject().Key("code").String(error.code).Key("message").String(error.message);
  w.Key("file").StringOrNull(error.file).Key("pointer");
  if (error.file.empty() && error.pointer.empty()) {
    w.Null();
  } else {
    w.String(error.pointer);
  }
  w.Key("line");
  if (error.line > 0) {
    w.Number(static_cast<std::size_t>(error.line)).Key("column").Number(static_cast<std::size_t>(error.column));
  } else {
    w.Null().Key("column").Null();
  }
  w.Key("text").String(ErrorToString(error)).EndObject();
  return w.Take();
}

}  // namespace claimcheck
