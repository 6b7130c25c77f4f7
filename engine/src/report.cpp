// Report serialisation. Offsets leave the engine as UTF-16 code units: all the offsets a report needs are
// sorted once and converted in a single pass over the text, so the cost is O(text + claims log claims).
// Decoding follows the WHATWG UTF-8 decoder (TextDecoder) exactly for offsets: a maximal ill-formed subpart counts
// as one unit (one U+FFFD), a 4-byte sequence as two. An encoded surrogate (ED A0..BF xx) is ill-formed there too:
// JS strings reach the engine through TextEncoder, which never writes one, so such bytes only come from files.
#include "claimcheck/report.h"

#include <algorithm>

#include "json_writer.h"
#include "text_chars.h"
#include "work_counters.h"

namespace claimcheck {
namespace {

class Utf16Offsets {
 public:
  Utf16Offsets(std::string_view text, std::vector<std::size_t> offsets) : bytes_(std::move(offsets)) {
    std::sort(bytes_.begin(), bytes_.end());
    bytes_.erase(std::unique(bytes_.begin(), bytes_.end()), bytes_.end());
    units_.reserve(bytes_.size());
    std::size_t byte = 0, units = 0;
    for (const std::size_t target : bytes_) {
      while (byte < target && byte < text.size()) {
        const text_chars::Utf8Step step = text_chars::StepUtf8(text, byte);
        byte += step.len;
        units += step.valid && step.len == 4 ? 2 : 1;  // astral code points are surrogate pairs
      }
      units_.push_back(units);
    }
  }
  std::size_t operator()(std::size_t byte) const {
    const auto it = std::lower_bound(bytes_.begin(), bytes_.end(), byte);
    return units_[static_cast<std::size_t>(it - bytes_.begin())];
  }

 private:
  std::vector<std::size_t> bytes_;  // sorted, unique byte offsets
  std::vector<std::size_t> units_;  // their UTF-16 offsets
};

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
  return size + size / 8;
}

}  // namespace

std::string ReportToJson(const Report& report, std::string_view text, int indent) {
  std::vector<std::size_t> offsets;
  offsets.reserve(report.claims.size() * 4);
  for (const Claim& c : report.claims) {
    offsets.insert(offsets.end(), {c.span.begin, c.span.end, c.sentence.begin, c.sentence.end});
  }
  const Utf16Offsets utf16(text, std::move(offsets));
  JsonWriter w(indent);
  w.Reserve(JsonSizeEstimate(report, text, indent));
  w.BeginObject().Key("claims").BeginArray();
  for (const Claim& c : report.claims) {
    w.BeginObject();
    w.Key("verdict").String(VerdictName(c.verdict));
    w.Key("fact_id").StringOrNull(c.fact_id);
    w.Key("slot").String(c.slot);
    w.Key("start").Number(utf16(c.span.begin));
    w.Key("end").Number(utf16(c.span.end));
    w.Key("text").String(SpanText(text, c.span));
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
    w.EndObject();
  }
  w.EndArray().Key("sentences").Number(report.sentences).EndObject();
  std::string json = w.Take();
  CountWork(&WorkCounters::claims, report.claims.size());
  CountWork(&WorkCounters::report_bytes, json.size());
  return json;
}

}  // namespace claimcheck
