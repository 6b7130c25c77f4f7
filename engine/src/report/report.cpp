// Report serialisation: the report written straight into JSON (json_writer.h), whole or a batch of claims at a time
// (report_writer.h), offsets converted to UTF-16 code units in one pass over the text (utf16_offsets.h).
#include "claimcheck/report.h"

#include <algorithm>

#include "report/report_writer.h"
#include "work_counters.h"

namespace claimcheck {
namespace {

void WriteSource(JsonWriter& w, const std::optional<Source>& source) {
  if (!source) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("title").String(source->title);
  w.Key("publisher").String(source->publisher);
  w.Key("date").String(source->date);
  w.Key("url").StringOrNull(source->url);
  w.EndObject();
}

// "2021-09-24", "2021-09", "2021", "2000s" (the precision of the fact base), "2011/2015" for a span of several.
std::string IsoDate(const DateRange& r) {
  char out[24];  // two dates of at most 10 characters and '/'
  std::size_t n = 0;
  auto digits = [&](int value, int width) {  // the last `width` digits, zero-padded (a year before 1 as 0000)
    for (int i = width - 1; i >= 0; --i, value /= 10) {
      out[n + static_cast<std::size_t>(i)] = value > 0 ? static_cast<char>('0' + value % 10) : '0';
    }
    n += static_cast<std::size_t>(width);
  };
  auto one = [&](int days) {
    const CivilDate d = CivilFromDays(days);
    const bool decade = r.granularity == DateGranularity::kDecade;
    digits(decade ? d.year - d.year % 10 : d.year, 4);
    if (decade) out[n++] = 's';
    if (r.granularity == DateGranularity::kYear || decade) return;
    out[n++] = '-';
    digits(d.month, 2);
    if (r.granularity == DateGranularity::kMonth) return;
    out[n++] = '-';
    digits(d.day, 2);
  };
  one(r.first);
  const std::size_t first = n;
  out[n++] = '/';
  one(r.last);
  const std::string_view both(out, n);
  return std::string(both.substr(0, first) == both.substr(first + 1) ? both.substr(0, first) : both);
}

}  // namespace

std::string_view VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kSupported: return "supported";
    case Verdict::kContradicted: return "contradicted";
    case Verdict::kUnverified: return "unverified";
  }
  return "unverified";
}

namespace {

// An upper estimate of the JSON's size: the strings (escaping rarely adds much) plus the keys, numbers and
// punctuation of a claim. Growing a string of several hundred megabytes by doubling would hold three times its
// size at the moment of each copy; reserving once holds it once.
std::size_t JsonSizeEstimate(const Report& report, std::string_view text, int indent) {
  const std::size_t per_claim = indent < 0 ? 260 : 260 + 40 * static_cast<std::size_t>(indent + 2);
  std::size_t size = 64;
  for (const Claim& c : report.claims) {
    size += per_claim + c.fact_id.size() + c.slot.size() + SpanText(text, c.span).size() + c.found.size() +
            c.expected.size() + c.statement.size() + c.explanation.size();
    if (c.source) {
      size += c.source->title.size() + c.source->publisher.size() + c.source->date.size() + c.source->url.size();
    }
  }
  for (const FigureRecord& r : report.figures) {
    size += 96 + r.key.size() + r.fact_id.size() + r.measure.size() + r.unit.size();
    for (const SourcedFigure& f : r.values) {
      size += 160 + f.label.size() + f.note.size();
      if (f.source) size += f.source->title.size() + f.source->publisher.size() + f.source->url.size();
    }
  }
  return size + size / 8;
}

}  // namespace

ReportJsonWriter::ReportJsonWriter(std::string_view text, int indent, std::string_view head, const Sink* sink,
                                   std::size_t chunk_bytes)
    : text_(text), json_(indent), sink_(sink), chunk_bytes_(chunk_bytes) {
  if (sink_) json_.Reserve(chunk_bytes_ + chunk_bytes_ / 2);
  json_.BeginObject();
  json_.buffer().append(head);
  json_.Key("claims").BeginArray();
}

bool ReportJsonWriter::AddClaims(const std::vector<Claim>& claims) {
  if (!ok_ || claims.empty()) return ok_;
  std::vector<std::size_t> offsets;
  offsets.reserve(claims.size() * 4);
  for (const Claim& c : claims) {
    offsets.insert(offsets.end(), {c.span.begin, c.span.end, c.sentence.begin, c.sentence.end});
  }
  const Utf16Offsets utf16(text_, std::move(offsets), resume_);
  resume_ = utf16.resume();
  std::string& out = json_.buffer();
  for (const Claim& c : claims) {
    WriteClaim(c, utf16);
    if (sink_ && out.size() >= chunk_bytes_) {
      flushed_ += out.size();
      ok_ = (*sink_)(out);
      out.clear();
      if (!ok_) return false;
    }
  }
  CountWork(&WorkCounters::claims, claims.size());
  return true;
}

void ReportJsonWriter::WriteClaim(const Claim& c, const Utf16Offsets& utf16) {
  JsonWriter& w = json_;
  w.BeginObject();
  w.Key("verdict").String(VerdictName(c.verdict));
  w.Key("fact_id").StringOrNull(c.fact_id);
  w.Key("slot").String(c.slot);
  w.Key("start").Number(utf16(c.span.begin));
  w.Key("end").Number(utf16(c.span.end));
  w.Key("text").String(SpanText(text_, c.span));
  w.Key("sentence").BeginObject();
  w.Key("start").Number(utf16(c.sentence.begin));
  w.Key("end").Number(utf16(c.sentence.end));
  w.EndObject();
  w.Key("found").String(c.found);
  w.Key("expected").StringOrNull(c.expected);
  w.Key("statement").StringOrNull(c.statement);
  w.Key("source");
  WriteSource(w, c.source);
  w.Key("explanation").String(c.explanation);
  w.Key("figures").StringOrNull(c.figures);
  w.Key("agrees_with");
  if (c.agrees_with >= 0) {
    w.Number(static_cast<std::size_t>(c.agrees_with));
  } else {
    w.Null();
  }
  w.EndObject();
}

bool ReportJsonWriter::Finish(const std::vector<FigureRecord>& figures, std::size_t sentences) {
  if (!ok_) return false;
  JsonWriter& w = json_;
  w.EndArray().Key("figures").BeginObject();
  for (const FigureRecord& r : figures) {
    w.Key(r.key).BeginObject();
    w.Key("fact_id").String(r.fact_id);
    w.Key("measure").String(r.measure);
    w.Key("unit").String(r.unit);
    w.Key("values").BeginArray();
    for (const SourcedFigure& f : r.values) {
      w.BeginObject();
      w.Key("label").String(f.label);
      w.Key("note").StringOrNull(f.note);
      w.Key("source");
      WriteSource(w, f.source);
      w.Key("as_of").StringOrNull(f.as_of ? IsoDate(*f.as_of) : std::string());
      w.Key("retracted").Bool(f.retracted);
      w.EndObject();
    }
    w.EndArray().EndObject();
  }
  w.EndObject();
  w.Key("sentences").Number(sentences).EndObject();
  CountWork(&WorkCounters::report_bytes, flushed_ + w.buffer().size());
  return true;
}

std::string ReportToJson(const Report& report, std::string_view text, int indent) {
  ReportJsonWriter writer(text, indent);
  writer.Reserve(JsonSizeEstimate(report, text, indent));
  writer.AddClaims(report.claims);
  writer.Finish(report.figures, report.sentences);
  return std::move(writer.buffer());
}

}  // namespace claimcheck
