// Report serialisation. Offsets leave the engine as UTF-16 code units: all the offsets a report needs are
// sorted once and converted in a single pass over the text, so the cost is O(text + claims log claims).
// Decoding follows the WHATWG UTF-8 decoder (TextDecoder) exactly for offsets: a maximal ill-formed subpart counts
// as one unit (one U+FFFD), a 4-byte sequence as two. An encoded surrogate (ED A0..BF xx) is ill-formed there too:
// JS strings reach the engine through TextEncoder, which never writes one, so such bytes only come from files.
#include "claimcheck/report.h"

#include <algorithm>
#include <unordered_map>

#include "json_writer.h"

namespace claimcheck {
namespace {

// Length in bytes of the code point starting at text[i] and its UTF-16 length.
std::pair<std::size_t, std::size_t> NextCodePoint(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {1, 1};
  std::size_t need = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {1, 1};
  }
  std::size_t n = 1;
  for (; n <= need && i + n < text.size(); ++n) {
    const unsigned char c = byte(i + n);
    if (c < low || c > high) break;
    low = 0x80;
    high = 0xBF;
  }
  if (n <= need) return {n, 1};  // truncated or ill-formed: one U+FFFD for the subpart
  return {n, need == 3 ? 2u : 1u};
}

class Utf16Offsets {
 public:
  Utf16Offsets(std::string_view text, std::vector<std::size_t> offsets) {
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    std::size_t byte = 0, units = 0, k = 0;
    while (k < offsets.size()) {
      while (k < offsets.size() && offsets[k] <= byte) map_[offsets[k++]] = units;
      if (byte >= text.size()) break;
      const auto [bytes, u16] = NextCodePoint(text, byte);
      byte += bytes;
      units += u16;
    }
    for (; k < offsets.size(); ++k) map_[offsets[k]] = units;
  }
  std::size_t operator()(std::size_t byte) const { return map_.at(byte); }

 private:
  std::unordered_map<std::size_t, std::size_t> map_;
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

std::string ReportToJson(const Report& report, std::string_view text, int indent) {
  std::vector<std::size_t> offsets;
  offsets.reserve(report.claims.size() * 4);
  for (const Claim& c : report.claims) {
    offsets.insert(offsets.end(), {c.span.begin, c.span.end, c.sentence.begin, c.sentence.end});
  }
  const Utf16Offsets utf16(text, std::move(offsets));
  JsonWriter w(indent);
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
  return w.Take();
}

}  // namespace claimcheck
