// Extraction (extract.h): figures, dates and times a sentence at a time, and their JSON (docs/EXTRACT.md).
//
// Approach: each sentence is tokenized once; dates (with anchored mentions and times on their own) are read first,
// so that the numbers inside them are never figures; then figures, with every date and time span excluded. The JSON
// is written straight into one string, its offsets converted to UTF-16 in one pass (utf16_offsets.h), the mentions
// of every kind merged in text order into one array.
#include "claimcheck/extract.h"

#include <algorithm>
#include <cstdio>

#include "report/json_writer.h"
#include "report/utf16_offsets.h"

namespace claimcheck {
namespace {

std::string Iso(int days) {
  const CivilDate c = CivilFromDays(days);
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buffer;
}

ByteSpan Hull(ByteSpan a, ByteSpan b) {
  if (b.begin >= b.end) return a;
  return {std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

// The figure as written: the number with its modifiers, its unit and its rate.
ByteSpan FigureSpan(const Quantity& q) { return Hull(Hull(q.span, q.unit_span), q.per_span); }

const char* GranularityName(DateGranularity g) {
  switch (g) {
    case DateGranularity::kDay: return "day";
    case DateGranularity::kMonth: return "month";
    case DateGranularity::kYear: return "year";
    case DateGranularity::kDecade: return "decade";
  }
  return "day";
}

const char* UnitName(DateUnit u) {
  switch (u) {
    case DateUnit::kDay: return "day";
    case DateUnit::kWeek: return "week";
    case DateUnit::kFortnight: return "fortnight";
    case DateUnit::kMonth: return "month";
    case DateUnit::kQuarter: return "quarter";
    case DateUnit::kYear: return "year";
    case DateUnit::kDecade: return "decade";
  }
  return "day";
}

const char* AnchorName(DateAnchor a) {
  switch (a) {
    case DateAnchor::kReference: return "reference";
    case DateAnchor::kPreviousDate: return "previous-date";
    case DateAnchor::kEvent: return "event";
    case DateAnchor::kNone: break;
  }
  return "none";
}

const char* Resolution(const DateMention& d) {
  if (d.anchor == DateAnchor::kPreviousDate || d.anchor == DateAnchor::kEvent) return "anchored";
  if (d.relative) return "relative";
  if (d.year_inferred) return "year-from-reference";
  return "explicit";
}

const char* PartName(DatePart p) {
  switch (p) {
    case DatePart::kEarly: return "early";
    case DatePart::kMid: return "mid";
    case DatePart::kLate: return "late";
    case DatePart::kWhole: break;
  }
  return nullptr;
}

class Writer {
 public:
  Writer(const Extraction& x, std::string_view text, int indent)
      : x_(x), text_(text), utf16_(text, Offsets(x)), w_(indent) {}

  std::string Run() {
    w_.BeginObject();
    w_.Key("reference");
    if (x_.reference) {
      w_.String(Iso(DaysFromCivil(x_.reference->year, x_.reference->month, x_.reference->day)));
    } else {
      w_.Null();
    }
    w_.Key("reference_from");
    switch (x_.reference_source) {
      case ReferenceSource::kOption: w_.String("option"); break;
      case ReferenceSource::kDateline: w_.String("dateline"); break;
      case ReferenceSource::kNone: w_.Null(); break;
    }
    w_.Key("mentions").BeginArray();
    // Figures and dates never overlap: merge them in text order.
    std::size_t f = 0;
    std::size_t d = 0;
    while (f < x_.figures.size() || d < x_.dates.size()) {
      const bool figure = d == x_.dates.size() ||
                          (f < x_.figures.size() && FigureSpan(x_.figures[f]).begin < x_.dates[d].span.begin);
      if (figure) {
        Figure(x_.figures[f++]);
      } else {
        Date(x_.dates[d++]);
      }
    }
    w_.EndArray();
    w_.Key("sentences").Number(x_.sentences);
    w_.EndObject();
    return w_.Take();
  }

 private:
  static std::vector<std::size_t> Offsets(const Extraction& x) {
    std::vector<std::size_t> offsets;
    auto add = [&](ByteSpan s) { offsets.insert(offsets.end(), {s.begin, s.end}); };
    for (const Quantity& q : x.figures) add(FigureSpan(q)), add(q.number_span);
    for (const DateMention& d : x.dates) {
      add(d.span), add(d.anchor_span);
      if (d.time) add(d.time->span);
    }
    return offsets;
  }

  void Span(ByteSpan s) {
    w_.Key("start").Number(utf16_(s.begin));
    w_.Key("end").Number(utf16_(s.end));
    w_.Key("text").String(SpanText(text_, s));
  }

  void SpanObject(ByteSpan s) {
    w_.BeginObject();
    Span(s);
    w_.EndObject();
  }

  void StringOrNull(std::string_view key, std::string_view value) { w_.Key(key).StringOrNull(value); }

  void Figure(const Quantity& q) {
    w_.BeginObject();
    w_.Key("kind").String("figure");
    Span(FigureSpan(q));
    w_.Key("number");
    SpanObject(q.number_span);
    w_.Key("low").Double(q.low);
    w_.Key("high").Double(q.high);
    w_.Key("low_open").Bool(q.low_open);
    w_.Key("high_open").Bool(q.high_open);
    w_.Key("unit").String(q.unit);
    w_.Key("dimension").String(q.dimension);
    StringOrNull("per", q.per);
    StringOrNull("noun", q.noun);
    const std::pair<const char*, bool> flags[] = {{"hedged", q.hedged},     {"vague", q.vague},
                                                  {"negated", q.negated},   {"fraction", q.fraction},
                                                  {"ordinal", q.is_ordinal}, {"percent", q.percent}};
    for (const auto& [key, value] : flags) w_.Key(key).Bool(value);
    w_.EndObject();
  }

  void Time(const TimeOfDay& t, bool with_span) {
    if (with_span) Span(t.span);
    w_.Key("minutes").Number(static_cast<std::size_t>(t.minutes));
    StringOrNull("zone", t.zone);
    w_.Key("utc_offset");
    if (t.utc_offset) {
      w_.Integer(*t.utc_offset);
    } else {
      w_.Null();
    }
  }

  void Date(const DateMention& d) {
    w_.BeginObject();
    if (!d.resolved && d.anchor == DateAnchor::kNone && d.time) {  // a time of day on its own
      w_.Key("kind").String("time");
      Time(*d.time, true);
      w_.EndObject();
      return;
    }
    w_.Key("kind").String("date");
    Span(d.span);
    if (d.resolved) {
      w_.Key("first").String(Iso(d.range.first));
      w_.Key("last").String(Iso(d.range.last));
      w_.Key("granularity").String(GranularityName(d.range.granularity));
    } else {
      w_.Key("first").Null().Key("last").Null().Key("granularity").Null();
    }
    w_.Key("resolution").String(Resolution(d));
    w_.Key("since").Bool(d.since);
    w_.Key("until").Bool(d.until);
    w_.Key("part");
    if (const char* part = PartName(d.part)) {
      w_.String(part);
    } else {
      w_.Null();
    }
    w_.Key("anchor");
    Anchor(d);
    w_.Key("time");
    if (d.time) {
      w_.BeginObject();
      Time(*d.time, true);
      w_.EndObject();
    } else {
      w_.Null();
    }
    w_.EndObject();
  }

  void Anchor(const DateMention& d) {
    if (d.anchor == DateAnchor::kNone) {
      w_.Null();
      return;
    }
    const DateOffset& o = d.offset;
    w_.BeginObject();
    w_.Key("to").String(AnchorName(d.anchor));
    if (o.count != 0 || o.calendar || o.month != 0) {
      w_.Key("count").Integer(o.count);
      w_.Key("unit").String(UnitName(o.unit));
      w_.Key("calendar").Bool(o.calendar);
      w_.Key("month");
      if (o.month != 0) {
        w_.Number(static_cast<std::size_t>(o.month));
      } else {
        w_.Null();
      }
    }
    w_.Key("event");
    if (d.anchor == DateAnchor::kEvent && d.anchor_span.end > d.anchor_span.begin) {
      SpanObject(d.anchor_span);
    } else {
      w_.Null();
    }
    w_.EndObject();
  }

  const Extraction& x_;
  std::string_view text_;
  Utf16Offsets utf16_;
  JsonWriter w_;
};

}  // namespace

Extraction Extract(std::string_view text, const ExtractOptions& options) {
  const Lexicon& lexicon = options.lexicon != nullptr ? *options.lexicon : Lexicon::BuiltIn();
  Extraction x;
  if (options.date) {
    x.reference = options.date;
    x.reference_source = ReferenceSource::kOption;
  } else if ((x.reference = FindDateline(text))) {
    x.reference_source = ReferenceSource::kDateline;
  }
  DateFindOptions date_options;
  date_options.reference = x.reference;
  date_options.unresolved = true;
  date_options.periods = true;
  std::vector<ByteSpan> exclude;
  SentenceStream sentences(text);
  for (ByteSpan sentence; sentences.Next(&sentence);) {
    ++x.sentences;
    const std::vector<Token> tokens = Tokenize(text, sentence);
    exclude.clear();
    for (DateMention& d : FindDates(text, tokens, date_options, lexicon)) {
      exclude.push_back(d.span);
      if (d.time) exclude.push_back(d.time->span);
      x.dates.push_back(std::move(d));
    }
    for (Quantity& q : FindQuantities(text, tokens, exclude, lexicon)) x.figures.push_back(std::move(q));
  }
  return x;
}

std::string ExtractionToJson(const Extraction& extraction, std::string_view text, int indent) {
  return Writer(extraction, text, indent).Run();
}

}  // namespace claimcheck
